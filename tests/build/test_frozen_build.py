"""The one-folder build: PyInstaller builds it from the spec and it passes --self-test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.build


@pytest.mark.skipif(
    shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None,
    reason="PyInstaller is not installed (pip install -e '.[build]')",
)
def test_the_frozen_app_passes_its_self_test_from_a_clean_directory(tmp_path: Path) -> None:
    pyinstaller = str(Path(sys.executable).parent / "pyinstaller")
    build = subprocess.run(
        [
            pyinstaller,
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "work"),
            str(ROOT / "build_installer.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    app = tmp_path / "dist" / "thidua-desktop" / "thidua-desktop"
    assert app.exists()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "THIDUA_DATA_DIR")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(elsewhere)  # no per-user data of the developer's
    result = subprocess.run(
        [str(app), "--self-test", str(elsewhere / "out")],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("SELF-TEST OK")
    assert "ui_fonts=Noto Sans" in result.stdout and "units=14137" in result.stdout
    assert (elsewhere / "out" / "sample.pdf").stat().st_size > 1000
    assert (elsewhere / "out" / "sample.docx").stat().st_size > 1000
