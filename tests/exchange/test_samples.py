"""Packages written by earlier releases (one sample per format version) still import."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from thidua_desktop.exchange.manifest import READABLE_VERSIONS
from thidua_desktop.exchange.reader import read_package
from thidua_desktop.exchange.status import trust_key
from thidua_desktop.services.campaigns.definitions import get_campaign
from thidua_desktop.services.campaigns.results import evaluation_table

from .conftest import Office

SAMPLES = Path(__file__).resolve().parent / "samples"


def test_there_is_a_sample_of_every_readable_format_version() -> None:
    versions = {read_package(p).manifest.format_version for p in SAMPLES.glob("*.tdkt")}
    assert versions == set(READABLE_VERSIONS)


@pytest.mark.parametrize("version", sorted(READABLE_VERSIONS))
def test_the_sample_data_package_imports_at_the_city_with_its_signature(
    version: int, city: Office
) -> None:
    trust_key(city.db, SAMPLES / f"v{version}-khoa-916.json")

    report = city.import_(SAMPLES / f"v{version}-so-lieu-916-2023.tdkt")

    assert report.applied and report.preview.package.signature == "verified"
    assert report.preview.plan.tables["security_status"].counts["replaced"] == 11
    rows = evaluation_table(city.db, year=2023, campaign_code="KH97-2023", unit_code="31117")
    assert next(r.value for r in rows if r.indicator_code == "CONG_TRINH") == Decimal(7)


@pytest.mark.parametrize("version", sorted(READABLE_VERSIONS))
def test_the_sample_definitions_package_imports_at_a_commune(version: int, commune: Office) -> None:
    report = commune.import_(SAMPLES / f"v{version}-dinh-nghia-92-2023.tdkt")

    assert report.applied and report.preview.package.signature == "unverified"
    campaign, indicators = get_campaign(commune.db, "CT10-2023")
    assert campaign.owner_code == "92" and len(indicators) == 10
