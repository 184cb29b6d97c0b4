"""Crash points, the way SQLite tests itself: run a write in a forked child that ends itself
(`os._exit`, no clean-up of any kind) just before its N-th SQL statement, for every N.

Every SQLite connection the child opens (SQLAlchemy's and the raw ones of backups and checks)
gets a trace callback that counts the statements SQLite starts; when the count reaches the limit
the process ends inside the callback, before SQLite has done anything for that statement. The
parent then reopens what is left and checks it.
"""

from __future__ import annotations

import os
import sqlite3
import sqlite3.dbapi2
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

KILLED = 77  # the child's exit code when it ended itself at the limit
FAILED = 3  # the operation raised


@dataclass(frozen=True)
class Run:
    statements: int  # statements started before the child ended (or in all, when it finished)
    killed: bool  # it ended itself at the limit
    failed: bool  # the operation raised (a defect, unless the test expects it)


def _count_statements(limit: int | None) -> list[int]:
    count = [0]
    connect = sqlite3.dbapi2.connect

    def trace(_statement: str) -> None:
        count[0] += 1
        if limit is not None and count[0] >= limit:
            os._exit(KILLED)

    def counting_connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        connection = connect(*args, **kwargs)  # type: ignore[arg-type]
        connection.set_trace_callback(trace)
        return connection

    sqlite3.connect = counting_connect  # type: ignore[assignment]
    sqlite3.dbapi2.connect = counting_connect  # type: ignore[assignment]
    return count


def run_until(operation: Callable[[], object], limit: int | None) -> Run:
    """Run `operation` in a forked child that ends before statement `limit` (None: runs to the
    end and reports how many statements it started)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns to pytest
        os.close(read)
        code = 0
        count = [0]
        try:
            count = _count_statements(limit)
            result = operation()
            if isinstance(result, int) and result != 0:
                code = FAILED
        except BaseException as exc:
            print(f"crash point child: {type(exc).__name__}: {exc}", file=sys.stderr)
            code = FAILED
        os.write(write, str(count[0]).encode())
        os._exit(code)
    os.close(write)
    chunks = []
    while chunk := os.read(read, 64):
        chunks.append(chunk)
    os.close(read)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    statements = int(b"".join(chunks) or b"0") if code != KILLED else (limit or 0)
    return Run(statements=statements, killed=code == KILLED, failed=code not in (0, KILLED))


def points(total: int, *, every: bool, sample: int = 12) -> Sequence[int]:
    """Every statement number 1…total, or a spread sample that includes the first and last."""
    if every or total <= sample:
        return range(1, total + 1)
    step = (total - 1) / (sample - 1)
    return sorted({1 + round(i * step) for i in range(sample)})


def table_counts(path: Path) -> dict[str, int]:
    """Rows per table of a closed database file (read-only)."""
    from thidua_desktop.store.sqlite_files import connect_read_only

    connection = connect_read_only(path)
    try:
        names = [
            str(name)
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
            for name in names
        }
    finally:
        connection.close()


def table_rows(path: Path, tables: Sequence[str]) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the given tables, in rowid order (to compare data before and after)."""
    from thidua_desktop.store.sqlite_files import connect_read_only

    connection = connect_read_only(path)
    try:
        return {
            name: list(connection.execute(f'SELECT * FROM "{name}" ORDER BY rowid'))
            for name in tables
        }
    finally:
        connection.close()


# -- every point of a long write, from one run -------------------------------------------------
#
# A process that ends leaves its files as they are at that moment (what it wrote is in the
# operating system's cache, and a later open recovers from it). So instead of running a long
# write once per point, one run copies the data folder before each statement, exactly as an
# ended process would leave it, and examines the copy: it opens (SQLite's recovery replays or
# drops the write-ahead log), passes integrity_check and foreign_key_check, and its content is
# hashed table by table. The parent then checks that the content changes only at a COMMIT.


@dataclass(frozen=True)
class Snapshot:
    point: int
    statement: str  # the first word of the statement about to run ("COMMIT", "INSERT"…)
    content: dict[str, str] | None  # table → SHA-256 of its rows ({} before the file exists)
    problems: tuple[str, ...]
    examined: bool = False


def _examine_copy(
    database: Path, connect: Callable[..., sqlite3.Connection]
) -> tuple[dict[str, str] | None, tuple[str, ...]]:
    import hashlib

    if not database.exists():
        return None, ()
    try:
        connection = connect(str(database))
    except sqlite3.Error as exc:
        return None, (f"open: {exc}",)
    try:
        problems = [str(r[0]) for r in connection.execute("PRAGMA integrity_check(5)")]
        problems = [] if problems == ["ok"] else problems
        problems += [f"foreign key: {r}" for r in connection.execute("PRAGMA foreign_key_check")]
        content = {}
        names = [
            n for (n,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        for name in sorted(names):
            digest = hashlib.sha256()
            for row in connection.execute(f'SELECT * FROM "{name}" ORDER BY rowid'):
                digest.update(repr(row).encode())
            content[name] = digest.hexdigest()
        return content, tuple(problems)
    except sqlite3.Error as exc:
        return None, (f"read: {exc}",)
    finally:
        connection.close()


def snapshot_every_point(
    operation: Callable[[], object],
    folder: Path,
    scratch: Path,
    *,
    examine: set[int] | None,
    keep: set[int],
) -> list[Snapshot]:
    """Run `operation` once (forked); before each of its statements (or those in `examine`)
    copy `folder` to `scratch` and examine the copy. The copies at the points in `keep` are kept
    as scratch/keep/N. Every statement is listed, examined or not (content None when not)."""
    import json
    import shutil

    log = scratch / "snapshots.jsonl"
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            connect = sqlite3.dbapi2.connect
            count = [0]
            with log.open("w", encoding="utf-8") as out:

                def trace(statement: str) -> None:
                    count[0] += 1
                    words = statement.split(None, 1)
                    kind = words[0].upper() if words else ""
                    if examine is not None and count[0] not in examine | keep:
                        out.write(json.dumps({"point": count[0], "statement": kind}) + "\n")
                        return
                    copy = scratch / "copy"
                    shutil.rmtree(copy, ignore_errors=True)
                    if folder.exists():
                        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("*-shm"))
                    if count[0] in keep and folder.exists():
                        shutil.copytree(copy, scratch / "keep" / str(count[0]))
                    content, problems = _examine_copy(copy / "thidua.sqlite3", connect)
                    out.write(json.dumps({
                        "point": count[0],
                        "statement": kind,
                        "content": content,
                        "problems": problems,
                        "examined": True,
                    }) + "\n")  # fmt: skip

                def traced_connect(*args: object, **kwargs: object) -> sqlite3.Connection:
                    connection = connect(*args, **kwargs)  # type: ignore[arg-type]
                    connection.set_trace_callback(trace)
                    return connection

                sqlite3.connect = traced_connect  # type: ignore[assignment]
                sqlite3.dbapi2.connect = traced_connect  # type: ignore[assignment]
                result = operation()
                if isinstance(result, int) and result != 0:
                    code = FAILED
        except BaseException as exc:
            print(f"snapshot child: {type(exc).__name__}: {exc}", file=sys.stderr)
            code = FAILED
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, "the write failed while being traced"
    snapshots = []
    with log.open(encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            snapshots.append(
                Snapshot(
                    item["point"],
                    item["statement"],
                    item.get("content"),
                    tuple(item.get("problems", ())),
                    item.get("examined", False),
                )
            )
    return snapshots


def torn_points(snapshots: Sequence[Snapshot]) -> list[str]:
    """Points whose data differ from the other points of the same committed state: the content
    may change only across a COMMIT (ending before COMMIT runs leaves the previous state)."""
    torn = []
    segment_start: Snapshot | None = None
    for snapshot in snapshots:
        if not snapshot.examined:
            if snapshot.statement == "COMMIT":
                segment_start = None
            continue
        if segment_start is None:
            segment_start = snapshot
        elif snapshot.content != segment_start.content:
            torn.append(
                f"point {snapshot.point} ({snapshot.statement}) differs from point "
                f"{segment_start.point} with no COMMIT between them"
            )
        if snapshot.statement == "COMMIT":
            segment_start = None  # the next point shows the committed state
    return torn
