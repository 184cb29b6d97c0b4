"""Every page opened with no office chosen: no box pops up by itself."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from thidua_desktop.gui.main_window import Page

from .conftest import OpenWindow


def test_pages_opened_without_an_office_say_so_without_asking(
    open_window: OpenWindow, qtbot: QtBot, message_boxes: list[tuple[str, str]]
) -> None:
    window = open_window(demo=False)
    qtbot.wait(20)
    asked = []
    for page in Page:
        window.show_page(page)
        qtbot.waitUntil(lambda: not window.background.busy, timeout=5000)
        qtbot.wait(20)
        asked += [(page.name, text) for _kind, text in message_boxes]
        message_boxes.clear()
    assert asked == []


def test_the_office_choice_offered_under_a_dialog_opens_on_the_main_window(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog, QMessageBox

    from thidua_desktop.gui.common import errors
    from thidua_desktop.services.core.scope import NoProfileError

    window = open_window(demo=False)
    chosen: list[bool] = []
    monkeypatch.setattr(window, "edit_profile", lambda first_run: chosen.append(first_run))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = QDialog(window)  # e.g. the target table, whose save needs the office
    qtbot.addWidget(dialog)
    errors.report(dialog, NoProfileError("Chưa chọn cơ quan sử dụng."))
    assert chosen == [True]
