"""The units a workbook may name: this office's scope, valid in the year, found by code or by
name (folded: case, diacritics, đ/d and tone placement do not matter; the kind word may be left
out); a name of a unit that ended before the year says so."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.text import clean, fold
from thidua_desktop.services.core.scope import full_name, office_unit, subtree_ids
from thidua_desktop.store.models.core import AdminUnit


class SheetUnits:
    """The units a workbook may name, resolved by code or by name (folded: case, diacritics,
    đ/d and tone placement do not matter; the kind word may be left out)."""

    def __init__(self, session: Session, year: int) -> None:
        self.session, self.year = session, year
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        office = office_unit(session)
        self.scope = subtree_ids(session, office.id)
        self.office = office
        units = session.scalars(
            select(AdminUnit).where(
                AdminUnit.id.in_(self.scope),
                or_(AdminUnit.valid_from.is_(None), AdminUnit.valid_from <= last),
                or_(AdminUnit.valid_to.is_(None), AdminUnit.valid_to >= first),
            )
        ).all()
        self.by_code = {u.code: u for u in units}
        self.by_name: dict[str, list[AdminUnit]] = {}
        for u in units:
            for key in {fold(full_name(u)), fold(u.name)}:
                self.by_name.setdefault(key, []).append(u)

    def find(self, text: str, by_name: bool) -> AdminUnit:
        wanted = clean(text)
        if not by_name:
            unit = self.by_code.get(wanted)
            if unit is not None:
                return unit
            from thidua_desktop.services.core.scope import unit_by_code

            found = unit_by_code(self.session, wanted, year=self.year)  # says why not
            raise UserError(
                msg(
                    "{unit} ({code}) không thuộc phạm vi của {office}.",
                    unit=full_name(found),
                    code=found.code,
                    office=full_name(self.office),
                )
            )
        matches = self.by_name.get(fold(wanted), [])
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            codes = ", ".join(f"{full_name(u)} ({u.code})" for u in matches)
            raise UserError(
                msg(
                    "Tên “{name}” trùng nhiều đơn vị ({codes}): hãy ghi mã đơn vị.",
                    name=wanted,
                    codes=codes,
                )
            )
        raise UserError(self._not_found(wanted))

    def _not_found(self, name: str) -> str:
        """A unit of that name that ended before the year says so, and what succeeded it."""
        key = fold(name)
        first = dt.date(self.year, 1, 1)
        ended = [
            u
            for u in self.session.scalars(select(AdminUnit).where(AdminUnit.valid_to < first))
            if key in {fold(full_name(u)), fold(u.name)}
        ]
        if ended:
            unit = max(ended, key=lambda u: u.valid_to or first)
            end = unit.valid_to or first
            return msg(
                "{unit} ({code}) không còn từ {day} (sắp xếp đơn vị hành chính): số liệu năm "
                "{year} ghi cho đơn vị kế thừa.",
                unit=full_name(unit),
                code=unit.code,
                day=f"{end + dt.timedelta(days=1):%d/%m/%Y}",
                year=self.year,
            )
        return msg(
            "Không tìm thấy đơn vị “{name}” thuộc {office} trong năm {year}.",
            name=name,
            office=full_name(self.office),
            year=self.year,
        )
