"""The labels of the domain and services layers, translated where the interface shows them.

Those layers must not import PySide6 and their labels are Vietnamese by design: the same words go
into the official reports and the command line. The interface translates them at its edge:
``label(status.label)``, ``label(row.kind_label)``… Every label is listed below with
``QT_TRANSLATE_NOOP`` so lupdate extracts it into the "DomainLabels" context of the .ts files;
tests/gui/common/test_domain_labels.py enumerates the enums and label tables and fails when one is
missing here, so a new value cannot silently stay Vietnamese in the English interface.

Only finite, code-defined sets belong here — never data (unit, campaign or criterion names,
notes, messages). A text that is not in the catalogue comes back unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "DomainLabels"

# QT_TRANSLATE_NOOP returns its text (typed "object" by the stubs).
CATALOGUE: frozenset[str] = frozenset(
    str(text)
    for text in (
        # domain/evaluation.py — Status.label
        QT_TRANSLATE_NOOP("DomainLabels", "vượt"),
        QT_TRANSLATE_NOOP("DomainLabels", "đạt"),
        QT_TRANSLATE_NOOP("DomainLabels", "không đạt"),
        QT_TRANSLATE_NOOP("DomainLabels", "chưa có số liệu"),
        # domain/evaluation.py — Comparator.label
        QT_TRANSLATE_NOOP("DomainLabels", "tối thiểu (≥)"),
        QT_TRANSLATE_NOOP("DomainLabels", "tối đa (≤)"),
        QT_TRANSLATE_NOOP("DomainLabels", "khoảng"),
        # domain/units.py — UnitKind.label
        QT_TRANSLATE_NOOP("DomainLabels", "thành phố"),
        QT_TRANSLATE_NOOP("DomainLabels", "tỉnh"),
        QT_TRANSLATE_NOOP("DomainLabels", "quận"),
        QT_TRANSLATE_NOOP("DomainLabels", "huyện"),
        QT_TRANSLATE_NOOP("DomainLabels", "thị xã"),
        QT_TRANSLATE_NOOP("DomainLabels", "phường"),
        QT_TRANSLATE_NOOP("DomainLabels", "xã"),
        QT_TRANSLATE_NOOP("DomainLabels", "thị trấn"),
        QT_TRANSLATE_NOOP("DomainLabels", "đặc khu"),
        QT_TRANSLATE_NOOP("DomainLabels", "ấp"),
        QT_TRANSLATE_NOOP("DomainLabels", "khu vực"),
        # domain/units.py — Level.office_label (also ProfileRow.level_label)
        QT_TRANSLATE_NOOP("DomainLabels", "cấp tỉnh"),
        QT_TRANSLATE_NOOP("DomainLabels", "cấp huyện"),
        QT_TRANSLATE_NOOP("DomainLabels", "cấp xã"),
        QT_TRANSLATE_NOOP("DomainLabels", "cấp ấp"),
        # domain/rural.py — Level.label and Level.long_label
        QT_TRANSLATE_NOOP("DomainLabels", "NTM"),
        QT_TRANSLATE_NOOP("DomainLabels", "NTM nâng cao"),
        QT_TRANSLATE_NOOP("DomainLabels", "NTM kiểu mẫu"),
        QT_TRANSLATE_NOOP("DomainLabels", "xã đạt chuẩn nông thôn mới"),
        QT_TRANSLATE_NOOP("DomainLabels", "xã đạt chuẩn nông thôn mới nâng cao"),
        QT_TRANSLATE_NOOP("DomainLabels", "xã đạt chuẩn nông thôn mới kiểu mẫu"),
        # domain/security.py — Assessment.label ("đạt" is above)
        QT_TRANSLATE_NOOP("DomainLabels", "chưa đạt"),
        QT_TRANSLATE_NOOP("DomainLabels", "chưa đánh giá"),
        # domain/security.py — AreaKind.label ("ấp", "khu vực", "khác" are above or below)
        QT_TRANSLATE_NOOP("DomainLabels", "thôn"),
        QT_TRANSLATE_NOOP("DomainLabels", "tổ dân phố"),
        QT_TRANSLATE_NOOP("DomainLabels", "khu phố"),
        QT_TRANSLATE_NOOP("DomainLabels", "bản"),
        # services/security_rows.py — Change.label and ANTT_LABEL
        QT_TRANSLATE_NOOP("DomainLabels", "mới đạt"),
        QT_TRANSLATE_NOOP("DomainLabels", "không còn đạt"),
        QT_TRANSLATE_NOOP("DomainLabels", "An toàn về ANTT"),
        # services/campaign_rows.py — CampaignForm, CampaignStatus, RegistrationStatus, ValueOrigin
        QT_TRANSLATE_NOOP("DomainLabels", "thường xuyên"),
        QT_TRANSLATE_NOOP("DomainLabels", "chuyên đề (theo đợt)"),
        QT_TRANSLATE_NOOP("DomainLabels", "đang soạn"),
        QT_TRANSLATE_NOOP("DomainLabels", "đang triển khai"),
        QT_TRANSLATE_NOOP("DomainLabels", "đã tổng kết"),
        QT_TRANSLATE_NOOP("DomainLabels", "đã đăng ký"),
        QT_TRANSLATE_NOOP("DomainLabels", "đã duyệt"),
        QT_TRANSLATE_NOOP("DomainLabels", "trả lại"),
        QT_TRANSLATE_NOOP("DomainLabels", "nhập"),
        QT_TRANSLATE_NOOP("DomainLabels", "tổng hợp"),
        QT_TRANSLATE_NOOP("DomainLabels", "tính tự động"),
        # services/indicator_sources.py — source_label() and ComputedSource.label
        QT_TRANSLATE_NOOP("DomainLabels", "nhập trực tiếp"),
        QT_TRANSLATE_NOOP("DomainLabels", "tổng các đơn vị trực thuộc"),
        QT_TRANSLATE_NOOP("DomainLabels", "trung bình các đơn vị trực thuộc"),
        QT_TRANSLATE_NOOP("DomainLabels", "tính từ mục An ninh trật tự"),
        QT_TRANSLATE_NOOP("DomainLabels", "tính từ mục Nông thôn mới"),
        QT_TRANSLATE_NOOP(
            "DomainLabels", 'Tỷ lệ xã, phường, thị trấn đạt "an toàn về ANTT" và "3 không" (%)'
        ),
        QT_TRANSLATE_NOOP(
            "DomainLabels", "Số xã được công nhận mới đạt chuẩn nông thôn mới nâng cao trong năm"
        ),
        QT_TRANSLATE_NOOP(
            "DomainLabels", "Số xã được công nhận mới đạt chuẩn nông thôn mới kiểu mẫu trong năm"
        ),
        # services/audit/trail.py — ACTION_LABELS
        QT_TRANSLATE_NOOP("DomainLabels", "Thêm"),
        QT_TRANSLATE_NOOP("DomainLabels", "Sửa"),
        QT_TRANSLATE_NOOP("DomainLabels", "Xóa"),
        QT_TRANSLATE_NOOP("DomainLabels", "Nạp danh mục"),
        QT_TRANSLATE_NOOP("DomainLabels", "Chuyển sang cơ quan kế thừa"),
        QT_TRANSLATE_NOOP("DomainLabels", "Khóa sổ"),
        QT_TRANSLATE_NOOP("DomainLabels", "Mở khóa sổ"),
        QT_TRANSLATE_NOOP("DomainLabels", "Khôi phục dữ liệu"),
        QT_TRANSLATE_NOOP("DomainLabels", "Cho phép nhập gói lại"),
        QT_TRANSLATE_NOOP("DomainLabels", "Nhập gói dữ liệu"),
        QT_TRANSLATE_NOOP("DomainLabels", "Nạp dữ liệu minh họa"),
        QT_TRANSLATE_NOOP("DomainLabels", "Duyệt"),
        QT_TRANSLATE_NOOP("DomainLabels", "Trả lại"),
        QT_TRANSLATE_NOOP("DomainLabels", "Chép từ năm trước"),
        QT_TRANSLATE_NOOP("DomainLabels", "Thu hồi"),
        QT_TRANSLATE_NOOP("DomainLabels", "Trình"),
        QT_TRANSLATE_NOOP("DomainLabels", "Hội đồng xét"),
        QT_TRANSLATE_NOOP("DomainLabels", "Quyết định"),
        QT_TRANSLATE_NOOP("DomainLabels", "Trao khen thưởng"),
        QT_TRANSLATE_NOOP("DomainLabels", "Ghi quyết định đã ban hành"),
        QT_TRANSLATE_NOOP("DomainLabels", "Gửi hồ sơ lên cấp trên"),
        QT_TRANSLATE_NOOP("DomainLabels", "Nhận hồ sơ từ cấp dưới"),
        QT_TRANSLATE_NOOP("DomainLabels", "Gửi kết quả xét hồ sơ"),
        QT_TRANSLATE_NOOP("DomainLabels", "Nhận kết quả xét hồ sơ"),
        QT_TRANSLATE_NOOP("DomainLabels", "Đặt thành viên cụm, khối"),
        QT_TRANSLATE_NOOP("DomainLabels", "Đặt bảng chấm điểm"),
        QT_TRANSLATE_NOOP("DomainLabels", "Chép bảng chấm điểm năm trước"),
        QT_TRANSLATE_NOOP("DomainLabels", "Tự chấm điểm"),
        QT_TRANSLATE_NOOP("DomainLabels", "Cụm, khối chấm điểm"),
        QT_TRANSLATE_NOOP("DomainLabels", "Gửi bảng chấm điểm xuống các thành viên"),
        QT_TRANSLATE_NOOP("DomainLabels", "Nhận bảng chấm điểm của cụm, khối"),
        QT_TRANSLATE_NOOP("DomainLabels", "Gửi điểm tự chấm lên"),
        QT_TRANSLATE_NOOP("DomainLabels", "Nhận điểm tự chấm của thành viên"),
        QT_TRANSLATE_NOOP("DomainLabels", "Công bố kết quả chấm điểm"),
        QT_TRANSLATE_NOOP("DomainLabels", "Xuất gói dữ liệu"),
        QT_TRANSLATE_NOOP("DomainLabels", "Nhập gói: thêm"),
        QT_TRANSLATE_NOOP("DomainLabels", "Nhập gói: sửa"),
        QT_TRANSLATE_NOOP("DomainLabels", "Nhập gói: thay số liệu tại đây"),
        QT_TRANSLATE_NOOP("DomainLabels", "Nhập gói: xóa"),
        QT_TRANSLATE_NOOP("DomainLabels", "Tin cậy khóa ký của cơ quan gửi"),
        # services/audit_log.py — ENTITY_LABELS
        QT_TRANSLATE_NOOP("DomainLabels", "Cơ quan sử dụng"),
        QT_TRANSLATE_NOOP("DomainLabels", "Đơn vị hành chính"),
        QT_TRANSLATE_NOOP("DomainLabels", "Danh mục tham chiếu"),
        QT_TRANSLATE_NOOP("DomainLabels", "Khóa sổ năm"),
        QT_TRANSLATE_NOOP("DomainLabels", "Cơ sở dữ liệu"),
        QT_TRANSLATE_NOOP("DomainLabels", "Phong trào thi đua"),
        QT_TRANSLATE_NOOP("DomainLabels", "Chỉ tiêu"),
        QT_TRANSLATE_NOOP("DomainLabels", "Chỉ tiêu giao"),
        QT_TRANSLATE_NOOP("DomainLabels", "Kết quả"),
        QT_TRANSLATE_NOOP("DomainLabels", "Đăng ký thi đua"),
        QT_TRANSLATE_NOOP("DomainLabels", '"3 không", an toàn ANTT'),
        QT_TRANSLATE_NOOP("DomainLabels", 'Tiêu chí "3 không"'),
        QT_TRANSLATE_NOOP("DomainLabels", "Khu dân cư"),
        QT_TRANSLATE_NOOP("DomainLabels", "Nông thôn mới"),
        QT_TRANSLATE_NOOP("DomainLabels", "Tiêu chí nông thôn mới"),
        QT_TRANSLATE_NOOP("DomainLabels", "Bộ tiêu chí nông thôn mới"),
        QT_TRANSLATE_NOOP("DomainLabels", "Kế hoạch nông thôn mới"),
        QT_TRANSLATE_NOOP("DomainLabels", "Công nhận nông thôn mới"),
        QT_TRANSLATE_NOOP("DomainLabels", "Đối tượng khen thưởng"),
        QT_TRANSLATE_NOOP("DomainLabels", "Đề nghị khen thưởng"),
        QT_TRANSLATE_NOOP("DomainLabels", "Dòng đề nghị khen thưởng"),
        QT_TRANSLATE_NOOP("DomainLabels", "Quyết định khen thưởng"),
        QT_TRANSLATE_NOOP("DomainLabels", "Thể thức văn bản"),
        QT_TRANSLATE_NOOP("DomainLabels", "Gói dữ liệu"),
        QT_TRANSLATE_NOOP("DomainLabels", "Khóa ký của cơ quan gửi"),
        QT_TRANSLATE_NOOP("DomainLabels", "Dữ liệu thử quy mô lớn"),
        QT_TRANSLATE_NOOP("DomainLabels", "Tệp đính kèm"),
        QT_TRANSLATE_NOOP("DomainLabels", "Cụm, khối thi đua"),
        QT_TRANSLATE_NOOP("DomainLabels", "Căn chỉnh in phôi"),
        QT_TRANSLATE_NOOP("DomainLabels", "Tổ chức làm công tác thi đua, khen thưởng"),
        QT_TRANSLATE_NOOP("DomainLabels", "Công chức làm công tác thi đua, khen thưởng"),
        QT_TRANSLATE_NOOP("DomainLabels", "Sổ quỹ thi đua, khen thưởng"),
        QT_TRANSLATE_NOOP("DomainLabels", "Số dư đầu năm của quỹ thi đua, khen thưởng"),
        QT_TRANSLATE_NOOP("DomainLabels", "Mục thu, chi của quỹ thi đua, khen thưởng"),
        QT_TRANSLATE_NOOP("DomainLabels", "Sáng kiến"),
        QT_TRANSLATE_NOOP("DomainLabels", "Tạm dừng xét khen thưởng"),
        # domain/awards/initiatives.py — InitiativeLevel, CaseKind
        QT_TRANSLATE_NOOP("DomainLabels", "cấp cơ sở"),
        QT_TRANSLATE_NOOP("DomainLabels", "phạm vi toàn tỉnh"),
        QT_TRANSLATE_NOOP("DomainLabels", "phạm vi toàn quốc"),
        QT_TRANSLATE_NOOP("DomainLabels", "đang bị xem xét kỷ luật"),
        QT_TRANSLATE_NOOP("DomainLabels", "đang bị thanh tra, kiểm tra"),
        QT_TRANSLATE_NOOP("DomainLabels", "có đơn thư khiếu nại, tố cáo đang được xác minh"),
        # domain/awards/types.py — RecipientClass
        QT_TRANSLATE_NOOP("DomainLabels", "lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên"),
        QT_TRANSLATE_NOOP("DomainLabels", "lãnh đạo cấp vụ, sở, ngành và tương đương"),
        QT_TRANSLATE_NOOP("DomainLabels", "lãnh đạo khác từ phó phòng trở lên"),
        QT_TRANSLATE_NOOP("DomainLabels", "doanh nhân"),
        QT_TRANSLATE_NOOP("DomainLabels", "doanh nghiệp"),
        QT_TRANSLATE_NOOP("DomainLabels", "hợp tác xã"),
        # services/statistics/tdkt.py — BodyKind, Training
        QT_TRANSLATE_NOOP("DomainLabels", "Cấp vụ thuộc bộ, ban, ngành, đoàn thể Trung ương"),
        QT_TRANSLATE_NOOP("DomainLabels", "Cấp phòng, ban hoặc bộ phận thuộc vụ"),
        QT_TRANSLATE_NOOP("DomainLabels", "Cấp ban thuộc Sở Nội vụ"),
        QT_TRANSLATE_NOOP("DomainLabels", "Cấp phòng thuộc Sở Nội vụ"),
        QT_TRANSLATE_NOOP("DomainLabels", "Sơ cấp"),
        QT_TRANSLATE_NOOP("DomainLabels", "Trung cấp"),
        QT_TRANSLATE_NOOP("DomainLabels", "Cao đẳng"),
        QT_TRANSLATE_NOOP("DomainLabels", "Đại học"),
        QT_TRANSLATE_NOOP("DomainLabels", "Trên đại học"),
        # domain/certificates.py — CertField
        QT_TRANSLATE_NOOP("DomainLabels", "Cơ quan, người tặng"),
        QT_TRANSLATE_NOOP("DomainLabels", "Danh hiệu, hình thức"),
        QT_TRANSLATE_NOOP("DomainLabels", "Tên người, tập thể được khen"),
        QT_TRANSLATE_NOOP("DomainLabels", "Chức vụ, đơn vị"),
        QT_TRANSLATE_NOOP("DomainLabels", "Thành tích"),
        QT_TRANSLATE_NOOP("DomainLabels", "Địa danh, ngày tháng"),
        QT_TRANSLATE_NOOP("DomainLabels", "Chức vụ người ký"),
        QT_TRANSLATE_NOOP("DomainLabels", "Họ tên người ký"),
        QT_TRANSLATE_NOOP("DomainLabels", "Số, ngày quyết định"),
        # domain/clusters.py — ClusterKind, ClusterRole, CriterionKind
        QT_TRANSLATE_NOOP("DomainLabels", "Cụm thi đua"),
        QT_TRANSLATE_NOOP("DomainLabels", "Khối thi đua"),
        QT_TRANSLATE_NOOP("DomainLabels", "Trưởng cụm, khối"),
        QT_TRANSLATE_NOOP("DomainLabels", "Phó cụm, khối"),
        QT_TRANSLATE_NOOP("DomainLabels", "Thành viên"),
        QT_TRANSLATE_NOOP("DomainLabels", "Tiêu chí chấm điểm"),
        QT_TRANSLATE_NOOP("DomainLabels", "Điểm thưởng"),
        QT_TRANSLATE_NOOP("DomainLabels", "Điểm trừ"),
        QT_TRANSLATE_NOOP("DomainLabels", "Công nhận an toàn về ANTT"),
        QT_TRANSLATE_NOOP("DomainLabels", "Công nhận nông thôn mới"),
        QT_TRANSLATE_NOOP("DomainLabels", "Tỷ lệ chỉ tiêu đạt, vượt"),
        # domain/attachments.py — AttachmentKind
        QT_TRANSLATE_NOOP("DomainLabels", "Văn bản phát động"),
        QT_TRANSLATE_NOOP("DomainLabels", "Tờ trình"),
        QT_TRANSLATE_NOOP("DomainLabels", "Báo cáo thành tích"),
        QT_TRANSLATE_NOOP("DomainLabels", "Biên bản"),
        QT_TRANSLATE_NOOP("DomainLabels", "Quyết định"),
        QT_TRANSLATE_NOOP("DomainLabels", "Sáng kiến"),
        QT_TRANSLATE_NOOP("DomainLabels", "Giao ước thi đua"),
        QT_TRANSLATE_NOOP("DomainLabels", "Minh chứng"),
        QT_TRANSLATE_NOOP("DomainLabels", "Khác"),
        # domain/awards.py — ProposalStatus, RecipientType, AwardType, DecidingLevel, Category,
        # Gender labels ("cấp xã"… are above); services/awards_rows.py — a returned draft
        QT_TRANSLATE_NOOP("DomainLabels", "Nháp"),
        QT_TRANSLATE_NOOP("DomainLabels", "Đã trình"),
        QT_TRANSLATE_NOOP("DomainLabels", "Hội đồng TĐKT đã xét"),
        QT_TRANSLATE_NOOP("DomainLabels", "Đã quyết định"),
        QT_TRANSLATE_NOOP("DomainLabels", "Đã trao"),
        QT_TRANSLATE_NOOP("DomainLabels", "Trả lại (nháp)"),
        QT_TRANSLATE_NOOP("DomainLabels", "Đã quyết định (ghi lại)"),
        # domain/awards/dossiers.py — DossierRole, DossierStatus ("Đã quyết định" is above)
        QT_TRANSLATE_NOOP("DomainLabels", "Gửi lên"),
        QT_TRANSLATE_NOOP("DomainLabels", "Nhận từ cấp dưới"),
        QT_TRANSLATE_NOOP("DomainLabels", "Đã gửi"),
        QT_TRANSLATE_NOOP("DomainLabels", "Đã nhận"),
        QT_TRANSLATE_NOOP("DomainLabels", "Đang xét"),
        QT_TRANSLATE_NOOP("DomainLabels", "tập thể"),
        QT_TRANSLATE_NOOP("DomainLabels", "cá nhân"),
        QT_TRANSLATE_NOOP("DomainLabels", "hộ gia đình"),
        QT_TRANSLATE_NOOP("DomainLabels", "thường xuyên (công trạng)"),
        QT_TRANSLATE_NOOP("DomainLabels", "đột xuất"),
        QT_TRANSLATE_NOOP("DomainLabels", "theo đợt, chuyên đề"),
        QT_TRANSLATE_NOOP("DomainLabels", "quá trình cống hiến"),
        QT_TRANSLATE_NOOP("DomainLabels", "niên hạn"),
        QT_TRANSLATE_NOOP("DomainLabels", "đối ngoại"),
        QT_TRANSLATE_NOOP("DomainLabels", "trung ương"),
        QT_TRANSLATE_NOOP("DomainLabels", "cán bộ"),
        QT_TRANSLATE_NOOP("DomainLabels", "công chức"),
        QT_TRANSLATE_NOOP("DomainLabels", "viên chức"),
        QT_TRANSLATE_NOOP("DomainLabels", "người lao động trực tiếp"),
        QT_TRANSLATE_NOOP("DomainLabels", "khác"),
        QT_TRANSLATE_NOOP("DomainLabels", "Nam"),
        QT_TRANSLATE_NOOP("DomainLabels", "Nữ"),
        # resources/reference awards catalogue — the titles and forms (AwardEntryRow.name)
        QT_TRANSLATE_NOOP("DomainLabels", "Lao động tiên tiến"),
        QT_TRANSLATE_NOOP("DomainLabels", "Chiến sĩ thi đua cơ sở"),
        QT_TRANSLATE_NOOP("DomainLabels", "Chiến sĩ thi đua thành phố"),
        QT_TRANSLATE_NOOP("DomainLabels", "Chiến sĩ thi đua toàn quốc"),
        QT_TRANSLATE_NOOP("DomainLabels", "Tập thể lao động tiên tiến"),
        QT_TRANSLATE_NOOP("DomainLabels", "Tập thể lao động xuất sắc"),
        QT_TRANSLATE_NOOP("DomainLabels", "Cờ thi đua của thành phố"),
        QT_TRANSLATE_NOOP("DomainLabels", "Cờ thi đua của Chính phủ"),
        QT_TRANSLATE_NOOP("DomainLabels", "Giấy khen của Chủ tịch UBND cấp xã"),
        QT_TRANSLATE_NOOP("DomainLabels", "Giấy khen của Chủ tịch UBND cấp huyện"),
        QT_TRANSLATE_NOOP("DomainLabels", "Bằng khen của Chủ tịch UBND thành phố"),
        QT_TRANSLATE_NOOP("DomainLabels", "Bằng khen của Thủ tướng Chính phủ"),
        QT_TRANSLATE_NOOP("DomainLabels", "Gia đình văn hóa"),
        QT_TRANSLATE_NOOP("DomainLabels", "Ấp, khu vực văn hóa"),
        QT_TRANSLATE_NOOP("DomainLabels", "Xã, phường, thị trấn tiêu biểu"),
        # services/backups.py — KIND_LABELS
        QT_TRANSLATE_NOOP("DomainLabels", "Tự động hằng ngày"),
        QT_TRANSLATE_NOOP("DomainLabels", "Sao lưu thủ công"),
        QT_TRANSLATE_NOOP("DomainLabels", "Trước khi nâng cấp"),
        QT_TRANSLATE_NOOP("DomainLabels", "Trước khi khôi phục"),
        QT_TRANSLATE_NOOP("DomainLabels", "Trước khi nhập gói"),
        # exchange/manifest.py — KIND_LABELS; exchange/verify.py — SIGNATURE_LABELS
        QT_TRANSLATE_NOOP("DomainLabels", "số liệu"),
        QT_TRANSLATE_NOOP("DomainLabels", "định nghĩa"),
        QT_TRANSLATE_NOOP("DomainLabels", "hồ sơ khen thưởng"),
        QT_TRANSLATE_NOOP("DomainLabels", "kết quả xét hồ sơ"),
        QT_TRANSLATE_NOOP("DomainLabels", "bảng chấm điểm cụm, khối thi đua"),
        QT_TRANSLATE_NOOP("DomainLabels", "điểm tự chấm cụm, khối thi đua"),
        QT_TRANSLATE_NOOP("DomainLabels", "không có chữ ký"),
        QT_TRANSLATE_NOOP("DomainLabels", "chữ ký hợp lệ (khóa đã đăng ký)"),
        QT_TRANSLATE_NOOP(
            "DomainLabels", "chữ ký đúng nhưng khóa của cơ quan gửi chưa được đăng ký ở đây"
        ),
        # exchange — the tables of a package's plan (RECORD_SPECS and the definition tables;
        # "Đăng ký thi đua", "Tiêu chí nông thôn mới"… are above)
        QT_TRANSLATE_NOOP("DomainLabels", "Kết quả chỉ tiêu"),
        QT_TRANSLATE_NOOP("DomainLabels", "“3 không” và an toàn về ANTT"),
        QT_TRANSLATE_NOOP("DomainLabels", "Chỉ tiêu của phong trào"),
        QT_TRANSLATE_NOOP("DomainLabels", "Tiêu chí “3 không”"),
        QT_TRANSLATE_NOOP("DomainLabels", "Chỉ tiêu giao (mức phấn đấu)"),
    )
)


def label(text: str) -> str:
    """``text`` in the interface language; unchanged in Vietnamese or when not catalogued."""
    return QCoreApplication.translate("DomainLabels", text)


def capitalised(text: str) -> str:
    """``label(text)`` with its first letter upper-case, for a label that starts a line or a
    choice ("Chưa đạt"). Unlike ``str.capitalize`` it keeps the rest: "Advanced NTM"."""
    translated = label(text)
    return translated[:1].upper() + translated[1:]
