"""Copies of what an import kept: the package as received and the receipt to send back.

On one PC the package is the read-only file in inbox/; in server mode any staff member's PC
takes it from the database (exchange_package), where the import that applied it kept it. A
receipt is rebuilt from the import record, the same as the one written when it was applied.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy.orm import Session

from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.messages import msg
from thidua_desktop.exchange.receipts import ReceiptFacts, receipt, receiver_of, write_atomic
from thidua_desktop.exchange.status import totals_of
from thidua_desktop.paths import DataDir
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.exchange import ExchangeImport, ExchangePackage


def save_package_copy(db: Database, data_dir: DataDir, import_id: int, out: Path) -> Path:
    """Write the package of import `import_id`, byte for byte as it was received, to `out`."""
    with db.reading() as session:
        entry = _entry(session, import_id)
        content = _from_inbox(data_dir.inbox / entry.inbox_name, entry.file_sha256)
        if content is None:
            kept = session.get(ExchangePackage, import_id)
            if kept is not None and _sha256(kept.content) == entry.file_sha256:
                content = kept.content
        name, by = entry.inbox_name, entry.imported_by
    if content is None:
        raise UserError(
            msg(
                "Không còn bản lưu của gói {name} trên máy này (gói do {who} nhập trên máy khác, "
                "hoặc thư mục inbox đã bị xóa): hãy lấy lại tệp gói từ nơi gửi.",
                name=name,
                who=by,
            )
        )
    write_atomic(out, content)
    return out


def save_receipt_copy(db: Database, import_id: int, out: Path) -> Path:
    """Write the receipt of import `import_id` (what arrived, what it changed) to `out`."""
    with db.reading() as session:
        entry = _entry(session, import_id)
        receiver = receiver_of(session)
        facts = ReceiptFacts(
            kind=entry.kind,
            producer_code=entry.producer_code,
            producer_name=entry.producer_name,
            installation_id=entry.producer_installation,
            scope=entry.scope_code,
            period=entry.period,
            sequence=entry.sequence,
            created_at=entry.created_at,
            manifest_sha256=entry.manifest_sha256,
            file_sha256=entry.file_sha256,
            rows=entry.rows,
            imported_at=entry.imported_at,
            inbox_name=entry.inbox_name,
            signature=entry.signature,
            totals=totals_of(entry.summary),
        )
    _name, content = receipt(facts, receiver)
    write_atomic(out, content)
    return out


def _entry(session: Session, import_id: int) -> ExchangeImport:
    entry = session.get(ExchangeImport, import_id)
    if entry is None:
        raise UserError(msg("Không còn lần nhập gói này (có thể dữ liệu đã được khôi phục)."))
    return entry


def _from_inbox(path: Path, sha256: str) -> bytes | None:
    try:
        content = path.read_bytes()
    except OSError:
        return None
    return content if _sha256(content) == sha256 else None


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()
