"""How the GUI reports problems: expected ones as a plain message, bugs in a crash dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from thidua_desktop.domain.errors import UserError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# QMessageBox is imported where a box is shown: this module is loaded before the main window is,
# and the class (with its enums) is not needed to paint it.

log = logging.getLogger("thidua_desktop")

_log_file: Path | None = None
_interactive = True


def set_interactive(interactive: bool) -> None:
    """Headless runs (the self-test) print problems instead of opening modal boxes."""
    global _interactive
    _interactive = interactive


def set_log_file(path: Path | None) -> None:
    global _log_file
    _log_file = path


def report(parent: QWidget | None, exc: BaseException, *, title: str | None = None) -> None:
    """Show `exc`: a UserError as its Vietnamese message, anything else as a bug report."""
    if not _interactive:
        detail = exc.message if isinstance(exc, UserError) else repr(exc)
        print(f"{title or 'Lỗi'}: {detail}", file=sys.stderr)  # i18n: not UI
        return
    if isinstance(exc, UserError) and _no_office(exc):
        _offer_office_choice(parent)
        return
    if isinstance(exc, UserError):
        from PySide6.QtWidgets import QMessageBox

        from thidua_desktop.gui.common.messages import say

        log.info("user error: %s", exc.message)
        QMessageBox.warning(
            parent,
            title or QCoreApplication.translate("Errors", "Không thực hiện được"),
            say(exc.message),
        )
        return
    show_crash(parent, type(exc), exc, exc.__traceback__)


def _no_office(exc: BaseException) -> bool:
    from thidua_desktop.services.core.scope import NoProfileError

    return isinstance(exc, NoProfileError)


def no_office(exc: BaseException) -> bool:
    """The work needs the office of this installation, and none is chosen yet: a page that
    was only opened says so in place; an action the user asked for offers the choice."""
    return _no_office(exc)


def _offer_office_choice(parent: QWidget | None) -> None:
    """No office chosen yet: the window offers the choice (never a command to type)."""
    from PySide6.QtWidgets import QMessageBox

    text = QCoreApplication.translate(
        "Errors",
        "Chưa chọn cơ quan sử dụng cho bản cài đặt này: báo cáo, phạm vi dữ liệu và thể thức văn "
        "bản đều theo cơ quan. Chọn cơ quan ngay bây giờ?",
    )
    title = QCoreApplication.translate("Errors", "Chưa chọn cơ quan sử dụng")
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    edit = getattr(_main_window(parent), "edit_profile", None)
    if answer == QMessageBox.StandardButton.Yes and edit is not None:
        edit(True)


def _main_window(parent: QWidget | None) -> QWidget | None:
    """The window that can choose the office, also from a dialog opened over it."""
    widget = parent
    while widget is not None:
        window = widget.window()
        if hasattr(window, "edit_profile"):
            return window
        widget = window.parentWidget()
    return next((w for w in QApplication.topLevelWidgets() if hasattr(w, "edit_profile")), None)


def show_crash(
    parent: QWidget | None,
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", details)
    if _log_file:
        text = QCoreApplication.translate(
            "Errors",
            "Ứng dụng gặp một lỗi chưa lường trước. Dữ liệu đã lưu không bị ảnh hưởng; "
            "thao tác vừa rồi có thể chưa hoàn tất.\n\nNhật ký lỗi: {log}",
        ).format(log=_log_file)
    else:
        text = QCoreApplication.translate(
            "Errors",
            "Ứng dụng gặp một lỗi chưa lường trước. Dữ liệu đã lưu không bị ảnh hưởng; "
            "thao tác vừa rồi có thể chưa hoàn tất.",
        )
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Lỗi không mong muốn"))
    box.setText(text)
    box.setInformativeText(
        QCoreApplication.translate(
            "Errors", "Hãy gửi nội dung chi tiết bên dưới cho bộ phận hỗ trợ."
        )
    )
    box.setDetailedText(details)
    box.exec()


def install_excepthook() -> None:
    """Uncaught exceptions in slots reach the crash dialog instead of vanishing into stderr."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, UserError):
            report(QApplication.activeWindow(), exc)
            return
        show_crash(QApplication.activeWindow(), exc_type, exc, tb)

    sys.excepthook = hook
