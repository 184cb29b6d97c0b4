"""Excel in and out (DESIGN §4, `sheet template` / `sheet import`): a template filled by a script
gives what the grid gives; an office's own workbook (merged headers, numbers as text, a TCVN3
name) imports after its preview; a refused value names its cell and changes nothing; hostile
workbooks are refused or neutralised with a message."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from thidua_desktop.domain.awards.types import RecipientClass
from thidua_desktop.domain.errors import UserError
from thidua_desktop.exchange.sheets import workbook as workbook_module
from thidua_desktop.exchange.sheets.operations import import_workbook, write_template
from thidua_desktop.exchange.sheets.workbook import SheetError
from thidua_desktop.paths import DataDir
from thidua_desktop.services.campaigns.results import result_grid, save_results
from thidua_desktop.services.campaigns.rows import ResultEdit
from thidua_desktop.services.core.locks import lock_year
from thidua_desktop.store.engine import Database

from ...engines import Templates

CAMPAIGN, YEAR = "CT10-2023", 2023


def grid_values(db: Database) -> dict[tuple[str, str], Decimal | None]:
    grid = result_grid(db, campaign_code=CAMPAIGN, year=YEAR)
    return {
        (u.code, i.code): grid.cells[(u.id, i.id)].value
        for u in grid.units
        for i in grid.indicators
    }


def fill_template(path: Path, values: dict[tuple[str, str], object]) -> None:
    """What a unit does with the template: types values into the white cells, saves."""
    wb = load_workbook(path)
    ws = wb["Số liệu"]
    codes = {ws.cell(5, c).value: c for c in range(4, ws.max_column + 1)}
    rows = {ws.cell(r, 2).value: r for r in range(6, ws.max_row + 1)}
    for (unit, indicator), value in values.items():
        ws.cell(rows[unit], codes[indicator]).value = value
    wb.save(path)


def test_a_filled_template_gives_what_the_grid_gives(
    demo_db: Database, data_dir: DataDir, templates: Templates, tmp_path: Path
) -> None:
    template = write_template(
        demo_db, kind="results", year=YEAR, campaign=CAMPAIGN, out=tmp_path / "mẫu #1 ?%.xlsx"
    )
    typed: dict[tuple[str, str], object] = {
        ("916", "GRDP"): 9.5,  # a number cell
        ("916", "BHYT"): "92,45",  # text as people type it
        ("918", "VON_DT"): "43.000",  # thousands grouped with dots
        ("918", "HO_NGHEO"): 0.125,  # 1,125 in Excel is the number 1.125, never 1125
        ("919", "LD_DAO_TAO"): 81,
    }
    fill_template(template, typed)
    report = import_workbook(data_dir, demo_db, template)
    assert report.applied and not report.problems and report.backup
    assert len(report.changes) + report.unchanged == len(typed)

    # The same values typed into the results grid of another copy of the same database.
    other_dir = DataDir(tmp_path / "khác")
    other = templates.open_copy("demo", other_dir)
    try:
        edits = [ResultEdit(u, i, str(v).replace(".", ",") if isinstance(v, float) else str(v))
                 for (u, i), v in typed.items()]  # fmt: skip
        assert not save_results(other, campaign_code=CAMPAIGN, year=YEAR, edits=edits).problems
        assert grid_values(demo_db) == grid_values(other)
    finally:
        other.close()
    assert grid_values(demo_db)[("918", "VON_DT")] == Decimal("43000")
    assert grid_values(demo_db)[("918", "HO_NGHEO")] == Decimal("0.13")  # 2 places, half up
    # Imported again: nothing changes, nothing is backed up again.
    again = import_workbook(data_dir, demo_db, template)
    assert not again.changes and again.unchanged == len(typed) and not again.applied


def office_workbook(path: Path, *, bad_value: str | None = None) -> Path:
    """A district's own report: title rows, a two-row header with merged cells, names (one
    typed with the TCVN3 font), numbers as text, a totals row."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Báo cáo"
    ws["A1"] = "UBND THÀNH PHỐ CẦN THƠ"
    ws["A2"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2023"
    ws["A4"], ws["B4"], ws["C4"], ws["E4"] = "STT", "Đơn vị", "Chỉ tiêu kinh tế", "Xã hội"
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    ws.merge_cells("C4:D4")
    ws["C5"] = "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) (%)"
    ws["D5"] = "Tổng vốn đầu tư toàn xã hội (tỷ đồng)"
    ws["E5"] = "BHYT"  # a column headed by the indicator's code
    rows = [
        (1, "Quận Bình Thủy", "9,8", "43.000", bad_value or "93,1"),
        (2, "HuyÖn VÜnh Th¹nh", 10.2, "3.700", "92,5"),  # TCVN3 (.VnTime)
        (3, "Cái Răng", "9,6", None, None),  # the kind word left out; empty cells
        (None, "Tổng cộng", "29,6", "46.700", None),
    ]
    for offset, row in enumerate(rows):
        for col, value in enumerate(row, start=1):
            ws.cell(6 + offset, col, value)
    wb.save(path)
    return path


def test_an_offices_own_workbook_imports_after_its_preview(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    book = office_workbook(tmp_path / "báo cáo quận #2.xlsx")
    before = grid_values(demo_db)
    with pytest.raises(UserError, match="phong trào và năm"):
        import_workbook(data_dir, demo_db, book, dry_run=True)
    preview = import_workbook(data_dir, demo_db, book, campaign=CAMPAIGN, year=YEAR, dry_run=True)
    assert not preview.problems and not preview.applied
    assert grid_values(demo_db) == before  # a preview writes nothing
    assert [(c.original, c.converted) for c in preview.conversions] == [
        ("HuyÖn VÜnh Th¹nh", "Huyện Vĩnh Thạnh")
    ]
    assert any("dòng tổng" in n for n in preview.notes)
    assert preview.empty == 2
    changed = {(c.unit_code, c.field): c.new for c in preview.changes}
    assert changed[("918", "VON_DT")] == "43.000"
    assert changed[("924", "GRDP")] == "10,20"
    assert ("919", "GRDP") in changed  # "Cái Răng" is Quận Cái Răng
    done = import_workbook(data_dir, demo_db, book, campaign=CAMPAIGN, year=YEAR)
    assert done.applied
    after = grid_values(demo_db)
    assert after[("918", "BHYT")] == Decimal("93.10")
    assert after[("924", "VON_DT")] == Decimal("3700")
    assert after[("919", "VON_DT")] == before[("919", "VON_DT")]  # empty cell: kept


def test_a_refused_value_names_its_cell_and_changes_nothing_unless_skipped(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    book = office_workbook(tmp_path / "có lỗi.xlsx", bad_value="chín mươi")
    before = grid_values(demo_db)
    report = import_workbook(data_dir, demo_db, book, campaign=CAMPAIGN, year=YEAR)
    assert report.blocked and not report.applied
    assert [(p.origin.sheet, p.origin.row, p.origin.cell) for p in report.problems if p.origin] == [
        ("Báo cáo", 6, "E6")
    ]
    assert "Báo cáo" in str(report.problems[0]) and "cột E" in str(report.problems[0])
    assert grid_values(demo_db) == before
    skipped = import_workbook(
        data_dir, demo_db, book, campaign=CAMPAIGN, year=YEAR, skip_invalid=True
    )
    assert skipped.applied and skipped.skipped == 1
    after = grid_values(demo_db)
    assert (
        after[("918", "GRDP")] == Decimal("9.80")
        and after[("918", "BHYT")] == before[("918", "BHYT")]
    )


def test_a_unit_that_no_longer_exists_says_so(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Tên đơn vị", "BHYT"])
    ws.append(["Quận Ninh Kiều", "90"])  # ended 30/06/2025: a successor gets 2026's figures
    ws.append(["Phường Ninh Kiều", "91"])  # today's ward: found
    ws.append(["Xã Không Có", "92"])
    path = tmp_path / "xã.xlsx"
    wb.save(path)
    report = import_workbook(data_dir, demo_db, path, campaign="TD-2026", year=2026, dry_run=True)
    messages = [p.message for p in report.problems]
    assert len(messages) == 2 and [c.unit_code for c in report.changes] == ["31135"]
    assert any("không còn từ 01/07/2025" in m for m in messages), messages
    assert any("Không tìm thấy đơn vị “Xã Không Có”" in m for m in messages), messages


def test_a_locked_year_refuses_the_whole_workbook(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    book = office_workbook(tmp_path / "khóa.xlsx")
    lock_year(demo_db, YEAR, note="Đã tổng kết")
    before = grid_values(demo_db)
    with pytest.raises(UserError, match="khóa sổ"):
        import_workbook(data_dir, demo_db, book, campaign=CAMPAIGN, year=YEAR)
    assert grid_values(demo_db) == before


def test_a_formula_excel_never_computed_is_refused_by_its_cell(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Mã đơn vị", "BHYT", "GRDP"])
    ws.append(["916", "=90+1", '=HYPERLINK("http://x")'])
    ws["C2"].data_type = "s"  # formula-like text: a text, never run
    path = tmp_path / "công thức.xlsx"
    wb.save(path)
    report = import_workbook(data_dir, demo_db, path, campaign=CAMPAIGN, year=YEAR, dry_run=True)
    by_cell = {p.origin.cell: p.message for p in report.problems if p.origin}
    assert "chưa lưu kết quả" in by_cell["B2"]
    assert "C2" in by_cell  # "=HYPERLINK(…)" is not a number


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"TT;Don vi;BHYT\n1;916;90\n", "không phải tệp Excel"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "mật khẩu hoặc tệp Excel cũ"),
        (zip_bytes({"word/document.xml": b"<w/>"}), "không phải sổ làm việc"),
        (zip_bytes({"xl/workbook.xml": b"<x/>", "xl/big.xml": b"\0" * (20 * 1024 * 1024)}),
         "giải nén ra quá lớn"),
        (zip_bytes({"xl/workbook.xml": b"not xml"}), "bị hỏng"),
    ],
)  # fmt: skip
def test_files_that_are_not_usable_workbooks_are_refused_with_a_message(
    demo_db: Database, data_dir: DataDir, tmp_path: Path, content: bytes, said: str
) -> None:
    path = tmp_path / "tệp lạ.xlsx"
    path.write_bytes(content)
    before = grid_values(demo_db)
    with pytest.raises(SheetError, match=said):
        import_workbook(data_dir, demo_db, path, campaign=CAMPAIGN, year=YEAR)
    assert grid_values(demo_db) == before


def test_macros_are_never_run_and_links_never_followed(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    source = office_workbook(tmp_path / "gốc.xlsx")
    with zipfile.ZipFile(source) as original:
        members = {n: original.read(n) for n in original.namelist()}
    members["xl/vbaProject.bin"] = b'Attribute VB_Name = "Module1"\nShell "cmd"'
    members["xl/externalLinks/externalLink1.xml"] = b"<externalLink/>"
    path = tmp_path / "có macro.xlsm"
    path.write_bytes(zip_bytes(members))
    report = import_workbook(data_dir, demo_db, path, campaign=CAMPAIGN, year=YEAR, dry_run=True)
    assert any("macro không được chạy" in n for n in report.notes)
    assert any("liên kết tới tệp khác" in n for n in report.notes)
    assert report.changes and not report.problems


def test_a_sheet_of_too_many_rows_is_refused(
    demo_db: Database, data_dir: DataDir, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workbook_module, "MAX_ROWS", 50)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Mã đơn vị", "BHYT"])
    for _ in range(60):
        ws.append(["916", "90"])
    path = tmp_path / "dài.xlsx"
    wb.save(path)
    with pytest.raises(SheetError, match="hơn 50 dòng"):
        import_workbook(data_dir, demo_db, path, campaign=CAMPAIGN, year=YEAR)


def test_a_missing_or_locked_file_is_a_message(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    with pytest.raises(SheetError, match="Không mở được"):
        import_workbook(data_dir, demo_db, tmp_path / "không có.xlsx", campaign=CAMPAIGN, year=YEAR)
    template = write_template(demo_db, kind="results", year=YEAR, campaign=CAMPAIGN,
                              out=tmp_path / "m.xlsx")  # fmt: skip
    with pytest.raises(UserError, match="Không có loại mẫu “subunit”"):
        write_template(demo_db, kind="subunit", year=YEAR, out=tmp_path / "s.xlsx")
    assert template.exists()


def test_a_filled_targets_template_gives_what_the_target_table_gives(
    demo_db: Database, data_dir: DataDir, templates: Templates, tmp_path: Path
) -> None:
    from thidua_desktop.services.campaigns.target_grid import save_target_grid, target_grid

    template = write_template(
        demo_db, kind="targets", year=2026, campaign="TD-2026", out=tmp_path / "giao #1.xlsx"
    )
    wb = load_workbook(template)
    ws = wb["Số liệu"]
    codes = {ws.cell(5, c).value: c for c in range(4, ws.max_column + 1)}
    rows = {ws.cell(r, 2).value: r for r in range(6, ws.max_row + 1)}
    typed = {("31135", "GRDP"): "10 - 10,5", ("31135", "BHYT"): 95.5, ("31120", "VON_DT"): "5.600"}
    for (unit, indicator), value in typed.items():
        ws.cell(rows[unit], codes[indicator]).value = value
    ws.cell(rows["31147"], codes["BHYT"]).value = "nhiều"  # refused, named by its cell
    wb.save(template)

    refused = import_workbook(data_dir, demo_db, template)
    assert refused.blocked and refused.problems[0].origin is not None
    assert refused.problems[0].origin.row == rows["31147"]
    report = import_workbook(data_dir, demo_db, template, skip_invalid=True)
    assert report.applied and report.skipped == 1
    assert {c.new for c in report.changes} >= {"10 - 10,5", "5.600"}

    other = templates.open_copy("demo", DataDir(tmp_path / "khác"))
    try:
        texts = {key: str(v).replace(".", ",") if isinstance(v, float) else str(v)
                 for key, v in typed.items()}  # fmt: skip
        save_target_grid(other, campaign_code="TD-2026", year=2026, texts=texts)
        ours = target_grid(demo_db, campaign_code="TD-2026", year=2026).texts
        theirs = target_grid(other, campaign_code="TD-2026", year=2026).texts
        assert ours == theirs
    finally:
        other.close()


def test_a_filled_security_template_gives_what_the_editor_gives(
    demo_db: Database, data_dir: DataDir, templates: Templates, tmp_path: Path
) -> None:
    from thidua_desktop.services.security.edit import set_security
    from thidua_desktop.services.security.status import security_overview

    template = write_template(demo_db, kind="security", year=2026, out=tmp_path / "3k #1.xlsx")
    wb = load_workbook(template)
    ws = wb["Số liệu"]
    codes = {ws.cell(5, c).value: c for c in range(4, ws.max_column + 1)}
    assert list(codes) == ["crime", "drugs", "prostitution", "antt", "share"]
    rows = {ws.cell(r, 2).value: r for r in range(6, ws.max_row + 1)}
    assert len(rows) == 103  # the province's communes today
    typed = {
        "31135": {"crime": "đạt", "drugs": "chưa đạt", "antt": "đạt", "share": "85,5"},
        "31120": {"prostitution": "chưa đánh giá", "share": 72},
    }
    for unit, cells in typed.items():
        for field, value in cells.items():
            ws.cell(rows[unit], codes[field]).value = value
    ws.cell(rows["31147"], codes["share"]).value = "120"  # refused: a share above 100%
    wb.save(template)

    refused = import_workbook(data_dir, demo_db, template)
    assert refused.blocked and [p.origin.row for p in refused.problems if p.origin] == [
        rows["31147"]
    ]
    before = security_overview(demo_db, year=2026)
    done = import_workbook(data_dir, demo_db, template, skip_invalid=True)
    assert done.applied and done.skipped == 1

    other = templates.open_copy("demo", DataDir(tmp_path / "khác"))
    try:
        set_security(other, unit_code="31135", year=2026, antt="met", recognised_share="85,5",
                     components={"crime": "met", "drugs": "not_met"})  # fmt: skip
        set_security(other, unit_code="31120", year=2026, recognised_share="72",
                     components={"prostitution": "pending"})  # fmt: skip
        ours, theirs = security_overview(demo_db, year=2026), security_overview(other, year=2026)
        assert ours.units == theirs.units and ours.units != before.units
    finally:
        other.close()


def test_a_filled_rural_template_gives_what_the_checklist_gives(
    demo_db: Database, data_dir: DataDir, templates: Templates, tmp_path: Path
) -> None:
    from thidua_desktop.services.rural.edit import set_criterion
    from thidua_desktop.services.rural.status import rural_overview

    template = write_template(demo_db, kind="rural", year=2025, out=tmp_path / "ntm #1.xlsx")
    wb = load_workbook(template)
    ws = wb["Số liệu"]
    codes = {str(ws.cell(5, c).value): c for c in range(4, ws.max_column + 1)}
    assert len(codes) == 19
    rows = {ws.cell(r, 2).value: r for r in range(6, ws.max_row + 1)}
    assert "31135" not in rows  # a phường is not an NTM subject
    xa = sorted(rows)[:2]
    typed = {(xa[0], "1"): "đạt", (xa[0], "17"): "chưa đạt", (xa[1], "5"): "x"}
    for (unit, code), value in typed.items():
        ws.cell(rows[unit], codes[code]).value = value
    ws.cell(rows[xa[1]], codes["6"]).value = "có lẽ"  # refused: neither đạt nor chưa đạt
    wb.save(template)

    refused = import_workbook(data_dir, demo_db, template)
    assert refused.blocked and "có lẽ" in refused.problems[0].message
    done = import_workbook(data_dir, demo_db, template, skip_invalid=True)
    assert done.applied and done.skipped == 1

    other = templates.open_copy("demo", DataDir(tmp_path / "khác"))
    try:
        for (unit, code), value in typed.items():
            set_criterion(other, unit_code=unit, year=2025, set_code="ntm", criterion=code,
                          met=value != "chưa đạt")  # fmt: skip
        ours, theirs = rural_overview(demo_db, year=2025), rural_overview(other, year=2025)
        # What the checklist shows (the recognitions' generated identifiers aside: on a server
        # each copy of the demonstration is loaded on its own).
        assert [(c.unit_code, c.level, c.scores) for c in ours.communes] == [
            (c.unit_code, c.level, c.scores) for c in theirs.communes
        ]
    finally:
        other.close()


def test_a_filled_award_lines_template_adds_the_lines_the_form_adds(
    demo_db: Database, data_dir: DataDir, templates: Templates, tmp_path: Path
) -> None:
    import datetime as dt

    from thidua_desktop.domain.awards.types import Category, Gender, RecipientType
    from thidua_desktop.services.awards.edit import add_line, create_proposal
    from thidua_desktop.services.awards.proposals import get_proposal
    from thidua_desktop.services.awards.recipients import save_recipient
    from thidua_desktop.services.awards.rows import LineEntry, ProposalEntry, RecipientEntry

    header = ProposalEntry("31135", 2026, "Đề nghị tặng danh hiệu năm 2026", dt.date(2026, 11, 20))
    pid = create_proposal(demo_db, header).proposal.id
    template = write_template(demo_db, kind="award-lines", year=2026, out=tmp_path / "ds #1.xlsx")
    wb = load_workbook(template)
    ws = wb["Danh sách"]
    rows = [
        ["cá nhân", "Nguyễn Thị Hoa", "31135", "", "Nữ", 1985, "Công chức", "công chức", "",
         "LĐTT", "", "Hoàn thành xuất sắc nhiệm vụ", None, None],
        ["tập thể", "Tổ dân phố 3", "", "Phường Ninh Kiều", "", None, "", "", "", "ttldtt", "",
         "", 25, 20],
        ["cá nhân", "Lê Văn Ba", "31135", "", "", 1990, "", "", "", "LĐTT", "", "", None, None],
    ]  # fmt: skip
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c).value = value
    wb.save(template)

    with pytest.raises(UserError, match="--proposal"):
        import_workbook(data_dir, demo_db, template)
    refused = import_workbook(data_dir, demo_db, template, proposal=pid)
    assert refused.blocked and refused.problems[0].origin is not None
    assert refused.problems[0].origin.row == 4 and "giới tính" in refused.problems[0].message
    assert get_proposal(demo_db, pid).lines == ()  # nothing of the refused workbook
    done = import_workbook(data_dir, demo_db, template, proposal=pid, skip_invalid=True)
    assert done.applied and len(done.changes) == 2 and done.skipped == 1

    other = templates.open_copy("demo", DataDir(tmp_path / "khác"))
    try:
        other_pid = create_proposal(other, header).proposal.id
        hoa = save_recipient(other, RecipientEntry(RecipientType.INDIVIDUAL, "31135",
                             "Nguyễn Thị Hoa", Gender.FEMALE, 1985, "Công chức",
                             Category.CIVIL_SERVANT))  # fmt: skip
        add_line(other, other_pid, LineEntry(hoa.id, "ldtt",
                 achievement="Hoàn thành xuất sắc nhiệm vụ"))  # fmt: skip
        to = save_recipient(
            other, RecipientEntry(RecipientType.COLLECTIVE, "31135", "Tổ dân phố 3")
        )
        add_line(other, other_pid, LineEntry(to.id, "ttldtt", members=25, qualified=20))

        def shape(lines: object) -> list[tuple[object, ...]]:
            return [(line.recipient.name, line.award_code, line.members, line.qualified,
                     line.achievement) for line in lines]  # type: ignore[attr-defined]  # fmt: skip

        assert shape(get_proposal(demo_db, pid).lines) == shape(
            get_proposal(other, other_pid).lines
        )
    finally:
        other.close()


def test_the_statistics_class_comes_from_its_column(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    import datetime as dt

    from thidua_desktop.domain.awards.types import Category, Gender, RecipientType
    from thidua_desktop.services.awards.edit import create_proposal
    from thidua_desktop.services.awards.proposals import get_proposal
    from thidua_desktop.services.awards.recipients import save_recipient
    from thidua_desktop.services.awards.rows import ProposalEntry, RecipientEntry

    known = save_recipient(demo_db, RecipientEntry(RecipientType.INDIVIDUAL, "31135",
                           "Trần Văn Tư", Gender.MALE, 1970, "Phó Chủ tịch UBND phường",
                           Category.CIVIL_SERVANT))  # fmt: skip
    header = ProposalEntry("31135", 2026, "Đề nghị tặng Giấy khen năm 2026", dt.date(2026, 11, 20))
    pid = create_proposal(demo_db, header).proposal.id
    template = write_template(demo_db, kind="award-lines", year=2026, out=tmp_path / "ds.xlsx")
    wb = load_workbook(template)
    ws = wb["Danh sách"]
    assert ws.cell(1, 9).value == "Phân loại thống kê"
    rows = [
        ["tập thể", "Hợp tác xã Rau sạch Ninh Kiều", "31135", "", "", None, "", "", "hợp tác xã",
         "giay_khen_xa", "", "Sản xuất giỏi", None, None],
        ["cá nhân", "Trần Văn Tư", "31135", "", "Nam", 1970, "Phó Chủ tịch UBND phường",
         "công chức", "LEADER_OTHER", "giay_khen_xa", "", "Hoàn thành xuất sắc nhiệm vụ", None,
         None],
        ["tập thể", "Công ty TNHH Bình Minh", "31135", "", "", None, "", "", "doanh nhân",
         "giay_khen_xa", "", "", None, None],
    ]  # fmt: skip
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c).value = value
    wb.save(template)

    done = import_workbook(data_dir, demo_db, template, proposal=pid, skip_invalid=True)
    assert done.applied and len(done.changes) == 2 and done.skipped == 1
    assert done.problems[0].origin is not None and done.problems[0].origin.row == 4
    classes = {line.recipient.name: line.recipient.stat_class for line in get_proposal(
        demo_db, pid).lines}  # fmt: skip
    assert classes == {
        "Hợp tác xã Rau sạch Ninh Kiều": RecipientClass.COOPERATIVE,
        "Trần Văn Tư": RecipientClass.LEADER_OTHER,
    }
    again = [line.recipient.id for line in get_proposal(demo_db, pid).lines]
    assert known.id in again  # the recipient already kept, now counted as a leader
    said = {change.new_label for change in done.changes}
    assert "Trần Văn Tư (cá nhân; phân loại: lãnh đạo khác từ phó phòng trở lên)" in said


def test_an_offices_phan_loai_column_is_not_the_statistics_class(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    import datetime as dt

    from openpyxl import Workbook

    from thidua_desktop.services.awards.edit import create_proposal
    from thidua_desktop.services.awards.proposals import get_proposal
    from thidua_desktop.services.awards.rows import ProposalEntry

    header = ProposalEntry("31135", 2026, "Đề nghị tặng danh hiệu năm 2026", dt.date(2026, 11, 20))
    pid = create_proposal(demo_db, header).proposal.id
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Họ và tên", "Giới tính", "Đối tượng", "Danh hiệu", "Phân loại"])
    ws.append(["Nguyễn Thị Hoa", "Nữ", "công chức", "LĐTT", "Hoàn thành xuất sắc nhiệm vụ"])
    path = tmp_path / "danh sách của phường.xlsx"
    wb.save(path)
    done = import_workbook(data_dir, demo_db, path, kind="award-lines", proposal=pid)
    assert done.applied and not done.problems
    assert [line.recipient.stat_class for line in get_proposal(demo_db, pid).lines] == [None]


def test_a_numeric_cell_meets_the_same_limits_as_typed_text(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    # A number stored as a number is read without its text, and refused the same way.
    template = write_template(
        demo_db, kind="results", year=YEAR, campaign=CAMPAIGN, out=tmp_path / "so.xlsx"
    )
    fill_template(
        template,
        {("916", "GRDP"): 1e16, ("916", "BHYT"): 150, ("918", "BHYT"): Decimal("92.456")},
    )
    preview = import_workbook(data_dir, demo_db, template, dry_run=True)
    refused = {p.origin.cell: p.message for p in preview.problems if p.origin}
    assert any("quá lớn" in m for m in refused.values())
    assert any("100" in m for m in refused.values())  # BHYT is a share: at most 100
    changed = {(c.unit_code, c.field): c.new for c in preview.changes}
    assert changed == {("918", "BHYT"): "92,46"}  # rounded half up to the indicator's places
