"""The cụm, khối page between offices: phường Ninh Kiều receives the city's table (previewed
and confirmed), scores itself in the grid, attaches evidence to a criterion, and sends its
self-scores up; the city's page receives them with the evidence."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tests.conftest import Templates
from tests.exchange.clusters.test_cluster_packages import PDF, organise
from tests.exchange.conftest import Office
from thidua_desktop.exchange.clusters.send import send_table
from thidua_desktop.gui.clusters.page import ClustersPage
from thidua_desktop.gui.main_window import Page
from thidua_desktop.paths import DataDir
from thidua_desktop.services.attachments.clusters import member_evidence
from thidua_desktop.services.clusters.clusters import list_clusters
from thidua_desktop.services.clusters.scores import member_scores
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.store.engine import Database

from ..conftest import OpenWindow
from .test_page import type_points

WARD = "31135"


@pytest.fixture
def city(templates: Templates, tmp_path: Path) -> Iterator[Office]:
    """The city's own installation, beside the window's (the ward's)."""
    data_dir = DataDir(tmp_path / "tp")
    db = templates.open_copy("demo", data_dir)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE profile SET installation_id = :id"), {"id": str(uuid.uuid4())})
    set_profile(db, office_code="92", operator="Cán bộ thành phố")
    yield Office("tp", "92", data_dir, db)
    db.close()


def _page(open_window: OpenWindow, qtbot: QtBot) -> ClustersPage:
    window = open_window(demo=False)
    window.set_year(2026)
    page = window.page(Page.CLUSTERS)
    assert isinstance(page, ClustersPage)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.show_page(Page.CLUSTERS)
    page.confirm = lambda _title, _text: True
    return page


def test_a_ward_receives_the_table_scores_itself_and_sends_its_scores_up(
    open_window: OpenWindow,
    qtbot: QtBot,
    demo_db: Database,
    city: Office,
    tmp_path: Path,
    message_boxes: list[tuple[str, str]],
) -> None:
    from tests.exchange.awards.test_dossiers import paper

    set_profile(demo_db, office_code=WARD)
    cid = organise(city, tmp_path)
    table = tmp_path / "Bảng chấm điểm #1.tdkt"
    send_table(city.db, city.data_dir, cid, out=table)

    page = _page(open_window, qtbot)
    shown: list[str] = []
    page.confirm = lambda _title, body: shown.append(body) or True
    with qtbot.waitSignal(page.changed, timeout=10_000):
        page.receive_package(table)
    assert "Cụm thi đua số 1 (các phường)" in shown[-1] and "Thành phố Cần Thơ" in shown[-1]
    qtbot.waitUntil(lambda: any(r.code == "CUM-P1" for r in page.clusters.rows))
    from thidua_desktop.gui.awards.model import select_where

    with qtbot.waitSignal(page.detail_loaded, timeout=10_000):
        assert select_where(page.cluster_view, lambda r: r.code == "CUM-P1")
    detail = page.detail
    assert detail is not None and detail.received
    assert "do Thành phố Cần Thơ tổ chức" in page.info.text()
    # Only the ward's own self-scores can be entered here.
    assert not page.table_button.isEnabled() and not page.save_review.isEnabled()
    page.member.setCurrentIndex(page.member.findData("31120"))
    qtbot.waitUntil(lambda: page.scores is not None and page.scores.unit_code == "31120")
    assert not page.save_self.isEnabled()
    page.member.setCurrentIndex(page.member.findData(WARD))
    qtbot.waitUntil(lambda: page.scores is not None and page.scores.unit_code == WARD)
    qtbot.waitUntil(page.save_self.isEnabled)
    assert page.send_scores_action.isEnabled() and not page.send_table_action.isEnabled()
    type_points(page, 3, {"1.1": "39", "1.2": "19,5", "2": "29"})
    with qtbot.waitSignals([page.changed, page.detail_loaded], timeout=10_000):
        page.save_scores(review=False)

    # Evidence goes to the criterion chosen in the grid.
    row = next(i for i, c in enumerate(page.detail.criteria) if c.code == "2")
    page.grid.setCurrentCell(row, 3)
    with qtbot.waitSignal(page.evidence.changed, timeout=10_000):
        page.evidence.attach_files([paper(tmp_path, "Biên bản ANTT.pdf", PDF + b"antt")])
    qtbot.waitUntil(lambda: page.evidence.model.rowCount() == 1)
    assert page.evidence.model.row_at(0).owner_label == "Tiêu chí 2"
    qtbot.waitUntil(
        lambda: page.grid.item(row, 7) is not None and page.grid.item(row, 7).text() == "1"
    )

    out = tmp_path / "điểm tự chấm.tdkt"
    with qtbot.waitSignal(page.document_written, timeout=10_000):
        page.send_package(scores=True, path=out)
    assert "Biên bản ANTT.pdf" in shown[-1] and "tiêu chí 2" in shown[-1]
    assert out.exists()

    # The city receives them.
    from thidua_desktop.exchange.clusters.receive import receive_cluster_file

    receive_cluster_file(city.db, city.data_dir, out)
    assert member_scores(city.db, cid, WARD).self_totals.total == Decimal("87.5")
    assert [e.file_name for e in member_evidence(city.db, cid, WARD)] == ["Biên bản ANTT.pdf"]
    assert not message_boxes
    assert [r.code for r in list_clusters(demo_db, year=2026) if r.organiser] == ["CUM-P1"]
