"""Khen thưởng value types: recipients, award kinds and levels, the proposal workflow, names.

The catalogue of titles and forms (which award exists when, who decides it, what it requires) is
versioned reference data read by `domain.award_catalogue`; the rules that read it are in
`domain.award_rules`. Each rule gives a *warning* text, or raises `InvalidInput` for input no
office could mean: what an office may still decide (a quota exceeded, a prerequisite the office
vouches for) is a warning, never a refusal.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.text import clean, fold, sort_key
from thidua_desktop.domain.units import Level, UnitKind

__all__ = [
    "AwardKind",
    "AwardType",
    "Category",
    "DecidingLevel",
    "Gender",
    "ProposalStatus",
    "RecipientType",
    "Step",
    "given_name",
    "next_status",
    "person_sort_key",
    "workplace_text",
]

_E = TypeVar("_E", bound=StrEnum)


def _parse(cls: type[_E], text: str, what: str, labels: Mapping[_E, str]) -> _E:
    """A member from its stable code or its Vietnamese label, ignoring case and diacritics."""
    wanted = fold(clean(text)).replace("-", "_")
    for member in cls:
        if wanted in (member.value, fold(labels[member]), fold(labels[member]).replace(" ", "_")):
            return member
    choices = ", ".join(f"{m.value} ({labels[m]})" for m in cls)
    raise InvalidInput(f'{what} không hợp lệ: "{clean(text)}". Chọn một trong: {choices}.')


class AwardKind(StrEnum):
    """Danh hiệu thi đua (a yearly title) or hình thức khen thưởng (Giấy khen, Bằng khen…)."""

    TITLE = "title"
    FORM = "form"

    @property
    def label(self) -> str:
        return "danh hiệu thi đua" if self is AwardKind.TITLE else "hình thức khen thưởng"


class RecipientType(StrEnum):
    COLLECTIVE = "collective"
    INDIVIDUAL = "individual"
    HOUSEHOLD = "household"

    @property
    def label(self) -> str:
        return _RECIPIENT_LABELS[self]

    @property
    def personal(self) -> bool:
        """A person's (or a household head's) data: kept out of logs, audit values and packages."""
        return self is not RecipientType.COLLECTIVE

    @classmethod
    def parse(cls, text: str) -> RecipientType:
        return _parse(cls, text, "Loại đối tượng", _RECIPIENT_LABELS)


_RECIPIENT_LABELS = {
    RecipientType.COLLECTIVE: "tập thể",
    RecipientType.INDIVIDUAL: "cá nhân",
    RecipientType.HOUSEHOLD: "hộ gia đình",
}


class AwardType(StrEnum):
    """Loại hình khen thưởng (Luật Thi đua, khen thưởng 2022, Điều 8)."""

    REGULAR = "regular"
    AD_HOC = "ad_hoc"
    CAMPAIGN = "campaign"
    CAREER = "career"
    SERVICE = "service"
    FOREIGN = "foreign"

    @property
    def label(self) -> str:
        return _TYPE_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> AwardType:
        return _parse(cls, text, "Loại hình khen thưởng", _TYPE_LABELS)


_TYPE_LABELS = {
    AwardType.REGULAR: "thường xuyên (công trạng)",
    AwardType.AD_HOC: "đột xuất",
    AwardType.CAMPAIGN: "theo đợt, chuyên đề",
    AwardType.CAREER: "quá trình cống hiến",
    AwardType.SERVICE: "niên hạn",
    AwardType.FOREIGN: "đối ngoại",
}


class DecidingLevel(StrEnum):
    """Who decides an award: the Chủ tịch UBND of a commune, district or province, or the
    central level (Chính phủ, Thủ tướng, Chủ tịch nước). Ordered from the lowest."""

    COMMUNE = "commune"
    DISTRICT = "district"
    PROVINCE = "province"
    CENTRAL = "central"

    @property
    def rank(self) -> int:
        return _LEVEL_ORDER.index(self)

    @property
    def label(self) -> str:
        return _LEVEL_LABELS[self]

    @property
    def authority(self) -> str:
        """ "Chủ tịch UBND cấp huyện": who decides at this level (DOMAIN §1.5)."""
        if self is DecidingLevel.CENTRAL:
            return "Chính phủ, Thủ tướng Chính phủ, Chủ tịch nước"
        return f"Chủ tịch UBND {self.label}"

    @classmethod
    def parse(cls, text: str) -> DecidingLevel:
        return _parse(cls, text, "Cấp quyết định", _LEVEL_LABELS)

    @classmethod
    def of_unit_level(cls, level: int) -> DecidingLevel:
        """The level at which an office of a unit at this depth decides (a hamlet has none)."""
        try:
            return {
                Level.PROVINCE: cls.PROVINCE,
                Level.DISTRICT: cls.DISTRICT,
                Level.COMMUNE: cls.COMMUNE,
            }[Level(level)]
        except (KeyError, ValueError):
            raise InvalidInput(
                "Ấp, khu vực không có thẩm quyền khen thưởng: đề nghị do UBND cấp xã trở lên lập."
            ) from None

    @property
    def unit_level(self) -> Level | None:
        """The depth of the units whose chairs decide at this level (None: central)."""
        return {
            DecidingLevel.PROVINCE: Level.PROVINCE,
            DecidingLevel.DISTRICT: Level.DISTRICT,
            DecidingLevel.COMMUNE: Level.COMMUNE,
        }.get(self)


_LEVEL_ORDER = (
    DecidingLevel.COMMUNE,
    DecidingLevel.DISTRICT,
    DecidingLevel.PROVINCE,
    DecidingLevel.CENTRAL,
)
_LEVEL_LABELS = {
    DecidingLevel.COMMUNE: "cấp xã",
    DecidingLevel.DISTRICT: "cấp huyện",
    DecidingLevel.PROVINCE: "cấp tỉnh",
    DecidingLevel.CENTRAL: "trung ương",
}


class Category(StrEnum):
    """The group an individual belongs to; "người lao động trực tiếp" is what the launching
    documents ask offices to reward more (công nhân, nông dân, người trực tiếp sản xuất)."""

    CADRE = "cadre"
    CIVIL_SERVANT = "civil_servant"
    PUBLIC_EMPLOYEE = "public_employee"
    DIRECT_WORKER = "direct_worker"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _CATEGORY_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> Category:
        value = fold(clean(text))
        for member, extra in _CATEGORY_WORDS.items():
            if value in extra:
                return member
        return _parse(cls, text, "Đối tượng", _CATEGORY_LABELS)


_CATEGORY_LABELS = {
    Category.CADRE: "cán bộ",
    Category.CIVIL_SERVANT: "công chức",
    Category.PUBLIC_EMPLOYEE: "viên chức",
    Category.DIRECT_WORKER: "người lao động trực tiếp",
    Category.OTHER: "khác",
}
# What people type for "người lao động trực tiếp".
_CATEGORY_WORDS = {
    Category.DIRECT_WORKER: {"cong nhan", "nong dan", "nguoi lao dong", "lao dong truc tiep"},
}


class RecipientClass(StrEnum):
    """Where the annual statistics (biểu 0602, 0603 of TT 02/2023/TT-BNV) count a recipient
    beyond its kind: a person's leadership level or doanh nhân, a collective that is a doanh
    nghiệp or a hợp tác xã. "Người lao động trực tiếp" is the category (`Category`)."""

    LEADER_PROVINCE = "leader_province"
    LEADER_DEPARTMENT = "leader_department"
    LEADER_OTHER = "leader_other"
    BUSINESSPERSON = "businessperson"
    ENTERPRISE = "enterprise"
    COOPERATIVE = "cooperative"

    @property
    def label(self) -> str:
        return _CLASS_LABELS[self]

    @property
    def kind(self) -> RecipientType:
        """The kind of recipient the class applies to."""
        if self in (RecipientClass.ENTERPRISE, RecipientClass.COOPERATIVE):
            return RecipientType.COLLECTIVE
        return RecipientType.INDIVIDUAL

    @classmethod
    def of_kind(cls, kind: RecipientType) -> tuple[RecipientClass, ...]:
        return tuple(member for member in cls if member.kind is kind)

    @classmethod
    def parse(cls, text: str) -> RecipientClass:
        return _parse(cls, text, "Phân loại thống kê", _CLASS_LABELS)


_CLASS_LABELS = {
    RecipientClass.LEADER_PROVINCE: "lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên",
    RecipientClass.LEADER_DEPARTMENT: "lãnh đạo cấp vụ, sở, ngành và tương đương",
    RecipientClass.LEADER_OTHER: "lãnh đạo khác từ phó phòng trở lên",
    RecipientClass.BUSINESSPERSON: "doanh nhân",
    RecipientClass.ENTERPRISE: "doanh nghiệp",
    RecipientClass.COOPERATIVE: "hợp tác xã",
}


def check_recipient_class(kind: RecipientType, value: RecipientClass | None) -> None:
    """A class belongs to its kind of recipient (a household has none)."""
    if value is not None and value.kind is not kind:
        allowed = ", ".join(c.label for c in RecipientClass.of_kind(kind)) or "không có"
        raise InvalidInput(
            f"Phân loại “{value.label}” không dùng cho {kind.label}; dùng được: {allowed}."
        )


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"

    @property
    def label(self) -> str:
        return "Nam" if self is Gender.MALE else "Nữ"

    @property
    def honorific(self) -> str:
        """ "Ông", "Bà": how decisions name a person."""
        return "Ông" if self is Gender.MALE else "Bà"

    @classmethod
    def parse(cls, text: str) -> Gender:
        return _parse(cls, text, "Giới tính", {Gender.MALE: "nam", Gender.FEMALE: "nữ"})


# -- the proposal workflow ----------------------------------------------------------------------


class ProposalStatus(StrEnum):
    """nháp → đã trình → Hội đồng TĐKT đã xét → đã quyết định → đã trao; "trả lại" sends a
    submitted or reviewed proposal back to nháp with a reason."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    REVIEWED = "reviewed"
    DECIDED = "decided"
    AWARDED = "awarded"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    ProposalStatus.DRAFT: "Nháp",
    ProposalStatus.SUBMITTED: "Đã trình",
    ProposalStatus.REVIEWED: "Hội đồng TĐKT đã xét",
    ProposalStatus.DECIDED: "Đã quyết định",
    ProposalStatus.AWARDED: "Đã trao",
}


class Step(StrEnum):
    """What a person does to a proposal; each step moves it to one status."""

    SUBMIT = "submit"
    RETURN = "return"
    REVIEW = "review"
    DECIDE = "decide"
    AWARD = "award"

    @property
    def label(self) -> str:
        return _STEP_LABELS[self]

    @property
    def allowed_from(self) -> frozenset[ProposalStatus]:
        return _TRANSITIONS[self][0]

    @property
    def target(self) -> ProposalStatus:
        return _TRANSITIONS[self][1]


_STEP_LABELS = {
    Step.SUBMIT: "trình",
    Step.RETURN: "trả lại",
    Step.REVIEW: "ghi kết quả xét của Hội đồng TĐKT cho",
    Step.DECIDE: "ghi quyết định khen thưởng cho",
    Step.AWARD: "ghi đã trao khen thưởng cho",
}
_S = ProposalStatus
_TRANSITIONS: dict[Step, tuple[frozenset[ProposalStatus], ProposalStatus]] = {
    Step.SUBMIT: (frozenset({_S.DRAFT}), _S.SUBMITTED),
    Step.RETURN: (frozenset({_S.SUBMITTED, _S.REVIEWED}), _S.DRAFT),
    # The council may meet again on a proposal it has reviewed (votes corrected).
    Step.REVIEW: (frozenset({_S.SUBMITTED, _S.REVIEWED}), _S.REVIEWED),
    # A second decision may cover lines the first one left for later.
    Step.DECIDE: (frozenset({_S.REVIEWED, _S.DECIDED}), _S.DECIDED),
    Step.AWARD: (frozenset({_S.DECIDED}), _S.AWARDED),
}


def next_status(status: ProposalStatus, step: Step) -> ProposalStatus:
    """The status `step` leads to from `status`; an illegal step raises `InvalidInput`."""
    allowed, target = _TRANSITIONS[step]
    if status not in allowed:
        where = " hoặc ".join(f"“{s.label}”" for s in _ORDERED if s in allowed)
        raise InvalidInput(
            f"Không thể {step.label} đề nghị đang ở trạng thái “{status.label}”: chỉ làm được "
            f"khi đề nghị ở trạng thái {where}."
        )
    return target


_ORDERED = tuple(ProposalStatus)


# -- people's names -----------------------------------------------------------------------------


def given_name(full_name: str) -> str:
    """ "Nguyễn Thị Mỹ Hạnh" → "Hạnh": the tên lists are sorted by."""
    words = clean(full_name).split()
    return words[-1] if words else ""


def person_sort_key(full_name: str) -> str:
    """Lists of people are sorted by tên (all of it, tones included), then by họ and tên đệm
    (DOMAIN §6.4): the tên's whole key comes first, "\x01" below every key character after it."""
    name = clean(full_name)
    return sort_key(given_name(name)) + "\x01" + sort_key(name)


def _split_unit(full_name: str) -> tuple[str, str] | None:
    """ "Xã Nhơn Ái" → ("xã", "Nhơn Ái")."""
    for kind in sorted(UnitKind, key=lambda k: -len(k.prefix)):
        if full_name.startswith(kind.prefix + " "):
            return kind.label, full_name[len(kind.prefix) + 1 :]
    return None


def workplace_text(position: str, unit_full_name: str, *, collective_name: str = "") -> str:
    """Chức vụ, đơn vị công tác as lists write it: "Phó Chủ tịch UBND xã" at "Xã Nhơn Ái" is
    "Phó Chủ tịch UBND xã Nhơn Ái"; "Chuyên viên Phòng Nội vụ" at "Huyện Phong Điền" is
    "Chuyên viên Phòng Nội vụ, huyện Phong Điền". A collective whose name already says where
    it is ("Phòng Nội vụ huyện Phong Điền") needs nothing more."""
    parts = _split_unit(unit_full_name)
    if parts is None:
        return ", ".join(p for p in (position, unit_full_name) if p)
    label, name = parts
    if collective_name:
        return "" if fold(name) in fold(collective_name) else unit_full_name
    if not position:
        return unit_full_name
    folded = fold(position)
    if folded == fold(label) or folded.endswith(" " + fold(label)):
        return f"{position} {name}"
    if folded.endswith(fold(name)):
        return position
    return f"{position}, {label} {name}"
