"""The dossier's other papers from the demo: the council's biên bản from its review (votes and
results), the phiếu bầu for the awards that need a secret ballot, a line's báo cáo thành tích by
the form kept as data, with the recipient's earlier awards; refusals name why."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from thidua_desktop.domain.awards.types import ProposalStatus, RecipientType
from thidua_desktop.domain.errors import UserError
from thidua_desktop.reports.build import DOCUMENT_KINDS, ReportRequest, build_report
from thidua_desktop.reports.build import save_report_file as save
from thidua_desktop.reports.builders.award_papers import achievement_forms
from thidua_desktop.services.awards.proposals import get_proposal, list_proposals
from thidua_desktop.services.awards.rows import ProposalDetail
from thidua_desktop.store.engine import Database


def text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def proposal(db: Database, status: ProposalStatus, unit: str = "") -> ProposalDetail:
    row = next(
        p
        for p in list_proposals(db, year=2023)
        if p.status is status and unit in p.unit_name and not p.returned
    )
    return get_proposal(db, row.id)


def paper(db: Database, tmp_path: Path, kind: str, record: int, suffix: str = ".pdf") -> Path:
    report = build_report(db, ReportRequest(kind, 2023, record_id=record))
    return save(report, tmp_path / f"{kind}-{record}{suffix}")


def test_the_papers_are_documents_of_the_command_line() -> None:
    assert {"awards-minutes", "awards-ballot", "awards-achievement"} <= set(DOCUMENT_KINDS)


def test_the_councils_minutes_say_who_met_and_how_each_ballot_went(
    demo_db: Database, tmp_path: Path
) -> None:
    reviewed = proposal(demo_db, ProposalStatus.REVIEWED, "Nhơn Ái")
    p = reviewed.proposal
    said = text(paper(demo_db, tmp_path, "awards-minutes", p.id))
    assert "BIÊN BẢN" in said and "Họp Hội đồng Thi đua - Khen thưởng" in said
    assert f"Có mặt {p.members_present:02d}/{p.council_members:02d} thành viên" in said
    failed = [line for line in reviewed.lines if line.ballot_failed]
    passed = [line for line in reviewed.lines if not line.ballot_failed]
    assert failed and f"Không đề nghị: {failed[0].recipient.name}" in said
    assert f"cho {len(passed):02d} cá nhân" in said
    assert "THƯ KÝ" in said and "CHỦ TỊCH HỘI ĐỒNG" in said
    # Not reviewed yet: nothing to minute.
    draft = proposal(demo_db, ProposalStatus.DRAFT)
    with pytest.raises(UserError, match="chưa được Hội đồng xét"):
        paper(demo_db, tmp_path, "awards-minutes", draft.proposal.id)


def test_a_ballot_lists_only_the_awards_that_need_one(demo_db: Database, tmp_path: Path) -> None:
    reviewed = proposal(demo_db, ProposalStatus.REVIEWED, "Nhơn Ái")
    said = text(paper(demo_db, tmp_path, "awards-ballot", reviewed.proposal.id))
    voted = [line for line in reviewed.lines if line.needs_ballot]
    plain = [line for line in reviewed.lines if not line.needs_ballot]
    assert "PHIẾU BẦU" in said and "Không đồng ý" in said
    assert all(line.recipient.name in said for line in voted)
    only_plain = {line.recipient.name for line in plain} - {v.recipient.name for v in voted}
    assert only_plain and not any(name in said for name in only_plain)
    households = next(
        p for p in list_proposals(demo_db, year=2023) if "Gia đình văn hóa" in p.title
    )
    with pytest.raises(UserError, match="không cần phiếu bầu"):
        paper(demo_db, tmp_path, "awards-ballot", households.id)


def test_an_achievement_report_by_its_form_with_earlier_awards(
    demo_db: Database, tmp_path: Path
) -> None:
    forms = achievement_forms()
    assert forms["source"].startswith("[M]") and set(forms["forms"]) == {
        kind.value for kind in RecipientType
    }
    awarded = proposal(demo_db, ProposalStatus.AWARDED)
    person = next(
        line
        for line in awarded.lines
        if line.recipient.kind is RecipientType.INDIVIDUAL and line.recipient.birth_year
    )
    said = text(paper(demo_db, tmp_path, "awards-achievement", person.id))
    r = person.recipient
    assert "BÁO CÁO THÀNH TÍCH" in said and f"Họ và tên: {r.name}" in said
    assert f"Năm sinh: {r.birth_year}" in said
    assert "I. SƠ LƯỢC LÝ LỊCH" in said and "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG" in said
    # Its own decided award of the year is among the awards it has received.
    assert awarded.decisions[0].number in said
    assert "NGƯỜI BÁO CÁO THÀNH TÍCH" in said
    # A collective's, as a Word draft to fill in.
    group = next(
        (line for p in list_proposals(demo_db, year=2023) for line in get_proposal(
            demo_db, p.id).lines if line.recipient.kind is RecipientType.COLLECTIVE),
        None,
    )  # fmt: skip
    assert group is not None
    draft = Document(str(paper(demo_db, tmp_path, "awards-achievement", group.id, ".docx")))
    words = [para.text for para in draft.paragraphs]
    assert f"Tên tập thể: {group.recipient.name}" in words
    assert "I. ĐẶC ĐIỂM, TÌNH HÌNH" in words
    with pytest.raises(UserError, match="Không có dòng đề nghị #999999"):
        paper(demo_db, tmp_path, "awards-achievement", 999_999)
