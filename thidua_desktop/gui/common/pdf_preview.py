"""A PDF shown inside a window (the Báo cáo page, the certificates dialog): QtPdf's view in a
stacked widget, fed from bytes. QtPdf is an add-on (PySide6-Pdf): imported only when used."""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWidgets import QStackedWidget


def pdf_view_available() -> bool:
    """Whether the QtPdf add-on (PySide6-Pdf) works here: the preview needs it. Importing it
    is the only sure test (a frozen build may ship the module without the Qt library)."""
    try:
        importlib.import_module("PySide6.QtPdfWidgets")
    except ImportError:
        return False
    return True


def show_pdf(owner: Any, stack: QStackedWidget, data: bytes, *, whole_page: bool) -> None:
    """Show `data` in `owner`'s PDF view, made on first use and added to `stack`. The owner
    keeps `pdf_document`, `pdf_view` and `_preview_data` (the buffer the document reads from
    for as long as it is shown). `whole_page`: fit each page in the view, else its width."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    if owner.pdf_view is None:
        owner.pdf_document = QPdfDocument(owner)
        owner.pdf_view = QPdfView()
        owner.pdf_view.setDocument(owner.pdf_document)
        owner.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        owner.pdf_view.setZoomMode(
            QPdfView.ZoomMode.FitInView if whole_page else QPdfView.ZoomMode.FitToWidth
        )
        owner.pdf_view.setPageSpacing(12)
        stack.addWidget(owner.pdf_view)
    buffer = QBuffer(owner)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    owner.pdf_document.close()
    owner.pdf_document.load(buffer)
    if owner._preview_data is not None:
        owner._preview_data.deleteLater()
    owner._preview_data = buffer
    stack.setCurrentWidget(owner.pdf_view)
