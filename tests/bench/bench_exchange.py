"""Data-package benchmark: a whole city-year going up (Cần Thơ 2023, demo plus a full grid).

Run on demand:  .venv/bin/python tests/bench/bench_exchange.py
Every manual indicator of the demo campaigns gets a result for every unit of the city (on top of
the demo's "3 không" and nông thôn mới records). Times: the city exporting its whole scope; each
of the 9 districts exporting its own; the city verifying (dry run) and importing all nine
(the import includes the safety backup it makes first).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
import uuid
from decimal import Decimal
from pathlib import Path

DISTRICTS = ("916", "917", "918", "919", "923", "924", "925", "926", "927")


def fill(db: object) -> int:
    from sqlalchemy import insert, select

    from thidua_desktop.store.base import utc_now
    from thidua_desktop.store.models.core import AdminUnit, Indicator, Result

    now = utc_now()
    with db.transaction() as session:  # type: ignore[attr-defined]
        units = list(session.scalars(select(AdminUnit.id)))
        indicators = list(session.scalars(select(Indicator.id).where(Indicator.source == "manual")))
        taken = {(i, u) for i, u in session.execute(select(Result.indicator_id, Result.unit_id))}
        rows = [
            {
                "uid": str(uuid.uuid4()),
                "indicator_id": i,
                "unit_id": u,
                "year": 2023,
                "value": Decimal("12.5"),
                "source": "manual",
                "entered_by": "bench",
                "entered_at": now,
            }
            for i in indicators
            for u in units
            if (i, u) not in taken
        ]
        session.execute(insert(Result), rows)
    return len(rows)


def main() -> None:
    from thidua_desktop.exchange.operations import export_package, import_package, preview_import
    from thidua_desktop.paths import DataDir
    from thidua_desktop.services.core.profile import set_profile
    from thidua_desktop.services.core.setup import prepare
    from thidua_desktop.store.schema import open_database

    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        template = root / "template"
        db = open_database(DataDir(template))
        prepare(db, demo=True)
        added = fill(db)
        db.close()

        def office(name: str, code: str) -> tuple[DataDir, object]:
            shutil.copytree(template, root / name)
            with sqlite3.connect(root / name / "thidua.sqlite3") as connection:
                connection.execute("UPDATE profile SET installation_id = ?", (str(uuid.uuid4()),))
            data_dir = DataDir(root / name)
            handle = open_database(data_dir)
            set_profile(handle, office_code=code)
            return data_dir, handle

        city_dir, city = office("city", "92")
        start = time.perf_counter()
        whole = export_package(city, city_dir, year=2023, out=root / "city.tdkt")  # type: ignore[arg-type]
        city_export = time.perf_counter() - start
        print(
            f"results added: {added}; city-year package: {sum(whole.table_rows.values())} rows, "
            f"{whole.size_bytes / 1024:.0f} KB; export {city_export:.2f} s"
        )
        packages, export_total = [], 0.0
        for code in DISTRICTS:
            data_dir, handle = office(code, code)
            start = time.perf_counter()
            report = export_package(handle, data_dir, year=2023, out=root / f"{code}.tdkt")  # type: ignore[arg-type]
            export_total += time.perf_counter() - start
            packages.append((code, report))
            handle.close()  # type: ignore[attr-defined]
        preview_total = import_total = 0.0
        rows = 0
        for code, report in packages:
            start = time.perf_counter()
            preview_import(city, report.path)  # type: ignore[arg-type]
            preview_total += time.perf_counter() - start
            start = time.perf_counter()
            import_package(city, city_dir, report.path, replace_local=True)  # type: ignore[arg-type]
            import_total += time.perf_counter() - start
            rows += sum(report.table_rows.values())
            print(f"  {code}: {sum(report.table_rows.values())} rows")
        print(f"9 district exports: {export_total:.2f} s")
        print(f"city dry runs of the 9 packages ({rows} rows): {preview_total:.2f} s")
        print(f"city imports of the 9 packages (with backups): {import_total:.2f} s")
        city.close()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
