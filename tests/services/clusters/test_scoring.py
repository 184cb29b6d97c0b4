"""A cụm thi đua of five wards of thành phố Cần Thơ in 2026: its giao ước and scoring table,
each ward's self-score, the cluster's review with reasons, the ranking with its tie-break, the
publication that locks it, and the Cờ thi đua proposal prefilled from it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from thidua_desktop.domain.awards.types import ProposalStatus
from thidua_desktop.domain.clusters import ClusterKind, ClusterRole, CriterionKind
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.services.audit.trail import query_audit
from thidua_desktop.services.awards.proposals import get_proposal
from thidua_desktop.services.clusters.clusters import (
    copy_table,
    get_cluster,
    save_cluster,
    set_members,
    set_table,
)
from thidua_desktop.services.clusters.rows import ClusterEntry, CriterionEntry, PointsEntry
from thidua_desktop.services.clusters.scores import (
    cluster_ranking,
    propose_from_ranking,
    publish_ranking,
    record_self_scores,
    review_scores,
)
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.store.engine import Database

WARDS = ("31120", "31135", "31147", "31150", "31153")  # Cái Khế, Ninh Kiều, Tân An, An Bình, Ô Môn
TABLE = [
    CriterionEntry("1", "Thực hiện nhiệm vụ chính trị", D(60)),
    CriterionEntry("1.1", "Chỉ tiêu kinh tế - xã hội", D(40), parent="1"),
    CriterionEntry("1.2", "Cải cách hành chính", D(20), parent="1"),
    CriterionEntry("2", "An ninh, trật tự", D(30)),
    CriterionEntry("3", "Điểm thưởng: mô hình mới", D(5), CriterionKind.BONUS),
    CriterionEntry("4", "Điểm trừ: chậm báo cáo", D(5), CriterionKind.DEDUCTION),
]
SELF = {  # 1.1, 1.2, 2, bonus, deduction
    "31120": (D(38), D(18), D(28), D(2), D(0)),
    "31135": (D(39), D(19), D(29), D(3), D(0)),
    "31147": (D(35), D(17), D(25), D(0), D(2)),
    "31150": (D(36), D(18), D(27), D(0), D(0)),
    "31153": (D(30), D("15.5"), D(26), D(0), D(1)),
}


@pytest.fixture
def cluster(demo_db: Database) -> int:
    return seed_cluster(demo_db)


def seed_cluster(db: Database) -> int:
    """Cụm thi đua số 1 of five wards with its table and everyone's self-score of 18/11/2026."""
    set_profile(db, office_code="92")
    entry = ClusterEntry(
        2026, "CUM-P1", "Cụm thi đua số 1 (các phường)", ClusterKind.CLUSTER, "92",
        agreement_number="05/GƯTĐ-CTĐ1", agreement_date=dt.date(2026, 3, 12),
        signatories="Chủ tịch UBND 5 phường", self_score_due=dt.date(2026, 11, 20),
        review_due=dt.date(2026, 11, 30),
    )  # fmt: skip
    detail = save_cluster(db, entry)
    cid = detail.cluster.id
    roles = [ClusterRole.HEAD, ClusterRole.DEPUTY] + [ClusterRole.MEMBER] * 3
    set_members(db, cid, list(zip(WARDS, roles, strict=True)))
    set_table(db, cid, TABLE, tie_break=["2"])
    for ward, points in SELF.items():
        values = dict(zip(("1.1", "1.2", "2", "3", "4"), points, strict=True))
        record_self_scores(
            db, cid, ward, {k: PointsEntry(v, "Báo cáo tổng kết") for k, v in values.items()},
            day=dt.date(2026, 11, 18),
        )  # fmt: skip
    return cid


def test_five_wards_scored_reviewed_ranked_and_proposed(demo_db: Database, cluster: int) -> None:
    detail = get_cluster(demo_db, cluster)
    assert detail.cluster.head == "Phường Cái Khế" and detail.cluster.members == 5
    assert detail.cluster.max_total == D(95)  # 60 + 30 + 5 of bonus
    assert [c.scored for c in detail.criteria] == [False, True, True, True, True, True]
    # Self-scores: Ninh Kiều 90, Cái Khế 86, An Bình 81, Tân An 75, Ô Môn 70,5.
    assert [(r.unit_code, r.totals.total) for r in cluster_ranking(demo_db, cluster).rows] == [
        ("31135", D(90)), ("31120", D(86)), ("31150", D(81)), ("31147", D(75)),
        ("31153", D("70.5")),
    ]  # fmt: skip
    # The review: Ninh Kiều's bonus not proven (−3), Cái Khế's CCHC lowered by 1: both 86 then;
    # the tie-break (criterion 2: 29 against 28) puts Ninh Kiều first.
    with pytest.raises(InvalidInput, match="hãy ghi lý do"):
        review_scores(
            demo_db, cluster, "31135", {"3": PointsEntry(D(0))}, day=dt.date(2026, 11, 25)
        )
    review_scores(
        demo_db, cluster, "31135",
        {"3": PointsEntry(D(0), "Mô hình chưa được công nhận")}, day=dt.date(2026, 11, 25),
    )  # fmt: skip
    review_scores(
        demo_db, cluster, "31120",
        {"1.2": PointsEntry(D(17), "Trễ hạn 1 thủ tục"), "3": PointsEntry(D(4), "Thêm mô hình")},
        day=dt.date(2026, 11, 25),
    )  # fmt: skip
    ranking = cluster_ranking(demo_db, cluster)
    top = [(r.rank, r.unit_code, r.totals.total, r.tied) for r in ranking.rows[:2]]
    assert top == [(1, "31135", D(87), False), (2, "31120", D(87), False)]
    assert ranking.rows[0].self_total == D(90) and ranking.rows[0].changed == 1
    # Published: the year's scoring is read-only; the proposal is prefilled from the ranking.
    publish_ranking(demo_db, cluster, day=dt.date(2026, 12, 2))
    with pytest.raises(InvalidInput, match="đã công bố"):
        review_scores(demo_db, cluster, "31153", {"2": PointsEntry(D(25), "x")})
    pid = propose_from_ranking(
        demo_db, cluster, award_code="co_thi_dua_tinh", places=1, proposal_date=dt.date(2026, 12, 3)
    )
    proposal = get_proposal(demo_db, pid)
    assert proposal.proposal.status is ProposalStatus.DRAFT
    assert [(ln.recipient.name, ln.award_code) for ln in proposal.lines] == [
        ("Phường Ninh Kiều", "co_thi_dua_tinh")
    ]
    assert (
        "Xếp thứ 1 Cụm thi đua số 1 (các phường) năm 2026 với 87 điểm"
        in proposal.lines[0].achievement
    )
    actions = [e.action for e in query_audit(demo_db, entity="emulation_cluster")]
    assert {"create", "set_members", "set_table", "self_score", "review_score",
            "publish_ranking"} <= set(actions)  # fmt: skip


def test_a_sub_item_over_its_parent_and_a_late_score_are_refused(
    demo_db: Database, cluster: int
) -> None:
    over = [*TABLE[:2], CriterionEntry("1.2", "Cải cách hành chính", D(25), parent="1"), *TABLE[3:]]
    with pytest.raises(InvalidInput, match=r"cộng lại 65 điểm, vượt điểm tối đa 60"):
        set_table(demo_db, cluster, over)
    alone = [
        CriterionEntry("1", "Nhiệm vụ", D(10)),
        CriterionEntry("1.1", "Con", D(12), parent="1"),
    ]
    with pytest.raises(InvalidInput, match=r"Tiêu chí con 1.1 \(12 điểm\) vượt"):
        set_table(demo_db, cluster, alone)
    with pytest.raises(InvalidInput, match="Đã quá hạn tự chấm điểm ngày 20/11/2026"):
        record_self_scores(
            demo_db, cluster, "31153", {"2": PointsEntry(D(27))}, day=dt.date(2026, 11, 21)
        )
    with pytest.raises(InvalidInput, match="từ 0 đến 30"):
        review_scores(demo_db, cluster, "31153", {"2": PointsEntry(D(31), "x")},
                      day=dt.date(2026, 11, 25))  # fmt: skip
    with pytest.raises(InvalidInput, match="có tiêu chí con"):
        review_scores(demo_db, cluster, "31153", {"1": PointsEntry(D(50), "x")},
                      day=dt.date(2026, 11, 25))  # fmt: skip
    with pytest.raises(InvalidInput, match="đã là thành viên"):
        other = save_cluster(
            demo_db,
            ClusterEntry(2026, "CUM-P2", "Cụm thi đua số 2", ClusterKind.CLUSTER, "92"),
        ).cluster.id
        set_members(demo_db, other, [("31135", ClusterRole.HEAD)])


def test_next_years_table_is_copied_and_the_head_rotates(demo_db: Database, cluster: int) -> None:
    entry = ClusterEntry(2027, "CUM-P1", "Cụm thi đua số 1 (các phường)", ClusterKind.CLUSTER, "92")
    detail = save_cluster(demo_db, entry)
    detail = copy_table(demo_db, detail.cluster.id)
    assert [c.code for c in detail.criteria] == ["1", "1.1", "1.2", "2", "3", "4"]
    assert detail.tie_break == ("2",)
    rotated = [ClusterRole.MEMBER, ClusterRole.HEAD, ClusterRole.DEPUTY, *[ClusterRole.MEMBER] * 2]
    detail = set_members(demo_db, detail.cluster.id, list(zip(WARDS, rotated, strict=True)))
    assert detail.cluster.head == "Phường Ninh Kiều"


def test_what_would_corrupt_the_scores_is_refused(demo_db: Database, cluster: int) -> None:
    changes = {
        "không thêm tiêu chí con": [*TABLE, CriterionEntry("2.1", "Con", D(10), parent="2")],
        "không đổi loại": [*TABLE[:4], CriterionEntry("3", "Thưởng", D(5), CriterionKind.DEDUCTION),
                           TABLE[5]],
        "không thấp hơn": [*TABLE[:3], CriterionEntry("2", "An ninh", D(20)), *TABLE[4:]],
    }  # fmt: skip
    for match, table in changes.items():
        with pytest.raises(InvalidInput, match=match):
            set_table(demo_db, cluster, table)
    with pytest.raises(InvalidInput, match="là điểm trừ"):
        set_table(demo_db, cluster, TABLE, tie_break=["4"])
    set_table(demo_db, cluster, [*TABLE[:5], CriterionEntry("4", "Chậm báo cáo", D(6),
              CriterionKind.DEDUCTION)], tie_break=["2", "3"])  # fmt: skip
    # The cluster reviews after the self-scoring deadline, and publishes after it too.
    with pytest.raises(InvalidInput, match="còn tự chấm điểm"):
        review_scores(demo_db, cluster, "31135", {"3": PointsEntry(D(0), "x")},
                      day=dt.date(2026, 11, 19))  # fmt: skip
    with pytest.raises(InvalidInput, match="chưa công bố được"):
        publish_ranking(demo_db, cluster, day=dt.date(2026, 11, 19))
    review_scores(demo_db, cluster, "31135", {"3": PointsEntry(D(1), "Một mô hình")},
                  day=dt.date(2026, 11, 25))  # fmt: skip
    review_scores(demo_db, cluster, "31135", {"3": PointsEntry(D(0), "Chưa công nhận")},
                  day=dt.date(2026, 11, 26))  # fmt: skip
    [last] = [e for e in query_audit(demo_db, entity="emulation_cluster")
              if e.action == "review_score"][:1]  # fmt: skip
    assert "Một mô hình" in str(last.new) and "Chưa công nhận" in str(last.new)
    publish_ranking(demo_db, cluster, day=dt.date(2026, 12, 2))
    propose_from_ranking(demo_db, cluster, award_code="bang_khen_tinh", places=2,
                         proposal_date=dt.date(2026, 12, 3))  # fmt: skip
    with pytest.raises(InvalidInput, match="Đã lập đề nghị"):
        propose_from_ranking(demo_db, cluster, award_code="bang_khen_tinh")
    assert dict(get_cluster(demo_db, cluster).cluster.proposals).keys() == {"bang_khen_tinh"}
