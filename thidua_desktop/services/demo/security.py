"""The Cần Thơ "3 không"/ANTT demonstration (2022 and 2023, 83 units): loaded idempotently."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from thidua_desktop.paths import resource
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.progress import Progress, checkpoint
from thidua_desktop.services.core.scope import unit_by_code
from thidua_desktop.services.demo.campaigns import DEMO_NOTE, DEMO_OPERATOR
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.models.core import PeriodLock
from thidua_desktop.store.models.security import (
    SecurityComponent,
    SecurityComponentStatus,
    SecurityStatus,
)

DEMO_SECURITY = (("demo", "security_2022_2023.json"), ("demo", "security_2025_2026.json"))


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def load_demo_security(session: Session, progress: Progress) -> int:
    """Add the demonstration records that are not there yet (bulk inserts); returns rows added.

    A unit and year that already has a record (entered, copied or demo) is left as it is, and a
    locked year is never written to."""
    return sum(_load_file(session, name, progress) for name in DEMO_SECURITY)


def _load_file(session: Session, name: tuple[str, str], progress: Progress) -> int:
    data = json.loads(resource(*name).read_text(encoding="utf-8"))
    components = dict(session.execute(select(SecurityComponent.code, SecurityComponent.id)).all())
    years: dict[str, list[dict[str, Any]]] = data["years"]
    added = 0
    counts: dict[str, int] = {}
    for done, (year_text, records) in enumerate(years.items()):
        checkpoint(progress, done, len(years), 'Đang nạp số liệu "3 không", ANTT minh họa…')
        year = int(year_text)
        if session.get(PeriodLock, year) is not None:
            continue
        present = set(
            session.scalars(select(SecurityStatus.unit_id).where(SecurityStatus.year == year))
        )
        units = {r["unit"]: unit_by_code(session, r["unit"], year=year).id for r in records}
        todo = [r for r in records if units[r["unit"]] not in present]
        if not todo:
            continue
        now = utc_now()
        session.execute(
            insert(SecurityStatus),
            [
                {
                    "uid": str(uuid.uuid4()),
                    "unit_id": units[r["unit"]],
                    "year": year,
                    "antt_registered_on": _date(r.get("registered_on")),
                    "antt_recognised_share": (
                        Decimal(r["recognised_share"]) if r.get("recognised_share") else None
                    ),
                    "antt_result": r["antt"],
                    "decision_number": r.get("decision", {}).get("number"),
                    "decision_date": _date(r.get("decision", {}).get("date")),
                    "decision_issuer": r.get("decision", {}).get("issuer"),
                    "note": DEMO_NOTE,
                    "source": "demo",
                    "entered_by": DEMO_OPERATOR,
                    "entered_at": now,
                }
                for r in todo
            ],
        )
        ids = dict(
            session.execute(
                select(SecurityStatus.unit_id, SecurityStatus.id).where(SecurityStatus.year == year)
            ).all()
        )
        parts = [
            {
                "status_id": ids[units[r["unit"]]],
                "component_id": components[code],
                "status": part["status"],
                "evidence_note": part.get("evidence"),
                "evidence_date": _date(part.get("date")),
            }
            for r in todo
            for code, part in r["components"].items()
            if code in components
        ]
        if parts:
            session.execute(insert(SecurityComponentStatus), parts)
        counts[year_text] = len(todo)
        added += len(todo) + len(parts)
    if added:
        audit.record(
            session,
            action="demo_load",
            entity="security_status",
            key=data["dataset"],
            new={"units_per_year": counts, "rows": added, "note": data["note"]},
        )
    return added
