"""The khu dân cư of a commune (thôn, ấp, khu vực, tổ dân phố) and each one's "an toàn về ANTT"
result per year: the share of them recognised is what the commune's ANTT record counts (TT
124/2021/TT-BCA Điều 5 khoản 4: ≥ 70%), so saving them also updates that share, audited."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.numbers import format_number
from thidua_desktop.domain.security import AreaKind, Assessment, area_share, check_area_name
from thidua_desktop.domain.text import clean, fold, sort_key
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.locks import PeriodLockedError
from thidua_desktop.services.core.scope import full_name
from thidua_desktop.services.security.edit import (
    MAX_NOTE,
    _apply,
    _commune,
    _current_entry,
    _status,
    _subject,
)
from thidua_desktop.services.security.rows import AreaEntry, AreaRow, AreasView
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, PeriodLock
from thidua_desktop.store.models.security import ResidentialArea, ResidentialAreaStatus

ENTITY = "residential_area"


def residential_areas(db: Database, *, unit_code: str, year: int) -> AreasView:
    """The commune's khu dân cư existing in `year`, by name, with their results that year."""
    with db.reading() as session:
        return _view(session, _commune(session, unit_code, year), year)


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
            changes.append(shared.words)
            changes.extend(shared.warnings)
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
    save and a workbook's rows): each change validated and audited, described in words.

    An area lives from `first_year` to `last_year`; its name is the same in every year of that
    span, so a change that would show in a locked year, or hide a result recorded for a later
    year, is refused by name and year. Names stay unique in a commune, old names included."""

    def __init__(self, session: Session, unit: AdminUnit, year: int) -> None:
        self.session, self.unit, self.year = session, unit, year
        self.locks = sorted(session.scalars(select(PeriodLock.year)))
        self.changed = False
        self.written: set[int] = set()  # areas written by this save: one entry each
        self.written_names: set[str] = set()  # and their names (folded), ended ones included
        self.reload()
        self.had_areas = any(self.listed(a) for a in self.by_id.values())
        # The last year an area added or restored now is listed in: the year before the first
        # later year whose list was recorded without it (only this year is written here, so it
        # holds for the writer's life); None: open.
        later = session.scalars(
            select(ResidentialAreaStatus.year)
            .join(ResidentialArea, ResidentialArea.id == ResidentialAreaStatus.area_id)
            .where(ResidentialArea.unit_id == unit.id, ResidentialAreaStatus.year > year)
            .order_by(ResidentialAreaStatus.year)
        ).first()
        self.until = None if later is None else later - 1

    def checkpoint(self) -> tuple[frozenset[int], frozenset[str], bool]:
        """What the writer knows before a row (a workbook's), to go back to if it is refused."""
        return frozenset(self.written), frozenset(self.written_names), self.changed

    def restore(self, state: tuple[frozenset[int], frozenset[str], bool]) -> None:
        """After the row's savepoint was rolled back: forget the row, read the areas again."""
        written, names, changed = state
        self.written, self.written_names, self.changed = set(written), set(names), changed
        self.reload()

    def reload(self) -> None:
        """Read the commune's areas again (after a refused row's writes were rolled back)."""
        every = self.session.scalars(
            select(ResidentialArea).where(ResidentialArea.unit_id == self.unit.id)
        )
        self.by_key = {a.search_key: a for a in every}
        self.by_id = {a.id: a for a in self.by_key.values()}

    def find(self, name: str) -> ResidentialArea | None:
        return self.by_key.get(fold(name))

    def listed(self, area: ResidentialArea) -> bool:
        """Whether the area is in the commune's list for the year."""
        return (area.first_year is None or area.first_year <= self.year) and (
            area.last_year is None or area.last_year >= self.year
        )

    def write(self, entry: AreaEntry) -> list[str]:
        """Apply one entry; the changes in words ("Thêm ấp Thới Hòa", "Ấp 3: chưa đạt → đạt").
        Checks come before any write, so a refused entry has written nothing."""
        name = check_area_name(entry.name)
        note = clean(entry.note)
        if len(note) > MAX_NOTE:
            raise InvalidInput(msg("Ghi chú dài quá {limit} ký tự.", limit=MAX_NOTE))
        if entry.id is not None:
            area = self.by_id.get(entry.id)
            if area is None or not self.listed(area):
                raise UserError(
                    msg(
                        "Khu dân cư “{name}” không còn trong danh sách năm {year}.",
                        name=name,
                        year=self.year,
                    )
                )
        else:
            area = self.find(name)
            if area is not None:
                name = area.name  # found by its name, however it was written: not a rename
        if (area is not None and area.id in self.written) or (
            area is None and fold(name) in self.written_names
        ):
            raise InvalidInput(
                msg("“{name}” có hai lần trong danh sách: mỗi khu dân cư một dòng.", name=name)
            )
        self.written_names.add(fold(name))
        if area is not None:
            self.written_names.add(area.search_key)
        other = self.find(name)
        if other is not None and area is not None and other.id != area.id:
            raise InvalidInput(self._taken(other))
        if area is None:
            if entry.ended:
                return []
            until = self.until
            self._check_open(self.year, until, self._adding(name))
            area = self._add(name, entry.kind, until)
            self.written.add(area.id)
            self._assess(area, entry.status, note)
            words = [
                str(
                    msg(
                        "Thêm “{name}” ({kind}): {status}",
                        kind=entry.kind.label,
                        name=name,
                        status=entry.status.label,
                    )
                )
            ]
            return words + self._only_until(area, until)
        self.written.add(area.id)
        changes: list[str] = []
        if not self.listed(area):
            if entry.ended:
                return []  # not in this year's list: nothing to end
            changes.append(self._bring_back(area))
        if entry.ended:
            return [self._end(area)]
        changes.extend(self._update(area, name, entry.kind))
        changes.extend(self._assess(area, entry.status, note))
        return changes

    # -- checks ---------------------------------------------------------------------------------

    def _check_open(self, first: int | None, last: int | None, why: str) -> None:
        """Refuse a change that would show in a locked year of [first, last] (None: open)."""
        for year in self.locks:
            if (first is None or year >= first) and (last is None or year <= last):
                raise PeriodLockedError(msg("Năm {locked} đã khóa sổ: {why}", locked=year, why=why))

    def _adding(self, name: str) -> str:
        return str(
            msg(
                "thêm “{name}” ở năm {year} thì danh sách các năm sau cũng có nó.",
                name=name,
                year=self.year,
            )
        )

    def _taken(self, other: ResidentialArea) -> str:
        unit = full_name(self.unit)
        if other.last_year is not None and other.last_year < self.year:
            return msg(
                "“{name}” là tên một khu dân cư của {unit} đã ghi không còn từ năm {since}: "
                "hãy đặt tên khác (tên khu dân cư không trùng nhau, kể cả tên đã thôi dùng).",
                name=other.name,
                unit=unit,
                since=other.last_year + 1,
            )
        if other.first_year is not None and other.first_year > self.year:
            return msg(
                "“{name}” là tên một khu dân cư của {unit} có trong danh sách từ năm {since}: "
                "hãy đặt tên khác.",
                name=other.name,
                unit=unit,
                since=other.first_year,
            )
        return msg("{unit} đã có khu dân cư “{name}”.", unit=unit, name=other.name)

    def _gap_problem(self, area: ResidentialArea, years: range) -> str | None:
        """Why the area cannot be listed again over `years` (between its span and this year):
        a locked year, or a year whose list was already recorded without it."""
        for year in years:
            if year in self.locks:
                return str(msg("năm {year} đã khóa sổ", year=year))
        if not years:
            return None
        recorded = self.session.scalars(
            select(ResidentialAreaStatus.year)
            .join(ResidentialArea, ResidentialArea.id == ResidentialAreaStatus.area_id)
            .where(
                ResidentialArea.unit_id == self.unit.id,
                ResidentialAreaStatus.year.in_(list(years)),
            )
            .order_by(ResidentialAreaStatus.year)
        ).first()
        if recorded is not None:
            return str(msg("danh sách năm {year} đã ghi mà không có nó", year=recorded))
        return None

    # -- writes ---------------------------------------------------------------------------------

    def _only_until(self, area: ResidentialArea, until: int | None) -> list[str]:
        if until is None:
            return []
        return [
            str(
                msg(
                    "“{name}” được ghi đến hết năm {until}: danh sách năm {later} đã ghi không có "
                    "nó (nếu vẫn còn, hãy thêm vào danh sách năm {later}).",
                    name=area.name,
                    until=until,
                    later=until + 1,
                )
            )
        ]

    def _add(self, name: str, kind: AreaKind, until: int | None) -> ResidentialArea:
        area = ResidentialArea(
            uid=str(uuid.uuid4()), unit_id=self.unit.id, name=name, kind=kind.value,
            search_key=fold(name), sort_key=sort_key(name), first_year=self.year,
            last_year=until,
            entered_by=audit.current_operator(self.session), entered_at=utc_now(),
        )  # fmt: skip
        self.session.add(area)
        self.session.flush()
        self.by_key[area.search_key], self.by_id[area.id] = area, area
        self._record(
            "create",
            area,
            None,
            {"name": name, "kind": kind.value, "year": self.year, "last_year": until},
        )
        return area

    def _bring_back(self, area: ResidentialArea) -> str:
        """An area named again in a year outside its span: listed again when the years between
        are free (ended by mistake, or this year's list entered before an earlier year's)."""
        old = {"first_year": area.first_year, "last_year": area.last_year}
        if area.last_year is not None and area.last_year < self.year:
            since = area.last_year + 1
            problem = self._gap_problem(area, range(since, self.year))
            if problem is not None:
                raise InvalidInput(
                    msg(
                        "“{name}” đã ghi là không còn từ năm {since} ({problem}): nếu là khu dân "
                        "cư khác cùng tên, hãy ghi tên phân biệt; nếu ghi nhầm, hãy thêm lại "
                        "“{name}” ở danh sách năm {since}.",
                        name=area.name,
                        since=since,
                        problem=problem,
                    )
                )
            until = self.until
            self._check_open(self.year + 1, until, self._adding(area.name))
            area.last_year = until
            words = msg(
                "Khôi phục “{name}” (đã ghi không còn từ năm {since})", name=area.name, since=since
            )
            if until is not None:
                words = msg("{words}; {limit}", words=words, limit=self._only_until(area, until)[0])
        else:
            assert area.first_year is not None  # not listed, not ended: it begins later
            since = area.first_year
            problem = self._gap_problem(area, range(self.year + 1, since))
            if problem is not None:
                raise InvalidInput(
                    msg(
                        "“{name}” có trong danh sách từ năm {since} ({problem}): nếu là khu dân "
                        "cư khác cùng tên, hãy ghi tên phân biệt.",
                        name=area.name,
                        since=since,
                        problem=problem,
                    )
                )
            area.first_year = self.year
            words = msg(
                "“{name}” có từ năm {year} (trước ghi từ năm {since})",
                name=area.name,
                year=self.year,
                since=since,
            )
        self._record(
            "update",
            area,
            old,
            {"first_year": area.first_year, "last_year": area.last_year},
        )
        return str(words)

    def _end(self, area: ResidentialArea) -> str:
        """The area no longer exists from this year: its later years must not hold results or be
        locked; added this year by mistake (nothing else refers to it), it goes."""
        later = self.session.scalars(
            select(ResidentialAreaStatus.year)
            .where(ResidentialAreaStatus.area_id == area.id, ResidentialAreaStatus.year > self.year)
            .order_by(ResidentialAreaStatus.year)
        ).first()
        if later is not None:
            raise InvalidInput(
                msg(
                    "“{name}” đã có kết quả năm {later}: muốn ghi không còn từ năm {year}, hãy "
                    "xóa kết quả năm {later} trước (đặt về chưa đánh giá, không ghi chú).",
                    name=area.name,
                    later=later,
                    year=self.year,
                )
            )
        self._check_open(
            self.year + 1,
            area.last_year,
            msg(
                "ghi “{name}” không còn từ năm {year} thì danh sách năm ấy cũng mất nó.",
                name=area.name,
                year=self.year,
            ),
        )
        old = {"name": area.name, "kind": area.kind, "last_year": area.last_year}
        stored = self.result_of(area)
        if stored is not None:
            self._record(
                "delete",
                area,
                {"year": self.year, "antt_result": stored.antt_result, "note": stored.note or ""},
                None,
            )
            self.session.delete(stored)
            self.session.flush()  # before the area's row: the unit of work does not order them
        if area.first_year == self.year:
            self.session.delete(area)
            self.session.flush()
            del self.by_key[area.search_key], self.by_id[area.id]
            self._record("delete", area, old, None)
            return str(msg("Bỏ “{name}” khỏi danh sách", name=area.name))
        area.last_year = self.year - 1
        self.session.flush()
        self._record("update", area, old, {**old, "last_year": area.last_year})
        return str(msg("“{name}” không còn từ năm {year}", name=area.name, year=self.year))

    def _update(self, area: ResidentialArea, name: str, kind: AreaKind) -> list[str]:
        old_name, old_kind = area.name, area.kind
        if (old_name, old_kind) == (name, kind.value):
            return []
        self._check_open(
            area.first_year,
            area.last_year,
            msg(
                "“{name}” có trong danh sách năm ấy nên không đổi tên, loại được. Nếu khu dân cư "
                "đổi từ năm {year}, hãy ghi “{name}” không còn và thêm khu dân cư mới.",
                name=old_name,
                year=self.year,
            ),
        )
        if name != old_name:
            del self.by_key[area.search_key]
            area.search_key, area.sort_key = fold(name), sort_key(name)
            self.by_key[area.search_key] = area
        area.name, area.kind = name, kind.value
        self._record(
            "update",
            area,
            {"name": old_name, "kind": old_kind},
            {"name": name, "kind": kind.value},
        )
        words = []
        if old_name != name:
            words.append(str(msg("Đổi tên “{old}” thành “{new}”", old=old_name, new=name)))
        if old_kind != kind.value:
            words.append(
                str(
                    msg(
                        "{name}: {old} → {new}",
                        name=name,
                        old=AreaKind(old_kind).label,
                        new=kind.label,
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
        elif (status, note) == (Assessment.PENDING, ""):
            self.session.delete(stored)  # back to nothing recorded
            self.session.flush()
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

    def sync_share(self) -> ShareChange | None:
        """After a change, the commune's recorded share becomes the areas' share (audited as the
        editor's save; emptied when the list that gave it is emptied); None when unchanged."""
        if not self.changed:
            return None
        share = self.share()
        current = _current_entry(self.session, self.unit, self.year)
        old = clean(current.recognised_share)
        if share is None:
            if not (self.had_areas and old):
                return None  # a share typed without a list stays
            new = ""
        elif old and Decimal(old) == share:
            return None
        else:
            new = format(share, "f")
        warnings, _ = _apply(
            self.session,
            self.unit,
            self.year,
            dataclasses.replace(current, recognised_share=new),
        )
        words = msg(
            "Tỷ lệ khu dân cư đạt an toàn về ANTT: {old} → {new}",
            old=format_number(Decimal(old), 2) + "%" if old else "—",
            new=format_number(share, 2) + "%" if share is not None else "—",
        )
        return ShareChange(str(words), share, tuple(str(w) for w in warnings))


@dataclass(frozen=True, slots=True)
class ShareChange:
    """The commune's recorded share after its list changed, in words, with the record's
    warnings (a result "đạt" under 70%)."""

    words: str
    share: Decimal | None
    warnings: tuple[str, ...]
