"""Crafted cụm, khối packages, re-signed by a trusted office's own key: each is refused with
its reason, and the receiving database and attachment folder stay as they were."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.exchange.awards.craft import Tables, craft
from tests.exchange.awards.test_dossiers import paper, trust_each_other
from tests.exchange.clusters.test_cluster_packages import (
    CITY,
    DAY,
    PDF,
    WARD,
    organise,
    points,
    received,
)
from tests.exchange.conftest import MakeOffice, Office
from thidua_desktop.exchange.clusters.receive import (
    preview_cluster_package,
    receive_cluster_file,
)
from thidua_desktop.exchange.clusters.send import send_scores, send_table
from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.services.attachments.clusters import attach_evidence
from thidua_desktop.services.clusters.scores import record_self_scores

Change = Callable[[Tables, dict[str, bytes]], None]


@pytest.fixture
def city(make_office: MakeOffice) -> Office:
    return make_office("tp", CITY)


@pytest.fixture
def ward(make_office: MakeOffice) -> Office:
    return make_office("phuong", WARD)


@pytest.fixture
def packages(city: Office, ward: Office, tmp_path: Path) -> tuple[Path, Path]:
    """The city's table and the ward's self-scores (one evidence file), keys trusted."""
    trust_each_other(city, ward, tmp_path=tmp_path)
    cid = organise(city, tmp_path)
    table = tmp_path / "bang.tdkt"
    send_table(city.db, city.data_dir, cid, out=table)
    receive_cluster_file(ward.db, ward.data_dir, table)
    row = received(ward)
    record_self_scores(ward.db, row.id, WARD, points("39", "19", "29", "3", "0"), day=DAY)
    attach_evidence(
        ward.db, ward.data_dir, cluster_id=row.id, unit_code=WARD, criterion_code="1.1",
        path=paper(tmp_path, "Báo cáo.pdf", PDF + b"bao cao"), day=DAY,
    )  # fmt: skip
    scores = tmp_path / "diem.tdkt"
    send_scores(ward.db, ward.data_dir, row.id, out=scores)
    return table, scores


def _row(tables: Tables, table: str, **match: Any) -> dict[str, Any]:
    return next(r for r in tables[table] if all(r[k] == v for k, v in match.items()))


def _set(table: str, field: str, value: Any, **match: Any) -> Change:
    def change(tables: Tables, _files: dict[str, bytes]) -> None:
        _row(tables, table, **match)[field] = value

    return change


def _add_score(tables: Tables, _files: dict[str, bytes]) -> None:
    extra = dict(_row(tables, "score", criterion_code="2"))
    tables["score"].append(extra | {"uid": "0" * 8 + "-0000-4000-8000-" + "0" * 12})


def _sub_items_over_parent(tables: Tables, _files: dict[str, bytes]) -> None:
    _row(tables, "criterion", code="1.1")["max_points"] = "50"


def _program_as_pdf(tables: Tables, files: dict[str, bytes]) -> None:
    import hashlib

    row = tables["attachment"][0]
    program = b"MZ\x90\x00" + bytes(300)
    digest = hashlib.sha256(program).hexdigest()
    files.pop(row["sha256"])
    files[digest] = program
    row |= {"sha256": digest, "size": len(program)}


def _foreign_owner(tables: Tables, _files: dict[str, bytes]) -> None:
    tables["attachment"][0]["owner_uid"] = "1" * 8 + "-1111-4111-8111-" + "1" * 12


def _other_ward(tables: Tables, _files: dict[str, bytes]) -> None:
    for row in tables["score"]:
        row["unit_code"] = "31120"


SCORE_CASES = {
    "points over the maximum": (_set("score", "self_points", "45", criterion_code="1.1"),
                                "phải từ 0 đến 40"),
    "a criterion with sub-items": (_set("score", "criterion_code", "1", criterion_code="1.1"),
                                   "không được chấm điểm trực tiếp"),
    "review points smuggled up": (_set("score", "review_points", "40", criterion_code="1.1"),
                                  "không mang điểm cụm chấm"),
    "two scores of one criterion": (_add_score, "hai điểm cho cùng tiêu chí"),
    "a renamed program as evidence": (_program_as_pdf, "nội dung không phải tệp PDF"),
    "evidence of a score not in the package": (_foreign_owner, "không thuộc gói này"),
    "another ward's points": (_other_ward, "không phải thành viên thuộc cơ quan gửi"),
    "thousandths of a point": (_set("score", "self_points", "20.125", criterion_code="1.1"),
                               "2 chữ số thập phân"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(SCORE_CASES))
def test_crafted_self_scores_are_refused(
    case: str, city: Office, ward: Office, packages: tuple[Path, Path], tmp_path: Path
) -> None:
    _table, scores = packages
    change, reason = SCORE_CASES[case]
    bad = craft(ward, scores, tmp_path / "bad.tdkt", change)
    before = city.dump()
    kept = sorted(city.data_dir.attachments.rglob("*"))
    with pytest.raises(PackageRefused, match=reason):
        receive_cluster_file(city.db, city.data_dir, bad)
    assert city.dump() == before
    assert sorted(city.data_dir.attachments.rglob("*")) == kept


TABLE_CASES = {
    "sub-items over their parent": (_sub_items_over_parent, "bảng chấm điểm trong gói"),
    "scores before publication": (
        lambda t, _f: t["score"].append(
            {"uid": "2" * 8 + "-2222-4222-8222-" + "2" * 12, "unit_code": WARD,
             "unit_valid_from": "2025-07-01", "unit_valid_to": None, "criterion_code": "2",
             "self_points": "20", "self_note": None, "review_points": None,
             "review_reason": None}
        ),
        "chưa công bố",
    ),
    "a tie-break that is not a list": (_set("cluster", "tie_break", "{}"), "tie_break"),
    "two heads": (_set("member", "role", "head", unit_code="31135"), "trưởng cụm"),
    "an unknown role": (_set("member", "role", "boss", unit_code="31135"), "vai trò"),
    "an unknown suggestion source": (_set("criterion", "source", "gdp", code="2"), "không hợp lệ"),
    "a review deadline before self-scoring": (
        lambda t, _f: t["cluster"][0].update(
            {"self_score_due": "2026-11-20", "review_due": "2026-11-01"}
        ),
        "hạn chấm chéo trước hạn tự chấm",
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(TABLE_CASES))
def test_crafted_tables_are_refused(
    case: str, city: Office, make_office: MakeOffice, packages: tuple[Path, Path], tmp_path: Path
) -> None:
    table, _scores = packages
    change, reason = TABLE_CASES[case]
    bad = craft(city, table, tmp_path / "bad.tdkt", change)
    fresh = make_office("phuong-moi", WARD)
    (tmp_path / "keys").mkdir()
    trust_each_other(city, fresh, tmp_path=tmp_path / "keys")
    before = fresh.dump()
    with pytest.raises(PackageRefused, match=reason):
        receive_cluster_file(fresh.db, fresh.data_dir, bad)
    assert fresh.dump() == before


def test_a_score_uid_used_here_by_another_record_is_refused(
    city: Office, ward: Office, packages: tuple[Path, Path], tmp_path: Path
) -> None:
    # The uid of a score of the demonstration's own cluster at the city, sent as the ward's.
    _table, scores = packages
    (taken,) = city.sql("SELECT uid FROM cluster_score ORDER BY id LIMIT 1")[0:1]
    bad = craft(ward, scores, tmp_path / "bad.tdkt", _set("score", "uid", taken[0],
                                                         criterion_code="2"))  # fmt: skip
    before = city.dump()
    with pytest.raises(PackageRefused, match="mã định danh"):
        receive_cluster_file(city.db, city.data_dir, bad)
    assert city.dump() == before


def test_a_manifest_without_its_cluster_is_refused(
    city: Office, ward: Office, packages: tuple[Path, Path], tmp_path: Path
) -> None:
    _table, scores = packages
    bad = craft(
        ward, scores, tmp_path / "bad.tdkt", lambda _t, _f: None,
        manifest=lambda m: dataclasses.replace(m, coverage={"score": ("31120",)}),
    )  # fmt: skip
    with pytest.raises(PackageRefused, match="không phải thành viên"):
        receive_cluster_file(city.db, city.data_dir, bad)


def _member(code: str) -> Change:
    def change(tables: Tables, _files: dict[str, bytes]) -> None:
        tables["member"].append(
            {"unit_code": code, "unit_valid_from": None, "unit_valid_to": None, "role": "member"}
        )

    return change


MORE_TABLE_CASES = {
    "the council as its own member": (_member(CITY), "không phải đơn vị trực thuộc"),
    "a year that is not the cluster's": (
        lambda t, _f: t["cluster"][0].update({"year": 2027}), "không đổi được sang năm 2027"
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(MORE_TABLE_CASES))
def test_crafted_changes_of_a_received_table_are_refused(
    case: str, city: Office, ward: Office, packages: tuple[Path, Path], tmp_path: Path
) -> None:
    table, _scores = packages
    change, reason = MORE_TABLE_CASES[case]
    year = 2027 if "year" in case else None
    bad = craft(
        city, table, tmp_path / "bad.tdkt", change,
        manifest=(lambda m: dataclasses.replace(m, period=2027)) if year else None,
    )  # fmt: skip
    before = ward.dump()
    with pytest.raises(PackageRefused, match=reason):
        receive_cluster_file(ward.db, ward.data_dir, bad)
    assert ward.dump() == before


def test_a_sibling_ward_cannot_push_a_cluster_on_another(
    ward: Office, make_office: MakeOffice, packages: tuple[Path, Path], tmp_path: Path
) -> None:
    # Phường Cái Khế sends a cluster of its own "organising" Ninh Kiều (a new uid, its own
    # unregistered key): refused, and the city's real table still arrives afterwards.
    table, _scores = packages
    sibling = make_office("cai-khe", "31120")
    [(installation,)] = sibling.sql("SELECT installation_id FROM profile")
    [(start, end)] = sibling.sql(
        "SELECT valid_from, valid_to FROM admin_unit WHERE code = '31120' AND valid_to IS NULL"
    )
    version = (
        dt.date.fromisoformat(str(start)) if start else None,
        dt.date.fromisoformat(str(end)) if end else None,
    )
    uid = "4" * 8 + "-4444-4444-8444-" + "4" * 12

    def own_cluster(tables: Tables, files: dict[str, bytes]) -> None:
        tables["cluster"][0] |= {
            "uid": uid, "code": "CUM-GIA", "unit_code": "31120",
            "unit_valid_from": str(start) if start else None,
        }  # fmt: skip
        tables["attachment"] = []
        files.clear()

    bad = craft(
        sibling, table, tmp_path / "gia.tdkt", own_cluster,
        manifest=lambda m: dataclasses.replace(
            m, producer_code="31120", producer_name="Phường Cái Khế", installation_id=installation,
            scope_code="31120", scope_name="Phường Cái Khế", cluster=uid,
            producer_version=version, scope_version=version,
        ),
    )  # fmt: skip
    before = ward.dump()
    with pytest.raises(PackageRefused, match="không phải đơn vị trực thuộc"):
        receive_cluster_file(ward.db, ward.data_dir, bad)
    assert ward.dump() == before


def test_an_empty_self_score_package_is_refused(
    city: Office, ward: Office, packages: tuple[Path, Path], tmp_path: Path
) -> None:
    _table, scores = packages

    def empty(tables: Tables, files: dict[str, bytes]) -> None:
        tables["score"], tables["attachment"] = [], []
        files.clear()

    bad = craft(ward, scores, tmp_path / "bad.tdkt", empty)
    with pytest.raises(PackageRefused, match="không có điểm tự chấm nào"):
        receive_cluster_file(city.db, city.data_dir, bad)


def test_two_lines_of_one_criterion_under_two_versions_are_refused(
    city: Office, ward: Office, packages: tuple[Path, Path], tmp_path: Path
) -> None:
    _table, scores = packages

    def twice(tables: Tables, _files: dict[str, bytes]) -> None:
        line = next(r for r in tables["score"] if r["criterion_code"] == "2")
        tables["score"].append(
            line | {"uid": "3" * 8 + "-3333-4333-8333-" + "3" * 12, "unit_valid_from": "2001-01-01"}
        )

    bad = craft(ward, scores, tmp_path / "bad.tdkt", twice)
    with pytest.raises(PackageRefused, match="hai điểm cho cùng tiêu chí"):
        preview_cluster_package(city.db, bad)
