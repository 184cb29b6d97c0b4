"""Tổng quan: where the year stands — key figures in cards, charts, the indicators at a glance."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.evaluation import Status
from thidua_desktop.domain.numbers import format_number, percent_text
from thidua_desktop.domain.text import sort_key
from thidua_desktop.gui.common import domain_labels, errors
from thidua_desktop.gui.common.background import WorkerProgress
from thidua_desktop.gui.common.table_model import Column, RowTableModel
from thidua_desktop.services.dashboard.figures import DashboardRow, TargetRow

if TYPE_CHECKING:
    from thidua_desktop.gui.common.workspace_host import WorkspaceHost
    from thidua_desktop.gui.dashboard.charts import (
        LevelChart,
        RankingChart,
        ShareChart,
        StatusChart,
    )

STYLE = """
QFrame#card { background: white; border: 1px solid #d5dbe5; border-radius: 6px; }
QLabel#cardTitle { color: #5b6675; font-weight: bold; }
QLabel#cardValue { font-size: 20pt; font-weight: bold; color: #233a5e; }
QPushButton#cardLink { border: none; color: #2a5db0; text-align: left; padding: 0; }
QPushButton#cardLink:hover { text-decoration: underline; }
"""
GOOD, BAD, MUTED = "#2e7d4f", "#b3261e", "#5b6675"
_ORDER = {Status.BELOW: 0, Status.NO_DATA: 1, Status.MET: 2, Status.EXCEEDED: 3}
_STATUS_BACKGROUND = {
    Status.EXCEEDED: "#C6EFCE",
    Status.MET: "#C6EFCE",
    Status.BELOW: "#FFC7CE",
    Status.NO_DATA: "#FFEB9C",
}


class Card(QFrame):
    """A key figure: a title, a big value, a line of detail, a link to the page behind it."""

    def __init__(self, title: str, link: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.value = QLabel("—")
        self.value.setObjectName("cardValue")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.link = QPushButton(link)
        self.link.setObjectName("cardLink")
        self.link.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail, 1)
        layout.addWidget(self.link)

    def show_figures(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class DashboardPage(QWidget):
    loaded = Signal()  # new figures are on screen (tests wait for it)

    def __init__(self, main: WorkspaceHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = main
        self.row: DashboardRow | None = None
        self._loading = False
        self._again = False
        self.setStyleSheet(STYLE)

        self.heading = QLabel(self.tr("Tổng quan"))
        self.heading.setObjectName("pageTitle")
        self.subtitle = QLabel(self.tr("Đang mở dữ liệu…"))
        self.subtitle.setObjectName("muted")
        self.subtitle.setWordWrap(True)

        self.targets_card = Card(self.tr("Chỉ tiêu thi đua"), self.tr("Xem chỉ tiêu →"))
        self.security_card = Card(self.tr('An toàn ANTT và "3 không"'), self.tr("Xem chi tiết →"))
        self.rural_card = Card(self.tr("Nông thôn mới"), self.tr("Xem các xã →"))
        self.new_card = Card(self.tr("Công nhận mới trong năm"), self.tr("Lập báo cáo →"))
        cards = QHBoxLayout()
        for card in (self.targets_card, self.security_card, self.rural_card, self.new_card):
            cards.addWidget(card, 1)
        self.targets_card.link.clicked.connect(lambda: self._open("CAMPAIGNS"))
        self.security_card.link.clicked.connect(lambda: self._open("SECURITY"))
        self.rural_card.link.clicked.connect(lambda: self._open("RURAL"))
        self.new_card.link.clicked.connect(lambda: self._open("REPORTS"))

        # Charts are made with the first figures: QtCharts stays out of the start-up path.
        self.status_chart: StatusChart | None = None
        self.share_chart: ShareChart | None = None
        self.level_chart: LevelChart | None = None
        self.slots = [self._slot() for _ in range(3)]
        self.model: RowTableModel[TargetRow] = RowTableModel(self._columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(280)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        grid = QGridLayout()
        grid.setSpacing(10)
        for column, slot in enumerate(self.slots):
            grid.addWidget(slot, 0, column)
            grid.setColumnStretch(column, 1)
        self.table_title = QLabel(self.tr("Các chỉ tiêu được giao"))
        self.table_title.setObjectName("cardTitle")
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table_title)
        table_layout.addWidget(self.table, 1)
        grid.addWidget(table_box, 1, 0, 1, 3)
        # The cụm, khối ranking, when the year has a scored cluster (the chart is made then).
        self.ranking_chart: RankingChart | None = None
        self.ranking_box = QWidget()
        ranking_layout = QVBoxLayout(self.ranking_box)
        ranking_layout.setContentsMargins(0, 0, 0, 0)
        ranking_head = QHBoxLayout()
        ranking_title = QLabel(self.tr("Xếp hạng cụm, khối thi đua"))
        ranking_title.setObjectName("cardTitle")
        self.cluster_choice = QComboBox()
        ranking_head.addWidget(ranking_title)
        ranking_head.addStretch(1)
        ranking_head.addWidget(self.cluster_choice)
        ranking_layout.addLayout(ranking_head)
        self.ranking_box.setVisible(False)
        self.cluster_choice.currentIndexChanged.connect(self._show_cluster)
        grid.addWidget(self.ranking_box, 2, 0, 1, 3)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addLayout(cards)
        layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        main.workspace_ready.connect(self.reload)
        main.year_changed.connect(lambda _year: self._reload_if_shown())
        main.context_changed.connect(self._reload_if_shown)

    def _slot(self) -> QStackedWidget:
        """Where a chart goes; until then (or without data) a line saying why it is empty."""
        slot = QStackedWidget()
        note = QLabel()
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        note.setObjectName("muted")
        slot.addWidget(note)
        slot.setMinimumHeight(240)
        return slot

    def _note(self, index: int, text: str) -> None:
        slot = self.slots[index]
        note = slot.widget(0)
        assert isinstance(note, QLabel)
        note.setText(text)
        slot.setCurrentIndex(0)

    def _columns(self) -> list[Column[TargetRow]]:
        def background(row: TargetRow) -> Any:
            return QBrush(QColor(_STATUS_BACKGROUND[row.status]))

        return [
            Column(
                self.tr("Chỉ tiêu"),
                lambda r: r.indicator_name,
                sort=lambda r: sort_key(r.indicator_name),
            ),
            Column(
                self.tr("Kết quả"),
                # a number, or "chưa có số liệu" (a label of the service)
                lambda r: domain_labels.label(r.value_text),
                right=True,
            ),
            Column(self.tr("Chỉ tiêu giao"), lambda r: r.target_text),
            Column(
                self.tr("Đánh giá"),
                lambda r: domain_labels.label(r.status.label),
                sort=lambda r: _ORDER[r.status],
                background=background,
            ),
        ]

    def _rankings(self, row: DashboardRow) -> None:
        """The year's scored clusters: one chosen at a time, its members by total."""
        from thidua_desktop.gui.dashboard.charts import RankingChart

        self.ranking_box.setVisible(bool(row.clusters))
        if not row.clusters:
            return
        if self.ranking_chart is None:
            self.ranking_chart = RankingChart()
            layout = self.ranking_box.layout()
            assert layout is not None
            layout.addWidget(self.ranking_chart)
        chosen = self.cluster_choice.currentText()
        self.cluster_choice.blockSignals(True)
        self.cluster_choice.clear()
        for cluster in row.clusters:
            self.cluster_choice.addItem(cluster.name)
        self.cluster_choice.setCurrentIndex(max(self.cluster_choice.findText(chosen), 0))
        self.cluster_choice.setVisible(len(row.clusters) > 1)
        self.cluster_choice.blockSignals(False)
        self._show_cluster()

    def _show_cluster(self, *_args: object) -> None:
        row, chart = self.row, self.ranking_chart
        index = self.cluster_choice.currentIndex()
        if row is None or chart is None or not 0 <= index < len(row.clusters):
            return
        cluster = row.clusters[index]
        state = self.tr("đã công bố") if cluster.published else self.tr("chưa công bố")
        chart.set_data(
            cluster.members,
            cluster.max_total,
            self.tr("{name}: tổng điểm ({state})").format(name=cluster.name, state=state),
        )

    def _open(self, name: str) -> None:
        from thidua_desktop.gui.common.workspace_host import Page

        self.main.show_page(Page[name])

    # -- loading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()  # figures may have changed on other pages

    def _reload_if_shown(self) -> None:
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        db = self.main.db
        if db is None:
            return
        if self.main.profile is None or self.main.profile.office_code is None:
            self.subtitle.setText(
                self.tr("Chưa chọn cơ quan sử dụng: bấm “Đổi…” ở góc trên bên phải để chọn.")
            )
            return
        if self._loading:
            self._again = True
            return
        self._loading = True
        year = self.main.current_year

        def work(_progress: WorkerProgress) -> DashboardRow:
            from thidua_desktop.services.dashboard.figures import dashboard

            return dashboard(db, year)

        self.main.background.run(work, on_success=self.set_data, on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._loading = self._again = False
        from thidua_desktop.domain.errors import UserError

        if isinstance(exc, UserError):
            self.subtitle.setText(exc.message)
            return
        errors.report(self, exc)

    def set_data(self, row: DashboardRow) -> None:
        self._loading = False
        if self._again or row.year != self.main.current_year:
            self._again = False
            self.reload()
            return
        self.row = row
        self.heading.setText(self.tr("Tổng quan năm {0}").format(row.year))
        if row.demo:
            subtitle = self.tr(
                "{scope} · {campaigns} phong trào thi đua trong năm · số liệu minh họa"
            )
        else:
            subtitle = self.tr("{scope} · {campaigns} phong trào thi đua trong năm")
        self.subtitle.setText(subtitle.format(scope=row.scope_name, campaigns=row.campaigns))
        self._cards(row)
        self._charts(row)
        ordered = sorted(row.targets, key=lambda t: (_ORDER[t.status], sort_key(t.indicator_name)))
        self.model.set_rows(ordered)
        self.table_title.setText(
            self.tr("Các chỉ tiêu được giao cho {0} ({1})").format(row.scope_name, len(ordered))
        )
        self.loaded.emit()

    # -- figures ---------------------------------------------------------------------------
    def _cards(self, row: DashboardRow) -> None:
        done = row.count(Status.MET) + row.count(Status.EXCEEDED)
        given = len(row.targets)
        if given:
            detail = self.tr("chỉ tiêu hoàn thành (vượt mức {0})").format(
                row.count(Status.EXCEEDED)
            )
            problems = []
            if row.count(Status.BELOW):
                problems.append(
                    self.tr("<span style='color:{0}'>không đạt {1}</span>").format(
                        BAD, row.count(Status.BELOW)
                    )
                )
            if row.count(Status.NO_DATA):
                problems.append(self.tr("chưa có số liệu {0}").format(row.count(Status.NO_DATA)))
            if problems:
                detail += "<br>" + " · ".join(problems)
            self.targets_card.show_figures(f"{done}/{given}", detail)
        else:
            self.targets_card.show_figures("—", self.tr("Chưa có chỉ tiêu nào được giao năm này."))

        s = row.security
        if s.both_percent is None:
            self.security_card.show_figures(
                "—", self.tr("{0} xã, phường, thị trấn; chưa có số liệu.").format(s.units)
            )
        else:
            colour = GOOD if s.status in (Status.MET, Status.EXCEEDED) else BAD
            self.security_card.show_figures(
                percent_text(s.both_percent),
                self.tr(
                    "{0}/{1} đơn vị đạt cả hai<br>chỉ tiêu ≥ {2}%: <b style='color:{3}'>{4}</b>"
                ).format(
                    s.both,
                    s.units,
                    format_number(row.security_target),
                    colour,
                    domain_labels.label(s.status.label),
                ),
            )

        r = row.rural
        if not r.communes:
            self.rural_card.show_figures("—", self.tr("Không có xã thuộc đối tượng nông thôn mới."))
        else:
            reached = r.ntm + r.nang_cao + r.kieu_mau
            self.rural_card.show_figures(
                self.tr("{0}/{1} xã").format(reached, r.communes),
                self.tr("đạt chuẩn NTM<br>nâng cao {0} · kiểu mẫu {1}").format(
                    r.nang_cao + r.kieu_mau, r.kieu_mau
                ),
            )

        from thidua_desktop.gui.rural.model import level_label

        lines = []
        for figure in row.new_levels:
            level = level_label(figure.level)
            if figure.target is None:
                lines.append(f"{level}: <b>{figure.new}</b>")
                continue
            colour = GOOD if figure.status in (Status.MET, Status.EXCEEDED) else BAD
            lines.append(
                self.tr(
                    "{level}: <b>{new}</b> / {target} "
                    "<span style='color:{colour}'>({status})</span>"
                ).format(
                    level=level,
                    new=figure.new,
                    target=format_number(figure.target),
                    colour=colour,
                    status=domain_labels.label(figure.status.label) if figure.status else "",
                )
            )
        new = sum(f.new for f in row.new_levels)
        self.new_card.show_figures(
            self.tr("{0} xã").format(new) if row.rural.communes else "—",
            "<br>".join(lines) or self.tr("Không có kế hoạch hay chỉ tiêu công nhận mới."),
        )

    def _charts(self, row: DashboardRow) -> None:
        from thidua_desktop.gui.dashboard.charts import (
            LevelChart,
            ShareChart,
            StatusChart,
            short_name,
        )

        if self.status_chart is None:
            self.status_chart, self.share_chart, self.level_chart = (
                StatusChart(),
                ShareChart(),
                LevelChart(),
            )
            for slot, chart in zip(
                self.slots, (self.status_chart, self.share_chart, self.level_chart), strict=True
            ):
                slot.addWidget(chart)
        assert self.share_chart is not None and self.level_chart is not None

        counts = {status: row.count(status) for status in Status}
        if row.targets:
            self.status_chart.set_data(counts, self.tr("Chỉ tiêu theo kết quả đánh giá"))
            self.slots[0].setCurrentIndex(1)
        else:
            self._note(0, self.tr("Chưa có chỉ tiêu nào được giao năm {0}.").format(row.year))

        if row.security.both_percent is None:
            self._note(1, self.tr('Chưa có số liệu "3 không", ANTT năm {0}.').format(row.year))
        else:
            if row.security_districts:
                labels = [short_name(d.unit_name) for d in row.security_districts]
                values = [d.both_percent for d in row.security_districts]
                title = self.tr('Đạt ANTT và "3 không" (%)')
            else:
                labels = [self.tr('"3 không"'), self.tr("ANTT"), self.tr("Cả hai")]
                values = [row.three_khong_percent, row.antt_percent, row.security.both_percent]
                title = self.tr("Tỷ lệ đơn vị đạt chuẩn (%)")
            legend = "" if row.security_districts else self.tr("Tỷ lệ đạt (%)")
            self.share_chart.set_data(labels, values, row.security_target, title, legend)
            self.slots[1].setCurrentIndex(1)

        self._rankings(row)

        if not row.rural.communes:
            self._note(2, self.tr("Không có xã thuộc đối tượng xây dựng nông thôn mới."))
        else:
            rows = row.rural_districts or (row.rural,)
            self.level_chart.set_data(rows, self.tr("Số xã theo mức đạt chuẩn NTM"))
            self.slots[2].setCurrentIndex(1)
