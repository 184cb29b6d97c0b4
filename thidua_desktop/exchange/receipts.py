"""Keep an imported package read-only in inbox/, and write the receipt sent back to its producer.

In server mode the package's bytes are also kept with its import record in the database
(exchange_package), so that any staff member's PC can save a copy of the package or its receipt."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from thidua_desktop.exchange.plan import Plan
from thidua_desktop.exchange.reader import Package
from thidua_desktop.exchange.writer import PARTIAL_SUFFIX, PackageWriteError
from thidua_desktop.os_errors import os_error_text
from thidua_desktop.services.core.scope import full_name, office_unit
from thidua_desktop.store.models.core import Profile

RECEIPT_FORMAT = "thidua-receipt"


def inbox_name(package: Package) -> str:
    m = package.manifest
    return (
        f"{m.period}-{m.kind}-{m.producer_code}-so{m.sequence:04d}-{package.file_sha256[:8]}.tdkt"
    )


def keep_in_inbox(inbox: Path, package: Package) -> tuple[Path, bool]:
    """The verified bytes saved read-only under inbox/; returns (path, created now)."""
    path = inbox / inbox_name(package)
    if path.exists():
        return path, False
    write_atomic(path, package.raw)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    return path, True


def discard(path: Path) -> None:
    """Remove an inbox copy whose import was rolled back."""
    try:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
        path.unlink()
    except OSError:
        pass


def write_receipt(
    outbox: Path,
    package: Package,
    plan: Plan,
    *,
    receiver: dict[str, str],
    imported_at: dt.datetime,
    signature: str,
    inbox: str,
) -> Path:
    """A small JSON file the receiving office can send back: what arrived and what it changed."""
    m = package.manifest
    name, content = receipt(
        ReceiptFacts(
            kind=m.kind,
            producer_code=m.producer_code,
            producer_name=m.producer_name,
            installation_id=m.installation_id,
            scope=m.scope_code,
            period=m.period,
            sequence=m.sequence,
            created_at=m.created_at,
            manifest_sha256=package.manifest_sha256,
            file_sha256=package.file_sha256,
            rows=m.total_rows,
            imported_at=imported_at,
            inbox_name=inbox,
            signature=signature,
            totals=plan.totals(),
        ),
        receiver,
    )
    path = outbox / name
    write_atomic(path, content)
    return path


@dataclass(frozen=True, slots=True)
class ReceiptFacts:
    """What a receipt says about one import: from the package when it is applied, or from its
    import record later (any PC of the office, in server mode)."""

    kind: str
    producer_code: str
    producer_name: str
    installation_id: str
    scope: str
    period: int
    sequence: int
    created_at: dt.datetime
    manifest_sha256: str
    file_sha256: str
    rows: int
    imported_at: dt.datetime
    inbox_name: str
    signature: str
    totals: dict[str, int]


def receipt(facts: ReceiptFacts, receiver: dict[str, str]) -> tuple[str, bytes]:
    """The receipt's file name and its JSON bytes."""
    content: dict[str, Any] = {
        "format": RECEIPT_FORMAT,
        "format_version": 1,
        "receiver": receiver,
        "package": {
            "kind": facts.kind,
            "producer_code": facts.producer_code,
            "producer_name": facts.producer_name,
            "installation_id": facts.installation_id,
            "scope": facts.scope,
            "period": facts.period,
            "sequence": facts.sequence,
            # Both moments in this PC's time, whichever path the facts came by (the manifest
            # keeps the producer's offset, the import record keeps UTC).
            "created_at": facts.created_at.astimezone().isoformat(timespec="seconds"),
            "manifest_sha256": facts.manifest_sha256,
            "file_sha256": facts.file_sha256,
            "rows": facts.rows,
        },
        "imported_at": facts.imported_at.astimezone().isoformat(timespec="seconds"),
        "inbox_name": facts.inbox_name,
        "signature": facts.signature,
        "status": "applied",
        "totals": facts.totals,
    }
    name = receipt_file_name(facts.period, facts.kind, facts.producer_code, facts.sequence)
    return name, (json.dumps(content, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def receiver_of(session: Session) -> dict[str, str]:
    """The office receiving a package, as its receipts name it."""
    office = office_unit(session)
    profile = session.get(Profile, 1)
    return {
        "office_code": office.code,
        "office_name": full_name(office),
        "installation_id": profile.installation_id if profile else "",
    }


def receipt_file_name(period: int, kind: str, producer_code: str, sequence: int) -> str:
    return f"bien-nhan-{period}-{kind}-{producer_code}-so{sequence:04d}.json"


def write_atomic(path: Path, content: bytes) -> None:
    partial = path.with_name(path.name + PARTIAL_SUFFIX)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(content)
        os.replace(partial, path)
    except OSError as exc:
        with contextlib.suppress(OSError):  # an unwritable folder: nothing to clean up there
            partial.unlink(missing_ok=True)
        raise PackageWriteError(
            f"Không ghi được tệp {path}: {os_error_text(exc)}. Hãy kiểm tra quyền ghi và dung "
            "lượng ổ đĩa."
        ) from exc
