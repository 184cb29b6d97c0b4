"""Which database this PC works on: the local SQLite file, or the province's server (DESIGN §8).

Settings › Máy chủ dữ liệu tries a server, then saves its address (never its password) in the
data folder; the password goes to the operating system's password store when the person asks
for it to be remembered. The choice takes effect the next time the application opens.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass

from sqlalchemy.engine import URL

from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.text import clean
from thidua_desktop.paths import DataDir, saved_server

DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL database on the network, as a person types it in."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    @property
    def url(self) -> str:
        """postgresql://user@host:port/database (no password; special characters escaped)."""
        built = URL.create(
            "postgresql",
            username=self.user,
            host=self.host,
            port=self.port,
            database=self.database,
        )
        return built.render_as_string(hide_password=False)

    @property
    def account(self) -> str:
        from thidua_desktop.store.credentials import account

        return account(self.user, self.host, self.port, self.database)


@dataclass(frozen=True)
class ServerTried:
    """What a connection attempt found."""

    where: str
    operator: str  # the login the audit will record
    office_name: str | None  # the office the database belongs to, once set up
    ready: bool  # at the application's schema: staff can work on it
    note: str  # what to do next, in Vietnamese


# A host name or IPv4 address (letters, digits, dots, hyphens), or an IPv6 address.
_HOST = re.compile(r"[A-Za-z0-9][A-Za-z0-9.-]*|[0-9A-Fa-f]*:[0-9A-Fa-f:.]+")


def parse_address(host: str, port: str, database: str, user: str) -> ServerAddress:
    """The fields of the form, checked, with a Vietnamese message for each mistake."""
    host, database, user = clean(host), clean(database), clean(user)
    if not host:
        raise InvalidInput(msg("Hãy nhập tên hoặc địa chỉ IP của máy chủ."))
    if not _HOST.fullmatch(host):  # a name or an address, nothing a URL could read more into
        raise InvalidInput(
            msg("Tên máy chủ “{host}” không hợp lệ: chỉ ghi tên hoặc địa chỉ IP.", host=host)
        )
    text = clean(port) or str(DEFAULT_PORT)
    if not (text.isascii() and text.isdecimal()) or not 0 < int(text) < 65536:
        raise InvalidInput(
            msg("Cổng “{port}” không hợp lệ: một số từ 1 đến 65535 (thường là 5432).", port=text)
        )
    if not database:
        raise InvalidInput(msg("Hãy nhập tên cơ sở dữ liệu trên máy chủ."))
    if not user:
        raise InvalidInput(msg("Hãy nhập tên đăng nhập máy chủ của bạn."))
    return ServerAddress(host=host, database=database, user=user, port=int(text))


def current_address(data_dir: DataDir) -> ServerAddress | None:
    """The server saved for this PC (to fill in the form), or None."""
    saved = saved_server(data_dir.root)
    if saved is None:
        return None
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(saved)
    except ArgumentError:
        return None
    return ServerAddress(
        host=url.host or "",
        database=url.database or "",
        user=url.username or "",
        port=url.port or DEFAULT_PORT,
    )


def try_server(address: ServerAddress, password: str | None) -> ServerTried:
    """Connect (without changing anything) and say whether staff can work there."""
    from thidua_desktop.store.errors import SchemaUpgradeNeededError
    from thidua_desktop.store.schema import open_server_database

    url = _with_password(address, password)
    try:
        db = open_server_database(url)
    except SchemaUpgradeNeededError as exc:
        return ServerTried(
            where=address.url,
            operator=address.user,
            office_name=None,
            ready=False,
            note=str(exc.message),
        )
    try:
        from thidua_desktop.services.core.profile import get_profile

        profile = get_profile(db)
    finally:
        db.close()
    office = profile.office_name if profile else None
    return ServerTried(
        where=address.url,
        operator=address.user,
        office_name=office,
        ready=True,
        note=msg(
            "Kết nối được. Cơ sở dữ liệu của {office}; các thay đổi của bạn được ghi tên {user}.",
            office=office,
            user=address.user,
        )
        if office
        else msg(
            "Kết nối được; cơ sở dữ liệu chưa chọn cơ quan sử dụng. Các thay đổi của bạn được "
            "ghi tên {user}.",
            user=address.user,
        ),
    )


def use_server(
    data_dir: DataDir, address: ServerAddress, password: str | None, *, remember: bool
) -> ServerTried:
    """Try the server; when staff can work there, save its address for this PC. A password
    typed is kept in the operating system's store when `remember`, or any kept one forgotten
    when not; with none typed, a kept one stays as it is (it is what the attempt connected with).
    The address file never holds the password. Nothing is saved when the server is not ready."""
    from thidua_desktop.store.credentials import forget_password, password_for, remember_password

    if remember and not password and password_for(address.account) is None:
        raise InvalidInput(msg("Hãy nhập mật khẩu để ghi nhớ, hoặc bỏ chọn “Ghi nhớ mật khẩu”."))
    found = try_server(address, password)
    if not found.ready:
        return found
    if password and remember:
        remember_password(address.account, password)
    elif password:
        forget_password(address.account)
    _write_setting(data_dir, address.url + "\n")
    return found


def use_local_file(data_dir: DataDir) -> None:
    """Work on this PC's own SQLite file again (the server's data stays on the server)."""
    address = current_address(data_dir)
    if address is not None:
        from thidua_desktop.store.credentials import forget_password

        forget_password(address.account)
    try:
        data_dir.server_setting.unlink(missing_ok=True)
    except OSError as exc:
        raise _not_saved(data_dir, exc) from exc


def chosen_for_this_run(data_dir: DataDir) -> str | None:
    """A note when this run's database was named on the command line or in the environment,
    which win over what Settings saves: the choice saved now does not apply while they do."""
    from thidua_desktop.paths import ENV_DATABASE_URL, without_password

    if os.environ.get(ENV_DATABASE_URL):
        how = ENV_DATABASE_URL
    elif data_dir.server is not None and without_password(data_dir.server) != (
        saved_server(data_dir.root) or ""
    ):
        how = "--database"
    else:
        return None
    return msg(
        "Lưu ý: lần này ứng dụng được mở với cơ sở dữ liệu chỉ định bằng {how}; khi còn chỉ "
        "định như vậy, địa chỉ đó được dùng thay cho lựa chọn đã lưu ở đây.",
        how=how,
    )


def _with_password(address: ServerAddress, password: str | None) -> str:
    if not password:
        return address.url
    built = URL.create(
        "postgresql",
        username=address.user,
        password=password,
        host=address.host,
        port=address.port,
        database=address.database,
    )
    return built.render_as_string(hide_password=False)


def _write_setting(data_dir: DataDir, text: str) -> None:
    target = data_dir.server_setting
    partial = target.with_name(target.name + ".tmp")
    try:
        data_dir.root.mkdir(parents=True, exist_ok=True)
        with open(partial, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise _not_saved(data_dir, exc) from exc


def _not_saved(data_dir: DataDir, exc: OSError) -> UserError:
    from thidua_desktop.os_errors import os_error_text

    return UserError(
        msg(
            "Không lưu được lựa chọn máy chủ vào thư mục dữ liệu {folder}: {reason}.",
            folder=str(data_dir.root),
            reason=os_error_text(exc),
        )
    )
