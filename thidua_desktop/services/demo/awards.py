"""The khen thưởng demonstration (huyện Phong Điền, 2021-2023): loaded once, idempotently.

Rows are written as the workflow would have left them (statuses, votes, decisions with the rule
version of their date). Nothing is loaded when any demonstration proposal is already there, and
a proposal of a locked year is left out. The audit entry counts rows; it names nobody.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.awards.types import (
    AwardType,
    DecidingLevel,
    ProposalStatus,
    RecipientType,
    person_sort_key,
)
from thidua_desktop.domain.text import clean, fold, sort_key
from thidua_desktop.paths import resource
from thidua_desktop.services.awards import reference
from thidua_desktop.services.awards.money import money_record
from thidua_desktop.services.awards.workflow import default_issuer
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.progress import Progress, checkpoint
from thidua_desktop.services.core.scope import full_name, unit_by_code
from thidua_desktop.services.demo.campaigns import DEMO_NOTE, DEMO_OPERATOR
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.models.awards import (
    AwardDecision,
    AwardLine,
    AwardProposal,
    AwardRecipient,
)
from thidua_desktop.store.models.core import Campaign, PeriodLock

# Huyện Phong Điền 2021-2023; phường Ninh Kiều, xã Phong Điền and the city 2025-2026.
DEMO_AWARDS = (("demo", "awards_2021_2023.json"), ("demo", "awards_2025_2026.json"))


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def load_demo_awards(session: Session, progress: Progress) -> int:
    """Add the demonstration recipients, proposals and decisions; returns rows added."""
    return sum(_load_file(session, name, progress) for name in DEMO_AWARDS)


def _load_file(session: Session, name: tuple[str, str], progress: Progress) -> int:
    """One file, loaded only when no demonstration proposal of its years is there yet."""
    data = json.loads(resource(*name).read_text(encoding="utf-8"))
    years = {p["year"] for p in data["proposals"]}
    present = session.scalar(
        select(AwardProposal.id).where(
            AwardProposal.source == "demo", AwardProposal.year.in_(sorted(years))
        )
    )
    if present is not None:
        return 0
    locked = set(session.scalars(select(PeriodLock.year)))
    specs: list[dict[str, Any]] = [p for p in data["proposals"] if p["year"] not in locked]
    if not specs:
        return 0
    now = utc_now()
    recipients = _recipients(session, data["recipients"], now)
    added = len(recipients)
    for done, spec in enumerate(specs):
        checkpoint(progress, done, len(specs), "Đang nạp khen thưởng minh họa…")
        added += _proposal(session, spec, recipients, now)
    if "tdkt" in data:
        added += _tdkt(session, data["tdkt"], now)
    added += _initiatives_and_cases(session, data, recipients, now)
    audit.record(
        session,
        action="demo_load",
        entity="award_proposal",
        key=data["dataset"],
        new={"proposals": len(specs), "rows": added, "note": data["note"]},
    )
    return added


def _initiatives_and_cases(
    session: Session, data: dict[str, Any], recipients: dict[str, int], now: dt.datetime
) -> int:
    """The sổ sáng kiến's entries and the recipients' pending cases of the file."""
    from thidua_desktop.store.models.awards import Initiative, InitiativeAuthor, RecipientCase

    added = 0
    for spec in data.get("initiatives", ()):
        unit = unit_by_code(session, spec["unit"], year=spec["year"])
        record = Initiative(
            uid=str(uuid.uuid4()),
            year=spec["year"],
            title=spec["title"],
            field=spec.get("field"),
            level=spec["level"],
            unit_id=unit.id,
            document_number=spec.get("document_number"),
            document_date=_date(spec.get("document_date")),
            created_at=now,
            updated_at=now,
        )
        session.add(record)
        session.flush()
        session.add_all(
            InitiativeAuthor(initiative_id=record.id, recipient_id=recipients[key])
            for key in spec["authors"]
        )
        added += 1 + len(spec["authors"])
    for spec in data.get("cases", ()):
        opened = _date(spec["opened_on"])
        assert opened is not None
        session.add(
            RecipientCase(
                recipient_id=recipients[spec["r"]],
                kind=spec["kind"],
                opened_on=opened,
                closed_on=_date(spec.get("closed_on")),
                note=spec.get("note"),
                created_at=now,
                updated_at=now,
            )
        )
        added += 1
    session.flush()
    return added


def _tdkt(session: Session, spec: dict[str, Any], now: dt.datetime) -> int:
    """The office's TĐKT bodies and staff (biểu 0604, 0605), when none are entered yet."""
    from thidua_desktop.store.models.statistics import TdktBody, TdktStaff

    if session.scalar(select(TdktBody.id).limit(1)) is not None:
        return 0
    bodies = {}
    for body in spec["bodies"]:
        record = TdktBody(
            name=body["name"],
            kind=body["kind"],
            since_year=body["since_year"],
            until_year=body.get("until_year"),
            updated_at=now,
        )
        session.add(record)
        session.flush()
        bodies[body["key"]] = record.id
    for name, gender, born, training, since, until, body_key in spec["staff"]:
        session.add(
            TdktStaff(
                full_name=name,
                gender=gender,
                birth_year=born,
                training=training,
                since_year=since,
                until_year=until,
                body_id=bodies.get(body_key),
                updated_at=now,
            )
        )
    session.flush()
    return len(spec["bodies"]) + len(spec["staff"])


def _recipients(
    session: Session, specs: dict[str, dict[str, Any]], now: dt.datetime
) -> dict[str, int]:
    ids = {}
    for key, spec in specs.items():
        kind = RecipientType(spec["kind"])
        unit = unit_by_code(session, spec["unit"], year=spec.get("year"))
        name = clean(spec["name"]) if spec.get("name") else None
        shown = name or full_name(unit)
        personal_key = person_sort_key(shown) if kind is RecipientType.INDIVIDUAL else None
        recipient = AwardRecipient(
            uid=str(uuid.uuid4()),
            kind=kind.value,
            unit_id=unit.id,
            name=name,
            gender=spec.get("gender"),
            birth_year=spec.get("birth_year"),
            position=spec.get("position"),
            category=spec.get("category"),
            stat_class=spec.get("stat_class"),
            search_key=fold(shown),
            sort_key=personal_key or sort_key(shown),
            source="demo",
            created_at=now,
            updated_at=now,
        )
        session.add(recipient)
        session.flush()
        ids[key] = recipient.id
    return ids


def _status(spec: dict[str, Any]) -> ProposalStatus:
    if spec.get("awarded_on"):
        return ProposalStatus.AWARDED
    if spec.get("decision"):
        return ProposalStatus.DECIDED
    if spec.get("review"):
        return ProposalStatus.REVIEWED
    if spec.get("submitted_on") and not spec.get("returned"):
        return ProposalStatus.SUBMITTED
    return ProposalStatus.DRAFT


def _proposal(
    session: Session, spec: dict[str, Any], recipients: dict[str, int], now: dt.datetime
) -> int:
    year = spec["year"]
    unit = unit_by_code(session, spec["unit"], year=year)
    campaign_id = None
    if spec.get("campaign"):
        campaign_id = session.scalar(select(Campaign.id).where(Campaign.code == spec["campaign"]))
    review = spec.get("review") or {}
    returned = spec.get("returned") or {}
    proposal = AwardProposal(
        uid=str(uuid.uuid4()),
        unit_id=unit.id,
        year=year,
        campaign_id=campaign_id,
        to_level=DecidingLevel(spec["to_level"]).value,
        title=spec["title"],
        number=spec.get("number"),
        proposal_date=_date(spec["date"]),
        status=_status(spec).value,
        submitted_on=None if returned else _date(spec.get("submitted_on")),
        review_date=_date(review.get("date")),
        council_members=review.get("members"),
        members_present=review.get("present"),
        returned_on=_date(returned.get("date")),
        return_reason=returned.get("reason"),
        awarded_on=_date(spec.get("awarded_on")),
        note=DEMO_NOTE,
        source="demo",
        entered_by=DEMO_OPERATOR,
        created_at=now,
        updated_at=now,
    )
    session.add(proposal)
    session.flush()
    decision_id = None
    if spec.get("decision"):
        decision_id = _decision(session, proposal, spec["decision"], now)
    lines = [
        AwardLine(
            uid=str(uuid.uuid4()),
            proposal_id=proposal.id,
            position=position,
            recipient_id=recipients[item["r"]],
            award_code=item["award"],
            award_type=AwardType(item.get("type", "regular")).value,
            achievement=item.get("achievement"),
            members=item.get("members"),
            qualified=item.get("qualified"),
            votes_agree=item.get("votes") if review else None,
            decision_id=decision_id,
        )
        for position, item in enumerate(spec["lines"], start=1)
    ]
    session.add_all(lines)
    session.flush()
    return 1 + len(lines) + (decision_id is not None)


def _decision(
    session: Session, proposal: AwardProposal, spec: dict[str, Any], now: dt.datetime
) -> int:
    day = _date(spec["date"])
    assert day is not None
    catalogue = reference.award_catalogue()
    version = catalogue.version_on(day)
    decision = AwardDecision(
        uid=str(uuid.uuid4()),
        proposal_id=proposal.id,
        number=spec["number"],
        decision_date=day,
        issuer=spec.get("issuer") or default_issuer(session, proposal),
        signer_name=spec["signer"],
        signer_position=spec["position"],
        rules_version=version.code,
        legal_basis="\n".join(version.legal_basis),
        reward_money=money_record(catalogue, version, day),
        entered_by=DEMO_OPERATOR,
        created_at=now,
    )
    session.add(decision)
    session.flush()
    return decision.id
