"""Background operations: results arrive on the GUI thread; progress is delayed and cancellable."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from thidua_desktop.domain.errors import UserError
from thidua_desktop.gui.common import errors
from thidua_desktop.gui.common.background import PROGRESS_DELAY_MS, Background, WorkerProgress
from thidua_desktop.services.core.progress import checkpoint


@pytest.fixture
def background(qtbot: QtBot) -> Iterator[Background]:
    runner = Background()
    yield runner
    runner.wait_for_done()


def test_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(
    background: Background, qtbot: QtBot
) -> None:
    seen: dict[str, object] = {}

    def work(_progress: WorkerProgress) -> int:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return 42

    def done(result: object) -> None:
        seen["result"] = result
        seen["gui"] = QThread.currentThread() is background.thread()

    background.run(work, on_success=done, on_failure=lambda exc: None)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen == {"worker": False, "result": 42, "gui": True}
    assert not background.busy


def test_quick_work_never_shows_a_progress_dialog(background: Background, qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    finished: list[object] = []
    background.run(
        lambda p: "ok",
        on_success=finished.append,
        on_failure=finished.append,
        label="Đang nạp…",
        window=window,
    )
    qtbot.waitUntil(lambda: finished == ["ok"])
    qtbot.wait(PROGRESS_DELAY_MS + 100)
    assert not [w for w in window.findChildren(QWidget) if w.isVisible()]


def test_slow_work_shows_progress_after_the_delay_and_cancel_stops_it(
    background: Background, qtbot: QtBot
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    steps: list[int] = []
    outcome: list[str] = []

    def work(progress: WorkerProgress) -> str:
        for step in range(200):
            checkpoint(progress, step, 200, f"Bước {step}")
            steps.append(step)
            time.sleep(0.02)
        return "finished"

    started = time.monotonic()
    background.run(
        work,
        on_success=lambda result: outcome.append(result),
        on_failure=lambda exc: outcome.append(repr(exc)),
        on_cancelled=lambda: outcome.append("cancelled"),
        label="Đang nạp dữ liệu…",
        window=window,
    )
    from PySide6.QtWidgets import QProgressDialog

    qtbot.waitUntil(lambda: bool(window.findChildren(QProgressDialog)), timeout=3000)
    assert time.monotonic() - started >= PROGRESS_DELAY_MS / 1000 * 0.9
    dialog = window.findChildren(QProgressDialog)[0]
    qtbot.waitUntil(lambda: dialog.value() > 0)
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Hủy"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=3000)
    assert len(steps) < 200


def test_user_errors_become_a_plain_message(
    background: Background, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))

    def work(_progress: WorkerProgress) -> None:
        raise UserError("Tệp đang bị khóa.")

    background.run(work, on_success=lambda r: None, on_failure=lambda e: errors.report(None, e))
    qtbot.waitUntil(lambda: shown == ["Tệp đang bị khóa."])


def test_bugs_reach_the_crash_dialog_with_the_traceback(
    background: Background, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    crashes: list[str] = []
    monkeypatch.setattr(
        errors, "show_crash", lambda parent, t, exc, tb: crashes.append(f"{t.__name__}: {exc}")
    )

    def work(_progress: WorkerProgress) -> None:
        raise ZeroDivisionError("chia cho 0")

    background.run(work, on_success=lambda r: None, on_failure=lambda e: errors.report(None, e))
    qtbot.waitUntil(lambda: crashes == ["ZeroDivisionError: chia cho 0"])
