"""What the khen thưởng documents say (tờ trình, quyết định), read for the report builders as
plain data: the proposal, the places, the letterhead, the campaign and the legal basis."""

from __future__ import annotations

from dataclasses import dataclass

from thidua_desktop.domain.awards.types import DecidingLevel
from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.letterhead import Letterhead, default_letterhead
from thidua_desktop.domain.units import Place, UnitKind
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


def award_document_data(db: Database, proposal_id: int) -> AwardDocumentData:
    """What the tờ trình and the quyết định of a proposal say, gathered in one read."""
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
        decider_place = (
            None
            if detail.proposal.to_level is DecidingLevel.CENTRAL
            else Place(UnitKind(decider.kind), decider.name)
        )
    campaign = None
    if detail.proposal.campaign_code:
        campaign = get_campaign(db, detail.proposal.campaign_code)[0]
    basis = award_catalogue().version_on(detail.proposal.proposal_date).legal_basis
    return AwardDocumentData(
        detail, place, parent_place, decider_place, letterhead, campaign, demo, tuple(basis)
    )


def decision_proposal_id(db: Database, decision_id: int) -> int:
    """The proposal a decision was made on."""
    with db.reading() as session:
        decision = session.get(AwardDecision, decision_id)
        if decision is None:
            raise UserError(f"Không có quyết định khen thưởng #{decision_id}.")
        return decision.proposal_id
