"""Scale benchmark: the national data set, operation by operation, against this machine's floor.

Run on demand (not collected by pytest):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_scale.py [--data DIR] [--runs N]

`--data DIR` reuses a data directory made by `thidua-desktop --data-dir DIR init --demo --scale
national` (else one is generated in a temporary folder first, about 1.5 minutes). A province
database (Hà Nội) for the package lines is generated in a temporary folder each time.

Prints one line per operation: name, ours, the floor measured in the same run, ratio, the target
and whether it is met. Floors: a bare PySide6 window; a plain Python scan of the folded keys; raw
sqlite3 reading the same rows; a bare table model; ReportLab drawing the same tables as plain
Tables in a SimpleDocTemplate; raw sqlite3 executemany of the package's rows; LibreOffice headless
converting the same table as XLSX to PDF when `soffice` is installed.

There is no "country" dashboard to time: the unit tree's roots are the 63 provinces and offices are
tỉnh, huyện or xã, so no office's scope is the country. The nearest line runs the dashboard's three
aggregates for every province in turn.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import BARE_WINDOW

YEAR = 2024  # the last full year on the districts' structure (their list ends on 30/06/2025)
TODAY_YEAR = 2026  # today's structure: 34 provinces, 3 321 communes, no districts
LARGEST = "38"  # Thanh Hóa, the province with the most communes today (166)
OFFICE = "01"  # the national data set's office: Hà Nội
DISTRICT = "380"  # Thành phố Thanh Hóa: the district with the most commune-level units (49)
CAMPAIGN = "QG-2125"
SEARCHES = ("thanh", "thanh quoi", "phuong 1", "xa dong hung", "31117", "ha noi")
PACKAGE_PROVINCE = "01"
YEAR_TABLES = ("result", "security_status", "rural_criterion_status", "rural_plan")


@dataclass
class Line:
    name: str
    ours_ms: float
    floor_ms: float | None
    target: str = ""
    ok: bool | None = None
    note: str = ""


LINES: list[Line] = []


def median_ms(fn: Callable[[], object], runs: int, *, warm: bool = True) -> float:
    if warm:
        fn()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def wall_ms(args: Sequence[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, env=env, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - started) * 1000


def add(
    name: str,
    ours: float,
    floor: float | None,
    *,
    ratio_max: float | None = None,
    ms_max: float | None = None,
    note: str = "",
) -> None:
    target, ok = "", None
    if ratio_max is not None and floor:
        target, ok = f"<={ratio_max:.2g}x", ours / floor <= ratio_max
    if ms_max is not None:
        target, ok = f"<={ms_max:g} ms", ours <= ms_max
    line = Line(name, ours, floor, target, ok, note)
    LINES.append(line)
    print(_format(line), flush=True)


def _format(line: Line) -> str:
    floor = f"{line.floor_ms:9.1f}" if line.floor_ms is not None else f"{'-':>9}"
    ratio = f"{line.ours_ms / line.floor_ms:7.2f}" if line.floor_ms else f"{'-':>7}"
    ok = {None: "", True: "ok", False: "OVER"}[line.ok]
    text = f"{line.name:<50} {line.ours_ms:9.1f} {floor} {ratio} {line.target:>10} {ok:>4}"
    return f"{text}  {line.note}" if line.note else text


def header() -> None:
    print(
        f"{'operation':<50} {'ours ms':>9} {'floor ms':>9} {'ratio':>7} {'target':>10} {'ok?':>4}"
    )


# -- data --------------------------------------------------------------------------------------


def cli(data: Path, *args: str) -> None:
    script = Path(sys.executable).with_name("thidua-desktop")
    subprocess.run([str(script), "--data-dir", str(data), *args], check=True)


def national_data(given: str | None, scratch: Path) -> Path:
    if given:
        return Path(given)
    data = scratch / "national"
    cli(data, "init", "--demo", "--scale", "national")
    return data


# -- start-up ----------------------------------------------------------------------------------


def bench_startup(data: Path, runs: int) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    script = Path(sys.executable).with_name("thidua-desktop")
    app = [str(script), "--data-dir", str(data)]
    # The first start of a day backs the database up; the warm-up runs take that.
    wall_ms([*app, "--startup-probe", "ready"], env)

    def median_of(args: list[str]) -> float:
        wall_ms(args, env)
        return statistics.median(wall_ms(args, env) for _ in range(runs))

    floor = median_of([sys.executable, "-c", BARE_WINDOW])
    shown = median_of([*app, "--startup-probe", "shown"])
    ready = median_of([*app, "--startup-probe", "ready"])
    add("start-up to shown main window (national db)", shown, floor, ratio_max=1.5)
    add("start-up to first page with its data (national)", ready, floor, note="no target")


# -- search ------------------------------------------------------------------------------------


def bench_search(db: Any, runs: int, year: int = YEAR, label: str = "") -> None:
    """Typing in the units page's search on the units of 31/12/`year` (today for this year)."""
    import datetime as dt

    from PySide6.QtCore import QDate, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from thidua_desktop.domain.text import fold
    from thidua_desktop.gui.units.page import UnitsPage
    from thidua_desktop.services.core.units import list_units

    # The offscreen platform warns at every top-level show ("does not support
    # propagateSizeHints()"): noise in the benchmark's table.
    qInstallMessageHandler(
        lambda _kind, _context, message: (
            None if "propagateSizeHints" in message else print(message, file=sys.stderr)
        )
    )
    app = QApplication.instance()
    day = min(dt.date(year, 12, 31), dt.date.today())
    everything = list_units(db)
    rows = [row for row in everything if row.is_valid_on(day)]
    page = UnitsPage()
    page.resize(1000, 700)
    page.show()
    page.day.setDate(QDate(day.year, day.month, day.day))
    page.set_units(everything, office_unit_id=None)
    app.processEvents()
    keystrokes = [text[:n] for text in SEARCHES for n in range(1, len(text) + 1)]

    def typing() -> None:
        for typed in keystrokes:
            page.search.setText(typed)
            page.apply_search()
            app.processEvents()
        page.search.setText("")
        page.apply_search()
        app.processEvents()

    keys = [row.search_key for row in rows]

    def scan() -> None:
        for typed in keystrokes:
            words = fold(typed).split()
            [k for k in keys if all(w in k for w in words)]

    count = len(keystrokes) + 1
    ours = median_ms(typing, max(3, runs // 2)) / count
    floor = median_ms(scan, runs) / count
    add(
        f"{label}search as you type, per keystroke ({len(rows)} units)",
        ours,
        floor,
        ms_max=20,
        note=f"units page on {day:%d/%m/%Y}: filter + tree",
    )
    service = median_ms(lambda: list_units(db, search="thanh quoi", day=day), runs)
    add(f"{label}search, command line (list_units, reads the db)", service, floor, note="no target")
    page.deleteLater()
    app.processEvents()


# -- dashboard ---------------------------------------------------------------------------------


def _raw_dashboard_floor(
    path: Path, unit_ids: Sequence[int], year: int = YEAR
) -> Callable[[], object]:
    """What the figures need, read and counted by hand: each commune's "3 không"/ANTT record and
    components, each xã's recognitions, the unit's targets and results."""
    connection = sqlite3.connect(path)
    marks = ",".join("?" * len(unit_ids))

    def run() -> object:
        cursor = connection.cursor()
        statuses = cursor.execute(
            f"SELECT s.unit_id, s.antt_result, c.status FROM security_status s "
            f"JOIN security_component_status c ON c.status_id = s.id "
            f"WHERE s.year IN (?, ?) AND s.unit_id IN ({marks})",
            (year, year - 1, *unit_ids),
        ).fetchall()
        recognitions = cursor.execute(
            f"SELECT unit_id, level, year, revoked_on FROM rural_recognition "
            f"WHERE unit_id IN ({marks})",
            unit_ids,
        ).fetchall()
        return len(statuses), len(recognitions)

    return run


def bench_dashboard(db: Any, path: Path, runs: int) -> None:
    from sqlalchemy import select

    from thidua_desktop.services.campaigns.results import evaluation_table
    from thidua_desktop.services.core.scope import subtree_ids, unit_by_code
    from thidua_desktop.services.dashboard.figures import dashboard
    from thidua_desktop.services.rural.status import rural_overview
    from thidua_desktop.services.security.status import security_overview
    from thidua_desktop.store.models.core import AdminUnit

    with db.reading() as session:
        province = subtree_ids(session, unit_by_code(session, OFFICE).id)
        everything = list(session.scalars(select(AdminUnit.id)))
        roots = list(session.scalars(select(AdminUnit.code).where(AdminUnit.parent_id.is_(None))))
    ours = median_ms(lambda: dashboard(db, YEAR), runs)
    floor = median_ms(_raw_dashboard_floor(path, sorted(province)), runs)
    add(f"dashboard, province office ({len(province)} units)", ours, floor, ms_max=200)

    # No unit stands above the provinces (the tree's roots; offices are tỉnh, huyện, xã), so no
    # office has the country as its scope. What comes nearest: the dashboard's three aggregates
    # (evaluation, "3 không"/ANTT, nông thôn mới) for every province in turn.
    def country() -> None:
        for code in roots:
            evaluation_table(db, year=YEAR, unit_code=code)
            security_overview(db, year=YEAR, unit_code=code)
            rural_overview(db, year=YEAR, unit_code=code)

    ours = median_ms(country, max(3, runs // 3))
    floor = median_ms(_raw_dashboard_floor(path, everything), runs)
    add(
        f"dashboard aggregates, all {len(roots)} provinces in turn",
        ours,
        floor,
        note="no country scope exists: see the docstring",
    )


# -- results grid ------------------------------------------------------------------------------


def _grid_opening(
    db: Any, year: int, parent: str
) -> tuple[Any, Callable[[], None], list[tuple[int, int]]]:
    """A results grid view and what opening it on `parent`'s units of `year` does (read the
    grid, set the model, fit the columns, paint); each run records the grid's size."""
    from PySide6.QtWidgets import QApplication

    from thidua_desktop.gui.results.model import ResultGridModel
    from thidua_desktop.gui.results.view import ResultGridView
    from thidua_desktop.services.campaigns.results import result_grid

    app = QApplication.instance()
    view = ResultGridView()
    model = ResultGridModel(view)
    view.setModel(model)
    view.resize(1200, 700)
    view.show()
    sizes: list[tuple[int, int]] = []

    def opening() -> None:
        grid = result_grid(db, campaign_code=CAMPAIGN, year=year, parent_code=parent)
        sizes.append((len(grid.units), len(grid.indicators)))
        model.set_grid(grid)
        view.fit_columns()
        app.processEvents()

    return view, opening, sizes


def bench_grid(db: Any, path: Path, runs: int) -> None:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication.instance()
    view, ours, sizes = _grid_opening(db, YEAR, DISTRICT)
    connection = sqlite3.connect(path)
    bare = QTableView()
    bare.resize(1200, 700)
    bare.show()

    class Bare(QAbstractTableModel):
        def __init__(self, cells: dict[tuple[int, int], str], rows: list[int], cols: list[int]):
            super().__init__()
            self.cells, self.rows, self.cols = cells, rows, cols

        def rowCount(self, parent: object = QModelIndex()) -> int:
            return len(self.rows)

        def columnCount(self, parent: object = QModelIndex()) -> int:
            return len(self.cols)

        def data(self, index: QModelIndex, role: int = 0) -> object:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            return self.cells.get((self.rows[index.row()], self.cols[index.column()]), "")

    def floor() -> None:
        cursor = connection.cursor()
        parent = cursor.execute("SELECT id FROM admin_unit WHERE code = ?", (DISTRICT,)).fetchone()[
            0
        ]
        units = [parent] + [
            r[0]
            for r in cursor.execute(
                "SELECT id FROM admin_unit WHERE parent_id = ? ORDER BY sort_key", (parent,)
            )
        ]
        marks = ",".join("?" * len(units))
        cols = [r[0] for r in cursor.execute("SELECT id FROM indicator ORDER BY position")]
        cells = {
            (u, i): v
            for u, i, v in cursor.execute(
                f"SELECT unit_id, indicator_id, value FROM result "
                f"WHERE year = ? AND unit_id IN ({marks})",
                (YEAR, *units),
            )
        }
        cursor.execute(
            f"SELECT unit_id, indicator_id, low, high FROM target "
            f"WHERE year = ? AND unit_id IN ({marks})",
            (YEAR, *units),
        ).fetchall()
        bare.setModel(Bare(cells, units, cols))
        app.processEvents()

    mine = median_ms(ours, runs)
    base = median_ms(floor, runs)
    units, indicators = sizes[-1]
    add(f"results grid opens, district ({units} units x {indicators})", mine, base, ms_max=100)
    view.deleteLater()
    bare.deleteLater()
    app.processEvents()


# -- reports -----------------------------------------------------------------------------------


def _plain_pdf(spec: Any) -> bytes:
    """The same tables drawn by ReportLab alone: plain Tables (50-row chunks) of strings in a
    SimpleDocTemplate, same fonts and page; no header block, no repeated headers, no wrapping."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

    from thidua_desktop.reports.document import TableBlock
    from thidua_desktop.reports.render.fonts import register_fonts
    from thidua_desktop.reports.render.tables import cell_text

    fonts = register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=30 * mm,
        rightMargin=15 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        initialFontName=fonts.regular,
    )
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), fonts.regular, 10),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ]
    )
    story: list[Any] = []
    for block in spec.body:
        if not isinstance(block, TableBlock):
            continue
        total = sum(c.width for c in block.columns)
        widths = [doc.width * c.width / total for c in block.columns]
        rows = [[c.title for c in block.columns]] + [
            [cell_text(value, column) for value, column in zip(row, block.columns, strict=True)]
            for row in block.rows
        ]
        for start in range(0, len(rows), 50):
            story.append(Table(rows[start : start + 50], colWidths=widths, style=style))
        story.append(Spacer(1, 6))
    doc.build(story)
    return out.getvalue()


def _rows_of(spec: Any) -> int:
    from thidua_desktop.reports.document import TableBlock

    return sum(len(b.rows) for b in spec.body if isinstance(b, TableBlock))


def _national_table(db: Any) -> Any:
    """Indicator 01 for every commune-level unit of the country, in one framework table."""
    from sqlalchemy import select

    from thidua_desktop.domain.evaluation import Comparator, Target, evaluate
    from thidua_desktop.domain.units import UnitKind
    from thidua_desktop.reports.build import ReportRequest, report_context
    from thidua_desktop.reports.builders.common import document, status_cell
    from thidua_desktop.reports.document import Column, Para, TableBlock
    from thidua_desktop.store.models.core import AdminUnit, Indicator, Result
    from thidua_desktop.store.models.core import Target as TargetRecord

    context = report_context(db, ReportRequest("campaign", YEAR))
    with db.reading() as session:
        indicator_id, name, decimals = session.execute(
            select(Indicator.id, Indicator.name, Indicator.decimals).where(Indicator.code == "01")
        ).one()
        parents = dict(session.execute(select(AdminUnit.id, AdminUnit.name)).all())
        values = dict(
            session.execute(
                select(Result.unit_id, Result.value).where(
                    Result.indicator_id == indicator_id, Result.year == YEAR
                )
            ).all()
        )
        targets = dict(
            session.execute(
                select(TargetRecord.unit_id, TargetRecord.low).where(
                    TargetRecord.indicator_id == indicator_id, TargetRecord.year == YEAR
                )
            ).all()
        )
        units = session.execute(
            select(AdminUnit.id, AdminUnit.name, AdminUnit.kind, AdminUnit.parent_id)
            .where(AdminUnit.level == 3)
            .order_by(AdminUnit.code)
        ).all()
    rows = []
    for number, (unit_id, name, kind, parent_id) in enumerate(units, 1):
        target = Target(Comparator.AT_LEAST, targets[unit_id]) if unit_id in targets else None
        result = evaluate(values.get(unit_id), target, decimals)
        rows.append(
            [
                str(number),
                UnitKind(kind).full_name(name),
                parents.get(parent_id, ""),
                target.describe() if target else "",
                result.value,
                result.ratio_percent,
                status_cell(result.status),
            ]
        )
    table = TableBlock(
        columns=[
            Column("TT", 0.55, align="center"),
            Column("Đơn vị", 2.2),
            Column("Thuộc", 1.4),
            Column("Chỉ tiêu giao", 1.1, align="center"),
            Column("Kết quả", 1.0, "number", decimals=decimals),
            Column("Tỷ lệ", 0.9, "percent", decimals=2),
            Column("Đánh giá", 1.0, align="center"),
        ],
        rows=rows,
        caption=f"Biểu 1. {name} của các đơn vị cấp xã cả nước",
        font_size=10,
    )
    return document(context, subject="Kết quả một chỉ tiêu cả nước", body=[Para("."), table])


def _libreoffice(spec: Any, scratch: Path, runs: int) -> float | None:
    """soffice --convert-to pdf of the same tables as XLSX (warm profile), or None."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    from thidua_desktop.reports.render.xlsx import workbook_from_document, write_workbook

    xlsx = scratch / f"lo-{_rows_of(spec)}.xlsx"
    write_workbook(workbook_from_document(spec), xlsx)
    profile = (scratch / "lo-profile").as_uri()
    args = [
        soffice,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(scratch / "lo-out"),
        str(xlsx),
    ]
    return median_ms(lambda: subprocess.run(args, check=True, capture_output=True), runs)


def bench_reports(db: Any, scratch: Path, runs: int) -> None:
    from thidua_desktop.reports.build import ReportRequest, build_report, report_pdf
    from thidua_desktop.reports.render.pdf import pdf_bytes

    request = ReportRequest("campaign", YEAR, unit_code=OFFICE)
    report = build_report(db, request)
    rows = _rows_of(report.spec)
    whole = median_ms(lambda: report_pdf(build_report(db, request)), runs)
    render = median_ms(lambda: pdf_bytes(report.spec), runs)
    plain = median_ms(lambda: _plain_pdf(report.spec), runs)
    lo = _libreoffice(report.spec, scratch, 3)
    add(f"campaign report PDF, province ({rows} rows): data+PDF", whole, plain, ms_max=150)
    add("  the same, PDF only (spec already built)", render, plain)
    if lo is None:
        add("  vs LibreOffice XLSX->PDF", whole, None, note="n/a (soffice not installed)")
    else:
        add("  vs LibreOffice XLSX->PDF (>=5x faster)", whole, lo, ratio_max=0.2)

    national = _national_table(db)
    rows = _rows_of(national)
    render = median_ms(lambda: pdf_bytes(national), max(3, runs // 2))
    plain = median_ms(lambda: _plain_pdf(national), max(3, runs // 2))
    add(f"national table PDF ({rows} rows)", render, plain, ms_max=600)
    lo = _libreoffice(national, scratch, 3)
    if lo is None:
        add("  vs LibreOffice XLSX->PDF", render, None, note="n/a (soffice not installed)")
    else:
        add("  vs LibreOffice XLSX->PDF (>=3x faster)", render, lo, ratio_max=1 / 3)


# -- today's structure ---------------------------------------------------------------------------


def bench_today(db: Any, path: Path, runs: int) -> None:
    """The same operations on the units of today (2026): a province office with its communes
    directly below it, the largest one (Thanh Hóa); search over today's list."""
    import datetime as dt

    from PySide6.QtWidgets import QApplication

    from thidua_desktop.services.core.profile import get_profile, set_profile
    from thidua_desktop.services.core.scope import subtree_ids, unit_by_code
    from thidua_desktop.services.core.units import list_units

    app = QApplication.instance()
    bench_search(db, runs, TODAY_YEAR, "today: ")
    with db.reading() as session:
        province = subtree_ids(session, unit_by_code(session, LARGEST, year=TODAY_YEAR).id)
    today = {row.id for row in list_units(db, under=LARGEST, day=dt.date.today())}
    before = get_profile(db)
    set_profile(db, office_code=LARGEST)  # the province's own office, for the dashboard and report
    try:
        _today_as_the_province(db, path, runs, app, province & today)
    finally:
        if before is not None and before.office_code:
            set_profile(db, office_code=before.office_code)


def _today_as_the_province(db: Any, path: Path, runs: int, app: Any, province: set[int]) -> None:
    from thidua_desktop.reports.build import ReportRequest, build_report, report_pdf
    from thidua_desktop.services.dashboard.figures import dashboard

    ours = median_ms(lambda: dashboard(db, TODAY_YEAR), runs)
    base = median_ms(_raw_dashboard_floor(path, sorted(province), TODAY_YEAR), runs)
    add(f"today: dashboard, largest province ({len(province)} units)", ours, base, ms_max=200)

    view, grid, sizes = _grid_opening(db, TODAY_YEAR, LARGEST)
    mine = median_ms(grid, runs)
    units, indicators = sizes[-1]
    add(f"today: results grid, province ({units} units x {indicators})", mine, None, ms_max=150)
    view.deleteLater()
    app.processEvents()

    request = ReportRequest("campaign", TODAY_YEAR, unit_code=LARGEST)
    report = build_report(db, request)
    whole = median_ms(lambda: report_pdf(build_report(db, request)), runs)
    plain = median_ms(lambda: _plain_pdf(report.spec), runs)
    # Every commune of the province directly below it: a table five times a district-level
    # province's, so the target is against ReportLab drawing the same rows, not a fixed time.
    add(
        f"today: campaign report PDF, province ({_rows_of(report.spec)} rows)",
        whole,
        plain,
        ratio_max=1.5,
    )


# -- packages ----------------------------------------------------------------------------------


def _package_rows(path: Path) -> dict[str, list[dict[str, Any]]]:
    with zipfile.ZipFile(path) as archive:
        return {
            name.removeprefix("data/").removesuffix(".jsonl"): [
                json.loads(line) for line in archive.read(name).decode().splitlines() if line
            ]
            for name in archive.namelist()
            if name.startswith("data/")
        }


def _executemany_floor(tables: dict[str, list[dict[str, Any]]]) -> float:
    """Raw sqlite3: the same rows into empty tables of the same columns, one transaction."""
    with tempfile.TemporaryDirectory() as tmp:
        connection = sqlite3.connect(Path(tmp) / "floor.sqlite3")
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        statements = []
        for name, rows in tables.items():
            if not rows:
                continue
            columns = sorted({key for row in rows for key in row})
            quoted = ", ".join(f'"{c}"' for c in columns)
            connection.execute(f'CREATE TABLE "{name}" (rowid_ INTEGER PRIMARY KEY, {quoted})')
            # An index like the real tables' (districts' packages repeat the definitions, so
            # not a unique one).
            connection.execute(f'CREATE INDEX "ix_{name}" ON "{name}" ("{columns[0]}")')
            marks = ", ".join("?" * len(columns))
            values = [
                tuple(
                    json.dumps(v) if isinstance(v, (dict, list)) else v
                    for v in (row.get(c) for c in columns)
                )
                for row in rows
            ]
            statements.append((f'INSERT INTO "{name}" ({quoted}) VALUES ({marks})', values))
        started = time.perf_counter()
        with connection:
            for statement, values in statements:
                connection.executemany(statement, values)
        took = (time.perf_counter() - started) * 1000
        connection.close()
    return took


def bench_packages(scratch: Path, runs: int) -> None:
    from sqlalchemy import select

    import thidua_desktop.services.safety.backups as backups
    from thidua_desktop.exchange.operations import (
        export_package,
        import_package,
        import_packages,
    )
    from thidua_desktop.paths import DataDir
    from thidua_desktop.services.core.profile import set_profile
    from thidua_desktop.store.models.core import AdminUnit
    from thidua_desktop.store.schema import open_database

    template = scratch / "province"
    cli(template, "init", "--demo", "--scale", "province", "--provinces", PACKAGE_PROVINCE)

    # Export: the province office's own province-year.
    province_dir = DataDir(template)
    province = open_database(province_dir)
    outs = iter(range(10_000))
    export = median_ms(
        lambda: export_package(
            province, province_dir, year=YEAR, out=scratch / f"p{next(outs)}.tdkt"
        ),
        max(3, runs // 3),
    )
    whole = scratch / "province-year.tdkt"
    report = export_package(province, province_dir, year=YEAR, out=whole)
    rows = report.table_rows
    tables = _package_rows(whole)
    floor = statistics.median(_read_floor(template / "thidua.sqlite3", tables) for _ in range(3))
    add(f"export province-year package ({sum(rows.values())} rows)", export, floor,
        note="floor: sqlite3 read + JSON lines + zip")  # fmt: skip

    # Import: the same province-year arriving as its districts' packages.
    with province.reading() as session:
        root = session.scalars(select(AdminUnit).where(AdminUnit.code == PACKAGE_PROVINCE)).one()
        districts = list(
            session.scalars(select(AdminUnit.code).where(AdminUnit.parent_id == root.id))
        )
    province.close()
    senders_dir = scratch / "senders"
    shutil.copytree(template, senders_dir)
    with sqlite3.connect(senders_dir / "thidua.sqlite3") as connection:
        connection.execute("UPDATE profile SET installation_id = ?", (str(uuid.uuid4()),))
    senders = open_database(DataDir(senders_dir))
    packages = []
    for code in districts:
        set_profile(senders, office_code=code)
        out = scratch / f"d-{code}.tdkt"
        export_package(senders, DataDir(senders_dir), year=YEAR, out=out)
        packages.append(out)
    senders.close()
    waiting = scratch / "waiting"
    shutil.copytree(template, waiting)
    # The province has not got the year's records yet: they arrive from its districts.
    with sqlite3.connect(waiting / "thidua.sqlite3") as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        for table in YEAR_TABLES:
            connection.execute(f"DELETE FROM {table} WHERE year = ?", (YEAR,))
    incoming = {}
    for package in packages:
        for name, table_rows in _package_rows(package).items():
            incoming.setdefault(name, []).extend(table_rows)
    floor = statistics.median(_executemany_floor(incoming) for _ in range(3))

    # The packages as they arrive in the inbox, imported together (one transaction, one backup).
    batches = []
    for attempt in range(max(3, runs // 3)):
        receiver_dir = scratch / f"batch-{attempt}"
        shutil.copytree(waiting, receiver_dir)
        receiver = open_database(DataDir(receiver_dir))
        started = time.perf_counter()
        batch = import_packages(receiver, DataDir(receiver_dir), packages, replace_local=True)
        batches.append((time.perf_counter() - started) * 1000)
        receiver.close()
        assert len(batch.applied) == len(packages)
        shutil.rmtree(receiver_dir)
    imported = sum(sum(i.report.preview.package.table_rows.values()) for i in batch.applied)
    add(f"import province-year, one batch ({len(packages)} district packages, {imported} rows)",
        statistics.median(batches), floor, ratio_max=3)  # fmt: skip
    schema_floor = statistics.median(
        _schema_floor(template / "thidua.sqlite3", waiting, scratch) for _ in range(3)
    )
    add("  the same vs executemany into this schema", statistics.median(batches), schema_floor,
        note="floor: the same rows into the real tables (their indexes, foreign keys)")  # fmt: skip

    # One package at a time (30 imports, 30 safety backups).
    receiver_dir = scratch / "receiver"
    shutil.copytree(waiting, receiver_dir)
    receiver = open_database(DataDir(receiver_dir))
    backup_ms = 0.0
    original = backups.backup_before_import

    def timed_backup(*args: Any, **kwargs: Any) -> Any:
        nonlocal backup_ms
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            backup_ms += (time.perf_counter() - started) * 1000

    backups.backup_before_import = timed_backup  # type: ignore[assignment]
    started = time.perf_counter()
    imported = 0
    for package in packages:
        result = import_package(receiver, DataDir(receiver_dir), package, replace_local=True)
        imported += sum(result.preview.package.table_rows.values())
    total = (time.perf_counter() - started) * 1000
    backups.backup_before_import = original  # type: ignore[assignment]
    receiver.close()
    add(f"import province-year, one package at a time ({len(packages)} imports)", total,
        floor, ratio_max=3)  # fmt: skip
    add("  the same without the safety backups", total - backup_ms, floor, ratio_max=3,
        note=f"backups took {backup_ms:.0f} ms")  # fmt: skip


def _schema_floor(source: Path, waiting: Path, scratch: Path) -> float:
    """Raw sqlite3: the year's rows as the import leaves them (read from the province database
    they were exported from) inserted into a copy of the waiting database, one transaction,
    with the app's pragmas. What storing them costs with this schema's indexes and keys."""
    target = scratch / "schema-floor"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(waiting, target)
    connection = sqlite3.connect(target / "thidua.sqlite3", isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON"):
        connection.execute(f"PRAGMA {pragma}")
    connection.execute("ATTACH ? AS source", (str(source),))
    statements = []
    for table in (*YEAR_TABLES[:2], "security_component_status", *YEAR_TABLES[2:]):
        columns = [row[1] for row in connection.execute(f"PRAGMA main.table_info({table})")]
        names = ", ".join(columns)
        if table == "security_component_status":
            where = "status_id IN (SELECT id FROM source.security_status WHERE year = ?)"
        else:
            where = "year = ?"
        rows = connection.execute(
            f"SELECT {names} FROM source.{table} WHERE {where}", (YEAR,)
        ).fetchall()
        marks = ", ".join("?" * len(columns))
        statements.append((f"INSERT INTO main.{table} ({names}) VALUES ({marks})", rows))
    connection.execute("DETACH source")
    started = time.perf_counter()
    connection.execute("BEGIN")
    for statement, rows in statements:
        connection.executemany(statement, rows)
    connection.execute("COMMIT")
    took = (time.perf_counter() - started) * 1000
    connection.close()
    shutil.rmtree(target)
    return took


def _read_floor(path: Path, tables: dict[str, list[dict[str, Any]]]) -> float:
    """Raw sqlite3 reading as many rows of the package's tables, as JSON lines in a ZIP."""
    started = time.perf_counter()
    connection = sqlite3.connect(path)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, rows in tables.items():
            exists = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
            ).fetchone()
            if not rows or not exists:
                continue
            cursor = connection.execute(f'SELECT * FROM "{name}" LIMIT ?', (len(rows),))
            columns = [d[0] for d in cursor.description]
            lines = "\n".join(
                json.dumps(dict(zip(columns, record, strict=True)), ensure_ascii=False)
                for record in cursor
            )
            archive.writestr(f"data/{name}.jsonl", lines)
    connection.close()
    return (time.perf_counter() - started) * 1000


# -- main --------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="a data directory made by init --demo --scale national")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--only", help="comma-separated: startup,search,dashboard,grid,reports,today,packages"
    )
    args = parser.parse_args()
    wanted = set(args.only.split(",")) if args.only else None

    def chosen(name: str) -> bool:
        return wanted is None or name in wanted

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        data = national_data(args.data, scratch)
        header()
        if chosen("startup"):
            bench_startup(data, args.runs)
        from thidua_desktop.paths import DataDir
        from thidua_desktop.store.schema import open_database

        db = open_database(DataDir(data))
        if chosen("search"):
            bench_search(db, args.runs)
        if chosen("dashboard"):
            bench_dashboard(db, data / "thidua.sqlite3", args.runs)
        if chosen("grid"):
            bench_grid(db, data / "thidua.sqlite3", args.runs)
        if chosen("reports"):
            bench_reports(db, scratch, args.runs)
        if chosen("today"):
            bench_today(db, data / "thidua.sqlite3", args.runs)
        db.close()
        if chosen("packages"):
            bench_packages(scratch, args.runs)
    print()
    print(
        f"(median of {args.runs} runs, year {YEAR}, today's lines {TODAY_YEAR}; "
        "same machine, same run)"
    )
    header()
    for line in LINES:
        print(_format(line))
    del app
    sys.stdout.flush()
    os._exit(0)  # PySide may crash tearing down Qt objects at exit; the figures are printed


if __name__ == "__main__":
    main()
