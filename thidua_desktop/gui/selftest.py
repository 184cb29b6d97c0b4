"""`--self-test`: prove an installed (or frozen) copy works, with no display and no user data."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def run_self_test(output_dir: str | None) -> int:
    """Open a temporary database (running every migration), load the demo data, show the main
    window offscreen and capture it, render a sample PDF; print one summary line; 0 on success."""
    started = time.perf_counter()
    if not os.environ.get("DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from thidua_desktop import __version__
    from thidua_desktop.gui.common import errors, i18n, theme
    from thidua_desktop.gui.common.workspace_host import Page
    from thidua_desktop.gui.main_window import MainWindow
    from thidua_desktop.paths import DataDir

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    errors.set_interactive(False)
    families = theme.load_fonts()
    theme.apply(app)
    i18n.install(app, i18n.VIETNAMESE)
    translations = i18n.installed_catalogues()
    with tempfile.TemporaryDirectory(prefix="thidua-selftest-") as scratch:
        out = Path(output_dir) if output_dir else Path(scratch) / "out"
        out.mkdir(parents=True, exist_ok=True)
        window = MainWindow(DataDir(Path(scratch) / "data"), demo=True, ask_demo_office=False)
        window.show()
        loop = QEventLoop()
        failure: list[BaseException] = []
        window.workspace_ready.connect(loop.quit)
        window.workspace_failed.connect(lambda exc: (failure.append(exc), loop.quit()))
        QTimer.singleShot(60_000, loop.quit)
        QTimer.singleShot(0, window.start)
        loop.exec()
        if failure or window.db is None:
            reason = failure[0] if failure else "the data could not be opened"
            print(f"SELF-TEST FAILED: {reason}")
            return 1
        from thidua_desktop.store.schema import current_revision

        revision = current_revision(window.db.engine)
        units = len(window.units)
        # Capture the start page with its figures, as a user first sees it.
        dashboard = window.page(Page.DASHBOARD)
        shown = QEventLoop()
        dashboard.loaded.connect(shown.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(15_000, shown.quit)
        shown.exec()
        app.processEvents()
        screenshot = out / "window.png"
        window.grab().save(str(screenshot))

        from thidua_desktop.reports.render.fonts import register_fonts
        from thidua_desktop.reports.sample import render_sample_pdf

        pdf = out / "sample.pdf"
        render_sample_pdf(pdf)
        # The editable Word draft: python-docx's own template must travel with a frozen copy.
        from thidua_desktop.reports.render.docx import render_docx
        from thidua_desktop.reports.sample import sample_document

        docx = out / "sample.docx"
        render_docx(sample_document(), docx)
        font = register_fonts()
        window.close()
        ok = (
            pdf.stat().st_size > 1000
            and docx.stat().st_size > 1000
            and screenshot.stat().st_size > 1000
            and units > 0
            and translations == ["qtbase_vi", "thidua_vi"]
        )
        print(
            f"SELF-TEST {'OK' if ok else 'FAILED'} | version={__version__} "
            f"| platform={app.platformName()} | ui_fonts={','.join(families)} "
            f"| report_font={font.family}/{font.source} | translations={','.join(translations)} "
            f"| schema={revision} | units={units} "
            f"| pdf={pdf.stat().st_size} bytes | docx={docx.stat().st_size} bytes "
            f"| {(time.perf_counter() - started):.2f} s"
        )
        return 0 if ok else 1
