"""Signatures: a key is trusted only when registered; then its packages must be signed by it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.exchange.keys import KeyFileError
from thidua_desktop.exchange.status import list_keys, own_public_key, trust_key

from .conftest import Office


def public_key_file(office: Office, tmp_path: Path) -> Path:
    path = tmp_path / f"khoa-{office.code}.json"
    path.write_bytes(own_public_key(office.db, office.data_dir).to_bytes())
    return path


def without_signature(package: Path, out: Path) -> Path:
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename != "signature":
                target.writestr(info, source.read(info))
    return out


def test_an_unregistered_producer_is_imported_and_marked_unverified(
    district: Office, city: Office
) -> None:
    report = city.import_(district.export())
    assert report.preview.package.signature == "unverified"
    assert list_keys(city.db) == []  # never trusted silently


def test_a_registered_key_verifies_the_package(
    district: Office, city: Office, tmp_path: Path
) -> None:
    key = public_key_file(district, tmp_path)
    row = trust_key(city.db, key, note="đã đối chiếu qua điện thoại")
    assert row.office_code == "916" and len(row.short_fingerprint) == 19

    report = city.import_(district.export())

    assert report.preview.package.signature == "verified"


def test_an_unsigned_package_from_a_registered_office_is_refused(
    district: Office, city: Office, tmp_path: Path
) -> None:
    trust_key(city.db, public_key_file(district, tmp_path))
    package = without_signature(district.export(), tmp_path / "khong-ky.tdkt")
    before = city.dump()
    with pytest.raises(PackageRefused, match="không có chữ ký"):
        city.import_(package)
    assert city.dump() == before


def test_a_package_signed_by_another_installation_is_refused(
    make_office: object, district: Office, city: Office, tmp_path: Path
) -> None:
    trust_key(city.db, public_key_file(district, tmp_path))
    impostor = make_office("gia-mao", "916")  # type: ignore[operator]
    before = city.dump()
    with pytest.raises(PackageRefused, match="không phải khóa đã đăng ký"):
        city.import_(impostor.export())
    assert city.dump() == before


def test_a_fingerprint_read_out_must_match(district: Office, city: Office, tmp_path: Path) -> None:
    key = public_key_file(district, tmp_path)
    with pytest.raises(InvalidInput, match="không khớp"):
        trust_key(city.db, key, expected_fingerprint="0000 0000 0000 0000")
    real = own_public_key(district.db, district.data_dir).fingerprint
    trust_key(city.db, key, expected_fingerprint=real[:16].upper())
    with pytest.raises(InvalidInput, match="đã được đăng ký"):
        trust_key(city.db, key)


def test_a_file_that_is_not_a_public_key_is_refused(city: Office, tmp_path: Path) -> None:
    bad = tmp_path / "khoa.json"
    bad.write_text('{"format": "khac"}', encoding="utf-8")
    with pytest.raises(KeyFileError, match="keys export"):
        trust_key(city.db, bad)


@pytest.mark.sqlite_only(
    reason="the key file of one PC; on a server the office key is in the database (tests/server)"
)
def test_the_private_key_is_created_once_and_readable_by_its_owner_only(city: Office) -> None:
    first = own_public_key(city.db, city.data_dir)
    second = own_public_key(city.db, city.data_dir)
    assert first.fingerprint == second.fingerprint
    private = next(city.data_dir.keys.iterdir())
    assert private.stat().st_mode & 0o077 == 0


@pytest.mark.sqlite_only(
    reason="the key file of one PC; on a server the office key is in the database (tests/server)"
)
def test_a_registered_key_cannot_speak_for_another_office(
    make_office: object, district: Office, city: Office, tmp_path: Path
) -> None:
    import shutil

    trust_key(city.db, public_key_file(district, tmp_path))  # 916's key, registered for 916
    impostor = make_office("gia-mao", "917")  # type: ignore[operator]
    # The impostor signs with 916's key a package that claims to come from 917 (no key of 917
    # is registered here: before, it was accepted as "key not registered").
    shutil.rmtree(impostor.data_dir.keys, ignore_errors=True)
    shutil.copytree(district.data_dir.keys, impostor.data_dir.keys)
    before = city.dump()
    with pytest.raises(PackageRefused, match="một khóa chỉ ký gói của cơ quan đã đăng ký nó"):
        city.import_(impostor.export())
    assert city.dump() == before
