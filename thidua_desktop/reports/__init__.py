"""PDF (ReportLab) and XLSX (openpyxl) reports; the libraries load only when a report is made."""

from thidua_desktop.reports.document import (
    Block,
    Cell,
    CellValue,
    ChartBlock,
    Column,
    DocumentSpec,
    HeaderGroup,
    Heading,
    NewPage,
    Para,
    Series,
    Signer,
    TableBlock,
    format_number_symbol,
    pdf_bytes,
    render_pdf,
)
from thidua_desktop.reports.files import save_report, write_atomically
from thidua_desktop.reports.xlsx import (
    SheetSpec,
    WorkbookSpec,
    workbook_from_document,
    write_workbook,
)

__all__ = [
    "Block",
    "Cell",
    "CellValue",
    "ChartBlock",
    "Column",
    "DocumentSpec",
    "HeaderGroup",
    "Heading",
    "NewPage",
    "Para",
    "Series",
    "SheetSpec",
    "Signer",
    "TableBlock",
    "WorkbookSpec",
    "format_number_symbol",
    "pdf_bytes",
    "render_pdf",
    "save_report",
    "workbook_from_document",
    "write_atomically",
    "write_workbook",
]
