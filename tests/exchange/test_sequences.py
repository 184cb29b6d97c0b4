"""Package sequences count per producing office, across its installations."""

from __future__ import annotations

import pytest

from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.services.campaigns.results import set_result

from .conftest import DISTRICT, YEAR, MakeOffice, Office


def _value(office: Office, value: str) -> None:
    set_result(office.db, campaign_code="KH97-2023", indicator_code="CONG_TRINH",
               unit_code=DISTRICT, year=YEAR, value=value)  # fmt: skip


def test_an_older_copy_of_the_same_office_cannot_overwrite_newer_figures(
    make_office: MakeOffice, city: Office
) -> None:
    district = make_office("huyen", DISTRICT)
    stale = make_office("huyen-may-cu", DISTRICT)  # the same office's data on an old computer
    _value(district, "12")
    district.export()  # number 1
    _value(district, "14")
    newest = district.export()  # number 2, the newest figures
    city.import_(newest)
    _value(stale, "9")
    old_copy = stale.export()  # number 1 of the other installation
    before = city.dump()
    with pytest.raises(PackageRefused, match="từ một bản cài đặt khác"):
        city.import_(old_copy)
    assert city.dump() == before


def test_another_installation_continuing_the_numbers_is_accepted(
    make_office: MakeOffice, city: Office
) -> None:
    district = make_office("huyen", DISTRICT)
    city.import_(district.export())  # number 1
    moved = make_office("huyen-may-moi", DISTRICT)
    moved.export()  # number 1 here, not sent
    report = city.import_(moved.export())  # number 2: newer than anything from the office
    assert report.applied
