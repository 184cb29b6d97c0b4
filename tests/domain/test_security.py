""" "3 không"/ANTT rules: the window, warnings, refusals, "all met", exact shares."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.security import (
    Assessment,
    all_met,
    check_decision,
    check_evidence_date,
    check_recognised_share,
    decision_warning,
    evaluation_window,
    registration_warning,
    share_percent,
    share_warning,
    window_year,
)

M, N, P = Assessment.MET, Assessment.NOT_MET, Assessment.PENDING


def test_the_window_runs_from_16_11_of_the_previous_year_to_15_11() -> None:
    assert evaluation_window(2023) == (dt.date(2022, 11, 16), dt.date(2023, 11, 15))


@pytest.mark.parametrize(
    ("day", "year"),
    [
        (dt.date(2022, 11, 15), 2022),
        (dt.date(2022, 11, 16), 2023),
        (dt.date(2023, 1, 1), 2023),
        (dt.date(2023, 11, 15), 2023),
        (dt.date(2023, 11, 16), 2024),
        (dt.date(2023, 12, 31), 2024),
    ],
)
def test_every_day_belongs_to_exactly_one_evaluation_year(day: dt.date, year: int) -> None:
    assert window_year(day) == year
    start, end = evaluation_window(year)
    assert start <= day <= end


@pytest.mark.parametrize("day", [dt.date(2022, 11, 16), dt.date(2023, 6, 1), dt.date(2023, 11, 15)])
def test_evidence_dates_inside_the_window_are_accepted(day: dt.date) -> None:
    check_evidence_date(day, 2023, "minh chứng")


@pytest.mark.parametrize(
    ("day", "belongs"),
    [(dt.date(2022, 11, 15), "năm 2022"), (dt.date(2023, 11, 16), "năm 2024")],
)
def test_evidence_dates_outside_the_window_are_refused_naming_their_year(
    day: dt.date, belongs: str
) -> None:
    with pytest.raises(InvalidInput, match="ngoài kỳ đánh giá năm 2023") as caught:
        check_evidence_date(day, 2023, "minh chứng")
    assert f"thuộc kỳ đánh giá {belongs}" in caught.value.message
    assert "16/11/2022 - 15/11/2023" in caught.value.message


def test_registration_outside_quarter_one_is_a_warning_not_an_error() -> None:
    assert registration_warning(dt.date(2023, 3, 31), 2023) is None
    assert registration_warning(None, 2023) is None
    warning = registration_warning(dt.date(2023, 4, 1), 2023)
    assert warning is not None and "01/04/2023" in warning and "Quý I năm 2023" in warning
    assert registration_warning(dt.date(2022, 12, 20), 2023) is not None


def test_a_result_met_with_less_than_70_percent_recognised_is_warned() -> None:
    assert share_warning(M, D(70)) is None
    assert share_warning(N, D(10)) is None
    assert share_warning(P, None) is None
    low = share_warning(M, D("69.99"))
    assert low is not None and "69,99%" in low and "70%" in low
    assert share_warning(M, None) is None  # no share given: missing data, not a contradiction


def test_a_decision_dated_before_the_registration_is_refused() -> None:
    check_decision(
        year=2023, number="12/QĐ-UBND", day=dt.date(2023, 2, 1), registered_on=dt.date(2023, 2, 1)
    )
    with pytest.raises(InvalidInput, match="trước ngày đăng ký 15/02/2023"):
        check_decision(
            year=2023,
            number="12/QĐ-UBND",
            day=dt.date(2023, 2, 1),
            registered_on=dt.date(2023, 2, 15),
        )


def test_a_decision_needs_number_and_date_and_cannot_precede_the_window() -> None:
    with pytest.raises(InvalidInput, match="chưa có ngày"):
        check_decision(year=2023, number="12/QĐ-UBND", day=None, registered_on=None)
    with pytest.raises(InvalidInput, match="chưa có số"):
        check_decision(year=2023, number=None, day=dt.date(2023, 12, 1), registered_on=None)
    with pytest.raises(InvalidInput, match="trước khi kỳ đánh giá năm 2023 bắt đầu"):
        check_decision(year=2023, number="1", day=dt.date(2022, 11, 15), registered_on=None)
    check_decision(year=2023, number=None, day=None, registered_on=dt.date(2023, 1, 5))


def test_a_decision_on_a_result_not_met_is_warned() -> None:
    assert decision_warning(M, "12/QĐ-UBND") is None
    assert decision_warning(N, None) is None
    warning = decision_warning(P, "12/QĐ-UBND")
    assert warning is not None and "chưa đánh giá" in warning


@pytest.mark.parametrize("value", ["-0.01", "100.01", "250"])
def test_recognised_shares_outside_0_to_100_are_refused(value: str) -> None:
    with pytest.raises(InvalidInput, match="từ 0 đến 100%"):
        check_recognised_share(D(value))


def test_three_khong_needs_every_component_met() -> None:
    assert all_met([M, M, M])
    assert not all_met([M, N, M])
    assert not all_met([M, M, P])  # pending counts as not met
    assert not all_met([])  # no components: nothing was shown to be met


@pytest.mark.parametrize(
    ("count", "total", "share"),
    [(6, 7, "85.71"), (65, 83, "78.31"), (1, 8, "12.50"), (2, 3, "66.67"), (1, 6, "16.67")],
)
def test_shares_are_exact_and_rounded_half_up(count: int, total: int, share: str) -> None:
    assert share_percent(count, total) == D(share)


def test_share_of_no_units_is_none_not_zero() -> None:
    assert share_percent(0, 0) is None


@pytest.mark.parametrize(
    ("text", "status"),
    [("met", M), ("not_met", N), ("pending", P), ("Đạt", M), ("chưa đạt", N), ("chưa đánh giá", P)],
)
def test_statuses_are_read_from_codes_or_vietnamese_labels(text: str, status: Assessment) -> None:
    assert Assessment.parse(text) is status
    assert Assessment.parse(text.upper() if text.isascii() else text) is status


def test_statuses_in_nfd_are_read_too() -> None:
    import unicodedata

    assert Assessment.parse(unicodedata.normalize("NFD", "chưa đánh giá")) is P


def test_an_unknown_status_is_refused_with_the_choices() -> None:
    with pytest.raises(InvalidInput, match="met \\(đạt\\), not_met \\(chưa đạt\\)"):
        Assessment.parse("maybe")
