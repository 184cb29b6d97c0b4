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


def test_a_confirmed_new_installation_is_taken_as_the_newest(
    make_office: MakeOffice, city: Office
) -> None:
    """A district that really moved to a new computer without its keys/ folder: the city
    confirms once, and the new installation's numbers count from then on."""
    from thidua_desktop.exchange.operations import import_package
    from thidua_desktop.exchange.verify import FromAnotherInstallation

    old = make_office("huyen", DISTRICT)
    for value in ("12", "13", "14"):
        _value(old, value)
        city.import_(old.export())  # numbers 1-3
    new = make_office("huyen-may-moi", DISTRICT)
    _value(new, "20")
    first = new.export()  # number 1 of the new installation
    with pytest.raises(FromAnotherInstallation) as refused:
        city.import_(first)
    assert "keys/" in refused.value.reason and "so-thu-tu-goi.txt" in refused.value.reason
    report = import_package(
        city.db, city.data_dir, first, replace_local=True, new_installation=True
    )
    assert report.applied
    _value(new, "21")
    assert city.import_(new.export()).applied  # number 2: after the accepted number 1
