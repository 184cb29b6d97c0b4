"""Đăng ký thi đua by name: a recipient registers for a title of a year; once a unit keeps such
registrations, a proposal naming a title its recipient did not register for is warned about (a
higher title registered covers the one it needs the same year); refusals name why."""

from __future__ import annotations

import datetime as dt

import pytest

from thidua_desktop.domain.awards.types import AwardKind, ProposalStatus, RecipientType
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.services.audit.trail import query_audit
from thidua_desktop.services.awards.proposals import get_proposal, list_proposals
from thidua_desktop.services.awards.registrations import (
    recipient_registrations,
    register_recipient,
    withdraw_registration,
)
from thidua_desktop.services.awards.rows import ProposalDetail, WarningCode
from thidua_desktop.services.core.locks import PeriodLockedError, lock_year
from thidua_desktop.store.engine import Database

DAY = dt.date(2023, 1, 10)


def draft(db: Database) -> ProposalDetail:
    row = next(
        p
        for p in list_proposals(db, year=2023)
        if p.status is ProposalStatus.DRAFT and p.unit_name == "Xã Giai Xuân"
    )
    return get_proposal(db, row.id)


def unregistered(detail: ProposalDetail) -> list[str]:
    return [w.message for w in detail.warnings if w.code is WarningCode.NOT_REGISTERED]


def test_a_unit_keeping_registrations_is_told_who_did_not_register(demo_db: Database) -> None:
    detail = draft(demo_db)
    titles = [line for line in detail.lines if line.award_kind is AwardKind.TITLE]
    assert titles and unregistered(detail) == []  # nobody registers by name yet: no warning
    first = titles[0]
    row = register_recipient(
        demo_db,
        recipient_id=first.recipient.id,
        year=2023,
        award_code=first.award_code,
        registered_on=DAY,
    )
    assert row.award_name == first.award_name
    detail = draft(demo_db)
    warned = unregistered(detail)
    assert not any(first.recipient.name in message for message in warned)
    others = {line.recipient.name for line in titles[1:] if line.recipient.id != first.recipient.id}
    assert others and all(any(name in m for m in warned) for name in others)
    line_warnings = next(line for line in detail.lines if line.id == titles[1].id).warnings
    assert any("chưa đăng ký thi đua" in w for w in line_warnings)
    assert [r.award_code for r in recipient_registrations(demo_db, first.recipient.id)] == [
        first.award_code
    ]
    assert query_audit(demo_db, entity="award_registration")[0].action == "create"
    # Withdrawn: the unit registers nobody by name any more, so nobody is warned.
    withdraw_registration(demo_db, row.id)
    assert unregistered(draft(demo_db)) == []


def test_a_higher_title_registered_covers_the_one_it_needs(demo_db: Database) -> None:
    detail = draft(demo_db)
    person = next(
        line
        for line in detail.lines
        if line.award_code == "ldtt" and line.recipient.kind is RecipientType.INDIVIDUAL
    )
    register_recipient(
        demo_db, recipient_id=person.recipient.id, year=2023, award_code="cstdcs",
        registered_on=DAY,
    )  # fmt: skip
    assert not any(person.recipient.name in m for m in unregistered(draft(demo_db)))


def test_refusals(demo_db: Database) -> None:
    detail = draft(demo_db)
    person = next(line for line in detail.lines if line.recipient.kind is RecipientType.INDIVIDUAL)
    rid = person.recipient.id
    cases = [
        ("giay_khen_xa", DAY, "không phải danh hiệu thi đua"),  # a form, not a title
        ("ttldtt", DAY, "không phải danh hiệu thi đua"),  # a collective's title
        ("ldtt", dt.date(2024, 2, 1), "không thuộc năm thi đua 2023"),
    ]
    for code, day, words in cases:
        with pytest.raises(InvalidInput, match=words):
            register_recipient(
                demo_db, recipient_id=rid, year=2023, award_code=code, registered_on=day
            )
    register_recipient(demo_db, recipient_id=rid, year=2023, award_code="LDTT", registered_on=DAY)
    with pytest.raises(InvalidInput, match="Đã đăng ký"):
        register_recipient(
            demo_db, recipient_id=rid, year=2023, award_code="ldtt", registered_on=DAY
        )
    lock_year(demo_db, 2022)
    with pytest.raises(PeriodLockedError):
        register_recipient(
            demo_db, recipient_id=rid, year=2022, award_code="ldtt",
            registered_on=dt.date(2022, 1, 5),
        )  # fmt: skip
    assert len(recipient_registrations(demo_db, rid)) == 1
