"""The package manifest (manifest.json): what a package is, who made it, and its checksums."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from thidua_desktop.exchange.errors import PackageRefused

FORMAT = "thidua-package"
# The version this release writes: the lowest that carries what a package holds, so that an
# office still on an older release reads it. 2 (December 2026): a dossier whose recipients are
# classed for the statistics (`stat_class`, biểu 0602/0603) states every recipient's class;
# written only for such a dossier (CLASSED_DOSSIER_VERSION), read for any kind.
FORMAT_VERSION = 1
CLASSED_DOSSIER_VERSION = 2
# Versions this application can read (a sample of each is kept under tests/exchange/samples).
READABLE_VERSIONS = frozenset({1, 2})
DATA, DEFINITIONS = "data", "definitions"
# A khen thưởng dossier going up, and the receiving level's answer (status, return, decision)
# coming down: one proposal each, named by its uid, for one receiving office.
DOSSIER, REPLY = "dossier", "dossier_reply"
DOSSIER_KINDS = (DOSSIER, REPLY)
# A cụm, khối thi đua's table (with its members, giao ước and, once published, every member's
# points) going down to the members' offices, and a member office's self-scores with their
# evidence going up to the organiser: one cluster each, named by its uid.
CLUSTER_TABLE, CLUSTER_SCORES = "cluster_table", "cluster_scores"
CLUSTER_KINDS = (CLUSTER_TABLE, CLUSTER_SCORES)
# Kinds addressed to one receiving office, and kinds that carry files.
ADDRESSED_KINDS = (*DOSSIER_KINDS, CLUSTER_SCORES)
FILE_KINDS = (*DOSSIER_KINDS, *CLUSTER_KINDS)
KINDS = (DATA, DEFINITIONS, *DOSSIER_KINDS, *CLUSTER_KINDS)
KIND_LABELS = {
    DATA: "số liệu",
    DEFINITIONS: "định nghĩa",
    DOSSIER: "hồ sơ khen thưởng",
    REPLY: "kết quả xét hồ sơ",
    CLUSTER_TABLE: "bảng chấm điểm cụm, khối thi đua",
    CLUSTER_SCORES: "điểm tự chấm cụm, khối thi đua",
}
# Where each kind is received (the page, and the command line), for a package given elsewhere.
RECEIVED_AT = {
    DATA: "trang Trao đổi dữ liệu (dòng lệnh: import)",
    DEFINITIONS: "trang Trao đổi dữ liệu (dòng lệnh: import)",
    DOSSIER: "Khen thưởng › Hồ sơ liên cấp › Nhận hồ sơ, kết quả… (dòng lệnh: awards "
    "dossier-receive)",
    REPLY: "Khen thưởng › Hồ sơ liên cấp › Nhận hồ sơ, kết quả… (dòng lệnh: awards "
    "dossier-receive)",
    CLUSTER_TABLE: "trang Cụm, khối thi đua › Trao đổi › Nhận gói cụm, khối… (dòng lệnh: "
    "clusters receive)",
    CLUSTER_SCORES: "trang Cụm, khối thi đua › Trao đổi › Nhận gói cụm, khối… (dòng lệnh: "
    "clusters receive)",
}


def wrong_place(kind: str, expected: str) -> PackageRefused:
    """The refusal of a package given where another kind is received."""
    return PackageRefused(
        f"đây là gói {KIND_LABELS[kind]}, không phải {expected}: hãy nhận ở {RECEIVED_AT[kind]}."
    )


FILES_DIR = "files/"
MAX_FILES = 200
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "signature"
SUFFIX = ".tdkt"

_CODE = re.compile(r"[0-9A-Za-z]{1,16}", re.ASCII)
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.ASCII)
_SHA256 = re.compile(r"[0-9a-f]{64}", re.ASCII)
_TABLE = re.compile(r"[a-z][a-z_]{0,39}", re.ASCII)


Version = tuple[dt.date | None, dt.date | None]  # a unit version's (valid_from, valid_to)


@dataclass(frozen=True)
class TableEntry:
    rows: int
    bytes: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    kind: str
    app_version: str
    schema_revision: str
    producer_code: str
    producer_name: str
    installation_id: str
    scope_code: str
    scope_name: str
    period: int
    sequence: int
    created_at: dt.datetime  # aware
    tables: dict[str, TableEntry]
    reference_data: dict[str, str] = field(default_factory=dict)
    format_version: int = FORMAT_VERSION
    # Per record table, the units whose data the package carries: it supersedes those units'
    # records of the period and no others (empty: derived from the rows, for older packages).
    coverage: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Which version of the producer's and the scope's unit the codes mean (valid_from, valid_to):
    # codes are reused after 01/07/2025. None (older packages): the unit of the period.
    producer_version: Version | None = None
    scope_version: Version | None = None
    # Dossier kinds only: the one office the package is for, the proposal (uid) it carries or
    # answers, and its attached files (SHA-256 -> size), each stored as files/<sha256>.
    receiver_code: str = ""
    receiver_name: str = ""
    receiver_version: Version | None = None
    dossier: str = ""
    files: dict[str, int] = field(default_factory=dict)
    # Cluster kinds: the cụm, khối (uid) the package carries (files as above; a self-score
    # package is also addressed to its receiver).
    cluster: str = ""

    @property
    def total_rows(self) -> int:
        return sum(t.rows for t in self.tables.values())

    def to_json(self) -> dict[str, Any]:
        return (
            {
                "format": FORMAT,
                "format_version": self.format_version,
                "app_version": self.app_version,
                "schema_revision": self.schema_revision,
                "kind": self.kind,
                "producer": {
                    "office_code": self.producer_code,
                    "office_name": self.producer_name,
                    "installation_id": self.installation_id,
                },
                "scope": self.scope_code,
                "scope_name": self.scope_name,
                "period": self.period,
                "sequence": self.sequence,
                "created_at": self.created_at.isoformat(timespec="seconds"),
                "tables": {
                    name: {"rows": t.rows, "bytes": t.bytes, "sha256": t.sha256}
                    for name, t in sorted(self.tables.items())
                },
                "reference_data": dict(sorted(self.reference_data.items())),
            }
            | (
                {"coverage": {t: list(codes) for t, codes in sorted(self.coverage.items())}}
                if self.coverage
                else {}
            )
            | (
                {
                    "unit_versions": {
                        "producer": _version_json(self.producer_version),
                        "scope": _version_json(self.scope_version),
                    }
                }
                if self.producer_version is not None and self.scope_version is not None
                else {}
            )
            | (
                {
                    "receiver": {
                        "office_code": self.receiver_code,
                        "office_name": self.receiver_name,
                        **_version_json(self.receiver_version),
                    }
                }
                if self.kind in ADDRESSED_KINDS
                else {}
            )
            | ({"dossier": self.dossier} if self.kind in DOSSIER_KINDS else {})
            | ({"cluster": self.cluster} if self.kind in CLUSTER_KINDS else {})
            | ({"files": dict(sorted(self.files.items()))} if self.kind in FILE_KINDS else {})
        )

    def to_bytes(self) -> bytes:
        """The exact bytes stored as manifest.json (and signed)."""
        text = json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True, indent=2) + "\n"
        return text.encode("utf-8")


def data_entry(table: str) -> str:
    return f"data/{table}.jsonl"


def file_entry(sha256: str) -> str:
    return f"{FILES_DIR}{sha256}"


# The largest whole number SQLite stores; a sequence beyond it cannot be recorded.
MAX_SEQUENCE = 2**63 - 1


def parse_manifest(raw: bytes) -> Manifest:
    """Read and check manifest.json; PackageRefused for anything unexpected."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise PackageRefused("tệp manifest.json không phải JSON hợp lệ.") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise PackageRefused("đây không phải gói dữ liệu thi đua - khen thưởng (.tdkt).")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackageRefused("phiên bản định dạng gói không hợp lệ.")
    if version not in READABLE_VERSIONS:
        if version > max(READABLE_VERSIONS):
            raise PackageRefused(
                f"gói được tạo theo định dạng phiên bản {version}, mới hơn phiên bản mà ứng dụng "
                f"này đọc được ({max(READABLE_VERSIONS)}). Hãy cập nhật thidua-desktop."
            )
        raise PackageRefused(f"định dạng gói phiên bản {version} không còn được hỗ trợ.")
    kind = _text(data, "kind")
    if kind not in KINDS:
        raise PackageRefused(f'loại gói "{kind}" không hợp lệ (phải là {", ".join(KINDS)}).')
    producer = data.get("producer")
    if not isinstance(producer, dict):
        raise PackageRefused("manifest.json thiếu thông tin cơ quan gửi (producer).")
    installation = _text(producer, "installation_id")
    if not _UUID.fullmatch(installation):
        raise PackageRefused("mã bản cài đặt của cơ quan gửi không hợp lệ.")
    period = data.get("period")
    if not isinstance(period, int) or isinstance(period, bool) or not 2000 <= period <= 2100:
        raise PackageRefused(f"năm của gói không hợp lệ ({period!r}).")
    sequence = data.get("sequence")
    if (
        not isinstance(sequence, int)
        or isinstance(sequence, bool)
        or not 1 <= sequence <= MAX_SEQUENCE
    ):
        raise PackageRefused("số thứ tự gói không hợp lệ.")
    try:
        created = dt.datetime.fromisoformat(_text(data, "created_at"))
    except ValueError:
        created = None
    if created is None or created.tzinfo is None:
        raise PackageRefused("thời điểm tạo gói không hợp lệ (cần ISO 8601 có múi giờ).")
    return Manifest(
        kind=kind,
        format_version=version,
        app_version=_text(data, "app_version"),
        schema_revision=_text(data, "schema_revision"),
        producer_code=_code(producer, "office_code"),
        producer_name=_text(producer, "office_name"),
        installation_id=installation,
        scope_code=_code(data, "scope"),
        scope_name=_text(data, "scope_name", required=False),
        period=period,
        sequence=sequence,
        created_at=created,
        tables=_tables(data.get("tables")),
        reference_data=_reference(data.get("reference_data", {})),
        coverage=_coverage(data.get("coverage", {})),
        **_versions(data.get("unit_versions")),
        **(_receiver(data) if kind in ADDRESSED_KINDS else {}),
        dossier=_uid(data, "dossier", "mã hồ sơ") if kind in DOSSIER_KINDS else "",
        cluster=_uid(data, "cluster", "mã cụm, khối") if kind in CLUSTER_KINDS else "",
        files=_files(data) if kind in FILE_KINDS else {},
    )


def _uid(data: dict[str, Any], key: str, what: str) -> str:
    value = _text(data, key)
    if not _UUID.fullmatch(value):
        raise PackageRefused(f"manifest.json: {what} ({key}) không hợp lệ.")
    return value


def _receiver(data: dict[str, Any]) -> dict[str, Any]:
    """The one office an addressed package is for (required for those kinds)."""
    receiver = data.get("receiver")
    if not isinstance(receiver, dict) or set(receiver) != {
        "office_code",
        "office_name",
        "valid_from",
        "valid_to",
    }:
        raise PackageRefused("manifest.json: thiếu hoặc sai cơ quan nhận hồ sơ (receiver).")
    version = _version({k: receiver[k] for k in ("valid_from", "valid_to")})
    return {
        "receiver_code": _code(receiver, "office_code"),
        "receiver_name": _text(receiver, "office_name"),
        "receiver_version": version,
    }


def _files(data: dict[str, Any]) -> dict[str, int]:
    """The attached files: SHA-256 -> size, each stored as files/<sha256>."""
    files = data.get("files")
    if not isinstance(files, dict) or len(files) > MAX_FILES:
        raise PackageRefused(
            f"manifest.json: danh sách tệp đính kèm không hợp lệ (tối đa {MAX_FILES} tệp)."
        )
    for digest, size in files.items():
        if (
            not isinstance(digest, str)
            or not _SHA256.fullmatch(digest)
            or not isinstance(size, int)
            or isinstance(size, bool)
            or size < 0
        ):
            raise PackageRefused(f'manifest.json: tệp đính kèm "{digest}" không hợp lệ.')
    return dict(files)


def _version_json(version: Version | None) -> dict[str, str | None]:
    start, end = version or (None, None)
    return {
        "valid_from": start.isoformat() if start else None,
        "valid_to": end.isoformat() if end else None,
    }


def _versions(raw: object) -> dict[str, Any]:
    """`unit_versions`: {"producer": {"valid_from", "valid_to"}, "scope": {…}}, optional."""
    if raw is None:
        return {}
    if not isinstance(raw, dict) or set(raw) != {"producer", "scope"}:
        raise PackageRefused("manifest.json: phiên bản đơn vị (unit_versions) không hợp lệ.")
    return {f"{key}_version": _version(raw[key]) for key in ("producer", "scope")}


def _version(entry: object) -> Version:
    """One unit version: {"valid_from", "valid_to"}, each an ISO date or null."""
    if not isinstance(entry, dict) or set(entry) != {"valid_from", "valid_to"}:
        raise PackageRefused("manifest.json: phiên bản đơn vị (unit_versions) không hợp lệ.")
    days: list[dt.date | None] = []
    for name in ("valid_from", "valid_to"):
        value = entry[name]
        try:
            days.append(None if value is None else dt.date.fromisoformat(str(value)))
        except ValueError:
            raise PackageRefused(f"manifest.json: ngày {name} của đơn vị không hợp lệ.") from None
    return (days[0], days[1])


def _text(data: dict[str, Any], key: str, *, required: bool = True) -> str:
    value = data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value) or len(value) > 300:
        raise PackageRefused(f'manifest.json: trường "{key}" thiếu hoặc không hợp lệ.')
    if unicodedata.normalize("NFC", value) != value:
        raise PackageRefused(f'manifest.json: trường "{key}" không ở dạng Unicode NFC.')
    return value


def _code(data: dict[str, Any], key: str) -> str:
    value = _text(data, key)
    if not _CODE.fullmatch(value):
        raise PackageRefused(f'manifest.json: mã đơn vị "{key}" không hợp lệ.')
    return value


def _tables(raw: object) -> dict[str, TableEntry]:
    if not isinstance(raw, dict) or not raw:
        raise PackageRefused("manifest.json thiếu danh sách bảng dữ liệu.")
    tables: dict[str, TableEntry] = {}
    for name, entry in raw.items():
        if not isinstance(name, str) or not _TABLE.fullmatch(name) or not isinstance(entry, dict):
            raise PackageRefused(f'manifest.json: bảng "{name}" không hợp lệ.')
        rows, size, digest = entry.get("rows"), entry.get("bytes"), entry.get("sha256")
        if (
            not isinstance(rows, int)
            or not isinstance(size, int)
            or isinstance(rows, bool)
            or isinstance(size, bool)
            or rows < 0
            or size < 0
            or not isinstance(digest, str)
            or not _SHA256.fullmatch(digest)
        ):
            raise PackageRefused(f'manifest.json: thông tin của bảng "{name}" không hợp lệ.')
        tables[name] = TableEntry(rows=rows, bytes=size, sha256=digest)
    return tables


def _coverage(raw: object) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict):
        raise PackageRefused("manifest.json: phạm vi dữ liệu (coverage) không hợp lệ.")
    coverage: dict[str, tuple[str, ...]] = {}
    for table, codes in raw.items():
        if (
            not isinstance(table, str)
            or not _TABLE.fullmatch(table)
            or not isinstance(codes, list)
            or len(codes) > 100_000
            or not all(isinstance(c, str) and _CODE.fullmatch(c) for c in codes)
        ):
            raise PackageRefused(f'manifest.json: phạm vi dữ liệu của bảng "{table}" không hợp lệ.')
        coverage[table] = tuple(codes)
    return coverage


def _reference(raw: object) -> dict[str, str]:
    if not isinstance(raw, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in raw.items()
    ):
        raise PackageRefused("manifest.json: danh sách dữ liệu tham chiếu không hợp lệ.")
    return dict(raw)
