"""Backups: automatic (daily) and on demand, rotation, restore, and the pause on imports after it.

Files in `backups/` are named `<kind>[-<detail>]-<yyyymmdd-hhmmss>.sqlite3` (local time), e.g.
`tu-dong-20250302-081500.sqlite3`, `truoc-nang-cap-0001-20250302-081500.sqlite3`. Rotation policy:

- automatic copies (`tu-dong`, at most one a day, made when the window opens): the newest of each
  of the last 7 days, of each of the last 4 weeks and of each of the last 12 months are kept;
- copies made by hand (`thu-cong`) and safety copies made before an upgrade (`truoc-nang-cap`), a
  restore (`truoc-khoi-phuc`) or an import (`truoc-nhap`) are kept 30 days, and the newest of each
  kind is kept for ever;
- files with any other name are never touched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import stat
import subprocess
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path

from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.text import slug
from thidua_desktop.paths import DataDir
from thidua_desktop.services.core import audit

# The pause on imports after a restore has its own module; its names are offered here too.
from thidua_desktop.services.safety.imports_pause import (  # noqa: F401
    ImportsPause,
    ImportsPausedError,
    ensure_imports_allowed,
    imports_pause,
    imports_paused,
    resume_imports,
    write_pause_marker,
)
from thidua_desktop.store.backup import (
    PARTIAL_SUFFIX,
    BackupError,
    backup_file,
    describe_write_failure,
    replace_database,
)
from thidua_desktop.store.engine import Database
from thidua_desktop.store.errors import SchemaTooNewError
from thidua_desktop.store.integrity import check_file
from thidua_desktop.store.schema_compare import schema_differences

AUTOMATIC = "tu-dong"
MANUAL = "thu-cong"
BEFORE_UPGRADE = "truoc-nang-cap"
BEFORE_RESTORE = "truoc-khoi-phuc"
BEFORE_IMPORT = "truoc-nhap"
KIND_LABELS = {
    AUTOMATIC: "Tự động hằng ngày",
    MANUAL: "Sao lưu thủ công",
    BEFORE_UPGRADE: "Trước khi nâng cấp",
    BEFORE_RESTORE: "Trước khi khôi phục",
    BEFORE_IMPORT: "Trước khi nhập gói",
}
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_SAFETY_DAYS = 30
_NAME = re.compile(
    r"^(?P<prefix>[a-z0-9-]+?)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.(?:sqlite3|dump)$"
)
_STAMP = "%Y%m%d-%H%M%S"


class BackupRejectedError(UserError):
    """A file offered for restore is not a sound backup of this application."""


@dataclass(frozen=True, slots=True)
class BackupRow:
    """One backup file as the settings page and the command line list it."""

    path: Path
    name: str
    kind: str
    kind_label: str
    detail: str | None  # e.g. the schema revision before an upgrade
    taken_at: dt.datetime  # local, naive (from the name)
    size_bytes: int


@dataclass(frozen=True)
class RestoreReport:
    source: Path
    revision: str
    migrated: bool  # the backup had an older schema and was upgraded
    safety_backup: BackupRow | None  # the database as it was before the restore
    counts: dict[str, int]


# -- listing and making backups --------------------------------------------------------------
def list_backups(data_dir: DataDir) -> list[BackupRow]:
    """The backups this application made, newest first."""
    rows = []
    try:
        # The file's copies, or the server's dumps: the kind of database this is.
        paths = list(data_dir.backups.glob("*.dump" if data_dir.server else "*.sqlite3"))
    except OSError:
        return []
    for path in paths:
        row = _parse(path)
        if row is not None:
            rows.append(row)
    return sorted(rows, key=lambda r: (r.taken_at, r.name), reverse=True)


def make_backup(
    data_dir: DataDir,
    *,
    kind: str = MANUAL,
    detail: str | None = None,
    now: dt.datetime | None = None,
) -> BackupRow:
    """A consistent copy of the database now (online backup API), then rotation. In server
    mode a logical dump of the server's database (pg_dump) kept in this PC's backups folder."""
    if data_dir.server is not None:
        moment = now or dt.datetime.now()
        destination = _unique_destination(data_dir, kind, detail, moment, suffix=".dump")
        dump_server(data_dir.server, destination)
        row = _parse(destination)
        assert row is not None
        rotate(data_dir, now=moment)
        return row
    if not data_dir.database.exists():
        raise UserError(f"Chưa có cơ sở dữ liệu trong {data_dir.root} để sao lưu.")
    moment = now or dt.datetime.now()
    destination = _unique_destination(data_dir, kind, detail, moment)
    backup_file(data_dir.database, destination)
    row = _parse(destination)
    assert row is not None
    rotate(data_dir, now=moment)
    return row


def automatic_backup(data_dir: DataDir, *, now: dt.datetime | None = None) -> BackupRow | None:
    """The day's automatic backup, unless one was already made today (local date)."""
    moment = now or dt.datetime.now()
    if any(
        b.kind == AUTOMATIC and b.taken_at.date() == moment.date() for b in list_backups(data_dir)
    ):
        return None
    return make_backup(data_dir, kind=AUTOMATIC, now=moment)


def start_of_day_backup(data_dir: DataDir, *, now: dt.datetime | None = None) -> str | None:
    """automatic_backup for the window's start: a failure is a warning to show, not a stop."""
    try:
        automatic_backup(data_dir, now=now)
    except UserError as exc:
        return f"Chưa sao lưu tự động được: {exc.message}"
    return None


def backup_before_import(data_dir: DataDir, package: str) -> BackupRow:
    """The safety copy the data-package import makes before it applies a package."""
    return make_backup(data_dir, kind=BEFORE_IMPORT, detail=_slug(Path(package).stem))


# -- rotation ----------------------------------------------------------------------------------
def rotate(data_dir: DataDir, *, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the policy no longer keeps (and abandoned partial files)."""
    moment = now or dt.datetime.now()
    removed: list[Path] = []
    for expired in sorted(_expired(list_backups(data_dir), moment)):
        try:
            expired.unlink(missing_ok=True)
            for suffix in ("-wal", "-journal"):
                expired.with_name(expired.name + suffix).unlink(missing_ok=True)
        except OSError:
            continue  # kept until the next rotation; never worth failing a backup over
        removed.append(expired)
    # A backup ended half-way leaves "….partial" and its rollback journal "….partial-journal".
    for partial in data_dir.backups.glob(f"*{PARTIAL_SUFFIX}*"):
        try:
            if moment.timestamp() - partial.stat().st_mtime > 3600:
                partial.unlink()
        except OSError:
            continue
    return removed


def plan_rotation(backups: Iterable[BackupRow], now: dt.datetime) -> set[Path]:
    """The backups to delete under the policy in this module's docstring."""
    return _expired(list(backups), now)


def _expired(backups: list[BackupRow], now: dt.datetime) -> set[Path]:
    keep: set[Path] = set()
    automatic = sorted(
        (b for b in backups if b.kind == AUTOMATIC), key=lambda b: b.taken_at, reverse=True
    )
    keep |= _newest_per_period(automatic, lambda b: b.taken_at.date(), KEEP_DAILY)
    keep |= _newest_per_period(automatic, lambda b: b.taken_at.isocalendar()[:2], KEEP_WEEKLY)
    keep |= _newest_per_period(
        automatic, lambda b: (b.taken_at.year, b.taken_at.month), KEEP_MONTHLY
    )
    others: dict[str, list[BackupRow]] = {}
    for b in backups:
        if b.kind != AUTOMATIC:
            others.setdefault(b.kind, []).append(b)
    for rows in others.values():
        rows.sort(key=lambda b: b.taken_at, reverse=True)
        keep.add(rows[0].path)
        keep |= {b.path for b in rows if now - b.taken_at < dt.timedelta(days=KEEP_SAFETY_DAYS)}
    return {b.path for b in backups} - keep


def _newest_per_period(
    newest_first: list[BackupRow], period: Callable[[BackupRow], Hashable], count: int
) -> set[Path]:
    kept: set[Path] = set()
    seen: set[Hashable] = set()
    for row in newest_first:
        key = period(row)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(row.path)
    return kept


# -- restore -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class BackupInfo:
    path: Path
    revision: str
    older: bool  # made by an older schema: upgraded when restored
    counts: dict[str, int]


def inspect_backup(path: Path) -> BackupInfo:
    """Check that `path` is a sound database of this application that this version can use."""
    from thidua_desktop.store.schema import SCHEMA_HEAD

    if not path.is_file():
        raise BackupRejectedError(f"Không tìm thấy tệp {path}.")
    check = check_file(path)
    if not check.is_sqlite:
        raise BackupRejectedError(
            f"Tệp {path.name} không phải là bản sao lưu của ứng dụng (không phải tệp SQLite)."
        )
    if check.error is not None:
        raise BackupRejectedError(
            f"Không đọc được tệp {path.name} ({check.error}); tệp có thể đã hỏng. "
            "Hãy chọn bản sao lưu khác."
        )
    if check.revision is None:
        raise BackupRejectedError(
            f"Tệp {path.name} là một cơ sở dữ liệu SQLite khác, không phải bản sao lưu của "
            "ứng dụng này."
        )
    if check.integrity:
        raise BackupRejectedError(
            f"Bản sao lưu {path.name} bị hỏng (kiểm tra toàn vẹn: {check.integrity[0]}). "
            "Không khôi phục từ tệp này; hãy chọn bản sao lưu khác."
        )
    if check.foreign_keys:
        raise BackupRejectedError(
            f"Bản sao lưu {path.name} có {len(check.foreign_keys)} bản ghi tham chiếu tới bản "
            "ghi không tồn tại. Không khôi phục từ tệp này; hãy chọn bản sao lưu khác."
        )
    if check.revision != SCHEMA_HEAD and not is_known_revision(check.revision):
        raise SchemaTooNewError(
            f"Bản sao lưu {path.name} do phiên bản mới hơn của ứng dụng tạo ra (lược đồ "
            f"{check.revision}). Hãy cập nhật thidua-desktop rồi khôi phục lại."
        )
    differences = schema_differences(path, check.revision)
    if differences:
        shown = "; ".join(differences[:4]) + ("; …" if len(differences) > 4 else "")
        raise BackupRejectedError(
            f"Tệp {path.name} ghi lược đồ {check.revision} nhưng cấu trúc không đúng lược đồ đó "
            f"({shown}). Đây không phải bản sao lưu nguyên vẹn của ứng dụng; không khôi phục từ "
            "tệp này. Dữ liệu hiện tại không bị thay đổi."
        )
    return BackupInfo(
        path=path,
        revision=check.revision,
        older=check.revision != SCHEMA_HEAD,
        counts=dict(check.counts),
    )


def is_known_revision(revision: str) -> bool:
    """True when this version's migrations know `revision` (so it is this schema or older)."""
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    from thidua_desktop.store.schema import alembic_config

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


# Where a restore prepares the database before it replaces the live one (inside the data folder,
# on the same disk, so the final rename is atomic).
STAGING_FOLDER = ".dang-khoi-phuc"


def restore_backup(
    data_dir: DataDir,
    source: Path,
    *,
    db: Database | None = None,
    now: dt.datetime | None = None,
) -> RestoreReport:
    """Replace the database with the backup `source`, keeping a copy of the current one first.

    The caller holds the instance lock. `db`, if given, is the caller's handle on the current
    database: its connections are closed here, and it reconnects to the restored file on next
    use. Afterwards imports stay paused until `resume_imports` (the person confirms the data).
    """
    from thidua_desktop.store.schema import open_database

    if data_dir.server is not None:
        from thidua_desktop.domain.messages import msg
        from thidua_desktop.store.server import shown_url

        raise BackupRejectedError(
            msg(
                "Cơ sở dữ liệu dùng chung trên máy chủ {where} không khôi phục từ một máy: khi "
                "mọi người đã thoát ứng dụng, quản trị viên chạy trên máy chủ: pg_restore "
                "--clean --if-exists --no-owner -d TÊN-CƠ-SỞ-DỮ-LIỆU {file}, rồi mở lại ứng "
                "dụng. Bản sao lưu nằm trong thư mục {folder}.",
                where=shown_url(data_dir.server),
                file=Path(source).name,
                folder=str(data_dir.backups),
            )
        )
    source = Path(source).expanduser().resolve()
    live = data_dir.database
    if live.exists() and source.is_file() and source.samefile(live):
        raise BackupRejectedError("Tệp đã chọn chính là cơ sở dữ liệu đang dùng.")
    info = inspect_backup(source)
    if live.exists() and _read_only(live):
        raise BackupRejectedError(
            f"Tệp cơ sở dữ liệu {live} đang được đặt chỉ cho phép đọc, nên không khôi phục đè lên "
            "nó. Nếu đúng là muốn khôi phục, hãy bỏ thuộc tính chỉ đọc của tệp rồi thử lại. Dữ "
            "liệu hiện tại không bị thay đổi."
        )
    data_dir.ensure()
    if db is not None:
        db.close()
    moment = now or dt.datetime.now()
    safety = _preserve_current(data_dir, moment) if live.exists() else None
    marker_existed = imports_paused(data_dir)
    write_pause_marker(data_dir, source, moment)
    staging = DataDir(data_dir.root / STAGING_FOLDER)
    try:
        # The restored database is made complete beside the live one (upgraded when older, its
        # audit entry written) and only then put in place: whatever ends the process, the live
        # database is either the old one or the restored one with its audit entry.
        shutil.rmtree(staging.root, ignore_errors=True)
        backup_file(source, staging.database)
        staged = open_database(staging)
        try:
            with staged.transaction() as session:
                audit.record(
                    session,
                    action="restore",
                    entity="database",
                    key=source.name,
                    new={
                        "from": str(source),
                        "revision": info.revision,
                        "safety_backup": safety.name if safety else None,
                    },
                )
        finally:
            staged.close()
        replace_database(staging.database, live)
    except BaseException:
        if not marker_existed:
            data_dir.imports_paused_marker.unlink(missing_ok=True)
        shutil.rmtree(staging.root, ignore_errors=True)
        raise
    # The copy made before an older backup was upgraded joins the other backups.
    for copy in staging.backups.glob("*.sqlite3"):
        with contextlib.suppress(OSError):
            shutil.move(copy, data_dir.backups / copy.name)
    shutil.rmtree(staging.root, ignore_errors=True)
    rotate(data_dir, now=moment)
    return RestoreReport(
        source=source,
        revision=info.revision,
        migrated=info.older,
        safety_backup=safety,
        counts=info.counts,
    )


def _read_only(path: Path) -> bool:
    """The file is marked read-only (its write permission bit, or Windows' read-only attribute),
    whoever we are: root may write anyway, but the mark is what the person asked for."""
    return not os.access(path, os.W_OK) or not path.stat().st_mode & stat.S_IWRITE


def _preserve_current(data_dir: DataDir, moment: dt.datetime) -> BackupRow:
    """Copy the database about to be replaced; a damaged one is kept byte for byte instead."""
    health = check_file(data_dir.database)
    if health.is_sqlite and health.error is None and not health.integrity:
        return make_backup(data_dir, kind=BEFORE_RESTORE, now=moment)
    # The backup API cannot read a damaged file; keep it (and its WAL) exactly as it is. The
    # caller holds the instance lock and has closed its connections, so the file is not live.
    destination = _unique_destination(data_dir, BEFORE_RESTORE, "nguyen-trang", moment)
    try:
        data_dir.backups.mkdir(parents=True, exist_ok=True)
        partial = destination.with_name(destination.name + PARTIAL_SUFFIX)
        shutil.copyfile(data_dir.database, partial)
        for suffix in ("-wal", "-journal"):  # whatever SQLite would need to recover it
            companion = data_dir.database.with_name(data_dir.database.name + suffix)
            if companion.exists():
                shutil.copyfile(companion, destination.with_name(destination.name + suffix))
        os.replace(partial, destination)
    except OSError as exc:
        raise BackupError(describe_write_failure(exc, destination)) from exc
    row = _parse(destination)
    assert row is not None
    return row


# -- names -------------------------------------------------------------------------------------
def _parse(path: Path) -> BackupRow | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    prefix = match["prefix"]
    kind = next(
        (
            k
            for k in sorted(KIND_LABELS, key=len, reverse=True)
            if prefix == k or prefix.startswith(k + "-")
        ),
        None,
    )
    if kind is None:
        return None
    try:
        taken_at = dt.datetime.strptime(match["stamp"], _STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupRow(
        path=path,
        name=path.name,
        kind=kind,
        kind_label=KIND_LABELS[kind],
        detail=prefix[len(kind) + 1 :] or None,
        taken_at=taken_at,
        size_bytes=size,
    )


def _unique_destination(
    data_dir: DataDir,
    kind: str,
    detail: str | None,
    moment: dt.datetime,
    *,
    suffix: str = ".sqlite3",
) -> Path:
    prefix = f"{kind}-{detail}" if detail else kind
    stamp = moment.strftime(_STAMP)
    candidate = data_dir.backups / f"{prefix}-{stamp}{suffix}"
    number = 2
    while candidate.exists():
        candidate = data_dir.backups / f"{prefix}-{stamp}-{number}{suffix}"
        number += 1
    return candidate


def dump_server(url: str, destination: Path) -> None:
    """pg_dump of the server database into `destination` (custom format, written whole or
    not at all); a clear message when the PostgreSQL client tools are not installed."""
    from thidua_desktop.domain.messages import msg
    from thidua_desktop.store.errors import without_values
    from thidua_desktop.store.server import server_url, shown_url, with_kept_password

    program = shutil.which("pg_dump")
    if program is None:
        raise UserError(
            msg(
                "Chưa sao lưu được cơ sở dữ liệu trên máy chủ {where}: máy này chưa có công cụ "
                "pg_dump (cài gói PostgreSQL client: trên Windows cài PostgreSQL, chọn "
                "'Command Line Tools'; trên Debian/Ubuntu: apt-get install postgresql-client).",
                where=shown_url(url),
            )
        )
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + PARTIAL_SUFFIX)
    # The password the engine connects with (typed in the address, or kept in the operating
    # system's store) reaches pg_dump in its environment, never in its argument list.
    address = with_kept_password(server_url(url)).set(drivername="postgresql")
    environment = dict(os.environ)
    if address.password is not None:
        environment["PGPASSWORD"] = str(address.password)
    plain = address.set(password=None)
    try:
        done = subprocess.run(
            [
                program,
                "--format=custom",
                "--no-owner",
                "--file",
                str(partial),
                "--dbname",
                plain.render_as_string(hide_password=False),
            ],
            capture_output=True,
            text=True,
            timeout=3600,
            env=environment,
        )
        if done.returncode != 0:
            raise UserError(
                msg(
                    "Chưa sao lưu được cơ sở dữ liệu trên máy chủ {where}: {detail}",
                    where=shown_url(url),
                    detail=without_values(done.stderr) or f"pg_dump {done.returncode}",
                )
            )
        os.replace(partial, destination)
    finally:
        partial.unlink(missing_ok=True)


def _slug(text: str) -> str:
    return slug(text, "goi")


def format_size(size_bytes: int) -> str:
    """ "350 KB", "1,2 MB" (Vietnamese decimal comma)."""
    from decimal import Decimal

    from thidua_desktop.domain.numbers import format_number

    if size_bytes < 1024 * 1024:
        return f"{format_number(Decimal(max(size_bytes, 0)) / 1024, 0)} KB"
    return f"{format_number(Decimal(size_bytes) / (1024 * 1024), 1)} MB"
