"""Data packages for the GUI and the command line: export, preview (dry run) and import."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from thidua_desktop import __version__
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.exchange.manifest import (
    DATA,
    DEFINITIONS,
    KIND_LABELS,
    SUFFIX,
    Manifest,
)
from thidua_desktop.exchange.plan import Plan
from thidua_desktop.exchange.reader import Package, read_package
from thidua_desktop.exchange.verify import (
    SIGNATURE_LABELS,
    check_signature,
    check_tables,
    previous_import,
)
from thidua_desktop.paths import DataDir
from thidua_desktop.services import audit
from thidua_desktop.services.imports_pause import ensure_imports_allowed
from thidua_desktop.services.progress import Progress
from thidua_desktop.services.scope import ensure_in_scope, full_name, office_unit, unit_by_code
from thidua_desktop.store.engine import Database
from thidua_desktop.store.exchange_models import ExchangeExport
from thidua_desktop.store.models import Profile, RefDataset


@dataclass(frozen=True)
class PackageInfo:
    """A package as people see it before importing it."""

    file_name: str
    kind: str
    kind_label: str
    format_version: int
    producer_code: str
    producer_name: str
    scope_code: str
    scope_name: str
    period: int
    sequence: int
    created_at: dt.datetime
    rows: int
    size_bytes: int
    signature: str
    signature_label: str
    table_rows: dict[str, int]


@dataclass(frozen=True)
class ImportPreview:
    package: PackageInfo
    plan: Plan
    # Set when this very package was applied before: importing it again changes nothing.
    already_imported_at: dt.datetime | None = None


@dataclass(frozen=True)
class ImportReport:
    preview: ImportPreview
    applied: bool
    inbox_path: Path | None = None
    receipt_path: Path | None = None
    backup_name: str | None = None


@dataclass(frozen=True)
class ExportReport:
    path: Path
    kind: str
    kind_label: str
    period: int
    scope_code: str
    scope_name: str
    sequence: int
    signed: bool
    fingerprint: str
    size_bytes: int
    table_rows: dict[str, int] = field(default_factory=dict)


# -- export ------------------------------------------------------------------------------------
def export_package(
    db: Database,
    data_dir: DataDir,
    *,
    year: int,
    out: Path,
    unit_code: str | None = None,
    definitions: bool = False,
    progress: Progress | None = None,
) -> ExportReport:
    """Write this office's package for `year`: its data (own and received from below, with their
    owners) or, with `definitions`, its campaigns, targets and criteria for the offices below."""
    from thidua_desktop.exchange.export import export_context, gather_tables
    from thidua_desktop.exchange.keys import fingerprint, load_or_create_key, raw_public_key, sign
    from thidua_desktop.exchange.writer import write_package
    from thidua_desktop.services.locks import _valid_year
    from thidua_desktop.store.schema import SCHEMA_HEAD

    year = _valid_year(year)
    out = Path(out)
    if out.suffix.lower() != SUFFIX:
        raise InvalidInput(f"Tệp gói dữ liệu phải có đuôi {SUFFIX} (ví dụ goi-2023{SUFFIX}).")
    kind = DEFINITIONS if definitions else DATA
    key = load_or_create_key(data_dir.keys)
    written = False
    try:
        with db.transaction() as session:
            profile = session.get(Profile, 1)
            office = office_unit(session)
            assert profile is not None
            scope = unit_by_code(session, unit_code, year=year) if unit_code else office
            ensure_in_scope(session, scope)
            recorded = session.scalar(select(func.max(ExchangeExport.sequence))) or 0
            sequence = max(recorded, last_sequence(data_dir)) + 1
            ctx = export_context(
                session,
                office_id=office.id,
                office_code=office.code,
                scope_id=scope.id,
                period=year,
            )
            tables = gather_tables(ctx, kind, progress)
            manifest = Manifest(
                kind=kind,
                app_version=__version__,
                schema_revision=SCHEMA_HEAD,
                producer_code=office.code,
                producer_name=full_name(office),
                installation_id=profile.installation_id,
                scope_code=scope.code,
                scope_name=full_name(scope),
                period=year,
                sequence=sequence,
                created_at=dt.datetime.now().astimezone().replace(microsecond=0),
                tables={},
                reference_data={
                    name: version
                    for name, version in session.execute(
                        select(RefDataset.name, RefDataset.version)
                    )
                },
            )
            final = write_package(out, manifest, tables, sign=lambda message: sign(key, message))
            written = True
            rows = {name: entry.rows for name, entry in final.tables.items()}
            session.add(
                ExchangeExport(
                    sequence=sequence,
                    kind=kind,
                    scope_code=scope.code,
                    period=year,
                    created_at=final.created_at,
                    created_by=audit.current_operator(session),
                    file_name=out.name[:260],
                    manifest_sha256=_sha256(final.to_bytes()),
                    rows=final.total_rows,
                    signed=True,
                )
            )
            audit.record(
                session,
                action="export",
                entity="package",
                key=out.name[:200],
                new={"kind": kind, "scope": scope.code, "period": year, "sequence": sequence}
                | {"rows": rows},
                unit_id=scope.id,
            )
    except BaseException:
        if written:
            out.unlink(missing_ok=True)
        raise
    remember_sequence(data_dir, sequence)
    return ExportReport(
        path=out,
        kind=kind,
        kind_label=KIND_LABELS[kind],
        period=year,
        scope_code=scope.code,
        scope_name=manifest.scope_name,
        sequence=sequence,
        signed=True,
        fingerprint=fingerprint(raw_public_key(key)),
        size_bytes=out.stat().st_size,
        table_rows=rows,
    )


SEQUENCE_FILE = "so-thu-tu-goi.txt"


def last_sequence(data_dir: DataDir) -> int:
    """The last sequence written, as kept beside the keys: a database restored from an older
    backup must not make this installation reuse numbers the receivers have already seen."""
    try:
        return int((data_dir.keys / SEQUENCE_FILE).read_text(encoding="ascii").strip() or 0)
    except (OSError, ValueError):
        return 0


def remember_sequence(data_dir: DataDir, sequence: int) -> None:
    path = data_dir.keys / SEQUENCE_FILE
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(f"{max(sequence, last_sequence(data_dir))}\n", encoding="ascii")
        partial.replace(path)
    except OSError:
        partial.unlink(missing_ok=True)  # the database still has it; only a restore could lose it


def _sha256(content: bytes) -> str:
    import hashlib

    return hashlib.sha256(content).hexdigest()


def default_package_name(*, year: int, office_code: str, definitions: bool) -> str:
    kind = "dinh-nghia" if definitions else "so-lieu"
    return f"{kind}-{office_code}-{year}{SUFFIX}"


# -- import ------------------------------------------------------------------------------------
def read_verified(path: Path) -> Package:
    """Structure, limits, checksums and the table list: everything that needs no database."""
    package = read_package(Path(path))
    check_tables(package)
    return package


def preview_import(db: Database, path: Path, *, progress: Progress | None = None) -> ImportPreview:
    """The dry run: verify the package and show what importing it would change (nothing is
    written)."""
    package = read_verified(path)
    with db.reading() as session:
        return _preview(session, package, progress)


def _preview(session: Session, package: Package, progress: Progress | None) -> ImportPreview:
    from thidua_desktop.exchange.apply import run_package
    from thidua_desktop.exchange.receipts import inbox_name

    signature = check_signature(session, package)
    info = _info(package, signature)
    previous = previous_import(session, package.manifest, package.manifest_sha256)
    if previous is not None:
        return ImportPreview(info, Plan(), previous.imported_at)
    plan = run_package(
        session, package, write=False, package_ref=inbox_name(package), progress=progress
    )
    return ImportPreview(info, plan)


def import_package(
    db: Database, data_dir: DataDir, path: Path, *, progress: Progress | None = None
) -> ImportReport:
    """Verify, plan and apply a package in one transaction; the same package again is a no-op.

    The transaction takes the write lock first, so the plan it computes is what it applies: the
    package is checked and planned (refused before anything is written, as in the dry run), the
    safety backup is taken (it reads the database as committed, i.e. as before the import), and
    only then are the planned changes written."""
    from thidua_desktop.exchange.apply import apply_planned, plan_package, record_import
    from thidua_desktop.exchange.receipts import (
        discard,
        inbox_name,
        keep_in_inbox,
        write_receipt,
    )
    from thidua_desktop.services import backups

    ensure_imports_allowed(data_dir)
    package = read_verified(path)
    inbox: Path | None = None
    created = False
    try:
        with db.transaction(immediate=True) as session:
            signature = check_signature(session, package)
            info = _info(package, signature)
            previous = previous_import(session, package.manifest, package.manifest_sha256)
            if previous is not None:
                preview = ImportPreview(info, Plan(), previous.imported_at)
                return ImportReport(preview=preview, applied=False)
            planned = plan_package(
                session, package, package_ref=inbox_name(package), progress=progress
            )
            # Nothing is written yet: the copy holds the database as it was before the import.
            backup = backups.backup_before_import(data_dir, package.path.name)
            inbox, created = keep_in_inbox(data_dir.inbox, package)
            plan = apply_planned(session, planned, progress=progress)
            entry = record_import(
                session, package, plan, signature=signature, inbox_name=inbox.name
            )
            imported_at = entry.imported_at
            office = office_unit(session)
            profile = session.get(Profile, 1)
            receiver = {
                "office_code": office.code,
                "office_name": full_name(office),
                "installation_id": profile.installation_id if profile else "",
            }
    except IntegrityError as exc:
        if created and inbox is not None:
            discard(inbox)
        raise PackageRefused(
            "dữ liệu trong gói mâu thuẫn với dữ liệu ở đây (trùng mã định danh); mọi thay đổi đã "
            "được hủy."
        ) from exc
    except BaseException:
        if created and inbox is not None:
            discard(inbox)
        raise
    receipt = write_receipt(
        data_dir.outbox,
        package,
        plan,
        receiver=receiver,
        imported_at=imported_at,
        signature=signature,
        inbox=inbox.name,
    )
    final = ImportPreview(info, plan)
    return ImportReport(
        preview=final, applied=True, inbox_path=inbox, receipt_path=receipt, backup_name=backup.name
    )


def _info(package: Package, signature: str) -> PackageInfo:
    m = package.manifest
    return PackageInfo(
        file_name=package.path.name,
        kind=m.kind,
        kind_label=KIND_LABELS[m.kind],
        format_version=m.format_version,
        producer_code=m.producer_code,
        producer_name=m.producer_name,
        scope_code=m.scope_code,
        scope_name=m.scope_name,
        period=m.period,
        sequence=m.sequence,
        created_at=m.created_at,
        rows=m.total_rows,
        size_bytes=package.size,
        signature=signature,
        signature_label=SIGNATURE_LABELS[signature],
        table_rows={name: entry.rows for name, entry in m.tables.items()},
    )
