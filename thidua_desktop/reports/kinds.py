"""The kinds of report, importable without the report machinery (the command line lists them)."""

from __future__ import annotations

from collections.abc import Mapping

KINDS: Mapping[str, str] = {
    "campaign": "Kết quả thực hiện các chỉ tiêu thi đua",
    "security": 'Xã, phường, thị trấn "an toàn về ANTT" và "3 không"',
    "rural": "Kết quả xây dựng nông thôn mới",
    "summary": "Tổng hợp kết quả công tác thi đua",
}
