"""The report font: the system's Times New Roman where present, else bundled Liberation Serif."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from thidua_desktop.paths import resource

__all__ = [
    "ENV_REPORT_FONT",
    "FontFamily",
    "find_times_new_roman",
    "register_fonts",
]

log = logging.getLogger(__name__)

# "bundled" always uses Liberation Serif (reproducible output in tests); anything else: auto.
ENV_REPORT_FONT = "THIDUA_REPORT_FONT"

STYLES = ("regular", "bold", "italic", "bold_italic")
_WINDOWS_FILES = ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")
# ttf-mscorefonts-installer (Debian, Ubuntu) and the macOS supplemental fonts.
_LONG_FILES = (
    "Times_New_Roman.ttf",
    "Times_New_Roman_Bold.ttf",
    "Times_New_Roman_Italic.ttf",
    "Times_New_Roman_Bold_Italic.ttf",
)
_MAC_FILES = (
    "Times New Roman.ttf",
    "Times New Roman Bold.ttf",
    "Times New Roman Italic.ttf",
    "Times New Roman Bold Italic.ttf",
)
_BUNDLED_FILES = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
)
# Old Times New Roman versions (before Windows 2000) lack Vietnamese: check a few letters.
_VIETNAMESE_PROBE = "ĐđƠơƯưẠệỹ"


@dataclass(frozen=True)
class FontFamily:
    """A font family registered with ReportLab: the names to use in styles, and its origin."""

    family: str  # the family name, e.g. for registerFontFamily and <font name=...>
    regular: str
    bold: str
    italic: str
    bold_italic: str
    source: str  # "system" or "bundled"
    files: tuple[Path, ...]

    def describe(self) -> str:
        """'Times New Roman (system: C:\\Windows\\Fonts\\times.ttf, …)', for logs and self-tests."""
        return f"{self.family} ({self.source}: {', '.join(str(path) for path in self.files)})"


def _font_folders(environ: Mapping[str, str]) -> list[Path]:
    folders: list[Path] = []
    if sys.platform == "win32" or "WINDIR" in environ:
        windir = environ.get("WINDIR") or environ.get("SystemRoot") or r"C:\Windows"
        folders.append(Path(windir) / "Fonts")
        local = environ.get("LOCALAPPDATA")
        if local:  # fonts installed "for this user only" (Windows 10 1809+)
            folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    home = Path(environ.get("HOME") or Path.home())
    folders += [
        Path("/usr/share/fonts/truetype/msttcorefonts"),
        Path("/usr/share/fonts/msttcore"),
        Path("/usr/share/fonts/msttcorefonts"),
        Path("/usr/share/fonts/TTF"),
        Path("/usr/share/fonts/truetype"),
        Path("/usr/local/share/fonts"),
        home / ".local" / "share" / "fonts",
        home / ".fonts",
        Path("/System/Library/Fonts/Supplemental"),
        Path("/Library/Fonts"),
    ]
    return folders


def find_times_new_roman(folders: Iterable[Path]) -> tuple[Path, ...] | None:
    """The four Times New Roman files (regular, bold, italic, bold italic) from the first folder
    that has all four, or None."""
    for folder in folders:
        for names in (_WINDOWS_FILES, _LONG_FILES, _MAC_FILES):
            paths = tuple(folder / name for name in names)
            if all(path.is_file() for path in paths):
                return paths
            # Linux file systems are case-sensitive; some packages ship TIMES.TTF and the like.
            upper = tuple(folder / name.upper() for name in names)
            if all(path.is_file() for path in upper):
                return upper
    return None


def _register(family: str, files: tuple[Path, ...], source: str) -> FontFamily:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names = (family, f"{family}-Bold", f"{family}-Italic", f"{family}-BoldItalic")
    fonts = [TTFont(name, str(path)) for name, path in zip(names, files, strict=True)]
    for font in fonts:
        missing = [char for char in _VIETNAMESE_PROBE if ord(char) not in font.face.charToGlyph]
        if missing:
            raise ValueError(f"{font.fontName} has no glyph for {''.join(missing)}")
    for font in fonts:
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(
        family, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3]
    )
    return FontFamily(family, *names, source=source, files=files)


@cache
def _registered(force_bundled: bool) -> FontFamily:
    if not force_bundled:
        files = find_times_new_roman(_font_folders(os.environ))
        if files is not None:
            try:
                return _register("TimesNewRoman", files, "system")
            except Exception as exc:  # a damaged or old font file must not stop a report
                log.warning(
                    "Times New Roman at %s unusable (%s); using Liberation Serif", files, exc
                )
    bundled = tuple(resource("fonts", name) for name in _BUNDLED_FILES)
    return _register("LiberationSerif", bundled, "bundled")


def register_fonts() -> FontFamily:
    """Register the report font family with ReportLab (once per process) and return its names.

    Times New Roman from the system when all four styles are there and cover Vietnamese, else
    the bundled, metric-compatible Liberation Serif; $THIDUA_REPORT_FONT=bundled forces the
    latter."""
    return _registered(os.environ.get(ENV_REPORT_FONT, "").strip().lower() == "bundled")
