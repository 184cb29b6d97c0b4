"""The scoring table's rules and the ranking: sub-items within their parent, totals with bonus
and deduction, ties broken by the declared criteria then fewer deductions, shared ranks."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from thidua_desktop.domain.clusters import (
    Criterion,
    CriterionKind,
    check_points,
    check_table,
    rank,
)
from thidua_desktop.domain.errors import InvalidInput

TABLE = [
    Criterion("1", "Nhiệm vụ", D(60)),
    Criterion("1.1", "Kinh tế", D(40), parent="1"),
    Criterion("1.2", "Hành chính", D(20), parent="1"),
    Criterion("2", "An ninh", D(30)),
    Criterion("3", "Thưởng", D(5), CriterionKind.BONUS),
    Criterion("4", "Trừ", D(5), CriterionKind.DEDUCTION),
]


@pytest.mark.parametrize(
    ("table", "match"),
    [
        ([], "chưa có tiêu chí"),
        ([Criterion("1", "A", D(10)), Criterion("1", "B", D(5))], "có hai lần"),
        ([Criterion("1 a", "A", D(10))], "không hợp lệ"),
        ([Criterion("1", "A", D(0))], "lớn hơn 0"),
        ([Criterion("1.1", "A", D(5), parent="1")], "không có tiêu chí 1"),
        ([Criterion("1", "A", D(10)), Criterion("1.1", "B", D(5), CriterionKind.BONUS, "1")],
         "cấp đầu"),
        ([Criterion("a", "A", D(9), parent="b"), Criterion("b", "B", D(9), parent="a")],
         "vòng lặp"),
        ([Criterion("1", "A", D(9)), Criterion("1.1", "B", D(9), parent="1"),
          Criterion("1.1.1", "C", D(9), parent="1.1"),
          Criterion("1.1.1.1", "D", D(9), parent="1.1.1")], "tối đa 3 cấp"),
    ],
)  # fmt: skip
def test_tables_no_cluster_could_mean_are_refused(table: list[Criterion], match: str) -> None:
    with pytest.raises(InvalidInput, match=match):
        check_table(table)


def test_points_stay_within_the_criterion() -> None:
    check_table(TABLE)
    check_points(TABLE[1], D("39.5"))
    for bad in (D(-1), D(41), D("1.005")):
        with pytest.raises(InvalidInput):
            check_points(TABLE[1], bad)


def test_ties_are_broken_by_the_declared_criteria_then_fewer_deductions() -> None:
    members = {
        "A": {"1.1": D(40), "1.2": D(10), "2": D(20)},  # 70, criterion 2: 20
        "B": {"1.1": D(30), "1.2": D(10), "2": D(30)},  # 70, criterion 2: 30
        "C": {"1.1": D(30), "1.2": D(15), "2": D(25), "3": D(2), "4": D(2)},  # 70, 25, −2
        "D": {"1.1": D(30), "1.2": D(15), "2": D(25)},  # 70, 25, no deduction
        "E": {"1.1": D(30), "1.2": D(15), "2": D(25)},  # equal to D in everything
    }
    ranked = rank(TABLE, members, tie_break=["2"])
    assert [(r.key, r.rank, r.tied) for r in ranked] == [
        ("B", 1, False), ("D", 2, True), ("E", 2, True), ("C", 4, False), ("A", 5, False),
    ]  # fmt: skip
    assert ranked[3].totals.total == D(70) and ranked[3].totals.deduction == D(2)
    # Without a declared rule, only the deductions separate them.
    assert [r.key for r in rank(TABLE, members)][-1] == "C"
