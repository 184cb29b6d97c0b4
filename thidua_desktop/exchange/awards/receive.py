"""Receive a dossier from below, or the answer to one this office sent: verified, shown
(`preview_received`), then applied in one transaction (`receive_dossier_file`).

Refused before anything changes, as for data packages: a damaged or tampered file, a bad
signature where the sender's key is registered, a dossier for another office, an answer to a
dossier this office never sent, a package older than one already applied (a replay), a file
whose bytes do not match their hash, a row that names what the package does not carry.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from thidua_desktop.domain.awards.dossiers import DossierRole, DossierStatus
from thidua_desktop.domain.awards.types import (
    Category,
    DecidingLevel,
    Gender,
    ProposalStatus,
    RecipientClass,
    RecipientType,
)
from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.errors import UserError
from thidua_desktop.exchange.awards.contents import (
    LINE_OWNER,
    PROPOSAL_OWNER,
    DossierContent,
    ReplyContent,
    read_dossier,
    read_reply,
)
from thidua_desktop.exchange.context import UnitTree
from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.exchange.incoming import apply_received, keep_files
from thidua_desktop.exchange.manifest import (
    DOSSIER,
    DOSSIER_KINDS,
    KIND_LABELS,
    Manifest,
    wrong_place,
)
from thidua_desktop.exchange.papers import attachment_record
from thidua_desktop.exchange.reader import Package, read_package
from thidua_desktop.exchange.verify import (
    SIGNATURE_LABELS,
    check_signature,
    check_tables,
    unit_tree,
)
from thidua_desktop.paths import DataDir
from thidua_desktop.services.awards.recipients import received_recipient
from thidua_desktop.services.awards.rows import RecipientEntry
from thidua_desktop.services.awards.workflow import refuse_same_number
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.locks import ensure_year_open
from thidua_desktop.services.core.scope import full_name, office_unit
from thidua_desktop.services.safety.imports_pause import ensure_imports_allowed
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.attachments import Attachment
from thidua_desktop.store.models.awards import (
    AwardDecision,
    AwardLine,
    AwardProposal,
    AwardRecipient,
    DossierEvent,
    DossierExchange,
)
from thidua_desktop.store.models.core import AdminUnit, Campaign, Profile

ENTITY = "award_proposal"


@dataclass(frozen=True)
class ReceivePreview:
    """A dossier or an answer as people see it before it is applied."""

    file_name: str
    kind: str
    kind_label: str
    producer_code: str
    producer_name: str
    receiver_name: str
    year: int
    sequence: int
    created_at: dt.datetime
    signature_label: str
    title: str
    unit_name: str
    status: DossierStatus  # what the package says (đã gửi for a dossier)
    lines: int
    people: int
    papers: tuple[str, ...]  # file names
    decisions: tuple[str, ...]
    return_reason: str
    times_received: int  # dossier: this would be the n-th receipt of it (2+: replaces)
    already_at: dt.datetime | None  # this very package was applied then (nothing to do)
    changes: tuple[str, ...]  # what applying does, in words

    @property
    def replaces(self) -> bool:
        return self.kind == DOSSIER and self.times_received > 1


@dataclass(frozen=True)
class ReceiveReport:
    preview: ReceivePreview
    applied: bool
    proposal_id: int | None
    inbox_path: Path | None = None


def preview_received(db: Database, path: Path) -> ReceivePreview:
    """The dry run: verify the package and say what receiving it would do (nothing written)."""
    package = _read(path)
    with db.reading() as session:
        return _run(session, None, package).preview


def receive_dossier_file(db: Database, data_dir: DataDir, path: Path) -> ReceiveReport:
    """Verify and apply a dossier or an answer in one transaction; the same package again
    changes nothing. Its papers' bytes are kept by hash; the package is kept in inbox/."""
    ensure_imports_allowed(data_dir)
    package = _read(path)
    run, inbox = apply_received(
        db,
        data_dir,
        package,
        lambda session: _run(session, data_dir, package),
        applied=lambda r: r.preview.already_at is None,
        removed=lambda r: r.replaced_files,
    )
    return ReceiveReport(
        run.preview, run.preview.already_at is None, run.proposal_id, inbox_path=inbox
    )


def _read(path: Path) -> Package:
    package = read_package(Path(path))
    if package.manifest.kind not in DOSSIER_KINDS:
        raise wrong_place(package.manifest.kind, "hồ sơ khen thưởng hay kết quả xét hồ sơ")
    check_tables(package)
    return package


@dataclass(frozen=True)
class _Run:
    preview: ReceivePreview
    proposal_id: int | None
    replaced_files: frozenset[str] = frozenset()  # kept bytes the replaced papers named


def _run(session: Session, data_dir: DataDir | None, package: Package) -> _Run:
    """Check everything against this database; apply when `data_dir` is given."""
    m = package.manifest
    profile = session.get(Profile, 1)
    if profile is not None and profile.installation_id == m.installation_id:
        raise PackageRefused("gói do chính bản cài đặt này tạo ra.")
    signature = check_signature(session, package)
    office = office_unit(session)
    if m.receiver_code != office.code or (
        m.receiver_version is not None
        and m.receiver_version != (office.valid_from, office.valid_to)
    ):
        raise PackageRefused(
            f"gói gửi cho {m.receiver_name} (mã {m.receiver_code}), không phải cơ quan này "
            f"({full_name(office)}, mã {office.code})."
        )
    tree = unit_tree(session)
    producer = tree.version_of(m.producer_code, m.producer_version, m.period)
    scope = tree.version_of(m.scope_code, m.scope_version, m.period)
    if producer is None or scope is None:
        raise PackageRefused(
            f"không có cơ quan gửi (mã {m.producer_code}) hoặc đơn vị của đề nghị (mã "
            f"{m.scope_code}) trong danh mục đơn vị ở đây."
        )
    if scope not in tree.subtree(producer):
        raise PackageRefused(
            f"đơn vị của đề nghị (mã {m.scope_code}) không thuộc cơ quan gửi {m.producer_name}."
        )
    proposal = session.scalar(select(AwardProposal).where(AwardProposal.uid == m.dossier))
    record = (
        session.scalar(select(DossierExchange).where(DossierExchange.proposal_id == proposal.id))
        if proposal is not None
        else None
    )
    facts = _Facts(session, package, signature, office, tree, producer, scope, proposal, record)
    if m.kind == DOSSIER:
        return _DossierIn(facts, read_dossier(package)).run(data_dir)
    return _ReplyIn(facts, read_reply(package)).run(data_dir)


@dataclass
class _Facts:
    session: Session
    package: Package
    signature: str
    office: AdminUnit
    tree: UnitTree
    producer: int
    scope: int
    proposal: AwardProposal | None
    record: DossierExchange | None
    removed_files: set[str] = field(default_factory=set)  # papers replaced, pruned afterwards

    @property
    def manifest(self) -> Manifest:
        return self.package.manifest

    def previous(self, sequence: int | None, sha: str | None, what: str) -> dt.datetime | None:
        """When this same package was applied (None: newer); older or altered: refused."""
        m = self.manifest
        if sequence is None or m.sequence > sequence:
            return None
        assert self.record is not None
        if m.sequence < sequence:
            raise PackageRefused(
                f"{what} số {m.sequence} của {m.producer_name} cũ hơn {what} số {sequence} đã "
                "nhận: gói cũ hoặc gửi lại nhầm, không áp dụng."
            )
        if sha != self.package.manifest_sha256:
            raise PackageRefused(
                f"{what} số {m.sequence} của {m.producer_name} khác nội dung với gói cùng số đã "
                "nhận trước đây."
            )
        return self.record.updated_at

    def preview(self, **values: Any) -> ReceivePreview:
        m = self.manifest
        unit = self.session.get(AdminUnit, self.scope)
        assert unit is not None
        return ReceivePreview(
            file_name=self.package.path.name,
            kind=m.kind,
            kind_label=KIND_LABELS[m.kind],
            producer_code=m.producer_code,
            producer_name=m.producer_name,
            receiver_name=m.receiver_name,
            year=m.period,
            sequence=m.sequence,
            created_at=m.created_at,
            signature_label=SIGNATURE_LABELS[self.signature],
            unit_name=full_name(unit),
            **values,
        )

    def keep_files(self, data_dir: DataDir) -> None:
        keep_files(data_dir, self.package)

    def event(self, record: DossierExchange, status: DossierStatus, note: str | None) -> None:
        self.session.add(
            DossierEvent(
                exchange_id=record.id,
                at=utc_now(),
                direction="in",
                status=status.value,
                sequence=self.manifest.sequence,
                file_name=self.package.path.name[:260],
                note=note or None,
                by=audit.current_operator(self.session),
            )
        )

    def add_papers(self, rows: list[dict[str, Any]]) -> None:
        """The papers' records, attached by the office that sent them."""
        sender = self.manifest.producer_name[:120]
        now = utc_now()
        for row in rows:
            self.session.add(attachment_record(row, sender, now))


class _DossierIn:
    """A dossier from an office below: its proposal kept here (new, or replacing the earlier
    dossier) for this office's council to review, return or decide."""

    def __init__(self, facts: _Facts, content: DossierContent) -> None:
        self.facts, self.content = facts, content

    def run(self, data_dir: DataDir | None) -> _Run:
        facts, m = self.facts, self.facts.manifest
        session = facts.session
        if facts.producer == facts.office.id or facts.producer not in facts.tree.subtree(
            facts.office.id
        ):
            raise PackageRefused(
                f"hồ sơ của {m.producer_name} (mã {m.producer_code}) không thuộc phạm vi của cơ "
                f"quan này: chỉ nhận hồ sơ của cấp dưới."
            )
        proposal, record = facts.proposal, facts.record
        if proposal is not None and record is None:
            raise PackageRefused(
                f"đề nghị #{proposal.id} ở đây có cùng mã định danh với hồ sơ nhưng do cơ quan "
                "này lập: không thay thế."
            )
        if record is not None and (
            record.role != DossierRole.RECEIVED or record.counterpart_code != m.producer_code
        ):
            raise PackageRefused(
                "hồ sơ này đã được gửi hoặc nhận với một cơ quan khác: không thay thế."
            )
        already = facts.previous(
            record.dossier_sequence if record else None,
            record.dossier_sha256 if record else None,
            "hồ sơ",
        )
        p = self.content.proposal
        level = DecidingLevel(p["to_level"])
        if level.unit_level != facts.office.level:
            raise PackageRefused(
                f"đề nghị trình {level.label}, không phải cấp của cơ quan này "
                f"({full_name(facts.office)})."
            )
        times = (record.times_sent if record else 0) + (0 if already else 1)
        changes: list[str] = []
        if already is None:
            if proposal is not None and proposal.status in (
                ProposalStatus.DECIDED,
                ProposalStatus.AWARDED,
            ):
                raise PackageRefused(
                    f"hồ sơ “{proposal.title}” đã có quyết định khen thưởng ở đây: không thay thế "
                    "bằng hồ sơ gửi lại."
                )
            ensure_year_open(session, m.period)
            changes.append(
                f"Thay hồ sơ đã nhận lần {times - 1} (kết quả xét trước đó được xóa, xét lại từ "
                "đầu)."
                if proposal is not None
                else "Thêm đề nghị mới vào danh sách, trạng thái “đã trình”, chờ Hội đồng xét."
            )
        preview = facts.preview(
            title=p["title"],
            status=DossierStatus.SENT,
            lines=len(self.content.lines),
            people=sum(1 for r in self.content.recipients.values() if r["kind"] != "collective"),
            papers=tuple(row["file_name"] for row in self.content.attachments),
            decisions=(),
            return_reason="",
            times_received=times,
            already_at=already,
            changes=tuple(changes),
        )
        recipients = self._recipient_units()
        if already is None:
            self._refuse_clashes(proposal)
        if data_dir is None or already is not None:
            return _Run(preview, proposal.id if proposal else None)
        facts.keep_files(data_dir)
        kept = self._apply(recipients, times)
        return _Run(preview, kept, frozenset(facts.removed_files))

    def _refuse_clashes(self, proposal: AwardProposal | None) -> None:
        """A line or paper whose id belongs to another record here (a copied database, a
        crafted package) is refused by name before anything changes."""
        session, content = self.facts.session, self.content
        uids = [line["uid"] for line in content.lines]
        clash = session.scalar(
            select(AwardLine.proposal_id).where(
                AwardLine.uid.in_(uids),
                AwardLine.proposal_id != (proposal.id if proposal is not None else -1),
            )
        )
        if clash is not None:
            raise PackageRefused(
                f"một dòng của hồ sơ trùng mã định danh với một dòng của đề nghị #{clash} ở đây: "
                "không nhận."
            )
        owners = {proposal.uid, *uids} if proposal is not None else set()
        papers = session.scalars(
            select(Attachment).where(Attachment.uid.in_([a["uid"] for a in content.attachments]))
        )
        for paper in papers:
            if paper.owner_uid not in owners:
                raise PackageRefused(
                    f"tệp “{paper.file_name}” của hồ sơ trùng mã định danh với một tệp đính kèm "
                    "khác ở đây: không nhận."
                )

    def _recipient_units(self) -> dict[str, int]:
        """Each recipient's unit here, within the sender's units (by code and version)."""
        tree, m = self.facts.tree, self.facts.manifest
        allowed = tree.subtree(self.facts.producer)
        found: dict[str, int] = {}
        for number, (uid, row) in enumerate(self.content.recipients.items(), start=1):
            unit = _unit_of(tree, allowed, row["unit_code"], row["unit_valid_from"])
            if unit is None:
                raise PackageRefused(
                    f"bảng recipient, dòng {number}: đơn vị mã {row['unit_code']} không thuộc "
                    f"{m.producer_name}."
                )
            kept = self.facts.session.scalar(
                select(AwardRecipient).where(AwardRecipient.uid == uid)
            )
            if kept is not None and (kept.kind != row["kind"] or kept.unit_id not in allowed):
                raise PackageRefused(
                    f"bảng recipient, dòng {number}: mã định danh trùng với một đối tượng khác ở "
                    "đây (không thuộc cơ quan gửi): không nhận."
                )
            found[uid] = unit
        return found

    def _apply(self, units: dict[str, int], times: int) -> int:
        facts, m, content = self.facts, self.facts.manifest, self.content
        session = facts.session
        p = content.proposal
        now = utc_now()
        operator = audit.current_operator(session)
        proposal = facts.proposal
        old: dict[str, Any] = {}
        if proposal is None:
            proposal = AwardProposal(
                uid=p["uid"], source="manual", entered_by=operator, created_at=now
            )
            session.add(proposal)
        else:
            old = self._remove_content(proposal)
        campaign = (
            session.scalar(select(Campaign.id).where(Campaign.code == p["campaign_code"]))
            if p["campaign_code"]
            else None
        )
        proposal.unit_id = facts.scope
        proposal.year = p["year"]
        proposal.campaign_id = campaign
        proposal.to_level = p["to_level"]
        proposal.title = p["title"]
        proposal.number = p["number"]
        proposal.proposal_date = p["proposal_date"]
        proposal.submitted_on = p["submitted_on"]
        proposal.status = ProposalStatus.SUBMITTED.value
        proposal.note = p["note"]
        proposal.review_date = proposal.council_members = proposal.members_present = None
        proposal.returned_on = proposal.return_reason = proposal.awarded_on = None
        proposal.updated_at = now
        session.flush()
        for number, (uid, row) in enumerate(content.recipients.items(), start=1):
            unit = session.get(AdminUnit, units[uid])
            assert unit is not None
            try:
                recipient = received_recipient(
                    session, uid, _entry(row), unit, classes_stated=content.classes_stated
                )
            except UserError as exc:  # the form's own words; the name stays out of the message
                said = str(exc).replace(row["name"] or "\x00", "…")
                raise PackageRefused(f"bảng recipient, dòng {number}: {said}") from exc
            units[uid] = recipient.id  # now the recipient's id here
        for line in content.lines:
            session.add(
                AwardLine(
                    uid=line["uid"],
                    proposal_id=proposal.id,
                    position=line["position"],
                    recipient_id=units[line["recipient_uid"]],
                    award_code=line["award_code"],
                    award_type=line["award_type"],
                    achievement=line["achievement"],
                    members=line["members"],
                    qualified=line["qualified"],
                )
            )
        facts.add_papers(content.attachments)
        record = facts.record
        if record is None:
            record = DossierExchange(
                proposal_id=proposal.id,
                role=DossierRole.RECEIVED.value,
                counterpart_code=m.producer_code,
                counterpart_name=m.producer_name[:200],
                times_sent=0,
            )
            session.add(record)
        record.status = DossierStatus.RECEIVED.value
        record.reply_at = None  # nothing told to the sender about this round yet
        record.times_sent = times
        record.dossier_sequence = m.sequence
        record.dossier_sha256 = facts.package.manifest_sha256
        record.dossier_at = m.created_at
        record.updated_at = now
        session.flush()
        facts.event(record, DossierStatus.RECEIVED, None)
        audit.record(
            session,
            action="dossier_receive",
            entity=ENTITY,
            key=str(proposal.id),
            old=old or None,
            new={
                "sender": m.producer_code,
                "sequence": m.sequence,
                "times_received": times,
                "lines": len(content.lines),
                "recipients": len(content.recipients),
                "papers": len(content.attachments),
                "signature": facts.signature,
            },
            unit_id=proposal.unit_id,
            package_ref=facts.package.path.name[:200],
        )
        return proposal.id

    def _remove_content(self, proposal: AwardProposal) -> dict[str, Any]:
        """The earlier dossier's lines and papers (a resend replaces them), and what the audit
        keeps of them and of the review they had here (the review starts again)."""
        session = self.facts.session
        lines = list(session.scalars(select(AwardLine).where(AwardLine.proposal_id == proposal.id)))
        owners = [(PROPOSAL_OWNER, proposal.uid), *((LINE_OWNER, line.uid) for line in lines)]
        papers = list(
            session.scalars(
                select(Attachment).where(
                    tuple_(Attachment.owner_kind, Attachment.owner_uid).in_(owners)
                )
            )
        )
        self.facts.removed_files.update(paper.sha256 for paper in papers)
        old = {
            "status": proposal.status,
            "review_date": proposal.review_date,
            "council_members": proposal.council_members,
            "members_present": proposal.members_present,
            "returned_on": proposal.returned_on,
            "lines": len(lines),
            "votes": {line.uid: line.votes_agree for line in lines if line.votes_agree is not None},
            "papers": [f"{p.file_name} ({p.sha256[:12]})" for p in papers],
        }
        for paper in papers:
            session.delete(paper)
        for line in lines:
            session.delete(line)
        session.flush()
        return old


class _ReplyIn:
    """The answer to a dossier this office sent: the status, the return with its reason (the
    proposal is a draft again), or the decisions with the lines they cover and their papers."""

    def __init__(self, facts: _Facts, content: ReplyContent) -> None:
        self.facts, self.content = facts, content

    def run(self, data_dir: DataDir | None) -> _Run:
        facts, m, content = self.facts, self.facts.manifest, self.content
        proposal, record = facts.proposal, facts.record
        if (
            proposal is None
            or record is None
            or record.role != DossierRole.SENT
            or record.counterpart_code != m.producer_code
        ):
            raise PackageRefused(
                f"kết quả của {m.producer_name} trả lời một hồ sơ mà cơ quan này chưa từng gửi "
                "cho cơ quan đó."
            )
        already = facts.previous(record.reply_sequence, record.reply_sha256, "gói kết quả")
        reply = content.reply
        if already is None and reply["answers"] != record.dossier_sequence:
            raise PackageRefused(
                f"kết quả trả lời lần gửi hồ sơ số {reply['answers']}, nhưng cơ quan này đã gửi "
                f"lại hồ sơ (số {record.dossier_sequence}) sau đó: hãy chờ kết quả của lần gửi "
                "mới."
            )
        status = content.status
        changes: list[str] = []
        lines: dict[str, AwardLine] = {}
        if (
            already is None
            and record.status == DossierStatus.DECIDED
            and status not in (DossierStatus.DECIDED,)
        ):
            raise PackageRefused(
                f"hồ sơ đã được {m.producer_name} quyết định; gói kết quả này báo "
                f"“{status.label.lower()}”, lùi lại sau quyết định: không áp dụng."
            )
        if already is None:
            ensure_year_open(facts.session, m.period)
            self._refuse_paper_clashes()
            lines = self._check_lines(proposal, status)
            changes.append(self._change_text(status))
        preview = facts.preview(
            title=proposal.title,
            status=status,
            lines=len(content.lines),
            people=0,
            papers=tuple(row["file_name"] for row in content.attachments),
            decisions=tuple(
                f"{d['number']} ngày {format_date(d['decision_date'])}" for d in content.decisions
            ),
            return_reason=reply["return_reason"] or "",
            times_received=record.times_sent,
            already_at=already,
            changes=tuple(changes),
        )
        if data_dir is None or already is not None:
            return _Run(preview, proposal.id)
        facts.keep_files(data_dir)
        self._apply(proposal, record, lines)
        return _Run(preview, proposal.id)

    def _refuse_paper_clashes(self) -> None:
        """A paper already kept here under the same id must be the same decision's."""
        session = self.facts.session
        wanted = {a["uid"]: (a["owner_kind"], a["owner_uid"]) for a in self.content.attachments}
        for paper in session.scalars(select(Attachment).where(Attachment.uid.in_(list(wanted)))):
            if (paper.owner_kind, paper.owner_uid) != wanted[paper.uid]:
                raise PackageRefused(
                    f"tệp “{paper.file_name}” của gói kết quả trùng mã định danh với một tệp "
                    "đính kèm khác ở đây: không nhận."
                )

    def _check_lines(self, proposal: AwardProposal, status: DossierStatus) -> dict[str, AwardLine]:
        session = self.facts.session
        here = {
            line.uid: line
            for line in session.scalars(
                select(AwardLine).where(AwardLine.proposal_id == proposal.id)
            )
        }
        if status is not DossierStatus.DECIDED:
            return here
        if ProposalStatus(proposal.status) not in (
            ProposalStatus.SUBMITTED,
            ProposalStatus.DECIDED,
        ):
            label = ProposalStatus(proposal.status).label
            raise PackageRefused(
                f"đề nghị “{proposal.title}” đã được rút về ({label}) sau khi gửi: hãy trình và "
                "gửi lại hồ sơ, rồi nhận kết quả của lần gửi đó."
            )
        if {line["uid"] for line in self.content.lines} != set(here):
            raise PackageRefused(
                "danh sách dòng trong gói kết quả khác với hồ sơ đã gửi: không áp dụng."
            )
        known = {
            d.uid: d.id
            for d in session.scalars(
                select(AwardDecision).where(AwardDecision.proposal_id == proposal.id)
            )
        }
        for line in self.content.lines:
            mine = here[line["uid"]]
            if mine.decision_id is not None and mine.decision_id != known.get(
                line["decision_uid"] or ""
            ):
                raise PackageRefused(
                    f"dòng {mine.position} đã có quyết định khác ở đây: không áp dụng."
                )
        return here

    def _change_text(self, status: DossierStatus) -> str:
        if status is DossierStatus.RETURNED:
            return (
                "Đề nghị trở lại trạng thái nháp với lý do trả lại; sửa rồi trình và gửi lại hồ sơ."
            )
        if status is DossierStatus.DECIDED:
            decided = sum(1 for line in self.content.lines if line["decision_uid"])
            return (
                f"Ghi {len(self.content.decisions)} quyết định khen thưởng cho {decided}/"
                f"{len(self.content.lines)} dòng; đề nghị chuyển sang “đã quyết định”."
            )
        return f"Ghi trạng thái hồ sơ ở cấp trên: {status.label.lower()}."

    def _apply(
        self, proposal: AwardProposal, record: DossierExchange, lines: dict[str, AwardLine]
    ) -> None:
        facts, m, content = self.facts, self.facts.manifest, self.content
        session = facts.session
        reply, status = content.reply, content.status
        now = utc_now()
        old = {"status": proposal.status, "dossier_status": record.status}
        if status is DossierStatus.RETURNED:
            record.returned_on, record.return_reason = reply["returned_on"], reply["return_reason"]
            if proposal.status in (ProposalStatus.SUBMITTED, ProposalStatus.REVIEWED):
                proposal.status = ProposalStatus.DRAFT.value
            proposal.returned_on = reply["returned_on"] or dt.date.today()
            proposal.return_reason = reply["return_reason"]
            proposal.updated_at = now
        elif status is DossierStatus.DECIDED:
            ids = self._decisions(proposal)
            for row in content.lines:
                line = lines[row["uid"]]
                line.votes_agree = row["votes_agree"]
                if row["decision_uid"]:
                    line.decision_id = ids[row["decision_uid"]]
            proposal.review_date = reply["review_date"]
            proposal.council_members = reply["council_members"]
            proposal.members_present = reply["members_present"]
            proposal.status = ProposalStatus.DECIDED.value
            proposal.updated_at = now
            facts.add_papers(
                [
                    row
                    for row in content.attachments
                    if session.scalar(select(Attachment.id).where(Attachment.uid == row["uid"]))
                    is None
                ]
            )
        record.status = status.value
        record.reply_sequence = m.sequence
        record.reply_sha256 = facts.package.manifest_sha256
        record.reply_at = m.created_at
        record.updated_at = now
        facts.event(record, status, reply["return_reason"])
        audit.record(
            session,
            action="dossier_reply_receive",
            entity=ENTITY,
            key=str(proposal.id),
            old=old,
            new={
                "status": proposal.status,
                "dossier_status": status.value,
                "sender": m.producer_code,
                "sequence": m.sequence,
                "decisions": [d["number"] for d in content.decisions],
                "papers": len(content.attachments),
                "signature": facts.signature,
            },
            reason=reply["return_reason"],
            unit_id=proposal.unit_id,
            package_ref=facts.package.path.name[:200],
        )

    def _decisions(self, proposal: AwardProposal) -> dict[str, int]:
        """The package's decisions here (recorded once; the same again is kept as it is)."""
        session = self.facts.session
        operator = audit.current_operator(session)
        ids: dict[str, int] = {}
        for row in self.content.decisions:
            existing = session.scalar(select(AwardDecision).where(AwardDecision.uid == row["uid"]))
            if existing is not None:
                if existing.proposal_id != proposal.id:
                    raise PackageRefused(
                        f"quyết định số {row['number']} đã được ghi cho một đề nghị khác ở đây."
                    )
                ids[row["uid"]] = existing.id
                continue
            try:
                refuse_same_number(session, row["number"], row["issuer"], row["decision_date"])
            except UserError as exc:
                raise PackageRefused(str(exc)) from exc
            decision = AwardDecision(
                uid=row["uid"],
                proposal_id=proposal.id,
                number=row["number"],
                decision_date=row["decision_date"],
                issuer=row["issuer"],
                signer_name=row["signer_name"],
                signer_position=row["signer_position"],
                rules_version=row["rules_version"],
                legal_basis=row["legal_basis"],
                reward_money=row["reward_money"],
                entered_by=operator,
                created_at=utc_now(),
            )
            session.add(decision)
            session.flush()
            ids[row["uid"]] = decision.id
        return ids


def _unit_of(
    tree: UnitTree, allowed: set[int], code: str, valid_from: dt.date | None
) -> int | None:
    for unit_id in allowed:
        if tree.code[unit_id] == code and tree.validity[unit_id][0] == valid_from:
            return unit_id
    return None


def _entry(row: dict[str, Any]) -> RecipientEntry:
    return RecipientEntry(
        kind=RecipientType(row["kind"]),
        unit_code=row["unit_code"],
        name=row["name"] or "",
        gender=Gender(row["gender"]) if row["gender"] else None,
        birth_year=row["birth_year"],
        position=row["position"] or "",
        category=Category(row["category"]) if row["category"] else None,
        stat_class=RecipientClass(row["stat_class"]) if row["stat_class"] else None,
    )
