"""The report font: Times New Roman found where present, else the bundled Liberation Serif."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from thidua_desktop.paths import resource
from thidua_desktop.reports.render import fonts as fonts_module
from thidua_desktop.reports.render.fonts import find_times_new_roman, register_fonts

WINDOWS_NAMES = ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")


def test_bundled_font_is_used_when_forced() -> None:
    fonts = register_fonts()
    assert fonts.source == "bundled" and fonts.family == "LiberationSerif"
    assert (
        fonts.bold == "LiberationSerif-Bold" and fonts.bold_italic == "LiberationSerif-BoldItalic"
    )
    assert all(path.is_file() for path in fonts.files)
    assert register_fonts() is fonts  # registered once per process
    assert "LiberationSerif" in fonts.describe()


def test_bundled_font_ships_with_its_licence() -> None:
    licence = resource("fonts", "OFL-LiberationSerif.txt").read_text(encoding="utf-8")
    assert "Red Hat" in licence and "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "PERMISSION & CONDITIONS" in licence and "DISCLAIMER" in licence
    for style in ("Regular", "Bold", "Italic", "BoldItalic"):
        assert resource("fonts", f"LiberationSerif-{style}.ttf").stat().st_size > 100_000


def test_times_new_roman_is_found_only_with_all_four_styles(tmp_path: Path) -> None:
    windows, partial, linux = tmp_path / "Fonts", tmp_path / "partial", tmp_path / "msttcorefonts"
    for folder in (windows, partial, linux):
        folder.mkdir()
    for name in WINDOWS_NAMES:
        (windows / name).touch()
    (partial / "times.ttf").touch()
    for name in ("", "_Bold", "_Italic", "_Bold_Italic"):
        (linux / f"Times_New_Roman{name}.ttf").touch()

    assert find_times_new_roman([tmp_path / "none", partial]) is None
    found = find_times_new_roman([partial, windows, linux])
    assert found is not None and tuple(p.name for p in found) == WINDOWS_NAMES
    found = find_times_new_roman([linux])
    assert found is not None and found[3].name == "Times_New_Roman_Bold_Italic.ttf"


def test_system_font_is_registered_and_a_broken_one_falls_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, broken = tmp_path / "good", tmp_path / "broken"
    good.mkdir()
    broken.mkdir()
    for name, style in zip(WINDOWS_NAMES, ("Regular", "Bold", "Italic", "BoldItalic"), strict=True):
        shutil.copy(resource("fonts", f"LiberationSerif-{style}.ttf"), good / name)
        (broken / name).write_bytes(b"not a font")

    try:
        monkeypatch.setattr(fonts_module, "_font_folders", lambda environ: [good])
        fonts_module._registered.cache_clear()
        system = fonts_module._registered(False)
        assert system.source == "system" and system.family == "TimesNewRoman"
        assert system.files[1] == good / "timesbd.ttf"

        monkeypatch.setattr(fonts_module, "_font_folders", lambda environ: [broken])
        fonts_module._registered.cache_clear()
        assert fonts_module._registered(False).source == "bundled"
    finally:
        fonts_module._registered.cache_clear()
