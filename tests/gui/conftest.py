"""GUI fixtures: a main window on a temporary data directory, opened as the application does."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from thidua_desktop.gui.common import theme
from thidua_desktop.gui.main_window import MainWindow
from thidua_desktop.paths import DataDir

OpenWindow = Callable[..., MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, data_dir: DataDir) -> Iterator[OpenWindow]:
    windows: list[MainWindow] = []

    def factory(*, demo: bool = True, wait: bool = True) -> MainWindow:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        theme.apply(app)
        window = MainWindow(data_dir, demo=demo)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        if wait:
            with qtbot.waitSignal(window.workspace_ready, timeout=10_000):
                window.start()
        return window

    yield factory
    for window in windows:
        window.background.wait_for_done()


@pytest.fixture(autouse=True)
def demo_opens_on_2023(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demonstration opens on its newest year (2026); most page tests were written on its
    Chỉ thị 10/CT-UBND year and open there. Tests of the 2026 view set the year themselves."""
    monkeypatch.setattr("thidua_desktop.gui.main_window.DEMO_YEAR", 2023)


@pytest.fixture(autouse=True)
def no_modal_demo_office_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new demonstration asks from which office to see it (a modal dialog): tests keep the
    city ("Để sau") unless they patch the dialog themselves."""
    from thidua_desktop.gui.units.profile_dialog import ProfileDialog

    monkeypatch.setattr(ProfileDialog, "exec", lambda self: ProfileDialog.DialogCode.Rejected)


@pytest.fixture(autouse=True)
def no_modal_move_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window opened on an office that ended asks to move it (a modal dialog): tests answer
    "Để sau" unless they patch the dialog themselves."""
    from thidua_desktop.gui.units.move_dialog import MoveOfficeDialog

    monkeypatch.setattr(MoveOfficeDialog, "exec", lambda self: MoveOfficeDialog.DialogCode.Rejected)


@pytest.fixture(scope="module", autouse=True)
def garbage_collected_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the application: the cyclic collector runs on the GUI thread only."""
    from thidua_desktop.gui.common.garbage import GuiThreadCollector

    collector = GuiThreadCollector(qapp)
    yield
    collector.stop()
    collector.deleteLater()


@pytest.fixture(autouse=True)
def collect_garbage_on_the_gui_thread(qtbot: QtBot) -> Iterator[None]:
    """Free what a test leaves in reference cycles (widgets, signal lambdas) here, once its
    windows are closed: a collection that starts later on a worker thread (the next test's
    database work) would destroy Qt objects there, and that crashes the process."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Modal message boxes would block a headless test forever: record them instead.

    Questions are answered "Discard" (closing a window with unsaved edits drops them), so a test
    that needs another answer patches QMessageBox.question itself.
    """
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def record(kind: str, answer: QMessageBox.StandardButton) -> Callable[..., object]:
        def show(_parent: object, _title: str, text: str, *args: object, **kw: object) -> object:
            shown.append((kind, text))
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(
        QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(
        QMessageBox, "question", record("question", QMessageBox.StandardButton.Discard)
    )
    return shown
