"""Evaluation: every comparator at and around its bounds, rounding, ratios, aggregation."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.evaluation import (
    Aggregation,
    Comparator,
    Status,
    Target,
    ValueRule,
    aggregate,
    evaluate,
    parse_value,
    rounding_note,
)

AT_LEAST_75 = Target(Comparator.AT_LEAST, D("75"))
AT_MOST_036 = Target(Comparator.AT_MOST, D("0.36"))
RANGE_95_10 = Target(Comparator.RANGE, D("9.5"), D("10"))


@pytest.mark.parametrize(
    ("value", "decimals", "status"),
    [
        ("74.99", 2, Status.BELOW),
        ("74.994", 2, Status.BELOW),  # rounds to 74,99
        ("74.995", 2, Status.MET),  # rounds half up to 75,00
        ("75", 2, Status.MET),
        ("75.004", 2, Status.MET),
        ("75.005", 2, Status.EXCEEDED),  # 75,01
        ("75.01", 2, Status.EXCEEDED),
        ("74.5", 0, Status.MET),  # a count shown without decimals: 74,5 → 75
        ("74.4", 0, Status.BELOW),
        ("0", 2, Status.BELOW),
    ],
)
def test_at_least_around_its_bound(value: str, decimals: int, status: Status) -> None:
    assert evaluate(D(value), AT_LEAST_75, decimals).status is status


@pytest.mark.parametrize(
    ("value", "status"),
    [
        ("0.37", Status.BELOW),
        ("0.365", Status.BELOW),  # 0,37 > 0,36: more poor households than allowed
        ("0.364", Status.MET),  # 0,36
        ("0.36", Status.MET),
        ("0.355", Status.MET),  # rounds to 0,36
        ("0.354", Status.EXCEEDED),  # 0,35: better than the target
        ("0.21", Status.EXCEEDED),
        ("0", Status.EXCEEDED),
    ],
)
def test_at_most_lower_is_better(value: str, status: Status) -> None:
    assert evaluate(D(value), AT_MOST_036, 2).status is status


def test_at_most_reports_the_difference_not_a_ratio() -> None:
    result = evaluate(D("0.21"), AT_MOST_036, 2)
    assert result.ratio_percent is None
    assert result.difference == D("-0.15")


@pytest.mark.parametrize(
    ("value", "status", "difference"),
    [
        ("9.4", Status.BELOW, "-0.1"),
        ("9.45", Status.MET, "0"),  # 9,5 after rounding to 1 decimal
        ("9.44", Status.BELOW, "-0.1"),
        ("9.5", Status.MET, "0"),
        ("9.75", Status.MET, "0"),
        ("10", Status.MET, "0"),
        ("10.04", Status.MET, "0"),  # 10,0
        ("10.05", Status.EXCEEDED, "0.1"),  # 10,1
        ("5.75", Status.BELOW, "-3.7"),  # Cần Thơ's reported 2023 GRDP growth
    ],
)
def test_range_at_and_around_both_bounds(value: str, status: Status, difference: str) -> None:
    result = evaluate(D(value), RANGE_95_10, 1)
    assert result.status is status
    assert result.difference == D(difference)


def test_ratio_is_value_over_target_or_over_the_low_end_of_a_range() -> None:
    assert evaluate(D("94.12"), Target(Comparator.RANGE, D(95), D(98)), 2).ratio_percent == D(
        "99.07"
    )
    assert evaluate(D("31293"), Target(Comparator.AT_LEAST, D(43000)), 0).ratio_percent == D(
        "72.77"
    )
    assert evaluate(D("5"), Target(Comparator.AT_LEAST, D(0)), 0).ratio_percent is None


def test_no_result_is_no_data_never_a_number() -> None:
    result = evaluate(None, AT_LEAST_75, 2)
    assert result == evaluate(None, AT_LEAST_75, 2)
    assert (result.status, result.value, result.ratio_percent) == (Status.NO_DATA, None, None)
    assert evaluate(D(80), None, 2).status is Status.NO_DATA


def test_values_typed_the_vietnamese_way_evaluate_the_same() -> None:
    rule = ValueRule(unit="%")
    assert parse_value("9,5", rule) == parse_value("9.5", rule) == D("9.5")
    assert evaluate(parse_value("9,5", rule), RANGE_95_10, 1).status is Status.MET


@pytest.mark.parametrize(
    ("text", "rule", "message"),
    [
        ("100,5", ValueRule(D(0), D(100), unit="%"), "lớn hơn mức tối đa 100%"),
        ("-1", ValueRule(D(0), unit="xã", whole_number=True), "nhỏ hơn mức tối thiểu 0 xã"),
        ("2,5", ValueRule(D(0), unit="xã", whole_number=True), "số nguyên"),
        ("abc", ValueRule(), "Số không hợp lệ"),
    ],
)
def test_impossible_values_are_refused(text: str, rule: ValueRule, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        parse_value(text, rule)


def test_growth_may_be_negative_when_the_rule_allows_it() -> None:
    assert parse_value("-2,3", ValueRule(unit="%")) == D("-2.3")


def test_range_targets_must_be_ordered() -> None:
    with pytest.raises(InvalidInput):
        Target(Comparator.RANGE, D(10), D("9.5"))
    with pytest.raises(InvalidInput):
        Target(Comparator.RANGE, D(10))
    with pytest.raises(InvalidInput):
        Target(Comparator.AT_LEAST, D(10), D(12))


def test_targets_read_as_vietnamese_text() -> None:
    assert RANGE_95_10.describe("%") == "9,5 - 10%"
    assert AT_MOST_036.describe("%") == "≤ 0,36%"
    assert Target(Comparator.AT_LEAST, D(43000)).describe("tỷ đồng") == "≥ 43.000 tỷ đồng"


def test_aggregation_is_exact() -> None:
    values = [D("0.1"), D("0.2"), D("0.3")]
    assert aggregate(values, Aggregation.SUM) == D("0.6")
    assert aggregate(values, Aggregation.MEAN) == D("0.2")
    assert aggregate([], Aggregation.SUM) is None


def test_a_value_is_stored_with_the_indicators_decimals_and_says_so() -> None:
    whole = ValueRule(minimum=D(0), decimals=0)
    assert parse_value("5.200,5", whole) == D("5201")  # half up, as it is shown
    assert parse_value("5.200,4", whole) == D("5200")
    assert str(parse_value("92,5", ValueRule(decimals=2))) == "92.5"  # kept as typed
    note = rounding_note(D("5200.5"), D("5201"), 0)
    assert note == "5.200,5 được làm tròn thành 5.201 (chỉ tiêu lấy số nguyên, không lấy số lẻ)."
    assert rounding_note(D("9.555"), D("9.56"), 2) == (
        "9,555 được làm tròn thành 9,56 (chỉ tiêu lấy 2 chữ số thập phân)."
    )
    assert rounding_note(D("92.5"), D("92.5"), 2) is None
    with pytest.raises(InvalidInput, match="lớn hơn mức tối đa"):
        parse_value("100,004", ValueRule(maximum=D(100), decimals=3))


def test_a_value_ten_times_off_its_target_or_saved_value_is_doubted() -> None:
    from thidua_desktop.domain.evaluation import implausible_note

    target = Target(Comparator.AT_LEAST, D("5600"))
    note = implausible_note(D("1500000.25"), target, None)
    assert note is not None and note.startswith("Giá trị 1.500.000,25 gấp 268 lần chỉ tiêu (5.600)")
    assert implausible_note(D("5000"), target, D("4800")) is None
    assert "chưa bằng một phần mười số liệu đang lưu (4.800)" in str(
        implausible_note(D("400"), None, D("4800"))
    )
    assert implausible_note(D("0"), Target(Comparator.AT_MOST, D("0")), None) is None


def test_a_small_value_under_a_ceiling_or_a_nought_is_not_doubted() -> None:
    from thidua_desktop.domain.evaluation import implausible_note

    assert implausible_note(D("0.05"), Target(Comparator.AT_MOST, D("0.84")), None) is None
    assert implausible_note(D("0"), Target(Comparator.AT_LEAST, D("5")), None) is None
    assert implausible_note(D("9"), Target(Comparator.AT_MOST, D("0.84")), None) is not None
