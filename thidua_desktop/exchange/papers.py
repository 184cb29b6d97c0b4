"""The papers a package carries with their bytes (a dossier's, a cụm, khối's): their rows
written from the attachment records, and read back strictly — each owned by a record of the
package, its bytes present and of the type its name says — and the rows' shared reading."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.attachments import (
    HEADER_BYTES,
    AttachmentKind,
    attachment_name,
    check_attachment,
)
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.exchange import fields as f
from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.exchange.reader import Package
from thidua_desktop.store.models.attachments import Attachment

MAX_PAPER_NOTE = 500
ATTACHMENT = {
    "uid": f.UUID,
    "owner_kind": f.TEXT,
    "owner_uid": f.UUID,
    "kind": f.TEXT,
    "file_name": f.TEXT,
    "size": f.INT,
    "sha256": f.TEXT,
    "note": f.TEXT_OPT,
}


def attachment_row(record: Attachment) -> dict[str, Any]:
    return {
        "uid": record.uid,
        "owner_kind": record.owner_kind,
        "owner_uid": record.owner_uid,
        "kind": record.kind,
        "file_name": record.file_name,
        "size": record.size,
        "sha256": record.sha256,
        "note": record.note,
    }


def attachments_of(session: Session, owners: Iterable[tuple[str, str]]) -> list[Attachment]:
    wanted = set(owners)
    kinds = {kind for kind, _ in wanted}
    records = session.scalars(
        select(Attachment)
        .where(
            Attachment.owner_kind.in_(kinds),
            Attachment.owner_uid.in_({uid for _, uid in wanted}),
        )
        .order_by(Attachment.id)
    )
    return [r for r in records if (r.owner_kind, r.owner_uid) in wanted]


def read_rows(
    package: Package, limits: Mapping[str, int], table: str, schema: f.Schema
) -> list[dict[str, Any]]:
    rows = []
    for number, row in enumerate(package.tables[table], start=1):
        where = f"bảng {table}, dòng {number}"
        values = f.check_row(row, schema, where)
        for name, limit in limits.items():
            value = values.get(name)
            if isinstance(value, str) and len(value) > limit:
                raise PackageRefused(f"{where}, trường {name}: dài quá {limit} ký tự.")
        rows.append(values)
    return rows


def choice(value: str | None, allowed: Iterable[str], where: str) -> None:
    if value is not None and value not in set(allowed):
        raise PackageRefused(f'{where}: giá trị "{value[:40]}" không hợp lệ.')


def read_attachments(
    package: Package, owners: set[tuple[str, str]], allowed: Iterable[AttachmentKind]
) -> list[dict[str, Any]]:
    """The papers' rows: each owned by a record of the package, its bytes in the package, its
    name a plain file name and its bytes of the type the name says — checked as a file chosen
    on this PC is (a renamed program, an oversized scan, a path are refused)."""
    rows = read_rows(package, {"file_name": 255}, "attachment", ATTACHMENT)
    kinds = {k.value for k in allowed}
    named: set[str] = set()
    for number, row in enumerate(rows, start=1):
        at = f"bảng attachment, dòng {number}"
        if (row["owner_kind"], row["owner_uid"]) not in owners:
            raise PackageRefused(f"{at}: tệp đính kèm không thuộc gói này.")
        choice(row["kind"], kinds, f"{at}, kind")
        if row["note"] is not None and len(row["note"]) > MAX_PAPER_NOTE:
            raise PackageRefused(f"{at}, trường note: dài quá {MAX_PAPER_NOTE} ký tự.")
        size = package.manifest.files.get(row["sha256"])
        if size is None or size != row["size"]:
            raise PackageRefused(
                f"{at}: tệp đính kèm không có trong gói hoặc khác kích thước và mã kiểm tra "
                "(SHA-256) đã ghi."
            )
        try:
            if attachment_name(row["file_name"]) != row["file_name"]:
                raise PackageRefused(f"{at}: tên tệp đính kèm không hợp lệ (có đường dẫn).")
            check_attachment(
                row["file_name"], row["size"], package.files[row["sha256"]][:HEADER_BYTES]
            )
        except InvalidInput as exc:
            raise PackageRefused(f"{at}: {exc}") from exc
        named.add(row["sha256"])
    if set(package.manifest.files) - named:
        raise PackageRefused("gói có tệp đính kèm không thuộc giấy tờ nào của gói.")
    return rows


def attachment_record(row: Mapping[str, Any], added_by: str, at: dt.datetime) -> Attachment:
    return Attachment(
        uid=row["uid"],
        owner_kind=row["owner_kind"],
        owner_uid=row["owner_uid"],
        kind=AttachmentKind(row["kind"]).value,
        file_name=row["file_name"],
        size=row["size"],
        sha256=row["sha256"],
        note=row["note"],
        added_at=at,
        added_by=added_by,
    )
