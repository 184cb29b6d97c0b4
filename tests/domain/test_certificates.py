"""Certificate layouts (bundled, versioned) and an office's calibration of them."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest

from thidua_desktop.domain.certificates import (
    Calibration,
    CertField,
    FieldAdjust,
    Layouts,
    check_calibration,
    mm_text,
    parse_layouts,
    placed,
)
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.paths import resource


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource("data", "certificate_layouts.json").read_text(encoding="utf-8")
    )
    return data


@pytest.fixture(scope="module")
def layouts(raw: dict[str, Any]) -> Layouts:
    return parse_layouts(raw)


def test_the_bundled_layouts_are_a3_and_a4_landscape(layouts: Layouts) -> None:
    bang_khen = layouts.layout("bang_khen_a3")
    assert (bang_khen.paper, bang_khen.page_mm) == ("A3", (420.0, 297.0))
    assert layouts.layout("giay_khen_a4").page_mm == (297.0, 210.0)
    # The title is pre-printed on a Bằng khen or a Giấy khen; a giấy chứng nhận names it.
    assert CertField.TITLE not in bang_khen.fields
    assert CertField.TITLE in layouts.layout("chung_nhan_a4").fields
    for layout in layouts.layouts.values():
        assert {CertField.NAME, CertField.REASON, CertField.SIGNER_NAME} <= set(layout.fields)


def test_an_award_is_printed_on_the_blank_of_the_version_in_force(layouts: Layouts) -> None:
    before, after = dt.date(2025, 6, 30), dt.date(2025, 7, 1)
    assert layouts.for_award("bang_khen_tinh", after).code == "bang_khen_a3"
    assert layouts.for_award("giay_khen_xa", after).code == "giay_khen_a4"
    assert layouts.for_award("giay_khen_huyen", before).code == "giay_khen_a4"
    # No district gives a Giấy khen after the reform: the version has no blank for it.
    assert layouts.for_award("giay_khen_huyen", after).code == "chung_nhan_a4"
    assert layouts.for_award("ldtt", dt.date(2023, 12, 20)).code == "chung_nhan_a4"
    # Before the first version, the first one applies.
    assert layouts.for_award("bang_khen_tinh", dt.date(2010, 1, 1)).code == "bang_khen_a3"
    with pytest.raises(InvalidInput, match="Không có mẫu phôi “a5”"):
        layouts.layout("a5")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["layouts"]["giay_khen_a4"].update(paper="A5"), "khổ giấy A5"),
        (lambda d: d["layouts"]["giay_khen_a4"]["fields"]["name"].update(y=230), "nằm ngoài"),
        (lambda d: d["versions"][0]["awards"].update(ldtt="giay_khen_a5"), "không có mẫu"),
    ],
)
def test_a_broken_layouts_file_names_what_is_wrong(
    raw: dict[str, Any], change: Any, message: str
) -> None:
    data = copy.deepcopy(raw)
    change(data)
    with pytest.raises(ValueError, match=message):
        parse_layouts(data)


def test_a_calibration_moves_the_page_then_each_field(layouts: Layouts) -> None:
    layout = layouts.layout("giay_khen_a4")
    calibration = Calibration(
        dx=2.5,
        dy=-3,
        fields={
            CertField.NAME: FieldAdjust(dx=1, dy=-2, size=24),
            CertField.SIGNER_TITLE: FieldAdjust(hidden=True),
        },
    )
    where = placed(layout, calibration)
    name = layout.fields[CertField.NAME]
    assert (where[CertField.NAME].x, where[CertField.NAME].y) == (name.x + 3.5, name.y - 5)
    assert where[CertField.NAME].size == 24 and name.size == 22
    reason = layout.fields[CertField.REASON]
    assert (where[CertField.REASON].x, where[CertField.REASON].y) == (reason.x + 2.5, reason.y - 3)
    assert where[CertField.REASON].size == reason.size
    assert CertField.SIGNER_TITLE not in where
    assert placed(layout, Calibration()) == dict(layout.fields)


@pytest.mark.parametrize(
    ("calibration", "message"),
    [
        (Calibration(dx=60.5), "Cả trang, chiều ngang: dịch 60,5 mm, quá 60 mm"),
        (Calibration(dy=-61), "Cả trang, chiều dọc: dịch -61 mm"),
        (
            Calibration(fields={CertField.REASON: FieldAdjust(dy=75)}),
            "Thành tích, chiều dọc: dịch 75 mm",
        ),
        (
            Calibration(fields={CertField.NAME: FieldAdjust(size=4)}),
            "Tên người, tập thể được khen: cỡ chữ 4 không hợp lệ",
        ),
    ],
)
def test_a_calibration_out_of_bounds_is_refused(calibration: Calibration, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        check_calibration(calibration)


def test_a_calibration_within_bounds_passes() -> None:
    check_calibration(Calibration(-60, 60, {CertField.NAME: FieldAdjust(dx=-1.5, dy=0.5, size=6)}))


def test_millimetres_are_written_the_vietnamese_way() -> None:
    assert mm_text(2.5) == "2,5"
    assert mm_text(2.5, signed=True) == "+2,5"
    assert mm_text(-3.0, signed=True) == "-3"
    assert mm_text(0.0, signed=True) == "0"
    assert mm_text(148.5) == "148,5"
