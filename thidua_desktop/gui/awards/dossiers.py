"""Hồ sơ liên cấp on the Khen thưởng page: send the chosen proposal's dossier up (its people and
papers shown first), answer a dossier received from below, receive a dossier or an answer (its
preview first), and the inbox of every dossier with its status and journey."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.awards.dossiers import DossierRole, DossierStatus
from thidua_desktop.gui.common import domain_labels, file_dialogs
from thidua_desktop.gui.common.rich_text import escape
from thidua_desktop.gui.common.table_model import Column, RowTableModel, count_column
from thidua_desktop.services.awards.rows import DossierEventRow, DossierRow

if TYPE_CHECKING:
    from thidua_desktop.exchange.awards.receive import ReceivePreview
    from thidua_desktop.exchange.awards.send import PersonSent, SendPreview
    from thidua_desktop.gui.awards.page import AwardsPage
    from thidua_desktop.gui.common.background import WorkerProgress
    from thidua_desktop.store.engine import Database

PURPOSE = "ho-so-lien-cap"


def _label(text: str) -> str:
    return domain_labels.label(text)


def _when(moment: Any) -> str:
    return f"{moment.astimezone():%d/%m/%Y %H:%M}" if moment else ""


def _size(size: int) -> str:
    from thidua_desktop.domain.attachments import size_text

    return size_text(size)


PEOPLE_COLUMNS: list[Column[PersonSent]] = [
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Họ tên, tên tập thể"), lambda p: p.name),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Loại"), lambda p: _label(p.kind.label)),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Đơn vị"), lambda p: p.unit_name),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Giới tính"),
        lambda p: _label(p.gender.label) if p.gender else "",
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Năm sinh"),
        lambda p: str(p.birth_year or ""),
        right=True,
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Chức vụ"), lambda p: p.position),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Đối tượng"),
        lambda p: _label(p.category.label) if p.category else "",
    ),
]

INBOX_COLUMNS: list[Column[DossierRow]] = [
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Năm"), lambda r: str(r.year), sort=lambda r: r.year),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Chiều"), lambda r: _label(r.role.label)),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Cơ quan"),
        lambda r: r.state.counterpart_name,
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Đơn vị"), lambda r: r.unit_name),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Trích yếu"), lambda r: r.title),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Trạng thái ở cấp xét"),
        lambda r: _status_text(r),
        background=lambda r: _status_colour(r.status),
    ),
    count_column(QT_TRANSLATE_NOOP("RowTableModel", "Lần gửi"), "times_sent"),
    count_column(QT_TRANSLATE_NOOP("RowTableModel", "Số dòng"), "lines"),
    count_column(QT_TRANSLATE_NOOP("RowTableModel", "Giấy tờ"), "papers"),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Cập nhật"),
        lambda r: _when(r.state.reply_at or r.state.dossier_at),
        sort=lambda r: r.state.reply_at or r.state.dossier_at,
    ),
]

EVENT_COLUMNS: list[Column[DossierEventRow]] = [
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Thời điểm"), lambda e: _when(e.at)),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Gói"),
        lambda e: (
            QCoreApplication.translate("DossierInbox", "Gửi đi")
            if e.direction == "out"
            else QCoreApplication.translate("DossierInbox", "Nhận về")
        ),
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Trạng thái"), lambda e: _label(e.status.label)),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Số gói"), lambda e: str(e.sequence), right=True),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Tệp"), lambda e: e.file_name),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Ghi chú, lý do"), lambda e: e.note),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Người thực hiện"), lambda e: e.by),
]


def _status_text(row: DossierRow) -> str:
    text = _label(row.status.label)
    if row.to_report:
        text += QCoreApplication.translate("DossierInbox", " · chưa báo về cơ quan gửi")
    return text


def _status_colour(status: DossierStatus) -> Any:
    from PySide6.QtGui import QColor

    return {
        DossierStatus.RETURNED: QColor("#fde7e9"),
        DossierStatus.DECIDED: QColor("#e6f4ea"),
        DossierStatus.REVIEWING: QColor("#fff6ea"),
    }.get(status)


def _table(model: RowTableModel[Any], stretch: int) -> QWidget:
    from thidua_desktop.gui.awards.model import table

    return table(model, stretch=stretch)


class SendDialog(QDialog):
    """What the package will carry and to whom, before it is written: the people it names
    (personal data leaves the office), the papers, the status and the decisions."""

    def __init__(self, preview: SendPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        dossier = preview.kind == "dossier"
        self.setWindowTitle(
            self.tr("Gửi hồ sơ lên cấp trên") if dossier else self.tr("Gửi kết quả xét hồ sơ")
        )
        self.resize(860, 520) if dossier else self.resize(640, 300)
        parts = [
            f"<b>{escape(preview.title)}</b>",
            self.tr("{unit} · năm {year} · {lines} dòng").format(
                unit=escape(preview.unit_name), year=preview.year, lines=preview.lines
            ),
            self.tr("Gửi đến: <b>{receiver}</b> (mã {code})").format(
                receiver=escape(preview.receiver_name), code=escape(preview.receiver_code)
            ),
        ]
        if dossier:
            if preview.replaces:
                parts.append(
                    self.tr(
                        "Lần gửi thứ {n}: hồ sơ này thay hồ sơ đã gửi trước (cấp trên xét lại từ "
                        "đầu)."
                    ).format(n=preview.times_sent)
                )
            people = sum(1 for p in preview.people if p.kind.value != "collective")
            parts.append(
                "<span style='color: #8a4b00'>"
                + self.tr(
                    "Gói chứa thông tin cá nhân của {n} người (họ tên, giới tính, năm sinh, chức "
                    "vụ, đối tượng) và chỉ được gửi đến cơ quan có thẩm quyền xét khen thưởng."
                ).format(n=people)
                + "</span>"
            )
        else:
            parts.append(
                self.tr("Trạng thái báo về: <b>{status}</b>").format(
                    status=escape(_label(preview.status.label))
                )
            )
            if preview.return_reason:
                parts.append(
                    self.tr("Lý do trả lại: {reason}").format(reason=escape(preview.return_reason))
                )
            for decision in preview.decisions:
                parts.append(self.tr("Quyết định {0}").format(escape(decision)))
        summary = QLabel("<br>".join(parts))
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        if dossier:
            layout.addWidget(QLabel(self.tr("Người, tập thể có tên trong hồ sơ:")))
            self.people: RowTableModel[PersonSent] = RowTableModel(PEOPLE_COLUMNS, self)
            self.people.set_rows(preview.people)
            layout.addWidget(_table(self.people, 0), 2)
        papers = [
            f"{escape(p.file_name)} — {escape(_label(p.kind.label))}, {_size(p.size)}"
            for p in preview.papers
        ]
        heading = self.tr("Giấy tờ đính kèm ({n}):").format(n=len(papers))
        files = QLabel(
            heading
            + ("<ul style='margin: 0'>" + "".join(f"<li>{p}</li>" for p in papers) + "</ul>")
            if papers
            else self.tr("Không có giấy tờ đính kèm.")
        )
        files.setWordWrap(True)
        files.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(files)
        if not dossier:
            layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = QPushButton(self.tr("Lưu gói để gửi…"))
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ReceiveDialog(QDialog):
    """A dossier or an answer before it is applied: who sent it, what it says, what changes."""

    def __init__(self, preview: ReceivePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Nhận hồ sơ, kết quả"))
        self.resize(720, 420)
        kind = _label(preview.kind_label)
        parts = [
            self.tr("<b>Gói {kind}</b> số {n} của <b>{producer}</b>, lập lúc {when}").format(
                kind=escape(kind),
                n=preview.sequence,
                producer=escape(preview.producer_name),
                when=_when(preview.created_at),
            ),
            self.tr("Chữ ký: {0}").format(escape(_label(preview.signature_label))),
            f"<b>{escape(preview.title)}</b>",
            self.tr("{unit} · năm {year} · {lines} dòng").format(
                unit=escape(preview.unit_name), year=preview.year, lines=preview.lines
            ),
        ]
        if preview.kind == "dossier":
            parts.append(
                self.tr("{people} người có tên; lần gửi thứ {n}.").format(
                    people=preview.people, n=preview.times_received
                )
            )
        else:
            parts.append(
                self.tr("Trạng thái ở cấp xét: <b>{0}</b>").format(
                    escape(_label(preview.status.label))
                )
            )
        if preview.return_reason:
            parts.append(
                "<span style='color: #b00020'>"
                + self.tr("Lý do trả lại: {0}").format(escape(preview.return_reason))
                + "</span>"
            )
        for decision in preview.decisions:
            parts.append(self.tr("Quyết định {0}").format(escape(decision)))
        if preview.papers:
            items = "".join(f"<li>{escape(name)}</li>" for name in preview.papers)
            parts.append(
                self.tr("Giấy tờ đính kèm ({n}):").format(n=len(preview.papers))
                + f"<ul style='margin: 0'>{items}</ul>"
            )
        if preview.already_at is not None:
            parts.append(
                self.tr("<b>Gói này đã được nhận lúc {0}: nhận lại không thay đổi gì.</b>").format(
                    _when(preview.already_at)
                )
            )
        else:
            changes = "".join(f"<li>{escape(text)}</li>" for text in preview.changes)
            parts.append(self.tr("<b>Khi nhận:</b>") + f"<ul style='margin: 0'>{changes}</ul>")
        text = QLabel("<br>".join(parts))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.receive_button = QPushButton(self.tr("Nhận"))
        self.receive_button.setEnabled(preview.already_at is None)
        buttons.addButton(self.receive_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Đóng"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class InboxDialog(QDialog):
    """Every dossier sent up or received from below in the year, with its status at the
    receiving level; the chosen one's journey below, package by package."""

    def __init__(self, flow: DossierFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.setWindowTitle(self.tr("Hộp hồ sơ liên cấp"))
        self.resize(1120, 560)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.rows: RowTableModel[DossierRow] = RowTableModel(INBOX_COLUMNS, self)
        self.view = _table(self.rows, 4)
        # The newest movement first (the "Cập nhật" column).
        self.view.sortByColumn(len(INBOX_COLUMNS) - 1, Qt.SortOrder.DescendingOrder)  # type: ignore[attr-defined]
        self.events: RowTableModel[DossierEventRow] = RowTableModel(EVENT_COLUMNS, self)
        self.event_view = _table(self.events, 5)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #b00020")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Hành trình của hồ sơ đang chọn:")))
        lower_layout.addWidget(self.event_view, 1)
        lower_layout.addWidget(self.reason)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setSizes([300, 200])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        self.open_button = QPushButton(self.tr("Mở đề nghị"))
        self.receive_button = QPushButton(self.tr("Nhận hồ sơ, kết quả…"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.receive_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._chosen)  # type: ignore[attr-defined]
        self.open_button.clicked.connect(self._open)
        self.receive_button.clicked.connect(lambda: flow.receive())
        self.open_button.setEnabled(False)

    def show_rows(self, rows: list[DossierRow]) -> None:
        sent = sum(1 for r in rows if r.role is DossierRole.SENT)
        waiting = sum(1 for r in rows if r.to_report)
        self.heading.setText(
            self.tr(
                "{sent} hồ sơ gửi lên, {received} hồ sơ nhận từ cấp dưới ({waiting} chưa báo kết "
                "quả về cơ quan gửi); mới nhất ở trên."
            ).format(sent=sent, received=len(rows) - sent, waiting=waiting)
        )
        self.rows.set_rows(rows)
        if rows:
            self.view.selectRow(0)  # type: ignore[attr-defined]
        else:
            self.events.set_rows([])

    def current(self) -> DossierRow | None:
        from thidua_desktop.gui.awards.model import selected

        row = selected(self.view)
        return row if isinstance(row, DossierRow) else None

    def _chosen(self, *_args: object) -> None:
        row = self.current()
        self.open_button.setEnabled(row is not None)
        self.reason.setText(
            self.tr("Lý do trả lại: {0}").format(row.state.return_reason)
            if row is not None and row.status is DossierStatus.RETURNED
            else ""
        )
        if row is not None:
            self.flow.load_timeline(row.proposal_id, self.events.set_rows)

    def _open(self) -> None:
        row = self.current()
        if row is not None:
            self.flow.open_proposal(row.proposal_id)
            self.accept()


class DossierFlow:
    """The page's dossier actions: each dialog, then one service call on the worker."""

    def __init__(self, page: AwardsPage) -> None:
        self.page = page
        self.inbox: InboxDialog | None = None
        self.last_dialog: QDialog | None = None
        # Tests replace these (file dialogs and `exec` are modal).
        self.run_dialog = lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted
        self.choose_open = lambda: file_dialogs.open_file(
            page,
            page.main.settings,
            PURPOSE,
            QCoreApplication.translate("DossierFlow", "Nhận hồ sơ, kết quả"),
            QCoreApplication.translate("DossierFlow", "Gói hồ sơ (*.tdkt)"),
        )
        self.choose_save = lambda name: file_dialogs.save_file(
            page,
            page.main.settings,
            PURPOSE,
            QCoreApplication.translate("DossierFlow", "Lưu gói để gửi"),
            name,
            QCoreApplication.translate("DossierFlow", "Gói hồ sơ (*.tdkt)"),
            suffix=".tdkt",
        )

    @property
    def db(self) -> Database | None:
        return self.page.main.db

    def _ask(self, dialog: QDialog) -> bool:
        self.last_dialog = dialog
        return bool(self.run_dialog(dialog))

    def send(self, *, reply: bool) -> None:
        """Show what leaves (people, papers, status), ask where to save, write the package."""
        detail, db = self.page.detail, self.db
        if detail is None or db is None:
            return
        proposal_id = detail.proposal.id
        main = self.page.main

        def read(_progress: WorkerProgress) -> SendPreview:
            from thidua_desktop.exchange.awards.send import preview_dossier, preview_reply

            return (preview_reply if reply else preview_dossier)(db, proposal_id)

        def shown(preview: SendPreview) -> None:
            self.page.set_busy(False)
            if not self._ask(SendDialog(preview, self.page)):
                return
            path = self.choose_save(preview.default_name)
            if path is None:
                return
            self._write(proposal_id, path, reply=reply)

        self.page.set_busy(True)
        main.background.run(read, on_success=shown, on_failure=self.page.action_failed)

    def _write(self, proposal_id: int, path: Path, *, reply: bool) -> None:
        db, data_dir = self.db, self.page.main.data_dir
        if db is None or data_dir is None:
            return

        def work(_progress: WorkerProgress) -> Any:
            from thidua_desktop.exchange.awards.send import send_dossier, send_reply
            from thidua_desktop.services.awards.proposals import get_proposal

            report = (send_reply if reply else send_dossier)(db, data_dir, proposal_id, out=path)
            return report, get_proposal(db, proposal_id)

        def done(result: Any) -> None:
            report, detail = result
            message = QCoreApplication.translate(
                "DossierFlow", "Đã lưu gói số {n} ({name}) để gửi {receiver}."
            ).format(
                n=report.sequence, name=report.path.name, receiver=report.preview.receiver_name
            )
            self.page.after_change(detail, message)
            self.page.document_saved(report.path)

        self.page.set_busy(True)
        self.page.main.background.run(
            work,
            on_success=done,
            on_failure=self.page.action_failed,
            label=QCoreApplication.translate("DossierFlow", "Đang lập gói hồ sơ…"),
            window=self.page.main,
        )

    def receive(self, path: Path | None = None) -> None:
        """Choose a package, show its preview, apply it when the person confirms."""
        db = self.db
        if db is None:
            return
        path = path or self.choose_open()
        if path is None:
            return

        def read(_progress: WorkerProgress) -> ReceivePreview:
            from thidua_desktop.exchange.awards.receive import preview_received

            return preview_received(db, path)

        def shown(preview: ReceivePreview) -> None:
            self.page.set_busy(False)
            if self._ask(ReceiveDialog(preview, self.inbox or self.page)):
                self._apply(path)

        self.page.set_busy(True)
        self.page.main.background.run(read, on_success=shown, on_failure=self.page.action_failed)

    def _apply(self, path: Path) -> None:
        db, data_dir = self.db, self.page.main.data_dir
        if db is None or data_dir is None:
            return

        def work(_progress: WorkerProgress) -> Any:
            from thidua_desktop.exchange.awards.receive import receive_dossier_file
            from thidua_desktop.services.awards.proposals import get_proposal

            report = receive_dossier_file(db, data_dir, path)
            detail = get_proposal(db, report.proposal_id) if report.proposal_id else None
            return report, detail

        def done(result: Any) -> None:
            report, detail = result
            message = QCoreApplication.translate(
                "DossierFlow", "Đã nhận {kind} của {producer}: {title}."
            ).format(
                kind=_label(report.preview.kind_label),
                producer=report.preview.producer_name,
                title=report.preview.title,
            )
            self.page.after_change(detail if detail is not None else 0, message)
            if self.inbox is not None and self.inbox.isVisible():
                self.refresh_inbox()

        self.page.set_busy(True)
        self.page.main.background.run(
            work,
            on_success=done,
            on_failure=self.page.action_failed,
            label=QCoreApplication.translate("DossierFlow", "Đang nhận hồ sơ…"),
            window=self.page.main,
        )

    def open_inbox(self) -> None:
        if self.inbox is None:
            self.inbox = InboxDialog(self, self.page)
        self.refresh_inbox()
        if self.inbox.isVisible():
            self.inbox.raise_()  # already open, perhaps behind the main window
        else:
            self.inbox.show()

    def refresh_inbox(self) -> None:
        db, inbox = self.db, self.inbox
        if db is None or inbox is None:
            return

        def work(_progress: WorkerProgress) -> list[DossierRow]:
            from thidua_desktop.services.awards.dossiers import list_dossiers

            return list_dossiers(db)

        self.page.main.background.run(
            work,
            on_success=inbox.show_rows,
            on_failure=self.page.action_failed,
        )

    def load_timeline(self, proposal_id: int, show: Any) -> None:
        db = self.db
        if db is None:
            return

        def work(_progress: WorkerProgress) -> list[DossierEventRow]:
            from thidua_desktop.services.awards.dossiers import dossier_timeline

            return dossier_timeline(db, proposal_id)

        self.page.main.background.run(work, on_success=show, on_failure=self.page.action_failed)

    def open_proposal(self, proposal_id: int) -> None:
        self.page.select_proposal(proposal_id)
