"""Results of a campaign's indicators read from a workbook: planned cell by cell, applied in one
transaction with bulk writes, audited with the workbook's name and hash.

An empty cell leaves the value as it is (a workbook is what a unit sent, not the whole grid). A
value is checked as the results grid checks a typed one: the unit in this office's scope and
valid in the year, the indicator typed by hand (not computed), not a lower office's record, the
number within the indicator's rule. Nothing is written while any value is refused, unless the
person chose to leave the refused ones out.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.evaluation import ValueRule, checked_value, parse_value
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.numbers import exact_number
from thidua_desktop.domain.text import clean
from thidua_desktop.services.campaigns.definitions import (
    _ensure_year_in_campaign,
    campaign_by_code,
)
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.locks import ensure_year_open
from thidua_desktop.services.core.scope import full_name, office_unit
from thidua_desktop.services.sheets.rows import (
    Origin,
    SheetChange,
    SheetProblem,
    SheetReport,
    SheetValue,
)
from thidua_desktop.services.sheets.units import SheetUnits
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.bulk import insert_rows
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, Indicator, Result

KIND = "results"


@dataclass(frozen=True, slots=True)
class LayoutIndicator:
    code: str
    name: str
    unit_of_measure: str
    decimals: int
    minimum: Decimal | None
    maximum: Decimal | None
    whole_number: bool
    typed: bool  # typed by hand (not computed from another module)


@dataclass(frozen=True, slots=True)
class LayoutUnit:
    code: str
    name: str  # full name, "Xã Nhơn Ái"
    editable: bool  # within this office's scope (a lower office's own data stays theirs)


@dataclass(frozen=True, slots=True)
class Layout:
    """What a results workbook of this campaign and year has: for the template and to
    recognise an office's own workbook."""

    campaign_code: str
    campaign_title: str
    year: int
    indicators: tuple[LayoutIndicator, ...]
    units: tuple[LayoutUnit, ...]  # the office (or `unit_code`), then the units directly below
    office: str


def layout(db: Database, *, campaign_code: str, year: int, unit_code: str | None = None) -> Layout:
    """The campaign's indicators and the units a workbook for `unit_code` (default: this office)
    lists: the unit and those directly below it, valid in the year, in Vietnamese order."""
    from thidua_desktop.services.campaigns.results import result_grid

    grid = result_grid(db, campaign_code=campaign_code, year=year, parent_code=unit_code)
    with db.reading() as session:
        campaign = campaign_by_code(session, campaign_code)
        rules = {
            i.code: (i.min_value, i.max_value, i.whole_number)
            for i in session.scalars(select(Indicator).where(Indicator.campaign_id == campaign.id))
        }
        office = full_name(office_unit(session))
    indicators = tuple(
        LayoutIndicator(
            code=i.code,
            name=i.name,
            unit_of_measure=i.unit_of_measure,
            decimals=i.decimals,
            minimum=rules[i.code][0],
            maximum=rules[i.code][1],
            whole_number=rules[i.code][2],
            typed=not i.source.startswith("computed:"),
        )
        for i in grid.indicators
    )
    units = tuple(
        LayoutUnit(
            u.code,
            u.full_name,
            any(grid.cells[(u.id, i.id)].editable for i in grid.indicators) or not grid.indicators,
        )
        for u in grid.units
    )
    return Layout(campaign_code, grid.campaign.title, year, indicators, units, office)


def office_name(db: Database) -> str:
    """This installation's office, as a template names who made it."""
    with db.reading() as session:
        return full_name(office_unit(session))


def reading_layout(db: Database, *, campaign_code: str, year: int) -> Layout:
    """What recognising a workbook needs, read without the grid's values: the campaign's
    indicators and every unit of this office's scope valid in the year (names to match)."""
    with db.reading() as session:
        campaign = campaign_by_code(session, campaign_code)
        indicators = tuple(
            LayoutIndicator(
                i.code, i.name, i.unit_of_measure, i.decimals, i.min_value, i.max_value,
                i.whole_number, not i.source.startswith("computed:"),
            )
            for i in session.scalars(
                select(Indicator)
                .where(Indicator.campaign_id == campaign.id)
                .order_by(Indicator.position, Indicator.id)
            )
        )  # fmt: skip
        units = SheetUnits(session, year)
        listed = tuple(LayoutUnit(u.code, full_name(u), True) for u in units.by_code.values())
        return Layout(
            campaign.code, campaign.title, year, indicators, listed, full_name(units.office)
        )


def apply_results(
    db: Database,
    *,
    campaign_code: str,
    year: int,
    values: Sequence[SheetValue],
    workbook: str,
    sha256: str,
    dry_run: bool = False,
    skip_invalid: bool = False,
    report: SheetReport | None = None,
    before_writing: Callable[[], str] | None = None,
) -> SheetReport:
    """Plan the values against the database and, unless `dry_run` or a value is refused (and
    `skip_invalid` is not given), apply them in one transaction (the one that planned them).

    `before_writing` runs once the plan says something will be written, before the first write
    (the safety backup: it reads the database as committed, i.e. as before the import); what it
    returns is the report's `backup`."""
    out = report or SheetReport(KIND, workbook, sha256, "")
    with db.transaction() as session:
        campaign = campaign_by_code(session, campaign_code)
        out.title = str(
            msg("Kết quả chỉ tiêu — {code} — năm {year}", code=campaign.code, year=year)
        )
        ensure_year_open(session, year)
        _ensure_year_in_campaign(campaign, year)
        indicators = {
            i.code.casefold(): i
            for i in session.scalars(select(Indicator).where(Indicator.campaign_id == campaign.id))
        }
        units = SheetUnits(session, year)
        existing = {
            (r.indicator_id, r.unit_id): r
            for r in session.scalars(
                select(Result).where(
                    Result.year == year,
                    Result.indicator_id.in_([i.id for i in indicators.values()]),
                )
            )
        }
        planned: dict[tuple[int, int], tuple[Decimal, SheetValue]] = {}
        rules: dict[int, ValueRule] = {}
        names: dict[int, str] = {}
        targets: dict[tuple[int, int], tuple[Indicator, AdminUnit]] = {}
        unknown: set[Origin] = set()
        for value in values:
            text = clean(value.text)
            if not text:
                out.empty += 1
                continue
            try:
                indicator = indicators.get(value.field.casefold())
                if indicator is None:
                    raise UserError(
                        msg(
                            "Phong trào {campaign} không có chỉ tiêu mã “{code}”.",
                            campaign=campaign.code,
                            code=value.field,
                        )
                    )
                try:
                    unit = units.find(value.unit, value.by_name)
                except UserError as exc:
                    # Said once, at the cell that names the unit, not once per value of its row.
                    where = value.unit_origin or value.origin
                    if where not in unknown:
                        unknown.add(where)
                        out.problems.append(SheetProblem(where, exc.message))
                    continue
                if indicator.source.startswith("computed:"):
                    raise UserError(
                        msg(
                            "Chỉ tiêu “{name}” được tính tự động, không nhập từ bảng tính.",
                            name=indicator.name,
                        )
                    )
                current = existing.get((indicator.id, unit.id))
                if current is not None and current.owner_code is not None:
                    raise UserError(
                        msg(
                            "Kết quả của {unit} do cơ quan mã {owner} gửi lên: chỉ xem, không "
                            "sửa tại đây.",
                            unit=full_name(unit),
                            owner=current.owner_code,
                        )
                    )
                rule = rules.get(indicator.id)
                if rule is None:
                    rule = rules[indicator.id] = ValueRule(
                        indicator.min_value,
                        indicator.max_value,
                        indicator.whole_number,
                        indicator.unit_of_measure,
                        indicator.decimals,
                    )
                parsed = (
                    parse_value(text, rule)
                    if value.number is None
                    else checked_value(exact_number(value.number, text), rule)
                )
                key = (indicator.id, unit.id)
                if key in planned and planned[key][0] != parsed:
                    raise UserError(
                        msg(
                            "{unit}, chỉ tiêu {code} đã có giá trị khác ở {other}.",
                            unit=full_name(unit),
                            code=indicator.code,
                            other=str(planned[key][1].origin),
                        )
                    )
            except UserError as exc:
                out.problems.append(SheetProblem(value.origin, exc.message))
                continue
            planned[key] = (parsed, value)
            targets[key] = (indicator, unit)
        if out.problems and skip_invalid:
            out.skipped = len(out.problems)
        writes: list[tuple[Indicator, AdminUnit, Decimal, Result | None]] = []
        for key, (parsed, value) in planned.items():
            indicator, unit = targets[key]
            current = existing.get(key)
            if current is not None and current.value == parsed:
                out.unchanged += 1
                continue
            out.changes.append(
                SheetChange(
                    origin=value.origin,
                    unit_code=unit.code,
                    unit_name=names.get(unit.id) or names.setdefault(unit.id, full_name(unit)),
                    field=indicator.code,
                    field_name=indicator.name,
                    old_value=current.value if current else None,
                    new_value=parsed,
                    decimals=indicator.decimals,
                )
            )
            writes.append((indicator, unit, parsed, current))
        if dry_run or out.blocked or not writes:
            return out
        if before_writing is not None:
            out.backup = before_writing()
        _write(session, campaign.code, year, writes, f"{workbook} ({sha256[:12]})")
        audit.record(
            session,
            action="import_sheet",
            entity="workbook",
            key=workbook,
            new={
                "kind": KIND,
                "campaign": campaign.code,
                "year": year,
                "sha256": sha256,
                "changed": len(writes),
                "skipped": out.skipped,
            },
            reason="Nhập từ Excel",
        )
        out.applied = True
    return out


def _write(
    session: Session,
    campaign_code: str,
    year: int,
    writes: Sequence[tuple[Indicator, AdminUnit, Decimal, Result | None]],
    source: str,
) -> None:
    """Bulk: new results in one executemany, changed ones in one, their audit entries in one."""
    operator, now = audit.current_operator(session), utc_now()
    inserts, updates, entries = [], [], []
    for indicator, unit, value, current in writes:
        key = f"{campaign_code}/{indicator.code}/{unit.code}/{year}"
        if current is None:
            inserts.append(
                {
                    "uid": str(uuid.uuid4()),
                    "indicator_id": indicator.id,
                    "unit_id": unit.id,
                    "year": year,
                    "value": value,
                    "note": None,
                    "source": "manual",
                    "owner_code": None,
                    "entered_by": operator,
                    "entered_at": now,
                }
            )
            entries.append(
                {"action": "create", "entity": "result", "key": key, "unit_id": unit.id,
                 "new": {"value": value, "note": None}}
            )  # fmt: skip
        else:
            updates.append(
                {"id": current.id, "value": value, "source": "manual", "entered_by": operator,
                 "entered_at": now}
            )  # fmt: skip
            entries.append(
                {"action": "update", "entity": "result", "key": key, "unit_id": unit.id,
                 "old": {"value": current.value}, "new": {"value": value}}
            )  # fmt: skip
    session.flush()
    insert_rows(session.connection(), Result.__table__, inserts)  # type: ignore[arg-type]
    if updates:
        session.execute(update(Result), updates)
    audit.record_many(session, entries, package_ref=source)
