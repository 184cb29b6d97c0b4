"""Unit kinds, places and short names (domain/units.py)."""

from __future__ import annotations

import pytest

from thidua_desktop.domain.units import Place, UnitKind, short_name


@pytest.mark.parametrize(
    ("full_name", "expected"),
    [
        ("Quận Ninh Kiều", "Ninh Kiều"),
        ("Huyện Phong Điền", "Phong Điền"),
        ("Thị xã Long Mỹ", "Long Mỹ"),
        ("Thị trấn Thới Lai", "Thới Lai"),
        ("Thành phố Cần Thơ", "Cần Thơ"),
        ("Phường Cái Khế", "Cái Khế"),
        ("Xã Thạnh Quới", "Thạnh Quới"),
        ("Đặc khu Phú Quốc", "Phú Quốc"),
        ("Ninh Kiều", "Ninh Kiều"),  # no kind: unchanged
        ("Xãhội", "Xãhội"),  # a prefix only when a word of its own
    ],
)
def test_short_name_drops_the_kind(full_name: str, expected: str) -> None:
    assert short_name(full_name) == expected


def test_a_place_names_itself_as_documents_do() -> None:
    place = Place(UnitKind.RURAL_DISTRICT, "Phong Điền")
    assert place.full == "Huyện Phong Điền"
    assert place.phrase == "huyện Phong Điền"
    assert place.upper == "HUYỆN PHONG ĐIỀN"
