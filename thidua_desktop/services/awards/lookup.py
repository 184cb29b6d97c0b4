"""Khen thưởng lookups: a year's statistics and warnings, a recipient's history, and who has
the record for a higher award (eligibility), as plain rows.

A year's figures cover the lines whose recipient belongs to the scope. Eligibility reads decided
awards only: a proposal still under way proves nothing yet.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.awards.rules import (
    Catalogue,
    Held,
    QuotaRule,
    eligible_awards,
    percent,
)
from thidua_desktop.domain.awards.types import AwardType, Category, RecipientType
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.services.awards import reference
from thidua_desktop.services.awards.data import (
    Fact,
    line_version,
    load_facts,
    quota_counts,
    recipient_rows,
    run_checks,
    unit_names,
)
from thidua_desktop.services.awards.proposals import (
    proposal_infos,
    proposal_rows,
    proposals_in,
    scope_root,
)
from thidua_desktop.services.awards.rows import (
    AwardCount,
    AwardsOverview,
    EligibilityRow,
    HistoryItem,
    QuotaRow,
    RecipientHistory,
    RecipientRow,
    RuleWarning,
    UnitCount,
)
from thidua_desktop.services.core.scope import full_name, subtree_ids
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.awards import (
    AwardDecision,
    AwardLine,
    AwardProposal,
)
from thidua_desktop.store.models.core import Profile


def year_end(year: int) -> dt.date:
    return dt.date(year, 12, 31)


def awards_overview(db: Database, *, year: int, unit_code: str | None = None) -> AwardsOverview:
    """The year in the office's scope (or under `unit_code`): counts by award and by unit, the
    quotas per unit, the shares of người lao động trực tiếp and of đột xuất awards, the
    proposals and every rule warning."""
    catalogue = reference.award_catalogue()
    version = catalogue.version_on(year_end(year))
    with db.reading() as session:
        root = scope_root(session, unit_code, year)
        scope_code, scope_name = root.code, full_name(root)
        scope = subtree_ids(session, root.id)
        everything = load_facts(session, years=[year], counted_only=False)
        facts = [f for f in everything if f.unit_id in scope]
        counted = [f for f in facts if f.counted]
        involved = {f.proposal_id for f in facts}
        by_unit_ids = {p.id for p in proposals_in(session, scope, year)}
        proposals = list(
            session.scalars(
                select(AwardProposal)
                .where(AwardProposal.id.in_(involved | by_unit_ids))
                .order_by(AwardProposal.proposal_date, AwardProposal.id)
            )
        )
        names = {
            i: r.name for i, r in recipient_rows(session, {f.recipient_id for f in facts}).items()
        }
        infos = proposal_infos(session, proposals)
        checks = run_checks(session, catalogue, infos, names)
        rows = proposal_rows(session, proposals, checks)
        units = unit_names(session, {f.unit_id for f in facts})
        quotas = _quotas(catalogue, counted, units)
        profile = session.get(Profile, 1)
        demo = bool(profile is not None and profile.demo)
    decided = [f for f in counted if f.decided]
    individuals = [f for f in decided if f.kind is RecipientType.INDIVIDUAL]
    direct = sum(1 for f in individuals if f.category is Category.DIRECT_WORKER)
    ad_hoc = sum(1 for f in decided if f.award_type is AwardType.AD_HOC)
    warnings: dict[tuple[str, str], RuleWarning] = {}
    for info in infos:
        for warning in checks.by_proposal.get(info.id, ()):
            warnings.setdefault((warning.code.value, warning.message), warning)
    return AwardsOverview(
        year=year,
        scope_code=scope_code,
        scope_name=scope_name,
        rules=reference.version_row(catalogue, version),
        counts=_award_counts(catalogue, counted),
        by_unit=_unit_counts(counted, units),
        quotas=quotas,
        proposed=len(counted),
        decided=len(decided),
        decided_individuals=len(individuals),
        direct_workers=direct,
        direct_workers_percent=percent(direct, len(individuals)),
        ad_hoc=ad_hoc,
        ad_hoc_percent=percent(ad_hoc, len(decided)),
        proposals=tuple(rows),
        warnings=tuple(warnings.values()),
        demo=demo,
    )


def _award_counts(catalogue: Catalogue, facts: Iterable[Fact]) -> tuple[AwardCount, ...]:
    grouped: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        grouped[f.award].append(f)
    order = {code: n for n, code in enumerate(reference.award_names(catalogue))}
    counts = []
    for code in sorted(grouped, key=lambda c: (order.get(c, len(order)), c)):
        lines = grouped[code]
        decided = [f for f in lines if f.decided]
        entry = catalogue.any_entry(code)
        counts.append(
            AwardCount(
                award_code=code,
                award_name=entry.name if entry else code,
                short_name=entry.short_name if entry else code,
                kind=entry.kind if entry else None,
                proposed=len(lines),
                decided=len(decided),
                collectives=sum(1 for f in decided if f.kind is RecipientType.COLLECTIVE),
                individuals=sum(1 for f in decided if f.kind is RecipientType.INDIVIDUAL),
                households=sum(1 for f in decided if f.kind is RecipientType.HOUSEHOLD),
                ad_hoc=sum(1 for f in decided if f.award_type is AwardType.AD_HOC),
            )
        )
    return tuple(counts)


def _unit_counts(
    facts: Iterable[Fact], units: dict[int, tuple[str, str, str]]
) -> tuple[UnitCount, ...]:
    proposed: dict[int, int] = defaultdict(int)
    decided: dict[int, int] = defaultdict(int)
    for f in facts:
        proposed[f.unit_id] += 1
        decided[f.unit_id] += f.decided
    rows = [
        UnitCount(units[u][0], units[u][1], units[u][2], proposed[u], decided[u]) for u in proposed
    ]
    return tuple(sorted(rows, key=lambda r: r.sort_key))


def _quotas(
    catalogue: Catalogue,
    facts: list[Fact],
    units: dict[int, tuple[str, str, str]],
) -> tuple[QuotaRow, ...]:
    """The quota per unit, under the rule version of the unit's capped lines themselves (as the
    proposals' warnings judge them: `line_version`), once per quota."""
    names = reference.award_names(catalogue)
    capping: dict[QuotaRule, set[int]] = defaultdict(set)  # keyed without the note
    for f in facts:
        if f.kind is RecipientType.INDIVIDUAL:
            for quota in line_version(catalogue, f).quotas:
                if f.award == quota.award:
                    capping[replace(quota, note="")].add(f.unit_id)
    rows = []
    for quota, capped in capping.items():
        for (unit_id, _year), (count, base) in quota_counts(facts, quota.award, quota.base).items():
            if not count or unit_id not in capped:
                continue
            code, name, key = units[unit_id]
            rows.append(
                (
                    key,
                    QuotaRow(
                        unit_code=code,
                        unit_name=name,
                        award_code=quota.award,
                        award_name=names.get(quota.award, quota.award),
                        base_code=quota.base,
                        base_name=names.get(quota.base, quota.base),
                        count=count,
                        base_count=base,
                        limit=quota.limit(base),
                        max_percent=quota.max_percent,
                        rounding=quota.rounding.value,
                        exceeded=quota.exceeded(count, base),
                    ),
                )
            )
    return tuple(row for _, row in sorted(rows, key=lambda item: (item[0], item[1].award_code)))


# -- one recipient ------------------------------------------------------------------------------


def recipient_history(db: Database, recipient_id: int) -> RecipientHistory:
    """A recipient's awards over the years (decided, or still proposed) and the higher awards
    its decided record makes it eligible for, as of its latest year with a decided award."""
    catalogue = reference.award_catalogue()
    with db.reading() as session:
        recipient = recipient_rows(session, [recipient_id]).get(recipient_id)
        if recipient is None:
            raise InvalidInput(f"Không có đối tượng khen thưởng #{recipient_id}.")
        facts = [f for f in load_facts(session, recipient_ids=[recipient_id]) if f.counted]
        decisions = _decisions(session, facts)
    order = {code: n for n, code in enumerate(reference.award_names(catalogue))}
    items = []
    for f in sorted(facts, key=lambda f: (f.year, order.get(f.award, len(order)), f.line_id)):
        entry = catalogue.any_entry(f.award)
        number, day, issuer = decisions.get(f.line_id, ("", None, ""))
        items.append(
            HistoryItem(
                year=f.year,
                award_code=f.award,
                award_name=entry.name if entry else f.award,
                award_type=f.award_type,
                proposal_id=f.proposal_id,
                proposal_status=f.status,
                decided=f.decided,
                decision_number=number,
                decision_date=day,
                issuer=issuer,
            )
        )
    decided_years = [f.year for f in facts if f.decided]
    eligible: list[EligibilityRow] = []
    if decided_years:
        eligible = _eligible(catalogue, {recipient_id: recipient}, facts, max(decided_years))
    from thidua_desktop.services.awards.registrations import recipient_registrations

    return RecipientHistory(
        recipient=recipient,
        items=tuple(items),
        eligible=tuple(eligible),
        registrations=tuple(recipient_registrations(db, recipient_id)),
    )


def _decisions(session: Session, facts: list[Fact]) -> dict[int, tuple[str, dt.date | None, str]]:
    ids = [f.line_id for f in facts if f.decided]
    if not ids:
        return {}
    query = (
        select(
            AwardLine.id, AwardDecision.number, AwardDecision.decision_date, AwardDecision.issuer
        )
        .join(AwardDecision, AwardDecision.id == AwardLine.decision_id)
        .where(AwardLine.id.in_(ids))
    )
    return {line: (number, day, issuer) for line, number, day, issuer in session.execute(query)}


def eligible_recipients(
    db: Database, *, year: int, unit_code: str | None = None
) -> list[EligibilityRow]:
    """Recipients of the scope whose decided awards up to `year` meet the history rules of a
    higher award of `year` (3 consecutive CSTĐCS → CSTĐ thành phố), by award then name."""
    catalogue = reference.award_catalogue()
    with db.reading() as session:
        root = scope_root(session, unit_code, year)
        scope = subtree_ids(session, root.id)
        # The longest history rule looks back a few years; ten is more than any of them.
        window = [
            f for f in load_facts(session, years=range(year - 10, year + 1)) if f.unit_id in scope
        ]
        recipients = recipient_rows(session, {f.recipient_id for f in window if f.decided})
    rows = _eligible(catalogue, recipients, window, year)
    names = reference.award_names(catalogue)
    order = {code: n for n, code in enumerate(names)}
    return sorted(rows, key=lambda r: (order.get(r.award_code, 0), r.recipient.sort_key))


def _eligible(
    catalogue: Catalogue,
    recipients: dict[int, RecipientRow],
    facts: list[Fact],
    year: int,
) -> list[EligibilityRow]:
    version = catalogue.version_on(year_end(year))
    names = reference.award_names(catalogue)
    held: dict[int, set[Held]] = defaultdict(set)
    proposed: set[tuple[int, str, int]] = set()
    for f in facts:
        if f.counted:
            proposed.add((f.recipient_id, f.award, f.year))
        if f.decided:
            held[f.recipient_id].add(Held(f.award, f.year))
    rows = []
    for recipient_id, recipient in recipients.items():
        found = eligible_awards(version, recipient.kind, held[recipient_id], year, names)
        for entry, basis in found:
            rows.append(
                EligibilityRow(
                    recipient=recipient,
                    year=year,
                    award_code=entry.code,
                    award_name=entry.name,
                    basis=basis,
                    already_proposed=(recipient_id, entry.code, year) in proposed,
                    rules_version=version.code,
                )
            )
    return rows
