"""Nông thôn mới benchmark: the overview and the campaign count over the country's 7.706 xã.

Run on demand:  .venv/bin/python tests/bench/bench_rural.py
Loads the national unit list (01/03/2025), records every xã NTM with its 2023 criteria of the
NTM and nâng cao sets (~300.000 rows, bulk), then times the views per province (the largest
scopes an office would open) and the counts behind the campaign indicators.
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
import uuid
from pathlib import Path

RUNS = 5


def build(data_dir: Path) -> object:
    from sqlalchemy import insert, select

    from thidua_desktop.paths import DataDir, resource
    from thidua_desktop.services.core.setup import prepare
    from thidua_desktop.services.core.units import load_reference_units
    from thidua_desktop.services.rural.data import sets_for
    from thidua_desktop.store.base import utc_now
    from thidua_desktop.store.models.core import AdminUnit
    from thidua_desktop.store.models.rural import RuralCriterionStatus, RuralRecognition
    from thidua_desktop.store.schema import open_database
    from thidua_desktop.store.seed.units import read_unit_dataset

    db = open_database(DataDir(data_dir))
    prepare(db)
    national = read_unit_dataset(resource("data", "vn_units_2025-03.json"))
    now = utc_now()
    with db.transaction() as session:
        load_reference_units(session, national)
        xa = list(
            session.scalars(
                select(AdminUnit.id).where(
                    AdminUnit.kind == "xa", AdminUnit.source == national.name
                )
            )
        )
        common = {"source": "demo", "entered_by": "bench", "entered_at": now}
        session.execute(
            insert(RuralRecognition),
            [
                {
                    "uid": str(uuid.uuid4()),
                    "unit_id": unit_id,
                    "level": "ntm",
                    "year": 2019,
                    "decision_number": f"{i}/QĐ-UBND",
                    "decision_date": dt.date(2019, 12, 1),
                    **common,
                }
                for i, unit_id in enumerate(xa)
            ],
        )
        sets = sets_for(session, 2023)
        rows = [
            {
                "uid": str(uuid.uuid4()),
                "unit_id": unit_id,
                "year": 2023,
                "criterion_id": criterion_id,
                "met": (i + n) % 7 != 0,
                **common,
            }
            for i, unit_id in enumerate(xa)
            for set_def in sets.values()
            for n, criterion_id in enumerate(set_def.ids.values())
        ]
        session.execute(insert(RuralCriterionStatus), rows)
    print(f"{len(xa)} xã, {len(rows)} criteria rows")
    return db


def median_ms(action: object) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    from sqlalchemy import select

    from thidua_desktop.services.rural.status import new_nang_cao, rural_overview
    from thidua_desktop.store.models.core import AdminUnit

    with tempfile.TemporaryDirectory() as scratch:
        db = build(Path(scratch))
        for code, name in (("38", "Thanh Hóa"), ("01", "Hà Nội"), ("92", "Cần Thơ")):
            size = len(rural_overview(db, year=2023, unit_code=code).communes)  # type: ignore[arg-type]
            ms = median_ms(lambda c=code: rural_overview(db, year=2023, unit_code=c))  # type: ignore[arg-type]
            print(f"overview {name:<10} {size:>5} xã  {ms:8.1f} ms")
        with db.reading() as session:  # type: ignore[attr-defined]
            unit_id = session.scalar(select(AdminUnit.id).where(AdminUnit.code == "38"))

            def count() -> None:
                new_nang_cao(session, unit_id, 2023)

            print(f"indicator count Thanh Hóa      {median_ms(count):8.1f} ms")
        db.close()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
