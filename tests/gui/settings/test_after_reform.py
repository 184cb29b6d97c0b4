"""Cài đặt after 01/07/2025: which rules a document dated today cites, and the letterheads of
today's offices offered as templates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from thidua_desktop.gui.main_window import Page
from thidua_desktop.gui.settings.rules_panel import RulesPanel
from thidua_desktop.services.core.profile import set_profile

from ..conftest import OpenWindow


def test_the_rules_panel_says_what_a_document_dated_today_cites(qtbot: QtBot) -> None:
    panel = RulesPanel()
    qtbot.addWidget(panel)
    panel.refresh(dt.date(2026, 12, 4))
    text = panel.text.text()
    assert "Từ ngày 01/01/2024 đến ngày 30/06/2025" in text
    assert "152/2025/NĐ-CP (chính quyền địa phương hai cấp) — đang áp dụng" in text
    assert "Căn cứ Nghị định số 152/2025/NĐ-CP" in text
    deciders = text.split("Người quyết định:")[1].split("</p>")[0]
    assert "Chủ tịch UBND cấp xã" in deciders and "cấp huyện" not in deciders
    assert "2.340.000 đồng" in text and "Tạm dừng xét khen thưởng" in text
    panel.refresh(dt.date(2024, 5, 1))
    assert "98/2023/NĐ-CP — đang áp dụng" in panel.text.text()


def test_a_communes_letterhead_templates_fill_the_fields(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window()
    assert window.db is not None
    window._apply_profile(set_profile(window.db, office_code="31135"))
    qtbot.waitUntil(lambda: window.profile_label.text().startswith("Phường Ninh Kiều"))
    window.show_page(Page.SETTINGS)
    panel = window.settings_page.letterhead_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.preset.count() == 3)
    labels = [panel.preset.itemText(i) for i in range(3)]
    assert labels == ["Ủy ban nhân dân phường", "Văn phòng HĐND và UBND", "Phòng Văn hóa - Xã hội"]
    recipients = panel.editors["recipients"]
    assert isinstance(recipients, QPlainTextEdit)
    assert "Sở Nội vụ thành phố Cần Thơ (để b/c);" in recipients.placeholderText()
    panel.preset.setCurrentIndex(1)
    panel.apply_preset()
    issuer = panel.editors["issuer_name"]
    parent = panel.editors["issuer_parent"]
    assert isinstance(issuer, QPlainTextEdit) and isinstance(parent, QLineEdit)
    assert issuer.toPlainText() == "VĂN PHÒNG HĐND VÀ UBND"
    assert parent.text() == "ỦY BAN NHÂN DÂN PHƯỜNG NINH KIỀU"
    assert panel.status.text() == "Đã điền theo mẫu, chưa lưu."
