"""Awards decided elsewhere, recorded in one step: the recipient's history and eligibility count
them; a draft can become such a record without trình, Hội đồng or ballot; refusals name why."""

from __future__ import annotations

import datetime as dt

import pytest

from thidua_desktop.domain.awards.types import (
    Category,
    DecidingLevel,
    Gender,
    ProposalStatus,
    RecipientType,
    Step,
)
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.services.audit.trail import query_audit
from thidua_desktop.services.awards.edit import NotADraftError
from thidua_desktop.services.awards.lookup import eligible_recipients, recipient_history
from thidua_desktop.services.awards.proposals import list_proposals
from thidua_desktop.services.awards.recipients import save_recipient
from thidua_desktop.services.awards.recorded import record_decided, record_decision
from thidua_desktop.services.awards.rows import (
    DecisionEntry,
    LineEntry,
    ProposalEntry,
    RecipientEntry,
)
from thidua_desktop.services.core.locks import PeriodLockedError, lock_year
from thidua_desktop.store.engine import Database

COMMUNE = "31117"  # phường Cái Khế, quận Ninh Kiều (until 30/06/2025)
ISSUER = "Chủ tịch UBND quận Ninh Kiều"


def person(db: Database, name: str = "Võ Thị Mai") -> int:
    return save_recipient(
        db,
        RecipientEntry(
            RecipientType.INDIVIDUAL, COMMUNE, name, Gender.FEMALE, category=Category.OTHER
        ),
    ).id


def cstdcs(db: Database, recipient: int, year: int, number: str):  # type: ignore[no-untyped-def]
    return record_decided(
        db,
        ProposalEntry(COMMUNE, year, "", dt.date(year, 12, 15), to_level=DecidingLevel.DISTRICT),
        DecisionEntry(number, dt.date(year, 12, 15), "", issuer=ISSUER),
        [LineEntry(recipient, "ldtt"), LineEntry(recipient, "cstdcs")],
    )


def test_three_recorded_years_make_a_person_eligible_for_the_citys_title(
    demo_db: Database,
) -> None:
    mai = person(demo_db)
    for year, number in ((2021, "1201/QĐ-UBND"), (2022, "1302/QĐ-UBND"), (2023, "1403/QĐ-UBND")):
        detail = cstdcs(demo_db, mai, year, number)
    row = detail.proposal
    assert row.recorded and row.status is ProposalStatus.DECIDED
    assert row.title == "Khen thưởng theo Quyết định số 1403/QĐ-UBND ngày 15/12/2023"
    assert [d.number for d in detail.decisions] == ["1403/QĐ-UBND"]
    assert all(line.decision_number == "1403/QĐ-UBND" for line in detail.lines)
    assert row.steps == (Step.AWARD,)  # only "đã trao" is left to do
    history = recipient_history(demo_db, mai)
    assert [(i.year, i.award_code, i.decided) for i in history.items] == [
        (2021, "ldtt", True), (2021, "cstdcs", True), (2022, "ldtt", True),
        (2022, "cstdcs", True), (2023, "ldtt", True), (2023, "cstdcs", True),
    ]  # fmt: skip
    eligible = [(e.recipient.id, e.award_code) for e in eligible_recipients(demo_db, year=2023)]
    assert (mai, "cstd_tinh") in eligible
    entries = query_audit(demo_db, entity="award_proposal")
    assert any(e.action == "record_decided" for e in entries)


def test_a_draft_becomes_the_record_without_council_or_ballot(demo_db: Database) -> None:
    draft = next(
        p
        for p in list_proposals(demo_db, year=2023)
        if p.status is ProposalStatus.DRAFT and p.unit_name == "Xã Giai Xuân"
    )
    detail = record_decision(
        demo_db,
        draft.id,
        DecisionEntry("88/QĐ-UBND", dt.date(2024, 1, 10), "Nguyễn Văn Tư", issuer=""),
        seen=draft.updated_at,
    )
    assert detail.proposal.recorded and detail.proposal.status is ProposalStatus.DECIDED
    assert detail.proposal.proposal_date == dt.date(2024, 1, 10)
    assert detail.proposal.returned_on is None and not detail.proposal.return_reason
    assert {line.decision_number for line in detail.lines} == {"88/QĐ-UBND"}
    assert detail.decisions[0].issuer  # the chair of the level it went to
    # Recorded once: a second time it is no longer a draft.
    with pytest.raises(NotADraftError):
        record_decision(demo_db, draft.id, DecisionEntry("89/QĐ-UBND", dt.date(2024, 1, 11), ""))


def test_refusals_leave_nothing(demo_db: Database) -> None:
    mai = person(demo_db)
    before = len(list_proposals(demo_db, year=2023))
    header = ProposalEntry(COMMUNE, 2023, "", dt.date(2023, 12, 15), DecidingLevel.DISTRICT)
    cases = [
        (DecisionEntry("", dt.date(2023, 12, 15), ""), [LineEntry(mai, "ldtt")], "số quyết định"),
        (DecisionEntry("1/QĐ", dt.date(2023, 12, 15), ""), [], "Chưa có người, tập thể"),
        (
            DecisionEntry("1/QĐ", dt.date.today() + dt.timedelta(days=3), ""),
            [LineEntry(mai, "ldtt")],
            "chưa tới",
        ),
        (
            DecisionEntry("1/QĐ", dt.date(2023, 12, 15), ""),
            [LineEntry(mai, "bang_khen_tinh_moi")],
            "không có danh hiệu",
        ),
    ]
    for decision, lines, words in cases:
        with pytest.raises(InvalidInput, match=words):
            record_decided(demo_db, header, decision, lines)
    # The district no longer decides after 01/07/2025.
    with pytest.raises(InvalidInput, match="không còn cấp huyện"):
        record_decided(
            demo_db,
            ProposalEntry("31120", 2025, "", dt.date(2025, 12, 1), DecidingLevel.DISTRICT),
            DecisionEntry("2/QĐ", dt.date(2025, 12, 1), ""),
            [LineEntry(mai, "ldtt")],
        )
    # The same number of the same issuer in the same year.
    cstdcs(demo_db, mai, 2023, "1403/QĐ-UBND")
    with pytest.raises(InvalidInput, match="đã được ghi"):
        cstdcs(demo_db, person(demo_db, "Lê Văn Tám"), 2023, "1403/QĐ-UBND")
    lock_year(demo_db, 2022)
    with pytest.raises(PeriodLockedError):
        cstdcs(demo_db, mai, 2022, "1302/QĐ-UBND")
    assert len(list_proposals(demo_db, year=2023)) == before + 1  # the one recorded above
    assert not any(p.recorded for p in list_proposals(demo_db, year=2022))
