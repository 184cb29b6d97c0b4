"""Reading "3 không" and ANTT: per-unit statuses, shares per district and scope against target.

Reads run a fixed number of queries whatever the number of units (units, components, statuses of
the year and the year before, targets), then assemble plain rows in Python.
"""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.evaluation import Comparator, Status, Target, evaluate
from thidua_desktop.domain.security import (
    DEFAULT_TARGET_PERCENT,
    SHARE_DECIMALS,
    Assessment,
    evaluation_window,
    share_percent,
)
from thidua_desktop.services.core.scope import NoProfileError, office_unit, unit_by_code
from thidua_desktop.services.core.tree import TreeUnit
from thidua_desktop.services.security.data import (
    ComponentDef,
    Record,
    Tree,
    components_for,
    load_records,
    record_both,
    record_warnings,
    share_inputs,
)
from thidua_desktop.services.security.rows import (
    Change,
    ComponentRow,
    ComponentState,
    ScopeSummary,
    SecurityOverview,
    SecurityUnitRow,
)
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import (
    AdminUnit,
    Campaign,
    Indicator,
    PeriodLock,
    Profile,
)
from thidua_desktop.store.models.core import Target as TargetRecord

SECURITY_SOURCE = "computed:security_share"


# -- the computed indicator ---------------------------------------------------------------------


def security_share(session: Session, unit_id: int, year: int) -> Decimal | None:
    """Share (%) of the scope's commune-level units both "3 không" and ANTT, for the campaign
    indicator `computed:security_share`; None when no unit of the scope has a record that year."""
    return security_shares(session, [unit_id], year).get(unit_id)


def security_shares(
    session: Session, unit_ids: Collection[int], year: int
) -> dict[int, Decimal | None]:
    """`security_share` of several units at once (a grid's rows): a few queries over the units'
    subtrees only, whatever their number, reading unit ids rather than whole records."""
    tree = Tree.shared(session, unit_ids)
    recorded, both = share_inputs(session, year, components_for(session, year), roots=unit_ids)
    found: dict[int, Decimal | None] = {}
    for unit_id in unit_ids:
        communes = [u.id for u in tree.communes(unit_id, year)] if unit_id in tree.by_id else []
        if not any(u in recorded for u in communes):  # also: no commune at all
            found[unit_id] = None
            continue
        found[unit_id] = share_percent(sum(1 for u in communes if u in both), len(communes))
    return found


# -- the overview -------------------------------------------------------------------------------


def security_overview(db: Database, *, year: int, unit_code: str | None = None) -> SecurityOverview:
    """Each commune-level unit of the scope (this office, or `unit_code`) for `year`, and the
    counts and shares per district and for the whole scope, against the year's target."""
    with db.reading() as session:
        office: AdminUnit | None
        try:
            office = office_unit(session)
        except NoProfileError:
            office = None
        if unit_code:
            scope_unit = unit_by_code(session, unit_code, year=year)
        elif office is not None:
            scope_unit = office
        else:
            raise NoProfileError(
                "Chưa chọn cơ quan sử dụng cho bản cài đặt này: hãy chạy "
                "`thidua-desktop init --office MÃ`, hoặc chỉ rõ đơn vị bằng --unit."
            )
        # The scope's units and records only: an office in a database that holds the whole
        # country reads its own part.
        tree = Tree(session, roots=[scope_unit.id])
        root = tree.by_id[scope_unit.id]
        components = components_for(session, year)
        records = load_records(session, [year, year - 1], roots=[scope_unit.id])
        previous_components = components_for(session, year - 1)
        writable = (
            {u.id for u in tree.subtree(office.id)}
            if office is not None and office.id in tree.by_id
            else set()
        )
        locked = session.get(PeriodLock, year) is not None
        reason = ""
        if locked:
            reason = f"Năm {year} đã khóa sổ: chỉ xem, không sửa được."
        elif office is None:
            reason = "Chưa chọn cơ quan sử dụng: chỉ xem, không sửa được."
        targets = _targets(session, year)
        profile = session.get(Profile, 1)
        demo = bool(profile is not None and profile.demo)

    def target_for(unit_id: int) -> tuple[Decimal, str | None]:
        for ancestor in tree.ancestors(unit_id):
            if ancestor in targets:
                return targets[ancestor]
        return DEFAULT_TARGET_PERCENT, None

    def previous_percent(group_id: int) -> Decimal | None:
        mine = [records.get((u.id, year - 1)) for u in tree.communes(group_id, year - 1)]
        if all(r is None for r in mine):
            return None
        both = sum(1 for r in mine if record_both(r, previous_components))
        return share_percent(both, len(mine))

    previous_ids = {u.id for u in tree.communes(root.id, year - 1)}
    rows: list[SecurityUnitRow] = []
    groups: dict[int, list[SecurityUnitRow]] = {}
    group_units: dict[int, TreeUnit] = {}
    # District by district, each in Vietnamese order.
    placed = [(tree.group_of(unit, root), unit) for unit in tree.communes(root.id, year)]
    for group, unit in sorted(placed, key=lambda gu: (gu[0].sort_key, gu[1].sort_key)):
        record = records.get((unit.id, year))
        before = records.get((unit.id, year - 1)) if unit.id in previous_ids else None
        row = _unit_row(
            unit,
            tree.district_of(unit) or group,
            year,
            record,
            components,
            editable=(
                not locked and unit.id in writable and (record is None or record.owner_code is None)
            ),
            previous_both=None if before is None else record_both(before, previous_components),
        )
        rows.append(row)
        group_units[group.id] = group
        groups.setdefault(group.id, []).append(row)
    districts = tuple(
        _summary(group_units[gid], members, target_for(gid)[0], previous_percent(gid))
        for gid, members in sorted(groups.items(), key=lambda item: group_units[item[0]].sort_key)
    )
    target, source = target_for(root.id)
    total = _summary(root, rows, target, previous_percent(root.id))
    window = evaluation_window(year)
    return SecurityOverview(
        year=year,
        window_start=window[0],
        window_end=window[1],
        scope_code=root.code,
        scope_name=root.full_name,
        target_percent=target,
        target_source=source,
        components=tuple(
            ComponentRow(c.code, c.label, c.position, c.description) for c in components
        ),
        units=tuple(rows),
        districts=districts,
        total=total,
        read_only_reason=reason,
        demo=demo,
    )


def _targets(session: Session, year: int) -> dict[int, tuple[Decimal, str | None]]:
    """The year's targets of indicators computed from this module, by unit (first campaign wins)."""
    found: dict[int, tuple[Decimal, str | None]] = {}
    query = (
        select(TargetRecord.unit_id, TargetRecord.low, Campaign.code, Indicator.code)
        .join(Indicator, Indicator.id == TargetRecord.indicator_id)
        .join(Campaign, Campaign.id == Indicator.campaign_id)
        .where(
            # The indicators first (a handful), then their targets by the index that starts
            # with the indicator: a join led by the year would read every target of the year.
            TargetRecord.indicator_id.in_(
                list(
                    session.scalars(select(Indicator.id).where(Indicator.source == SECURITY_SOURCE))
                )
            ),
            TargetRecord.year == year,
        )
        .order_by(Campaign.start_date, Campaign.code)
    )
    for unit_id, low, campaign_code, indicator_code in session.execute(query):
        found.setdefault(unit_id, (low, f"{campaign_code}/{indicator_code}"))
    return found


def _unit_row(
    unit: TreeUnit,
    district: TreeUnit,
    year: int,
    record: Record | None,
    components: list[ComponentDef],
    *,
    editable: bool,
    previous_both: bool | None,
) -> SecurityUnitRow:
    states = []
    for component in components:
        status, note, day = (
            record.components.get(component.id, (Assessment.PENDING, None, None))
            if record is not None
            else (Assessment.PENDING, None, None)
        )
        states.append(ComponentState(component.code, component.label, status, note or "", day))
    extra: dict[str, Any] = {}
    if record is not None:
        extra = {
            "registered_on": record.registered_on,
            "recognised_share": record.recognised_share,
            "decision_number": record.decision_number or "",
            "decision_date": record.decision_date,
            "decision_issuer": record.decision_issuer or "",
            "note": record.note or "",
            "source": record.source,
            "owner_code": record.owner_code,
            "warnings": record_warnings(record, year),
        }
    return SecurityUnitRow(
        unit_id=unit.id,
        unit_code=unit.code,
        unit_name=unit.full_name,
        sort_key=unit.sort_key,
        district_code=district.code,
        district_name=district.full_name,
        district_sort_key=district.sort_key,
        year=year,
        recorded=record is not None,
        components=tuple(states),
        antt_result=record.antt_result if record is not None else Assessment.PENDING,
        editable=editable,
        previous_recorded=previous_both is not None,
        previous_both=previous_both,
        **extra,
    )


def _summary(
    unit: TreeUnit,
    rows: list[SecurityUnitRow],
    target: Decimal,
    previous_both_percent: Decimal | None,
) -> ScopeSummary:
    total = len(rows)
    recorded = three = antt = both = gained = lost = 0
    for r in rows:  # each property once per row: a province has thousands of units
        is_three, is_antt = r.three_khong, r.antt_met
        recorded += r.recorded
        three += is_three
        antt += is_antt
        both += is_three and is_antt
        change = r.change
        gained += change is Change.GAINED
        lost += change is Change.LOST

    def percent(count: int) -> Decimal | None:
        # No record at all is "chưa có số liệu", not 0%.
        return share_percent(count, total) if recorded else None

    both_percent = percent(both)
    return ScopeSummary(
        unit_code=unit.code,
        unit_name=unit.full_name,
        sort_key=unit.sort_key,
        units=total,
        recorded=recorded,
        three_khong=three,
        antt=antt,
        both=both,
        three_khong_percent=percent(three),
        antt_percent=percent(antt),
        both_percent=both_percent,
        target_percent=target,
        target_status=(
            evaluate(both_percent, Target(Comparator.AT_LEAST, target), SHARE_DECIMALS).status
            if both_percent is not None
            else Status.NO_DATA
        ),
        previous_both_percent=previous_both_percent,
        gained=gained,
        lost=lost,
    )
