"""Workbooks for the units below to fill (`sheet template`): instructions first, the data sheet
with codes and names prefilled and protected, code lists on a sheet of their own, and a hidden
sheet saying what the workbook is, so the import knows what it reads."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from thidua_desktop import __version__
from thidua_desktop.domain.numbers import format_number
from thidua_desktop.exchange.sheets.workbook import META_SHEET, SheetError
from thidua_desktop.os_errors import os_error_text
from thidua_desktop.services.sheets.results import Layout

FORMAT = "thidua-sheet"
VERSION = "1"
DATA_SHEET = "Số liệu"
_HEADINGS = {
    "results": "KẾT QUẢ THỰC HIỆN CHỈ TIÊU THI ĐUA",
    "targets": "CHỈ TIÊU GIAO",
    "security": "“3 KHÔNG” VÀ AN TOÀN VỀ AN NINH, TRẬT TỰ",
    "rural": "TIÊU CHÍ NÔNG THÔN MỚI",
}
_STATUSES = "đạt,chưa đạt,chưa đánh giá"
GUIDE_SHEET = "Hướng dẫn"
LISTS_SHEET = "Danh mục"
HEADER_ROW = 4  # indicator names; the row below holds their codes, the units start after it
FIRST_DATA_ROW = HEADER_ROW + 2
FIRST_VALUE_COLUMN = 4  # A: TT, B: Mã đơn vị, C: Tên đơn vị
FONT = "Times New Roman"


def _number_format(decimals: int) -> str:
    return "#,##0" + ("." + "0" * decimals if decimals else "")


def _put(ws: Any, row: int, column: int, value: object) -> Any:
    """A cell holding `value`; text is kept as text even when it starts with "=" (openpyxl
    would otherwise write it as a formula for Excel to run)."""
    cell = ws.cell(row=row, column=column, value=value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    return cell


def results_template(lay: Layout, out: Path, *, kind: str = "results") -> Path:
    """The workbook of `lay` written to `out` (whole or not at all): results to report, or
    (`kind` "targets") the targets to give each unit, a number or a range "9,5 - 10"."""
    targets = kind == "targets"
    security = kind in ("security", "rural")  # statuses chosen from a list
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    guide = wb.active
    assert guide is not None
    guide.title = GUIDE_SHEET
    bold = Font(name=FONT, bold=True, size=13)
    plain = Font(name=FONT, size=12)
    lines = [
        (f"MẪU {_HEADINGS[kind]} NĂM {lay.year}", bold),
        (
            f"Phong trào: {lay.campaign_title} ({lay.campaign_code})"
            if kind in ("results", "targets")
            else lay.campaign_title,
            plain,
        ),
        (f"Cơ quan lập mẫu: {lay.office}", plain),
        ("", plain),
        ("Cách điền:", bold),
        (f"1. Mở trang “{DATA_SHEET}”. Mỗi dòng là một đơn vị, mỗi cột là một chỉ tiêu.", plain),
        ("2. Chỉ nhập vào các ô trắng. Ô xám là chỉ tiêu tính tự động hoặc đơn vị không "
         "nhập tại đây.", plain),
        (
            "3. Mỗi tiêu chí ghi “đạt” hoặc “chưa đạt” (chọn trong danh sách)."
            if kind == "rural"
            else "3. Tình trạng ghi “đạt”, “chưa đạt” hoặc “chưa đánh giá” (chọn trong danh sách); "
            "tỷ lệ ghi số, dấu phẩy thập phân (85,5)."
            if security
            else "3. Số thập phân dùng dấu phẩy (9,5); số lớn có thể nhóm bằng dấu chấm (43.000)."
            + (" Chỉ tiêu là một khoảng thì ghi “9,5 - 10”." if targets else ""),
            plain,
        ),
        ("4. Ô để trống: giữ nguyên số liệu đã có. Không đổi mã, tên, thứ tự các cột.", plain),
        (f"5. Mã chỉ tiêu và mã đơn vị có trong trang “{LISTS_SHEET}”.", plain),
        ("6. Lưu tệp dạng .xlsx và gửi lại; cơ quan nhận dùng Nhập từ Excel để xem trước rồi "
         "nhập.", plain),
    ]  # fmt: skip
    for row, (text, font) in enumerate(lines, start=1):
        cell = guide.cell(row=row, column=1, value=text)
        cell.font = font
    guide.column_dimensions["A"].width = 110

    ws = wb.create_sheet(DATA_SHEET)
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey = PatternFill("solid", fgColor="E6E6E6")
    head_fill = PatternFill("solid", fgColor="DCE6F1")
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.cell(row=1, column=1, value=f"{_HEADINGS[kind]} NĂM {lay.year}").font = bold
    second = {
        "results": f"{lay.campaign_title} ({lay.campaign_code})",
        "targets": f"{lay.campaign_title} ({lay.campaign_code})",
        "rural": f"{lay.campaign_title} — {lay.office}",
    }.get(kind, lay.office)
    _put(ws, 2, 1, second).font = plain
    heads = ["TT", "Mã đơn vị", "Tên đơn vị"]
    for col, text in enumerate(heads, start=1):
        cell = ws.cell(row=HEADER_ROW, column=col, value=text)
        cell.font, cell.alignment, cell.border, cell.fill = bold, wrap, border, head_fill
        below = ws.cell(row=HEADER_ROW + 1, column=col, value="Mã chỉ tiêu →" if col == 3 else None)
        below.font, below.border, below.fill = plain, border, head_fill
    for offset, indicator in enumerate(lay.indicators):
        col = FIRST_VALUE_COLUMN + offset
        name = indicator.name + (f" ({indicator.unit_of_measure})" if indicator.unit_of_measure
                                 else "")  # fmt: skip
        cell = _put(ws, HEADER_ROW, col, name)
        cell.font, cell.alignment, cell.border, cell.fill = plain, wrap, border, head_fill
        code = _put(ws, HEADER_ROW + 1, col, indicator.code)
        code.font = Font(name=FONT, size=11, bold=True)
        code.alignment, code.border, code.fill = Alignment(horizontal="center"), border, head_fill
        letter = code.column_letter
        ws.column_dimensions[letter].width = 16
        rule = None
        if security and not indicator.unit_of_measure:  # a status, from its list
            choices = _STATUSES if kind == "security" else "đạt,chưa đạt"
            rule = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
            rule.error = "Chọn trong danh sách: " + choices.replace(",", ", ") + "."
            rule.errorTitle, rule.showErrorMessage = "Giá trị không hợp lệ", True
        elif indicator.typed and not targets:  # a target may be a range: text, not one number
            rule = _validation(DataValidation, indicator)
        if rule is not None and lay.units:
            ws.add_data_validation(rule)
            rule.add(f"{letter}{FIRST_DATA_ROW}:{letter}{FIRST_DATA_ROW + len(lay.units) - 1}")
    ws.row_dimensions[HEADER_ROW].height = 75
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 11
    ws.column_dimensions["C"].width = 32
    for index, unit in enumerate(lay.units):
        row = FIRST_DATA_ROW + index
        ws.cell(row=row, column=1, value=index + 1).font = plain
        ws.cell(row=row, column=2, value=unit.code).font = plain  # text: codes keep their zeros
        _put(ws, row, 3, unit.name).font = plain
        for col in range(1, 4):
            ws.cell(row=row, column=col).border = border
        for offset, indicator in enumerate(lay.indicators):
            cell = ws.cell(row=row, column=FIRST_VALUE_COLUMN + offset)
            cell.border, cell.font = border, plain
            cell.number_format = (
                "@"
                if targets or (security and not indicator.unit_of_measure)
                else _number_format(indicator.decimals)
            )
            if indicator.typed and unit.editable:
                cell.protection = Protection(locked=False)
            else:
                cell.fill = grey
    ws.freeze_panes = ws.cell(row=FIRST_DATA_ROW, column=FIRST_VALUE_COLUMN)
    # Protected without a password: codes and names cannot be changed by mistake, and whoever
    # needs to can still lift the protection.
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW + 1}"

    lists = wb.create_sheet(LISTS_SHEET)
    heads = ["Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Số chữ số thập phân", "Tối thiểu",
             "Tối đa", "Cách nhập"]  # fmt: skip
    for col, text in enumerate(heads, start=1):
        _put(lists, 1, col, text)
    for row, indicator in enumerate(lay.indicators, start=2):
        line = [
            indicator.code,
            indicator.name,
            indicator.unit_of_measure,
            indicator.decimals,
            format_number(indicator.minimum) if indicator.minimum is not None else "",
            format_number(indicator.maximum) if indicator.maximum is not None else "",
            "nhập tay" if indicator.typed else "tính tự động",
        ]
        for col, value in enumerate(line, start=1):
            _put(lists, row, col, value)
    start = len(lay.indicators) + 3
    lists.cell(row=start, column=1, value="Mã đơn vị").font = bold
    lists.cell(row=start, column=2, value="Tên đơn vị").font = bold
    for offset, unit in enumerate(lay.units, start=1):
        _put(lists, start + offset, 1, unit.code)
        _put(lists, start + offset, 2, unit.name)
    for letter, width in zip("ABCDEFG", (14, 60, 14, 10, 12, 12, 14), strict=True):
        lists.column_dimensions[letter].width = width
    for cell in lists[1]:
        cell.font = bold
    lists.protection.sheet = True

    meta = wb.create_sheet(META_SHEET)
    for key, value in _meta(lay, kind).items():
        meta.append([key, value])
    meta.sheet_state = "veryHidden"
    wb.active = 1
    return _save(wb, out)


def _meta(lay: Layout, kind: str) -> dict[str, str]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "kind": kind,
        "campaign": lay.campaign_code,
        "year": str(lay.year),
        "unit": lay.units[0].code if lay.units else "",
        "office": lay.office,
        "app_version": __version__,
        "created": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
    }


def _validation(factory: Any, indicator: Any) -> Any:
    low = indicator.minimum if indicator.minimum is not None else -(10**15)
    high = indicator.maximum if indicator.maximum is not None else 10**15
    rule = factory(
        type="whole" if indicator.whole_number else "decimal",
        operator="between",
        formula1=str(low),
        formula2=str(high),
        allow_blank=True,
    )
    rule.error = (
        f"“{indicator.name}” nhận số từ {format_number(low)} đến {format_number(high)}"
        + (" (số nguyên)." if indicator.whole_number else ".")
    )[:255]
    rule.errorTitle = "Giá trị không hợp lệ"
    rule.showErrorMessage = True
    return rule


def _save(wb: Any, out: Path) -> Path:
    out = Path(out)
    partial = out.with_name(out.name + ".partial")
    try:
        wb.save(partial)
        os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise SheetError(f"Không ghi được {out}: {os_error_text(exc)}.") from exc
    return out


LINES_SHEET = "Danh sách"


def lines_template(year: int, office: str, entries: Any, out: Path) -> Path:
    """The award-lines workbook: one row per recipient and title or form, the catalogue's codes
    (the rules in force in `year`) and the fixed choices on *Danh mục* with list validation."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    from thidua_desktop.domain.awards.types import (
        AwardType,
        Category,
        RecipientClass,
        RecipientType,
    )
    from thidua_desktop.services.sheets.awards import COLUMNS

    wb = Workbook()
    guide = wb.active
    assert guide is not None
    guide.title = GUIDE_SHEET
    bold, plain = Font(name=FONT, bold=True, size=13), Font(name=FONT, size=12)
    lines = [
        (f"MẪU DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM {year}", bold),
        (f"Cơ quan lập mẫu: {office}", plain),
        ("", plain),
        ("Cách điền:", bold),
        (f"1. Mở trang “{LINES_SHEET}”. Mỗi dòng là một đối tượng với một danh hiệu hoặc "
         "hình thức khen thưởng.", plain),
        ("2. Loại đối tượng: tập thể, cá nhân hoặc hộ gia đình. Cá nhân ghi giới tính, năm "
         "sinh, chức vụ và đối tượng; tập thể ghi số thành viên và số đạt.", plain),
        ("   Phân loại thống kê (biểu 0602, 0603): cá nhân là lãnh đạo hoặc doanh nhân, tập "
         "thể là doanh nghiệp hoặc hợp tác xã; để trống khi không thuộc loại nào.", plain),
        ("3. Đơn vị ghi mã (trang Danh mục của cơ quan) hoặc tên; để trống là đơn vị lập đề "
         "nghị.", plain),
        (f"4. Danh hiệu, hình thức ghi mã hoặc tên viết tắt trong trang “{LISTS_SHEET}”.",
         plain),
        ("5. Cơ quan nhận chọn đề nghị nháp rồi dùng Nhập từ Excel để xem trước rồi nhập.",
         plain),
    ]  # fmt: skip
    for row, (text, font) in enumerate(lines, start=1):
        guide.cell(row=row, column=1, value=text).font = font
    guide.column_dimensions["A"].width = 110

    ws = wb.create_sheet(LINES_SHEET)
    head_fill = PatternFill("solid", fgColor="DCE6F1")
    for col, (_field, heading) in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=1, column=col, value=heading)
        cell.font, cell.fill = Font(name=FONT, bold=True, size=11), head_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        wide = _field in ("name", "unit_name", "position", "stat_class", "achievement")
        ws.column_dimensions[cell.column_letter].width = 30 if wide else 14
    ws.row_dimensions[1].height = 45
    ws.freeze_panes = "A2"

    lists = wb.create_sheet(LISTS_SHEET)
    _put(lists, 1, 1, "Mã").font = bold
    _put(lists, 1, 2, "Danh hiệu, hình thức").font = bold
    _put(lists, 1, 3, "Viết tắt").font = bold
    for row, entry in enumerate(entries, start=2):
        _put(lists, row, 1, entry.code)
        _put(lists, row, 2, entry.name)
        _put(lists, row, 3, entry.short_name)
    choices = {
        "kind": [t.label for t in RecipientType],
        "gender": ["Nam", "Nữ"],
        "category": [c.label for c in Category],
        "stat_class": [c.label for c in RecipientClass],
        "type": [t.label for t in AwardType],
    }
    fields = [field for field, _ in COLUMNS]
    for offset, (field, values) in enumerate(choices.items()):
        col = 5 + offset
        _put(lists, 1, col, dict(COLUMNS)[field]).font = bold
        for row, value in enumerate(values, start=2):
            _put(lists, row, col, value)
        letter = lists.cell(row=1, column=col).column_letter
        rule = DataValidation(
            type="list",
            formula1=f"'{LISTS_SHEET}'!${letter}$2:${letter}${len(values) + 1}",
            allow_blank=True,
        )
        ws.add_data_validation(rule)
        target = ws.cell(row=2, column=fields.index(field) + 1).column_letter
        rule.add(f"{target}2:{target}2000")
    code_rule = DataValidation(
        type="list", formula1=f"'{LISTS_SHEET}'!$A$2:$A${len(list(entries)) + 1}",
        allow_blank=True, showErrorMessage=False,
    )  # fmt: skip
    ws.add_data_validation(code_rule)
    award = ws.cell(row=2, column=fields.index("award") + 1).column_letter
    code_rule.add(f"{award}2:{award}2000")
    lists.column_dimensions["B"].width = 60
    lists.protection.sheet = True

    meta = wb.create_sheet(META_SHEET)
    for key, value in {
        "format": FORMAT, "version": VERSION, "kind": "award-lines", "campaign": "",
        "year": str(year), "unit": "", "office": office, "app_version": __version__,
        "created": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
    }.items():  # fmt: skip
        meta.append([key, value])
    meta.sheet_state = "veryHidden"
    wb.active = 1
    return _save(wb, out)


AREAS_SHEET = "Khu dân cư"
_AREA_SPARE_ROWS = 300  # open rows below the list, for areas not yet recorded


def areas_template(lay: Any, out: Path) -> Path:
    """The khu dân cư workbook (`lay` an `AreasLayout`): a row per area of each commune, or one
    empty row for a commune without any; codes and names of the listed communes protected,
    kinds and results chosen from *Danh mục*."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    from thidua_desktop.domain.security import AreaKind, Assessment
    from thidua_desktop.services.sheets.subunits import COLUMNS

    wb = Workbook()
    guide = wb.active
    assert guide is not None
    guide.title = GUIDE_SHEET
    bold, plain = Font(name=FONT, bold=True, size=13), Font(name=FONT, size=12)
    lines = [
        (f"MẪU DANH SÁCH KHU DÂN CƯ AN TOÀN VỀ AN NINH, TRẬT TỰ NĂM {lay.year}", bold),
        (f"Cơ quan lập mẫu: {lay.office}", plain),
        ("Căn cứ: Thông tư 124/2021/TT-BCA (Điều 4: tiêu chuẩn khu dân cư; Điều 5 khoản 4: xã, "
         "phường đạt khi ít nhất 70% khu dân cư được công nhận).", plain),
        (f"Kỳ đánh giá khu dân cư: 01/11/{lay.year - 1} - 31/10/{lay.year}.", plain),
        ("", plain),
        ("Cách điền:", bold),
        (f"1. Mở trang “{AREAS_SHEET}”. Mỗi dòng là một thôn, ấp, khu vực hoặc tổ dân phố; "
         "mã và tên xã, phường đã ghi sẵn.", plain),
        ("2. Khu dân cư chưa có trong danh sách: ghi thêm ở các dòng trống phía dưới, kèm mã "
         "(hoặc tên) xã, phường.", plain),
        ("3. Cột Kết quả: đạt, chưa đạt hoặc chưa đánh giá; ghi “không còn” cho khu dân cư đã "
         "sáp nhập, giải thể từ năm này. Để trống: giữ như đã ghi.", plain),
        ("   Tên khu dân cư đã có được khóa: khu dân cư đổi tên thì ghi “không còn” ở dòng tên "
         "cũ và thêm một dòng với tên mới (hoặc đổi tên trong ứng dụng: An ninh trật tự › Khu "
         "dân cư…).", plain),
        ("4. Gửi tệp về cơ quan lập mẫu để nhập bằng Nhập từ Excel (xem trước rồi mới nhập). Tỷ "
         "lệ khu dân cư đạt an toàn của mỗi xã, phường được tính lại theo danh sách.", plain),
    ]  # fmt: skip
    for row, (text, font) in enumerate(lines, start=1):
        guide.cell(row=row, column=1, value=text).font = font
    guide.column_dimensions["A"].width = 110

    ws = wb.create_sheet(AREAS_SHEET)
    head_fill = PatternFill("solid", fgColor="DCE6F1")
    grey = PatternFill("solid", fgColor="F2F2F2")
    widths = (10, 30, 40, 14, 22, 40)
    for col, ((_field, heading), width) in enumerate(zip(COLUMNS, widths, strict=True), start=1):
        cell = ws.cell(row=1, column=col, value=heading)
        cell.font, cell.fill = Font(name=FONT, bold=True, size=11), head_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        ws.column_dimensions[cell.column_letter].width = width
    ws.row_dimensions[1].height = 45
    body = Font(name=FONT, size=12)
    last = len(lay.rows) + 1
    for row, values in enumerate(lay.rows, start=2):
        for col, value in enumerate(values, start=1):
            cell = _put(ws, row, col, value or None)
            cell.font = body
            cell.number_format = "@"
            # The commune, and a listed area's name (the import finds the area by it), stay.
            if col <= 2 or (col == 3 and values[2]):
                cell.fill = grey
            else:
                cell.protection = Protection(locked=False)
    for row in range(last + 1, last + 1 + _AREA_SPARE_ROWS):
        for col in range(1, len(COLUMNS) + 1):
            cell = ws.cell(row=row, column=col)
            cell.number_format = "@"
            cell.protection = Protection(locked=False)
    ws.freeze_panes = "A2"
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.autoFilter = False
    ws.auto_filter.ref = f"A1:{ws.cell(row=1, column=len(COLUMNS)).column_letter}{last}"

    lists = wb.create_sheet(LISTS_SHEET)
    choices = {
        "kind": [str(k.label) for k in AreaKind],
        "antt": [str(a.label) for a in Assessment] + ["không còn"],
    }
    fields = [field for field, _ in COLUMNS]
    for col, (field, values) in enumerate(choices.items(), start=1):
        _put(lists, 1, col, dict(COLUMNS)[field]).font = Font(name=FONT, bold=True, size=12)
        for row, value in enumerate(values, start=2):
            _put(lists, row, col, value)
        letter = lists.cell(row=1, column=col).column_letter
        rule = DataValidation(
            type="list",
            formula1=f"'{LISTS_SHEET}'!${letter}$2:${letter}${len(values) + 1}",
            allow_blank=True,
        )
        rule.errorTitle = "Giá trị không có trong danh mục"
        rule.error = f"Chọn một giá trị trong danh sách ({', '.join(values)})."
        rule.showErrorMessage = True
        ws.add_data_validation(rule)
        target = ws.cell(row=2, column=fields.index(field) + 1).column_letter
        rule.add(f"{target}2:{target}{last + _AREA_SPARE_ROWS}")
        lists.column_dimensions[letter].width = 28
    lists.protection.sheet = True

    meta = wb.create_sheet(META_SHEET)
    for key, value in {
        "format": FORMAT, "version": VERSION, "kind": "subunits", "campaign": "",
        "year": str(lay.year), "unit": "", "office": lay.office, "app_version": __version__,
        "created": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
    }.items():  # fmt: skip
        meta.append([key, value])
    meta.sheet_state = "veryHidden"
    wb.active = 1
    return _save(wb, out)


SCORES_SHEET = "Chấm điểm"


def scores_template(lay: Any, out: Path) -> Path:
    """The cluster-scores workbook (`lay` a `ScoresLayout`): one row per member and scored
    criterion, codes, names and maxima protected, the points recorded so far filled in; the
    member types its own points and evidence, the cluster its points and reasons."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    from thidua_desktop.services.sheets.clusters import COLUMNS

    wb = Workbook()
    guide = wb.active
    assert guide is not None
    guide.title = GUIDE_SHEET
    bold, plain = Font(name=FONT, bold=True, size=13), Font(name=FONT, size=12)
    due = [
        f"hạn tự chấm {lay.self_due:%d/%m/%Y}" if lay.self_due else "",
        f"hạn chấm chéo {lay.review_due:%d/%m/%Y}" if lay.review_due else "",
    ]
    lines = [
        (f"MẪU CHẤM ĐIỂM THI ĐUA NĂM {lay.year}", bold),
        (f"{lay.cluster_name} ({lay.cluster_code})", plain),
        (f"Cơ quan lập mẫu: {lay.office}", plain),
        ("; ".join(d for d in due if d).capitalize(), plain),
        ("", plain),
        ("Cách điền:", bold),
        (f"1. Mở trang “{SCORES_SHEET}”. Mỗi dòng là một tiêu chí của một đơn vị.", plain),
        ("2. Đơn vị ghi điểm tự chấm (không quá điểm tối đa, tối đa 2 chữ số thập phân) và "
         "minh chứng.", plain),
        ("3. Khi cụm, khối họp chấm chéo: ghi điểm cụm chấm; điểm nào khác điểm tự chấm phải "
         "ghi lý do.", plain),
        ("4. Cơ quan tổ chức dùng Nhập từ Excel ở trang Cụm, khối thi đua để xem trước rồi nhập.",
         plain),
    ]  # fmt: skip
    for row, (text, font) in enumerate(lines, start=1):
        guide.cell(row=row, column=1, value=text).font = font
    guide.column_dimensions["A"].width = 110

    ws = wb.create_sheet(SCORES_SHEET)
    head_fill = PatternFill("solid", fgColor="DCE6F1")
    grey = PatternFill("solid", fgColor="EDEDED")
    widths = {1: 11, 2: 26, 3: 10, 4: 50, 5: 10, 6: 11, 7: 30, 8: 11, 9: 30}
    for col, (_field, heading) in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=1, column=col, value=heading)
        cell.font, cell.fill = Font(name=FONT, bold=True, size=11), head_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        ws.column_dimensions[cell.column_letter].width = widths[col]
    ws.row_dimensions[1].height = 32
    ws.freeze_panes = "E2"
    open_cell = Protection(locked=False)
    for row, line in enumerate(lay.lines, start=2):
        values = (
            line.unit_code, line.unit_name, line.criterion, line.title, line.max_points,
            line.self_points, line.evidence or None, line.review_points, line.reason or None,
        )  # fmt: skip
        for col, value in enumerate(values, start=1):
            cell = _put(ws, row, col, value)
            cell.font = Font(name=FONT, size=11)
            if col in (6, 7, 8, 9):
                cell.protection = open_cell
            else:
                cell.fill = grey
            if col in (5, 6, 8):
                cell.number_format = "0.##"
    points = DataValidation(
        type="decimal", operator="between", formula1="0", formula2="1000", allow_blank=True,
        showErrorMessage=True, error="Điểm từ 0 đến điểm tối đa của tiêu chí.",
    )  # fmt: skip
    ws.add_data_validation(points)
    last = max(len(lay.lines) + 1, 2)
    points.add(f"F2:F{last}")
    points.add(f"H2:H{last}")
    ws.protection.sheet = True
    ws.protection.formatColumns = False

    meta = wb.create_sheet(META_SHEET)
    for key, value in {
        "format": FORMAT, "version": VERSION, "kind": "cluster-scores",
        "campaign": lay.cluster_code, "year": str(lay.year), "unit": "", "office": lay.office,
        "app_version": __version__,
        "created": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
    }.items():  # fmt: skip
        meta.append([key, value])
    meta.sheet_state = "veryHidden"
    wb.active = 1
    return _save(wb, out)
