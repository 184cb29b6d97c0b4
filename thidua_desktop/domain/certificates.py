"""Printing on pre-printed blanks (phôi bằng khen, giấy khen, giấy chứng nhận): the layouts —
paper, orientation, where each field goes — read from versioned data, and an office's own
calibration of a layout (the whole page shifted, each field shifted or resized, a field left
out), checked and applied here so every front end prints the same."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from typing import Any

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.messages import msg

PAPER_MM = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}
MAX_SHIFT_MM = 60.0  # a calibration moves a field by at most this much
MIN_SIZE, MAX_SIZE = 6.0, 60.0  # points


class CertField(StrEnum):
    AUTHORITY = "authority"
    TITLE = "title"
    NAME = "name"
    DETAIL = "detail"
    REASON = "reason"
    PLACE_DATE = "place_date"
    SIGNER_TITLE = "signer_title"
    SIGNER_NAME = "signer_name"
    DECISION = "decision"

    @property
    def label(self) -> str:
        return _FIELD_LABELS[self]


_FIELD_LABELS = {
    CertField.AUTHORITY: "Cơ quan, người tặng",
    CertField.TITLE: "Danh hiệu, hình thức",
    CertField.NAME: "Tên người, tập thể được khen",
    CertField.DETAIL: "Chức vụ, đơn vị",
    CertField.REASON: "Thành tích",
    CertField.PLACE_DATE: "Địa danh, ngày tháng",
    CertField.SIGNER_TITLE: "Chức vụ người ký",
    CertField.SIGNER_NAME: "Họ tên người ký",
    CertField.DECISION: "Số, ngày quyết định",
}


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a field goes on the blank: the centre of its line `x` mm from the left edge, its
    first baseline `y` mm from the top edge, at most `width` mm wide (the text is made smaller
    to fit, down to 70 %), `max_lines` lines."""

    x: float
    y: float
    width: float
    size: float
    bold: bool = False
    italic: bool = False
    max_lines: int = 1


@dataclass(frozen=True, slots=True)
class Layout:
    code: str
    name: str
    paper: str  # "A4" or "A3"
    landscape: bool
    fields: Mapping[CertField, Placement]

    @property
    def page_mm(self) -> tuple[float, float]:
        """(width, height) in mm as the blank lies in the printer."""
        short, long = PAPER_MM[self.paper]
        return (long, short) if self.landscape else (short, long)


@dataclass(frozen=True, slots=True)
class FieldAdjust:
    dx: float = 0.0
    dy: float = 0.0
    size: float | None = None  # the font size instead of the layout's
    hidden: bool = False  # pre-printed on this office's blank: not printed


@dataclass(frozen=True, slots=True)
class Calibration:
    """An office's adjustment of a layout to its printer and its blanks (mm, points)."""

    dx: float = 0.0
    dy: float = 0.0
    fields: Mapping[CertField, FieldAdjust] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class LayoutVersion:
    valid_from: dt.date
    default: str
    awards: Mapping[str, str]
    note: str = ""


@dataclass(frozen=True, slots=True)
class Layouts:
    layouts: Mapping[str, Layout]
    versions: tuple[LayoutVersion, ...]  # oldest first
    note: str = ""

    def layout(self, code: str) -> Layout:
        found = self.layouts.get(code)
        if found is None:
            raise InvalidInput(
                msg(
                    "Không có mẫu phôi “{code}”; có: {known}.",
                    code=code,
                    known=", ".join(sorted(self.layouts)),
                )
            )
        return found

    def for_award(self, award_code: str, day: dt.date) -> Layout:
        """The blank an award is printed on, by the layouts' version in force on `day`."""
        version = self.versions[0]
        for candidate in self.versions:
            if candidate.valid_from <= day:
                version = candidate
        return self.layout(version.awards.get(award_code, version.default))


def parse_layouts(data: Mapping[str, Any]) -> Layouts:
    """The layouts file (resources/data/certificate_layouts.json), checked; ValueError names
    what is wrong (the file ships with the application)."""
    layouts: dict[str, Layout] = {}
    for code, raw in data["layouts"].items():
        if raw["paper"] not in PAPER_MM:
            raise ValueError(f"mẫu {code}: khổ giấy {raw['paper']} không hỗ trợ.")
        fields = {}
        for name, spec in raw["fields"].items():
            placement = Placement(
                x=float(spec["x"]),
                y=float(spec["y"]),
                width=float(spec["width"]),
                size=float(spec["size"]),
                bold=bool(spec.get("bold", False)),
                italic=bool(spec.get("italic", False)),
                max_lines=int(spec.get("max_lines", 1)),
            )
            fields[CertField(name)] = placement
        layout = Layout(code, str(raw["name"]), str(raw["paper"]), bool(raw["landscape"]), fields)
        width, height = layout.page_mm
        for name, p in fields.items():
            if not (0 < p.x < width and 0 < p.y < height and 0 < p.width <= width):
                raise ValueError(f"mẫu {code}, trường {name}: nằm ngoài trang.")
        layouts[code] = layout
    versions = tuple(
        sorted(
            (
                LayoutVersion(
                    valid_from=dt.date.fromisoformat(v["valid_from"]),
                    default=str(v["default"]),
                    awards=dict(v["awards"]),
                    note=str(v.get("note", "")),
                )
                for v in data["versions"]
            ),
            key=lambda v: v.valid_from,
        )
    )
    for version in versions:
        for code in (version.default, *version.awards.values()):
            if code not in layouts:
                raise ValueError(f"phiên bản từ {version.valid_from}: không có mẫu {code}.")
    return Layouts(layouts, versions, str(data.get("note", "")))


def check_calibration(calibration: Calibration) -> None:
    """Shifts within ±MAX_SHIFT_MM, sizes within MIN_SIZE..MAX_SIZE points."""

    def shift(value: float, what: str) -> None:
        if not -MAX_SHIFT_MM <= value <= MAX_SHIFT_MM:
            raise InvalidInput(
                msg(
                    "{what}: dịch {value} mm, quá {limit} mm. Hãy in trang thử, đo lại độ lệch "
                    "giữa lưới và phôi.",
                    what=what,
                    value=mm_text(value),
                    limit=mm_text(MAX_SHIFT_MM),
                )
            )

    shift(calibration.dx, str(msg("Cả trang, chiều ngang")))
    shift(calibration.dy, str(msg("Cả trang, chiều dọc")))
    for name, adjust in calibration.fields.items():
        shift(adjust.dx, str(msg("{field}, chiều ngang", field=name.label)))
        shift(adjust.dy, str(msg("{field}, chiều dọc", field=name.label)))
        if adjust.size is not None and not MIN_SIZE <= adjust.size <= MAX_SIZE:
            raise InvalidInput(
                msg(
                    "{field}: cỡ chữ {size} không hợp lệ (từ {low} đến {high}).",
                    field=name.label,
                    size=mm_text(adjust.size),
                    low=mm_text(MIN_SIZE),
                    high=mm_text(MAX_SIZE),
                )
            )


def placed(layout: Layout, calibration: Calibration) -> dict[CertField, Placement]:
    """The layout's fields where this office prints them (hidden fields left out)."""
    result = {}
    for name, p in layout.fields.items():
        adjust = calibration.fields.get(name, FieldAdjust())
        if adjust.hidden:
            continue
        result[name] = replace(
            p,
            x=p.x + calibration.dx + adjust.dx,
            y=p.y + calibration.dy + adjust.dy,
            size=adjust.size if adjust.size is not None else p.size,
        )
    return result


def mm_text(value: float, *, signed: bool = False) -> str:
    """1.5 → "1,5"; signed: "+1,5", "-3", "0"."""
    from thidua_desktop.domain.numbers import format_number

    text = format_number(Decimal(str(round(value, 1))).normalize())
    return f"+{text}" if signed and value > 0 else text
