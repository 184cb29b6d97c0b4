"""Crash-point sweeps: a write ended before each of its SQL statements leaves a database that opens,
passes its checks and holds every transaction whole or not at all; running the write again ends
where an uninterrupted run ends.

The normal test run tries a spread sample of the points of each write; THIDUA_CRASH_POINTS=all
tries every one (`THIDUA_CRASH_POINTS=all .venv/bin/python -m pytest tests/crash -k points`).
The data folder's name holds '#', '?', '%', spaces and Vietnamese letters throughout.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from thidua_desktop.cli import main
from thidua_desktop.paths import DataDir
from thidua_desktop.store.integrity import check_file
from thidua_desktop.store.schema import SCHEMA_HEAD, open_database
from thidua_desktop.store.sqlite_files import connect_read_only

from .crash_points import (
    points,
    run_until,
    snapshot_every_point,
    table_counts,
    table_rows,
    torn_points,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork is POSIX")

EVERY = os.environ.get("THIDUA_CRASH_POINTS") == "all"
# THIDUA_CRASH_FOLDER names the folder otherwise (to compare with a plain name).
ODD_NAME = os.environ.get("THIDUA_CRASH_FOLDER", "Dữ liệu #1 ?50% của Phòng")


def _revision(path: Path) -> str | None:
    if not path.exists():
        return None
    connection = connect_read_only(path)
    try:
        tables = {n for (n,) in connection.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    finally:
        connection.close()


def _tables(path: Path) -> set[str]:
    return set(table_counts(path)) if path.exists() else set()


def _assert_sound(path: Path) -> None:
    report = check_file(path)
    assert report.is_sound, report


def _sweep(
    tmp_path: Path,
    operation: Callable[[Path], Callable[[], object]],
    prepare: Callable[[Path], None],
    verify: Callable[[Path, int], None],
) -> dict[str, int]:
    reference = tmp_path / "reference" / ODD_NAME
    prepare(reference)
    total = run_until(operation(reference), None)
    assert not total.failed and not total.killed
    tried = 0
    broken: list[str] = []
    for point in points(total.statements, every=EVERY):
        folder = tmp_path / f"p{point}" / ODD_NAME
        prepare(folder)
        run = run_until(operation(folder), point)
        # A run may take a statement or two fewer than the reference (a daily backup already
        # made, a file already rotated): one that finishes before the point is checked as done.
        assert not run.failed and (run.killed or run.statements < point), (point, run)
        try:
            verify(folder, point)
        except Exception as exc:  # every point is tried; the broken ones are listed at the end
            broken.append(f"point {point}: {type(exc).__name__}: {str(exc)[:300]}")
        shutil.rmtree(folder.parent)
        tried += 1
    summary = f"{tried} of {total.statements} points tried, {len(broken)} broken"
    assert not broken, summary + "\n" + "\n".join(broken[:10])
    return {"statements": total.statements, "points": tried}


# -- the first `init` and `init --demo` -------------------------------------------------------


def _init(*extra: str) -> Callable[[Path], Callable[[], object]]:
    return lambda folder: lambda: main(["--data-dir", str(folder), "init", *extra])


def _nothing(_folder: Path) -> None:
    return None


def _init_verifier(tmp_path: Path, *extra: str) -> Callable[[Path, int], None]:
    reference = tmp_path / "done" / ODD_NAME
    assert main(["--data-dir", str(reference), "init", *extra]) == 0
    expected = table_counts(reference / "thidua.sqlite3")

    def verify(folder: Path, point: int) -> None:
        database = folder / "thidua.sqlite3"
        revision = _revision(database)
        # The schema is created in one transaction: all of it or none of it.
        if revision is None:
            assert _tables(database) <= {"alembic_version"}, (point, _tables(database))
        else:
            assert revision == SCHEMA_HEAD and _tables(database) == set(expected), point
            _assert_sound(database)
        # Running it again finishes the job: the same tables and rows as an uninterrupted run.
        assert main(["--data-dir", str(folder), "init", *extra]) == 0, point
        _assert_sound(database)
        assert table_counts(database) == expected, point
        assert main(["--data-dir", str(folder), "check"]) == 0, point

    return verify


def test_a_first_init_ended_at_any_statement_is_all_or_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = _sweep(tmp_path, _init(), _nothing, _init_verifier(tmp_path))
    with capsys.disabled():
        print(f"\n  first init: {result['points']} of {result['statements']} points", end="")


def test_init_demo_ended_at_any_statement_recovers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`init --demo` is thousands of statements: one traced run copies the folder before each
    (all of them with THIDUA_CRASH_POINTS=all, a sample otherwise) and examines the copy; the
    copies at 16 points are then finished by running `init --demo` again."""
    reference = tmp_path / "done" / ODD_NAME
    assert main(["--data-dir", str(reference), "init", "--demo"]) == 0
    expected = table_counts(reference / "thidua.sqlite3")

    folder = tmp_path / "traced" / ODD_NAME
    operation = _init("--demo")(folder)
    total = run_until(operation, None).statements
    shutil.rmtree(folder.parent)
    # The sample: every point of the schema's creation (the first 150 statements), 40 spread
    # over the rest; the copies kept to be finished: 12 spread and 4 inside the creation.
    examine = None if EVERY else set(range(1, 151)) | set(points(total, every=False, sample=40))
    keep = set(points(total, every=False)) | {20, 40, 60, 80}
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    snapshots = snapshot_every_point(operation, folder, scratch, examine=examine, keep=keep)
    examined = [s for s in snapshots if s.examined]
    assert len(snapshots) == total and len(examined) == (total if EVERY else len(examine | keep))
    broken = [f"point {s.point}: {s.problems}" for s in examined if s.problems]
    broken += torn_points(snapshots)
    for point in sorted(keep):  # each kept copy: running it again ends as an uninterrupted run
        copy = scratch / "keep" / str(point)
        if not copy.exists():
            continue
        if main(["--data-dir", str(copy), "init", "--demo"]) != 0:
            broken.append(f"point {point}: init --demo failed on the copy")
        elif table_counts(copy / "thidua.sqlite3") != expected:
            broken.append(f"point {point}: finished with other rows than an uninterrupted run")
    assert not broken, f"{len(broken)} broken of {len(examined)} points:\n" + "\n".join(broken[:10])
    with capsys.disabled():
        print(f"\n  init --demo: {len(examined)} of {total} points", end="")


# -- upgrading a database with data from revision 0005 ----------------------------------------


@pytest.fixture(scope="module")
def at_0005(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demonstration database brought down to revision 0005 by the migrations' own
    downgrades: units, campaigns, "3 không" and NTM data of 2022-2023, as 0005 stored them."""
    from alembic import command

    from thidua_desktop.services.core.setup import prepare
    from thidua_desktop.store.engine import create_sqlite_engine
    from thidua_desktop.store.schema import alembic_config

    data_dir = DataDir(tmp_path_factory.mktemp("at-0005") / "data")
    db = open_database(data_dir)
    try:
        prepare(db, demo=True)
    finally:
        db.close()
    engine = create_sqlite_engine(data_dir.database)
    try:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0005")
    finally:
        engine.dispose()
    assert _revision(data_dir.database) == "0005"
    return data_dir.database


def test_an_upgrade_from_0005_ended_at_any_statement_loses_nothing(
    tmp_path: Path, at_0005: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tables = sorted(_tables(at_0005) - {"alembic_version"})
    before = table_rows(at_0005, tables)
    assert sum(len(rows) for rows in before.values()) > 3000  # real data, not an empty file

    def prepare(folder: Path) -> None:
        folder.mkdir(parents=True)
        shutil.copyfile(at_0005, folder / "thidua.sqlite3")

    def upgrade(folder: Path) -> Callable[[], object]:
        return lambda: open_database(DataDir(folder)).close()

    upgraded = tmp_path / "upgraded" / ODD_NAME
    prepare(upgraded)
    open_database(DataDir(upgraded)).close()
    after = table_rows(upgraded / "thidua.sqlite3", tables)

    def verify(folder: Path, point: int) -> None:
        database = folder / "thidua.sqlite3"
        revision = _revision(database)
        assert revision in ("0005", SCHEMA_HEAD), (point, revision)
        _assert_sound(database)
        if revision == "0005":  # nothing of the upgrade is left behind
            assert _tables(database) == _tables(at_0005), point
            assert table_rows(database, tables) == before, point
        open_database(DataDir(folder)).close()  # the next start finishes the upgrade
        assert _revision(database) == SCHEMA_HEAD, point
        _assert_sound(database)
        assert table_rows(database, tables) == after, point
        # Every pre-upgrade copy left by the attempts is a sound copy of the 0005 data.
        for copy in (folder / "backups").glob("truoc-nang-cap-*.sqlite3"):
            assert _revision(copy) == "0005" and table_rows(copy, tables) == before, point

    result = _sweep(tmp_path, upgrade, prepare, verify)
    with capsys.disabled():
        print(f"\n  upgrade 0005 → head: {result['points']} of {result['statements']}", end="")


# -- an export: the package is named only after its sequence is committed ----------------------


def _package_sequence(path: Path) -> int:
    from thidua_desktop.exchange.reader import read_package

    return read_package(path).manifest.sequence


def test_an_export_ended_at_any_statement_never_reuses_a_sequence(
    tmp_path: Path, demo_template_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def prepare(folder: Path) -> None:
        shutil.copytree(demo_template_dir, folder)

    def export(folder: Path) -> Callable[[], object]:
        out = folder.parent / "gói 2023.tdkt"
        return lambda: main(["--data-dir", str(folder), "export", "--year", "2023",
                             "--out", str(out)])  # fmt: skip

    def verify(folder: Path, point: int) -> None:
        out = folder.parent / "gói 2023.tdkt"
        assert not list(folder.parent.glob("*.partial*")) or not out.exists(), point
        first = _package_sequence(out) if out.exists() else 0
        again = folder.parent / "gói 2023 gửi lại.tdkt"
        assert main(["--data-dir", str(folder), "export", "--year", "2023",
                     "--out", str(again)]) == 0, point  # fmt: skip
        assert _package_sequence(again) > first, point  # a published number is never reused
        _assert_sound(folder / "thidua.sqlite3")

    result = _sweep(tmp_path, export, prepare, verify)
    with capsys.disabled():
        print(f"\n  export: {result['points']} of {result['statements']} points", end="")


@pytest.fixture(scope="module")
def demo_template_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export") / "demo"
    assert main(["--data-dir", str(folder), "init", "--demo", "--office", "926"]) == 0
    return folder


# -- a restore: the live database is the old one or the restored one with its audit entry ------


def _restore_state(database: Path) -> tuple[int, int]:
    connection = connect_read_only(database)
    try:
        locks = connection.execute("SELECT count(*) FROM period_lock").fetchone()[0]
        restores = connection.execute(
            "SELECT count(*) FROM audit_entry WHERE action = 'restore'"
        ).fetchone()[0]
        return int(locks), int(restores)
    finally:
        connection.close()


def test_a_restore_ended_at_any_statement_is_the_old_or_the_restored_database(
    tmp_path: Path, demo_template_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def prepare(folder: Path) -> None:
        shutil.copytree(demo_template_dir, folder)
        assert main(["--data-dir", str(folder), "backup"]) == 0
        assert main(["--data-dir", str(folder), "lock", "--year", "2023"]) == 0  # after the backup
        (folder.parent / "chosen").mkdir()
        for copy in (folder / "backups").glob("thu-cong-*.sqlite3"):
            shutil.move(copy, folder.parent / "chosen" / copy.name)

    def restore(folder: Path) -> Callable[[], object]:
        (chosen,) = (folder.parent / "chosen").glob("*.sqlite3")
        return lambda: main(["--data-dir", str(folder), "restore", str(chosen)])

    def verify(folder: Path, point: int) -> None:
        database = folder / "thidua.sqlite3"
        _assert_sound(database)
        state = _restore_state(database)
        assert state in ((1, 0), (0, 1)), (point, state)  # old, or restored with its entry
        assert main(["--data-dir", str(folder), "check"]) == 0, point

    result = _sweep(tmp_path, restore, prepare, verify)
    with capsys.disabled():
        print(f"\n  restore: {result['points']} of {result['statements']} points", end="")


# -- receiving a dossier: the proposal with its lines and papers, or nothing --------------------


@pytest.fixture(scope="module")
def dossier_setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The city's installation (without the commune's own draft) and xã Phong Điền's dossier of
    it, with a paper attached."""
    from thidua_desktop.domain.attachments import AttachmentKind
    from thidua_desktop.services.attachments.dossiers import attach_to_dossier
    from thidua_desktop.services.awards.edit import delete_proposal

    root = tmp_path_factory.mktemp("dossier")
    city, commune = root / "tp", root / "xa"
    assert main(["--data-dir", str(city), "init", "--demo", "--office", "92"]) == 0
    db = open_database(DataDir(city))
    try:
        delete_proposal(db, 16)
    finally:
        db.close()
    assert main(["--data-dir", str(commune), "init", "--demo", "--office", "31299"]) == 0
    scan = root / "Tờ trình 52.pdf"
    scan.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")
    db = open_database(DataDir(commune))
    try:
        attach_to_dossier(
            db, DataDir(commune), proposal_id=16, path=scan, kind=AttachmentKind.PROPOSAL
        )
    finally:
        db.close()
    assert main(["--data-dir", str(commune), "awards", "submit", "16", "--number", "52"]) == 0
    package = root / "hồ sơ #16.tdkt"
    assert main(["--data-dir", str(commune), "awards", "dossier-send", "16",
                 "--out", str(package)]) == 0  # fmt: skip
    return city, package


def test_receiving_a_dossier_ended_at_any_statement_is_all_or_nothing(
    tmp_path: Path, dossier_setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    city, package = dossier_setup
    before = _dossier_state(city / "thidua.sqlite3")

    def prepare(folder: Path) -> None:
        shutil.copytree(city, folder)

    def receive(folder: Path) -> Callable[[], object]:
        return lambda: main(["--data-dir", str(folder), "awards", "dossier-receive", str(package)])

    done = tmp_path / "done" / ODD_NAME
    prepare(done)
    assert main(["--data-dir", str(done), "awards", "dossier-receive", str(package)]) == 0
    after = _dossier_state(done / "thidua.sqlite3")
    assert after != before

    def verify(folder: Path, point: int) -> None:
        database = folder / "thidua.sqlite3"
        _assert_sound(database)
        assert _dossier_state(database) in (before, after), point
        assert main(["--data-dir", str(folder), "awards", "dossier-receive", str(package)]) == 0
        assert _dossier_state(database) == after, point
        assert main(["--data-dir", str(folder), "check"]) == 0, point

    result = _sweep(tmp_path, receive, prepare, verify)
    with capsys.disabled():
        print(f"\n  dossier receive: {result['points']} of {result['statements']}", end="")


def _dossier_state(database: Path) -> dict[str, list[tuple[object, ...]]]:
    """The records a dossier brings, without the moments they were written."""
    connection = connect_read_only(database)
    try:
        queries = {
            "proposal": "SELECT uid, status, unit_id FROM award_proposal ORDER BY uid",
            "line": "SELECT uid, award_code FROM award_line ORDER BY uid",
            "recipient": "SELECT uid, name FROM award_recipient ORDER BY uid",
            "paper": "SELECT uid, owner_uid, sha256 FROM attachment ORDER BY uid",
            "dossier": "SELECT role, status, times_sent FROM dossier_exchange",
            "event": "SELECT direction, status, sequence FROM dossier_event",
            "audit": "SELECT action FROM audit_entry WHERE action LIKE 'dossier%'",
        }
        return {name: list(connection.execute(sql)) for name, sql in queries.items()}
    finally:
        connection.close()


# -- receiving a cụm, khối's self-scores: the member's points and evidence, or nothing ----------


@pytest.fixture(scope="module")
def cluster_setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The city organising Cụm thi đua số 1, and phường Ninh Kiều's self-scores package (two
    evidence files) for it, sent after the ward received the table."""
    import datetime as dt
    from decimal import Decimal

    from tests.exchange.clusters.test_cluster_packages import TABLE, WARDS
    from thidua_desktop.domain.clusters import ClusterKind, ClusterRole
    from thidua_desktop.services.attachments.clusters import attach_evidence
    from thidua_desktop.services.clusters.clusters import save_cluster, set_members, set_table
    from thidua_desktop.services.clusters.rows import ClusterEntry, PointsEntry
    from thidua_desktop.services.clusters.scores import record_self_scores

    root = tmp_path_factory.mktemp("cluster")
    city, ward = root / "tp", root / "phuong"
    assert main(["--data-dir", str(city), "init", "--demo", "--office", "92"]) == 0
    assert main(["--data-dir", str(ward), "init", "--demo", "--office", "31135"]) == 0
    db = open_database(DataDir(city))
    try:
        entry = ClusterEntry(2026, "CUM-P1", "Cụm thi đua số 1", ClusterKind.CLUSTER, "92")
        cid = save_cluster(db, entry).cluster.id
        roles = [ClusterRole.HEAD, ClusterRole.DEPUTY] + [ClusterRole.MEMBER] * 3
        set_members(db, cid, list(zip(WARDS, roles, strict=True)))
        set_table(db, cid, TABLE, tie_break=["2"])
    finally:
        db.close()
    table = root / "bảng.tdkt"
    assert main(["--data-dir", str(city), "clusters", "send-table", str(cid),
                 "--out", str(table)]) == 0  # fmt: skip
    assert main(["--data-dir", str(ward), "clusters", "receive", str(table)]) == 0
    db = open_database(DataDir(ward))
    try:
        from sqlalchemy import select

        from thidua_desktop.store.models.clusters import EmulationCluster

        with db.reading() as session:
            here = session.scalar(
                select(EmulationCluster.id).where(EmulationCluster.code == "CUM-P1")
            )
        assert here is not None
        day = dt.date(2026, 11, 10)
        values = {"1.1": "39", "1.2": "19", "2": "29", "3": "3"}
        record_self_scores(
            db, here, "31135", {k: PointsEntry(Decimal(v), "Báo cáo") for k, v in values.items()},
            day=day,
        )  # fmt: skip
        for number, code in enumerate(("1.1", "2")):
            evidence = root / f"Minh chứng {code}.pdf"
            evidence.write_bytes(b"%PDF-1.7\n" + bytes([number]) * 900 + b"\n%%EOF\n")
            attach_evidence(
                db, DataDir(ward), cluster_id=here, unit_code="31135", criterion_code=code,
                path=evidence, day=day,
            )  # fmt: skip
    finally:
        db.close()
    package = root / "điểm #1.tdkt"
    assert main(["--data-dir", str(ward), "clusters", "send-scores", str(here),
                 "--out", str(package)]) == 0  # fmt: skip
    return city, package


def test_receiving_self_scores_ended_at_any_statement_is_all_or_nothing(
    tmp_path: Path, cluster_setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    city, package = cluster_setup
    before = _cluster_state(city / "thidua.sqlite3")

    def prepare(folder: Path) -> None:
        shutil.copytree(city, folder)

    def receive(folder: Path) -> Callable[[], object]:
        return lambda: main(["--data-dir", str(folder), "clusters", "receive", str(package)])

    done = tmp_path / "done" / ODD_NAME
    prepare(done)
    assert main(["--data-dir", str(done), "clusters", "receive", str(package)]) == 0
    after = _cluster_state(done / "thidua.sqlite3")
    assert after != before and len(after["paper"]) == len(before["paper"]) + 2

    def verify(folder: Path, point: int) -> None:
        database = folder / "thidua.sqlite3"
        _assert_sound(database)
        assert _cluster_state(database) in (before, after), point
        assert main(["--data-dir", str(folder), "clusters", "receive", str(package)]) == 0
        assert _cluster_state(database) == after, point
        assert main(["--data-dir", str(folder), "check"]) == 0, point

    result = _sweep(tmp_path, receive, prepare, verify)
    with capsys.disabled():
        print(f"\n  cluster scores receive: {result['points']} of {result['statements']}", end="")


def _cluster_state(database: Path) -> dict[str, list[tuple[object, ...]]]:
    """The records self-scores bring, without the moments they were written."""
    connection = connect_read_only(database)
    try:
        queries = {
            "score": "SELECT uid, unit_id, criterion_code, self_points, self_note "
            "FROM cluster_score ORDER BY uid",
            "paper": "SELECT uid, owner_uid, sha256 FROM attachment ORDER BY uid",
            "member": "SELECT unit_id, scores_sequence FROM cluster_member ORDER BY id",
            "audit": "SELECT action FROM audit_entry WHERE action LIKE 'cluster%'",
        }
        return {name: list(connection.execute(sql)) for name, sql in queries.items()}
    finally:
        connection.close()


# -- a payment written to the fund book: the line with its audit entry, or nothing --------------


@pytest.fixture(scope="module")
def fund_setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The city's demonstration with a receipt in its 2026 fund book, and the id of the Bằng
    khen decision 128/QĐ-UBND whose tiền thưởng the payment pays."""
    from thidua_desktop.services.fund.ledger import decision_choices

    city = tmp_path_factory.mktemp("fund") / "tp"
    assert main(["--data-dir", str(city), "init", "--demo", "--office", "92"]) == 0
    assert main(["--data-dir", str(city), "fund", "add", "--kind", "thu", "--number", "PT01",
                 "--date", "15/01/2026", "--amount", "20.000.000",
                 "--category", "ngan_sach"]) == 0  # fmt: skip
    db = open_database(DataDir(city))
    try:
        decision = {c.number: c for c in decision_choices(db, year=2026)}["128/QĐ-UBND"]
    finally:
        db.close()
    return city, decision.id


def test_a_fund_payment_ended_at_any_statement_is_all_or_nothing(
    tmp_path: Path, fund_setup: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    city, decision = fund_setup
    before = _fund_state(city / "thidua.sqlite3")
    pay = ["fund", "add", "--kind", "chi", "--number", "PC01", "--date", "02/03/2026",
           "--category", "tien_thuong", "--decision", str(decision)]  # fmt: skip

    def prepare(folder: Path) -> None:
        shutil.copytree(city, folder)

    def write(folder: Path) -> Callable[[], object]:
        return lambda: main(["--data-dir", str(folder), *pay])

    done = tmp_path / "done" / ODD_NAME
    prepare(done)
    assert main(["--data-dir", str(done), *pay]) == 0
    after = _fund_state(done / "thidua.sqlite3")
    assert after != before and after["line"][-1][2] == 11_700_000

    def verify(folder: Path, point: int) -> None:
        database = folder / "thidua.sqlite3"
        _assert_sound(database)
        state = _fund_state(database)
        assert state in (before, after), point
        if state == before:  # written again, it is written once
            assert main(["--data-dir", str(folder), *pay]) == 0, point
        assert _fund_state(database) == after, point
        assert main(["--data-dir", str(folder), "check"]) == 0, point

    result = _sweep(tmp_path, write, prepare, verify)
    with capsys.disabled():
        print(f"\n  fund payment: {result['points']} of {result['statements']}", end="")


def _fund_state(database: Path) -> dict[str, list[tuple[object, ...]]]:
    """The fund book's lines and their audit entries, without the moments they were written."""
    connection = connect_read_only(database)
    try:
        queries = {
            "line": "SELECT number, kind, amount, category_code, decision_id FROM fund_entry "
            "ORDER BY id",
            "audit": "SELECT action, entity_key FROM audit_entry WHERE entity = 'fund_entry' "
            "ORDER BY id",
        }
        return {name: list(connection.execute(sql)) for name, sql in queries.items()}
    finally:
        connection.close()
