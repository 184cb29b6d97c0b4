"""Data packages for the GUI and the command line: export, preview (dry run) and import."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from thidua_desktop import __version__
from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.exchange.manifest import (
    DATA,
    DEFINITIONS,
    KIND_LABELS,
    SUFFIX,
    Manifest,
    wrong_place,
)
from thidua_desktop.exchange.plan import REPLACED, Plan
from thidua_desktop.exchange.reader import Package, read_package
from thidua_desktop.exchange.verify import (
    SIGNATURE_LABELS,
    check_signature,
    check_tables,
    previous_import,
)
from thidua_desktop.exchange.writer import PackageWriteError
from thidua_desktop.paths import DataDir
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.progress import NullProgress, Progress
from thidua_desktop.services.core.scope import ensure_in_scope, full_name, office_unit, unit_by_code
from thidua_desktop.services.safety.imports_pause import ensure_imports_allowed
from thidua_desktop.store.engine import Database
from thidua_desktop.store.errors import DatabaseUnavailableError
from thidua_desktop.store.models.core import Profile, RefDataset
from thidua_desktop.store.models.exchange import ExchangeExport, ExchangePackage


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
    # Something that went wrong after the data was committed (the receipt could not be written).
    warning: str | None = None


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
    from thidua_desktop.exchange.keys import fingerprint, office_key, raw_public_key, sign
    from thidua_desktop.exchange.writer import publish_package, stage_package
    from thidua_desktop.services.core.locks import _valid_year
    from thidua_desktop.store.schema import SCHEMA_HEAD

    year = _valid_year(year)
    out = Path(out)
    if out.suffix.lower() != SUFFIX:
        raise InvalidInput(f"Tệp gói dữ liệu phải có đuôi {SUFFIX} (ví dụ goi-2023{SUFFIX}).")
    kind = DEFINITIONS if definitions else DATA
    key = office_key(db, data_dir.keys)
    staged: Path | None = None
    try:
        with db.transaction() as session:
            profile = session.get(Profile, 1)
            office = office_unit(session)
            assert profile is not None
            scope = unit_by_code(session, unit_code, year=year) if unit_code else office
            ensure_in_scope(session, scope)
            sequence = next_sequence(session, data_dir)
            ctx = export_context(
                session,
                office_id=office.id,
                office_code=office.code,
                scope_id=scope.id,
                period=year,
            )
            tables, coverage = gather_tables(ctx, kind, progress)
            if kind == DATA:
                coverage = _with_earlier_coverage(session, coverage, scope.code, year)
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
                coverage=coverage,
                producer_version=(office.valid_from, office.valid_to),
                scope_version=(scope.valid_from, scope.valid_to),
                reference_data={
                    name: version
                    for name, version in session.execute(
                        select(RefDataset.name, RefDataset.version)
                    )
                },
            )
            final, staged = stage_package(
                out, manifest, tables, sign=lambda message: sign(key, message)
            )
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
                    coverage=json.dumps(coverage, ensure_ascii=False, sort_keys=True)
                    if kind == DATA
                    else None,
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
        # Committed: the sequence is this office's now. Only then does the package get its
        # name; a crash in between costs a number (a gap the receivers accept), never reuses one.
        remember_sequence(data_dir, sequence)
        publish_package(staged, out)
    except BaseException:
        if staged is not None:
            staged.unlink(missing_ok=True)
        raise
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


def next_sequence(session: Session, data_dir: DataDir) -> int:
    """The number of the package this office writes next: one counter for every kind (data,
    definitions, dossiers and their answers), above every number recorded or remembered."""
    from thidua_desktop.store.models.awards import DossierEvent

    recorded = session.scalar(select(func.max(ExchangeExport.sequence))) or 0
    dossiers = (
        session.scalar(
            select(func.max(DossierEvent.sequence)).where(DossierEvent.direction == "out")
        )
        or 0
    )
    return max(recorded, dossiers, last_sequence(data_dir)) + 1


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
    if package.manifest.kind not in (DATA, DEFINITIONS):
        raise wrong_place(package.manifest.kind, "gói số liệu hay định nghĩa")
    check_tables(package)
    return package


def _with_earlier_coverage(
    session: Session, coverage: dict[str, tuple[str, ...]], scope_code: str, period: int
) -> dict[str, tuple[str, ...]]:
    """This package's coverage and that of the last package of the same scope and period: a
    unit whose last row of a table was deleted here since is still covered, so the receiver
    removes the rows it holds from that package instead of keeping them for ever."""
    earlier = session.scalars(
        select(ExchangeExport.coverage)
        .where(
            ExchangeExport.kind == DATA,
            ExchangeExport.scope_code == scope_code,
            ExchangeExport.period == period,
            ExchangeExport.coverage.is_not(None),
        )
        .order_by(ExchangeExport.sequence.desc())
    ).first()
    if not earlier:
        return coverage
    before: dict[str, list[str]] = json.loads(earlier)
    return {
        table: tuple(sorted({*codes, *before.get(table, ())})) for table, codes in coverage.items()
    }


def preview_import(
    db: Database,
    path: Path,
    *,
    new_installation: bool = False,
    progress: Progress | None = None,
) -> ImportPreview:
    """The dry run: verify the package and show what importing it would change (nothing is
    written)."""
    package = read_verified(path)
    with db.reading() as session:
        return _preview(session, package, progress, new_installation)


def _preview(
    session: Session,
    package: Package,
    progress: Progress | None,
    new_installation: bool = False,
) -> ImportPreview:
    from thidua_desktop.exchange.apply import run_package
    from thidua_desktop.exchange.receipts import inbox_name

    signature = check_signature(session, package)
    info = _info(package, signature)
    previous = previous_import(
        session, package.manifest, package.manifest_sha256, new_installation=new_installation
    )
    if previous is not None:
        return ImportPreview(info, Plan(), previous.imported_at)
    plan = run_package(
        session, package, write=False, package_ref=inbox_name(package), progress=progress
    )
    return ImportPreview(info, plan)


@dataclass(frozen=True)
class BatchItem:
    """One package of a batch: imported (or found already imported), or refused with a reason."""

    path: Path
    report: ImportReport | None = None
    error: UserError | None = None
    # The package came earlier in this same batch (the same file chosen twice): nothing to do.
    same_as: Path | None = None

    @property
    def warning(self) -> str | None:
        return self.report.warning if self.report is not None else None

    @property
    def refusal(self) -> str | None:
        """Why the package was refused (without the "Gói dữ liệu bị từ chối:" lead-in)."""
        if isinstance(self.error, PackageRefused):
            return self.error.reason
        return self.error.message if self.error is not None else None


@dataclass(frozen=True)
class BatchImport:
    """What importing several packages together did (or, for a dry run, would do)."""

    items: list[BatchItem]
    dry_run: bool = False
    backup_name: str | None = None

    @property
    def applied(self) -> list[BatchItem]:
        return [i for i in self.items if i.report is not None and i.report.applied]

    @property
    def refused(self) -> list[BatchItem]:
        return [i for i in self.items if i.error is not None]

    @property
    def pending(self) -> list[BatchItem]:
        """For a dry run: the packages applying would import (not refused, not imported before,
        not a repeat of an earlier file of the batch)."""
        return [
            i
            for i in self.items
            if i.report is not None and i.report.preview.already_imported_at is None
        ]

    @property
    def changes(self) -> int:
        return self.plan.changes

    @property
    def plan(self) -> Plan:
        """The packages' plans added up table by table (examples and warnings of each kept, up
        to the usual number of examples per table)."""
        from thidua_desktop.exchange.plan import MAX_EXAMPLES

        total = Plan()
        for item in self.items:
            if item.report is None:
                continue
            plan = item.report.preview.plan
            total.warnings += plan.warnings
            for name, table in plan.tables.items():
                into = total.table(name, table.label)
                for outcome, count in table.counts.items():
                    into.counts[outcome] += count
                room = MAX_EXAMPLES - len(into.examples)
                into.examples += table.examples[: max(room, 0)]
        return total


class LocalDataWouldBeReplaced(UserError):
    """Applying the package would replace or remove rows entered at this office: it needs the
    person's second, explicit confirmation (`replace_local`), given after seeing what goes."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.replaced, named = plan.replaced_here()
        self.examples = [example for _label, example in named]
        counts = "; ".join(f"{label}: {count} dòng" for label, count in self.replaced.items())
        super().__init__(
            f"gói sẽ thay thế hoặc xóa số liệu đã nhập tại cơ quan này ({counts}). Chưa thay đổi "
            "gì: hãy xem trước danh sách rồi xác nhận thay thế nếu đúng là muốn vậy."
        )


def import_package(
    db: Database,
    data_dir: DataDir,
    path: Path,
    *,
    replace_local: bool = False,
    new_installation: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Verify, plan and apply a package in one transaction; the same package again is a no-op.
    A refused package raises its PackageRefused (nothing written); one that would replace data
    entered here raises LocalDataWouldBeReplaced unless `replace_local` (the second, explicit
    confirmation)."""
    item = import_packages(
        db,
        data_dir,
        [path],
        replace_local=replace_local,
        new_installation=new_installation,
        progress=progress,
    ).items[0]
    if item.error is not None:
        raise item.error
    assert item.report is not None
    return item.report


def import_packages(
    db: Database,
    data_dir: DataDir,
    paths: Sequence[Path],
    *,
    dry_run: bool = False,
    replace_local: bool = False,
    new_installation: bool = False,
    progress: Progress | None = None,
) -> BatchImport:
    """Import several packages (a district's communes, a province's districts) in one
    transaction, with one safety backup taken before the first write.

    Packages from higher offices are applied first (a district's package before its communes'),
    whatever order the files were chosen in: the lowest office's records are the source of truth
    for its units, so a commune's own package must not be overwritten by the copy of its data a
    district package carries. Packages of the same level keep their order; the result lists the
    packages in the order given.

    Each package is checked, planned and applied as the single import does; a refused package is
    rolled back on its own (a savepoint) and reported with its reason, the others still apply.
    The transaction takes the write lock first, so what is planned is what is applied; the backup
    reads the database as committed, i.e. as before the batch. With `dry_run` everything is
    planned and applied the same way and then rolled back: each package's plan is what applying
    the batch would do (later packages see the earlier ones), and nothing is kept or written.

    A package whose plan replaces or removes rows entered at this office needs the person's
    confirmation (`replace_local`): without it the whole batch is rolled back and
    LocalDataWouldBeReplaced names what would go (a rerun with the confirmation then applies the
    packages in the right order); a dry run only shows it."""
    from thidua_desktop.services.safety import backups

    if not dry_run:
        ensure_imports_allowed(data_dir)
    progress = progress or NullProgress()
    verified: list[tuple[Path, Package | UserError]] = []
    for path in paths:
        try:
            verified.append((Path(path), read_verified(Path(path))))
        except PackageRefused as exc:
            verified.append((Path(path), exc))
    runs: list[_Run] = []
    backup: str | None = None

    def safety() -> None:
        # The batch's one safety backup, taken when its first planned package is about to be
        # written: the copy reads the database as committed, i.e. as before the batch.
        nonlocal backup
        if backup is None:
            backup = backups.backup_before_import(data_dir, _backup_label(verified)).name

    try:
        with db.transaction(immediate=True) as session:
            order = _higher_offices_first(session, verified)
            for number, index in enumerate(order):
                path, package = verified[index]
                if isinstance(package, UserError):
                    runs.append(_Run(path, error=package, index=index))
                    continue
                step = _BatchStep(progress, number, len(verified))
                run = _run_one(
                    session,
                    data_dir,
                    path,
                    package,
                    dry_run,
                    step,
                    safety,
                    replace_local=replace_local,
                    new_installation=new_installation,
                )
                run.index = index
                if run.previous_id is not None:
                    run.same_as = next(
                        (r.path for r in runs if r.import_id == run.previous_id), None
                    )
                runs.append(run)
            if dry_run:
                raise _DryRunDone
            waiting = [r.error for r in runs if isinstance(r.error, LocalDataWouldBeReplaced)]
            if waiting:
                # Applying the rest now and the waiting package after its confirmation would
                # apply a district's package after its communes': nothing is applied.
                raise waiting[0]
            from thidua_desktop.exchange.receipts import receiver_of

            receiver = receiver_of(session)
    except _DryRunDone:
        pass
    except BaseException:
        for run in runs:
            run.discard_inbox()
        raise
    runs.sort(key=lambda run: run.index)
    items = [
        run.finish(
            receiver=None if dry_run else receiver, outbox=data_dir.outbox, backup_name=backup
        )
        for run in runs
    ]
    return BatchImport(items, dry_run=dry_run, backup_name=backup)


def _higher_offices_first(
    session: Session, verified: Sequence[tuple[Path, Package | UserError]]
) -> list[int]:
    """The batch's indexes, packages of higher producers first (stable otherwise)."""
    from thidua_desktop.exchange.verify import unit_tree

    if len(verified) < 2:
        return list(range(len(verified)))
    tree = unit_tree(session)
    depth: dict[int, int] = {}
    for index, (_path, package) in enumerate(verified):
        if isinstance(package, UserError):
            continue
        manifest = package.manifest
        producer = tree.all_codes_in(manifest.period).get(manifest.producer_code)
        depth[index] = len(tree.ancestors(producer)) if producer is not None else 0
    return sorted(range(len(verified)), key=lambda index: depth.get(index, 0))


class _DryRunDone(Exception):
    """Raised inside the dry run's transaction so that it rolls back."""


class _BatchStep:
    """A package's progress shown as its share of the whole batch."""

    def __init__(self, progress: Progress, number: int, count: int) -> None:
        self.progress, self.number, self.count = progress, number, count

    def report(self, done: int, total: int, label: str) -> None:
        if self.count == 1:
            self.progress.report(done, total, label)
            return
        total = max(total, 1)
        self.progress.report(
            self.number * total + done,
            self.count * total,
            f"Gói {self.number + 1}/{self.count}: {label}",
        )

    def cancelled(self) -> bool:
        return self.progress.cancelled()


def _backup_label(verified: Sequence[tuple[Path, Package | UserError]]) -> str:
    names = [path.name for path, package in verified if not isinstance(package, UserError)]
    return names[0] if len(names) == 1 else f"{len(names)} goi"


@dataclass
class _Run:
    """One package inside the batch's transaction, until the transaction ends."""

    path: Path
    package: Package | None = None
    error: UserError | None = None
    info: PackageInfo | None = None
    plan: Plan | None = None
    previous_at: dt.datetime | None = None
    previous_id: int | None = None
    import_id: int | None = None
    same_as: Path | None = None
    signature: str = ""
    imported_at: dt.datetime | None = None
    inbox: Path | None = None
    created: bool = False
    index: int = 0  # the package's place in the order given

    def discard_inbox(self) -> None:
        from thidua_desktop.exchange.receipts import discard

        if self.created and self.inbox is not None:
            discard(self.inbox)
            self.created = False

    def finish(
        self, *, receiver: dict[str, str] | None, outbox: Path, backup_name: str | None
    ) -> BatchItem:
        from thidua_desktop.exchange.receipts import write_receipt

        if self.error is not None:
            return BatchItem(self.path, error=self.error)
        assert self.info is not None and self.package is not None
        if self.previous_at is not None:
            preview = ImportPreview(self.info, Plan(), self.previous_at)
            report = ImportReport(preview=preview, applied=False)
            return BatchItem(self.path, report, same_as=self.same_as)
        assert self.plan is not None
        preview = ImportPreview(self.info, self.plan)
        if receiver is None:  # the dry run
            return BatchItem(self.path, ImportReport(preview=preview, applied=False))
        assert self.inbox is not None and self.imported_at is not None
        # The data is committed: a receipt that cannot be written is a warning, not a failure.
        receipt: Path | None = None
        warning = None
        try:
            receipt = write_receipt(
                outbox,
                self.package,
                self.plan,
                receiver=receiver,
                imported_at=self.imported_at,
                signature=self.signature,
                inbox=self.inbox.name,
            )
        except PackageWriteError as exc:
            warning = f"Đã nhập gói nhưng chưa ghi được biên nhận: {exc.message}"
        report = ImportReport(
            preview=preview,
            applied=True,
            inbox_path=self.inbox,
            receipt_path=receipt,
            backup_name=backup_name,
            warning=warning,
        )
        return BatchItem(self.path, report)


def _run_one(
    session: Session,
    data_dir: DataDir,
    path: Path,
    package: Package,
    dry_run: bool,
    progress: Progress,
    before_write: Callable[[], None],
    *,
    replace_local: bool = False,
    new_installation: bool = False,
) -> _Run:
    """Check, plan and apply one package inside a savepoint; a refusal rolls back only it."""
    from thidua_desktop.exchange.apply import apply_planned, plan_package, record_import
    from thidua_desktop.exchange.receipts import inbox_name, keep_in_inbox

    run = _Run(path, package)
    savepoint = session.begin_nested()
    try:
        run.signature = check_signature(session, package)
        run.info = _info(package, run.signature)
        previous = previous_import(
            session, package.manifest, package.manifest_sha256, new_installation=new_installation
        )
        if previous is not None:
            run.previous_at, run.previous_id = previous.imported_at, previous.id
            savepoint.commit()
            return run
        name = inbox_name(package)
        planned = plan_package(session, package, package_ref=name, progress=progress)
        if not dry_run and not replace_local and planned.plan.totals()[REPLACED]:
            raise LocalDataWouldBeReplaced(planned.plan)
        if not dry_run:
            before_write()
            run.inbox, run.created = keep_in_inbox(data_dir.inbox, package)
        run.plan = apply_planned(session, planned, progress=progress)
        entry = record_import(session, package, run.plan, signature=run.signature, inbox_name=name)
        run.imported_at, run.import_id = entry.imported_at, entry.id
        if session.get_bind().dialect.name == "postgresql":
            # Several staff: the package stays with its record, for any PC to save a copy.
            session.add(
                ExchangePackage(
                    import_id=entry.id, file_sha256=package.file_sha256, content=package.raw
                )
            )
        savepoint.commit()
    except IntegrityError as exc:
        savepoint.rollback()
        session.expire_all()  # objects loaded inside the savepoint may hold undone values
        run.discard_inbox()
        run.error = PackageRefused(
            "dữ liệu trong gói mâu thuẫn với dữ liệu ở đây (trùng mã định danh); mọi thay đổi đã "
            "được hủy."
        )
        run.error.__cause__ = exc
    except UserError as exc:
        run.discard_inbox()
        if isinstance(exc, (DatabaseUnavailableError, PackageWriteError)):
            raise  # the storage, not the package: the whole batch stops, nothing is kept
        savepoint.rollback()
        session.expire_all()
        run.error = exc
    except BaseException:
        run.discard_inbox()  # the whole batch is rolled back by the caller's transaction
        raise
    return run


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
