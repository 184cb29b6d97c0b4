"""The compiled translations at work: English interface, Vietnamese Qt buttons, Vietnamese
number and date conventions whatever the system locale, and the language setting."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from thidua_desktop import translations_build
from thidua_desktop.gui.common import i18n
from thidua_desktop.gui.common.table_model import DATA_HEADER_ROLE
from thidua_desktop.gui.main_window import Page
from thidua_desktop.paths import DataDir

from .conftest import OpenWindow

VIETNAMESE = re.compile(r"[À-ỹĐđ]")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    translations_build.release(folder)
    return folder


@pytest.fixture
def language(qapp: QApplication, compiled: Path) -> Iterator[object]:
    def use(code: str) -> str:
        return i18n.install(qapp, code, folder=compiled)

    yield use
    # The other tests read the Vietnamese source text: leave no translator behind.
    i18n.install(qapp, i18n.VIETNAMESE, folder=compiled / "none")
    QLocale.setDefault(QLocale.system())


def test_qt_standard_buttons_speak_vietnamese(language) -> None:  # type: ignore[no-untyped-def]
    language(i18n.VIETNAMESE)
    assert i18n.installed_catalogues() == ["qtbase_vi", "thidua_vi"]
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Discard
    )
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"OK", "Hủy", "Không lưu"}
    edit = QLineEdit()
    menu = edit.createStandardContextMenu()
    assert any(a.text().startswith("Chọn tất cả") for a in menu.actions())


def test_numbers_and_dates_are_vietnamese_whatever_the_system_locale(language) -> None:  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    language(i18n.ENGLISH)
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    assert QLocale().decimalPoint() == ","


def _chrome_texts(root: QWidget) -> list[tuple[str, str]]:
    """Texts that belong to the interface, not to the data: buttons, group titles, tabs,
    form labels, placeholders, actions and the column headers of static tables."""
    found: list[tuple[str, str]] = []
    for button in root.findChildren(QAbstractButton):
        found.append((type(button).__name__, button.text()))
        found.append((type(button).__name__ + ".toolTip", button.toolTip()))
    for box in root.findChildren(QGroupBox):
        found.append(("QGroupBox", box.title()))
    for tabs in root.findChildren(QTabWidget):
        found.extend(("tab", tabs.tabText(i)) for i in range(tabs.count()))
    for edit in root.findChildren(QLineEdit):
        if not _inside(edit, "LetterheadPanel"):  # its placeholders show the office's defaults
            found.append(("placeholder", edit.placeholderText()))
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                found.append(("form label", widget.text()))
    for action in root.findChildren(QAction):
        found.append(("action", action.text()))
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or type(model).__name__ in DATA_HEADERS:
            continue
        for column in range(model.columnCount()):
            if model.headerData(column, Qt.Orientation.Horizontal, DATA_HEADER_ROLE):
                continue  # titled by reference data ("Không tội phạm"), which stays Vietnamese
            header = model.headerData(column, Qt.Orientation.Horizontal)
            if isinstance(header, str):
                found.append((type(model).__name__, header))
    return found


def _inside(widget: QWidget, class_name: str) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if type(parent).__name__ == class_name:
            return True
        parent = parent.parentWidget()
    return False


# Models whose column headers are data (indicator names, years, units), not interface text.
DATA_HEADERS = {"ResultsTableModel", "ResultsModel", "QStandardItemModel", "QFileSystemModel"}


def test_the_whole_interface_speaks_english_when_chosen(
    language,  # type: ignore[no-untyped-def]
    open_window: OpenWindow,
    qtbot: QtBot,
) -> None:
    language(i18n.ENGLISH)
    window = open_window(demo=True)
    nav = window.navigation
    sidebar = [nav.item(i).text() for i in range(nav.count())]
    assert sidebar[0] == "Overview"
    assert not [t for t in sidebar if VIETNAMESE.search(t)]
    left: list[tuple[str, str, str]] = []
    for page in Page:
        window.show_page(page)
        QApplication.processEvents()
        widget = window.page(page)
        left.extend(
            (page.name, where, text)
            for where, text in _chrome_texts(widget)
            if VIETNAMESE.search(text)
        )
    assert not left, "\n".join(f"{p} {w}: {t!r}" for p, w, t in left)


def test_the_language_choice_is_kept_per_data_folder(data_dir: DataDir) -> None:
    assert i18n.saved_language(data_dir) == i18n.VIETNAMESE
    i18n.save_language(data_dir, i18n.ENGLISH)
    assert i18n.saved_language(data_dir) == i18n.ENGLISH
    with pytest.raises(ValueError):
        i18n.save_language(data_dir, "fr")


def test_a_missing_catalogue_falls_back_to_the_source_text(
    qapp: QApplication, tmp_path: Path
) -> None:
    assert i18n.install(qapp, i18n.ENGLISH, folder=tmp_path) == i18n.ENGLISH
    assert i18n.installed_catalogues() == []
    assert QApplication.translate("MainWindow", "Tổng quan") == "Tổng quan"


def test_refusals_and_warnings_of_the_services_speak_the_interface_language(
    language,  # type: ignore[no-untyped-def]
) -> None:
    from thidua_desktop.domain.errors import InvalidInput
    from thidua_desktop.domain.numbers import parse_number
    from thidua_desktop.domain.security import Assessment, decision_warning
    from thidua_desktop.gui.common.messages import say

    with pytest.raises(InvalidInput) as refused:
        parse_number("12,3,4")
    warning = decision_warning(Assessment.NOT_MET, "12/QĐ-UBND")
    vietnamese = (say(refused.value.message), say(warning))
    assert vietnamese[0].startswith('Số không hợp lệ: "12,3,4". Hãy nhập số theo kiểu Việt Nam')
    language("en")
    english = (say(refused.value.message), say(warning))
    assert english == (
        'Invalid number: "12,3,4". Enter the number the Vietnamese way, e.g. 9,5 or 43.000.',
        "There is recognition decision 12/QĐ-UBND, but the security and order result is "
        '"not met".',  # the label inside is translated too; the decision number is data
    )
    # The message itself stays Vietnamese: the command line, the logs and the reports use it.
    assert str(refused.value) == vietnamese[0] and warning == vietnamese[1]


def test_every_service_message_has_an_english_translation(compiled: Path) -> None:
    english = {
        m.source: m
        for m in translations_build.read_messages(translations_build.ts_path("en"))
        if m.context == translations_build.SERVICE_CONTEXT
    }
    for template in translations_build.service_templates():
        assert template in english and english[template].finished, template
        assert not VIETNAMESE.search(english[template].translation), template
        # The same placeholders, or the sentence could not be filled in.
        placeholders = set(re.findall(r"\{(\w+)\}", template))
        assert set(re.findall(r"\{(\w+)\}", english[template].translation)) == placeholders
