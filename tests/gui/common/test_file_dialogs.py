"""Open/save dialogs start in Documents, then where the user went last for the same purpose."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from thidua_desktop.gui.common import file_dialogs


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "giao-dien.ini"), QSettings.Format.IniFormat)


def test_the_first_dialog_starts_in_documents(
    settings: QSettings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: object
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: documents)
    asked: list[str] = []

    def answer(_parent: QWidget, _title: str, start: str, _filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(tmp_path / "usb" / "bao-cao"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    (tmp_path / "usb").mkdir()
    parent = QWidget()
    path = file_dialogs.save_file(
        parent, settings, "bao-cao", "Lưu", "Báo cáo 2023.pdf", "PDF (*.pdf)", suffix=".pdf"
    )
    assert asked == [str(documents / "Báo cáo 2023.pdf")]
    assert path == tmp_path / "usb" / "bao-cao.pdf"  # the extension is added when not typed
    assert file_dialogs.start_folder(settings, "bao-cao") == tmp_path / "usb"
    # Another purpose keeps its own folder.
    assert file_dialogs.start_folder(settings, "goi-du-lieu") == documents


def test_a_vanished_folder_falls_back_to_documents(
    settings: QSettings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: tmp_path)
    file_dialogs.remember_folder(settings, "sao-luu", tmp_path / "usb" / "x.sqlite3")
    assert file_dialogs.start_folder(settings, "sao-luu") == tmp_path  # the USB stick is gone


def test_cancel_returns_nothing(
    settings: QSettings, monkeypatch: pytest.MonkeyPatch, qtbot: object
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert file_dialogs.open_file(QWidget(), settings, "khoa", "Mở", "*.json") is None
    assert settings.value("thu-muc/khoa") is None


def test_documents_is_a_real_folder() -> None:
    assert file_dialogs.documents_folder().is_dir()
