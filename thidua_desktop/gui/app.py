"""Start the GUI: show the main window first, then open the data in the background."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from thidua_desktop import APP_NAME, APP_TITLE, __version__
from thidua_desktop.paths import DataDir, resolve_data_dir, resolve_database_url

_STARTED = time.perf_counter()


def run_gui(
    *,
    data_dir: str | None,
    demo: bool,
    startup_probe: str | None = None,
    database: str | None = None,
) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from thidua_desktop.domain.errors import UserError
    from thidua_desktop.gui.common import errors, i18n, theme
    from thidua_desktop.gui.common.garbage import GuiThreadCollector
    from thidua_desktop.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    app.setApplicationVersion(__version__)
    theme.apply(app)
    GuiThreadCollector(app)

    try:
        root = resolve_data_dir(data_dir, demo=demo)
        folders = DataDir(root, resolve_database_url(database, root))
        folders.ensure()
    except UserError as exc:
        from PySide6.QtWidgets import QMessageBox

        i18n.install(app, i18n.VIETNAMESE)
        QMessageBox.critical(None, APP_TITLE, exc.message)
        return 1
    i18n.install(app, i18n.saved_language(folders))
    errors.install_excepthook()
    # A probe measures start-up unattended: no question about the demonstration's office.
    window = MainWindow(folders, demo=demo, ask_demo_office=startup_probe is None)
    window.show()
    if startup_probe == "shown":
        # Benchmarks: the time to a painted window, then leave without opening the data.
        app.processEvents()
        _probe("shown", window)
        return 0

    # Taken once the window is up (it is not needed to paint it) and held until the process
    # ends: a second window on the same data is refused, not allowed to write beside this one.
    # The operating system releases it even after a crash.
    from thidua_desktop.store.instance_lock import ROLE_GUI, InstanceLock

    try:
        # Several staff on one server database: the server serialises the writers, not a file.
        lock = InstanceLock(folders.root, role=ROLE_GUI)
        if folders.server is None:
            lock.acquire()
    except UserError as exc:
        from PySide6.QtWidgets import QMessageBox

        window.hide()
        QMessageBox.critical(None, APP_TITLE, exc.message)
        return 1
    if startup_probe == "ready":
        window.workspace_ready.connect(lambda: (app.processEvents(), _probe("ready", window)))
    QTimer.singleShot(0, lambda: errors.set_log_file(_setup_logging(folders)))
    QTimer.singleShot(0, window.start)
    try:
        return app.exec()
    finally:
        lock.release()


def _probe(what: str, window: object) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    print(f"{what}_after_ms={(time.perf_counter() - _STARTED) * 1000:.1f}", flush=True)
    if isinstance(window, QMainWindow):
        window.close()
    QApplication.quit()


def _setup_logging(folders: DataDir) -> Path | None:
    import logging.handlers  # brings in socket and pickle: not needed before the window shows

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
    return path
