"""What an owner's deletion does to its attachments (no other service is imported here, so every
feature's deletion can call it)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.store.models.attachments import Attachment


def remove_owned(session: Session, owner_kind: str, owner_uid: str) -> int:
    """Inside the owner's deletion: its attachment records go with it (files are pruned later)."""
    records = session.scalars(
        select(Attachment).where(
            Attachment.owner_kind == owner_kind, Attachment.owner_uid == owner_uid
        )
    ).all()
    for record in records:
        session.delete(record)
    return len(records)
