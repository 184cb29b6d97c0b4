"""The interface language, Vietnamese number and date conventions, and Qt's own translations.

The source text of the interface is Vietnamese. At start-up :func:`install`:

- makes Vietnamese (Việt Nam) the default locale whatever the system locale is, so numbers show
  "1.234,5" and dates dd/MM/yyyy everywhere (DESIGN §4), in either interface language;
- loads ``thidua_<lang>.qm`` (the language chosen in *Cài đặt*, Vietnamese by default) and, for
  Vietnamese, ``qtbase_vi.qm`` so Qt's standard buttons and dialogs ("Hủy", "Không lưu"…) match.

The .qm files are compiled from ``resources/translations/*.ts`` by the build step
(``python -m thidua_desktop.translations_build release``); when one is missing the interface
falls back to its Vietnamese source text, never to an error.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from thidua_desktop.paths import DataDir, resource

VIETNAMESE = "vi"
ENGLISH = "en"
# Each language is named in itself, as language menus do.
LANGUAGE_NAMES = {VIETNAMESE: "Tiếng Việt", ENGLISH: "English"}  # i18n: not UI
SETTINGS_KEY = "giao-dien/ngon-ngu"

# Kept referenced: a QTranslator removed by the garbage collector silently stops translating.
_installed: list[QTranslator] = []


def saved_language(folders: DataDir | None) -> str:
    if folders is None or not folders.gui_settings.exists():
        return VIETNAMESE
    value = QSettings(str(folders.gui_settings), QSettings.Format.IniFormat).value(SETTINGS_KEY)
    return value if value in LANGUAGE_NAMES else VIETNAMESE


def save_language(folders: DataDir, language: str) -> None:
    if language not in LANGUAGE_NAMES:
        raise ValueError(language)
    settings = QSettings(str(folders.gui_settings), QSettings.Format.IniFormat)
    settings.setValue(SETTINGS_KEY, language)
    settings.sync()


def vietnamese_locale() -> QLocale:
    return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)


def install(app: QCoreApplication, language: str, *, folder: Path | None = None) -> str:
    """Install the translators for ``language`` (replacing earlier ones); returns the language."""
    QLocale.setDefault(vietnamese_locale())
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGE_NAMES:
        language = VIETNAMESE
    folder = folder or resource("translations")
    catalogues = ["qtbase_vi", "thidua_vi"] if language == VIETNAMESE else [f"thidua_{language}"]
    for name in catalogues:
        translator = QTranslator(app)
        if translator.load(str(folder / f"{name}.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
    return language


def installed_catalogues() -> list[str]:
    return [Path(t.filePath()).stem for t in _installed]
