"""Read the bundled reference data sets (administrative units) into plain, validated rows."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from collections.abc import Collection
from dataclasses import dataclass, replace
from pathlib import Path

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.text import clean
from thidua_desktop.domain.units import UnitKind


@dataclass(frozen=True)
class UnitSpec:
    """One unit as the data set describes it; parents are referred to by code."""

    code: str
    name: str
    kind: UnitKind
    parent_code: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    note: str | None


@dataclass(frozen=True)
class UnitDataset:
    name: str
    version: str
    title: str
    sha256: str
    units: tuple[UnitSpec, ...]  # parents always come before their children


def _date(value: str | None) -> dt.date | None:
    return None if not value else dt.date.fromisoformat(value)


def read_unit_dataset(manifest_path: Path) -> UnitDataset:
    """Parse a manifest (JSON) and its CSV of districts and commune-level units.

    A province's list names its root unit in the manifest ("root"); a list of several provinces
    (the national one) has no root and gives each row's province in `province_*` columns instead.
    A list without `district_*` columns is of the two-tier structure (from 01/07/2025): each
    commune-level unit sits directly under its province. Units listed in "continuing" keep
    their version past the list's end (a province that kept its code, name and kind).
    """
    manifest_bytes = manifest_path.read_bytes()
    manifest = json.loads(manifest_bytes)
    csv_path = manifest_path.with_name(manifest["csv"])
    csv_bytes = csv_path.read_bytes()
    digest = hashlib.sha256(manifest_bytes + b"\0" + csv_bytes).hexdigest()

    valid_from = _date(manifest.get("valid_from"))
    valid_to = _date(manifest.get("valid_to"))
    overrides: dict[str, dict[str, str]] = manifest.get("valid_to_overrides", {})
    continuing = set(manifest.get("continuing", ()))

    def spec(code: str, name: str, kind: UnitKind, parent: str | None) -> UnitSpec:
        override = overrides.get(code, {})
        return UnitSpec(
            code=code,
            name=clean(name),
            kind=kind,
            parent_code=parent,
            valid_from=valid_from,
            valid_to=None if code in continuing else (_date(override.get("valid_to")) or valid_to),
            note=clean(override["note"]) if "note" in override else None,
        )

    root = manifest.get("root")
    provinces: dict[str, UnitSpec] = {}
    if root is not None:
        provinces[root["code"]] = spec(root["code"], root["name"], UnitKind(root["kind"]), None)
    districts: dict[str, UnitSpec] = {}
    communes: list[UnitSpec] = []
    text = csv_bytes.decode("utf-8-sig")
    for line_no, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        try:
            if root is not None:
                province_code = root["code"]
            else:
                province_code = row["province_code"].strip()
                if province_code not in provinces:
                    provinces[province_code] = spec(
                        province_code,
                        row["province_name"],
                        UnitKind.from_label(row["province_kind"]),
                        None,
                    )
            if "district_code" not in row:  # two tiers: the commune sits under its province
                communes.append(
                    spec(
                        row["unit_code"].strip(),
                        row["unit_name"],
                        UnitKind.from_label(row["unit_kind"]),
                        province_code,
                    )
                )
                continue
            district_code = row["district_code"].strip()
            if district_code not in districts:
                districts[district_code] = spec(
                    district_code,
                    row["district_name"],
                    UnitKind.from_label(row["district_kind"]),
                    province_code,
                )
            communes.append(
                spec(
                    row["unit_code"].strip(),
                    row["unit_name"],
                    UnitKind.from_label(row["unit_kind"]),
                    district_code,
                )
            )
        except (KeyError, AttributeError, InvalidInput) as exc:
            raise InvalidInput(f"Dữ liệu đơn vị {csv_path.name}, dòng {line_no}: {exc}") from exc
    for extra in manifest.get("extra_units", ()):  # e.g. island districts without communes
        districts[extra["code"]] = spec(
            extra["code"], extra["name"], UnitKind(extra["kind"]), extra["parent"]
        )
    units: list[UnitSpec] = [*provinces.values(), *districts.values(), *communes]
    codes = [u.code for u in units]
    if len(set(codes)) != len(codes):
        raise InvalidInput(f"Dữ liệu đơn vị {csv_path.name} có mã trùng nhau.")
    return UnitDataset(
        name=manifest["dataset"],
        version=manifest["version"],
        title=clean(manifest["title"]),
        sha256=digest,
        units=tuple(units),
    )


def without_provinces(dataset: UnitDataset, codes: Collection[str]) -> UnitDataset:
    """The list without these provinces and their units, recorded as its own version (so it
    is never mistaken for the whole list): the national list beside a city's own list."""
    dropped, kept = set(codes), []
    for unit in dataset.units:  # parents come before their children
        if unit.code in dropped or unit.parent_code in dropped:
            dropped.add(unit.code)
        else:
            kept.append(unit)
    return replace(
        dataset,
        version=f"{dataset.version} (trừ {','.join(sorted(codes))})",
        sha256=part_digest(dataset.sha256, "-", codes),
        units=tuple(kept),
    )


def part_digest(digest: str, sign: str, codes: Collection[str]) -> str:
    """The checksum of a part of a data set: its own, derived from the whole list's."""
    return f"{digest[:48]}{sign}{','.join(sorted(codes))}"[:64]


def dataset_digest(manifest_path: Path) -> str:
    """The checksum `read_unit_dataset` gives the data set, without parsing it (a start-up
    compares it with the loaded version and parses only when it changed)."""
    manifest_bytes = manifest_path.read_bytes()
    csv_path = manifest_path.with_name(json.loads(manifest_bytes)["csv"])
    return hashlib.sha256(manifest_bytes + b"\0" + csv_path.read_bytes()).hexdigest()


# -- succession -----------------------------------------------------------------------------------

PARTS = ("whole", "partial")


@dataclass(frozen=True, slots=True)
class SuccessionSpec:
    """One row of a succession file: the old unit (its code on the day before) continued, in
    whole or in part, by the new unit (its code on `effective_date`)."""

    line: int
    level: str
    old_code: str
    old_name: str
    new_code: str
    new_name: str
    part: str
    legal_basis: str | None
    clause: str | None
    effective_date: dt.date
    checked: str | None


@dataclass(frozen=True)
class SuccessionDataset:
    name: str
    version: str
    title: str
    sha256: str
    file_name: str
    rows: tuple[SuccessionSpec, ...]


_SUCCESSION_COLUMNS = ("old_code", "new_code", "part", "effective_date")


def read_succession_dataset(manifest_path: Path) -> SuccessionDataset:
    """Parse a succession manifest and its CSV; a malformed row is refused with its line."""
    manifest_bytes = manifest_path.read_bytes()
    manifest = json.loads(manifest_bytes)
    csv_path = manifest_path.with_name(manifest["csv"])
    csv_bytes = csv_path.read_bytes()
    digest = hashlib.sha256(manifest_bytes + b"\0" + csv_bytes).hexdigest()
    reader = csv.DictReader(csv_bytes.decode("utf-8-sig").splitlines())
    missing = [c for c in _SUCCESSION_COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise InvalidInput(f"Bảng kế thừa {csv_path.name} thiếu cột {', '.join(missing)}.")
    rows: list[SuccessionSpec] = []
    seen: set[tuple[str, str, dt.date]] = set()
    for line, row in enumerate(reader, start=2):
        where = f"Bảng kế thừa {csv_path.name}, dòng {line}"
        old, new = (row.get("old_code") or "").strip(), (row.get("new_code") or "").strip()
        part = (row.get("part") or "").strip()
        if not old or not new:
            raise InvalidInput(f"{where}: thiếu mã đơn vị cũ hoặc mới.")
        if part not in PARTS:
            raise InvalidInput(f'{where}: phần kế thừa "{part}" phải là whole hoặc partial.')
        try:
            effective = dt.date.fromisoformat((row.get("effective_date") or "").strip())
        except ValueError:
            raise InvalidInput(f"{where}: ngày hiệu lực không hợp lệ.") from None
        key = (old, new, effective)
        if key in seen:
            raise InvalidInput(f"{where}: cặp {old} → {new} lặp lại.")
        seen.add(key)
        rows.append(
            SuccessionSpec(
                line=line,
                level=clean(row.get("level") or ""),
                old_code=old,
                old_name=clean(row.get("old_name") or ""),
                new_code=new,
                new_name=clean(row.get("new_name") or ""),
                part=part,
                legal_basis=clean(row.get("legal_basis") or "") or None,
                clause=clean(row.get("nq_clause") or "") or None,
                effective_date=effective,
                checked=(row.get("check") or "").strip() or None,
            )
        )
    return SuccessionDataset(
        name=manifest["dataset"],
        version=manifest["version"],
        title=clean(manifest["title"]),
        sha256=digest,
        file_name=csv_path.name,
        rows=tuple(rows),
    )
