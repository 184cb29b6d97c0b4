"""Audit entries for an import, written in bulk; each names the package it came from."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from thidua_desktop.services.audit import current_operator
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.models import AuditEntry


def _encode(values: Mapping[str, Any] | None) -> str | None:
    # As services.audit encodes them: the audit page reads both alike.
    if values is None:
        return None
    return json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)


class Journal:
    """Collects the audit entries of one import; `flush` adds them inside its transaction."""

    def __init__(self, session: Session, package_ref: str) -> None:
        self.session = session
        self.package_ref = package_ref[:200]
        self.rows: list[dict[str, Any]] = []

    def add(
        self,
        *,
        action: str,
        entity: str,
        key: str,
        old: Mapping[str, Any] | None = None,
        new: Mapping[str, Any] | None = None,
        unit_id: int | None = None,
        reason: str | None = None,
    ) -> None:
        self.rows.append(
            {
                "action": action,
                "entity": entity,
                "entity_key": key[:200],
                "unit_id": unit_id if unit_id is not None and unit_id > 0 else None,
                "old_value": _encode(old),
                "new_value": _encode(new),
                "reason": reason,
            }
        )

    def flush(self) -> int:
        if not self.rows:
            return 0
        operator, now = current_operator(self.session), utc_now()
        for row in self.rows:
            row.update(at=now, operator=operator, package_ref=self.package_ref)
        self.session.execute(insert(AuditEntry), self.rows)
        written = len(self.rows)
        self.rows = []
        return written
