"""Desktop conventions held by construction: every date field and every file dialog of the
interface comes from the one helper that applies the convention (dd/MM/yyyy; start in
Documents, then the folder used last)."""

from __future__ import annotations

import ast

import pytest

from thidua_desktop import translations_build as tb

HELPERS = {
    "QDateEdit": "fields.py",
    "QDateTimeEdit": "fields.py",
    "getOpenFileName": "file_dialogs.py",
    "getSaveFileName": "file_dialogs.py",
    "getExistingDirectory": "file_dialogs.py",
    "getOpenFileNames": "file_dialogs.py",
}


def _calls() -> list[tuple[str, str, int]]:
    found = []
    for path in tb.gui_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in HELPERS:
                    found.append((name, path.name, node.lineno))
    return found


@pytest.mark.parametrize("name", sorted(HELPERS))
def test_only_the_helper_creates_it(name: str) -> None:
    elsewhere = [(f, line) for n, f, line in _calls() if n == name and f != HELPERS[name]]
    assert not elsewhere, f"{name} outside {HELPERS[name]}: {elsewhere}"


def test_date_fields_read_dd_mm_yyyy(qtbot: object) -> None:
    import datetime as dt

    from thidua_desktop.gui.common.fields import date_edit, date_of

    edit = date_edit(dt.date(2023, 3, 5))
    assert edit.text() == "05/03/2023"
    blank = date_edit(None, optional=True)
    assert date_of(blank) is None and date_of(edit) == dt.date(2023, 3, 5)
