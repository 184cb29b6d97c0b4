"""Send a cụm, khối thi đua's table down to the members' offices, or a member office's
self-scores up to the organiser: what leaves is shown first (`preview_*`), then written as a
signed package (`send_*`), numbered, recorded and audited in one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.orm import Session

from thidua_desktop.domain.attachments import AttachmentKind
from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.text import slug
from thidua_desktop.exchange.clusters.contents import score_rows, table_rows
from thidua_desktop.exchange.manifest import (
    CLUSTER_SCORES,
    CLUSTER_TABLE,
    KIND_LABELS,
    SUFFIX,
    Manifest,
)
from thidua_desktop.exchange.outgoing import (
    Gathered,
    checked_out,
    office_manifest,
    record_export,
    write_recorded,
)
from thidua_desktop.paths import DataDir
from thidua_desktop.services.clusters.clusters import (
    cluster_by_id,
    members_of,
    organiser_name,
)
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.scope import full_name, is_within, office_unit, unit_by_code
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.clusters import EmulationCluster
from thidua_desktop.store.models.core import AdminUnit

ENTITY = "emulation_cluster"


@dataclass(frozen=True)
class PaperSent:
    file_name: str
    kind: AttachmentKind
    size: int
    criterion: str  # the criterion an evidence file is for ("" for the cluster's own papers)


@dataclass(frozen=True)
class SendPreview:
    cluster_id: int
    kind: str  # CLUSTER_TABLE or CLUSTER_SCORES
    kind_label: str
    cluster_name: str
    cluster_code: str
    year: int
    receiver_name: str  # the organiser (self-scores), or "the members' offices" (table)
    units: tuple[str, ...]  # table: every member; scores: the members whose points go up
    criteria: int
    scores: int  # score lines carried
    published: bool
    papers: tuple[PaperSent, ...]
    default_name: str


@dataclass(frozen=True)
class SendReport:
    preview: SendPreview
    path: Path
    sequence: int
    size_bytes: int


# -- the table (down) ---------------------------------------------------------------------------
def preview_table(db: Database, cluster_id: int) -> SendPreview:
    with db.reading() as session:
        cluster = _organised_here(session, cluster_id)
        return _table_preview(session, cluster, table_rows(session, cluster))


def send_table(db: Database, data_dir: DataDir, cluster_id: int, *, out: Path) -> SendReport:
    """The cluster with its giao ước, members and scoring table (and, once published, every
    member's points) for the members' offices; one file serves them all."""
    out = checked_out(out, "bang-cham-diem")

    def build(session: Session) -> tuple[SendPreview, Manifest, Gathered]:
        cluster = _organised_here(session, cluster_id)
        gathered = table_rows(session, cluster)
        council = session.get(AdminUnit, cluster.council_unit_id)
        assert council is not None
        manifest = office_manifest(
            session, CLUSTER_TABLE, period=cluster.year, scope=council, cluster=cluster.uid
        )
        return _table_preview(session, cluster, gathered), manifest, gathered

    def record(session: Session, preview: SendPreview, final: Manifest, sha: str) -> None:
        record_export(session, final, out, sha)
        cluster = cluster_by_id(session, cluster_id)
        cluster.table_sent_at = utc_now()
        audit.record(
            session,
            action="cluster_table_send",
            entity=ENTITY,
            key=str(cluster.id),
            new={
                "sequence": final.sequence,
                "members": len(preview.units),
                "criteria": preview.criteria,
                "published": preview.published,
                "scores": preview.scores,
                "papers": len(preview.papers),
                "file": out.name,
            },
            unit_id=cluster.council_unit_id,
        )

    preview, final = write_recorded(db, data_dir, out, build, record)
    return SendReport(preview, out, final.sequence, out.stat().st_size)


def _organised_here(session: Session, cluster_id: int) -> EmulationCluster:
    cluster = cluster_by_id(session, cluster_id)
    council = session.get(AdminUnit, cluster.council_unit_id)
    assert council is not None
    if cluster.owner_code is not None or not is_within(session, council, office_unit(session).id):
        raise InvalidInput(
            msg(
                "{name} do {organiser} tổ chức: chỉ cơ quan đó gửi bảng chấm điểm xuống các "
                "thành viên.",
                name=cluster.name,
                organiser=organiser_name(session, cluster) or full_name(council),
            )
        )
    if not members_of(session, cluster):
        raise InvalidInput(msg("{name} chưa có thành viên nào.", name=cluster.name))
    from thidua_desktop.services.clusters.clusters import criteria_of

    if not criteria_of(session, cluster):
        raise InvalidInput(msg("{name} chưa có bảng chấm điểm.", name=cluster.name))
    return cluster


def _table_preview(session: Session, cluster: EmulationCluster, gathered: Gathered) -> SendPreview:
    return SendPreview(
        cluster_id=cluster.id,
        kind=CLUSTER_TABLE,
        kind_label=KIND_LABELS[CLUSTER_TABLE],
        cluster_name=cluster.name,
        cluster_code=cluster.code,
        year=cluster.year,
        receiver_name=str(msg("các cơ quan có đơn vị thành viên")),
        units=tuple(full_name(unit) for _member, unit in members_of(session, cluster)),
        criteria=len(gathered.rows["criterion"]),
        scores=len(gathered.rows["score"]),
        published=cluster.published_on is not None,
        papers=tuple(
            PaperSent(a.file_name, AttachmentKind(a.kind), a.size, "") for a in gathered.attachments
        ),
        default_name=f"bang-cham-diem-{_slug(cluster.code)}-{cluster.year}{SUFFIX}",
    )


# -- self-scores (up) ---------------------------------------------------------------------------
def preview_scores(db: Database, cluster_id: int) -> SendPreview:
    with db.reading() as session:
        cluster, units, receiver = _score_parts(session, cluster_id)
        return _score_preview(
            session, cluster, units, receiver, score_rows(session, cluster, units)
        )


def send_scores(db: Database, data_dir: DataDir, cluster_id: int, *, out: Path) -> SendReport:
    """This office's members' self-scores and evidence, for the office that organises the
    cluster (it replaces what an earlier package of this office gave it)."""
    out = checked_out(out, "diem-tu-cham")

    def build(session: Session) -> tuple[SendPreview, Manifest, Gathered]:
        cluster, units, receiver = _score_parts(session, cluster_id)
        gathered = score_rows(session, cluster, units)
        preview = _score_preview(session, cluster, units, receiver, gathered)
        manifest = office_manifest(
            session,
            CLUSTER_SCORES,
            period=cluster.year,
            scope=office_unit(session),
            receiver=receiver,
            cluster=cluster.uid,
        )
        manifest = replace(manifest, coverage={"score": tuple(sorted(u.code for u in units))})
        return preview, manifest, gathered

    def record(session: Session, preview: SendPreview, final: Manifest, sha: str) -> None:
        record_export(session, final, out, sha)
        cluster, units, _receiver = _score_parts(session, cluster_id)
        now = utc_now()
        ids = {u.id for u in units}
        for member, _unit in members_of(session, cluster):
            if member.unit_id in ids:
                member.scores_sent_at = now
        audit.record(
            session,
            action="cluster_scores_send",
            entity=ENTITY,
            key=str(cluster.id),
            new={
                "receiver": final.receiver_code,
                "sequence": final.sequence,
                "units": sorted(u.code for u in units),
                "scores": preview.scores,
                "papers": len(preview.papers),
                "file": out.name,
            },
            unit_id=office_unit(session).id,
        )

    preview, final = write_recorded(db, data_dir, out, build, record)
    return SendReport(preview, out, final.sequence, out.stat().st_size)


def _score_parts(
    session: Session, cluster_id: int
) -> tuple[EmulationCluster, list[AdminUnit], AdminUnit]:
    cluster = cluster_by_id(session, cluster_id)
    if cluster.owner_code is None:
        raise InvalidInput(
            msg(
                "{name} do chính cơ quan này tổ chức: điểm tự chấm của các thành viên đã ở "
                "đây, không cần gửi đi.",
                name=cluster.name,
            )
        )
    if cluster.published_on is not None:
        raise InvalidInput(
            msg(
                "Kết quả chấm điểm của {name} đã công bố ngày {day}: không gửi điểm tự chấm "
                "được nữa.",
                name=cluster.name,
                day=format_date(cluster.published_on),
            )
        )
    today = dt.date.today()
    if cluster.self_score_due is not None and today > cluster.self_score_due:
        raise InvalidInput(
            msg(
                "Đã quá hạn tự chấm điểm ngày {due} của {name}: điểm tự chấm không gửi được "
                "nữa. Nếu Hội đồng gia hạn, cơ quan tổ chức gửi lại bảng chấm điểm với hạn mới.",
                due=format_date(cluster.self_score_due),
                name=cluster.name,
            )
        )
    office = office_unit(session)
    units = [
        unit for _m, unit in members_of(session, cluster) if is_within(session, unit, office.id)
    ]
    if not units:
        raise InvalidInput(
            msg(
                "{office} không có đơn vị nào trong {name}.",
                office=full_name(office),
                name=cluster.name,
            )
        )
    from thidua_desktop.services.clusters.scores import self_totals_given

    if not self_totals_given(session, cluster, units):
        raise InvalidInput(
            msg(
                "Chưa có điểm tự chấm nào của {name} để gửi: hãy chấm điểm trước.",
                name=cluster.name,
            )
        )
    receiver = unit_by_code(session, cluster.owner_code, year=cluster.year)
    return cluster, units, receiver


def _score_preview(
    session: Session,
    cluster: EmulationCluster,
    units: list[AdminUnit],
    receiver: AdminUnit,
    gathered: Gathered,
) -> SendPreview:
    rows = gathered.rows["score"]
    criterion_of = {row["uid"]: row["criterion_code"] for row in rows}
    return SendPreview(
        cluster_id=cluster.id,
        kind=CLUSTER_SCORES,
        kind_label=KIND_LABELS[CLUSTER_SCORES],
        cluster_name=cluster.name,
        cluster_code=cluster.code,
        year=cluster.year,
        receiver_name=full_name(receiver),
        units=tuple(full_name(u) for u in units),
        criteria=len({row["criterion_code"] for row in rows}),
        scores=sum(1 for row in rows if row["self_points"] is not None),
        published=False,
        papers=tuple(
            PaperSent(a.file_name, AttachmentKind(a.kind), a.size, criterion_of[a.owner_uid])
            for a in gathered.attachments
        ),
        default_name=(
            f"diem-tu-cham-{_slug(cluster.code)}-{office_unit(session).code}-{cluster.year}{SUFFIX}"
        ),
    )


def _slug(code: str) -> str:
    return slug(code, "cum")
