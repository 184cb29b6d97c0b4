"""Read the bundled "3 không" component list (versioned reference data) into validated specs."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.text import clean

_CODE = re.compile(r"[a-z][a-z0-9_]{0,39}", re.ASCII)


@dataclass(frozen=True)
class ComponentSpec:
    code: str
    label: str
    position: int
    description: str | None
    first_year: int | None
    last_year: int | None


@dataclass(frozen=True)
class ComponentDataset:
    name: str
    version: str
    title: str
    sha256: str
    components: tuple[ComponentSpec, ...]


def _year(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidInput(f"{where}: năm phải là số nguyên.")
    return value


def read_component_dataset(path: Path) -> ComponentDataset:
    raw = path.read_bytes()
    try:
        data = json.loads(raw)
        specs = []
        for number, item in enumerate(data["components"], start=1):
            where = f"Danh mục {path.name}, tiêu chí thứ {number}"
            code = str(item["code"])
            if not _CODE.fullmatch(code):
                raise InvalidInput(f'{where}: mã "{code}" không hợp lệ.')
            label = clean(str(item["label"]))
            if not label:
                raise InvalidInput(f"{where}: thiếu tên tiêu chí.")
            first, last = _year(item.get("first_year"), where), _year(item.get("last_year"), where)
            if first is not None and last is not None and first > last:
                raise InvalidInput(f"{where}: năm bắt đầu sau năm kết thúc.")
            description = clean(str(item.get("description") or "")) or None
            specs.append(
                ComponentSpec(
                    code, label, int(item.get("position", number)), description, first, last
                )
            )
        name, version, title = str(data["dataset"]), str(data["version"]), clean(data["title"])
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidInput(f"Danh mục {path.name} không đúng định dạng: {exc}") from exc
    codes = [spec.code for spec in specs]
    if len(set(codes)) != len(codes):
        raise InvalidInput(f"Danh mục {path.name} có mã tiêu chí trùng nhau.")
    return ComponentDataset(
        name=name,
        version=version,
        title=title,
        sha256=hashlib.sha256(raw).hexdigest(),
        components=tuple(specs),
    )
