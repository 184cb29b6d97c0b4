"""Profile: the office (its level follows) and the operator; every change is audited."""

from __future__ import annotations

import unicodedata

import pytest
from sqlalchemy import select

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.services.core.audit import current_operator
from thidua_desktop.services.core.profile import get_profile, set_profile
from thidua_desktop.services.core.setup import DEMO_OFFICE_CODE, prepare
from thidua_desktop.services.core.units import UnknownUnitError
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AuditEntry, Profile


def test_a_new_database_has_no_profile(db: Database) -> None:
    assert get_profile(db) is None


@pytest.mark.parametrize(
    ("code", "name", "level"),
    [
        ("92", "Thành phố Cần Thơ", "tinh"),
        ("916", "Quận Ninh Kiều", "huyen"),
        ("31246", "Xã Thạnh Quới", "xa"),
    ],
)
def test_the_level_follows_the_office_unit(db: Database, code: str, name: str, level: str) -> None:
    profile = set_profile(db, office_code=code, operator="Nguyễn Thị Lan")
    assert (profile.office_name, profile.level) == (name, level)
    assert get_profile(db) == profile


def test_operator_name_is_stored_nfc_and_trimmed(db: Database) -> None:
    nfd = unicodedata.normalize("NFD", "  Trần   Văn Đức ")
    set_profile(db, office_code="916", operator=nfd)
    with db.reading() as session:  # as stored (a server shows the signed-in login instead)
        assert session.scalar(select(Profile.operator)) == "Trần Văn Đức"


@pytest.mark.sqlite_only(
    reason="the profile's operator; on a server the signed-in one (tests/server)"
)
def test_unknown_office_is_refused_and_nothing_changes(db: Database) -> None:
    set_profile(db, office_code="916", operator="Lan")
    with pytest.raises(UnknownUnitError, match="00000"):
        set_profile(db, office_code="00000", operator="Khác")
    profile = get_profile(db)
    assert profile is not None
    assert (profile.office_code, profile.operator) == ("916", "Lan")


@pytest.mark.parametrize("operator", ["", "   ", "\u200b", "x" * 121])
def test_blank_or_overlong_operator_is_refused(db: Database, operator: str) -> None:
    with pytest.raises(InvalidInput):
        set_profile(db, office_code="916", operator=operator)
    assert get_profile(db) is None


@pytest.mark.sqlite_only(
    reason="the profile's operator; on a server the signed-in one (tests/server)"
)
def test_profile_changes_are_audited_with_old_and_new_values(db: Database) -> None:
    set_profile(db, office_code="916", operator="Lan")
    set_profile(db, office_code="917", operator="Lan")
    with db.reading() as session:
        entries = session.execute(
            select(AuditEntry.old_value, AuditEntry.new_value, AuditEntry.operator)
            .where(AuditEntry.entity == "profile")
            .order_by(AuditEntry.id)
        ).all()
        assert current_operator(session) == "Lan"
    assert len(entries) == 2
    old, new, operator = entries[1]
    assert '"office": "916"' in (old or "")
    assert '"office": "917"' in (new or "")
    assert operator == "Lan"


def test_demo_sets_the_city_profile_once_and_keeps_a_chosen_one(db: Database) -> None:
    assert prepare(db, demo=True) > 0
    profile = get_profile(db)
    assert profile is not None and profile.demo and profile.office_code == DEMO_OFFICE_CODE
    assert prepare(db, demo=True) == 0

    set_profile(db, office_code="916")
    prepare(db, demo=True)
    again = get_profile(db)
    assert again is not None and again.office_code == "916"
