"""A year in which a unit's structure changed (2025: districts abolished on 01/07/2025, communes
merged): what was there before, what came after, and which of the year's records belong to the
units that ended, so a year report can say it and never count them twice (DESIGN §2).

The year's figures are those of the units of its last day; records entered that year on units
that ended during it are counted here, by kind, and left out of the totals.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from thidua_desktop.domain.units import Level, UnitKind
from thidua_desktop.services.core.scope import subtree_ids, unit_by_code
from thidua_desktop.services.core.succession import predecessor_ids
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, Result
from thidua_desktop.store.models.rural import RuralCriterionStatus, RuralRecognition
from thidua_desktop.store.models.security import SecurityStatus


@dataclass(frozen=True, slots=True)
class YearTransition:
    """How the unit's communes changed during `year`."""

    year: int
    changed_on: dt.date  # the first day of the new structure (01/07/2025)
    communes_after: int  # commune-level units on the year's last day (the unit itself: 1)
    kinds_after: tuple[UnitKind, ...]  # their kinds, each once (xã, phường, đặc khu)
    communes_before: int  # commune-level units that ended in the year and formed them
    districts_before: int  # district-level units of the unit that ended in the year
    origins: tuple[tuple[str, int], ...]  # ("Tỉnh Sóc Trăng", 109): where they were
    predecessor_names: tuple[str, ...]  # for a commune: the units it was formed from
    # records of the year on the units that ended: ("kết quả chỉ tiêu", 12), …
    records_before: tuple[tuple[str, int], ...]

    @property
    def records_before_total(self) -> int:
        return sum(count for _, count in self.records_before)


def year_transition(db: Database, unit_code: str, year: int) -> YearTransition | None:
    """The change of `unit_code`'s structure during `year`, None when nothing changed."""
    with db.reading() as session:
        unit = unit_by_code(session, unit_code, year=year)
        return transition_in(session, unit, year)


def _in_year(day: dt.date | None, year: int) -> bool:
    return day is not None and day.year == year


def transition_in(session: Session, unit: AdminUnit, year: int) -> YearTransition | None:
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    ids = subtree_ids(session, unit.id)
    rows = session.execute(
        select(
            AdminUnit.id,
            AdminUnit.level,
            AdminUnit.valid_from,
            AdminUnit.valid_to,
            AdminUnit.parent_id,
        ).where(AdminUnit.id.in_(sorted(ids)))
    ).all()
    after = [
        r.id
        for r in rows
        if r.level == Level.COMMUNE
        and (r.valid_from is None or r.valid_from <= last)
        and (r.valid_to is None or r.valid_to >= last)
    ]
    if unit.level >= Level.COMMUNE:
        after = [unit.id]
    kinds = set(session.scalars(select(AdminUnit.kind).where(AdminUnit.id.in_(after)).distinct()))
    order = (UnitKind.COMMUNE, UnitKind.WARD, UnitKind.SPECIAL_ZONE)
    kinds_after = tuple(k for k in order if k.value in kinds) + tuple(
        k for k in UnitKind if k.value in kinds and k not in order
    )
    after_ids = set(after)
    new = [r for r in rows if r.id in after_ids and r.valid_from and first < r.valid_from]
    if not new:
        return None
    changed_on = min(r.valid_from for r in new if r.valid_from is not None)
    chains = predecessor_ids(session, after)
    ended: set[int] = {r.id for r in rows if _in_year(r.valid_to, year)}
    ended |= {old for links in chains.values() for old, _ in links}
    info = {
        r.id: r
        for r in session.execute(
            select(
                AdminUnit.id,
                AdminUnit.level,
                AdminUnit.valid_to,
                AdminUnit.parent_id,
                AdminUnit.name,
                AdminUnit.kind,
            ).where(AdminUnit.id.in_(sorted(ended)))
        ).all()
    }
    ended = {uid for uid, r in info.items() if _in_year(r.valid_to, year)}
    communes = {uid for uid in ended if info[uid].level == Level.COMMUNE}
    # the districts those communes were in (of every province merged), and the unit's own
    parents = {uid: info[uid].parent_id for uid in communes}
    districts = {uid for uid in ended if info[uid].level == Level.DISTRICT}
    districts |= set(
        session.scalars(
            select(AdminUnit.id).where(
                AdminUnit.id.in_(sorted({p for p in parents.values() if p is not None})),
                AdminUnit.level == Level.DISTRICT,
                AdminUnit.valid_to >= first,
                AdminUnit.valid_to <= last,
            )
        )
    )
    origins = _origins(session, communes)
    names: tuple[str, ...] = ()
    if unit.level >= Level.COMMUNE:
        names = tuple(
            UnitKind(info[uid].kind).full_name(info[uid].name)
            for uid, _ in chains[unit.id]
            if uid in communes
        )
    return YearTransition(
        year=year,
        changed_on=changed_on,
        communes_after=len(after),
        kinds_after=kinds_after,
        communes_before=len(communes),
        districts_before=len(districts),
        origins=origins,
        predecessor_names=names,
        records_before=_records(session, ended, year),
    )


def _origins(session: Session, communes: set[int]) -> tuple[tuple[str, int], ...]:
    """The provinces the communes were in ("Thành phố Cần Thơ": 80, "Tỉnh Sóc Trăng": 109)."""
    # Up from the communes, one level per query (commune → district → province at most).
    parents: dict[int, int | None] = {}
    frontier = set(communes)
    while frontier:
        rows = session.execute(
            select(AdminUnit.id, AdminUnit.parent_id).where(AdminUnit.id.in_(sorted(frontier)))
        ).all()
        parents.update(rows)
        frontier = {p for _, p in rows if p is not None and p not in parents}
    provinces = {
        uid: UnitKind(kind).full_name(name)
        for uid, kind, name in session.execute(
            select(AdminUnit.id, AdminUnit.kind, AdminUnit.name).where(
                AdminUnit.id.in_(sorted(parents)), AdminUnit.level == Level.PROVINCE
            )
        )
    }
    counts: dict[str, int] = {}
    for uid in communes:
        node: int | None = uid
        while node is not None and node not in provinces:
            node = parents.get(node)
        name = provinces.get(node, "") if node is not None else ""
        counts[name] = counts.get(name, 0) + 1
    return tuple(sorted(counts.items(), key=lambda item: -item[1]))


def _records(session: Session, ended: set[int], year: int) -> tuple[tuple[str, int], ...]:
    if not ended:
        return ()
    wanted = sorted(ended)
    counts: list[tuple[str, int | None]] = [
        (
            what,
            session.scalar(
                select(func.count())
                .select_from(model)
                .where(model.year == year, model.unit_id.in_(wanted))
            ),
        )
        for what, model in (
            ("kết quả chỉ tiêu", Result),
            ("bản ghi “3 không”, ANTT", SecurityStatus),
            ("công nhận nông thôn mới", RuralRecognition),
        )
    ]
    counts.append(
        (
            "xã có đánh giá tiêu chí nông thôn mới",
            session.scalar(
                select(func.count(func.distinct(RuralCriterionStatus.unit_id))).where(
                    RuralCriterionStatus.year == year, RuralCriterionStatus.unit_id.in_(wanted)
                )
            ),
        )
    )
    return tuple((what, int(count or 0)) for what, count in counts if count)
