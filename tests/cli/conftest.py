"""The command line's tests: running a command, and the demonstration data they start from."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from thidua_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of one command."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`init --demo` once for every command-line test; tests work on copies."""
    directory = tmp_path_factory.mktemp("cli") / "demo"
    assert main(["--data-dir", str(directory), "init", "--demo"]) == 0
    return directory


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A fresh copy of the demonstration data directory."""
    capsys.readouterr()
    target = tmp_path / "demo"
    shutil.copytree(demo_template, target)
    return str(target)
