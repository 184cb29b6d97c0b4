"""The kinds of report, importable without the report machinery (the command line lists them)."""

from __future__ import annotations

from collections.abc import Mapping

KINDS: Mapping[str, str] = {
    "campaign": "Kết quả thực hiện các chỉ tiêu thi đua",
    "security": 'Xã, phường, thị trấn "an toàn về ANTT" và "3 không"',
    "rural": "Kết quả xây dựng nông thôn mới",
    "summary": "Tổng hợp kết quả công tác thi đua",
    "awards-money": "Tổng hợp tiền thưởng theo các quyết định khen thưởng của năm",
    "fund-ledger": "Sổ quỹ thi đua, khen thưởng",
}
# Documents about one record, not a year: `report KIND --year Y --id N` (the Khen thưởng page
# prints them for the proposal or decision in hand).
DOCUMENT_KINDS: Mapping[str, str] = {
    "awards-proposal": "Tờ trình đề nghị khen thưởng, kèm danh sách",
    "awards-decision": "Quyết định khen thưởng, kèm danh sách",
    "awards-minutes": "Biên bản họp Hội đồng Thi đua - Khen thưởng xét đề nghị (--id: đề nghị)",
    "awards-ballot": "Phiếu bầu của Hội đồng cho các danh hiệu cần bỏ phiếu kín (--id: đề nghị)",
    "awards-achievement": "Báo cáo thành tích của một tập thể, cá nhân (--id: dòng đề nghị)",
    "cluster-ranking": "Bảng tổng hợp kết quả chấm điểm của cụm, khối thi đua (--id: cụm, khối)",
    "cluster-sheets": "Phiếu chấm điểm của từng thành viên cụm, khối (--id: cụm, khối)",
    "cluster-agreement": "Giao ước thi đua của cụm, khối, kèm thang điểm (--id: cụm, khối)",
    "cluster-minutes": "Biên bản họp chấm chéo, xếp hạng của cụm, khối (--id: cụm, khối)",
}
