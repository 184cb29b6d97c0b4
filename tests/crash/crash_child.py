"""Child process for the crash tests: one kind of write, through the real services, until killed.

Usage: python crash_child.py SCENARIO DATA_DIR. It prints "ready" just before its first write,
then one line per committed transaction ("committed" / "saved N"), so the parent knows what was
acknowledged before it sent SIGKILL.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from thidua_desktop.paths import DataDir, resource
from thidua_desktop.store.engine import Database
from thidua_desktop.store.schema import open_database

NATIONAL_UNITS = ("data", "vn_units_2025-03.json")
GRID_SPEC = "crash-grid.json"  # written by the parent: campaign, year, cells


def grid_value(batch: int) -> str:
    """The value every cell gets in save number `batch` (0: the starting state)."""
    return "5" if batch == 0 else str(10 + batch % 50)


def large_import(db: Database, _data_dir: DataDir) -> None:
    from thidua_desktop.services.core.units import load_reference_units
    from thidua_desktop.store.seed.units import read_unit_dataset

    dataset = read_unit_dataset(resource(*NATIONAL_UNITS))
    started = time.perf_counter()
    print("ready", flush=True)
    with db.transaction() as session:
        load_reference_units(session, dataset)
    print(f"committed {time.perf_counter() - started:.3f}", flush=True)
    time.sleep(60)  # the parent kills us or gives up


def grid_save(db: Database, data_dir: DataDir) -> None:
    from thidua_desktop.services.campaigns.results import save_results
    from thidua_desktop.services.campaigns.rows import ResultEdit

    spec = json.loads((data_dir.root / GRID_SPEC).read_text(encoding="utf-8"))
    print("ready", flush=True)
    batch = 0
    while batch < 10_000:
        batch += 1
        edits = [
            ResultEdit(unit, indicator, grid_value(batch)) for unit, indicator in spec["cells"]
        ]
        report = save_results(db, campaign_code=spec["campaign"], year=spec["year"], edits=edits)
        if report.problems or report.saved != len(edits):
            print(f"unexpected {report}", flush=True)
            sys.exit(3)
        print(f"saved {batch}", flush=True)


SCENARIOS = {"large_import": large_import, "grid_save": grid_save}


def main() -> None:
    scenario, root = sys.argv[1], Path(sys.argv[2])
    data_dir = DataDir(root)
    db = open_database(data_dir)
    SCENARIOS[scenario](db, data_dir)


if __name__ == "__main__":
    main()
