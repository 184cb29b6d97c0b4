"""The floor plan, enforced: imports point down the layers, and no cycle outside the GUI.

Layers, top to bottom (README, "Architecture"):

    cli, gui            the two front ends
    exchange, reports   data packages, documents (independent of each other)
    services            use cases: one call per user action, plain rows out
    store               the database: engine, models, migrations, seed data
    domain              rules without I/O (plus the small helpers beside it: paths, os_errors…)

Every import is counted, including the lazy ones inside functions and those under
TYPE_CHECKING: a lazy import hides a dependency from the start-up time, not from the design.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import thidua_desktop

PACKAGE = "thidua_desktop"
PACKAGE_DIR = Path(thidua_desktop.__file__).parent

# Rank of each layer: a module may import its own layer's or a lower layer's modules.
LAYERS: dict[str, int] = {
    "domain": 0,
    "paths": 0,
    "os_errors": 0,
    "gc_pause": 0,
    "store": 1,
    "services": 2,
    "exchange": 3,
    "reports": 3,
    "cli": 4,
    "gui": 4,
    "translations_build": 4,
    "__main__": 5,
}
# Imports a layer may not make although they point down: (importer prefix, imported prefix, why).
FORBIDDEN = [
    (
        "thidua_desktop.reports",
        "thidua_desktop.store.models",
        "reports lay out the services' plain rows; ORM rows and sessions stay in services",
    ),
    (
        "thidua_desktop.gui",
        "thidua_desktop.store.models",
        "the GUI shows the services' plain rows and never holds a session",
    ),
]
# Layers of the same rank that must not know each other.
INDEPENDENT = [("exchange", "reports"), ("cli", "gui")]
# The exceptions, each with its reason: (importer prefix, imported prefix).
ALLOWED = {
    # The command line opens the window (no command) or runs its self-test: the GUI is the
    # command line's other front end, loaded only then.
    ("thidua_desktop.cli", "thidua_desktop.gui.app"),
    ("thidua_desktop.cli", "thidua_desktop.gui.selftest"),
    # The GUI's settings page and the interface translations share the build step's file list.
    ("thidua_desktop.gui", "thidua_desktop.translations_build"),
}


@dataclass(frozen=True)
class Import:
    importer: str
    imported: str
    line: int


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE_DIR.rglob("*.py"))}


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> Iterator[Import]:
    """Every import of our own package in one module, resolved to the module it loads."""
    is_package = path.name == "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == PACKAGE:
                    yield Import(name, alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            if module.split(".")[0] != PACKAGE:
                continue
            for alias in node.names:
                target = f"{module}.{alias.name}"
                yield Import(name, target if target in modules else module, node.lineno)


def layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def all_imports() -> list[Import]:
    modules = all_modules()
    found = []
    for name, path in modules.items():
        if ".migrations" in name:
            continue
        found.extend(imports_of(name, path, modules))
    return found


def violations(imports: list[Import]) -> list[str]:
    problems = []
    for item in imports:
        if any(
            item.importer.startswith(low) and item.imported.startswith(high)
            for low, high in ALLOWED
        ):
            continue
        reasons = [
            why
            for low, high, why in FORBIDDEN
            if item.importer.startswith(low) and item.imported.startswith(high)
        ]
        if reasons:
            problems.append(f"{item.importer}:{item.line} imports {item.imported}: {reasons[0]}")
            continue
        source, target = layer_of(item.importer), layer_of(item.imported)
        if source == "__init__" or target == "__init__":
            continue  # the package's own version and name
        if source not in LAYERS or target not in LAYERS:
            problems.append(f"{item.importer}:{item.line} → {item.imported}: layer unknown")
            continue
        if LAYERS[target] > LAYERS[source]:
            problems.append(
                f"{item.importer}:{item.line} imports {item.imported} "
                f"({source} must not import {target}, a higher layer)"
            )
        elif {source, target} in [set(pair) for pair in INDEPENDENT] and source != target:
            problems.append(
                f"{item.importer}:{item.line} imports {item.imported} "
                f"({source} and {target} are independent)"
            )
    return problems


def cycles(imports: list[Import]) -> list[list[str]]:
    """Strongly connected components of more than one module outside gui/ (Tarjan)."""
    graph: dict[str, set[str]] = {}
    for item in imports:
        if item.importer == item.imported:
            continue
        if ".gui" in item.importer or ".gui" in item.imported:
            continue
        graph.setdefault(item.importer, set()).add(item.imported)
        graph.setdefault(item.imported, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for child in sorted(graph[node]):
            if child not in index:
                visit(child)
                low[node] = min(low[node], low[child])
            elif child in on_stack:
                low[node] = min(low[node], index[child])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_imports_point_down_the_layers() -> None:
    problems = violations(all_imports())
    assert not problems, "imports against the floor plan:\n" + "\n".join(problems)


def test_no_import_cycle_outside_the_gui() -> None:
    found = cycles(all_imports())
    assert not found, "import cycles:\n" + "\n".join(" ↔ ".join(c) for c in found)


def test_sessions_open_only_in_services_and_below() -> None:
    """`db.reading()` and `db.transaction()` are called by services (and the store itself):
    the front ends, reports and packages call services."""
    found = []
    for name, path in all_modules().items():
        if layer_of(name) in {"domain", "store", "services", "exchange"}:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"reading", "transaction"}
            ):
                found.append(f"{name}:{node.lineno} opens a session ({node.func.attr})")
    assert not found, "\n".join(found)


def test_every_package_has_a_layer() -> None:
    layers = {layer_of(name) for name in all_modules()}
    assert layers - {"__init__"} <= set(LAYERS)


@pytest.mark.parametrize(
    ("importer", "source", "expected"),
    [
        # An upward import is caught, lazy or not, absolute or relative.
        ("thidua_desktop.store.fake", "from thidua_desktop.services.core import audit", "higher"),
        (
            "thidua_desktop.domain.fake",
            "def f():\n    import thidua_desktop.store.engine",
            "higher",
        ),
        ("thidua_desktop.services.fake", "from ..reports import kinds", "higher"),
        ("thidua_desktop.reports.fake", "from thidua_desktop.exchange import plan", "independent"),
        ("thidua_desktop.services.fake", "from thidua_desktop.store import engine", None),
    ],
)
def test_the_rule_catches_an_upward_import(
    tmp_path: Path, importer: str, source: str, expected: str | None
) -> None:
    path = tmp_path / "fake.py"
    path.write_text(source + "\n", encoding="utf-8")
    found = list(imports_of(importer, path, all_modules()))
    assert found
    problems = violations(found)
    if expected is None:
        assert problems == []
    else:
        assert len(problems) == 1 and expected in problems[0]


def test_the_cycle_finder_finds_a_cycle() -> None:
    loop = [
        Import("thidua_desktop.services.a", "thidua_desktop.services.b", 1),
        Import("thidua_desktop.services.b", "thidua_desktop.services.c", 1),
        Import("thidua_desktop.services.c", "thidua_desktop.services.a", 1),
        Import("thidua_desktop.gui.x", "thidua_desktop.gui.y", 1),
        Import("thidua_desktop.gui.y", "thidua_desktop.gui.x", 1),
    ]
    assert cycles(loop) == [
        ["thidua_desktop.services.a", "thidua_desktop.services.b", "thidua_desktop.services.c"]
    ]
