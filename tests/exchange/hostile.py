"""Hostile packages, made from a sound one: each breaks one rule an import must enforce."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

Entries = dict[str, bytes]
Edit = Callable[[Entries], Entries]


def read_entries(path: Path) -> Entries:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def write_entries(path: Path, entries: Entries, *, stored: bool = False) -> Path:
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w", compression=method) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return path


def manifest(entries: Entries) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(entries["manifest.json"])
    return value


def with_manifest(entries: Entries, data: dict[str, Any]) -> Entries:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    return {**entries, "manifest.json": text.encode("utf-8")}


def rows(entries: Entries, table: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in entries[f"data/{table}.jsonl"].splitlines()]


def with_table(entries: Entries, table: str, content: bytes, *, reseal: bool = True) -> Entries:
    """Replace a table; `reseal` fixes the manifest's checksums (and drops the signature), so
    that the checks after the checksums are the ones exercised."""
    changed = {**entries, f"data/{table}.jsonl": content}
    if not reseal:
        return changed
    data = manifest(changed)
    data["tables"][table] = {
        "rows": content.count(b"\n"),
        "bytes": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
    }
    changed.pop("signature", None)
    return with_manifest(changed, data)


def with_rows(entries: Entries, table: str, items: list[dict[str, Any]]) -> Entries:
    lines = [
        json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) for r in items
    ]
    return with_table(entries, table, "".join(line + "\n" for line in lines).encode("utf-8"))


# -- the corpus: name -> (edit of the entries, expected words of the message) --------------------
def tampered_data(e: Entries) -> Entries:
    content = e["data/security_status.jsonl"].replace(b'"met"', b'"not_met"', 1)
    return with_table(e, "security_status", content, reseal=False)


def tampered_manifest(e: Entries) -> Entries:
    data = manifest(e)
    data["tables"]["result"]["rows"] += 1
    return with_manifest(e, data)


def tampered_period(e: Entries) -> Entries:
    data = manifest(e)
    data["period"] = 2022
    without = {k: v for k, v in e.items() if k != "signature"}
    return with_manifest(without, data)


def zip_slip(e: Entries) -> Entries:
    return {**e, "../../thidua.sqlite3": b"x"}


def absolute_path(e: Entries) -> Entries:
    return {**e, "/etc/cron.d/x": b"x"}


def backslash_path(e: Entries) -> Entries:
    return {**e, "data\\..\\..\\x.jsonl": b"x"}


def extra_entry(e: Entries) -> Entries:
    return {**e, "data/notes.jsonl": b""}


def missing_entry(e: Entries) -> Entries:
    return {k: v for k, v in e.items() if k != "data/result.jsonl"}


def zip_bomb(e: Entries) -> Entries:
    return with_table(e, "result", b" " * (20 * 1024 * 1024) + b"\n")


def format_too_new(e: Entries) -> Entries:
    from thidua_desktop.exchange.manifest import READABLE_VERSIONS

    return with_manifest(e, manifest(e) | {"format_version": max(READABLE_VERSIONS) + 1})


def format_wrong(e: Entries) -> Entries:
    return with_manifest(e, manifest(e) | {"format_version": "2"})


def not_a_package(e: Entries) -> Entries:
    return with_manifest(e, manifest(e) | {"format": "something-else"})


def duplicated_ids(e: Entries) -> Entries:
    items = rows(e, "security_status")
    return with_rows(e, "security_status", [*items, items[0]])


def duplicated_cells(e: Entries) -> Entries:
    items = rows(e, "security_status")
    twin = items[0] | {"uid": "00000000-0000-4000-8000-000000000001"}
    return with_rows(e, "security_status", [*items, twin])


def malformed_json(e: Entries) -> Entries:
    return with_table(e, "result", e["data/result.jsonl"] + b'{"uid": "abc", \n')


def not_an_object(e: Entries) -> Entries:
    return with_table(e, "result", b"[1, 2, 3]\n")


def unit_outside_scope(e: Entries) -> Entries:
    items = rows(e, "security_status")
    items[0]["unit_code"] = "31159"  # Phường Bùi Hữu Nghĩa, quận Bình Thủy
    return with_rows(e, "security_status", items)


def owner_outside_scope(e: Entries) -> Entries:
    items = rows(e, "security_status")
    items[0]["owner"] = "918"
    return with_rows(e, "security_status", items)


def record_outside_period(e: Entries) -> Entries:
    items = rows(e, "security_status")
    items[0]["year"] = 2022
    return with_rows(e, "security_status", items)


def unknown_field(e: Entries) -> Entries:
    items = rows(e, "result")
    items[0]["drop_table"] = True
    return with_rows(e, "result", items)


def bad_value(e: Entries) -> Entries:
    items = rows(e, "result")
    items[0]["value"] = "NaN"
    return with_rows(e, "result", items)


def not_nfc(e: Entries) -> Entries:
    items = rows(e, "result")
    items[0]["note"] = "Nguye\u0302\u0303n"  # "Nguyễn" decomposed
    return with_rows(e, "result", items)


def wrong_tables_for_kind(e: Entries) -> Entries:
    data = manifest(e)
    data["kind"] = "definitions"
    return with_manifest({k: v for k, v in e.items() if k != "signature"}, data)


def bad_signature(e: Entries) -> Entries:
    data = manifest(e)
    data["scope_name"] = "Quận Ninh Kiều (đã sửa)"
    return with_manifest(e, data)  # the old signature no longer matches


def garbage_signature(e: Entries) -> Entries:
    return {**e, "signature": b"not a signature"}


def nested_json(e: Entries) -> Entries:
    deep = b"[" * 100_000 + b"]" * 100_000  # Python's JSON parser recurses: RecursionError
    return with_table(e, "result", deep + b"\n")


def nested_manifest(e: Entries) -> Entries:
    nested: Any = "x"
    for _ in range(100_000):
        nested = [nested]
    raw = e["manifest.json"]
    deep = b"[" * 100_000 + b"1" + b"]" * 100_000
    at = raw.index(b'"scope_name":')
    return {
        **{k: v for k, v in e.items() if k != "signature"},
        "manifest.json": raw[:at] + b'"deep": ' + deep + b", " + raw[at:],
    }


def sequence_beyond_sqlite(e: Entries) -> Entries:
    data = manifest(e)
    data["sequence"] = 2**63
    return with_manifest({k: v for k, v in e.items() if k != "signature"}, data)


def sequence_huge(e: Entries) -> Entries:
    raw = e["manifest.json"]
    end = raw.rindex(b"}")  # a repeated key: the last one counts
    huge = b', "sequence": 1' + b"0" * 4000
    data = {k: v for k, v in e.items() if k != "signature"}
    return {**data, "manifest.json": raw[:end] + huge + raw[end:]}


CORPUS: dict[str, tuple[Edit, str]] = {
    "tampered_data": (tampered_data, "tổng kiểm tra (SHA-256) của bảng security_status"),
    "tampered_manifest": (tampered_manifest, "manifest.json ghi"),
    "tampered_period": (tampered_period, "nằm ngoài kỳ của gói"),
    "zip_slip": (zip_slip, "đường dẫn không an toàn"),
    "absolute_path": (absolute_path, "đường dẫn không an toàn"),
    "backslash_path": (backslash_path, "đường dẫn không an toàn"),
    "extra_entry": (extra_entry, "tệp lạ"),
    "missing_entry": (missing_entry, "thiếu tệp data/result.jsonl"),
    "zip_bomb": (zip_bomb, "bom nén"),
    "format_too_new": (format_too_new, "mới hơn phiên bản mà ứng dụng này đọc được"),
    "format_wrong": (format_wrong, "phiên bản định dạng gói không hợp lệ"),
    "not_a_package": (not_a_package, "không phải gói dữ liệu thi đua"),
    "duplicated_ids": (duplicated_ids, "trùng mã định danh"),
    "duplicated_cells": (duplicated_cells, "trùng với một dòng trước"),
    "malformed_json": (malformed_json, "không phải JSON hợp lệ"),
    "not_an_object": (not_an_object, "không phải một đối tượng JSON"),
    "unit_outside_scope": (unit_outside_scope, "không thuộc phạm vi của gói"),
    "owner_outside_scope": (owner_outside_scope, "cơ quan sở hữu mã 918"),
    "record_outside_period": (record_outside_period, "nằm ngoài kỳ của gói"),
    "unknown_field": (unknown_field, "có trường lạ drop_table"),
    "bad_value": (bad_value, "không hợp lệ"),
    "not_nfc": (not_nfc, "NFC"),
    "wrong_tables_for_kind": (wrong_tables_for_kind, "danh sách bảng không đúng"),
    "garbage_signature": (garbage_signature, "chữ ký của gói"),
    "bad_signature": (bad_signature, "chữ ký không hợp lệ"),
    "nested_json": (nested_json, "không"),
    "nested_manifest": (nested_manifest, "không"),
    "sequence_beyond_sqlite": (sequence_beyond_sqlite, "số thứ tự"),
    "sequence_huge": (sequence_huge, "không"),
}
# Refused only where the producer's key is registered (the test registers it for these).
SIGNED_CORPUS: dict[str, tuple[Edit, str]] = {
    "resealed_data": (duplicated_cells, "không có chữ ký"),
    "resealed_period": (tampered_period, "không có chữ ký"),
}
