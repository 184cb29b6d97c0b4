"""Whether a paper's owner (in a dossier, in a cụm, khối) may change: a separate module, so
removing any attachment (`files`) can ask without importing the modules that build on `files`."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.attachments import CLUSTER_OWNER, SCORE_OWNER, PaperOwner
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.store.models.awards import AwardDecision, AwardLine, AwardProposal
from thidua_desktop.store.models.clusters import ClusterScore, EmulationCluster


def writable_owner(session: Session, owner_kind: str, owner_uid: str) -> int | None:
    """Before a dossier paper is removed: its proposal's unit in scope and year open; the unit's
    id (None when the owner is gone, as after a deletion the paper's record outlived)."""
    from thidua_desktop.domain.attachments import CLUSTER_OWNER
    from thidua_desktop.services.awards.dossiers import ensure_own_paper
    from thidua_desktop.services.awards.edit import writable

    if owner_kind in (CLUSTER_OWNER, SCORE_OWNER):
        return writable_cluster_owner(session, owner_kind, owner_uid)
    proposal: AwardProposal | None
    if owner_kind == PaperOwner.PROPOSAL:
        proposal = session.scalar(select(AwardProposal).where(AwardProposal.uid == owner_uid))
    else:
        column = (
            AwardLine.proposal_id if owner_kind == PaperOwner.LINE else AwardDecision.proposal_id
        )
        table = AwardLine if owner_kind == PaperOwner.LINE else AwardDecision
        found = session.scalar(select(column).where(table.uid == owner_uid))
        proposal = session.get(AwardProposal, found) if found is not None else None
    if proposal is None:
        return None
    unit = writable(session, proposal)
    ensure_own_paper(session, proposal, decision=owner_kind == PaperOwner.DECISION)
    return unit.id


def writable_cluster_owner(session: Session, owner_kind: str, owner_uid: str) -> int | None:
    """Before a cluster paper is removed: the giao ước's organiser may change it; a member's
    evidence changes where and while the member scores itself. The unit's id for the audit
    (None when the owner is gone)."""
    import datetime as dt

    from thidua_desktop.services.clusters.clusters import writable
    from thidua_desktop.services.clusters.scores import self_refusal
    from thidua_desktop.store.models.core import AdminUnit

    if owner_kind == CLUSTER_OWNER:
        cluster = session.scalar(select(EmulationCluster).where(EmulationCluster.uid == owner_uid))
        return None if cluster is None else writable(session, cluster).id
    score = session.scalar(select(ClusterScore).where(ClusterScore.uid == owner_uid))
    if score is None:
        return None
    cluster = session.get(EmulationCluster, score.cluster_id)
    assert cluster is not None
    unit = session.get(AdminUnit, score.unit_id)
    assert unit is not None
    refusal = self_refusal(session, cluster, unit, dt.date.today())
    if refusal:
        raise InvalidInput(refusal)
    return unit.id
