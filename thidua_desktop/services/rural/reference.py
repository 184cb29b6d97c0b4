"""Load nông thôn mới criteria sets (bundled, or a city's own version) into the database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.paths import resource
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.datasets import remember_dataset
from thidua_desktop.services.rural.rows import LoadReport
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import RefDataset
from thidua_desktop.store.models.rural import (
    RuralCriteriaSet,
    RuralCriterion,
    RuralCriterionStatus,
)
from thidua_desktop.store.seed.rural import (
    CriteriaSetSpec,
    newest_sets,
    read_criteria_file,
    version_key,
)

CRITERIA_PATTERN = "ntm_criteria*.json"
LOADED, UNCHANGED, OLDER = "loaded", "unchanged", "older"
_CRITERION_FIELDS = ("position", "group_code", "name", "indicators", "revocation_key", "note")


def bundled_criteria_files() -> list[Path]:
    """The national sets and any city version shipped beside them in resources/data."""
    return sorted(resource("data").glob(CRITERIA_PATTERN))


def load_reference_criteria(session: Session, files: list[Path] | None = None) -> int:
    """Bring the newest version of each set in; returns how many sets were added or replaced.

    A set already loaded with the same content changes nothing; a version older than the one in
    use (a city's own version loaded earlier) is left aside."""
    specs = newest_sets(files if files is not None else bundled_criteria_files())
    return sum(1 for spec in specs if apply_set(session, spec) == LOADED)


def load_criteria_file(db: Database, path: Path) -> LoadReport:
    """Load a city's own version of one or more sets from a file (one transaction, audited)."""
    specs = read_criteria_file(path)
    outcome: dict[str, list[str]] = {LOADED: [], UNCHANGED: [], OLDER: []}
    with db.transaction() as session:
        for spec in specs:
            outcome[apply_set(session, spec)].append(f"{spec.code.value} {spec.version}")
    return LoadReport(
        loaded=tuple(outcome[LOADED]),
        unchanged=tuple(outcome[UNCHANGED]),
        older=tuple(outcome[OLDER]),
    )


def apply_set(session: Session, spec: CriteriaSetSpec) -> str:
    """Add or replace one set (matched by code and first year); criteria matched by code.

    A criterion the new version drops is deleted when no commune's record uses it, and refused
    otherwise (past years' records must keep meaning what they meant)."""
    loaded = session.get(RefDataset, spec.key)
    current = session.scalars(
        select(RuralCriteriaSet).where(
            RuralCriteriaSet.code == spec.code.value,
            RuralCriteriaSet.first_year == spec.first_year,
        )
    ).first()
    if current is not None and loaded is not None and loaded.sha256 == spec.sha256:
        return UNCHANGED
    if current is not None and version_key(spec.version) < version_key(current.version):
        return OLDER
    values: dict[str, Any] = {
        "last_year": spec.last_year,
        "version": spec.version,
        "title": spec.title,
        "legal_basis": spec.legal_basis,
        "groups": spec.groups_text,
        "source": spec.dataset,
    }
    old_set: dict[str, Any] = {}
    if current is None:
        current = RuralCriteriaSet(code=spec.code.value, first_year=spec.first_year, **values)
        session.add(current)
        session.flush()
        existing: dict[str, RuralCriterion] = {}
    else:
        old_set = {k: getattr(current, k) for k, v in values.items() if getattr(current, k) != v}
        for key in old_set:
            setattr(current, key, values[key])
        existing = {
            c.code: c
            for c in session.scalars(
                select(RuralCriterion).where(RuralCriterion.set_id == current.id)
            )
        }
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for criterion in spec.criteria:
        fields = {name: getattr(criterion, name) for name in _CRITERION_FIELDS}
        row = existing.pop(criterion.code, None)
        if row is None:
            session.add(RuralCriterion(set_id=current.id, code=criterion.code, **fields))
            new[criterion.code] = fields
            continue
        changed = {k: v for k, v in fields.items() if getattr(row, k) != v}
        if changed:
            old[criterion.code] = {k: getattr(row, k) for k in changed}
            new[criterion.code] = changed
            for key, value in changed.items():
                setattr(row, key, value)
    for code, row in existing.items():
        used = session.scalar(
            select(func.count())
            .select_from(RuralCriterionStatus)
            .where(RuralCriterionStatus.criterion_id == row.id)
        )
        if used:
            raise InvalidInput(
                f"Phiên bản {spec.version} của bộ tiêu chí {spec.code.label} bỏ tiêu chí {code} "
                f"({row.name}) nhưng đã có {used} bản ghi đánh giá tiêu chí này: không nạp được."
            )
        old[code] = {k: getattr(row, k) for k in _CRITERION_FIELDS}
        session.delete(row)
    _remember(session, spec, loaded)
    audit.record(
        session,
        action="reference_load",
        entity="rural_criteria_set",
        key=spec.key,
        old={"set": old_set, "criteria": old} if old or old_set else None,
        new={"version": spec.version, "source": spec.dataset, "criteria": new},
        reason=f"Nạp bộ tiêu chí {spec.code.label} phiên bản {spec.version} ({spec.dataset})",
    )
    return LOADED


def _remember(session: Session, spec: CriteriaSetSpec, loaded: RefDataset | None) -> None:
    remember_dataset(session, loaded, name=spec.key, version=spec.version, sha256=spec.sha256)
