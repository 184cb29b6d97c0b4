"""Settings › Máy chủ dữ liệu against a real server: a ready database is saved for this PC
(without its password) and used by the next start and by the command line; a database not yet
set up by the administrator, or a server that does not answer, is told and nothing is saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from thidua_desktop.cli import main
from thidua_desktop.domain.errors import UserError
from thidua_desktop.paths import ENV_DATABASE_URL, DataDir, resolve_database_url
from thidua_desktop.services.core.connection import ServerAddress, try_server, use_server

from .conftest import ADMIN, Server

pytestmark = pytest.mark.skipif(ADMIN is None, reason="no test PostgreSQL (THIDUA_TEST_POSTGRES)")


def address_of(url: str) -> ServerAddress:
    parsed = make_url(url)
    assert parsed.host and parsed.database and parsed.username and parsed.port
    return ServerAddress(parsed.host, parsed.database, parsed.username, parsed.port)


def test_a_ready_server_is_saved_for_this_pc_and_used_next_time(
    server: Server,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ENV_DATABASE_URL, raising=False)
    address = address_of(server.copy("demo"))
    folder = DataDir(tmp_path / "máy của Lan #2")
    found = use_server(folder, address, None, remember=False)
    assert found.ready and found.office_name == "Thành phố Cần Thơ"
    assert found.operator == address.user and address.user in found.note
    saved = folder.server_setting.read_text(encoding="utf-8")
    assert make_url(saved.strip()).password is None
    assert resolve_database_url(None, folder.root) == address.url

    capsys.readouterr()
    assert main(["--data-dir", str(folder.root), "campaigns", "--json"]) == 0
    out, err = capsys.readouterr()
    assert "CT10-2023" in out and err == ""


def test_a_database_the_administrator_has_not_set_up_is_told_and_not_saved(
    server: Server, tmp_path: Path
) -> None:
    address = address_of(server.new())
    folder = DataDir(tmp_path / "pc")
    found = use_server(folder, address, None, remember=False)
    assert not found.ready and "init" in found.note
    assert not folder.server_setting.exists()


def test_a_server_that_does_not_answer_is_a_message(server: Server) -> None:
    address = address_of(server.copy("empty"))
    with pytest.raises(UserError, match="Không kết nối được máy chủ"):
        try_server(ServerAddress("127.0.0.1", address.database, address.user, 1), None)
