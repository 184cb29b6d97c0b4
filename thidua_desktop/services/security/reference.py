"""Load the bundled "3 không" component list into the database (idempotent, audited)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.paths import resource
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.datasets import remember_dataset
from thidua_desktop.store.models.core import RefDataset
from thidua_desktop.store.models.security import SecurityComponent
from thidua_desktop.store.seed.security import ComponentDataset, read_component_dataset

COMPONENTS_DATASET = ("data", "security_components.json")


def load_reference_components(session: Session, dataset: ComponentDataset | None = None) -> int:
    """Bring the bundled component list in; returns how many components were added or changed.

    A data set already loaded with the same checksum changes nothing. Components are matched by
    code; the ones this office defined itself (source None) are never touched, and none is
    deleted (past evaluations refer to them)."""
    dataset = dataset or read_component_dataset(resource(*COMPONENTS_DATASET))
    loaded = session.get(RefDataset, dataset.name)
    if loaded is not None and loaded.sha256 == dataset.sha256:
        return 0
    existing = {c.code: c for c in session.scalars(select(SecurityComponent))}
    added = updated = 0
    for spec in dataset.components:
        values: dict[str, Any] = {
            "label": spec.label,
            "description": spec.description,
            "position": spec.position,
            "first_year": spec.first_year,
            "last_year": spec.last_year,
        }
        component = existing.get(spec.code)
        if component is None:
            session.add(SecurityComponent(code=spec.code, source=dataset.name, **values))
            added += 1
            continue
        if component.source != dataset.name:
            continue  # the office's own definition wins over the bundled one
        old = {k: getattr(component, k) for k, v in values.items() if getattr(component, k) != v}
        if old:
            for key in old:
                setattr(component, key, values[key])
            updated += 1
            audit.record(
                session,
                action="update",
                entity="security_component",
                key=spec.code,
                old=old,
                new={k: values[k] for k in old},
                reason=f"Cập nhật danh mục {dataset.name} {dataset.version}",
            )
    remember_dataset(
        session, loaded, name=dataset.name, version=dataset.version, sha256=dataset.sha256
    )
    audit.record(
        session,
        action="reference_load",
        entity="ref_dataset",
        key=dataset.name,
        new={"version": dataset.version, "added": added, "updated": updated},
    )
    return added + updated
