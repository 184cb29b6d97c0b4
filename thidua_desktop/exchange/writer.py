"""Write a package: JSON lines per table, the manifest with checksums, the signature; atomically."""

from __future__ import annotations

import hashlib
import json
import os
import unicodedata
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from thidua_desktop.domain.errors import UserError
from thidua_desktop.exchange.manifest import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Manifest,
    TableEntry,
    data_entry,
    file_entry,
)
from thidua_desktop.os_errors import os_error_text

PARTIAL_SUFFIX = ".partial"


class PackageWriteError(UserError):
    """The package file could not be written (folder missing, no permission, disk full)."""


def encode_rows(rows: Sequence[Mapping[str, Any]], key: str) -> bytes:
    """One JSON object per line, NFC, keys sorted, rows sorted by their id (`key`)."""
    ordered = sorted(rows, key=lambda row: str(row[key]))
    lines = [
        unicodedata.normalize(
            "NFC", json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        )
        for row in ordered
    ]
    return "".join(line + "\n" for line in lines).encode("utf-8")


def write_package(
    path: Path,
    manifest: Manifest,
    tables: Mapping[str, bytes],
    *,
    sign: Callable[[bytes], bytes] | None = None,
    files: Mapping[str, bytes] | None = None,
) -> Manifest:
    """Write the package to `path` (through a temporary name) and return its final manifest.

    `manifest.tables` is filled in here from the encoded tables (`rows` counted by line), and
    for a dossier `manifest.files` from the attached files (by their SHA-256)."""
    final, staged = stage_package(path, manifest, tables, sign=sign, files=files)
    publish_package(staged, path)
    return final


def stage_package(
    path: Path,
    manifest: Manifest,
    tables: Mapping[str, bytes],
    *,
    sign: Callable[[bytes], bytes] | None = None,
    files: Mapping[str, bytes] | None = None,
) -> tuple[Manifest, Path]:
    """Write the whole package under a temporary name beside `path`; `publish_package` gives it
    its name. An export records its sequence between the two, so a crash never leaves a
    package whose number this office has not kept."""
    entries = {
        name: TableEntry(
            rows=content.count(b"\n"),
            bytes=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
        )
        for name, content in tables.items()
    }
    attached = dict(files or {})
    for digest, content in attached.items():
        if hashlib.sha256(content).hexdigest() != digest:  # a kept file changed on disk
            raise PackageWriteError(
                f"Tệp đính kèm {digest[:12]}… đã bị thay đổi trong thư mục dữ liệu: không gửi."
            )
    final = replace(manifest, tables=entries)
    if attached:
        final = replace(final, files={d: len(c) for d, c in sorted(attached.items())})
    manifest_bytes = final.to_bytes()
    stamp = final.created_at.astimezone().timetuple()[:6]
    partial = path.with_name(path.name + PARTIAL_SUFFIX)
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            _add(archive, MANIFEST_NAME, manifest_bytes, stamp)
            for name in sorted(tables):
                _add(archive, data_entry(name), tables[name], stamp)
            for digest in sorted(attached):  # scans and PDFs are compressed already
                _add(archive, file_entry(digest), attached[digest], stamp, zipfile.ZIP_STORED)
            if sign is not None:
                _add(archive, SIGNATURE_NAME, sign(manifest_bytes), stamp)
        with partial.open("rb") as written:
            os.fsync(written.fileno())
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise _write_error(path, exc) from exc
    return final, partial


def publish_package(staged: Path, path: Path) -> None:
    """Give a staged package its name (atomically: the file is whole or absent)."""
    try:
        os.replace(staged, path)
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise _write_error(path, exc) from exc


def _write_error(path: Path, exc: OSError) -> PackageWriteError:
    return PackageWriteError(
        f"Không ghi được gói {path}: {os_error_text(exc)}. "
        "Hãy kiểm tra thư mục, quyền ghi và dung lượng ổ đĩa."
    )


def _add(
    archive: zipfile.ZipFile,
    name: str,
    content: bytes,
    stamp: tuple[int, ...],
    compression: int = zipfile.ZIP_DEFLATED,
) -> None:
    info = zipfile.ZipInfo(name, date_time=(max(stamp[0], 1980), *stamp[1:6]))  # type: ignore[arg-type]
    info.compress_type = compression
    info.external_attr = 0o444 << 16
    archive.writestr(info, content)
