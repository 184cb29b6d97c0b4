"""What the khen thưởng documents say (tờ trình, quyết định), read for the report builders as
plain data: the proposal, the places, the letterhead, the campaign and the legal basis."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from thidua_desktop.domain.awards.rules import Catalogue, reward_amount
from thidua_desktop.domain.awards.types import DecidingLevel, RecipientType
from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.letterhead import Letterhead, default_letterhead
from thidua_desktop.domain.units import Place, UnitKind
from thidua_desktop.services.awards.proposals import get_proposal, proposal_by_id
from thidua_desktop.services.awards.reference import award_catalogue
from thidua_desktop.services.awards.rows import DecisionRow, LineRow, ProposalDetail
from thidua_desktop.services.awards.workflow import decider_unit
from thidua_desktop.services.campaigns.definitions import get_campaign
from thidua_desktop.services.campaigns.rows import CampaignRow
from thidua_desktop.services.core.letterhead import letterhead_in
from thidua_desktop.services.core.scope import NoProfileError, office_unit
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.awards import AwardDecision
from thidua_desktop.store.models.core import AdminUnit, Profile


@dataclass(frozen=True)
class RewardLevel:
    """One award's reward for one kind of recipient in a decision: "Giấy khen, cá nhân: 0,3 ×
    lương cơ sở = 710.000 đồng, 5 người"."""

    award_code: str
    recipient: RecipientType
    coefficient: Decimal
    amount: int  # đồng each, rounded as the version says
    count: int

    @property
    def total(self) -> int:
        return self.amount * self.count


@dataclass(frozen=True)
class DecisionMoney:
    """The tiền thưởng a decision pays, from its rule version and the lương cơ sở on its date."""

    base_salary: int
    salary_basis: str  # "Nghị định số 73/2024/NĐ-CP"
    levels: tuple[RewardLevel, ...]

    @property
    def total(self) -> int:
        return sum(level.total for level in self.levels)


def decision_money(
    catalogue: Catalogue, decision: DecisionRow, lines: list[LineRow]
) -> DecisionMoney | None:
    """What the decision's lines receive; None when its version sets no level for any of them
    (the 2024 version) or no lương cơ sở is known on its date."""
    version = catalogue.rule_version(decision.rules_version) or catalogue.version_on(decision.day)
    salary = catalogue.base_salary_on(decision.day)
    if salary is None:
        return None
    counts: dict[tuple[str, RecipientType], int] = {}
    for line in lines:
        key = (line.award_code, line.recipient.kind)
        counts[key] = counts.get(key, 0) + 1
    levels = []
    for (code, kind), count in counts.items():
        entry = version.entry(code)
        coefficient = entry.coefficient(kind) if entry is not None else None
        if coefficient is None:
            continue
        amount = reward_amount(coefficient, salary.amount, version.money_rounding)
        levels.append(RewardLevel(code, kind, coefficient, amount, count))
    if not levels:
        return None
    return DecisionMoney(salary.amount, salary.basis, tuple(levels))


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
    # decision id → the tiền thưởng it pays (decisions whose version sets none are absent)
    money: dict[int, DecisionMoney] = field(default_factory=dict)


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
    catalogue = award_catalogue()
    basis = catalogue.version_on(detail.proposal.proposal_date).legal_basis
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
        money,
    )


def decision_proposal_id(db: Database, decision_id: int) -> int:
    """The proposal a decision was made on."""
    with db.reading() as session:
        decision = session.get(AwardDecision, decision_id)
        if decision is None:
            raise UserError(f"Không có quyết định khen thưởng #{decision_id}.")
        return decision.proposal_id
