"""A writer killed mid-transaction in rollback-journal mode leaves a hot journal: the database
still opens (SQLite's own recovery runs) with the last committed state."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import func, select

from thidua_desktop.paths import DataDir
from thidua_desktop.store.integrity import check_file
from thidua_desktop.store.models.core import AuditEntry
from thidua_desktop.store.schema import open_database

_WRITER = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA cache_size=10")  # spill changed pages into the file before the commit
    conn.execute("BEGIN")
    for i in range(20000):
        conn.execute(
            "INSERT INTO audit_entry (at, operator, action, entity, entity_key)"
            " VALUES ('2024-01-01 00:00:00', 'x', 'a', 'e', ?)",
            (str(i) * 5,),
        )
    print("ready", flush=True)
    time.sleep(60)
    """
)


pytestmark = pytest.mark.sqlite_only(reason="the SQLite journal")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_hot_journal_left_by_a_killed_writer_is_rolled_back_on_open(
    data_dir: DataDir,
) -> None:
    open_database(data_dir).close()
    with sqlite3.connect(data_dir.database) as conn:  # e.g. a restored copy, before its first use
        conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    child = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(data_dir.database)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert data_dir.database.with_name("thidua.sqlite3-journal").exists()

    db = open_database(data_dir)
    try:
        with db.reading() as session:
            assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0
    finally:
        db.close()
    assert check_file(data_dir.database).is_sound
