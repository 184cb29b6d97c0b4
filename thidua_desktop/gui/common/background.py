"""Slow work off the GUI thread (one worker, so one writer), with delayed, cancellable progress."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from thidua_desktop.services.core.progress import Cancelled

PROGRESS_DELAY_MS = 500


class _Signals(QObject):
    # Created on the GUI thread, emitted from the worker: Qt queues delivery to the GUI thread.
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


class WorkerProgress:
    """The services' Progress, reported across threads by signal; cancellation by event."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int, label: str) -> None:
        self._signals.progressed.emit(done, total, label)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Task(QRunnable):
    def __init__(self, fn: Callable[[WorkerProgress], Any], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it; released when its result has been delivered
        self.fn = fn
        self.signals = signals
        self.progress = WorkerProgress(signals)

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # delivered to the GUI thread, which decides what to show
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class Background(QObject):
    """Starts operations on a single worker thread and delivers their outcome on the GUI thread.

    `fn(progress)` runs on the worker and must not touch widgets; `on_success(result)` and
    `on_failure(exc)` run on the GUI thread. With a `label`, a progress dialog appears if the
    work takes longer than half a second, and its "Hủy" button asks the work to stop.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._tasks: set[_Task] = set()

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def run(
        self,
        fn: Callable[[WorkerProgress], Any],
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_cancelled: Callable[[], None] | None = None,
        label: str | None = None,
        window: QWidget | None = None,
        cancellable: bool = True,
    ) -> WorkerProgress:
        signals = _Signals(self)
        task = _Task(fn, signals)
        dialog = _DelayedProgress(window, label, task.progress, cancellable) if label else None

        def finish() -> None:
            self._tasks.discard(task)
            signals.deleteLater()
            if dialog is not None:
                dialog.close_now()
            if not self._tasks:
                self.busy_changed.emit(False)

        def succeeded(result: object) -> None:
            finish()
            on_success(result)

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, Cancelled):
                if on_cancelled is not None:
                    on_cancelled()
                return
            on_failure(exc)

        signals.finished.connect(succeeded)
        signals.failed.connect(failed)
        if dialog is not None:
            signals.progressed.connect(dialog.update_progress)
        if not self._tasks:
            self.busy_changed.emit(True)
        self._tasks.add(task)
        self._pool.start(task)
        return task.progress

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until the worker is idle (for shutdown and tests); True if it finished."""
        return self._pool.waitForDone(msecs)

    def settle(self, msecs: int = 30_000) -> bool:
        """Block until the worker is idle and its outcomes have been delivered (on_success or
        on_failure has run): for a question that must know whether a save went through."""
        done = self._pool.waitForDone(msecs)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        return done and not self._tasks


class _DelayedProgress(QObject):
    """A modal progress dialog that only appears when the work lasts longer than ~0.5 s."""

    def __init__(
        self, window: QWidget | None, label: str, progress: WorkerProgress, cancellable: bool
    ) -> None:
        super().__init__(window)
        self._window = window
        self._label = label
        self._progress = progress
        self._cancellable = cancellable
        self._dialog: QProgressDialog | None = None
        self._last: tuple[int, int, str] = (0, 0, label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        self._timer.start(PROGRESS_DELAY_MS)

    @property
    def dialog(self) -> QProgressDialog | None:
        return self._dialog

    def _show(self) -> None:
        from PySide6.QtCore import Qt  # not at the top: see main_window's imports

        dialog = QProgressDialog(self._window)
        dialog.setWindowTitle(self.tr("Đang xử lý"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancellable:
            dialog.setCancelButtonText(self.tr("Hủy"))
            dialog.canceled.connect(self._cancel)
        else:
            dialog.setCancelButton(None)
        dialog.setMinimumWidth(420)
        self._dialog = dialog
        self.update_progress(*self._last)
        dialog.show()

    def _cancel(self) -> None:
        self._progress.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Đang hủy, vui lòng chờ…"))

    def update_progress(self, done: int, total: int, label: str) -> None:
        self._last = (done, total, label or self._label)
        dialog = self._dialog
        if dialog is None or self._progress.cancelled():
            return
        dialog.setLabelText(label or self._label)
        dialog.setMaximum(max(total, 0))
        # Last: a modal QProgressDialog processes events in setValue, where the work may finish
        # and close the dialog (self._dialog becomes None; the widget is deleted later).
        dialog.setValue(min(done, total) if total > 0 else 0)

    def close_now(self) -> None:
        self._timer.stop()
        if self._dialog is not None:
            if self._cancellable:
                self._dialog.canceled.disconnect(self._cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self.deleteLater()
