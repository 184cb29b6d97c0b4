"""Copies of an import, from any PC of the office: the package byte for byte as received and its
receipt, the same as the one written when it was applied. On a server the package comes from the
database when this PC's inbox does not have it; on one PC a lost inbox file is a message."""

from __future__ import annotations

import shutil
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from thidua_desktop.domain.errors import UserError
from thidua_desktop.exchange.copies import save_package_copy, save_receipt_copy
from thidua_desktop.exchange.status import list_imports

from .conftest import Office


@pytest.fixture(params=["UTC", "Asia/Ho_Chi_Minh"])
def local_time(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This PC's time zone (the receipt shows times in it)."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_package_and_its_receipt_are_saved_again_as_they_were(
    district: Office, city: Office, tmp_path: Path, local_time: None
) -> None:
    package = district.export()
    report = city.import_(package)
    assert report.inbox_path is not None and report.receipt_path is not None
    (row,) = list_imports(city.db)
    out = tmp_path / "bản sao #1" / "gói?.tdkt"
    out.parent.mkdir()
    assert save_package_copy(city.db, city.data_dir, row.id, out).read_bytes() == (
        package.read_bytes()
    )
    receipt = save_receipt_copy(city.db, row.id, tmp_path / "biên nhận.json")
    assert receipt.read_bytes() == report.receipt_path.read_bytes()


def test_without_this_pcs_inbox_copy_the_server_still_has_the_package(
    district: Office, city: Office, tmp_path: Path
) -> None:
    package = district.export()
    report = city.import_(package)
    assert report.inbox_path is not None
    report.inbox_path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    shutil.rmtree(city.data_dir.inbox)  # another PC of the office, or an inbox cleared
    (row,) = list_imports(city.db)
    out = tmp_path / "goi.tdkt"
    if city.db.server:
        assert save_package_copy(city.db, city.data_dir, row.id, out).read_bytes() == (
            package.read_bytes()
        )
    else:
        with pytest.raises(UserError, match=r"Không còn bản lưu của gói .* trên máy này"):
            save_package_copy(city.db, city.data_dir, row.id, out)
        assert not out.exists()
