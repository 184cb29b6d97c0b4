"""Receiving a package that carries records and their papers (a dossier, an answer, a cụm,
khối's table or self-scores): one transaction that applies it, keeps the package in inbox/ and
its files' bytes by hash, and on any failure leaves neither the inbox copy nor stray bytes."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.exchange.reader import Package
from thidua_desktop.paths import DataDir
from thidua_desktop.store.engine import Database

R = TypeVar("R")


def apply_received(
    db: Database,
    data_dir: DataDir,
    package: Package,
    apply: Callable[[Session], R],
    *,
    applied: Callable[[R], bool],
    removed: Callable[[R], Iterable[str]],
) -> tuple[R, Path | None]:
    """`apply(session)` in one transaction; when `applied(result)` the package is kept in
    inbox/ (its path returned). Afterwards the bytes of the package's files are pruned unless a
    record names them, and so are those of the papers `removed(result)` names."""
    from thidua_desktop.exchange.receipts import discard, keep_in_inbox
    from thidua_desktop.services.attachments.files import prune

    inbox: Path | None = None
    created = False
    result: R | None = None
    try:
        with db.transaction() as session:
            result = apply(session)
            if applied(result):
                inbox, created = keep_in_inbox(data_dir.inbox, package)
    except IntegrityError as exc:
        if created and inbox is not None:
            discard(inbox)
        raise PackageRefused(
            "dữ liệu trong gói mâu thuẫn với dữ liệu ở đây (trùng mã định danh); mọi thay đổi đã "
            "được hủy."
        ) from exc
    except BaseException:
        if created and inbox is not None:
            discard(inbox)
        raise
    finally:
        gone = set(removed(result)) if result is not None else set()
        for digest in {*package.files, *gone}:
            prune(db, data_dir, only=digest)
    return result, inbox


def keep_files(data_dir: DataDir, package: Package) -> None:
    """The package's files' bytes, kept by their SHA-256 (checked when the package was read)."""
    from thidua_desktop.services.attachments.files import _keep

    for digest, content in package.files.items():
        kept, _size = _keep(data_dir, io.BytesIO(content), digest[:12])
        assert kept == digest
