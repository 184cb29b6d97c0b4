"""What the khen thưởng documents say (tờ trình, quyết định), read for the report builders as
plain data: the proposal, the places, the letterhead, the campaign and the legal basis."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from thidua_desktop.domain.awards.types import DecidingLevel
from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.letterhead import Letterhead, default_letterhead
from thidua_desktop.domain.units import Place, UnitKind
from thidua_desktop.services.awards.money import DecisionMoney, decision_money
from thidua_desktop.services.awards.proposals import get_proposal, proposal_by_id
from thidua_desktop.services.awards.reference import award_catalogue
from thidua_desktop.services.awards.rows import ProposalDetail
from thidua_desktop.services.awards.workflow import decider_unit
from thidua_desktop.services.campaigns.definitions import get_campaign
from thidua_desktop.services.campaigns.rows import CampaignRow
from thidua_desktop.services.core.letterhead import letterhead_in
from thidua_desktop.services.core.scope import NoProfileError, office_unit
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.awards import AwardDecision
from thidua_desktop.store.models.core import AdminUnit, Profile


@dataclass(frozen=True)
class AwardDocumentData:
    """Everything the two documents say, gathered in one read."""

    detail: ProposalDetail
    unit: Place  # the proposing unit
    parent: Place | None
    decider: Place | None  # the unit whose chair decides; None at central level
    letterhead: Letterhead  # how the proposing office heads its tờ trình
    campaign: CampaignRow | None
    demo: bool
    # the legal basis in force on the tờ trình's date (a decision cites its own, fixed on it)
    proposal_basis: tuple[str, ...] = ()
    unit_ended: dt.date | None = None  # the proposing unit's last day (a district: 30/06/2025)
    # decision id → the tiền thưởng it pays (decisions whose version sets none are absent)
    money: dict[int, DecisionMoney] = field(default_factory=dict)


def award_document_data(
    db: Database, proposal_id: int, *, day: dt.date | None = None
) -> AwardDocumentData:
    """What the tờ trình and the quyết định of a proposal say, gathered in one read; the tờ
    trình's basis is the one in force on its date (`day`, default the proposal's)."""
    detail = get_proposal(db, proposal_id)
    with db.reading() as session:
        proposal = proposal_by_id(session, proposal_id)
        unit = session.get(AdminUnit, proposal.unit_id)
        assert unit is not None
        parent = session.get(AdminUnit, unit.parent_id) if unit.parent_id else None
        decider = decider_unit(session, proposal)
        try:
            own = office_unit(session).id == unit.id
        except NoProfileError:
            own = False
        parent_place = Place(UnitKind(parent.kind), parent.name) if parent else None
        letterhead = (
            letterhead_in(session)
            if own
            else default_letterhead(
                UnitKind(unit.kind),
                unit.name,
                (parent_place.kind, parent_place.name) if parent_place else None,
            )
        )
        profile = session.get(Profile, 1)
        demo = bool(profile is not None and profile.demo)
        place = Place(UnitKind(unit.kind), unit.name)
        unit_ended = unit.valid_to
        decider_place = (
            None
            if detail.proposal.to_level is DecidingLevel.CENTRAL
            else Place(UnitKind(decider.kind), decider.name)
        )
    campaign = None
    if detail.proposal.campaign_code:
        campaign = get_campaign(db, detail.proposal.campaign_code)[0]
    catalogue = award_catalogue()
    basis = catalogue.version_on(day or detail.proposal.proposal_date).legal_basis
    money = {}
    for decision in detail.decisions:
        lines = [line for line in detail.lines if line.decision_id == decision.id]
        found = decision_money(catalogue, decision, lines)
        if found is not None:
            money[decision.id] = found
    return AwardDocumentData(
        detail,
        place,
        parent_place,
        decider_place,
        letterhead,
        campaign,
        demo,
        tuple(basis),
        unit_ended,
        money,
    )


def decision_proposal_id(db: Database, decision_id: int) -> int:
    """The proposal a decision was made on."""
    with db.reading() as session:
        decision = session.get(AwardDecision, decision_id)
        if decision is None:
            from thidua_desktop.store.models.awards import AwardProposal

            proposal = session.get(AwardProposal, decision_id)
            if proposal is None:
                raise UserError(f"Không có quyết định khen thưởng #{decision_id}.")
            made = session.scalars(
                select(AwardDecision).where(AwardDecision.proposal_id == proposal.id)
            ).all()
            which = (
                "các quyết định của đề nghị này: "
                + ", ".join(f"#{d.id} ({d.number})" for d in made)
                if made
                else "đề nghị này chưa có quyết định"
            )
            raise UserError(
                f"#{decision_id} là số hiệu của một đề nghị (“{proposal.title}”), không phải của "
                f"một quyết định; {which}."
            )
        return decision.proposal_id


def line_proposal_id(db: Database, line_id: int) -> int:
    """The proposal a line belongs to (a báo cáo thành tích is about one line)."""
    from thidua_desktop.store.models.awards import AwardLine

    with db.reading() as session:
        line = session.get(AwardLine, line_id)
        if line is None:
            raise UserError(
                f"Không có dòng đề nghị #{line_id} (báo cáo thành tích lập cho một dòng của đề "
                "nghị: xem số hiệu dòng bằng lệnh awards show)."
            )
        return line.proposal_id
