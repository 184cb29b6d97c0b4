"""Read nông thôn mới criteria-set files (bundled, or a city's own version) into checked specs."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.rural import Level
from thidua_desktop.domain.text import clean
from thidua_desktop.os_errors import os_error_text

_CODE = re.compile(r"[0-9a-z]{1,10}", re.ASCII)
_VERSION = re.compile(r"[0-9]+(\.[0-9]+)*", re.ASCII)


@dataclass(frozen=True)
class CriterionSpec:
    code: str
    position: int
    group_code: str
    name: str
    indicators: str | None
    revocation_key: bool
    note: str | None


@dataclass(frozen=True)
class CriteriaSetSpec:
    code: Level
    version: str
    first_year: int
    last_year: int
    title: str
    legal_basis: str | None
    groups: tuple[tuple[str, str], ...]  # (code, name) in order
    criteria: tuple[CriterionSpec, ...]
    dataset: str
    sha256: str  # of the set's canonical JSON: what the ref_dataset row compares

    @property
    def key(self) -> str:
        """The ref_dataset name of this set and period, e.g. "rural-criteria/ntm/2021-2025"."""
        return f"rural-criteria/{self.code.value}/{self.first_year}-{self.last_year}"

    @property
    def groups_text(self) -> str:
        return "\n".join(f"{code}={name}" for code, name in self.groups)


def version_key(version: str) -> tuple[int, ...]:
    """ "2022.10" > "2022.9": versions compare as numbers, part by part."""
    return tuple(int(part) for part in version.split("."))


def parse_groups(text: str) -> tuple[tuple[str, str], ...]:
    pairs = (line.partition("=") for line in text.splitlines() if line.strip())
    return tuple((code, name) for code, _, name in pairs)


def _text(value: Any, where: str, what: str, *, required: bool = True) -> str | None:
    text = clean(str(value)) if value is not None else ""
    if required and not text:
        raise InvalidInput(f"{where}: thiếu {what}.")
    return text or None


def _year(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 2000 <= value <= 2100:
        raise InvalidInput(f"{where}: năm không hợp lệ ({value!r}).")
    return value


def _read_set(item: dict[str, Any], dataset: str, where: str) -> CriteriaSetSpec:
    code = Level.parse(str(item["code"]))
    where = f"{where}, bộ {code.value}"
    version = str(item["version"])
    if not _VERSION.fullmatch(version):
        raise InvalidInput(f'{where}: phiên bản "{version}" phải là các số cách nhau bởi dấu chấm.')
    first, last = _year(item["first_year"], where), _year(item["last_year"], where)
    if first > last:
        raise InvalidInput(f"{where}: năm bắt đầu sau năm kết thúc.")
    groups: list[tuple[str, str]] = []
    for group in item["groups"]:
        group_code = str(group["code"])
        groups.append((group_code, _text(group["name"], where, "tên nhóm tiêu chí") or ""))
    known_groups = {g for g, _ in groups}
    if len(known_groups) != len(groups):
        raise InvalidInput(f"{where}: có mã nhóm tiêu chí trùng nhau.")
    criteria: list[CriterionSpec] = []
    for position, raw in enumerate(item["criteria"], start=1):
        c_code = str(raw["code"])
        c_where = f"{where}, tiêu chí thứ {position}"
        if not _CODE.fullmatch(c_code):
            raise InvalidInput(f'{c_where}: mã "{c_code}" không hợp lệ.')
        group_code = str(raw["group"])
        if group_code not in known_groups:
            raise InvalidInput(f'{c_where}: nhóm "{group_code}" không có trong danh sách nhóm.')
        criteria.append(
            CriterionSpec(
                code=c_code,
                position=position,
                group_code=group_code,
                name=_text(raw["name"], c_where, "tên tiêu chí") or "",
                indicators=_text(raw.get("indicators"), c_where, "chỉ tiêu", required=False),
                revocation_key=bool(raw.get("revocation_key", False)),
                note=_text(raw.get("note"), c_where, "ghi chú", required=False),
            )
        )
    codes = [c.code for c in criteria]
    if not codes or len(set(codes)) != len(codes):
        raise InvalidInput(f"{where}: danh sách tiêu chí trống hoặc có mã trùng nhau.")
    canonical = json.dumps(item, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return CriteriaSetSpec(
        code=code,
        version=version,
        first_year=first,
        last_year=last,
        title=_text(item["title"], where, "tên bộ tiêu chí") or "",
        legal_basis=_text(item.get("legal_basis"), where, "căn cứ", required=False),
        groups=tuple(groups),
        criteria=tuple(criteria),
        dataset=dataset,
        sha256=hashlib.sha256(canonical).hexdigest(),
    )


def read_criteria_file(path: Path) -> tuple[CriteriaSetSpec, ...]:
    """Every set in the file, checked; InvalidInput with a Vietnamese message when malformed."""
    where = f"Tệp bộ tiêu chí {path.name}"
    try:
        data = json.loads(path.read_bytes())
        dataset = str(data["dataset"])
        sets = tuple(_read_set(item, dataset, where) for item in data["sets"])
    except OSError as exc:
        raise InvalidInput(f"Không đọc được {path}: {os_error_text(exc)}.") from exc
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidInput(f"{where} không đúng định dạng: {exc}") from exc
    keys = [s.key for s in sets]
    if len(set(keys)) != len(keys):
        raise InvalidInput(f"{where} có hai bộ tiêu chí cùng mã và giai đoạn.")
    return sets


def newest_sets(files: list[Path]) -> list[CriteriaSetSpec]:
    """Per set and period, the highest version found in the files (a city's version wins over
    the national one when its version number is higher)."""
    best: dict[str, CriteriaSetSpec] = {}
    for path in sorted(files):
        for spec in read_criteria_file(path):
            current = best.get(spec.key)
            if current is None or version_key(spec.version) > version_key(current.version):
                best[spec.key] = spec
    return sorted(best.values(), key=lambda s: (s.first_year, s.code.rank))
