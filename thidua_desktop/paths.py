"""Where things live: the per-user data directory and the bundled resources (one owner)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

from thidua_desktop import APP_NAME

ENV_DATA_DIR = "THIDUA_DATA_DIR"
ENV_DATABASE_URL = "THIDUA_DATABASE_URL"
DATABASE_FILE = "thidua.sqlite3"
SERVER_SETTING = "may-chu.txt"  # the server this PC connects to, without its password


def resource_dir() -> Path:
    """The bundled `resources/` folder, from a source checkout and from a frozen build alike."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A file inside the bundled resources, e.g. resource("fonts", "NotoSans-Regular.ttf")."""
    return resource_dir().joinpath(*parts)


def default_data_dir() -> Path:
    """The per-user application-data folder (e.g. %LOCALAPPDATA%\\thidua-desktop on Windows)."""
    # platformdirs is small (~20 ms) but only needed when no directory was given.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def without_password(url: str) -> str:
    """ "postgresql://an:bí-mật@máy/thidua" → "postgresql://an:***@máy/thidua"."""
    import re

    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def resolve_database_url(explicit: str | None = None, root: Path | None = None) -> str | None:
    """`--database URL` wins, then $THIDUA_DATABASE_URL, then the server this PC was connected
    to in Settings (saved in the data folder `root`); None means the local SQLite file."""
    return explicit or os.environ.get(ENV_DATABASE_URL) or saved_server(root)


def saved_server(root: Path | None) -> str | None:
    """The server address saved in the data folder (no password), or None."""
    if root is None:
        return None
    try:
        saved = (root / SERVER_SETTING).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return saved or None


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None, *, demo: bool = False) -> Path:
    """`--data-dir` wins, then $THIDUA_DATA_DIR, then the per-user folder (`demo/` for the demo)."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser().resolve()
    base = default_data_dir()
    return base / "demo" if demo else base


# A NamedTuple rather than a frozen dataclass: the same immutable value, but the window's start-up
# does not import `dataclasses` (~4 ms) before its first paint.
class DataDir(NamedTuple):
    """The layout of one data directory: the database and the folders beside it.

    In server mode (`server`: a PostgreSQL URL) the database is the province's server; the
    folders (logs, backups of dumps, packages, attachments) stay on this PC under `root`."""

    root: Path
    server: str | None = None

    @property
    def where(self) -> str:
        """The database as people are told about it: the file, or the server without password."""
        if self.server is None:
            return str(self.database)
        return without_password(self.server)

    @property
    def database(self) -> Path:
        return self.root / DATABASE_FILE

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def outbox(self) -> Path:
        return self.root / "outbox"

    @property
    def attachments(self) -> Path:
        """Attached files, each named by the SHA-256 of its bytes (services/attachments)."""
        return self.root / "attachments"

    @property
    def keys(self) -> Path:
        """This installation's signing key pair for data packages (exchange/keys.py)."""
        return self.root / "keys"

    @property
    def server_setting(self) -> Path:
        """The address of the server database chosen in Settings (no password in it)."""
        return self.root / SERVER_SETTING

    @property
    def gui_settings(self) -> Path:
        return self.root / "giao-dien.ini"

    @property
    def instance_lock(self) -> Path:
        """The lock file held by the one process that may write (store/instance_lock.py)."""
        return self.root / "thidua.lock"

    @property
    def imports_paused_marker(self) -> Path:
        """Present after a restore until the person confirms that imports may resume."""
        return self.root / "nhap-goi-tam-dung.json"

    def ensure(self) -> None:
        """Create the directory and its sub-folders; a clear error if that is impossible."""
        from thidua_desktop.domain.errors import UserError

        try:
            for folder in (self.root, self.backups, self.logs, self.inbox, self.outbox):
                folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            from thidua_desktop.os_errors import os_error_text

            raise UserError(
                f"Không tạo được thư mục dữ liệu {self.root}: {os_error_text(exc)}. "
                "Hãy chọn thư mục khác bằng --data-dir hoặc kiểm tra quyền ghi."
            ) from exc
