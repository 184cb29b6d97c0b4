"""Crafted packages (dossiers, a cụm, khối's): a real package's rows and files changed, then
signed again by the office's own key (what a sender whose key is trusted could send, by mistake
or on purpose)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from tests.exchange.conftest import Office
from thidua_desktop.exchange.keys import office_key, sign
from thidua_desktop.exchange.manifest import Manifest
from thidua_desktop.exchange.reader import read_package
from thidua_desktop.exchange.verify import ROW_ID
from thidua_desktop.exchange.writer import encode_rows, write_package

Tables = dict[str, list[dict[str, Any]]]


def craft(
    office: Office,
    package: Path,
    out: Path,
    change: Callable[[Tables, dict[str, bytes]], None],
    *,
    bump: int = 100,
    manifest: Callable[[Manifest], Manifest] | None = None,
) -> Path:
    """`package` with `change(tables, files)` applied, numbered `bump` above it, re-signed."""
    read = read_package(package)
    tables = copy.deepcopy(read.tables)
    files = dict(read.files)
    change(tables, files)
    made = replace(read.manifest, sequence=read.manifest.sequence + bump, files={})
    if manifest is not None:
        made = manifest(made)
    key = office_key(office.db, office.data_dir.keys)
    encoded = {name: encode_rows(rows, ROW_ID.get(name, "uid")) for name, rows in tables.items()}
    write_package(out, made, encoded, sign=lambda data: sign(key, data), files=files)
    return out
