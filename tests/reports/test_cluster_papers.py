"""The cluster's bảng tổng hợp and its members' phiếu chấm điểm: the figures of the ranking,
each member from a new page, as PDF, Word and Excel."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal as D
from pathlib import Path

import pytest

from tests.services.clusters.test_scoring import seed_cluster
from thidua_desktop.reports.build import ReportRequest, build_report, save_report_file
from thidua_desktop.reports.document import NewPage, TableBlock
from thidua_desktop.services.clusters.rows import PointsEntry
from thidua_desktop.services.clusters.scores import review_scores
from thidua_desktop.store.engine import Database


@pytest.fixture
def cluster(demo_db: Database) -> int:
    return seed_cluster(demo_db)


def test_the_summary_ranks_the_members_with_their_points_by_criterion(
    demo_db: Database,
    cluster: int,
    tmp_path: Path,
) -> None:
    review_scores(
        demo_db, cluster, "31135", {"3": PointsEntry(D(0), "Chưa công nhận")},
        day=dt.date(2026, 11, 25),
    )  # fmt: skip
    report = build_report(demo_db, ReportRequest("cluster-ranking", 2026, record_id=cluster))
    spec = report.spec
    assert spec.doc_type == "BẢNG TỔNG HỢP" and "Cụm thi đua số 1" in spec.subject
    [table] = [b for b in spec.body if isinstance(b, TableBlock)]
    first, second = table.rows[0], table.rows[1]
    # Ninh Kiều 87 (58 + 29 + 0 − 0, self 90) before Cái Khế 86 on criterion 2 — no: totals.
    assert first[1] == "Phường Ninh Kiều" and first[2:][:2] == [D(58), D(29)]
    assert second[1] == "Phường Cái Khế"
    assert [str(c.value) if hasattr(c, "value") else c for c in first[-2:]] == [D(90), "87"]
    for suffix in (".pdf", ".docx", ".xlsx"):
        saved = save_report_file(report, tmp_path / f"bảng tổng hợp #1{suffix}")
        assert saved.stat().st_size > 1000
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(tmp_path / "bảng tổng hợp #1.pdf"), "-"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        assert "BẢNG TỔNG HỢP" in text and "Phường Ninh Kiều" in text


def test_each_members_sheet_starts_a_page(demo_db: Database, cluster: int) -> None:
    spec = build_report(demo_db, ReportRequest("cluster-sheets", 2026, record_id=cluster)).spec
    tables = [b for b in spec.body if isinstance(b, TableBlock)]
    assert len(tables) == 5 and sum(isinstance(b, NewPage) for b in spec.body) == 4
    assert tables[0].caption == "Phiếu chấm điểm — Phường Cái Khế"
    assert tables[0].totals is not None and tables[0].totals[2] == D(86)
    with pytest.raises(Exception, match="năm 2026, không phải năm 2025"):
        build_report(demo_db, ReportRequest("cluster-sheets", 2025, record_id=cluster))


def test_the_agreement_and_the_review_minutes(demo_db: Database, cluster: int) -> None:
    from thidua_desktop.reports.document import Para

    review_scores(
        demo_db, cluster, "31120", {"1.2": PointsEntry(D(17), "Trễ hạn 1 thủ tục")},
        day=dt.date(2026, 11, 25),
    )  # fmt: skip
    agreement = build_report(
        demo_db, ReportRequest("cluster-agreement", 2026, record_id=cluster)
    ).spec
    assert agreement.doc_type == "GIAO ƯỚC THI ĐUA" and agreement.number_symbol == (
        "Số: 05/GƯTĐ-CTĐ1"
    )
    assert agreement.date == dt.date(2026, 3, 12)  # the day it was signed
    members, table = [b for b in agreement.body if isinstance(b, TableBlock)]
    assert len(members.rows) == 5 and len(table.rows) == 6
    assert any("trước ngày 20/11/2026" in b.text for b in agreement.body if isinstance(b, Para))
    minutes = build_report(demo_db, ReportRequest("cluster-minutes", 2026, record_id=cluster)).spec
    _present, changes, ranked = [b for b in minutes.body if isinstance(b, TableBlock)]
    assert changes.rows == [
        ["Phường Cái Khế", "1.2. Cải cách hành chính", D(18), D(17), "Trễ hạn 1 thủ tục"]
    ]
    assert [row[1] for row in ranked.rows][:2] == ["Phường Ninh Kiều", "Phường Cái Khế"]
