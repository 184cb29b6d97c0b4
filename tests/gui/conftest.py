"""GUI fixtures: a main window on a temporary data directory, opened as the application does."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from thidua_desktop.gui import theme
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
