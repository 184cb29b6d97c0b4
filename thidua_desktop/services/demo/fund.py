"""The quỹ thi đua, khen thưởng demonstration (xã Phong Điền, 2026): the opening balance,
receipts and payments, one of them the tiền thưởng of the commune's decision 298/QĐ-UBND.
Loaded once, idempotently: nothing when the unit's book has lines that year or the year is
locked; the audit entry counts rows."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.paths import resource
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.progress import Progress, checkpoint
from thidua_desktop.services.core.scope import subtree_query, unit_by_code
from thidua_desktop.services.demo.campaigns import DEMO_OPERATOR
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.models.awards import AwardDecision, AwardProposal
from thidua_desktop.store.models.core import PeriodLock
from thidua_desktop.store.models.fund import FundEntry, FundOpening

DEMO_FUND = ("demo", "fund_2026.json")


def load_demo_fund(session: Session, progress: Progress) -> int:
    """Add the demonstration fund books that are not there yet; returns rows added."""
    data = json.loads(resource(*DEMO_FUND).read_text(encoding="utf-8"))
    locked = set(session.scalars(select(PeriodLock.year)))
    added = 0
    books = data["books"]
    for done, book in enumerate(books):
        checkpoint(progress, done, len(books), "Đang nạp sổ quỹ thi đua, khen thưởng minh họa…")
        if book["year"] not in locked:
            added += _book(session, book)
    if added:
        audit.record(
            session,
            action="demo_load",
            entity="fund_entry",
            key=data["dataset"],
            new={"rows": added, "note": data["note"]},
        )
    return added


def _book(session: Session, book: dict[str, Any]) -> int:
    year = book["year"]
    unit = unit_by_code(session, book["unit"], year=year)
    if session.scalar(
        select(FundEntry.id).where(FundEntry.unit_id == unit.id, FundEntry.year == year)
    ) or session.scalar(
        select(FundOpening.id).where(FundOpening.unit_id == unit.id, FundOpening.year == year)
    ):
        return 0  # the office keeps this book itself
    now = utc_now()
    session.add(
        FundOpening(
            unit_id=unit.id,
            year=year,
            amount=book["opening"],
            note=book["opening_note"],
            updated_at=now,
            updated_by=DEMO_OPERATOR,
        )
    )
    for line in book["lines"]:
        decision = None
        if line.get("decision"):
            decision = session.scalar(
                select(AwardDecision.id)
                .join(AwardProposal, AwardProposal.id == AwardDecision.proposal_id)
                .where(
                    AwardDecision.number == line["decision"],
                    AwardProposal.unit_id.in_(subtree_query([unit.id])),
                )
            )
        session.add(
            FundEntry(
                uid=str(uuid.uuid4()),
                unit_id=unit.id,
                year=year,
                kind=line["kind"],
                number=line["number"],
                entry_date=dt.date.fromisoformat(line["date"]),
                amount=line["amount"],
                category_code=line["category"],
                description=line["description"],
                decision_id=decision,
                entered_by=DEMO_OPERATOR,
                created_at=now,
                updated_at=now,
            )
        )
    session.flush()
    return 1 + len(book["lines"])
