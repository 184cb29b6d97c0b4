"""Plain rows for khen thưởng: what the GUI and the command line send in and get back.

Inputs are `…Entry` rows (text as typed; services clean and check it); outputs are frozen rows
made inside a session, never ORM objects. Enumerations are the domain's (`domain.awards`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from thidua_desktop.domain.awards.dossiers import DossierRole, DossierStatus
from thidua_desktop.domain.awards.types import (
    AwardKind,
    AwardType,
    Category,
    DecidingLevel,
    Gender,
    ProposalStatus,
    RecipientClass,
    RecipientType,
    Step,
    workplace_text,
)

# -- the catalogue ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PrerequisiteRow:
    kind: str  # same_year | consecutive | within | held_before | member_share
    text: str  # "3 năm liên tục đạt “Chiến sĩ thi đua cơ sở”"
    note: str  # reliability and source ([S]/[M])


@dataclass(frozen=True, slots=True)
class AwardEntryRow:
    """A title or form of one rule version, as a picker or a reference table shows it."""

    code: str
    name: str
    short_name: str
    kind: AwardKind
    recipients: tuple[RecipientType, ...]
    types: tuple[AwardType, ...]
    levels: tuple[DecidingLevel, ...]
    deciders: str  # "Chủ tịch UBND cấp xã, cấp huyện"
    ballot: bool
    prerequisites: tuple[PrerequisiteRow, ...]
    description: str
    note: str
    money: str = ""  # "cá nhân 0,3; tập thể 0,6 × lương cơ sở", "" when the version sets none
    money_note: str = ""


@dataclass(frozen=True, slots=True)
class QuotaRuleRow:
    award_code: str
    award_name: str
    base_code: str
    base_name: str
    max_percent: Decimal
    rounding: str  # floor | half_up | ceiling
    rounding_label: str
    note: str


@dataclass(frozen=True, slots=True)
class RuleVersionRow:
    """One version of the rules (a law and its decree) and its period."""

    code: str
    label: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    period: str  # "đến hết ngày 31/12/2023"
    legal_basis: tuple[str, ...]
    ballot_min_percent: Decimal
    quotas: tuple[QuotaRuleRow, ...]
    entries: tuple[AwardEntryRow, ...]
    catalogue_version: str  # the data set's version ("2024.1")
    source_note: str = ""  # what of the version is verified ([S]) and what is not ([M])
    suspension: str = ""  # "Tạm dừng xét khen thưởng …" ("" when the version has no such rule)
    suspension_note: str = ""
    money_rounding: str = ""  # "làm tròn lên đến 10.000 đồng"
    base_salary: str = ""  # "2.340.000 đồng (Nghị định số 73/2024/NĐ-CP, từ 01/07/2024)"


# -- recipients ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecipientEntry:
    """A recipient as a form submits it.

    `name`: a person's full name; a household as written in documents ("Hộ ông Lê Văn Bảy"); a
    collective's organisation name, or "" when the collective is the unit itself."""

    kind: RecipientType
    unit_code: str
    name: str = ""
    gender: Gender | None = None
    birth_year: int | None = None
    position: str = ""
    category: Category | None = None
    stat_class: RecipientClass | None = None  # where the annual statistics count it


@dataclass(frozen=True, slots=True)
class RecipientRow:
    id: int
    kind: RecipientType
    name: str  # the person's name, the organisation's, or the unit's full name
    unit_code: str
    unit_name: str  # full name of the workplace / the unit it belongs to
    is_unit: bool  # the collective is the unit itself
    gender: Gender | None
    birth_year: int | None
    position: str
    category: Category | None
    sort_key: str
    demo: bool
    stat_class: RecipientClass | None = None

    @property
    def kind_label(self) -> str:
        return self.kind.label

    @property
    def category_label(self) -> str:
        return self.category.label if self.category is not None else ""

    @property
    def workplace(self) -> str:
        """ "Chuyên viên Phòng Nội vụ, huyện Phong Điền", "Phó Chủ tịch UBND xã Nhơn Ái": the
        position and unit as lists show them ("" for a unit that is itself the recipient)."""
        if self.is_unit:
            return ""
        if self.kind is RecipientType.COLLECTIVE:
            return workplace_text("", self.unit_name, collective_name=self.name)
        return workplace_text(self.position, self.unit_name)


# -- proposals ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProposalEntry:
    """A proposal's header as a form submits it; `to_level` None means the unit's own level."""

    unit_code: str
    year: int
    title: str
    proposal_date: dt.date
    to_level: DecidingLevel | None = None
    campaign_code: str | None = None
    number: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class LineEntry:
    """One line as a form submits it. `members`/`qualified` only for collectives."""

    recipient_id: int
    award_code: str
    award_type: AwardType = AwardType.REGULAR
    achievement: str = ""
    members: int | None = None
    qualified: int | None = None


@dataclass(frozen=True, slots=True)
class ReviewEntry:
    """The council meeting: date, members and members present, and for each line whose award
    needs a secret ballot, the agreeing votes (line id → votes)."""

    day: dt.date
    members: int
    present: int
    votes: Mapping[int, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DecisionEntry:
    """A decision to record. `issuer` "" = the chair of the level the proposal went to;
    `line_ids` None = every line not decided yet."""

    number: str
    day: dt.date
    signer_name: str
    signer_position: str = "Chủ tịch"
    issuer: str = ""
    line_ids: tuple[int, ...] | None = None


@dataclass(frozen=True, slots=True)
class NamedRegistrationRow:
    """A recipient's đăng ký thi đua for a title of a year."""

    id: int
    recipient_id: int
    year: int
    award_code: str
    award_name: str
    registered_on: dt.date
    note: str = ""


class WarningCode(StrEnum):
    QUOTA = "quota_exceeded"
    PREREQUISITE = "missing_prerequisite"
    DUPLICATE = "already_awarded"
    LEVEL = "wrong_level"
    BALLOT = "ballot_below_threshold"
    CATALOGUE = "not_in_catalogue"
    NOT_REGISTERED = "not_registered"
    HELD = "held_pending_case"
    INITIATIVE = "missing_initiative"

    @property
    def label(self) -> str:
        return _WARNING_LABELS[self]


_WARNING_LABELS = {
    WarningCode.QUOTA: "Vượt tỷ lệ khống chế",
    WarningCode.PREREQUISITE: "Thiếu điều kiện",
    WarningCode.DUPLICATE: "Đã được khen, đề nghị",
    WarningCode.LEVEL: "Không đúng thẩm quyền",
    WarningCode.BALLOT: "Phiếu bầu dưới mức",
    WarningCode.CATALOGUE: "Không có trong danh mục",
    WarningCode.NOT_REGISTERED: "Chưa đăng ký thi đua",
    WarningCode.HELD: "Tạm dừng xét khen thưởng",
    WarningCode.INITIATIVE: "Thiếu sáng kiến",
}


@dataclass(frozen=True, slots=True)
class RuleWarning:
    """A rule the proposal breaks: shown, never a refusal (the office may still decide)."""

    code: WarningCode
    message: str
    proposal_id: int | None = None
    line_id: int | None = None
    unit_code: str | None = None


@dataclass(frozen=True, slots=True)
class DecisionRow:
    id: int
    proposal_id: int
    number: str
    day: dt.date
    issuer: str
    signer_name: str
    signer_position: str
    rules_version: str
    rules_label: str
    legal_basis: tuple[str, ...]
    lines: int
    reward_money: str | None = None  # the levels fixed on it (JSON), see services.awards.money


@dataclass(frozen=True, slots=True)
class LineRow:
    id: int
    proposal_id: int
    position: int  # 1, 2, … in the proposal's list
    recipient: RecipientRow
    award_code: str
    award_name: str
    award_short_name: str
    award_kind: AwardKind | None  # None: the code is in no version of the catalogue
    award_type: AwardType
    achievement: str
    members: int | None
    qualified: int | None
    needs_ballot: bool
    votes_agree: int | None
    decision_id: int | None
    decision_number: str
    decision_date: dt.date | None
    warnings: tuple[str, ...]
    # "kết quả bỏ phiếu kín 2/6 … dưới mức 50%" when the secret ballot failed: not decidable
    ballot_failed: str = ""

    @property
    def ad_hoc(self) -> bool:
        return self.award_type is AwardType.AD_HOC

    @property
    def decided(self) -> bool:
        return self.decision_id is not None


@dataclass(frozen=True, slots=True)
class DossierState:
    """A proposal that travels as a dossier, as this office knows it."""

    role: DossierRole
    status: DossierStatus  # at the receiving level: reported to us, or (receiver) live here
    counterpart_code: str
    counterpart_name: str  # the office it went to, or came from
    times_sent: int
    dossier_at: dt.datetime  # when its latest dossier package was written
    reply_at: dt.datetime | None  # when the latest answer was written
    reported: DossierStatus | None  # receiver: what it last reported down (None: nothing yet)
    returned_on: dt.date | None
    return_reason: str

    @property
    def summary(self) -> str:
        """ "Đã gửi Sở Nội vụ (lần 2)" / "Nhận từ UBND xã Phong Điền: Đang xét"."""
        if self.role is DossierRole.SENT:
            return f"Hồ sơ gửi {self.counterpart_name}: {self.status.label}"
        return f"Hồ sơ nhận từ {self.counterpart_name}: {self.status.label}"


@dataclass(frozen=True, slots=True)
class DossierRow:
    """One line of the dossier inbox: a proposal sent up or received from below."""

    proposal_id: int
    year: int
    title: str
    unit_code: str
    unit_name: str
    proposal_status: ProposalStatus
    state: DossierState
    lines: int
    papers: int

    @property
    def role(self) -> DossierRole:
        return self.state.role

    @property
    def status(self) -> DossierStatus:
        return self.state.status

    @property
    def times_sent(self) -> int:
        return self.state.times_sent

    @property
    def to_report(self) -> bool:
        """Received here, and its status here is not what the sender was last told."""
        return self.role is DossierRole.RECEIVED and self.state.reported is not self.status


@dataclass(frozen=True, slots=True)
class DossierEventRow:
    """One package of a dossier's journey, as this office wrote or received it."""

    at: dt.datetime
    direction: str  # out | in
    status: DossierStatus
    sequence: int
    file_name: str
    note: str
    by: str


@dataclass(frozen=True, slots=True)
class ProposalRow:
    id: int
    unit_code: str
    unit_name: str
    year: int
    campaign_code: str | None
    campaign_title: str | None
    to_level: DecidingLevel
    own_level: DecidingLevel
    title: str
    number: str
    proposal_date: dt.date
    status: ProposalStatus
    submitted_on: dt.date | None
    review_date: dt.date | None
    council_members: int | None
    members_present: int | None
    returned_on: dt.date | None
    return_reason: str
    awarded_on: dt.date | None
    note: str
    updated_at: dt.datetime  # as read: a change saved with it is refused if someone changed it
    lines: int
    decided_lines: int
    warnings: int
    rules_version: str  # of the latest decision, else of the proposal date
    demo: bool
    editable: bool  # a draft of this office's scope in an open year
    read_only_reason: str  # why not, in words ("" when editable or only the status forbids it)
    steps: tuple[Step, ...]  # what may be done next, for the buttons
    recorded: bool = False  # the record of an award decided elsewhere (no trình, no Hội đồng)
    dossier: DossierState | None = None  # sent up, or received from below, as a dossier

    @property
    def returned(self) -> bool:
        """A draft that was sent back (its reason is in `return_reason`)."""
        return self.status is ProposalStatus.DRAFT and self.returned_on is not None

    @property
    def status_label(self) -> str:
        if self.returned:
            return "Trả lại (nháp)"
        if self.recorded and self.status is ProposalStatus.DECIDED:
            return "Đã quyết định (ghi lại)"
        return self.status.label

    @property
    def upward(self) -> bool:
        """Proposed to a higher level than the office's own."""
        return self.to_level.rank > self.own_level.rank


@dataclass(frozen=True, slots=True)
class ProposalDetail:
    proposal: ProposalRow
    lines: tuple[LineRow, ...]
    decisions: tuple[DecisionRow, ...]
    warnings: tuple[RuleWarning, ...]
    rules: RuleVersionRow  # the version the proposal is checked against


# -- lookups ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HistoryItem:
    """One award of a recipient: decided (with its decision) or still proposed."""

    year: int
    award_code: str
    award_name: str
    award_type: AwardType
    proposal_id: int
    proposal_status: ProposalStatus
    decided: bool
    decision_number: str
    decision_date: dt.date | None
    issuer: str


@dataclass(frozen=True, slots=True)
class EligibilityRow:
    """A recipient whose awards up to `year` meet the history rules of a higher award."""

    recipient: RecipientRow
    year: int
    award_code: str
    award_name: str
    basis: str  # "3 năm liên tục đạt “Chiến sĩ thi đua cơ sở” (2021-2023)"
    already_proposed: bool  # a line for this award and year exists already
    rules_version: str


@dataclass(frozen=True, slots=True)
class RecipientHistory:
    recipient: RecipientRow
    items: tuple[HistoryItem, ...]  # oldest first
    eligible: tuple[EligibilityRow, ...]  # for the latest year with a decided award
    registrations: tuple[NamedRegistrationRow, ...] = ()  # đăng ký thi đua, newest year first


@dataclass(frozen=True, slots=True)
class AwardCount:
    award_code: str
    award_name: str
    short_name: str
    kind: AwardKind | None
    proposed: int  # lines in play (drafts, submitted, reviewed, and decided ones)
    decided: int
    collectives: int  # of the decided
    individuals: int
    households: int
    ad_hoc: int


@dataclass(frozen=True, slots=True)
class UnitCount:
    unit_code: str
    unit_name: str
    sort_key: str
    proposed: int
    decided: int


@dataclass(frozen=True, slots=True)
class QuotaRow:
    """A quota per unit (the individuals' workplace) and year: "CSTĐCS ≤ 15% of LĐTT"."""

    unit_code: str
    unit_name: str
    award_code: str
    award_name: str
    base_code: str
    base_name: str
    count: int
    base_count: int
    limit: int
    max_percent: Decimal
    rounding: str
    exceeded: bool


@dataclass(frozen=True, slots=True)
class AwardsOverview:
    """A year of khen thưởng in a scope: counts, shares, quotas, proposals and warnings.

    Shares are over decided awards: individuals who are người lao động trực tiếp, and awards
    of the đột xuất type."""

    year: int
    scope_code: str
    scope_name: str
    rules: RuleVersionRow  # in force on 31/12 of the year
    counts: tuple[AwardCount, ...]
    by_unit: tuple[UnitCount, ...]
    quotas: tuple[QuotaRow, ...]
    proposed: int
    decided: int
    decided_individuals: int
    direct_workers: int
    direct_workers_percent: Decimal | None
    ad_hoc: int
    ad_hoc_percent: Decimal | None
    proposals: tuple[ProposalRow, ...]
    warnings: tuple[RuleWarning, ...]
    demo: bool
