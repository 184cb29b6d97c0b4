"""Read the khen thưởng catalogue (parsed JSON) into checked rule versions; no file access here."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from thidua_desktop.domain.awards.rules import (
    AwardEntry,
    BaseSalary,
    Catalogue,
    MoneyRounding,
    Prerequisite,
    PrerequisiteKind,
    QuotaRule,
    Rounding,
    RuleVersion,
)
from thidua_desktop.domain.awards.types import AwardKind, AwardType, DecidingLevel, RecipientType
from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.text import clean
from thidua_desktop.domain.units import TWO_TIER_FROM

__all__ = ["parse_catalogue"]

_CODE = re.compile(r"[a-z][a-z0-9_]{0,39}", re.ASCII)
_VERSION_CODE = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,31}", re.ASCII)


class _Reader:
    """Reads one JSON object, naming where a problem is in the message."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, Mapping):
            raise InvalidInput(f"{where}: cần một đối tượng JSON.")
        self.data = data
        self.where = where

    def fail(self, problem: str) -> InvalidInput:
        return InvalidInput(f"{self.where}: {problem}")

    def text(self, key: str, *, required: bool = True, limit: int = 2000) -> str:
        value = self.data.get(key)
        text = clean(value) if isinstance(value, str) else ""
        if value is not None and not isinstance(value, str):
            raise self.fail(f'"{key}" phải là chuỗi.')
        if required and not text:
            raise self.fail(f'thiếu "{key}".')
        if len(text) > limit:
            raise self.fail(f'"{key}" dài quá {limit} ký tự.')
        return text

    def code(self, key: str = "code") -> str:
        code = self.text(key)
        if not _CODE.fullmatch(code):
            raise self.fail(f'mã "{code}" không hợp lệ (chữ thường không dấu, số, "_").')
        return code

    def codes(self, key: str) -> tuple[str, ...]:
        values = self.data.get(key)
        if not isinstance(values, list) or not values:
            raise self.fail(f'"{key}" phải là danh sách mã, không rỗng.')
        codes = tuple(clean(str(v)) for v in values)
        for code in codes:
            if not _CODE.fullmatch(code):
                raise self.fail(f'mã "{code}" trong "{key}" không hợp lệ.')
        return codes

    def integer(self, key: str, default: int, *, low: int = 1, high: int = 50) -> int:
        value = self.data.get(key, default)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise self.fail(f'"{key}" phải là số nguyên từ {low} đến {high}.')
        return value

    def percent(self, key: str, default: str | None = None) -> Decimal:
        raw = self.data.get(key, default)
        try:
            value = Decimal(str(raw))
        except InvalidOperation:
            raise self.fail(f'"{key}" phải là tỷ lệ phần trăm, ví dụ "15".') from None
        if not value.is_finite() or not Decimal(0) <= value <= Decimal(100):
            raise self.fail(f'"{key}" phải từ 0 đến 100.')
        return value

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f'"{key}" phải là true hoặc false.')
        return value

    def day(self, key: str) -> dt.date | None:
        value = self.data.get(key)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise self.fail(f'"{key}" phải là ngày dạng yyyy-mm-dd.') from None

    def items(self, key: str, *, required: bool = True) -> list[Any]:
        values = self.data.get(key, [] if not required else None)
        if not isinstance(values, list) or (required and not values):
            raise self.fail(f'"{key}" phải là danh sách{" không rỗng" if required else ""}.')
        return values


def _prerequisite(data: Any, where: str, takes: Sequence[RecipientType]) -> Prerequisite:
    r = _Reader(data, where)
    try:
        kind = PrerequisiteKind(r.text("rule"))
    except ValueError:
        choices = ", ".join(k.value for k in PrerequisiteKind)
        raise r.fail(f'"rule" phải là một trong: {choices}.') from None
    recipients: frozenset[RecipientType] = frozenset()
    if "recipients" in r.data:
        try:
            recipients = frozenset(RecipientType(c) for c in r.codes("recipients"))
        except ValueError as exc:
            raise r.fail(f"loại đối tượng không hợp lệ ({exc}).") from None
    if recipients - set(takes):
        raise r.fail("quy tắc áp dụng cho loại đối tượng mà danh hiệu không xét.")
    years = r.integer("years", 1)
    count = r.integer("count", 1)
    if kind is PrerequisiteKind.WITHIN and count > years:
        raise r.fail(f'"count" ({count}) không được lớn hơn "years" ({years}).')
    if kind is PrerequisiteKind.MEMBER_SHARE and RecipientType.COLLECTIVE not in takes:
        raise r.fail("tỷ lệ thành viên chỉ áp dụng cho danh hiệu tập thể.")
    return Prerequisite(
        kind=kind,
        awards=r.codes("awards"),
        years=years,
        count=count,
        percent=r.percent("percent", "0"),
        strict=r.flag("strict"),
        recipients=recipients,
        note=r.text("note", required=False),
    )


_MAX_COEFFICIENT = Decimal(100)


def _money(
    data: Any, where: str, takes: Sequence[RecipientType]
) -> tuple[tuple[tuple[RecipientType, Decimal], ...], str]:
    """ "money": {"individual": "0.3", "collective": "0.6", "note": "…"}: × lương cơ sở."""
    if data is None:
        return (), ""
    r = _Reader(data, where)
    found = []
    for kind in RecipientType:
        raw = r.data.get(kind.value)
        if raw is None:
            continue
        try:
            value = Decimal(str(raw))
        except InvalidOperation:
            value = Decimal(-1)
        if not value.is_finite() or not Decimal(0) < value <= _MAX_COEFFICIENT:
            raise r.fail(f'"{kind.value}" phải là hệ số lương cơ sở, ví dụ "0.3".')
        if kind not in takes:
            raise r.fail(f"mức tiền thưởng cho {kind.label} mà danh hiệu không xét.")
        found.append((kind, value))
    unknown = set(r.data) - {k.value for k in RecipientType} - {"note"}
    if unknown:
        raise r.fail(
            f'không có mục "{sorted(unknown)[0]}" (cá nhân: "individual", tập thể: '
            '"collective", hộ gia đình: "household").'
        )
    if not found:
        raise r.fail("mức tiền thưởng không có hệ số nào.")
    return tuple(found), r.text("note", required=False)


def _entry(data: Any, where: str) -> AwardEntry:
    r = _Reader(data, where)
    code = r.code()
    r.where = f"{where} ({code})"
    try:
        kind = AwardKind(r.text("kind"))
        recipients = tuple(RecipientType(c) for c in r.codes("recipients"))
        types = tuple(AwardType(c) for c in r.codes("types"))
        levels = tuple(DecidingLevel(c) for c in r.codes("levels"))
    except ValueError as exc:
        raise r.fail(f"giá trị không hợp lệ ({exc}).") from None
    requires = tuple(
        _prerequisite(item, f"{r.where}, điều kiện thứ {number}", recipients)
        for number, item in enumerate(r.items("requires", required=False), start=1)
    )
    money, money_note = _money(r.data.get("money"), f"{r.where}, tiền thưởng", recipients)
    return AwardEntry(
        code=code,
        name=r.text("name", limit=200),
        short_name=r.text("short_name", limit=40),
        kind=kind,
        recipients=recipients,
        types=types,
        levels=levels,
        ballot=r.flag("ballot"),
        prerequisites=requires,
        description=r.text("description", required=False),
        note=r.text("note", required=False),
        money=money,
        money_note=money_note,
    )


def _rounding(data: Any, where: str) -> MoneyRounding:
    if data is None:
        return MoneyRounding()
    r = _Reader(data, where)
    step = r.integer("step", 1000, low=1, high=1_000_000)
    mode = r.text("mode")
    if mode not in ("up", "half_up"):
        raise r.fail('"mode" phải là "up" (làm tròn lên) hoặc "half_up" (làm tròn).')
    return MoneyRounding(step=step, up=mode == "up", note=r.text("note", required=False))


def _base_salary(data: Any, where: str) -> BaseSalary:
    r = _Reader(data, where)
    start = r.day("valid_from")
    if start is None:
        raise r.fail('thiếu "valid_from".')
    amount = r.data.get("amount")
    if not isinstance(amount, int) or isinstance(amount, bool) or not 0 < amount < 10**9:
        raise r.fail('"amount" phải là số đồng, ví dụ 2340000.')
    return BaseSalary(
        valid_from=start,
        amount=amount,
        basis=r.text("basis", limit=200),
        note=r.text("note", required=False),
    )


def _quota(data: Any, where: str) -> QuotaRule:
    r = _Reader(data, where)
    try:
        rounding = Rounding(r.text("rounding"))
    except ValueError:
        choices = ", ".join(k.value for k in Rounding)
        raise r.fail(f'"rounding" phải là một trong: {choices}.') from None
    return QuotaRule(
        award=r.code("award"),
        base=r.code("base"),
        max_percent=r.percent("max_percent"),
        rounding=rounding,
        note=r.text("note", required=False),
    )


def _version(data: Any, where: str) -> RuleVersion:
    r = _Reader(data, where)
    code = r.text("code", limit=32)
    if not _VERSION_CODE.fullmatch(code):
        raise r.fail(f'mã phiên bản "{code}" không hợp lệ.')
    r.where = f"{where} ({code})"
    start, end = r.day("valid_from"), r.day("valid_to")
    if start is not None and end is not None and start > end:
        raise r.fail("ngày bắt đầu sau ngày kết thúc.")
    entries = tuple(
        _entry(item, f"{r.where}, mục thứ {number}")
        for number, item in enumerate(r.items("entries"), start=1)
    )
    codes = [e.code for e in entries]
    if len(set(codes)) != len(codes):
        raise r.fail("có mã danh hiệu, hình thức trùng nhau.")
    quotas = tuple(
        _quota(item, f"{r.where}, tỷ lệ thứ {number}")
        for number, item in enumerate(r.items("quotas", required=False), start=1)
    )
    known = set(codes)
    for entry in entries:
        for rule in entry.prerequisites:
            unknown = [a for a in rule.awards if a not in known]
            if unknown:
                raise r.fail(f"điều kiện của {entry.code} nhắc đến mã không có: {unknown[0]}.")
    for quota in quotas:
        for award in (quota.award, quota.base):
            if award not in known:
                raise r.fail(f"tỷ lệ khống chế nhắc đến mã không có: {award}.")
    if start is not None and start >= TWO_TIER_FROM:
        for entry in entries:
            if DecidingLevel.DISTRICT in entry.levels:
                raise r.fail(
                    f"{entry.code}: từ ngày {format_date(TWO_TIER_FROM)} không còn cấp huyện, "
                    "hãy giao cho cấp xã hoặc cấp tỉnh."
                )
    basis = tuple(clean(str(line)) for line in r.items("legal_basis"))
    return RuleVersion(
        code=code,
        label=r.text("label", limit=300),
        valid_from=start,
        valid_to=end,
        legal_basis=basis,
        entries=entries,
        quotas=quotas,
        ballot_min_percent=r.percent("ballot_min_percent", "50"),
        note=r.text("ballot_note", required=False),
        money_rounding=_rounding(r.data.get("money_rounding"), f"{r.where}, làm tròn tiền thưởng"),
        suspension=r.text("suspension", required=False, limit=500),
        suspension_note=r.text("suspension_note", required=False),
        source_note=r.text("source_note", required=False),
    )


def parse_catalogue(
    data: Any, *, name: str = "awards_catalogue.json", sha256: str = ""
) -> Catalogue:
    """A checked catalogue; versions must not overlap and are returned oldest first."""
    r = _Reader(data, f"Danh mục {name}")
    versions = sorted(
        (
            _version(item, f"Danh mục {name}, phiên bản thứ {number}")
            for number, item in enumerate(r.items("versions"), start=1)
        ),
        key=lambda v: v.valid_from or dt.date.min,
    )
    codes = [v.code for v in versions]
    if len(set(codes)) != len(codes):
        raise r.fail("có mã phiên bản trùng nhau.")
    for before, after in itertools.pairwise(versions):
        end, start = before.valid_to, after.valid_from
        if start is None or end is None or end >= start:
            raise r.fail(
                f"phiên bản {before.code} và {after.code} chồng lên nhau (phiên bản sau phải bắt "
                f"đầu sau ngày kết thúc của phiên bản trước"
                + (f", {format_date(end)}" if end else "")
                + ")."
            )
    salaries = sorted(
        (
            _base_salary(item, f"Danh mục {name}, lương cơ sở thứ {number}")
            for number, item in enumerate(r.items("base_salary", required=False), start=1)
        ),
        key=lambda s: s.valid_from,
    )
    if len({s.valid_from for s in salaries}) != len(salaries):
        raise r.fail("có hai mức lương cơ sở cùng ngày bắt đầu.")
    return Catalogue(
        dataset=r.text("dataset", limit=64),
        version=r.text("version", limit=32),
        title=r.text("title", limit=300),
        versions=tuple(versions),
        sha256=sha256,
        base_salaries=tuple(salaries),
    )
