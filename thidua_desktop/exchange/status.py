"""Packages received (inbox history), who has reported which year, and the signing keys."""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.exchange.keys import (
    PublicKeyInfo,
    fingerprint,
    office_key,
    raw_public_key,
    read_public_key_file,
    short_fingerprint,
)
from thidua_desktop.exchange.manifest import DATA, KIND_LABELS
from thidua_desktop.exchange.plan import OUTCOMES
from thidua_desktop.exchange.verify import SIGNATURE_LABELS
from thidua_desktop.paths import DataDir
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.scope import children_of, full_name, office_unit
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, Profile
from thidua_desktop.store.models.exchange import ExchangeImport, ProducerKey


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One package received, as the inbox history lists it."""

    id: int
    imported_at: dt.datetime
    imported_by: str
    kind: str
    kind_label: str
    producer_code: str
    producer_name: str
    scope_code: str
    period: int
    sequence: int
    created_at: dt.datetime
    rows: int
    signature: str
    signature_label: str
    inbox_name: str
    original_name: str
    totals: dict[str, int]


@dataclass(frozen=True, slots=True)
class ReportingRow:
    """A unit directly below this office: has it sent its data package for the year?"""

    unit_code: str
    unit_name: str
    sent: bool
    producer_code: str | None
    sequence: int | None
    created_at: dt.datetime | None
    imported_at: dt.datetime | None
    packages: int


@dataclass(frozen=True, slots=True)
class KeyRow:
    office_code: str
    office_name: str
    installation_id: str
    fingerprint: str
    short_fingerprint: str
    registered_at: dt.datetime
    registered_by: str
    note: str | None


def list_imports(db: Database, *, year: int | None = None) -> list[ImportRow]:
    """Packages received, newest first (optionally those for one year)."""
    with db.reading() as session:
        query = select(ExchangeImport).order_by(ExchangeImport.imported_at.desc())
        if year is not None:
            query = query.where(ExchangeImport.period == year)
        return [_import_row(entry) for entry in session.scalars(query)]


def totals_of(summary: str) -> dict[str, int]:
    """An import record's counts per outcome (new, replaced, …) from its per-table summary."""
    try:
        tables = json.loads(summary)
        return {o: sum(int(t.get(o, 0)) for t in tables.values()) for o in OUTCOMES}
    except (ValueError, AttributeError, TypeError):
        return dict.fromkeys(OUTCOMES, 0)


def _import_row(entry: ExchangeImport) -> ImportRow:
    return ImportRow(
        id=entry.id,
        imported_at=entry.imported_at,
        imported_by=entry.imported_by,
        kind=entry.kind,
        kind_label=KIND_LABELS.get(entry.kind, entry.kind),
        producer_code=entry.producer_code,
        producer_name=entry.producer_name,
        scope_code=entry.scope_code,
        period=entry.period,
        sequence=entry.sequence,
        created_at=entry.created_at,
        rows=entry.rows,
        signature=entry.signature,
        signature_label=SIGNATURE_LABELS.get(entry.signature, entry.signature),
        inbox_name=entry.inbox_name,
        original_name=entry.original_name,
        totals=totals_of(entry.summary),
    )


def reporting_status(db: Database, *, year: int) -> list[ReportingRow]:
    """Each unit directly below this office (valid in `year`): the last data package received
    for it (from the unit itself or covering it), or none yet."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    with db.reading() as session:
        office = office_unit(session)
        units = [
            u
            for u in children_of(session, office.id)
            if (u.valid_from is None or u.valid_from <= last)
            and (u.valid_to is None or u.valid_to >= first)
        ]
        imports = session.scalars(
            select(ExchangeImport)
            .where(ExchangeImport.period == year, ExchangeImport.kind == DATA)
            .order_by(ExchangeImport.imported_at)
        ).all()
        return [_reporting_row(unit, imports) for unit in units]


def _reporting_row(unit: AdminUnit, imports: Sequence[ExchangeImport]) -> ReportingRow:
    mine = [e for e in imports if unit.code in (e.producer_code, e.scope_code)]
    latest = mine[-1] if mine else None
    return ReportingRow(
        unit_code=unit.code,
        unit_name=full_name(unit),
        sent=latest is not None,
        producer_code=latest.producer_code if latest else None,
        sequence=latest.sequence if latest else None,
        created_at=latest.created_at if latest else None,
        imported_at=latest.imported_at if latest else None,
        packages=len(mine),
    )


# -- keys ----------------------------------------------------------------------------------------
def own_public_key(db: Database, data_dir: DataDir) -> PublicKeyInfo:
    """This installation's public key with its office (created on first use)."""
    key = office_key(db, data_dir.keys)
    raw = raw_public_key(key)
    with db.reading() as session:
        office = office_unit(session)
        profile = session.get(Profile, 1)
        assert profile is not None
        return PublicKeyInfo(
            office_code=office.code,
            office_name=full_name(office),
            installation_id=profile.installation_id,
            public_key=base64.b64encode(raw).decode("ascii"),
            fingerprint=fingerprint(raw),
        )


def trust_key(
    db: Database, path: Path, *, expected_fingerprint: str | None = None, note: str | None = None
) -> KeyRow:
    """Register another office's public key, read from the file it exported (audited).

    `expected_fingerprint`, read out by the other office (by telephone), must match when given."""
    info = read_public_key_file(path)
    if expected_fingerprint is not None:
        wanted = "".join(expected_fingerprint.split()).lower()
        if len(wanted) < 16 or not info.fingerprint.startswith(wanted):
            raise InvalidInput(
                "Dấu vân tay của khóa trong tệp không khớp với dấu vân tay được đọc: "
                "không đăng ký. Hãy hỏi lại cơ quan gửi."
            )
    with db.transaction() as session:
        profile = session.get(Profile, 1)
        if profile is not None and profile.installation_id == info.installation_id:
            raise InvalidInput("Đây là khóa của chính bản cài đặt này, không cần đăng ký.")
        if (
            session.scalars(select(AdminUnit.id).where(AdminUnit.code == info.office_code)).first()
            is None
        ):
            raise UserError(f"Không có cơ quan mã {info.office_code} trong danh mục đơn vị.")
        existing = session.scalars(
            select(ProducerKey).where(ProducerKey.fingerprint == info.fingerprint)
        ).first()
        if existing is not None:
            raise InvalidInput(
                f"Khóa này đã được đăng ký cho {existing.office_name} (mã {existing.office_code})."
            )
        key = ProducerKey(
            office_code=info.office_code,
            office_name=info.office_name,
            installation_id=info.installation_id,
            public_key=info.public_key,
            fingerprint=info.fingerprint,
            registered_at=utc_now(),
            registered_by=audit.current_operator(session),
            note=note,
        )
        session.add(key)
        audit.record(
            session,
            action="trust_key",
            entity="producer_key",
            key=info.fingerprint,
            new={"office": info.office_code, "installation": info.installation_id},
            reason=note,
        )
        session.flush()
        return _key_row(key)


def list_keys(db: Database) -> list[KeyRow]:
    with db.reading() as session:
        return [
            _key_row(k)
            for k in session.scalars(
                select(ProducerKey).order_by(ProducerKey.office_code, ProducerKey.registered_at)
            )
        ]


def _key_row(key: ProducerKey) -> KeyRow:
    return KeyRow(
        office_code=key.office_code,
        office_name=key.office_name,
        installation_id=key.installation_id,
        fingerprint=key.fingerprint,
        short_fingerprint=short_fingerprint(key.fingerprint),
        registered_at=key.registered_at,
        registered_by=key.registered_by,
        note=key.note,
    )
