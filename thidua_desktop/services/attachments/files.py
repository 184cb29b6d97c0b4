"""Attach a file to a record, list, open (a copy), save a copy, remove; one call per action.

The bytes live in `DataDir.attachments`, named by their SHA-256 (two folders of the first
characters, then the hash): the same scan attached twice is kept once, a file is never
overwritten, and its hash is checked each time it is read back. The record of an attachment is
written in the same transaction as its audit entry, after the bytes are safely on disk; a file
no record names any more is removed afterwards (`prune`).

A campaign's launching document is one owner; a khen thưởng dossier's papers (its proposal, a
line, a decision) are the others, attached through `dossiers`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.attachments import (
    HEADER_BYTES,
    MAX_SIZE,
    AttachmentKind,
    attachment_name,
    check_attachment,
)
from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.text import clean
from thidua_desktop.os_errors import os_error_text
from thidua_desktop.paths import DataDir
from thidua_desktop.services.attachments.rows import AttachmentRow
from thidua_desktop.services.core import audit
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.attachments import Attachment
from thidua_desktop.store.models.core import Campaign

__all__ = [
    "AttachmentRow",
    "attach_to_campaign",
    "campaign_attachments",
    "copy_attachment",
    "open_copy",
    "prune",
    "remove_attachment",
]

CAMPAIGN = "campaign"
_CHUNK = 1024 * 1024
MAX_NOTE = 500


def _row(record: Attachment, owner_label: str = "") -> AttachmentRow:
    return AttachmentRow(
        uid=record.uid,
        kind=AttachmentKind(record.kind),
        file_name=record.file_name,
        size=record.size,
        sha256=record.sha256,
        added_at=record.added_at,
        added_by=record.added_by,
        note=record.note or "",
        owner_label=owner_label,
    )


def stored_path(data_dir: DataDir, sha256: str) -> Path:
    return data_dir.attachments / sha256[:2] / sha256


# -- campaigns ----------------------------------------------------------------------------------
def campaign_attachments(db: Database, campaign_code: str) -> list[AttachmentRow]:
    """The campaign's attached papers, the launching document first, then by date added."""
    from thidua_desktop.services.campaigns.definitions import campaign_by_code

    with db.reading() as session:
        campaign = campaign_by_code(session, campaign_code)
        return _owned(session, CAMPAIGN, campaign.uid)


def attach_to_campaign(
    db: Database,
    data_dir: DataDir,
    *,
    campaign_code: str,
    path: str | os.PathLike[str],
    kind: AttachmentKind = AttachmentKind.LAUNCH,
    note: str = "",
) -> AttachmentRow:
    """Keep a copy of the file at `path` and attach it to the campaign (one audited step)."""
    from thidua_desktop.services.campaigns.definitions import _ensure_editable, campaign_by_code

    name, sha256, size = _store(data_dir, Path(path))
    try:
        with db.transaction() as session:
            campaign = campaign_by_code(session, campaign_code)
            _ensure_editable(campaign)
            row = _add(
                session, CAMPAIGN, campaign.uid, campaign.code, name, sha256, size, kind, note
            )
    finally:
        prune(db, data_dir, only=sha256)  # the stored bytes stay only if the record was kept
    return row


# -- any owner ----------------------------------------------------------------------------------
def open_copy(db: Database, data_dir: DataDir, uid: str) -> Path:
    """A copy of the attachment under its own name in a temporary folder, for the system's
    viewer (which then cannot change the kept file); the kept bytes are checked first."""
    record = _record(db, uid)
    folder = Path(tempfile.gettempdir()) / "thidua-dinh-kem" / record.uid
    return _copy_out(data_dir, record, folder / record.file_name)


def copy_attachment(
    db: Database, data_dir: DataDir, uid: str, destination: str | os.PathLike[str]
) -> Path:
    """Save a copy of the attachment as `destination` (Lưu bản sao…)."""
    return _copy_out(data_dir, _record(db, uid), Path(destination))


def remove_attachment(db: Database, data_dir: DataDir, uid: str) -> None:
    """Remove one attachment (audited); its bytes go when nothing else names them."""
    from thidua_desktop.services.campaigns.definitions import _ensure_editable

    with db.transaction() as session:
        record = session.scalar(select(Attachment).where(Attachment.uid == uid))
        if record is None:
            raise InvalidInput(msg("Không còn tệp đính kèm này (có thể đã được gỡ)."))
        unit_id = None
        if record.owner_kind == CAMPAIGN:
            campaign = session.scalar(select(Campaign).where(Campaign.uid == record.owner_uid))
            if campaign is not None:
                _ensure_editable(campaign)
        else:
            from thidua_desktop.services.attachments.owners import writable_owner

            unit_id = writable_owner(session, record.owner_kind, record.owner_uid)
        audit.record(
            session,
            action="delete",
            entity="attachment",
            key=f"{record.owner_kind}:{record.owner_uid}:{record.file_name}",
            old=_audit_values(record),
            unit_id=unit_id,
        )
        session.delete(record)
        sha256 = record.sha256
    prune(db, data_dir, only=sha256)


def prune(db: Database, data_dir: DataDir, *, only: str | None = None) -> int:
    """Remove kept files no attachment names (all, or the one hash `only`); how many went."""
    folder = data_dir.attachments
    if not folder.is_dir():
        return 0
    with db.reading() as session:
        wanted = select(Attachment.sha256).distinct()
        if only is not None:  # after one attach or removal: one hash, not the whole table
            wanted = wanted.where(Attachment.sha256 == only)
        named = set(session.scalars(wanted))
    removed = 0
    candidates = [stored_path(data_dir, only)] if only else _kept_files(folder)
    for path in candidates:
        if path.is_file() and path.name not in named:
            try:
                path.unlink()
                removed += 1
            except OSError:
                pass  # a viewer holding it on Windows: removed at a later prune
    return removed


def check_kept(db: Database, data_dir: DataDir) -> tuple[int, tuple[str, ...]]:
    """Every attachment's kept bytes read back and hashed: (how many, what is wrong with each)."""
    with db.reading() as session:
        records = [
            (r.file_name, r.sha256, r.owner_kind)
            for r in session.scalars(select(Attachment).order_by(Attachment.id))
        ]
    found: list[str] = []
    for name, sha256, _owner in records:
        path = stored_path(data_dir, sha256)
        try:
            if _sha256_of(path) != sha256:
                found.append(msg('"{name}": đã bị thay đổi', name=name))
        except FileNotFoundError:
            found.append(msg('"{name}": thiếu tệp', name=name))
        except OSError as exc:
            found.append(msg('"{name}": {reason}', name=name, reason=os_error_text(exc)))
    return len(records), tuple(found)


# -- internals ----------------------------------------------------------------------------------
def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while chunk := source.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _kept_files(folder: Path) -> Iterator[Path]:
    for sub in folder.iterdir():
        if sub.is_dir() and len(sub.name) == 2:
            yield from (p for p in sub.iterdir() if len(p.name) == 64)


def _owned(session: Session, owner_kind: str, owner_uid: str) -> list[AttachmentRow]:
    records = session.scalars(
        select(Attachment)
        .where(Attachment.owner_kind == owner_kind, Attachment.owner_uid == owner_uid)
        .order_by(Attachment.added_at, Attachment.id)
    ).all()
    rows = [_row(r) for r in records]
    return sorted(rows, key=lambda r: r.kind is not AttachmentKind.LAUNCH)


def _record(db: Database, uid: str) -> Attachment:
    with db.reading() as session:
        record = session.scalar(select(Attachment).where(Attachment.uid == uid))
        if record is None:
            raise InvalidInput(msg("Không còn tệp đính kèm này (có thể đã được gỡ)."))
        session.expunge(record)
        return record


def _audit_values(record: Attachment) -> dict[str, object]:
    return {
        "file_name": record.file_name,
        "kind": record.kind,
        "size": record.size,
        "sha256": record.sha256,
    }


def _add(
    session: Session,
    owner_kind: str,
    owner_uid: str,
    owner_key: str,
    name: str,
    sha256: str,
    size: int,
    kind: AttachmentKind,
    note: str,
    *,
    unit_id: int | None = None,
) -> AttachmentRow:
    """The attachment's record and its audit entry (`owner_key` names the owner there)."""
    clash = session.scalar(
        select(Attachment).where(
            Attachment.owner_kind == owner_kind,
            Attachment.owner_uid == owner_uid,
            Attachment.sha256 == sha256,
        )
    )
    if clash is not None:
        raise InvalidInput(
            msg(
                'Tệp này đã được đính kèm (tên "{name}", ngày {day}).',
                name=clash.file_name,
                day=f"{clash.added_at:%d/%m/%Y}",
            )
        )
    text = clean(note)
    if len(text) > MAX_NOTE:
        raise InvalidInput(msg("Ghi chú dài quá {count} ký tự.", count=MAX_NOTE))
    record = Attachment(
        uid=str(uuid.uuid4()),
        owner_kind=owner_kind,
        owner_uid=owner_uid,
        kind=AttachmentKind(kind).value,
        file_name=name,
        size=size,
        sha256=sha256,
        note=text or None,
        added_at=utc_now(),
        added_by=audit.current_operator(session),
    )
    session.add(record)
    audit.record(
        session,
        action="create",
        entity="attachment",
        key=f"{owner_kind}:{owner_key}:{name}",
        new=_audit_values(record),
        unit_id=unit_id,
    )
    session.flush()
    return _row(record)


def _store(data_dir: DataDir, source: Path) -> tuple[str, str, int]:
    """Check the file and keep its bytes under their hash; (name, sha256, size)."""
    name = attachment_name(str(source))
    try:
        if not source.is_file():
            raise InvalidInput(msg('Không tìm thấy tệp "{path}".', path=str(source)))
        size = source.stat().st_size
        with source.open("rb") as handle:
            header = handle.read(HEADER_BYTES)
            check_attachment(name, size, header)
            handle.seek(0)
            return (name, *_keep(data_dir, handle, name))
    except OSError as exc:
        raise UserError(
            msg(
                'Không đọc được tệp "{name}": {reason}.',
                name=name,
                reason=os_error_text(exc),
            )
        ) from exc


def _keep(data_dir: DataDir, source: BinaryIO, name: str) -> tuple[str, int]:
    """Copy the stream into the store (hashing as it goes), then name it by its hash."""
    folder = data_dir.attachments
    try:
        folder.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".dang-chep-", delete=False) as out:
            partial = Path(out.name)
            try:
                while chunk := source.read(_CHUNK):
                    size += len(chunk)
                    if size > MAX_SIZE:  # the file grew while it was read
                        raise InvalidInput(msg('Tệp "{name}" đang bị thay đổi.', name=name))
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            except BaseException:
                out.close()
                partial.unlink(missing_ok=True)
                raise
        sha256 = digest.hexdigest()
        final = stored_path(data_dir, sha256)
        final.parent.mkdir(exist_ok=True)
        if final.is_file() and final.stat().st_size == size:
            partial.unlink(missing_ok=True)  # the same bytes are kept already
        else:
            os.replace(partial, final)
        return sha256, size
    except OSError as exc:
        raise UserError(
            msg(
                'Không lưu được tệp "{name}" vào thư mục dữ liệu: {reason}.',
                name=name,
                reason=os_error_text(exc),
            )
        ) from exc


def _copy_out(data_dir: DataDir, record: Attachment, destination: Path) -> Path:
    kept = stored_path(data_dir, record.sha256)
    try:
        if _sha256_of(kept) != record.sha256:
            raise UserError(
                msg(
                    'Tệp đính kèm "{name}" đã bị thay đổi trong thư mục dữ liệu (mã kiểm tra '
                    "không khớp): hãy gỡ và đính kèm lại bản gốc.",
                    name=record.file_name,
                )
            )
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial = destination.with_name(f".{destination.name}.dang-chep")
        try:
            shutil.copyfile(kept, partial)
            os.replace(partial, destination)
        finally:
            partial.unlink(missing_ok=True)
        return destination
    except FileNotFoundError as exc:
        raise UserError(
            msg(
                'Thiếu tệp đính kèm "{name}" trong thư mục dữ liệu (có thể bị xóa hoặc dữ liệu '
                "được khôi phục từ máy khác): hãy đính kèm lại.",
                name=record.file_name,
            )
        ) from exc
    except OSError as exc:
        raise UserError(
            msg(
                'Không chép được tệp đính kèm "{name}": {reason}.',
                name=record.file_name,
                reason=os_error_text(exc),
            )
        ) from exc
