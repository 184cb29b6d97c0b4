"""Targets for many units at once: the campaign's units × its entered indicators for a year, as
text the Vietnamese way ("5.600", "9,5 - 10"), saved in one transaction (all or nothing).

What a province does when it allocates its targets to a hundred communes: type or paste a block
from Excel, instead of one unit at a time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.numbers import format_number, parse_number
from thidua_desktop.domain.text import clean
from thidua_desktop.domain.units import Level, UnitKind
from thidua_desktop.services.campaigns.definitions import (
    _ensure_editable,
    _ensure_year_in_campaign,
    _put_target,
    _target_from_input,
    campaign_by_code,
    target_key,
)
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.scope import ensure_in_scope, subtree_ids
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, Campaign, Indicator
from thidua_desktop.store.models.core import Target as TargetRecord

__all__ = ["GridIndicator", "TargetGrid", "save_target_grid", "target_grid", "target_text"]

# "9,5 - 10", "9,5 – 10": a range's two bounds; a minus sign alone ("-1") is not a range.
_RANGE = re.compile(r"\s+[-–]\s+")


@dataclass(frozen=True, slots=True)
class GridIndicator:
    code: str
    name: str
    unit_of_measure: str
    range: bool  # its targets are "low - high"


@dataclass(frozen=True, slots=True)
class TargetGrid:
    campaign_code: str
    year: int
    indicators: tuple[GridIndicator, ...]
    units: tuple[tuple[str, str], ...]  # (code, full name): the scope, then the units below
    texts: dict[tuple[str, str], str]  # (unit code, indicator code) → "5.600", "9,5 - 10"
    editable: bool
    # Last year's targets of the same units and indicator codes, for "Chép từ năm trước": from
    # this campaign when it ran last year, else from the campaign that gave most of them.
    previous: dict[tuple[str, str], str] = field(default_factory=dict)
    previous_from: str = ""  # "Chỉ thị 10/CT-UBND … năm 2022"


def target_text(low: Decimal, high: Decimal | None) -> str:
    """A target as the grid shows it: "5.600", "9,5 - 10"."""
    text = format_number(low)
    return f"{text} - {format_number(high)}" if high is not None else text


def target_grid(db: Database, *, campaign_code: str, year: int) -> TargetGrid:
    """The campaign's scope and every office below it valid at the year's end (provinces,
    districts, communes: not hamlets), × the indicators entered by hand or summed."""
    with db.reading() as session:
        campaign = campaign_by_code(session, campaign_code)
        _ensure_year_in_campaign(campaign, year)
        last = dt.date(year, 12, 31)
        ids = subtree_ids(session, campaign.scope_unit_id)
        units = [
            u
            for u in session.scalars(
                select(AdminUnit)
                .where(AdminUnit.id.in_(sorted(ids)), AdminUnit.level <= Level.COMMUNE)
                .order_by(AdminUnit.level, AdminUnit.sort_key)
            )
            if (u.valid_from is None or u.valid_from <= last)
            and (u.valid_to is None or u.valid_to >= last)
        ]
        indicators = [
            i
            for i in session.scalars(
                select(Indicator)
                .where(Indicator.campaign_id == campaign.id)
                .order_by(Indicator.position)
            )
            if not i.source.startswith("computed:")
        ]
        by_id = {u.id: u.code for u in units}
        codes = {i.id: i.code for i in indicators}
        texts = {
            (by_id[unit_id], codes[indicator_id]): target_text(low, high)
            for indicator_id, unit_id, low, high in session.execute(
                select(
                    TargetRecord.indicator_id,
                    TargetRecord.unit_id,
                    TargetRecord.low,
                    TargetRecord.high,
                ).where(
                    TargetRecord.year == year,
                    TargetRecord.indicator_id.in_(list(codes)),
                    TargetRecord.unit_id.in_(list(by_id)),
                )
            )
        }
        previous, previous_from = _last_year(session, campaign, year, by_id, codes)
        return TargetGrid(
            previous=previous,
            previous_from=previous_from,
            campaign_code=campaign.code,
            year=year,
            indicators=tuple(
                GridIndicator(i.code, i.name, i.unit_of_measure, i.comparator == "range")
                for i in indicators
            ),
            units=tuple((u.code, UnitKind(u.kind).full_name(u.name)) for u in units),
            texts=texts,
            editable=campaign.owner_code is None,  # a higher office's campaign: read-only
        )


def _last_year(
    session: Session,
    campaign: Campaign,
    year: int,
    units: Mapping[int, str],
    indicators: Mapping[int, str],
) -> tuple[dict[tuple[str, str], str], str]:
    """Last year's targets of these units for indicators of the same codes."""
    rows = session.execute(
        select(
            Campaign.id,
            TargetRecord.unit_id,
            Indicator.code,
            TargetRecord.low,
            TargetRecord.high,
        )
        .join(Indicator, TargetRecord.indicator_id == Indicator.id)
        .join(Campaign, Indicator.campaign_id == Campaign.id)
        .where(
            TargetRecord.year == year - 1,
            TargetRecord.unit_id.in_(list(units)),
            Indicator.code.in_(sorted(set(indicators.values()))),
        )
        .order_by(Campaign.id, TargetRecord.unit_id, Indicator.code)
    ).all()
    if not rows:
        return {}, ""
    counts: dict[int, int] = {}
    for campaign_id, *_ in rows:
        counts[campaign_id] = counts.get(campaign_id, 0) + 1
    source_id = (
        campaign.id
        if campaign.id in counts
        else max(counts, key=lambda c: (counts[c], c))  # the most, then the newest
    )
    source = session.get_one(Campaign, source_id)
    texts = {
        (units[unit_id], code): target_text(low, high)
        for campaign_id, unit_id, code, low, high in rows
        if campaign_id == source_id
    }
    return texts, f"{source.title} — năm {year - 1}"


def save_target_grid(
    db: Database,
    *,
    campaign_code: str,
    year: int,
    texts: Mapping[tuple[str, str], str],
    seen: Mapping[tuple[str, str], str] | None = None,
) -> int:
    """Save the changed cells ((unit code, indicator code) → text, "" removes the target) in one
    transaction; a cell that cannot be read refuses the whole save, naming it. Rows changed.

    `seen` is the table as it was read (its `texts`): a changed cell whose target someone else
    has changed since (several staff on one server database) refuses the save, naming the
    unit, the indicator and who changed it, instead of overwriting theirs."""
    changed = 0
    with db.transaction() as session:
        campaign = campaign_by_code(session, campaign_code)
        _ensure_editable(campaign)
        _ensure_year_in_campaign(campaign, year)
        indicators = {
            i.code: i
            for i in session.scalars(select(Indicator).where(Indicator.campaign_id == campaign.id))
        }
        last = dt.date(year, 12, 31)
        units: dict[str, AdminUnit] = {}
        for (unit_code, indicator_code), raw in sorted(texts.items()):
            indicator = indicators.get(indicator_code)
            if indicator is None or indicator.source.startswith("computed:"):
                raise InvalidInput(f"Chỉ tiêu {indicator_code} không giao bằng bảng được.")
            unit = units.get(unit_code)
            if unit is None:
                unit = session.scalars(
                    select(AdminUnit).where(
                        AdminUnit.code == unit_code,
                        (AdminUnit.valid_from.is_(None)) | (AdminUnit.valid_from <= last),
                        (AdminUnit.valid_to.is_(None)) | (AdminUnit.valid_to >= last),
                    )
                ).first()
                if unit is None:
                    raise InvalidInput(f"Năm {year} không có đơn vị mã {unit_code}.")
                ensure_in_scope(session, unit)
                units[unit_code] = unit
            if seen is not None:
                _check_seen(
                    session,
                    campaign,
                    indicator,
                    unit,
                    year,
                    seen.get((unit_code, indicator_code), ""),
                )
            text = clean(raw)
            target = None
            if text:
                parts = _RANGE.split(text, maxsplit=1)
                low, high = parts[0], (parts[1] if len(parts) > 1 else "")
                try:
                    target = _target_from_input(indicator, low, high or None)
                except InvalidInput as exc:
                    name = UnitKind(unit.kind).full_name(unit.name)
                    raise InvalidInput(
                        f"{name}, {indicator.name}: “{text}” — {exc.message}"
                    ) from None
            changed += _put_target(session, campaign, indicator, unit, year, target, "")
    return changed


def _values(text: str) -> tuple[Decimal, Decimal | None] | str | None:
    """A cell's target as numbers (None when empty; the text itself when it is not a number)."""
    text = clean(text)
    if not text:
        return None
    parts = _RANGE.split(text, maxsplit=1)
    try:
        return parse_number(parts[0]), parse_number(parts[1]) if len(parts) > 1 else None
    except InvalidInput:
        return text


def _check_seen(
    session: Session,
    campaign: Campaign,
    indicator: Indicator,
    unit: AdminUnit,
    year: int,
    seen: str,
) -> None:
    """Refuse when the cell's target is no longer what the table showed."""
    now = session.execute(
        select(TargetRecord.low, TargetRecord.high).where(
            TargetRecord.indicator_id == indicator.id,
            TargetRecord.unit_id == unit.id,
            TargetRecord.year == year,
        )
    ).first()
    current = target_text(now[0], now[1]) if now is not None else ""
    if _values(current) == _values(seen):  # "5600" saved is the "5.600" read back
        return
    raise audit.changed_meanwhile(
        session,
        entity="target",
        unit_id=unit.id,
        records=[("target", target_key(campaign, indicator, unit, year))],
        template="{who} đã sửa chỉ tiêu “{indicator}” năm {year} của {unit} thành “{value}” "
        "({time}) sau khi bạn mở bảng giao chỉ tiêu: chưa lưu gì. Hãy đóng bảng, mở lại để xem "
        "bản mới rồi nhập lại.",
        indicator=indicator.name,
        year=year,
        unit=UnitKind(unit.kind).full_name(unit.name),
        value=current or msg("(trống)"),
    )
