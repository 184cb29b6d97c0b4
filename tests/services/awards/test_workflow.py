"""The proposal workflow end to end: lines and their refusals, trình, Hội đồng xét with votes,
trả lại with a reason, quyết định with the rule version of its date, đã trao; every step
audited; illegal steps and locked years refused with nothing written."""

from __future__ import annotations

import datetime as dt
import json
from typing import NamedTuple

import pytest
from sqlalchemy import select

from tests.engines import staff
from thidua_desktop.domain.awards.types import (
    AwardType,
    Category,
    DecidingLevel,
    Gender,
    ProposalStatus,
    RecipientType,
    Step,
)
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.services.awards.edit import (
    NotADraftError,
    add_line,
    create_proposal,
    delete_proposal,
    remove_line,
    update_line,
    update_proposal,
)
from thidua_desktop.services.awards.proposals import get_proposal
from thidua_desktop.services.awards.recipients import save_recipient
from thidua_desktop.services.awards.rows import (
    DecisionEntry,
    LineEntry,
    ProposalDetail,
    ProposalEntry,
    RecipientEntry,
    ReviewEntry,
    WarningCode,
)
from thidua_desktop.services.awards.workflow import (
    decide_proposal,
    mark_awarded,
    record_review,
    return_proposal,
    submit_proposal,
)
from thidua_desktop.services.core.audit import ChangedMeanwhileError
from thidua_desktop.services.core.locks import PeriodLockedError, lock_year, unlock_year
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.services.core.scope import OutOfScopeError
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AuditEntry

DAY = dt.date(2023, 12, 1)
NAMES = [
    "Nguyễn Văn An",
    "Trần Thị Bích",
    "Lê Văn Cường",
    "Phạm Thị Dung",
    "Hoàng Văn Em",
    "Võ Thị Giang",
    "Đặng Văn Hải",
]


@pytest.fixture
def office(db: Database) -> Database:
    set_profile(db, office_code="926")  # huyện Phong Điền
    return db


def people(db: Database, unit: str = "31300") -> list[int]:
    return [
        save_recipient(
            db,
            RecipientEntry(
                kind=RecipientType.INDIVIDUAL,
                unit_code=unit,
                name=name,
                gender=Gender.MALE if " Văn " in name else Gender.FEMALE,
                birth_year=1980 + n,
                position="Công chức",
                category=Category.CIVIL_SERVANT if n else Category.DIRECT_WORKER,
            ),
        ).id
        for n, name in enumerate(NAMES)
    ]


def draft_with_lines(db: Database, *, cstdcs: int = 2) -> tuple[ProposalDetail, list[int]]:
    ids = people(db)
    detail = create_proposal(
        db,
        ProposalEntry(
            unit_code="31300",
            year=2023,
            title="Đề nghị tặng danh hiệu thi đua năm 2023",
            proposal_date=DAY,
            to_level=DecidingLevel.DISTRICT,
        ),
    )
    pid = detail.proposal.id
    for rid in ids:
        detail = add_line(db, pid, LineEntry(rid, "ldtt"))
    for rid in ids[:cstdcs]:
        detail = add_line(db, pid, LineEntry(rid, "cstdcs", achievement="Có sáng kiến"))
    return detail, ids


def ballot_lines(detail: ProposalDetail) -> dict[int, int]:
    return {line.id: 6 for line in detail.lines if line.needs_ballot}


class Entry(NamedTuple):
    action: str
    reason: str | None
    old_value: str | None
    new_value: str | None


def audit_rows(db: Database, entity: str) -> list[Entry]:
    with db.reading() as session:
        query = (
            select(AuditEntry.action, AuditEntry.reason, AuditEntry.old_value, AuditEntry.new_value)
            .where(AuditEntry.entity == entity)
            .order_by(AuditEntry.id)
        )
        return [Entry(*row) for row in session.execute(query)]


# -- lines --------------------------------------------------------------------------------------


def test_a_draft_warns_of_the_quota_but_keeps_every_line(office: Database) -> None:
    detail, _ = draft_with_lines(office)
    assert len(detail.lines) == 9 and detail.proposal.status is ProposalStatus.DRAFT
    (quota,) = [w for w in detail.warnings if w.code is WarningCode.QUOTA]
    assert "2 cá nhân “Chiến sĩ thi đua cơ sở”" in quota.message
    assert "trên 7 cá nhân" in quota.message and "tối đa 1" in quota.message
    assert detail.proposal.steps == (Step.SUBMIT,)
    first = detail.lines[-1]
    detail = remove_line(office, first.id)
    assert not [w for w in detail.warnings if w.code is WarningCode.QUOTA]
    assert [line.position for line in detail.lines] == list(range(1, 9))


def test_lines_are_checked_against_the_catalogue_of_the_proposal_date(office: Database) -> None:
    detail, ids = draft_with_lines(office, cstdcs=0)
    pid = detail.proposal.id
    with pytest.raises(InvalidInput, match='không có danh hiệu, hình thức "xa_tieu_bieu"'):
        add_line(office, pid, LineEntry(ids[0], "xa_tieu_bieu"))  # 2022 law, from 2024
    with pytest.raises(InvalidInput, match="chỉ xét cho tập thể"):
        add_line(office, pid, LineEntry(ids[0], "ttldtt"))
    with pytest.raises(InvalidInput, match="loại hình “đột xuất”"):
        add_line(office, pid, LineEntry(ids[0], "ldtt", AwardType.AD_HOC))
    with pytest.raises(InvalidInput, match="dòng 1"):
        add_line(office, pid, LineEntry(ids[0], "ldtt"))
    with pytest.raises(InvalidInput, match="Số thành viên chỉ nhập cho tập thể"):
        add_line(office, pid, LineEntry(ids[0], "giay_khen_huyen", members=5))
    detail = add_line(
        office, pid, LineEntry(ids[0], "giay_khen_huyen", AwardType.AD_HOC, "Cứu người")
    )
    assert detail.lines[-1].ad_hoc
    elsewhere = save_recipient(
        office,
        RecipientEntry(RecipientType.COLLECTIVE, "31303", "Trường Mầm non Giai Xuân"),
    )
    with pytest.raises(InvalidInput, match="ngoài phạm vi của Xã Nhơn Ái"):
        add_line(office, pid, LineEntry(elsewhere.id, "giay_khen_huyen"))


def test_prerequisites_duplicates_and_levels_are_warnings(office: Database) -> None:
    detail, ids = draft_with_lines(office, cstdcs=0)
    pid = detail.proposal.id
    school = save_recipient(office, RecipientEntry(RecipientType.COLLECTIVE, "31300", "Trường A"))
    detail = add_line(office, pid, LineEntry(school.id, "ttldxs", members=20, qualified=12))
    messages = [w.message for w in detail.warnings]
    assert any("chưa có “Tập thể lao động tiên tiến” năm 2023" in m for m in messages)
    assert any("12/20 thành viên (60%)" in m and "cần từ 70%" in m for m in messages)
    assert any("phải trình lên cấp trên" in m for m in messages)
    other = create_proposal(
        office,
        ProposalEntry("926", 2023, "Đề nghị khác", DAY),
    )
    again = add_line(office, other.proposal.id, LineEntry(ids[0], "ldtt"))
    (duplicate,) = [w for w in again.warnings if w.code is WarningCode.DUPLICATE]
    assert f"đề nghị #{pid}" in duplicate.message
    detail = update_line(
        office,
        detail.lines[-1].id,
        LineEntry(school.id, "ttldxs", members=20, qualified=15),
    )
    assert not any("cần từ 70%" in w.message for w in detail.warnings)


def test_a_proposal_header_is_checked(office: Database) -> None:
    with pytest.raises(InvalidInput, match="trích yếu"):
        create_proposal(office, ProposalEntry("926", 2023, "  ", DAY))
    with pytest.raises(InvalidInput, match="trước năm 2023"):
        create_proposal(office, ProposalEntry("926", 2023, "Đề nghị", dt.date(2022, 12, 1)))
    with pytest.raises(InvalidInput, match="không trình cấp xã"):
        create_proposal(
            office, ProposalEntry("926", 2023, "Đề nghị", DAY, to_level=DecidingLevel.COMMUNE)
        )
    with pytest.raises(OutOfScopeError):
        create_proposal(office, ProposalEntry("916", 2023, "Đề nghị", DAY))
    detail = create_proposal(office, ProposalEntry("926", 2023, "Đề nghị", DAY))
    assert detail.proposal.to_level is DecidingLevel.DISTRICT
    changed = update_proposal(
        office,
        detail.proposal.id,
        ProposalEntry("926", 2023, "Đề nghị lên thành phố", DAY, DecidingLevel.PROVINCE),
    )
    assert changed.proposal.upward and changed.proposal.title == "Đề nghị lên thành phố"
    school = save_recipient(office, RecipientEntry(RecipientType.COLLECTIVE, "926", "Phòng A"))
    add_line(office, detail.proposal.id, LineEntry(school.id, "bang_khen_tinh"))
    with pytest.raises(InvalidInput, match="không đổi được đơn vị hay năm"):
        update_proposal(office, detail.proposal.id, ProposalEntry("31300", 2023, "Đề nghị", DAY))
    delete_proposal(office, detail.proposal.id)
    with pytest.raises(InvalidInput, match="Không có đề nghị"):
        get_proposal(office, detail.proposal.id)


# -- the workflow -------------------------------------------------------------------------------


def test_a_proposal_goes_from_draft_to_awarded_with_every_step_audited(office: Database) -> None:
    detail, _ = draft_with_lines(office, cstdcs=1)
    pid = detail.proposal.id
    with pytest.raises(InvalidInput, match="Không thể ghi quyết định"):
        decide_proposal(office, pid, DecisionEntry("1/QĐ-UBND", DAY, "Nguyễn Văn Long"))
    detail = submit_proposal(office, pid, submitted_on=DAY, number="45/TTr-UBND")
    assert detail.proposal.status is ProposalStatus.SUBMITTED and detail.proposal.number
    with pytest.raises(NotADraftError):
        add_line(office, pid, LineEntry(detail.lines[0].recipient.id, "giay_khen_huyen"))
    with pytest.raises(InvalidInput, match="cần kết quả bỏ phiếu kín"):
        record_review(office, pid, ReviewEntry(dt.date(2023, 12, 10), 7, 6))
    ldtt = detail.lines[0].id
    with pytest.raises(InvalidInput, match="không xét bằng bỏ phiếu kín"):
        record_review(
            office,
            pid,
            ReviewEntry(dt.date(2023, 12, 10), 7, 6, ballot_lines(detail) | {ldtt: 6}),
        )
    with pytest.raises(InvalidInput, match="Số phiếu đồng ý"):
        record_review(
            office,
            pid,
            ReviewEntry(dt.date(2023, 12, 10), 7, 6, dict.fromkeys(ballot_lines(detail), 7)),
        )
    detail = record_review(
        office, pid, ReviewEntry(dt.date(2023, 12, 10), 7, 6, ballot_lines(detail))
    )
    assert detail.proposal.steps == (Step.DECIDE, Step.REVIEW, Step.RETURN)
    detail = decide_proposal(
        office,
        pid,
        DecisionEntry("1525/QĐ-UBND", dt.date(2023, 12, 31), "Nguyễn Hoàng Long", "Phó Chủ tịch"),
    )
    (decision,) = detail.decisions
    assert decision.issuer == "Chủ tịch UBND huyện Phong Điền"
    assert decision.rules_version == "2017" and decision.lines == len(detail.lines)
    assert all(line.decided for line in detail.lines)
    with pytest.raises(InvalidInput, match="trước ngày quyết định"):
        mark_awarded(office, pid, awarded_on=dt.date(2023, 12, 30))
    detail = mark_awarded(office, pid, awarded_on=dt.date(2024, 1, 10))
    assert detail.proposal.status is ProposalStatus.AWARDED and detail.proposal.steps == ()
    actions = [e.action for e in audit_rows(office, "award_proposal")]
    assert actions == ["create", "submit", "review", "decide", "award"]
    (decided,) = audit_rows(office, "award_decision")
    assert json.loads(decided.new_value or "{}")["rules_version"] == "2017"


def decided_on(db: Database, day: dt.date, rid: int) -> ProposalDetail:
    """A one-line proposal taken through to a decision dated `day`."""
    pid = create_proposal(db, ProposalEntry("926", 2023, "Đề nghị", DAY)).proposal.id
    add_line(db, pid, LineEntry(rid, "giay_khen_huyen"))
    submit_proposal(db, pid, submitted_on=DAY)
    record_review(db, pid, ReviewEntry(DAY, 5, 5))
    return decide_proposal(db, pid, DecisionEntry(f"{day.day}/QĐ-UBND", day, "Lê Văn Tám"))


def test_the_decision_date_chooses_the_rules_31_12_2023_or_01_01_2024(office: Database) -> None:
    rid = save_recipient(
        office, RecipientEntry(RecipientType.COLLECTIVE, "926", "Phòng Nội vụ huyện Phong Điền")
    ).id
    old = decided_on(office, dt.date(2023, 12, 31), rid)
    new = decided_on(office, dt.date(2024, 1, 1), rid)
    assert (old.decisions[0].rules_version, old.rules.code) == ("2017", "2017")
    assert (new.decisions[0].rules_version, new.rules.code) == ("2024", "2024")
    assert any("91/2017/NĐ-CP" in line for line in old.decisions[0].legal_basis)
    assert any("98/2023/NĐ-CP" in line for line in new.decisions[0].legal_basis)
    assert "2022" in new.decisions[0].rules_label


def test_returning_needs_a_reason_and_goes_back_to_draft(office: Database) -> None:
    detail, _ = draft_with_lines(office, cstdcs=1)
    pid = detail.proposal.id
    submit_proposal(office, pid, submitted_on=DAY)
    detail = record_review(
        office,
        pid,
        ReviewEntry(
            dt.date(2023, 12, 5), 7, 7, {line.id: 7 for line in detail.lines if line.needs_ballot}
        ),
    )
    before = len(audit_rows(office, "award_proposal"))
    for empty in ("", "   ", "\u200b"):
        with pytest.raises(InvalidInput, match="lý do trả lại"):
            return_proposal(office, pid, reason=empty, returned_on=dt.date(2023, 12, 6))
    assert len(audit_rows(office, "award_proposal")) == before
    assert get_proposal(office, pid).proposal.status is ProposalStatus.REVIEWED
    detail = return_proposal(
        office, pid, reason="Thiếu biên bản họp Hội đồng", returned_on=dt.date(2023, 12, 6)
    )
    p = detail.proposal
    assert p.status is ProposalStatus.DRAFT and p.returned and p.status_label == "Trả lại (nháp)"
    assert p.return_reason == "Thiếu biên bản họp Hội đồng" and p.review_date is None
    assert all(line.votes_agree is None for line in detail.lines)
    last = audit_rows(office, "award_proposal")[-1]
    assert (last.action, last.reason) == ("return", "Thiếu biên bản họp Hội đồng")
    with pytest.raises(InvalidInput, match="Không thể trả lại"):
        return_proposal(office, pid, reason="Lần nữa", returned_on=dt.date(2023, 12, 7))
    assert submit_proposal(office, pid, submitted_on=dt.date(2023, 12, 8)).proposal.status is (
        ProposalStatus.SUBMITTED
    )


def test_a_decision_may_cover_some_lines_and_numbers_are_not_reused(office: Database) -> None:
    detail, _ = draft_with_lines(office, cstdcs=0)
    pid = detail.proposal.id
    submit_proposal(office, pid, submitted_on=DAY)
    record_review(office, pid, ReviewEntry(DAY, 7, 7))
    first = [line.id for line in detail.lines[:3]]
    detail = decide_proposal(
        office, pid, DecisionEntry("10/QĐ-UBND", DAY, "A B", line_ids=tuple(first))
    )
    assert detail.proposal.decided_lines == 3 and Step.DECIDE in detail.proposal.steps
    with pytest.raises(InvalidInput, match="đã có quyết định"):
        decide_proposal(office, pid, DecisionEntry("11/QĐ-UBND", DAY, "A B", line_ids=(first[0],)))
    with pytest.raises(InvalidInput, match="đã được ghi"):
        decide_proposal(office, pid, DecisionEntry("10/QĐ-UBND", DAY, "A B"))
    with pytest.raises(InvalidInput, match="họ tên người ký"):
        decide_proposal(office, pid, DecisionEntry("11/QĐ-UBND", DAY, " "))
    detail = decide_proposal(office, pid, DecisionEntry("11/QĐ-UBND", DAY, "A B"))
    assert detail.proposal.decided_lines == 7 and detail.proposal.steps == (Step.AWARD,)
    with pytest.raises(InvalidInput, match="Không còn dòng nào"):
        decide_proposal(office, pid, DecisionEntry("12/QĐ-UBND", DAY, "A B"))


def test_a_locked_year_refuses_every_change(office: Database) -> None:
    detail, _ = draft_with_lines(office, cstdcs=0)
    pid = detail.proposal.id
    lock_year(office, 2023)
    before = get_proposal(office, pid)
    with pytest.raises(PeriodLockedError):
        submit_proposal(office, pid, submitted_on=DAY)
    with pytest.raises(PeriodLockedError):
        add_line(office, pid, LineEntry(detail.lines[0].recipient.id, "giay_khen_huyen"))
    with pytest.raises(PeriodLockedError):
        create_proposal(office, ProposalEntry("926", 2023, "Đề nghị", DAY))
    with pytest.raises(PeriodLockedError):
        delete_proposal(office, pid)
    after = get_proposal(office, pid)
    assert after.proposal.status is ProposalStatus.DRAFT and after.lines == before.lines
    assert after.proposal.steps == () and "khóa sổ" in after.proposal.read_only_reason
    unlock_year(office, 2023, reason="Bổ sung đề nghị")
    assert submit_proposal(office, pid, submitted_on=DAY).proposal.status is (
        ProposalStatus.SUBMITTED
    )


def test_an_upward_proposal_is_decided_by_the_city(office: Database) -> None:
    school = save_recipient(office, RecipientEntry(RecipientType.COLLECTIVE, "31300", "Trường A"))
    detail = create_proposal(
        office, ProposalEntry("926", 2023, "Đề nghị TTLĐXS", DAY, DecidingLevel.PROVINCE)
    )
    pid = detail.proposal.id
    add_line(office, pid, LineEntry(school.id, "ttldxs", members=10, qualified=8))
    submit_proposal(office, pid, submitted_on=DAY)
    record_review(office, pid, ReviewEntry(DAY, 9, 9))
    detail = decide_proposal(
        office, pid, DecisionEntry("375/QĐ-UBND", dt.date(2024, 2, 20), "Lê Minh Quang")
    )
    assert detail.decisions[0].issuer == "Chủ tịch UBND thành phố Cần Thơ"
    assert not any(w.code is WarningCode.LEVEL for w in detail.warnings)


def test_a_draft_someone_changed_since_it_was_read_is_not_changed_on_top(
    demo_db: Database,
) -> None:
    detail, ids = draft_with_lines(demo_db)
    seen = detail.proposal.updated_at
    pid, first = detail.proposal.id, detail.lines[0].id
    # Bình, on another PC, takes a line out first.
    binh = staff(demo_db, "Trần Thị Bình")
    after = remove_line(binh, detail.lines[-1].id, seen=seen)
    # Then Cường works on another proposal of the same unit: not the one who changed this one.
    cuong = staff(demo_db, "Lê Văn Cường")
    other = create_proposal(cuong, ProposalEntry("31300", 2023, "Đề nghị khác", DAY))
    add_line(cuong, other.proposal.id, LineEntry(ids[-1], "cstdcs"))
    for change in (
        lambda: update_line(demo_db, first, LineEntry(ids[0], "ldtt", achievement="x"), seen=seen),
        lambda: add_line(demo_db, pid, LineEntry(ids[0], "cstdcs"), seen=seen),
        lambda: remove_line(demo_db, first, seen=seen),
        lambda: delete_proposal(demo_db, pid, seen=seen),
    ):
        with pytest.raises(ChangedMeanwhileError, match="Trần Thị Bình đã sửa đề nghị “Đề nghị"):
            change()
    assert get_proposal(demo_db, pid).lines == after.lines  # nothing of the refused changes
    # Read again: the change goes through, and the next one with what it returned.
    done = update_line(demo_db, first, LineEntry(ids[0], "ldtt", achievement="x"),
                       seen=after.proposal.updated_at)  # fmt: skip
    assert done.lines[0].achievement == "x"
    remove_line(demo_db, first, seen=done.proposal.updated_at)
