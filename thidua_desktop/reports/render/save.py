"""Save a document as the file a person chose: PDF, Excel or Word by the extension."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from thidua_desktop.domain.errors import UserError

if TYPE_CHECKING:
    from thidua_desktop.reports.document import DocumentSpec


def save_report(spec: DocumentSpec, path: str | os.PathLike[str]) -> Path:
    """Save `spec` as PDF, Excel or Word (an editable draft), chosen by the file name's
    extension (.pdf, .xlsx or .docx)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".pdf":
        from thidua_desktop.reports.render.pdf import render_pdf

        render_pdf(spec, target)
    elif suffix == ".xlsx":
        from thidua_desktop.reports.render.xlsx import workbook_from_document, write_workbook

        write_workbook(workbook_from_document(spec), target)
    elif suffix == ".docx":
        from thidua_desktop.reports.render.docx import render_docx

        render_docx(spec, target)
    else:
        raise UserError(
            f'Không lưu được báo cáo dạng "{target.suffix or target.name}". '
            "Hãy chọn tệp .pdf, .xlsx hoặc .docx."
        )
    return target
