"""Results-grid benchmark: 100 units × 20 indicators, opened and scrolled, against a bare table.

Run on demand:  QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_grid.py
Prints one line per operation: name, ours (ms, median), floor (ms, median), ratio.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
import uuid
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

UNITS = 100
INDICATORS = 20
RUNS = 9


def build(data_dir: Path) -> None:
    from sqlalchemy import insert, select

    from thidua_desktop.domain.text import fold, sort_key
    from thidua_desktop.paths import DataDir
    from thidua_desktop.services.campaigns.definitions import save_campaign, save_indicator
    from thidua_desktop.services.campaigns.rows import CampaignInput, IndicatorInput
    from thidua_desktop.services.core.profile import set_profile
    from thidua_desktop.services.core.setup import prepare
    from thidua_desktop.store.models.core import AdminUnit, Indicator, Result, Target
    from thidua_desktop.store.schema import open_database

    db = open_database(DataDir(data_dir))
    prepare(db)
    set_profile(db, office_code="92", operator="bench")
    with db.transaction() as session:
        parent = session.scalars(select(AdminUnit).where(AdminUnit.code == "916")).one()
        session.execute(
            insert(AdminUnit),
            [
                {
                    "code": f"B{i:05d}",
                    "name": f"Thử nghiệm {i}",
                    "kind": "xa",
                    "level": 3,
                    "parent_id": parent.id,
                    "search_key": fold(f"xa thu nghiem {i}"),
                    "sort_key": sort_key(f"Thử nghiệm {i}"),
                    "source": "bench",
                }
                for i in range(UNITS - 12)  # Ninh Kiều has 11 phường; + the district row
            ],
        )
    save_campaign(db, CampaignInput("BENCH", "Đo tốc độ", "thuong_xuyen", dt.date(2023, 1, 1),
                                    dt.date(2023, 12, 31), "92"))  # fmt: skip
    for j in range(INDICATORS):
        save_indicator(db, "BENCH", IndicatorInput(f"I{j:02d}", f"Chỉ tiêu số {j}", "%", 2,
                                                   "at_least", min_value=Decimal(0)))  # fmt: skip
    with db.transaction() as session:
        units = session.scalars(select(AdminUnit.id).where(AdminUnit.parent_id == parent.id)).all()
        indicators = session.scalars(select(Indicator.id)).all()
        now = dt.datetime.now(dt.UTC)
        cells = [(u, i) for u in units for i in indicators]
        session.execute(insert(Target), [
            {"uid": str(uuid.uuid4()), "indicator_id": i, "unit_id": u, "year": 2023,
             "low": Decimal(50)} for u, i in cells
        ])  # fmt: skip
        session.execute(insert(Result), [
            {"uid": str(uuid.uuid4()), "indicator_id": i, "unit_id": u, "year": 2023,
             "value": Decimal((u * 7 + i * 13) % 100), "source": "manual", "entered_by": "b",
             "entered_at": now} for u, i in cells
        ])  # fmt: skip
    db.close()


def median_ms(fn: object, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from thidua_desktop.gui.results.model import ResultGridModel
    from thidua_desktop.gui.results.view import ResultGridView
    from thidua_desktop.paths import DataDir
    from thidua_desktop.services.campaigns.results import result_grid
    from thidua_desktop.store.schema import open_database

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        build(Path(tmp))
        db = open_database(DataDir(Path(tmp)))
        grid = result_grid(db, campaign_code="BENCH", year=2023, parent_code="916")
        assert len(grid.units) == UNITS and len(grid.indicators) == INDICATORS
        load = median_ms(lambda: result_grid(db, campaign_code="BENCH", year=2023,
                                             parent_code="916"))  # fmt: skip

        view = ResultGridView()
        model = ResultGridModel(view)
        view.setModel(model)
        view.resize(1200, 700)
        view.show()

        def open_grid() -> None:
            model.set_grid(grid)
            view.fit_columns()  # as the results page does
            app.processEvents()

        def scroll() -> None:
            for fraction in (0.25, 0.5, 0.75, 1.0, 0.0):
                view.verticalScrollBar().setValue(
                    int(view.verticalScrollBar().maximum() * fraction)
                )
                view.horizontalScrollBar().setValue(
                    int(view.horizontalScrollBar().maximum() * fraction)
                )
                view.viewport().repaint()

        ours_open = median_ms(open_grid)
        ours_scroll = median_ms(scroll)

        texts = [[f"{(r * 7 + c * 13) % 100},00" for c in range(INDICATORS)] for r in range(UNITS)]

        class Bare(QAbstractTableModel):
            def rowCount(self, parent: object = QModelIndex()) -> int:
                return UNITS

            def columnCount(self, parent: object = QModelIndex()) -> int:
                return INDICATORS

            def data(self, index: QModelIndex, role: int = 0) -> object:
                return (
                    texts[index.row()][index.column()]
                    if role == Qt.ItemDataRole.DisplayRole
                    else None
                )

        bare_view = QTableView()
        bare_view.resize(1200, 700)
        bare_view.show()

        def open_bare() -> None:
            bare_view.setModel(Bare())
            app.processEvents()

        def scroll_bare() -> None:
            for fraction in (0.25, 0.5, 0.75, 1.0, 0.0):
                bar = bare_view.verticalScrollBar()
                bar.setValue(int(bar.maximum() * fraction))
                bare_view.horizontalScrollBar().setValue(
                    int(bare_view.horizontalScrollBar().maximum() * fraction)
                )
                bare_view.viewport().repaint()

        floor_open = median_ms(open_bare)
        floor_scroll = median_ms(scroll_bare)
        db.close()
        # Tear the widgets down while Qt is alive (PySide can crash if the garbage collector
        # meets them during interpreter shutdown).
        view.deleteLater()
        bare_view.deleteLater()
        app.processEvents()

    print(
        f"{'operation (100 units x 20 indicators)':<44} {'ours ms':>9} {'floor ms':>9} {'ratio':>6}"
    )
    print(f"{'load the grid (service, one read)':<44} {load:9.1f} {'-':>9} {'-':>6}")
    for name, ours, floor in (
        ("open the grid (model + view + paint)", ours_open, floor_open),
        ("scroll 5 positions, repainting", ours_scroll, floor_scroll),
    ):
        print(f"{name:<44} {ours:9.1f} {floor:9.1f} {ours / floor:6.2f}")
    print("(floor: a bare QTableView over a QAbstractTableModel of the same strings)")


if __name__ == "__main__":
    main()
    # PySide may crash while the interpreter tears down Qt objects after a script like this one;
    # the figures are printed, so leave without that teardown.
    sys.stdout.flush()
    os._exit(0)
