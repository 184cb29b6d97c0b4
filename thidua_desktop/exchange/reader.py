"""Read a package in memory with limits and check its structure and checksums (no disk writes)."""

from __future__ import annotations

import hashlib
import io
import json
import unicodedata
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.exchange.manifest import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Manifest,
    data_entry,
    file_entry,
    parse_manifest,
)
from thidua_desktop.os_errors import os_error_text

MB = 1024 * 1024
# Limits on what an import reads (README, "Gói dữ liệu"): a package is refused before any of its
# data is decoded when it exceeds one of them.
MAX_PACKAGE_BYTES = 200 * MB
MAX_ENTRY_BYTES = 100 * MB  # one entry, uncompressed
MAX_TOTAL_BYTES = 400 * MB  # all entries, uncompressed
MAX_RATIO = 100  # uncompressed : compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 1 * MB
MAX_ENTRIES = 256  # tables and a dossier's attached files (manifest.MAX_FILES)
MAX_MANIFEST_BYTES = 1 * MB
MAX_SIGNATURE_BYTES = 4096
MAX_LINE_BYTES = 256 * 1024


@dataclass(frozen=True)
class Package:
    """A package whose structure and checksums are sound; its rows are not yet checked."""

    path: Path
    file_sha256: str
    size: int
    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes | None
    tables: dict[str, list[dict[str, Any]]]
    raw: bytes = field(repr=False, default=b"")  # the verified bytes (kept in inbox/ as they are)
    # Rows whose fields were decoded and checked (by table), filled by the first plan of this
    # package: the dry run's checks are not repeated when the same package is then applied.
    decoded: dict[str, list[dict[str, Any]]] = field(
        repr=False, compare=False, default_factory=dict
    )
    # A dossier's attached files by SHA-256, each checked against its hash and size.
    files: dict[str, bytes] = field(repr=False, compare=False, default_factory=dict)

    @property
    def manifest_sha256(self) -> str:
        return hashlib.sha256(self.manifest_bytes).hexdigest()


def read_package(path: Path) -> Package:
    """Open `path` and verify everything that needs no database; PackageRefused otherwise."""
    raw = _read_file(path)
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise PackageRefused(
            f"{path.name} không phải tệp gói ZIP hợp lệ (tệp hỏng hoặc bị cắt cụt)."
        ) from None
    with archive:
        infos = _check_entries(archive)
        manifest_bytes = _read_entry(archive, infos, MANIFEST_NAME, MAX_MANIFEST_BYTES)
        manifest = parse_manifest(manifest_bytes)
        expected = {
            MANIFEST_NAME,
            *(data_entry(t) for t in manifest.tables),
            *(file_entry(digest) for digest in manifest.files),
        }
        present = set(infos)
        missing = sorted(expected - present)
        extra = sorted(present - expected - {SIGNATURE_NAME})
        if missing:
            raise PackageRefused(f"gói thiếu tệp {', '.join(missing)}.")
        if extra:
            raise PackageRefused(f"gói có tệp lạ không được khai báo: {', '.join(extra)}.")
        tables: dict[str, list[dict[str, Any]]] = {}
        for name, entry in sorted(manifest.tables.items()):
            content = _read_entry(archive, infos, data_entry(name), MAX_ENTRY_BYTES)
            if len(content) != entry.bytes or hashlib.sha256(content).hexdigest() != entry.sha256:
                raise PackageRefused(
                    f"tổng kiểm tra (SHA-256) của bảng {name} không khớp với manifest.json: "
                    "gói đã bị sửa hoặc hỏng."
                )
            tables[name] = _parse_lines(name, content)
            if len(tables[name]) != entry.rows:
                raise PackageRefused(
                    f"bảng {name} có {len(tables[name])} dòng, manifest.json ghi {entry.rows}."
                )
        files: dict[str, bytes] = {}
        for digest, size in sorted(manifest.files.items()):
            content = _read_entry(archive, infos, file_entry(digest), MAX_ENTRY_BYTES)
            if len(content) != size or hashlib.sha256(content).hexdigest() != digest:
                raise PackageRefused(
                    f"tệp đính kèm {digest[:12]}… không khớp mã kiểm tra (SHA-256) ghi trong "
                    "manifest.json: gói đã bị sửa hoặc hỏng."
                )
            files[digest] = content
        signature = None
        if SIGNATURE_NAME in infos:
            signature = _read_entry(archive, infos, SIGNATURE_NAME, MAX_SIGNATURE_BYTES)
    return Package(
        path=path,
        file_sha256=hashlib.sha256(raw).hexdigest(),
        size=len(raw),
        manifest=manifest,
        manifest_bytes=manifest_bytes,
        signature=signature,
        tables=tables,
        raw=raw,
        files=files,
    )


def _read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_PACKAGE_BYTES:
            raise PackageRefused(f"tệp {path.name} lớn quá giới hạn {MAX_PACKAGE_BYTES // MB} MB.")
        with path.open("rb") as handle:
            raw = handle.read(MAX_PACKAGE_BYTES + 1)
    except OSError as exc:
        raise PackageRefused(f"không đọc được tệp {path}: {os_error_text(exc)}.") from exc
    if len(raw) > MAX_PACKAGE_BYTES:
        raise PackageRefused(f"tệp {path.name} lớn quá giới hạn {MAX_PACKAGE_BYTES // MB} MB.")
    return raw


def _check_entries(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise PackageRefused(f"gói có {len(infos)} tệp, nhiều hơn giới hạn {MAX_ENTRIES}.")
    by_name: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if (
            not name
            or name.startswith(("/", "\\"))
            or "\\" in name
            or ":" in name
            or "\x00" in name
            or any(part in ("", ".", "..") for part in name.split("/"))
            or info.is_dir()
        ):
            raise PackageRefused(f'gói chứa đường dẫn không an toàn: "{name}".')
        if name in by_name:
            raise PackageRefused(f'gói chứa hai tệp cùng tên "{name}".')
        if info.flag_bits & 0x1:
            raise PackageRefused(f'tệp "{name}" trong gói bị mã hóa; gói không hợp lệ.')
        if info.file_size > MAX_ENTRY_BYTES:
            raise PackageRefused(
                f'tệp "{name}" khi giải nén lớn quá giới hạn {MAX_ENTRY_BYTES // MB} MB.'
            )
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackageRefused(
                f'tệp "{name}" có tỷ lệ nén bất thường (hơn {MAX_RATIO}:1): nghi là "bom nén".'
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackageRefused(
                f"tổng dung lượng giải nén của gói vượt giới hạn {MAX_TOTAL_BYTES // MB} MB."
            )
        by_name[name] = info
    return by_name


def _read_entry(
    archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], name: str, limit: int
) -> bytes:
    info = infos.get(name)
    if info is None:
        raise PackageRefused(f"gói thiếu tệp {name}.")
    if info.file_size > limit:
        raise PackageRefused(f'tệp "{name}" lớn quá giới hạn cho phép.')
    try:
        # ZipExtFile never inflates past the declared size and checks the CRC at the end.
        with archive.open(info) as handle:
            content = handle.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError):
        raise PackageRefused(f'tệp "{name}" trong gói bị hỏng (không giải nén được).') from None
    if len(content) > limit or len(content) != info.file_size:
        raise PackageRefused(f'tệp "{name}" trong gói bị hỏng (kích thước không khớp).')
    return content


def _parse_lines(table: str, content: bytes) -> list[dict[str, Any]]:
    if not content:
        return []
    if not content.endswith(b"\n"):
        raise PackageRefused(f"bảng {table}: dòng cuối không kết thúc bằng ký tự xuống dòng.")
    lines = content[:-1].split(b"\n")
    try:
        # The whole table at once when it is valid UTF-8 in NFC (the usual case); a table that
        # is not is read line by line below to say which line is wrong.
        text = content.decode("utf-8")
        whole_nfc = unicodedata.is_normalized("NFC", text)
    except UnicodeDecodeError:
        whole_nfc = False
    rows: list[dict[str, Any]] = []
    decode = _DECODER.decode
    scan: Callable[[str, int], tuple[Any, int]] = _DECODER.scan_once  # type: ignore[attr-defined]
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE_BYTES:
            raise PackageRefused(
                f"bảng {table}, dòng {number} dài quá {MAX_LINE_BYTES // 1024} KB."
            )
        try:
            text = line.decode("utf-8")
            # The C scanner straight away for a line that is one JSON value and nothing else;
            # anything else (spaces around it, an error) goes through `decode`, which decides.
            try:
                value, end = scan(text, 0)
            except StopIteration:
                end = -1
            if end != len(text):
                value = decode(text)
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise PackageRefused(f"bảng {table}, dòng {number} không phải JSON hợp lệ.") from None
        if not isinstance(value, dict):
            raise PackageRefused(f"bảng {table}, dòng {number} không phải một đối tượng JSON.")
        if not whole_nfc and not unicodedata.is_normalized("NFC", text):
            raise PackageRefused(f"bảng {table}, dòng {number} có chữ không ở dạng Unicode NFC.")
        rows.append(value)
    return rows


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed")


# What json.loads(text, parse_float=Decimal, parse_constant=_no_constant) builds on every call.
_DECODER = json.JSONDecoder(parse_float=Decimal, parse_constant=_no_constant)
