"""Crafted dossiers and answers, signed by a trusted sender: refused before anything changes,
named by table and row (never by a person's name); and the guards that keep each side's part of
the journey its own."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from tests.exchange.awards.craft import Tables, craft
from tests.exchange.awards.test_dossiers import (
    COMMUNE,
    PDF,
    PROVINCE,
    YEAR,
    answer,
    commune,  # noqa: F401 - fixture
    paper,
    proposal_of,
    province,  # noqa: F401 - fixture
    receive,
    send,
    trust_each_other,
)
from tests.exchange.conftest import Office
from thidua_desktop.domain.attachments import AttachmentKind
from thidua_desktop.domain.awards.types import (
    Category,
    DecidingLevel,
    Gender,
    ProposalStatus,
    RecipientType,
)
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.services.attachments.dossiers import attach_to_dossier, dossier_attachments
from thidua_desktop.services.attachments.files import remove_attachment
from thidua_desktop.services.awards.edit import create_proposal, delete_proposal
from thidua_desktop.services.awards.proposals import get_proposal
from thidua_desktop.services.awards.recipients import save_recipient
from thidua_desktop.services.awards.rows import (
    DecisionEntry,
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


@pytest.fixture
def sent(commune: Office, province: Office, tmp_path: Path) -> tuple[int, Path]:  # noqa: F811
    trust_each_other(commune, province, tmp_path=tmp_path)
    pid, _line = proposal_of(commune, tmp_path)
    return pid, send(commune, pid, "ho-so.tdkt")


def refused(office: Office, package: Path, match: str) -> PackageRefused:
    before = office.dump()
    kept = sorted(office.data_dir.inbox.glob("*.tdkt"))
    files = sorted(f for f in office.data_dir.attachments.rglob("*") if f.is_file())
    with pytest.raises(PackageRefused, match=match) as caught:
        receive(office, package)
    assert office.dump() == before
    assert sorted(office.data_dir.inbox.glob("*.tdkt")) == kept
    assert sorted(f for f in office.data_dir.attachments.rglob("*") if f.is_file()) == files
    for name in ("Trần Văn An", "Lê Thị Bình"):
        assert name not in str(caught.value)  # rows are named by table and number
    return caught.value


def swap_paper(tables: Tables, files: dict[str, bytes], content: bytes, **row: object) -> None:
    first = tables["attachment"][0]
    files.pop(first["sha256"])
    digest = hashlib.sha256(content).hexdigest()
    files[digest] = content
    first.update(sha256=digest, size=len(content), **row)


def free_line(tables: Tables) -> dict[str, object]:
    """A line no paper of the package is attached to."""
    owned = {a["owner_uid"] for a in tables["attachment"]}
    return next(line for line in tables["line"] if line["uid"] not in owned)


def decide(province: Office, there: int) -> None:  # noqa: F811
    lines = get_proposal(province.db, there).lines
    ballot = {line.id: 9 for line in lines if line.needs_ballot}
    record_review(province.db, there, ReviewEntry(dt.date(2026, 12, 1), 11, 10, ballot))
    decide_proposal(
        province.db, there, DecisionEntry("9/QĐ-UBND", dt.date(2026, 12, 3), "Trần Việt Trường")
    )


@pytest.mark.parametrize(
    ("content", "row", "match"),
    [
        (PDF, {"file_name": "/tmp/ngoai/chay.pdf"}, "tên tệp"),
        (b"MZ\x90\x00 a program", {"file_name": "To trinh.pdf"}, "To trinh.pdf"),
        (PDF, {"file_name": "chay.exe"}, "chay.exe"),
        (PDF, {"note": "n" * 501}, "note"),
    ],
)
def test_a_paper_is_checked_as_a_file_chosen_here(
    sent: tuple[int, Path],
    commune: Office,  # noqa: F811
    province: Office,  # noqa: F811
    tmp_path: Path,
    content: bytes,
    row: dict[str, object],
    match: str,
) -> None:
    _pid, dossier = sent
    crafted = craft(
        commune, dossier, tmp_path / "x.tdkt", lambda t, f: swap_paper(t, f, content, **row)
    )
    refused(province, crafted, match)


def test_an_oversized_paper_is_refused(
    sent: tuple[int, Path],
    commune: Office,  # noqa: F811
    province: Office,  # noqa: F811
    tmp_path: Path,
) -> None:
    _pid, dossier = sent
    big = b"%PDF-1.4\n" + b"\x00" * (51 * 1024 * 1024)
    crafted = craft(commune, dossier, tmp_path / "x.tdkt", lambda t, f: swap_paper(t, f, big))
    refused(province, crafted, "quá lớn")


def test_rows_that_break_the_rules_or_name_other_records_are_refused(
    sent: tuple[int, Path],
    commune: Office,  # noqa: F811
    province: Office,  # noqa: F811
    tmp_path: Path,
) -> None:
    _pid, dossier = sent
    mine = save_recipient(
        province.db,
        RecipientEntry(
            RecipientType.INDIVIDUAL, "31135", "Phạm Thị Riêng", Gender.FEMALE, 1970,
            "Chủ tịch Hội", Category.CADRE,
        ),
    )  # fmt: skip
    [(their_uid,)] = province.sql("SELECT uid FROM award_recipient WHERE id = :i", i=mine.id)
    [(line_uid,)] = province.sql("SELECT uid FROM award_line ORDER BY id LIMIT 1")

    def recipient_of_the_city(tables: Tables, _files: dict[str, bytes]) -> None:
        old = tables["recipient"][0]["uid"]
        tables["recipient"][0]["uid"] = their_uid
        for line in tables["line"]:
            if line["recipient_uid"] == old:
                line["recipient_uid"] = their_uid

    cases = {
        "trùng với một đối tượng khác": recipient_of_the_city,
        "trùng mã định danh với một dòng": lambda t, f: free_line(t).update(uid=line_uid),
        "không có trong danh mục": lambda t, f: t["line"][0].update(award_code="khong_co"),
        "lớn hơn số thành viên": lambda t, f: t["line"][0].update(members=1, qualified=5),
        "dài quá": lambda t, f: t["recipient"][0].update(name="Trần Văn An " + "x" * 200),
        "không thuộc": lambda t, f: t["recipient"][0].update(unit_code="31135"),
        "không phải cấp của cơ quan này": lambda t, f: t["proposal"][0].update(to_level="commune"),
    }
    for number, (match, change) in enumerate(cases.items()):
        refused(province, craft(commune, dossier, tmp_path / f"{number}.tdkt", change), match)


def test_answers_that_break_the_rules_are_refused(
    sent: tuple[int, Path],
    commune: Office,  # noqa: F811
    province: Office,  # noqa: F811
    tmp_path: Path,
) -> None:
    pid, dossier = sent
    there = receive(province, dossier).proposal_id
    assert there is not None
    decide(province, there)
    decided = answer(province, there, "kq.tdkt")
    cases = {
        "rules_version": lambda t, f: t["decision"][0].update(rules_version="v" * 40),
        "Hội đồng": lambda t, f: t["reply"][0].update(council_members=-5),
    }
    for number, (match, change) in enumerate(cases.items()):
        refused(commune, craft(province, decided, tmp_path / f"{number}.tdkt", change), match)
    assert receive(commune, decided).applied

    def backwards(tables: Tables, files: dict[str, bytes]) -> None:
        tables["reply"][0].update(status="returned", return_reason="Trả lại", returned_on=None)
        tables["decision"].clear()
        tables["attachment"].clear()
        files.clear()
        for line in tables["line"]:
            line["decision_uid"] = None

    refused(commune, craft(province, decided, tmp_path / "lui.tdkt", backwards), "lùi lại")
    assert get_proposal(commune.db, pid).proposal.status is ProposalStatus.DECIDED


def test_a_resend_replaces_only_the_dossiers_own_papers(
    sent: tuple[int, Path],
    commune: Office,  # noqa: F811
    province: Office,  # noqa: F811
    tmp_path: Path,
) -> None:
    _pid, dossier = sent
    own = create_proposal(
        province.db,
        ProposalEntry(
            PROVINCE, YEAR, "Đề nghị của thành phố", dt.date(2026, 11, 1),
            to_level=DecidingLevel.PROVINCE,
        ),
    ).proposal.id  # fmt: skip
    attach_to_dossier(
        province.db, province.data_dir, proposal_id=own, kind=AttachmentKind.PROPOSAL,
        path=paper(tmp_path, "To trinh TP.pdf", PDF + b"tp"),
    )  # fmt: skip
    [(own_uid,)] = province.sql("SELECT uid FROM award_proposal WHERE id = :i", i=own)

    def same_uid(tables: Tables, _files: dict[str, bytes]) -> None:
        free_line(tables)["uid"] = own_uid

    receive(province, craft(commune, dossier, tmp_path / "a.tdkt", same_uid, bump=100))
    receive(province, craft(commune, dossier, tmp_path / "b.tdkt", same_uid, bump=200))
    assert [p.file_name for p in dossier_attachments(province.db, own)] == ["To trinh TP.pdf"]


def test_each_side_keeps_to_its_part_of_the_journey(
    sent: tuple[int, Path],
    commune: Office,  # noqa: F811
    province: Office,  # noqa: F811
    tmp_path: Path,
) -> None:
    pid, dossier = sent
    there = receive(province, dossier).proposal_id
    assert there is not None
    # The commune cannot withdraw a dossier that is up: the city returns it.
    with pytest.raises(InvalidInput, match="không tự rút về"):
        return_proposal(commune.db, pid, reason="rút", returned_on=dt.date(2026, 11, 26))
    # The city keeps the sender's papers; its own go on a decision.
    row = dossier_attachments(province.db, there)[0]
    with pytest.raises(InvalidInput, match="chỉ đính kèm vào quyết định"):
        remove_attachment(province.db, province.data_dir, row.uid)
    with pytest.raises(InvalidInput, match="chỉ đính kèm vào quyết định"):
        attach_to_dossier(
            province.db, province.data_dir, proposal_id=there, kind=AttachmentKind.MINUTES,
            path=paper(tmp_path, "Bien ban TP.pdf", PDF + b"bb"),
        )  # fmt: skip
    return_proposal(province.db, there, reason="Thiếu hồ sơ", returned_on=dt.date(2026, 11, 27))
    receive(commune, answer(province, there, "tra-lai.tdkt"))
    # Returned and submitted again, the commune still does not review or decide it itself.
    submit_proposal(commune.db, pid, submitted_on=dt.date(2026, 11, 30))
    with pytest.raises(InvalidInput, match="Hội đồng và quyết định"):
        record_review(commune.db, pid, ReviewEntry(dt.date(2026, 12, 1), 5, 5))
    # A returned copy the sender never sent again can be removed at the city.
    delete_proposal(province.db, there)
    assert province.sql("SELECT count(*) FROM dossier_exchange") == [(0,)]
    assert COMMUNE  # the sender's code, as the fixtures name it
