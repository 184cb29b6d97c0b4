"""Every hostile package is refused with exit 1, one clear message, and the database unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from thidua_desktop.cli import main
from thidua_desktop.exchange.status import own_public_key, trust_key

from . import hostile
from .conftest import Office


@pytest.fixture
def sound(district: Office, tmp_path: Path) -> Path:
    """A sound district package with results, registrations and "3 không" records."""
    return district.export()


def refuse(city: Office, package: Path, capsys: pytest.CaptureFixture[str], expected: str) -> str:
    before = city.dump()
    backups = sorted(city.data_dir.backups.iterdir())
    city.db.close()  # the command line opens its own
    capsys.readouterr()
    code = main([*city.cli(), "import", str(package), "--replace-local"])
    out, err = capsys.readouterr()
    assert code == 1, out
    assert err.startswith("Lỗi: ") and err.count("\n") == 1, err
    assert expected in err, err
    assert "Traceback" not in err
    assert city.dump() == before
    assert sorted(city.data_dir.backups.iterdir()) == backups
    assert list(city.data_dir.inbox.iterdir()) == []
    return err.strip()


@pytest.mark.parametrize("name", sorted(hostile.CORPUS))
def test_a_hostile_package_is_refused_and_nothing_changes(
    name: str,
    sound: Path,
    city: Office,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    edit, expected = hostile.CORPUS[name]
    package = hostile.write_entries(tmp_path / f"{name}.tdkt", edit(hostile.read_entries(sound)))
    refuse(city, package, capsys, expected)


@pytest.mark.parametrize("name", sorted(hostile.SIGNED_CORPUS))
def test_with_a_registered_key_a_tampered_package_is_refused(
    name: str,
    district: Office,
    sound: Path,
    city: Office,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    key = tmp_path / "khoa.json"
    key.write_bytes(own_public_key(district.db, district.data_dir).to_bytes())
    trust_key(city.db, key)
    edit, expected = hostile.SIGNED_CORPUS[name]
    package = hostile.write_entries(tmp_path / f"{name}.tdkt", edit(hostile.read_entries(sound)))
    refuse(city, package, capsys, expected)


def test_a_truncated_package_is_refused(
    sound: Path, city: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    truncated = tmp_path / "cut.tdkt"
    truncated.write_bytes(sound.read_bytes()[: sound.stat().st_size // 2])
    refuse(city, truncated, capsys, "không phải tệp gói ZIP hợp lệ")


def test_a_file_that_is_not_a_zip_is_refused(
    city: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "thu.tdkt"
    text.write_text("Kính gửi Phòng Nội vụ", encoding="utf-8")
    refuse(city, text, capsys, "không phải tệp gói ZIP hợp lệ")


def test_a_package_from_another_office_s_scope_is_refused(
    make_office: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = make_office("binh-thuy", "918")  # type: ignore[operator]
    sibling = make_office("cai-rang", "919")  # type: ignore[operator]
    refuse(sibling, other.export(), capsys, "chỉ nhận số liệu từ cấp dưới")


def test_a_corrupted_entry_is_refused(
    sound: Path, city: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = bytearray(sound.read_bytes())
    name = b"data/security_status.jsonl"
    start = raw.find(name) + len(name)  # the entry's local header ends here: its data follows
    for offset in range(start + 10, start + 30):
        raw[offset] ^= 0xFF
    broken = tmp_path / "crc.tdkt"
    broken.write_bytes(bytes(raw))
    before = city.dump()
    city.db.close()
    capsys.readouterr()
    assert main([*city.cli(), "import", str(broken)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: Gói dữ liệu bị từ chối:"), err
    assert city.dump() == before
