"""Unit versions through time: resolving a code on a date, the succession of units (old version
→ new version, whole or partial, with its legal basis), and a unit's predecessors and successors.

A code is not an identity across 01/07/2025: new units reuse the code of one predecessor (phường
Ninh Kiều = 31135, the old code of phường Tân An). Every lookup here takes a date.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, insert, select
from sqlalchemy.orm import Session, aliased

from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.text import clean
from thidua_desktop.domain.units import UnitKind
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.datasets import remember_dataset
from thidua_desktop.services.core.progress import NullProgress, Progress, checkpoint
from thidua_desktop.services.core.units import UnknownUnitError, valid_on
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, RefDataset, UnitSuccession
from thidua_desktop.store.seed.units import SuccessionDataset

ONE_DAY = dt.timedelta(days=1)
PART_LABELS = {"whole": "toàn bộ", "partial": "một phần"}
CHECK_LABELS = {
    "nq-text": "đã đối chiếu với nghị quyết",
    "corrected": "đã sửa theo nghị quyết",
    "ambiguous-name": "tên trùng nhiều đơn vị, mã theo bảng chuyển đổi",
    "mapping-only": "chưa đối chiếu được với nghị quyết",
    "nq60-list": "theo danh sách của Nghị quyết 202/2025/QH15",
}


# The earliest day the bundled unit lists describe (Cần Thơ's list is the same in every
# snapshot from 03/2020); a day before it, or after today, is refused rather than answered
# with a list that was never true.
FIRST_DAY = dt.date(2020, 1, 1)


def day_within_data(day: dt.date | None, year: int | None) -> dt.date:
    """The day a unit question is about: `day`, or the last day of `year` (today for the
    current year), or today; refused before the data or in the future."""
    today = dt.date.today()
    if year is not None:
        day = today if year == today.year else dt.date(year, 12, 31)
    day = day or today
    if day < FIRST_DAY:
        raise InvalidInput(
            f"Ngày {format_date(day)} trước dữ liệu: danh mục đơn vị hành chính của ứng dụng "
            f"bắt đầu từ {format_date(FIRST_DAY)}."
        )
    if day > today:
        raise InvalidInput(
            f"Ngày {format_date(day)} ở tương lai: danh mục chỉ biết các đơn vị đến hôm nay "
            f"({format_date(today)})."
        )
    return day


def span_text(start: dt.date | None, end: dt.date | None) -> str:
    """ "đến 30/06/2025", "từ 01/07/2025", "từ … đến …", or "không thời hạn"."""
    if start is None and end is None:
        return "không thời hạn"
    if start is None:
        assert end is not None
        return f"đến {format_date(end)}"
    if end is None:
        return f"từ {format_date(start)}"
    return f"từ {format_date(start)} đến {format_date(end)}"


# -- resolving a code on a date -------------------------------------------------------------------


_UNIT_ON = (
    select(AdminUnit)
    .where(AdminUnit.code == bindparam("code"), *valid_on(bindparam("day")))
    .order_by(AdminUnit.id)
)


def unit_on(session: Session, code: str, day: dt.date) -> AdminUnit:
    """The unit version that has this code on `day`; an unknown code, or one that belonged to
    another unit or to no unit that day, is refused with what the code was and when."""
    wanted = clean(code)
    unit = session.scalars(_UNIT_ON, {"code": wanted, "day": day}).first()
    if unit is not None:
        return unit
    raise UnknownUnitError(not_on_message(session, wanted, day))


def check_code_on(db: Database, code: str, day: dt.date) -> None:
    """Refuse a code no unit has on `day`, saying which units had it and when."""
    with db.reading() as session:
        unit_on(session, code, day)


def not_on_message(session: Session, code: str, day: dt.date, when: str | None = None) -> str:
    """Why no unit has `code` on `day` (`when`: how to say the day, e.g. "Năm 2026"): which
    units had it, and when ("31135 đến 30/06/2025 là Phường Tân An; …")."""
    versions = list(
        session.scalars(
            select(AdminUnit)
            .where(AdminUnit.code == code)
            .order_by(AdminUnit.valid_from.asc().nulls_first(), AdminUnit.id)
        )
    )
    if not versions:
        return f'Không có đơn vị hành chính nào mã "{code}".'
    spans = "; ".join(f"{span_text(v.valid_from, v.valid_to)} là {full_name(v)}" for v in versions)
    when = when or f"Ngày {format_date(day)}"
    return f"{when} không có đơn vị hành chính nào mã {code}: {code} {spans}."


def full_name(unit: AdminUnit) -> str:
    return UnitKind(unit.kind).full_name(unit.name)


def latest_version(session: Session, code: str) -> AdminUnit:
    """The last unit that had this code (a former district kept for its history)."""
    wanted = clean(code)
    unit = session.scalars(
        select(AdminUnit)
        .where(AdminUnit.code == wanted)
        .order_by(AdminUnit.valid_to.desc().nulls_first(), AdminUnit.id.desc())
    ).first()
    if unit is None:
        raise UnknownUnitError(f'Không có đơn vị hành chính nào mã "{wanted}".')
    return unit


# -- history --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LinkRow:
    """A predecessor or successor of a unit version."""

    unit_id: int
    unit_code: str
    unit_name: str
    unit_kind: str
    kind_label: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    part: str
    part_label: str
    effective_date: dt.date
    legal_basis: str | None
    clause: str | None
    checked: str | None

    @property
    def verified(self) -> bool:
        return self.checked != "mapping-only"

    @property
    def check_label(self) -> str:
        return CHECK_LABELS.get(self.checked or "", self.checked or "")


@dataclass(frozen=True, slots=True)
class UnitHistory:
    unit_id: int
    unit_code: str
    unit_name: str
    unit_kind: str
    kind_label: str
    parent_name: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    predecessors: tuple[LinkRow, ...]
    successors: tuple[LinkRow, ...]


def unit_history(db: Database, code: str, *, day: dt.date | None = None) -> UnitHistory:
    """`units history CODE [--date D]`: the version with that code on D (default today) and its
    predecessors and successors, each with its part and legal basis."""
    with db.reading() as session:
        unit = unit_on(session, code, day or dt.date.today())
        return history_of(session, unit)


def history_by_id(db: Database, unit_id: int) -> UnitHistory:
    """The history of one unit version (the unit page's detail panel)."""
    with db.reading() as session:
        unit = session.get(AdminUnit, unit_id)
        if unit is None:
            raise UnknownUnitError("Không tìm thấy đơn vị này.")
        return history_of(session, unit)


def history_of(session: Session, unit: AdminUnit) -> UnitHistory:
    parent = session.get(AdminUnit, unit.parent_id) if unit.parent_id is not None else None
    return UnitHistory(
        unit_id=unit.id,
        unit_code=unit.code,
        unit_name=full_name(unit),
        unit_kind=unit.kind,
        kind_label=UnitKind(unit.kind).label,
        parent_name=full_name(parent) if parent is not None else None,
        valid_from=unit.valid_from,
        valid_to=unit.valid_to,
        predecessors=tuple(_links(session, unit.id, backwards=True)),
        successors=tuple(_links(session, unit.id, backwards=False)),
    )


def _link_query(backwards: bool) -> Any:  # a Select of the link columns
    other = aliased(AdminUnit, name="other")
    mine, theirs = (
        (UnitSuccession.new_id, UnitSuccession.old_id)
        if backwards
        else (UnitSuccession.old_id, UnitSuccession.new_id)
    )
    return (
        select(
            other.id,
            other.code,
            other.name,
            other.kind,
            other.valid_from,
            other.valid_to,
            UnitSuccession.part,
            UnitSuccession.effective_date,
            UnitSuccession.legal_basis,
            UnitSuccession.clause,
            UnitSuccession.checked,
        )
        .join(other, other.id == theirs)
        .where(mine == bindparam("unit_id"))
        .order_by(other.sort_key, other.id)
    )


# Built once: `units history` over a whole succession file asks these ten thousand times.
_PREDECESSORS, _SUCCESSORS = _link_query(True), _link_query(False)


def _links(session: Session, unit_id: int, *, backwards: bool) -> list[LinkRow]:
    query = _PREDECESSORS if backwards else _SUCCESSORS
    rows = session.execute(query, {"unit_id": unit_id}).all()
    return [
        LinkRow(
            unit_id=uid,
            unit_code=code,
            unit_name=UnitKind(kind).full_name(name),
            unit_kind=kind,
            kind_label=UnitKind(kind).label,
            valid_from=start,
            valid_to=end,
            part=part,
            part_label=PART_LABELS[part],
            effective_date=effective,
            legal_basis=basis,
            clause=clause,
            checked=checked,
        )
        for uid, code, name, kind, start, end, part, effective, basis, clause, checked in rows
    ]


def predecessor_ids(session: Session, unit_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    """For each unit, its predecessors (transitively: a 2026 unit's 2024 ones too) with the
    part each came in (`partial` if any step on the way was partial)."""
    found: dict[int, list[tuple[int, str]]] = {}
    for unit_id in unit_ids:
        seen: dict[int, str] = {}
        frontier = [(unit_id, "whole")]
        while frontier:
            rows = session.execute(
                select(UnitSuccession.new_id, UnitSuccession.old_id, UnitSuccession.part).where(
                    UnitSuccession.new_id.in_([u for u, _ in frontier])
                )
            ).all()
            parts = dict(frontier)
            frontier = []
            for new_id, old_id, part in rows:
                combined = "partial" if "partial" in (part, parts[new_id]) else "whole"
                if old_id not in seen and old_id != unit_id:
                    seen[old_id] = combined
                    frontier.append((old_id, combined))
        found[unit_id] = list(seen.items())
    return found


# -- loading a succession file --------------------------------------------------------------------


@dataclass(frozen=True)
class SuccessionLoad:
    rows: int  # rows written
    skipped: int  # rows whose old units this database does not hold (a partial unit list)


def load_succession(
    session: Session, dataset: SuccessionDataset, *, digest: str, progress: Progress | None = None
) -> SuccessionLoad:
    """Bring a succession file into the database, resolving each code on its date: the old
    unit on the day before the change, the new one on the day of it. Rows whose old unit this
    database does not hold (only some provinces loaded) are skipped; a row naming a new unit
    that does not exist, a new unit left without predecessor, or an old one left without
    successor refuses the whole file with the row. Idempotent: the rows are replaced."""
    progress = progress or NullProgress()
    checkpoint(progress, 0, 1, "Đang nạp bảng kế thừa đơn vị hành chính…")
    versions: dict[str, list[tuple[dt.date | None, dt.date | None, int, int]]] = defaultdict(list)
    for unit_id, code, start, end, level in session.execute(
        select(
            AdminUnit.id, AdminUnit.code, AdminUnit.valid_from, AdminUnit.valid_to, AdminUnit.level
        )
    ):
        versions[code].append((start, end, unit_id, level))

    def on(code: str, day: dt.date) -> tuple[int, int] | None:
        for start, end, unit_id, level in versions.get(code, ()):
            if (start is None or start <= day) and (end is None or day <= end):
                return unit_id, level
        return None

    where = dataset.file_name
    values: list[dict[str, object]] = []
    skipped = 0
    has_predecessor: set[int] = set()
    has_successor: set[int] = set()
    seen: set[tuple[int, int]] = set()
    for row in dataset.rows:
        new = on(row.new_code, row.effective_date)
        if new is None:
            raise InvalidInput(
                f"Bảng kế thừa {where}, dòng {row.line}: ngày {format_date(row.effective_date)} "
                f"không có đơn vị mới mã {row.new_code} ({row.new_name})."
            )
        has_predecessor.add(new[0])  # named by the file, even if its old units are not here
        old = on(row.old_code, row.effective_date - ONE_DAY)
        if old is None:
            skipped += 1
            continue
        has_successor.add(old[0])
        if old[0] == new[0] or (old[0], new[0]) in seen:
            continue  # a province that kept its code, name and kind: the same version goes on
        seen.add((old[0], new[0]))
        values.append(
            {
                "old_id": old[0],
                "new_id": new[0],
                "part": row.part,
                "effective_date": row.effective_date,
                "legal_basis": row.legal_basis,
                "clause": row.clause,
                "checked": row.checked,
                "source": dataset.name,
            }
        )
    _check_complete(session, dataset, versions, has_predecessor, has_successor)
    session.execute(delete(UnitSuccession).where(UnitSuccession.source == dataset.name))
    if values:
        session.connection().execute(insert(UnitSuccession), values)
    loaded = session.get(RefDataset, dataset.name)
    remember_dataset(session, loaded, name=dataset.name, version=dataset.version, sha256=digest)
    audit.record(
        session,
        action="reference_load",
        entity="ref_dataset",
        key=dataset.name,
        new={"version": dataset.version, "rows": len(values), "skipped": skipped},
    )
    checkpoint(progress, 1, 1, "Đã nạp bảng kế thừa đơn vị hành chính.")
    return SuccessionLoad(len(values), skipped)


def _check_complete(
    session: Session,
    dataset: SuccessionDataset,
    versions: dict[str, list[tuple[dt.date | None, dt.date | None, int, int]]],
    has_predecessor: set[int],
    has_successor: set[int],
) -> None:
    """Every unit that starts on a change date has a predecessor, every commune-level unit that
    ends the day before has a successor (within the provinces this database holds)."""
    days = {row.effective_date for row in dataset.rows}
    for day in sorted(days):
        starting = [
            (code, unit_id)
            for code, items in versions.items()
            for start, _end, unit_id, _level in items
            if start == day
        ]
        for code, unit_id in sorted(starting):
            if unit_id not in has_predecessor:
                raise InvalidInput(
                    f"Bảng kế thừa {dataset.file_name}: đơn vị mã {code} bắt đầu từ "
                    f"{format_date(day)} nhưng không có đơn vị tiền thân nào."
                )
        ending = [
            (code, unit_id)
            for code, items in versions.items()
            for _start, end, unit_id, level in items
            if end == day - ONE_DAY and level == 3
        ]
        for code, unit_id in sorted(ending):
            if unit_id not in has_successor:
                raise InvalidInput(
                    f"Bảng kế thừa {dataset.file_name}: đơn vị cấp xã mã {code} kết thúc ngày "
                    f"{format_date(day - ONE_DAY)} nhưng không có đơn vị kế thừa nào."
                )
