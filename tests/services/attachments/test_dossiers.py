"""A khen thưởng dossier's papers: attached to the proposal, a line or a decision, listed together
saying what each belongs to; refusals leave nothing; a deleted proposal or line takes its papers;
a locked year keeps them."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from thidua_desktop.domain.attachments import AttachmentKind
from thidua_desktop.domain.awards.types import ProposalStatus
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.paths import DataDir
from thidua_desktop.services.attachments.dossiers import attach_to_dossier, dossier_attachments
from thidua_desktop.services.attachments.files import (
    copy_attachment,
    prune,
    remove_attachment,
    stored_path,
)
from thidua_desktop.services.audit.trail import query_audit
from thidua_desktop.services.awards.edit import delete_proposal, remove_line
from thidua_desktop.services.awards.proposals import get_proposal, list_proposals
from thidua_desktop.services.awards.rows import ProposalDetail
from thidua_desktop.services.core.locks import PeriodLockedError, lock_year
from thidua_desktop.store.engine import Database

PDF = b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def proposal(db: Database, status: ProposalStatus, year: int = 2023) -> ProposalDetail:
    row = next(p for p in list_proposals(db, year=year) if p.status is status and not p.returned)
    return get_proposal(db, row.id)


def test_papers_of_a_dossier_are_listed_by_what_they_belong_to(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    awarded = proposal(demo_db, ProposalStatus.AWARDED)
    line, decision = awarded.lines[1], awarded.decisions[0]
    pid = awarded.proposal.id
    name = unicodedata.normalize("NFD", "Báo cáo thành tích #2 ?%.pdf")
    report = attach_to_dossier(
        demo_db, data_dir, proposal_id=pid, line_id=line.id,
        path=write(tmp_path / "hồ sơ" / name, PDF), kind=AttachmentKind.ACHIEVEMENT_REPORT,
    )  # fmt: skip
    signed = attach_to_dossier(
        demo_db, data_dir, proposal_id=pid, decision_id=decision.id,
        path=write(tmp_path / "QĐ.png", PNG), kind=AttachmentKind.DECISION,
    )  # fmt: skip
    cover = attach_to_dossier(
        demo_db, data_dir, proposal_id=pid,
        path=write(tmp_path / "Tờ trình.pdf", PDF + b"%tt"), kind=AttachmentKind.PROPOSAL,
    )  # fmt: skip
    assert report.file_name == "Báo cáo thành tích #2 ?%.pdf"
    assert report.owner_label == f"Dòng 2: {line.recipient.name}"
    listed = dossier_attachments(demo_db, pid)
    assert [(a.owner_label, a.kind) for a in listed] == [
        ("Hồ sơ đề nghị", AttachmentKind.PROPOSAL),
        (f"Dòng 2: {line.recipient.name}", AttachmentKind.ACHIEVEMENT_REPORT),
        (f"Quyết định số {decision.number}", AttachmentKind.DECISION),
    ]
    assert [a.uid for a in listed] == [cover.uid, report.uid, signed.uid]
    # The bytes come back as they went in.
    copy = copy_attachment(demo_db, data_dir, signed.uid, tmp_path / "ra" / "qd.png")
    assert copy.read_bytes() == PNG
    entries = query_audit(demo_db, entity="attachment")
    assert len(entries) == 3 and all(e.unit_code for e in entries)
    # Another proposal's dossier is its own.
    other = proposal(demo_db, ProposalStatus.DECIDED)
    assert dossier_attachments(demo_db, other.proposal.id) == []


def test_refusals_leave_nothing(demo_db: Database, data_dir: DataDir, tmp_path: Path) -> None:
    awarded = proposal(demo_db, ProposalStatus.AWARDED)
    other = proposal(demo_db, ProposalStatus.DECIDED)
    pid, source = awarded.proposal.id, write(tmp_path / "a.pdf", PDF)
    with pytest.raises(InvalidInput, match="không thuộc đề nghị này"):
        attach_to_dossier(
            demo_db, data_dir, proposal_id=pid, line_id=other.lines[0].id, path=source,
            kind=AttachmentKind.OTHER,
        )  # fmt: skip
    with pytest.raises(InvalidInput, match="không thuộc đề nghị này"):
        attach_to_dossier(
            demo_db, data_dir, proposal_id=pid, decision_id=other.decisions[0].id, path=source,
            kind=AttachmentKind.DECISION,
        )  # fmt: skip
    with pytest.raises(InvalidInput, match="không phải giấy tờ của hồ sơ khen thưởng"):
        attach_to_dossier(
            demo_db, data_dir, proposal_id=pid, path=source, kind=AttachmentKind.LAUNCH
        )
    with pytest.raises(InvalidInput, match="nội dung không phải tệp PDF"):
        attach_to_dossier(
            demo_db, data_dir, proposal_id=pid, kind=AttachmentKind.PROPOSAL,
            path=write(tmp_path / "to-trinh.pdf", b"MZ\x90\x00 a program"),
        )  # fmt: skip
    attach_to_dossier(demo_db, data_dir, proposal_id=pid, path=source, kind=AttachmentKind.OTHER)
    with pytest.raises(InvalidInput, match="đã được đính kèm"):
        attach_to_dossier(
            demo_db, data_dir, proposal_id=pid, path=source, kind=AttachmentKind.OTHER
        )
    assert len(dossier_attachments(demo_db, pid)) == 1
    assert len([p for p in data_dir.attachments.rglob("*") if p.is_file()]) == 1


def test_a_locked_year_keeps_its_papers(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    awarded = proposal(demo_db, ProposalStatus.AWARDED)
    pid = awarded.proposal.id
    row = attach_to_dossier(
        demo_db, data_dir, proposal_id=pid, path=write(tmp_path / "a.pdf", PDF),
        kind=AttachmentKind.MINUTES,
    )  # fmt: skip
    lock_year(demo_db, 2023)
    with pytest.raises(PeriodLockedError):
        remove_attachment(demo_db, data_dir, row.uid)
    with pytest.raises(PeriodLockedError):
        attach_to_dossier(
            demo_db, data_dir, proposal_id=pid, path=write(tmp_path / "b.pdf", PDF + b"b"),
            kind=AttachmentKind.OTHER,
        )  # fmt: skip
    assert [a.uid for a in dossier_attachments(demo_db, pid)] == [row.uid]
    assert len([p for p in data_dir.attachments.rglob("*") if p.is_file()]) == 1


def test_a_deleted_line_or_proposal_takes_its_papers(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    draft = proposal(demo_db, ProposalStatus.DRAFT)
    pid = draft.proposal.id
    first, second = draft.lines[0], draft.lines[1]
    on_line = attach_to_dossier(
        demo_db, data_dir, proposal_id=pid, line_id=first.id,
        path=write(tmp_path / "bc1.pdf", PDF + b"1"), kind=AttachmentKind.ACHIEVEMENT_REPORT,
    )  # fmt: skip
    attach_to_dossier(
        demo_db, data_dir, proposal_id=pid, line_id=second.id,
        path=write(tmp_path / "bc2.pdf", PDF + b"2"), kind=AttachmentKind.ACHIEVEMENT_REPORT,
    )  # fmt: skip
    attach_to_dossier(
        demo_db, data_dir, proposal_id=pid,
        path=write(tmp_path / "tt.pdf", PDF + b"3"), kind=AttachmentKind.PROPOSAL,
    )  # fmt: skip
    remove_line(demo_db, first.id)
    left = dossier_attachments(demo_db, pid)
    assert on_line.uid not in {a.uid for a in left} and len(left) == 2
    # The line that moved up is named by its new place.
    assert left[1].owner_label == f"Dòng 1: {second.recipient.name}"
    assert prune(demo_db, data_dir) == 1
    delete_proposal(demo_db, pid)
    assert prune(demo_db, data_dir) == 2
    assert not any(p.is_file() for p in data_dir.attachments.rglob("*"))
    assert stored_path(data_dir, on_line.sha256).exists() is False
