"""Bundled fonts (Noto Sans: DejaVu clips stacked marks on capitals), icon and the style sheet."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from thidua_desktop.paths import resource

UI_FONT_FAMILY = "Noto Sans"
UI_FONT_POINT_SIZE = 10

STYLE_SHEET = """
QListWidget#navigation {
    background: #233a5e;
    color: #e8eef7;
    border: none;
    font-size: 10.5pt;
    padding-top: 6px;
}
QListWidget#navigation::item { padding: 7px 14px; border-left: 3px solid transparent; }
QListWidget#navigation::item:selected {
    background: #34527f; color: white; border-left: 3px solid #f2c94c;
}
QListWidget#navigation::item:disabled { color: #7d8ba3; font-style: italic; }
QWidget#header { background: #f4f6fa; border-bottom: 1px solid #d5dbe5; }
QLabel#appTitle { font-size: 13pt; font-weight: bold; color: #233a5e; }
QLabel#pageTitle { font-size: 14pt; font-weight: bold; color: #233a5e; }
QLabel#demoBadge {
    background: #fff3cd; color: #7a5a00; border: 1px solid #e6c96b;
    border-radius: 3px; padding: 1px 6px; font-weight: bold;
}
QLabel#muted { color: #5b6675; }
"""


def load_fonts() -> list[str]:
    """Register the bundled UI fonts; returns the families Qt now knows from them."""
    families: list[str] = []
    # Regular and Bold are what the interface uses; an italic is synthesised where needed.
    for path in (resource("fonts", f"NotoSans-{style}.ttf") for style in ("Regular", "Bold")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def apply(app: QApplication) -> None:
    load_fonts()
    font = QFont(UI_FONT_FAMILY, UI_FONT_POINT_SIZE)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
    app.setWindowIcon(app_icon())


def app_icon() -> QIcon:
    return QIcon(str(resource("icons", "thidua.svg")))
