"""Nông thôn mới services: criteria sets, the demo, counts per year, recording, refusals, audit."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Callable
from contextlib import AbstractContextManager
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import func, select

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.evaluation import Status
from thidua_desktop.domain.rural import Level
from thidua_desktop.paths import resource
from thidua_desktop.services.campaigns.results import evaluation_table
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.services.core.setup import prepare
from thidua_desktop.services.rural.decisions import recognize
from thidua_desktop.services.rural.edit import set_criterion
from thidua_desktop.services.rural.reference import load_criteria_file, load_reference_criteria
from thidua_desktop.services.rural.rows import CommuneRow
from thidua_desktop.services.rural.status import (
    criteria_sets,
    new_kieu_mau,
    new_nang_cao,
    rural_overview,
)
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, AuditEntry
from thidua_desktop.store.models.rural import RuralCriterionStatus, RuralPlan, RuralRecognition

CountQueries = Callable[[Database], AbstractContextManager[list[str]]]

CITY, CO_DO, THOI_LAI = "92", "925", "927"
DINH_MON, DONG_THANG, THANH_QUOI, TAN_THANH = "31288", "31274", "31246", "31268"


def commune(db: Database, code: str, year: int = 2023) -> CommuneRow:
    return rural_overview(db, year=year, unit_code=code).communes[0]


def audit_entries(db: Database, entity: str) -> list[tuple[str, str, str | None, str | None]]:
    """(action, key, old, new) of the entity's audit entries, oldest first."""
    with db.reading() as session:
        return [
            (e.action, e.entity_key, e.old_value, e.new_value)
            for e in session.scalars(
                select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)
            )
        ]


def count(db: Database, level: Level, year: int, unit: str = CITY) -> D | None:
    compute = new_nang_cao if level is Level.NANG_CAO else new_kieu_mau
    with db.reading() as session:
        unit_id = session.scalar(select(AdminUnit.id).where(AdminUnit.code == unit))
        assert unit_id is not None
        return compute(session, unit_id, year)


# -- the criteria sets --------------------------------------------------------------------------


def test_the_three_sets_are_loaded_with_the_named_revocation_criteria(db: Database) -> None:
    sets = {s.code: s for s in criteria_sets(db, year=2023)}
    assert [s.total for s in sets.values()] == [19, 19, 4]
    ntm = sets[Level.NTM]
    assert [g for g, _ in ntm.groups] == ["I", "II", "III", "IV", "V"]
    assert ntm.criterion("17") is not None and ntm.criterion("17").name == (  # type: ignore[union-attr]
        "Môi trường và an toàn thực phẩm"
    )
    assert [c.code for c in ntm.criteria if c.revocation_key] == ["10", "17", "19"]
    nang_cao = sets[Level.NANG_CAO]
    assert [c.code for c in nang_cao.criteria if c.revocation_key] == ["10", "17", "18", "19"]
    assert "[M]" in nang_cao.criteria[0].note  # names from memory are marked as such
    assert [c.code for c in sets[Level.KIEU_MAU].criteria] == ["a", "b", "c", "d"]
    assert criteria_sets(db, year=2026) == ()  # the 2021-2025 sets end with 2025


def test_loading_the_bundled_sets_again_changes_nothing(db: Database) -> None:
    with db.transaction() as session:
        assert load_reference_criteria(session) == 0
    assert prepare(db) == 0


def overlay(tmp_path: Path, version: str, change: dict[str, object]) -> Path:
    data = json.loads(resource("data", "ntm_criteria_2021_2025.json").read_text("utf-8"))
    data["dataset"] = "cantho-ntm-criteria"
    data["sets"] = [s for s in data["sets"] if s["code"] == "kieu_mau"]
    data["sets"][0]["version"] = version
    data["sets"][0]["criteria"][2].update(change)
    path = tmp_path / f"kieu_mau_{version}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_city_version_with_a_higher_number_replaces_the_sets_texts(
    db: Database, tmp_path: Path
) -> None:
    name = unicodedata.normalize("NFD", "Có ít nhất 01 ấp thông minh theo Quyết định của UBND TP")
    report = load_criteria_file(db, overlay(tmp_path, "2023.1", {"name": name}))
    assert report.loaded == ("kieu_mau 2023.1",)
    kieu_mau = criteria_sets(db, year=2023)[2]
    assert kieu_mau.version == "2023.1"
    assert kieu_mau.criteria[2].name == unicodedata.normalize("NFC", name)
    [(_, _, old, _)] = [e for e in audit_entries(db, "rural_criteria_set") if "2023.1" in e[3]]
    assert "ấp thông minh" in (old or "")
    # The bundled (older) version does not undo it at the next start, nor does an older file.
    assert prepare(db) == 0
    assert criteria_sets(db, year=2023)[2].version == "2023.1"
    older = load_criteria_file(db, overlay(tmp_path, "2022.5", {"name": "Cũ"}))
    assert older.older == ("kieu_mau 2022.5",) and older.loaded == ()


def test_a_version_may_not_drop_a_criterion_that_has_records(
    demo_db: Database, tmp_path: Path
) -> None:
    path = overlay(tmp_path, "2024.1", {})
    data = json.loads(path.read_text("utf-8"))
    data["sets"][0]["criteria"].pop(3)  # condition d), recorded for many communes
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InvalidInput, match="bỏ tiêu chí d"):
        load_criteria_file(demo_db, path)
    assert criteria_sets(demo_db, year=2023)[2].version == "2022.1"


def test_a_malformed_criteria_file_is_refused_clearly(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"dataset": "x", "sets": [{"code": "ntm"}]}', encoding="utf-8")
    with pytest.raises(InvalidInput, match="không đúng định dạng"):
        load_criteria_file(db, path)


# -- the demonstration --------------------------------------------------------------------------


def test_the_demo_has_all_36_xa_at_ntm_or_above(demo_db: Database) -> None:
    overview = rural_overview(demo_db, year=2023)
    assert len(overview.communes) == 36 and overview.demo and overview.has_data
    assert all(c.unit_name.startswith("Xã ") for c in overview.communes)
    t = overview.total
    assert (t.none, t.ntm, t.nang_cao, t.kieu_mau) == (0, 8, 23, 5)
    assert [d.unit_name for d in overview.districts] == [
        "Huyện Cờ Đỏ",
        "Huyện Phong Điền",
        "Huyện Thới Lai",
        "Huyện Vĩnh Thạnh",
    ]


def test_the_demo_follows_the_published_counts(demo_db: Database) -> None:
    # 18/36 nâng cao at the end of 2021, 24/36 after the 2022 recognitions (DOMAIN §3.6).
    assert rural_overview(demo_db, year=2021).total.at_least(Level.NANG_CAO) == 18
    y2022 = rural_overview(demo_db, year=2022)
    assert y2022.total.at_least(Level.NANG_CAO) == 24
    names = {c.unit_name for c in y2022.newly_recognised(Level.NANG_CAO)}
    assert {"Xã Tân Thạnh", "Xã Trường Xuân A", "Xã Xuân Thắng"} <= names
    tan_thanh = commune(demo_db, TAN_THANH, 2022)
    [decision] = [r for r in tan_thanh.recognitions if r.level is Level.NANG_CAO]
    assert decision.decision_number == "331/QĐ-UBND" and decision.year == 2022
    dinh_mon = commune(demo_db, DINH_MON)
    assert dinh_mon.level is Level.KIEU_MAU and Level.KIEU_MAU in dinh_mon.new_levels
    [kieu_mau] = [r for r in dinh_mon.recognitions if r.level is Level.KIEU_MAU]
    assert kieu_mau.announced_on == dt.date(2023, 4, 11)
    assert "giả định" in kieu_mau.note  # the decision date is marked as invented


def test_every_demo_record_says_it_is_a_demonstration(demo_db: Database) -> None:
    with demo_db.reading() as session:
        for model in (RuralRecognition, RuralPlan):
            notes = set(session.scalars(select(model.note)))
            assert notes and all("minh họa" in n for n in notes)
        evidence = set(session.scalars(select(RuralCriterionStatus.evidence_note)))
        sources = set(session.scalars(select(RuralCriterionStatus.source)))
    assert evidence == {"Số liệu minh họa"} and sources == {"demo"}


def test_communes_with_a_level_meet_that_sets_19_criteria_in_the_demo(demo_db: Database) -> None:
    for year in (2022, 2023):
        for c in rural_overview(demo_db, year=year).communes:
            assert c.level is not None
            for level in Level:
                score = c.score(level)
                if score is not None and score.recorded and c.level.rank >= level.rank:
                    assert score.complete, (c.unit_name, year, level)
            assert not c.warnings


def test_loading_the_demo_twice_adds_nothing(demo_db: Database) -> None:
    before = rural_overview(demo_db, year=2023)
    with demo_db.reading() as session:
        rows = session.scalar(select(func.count()).select_from(RuralCriterionStatus))
    assert prepare(demo_db, demo=True) == 0
    with demo_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(RuralCriterionStatus)) == rows
    assert rural_overview(demo_db, year=2023) == before


# -- counts of newly recognised communes --------------------------------------------------------


def test_newly_recognised_communes_are_counted_by_year(demo_db: Database) -> None:
    assert [count(demo_db, Level.NANG_CAO, y) for y in (2021, 2022, 2023)] == [D(8), D(6), D(4)]
    assert [count(demo_db, Level.KIEU_MAU, y) for y in (2021, 2022, 2023)] == [D(0), D(0), D(5)]
    assert count(demo_db, Level.NANG_CAO, 2023, THOI_LAI) == D(2)
    assert count(demo_db, Level.KIEU_MAU, 2023, CO_DO) == D(1)


def test_nothing_recorded_gives_no_data(db: Database) -> None:
    assert count(db, Level.NANG_CAO, 2023) is None
    assert count(db, Level.KIEU_MAU, 2023, THOI_LAI) is None


def test_criteria_recorded_without_any_recognition_count_zero(db: Database) -> None:
    set_profile(db, office_code=CITY)
    set_criterion(db, unit_code=THANH_QUOI, year=2023, set_code="ntm", criterion="1", met=True)
    assert count(db, Level.NANG_CAO, 2023) == D(0)  # the city has data, no recognition
    assert count(db, Level.NANG_CAO, 2023, "924") == D(0)  # Thạnh Quới's district
    assert count(db, Level.NANG_CAO, 2023, THOI_LAI) is None  # nothing there
    assert count(db, Level.NANG_CAO, 2022) is None  # nor in another year


def test_no_data_is_not_zero(demo_db: Database) -> None:
    assert count(demo_db, Level.NANG_CAO, 2023, "916") is None  # Ninh Kiều has no xã
    assert count(demo_db, Level.KIEU_MAU, 2022) == D(0)  # data, but none that year


def test_the_campaign_indicators_are_wired_to_the_counts(demo_db: Database) -> None:
    rows = {
        r.indicator_code: r
        for r in evaluation_table(demo_db, year=2023, campaign_code="CT10-2023")
        if r.indicator_code.startswith("NTM")
    }
    assert rows["NTM_NANG_CAO"].value == D(4) and rows["NTM_NANG_CAO"].status is Status.BELOW
    assert rows["NTM_KIEU_MAU"].value == D(5) and rows["NTM_KIEU_MAU"].status is Status.EXCEEDED
    recognize(
        demo_db,
        unit_code=THANH_QUOI,
        level="nang_cao",
        decision_number="3300/QĐ-UBND",
        decision_date=dt.date(2023, 12, 28),
    )
    rows = {r.indicator_code: r for r in evaluation_table(demo_db, year=2023)}
    assert rows["NTM_NANG_CAO"].value == D(5) and rows["NTM_NANG_CAO"].status is Status.MET


def test_plan_against_achievement_per_district_and_for_the_city(demo_db: Database) -> None:
    overview = rural_overview(demo_db, year=2023)
    city = overview.total.plan(Level.NANG_CAO)
    assert (city.planned, city.achieved_planned, city.new) == (5, 4, 4)
    assert city.target == D(5) and city.target_source == "CT10-2023/NTM_NANG_CAO"
    assert city.status is Status.BELOW
    kieu_mau = overview.total.plan(Level.KIEU_MAU)
    assert (kieu_mau.planned, kieu_mau.new, kieu_mau.status) == (2, 5, Status.EXCEEDED)
    vinh_thanh = next(d for d in overview.districts if d.unit_code == "924")
    plan = vinh_thanh.plan(Level.NANG_CAO)
    assert (plan.planned, plan.new, plan.target_source, plan.status) == (
        2,
        1,
        "plans",
        Status.BELOW,
    )
    thanh_quoi = commune(demo_db, THANH_QUOI)
    assert thanh_quoi.plan is Level.NANG_CAO and thanh_quoi.plan_achieved is False
    assert [m.code for m in thanh_quoi.missing] == ["5", "13"]


def test_the_overview_reads_in_a_fixed_number_of_queries(
    demo_db: Database, count_queries: CountQueries
) -> None:
    with count_queries(demo_db) as small:
        rural_overview(demo_db, year=2023, unit_code="926")  # Phong Điền: 6 xã
    with count_queries(demo_db) as large:
        rural_overview(demo_db, year=2023, unit_code=THOI_LAI)  # 12 xã
    with count_queries(demo_db) as city:
        rural_overview(demo_db, year=2023, unit_code=CITY)  # 36 xã, no unit above it
    assert len(small) == len(large) == len(city) + 1 <= 14
