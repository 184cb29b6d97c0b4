"""The command line's tests: running a command, and the demonstration data they start from."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from uuid import uuid4

import pytest
from sqlalchemy import text

from tests.engines import ON_SERVER, ServerDatabases, use_server_database
from thidua_desktop.cli import main
from thidua_desktop.paths import DataDir
from thidua_desktop.store.schema import open_database


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of one command."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    """`init --demo` once for every command-line test; tests work on copies (of the folder,
    and on the server engine of its database too)."""
    directory = tmp_path_factory.mktemp("cli") / "demo"
    where = ["--data-dir", str(directory)]
    if ON_SERVER:
        servers: ServerDatabases = request.getfixturevalue("server_databases")

        def build(url: str) -> None:
            assert main([*where, "--database", url, "init", "--demo"]) == 0

        name = servers.template("cli-demo", build)
        (directory / SERVER_TEMPLATE).write_text(name, encoding="utf-8")
    else:
        assert main([*where, "init", "--demo"]) == 0
    return directory


SERVER_TEMPLATE = "server-template.txt"  # beside the folder: which server database to copy

CopyDemo = Callable[[Path], str]


@pytest.fixture
def copy_demo(demo_template: Path, request: pytest.FixtureRequest) -> CopyDemo:
    """`copy_demo(folder)`: another installation of the demonstration, with an installation id
    of its own; on the server engine with a database of its own, saved in the folder as the
    server it uses (as Settings › Máy chủ dữ liệu saves it), so `--data-dir` alone finds it."""

    def copy(target: Path) -> str:
        shutil.copytree(demo_template, target)
        url = None
        if ON_SERVER:
            servers: ServerDatabases = request.getfixturevalue("server_databases")
            marker = target / SERVER_TEMPLATE
            url = servers.new(template=marker.read_text(encoding="utf-8"))
            marker.unlink()
            use_server_database(target, url)
        db = open_database(DataDir(target, url))
        try:
            with db.engine.begin() as conn:
                conn.execute(text("UPDATE profile SET installation_id = :i"), {"i": str(uuid4())})
        finally:
            db.close()
        return str(target)

    return copy


@pytest.fixture
def demo(copy_demo: CopyDemo, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A fresh copy of the demonstration data directory."""
    capsys.readouterr()
    return copy_demo(tmp_path / "demo")
