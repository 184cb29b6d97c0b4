"""PDF (ReportLab) and XLSX (openpyxl) reports; the libraries load only when a report is made."""

from importlib import import_module
from typing import Any

# Where each name lives. They are imported on first use: the command line imports
# `reports.kinds` to list the report kinds, and the window starts before any of this is needed.
_HOMES = {
    "document": (
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
        "Signer",
        "TableBlock",
        "format_number_symbol",
    ),
    "render.pdf": ("pdf_bytes", "render_pdf"),
    "render.save": ("save_report",),
    "render.files": ("write_atomically",),
    "render.xlsx": ("SheetSpec", "WorkbookSpec", "workbook_from_document", "write_workbook"),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{module}"), name)


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
