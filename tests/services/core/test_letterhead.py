"""Letterhead: defaults by level of office, the office's own settings over them, audited."""

from __future__ import annotations

import pytest

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.services.core.letterhead import get_letterhead, set_letterhead
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.store.engine import Database


@pytest.mark.parametrize(
    ("office", "parent", "issuer", "symbol", "place", "title"),
    [
        ("92", "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", "SỞ NỘI VỤ", "BC-SNV", "Cần Thơ", "GIÁM ĐỐC"),
        (
            "916",
            "ỦY BAN NHÂN DÂN QUẬN NINH KIỀU",
            "PHÒNG NỘI VỤ",
            "BC-PNV",
            "Ninh Kiều",
            "TRƯỞNG PHÒNG",
        ),
        (
            "31117",
            "",  # a UBND has no cơ quan chủ quản line (NĐ 30/2020, DOMAIN §4.2)
            "ỦY BAN NHÂN DÂN\nPHƯỜNG CÁI KHẾ",
            "BC-UBND",
            "Cái Khế",
            "CHỦ TỊCH",
        ),
    ],
)
def test_defaults_follow_the_level_of_the_office(
    db: Database, office: str, parent: str, issuer: str, symbol: str, place: str, title: str
) -> None:
    set_profile(db, office_code=office, operator="Lan")
    head = get_letterhead(db)
    assert (head.issuer_parent, head.issuer, head.document_symbol, head.place) == (
        parent,
        issuer,
        symbol,
        place,
    )
    assert head.signer_title == title and head.signer_name == ""


def test_the_offices_own_settings_win_and_blank_goes_back_to_the_default(db: Database) -> None:
    set_profile(db, office_code="916", operator="Lan")
    head = set_letterhead(
        db,
        signer_name="Nguyễn Văn A",
        signer_authority="KT. TRƯỞNG PHÒNG",
        signer_title="PHÓ TRƯỞNG PHÒNG",
        recipients="Sở Nội vụ;\n\nLưu: VT, NV.",
    )
    assert head.signer_name == "Nguyễn Văn A"
    assert head.recipients == ("Sở Nội vụ;", "Lưu: VT, NV.")
    assert set_letterhead(db, signer_title="").signer_title == "TRƯỞNG PHÒNG"


def test_unknown_fields_and_overlong_values_are_refused(db: Database) -> None:
    set_profile(db, office_code="916", operator="Lan")
    with pytest.raises(InvalidInput):
        set_letterhead(db, color="đỏ")
    with pytest.raises(InvalidInput, match="dài quá"):
        set_letterhead(db, signer_name="x" * 121)
