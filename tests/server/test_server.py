"""Server mode (DESIGN §8) on a real PostgreSQL: the same answers as the SQLite file, the schema
upgraded only by init, writers serialised, the Vietnamese order whatever the server's collation,
each staff member an operator, no personal data in error texts."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from thidua_desktop.cli import main
from thidua_desktop.domain.errors import UserError
from thidua_desktop.paths import DataDir
from thidua_desktop.services.audit.trail import query_audit
from thidua_desktop.services.campaigns.results import set_result
from thidua_desktop.services.core.locks import PeriodLockedError
from thidua_desktop.services.core.setup import initialise
from thidua_desktop.services.core.units import list_units
from thidua_desktop.store.engine import Database, ServerError
from thidua_desktop.store.errors import SchemaTooNewError, SchemaUpgradeNeededError
from thidua_desktop.store.models.attachments import Attachment
from thidua_desktop.store.models.core import PeriodLock
from thidua_desktop.store.schema import SCHEMA_HEAD, open_database

from .conftest import ADMIN, OpenAs, Server

pytestmark = pytest.mark.skipif(ADMIN is None, reason="no test PostgreSQL (THIDUA_TEST_POSTGRES)")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


# -- the same answers -------------------------------------------------------------------------
COMMANDS = [
    ["targets", "--year", "2023", "--json"],
    ["targets", "--year", "2026", "--json"],
    ["security", "--year", "2026", "--json"],
    ["rural", "--year", "2025", "--json"],
    ["rural", "--year", "2023", "--json"],
    ["units", "--year", "2026", "--json"],
    ["units", "history", "31135", "--json"],
    ["awards", "--year", "2026", "--json"],
    ["campaigns", "--json"],
]


def test_the_demonstration_on_the_server_answers_as_the_file(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file_dir = str(tmp_path / "file")
    run(capsys, "--data-dir", file_dir, "init", "--demo", "--office", "92")
    url = server.copy("demo")
    on_server = ["--data-dir", str(tmp_path / "pc"), "--database", url]
    said = run(capsys, *on_server, "init", "--office", "92")
    assert "postgresql://" in said and "Thành phố Cần Thơ" in said
    for command in COMMANDS:
        assert run(capsys, *on_server, *command) == run(capsys, "--data-dir", file_dir, *command), (
            command
        )
    # The reports' workbooks cell by cell.
    import openpyxl

    for kind in ("campaign", "security", "rural", "summary"):
        books = []
        for where, folder in ((on_server, "s"), (["--data-dir", file_dir], "f")):
            out = tmp_path / f"{kind}-{folder}.xlsx"
            run(capsys, *where, "report", kind, "--year", "2026", "--out", str(out))
            book = openpyxl.load_workbook(out)
            books.append(
                {n: [[c.value for c in r] for r in book[n].iter_rows()] for n in book.sheetnames}
            )
        assert books[0] == books[1], kind
    # The city's package of the year: the same rows (identifiers and load times aside: each
    # database made its own).
    from thidua_desktop.exchange.reader import read_package

    packages = []
    for where, folder in ((on_server, "s"), (["--data-dir", file_dir], "f")):
        out = tmp_path / f"thanh-pho-{folder}.tdkt"
        run(capsys, *where, "export", "--year", "2026", "--out", str(out))
        tables = read_package(out).tables
        packages.append({t: [repr(_without_ids(r)) for r in rows] for t, rows in tables.items()})
    assert packages[0].keys() == packages[1].keys()
    for table in packages[0]:
        assert sorted(packages[0][table]) == sorted(packages[1][table]), table


def _without_ids(value: object) -> object:
    """A package row without what each database made up when it was loaded: identifiers (uid,
    …_uid) and the moments rows were written (…_at)."""
    if isinstance(value, dict):
        made_up = ("_uid", "_at")
        return {
            k: _without_ids(v) for k, v in value.items() if k != "uid" and not k.endswith(made_up)
        }
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def test_a_package_is_exported_and_imported_on_the_server(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ward = str(tmp_path / "ward")
    run(capsys, "--data-dir", ward, "init", "--demo", "--office", "31135")
    package = tmp_path / "ninh-kieu.tdkt"
    run(capsys, "--data-dir", ward, "export", "--year", "2026", "--out", str(package))
    on_server = ["--data-dir", str(tmp_path / "pc"), "--database", server.copy("demo")]
    run(capsys, *on_server, "init", "--office", "92")
    said = run(capsys, *on_server, "import", str(package), "--replace-local")
    assert "Đã nhập gói" in said
    dumps = list((tmp_path / "pc" / "backups").glob("truoc-nhap-*.dump"))
    assert len(dumps) == 1 and dumps[0].stat().st_size > 10_000  # the safety copy: pg_dump
    again = run(capsys, *on_server, "import", str(package))
    assert "đã được nhập" in again and "không có gì thay đổi" in again


# -- the schema ---------------------------------------------------------------------------------
def test_only_init_creates_or_upgrades_the_shared_schema(server: Server, tmp_path: Path) -> None:
    folders = DataDir(tmp_path / "pc", server.new())
    with pytest.raises(SchemaUpgradeNeededError, match="Quản trị viên hãy chạy"):
        open_database(folders)
    initialise(folders)
    db = open_database(folders)
    from alembic import command

    from thidua_desktop.store.schema import alembic_config

    config = alembic_config()
    with db.engine.begin() as conn:  # the database of an older version of the application
        config.attributes["connection"] = conn
        command.downgrade(config, "0012")
    db.close()
    with pytest.raises(SchemaUpgradeNeededError, match="0012"):
        open_database(folders)
    initialise(folders)  # the administrator's step
    db = open_database(folders)
    with db.engine.begin() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.close()
    with pytest.raises(SchemaTooNewError, match="9999"):
        open_database(folders)


# -- several writers ----------------------------------------------------------------------------
def test_a_writer_waits_for_the_one_writing(open_as: OpenAs) -> None:
    first, second = open_as("Nguyễn Văn An"), open_as("Trần Thị Bình")
    entered = threading.Event()
    order: list[str] = []

    def later() -> None:
        with second.transaction() as session:
            session.execute(text("SELECT 1"))
            order.append("second")

    with first.transaction() as session:
        session.execute(text("SELECT 1"))
        thread = threading.Thread(target=later)
        thread.start()
        time.sleep(0.3)
        order.append("first")  # the second is still waiting for the writer's lock
        entered.set()
    thread.join(10)
    assert order == ["first", "second"]


def test_a_year_locked_while_a_save_waits_refuses_the_save(open_as: OpenAs) -> None:
    import datetime as dt

    office, clerk = open_as("Trưởng phòng"), open_as("Chuyên viên")
    outcome: list[BaseException | None] = []

    def save() -> None:
        try:
            set_result(
                clerk, campaign_code="TD-2026", indicator_code="BHYT", unit_code="31135",
                year=2026, value="95",
            )  # fmt: skip
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    with office.transaction() as session:  # the year being locked, not yet committed
        session.add(PeriodLock(year=2026, locked_at=dt.datetime.now(dt.UTC), locked_by="TP"))
        session.flush()
        thread = threading.Thread(target=save)
        thread.start()
        time.sleep(0.3)
        assert outcome == []  # the save waits: it checks the lock inside its own transaction
    thread.join(10)
    assert isinstance(outcome[0], PeriodLockedError)


def test_the_same_new_cell_saved_by_two_staff_at_once_is_saved_twice_in_turn(
    open_as: OpenAs, server_db: Database
) -> None:
    staff = [open_as("Nguyễn Văn An"), open_as("Trần Thị Bình")]
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def save(db: Database, value: str) -> None:
        start.wait()
        try:
            set_result(
                db, campaign_code="TD-2026", indicator_code="GRDP_BQ", unit_code="31135",
                year=2026, value=value,
            )  # fmt: skip
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=save, args=(db, v))
        for db, v in zip(staff, ("98", "99"), strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert errors == []  # no raw integrity error: the second found the first's row
    entries = query_audit(server_db, entity="result")
    newest = [e for e in entries if "31135" in e.key and "GRDP_BQ" in e.key][:2]
    assert {e.operator for e in newest} == {"Nguyễn Văn An", "Trần Thị Bình"}
    assert sorted(e.action for e in newest) == ["create", "update"]


def test_the_same_package_imported_by_two_staff_at_once_is_applied_once(
    server: Server, open_as: OpenAs, server_dir: DataDir, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    from thidua_desktop.exchange.operations import import_package

    ward = str(tmp_path / "ward")
    run(capsys, "--data-dir", ward, "init", "--demo", "--office", "31135")
    package = tmp_path / "ninh-kieu.tdkt"
    run(capsys, "--data-dir", ward, "export", "--year", "2026", "--out", str(package))
    run(capsys, "--data-dir", str(server_dir.root), "--database", str(server_dir.server),
        "init", "--office", "92")  # fmt: skip
    outcomes: list[object] = []
    start = threading.Barrier(2)

    def apply(db: Database, folder: str) -> None:
        start.wait()
        try:
            report = import_package(
                db, DataDir(tmp_path / folder, server_dir.server), package, replace_local=True
            )
            outcomes.append(report.applied)
        except BaseException as exc:
            outcomes.append(exc)

    threads = [
        threading.Thread(target=apply, args=(open_as(name), name)) for name in ("an", "binh")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    applied = [o for o in outcomes if o is True]
    assert len(applied) == 1, outcomes  # the other saw it applied: a no-op, not an error
    assert all(o is True or o is False or isinstance(o, UserError) for o in outcomes), outcomes


# -- order, operators, privacy -----------------------------------------------------------------
def test_vietnamese_order_whatever_the_servers_collation(server: Server, tmp_path: Path) -> None:
    url = server.new(
        options="TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'vi-VN' "
        "LOCALE 'C.UTF-8'"
    )
    initialise(DataDir(tmp_path / "pc", url))
    on_server = open_database(DataDir(tmp_path / "pc", url))
    local = open_database(DataDir(tmp_path / "file"))
    try:
        initialise(DataDir(tmp_path / "file"))
        server_order = [u.code for u in list_units(on_server)]
        file_order = [u.code for u in list_units(local)]
    finally:
        on_server.close()
        local.close()
    assert len(server_order) > 6000 and server_order == file_order


def test_each_staff_member_is_the_operator_of_their_changes(
    open_as: OpenAs, server_db: Database
) -> None:
    clerk = open_as("Lê Thị Cúc")
    set_result(
        clerk, campaign_code="TD-2026", indicator_code="BHYT", unit_code="31135",
        year=2026, value="95,5",
    )  # fmt: skip
    entry = query_audit(server_db, entity="result")[0]
    assert entry.operator == "Lê Thị Cúc"
    from thidua_desktop.services.core.profile import get_profile

    profile = get_profile(clerk)
    assert profile is not None and profile.operator == "Lê Thị Cúc"  # the header's name
    with server_db.engine.connect() as conn:
        now = conn.execute(text("SELECT now()")).scalar()
    assert abs((now - entry.at).total_seconds()) < 60  # the server's clock  # type: ignore[operator]


def test_a_refused_row_never_carries_its_values_into_the_error(server_db: Database) -> None:
    import datetime as dt

    with pytest.raises(ServerError) as refused, server_db.transaction() as session:
        session.add(
            Attachment(
                uid="x", owner_kind="campaign", owner_uid="y", kind="khong-co",
                file_name="Ho so Nguyen Van Binh.pdf", size=1, sha256="0" * 64,
                added_at=dt.datetime.now(dt.UTC), added_by="Nguyễn Văn Bình",
            )
        )  # fmt: skip
    said = str(refused.value)
    assert "ck_attachment_kind" in said or "check" in said.lower()
    assert "Nguyen Van Binh" not in said and "Nguyễn Văn Bình" not in said
    assert refused.value.__cause__ is None and refused.value.__suppress_context__


def test_two_staff_editing_the_same_cell_the_later_is_told_not_overwritten(
    open_as: OpenAs,
) -> None:
    from thidua_desktop.services.campaigns.results import result_grid, save_results
    from thidua_desktop.services.campaigns.rows import ResultEdit

    an, binh = open_as("Nguyễn Văn An"), open_as("Trần Thị Bình")
    grids = [
        result_grid(db, campaign_code="TD-2026", year=2026, parent_code="92") for db in (an, binh)
    ]

    def edit(grid: object, text: str) -> ResultEdit:
        from thidua_desktop.services.campaigns.rows import ResultGrid

        assert isinstance(grid, ResultGrid)
        unit = next(u.id for u in grid.units if u.code == "31135")
        indicator = next(i.id for i in grid.indicators if i.code == "BHYT")
        seen = grid.cells[(unit, indicator)].value  # entered for the ward
        return ResultEdit("31135", "BHYT", text, seen=seen, check_seen=True)

    first = save_results(an, campaign_code="TD-2026", year=2026, edits=[edit(grids[0], "94")])
    later = save_results(binh, campaign_code="TD-2026", year=2026, edits=[edit(grids[1], "96")])
    assert first.saved == 1 and later.saved == 0
    assert later.problems[0].message.startswith("Nguyễn Văn An đã sửa ô này thành 94")


def test_staff_on_different_pcs_sign_the_offices_packages_with_one_key_and_numbering(
    open_as: OpenAs, server_dir: DataDir, tmp_path: Path
) -> None:
    import json

    from thidua_desktop.exchange.operations import export_package
    from thidua_desktop.exchange.reader import read_package

    keys = []
    for number, name in enumerate(("an", "binh"), start=1):
        pc = DataDir(tmp_path / f"pc-{name}", server_dir.server)
        out = tmp_path / f"goi-{name}.tdkt"
        export_package(open_as(name), pc, year=2026, out=out)
        package = read_package(out)
        assert package.manifest.sequence == number  # one numbering for the office
        assert package.signature is not None
        keys.append(json.loads(package.signature)["fingerprint"])
        assert not (pc.keys / "ed25519-private.pem").exists()  # the key is the database's
    assert keys[0] == keys[1]
