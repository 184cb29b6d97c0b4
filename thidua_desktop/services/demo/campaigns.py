"""The Cần Thơ 2023 demonstration data (campaigns, targets, results), loaded idempotently."""

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
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.models.core import Campaign, Indicator, Registration, Result, Target

# Cần Thơ's Chỉ thị 10/CT-UBND (2023), then the new city of 01/07/2025 (2025-2026).
DEMO_CAMPAIGNS = (("demo", "campaigns_2023.json"), ("demo", "campaigns_2025_2026.json"))
DEMO_NOTE = "Số liệu minh họa"
DEMO_OPERATOR = "dữ liệu minh họa"


def load_demo_campaigns(session: Session, progress: Progress) -> int:
    """Add the demonstration campaigns that are not there yet; returns rows added."""
    return sum(_load_file(session, name, progress) for name in DEMO_CAMPAIGNS)


def _load_file(session: Session, name: tuple[str, str], progress: Progress) -> int:
    data = json.loads(resource(*name).read_text(encoding="utf-8"))
    added = 0
    campaigns: list[dict[str, Any]] = data["campaigns"]
    for done, spec in enumerate(campaigns):
        checkpoint(progress, done, len(campaigns), "Đang nạp phong trào thi đua minh họa…")
        if session.scalars(select(Campaign.id).where(Campaign.code == spec["code"])).first():
            continue
        added += _load_campaign(session, spec)
    if added:
        audit.record(
            session,
            action="demo_load",
            entity="campaign",
            key=data["dataset"],
            new={"rows": added, "note": data["note"]},
        )
    return added


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _load_campaign(session: Session, spec: dict[str, Any]) -> int:
    now = utc_now()
    start, end = _date(spec["start_date"]), _date(spec["end_date"])
    assert start is not None and end is not None
    year = start.year
    campaign = Campaign(
        uid=str(uuid.uuid4()),
        code=spec["code"],
        title=spec["title"],
        form=spec["form"],
        theme=spec["theme"],
        doc_number=spec["doc_number"],
        doc_date=_date(spec["doc_date"]),
        doc_issuer=spec["doc_issuer"],
        doc_summary=spec["doc_summary"],
        start_date=start,
        end_date=end,
        scope_unit_id=unit_by_code(session, spec["scope"], year=year).id,
        status=spec["status"],
        demo=True,
        created_at=now,
        updated_at=now,
    )
    session.add(campaign)
    session.flush()
    indicators: dict[str, int] = {}
    for position, ind in enumerate(spec["indicators"], start=1):
        indicator = Indicator(
            uid=str(uuid.uuid4()),
            campaign_id=campaign.id,
            code=ind["code"],
            name=ind["name"],
            unit_of_measure=ind["unit"],
            decimals=ind["decimals"],
            comparator=ind["comparator"],
            source=ind["source"],
            min_value=Decimal(ind["min"]) if "min" in ind else None,
            max_value=Decimal(ind["max"]) if "max" in ind else None,
            whole_number=ind.get("whole", False),
            position=position,
            note=DEMO_NOTE,
        )
        session.add(indicator)
        session.flush()
        indicators[ind["code"]] = indicator.id

    units = {code: unit_by_code(session, code, year=year).id for code in spec["targets"]}
    units |= {code: unit_by_code(session, code, year=year).id for code in spec["results"]}
    target_rows = [
        {
            "uid": str(uuid.uuid4()),
            "indicator_id": indicators[code],
            "unit_id": units[unit],
            "year": year,
            "low": Decimal(bounds[0]),
            "high": Decimal(bounds[1]) if len(bounds) > 1 else None,
            "note": DEMO_NOTE,
        }
        for unit, by_indicator in spec["targets"].items()
        for code, bounds in by_indicator.items()
    ]
    result_rows = [
        {
            "uid": str(uuid.uuid4()),
            "indicator_id": indicators[code],
            "unit_id": units[unit],
            "year": year,
            "value": Decimal(value),
            "note": DEMO_NOTE,
            "source": "demo",
            "entered_by": DEMO_OPERATOR,
            "entered_at": now,
        }
        for unit, by_indicator in spec["results"].items()
        for code, value in by_indicator.items()
    ]
    if target_rows:
        session.execute(insert(Target), target_rows)
    if result_rows:
        session.execute(insert(Result), result_rows)
    for reg in spec["registrations"]:
        session.add(
            Registration(
                uid=str(uuid.uuid4()),
                campaign_id=campaign.id,
                unit_id=unit_by_code(session, reg["unit"], year=year).id,
                year=year,
                titles=reg["titles"],
                registered_on=_date(reg["registered_on"]),
                status=reg["status"],
                decided_on=_date(reg.get("decided_on")),
                return_reason=reg.get("reason"),
            )
        )
    return 1 + len(indicators) + len(target_rows) + len(result_rows) + len(spec["registrations"])
