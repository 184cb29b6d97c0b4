"""`sheet template cluster-scores` and its import: every member × scored criterion prefilled,
the self-scores typed in Excel, the cluster's changes refused without a reason, an unchanged
workbook imported again changing nothing, a late workbook refused with the deadline."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest

from thidua_desktop.domain.clusters import ClusterKind, ClusterRole, CriterionKind
from thidua_desktop.exchange.sheets.operations import import_workbook, write_template
from thidua_desktop.exchange.sheets.recognise import recognise_scores
from thidua_desktop.exchange.sheets.template import SCORES_SHEET
from thidua_desktop.exchange.sheets.workbook import read_book
from thidua_desktop.paths import DataDir
from thidua_desktop.services.clusters.clusters import save_cluster, set_members, set_table
from thidua_desktop.services.clusters.rows import ClusterEntry, CriterionEntry
from thidua_desktop.services.clusters.scores import cluster_ranking
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.services.sheets.clusters import apply_cluster_scores
from thidua_desktop.store.engine import Database

WARDS = ("31120", "31135", "31147")


@pytest.fixture
def cluster(demo_db: Database) -> int:
    set_profile(demo_db, office_code="92")
    cid = save_cluster(
        demo_db, ClusterEntry(2026, "CUM-P1", "Cụm thi đua số 1", ClusterKind.CLUSTER, "92")
    ).cluster.id
    set_members(demo_db, cid, [(w, ClusterRole.MEMBER) for w in WARDS])
    set_table(demo_db, cid, [
        CriterionEntry("1", "Nhiệm vụ chính trị", D(60)),
        CriterionEntry("1.1", "Kinh tế - xã hội", D(40), parent="1"),
        CriterionEntry("1.2", "Cải cách hành chính", D(20), parent="1"),
        CriterionEntry("2", "An ninh, trật tự", D(30)),
        CriterionEntry("3", "Điểm thưởng", D(5), CriterionKind.BONUS),
    ])  # fmt: skip
    return cid


def fill(path: Path, values: dict[tuple[str, str], tuple[object, ...]], out: Path) -> Path:
    """Type values into the template as a person would: (unit, criterion) → cells from F."""
    book = openpyxl.load_workbook(path)
    sheet = book[SCORES_SHEET]
    for row in sheet.iter_rows(min_row=2):
        key = (str(row[0].value), str(row[2].value))
        for offset, value in enumerate(values.get(key, ())):
            row[5 + offset].value = value
    book.save(out)
    return out


def test_scores_typed_in_excel_are_imported_member_by_member(
    demo_db: Database, data_dir: DataDir, cluster: int, tmp_path: Path
) -> None:
    template = write_template(
        demo_db, kind="cluster-scores", year=2026, out=tmp_path / "mẫu #1.xlsx", campaign="CUM-P1"
    )
    lines, found = recognise_scores(read_book(template))
    assert not found.problems and len(lines) == 3 * 4  # members × scored criteria (not "1")
    typed = {
        (WARDS[0], "1.1"): (38, "Báo cáo 2026"), (WARDS[0], "1.2"): ("18,5",),
        (WARDS[0], "2"): (28,), (WARDS[1], "1.1"): (39,), (WARDS[1], "2"): (29,),
        (WARDS[1], "3"): (3, "Mô hình mới"), (WARDS[2], "2"): (31,),  # over the maximum
    }  # fmt: skip
    filled = fill(template, typed, tmp_path / "đã điền.xlsx")
    report = import_workbook(data_dir, demo_db, filled, dry_run=True)
    assert [str(p) for p in report.problems] == [
        "Trang “Chấm điểm”, dòng 12, cột A: Điểm của tiêu chí 2 phải từ 0 đến 30; đã nhập 31."
    ]
    report = import_workbook(data_dir, demo_db, filled, skip_invalid=True)
    assert report.applied and len(report.changes) == 6
    assert [(r.unit_code, r.totals.total) for r in cluster_ranking(demo_db, cluster).rows] == [
        (WARDS[0], D("84.5")), (WARDS[1], D(71)), (WARDS[2], D(0)),
    ]  # fmt: skip
    # The cluster's review: a change without a reason refuses that member's rows.
    again = write_template(
        demo_db, kind="cluster-scores", year=2026, out=tmp_path / "mẫu 2.xlsx", campaign="CUM-P1"
    )
    assert not import_workbook(data_dir, demo_db, again).changes  # unchanged: nothing to do
    review = fill(
        again,
        {(WARDS[1], "3"): (3, "Mô hình mới", 0), (WARDS[0], "1.2"): ("18,5", None, 17, "Trễ")},
        tmp_path / "cụm chấm.xlsx",
    )
    report = import_workbook(data_dir, demo_db, review, skip_invalid=True)
    assert len(report.problems) == 1 and "hãy ghi lý do" in report.problems[0].message
    assert report.applied and len(report.changes) == 1
    assert cluster_ranking(demo_db, cluster).rows[0].totals.total == D(83)


def test_a_late_workbook_is_refused_with_the_deadline(
    demo_db: Database, cluster: int, tmp_path: Path
) -> None:
    from thidua_desktop.services.clusters.clusters import get_cluster

    row = get_cluster(demo_db, cluster).cluster
    entry = ClusterEntry(
        2026, row.code, row.name, row.kind, row.council_unit_code,
        self_score_due=dt.date(2026, 11, 20),
    )  # fmt: skip
    save_cluster(demo_db, entry, cluster_id=cluster)
    template = write_template(
        demo_db, kind="cluster-scores", year=2026, out=tmp_path / "mẫu.xlsx", campaign="CUM-P1"
    )
    filled = fill(template, {(WARDS[0], "2"): (20,)}, tmp_path / "trễ.xlsx")
    lines, _found = recognise_scores(read_book(filled))
    report = apply_cluster_scores(
        demo_db, year=2026, cluster_code="CUM-P1", lines=lines, workbook="trễ.xlsx",
        sha256="0" * 64, day=dt.date(2026, 11, 21),
    )  # fmt: skip
    assert not report.applied
    assert "Đã quá hạn tự chấm điểm ngày 20/11/2026" in report.problems[0].message
