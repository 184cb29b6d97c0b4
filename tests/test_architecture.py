"""Layering: nothing outside thidua_desktop/gui imports PySide6 (the core runs without Qt)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import thidua_desktop

PACKAGE_DIR = Path(thidua_desktop.__file__).parent

_IMPORT_ALL_WITHOUT_QT = """
import importlib, sys

class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name == "shiboken6":
            raise ImportError(f"{name} is blocked: the core must not import Qt")
        return None

sys.meta_path.insert(0, BlockQt())
for module in sys.argv[1:]:
    importlib.import_module(module)
print("imported", len(sys.argv) - 1)
"""


def core_modules() -> list[str]:
    modules = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        relative = path.relative_to(PACKAGE_DIR.parent).with_suffix("")
        parts = relative.parts
        if "gui" in parts or "migrations" in parts or parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules.append(".".join(parts))
    return modules


def test_every_module_outside_gui_imports_with_pyside6_blocked() -> None:
    modules = core_modules()
    assert "thidua_desktop.cli" in modules and "thidua_desktop.store.schema" in modules
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL_WITHOUT_QT, *modules],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"imported {len(modules)}"


def test_the_blocker_really_blocks() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL_WITHOUT_QT, "thidua_desktop.gui.main_window"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0 and "blocked" in result.stderr


def test_cli_commands_do_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from thidua_desktop.cli import main; "
        f"main(['--data-dir', {str(tmp_path)!r}, 'init']); "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"
