"""Nông thôn mới rules: level order, recognitions, revocations, newly recognised, thresholds."""

from __future__ import annotations

import datetime as dt

import pytest

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.rural import (
    CriterionResult,
    Level,
    Recognition,
    check_recognition,
    check_revocation,
    check_standard_year,
    level_at_end_of,
    level_on,
    newly_recognised,
    revocation_warning,
)

D = dt.date


def rec(
    level: Level, day: dt.date, year: int | None = None, revoked: dt.date | None = None
) -> Recognition:
    return Recognition(level, day, day.year if year is None else year, "1/QĐ-UBND", revoked)


# -- levels -------------------------------------------------------------------------------------


def test_levels_are_ordered_ntm_nang_cao_kieu_mau() -> None:
    assert [level.rank for level in Level] == [0, 1, 2]
    assert Level.NTM.below is None and Level.NANG_CAO.below is Level.NTM
    assert Level.KIEU_MAU.below is Level.NANG_CAO and Level.KIEU_MAU.above is None
    assert Level.next_after(None) is Level.NTM
    assert Level.next_after(Level.NTM) is Level.NANG_CAO
    assert Level.next_after(Level.KIEU_MAU) is None


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("ntm", Level.NTM),
        ("nang_cao", Level.NANG_CAO),
        ("NTM nâng cao", Level.NANG_CAO),
        ("nang cao", Level.NANG_CAO),
        (" kieu-mau ", Level.KIEU_MAU),
        ("NTM kiểu mẫu", Level.KIEU_MAU),
    ],
)
def test_a_level_is_read_from_its_code_or_label(text: str, level: Level) -> None:
    assert Level.parse(text) is level


def test_an_unknown_level_is_refused_with_the_choices() -> None:
    with pytest.raises(InvalidInput, match=r"ntm .*nang_cao .*kieu_mau"):
        Level.parse("xuất sắc")


# -- holding a level ----------------------------------------------------------------------------


def test_a_level_counts_only_above_the_levels_below_it() -> None:
    history = [rec(Level.NANG_CAO, D(2020, 12, 1))]  # no NTM recorded
    assert level_on(history, D(2021, 1, 1)) is None
    history.append(rec(Level.NTM, D(2018, 12, 1)))
    assert level_on(history, D(2021, 1, 1)) is Level.NANG_CAO
    assert level_on(history, D(2019, 1, 1)) is Level.NTM
    assert level_on(history, D(2017, 1, 1)) is None


def test_a_revocation_ends_the_level_and_those_above_from_its_date() -> None:
    history = [
        rec(Level.NTM, D(2016, 12, 1), revoked=D(2023, 6, 1)),
        rec(Level.NANG_CAO, D(2020, 12, 1)),
    ]
    assert level_on(history, D(2023, 5, 31)) is Level.NANG_CAO
    assert level_on(history, D(2023, 6, 1)) is None  # nâng cao rests on NTM


def test_the_level_of_a_year_follows_the_standard_year_not_the_decision_date() -> None:
    # QĐ 331/QĐ-UBND of February 2023 recognises the 2022 standard.
    history = [rec(Level.NTM, D(2016, 12, 1)), rec(Level.NANG_CAO, D(2023, 2, 14), 2022)]
    assert level_at_end_of(history, 2021) is Level.NTM
    assert level_at_end_of(history, 2022) is Level.NANG_CAO
    assert level_on(history, D(2022, 12, 31)) is Level.NTM


def test_newly_recognised_counts_the_standard_year_unless_revoked_within_it() -> None:
    kept = [rec(Level.NANG_CAO, D(2023, 2, 14), 2022, revoked=D(2024, 3, 1))]
    assert newly_recognised(kept, Level.NANG_CAO, 2022)  # a later revocation keeps 2022's count
    assert not newly_recognised(kept, Level.NANG_CAO, 2023)
    lost = [rec(Level.KIEU_MAU, D(2023, 3, 28), revoked=D(2023, 12, 1))]
    assert not newly_recognised(lost, Level.KIEU_MAU, 2023)


# -- refusals -----------------------------------------------------------------------------------


def test_nang_cao_without_ntm_is_refused() -> None:
    with pytest.raises(InvalidInput, match="chưa đạt chuẩn NTM"):
        check_recognition([], Level.NANG_CAO, D(2023, 5, 1), "Xã Thạnh Quới")


def test_kieu_mau_needs_nang_cao_held_on_the_decision_date() -> None:
    history = [rec(Level.NTM, D(2016, 12, 1)), rec(Level.NANG_CAO, D(2023, 6, 1))]
    with pytest.raises(InvalidInput, match="chưa đạt chuẩn NTM nâng cao"):
        check_recognition(history, Level.KIEU_MAU, D(2023, 5, 31), "Xã Định Môn")
    check_recognition(history, Level.KIEU_MAU, D(2023, 6, 1), "Xã Định Môn")


def test_a_level_below_that_was_revoked_no_longer_allows_the_next() -> None:
    history = [rec(Level.NTM, D(2016, 12, 1), revoked=D(2023, 1, 10))]
    with pytest.raises(InvalidInput, match="hoặc đã bị thu hồi"):
        check_recognition(history, Level.NANG_CAO, D(2023, 2, 1), "Xã A")


def test_a_level_in_force_is_not_recognised_again() -> None:
    history = [rec(Level.NTM, D(2016, 12, 1))]
    with pytest.raises(InvalidInput, match="không công nhận lại"):
        check_recognition(history, Level.NTM, D(2023, 2, 1), "Xã A")
    revoked = [rec(Level.NTM, D(2016, 12, 1), revoked=D(2022, 1, 1))]
    check_recognition(revoked, Level.NTM, D(2023, 2, 1), "Xã A")  # recognised again later


def test_a_revocation_needs_a_recognition_in_force() -> None:
    history = [rec(Level.NTM, D(2016, 12, 1))]
    assert check_revocation(history, Level.NTM, D(2023, 1, 1), "Xã A") is history[0]
    with pytest.raises(InvalidInput, match="không có gì để thu hồi"):
        check_revocation(history, Level.NANG_CAO, D(2023, 1, 1), "Xã A")
    with pytest.raises(InvalidInput, match="không có gì để thu hồi"):
        check_revocation(history, Level.NTM, D(2015, 1, 1), "Xã A")


def test_the_standard_year_is_the_decision_year_or_the_one_before() -> None:
    check_standard_year(2022, D(2023, 2, 14))
    check_standard_year(2023, D(2023, 2, 14))
    with pytest.raises(InvalidInput, match="2022 hoặc 2023"):
        check_standard_year(2021, D(2023, 2, 14))
    with pytest.raises(InvalidInput):
        check_standard_year(2024, D(2023, 12, 30))


# -- the QĐ 18/2022 thresholds ------------------------------------------------------------------


def results(total: int, failing: int, *, key: bool, pending: int = 0) -> list[CriterionResult]:
    found = []
    for number in range(1, total + 1):
        met: bool | None = True
        if number <= failing:
            met = False
        elif number <= failing + pending:
            met = None
        # The first failing criterion is the named one when `key`.
        found.append(CriterionResult(str(number), f"Tiêu chí {number}", met, key and number == 1))
    return found


def warn(total: int, failing: int, *, key: bool, pending: int = 0) -> str | None:
    return revocation_warning(
        results(total, failing, key=key, pending=pending), total=total, level=Level.NTM
    )


@pytest.mark.parametrize(
    ("total", "failing", "key", "warned"),
    [
        (10, 2, True, False),  # 20%
        (10, 3, True, True),  # exactly 30% with a named criterion: in the band
        (10, 3, False, False),  # 30% without one
        (10, 4, False, False),  # 40% without one
        (10, 5, False, True),  # exactly 50%: always
        (19, 5, True, False),  # 26,3%
        (19, 6, True, True),  # 31,6% with a named criterion
        (19, 6, False, False),
        (19, 9, False, False),  # 47,4% without one
        (19, 9, True, True),
        (19, 10, False, True),  # 52,6%
        (19, 19, False, True),
        (19, 0, False, False),
    ],
)
def test_revocation_thresholds_at_30_and_50_percent(
    total: int, failing: int, key: bool, warned: bool
) -> None:
    assert (warn(total, failing, key=key) is not None) is warned


def test_the_warning_names_the_criteria_and_the_decision() -> None:
    text = warn(19, 6, key=True)
    assert text is not None
    assert "6/19 tiêu chí NTM chưa đạt (30-50%)" in text and "1. Tiêu chí 1" in text
    assert "QĐ 18/2022/QĐ-TTg" in text
    always = warn(19, 10, key=False)
    assert always is not None and "từ 50% trở lên" in always


def test_criteria_not_assessed_do_not_count_as_not_met() -> None:
    assert warn(19, 2, key=True, pending=8) is None
