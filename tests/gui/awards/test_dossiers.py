"""Khen thưởng › Hồ sơ liên cấp: the city receives xã Phong Điền's dossier through its preview,
sees it read-only with the sender named, returns it, sends the result down after seeing what it
carries, and finds it in the inbox with its journey."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tests.engines import ON_SERVER, ServerDatabases, Templates
from thidua_desktop.domain.awards.dossiers import DossierStatus
from thidua_desktop.exchange.awards.send import send_dossier
from thidua_desktop.gui.awards.dossiers import ReceiveDialog, SendDialog
from thidua_desktop.paths import DataDir
from thidua_desktop.services.awards.edit import delete_proposal
from thidua_desktop.services.awards.workflow import return_proposal, submit_proposal
from thidua_desktop.services.core.profile import set_profile

from ..conftest import OpenWindow
from .test_page import open_page

COMMUNE_DRAFT = 16  # the demo's 2026 draft of xã Phong Điền to the city's chair


@pytest.fixture
def dossier(
    templates: Templates, data_dir: DataDir, tmp_path: Path, request: pytest.FixtureRequest
) -> Path:
    """Xã Phong Điền's dossier of its 2026 proposal, sent from an installation of its own; the
    city's installation (the window's) does not hold the commune's draft."""
    server = None
    if ON_SERVER:
        servers: ServerDatabases = request.getfixturevalue("server_databases")
        server = servers.new()
    commune = DataDir(tmp_path / "xa", server)
    db = templates.open_copy("demo", commune)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE profile SET installation_id = :id"), {"id": str(uuid.uuid4())})
    set_profile(db, office_code="31299")
    submit_proposal(db, COMMUNE_DRAFT, submitted_on=dt.date(2026, 12, 3), number="52/TTr-UBND")
    out = tmp_path / "hồ sơ Phong Điền #1.tdkt"
    send_dossier(db, commune, COMMUNE_DRAFT, out=out)
    db.close()
    city = templates.open_copy("demo", data_dir)
    delete_proposal(city, COMMUNE_DRAFT)
    city.close()
    return out


def test_the_city_receives_returns_and_answers_a_dossier(
    open_window: OpenWindow,
    qtbot: QtBot,
    dossier: Path,
    tmp_path: Path,
    message_boxes: list[tuple[str, str]],
) -> None:
    window, page = open_page(open_window, qtbot)
    flow = page.dossiers
    seen: list[object] = []

    def accept(dialog: object) -> bool:
        seen.append(dialog)
        return True

    flow.run_dialog = accept
    with qtbot.waitSignal(page.changed, timeout=10_000):
        flow.receive(dossier)
    [preview] = seen
    assert isinstance(preview, ReceiveDialog) and preview.receive_button.isEnabled()
    assert preview.preview.producer_name == "Xã Phong Điền"
    detail = page.detail
    assert detail is not None and detail.proposal.unit_code == "31299"
    assert "Hồ sơ nhận từ Xã Phong Điền" in page.info.text()
    assert not page.add_line_button.isEnabled() and not page.submit_button.isEnabled()
    assert page.review_button.isEnabled() and page.return_button.isEnabled()
    assert page.send_reply_action.isEnabled() and not page.send_dossier_action.isEnabled()

    assert window.db is not None
    return_proposal(
        window.db,
        detail.proposal.id,
        reason="Thiếu tờ trình có chữ ký",
        returned_on=dt.date(2026, 12, 4),
    )
    seen.clear()
    flow.choose_save = lambda name: tmp_path / name
    with qtbot.waitSignal(page.document_written, timeout=10_000):
        flow.send(reply=True)
    [shown] = seen
    assert isinstance(shown, SendDialog)
    assert shown.preview.status is DossierStatus.RETURNED
    assert shown.preview.return_reason == "Thiếu tờ trình có chữ ký"
    assert page.last_saved is not None and page.last_saved.exists()

    flow.open_inbox()
    inbox = flow.inbox
    assert inbox is not None
    qtbot.waitUntil(lambda: inbox.rows.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: inbox.events.rowCount() == 2, timeout=5000)
    row = inbox.rows.row_at(0)
    assert row is not None and row.status is DossierStatus.RETURNED and not row.to_report
    assert "Thiếu tờ trình có chữ ký" in inbox.reason.text()
    inbox.close()
    assert not message_boxes


def test_a_dossier_for_another_office_is_refused_with_its_reason(
    open_window: OpenWindow,
    qtbot: QtBot,
    dossier: Path,
    data_dir: DataDir,
    message_boxes: list[tuple[str, str]],
) -> None:
    window, page = open_page(open_window, qtbot)
    assert window.db is not None
    set_profile(window.db, office_code="31135")  # phường Ninh Kiều, not the receiver
    page.dossiers.run_dialog = lambda _dialog: True
    with qtbot.waitSignal(page.failed, timeout=10_000):
        page.dossiers.receive(dossier)
    assert message_boxes and "không phải cơ quan này" in message_boxes[-1][1]
