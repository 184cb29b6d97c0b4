"""Targets for many units at once: the grid of a province's communes, saved all or nothing."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from tests.engines import staff
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.services.campaigns.definitions import targets_of
from thidua_desktop.services.campaigns.target_grid import save_target_grid, target_grid
from thidua_desktop.services.core.audit import ChangedMeanwhileError
from thidua_desktop.store.engine import Database


def test_the_grid_is_the_citys_communes_of_2026_and_their_targets(demo_db: Database) -> None:
    grid = target_grid(demo_db, campaign_code="TD-2026", year=2026)
    assert len(grid.units) == 104 and grid.units[0] == ("92", "Thành phố Cần Thơ")
    assert "ANTT_3KHONG" not in {i.code for i in grid.indicators}  # computed: not typed
    assert grid.texts[("92", "GRDP")] == "10 - 10,5"
    assert next(i for i in grid.indicators if i.code == "GRDP").range
    assert ("31135", "VON_DT") in grid.texts


def test_a_block_is_saved_at_once_and_a_bad_cell_refuses_it_by_name(demo_db: Database) -> None:
    changed = save_target_grid(
        demo_db,
        campaign_code="TD-2026",
        year=2026,
        texts={
            ("31135", "VON_DT"): "1.234",
            ("31299", "VON_DT"): "987",
            ("31299", "BHYT"): "",  # removed
            ("92", "GRDP"): "10,2 - 11",
        },
    )
    assert changed == 4
    assert targets_of(demo_db, campaign_code="TD-2026", unit_code="31135", year=2026)[
        "VON_DT"
    ].low == D("1234")
    assert "BHYT" not in targets_of(demo_db, campaign_code="TD-2026", unit_code="31299", year=2026)
    city = targets_of(demo_db, campaign_code="TD-2026", unit_code="92", year=2026)["GRDP"]
    assert (city.low, city.high) == (D("10.2"), D("11"))
    with pytest.raises(InvalidInput, match="Phường Ninh Kiều, Tỷ lệ hộ nghèo: “abc”"):
        save_target_grid(
            demo_db,
            campaign_code="TD-2026",
            year=2026,
            texts={("31120", "VON_DT"): "5", ("31135", "HO_NGHEO"): "abc"},
        )
    # nothing of the refused save was kept
    assert targets_of(demo_db, campaign_code="TD-2026", unit_code="31120", year=2026)[
        "VON_DT"
    ].low != D("5")
    with pytest.raises(InvalidInput, match="không giao bằng bảng"):
        save_target_grid(
            demo_db, campaign_code="TD-2026", year=2026, texts={("92", "ANTT_3KHONG"): "80"}
        )


def test_last_years_targets_come_from_the_campaign_that_ran_then(demo_db: Database) -> None:
    grid = target_grid(demo_db, campaign_code="TD-2026", year=2026)
    assert grid.previous_from == (
        "Phong trào thi đua yêu nước năm 2025 của thành phố Cần Thơ — năm 2025"
    )
    last = target_grid(demo_db, campaign_code="TD-2025", year=2025)
    assert grid.previous == last.texts  # the same units and indicator codes a year before
    # A campaign over two years takes its own first year's targets.
    second = target_grid(demo_db, campaign_code="KH97-2023", year=2024)
    first = target_grid(demo_db, campaign_code="KH97-2023", year=2023)
    assert second.previous == first.texts and second.previous_from.endswith("— năm 2023")
    # Nothing a year before the first campaign.
    assert target_grid(demo_db, campaign_code="TD-2025", year=2025).previous == {}


def test_a_cell_someone_changed_since_the_table_was_read_refuses_the_save_by_name(
    demo_db: Database,
) -> None:
    grid = target_grid(demo_db, campaign_code="TD-2026", year=2026)
    mine = {("31135", "VON_DT"): "2.000", ("31120", "VON_DT"): "3.000"}
    # Bình, on another PC, saves Ninh Kiều's target first.
    save_target_grid(staff(demo_db, "Trần Thị Bình"), campaign_code="TD-2026", year=2026,
                     texts={("31135", "VON_DT"): "1.500"}, seen=grid.texts)  # fmt: skip
    # Then Cúc another target of the same unit: the refusal still names who changed this one.
    save_target_grid(staff(demo_db, "Lê Thị Cúc"), campaign_code="TD-2026", year=2026,
                     texts={("31135", "BHYT"): "96"}, seen=grid.texts)  # fmt: skip
    with pytest.raises(
        ChangedMeanwhileError,
        match=r"Trần Thị Bình đã sửa chỉ tiêu “.*” năm 2026 của Phường Ninh Kiều thành “1\.500”",
    ):
        save_target_grid(demo_db, campaign_code="TD-2026", year=2026, texts=mine, seen=grid.texts)
    units = targets_of(demo_db, campaign_code="TD-2026", unit_code="31135", year=2026)
    assert units["VON_DT"].low == D("1500")  # theirs stays
    assert targets_of(demo_db, campaign_code="TD-2026", unit_code="31120", year=2026)[
        "VON_DT"
    ].low != D("3000")  # and nothing of mine was saved

    # Read again, then saved; typed "2000" is read back as "2.000": saving again is no conflict.
    again = target_grid(demo_db, campaign_code="TD-2026", year=2026)
    typed = {("31135", "VON_DT"): "2000"}
    assert save_target_grid(demo_db, campaign_code="TD-2026", year=2026, texts=typed,
                            seen=again.texts) == 1  # fmt: skip
    seen = {**again.texts, **typed}
    assert save_target_grid(demo_db, campaign_code="TD-2026", year=2026,
                            texts={("31135", "VON_DT"): "2.100"}, seen=seen) == 1  # fmt: skip
