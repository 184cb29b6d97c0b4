"""The statistics forms as data, and the bands things are counted in."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest

from thidua_desktop.domain.statistics import (
    Counted,
    active_in,
    age_band,
    award_group,
    campaign_duration,
    fill,
    parse_forms,
    seniority_band,
    tags,
)
from thidua_desktop.paths import resource

D = dt.date


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource("data", "statistics_forms.json").read_text(encoding="utf-8")
    )
    return data


def test_the_bundled_forms_are_the_five_of_tt_02_2023(raw: dict[str, Any]) -> None:
    forms = parse_forms(raw)
    version = forms.for_year(2026)
    assert version.basis.startswith("Thông tư số 02/2023/TT-BNV ngày 23/3/2023")
    assert version.due == "Ngày 15 tháng 12 năm báo cáo"
    assert [f.number for f in version.forms.values()] == [f"060{n}.N/BNV-TĐKT" for n in range(1, 6)]
    assert award_group(version.forms["0602"], "bang_khen_ttg") == "bk_ttg"
    assert award_group(version.forms["0603"], "bang_khen_tinh") == "bang_khen"
    assert award_group(version.forms["0603"], "giay_khen_xa") is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["versions"][0]["forms"].pop(), "thiếu biểu 0605"),
        (lambda d: d["versions"][0]["forms"][0]["rows"][2].update(code="01"), "trùng"),
        (lambda d: d["versions"][0]["forms"][3].update(columns=[]), "không có cột"),
    ],
)
def test_a_broken_forms_file_names_what_is_wrong(
    raw: dict[str, Any], change: Any, message: str
) -> None:
    data = copy.deepcopy(raw)
    change(data)
    with pytest.raises(ValueError, match=message):
        parse_forms(data)


@pytest.mark.parametrize(
    ("start", "end", "band"),
    [
        (D(2026, 10, 1), D(2026, 12, 31), "lt1"),
        (D(2026, 1, 1), D(2026, 12, 31), "1"),
        (D(2023, 1, 1), D(2024, 1, 2), "1"),  # Kế hoạch 97: a year and a day
        (D(2026, 1, 1), D(2027, 6, 30), "1to3"),
        (D(2021, 1, 1), D(2025, 12, 31), "ge5"),
        (D(2023, 1, 1), D(2025, 12, 31), "3to5"),
    ],
)
def test_a_campaigns_duration_band(start: dt.date, end: dt.date, band: str) -> None:
    assert campaign_duration(start, end) == band


def test_age_seniority_and_years_in_office() -> None:
    assert [age_band(b, 2026) for b in (1996, 1995, 1986, 1976, 1971, 1966, 1965)] == [
        "le30",
        "31to40",
        "31to40",
        "41to50",
        "51to55",
        "56to60",
        "gt60",
    ]
    assert [seniority_band(s, 2026) for s in (2022, 2021, 2017, 2016)] == [
        "lt5",
        "5to10",
        "5to10",
        "ge10",
    ]
    assert active_in(2026, 2025, None) and active_in(2025, 2008, 2025)
    assert not active_in(2026, 2008, 2025) and not active_in(2024, 2025, None)


def test_a_figure_counts_what_carries_its_rows_and_its_columns_tags(raw: dict[str, Any]) -> None:
    form = parse_forms(raw).for_year(2026).forms["0605"]
    people = [
        Counted(tags("gender:female", "age:le30", "training:dai_hoc", "seniority:lt5"), "A"),
        Counted(tags("gender:male", "age:le30", "training:cao_dang", "seniority:lt5"), "B"),
        Counted(tags("gender:female", "age:gt60", "training:dai_hoc", "seniority:ge10"), "C"),
    ]
    filled = fill(form, people)
    assert (filled.value("01", 0), filled.value("01", 1)) == (3, 2)
    assert (filled.value("02", 0), filled.value("02", 1)) == (2, 1)
    assert filled.value("11", 0) == 2 and filled.value("15", 1) == 1
    with pytest.raises(KeyError):
        filled.value("99", 0)
