"""The Cần Thơ nông thôn mới demonstration (36 xã, 2021-2023): loaded idempotently, in bulk."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from thidua_desktop.domain.rural import Level
from thidua_desktop.paths import resource
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.progress import Progress, checkpoint
from thidua_desktop.services.demo.campaigns import DEMO_NOTE, DEMO_OPERATOR
from thidua_desktop.services.rural.data import sets_for
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.models.core import AdminUnit, PeriodLock
from thidua_desktop.store.models.rural import (
    RuralCriterionStatus,
    RuralPlan,
    RuralRecognition,
)

# The 36 xã of 2021-2023, then the xã of the new city (2025-2026); each file names the day
# its unit codes are read on ("as_of", default 31/12/2023): codes were reused on 01/07/2025.
DEMO_RURAL = (("demo", "rural_2021_2023.json"), ("demo", "rural_2025_2026.json"))
INCOME_CRITERION = "10"
INCOME_UNIT = "triệu đồng/người/năm"


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def load_demo_rural(session: Session, progress: Progress) -> int:
    """Add the demonstration records that are not there yet; returns rows added.

    A recognition already recorded (same xã, level and decision), a xã and year whose criteria of
    a set are already recorded, or a plan already set, is left as it is; locked years are never
    written to."""
    return sum(_load_file(session, name, progress) for name in DEMO_RURAL)


def _load_file(session: Session, name: tuple[str, str], progress: Progress) -> int:
    data = json.loads(resource(*name).read_text(encoding="utf-8"))
    locked = set(session.scalars(select(PeriodLock.year)))
    codes = {r["unit"] for r in data["recognitions"]}
    for units in (*data["criteria"].values(), *data["plans"].values()):
        codes |= set(units)
    units = _units(session, codes, dt.date.fromisoformat(data.get("as_of", "2023-12-31")))
    now, added = utc_now(), {"recognitions": 0, "criteria": 0, "plans": 0}
    common = {"source": "demo", "entered_by": DEMO_OPERATOR, "entered_at": now}

    checkpoint(progress, 0, 3, "Đang nạp công nhận nông thôn mới minh họa…")
    present = set(
        session.execute(
            select(
                RuralRecognition.unit_id, RuralRecognition.level, RuralRecognition.decision_number
            )
        ).all()
    )
    rows = [
        {
            "uid": str(uuid.uuid4()),
            "unit_id": units[r["unit"]],
            "level": Level(r["level"]).value,
            "year": r["year"],
            "decision_number": r["decision"],
            "decision_date": _date(r["date"]),
            "issuer": r["issuer"],
            "announced_on": _date(r.get("announced_on")),
            "note": f"{DEMO_NOTE}. {r['note']}",
            **common,
        }
        for r in data["recognitions"]
        if r["year"] not in locked and (units[r["unit"]], r["level"], r["decision"]) not in present
    ]
    if rows:
        session.execute(insert(RuralRecognition), rows)
    added["recognitions"] = len(rows)

    checkpoint(progress, 1, 3, "Đang nạp tiêu chí nông thôn mới minh họa…")
    for year_text, by_unit in data["criteria"].items():
        year = int(year_text)
        if year in locked:
            continue
        added["criteria"] += _criteria(session, year, by_unit, units, data, common)

    checkpoint(progress, 2, 3, "Đang nạp kế hoạch nông thôn mới minh họa…")
    for year_text, plans in data["plans"].items():
        year = int(year_text)
        if year in locked:
            continue
        planned = set(session.scalars(select(RuralPlan.unit_id).where(RuralPlan.year == year)))
        rows = [
            {
                "uid": str(uuid.uuid4()),
                "unit_id": units[code],
                "year": year,
                "level": Level(level).value,
                "note": DEMO_NOTE,
                **common,
            }
            for code, level in plans.items()
            if units[code] not in planned
        ]
        if rows:
            session.execute(insert(RuralPlan), rows)
        added["plans"] += len(rows)

    total = sum(added.values())
    if total:
        audit.record(
            session,
            action="demo_load",
            entity="rural",
            key=data["dataset"],
            new={**added, "note": data["note"]},
        )
    return total


def _units(session: Session, codes: set[str], day: dt.date) -> dict[str, int]:
    """The units with these codes on `day` (the day the file's codes are read on)."""
    found: dict[str, int] = {}
    for unit_id, code, start, end in session.execute(
        select(AdminUnit.id, AdminUnit.code, AdminUnit.valid_from, AdminUnit.valid_to).where(
            AdminUnit.code.in_(sorted(codes))
        )
    ):
        if (start is None or start <= day) and (end is None or day <= end):
            found[code] = unit_id
    missing = codes - set(found)
    if missing:
        raise RuntimeError(f"demo units not in the unit list: {sorted(missing)}")
    return found


def _criteria(
    session: Session,
    year: int,
    by_unit: dict[str, dict[str, Any]],
    units: dict[str, int],
    data: dict[str, Any],
    common: dict[str, Any],
) -> int:
    """Each xã's criteria of each set given: those listed are not met, the others met."""
    sets = sets_for(session, year)
    recorded = set(
        session.execute(
            select(RuralCriterionStatus.unit_id, RuralCriterionStatus.criterion_id).where(
                RuralCriterionStatus.year == year
            )
        ).all()
    )
    rows = []
    for code, entry in by_unit.items():
        unit_id = units[code]
        for level in Level:
            if level.value not in entry or level not in sets:
                continue
            set_def = sets[level]
            ids = set_def.ids
            if any((unit_id, cid) in recorded for cid in ids.values()):
                continue  # this set already has records for the xã and year
            failing = set(entry[level.value])
            for criterion in set_def.row.criteria:
                value = None
                if criterion.code == INCOME_CRITERION and level is not Level.KIEU_MAU:
                    value = f"{entry['income']} {INCOME_UNIT}"
                rows.append(
                    {
                        "uid": str(uuid.uuid4()),
                        "unit_id": unit_id,
                        "year": year,
                        "criterion_id": ids[criterion.code],
                        "met": criterion.code not in failing,
                        "value": value,
                        "evidence_note": data["criteria_note"],
                        **common,
                    }
                )
    if rows:
        session.execute(insert(RuralCriterionStatus), rows)
    return len(rows)
