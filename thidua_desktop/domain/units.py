"""Kinds of administrative units, their levels and Vietnamese labels."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum, StrEnum


class Level(IntEnum):
    """How deep a unit sits in the tree; offices exist at the first three levels."""

    PROVINCE = 1
    DISTRICT = 2
    COMMUNE = 3
    HAMLET = 4

    @property
    def office_code(self) -> str:
        """The stable code of an office at this level (tinh / huyen / xa)."""
        return _OFFICE_CODES[self]

    @property
    def office_label(self) -> str:
        return _OFFICE_LABELS[self]


_OFFICE_CODES = {
    Level.PROVINCE: "tinh",
    Level.DISTRICT: "huyen",
    Level.COMMUNE: "xa",
    Level.HAMLET: "ap",
}
_OFFICE_LABELS = {
    Level.PROVINCE: "cấp tỉnh",
    Level.DISTRICT: "cấp huyện",
    Level.COMMUNE: "cấp xã",
    Level.HAMLET: "cấp ấp",
}


class UnitKind(StrEnum):
    """Stable codes stored in the database; the label is what people read."""

    CENTRAL_CITY = "thanh_pho_tw"
    PROVINCE = "tinh"
    URBAN_DISTRICT = "quan"
    RURAL_DISTRICT = "huyen"
    TOWN = "thi_xa"
    PROVINCIAL_CITY = "thanh_pho"
    WARD = "phuong"
    COMMUNE = "xa"
    TOWNSHIP = "thi_tran"
    SPECIAL_ZONE = "dac_khu"
    HAMLET = "ap"
    URBAN_AREA = "khu_vuc"

    @property
    def label(self) -> str:
        """Lower-case Vietnamese label, as used inside a sentence ("phường")."""
        return _LABELS[self][0]

    @property
    def prefix(self) -> str:
        """Capitalised label used before a name ("Phường Cái Khế")."""
        return _LABELS[self][1]

    @property
    def level(self) -> Level:
        return _LEVELS[self]

    def full_name(self, name: str) -> str:
        """ "Thành phố Cần Thơ", "Quận Ninh Kiều", "Xã Thạnh Quới"."""
        return f"{self.prefix} {name}"

    @classmethod
    def from_label(cls, label: str) -> UnitKind:
        """Map a label from a data file ("quận", "thành phố trung ương") to its kind."""
        try:
            return _BY_LABEL[label.strip().lower()]
        except KeyError:
            from thidua_desktop.domain.errors import InvalidInput

            raise InvalidInput(f'Loại đơn vị hành chính không rõ: "{label}".') from None


_LABELS: dict[UnitKind, tuple[str, str]] = {
    UnitKind.CENTRAL_CITY: ("thành phố", "Thành phố"),
    UnitKind.PROVINCE: ("tỉnh", "Tỉnh"),
    UnitKind.URBAN_DISTRICT: ("quận", "Quận"),
    UnitKind.RURAL_DISTRICT: ("huyện", "Huyện"),
    UnitKind.TOWN: ("thị xã", "Thị xã"),
    UnitKind.PROVINCIAL_CITY: ("thành phố", "Thành phố"),
    UnitKind.WARD: ("phường", "Phường"),
    UnitKind.COMMUNE: ("xã", "Xã"),
    UnitKind.TOWNSHIP: ("thị trấn", "Thị trấn"),
    UnitKind.SPECIAL_ZONE: ("đặc khu", "Đặc khu"),
    UnitKind.HAMLET: ("ấp", "Ấp"),
    UnitKind.URBAN_AREA: ("khu vực", "Khu vực"),
}

_LEVELS: dict[UnitKind, Level] = {
    UnitKind.CENTRAL_CITY: Level.PROVINCE,
    UnitKind.PROVINCE: Level.PROVINCE,
    UnitKind.URBAN_DISTRICT: Level.DISTRICT,
    UnitKind.RURAL_DISTRICT: Level.DISTRICT,
    UnitKind.TOWN: Level.DISTRICT,
    UnitKind.PROVINCIAL_CITY: Level.DISTRICT,
    UnitKind.WARD: Level.COMMUNE,
    UnitKind.COMMUNE: Level.COMMUNE,
    UnitKind.TOWNSHIP: Level.COMMUNE,
    UnitKind.SPECIAL_ZONE: Level.COMMUNE,
    UnitKind.HAMLET: Level.HAMLET,
    UnitKind.URBAN_AREA: Level.HAMLET,
}

# Labels as they appear in the statistics office's lists. "thành phố" alone is a provincial city
# (district level); the central city is "thành phố trung ương".
_BY_LABEL: dict[str, UnitKind] = {
    "thành phố trung ương": UnitKind.CENTRAL_CITY,
    "thành phố trực thuộc trung ương": UnitKind.CENTRAL_CITY,
    "tỉnh": UnitKind.PROVINCE,
    "quận": UnitKind.URBAN_DISTRICT,
    "huyện": UnitKind.RURAL_DISTRICT,
    "thị xã": UnitKind.TOWN,
    "thành phố": UnitKind.PROVINCIAL_CITY,
    "phường": UnitKind.WARD,
    "xã": UnitKind.COMMUNE,
    "thị trấn": UnitKind.TOWNSHIP,
    "đặc khu": UnitKind.SPECIAL_ZONE,
    "ấp": UnitKind.HAMLET,
    "khu vực": UnitKind.URBAN_AREA,
}


@dataclass(frozen=True)
class Place:
    """A unit as documents name it: its kind and bare name ("huyện", "Phong Điền")."""

    kind: UnitKind
    name: str  # "Phong Điền"

    @property
    def full(self) -> str:
        return self.kind.full_name(self.name)

    @property
    def phrase(self) -> str:
        """ "huyện Phong Điền"."""
        return f"{self.kind.label} {self.name}"

    @property
    def upper(self) -> str:
        return self.full.upper()


def short_name(full_name: str) -> str:
    """ "Quận Ninh Kiều" → "Ninh Kiều": the name without its kind, where room is short and the
    kind adds nothing (chart axes, narrow columns). The longest kind is tried first ("Thành phố
    trung ương" before "Thành phố")."""
    for kind in sorted(UnitKind, key=lambda k: -len(k.prefix)):
        prefix = kind.prefix + " "
        if full_name.startswith(prefix):
            return full_name[len(prefix) :]
    return full_name


# 01/07/2025: districts abolished; commune-level units are xã, phường and đặc khu (no thị trấn).
TWO_TIER_FROM_YEAR = 2025  # a year's units are those of its last day
# The first day of the two-tier local government (Luật Tổ chức chính quyền địa phương số
# 72/2025/QH15): no district level, so no district authority, from this day on.
TWO_TIER_FROM = dt.date(2025, 7, 1)


def districts_exist_on(day: dt.date) -> bool:
    return day < TWO_TIER_FROM


def commune_kinds_phrase(year: int) -> str:
    """ "xã, phường, thị trấn" until 2024; "xã, phường, đặc khu" from 2025 (the year's units
    are those of its last day, after the reform)."""
    return "xã, phường, đặc khu" if year >= TWO_TIER_FROM_YEAR else "xã, phường, thị trấn"


def in_sentence(full_name: str) -> str:
    """ "Quận Ninh Kiều" → "quận Ninh Kiều": a unit named inside a sentence."""
    for kind in sorted(UnitKind, key=lambda k: -len(k.prefix)):
        if full_name.startswith(kind.prefix + " "):
            return kind.label + full_name[len(kind.prefix) :]
    return full_name
