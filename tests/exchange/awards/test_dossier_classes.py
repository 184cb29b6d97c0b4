"""A dossier carries its recipients' statistics class (biểu 0602/0603): a dossier with a classed
recipient is written in package format 2, which states every recipient's class (the sender's
word wins, none included); one without any stays format 1, which an office on an older release
reads, and leaves the classes the receiver gave; a class that is not one, or not of the
recipient's kind, is refused."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from tests.exchange.awards.craft import Tables, craft
from tests.exchange.awards.test_dossiers import (
    answer,
    proposal_of,
    receive,
    send,
    trust_each_other,
)
from tests.exchange.conftest import Office
from thidua_desktop.domain.awards.types import (
    Category,
    Gender,
    RecipientClass,
    RecipientType,
)
from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.exchange.reader import read_package
from thidua_desktop.services.awards.proposals import get_proposal
from thidua_desktop.services.awards.recipients import save_recipient
from thidua_desktop.services.awards.rows import RecipientEntry
from thidua_desktop.services.awards.workflow import return_proposal, submit_proposal

from .test_dossiers import commune, province  # noqa: F401  (fixtures)

AN, BINH = "Trần Văn An", "Lê Thị Bình"


def classes(office: Office, pid: int) -> dict[str, RecipientClass | None]:
    return {ln.recipient.name: ln.recipient.stat_class for ln in get_proposal(office.db, pid).lines}


def reclass(office: Office, pid: int, name: str, stat_class: RecipientClass | None) -> None:
    line = next(ln for ln in get_proposal(office.db, pid).lines if ln.recipient.name == name)
    r = line.recipient
    entry = RecipientEntry(
        RecipientType.INDIVIDUAL, r.unit_code, r.name, r.gender or Gender.MALE, r.birth_year,
        r.position, r.category or Category.CIVIL_SERVANT, stat_class,
    )  # fmt: skip
    save_recipient(office.db, entry, recipient_id=r.id)


def test_the_class_travels_up_and_the_senders_word_wins(
    commune: Office,  # noqa: F811
    province: Office,  # noqa: F811
    tmp_path: Path,
) -> None:
    trust_each_other(commune, province, tmp_path=tmp_path)
    pid, _line = proposal_of(commune, tmp_path)
    reclass(commune, pid, AN, RecipientClass.LEADER_OTHER)
    first = send(commune, pid, "ho-so-1.tdkt")
    assert read_package(first).manifest.format_version == 2

    there = receive(province, first).proposal_id
    assert classes(province, there) == {AN: RecipientClass.LEADER_OTHER, BINH: None}

    # returned; the commune corrects An's class and classes Bình: the city takes both
    return_proposal(province.db, there, reason="Bổ sung", returned_on=dt.date(2026, 11, 27))
    assert receive(commune, answer(province, there, "ket-qua-1.tdkt")).applied
    reclass(commune, pid, AN, RecipientClass.LEADER_DEPARTMENT)
    reclass(commune, pid, BINH, RecipientClass.BUSINESSPERSON)
    submit_proposal(commune.db, pid, submitted_on=dt.date(2026, 11, 30))
    assert receive(province, send(commune, pid, "ho-so-2.tdkt")).proposal_id == there
    assert classes(province, there) == {
        AN: RecipientClass.LEADER_DEPARTMENT,
        BINH: RecipientClass.BUSINESSPERSON,
    }

    # returned again; Bình's class was a mistake: cleared at the commune, cleared at the city
    return_proposal(province.db, there, reason="Sai phân loại", returned_on=dt.date(2026, 12, 1))
    assert receive(commune, answer(province, there, "ket-qua-2.tdkt")).applied
    reclass(commune, pid, BINH, None)
    submit_proposal(commune.db, pid, submitted_on=dt.date(2026, 12, 2))
    assert receive(province, send(commune, pid, "ho-so-3.tdkt")).proposal_id == there
    assert classes(province, there) == {AN: RecipientClass.LEADER_DEPARTMENT, BINH: None}


def test_a_dossier_without_classes_is_format_1_and_leaves_the_receivers_classes(
    commune: Office,  # noqa: F811
    province: Office,  # noqa: F811
    tmp_path: Path,
) -> None:
    trust_each_other(commune, province, tmp_path=tmp_path)
    pid, _line = proposal_of(commune, tmp_path)
    first = send(commune, pid, "ho-so-1.tdkt")
    assert read_package(first).manifest.format_version == 1
    assert all("stat_class" not in row for row in read_package(first).tables["recipient"])
    there = receive(province, first).proposal_id
    reclass(province, there, BINH, RecipientClass.BUSINESSPERSON)  # the city classes her
    return_proposal(province.db, there, reason="Bổ sung", returned_on=dt.date(2026, 11, 27))
    assert receive(commune, answer(province, there, "ket-qua-1.tdkt")).applied
    submit_proposal(commune.db, pid, submitted_on=dt.date(2026, 11, 30))
    assert receive(province, send(commune, pid, "ho-so-2.tdkt")).proposal_id == there
    assert classes(province, there) == {AN: None, BINH: RecipientClass.BUSINESSPERSON}


def _unclassed(tables: Tables, _files: dict[str, bytes]) -> None:
    for row in tables["recipient"]:
        del row["stat_class"]


def test_a_format_1_dossier_still_reads(
    commune: Office,  # noqa: F811
    province: Office,  # noqa: F811
    tmp_path: Path,
) -> None:
    trust_each_other(commune, province, tmp_path=tmp_path)
    pid, _line = proposal_of(commune, tmp_path)
    reclass(commune, pid, AN, RecipientClass.LEADER_OTHER)
    sent = send(commune, pid, "ho-so.tdkt")
    old = craft(
        commune, sent, tmp_path / "ho-so-v1.tdkt", _unclassed,
        manifest=lambda m: replace(m, format_version=1),
    )  # fmt: skip
    report = receive(province, old)
    assert report.applied
    assert classes(province, report.proposal_id) == {AN: None, BINH: None}


@pytest.mark.parametrize(
    ("stat_class", "message"),
    [
        ("ceo", 'stat_class: giá trị "ceo" không hợp lệ'),
        ("enterprise", "không hợp với loại đối tượng"),
    ],
)
def test_a_class_that_is_not_one_or_not_of_the_kind_is_refused(
    commune: Office,  # noqa: F811
    province: Office,  # noqa: F811
    tmp_path: Path,
    stat_class: str,
    message: str,
) -> None:
    trust_each_other(commune, province, tmp_path=tmp_path)
    pid, _line = proposal_of(commune, tmp_path)
    reclass(commune, pid, AN, RecipientClass.LEADER_OTHER)  # a format 2 dossier
    sent = send(commune, pid, "ho-so.tdkt")

    def wrong(tables: Tables, _files: dict[str, bytes]) -> None:
        tables["recipient"][0]["stat_class"] = stat_class

    bad = craft(commune, sent, tmp_path / "ho-so-sai.tdkt", wrong)
    before = province.dump()
    with pytest.raises(PackageRefused, match=message):
        receive(province, bad)
    assert province.dump() == before
