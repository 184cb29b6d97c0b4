"""Targets (chỉ tiêu giao) of a campaign's indicators read from a workbook: each cell a number or
a range ("9,5 - 10"), checked as the target table checks a typed one, applied in one audited
transaction. An empty cell keeps the target already given; the campaign must be this office's
(a higher office's campaign is read-only here)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from sqlalchemy import select

from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.text import clean
from thidua_desktop.services.campaigns.definitions import (
    _ensure_editable,
    _ensure_year_in_campaign,
    _put_target,
    _target_from_input,
    campaign_by_code,
)
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.locks import ensure_year_open
from thidua_desktop.services.core.scope import full_name
from thidua_desktop.services.sheets.rows import (
    Origin,
    SheetChange,
    SheetProblem,
    SheetReport,
    SheetValue,
)
from thidua_desktop.services.sheets.units import SheetUnits
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, Indicator
from thidua_desktop.store.models.core import Target as TargetRecord

KIND = "targets"
_RANGE = re.compile(r"\s*[-–]\s+|\s+[-–]\s*")


def apply_targets(
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
    """As `results.apply_results`, for targets."""
    from thidua_desktop.domain.evaluation import Target

    out = report or SheetReport(KIND, workbook, sha256, "")
    with db.transaction() as session:
        campaign = campaign_by_code(session, campaign_code)
        out.title = str(msg("Chỉ tiêu giao — {code} — năm {year}", code=campaign.code, year=year))
        ensure_year_open(session, year)
        _ensure_editable(campaign)
        _ensure_year_in_campaign(campaign, year)
        indicators = {
            i.code.casefold(): i
            for i in session.scalars(select(Indicator).where(Indicator.campaign_id == campaign.id))
        }
        existing = {
            (t.indicator_id, t.unit_id): t
            for t in session.scalars(
                select(TargetRecord).where(
                    TargetRecord.year == year,
                    TargetRecord.indicator_id.in_([i.id for i in indicators.values()]),
                )
            )
        }
        units = SheetUnits(session, year)
        unknown: set[Origin] = set()
        planned: dict[tuple[int, int], tuple[Target, SheetValue, Indicator, AdminUnit]] = {}
        for value in values:
            text = clean(value.text)
            if not text:
                out.empty += 1
                continue
            try:
                indicator = indicators.get(value.field.casefold())
                if indicator is None or indicator.source.startswith("computed:"):
                    raise UserError(
                        msg(
                            "Chỉ tiêu “{code}” không giao bằng bảng tính được (không có trong "
                            "phong trào {campaign}, hoặc được tính tự động).",
                            code=value.field,
                            campaign=campaign.code,
                        )
                    )
                try:
                    unit = units.find(value.unit, value.by_name)
                except UserError as exc:
                    where = value.unit_origin or value.origin
                    if where not in unknown:
                        unknown.add(where)
                        out.problems.append(SheetProblem(where, exc.message))
                    continue
                parts = _RANGE.split(text, maxsplit=1)
                target = _target_from_input(
                    indicator, parts[0], parts[1] if len(parts) > 1 else None
                )
                key = (indicator.id, unit.id)
                if key in planned and planned[key][0] != target:
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
            planned[key] = (target, value, indicator, unit)
        if out.problems and skip_invalid:
            out.skipped = len(out.problems)
        writes = []
        for key, (target, value, indicator, unit) in planned.items():
            current = existing.get(key)
            if current is not None and (current.low, current.high) == (target.low, target.high):
                out.unchanged += 1
                continue
            out.changes.append(
                SheetChange(
                    origin=value.origin,
                    unit_code=unit.code,
                    unit_name=full_name(unit),
                    field=indicator.code,
                    field_name=indicator.name,
                    old_value=current.low if current else None,
                    new_value=target.low,
                    decimals=None,
                    old_high=current.high if current else None,
                    new_high=target.high,
                )
            )
            writes.append((indicator, unit, target, current))
        if dry_run or out.blocked or not writes:
            return out
        if before_writing is not None:
            out.backup = before_writing()
        for indicator, unit, target, current in writes:
            note = (current.note or "") if current is not None else ""
            _put_target(session, campaign, indicator, unit, year, target, note)
        audit.record(
            session,
            action="import_sheet",
            entity="workbook",
            key=workbook,
            new={"kind": KIND, "campaign": campaign.code, "year": year, "sha256": sha256,
                 "changed": len(writes), "skipped": out.skipped},
            reason="Nhập từ Excel",
        )  # fmt: skip
        out.applied = True
    return out
