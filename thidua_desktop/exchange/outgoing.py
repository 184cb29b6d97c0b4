"""Writing a package that carries records and their papers (a dossier, an answer, a cụm,
khối's table or self-scores): the manifest of this office, the papers' bytes checked against
their hashes, and the one transaction that numbers, records and audits the package before the
file gets its final name."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop import __version__
from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.messages import msg
from thidua_desktop.exchange.manifest import SUFFIX, Manifest
from thidua_desktop.exchange.operations import next_sequence, remember_sequence
from thidua_desktop.exchange.verify import ROW_ID
from thidua_desktop.exchange.writer import encode_rows, publish_package, stage_package
from thidua_desktop.paths import DataDir
from thidua_desktop.services.attachments.files import stored_path
from thidua_desktop.services.core.scope import full_name, office_unit
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.attachments import Attachment
from thidua_desktop.store.models.core import AdminUnit, Profile, RefDataset

P = TypeVar("P")


@dataclass(frozen=True)
class Gathered:
    """A package's rows by table, and the attachment records whose bytes it carries."""

    rows: dict[str, list[dict[str, Any]]]
    attachments: list[Attachment]


def checked_out(out: Path, example: str) -> Path:
    out = Path(out)
    if out.suffix.lower() != SUFFIX:
        raise InvalidInput(
            msg(
                "Tệp gói phải có đuôi {suffix} (ví dụ {example}{suffix}).",
                suffix=SUFFIX,
                example=example,
            )
        )
    return out


def office_manifest(
    session: Session,
    kind: str,
    *,
    period: int,
    scope: AdminUnit,
    receiver: AdminUnit | None = None,
    dossier: str = "",
    cluster: str = "",
) -> Manifest:
    """This office's manifest for a package of `kind` (numbered when it is written), naming
    what it carries (a dossier's or a cluster's uid)."""
    from thidua_desktop.store.schema import SCHEMA_HEAD

    profile = session.get(Profile, 1)
    assert profile is not None
    office = office_unit(session)
    return Manifest(
        kind=kind,
        app_version=__version__,
        schema_revision=SCHEMA_HEAD,
        producer_code=office.code,
        producer_name=full_name(office),
        installation_id=profile.installation_id,
        scope_code=scope.code,
        scope_name=full_name(scope),
        period=period,
        sequence=1,
        created_at=dt.datetime.now().astimezone().replace(microsecond=0),
        tables={},
        producer_version=(office.valid_from, office.valid_to),
        scope_version=(scope.valid_from, scope.valid_to),
        reference_data={
            name: version
            for name, version in session.execute(select(RefDataset.name, RefDataset.version))
        },
        receiver_code=receiver.code if receiver else "",
        receiver_name=full_name(receiver) if receiver else "",
        receiver_version=(receiver.valid_from, receiver.valid_to) if receiver else None,
        dossier=dossier,
        cluster=cluster,
    )


Build = Callable[[Session], tuple[P, Manifest, Gathered]]
Record = Callable[[Session, P, Manifest, str], None]


def write_recorded(
    db: Database, data_dir: DataDir, out: Path, build: Build[P], record: Record[P]
) -> tuple[P, Manifest]:
    """Build, stage, record (with its sequence and the manifest's SHA-256) and only then
    name the package: a failure anywhere leaves neither the file nor the record."""
    from thidua_desktop.exchange.keys import office_key, sign

    key = office_key(db, data_dir.keys)
    staged: Path | None = None
    try:
        with db.transaction() as session:
            preview, manifest, gathered = build(session)
            manifest = replace(manifest, sequence=next_sequence(session, data_dir))
            files = file_bytes(data_dir, gathered.attachments)
            tables = {
                name: encode_rows(rows, ROW_ID.get(name, "uid"))
                for name, rows in gathered.rows.items()
            }
            final, staged = stage_package(
                out, manifest, tables, sign=lambda message: sign(key, message), files=files
            )
            record(session, preview, final, hashlib.sha256(final.to_bytes()).hexdigest())
        remember_sequence(data_dir, final.sequence)
        publish_package(staged, out)
    except BaseException:
        if staged is not None:
            staged.unlink(missing_ok=True)
        raise
    return preview, final


def record_export(session: Session, final: Manifest, out: Path, sha: str) -> None:
    """The package written, in the office's list of packages (it also keeps the counter that
    numbers every package, on the server too)."""
    from thidua_desktop.services.core import audit
    from thidua_desktop.store.models.exchange import ExchangeExport

    session.add(
        ExchangeExport(
            sequence=final.sequence,
            kind=final.kind,
            scope_code=final.scope_code,
            period=final.period,
            created_at=final.created_at,
            created_by=audit.current_operator(session),
            file_name=out.name[:260],
            manifest_sha256=sha,
            rows=final.total_rows,
            signed=True,
        )
    )


def file_bytes(data_dir: DataDir, papers: list[Attachment]) -> dict[str, bytes]:
    """Each paper's kept bytes, checked against its hash: a changed or missing file is named."""
    files: dict[str, bytes] = {}
    for paper in papers:
        if paper.sha256 in files:
            continue
        try:
            content = stored_path(data_dir, paper.sha256).read_bytes()
        except OSError:
            content = None
        if content is None or hashlib.sha256(content).hexdigest() != paper.sha256:
            raise UserError(
                msg(
                    "Tệp đính kèm “{name}” thiếu hoặc đã bị thay đổi trong thư mục dữ liệu: hãy "
                    "gỡ và đính kèm lại bản gốc rồi gửi lại.",
                    name=paper.file_name,
                )
            )
        files[paper.sha256] = content
    return files
