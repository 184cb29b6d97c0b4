"""The end every list- or unit-wise workbook import shares: leave refused values out when
allowed, undo everything for a preview or a refused workbook, otherwise back up, keep the writes
and audit the workbook."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy.orm import SessionTransaction

from thidua_desktop.services.core import audit
from thidua_desktop.services.sheets.rows import SheetReport


def finish_import(
    out: SheetReport,
    writes: SessionTransaction,
    *,
    written: int,
    dry_run: bool,
    skip_invalid: bool,
    before_writing: Callable[[], str] | None,
    details: Mapping[str, Any],
) -> SheetReport:
    """`writes` is the savepoint holding the import's writes; `written` how many units or rows
    it changed; `details` what the audit entry says besides the kind's counts."""
    if out.problems and skip_invalid:
        out.skipped = len(out.problems)
    if dry_run or out.blocked or not written:
        writes.rollback()
        return out
    if before_writing is not None:
        # The copy reads the database as committed: as it was before this import.
        out.backup = before_writing()
    writes.commit()
    audit.record(
        writes.session,
        action="import_sheet",
        entity="workbook",
        key=out.workbook,
        new={**details, "sha256": out.sha256, "skipped": out.skipped},
        reason="Nhập từ Excel",
    )
    out.applied = True
    return out
