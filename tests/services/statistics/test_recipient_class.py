"""A recipient's class for the annual statistics: its kind's own choices only, kept, changed."""

from __future__ import annotations

import pytest

from thidua_desktop.domain.awards.types import (
    Category,
    Gender,
    RecipientClass,
    RecipientType,
)
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.services.awards.recipients import save_recipient
from thidua_desktop.services.awards.rows import RecipientEntry
from thidua_desktop.store.engine import Database


def person(stat_class: RecipientClass | None) -> RecipientEntry:
    return RecipientEntry(
        RecipientType.INDIVIDUAL,
        "31299",
        "Trần Văn Sáu",
        Gender.MALE,
        1970,
        "Giám đốc Hợp tác xã",
        Category.OTHER,
        stat_class,
    )


def test_a_class_is_kept_and_changed(demo_db: Database) -> None:
    row = save_recipient(demo_db, person(RecipientClass.BUSINESSPERSON))
    assert row.stat_class is RecipientClass.BUSINESSPERSON
    row = save_recipient(demo_db, person(None), recipient_id=row.id)
    assert row.stat_class is None
    firm = save_recipient(
        demo_db,
        RecipientEntry(
            RecipientType.COLLECTIVE, "31299", "HTX Tân Thới", stat_class=RecipientClass.COOPERATIVE
        ),
    )
    assert firm.stat_class is RecipientClass.COOPERATIVE


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (person(RecipientClass.ENTERPRISE), "không dùng cho cá nhân"),
        (
            RecipientEntry(
                RecipientType.COLLECTIVE, "31299", "Đội", stat_class=RecipientClass.LEADER_OTHER
            ),
            "không dùng cho tập thể",
        ),
        (
            RecipientEntry(
                RecipientType.HOUSEHOLD,
                "31299",
                "Hộ ông A",
                Gender.MALE,
                stat_class=RecipientClass.ENTERPRISE,
            ),
            "dùng được: không có",
        ),
    ],
)
def test_a_class_of_another_kind_is_refused(
    demo_db: Database, entry: RecipientEntry, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        save_recipient(demo_db, entry)


def test_classes_are_parsed_from_their_labels() -> None:
    assert RecipientClass.parse("Doanh nhân") is RecipientClass.BUSINESSPERSON
    assert RecipientClass.parse("hop tac xa") is RecipientClass.COOPERATIVE
    assert RecipientClass.of_kind(RecipientType.HOUSEHOLD) == ()
