"""One writer per data directory: an operating-system lock on a file beside the database.

The lock is a real OS lock (flock on POSIX, msvcrt.locking on Windows), not the mere existence of
a file: the system releases it when the holding process ends, however it ends, so a crash or a
power cut never leaves a stale lock behind. The file itself stays; while locked it describes the
holder (process, machine, since when) so that a refused second instance can say who has the data.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from thidua_desktop.domain.errors import UserError
from thidua_desktop.os_errors import os_error_text
from thidua_desktop.paths import DataDir

ROLE_GUI = "gui"
ROLE_CLI = "cli"
# The holder's description is written at the start of the file; on Windows the locked byte lies
# beyond it (a byte locked there cannot be read by others).
_DESCRIPTION_SIZE = 1024
_LOCKED_OFFSET = 4096
_ROLE_LABELS = {ROLE_GUI: "cửa sổ ứng dụng", ROLE_CLI: "một lệnh dòng lệnh"}
# Locking is not supported on some network file systems: work on, unprotected, rather than refuse.
_UNSUPPORTED = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP}


class InstanceLockedError(UserError):
    """Another process (a second window, or a command) is writing to this data directory."""


class LockUnavailableError(UserError):
    """The lock file cannot be created (read-only data directory, no permission)."""


@dataclass(frozen=True)
class LockHolder:
    pid: int | None
    host: str
    role: str
    since: dt.datetime | None

    def describe(self) -> str:
        parts = [_ROLE_LABELS.get(self.role, "một phiên khác")]
        if self.pid is not None:
            parts.append(f"tiến trình {self.pid}")
        if self.host:
            parts.append(f"máy {self.host}")
        if self.since is not None:
            parts.append(f"từ {self.since.astimezone():%H:%M ngày %d/%m/%Y}")
        return ", ".join(parts)


class InstanceLock:
    """Held by the GUI for its whole life, and by command-line writes for their duration."""

    def __init__(self, root: Path, *, role: str) -> None:
        self.root = root
        self.path = DataDir(root).instance_lock
        self.role = role
        self._fd: int | None = None
        self.enforced = True  # False on a file system that cannot lock (see _UNSUPPORTED)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> InstanceLock:
        """Take the lock now or raise InstanceLockedError naming the holder; never waits."""
        if self._fd is not None:
            return self
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise LockUnavailableError(
                f"Không ghi được vào thư mục dữ liệu {self.root} "
                f"({os_error_text(exc)}): thư mục chỉ đọc hoặc không có quyền ghi. "
                "Hãy kiểm tra quyền truy cập hoặc chọn thư mục khác bằng --data-dir."
            ) from exc
        try:
            _lock(fd)
        except BlockingIOError:
            os.close(fd)
            raise self._locked_error() from None
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EAGAIN, errno.EDEADLK):
                os.close(fd)
                raise self._locked_error() from None
            if exc.errno not in _UNSUPPORTED:
                os.close(fd)
                raise LockUnavailableError(
                    f"Không khóa được thư mục dữ liệu {self.root} ({os_error_text(exc)})."
                ) from exc
            self.enforced = False
        self._fd = fd
        self._describe_self()
        return self

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing the descriptor releases the OS lock

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def _describe_self(self) -> None:
        import socket  # only here: keeps the window's start-up light

        assert self._fd is not None
        text = json.dumps(
            {
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "role": self.role,
                "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            },
            ensure_ascii=False,
        ).encode("utf-8")[: _DESCRIPTION_SIZE - 1]
        with contextlib.suppress(OSError):  # the description is a courtesy; the lock matters
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.write(self._fd, text.ljust(_DESCRIPTION_SIZE - 1) + b"\n")

    def _locked_error(self) -> InstanceLockedError:
        holder = read_holder(self.root)
        who = f" ({holder.describe()})" if holder is not None else ""
        return InstanceLockedError(
            f"Dữ liệu trong {self.root} đang được một phiên khác của ứng dụng sử dụng{who}. "
            "Mỗi thư mục dữ liệu chỉ cho một phiên ghi tại một thời điểm: hãy đóng phiên đó "
            "rồi thử lại."
        )


def read_holder(root: Path) -> LockHolder | None:
    """Who described themselves in the lock file last (meaningful while the lock is held)."""
    try:
        with DataDir(root).instance_lock.open("rb") as handle:
            raw = json.loads(handle.read(_DESCRIPTION_SIZE).decode("utf-8").strip() or "null")
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict):
        return None
    since = None
    if isinstance(raw.get("since"), str):
        try:
            since = dt.datetime.fromisoformat(raw["since"])
        except ValueError:
            since = None
    pid = raw.get("pid")
    return LockHolder(
        pid=pid if isinstance(pid, int) else None,
        host=str(raw.get("host") or ""),
        role=str(raw.get("role") or ""),
        since=since,
    )


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, _LOCKED_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        # flock locks belong to the open file description: a second open, even in the same
        # process, is refused, and the lock ends when the descriptor is closed or the process dies.
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
