"""Receive a cụm, khối thi đua package: the organiser's table at a member's office, or a member
office's self-scores at the organiser. Verified and shown first (`preview_cluster_package`),
then applied in one transaction (`receive_cluster_file`); the same package again changes
nothing, an older one is refused.

Refused before anything changes, as for every package: a damaged or tampered file, a bad
signature where the sender's key is registered, a package made by this installation. And for
these kinds:
- a table: no member in this office's scope; a cluster this office organises itself; a local
  cluster of the same year and code; a member already in another cluster of the same year and
  kind here; a year locked here;
- self-scores: another receiver; a cluster not organised here or already published; a member
  outside the sender's scope or reviewed already; a package made after the self-scoring
  deadline; points over a criterion's maximum, or for a criterion not scored directly.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from thidua_desktop.domain.attachments import CLUSTER_OWNER, SCORE_OWNER
from thidua_desktop.domain.dates import format_date
from thidua_desktop.exchange.clusters.contents import (
    TableContent,
    read_scores,
    read_table,
    unit_version,
)
from thidua_desktop.exchange.context import UnitTree
from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.exchange.incoming import apply_received, keep_files
from thidua_desktop.exchange.manifest import (
    CLUSTER_KINDS,
    CLUSTER_TABLE,
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
from thidua_desktop.services.clusters.clusters import criteria_of
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.locks import ensure_year_open
from thidua_desktop.services.core.scope import full_name, office_unit
from thidua_desktop.services.safety.imports_pause import ensure_imports_allowed
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.attachments import Attachment
from thidua_desktop.store.models.clusters import (
    ClusterMember,
    ClusterScore,
    EmulationCluster,
    ScoringCriterion,
)
from thidua_desktop.store.models.core import AdminUnit, Profile

ENTITY = "emulation_cluster"


@dataclass(frozen=True)
class ReceivePreview:
    file_name: str
    kind: str
    kind_label: str
    producer_code: str
    producer_name: str
    year: int
    sequence: int
    created_at: dt.datetime
    signature_label: str
    cluster_code: str
    cluster_name: str
    units: tuple[str, ...]  # table: the members; self-scores: the members scored
    criteria: int
    scores: int
    published: bool
    papers: tuple[str, ...]  # file names
    already_at: dt.datetime | None  # this very package was applied then (nothing to do)
    changes: tuple[str, ...]  # what applying does, in words


@dataclass(frozen=True)
class ReceiveReport:
    preview: ReceivePreview
    applied: bool
    cluster_id: int | None
    inbox_path: Path | None = None


def preview_cluster_package(db: Database, path: Path) -> ReceivePreview:
    """The dry run: verify the package and say what receiving it would do (nothing written)."""
    package = _read(path)
    with db.reading() as session:
        return _run(session, package, apply=False).preview


def receive_cluster_file(db: Database, data_dir: DataDir, path: Path) -> ReceiveReport:
    """Verify and apply a table or self-score package in one transaction; its files' bytes
    are kept by hash and the package in inbox/."""
    ensure_imports_allowed(data_dir)
    package = _read(path)
    run, inbox = apply_received(
        db,
        data_dir,
        package,
        lambda session: _run(session, package, apply=True, data_dir=data_dir),
        applied=lambda r: r.preview.already_at is None,
        removed=lambda r: r.removed_files,
    )
    return ReceiveReport(run.preview, run.preview.already_at is None, run.cluster_id, inbox)


def _read(path: Path) -> Package:
    package = read_package(Path(path))
    if package.manifest.kind not in CLUSTER_KINDS:
        raise wrong_place(package.manifest.kind, "gói của cụm, khối thi đua")
    check_tables(package)
    return package


@dataclass
class _Run:
    preview: ReceivePreview
    cluster_id: int | None
    removed_files: set[str] = field(default_factory=set)


@dataclass
class _Facts:
    session: Session
    package: Package
    signature: str
    office: AdminUnit
    tree: UnitTree
    producer: int
    scope: int
    removed_files: set[str] = field(default_factory=set)

    @property
    def manifest(self) -> Manifest:
        return self.package.manifest

    def unit(self, row: dict[str, Any], where: str) -> int:
        found = self.tree.version_of(row["unit_code"], unit_version(row), self.manifest.period)
        if found is None:
            raise PackageRefused(
                f"{where}: không có đơn vị mã {row['unit_code']} (phiên bản của gói) trong danh "
                "mục đơn vị ở đây."
            )
        return found

    def name(self, unit_id: int) -> str:
        unit = self.session.get(AdminUnit, unit_id)
        assert unit is not None
        return full_name(unit)

    def previous(
        self, sequence: int | None, sha: str | None, at: dt.datetime | None, what: str
    ) -> dt.datetime | None:
        """When this same package was applied (None: newer); older or altered: refused."""
        m = self.manifest
        if sequence is None or m.sequence > sequence:
            return None
        if m.sequence < sequence:
            raise PackageRefused(
                f"{what} số {m.sequence} của {m.producer_name} cũ hơn gói số {sequence} đã "
                "nhận: gói cũ hoặc gửi lại nhầm, không áp dụng."
            )
        if sha != self.package.manifest_sha256:
            raise PackageRefused(
                f"{what} số {m.sequence} của {m.producer_name} khác nội dung với gói cùng số đã "
                "nhận trước đây."
            )
        return at

    def preview(self, **values: Any) -> ReceivePreview:
        m = self.manifest
        return ReceivePreview(
            file_name=self.package.path.name,
            kind=m.kind,
            kind_label=KIND_LABELS[m.kind],
            producer_code=m.producer_code,
            producer_name=m.producer_name,
            year=m.period,
            sequence=m.sequence,
            created_at=m.created_at,
            signature_label=SIGNATURE_LABELS[self.signature],
            **values,
        )

    def keep_files(self, data_dir: DataDir) -> None:
        keep_files(data_dir, self.package)

    def remove_papers(self, owner_kind: str, owner_uids: set[str], keep: set[str]) -> None:
        """The papers of these owners, except those the package keeps (by uid)."""
        if not owner_uids:
            return
        for record in self.session.scalars(
            select(Attachment).where(
                Attachment.owner_kind == owner_kind, Attachment.owner_uid.in_(list(owner_uids))
            )
        ):
            if record.uid not in keep:
                self.removed_files.add(record.sha256)
                self.session.delete(record)

    def add_papers(self, rows: list[dict[str, Any]]) -> None:
        """The papers' records as the sender attached them (an unchanged one stays as it is;
        a uid used here by another record is refused)."""
        sender = self.manifest.producer_name[:120]
        now = utc_now()
        existing = {
            a.uid: a
            for a in self.session.scalars(
                select(Attachment).where(Attachment.uid.in_([r["uid"] for r in rows]))
            )
        }
        for row in rows:
            record = existing.get(row["uid"])
            if record is None:
                self.session.add(attachment_record(row, sender, now))
            elif (record.owner_kind, record.owner_uid, record.sha256) != (
                row["owner_kind"],
                row["owner_uid"],
                row["sha256"],
            ):
                raise PackageRefused(
                    f"tệp đính kèm “{row['file_name']}”: mã định danh đã dùng cho tệp khác ở đây."
                )


def _run(
    session: Session, package: Package, *, apply: bool, data_dir: DataDir | None = None
) -> _Run:
    m = package.manifest
    profile = session.get(Profile, 1)
    if profile is not None and profile.installation_id == m.installation_id:
        raise PackageRefused("gói do chính bản cài đặt này tạo ra.")
    signature = check_signature(session, package)
    office = office_unit(session)
    tree = unit_tree(session)
    producer = tree.version_of(m.producer_code, m.producer_version, m.period)
    scope = tree.version_of(m.scope_code, m.scope_version, m.period)
    if producer is None or scope is None:
        raise PackageRefused(
            f"không có cơ quan gửi (mã {m.producer_code}) hoặc đơn vị mã {m.scope_code} trong "
            "danh mục đơn vị ở đây."
        )
    if scope not in tree.subtree(producer):
        raise PackageRefused(f"đơn vị mã {m.scope_code} không thuộc cơ quan gửi {m.producer_name}.")
    facts = _Facts(session, package, signature, office, tree, producer, scope)
    if m.kind == CLUSTER_TABLE:
        run = _TableIn(facts, read_table(package)).run(apply)
    else:
        run = _ScoresIn(facts).run(apply)
    if apply and run.preview.already_at is None and data_dir is not None:
        facts.keep_files(data_dir)
    run.removed_files = facts.removed_files
    return run


# -- the table, at a member's office ------------------------------------------------------------
class _TableIn:
    def __init__(self, facts: _Facts, content: TableContent) -> None:
        self.facts, self.content = facts, content

    def run(self, apply: bool) -> _Run:
        f, c, session = self.facts, self.content, self.facts.session
        m = f.manifest
        row = c.cluster
        council = f.unit(row, "bảng cluster")
        if council != f.scope:
            raise PackageRefused("bảng cluster: đơn vị tổ chức khác phạm vi của gói.")
        members = [(f.unit(r, f"bảng member, dòng {n}"), r) for n, r in enumerate(c.members, 1)]
        below = f.tree.subtree(council) - {council}
        if len({unit for unit, _r in members}) != len(members):
            raise PackageRefused("bảng member: một đơn vị có tên hai lần.")
        for unit, _r in members:
            if unit not in below:
                raise PackageRefused(
                    f"bảng member: {f.name(unit)} không phải đơn vị trực thuộc {f.name(council)}, "
                    "nơi tổ chức cụm, khối."
                )
        if f.office.id != council and council not in f.tree.ancestors(f.office.id):
            raise PackageRefused(
                f"{full_name(f.office)} không thuộc {f.name(council)}: chỉ nhận bảng chấm điểm "
                "của cụm, khối do cấp trên tổ chức."
            )
        local = session.scalar(select(EmulationCluster).where(EmulationCluster.uid == m.cluster))
        if local is not None and local.owner_code is None:
            raise PackageRefused(
                f"{local.name} do chính cơ quan này tổ chức: không nhận bảng chấm điểm của nó "
                "từ nơi khác."
            )
        if local is not None and local.owner_code != m.producer_code:
            raise PackageRefused(
                f"{local.name} đã nhận từ cơ quan mã {local.owner_code}, không phải "
                f"{m.producer_name}."
            )
        if local is not None and local.year != row["year"]:
            raise PackageRefused(
                f"{local.name} là cụm, khối năm {local.year}: gói không đổi được sang năm "
                f"{row['year']}."
            )
        mine = f.tree.subtree(f.office.id)
        # A table received before keeps coming (a member moved out sees it, read-only).
        if local is None and not any(unit in mine for unit, _r in members):
            raise PackageRefused(
                f"{row['name']} không có thành viên nào thuộc {full_name(f.office)}: gói này "
                "không dành cho cơ quan này."
            )
        clash = session.scalar(
            select(EmulationCluster).where(
                EmulationCluster.year == row["year"],
                EmulationCluster.code == row["code"],
                EmulationCluster.uid != m.cluster,
            )
        )
        if clash is not None:
            raise PackageRefused(
                f"năm {row['year']} ở đây đã có cụm, khối mã {row['code']} ({clash.name}): hãy "
                "đổi mã cụm, khối ở đây rồi nhận lại gói."
            )
        already = (
            f.previous(
                local.table_sequence,
                local.table_sha256,
                local.table_received_at,
                "gói bảng chấm điểm",
            )
            if local is not None
            else None
        )
        if already is None:
            ensure_year_open(session, row["year"])
            self._refuse_member_clashes(local, members)
        dropped = self._dropped(local)
        changes = [
            f"{'Cập nhật' if local is not None else 'Thêm'} {row['name']} năm {row['year']}: "
            f"{len(members)} thành viên, {len(c.criteria)} tiêu chí chấm điểm.",
        ]
        if c.published:
            changes.append(
                f"Kết quả đã công bố ngày {format_date(row['published_on'])}: điểm của các thành "
                f"viên ({len(c.scores)} dòng) thay điểm đang có ở đây; không sửa được nữa."
            )
        elif dropped:
            changes.append(
                f"{dropped} điểm tự chấm của tiêu chí không còn trong bảng chấm điểm, hoặc vượt "
                "điểm tối đa mới, sẽ bị bỏ (kèm tệp minh chứng): hãy chấm lại các tiêu chí đó."
            )
        preview = f.preview(
            cluster_code=row["code"],
            cluster_name=row["name"],
            units=tuple(f.name(unit) for unit, _r in members),
            criteria=len(c.criteria),
            scores=len(c.scores),
            published=c.published,
            papers=tuple(a["file_name"] for a in c.attachments),
            already_at=already,
            changes=() if already is not None else tuple(changes),
        )
        if not apply or already is not None:
            return _Run(preview, local.id if local is not None else None)
        cluster = self._apply(local, council, members)
        return _Run(preview, cluster.id)

    def _refuse_member_clashes(
        self, local: EmulationCluster | None, members: list[tuple[int, dict[str, Any]]]
    ) -> None:
        session, row = self.facts.session, self.content.cluster
        for unit, _r in members:
            other = session.scalar(
                select(EmulationCluster)
                .join(ClusterMember, ClusterMember.cluster_id == EmulationCluster.id)
                .where(
                    ClusterMember.unit_id == unit,
                    ClusterMember.year == row["year"],
                    ClusterMember.kind == row["kind"],
                    EmulationCluster.uid != self.facts.manifest.cluster,
                )
            )
            # Moved by the same organiser from another of its clusters: that membership goes.
            if other is not None and other.owner_code != self.facts.manifest.producer_code:
                raise PackageRefused(
                    f"{self.facts.name(unit)} đã là thành viên của {other.name} năm {row['year']} "
                    "ở đây: một đơn vị ở một cụm (khối) mỗi năm."
                )

    def _leave_other_clusters(self, cluster: EmulationCluster, units: set[int]) -> None:
        """Members the same organiser moved here from another of its clusters of the year and
        kind leave that one (with their lines there and their evidence)."""
        f, session = self.facts, self.facts.session
        moved = session.scalars(
            select(ClusterMember)
            .join(EmulationCluster, EmulationCluster.id == ClusterMember.cluster_id)
            .where(
                ClusterMember.unit_id.in_(list(units)),
                ClusterMember.year == cluster.year,
                ClusterMember.kind == cluster.kind,
                ClusterMember.cluster_id != cluster.id,
                EmulationCluster.owner_code == f.manifest.producer_code,
            )
        ).all()
        for member in moved:
            lines = session.scalars(
                select(ClusterScore).where(
                    ClusterScore.cluster_id == member.cluster_id,
                    ClusterScore.unit_id == member.unit_id,
                )
            ).all()
            f.remove_papers(SCORE_OWNER, {line.uid for line in lines}, set())
            for line in lines:
                session.delete(line)
            session.delete(member)
        session.flush()

    def _dropped(self, local: EmulationCluster | None) -> int:
        """Self-scores held here for criteria the new table no longer scores directly."""
        if local is None or self.content.published:
            return 0
        from thidua_desktop.domain.clusters import leaves

        scored = {c.code: c for c in leaves(self.content.criteria)}
        return sum(
            1
            for s in self.facts.session.scalars(
                select(ClusterScore).where(ClusterScore.cluster_id == local.id)
            )
            if _gone(s, scored)
        )

    def _apply(
        self,
        local: EmulationCluster | None,
        council: int,
        members: list[tuple[int, dict[str, Any]]],
    ) -> EmulationCluster:
        f, c, session = self.facts, self.content, self.facts.session
        m, row, now = f.manifest, c.cluster, utc_now()
        values = {
            "year": row["year"],
            "code": row["code"],
            "name": row["name"],
            "kind": row["kind"],
            "council_unit_id": council,
            "agreement_number": row["agreement_number"],
            "agreement_date": row["agreement_date"],
            "signatories": row["signatories"],
            "self_score_due": row["self_score_due"],
            "review_due": row["review_due"],
            "published_on": row["published_on"],
            "tie_break": json.dumps(list(c.tie_break), ensure_ascii=False),
            "note": row["note"],
        }
        if local is None:
            local = EmulationCluster(uid=m.cluster, created_at=now, **values)
            session.add(local)
        else:
            for key, value in values.items():
                setattr(local, key, value)
        local.owner_code = m.producer_code
        local.table_sequence, local.table_sha256 = m.sequence, f.package.manifest_sha256
        local.table_received_at = local.updated_at = now
        session.flush()
        kept = {
            member.unit_id: member
            for member in session.scalars(
                select(ClusterMember).where(ClusterMember.cluster_id == local.id)
            )
        }
        wanted = {unit for unit, _r in members}
        self._leave_other_clusters(local, wanted)
        for unit_id, member in kept.items():
            if unit_id not in wanted:
                session.delete(member)
        session.flush()
        for unit, r in members:
            found = kept.get(unit)
            if found is None:
                session.add(
                    ClusterMember(
                        cluster_id=local.id,
                        unit_id=unit,
                        year=row["year"],
                        kind=row["kind"],
                        role=r["role"],
                    )
                )
            else:
                found.role, found.kind = r["role"], row["kind"]
        session.execute(delete(ScoringCriterion).where(ScoringCriterion.cluster_id == local.id))
        for criterion in c.criteria:
            session.add(
                ScoringCriterion(
                    cluster_id=local.id,
                    code=criterion.code,
                    parent_code=criterion.parent,
                    position=c.positions[criterion.code],
                    title=criterion.title,
                    max_points=criterion.max_points,
                    kind=criterion.kind.value,
                    evidence=criterion.evidence or None,
                    source=criterion.source.value if criterion.source else None,
                )
            )
        self._scores(local, wanted)
        f.remove_papers(CLUSTER_OWNER, {local.uid}, {a["uid"] for a in c.attachments})
        session.flush()
        f.add_papers(c.attachments)
        audit.record(
            session,
            action="cluster_table_receive",
            entity=ENTITY,
            key=str(local.id),
            new={
                "producer": m.producer_code,
                "sequence": m.sequence,
                "members": len(members),
                "criteria": len(c.criteria),
                "published": c.published,
                "scores": len(c.scores),
                "file": f.package.path.name,
            },
            unit_id=f.office.id,
        )
        session.flush()
        return local

    def _scores(self, cluster: EmulationCluster, members: set[int]) -> None:
        """Published: every member's points as the organiser published them (a local line of
        the same member and criterion gives way, its evidence moving to the published line).
        Otherwise: the lines of criteria no longer scored directly, and of former members, go."""
        from thidua_desktop.domain.clusters import leaves

        f, c, session = self.facts, self.content, self.facts.session
        local = session.scalars(
            select(ClusterScore).where(ClusterScore.cluster_id == cluster.id)
        ).all()
        if not c.published:
            scored = {x.code: x for x in leaves(c.criteria)}
            gone = [s for s in local if _gone(s, scored) or s.unit_id not in members]
            f.remove_papers(SCORE_OWNER, {s.uid for s in gone}, set())
            for score in gone:
                session.delete(score)
            return
        incoming = {}
        for n, r in enumerate(c.scores, 1):
            incoming[(f.unit(r, f"bảng score, dòng {n}"), r["criterion_code"])] = r
        by_uid = {s.uid: s for s in local}
        taken = session.scalars(
            select(ClusterScore).where(
                ClusterScore.uid.in_([r["uid"] for r in c.scores]),
                ClusterScore.cluster_id != cluster.id,
            )
        ).first()
        if taken is not None:
            raise PackageRefused("bảng score: mã định danh đã dùng cho điểm khác ở đây.")
        operator = f.manifest.producer_name[:120]
        for score in local:
            published = incoming.get((score.unit_id, score.criterion_code))
            if published is None:
                f.remove_papers(SCORE_OWNER, {score.uid}, set())
                session.delete(score)
            elif published["uid"] != score.uid:
                if published["uid"] in by_uid:
                    raise PackageRefused("bảng score: một mã định danh cho hai dòng điểm.")
                for paper in session.scalars(
                    select(Attachment).where(
                        Attachment.owner_kind == SCORE_OWNER, Attachment.owner_uid == score.uid
                    )
                ):
                    paper.owner_uid = published["uid"]
                score.uid = published["uid"]
        session.flush()
        current = {
            (s.unit_id, s.criterion_code): s
            for s in session.scalars(
                select(ClusterScore).where(ClusterScore.cluster_id == cluster.id)
            )
        }
        for key, r in incoming.items():
            line = current.get(key)
            if line is None:
                line = ClusterScore(
                    uid=r["uid"],
                    cluster_id=cluster.id,
                    unit_id=key[0],
                    criterion_code=key[1],
                    entered_by=operator,
                )
                session.add(line)
            line.self_points, line.self_note = r["self_points"], r["self_note"]
            line.review_points, line.review_reason = r["review_points"], r["review_reason"]


def _gone(score: ClusterScore, scored: dict[str, Any]) -> bool:
    """A local line the new table no longer takes: its criterion is not scored directly, or
    its points exceed the new maximum."""
    from thidua_desktop.domain.clusters import check_points
    from thidua_desktop.domain.errors import InvalidInput

    criterion = scored.get(score.criterion_code)
    if criterion is None:
        return True
    for points in (score.self_points, score.review_points):
        if points is not None:
            try:
                check_points(criterion, points)
            except InvalidInput:
                return True
    return False


# -- self-scores, at the organiser --------------------------------------------------------------
class _ScoresIn:
    def __init__(self, facts: _Facts) -> None:
        self.facts = facts

    def run(self, apply: bool) -> _Run:
        f, session = self.facts, self.facts.session
        m = f.manifest
        if m.receiver_code != f.office.code or (
            m.receiver_version is not None
            and m.receiver_version != (f.office.valid_from, f.office.valid_to)
        ):
            raise PackageRefused(
                f"gói gửi cho {m.receiver_name} (mã {m.receiver_code}), không phải cơ quan này "
                f"({full_name(f.office)}, mã {f.office.code})."
            )
        cluster = session.scalar(select(EmulationCluster).where(EmulationCluster.uid == m.cluster))
        if cluster is None:
            raise PackageRefused(
                "cụm, khối của gói không có ở đây (gói điểm tự chấm chỉ gửi cho cơ quan tổ chức "
                "cụm, khối)."
            )
        council = session.get(AdminUnit, cluster.council_unit_id)
        assert council is not None
        if cluster.owner_code is not None or f.office.id not in {
            council.id,
            *f.tree.ancestors(council.id),
        }:
            raise PackageRefused(f"{cluster.name} không do cơ quan này tổ chức.")
        if cluster.year != m.period:
            raise PackageRefused(f"năm của gói khác năm {cluster.year} của {cluster.name}.")
        # The members the package speaks for: those of the sender it names in `coverage`.
        sender = f.tree.subtree(f.producer)
        in_sender = {
            f.tree.code[member.unit_id]: member
            for member in session.scalars(
                select(ClusterMember).where(ClusterMember.cluster_id == cluster.id)
            )
            if member.unit_id in sender
        }
        covered = m.coverage.get("score", ())
        strangers = sorted(set(covered) - set(in_sender))
        if strangers:
            raise PackageRefused(
                f"đơn vị mã {', '.join(strangers)} không phải thành viên của {cluster.name} "
                f"thuộc {m.producer_name}."
            )
        members = {in_sender[code].unit_id: in_sender[code] for code in covered}
        if not members:
            raise PackageRefused(f"{m.producer_name} không có đơn vị nào trong {cluster.name}.")
        criteria = criteria_of(session, cluster)
        scores, papers = read_scores(f.package, criteria)
        rows = []
        seen: set[tuple[int, str]] = set()
        for n, r in enumerate(scores, 1):
            unit = f.unit(r, f"bảng score, dòng {n}")
            if unit not in members:
                raise PackageRefused(
                    f"bảng score, dòng {n}: {f.name(unit)} không phải thành viên thuộc cơ quan gửi."
                )
            if (unit, r["criterion_code"]) in seen:
                raise PackageRefused(
                    f"bảng score, dòng {n}: một đơn vị có hai điểm cho cùng tiêu chí."
                )
            seen.add((unit, r["criterion_code"]))
            rows.append((unit, r))
        if not any(r["self_points"] is not None for _u, r in rows):
            raise PackageRefused(
                "gói không có điểm tự chấm nào: không thay điểm đang có ở đây bằng một bảng trống."
            )
        last = max(
            (mem for mem in members.values() if mem.scores_sequence is not None),
            key=lambda mem: mem.scores_sequence or 0,
            default=None,
        )
        already = (
            f.previous(
                last.scores_sequence, last.scores_sha256, last.scores_received_at, "gói điểm"
            )
            if last is not None
            else None
        )
        if already is None:
            self._refuse(cluster, members)
        names = tuple(f.name(u) for u in members)
        given = sum(1 for _u, r in rows if r["self_points"] is not None)
        changes = (
            ()
            if already is not None
            else (
                f"Điểm tự chấm của {', '.join(names)} ({given} tiêu chí, {len(papers)} tệp minh "
                "chứng) thay điểm tự chấm đang có ở đây.",
            )
        )
        preview = f.preview(
            cluster_code=cluster.code,
            cluster_name=cluster.name,
            units=names,
            criteria=len({r["criterion_code"] for _u, r in rows}),
            scores=given,
            published=False,
            papers=tuple(p["file_name"] for p in papers),
            already_at=already,
            changes=changes,
        )
        if apply and already is None:
            self._apply(cluster, members, rows, papers)
        return _Run(preview, cluster.id)

    def _refuse(self, cluster: EmulationCluster, members: dict[int, ClusterMember]) -> None:
        f, session = self.facts, self.facts.session
        m = f.manifest
        if cluster.published_on is not None:
            raise PackageRefused(
                f"kết quả chấm điểm của {cluster.name} đã công bố ngày "
                f"{format_date(cluster.published_on)}: không nhận điểm tự chấm nữa."
            )
        ensure_year_open(session, cluster.year)
        made = m.created_at.date()
        if cluster.self_score_due is not None and made > cluster.self_score_due:
            raise PackageRefused(
                f"gói điểm tự chấm lập ngày {format_date(made)}, sau hạn tự chấm điểm ngày "
                f"{format_date(cluster.self_score_due)} của {cluster.name}."
            )
        reviewed = session.scalar(
            select(ClusterScore.unit_id)
            .where(
                ClusterScore.cluster_id == cluster.id,
                ClusterScore.unit_id.in_(list(members)),
                ClusterScore.review_points.is_not(None),
            )
            .limit(1)
        )
        if reviewed is not None:
            raise PackageRefused(
                f"cụm, khối đã chấm chéo điểm của {f.name(reviewed)}: không nhận điểm tự chấm "
                "lại được."
            )

    def _apply(
        self,
        cluster: EmulationCluster,
        members: dict[int, ClusterMember],
        rows: list[tuple[int, dict[str, Any]]],
        papers: list[dict[str, Any]],
    ) -> None:
        f, session = self.facts, self.facts.session
        m, now = f.manifest, utc_now()
        incoming = {r["uid"] for _u, r in rows}
        taken = session.scalars(
            select(ClusterScore).where(ClusterScore.uid.in_(list(incoming)))
        ).all()
        for score in taken:
            if score.cluster_id != cluster.id or score.unit_id not in members:
                raise PackageRefused("bảng score: mã định danh đã dùng cho điểm khác ở đây.")
        local = session.scalars(
            select(ClusterScore).where(
                ClusterScore.cluster_id == cluster.id, ClusterScore.unit_id.in_(list(members))
            )
        ).all()
        f.remove_papers(SCORE_OWNER, {s.uid for s in local}, {p["uid"] for p in papers})
        for score in local:
            session.delete(score)
        session.flush()
        made = m.created_at.astimezone(dt.UTC)
        for unit, r in rows:
            session.add(
                ClusterScore(
                    uid=r["uid"],
                    cluster_id=cluster.id,
                    unit_id=unit,
                    criterion_code=r["criterion_code"],
                    self_points=r["self_points"],
                    self_note=r["self_note"],
                    self_at=made if r["self_points"] is not None else None,
                    entered_by=m.producer_name[:120],
                )
            )
        session.flush()
        f.add_papers(papers)
        for member in members.values():
            member.scores_sequence, member.scores_sha256 = m.sequence, f.package.manifest_sha256
            member.scores_received_at = now
        audit.record(
            session,
            action="cluster_scores_receive",
            entity=ENTITY,
            key=str(cluster.id),
            new={
                "producer": m.producer_code,
                "sequence": m.sequence,
                "units": sorted(f.tree.code[u] for u in members),
                "scores": sum(1 for _u, r in rows if r["self_points"] is not None),
                "papers": len(papers),
                "file": f.package.path.name,
            },
            unit_id=cluster.council_unit_id,
        )
        session.flush()
