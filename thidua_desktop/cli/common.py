"""What every command shares: exit codes, the parser class, the data directory, the database
(opened for one command by `with_database`), and JSON output. Command modules import only this
module of the command line, never the entry point in ``cli/__init__``."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, NoReturn

from thidua_desktop import APP_NAME
from thidua_desktop.domain.errors import UserError

if TYPE_CHECKING:
    from thidua_desktop.paths import DataDir
    from thidua_desktop.store.engine import Database

EXIT_OK = 0
EXIT_USER_ERROR = 1


# argparse's own messages in Vietnamese (it looks each up through its module's `_`): a user
# reads one language, not "the following arguments are required" inside a Vietnamese line.
_ARGPARSE_VI = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số vị trí",
    "options": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "tham số không nhận ra: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "giá trị không hợp lệ: %(value)r (chọn một trong: %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "expected one argument": "cần một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "invalid %(type)s value: %(value)r": "giá trị %(value)r không hợp lệ (%(type)s)",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tùy chọn %(option)s chưa rõ, có thể là %(matches)s"
    ),
    "not allowed with argument %s": "không dùng được cùng tham số %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "ignored explicit argument %r": "bỏ qua giá trị %r",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
}


_ARGPARSE_VI_PLURAL = {
    "expected %s argument": "cần %s giá trị",
    "conflicting option string: %s": "tùy chọn trùng nhau: %s",
}


def _vietnamese(message: str) -> str:
    return _ARGPARSE_VI.get(message, message)


def _vietnamese_plural(singular: str, plural: str, count: int) -> str:
    return _ARGPARSE_VI_PLURAL.get(singular, singular if count == 1 else plural)


@contextlib.contextmanager
def vietnamese_argparse() -> Iterator[None]:
    """argparse speaks Vietnamese while our command line is built and read, and only then: a
    program that imports this module (pytest, a script) keeps argparse as it was."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = _vietnamese  # type: ignore[attr-defined]
    argparse.ngettext = _vietnamese_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """argparse that reports bad arguments as a one-line Vietnamese message and exit code 1."""

    def error(self, message: str) -> NoReturn:
        self.exit(
            EXIT_USER_ERROR,
            f"Lỗi: {message}. Xem: {self.prog or APP_NAME} --help\n",
        )


SHARED_REQUIRED = "shared_required"  # the Namespace attribute of `share_options`


def share_options(parser: argparse.ArgumentParser) -> None:
    """Let an option a sub-command shares with its command (`awards --year 2026 initiatives`,
    `fund --unit 31299 add`) stand before or after the sub-command. argparse gives the
    sub-command's own default the last word, which would drop the value given before it: the
    sub-command's copy defaults to nothing instead, and when it is required, `check_shared`
    asks for it after parsing, once both places were read."""
    own = {flag: action.dest for action in parser._actions for flag in action.option_strings}
    for group in parser._actions:
        if not isinstance(group, argparse._SubParsersAction):
            continue
        for sub in {id(p): p for p in group.choices.values()}.values():
            required: list[tuple[str, str, str]] = []
            for action in sub._actions:
                flags = [f for f in action.option_strings if own.get(f) == action.dest]
                if not flags or action.dest == "help":
                    continue
                action.default = argparse.SUPPRESS
                if action.required:
                    action.required = False
                    required.append((action.dest, flags[0], sub.prog))
                    if action.help and "bắt buộc" not in action.help:
                        action.help += " (bắt buộc)"  # the usage line shows it in brackets
            if required:
                sub.set_defaults(**{SHARED_REQUIRED: tuple(required)})
            share_options(sub)


def check_shared(args: argparse.Namespace) -> None:
    """The required shared options of `share_options`, given before or after the sub-command."""
    shared: tuple[tuple[str, str, str], ...] = getattr(args, SHARED_REQUIRED, ())
    missing = [flag for dest, flag, _prog in shared if getattr(args, dest, None) is None]
    if missing:
        Parser(prog=shared[0][2]).error(f"thiếu tham số bắt buộc: {', '.join(missing)}")


def data_dir_of(args: argparse.Namespace) -> DataDir:
    """The data directory the command works on (--data-dir, $THIDUA_DATA_DIR, --demo, default),
    and the server database when one is named (--database, $THIDUA_DATABASE_URL, or the one
    saved in the data folder by Settings › Máy chủ dữ liệu)."""
    from thidua_desktop.paths import DataDir, resolve_data_dir, resolve_database_url

    root = resolve_data_dir(args.data_dir, demo=args.demo)
    server = resolve_database_url(getattr(args, "database", None), root)
    if server is not None:
        from thidua_desktop.store.server import server_url

        server_url(server)  # a clear message for an address that is not PostgreSQL's
    return DataDir(root, server)


def open_existing(args: argparse.Namespace) -> Database:
    """The database of an initialised data directory (commands other than init never create one).

    A database of an older schema is upgraded on opening, which writes: a command that only
    reads then takes the instance lock for the upgrade, like any writer."""
    from thidua_desktop.store.schema import needs_upgrade, open_database

    data_dir = data_dir_of(args)
    if data_dir.server is not None:
        return open_database(data_dir)  # several staff: no per-PC lock, no upgrade here
    if not data_dir.database.exists():
        raise UserError(
            f"Chưa có cơ sở dữ liệu trong {data_dir.root}. Hãy chạy trước: {APP_NAME} init"
        )
    if getattr(args, "holds_lock", False) or not needs_upgrade(data_dir.database):
        return open_database(data_dir)
    from thidua_desktop.store.instance_lock import ROLE_CLI, InstanceLock

    with InstanceLock(data_dir.root, role=ROLE_CLI):
        return open_database(data_dir)


def with_database(
    command: Callable[[argparse.Namespace, Database], int],
) -> Callable[[argparse.Namespace], int]:
    """A command that works on the existing database: opened before it runs, closed after,
    whatever happens (the decorated function receives it as its second argument)."""

    @functools.wraps(command)
    def run(args: argparse.Namespace) -> int:
        db = open_existing(args)
        try:
            return command(args, db)
        finally:
            db.close()

    return run


def print_json(value: Any) -> None:
    """UTF-8 JSON on standard output, indented, Vietnamese letters as they are."""
    import json

    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# The largest whole number SQLite stores: an ID or a count beyond it cannot name anything.
MAX_INTEGER = 2**63 - 1


def _shortened(number: int) -> str:
    """A number as a message quotes it: a hostile 4000-digit value is cut to 12 digits."""
    text = str(number)
    return text if len(text) <= 12 else text[:12] + "…"


def year_arg(text: str) -> int:
    """`--year` as argparse reads it: a year of the data (1900-2100); anything else is a
    one-line Vietnamese error before the command runs."""
    from thidua_desktop.domain.dates import MAX_YEAR, MIN_YEAR

    try:
        year = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f'năm phải là số, ví dụ 2023, không phải "{text[:40]}"'
        ) from None
    if not MIN_YEAR <= year <= MAX_YEAR:
        shown = _shortened(year)
        raise argparse.ArgumentTypeError(f"năm {shown} nằm ngoài {MIN_YEAR}-{MAX_YEAR}")
    return year


def count_arg(text: str) -> int:
    """A count such as `--limit N` or `--members N`: a whole number from 1 up."""
    try:
        number = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f'phải là số nguyên dương, ví dụ 100, không phải "{text[:40]}"'
        ) from None
    if not 1 <= number <= MAX_INTEGER:
        shown = _shortened(number)
        raise argparse.ArgumentTypeError(f"phải từ 1 đến {MAX_INTEGER}, không phải {shown}")
    return number


def id_arg(text: str) -> int:
    """An ID positional (#N as `awards` lists it): a positive whole number; "#5" is accepted."""
    try:
        number = int(text.strip().lstrip("#"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f'số hiệu phải là số, ví dụ 6, không phải "{text}"'
        ) from None
    if not 0 < number <= MAX_INTEGER:
        shown = _shortened(number)
        raise argparse.ArgumentTypeError(f"số hiệu phải từ 1 đến {MAX_INTEGER}, không phải {shown}")
    return number


def day_of(text: str | None) -> dt.date:
    """A date option: "dd/mm/yyyy" (or ISO); today when it is not given."""
    from thidua_desktop.domain.dates import parse_date

    return dt.date.today() if text is None else parse_date(text)
