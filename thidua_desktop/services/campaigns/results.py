"""Results: record values, save a grid of edits, and evaluate them against the targets."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.evaluation import (
    Aggregation,
    Comparator,
    Status,
    Target,
    ValueRule,
    aggregate,
    evaluate,
    parse_value,
)
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.numbers import format_number
from thidua_desktop.domain.text import clean
from thidua_desktop.services.campaigns.definitions import (
    _ensure_year_in_campaign,
    campaign_by_code,
    campaign_row,
    indicator_by_code,
    indicator_row,
)
from thidua_desktop.services.campaigns.rows import (
    CampaignRow,
    CellProblem,
    EvaluationRow,
    GridCell,
    GridUnit,
    ResultEdit,
    ResultGrid,
    SaveReport,
    ValueOrigin,
)
from thidua_desktop.services.campaigns.sources import (
    MEAN,
    SUM,
    computed_value,
    computed_values,
)
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.locks import ensure_year_open
from thidua_desktop.services.core.scope import (
    ensure_in_scope,
    full_name,
    is_within,
    office_unit,
    subtree_query,
    unit_by_code,
)
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, Campaign, Indicator, PeriodLock, Result
from thidua_desktop.store.models.core import Target as TargetRecord

MAX_NOTE = 1000
# Above this many units a query reads the whole year and filters in Python instead of sending a
# long IN list (SQLite limits the number of parameters of one statement).
_IN_LIST_LIMIT = 5000


class ComputedIndicatorError(UserError):
    """The indicator's value is computed by another module and cannot be typed."""


class ReadOnlyResultError(UserError):
    """The result was sent by a lower office and is read-only here."""


# -- recording ----------------------------------------------------------------------------------


def set_result(
    db: Database,
    *,
    campaign_code: str,
    indicator_code: str,
    unit_code: str,
    year: int,
    value: str,
    note: str | None = None,
) -> Decimal:
    """Record one result ("9,5", "43.000" or "9.5"); refused values change nothing. The note
    stays as it was unless `note` is given ("" clears it)."""
    with db.transaction() as session:
        campaign = campaign_by_code(session, campaign_code)
        indicator = indicator_by_code(session, campaign, indicator_code)
        unit = unit_by_code(session, unit_code, year=year)
        ensure_year_open(session, year)
        parsed = _check_cell(session, campaign, indicator, unit, year, value)
        if parsed is None:
            raise InvalidInput(msg("Hãy nhập một giá trị (ví dụ 9,5 hoặc 43.000)."))
        _write(session, campaign, indicator, unit, year, parsed, note)
        return parsed


def clear_result(
    db: Database, *, campaign_code: str, indicator_code: str, unit_code: str, year: int
) -> bool:
    with db.transaction() as session:
        campaign = campaign_by_code(session, campaign_code)
        indicator = indicator_by_code(session, campaign, indicator_code)
        unit = unit_by_code(session, unit_code, year=year)
        ensure_year_open(session, year)
        _check_cell(session, campaign, indicator, unit, year, "")
        return _clear(session, campaign, indicator, unit, year)


def save_results(
    db: Database, *, campaign_code: str, year: int, edits: Sequence[ResultEdit]
) -> SaveReport:
    """Save a grid's pending edits in one transaction.

    Every valid edit is saved; an invalid one (not a number, out of range, a unit outside the
    scope…) is left out and reported, so the grid keeps it marked until it is corrected. A locked
    year, an unknown campaign or a definition problem refuses the whole save.
    """
    saved = cleared = 0
    problems: list[CellProblem] = []
    with db.transaction() as session:
        campaign = campaign_by_code(session, campaign_code)
        ensure_year_open(session, year)
        _ensure_year_in_campaign(campaign, year)
        for edit in edits:
            try:
                indicator = indicator_by_code(session, campaign, edit.indicator_code)
                unit = unit_by_code(session, edit.unit_code, year=year)
                parsed = _check_cell(session, campaign, indicator, unit, year, edit.text)
                if edit.check_seen:
                    _ensure_unchanged(session, indicator, unit, year, edit.seen)
            except UserError as exc:
                problems.append(CellProblem(edit.unit_code, edit.indicator_code, exc.message))
                continue
            if parsed is None:
                cleared += _clear(session, campaign, indicator, unit, year)
            elif _write(session, campaign, indicator, unit, year, parsed, None):
                saved += 1
    return SaveReport(saved=saved, cleared=cleared, problems=problems)


def _ensure_unchanged(
    session: Session, indicator: Indicator, unit: AdminUnit, year: int, seen: Decimal | None
) -> None:
    """Inside the writing transaction (the writers' lock held): the cell is still what the
    person saw, or their edit is refused naming who changed it and to what."""
    existing = _result(session, indicator.id, unit.id, year)
    now = existing.value if existing is not None else None
    if now == seen:
        return
    shown = format_number(now, indicator.decimals) if now is not None else msg("(trống)")
    if existing is not None:
        raise audit.ChangedMeanwhileError(
            msg(
                "{who} đã sửa ô này thành {value} lúc {time}, sau khi bảng của bạn được mở: "
                "hãy xem giá trị mới rồi lưu lại nếu vẫn muốn thay.",
                who=existing.entered_by,
                value=shown,
                time=f"{existing.entered_at.astimezone():%H:%M %d/%m/%Y}",
            )
        )
    raise audit.ChangedMeanwhileError(
        msg(
            "Ô này đã bị người khác xóa sau khi bảng của bạn được mở: hãy xem lại rồi lưu lại "
            "nếu vẫn muốn nhập."
        )
    )


def _check_cell(
    session: Session,
    campaign: Campaign,
    indicator: Indicator,
    unit: AdminUnit,
    year: int,
    text: str,
) -> Decimal | None:
    """Validate one cell; the parsed value, or None for an empty cell (clear it)."""
    if indicator.source.startswith("computed:"):
        raise ComputedIndicatorError(
            msg('Chỉ tiêu "{name}" được tính tự động, không nhập tay được.', name=indicator.name)
        )
    _ensure_year_in_campaign(campaign, year)
    ensure_in_scope(session, unit)
    existing = _result(session, indicator.id, unit.id, year)
    if existing is not None and existing.owner_code is not None:
        raise ReadOnlyResultError(
            msg(
                "Kết quả của {unit} do cơ quan mã {owner} gửi lên nên chỉ xem được, không sửa "
                "tại đây.",
                unit=full_name(unit),
                owner=existing.owner_code,
            )
        )
    cleaned = clean(text)
    if not cleaned:
        return None
    rule = ValueRule(
        indicator.min_value,
        indicator.max_value,
        indicator.whole_number,
        indicator.unit_of_measure,
        indicator.decimals,
    )
    return parse_value(cleaned, rule)


def _result(session: Session, indicator_id: int, unit_id: int, year: int) -> Result | None:
    return session.scalars(
        select(Result).where(
            Result.indicator_id == indicator_id, Result.unit_id == unit_id, Result.year == year
        )
    ).first()


def _key(campaign: Campaign, indicator: Indicator, unit: AdminUnit, year: int) -> str:
    return f"{campaign.code}/{indicator.code}/{unit.code}/{year}"


def _write(
    session: Session,
    campaign: Campaign,
    indicator: Indicator,
    unit: AdminUnit,
    year: int,
    value: Decimal,
    note: str | None,
) -> bool:
    """Insert or update; returns whether anything changed (an identical value is not a change)."""
    note_text = clean(note)[:MAX_NOTE] or None if note is not None else None
    existing = _result(session, indicator.id, unit.id, year)
    operator = audit.current_operator(session)
    key = _key(campaign, indicator, unit, year)
    if existing is None:
        session.add(
            Result(
                uid=str(uuid.uuid4()),
                indicator_id=indicator.id,
                unit_id=unit.id,
                year=year,
                value=value,
                note=note_text,
                source="manual",
                entered_by=operator,
                entered_at=utc_now(),
            )
        )
        audit.record(
            session,
            action="create",
            entity="result",
            key=key,
            new={"value": value, "note": note_text},
            unit_id=unit.id,
        )
        return True
    changes: dict[str, tuple[object, object]] = {}
    if existing.value != value:
        changes["value"] = (existing.value, value)
    if note is not None and existing.note != note_text:
        changes["note"] = (existing.note, note_text)
    if not changes:
        return False
    audit.record(
        session,
        action="update",
        entity="result",
        key=key,
        old={k: old for k, (old, _) in changes.items()},
        new={k: new for k, (_, new) in changes.items()},
        unit_id=unit.id,
    )
    existing.value = value
    if note is not None:
        existing.note = note_text
    existing.source = "manual"
    existing.entered_by = operator
    existing.entered_at = utc_now()
    return True


def _clear(
    session: Session, campaign: Campaign, indicator: Indicator, unit: AdminUnit, year: int
) -> bool:
    existing = _result(session, indicator.id, unit.id, year)
    if existing is None:
        return False
    audit.record(
        session,
        action="delete",
        entity="result",
        key=_key(campaign, indicator, unit, year),
        old={"value": existing.value, "note": existing.note},
        unit_id=unit.id,
    )
    session.delete(existing)
    return True


# -- values: entered, aggregated, computed ------------------------------------------------------


class _Values:
    """Resolves the value of (indicator, unit) for one year: the unit's own result, else the
    sum/mean of its children's values (recursively), else the computing module's answer."""

    def __init__(
        self, session: Session, indicators: Iterable[Indicator], year: int, shown: Sequence[int]
    ) -> None:
        """Reads, in three queries, what the `shown` units need: their targets, and the results
        of them and of every unit below them (for sums and means)."""
        self.session = session
        self.year = year
        self.indicators = {i.id: i for i in indicators}
        self.shown = list(shown)
        ids = list(self.indicators)
        # Plain rows through the connection, not ORM objects nor ORM result processing: a
        # province's grid reads a few thousand of them.
        connection = session.connection()
        # Only the shown units' subtrees: a district's grid in a database that holds the whole
        # country reads a hundred units, not ten thousand.
        # A year's figures add up the units of its last day: in 2025 the communes of
        # 01/07/2025, never also the districts and wards that ended on 30/06/2025.
        self.children: dict[int, list[int]] = {}
        below = set(shown)
        last = dt.date(year, 12, 31)
        for unit_id, parent_id, start, end in connection.execute(
            select(
                AdminUnit.id, AdminUnit.parent_id, AdminUnit.valid_from, AdminUnit.valid_to
            ).where(AdminUnit.id.in_(subtree_query(shown)))
        ).all():
            if unit_id not in below and not (
                (start is None or start <= last) and (end is None or end >= last)
            ):
                continue
            below.add(unit_id)
            if parent_id is not None:
                self.children.setdefault(parent_id, []).append(unit_id)
        columns = (
            Result.indicator_id,
            Result.unit_id,
            Result.value,
            Result.note,
            Result.owner_code,
        )
        # The shown units' own results; the units below them only for the indicators that add
        # them up (a province's evaluation needs 20 values, not 20 × 600).
        self.results = {
            (r[0], r[1]): r
            for r in connection.execute(
                select(*columns).where(
                    Result.year == year,
                    Result.indicator_id.in_(ids),
                    Result.unit_id.in_(self.shown),
                )
            ).all()
        }
        adding = [i.id for i in self.indicators.values() if i.source in (SUM, MEAN)]
        if adding and len(below) > len(self.shown):
            result_query = select(*columns).where(
                Result.year == year, Result.indicator_id.in_(adding)
            )
            if len(below) <= _IN_LIST_LIMIT:
                result_query = result_query.where(Result.unit_id.in_(below))
            for r in connection.execute(result_query).all():
                if r[1] in below:
                    self.results[(r[0], r[1])] = r
        target_query = select(
            TargetRecord.indicator_id, TargetRecord.unit_id, TargetRecord.low, TargetRecord.high
        ).where(TargetRecord.year == year, TargetRecord.indicator_id.in_(ids))
        if len(shown) <= _IN_LIST_LIMIT:
            target_query = target_query.where(TargetRecord.unit_id.in_(shown))
        comparators = {i.id: Comparator(i.comparator) for i in self.indicators.values()}
        self.targets = {
            (indicator_id, unit_id): Target(comparators[indicator_id], low, high)
            for indicator_id, unit_id, low, high in connection.execute(target_query).all()
        }
        self._memo: dict[tuple[int, int], tuple[Decimal | None, ValueOrigin | None]] = {}
        self._computed: dict[str, dict[int, Decimal | None]] = {}

    def value(self, indicator_id: int, unit_id: int) -> tuple[Decimal | None, ValueOrigin | None]:
        key = (indicator_id, unit_id)
        if key not in self._memo:
            self._memo[key] = self._resolve(indicator_id, unit_id)
        return self._memo[key]

    def _resolve(
        self, indicator_id: int, unit_id: int
    ) -> tuple[Decimal | None, ValueOrigin | None]:
        indicator = self.indicators[indicator_id]
        own = self.results.get((indicator_id, unit_id))
        if own is not None:
            return own.value, ValueOrigin.ENTERED
        if indicator.source in (SUM, MEAN):
            values = [
                v
                for child in self.children.get(unit_id, [])
                if (v := self.value(indicator_id, child)[0]) is not None
            ]
            if values:
                how = Aggregation.SUM if indicator.source == SUM else Aggregation.MEAN
                return aggregate(values, how), ValueOrigin.AGGREGATED
            return None, None
        if indicator.source.startswith("computed:"):
            if indicator.source not in self._computed:
                # Every shown unit at once: the module reads its data once for the whole grid.
                self._computed[indicator.source] = computed_values(
                    self.session, indicator.source, self.shown, self.year
                )
            known = self._computed[indicator.source]
            if unit_id in known:
                value = known[unit_id]
            else:
                value = computed_value(self.session, indicator.source, unit_id, self.year)
            return (value, ValueOrigin.COMPUTED) if value is not None else (None, None)
        return None, None

    def target(self, indicator_id: int, unit_id: int) -> Target | None:
        return self.targets.get((indicator_id, unit_id))


# -- evaluation table ---------------------------------------------------------------------------


def evaluation_table(
    db: Database, *, year: int, campaign_code: str | None = None, unit_code: str | None = None
) -> list[EvaluationRow]:
    """Each indicator's target, value, status and ratio for a unit (default: each campaign's
    scope) and year, for the campaigns running that year (or the one given)."""
    with db.reading() as session:
        if campaign_code:
            campaigns = [campaign_by_code(session, campaign_code)]
        else:
            campaigns = [
                c
                for c in session.scalars(
                    select(Campaign).order_by(Campaign.start_date, Campaign.code)
                )
                if c.start_date.year <= year <= c.end_date.year
            ]
        unit = unit_by_code(session, unit_code, year=year) if unit_code else None
        rows: list[EvaluationRow] = []
        for campaign in campaigns:
            indicators = list(
                session.scalars(
                    select(Indicator)
                    .where(Indicator.campaign_id == campaign.id)
                    .order_by(Indicator.position, Indicator.id)
                )
            )
            subject = unit or session.get(AdminUnit, campaign.scope_unit_id)
            assert subject is not None
            values = _Values(session, indicators, year, [subject.id])
            for indicator in indicators:
                rows.append(_evaluation_row(campaign, indicator, subject, year, values))
        return rows


def _evaluation_row(
    campaign: Campaign, indicator: Indicator, unit: AdminUnit, year: int, values: _Values
) -> EvaluationRow:
    value, origin = values.value(indicator.id, unit.id)
    target = values.target(indicator.id, unit.id)
    result = evaluate(value, target, indicator.decimals)
    own = values.results.get((indicator.id, unit.id))
    return EvaluationRow(
        campaign_code=campaign.code,
        campaign_title=campaign.title,
        indicator_code=indicator.code,
        indicator_name=indicator.name,
        unit_code=unit.code,
        unit_name=full_name(unit),
        year=year,
        unit_of_measure=indicator.unit_of_measure,
        decimals=indicator.decimals,
        comparator=indicator.comparator,
        target=target,
        target_text=target.describe(indicator.unit_of_measure) if target else "",
        value=result.value,
        origin=origin,
        status=result.status,
        ratio_percent=result.ratio_percent,
        difference=result.difference,
        note=(own.note or "") if own is not None else "",
        source=indicator.source,
    )


# -- the results grid ---------------------------------------------------------------------------


def result_grid(
    db: Database, *, campaign_code: str, year: int, parent_code: str | None = None
) -> ResultGrid:
    """The parent unit (default: this office) and its direct children × the campaign's
    indicators, with each cell's value, origin, target, status and whether it can be edited."""
    with db.reading() as session:
        campaign = campaign_by_code(session, campaign_code)
        indicators = list(
            session.scalars(
                select(Indicator)
                .where(Indicator.campaign_id == campaign.id)
                .order_by(Indicator.position, Indicator.id)
            )
        )
        parent = (
            unit_by_code(session, parent_code, year=year) if parent_code else office_unit(session)
        )
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        children = [
            u
            for u in session.scalars(
                select(AdminUnit)
                .where(AdminUnit.parent_id == parent.id)
                .order_by(AdminUnit.sort_key)
            )
            if (u.valid_from is None or u.valid_from <= last)
            and (u.valid_to is None or u.valid_to >= first)
        ]
        units = [parent, *children]
        # A child is in the office's scope when it is the office or its parent is in it: a walk
        # up from the parent, not a read of a province's whole subtree.
        office_id = office_unit(session).id
        parent_in_scope = is_within(session, parent, office_id)
        scope = {u.id for u in units if parent_in_scope or u.id == office_id}
        locked = session.get(PeriodLock, year) is not None
        in_period = campaign.start_date.year <= year <= campaign.end_date.year
        reason = ""
        if locked:
            reason = f"Năm {year} đã khóa sổ: chỉ xem, không sửa được."
        elif not in_period:
            reason = f"Năm {year} nằm ngoài thời gian của phong trào."
        unit_ids = [u.id for u in units]
        values = _Values(session, indicators, year, unit_ids)
        # Plain rows from here: the loop below runs for every cell of a province's grid.
        indicator_list = [indicator_row(campaign, i) for i in indicators]
        cells: dict[tuple[int, int], GridCell] = {}
        for unit_id in unit_ids:
            unit_editable = not reason and unit_id in scope
            for indicator in indicator_list:
                value, origin = values.value(indicator.id, unit_id)
                target = values.target(indicator.id, unit_id)
                own = values.results.get((indicator.id, unit_id))
                cells[(unit_id, indicator.id)] = GridCell(
                    value=value,
                    origin=origin,
                    target=target,
                    status=evaluate(value, target, indicator.decimals).status,
                    editable=(
                        unit_editable
                        and not indicator.source.startswith("computed:")
                        and (own is None or own.owner_code is None)
                    ),
                    owner_code=own.owner_code if own is not None else None,
                    note=(own.note or "") if own is not None else "",
                )
        row: CampaignRow = campaign_row(session, campaign, len(indicators))
        return ResultGrid(
            campaign=row,
            year=year,
            units=[
                GridUnit(u.id, u.code, full_name(u), u.level, is_parent=(u.id == parent.id))
                for u in units
            ],
            indicators=indicator_list,
            cells=cells,
            locked=locked,
            read_only_reason=reason,
        )


def grid_evaluation(grid: ResultGrid) -> list[EvaluationRow]:
    """The grid's parent unit as evaluation rows: what `evaluation_table` gives for that unit,
    without reading the data a second time (a report shows both)."""
    parent = next(u for u in grid.units if u.is_parent)
    rows = []
    for indicator in grid.indicators:
        cell = grid.cells[(parent.id, indicator.id)]
        result = evaluate(cell.value, cell.target, indicator.decimals)
        rows.append(
            EvaluationRow(
                campaign_code=grid.campaign.code,
                campaign_title=grid.campaign.title,
                indicator_code=indicator.code,
                indicator_name=indicator.name,
                unit_code=parent.code,
                unit_name=parent.full_name,
                year=grid.year,
                unit_of_measure=indicator.unit_of_measure,
                decimals=indicator.decimals,
                comparator=indicator.comparator,
                target=cell.target,
                target_text=cell.target.describe(indicator.unit_of_measure) if cell.target else "",
                value=result.value,
                origin=cell.origin,
                status=result.status,
                ratio_percent=result.ratio_percent,
                difference=result.difference,
                note=cell.note,
                source=indicator.source,
            )
        )
    return rows


def count_by_status(rows: Iterable[EvaluationRow]) -> dict[Status, int]:
    counts = dict.fromkeys(Status, 0)
    for row in rows:
        counts[row.status] += 1
    return counts


def save_grid(
    db: Database,
    *,
    campaign_code: str,
    year: int,
    edits: Sequence[ResultEdit],
    parent_code: str | None = None,
) -> tuple[SaveReport, ResultGrid]:
    """The grid's "Lưu": save the edits (one transaction), then read the grid back as saved."""
    report = save_results(db, campaign_code=campaign_code, year=year, edits=edits)
    return report, result_grid(db, campaign_code=campaign_code, year=year, parent_code=parent_code)
