"""Start the GUI: show the main window first, then open the data in the background."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import time

from thidua_desktop import APP_NAME, APP_TITLE, __version__
from thidua_desktop.paths import DataDir, resolve_data_dir

_STARTED = time.perf_counter()


def run_gui(*, data_dir: str | None, demo: bool, quit_after_show: bool = False) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from thidua_desktop.domain.errors import UserError
    from thidua_desktop.gui import errors, theme
    from thidua_desktop.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    app.setApplicationVersion(__version__)
    theme.apply(app)

    try:
        folders = DataDir(resolve_data_dir(data_dir, demo=demo))
        folders.ensure()
    except UserError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_TITLE, exc.message)
        return 1
    log_path = _setup_logging(folders)
    errors.set_log_file(log_path)
    errors.install_excepthook()

    window = MainWindow(folders, demo=demo)
    window.show()
    if quit_after_show:
        # Benchmarks: report the time to a painted window, then leave without opening data.
        app.processEvents()
        print(f"shown_after_ms={(time.perf_counter() - _STARTED) * 1000:.1f}", flush=True)
        window.close()
        return 0
    QTimer.singleShot(0, window.start)
    return app.exec()


def _setup_logging(folders: DataDir) -> str | None:
    path = folders.logs / "thidua.log"
    try:
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("thidua_desktop")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return str(path)
