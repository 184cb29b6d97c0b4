"""Excel import benchmark: a province's results workbook (the Cần Thơ demonstration seen from the
city in 2026: 100 communes × 20 indicators, every cell filled) imported with `sheet import`,
against its floor: openpyxl's read-only load of the same file plus the same result rows and
their audit rows written with executemany into the same schema, in one transaction.

Run on demand: `.venv/bin/python tests/bench/bench_sheets.py`. Prints the median of 5 runs of
each (ms) and the ratio import / floor; the import's safety backup (a copy of the database
file) is timed apart, as in bench_server.py.
"""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

RUNS = 5
UNITS, INDICATORS = 100, 20


def timed(prepare: Callable[[], object], work: Callable[[object], object]) -> float:
    times = []
    for _ in range(RUNS + 1):
        state = prepare()
        start = time.perf_counter()
        work(state)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[1:])


def main() -> int:
    from openpyxl import load_workbook
    from sqlalchemy import text

    from thidua_desktop.exchange.sheets.operations import import_workbook, write_template
    from thidua_desktop.paths import DataDir
    from thidua_desktop.services.campaigns.definitions import save_campaign, save_indicator
    from thidua_desktop.services.campaigns.rows import CampaignInput, IndicatorInput
    from thidua_desktop.services.core.setup import initialise
    from thidua_desktop.store.schema import open_database

    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        base = DataDir(root / "base")
        initialise(base, demo=True, office="92")
        db = open_database(base)
        year = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        save_campaign(db, CampaignInput("BENCH", "Thi đua đo tốc độ", "thuong_xuyen", *year, "92"))
        for n in range(INDICATORS):
            entry = IndicatorInput(f"CT{n:02d}", f"Chỉ tiêu số {n}", "%", 2, "at_least")
            save_indicator(db, "BENCH", entry)
        book = write_template(db, kind="results", year=2026, campaign="BENCH",
                              out=root / "tinh.xlsx")  # fmt: skip
        db.close()
        wb = load_workbook(book)
        ws = wb["Số liệu"]
        for r in range(7, 7 + UNITS):  # row 6 is the city itself
            for c in range(4, 4 + INDICATORS):
                ws.cell(r, c).value = round(50 + (r * 7 + c * 3) % 50 + 0.25, 2)
        wb.save(book)

        def fresh() -> tuple[DataDir, object]:
            folder = DataDir(root / f"run-{uuid.uuid4().hex[:8]}")
            shutil.copytree(base.root, folder.root)
            return folder, open_database(folder)

        def run_import(state: object) -> None:
            folder, handle = state  # type: ignore[misc]
            report = import_workbook(folder, handle, book)
            assert report.applied and len(report.changes) == UNITS * INDICATORS, report.problems
            handle.close()

        def run_floor(state: object) -> None:
            _folder, handle = state  # type: ignore[misc]
            loaded = load_workbook(book, read_only=True, data_only=True)
            values = [row for row in loaded["Số liệu"].iter_rows(min_row=7, values_only=True)]
            loaded.close()
            with handle.engine.begin() as conn:
                ids = conn.execute(text("SELECT id FROM indicator ORDER BY id DESC LIMIT 20")).all()
                units = conn.execute(text("SELECT id FROM admin_unit LIMIT 100")).all()
                now = dt.datetime.now(dt.UTC).isoformat()
                rows, audits = [], []
                for (unit_id,), row in zip(units, values, strict=False):
                    for (indicator_id,), value in zip(ids, row[3:], strict=False):
                        rows.append((str(uuid.uuid4()), indicator_id, unit_id, 2026,
                                     str(Decimal(str(value))), "manual", "bench", now))  # fmt: skip
                        audits.append((now, "bench", "create", "result", f"k{len(audits)}",
                                       unit_id, None, '{"value": 1}'))  # fmt: skip
                conn.exec_driver_sql(
                    "INSERT INTO result (uid, indicator_id, unit_id, year, value, source, "
                    "entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
                conn.exec_driver_sql(
                    "INSERT INTO audit_entry (at, operator, action, entity, entity_key, unit_id, "
                    "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    audits,
                )
            handle.close()

        def run_backup(state: object) -> None:
            from thidua_desktop.services.safety.backups import backup_before_import

            folder, handle = state  # type: ignore[misc]
            handle.close()
            backup_before_import(folder, "tinh.xlsx")

        floor = timed(fresh, run_floor)
        imported = timed(fresh, run_import)
        copy = timed(fresh, run_backup)
        print(f"{UNITS} communes × {INDICATORS} indicators ({UNITS * INDICATORS} cells)")
        print(f"floor (openpyxl read-only load + executemany) {floor:8.1f} ms")
        print(f"sheet import (preview + apply, incl. backup)  {imported:8.1f} ms")
        print(f"  of which the safety backup (file copy)      {copy:8.1f} ms")
        print(f"ratio import / floor                          {imported / floor:8.2f}×")
        print(f"ratio import without backup / floor           {(imported - copy) / floor:8.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
