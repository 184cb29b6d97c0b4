"""Trao đổi dữ liệu: send packages, preview and apply received ones, the inbox, who has reported."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.errors import UserError
from thidua_desktop.gui.common import domain_labels, errors, file_dialogs
from thidua_desktop.gui.common.background import WorkerProgress
from thidua_desktop.gui.common.messages import say
from thidua_desktop.gui.exchange.model import DONE_STYLE, REFUSED_STYLE, plan_model, when
from thidua_desktop.gui.exchange.panels import HistoryPanel, KeysPanel, ReportingPanel, make_table
from thidua_desktop.gui.exchange.send import SendPanel

if TYPE_CHECKING:
    from thidua_desktop.exchange.operations import BatchImport, ImportPreview, ImportReport
    from thidua_desktop.exchange.plan import Plan
    from thidua_desktop.gui.common.workspace_host import WorkspaceHost


class ExchangePage(QWidget):
    loaded = Signal()  # history, reporting status and keys are on screen
    previewed = Signal()  # a dry run is shown (or a refusal)
    applied = Signal()
    exported = Signal(str)

    def __init__(self, main: WorkspaceHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = main
        self.preview: ImportPreview | None = None
        self.preview_path: Path | None = None
        self.preview_paths: list[Path] = []  # a batch being previewed
        self.preview_plan: Plan | None = None  # what applying the previewed package(s) does
        # The person confirmed the previewed package comes from its office's new installation.
        self.new_installation = False

        title = QLabel(self.tr("Trao đổi dữ liệu"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Gửi và nhận số liệu bằng tệp gói (.tdkt) qua USB hoặc thư điện tử: số liệu gửi "
                "lên cấp trên, định nghĩa (phong trào, chỉ tiêu, bộ tiêu chí) gửi xuống cấp dưới. "
                "Gói nhận được kiểm tra đầy đủ và xem trước trước khi áp dụng."
            )
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_receive_tab(), self.tr("Nhận gói"))
        self.send = SendPanel(main)
        self.send.exported.connect(self.exported)
        self.tabs.addTab(self.send, self.tr("Gửi gói"))
        self.reporting = ReportingPanel()
        self.tabs.addTab(self.reporting, self.tr("Tình hình gửi số liệu"))
        self.history = HistoryPanel(main)
        self.tabs.addTab(self.history, self.tr("Gói đã nhận"))
        self.keys = KeysPanel(main)
        self.keys.changed.connect(self.reload)
        self.tabs.addTab(self.keys, self.tr("Khóa ký gói"))

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)

        main.year_changed.connect(self._year_changed)
        main.workspace_ready.connect(self.reload)
        main.context_changed.connect(self.reload)
        if main.db is not None:
            self.reload()

    # -- layout ----------------------------------------------------------------------------
    def _build_receive_tab(self) -> QWidget:
        tab = QWidget()
        self.choose_button = QPushButton(self.tr("Chọn gói để kiểm tra…"))
        self.choose_button.clicked.connect(self.choose_package)
        self.apply_button = QPushButton(self.tr("Áp dụng"))
        self.apply_button.setEnabled(False)
        self.apply_button.setToolTip(self.tr("Nhập gói đã xem trước (sao lưu trước khi nhập)"))
        self.apply_button.clicked.connect(self.apply_preview)
        self.discard_button = QPushButton(self.tr("Bỏ qua"))
        self.discard_button.setEnabled(False)
        self.discard_button.clicked.connect(self.clear_preview)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.apply_button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.package_info = QLabel(self._intro())
        self.package_info.setWordWrap(True)
        self.package_info.setTextFormat(Qt.TextFormat.RichText)
        self.plan = plan_model(self)
        self.plan_table = make_table(self.plan, tab, 0)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(140)
        self.details.setPlaceholderText(self.tr("Chi tiết thay đổi và lưu ý sẽ hiện ở đây."))

        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.package_info)
        layout.addWidget(self.plan_table, 1)
        layout.addWidget(self.details)
        return tab

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        db, data_dir, year = self.main.db, self.main.data_dir, self.main.current_year
        if db is None:
            return
        self.send.show_scope()

        def work(_progress: WorkerProgress) -> tuple[Any, ...]:
            from thidua_desktop.exchange import status

            try:
                reporting = status.reporting_status(db, year=year)
                own = status.own_public_key(db, data_dir)
            except UserError:  # no office chosen yet: nothing to show
                reporting, own = [], None
            return status.list_imports(db), reporting, own, status.list_keys(db)

        self.main.background.run(
            work, on_success=self._loaded, on_failure=lambda exc: errors.report(self, exc)
        )

    def _loaded(self, data: tuple[Any, ...]) -> None:
        imports, reporting, own, keys = data
        self.history.set_rows(imports)
        self.reporting.set_rows(self.main.current_year, reporting)
        if own is not None:
            self.keys.set_keys(own, keys)
        self.loaded.emit()

    def _year_changed(self, _year: int) -> None:
        self.reload()

    # -- receiving -------------------------------------------------------------------------
    def choose_package(self) -> None:
        chosen = file_dialogs.open_files(
            self,
            self.main.settings,
            "goi-du-lieu",
            self.tr("Chọn gói dữ liệu (giữ Ctrl để chọn nhiều gói)"),
            self.tr("Gói dữ liệu (*.tdkt);;Tất cả các tệp (*)"),
        )
        if len(chosen) == 1:
            self.preview_file(chosen[0])
        elif chosen:
            self.preview_files(chosen)

    def preview_files(self, paths: list[Path], *, new_installation: bool = False) -> None:
        """The dry run of several packages together (the batch they would be imported in)."""
        db, data_dir = self.main.db, self.main.data_dir
        if db is None:
            return
        self.clear_preview()
        self.new_installation = new_installation

        def work(progress: WorkerProgress) -> BatchImport:
            from thidua_desktop.exchange.operations import import_packages

            return import_packages(
                db,
                data_dir,
                paths,
                dry_run=True,
                new_installation=new_installation,
                progress=progress,
            )

        self.choose_button.setEnabled(False)
        self.main.background.run(
            work,
            on_success=lambda batch: self._show_batch(paths, batch),
            on_failure=self._refused,
            on_cancelled=lambda: self.choose_button.setEnabled(True),
            label=self.tr("Đang kiểm tra {count} gói…").format(count=len(paths)),
            window=self.main,
        )

    def _show_batch(self, paths: list[Path], batch: BatchImport) -> None:
        from thidua_desktop.exchange.verify import FromAnotherInstallation

        self.choose_button.setEnabled(True)
        other = next(
            (i.error for i in batch.items if isinstance(i.error, FromAnotherInstallation)), None
        )
        asked = other is not None and not self.new_installation
        if asked and self.confirm_new_installation(str(other and other.reason)):
            self.preview_files(paths, new_installation=True)
            return
        self.preview, self.preview_path, self.preview_paths = None, None, paths
        refused, applicable = len(batch.refused), len(batch.items) - len(batch.refused)
        lines = []
        for item in batch.items:
            if item.report is None:
                lines.append(
                    self.tr("{file}: bị từ chối — {reason}").format(
                        file=item.path.name, reason=item.refusal
                    )
                )
                continue
            p = item.report.preview.package
            if item.same_as is not None:
                outcome = self.tr("trùng với gói {file} ở trên, bỏ qua").format(
                    file=item.same_as.name
                )
            elif item.report.preview.already_imported_at is not None:
                outcome = self.tr("đã nhập trước đó, không thay đổi gì")
            else:
                outcome = self.tr("thay đổi {count} dòng").format(
                    count=item.report.preview.plan.changes
                )
            lines.append(
                self.tr("{file}: {producer} ({code}), năm {year} — {outcome}").format(
                    file=item.path.name,
                    producer=p.producer_name,
                    code=p.producer_code,
                    year=p.period,
                    outcome=outcome,
                )
            )
        plan = batch.plan
        self.preview_plan = plan
        self.package_info.setText(
            self.tr(
                "<b>{count} gói</b> được kiểm tra cùng nhau: {ok} gói hợp lệ, {bad} gói bị từ "
                "chối. Áp dụng sẽ nhập các gói hợp lệ trong một lần (gói của cấp trên trước), "
                "với một bản sao lưu trước khi nhập."
            ).format(count=len(batch.items), ok=applicable, bad=refused)
        )
        self.plan.set_rows(list(plan.tables.values()))
        lines += [self.tr("Lưu ý: {warning}").format(warning=w) for w in plan.warnings]
        lines += self._example_lines(plan)
        self.details.setPlainText("\n".join(lines))
        if plan.changes:
            self._say(
                self.tr(
                    "Áp dụng sẽ thay đổi {changes} dòng từ {ok} gói (xem bảng và chi tiết dưới)."
                ).format(changes=plan.changes, ok=applicable)
                + (
                    " "
                    + self.tr("{bad} gói bị từ chối, sẽ không được nhập (xem lý do dưới).").format(
                        bad=refused
                    )
                    if refused
                    else ""
                ),
                REFUSED_STYLE if refused else DONE_STYLE,
            )
        elif batch.pending:
            self._say(self.tr("Các gói hợp lệ không thay đổi số liệu nào ở đây."), DONE_STYLE)
        elif applicable:
            self._say(
                self.tr("Các gói này đã được nhập trước đó: không có gì để nhập."), DONE_STYLE
            )
        else:
            self._say(self.tr("Không gói nào nhập được (xem lý do dưới)."), REFUSED_STYLE)
        # Packages new here are worth applying even when their figures change nothing: the
        # import is recorded (who has reported) and a receipt is written.
        self.apply_button.setEnabled(bool(batch.pending))
        self.discard_button.setEnabled(True)
        self.previewed.emit()

    def preview_file(self, path: Path, *, new_installation: bool = False) -> None:
        db = self.main.db
        if db is None:
            return
        self.clear_preview()
        self.new_installation = new_installation

        def work(progress: WorkerProgress) -> ImportPreview:
            from thidua_desktop.exchange.operations import preview_import

            return preview_import(db, path, new_installation=new_installation, progress=progress)

        def refused(exc: BaseException) -> None:
            from thidua_desktop.exchange.verify import FromAnotherInstallation

            if isinstance(exc, FromAnotherInstallation) and not new_installation:
                self.choose_button.setEnabled(True)
                if self.confirm_new_installation(exc.reason):
                    self.preview_file(path, new_installation=True)
                    return
            self._refused(exc)

        self.choose_button.setEnabled(False)
        self.main.background.run(
            work,
            on_success=lambda preview: self._show_preview(path, preview),
            on_failure=refused,
            on_cancelled=lambda: self.choose_button.setEnabled(True),
            label=self.tr("Đang kiểm tra gói {0}…").format(path.name),
            window=self.main,
        )

    def _show_preview(self, path: Path, preview: ImportPreview) -> None:
        self.choose_button.setEnabled(True)
        self.preview, self.preview_path = preview, path
        self.preview_plan = preview.plan
        p = preview.package
        self.package_info.setText(
            self.tr(
                "<b>Gói {0} năm {1}</b> của <b>{2}</b> ({3}), phạm vi {4} ({5}); số thứ tự {6}, "
                "tạo lúc {7}; {8} dòng.<br>Chữ ký: {9}."
            ).format(
                domain_labels.label(p.kind_label),
                p.period,
                p.producer_name,
                p.producer_code,
                p.scope_name or p.scope_code,
                p.scope_code,
                p.sequence,
                when(p.created_at),
                p.rows,
                domain_labels.label(p.signature_label),
            )
        )
        self.plan.set_rows(list(preview.plan.tables.values()))
        lines = [self.tr("Lưu ý: {warning}").format(warning=w) for w in preview.plan.warnings]
        lines += self._example_lines(preview.plan)
        self.details.setPlainText("\n".join(lines))
        if preview.already_imported_at is not None:
            self._say(
                self.tr("Gói này đã được nhập lúc {0}: nhập lại không thay đổi gì.").format(
                    when(preview.already_imported_at)
                ),
                DONE_STYLE,
            )
        else:
            changes = preview.plan.changes
            self._say(
                self.tr("Gói hợp lệ. Áp dụng sẽ thay đổi {0} dòng (xem bảng dưới).").format(changes)
                if changes
                else self.tr("Gói hợp lệ và không thay đổi số liệu nào ở đây."),
                DONE_STYLE,
            )
        self.apply_button.setEnabled(preview.already_imported_at is None)
        self.discard_button.setEnabled(True)
        self.previewed.emit()

    def _example_lines(self, plan: Plan) -> list[str]:
        """The plan's examples per table, and how many changed rows they leave unnamed."""
        lines = []
        for table in plan.tables.values():
            name = domain_labels.label(table.label)
            lines += [f"{name}: {e}" for e in table.examples]
            hidden = table.changes - len(table.examples)
            if hidden > 0 and table.examples:
                lines.append(
                    self.tr("{table}: … và {count} dòng khác").format(table=name, count=hidden)
                )
        return lines

    def _refused(self, exc: BaseException) -> None:
        self.choose_button.setEnabled(True)
        self.apply_button.setEnabled(False)
        if isinstance(exc, UserError):
            self._say(say(exc.message), REFUSED_STYLE)
            self.previewed.emit()
            return
        errors.report(self, exc)

    def _say(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.setVisible(True)

    def _intro(self) -> str:
        return self.tr(
            "Chọn một hay nhiều gói (.tdkt) nhận được (giữ Ctrl để chọn nhiều gói, ví dụ gói của "
            "mọi đơn vị cấp dưới): ứng dụng kiểm tra và cho xem những gì sẽ thay đổi; chưa có gì "
            "được ghi cho đến khi bạn bấm “Áp dụng”."
        )

    def clear_preview(self) -> None:
        self.preview = self.preview_path = None
        self.preview_plan = None
        self.preview_paths = []
        self.package_info.setText(self._intro())
        self.plan.set_rows([])
        self.details.clear()
        self.message.setVisible(False)
        self.apply_button.setEnabled(False)
        self.discard_button.setEnabled(False)

    def confirm_replacing_local(self, plan: Plan | None) -> bool:
        """The second, explicit confirmation when applying would replace or remove rows entered
        at this office: it names what goes (per table, with examples) and defaults to No."""
        from thidua_desktop.exchange.plan import REPLACED

        if plan is None or not plan.totals()[REPLACED]:
            return True
        from PySide6.QtWidgets import QMessageBox

        replaced, named = plan.replaced_here()
        counts = [
            self.tr("{table}: {count} dòng").format(table=domain_labels.label(label), count=count)
            for label, count in replaced.items()
        ]
        examples = [f"{domain_labels.label(label)}: {e}" for label, e in named[:8]]
        text = self.tr(
            "Gói sẽ thay thế hoặc xóa số liệu đã nhập tại cơ quan này:\n{counts}\n\n"
            "Ví dụ:\n{examples}\n\nSố liệu này sẽ được thay bằng số liệu của gói (có bản sao "
            "lưu trước khi nhập). Thay thế?"
        ).format(
            counts="\n".join(f"• {c}" for c in counts),
            examples="\n".join(f"• {e}" for e in examples) or "—",
        )
        answer = QMessageBox.question(
            self,
            self.tr("Thay thế số liệu nhập tại đây"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm_new_installation(self, reason: str) -> bool:
        """The producer's package comes from another installation with an older number: an old
        copy of its data, or its genuinely new computer. The person decides."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Gói từ một bản cài đặt khác"),
            self.tr(
                "{reason}\n\nChỉ nhận nếu chắc chắn cơ quan gửi đã chuyển sang bản cài đặt mới "
                "(đã hỏi lại cơ quan đó). Nhận gói từ bản cài đặt mới?"
            ).format(reason=reason),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def apply_preview(self) -> None:
        from thidua_desktop.exchange.plan import REPLACED

        db, path, data_dir = self.main.db, self.preview_path, self.main.data_dir
        if not self.confirm_replacing_local(self.preview_plan):
            self._say(self.tr("Chưa nhập: số liệu tại đây được giữ nguyên."), DONE_STYLE)
            return
        # Only what the person saw and confirmed may be replaced: with nothing to confirm, a
        # change made here since the preview still stops the import.
        replace_local = bool(self.preview_plan and self.preview_plan.totals()[REPLACED])
        new_installation = self.new_installation
        if db is not None and self.preview_paths:
            self._apply_batch(self.preview_paths, replace_local)
            return
        if db is None or path is None:
            return

        def work(progress: WorkerProgress) -> ImportReport:
            from thidua_desktop.exchange.operations import import_package

            return import_package(
                db,
                data_dir,
                path,
                replace_local=replace_local,
                new_installation=new_installation,
                progress=progress,
            )

        self.apply_button.setEnabled(False)
        self.main.background.run(
            work,
            on_success=self._applied,
            on_failure=self._refused,
            on_cancelled=lambda: self._say(self.tr("Đã hủy: không có gì thay đổi."), DONE_STYLE),
            label=self.tr("Đang nhập gói {0}…").format(path.name),
            window=self.main,
        )

    def _apply_batch(self, paths: list[Path], replace_local: bool) -> None:
        db, data_dir, new_installation = self.main.db, self.main.data_dir, self.new_installation
        if db is None:
            return

        def work(progress: WorkerProgress) -> BatchImport:
            from thidua_desktop.exchange.operations import import_packages

            return import_packages(
                db,
                data_dir,
                paths,
                replace_local=replace_local,
                new_installation=new_installation,
                progress=progress,
            )

        self.apply_button.setEnabled(False)
        self.main.background.run(
            work,
            on_success=self._batch_applied,
            on_failure=self._refused,
            on_cancelled=lambda: self._say(self.tr("Đã hủy: không có gì thay đổi."), DONE_STYLE),
            label=self.tr("Đang nhập {count} gói…").format(count=len(paths)),
            window=self.main,
        )

    def _batch_applied(self, batch: BatchImport) -> None:
        self.apply_button.setEnabled(False)
        self.discard_button.setEnabled(False)
        self.preview_paths = []
        applied, refused = len(batch.applied), len(batch.refused)
        skipped = len(batch.items) - applied - refused
        text = self.tr("Đã nhập {applied} gói (sao lưu trước khi nhập: {backup}).").format(
            applied=applied, backup=batch.backup_name or "—"
        )
        if skipped:
            text += " " + self.tr(
                "{skipped} gói đã nhập trước đó hoặc trùng với gói khác: bỏ qua."
            ).format(skipped=skipped)
        self.package_info.setText(
            self.tr("<b>{count} gói</b> đã được xử lý cùng nhau.").format(count=len(batch.items))
        )
        if refused:
            text += " " + self.tr("{refused} gói bị từ chối, không thay đổi gì:").format(
                refused=refused
            )
            text += "".join(f"\n• {item.path.name}: {item.refusal}" for item in batch.refused)
        warnings = [item.warning for item in batch.items if item.warning]
        text += "".join(f"\n• {warning}" for warning in warnings)
        self._say(text, REFUSED_STYLE if refused or warnings else DONE_STYLE)
        receipts = [
            str(item.report.receipt_path)
            for item in batch.applied
            if item.report is not None and item.report.receipt_path is not None
        ]
        if receipts:
            self.details.setPlainText(
                self.tr("Biên nhận để gửi lại các cơ quan gửi:") + "\n" + "\n".join(receipts)
            )
        self.main.status.setText(self.tr("Đã nhập {applied} gói.").format(applied=applied))
        if applied:
            self.main.context_changed.emit()  # every page shows the new data
        self.applied.emit()

    def _applied(self, report: ImportReport) -> None:
        self.apply_button.setEnabled(False)
        self.discard_button.setEnabled(False)
        if report.applied and report.warning:
            self._say(
                self.tr("Đã nhập gói. Bản lưu chỉ đọc: {0}.").format(report.inbox_path)
                + "\n"
                + report.warning,
                REFUSED_STYLE,
            )
            self.main.status.setText(self.tr("Đã nhập gói {0}.").format(self.preview_path))
            self.main.context_changed.emit()
        elif report.applied:
            self._say(
                self.tr(
                    "Đã nhập gói. Bản lưu chỉ đọc: {0}. Biên nhận để gửi lại cơ quan gửi: {1}."
                ).format(report.inbox_path, report.receipt_path),
                DONE_STYLE,
            )
            self.main.status.setText(self.tr("Đã nhập gói {0}.").format(self.preview_path))
            self.main.context_changed.emit()  # every page shows the new data
        else:
            self._say(self.tr("Gói này đã được nhập trước đó: không có gì thay đổi."), DONE_STYLE)
        self.applied.emit()
