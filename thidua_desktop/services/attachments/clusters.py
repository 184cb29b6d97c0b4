"""The papers of a cụm, khối thi đua: its signed giao ước (attached by the organiser) and each
member's evidence for its points on a criterion (attached where the member scores itself, by
the self-scoring deadline). Kept like every attachment (`files`): bytes under their SHA-256,
the record audited, the scope and the locks respected; evidence travels up with the self-scores.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import uuid
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.attachments import (
    AGREEMENT_KINDS,
    CLUSTER_OWNER,
    EVIDENCE_KINDS,
    SCORE_OWNER,
    AttachmentKind,
)
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.messages import msg
from thidua_desktop.paths import DataDir
from thidua_desktop.services.attachments.files import _add, _owned, _row, _store, prune
from thidua_desktop.services.attachments.rows import AttachmentRow
from thidua_desktop.services.core import audit
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.attachments import Attachment
from thidua_desktop.store.models.clusters import ClusterScore, EmulationCluster


def agreement_papers(db: Database, cluster_id: int) -> list[AttachmentRow]:
    """The cluster's own papers: the signed giao ước and whatever the organiser added."""
    from thidua_desktop.services.clusters.clusters import cluster_by_id

    with db.reading() as session:
        return _owned(session, CLUSTER_OWNER, cluster_by_id(session, cluster_id).uid)


def attach_agreement(
    db: Database,
    data_dir: DataDir,
    *,
    cluster_id: int,
    path: str | os.PathLike[str],
    kind: AttachmentKind = AttachmentKind.AGREEMENT,
    note: str = "",
) -> AttachmentRow:
    """Keep a copy of the file and attach it to the cluster (the organiser's, before
    publication; one audited step)."""
    from thidua_desktop.services.clusters.clusters import cluster_by_id, writable

    _check_kind(kind, AGREEMENT_KINDS, msg("giấy tờ của cụm, khối"))
    name, sha256, size = _store(data_dir, Path(path))
    try:
        with db.transaction() as session:
            cluster = cluster_by_id(session, cluster_id)
            council = writable(session, cluster)
            row = _add(
                session, CLUSTER_OWNER, cluster.uid, f"{cluster.year}:{cluster.code}", name,
                sha256, size, kind, note, unit_id=council.id,
            )  # fmt: skip
    finally:
        prune(db, data_dir, only=sha256)
    return row


def member_evidence(db: Database, cluster_id: int, unit_code: str) -> list[AttachmentRow]:
    """A member's evidence files, criterion by criterion in the table's order, each saying
    which criterion it is for."""
    from thidua_desktop.services.clusters.clusters import cluster_by_id, criteria_of
    from thidua_desktop.services.clusters.scores import member_unit

    with db.reading() as session:
        cluster = cluster_by_id(session, cluster_id)
        unit = member_unit(session, cluster, unit_code)
        order = {c.code: n for n, c in enumerate(criteria_of(session, cluster))}
        scores = {
            s.uid: s.criterion_code
            for s in session.scalars(
                select(ClusterScore).where(
                    ClusterScore.cluster_id == cluster.id, ClusterScore.unit_id == unit.id
                )
            )
        }
        records = session.scalars(
            select(Attachment)
            .where(Attachment.owner_kind == SCORE_OWNER, Attachment.owner_uid.in_(list(scores)))
            .order_by(Attachment.added_at, Attachment.id)
        ).all()
        ranked = sorted(records, key=lambda r: order.get(scores[r.owner_uid], len(order)))
        return [_row(r, str(msg("Tiêu chí {code}", code=scores[r.owner_uid]))) for r in ranked]


def attach_evidence(
    db: Database,
    data_dir: DataDir,
    *,
    cluster_id: int,
    unit_code: str,
    criterion_code: str,
    path: str | os.PathLike[str],
    kind: AttachmentKind = AttachmentKind.EVIDENCE,
    note: str = "",
    day: dt.date | None = None,
) -> AttachmentRow:
    """Keep a copy of the file as the member's evidence for one criterion of the table (a
    criterion it scores directly), where and while it may score itself."""
    from thidua_desktop.domain.clusters import leaves
    from thidua_desktop.services.clusters.clusters import cluster_by_id, criteria_of
    from thidua_desktop.services.clusters.scores import member_unit, self_refusal

    _check_kind(kind, EVIDENCE_KINDS, msg("minh chứng của điểm tự chấm"))
    name, sha256, size = _store(data_dir, Path(path))
    try:
        with db.transaction() as session:
            cluster = cluster_by_id(session, cluster_id)
            unit = member_unit(session, cluster, unit_code)
            refusal = self_refusal(session, cluster, unit, day or dt.date.today())
            if refusal:
                raise InvalidInput(refusal)
            if criterion_code not in {c.code for c in leaves(criteria_of(session, cluster))}:
                raise InvalidInput(
                    msg(
                        "Tiêu chí {code} không có trong bảng chấm điểm (hoặc có tiêu chí con: "
                        "đính minh chứng vào từng tiêu chí con).",
                        code=criterion_code,
                    )
                )
            score = _score(session, cluster, unit.id, criterion_code)
            row = _add(
                session, SCORE_OWNER, score.uid, f"{cluster.code}:{unit.code}:{criterion_code}",
                name, sha256, size, kind, note, unit_id=unit.id,
            )  # fmt: skip
    finally:
        prune(db, data_dir, only=sha256)
    return dataclasses.replace(row, owner_label=str(msg("Tiêu chí {code}", code=criterion_code)))


def _score(
    session: Session, cluster: EmulationCluster, unit_id: int, criterion_code: str
) -> ClusterScore:
    """The member's score line for the criterion (an empty one holds evidence typed first)."""
    score = session.scalar(
        select(ClusterScore).where(
            ClusterScore.cluster_id == cluster.id,
            ClusterScore.unit_id == unit_id,
            ClusterScore.criterion_code == criterion_code,
        )
    )
    if score is None:
        score = ClusterScore(
            uid=str(uuid.uuid4()),
            cluster_id=cluster.id,
            unit_id=unit_id,
            criterion_code=criterion_code,
            entered_by=audit.current_operator(session),
        )
        session.add(score)
        session.flush()
    return score


def _check_kind(kind: AttachmentKind, allowed: tuple[AttachmentKind, ...], what: str) -> None:
    if AttachmentKind(kind) not in allowed:
        raise InvalidInput(
            msg(
                "“{kind}” không phải {what}: chọn {choices}.",
                kind=AttachmentKind(kind).label,
                what=what,
                choices=", ".join(k.label for k in allowed),
            )
        )
