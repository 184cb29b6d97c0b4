"""Server-mode benchmark: the same operations on the SQLite file and on PostgreSQL.

Run on demand with a PostgreSQL superuser URL (`bash .ci/postgres start` prints one):

    THIDUA_BENCH_POSTGRES=postgresql://postgres@127.0.0.1:54329/postgres \\
        .venv/bin/python tests/bench/bench_server.py

Both databases hold the Cần Thơ demonstration, seen from the city (92). Prints one line per
operation: name, SQLite (ms, median), PostgreSQL (ms, median), ratio PostgreSQL / SQLite.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

RUNS = 7


def median_ms(work: Callable[[], object]) -> float:
    work()  # warm caches and pools
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    admin = os.environ.get("THIDUA_BENCH_POSTGRES")
    if not admin:
        print("THIDUA_BENCH_POSTGRES is not set: start one with `bash .ci/postgres start`.")
        return 2
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from thidua_desktop.paths import DataDir
    from thidua_desktop.reports.build import ReportRequest, build_report
    from thidua_desktop.services.campaigns.results import result_grid, save_results
    from thidua_desktop.services.campaigns.rows import ResultEdit
    from thidua_desktop.services.core.setup import initialise
    from thidua_desktop.services.dashboard.figures import dashboard
    from thidua_desktop.store.schema import open_database

    name = f"bench_{uuid.uuid4().hex[:8]}"
    engine = create_engine(
        make_url(admin).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )
    with engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    try:
        with tempfile.TemporaryDirectory() as scratch:
            places = {
                "SQLite": DataDir(Path(scratch) / "file"),
                "PostgreSQL": DataDir(Path(scratch) / "pc", url),
            }
            for folders in places.values():
                initialise(folders, demo=True, office="92")
            dbs = {label: open_database(folders) for label, folders in places.items()}
            grid = result_grid(dbs["SQLite"], campaign_code="TD-2026", year=2026, parent_code="92")
            edits = [
                ResultEdit(unit.code, "VON_DT", str(1000 + n))
                for n, unit in enumerate(grid.units[1:101])
            ]
            operations: dict[str, Callable[..., object]] = {
                "dashboard of the city, 2026": lambda db: dashboard(db, 2026),
                "results grid, 103 units": lambda db: result_grid(
                    db, campaign_code="TD-2026", year=2026, parent_code="92"
                ),
                "summary report's data, 2026": lambda db: build_report(
                    db, ReportRequest("summary", 2026)
                ),
                "save 100 cells of the grid": lambda db: save_results(
                    db, campaign_code="TD-2026", year=2026, edits=edits
                ),
            }
            print(f"{'operation':<32}{'SQLite ms':>12}{'PostgreSQL ms':>16}{'ratio':>8}")
            for label, work in operations.items():
                sqlite_ms = median_ms(lambda work=work: work(dbs["SQLite"]))
                server_ms = median_ms(lambda work=work: work(dbs["PostgreSQL"]))
                print(
                    f"{label:<32}{sqlite_ms:>12.1f}{server_ms:>16.1f}{server_ms / sqlite_ms:>8.2f}"
                )
            for db in dbs.values():
                db.close()
    finally:
        with engine.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
