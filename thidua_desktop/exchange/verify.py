"""Checks against this database before anything is planned: tables, parties, sequence, signature."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.exchange.context import ImportContext, UnitTree
from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.exchange.keys import parse_signature, short_fingerprint, verify
from thidua_desktop.exchange.manifest import (
    CLUSTER_SCORES,
    CLUSTER_TABLE,
    DATA,
    DEFINITIONS,
    DOSSIER,
    Manifest,
)
from thidua_desktop.exchange.reader import Package
from thidua_desktop.services.core.scope import office_unit
from thidua_desktop.store.models.core import Profile
from thidua_desktop.store.models.exchange import ExchangeImport, ProducerKey

DATA_TABLES = (
    "campaign",
    "target",
    "result",
    "registration",
    "security_status",
    "rural_criterion_status",
    "rural_recognition",
    "rural_plan",
)
DEFINITION_TABLES = ("security_component", "rural_criteria_set", "campaign", "target")
DOSSIER_TABLES = ("proposal", "line", "recipient", "attachment")
REPLY_TABLES = ("reply", "decision", "line", "attachment")
CLUSTER_TABLE_TABLES = ("cluster", "member", "criterion", "score", "attachment")
CLUSTER_SCORE_TABLES = ("score", "attachment")
# The field that identifies a row of each table (rows are sorted by it; duplicates are refused).
ROW_ID = {
    "security_component": "code",
    "rural_criteria_set": "key",
    "member": "unit_code",
    "criterion": "code",
}
UNSIGNED, VERIFIED, UNVERIFIED = "unsigned", "verified", "unverified"
SIGNATURE_LABELS = {
    UNSIGNED: "không có chữ ký",
    VERIFIED: "chữ ký hợp lệ (khóa đã đăng ký)",
    UNVERIFIED: "chữ ký đúng nhưng khóa của cơ quan gửi chưa được đăng ký ở đây",
}


def tables_of(kind: str) -> tuple[str, ...]:
    if kind == DATA:
        return DATA_TABLES
    if kind == DEFINITIONS:
        return DEFINITION_TABLES
    if kind == CLUSTER_TABLE:
        return CLUSTER_TABLE_TABLES
    if kind == CLUSTER_SCORES:
        return CLUSTER_SCORE_TABLES
    return DOSSIER_TABLES if kind == DOSSIER else REPLY_TABLES


def check_tables(package: Package) -> None:
    """The kind's exact table list, and no two rows with the same id."""
    manifest = package.manifest
    expected = set(tables_of(manifest.kind))
    if set(manifest.tables) != expected:
        unknown = sorted(set(manifest.tables) - expected)
        missing = sorted(expected - set(manifest.tables))
        detail = f"bảng lạ {', '.join(unknown)}" if unknown else f"thiếu bảng {', '.join(missing)}"
        raise PackageRefused(f"danh sách bảng không đúng với loại gói ({detail}).")
    for table, rows in package.tables.items():
        field = ROW_ID.get(table, "uid")
        seen: set[str] = set()
        for number, row in enumerate(rows, start=1):
            value = row.get(field)
            if not isinstance(value, str) or not value:
                raise PackageRefused(f"bảng {table}, dòng {number}: thiếu mã định danh ({field}).")
            if value in seen:
                raise PackageRefused(f"bảng {table}, dòng {number}: trùng mã định danh {value}.")
            seen.add(value)


_TREE = "thidua.import_unit_tree"


def unit_tree(session: Session) -> UnitTree:
    """Every unit, read once per session: imports never change the units, so the packages of
    one batch (one session) share the tree."""
    tree = session.info.get(_TREE)
    if not isinstance(tree, UnitTree):
        tree = session.info[_TREE] = UnitTree(session)
    return tree


def import_context(
    session: Session, package: Package, *, write: bool, package_ref: str
) -> ImportContext:
    """Who sends, for which units, and whether that fits this office; refuses otherwise."""
    manifest = package.manifest
    profile = session.get(Profile, 1)
    if profile is not None and profile.installation_id == manifest.installation_id:
        raise PackageRefused("gói do chính bản cài đặt này tạo ra.")
    office = office_unit(session)
    tree = unit_tree(session)
    codes = tree.all_codes_in(manifest.period)
    producer = tree.version_of(manifest.producer_code, manifest.producer_version, manifest.period)
    scope = tree.version_of(manifest.scope_code, manifest.scope_version, manifest.period)
    if producer is None:
        raise PackageRefused(f"không có cơ quan gửi mã {manifest.producer_code} trong danh mục.")
    if scope is None or scope not in tree.subtree(producer):
        raise PackageRefused(
            f"phạm vi của gói (mã {manifest.scope_code}) không thuộc cơ quan gửi "
            f"{manifest.producer_name} (mã {manifest.producer_code})."
        )
    if manifest.kind == DATA:
        if producer == office.id or producer not in tree.subtree(office.id):
            raise PackageRefused(
                f"gói số liệu của {manifest.producer_name} (mã {manifest.producer_code}) không "
                f"thuộc phạm vi của cơ quan này (mã {office.code}): chỉ nhận số liệu từ cấp dưới."
            )
    elif office.id == producer or office.id not in tree.subtree(scope):
        raise PackageRefused(
            f"gói định nghĩa của {manifest.producer_name} (mã {manifest.producer_code}) không "
            f"dành cho cơ quan này (mã {office.code}): chỉ nhận định nghĩa từ cấp trên."
        )
    scope_ids = tree.subtree(scope)
    context = ImportContext(
        session=session,
        tree=tree,
        write=write,
        period=manifest.period,
        producer_code=manifest.producer_code,
        scope_ids=scope_ids,
        units=tree.codes_in(scope_ids, manifest.period),
        owners={tree.code[i] for i in tree.subtree(producer)},
        above={tree.code[i] for i in [producer, *tree.ancestors(producer)]},
        package_ref=package_ref,
        decoded=package.decoded,
        all_units=codes,
        coverage={table: set(units) for table, units in manifest.coverage.items()},
    )
    context.load_references()
    return context


def previous_import(
    session: Session,
    manifest: Manifest,
    manifest_sha: str,
    *,
    new_installation: bool = False,
) -> ExchangeImport | None:
    """The same package already applied (nothing to do), None for a newer one; an older one or
    one that reuses a sequence number with other content is refused.

    Sequences count per producing office, whichever of its installations wrote the package: a
    copy of the office's data on another computer (an old backup set up again, a second
    installation) that sends a number not above the last one applied from that office would
    overwrite newer figures with older ones, so it is refused and the message says why. When
    the person confirms that the office really works on a new installation now
    (`new_installation`), its package is taken as the newest."""
    last = session.scalars(
        select(ExchangeImport)
        .where(
            ExchangeImport.producer_code == manifest.producer_code,
            ExchangeImport.kind == manifest.kind,
            ExchangeImport.scope_code == manifest.scope_code,
            ExchangeImport.period == manifest.period,
        )
        .order_by(ExchangeImport.imported_at.desc(), ExchangeImport.sequence.desc())
    ).first()
    if last is None or manifest.sequence > last.sequence:
        return None
    when = f"{last.imported_at.astimezone():%d/%m/%Y %H:%M}"
    if last.producer_installation != manifest.installation_id:
        if new_installation:
            return None
        raise FromAnotherInstallation(
            f"{manifest.producer_name} đã gửi gói số {last.sequence} (nhập lúc {when}) từ một "
            f"bản cài đặt khác; gói số {manifest.sequence} này đến từ một bản cài đặt khác hoặc "
            "một bản sao dữ liệu cũ hơn, và có thể ghi đè số liệu mới bằng số liệu cũ. Khi chuyển "
            "sang máy mới, cơ quan gửi cần chép cả thư mục dữ liệu cũ (gồm thư mục keys/ có khóa "
            "ký và tệp so-thu-tu-goi.txt); nếu đúng là cơ quan đã chuyển sang bản cài đặt mới, "
            "hãy xác nhận nhận gói này (dòng lệnh: import --new-installation)."
        )
    if manifest.sequence < last.sequence:
        raise PackageRefused(
            f"gói số {manifest.sequence} của {manifest.producer_name} cũ hơn gói số "
            f"{last.sequence} đã nhập lúc {when} cho cùng phạm vi và năm {manifest.period}."
        )
    if last.manifest_sha256 != manifest_sha:
        raise PackageRefused(
            f"gói số {manifest.sequence} của {manifest.producer_name} khác nội dung với gói cùng "
            f"số đã nhập lúc {when}."
        )
    return last


class FromAnotherInstallation(PackageRefused):
    """An older sequence number from another installation of the same office: an old copy of
    its data, or the office's genuinely new installation (the person decides)."""


def check_signature(session: Session, package: Package) -> str:
    """Verified when a key is registered for the producer (then required); otherwise noted."""
    manifest = package.manifest
    signature = parse_signature(package.signature) if package.signature is not None else None
    if signature is not None and not verify(
        signature.public_key, signature, package.manifest_bytes
    ):
        raise PackageRefused("chữ ký không hợp lệ: nội dung gói đã bị sửa sau khi ký.")
    if signature is not None:
        # A registered key speaks for the office it was registered for, and for no other: a
        # package claiming to come from 917 signed with 916's key is 916 impersonating 917.
        owner = session.scalars(
            select(ProducerKey).where(ProducerKey.fingerprint == signature.fingerprint)
        ).first()
        if owner is not None and owner.office_code != manifest.producer_code:
            raise PackageRefused(
                f"gói ghi là của {manifest.producer_name} (mã {manifest.producer_code}) nhưng được "
                f"ký bằng khóa đã đăng ký cho {owner.office_name} (mã {owner.office_code}): một "
                "khóa chỉ ký gói của cơ quan đã đăng ký nó."
            )
    keys = session.scalars(
        select(ProducerKey).where(ProducerKey.office_code == manifest.producer_code)
    ).all()
    if not keys:
        return UNSIGNED if signature is None else UNVERIFIED
    if signature is None:
        raise PackageRefused(
            f"cơ quan {manifest.producer_name} (mã {manifest.producer_code}) đã đăng ký khóa ký "
            "gói ở đây nhưng gói này không có chữ ký."
        )
    key = next((k for k in keys if k.fingerprint == signature.fingerprint), None)
    if key is None:
        raise PackageRefused(
            f"gói được ký bằng khóa {short_fingerprint(signature.fingerprint)}, không phải khóa đã "
            f"đăng ký cho {manifest.producer_name} (mã {manifest.producer_code})."
        )
    if key.public_key != signature.public_key:  # same fingerprint, so never in practice
        raise PackageRefused("khóa trong chữ ký không khớp với khóa đã đăng ký.")
    return VERIFIED
