"""Python's cyclic garbage collector, run only on the GUI thread.

Widgets and signal lambdas end up in reference cycles. Left to itself, the collector runs on
whichever thread happens to allocate when a threshold is crossed; when that is the worker thread
(opening the data, building a report), it destroys Qt objects there, and that crashes the process.
So the automatic collector is turned off and a timer on the GUI thread runs the same collection
(the same generations, by the same thresholds) a few times a second. Worker code that pauses the
collector (`gc_pause.cyclic_gc_paused`) then leaves it off.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 250
FULL_INTERVAL_S = 10.0


class GuiThreadCollector(QObject):
    """Create it on the GUI thread (once, with the application as parent)."""

    def __init__(self, parent: QObject, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._last_full = time.monotonic()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(interval_ms)

    def collect_due(self) -> int:
        """Collect the generations whose thresholds are crossed, as the automatic collector
        would; returns the generation collected (-1: none was due). A full collection walks
        the whole heap (SQLAlchemy, ReportLab, Qt's wrappers): like Python's own collector,
        which defers it until enough long-lived objects have piled up, it runs at most once
        every FULL_INTERVAL_S."""
        counts = gc.get_count()
        generation = -1
        for level in range(3):
            if counts[level] > self._thresholds[level]:
                generation = level
        now = time.monotonic()
        if generation == 2 and now - self._last_full < FULL_INTERVAL_S:
            generation = 1
        if generation == 2:
            self._last_full = now
        if generation >= 0:
            gc.collect(generation)
        return generation

    def stop(self) -> None:
        """Hand collection back to Python's automatic collector (tests; the app never stops)."""
        self._timer.stop()
        gc.enable()
