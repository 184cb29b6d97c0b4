"""Definitions come down: campaigns, targets and criteria arrive read-only and can be used."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.services.campaigns.definitions import (
    ReadOnlyDefinitionError,
    get_campaign,
    save_campaign,
    save_indicator,
    set_target,
    targets_of,
)
from thidua_desktop.services.campaigns.results import evaluation_table, result_grid, set_result
from thidua_desktop.services.campaigns.rows import CampaignInput, IndicatorInput

from .conftest import COMMUNE, YEAR, Office

NEW_CAMPAIGN = "PTCDS-2023"


def create_campaign(city: Office) -> None:
    save_campaign(
        city.db,
        CampaignInput(
            code=NEW_CAMPAIGN,
            title="Phong trào thi đua “Chuyển đổi số” năm 2023",
            form="chuyen_de",
            start_date=dt.date(2023, 1, 1),
            end_date=dt.date(2023, 12, 31),
            scope_code="92",
            doc_number="45/KH-UBND",
        ),
    )
    save_indicator(
        city.db,
        NEW_CAMPAIGN,
        IndicatorInput(
            code="DVC_TT",
            name="Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình",
            unit_of_measure="%",
            decimals=1,
            comparator="at_least",
            source="manual",
            min_value=Decimal(0),
            max_value=Decimal(100),
            whole_number=False,
            note="",
        ),
    )
    set_target(
        city.db,
        campaign_code=NEW_CAMPAIGN,
        indicator_code="DVC_TT",
        unit_code=COMMUNE,
        year=YEAR,
        low="80",
    )


def test_a_city_campaign_reaches_a_commune_which_uses_it_but_cannot_edit_it(
    commune: Office, district: Office, city: Office
) -> None:
    create_campaign(city)
    district.import_(city.export(definitions=True))
    commune.import_(district.export(definitions=True))

    campaign, indicators = get_campaign(commune.db, NEW_CAMPAIGN)
    assert campaign.owner_code == "92" and [i.code for i in indicators] == ["DVC_TT"]
    assert targets_of(commune.db, campaign_code=NEW_CAMPAIGN, unit_code=COMMUNE, year=YEAR)[
        "DVC_TT"
    ].low == Decimal(80)

    set_result(
        commune.db,
        campaign_code=NEW_CAMPAIGN,
        indicator_code="DVC_TT",
        unit_code=COMMUNE,
        year=YEAR,
        value="85,5",
    )
    rows = evaluation_table(commune.db, year=YEAR, campaign_code=NEW_CAMPAIGN, unit_code=COMMUNE)
    assert rows[0].value == Decimal("85.5") and rows[0].status.value == "exceeded"
    with pytest.raises(ReadOnlyDefinitionError, match="92"):
        set_target(
            commune.db,
            campaign_code=NEW_CAMPAIGN,
            indicator_code="DVC_TT",
            unit_code=COMMUNE,
            year=YEAR,
            low="90",
        )
    with pytest.raises(ReadOnlyDefinitionError):
        save_campaign(
            commune.db,
            CampaignInput(
                code=NEW_CAMPAIGN,
                title="Đổi tên",
                form="chuyen_de",
                start_date=dt.date(2023, 1, 1),
                end_date=dt.date(2023, 12, 31),
                scope_code=COMMUNE,
            ),
            original_code=NEW_CAMPAIGN,
        )

    # ...and the commune's value goes back up to the city against the city's own campaign.
    district.import_(commune.export())
    city.import_(district.export())
    rows = evaluation_table(city.db, year=YEAR, campaign_code=NEW_CAMPAIGN, unit_code=COMMUNE)
    assert rows[0].value == Decimal("85.5")


def test_a_local_campaign_with_the_same_code_is_taken_over_keeping_its_results(
    district: Office, city: Office
) -> None:
    grid = result_grid(district.db, campaign_code="CT10-2023", year=YEAR)
    before = {k: c.value for k, c in grid.cells.items()}

    plan = district.preview(city.export(definitions=True)).plan
    assert plan.tables["campaign"].counts["replaced"] == 2  # the demo's CT10 and KH97
    district.import_(city.export(definitions=True))

    campaign, _ = get_campaign(district.db, "CT10-2023")
    assert campaign.owner_code == "92"
    after = result_grid(district.db, campaign_code="CT10-2023", year=YEAR)
    assert {k: c.value for k, c in after.cells.items()} == before


def test_definitions_from_below_are_refused(commune: Office, district: Office) -> None:
    before = district.dump()
    with pytest.raises(PackageRefused, match="chỉ nhận định nghĩa từ cấp trên"):
        district.import_(commune.export(definitions=True))
    assert district.dump() == before


def test_results_for_a_campaign_unknown_here_are_refused_with_advice(
    commune: Office, district: Office, city: Office
) -> None:
    create_campaign(city)
    commune.import_(city.export(definitions=True))  # straight from the city: district skipped
    set_result(
        commune.db,
        campaign_code=NEW_CAMPAIGN,
        indicator_code="DVC_TT",
        unit_code=COMMUNE,
        year=YEAR,
        value="70",
    )
    before = district.dump()
    with pytest.raises(PackageRefused, match="Hãy nhập gói định nghĩa"):
        district.import_(commune.export())
    assert district.dump() == before


def test_a_campaign_the_city_withdrew_is_removed_below_unless_it_has_data(
    district: Office, city: Office
) -> None:
    create_campaign(city)
    district.import_(city.export(definitions=True))
    from thidua_desktop.services.campaigns.definitions import delete_campaign

    delete_campaign(city.db, NEW_CAMPAIGN)
    plan = district.preview(city.export(definitions=True)).plan
    assert plan.tables["campaign"].counts["removed"] == 1
    assert plan.tables["campaign"].counts["kept"] == 0
    district.import_(city.export(definitions=True))
    assert NEW_CAMPAIGN not in {c.code for c in _campaigns(district)}


def _campaigns(office: Office) -> list[object]:
    from thidua_desktop.services.campaigns.definitions import list_campaigns

    return list(list_campaigns(office.db))


def test_the_district_passes_the_city_definitions_down_with_their_owner(
    commune: Office, district: Office, city: Office
) -> None:
    create_campaign(city)
    district.import_(city.export(definitions=True))
    package = district.export(definitions=True)
    assert district.last_export.table_rows["campaign"] == 3

    commune.import_(package)

    campaign, _ = get_campaign(commune.db, NEW_CAMPAIGN)
    assert campaign.owner_code == "92"
