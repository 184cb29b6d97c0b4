"""The fund book of the demonstration's city office: receipts and payments with their running
balance, the opening balance carried from the year before (or set), totals per category, the
warning before the fund goes below zero, payments of a decision's tiền thưởng, bad input."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.fund import EntryKind
from thidua_desktop.services.audit.trail import query_audit
from thidua_desktop.services.core.audit import ChangedMeanwhileError
from thidua_desktop.services.core.locks import PeriodLockedError, lock_year
from thidua_desktop.services.core.scope import OutOfScopeError
from thidua_desktop.services.fund.categories import list_categories, save_category
from thidua_desktop.services.fund.ledger import (
    NegativeBalanceError,
    decision_choices,
    delete_entry,
    get_ledger,
    save_entry,
    set_opening,
)
from thidua_desktop.services.fund.rows import FundEntryInput
from thidua_desktop.store.engine import Database

THU, CHI = EntryKind.RECEIPT, EntryKind.PAYMENT


def receipt(number: str, day: dt.date, amount: str, code: str = "ngan_sach") -> FundEntryInput:
    return FundEntryInput(THU, number, day, amount, code, "Nhận kinh phí")


def payment(number: str, day: dt.date, amount: str, code: str = "phong_trao") -> FundEntryInput:
    return FundEntryInput(CHI, number, day, amount, code, "Chi tổ chức phong trào")


def test_lines_give_a_running_balance_and_totals_per_category(demo_db: Database) -> None:
    save_entry(demo_db, receipt("PT01", dt.date(2025, 2, 1), "50.000.000"))
    save_entry(demo_db, receipt("PT02", dt.date(2025, 3, 1), "5.000.000", "dong_gop"))
    save_entry(demo_db, payment("PC01", dt.date(2025, 2, 15), "12.500.000"))
    ledger = save_entry(demo_db, payment("PC02", dt.date(2025, 4, 1), "2.000.000", "hien_vat"))

    assert ledger.unit_name == "Thành phố Cần Thơ" and ledger.opening == 0
    assert [(line.number, line.balance) for line in ledger.lines] == [
        ("PT01", 50_000_000),
        ("PC01", 37_500_000),
        ("PT02", 42_500_000),
        ("PC02", 40_500_000),
    ]
    assert (ledger.receipts, ledger.payments, ledger.closing) == (
        55_000_000,
        14_500_000,
        40_500_000,
    )
    assert [(t.kind, t.code, t.amount, t.count) for t in ledger.totals] == [
        (THU, "ngan_sach", 50_000_000, 1),
        (THU, "dong_gop", 5_000_000, 1),
        (CHI, "hien_vat", 2_000_000, 1),
        (CHI, "phong_trao", 12_500_000, 1),
    ]
    assert ledger.totals[0].name == "Ngân sách cấp"
    entries = [e for e in query_audit(demo_db, entity="fund_entry") if e.action != "demo_load"]
    assert len(entries) == 4 and {e.action for e in entries} == {"create"}


def test_the_opening_balance_is_carried_from_the_year_before_or_set(demo_db: Database) -> None:
    set_opening(demo_db, year=2024, amount="10.000.000", note="Số dư khi mở sổ")
    save_entry(demo_db, receipt("PT01", dt.date(2024, 5, 1), "3.000.000"))
    save_entry(demo_db, payment("PC01", dt.date(2025, 6, 1), "4.000.000"))
    assert get_ledger(demo_db, year=2024).closing == 13_000_000
    ledger_2025 = get_ledger(demo_db, year=2025)
    assert ledger_2025.opening == 13_000_000 and not ledger_2025.opening_set
    assert ledger_2025.closing == 9_000_000
    assert get_ledger(demo_db, year=2026).opening == 9_000_000  # a year with no line carries too
    # a settlement: 2026 starts from the balance the office set
    ledger_2026 = set_opening(demo_db, year=2026, amount="8.500.000")
    assert ledger_2026.opening == 8_500_000 and ledger_2026.opening_set
    assert set_opening(demo_db, year=2026, amount=None).opening == 9_000_000


def test_a_payment_that_empties_the_fund_is_warned_before_it_is_written(
    demo_db: Database,
) -> None:
    save_entry(demo_db, receipt("PT01", dt.date(2026, 1, 10), "1.000.000"))
    with pytest.raises(
        NegativeBalanceError, match=re.escape("sẽ âm 500.000 đồng vào ngày 20/01/2026")
    ):
        save_entry(demo_db, payment("PC01", dt.date(2026, 1, 20), "1.500.000"))
    assert len(get_ledger(demo_db, year=2026).lines) == 1  # nothing written
    ledger = save_entry(
        demo_db, payment("PC01", dt.date(2026, 1, 20), "1.500.000"), allow_negative=True
    )
    assert ledger.closing == -500_000
    # removing the receipt that funds a payment is warned too
    receipt_id = ledger.lines[0].id
    with pytest.raises(NegativeBalanceError):
        delete_entry(demo_db, receipt_id)
    # a later receipt is not held back by the deficit that was already there
    assert save_entry(demo_db, receipt("PT02", dt.date(2026, 2, 1), "100.000")).closing == -400_000


def test_correcting_and_removing_a_line_are_audited(demo_db: Database) -> None:
    ledger = save_entry(demo_db, receipt("PT01", dt.date(2026, 1, 10), "1.000.000"))
    line = ledger.lines[0]
    corrected = FundEntryInput(THU, "PT01", dt.date(2026, 1, 11), "1.200.000", "trich_luong")
    ledger = save_entry(demo_db, corrected, entry_id=line.id, seen=line.updated_at)
    assert ledger.lines[0].amount == 1_200_000 and ledger.lines[0].category_code == "trich_luong"
    # the screen that read the line before the correction may not overwrite it
    with pytest.raises(ChangedMeanwhileError, match="đã sửa chứng từ PT01"):
        save_entry(demo_db, corrected, entry_id=line.id, seen=line.updated_at)
    ledger = delete_entry(demo_db, line.id, reason="Ghi nhầm")
    assert ledger.lines == ()
    actions = [
        e.action for e in query_audit(demo_db, entity="fund_entry") if e.action != "demo_load"
    ]
    assert sorted(actions) == ["create", "delete", "update"]


def test_a_payment_of_a_decision_proposes_what_is_left_of_its_tien_thuong(
    demo_db: Database,
) -> None:
    save_entry(demo_db, receipt("PT01", dt.date(2026, 1, 5), "20.000.000"))
    choices = decision_choices(demo_db, year=2026)
    by_number = {c.number: c for c in choices}
    assert by_number["128/QĐ-UBND"].total == 11_700_000
    assert by_number["298/QĐ-UBND"].total == 3_890_000
    decision = by_number["128/QĐ-UBND"]
    pay = FundEntryInput(
        CHI, "PC05", dt.date(2026, 6, 1), "1.000.000", "tien_thuong", decision_id=decision.id
    )
    save_entry(demo_db, pay)
    rest = FundEntryInput(
        CHI, "PC06", dt.date(2026, 6, 2), "", "tien_thuong", decision_id=decision.id
    )
    ledger = save_entry(demo_db, rest)
    assert ledger.lines[-1].amount == 10_700_000
    assert ledger.lines[-1].decision_number == "128/QĐ-UBND"
    paid = {c.number: c for c in decision_choices(demo_db, year=2026)}["128/QĐ-UBND"]
    assert (paid.paid, paid.remaining) == (11_700_000, 0)
    with pytest.raises(InvalidInput, match="đã chi hết"):
        save_entry(demo_db, rest)
    with pytest.raises(InvalidInput, match="vượt quá phần còn lại"):
        save_entry(demo_db, pay)
    receipt_linked = FundEntryInput(
        THU, "PT09", dt.date(2026, 6, 1), "1", "ngan_sach", decision_id=decision.id
    )
    with pytest.raises(InvalidInput, match="Chỉ khoản chi"):
        save_entry(demo_db, receipt_linked)


def test_a_decision_paid_by_the_communes_fund_is_not_paid_again_by_the_citys(
    demo_db: Database,
) -> None:
    # The demonstration's xã Phong Điền book paid 298/QĐ-UBND in full (3.890.000 đồng).
    decision = {c.number: c for c in decision_choices(demo_db, year=2026)}["298/QĐ-UBND"]
    assert (decision.paid, decision.remaining) == (3_890_000, 0)
    save_entry(demo_db, receipt("PT01", dt.date(2026, 1, 5), "20.000.000"))
    again = FundEntryInput(
        CHI, "PC09", dt.date(2026, 11, 2), "", "tien_thuong", decision_id=decision.id
    )
    with pytest.raises(InvalidInput, match="đã chi hết"):
        save_entry(demo_db, again)


def test_a_ward_cannot_pay_a_decision_of_another_units_proposal(demo_db: Database) -> None:
    from thidua_desktop.services.core.profile import set_profile

    decision = {c.number: c for c in decision_choices(demo_db, year=2026)}["298/QĐ-UBND"]
    set_profile(demo_db, office_code="31135")  # phường Ninh Kiều
    pay = FundEntryInput(
        CHI, "PC01", dt.date(2026, 6, 1), "10.000", "tien_thuong", decision_id=decision.id
    )
    with pytest.raises(InvalidInput, match="không thuộc Phường Ninh Kiều"):
        save_entry(demo_db, pay, allow_negative=True)


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("1.500.000,5", "số đồng chẵn"),
        ("0", "lớn hơn 0"),
        ("-200.000", "lớn hơn 0"),
        ("mười nghìn", "không hợp lệ: hãy nhập số đồng chẵn, ví dụ 1.500.000"),
        ("", "Hãy nhập số tiền"),
    ],
)
def test_bad_amounts_are_refused_with_a_vietnamese_message(
    demo_db: Database, amount: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        save_entry(demo_db, receipt("PT01", dt.date(2026, 1, 5), amount))


def test_bad_lines_are_refused(demo_db: Database) -> None:
    with pytest.raises(InvalidInput, match="số chứng từ"):
        save_entry(demo_db, receipt("  ", dt.date(2026, 1, 5), "1.000"))
    with pytest.raises(InvalidInput, match='Không có mục thu "hien_vat"'):
        save_entry(demo_db, receipt("PT01", dt.date(2026, 1, 5), "1.000", "hien_vat"))
    with pytest.raises(OutOfScopeError, match="không thuộc phạm vi"):
        save_entry(demo_db, receipt("PT01", dt.date(2023, 1, 5), "1.000"), unit_code="94")
    lock_year(demo_db, 2023, note="Đã quyết toán")
    with pytest.raises(PeriodLockedError):
        save_entry(demo_db, receipt("PT01", dt.date(2023, 1, 5), "1.000"))


def test_the_office_adds_renames_and_retires_categories(demo_db: Database) -> None:
    save_entry(
        demo_db, payment("PC01", dt.date(2026, 1, 5), "1.000", "chi_khac"), allow_negative=True
    )
    save_category(demo_db, kind=CHI, code="hoi_nghi", name="Hội nghị tổng kết")
    save_category(demo_db, kind=CHI, code="chi_khac", name=None, active=False)  # keeps its name
    active = [c.code for c in list_categories(demo_db) if c.kind is CHI]
    assert "hoi_nghi" in active and "chi_khac" not in active
    ledger = get_ledger(demo_db, year=2026)
    assert ledger.lines[0].category_name == "Chi khác"  # the line keeps its category
    with pytest.raises(InvalidInput, match="Mã mục thu, chi"):
        save_category(demo_db, kind=CHI, code="Hội nghị", name="x")


def test_a_category_added_by_its_name_gets_a_code_of_its_own(demo_db: Database) -> None:
    every = save_category(demo_db, kind=CHI, code=None, name="Hội nghị  tổng kết")
    assert ("hoi_nghi_tong_ket", "Hội nghị tổng kết", True) in {
        (c.code, c.name, c.active) for c in every if c.kind is CHI
    }
    # the same name, in other letters, is refused; a name whose code is taken is numbered
    with pytest.raises(InvalidInput, match='Đã có mục chi "Hội nghị tổng kết"'):
        save_category(demo_db, kind=CHI, code=None, name="HỘI NGHỊ TỔNG KẾT")
    save_category(demo_db, kind=CHI, code="hoi_nghi_tong_ket", name="Hội nghị sơ kết")
    every = save_category(demo_db, kind=CHI, code=None, name="Hội nghị tổng kết")
    assert "hoi_nghi_tong_ket_2" in {c.code for c in every}
    # a receipt may have the name of a payment; a name without letters gets a plain code
    every = save_category(demo_db, kind=EntryKind.RECEIPT, code=None, name="Hội nghị tổng kết")
    assert ("thu", "hoi_nghi_tong_ket") in {(c.kind.value, c.code) for c in every}
    every = save_category(demo_db, kind=CHI, code=None, name="***")
    assert ("muc", "***") in {(c.code, c.name) for c in every}
    with pytest.raises(InvalidInput, match="Hãy nhập tên mục"):
        save_category(demo_db, kind=CHI, code=None, name="   ")
    # nor may a rename give a mục the name of another
    with pytest.raises(InvalidInput, match='Đã có mục chi "Chi khác"'):
        save_category(demo_db, kind=CHI, code="hoi_nghi_tong_ket", name="chi  KHÁC")


def test_a_category_sharing_a_name_may_still_be_retired(demo_db: Database) -> None:
    # two mục of one name, from before a rename was checked: either may be retired
    with demo_db.transaction() as session:
        from thidua_desktop.store.models.fund import FundCategory

        save = [FundCategory(kind="chi", code=c, name="Hội nghị", position=20 + i, active=True)
                for i, c in enumerate(("hoi_nghi", "hoi_nghi_2"))]  # fmt: skip
        session.add_all(save)
    every = save_category(demo_db, kind=CHI, code="hoi_nghi_2", name="Hội nghị", active=False)
    assert ("hoi_nghi_2", False) in {(c.code, c.active) for c in every}


def test_a_retired_category_is_named_as_retired(demo_db: Database) -> None:
    save_category(demo_db, kind=CHI, code="hien_vat", name=None, active=False)
    with pytest.raises(InvalidInput, match='Mục chi "In phôi, làm khung, hiện vật khen thưởng" đã'):
        save_entry(demo_db, payment("PC01", dt.date(2026, 1, 5), "1.000", "hien_vat"))


def test_the_demonstration_has_the_fund_book_of_xa_phong_dien(demo_db: Database) -> None:
    from thidua_desktop.services.core.profile import set_profile

    set_profile(demo_db, office_code="31299")
    ledger = get_ledger(demo_db, year=2026)
    assert ledger.unit_name == "Xã Phong Điền" and ledger.opening_set
    assert (ledger.opening, ledger.receipts, ledger.payments) == (8_000_000, 17_000_000, 7_590_000)
    assert ledger.closing == 17_410_000
    paid = [line for line in ledger.lines if line.decision_number]
    assert [(p.number, p.amount, p.decision_number) for p in paid] == [
        ("PC05/2026", 3_890_000, "298/QĐ-UBND")
    ]
    choice = {c.number: c for c in decision_choices(demo_db, year=2026)}["298/QĐ-UBND"]
    assert (choice.total, choice.paid, choice.remaining) == (3_890_000, 3_890_000, 0)
