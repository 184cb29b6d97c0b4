"""Campaign definitions: create, change, validate; targets; registrations with their review."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from decimal import Decimal as D

import pytest

from tests.engines import staff
from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.services.campaigns.definitions import (
    ReadOnlyDefinitionError,
    delete_campaign,
    delete_indicator,
    get_campaign,
    list_campaigns,
    save_campaign,
    save_indicator,
    set_target,
)
from thidua_desktop.services.campaigns.registrations import decide, list_registrations, register
from thidua_desktop.services.campaigns.rows import CampaignInput, IndicatorInput
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import Campaign

NEW = CampaignInput(
    code="PT-NK-2024",
    title="Phong trào thi đua “Dân vận khéo” năm 2024 & <thử>",
    form="chuyen_de",
    start_date=dt.date(2024, 1, 1),
    end_date=dt.date(2024, 12, 31),
    scope_code="916",
    doc_number="05/KH-UBND",
    doc_date=dt.date(2024, 1, 5),
    doc_issuer="UBND quận Ninh Kiều",
)
SHARE = IndicatorInput(
    code="TL",
    name="Tỷ lệ hộ tham gia",
    unit_of_measure="%",
    decimals=1,
    comparator="at_least",
    min_value=D(0),
    max_value=D(100),
)


@pytest.fixture
def district(demo_db: Database) -> Database:
    set_profile(demo_db, office_code="916", operator="Lan")
    return demo_db


def test_a_district_creates_a_campaign_with_indicators_and_targets(district: Database) -> None:
    assert save_campaign(district, NEW) == "PT-NK-2024"
    save_indicator(district, "PT-NK-2024", SHARE)
    target = set_target(
        district,
        campaign_code="PT-NK-2024",
        indicator_code="TL",
        unit_code="31117",
        year=2024,
        low="80",
    )
    assert target.describe("%") == "≥ 80%"
    campaign, indicators = get_campaign(district, "PT-NK-2024")
    assert campaign.title == "Phong trào thi đua “Dân vận khéo” năm 2024 & <thử>"
    assert campaign.document == "05/KH-UBND ngày 05/01/2024 của UBND quận Ninh Kiều"
    assert [i.code for i in indicators] == ["TL"]


def test_nfd_text_is_stored_nfc(district: Database) -> None:
    nfd = dataclasses.replace(NEW, title=unicodedata.normalize("NFD", "Thi đua Ninh Kiều"))
    save_campaign(district, nfd)
    campaign, _ = get_campaign(district, NEW.code)
    assert campaign.title == unicodedata.normalize("NFC", "Thi đua Ninh Kiều")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"code": "mã có dấu"}, "Mã phong trào"),
        ({"title": "   "}, "tên phong trào"),
        ({"end_date": dt.date(2023, 12, 31)}, "sau ngày kết thúc"),
        ({"form": "khac"}, "Hình thức"),
        ({"scope_code": "917"}, "không thuộc phạm vi"),
        ({"code": "CT10-2023"}, "Đã có phong trào"),
    ],
)
def test_invalid_campaigns_are_refused(
    district: Database, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(UserError, match=message):
        save_campaign(district, dataclasses.replace(NEW, **changes))  # type: ignore[arg-type]
    assert NEW.code not in {c.code for c in list_campaigns(district)}


def test_range_targets_need_ordered_bounds_within_the_indicators_rule(district: Database) -> None:
    save_campaign(district, NEW)
    save_indicator(district, NEW.code, dataclasses.replace(SHARE, comparator="range"))
    with pytest.raises(InvalidInput):
        set_target(
            district,
            campaign_code=NEW.code,
            indicator_code="TL",
            unit_code="916",
            year=2024,
            low="90",
            high="80",
        )
    with pytest.raises(InvalidInput, match="tối đa 100%"):
        set_target(
            district,
            campaign_code=NEW.code,
            indicator_code="TL",
            unit_code="916",
            year=2024,
            low="90",
            high="120",
        )
    target = set_target(
        district,
        campaign_code=NEW.code,
        indicator_code="TL",
        unit_code="916",
        year=2024,
        low="9,5",
        high="10",
    )
    assert target.describe("%") == "9,5 - 10%"


def test_a_campaign_with_results_cannot_be_deleted_nor_its_indicator(demo_db: Database) -> None:
    with pytest.raises(InvalidInput, match="đã có kết quả"):
        delete_campaign(demo_db, "CT10-2023")
    with pytest.raises(InvalidInput, match="đã có"):
        delete_indicator(demo_db, "CT10-2023", "BHYT")
    delete_indicator(demo_db, "CT10-2023", "NTM_KIEU_MAU")  # no results: allowed
    assert "NTM_KIEU_MAU" not in {i.code for i in get_campaign(demo_db, "CT10-2023")[1]}


def test_a_campaign_received_from_above_is_read_only(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        campaign = session.query(Campaign).filter_by(code="KH97-2023").one()
        campaign.owner_code = "92"
    with pytest.raises(ReadOnlyDefinitionError, match="chỉ xem"):
        save_indicator(demo_db, "KH97-2023", SHARE)
    campaign_row = next(c for c in list_campaigns(demo_db) if c.code == "KH97-2023")
    assert not campaign_row.editable


def test_registrations_are_approved_or_returned_with_a_reason(district: Database) -> None:
    row = register(
        district,
        campaign_code="CT10-2023",
        unit_code="31117",
        year=2023,
        titles="Tập thể lao động xuất sắc",
        registered_on=dt.date(2023, 2, 1),
    )
    assert row.status_label == "đã đăng ký"
    with pytest.raises(InvalidInput, match="lý do"):
        decide(district, campaign_code="CT10-2023", unit_code="31117", year=2023, approve=False)
    returned = decide(
        district,
        campaign_code="CT10-2023",
        unit_code="31117",
        year=2023,
        approve=False,
        reason="Thiếu chữ ký",
    )
    assert (returned.status, returned.return_reason) == ("returned", "Thiếu chữ ký")
    again = register(
        district,
        campaign_code="CT10-2023",
        unit_code="31117",
        year=2023,
        titles="Tập thể lao động xuất sắc",
        registered_on=dt.date(2023, 2, 9),
    )
    assert again.status == "registered"
    approved = decide(
        district, campaign_code="CT10-2023", unit_code="31117", year=2023, approve=True
    )
    assert approved.status_label == "đã duyệt"
    units = [
        r.unit_code for r in list_registrations(district, campaign_code="CT10-2023", year=2023)
    ]
    assert "31117" in units and "916" in units


def test_targets_changed_since_the_form_read_them_are_not_overwritten(demo_db: Database) -> None:
    from thidua_desktop.services.campaigns.definitions import (
        TargetEntry,
        save_targets,
        targets_of,
    )
    from thidua_desktop.services.core.audit import ChangedMeanwhileError

    seen = targets_of(demo_db, campaign_code="TD-2026", unit_code="31135", year=2026)
    save_targets(
        staff(demo_db, "Trần Thị Bình"), campaign_code="TD-2026", unit_code="31135", year=2026,
        entries=[TargetEntry("VON_DT", "1.500")], seen=seen,
    )  # fmt: skip
    with pytest.raises(ChangedMeanwhileError, match="Trần Thị Bình đã sửa chỉ tiêu năm 2026"):
        save_targets(
            demo_db, campaign_code="TD-2026", unit_code="31135", year=2026,
            entries=[TargetEntry("VON_DT", "1.600")], seen=seen,
        )  # fmt: skip
    now = targets_of(demo_db, campaign_code="TD-2026", unit_code="31135", year=2026)
    assert now["VON_DT"].low == 1500
