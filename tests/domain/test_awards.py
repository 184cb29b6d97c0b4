"""Khen thưởng rules: quotas and their rounding, prerequisites, eligibility, the workflow, rule
versions by date, ballots, levels, names."""

from __future__ import annotations

import copy
import datetime as dt
import json
import unicodedata
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from thidua_desktop.domain.awards.catalogue import parse_catalogue
from thidua_desktop.domain.awards.rules import (
    Catalogue,
    Held,
    MoneyRounding,
    Prerequisite,
    PrerequisiteKind,
    QuotaRule,
    Rounding,
    ballot_warning,
    check_votes,
    consecutive_years,
    eligible_awards,
    level_warning,
    missing_prerequisites,
    percent,
    quota_limit,
    reward_amount,
)
from thidua_desktop.domain.awards.types import (
    AwardType,
    Category,
    DecidingLevel,
    Gender,
    ProposalStatus,
    RecipientType,
    Step,
    given_name,
    next_status,
    person_sort_key,
    workplace_text,
)
from thidua_desktop.domain.errors import InvalidInput

CATALOGUE_FILE = Path(__file__).parents[2] / "resources" / "data" / "awards_catalogue.json"


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(CATALOGUE_FILE.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def catalogue(raw: dict[str, Any]) -> Catalogue:
    return parse_catalogue(raw)


def names(catalogue: Catalogue) -> dict[str, str]:
    return {e.code: e.name for v in catalogue.versions for e in v.entries}


# -- quotas -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base", "share", "rounding", "limit"),
    [
        (23, D(15), Rounding.FLOOR, 3),  # 3,45 → 3
        (23, D(15), Rounding.HALF_UP, 3),
        (23, D(15), Rounding.CEILING, 4),
        (20, D(15), Rounding.FLOOR, 3),  # exactly 3
        (20, D(15), Rounding.CEILING, 3),
        (10, D(15), Rounding.HALF_UP, 2),  # 1,5 → 2 (half up, as Excel's ROUND)
        (10, D(15), Rounding.FLOOR, 1),
        (6, D(15), Rounding.FLOOR, 0),  # a small unit gets none when rounding down
        (6, D(15), Rounding.CEILING, 1),
        (0, D(15), Rounding.CEILING, 0),
        (7, D("14.3"), Rounding.FLOOR, 1),  # 1,001 → 1: decimal shares stay exact
        (100, D(20), Rounding.FLOOR, 20),
    ],
)
def test_quota_limits_are_exact_and_rounded_by_the_configured_rule(
    base: int, share: D, rounding: Rounding, limit: int
) -> None:
    assert quota_limit(base, share, rounding) == limit


def test_a_quota_is_exceeded_only_above_its_limit() -> None:
    rule = QuotaRule("cstdcs", "ldtt", D(15), Rounding.FLOOR)
    assert rule.limit(23) == 3
    assert not rule.exceeded(3, 23) and rule.exceeded(4, 23)
    assert rule.exceeded(1, 6)  # limit 0


def test_the_bundled_quota_is_15_percent_of_ldtt_rounded_down(catalogue: Catalogue) -> None:
    for version in catalogue.versions:
        quota = version.quota_for("cstdcs")
        assert quota is not None
        assert (quota.base, quota.max_percent, quota.rounding) == ("ldtt", D(15), Rounding.FLOOR)


def test_the_share_and_rounding_are_data(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    data["versions"][0]["quotas"][0] |= {"max_percent": "20", "rounding": "ceiling"}
    version = parse_catalogue(data).version_on(dt.date(2023, 6, 1))
    quota = version.quota_for("cstdcs")
    assert quota is not None and quota.limit(23) == 5  # 4,6 → 5


# -- rule versions ------------------------------------------------------------------------------


def test_the_version_is_chosen_by_date_2003_law_until_2023_2022_law_from_2024_nd152_from_07_2025(
    catalogue: Catalogue,
) -> None:
    old = catalogue.version_on(dt.date(2023, 12, 31))
    new = catalogue.version_on(dt.date(2024, 1, 1))
    assert (old.code, new.code) == ("2017", "2024")
    assert any("91/2017/NĐ-CP" in line for line in old.legal_basis)
    assert any("98/2023/NĐ-CP" in line for line in new.legal_basis)
    assert catalogue.version_on(dt.date(2021, 1, 1)).code == "2017"
    assert catalogue.version_on(dt.date(2025, 6, 30)).code == "2024"
    today = catalogue.version_on(dt.date(2025, 7, 1))
    assert today.code == "2025-07" and catalogue.version_on(dt.date(2030, 1, 1)) is today
    assert any("152/2025/NĐ-CP" in line for line in today.legal_basis)
    assert not any("98/2023" in line for line in today.legal_basis)
    # a title of the 2022 law only
    assert old.entry("xa_tieu_bieu") is None and new.entry("xa_tieu_bieu") is not None


def test_deciding_levels_follow_the_2022_law(catalogue: Catalogue) -> None:
    rules = catalogue.version_on(dt.date(2024, 6, 1))

    def levels(code: str) -> set[DecidingLevel]:
        entry = rules.entry(code)
        assert entry is not None
        return set(entry.levels)

    assert levels("ldtt") == {DecidingLevel.COMMUNE, DecidingLevel.DISTRICT}
    assert levels("cstdcs") == levels("ttldtt") == {DecidingLevel.DISTRICT}
    assert levels("gia_dinh_van_hoa") == levels("giay_khen_xa") == {DecidingLevel.COMMUNE}
    for upward in ("ttldxs", "cstd_tinh", "co_thi_dua_tinh", "bang_khen_tinh"):
        assert levels(upward) == {DecidingLevel.PROVINCE}
    assert levels("bang_khen_ttg") == {DecidingLevel.CENTRAL}
    ballots = {e.code for e in rules.entries if e.ballot}
    assert {"cstdcs", "cstd_tinh", "co_thi_dua_tinh"} <= ballots
    assert "ldtt" not in ballots


def test_overlapping_versions_and_unknown_codes_are_refused(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    data["versions"][1]["valid_from"] = "2023-12-31"
    with pytest.raises(InvalidInput, match="chồng lên nhau"):
        parse_catalogue(data)
    data = copy.deepcopy(raw)
    data["versions"][0]["entries"][1]["requires"][0]["awards"] = ["khong_co"]
    with pytest.raises(InvalidInput, match="khong_co"):
        parse_catalogue(data)
    data = copy.deepcopy(raw)
    data["versions"][0]["quotas"][0]["rounding"] = "bankers"
    with pytest.raises(InvalidInput, match="rounding"):
        parse_catalogue(data)
    with pytest.raises(InvalidInput):
        parse_catalogue([])


def test_no_date_has_no_rules_before_a_catalogue_starts(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    data["versions"][0]["valid_from"] = "2017-09-15"
    with pytest.raises(InvalidInput, match="không có quy định"):
        parse_catalogue(data).version_on(dt.date(2017, 1, 1))


# -- prerequisites and eligibility --------------------------------------------------------------


def test_consecutive_years_count_back_from_the_last() -> None:
    assert consecutive_years({2021, 2022, 2023}, 2023) == 3
    assert consecutive_years({2020, 2022, 2023}, 2023) == 2
    assert consecutive_years({2021, 2022}, 2023) == 0


def test_cstdcs_needs_ldtt_the_same_year(catalogue: Catalogue) -> None:
    entry = catalogue.version_on(dt.date(2023, 12, 1)).entry("cstdcs")
    assert entry is not None
    ok = missing_prerequisites(
        entry, RecipientType.INDIVIDUAL, 2023, {Held("ldtt", 2023)}, names=names(catalogue)
    )
    missing = missing_prerequisites(
        entry, RecipientType.INDIVIDUAL, 2023, {Held("ldtt", 2022)}, names=names(catalogue)
    )
    assert ok == []
    assert missing == ["chưa có “Lao động tiên tiến” năm 2023"]


def test_cstd_city_needs_three_consecutive_cstdcs(catalogue: Catalogue) -> None:
    entry = catalogue.version_on(dt.date(2023, 12, 1)).entry("cstd_tinh")
    assert entry is not None
    three = {Held("cstdcs", y) for y in (2021, 2022, 2023)}
    gap = {Held("cstdcs", y) for y in (2020, 2022, 2023)}
    assert missing_prerequisites(entry, RecipientType.INDIVIDUAL, 2023, three, names={}) == []
    (problem,) = missing_prerequisites(entry, RecipientType.INDIVIDUAL, 2023, gap, names={})
    assert "3 năm liên tục" in problem and "mới có 2 năm liên tục" in problem


def test_member_shares_strict_and_not(catalogue: Catalogue) -> None:
    rules = catalogue.version_on(dt.date(2023, 12, 1))
    ttldxs, ttldtt = rules.entry("ttldxs"), rules.entry("ttldtt")
    assert ttldxs is not None and ttldtt is not None
    held = {Held("ttldtt", 2023)}
    collective = RecipientType.COLLECTIVE

    def problems(entry: Any, members: int | None, qualified: int | None) -> list[str]:
        return missing_prerequisites(
            entry, collective, 2023, held, members=members, qualified=qualified, names={}
        )

    assert problems(ttldxs, 10, 7) == []  # 70% is enough ("từ 70%")
    assert "cần từ 70%" in problems(ttldxs, 10, 6)[0]
    assert problems(ttldtt, 10, 6) == []
    assert "cần trên 50%" in problems(ttldtt, 10, 5)[0]  # exactly 50% is not "trên 50%"
    assert "chưa nhập tổng số thành viên" in problems(ttldtt, None, None)[0]


def test_rules_for_one_kind_of_recipient_apply_to_it_only(catalogue: Catalogue) -> None:
    entry = catalogue.version_on(dt.date(2024, 3, 1)).entry("bang_khen_ttg")
    assert entry is not None
    person = missing_prerequisites(entry, RecipientType.INDIVIDUAL, 2024, set(), names={})
    group = missing_prerequisites(entry, RecipientType.COLLECTIVE, 2024, set(), names={})
    assert len(person) == 2 and len(group) == 1
    held = {Held("bang_khen_tinh", 2021), *(Held("cstdcs", y) for y in (2020, 2022, 2024))}
    assert missing_prerequisites(entry, RecipientType.INDIVIDUAL, 2024, held, names={}) == []


def test_three_consecutive_cstdcs_make_a_person_eligible_for_cstd_city(
    catalogue: Catalogue,
) -> None:
    version = catalogue.version_on(dt.date(2023, 12, 31))
    held = {Held(a, y) for y in (2021, 2022, 2023) for a in ("ldtt", "cstdcs")}
    found = eligible_awards(version, RecipientType.INDIVIDUAL, held, 2023, names(catalogue))
    assert [(e.code, basis) for e, basis in found] == [
        ("cstd_tinh", "3 năm liên tục đạt “Chiến sĩ thi đua cơ sở” (2021-2023)")
    ]
    two = {Held("cstdcs", y) for y in (2022, 2023)}
    assert eligible_awards(version, RecipientType.INDIVIDUAL, two, 2023, {}) == []


def test_two_consecutive_ttldxs_make_a_collective_eligible_for_a_bang_khen(
    catalogue: Catalogue,
) -> None:
    version = catalogue.version_on(dt.date(2022, 12, 31))
    held = {Held("ttldxs", 2021), Held("ttldxs", 2022)}
    found = eligible_awards(version, RecipientType.COLLECTIVE, held, 2022, {})
    assert [e.code for e, _ in found] == ["bang_khen_tinh"]


# -- workflow -----------------------------------------------------------------------------------


def test_the_workflow_moves_forward_and_returns_to_draft() -> None:
    status = ProposalStatus.DRAFT
    for step, expected in (
        (Step.SUBMIT, ProposalStatus.SUBMITTED),
        (Step.REVIEW, ProposalStatus.REVIEWED),
        (Step.DECIDE, ProposalStatus.DECIDED),
        (Step.DECIDE, ProposalStatus.DECIDED),  # a second decision for the remaining lines
        (Step.AWARD, ProposalStatus.AWARDED),
    ):
        status = next_status(status, step)
        assert status is expected
    assert next_status(ProposalStatus.SUBMITTED, Step.RETURN) is ProposalStatus.DRAFT
    assert next_status(ProposalStatus.REVIEWED, Step.RETURN) is ProposalStatus.DRAFT


@pytest.mark.parametrize(
    ("status", "step"),
    [
        (ProposalStatus.DRAFT, Step.REVIEW),
        (ProposalStatus.DRAFT, Step.DECIDE),
        (ProposalStatus.DRAFT, Step.RETURN),
        (ProposalStatus.SUBMITTED, Step.DECIDE),  # not before the council has reviewed it
        (ProposalStatus.SUBMITTED, Step.SUBMIT),
        (ProposalStatus.DECIDED, Step.RETURN),
        (ProposalStatus.AWARDED, Step.AWARD),
        (ProposalStatus.AWARDED, Step.RETURN),
    ],
)
def test_illegal_steps_are_refused_in_vietnamese(status: ProposalStatus, step: Step) -> None:
    with pytest.raises(InvalidInput, match="Không thể") as refused:
        next_status(status, step)
    assert status.label in refused.value.message


# -- ballots, levels ----------------------------------------------------------------------------


def test_votes_must_fit_the_council() -> None:
    check_votes(members=9, present=8, agree=8)
    for members, present, agree in ((9, 10, None), (9, 0, None), (9, 8, 9), (0, 0, None)):
        with pytest.raises(InvalidInput):
            check_votes(members=members, present=present, agree=agree)


def test_a_ballot_below_the_threshold_is_a_warning() -> None:
    assert ballot_warning(3, 6, D(50)) is None  # 50% reaches 50%
    warning = ballot_warning(2, 6, D(50))
    assert warning is not None and "2/6" in warning and "33,33%" in warning


def test_a_title_above_the_office_must_be_proposed_upward(catalogue: Catalogue) -> None:
    rules = catalogue.version_on(dt.date(2023, 12, 1))
    ttldxs, ldtt = rules.entry("ttldxs"), rules.entry("ldtt")
    assert ttldxs is not None and ldtt is not None
    upward = level_warning(ttldxs, DecidingLevel.DISTRICT, "Huyện Phong Điền")
    assert upward is not None and "phải trình lên cấp trên" in upward
    assert "cấp tỉnh" in upward
    assert level_warning(ldtt, DecidingLevel.DISTRICT, "Huyện Phong Điền") is None
    needless = level_warning(ldtt, DecidingLevel.PROVINCE, "Huyện Phong Điền")
    assert needless is not None and "không cần trình" in needless


# -- values and names ---------------------------------------------------------------------------


def test_enumerations_parse_codes_and_vietnamese_labels() -> None:
    assert Gender.parse("Nữ") is Gender.FEMALE and Gender.parse("male") is Gender.MALE
    assert Category.parse("nông dân") is Category.DIRECT_WORKER
    assert Category.parse("Công chức") is Category.CIVIL_SERVANT
    assert AwardType.parse("đột xuất") is AwardType.AD_HOC
    assert DecidingLevel.parse("cấp huyện") is DecidingLevel.DISTRICT
    assert DecidingLevel.of_unit_level(3) is DecidingLevel.COMMUNE
    with pytest.raises(InvalidInput, match="Giới tính"):
        Gender.parse("khác")
    with pytest.raises(InvalidInput):
        DecidingLevel.of_unit_level(4)


def test_people_sort_by_given_name_whatever_the_input_form() -> None:
    nfd = unicodedata.normalize("NFD", "Trần Thị Mỹ Hạnh")
    assert given_name(nfd) == "Hạnh"
    assert person_sort_key(nfd) == person_sort_key("Trần Thị Mỹ Hạnh")
    people = ["Trần Văn An", "Nguyễn Thị Bình", "Lê Văn Ánh", "Phạm Đức Anh"]
    assert sorted(people, key=person_sort_key) == [
        "Trần Văn An",
        "Phạm Đức Anh",
        "Lê Văn Ánh",
        "Nguyễn Thị Bình",
    ]


def test_workplaces_read_as_lists_write_them() -> None:
    assert workplace_text("Phó Chủ tịch UBND xã", "Xã Nhơn Ái") == "Phó Chủ tịch UBND xã Nhơn Ái"
    assert (
        workplace_text("Chuyên viên Phòng Nội vụ", "Huyện Phong Điền")
        == "Chuyên viên Phòng Nội vụ, huyện Phong Điền"
    )
    assert workplace_text("", "Xã Nhơn Ái") == "Xã Nhơn Ái"
    assert (
        workplace_text("", "Huyện Phong Điền", collective_name="Phòng Nội vụ huyện Phong Điền")
        == ""
    )
    assert (
        workplace_text("", "Xã Tân Thới", collective_name="Trường Mầm non Hoa Sen") == "Xã Tân Thới"
    )


def test_percent_is_exact_and_none_for_nothing() -> None:
    assert percent(4, 17) == D("23.53")
    assert percent(1, 3) == D("33.33") and percent(2, 3) == D("66.67")
    assert percent(0, 0) is None


def test_the_prerequisite_kinds_know_what_is_history() -> None:
    assert PrerequisiteKind.CONSECUTIVE.history and PrerequisiteKind.HELD_BEFORE.history
    assert not PrerequisiteKind.SAME_YEAR.history and not PrerequisiteKind.MEMBER_SHARE.history
    rule = Prerequisite(PrerequisiteKind.SAME_YEAR, ("ldtt",), recipients=frozenset())
    assert rule.applies_to(RecipientType.HOUSEHOLD)


# -- after 01/07/2025: no district, money levels, lương cơ sở ------------------------------------


def test_from_07_2025_no_title_is_decided_by_a_district(catalogue: Catalogue) -> None:
    today = catalogue.version_on(dt.date(2025, 7, 1))
    assert all(DecidingLevel.DISTRICT not in entry.levels for entry in today.entries)
    assert today.entry("giay_khen_huyen") is None
    for code in ("ldtt", "cstdcs", "ttldtt", "giay_khen_xa", "gia_dinh_van_hoa"):
        entry = today.entry(code)
        assert entry is not None and entry.levels == (DecidingLevel.COMMUNE,), code
    assert "Tạm dừng xét khen thưởng" in today.suspension
    assert "[M]" in today.source_note  # what is not verified says so


def test_a_version_from_07_2025_naming_a_district_is_refused(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    data["versions"][-1]["entries"][0]["levels"] = ["district"]
    with pytest.raises(InvalidInput, match="không còn cấp huyện"):
        parse_catalogue(data)


def test_money_levels_are_coefficients_of_the_dated_base_salary(catalogue: Catalogue) -> None:
    assert catalogue.base_salary_on(dt.date(2024, 6, 30)).amount == 1_800_000  # type: ignore[union-attr]
    assert catalogue.base_salary_on(dt.date(2024, 7, 1)).amount == 2_340_000  # type: ignore[union-attr]
    assert catalogue.base_salary_on(dt.date(2019, 6, 30)) is None
    today = catalogue.version_on(dt.date(2026, 1, 1))
    giay_khen = today.entry("giay_khen_xa")
    assert giay_khen is not None
    assert giay_khen.coefficient(RecipientType.INDIVIDUAL) == D("0.3")
    assert giay_khen.coefficient(RecipientType.HOUSEHOLD) == D("0.45")  # 1,5 × the individual's
    # 0,3 × 2.340.000 = 702.000 đồng, rounded up to tens of thousands
    assert reward_amount(D("0.3"), 2_340_000, today.money_rounding) == 710_000
    assert reward_amount(D("1"), 2_340_000, today.money_rounding) == 2_340_000
    assert reward_amount(D("0.3"), 2_340_000, MoneyRounding(step=1000, up=False)) == 702_000
    assert not catalogue.version_on(dt.date(2025, 6, 30)).has_money  # NĐ 98/2023: none coded


@pytest.mark.parametrize(
    ("money", "problem"),
    [
        ({"individual": "abc"}, "hệ số lương cơ sở"),
        ({"individual": "-1"}, "hệ số lương cơ sở"),
        ({"individual": "0.3", "people": "1"}, "không có mục"),
        ({"note": "x"}, "không có hệ số"),
        ({"household": "0.3"}, "mà danh hiệu không xét"),
    ],
)
def test_bad_money_levels_are_refused_by_name(
    raw: dict[str, Any], money: dict[str, str], problem: str
) -> None:
    data = copy.deepcopy(raw)
    entry = next(e for e in data["versions"][-1]["entries"] if e["code"] == "ldtt")
    entry["money"] = money
    with pytest.raises(InvalidInput, match=problem):
        parse_catalogue(data)


def test_base_salaries_are_checked(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    data["base_salary"].append(dict(data["base_salary"][0]))
    with pytest.raises(InvalidInput, match="cùng ngày"):
        parse_catalogue(data)
    data = copy.deepcopy(raw)
    data["base_salary"][0]["amount"] = "1.490.000"
    with pytest.raises(InvalidInput, match="số đồng"):
        parse_catalogue(data)
