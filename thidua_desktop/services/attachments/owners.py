"""Whether a dossier paper's owner may change: a separate module, so removing any attachment
(`files`) can ask without importing the dossier module that builds on `files`."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.attachments import PaperOwner
from thidua_desktop.store.models.awards import AwardDecision, AwardLine, AwardProposal


def writable_owner(session: Session, owner_kind: str, owner_uid: str) -> int | None:
    """Before a dossier paper is removed: its proposal's unit in scope and year open; the unit's
    id (None when the owner is gone, as after a deletion the paper's record outlived)."""
    from thidua_desktop.services.awards.dossiers import ensure_own_paper
    from thidua_desktop.services.awards.edit import writable

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
