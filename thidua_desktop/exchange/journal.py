"""Audit entries for an import, written in bulk; each names the package it came from."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from thidua_desktop.services.core.audit import current_operator
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.bulk import insert_rows
from thidua_desktop.store.models.core import AuditEntry

# As services.audit encodes them (json.dumps with these options): the audit page reads both alike.
# One encoder for every entry (json.dumps would build a new one per call with these options).
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str)


def _encode(values: Mapping[str, Any] | None) -> str | None:
    if values is None:
        return None
    return _ENCODER.encode(values)


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
        table: Any = AuditEntry.__table__
        insert_rows(self.session.connection(), table, self.rows)
        written = len(self.rows)
        self.rows = []
        return written
