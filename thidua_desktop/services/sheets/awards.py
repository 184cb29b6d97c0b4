"""Award lines of a draft proposal read from a workbook: one row per recipient (tập thể, cá
nhân, hộ gia đình) and title or form, by the catalogue's code or short name. A recipient already
recorded (same kind, unit and name, and birth year when given) is reused, otherwise added; each
line is checked as the proposal form checks it, against the rules in force on the proposal's
date. One transaction for the workbook; each row on its own."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from thidua_desktop.domain.awards.types import (
    AwardType,
    Category,
    Gender,
    RecipientClass,
    RecipientType,
)
from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.text import clean, fold
from thidua_desktop.services.awards.edit import append_line, draft, rules_for
from thidua_desktop.services.awards.recipients import find_or_add_recipient
from thidua_desktop.services.awards.rows import LineEntry, RecipientEntry
from thidua_desktop.services.core.scope import full_name
from thidua_desktop.services.sheets.finish import finish_import
from thidua_desktop.services.sheets.rows import SheetChange, SheetLine, SheetProblem, SheetReport
from thidua_desktop.services.sheets.units import SheetUnits
from thidua_desktop.store.engine import Database

KIND = "award-lines"
# (field, heading): the template's columns, in order; the reader also knows other headings.
COLUMNS = (
    ("kind", "Loại đối tượng"),
    ("name", "Họ và tên / tên tập thể, hộ"),
    ("unit", "Mã đơn vị"),
    ("unit_name", "Tên đơn vị (nơi công tác, cư trú)"),
    ("gender", "Giới tính"),
    ("birth_year", "Năm sinh"),
    ("position", "Chức vụ, nơi công tác"),
    ("category", "Đối tượng"),
    ("stat_class", "Phân loại thống kê"),
    ("award", "Danh hiệu, hình thức (mã)"),
    ("type", "Loại hình khen thưởng"),
    ("achievement", "Tóm tắt thành tích"),
    ("members", "Số thành viên"),
    ("qualified", "Số đạt"),
)


def _whole(text: str, what: str) -> int | None:
    text = clean(text).replace(".", "")
    if not text:
        return None
    if not text.isdigit() or len(text) > 7:
        raise InvalidInput(msg("{what} phải là số nguyên: “{text}”.", what=what, text=text))
    return int(text)


def apply_award_lines(
    db: Database,
    *,
    proposal_id: int,
    lines: Sequence[SheetLine],
    workbook: str,
    sha256: str,
    dry_run: bool = False,
    skip_invalid: bool = False,
    report: SheetReport | None = None,
    before_writing: Callable[[], str] | None = None,
) -> SheetReport:
    """Add the rows as lines of the draft `proposal_id` (see the module's docstring); a row
    refused leaves nothing of itself, and nothing at all unless `skip_invalid`."""
    out = report or SheetReport(KIND, workbook, sha256, "")
    with db.transaction() as session:
        proposal, unit = draft(session, proposal_id)
        out.title = str(msg("Đề nghị #{id} — {title}", id=proposal.id, title=proposal.title))
        version = rules_for(proposal)
        by_code = {e.code: e for e in version.entries}
        by_name = {fold(e.short_name): e for e in version.entries} | {
            fold(e.name): e for e in version.entries
        }
        units = SheetUnits(session, proposal.year)
        writes = session.begin_nested()  # rolled back for a preview or a refused workbook
        added = 0
        for line in lines:
            texts = {k: clean(v) for k, v in line.texts.items()}
            if not any(texts.values()):
                continue
            row = session.begin_nested()
            try:
                kind = RecipientType.parse(texts.get("kind") or "cá nhân")
                place = unit
                if texts.get("unit") or texts.get("unit_name"):
                    code = texts.get("unit")
                    place = units.find(code or texts["unit_name"], not code)
                award_text = texts.get("award", "")
                award = by_code.get(award_text.lower()) or by_name.get(fold(award_text))
                if award is None:
                    known = ", ".join(f"{e.code} ({e.short_name})" for e in version.entries)
                    raise InvalidInput(
                        msg(
                            "Không có danh hiệu, hình thức “{award}” trong quy định áp dụng cho "
                            "đề nghị này. Các mã: {known}.",
                            award=award_text,
                            known=known,
                        )
                    )
                entry = RecipientEntry(
                    kind=kind,
                    unit_code=place.code,
                    name=texts.get("name", ""),
                    gender=Gender.parse(texts["gender"]) if texts.get("gender") else None,
                    birth_year=_whole(texts.get("birth_year", ""), "Năm sinh"),
                    position=texts.get("position", ""),
                    category=Category.parse(texts["category"]) if texts.get("category") else None,
                    stat_class=(
                        RecipientClass.parse(texts["stat_class"])
                        if texts.get("stat_class")
                        else None
                    ),
                )
                recipient, _, new = find_or_add_recipient(session, entry)
                append_line(
                    session,
                    proposal,
                    unit,
                    LineEntry(
                        recipient.id,
                        award.code,
                        AwardType.parse(texts["type"]) if texts.get("type") else AwardType.REGULAR,
                        texts.get("achievement", ""),
                        _whole(texts.get("members", ""), "Số thành viên"),
                        _whole(texts.get("qualified", ""), "Số đạt"),
                    ),
                )
            except UserError as exc:
                row.rollback()
                out.problems.append(SheetProblem(line.origin, exc.message))
                continue
            row.commit()
            who = entry.name or full_name(place)
            # A class the row states is the recipient's from now on: the preview says so.
            stated = f"; phân loại: {entry.stat_class.label}" if entry.stat_class else ""
            out.changes.append(
                SheetChange(
                    origin=line.origin, unit_code=place.code, unit_name=full_name(place),
                    field=award.code, field_name=award.name, old_value=None, new_value=None,
                    decimals=None, old_label="",
                    new_label=f"{who} ({kind.label}{', mới' if new else ''}{stated})",
                )
            )  # fmt: skip
            added += 1
        return finish_import(
            out,
            writes,
            written=added,
            dry_run=dry_run,
            skip_invalid=skip_invalid,
            before_writing=before_writing,
            details={"kind": KIND, "proposal": proposal.id, "lines": added},
        )
