"""The demonstration of the new Cần Thơ (from 01/07/2025) beside the 2023 one: the 2026 campaign on
the city's targets allocated to its communes, 2025 results, "3 không"/ANTT and NTM on the new
communes, awards under the version of 01/07/2025, and the 2025 year seen on both structures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from thidua_desktop.cli import main
from thidua_desktop.domain.evaluation import Status
from thidua_desktop.paths import DataDir
from thidua_desktop.reports.build import ReportRequest, build_report
from thidua_desktop.reports.document import Para
from thidua_desktop.services.awards.proposals import get_proposal, list_proposals
from thidua_desktop.services.campaigns.results import evaluation_table, set_result
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.services.core.setup import DEMO_OFFICES, prepare
from thidua_desktop.services.dashboard.figures import dashboard
from thidua_desktop.services.lineage.transition import year_transition
from thidua_desktop.services.rural.status import rural_overview
from thidua_desktop.services.security.status import security_overview
from thidua_desktop.store.engine import Database


def test_the_2026_campaign_carries_the_citys_growth_target(demo_db: Database) -> None:
    rows = evaluation_table(demo_db, year=2026, unit_code="92")
    assert {r.campaign_code for r in rows} == {"TD-2026"}
    grdp = next(r for r in rows if r.indicator_code == "GRDP")
    assert grdp.target is not None
    assert (grdp.target.low, grdp.target.high) == (Decimal(10), Decimal("10.5"))
    # allocated to the communes of today: every one of the 103 has its targets
    ninh_kieu = evaluation_table(demo_db, year=2026, unit_code="31135")
    assert {r.indicator_code for r in ninh_kieu} >= {"VON_DT", "THU_NS", "HO_NGHEO", "BHYT"}


def test_2025_has_the_citys_estimated_growth(demo_db: Database) -> None:
    rows = evaluation_table(demo_db, year=2025, unit_code="92")
    grdp = next(r for r in rows if r.indicator_code == "GRDP")
    assert grdp.value == Decimal("8.3") and grdp.status is Status.BELOW


@pytest.mark.parametrize("year", [2025, 2026])
def test_security_counts_the_new_communes(demo_db: Database, year: int) -> None:
    overview = security_overview(demo_db, year=year, unit_code="92")
    assert overview.total.units == 103
    assert 0 < overview.total.both < 103


def test_ntm_of_2025_on_the_new_xa_with_the_rest_said_unknown(demo_db: Database) -> None:
    total = rural_overview(demo_db, year=2025, unit_code="92", criteria=False).total
    assert total.communes == 72
    assert total.ntm == 14  # the 16 xã of the old Cần Thơ, 2 of them nâng cao
    assert total.nang_cao == 2 and total.unknown == 56  # Sóc Trăng's and Hậu Giang's xã
    assert total.none == total.unknown  # the old Cần Thơ's xã are all recorded


def test_awards_of_2025_are_decided_under_the_version_of_07_2025(demo_db: Database) -> None:
    proposals = list_proposals(demo_db, year=2025)
    assert {p.unit_code for p in proposals} == {"31135", "31299", "92"}
    for summary in proposals:
        for decision in get_proposal(demo_db, summary.id).decisions:
            assert decision.rules_version == "2025-07"
            assert any("152/2025/NĐ-CP" in line for line in decision.legal_basis)


def test_the_2025_transition_is_counted_once(demo_db: Database) -> None:
    city = year_transition(demo_db, "92", 2025)
    assert city is not None and city.changed_on == dt.date(2025, 7, 1)
    assert (city.communes_after, city.districts_before) == (
        103,
        9 + 11 + 8,
    )  # + Sóc Trăng, Hậu Giang
    assert dict(city.origins)["Thành phố Cần Thơ"] == 80
    assert city.records_before == ()  # the demo's 2025 records are all on today's units
    ward = year_transition(demo_db, "31135", 2025)
    assert ward is not None
    assert set(ward.predecessor_names) == {"Phường Tân An", "Phường Thới Bình", "Phường Xuân Khánh"}
    assert year_transition(demo_db, "92", 2026) is None
    assert year_transition(demo_db, "92", 2023) is None


@pytest.mark.parametrize("office", DEMO_OFFICES)
def test_each_demo_office_sees_2026(demo_db: Database, office: str) -> None:
    set_profile(demo_db, office_code=office)
    figures = dashboard(demo_db, 2026)
    assert figures.campaigns == 1 and figures.targets
    assert figures.security.units >= 1


def test_init_demo_office_92_then_targets_2026(
    data_dir: DataDir, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(data_dir.root)
    assert main(["--data-dir", root, "init", "--demo", "--office", "92"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", root, "targets", "--year", "2026", "--unit", "92"]) == 0
    out = capsys.readouterr().out
    assert "TD-2026" in out and "10 - 10,5%" in out
    assert main(["--data-dir", root, "security", "--year", "2026", "--unit", "92"]) == 0
    assert "103" in capsys.readouterr().out


def test_the_demo_loads_once(demo_db: Database) -> None:
    assert prepare(demo_db, demo=True) == 0


def test_a_2025_record_of_a_unit_that_ended_is_named_and_never_added(demo_db: Database) -> None:
    def city_total() -> Decimal | None:
        rows = evaluation_table(demo_db, year=2025, unit_code="92")
        return next(r.value for r in rows if r.indicator_code == "VON_DT")

    before = city_total()
    # quận Ninh Kiều reported its first half-year before it ended on 30/06/2025
    set_result(
        demo_db,
        campaign_code="TD-2025",
        indicator_code="VON_DT",
        unit_code="916",
        year=2025,
        value="5.000",
    )
    assert city_total() == before  # the 103 communes of 31/12/2025 only
    transition = year_transition(demo_db, "92", 2025)
    assert transition is not None and dict(transition.records_before) == {"kết quả chỉ tiêu": 1}
    report = build_report(demo_db, ReportRequest("summary", 2025, unit_code="92"))
    text = " ".join(
        " ".join(block.text.split()) for block in report.spec.body if isinstance(block, Para)
    )
    assert "SẮP XẾP" not in text  # headings are not paragraphs
    assert "không còn cấp huyện" in text
    assert "(1 kết quả chỉ tiêu) được lưu riêng theo từng đơn vị tiền thân" in text
    assert "không cộng vào các số dưới đây" in text
