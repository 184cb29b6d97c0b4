"""The cyclic garbage collector runs on the GUI thread only (a collection on the worker thread
would destroy Qt objects there and crash the process)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from thidua_desktop.gc_pause import cyclic_gc_paused
from thidua_desktop.gui.common.garbage import GuiThreadCollector


def test_the_automatic_collector_is_off_and_the_timer_collects_what_is_due(
    qapp: QApplication, qtbot: QtBot
) -> None:
    was_enabled = gc.isenabled()
    collector = GuiThreadCollector(qapp, interval_ms=10)
    try:
        assert not gc.isenabled()
        gc.collect()
        assert collector.collect_due() == -1  # nothing allocated since: nothing due

        class Cycle:
            pass

        cycles = []
        for _ in range(gc.get_threshold()[0] + 100):
            node = Cycle()
            node.me = node  # type: ignore[attr-defined]
            cycles.append(node)
        del cycles, node
        assert gc.get_count()[0] > gc.get_threshold()[0]
        qtbot.waitUntil(lambda: gc.get_count()[0] < gc.get_threshold()[0], timeout=2000)
    finally:
        collector.stop()
        collector.deleteLater()
        if not was_enabled:
            gc.disable()


def test_a_worker_pausing_the_collector_leaves_it_off(qapp: QApplication) -> None:
    was_enabled = gc.isenabled()
    collector = GuiThreadCollector(qapp)
    seen: list[bool] = []

    def worker() -> None:
        with cyclic_gc_paused():
            pass
        seen.append(gc.isenabled())

    try:
        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        assert seen == [False]  # no automatic collection resumes on the worker thread
    finally:
        collector.stop()
        collector.deleteLater()
        if not was_enabled:
            gc.disable()
