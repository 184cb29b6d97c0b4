"""Report fixtures: the bundled font (reproducible output), a plain document, PDF text per page."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

# Before any report registers its font: the same font on every machine.
os.environ["THIDUA_REPORT_FONT"] = "bundled"

from thidua_desktop.reports.document import DocumentSpec, Signer

MakeSpec = Callable[..., DocumentSpec]
ReadPdf = Callable[[Path], list[str]]


@pytest.fixture
def make_spec() -> MakeSpec:
    """A district Phòng Nội vụ report; keyword arguments replace any field."""

    def make(**fields: Any) -> DocumentSpec:
        values: dict[str, Any] = {
            "issuer_parent": "UBND QUẬN NINH KIỀU",
            "issuer": "PHÒNG NỘI VỤ",
            "number_symbol": "Số: 15/BC-PNV",
            "place": "Ninh Kiều",
            "date": date(2023, 1, 5),
            "subject": "Kết quả phong trào thi đua năm 2022",
            "recipients": ["Như trên;", "- Lưu: VT, NV."],
            "signer": Signer(
                title="TRƯỞNG PHÒNG", name="Trần Thị Bích", authority=["KT. CHỦ TỊCH"]
            ),
        }
        values.update(fields)
        return DocumentSpec(**values)

    return make


@pytest.fixture
def read_pdf() -> ReadPdf:
    """The text of each page of a PDF, as pypdf extracts it."""

    def read(path: Path) -> list[str]:
        from pypdf import PdfReader

        return [page.extract_text() for page in PdfReader(path).pages]

    return read
