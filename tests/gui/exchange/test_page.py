"""Trao đổi dữ liệu: the dry run before "Áp dụng", refusals, the inbox, reporting, keys, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from thidua_desktop.exchange.operations import export_package
from thidua_desktop.gui.exchange.page import ExchangePage
from thidua_desktop.gui.main_window import MainWindow, Page
from thidua_desktop.paths import DataDir
from thidua_desktop.services.campaigns.results import set_result
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.services.core.setup import prepare
from thidua_desktop.store.schema import open_database

from ..conftest import OpenWindow


@pytest.fixture(scope="module")
def district_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data package from Quận Ninh Kiều with one value of its own."""
    root = tmp_path_factory.mktemp("exchange-gui")
    data_dir = DataDir(root / "huyen")
    db = open_database(data_dir)
    prepare(db, demo=True)
    set_profile(db, office_code="916", operator="Cán bộ quận")
    set_result(
        db,
        campaign_code="CT10-2023",
        indicator_code="BHYT",
        unit_code="916",
        year=2023,
        value="95,5",
    )
    out = root / "so-lieu-916-2023.tdkt"
    export_package(db, data_dir, year=2023, out=out)
    db.close()
    return out


@pytest.fixture(scope="module")
def two_district_packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Data packages of Quận Ninh Kiều and Quận Ô Môn (one installation sending for each)."""
    root = tmp_path_factory.mktemp("exchange-gui-batch")
    data_dir = DataDir(root / "huyen")
    db = open_database(data_dir)
    prepare(db, demo=True)
    packages = []
    for code in ("916", "917"):
        set_profile(db, office_code=code, operator="Cán bộ quận")
        out = root / f"so-lieu-{code}-2023.tdkt"
        export_package(db, data_dir, year=2023, out=out)
        packages.append(out)
    db.close()
    return packages


def open_page(qtbot: QtBot, open_window: OpenWindow) -> tuple[MainWindow, ExchangePage]:
    window = open_window()
    window.set_year(2023)
    page = window.page(Page.EXCHANGE)
    assert isinstance(page, ExchangePage)
    window.show_page(Page.EXCHANGE)
    qtbot.waitUntil(lambda: page.reporting.model.rowCount() == 9, timeout=10_000)
    return window, page


def test_a_package_is_previewed_before_it_is_applied(
    qtbot: QtBot,
    open_window: OpenWindow,
    district_package: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def answer(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window, page = open_page(qtbot, open_window)
    assert not page.apply_button.isEnabled()

    with qtbot.waitSignal(page.previewed, timeout=10_000):
        page.preview_file(district_package)

    assert page.apply_button.isEnabled()
    labels = [page.plan.data(page.plan.index(r, 0)) for r in range(page.plan.rowCount())]
    assert "Kết quả chỉ tiêu" in labels and "“3 không” và an toàn về ANTT" in labels
    assert "Quận Ninh Kiều" in page.package_info.text()
    assert "thay thế số liệu tại đây" in page.details.toPlainText()
    assert page.history.model.rowCount() == 0  # nothing written by the dry run

    # The package replaces figures the city entered itself: a second question names them, and
    # "No" keeps everything as it is.
    page.apply_button.click()
    assert "Gói sẽ thay thế hoặc xóa số liệu đã nhập tại cơ quan này" in asked[0]
    assert "Kết quả chỉ tiêu:" in asked[0] and "thay thế số liệu tại đây" in asked[0]
    assert "giữ nguyên" in page.message.text() and page.history.model.rowCount() == 0

    with qtbot.waitSignal(page.applied, timeout=10_000):
        page.apply_button.click()
    qtbot.waitUntil(lambda: page.history.model.rowCount() == 1, timeout=10_000)

    assert "Đã nhập gói" in page.message.text()
    sent = {r.unit_code: r.sent for r in page.reporting.model.rows}
    assert sent["916"] and not sent["918"]
    assert "1/9" in page.reporting.summary.text()
    window.background.wait_for_done()

    with qtbot.waitSignal(page.previewed, timeout=10_000):
        page.preview_file(district_package)
    assert "đã được nhập" in page.message.text() and not page.apply_button.isEnabled()


def test_a_refused_package_shows_why_and_cannot_be_applied(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, page = open_page(qtbot, open_window)
    bad = tmp_path / "thu.tdkt"
    bad.write_text("không phải gói", encoding="utf-8")
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(bad)], ""))

    with qtbot.waitSignal(page.previewed, timeout=10_000):
        page.choose_button.click()

    assert page.message.isVisible()
    assert "không phải tệp gói ZIP hợp lệ" in page.message.text()
    assert not page.apply_button.isEnabled()


def test_export_writes_a_signed_package(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, page = open_page(qtbot, open_window)
    out = tmp_path / "goi"
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.send.kind_definitions.setChecked(True)

    with qtbot.waitSignal(page.exported, timeout=20_000) as signal:
        page.send.export_button.click()

    assert signal.args == [str(tmp_path / "goi.tdkt")]
    assert (tmp_path / "goi.tdkt").exists()
    assert "định nghĩa năm 2023" in page.send.export_result.text()
    assert "số thứ tự 1" in page.send.export_result.text()


def test_a_key_is_registered_only_after_the_fingerprint_question(
    qtbot: QtBot,
    open_window: OpenWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: list[tuple[str, str]],
) -> None:
    _window, page = open_page(qtbot, open_window)
    qtbot.waitUntil(lambda: "dấu vân tay" in page.keys.own.text(), timeout=10_000)
    other = DataDir(tmp_path / "khac")
    from thidua_desktop.exchange.status import own_public_key

    db = open_database(other)
    prepare(db)
    set_profile(db, office_code="916", operator="Cán bộ quận")
    key_file = tmp_path / "khoa-916.json"
    key_file.write_bytes(own_public_key(db, other).to_bytes())
    db.close()
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(key_file), ""))
    page.keys.trust_button.click()  # answered "Discard" by the fixture: not registered
    assert message_boxes and "Dấu vân tay" in message_boxes[-1][1]
    assert page.keys.model.rowCount() == 0

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.keys.trust_button.click()
    assert page.keys.model.rowCount() == 1
    assert page.keys.model.rows[0].office_code == "916"


def test_several_packages_are_previewed_and_imported_together(
    qtbot: QtBot,
    open_window: OpenWindow,
    two_district_packages: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window, page = open_page(qtbot, open_window)
    bad = tmp_path / "hong.tdkt"
    bad.write_bytes(b"PK\x03\x04 cut short")
    chosen = [str(two_district_packages[0]), str(bad), str(two_district_packages[1])]
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))

    with qtbot.waitSignal(page.previewed, timeout=20_000):
        page.choose_button.click()

    assert "3 gói" in page.package_info.text()
    assert "2 gói hợp lệ, 1 gói bị từ chối" in page.package_info.text()
    assert "1 gói bị từ chối, sẽ không được nhập" in page.message.text()
    details = page.details.toPlainText()
    assert "so-lieu-916-2023.tdkt: Quận Ninh Kiều (916), năm 2023 — thay đổi" in details
    assert "so-lieu-917-2023.tdkt: Quận Ô Môn (917)" in details
    assert "hong.tdkt: bị từ chối" in details
    labels = [page.plan.data(page.plan.index(r, 0)) for r in range(page.plan.rowCount())]
    assert "Kết quả chỉ tiêu" in labels
    assert page.apply_button.isEnabled()
    assert page.history.model.rowCount() == 0  # the dry run rolled everything back

    with qtbot.waitSignal(page.applied, timeout=20_000):
        page.apply_button.click()
    qtbot.waitUntil(lambda: page.history.model.rowCount() == 2, timeout=10_000)

    text = page.message.text()
    assert "Đã nhập 2 gói" in text and "1 gói bị từ chối" in text and "hong.tdkt" in text
    assert "bien-nhan-2023-data-916" in page.details.toPlainText()
    assert "3 gói</b> đã được xử lý cùng nhau" in page.package_info.text()
    sent = {r.unit_code: r.sent for r in page.reporting.model.rows}
    assert sent["916"] and sent["917"] and not sent["918"]
    backups = list(window.data_dir.backups.glob("truoc-nhap-2-goi-*"))
    assert len(backups) == 1  # one safety copy for the batch
    window.background.wait_for_done()


def test_the_details_say_how_many_changes_the_examples_leave_out(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    from thidua_desktop.exchange.plan import MAX_EXAMPLES, NEW, Plan

    _window, page = open_page(qtbot, open_window)
    plan = Plan()
    table = plan.table("result", "Kết quả chỉ tiêu")
    for number in range(MAX_EXAMPLES + 3):
        table.add(NEW, f"CT10-2023/VON_DT/{number}/2023")

    lines = page._example_lines(plan)

    assert len(lines) == MAX_EXAMPLES + 1
    assert lines[-1] == "Kết quả chỉ tiêu: … và 3 dòng khác"


def test_a_package_of_a_new_installation_is_taken_after_the_question(
    qtbot: QtBot,
    open_window: OpenWindow,
    district_package: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    data_dir = DataDir(tmp_path / "may-moi")  # the district's new computer: numbers from 1
    db = open_database(data_dir)
    prepare(db, demo=True)
    set_profile(db, office_code="916", operator="Cán bộ quận")
    set_result(db, campaign_code="CT10-2023", indicator_code="BHYT", unit_code="916",
               year=2023, value="96")  # fmt: skip
    moved = tmp_path / "so-lieu-916-2023-may-moi.tdkt"
    export_package(db, data_dir, year=2023, out=moved)
    db.close()

    asked: list[str] = []

    def answer(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    _window, page = open_page(qtbot, open_window)
    with qtbot.waitSignal(page.previewed, timeout=10_000):
        page.preview_file(district_package)
    with qtbot.waitSignal(page.applied, timeout=10_000):
        page.apply_button.click()
    asked.clear()
    with qtbot.waitSignal(page.previewed, timeout=10_000):
        page.preview_file(moved)
    assert asked == ["Gói từ một bản cài đặt khác"]
    assert page.apply_button.isEnabled()
    with qtbot.waitSignal(page.applied, timeout=10_000):
        page.apply_button.click()
    qtbot.waitUntil(lambda: page.history.model.rowCount() == 2, timeout=10_000)


def test_a_received_package_and_its_receipt_are_saved_again_from_the_history(
    qtbot: QtBot,
    open_window: OpenWindow,
    district_package: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from thidua_desktop.gui.common import file_dialogs

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window, page = open_page(qtbot, open_window)
    with qtbot.waitSignal(page.previewed, timeout=10_000):
        page.preview_file(district_package)
    with qtbot.waitSignal(page.applied, timeout=10_000):
        page.apply_button.click()
    history = page.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=10_000)
    assert not history.copy_button.isEnabled()  # nothing chosen yet
    # Where the copy is kept: this PC's inbox, or on a server the database every PC shares.
    where = "trong cơ sở dữ liệu trên máy chủ" if window.data_dir.server else "inbox"
    assert "1 gói đã nhận" in history.summary.text() and where in history.summary.text()
    history.table.selectRow(0)
    assert history.copy_button.isEnabled() and history.receipt_button.isEnabled()

    offered: list[str] = []
    targets = iter([tmp_path / "bản sao #1.tdkt", tmp_path / "biên nhận?.json"])

    def choose(*args: object, **_kwargs: object) -> Path:
        offered.append(str(args[4]))
        return next(targets)

    monkeypatch.setattr(file_dialogs, "save_file", choose)
    history.copy_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "bản sao #1.tdkt").exists(), timeout=10_000)
    history.receipt_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "biên nhận?.json").exists(), timeout=10_000)
    window.background.wait_for_done()
    assert (tmp_path / "bản sao #1.tdkt").read_bytes() == district_package.read_bytes()
    assert '"format": "thidua-receipt"' in (tmp_path / "biên nhận?.json").read_text("utf-8")
    assert offered[0].endswith(".tdkt") and offered[1].startswith("bien-nhan-2023-data-916-")
