"""Points suggested from the application's own records of the year: "an toàn về ANTT", a
nông thôn mới recognition in force, the share of targets met or exceeded."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from thidua_desktop.domain.clusters import ClusterKind, ClusterRole, CriterionKind, SuggestionSource
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.evaluation import Status
from thidua_desktop.services.campaigns.results import evaluation_table
from thidua_desktop.services.clusters.clusters import (
    get_cluster,
    save_cluster,
    set_members,
    set_table,
)
from thidua_desktop.services.clusters.rows import ClusterEntry, CriterionEntry
from thidua_desktop.services.clusters.suggestions import suggested_points
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.store.engine import Database

MET, NOT_MET, RURAL = "31120", "31150", "31231"  # Cái Khế, An Bình (2025 ANTT), Thạnh An (NTM)
TABLE = [
    CriterionEntry("1", "Chỉ tiêu kinh tế - xã hội", D(30), source=SuggestionSource.TARGETS),
    CriterionEntry("2", "An toàn về ANTT", D(20), source=SuggestionSource.SECURITY),
    CriterionEntry("3", "Nông thôn mới", D(10), source=SuggestionSource.RURAL),
    CriterionEntry("4", "Công tác khác", D(40)),
]


@pytest.fixture
def cluster(demo_db: Database) -> int:
    set_profile(demo_db, office_code="92")
    cid = save_cluster(
        demo_db, ClusterEntry(2025, "CUM-X", "Cụm thi đua hỗn hợp", ClusterKind.CLUSTER, "92")
    ).cluster.id
    set_members(demo_db, cid, [(MET, ClusterRole.HEAD), (NOT_MET, ClusterRole.MEMBER),
                               (RURAL, ClusterRole.MEMBER)])  # fmt: skip
    set_table(demo_db, cid, TABLE)
    return cid


def test_suggestions_follow_the_years_records(demo_db: Database, cluster: int) -> None:
    assert get_cluster(demo_db, cluster).criteria[1].source is SuggestionSource.SECURITY
    met = {s.criterion_code: s for s in suggested_points(demo_db, cluster, MET)}
    assert met["2"].points == D(20) and "3390/QĐ-UBND" in met["2"].basis
    assert met["3"].points == D(0)
    rows = [r for r in evaluation_table(demo_db, year=2025, unit_code=MET)
            if r.status is not Status.NO_DATA]  # fmt: skip
    good = sum(1 for r in rows if r.status in (Status.MET, Status.EXCEEDED))
    if rows:  # the share of the ward's evaluated targets, of 30 points, to the cent
        expected = (D(30) * good / len(rows)).quantize(D("0.01"))
        assert met["1"].points == expected and f"{good}/{len(rows)}" in met["1"].basis
    assert "4" not in met  # no source: nothing suggested
    [antt] = [s for s in suggested_points(demo_db, cluster, NOT_MET) if s.criterion_code == "2"]
    assert antt.points == D(0) and "Chưa đạt" in antt.basis
    rural = {s.criterion_code: s for s in suggested_points(demo_db, cluster, RURAL)}
    assert rural["3"].points == D(10) and "3402/QĐ-UBND" in rural["3"].basis


def test_a_source_belongs_on_a_scored_leaf(demo_db: Database, cluster: int) -> None:
    with pytest.raises(InvalidInput, match="đặt ở từng tiêu chí con"):
        set_table(demo_db, cluster, [
            CriterionEntry("1", "Cha", D(30), source=SuggestionSource.TARGETS),
            CriterionEntry("1.1", "Con", D(30), parent="1"),
        ])  # fmt: skip
    with pytest.raises(InvalidInput, match="không lấy gợi ý"):
        set_table(demo_db, cluster, [
            CriterionEntry("1", "Trừ", D(5), CriterionKind.DEDUCTION, source=SuggestionSource.RURAL)
        ])  # fmt: skip
