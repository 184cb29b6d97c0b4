"""Finding the table in a workbook: ours (codes in the row under the indicator names) or an
office's own shape (a unit column by code or name, a column per indicator by code or name, one or
two header rows with merged cells), text typed with legacy fonts read as Unicode.

Merged cells keep their text in the first cell only (that is how the file stores them): a header
row's empty cells take the text of the nearest filled cell to their left, so "Chỉ tiêu kinh tế"
merged over three columns heads all three.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from thidua_desktop.domain.sheets.legacy import Encoding, guess, read_cell, reading_of
from thidua_desktop.domain.text import clean, fold
from thidua_desktop.exchange.sheets.workbook import Book, Sheet
from thidua_desktop.services.sheets.results import Layout
from thidua_desktop.services.sheets.rows import (
    Conversion,
    Origin,
    SheetLine,
    SheetProblem,
    SheetValue,
)

HEADER_SEARCH_ROWS = 30
_CODE_HEADS = {"ma don vi", "ma dv", "ma", "ma so", "ma xa", "ma dvhc", "ma hanh chinh"}
_NAME_HEADS = ("ten don vi", "don vi", "xa, phuong", "xa/phuong", "phuong, xa", "phuong/xa",
               "dia phuong", "ten xa", "ten dia phuong", "xa, phuong, thi tran")  # fmt: skip
_UNCACHED = (
    "Ô có công thức nhưng tệp chưa lưu kết quả của nó (tệp do chương trình khác tạo, chưa mở "
    "bằng Excel). Hãy mở tệp bằng Excel, lưu lại rồi nhập."
)
_NOT_DATA = {"huong dan", "danh muc", "ghi chu"}
_TOTALS = ("tong", "cong", "toan tinh", "toan thanh pho", "toan huyen", "ca nuoc")


@dataclass
class Found:
    values: list[SheetValue]
    conversions: list[Conversion]
    problems: list[SheetProblem]
    notes: list[str]


@dataclass(frozen=True)
class _Table:
    sheet: Sheet
    last_header_row: int  # 1-based
    code_column: int | None
    name_column: int | None
    indicators: dict[int, str]  # column → indicator code


def _text(value: Any) -> str:
    """A cell's text as typed, spaces collapsed but nothing else removed: a soft hyphen is
    TCVN3's "ư" (cleaned text would lose it); `clean` comes after the legacy reading."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _filled(row: tuple[Any, ...], width: int) -> list[str]:
    """A header row with merged cells' text carried to the right."""
    out, last = [], ""
    for c in range(width):
        text = _text(row[c]) if c < len(row) else ""
        if text:
            last = text
        out.append(text or last)
    return out


def _find_table(sheet: Sheet, lay: Layout, read: Callable[[str], str]) -> _Table | None:
    codes = {i.code.casefold(): i.code for i in lay.indicators}
    names = sorted(((fold(i.name), i.code) for i in lay.indicators), key=lambda p: -len(p[0]))
    width = max((len(r) for r in sheet.rows[:HEADER_SEARCH_ROWS]), default=0)
    best: _Table | None = None
    for r in range(min(len(sheet.rows), HEADER_SEARCH_ROWS)):
        row = [read(_text(v)) for v in sheet.rows[r]] + [""] * width
        raw_above = [read(_text(v)) for v in sheet.rows[r - 1]] if r else []
        above = _filled(tuple(raw_above), width) if r else [""] * width
        below = [""] * width
        if r + 1 < len(sheet.rows):
            below = [read(_text(v)) for v in sheet.rows[r + 1]] + [""] * width
        code_col = name_col = None
        found: dict[int, str] = {}
        used_below = False
        for c in range(width):
            here = fold(row[c])
            joined = fold(f"{above[c]} {row[c]}")
            # A unit column's head may be merged down over both header rows.
            head = here or (fold(raw_above[c]) if c < len(raw_above) else "")
            if code_col is None and head in _CODE_HEADS:
                code_col = c + 1
                continue
            if name_col is None and any(head == h or head.startswith(h) for h in _NAME_HEADS):
                name_col = c + 1
                continue
            for cell_text, is_below in ((row[c], False), (below[c], True)):
                code = _code_of(cell_text, codes) if cell_text else None
                if code is not None and code not in found.values():
                    found[c + 1] = code
                    used_below = used_below or is_below
                    break
            else:
                for folded, code in names:
                    if code in found.values() or len(folded) < 4:
                        continue
                    if folded and (folded in joined or (len(here) >= 8 and here in folded)):
                        found[c + 1] = code
                        break
                else:
                    # A shortened head ("An toàn ANTT" for "Kết quả an toàn về ANTT"): its words
                    # all in an indicator's name; of several, the one with fewest other words.
                    words = set(here.split())
                    fits = sorted(
                        (len(folded.split()), code)
                        for folded, code in names
                        if code not in found.values() and words <= set(folded.split())
                    )
                    if len(words) >= 2 and fits and (len(fits) == 1 or fits[0][0] < fits[1][0]):
                        found[c + 1] = fits[0][1]
        if (code_col or name_col) and found and (best is None or len(found) > len(best.indicators)):
            best = _Table(sheet, r + 1 + (1 if used_below else 0), code_col, name_col, found)
    return best


_NUMBERED = re.compile(r"^(?:tc|tieu chi|chi tieu|ct)\s*(?:so\s*)?(\w+)$")


def _code_of(text: str, codes: dict[str, str]) -> str | None:
    """The field a header names by its code: "BHYT", or a numbered criterion ("TC1",
    "Tiêu chí 1", "Chỉ tiêu số 19") when the fields are numbered."""
    code = codes.get(text.casefold())
    if code is None:
        numbered = _NUMBERED.match(fold(text))
        if numbered:
            code = codes.get(numbered.group(1))
    return code


def _exact(value: int | float | Decimal) -> Decimal:
    """A numeric cell's exact value: a float as its shortest repr (0.1 is 0.1, not 0.1000…)."""
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def _cell_text(value: Any) -> str | None:
    """A value cell as the text the number parser reads: numbers with a decimal comma (Excel
    stores 1,125 as 1.125, which as text would mean one thousand one hundred twenty-five)."""
    if value is None:
        return ""
    if isinstance(value, bool | dt.datetime | dt.date | dt.time):
        return None
    if isinstance(value, int | float | Decimal):
        return format(_exact(value).normalize(), "f").replace(".", ",")
    return str(value)


def recognise_results(book: Book, lay: Layout, *, only: str | None = None) -> Found:
    """The values of every sheet that holds a results table of `lay`'s campaign (of the sheet
    `only`, for our templates: their instructions and code lists are not data)."""
    known = {fold(u.name) for u in lay.units} | {fold(u.code) for u in lay.units}

    def is_known(text: str) -> bool:
        return fold(text) in known

    headings = {fold(i.name) for i in lay.indicators} | {fold(i.code) for i in lay.indicators}

    def is_heading(text: str) -> bool:
        return fold(text) in headings

    found = Found([], [], [], [])
    tables = 0
    for sheet in book.sheets:
        if (only is not None and sheet.name != only) or fold(sheet.name) in _NOT_DATA:
            continue
        header_texts = [_text(v) for row in sheet.rows[:HEADER_SEARCH_ROWS] for v in row]
        header_encoding = guess(header_texts)

        def read(text: str, encoding: Encoding = header_encoding) -> str:
            return clean(read_cell(text, encoding, is_heading)) if text else text

        table = _find_table(sheet, lay, read)
        if table is None:
            continue
        tables += 1
        data = sheet.rows[table.last_header_row :]
        name_encoding = Encoding.UNICODE
        if table.name_column is not None:
            names = [_text(r[table.name_column - 1]) for r in data if len(r) >= table.name_column]
            name_encoding = guess(names, known=is_known)
        for offset, row in enumerate(data):
            number = table.last_header_row + offset + 1
            code = clean(
                _text(row[table.code_column - 1])
                if table.code_column and len(row) >= table.code_column
                else ""
            )
            raw_name = (
                _text(row[table.name_column - 1])
                if table.name_column and len(row) >= table.name_column
                else ""
            )
            name, name_read_as = (
                reading_of(raw_name, is_known, name_encoding)
                if raw_name
                else ("", Encoding.UNICODE)
            )
            name = clean(name)
            if not code and not name:
                continue
            if not code and any(fold(name).startswith(t) for t in _TOTALS):
                at = Origin(sheet.name, number, table.name_column or 1)
                found.notes.append(f"{at}: dòng tổng “{name}” được bỏ qua.")
                continue
            if name != clean(raw_name) and table.name_column:
                found.conversions.append(
                    Conversion(
                        Origin(sheet.name, number, table.name_column),
                        raw_name,
                        name,
                        name_read_as.label,
                    )
                )
            unit_col = table.code_column if code else table.name_column
            assert unit_col is not None
            unit_origin = Origin(sheet.name, number, unit_col)
            for column, indicator in table.indicators.items():
                origin = Origin(sheet.name, number, column)
                value = row[column - 1] if len(row) >= column else None
                if (number, column) in sheet.uncached:
                    found.problems.append(
                        SheetProblem(
                            origin,
                            "Ô có công thức nhưng tệp chưa lưu kết quả của nó "
                            "(tệp do chương trình khác tạo, chưa mở bằng Excel). Hãy "
                            "mở tệp bằng Excel, lưu lại rồi nhập.",
                        )
                    )
                    continue
                text = _cell_text(value)
                if text is None:
                    found.problems.append(
                        SheetProblem(
                            origin, f"Ô chứa ngày giờ hoặc đúng/sai ({value}), không phải một số."
                        )
                    )
                    continue
                exact = (
                    _exact(value)
                    if isinstance(value, int | float | Decimal) and not isinstance(value, bool)
                    else None
                )
                found.values.append(
                    SheetValue(origin, code or name, not code, indicator, text, unit_origin, exact)
                )
    if tables == 0:
        found.problems.append(
            SheetProblem(
                None,
                f"Không tìm thấy bảng “{lay.campaign_title}” trong {book.name}: cần một cột mã "
                "hoặc tên đơn vị (“Mã đơn vị”, “Tên đơn vị”, “Xã, phường”) và ít nhất một cột có "
                f"mã hoặc tên của một trong các mục ({', '.join(i.code for i in lay.indicators)}) "
                "ở dòng tiêu đề.",
            )
        )
    return found


# -- list-shaped sheets: one row per item (award lines) -----------------------------------------

_LINE_HEADS: dict[str, tuple[str, ...]] = {
    "kind": ("loai doi tuong", "loai"),
    "name": ("ho va ten / ten tap the, ho", "ho va ten", "ho ten", "ten tap the", "ten", "ho, ten"),
    "unit": ("ma don vi", "ma dv"),
    "unit_name": ("ten don vi (noi cong tac, cu tru)", "ten don vi", "don vi", "noi cu tru"),
    "gender": ("gioi tinh", "nam/nu"),
    "birth_year": ("nam sinh",),
    "position": ("chuc vu, noi cong tac", "chuc vu", "chuc vu, nghe nghiep", "noi cong tac"),
    "category": ("doi tuong",),
    "stat_class": ("phan loai thong ke",),  # not "Phân loại": offices grade there
    "award": ("danh hieu, hinh thuc (ma)", "danh hieu, hinh thuc", "danh hieu", "hinh thuc",
              "ma danh hieu", "hinh thuc khen thuong"),
    "type": ("loai hinh khen thuong", "loai hinh"),
    "achievement": ("tom tat thanh tich", "thanh tich"),
    "members": ("so thanh vien",),
    "qualified": ("so dat",),
}  # fmt: skip


def recognise_lines(book: Book, *, only: str | None = None) -> tuple[list[SheetLine], Found]:
    """The rows of the first sheet whose header names at least a name and an award column."""
    return _recognise_list(
        book,
        _LINE_HEADS,
        lambda columns: "name" in columns and "award" in columns,
        ("name", "unit_name", "position"),
        f"Không tìm thấy danh sách khen thưởng trong {book.name}: cần dòng tiêu đề có cột "
        "“Họ và tên” (hoặc “Tên tập thể”) và cột “Danh hiệu, hình thức”.",
        only,
        None,
    )


_AREA_HEADS: dict[str, tuple[str, ...]] = {
    "unit": ("ma xa", "ma don vi", "ma dv", "ma xa, phuong", "ma dvhc"),
    "unit_name": ("ten xa, phuong", "ten xa", "xa, phuong", "xa/phuong", "phuong, xa",
                  "phuong/xa", "ten don vi", "don vi", "xa, phuong, thi tran", "xa", "phuong"),
    "name": ("ten khu dan cu (thon, ap, khu vuc, to dan pho)", "ten khu dan cu", "khu dan cu",
             "ten thon, ap", "thon, ap", "thon/ap", "ten ap", "ten thon", "ap", "thon",
             "ap, khu vuc", "ten ap, khu vuc", "khu vuc", "ten khu vuc", "to dan pho",
             "ten to dan pho",
             "khu pho", "ten khu pho", "thon, ap, khu vuc, to dan pho"),
    "kind": ("loai", "loai khu dan cu"),
    "antt": ("ket qua an toan ve antt", "ket qua antt", "an toan ve antt",
             "an toan ve an ninh, trat tu", "ket qua", "dat an toan ve antt", "xep loai"),
    "note": ("ghi chu",),
}  # fmt: skip


def recognise_areas(
    book: Book, *, only: str | None = None, year: int | None = None
) -> tuple[list[SheetLine], Found]:
    """The khu dân cư list: a row per area, with its commune (code or name) and ANTT result;
    a heading naming a year ("Kết quả ANTT năm 2025") is read only for that `year`."""
    return _recognise_list(
        book,
        _AREA_HEADS,
        lambda columns: "name" in columns and ("unit" in columns or "unit_name" in columns),
        ("name", "unit_name", "note"),
        f"Không tìm thấy danh sách khu dân cư trong {book.name}: cần dòng tiêu đề có cột "
        "“Mã xã” hoặc “Tên xã, phường” và cột “Tên khu dân cư” (thôn, ấp, khu vực, tổ dân phố).",
        only,
        year,
    )


# "… năm 2026", "… 2026", "… (năm 2026)", "… - năm 2026" at the end of a heading (folded).
_YEAR_SUFFIX = re.compile(r"\s*[-(,]?\s*(?:nam\s+)?(\d{4})\s*\)?$")


def _recognise_list(
    book: Book,
    heads: dict[str, tuple[str, ...]],
    complete: Callable[[dict[str, int]], bool],
    legacy: tuple[str, ...],
    missing: str,
    only: str | None,
    year: int | None,
) -> tuple[list[SheetLine], Found]:
    """The rows under the first header row (of the first sheet that has one) that `complete`
    accepts; columns of `legacy` text are read as Unicode when typed with a legacy font. With
    `year`, a heading ending in another year ("… năm 2025") is not that field's column; a field
    found only under other years' headings is refused by name."""
    found = Found([], [], [], [])
    for sheet in book.sheets:
        if (only is not None and sheet.name != only) or fold(sheet.name) in _NOT_DATA:
            continue
        for r, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
            columns: dict[str, int] = {}
            elsewhere: dict[str, tuple[int, str]] = {}  # field: (column, heading) of another year
            for c, value in enumerate(row, start=1):
                folded = fold(_text(value))
                dated = _YEAR_SUFFIX.search(folded)  # "Kết quả ANTT năm 2026"
                head = folded[: dated.start()] if dated else folded
                for field, names in heads.items():
                    if field not in columns and head in names:
                        if dated and year is not None and int(dated.group(1)) != year:
                            elsewhere.setdefault(field, (c, _text(value)))
                            continue
                        columns[field] = c
                        break
            if complete(columns):
                for field, (c, heading) in elsewhere.items():
                    if field not in columns:
                        found.problems.append(
                            SheetProblem(
                                Origin(sheet.name, r + 1, c),
                                f"Cột “{heading}” là số liệu của năm khác, không phải năm {year} "
                                "đang nhập: hãy chọn đúng năm, hoặc thêm cột của năm "
                                f"{year}.",
                            )
                        )
                lines = []
                body = sheet.rows[r + 1 :]
                # Names typed with a legacy font, column by column (a person's name is no
                # unit's: only the text itself tells).
                fonts = {
                    f: guess(_text(d[columns[f] - 1]) for d in body if len(d) >= columns[f])
                    for f in legacy
                    if f in columns
                }
                for offset, data in enumerate(body):
                    number = r + 2 + offset
                    raw = {
                        f: _text(_cell_text(data[c - 1]) or "") if c <= len(data) else ""
                        for f, c in columns.items()
                    }
                    texts = {
                        f: clean(read_cell(t, fonts[f]) if f in fonts and t else t)
                        for f, t in raw.items()
                    }
                    for f in fonts:
                        if texts[f] != clean(raw[f]):
                            at = Origin(sheet.name, number, columns[f])
                            found.conversions.append(
                                Conversion(at, raw[f], texts[f], fonts[f].label)
                            )
                    if not any(texts.values()):
                        continue
                    cells = {f: Origin(sheet.name, number, c) for f, c in columns.items()}
                    lines.append(SheetLine(Origin(sheet.name, number, 1), texts, cells))
                return lines, found
    found.problems.append(SheetProblem(None, missing))
    return [], found


_SCORE_HEADS: dict[str, tuple[str, ...]] = {
    "unit": ("ma don vi", "ma dv", "ma xa", "ma xa, phuong"),
    "unit_name": ("ten don vi", "don vi", "ten xa, phuong", "xa, phuong"),
    "criterion": ("ma tieu chi", "ma tc", "tieu chi so", "stt tieu chi"),
    "title": ("tieu chi", "noi dung", "noi dung tieu chi"),
    "self": ("diem tu cham", "tu cham", "diem don vi tu cham"),
    "evidence": ("minh chung", "tai lieu minh chung", "ghi chu"),
    "review": ("diem cum cham", "cum cham", "diem cham cheo", "diem khoi cham", "diem tham dinh"),
    "reason": ("ly do sua diem", "ly do", "ly do dieu chinh"),
}  # fmt: skip


def recognise_scores(book: Book, *, only: str | None = None) -> tuple[list[SheetLine], Found]:
    """A cluster's scores: a row per member and criterion, with the self-score or the review."""
    return _recognise_list(
        book,
        _SCORE_HEADS,
        lambda columns: (
            "criterion" in columns
            and ("unit" in columns or "unit_name" in columns)
            and ("self" in columns or "review" in columns)
        ),
        ("unit_name", "evidence", "reason"),
        f"Không tìm thấy bảng chấm điểm trong {book.name}: cần dòng tiêu đề có cột “Mã đơn vị” "
        "(hoặc “Tên đơn vị”), “Mã tiêu chí” và “Điểm tự chấm” hoặc “Điểm cụm chấm”.",
        only,
        None,
    )
