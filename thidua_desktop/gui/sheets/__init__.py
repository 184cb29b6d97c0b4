"""Nhập từ Excel: the preview of a workbook import and its outcome (exchange/sheets)."""
