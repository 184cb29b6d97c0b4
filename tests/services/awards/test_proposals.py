"""Khen thưởng reads on the demonstration: the year's figures and warnings, proposals, history,
eligibility; recipients (NFD input, folded search, refusals); the catalogue's registration."""

from __future__ import annotations

import unicodedata
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from thidua_desktop.domain.awards.types import (
    AwardType,
    Category,
    Gender,
    ProposalStatus,
    RecipientType,
    Step,
)
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.services.awards.lookup import (
    awards_overview,
    eligible_recipients,
    recipient_history,
)
from thidua_desktop.services.awards.proposals import get_proposal, list_proposals
from thidua_desktop.services.awards.recipients import (
    RecipientInUseError,
    delete_recipient,
    get_recipient,
    save_recipient,
    search_recipients,
)
from thidua_desktop.services.awards.reference import catalogue_versions, rules_on
from thidua_desktop.services.awards.rows import RecipientEntry, WarningCode
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.services.core.scope import OutOfScopeError
from thidua_desktop.services.core.setup import prepare
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.awards import AwardProposal, AwardRecipient
from thidua_desktop.store.models.core import RefDataset


def proposal_by_title(db: Database, year: int, words: str):  # type: ignore[no-untyped-def]
    return next(p for p in list_proposals(db, year=year) if words in p.title)


# -- the demonstration --------------------------------------------------------------------------


def test_the_demo_has_every_status_and_loading_it_again_changes_nothing(
    demo_db: Database,
) -> None:
    rows = list_proposals(demo_db, year=2023)
    assert {p.status for p in rows} == set(ProposalStatus)
    returned = [p for p in rows if p.returned]
    assert len(returned) == 1 and returned[0].unit_name == "Xã Giai Xuân"
    assert "biên bản họp Hội đồng" in returned[0].return_reason
    assert all(p.demo for p in rows)
    with demo_db.reading() as session:
        before = session.scalar(select(func.count()).select_from(AwardProposal))
    assert prepare(demo_db, demo=True) == 0
    with demo_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(AwardProposal)) == before


def test_the_year_counts_titles_shares_and_warns_of_the_quota_in_one_unit(
    demo_db: Database,
) -> None:
    o = awards_overview(demo_db, year=2023)
    counts = {c.award_code: (c.proposed, c.decided) for c in o.counts}
    assert counts["ldtt"] == (24, 10) and counts["cstdcs"] == (4, 1)
    assert counts["giay_khen_huyen"] == (7, 7) and counts["gia_dinh_van_hoa"] == (3, 0)
    assert (o.proposed, o.decided, o.decided_individuals) == (46, 24, 17)
    assert (o.direct_workers, o.direct_workers_percent) == (4, D("23.53"))
    assert (o.ad_hoc, o.ad_hoc_percent) == (4, D("16.67"))
    exceeded = [q for q in o.quotas if q.exceeded]
    assert [(q.unit_code, q.count, q.base_count, q.limit) for q in exceeded] == [("31300", 2, 8, 1)]
    quota = [w for w in o.warnings if w.code is WarningCode.QUOTA]
    assert len(quota) == 1 and quota[0].unit_code == "31300"
    assert "Xã Nhơn Ái" in quota[0].message and "15%" in quota[0].message
    assert [w.code for w in o.warnings].count(WarningCode.BALLOT) == 1
    assert o.rules.code == "2017" and o.demo


def test_a_unit_scope_counts_its_own_recipients(demo_db: Database) -> None:
    o = awards_overview(demo_db, year=2023, unit_code="31300")
    assert o.scope_name == "Xã Nhơn Ái"
    assert {u.unit_code for u in o.by_unit} == {"31300"}
    assert {c.award_code: c.proposed for c in o.counts}["cstdcs"] == 2
    assert any(w.code is WarningCode.QUOTA for w in o.warnings)
    empty = awards_overview(demo_db, year=2023, unit_code="916")
    assert empty.counts == () and empty.proposals == () and empty.warnings == ()


def test_a_proposal_detail_has_lines_votes_and_warnings(demo_db: Database) -> None:
    row = proposal_by_title(demo_db, 2023, "xã Nhơn Ái")
    detail = get_proposal(demo_db, row.id)
    assert detail.proposal.status is ProposalStatus.REVIEWED
    assert detail.proposal.steps == (Step.DECIDE, Step.REVIEW, Step.RETURN)
    ballots = [line for line in detail.lines if line.needs_ballot]
    assert [line.votes_agree for line in ballots] == [5, 2]
    assert ballots[1].warnings and "33,33%" in ballots[1].warnings[0]
    assert {w.code for w in detail.warnings} == {WarningCode.QUOTA, WarningCode.BALLOT}


def test_a_decision_of_2024_is_checked_by_the_2022_law(demo_db: Database) -> None:
    row = proposal_by_title(demo_db, 2023, "Tập thể lao động xuất sắc”")
    detail = get_proposal(demo_db, row.id)
    (decision,) = detail.decisions
    assert (decision.number, decision.rules_version) == ("375/QĐ-UBND", "2024")
    assert any("98/2023/NĐ-CP" in line for line in decision.legal_basis)
    assert detail.rules.code == "2024" and row.rules_version == "2024"
    assert detail.proposal.upward and detail.warnings == ()


def test_three_consecutive_cstdcs_show_as_eligible_for_cstd_city(demo_db: Database) -> None:
    rows = eligible_recipients(demo_db, year=2023)
    person = [r for r in rows if r.award_code == "cstd_tinh"]
    assert [r.recipient.name for r in person] == ["Trần Thị Mỹ Hạnh"]
    assert "(2021-2023)" in person[0].basis and not person[0].already_proposed
    history = recipient_history(demo_db, person[0].recipient.id)
    assert [(i.year, i.award_code) for i in history.items if i.award_code == "cstdcs"] == [
        (2021, "cstdcs"),
        (2022, "cstdcs"),
        (2023, "cstdcs"),
    ]
    assert all(i.decided and i.decision_number for i in history.items)
    assert [e.award_code for e in history.eligible] == ["cstd_tinh"]
    # Two years are not enough: in 2022 nobody had three.
    assert [r for r in eligible_recipients(demo_db, year=2022) if r.award_code == "cstd_tinh"] == []


# -- recipients ---------------------------------------------------------------------------------


@pytest.fixture
def district_db(db: Database) -> Database:
    """The unit list with huyện Phong Điền as the office."""
    set_profile(db, office_code="926")
    return db


def person(name: str, unit: str = "31300", **extra: object) -> RecipientEntry:
    values: dict[str, object] = {
        "kind": RecipientType.INDIVIDUAL,
        "unit_code": unit,
        "name": name,
        "gender": Gender.FEMALE,
        "birth_year": 1990,
        "position": "Công chức Văn hóa - Xã hội",
        "category": Category.CIVIL_SERVANT,
    }
    values.update(extra)
    return RecipientEntry(**values)  # type: ignore[arg-type]


def test_nfd_names_are_stored_nfc_and_found_without_marks(district_db: Database) -> None:
    nfd = unicodedata.normalize("NFD", "  Nguyễn   Thị\u200b Thanh Thủy ")
    saved = save_recipient(district_db, person(nfd))
    assert saved.name == "Nguyễn Thị Thanh Thủy"
    assert unicodedata.is_normalized("NFC", saved.name)
    for query in ("thanh thuy", "THỦY nguyen", "Thuỷ", "nguyen thi"):
        assert [r.id for r in search_recipients(district_db, text=query)] == [saved.id], query
    assert search_recipients(district_db, text="bình") == []
    assert (
        get_recipient(district_db, saved.id).workplace == "Công chức Văn hóa - Xã hội, xã Nhơn Ái"
    )


def test_people_are_listed_by_given_name(district_db: Database) -> None:
    for name in ("Trần Văn Bình", "Lê Thị An", "Phạm Minh Anh", "Võ Ánh"):
        save_recipient(district_db, person(name))
    names = [r.name for r in search_recipients(district_db, kind=RecipientType.INDIVIDUAL)]
    assert names == ["Lê Thị An", "Phạm Minh Anh", "Võ Ánh", "Trần Văn Bình"]


def test_recipients_are_refused_when_incomplete_or_out_of_scope(district_db: Database) -> None:
    with pytest.raises(InvalidInput, match="họ và tên"):
        save_recipient(district_db, person(" \u200b "))
    with pytest.raises(InvalidInput, match="giới tính"):
        save_recipient(district_db, person("Lê Văn Bảy", gender=None))
    with pytest.raises(InvalidInput, match="đối tượng"):
        save_recipient(district_db, person("Lê Văn Bảy", category=None))
    with pytest.raises(InvalidInput, match="Năm sinh"):
        save_recipient(district_db, person("Lê Văn Bảy", birth_year=1850))
    with pytest.raises(OutOfScopeError):
        save_recipient(district_db, person("Lê Văn Bảy", unit="31117"))  # Ninh Kiều
    unit = RecipientEntry(RecipientType.COLLECTIVE, "31300")
    first = save_recipient(district_db, unit)
    assert first.is_unit and first.name == "Xã Nhơn Ái"
    with pytest.raises(InvalidInput, match="đã là đối tượng"):
        save_recipient(district_db, unit)
    with pytest.raises(InvalidInput, match="Tập thể không có"):
        save_recipient(
            district_db,
            RecipientEntry(RecipientType.COLLECTIVE, "31300", "Trường A", gender=Gender.MALE),
        )


def test_a_recipient_named_in_a_proposal_cannot_be_deleted(demo_db: Database) -> None:
    with demo_db.reading() as session:
        used = session.scalar(select(AwardRecipient.id).where(AwardRecipient.source == "demo"))
    assert used is not None
    with pytest.raises(RecipientInUseError, match=f"#{used}"):
        delete_recipient(demo_db, used)
    spare = save_recipient(demo_db, person("Đỗ Văn Tư"))
    delete_recipient(demo_db, spare.id)
    with pytest.raises(InvalidInput, match="Không có đối tượng"):
        get_recipient(demo_db, spare.id)


# -- the catalogue ------------------------------------------------------------------------------


def test_the_catalogue_version_is_registered_once(db: Database) -> None:
    with db.reading() as session:
        loaded = session.get(RefDataset, "awards-catalogue")
        assert loaded is not None and loaded.version == "2025.1"
    assert prepare(db) == 0


def test_catalogue_rows_for_the_pickers(db: Database) -> None:
    import datetime as dt

    versions = catalogue_versions()
    assert [v.code for v in versions] == ["2017", "2024", "2025-07"]
    rules = rules_on(dt.date(2023, 12, 31))
    cstd = next(e for e in rules.entries if e.code == "cstd_tinh")
    assert cstd.prerequisites[0].text == "3 năm liên tục đạt “Chiến sĩ thi đua cơ sở”"
    ttldtt = next(e for e in rules.entries if e.code == "ttldtt")
    assert ttldtt.prerequisites[0].text == "trên 50% thành viên đạt “Lao động tiên tiến”"
    assert rules.quotas[0].rounding_label == "làm tròn xuống"
    giay_khen = next(e for e in rules.entries if e.code == "giay_khen_huyen")
    assert AwardType.AD_HOC in giay_khen.types
