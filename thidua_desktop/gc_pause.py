"""Pausing Python's cyclic garbage collector while a bulk of small, acyclic objects is built."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Building tens of thousands of small objects (table cells, unit rows) triggers the cyclic
    collector every few hundred of them, and each run walks the whole heap of the running app:
    a fifth of a large PDF table's time, a quarter of reading 10 000 units. Those objects are
    freed by reference counting anyway; the collector runs again when the block ends."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
