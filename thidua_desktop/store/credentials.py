"""The password of a server connection, kept in the operating system's password store
(Windows Credential Manager, macOS Keychain, the Secret Service on Linux) through `keyring`,
never in the application's settings or logs.

A URL without a password looks its password up here when the engine is made; when the store
has none (or the PC has no store), libpq's own PGPASSFILE (%APPDATA%\\postgresql\\pgpass.conf
on Windows, ~/.pgpass elsewhere) still applies.
"""

from __future__ import annotations

import logging

from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.messages import msg

SERVICE = "thidua-desktop"

_log = logging.getLogger(__name__)


def account(user: str, host: str, port: int | None, database: str) -> str:
    """The name under which a connection's password is kept: who, where, which database."""
    return f"{user}@{host}:{port or 5432}/{database}"


def password_for(name: str) -> str | None:
    """The kept password, or None (nothing kept, no store on this PC, the store refused)."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(SERVICE, name)
    except (KeyringError, OSError, RuntimeError) as exc:
        _log.info("password store unavailable: %s", type(exc).__name__)
        return None


def remember_password(name: str, password: str) -> None:
    """Keep the password in the operating system's store; a message when it cannot."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError as exc:
        raise UserError(
            msg(
                "Chưa cài thư viện keyring nên không ghi nhớ được mật khẩu: pip install "
                "thidua-desktop[server], hoặc bỏ chọn “Ghi nhớ mật khẩu”."
            )
        ) from exc
    try:
        keyring.set_password(SERVICE, name, password)
    except (KeyringError, OSError, RuntimeError) as exc:
        raise UserError(_NO_STORE) from exc


def forget_password(name: str) -> None:
    """Remove a kept password (nothing to do when none is kept or there is no store)."""
    try:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError
    except ImportError:
        return
    try:
        keyring.delete_password(SERVICE, name)
    except PasswordDeleteError:
        return
    except (KeyringError, OSError, RuntimeError) as exc:
        _log.info("password store unavailable: %s", type(exc).__name__)


_NO_STORE = msg(
    "Máy này không có kho mật khẩu của hệ điều hành nên không ghi nhớ được mật khẩu. "
    "Hãy bỏ chọn “Ghi nhớ mật khẩu” và ghi mật khẩu vào tệp mật khẩu của PostgreSQL "
    "(PGPASSFILE; trên Windows: %APPDATA%\\postgresql\\pgpass.conf), hoặc hỏi bộ phận "
    "công nghệ thông tin."
)
