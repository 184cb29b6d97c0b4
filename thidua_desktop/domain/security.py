"""Rules of "3 không" and "an toàn về ANTT": statuses, the window, warnings, refusals, shares."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from enum import StrEnum

from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.numbers import format_number, round_half_up
from thidua_desktop.domain.text import clean, fold

__all__ = [
    "DEFAULT_TARGET_PERCENT",
    "MAX_AREA_NAME",
    "RECOGNISED_SHARE_MIN",
    "SHARE_DECIMALS",
    "AreaKind",
    "Assessment",
    "all_met",
    "area_share",
    "area_window",
    "check_area_name",
    "check_decision",
    "check_evidence_date",
    "check_recognised_share",
    "decision_warning",
    "evaluation_window",
    "quarter_one",
    "registration_warning",
    "share_percent",
    "share_warning",
    "window_year",
]

# Thông tư 124/2021/TT-BCA, Điều 5 khoản 4: at least 70% of the khu dân cư, agencies,
# enterprises and schools of the commune recognised "an toàn về ANTT".
RECOGNISED_SHARE_MIN = Decimal(70)
# Chỉ thị 10/CT-UBND (Cần Thơ, 2023): ≥ 75% of communes both "3 không" and ANTT; used when no
# campaign indicator gives the year's target.
DEFAULT_TARGET_PERCENT = Decimal(75)
SHARE_DECIMALS = 2
_HUNDRED = Decimal(100)


class Assessment(StrEnum):
    """The state of one "không" component or of the ANTT result for a unit and year."""

    MET = "met"
    NOT_MET = "not_met"
    PENDING = "pending"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def parse(cls, text: str) -> Assessment:
        """From the stable code (met, not_met, pending) or the Vietnamese label."""
        value = clean(text).lower()
        for member in cls:
            if value in (member.value, member.label):
                return member
        choices = ", ".join(f"{m.value} ({m.label})" for m in cls)
        raise InvalidInput(f'Tình trạng không hợp lệ: "{clean(text)}". Chọn một trong: {choices}.')


_LABELS = {
    Assessment.MET: msg("đạt"),
    Assessment.NOT_MET: msg("chưa đạt"),
    Assessment.PENDING: msg("chưa đánh giá"),
}


def evaluation_window(year: int) -> tuple[dt.date, dt.date]:
    """16/11 of the previous year to 15/11 of `year` (TT 124/2021/TT-BCA, Điều 8)."""
    return dt.date(year - 1, 11, 16), dt.date(year, 11, 15)


def window_year(day: dt.date) -> int:
    """The evaluation year a date falls in: the windows follow each other without a gap."""
    return day.year + 1 if (day.month, day.day) >= (11, 16) else day.year


def quarter_one(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 3, 31)


def check_evidence_date(day: dt.date, year: int, what: str) -> None:
    """Refuse an evidence date outside the year's window: it belongs to another year's review.

    The windows tile the calendar, so a date outside 16/11/(Y-1)-15/11/Y is evidence for the year
    before or after; accepting it would count it in the wrong year's share."""
    start, end = evaluation_window(year)
    if not start <= day <= end:
        raise InvalidInput(
            msg(
                "Ngày {day} ({what}) nằm ngoài kỳ đánh giá năm {year} ({start} - {end}); ngày "
                "này thuộc kỳ đánh giá năm {other}.",
                day=format_date(day),
                what=what,
                year=year,
                start=format_date(start),
                end=format_date(end),
                other=window_year(day),
            )
        )


def check_recognised_share(value: Decimal) -> Decimal:
    if not Decimal(0) <= value <= _HUNDRED:
        raise InvalidInput(
            msg(
                "Tỷ lệ khu dân cư, cơ quan được công nhận phải từ 0 đến 100% (đã nhập {value}%).",
                value=format_number(value),
            )
        )
    return value


def check_decision(
    *,
    year: int,
    number: str | None,
    day: dt.date | None,
    registered_on: dt.date | None,
) -> None:
    """A recognition decision needs its number and date, dated after the window opened and not
    before the unit registered (a unit is recognised for what it registered for)."""
    if (number is None) != (day is None):
        if day is None:
            raise InvalidInput(
                msg("Quyết định công nhận cần cả số và ngày: chưa có ngày quyết định.")
            )
        raise InvalidInput(msg("Quyết định công nhận cần cả số và ngày: chưa có số quyết định."))
    if day is None:
        return
    start, _ = evaluation_window(year)
    if day < start:
        raise InvalidInput(
            msg(
                "Ngày quyết định công nhận {day} trước khi kỳ đánh giá năm {year} bắt đầu "
                "({start}).",
                day=format_date(day),
                year=year,
                start=format_date(start),
            )
        )
    if registered_on is not None and day < registered_on:
        raise InvalidInput(
            msg(
                "Ngày quyết định công nhận {day} trước ngày đăng ký {registered}: không thể công "
                "nhận trước khi đăng ký.",
                day=format_date(day),
                registered=format_date(registered_on),
            )
        )


def registration_warning(registered_on: dt.date | None, year: int) -> str | None:
    """Registration belongs in Quý I (TT 124/2021, Điều 5 khoản 1): a warning, not a refusal,
    because a late registration still happened and the office must be able to record it."""
    if registered_on is None:
        return None
    first, last = quarter_one(year)
    if first <= registered_on <= last:
        return None
    return msg(
        "Ngày đăng ký xây dựng đạt chuẩn an toàn về ANTT {day} không thuộc Quý I năm {year} "
        "({first} - {last}).",
        day=format_date(registered_on),
        year=year,
        first=format_date(first),
        last=format_date(last),
    )


def share_warning(result: Assessment, recognised_share: Decimal | None) -> str | None:
    """A result "đạt" with fewer than 70% of khu dân cư/agencies recognised: a warning, since the
    office records the district's decision as issued even when the figures disagree with it.
    No share given is not warned: it is missing data, not a contradiction."""
    if result is not Assessment.MET or recognised_share is None:
        return None
    if recognised_share < RECOGNISED_SHARE_MIN:
        return msg(
            "Kết quả ANTT là đạt nhưng chỉ {share}% khu dân cư, cơ quan, doanh nghiệp, nhà "
            "trường được công nhận (cần từ 70% trở lên).",
            share=format_number(recognised_share),
        )
    return None


def decision_warning(result: Assessment, decision_number: str | None) -> str | None:
    if decision_number is not None and result is not Assessment.MET:
        return msg(
            'Đã có quyết định công nhận số {number} nhưng kết quả ANTT đang là "{result}".',
            number=decision_number,
            result=result.label,
        )
    return None


def all_met(statuses: Iterable[Assessment]) -> bool:
    """ "Đạt 3 không": every component met (a pending one is not met; no components, not met)."""
    seen = False
    for status in statuses:
        if status is not Assessment.MET:
            return False
        seen = True
    return seen


def share_percent(count: int, total: int) -> Decimal | None:
    """count / total × 100, exact, rounded half up to 2 decimals; None when there is no unit."""
    if total <= 0:
        return None
    return round_half_up(Decimal(count) * _HUNDRED / Decimal(total), SHARE_DECIMALS)


# -- khu dân cư (thôn, ấp, khu vực, tổ dân phố) -------------------------------------------------

MAX_AREA_NAME = 200


class AreaKind(StrEnum):
    """What a commune calls its khu dân cư (TT 124/2021/TT-BCA Điều 4 counts them all alike)."""

    THON = "thon"
    AP = "ap"
    KHU_VUC = "khu_vuc"
    TO_DAN_PHO = "to_dan_pho"
    KHU_PHO = "khu_pho"
    BAN = "ban"
    OTHER = "khac"

    @property
    def label(self) -> str:
        return _AREA_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> AreaKind:
        """From the stable code or the Vietnamese word, whatever its case and accents."""
        value = fold(text)
        for member in cls:
            if value in (member.value, fold(member.label)):
                return member
        choices = ", ".join(str(m.label) for m in cls)
        raise InvalidInput(
            msg("Loại khu dân cư không hợp lệ: “{text}”. Chọn một trong: {choices}.",
                text=clean(text), choices=choices)
        )  # fmt: skip

    @classmethod
    def of_name(cls, name: str) -> AreaKind:
        """The kind a name begins with ("Ấp Thới Hòa" → ấp, "Tổ dân phố 5" → tổ dân phố)."""
        value = fold(name)
        for member in sorted(cls, key=lambda m: -len(m.label)):
            word = fold(member.label)
            if member is not cls.OTHER and (value == word or value.startswith(word + " ")):
                return member
        return cls.OTHER


_AREA_LABELS = {
    AreaKind.THON: msg("thôn"),
    AreaKind.AP: msg("ấp"),
    AreaKind.KHU_VUC: msg("khu vực"),
    AreaKind.TO_DAN_PHO: msg("tổ dân phố"),
    AreaKind.KHU_PHO: msg("khu phố"),
    AreaKind.BAN: msg("bản"),
    AreaKind.OTHER: msg("khác"),
}


def area_window(year: int) -> tuple[dt.date, dt.date]:
    """A khu dân cư is evaluated from 01/11 of the previous year to 31/10 (TT 124 Điều 8)."""
    return dt.date(year - 1, 11, 1), dt.date(year, 10, 31)


def check_area_name(text: str) -> str:
    """The name as stored: cleaned, NFC, not empty, not too long."""
    name = clean(text)
    if not name:
        raise InvalidInput(msg("Chưa ghi tên khu dân cư."))
    if len(name) > MAX_AREA_NAME:
        raise InvalidInput(msg("Tên khu dân cư dài quá {limit} ký tự.", limit=MAX_AREA_NAME))
    return name


def area_share(statuses: Iterable[Assessment]) -> Decimal | None:
    """The share (%) of khu dân cư recognised "an toàn về ANTT" (pending counts as not yet)."""
    listed = list(statuses)
    return share_percent(sum(1 for s in listed if s is Assessment.MET), len(listed))
