"""Reading khen thưởng records for the rules: lines as facts, the checks, and recipient rows.

A line *counts* (is "in play") when a decision covers it, or while it has no decision and its
proposal is not "đã trao" yet: a proposal decided in part keeps its pending lines in play (they
can still be decided); once the awards are handed over, the lines left out count for nothing.
The rules (quota, prerequisites, "already awarded") read counted lines only.

Each line is judged by its own rule version: a decided line by the version its decision fixed
(`AwardDecision.rules_version`, chosen by the decision's date), a pending line by its proposal's
date (the submission date once submitted, else the proposal's date).

Checks run a fixed number of queries for any number of proposals: every counted line of the
years concerned, and every line of the recipients concerned (their history).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from thidua_desktop.domain.awards.initiatives import (
    Case,
    CaseKind,
    InitiativeLevel,
    Recognised,
    held_by,
    initiative_missing,
)
from thidua_desktop.domain.awards.rules import (
    Catalogue,
    Held,
    PrerequisiteKind,
    QuotaRule,
    RuleVersion,
    ballot_warning,
    level_warning,
    missing_prerequisites,
)
from thidua_desktop.domain.awards.types import (
    AwardKind,
    AwardType,
    Category,
    DecidingLevel,
    Gender,
    ProposalStatus,
    RecipientClass,
    RecipientType,
)
from thidua_desktop.domain.numbers import format_number
from thidua_desktop.domain.units import UnitKind
from thidua_desktop.services.awards.reference import award_names
from thidua_desktop.services.awards.rows import RecipientRow, RuleWarning, WarningCode
from thidua_desktop.store.models.awards import (
    AwardDecision,
    AwardLine,
    AwardProposal,
    AwardRecipient,
    Initiative,
    InitiativeAuthor,
    RecipientCase,
)
from thidua_desktop.store.models.core import AdminUnit

CLOSED = ProposalStatus.AWARDED  # a pending line of an awarded proposal was left out


def unit_names(session: Session, ids: Iterable[int]) -> dict[int, tuple[str, str, str]]:
    """Unit id → (code, full name, sort key), one query."""
    wanted = set(ids)
    if not wanted:
        return {}
    rows = session.execute(
        select(
            AdminUnit.id, AdminUnit.code, AdminUnit.kind, AdminUnit.name, AdminUnit.sort_key
        ).where(AdminUnit.id.in_(wanted))
    )
    return {i: (code, UnitKind(kind).full_name(name), key) for i, code, kind, name, key in rows}


def recipient_row(r: AwardRecipient, unit: tuple[str, str, str]) -> RecipientRow:
    code, unit_name, _ = unit
    return RecipientRow(
        id=r.id,
        kind=RecipientType(r.kind),
        name=r.name or unit_name,
        unit_code=code,
        unit_name=unit_name,
        is_unit=r.name is None,
        gender=Gender(r.gender) if r.gender else None,
        birth_year=r.birth_year,
        position=r.position or "",
        category=Category(r.category) if r.category else None,
        sort_key=r.sort_key,
        demo=r.source == "demo",
        stat_class=RecipientClass(r.stat_class) if r.stat_class else None,
    )


def recipient_rows(session: Session, ids: Iterable[int]) -> dict[int, RecipientRow]:
    wanted = set(ids)
    if not wanted:
        return {}
    recipients = list(session.scalars(select(AwardRecipient).where(AwardRecipient.id.in_(wanted))))
    units = unit_names(session, (r.unit_id for r in recipients))
    return {r.id: recipient_row(r, units[r.unit_id]) for r in recipients}


def pending_day(proposal: AwardProposal) -> dt.date:
    """The date that chooses the rule version of a proposal's undecided lines: the submission
    date once submitted, else the proposal's date."""
    return proposal.submitted_on or proposal.proposal_date


def rules_day(session: Session, proposal: AwardProposal) -> dt.date:
    """The date naming a proposal's rule version as a whole (its header): its latest decision's,
    else its pending lines' day. The rules themselves judge each line by `line_version`."""
    latest = session.scalar(
        select(func.max(AwardDecision.decision_date)).where(
            AwardDecision.proposal_id == proposal.id
        )
    )
    return latest or pending_day(proposal)


def failed_ballot(version: RuleVersion, line: AwardLine, present: int | None) -> str | None:
    """Why a line's secret ballot failed under `version` ("kết quả bỏ phiếu kín 2/6 thành viên
    có mặt đồng ý (33,33%), dưới mức 50%"), or None: passed, or no ballot (yet)."""
    entry = version.entry(line.award_code)
    if entry is None or not entry.ballot or not present or line.votes_agree is None:
        return None
    return ballot_warning(line.votes_agree, present, version.ballot_min_percent)


# -- facts --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Fact:
    """A line as the rules see it."""

    line_id: int
    proposal_id: int
    position: int
    recipient_id: int
    kind: RecipientType
    unit_id: int  # the recipient's unit (a person's workplace)
    category: Category | None
    award: str
    award_type: AwardType
    year: int
    status: ProposalStatus
    decided: bool
    members: int | None
    qualified: int | None
    votes: int | None
    day: dt.date  # the decision's date, else the proposal's pending day (`pending_day`)
    rules_code: str | None = None  # the rule version the line's decision fixed

    @property
    def counted(self) -> bool:
        return self.decided or self.status is not CLOSED


def line_version(catalogue: Catalogue, fact: Fact) -> RuleVersion:
    """The rules judging one line: its decision's stored version, else those of its day."""
    if fact.rules_code is not None:
        version = catalogue.rule_version(fact.rules_code)
        if version is not None:
            return version
    return catalogue.version_on(fact.day)


_FactRow = tuple[
    AwardLine, str, int, str, int, str | None, dt.date, dt.date | None, dt.date | None, str | None
]


def _fact_query() -> Select[*_FactRow]:
    return (
        select(
            AwardLine,
            AwardProposal.status,
            AwardProposal.year,
            AwardRecipient.kind,
            AwardRecipient.unit_id,
            AwardRecipient.category,
            AwardProposal.proposal_date,
            AwardProposal.submitted_on,
            AwardDecision.decision_date,
            AwardDecision.rules_version,
        )
        .join(AwardProposal, AwardProposal.id == AwardLine.proposal_id)
        .join(AwardRecipient, AwardRecipient.id == AwardLine.recipient_id)
        .outerjoin(AwardDecision, AwardDecision.id == AwardLine.decision_id)
    )


def _counted(query: Select[*_FactRow]) -> Select[*_FactRow]:
    return query.where(
        or_(AwardProposal.status != CLOSED.value, AwardLine.decision_id.is_not(None))
    )


def load_facts(
    session: Session,
    *,
    years: Collection[int] | None = None,
    recipient_ids: Collection[int] | None = None,
    proposal_ids: Collection[int] | None = None,
    counted_only: bool = True,
) -> list[Fact]:
    query = _fact_query()
    if counted_only:
        query = _counted(query)
    if years is not None:
        query = query.where(AwardProposal.year.in_(list(years)))
    if recipient_ids is not None:
        query = query.where(AwardLine.recipient_id.in_(list(recipient_ids)))
    if proposal_ids is not None:
        query = query.where(AwardLine.proposal_id.in_(list(proposal_ids)))
    facts = []
    rows = session.execute(query)
    for line, status, year, kind, unit_id, category, made, submitted, decided_on, code in rows:
        facts.append(
            Fact(
                line_id=line.id,
                proposal_id=line.proposal_id,
                position=line.position,
                recipient_id=line.recipient_id,
                kind=RecipientType(kind),
                unit_id=unit_id,
                category=Category(category) if category else None,
                award=line.award_code,
                award_type=AwardType(line.award_type),
                year=year,
                status=ProposalStatus(status),
                decided=line.decision_id is not None,
                members=line.members,
                qualified=line.qualified,
                votes=line.votes_agree,
                day=decided_on or submitted or made,
                rules_code=code if line.decision_id is not None else None,
            )
        )
    return facts


# -- checks -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProposalInfo:
    """What the checks need of a proposal."""

    id: int
    year: int
    unit_id: int
    unit_name: str
    to_level: DecidingLevel
    day: dt.date  # names the proposal's rule version (lines are judged by `line_version`)
    members_present: int | None


@dataclass
class Checks:
    """Warnings per proposal (all of them) and per line (their texts, for the line rows)."""

    by_proposal: dict[int, list[RuleWarning]] = field(default_factory=lambda: defaultdict(list))
    by_line: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, warning: RuleWarning) -> None:
        assert warning.proposal_id is not None
        self.by_proposal[warning.proposal_id].append(warning)
        if warning.line_id is not None:
            self.by_line[warning.line_id].append(warning.message)


def proposal_info(session: Session, proposal: AwardProposal) -> ProposalInfo:
    unit = session.get(AdminUnit, proposal.unit_id)
    assert unit is not None
    return ProposalInfo(
        id=proposal.id,
        year=proposal.year,
        unit_id=proposal.unit_id,
        unit_name=UnitKind(unit.kind).full_name(unit.name),
        to_level=DecidingLevel(proposal.to_level),
        day=rules_day(session, proposal),
        members_present=proposal.members_present,
    )


def run_checks(
    session: Session,
    catalogue: Catalogue,
    proposals: Sequence[ProposalInfo],
    names: dict[int, str],
) -> Checks:
    """Every rule warning of `proposals`; `names` gives each recipient's name for the texts."""
    checks = Checks()
    if not proposals:
        return checks
    ids = [p.id for p in proposals]
    mine = [f for f in load_facts(session, proposal_ids=ids) if f.counted]
    years = {p.year for p in proposals}
    same_years = load_facts(session, years=years)
    history = load_facts(session, recipient_ids={f.recipient_id for f in mine})
    held: dict[int, set[Held]] = defaultdict(set)
    lines_of: dict[tuple[int, str, int], list[Fact]] = defaultdict(list)
    for f in {f.line_id: f for f in (*same_years, *history)}.values():
        held[f.recipient_id].add(Held(f.award, f.year))
        lines_of[(f.recipient_id, f.award, f.year)].append(f)
    award_name = award_names(catalogue)
    by_id = {p.id: p for p in proposals}
    registered = _registrations(session, proposals, mine)
    people = {f.recipient_id for f in mine}
    cases = cases_of(session, people)
    known = initiatives_of(session, people)
    kept = registry_years(session, {p.unit_id for p in proposals})
    for fact in sorted(mine, key=lambda f: (f.proposal_id, f.position)):
        proposal = by_id[fact.proposal_id]
        version = line_version(catalogue, fact)
        for code, message in _line_problems(
            fact, proposal, version, held[fact.recipient_id], lines_of, award_name, names
        ):
            checks.add(RuleWarning(code, message, proposal.id, fact.line_id))
        for code, message in _held_and_initiatives(
            fact, proposal, cases.get(fact.recipient_id, ()), known, kept, names
        ):
            checks.add(RuleWarning(code, message, proposal.id, fact.line_id))
        unregistered = _unregistered(fact, proposal, version, registered, award_name, names)
        if unregistered:
            checks.add(
                RuleWarning(WarningCode.NOT_REGISTERED, unregistered, proposal.id, fact.line_id)
            )
    _quota_checks(session, checks, catalogue, proposals, mine, same_years, award_name)
    return checks


def _held_and_initiatives(
    fact: Fact,
    proposal: ProposalInfo,
    cases: Iterable[Case],
    known: dict[int, list[Recognised]],
    kept: set[tuple[int, int]],
    names: dict[int, str],
) -> list[tuple[WarningCode, str]]:
    """A case holding the recipient's awards (an undecided line: on its pending day; today at
    the latest), and a Chiến sĩ thi đua title without a recognised initiative (when the
    proposing unit keeps the sổ sáng kiến for the year)."""
    who = f"Dòng {fact.position} ({names.get(fact.recipient_id, f'#{fact.recipient_id}')})"
    problems: list[tuple[WarningCode, str]] = []
    if not fact.decided:
        case = held_by(cases, max(fact.day, dt.date.today()))
        if case is not None:
            problems.append(
                (
                    WarningCode.HELD,
                    f"{who}: {case.text()} — tạm dừng xét khen thưởng (Nghị định 152/2025/NĐ-CP).",
                )
            )
    if (proposal.unit_id, fact.year) in kept:
        missing = initiative_missing(fact.award, fact.year, known.get(fact.recipient_id, ()))
        if missing:
            problems.append((WarningCode.INITIATIVE, f"{who}: {missing}."))
    return problems


@dataclass(frozen=True)
class _Registered:
    """Named registrations of the proposals' years: who registered what, and which proposing
    units keep them (a unit that registers nobody by name is not warned about)."""

    titles: dict[tuple[int, int], set[str]]  # (recipient, year) → award codes
    keeping: set[tuple[int, int]]  # (proposing unit, year) with a registration under it


def _registrations(
    session: Session, proposals: Sequence[ProposalInfo], facts: Sequence[Fact]
) -> _Registered:
    from thidua_desktop.services.core.scope import subtree_ids
    from thidua_desktop.store.models.awards import AwardRegistration

    years = {p.year for p in proposals}
    titles: dict[tuple[int, int], set[str]] = defaultdict(set)
    units_of: dict[int, set[int]] = defaultdict(set)  # year → recipients' units registering
    for recipient_id, year, code, unit_id in session.execute(
        select(
            AwardRegistration.recipient_id,
            AwardRegistration.year,
            AwardRegistration.award_code,
            AwardRecipient.unit_id,
        )
        .join(AwardRecipient, AwardRecipient.id == AwardRegistration.recipient_id)
        .where(AwardRegistration.year.in_(years))
    ):
        titles[(recipient_id, year)].add(code)
        units_of[year].add(unit_id)
    keeping: set[tuple[int, int]] = set()
    if units_of:
        for proposal in proposals:
            if units_of.get(proposal.year, set()) & subtree_ids(session, proposal.unit_id):
                keeping.add((proposal.unit_id, proposal.year))
    return _Registered(dict(titles), keeping)


def _unregistered(
    fact: Fact,
    proposal: ProposalInfo,
    version: RuleVersion,
    registered: _Registered,
    award_name: dict[str, str],
    names: dict[int, str],
) -> str | None:
    """A title (danh hiệu thi đua) for a recipient who registered neither for it nor for a
    title that includes it (CSTĐCS includes LĐTT), where the proposing unit keeps registrations."""
    entry = version.entry(fact.award)
    if entry is None or entry.kind is not AwardKind.TITLE:
        return None
    if (proposal.unit_id, fact.year) not in registered.keeping:
        return None
    held = registered.titles.get((fact.recipient_id, fact.year), set())
    covering = {fact.award} | {
        other.code
        for other in version.entries
        if any(
            req.kind is PrerequisiteKind.SAME_YEAR and fact.award in req.awards
            for req in other.prerequisites
        )
    }
    if held & covering:
        return None
    who = f"Dòng {fact.position} ({names.get(fact.recipient_id, f'#{fact.recipient_id}')})"
    return (
        f"{who}: chưa đăng ký thi đua {entry.quoted} năm {fact.year} "
        f"(đăng ký: {', '.join(sorted(award_name.get(c, c) for c in held)) or 'không có'})."
    )


def _line_problems(
    fact: Fact,
    proposal: ProposalInfo,
    version: RuleVersion,
    held: set[Held],
    lines_of: dict[tuple[int, str, int], list[Fact]],
    award_name: dict[str, str],
    names: dict[int, str],
) -> list[tuple[WarningCode, str]]:
    who = f"Dòng {fact.position} ({names.get(fact.recipient_id, f'#{fact.recipient_id}')})"
    entry = version.entry(fact.award)
    if entry is None:
        name = award_name.get(fact.award, fact.award)
        return [
            (
                WarningCode.CATALOGUE,
                f"{who}: “{name}” không có trong danh mục áp dụng "
                f"{version.period} ({version.label}).",
            )
        ]
    problems: list[tuple[WarningCode, str]] = []
    wrong_level = level_warning(entry, proposal.to_level, proposal.unit_name)
    if wrong_level:
        problems.append((WarningCode.LEVEL, f"{who}: {wrong_level}"))
    missing = missing_prerequisites(
        entry,
        fact.kind,
        fact.year,
        held,
        members=fact.members,
        qualified=fact.qualified,
        names=award_name,
    )
    if missing:
        problems.append((WarningCode.PREREQUISITE, f"{who}: {entry.quoted} {'; '.join(missing)}."))
    key = (fact.recipient_id, fact.award, fact.year)
    others = [f for f in lines_of.get(key, []) if f.line_id != fact.line_id]
    if others:
        where = ", ".join(
            f"đề nghị #{f.proposal_id}" + (" (đã quyết định)" if f.decided else "") for f in others
        )
        problems.append(
            (
                WarningCode.DUPLICATE,
                f"{who}: đã được đề nghị hoặc khen thưởng {entry.quoted} năm {fact.year} "
                f"({where}).",
            )
        )
    if entry.ballot and proposal.members_present and fact.votes is not None:
        low = ballot_warning(fact.votes, proposal.members_present, version.ballot_min_percent)
        if low:
            problems.append((WarningCode.BALLOT, f"{who}: {entry.quoted}: {low}."))
    return problems


def quota_counts(
    facts: Iterable[Fact], award: str, base: str
) -> dict[tuple[int, int], tuple[int, int]]:
    """(unit id, year) → (individuals with `award`, individuals with `base`): distinct people."""
    having: dict[tuple[int, int, str], set[int]] = defaultdict(set)
    for f in facts:
        if f.kind is RecipientType.INDIVIDUAL and f.award in (award, base):
            having[(f.unit_id, f.year, f.award)].add(f.recipient_id)
    keys = {(unit, year) for unit, year, _ in having}
    return {
        key: (len(having.get((*key, award), ())), len(having.get((*key, base), ()))) for key in keys
    }


def _quota_checks(
    session: Session,
    checks: Checks,
    catalogue: Catalogue,
    proposals: Sequence[ProposalInfo],
    mine: Sequence[Fact],
    same_years: Sequence[Fact],
    award_name: dict[str, str],
) -> None:
    """A quota exceeded in a unit and year is warned on each proposal with a line it caps."""
    units = unit_names(session, {f.unit_id for f in mine})
    for proposal in proposals:
        # Each line brings the quotas of its own rule version; the same quota once.
        capping: dict[QuotaRule, set[int]] = defaultdict(set)  # keyed without the note
        for f in mine:
            if f.proposal_id != proposal.id or f.kind is not RecipientType.INDIVIDUAL:
                continue
            for quota in line_version(catalogue, f).quotas:
                if f.award == quota.award:
                    capping[replace(quota, note="")].add(f.unit_id)
        for quota, capped in capping.items():
            counts = quota_counts(
                (f for f in same_years if f.year == proposal.year), quota.award, quota.base
            )
            for unit_id in sorted(capped, key=lambda u: units[u][2]):
                count, base = counts.get((unit_id, proposal.year), (0, 0))
                if not quota.exceeded(count, base):
                    continue
                code, name, _ = units[unit_id]
                checks.add(
                    RuleWarning(
                        WarningCode.QUOTA,
                        quota_message(quota, award_name, name, proposal.year, count, base),
                        proposal.id,
                        None,
                        code,
                    )
                )


def quota_message(
    quota: QuotaRule, names: dict[str, str], unit_name: str, year: int, count: int, base: int
) -> str:
    """ "Xã Nhơn Ái: 2 cá nhân “CSTĐCS” năm 2023 trên 7 cá nhân “LĐTT”, vượt tỷ lệ …"."""
    return (
        f"{unit_name}: {count} cá nhân “{names.get(quota.award, quota.award)}” năm {year} "
        f"trên {base} cá nhân “{names.get(quota.base, quota.base)}”, vượt tỷ lệ khống chế "
        f"{format_number(quota.max_percent)}% (tối đa {quota.limit(base)}, "
        f"{quota.rounding.label})."
    )


# -- sáng kiến and pending cases, for the rule warnings and the decision ------------------------
def initiatives_of(session: Session, recipient_ids: Iterable[int]) -> dict[int, list[Recognised]]:
    """Each recipient's recognised initiatives (year and level), for the rule warnings."""
    wanted = set(recipient_ids)
    found: dict[int, list[Recognised]] = defaultdict(list)
    if not wanted:
        return found
    for recipient_id, year, level in session.execute(
        select(InitiativeAuthor.recipient_id, Initiative.year, Initiative.level)
        .join(Initiative, Initiative.id == InitiativeAuthor.initiative_id)
        .where(InitiativeAuthor.recipient_id.in_(wanted))
    ):
        found[recipient_id].append(Recognised(year, InitiativeLevel.from_code(level)))
    return found


def registry_years(session: Session, unit_ids: Iterable[int]) -> set[tuple[int, int]]:
    """(unit, year) pairs whose scope keeps the sổ sáng kiến: a unit that records no
    initiative of a year is not warned about missing ones (as named registrations)."""
    from thidua_desktop.services.core.scope import subtree_ids

    kept: set[tuple[int, int]] = set()
    rows = session.execute(select(Initiative.unit_id, Initiative.year).distinct()).all()
    for unit_id in set(unit_ids):
        below = subtree_ids(session, unit_id)
        kept |= {(unit_id, year) for place, year in rows if place in below}
    return kept


def cases_of(session: Session, recipient_ids: Iterable[int]) -> dict[int, list[Case]]:
    """Each recipient's cases, for the rule warnings and the decision."""
    wanted = set(recipient_ids)
    found: dict[int, list[Case]] = defaultdict(list)
    if not wanted:
        return found
    for row in session.scalars(select(RecipientCase).where(RecipientCase.recipient_id.in_(wanted))):
        found[row.recipient_id].append(case_of(row))
    return found


def case_of(row: RecipientCase) -> Case:
    return Case(CaseKind(row.kind), row.opened_on, row.closed_on, row.note or "")
