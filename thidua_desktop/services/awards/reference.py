"""The khen thưởng catalogue: the bundled file, read once, its version registered, and as rows.

Services fetch the catalogue through `award_catalogue()` at call time (tests may replace it), and
choose the rule version by a date with `Catalogue.version_on`: a decision's date, or a proposal's
date while it has no decision.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

from sqlalchemy.orm import Session

from thidua_desktop.domain.awards.rules import (
    AwardEntry,
    Catalogue,
    Prerequisite,
    PrerequisiteKind,
    RuleVersion,
)
from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.numbers import format_number
from thidua_desktop.paths import resource
from thidua_desktop.services.awards.rows import (
    AwardEntryRow,
    PrerequisiteRow,
    QuotaRuleRow,
    RuleVersionRow,
)
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.datasets import remember_dataset
from thidua_desktop.store.models.core import RefDataset
from thidua_desktop.store.seed.awards import read_catalogue

CATALOGUE_FILE = ("data", "awards_catalogue.json")


@lru_cache(maxsize=4)
def _read(path: str) -> Catalogue:
    return read_catalogue(Path(path))


def award_catalogue() -> Catalogue:
    """The bundled catalogue (read from resources once per process)."""
    return _read(str(resource(*CATALOGUE_FILE)))


def award_names(catalogue: Catalogue) -> dict[str, str]:
    """Every award code of any version → its name (the newest version's)."""
    names: dict[str, str] = {}
    for version in catalogue.versions:
        names |= {entry.code: entry.name for entry in version.entries}
    return names


def load_reference_catalogue(session: Session, catalogue: Catalogue | None = None) -> int:
    """Record which catalogue version is in use (packages and the audit trail cite it);
    returns 1 when it is new or changed, 0 when the same file was registered before."""
    catalogue = catalogue or award_catalogue()
    loaded = session.get(RefDataset, catalogue.dataset)
    if loaded is not None and loaded.sha256 == catalogue.sha256:
        return 0
    old = None if loaded is None else {"version": loaded.version}
    remember_dataset(
        session,
        loaded,
        name=catalogue.dataset,
        version=catalogue.version,
        sha256=catalogue.sha256,
    )
    audit.record(
        session,
        action="reference_load",
        entity="ref_dataset",
        key=catalogue.dataset,
        old=old,
        new={
            "version": catalogue.version,
            "rule_versions": [v.code for v in catalogue.versions],
        },
        reason=f"Nạp danh mục khen thưởng {catalogue.version}",
    )
    return 1


# -- as rows --------------------------------------------------------------------------------


def catalogue_versions() -> tuple[RuleVersionRow, ...]:
    """Every rule version of the catalogue, oldest first (the reference table of the page)."""
    catalogue = award_catalogue()
    return tuple(version_row(catalogue, v) for v in catalogue.versions)


def rules_on(day: dt.date) -> RuleVersionRow:
    """The rule version in force on `day`, with its titles and forms (for the pickers)."""
    catalogue = award_catalogue()
    return version_row(catalogue, catalogue.version_on(day), day)


def version_row(
    catalogue: Catalogue, version: RuleVersion, day: dt.date | None = None
) -> RuleVersionRow:
    """The version as rows; `day` chooses the lương cơ sở shown (default: the version's last
    day, or today for the version in force)."""
    names = award_names(catalogue)
    if day is None:
        day = min(version.valid_to or dt.date.today(), dt.date.today())
    salary = catalogue.base_salary_on(day)
    rounding = version.money_rounding
    return RuleVersionRow(
        code=version.code,
        label=version.label,
        valid_from=version.valid_from,
        valid_to=version.valid_to,
        period=version.period,
        legal_basis=version.legal_basis,
        ballot_min_percent=version.ballot_min_percent,
        quotas=tuple(
            QuotaRuleRow(
                award_code=q.award,
                award_name=names.get(q.award, q.award),
                base_code=q.base,
                base_name=names.get(q.base, q.base),
                max_percent=q.max_percent,
                rounding=q.rounding.value,
                rounding_label=q.rounding.label,
                note=q.note,
            )
            for q in version.quotas
        ),
        entries=tuple(entry_row(e, names) for e in version.entries),
        catalogue_version=catalogue.version,
        source_note=version.source_note,
        suspension=version.suspension,
        suspension_note=version.suspension_note,
        money_rounding=(
            f"{'làm tròn lên' if rounding.up else 'làm tròn'} đến "
            f"{format_number(rounding.step)} đồng"
            if version.has_money
            else ""
        ),
        base_salary=(
            f"{format_number(salary.amount)} đồng ({salary.basis}, từ "
            f"{format_date(salary.valid_from)})"
            if salary is not None
            else ""
        ),
    )


def entry_row(entry: AwardEntry, names: dict[str, str]) -> AwardEntryRow:
    return AwardEntryRow(
        code=entry.code,
        name=entry.name,
        short_name=entry.short_name,
        kind=entry.kind,
        recipients=entry.recipients,
        types=entry.types,
        levels=entry.levels,
        deciders=entry.deciders,
        ballot=entry.ballot,
        prerequisites=tuple(
            PrerequisiteRow(r.kind.value, prerequisite_text(r, names), r.note)
            for r in entry.prerequisites
        ),
        description=entry.description,
        note=entry.note,
        money="; ".join(
            f"{kind.label} {format_number(coefficient)}" for kind, coefficient in entry.money
        )
        + (" × lương cơ sở" if entry.money else ""),
        money_note=entry.money_note,
    )


def prerequisite_text(rule: Prerequisite, names: dict[str, str]) -> str:
    """A rule in words, as the reference table shows it."""
    what = " hoặc ".join(f"“{names.get(a, a)}”" for a in rule.awards)
    whom = ""
    if rule.recipients:
        whom = " (" + ", ".join(sorted(r.label for r in rule.recipients)) + ")"
    if rule.kind is PrerequisiteKind.SAME_YEAR:
        text = f"đạt {what} cùng năm"
    elif rule.kind is PrerequisiteKind.CONSECUTIVE:
        text = f"{rule.years} năm liên tục đạt {what}"
    elif rule.kind is PrerequisiteKind.WITHIN:
        text = f"ít nhất {rule.count} lần đạt {what} trong {rule.years} năm"
    elif rule.kind is PrerequisiteKind.HELD_BEFORE:
        text = f"đã được tặng {what}"
    else:
        bound = "trên" if rule.strict else "từ"
        text = f"{bound} {rule.percent.normalize():f}% thành viên đạt {what}".replace(".", ",")
    return text + whom
