"""Connecting this PC to the province's server (Settings › Máy chủ dữ liệu): the form's fields
checked with Vietnamese messages, the address saved without its password, the password kept in
the operating system's store and found again when the engine is made. The attempts against a
real server are in tests/server/test_connection.py."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError, PasswordDeleteError
from sqlalchemy.engine import make_url

from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.paths import ENV_DATABASE_URL, DataDir, resolve_database_url
from thidua_desktop.services.core.connection import (
    ServerAddress,
    chosen_for_this_run,
    current_address,
    parse_address,
    use_local_file,
    use_server,
)
from thidua_desktop.store import credentials
from thidua_desktop.store.server import server_url, with_kept_password


class MemoryKeyring(KeyringBackend):
    """The operating system's password store, in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class NoStore(MemoryKeyring):
    """A PC without a password store (keyring's fail backend raises like this)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise NoKeyringError("no backend")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NoKeyringError("no backend")


@pytest.fixture
def store() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


@pytest.mark.parametrize(
    ("host", "port", "database", "user", "said"),
    [
        ("", "5432", "thidua", "lan", "tên hoặc địa chỉ IP của máy chủ"),
        ("may chu", "5432", "thidua", "lan", "Tên máy chủ “may chu” không hợp lệ"),
        ("10.0.0.5/thidua", "5432", "thidua", "lan", "không hợp lệ"),
        ("csdl?sslmode=require", "5432", "thidua", "lan", "không hợp lệ"),
        ("h?password=x", "5432", "thidua", "lan", "không hợp lệ"),
        ("10.0.0.5:5433", "5432", "thidua", "lan", "không hợp lệ"),  # the port has its own box
        ("10.0.0.5", "²", "thidua", "lan", "Cổng “²” không hợp lệ"),
        ("10.0.0.5", "năm", "thidua", "lan", "Cổng “năm” không hợp lệ"),
        ("10.0.0.5", "70000", "thidua", "lan", "Cổng “70000” không hợp lệ"),
        ("10.0.0.5", "0", "thidua", "lan", "Cổng “0” không hợp lệ"),
        ("10.0.0.5", "5432", "  ", "lan", "tên cơ sở dữ liệu"),
        ("10.0.0.5", "5432", "thidua", "", "tên đăng nhập"),
    ],
)
def test_each_mistake_in_the_form_is_named(
    host: str, port: str, database: str, user: str, said: str
) -> None:
    with pytest.raises(InvalidInput, match=said):
        parse_address(host, port, database, user)


def test_an_ipv6_address_is_a_host() -> None:
    assert parse_address("fd00::5", "5432", "thidua", "lan").host == "fd00::5"


def test_the_address_is_cleaned_and_escaped_in_its_url() -> None:
    nfd = unicodedata.normalize("NFD", " thi đua ")
    address = parse_address(" csdl.sonv.gov.vn ", "", nfd, "lan@so#1")
    assert address == ServerAddress("csdl.sonv.gov.vn", "thi đua", "lan@so#1", 5432)
    url = make_url(address.url)
    assert (url.username, url.host, url.port, url.database) == (
        "lan@so#1", "csdl.sonv.gov.vn", 5432, "thi đua",
    )  # fmt: skip
    assert url.password is None


def test_the_saved_server_is_used_after_the_command_line_and_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_DATABASE_URL, raising=False)
    folder = DataDir(tmp_path / "dữ liệu #1")
    assert resolve_database_url(None, folder.root) is None
    folder.root.mkdir()
    folder.server_setting.write_text("postgresql://lan@10.0.0.5:5432/thidua\n", encoding="utf-8")
    assert resolve_database_url(None, folder.root) == "postgresql://lan@10.0.0.5:5432/thidua"
    monkeypatch.setenv(ENV_DATABASE_URL, "postgresql://env@h/db")
    assert resolve_database_url(None, folder.root) == "postgresql://env@h/db"
    assert resolve_database_url("postgresql://cli@h/db", folder.root) == "postgresql://cli@h/db"
    assert current_address(folder) == ServerAddress("10.0.0.5", "thidua", "lan", 5432)


def test_saving_says_when_the_command_line_or_environment_still_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_DATABASE_URL, raising=False)
    root = tmp_path / "dữ liệu"
    root.mkdir()
    saved = "postgresql://lan@10.0.0.5:5432/thidua"
    (root / "may-chu.txt").write_text(saved + "\n", encoding="utf-8")
    assert chosen_for_this_run(DataDir(root)) is None  # the file
    assert chosen_for_this_run(DataDir(root, saved)) is None  # the saved server itself
    by_argument = chosen_for_this_run(DataDir(root, "postgresql://an:bí-mật@khác/thidua"))
    assert by_argument is not None and "--database" in str(by_argument)
    monkeypatch.setenv(ENV_DATABASE_URL, saved)
    by_environment = chosen_for_this_run(DataDir(root, saved))
    assert by_environment is not None and ENV_DATABASE_URL in str(by_environment)


def test_a_kept_password_is_found_when_the_engine_is_made(store: MemoryKeyring) -> None:
    address = ServerAddress("10.0.0.5", "thidua", "lan")
    credentials.remember_password(address.account, "bí mật")
    assert with_kept_password(server_url(address.url)).password == "bí mật"
    typed = server_url("postgresql://lan:khac@10.0.0.5/thidua")
    assert with_kept_password(typed).password == "khac"  # a typed password wins
    credentials.forget_password(address.account)
    credentials.forget_password(address.account)  # nothing kept: nothing to do
    assert with_kept_password(server_url(address.url)).password is None


def test_without_a_password_store_the_password_is_not_kept_and_the_person_is_told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(NoStore())
    try:
        assert credentials.password_for("lan@10.0.0.5:5432/thidua") is None
        with pytest.raises(UserError, match="PGPASSFILE"):
            credentials.remember_password("lan@10.0.0.5:5432/thidua", "x")
    finally:
        keyring.set_keyring(before)


def test_remembering_needs_a_password(tmp_path: Path, store: MemoryKeyring) -> None:
    folder = DataDir(tmp_path)
    with pytest.raises(InvalidInput, match="Hãy nhập mật khẩu"):
        use_server(folder, ServerAddress("10.0.0.5", "thidua", "lan"), None, remember=True)
    assert not folder.server_setting.exists() and store.kept == {}


def test_going_back_to_the_file_forgets_the_server_and_its_password(
    tmp_path: Path, store: MemoryKeyring
) -> None:
    folder = DataDir(tmp_path)
    use_local_file(folder)  # nothing saved: nothing to do
    address = ServerAddress("10.0.0.5", "thidua", "lan")
    folder.server_setting.write_text(address.url, encoding="utf-8")
    credentials.remember_password(address.account, "bí mật")
    use_local_file(folder)
    assert not folder.server_setting.exists() and store.kept == {}
    assert resolve_database_url(None, folder.root) is None


def test_without_the_server_libraries_the_person_is_told_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    from thidua_desktop.store.server import create_server_engine

    monkeypatch.setitem(sys.modules, "psycopg", None)  # not installed
    with pytest.raises(UserError, match=r"pip install thidua-desktop\[server\]"):
        create_server_engine("postgresql://lan@10.0.0.5/thidua")


def test_saving_again_without_typing_the_password_keeps_the_kept_one(
    tmp_path: Path, store: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    from thidua_desktop.services.core import connection

    address = ServerAddress("10.0.0.5", "thidua", "lan")
    credentials.remember_password(address.account, "bí mật")
    ready = connection.ServerTried(address.url, "lan", "Thành phố Cần Thơ", True, "ok")
    monkeypatch.setattr(connection, "try_server", lambda *_args: ready)
    folder = DataDir(tmp_path)
    for remember in (True, False):  # the box as it is: nothing typed, nothing changes
        assert use_server(folder, address, None, remember=remember).ready
        assert credentials.password_for(address.account) == "bí mật"
    use_server(folder, address, "mới", remember=False)  # typed and not to be remembered
    assert credentials.password_for(address.account) is None


def test_a_server_backup_gives_pg_dump_the_kept_password_in_its_environment_only(
    tmp_path: Path, store: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    import subprocess

    from thidua_desktop.services.safety.backups import dump_server

    address = ServerAddress("10.0.0.5", "thidua", "lan")
    credentials.remember_password(address.account, "bí mật")
    seen: dict[str, object] = {}

    def run(argv: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        seen["argv"], seen["env"] = argv, kwargs["env"]
        Path(argv[argv.index("--file") + 1]).write_bytes(b"PGDMP")
        return subprocess.CompletedProcess(argv, 0, "", "")

    monkeypatch.setattr(shutil, "which", lambda _name: "/usr/bin/pg_dump")
    monkeypatch.setattr(subprocess, "run", run)
    dump_server(address.url, tmp_path / "sao lưu #1.dump")
    assert (tmp_path / "sao lưu #1.dump").read_bytes() == b"PGDMP"
    assert not any("bí mật" in part for part in seen["argv"])  # type: ignore[union-attr]
    assert seen["env"]["PGPASSWORD"] == "bí mật"  # type: ignore[index]


def test_without_keyring_installed_remembering_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "keyring", None)
    assert credentials.password_for("lan@10.0.0.5:5432/thidua") is None
    with pytest.raises(UserError, match=r"keyring.*pip install thidua-desktop\[server\]"):
        credentials.remember_password("lan@10.0.0.5:5432/thidua", "x")
