"""Which version of each bundled reference data set is loaded (units, "3 không" components, NTM
criteria, the awards catalogue): one row per data set, written the same way by every loader."""

from __future__ import annotations

from sqlalchemy.orm import Session

from thidua_desktop.store.base import utc_now
from thidua_desktop.store.models.core import RefDataset


def remember_dataset(
    session: Session, loaded: RefDataset | None, *, name: str, version: str, sha256: str
) -> None:
    """Record that data set `name` is now at `version` (`loaded`: its row so far, if any)."""
    now = utc_now()
    if loaded is None:
        session.add(RefDataset(name=name, version=version, sha256=sha256, loaded_at=now))
    else:
        loaded.version, loaded.sha256, loaded.loaded_at = version, sha256, now
