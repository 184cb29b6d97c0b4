"""The tiền thưởng of a decision: the levels of its rule version (× lương cơ sở, rounded as the
version says) fixed when the decision is recorded, so a reprint pays what was decided."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from thidua_desktop.domain.awards.rules import Catalogue, RuleVersion, reward_amount
from thidua_desktop.domain.awards.types import RecipientType
from thidua_desktop.services.awards.rows import DecisionRow, LineRow


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
