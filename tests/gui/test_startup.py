"""Start-up: the window is painted before the costly Qt types and the database layer are loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from thidua_desktop.gui.main_window import MainWindow
from thidua_desktop.paths import DataDir

# Run as the application starts (`--startup-probe shown` returns once the window is painted),
# then report what that loaded. `Qt` and `QMessageBox` are checked in the modules' namespaces:
# PySide6 builds a class (and its Python enums, ~100 for `Qt`) only on first use.
_SHOWN_THEN_REPORT = """
import sys
from thidua_desktop.cli import main

assert main(["--data-dir", sys.argv[1], "--startup-probe", "shown"]) == 0
from PySide6 import QtCore, QtWidgets

loaded = {
    "Qt": "Qt" in vars(QtCore),
    "QMessageBox": "QMessageBox" in vars(QtWidgets),
    "dataclasses": "dataclasses" in sys.modules,
    "sqlalchemy": "sqlalchemy" in sys.modules,
}
print(sorted(name for name, yes in loaded.items() if yes))
"""


def test_the_window_is_shown_before_costly_types_and_the_database_layer_load(
    tmp_path: Path,
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _SHOWN_THEN_REPORT, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_before_the_data_opens_the_sidebar_takes_focus_and_the_notice_is_centred(
    qtbot: QtBot, data_dir: DataDir
) -> None:
    from PySide6.QtCore import Qt

    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.navigation.focusPolicy() == Qt.FocusPolicy.StrongFocus
    holder = window.stack.currentWidget()
    assert window.loading.parentWidget() is holder
    label_centre = window.loading.geometry().center()
    assert abs(label_centre.x() - holder.rect().center().x()) <= 1
    assert abs(label_centre.y() - holder.rect().center().y()) <= 1
