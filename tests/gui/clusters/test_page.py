"""Cụm, khối thi đua page: a ward's self-score typed in the grid, the cluster's change refused
without a reason and kept with one, the ranking, its publication and the proposal made from it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from thidua_desktop.domain.clusters import ClusterKind, ClusterRole, CriterionKind
from thidua_desktop.gui.clusters.dialogs import ClusterDialog, TableDialog
from thidua_desktop.gui.clusters.page import ClustersPage
from thidua_desktop.gui.main_window import Page
from thidua_desktop.services.awards.proposals import list_proposals
from thidua_desktop.services.clusters.clusters import save_cluster, set_members, set_table
from thidua_desktop.services.clusters.rows import ClusterEntry, CriterionEntry
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.store.engine import Database

from ..conftest import OpenWindow

WARDS = ("31120", "31135", "31147")


@pytest.fixture
def seeded(demo_db: Database) -> int:
    set_profile(demo_db, office_code="92")
    cid = save_cluster(
        demo_db, ClusterEntry(2026, "CUM-P1", "Cụm thi đua số 1", ClusterKind.CLUSTER, "92")
    ).cluster.id
    set_members(demo_db, cid, [(WARDS[0], ClusterRole.HEAD), (WARDS[1], ClusterRole.DEPUTY),
                               (WARDS[2], ClusterRole.MEMBER)])  # fmt: skip
    set_table(demo_db, cid, [
        CriterionEntry("1", "Nhiệm vụ chính trị", D(60)),
        CriterionEntry("1.1", "Kinh tế - xã hội", D(40), parent="1"),
        CriterionEntry("1.2", "Cải cách hành chính", D(20), parent="1"),
        CriterionEntry("2", "An ninh, trật tự", D(30)),
        CriterionEntry("3", "Điểm thưởng", D(5), CriterionKind.BONUS),
    ])  # fmt: skip
    return cid


def open_page(open_window: OpenWindow, qtbot: QtBot, cluster: int | None = None) -> ClustersPage:
    """The page on 2026, `cluster` chosen (the demonstration's own cluster comes first)."""
    from thidua_desktop.gui.awards.model import select_where

    window = open_window(demo=False)
    window.set_year(2026)
    page = window.page(Page.CLUSTERS)
    assert isinstance(page, ClustersPage)
    with qtbot.waitSignal(page.detail_loaded, timeout=10_000):
        window.show_page(Page.CLUSTERS)
    if cluster is not None and (page.detail is None or page.detail.cluster.id != cluster):
        with qtbot.waitSignal(page.detail_loaded, timeout=10_000):
            assert select_where(page.cluster_view, lambda r: r.id == cluster)
    return page


def type_points(page: ClustersPage, column: int, values: dict[str, str]) -> None:
    assert page.detail is not None
    for row, criterion in enumerate(page.detail.criteria):
        if criterion.code in values:
            page.grid.item(row, column).setText(values[criterion.code])


def choose(page: ClustersPage, qtbot: QtBot, unit_code: str) -> None:
    page.member.setCurrentIndex(page.member.findData(unit_code))
    qtbot.waitUntil(lambda: page.scores is not None and page.scores.unit_code == unit_code)
    qtbot.waitUntil(lambda: page.grid.item(1, 3) is not None)


def test_scores_are_entered_reviewed_ranked_published_and_proposed(
    open_window: OpenWindow,
    qtbot: QtBot,
    seeded: int,
    demo_db: Database,
    message_boxes: list[tuple[str, str]],
) -> None:
    page = open_page(open_window, qtbot, seeded)
    assert page.detail is not None and page.detail.cluster.id == seeded
    assert page.member.count() == 3
    qtbot.waitUntil(page.save_self.isEnabled)  # once the member's scores are known
    self_scores = {WARDS[0]: ("38", "19", "28", "2"), WARDS[1]: ("39", "19,5", "29", "3"),
                   WARDS[2]: ("30", "15", "25", "0")}  # fmt: skip
    for ward, (a, b, c, bonus) in self_scores.items():
        choose(page, qtbot, ward)
        type_points(page, 3, {"1.1": a, "1.2": b, "2": c, "3": bonus})
        with qtbot.waitSignals([page.changed, page.detail_loaded], timeout=10_000):
            page.save_scores(review=False)
    choose(page, qtbot, WARDS[1])
    qtbot.waitUntil(lambda: page.scores is not None and page.scores.self_totals.total == D("90.5"))
    assert "90,5" in page.totals.text()
    # The cluster lowers Ninh Kiều's bonus: refused without a reason, kept with one.
    type_points(page, 5, {"3": "0"})
    with qtbot.waitSignal(page.failed, timeout=10_000):
        page.save_scores(review=True)
    assert "hãy ghi lý do" in message_boxes[-1][1]
    type_points(page, 6, {"3": "Mô hình chưa được công nhận"})
    with qtbot.waitSignals([page.changed, page.detail_loaded], timeout=10_000):
        page.save_scores(review=True)
    qtbot.waitUntil(
        lambda: page.ranking is not None and page.ranking.rows[0].totals.total == D("87.5")
    )
    assert [r.unit_code for r in page.ranking.rows] == [WARDS[1], WARDS[0], WARDS[2]]
    assert page.rows.rowCount() == 3
    page.confirm = lambda _title, _text: True
    with qtbot.waitSignal(page.changed, timeout=10_000):
        page.publish()
    qtbot.waitUntil(lambda: page.propose_button.isEnabled(), timeout=5000)
    assert not page.save_self.isEnabled() and not page.table_button.isEnabled()
    page.ask_places = lambda: (1, True)
    with qtbot.waitSignal(page.changed, timeout=10_000):
        page.propose()
    made = [p for p in list_proposals(demo_db, year=2026) if "Cụm thi đua số 1" in p.title]
    assert len(made) == 1 and made[0].lines == 1
    qtbot.waitUntil(lambda: not page.propose_button.isEnabled(), timeout=5000)  # made once


def test_cluster_and_table_dialogs_check_their_input(
    open_window: OpenWindow, qtbot: QtBot, seeded: int, message_boxes: list[tuple[str, str]]
) -> None:
    page = open_page(open_window, qtbot, seeded)
    assert page.detail is not None
    dialog = TableDialog(page.detail, page)
    dialog.grid.item(1, 3).setText("45")  # 1.1 worth 45 of its parent's 60, with 1.2's 20
    dialog.try_accept()
    assert "vượt điểm tối đa 60" in dialog.error.text() and not dialog.result()
    dialog.grid.item(1, 3).setText("4x")
    dialog.try_accept()
    assert "Dòng 2" in dialog.error.text()

    def fill(dialog: object) -> bool:
        assert isinstance(dialog, ClusterDialog)
        dialog.code.setText("KHOI-1")
        dialog.name.setText("Khối các sở, ngành")
        dialog.kind.setCurrentIndex(dialog.kind.findData(ClusterKind.BLOCK.value))
        return True

    page.run_dialog = fill
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.edit_cluster(new=True)
    qtbot.waitUntil(lambda: page.clusters.rowCount() == 3, timeout=5000)  # with the demo's
    assert not message_boxes
    assert dt.date.today()  # the dialogs' dates default to none: deadlines are optional


def test_points_typed_in_the_excel_template_are_previewed_and_imported(
    open_window: OpenWindow, qtbot: QtBot, seeded: int, demo_db: Database, tmp_path: Path
) -> None:
    import openpyxl

    from thidua_desktop.exchange.sheets.operations import write_template
    from thidua_desktop.exchange.sheets.template import SCORES_SHEET

    page = open_page(open_window, qtbot, seeded)
    template = write_template(
        demo_db, kind="cluster-scores", year=2026, out=tmp_path / "mẫu.xlsx", campaign="CUM-P1"
    )
    book = openpyxl.load_workbook(template)
    sheet = book[SCORES_SHEET]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == WARDS[2]:
            row[5].value = {"1.1": 30, "1.2": 15, "2": 25, "3": 0}[str(row[2].value)]
    filled = tmp_path / "Phường Tân An #1.xlsx"
    book.save(filled)
    with qtbot.waitSignal(page.sheet_previewed, timeout=10_000) as preview:
        page.import_excel(filled)
    report = preview.args[0]
    assert not report.problems and len(report.changes) == 4
    with qtbot.waitSignal(page.detail_loaded, timeout=10_000):
        page.sheet_dialog.apply_button.click()
    assert page.ranking is not None
    assert [r.totals.total for r in page.ranking.rows if r.unit_code == WARDS[2]] == [D(70)]
    page.sheet_dialog.close()


def test_the_ranking_and_the_scoring_sheets_are_saved_as_documents(
    open_window: OpenWindow, qtbot: QtBot, seeded: int, tmp_path: Path
) -> None:
    page = open_page(open_window, qtbot, seeded)
    assert page.papers_button.isEnabled()
    for kind, suffix in (("cluster-ranking", ".pdf"), ("cluster-sheets", ".docx")):
        target = tmp_path / f"văn bản #{kind}{suffix}"
        with qtbot.waitSignal(page.document_written, timeout=20_000):
            page.save_paper(kind, suffix, target)
        assert target.stat().st_size > 1000


def test_points_typed_but_not_saved_survive_a_page_switch(
    open_window: OpenWindow, qtbot: QtBot, seeded: int
) -> None:
    page = open_page(open_window, qtbot, seeded)
    window = page.window()
    choose(page, qtbot, WARDS[0])
    type_points(page, 3, {"1.1": "38"})
    with qtbot.waitSignal(page.detail_loaded, timeout=10_000):
        window.show_page(Page.DASHBOARD)  # type: ignore[attr-defined]
        window.show_page(Page.CLUSTERS)  # type: ignore[attr-defined]
    qtbot.wait(300)
    row = [c.code for c in page.detail.criteria].index("1.1")  # type: ignore[union-attr]
    assert page.grid.item(row, 3).text() == "38"


def test_suggested_points_fill_the_empty_self_scores(
    open_window: OpenWindow, qtbot: QtBot, demo_db: Database
) -> None:
    from thidua_desktop.domain.clusters import SuggestionSource

    set_profile(demo_db, office_code="92")
    cid = save_cluster(
        demo_db, ClusterEntry(2025, "CUM-X", "Cụm thi đua 2025", ClusterKind.CLUSTER, "92")
    ).cluster.id
    set_members(demo_db, cid, [("31120", ClusterRole.HEAD), ("31150", ClusterRole.MEMBER)])
    set_table(demo_db, cid, [
        CriterionEntry("1", "An toàn về ANTT", D(20), source=SuggestionSource.SECURITY),
        CriterionEntry("2", "Công tác khác", D(80)),
    ])  # fmt: skip
    window = open_window(demo=False)
    window.set_year(2025)
    page = window.page(Page.CLUSTERS)
    assert isinstance(page, ClustersPage)
    with qtbot.waitSignal(page.detail_loaded, timeout=10_000):
        window.show_page(Page.CLUSTERS)
    choose(page, qtbot, "31120")
    assert page.suggest_button.isEnabled()
    with qtbot.waitSignal(page.suggested, timeout=10_000) as filled:
        page.fill_suggestions()
    assert filled.args == [1]
    assert page.grid.item(0, 3).text() == "20" and "3390/QĐ-UBND" in page.grid.item(0, 4).text()
    assert page.grid.item(1, 3).text() == ""  # no source: left for the member
    dialog = TableDialog(page.detail, page)  # type: ignore[arg-type]
    assert dialog.criteria()[0].source is SuggestionSource.SECURITY
