"""Evaluating a result against its target: đạt / vượt / không đạt, ratio and difference, exactly."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, DivisionByZero, InvalidOperation
from enum import StrEnum

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.numbers import format_number, parse_number, round_half_up

HUNDRED = Decimal(100)
RATIO_DECIMALS = 2


class Comparator(StrEnum):
    AT_LEAST = "at_least"  # ≥ T
    AT_MOST = "at_most"  # ≤ T, lower is better (tỷ lệ hộ nghèo)
    RANGE = "range"  # L - H ("9,5 - 10%")

    @property
    def label(self) -> str:
        return {"at_least": "tối thiểu (≥)", "at_most": "tối đa (≤)", "range": "khoảng"}[self]


class Status(StrEnum):
    BELOW = "below"
    MET = "met"
    EXCEEDED = "exceeded"
    NO_DATA = "no_data"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    Status.BELOW: "không đạt",
    Status.MET: "đạt",
    Status.EXCEEDED: "vượt",
    Status.NO_DATA: "chưa có số liệu",
}


class Aggregation(StrEnum):
    """How a unit's value follows from its children's when it has none of its own."""

    SUM = "sum"
    MEAN = "mean"


@dataclass(frozen=True, slots=True)
class Target:
    comparator: Comparator
    low: Decimal  # T for at_least / at_most, L for range
    high: Decimal | None = None  # H for range

    def __post_init__(self) -> None:
        if self.comparator is Comparator.RANGE:
            if self.high is None:
                raise InvalidInput(msg("Chỉ tiêu dạng khoảng cần cả giá trị thấp và giá trị cao."))
            if self.high < self.low:
                raise InvalidInput(
                    msg(
                        "Khoảng chỉ tiêu không hợp lệ: {low} lớn hơn {high}.",
                        low=format_number(self.low),
                        high=format_number(self.high),
                    )
                )
        elif self.high is not None:
            raise InvalidInput(msg("Chỉ tiêu tối thiểu/tối đa chỉ có một giá trị."))

    def describe(self, unit: str = "") -> str:
        """Vietnamese text of the target: "≥ 75%", "≤ 0,36%", "9,5 - 10%"."""
        suffix = unit if unit == "%" else (f" {unit}" if unit else "")
        if self.comparator is Comparator.RANGE:
            assert self.high is not None
            return f"{format_number(self.low)} - {format_number(self.high)}{suffix}"
        sign = "≥" if self.comparator is Comparator.AT_LEAST else "≤"
        return f"{sign} {format_number(self.low)}{suffix}"


@dataclass(frozen=True, slots=True)
class Evaluation:
    status: Status
    value: Decimal | None  # rounded to the indicator's decimals
    ratio_percent: Decimal | None  # tỷ lệ thực hiện so với chỉ tiêu (at_least, range)
    difference: Decimal | None  # v - T; for a range, distance outside it (0 inside)


def evaluate(value: Decimal | None, target: Target | None, decimals: int) -> Evaluation:
    """Compare per DESIGN §2: the value is rounded half up to `decimals` first."""
    if value is None:
        return Evaluation(Status.NO_DATA, None, None, None)
    rounded = round_half_up(value, decimals)
    if target is None:
        return Evaluation(Status.NO_DATA, rounded, None, None)
    low = target.low
    if target.comparator is Comparator.AT_LEAST:
        status = _order(rounded, low, below=Status.BELOW, above=Status.EXCEEDED)
        return Evaluation(status, rounded, _ratio(rounded, low), rounded - low)
    if target.comparator is Comparator.AT_MOST:
        status = _order(rounded, low, below=Status.EXCEEDED, above=Status.BELOW)
        return Evaluation(status, rounded, None, rounded - low)
    high = target.high
    assert high is not None
    if rounded < low:
        status, difference = Status.BELOW, rounded - low
    elif rounded > high:
        status, difference = Status.EXCEEDED, rounded - high
    else:
        status, difference = Status.MET, Decimal(0)
    return Evaluation(status, rounded, _ratio(rounded, low), difference)


def _order(value: Decimal, bound: Decimal, *, below: Status, above: Status) -> Status:
    if value < bound:
        return below
    if value > bound:
        return above
    return Status.MET


def _ratio(value: Decimal, bound: Decimal) -> Decimal | None:
    if bound == 0:
        return None
    try:
        return round_half_up(value / bound * HUNDRED, RATIO_DECIMALS)
    except (DivisionByZero, InvalidOperation):
        return None


def aggregate(values: Sequence[Decimal], how: Aggregation) -> Decimal | None:
    """Sum or mean of the children's values (exact; None when no child has a value)."""
    if not values:
        return None
    total = sum(values, Decimal(0))
    return total if how is Aggregation.SUM else total / Decimal(len(values))


@dataclass(frozen=True, slots=True)
class ValueRule:
    """What values an indicator accepts (e.g. a share is 0-100, a count is a whole number ≥ 0)."""

    minimum: Decimal | None = None
    maximum: Decimal | None = None
    whole_number: bool = False
    unit: str = ""
    decimals: int | None = None  # the indicator's places: a value is stored as it is shown


def parse_value(text: str, rule: ValueRule) -> Decimal:
    """Parse a typed or pasted value ("9,5", "43.000", "9.5"), round it half up to the
    indicator's decimals (what is shown is what is stored) and check it against the rule."""
    return checked_value(parse_number(text), rule)


def checked_value(value: Decimal, rule: ValueRule) -> Decimal:
    """A parsed value rounded half up to the indicator's decimals and checked against the rule
    (what `parse_value` does after parsing; a workbook's numeric cell comes here directly)."""
    if rule.decimals is not None:
        rounded = round_half_up(value, rule.decimals)
        if rounded != value:  # "92,5" stays as typed; "5.200,5" becomes 5.201
            value = rounded
    check_value(value, rule)
    return value


def rounding_note(typed: Decimal, stored: Decimal, decimals: int) -> str | None:
    """ "5.200,5 được làm tròn thành 5.201 …" when the stored value differs from the typed one."""
    if typed == stored:
        return None
    places = (
        msg("{count} chữ số thập phân", count=decimals)
        if decimals
        else msg("số nguyên, không lấy số lẻ")
    )
    return msg(
        "{typed} được làm tròn thành {stored} (chỉ tiêu lấy {places}).",
        typed=format_number(typed),
        stored=format_number(stored, decimals),
        places=places,
    )


def check_value(value: Decimal, rule: ValueRule) -> None:
    unit = rule.unit if rule.unit == "%" else (f" {rule.unit}" if rule.unit else "")
    if rule.whole_number and value != value.to_integral_value():
        if unit:
            raise InvalidInput(msg("Giá trị phải là số nguyên ({unit}).", unit=unit.strip()))
        raise InvalidInput(msg("Giá trị phải là số nguyên."))
    if rule.minimum is not None and value < rule.minimum:
        raise InvalidInput(
            msg(
                "Giá trị {value} nhỏ hơn mức tối thiểu {limit}.",
                value=f"{format_number(value)}{unit}",
                limit=f"{format_number(rule.minimum)}{unit}",
            )
        )
    if rule.maximum is not None and value > rule.maximum:
        raise InvalidInput(
            msg(
                "Giá trị {value} lớn hơn mức tối đa {limit}.",
                value=f"{format_number(value)}{unit}",
                limit=f"{format_number(rule.maximum)}{unit}",
            )
        )


PLAUSIBLE_FACTOR = Decimal(10)


def implausible_note(value: Decimal, target: Target | None, previous: Decimal | None) -> str | None:
    """A warning (never a refusal) when `value` is ten times above, or a tenth below, what it
    is compared with: the target and the value it replaces. "1.500.000,25" against a target of
    5.600 is most likely typed in the wrong unit."""
    references: list[tuple[Decimal, str]] = []
    if target is not None:
        references.append((target.high if target.high is not None else target.low, msg("chỉ tiêu")))
    # A ceiling (tỷ lệ hộ nghèo ≤ 0,84) is met by any small value: only "far above" applies.
    ceiling = target is not None and target.comparator is Comparator.AT_MOST
    if previous is not None:
        references.append((previous, msg("số liệu đang lưu")))
    for reference, what in references:
        if reference <= 0 or value < 0:
            continue
        if value > reference * PLAUSIBLE_FACTOR:
            times = round_half_up(value / reference, 0)
            return msg(
                "Giá trị {value} gấp {times} lần {what} ({reference}): kiểm tra lại số và đơn vị "
                "tính.",
                value=format_number(value),
                times=format_number(times),
                what=what,
                reference=format_number(reference),
            )
        # (a nought is a real figure: no xã recognised, no case)
        if (
            value > 0
            and value * PLAUSIBLE_FACTOR < reference
            and not (ceiling and what == "chỉ tiêu")
        ):
            return msg(
                "Giá trị {value} chưa bằng một phần mười {what} ({reference}): kiểm tra lại số và "
                "đơn vị tính.",
                value=format_number(value),
                what=what,
                reference=format_number(reference),
            )
    return None
