"""Khen thưởng page: a proposal from draft to decision through the page's dialogs, a return
that needs a reason, the demo's quota warning, a recipient's history, a tờ trình's PDF."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from thidua_desktop.domain.awards.types import ProposalStatus
from thidua_desktop.gui.awards.dialogs import (
    DecisionDialog,
    ReturnDialog,
    ReviewDialog,
    SubmitDialog,
)
from thidua_desktop.gui.awards.line_dialog import LineDialog
from thidua_desktop.gui.awards.page import AwardsPage
from thidua_desktop.gui.common import file_dialogs
from thidua_desktop.gui.main_window import MainWindow, Page
from thidua_desktop.services.awards.proposals import get_proposal

from ..conftest import OpenWindow

GIAI_XUAN_DRAFT = 7  # the demo's draft of xã Giai Xuân (8 lines)
NHON_AI_REVIEWED = 6  # the demo's reviewed proposal of xã Nhơn Ái: CSTĐCS over its quota


def open_page(open_window: OpenWindow, qtbot: QtBot) -> tuple[MainWindow, AwardsPage]:
    window = open_window()
    page = window.page(Page.AWARDS)
    assert isinstance(page, AwardsPage)
    with qtbot.waitSignal(page.proposals_loaded, timeout=10_000):
        window.show_page(Page.AWARDS)
    return window, page


def select(page: AwardsPage, qtbot: QtBot, proposal_id: int) -> None:
    with qtbot.waitSignal(page.detail_loaded, timeout=5000):
        assert page.select_proposal(proposal_id)
    assert page.detail is not None and page.detail.proposal.id == proposal_id


def act(page: AwardsPage, qtbot: QtBot, button: object) -> None:
    with qtbot.waitSignal(page.changed, timeout=10_000):
        button.click()  # type: ignore[attr-defined]


def test_a_draft_goes_to_a_decision_through_the_page(
    open_window: OpenWindow, qtbot: QtBot, message_boxes: list[tuple[str, str]]
) -> None:
    window, page = open_page(open_window, qtbot)
    select(page, qtbot, GIAI_XUAN_DRAFT)
    assert page.submit_button.isEnabled() and page.add_line_button.isEnabled()
    assert not page.decide_button.isEnabled() and not page.review_button.isEnabled()
    lines_before = page.detail.proposal.lines  # type: ignore[union-attr]

    def answer(dialog: object) -> bool:
        if isinstance(dialog, LineDialog):
            dialog.run_recipient_dialog = lambda recipient: (
                recipient.name.setText("Đặng Thị Ngọc Ánh")  # type: ignore[attr-defined]
                or recipient.position.setText("Công chức Tư pháp - Hộ tịch")  # type: ignore[attr-defined]
                or True
            )
            with qtbot.waitSignal(dialog.recipient_saved, timeout=5000):
                dialog.new_button.click()
            dialog.award.setCurrentIndex(dialog.award.findData("ldtt"))
            dialog.achievement.setPlainText("Hoàn thành xuất sắc nhiệm vụ năm 2023")
        elif isinstance(dialog, SubmitDialog):
            dialog.number.setText("40/TTr-UBND")
        elif isinstance(dialog, ReviewDialog):
            dialog.members.setValue(7)
            dialog.present.setValue(7)
            for spin in dialog.votes.values():
                spin.setValue(6)
        elif isinstance(dialog, DecisionDialog):
            dialog.number.setText("1600/QĐ-UBND")
            dialog.signer.setText("Nguyễn Văn Hòa")
        dialog.try_accept()  # type: ignore[attr-defined]
        return bool(dialog.result())  # type: ignore[attr-defined]

    page.actions.run_dialog = answer
    act(page, qtbot, page.add_line_button)
    assert page.detail is not None and page.detail.proposal.lines == lines_before + 1
    assert any(line.recipient.name == "Đặng Thị Ngọc Ánh" for line in page.detail.lines)

    act(page, qtbot, page.submit_button)
    assert page.detail.proposal.status is ProposalStatus.SUBMITTED
    assert not page.add_line_button.isEnabled() and page.review_button.isEnabled()

    act(page, qtbot, page.review_button)
    assert page.detail.proposal.status is ProposalStatus.REVIEWED
    assert page.decide_button.isEnabled()

    act(page, qtbot, page.decide_button)
    assert page.detail.proposal.status is ProposalStatus.DECIDED
    assert page.awarded_button.isEnabled() and page.decision_pdf_button.isEnabled()
    assert not message_boxes
    assert window.db is not None
    stored = get_proposal(window.db, GIAI_XUAN_DRAFT)
    assert stored.proposal.status is ProposalStatus.DECIDED
    assert stored.decisions[0].number == "1600/QĐ-UBND"
    assert all(line.decided for line in stored.lines)
    shown = next(r for r in page.proposals.rows if r.id == GIAI_XUAN_DRAFT)
    assert shown.status is ProposalStatus.DECIDED


def test_a_return_needs_a_reason_and_sends_the_proposal_back_to_draft(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    window, page = open_page(open_window, qtbot)
    select(page, qtbot, NHON_AI_REVIEWED)
    assert page.return_button.isEnabled()
    seen: list[str] = []

    def empty_reason(dialog: object) -> bool:
        assert isinstance(dialog, ReturnDialog)
        dialog.try_accept()
        seen.append(dialog.error.text())
        return bool(dialog.result())

    page.actions.run_dialog = empty_reason
    page.return_button.click()
    assert seen and "lý do" in seen[0]
    assert page.detail is not None and page.detail.proposal.status is ProposalStatus.REVIEWED

    def with_reason(dialog: object) -> bool:
        assert isinstance(dialog, ReturnDialog)
        dialog.reason.setPlainText("Thiếu biên bản họp bình xét của xã")
        dialog.try_accept()
        return bool(dialog.result())

    page.actions.run_dialog = with_reason
    act(page, qtbot, page.return_button)
    row = page.detail.proposal
    assert row.status is ProposalStatus.DRAFT and row.returned
    assert row.return_reason == "Thiếu biên bản họp bình xét của xã"
    assert "Thiếu biên bản họp bình xét của xã" in page.info.text()
    assert page.edit_button.isEnabled() and page.submit_button.isEnabled()
    assert window.db is not None
    assert get_proposal(window.db, NHON_AI_REVIEWED).proposal.status is ProposalStatus.DRAFT


def test_the_over_quota_unit_shows_its_warnings(open_window: OpenWindow, qtbot: QtBot) -> None:
    _, page = open_page(open_window, qtbot)
    row = next(r for r in page.proposals.rows if r.id == NHON_AI_REVIEWED)
    assert row.warnings == 2
    select(page, qtbot, NHON_AI_REVIEWED)
    assert page.warnings.isVisibleTo(page)
    assert "vượt tỷ lệ khống chế 15%" in page.warnings.text()
    with qtbot.waitSignal(page.statistics.overview_loaded, timeout=5000):
        page.tabs.setCurrentWidget(page.statistics)
    exceeded = [q for q in page.statistics.quotas.rows if q.exceeded]
    assert [q.unit_name for q in exceeded] == ["Xã Nhơn Ái"]
    assert "23,53%" in page.statistics.figures.text()


def test_searching_without_diacritics_finds_a_person_and_their_history(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    _, page = open_page(open_window, qtbot)
    lookup = page.lookup
    with qtbot.waitSignal(lookup.eligible_loaded, timeout=5000):
        page.tabs.setCurrentWidget(lookup)
    assert any("Chiến sĩ thi đua cơ sở" in row.basis for row in lookup.eligible.rows)
    with qtbot.waitSignal(lookup.history_loaded, timeout=5000):
        lookup.search.setText("nguyen van tam")
    assert [r.name for r in lookup.recipients.rows] == ["Nguyễn Văn Tâm"]
    assert lookup.history.rows and all(item.year >= 2021 for item in lookup.history.rows)
    assert "Nguyễn Văn Tâm" in lookup.person.text()


def test_the_proposal_pdf_is_written_where_the_user_chose(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _, page = open_page(open_window, qtbot)
    select(page, qtbot, NHON_AI_REVIEWED)
    target = tmp_path / "to-trinh.pdf"
    asked: list[str] = []

    def choose(*args: object, **kwargs: object) -> Path:
        asked.append(str(args[4]))
        return target

    monkeypatch.setattr(file_dialogs, "save_file", choose)
    with qtbot.waitSignal(page.document_written, timeout=20_000) as written:
        page.proposal_pdf_button.click()
    assert written.args == [str(target)]
    assert target.read_bytes().startswith(b"%PDF")
    assert asked and asked[0].startswith("Tờ trình 45-TTr-UBND")
    assert page.open_button.isEnabled()


def test_after_a_step_the_years_rows_are_read_again_keeping_the_selection(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    """Warnings cross proposals (quota, duplicates): one action refreshes every row."""
    _window, page = open_page(open_window, qtbot)
    select(page, qtbot, NHON_AI_REVIEWED)
    stale = [r for r in page.proposals.rows if r.id != NHON_AI_REVIEWED]
    page.all_rows = [r for r in page.all_rows if r.id == NHON_AI_REVIEWED] + [
        replace(r, warnings=99) for r in stale
    ]

    def with_reason(dialog: object) -> bool:
        assert isinstance(dialog, ReturnDialog)
        dialog.reason.setPlainText("Thiếu biên bản")
        dialog.try_accept()
        return bool(dialog.result())

    page.actions.run_dialog = with_reason
    with qtbot.waitSignal(page.proposals_loaded, timeout=10_000):
        act(page, qtbot, page.return_button)
    assert all(r.warnings != 99 for r in page.proposals.rows)
    current = page.current_proposal()
    assert current is not None and current.id == NHON_AI_REVIEWED


def test_names_are_escaped_in_rich_text(open_window: OpenWindow, qtbot: QtBot) -> None:
    from thidua_desktop.domain.awards.types import RecipientType
    from thidua_desktop.gui.common.rich_text import escape
    from thidua_desktop.services.awards.recipients import save_recipient
    from thidua_desktop.services.awards.rows import RecipientEntry

    assert escape("A <b>&</b>") == "A &lt;b&gt;&amp;&lt;/b&gt;"
    window, page = open_page(open_window, qtbot)
    assert window.db is not None
    save_recipient(window.db, RecipientEntry(RecipientType.COLLECTIVE, "31300", "A <b>&</b>"))
    lookup = page.lookup
    page.tabs.setCurrentWidget(lookup)
    with qtbot.waitSignal(lookup.recipients_found, timeout=10_000):
        lookup.search.setText("A <b>")
        lookup.run_search()
    qtbot.waitUntil(lambda: "&lt;b&gt;" in lookup.person.text(), timeout=10_000)
    assert "<b>A &lt;b&gt;&amp;&lt;/b&gt;</b>" in lookup.person.text()


def test_a_failed_ballot_line_is_left_out_of_the_decision_dialog(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    window, page = open_page(open_window, qtbot)
    assert window.db is not None
    detail = get_proposal(window.db, NHON_AI_REVIEWED)
    dialog = DecisionDialog(detail, page)
    failed = next(line for line in detail.lines if line.ballot_failed)
    box = dialog.lines[failed.id]
    assert not box.isChecked() and not box.isEnabled() and "2/6" in box.toolTip()
    assert all(b.isChecked() for i, b in dialog.lines.items() if i != failed.id)
    assert dialog.value().line_ids == tuple(i for i in dialog.lines if i != failed.id)


def test_a_new_proposal_is_linked_to_a_campaign_and_editing_keeps_the_link(
    open_window: OpenWindow, qtbot: QtBot, message_boxes: list[tuple[str, str]]
) -> None:
    from thidua_desktop.gui.awards.dialogs import ProposalDialog

    window, page = open_page(open_window, qtbot)
    offered: list[list[str]] = []

    def answer(dialog: object) -> bool:
        assert isinstance(dialog, ProposalDialog)
        choices = [dialog.campaign.itemData(i) for i in range(dialog.campaign.count())]
        offered.append(choices)
        if dialog.campaign.currentData() is None:  # the new proposal: choose the campaign
            dialog.unit.setCurrentIndex(dialog.unit.findData("31306"))
            dialog.campaign.setCurrentIndex(1)
        else:  # the edit: change the number only
            dialog.number.setText("12/TTr-UBND")
        dialog.try_accept()
        return bool(dialog.result())

    page.actions.run_dialog = answer
    act(page, qtbot, page.add_button)
    assert offered[0][0] is None and len(offered[0]) >= 2  # the 2023 campaigns are offered
    chosen = offered[0][1]
    assert page.detail is not None and page.detail.proposal.campaign_code == chosen

    act(page, qtbot, page.edit_button)
    assert page.detail.proposal.number == "12/TTr-UBND"
    db = window.db
    assert db is not None
    assert get_proposal(db, page.detail.proposal.id).proposal.campaign_code == chosen
    assert not message_boxes


def test_lines_are_added_from_a_workbook_after_its_preview(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: object
) -> None:
    from pathlib import Path

    from openpyxl import Workbook

    _window, page = open_page(open_window, qtbot)
    select(page, qtbot, GIAI_XUAN_DRAFT)
    assert page.import_lines_action.isEnabled()
    before = page.detail.proposal.lines  # type: ignore[union-attr]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Họ và tên", "Giới tính", "Năm sinh", "Đối tượng", "Danh hiệu"])
    ws.append(["Trần Văn Mới", "Nam", 1988, "công chức", "LĐTT"])
    book = Path(str(tmp_path)) / "danh sách #1.xlsx"
    wb.save(book)
    with qtbot.waitSignal(page.sheet_previewed, timeout=10_000) as preview:
        page.import_lines(book)
    report = preview.args[0]
    assert not report.problems and len(report.changes) == 1, report.problems
    with qtbot.waitSignal(page.proposals_loaded, timeout=10_000):
        page.sheet_dialog.apply_button.click()
    select(page, qtbot, GIAI_XUAN_DRAFT)
    assert page.detail.proposal.lines == before + 1  # type: ignore[union-attr]
    page.sheet_dialog.close()


def test_a_dossiers_papers_go_to_the_proposal_a_line_or_its_decision(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from thidua_desktop.domain.attachments import AttachmentKind, PaperOwner

    _window, page = open_page(open_window, qtbot)
    select(page, qtbot, GIAI_XUAN_DRAFT)
    detail = page.detail
    assert detail is not None
    panel = page.papers
    targets = [panel.target_combo.itemText(i) for i in range(panel.target_combo.count())]
    assert targets[0] == "Hồ sơ đề nghị" and len(targets) == 1 + len(detail.lines)
    # With the second line chosen, opening the papers puts a new file on that line.
    page.line_view.selectRow(1)
    page.detail_tabs.setCurrentWidget(panel)
    assert panel.target_combo.currentData() == ((PaperOwner.LINE, detail.lines[1].id),
                                                AttachmentKind.ACHIEVEMENT_REPORT)  # fmt: skip
    assert panel.chosen_kind() is AttachmentKind.ACHIEVEMENT_REPORT
    report = tmp_path / "Báo cáo thành tích #2.pdf"
    report.write_bytes(b"%PDF-1.7\n%%EOF\n")
    with qtbot.waitSignal(panel.changed, timeout=10_000):
        panel.attach_files([report])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    row = panel.model.row_at(0)
    assert row.owner_label == f"Dòng 2: {detail.lines[1].recipient.name}"
    assert page.detail_tabs.tabText(1) == "Hồ sơ đính kèm (1)"
    # The proposal's own paper, chosen by the person.
    panel.choose_target((PaperOwner.PROPOSAL, None))
    assert panel.chosen_kind() is AttachmentKind.PROPOSAL
    cover = tmp_path / "Tờ trình.pdf"
    cover.write_bytes(b"%PDF-1.7\n% to trinh\n%%EOF\n")
    with qtbot.waitSignal(panel.changed, timeout=10_000):
        panel.attach_files([cover])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5000)
    assert panel.model.row_at(0).owner_label == "Hồ sơ đề nghị"
    # Another office's or a locked year's dossier: papers listed, none added.
    select(page, qtbot, NHON_AI_REVIEWED)
    assert panel.model.rowCount() == 0 and panel.attach_button.isEnabled() == (
        not page.detail.proposal.read_only_reason  # type: ignore[union-attr]
    )


def test_a_draft_decided_elsewhere_is_recorded_in_one_step(
    open_window: OpenWindow, qtbot: QtBot, message_boxes: list[tuple[str, str]]
) -> None:
    from thidua_desktop.gui.awards.dialogs import RecordedDialog

    window, page = open_page(open_window, qtbot)
    select(page, qtbot, GIAI_XUAN_DRAFT)
    assert page.record_button.isEnabled()
    shown: list[str] = []

    def answer(dialog: object) -> bool:
        assert isinstance(dialog, RecordedDialog)
        dialog.try_accept()  # no number: refused in the dialog
        shown.append(dialog.error.text())  # type: ignore[attr-defined]
        dialog.number.setText("77/QĐ-UBND")
        dialog.issuer.setText("Chủ tịch UBND huyện Phong Điền")
        dialog.try_accept()
        return bool(dialog.result())

    page.actions.run_dialog = answer
    act(page, qtbot, page.record_button)
    assert shown and "số quyết định" in shown[0]
    detail = page.detail
    assert detail is not None and detail.proposal.recorded
    assert detail.proposal.status_label == "Đã quyết định (ghi lại)"
    assert "Ghi lại quyết định đã ban hành" in page.info.text()
    assert not page.record_button.isEnabled() and page.awarded_button.isEnabled()
    assert window.db is not None and not message_boxes
    stored = get_proposal(window.db, GIAI_XUAN_DRAFT)
    assert stored.decisions[0].issuer == "Chủ tịch UBND huyện Phong Điền"
    assert all(line.decided for line in stored.lines)


def test_the_dossier_papers_are_saved_from_the_page(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from docx import Document

    from thidua_desktop.gui.awards.actions import ACHIEVEMENT_KIND, BALLOT_KIND, MINUTES_KIND

    _, page = open_page(open_window, qtbot)
    select(page, qtbot, NHON_AI_REVIEWED)
    actions = page.paper_actions
    assert (
        actions[(MINUTES_KIND, ".pdf")].isEnabled() and actions[(BALLOT_KIND, ".pdf")].isEnabled()
    )
    assert not actions[(ACHIEVEMENT_KIND, ".pdf")].isEnabled()  # no line chosen yet
    targets = iter([tmp_path / "bien-ban.docx", tmp_path / "bao-cao.pdf"])
    asked: list[str] = []

    def choose(*args: object, **kwargs: object) -> Path:
        asked.append(str(args[4]))
        return next(targets)

    monkeypatch.setattr(file_dialogs, "save_file", choose)
    with qtbot.waitSignal(page.document_written, timeout=20_000):
        actions[(MINUTES_KIND, ".docx")].trigger()
    words = [p.text for p in Document(str(tmp_path / "bien-ban.docx")).paragraphs]
    assert "BIÊN BẢN" in words
    page.line_view.selectRow(0)
    line = page.current_line()
    assert line is not None and actions[(ACHIEVEMENT_KIND, ".pdf")].isEnabled()
    with qtbot.waitSignal(page.document_written, timeout=20_000):
        actions[(ACHIEVEMENT_KIND, ".pdf")].trigger()
    assert (tmp_path / "bao-cao.pdf").read_bytes().startswith(b"%PDF")
    assert asked[1] == f"Báo cáo thành tích 2023 - {line.recipient.name}.pdf"


def test_a_person_registers_for_a_title_from_the_lookup(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    from thidua_desktop.gui.awards.dialogs import RegistrationDialog

    window, page = open_page(open_window, qtbot)
    lookup = page.lookup
    with qtbot.waitSignal(lookup.eligible_loaded, timeout=5000):
        page.tabs.setCurrentWidget(lookup)
    with qtbot.waitSignal(lookup.history_loaded, timeout=5000):
        lookup.search.setText("nguyen van tam")
    assert lookup.register_button.isEnabled()
    assert lookup.registered.text() == "Chưa đăng ký thi đua theo tên."
    year = window.current_year

    def answer(dialog: object) -> bool:
        assert isinstance(dialog, RegistrationDialog)
        codes = [dialog.award.itemData(i) for i in range(dialog.award.count())]
        assert "ldtt" in codes and "giay_khen_xa" not in codes  # titles of a person only
        dialog.award.setCurrentIndex(codes.index("ldtt"))
        dialog.try_accept()
        return bool(dialog.result())

    page.actions.run_dialog = answer
    with qtbot.waitSignal(lookup.history_loaded, timeout=10_000):
        lookup.register_button.click()
    assert lookup.registered.text().startswith(f"Đăng ký thi đua: {year} Lao động tiên tiến")
