"""Khen thưởng: the year's proposals and their workflow, a recipient's history, statistics."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.attachments import DOSSIER_KINDS, USUAL_KIND, AttachmentKind, PaperOwner
from thidua_desktop.domain.awards.dossiers import DossierRole
from thidua_desktop.domain.awards.types import DecidingLevel, ProposalStatus, Step
from thidua_desktop.gui.attachments.panel import AttachmentsPanel, Target
from thidua_desktop.gui.awards.actions import (
    ACHIEVEMENT_KIND,
    BALLOT_KIND,
    DECISION_KIND,
    MINUTES_KIND,
    PROPOSAL_KIND,
    AwardsActions,
)
from thidua_desktop.gui.awards.dossiers import DossierFlow
from thidua_desktop.gui.awards.lookup import LookupTab, StatisticsTab
from thidua_desktop.gui.awards.model import (
    LINE_COLUMNS,
    PROPOSAL_COLUMNS,
    RETURNED_LABEL,
    WARNING_COLOUR,
    date_text,
    select_where,
    selected,
    status_text,
    table,
)
from thidua_desktop.gui.common import errors
from thidua_desktop.gui.common.rich_text import escape
from thidua_desktop.gui.common.splitters import remember
from thidua_desktop.gui.common.table_model import RowTableModel
from thidua_desktop.services.attachments.rows import AttachmentRow
from thidua_desktop.services.awards.rows import DossierState, LineRow, ProposalDetail, ProposalRow

if TYPE_CHECKING:
    from thidua_desktop.gui.common.background import WorkerProgress
    from thidua_desktop.gui.common.workspace_host import WorkspaceHost
    from thidua_desktop.paths import DataDir
    from thidua_desktop.store.engine import Database

ALL_STATUSES = QT_TRANSLATE_NOOP("AwardsPage", "Mọi trạng thái")
RETURNED = "returned"  # the filter's value for drafts that were sent back


class AwardsPage(QWidget):
    proposals_loaded = Signal()  # the year's list is on screen
    detail_loaded = Signal()  # the selected proposal's lines are on screen
    sheet_previewed = Signal(object)  # SheetReport of an Excel import's preview
    changed = Signal()  # an action succeeded and its result is on screen
    failed = Signal()  # an action was refused (its message was shown)
    document_written = Signal(str)  # the path of a PDF or Excel file just written

    def __init__(self, main: WorkspaceHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = main
        self.actions = AwardsActions(self)
        self.dossiers = DossierFlow(self)
        self.detail: ProposalDetail | None = None
        self.all_rows: list[ProposalRow] = []
        self.last_saved: Path | None = None
        self._busy = False
        self._loading = False
        self._again = False
        self._wanted_id: int | None = None

        title = QLabel(self.tr("Khen thưởng"))
        title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._proposals_tab(), self.tr("Đề nghị"))
        self.lookup = LookupTab(self)
        self.tabs.addTab(self.lookup, self.tr("Tra cứu"))
        self.statistics = StatisticsTab(self)
        self.tabs.addTab(self.statistics, self.tr("Thống kê"))
        from thidua_desktop.gui.awards.initiatives import InitiativesTab

        self.initiatives = InitiativesTab(self)
        self.tabs.addTab(self.initiatives, self.tr("Sổ sáng kiến"))

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)

        self.tabs.currentChanged.connect(self._tab_changed)
        main.year_changed.connect(self._year_changed)
        main.workspace_ready.connect(self.reload)
        main.context_changed.connect(self._context_changed)
        self._show_detail(None)

    # -- layout ----------------------------------------------------------------------------
    def _proposals_tab(self) -> QWidget:
        self.status_filter = QComboBox()
        self.status_filter.addItem(QCoreApplication.translate("AwardsPage", ALL_STATUSES), None)
        for status in ProposalStatus:
            self.status_filter.addItem(status_text_of(status), status.value)
        self.status_filter.addItem(status_label(RETURNED_LABEL), RETURNED)
        self.add_button = QPushButton(self.tr("Thêm đề nghị…"))
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.delete_button = QPushButton(self.tr("Xóa"))
        self.dossier_button = QPushButton(self.tr("Hồ sơ liên cấp"))
        self.dossier_button.setToolTip(
            self.tr(
                "Gửi hồ sơ đề nghị (kèm giấy tờ) lên cấp xét, gửi kết quả xét về cấp dưới, nhận "
                "hồ sơ và kết quả, xem hộp hồ sơ với trạng thái từng hồ sơ"
            )
        )
        dossier_menu = QMenu(self.dossier_button)
        self.send_dossier_action = dossier_menu.addAction(
            self.tr("Gửi hồ sơ lên cấp trên…"), lambda: self.dossiers.send(reply=False)
        )
        self.send_reply_action = dossier_menu.addAction(
            self.tr("Gửi kết quả xét về cơ quan gửi…"), lambda: self.dossiers.send(reply=True)
        )
        dossier_menu.addSeparator()
        dossier_menu.addAction(self.tr("Nhận hồ sơ, kết quả…"), lambda: self.dossiers.receive())
        dossier_menu.addAction(self.tr("Hộp hồ sơ liên cấp…"), self.dossiers.open_inbox)
        self.dossier_button.setMenu(dossier_menu)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Trạng thái:")))
        bar.addWidget(self.status_filter)
        bar.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        bar.addSpacing(16)
        bar.addWidget(self.dossier_button)

        self.proposals: RowTableModel[ProposalRow] = RowTableModel(PROPOSAL_COLUMNS, self)
        self.proposal_view = table(self.proposals, stretch=2, sort=1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.proposal_view)

        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.warnings.setStyleSheet(
            f"color: {WARNING_COLOUR}; background: #fff6ea; border: 1px solid #f0c48a;"
            " padding: 4px;"
        )
        self.lines: RowTableModel[LineRow] = RowTableModel(LINE_COLUMNS, self)
        self.line_view = table(self.lines, stretch=9)

        self.add_line_button = QPushButton(self.tr("Thêm người, tập thể…"))
        self.edit_line_button = QPushButton(self.tr("Sửa dòng…"))
        self.remove_line_button = QPushButton(self.tr("Xóa dòng"))
        self.submit_button = QPushButton(self.tr("Trình…"))
        self.review_button = QPushButton(self.tr("Ghi kết quả Hội đồng…"))
        self.return_button = QPushButton(self.tr("Trả lại…"))
        self.decide_button = QPushButton(self.tr("Quyết định…"))
        self.awarded_button = QPushButton(self.tr("Đã trao…"))
        self.record_button = QPushButton(self.tr("Ghi QĐ đã có…"))
        self.record_button.setToolTip(
            self.tr(
                "Danh sách này đã được khen thưởng theo quyết định ban hành ở nơi khác hoặc "
                "trước khi dùng phần mềm: ghi quyết định đó, không qua trình và Hội đồng"
            )
        )
        self.proposal_pdf_button = QPushButton(self.tr("In tờ trình (PDF)…"))
        self.decision_pdf_button = QPushButton(self.tr("In quyết định (PDF)…"))
        self.xlsx_button = QPushButton(self.tr("Xuất danh sách (Excel)…"))
        self.docx_button = QPushButton(self.tr("Bản Word để sửa"))
        self.docx_button.setToolTip(
            self.tr(
                "Tờ trình hoặc quyết định dạng .docx, cùng thể thức, để sửa câu chữ trước khi ký"
            )
        )
        docx_menu = QMenu(self.docx_button)
        self.proposal_docx_action = docx_menu.addAction(
            self.tr("Tờ trình (.docx)…"),
            lambda: self.actions.save_document(PROPOSAL_KIND, ".docx"),
        )
        self.decision_docx_action = docx_menu.addAction(
            self.tr("Quyết định (.docx)…"),
            lambda: self.actions.save_document(DECISION_KIND, ".docx"),
        )
        self.docx_button.setMenu(docx_menu)
        self.papers_button = QPushButton(self.tr("Giấy tờ hồ sơ"))
        self.papers_button.setToolTip(
            self.tr(
                "Biên bản họp Hội đồng, phiếu bầu, báo cáo thành tích: PDF hoặc Word để sửa; "
                "bằng khen, giấy khen in lên phôi"
            )
        )
        papers_menu = QMenu(self.papers_button)
        self.paper_actions: dict[tuple[str, str], Any] = {}
        for kind, label in (
            (MINUTES_KIND, self.tr("Biên bản họp Hội đồng")),
            (BALLOT_KIND, self.tr("Phiếu bầu (bỏ phiếu kín)")),
            (ACHIEVEMENT_KIND, self.tr("Báo cáo thành tích của dòng đang chọn")),
        ):
            for suffix in (".pdf", ".docx"):
                text = f"{label} ({suffix[1:].upper() if suffix == '.pdf' else 'Word'})…"
                self.paper_actions[(kind, suffix)] = papers_menu.addAction(
                    text,
                    lambda kind=kind, suffix=suffix: self.actions.save_document(kind, suffix),
                )
        papers_menu.addSeparator()
        self.certificates_action = papers_menu.addAction(
            self.tr("Bằng khen, giấy khen in lên phôi…"), self.actions.print_certificates
        )
        self.papers_button.setMenu(papers_menu)
        self.open_button = QPushButton(self.tr("Mở tệp vừa lưu"))
        self.open_button.setEnabled(False)
        self.excel_button = QPushButton(self.tr("Excel"))
        self.excel_button.setToolTip(
            self.tr("Mẫu danh sách để đơn vị điền, và nhập danh sách vào đề nghị nháp đang chọn")
        )
        excel_menu = QMenu(self.excel_button)
        excel_menu.addAction(self.tr("Mẫu danh sách Excel…"), self.save_lines_template)
        self.import_lines_action = excel_menu.addAction(
            self.tr("Nhập danh sách từ Excel vào đề nghị này…"), lambda: self.import_lines()
        )
        self.excel_button.setMenu(excel_menu)
        # The lines' own buttons sit beside their tab (a row of ten did not fit 1280 pixels);
        # the row under the warnings holds the proposal's steps.
        self.line_buttons = QWidget()
        line_buttons = QHBoxLayout(self.line_buttons)
        line_buttons.setContentsMargins(0, 0, 0, 2)
        for button in (
            self.add_line_button,
            self.edit_line_button,
            self.remove_line_button,
            self.excel_button,
        ):
            line_buttons.addWidget(button)
        line_bar = QHBoxLayout()
        for button in (
            self.submit_button,
            self.review_button,
            self.return_button,
            self.decide_button,
            self.awarded_button,
            self.record_button,
        ):
            line_bar.addWidget(button)
        line_bar.addStretch(1)
        print_bar = QHBoxLayout()
        for button in (
            self.proposal_pdf_button,
            self.decision_pdf_button,
            self.xlsx_button,
            self.docx_button,
            self.papers_button,
            self.open_button,
        ):
            print_bar.addWidget(button)
        self.status = QLabel()
        self.status.setObjectName("muted")
        print_bar.addWidget(self.status, 1)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.info)
        bottom_layout.addWidget(self.warnings)
        bottom_layout.addLayout(line_bar)
        self.papers = AttachmentsPanel(
            self.main.background,
            lambda: self.main.db,
            self.main.data_dir,
            self.main.settings,
            load=_dossier_papers,
            attach=_attach_paper,
            kinds=DOSSIER_KINDS,
            parts=True,
        )
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setDocumentMode(True)
        self.detail_tabs.addTab(self.line_view, self.tr("Danh sách đề nghị"))
        self.detail_tabs.addTab(self.papers, self.tr("Hồ sơ đính kèm"))
        self.detail_tabs.setCornerWidget(self.line_buttons, Qt.Corner.TopRightCorner)
        self.detail_tabs.currentChanged.connect(
            lambda index: self.line_buttons.setVisible(index == 0)
        )
        bottom_layout.addWidget(self.detail_tabs, 1)
        bottom_layout.addLayout(print_bar)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        # About half each at 1366×768: the year's proposals and the chosen one's lines.
        splitter.setSizes([330, 300])
        splitter.setChildrenCollapsible(False)
        remember(splitter, self.main.settings, "awards")

        actions = self.actions
        self.add_button.clicked.connect(actions.add_proposal)
        self.edit_button.clicked.connect(actions.edit_proposal)
        self.delete_button.clicked.connect(actions.delete_proposal)
        self.add_line_button.clicked.connect(lambda: actions.edit_line(new=True))
        self.edit_line_button.clicked.connect(lambda: actions.edit_line(new=False))
        self.remove_line_button.clicked.connect(actions.remove_line)
        self.line_view.doubleClicked.connect(lambda _i: actions.edit_line(new=False))
        self.submit_button.clicked.connect(actions.submit)
        self.review_button.clicked.connect(actions.review)
        self.return_button.clicked.connect(actions.return_)
        self.decide_button.clicked.connect(actions.decide)
        self.awarded_button.clicked.connect(actions.awarded)
        self.record_button.clicked.connect(actions.record)
        self.proposal_pdf_button.clicked.connect(
            lambda: actions.save_document(PROPOSAL_KIND, ".pdf")
        )
        self.decision_pdf_button.clicked.connect(
            lambda: actions.save_document(DECISION_KIND, ".pdf")
        )
        self.xlsx_button.clicked.connect(lambda: actions.save_document(PROPOSAL_KIND, ".xlsx"))
        self.open_button.clicked.connect(self.open_saved)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.proposal_view.selectionModel().currentRowChanged.connect(self._proposal_selected)
        self.line_view.selectionModel().currentRowChanged.connect(lambda *_a: self.update_buttons())
        self.papers.model.modelReset.connect(self._papers_counted)
        self.detail_tabs.currentChanged.connect(self._detail_tab_changed)
        return splitter_container(splitter)

    # -- loading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def _year_changed(self, _year: int) -> None:
        if self.isVisible():
            self.reload()
            self.initiatives.invalidate()

    def _context_changed(self) -> None:
        if self.isVisible():
            self.reload()

    def _tab_changed(self, _index: int) -> None:
        self.lookup.year_shown(self.main.current_year)
        self.statistics.year_shown(self.main.current_year)
        self.initiatives.year_shown(self.main.current_year)

    def reload(self) -> None:
        """Read the year's proposals (one service call); the current one stays selected."""
        db = self.main.db
        if db is None or not self.isVisible():
            return
        if self._loading:
            self._again = True
            return
        year = self.main.current_year
        current = self.current_proposal()
        if current is not None and self._wanted_id is None:
            self._wanted_id = current.id
        self._loading = True
        self.subtitle.setText(self.tr("Năm {year}: đang đọc đề nghị…").format(year=year))

        def work(_progress: WorkerProgress) -> tuple[int, list[ProposalRow]]:
            from thidua_desktop.services.awards.proposals import list_proposals

            return year, list_proposals(db, year=year)

        self.main.background.run(work, on_success=self._loaded, on_failure=self._load_failed)
        self._tab_changed(self.tabs.currentIndex())

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = self._again = False
        if errors.no_office(exc):  # only opened: said in place, asked when the user acts
            self.subtitle.setText(
                self.tr("Chưa chọn cơ quan sử dụng: bấm “Đổi…” ở góc trên bên phải để chọn.")
            )
            return
        errors.report(self, exc)

    def _loaded(self, loaded: tuple[int, list[ProposalRow]]) -> None:
        year, rows = loaded
        self._loading = False
        if self._again or year != self.main.current_year:
            self._again = False
            self.reload()
            return
        self.all_rows = rows
        office = self.main.profile.office_name if self.main.profile else ""
        self.subtitle.setText(
            self.tr("Năm {year} · {office} và các đơn vị trực thuộc · {n} đề nghị").format(
                year=year, office=office or "", n=len(rows)
            )
        )
        self._apply_filter()
        self.proposals_loaded.emit()

    def _apply_filter(self) -> None:
        wanted = self.status_filter.currentData()
        current = self.current_proposal()
        if current is not None and self._wanted_id is None:
            self._wanted_id = current.id
        if wanted is None:
            rows = self.all_rows
        elif wanted == RETURNED:
            rows = [r for r in self.all_rows if r.returned]
        else:
            rows = [r for r in self.all_rows if r.status.value == wanted and not r.returned]
        self.proposals.set_rows(rows)
        wanted_id, self._wanted_id = self._wanted_id, None
        if wanted_id is None or not select_where(self.proposal_view, lambda r: r.id == wanted_id):
            self._show_detail(None)

    def save_lines_template(self) -> None:
        """The list-shaped workbook of recipients and titles, for the units to fill."""
        from thidua_desktop.gui.sheets.actions import save_template

        db = self.main.db
        if db is None:
            return
        save_template(
            self, self.main.background, db, self.main.settings, kind="award-lines",
            campaign="", year=self.main.current_year, unit=None,
            done=lambda p: self.status.setText(self.tr("Đã lập mẫu Excel: {0}").format(p)),
        )  # fmt: skip

    def import_lines(self, path: Path | None = None) -> None:
        """Preview a list of recipients and titles, then add them to the draft shown."""
        from thidua_desktop.gui.sheets.actions import preview_workbook

        db, detail = self.main.db, self.detail
        if db is None or detail is None or not detail.proposal.editable:
            return
        proposal_id = detail.proposal.id

        def shown(dialog: object, report: object) -> None:
            self.sheet_dialog = dialog
            self.sheet_previewed.emit(report)

        def applied(_report: object) -> None:
            self.reload()

        preview_workbook(
            self, self.main.background, db, self.main.data_dir, self.main.settings,
            kind="award-lines", campaign="", year=self.main.current_year, path=path,
            shown=shown, applied=applied, proposal=proposal_id,
        )  # fmt: skip

    def current_proposal(self) -> ProposalRow | None:
        row = selected(self.proposal_view)
        return row if isinstance(row, ProposalRow) else None

    def current_line(self) -> LineRow | None:
        row = selected(self.line_view)
        return row if isinstance(row, LineRow) else None

    def select_proposal(self, proposal_id: int) -> bool:
        return select_where(self.proposal_view, lambda r: r.id == proposal_id)

    def _proposal_selected(self, *_args: object) -> None:
        row, db = self.current_proposal(), self.main.db
        if row is None or db is None:
            self._show_detail(None)
            return
        proposal_id = row.id

        def work(_progress: WorkerProgress) -> ProposalDetail:
            from thidua_desktop.services.awards.proposals import get_proposal

            return get_proposal(db, proposal_id)

        self.main.background.run(work, on_success=self._detail_read, on_failure=self._load_failed)

    def _detail_read(self, detail: ProposalDetail) -> None:
        current = self.current_proposal()
        if current is None or current.id != detail.proposal.id:
            return  # another proposal was selected meanwhile
        self._show_detail(detail)
        self.detail_loaded.emit()

    # -- the detail ------------------------------------------------------------------------
    def _show_detail(self, detail: ProposalDetail | None) -> None:
        self.detail = detail
        self.lines.set_rows(detail.lines if detail else [])
        self._show_papers(detail)
        if detail is None:
            self.info.setText(self.tr("Chọn một đề nghị để xem danh sách và thao tác."))
            self.warnings.setVisible(False)
            self.update_buttons()
            return
        self.info.setText(self._info_html(detail))
        texts = [w.message for w in detail.warnings]
        self.warnings.setVisible(bool(texts))
        if texts:
            items = "".join(f"<li>{escape(text)}</li>" for text in texts)
            self.warnings.setText(
                self.tr("<b>⚠ Cảnh báo theo quy định ({n}):</b>").format(n=len(texts))
                + f"<ul style='margin: 0'>{items}</ul>"
            )
        self.update_buttons()

    def _show_papers(self, detail: ProposalDetail | None) -> None:
        """The dossier's papers: its own, its lines' and its decisions'; a new file goes to the
        proposal, a line or a decision (a line's is usually its báo cáo thành tích)."""
        if detail is None:
            self.papers.set_owner(None, editable=False)
            self.papers.set_targets([])
            return
        # A dossier received from below keeps its sender's papers; here a paper goes on a
        # decision only (the signed quyết định travels back down with the answer).
        received = bool(
            detail.proposal.dossier and detail.proposal.dossier.role is DossierRole.RECEIVED
        )
        targets: list[Target] = []
        if not received:
            targets.append(
                (
                    self.tr("Hồ sơ đề nghị"),
                    (PaperOwner.PROPOSAL, None),
                    USUAL_KIND[PaperOwner.PROPOSAL],
                )
            )
            targets += [
                (
                    self.tr("Dòng {n}: {name}").format(n=line.position, name=line.recipient.name),
                    (PaperOwner.LINE, line.id),
                    USUAL_KIND[PaperOwner.LINE],
                )
                for line in detail.lines
            ]
        targets += [
            (
                self.tr("Quyết định số {0}").format(decision.number),
                (PaperOwner.DECISION, decision.id),
                USUAL_KIND[PaperOwner.DECISION],
            )
            for decision in detail.decisions
        ]
        self.papers.set_targets(targets)
        owner = str(detail.proposal.id)
        editable = not detail.proposal.read_only_reason and bool(targets)
        if self.papers.owner != owner:
            self.papers.set_owner(owner, editable=editable)
        else:  # the same dossier after a change: its papers again (a line may have gone)
            self.papers.set_editable(editable)
            self.papers.reload()
        self._detail_tab_changed()

    def _papers_counted(self) -> None:
        count = self.papers.model.rowCount()
        self.detail_tabs.setTabText(
            1,
            self.tr("Hồ sơ đính kèm ({0})").format(count) if count else self.tr("Hồ sơ đính kèm"),
        )

    def _detail_tab_changed(self, *_args: object) -> None:
        """Opening the papers with a line chosen: a new file goes to that line."""
        line = self.current_line()
        if self.detail_tabs.currentWidget() is self.papers and line is not None:
            self.papers.choose_target((PaperOwner.LINE, line.id))

    def _info_html(self, detail: ProposalDetail) -> str:
        p = detail.proposal
        parts = [
            f"<b>{escape(p.title)}</b>",
            self.tr(
                "{unit} · Số {number} ngày {day} · trình {level} · Trạng thái: <b>{status}</b>"
            ).format(
                unit=escape(p.unit_name),
                number=escape(p.number or "—"),
                day=date_text(p.proposal_date),
                level=status_label(p.to_level.label),
                status=escape(status_text(p)),
            ),
        ]
        if p.recorded:
            parts.append(
                self.tr("Ghi lại quyết định đã ban hành (không qua trình, Hội đồng, bỏ phiếu).")
            )
        if p.review_date:
            parts.append(
                self.tr("Hội đồng xét ngày {day}: {present}/{members} thành viên có mặt.").format(
                    day=date_text(p.review_date),
                    present=p.members_present,
                    members=p.council_members,
                )
            )
        for decision in detail.decisions:
            parts.append(
                self.tr(
                    "Quyết định {number} ngày {day} của {issuer}, ký: {signer} ({lines} dòng)."
                ).format(
                    number=escape(decision.number),
                    day=date_text(decision.day),
                    issuer=escape(decision.issuer),
                    signer=escape(decision.signer_name or "—"),
                    lines=decision.lines,
                )
            )
        if p.awarded_on:
            parts.append(self.tr("Đã trao ngày {day}.").format(day=date_text(p.awarded_on)))
        if p.returned:
            parts.append(
                "<span style='color: #b00020'>"
                + self.tr("Đã trả lại ngày {day}, lý do: {reason}").format(
                    day=date_text(p.returned_on), reason=escape(p.return_reason)
                )
                + "</span>"
            )
        if p.dossier is not None:
            parts.append(self._dossier_html(p.dossier))
        if p.read_only_reason:
            parts.append(f"<i>{escape(p.read_only_reason)}</i>")
        return "<br>".join(parts)

    def _dossier_html(self, state: DossierState) -> str:
        status = escape(domain_label(state.status.label))
        if state.role is DossierRole.SENT:
            text = self.tr(
                "Hồ sơ đã gửi {receiver} (lần {n}, lúc {when}) · ở cấp xét: <b>{status}</b>"
            ).format(
                receiver=escape(state.counterpart_name),
                n=state.times_sent,
                when=f"{state.dossier_at.astimezone():%d/%m/%Y %H:%M}",
                status=status,
            )
            return text
        text = self.tr(
            "Hồ sơ nhận từ {sender} (lần {n}): nội dung do cơ quan gửi sửa và gửi lại; ở đây "
            "Hội đồng xét, trả lại hoặc quyết định. Trạng thái: <b>{status}</b>"
        ).format(sender=escape(state.counterpart_name), n=state.times_sent, status=status)
        if state.reported is not state.status:
            text += " · " + self.tr(
                "<span style='color: #8a4b00'>chưa gửi kết quả này về cơ quan gửi</span>"
            )
        return text

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.update_buttons()

    def update_buttons(self) -> None:
        detail = None if self._busy else self.detail
        row = detail.proposal if detail else None
        steps = row.steps if row else ()
        editable = bool(row and row.editable)
        has_line = self.current_line() is not None
        self.add_button.setEnabled(not self._busy and self.main.db is not None)
        self.edit_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.add_line_button.setEnabled(editable)
        self.edit_line_button.setEnabled(editable and has_line)
        self.remove_line_button.setEnabled(editable and has_line)
        self.excel_button.setEnabled(not self._busy and self.main.db is not None)
        self.import_lines_action.setEnabled(editable)
        self.submit_button.setEnabled(Step.SUBMIT in steps)
        self.review_button.setEnabled(Step.REVIEW in steps)
        self.return_button.setEnabled(Step.RETURN in steps)
        self.decide_button.setEnabled(Step.DECIDE in steps)
        self.awarded_button.setEnabled(Step.AWARD in steps)
        self.record_button.setEnabled(editable and bool(row and row.lines))
        self.proposal_pdf_button.setEnabled(bool(row and row.lines))
        self.xlsx_button.setEnabled(bool(row and row.lines))
        self.decision_pdf_button.setEnabled(bool(detail and detail.decisions))
        self.docx_button.setEnabled(bool(row and row.lines))
        self.proposal_docx_action.setEnabled(bool(row and row.lines))
        self.decision_docx_action.setEnabled(bool(detail and detail.decisions))
        reviewed = bool(row and row.review_date and detail and detail.decisions is not None)
        ballot = bool(detail and any(line.needs_ballot for line in detail.lines))
        for (kind, _suffix), action in self.paper_actions.items():
            action.setEnabled(
                {MINUTES_KIND: reviewed, BALLOT_KIND: ballot, ACHIEVEMENT_KIND: has_line}[kind]
            )
        # Bằng, huy chương of the State are printed at the centre: no blank of ours for them.
        self.certificates_action.setEnabled(
            bool(detail and detail.decisions and row and row.to_level is not DecidingLevel.CENTRAL)
        )
        self.papers_button.setEnabled(bool(row and row.lines))
        dossier = row.dossier if row else None
        self.send_dossier_action.setEnabled(
            bool(
                row
                and row.status is ProposalStatus.SUBMITTED
                and row.to_level is not row.own_level
                and not row.read_only_reason
                and (dossier is None or dossier.role is DossierRole.SENT)
            )
        )
        self.send_reply_action.setEnabled(
            bool(dossier and dossier.role is DossierRole.RECEIVED and not row.read_only_reason)
        )
        self.dossier_button.setEnabled(not self._busy and self.main.db is not None)

    # -- after an action -------------------------------------------------------------------
    def after_change(self, result: Any, message: str) -> None:
        """Show what an action returned: the proposal as it is now (or the id of a deleted one)."""
        self._busy = False
        self.main.status.setText(message)
        self.status.setText(message)
        if isinstance(result, ProposalDetail):
            row = result.proposal
            if row.year == self.main.current_year:
                self.all_rows = [r for r in self.all_rows if r.id != row.id] + [row]
                self.all_rows.sort(key=lambda r: (r.proposal_date, r.id))
            self._wanted_id = row.id
            self._apply_filter()
            shown = self.current_proposal()
            if shown is None or shown.id != row.id:
                # Filtered out by the status filter: show it anyway.
                self.status_filter.setCurrentIndex(0)
                self.select_proposal(row.id)
            self._show_detail(result)
        else:
            self.all_rows = [r for r in self.all_rows if r.id != result]
            self._apply_filter()
        # Quota and duplicate warnings cross proposals: re-read the year's rows (one call),
        # the selection kept, so the other rows' warning counts are current too.
        self.reload()
        self.statistics.invalidate()
        self.lookup.invalidate()
        self.changed.emit()

    def action_failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        errors.report(self, exc)
        self.failed.emit()
        from thidua_desktop.services.core.audit import ChangedMeanwhileError

        if isinstance(exc, ChangedMeanwhileError):
            self.reload()  # someone else changed the proposal: show it as it is now

    def document_saved(self, path: Path) -> None:
        self.set_busy(False)
        self.last_saved = path
        self.open_button.setEnabled(True)
        message = self.tr("Đã lưu {name}.").format(name=path.name)
        self.status.setText(message)
        self.main.status.setText(message)
        self.document_written.emit(str(path))

    def open_saved(self) -> None:
        if self.last_saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_saved)))


def _dossier_papers(db: Database, owner: str) -> list[AttachmentRow]:
    from thidua_desktop.services.attachments.dossiers import dossier_attachments

    return dossier_attachments(db, int(owner))


def _attach_paper(
    db: Database,
    data_dir: DataDir,
    owner: str,
    path: Path,
    kind: AttachmentKind | None,
    part: object,
) -> AttachmentRow:
    from thidua_desktop.services.attachments.dossiers import attach_to_dossier

    where, key = part if isinstance(part, tuple) else (PaperOwner.PROPOSAL, None)
    return attach_to_dossier(
        db,
        data_dir,
        proposal_id=int(owner),
        path=path,
        kind=kind or USUAL_KIND[where],
        line_id=key if where == PaperOwner.LINE else None,
        decision_id=key if where == PaperOwner.DECISION else None,
    )


def domain_label(text: str) -> str:
    from thidua_desktop.gui.common import domain_labels

    return domain_labels.label(text)


def status_label(text: str) -> str:
    from thidua_desktop.gui.common import domain_labels

    return domain_labels.capitalised(text)


def status_text_of(status: ProposalStatus) -> str:
    from thidua_desktop.gui.common import domain_labels

    return domain_labels.label(status.label)


def splitter_container(splitter: QSplitter) -> QWidget:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.addWidget(splitter)
    return widget
