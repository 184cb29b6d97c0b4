"""Dossiers between two offices: xã Phong Điền proposes Bằng khen of the city's chair, sends
the dossier with its papers to thành phố Cần Thơ, which returns it with a reason, receives the
corrected dossier, reviews and decides it; the decision comes back down with its signed scan."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from tests.exchange.conftest import MakeOffice, Office
from thidua_desktop.domain.attachments import AttachmentKind
from thidua_desktop.domain.awards.dossiers import DossierRole, DossierStatus
from thidua_desktop.domain.awards.types import (
    Category,
    DecidingLevel,
    Gender,
    ProposalStatus,
    RecipientType,
    Step,
)
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.exchange.awards.receive import preview_received, receive_dossier_file
from thidua_desktop.exchange.awards.send import (
    preview_dossier,
    preview_reply,
    send_dossier,
    send_reply,
)
from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.exchange.operations import import_package
from thidua_desktop.exchange.status import own_public_key, trust_key
from thidua_desktop.services.attachments.dossiers import attach_to_dossier, dossier_attachments
from thidua_desktop.services.attachments.files import copy_attachment
from thidua_desktop.services.audit.trail import query_audit
from thidua_desktop.services.awards.dossiers import dossier_timeline, list_dossiers
from thidua_desktop.services.awards.edit import add_line, create_proposal
from thidua_desktop.services.awards.lookup import recipient_history
from thidua_desktop.services.awards.proposals import get_proposal, list_proposals
from thidua_desktop.services.awards.recipients import save_recipient
from thidua_desktop.services.awards.rows import (
    DecisionEntry,
    LineEntry,
    ProposalEntry,
    RecipientEntry,
    ReviewEntry,
)
from thidua_desktop.services.awards.workflow import (
    decide_proposal,
    record_review,
    return_proposal,
    submit_proposal,
)

COMMUNE, PROVINCE = "31299", "92"  # xã Phong Điền (from 01/07/2025) < thành phố Cần Thơ
YEAR = 2026
PDF = b"%PDF-1.4\n% to trinh\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
SCAN = b"\x89PNG\r\n\x1a\n" + bytes(reversed(range(256))) * 64


@pytest.fixture
def commune(make_office: MakeOffice) -> Office:
    return make_office("xa", COMMUNE)


@pytest.fixture
def province(make_office: MakeOffice) -> Office:
    return make_office("tinh", PROVINCE)


def trust_each_other(*offices: Office, tmp_path: Path) -> None:
    for office in offices:
        key = tmp_path / f"khoa-{office.code}.json"
        key.write_bytes(own_public_key(office.db, office.data_dir).to_bytes())
        for other in offices:
            if other is not office:
                trust_key(other.db, key)


def paper(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / "giay-to" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(content)
    return path


def person(office: Office, name: str, gender: Gender, born: int) -> int:
    entry = RecipientEntry(
        RecipientType.INDIVIDUAL, COMMUNE, name, gender, born, "Công chức", Category.CIVIL_SERVANT
    )
    return save_recipient(office.db, entry).id


def proposal_of(commune: Office, tmp_path: Path) -> tuple[int, int]:
    """A submitted proposal with two nominees (one needing the council's secret ballot), the
    tờ trình on the proposal and a báo cáo thành tích on the first line; (proposal, line)."""
    an = person(commune, "Trần Văn An", Gender.MALE, 1980)
    binh = person(commune, "Lê Thị Bình", Gender.FEMALE, 1985)
    entry = ProposalEntry(
        COMMUNE,
        YEAR,
        "Đề nghị tặng Bằng khen của Chủ tịch UBND thành phố năm 2026",
        dt.date(2026, 11, 20),
        to_level=DecidingLevel.PROVINCE,
    )
    detail = create_proposal(commune.db, entry)
    pid = detail.proposal.id
    add_line(commune.db, pid, LineEntry(an, "bang_khen_tinh", achievement="Hoàn thành xuất sắc"))
    detail = add_line(commune.db, pid, LineEntry(binh, "cstd_tinh"))
    line = detail.lines[0].id
    attach_to_dossier(
        commune.db,
        commune.data_dir,
        proposal_id=pid,
        path=paper(tmp_path, "To trinh 45 - Phong Điền.pdf", PDF),
        kind=AttachmentKind.PROPOSAL,
    )
    attach_to_dossier(
        commune.db,
        commune.data_dir,
        proposal_id=pid,
        line_id=line,
        path=paper(tmp_path, "Bao cao thanh tich An.pdf", PDF + b"an"),
        kind=AttachmentKind.ACHIEVEMENT_REPORT,
    )
    submit_proposal(commune.db, pid, submitted_on=dt.date(2026, 11, 25), number="45/TTr-UBND")
    return pid, line


def send(office: Office, pid: int, name: str) -> Path:
    out = office.data_dir.outbox / name
    out.parent.mkdir(parents=True, exist_ok=True)
    send_dossier(office.db, office.data_dir, pid, out=out)
    return out


def answer(office: Office, pid: int, name: str) -> Path:
    out = office.data_dir.outbox / name
    out.parent.mkdir(parents=True, exist_ok=True)
    send_reply(office.db, office.data_dir, pid, out=out)
    return out


def receive(office: Office, path: Path):  # type: ignore[no-untyped-def]
    return receive_dossier_file(office.db, office.data_dir, path)


def papers_bytes(office: Office, pid: int, tmp_path: Path) -> dict[str, bytes]:
    found = {}
    for row in dossier_attachments(office.db, pid):
        copy = copy_attachment(office.db, office.data_dir, row.uid, tmp_path / "ra" / row.uid)
        found[row.file_name] = copy.read_bytes()
    return found


def test_a_dossier_goes_up_is_returned_corrected_decided_and_comes_back(
    commune: Office, province: Office, tmp_path: Path
) -> None:
    trust_each_other(commune, province, tmp_path=tmp_path)
    pid, _line = proposal_of(commune, tmp_path)

    # What leaves the office is shown first: the two people, the two papers, the receiver.
    shown = preview_dossier(commune.db, pid)
    assert shown.receiver_code == PROVINCE and shown.receiver_name == "Thành phố Cần Thơ"
    assert [(p.name, p.birth_year) for p in shown.people] == [
        ("Trần Văn An", 1980),
        ("Lê Thị Bình", 1985),
    ]
    assert (
        sorted(p.kind for p in shown.papers)
        == [
            AttachmentKind.PROPOSAL,
            AttachmentKind.ACHIEVEMENT_REPORT,
        ]
        or len(shown.papers) == 2
    )
    first = send(commune, pid, "ho-so-1.tdkt")
    row = get_proposal(commune.db, pid).proposal
    assert row.dossier is not None and row.dossier.status is DossierStatus.SENT
    assert Step.REVIEW not in row.steps  # the council that reviews is the city's
    with pytest.raises(InvalidInput, match="đã gửi Thành phố Cần Thơ"):
        record_review(commune.db, pid, ReviewEntry(dt.date(2026, 11, 26), 9, 9))

    # The city sees it, then receives it: a submitted proposal of xã Phong Điền.
    seen = preview_received(province.db, first)
    assert (seen.producer_code, seen.lines, seen.people, seen.times_received) == (COMMUNE, 2, 2, 1)
    assert "hợp lệ" in seen.signature_label
    report = receive(province, first)
    assert report.applied and report.inbox_path is not None and report.inbox_path.exists()
    there = report.proposal_id
    detail = get_proposal(province.db, there)
    assert detail.proposal.status is ProposalStatus.SUBMITTED
    assert detail.proposal.unit_code == COMMUNE and detail.proposal.number == "45/TTr-UBND"
    assert detail.proposal.dossier is not None
    assert detail.proposal.dossier.role is DossierRole.RECEIVED
    assert not detail.proposal.editable and Step.SUBMIT not in detail.proposal.steps
    assert [(ln.recipient.name, ln.award_code) for ln in detail.lines] == [
        ("Trần Văn An", "bang_khen_tinh"),
        ("Lê Thị Bình", "cstd_tinh"),
    ]
    assert papers_bytes(province, there, tmp_path / "t1") == {
        "To trinh 45 - Phong Điền.pdf": PDF,
        "Bao cao thanh tich An.pdf": PDF + b"an",
    }
    with pytest.raises(InvalidInput, match="nhận từ Xã Phong Điền"):
        add_line(province.db, there, LineEntry(detail.lines[0].recipient.id, "giay_khen_tinh"))
    again = receive(province, first)  # the same package again: nothing to do
    assert not again.applied and again.preview.already_at is not None

    # Round 1: returned with a reason; the commune gets its draft back with that reason.
    reason = "Thiếu báo cáo thành tích của bà Lê Thị Bình"
    return_proposal(province.db, there, reason=reason, returned_on=dt.date(2026, 11, 27))
    assert preview_reply(province.db, there).status is DossierStatus.RETURNED
    returned = answer(province, there, "ket-qua-1.tdkt")
    assert receive(commune, returned).applied
    row = get_proposal(commune.db, pid).proposal
    assert row.status is ProposalStatus.DRAFT and row.return_reason == reason
    assert row.dossier is not None and row.dossier.status is DossierStatus.RETURNED

    # The commune corrects it (a paper for the second line), submits and sends it again.
    second_line = get_proposal(commune.db, pid).lines[1].id
    attach_to_dossier(
        commune.db,
        commune.data_dir,
        proposal_id=pid,
        line_id=second_line,
        path=paper(tmp_path, "Bao cao thanh tich Bình.pdf", PDF + b"binh"),
        kind=AttachmentKind.ACHIEVEMENT_REPORT,
    )
    submit_proposal(commune.db, pid, submitted_on=dt.date(2026, 11, 30))
    resent = send(commune, pid, "ho-so-2.tdkt")
    assert preview_received(province.db, resent).replaces
    assert receive(province, resent).proposal_id == there  # replaces, same proposal
    detail = get_proposal(province.db, there)
    assert detail.proposal.status is ProposalStatus.SUBMITTED and not detail.proposal.return_reason
    assert len(dossier_attachments(province.db, there)) == 3
    with pytest.raises(PackageRefused, match="cũ hơn"):
        receive(province, first)  # the first dossier, replayed after the second

    # Round 2: the city's council reviews (secret ballot for CSTĐ), the chair decides.
    ballot = {ln.id: 9 for ln in detail.lines if ln.needs_ballot}
    record_review(province.db, there, ReviewEntry(dt.date(2026, 12, 1), 11, 10, ballot))
    decide_proposal(
        province.db,
        there,
        DecisionEntry("2345/QĐ-UBND", dt.date(2026, 12, 3), "Trần Việt Trường"),
    )
    decision = get_proposal(province.db, there).decisions[0]
    attach_to_dossier(
        province.db,
        province.data_dir,
        proposal_id=there,
        decision_id=decision.id,
        path=paper(tmp_path, "QD 2345 (ban ky).png", SCAN),
        kind=AttachmentKind.DECISION,
    )
    decided = answer(province, there, "ket-qua-2.tdkt")
    got = receive(commune, decided)
    assert got.applied and got.preview.decisions == ("2345/QĐ-UBND ngày 03/12/2026",)
    detail = get_proposal(commune.db, pid)
    assert detail.proposal.status is ProposalStatus.DECIDED
    assert detail.proposal.dossier is not None
    assert detail.proposal.dossier.status is DossierStatus.DECIDED
    assert [ln.decision_number for ln in detail.lines] == ["2345/QĐ-UBND"] * 2
    assert detail.lines[1].votes_agree == 9 and detail.proposal.members_present == 10
    assert detail.decisions[0].issuer.endswith("Cần Thơ")
    assert papers_bytes(commune, pid, tmp_path / "x2")["QD 2345 (ban ky).png"] == SCAN
    history = recipient_history(commune.db, detail.lines[0].recipient.id)
    assert [(i.award_code, i.decided) for i in history.items] == [("bang_khen_tinh", True)]
    assert Step.AWARD in detail.proposal.steps  # handing over is the commune's

    # Replays of answers: the same again changes nothing, an older one is refused.
    assert not receive(commune, decided).applied
    with pytest.raises(PackageRefused, match="cũ hơn"):
        receive(commune, returned)

    # Both sides keep the journey and the audit trail.
    here = [(e.direction, e.status) for e in dossier_timeline(commune.db, pid)]
    assert here == [
        ("out", DossierStatus.SENT),
        ("in", DossierStatus.RETURNED),
        ("out", DossierStatus.SENT),
        ("in", DossierStatus.DECIDED),
    ]
    there_events = [(e.direction, e.status) for e in dossier_timeline(province.db, there)]
    assert there_events == [
        ("in", DossierStatus.RECEIVED),
        ("out", DossierStatus.RETURNED),
        ("in", DossierStatus.RECEIVED),
        ("out", DossierStatus.DECIDED),
    ]
    actions = {e.action for e in query_audit(commune.db, entity="award_proposal")}
    assert {"dossier_send", "dossier_reply_receive"} <= actions
    actions = {e.action for e in query_audit(province.db, entity="award_proposal")}
    assert {"dossier_receive", "dossier_reply"} <= actions
    [inbox] = list_dossiers(province.db, year=YEAR)
    assert (inbox.role, inbox.status, inbox.times_sent) == (
        DossierRole.RECEIVED,
        DossierStatus.DECIDED,
        2,
    )
    assert list_proposals(province.db, year=YEAR, unit_code=COMMUNE)


# -- hostile packages ---------------------------------------------------------------------------
def rewrite(package: Path, out: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """A copy of the package with one entry's bytes changed (the manifest left as it was)."""
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, change(info.filename, source.read(info)))
    return out


@pytest.fixture
def dossier(commune: Office, province: Office, tmp_path: Path) -> Path:
    trust_each_other(commune, province, tmp_path=tmp_path)
    pid, _line = proposal_of(commune, tmp_path)
    return send(commune, pid, "ho-so.tdkt")


def test_a_dossier_for_another_office_is_refused_and_changes_nothing(
    dossier: Path, make_office: MakeOffice
) -> None:
    other = make_office("phuong", "31135")  # phường Ninh Kiều, not the receiver
    before = other.dump()
    with pytest.raises(PackageRefused, match="không phải cơ quan này"):
        receive(other, dossier)
    assert other.dump() == before


def test_an_attachment_whose_bytes_changed_is_refused(
    dossier: Path, province: Office, tmp_path: Path
) -> None:
    def swap(name: str, content: bytes) -> bytes:
        return content.replace(b"to trinh", b"TO TRINH") if name.startswith("files/") else content

    before = province.dump()
    with pytest.raises(PackageRefused, match="mã kiểm tra"):
        receive(province, rewrite(dossier, tmp_path / "sua.tdkt", swap))
    assert province.dump() == before


def test_a_tampered_line_or_a_foreign_signature_is_refused(
    dossier: Path, province: Office, make_office: MakeOffice, tmp_path: Path
) -> None:
    def richer(name: str, content: bytes) -> bytes:
        return content.replace(b"bang_khen_tinh", b"huan_chuong_ld3") if "line" in name else content

    before = province.dump()
    with pytest.raises(PackageRefused, match="SHA-256"):
        receive(province, rewrite(dossier, tmp_path / "sua.tdkt", richer))
    # A package re-signed by another installation claiming to be the commune.
    impostor = make_office("gia-mao", COMMUNE)
    stolen = tmp_path / "giay-gia-mao"
    stolen.mkdir()
    pid, _line = proposal_of(impostor, stolen)
    with pytest.raises(PackageRefused, match="khóa"):
        receive(province, send(impostor, pid, "gia-mao.tdkt"))
    assert province.dump() == before


def test_an_answer_for_a_dossier_never_sent_is_refused(
    dossier: Path, province: Office, make_office: MakeOffice, tmp_path: Path
) -> None:
    there = receive(province, dossier).proposal_id
    reply = answer(province, there, "da-nhan.tdkt")
    stranger = make_office("xa-khac", COMMUNE)  # the same commune's code, another installation
    before = stranger.dump()
    with pytest.raises(PackageRefused, match="chưa từng gửi"):
        receive(stranger, reply)
    assert stranger.dump() == before


def test_dossiers_and_data_packages_are_not_mistaken_for_each_other(
    dossier: Path, province: Office, commune: Office
) -> None:
    with pytest.raises(PackageRefused, match="hồ sơ khen thưởng"):
        import_package(province.db, province.data_dir, dossier)
    with pytest.raises(PackageRefused, match="không phải hồ sơ"):
        receive(province, commune.export(year=YEAR))
