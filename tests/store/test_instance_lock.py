"""Instance lock: one writer per data directory, refused clearly, never stale after a crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from thidua_desktop.store.instance_lock import (
    ROLE_CLI,
    ROLE_GUI,
    InstanceLock,
    InstanceLockedError,
    LockUnavailableError,
    read_holder,
)

_HOLD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from thidua_desktop.store.instance_lock import InstanceLock
    lock = InstanceLock(Path(sys.argv[1]), role="gui").acquire()
    print("held", flush=True)
    time.sleep(60)
    """
)


def _holder(root: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(root)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "held"
    return child


def test_a_second_holder_is_refused_naming_the_first(tmp_path: Path) -> None:
    with InstanceLock(tmp_path, role=ROLE_GUI) as first:
        assert first.held
        with pytest.raises(InstanceLockedError) as refused:
            InstanceLock(tmp_path, role=ROLE_CLI).acquire()
    message = refused.value.message
    assert "đang được một phiên khác của ứng dụng sử dụng" in message
    assert f"tiến trình {os.getpid()}" in message and "cửa sổ ứng dụng" in message
    # Released: the next one gets it.
    with InstanceLock(tmp_path, role=ROLE_CLI) as again:
        assert again.held


def test_another_process_holding_the_lock_blocks_until_it_ends(tmp_path: Path) -> None:
    child = _holder(tmp_path)
    try:
        with pytest.raises(InstanceLockedError, match=f"tiến trình {child.pid}"):
            InstanceLock(tmp_path, role=ROLE_CLI).acquire()
        holder = read_holder(tmp_path)
        assert holder is not None and holder.pid == child.pid and holder.role == ROLE_GUI
    finally:
        child.terminate()
        child.wait()
    with InstanceLock(tmp_path, role=ROLE_CLI) as lock:
        assert lock.held


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_lock_file_left_by_a_killed_process_does_not_block(tmp_path: Path) -> None:
    child = _holder(tmp_path)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert (tmp_path / "thidua.lock").exists()  # the file stays; the OS lock went with the process
    with InstanceLock(tmp_path, role=ROLE_GUI) as lock:
        assert lock.held


def test_an_unwritable_data_directory_gives_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(LockUnavailableError, match="Không ghi được vào thư mục dữ liệu"):
        InstanceLock(blocker / "data", role=ROLE_CLI).acquire()


def test_release_is_idempotent_and_reacquire_works(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path, role=ROLE_CLI)
    lock.acquire()
    lock.acquire()  # already held: no-op
    lock.release()
    lock.release()
    assert not lock.held
    lock.acquire()
    assert lock.held
    lock.release()
