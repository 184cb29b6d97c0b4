"""The kinds of report, importable without the report machinery (the command line lists them)."""

from __future__ import annotations

from collections.abc import Mapping

YEAR_KINDS: Mapping[str, str] = {
    "campaign": "Kết quả thực hiện các chỉ tiêu thi đua",
    "security": 'Xã, phường, thị trấn "an toàn về ANTT" và "3 không"',
    "rural": "Kết quả xây dựng nông thôn mới",
    "summary": "Tổng hợp kết quả công tác thi đua",
    "awards-money": "Tổng hợp tiền thưởng theo các quyết định khen thưởng của năm",
    "fund-ledger": "Sổ quỹ thi đua, khen thưởng",
}
# The annual statistics of TT 02/2023/TT-BNV, due 15 December: forms with their own head, not
# NĐ 30 documents (reports/builders/statistics.py).
STATISTICS_KINDS: Mapping[str, str] = {
    "bieu-0601": "Biểu 0601.N/BNV-TĐKT: số phong trào thi đua",
    "bieu-0602": "Biểu 0602.N/BNV-TĐKT: số lượng khen thưởng cấp Nhà nước",
    "bieu-0603": "Biểu 0603.N/BNV-TĐKT: số lượng khen thưởng cấp bộ, cấp tỉnh",
    "bieu-0604": "Biểu 0604.N/BNV-TĐKT: số lượng tổ chức làm công tác thi đua, khen thưởng",
    "bieu-0605": "Biểu 0605.N/BNV-TĐKT: số lượng công chức làm công tác thi đua, khen thưởng",
}
KINDS: Mapping[str, str] = {**YEAR_KINDS, **STATISTICS_KINDS}
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
