"""Every interface string is translatable, and the translation files are complete.

Static checks over ``thidua_desktop/gui`` (no window needed):

- no Vietnamese text outside ``tr()`` / ``QCoreApplication.translate()`` / ``QT_TRANSLATE_NOOP``
  (a string the translator never sees stays Vietnamese in the English interface);
- what goes into ``tr()`` is one literal — never an f-string or a concatenation, which lupdate
  cannot extract (``self.tr("Đã dán {n} ô").format(n=...)`` is the way);
- ``resources/translations/thidua_vi.ts`` and ``thidua_en.ts`` hold exactly the strings the code
  has, each with a finished translation (``python -m thidua_desktop.translations_build update``
  refreshes them; English ones are then filled by hand).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from thidua_desktop import translations_build as tb

VIETNAMESE = re.compile(r"[À-ỹĐđ]")
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# A line ending with this comment holds text that is not interface text (a language's own
# name in the language menu, a console message of the self-test…).
NOT_UI = "# i18n: not UI"


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _docstrings(tree: ast.Module) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _problems(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    tree = ast.parse(text)
    covered: set[int] = set()
    problems: list[str] = []
    where = path.relative_to(tb.PACKAGE_DIR.parent)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _name(node.func) in TRANSLATING):
            continue
        covered.update(id(inner) for inner in ast.walk(node))
        kind = _name(node.func)
        if kind in {"tr", "QT_TR_NOOP"}:
            text_arg = node.args[0] if node.args else None
            # A module-level tr(text) helper forwards a variable: allowed only in its definition.
            if isinstance(text_arg, ast.Name) and kind == "tr":
                continue
        else:
            context_arg = node.args[0] if node.args else None
            text_arg = node.args[1] if len(node.args) > 1 else None
            if not (isinstance(context_arg, ast.Constant) and isinstance(context_arg.value, str)):
                problems.append(f"{where}:{node.lineno}: the context of {kind}() is not a literal")
            if kind == "translate" and isinstance(
                text_arg, ast.Name | ast.Attribute | ast.Subscript
            ):
                continue  # translating a value marked with QT_TRANSLATE_NOOP elsewhere
        if not (isinstance(text_arg, ast.Constant) and isinstance(text_arg.value, str)):
            problems.append(f"{where}:{node.lineno}: {kind}() needs one string literal")
    docstrings = _docstrings(tree)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and VIETNAMESE.search(node.value)
            and id(node) not in covered
            and id(node) not in docstrings
            and not lines[node.lineno - 1].rstrip().endswith(NOT_UI)
        ):
            problems.append(f"{where}:{node.lineno}: untranslated text {node.value[:60]!r}")
    return problems


def test_every_vietnamese_string_of_the_interface_goes_through_tr() -> None:
    problems = [p for path in tb.gui_sources() for p in _problems(path)]
    assert not problems, "\n".join(problems)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    target = tmp_path_factory.mktemp("ts") / "current.ts"
    tb.extract(target, "vi")
    return {(m.context, m.source) for m in tb.read_messages(target)}


@pytest.mark.parametrize("language", tb.LANGUAGES)
def test_translation_file_has_every_string_of_the_code(
    language: str, extracted: set[tuple[str, str]]
) -> None:
    messages = tb.read_messages(tb.ts_path(language))
    have = {(m.context, m.source) for m in messages}
    missing = sorted(extracted - have)
    stale = sorted(have - extracted)
    assert not missing, (
        f"{len(missing)} chuỗi giao diện chưa có trong {tb.ts_path(language).name} "
        f"(chạy python -m thidua_desktop.translations_build update): {missing[:10]}"
    )
    assert not stale, f"{len(stale)} chuỗi không còn trong mã: {stale[:10]}"


@pytest.mark.parametrize("language", tb.LANGUAGES)
def test_every_string_has_a_finished_translation(language: str) -> None:
    unfinished = [
        (m.context, m.source) for m in tb.read_messages(tb.ts_path(language)) if not m.finished
    ]
    assert not unfinished, f"{len(unfinished)} chuỗi chưa dịch sang {language}: {unfinished[:10]}"


def test_english_translations_keep_the_placeholders() -> None:
    placeholder = re.compile(r"\{[a-z_0-9]*\}|%\d")
    wrong = [
        (m.context, m.source, m.translation)
        for m in tb.read_messages(tb.ts_path("en"))
        if m.finished
        and sorted(placeholder.findall(m.source)) != sorted(placeholder.findall(m.translation))
    ]
    assert not wrong, wrong[:10]


def test_english_translations_are_english() -> None:
    left = [
        (m.context, m.source, m.translation)
        for m in tb.read_messages(tb.ts_path("en"))
        if m.finished and VIETNAMESE.search(m.translation)
    ]
    assert not left, left[:10]


def test_release_compiles_every_catalogue(tmp_path: Path) -> None:
    written = tb.release(tmp_path)
    names = {p.name for p in written}
    assert {"thidua_vi.qm", "thidua_en.qm", "qtbase_vi.qm"} <= names
    assert all(p.stat().st_size > 100 for p in written)
