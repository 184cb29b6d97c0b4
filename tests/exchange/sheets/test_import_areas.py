"""Khu dân cư from Excel (`sheet template subunits`, `sheet import`): the filled template gives
what the list gives; an office's own list (TCVN3 names, another header) imports after its
preview; a refused row names its cell and changes nothing unless skipped."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from thidua_desktop.domain.security import AreaKind, Assessment
from thidua_desktop.exchange.sheets.operations import import_workbook, write_template
from thidua_desktop.paths import DataDir
from thidua_desktop.services.security.areas import residential_areas, save_areas
from thidua_desktop.services.security.rows import AreaEntry
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit
from thidua_desktop.store.models.security import SecurityStatus

from ...engines import Templates

YEAR = 2026
MET, NOT_MET = Assessment.MET, Assessment.NOT_MET


def listed(db: Database, code: str) -> list[tuple[str, AreaKind, Assessment, str]]:
    view = residential_areas(db, unit_code=code, year=YEAR)
    return [(a.name, a.kind, a.status, a.note) for a in view.areas]


def test_a_filled_template_gives_what_the_list_gives(
    demo_db: Database, data_dir: DataDir, templates: Templates, tmp_path: Path
) -> None:
    save_areas(
        demo_db, unit_code="31135", year=YEAR,
        entries=[AreaEntry(None, "Khu vực 1", AreaKind.KHU_VUC, NOT_MET)],
    )  # fmt: skip
    template = write_template(demo_db, kind="subunits", year=YEAR, out=tmp_path / "kdc #1 ?.xlsx")
    wb = load_workbook(template)
    ws = wb["Khu dân cư"]
    assert [c.value for c in ws[1]][:5] == [
        "Mã xã", "Tên xã, phường", "Tên khu dân cư (thôn, ấp, khu vực, tổ dân phố)", "Loại",
        "Kết quả an toàn về ANTT",
    ]  # fmt: skip
    rows = {(ws.cell(r, 1).value, ws.cell(r, 3).value): r for r in range(2, 105)}
    assert len({code for code, _ in rows}) == 103  # every commune of the province today
    assert ("31135", "Khu vực 1") in rows and ("31120", None) in rows
    assert ws.protection.sheet and ws.cell(2, 1).protection.locked
    assert not ws.cell(2, 3).protection.locked
    ws.cell(rows[("31135", "Khu vực 1")], 5).value = "đạt"
    spare = ws.max_row + 1 if ws.max_row < 110 else 105
    typed = [
        ("31135", "", "Khu vực 2", "", "đạt", "QĐ 12/QĐ-UBND"),
        ("31135", "", "Khu vực 3", "khu vực", "chưa đạt", ""),
        ("", "Phường Cái Khế", "Khu vực 9", "", "tốt", ""),  # refused: no such result
    ]
    for offset, values in enumerate(typed):
        for col, value in enumerate(values, start=1):
            ws.cell(spare + offset, col).value = value or None
    row = rows[("31120", None)]
    ws.cell(row, 3).value, ws.cell(row, 5).value = "Ấp Thạnh Phú", "đạt"
    wb.save(template)

    refused = import_workbook(data_dir, demo_db, template)
    assert refused.blocked and not refused.applied
    assert [(p.origin.row, p.origin.column) for p in refused.problems if p.origin] == [
        (spare + 2, 1)
    ]
    assert "Tình trạng không hợp lệ" in refused.problems[0].message
    assert listed(demo_db, "31135") == [("Khu vực 1", AreaKind.KHU_VUC, NOT_MET, "")]

    done = import_workbook(data_dir, demo_db, template, skip_invalid=True)
    assert done.applied and done.skipped == 1 and done.backup
    shares = {c.unit_code: c.new for c in done.changes if c.field == "share"}
    assert shares == {"31135": "66,67", "31120": "100,00"}

    other = templates.open_copy("demo", DataDir(tmp_path / "khác"))
    try:
        save_areas(
            other, unit_code="31135", year=YEAR,
            entries=[
                AreaEntry(None, "Khu vực 1", AreaKind.KHU_VUC, MET),
                AreaEntry(None, "Khu vực 2", AreaKind.KHU_VUC, MET, "QĐ 12/QĐ-UBND"),
                AreaEntry(None, "Khu vực 3", AreaKind.KHU_VUC, NOT_MET),
            ],
        )  # fmt: skip
        save_areas(
            other, unit_code="31120", year=YEAR,
            entries=[AreaEntry(None, "Ấp Thạnh Phú", AreaKind.AP, MET)],
        )  # fmt: skip
        for code in ("31135", "31120"):
            assert listed(demo_db, code) == listed(other, code)
            ours = residential_areas(demo_db, unit_code=code, year=YEAR)
            theirs = residential_areas(other, unit_code=code, year=YEAR)
            assert ours.recorded_share == theirs.recorded_share
    finally:
        other.close()
    assert residential_areas(demo_db, unit_code="31135", year=YEAR).recorded_share == Decimal(
        "66.67"
    )

    # The same workbook again changes nothing; "không còn" ends an area from this year.
    again = import_workbook(data_dir, demo_db, template, skip_invalid=True)
    assert not again.applied and not [c for c in again.changes if c.field == "area"]
    wb = load_workbook(template)
    wb["Khu dân cư"].cell(spare + 1, 5).value = "không còn"
    wb.save(template)
    import_workbook(data_dir, demo_db, template, skip_invalid=True)
    assert [name for name, *_ in listed(demo_db, "31135")] == ["Khu vực 1", "Khu vực 2"]
    assert residential_areas(demo_db, unit_code="31135", year=YEAR).recorded_share == Decimal(
        "100.00"
    )


def office_list(path: Path) -> Path:
    """A commune's own list: title rows, its own headings (with the year), an ấp typed with the
    TCVN3 font, a totals row."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "DS ấp"
    ws["A1"] = "DANH SÁCH ẤP ĐẠT AN TOÀN VỀ AN NINH, TRẬT TỰ NĂM 2026"
    ws.append([])
    ws.append(["STT", "Xã, phường", "Tên ấp", "Kết quả ANTT năm 2026", "Ghi chú"])
    ws.append([1, "Cái Khế", "Ấp Mỹ Hòa", "Đạt", None])
    ws.append([2, "Cái Khế", "Th«n Th¹nh Lîi", "chưa đạt", "2 vụ trộm cắp"])  # TCVN3
    ws.append([None, "Tổng cộng", None, None, None])
    wb.save(path)
    return path


def test_an_offices_own_list_imports_after_its_preview(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    path = office_list(tmp_path / "Danh sách ấp %.xlsx")
    preview = import_workbook(data_dir, demo_db, path, kind="subunits", year=YEAR, dry_run=True)
    assert not preview.problems and not preview.applied
    assert [(c.origin.cell, c.converted) for c in preview.conversions] == [("C5", "Thôn Thạnh Lợi")]
    assert [(c.origin.row, c.old, c.new) for c in preview.changes] == [
        (4, "chưa có", "Thêm “Ấp Mỹ Hòa” (ấp): đạt"),
        (5, "chưa có", "Thêm “Thôn Thạnh Lợi” (thôn): chưa đạt"),
        (4, "91,25", "50,00"),  # the commune's share follows its areas
    ]
    code = preview.changes[0].unit_code  # phường Cái Khế of today, found by its name
    assert listed(demo_db, code) == []  # nothing written by the preview
    done = import_workbook(data_dir, demo_db, path, kind="subunits", year=YEAR)
    assert done.applied
    assert listed(demo_db, code) == [
        ("Ấp Mỹ Hòa", AreaKind.AP, MET, ""),
        ("Thôn Thạnh Lợi", AreaKind.THON, NOT_MET, "2 vụ trộm cắp"),
    ]


def test_an_untouched_template_imports_nothing_and_a_sent_record_refuses_only_changes(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    save_areas(
        demo_db, unit_code="31135", year=YEAR,
        entries=[AreaEntry(None, "Ấp 1", AreaKind.AP, MET),
                 AreaEntry(None, "Ấp 2", AreaKind.AP, NOT_MET)],
    )  # fmt: skip
    with demo_db.transaction() as session:
        unit = session.scalars(
            select(AdminUnit).where(AdminUnit.code == "31135", AdminUnit.valid_to.is_(None))
        ).one()
        record = session.scalars(
            select(SecurityStatus).where(
                SecurityStatus.year == YEAR, SecurityStatus.unit_id == unit.id
            )
        ).one()
        record.owner_code = "31135"  # sent by the commune: read-only here
    template = write_template(demo_db, kind="subunits", year=YEAR, out=tmp_path / "kdc.xlsx")
    wb = load_workbook(template)
    ws = wb["Khu dân cư"]
    rows = {ws.cell(r, 3).value: r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value}
    # A listed area's name is protected (the import finds the area by it); a new row's is not.
    assert ws.cell(rows["Ấp 1"], 3).protection.locked
    assert not ws.cell(rows["Ấp 1"], 5).protection.locked
    assert not ws.cell(rows[None], 3).protection.locked
    preview = import_workbook(data_dir, demo_db, template, kind="subunits", year=YEAR, dry_run=True)
    assert preview.problems == [] and preview.changes == [] and preview.unchanged == 2
    ws.cell(rows["Ấp 2"], 5).value = "đạt"
    wb.save(tmp_path / "kdc2.xlsx")
    preview = import_workbook(
        data_dir, demo_db, tmp_path / "kdc2.xlsx", kind="subunits", year=YEAR, dry_run=True
    )
    assert [
        (p.origin.row if p.origin else None, "chỉ xem" in p.message) for p in preview.problems
    ] == [(rows["Ấp 2"], True)]
    assert preview.unchanged == 1


def test_a_heading_of_another_year_is_not_read_as_this_years(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["STT", "Mã xã", "Tên ấp", "Kết quả ANTT năm 2025", "Kết quả ANTT năm 2026"])
    ws.append([1, "31135", "Ấp A", "đạt", "chưa đạt"])
    wb.save(tmp_path / "two years.xlsx")
    preview = import_workbook(
        data_dir, demo_db, tmp_path / "two years.xlsx", kind="subunits", year=YEAR, dry_run=True
    )
    assert not preview.problems
    assert preview.changes[0].new == "Thêm “Ấp A” (ấp): chưa đạt"
    ws.delete_cols(5)
    wb.save(tmp_path / "last year.xlsx")
    preview = import_workbook(
        data_dir, demo_db, tmp_path / "last year.xlsx", kind="subunits", year=YEAR, dry_run=True
    )
    assert [(p.origin.cell if p.origin else None) for p in preview.problems] == ["D1"]
    assert "“Kết quả ANTT năm 2025” là số liệu của năm khác" in preview.problems[0].message
    assert listed(demo_db, "31135") == []


def test_rows_ending_an_unknown_area_are_noted_and_a_refused_row_does_not_block_the_next(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Mã xã", "Tên ấp", "Kết quả ANTT"])
    ws.append(["31135", "Ấp 9", "không còn"])  # never listed
    ws.append(["31135", "Ấp A", "tốt"])  # refused: no such result
    ws.append(["31135", "Ấp A", "đạt"])  # the corrected row
    wb.save(tmp_path / "sửa.xlsx")
    done = import_workbook(
        data_dir, demo_db, tmp_path / "sửa.xlsx", kind="subunits", year=YEAR, skip_invalid=True
    )
    assert done.applied and [p.origin.row for p in done.problems if p.origin] == [3]
    assert any("Dòng 2: “Ấp 9” không có trong danh sách năm 2026" in n for n in done.notes)
    assert listed(demo_db, "31135") == [("Ấp A", AreaKind.AP, MET, "")]
    assert residential_areas(demo_db, unit_code="31135", year=YEAR).recorded_share == Decimal(
        "100.00"
    )


def test_a_row_refused_after_its_area_was_found_leaves_no_trace(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    # Rows refused late (a later year holds the area's result); the corrected row after one
    # applies, and a commune whose rows were all refused keeps its share as it was typed.
    from thidua_desktop.services.security.edit import set_security

    def areas(code: str, year: int, *names: str) -> None:
        entries = [AreaEntry(None, name, AreaKind.AP, MET) for name in names]
        save_areas(demo_db, unit_code=code, year=year, entries=entries)

    areas("31135", YEAR, "Ấp 1", "Ấp 2")
    areas("31135", YEAR + 1, "Ấp 1")
    areas("31120", YEAR, "Ấp Z")
    areas("31120", YEAR + 1, "Ấp Z")
    set_security(demo_db, unit_code="31120", year=YEAR, recognised_share="90")
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Mã xã", "Tên khu dân cư", "Kết quả ANTT (năm 2026)"])
    ws.append(["31135", "Ấp 1", "không còn"])  # refused: its 2027 result would vanish
    ws.append(["31135", "Ấp 1", "chưa đạt"])  # the corrected row
    ws.append(["31120", "Ấp Z", "không còn"])  # refused for the same reason
    wb.save(tmp_path / "sửa lại.xlsx")
    done = import_workbook(
        data_dir, demo_db, tmp_path / "sửa lại.xlsx", kind="subunits", year=YEAR, skip_invalid=True
    )
    assert done.applied
    assert [p.origin.row for p in done.problems if p.origin] == [2, 4]
    assert listed(demo_db, "31135")[0] == ("Ấp 1", AreaKind.AP, NOT_MET, "")
    assert residential_areas(demo_db, unit_code="31120", year=YEAR).recorded_share == Decimal("90")
    assert not any(c.unit_code == "31120" for c in done.changes)
