"""Server-mode benchmark: the same operations on the SQLite file and on PostgreSQL.

Run on demand with a PostgreSQL superuser URL (`bash .ci/postgres start` prints one):

    THIDUA_BENCH_POSTGRES=postgresql://postgres@127.0.0.1:54329/postgres \\
        .venv/bin/python tests/bench/bench_server.py

Both databases hold the Cần Thơ demonstration, seen from the city (92). Prints one line per
operation: name, SQLite (ms, median), PostgreSQL (ms, median), ratio PostgreSQL / SQLite.

Then the import of a district's package (Quận Ninh Kiều 2023: a result for each of the 150
indicators of its own campaign for every unit of its scope; the campaign came up in its first
package, imported beforehand) into the city, on each
engine, against its floor: the same rows and their audit rows written with executemany into the
same schema, in one transaction (the import's safety backup is timed apart: a file copy, or
pg_dump on a server).
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

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
            print()
            print(f"{'import of a district package':<32}{'import ms':>12}{'floor ms':>12}"
                  f"{'ratio':>8}{'rows':>8}{'backup ms':>11}")  # fmt: skip
            for label, folders in places.items():
                imported, floor, rows, backup = import_against_floor(folders, Path(scratch), admin)
                print(f"{label:<32}{imported:>12.1f}{floor:>12.1f}{imported / floor:>8.2f}"
                      f"{rows:>8}{backup:>11.1f}")  # fmt: skip
    finally:
        with engine.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        engine.dispose()
    return 0


INDICATORS = 150  # the district's own campaign: 150 indicators × its 12 units (1.800 results)


def district_campaign(db: object, district: str, year: int) -> str:
    """The district's own campaign of the year with INDICATORS indicators (it travels up in the
    district's data packages)."""
    import datetime as dt

    from thidua_desktop.services.campaigns.definitions import save_campaign, save_indicator
    from thidua_desktop.services.campaigns.rows import CampaignInput, IndicatorInput

    code = f"DO-{district}-{year}"
    save_campaign(db, CampaignInput(code, f"Thi đua của quận {district} năm {year}",  # type: ignore[arg-type]
                                    "thuong_xuyen", dt.date(year, 1, 1), dt.date(year, 12, 31),
                                    district))  # fmt: skip
    for n in range(INDICATORS):
        save_indicator(db, code, IndicatorInput(f"CT{n:03d}", f"Chỉ tiêu {n}", "%", 2,  # type: ignore[arg-type]
                                                "at_least"))  # fmt: skip
    return code


def fill_results(db: object, district: str, year: int, code: str) -> int:
    """A result for every indicator of campaign `code` for every unit of the district's scope."""
    import datetime as dt
    from decimal import Decimal

    from sqlalchemy import or_, select
    from sqlalchemy.orm import aliased

    from thidua_desktop.store.base import utc_now
    from thidua_desktop.store.bulk import insert_rows
    from thidua_desktop.store.models.core import AdminUnit, Campaign, Indicator, Result

    day = dt.date(year, 6, 30)
    parent = aliased(AdminUnit)
    with db.transaction() as session:  # type: ignore[attr-defined]
        units = list(
            session.scalars(
                select(AdminUnit.id)
                .outerjoin(parent, parent.id == AdminUnit.parent_id)
                .where(or_(AdminUnit.code == district, parent.code == district))
                .where(or_(AdminUnit.valid_from.is_(None), AdminUnit.valid_from <= day))
                .where(or_(AdminUnit.valid_to.is_(None), AdminUnit.valid_to >= day))
            )
        )
        indicators = list(
            session.scalars(select(Indicator.id).join(Campaign).where(Campaign.code == code))
        )
        now = utc_now()
        rows = [
            {
                "uid": str(uuid.uuid4()),
                "indicator_id": i,
                "unit_id": u,
                "year": year,
                "value": Decimal((i * 7 + u) % 97) + Decimal("0.5"),
                "source": "manual",
                "entered_by": "bench",
                "entered_at": now,
            }
            for i in indicators
            for u in units
        ]
        insert_rows(session.connection(), Result.__table__, rows)  # type: ignore[arg-type]
    return len(rows)


def import_against_floor(
    folders: object, scratch: Path, admin: str
) -> tuple[float, float, int, float]:
    """(import ms, floor ms, rows written, backup ms): medians over five fresh receivers."""
    import shutil

    from sqlalchemy import create_engine, select, text
    from sqlalchemy.engine import make_url

    from thidua_desktop.exchange.operations import export_package, import_package
    from thidua_desktop.paths import DataDir
    from thidua_desktop.services.core.profile import set_profile
    from thidua_desktop.services.safety import backups
    from thidua_desktop.store.base import Base
    from thidua_desktop.store.models.core import AuditEntry
    from thidua_desktop.store.schema import open_database

    assert isinstance(folders, DataDir)
    admin_engine = create_engine(
        make_url(admin).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )
    made: list[str] = []

    def copy(name: str, origin: DataDir = folders) -> DataDir:
        """A copy of `origin` (the demonstration), with an installation id of its own."""
        root = scratch / f"{name}-{uuid.uuid4().hex[:6]}"
        if origin.server is None:
            shutil.copytree(origin.root, root, ignore=shutil.ignore_patterns("*.lock"))
            target = DataDir(root)
        else:
            database = f"b_{uuid.uuid4().hex[:10]}"
            source = make_url(origin.server).database
            with admin_engine.connect() as conn:
                conn.execute(text(f"CREATE DATABASE {database} TEMPLATE {source}"))
            made.append(database)
            url = make_url(folders.server).set(database=database)
            target = DataDir(root, url.render_as_string(hide_password=False))
        db = open_database(target)
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE profile SET installation_id = :i"), {"i": str(uuid.uuid4())})
        db.close()
        return target

    try:
        # The district's first package of the year brings its campaign (imported beforehand,
        # untimed); the one timed brings the results, as every later package of the year does.
        sender_dir = copy("quan")
        sender = open_database(sender_dir)
        set_profile(sender, office_code="916")
        code = district_campaign(sender, "916", 2023)
        first = export_package(sender, sender_dir, year=2023, out=scratch / "916-1.tdkt").path
        fill_results(sender, "916", 2023, code)
        package = export_package(sender, sender_dir, year=2023, out=scratch / "916-2.tdkt").path
        sender.close()
        city_dir = copy("tp-truoc")
        city = open_database(city_dir)
        original = backups.backup_before_import
        backups.backup_before_import = _no_backup  # type: ignore[assignment]
        try:
            import_package(city, city_dir, first, replace_local=True)
        finally:
            backups.backup_before_import = original  # type: ignore[assignment]
        city.close()

        imports, floors, backup_times = [], [], []
        rows = 0
        for _ in range(5):
            # The import, its safety backup timed apart.
            receiver_dir = copy("tp", city_dir)
            start = time.perf_counter()
            backups.backup_before_import(receiver_dir, "do")
            backup_times.append((time.perf_counter() - start) * 1000)
            original = backups.backup_before_import
            backups.backup_before_import = _no_backup  # type: ignore[assignment]
            receiver = open_database(receiver_dir)
            try:
                with _collector_off():
                    start = time.perf_counter()
                    report = import_package(receiver, receiver_dir, package, replace_local=True)
                    imports.append((time.perf_counter() - start) * 1000)
            finally:
                backups.backup_before_import = original  # type: ignore[assignment]
            # What it wrote: every row it added (ids above those of a fresh copy), per table.
            fresh_dir = copy("san", city_dir)
            fresh = open_database(fresh_dir)
            written: dict[str, list[tuple[object, ...]]] = {}
            with receiver.engine.connect() as got, fresh.engine.connect() as base:
                for table in Base.metadata.sorted_tables:
                    if "id" not in table.c or table.name == "exchange_import":
                        continue
                    top = base.execute(select(text("max(id)")).select_from(table)).scalar() or 0
                    new = got.execute(select(table).where(table.c.id > top)).all()
                    if new:
                        written[table.name] = [tuple(r) for r in new]
            receiver.close()
            rows = sum(len(v) for k, v in written.items() if k != AuditEntry.__tablename__)
            assert report.applied and rows > 0
            # The floor: the same rows and audit rows, executemany, one transaction.
            tables = {t.name: t for t in Base.metadata.sorted_tables}
            with _collector_off(), fresh.engine.begin() as conn:
                start = time.perf_counter()
                for name, values in written.items():
                    table = tables[name]
                    columns = [c.name for c in table.columns]
                    marks = ", ".join("?" if folders.server is None else "%s" for _ in columns)
                    sql = f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({marks})"
                    raw = conn.connection.driver_connection
                    cursor = raw.cursor()  # type: ignore[union-attr]
                    cursor.executemany(sql, [_plain(v) for v in values])
                    cursor.close()
            floors.append((time.perf_counter() - start) * 1000)  # the commit included
            fresh.close()
        return (statistics.median(imports), statistics.median(floors), rows,
                statistics.median(backup_times))  # fmt: skip
    finally:
        with admin_engine.connect() as conn:
            for database in made:
                conn.execute(text(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"))
        admin_engine.dispose()


@contextmanager
def _collector_off() -> Iterator[None]:
    """As in the application, where the cyclic collector runs on the GUI thread between events
    (gui/common/garbage.py), never in the middle of an import on the worker thread."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _no_backup(*_args: object, **_kwargs: object) -> SimpleNamespace:
    return SimpleNamespace(name="(timed apart)")


def _plain(values: tuple[object, ...]) -> tuple[object, ...]:
    """Row values as the driver takes them (dates, times and decimals as the text SQLite keeps)."""
    import datetime as dt
    from decimal import Decimal

    def one(value: object) -> object:
        if isinstance(value, Decimal):
            return str(value)
        if isinstance(value, dt.datetime | dt.date):
            return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else str(value)
        return value

    return tuple(one(v) for v in values)


if __name__ == "__main__":
    sys.exit(main())
