"""Undo and redo for a whole form: the form's state after each change, stepped back and forth.

A form dialog ("3 không", the NTM checklist) records its state (a hashable snapshot of every
field) whenever a field changes; typing in the same field is one step, as in a word processor.
*Hoàn tác* puts the previous state back in every field, *Làm lại* the next. A line edit that has
the focus keeps its own Ctrl+Z for the text being typed; the buttons (and Ctrl+Z elsewhere in
the dialog) step through the form's changes, including bulk ones such as "mark all met"."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

State = TypeVar("State", bound=Hashable)


class FormHistory(QObject, Generic[State]):
    changed = Signal()

    def __init__(
        self,
        capture: Callable[[], State],
        restore: Callable[[State], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._capture = capture
        self._restore = restore
        self._states: list[State] = [capture()]
        self._keys: list[object] = [None]
        self._at = 0
        self._restoring = False
        self._held = False

    # -- recording -------------------------------------------------------------------------
    def record(self, key: object = None) -> None:
        """After a change. Changes with the same `key` (not None) in a row merge into one step."""
        if self._restoring or self._held:
            return
        state = self._capture()
        if state == self._states[self._at]:
            return
        del self._states[self._at + 1 :], self._keys[self._at + 1 :]
        if key is not None and self._at > 0 and self._keys[self._at] == key:
            self._states[self._at] = state
        else:
            self._states.append(state)
            self._keys.append(key)
            self._at += 1
        self.changed.emit()

    def hold(self, held: bool) -> None:
        """While held, changes are not recorded; releasing records them as one step."""
        self._held = held
        if not held:
            self.record()

    def break_merge(self) -> None:
        """The next change starts a new step even in the same field (e.g. focus left it)."""
        self._keys[self._at] = None

    # -- stepping --------------------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return self._at > 0

    @property
    def can_redo(self) -> bool:
        return self._at < len(self._states) - 1

    @property
    def modified(self) -> bool:
        """The form differs from how it was opened."""
        return self._capture() != self._states[0]

    def undo(self) -> None:
        if self.can_undo:
            self._go(self._at - 1)

    def redo(self) -> None:
        if self.can_redo:
            self._go(self._at + 1)

    def _go(self, at: int) -> None:
        self._at = at
        self._keys[at] = None
        self._restoring = True
        try:
            self._restore(self._states[at])
        finally:
            self._restoring = False
        self.changed.emit()

    # -- the buttons -----------------------------------------------------------------------
    def buttons(self, owner: QWidget) -> tuple[QPushButton, QPushButton]:
        """*Hoàn tác* and *Làm lại* buttons kept enabled as the history allows, and the
        standard shortcuts for the dialog `owner`."""
        undo = QPushButton(self.tr("Hoàn tác"))
        redo = QPushButton(self.tr("Làm lại"))
        undo.setToolTip(self.tr("Hoàn tác thay đổi vừa làm trên biểu mẫu"))
        redo.setToolTip(self.tr("Làm lại thay đổi vừa hoàn tác"))
        for button in (undo, redo):
            button.setAutoDefault(False)
        undo.clicked.connect(self.undo)
        redo.clicked.connect(self.redo)
        for sequence, slot in (
            (QKeySequence.StandardKey.Undo, self.undo),
            (QKeySequence.StandardKey.Redo, self.redo),
        ):
            QShortcut(sequence, owner, slot)

        def refresh() -> None:
            undo.setEnabled(self.can_undo)
            redo.setEnabled(self.can_redo)

        self.changed.connect(refresh)
        refresh()
        return undo, redo


def confirm_discard(parent: QWidget) -> bool:
    """Closing a form with changes: drop them (True) or go back to the form."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("FormHistory", "Thay đổi chưa lưu"),
        QCoreApplication.translate(
            "FormHistory", "Biểu mẫu có thay đổi chưa lưu. Đóng và bỏ các thay đổi?"
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def ask_to_save(parent: QWidget, title: str, text: str) -> QMessageBox.StandardButton:
    """Unsaved edits about to be replaced or closed: Save (the default), Discard or Cancel."""
    return QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
