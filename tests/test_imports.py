"""Every `from thidua_desktop… import name` in the package names something that exists, the lazy
imports inside functions included (they run only when a person takes that path: a renamed module
or function would otherwise fail in front of a user, not in the test run)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import thidua_desktop

PACKAGE_DIR = Path(thidua_desktop.__file__).parent


def test_every_import_of_our_own_names_resolves() -> None:
    missing = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        if "migrations" in path.parts or path.name == "__main__.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or node.level or not node.module:
                continue
            if node.module.split(".")[0] != "thidua_desktop":
                continue
            module = importlib.import_module(node.module)
            for alias in node.names:
                if hasattr(module, alias.name):
                    continue
                try:
                    importlib.import_module(f"{node.module}.{alias.name}")
                except ModuleNotFoundError:
                    relative = path.relative_to(PACKAGE_DIR.parent)
                    missing.append(f"{relative}:{node.lineno} {node.module}.{alias.name}")
    assert not missing, "imports of names that do not exist:\n" + "\n".join(missing)
