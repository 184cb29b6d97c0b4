"""The sổ sáng kiến and pending cases: kept and audited; a Chiến sĩ thi đua cơ sở without a
recognised initiative is warned about (where the unit keeps the book); a pending case holds a
person's awards — a warning on the line, a decision that leaves the line out — until it ends."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from thidua_desktop.domain.awards.initiatives import CaseKind, InitiativeLevel
from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.services.audit.trail import query_audit
from thidua_desktop.services.awards.cases import (
    close_case,
    delete_case,
    open_case,
    recipient_cases,
)
from thidua_desktop.services.awards.initiatives import (
    InitiativeEntry,
    delete_initiative,
    get_initiative,
    list_initiatives,
    save_initiative,
)
from thidua_desktop.services.awards.proposals import get_proposal
from thidua_desktop.services.awards.recipients import RecipientInUseError, delete_recipient
from thidua_desktop.services.awards.rows import DecisionEntry, ReviewEntry, WarningCode
from thidua_desktop.services.awards.workflow import decide_proposal, record_review
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.awards import AwardProposal, AwardRecipient


def recipient(db: Database, name: str) -> int:
    with db.reading() as session:
        found = session.scalar(select(AwardRecipient.id).where(AwardRecipient.name == name))
    assert found is not None
    return found


def proposal(db: Database, words: str) -> int:
    with db.reading() as session:
        found = session.scalar(select(AwardProposal.id).where(AwardProposal.title.contains(words)))
    assert found is not None
    return found


def warnings(db: Database, proposal_id: int, code: WarningCode) -> list[str]:
    return [w.message for w in get_proposal(db, proposal_id).warnings if w.code is code]


def test_the_demos_initiative_and_its_author(demo_db: Database) -> None:
    [row] = list_initiatives(demo_db, 2025)
    assert row.title.startswith("Quy trình tiếp nhận hồ sơ một cửa")
    assert row.level is InitiativeLevel.BASE and row.author_names == "Lâm Thị Kiều Oanh"
    assert (row.document_number, row.document_date) == ("05/QĐ-HĐSK", dt.date(2025, 11, 20))
    # Her Chiến sĩ thi đua cơ sở 2025 has its initiative: no warning.
    pd_2025 = proposal(demo_db, "cho tập thể, cá nhân xã Phong Điền")
    assert warnings(demo_db, pd_2025, WarningCode.INITIATIVE) == []
    # Without it, the line is warned about (xã Phong Điền keeps the book in 2025)…
    save_initiative(
        demo_db,
        InitiativeEntry(
            2025,
            "Sổ tay hướng dẫn thủ tục đất đai",
            InitiativeLevel.BASE,
            "31299",
            (recipient(demo_db, "Phạm Minh Khôi"),),
        ),
    )
    delete_initiative(demo_db, row.id)
    [message] = warnings(demo_db, pd_2025, WarningCode.INITIATIVE)
    assert message.startswith("Dòng 8 (Lâm Thị Kiều Oanh): chưa có sáng kiến")
    assert "cấp cơ sở được công nhận trong năm 2025" in message
    # … and a unit that keeps no book that year is not.
    for other in list_initiatives(demo_db, 2025):
        delete_initiative(demo_db, other.id)
    assert warnings(demo_db, pd_2025, WarningCode.INITIATIVE) == []
    actions = sorted(e.action for e in query_audit(demo_db, entity="initiative"))
    assert actions == ["create", "delete", "delete"]


def test_an_initiative_is_corrected_and_its_author_cannot_be_deleted(demo_db: Database) -> None:
    from thidua_desktop.domain.awards.types import Category, Gender, RecipientType
    from thidua_desktop.services.awards.recipients import save_recipient
    from thidua_desktop.services.awards.rows import RecipientEntry

    author = save_recipient(
        demo_db,
        RecipientEntry(
            RecipientType.INDIVIDUAL, "31299", "Tạ Minh Quân", Gender.MALE, 1990, "", Category.OTHER
        ),
    ).id
    row = save_initiative(
        demo_db,
        InitiativeEntry(
            2026,
            "  Bản đồ số  ",
            InitiativeLevel.BASE,
            "",
            (author,),
            document_date=dt.date(2026, 5, 4),
        ),
    )
    assert row.title == "Bản đồ số" and row.unit_code == "92"  # the office's council
    row = save_initiative(
        demo_db,
        InitiativeEntry(2026, "Bản đồ số khu dân cư", InitiativeLevel.PROVINCE, "31299", (author,)),
        initiative_id=row.id,
    )
    assert get_initiative(demo_db, row.id).level is InitiativeLevel.PROVINCE
    with pytest.raises(RecipientInUseError, match="tác giả của 1 sáng kiến"):
        delete_recipient(demo_db, author)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": " "}, "Hãy nhập tên sáng kiến"),
        ({"author_ids": ()}, "Hãy chọn tác giả"),
        ({"author_ids": (9999,)}, "Không có đối tượng khen thưởng #9999"),
        ({"document_date": dt.date(2024, 1, 1)}, "không thuộc năm 2026"),
        ({"unit_code": "00000"}, "00000"),
    ],
)
def test_bad_initiatives_are_refused(
    demo_db: Database, change: dict[str, object], message: str
) -> None:
    values: dict[str, object] = {
        "year": 2026,
        "title": "Sáng kiến",
        "level": InitiativeLevel.BASE,
        "unit_code": "",
        "author_ids": (recipient(demo_db, "Châu Ngọc Hân"),),
    } | change
    with pytest.raises(UserError, match=message):
        save_initiative(demo_db, InitiativeEntry(**values))  # type: ignore[arg-type]
    assert list_initiatives(demo_db, 2026) == []


def test_a_collective_is_no_author(demo_db: Database) -> None:
    firm = recipient(demo_db, "Công ty TNHH Nông sản sạch Phong Điền")
    with pytest.raises(InvalidInput, match="không phải cá nhân"):
        save_initiative(demo_db, InitiativeEntry(2026, "X", InitiativeLevel.BASE, "", (firm,)))


def test_a_pending_case_holds_the_line_until_it_ends(demo_db: Database) -> None:
    held = recipient(demo_db, "Lê Quốc Thịnh")
    nk_2026 = proposal(demo_db, "“Lao động tiên tiến” năm 2026 cho cá nhân phường Ninh Kiều")
    [case] = recipient_cases(demo_db, held)
    assert case.open and case.case.kind is CaseKind.DISCIPLINE
    [message] = warnings(demo_db, nk_2026, WarningCode.HELD)
    assert "Lê Quốc Thịnh" in message and "đang bị xem xét kỷ luật từ ngày 20/11/2026" in message

    record_review(demo_db, nk_2026, ReviewEntry(dt.date(2026, 12, 1), 7, 7))
    decision = DecisionEntry("530/QĐ-UBND", dt.date(2026, 12, 3), "Nguyễn Thanh Phong")
    with pytest.raises(InvalidInput, match="tạm dừng xét khen thưởng") as refused:
        decide_proposal(demo_db, nk_2026, decision)
    assert "hãy bỏ chọn dòng đó" in str(refused.value)
    assert get_proposal(demo_db, nk_2026).decisions == ()
    detail = get_proposal(demo_db, nk_2026)
    others = tuple(line.id for line in detail.lines if line.recipient.id != held)
    detail = decide_proposal(
        demo_db, nk_2026, DecisionEntry("530/QĐ-UBND", dt.date(2026, 12, 3), "A", line_ids=others)
    )
    assert len([line for line in detail.lines if line.decided]) == len(others)

    close_case(demo_db, case.id, dt.date(2026, 12, 4))
    assert warnings(demo_db, nk_2026, WarningCode.HELD) == []
    detail = decide_proposal(
        demo_db, nk_2026, DecisionEntry("531/QĐ-UBND", dt.date(2026, 12, 5), "Nguyễn Thanh Phong")
    )
    assert all(line.decided for line in detail.lines)
    actions = sorted(e.action for e in query_audit(demo_db, entity="recipient_case"))
    assert actions == ["update"]
    # The audit trail keeps no note of the case (personal).
    assert all("thẩm định" not in str(e) for e in query_audit(demo_db, entity="recipient_case"))


def test_cases_are_checked(demo_db: Database) -> None:
    person = recipient(demo_db, "Võ Thanh Sang")
    rows = open_case(demo_db, person, CaseKind.COMPLAINT, dt.date(2026, 3, 1), "đơn thư")
    with pytest.raises(InvalidInput, match="chưa kết thúc"):
        open_case(demo_db, person, CaseKind.COMPLAINT, dt.date(2026, 4, 1))
    with pytest.raises(InvalidInput, match="trước ngày bắt đầu"):
        close_case(demo_db, rows[0].id, dt.date(2026, 2, 1))
    with pytest.raises(InvalidInput, match="chưa đến"):
        open_case(demo_db, person, CaseKind.INSPECTION, dt.date.today() + dt.timedelta(days=2))
    assert delete_case(demo_db, rows[0].id) == []
    with pytest.raises(InvalidInput, match="Không có việc #"):
        close_case(demo_db, rows[0].id, dt.date(2026, 5, 1))


def test_a_locked_year_keeps_its_initiatives(demo_db: Database) -> None:
    from thidua_desktop.services.core.locks import PeriodLockedError, lock_year

    [row] = list_initiatives(demo_db, 2025)
    lock_year(demo_db, 2025)
    with pytest.raises(PeriodLockedError):
        delete_initiative(demo_db, row.id)
    with pytest.raises(PeriodLockedError):
        save_initiative(
            demo_db,
            InitiativeEntry(
                2025, "Muộn", InitiativeLevel.BASE, "", tuple(a.id for a in row.authors)
            ),
        )
    assert list_initiatives(demo_db, 2025) == [row]


def test_deleting_an_unused_recipient_removes_its_cases_in_the_audit_trail(
    demo_db: Database,
) -> None:
    from thidua_desktop.domain.awards.types import Category, Gender, RecipientType
    from thidua_desktop.services.awards.recipients import save_recipient
    from thidua_desktop.services.awards.rows import RecipientEntry

    person = save_recipient(
        demo_db,
        RecipientEntry(
            RecipientType.INDIVIDUAL, "31299", "Hồ Văn Tư", Gender.MALE, 1980, "", Category.OTHER
        ),
    ).id
    [case] = open_case(demo_db, person, CaseKind.DISCIPLINE, dt.date(2026, 11, 1), "riêng tư")
    delete_recipient(demo_db, person)
    deleted = [e for e in query_audit(demo_db, entity="recipient_case") if e.action == "delete"]
    assert [e.key for e in deleted] == [str(case.id)]
