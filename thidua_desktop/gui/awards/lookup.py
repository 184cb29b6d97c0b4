"""The Khen thưởng page's Tra cứu tab (a recipient's history; who is eligible next year) and
Thống kê tab (the year's counts, shares and quota warnings)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.awards.types import AwardKind
from thidua_desktop.domain.numbers import percent_text
from thidua_desktop.gui.awards.model import (
    COUNT_COLUMNS,
    ELIGIBLE_COLUMNS,
    HISTORY_COLUMNS,
    QUOTA_COLUMNS,
    RECIPIENT_COLUMNS,
    UNIT_COLUMNS,
    WARNING_COLOUR,
    award_text,
    select_where,
    selected,
    table,
)
from thidua_desktop.gui.common import errors
from thidua_desktop.gui.common.rich_text import escape
from thidua_desktop.gui.common.table_model import RowTableModel
from thidua_desktop.services.awards.rows import (
    AwardCount,
    AwardsOverview,
    EligibilityRow,
    HistoryItem,
    QuotaRow,
    RecipientHistory,
    RecipientRow,
    UnitCount,
)

if TYPE_CHECKING:
    from thidua_desktop.gui.awards.page import AwardsPage
    from thidua_desktop.gui.common.background import WorkerProgress

SEARCH_DELAY_MS = 300


def _box(title: str, widget: QWidget, *extra: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for item in extra:
        layout.addWidget(item)
    layout.addWidget(widget, 1)
    return box


class LookupTab(QWidget):
    recipients_found = Signal()
    history_loaded = Signal()
    eligible_loaded = Signal()
    registration_saved = Signal()

    def __init__(self, page: AwardsPage) -> None:
        super().__init__(page)
        self.page = page
        self._eligible_year: int | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm người, tập thể theo tên (không cần dấu)…"))
        self.search.setClearButtonEnabled(True)
        self.recipients: RowTableModel[RecipientRow] = RowTableModel(RECIPIENT_COLUMNS, self)
        self.recipient_view = table(self.recipients, stretch=2)
        self.found_label = QLabel()
        self.found_label.setObjectName("muted")
        self.person = QLabel()
        self.person.setWordWrap(True)
        self.history: RowTableModel[HistoryItem] = RowTableModel(HISTORY_COLUMNS, self)
        self.history_view = table(self.history, stretch=1)
        self.next_award = QLabel()
        self.next_award.setWordWrap(True)
        self.registered = QLabel()
        self.registered.setWordWrap(True)
        self.registered.setObjectName("muted")
        self.register_button = QPushButton(self.tr("Đăng ký thi đua…"))
        self.register_button.setToolTip(
            self.tr(
                "Ghi danh hiệu thi đua người, tập thể này đăng ký trong năm; đề nghị danh hiệu "
                "chưa đăng ký sẽ được nhắc"
            )
        )
        self.register_button.setEnabled(False)
        self.eligible: RowTableModel[EligibilityRow] = RowTableModel(ELIGIBLE_COLUMNS, self)
        self.eligible_view = table(self.eligible, stretch=3, sort=-1)
        self.eligible_note = QLabel()
        self.eligible_note.setObjectName("muted")
        self.eligible_note.setWordWrap(True)

        left = _box(
            self.tr("Đối tượng khen thưởng"), self.recipient_view, self.search, self.found_label
        )
        right = _box(
            self.tr("Quá trình khen thưởng"),
            self.history_view,
            self.person,
            self.next_award,
            self._registration_row(),
        )
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(left)
        top.addWidget(right)
        top.setSizes([420, 640])
        self.eligible_box = _box("", self.eligible_view, self.eligible_note)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.eligible_box)
        splitter.setSizes([330, 230])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.recipient_view.selectionModel().currentRowChanged.connect(self._recipient_selected)
        self.register_button.clicked.connect(self.register)

    def _registration_row(self) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.registered, 1)
        line.addWidget(self.register_button)
        return row

    def invalidate(self) -> None:
        self._eligible_year = None
        if self.isVisible():
            self.year_shown(self.page.main.current_year)

    def year_shown(self, year: int) -> None:
        """Read who is eligible after `year` when the tab is in view and that list is stale."""
        db = self.page.main.db
        if db is None or not self.isVisible() or self._eligible_year == year:
            return
        self._eligible_year = year
        self.eligible_box.setTitle(
            self.tr(
                "Đủ điều kiện đề nghị danh hiệu cao hơn năm {next} (theo kết quả đến năm {year})"
            ).format(next=year + 1, year=year)
        )

        def work(_progress: WorkerProgress) -> list[EligibilityRow]:
            from thidua_desktop.services.awards.lookup import eligible_recipients

            return eligible_recipients(db, year=year)

        self.page.main.background.run(work, on_success=self._eligible, on_failure=self._failed)

    def _eligible(self, rows: list[EligibilityRow]) -> None:
        self.eligible.set_rows(rows)
        self.eligible_note.setText(
            self.tr("{n} người, tập thể đủ điều kiện.").format(n=len(rows))
            if rows
            else self.tr("Chưa có ai đủ điều kiện theo các quyết định đã ghi.")
        )
        self.eligible_loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        errors.report(self, exc)

    def run_search(self) -> None:
        self._timer.stop()
        db, text = self.page.main.db, self.search.text()
        if db is None:
            return

        def work(_progress: WorkerProgress) -> tuple[str, list[RecipientRow]]:
            from thidua_desktop.services.awards.recipients import search_recipients

            return text, search_recipients(db, text=text)

        self.page.main.background.run(work, on_success=self._found, on_failure=self._failed)

    def _found(self, found: tuple[str, list[RecipientRow]]) -> None:
        text, rows = found
        if text != self.search.text():
            return  # typed on meanwhile: the newer search is on its way
        self.recipients.set_rows(rows)
        self.found_label.setText(self.tr("Tìm thấy {n} đối tượng.").format(n=len(rows)))
        if rows:
            select_where(self.recipient_view, lambda _r: True)
        else:
            self.history.set_rows([])
            self.person.setText("")
            self.next_award.setText("")
        self.recipients_found.emit()

    def _recipient_selected(self, *_args: object) -> None:
        row, db = selected(self.recipient_view), self.page.main.db
        if not isinstance(row, RecipientRow) or db is None:
            return
        recipient_id = row.id

        def work(_progress: WorkerProgress) -> RecipientHistory:
            from thidua_desktop.services.awards.lookup import recipient_history

            return recipient_history(db, recipient_id)

        self.page.main.background.run(work, on_success=self._history, on_failure=self._failed)

    def _history(self, history: RecipientHistory) -> None:
        current = selected(self.recipient_view)
        if not isinstance(current, RecipientRow) or current.id != history.recipient.id:
            return
        r = history.recipient
        place = r.workplace or r.unit_name
        name = f"<b>{escape(r.name)}</b>"
        self.person.setText(f"{name} — {escape(place)}" if place else name)
        self.history.set_rows(history.items)
        self.register_button.setEnabled(True)
        self.registered.setText(
            self.tr("Đăng ký thi đua: {items}").format(
                items="; ".join(
                    f"{r.year} {escape(r.award_name)} ({r.registered_on:%d/%m/%Y})"
                    for r in history.registrations
                )
            )
            if history.registrations
            else self.tr("Chưa đăng ký thi đua theo tên.")
        )
        if history.eligible:
            self.next_award.setText(
                "<span style='color: #1d6b2f'>"
                + self.tr("Đủ điều kiện đề nghị: {awards}").format(
                    awards="; ".join(
                        f"{escape(e.award_name)} ({escape(e.basis)})" for e in history.eligible
                    )
                )
                + "</span>"
            )
        else:
            self.next_award.setText(
                "" if history.items else self.tr("Chưa có khen thưởng nào được ghi.")
            )
        self.history_loaded.emit()

    def register(self) -> None:
        """Đăng ký thi đua…: the chosen recipient registers for a title of the year."""
        from thidua_desktop.gui.awards.dialogs import RegistrationDialog
        from thidua_desktop.services.awards.reference import rules_on

        row, db = selected(self.recipient_view), self.page.main.db
        if not isinstance(row, RecipientRow) or db is None:
            return
        year = self.page.main.current_year
        titles = [
            (award_text(entry.name), entry.code)
            for entry in rules_on(dt.date(year, 1, 1)).entries
            if entry.kind is AwardKind.TITLE and row.kind in entry.recipients
        ]
        dialog = RegistrationDialog(row, [(code, name) for name, code in titles], year, self)
        if not self.page.actions.run_dialog(dialog):
            return
        chosen_year, code, day, note = dialog.value()
        recipient_id = row.id

        def work(_progress: WorkerProgress) -> object:
            from thidua_desktop.services.awards.registrations import register_recipient

            return register_recipient(
                db, recipient_id=recipient_id, year=chosen_year, award_code=code,
                registered_on=day, note=note,
            )  # fmt: skip

        def done(_result: object) -> None:
            self.registration_saved.emit()
            self._recipient_selected()
            self.page.reload()  # the proposals' warnings follow

        self.page.main.background.run(work, on_success=done, on_failure=self._failed)


class StatisticsTab(QWidget):
    overview_loaded = Signal()

    def __init__(self, page: AwardsPage) -> None:
        super().__init__(page)
        self.page = page
        self._year: int | None = None
        self.overview: AwardsOverview | None = None

        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.counts: RowTableModel[AwardCount] = RowTableModel(COUNT_COLUMNS, self)
        self.count_view = table(self.counts, stretch=0, sort=-1)
        self.units: RowTableModel[UnitCount] = RowTableModel(UNIT_COLUMNS, self)
        self.unit_view = table(self.units, stretch=0)
        self.quotas: RowTableModel[QuotaRow] = RowTableModel(QUOTA_COLUMNS, self)
        self.quota_view = table(self.quotas, stretch=3)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.warnings.setStyleSheet(f"color: {WARNING_COLOUR};")

        # The warnings scroll inside their box: a long list must not squeeze the tables above.
        warnings = QScrollArea()
        warnings.setWidget(self.warnings)
        warnings.setWidgetResizable(True)
        warnings.setFrameShape(QFrame.Shape.NoFrame)
        warnings.setMinimumHeight(60)
        warnings.viewport().setAutoFillBackground(False)  # the box's colour, not a grey pane
        checks = QSplitter(Qt.Orientation.Vertical)
        checks.addWidget(warnings)
        checks.addWidget(self.quota_view)
        checks.setSizes([160, 140])
        # Titles are long and numerous columns follow them: their table takes the full width;
        # units and the quota check share the part below (the user may move the divider).
        bottom = QWidget()
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(_box(self.tr("Theo đơn vị"), self.unit_view), 2)
        bottom_layout.addWidget(_box(self.tr("Tỷ lệ khống chế và cảnh báo"), checks), 3)
        parts = QSplitter(Qt.Orientation.Vertical)
        parts.addWidget(_box(self.tr("Theo danh hiệu, hình thức"), self.count_view))
        parts.addWidget(bottom)
        parts.setSizes([250, 330])
        layout = QVBoxLayout(self)
        layout.addWidget(self.figures)
        layout.addWidget(parts, 1)

    def invalidate(self) -> None:
        self._year = None
        if self.isVisible():
            self.year_shown(self.page.main.current_year)

    def year_shown(self, year: int) -> None:
        db = self.page.main.db
        if db is None or not self.isVisible() or self._year == year:
            return
        self._year = year

        def work(_progress: WorkerProgress) -> AwardsOverview:
            from thidua_desktop.services.awards.lookup import awards_overview

            return awards_overview(db, year=year)

        self.page.main.background.run(work, on_success=self.show_overview, on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._year = None
        errors.report(self, exc)

    def show_overview(self, overview: AwardsOverview) -> None:
        if overview.year != self.page.main.current_year:
            return
        self.overview = overview
        self.counts.set_rows(overview.counts)
        self.units.set_rows(overview.by_unit)
        self.quotas.set_rows(overview.quotas)
        self.figures.setText(
            self.tr(
                "<b>{scope}, năm {year}</b> — {proposed} lượt đề nghị, {decided} đã quyết định. "
                "Người lao động trực tiếp: <b>{direct}</b> ({direct_n}/{individuals} cá nhân "
                "được khen). Khen thưởng đột xuất: <b>{ad_hoc}</b> ({ad_hoc_n} lượt). "
                "Áp dụng: {rules}."
            ).format(
                scope=escape(overview.scope_name),
                year=overview.year,
                proposed=overview.proposed,
                decided=overview.decided,
                direct=percent_text(overview.direct_workers_percent),
                direct_n=overview.direct_workers,
                individuals=overview.decided_individuals,
                ad_hoc=percent_text(overview.ad_hoc_percent),
                ad_hoc_n=overview.ad_hoc,
                rules=escape(overview.rules.label),
            )
        )
        texts: list[Any] = [w.message for w in overview.warnings]
        self.warnings.setText(
            "<br>".join(f"⚠ {escape(text)}" for text in texts)
            if texts
            else self.tr("Không có cảnh báo theo quy định.")
        )
        self.overview_loaded.emit()
