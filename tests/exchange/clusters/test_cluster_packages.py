"""A cụm thi đua between offices: thành phố Cần Thơ organises five wards and sends the table
down; phường Ninh Kiều receives it, scores itself with evidence files and sends its self-scores
up; the city receives them, reviews, publishes and sends the published ranking back down."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest

from tests.exchange.awards.test_dossiers import paper, trust_each_other
from tests.exchange.conftest import MakeOffice, Office
from thidua_desktop.domain.attachments import AttachmentKind
from thidua_desktop.domain.clusters import ClusterKind, ClusterRole, CriterionKind
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.exchange.clusters.receive import (
    preview_cluster_package,
    receive_cluster_file,
)
from thidua_desktop.exchange.clusters.send import (
    preview_scores,
    preview_table,
    send_scores,
    send_table,
)
from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.exchange.operations import import_package
from thidua_desktop.services.attachments.clusters import (
    attach_agreement,
    attach_evidence,
    member_evidence,
)
from thidua_desktop.services.attachments.files import copy_attachment, remove_attachment
from thidua_desktop.services.audit.trail import query_audit
from thidua_desktop.services.clusters.clusters import (
    get_cluster,
    list_clusters,
    save_cluster,
    set_members,
    set_table,
)
from thidua_desktop.services.clusters.rows import (
    ClusterEntry,
    ClusterRow,
    CriterionEntry,
    PointsEntry,
)
from thidua_desktop.services.clusters.scores import (
    cluster_ranking,
    member_scores,
    publish_ranking,
    record_self_scores,
    review_scores,
)

CITY, WARD = "92", "31135"  # thành phố Cần Thơ; phường Ninh Kiều
WARDS = ("31120", "31135", "31147", "31150", "31153")
YEAR = 2026
TABLE = [
    CriterionEntry("1", "Thực hiện nhiệm vụ chính trị", D(60)),
    CriterionEntry("1.1", "Chỉ tiêu kinh tế - xã hội", D(40), parent="1", evidence="Báo cáo"),
    CriterionEntry("1.2", "Cải cách hành chính", D(20), parent="1"),
    CriterionEntry("2", "An ninh, trật tự", D(30)),
    CriterionEntry("3", "Điểm thưởng: mô hình mới", D(5), CriterionKind.BONUS),
    CriterionEntry("4", "Điểm trừ: chậm báo cáo", D(5), CriterionKind.DEDUCTION),
]
PDF = b"%PDF-1.4\n% bao cao tong ket\n" + bytes(range(256)) * 20 + b"\n%%EOF\n"
SCAN = b"\x89PNG\r\n\x1a\n" + bytes(reversed(range(256))) * 30
DAY = dt.date(2026, 11, 10)


@pytest.fixture
def city(make_office: MakeOffice) -> Office:
    return make_office("tp", CITY)


@pytest.fixture
def ward(make_office: MakeOffice) -> Office:
    return make_office("phuong", WARD)


def organise(city: Office, tmp_path: Path, *, due: dt.date | None = None) -> int:
    """Cụm thi đua số 1 at the city, with its table, members and the signed giao ước."""
    entry = ClusterEntry(
        YEAR, "CUM-P1", "Cụm thi đua số 1 (các phường)", ClusterKind.CLUSTER, CITY,
        agreement_number="05/GƯTĐ-CTĐ1", agreement_date=dt.date(2026, 3, 12),
        signatories="Chủ tịch UBND 5 phường", self_score_due=due,
    )  # fmt: skip
    cid = save_cluster(city.db, entry).cluster.id
    roles = [ClusterRole.HEAD, ClusterRole.DEPUTY] + [ClusterRole.MEMBER] * 3
    set_members(city.db, cid, list(zip(WARDS, roles, strict=True)))
    set_table(city.db, cid, TABLE, tie_break=["2"])
    attach_agreement(
        city.db, city.data_dir, cluster_id=cid,
        path=paper(tmp_path, "Giao uoc 05 - Cụm 1.pdf", PDF),
    )  # fmt: skip
    return cid


def received(office: Office) -> ClusterRow:
    (row,) = [r for r in list_clusters(office.db, year=YEAR) if r.code == "CUM-P1"]
    return row


def points(*values: str, note: str = "Báo cáo tổng kết") -> dict[str, PointsEntry]:
    return {
        code: PointsEntry(D(v), note)
        for code, v in zip(("1.1", "1.2", "2", "3", "4"), values, strict=True)
    }


def test_table_down_self_scores_up_published_ranking_down(
    city: Office, ward: Office, tmp_path: Path
) -> None:
    trust_each_other(city, ward, tmp_path=tmp_path)
    cid = organise(city, tmp_path)
    preview = preview_table(city.db, cid)
    assert (preview.criteria, preview.scores, preview.published) == (6, 0, False)
    assert len(preview.units) == 5 and [p.file_name for p in preview.papers] == [
        "Giao uoc 05 - Cụm 1.pdf"
    ]
    table = tmp_path / "gửi #1 ?%" / "bang-cham-diem.tdkt"
    table.parent.mkdir()
    sent = send_table(city.db, city.data_dir, cid, out=table)
    assert sent.sequence >= 1 and table.exists()

    # The ward receives the table: the cluster is the city's, read-only but for its own scores.
    seen = preview_cluster_package(ward.db, table)
    assert (seen.cluster_code, seen.criteria, seen.already_at) == ("CUM-P1", 6, None)
    assert seen.signature_label.startswith("chữ ký hợp lệ")
    report = receive_cluster_file(ward.db, ward.data_dir, table)
    assert report.applied and report.inbox_path is not None
    row = received(ward)
    detail = get_cluster(ward.db, row.id)
    assert detail.received and row.organiser == "Thành phố Cần Thơ"
    assert detail.own_members == (WARD,) and not row.editable
    assert [c.code for c in detail.criteria] == ["1", "1.1", "1.2", "2", "3", "4"]
    assert row.agreement_number == "05/GƯTĐ-CTĐ1"
    with pytest.raises(InvalidInput, match="do Thành phố Cần Thơ tổ chức"):
        set_table(ward.db, row.id, TABLE[:4])
    with pytest.raises(InvalidInput, match="không thuộc phạm vi"):
        record_self_scores(ward.db, row.id, "31120", points("30", "15", "25", "0", "0"), day=DAY)
    # The same package again changes nothing.
    again = receive_cluster_file(ward.db, ward.data_dir, table)
    assert not again.applied and again.preview.already_at is not None

    # The ward scores itself, with a report as evidence for 1.1, and sends its scores up.
    record_self_scores(ward.db, row.id, WARD, points("39", "19", "29", "3", "0"), day=DAY)
    attach_evidence(
        ward.db, ward.data_dir, cluster_id=row.id, unit_code=WARD, criterion_code="1.1",
        path=paper(tmp_path, "Báo cáo KT-XH 2026.pdf", PDF), day=DAY,
    )  # fmt: skip
    attach_evidence(
        ward.db, ward.data_dir, cluster_id=row.id, unit_code=WARD, criterion_code="2",
        path=paper(tmp_path, "Ảnh mô hình.png", SCAN), kind=AttachmentKind.OTHER, day=DAY,
    )  # fmt: skip
    with pytest.raises(InvalidInput, match="có tiêu chí con"):
        attach_evidence(
            ward.db, ward.data_dir, cluster_id=row.id, unit_code=WARD, criterion_code="1",
            path=paper(tmp_path, "x.pdf", PDF), day=DAY,
        )  # fmt: skip
    scores = member_scores(ward.db, row.id, WARD)
    assert scores.self_editable and scores.self_totals.total == D(90)
    assert {s.criterion_code: s.evidence for s in scores.scores}["1.1"] == 1
    up = preview_scores(ward.db, row.id)
    assert up.receiver_name == "Thành phố Cần Thơ" and up.scores == 5
    assert sorted((p.criterion, p.file_name) for p in up.papers) == [
        ("1.1", "Báo cáo KT-XH 2026.pdf"),
        ("2", "Ảnh mô hình.png"),
    ]
    scores_file = tmp_path / "diem-tu-cham.tdkt"
    send_scores(ward.db, ward.data_dir, row.id, out=scores_file)
    assert member_scores(ward.db, row.id, WARD).scores_sent_at is not None

    # A data package importer refuses it and says where it goes.
    with pytest.raises(PackageRefused, match="clusters receive"):
        import_package(city.db, city.data_dir, scores_file)

    # The city receives them: the ward's points and evidence are there, bytes intact.
    seen = preview_cluster_package(city.db, scores_file)
    assert seen.units == ("Phường Ninh Kiều",) and seen.scores == 5 and len(seen.papers) == 2
    receive_cluster_file(city.db, city.data_dir, scores_file)
    at_city = member_scores(city.db, cid, WARD)
    assert at_city.self_totals.total == D(90) and at_city.scores_received_at is not None
    evidence = member_evidence(city.db, cid, WARD)
    assert [(e.owner_label, e.file_name) for e in evidence] == [
        ("Tiêu chí 1.1", "Báo cáo KT-XH 2026.pdf"),
        ("Tiêu chí 2", "Ảnh mô hình.png"),
    ]
    copy = copy_attachment(city.db, city.data_dir, evidence[1].uid, tmp_path / "ban-sao.png")
    assert copy.read_bytes() == SCAN
    assert not receive_cluster_file(city.db, city.data_dir, scores_file).applied

    # The ward corrects itself (drops the picture, lowers 1.2) and sends again: replaced.
    record_self_scores(ward.db, row.id, WARD, points("39", "18", "29", "3", "0"), day=DAY)
    picture = next(e for e in member_evidence(ward.db, row.id, WARD) if e.file_name.endswith("png"))
    remove_attachment(ward.db, ward.data_dir, picture.uid)
    second = tmp_path / "diem-tu-cham-2.tdkt"
    send_scores(ward.db, ward.data_dir, row.id, out=second)
    receive_cluster_file(city.db, city.data_dir, second)
    assert member_scores(city.db, cid, WARD).self_totals.total == D(89)
    assert [e.file_name for e in member_evidence(city.db, cid, WARD)] == ["Báo cáo KT-XH 2026.pdf"]
    # The first package, older now, is refused.
    with pytest.raises(PackageRefused, match="cũ hơn"):
        receive_cluster_file(city.db, city.data_dir, scores_file)

    # The other wards' scores are typed at the city; the cluster reviews and publishes.
    for code, values in (
        ("31120", ("38", "18", "28", "2", "0")),
        ("31147", ("35", "17", "25", "0", "2")),
        ("31150", ("36", "18", "27", "0", "0")),
        ("31153", ("30", "15.5", "26", "0", "1")),
    ):
        record_self_scores(city.db, cid, code, points(*values), day=DAY)
    review_scores(
        city.db, cid, WARD,
        {"1.2": PointsEntry(D(17), "Chưa đủ hồ sơ cải cách hành chính")},
        day=dt.date(2026, 11, 25),
    )  # fmt: skip
    # Reviewed: the ward's later package would be refused at the city.
    with pytest.raises(InvalidInput, match="đã chấm chéo"):
        record_self_scores(city.db, cid, WARD, points("39", "19", "29", "3", "0"), day=DAY)
    publish_ranking(city.db, cid, day=dt.date(2026, 12, 1))
    ranking = cluster_ranking(city.db, cid)
    assert ranking.rows[0].unit_code == WARD and ranking.rows[0].totals.total == D(88)

    # The published ranking goes down: the ward sees every member's points, locked.
    published = tmp_path / "ket-qua.tdkt"
    down = send_table(city.db, city.data_dir, cid, out=published)
    assert down.preview.published and down.preview.scores == 25
    receive_cluster_file(ward.db, ward.data_dir, published)
    at_ward = cluster_ranking(ward.db, row.id)
    assert [(r.unit_code, r.totals.total) for r in at_ward.rows] == [
        (r.unit_code, r.totals.total) for r in ranking.rows
    ]
    assert at_ward.cluster.published_on == dt.date(2026, 12, 1)
    ward_scores = member_scores(ward.db, row.id, WARD)
    assert not ward_scores.self_editable and "công bố" in ward_scores.self_reason
    # The ward's own evidence stays with its (published) points.
    assert [e.file_name for e in member_evidence(ward.db, row.id, WARD)] == [
        "Báo cáo KT-XH 2026.pdf"
    ]
    with pytest.raises(InvalidInput, match="đã công bố"):
        send_scores(ward.db, ward.data_dir, row.id, out=tmp_path / "muon.tdkt")

    # Both sides audited each step.
    ward_actions = {e.action for e in query_audit(ward.db, entity="emulation_cluster")}
    city_actions = {e.action for e in query_audit(city.db, entity="emulation_cluster")}
    assert {"cluster_table_receive", "cluster_scores_send", "self_score"} <= ward_actions
    assert {"cluster_table_send", "cluster_scores_receive", "review_score"} <= city_actions


def test_refusals_leave_both_offices_unchanged(
    city: Office, ward: Office, make_office: MakeOffice, tmp_path: Path
) -> None:
    trust_each_other(city, ward, tmp_path=tmp_path)
    cid = organise(city, tmp_path)
    table = tmp_path / "bang.tdkt"
    send_table(city.db, city.data_dir, cid, out=table)

    # The city does not take back its own table, nor an office outside the cluster.
    with pytest.raises(PackageRefused, match="chính bản cài đặt"):
        preview_cluster_package(city.db, table)
    outsider = make_office("xa-khac", "31299")  # xã Phong Điền: not a member
    with pytest.raises(PackageRefused, match="không có thành viên nào"):
        receive_cluster_file(outsider.db, outsider.data_dir, table)
    # Self-scores are only for members, and go only to the organiser.
    with pytest.raises(InvalidInput, match="chính cơ quan này tổ chức"):
        preview_scores(city.db, cid)
    receive_cluster_file(ward.db, ward.data_dir, table)
    row = received(ward)
    with pytest.raises(InvalidInput, match="Chưa có điểm tự chấm"):
        preview_scores(ward.db, row.id)
    record_self_scores(ward.db, row.id, WARD, points("39", "19", "29", "3", "0"), day=DAY)
    scores_file = tmp_path / "diem.tdkt"
    send_scores(ward.db, ward.data_dir, row.id, out=scores_file)
    with pytest.raises(PackageRefused, match="không phải cơ quan này"):
        receive_cluster_file(outsider.db, outsider.data_dir, scores_file)
    with pytest.raises(PackageRefused, match="không phải gói của cụm"):
        receive_cluster_file(ward.db, ward.data_dir, _data_package(city, tmp_path))

    # Made after the deadline the city set meanwhile: refused, nothing changes.
    before = city.dump()
    detail = get_cluster(city.db, cid)
    c = detail.cluster
    entry = ClusterEntry(
        YEAR, c.code, c.name, c.kind, CITY, c.agreement_number, c.agreement_date,
        c.signatories, self_score_due=dt.date(2026, 1, 5),
    )  # fmt: skip
    save_cluster(city.db, entry, cluster_id=cid)
    before = city.dump()
    with pytest.raises(PackageRefused, match="sau hạn tự chấm điểm ngày 05/01/2026"):
        receive_cluster_file(city.db, city.data_dir, scores_file)
    assert city.dump() == before
    assert member_scores(city.db, cid, WARD).scores == ()

    # A second cluster of the same year and code at the ward refuses the table.
    other = make_office("phuong-2", WARD)
    clash = ClusterEntry(YEAR, "CUM-P1", "Cụm của phường", ClusterKind.CLUSTER, WARD)
    save_cluster(other.db, clash)
    before = other.dump()
    with pytest.raises(PackageRefused, match="đã có cụm, khối mã CUM-P1"):
        receive_cluster_file(other.db, other.data_dir, table)
    assert other.dump() == before


def test_table_changes_drop_scores_of_criteria_gone(
    city: Office, ward: Office, tmp_path: Path
) -> None:
    cid = organise(city, tmp_path)
    first = tmp_path / "bang-1.tdkt"
    send_table(city.db, city.data_dir, cid, out=first)
    receive_cluster_file(ward.db, ward.data_dir, first)
    row = received(ward)
    record_self_scores(ward.db, row.id, WARD, points("39", "19", "29", "3", "0"), day=DAY)
    attach_evidence(
        ward.db, ward.data_dir, cluster_id=row.id, unit_code=WARD, criterion_code="3",
        path=paper(tmp_path, "mo-hinh.pdf", PDF + b"mo hinh"), day=DAY,
    )  # fmt: skip
    kept = {p.name for p in ward.data_dir.attachments.rglob("*") if p.is_file()}
    # The city drops the bonus item (nobody scored it there) and sends the table again.
    set_table(city.db, cid, [c for c in TABLE if c.code != "3"], tie_break=["2"])
    second = tmp_path / "bang-2.tdkt"
    send_table(city.db, city.data_dir, cid, out=second)
    seen = preview_cluster_package(ward.db, second)
    assert any("1 điểm tự chấm" in change for change in seen.changes)
    receive_cluster_file(ward.db, ward.data_dir, second)
    scores = member_scores(ward.db, row.id, WARD)
    assert [s.criterion_code for s in scores.scores] == ["1.1", "1.2", "2", "4"]
    assert member_evidence(ward.db, row.id, WARD) == []
    # Its bytes went with it; the giao ước's stay.
    after = {p.name for p in ward.data_dir.attachments.rglob("*") if p.is_file()}
    assert len(kept) == 2 and len(after) == 1 and after < kept
    with pytest.raises(PackageRefused, match="cũ hơn"):
        receive_cluster_file(ward.db, ward.data_dir, first)


def _data_package(office: Office, tmp_path: Path) -> Path:
    return office.export(year=YEAR)


def test_old_manifest_field_order_is_kept(city: Office, tmp_path: Path) -> None:
    # A dossier manifest reads as before: the cluster fields are absent from other kinds.
    cid = organise(city, tmp_path)
    out = tmp_path / "bang.tdkt"
    report = send_table(city.db, city.data_dir, cid, out=out)
    import json
    import zipfile

    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["kind"] == "cluster_table" and "receiver" not in manifest
    assert "dossier" not in manifest and manifest["cluster"]
    assert list(manifest["files"].values()) == [len(PDF)]
    assert dataclasses.asdict(report.preview)["year"] == YEAR


def test_a_ward_moved_to_another_cluster_follows_the_organiser(
    city: Office, ward: Office, tmp_path: Path
) -> None:
    from thidua_desktop.services.clusters.clusters import get_cluster as detail_of

    cid = organise(city, tmp_path)
    first = tmp_path / "cum-1.tdkt"
    send_table(city.db, city.data_dir, cid, out=first)
    receive_cluster_file(ward.db, ward.data_dir, first)
    record_self_scores(
        ward.db, received(ward).id, WARD, points("39", "19", "29", "3", "0"), day=DAY
    )
    others = [w for w in WARDS if w != WARD]
    set_members(city.db, cid, [(others[0], ClusterRole.HEAD)] + [
        (w, ClusterRole.MEMBER) for w in others[1:]
    ])  # fmt: skip
    entry = ClusterEntry(YEAR, "CUM-P2", "Cụm thi đua số 2", ClusterKind.CLUSTER, CITY)
    second_id = save_cluster(city.db, entry).cluster.id
    set_members(city.db, second_id, [(WARD, ClusterRole.HEAD)])
    set_table(city.db, second_id, TABLE, tie_break=["2"])
    moved, new = tmp_path / "cum-1-moi.tdkt", tmp_path / "cum-2.tdkt"
    send_table(city.db, city.data_dir, cid, out=moved)
    send_table(city.db, city.data_dir, second_id, out=new)
    # The new cluster first: the ward leaves Cụm 1 (its lines there go), then Cụm 1 still comes.
    receive_cluster_file(ward.db, ward.data_dir, new)
    receive_cluster_file(ward.db, ward.data_dir, moved)
    rows = {r.code: r for r in list_clusters(ward.db, year=YEAR)}
    assert detail_of(ward.db, rows["CUM-P2"].id).own_members == (WARD,)
    assert detail_of(ward.db, rows["CUM-P1"].id).own_members == ()
    assert ward.sql(
        "SELECT count(*) FROM cluster_score WHERE cluster_id = :c", c=rows["CUM-P1"].id
    ) == [(0,)]


def test_a_lowered_maximum_drops_the_points_over_it(
    city: Office, ward: Office, tmp_path: Path
) -> None:
    cid = organise(city, tmp_path)
    first = tmp_path / "bang-1.tdkt"
    send_table(city.db, city.data_dir, cid, out=first)
    receive_cluster_file(ward.db, ward.data_dir, first)
    row = received(ward)
    record_self_scores(ward.db, row.id, WARD, points("39", "19", "29", "3", "0"), day=DAY)
    lowered = [dataclasses.replace(c, max_points=D(30)) if c.code == "1.1" else c for c in TABLE]
    set_table(city.db, cid, lowered, tie_break=["2"])
    second = tmp_path / "bang-2.tdkt"
    send_table(city.db, city.data_dir, cid, out=second)
    assert any(
        "vượt điểm tối đa mới" in c for c in preview_cluster_package(ward.db, second).changes
    )
    receive_cluster_file(ward.db, ward.data_dir, second)
    scores = member_scores(ward.db, row.id, WARD)
    assert "1.1" not in {s.criterion_code for s in scores.scores}
    assert scores.self_totals.total == D(19 + 29 + 3)
