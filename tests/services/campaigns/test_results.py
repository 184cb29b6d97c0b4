"""Campaign results: the demo's evaluation, recording values, refusals, grid saves."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from tests.engines import staff
from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.evaluation import Status
from thidua_desktop.services.campaigns.definitions import UnknownCampaignError
from thidua_desktop.services.campaigns.results import (
    ComputedIndicatorError,
    evaluation_table,
    result_grid,
    save_results,
    set_result,
)
from thidua_desktop.services.campaigns.rows import ResultEdit, ValueOrigin
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.services.core.scope import OutOfScopeError
from thidua_desktop.services.core.setup import prepare
from thidua_desktop.services.core.units import UnknownUnitError
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AuditEntry, Result


def statuses(db: Database, unit: str | None = None) -> dict[str, Status]:
    rows = evaluation_table(db, year=2023, campaign_code="CT10-2023", unit_code=unit)
    return {r.indicator_code: r.status for r in rows}


def counts(db: Database) -> tuple[int, int]:
    with db.reading() as session:
        return (
            int(session.scalar(select(func.count()).select_from(Result)) or 0),
            int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0),
        )


def test_the_demo_shows_every_status_for_the_city(demo_db: Database) -> None:
    assert statuses(demo_db) == {
        "GRDP": Status.BELOW,  # 5,75% against 9,5 - 10%
        "GRDP_BQ": Status.BELOW,  # 94,12 against 95 - 98 triệu đồng
        "VON_DT": Status.BELOW,  # sum of the districts, 37.700 against 43.000 tỷ đồng
        "DO_THI_HOA": Status.MET,  # 74% against ≥ 74%
        "LD_DAO_TAO": Status.EXCEEDED,  # 82,5% against ≥ 82%
        "HO_NGHEO": Status.EXCEEDED,  # 0,21% against ≤ 0,36%: lower is better
        "BHYT": Status.BELOW,  # 92,40% against ≥ 92,45%
        "NTM_NANG_CAO": Status.BELOW,  # 4 xã recognised nâng cao for 2023 against +5 (demo)
        "NTM_KIEU_MAU": Status.EXCEEDED,  # 5 xã kiểu mẫu for 2023 (Định Môn…) against +2
        "ANTT_3KHONG": Status.EXCEEDED,  # 78,31% of the 83 units "3 không" and ANTT (demo)
    }


def test_sum_indicators_aggregate_the_districts(demo_db: Database) -> None:
    row = next(
        r
        for r in evaluation_table(demo_db, year=2023, campaign_code="CT10-2023")
        if r.indicator_code == "VON_DT"
    )
    assert row.value == D(37700)
    assert row.origin is ValueOrigin.AGGREGATED
    assert row.ratio_percent == D("87.67")
    assert row.target_text == "≥ 43.000 tỷ đồng"


def test_a_district_is_evaluated_against_its_own_allocation(demo_db: Database) -> None:
    result = statuses(demo_db, "916")
    assert result["VON_DT"] is Status.EXCEEDED
    assert result["HO_NGHEO"] is Status.EXCEEDED
    assert result["GRDP"] is Status.NO_DATA


@pytest.mark.parametrize("typed", ["9,5", "9.5", "9,50", " 9,5 "])
def test_a_value_typed_the_vietnamese_way_is_recorded_exactly(
    demo_db: Database, typed: str
) -> None:
    value = set_result(
        demo_db,
        campaign_code="CT10-2023",
        indicator_code="GRDP",
        unit_code="92",
        year=2023,
        value=typed,
    )
    assert value == D("9.5")
    assert statuses(demo_db)["GRDP"] is Status.MET


def test_range_bounds_and_lower_is_better_through_the_service(demo_db: Database) -> None:
    def status_after(indicator: str, value: str) -> Status:
        set_result(
            demo_db,
            campaign_code="CT10-2023",
            indicator_code=indicator,
            unit_code="92",
            year=2023,
            value=value,
        )
        return statuses(demo_db)[indicator]

    assert status_after("GRDP", "10") is Status.MET
    assert status_after("GRDP", "10,01") is Status.EXCEEDED
    assert status_after("GRDP", "9,49") is Status.BELOW
    assert status_after("HO_NGHEO", "0,36") is Status.MET
    assert status_after("HO_NGHEO", "0,37") is Status.BELOW
    assert status_after("HO_NGHEO", "0,355") is Status.MET  # rounds to 0,36


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"campaign_code": "KHONG-CO"}, UnknownCampaignError, "KHONG-CO"),
        ({"indicator_code": "KHONG_CO"}, UnknownCampaignError, "KHONG_CO"),
        ({"unit_code": "99999"}, UnknownUnitError, "99999"),
        ({"value": "chín phẩy năm"}, InvalidInput, "Số không hợp lệ"),
        ({"value": "101", "indicator_code": "BHYT"}, InvalidInput, "tối đa 100%"),
        (
            {"value": "-5", "indicator_code": "VON_DT", "unit_code": "916"},
            InvalidInput,
            "tối thiểu 0",
        ),
        ({"indicator_code": "ANTT_3KHONG"}, ComputedIndicatorError, "tính tự động"),
        ({"year": 2024}, InvalidInput, "ngoài thời gian"),
        ({"value": ""}, InvalidInput, "Hãy nhập"),
    ],
)
def test_refused_results_change_nothing(
    demo_db: Database, changes: dict[str, object], error: type[UserError], message: str
) -> None:
    before = counts(demo_db)
    arguments: dict[str, object] = {
        "campaign_code": "CT10-2023",
        "indicator_code": "GRDP",
        "unit_code": "92",
        "year": 2023,
        "value": "9,7",
    }
    arguments.update(changes)
    with pytest.raises(error, match=message):
        set_result(demo_db, **arguments)  # type: ignore[arg-type]
    assert counts(demo_db) == before


def test_a_district_office_cannot_record_for_another_district(demo_db: Database) -> None:
    set_profile(demo_db, office_code="916")
    with pytest.raises(OutOfScopeError, match="không thuộc phạm vi"):
        set_result(
            demo_db,
            campaign_code="CT10-2023",
            indicator_code="BHYT",
            unit_code="917",
            year=2023,
            value="93",
        )


def test_every_result_change_is_audited_with_old_and_new(demo_db: Database) -> None:
    set_result(
        demo_db,
        campaign_code="CT10-2023",
        indicator_code="BHYT",
        unit_code="92",
        year=2023,
        value="92,5",
    )
    with demo_db.reading() as session:
        old, new = session.execute(
            select(AuditEntry.old_value, AuditEntry.new_value)
            .where(AuditEntry.entity == "result")
            .order_by(AuditEntry.id.desc())
        ).first()  # type: ignore[misc]
    assert '"value": "92.40"' in old and '"value": "92.5"' in new


def test_a_grid_save_keeps_the_good_cells_and_reports_the_bad_one(demo_db: Database) -> None:
    report = save_results(
        demo_db,
        campaign_code="CT10-2023",
        year=2023,
        edits=[
            ResultEdit("916", "BHYT", "94,1"),
            ResultEdit("917", "BHYT", "1O2"),  # letter O typed for a zero
            ResultEdit("918", "BHYT", "93.7"),
            ResultEdit("919", "BHYT", ""),  # cleared
        ],
    )
    assert (report.saved, report.cleared) == (2, 1)
    assert [(p.unit_code, p.indicator_code) for p in report.problems] == [("917", "BHYT")]
    grid = result_grid(demo_db, campaign_code="CT10-2023", year=2023)
    units = {u.code: u.id for u in grid.units}
    bhyt = next(i.id for i in grid.indicators if i.code == "BHYT")
    assert grid.cells[(units["916"], bhyt)].value == D("94.1")
    assert grid.cells[(units["917"], bhyt)].value == D("91.80")  # unchanged
    assert grid.cells[(units["919"], bhyt)].value is None


def test_the_grid_marks_computed_indicators_and_the_parent_row(demo_db: Database) -> None:
    grid = result_grid(demo_db, campaign_code="CT10-2023", year=2023)
    assert grid.units[0].code == "92" and grid.units[0].is_parent
    assert len(grid.units) == 10
    antt = next(i for i in grid.indicators if i.code == "ANTT_3KHONG")
    assert not grid.cells[(grid.units[1].id, antt.id)].editable
    grdp = next(i for i in grid.indicators if i.code == "GRDP")
    assert grid.cells[(grid.units[1].id, grdp.id)].editable


def test_loading_the_demo_twice_adds_nothing(demo_db: Database) -> None:
    before = counts(demo_db)
    assert prepare(demo_db, demo=True) == 0
    assert counts(demo_db) == before


def test_results_outside_the_year_of_a_campaign_are_not_shown(demo_db: Database) -> None:
    assert evaluation_table(demo_db, year=2022) == []
    rows = evaluation_table(demo_db, year=2023)
    assert {r.campaign_code for r in rows} == {"CT10-2023", "KH97-2023"}
    assert dt.date(2023, 1, 1)  # the demo year


def test_a_locked_year_refuses_results_and_the_grid_turns_read_only(demo_db: Database) -> None:
    from thidua_desktop.services.core.locks import PeriodLockedError, lock_year, unlock_year

    lock_year(demo_db, 2023, note="Đã gửi báo cáo năm")
    before = counts(demo_db)
    with pytest.raises(PeriodLockedError, match="2023"):
        set_result(
            demo_db,
            campaign_code="CT10-2023",
            indicator_code="BHYT",
            unit_code="92",
            year=2023,
            value="93",
        )
    with pytest.raises(PeriodLockedError):
        save_results(
            demo_db, campaign_code="CT10-2023", year=2023, edits=[ResultEdit("916", "BHYT", "94")]
        )
    assert counts(demo_db) == before
    grid = result_grid(demo_db, campaign_code="CT10-2023", year=2023)
    assert grid.locked and "khóa sổ" in grid.read_only_reason
    assert not any(cell.editable for cell in grid.cells.values())
    unlock_year(demo_db, 2023, reason="Sửa số liệu BHYT theo báo cáo bổ sung")
    set_result(
        demo_db,
        campaign_code="CT10-2023",
        indicator_code="BHYT",
        unit_code="92",
        year=2023,
        value="93",
    )


def test_a_new_value_keeps_the_note_unless_a_note_is_given(demo_db: Database) -> None:
    def record(value: str, **note: str) -> str | None:
        set_result(demo_db, campaign_code="CT10-2023", indicator_code="GRDP", unit_code="92",
                   year=2023, value=value, **note)  # fmt: skip
        with demo_db.reading() as session:
            return session.scalars(
                select(Result.note).where(
                    Result.year == 2023, Result.value == D(value.replace(",", "."))
                )
            ).one()

    assert record("9,6", note="Số ước tính của Cục Thống kê") == "Số ước tính của Cục Thống kê"
    assert record("9,7") == "Số ước tính của Cục Thống kê"  # no note given: kept
    assert record("9,8", note="") is None  # an empty note clears it


def test_an_edit_of_a_cell_changed_since_the_grid_was_read_is_refused_by_name(
    demo_db: Database,
) -> None:
    grid = result_grid(demo_db, campaign_code="CT10-2023", year=2023)
    units = {u.code: u.id for u in grid.units}
    bhyt = next(i.id for i in grid.indicators if i.code == "BHYT")
    seen = grid.cells[(units["916"], bhyt)].value
    set_result(  # someone else saves first
        staff(demo_db, "Trần Thị Bình"), campaign_code="CT10-2023", indicator_code="BHYT",
        unit_code="916", year=2023, value="95",
    )  # fmt: skip
    edits = [
        ResultEdit("916", "BHYT", "94,1", seen=seen, check_seen=True),
        ResultEdit("918", "BHYT", "93,7", seen=grid.cells[(units["918"], bhyt)].value,
                   check_seen=True),
    ]  # fmt: skip
    report = save_results(demo_db, campaign_code="CT10-2023", year=2023, edits=edits)
    assert report.saved == 1 and [p.unit_code for p in report.problems] == ["916"]
    assert report.problems[0].message.startswith("Trần Thị Bình đã sửa ô này thành 95,00 lúc")
    again = result_grid(demo_db, campaign_code="CT10-2023", year=2023)
    assert again.cells[(units["916"], bhyt)].value == D("95")  # theirs stays
    # Saved again from the reread grid: the person has seen 95 and still wants 94,1.
    edit = ResultEdit("916", "BHYT", "94,1", seen=D("95"), check_seen=True)
    report = save_results(demo_db, campaign_code="CT10-2023", year=2023, edits=[edit])
    assert report.saved == 1 and not report.problems
