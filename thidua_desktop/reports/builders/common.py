"""The report builders' toolkit: the context and result types, letterhead to header and
signer, sentences and numbers as documents write them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.evaluation import Comparator, Status, Target
from thidua_desktop.domain.letterhead import Letterhead
from thidua_desktop.domain.numbers import percent_text
from thidua_desktop.domain.text import clean
from thidua_desktop.domain.units import UnitKind, in_sentence, short_name
from thidua_desktop.reports.document import (
    Block,
    Cell,
    DocumentSpec,
    Para,
    Signer,
    format_number_symbol,
)

if TYPE_CHECKING:
    pass

__all__ = [
    "DEMO_LINE",
    "FILE_UNSAFE",
    "MAX_CHART_BARS",
    "Context",
    "Report",
    "TableNumbers",
    "closing",
    "count_scale",
    "document",
    "document_reference",
    "in_sentence",
    "kinds_phrase",
    "percent_text",
    "roman",
    "short_name",
    "status_cell",
    "status_sentence",
]

# What each report is called in menus and messages (the command line's KIND is the key).
# More bars than this do not fit on a page (and nobody reads them): the tables say it all.
MAX_CHART_BARS = 30
DEMO_LINE = "(Số liệu minh họa, không dùng cho báo cáo chính thức)"
# Phụ lục III of NĐ 30/2020: the abbreviations that start a document's symbol ("10/CT-UBND").
_DOCUMENT_TYPES = {
    "NQ": "Nghị quyết",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "QC": "Quy chế",
    "QYĐ": "Quy định",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "CTR": "Chương trình",
    "KH": "Kế hoạch",
    "PA": "Phương án",
    "ĐA": "Đề án",
    "BC": "Báo cáo",
    "TTR": "Tờ trình",
    "CV": "Công văn",
}
_SYMBOL = re.compile(r"^[^/]+/([^-/]+)-")
# Characters no Windows file name may hold (a report's file name comes from unit names).
FILE_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_ROMAN = tuple(
    zip(
        (1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1),
        ("M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"),
        strict=True,
    )
)


@dataclass(frozen=True)
class Context:
    """Who writes the report, about which unit, when: everything but the report's own data."""

    letterhead: Letterhead
    year: int
    day: dt.date
    unit_code: str
    unit_name: str  # "Quận Ninh Kiều"
    unit_level: int
    own: bool  # the office reports on its own unit
    demo: bool
    signer_name: str
    office_name: str = ""

    @property
    def unit_phrase(self) -> str:
        """ "quận Ninh Kiều": the unit inside a sentence."""
        return in_sentence(self.unit_name)


@dataclass(frozen=True)
class Report:
    """A built report: the document, whether its figures are demonstration data, a file name."""

    kind: str
    spec: DocumentSpec
    demo: bool
    file_stem: str  # "Báo cáo chỉ tiêu thi đua 2023 - Quận Ninh Kiều", no extension


def document(
    context: Context, *, subject: str, body: Sequence[Block], landscape: bool = False
) -> DocumentSpec:
    """A BÁO CÁO with the office's letterhead, a blank number for the văn thư, the signer."""
    letterhead = context.letterhead
    opening: list[Block] = []
    if context.demo:
        opening.append(Para(DEMO_LINE, indent=False, align="center", italic=True))
    authority = [line for line in letterhead.signer_authority.split("\n") if line.strip()]
    return DocumentSpec(
        issuer=letterhead.issuer,
        issuer_parent=letterhead.issuer_parent or None,
        number_symbol=format_number_symbol(letterhead.document_symbol),
        place=letterhead.place,
        date=context.day,
        doc_type="BÁO CÁO",
        subject=subject,
        body=[*opening, *body],
        recipients=list(letterhead.recipients),
        signer=Signer(title=letterhead.signer_title, name=context.signer_name, authority=authority),
        landscape=landscape,
    )


def closing(what: str) -> Para:
    """The last line of the text, as offices end it: "Trên đây là báo cáo …./."."""
    return Para(f"Trên đây là báo cáo {what}./.")


# -- words and numbers --------------------------------------------------------------------------


class TableNumbers:
    """Numbers the tables of a document ("Biểu 1. …", "Biểu 2. …"); Excel names sheets so."""

    def __init__(self) -> None:
        self.last = 0

    def next(self, title: str) -> str:
        self.last += 1
        return f"Biểu {self.last}. {title}"


def roman(number: int) -> str:
    """1 → "I", 4 → "IV": section numbers of an administrative text."""
    if number < 1:
        raise ValueError("Roman numerals start at 1")
    parts = []
    for value, letters in _ROMAN:
        while number >= value:
            parts.append(letters)
            number -= value
    return "".join(parts)


def kinds_phrase(full_names: Iterable[str]) -> str:
    """ "quận, huyện" for a city's districts, "phường" for a quận's wards."""
    labels: list[str] = []
    for name in full_names:
        label = next(
            (
                k.label
                for k in sorted(UnitKind, key=lambda k: -len(k.prefix))
                if name.startswith(k.prefix + " ")
            ),
            "đơn vị",
        )
        if label not in labels:
            labels.append(label)
    return ", ".join(labels) or "đơn vị"


def document_reference(number: str, day: dt.date | None, issuer: str) -> str:
    """ "Chỉ thị số 10/CT-UBND ngày 13/12/2022 của UBND thành phố Cần Thơ"."""
    number = clean(number)
    match = _SYMBOL.match(number)
    kind = _DOCUMENT_TYPES.get(match.group(1).upper()) if match else None
    parts = [f"{kind} số {number}" if kind else f"văn bản số {number}"]
    if day is not None:
        parts.append(f"ngày {format_date(day)}")
    if clean(issuer):
        parts.append(f"của {clean(issuer)}")
    return " ".join(parts)


def count_scale(values: Iterable[int | Decimal | None]) -> int:
    """The top of a chart's scale for counts: a multiple of 5, so the ticks are whole numbers."""
    highest = max((v for v in values if v is not None), default=0)
    return max(5, -(-int(highest) // 5) * 5)


_STATUS_TEXT = {
    Status.EXCEEDED: "Vượt",
    Status.MET: "Đạt",
    Status.BELOW: "Không đạt",
    Status.NO_DATA: "Chưa có số liệu",
}


def target_cell(target: Target | None) -> Cell | str:
    """A target in a table: "≥ 93,5" and "≤ 0,36" stay numbers in the workbook (the sign is
    part of the cell's format); a range "9,5 - 10" is text."""
    if target is None:
        return ""
    if target.comparator is Comparator.RANGE:
        return target.describe()
    sign = "≥ " if target.comparator is Comparator.AT_LEAST else "≤ "
    return Cell(target.low, prefix=sign)


def status_cell(status: Status | None) -> Cell | str:
    """The status as a table cell, coloured like Excel's Good/Bad styles."""
    if status is None:
        return ""
    text = _STATUS_TEXT[status]
    if status in (Status.MET, Status.EXCEEDED):
        return Cell.good(text)
    if status is Status.BELOW:
        return Cell.bad(text)
    return Cell.neutral(text)


def status_sentence(counts: Mapping[Status, int]) -> str:
    """As offices write it: "hoàn thành và hoàn thành vượt mức 5/10 chỉ tiêu (vượt mức 4), không
    đạt 5, chưa có số liệu 3" (the dashboard counts the same: met or exceeded of all given).
    Zero counts are left out, and the total goes with the first count given."""
    total = sum(counts.values())
    met, exceeded = counts.get(Status.MET, 0), counts.get(Status.EXCEEDED, 0)
    done = met + exceeded
    parts: list[str] = []
    if done:
        if not met:
            parts.append(f"hoàn thành vượt mức {done}/{total} chỉ tiêu")
        elif not exceeded:
            parts.append(f"hoàn thành {done}/{total} chỉ tiêu")
        else:
            parts.append(
                f"hoàn thành và hoàn thành vượt mức {done}/{total} chỉ tiêu (vượt mức {exceeded})"
            )
    for status, label in ((Status.BELOW, "không đạt"), (Status.NO_DATA, "chưa có số liệu")):
        count = counts.get(status, 0)
        if count:
            parts.append(f"{label} {count}/{total} chỉ tiêu" if not parts else f"{label} {count}")
    return ", ".join(parts) or "chưa có chỉ tiêu nào"
