"""One writer at a time: every command that writes, and every first upgrade, holds the data
folder's instance lock; two `init` into a new folder do not both write."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command

from tests.units import UNIT_VERSIONS
from thidua_desktop.cli import main
from thidua_desktop.paths import DataDir
from thidua_desktop.store.engine import create_sqlite_engine
from thidua_desktop.store.instance_lock import ROLE_GUI, InstanceLock
from thidua_desktop.store.integrity import check_file
from thidua_desktop.store.schema import SCHEMA_HEAD, alembic_config

from .conftest import run

pytestmark = pytest.mark.sqlite_only(reason="the single-writer lock file of one PC")


def _revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def test_loading_criteria_is_a_write_refused_while_the_window_is_open(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    with InstanceLock(data, role=ROLE_GUI):
        code, _, err = run(capsys, "--data-dir", str(data), "rural", "criteria",
                           "--load", str(tmp_path / "bo-tieu-chi.json"))  # fmt: skip
        assert code == 1 and "cửa sổ ứng dụng" in err
        # Reading the criteria is not a write: allowed while the window is open.
        assert run(capsys, "--data-dir", str(data), "rural", "criteria")[0] == 0


def test_a_reading_command_does_not_upgrade_behind_the_windows_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = DataDir(tmp_path / "data")
    data_dir.ensure()
    engine = create_sqlite_engine(data_dir.database)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
    engine.dispose()
    with InstanceLock(data_dir.root, role=ROLE_GUI):
        code, _, err = run(capsys, "--data-dir", str(data_dir.root), "units")
        assert code == 1 and "cửa sổ ứng dụng" in err
        assert _revision(data_dir.database) == "0005"  # untouched
    assert run(capsys, "--data-dir", str(data_dir.root), "units")[0] == 0
    assert _revision(data_dir.database) == SCHEMA_HEAD


def test_two_inits_into_a_new_folder_do_not_collide(tmp_path: Path) -> None:
    for trial in range(3):
        folder = tmp_path / f"new-{trial}" / "dữ liệu"
        argv = [sys.executable, "-m", "thidua_desktop", "--data-dir", str(folder), "init", "--demo"]
        first = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        second = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        results = [(p.wait(timeout=120), *p.communicate()) for p in (first, second)]
        for code, _out, err in results:
            assert "Traceback" not in err, err
            assert code == 0 or (code == 1 and "đang được" in err), err
        assert any(code == 0 for code, _, _ in results)
        found = check_file(folder / "thidua.sqlite3")
        assert found.is_sound and found.revision == SCHEMA_HEAD
        assert found.counts["admin_unit"] == UNIT_VERSIONS and found.counts["result"] > 0
        assert main(["--data-dir", str(folder), "init", "--demo"]) == 0  # and it is finished
