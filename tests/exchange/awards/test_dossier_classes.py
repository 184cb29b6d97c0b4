"""A dossier carries its recipients' statistics class (package format 2, for biểu 0602/0603):
the class the commune gave arrives at the city; a class the city gave is kept when the commune
sends none; a format 1 dossier (no class) still reads; a class that is not one, or not of the
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


def test_the_class_travels_up_and_the_citys_own_class_stays(
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

    # the city classes Bình itself, returns the dossier; the commune sends it again unclassed
    reclass(province, there, BINH, RecipientClass.BUSINESSPERSON)
    return_proposal(province.db, there, reason="Bổ sung", returned_on=dt.date(2026, 11, 27))
    assert receive(commune, answer(province, there, "ket-qua-1.tdkt")).applied
    submit_proposal(commune.db, pid, submitted_on=dt.date(2026, 11, 30))
    assert receive(province, send(commune, pid, "ho-so-2.tdkt")).proposal_id == there
    assert classes(province, there) == {
        AN: RecipientClass.LEADER_OTHER,
        BINH: RecipientClass.BUSINESSPERSON,
    }


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
    sent = send(commune, pid, "ho-so.tdkt")

    def wrong(tables: Tables, _files: dict[str, bytes]) -> None:
        tables["recipient"][0]["stat_class"] = stat_class

    bad = craft(commune, sent, tmp_path / "ho-so-sai.tdkt", wrong)
    before = province.dump()
    with pytest.raises(PackageRefused, match=message):
        receive(province, bad)
    assert province.dump() == before
