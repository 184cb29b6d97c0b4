"""Cụm, khối thi đua: the year's clusters with their giao ước and members; for the chosen one,
its scoring table, the grid where each member's self-score and the cluster's review are entered
(a reason for every change), and the ranking, published and turned into a proposal."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.numbers import format_number, parse_number
from thidua_desktop.gui.attachments.panel import AttachmentsPanel
from thidua_desktop.gui.awards.model import select_where, selected, table
from thidua_desktop.gui.clusters.dialogs import ClusterDialog, MembersDialog, TableDialog
from thidua_desktop.gui.common import domain_labels, errors
from thidua_desktop.gui.common.rich_text import escape
from thidua_desktop.gui.common.splitters import remember
from thidua_desktop.gui.common.table_model import Column, RowTableModel, count_column
from thidua_desktop.services.clusters.rows import (
    ClusterDetail,
    ClusterRow,
    CriterionRow,
    MemberScores,
    PointsEntry,
    Ranking,
    RankingRow,
)

if TYPE_CHECKING:
    from thidua_desktop.domain.attachments import AttachmentKind
    from thidua_desktop.gui.common.background import WorkerProgress
    from thidua_desktop.gui.common.workspace_host import WorkspaceHost
    from thidua_desktop.paths import DataDir
    from thidua_desktop.services.attachments.rows import AttachmentRow
    from thidua_desktop.store.engine import Database


# The attachment panels' owners: "cluster id" (the giao ước), "cluster id:member code" (evidence).
def _load_agreement(db: Database, owner: str) -> list[AttachmentRow]:
    from thidua_desktop.services.attachments.clusters import agreement_papers

    return agreement_papers(db, int(owner))


def _attach_agreement(
    db: Database,
    data_dir: DataDir,
    owner: str,
    path: Path,
    kind: AttachmentKind | None,
    _part: object,
) -> AttachmentRow:
    from thidua_desktop.domain.attachments import AttachmentKind
    from thidua_desktop.services.attachments.clusters import attach_agreement

    return attach_agreement(
        db, data_dir, cluster_id=int(owner), path=path, kind=kind or AttachmentKind.AGREEMENT
    )


def _load_evidence(db: Database, owner: str) -> list[AttachmentRow]:
    from thidua_desktop.services.attachments.clusters import member_evidence

    cluster_id, unit = owner.split(":", 1)
    return member_evidence(db, int(cluster_id), unit)


def _attach_evidence(
    db: Database,
    data_dir: DataDir,
    owner: str,
    path: Path,
    kind: AttachmentKind | None,
    part: object,
) -> AttachmentRow:
    from thidua_desktop.domain.attachments import AttachmentKind
    from thidua_desktop.services.attachments.clusters import attach_evidence

    cluster_id, unit = owner.split(":", 1)
    return attach_evidence(
        db, data_dir, cluster_id=int(cluster_id), unit_code=unit, criterion_code=str(part),
        path=path, kind=kind or AttachmentKind.EVIDENCE,
    )  # fmt: skip


def _date(day: dt.date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else ""


def _moment(when: dt.datetime) -> str:
    return f"{when.astimezone():%d/%m/%Y %H:%M}"


def _evidence_kind() -> AttachmentKind:
    from thidua_desktop.domain.attachments import AttachmentKind

    return AttachmentKind.EVIDENCE


def _points(value: Decimal | None) -> str:
    return format_number(value) if value is not None else ""


CLUSTER_COLUMNS: list[Column[ClusterRow]] = [
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Mã"), lambda c: c.code),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Tên"), lambda c: c.name),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Loại"), lambda c: domain_labels.label(c.kind.label)),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Hội đồng tổ chức"), lambda c: c.council_unit_name),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Trưởng cụm, khối"), lambda c: c.head),
    count_column(QT_TRANSLATE_NOOP("RowTableModel", "Thành viên"), "members"),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Giao ước"),
        lambda c: f"{c.agreement_number} {_date(c.agreement_date)}".strip(),
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Hạn tự chấm"), lambda c: _date(c.self_score_due)),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Hạn chấm chéo"), lambda c: _date(c.review_due)),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Công bố"), lambda c: _date(c.published_on)),
]
CRITERION_COLUMNS: list[Column[CriterionRow]] = [
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Mã"), lambda c: c.code),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Tiêu chí"),
        lambda c: "    " * (c.depth - 1) + c.title,
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Điểm tối đa"),
        lambda c: _points(c.max_points),
        right=True,
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Loại"), lambda c: domain_labels.label(c.kind.label)),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Minh chứng"), lambda c: c.evidence),
]
RANKING_COLUMNS: list[Column[RankingRow]] = [
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Hạng"),
        lambda r: f"{r.rank}{' =' if r.tied else ''}",
        sort=lambda r: r.rank,
        right=True,
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Đơn vị"), lambda r: r.unit_name),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Vai trò"), lambda r: domain_labels.label(r.role.label)
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Tự chấm"),
        lambda r: _points(r.self_total),
        sort=lambda r: r.self_total,
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Điểm tiêu chí"),
        lambda r: _points(r.totals.scored),
        sort=lambda r: r.totals.scored,
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Thưởng"),
        lambda r: _points(r.totals.bonus),
        sort=lambda r: r.totals.bonus,
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Trừ"),
        lambda r: _points(r.totals.deduction),
        sort=lambda r: r.totals.deduction,
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Tổng điểm"),
        lambda r: _points(r.totals.total),
        sort=lambda r: r.totals.total,
        right=True,
        background=lambda r: QColor("#e6f4ea") if r.rank == 1 else None,
    ),
    count_column(QT_TRANSLATE_NOOP("RowTableModel", "Tiêu chí cụm sửa điểm"), "changed"),
]
SCORE_HEADERS = (
    QT_TRANSLATE_NOOP("ClustersPage", "Mã"),
    QT_TRANSLATE_NOOP("ClustersPage", "Tiêu chí"),
    QT_TRANSLATE_NOOP("ClustersPage", "Tối đa"),
    QT_TRANSLATE_NOOP("ClustersPage", "Tự chấm"),
    QT_TRANSLATE_NOOP("ClustersPage", "Minh chứng"),
    QT_TRANSLATE_NOOP("ClustersPage", "Cụm chấm"),
    QT_TRANSLATE_NOOP("ClustersPage", "Lý do sửa điểm"),
    QT_TRANSLATE_NOOP("ClustersPage", "Tệp"),
)
SELF_COLUMNS, REVIEW_COLUMNS = (3, 4), (5, 6)
PROPOSED_AWARDS = ("co_thi_dua_tinh", "bang_khen_tinh")  # what a cluster's ranking proposes


class ClustersPage(QWidget):
    loaded = Signal()  # the year's clusters are on screen
    detail_loaded = Signal()  # the chosen cluster's table, scores and ranking are on screen
    changed = Signal()  # an action succeeded
    failed = Signal()  # an action was refused (its message was shown)
    sheet_previewed = Signal(object)  # SheetReport of an Excel import's preview
    document_written = Signal(str)  # the path of a document just saved
    suggested = Signal(int)  # how many suggested points were filled into the grid
    received_preview = Signal(object)  # ReceivePreview of a cụm, khối package chosen

    def __init__(self, main: WorkspaceHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = main
        self.detail: ClusterDetail | None = None
        self.ranking: Ranking | None = None
        self.scores: MemberScores | None = None
        self._busy = False
        self._filling = False
        # (cluster id, member) whose grid holds typed points not saved yet: a refresh (a page
        # switch, another save) does not overwrite them.
        self._dirty: tuple[int, str] | None = None
        self.last_saved: Path | None = None
        # Tests replace these (dialogs are modal).
        self.run_dialog = lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted
        self.confirm = lambda title, text: (
            QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes
        )
        self.ask_places = lambda: QInputDialog.getInt(
            self, self.tr("Lập đề nghị khen thưởng"),
            self.tr("Đề nghị cho các đơn vị xếp hạng từ 1 đến:"), 1, 1, 50,
        )  # fmt: skip

        title = QLabel(self.tr("Cụm, khối thi đua"))
        title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.add_button = QPushButton(self.tr("Thêm cụm, khối…"))
        self.edit_button = QPushButton(self.tr("Sửa, giao ước…"))
        self.members_button = QPushButton(self.tr("Thành viên…"))
        self.table_button = QPushButton(self.tr("Bảng chấm điểm…"))
        self.copy_button = QPushButton(self.tr("Chép bảng năm trước"))
        self.exchange_button = QPushButton(self.tr("Trao đổi"))
        self.exchange_button.setToolTip(
            self.tr(
                "Gửi bảng chấm điểm xuống các đơn vị thành viên, gửi điểm tự chấm lên cơ quan tổ "
                "chức, nhận gói của cụm, khối"
            )
        )
        exchange_menu = QMenu(self.exchange_button)
        self.send_table_action = exchange_menu.addAction(
            self.tr("Gửi bảng chấm điểm xuống các thành viên…"),
            lambda: self.send_package(scores=False),
        )
        self.send_scores_action = exchange_menu.addAction(
            self.tr("Gửi điểm tự chấm lên cơ quan tổ chức…"),
            lambda: self.send_package(scores=True),
        )
        exchange_menu.addSeparator()
        exchange_menu.addAction(self.tr("Nhận gói cụm, khối…"), lambda: self.receive_package())
        self.exchange_button.setMenu(exchange_menu)
        bar = QHBoxLayout()
        bar.addStretch(1)
        for button in (
            self.add_button,
            self.edit_button,
            self.members_button,
            self.table_button,
            self.copy_button,
            self.exchange_button,
        ):
            bar.addWidget(button)
        self.clusters: RowTableModel[ClusterRow] = RowTableModel(CLUSTER_COLUMNS, self)
        self.cluster_view = table(self.clusters, stretch=1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.cluster_view)

        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.criteria: RowTableModel[CriterionRow] = RowTableModel(CRITERION_COLUMNS, self)
        self.criteria_view = table(self.criteria, stretch=1)
        self.criteria_view.setSortingEnabled(False)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.criteria_view, self.tr("Bảng chấm điểm"))
        self.tabs.addTab(self._scoring_tab(), self.tr("Chấm điểm"))
        index = self.tabs.addTab(self.evidence, self.tr("Tệp minh chứng"))
        self.tabs.setTabToolTip(
            index, self.tr("Tệp minh chứng của thành viên đang chọn ở thẻ Chấm điểm")
        )
        self.tabs.addTab(self._ranking_tab(), self.tr("Xếp hạng"))
        self.agreement_papers = self._papers_panel(evidence=False)
        self.tabs.addTab(self.agreement_papers, self.tr("Văn bản giao ước"))
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.info)
        bottom_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([160, 480])
        splitter.setChildrenCollapsible(False)
        remember(splitter, main.settings, "clusters")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.subtitle)
        layout.addWidget(splitter, 1)

        self.add_button.clicked.connect(lambda: self.edit_cluster(new=True))
        self.edit_button.clicked.connect(lambda: self.edit_cluster(new=False))
        self.members_button.clicked.connect(self.edit_members)
        self.table_button.clicked.connect(self.edit_table)
        self.copy_button.clicked.connect(self.copy_table)
        self.cluster_view.selectionModel().currentRowChanged.connect(self._chosen)
        main.year_changed.connect(lambda _y: self.reload() if self.isVisible() else None)
        main.workspace_ready.connect(self.reload)
        self._show(None)

    def _scoring_tab(self) -> QWidget:
        self.member = QComboBox()
        self.excel_button = QPushButton(self.tr("Excel"))
        self.excel_button.setToolTip(
            self.tr("Mẫu Excel để các đơn vị ghi điểm tự chấm, và nhập điểm từ Excel")
        )
        excel_menu = QMenu(self.excel_button)
        excel_menu.addAction(self.tr("Mẫu Excel chấm điểm…"), self.save_excel_template)
        self.import_action = excel_menu.addAction(
            self.tr("Nhập điểm từ Excel…"), lambda: self.import_excel()
        )
        self.excel_button.setMenu(excel_menu)
        self.suggest_button = QPushButton(self.tr("Điền điểm gợi ý"))
        self.suggest_button.setToolTip(
            self.tr(
                "Điền vào các ô tự chấm còn trống điểm gợi ý từ dữ liệu của năm (công nhận an "
                "toàn về ANTT, nông thôn mới, tỷ lệ chỉ tiêu đạt) cho các tiêu chí có nguồn gợi ý"
            )
        )
        self.save_self = QPushButton(self.tr("Lưu điểm tự chấm"))
        self.save_review = QPushButton(self.tr("Lưu điểm cụm chấm"))
        self.totals = QLabel()
        self.totals.setObjectName("muted")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Thành viên:")))
        bar.addWidget(self.member, 1)
        bar.addStretch(1)
        bar.addWidget(self.excel_button)
        bar.addWidget(self.suggest_button)
        bar.addWidget(self.save_self)
        bar.addWidget(self.save_review)
        self.grid = QTableWidget(0, len(SCORE_HEADERS))
        self.grid.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ClustersPage", h) for h in SCORE_HEADERS]
        )
        self.grid.verticalHeader().setVisible(False)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 5, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.evidence = self._papers_panel(evidence=True)
        self.evidence.changed.connect(self._load_scores)
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.totals)
        layout.addWidget(self.grid, 1)
        self.grid.currentCellChanged.connect(self._grid_row_changed)
        self.member.currentIndexChanged.connect(self._member_changed)
        self.grid.itemChanged.connect(self._edited)
        self.save_self.clicked.connect(lambda: self.save_scores(review=False))
        self.suggest_button.clicked.connect(self.fill_suggestions)
        self.save_review.clicked.connect(lambda: self.save_scores(review=True))
        return widget

    def _papers_panel(self, *, evidence: bool) -> AttachmentsPanel:
        """The member's evidence files (one part per criterion scored directly), or the
        cluster's giao ước papers."""
        from thidua_desktop.domain.attachments import AGREEMENT_KINDS, EVIDENCE_KINDS

        return AttachmentsPanel(
            self.main.background,
            lambda: self.main.db,
            self.main.data_dir,
            self.main.settings,
            load=_load_evidence if evidence else _load_agreement,
            attach=_attach_evidence if evidence else _attach_agreement,
            kinds=EVIDENCE_KINDS if evidence else AGREEMENT_KINDS,
            parts=evidence,
        )

    def _grid_row_changed(self, row: int, *_args: int) -> None:
        """The criterion of the row chosen in the grid is where a new evidence file goes."""
        detail = self.detail
        if detail is not None and 0 <= row < len(detail.criteria):
            self.evidence.choose_target(detail.criteria[row].code)

    def _ranking_tab(self) -> QWidget:
        self.rows: RowTableModel[RankingRow] = RowTableModel(RANKING_COLUMNS, self)
        self.ranking_view = table(self.rows, stretch=1)
        self.ranking_note = QLabel()
        self.ranking_note.setWordWrap(True)
        self.publish_button = QPushButton(self.tr("Công bố kết quả…"))
        self.propose_button = QPushButton(self.tr("Lập đề nghị khen thưởng…"))
        self.award = QComboBox()  # the titles a ranking proposes, named by the catalogue
        self._fill_awards()
        self.papers_button = QPushButton(self.tr("Văn bản"))
        self.papers_button.setToolTip(
            self.tr(
                "Giao ước thi đua, phiếu chấm điểm của từng thành viên, biên bản họp chấm chéo và "
                "bảng tổng hợp kết quả: PDF, Word, Excel"
            )
        )
        papers_menu = QMenu(self.papers_button)
        for kind, label in (
            ("cluster-agreement", self.tr("Giao ước thi đua, kèm thang điểm")),
            ("cluster-sheets", self.tr("Phiếu chấm điểm của các thành viên")),
            ("cluster-minutes", self.tr("Biên bản họp chấm chéo, xếp hạng")),
            ("cluster-ranking", self.tr("Bảng tổng hợp kết quả")),
        ):
            for suffix, name in ((".pdf", "PDF"), (".docx", "Word"), (".xlsx", "Excel")):
                papers_menu.addAction(
                    f"{label} ({name})…",
                    lambda kind=kind, suffix=suffix: self.save_paper(kind, suffix),
                )
        self.papers_button.setMenu(papers_menu)
        bar = QHBoxLayout()
        bar.addWidget(self.ranking_note, 1)
        bar.addWidget(self.papers_button)
        bar.addWidget(self.publish_button)
        bar.addWidget(self.award)
        bar.addWidget(self.propose_button)
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.ranking_view, 1)
        layout.addLayout(bar)
        self.publish_button.clicked.connect(self.publish)
        self.award.currentIndexChanged.connect(lambda _i: self.update_buttons())
        self.propose_button.clicked.connect(self.propose)
        return widget

    def _fill_awards(self) -> None:
        from thidua_desktop.services.awards import reference

        version = reference.award_catalogue().version_on(dt.date.today())
        for code in PROPOSED_AWARDS:
            entry = version.entry(code)
            if entry is not None:
                self.award.addItem(domain_labels.label(entry.name), code)

    # -- loading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        db = self.main.db
        if db is None or not self.isVisible():
            return
        year = self.main.current_year
        current = self.current()

        def work(_progress: WorkerProgress) -> list[ClusterRow]:
            from thidua_desktop.services.clusters.clusters import list_clusters

            return list_clusters(db, year=year)

        def done(rows: list[ClusterRow]) -> None:
            self.clusters.set_rows(rows)
            self.subtitle.setText(
                self.tr("Năm {year} · {n} cụm, khối thi đua").format(year=year, n=len(rows))
            )
            wanted = current.id if current else (rows[0].id if rows else None)
            if wanted is None or not select_where(self.cluster_view, lambda r: r.id == wanted):
                self._show(None)
            self.loaded.emit()

        self.main.background.run(work, on_success=done, on_failure=self._failed)

    def current(self) -> ClusterRow | None:
        row = selected(self.cluster_view)
        return row if isinstance(row, ClusterRow) else None

    def _chosen(self, *_args: object) -> None:
        row, db = self.current(), self.main.db
        if row is None or db is None:
            self._show(None)
            return
        cluster_id = row.id

        def work(_progress: WorkerProgress) -> tuple[ClusterDetail, Ranking]:
            from thidua_desktop.services.clusters.clusters import get_cluster
            from thidua_desktop.services.clusters.scores import cluster_ranking

            return get_cluster(db, cluster_id), cluster_ranking(db, cluster_id)

        def done(result: tuple[ClusterDetail, Ranking]) -> None:
            shown = self.current()
            if shown is not None and shown.id == result[0].cluster.id:
                self._show(*result)
                self.detail_loaded.emit()

        self.main.background.run(work, on_success=done, on_failure=self._failed)

    def _show(self, detail: ClusterDetail | None, ranking: Ranking | None = None) -> None:
        self.detail, self.ranking = detail, ranking
        self.criteria.set_rows(detail.criteria if detail else [])
        self.rows.set_rows(ranking.rows if ranking else [])
        kept = self.member.currentData()  # the member shown stays shown after a save
        self.member.blockSignals(True)
        self.member.clear()
        for member in detail.members if detail else ():
            role = (
                ""
                if member.role.value == "member"
                else f" ({domain_labels.label(member.role.label)})"
            )
            self.member.addItem(member.unit_name + role, member.unit_code)
        self.member.setCurrentIndex(max(self.member.findData(kept), 0))
        self.member.blockSignals(False)
        if detail is None:
            self.info.setText(self.tr("Chọn một cụm, khối để xem bảng chấm điểm và kết quả."))
            self.grid.setRowCount(0)
            self.agreement_papers.set_owner(None, editable=False)
            self.evidence.set_owner(None, editable=False)
        else:
            self.agreement_papers.set_owner(
                str(detail.cluster.id), editable=detail.cluster.editable
            )
            self.evidence.set_targets(
                [
                    (f"{c.code}. {c.title}", c.code, _evidence_kind())
                    for c in detail.criteria
                    if c.scored
                ]
            )
            self.info.setText(self._info_html(detail))
            self._load_scores()
        if ranking is not None:
            note = []
            if ranking.tie_break:
                note.append(
                    self.tr("Bằng điểm: xét điểm tiêu chí {codes}, rồi điểm trừ ít hơn.").format(
                        codes=", ".join(ranking.tie_break)
                    )
                )
            if ranking.missing:
                note.append(
                    self.tr("Chưa có điểm: {names}.").format(names=", ".join(ranking.missing))
                )
            if ranking.cluster.published:
                note.append(
                    self.tr("Đã công bố ngày {day}.").format(
                        day=_date(ranking.cluster.published_on)
                    )
                )
            self.ranking_note.setText(" ".join(note))
        else:
            self.ranking_note.setText("")
        self.update_buttons()

    def _info_html(self, detail: ClusterDetail) -> str:
        c = detail.cluster
        parts = [
            f"<b>{escape(c.name)}</b> ({escape(c.code)}) · "
            + escape(domain_labels.label(c.kind.label))
            + " · "
            + self.tr("Hội đồng TĐKT {unit}").format(unit=escape(c.council_unit_name)),
            self.tr("{n} thành viên · bảng chấm điểm {points} điểm (kể cả điểm thưởng)").format(
                n=c.members, points=_points(c.max_total)
            ),
        ]
        if c.agreement_number or c.agreement_date:
            parts.append(
                self.tr("Giao ước thi đua số {number} ngày {day}; ký: {who}").format(
                    number=escape(c.agreement_number or "—"),
                    day=_date(c.agreement_date) or "—",
                    who=escape(c.signatories or "—"),
                )
            )
        if c.table_sent_at and not c.organiser:
            parts.append(
                self.tr("Đã gửi bảng chấm điểm xuống các thành viên lúc {when}.").format(
                    when=_moment(c.table_sent_at)
                )
            )
        if c.read_only_reason:
            parts.append(f"<i>{escape(c.read_only_reason)}</i>")
        return "<br>".join(parts)

    def _load_scores(self) -> None:
        detail, db = self.detail, self.main.db
        code = self.member.currentData()
        if detail is None or db is None or code is None:
            self.grid.setRowCount(0)
            self.totals.setText("")
            return
        cluster_id = detail.cluster.id

        def work(_progress: WorkerProgress) -> MemberScores:
            from thidua_desktop.services.clusters.scores import member_scores

            return member_scores(db, cluster_id, str(code))

        self.main.background.run(work, on_success=self._fill_grid, on_failure=self._failed)

    def _member_changed(self, _index: int) -> None:
        self._dirty = None  # another member chosen: the points typed for the last one go
        self._load_scores()

    def _edited(self, _item: QTableWidgetItem) -> None:
        if not self._filling and self.detail is not None:
            self._dirty = (self.detail.cluster.id, str(self.member.currentData()))

    def _fill_grid(self, scores: MemberScores) -> None:
        detail = self.detail
        if detail is None or scores.unit_code != self.member.currentData():
            return
        self.scores = scores
        owner = f"{detail.cluster.id}:{scores.unit_code}"
        if self.evidence.owner != owner:
            self.evidence.set_owner(owner, editable=scores.self_editable)
        else:
            self.evidence.set_editable(scores.self_editable)
            self.evidence.reload()
        self.update_buttons()
        if self._dirty == (detail.cluster.id, scores.unit_code):
            return  # typed points not saved yet stay as typed
        self._filling = True
        try:
            self._fill_rows(detail, scores)
        finally:
            self._filling = False

    def _fill_rows(self, detail: ClusterDetail, scores: MemberScores) -> None:
        by_code = {s.criterion_code: s for s in scores.scores}
        self.grid.setRowCount(len(detail.criteria))
        editable = detail.cluster.editable
        self_editable = scores.self_editable
        for row, criterion in enumerate(detail.criteria):
            score = by_code.get(criterion.code)
            values = (
                criterion.code,
                "    " * (criterion.depth - 1) + criterion.title,
                _points(criterion.max_points),
                _points(score.self_points) if score else "",
                score.self_note if score else "",
                _points(score.review_points) if score else "",
                score.review_reason if score else "",
                str(score.evidence) if score and score.evidence else "",
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column in (2, 3, 5, 7):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                writable = self_editable if column in SELF_COLUMNS else editable
                if column in (0, 1, 2, 7) or not criterion.scored or not writable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if not criterion.scored:
                    item.setBackground(QColor("#f2f2f2"))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.grid.setItem(row, column, item)
        t, own = scores.totals, scores.self_totals
        text = self.tr(
            "Tự chấm: {own} · sau chấm chéo: {total} (thưởng {bonus}, trừ {deduction})"
        ).format(
            own=_points(own.total),
            total=_points(t.total),
            bonus=_points(t.bonus),
            deduction=_points(t.deduction),
        )
        if scores.scores_sent_at:
            text += " · " + self.tr("đã gửi lên lúc {when}").format(
                when=_moment(scores.scores_sent_at)
            )
        if scores.scores_received_at:
            text += " · " + self.tr("nhận gói điểm của đơn vị lúc {when}").format(
                when=_moment(scores.scores_received_at)
            )
        self.totals.setText(text)

    def update_buttons(self) -> None:
        row = None if self._busy else self.current()
        editable = bool(row and row.editable)
        self.add_button.setEnabled(not self._busy and self.main.db is not None)
        for button in (self.edit_button, self.members_button, self.table_button, self.copy_button):
            button.setEnabled(editable)
        has_member = self.member.count() > 0
        own = bool(
            row
            and self.scores is not None
            and self.scores.self_editable
            and self.scores.unit_code == self.member.currentData()
        )
        self.save_self.setEnabled(own and has_member)
        self.save_self.setToolTip(self.scores.self_reason if self.scores and not own else "")
        self.suggest_button.setEnabled(
            own and has_member and bool(self.detail and any(c.source for c in self.detail.criteria))
        )
        received = bool(self.detail and self.detail.received)
        self.exchange_button.setEnabled(not self._busy and self.main.db is not None)
        self.send_table_action.setEnabled(
            bool(row and not received and self.detail and self.detail.criteria and has_member)
        )
        self.send_scores_action.setEnabled(
            bool(row and received and self.detail and self.detail.own_members)
            and not bool(row and row.published)
        )
        self.excel_button.setEnabled(bool(row) and has_member)
        self.import_action.setEnabled(editable and has_member)
        self.save_review.setEnabled(editable and has_member)
        self.publish_button.setEnabled(editable and bool(self.ranking and self.ranking.rows))
        award = str(self.award.currentData())
        self.propose_button.setEnabled(
            bool(row and row.can_propose and award not in dict(row.proposals))
        )
        self.papers_button.setEnabled(bool(self.detail and self.detail.criteria))

    # -- actions ---------------------------------------------------------------------------
    def _call(self, work: Any, message: str) -> None:
        db = self.main.db
        if db is None:
            return

        def run(_progress: WorkerProgress) -> Any:
            return work(db)

        def done(_result: Any) -> None:
            self._busy = False
            self._dirty = None  # what was typed is saved: the grid shows the records again
            self.main.statusBar().showMessage(message, 8000)
            self.reload()  # the chosen cluster is chosen again, and read again, once
            self.changed.emit()

        self._busy = True
        self.update_buttons()
        self.main.background.run(run, on_success=done, on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.update_buttons()
        errors.report(self, exc)
        self.failed.emit()

    def edit_cluster(self, *, new: bool) -> None:
        row = None if new else self.current()
        if not new and row is None:
            return
        office = self.main.profile.office_code if self.main.profile else None
        dialog = ClusterDialog(self.main.units, office, self.main.current_year, row, self)
        if not self.run_dialog(dialog):
            return
        entry = dialog.entry()
        cluster_id = row.id if row else None

        def work(db: Database) -> Any:
            from thidua_desktop.services.clusters.clusters import save_cluster

            return save_cluster(db, entry, cluster_id=cluster_id)

        self._call(work, self.tr("Đã lưu {name}.").format(name=entry.name))

    def edit_members(self) -> None:
        detail = self.detail
        if detail is None:
            return
        dialog = MembersDialog(self.main.units, detail, self)
        if not self.run_dialog(dialog):
            return
        members, cluster_id = dialog.members(), detail.cluster.id

        def work(db: Database) -> Any:
            from thidua_desktop.services.clusters.clusters import set_members

            return set_members(db, cluster_id, members)

        self._call(work, self.tr("Đã lưu {n} thành viên.").format(n=len(members)))

    def edit_table(self) -> None:
        detail = self.detail
        if detail is None:
            return
        dialog = TableDialog(detail, self)
        if not self.run_dialog(dialog):
            return
        criteria, tie, cluster_id = dialog.criteria(), dialog.tie_codes(), detail.cluster.id

        def work(db: Database) -> Any:
            from thidua_desktop.services.clusters.clusters import set_table

            return set_table(db, cluster_id, criteria, tie_break=tie)

        self._call(work, self.tr("Đã lưu bảng chấm điểm ({n} tiêu chí).").format(n=len(criteria)))

    def copy_table(self) -> None:
        detail = self.detail
        if detail is None:
            return
        cluster_id = detail.cluster.id

        def work(db: Database) -> Any:
            from thidua_desktop.services.clusters.clusters import copy_table

            return copy_table(db, cluster_id)

        self._call(work, self.tr("Đã chép bảng chấm điểm năm trước."))

    def entered_points(self, *, review: bool) -> dict[str, PointsEntry]:
        """The grid's points of one stage, by criterion code (blank cells are left out)."""
        detail = self.detail
        assert detail is not None
        points_column, note_column = REVIEW_COLUMNS if review else SELF_COLUMNS
        found: dict[str, PointsEntry] = {}
        for row, criterion in enumerate(detail.criteria):
            if not criterion.scored:
                continue
            item = self.grid.item(row, points_column)
            text = item.text().strip() if item is not None else ""
            if not text:
                continue
            try:
                value = parse_number(text)
            except InvalidInput as exc:
                raise InvalidInput(
                    self.tr("Tiêu chí {code}: {reason}").format(
                        code=criterion.code, reason=exc.message
                    )
                ) from None
            note = self.grid.item(row, note_column)
            found[criterion.code] = PointsEntry(value, note.text() if note is not None else "")
        return found

    def save_scores(self, *, review: bool) -> None:
        detail, code = self.detail, self.member.currentData()
        if detail is None or code is None:
            return
        try:
            points = self.entered_points(review=review)
        except InvalidInput as exc:
            self._failed(exc)
            return
        cluster_id, unit = detail.cluster.id, str(code)

        def work(db: Database) -> Any:
            from thidua_desktop.services.clusters.scores import record_self_scores, review_scores

            return (review_scores if review else record_self_scores)(db, cluster_id, unit, points)

        self._call(
            work,
            self.tr("Đã lưu điểm {stage} của {unit}.").format(
                stage=self.tr("cụm chấm") if review else self.tr("tự chấm"),
                unit=self.member.currentText(),
            ),
        )

    def fill_suggestions(self) -> None:
        """The suggested points into the member's empty self-score cells, with their basis as
        evidence; nothing is saved until "Lưu điểm tự chấm"."""
        detail, db, code = self.detail, self.main.db, self.member.currentData()
        if detail is None or db is None or code is None:
            return
        cluster_id, unit = detail.cluster.id, str(code)

        def work(_progress: WorkerProgress) -> list[Any]:
            from thidua_desktop.services.clusters.suggestions import suggested_points

            return suggested_points(db, cluster_id, unit)

        def done(suggestions: list[Any]) -> None:
            if self.detail is None or self.member.currentData() != unit:
                return
            rows = {c.code: n for n, c in enumerate(self.detail.criteria)}
            filled = 0
            for s in suggestions:
                row = rows.get(s.criterion_code)
                item = self.grid.item(row, 3) if row is not None else None
                if row is None or item is None or item.text().strip():
                    continue
                item.setText(_points(s.points))
                note = self.grid.item(row, 4)
                if note is not None and not note.text().strip():
                    note.setText(s.basis)
                filled += 1
            self.main.statusBar().showMessage(
                self.tr("Đã điền {n} điểm gợi ý: hãy xem lại rồi lưu.").format(n=filled), 8000
            )
            self.suggested.emit(filled)

        self.main.background.run(work, on_success=done, on_failure=self._failed)

    def save_excel_template(self) -> None:
        """The workbook of every member × criterion, for the members to fill."""
        from thidua_desktop.gui.sheets.actions import save_template

        detail, db = self.detail, self.main.db
        if detail is None or db is None:
            return
        save_template(
            self, self.main.background, db, self.main.settings, kind="cluster-scores",
            campaign=detail.cluster.code, year=detail.cluster.year, unit=None,
            done=lambda p: self.main.statusBar().showMessage(
                self.tr("Đã lập mẫu Excel: {0}").format(p), 8000
            ),
        )  # fmt: skip

    def import_excel(self, path: Path | None = None) -> None:
        """Preview a filled workbook's points, then import them."""
        from thidua_desktop.gui.sheets.actions import preview_workbook

        detail, db = self.detail, self.main.db
        if detail is None or db is None:
            return

        def shown(dialog: object, report: object) -> None:
            self.sheet_dialog = dialog
            self.sheet_previewed.emit(report)

        preview_workbook(
            self, self.main.background, db, self.main.data_dir, self.main.settings,
            kind="cluster-scores", campaign=detail.cluster.code, year=detail.cluster.year,
            path=path, shown=shown, applied=lambda _report: self._chosen(),
        )  # fmt: skip

    def save_paper(self, kind: str, suffix: str, path: Path | None = None) -> None:
        """The cluster's bảng tổng hợp or its members' phiếu chấm điểm, as PDF, Word or Excel."""
        from thidua_desktop.gui.common import file_dialogs
        from thidua_desktop.reports.build import ReportRequest

        detail, db = self.detail, self.main.db
        if detail is None or db is None:
            return
        c = detail.cluster
        stem = {
            "cluster-ranking": self.tr("Bảng tổng hợp chấm điểm {year} - {name}"),
            "cluster-sheets": self.tr("Phiếu chấm điểm {year} - {name}"),
            "cluster-agreement": self.tr("Giao ước thi đua {year} - {name}"),
            "cluster-minutes": self.tr("Biên bản họp chấm điểm {year} - {name}"),
        }[kind].format(year=c.year, name=c.name)
        filters = {
            ".pdf": self.tr("Tệp PDF (*.pdf)"),
            ".docx": self.tr("Văn bản Word (*.docx)"),
            ".xlsx": self.tr("Sổ tính Excel (*.xlsx)"),
        }[suffix]
        path = path or file_dialogs.save_file(
            self, self.main.settings, "cum-khoi", self.tr("Lưu văn bản"),
            " ".join(stem.replace("/", "-").split()) + suffix, filters, suffix=suffix,
        )  # fmt: skip
        if path is None:
            return
        request = ReportRequest(kind=kind, year=c.year, record_id=c.id)
        target = path

        def work(_progress: WorkerProgress) -> Path:
            from thidua_desktop.reports.build import build_report, save_report_file

            return save_report_file(build_report(db, request), target)

        def done(saved: Path) -> None:
            self.last_saved = saved
            self.main.statusBar().showMessage(self.tr("Đã lưu {0}.").format(saved.name), 8000)
            self.document_written.emit(str(saved))

        self.main.background.run(work, on_success=done, on_failure=self._failed)

    def send_package(self, *, scores: bool, path: Path | None = None) -> None:
        from thidua_desktop.gui.clusters import exchange

        exchange.send(self, scores=scores, path=path)

    def receive_package(self, path: Path | None = None) -> None:
        from thidua_desktop.gui.clusters import exchange

        exchange.receive(self, path)

    def publish(self) -> None:
        detail = self.detail
        if detail is None:
            return
        if not self.confirm(
            self.tr("Công bố kết quả"),
            self.tr(
                "Công bố kết quả chấm điểm của {name}? Sau khi công bố, điểm và bảng chấm điểm "
                "năm {year} không sửa được nữa."
            ).format(name=detail.cluster.name, year=detail.cluster.year),
        ):
            return
        cluster_id = detail.cluster.id

        def work(db: Database) -> Any:
            from thidua_desktop.services.clusters.scores import publish_ranking

            return publish_ranking(db, cluster_id)

        self._call(work, self.tr("Đã công bố kết quả chấm điểm."))

    def propose(self) -> None:
        detail = self.detail
        if detail is None:
            return
        places, ok = self.ask_places()
        if not ok:
            return
        cluster_id, award = detail.cluster.id, str(self.award.currentData())

        def work(db: Database) -> Any:
            from thidua_desktop.services.clusters.scores import propose_from_ranking

            return propose_from_ranking(db, cluster_id, award_code=award, places=places)

        self._call(
            work,
            self.tr("Đã lập đề nghị khen thưởng (nháp) ở trang Khen thưởng."),
        )
