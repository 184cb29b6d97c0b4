""" "3 không" and the ANTT result of each commune read from a workbook: a status per component
("đạt", "chưa đạt", "chưa đánh giá", or met / not_met / pending), the ANTT result and the share
of residential areas recognised; checked and written as the "3 không" editor does, one
transaction for the workbook, each unit's record validated on its own."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from decimal import Decimal

from sqlalchemy import or_, select

from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.numbers import format_number, parse_number
from thidua_desktop.domain.security import Assessment, check_recognised_share, evaluation_window
from thidua_desktop.domain.text import clean
from thidua_desktop.domain.units import Level
from thidua_desktop.services.core.locks import ensure_year_open
from thidua_desktop.services.core.scope import full_name, office_unit, subtree_ids
from thidua_desktop.services.security.data import components_for
from thidua_desktop.services.security.edit import _apply, _current_entry, _subject
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

KIND = "security"
ANTT, SHARE = "antt", "share"


def security_layout(db: Database, *, year: int) -> Layout:
    """The components of the year, the ANTT result and the recognised share, for every commune
    of this office's scope that exists at the end of the evaluation window."""
    with db.reading() as session:
        fields = [
            LayoutIndicator(c.code, c.label, "", 0, None, None, False, True)
            for c in components_for(session, year)
        ]
        fields.append(LayoutIndicator(ANTT, "Kết quả an toàn về ANTT", "", 0, None, None, False,
                                      True))  # fmt: skip
        fields.append(
            LayoutIndicator(
                SHARE,
                "Tỷ lệ khu dân cư được công nhận an toàn về ANTT",
                "%",
                2,
                Decimal(0),
                Decimal(100),
                False,
                True,
            )
        )
        office = office_unit(session)
        end = evaluation_window(year)[1]
        communes = session.scalars(
            select(AdminUnit)
            .where(
                AdminUnit.id.in_(subtree_ids(session, office.id)),
                AdminUnit.level == Level.COMMUNE,
                or_(AdminUnit.valid_from.is_(None), AdminUnit.valid_from <= end),
                or_(AdminUnit.valid_to.is_(None), AdminUnit.valid_to >= end),
            )
            .order_by(AdminUnit.sort_key)
        ).all()
        units = tuple(LayoutUnit(u.code, full_name(u), True) for u in communes)
        title = str(msg('"3 không" và an toàn về an ninh, trật tự'))
        return Layout("", title, year, tuple(fields), units, full_name(office))


def _parse(field: str, text: str) -> Assessment | Decimal:
    if field == SHARE:
        return check_recognised_share(parse_number(text))
    return Assessment.parse(text)


def _shown(value: Assessment | Decimal | str | None) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, Assessment):
        return str(value.label)
    return format_number(value if isinstance(value, Decimal) else parse_number(value), 2)


def apply_security(
    db: Database,
    *,
    year: int,
    values: Sequence[SheetValue],
    workbook: str,
    sha256: str,
    dry_run: bool = False,
    skip_invalid: bool = False,
    report: SheetReport | None = None,
    before_writing: Callable[[], str] | None = None,
    campaign_code: str | None = None,
) -> SheetReport:
    """As `results.apply_results`, for "3 không"/ANTT (`campaign_code` is not used)."""
    del campaign_code
    out = report or SheetReport(KIND, workbook, sha256, "")
    with db.transaction() as session:
        out.title = str(msg('"3 không" và an toàn về ANTT — năm {year}', year=year))
        ensure_year_open(session, year)
        names = {c.code: c.label for c in components_for(session, year)}
        names |= {ANTT: "Kết quả an toàn về ANTT", SHARE: "Tỷ lệ khu dân cư đạt an toàn (%)"}
        units = SheetUnits(session, year)
        unknown: set[Origin] = set()
        given: dict[int, tuple[AdminUnit, Origin, dict[str, tuple[Assessment | Decimal, Origin]]]]
        given = {}
        for value in values:
            text = clean(value.text)
            if not text:
                out.empty += 1
                continue
            field = value.field.casefold()
            try:
                if field not in names:
                    raise UserError(msg("Không có tiêu chí “{code}”.", code=value.field))
                try:
                    unit = units.find(value.unit, value.by_name)
                except UserError as exc:
                    where = value.unit_origin or value.origin
                    if where not in unknown:
                        unknown.add(where)
                        out.problems.append(SheetProblem(where, exc.message))
                    continue
                parsed = _parse(field, text)
                _, _, fields = given.setdefault(
                    unit.id, (unit, value.unit_origin or value.origin, {})
                )
                if field in fields and fields[field][0] != parsed:
                    raise UserError(
                        msg(
                            "{unit}, {field} đã có giá trị khác ở {other}.",
                            unit=full_name(unit),
                            field=names[field],
                            other=str(fields[field][1]),
                        )
                    )
                fields[field] = (parsed, value.origin)
            except UserError as exc:
                out.problems.append(SheetProblem(value.origin, exc.message))
        writes = session.begin_nested()  # rolled back for a preview or a refused workbook
        changed = 0
        for unit, unit_origin, fields in given.values():
            try:
                subject = _subject(session, unit.code, year)  # a commune existing that year
                current = _current_entry(session, subject, year)
            except UserError as exc:
                out.problems.append(SheetProblem(unit_origin, exc.message))
                continue
            statuses = {c.code: c for c in current.components}
            entry, changes = current, []
            for field, (parsed, origin) in fields.items():
                if field == ANTT:
                    assert isinstance(parsed, Assessment)
                    old: Assessment | Decimal | str | None = current.antt_result
                    entry = dataclasses.replace(entry, antt_result=parsed)
                elif field == SHARE:
                    old = current.recognised_share or None
                    entry = dataclasses.replace(entry, recognised_share=format(parsed, "f"))
                else:
                    assert isinstance(parsed, Assessment)
                    old = statuses[field].status
                    statuses[field] = dataclasses.replace(statuses[field], status=parsed)
                    entry = dataclasses.replace(entry, components=tuple(statuses.values()))
                if _shown(old) == _shown(parsed):
                    out.unchanged += 1
                    continue
                changes.append(
                    SheetChange(
                        origin=origin, unit_code=unit.code, unit_name=full_name(unit),
                        field=field, field_name=names[field], old_value=None, new_value=None,
                        decimals=None, old_label=_shown(old), new_label=_shown(parsed),
                    )
                )  # fmt: skip
            if not changes:
                continue
            unit_writes = session.begin_nested()
            try:
                _apply(session, subject, year, entry)
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
            details={"kind": KIND, "year": year, "units": changed},
        )
