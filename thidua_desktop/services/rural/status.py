"""Reading nông thôn mới: each xã's level and x/19, what is missing, plan against achievement.

A view runs a fixed number of queries whatever the number of communes (units, sets, statuses,
recognitions, plans, targets), then assembles plain rows in Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.evaluation import Comparator, Status, Target, evaluate
from thidua_desktop.domain.rural import REVOCATION_BAND_PERCENT as BAND
from thidua_desktop.domain.rural import (
    CriterionResult,
    Level,
    Recognition,
    level_at_end_of,
    newly_recognised,
    revocation_warning,
)
from thidua_desktop.domain.units import Level as UnitLevel
from thidua_desktop.domain.units import UnitKind
from thidua_desktop.services.core.scope import NoProfileError, office_unit, unit_by_code
from thidua_desktop.services.rural.data import (
    CriteriaSetDef,
    ScopeTree,
    TreeUnit,
    load_met,
    load_plans,
    load_recognition_rules,
    load_recognitions,
    load_statuses,
    sets_for,
)
from thidua_desktop.services.rural.rows import (
    Checklist,
    CommuneRow,
    CriteriaSetRow,
    CriterionState,
    MissingCriterion,
    PlanFigures,
    RecognitionRow,
    RuralOverview,
    RuralSummary,
    SetScore,
)
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, Campaign, Indicator, PeriodLock, Profile
from thidua_desktop.store.models.core import Target as TargetRecord
from thidua_desktop.store.models.rural import RuralCriterionStatus, RuralPlan

NEW_SOURCES = {
    "computed:ntm_new_nang_cao": Level.NANG_CAO,
    "computed:ntm_new_kieu_mau": Level.KIEU_MAU,
}
PLANS_SOURCE = "plans"


# -- the campaign indicators --------------------------------------------------------------------


def new_nang_cao(session: Session, unit_id: int, year: int) -> Decimal | None:
    """`computed:ntm_new_nang_cao`: xã of the unit's scope recognised NTM nâng cao for `year`."""
    return _new_count(session, unit_id, year, Level.NANG_CAO)


def new_kieu_mau(session: Session, unit_id: int, year: int) -> Decimal | None:
    """`computed:ntm_new_kieu_mau`: xã of the unit's scope recognised NTM kiểu mẫu for `year`."""
    return _new_count(session, unit_id, year, Level.KIEU_MAU)


def new_nang_cao_many(
    session: Session, unit_ids: Collection[int], year: int
) -> dict[int, Decimal | None]:
    """`new_nang_cao` of several units at once (a grid's rows), in a fixed number of queries."""
    return _new_counts(session, unit_ids, year, Level.NANG_CAO)


def new_kieu_mau_many(
    session: Session, unit_ids: Collection[int], year: int
) -> dict[int, Decimal | None]:
    """`new_kieu_mau` of several units at once."""
    return _new_counts(session, unit_ids, year, Level.KIEU_MAU)


def _new_counts(
    session: Session, unit_ids: Collection[int], year: int, level: Level
) -> dict[int, Decimal | None]:
    """Each unit's count, as `_new_count` gives it, from one read of the units' subtrees."""
    from thidua_desktop.services.security.data import Tree

    tree = Tree.shared(session, unit_ids)
    day = dt.date(year, 12, 31)
    communes: dict[int, list[int]] = {}
    every: set[int] = set()
    for unit_id in unit_ids:
        communes[unit_id] = (
            [
                u.id
                for u in tree.subtree(unit_id)
                if u.level == UnitLevel.COMMUNE and u.kind == UnitKind.COMMUNE and u.valid_on(day)
            ]
            if unit_id in tree.by_id
            else []
        )
        every.update(communes[unit_id])
    recognitions = load_recognition_rules(session, every)
    # Criteria and plans matter only where no xã has a recognition: often nowhere.
    unrecognised = [ids for ids in communes.values() if not any(i in recognitions for i in ids)]
    with_data = _units_with_data(session, year, {i for ids in unrecognised for i in ids})
    found: dict[int, Decimal | None] = {}
    for unit_id, ids in communes.items():
        if not ids or (
            not any(i in recognitions for i in ids) and not any(i in with_data for i in ids)
        ):
            found[unit_id] = None
            continue
        found[unit_id] = Decimal(
            sum(1 for i in ids if newly_recognised(recognitions.get(i, []), level, year))
        )
    return found


def _units_with_data(session: Session, year: int, units: Collection[int]) -> set[int]:
    """Which of these xã have criteria or a plan recorded in `year`."""
    ids = sorted(units)
    found: set[int] = set()
    for model in (RuralCriterionStatus, RuralPlan):
        for start in range(0, len(ids), 500):
            query = (
                select(model.unit_id)
                .where(model.year == year, model.unit_id.in_(ids[start : start + 500]))
                .distinct()
            )
            found.update(session.scalars(query))
    return found


def _new_count(session: Session, unit_id: int, year: int, level: Level) -> Decimal | None:
    """The count, or None when nothing about nông thôn mới is recorded for the scope's xã (no
    recognition ever, no criteria or plan that year): 0 is a real value once there is data."""
    return _new_counts(session, [unit_id], year, level)[unit_id]


# -- the overview -------------------------------------------------------------------------------


def rural_overview(
    db: Database, *, year: int, unit_code: str | None = None, criteria: bool = True
) -> RuralOverview:
    """Each xã of the scope (this office, or `unit_code`) for `year`, with summaries per
    district and for the scope: levels, criteria met, plans against achievement.

    `criteria=False` leaves the criteria out (the rows' scores, what is missing, the warnings
    and the `recorded` counts stay empty): levels and plans only, as the dashboard shows them,
    without reading a province's ten thousand criterion rows."""
    with db.reading() as session:
        return _overview(session, year, unit_code, criteria=criteria)


def _scope(
    session: Session, unit_code: str | None, year: int
) -> tuple[AdminUnit, AdminUnit | None]:
    office: AdminUnit | None
    try:
        office = office_unit(session)
    except NoProfileError:
        office = None
    if unit_code:
        return unit_by_code(session, unit_code, year=year), office
    if office is None:
        raise NoProfileError(
            "Chưa chọn cơ quan sử dụng cho bản cài đặt này: hãy chạy "
            "`thidua-desktop init --office MÃ`, hoặc chỉ rõ đơn vị bằng --unit."
        )
    return office, office


def _overview(
    session: Session, year: int, unit_code: str | None, *, criteria: bool = True
) -> RuralOverview:
    scope, office = _scope(session, unit_code, year)
    tree = ScopeTree(session, scope.id)
    root = tree.by_id[scope.id]
    sets = sets_for(session, year)
    units = {u.id: u for u in tree.communes(year)}
    statuses = load_met(session, year, units) if criteria else {}
    recognitions = load_recognitions(session, units)
    plans = load_plans(session, year, units)
    # Editable here: the xã below this office (the scope may be wider or narrower than it).
    writable = {u for u in units if office is not None and office.id in tree.ancestors(u)}
    locked = session.get(PeriodLock, year) is not None
    reason = ""
    if locked:
        reason = f"Năm {year} đã khóa sổ: chỉ xem, không sửa được."
    elif office is None:
        reason = "Chưa chọn cơ quan sử dụng: chỉ xem, không sửa được."
    targets = _targets(session, year)
    profile = session.get(Profile, 1)

    rows: list[CommuneRow] = []
    placed = [(tree.group_of(unit, root), unit) for unit in units.values()]
    groups: dict[int, tuple[TreeUnit, list[CommuneRow]]] = {}
    for group, unit in sorted(placed, key=lambda gu: (gu[0].sort_key, gu[1].sort_key)):
        district = tree.district_of(unit) or group
        row = commune_row(
            unit,
            district,
            year,
            sets,
            statuses.get(unit.id, {}),
            recognitions.get(unit.id, []),
            plans.get(unit.id),
            editable=not locked and unit.id in writable,
        )
        rows.append(row)
        groups.setdefault(group.id, (group, []))[1].append(row)
    districts = tuple(
        _summary(group, members, targets.get(group.id, {}))
        for group, members in sorted(groups.values(), key=lambda gm: gm[0].sort_key)
    )
    total = _summary(root, rows, targets.get(root.id, {}))
    return RuralOverview(
        year=year,
        scope_code=root.code,
        scope_name=root.full_name,
        sets=tuple(s.row for s in sets.values()),
        communes=tuple(rows),
        districts=districts,
        total=total,
        has_data=bool(recognitions or statuses or plans),
        read_only_reason=reason,
        demo=bool(profile is not None and profile.demo),
    )


def commune_row(
    unit: TreeUnit,
    district: TreeUnit,
    year: int,
    sets: dict[Level, CriteriaSetDef],
    statuses: dict[int, bool],
    recognitions: list[tuple[Recognition, RecognitionRow]],
    plan: tuple[Level, str] | None,
    *,
    editable: bool,
) -> CommuneRow:
    rules = [rule for rule, _ in recognitions]
    level = level_at_end_of(rules, year)
    scores = []
    warnings = []
    for code, set_def in sets.items():
        met: list[str] = []
        not_met: list[str] = []
        for criterion_code, criterion_id in set_def.ids.items():  # in the set's order
            state = statuses.get(criterion_id)
            if state is not None:
                (met if state else not_met).append(criterion_code)
        total = set_def.row.total
        scores.append(SetScore(code, total, tuple(met), tuple(not_met)))
        # The rule of QĐ 18/2022 for NTM, and the same test for nâng cao with its own list;
        # below 30% not met it cannot warn, which spares most communes the detailed test.
        holds = level is not None and level.rank >= code.rank
        if holds and code is not Level.KIEU_MAU and len(not_met) * 100 >= BAND * total:
            results = [
                CriterionResult(c.code, c.name, statuses.get(set_def.ids[c.code]), c.revocation_key)
                for c in set_def.row.criteria
            ]
            warning = revocation_warning(results, total=total, level=code, who=unit.full_name)
            if warning:
                warnings.append(f"Năm {year}: {warning}")
    next_level = Level.next_after(level)
    missing: tuple[MissingCriterion, ...] = ()
    if next_level is not None and next_level in sets:
        set_def = sets[next_level]
        missing = tuple(
            MissingCriterion(next_level, c.code, c.name, state is not None)
            for c in set_def.row.criteria
            if not (state := statuses.get(set_def.ids[c.code]))
        )
    return CommuneRow(
        unit_id=unit.id,
        unit_code=unit.code,
        unit_name=unit.full_name,
        sort_key=unit.sort_key,
        district_code=district.code,
        district_name=district.full_name,
        district_sort_key=district.sort_key,
        year=year,
        level=level,
        scores=tuple(scores),
        next_level=next_level,
        missing=missing,
        plan=plan[0] if plan else None,
        plan_note=plan[1] if plan else "",
        new_levels=tuple(lv for lv in Level if newly_recognised(rules, lv, year)),
        recognitions=tuple(row for _, row in recognitions),
        warnings=tuple(warnings),
        editable=editable,
    )


def _targets(session: Session, year: int) -> dict[int, dict[Level, tuple[Decimal, str]]]:
    """The year's targets of the indicators computed from this module, by unit and level."""
    found: dict[int, dict[Level, tuple[Decimal, str]]] = {}
    query = (
        select(
            TargetRecord.unit_id, TargetRecord.low, Indicator.source, Campaign.code, Indicator.code
        )
        .join(Indicator, Indicator.id == TargetRecord.indicator_id)
        .join(Campaign, Campaign.id == Indicator.campaign_id)
        .where(
            # The indicators first, then their targets (see security._targets).
            TargetRecord.indicator_id.in_(
                list(
                    session.scalars(
                        select(Indicator.id).where(Indicator.source.in_(list(NEW_SOURCES)))
                    )
                )
            ),
            TargetRecord.year == year,
        )
        .order_by(Campaign.start_date, Campaign.code)
    )
    for unit_id, low, source, campaign_code, indicator_code in session.execute(query):
        by_level = found.setdefault(unit_id, {})
        by_level.setdefault(NEW_SOURCES[source], (low, f"{campaign_code}/{indicator_code}"))
    return found


def _summary(
    unit: TreeUnit, rows: list[CommuneRow], targets: dict[Level, tuple[Decimal, str]]
) -> RuralSummary:
    plans = []
    for level in Level:
        planned = [r for r in rows if r.plan is level]
        new = sum(1 for r in rows if level in r.new_levels)
        target: Decimal | None = None
        source: str | None = None
        if level in targets:
            target, source = targets[level]
        elif planned:
            target, source = Decimal(len(planned)), PLANS_SOURCE
        status: Status | None = None
        if target is not None:
            status = evaluate(Decimal(new), Target(Comparator.AT_LEAST, target), 0).status
        plans.append(
            PlanFigures(
                level=level,
                planned=len(planned),
                achieved_planned=sum(1 for r in planned if level in r.new_levels),
                new=new,
                target=target,
                target_source=source,
                status=status,
            )
        )
    return RuralSummary(
        unit_code=unit.code,
        unit_name=unit.full_name,
        sort_key=unit.sort_key,
        communes=len(rows),
        none=sum(1 for r in rows if r.level is None),
        unknown=sum(1 for r in rows if r.unknown),
        ntm=sum(1 for r in rows if r.level is Level.NTM),
        nang_cao=sum(1 for r in rows if r.level is Level.NANG_CAO),
        kieu_mau=sum(1 for r in rows if r.level is Level.KIEU_MAU),
        recorded=sum(1 for r in rows if r.recorded),
        warnings=sum(1 for r in rows if r.warnings),
        plans=tuple(plans),
    )


def criteria_sets(db: Database, *, year: int) -> tuple[CriteriaSetRow, ...]:
    """The criteria sets that apply in `year`, with their criteria."""
    with db.reading() as session:
        return tuple(s.row for s in sets_for(session, year).values())


# -- one commune's checklist --------------------------------------------------------------------


def commune_checklist(db: Database, *, unit_code: str, year: int) -> Checklist:
    """A xã's criteria of every set for the year, with values and evidence (the editor's start)."""
    with db.reading() as session:
        overview = _overview(session, year, unit_code)
        if len(overview.communes) != 1 or overview.communes[0].unit_code != overview.scope_code:
            from thidua_desktop.services.rural.errors import not_a_commune

            raise not_a_commune(unit_by_code(session, unit_code, year=year))
        row = overview.communes[0]
        sets = sets_for(session, year)
        records = load_statuses(session, year, {row.unit_id}).get(row.unit_id, {})
    states = []
    for code, set_def in sets.items():
        found = []
        for criterion in set_def.row.criteria:
            record = records.get(set_def.ids[criterion.code])
            found.append(
                CriterionState(criterion.code, None)
                if record is None
                else CriterionState(
                    criterion.code,
                    record.met,
                    record.value or "",
                    record.evidence_note or "",
                    read_only=record.owner_code is not None,
                )
            )
        states.append((code, tuple(found)))
    return Checklist(
        row=row,
        sets=overview.sets,
        states=tuple(states),
        read_only_reason=overview.read_only_reason,
    )
