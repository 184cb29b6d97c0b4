"""The khu dân cư of a commune (thôn, ấp, khu vực, tổ dân phố) and each one's "an toàn về ANTT"
result per year: the share of them recognised is what the commune's ANTT record counts (TT
124/2021/TT-BCA Điều 5 khoản 4: ≥ 70%), so saving them also updates that share, audited."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.numbers import format_number
from thidua_desktop.domain.security import AreaKind, Assessment, area_share, check_area_name
from thidua_desktop.domain.text import clean, fold, sort_key
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.scope import full_name
from thidua_desktop.services.security.edit import (
    MAX_NOTE,
    _apply,
    _current_entry,
    _status,
    _subject,
)
from thidua_desktop.services.security.rows import AreaEntry, AreaRow, AreasView
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit
from thidua_desktop.store.models.security import ResidentialArea, ResidentialAreaStatus

ENTITY = "residential_area"


def residential_areas(db: Database, *, unit_code: str, year: int) -> AreasView:
    """The commune's khu dân cư existing in `year`, by name, with their results that year."""
    with db.reading() as session:
        from thidua_desktop.services.core.scope import ensure_in_scope, unit_by_code

        unit = unit_by_code(session, unit_code, year=year)
        ensure_in_scope(session, unit)
        return _view(session, unit, year)


def _listed(session: Session, unit_id: int, year: int) -> list[ResidentialArea]:
    return list(
        session.scalars(
            select(ResidentialArea)
            .where(
                ResidentialArea.unit_id == unit_id,
                or_(ResidentialArea.first_year.is_(None), ResidentialArea.first_year <= year),
                or_(ResidentialArea.last_year.is_(None), ResidentialArea.last_year >= year),
            )
            .order_by(ResidentialArea.sort_key, ResidentialArea.id)
        )
    )


def _results(
    session: Session, area_ids: Sequence[int], year: int
) -> dict[int, ResidentialAreaStatus]:
    if not area_ids:
        return {}
    return {
        s.area_id: s
        for s in session.scalars(
            select(ResidentialAreaStatus).where(
                ResidentialAreaStatus.year == year, ResidentialAreaStatus.area_id.in_(area_ids)
            )
        )
    }


def _view(session: Session, unit: AdminUnit, year: int, changes: Sequence[str] = ()) -> AreasView:
    areas = _listed(session, unit.id, year)
    results = _results(session, [a.id for a in areas], year)
    rows = tuple(
        AreaRow(
            a.id,
            a.name,
            AreaKind(a.kind),
            Assessment(results[a.id].antt_result) if a.id in results else Assessment.PENDING,
            (results[a.id].note or "") if a.id in results else "",
        )
        for a in areas
    )
    record = _status(session, unit.id, year)
    return AreasView(
        unit_code=unit.code,
        unit_name=full_name(unit),
        year=year,
        areas=rows,
        share=area_share(r.status for r in rows),
        recorded_share=None if record is None else record.antt_recognised_share,
        read_only=record is not None and record.owner_code is not None,
        changes=tuple(changes),
    )


def save_areas(
    db: Database,
    *,
    unit_code: str,
    year: int,
    entries: Sequence[AreaEntry],
    seen: AreasView | None = None,
) -> AreasView:
    """Add, rename, end and assess the commune's khu dân cư for `year` (the list's save); the
    areas not named stay as they are. The commune's recognised share follows. `seen` is the list
    as it was opened: changed since by someone else, the save is refused by name."""
    with db.transaction() as session:
        unit = _subject(session, unit_code, year)
        if seen is not None and _fingerprint(_view(session, unit, year)) != _fingerprint(seen):
            raise audit.changed_meanwhile(
                session,
                entity=(ENTITY, "security_status"),
                unit_id=unit.id,
                template="{who} đã sửa danh sách khu dân cư năm {year} của {unit} ({time}) sau "
                "khi bạn mở: chưa lưu thay đổi của bạn. Hãy mở lại để xem bản mới rồi sửa tiếp.",
                year=year,
                unit=full_name(unit),
            )
        if _view(session, unit, year).read_only:
            raise UserError(read_only_message(unit, year))
        areas = AreaWriter(session, unit, year)
        changes: list[str] = []
        for entry in entries:
            changes.extend(areas.write(entry))
        shared = areas.sync_share()
        if shared is not None:
            changes.append(shared)
        return _view(session, unit, year, changes)


def read_only_message(unit: AdminUnit, year: int) -> str:
    return msg(
        "Số liệu an ninh, trật tự năm {year} của {unit} do cơ quan cấp dưới gửi lên nên chỉ xem "
        "được, không sửa tại đây.",
        year=year,
        unit=full_name(unit),
    )


def _fingerprint(view: AreasView) -> tuple[object, ...]:
    return tuple((r.id, r.name, r.kind, r.status, r.note) for r in view.areas), view.recorded_share


class AreaWriter:
    """Writes one commune's khu dân cư for a year inside the caller's transaction (the list's
    save and a workbook's rows): each change validated and audited, described in words."""

    def __init__(self, session: Session, unit: AdminUnit, year: int) -> None:
        self.session, self.unit, self.year = session, unit, year
        every = session.scalars(select(ResidentialArea).where(ResidentialArea.unit_id == unit.id))
        self.by_key = {a.search_key: a for a in every}
        self.by_id = {a.id: a for a in self.by_key.values()}
        self.changed = False

    def find(self, name: str) -> ResidentialArea | None:
        return self.by_key.get(fold(name))

    def write(self, entry: AreaEntry) -> list[str]:
        """Apply one entry; the changes in words ("Thêm ấp Thới Hòa", "Ấp 3: chưa đạt → đạt")."""
        name = check_area_name(entry.name)
        note = clean(entry.note)
        if len(note) > MAX_NOTE:
            raise InvalidInput(msg("Ghi chú dài quá {limit} ký tự.", limit=MAX_NOTE))
        if entry.id is not None:
            area = self.by_id.get(entry.id)
            if area is None:
                raise UserError(msg("Khu dân cư “{name}” không còn trong danh sách.", name=name))
        else:
            area = self.find(name)
            if area is not None:
                name = area.name  # found by its name, however it was written: not a rename
        other = self.find(name)
        if other is not None and area is not None and other.id != area.id:
            raise InvalidInput(
                msg("{unit} đã có khu dân cư “{name}”.", unit=full_name(self.unit), name=name)
            )
        changes: list[str] = []
        if area is None:
            if entry.ended:
                return []
            area = self._add(name, entry.kind)
            self._assess(area, entry.status, note)
            return [
                str(
                    msg(
                        "Thêm “{name}” ({kind}): {status}",
                        kind=entry.kind.label,
                        name=name,
                        status=entry.status.label,
                    )
                )
            ]
        else:
            changes.extend(self._update(area, name, entry))
            if entry.ended:
                return changes
        changes.extend(self._assess(area, entry.status, note))
        return changes

    def _add(self, name: str, kind: AreaKind) -> ResidentialArea:
        area = ResidentialArea(
            uid=str(uuid.uuid4()), unit_id=self.unit.id, name=name, kind=kind.value,
            search_key=fold(name), sort_key=sort_key(name), first_year=self.year,
            entered_by=audit.current_operator(self.session), entered_at=utc_now(),
        )  # fmt: skip
        self.session.add(area)
        self.session.flush()
        self.by_key[area.search_key], self.by_id[area.id] = area, area
        self._record("create", area, None, {"name": name, "kind": kind.value, "year": self.year})
        return area

    def _update(self, area: ResidentialArea, name: str, entry: AreaEntry) -> list[str]:
        last_year = self.year - 1 if entry.ended else area.last_year
        old_name, old_kind = area.name, area.kind
        old = {"name": old_name, "kind": old_kind, "last_year": area.last_year}
        new = {"name": name, "kind": entry.kind.value, "last_year": last_year}
        if entry.ended and (area.first_year or 0) >= self.year:
            # Added this year by mistake: nothing else refers to it, so it goes.
            self.session.delete(area)
            self.session.flush()
            del self.by_key[area.search_key], self.by_id[area.id]
            self._record("delete", area, old, None)
            return [str(msg("Bỏ “{name}” khỏi danh sách", name=area.name))]
        if old == new:
            return []
        if name != area.name:
            del self.by_key[area.search_key]
            area.search_key, area.sort_key = fold(name), sort_key(name)
            self.by_key[area.search_key] = area
        area.name, area.kind, area.last_year = name, entry.kind.value, last_year
        self._record("update", area, old, new)
        if entry.ended:
            return [str(msg("“{name}” không còn từ năm {year}", name=area.name, year=self.year))]
        words = []
        if old_name != name:
            words.append(str(msg("Đổi tên “{old}” thành “{new}”", old=old_name, new=name)))
        if old_kind != entry.kind.value:
            words.append(
                str(
                    msg(
                        "{name}: {old} → {new}",
                        name=name,
                        old=AreaKind(old_kind).label,
                        new=entry.kind.label,
                    )
                )
            )
        return words

    def result_of(self, area: ResidentialArea) -> ResidentialAreaStatus | None:
        """The area's stored result for the year, if any."""
        return self.session.scalars(
            select(ResidentialAreaStatus).where(
                ResidentialAreaStatus.area_id == area.id, ResidentialAreaStatus.year == self.year
            )
        ).first()

    def _assess(self, area: ResidentialArea, status: Assessment, note: str) -> list[str]:
        stored = self.result_of(area)
        old_status = Assessment.PENDING if stored is None else Assessment(stored.antt_result)
        old_note = "" if stored is None else stored.note or ""
        if (old_status, old_note) == (status, note):
            return []
        operator, now = audit.current_operator(self.session), utc_now()
        if stored is None:
            self.session.add(
                ResidentialAreaStatus(
                    area_id=area.id, year=self.year, antt_result=status.value,
                    note=note or None, entered_by=operator, entered_at=now,
                )
            )  # fmt: skip
        else:
            stored.antt_result, stored.note = status.value, note or None
            stored.entered_by, stored.entered_at = operator, now
        self._record(
            "update",
            area,
            {"year": self.year, "antt_result": old_status.value, "note": old_note},
            {"year": self.year, "antt_result": status.value, "note": note},
        )
        if old_status == status:
            return [str(msg("{name}: ghi chú", name=area.name))]
        return [
            str(
                msg("{name}: {old} → {new}", name=area.name, old=old_status.label, new=status.label)
            )
        ]

    def _record(self, action: str, area: ResidentialArea, old: object, new: object) -> None:
        self.changed = True
        audit.record(
            self.session,
            action=action,
            entity=ENTITY,
            key=f"{self.unit.code}/{area.uid}",
            old=old if isinstance(old, dict) else None,
            new=new if isinstance(new, dict) else None,
            unit_id=self.unit.id,
        )

    def share(self) -> Decimal | None:
        self.session.flush()
        return _view(self.session, self.unit, self.year).share

    def sync_share(self) -> str | None:
        """After a change, the commune's recorded share becomes the areas' share (audited as the
        editor's save); the change in words, None when nothing changed."""
        if not self.changed:
            return None
        share = self.share()
        if share is None:
            return None
        current = _current_entry(self.session, self.unit, self.year)
        old = clean(current.recognised_share)
        if old and Decimal(old) == share:
            return None
        _apply(
            self.session,
            self.unit,
            self.year,
            dataclasses.replace(current, recognised_share=format(share, "f")),
        )
        return str(
            msg(
                "Tỷ lệ khu dân cư đạt an toàn về ANTT: {old} → {new}%",
                old=format_number(Decimal(old), 2) + "%" if old else "—",
                new=format_number(share, 2),
            )
        )
