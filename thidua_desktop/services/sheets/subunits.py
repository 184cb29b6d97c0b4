"""The khu dân cư of each commune (thôn, ấp, khu vực, tổ dân phố) read from a workbook: a row per
area with its commune (code or name), kind and "an toàn về ANTT" result for the year; an area not
yet listed is added, "không còn" ends one. Written as the list on the An ninh trật tự page writes
it, one savepoint per row; each commune's recognised share then follows its areas."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.numbers import format_number
from thidua_desktop.domain.security import AreaKind, Assessment, evaluation_window
from thidua_desktop.domain.text import clean, fold
from thidua_desktop.services.core.locks import ensure_year_open
from thidua_desktop.services.core.scope import full_name
from thidua_desktop.services.security.areas import AreaWriter, _listed, _results
from thidua_desktop.services.security.edit import _status, _subject
from thidua_desktop.services.security.rows import AreaEntry
from thidua_desktop.services.sheets.finish import finish_import
from thidua_desktop.services.sheets.rows import (
    SheetChange,
    SheetLine,
    SheetProblem,
    SheetReport,
)
from thidua_desktop.services.sheets.units import SheetUnits
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit

KIND = "subunits"
# (field, heading): the template's columns, in order; the reader also knows other headings.
COLUMNS = (
    ("unit", "Mã xã"),
    ("unit_name", "Tên xã, phường"),
    ("name", "Tên khu dân cư (thôn, ấp, khu vực, tổ dân phố)"),
    ("kind", "Loại"),
    ("antt", "Kết quả an toàn về ANTT"),
    ("note", "Ghi chú"),
)
ENDED = ("khong con", "giai the", "da sap nhap", "sap nhap")
_TOTALS = ("tong", "cong", "tong cong", "tong so", "cong so")


@dataclass(frozen=True, slots=True)
class AreasLayout:
    """What the template lists: the office, and a row per area (or per commune without any)."""

    office: str
    year: int
    rows: tuple[tuple[str, str, str, str, str, str], ...]  # code, commune, area, kind, ANTT, note


def areas_layout(db: Database, *, year: int) -> AreasLayout:
    """Every commune of the office's scope existing at the end of the evaluation window, with
    the khu dân cư it has that year (their result if recorded), or one empty row to fill."""
    from thidua_desktop.services.sheets.security import security_layout

    communes = security_layout(db, year=year)
    rows: list[tuple[str, str, str, str, str, str]] = []
    with db.reading() as session:
        end = evaluation_window(year)[1]
        units = {
            u.code: u
            for u in session.scalars(
                select(AdminUnit).where(AdminUnit.code.in_([c.code for c in communes.units]))
            )
            if _exists(u, end)
        }
        for commune in communes.units:
            unit = units.get(commune.code)
            areas = _listed(session, unit.id, year) if unit is not None else []
            results = _results(session, [a.id for a in areas], year)
            if not areas:
                rows.append((commune.code, commune.name, "", "", "", ""))
            for area in areas:
                result = results.get(area.id)
                rows.append(
                    (
                        commune.code,
                        commune.name,
                        area.name,
                        str(AreaKind(area.kind).label),
                        str(Assessment(result.antt_result).label) if result else "",
                        (result.note or "") if result else "",
                    )
                )
    return AreasLayout(communes.office, year, tuple(rows))


def _exists(unit: AdminUnit, day: dt.date) -> bool:
    return (unit.valid_from is None or unit.valid_from <= day) and (
        unit.valid_to is None or unit.valid_to >= day
    )


def apply_areas(
    db: Database,
    *,
    year: int,
    lines: Sequence[SheetLine],
    workbook: str,
    sha256: str,
    dry_run: bool = False,
    skip_invalid: bool = False,
    report: SheetReport | None = None,
    before_writing: Callable[[], str] | None = None,
) -> SheetReport:
    """Write the rows (see the module's docstring), commune by commune; a row refused leaves
    nothing of itself, a commune whose share cannot follow leaves nothing of its rows, and
    nothing at all is kept unless `skip_invalid`."""
    out = report or SheetReport(KIND, workbook, sha256, "")
    with db.transaction() as session:
        out.title = str(msg("Khu dân cư an toàn về ANTT — năm {year}", year=year))
        ensure_year_open(session, year)
        units = SheetUnits(session, year)
        communes: dict[int, tuple[AdminUnit, list[tuple[SheetLine, dict[str, str]]]]] = {}
        for line in lines:
            texts = {k: clean(v) for k, v in line.texts.items()}
            code, commune_name = texts.get("unit"), texts.get("unit_name", "")
            if not texts.get("name") and (
                not any(texts.get(f) for f in ("kind", "antt", "note"))
                or (not code and _is_total(commune_name))
            ):
                out.empty += 1  # a commune's row left empty (it has no areas to give), a total
                continue
            try:
                if not code and not commune_name:
                    raise UserError(msg("Chưa ghi mã hoặc tên xã, phường."))
                unit = units.find(code or commune_name, not code)
            except UserError as exc:
                out.problems.append(SheetProblem(line.origin, exc.message))
                continue
            communes.setdefault(unit.id, (unit, []))[1].append((line, texts))
        writes = session.begin_nested()  # rolled back for a preview or a refused workbook
        written = 0
        for unit, rows in communes.values():
            written += _apply_commune(session, year, unit, rows, out)
        # Read commune by commune, said in the workbook's order (workbook-wide ones first).
        out.problems.sort(key=lambda p: (p.origin.row, p.origin.column) if p.origin else (0, 0))
        return finish_import(
            out,
            writes,
            written=written,
            dry_run=dry_run,
            skip_invalid=skip_invalid,
            before_writing=before_writing,
            details={"kind": KIND, "year": year, "areas": written},
        )


def _apply_commune(
    session: Session,
    year: int,
    unit: AdminUnit,
    rows: Sequence[tuple[SheetLine, dict[str, str]]],
    out: SheetReport,
) -> int:
    """One commune's rows, then its share, in a savepoint of their own: the number of rows
    that changed something (0 when the commune's writes were undone)."""
    first = rows[0][0]
    try:
        subject = _subject(session, unit.code, year)
    except UserError as exc:
        out.problems.extend(SheetProblem(line.origin, exc.message) for line, _ in rows)
        return 0
    commune = session.begin_nested()
    record = _status(session, subject.id, year)
    read_only = record is not None and record.owner_code is not None
    writer = AreaWriter(session, subject, year)
    start, changed_rows = len(out.changes), 0
    seen: dict[str, int] = {}  # the area's folded name: its row
    for line, row_texts in rows:
        row = session.begin_nested()
        state = writer.checkpoint()
        key = fold(row_texts.get("name", ""))
        try:
            if key in seen:
                raise UserError(
                    msg("“{name}” đã có ở dòng {row}.", name=row_texts["name"], row=seen[key])
                )
            change = _apply_row(writer, line, row_texts, out)
            if change is not None and read_only:
                from thidua_desktop.services.security.areas import read_only_message

                raise UserError(read_only_message(subject, year))
        except UserError as exc:
            row.rollback()
            writer.restore(state)  # as if the row were not there
            out.problems.append(SheetProblem(line.origin, exc.message))
            continue
        row.commit()
        seen[key] = line.origin.row
        if change is None:
            out.unchanged += 1
        else:
            out.changes.append(change)
            changed_rows += 1
    old = _status(session, subject.id, year)
    old_share = None if old is None else old.antt_recognised_share
    try:
        shared = writer.sync_share()
    except UserError as exc:
        commune.rollback()
        del out.changes[start:]
        out.problems.append(
            SheetProblem(
                first.origin,
                msg(
                    "{unit}: không tính lại được tỷ lệ khu dân cư đạt ({reason}), nên các dòng "
                    "của xã, phường này chưa được ghi.",
                    unit=full_name(subject),
                    reason=exc.message.rstrip("."),
                ),
            )
        )
        return 0
    commune.commit()
    if shared is not None:
        out.changes.append(
            SheetChange(
                origin=first.origin, unit_code=subject.code, unit_name=full_name(subject),
                field="share", field_name=str(msg("Tỷ lệ khu dân cư đạt (%)")),
                old_value=None, new_value=None, decimals=None,
                old_label="" if old_share is None else format_number(old_share, 2),
                new_label="" if shared.share is None else format_number(shared.share, 2),
            )
        )  # fmt: skip
        out.notes.extend(f"{full_name(subject)}: {w}" for w in shared.warnings)
    return changed_rows


def _apply_row(
    writer: AreaWriter, line: SheetLine, texts: dict[str, str], out: SheetReport
) -> SheetChange | None:
    """One row through the commune's writer: what it changed, None when nothing."""
    name = texts.get("name", "")
    if not name:
        raise UserError(msg("Chưa ghi tên khu dân cư."))
    area = writer.find(name)
    stored = writer.result_of(area) if area is not None else None
    old_status = Assessment(stored.antt_result) if stored else None
    status_text = texts.get("antt", "")
    ended = fold(status_text) in ENDED
    if ended and (area is None or not writer.listed(area)):
        out.notes.append(
            msg(
                "Dòng {row}: “{name}” không có trong danh sách năm {year} của {unit}; dòng ghi "
                "“{said}” được bỏ qua.",
                row=line.origin.row,
                name=name,
                year=writer.year,
                unit=full_name(writer.unit),
                said=status_text,
            )
        )
        return None
    if ended or not status_text:
        status = old_status or Assessment.PENDING
    else:
        status = Assessment.parse(status_text)
    kind_text = texts.get("kind", "")
    if kind_text:
        kind = AreaKind.parse(kind_text)
    elif area is not None:
        kind = AreaKind(area.kind)
    else:
        kind = AreaKind.of_name(name)
    note = texts.get("note", "") if "note" in texts else (stored.note or "" if stored else "")
    words = writer.write(AreaEntry(None, name, kind, status, note, ended=ended))
    if not words:
        return None
    return SheetChange(
        origin=line.origin, unit_code=writer.unit.code, unit_name=full_name(writer.unit),
        field="area", field_name=area.name if area is not None else name,
        old_value=None, new_value=None, decimals=None,
        old_label=str(msg("chưa có")) if area is None
        else (old_status.label if old_status else "—"),
        new_label="; ".join(words),
    )  # fmt: skip


def _is_total(commune_name: str) -> bool:
    """A totals row ("Tổng cộng", "Cộng") in the commune column."""
    folded = fold(commune_name).rstrip(":")
    return folded in _TOTALS or folded.startswith(("tong cong", "tong so"))
