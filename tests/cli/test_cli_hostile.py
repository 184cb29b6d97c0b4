"""Hostile values for every option of every command: exit 1 with one Vietnamese line, never a
traceback (an exception escaping `main` fails the test), and nothing changed when refused.

The commands and their options are read from the parser itself, so a new command or option is
covered without touching this file; only a sample value for a new required option is needed.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from thidua_desktop.cli import build_parser, main

from .conftest import CopyDemo

# A plausible value for each required argument, so that the option under test is reached.
SAMPLES = {
    "year": "2023",
    "campaign": "CT10-2023",
    "indicator": "GRDP",
    "unit": "31117",
    "value": "5",
    "reason": "Sửa số liệu",
    "kind": "campaign",
    "set": "ntm",
    "criterion": "1",
    "met": "yes",
    "level": "ntm",
    "decision": "12/QĐ-UBND",
    "date": "05/01/2023",
    "id": "1",
    "members": "7",
    "present": "5",
    "number": "01/QĐ-UBND",
    "signer": "Nguyễn Văn A",
    "code": "31135",
    "to": "92",
    "layout": "giay_khen_a4",
    "category": "ngan_sach",
    "title": "Sáng kiến số hóa hồ sơ",
    "authors": "1",
    "since": "01/01/2026",
    "on": "02/01/2026",
    "name": "Thu khác",
    "since_year": "2020",
    "until_year": "2026",
    "birth_year": "1980",
    "gender": "Nữ",
    "training": "dai_hoc",
}
NUMBERS = ["0", "-1", "9" * 25, "1" * 5000, "1e9", "10" + "0" * 4000, "٣", "2023\x00"]
TEXTS = ["", "\u200b", "x" * 20_000, "a\x00b", "../../../etc/passwd", "%s%n{0}"]
# Options that name files are tried with hostile paths elsewhere (test_cli_paths, exchange).
FILES = {"out", "file", "files", "load"}


def _commands(
    parser: argparse.ArgumentParser, path: list[str]
) -> Iterator[tuple[list[str], list[argparse.Action]]]:
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    options = [
        a
        for a in parser._actions
        if not isinstance(a, argparse._SubParsersAction | argparse._HelpAction) and a.nargs != 0
    ]
    if path and not (subparsers and subparsers[0].required):
        yield path, options
    for action in subparsers:
        for name, child in action.choices.items():
            yield from _commands(child, [*path, name])


def _argv(path: list[str], options: list[argparse.Action], tmp: Path) -> list[str]:
    argv = list(path)
    for action in options:
        if not action.required:
            continue
        sample = str(tmp / "out.pdf") if action.dest in FILES else SAMPLES[action.dest]
        if action.choices is not None and sample not in action.choices:
            sample = next(iter(action.choices))  # "thu" for `fund add --kind`
        argv += [action.option_strings[0], sample] if action.option_strings else [sample]
    return argv


CASES = [
    (path, action.option_strings[0] if action.option_strings else action.dest)
    for path, options in _commands(build_parser(), [])
    for action in options
    if action.dest not in FILES
]


@pytest.mark.parametrize(("path", "option"), CASES, ids=[f"{' '.join(p)} {o}" for p, o in CASES])
def test_hostile_values_are_refused_in_one_line(
    path: list[str],
    option: str,
    copy_demo: CopyDemo,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = tmp_path / "data"
    copy_demo(data)
    options = next(o for p, o in _commands(build_parser(), []) if p == path)
    action = next(a for a in options if (a.option_strings[:1] or [a.dest])[0] == option)
    numeric = getattr(action.type, "__name__", "") in {"year_arg", "count_arg", "id_arg"}
    for hostile in NUMBERS if numeric else TEXTS:
        argv = _argv(path, options, tmp_path)
        if action.option_strings:
            if option in argv:
                argv[argv.index(option) + 1] = hostile
            else:
                argv += [option, hostile]
        else:
            argv[argv.index(SAMPLES[action.dest])] = hostile
        capsys.readouterr()
        try:
            code = main(["--data-dir", str(data), *argv])
        except SystemExit as exit_:
            code = exit_.code  # argparse refused the value
        _out, err = capsys.readouterr()
        assert code in (0, 1), (argv, code, err)
        assert "Traceback" not in err and "Error:" not in err, (argv, err)
        if code == 1:
            lines = [line for line in err.splitlines() if line.strip()]
            assert lines and lines[-1].startswith("Lỗi"), (argv, err)
