"""Read the bundled reference data sets (administrative units) into plain, validated rows."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
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
    """
    manifest_bytes = manifest_path.read_bytes()
    manifest = json.loads(manifest_bytes)
    csv_path = manifest_path.with_name(manifest["csv"])
    csv_bytes = csv_path.read_bytes()
    digest = hashlib.sha256(manifest_bytes + b"\0" + csv_bytes).hexdigest()

    valid_from = _date(manifest.get("valid_from"))
    valid_to = _date(manifest.get("valid_to"))
    overrides: dict[str, dict[str, str]] = manifest.get("valid_to_overrides", {})

    def spec(code: str, name: str, kind: UnitKind, parent: str | None) -> UnitSpec:
        override = overrides.get(code, {})
        return UnitSpec(
            code=code,
            name=clean(name),
            kind=kind,
            parent_code=parent,
            valid_from=valid_from,
            valid_to=_date(override.get("valid_to")) or valid_to,
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
