"""The criteria of a set (NTM, NTM nâng cao) met by each xã, read from a workbook: "đạt" or
"chưa đạt" per criterion (also met / not_met, có / không, x for met), checked and written as the
checklist does (a xã of this office existing at the end of the year, a lower office's record
read-only), one transaction for the workbook, each xã on its own."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.rural import Level
from thidua_desktop.domain.text import clean, fold
from thidua_desktop.domain.units import UnitKind
from thidua_desktop.services.core.locks import ensure_year_open
from thidua_desktop.services.core.scope import full_name, office_unit, subtree_ids
from thidua_desktop.services.rural.data import CriteriaSetDef, sets_for
from thidua_desktop.services.rural.edit import _stored, _write, subject
from thidua_desktop.services.rural.rows import CriterionEntry
from thidua_desktop.services.sheets.finish import finish_import
from thidua_desktop.services.sheets.results import Layout, LayoutIndicator, LayoutUnit
from thidua_desktop.services.sheets.rows import (
    Origin,
    SheetChange,
    SheetProblem,
    SheetReport,
    SheetValue,
)
from thidua_desktop.services.sheets.units import SheetUnits
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit

KIND = "rural"
_MET = {"dat", "met", "co", "x", "yes", "1", "true"}
_NOT_MET = {"chua dat", "khong dat", "not_met", "khong", "no", "0", "false"}


def _set(session: Session, set_code: str, year: int) -> CriteriaSetDef:
    level = Level.parse(set_code)
    sets = sets_for(session, year)
    if level not in sets:
        raise InvalidInput(f"Chưa có bộ tiêu chí {level.label} áp dụng cho năm {year}.")
    return sets[level]


def rural_layout(db: Database, *, year: int, set_code: str) -> Layout:
    """The set's criteria and every xã of this office's scope existing at the end of the year."""
    import datetime as dt

    with db.reading() as session:
        set_def = _set(session, set_code, year)
        fields = tuple(
            LayoutIndicator(c.code, c.name, "", 0, None, None, False, True)
            for c in set_def.row.criteria
        )
        office = office_unit(session)
        end = dt.date(year, 12, 31)
        communes = session.scalars(
            select(AdminUnit)
            .where(
                AdminUnit.id.in_(subtree_ids(session, office.id)),
                AdminUnit.kind == UnitKind.COMMUNE,
                or_(AdminUnit.valid_from.is_(None), AdminUnit.valid_from <= end),
                or_(AdminUnit.valid_to.is_(None), AdminUnit.valid_to >= end),
            )
            .order_by(AdminUnit.sort_key)
        ).all()
        units = tuple(LayoutUnit(u.code, full_name(u), True) for u in communes)
        title = f"Bộ tiêu chí xã {set_def.code.long_label.removeprefix('xã ')}"
        return Layout(set_def.code.value, title, year, fields, units, full_name(office))


def _met(text: str) -> bool:
    folded = fold(text)
    if folded in _MET:
        return True
    if folded in _NOT_MET:
        return False
    raise InvalidInput(
        msg('Không rõ tiêu chí đạt hay chưa: "{text}". Ghi “đạt” hoặc “chưa đạt”.', text=text)
    )


def _label(met: bool | None) -> str:
    return "" if met is None else ("đạt" if met else "chưa đạt")


def apply_rural(
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
    """As `results.apply_results`, for the criteria of the set `campaign_code` (ntm,
    nang_cao); an empty cell keeps what is recorded."""
    out = report or SheetReport(KIND, workbook, sha256, "")
    with db.transaction() as session:
        ensure_year_open(session, year)
        set_def = _set(session, campaign_code, year)
        out.title = str(msg("Tiêu chí {set} — năm {year}", set=set_def.code.label, year=year))
        names = {c.code: c.name for c in set_def.row.criteria}
        units = SheetUnits(session, year)
        unknown: set[Origin] = set()
        given: dict[int, tuple[AdminUnit, Origin, dict[str, tuple[bool, Origin]]]] = {}
        for value in values:
            text = clean(value.text)
            if not text:
                out.empty += 1
                continue
            code = value.field.casefold().removeprefix("tc").strip()
            try:
                if code not in names:
                    raise UserError(msg("Không có tiêu chí “{code}”.", code=value.field))
                try:
                    unit = units.find(value.unit, value.by_name)
                except UserError as exc:
                    where = value.unit_origin or value.origin
                    if where not in unknown:
                        unknown.add(where)
                        out.problems.append(SheetProblem(where, exc.message))
                    continue
                met = _met(text)
                _, _, fields = given.setdefault(
                    unit.id, (unit, value.unit_origin or value.origin, {})
                )
                if code in fields and fields[code][0] != met:
                    raise UserError(
                        msg(
                            "{unit}, {field} đã có giá trị khác ở {other}.",
                            unit=full_name(unit),
                            field=f"tiêu chí {code}",
                            other=str(fields[code][1]),
                        )
                    )
                fields[code] = (met, value.origin)
            except UserError as exc:
                out.problems.append(SheetProblem(value.origin, exc.message))
        writes = session.begin_nested()  # rolled back for a preview or a refused workbook
        changed = 0
        for unit, unit_origin, fields in given.values():
            try:
                commune = subject(session, unit.code, year)
            except UserError as exc:
                out.problems.append(SheetProblem(unit_origin, exc.message))
                continue
            stored = _stored(session, commune.id, year, set_def)
            entries, changes = [], []
            for code, (met, origin) in fields.items():
                row = stored.get(code)
                old = row.met if row is not None else None
                if old is met:
                    out.unchanged += 1
                    continue
                entries.append(
                    CriterionEntry(
                        code, met, (row.value or "") if row else "",
                        (row.evidence_note or "") if row else "",
                    )
                )  # fmt: skip
                changes.append(
                    SheetChange(
                        origin=origin, unit_code=unit.code, unit_name=full_name(unit),
                        field=code, field_name=names[code], old_value=None, new_value=None,
                        decimals=None, old_label=_label(old), new_label=_label(met),
                    )
                )  # fmt: skip
            if not entries:
                continue
            unit_writes = session.begin_nested()
            try:
                _write(session, commune, year, set_def, entries)
            except UserError as exc:
                unit_writes.rollback()
                out.problems.append(SheetProblem(unit_origin, exc.message))
                continue
            unit_writes.commit()
            out.changes.extend(changes)
            changed += 1
        return finish_import(
            out,
            writes,
            written=changed,
            dry_run=dry_run,
            skip_invalid=skip_invalid,
            before_writing=before_writing,
            details={"kind": KIND, "set": set_def.code.value, "year": year, "units": changed},
        )
