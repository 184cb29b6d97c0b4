"""Splitters remember where the user left them, per page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QSplitter
from pytestqt.qtbot import QtBot

from thidua_desktop.gui.common.splitters import remember


def _splitter(qtbot: QtBot) -> QSplitter:
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(QLabel("bảng"))
    splitter.addWidget(QLabel("chi tiết"))
    splitter.resize(300, 600)
    qtbot.addWidget(splitter)
    splitter.show()
    return splitter


def test_a_moved_splitter_comes_back_where_it_was_left(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "giao-dien.ini"), QSettings.Format.IniFormat)
    first = _splitter(qtbot)
    remember(first, settings, "rural")
    first.moveSplitter(450, 1)  # the user drags the handle down: more table
    moved = first.sizes()
    assert moved[0] > moved[1]
    again = _splitter(qtbot)  # the page built again, next time the application opens
    remember(again, settings, "rural")
    assert again.sizes() == moved
    other = _splitter(qtbot)  # another page keeps its own
    remember(other, settings, "awards")
    assert other.sizes() != moved
