"""Keep the interface translations (.ts) in step with the code and compile them (.qm).

The interface is written in Vietnamese: every string of ``thidua_desktop/gui`` goes through
``tr()`` / ``QCoreApplication.translate()`` with Vietnamese source text. The translation files live
in ``resources/translations``:

- ``thidua_vi.ts`` — the Vietnamese translation. It starts equal to the source text (that is the
  wording the office sees) and is where the wording can be changed without touching the code;
- ``thidua_en.ts`` — the English translation, selectable in *Cài đặt*;
- ``qtbase_vi.ts`` — Vietnamese for Qt's own standard buttons and dialogs (Qt ships none).

``python -m thidua_desktop.translations_build update`` re-extracts the strings (pyside6-lupdate),
keeps every existing translation, drops the strings the code no longer has and fills new strings
of the Vietnamese file with their source text; new English strings stay "unfinished" until a
translator fills them — the test suite fails until then.

``python -m thidua_desktop.translations_build release [DIR]`` compiles every .ts into a .qm
(pyside6-lrelease). The .qm files are build outputs: ``.ci/setup`` and ``build_installer.spec``
make them; they are never committed.

No PySide6 import here: the Qt tools are run as programs, so the build and the tests can use this
module without a QApplication.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
GUI_DIR = PACKAGE_DIR / "gui"
TRANSLATIONS_DIR = PACKAGE_DIR.parent / "resources" / "translations"

APP_CATALOGUE = "thidua"
QT_CATALOGUE = "qtbase"
LANGUAGES = ("vi", "en")
SOURCE_LANGUAGE = "vi"


class ToolMissing(RuntimeError):
    """pyside6-lupdate / pyside6-lrelease cannot be found."""


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool


def ts_path(language: str, catalogue: str = APP_CATALOGUE) -> Path:
    return TRANSLATIONS_DIR / f"{catalogue}_{language}.ts"


def tool(name: str) -> str:
    """The path of a PySide6 command-line tool: next to this Python first, then on PATH."""
    for folder in (
        Path(sys.executable).parent,
        Path(sys.prefix) / "bin",
        Path(sys.prefix) / "Scripts",
    ):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise ToolMissing(f"Không tìm thấy {name} (cài PySide6 trong môi trường này).")
    return found


def gui_sources() -> list[Path]:
    return sorted(p for p in GUI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


SERVICE_CONTEXT = "ServiceMessages"


def service_templates() -> list[str]:
    """The templates of every `msg("…")` call outside the GUI (domain.messages), and of the
    `template=` of `changed_meanwhile` calls, in order."""
    import ast

    found: dict[str, None] = {}
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        if "__pycache__" in path.parts or GUI_DIR in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name == "msg" and node.args:
                template: ast.expr | None = node.args[0]
            elif name == "changed_meanwhile":  # services.core.audit: template= keyword
                template = next((k.value for k in node.keywords if k.arg == "template"), None)
            else:
                continue
            if isinstance(template, ast.Constant) and isinstance(template.value, str):
                found[template.value] = None
    return list(found)


def _service_source(folder: Path) -> Path:
    """A Python file lupdate can read, naming the service templates in their context."""
    path = folder / "service_messages.py"
    lines = [
        f"QT_TRANSLATE_NOOP({SERVICE_CONTEXT!r}, {template!r})" for template in service_templates()
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def extract(target: Path, language: str) -> None:
    """Run lupdate over the GUI sources into ``target`` (created or merged)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="thidua-tr-"))
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(str(p) for p in [*gui_sources(), _service_source(folder)]))
        listing = Path(lst.name)
    try:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                f"@{listing}",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                language,
                "-silent",
                "-ts",
                str(target),
            ],
            check=True,
            capture_output=True,
        )
    finally:
        listing.unlink(missing_ok=True)
        shutil.rmtree(folder, ignore_errors=True)


def read_messages(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    messages: list[Message] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "" if translation is None else "".join(translation.itertext())
            kind = None if translation is None else translation.get("type")
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translation=text,
                    finished=bool(text) and kind not in {"unfinished", "vanished", "obsolete"},
                )
            )
    return messages


def fill_with_source(path: Path) -> int:
    """Give every unfinished message of ``path`` its source text; returns how many were filled."""
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") == "unfinished" or not (translation.text or ""):
            translation.text = message.findtext("source") or ""
            translation.attrib.pop("type", None)
            filled += 1
    if filled:
        ET.indent(tree, space="    ")
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def update() -> dict[str, int]:
    """Re-extract the strings into every language file; returns unfinished counts per language."""
    unfinished: dict[str, int] = {}
    for language in LANGUAGES:
        path = ts_path(language)
        extract(path, language)
        if language == SOURCE_LANGUAGE and fill_with_source(path):
            extract(path, language)  # lupdate writes the file back in its own layout
        unfinished[language] = sum(1 for m in read_messages(path) if not m.finished)
    return unfinished


def release(out_dir: Path | None = None) -> list[Path]:
    """Compile every .ts of resources/translations into .qm files in ``out_dir``."""
    out_dir = out_dir or TRANSLATIONS_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for source in sorted(TRANSLATIONS_DIR.glob("*.ts")):
        target = out_dir / f"{source.stem}.qm"
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
        )
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["update"]:
        for language, count in update().items():
            print(f"{ts_path(language).name}: {count} chuỗi chưa dịch")
        return 0
    if args[:1] == ["release"]:
        out = Path(args[1]) if len(args) > 1 else None
        for path in release(out):
            print(path)
        return 0
    print("Cách dùng: python -m thidua_desktop.translations_build update | release [THƯ MỤC]")
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
