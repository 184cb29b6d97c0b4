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
