"""The tiền thưởng of a decision: the levels of its rule version (× lương cơ sở, rounded as the
version says) fixed when the decision is recorded, so a reprint pays what was decided."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from thidua_desktop.domain.awards.rules import Catalogue, RuleVersion, reward_amount
from thidua_desktop.domain.awards.types import RecipientType
from thidua_desktop.services.awards.rows import DecisionRow, LineRow

if TYPE_CHECKING:
    from thidua_desktop.store.engine import Database


@dataclass(frozen=True)
class RewardLevel:
    """One award's reward for one kind of recipient in a decision: "Giấy khen, cá nhân: 0,3 ×
    lương cơ sở = 710.000 đồng, 5 người"."""

    award_code: str
    recipient: RecipientType
    coefficient: Decimal
    amount: int  # đồng each, rounded as the version says
    count: int

    @property
    def total(self) -> int:
        return self.amount * self.count


@dataclass(frozen=True)
class DecisionMoney:
    """The tiền thưởng a decision pays, from its rule version and the lương cơ sở on its date."""

    base_salary: int
    salary_basis: str  # "Nghị định số 73/2024/NĐ-CP"
    levels: tuple[RewardLevel, ...]

    @property
    def total(self) -> int:
        return sum(level.total for level in self.levels)


def money_record(catalogue: Catalogue, version: RuleVersion, day: dt.date) -> str | None:
    """The levels a decision of `day` under `version` pays, as stored on it (JSON); None when
    the version sets none or no lương cơ sở is known on that day."""
    salary = catalogue.base_salary_on(day)
    if salary is None or not version.has_money:
        return None
    levels = {
        entry.code: {
            kind.value: [
                str(coefficient),
                reward_amount(coefficient, salary.amount, version.money_rounding),
            ]
            for kind, coefficient in entry.money
        }
        for entry in version.entries
        if entry.money
    }
    return json.dumps(
        {"base_salary": salary.amount, "salary_basis": salary.basis, "levels": levels},
        ensure_ascii=False,
        sort_keys=True,
    )


def _stored(text: str) -> tuple[int, str, dict[str, dict[str, tuple[Decimal, int]]]] | None:
    try:
        data = json.loads(text)
        levels = {
            code: {kind: (Decimal(pair[0]), int(pair[1])) for kind, pair in kinds.items()}
            for code, kinds in data["levels"].items()
        }
        return int(data["base_salary"]), str(data["salary_basis"]), levels
    except (ValueError, KeyError, TypeError, IndexError, InvalidOperation):
        return None  # unreadable: computed again from the catalogue


def decision_money(
    catalogue: Catalogue, decision: DecisionRow, lines: list[LineRow]
) -> DecisionMoney | None:
    """What the decision's lines receive: from the levels stored on it, or (a decision recorded
    before they were stored) from its version and the lương cơ sở on its date. None when no
    line has a level."""
    stored = _stored(decision.reward_money) if decision.reward_money else None
    if stored is None:
        version = catalogue.rule_version(decision.rules_version) or catalogue.version_on(
            decision.day
        )
        record = money_record(catalogue, version, decision.day)
        stored = _stored(record) if record else None
    if stored is None:
        return None
    base_salary, basis, table = stored
    counts: dict[tuple[str, RecipientType], int] = {}
    for line in lines:
        key = (line.award_code, line.recipient.kind)
        counts[key] = counts.get(key, 0) + 1
    levels = []
    for (code, kind), count in counts.items():
        level = table.get(code, {}).get(kind.value)
        if level is not None:
            levels.append(RewardLevel(code, kind, level[0], level[1], count))
    if not levels:
        return None
    return DecisionMoney(base_salary, basis, tuple(levels))


# -- the year's tiền thưởng, for the finance office ---------------------------------------------
@dataclass(frozen=True)
class PaidLine:
    """One recipient's tiền thưởng in a decision."""

    position: int
    recipient: str
    unit_name: str
    recipient_kind: RecipientType
    award_name: str
    coefficient: Decimal
    amount: int


@dataclass(frozen=True)
class DecisionPay:
    decision_id: int
    number: str
    day: dt.date
    issuer: str
    proposal_title: str
    base_salary: int
    salary_basis: str
    lines: tuple[PaidLine, ...]

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines)


@dataclass(frozen=True)
class YearMoney:
    year: int
    office_name: str
    decisions: tuple[DecisionPay, ...]
    without_money: tuple[str, ...]  # decisions whose version sets no tiền thưởng ("375/QĐ-UBND")

    @property
    def total(self) -> int:
        return sum(d.total for d in self.decisions)


def year_money(db: Database, year: int, unit_code: str | None = None) -> YearMoney:
    """Every decision signed in `year` on a proposal of the unit's scope (default: the
    office's), with what each of its lines receives (the levels fixed on it) and the totals."""
    from sqlalchemy import select

    from thidua_desktop.services.awards.proposals import get_proposal
    from thidua_desktop.services.awards.reference import award_catalogue
    from thidua_desktop.services.core.scope import (
        ensure_in_scope,
        full_name,
        office_unit,
        subtree_query,
        unit_by_code,
    )
    from thidua_desktop.store.models.awards import AwardDecision, AwardProposal

    with db.reading() as session:
        office = office_unit(session)
        if unit_code is not None and unit_code != office.code:
            office = unit_by_code(session, unit_code, year=year)
            ensure_in_scope(session, office)
        found = session.execute(
            select(AwardDecision.id, AwardDecision.proposal_id)
            .join(AwardProposal, AwardProposal.id == AwardDecision.proposal_id)
            .where(
                AwardDecision.decision_date >= dt.date(year, 1, 1),
                AwardDecision.decision_date <= dt.date(year, 12, 31),
                AwardProposal.unit_id.in_(subtree_query([office.id])),
            )
            .order_by(AwardDecision.decision_date, AwardDecision.id)
        ).all()
        office_name = full_name(office)
    catalogue = award_catalogue()
    decisions, without = [], []
    details: dict[int, Any] = {}
    for decision_id, proposal_id in found:
        detail = details.get(proposal_id) or details.setdefault(
            proposal_id, get_proposal(db, proposal_id)
        )
        decision = next(d for d in detail.decisions if d.id == decision_id)
        lines = [line for line in detail.lines if line.decision_id == decision_id]
        money = decision_money(catalogue, decision, lines)
        if money is None:
            without.append(decision.number)
            continue
        levels = {(level.award_code, level.recipient): level for level in money.levels}
        paid = tuple(
            PaidLine(
                line.position,
                line.recipient.name,
                line.recipient.unit_name,
                line.recipient.kind,
                line.award_name,
                levels[(line.award_code, line.recipient.kind)].coefficient,
                levels[(line.award_code, line.recipient.kind)].amount,
            )
            for line in lines
            if (line.award_code, line.recipient.kind) in levels
        )
        decisions.append(
            DecisionPay(
                decision.id,
                decision.number,
                decision.day,
                decision.issuer,
                detail.proposal.title,
                money.base_salary,
                money.salary_basis,
                paid,
            )
        )
    return YearMoney(year, office_name, tuple(decisions), tuple(without))
