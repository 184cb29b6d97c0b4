"""Opening SQLite files by path, whatever characters the path holds.

A Windows user name or a folder may contain '#', '?', '%', spaces or Vietnamese letters. SQLite's
read-only mode needs a `file:` URI, in which '#' starts a fragment and '?' the parameters: an
unencoded path silently opens another file (an empty one, or a sibling outside the folder). Every
read-only connection therefore goes through `read_only_uri`, which percent-encodes the path.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path, PurePath


def read_only_uri(path: PurePath) -> str:
    """The `file:` URI that opens `path` read-only: absolute and percent-encoded. A mapped drive
    stays as it is (no resolving to its network name), and a share (\\\\server\\share) keeps its
    host in the path, as SQLite wants it ("file:////server/share/…")."""
    absolute = path if path.is_absolute() else Path.cwd() / path
    uri = absolute.as_uri()
    if uri.startswith("file://") and not uri.startswith("file:///"):
        uri = "file:////" + uri.removeprefix("file://")
    return f"{uri}?mode=ro"


def connect_read_only(
    path: Path, *, timeout: float = 5.0, check_same_thread: bool = True
) -> sqlite3.Connection:
    """A connection that cannot write to `path` (and does not create it when it is missing)."""
    return sqlite3.connect(
        read_only_uri(path), uri=True, timeout=timeout, check_same_thread=check_same_thread
    )
