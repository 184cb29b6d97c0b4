"""The words and lists of the khen thưởng documents: awards named for the deciding unit,
counts ("02 tập thể, 10 cá nhân"), the items of a tờ trình or Điều 1, and the danh sách tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from thidua_desktop.domain.awards.types import AwardKind, AwardType, Gender, RecipientType
from thidua_desktop.domain.text import clean, fold
from thidua_desktop.domain.units import Place
from thidua_desktop.reports.builders.common import roman
from thidua_desktop.reports.document import (
    Block,
    CellValue,
    Column,
    HeaderGroup,
    Para,
    Signer,
    TableBlock,
)

if TYPE_CHECKING:
    from thidua_desktop.services.awards.rows import LineRow

__all__ = [
    "RECOGNISED",
    "Place",
    "annex_head",
    "award_groups",
    "award_name",
    "award_phrase",
    "counts",
    "items",
    "list_tables",
    "sentence_start",
    "signer",
    "verb",
]

# Titles a unit "recognises" rather than "awards" (công nhận gia đình, ấp văn hóa).
RECOGNISED = frozenset({"gia_dinh_van_hoa", "ap_van_hoa"})


# -- words --------------------------------------------------------------------------------------


def award_name(line: LineRow, decider: Place | None) -> str:
    """The award as a document names it: "Giấy khen của Chủ tịch UBND huyện Phong Điền"."""
    name = line.award_name
    if decider is not None:
        for level in ("cấp xã", "cấp huyện"):
            name = name.replace(f"UBND {level}", f"UBND {decider.phrase}")
    return name


def award_phrase(line: LineRow, decider: Place | None) -> str:
    name = award_name(line, decider)
    return f"danh hiệu “{name}”" if line.award_kind is AwardKind.TITLE else name


def counts(lines: Sequence[LineRow]) -> str:
    """ "02 tập thể, 10 cá nhân": numbers below 10 with a leading zero, as decisions write."""
    parts = []
    for kind in RecipientType:
        count = sum(1 for line in lines if line.recipient.kind is kind)
        if count:
            parts.append(f"{count:02d} {kind.label}")
    return ", ".join(parts)


def award_groups(lines: Sequence[LineRow]) -> list[tuple[str, list[LineRow]]]:
    """Lines by award, in the order the awards first appear."""
    groups: dict[str, list[LineRow]] = {}
    for line in lines:
        groups.setdefault(line.award_code, []).append(line)
    return list(groups.items())


def verb(code: str) -> str:
    return "Công nhận" if code in RECOGNISED else "Tặng"


def items(lines: Sequence[LineRow], year: int, decider: Place | None) -> list[Block]:
    """ "1. Danh hiệu “Lao động tiên tiến” năm 2023: 10 cá nhân;" one per award."""
    groups = award_groups(lines)
    blocks: list[Block] = []
    for number, (code, members) in enumerate(groups, 1):
        phrase = award_phrase(members[0], decider)
        when = f" năm {year}" if members[0].award_kind is AwardKind.TITLE else ""
        special = sum(1 for line in members if line.award_type is AwardType.AD_HOC)
        note = f" (khen thưởng đột xuất: {special:02d})" if special else ""
        end = "." if number == len(groups) else ";"
        blocks.append(
            Para(f"{number}. {verb(code)} {phrase}{when} cho {counts(members)}{note}{end}")
        )
    return blocks


def sentence_start(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def signer(position: str, name: str) -> Signer:
    """ "Phó Chủ tịch" signs "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"; the chair signs in his own right."""
    title = clean(position).upper() or "CHỦ TỊCH"
    deputy = fold(position).startswith("pho ")
    return Signer(title=title, name=name, authority=["KT. CHỦ TỊCH"] if deputy else [])


# -- the danh sách ------------------------------------------------------------------------------


def list_tables(
    lines: Sequence[LineRow],
    decider: Place | None,
    year: int,
    *,
    proposal: bool,
) -> list[TableBlock]:
    """One table per award ("I. Tặng danh hiệu “Lao động tiên tiến” năm 2023: 10 cá nhân")."""
    columns = [
        Column("TT", 0.45, align="center"),
        Column("Họ và tên, tên tập thể", 1.75),
        Column("Nam", 0.55, align="center"),
        Column("Nữ", 0.55, align="center"),
        Column("Chức vụ, đơn vị công tác", 2.1),
    ]
    if proposal:
        columns.append(Column("Tóm tắt thành tích", 2.5))
    columns.append(Column("Ghi chú", 0.95))
    tables = []
    for group, (code, members) in enumerate(award_groups(lines), 1):
        first = members[0]
        when = f" năm {year}" if first.award_kind is AwardKind.TITLE else ""
        caption = f"{roman(group)}. {verb(code)} {award_phrase(first, decider)}{when}: "
        caption += counts(members)
        rows: list[list[CellValue]] = []
        for number, line in enumerate(members, 1):
            r = line.recipient
            person = r.kind is RecipientType.INDIVIDUAL
            born = str(r.birth_year) if r.birth_year else "x"
            male = born if person and r.gender is Gender.MALE else ""
            female = born if person and r.gender is Gender.FEMALE else ""
            row: list[CellValue] = [number, r.name, male, female, r.workplace]
            if proposal:
                row.append(line.achievement)
            notes = []
            if line.award_type is not AwardType.REGULAR:
                notes.append(line.award_type.label[:1].upper() + line.award_type.label[1:])
            row.append("; ".join(notes))
            rows.append(row)
        tables.append(
            TableBlock(
                columns=columns,
                rows=rows,
                groups=[[HeaderGroup("Năm sinh", 2, 3)]],
                caption=caption,
                font_size=10,
            )
        )
    return tables


def annex_head(title: str, attached: str) -> list[Block]:
    return [
        Para("DANH SÁCH", indent=False, align="center", bold=True),
        Para(title, indent=False, align="center", bold=True),
        Para(attached, indent=False, align="center", italic=True),
    ]
