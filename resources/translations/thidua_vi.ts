<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="vi">
<context>
    <name></name>
    <message>
        <source>Gói dữ liệu thi đua (*.tdkt)</source>
        <translation>Gói dữ liệu thi đua (*.tdkt)</translation>
    </message>
    <message>
        <source>Gửi điểm tự chấm</source>
        <translation>Gửi điểm tự chấm</translation>
    </message>
    <message>
        <source>Gửi bảng chấm điểm</source>
        <translation>Gửi bảng chấm điểm</translation>
    </message>
    <message>
        <source>Đã ghi gói số {n}: {name}.</source>
        <translation>Đã ghi gói số {n}: {name}.</translation>
    </message>
    <message>
        <source>{name} ({code}), năm {year}.</source>
        <translation>{name} ({code}), năm {year}.</translation>
    </message>
    <message>
        <source>Gửi: {who}.</source>
        <translation>Gửi: {who}.</translation>
    </message>
    <message>
        <source>Đơn vị ({n}): {names}.</source>
        <translation>Đơn vị ({n}): {names}.</translation>
    </message>
    <message>
        <source>Bảng chấm điểm: {n} tiêu chí.</source>
        <translation>Bảng chấm điểm: {n} tiêu chí.</translation>
    </message>
    <message>
        <source>Kết quả đã công bố: gửi kèm điểm của các thành viên ({n} dòng).</source>
        <translation>Kết quả đã công bố: gửi kèm điểm của các thành viên ({n} dòng).</translation>
    </message>
    <message>
        <source>Điểm tự chấm: {n} tiêu chí.</source>
        <translation>Điểm tự chấm: {n} tiêu chí.</translation>
    </message>
    <message>
        <source>Tệp đính kèm: {n}.</source>
        <translation>Tệp đính kèm: {n}.</translation>
    </message>
    <message>
        <source>, tiêu chí {code}</source>
        <translation>, tiêu chí {code}</translation>
    </message>
    <message>
        <source>Nhận gói cụm, khối thi đua</source>
        <translation>Nhận gói cụm, khối thi đua</translation>
    </message>
    <message>
        <source>Gói này đã được nhận lúc {when}: không thay đổi gì.</source>
        <translation>Gói này đã được nhận lúc {when}: không thay đổi gì.</translation>
    </message>
    <message>
        <source>Đã nhận gói {name}.</source>
        <translation>Đã nhận gói {name}.</translation>
    </message>
    <message>
        <source>Gói {kind} số {n} của {producer} ({signature}).</source>
        <translation>Gói {kind} số {n} của {producer} ({signature}).</translation>
    </message>
    <message>
        <source>Đơn vị: {names}.</source>
        <translation>Đơn vị: {names}.</translation>
    </message>
    <message>
        <source>Tệp đính kèm: {names}.</source>
        <translation>Tệp đính kèm: {names}.</translation>
    </message>
</context>
<context>
    <name>AreasDialog</name>
    <message>
        <source>Khu dân cư — {0}</source>
        <translation>Khu dân cư — {0}</translation>
    </message>
    <message>
        <source>Năm {0}. Kỳ đánh giá khu dân cư: từ {1} đến {2} (Thông tư 124/2021/TT-BCA). Xã, phường đạt khi ít nhất {3}% khu dân cư được công nhận.</source>
        <translation>Năm {0}. Kỳ đánh giá khu dân cư: từ {1} đến {2} (Thông tư 124/2021/TT-BCA). Xã, phường đạt khi ít nhất {3}% khu dân cư được công nhận.</translation>
    </message>
    <message>
        <source>Tên khu dân cư</source>
        <translation>Tên khu dân cư</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Kết quả ANTT</source>
        <translation>Kết quả ANTT</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Thêm khu dân cư</source>
        <translation>Thêm khu dân cư</translation>
    </message>
    <message>
        <source>Không còn từ năm này</source>
        <translation>Không còn từ năm này</translation>
    </message>
    <message>
        <source>Khu dân cư đã sáp nhập, giải thể: vẫn giữ ở các năm trước</source>
        <translation>Khu dân cư đã sáp nhập, giải thể: vẫn giữ ở các năm trước</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Không còn từ năm {0}</source>
        <translation>Không còn từ năm {0}</translation>
    </message>
    <message>
        <source>Dòng {0}: {1}</source>
        <translation>Dòng {0}: {1}</translation>
    </message>
    <message>
        <source>“{0}” có hai lần (dòng {1} và {2}).</source>
        <translation>“{0}” có hai lần (dòng {1} và {2}).</translation>
    </message>
    <message>
        <source>Chưa có khu dân cư nào trong năm {0}.</source>
        <translation>Chưa có khu dân cư nào trong năm {0}.</translation>
    </message>
    <message>
        <source>Đạt an toàn về ANTT: {0}/{1} khu dân cư ({2}%).</source>
        <translation>Đạt an toàn về ANTT: {0}/{1} khu dân cư ({2}%).</translation>
    </message>
    <message>
        <source>Dưới mức {0}%.</source>
        <translation>Dưới mức {0}%.</translation>
    </message>
    <message>
        <source>Hồ sơ của xã đang ghi {0}%; khi lưu sẽ ghi theo danh sách.</source>
        <translation>Hồ sơ của xã đang ghi {0}%; khi lưu sẽ ghi theo danh sách.</translation>
    </message>
    <message>
        <source>Số liệu do cơ quan cấp dưới gửi lên: chỉ xem.</source>
        <translation>Số liệu do cơ quan cấp dưới gửi lên: chỉ xem.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Văn bản, bản quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.odt *.ods);;Mọi tệp (*)</source>
        <translation>Văn bản, bản quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.odt *.ods);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Đính kèm tệp…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>PDF, bản quét (JPG, PNG, TIFF), Word, Excel; tối đa 50 MB mỗi tệp</source>
        <translation>PDF, bản quét (JPG, PNG, TIFF), Word, Excel; tối đa 50 MB mỗi tệp</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Lưu bản sao…</source>
        <translation>Lưu bản sao…</translation>
    </message>
    <message>
        <source>Gỡ</source>
        <translation>Gỡ</translation>
    </message>
    <message>
        <source>Tệp mới đính vào hồ sơ, vào một dòng hay một quyết định</source>
        <translation>Tệp mới đính vào hồ sơ, vào một dòng hay một quyết định</translation>
    </message>
    <message>
        <source>Đính vào:</source>
        <translation>Đính vào:</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Chưa có tệp nào. Bấm “Đính kèm tệp…” hoặc kéo thả tệp vào danh sách.</source>
        <translation>Chưa có tệp nào. Bấm “Đính kèm tệp…” hoặc kéo thả tệp vào danh sách.</translation>
    </message>
    <message>
        <source>Chưa có tệp nào.</source>
        <translation>Chưa có tệp nào.</translation>
    </message>
    <message>
        <source>Nhấp đúp để mở.</source>
        <translation>Nhấp đúp để mở.</translation>
    </message>
    <message>
        <source>Chọn tệp đính kèm</source>
        <translation>Chọn tệp đính kèm</translation>
    </message>
    <message>
        <source>Đang chép tệp đính kèm…</source>
        <translation>Đang chép tệp đính kèm…</translation>
    </message>
    <message>
        <source>Không đính kèm được</source>
        <translation>Không đính kèm được</translation>
    </message>
    <message>
        <source>Lưu bản sao tệp đính kèm</source>
        <translation>Lưu bản sao tệp đính kèm</translation>
    </message>
    <message>
        <source>Đã lưu {0}.</source>
        <translation>Đã lưu {0}.</translation>
    </message>
    <message>
        <source>Gỡ tệp đính kèm</source>
        <translation>Gỡ tệp đính kèm</translation>
    </message>
    <message>
        <source>Gỡ “{0}” khỏi danh sách đính kèm?</source>
        <translation>Gỡ “{0}” khỏi danh sách đính kèm?</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Mọi thay đổi dữ liệu: ai làm, lúc nào, sửa gì (giá trị cũ → mới), vì sao, từ gói dữ liệu nào.</source>
        <translation>Mọi thay đổi dữ liệu: ai làm, lúc nào, sửa gì (giá trị cũ → mới), vì sao, từ gói dữ liệu nào.</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Loại bản ghi</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <source>Đơn vị: tên hoặc mã, gõ không dấu cũng được</source>
        <translation>Đơn vị: tên hoặc mã, gõ không dấu cũng được</translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>đến hết ngày</source>
        <translation>đến hết ngày</translation>
    </message>
    <message>
        <source>Chọn một dòng để xem đầy đủ giá trị cũ và mới.</source>
        <translation>Chọn một dòng để xem đầy đủ giá trị cũ và mới.</translation>
    </message>
    <message>
        <source>Lịch sử bản ghi…</source>
        <translation>Lịch sử bản ghi…</translation>
    </message>
    <message>
        <source>Mọi thay đổi của bản ghi ở dòng đang chọn, từ khi tạo đến nay</source>
        <translation>Mọi thay đổi của bản ghi ở dòng đang chọn, từ khi tạo đến nay</translation>
    </message>
    <message>
        <source>Đang mở dữ liệu…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <source>Hiển thị {0} dòng mới nhất; hãy thu hẹp bộ lọc để xem các dòng cũ hơn.</source>
        <translation>Hiển thị {0} dòng mới nhất; hãy thu hẹp bộ lọc để xem các dòng cũ hơn.</translation>
    </message>
    <message>
        <source>{0} dòng</source>
        <translation>{0} dòng</translation>
    </message>
    <message>
        <source>Không có dòng nhật ký nào khớp bộ lọc.</source>
        <translation>Không có dòng nhật ký nào khớp bộ lọc.</translation>
    </message>
    <message>
        <source>Mọi người thực hiện</source>
        <translation>Mọi người thực hiện</translation>
    </message>
    <message>
        <source>Mọi loại bản ghi</source>
        <translation>Mọi loại bản ghi</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Thời điểm</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Loại bản ghi</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Thay đổi (cũ → mới)</source>
        <translation>Thay đổi (cũ → mới)</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Gói dữ liệu</source>
        <translation>Gói dữ liệu</translation>
    </message>
    <message>
        <source>Đơn vị: {name} ({code})</source>
        <translation>Đơn vị: {name} ({code})</translation>
    </message>
    <message>
        <source>Giá trị cũ: {values}</source>
        <translation>Giá trị cũ: {values}</translation>
    </message>
    <message>
        <source>Giá trị mới: {values}</source>
        <translation>Giá trị mới: {values}</translation>
    </message>
    <message>
        <source>Lý do: {reason}</source>
        <translation>Lý do: {reason}</translation>
    </message>
    <message>
        <source>Gói dữ liệu: {package}</source>
        <translation>Gói dữ liệu: {package}</translation>
    </message>
</context>
<context>
    <name>AwardedDialog</name>
    <message>
        <source>Ghi đã trao khen thưởng</source>
        <translation>Ghi đã trao khen thưởng</translation>
    </message>
    <message>
        <source>Ngày trao:</source>
        <translation>Ngày trao:</translation>
    </message>
</context>
<context>
    <name>AwardsActions</name>
    <message>
        <source>Đã thêm đề nghị khen thưởng.</source>
        <translation>Đã thêm đề nghị khen thưởng.</translation>
    </message>
    <message>
        <source>Đã lưu đề nghị khen thưởng.</source>
        <translation>Đã lưu đề nghị khen thưởng.</translation>
    </message>
    <message>
        <source>Xóa đề nghị</source>
        <translation>Xóa đề nghị</translation>
    </message>
    <message>
        <source>Xóa đề nghị “{title}” và {lines} dòng của nó?</source>
        <translation>Xóa đề nghị “{title}” và {lines} dòng của nó?</translation>
    </message>
    <message>
        <source>Đã xóa đề nghị khen thưởng.</source>
        <translation>Đã xóa đề nghị khen thưởng.</translation>
    </message>
    <message>
        <source>Đã lưu dòng đề nghị.</source>
        <translation>Đã lưu dòng đề nghị.</translation>
    </message>
    <message>
        <source>Đã xóa dòng {n} khỏi đề nghị.</source>
        <translation>Đã xóa dòng {n} khỏi đề nghị.</translation>
    </message>
    <message>
        <source>Đã trình đề nghị khen thưởng.</source>
        <translation>Đã trình đề nghị khen thưởng.</translation>
    </message>
    <message>
        <source>Đã ghi kết quả xét của Hội đồng Thi đua - Khen thưởng.</source>
        <translation>Đã ghi kết quả xét của Hội đồng Thi đua - Khen thưởng.</translation>
    </message>
    <message>
        <source>Đã trả lại đề nghị: đề nghị trở về nháp.</source>
        <translation>Đã trả lại đề nghị: đề nghị trở về nháp.</translation>
    </message>
    <message>
        <source>Đã ghi quyết định {number}.</source>
        <translation>Đã ghi quyết định {number}.</translation>
    </message>
    <message>
        <source>Đã ghi quyết định {number} đã ban hành.</source>
        <translation>Đã ghi quyết định {number} đã ban hành.</translation>
    </message>
    <message>
        <source>Đã ghi đã trao khen thưởng.</source>
        <translation>Đã ghi đã trao khen thưởng.</translation>
    </message>
    <message>
        <source>Biên bản họp Hội đồng xét khen thưởng {year}</source>
        <translation>Biên bản họp Hội đồng xét khen thưởng {year}</translation>
    </message>
    <message>
        <source>Phiếu bầu {year}</source>
        <translation>Phiếu bầu {year}</translation>
    </message>
    <message>
        <source>Báo cáo thành tích {year} - {name}</source>
        <translation>Báo cáo thành tích {year} - {name}</translation>
    </message>
    <message>
        <source>Quyết định {number} khen thưởng {year}</source>
        <translation>Quyết định {number} khen thưởng {year}</translation>
    </message>
    <message>
        <source>Tờ trình {number} đề nghị khen thưởng {year}</source>
        <translation>Tờ trình {number} đề nghị khen thưởng {year}</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Văn bản Word (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>Lưu văn bản</source>
        <translation>Lưu văn bản</translation>
    </message>
    <message>
        <source>Đang lập văn bản…</source>
        <translation>Đang lập văn bản…</translation>
    </message>
</context>
<context>
    <name>AwardsModel</name>
    <message>
        <source>đột xuất</source>
        <translation>đột xuất</translation>
    </message>
    <message>
        <source>đã đề nghị</source>
        <translation>đã đề nghị</translation>
    </message>
    <message>
        <source>{limit} ({percent}% của {base} {base_name})</source>
        <translation>{limit} ({percent}% của {base} {base_name})</translation>
    </message>
    <message>
        <source>vượt tỷ lệ</source>
        <translation>vượt tỷ lệ</translation>
    </message>
    <message>
        <source>trong tỷ lệ</source>
        <translation>trong tỷ lệ</translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message>
        <source>Mọi trạng thái</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Khen thưởng</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Đề nghị</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Tra cứu</source>
        <translation>Tra cứu</translation>
    </message>
    <message>
        <source>Thống kê</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <source>Sổ sáng kiến</source>
        <translation>Sổ sáng kiến</translation>
    </message>
    <message>
        <source>Thêm đề nghị…</source>
        <translation>Thêm đề nghị…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Hồ sơ liên cấp</source>
        <translation>Hồ sơ liên cấp</translation>
    </message>
    <message>
        <source>Gửi hồ sơ đề nghị (kèm giấy tờ) lên cấp xét, gửi kết quả xét về cấp dưới, nhận hồ sơ và kết quả, xem hộp hồ sơ với trạng thái từng hồ sơ</source>
        <translation>Gửi hồ sơ đề nghị (kèm giấy tờ) lên cấp xét, gửi kết quả xét về cấp dưới, nhận hồ sơ và kết quả, xem hộp hồ sơ với trạng thái từng hồ sơ</translation>
    </message>
    <message>
        <source>Gửi hồ sơ lên cấp trên…</source>
        <translation>Gửi hồ sơ lên cấp trên…</translation>
    </message>
    <message>
        <source>Gửi kết quả xét về cơ quan gửi…</source>
        <translation>Gửi kết quả xét về cơ quan gửi…</translation>
    </message>
    <message>
        <source>Nhận hồ sơ, kết quả…</source>
        <translation>Nhận hồ sơ, kết quả…</translation>
    </message>
    <message>
        <source>Hộp hồ sơ liên cấp…</source>
        <translation>Hộp hồ sơ liên cấp…</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Thêm người, tập thể…</source>
        <translation>Thêm người, tập thể…</translation>
    </message>
    <message>
        <source>Sửa dòng…</source>
        <translation>Sửa dòng…</translation>
    </message>
    <message>
        <source>Xóa dòng</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>Trình…</source>
        <translation>Trình…</translation>
    </message>
    <message>
        <source>Ghi kết quả Hội đồng…</source>
        <translation>Ghi kết quả Hội đồng…</translation>
    </message>
    <message>
        <source>Trả lại…</source>
        <translation>Trả lại…</translation>
    </message>
    <message>
        <source>Quyết định…</source>
        <translation>Quyết định…</translation>
    </message>
    <message>
        <source>Đã trao…</source>
        <translation>Đã trao…</translation>
    </message>
    <message>
        <source>Ghi QĐ đã có…</source>
        <translation>Ghi QĐ đã có…</translation>
    </message>
    <message>
        <source>Danh sách này đã được khen thưởng theo quyết định ban hành ở nơi khác hoặc trước khi dùng phần mềm: ghi quyết định đó, không qua trình và Hội đồng</source>
        <translation>Danh sách này đã được khen thưởng theo quyết định ban hành ở nơi khác hoặc trước khi dùng phần mềm: ghi quyết định đó, không qua trình và Hội đồng</translation>
    </message>
    <message>
        <source>In tờ trình (PDF)…</source>
        <translation>In tờ trình (PDF)…</translation>
    </message>
    <message>
        <source>In quyết định (PDF)…</source>
        <translation>In quyết định (PDF)…</translation>
    </message>
    <message>
        <source>Xuất danh sách (Excel)…</source>
        <translation>Xuất danh sách (Excel)…</translation>
    </message>
    <message>
        <source>Bản Word để sửa</source>
        <translation>Bản Word để sửa</translation>
    </message>
    <message>
        <source>Tờ trình hoặc quyết định dạng .docx, cùng thể thức, để sửa câu chữ trước khi ký</source>
        <translation>Tờ trình hoặc quyết định dạng .docx, cùng thể thức, để sửa câu chữ trước khi ký</translation>
    </message>
    <message>
        <source>Tờ trình (.docx)…</source>
        <translation>Tờ trình (.docx)…</translation>
    </message>
    <message>
        <source>Quyết định (.docx)…</source>
        <translation>Quyết định (.docx)…</translation>
    </message>
    <message>
        <source>Giấy tờ hồ sơ</source>
        <translation>Giấy tờ hồ sơ</translation>
    </message>
    <message>
        <source>Biên bản họp Hội đồng, phiếu bầu, báo cáo thành tích: PDF hoặc Word để sửa; bằng khen, giấy khen in lên phôi</source>
        <translation>Biên bản họp Hội đồng, phiếu bầu, báo cáo thành tích: PDF hoặc Word để sửa; bằng khen, giấy khen in lên phôi</translation>
    </message>
    <message>
        <source>Biên bản họp Hội đồng</source>
        <translation>Biên bản họp Hội đồng</translation>
    </message>
    <message>
        <source>Phiếu bầu (bỏ phiếu kín)</source>
        <translation>Phiếu bầu (bỏ phiếu kín)</translation>
    </message>
    <message>
        <source>Báo cáo thành tích của dòng đang chọn</source>
        <translation>Báo cáo thành tích của dòng đang chọn</translation>
    </message>
    <message>
        <source>Bằng khen, giấy khen in lên phôi…</source>
        <translation>Bằng khen, giấy khen in lên phôi…</translation>
    </message>
    <message>
        <source>Mở tệp vừa lưu</source>
        <translation>Mở tệp vừa lưu</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Mẫu danh sách để đơn vị điền, và nhập danh sách vào đề nghị nháp đang chọn</source>
        <translation>Mẫu danh sách để đơn vị điền, và nhập danh sách vào đề nghị nháp đang chọn</translation>
    </message>
    <message>
        <source>Mẫu danh sách Excel…</source>
        <translation>Mẫu danh sách Excel…</translation>
    </message>
    <message>
        <source>Nhập danh sách từ Excel vào đề nghị này…</source>
        <translation>Nhập danh sách từ Excel vào đề nghị này…</translation>
    </message>
    <message>
        <source>Danh sách đề nghị</source>
        <translation>Danh sách đề nghị</translation>
    </message>
    <message>
        <source>Hồ sơ đính kèm</source>
        <translation>Hồ sơ đính kèm</translation>
    </message>
    <message>
        <source>Năm {year}: đang đọc đề nghị…</source>
        <translation>Năm {year}: đang đọc đề nghị…</translation>
    </message>
    <message>
        <source>Chưa chọn cơ quan sử dụng: bấm “Đổi…” ở góc trên bên phải để chọn.</source>
        <translation>Chưa chọn cơ quan sử dụng: bấm “Đổi…” ở góc trên bên phải để chọn.</translation>
    </message>
    <message>
        <source>Năm {year} · {office} và các đơn vị trực thuộc · {n} đề nghị</source>
        <translation>Năm {year} · {office} và các đơn vị trực thuộc · {n} đề nghị</translation>
    </message>
    <message>
        <source>Đã lập mẫu Excel: {0}</source>
        <translation>Đã lập mẫu Excel: {0}</translation>
    </message>
    <message>
        <source>Chọn một đề nghị để xem danh sách và thao tác.</source>
        <translation>Chọn một đề nghị để xem danh sách và thao tác.</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Cảnh báo theo quy định ({n}):&lt;/b&gt;</source>
        <translation>&lt;b&gt;⚠ Cảnh báo theo quy định ({n}):&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hồ sơ đề nghị</source>
        <translation>Hồ sơ đề nghị</translation>
    </message>
    <message>
        <source>Dòng {n}: {name}</source>
        <translation>Dòng {n}: {name}</translation>
    </message>
    <message>
        <source>Quyết định số {0}</source>
        <translation>Quyết định số {0}</translation>
    </message>
    <message>
        <source>Hồ sơ đính kèm ({0})</source>
        <translation>Hồ sơ đính kèm ({0})</translation>
    </message>
    <message>
        <source>{unit} · Số {number} ngày {day} · trình {level} · Trạng thái: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>{unit} · Số {number} ngày {day} · trình {level} · Trạng thái: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ghi lại quyết định đã ban hành (không qua trình, Hội đồng, bỏ phiếu).</source>
        <translation>Ghi lại quyết định đã ban hành (không qua trình, Hội đồng, bỏ phiếu).</translation>
    </message>
    <message>
        <source>Hội đồng xét ngày {day}: {present}/{members} thành viên có mặt.</source>
        <translation>Hội đồng xét ngày {day}: {present}/{members} thành viên có mặt.</translation>
    </message>
    <message>
        <source>Quyết định {number} ngày {day} của {issuer}, ký: {signer} ({lines} dòng).</source>
        <translation>Quyết định {number} ngày {day} của {issuer}, ký: {signer} ({lines} dòng).</translation>
    </message>
    <message>
        <source>Đã trao ngày {day}.</source>
        <translation>Đã trao ngày {day}.</translation>
    </message>
    <message>
        <source>Đã trả lại ngày {day}, lý do: {reason}</source>
        <translation>Đã trả lại ngày {day}, lý do: {reason}</translation>
    </message>
    <message>
        <source>Hồ sơ đã gửi {receiver} (lần {n}, lúc {when}) · ở cấp xét: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Hồ sơ đã gửi {receiver} (lần {n}, lúc {when}) · ở cấp xét: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hồ sơ nhận từ {sender} (lần {n}): nội dung do cơ quan gửi sửa và gửi lại; ở đây Hội đồng xét, trả lại hoặc quyết định. Trạng thái: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Hồ sơ nhận từ {sender} (lần {n}): nội dung do cơ quan gửi sửa và gửi lại; ở đây Hội đồng xét, trả lại hoặc quyết định. Trạng thái: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color: #8a4b00&apos;&gt;chưa gửi kết quả này về cơ quan gửi&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color: #8a4b00&apos;&gt;chưa gửi kết quả này về cơ quan gửi&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Đã lưu {name}.</source>
        <translation>Đã lưu {name}.</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Sao lưu và khôi phục</source>
        <translation>Sao lưu và khôi phục</translation>
    </message>
    <message>
        <source>Ứng dụng tự sao lưu mỗi ngày một lần khi mở, và trước khi nâng cấp, khôi phục hoặc nhập gói dữ liệu. Giữ lại: 7 bản gần nhất theo ngày, 4 theo tuần, 12 theo tháng; các bản sao an toàn và bản sao thủ công giữ 30 ngày.</source>
        <translation>Ứng dụng tự sao lưu mỗi ngày một lần khi mở, và trước khi nâng cấp, khôi phục hoặc nhập gói dữ liệu. Giữ lại: 7 bản gần nhất theo ngày, 4 theo tuần, 12 theo tháng; các bản sao an toàn và bản sao thủ công giữ 30 ngày.</translation>
    </message>
    <message>
        <source>Dữ liệu đúng, cho phép nhập gói trở lại</source>
        <translation>Dữ liệu đúng, cho phép nhập gói trở lại</translation>
    </message>
    <message>
        <source>Sao lưu ngay</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Khôi phục bản đã chọn…</source>
        <translation>Khôi phục bản đã chọn…</translation>
    </message>
    <message>
        <source>Khôi phục từ tệp khác…</source>
        <translation>Khôi phục từ tệp khác…</translation>
    </message>
    <message>
        <source>Kiểm tra dữ liệu</source>
        <translation>Kiểm tra dữ liệu</translation>
    </message>
    <message>
        <source>Mở thư mục sao lưu</source>
        <translation>Mở thư mục sao lưu</translation>
    </message>
    <message>
        <source>Dữ liệu vừa được khôi phục ({0}, từ {1}). Việc nhập gói dữ liệu tạm dừng cho đến khi bạn kiểm tra và xác nhận dữ liệu đúng.</source>
        <translation>Dữ liệu vừa được khôi phục ({0}, từ {1}). Việc nhập gói dữ liệu tạm dừng cho đến khi bạn kiểm tra và xác nhận dữ liệu đúng.</translation>
    </message>
    <message>
        <source>Đã sao lưu vào {name} ({size}).</source>
        <translation>Đã sao lưu vào {name} ({size}).</translation>
    </message>
    <message>
        <source>Đang sao lưu cơ sở dữ liệu…</source>
        <translation>Đang sao lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu</source>
        <translation>Chọn bản sao lưu</translation>
    </message>
    <message>
        <source>Bản sao lưu (*.sqlite3 *.db);;Mọi tệp (*)</source>
        <translation>Bản sao lưu (*.sqlite3 *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu từ {file} ({description})?

Ứng dụng kiểm tra bản sao lưu, lưu lại dữ liệu hiện tại, rồi thay bằng bản này. Sau đó việc nhập gói dữ liệu tạm dừng cho đến khi bạn xác nhận dữ liệu đúng.</source>
        <translation>Khôi phục dữ liệu từ {file} ({description})?

Ứng dụng kiểm tra bản sao lưu, lưu lại dữ liệu hiện tại, rồi thay bằng bản này. Sau đó việc nhập gói dữ liệu tạm dừng cho đến khi bạn xác nhận dữ liệu đúng.</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu từ {file}?

Ứng dụng kiểm tra bản sao lưu, lưu lại dữ liệu hiện tại, rồi thay bằng bản này. Sau đó việc nhập gói dữ liệu tạm dừng cho đến khi bạn xác nhận dữ liệu đúng.</source>
        <translation>Khôi phục dữ liệu từ {file}?

Ứng dụng kiểm tra bản sao lưu, lưu lại dữ liệu hiện tại, rồi thay bằng bản này. Sau đó việc nhập gói dữ liệu tạm dừng cho đến khi bạn xác nhận dữ liệu đúng.</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Khôi phục dữ liệu</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ {source}.</source>
        <translation>Đã khôi phục dữ liệu từ {source}.</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ {source}. Dữ liệu trước khi khôi phục đã lưu trong {backup}.</source>
        <translation>Đã khôi phục dữ liệu từ {source}. Dữ liệu trước khi khôi phục đã lưu trong {backup}.</translation>
    </message>
    <message>
        <source>Kiểm tra toàn vẹn: {count}</source>
        <translation>Kiểm tra toàn vẹn: {count}</translation>
    </message>
    <message>
        <source>Kiểm tra toàn vẹn: ổn</source>
        <translation>Kiểm tra toàn vẹn: ổn</translation>
    </message>
    <message>
        <source>Kiểm tra khóa ngoại: {count}</source>
        <translation>Kiểm tra khóa ngoại: {count}</translation>
    </message>
    <message>
        <source>Kiểm tra khóa ngoại: ổn</source>
        <translation>Kiểm tra khóa ngoại: ổn</translation>
    </message>
    <message>
        <source>Tệp đính kèm có vấn đề (hãy đính kèm lại): {0}</source>
        <translation>Tệp đính kèm có vấn đề (hãy đính kèm lại): {0}</translation>
    </message>
    <message>
        <source>Đang khôi phục dữ liệu…</source>
        <translation>Đang khôi phục dữ liệu…</translation>
    </message>
    <message>
        <source>Đã xác nhận: việc nhập gói dữ liệu được phép trở lại.</source>
        <translation>Đã xác nhận: việc nhập gói dữ liệu được phép trở lại.</translation>
    </message>
    <message>
        <source>Đang kiểm tra cơ sở dữ liệu…</source>
        <translation>Đang kiểm tra cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Số bản ghi:</source>
        <translation>Số bản ghi:</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <source>Sửa tổ chức</source>
        <translation>Sửa tổ chức</translation>
    </message>
    <message>
        <source>Thêm tổ chức làm công tác TĐKT</source>
        <translation>Thêm tổ chức làm công tác TĐKT</translation>
    </message>
    <message>
        <source>ví dụ Phòng Thi đua - Khen thưởng, Sở Nội vụ</source>
        <translation>ví dụ Phòng Thi đua - Khen thưởng, Sở Nội vụ</translation>
    </message>
    <message>
        <source>Tên tổ chức:</source>
        <translation>Tên tổ chức:</translation>
    </message>
    <message>
        <source>Cấp (dòng của biểu 0604):</source>
        <translation>Cấp (dòng của biểu 0604):</translation>
    </message>
    <message>
        <source>Từ năm:</source>
        <translation>Từ năm:</translation>
    </message>
    <message>
        <source>Đến năm:</source>
        <translation>Đến năm:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Hãy nhập tên tổ chức.</source>
        <translation>Hãy nhập tên tổ chức.</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Sửa phong trào thi đua</source>
        <translation>Sửa phong trào thi đua</translation>
    </message>
    <message>
        <source>Thêm phong trào thi đua</source>
        <translation>Thêm phong trào thi đua</translation>
    </message>
    <message>
        <source>ví dụ CT10-2023</source>
        <translation>ví dụ CT10-2023</translation>
    </message>
    <message>
        <source>ví dụ 10/CT-UBND</source>
        <translation>ví dụ 10/CT-UBND</translation>
    </message>
    <message>
        <source>Mã phong trào:</source>
        <translation>Mã phong trào:</translation>
    </message>
    <message>
        <source>Tên phong trào:</source>
        <translation>Tên phong trào:</translation>
    </message>
    <message>
        <source>Hình thức:</source>
        <translation>Hình thức:</translation>
    </message>
    <message>
        <source>Chủ đề:</source>
        <translation>Chủ đề:</translation>
    </message>
    <message>
        <source>Văn bản phát động — số:</source>
        <translation>Văn bản phát động — số:</translation>
    </message>
    <message>
        <source>ngày:</source>
        <translation>ngày:</translation>
    </message>
    <message>
        <source>cơ quan ban hành:</source>
        <translation>cơ quan ban hành:</translation>
    </message>
    <message>
        <source>trích yếu:</source>
        <translation>trích yếu:</translation>
    </message>
    <message>
        <source>Bắt đầu:</source>
        <translation>Bắt đầu:</translation>
    </message>
    <message>
        <source>Kết thúc:</source>
        <translation>Kết thúc:</translation>
    </message>
    <message>
        <source>Phạm vi:</source>
        <translation>Phạm vi:</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Hãy nhập mã phong trào.</source>
        <translation>Hãy nhập mã phong trào.</translation>
    </message>
    <message>
        <source>Hãy nhập tên phong trào.</source>
        <translation>Hãy nhập tên phong trào.</translation>
    </message>
    <message>
        <source>Ngày bắt đầu phải trước ngày kết thúc.</source>
        <translation>Ngày bắt đầu phải trước ngày kết thúc.</translation>
    </message>
    <message>
        <source>Hãy chọn phạm vi phong trào.</source>
        <translation>Hãy chọn phạm vi phong trào.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>{status} (cấp trên)</source>
        <translation>{status} (cấp trên)</translation>
    </message>
    <message>
        <source>Phong trào thi đua &amp; chỉ tiêu</source>
        <translation>Phong trào thi đua &amp; chỉ tiêu</translation>
    </message>
    <message>
        <source>Thêm phong trào…</source>
        <translation>Thêm phong trào…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Giao chỉ tiêu</source>
        <translation>Giao chỉ tiêu</translation>
    </message>
    <message>
        <source>Đăng ký thi đua</source>
        <translation>Đăng ký thi đua</translation>
    </message>
    <message>
        <source>Tên:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Văn bản phát động:</source>
        <translation>Văn bản phát động:</translation>
    </message>
    <message>
        <source>Thời gian, hình thức:</source>
        <translation>Thời gian, hình thức:</translation>
    </message>
    <message>
        <source>Phạm vi:</source>
        <translation>Phạm vi:</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Tệp đính kèm:</source>
        <translation>Tệp đính kèm:</translation>
    </message>
    <message>
        <source>Thêm chỉ tiêu…</source>
        <translation>Thêm chỉ tiêu…</translation>
    </message>
    <message>
        <source>Lưu chỉ tiêu</source>
        <translation>Lưu chỉ tiêu</translation>
    </message>
    <message>
        <source>Giao theo bảng…</source>
        <translation>Giao theo bảng…</translation>
    </message>
    <message>
        <source>Giao chỉ tiêu cho mọi đơn vị một lần: gõ hoặc dán cả khối từ Excel</source>
        <translation>Giao chỉ tiêu cho mọi đơn vị một lần: gõ hoặc dán cả khối từ Excel</translation>
    </message>
    <message>
        <source>Mẫu Excel…</source>
        <translation>Mẫu Excel…</translation>
    </message>
    <message>
        <source>Lập tệp Excel để giao chỉ tiêu cho các đơn vị (ghi số hoặc khoảng “9,5 - 10”)</source>
        <translation>Lập tệp Excel để giao chỉ tiêu cho các đơn vị (ghi số hoặc khoảng “9,5 - 10”)</translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Xem trước rồi nhập chỉ tiêu giao từ tệp Excel</source>
        <translation>Xem trước rồi nhập chỉ tiêu giao từ tệp Excel</translation>
    </message>
    <message>
        <source>Gõ số kiểu Việt Nam (&quot;9,5&quot;, &quot;43.000&quot;); để trống là chưa giao chỉ tiêu.</source>
        <translation>Gõ số kiểu Việt Nam (&quot;9,5&quot;, &quot;43.000&quot;); để trống là chưa giao chỉ tiêu.</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Đơn vị được giao:</source>
        <translation>Đơn vị được giao:</translation>
    </message>
    <message>
        <source>Đăng ký…</source>
        <translation>Đăng ký…</translation>
    </message>
    <message>
        <source>Duyệt</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Trả lại…</source>
        <translation>Trả lại…</translation>
    </message>
    <message>
        <source>{status} — dữ liệu minh họa</source>
        <translation>{status} — dữ liệu minh họa</translation>
    </message>
    <message>
        <source>{status} — do cấp trên ban hành: chỉ xem, không sửa</source>
        <translation>{status} — do cấp trên ban hành: chỉ xem, không sửa</translation>
    </message>
    <message>
        <source>{status} — do cấp trên ban hành: chỉ xem, không sửa — dữ liệu minh họa</source>
        <translation>{status} — do cấp trên ban hành: chỉ xem, không sửa — dữ liệu minh họa</translation>
    </message>
    <message>
        <source>Năm {0}</source>
        <translation>Năm {0}</translation>
    </message>
    <message>
        <source>Chọn đơn vị khác</source>
        <translation>Chọn đơn vị khác</translation>
    </message>
    <message>
        <source>Chọn phong trào khác</source>
        <translation>Chọn phong trào khác</translation>
    </message>
    <message>
        <source>Chỉ tiêu chưa lưu</source>
        <translation>Chỉ tiêu chưa lưu</translation>
    </message>
    <message>
        <source>Chỉ tiêu của {0} đã sửa nhưng chưa lưu. {1}: lưu trước?</source>
        <translation>Chỉ tiêu của {0} đã sửa nhưng chưa lưu. {1}: lưu trước?</translation>
    </message>
    <message>
        <source>Xóa phong trào</source>
        <translation>Xóa phong trào</translation>
    </message>
    <message>
        <source>Xóa phong trào {0}? Chỉ xóa được khi chưa có kết quả.</source>
        <translation>Xóa phong trào {0}? Chỉ xóa được khi chưa có kết quả.</translation>
    </message>
    <message>
        <source>Xóa chỉ tiêu</source>
        <translation>Xóa chỉ tiêu</translation>
    </message>
    <message>
        <source>Xóa chỉ tiêu “{0}”?</source>
        <translation>Xóa chỉ tiêu “{0}”?</translation>
    </message>
    <message>
        <source>Chỉ tiêu chưa hợp lệ</source>
        <translation>Chỉ tiêu chưa hợp lệ</translation>
    </message>
    <message>
        <source>Các ô tô đỏ chưa hợp lệ; di chuột vào để xem lý do.</source>
        <translation>Các ô tô đỏ chưa hợp lệ; di chuột vào để xem lý do.</translation>
    </message>
    <message>
        <source>Mở bảng giao chỉ tiêu</source>
        <translation>Mở bảng giao chỉ tiêu</translation>
    </message>
    <message>
        <source>Đã lập mẫu Excel: {0}</source>
        <translation>Đã lập mẫu Excel: {0}</translation>
    </message>
    <message>
        <source>Nhập chỉ tiêu từ Excel</source>
        <translation>Nhập chỉ tiêu từ Excel</translation>
    </message>
    <message>
        <source>Trả lại đăng ký</source>
        <translation>Trả lại đăng ký</translation>
    </message>
    <message>
        <source>Lý do trả lại (đơn vị sẽ thấy lý do này):</source>
        <translation>Lý do trả lại (đơn vị sẽ thấy lý do này):</translation>
    </message>
</context>
<context>
    <name>CasesDialog</name>
    <message>
        <source>Tạm dừng xét khen thưởng — {name}</source>
        <translation>Tạm dừng xét khen thưởng — {name}</translation>
    </message>
    <message>
        <source>Trong thời gian đang bị xem xét kỷ luật, thanh tra, kiểm tra hoặc có đơn thư khiếu nại, tố cáo đang được xác minh, chưa xét khen thưởng (Nghị định 152/2025/NĐ-CP): đề nghị có cảnh báo và quyết định không gồm dòng của đối tượng.</source>
        <translation>Trong thời gian đang bị xem xét kỷ luật, thanh tra, kiểm tra hoặc có đơn thư khiếu nại, tố cáo đang được xác minh, chưa xét khen thưởng (Nghị định 152/2025/NĐ-CP): đề nghị có cảnh báo và quyết định không gồm dòng của đối tượng.</translation>
    </message>
    <message>
        <source>ví dụ số văn bản, nội dung</source>
        <translation>ví dụ số văn bản, nội dung</translation>
    </message>
    <message>
        <source>Ghi việc</source>
        <translation>Ghi việc</translation>
    </message>
    <message>
        <source>Ghi đã kết thúc ngày</source>
        <translation>Ghi đã kết thúc ngày</translation>
    </message>
    <message>
        <source>Xóa (ghi nhầm)</source>
        <translation>Xóa (ghi nhầm)</translation>
    </message>
    <message>
        <source>Việc mới:</source>
        <translation>Việc mới:</translation>
    </message>
    <message>
        <source>từ ngày</source>
        <translation>từ ngày</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Chi</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Đã thôi dùng</source>
        <translation>Đã thôi dùng</translation>
    </message>
    <message>
        <source>Mục thu, chi của sổ quỹ</source>
        <translation>Mục thu, chi của sổ quỹ</translation>
    </message>
    <message>
        <source>Mục thu, chi để chọn khi ghi sổ quỹ thi đua, khen thưởng. Mục đã thôi dùng không còn được chọn cho chứng từ mới; chứng từ đã ghi vẫn giữ mục của mình.</source>
        <translation>Mục thu, chi để chọn khi ghi sổ quỹ thi đua, khen thưởng. Mục đã thôi dùng không còn được chọn cho chứng từ mới; chứng từ đã ghi vẫn giữ mục của mình.</translation>
    </message>
    <message>
        <source>Đổi tên…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <source>Thôi dùng</source>
        <translation>Thôi dùng</translation>
    </message>
    <message>
        <source>tên mục, ví dụ Hội nghị tổng kết</source>
        <translation>tên mục, ví dụ Hội nghị tổng kết</translation>
    </message>
    <message>
        <source>Thêm mục</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <source>Mục mới:</source>
        <translation>Mục mới:</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Dùng lại</source>
        <translation>Dùng lại</translation>
    </message>
    <message>
        <source>Đổi tên mục</source>
        <translation>Đổi tên mục</translation>
    </message>
    <message>
        <source>Tên mới của mục “{name}”:</source>
        <translation>Tên mới của mục “{name}”:</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>In bằng khen, giấy khen lên phôi</source>
        <translation>In bằng khen, giấy khen lên phôi</translation>
    </message>
    <message>
        <source>Quyết định {number} ngày {day}</source>
        <translation>Quyết định {number} ngày {day}</translation>
    </message>
    <message>
        <source>Mỗi lần in một loại phôi: bằng khen khổ A3, giấy khen khổ A4…</source>
        <translation>Mỗi lần in một loại phôi: bằng khen khổ A3, giấy khen khổ A4…</translation>
    </message>
    <message>
        <source>Quyết định:</source>
        <translation>Quyết định:</translation>
    </message>
    <message>
        <source>Phôi:</source>
        <translation>Phôi:</translation>
    </message>
    <message>
        <source>Người, tập thể được in</source>
        <translation>Người, tập thể được in</translation>
    </message>
    <message>
        <source>Dịch cả trang: ngang</source>
        <translation>Dịch cả trang: ngang</translation>
    </message>
    <message>
        <source>dọc</source>
        <translation>dọc</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Ngang (mm)</source>
        <translation>Ngang (mm)</translation>
    </message>
    <message>
        <source>Dọc (mm)</source>
        <translation>Dọc (mm)</translation>
    </message>
    <message>
        <source>Cỡ chữ</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Số dương dịch sang phải, xuống dưới (mm). In trang thử lên giấy trắng, đặt chồng lên phôi, đo độ lệch theo lưới rồi nhập vào đây. Bỏ chọn “In” cho trường đã in sẵn trên phôi.</source>
        <translation>Số dương dịch sang phải, xuống dưới (mm). In trang thử lên giấy trắng, đặt chồng lên phôi, đo độ lệch theo lưới rồi nhập vào đây. Bỏ chọn “In” cho trường đã in sẵn trên phôi.</translation>
    </message>
    <message>
        <source>Lưu căn chỉnh</source>
        <translation>Lưu căn chỉnh</translation>
    </message>
    <message>
        <source>Về mặc định</source>
        <translation>Về mặc định</translation>
    </message>
    <message>
        <source>Căn chỉnh phôi này (máy in của cơ quan)</source>
        <translation>Căn chỉnh phôi này (máy in của cơ quan)</translation>
    </message>
    <message>
        <source>Bản in</source>
        <translation>Bản in</translation>
    </message>
    <message>
        <source>Trang thử có lưới</source>
        <translation>Trang thử có lưới</translation>
    </message>
    <message>
        <source>Xem trước:</source>
        <translation>Xem trước:</translation>
    </message>
    <message>
        <source>Đang lập bản xem trước…</source>
        <translation>Đang lập bản xem trước…</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Đang đọc quyết định…</source>
        <translation>Đang đọc quyết định…</translation>
    </message>
    <message>
        <source>{name} — {count} bản</source>
        <translation>{name} — {count} bản</translation>
    </message>
    <message>
        <source>Chưa chọn người, tập thể nào để in.</source>
        <translation>Chưa chọn người, tập thể nào để in.</translation>
    </message>
    <message>
        <source>Máy này không xem trước được PDF; hãy lưu PDF để xem.</source>
        <translation>Máy này không xem trước được PDF; hãy lưu PDF để xem.</translation>
    </message>
    <message>
        <source>Đã lưu căn chỉnh {name}.</source>
        <translation>Đã lưu căn chỉnh {name}.</translation>
    </message>
    <message>
        <source>{blank} - Quyết định {number}</source>
        <translation>{blank} - Quyết định {number}</translation>
    </message>
    <message>
        <source>Lưu bằng khen, giấy khen</source>
        <translation>Lưu bằng khen, giấy khen</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Đã lưu {pages} trang: {path}</source>
        <translation>Đã lưu {pages} trang: {path}</translation>
    </message>
    <message>
        <source>Đang lưu…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Máy này không in trực tiếp được; hãy lưu PDF rồi in từ trình đọc PDF.</source>
        <translation>Máy này không in trực tiếp được; hãy lưu PDF rồi in từ trình đọc PDF.</translation>
    </message>
    <message>
        <source>In lên phôi: {name}</source>
        <translation>In lên phôi: {name}</translation>
    </message>
    <message>
        <source>Đã gửi {0} trang tới máy in.</source>
        <translation>Đã gửi {0} trang tới máy in.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Tiêu chí nông thôn mới — {0}</source>
        <translation>Tiêu chí nông thôn mới — {0}</translation>
    </message>
    <message>
        <source>Năm {0} · mức đạt chuẩn: {1}. Đánh dấu tiêu chí đã đạt; di chuột lên tên tiêu chí để xem các chỉ tiêu.</source>
        <translation>Năm {0} · mức đạt chuẩn: {1}. Đánh dấu tiêu chí đã đạt; di chuột lên tên tiêu chí để xem các chỉ tiêu.</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Xã ngoài phạm vi: chỉ xem.</source>
        <translation>Xã ngoài phạm vi: chỉ xem.</translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <source>Sửa cụm, khối thi đua</source>
        <translation>Sửa cụm, khối thi đua</translation>
    </message>
    <message>
        <source>Thêm cụm, khối thi đua</source>
        <translation>Thêm cụm, khối thi đua</translation>
    </message>
    <message>
        <source>ví dụ CUM-01</source>
        <translation>ví dụ CUM-01</translation>
    </message>
    <message>
        <source>số giao ước thi đua, ví dụ 05/GƯTĐ-CTĐ1</source>
        <translation>số giao ước thi đua, ví dụ 05/GƯTĐ-CTĐ1</translation>
    </message>
    <message>
        <source>Mã:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <source>Tên:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Hội đồng TĐKT tổ chức:</source>
        <translation>Hội đồng TĐKT tổ chức:</translation>
    </message>
    <message>
        <source>Số giao ước:</source>
        <translation>Số giao ước:</translation>
    </message>
    <message>
        <source>Ngày ký giao ước:</source>
        <translation>Ngày ký giao ước:</translation>
    </message>
    <message>
        <source>Thành phần ký:</source>
        <translation>Thành phần ký:</translation>
    </message>
    <message>
        <source>Hạn tự chấm điểm:</source>
        <translation>Hạn tự chấm điểm:</translation>
    </message>
    <message>
        <source>Hạn chấm chéo (cụm xét):</source>
        <translation>Hạn chấm chéo (cụm xét):</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Hãy nhập mã và tên cụm, khối.</source>
        <translation>Hãy nhập mã và tên cụm, khối.</translation>
    </message>
    <message>
        <source>Hãy chọn Hội đồng TĐKT tổ chức.</source>
        <translation>Hãy chọn Hội đồng TĐKT tổ chức.</translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Tối đa</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Tự chấm</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Cụm chấm</source>
        <translation>Cụm chấm</translation>
    </message>
    <message>
        <source>Lý do sửa điểm</source>
        <translation>Lý do sửa điểm</translation>
    </message>
    <message>
        <source>Lập đề nghị khen thưởng</source>
        <translation>Lập đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Đề nghị cho các đơn vị xếp hạng từ 1 đến:</source>
        <translation>Đề nghị cho các đơn vị xếp hạng từ 1 đến:</translation>
    </message>
    <message>
        <source>Cụm, khối thi đua</source>
        <translation>Cụm, khối thi đua</translation>
    </message>
    <message>
        <source>Thêm cụm, khối…</source>
        <translation>Thêm cụm, khối…</translation>
    </message>
    <message>
        <source>Sửa, giao ước…</source>
        <translation>Sửa, giao ước…</translation>
    </message>
    <message>
        <source>Thành viên…</source>
        <translation>Thành viên…</translation>
    </message>
    <message>
        <source>Bảng chấm điểm…</source>
        <translation>Bảng chấm điểm…</translation>
    </message>
    <message>
        <source>Chép bảng năm trước</source>
        <translation>Chép bảng năm trước</translation>
    </message>
    <message>
        <source>Bảng chấm điểm</source>
        <translation>Bảng chấm điểm</translation>
    </message>
    <message>
        <source>Chấm điểm</source>
        <translation>Chấm điểm</translation>
    </message>
    <message>
        <source>Xếp hạng</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Mẫu Excel để các đơn vị ghi điểm tự chấm, và nhập điểm từ Excel</source>
        <translation>Mẫu Excel để các đơn vị ghi điểm tự chấm, và nhập điểm từ Excel</translation>
    </message>
    <message>
        <source>Mẫu Excel chấm điểm…</source>
        <translation>Mẫu Excel chấm điểm…</translation>
    </message>
    <message>
        <source>Nhập điểm từ Excel…</source>
        <translation>Nhập điểm từ Excel…</translation>
    </message>
    <message>
        <source>Điền điểm gợi ý</source>
        <translation>Điền điểm gợi ý</translation>
    </message>
    <message>
        <source>Điền vào các ô tự chấm còn trống điểm gợi ý từ dữ liệu của năm (công nhận an toàn về ANTT, nông thôn mới, tỷ lệ chỉ tiêu đạt) cho các tiêu chí có nguồn gợi ý</source>
        <translation>Điền vào các ô tự chấm còn trống điểm gợi ý từ dữ liệu của năm (công nhận an toàn về ANTT, nông thôn mới, tỷ lệ chỉ tiêu đạt) cho các tiêu chí có nguồn gợi ý</translation>
    </message>
    <message>
        <source>Lưu điểm tự chấm</source>
        <translation>Lưu điểm tự chấm</translation>
    </message>
    <message>
        <source>Lưu điểm cụm chấm</source>
        <translation>Lưu điểm cụm chấm</translation>
    </message>
    <message>
        <source>Thành viên:</source>
        <translation>Thành viên:</translation>
    </message>
    <message>
        <source>Công bố kết quả…</source>
        <translation>Công bố kết quả…</translation>
    </message>
    <message>
        <source>Lập đề nghị khen thưởng…</source>
        <translation>Lập đề nghị khen thưởng…</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Giao ước thi đua, kèm thang điểm</source>
        <translation>Giao ước thi đua, kèm thang điểm</translation>
    </message>
    <message>
        <source>Biên bản họp chấm chéo, xếp hạng</source>
        <translation>Biên bản họp chấm chéo, xếp hạng</translation>
    </message>
    <message>
        <source>Bảng tổng hợp kết quả</source>
        <translation>Bảng tổng hợp kết quả</translation>
    </message>
    <message>
        <source>Phiếu chấm điểm của các thành viên</source>
        <translation>Phiếu chấm điểm của các thành viên</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Trao đổi</source>
        <translation>Trao đổi</translation>
    </message>
    <message>
        <source>Gửi bảng chấm điểm xuống các đơn vị thành viên, gửi điểm tự chấm lên cơ quan tổ chức, nhận gói của cụm, khối</source>
        <translation>Gửi bảng chấm điểm xuống các đơn vị thành viên, gửi điểm tự chấm lên cơ quan tổ chức, nhận gói của cụm, khối</translation>
    </message>
    <message>
        <source>Gửi bảng chấm điểm xuống các thành viên…</source>
        <translation>Gửi bảng chấm điểm xuống các thành viên…</translation>
    </message>
    <message>
        <source>Gửi điểm tự chấm lên cơ quan tổ chức…</source>
        <translation>Gửi điểm tự chấm lên cơ quan tổ chức…</translation>
    </message>
    <message>
        <source>Nhận gói cụm, khối…</source>
        <translation>Nhận gói cụm, khối…</translation>
    </message>
    <message>
        <source>Tệp minh chứng</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <source>Tệp minh chứng của thành viên đang chọn ở thẻ Chấm điểm</source>
        <translation>Tệp minh chứng của thành viên đang chọn ở thẻ Chấm điểm</translation>
    </message>
    <message>
        <source>Văn bản giao ước</source>
        <translation>Văn bản giao ước</translation>
    </message>
    <message>
        <source>Giao ước thi đua, phiếu chấm điểm của từng thành viên, biên bản họp chấm chéo và bảng tổng hợp kết quả: PDF, Word, Excel</source>
        <translation>Giao ước thi đua, phiếu chấm điểm của từng thành viên, biên bản họp chấm chéo và bảng tổng hợp kết quả: PDF, Word, Excel</translation>
    </message>
    <message>
        <source>Năm {year} · {n} cụm, khối thi đua</source>
        <translation>Năm {year} · {n} cụm, khối thi đua</translation>
    </message>
    <message>
        <source>Chọn một cụm, khối để xem bảng chấm điểm và kết quả.</source>
        <translation>Chọn một cụm, khối để xem bảng chấm điểm và kết quả.</translation>
    </message>
    <message>
        <source>Bằng điểm: xét điểm tiêu chí {codes}, rồi điểm trừ ít hơn.</source>
        <translation>Bằng điểm: xét điểm tiêu chí {codes}, rồi điểm trừ ít hơn.</translation>
    </message>
    <message>
        <source>Chưa có điểm: {names}.</source>
        <translation>Chưa có điểm: {names}.</translation>
    </message>
    <message>
        <source>Đã công bố ngày {day}.</source>
        <translation>Đã công bố ngày {day}.</translation>
    </message>
    <message>
        <source>Hội đồng TĐKT {unit}</source>
        <translation>Hội đồng TĐKT {unit}</translation>
    </message>
    <message>
        <source>{n} thành viên · bảng chấm điểm {points} điểm (kể cả điểm thưởng)</source>
        <translation>{n} thành viên · bảng chấm điểm {points} điểm (kể cả điểm thưởng)</translation>
    </message>
    <message>
        <source>Giao ước thi đua số {number} ngày {day}; ký: {who}</source>
        <translation>Giao ước thi đua số {number} ngày {day}; ký: {who}</translation>
    </message>
    <message>
        <source>Đã gửi bảng chấm điểm xuống các thành viên lúc {when}.</source>
        <translation>Đã gửi bảng chấm điểm xuống các thành viên lúc {when}.</translation>
    </message>
    <message>
        <source>Tự chấm: {own} · sau chấm chéo: {total} (thưởng {bonus}, trừ {deduction})</source>
        <translation>Tự chấm: {own} · sau chấm chéo: {total} (thưởng {bonus}, trừ {deduction})</translation>
    </message>
    <message>
        <source>đã gửi lên lúc {when}</source>
        <translation>đã gửi lên lúc {when}</translation>
    </message>
    <message>
        <source>nhận gói điểm của đơn vị lúc {when}</source>
        <translation>nhận gói điểm của đơn vị lúc {when}</translation>
    </message>
    <message>
        <source>Đã lưu {name}.</source>
        <translation>Đã lưu {name}.</translation>
    </message>
    <message>
        <source>Đã lưu {n} thành viên.</source>
        <translation>Đã lưu {n} thành viên.</translation>
    </message>
    <message>
        <source>Đã lưu bảng chấm điểm ({n} tiêu chí).</source>
        <translation>Đã lưu bảng chấm điểm ({n} tiêu chí).</translation>
    </message>
    <message>
        <source>Đã chép bảng chấm điểm năm trước.</source>
        <translation>Đã chép bảng chấm điểm năm trước.</translation>
    </message>
    <message>
        <source>Tiêu chí {code}: {reason}</source>
        <translation>Tiêu chí {code}: {reason}</translation>
    </message>
    <message>
        <source>Đã lưu điểm {stage} của {unit}.</source>
        <translation>Đã lưu điểm {stage} của {unit}.</translation>
    </message>
    <message>
        <source>cụm chấm</source>
        <translation>cụm chấm</translation>
    </message>
    <message>
        <source>tự chấm</source>
        <translation>tự chấm</translation>
    </message>
    <message>
        <source>Đã điền {n} điểm gợi ý: hãy xem lại rồi lưu.</source>
        <translation>Đã điền {n} điểm gợi ý: hãy xem lại rồi lưu.</translation>
    </message>
    <message>
        <source>Đã lập mẫu Excel: {0}</source>
        <translation>Đã lập mẫu Excel: {0}</translation>
    </message>
    <message>
        <source>Bảng tổng hợp chấm điểm {year} - {name}</source>
        <translation>Bảng tổng hợp chấm điểm {year} - {name}</translation>
    </message>
    <message>
        <source>Phiếu chấm điểm {year} - {name}</source>
        <translation>Phiếu chấm điểm {year} - {name}</translation>
    </message>
    <message>
        <source>Giao ước thi đua {year} - {name}</source>
        <translation>Giao ước thi đua {year} - {name}</translation>
    </message>
    <message>
        <source>Biên bản họp chấm điểm {year} - {name}</source>
        <translation>Biên bản họp chấm điểm {year} - {name}</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Văn bản Word (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Lưu văn bản</source>
        <translation>Lưu văn bản</translation>
    </message>
    <message>
        <source>Đã lưu {0}.</source>
        <translation>Đã lưu {0}.</translation>
    </message>
    <message>
        <source>Công bố kết quả</source>
        <translation>Công bố kết quả</translation>
    </message>
    <message>
        <source>Công bố kết quả chấm điểm của {name}? Sau khi công bố, điểm và bảng chấm điểm năm {year} không sửa được nữa.</source>
        <translation>Công bố kết quả chấm điểm của {name}? Sau khi công bố, điểm và bảng chấm điểm năm {year} không sửa được nữa.</translation>
    </message>
    <message>
        <source>Đã công bố kết quả chấm điểm.</source>
        <translation>Đã công bố kết quả chấm điểm.</translation>
    </message>
    <message>
        <source>Đã lập đề nghị khen thưởng (nháp) ở trang Khen thưởng.</source>
        <translation>Đã lập đề nghị khen thưởng (nháp) ở trang Khen thưởng.</translation>
    </message>
</context>
<context>
    <name>CommuneModel</name>
    <message>
        <source>Chưa đạt chuẩn</source>
        <translation>Chưa đạt chuẩn</translation>
    </message>
    <message>
        <source>NTM</source>
        <translation>NTM</translation>
    </message>
    <message>
        <source>NTM nâng cao</source>
        <translation>NTM nâng cao</translation>
    </message>
    <message>
        <source>NTM kiểu mẫu</source>
        <translation>NTM kiểu mẫu</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Huyện</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn</source>
        <translation>Mức đạt chuẩn</translation>
    </message>
    <message>
        <source>Tiêu chí
NTM</source>
        <translation>Tiêu chí
NTM</translation>
    </message>
    <message>
        <source>Tiêu chí
nâng cao</source>
        <translation>Tiêu chí
nâng cao</translation>
    </message>
    <message>
        <source>Điều kiện
kiểu mẫu</source>
        <translation>Điều kiện
kiểu mẫu</translation>
    </message>
    <message>
        <source>Kế hoạch
trong năm</source>
        <translation>Kế hoạch
trong năm</translation>
    </message>
    <message>
        <source>Còn thiếu cho
mức tiếp theo</source>
        <translation>Còn thiếu cho
mức tiếp theo</translation>
    </message>
    <message>
        <source>Ghi nhận</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Chưa có số liệu</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <source>(đã đạt mức cao nhất)</source>
        <translation>(đã đạt mức cao nhất)</translation>
    </message>
    <message>
        <source>{level}: đủ tiêu chí</source>
        <translation>{level}: đủ tiêu chí</translation>
    </message>
    <message>
        <source>{name} — mã {code}</source>
        <translation>{name} — mã {code}</translation>
    </message>
    <message>
        <source>{code}. {name} (chưa đánh giá)</source>
        <translation>{code}. {name} (chưa đánh giá)</translation>
    </message>
    <message>
        <source>Chưa có quyết định công nhận</source>
        <translation>Chưa có quyết định công nhận</translation>
    </message>
    <message>
        <source>Kế hoạch năm {year}: {level} (đã đạt)</source>
        <translation>Kế hoạch năm {year}: {level} (đã đạt)</translation>
    </message>
    <message>
        <source>Kế hoạch năm {year}: {level} (chưa đạt)</source>
        <translation>Kế hoạch năm {year}: {level} (chưa đạt)</translation>
    </message>
    <message>
        <source>▲ mới: {level}</source>
        <translation>▲ mới: {level}</translation>
    </message>
    <message>
        <source>⚠ xem xét thu hồi</source>
        <translation>⚠ xem xét thu hồi</translation>
    </message>
    <message>
        <source>chưa có tiêu chí năm {year}</source>
        <translation>chưa có tiêu chí năm {year}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Tổng quan</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Đang mở dữ liệu…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <source>Chỉ tiêu thi đua</source>
        <translation>Chỉ tiêu thi đua</translation>
    </message>
    <message>
        <source>Xem chỉ tiêu →</source>
        <translation>Xem chỉ tiêu →</translation>
    </message>
    <message>
        <source>An toàn ANTT và &quot;3 không&quot;</source>
        <translation>An toàn ANTT và &quot;3 không&quot;</translation>
    </message>
    <message>
        <source>Xem chi tiết →</source>
        <translation>Xem chi tiết →</translation>
    </message>
    <message>
        <source>Nông thôn mới</source>
        <translation>Nông thôn mới</translation>
    </message>
    <message>
        <source>Xem các xã →</source>
        <translation>Xem các xã →</translation>
    </message>
    <message>
        <source>Công nhận mới trong năm</source>
        <translation>Công nhận mới trong năm</translation>
    </message>
    <message>
        <source>Lập báo cáo →</source>
        <translation>Lập báo cáo →</translation>
    </message>
    <message>
        <source>Các chỉ tiêu được giao</source>
        <translation>Các chỉ tiêu được giao</translation>
    </message>
    <message>
        <source>Xếp hạng cụm, khối thi đua</source>
        <translation>Xếp hạng cụm, khối thi đua</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Chỉ tiêu giao</source>
        <translation>Chỉ tiêu giao</translation>
    </message>
    <message>
        <source>Đánh giá</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>đã công bố</source>
        <translation>đã công bố</translation>
    </message>
    <message>
        <source>chưa công bố</source>
        <translation>chưa công bố</translation>
    </message>
    <message>
        <source>{name}: tổng điểm ({state})</source>
        <translation>{name}: tổng điểm ({state})</translation>
    </message>
    <message>
        <source>Chưa chọn cơ quan sử dụng: bấm “Đổi…” ở góc trên bên phải để chọn.</source>
        <translation>Chưa chọn cơ quan sử dụng: bấm “Đổi…” ở góc trên bên phải để chọn.</translation>
    </message>
    <message>
        <source>Tổng quan năm {0}</source>
        <translation>Tổng quan năm {0}</translation>
    </message>
    <message>
        <source>{scope} · {campaigns} phong trào thi đua trong năm · số liệu minh họa</source>
        <translation>{scope} · {campaigns} phong trào thi đua trong năm · số liệu minh họa</translation>
    </message>
    <message>
        <source>{scope} · {campaigns} phong trào thi đua trong năm</source>
        <translation>{scope} · {campaigns} phong trào thi đua trong năm</translation>
    </message>
    <message>
        <source>Các chỉ tiêu được giao cho {0} ({1})</source>
        <translation>Các chỉ tiêu được giao cho {0} ({1})</translation>
    </message>
    <message>
        <source>chỉ tiêu hoàn thành (vượt mức {0})</source>
        <translation>chỉ tiêu hoàn thành (vượt mức {0})</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;không đạt {1}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{0}&apos;&gt;không đạt {1}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>chưa có số liệu {0}</source>
        <translation>chưa có số liệu {0}</translation>
    </message>
    <message>
        <source>Chưa có chỉ tiêu nào được giao năm này.</source>
        <translation>Chưa có chỉ tiêu nào được giao năm này.</translation>
    </message>
    <message>
        <source>{0} xã, phường, thị trấn; chưa có số liệu.</source>
        <translation>{0} xã, phường, thị trấn; chưa có số liệu.</translation>
    </message>
    <message>
        <source>{0}/{1} đơn vị đạt cả hai&lt;br&gt;chỉ tiêu ≥ {2}%: &lt;b style=&apos;color:{3}&apos;&gt;{4}&lt;/b&gt;</source>
        <translation>{0}/{1} đơn vị đạt cả hai&lt;br&gt;chỉ tiêu ≥ {2}%: &lt;b style=&apos;color:{3}&apos;&gt;{4}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Không có xã thuộc đối tượng nông thôn mới.</source>
        <translation>Không có xã thuộc đối tượng nông thôn mới.</translation>
    </message>
    <message>
        <source>{0}/{1} xã</source>
        <translation>{0}/{1} xã</translation>
    </message>
    <message>
        <source>đạt chuẩn NTM&lt;br&gt;nâng cao {0} · kiểu mẫu {1}</source>
        <translation>đạt chuẩn NTM&lt;br&gt;nâng cao {0} · kiểu mẫu {1}</translation>
    </message>
    <message>
        <source>{level}: &lt;b&gt;{new}&lt;/b&gt; / {target} &lt;span style=&apos;color:{colour}&apos;&gt;({status})&lt;/span&gt;</source>
        <translation>{level}: &lt;b&gt;{new}&lt;/b&gt; / {target} &lt;span style=&apos;color:{colour}&apos;&gt;({status})&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{0} xã</source>
        <translation>{0} xã</translation>
    </message>
    <message>
        <source>Không có kế hoạch hay chỉ tiêu công nhận mới.</source>
        <translation>Không có kế hoạch hay chỉ tiêu công nhận mới.</translation>
    </message>
    <message>
        <source>Chỉ tiêu theo kết quả đánh giá</source>
        <translation>Chỉ tiêu theo kết quả đánh giá</translation>
    </message>
    <message>
        <source>Chưa có chỉ tiêu nào được giao năm {0}.</source>
        <translation>Chưa có chỉ tiêu nào được giao năm {0}.</translation>
    </message>
    <message>
        <source>Chưa có số liệu &quot;3 không&quot;, ANTT năm {0}.</source>
        <translation>Chưa có số liệu &quot;3 không&quot;, ANTT năm {0}.</translation>
    </message>
    <message>
        <source>Đạt ANTT và &quot;3 không&quot; (%)</source>
        <translation>Đạt ANTT và &quot;3 không&quot; (%)</translation>
    </message>
    <message>
        <source>&quot;3 không&quot;</source>
        <translation>&quot;3 không&quot;</translation>
    </message>
    <message>
        <source>ANTT</source>
        <translation>ANTT</translation>
    </message>
    <message>
        <source>Cả hai</source>
        <translation>Cả hai</translation>
    </message>
    <message>
        <source>Tỷ lệ đơn vị đạt chuẩn (%)</source>
        <translation>Tỷ lệ đơn vị đạt chuẩn (%)</translation>
    </message>
    <message>
        <source>Tỷ lệ đạt (%)</source>
        <translation>Tỷ lệ đạt (%)</translation>
    </message>
    <message>
        <source>Không có xã thuộc đối tượng xây dựng nông thôn mới.</source>
        <translation>Không có xã thuộc đối tượng xây dựng nông thôn mới.</translation>
    </message>
    <message>
        <source>Số xã theo mức đạt chuẩn NTM</source>
        <translation>Số xã theo mức đạt chuẩn NTM</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Ghi quyết định khen thưởng</source>
        <translation>Ghi quyết định khen thưởng</translation>
    </message>
    <message>
        <source>ví dụ 125/QĐ-UBND</source>
        <translation>ví dụ 125/QĐ-UBND</translation>
    </message>
    <message>
        <source>Chủ tịch</source>
        <translation>Chủ tịch</translation>
    </message>
    <message>
        <source>Số quyết định:</source>
        <translation>Số quyết định:</translation>
    </message>
    <message>
        <source>Ngày quyết định:</source>
        <translation>Ngày quyết định:</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Các dòng được khen thưởng trong quyết định này:</source>
        <translation>Các dòng được khen thưởng trong quyết định này:</translation>
    </message>
    <message>
        <source>{n}. {name} — {award}</source>
        <translation>{n}. {name} — {award}</translation>
    </message>
    <message>
        <source>Không khen thưởng được: {why}.</source>
        <translation>Không khen thưởng được: {why}.</translation>
    </message>
    <message>
        <source>Hãy nhập số quyết định.</source>
        <translation>Hãy nhập số quyết định.</translation>
    </message>
    <message>
        <source>Hãy nhập họ tên người ký quyết định.</source>
        <translation>Hãy nhập họ tên người ký quyết định.</translation>
    </message>
    <message>
        <source>Hãy chọn ít nhất một dòng được khen thưởng.</source>
        <translation>Hãy chọn ít nhất một dòng được khen thưởng.</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <source>vượt</source>
        <translation>vượt</translation>
    </message>
    <message>
        <source>đạt</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>không đạt</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>chưa có số liệu</source>
        <translation>chưa có số liệu</translation>
    </message>
    <message>
        <source>tối thiểu (≥)</source>
        <translation>tối thiểu (≥)</translation>
    </message>
    <message>
        <source>tối đa (≤)</source>
        <translation>tối đa (≤)</translation>
    </message>
    <message>
        <source>khoảng</source>
        <translation>khoảng</translation>
    </message>
    <message>
        <source>thành phố</source>
        <translation>thành phố</translation>
    </message>
    <message>
        <source>tỉnh</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <source>quận</source>
        <translation>quận</translation>
    </message>
    <message>
        <source>huyện</source>
        <translation>huyện</translation>
    </message>
    <message>
        <source>thị xã</source>
        <translation>thị xã</translation>
    </message>
    <message>
        <source>phường</source>
        <translation>phường</translation>
    </message>
    <message>
        <source>xã</source>
        <translation>xã</translation>
    </message>
    <message>
        <source>thị trấn</source>
        <translation>thị trấn</translation>
    </message>
    <message>
        <source>đặc khu</source>
        <translation>đặc khu</translation>
    </message>
    <message>
        <source>ấp</source>
        <translation>ấp</translation>
    </message>
    <message>
        <source>khu vực</source>
        <translation>khu vực</translation>
    </message>
    <message>
        <source>cấp tỉnh</source>
        <translation>cấp tỉnh</translation>
    </message>
    <message>
        <source>cấp huyện</source>
        <translation>cấp huyện</translation>
    </message>
    <message>
        <source>cấp xã</source>
        <translation>cấp xã</translation>
    </message>
    <message>
        <source>cấp ấp</source>
        <translation>cấp ấp</translation>
    </message>
    <message>
        <source>NTM</source>
        <translation>NTM</translation>
    </message>
    <message>
        <source>NTM nâng cao</source>
        <translation>NTM nâng cao</translation>
    </message>
    <message>
        <source>NTM kiểu mẫu</source>
        <translation>NTM kiểu mẫu</translation>
    </message>
    <message>
        <source>xã đạt chuẩn nông thôn mới</source>
        <translation>xã đạt chuẩn nông thôn mới</translation>
    </message>
    <message>
        <source>xã đạt chuẩn nông thôn mới nâng cao</source>
        <translation>xã đạt chuẩn nông thôn mới nâng cao</translation>
    </message>
    <message>
        <source>xã đạt chuẩn nông thôn mới kiểu mẫu</source>
        <translation>xã đạt chuẩn nông thôn mới kiểu mẫu</translation>
    </message>
    <message>
        <source>chưa đạt</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>chưa đánh giá</source>
        <translation>chưa đánh giá</translation>
    </message>
    <message>
        <source>thôn</source>
        <translation>thôn</translation>
    </message>
    <message>
        <source>tổ dân phố</source>
        <translation>tổ dân phố</translation>
    </message>
    <message>
        <source>khu phố</source>
        <translation>khu phố</translation>
    </message>
    <message>
        <source>bản</source>
        <translation>bản</translation>
    </message>
    <message>
        <source>mới đạt</source>
        <translation>mới đạt</translation>
    </message>
    <message>
        <source>không còn đạt</source>
        <translation>không còn đạt</translation>
    </message>
    <message>
        <source>An toàn về ANTT</source>
        <translation>An toàn về ANTT</translation>
    </message>
    <message>
        <source>thường xuyên</source>
        <translation>thường xuyên</translation>
    </message>
    <message>
        <source>chuyên đề (theo đợt)</source>
        <translation>chuyên đề (theo đợt)</translation>
    </message>
    <message>
        <source>đang soạn</source>
        <translation>đang soạn</translation>
    </message>
    <message>
        <source>đang triển khai</source>
        <translation>đang triển khai</translation>
    </message>
    <message>
        <source>đã tổng kết</source>
        <translation>đã tổng kết</translation>
    </message>
    <message>
        <source>đã đăng ký</source>
        <translation>đã đăng ký</translation>
    </message>
    <message>
        <source>đã duyệt</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <source>trả lại</source>
        <translation>trả lại</translation>
    </message>
    <message>
        <source>nhập</source>
        <translation>nhập</translation>
    </message>
    <message>
        <source>tổng hợp</source>
        <translation>tổng hợp</translation>
    </message>
    <message>
        <source>tính tự động</source>
        <translation>tính tự động</translation>
    </message>
    <message>
        <source>nhập trực tiếp</source>
        <translation>nhập trực tiếp</translation>
    </message>
    <message>
        <source>tổng các đơn vị trực thuộc</source>
        <translation>tổng các đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>trung bình các đơn vị trực thuộc</source>
        <translation>trung bình các đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>tính từ mục An ninh trật tự</source>
        <translation>tính từ mục An ninh trật tự</translation>
    </message>
    <message>
        <source>tính từ mục Nông thôn mới</source>
        <translation>tính từ mục Nông thôn mới</translation>
    </message>
    <message>
        <source>Tỷ lệ xã, phường, thị trấn đạt &quot;an toàn về ANTT&quot; và &quot;3 không&quot; (%)</source>
        <translation>Tỷ lệ xã, phường, thị trấn đạt &quot;an toàn về ANTT&quot; và &quot;3 không&quot; (%)</translation>
    </message>
    <message>
        <source>Số xã được công nhận mới đạt chuẩn nông thôn mới nâng cao trong năm</source>
        <translation>Số xã được công nhận mới đạt chuẩn nông thôn mới nâng cao trong năm</translation>
    </message>
    <message>
        <source>Số xã được công nhận mới đạt chuẩn nông thôn mới kiểu mẫu trong năm</source>
        <translation>Số xã được công nhận mới đạt chuẩn nông thôn mới kiểu mẫu trong năm</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Nạp danh mục</source>
        <translation>Nạp danh mục</translation>
    </message>
    <message>
        <source>Chuyển sang cơ quan kế thừa</source>
        <translation>Chuyển sang cơ quan kế thừa</translation>
    </message>
    <message>
        <source>Khóa sổ</source>
        <translation>Khóa sổ</translation>
    </message>
    <message>
        <source>Mở khóa sổ</source>
        <translation>Mở khóa sổ</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Khôi phục dữ liệu</translation>
    </message>
    <message>
        <source>Cho phép nhập gói lại</source>
        <translation>Cho phép nhập gói lại</translation>
    </message>
    <message>
        <source>Nhập gói dữ liệu</source>
        <translation>Nhập gói dữ liệu</translation>
    </message>
    <message>
        <source>Nạp dữ liệu minh họa</source>
        <translation>Nạp dữ liệu minh họa</translation>
    </message>
    <message>
        <source>Duyệt</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Trả lại</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Chép từ năm trước</source>
        <translation>Chép từ năm trước</translation>
    </message>
    <message>
        <source>Thu hồi</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Trình</source>
        <translation>Trình</translation>
    </message>
    <message>
        <source>Hội đồng xét</source>
        <translation>Hội đồng xét</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Trao khen thưởng</source>
        <translation>Trao khen thưởng</translation>
    </message>
    <message>
        <source>Ghi quyết định đã ban hành</source>
        <translation>Ghi quyết định đã ban hành</translation>
    </message>
    <message>
        <source>Gửi hồ sơ lên cấp trên</source>
        <translation>Gửi hồ sơ lên cấp trên</translation>
    </message>
    <message>
        <source>Nhận hồ sơ từ cấp dưới</source>
        <translation>Nhận hồ sơ từ cấp dưới</translation>
    </message>
    <message>
        <source>Gửi kết quả xét hồ sơ</source>
        <translation>Gửi kết quả xét hồ sơ</translation>
    </message>
    <message>
        <source>Nhận kết quả xét hồ sơ</source>
        <translation>Nhận kết quả xét hồ sơ</translation>
    </message>
    <message>
        <source>Đặt thành viên cụm, khối</source>
        <translation>Đặt thành viên cụm, khối</translation>
    </message>
    <message>
        <source>Đặt bảng chấm điểm</source>
        <translation>Đặt bảng chấm điểm</translation>
    </message>
    <message>
        <source>Chép bảng chấm điểm năm trước</source>
        <translation>Chép bảng chấm điểm năm trước</translation>
    </message>
    <message>
        <source>Tự chấm điểm</source>
        <translation>Tự chấm điểm</translation>
    </message>
    <message>
        <source>Cụm, khối chấm điểm</source>
        <translation>Cụm, khối chấm điểm</translation>
    </message>
    <message>
        <source>Gửi bảng chấm điểm xuống các thành viên</source>
        <translation>Gửi bảng chấm điểm xuống các thành viên</translation>
    </message>
    <message>
        <source>Nhận bảng chấm điểm của cụm, khối</source>
        <translation>Nhận bảng chấm điểm của cụm, khối</translation>
    </message>
    <message>
        <source>Gửi điểm tự chấm lên</source>
        <translation>Gửi điểm tự chấm lên</translation>
    </message>
    <message>
        <source>Nhận điểm tự chấm của thành viên</source>
        <translation>Nhận điểm tự chấm của thành viên</translation>
    </message>
    <message>
        <source>Công bố kết quả chấm điểm</source>
        <translation>Công bố kết quả chấm điểm</translation>
    </message>
    <message>
        <source>Xuất gói dữ liệu</source>
        <translation>Xuất gói dữ liệu</translation>
    </message>
    <message>
        <source>Nhập gói: thêm</source>
        <translation>Nhập gói: thêm</translation>
    </message>
    <message>
        <source>Nhập gói: sửa</source>
        <translation>Nhập gói: sửa</translation>
    </message>
    <message>
        <source>Nhập gói: thay số liệu tại đây</source>
        <translation>Nhập gói: thay số liệu tại đây</translation>
    </message>
    <message>
        <source>Nhập gói: xóa</source>
        <translation>Nhập gói: xóa</translation>
    </message>
    <message>
        <source>Tin cậy khóa ký của cơ quan gửi</source>
        <translation>Tin cậy khóa ký của cơ quan gửi</translation>
    </message>
    <message>
        <source>Cơ quan sử dụng</source>
        <translation>Cơ quan sử dụng</translation>
    </message>
    <message>
        <source>Đơn vị hành chính</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <source>Danh mục tham chiếu</source>
        <translation>Danh mục tham chiếu</translation>
    </message>
    <message>
        <source>Khóa sổ năm</source>
        <translation>Khóa sổ năm</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Phong trào thi đua</source>
        <translation>Phong trào thi đua</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Chỉ tiêu giao</source>
        <translation>Chỉ tiêu giao</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Đăng ký thi đua</source>
        <translation>Đăng ký thi đua</translation>
    </message>
    <message>
        <source>&quot;3 không&quot;, an toàn ANTT</source>
        <translation>&quot;3 không&quot;, an toàn ANTT</translation>
    </message>
    <message>
        <source>Tiêu chí &quot;3 không&quot;</source>
        <translation>Tiêu chí &quot;3 không&quot;</translation>
    </message>
    <message>
        <source>Khu dân cư</source>
        <translation>Khu dân cư</translation>
    </message>
    <message>
        <source>Nông thôn mới</source>
        <translation>Nông thôn mới</translation>
    </message>
    <message>
        <source>Tiêu chí nông thôn mới</source>
        <translation>Tiêu chí nông thôn mới</translation>
    </message>
    <message>
        <source>Bộ tiêu chí nông thôn mới</source>
        <translation>Bộ tiêu chí nông thôn mới</translation>
    </message>
    <message>
        <source>Kế hoạch nông thôn mới</source>
        <translation>Kế hoạch nông thôn mới</translation>
    </message>
    <message>
        <source>Công nhận nông thôn mới</source>
        <translation>Công nhận nông thôn mới</translation>
    </message>
    <message>
        <source>Đối tượng khen thưởng</source>
        <translation>Đối tượng khen thưởng</translation>
    </message>
    <message>
        <source>Đề nghị khen thưởng</source>
        <translation>Đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Dòng đề nghị khen thưởng</source>
        <translation>Dòng đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Quyết định khen thưởng</source>
        <translation>Quyết định khen thưởng</translation>
    </message>
    <message>
        <source>Thể thức văn bản</source>
        <translation>Thể thức văn bản</translation>
    </message>
    <message>
        <source>Gói dữ liệu</source>
        <translation>Gói dữ liệu</translation>
    </message>
    <message>
        <source>Khóa ký của cơ quan gửi</source>
        <translation>Khóa ký của cơ quan gửi</translation>
    </message>
    <message>
        <source>Dữ liệu thử quy mô lớn</source>
        <translation>Dữ liệu thử quy mô lớn</translation>
    </message>
    <message>
        <source>Tệp đính kèm</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Cụm, khối thi đua</source>
        <translation>Cụm, khối thi đua</translation>
    </message>
    <message>
        <source>Căn chỉnh in phôi</source>
        <translation>Căn chỉnh in phôi</translation>
    </message>
    <message>
        <source>Tổ chức làm công tác thi đua, khen thưởng</source>
        <translation>Tổ chức làm công tác thi đua, khen thưởng</translation>
    </message>
    <message>
        <source>Công chức làm công tác thi đua, khen thưởng</source>
        <translation>Công chức làm công tác thi đua, khen thưởng</translation>
    </message>
    <message>
        <source>Sổ quỹ thi đua, khen thưởng</source>
        <translation>Sổ quỹ thi đua, khen thưởng</translation>
    </message>
    <message>
        <source>Số dư đầu năm của quỹ thi đua, khen thưởng</source>
        <translation>Số dư đầu năm của quỹ thi đua, khen thưởng</translation>
    </message>
    <message>
        <source>Mục thu, chi của quỹ thi đua, khen thưởng</source>
        <translation>Mục thu, chi của quỹ thi đua, khen thưởng</translation>
    </message>
    <message>
        <source>Tạm dừng xét khen thưởng</source>
        <translation>Tạm dừng xét khen thưởng</translation>
    </message>
    <message>
        <source>cấp cơ sở</source>
        <translation>cấp cơ sở</translation>
    </message>
    <message>
        <source>phạm vi toàn tỉnh</source>
        <translation>phạm vi toàn tỉnh</translation>
    </message>
    <message>
        <source>phạm vi toàn quốc</source>
        <translation>phạm vi toàn quốc</translation>
    </message>
    <message>
        <source>đang bị xem xét kỷ luật</source>
        <translation>đang bị xem xét kỷ luật</translation>
    </message>
    <message>
        <source>đang bị thanh tra, kiểm tra</source>
        <translation>đang bị thanh tra, kiểm tra</translation>
    </message>
    <message>
        <source>có đơn thư khiếu nại, tố cáo đang được xác minh</source>
        <translation>có đơn thư khiếu nại, tố cáo đang được xác minh</translation>
    </message>
    <message>
        <source>lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên</source>
        <translation>lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên</translation>
    </message>
    <message>
        <source>lãnh đạo cấp vụ, sở, ngành và tương đương</source>
        <translation>lãnh đạo cấp vụ, sở, ngành và tương đương</translation>
    </message>
    <message>
        <source>lãnh đạo khác từ phó phòng trở lên</source>
        <translation>lãnh đạo khác từ phó phòng trở lên</translation>
    </message>
    <message>
        <source>doanh nhân</source>
        <translation>doanh nhân</translation>
    </message>
    <message>
        <source>doanh nghiệp</source>
        <translation>doanh nghiệp</translation>
    </message>
    <message>
        <source>hợp tác xã</source>
        <translation>hợp tác xã</translation>
    </message>
    <message>
        <source>Cấp vụ thuộc bộ, ban, ngành, đoàn thể Trung ương</source>
        <translation>Cấp vụ thuộc bộ, ban, ngành, đoàn thể Trung ương</translation>
    </message>
    <message>
        <source>Cấp phòng, ban hoặc bộ phận thuộc vụ</source>
        <translation>Cấp phòng, ban hoặc bộ phận thuộc vụ</translation>
    </message>
    <message>
        <source>Cấp ban thuộc Sở Nội vụ</source>
        <translation>Cấp ban thuộc Sở Nội vụ</translation>
    </message>
    <message>
        <source>Cấp phòng thuộc Sở Nội vụ</source>
        <translation>Cấp phòng thuộc Sở Nội vụ</translation>
    </message>
    <message>
        <source>Sơ cấp</source>
        <translation>Sơ cấp</translation>
    </message>
    <message>
        <source>Trung cấp</source>
        <translation>Trung cấp</translation>
    </message>
    <message>
        <source>Cao đẳng</source>
        <translation>Cao đẳng</translation>
    </message>
    <message>
        <source>Đại học</source>
        <translation>Đại học</translation>
    </message>
    <message>
        <source>Trên đại học</source>
        <translation>Trên đại học</translation>
    </message>
    <message>
        <source>Cơ quan, người tặng</source>
        <translation>Cơ quan, người tặng</translation>
    </message>
    <message>
        <source>Danh hiệu, hình thức</source>
        <translation>Danh hiệu, hình thức</translation>
    </message>
    <message>
        <source>Tên người, tập thể được khen</source>
        <translation>Tên người, tập thể được khen</translation>
    </message>
    <message>
        <source>Chức vụ, đơn vị</source>
        <translation>Chức vụ, đơn vị</translation>
    </message>
    <message>
        <source>Thành tích</source>
        <translation>Thành tích</translation>
    </message>
    <message>
        <source>Địa danh, ngày tháng</source>
        <translation>Địa danh, ngày tháng</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Họ tên người ký</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Số, ngày quyết định</source>
        <translation>Số, ngày quyết định</translation>
    </message>
    <message>
        <source>Cụm thi đua</source>
        <translation>Cụm thi đua</translation>
    </message>
    <message>
        <source>Khối thi đua</source>
        <translation>Khối thi đua</translation>
    </message>
    <message>
        <source>Trưởng cụm, khối</source>
        <translation>Trưởng cụm, khối</translation>
    </message>
    <message>
        <source>Phó cụm, khối</source>
        <translation>Phó cụm, khối</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Tiêu chí chấm điểm</source>
        <translation>Tiêu chí chấm điểm</translation>
    </message>
    <message>
        <source>Điểm thưởng</source>
        <translation>Điểm thưởng</translation>
    </message>
    <message>
        <source>Điểm trừ</source>
        <translation>Điểm trừ</translation>
    </message>
    <message>
        <source>Công nhận an toàn về ANTT</source>
        <translation>Công nhận an toàn về ANTT</translation>
    </message>
    <message>
        <source>Tỷ lệ chỉ tiêu đạt, vượt</source>
        <translation>Tỷ lệ chỉ tiêu đạt, vượt</translation>
    </message>
    <message>
        <source>Văn bản phát động</source>
        <translation>Văn bản phát động</translation>
    </message>
    <message>
        <source>Tờ trình</source>
        <translation>Tờ trình</translation>
    </message>
    <message>
        <source>Báo cáo thành tích</source>
        <translation>Báo cáo thành tích</translation>
    </message>
    <message>
        <source>Biên bản</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Sáng kiến</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Giao ước thi đua</source>
        <translation>Giao ước thi đua</translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Nháp</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <source>Đã trình</source>
        <translation>Đã trình</translation>
    </message>
    <message>
        <source>Hội đồng TĐKT đã xét</source>
        <translation>Hội đồng TĐKT đã xét</translation>
    </message>
    <message>
        <source>Đã quyết định</source>
        <translation>Đã quyết định</translation>
    </message>
    <message>
        <source>Đã trao</source>
        <translation>Đã trao</translation>
    </message>
    <message>
        <source>Đã quyết định (ghi lại)</source>
        <translation>Đã quyết định (ghi lại)</translation>
    </message>
    <message>
        <source>Gửi lên</source>
        <translation>Gửi lên</translation>
    </message>
    <message>
        <source>Nhận từ cấp dưới</source>
        <translation>Nhận từ cấp dưới</translation>
    </message>
    <message>
        <source>Đã gửi</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Đã nhận</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Đang xét</source>
        <translation>Đang xét</translation>
    </message>
    <message>
        <source>Trả lại (nháp)</source>
        <translation>Trả lại (nháp)</translation>
    </message>
    <message>
        <source>tập thể</source>
        <translation>tập thể</translation>
    </message>
    <message>
        <source>cá nhân</source>
        <translation>cá nhân</translation>
    </message>
    <message>
        <source>hộ gia đình</source>
        <translation>hộ gia đình</translation>
    </message>
    <message>
        <source>thường xuyên (công trạng)</source>
        <translation>thường xuyên (công trạng)</translation>
    </message>
    <message>
        <source>đột xuất</source>
        <translation>đột xuất</translation>
    </message>
    <message>
        <source>theo đợt, chuyên đề</source>
        <translation>theo đợt, chuyên đề</translation>
    </message>
    <message>
        <source>quá trình cống hiến</source>
        <translation>quá trình cống hiến</translation>
    </message>
    <message>
        <source>niên hạn</source>
        <translation>niên hạn</translation>
    </message>
    <message>
        <source>đối ngoại</source>
        <translation>đối ngoại</translation>
    </message>
    <message>
        <source>trung ương</source>
        <translation>trung ương</translation>
    </message>
    <message>
        <source>cán bộ</source>
        <translation>cán bộ</translation>
    </message>
    <message>
        <source>công chức</source>
        <translation>công chức</translation>
    </message>
    <message>
        <source>viên chức</source>
        <translation>viên chức</translation>
    </message>
    <message>
        <source>người lao động trực tiếp</source>
        <translation>người lao động trực tiếp</translation>
    </message>
    <message>
        <source>khác</source>
        <translation>khác</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Lao động tiên tiến</source>
        <translation>Lao động tiên tiến</translation>
    </message>
    <message>
        <source>Chiến sĩ thi đua cơ sở</source>
        <translation>Chiến sĩ thi đua cơ sở</translation>
    </message>
    <message>
        <source>Chiến sĩ thi đua thành phố</source>
        <translation>Chiến sĩ thi đua thành phố</translation>
    </message>
    <message>
        <source>Chiến sĩ thi đua toàn quốc</source>
        <translation>Chiến sĩ thi đua toàn quốc</translation>
    </message>
    <message>
        <source>Tập thể lao động tiên tiến</source>
        <translation>Tập thể lao động tiên tiến</translation>
    </message>
    <message>
        <source>Tập thể lao động xuất sắc</source>
        <translation>Tập thể lao động xuất sắc</translation>
    </message>
    <message>
        <source>Cờ thi đua của thành phố</source>
        <translation>Cờ thi đua của thành phố</translation>
    </message>
    <message>
        <source>Cờ thi đua của Chính phủ</source>
        <translation>Cờ thi đua của Chính phủ</translation>
    </message>
    <message>
        <source>Giấy khen của Chủ tịch UBND cấp xã</source>
        <translation>Giấy khen của Chủ tịch UBND cấp xã</translation>
    </message>
    <message>
        <source>Giấy khen của Chủ tịch UBND cấp huyện</source>
        <translation>Giấy khen của Chủ tịch UBND cấp huyện</translation>
    </message>
    <message>
        <source>Bằng khen của Chủ tịch UBND thành phố</source>
        <translation>Bằng khen của Chủ tịch UBND thành phố</translation>
    </message>
    <message>
        <source>Bằng khen của Thủ tướng Chính phủ</source>
        <translation>Bằng khen của Thủ tướng Chính phủ</translation>
    </message>
    <message>
        <source>Gia đình văn hóa</source>
        <translation>Gia đình văn hóa</translation>
    </message>
    <message>
        <source>Ấp, khu vực văn hóa</source>
        <translation>Ấp, khu vực văn hóa</translation>
    </message>
    <message>
        <source>Xã, phường, thị trấn tiêu biểu</source>
        <translation>Xã, phường, thị trấn tiêu biểu</translation>
    </message>
    <message>
        <source>Tự động hằng ngày</source>
        <translation>Tự động hằng ngày</translation>
    </message>
    <message>
        <source>Sao lưu thủ công</source>
        <translation>Sao lưu thủ công</translation>
    </message>
    <message>
        <source>Trước khi nâng cấp</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <source>Trước khi khôi phục</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <source>Trước khi nhập gói</source>
        <translation>Trước khi nhập gói</translation>
    </message>
    <message>
        <source>số liệu</source>
        <translation>số liệu</translation>
    </message>
    <message>
        <source>định nghĩa</source>
        <translation>định nghĩa</translation>
    </message>
    <message>
        <source>hồ sơ khen thưởng</source>
        <translation>hồ sơ khen thưởng</translation>
    </message>
    <message>
        <source>kết quả xét hồ sơ</source>
        <translation>kết quả xét hồ sơ</translation>
    </message>
    <message>
        <source>bảng chấm điểm cụm, khối thi đua</source>
        <translation>bảng chấm điểm cụm, khối thi đua</translation>
    </message>
    <message>
        <source>điểm tự chấm cụm, khối thi đua</source>
        <translation>điểm tự chấm cụm, khối thi đua</translation>
    </message>
    <message>
        <source>không có chữ ký</source>
        <translation>không có chữ ký</translation>
    </message>
    <message>
        <source>chữ ký hợp lệ (khóa đã đăng ký)</source>
        <translation>chữ ký hợp lệ (khóa đã đăng ký)</translation>
    </message>
    <message>
        <source>chữ ký đúng nhưng khóa của cơ quan gửi chưa được đăng ký ở đây</source>
        <translation>chữ ký đúng nhưng khóa của cơ quan gửi chưa được đăng ký ở đây</translation>
    </message>
    <message>
        <source>Kết quả chỉ tiêu</source>
        <translation>Kết quả chỉ tiêu</translation>
    </message>
    <message>
        <source>“3 không” và an toàn về ANTT</source>
        <translation>“3 không” và an toàn về ANTT</translation>
    </message>
    <message>
        <source>Chỉ tiêu của phong trào</source>
        <translation>Chỉ tiêu của phong trào</translation>
    </message>
    <message>
        <source>Tiêu chí “3 không”</source>
        <translation>Tiêu chí “3 không”</translation>
    </message>
    <message>
        <source>Chỉ tiêu giao (mức phấn đấu)</source>
        <translation>Chỉ tiêu giao (mức phấn đấu)</translation>
    </message>
</context>
<context>
    <name>DossierFlow</name>
    <message>
        <source>Nhận hồ sơ, kết quả</source>
        <translation>Nhận hồ sơ, kết quả</translation>
    </message>
    <message>
        <source>Gói hồ sơ (*.tdkt)</source>
        <translation>Gói hồ sơ (*.tdkt)</translation>
    </message>
    <message>
        <source>Lưu gói để gửi</source>
        <translation>Lưu gói để gửi</translation>
    </message>
    <message>
        <source>Đã lưu gói số {n} ({name}) để gửi {receiver}.</source>
        <translation>Đã lưu gói số {n} ({name}) để gửi {receiver}.</translation>
    </message>
    <message>
        <source>Đang lập gói hồ sơ…</source>
        <translation>Đang lập gói hồ sơ…</translation>
    </message>
    <message>
        <source>Đã nhận {kind} của {producer}: {title}.</source>
        <translation>Đã nhận {kind} của {producer}: {title}.</translation>
    </message>
    <message>
        <source>Đang nhận hồ sơ…</source>
        <translation>Đang nhận hồ sơ…</translation>
    </message>
</context>
<context>
    <name>DossierInbox</name>
    <message>
        <source>Gửi đi</source>
        <translation>Gửi đi</translation>
    </message>
    <message>
        <source>Nhận về</source>
        <translation>Nhận về</translation>
    </message>
    <message>
        <source> · chưa báo về cơ quan gửi</source>
        <translation> · chưa báo về cơ quan gửi</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Sửa khoản thu</source>
        <translation>Sửa khoản thu</translation>
    </message>
    <message>
        <source>Sửa khoản chi</source>
        <translation>Sửa khoản chi</translation>
    </message>
    <message>
        <source>Thêm khoản thu</source>
        <translation>Thêm khoản thu</translation>
    </message>
    <message>
        <source>Thêm khoản chi</source>
        <translation>Thêm khoản chi</translation>
    </message>
    <message>
        <source>số phiếu thu, ví dụ PT05</source>
        <translation>số phiếu thu, ví dụ PT05</translation>
    </message>
    <message>
        <source>số phiếu chi, ví dụ PC12</source>
        <translation>số phiếu chi, ví dụ PC12</translation>
    </message>
    <message>
        <source>Quyết định khen thưởng có tiền thưởng được chi</source>
        <translation>Quyết định khen thưởng có tiền thưởng được chi</translation>
    </message>
    <message>
        <source>(không gắn quyết định)</source>
        <translation>(không gắn quyết định)</translation>
    </message>
    <message>
        <source>{number} ngày {day} — còn {left} đồng</source>
        <translation>{number} ngày {day} — còn {left} đồng</translation>
    </message>
    <message>
        <source>số đồng, ví dụ 1.500.000</source>
        <translation>số đồng, ví dụ 1.500.000</translation>
    </message>
    <message>
        <source>Số chứng từ:</source>
        <translation>Số chứng từ:</translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Mục:</source>
        <translation>Mục:</translation>
    </message>
    <message>
        <source>Quyết định:</source>
        <translation>Quyết định:</translation>
    </message>
    <message>
        <source>Số tiền (đồng):</source>
        <translation>Số tiền (đồng):</translation>
    </message>
    <message>
        <source>Nội dung:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>Chi tiền thưởng theo Quyết định số {number}</source>
        <translation>Chi tiền thưởng theo Quyết định số {number}</translation>
    </message>
    <message>
        <source>Tiền thưởng của quyết định: {total} đồng; đã chi {paid} đồng.</source>
        <translation>Tiền thưởng của quyết định: {total} đồng; đã chi {paid} đồng.</translation>
    </message>
    <message>
        <source>Hãy nhập số chứng từ.</source>
        <translation>Hãy nhập số chứng từ.</translation>
    </message>
    <message>
        <source>Hãy chọn mục thu, chi.</source>
        <translation>Hãy chọn mục thu, chi.</translation>
    </message>
    <message>
        <source>Hãy nhập số tiền (đồng).</source>
        <translation>Hãy nhập số tiền (đồng).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Không thực hiện được</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <source>Chưa chọn cơ quan sử dụng cho bản cài đặt này: báo cáo, phạm vi dữ liệu và thể thức văn bản đều theo cơ quan. Chọn cơ quan ngay bây giờ?</source>
        <translation>Chưa chọn cơ quan sử dụng cho bản cài đặt này: báo cáo, phạm vi dữ liệu và thể thức văn bản đều theo cơ quan. Chọn cơ quan ngay bây giờ?</translation>
    </message>
    <message>
        <source>Chưa chọn cơ quan sử dụng</source>
        <translation>Chưa chọn cơ quan sử dụng</translation>
    </message>
    <message>
        <source>Ứng dụng gặp một lỗi chưa lường trước. Dữ liệu đã lưu không bị ảnh hưởng; thao tác vừa rồi có thể chưa hoàn tất.

Nhật ký lỗi: {log}</source>
        <translation>Ứng dụng gặp một lỗi chưa lường trước. Dữ liệu đã lưu không bị ảnh hưởng; thao tác vừa rồi có thể chưa hoàn tất.

Nhật ký lỗi: {log}</translation>
    </message>
    <message>
        <source>Ứng dụng gặp một lỗi chưa lường trước. Dữ liệu đã lưu không bị ảnh hưởng; thao tác vừa rồi có thể chưa hoàn tất.</source>
        <translation>Ứng dụng gặp một lỗi chưa lường trước. Dữ liệu đã lưu không bị ảnh hưởng; thao tác vừa rồi có thể chưa hoàn tất.</translation>
    </message>
    <message>
        <source>Lỗi không mong muốn</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <source>Hãy gửi nội dung chi tiết bên dưới cho bộ phận hỗ trợ.</source>
        <translation>Hãy gửi nội dung chi tiết bên dưới cho bộ phận hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Trao đổi dữ liệu</source>
        <translation>Trao đổi dữ liệu</translation>
    </message>
    <message>
        <source>Gửi và nhận số liệu bằng tệp gói (.tdkt) qua USB hoặc thư điện tử: số liệu gửi lên cấp trên, định nghĩa (phong trào, chỉ tiêu, bộ tiêu chí) gửi xuống cấp dưới. Gói nhận được kiểm tra đầy đủ và xem trước trước khi áp dụng.</source>
        <translation>Gửi và nhận số liệu bằng tệp gói (.tdkt) qua USB hoặc thư điện tử: số liệu gửi lên cấp trên, định nghĩa (phong trào, chỉ tiêu, bộ tiêu chí) gửi xuống cấp dưới. Gói nhận được kiểm tra đầy đủ và xem trước trước khi áp dụng.</translation>
    </message>
    <message>
        <source>Nhận gói</source>
        <translation>Nhận gói</translation>
    </message>
    <message>
        <source>Gửi gói</source>
        <translation>Gửi gói</translation>
    </message>
    <message>
        <source>Tình hình gửi số liệu</source>
        <translation>Tình hình gửi số liệu</translation>
    </message>
    <message>
        <source>Gói đã nhận</source>
        <translation>Gói đã nhận</translation>
    </message>
    <message>
        <source>Khóa ký gói</source>
        <translation>Khóa ký gói</translation>
    </message>
    <message>
        <source>Chọn gói để kiểm tra…</source>
        <translation>Chọn gói để kiểm tra…</translation>
    </message>
    <message>
        <source>Áp dụng</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Nhập gói đã xem trước (sao lưu trước khi nhập)</source>
        <translation>Nhập gói đã xem trước (sao lưu trước khi nhập)</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Chi tiết thay đổi và lưu ý sẽ hiện ở đây.</source>
        <translation>Chi tiết thay đổi và lưu ý sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>Gói dữ liệu (*.tdkt);;Tất cả các tệp (*)</source>
        <translation>Gói dữ liệu (*.tdkt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} gói&lt;/b&gt; được kiểm tra cùng nhau: {ok} gói hợp lệ, {bad} gói bị từ chối. Áp dụng sẽ nhập các gói hợp lệ trong một lần (gói của cấp trên trước), với một bản sao lưu trước khi nhập.</source>
        <translation>&lt;b&gt;{count} gói&lt;/b&gt; được kiểm tra cùng nhau: {ok} gói hợp lệ, {bad} gói bị từ chối. Áp dụng sẽ nhập các gói hợp lệ trong một lần (gói của cấp trên trước), với một bản sao lưu trước khi nhập.</translation>
    </message>
    <message>
        <source>Đang kiểm tra gói {0}…</source>
        <translation>Đang kiểm tra gói {0}…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gói {0} năm {1}&lt;/b&gt; của &lt;b&gt;{2}&lt;/b&gt; ({3}), phạm vi {4} ({5}); số thứ tự {6}, tạo lúc {7}; {8} dòng.&lt;br&gt;Chữ ký: {9}.</source>
        <translation>&lt;b&gt;Gói {0} năm {1}&lt;/b&gt; của &lt;b&gt;{2}&lt;/b&gt; ({3}), phạm vi {4} ({5}); số thứ tự {6}, tạo lúc {7}; {8} dòng.&lt;br&gt;Chữ ký: {9}.</translation>
    </message>
    <message>
        <source>Lưu ý: {warning}</source>
        <translation>Lưu ý: {warning}</translation>
    </message>
    <message>
        <source>Chọn gói dữ liệu (giữ Ctrl để chọn nhiều gói)</source>
        <translation>Chọn gói dữ liệu (giữ Ctrl để chọn nhiều gói)</translation>
    </message>
    <message>
        <source>Đang kiểm tra {count} gói…</source>
        <translation>Đang kiểm tra {count} gói…</translation>
    </message>
    <message>
        <source>{file}: bị từ chối — {reason}</source>
        <translation>{file}: bị từ chối — {reason}</translation>
    </message>
    <message>
        <source>trùng với gói {file} ở trên, bỏ qua</source>
        <translation>trùng với gói {file} ở trên, bỏ qua</translation>
    </message>
    <message>
        <source>đã nhập trước đó, không thay đổi gì</source>
        <translation>đã nhập trước đó, không thay đổi gì</translation>
    </message>
    <message>
        <source>thay đổi {count} dòng</source>
        <translation>thay đổi {count} dòng</translation>
    </message>
    <message>
        <source>{file}: {producer} ({code}), năm {year} — {outcome}</source>
        <translation>{file}: {producer} ({code}), năm {year} — {outcome}</translation>
    </message>
    <message>
        <source>Áp dụng sẽ thay đổi {changes} dòng từ {ok} gói (xem bảng và chi tiết dưới).</source>
        <translation>Áp dụng sẽ thay đổi {changes} dòng từ {ok} gói (xem bảng và chi tiết dưới).</translation>
    </message>
    <message>
        <source>{bad} gói bị từ chối, sẽ không được nhập (xem lý do dưới).</source>
        <translation>{bad} gói bị từ chối, sẽ không được nhập (xem lý do dưới).</translation>
    </message>
    <message>
        <source>Các gói hợp lệ không thay đổi số liệu nào ở đây.</source>
        <translation>Các gói hợp lệ không thay đổi số liệu nào ở đây.</translation>
    </message>
    <message>
        <source>Các gói này đã được nhập trước đó: không có gì để nhập.</source>
        <translation>Các gói này đã được nhập trước đó: không có gì để nhập.</translation>
    </message>
    <message>
        <source>Không gói nào nhập được (xem lý do dưới).</source>
        <translation>Không gói nào nhập được (xem lý do dưới).</translation>
    </message>
    <message>
        <source>Gói này đã được nhập lúc {0}: nhập lại không thay đổi gì.</source>
        <translation>Gói này đã được nhập lúc {0}: nhập lại không thay đổi gì.</translation>
    </message>
    <message>
        <source>Gói hợp lệ. Áp dụng sẽ thay đổi {0} dòng (xem bảng dưới).</source>
        <translation>Gói hợp lệ. Áp dụng sẽ thay đổi {0} dòng (xem bảng dưới).</translation>
    </message>
    <message>
        <source>Gói hợp lệ và không thay đổi số liệu nào ở đây.</source>
        <translation>Gói hợp lệ và không thay đổi số liệu nào ở đây.</translation>
    </message>
    <message>
        <source>{table}: … và {count} dòng khác</source>
        <translation>{table}: … và {count} dòng khác</translation>
    </message>
    <message>
        <source>Chọn một hay nhiều gói (.tdkt) nhận được (giữ Ctrl để chọn nhiều gói, ví dụ gói của mọi đơn vị cấp dưới): ứng dụng kiểm tra và cho xem những gì sẽ thay đổi; chưa có gì được ghi cho đến khi bạn bấm “Áp dụng”.</source>
        <translation>Chọn một hay nhiều gói (.tdkt) nhận được (giữ Ctrl để chọn nhiều gói, ví dụ gói của mọi đơn vị cấp dưới): ứng dụng kiểm tra và cho xem những gì sẽ thay đổi; chưa có gì được ghi cho đến khi bạn bấm “Áp dụng”.</translation>
    </message>
    <message>
        <source>{table}: {count} dòng</source>
        <translation>{table}: {count} dòng</translation>
    </message>
    <message>
        <source>Gói sẽ thay thế hoặc xóa số liệu đã nhập tại cơ quan này:
{counts}

Ví dụ:
{examples}

Số liệu này sẽ được thay bằng số liệu của gói (có bản sao lưu trước khi nhập). Thay thế?</source>
        <translation>Gói sẽ thay thế hoặc xóa số liệu đã nhập tại cơ quan này:
{counts}

Ví dụ:
{examples}

Số liệu này sẽ được thay bằng số liệu của gói (có bản sao lưu trước khi nhập). Thay thế?</translation>
    </message>
    <message>
        <source>Thay thế số liệu nhập tại đây</source>
        <translation>Thay thế số liệu nhập tại đây</translation>
    </message>
    <message>
        <source>Gói từ một bản cài đặt khác</source>
        <translation>Gói từ một bản cài đặt khác</translation>
    </message>
    <message>
        <source>{reason}

Chỉ nhận nếu chắc chắn cơ quan gửi đã chuyển sang bản cài đặt mới (đã hỏi lại cơ quan đó). Nhận gói từ bản cài đặt mới?</source>
        <translation>{reason}

Chỉ nhận nếu chắc chắn cơ quan gửi đã chuyển sang bản cài đặt mới (đã hỏi lại cơ quan đó). Nhận gói từ bản cài đặt mới?</translation>
    </message>
    <message>
        <source>Chưa nhập: số liệu tại đây được giữ nguyên.</source>
        <translation>Chưa nhập: số liệu tại đây được giữ nguyên.</translation>
    </message>
    <message>
        <source>Đã hủy: không có gì thay đổi.</source>
        <translation>Đã hủy: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Đang nhập gói {0}…</source>
        <translation>Đang nhập gói {0}…</translation>
    </message>
    <message>
        <source>Đang nhập {count} gói…</source>
        <translation>Đang nhập {count} gói…</translation>
    </message>
    <message>
        <source>Đã nhập {applied} gói (sao lưu trước khi nhập: {backup}).</source>
        <translation>Đã nhập {applied} gói (sao lưu trước khi nhập: {backup}).</translation>
    </message>
    <message>
        <source>{skipped} gói đã nhập trước đó hoặc trùng với gói khác: bỏ qua.</source>
        <translation>{skipped} gói đã nhập trước đó hoặc trùng với gói khác: bỏ qua.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} gói&lt;/b&gt; đã được xử lý cùng nhau.</source>
        <translation>&lt;b&gt;{count} gói&lt;/b&gt; đã được xử lý cùng nhau.</translation>
    </message>
    <message>
        <source>{refused} gói bị từ chối, không thay đổi gì:</source>
        <translation>{refused} gói bị từ chối, không thay đổi gì:</translation>
    </message>
    <message>
        <source>Biên nhận để gửi lại các cơ quan gửi:</source>
        <translation>Biên nhận để gửi lại các cơ quan gửi:</translation>
    </message>
    <message>
        <source>Đã nhập {applied} gói.</source>
        <translation>Đã nhập {applied} gói.</translation>
    </message>
    <message>
        <source>Đã nhập gói. Bản lưu chỉ đọc: {0}.</source>
        <translation>Đã nhập gói. Bản lưu chỉ đọc: {0}.</translation>
    </message>
    <message>
        <source>Đã nhập gói. Bản lưu chỉ đọc: {0}. Biên nhận để gửi lại cơ quan gửi: {1}.</source>
        <translation>Đã nhập gói. Bản lưu chỉ đọc: {0}. Biên nhận để gửi lại cơ quan gửi: {1}.</translation>
    </message>
    <message>
        <source>Đã nhập gói {0}.</source>
        <translation>Đã nhập gói {0}.</translation>
    </message>
    <message>
        <source>Gói này đã được nhập trước đó: không có gì thay đổi.</source>
        <translation>Gói này đã được nhập trước đó: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>hợp lệ</source>
        <translation>hợp lệ</translation>
    </message>
    <message>
        <source>chưa đăng ký khóa</source>
        <translation>chưa đăng ký khóa</translation>
    </message>
    <message>
        <source>không có</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Đã gửi</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Chưa gửi</source>
        <translation>Chưa gửi</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>FormHistory</name>
    <message>
        <source>Hoàn tác</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Hoàn tác thay đổi vừa làm trên biểu mẫu</source>
        <translation>Hoàn tác thay đổi vừa làm trên biểu mẫu</translation>
    </message>
    <message>
        <source>Làm lại thay đổi vừa hoàn tác</source>
        <translation>Làm lại thay đổi vừa hoàn tác</translation>
    </message>
    <message>
        <source>Thay đổi chưa lưu</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Biểu mẫu có thay đổi chưa lưu. Đóng và bỏ các thay đổi?</source>
        <translation>Biểu mẫu có thay đổi chưa lưu. Đóng và bỏ các thay đổi?</translation>
    </message>
</context>
<context>
    <name>FundPage</name>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Chi</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Quỹ thi đua, khen thưởng</source>
        <translation>Quỹ thi đua, khen thưởng</translation>
    </message>
    <message>
        <source>Thêm khoản thu…</source>
        <translation>Thêm khoản thu…</translation>
    </message>
    <message>
        <source>Thêm khoản chi…</source>
        <translation>Thêm khoản chi…</translation>
    </message>
    <message>
        <source>Một khoản chi, có thể chi tiền thưởng của một quyết định khen thưởng</source>
        <translation>Một khoản chi, có thể chi tiền thưởng của một quyết định khen thưởng</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Xóa…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>Số dư đầu năm…</source>
        <translation>Số dư đầu năm…</translation>
    </message>
    <message>
        <source>Đặt số dư đầu năm cho năm mở sổ hoặc sau quyết toán; để trống thì lấy số dư cuối năm trước</source>
        <translation>Đặt số dư đầu năm cho năm mở sổ hoặc sau quyết toán; để trống thì lấy số dư cuối năm trước</translation>
    </message>
    <message>
        <source>Mục thu, chi…</source>
        <translation>Mục thu, chi…</translation>
    </message>
    <message>
        <source>Thêm, đổi tên hoặc thôi dùng các mục thu, chi của sổ quỹ</source>
        <translation>Thêm, đổi tên hoặc thôi dùng các mục thu, chi của sổ quỹ</translation>
    </message>
    <message>
        <source>Chưa chọn cơ quan sử dụng: bấm “Đổi…” ở góc trên bên phải để chọn.</source>
        <translation>Chưa chọn cơ quan sử dụng: bấm “Đổi…” ở góc trên bên phải để chọn.</translation>
    </message>
    <message>
        <source>{unit} · năm {year} · {n} chứng từ</source>
        <translation>{unit} · năm {year} · {n} chứng từ</translation>
    </message>
    <message>
        <source>đặt cho năm này</source>
        <translation>đặt cho năm này</translation>
    </message>
    <message>
        <source>chuyển từ năm trước</source>
        <translation>chuyển từ năm trước</translation>
    </message>
    <message>
        <source>Số dư đầu năm ({source}): {amount} đồng</source>
        <translation>Số dư đầu năm ({source}): {amount} đồng</translation>
    </message>
    <message>
        <source>Thu trong năm: &lt;b&gt;{receipts}&lt;/b&gt; đồng · Chi trong năm: &lt;b&gt;{payments}&lt;/b&gt; đồng · Số dư cuối năm: &lt;b&gt;{closing}&lt;/b&gt; đồng</source>
        <translation>Thu trong năm: &lt;b&gt;{receipts}&lt;/b&gt; đồng · Chi trong năm: &lt;b&gt;{payments}&lt;/b&gt; đồng · Số dư cuối năm: &lt;b&gt;{closing}&lt;/b&gt; đồng</translation>
    </message>
    <message>
        <source>Số dư quỹ sẽ âm</source>
        <translation>Số dư quỹ sẽ âm</translation>
    </message>
    <message>
        <source>Đã ghi chứng từ {number}.</source>
        <translation>Đã ghi chứng từ {number}.</translation>
    </message>
    <message>
        <source>Đã sửa chứng từ {number}.</source>
        <translation>Đã sửa chứng từ {number}.</translation>
    </message>
    <message>
        <source>Xóa chứng từ {number} ngày {day} ({amount} đồng) khỏi sổ quỹ?</source>
        <translation>Xóa chứng từ {number} ngày {day} ({amount} đồng) khỏi sổ quỹ?</translation>
    </message>
    <message>
        <source>Xóa chứng từ</source>
        <translation>Xóa chứng từ</translation>
    </message>
    <message>
        <source>Đã xóa chứng từ {number}.</source>
        <translation>Đã xóa chứng từ {number}.</translation>
    </message>
    <message>
        <source>Đã lưu số dư đầu năm {year}.</source>
        <translation>Đã lưu số dư đầu năm {year}.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Lịch sử bản ghi</source>
        <translation>Lịch sử bản ghi</translation>
    </message>
    <message>
        <source>{0} {1}: {2} lần thay đổi</source>
        <translation>{0} {1}: {2} lần thay đổi</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Mở thư mục inbox</source>
        <translation>Mở thư mục inbox</translation>
    </message>
    <message>
        <source>Lưu bản sao gói…</source>
        <translation>Lưu bản sao gói…</translation>
    </message>
    <message>
        <source>Gói đang chọn, nguyên vẹn như khi nhận</source>
        <translation>Gói đang chọn, nguyên vẹn như khi nhận</translation>
    </message>
    <message>
        <source>Lưu biên nhận…</source>
        <translation>Lưu biên nhận…</translation>
    </message>
    <message>
        <source>Biên nhận của gói đang chọn, để gửi lại cho cơ quan đã gửi gói</source>
        <translation>Biên nhận của gói đang chọn, để gửi lại cho cơ quan đã gửi gói</translation>
    </message>
    <message>
        <source>Lưu bản sao gói dữ liệu</source>
        <translation>Lưu bản sao gói dữ liệu</translation>
    </message>
    <message>
        <source>Gói dữ liệu (*.tdkt)</source>
        <translation>Gói dữ liệu (*.tdkt)</translation>
    </message>
    <message>
        <source>Lưu biên nhận</source>
        <translation>Lưu biên nhận</translation>
    </message>
    <message>
        <source>Biên nhận (*.json)</source>
        <translation>Biên nhận (*.json)</translation>
    </message>
    <message>
        <source>Đã lưu {0}.</source>
        <translation>Đã lưu {0}.</translation>
    </message>
    <message>
        <source>{0} gói đã nhận; mỗi gói được lưu nguyên vẹn trong cơ sở dữ liệu trên máy chủ (Lưu bản sao gói… để lấy lại tệp từ bất kỳ máy nào).</source>
        <translation>{0} gói đã nhận; mỗi gói được lưu nguyên vẹn trong cơ sở dữ liệu trên máy chủ (Lưu bản sao gói… để lấy lại tệp từ bất kỳ máy nào).</translation>
    </message>
    <message>
        <source>{0} gói đã nhận; mỗi gói được lưu nguyên vẹn, chỉ đọc, trong {1}.</source>
        <translation>{0} gói đã nhận; mỗi gói được lưu nguyên vẹn, chỉ đọc, trong {1}.</translation>
    </message>
    <message>
        <source>Chưa nhận gói dữ liệu nào.</source>
        <translation>Chưa nhận gói dữ liệu nào.</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <source>Hộp hồ sơ liên cấp</source>
        <translation>Hộp hồ sơ liên cấp</translation>
    </message>
    <message>
        <source>Hành trình của hồ sơ đang chọn:</source>
        <translation>Hành trình của hồ sơ đang chọn:</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Mở đề nghị</source>
        <translation>Mở đề nghị</translation>
    </message>
    <message>
        <source>Nhận hồ sơ, kết quả…</source>
        <translation>Nhận hồ sơ, kết quả…</translation>
    </message>
    <message>
        <source>{sent} hồ sơ gửi lên, {received} hồ sơ nhận từ cấp dưới ({waiting} chưa báo kết quả về cơ quan gửi); mới nhất ở trên.</source>
        <translation>{sent} hồ sơ gửi lên, {received} hồ sơ nhận từ cấp dưới ({waiting} chưa báo kết quả về cơ quan gửi); mới nhất ở trên.</translation>
    </message>
    <message>
        <source>Lý do trả lại: {0}</source>
        <translation>Lý do trả lại: {0}</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Sửa chỉ tiêu</source>
        <translation>Sửa chỉ tiêu</translation>
    </message>
    <message>
        <source>Thêm chỉ tiêu</source>
        <translation>Thêm chỉ tiêu</translation>
    </message>
    <message>
        <source>không giới hạn</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source>chỉ nhận số nguyên (đếm xã, hộ, người…)</source>
        <translation>chỉ nhận số nguyên (đếm xã, hộ, người…)</translation>
    </message>
    <message>
        <source>Mã chỉ tiêu:</source>
        <translation>Mã chỉ tiêu:</translation>
    </message>
    <message>
        <source>Tên chỉ tiêu:</source>
        <translation>Tên chỉ tiêu:</translation>
    </message>
    <message>
        <source>Đơn vị tính:</source>
        <translation>Đơn vị tính:</translation>
    </message>
    <message>
        <source>Số chữ số thập phân:</source>
        <translation>Số chữ số thập phân:</translation>
    </message>
    <message>
        <source>Cách đánh giá:</source>
        <translation>Cách đánh giá:</translation>
    </message>
    <message>
        <source>Nguồn số liệu:</source>
        <translation>Nguồn số liệu:</translation>
    </message>
    <message>
        <source>Giá trị tối thiểu:</source>
        <translation>Giá trị tối thiểu:</translation>
    </message>
    <message>
        <source>Giá trị tối đa:</source>
        <translation>Giá trị tối đa:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>Sửa sáng kiến</source>
        <translation>Sửa sáng kiến</translation>
    </message>
    <message>
        <source>Ghi sáng kiến được công nhận</source>
        <translation>Ghi sáng kiến được công nhận</translation>
    </message>
    <message>
        <source>ví dụ Cải cách hành chính</source>
        <translation>ví dụ Cải cách hành chính</translation>
    </message>
    <message>
        <source>ví dụ 05/QĐ-HĐSK</source>
        <translation>ví dụ 05/QĐ-HĐSK</translation>
    </message>
    <message>
        <source>Tìm tác giả theo tên (không cần dấu)…</source>
        <translation>Tìm tác giả theo tên (không cần dấu)…</translation>
    </message>
    <message>
        <source>Tìm</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Thêm tác giả</source>
        <translation>Thêm tác giả</translation>
    </message>
    <message>
        <source>Bỏ tác giả</source>
        <translation>Bỏ tác giả</translation>
    </message>
    <message>
        <source>Tên sáng kiến:</source>
        <translation>Tên sáng kiến:</translation>
    </message>
    <message>
        <source>Lĩnh vực:</source>
        <translation>Lĩnh vực:</translation>
    </message>
    <message>
        <source>Năm công nhận:</source>
        <translation>Năm công nhận:</translation>
    </message>
    <message>
        <source>Phạm vi ảnh hưởng:</source>
        <translation>Phạm vi ảnh hưởng:</translation>
    </message>
    <message>
        <source>Hội đồng sáng kiến của:</source>
        <translation>Hội đồng sáng kiến của:</translation>
    </message>
    <message>
        <source>Số văn bản công nhận:</source>
        <translation>Số văn bản công nhận:</translation>
    </message>
    <message>
        <source>Ngày văn bản:</source>
        <translation>Ngày văn bản:</translation>
    </message>
    <message>
        <source>Tác giả:</source>
        <translation>Tác giả:</translation>
    </message>
    <message>
        <source>Tìm tác giả:</source>
        <translation>Tìm tác giả:</translation>
    </message>
    <message>
        <source>Hãy nhập tên sáng kiến.</source>
        <translation>Hãy nhập tên sáng kiến.</translation>
    </message>
    <message>
        <source>Hãy tìm và thêm tác giả của sáng kiến.</source>
        <translation>Hãy tìm và thêm tác giả của sáng kiến.</translation>
    </message>
</context>
<context>
    <name>InitiativesTab</name>
    <message>
        <source>Xóa sáng kiến</source>
        <translation>Xóa sáng kiến</translation>
    </message>
    <message>
        <source>Sáng kiến, đề tài được Hội đồng sáng kiến công nhận, với tác giả: điều kiện của danh hiệu Chiến sĩ thi đua. Khi đơn vị đã ghi sổ sáng kiến của năm, đề nghị Chiến sĩ thi đua của người chưa có sáng kiến sẽ có cảnh báo.</source>
        <translation>Sáng kiến, đề tài được Hội đồng sáng kiến công nhận, với tác giả: điều kiện của danh hiệu Chiến sĩ thi đua. Khi đơn vị đã ghi sổ sáng kiến của năm, đề nghị Chiến sĩ thi đua của người chưa có sáng kiến sẽ có cảnh báo.</translation>
    </message>
    <message>
        <source>Ghi sáng kiến…</source>
        <translation>Ghi sáng kiến…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Năm {year}: {count} sáng kiến.</source>
        <translation>Năm {year}: {count} sáng kiến.</translation>
    </message>
    <message>
        <source>Đã lưu sáng kiến.</source>
        <translation>Đã lưu sáng kiến.</translation>
    </message>
    <message>
        <source>Xóa sáng kiến “{title}”?</source>
        <translation>Xóa sáng kiến “{title}”?</translation>
    </message>
    <message>
        <source>Đã xóa sáng kiến.</source>
        <translation>Đã xóa sáng kiến.</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <source>Khóa ký gói của bản cài đặt này: đang đọc…</source>
        <translation>Khóa ký gói của bản cài đặt này: đang đọc…</translation>
    </message>
    <message>
        <source>Mỗi gói được ký bằng khóa của bản cài đặt gửi. Khi đã đăng ký khóa của một cơ quan, mọi gói của cơ quan đó phải có chữ ký hợp lệ. Khóa chỉ được đăng ký khi bạn chọn, sau khi đối chiếu dấu vân tay với cơ quan gửi (qua điện thoại).</source>
        <translation>Mỗi gói được ký bằng khóa của bản cài đặt gửi. Khi đã đăng ký khóa của một cơ quan, mọi gói của cơ quan đó phải có chữ ký hợp lệ. Khóa chỉ được đăng ký khi bạn chọn, sau khi đối chiếu dấu vân tay với cơ quan gửi (qua điện thoại).</translation>
    </message>
    <message>
        <source>Xuất khóa công khai…</source>
        <translation>Xuất khóa công khai…</translation>
    </message>
    <message>
        <source>Đăng ký khóa của cơ quan khác…</source>
        <translation>Đăng ký khóa của cơ quan khác…</translation>
    </message>
    <message>
        <source>Khóa ký gói của {0} ({1}): dấu vân tay &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>Khóa ký gói của {0} ({1}): dấu vân tay &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Xuất khóa công khai</source>
        <translation>Xuất khóa công khai</translation>
    </message>
    <message>
        <source>Tệp khóa (*.json)</source>
        <translation>Tệp khóa (*.json)</translation>
    </message>
    <message>
        <source>Đã ghi khóa công khai vào {0}.</source>
        <translation>Đã ghi khóa công khai vào {0}.</translation>
    </message>
    <message>
        <source>Chọn tệp khóa công khai</source>
        <translation>Chọn tệp khóa công khai</translation>
    </message>
    <message>
        <source>Đăng ký khóa</source>
        <translation>Đăng ký khóa</translation>
    </message>
    <message>
        <source>Khóa của {0} ({1}).
Dấu vân tay: {2}

Hãy gọi điện cho cơ quan này để đối chiếu dấu vân tay trước khi đăng ký. Đăng ký khóa này?</source>
        <translation>Khóa của {0} ({1}).
Dấu vân tay: {2}

Hãy gọi điện cho cơ quan này để đối chiếu dấu vân tay trước khi đăng ký. Đăng ký khóa này?</translation>
    </message>
</context>
<context>
    <name>LetterheadPanel</name>
    <message>
        <source>(không có)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản:</source>
        <translation>Cơ quan chủ quản:</translation>
    </message>
    <message>
        <source>Cơ quan ban hành:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Mỗi dòng in thành một dòng, chữ in hoa.</source>
        <translation>Mỗi dòng in thành một dòng, chữ in hoa.</translation>
    </message>
    <message>
        <source>Ký hiệu văn bản:</source>
        <translation>Ký hiệu văn bản:</translation>
    </message>
    <message>
        <source>Phần sau “Số: …/”, ví dụ BC-PNV.</source>
        <translation>Phần sau “Số: …/”, ví dụ BC-PNV.</translation>
    </message>
    <message>
        <source>Địa danh:</source>
        <translation>Địa danh:</translation>
    </message>
    <message>
        <source>In trước ngày tháng: “Ninh Kiều, ngày …”.</source>
        <translation>In trước ngày tháng: “Ninh Kiều, ngày …”.</translation>
    </message>
    <message>
        <source>Thẩm quyền ký:</source>
        <translation>Thẩm quyền ký:</translation>
    </message>
    <message>
        <source>Ví dụ: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH.</source>
        <translation>Ví dụ: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH.</translation>
    </message>
    <message>
        <source>(không có: ký theo chức vụ; ví dụ KT. GIÁM ĐỐC)</source>
        <translation>(không có: ký theo chức vụ; ví dụ KT. GIÁM ĐỐC)</translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Họ tên người ký:</source>
        <translation>Họ tên người ký:</translation>
    </message>
    <message>
        <source>(chưa nhập: để trống chỗ ghi tên)</source>
        <translation>(chưa nhập: để trống chỗ ghi tên)</translation>
    </message>
    <message>
        <source>Nơi nhận:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <source>Mỗi dòng một nơi nhận; dòng cuối “Lưu: VT, …”.</source>
        <translation>Mỗi dòng một nơi nhận; dòng cuối “Lưu: VT, …”.</translation>
    </message>
    <message>
        <source>Thể thức văn bản (báo cáo PDF, Excel)</source>
        <translation>Thể thức văn bản (báo cáo PDF, Excel)</translation>
    </message>
    <message>
        <source>Để trống một mục thì dùng nội dung mặc định (chữ mờ) theo cấp của cơ quan sử dụng. Nội dung được in trên đầu và cuối các báo cáo theo Nghị định 30/2020.</source>
        <translation>Để trống một mục thì dùng nội dung mặc định (chữ mờ) theo cấp của cơ quan sử dụng. Nội dung được in trên đầu và cuối các báo cáo theo Nghị định 30/2020.</translation>
    </message>
    <message>
        <source>Cơ quan ban hành theo mẫu</source>
        <translation>Cơ quan ban hành theo mẫu</translation>
    </message>
    <message>
        <source>Điền theo mẫu</source>
        <translation>Điền theo mẫu</translation>
    </message>
    <message>
        <source>Điền các mục theo cơ quan đã chọn (chưa lưu cho đến khi bấm Lưu)</source>
        <translation>Điền các mục theo cơ quan đã chọn (chưa lưu cho đến khi bấm Lưu)</translation>
    </message>
    <message>
        <source>Mẫu có sẵn:</source>
        <translation>Mẫu có sẵn:</translation>
    </message>
    <message>
        <source>Lưu thể thức</source>
        <translation>Lưu thể thức</translation>
    </message>
    <message>
        <source>Dùng mặc định</source>
        <translation>Dùng mặc định</translation>
    </message>
    <message>
        <source>Xóa mọi mục đã sửa (chưa lưu cho đến khi bấm Lưu)</source>
        <translation>Xóa mọi mục đã sửa (chưa lưu cho đến khi bấm Lưu)</translation>
    </message>
    <message>
        <source>Đã điền theo mẫu, chưa lưu.</source>
        <translation>Đã điền theo mẫu, chưa lưu.</translation>
    </message>
    <message>
        <source>Đã lưu thể thức văn bản.</source>
        <translation>Đã lưu thể thức văn bản.</translation>
    </message>
</context>
<context>
    <name>LevelChart</name>
    <message>
        <source>Chưa đạt chuẩn</source>
        <translation>Chưa đạt chuẩn</translation>
    </message>
    <message>
        <source>NTM</source>
        <translation>NTM</translation>
    </message>
    <message>
        <source>NTM nâng cao</source>
        <translation>NTM nâng cao</translation>
    </message>
    <message>
        <source>NTM kiểu mẫu</source>
        <translation>NTM kiểu mẫu</translation>
    </message>
    <message>
        <source>Chưa có số liệu</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <source>Số xã</source>
        <translation>Số xã</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>Sửa dòng đề nghị</source>
        <translation>Sửa dòng đề nghị</translation>
    </message>
    <message>
        <source>Thêm người, tập thể vào đề nghị</source>
        <translation>Thêm người, tập thể vào đề nghị</translation>
    </message>
    <message>
        <source>Tìm theo tên (không cần dấu)…</source>
        <translation>Tìm theo tên (không cần dấu)…</translation>
    </message>
    <message>
        <source>Tìm</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Đối tượng mới…</source>
        <translation>Đối tượng mới…</translation>
    </message>
    <message>
        <source>Sửa đối tượng…</source>
        <translation>Sửa đối tượng…</translation>
    </message>
    <message>
        <source>Sửa thông tin của đối tượng đang chọn (chức vụ, nhóm, phân loại thống kê…)</source>
        <translation>Sửa thông tin của đối tượng đang chọn (chức vụ, nhóm, phân loại thống kê…)</translation>
    </message>
    <message>
        <source>Tạm dừng xét…</source>
        <translation>Tạm dừng xét…</translation>
    </message>
    <message>
        <source>Đối tượng đang bị xem xét kỷ luật, thanh tra hoặc có đơn thư khiếu nại, tố cáo: tạm dừng xét khen thưởng</source>
        <translation>Đối tượng đang bị xem xét kỷ luật, thanh tra hoặc có đơn thư khiếu nại, tố cáo: tạm dừng xét khen thưởng</translation>
    </message>
    <message>
        <source>không ghi</source>
        <translation>không ghi</translation>
    </message>
    <message>
        <source>Tìm đối tượng:</source>
        <translation>Tìm đối tượng:</translation>
    </message>
    <message>
        <source>Đã chọn:</source>
        <translation>Đã chọn:</translation>
    </message>
    <message>
        <source>Danh hiệu, hình thức:</source>
        <translation>Danh hiệu, hình thức:</translation>
    </message>
    <message>
        <source>Loại hình:</source>
        <translation>Loại hình:</translation>
    </message>
    <message>
        <source>Tóm tắt thành tích:</source>
        <translation>Tóm tắt thành tích:</translation>
    </message>
    <message>
        <source>Tổng số thành viên (tập thể):</source>
        <translation>Tổng số thành viên (tập thể):</translation>
    </message>
    <message>
        <source>Số thành viên đạt danh hiệu:</source>
        <translation>Số thành viên đạt danh hiệu:</translation>
    </message>
    <message>
        <source>Không tìm thấy: bấm “Đối tượng mới…”.</source>
        <translation>Không tìm thấy: bấm “Đối tượng mới…”.</translation>
    </message>
    <message>
        <source>Chưa chọn đối tượng: tìm theo tên hoặc thêm mới.</source>
        <translation>Chưa chọn đối tượng: tìm theo tên hoặc thêm mới.</translation>
    </message>
    <message>
        <source>Hãy chọn người hoặc tập thể được đề nghị.</source>
        <translation>Hãy chọn người hoặc tập thể được đề nghị.</translation>
    </message>
    <message>
        <source>Không có danh hiệu, hình thức nào cho đối tượng này.</source>
        <translation>Không có danh hiệu, hình thức nào cho đối tượng này.</translation>
    </message>
</context>
<context>
    <name>LookupTab</name>
    <message>
        <source>Tìm người, tập thể theo tên (không cần dấu)…</source>
        <translation>Tìm người, tập thể theo tên (không cần dấu)…</translation>
    </message>
    <message>
        <source>Đăng ký thi đua…</source>
        <translation>Đăng ký thi đua…</translation>
    </message>
    <message>
        <source>Ghi danh hiệu thi đua người, tập thể này đăng ký trong năm; đề nghị danh hiệu chưa đăng ký sẽ được nhắc</source>
        <translation>Ghi danh hiệu thi đua người, tập thể này đăng ký trong năm; đề nghị danh hiệu chưa đăng ký sẽ được nhắc</translation>
    </message>
    <message>
        <source>Đối tượng khen thưởng</source>
        <translation>Đối tượng khen thưởng</translation>
    </message>
    <message>
        <source>Quá trình khen thưởng</source>
        <translation>Quá trình khen thưởng</translation>
    </message>
    <message>
        <source>Đủ điều kiện đề nghị danh hiệu cao hơn năm {next} (theo kết quả đến năm {year})</source>
        <translation>Đủ điều kiện đề nghị danh hiệu cao hơn năm {next} (theo kết quả đến năm {year})</translation>
    </message>
    <message>
        <source>{n} người, tập thể đủ điều kiện.</source>
        <translation>{n} người, tập thể đủ điều kiện.</translation>
    </message>
    <message>
        <source>Chưa có ai đủ điều kiện theo các quyết định đã ghi.</source>
        <translation>Chưa có ai đủ điều kiện theo các quyết định đã ghi.</translation>
    </message>
    <message>
        <source>Tìm thấy {n} đối tượng.</source>
        <translation>Tìm thấy {n} đối tượng.</translation>
    </message>
    <message>
        <source>Đăng ký thi đua: {items}</source>
        <translation>Đăng ký thi đua: {items}</translation>
    </message>
    <message>
        <source>Chưa đăng ký thi đua theo tên.</source>
        <translation>Chưa đăng ký thi đua theo tên.</translation>
    </message>
    <message>
        <source>Đủ điều kiện đề nghị: {awards}</source>
        <translation>Đủ điều kiện đề nghị: {awards}</translation>
    </message>
    <message>
        <source>Chưa có khen thưởng nào được ghi.</source>
        <translation>Chưa có khen thưởng nào được ghi.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tổng quan</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Phong trào &amp; chỉ tiêu</source>
        <translation>Phong trào &amp; chỉ tiêu</translation>
    </message>
    <message>
        <source>Nhập kết quả</source>
        <translation>Nhập kết quả</translation>
    </message>
    <message>
        <source>An ninh trật tự</source>
        <translation>An ninh trật tự</translation>
    </message>
    <message>
        <source>Nông thôn mới</source>
        <translation>Nông thôn mới</translation>
    </message>
    <message>
        <source>Khen thưởng</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Cụm, khối thi đua</source>
        <translation>Cụm, khối thi đua</translation>
    </message>
    <message>
        <source>Quỹ thi đua, khen thưởng</source>
        <translation>Quỹ thi đua, khen thưởng</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Trao đổi dữ liệu</source>
        <translation>Trao đổi dữ liệu</translation>
    </message>
    <message>
        <source>Nhật ký</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Chức năng này chưa có trong phiên bản hiện tại.</source>
        <translation>Chức năng này chưa có trong phiên bản hiện tại.</translation>
    </message>
    <message>
        <source>Đang mở dữ liệu…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <source>DỮ LIỆU MINH HỌA</source>
        <translation>DỮ LIỆU MINH HỌA</translation>
    </message>
    <message>
        <source>Các số liệu trong cơ sở dữ liệu này chỉ để minh họa.</source>
        <translation>Các số liệu trong cơ sở dữ liệu này chỉ để minh họa.</translation>
    </message>
    <message>
        <source>Năm làm việc</source>
        <translation>Năm làm việc</translation>
    </message>
    <message>
        <source>Chưa thiết lập cơ quan sử dụng</source>
        <translation>Chưa thiết lập cơ quan sử dụng</translation>
    </message>
    <message>
        <source>Đổi…</source>
        <translation>Đổi…</translation>
    </message>
    <message>
        <source>Đổi cơ quan sử dụng hoặc người sử dụng</source>
        <translation>Đổi cơ quan sử dụng hoặc người sử dụng</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Chuyển sang năm {0}</source>
        <translation>Chuyển sang năm {0}</translation>
    </message>
    <message>
        <source>Đã hủy việc mở dữ liệu.</source>
        <translation>Đã hủy việc mở dữ liệu.</translation>
    </message>
    <message>
        <source>Đang chuẩn bị dữ liệu minh họa…</source>
        <translation>Đang chuẩn bị dữ liệu minh họa…</translation>
    </message>
    <message>
        <source>Sẵn sàng.</source>
        <translation>Sẵn sàng.</translation>
    </message>
    <message>
        <source>Không mở được dữ liệu.</source>
        <translation>Không mở được dữ liệu.</translation>
    </message>
    <message>
        <source>Không mở được dữ liệu</source>
        <translation>Không mở được dữ liệu</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Cơ quan sử dụng: {0} ({1}), người sử dụng: {2}</source>
        <translation>Cơ quan sử dụng: {0} ({1}), người sử dụng: {2}</translation>
    </message>
    <message>
        <source>{office} đã kết thúc ngày {day}: dữ liệu vẫn xem được; bấm “Đổi…” ở góc trên để chuyển sang cơ quan kế thừa khi sẵn sàng.</source>
        <translation>{office} đã kết thúc ngày {day}: dữ liệu vẫn xem được; bấm “Đổi…” ở góc trên để chuyển sang cơ quan kế thừa khi sẵn sàng.</translation>
    </message>
    <message>
        <source>Đã chuyển sang {office}; dữ liệu của {former} được giữ làm lịch sử.</source>
        <translation>Đã chuyển sang {office}; dữ liệu của {former} được giữ làm lịch sử.</translation>
    </message>
    <message>
        <source>Đã lưu cơ quan sử dụng.</source>
        <translation>Đã lưu cơ quan sử dụng.</translation>
    </message>
    <message>
        <source>Đóng chương trình</source>
        <translation>Đóng chương trình</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Thành viên {name}</source>
        <translation>Thành viên {name}</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>(không tham gia)</source>
        <translation>(không tham gia)</translation>
    </message>
    <message>
        <source>Mỗi cụm, khối có một trưởng cụm.</source>
        <translation>Mỗi cụm, khối có một trưởng cụm.</translation>
    </message>
    <message>
        <source>Mỗi cụm, khối có một phó cụm.</source>
        <translation>Mỗi cụm, khối có một phó cụm.</translation>
    </message>
</context>
<context>
    <name>MoveOfficeDialog</name>
    <message>
        <source>Chuyển sang cơ quan kế thừa</source>
        <translation>Chuyển sang cơ quan kế thừa</translation>
    </message>
    <message>
        <source>&lt;b&gt;{office} ({code}) đã kết thúc ngày {day}&lt;/b&gt;: từ 01/07/2025 không còn cấp huyện; công tác thi đua, khen thưởng do tỉnh, thành phố và các xã, phường mới đảm nhận.&lt;br&gt;&lt;br&gt;Chọn cơ quan mà bản cài đặt này phục vụ từ nay. Dữ liệu đã nhập của {office} được giữ nguyên làm lịch sử của cơ quan: không dòng nào bị sửa, đổi mã hay xóa.</source>
        <translation>&lt;b&gt;{office} ({code}) đã kết thúc ngày {day}&lt;/b&gt;: từ 01/07/2025 không còn cấp huyện; công tác thi đua, khen thưởng do tỉnh, thành phố và các xã, phường mới đảm nhận.&lt;br&gt;&lt;br&gt;Chọn cơ quan mà bản cài đặt này phục vụ từ nay. Dữ liệu đã nhập của {office} được giữ nguyên làm lịch sử của cơ quan: không dòng nào bị sửa, đổi mã hay xóa.</translation>
    </message>
    <message>
        <source>{name} ({code}) — {reason}</source>
        <translation>{name} ({code}) — {reason}</translation>
    </message>
    <message>
        <source>Chuyển sang cơ quan đã chọn</source>
        <translation>Chuyển sang cơ quan đã chọn</translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>OpeningDialog</name>
    <message>
        <source>Số dư đầu năm {year}</source>
        <translation>Số dư đầu năm {year}</translation>
    </message>
    <message>
        <source>để trống: lấy số dư cuối năm trước</source>
        <translation>để trống: lấy số dư cuối năm trước</translation>
    </message>
    <message>
        <source>Số dư (đồng):</source>
        <translation>Số dư (đồng):</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
<context>
    <name>PeriodLockPanel</name>
    <message>
        <source>Khóa sổ theo năm</source>
        <translation>Khóa sổ theo năm</translation>
    </message>
    <message>
        <source>Khi đã gửi báo cáo năm, hãy khóa sổ năm đó: số liệu của năm không sửa được nữa. Muốn sửa thì mở khóa và nêu lý do; mọi lần khóa, mở khóa đều được ghi nhật ký.</source>
        <translation>Khi đã gửi báo cáo năm, hãy khóa sổ năm đó: số liệu của năm không sửa được nữa. Muốn sửa thì mở khóa và nêu lý do; mọi lần khóa, mở khóa đều được ghi nhật ký.</translation>
    </message>
    <message>
        <source>Năm cần khóa sổ</source>
        <translation>Năm cần khóa sổ</translation>
    </message>
    <message>
        <source>Khóa sổ năm này…</source>
        <translation>Khóa sổ năm này…</translation>
    </message>
    <message>
        <source>Mở khóa năm đã chọn…</source>
        <translation>Mở khóa năm đã chọn…</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Khóa sổ năm {0}</source>
        <translation>Khóa sổ năm {0}</translation>
    </message>
    <message>
        <source>Khóa sổ năm {0}: số liệu của năm sẽ không sửa được nữa.
Ghi chú (không bắt buộc), ví dụ số công văn đã gửi báo cáo:</source>
        <translation>Khóa sổ năm {0}: số liệu của năm sẽ không sửa được nữa.
Ghi chú (không bắt buộc), ví dụ số công văn đã gửi báo cáo:</translation>
    </message>
    <message>
        <source>Đã khóa sổ năm {year}.</source>
        <translation>Đã khóa sổ năm {year}.</translation>
    </message>
    <message>
        <source>Mở khóa sổ năm {0}</source>
        <translation>Mở khóa sổ năm {0}</translation>
    </message>
    <message>
        <source>Lý do mở khóa sổ năm {0} (bắt buộc, được ghi vào nhật ký):</source>
        <translation>Lý do mở khóa sổ năm {0} (bắt buộc, được ghi vào nhật ký):</translation>
    </message>
    <message>
        <source>Đã mở khóa sổ năm {year}.</source>
        <translation>Đã mở khóa sổ năm {year}.</translation>
    </message>
</context>
<context>
    <name>PlanChart</name>
    <message>
        <source>KH nâng cao</source>
        <translation>KH nâng cao</translation>
    </message>
    <message>
        <source>Đạt nâng cao</source>
        <translation>Đạt nâng cao</translation>
    </message>
    <message>
        <source>KH kiểu mẫu</source>
        <translation>KH kiểu mẫu</translation>
    </message>
    <message>
        <source>Đạt kiểu mẫu</source>
        <translation>Đạt kiểu mẫu</translation>
    </message>
    <message>
        <source>Số xã</source>
        <translation>Số xã</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Kế hoạch năm {0}</source>
        <translation>Kế hoạch năm {0}</translation>
    </message>
    <message>
        <source>Không có kế hoạch</source>
        <translation>Không có kế hoạch</translation>
    </message>
    <message>
        <source>Phấn đấu đạt chuẩn:</source>
        <translation>Phấn đấu đạt chuẩn:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Xã đã đạt {0} từ trước năm {1}.</source>
        <translation>Xã đã đạt {0} từ trước năm {1}.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Thiết lập cơ quan sử dụng</source>
        <translation>Thiết lập cơ quan sử dụng</translation>
    </message>
    <message>
        <source>Mỗi bản cài đặt thuộc về một cơ quan. Dữ liệu các đơn vị trong phạm vi cơ quan nhập tại đây thuộc quyền của cơ quan này; dữ liệu nhận từ cấp dưới chỉ để xem.</source>
        <translation>Mỗi bản cài đặt thuộc về một cơ quan. Dữ liệu các đơn vị trong phạm vi cơ quan nhập tại đây thuộc quyền của cơ quan này; dữ liệu nhận từ cấp dưới chỉ để xem.</translation>
    </message>
    <message>
        <source>Đổi cơ quan sử dụng hoặc người sử dụng của bản cài đặt này.</source>
        <translation>Đổi cơ quan sử dụng hoặc người sử dụng của bản cài đặt này.</translation>
    </message>
    <message>
        <source>Tìm cơ quan: tên hoặc mã, gõ không dấu cũng được</source>
        <translation>Tìm cơ quan: tên hoặc mã, gõ không dấu cũng được</translation>
    </message>
    <message>
        <source>Ví dụ: Nguyễn Thị Lan</source>
        <translation>Ví dụ: Nguyễn Thị Lan</translation>
    </message>
    <message>
        <source>Trên máy chủ dùng chung, người sử dụng là tài khoản đăng nhập máy chủ của bạn; nhật ký ghi tên tài khoản này.</source>
        <translation>Trên máy chủ dùng chung, người sử dụng là tài khoản đăng nhập máy chủ của bạn; nhật ký ghi tên tài khoản này.</translation>
    </message>
    <message>
        <source>(chưa chọn)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <source>Cơ quan đã chọn:</source>
        <translation>Cơ quan đã chọn:</translation>
    </message>
    <message>
        <source>Họ tên người sử dụng:</source>
        <translation>Họ tên người sử dụng:</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Xem dữ liệu minh họa với tư cách:</source>
        <translation>Xem dữ liệu minh họa với tư cách:</translation>
    </message>
    <message>
        <source>Mã {0}</source>
        <translation>Mã {0}</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Sửa đề nghị khen thưởng</source>
        <translation>Sửa đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Thêm đề nghị khen thưởng</source>
        <translation>Thêm đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>(khen thưởng năm, không theo phong trào)</source>
        <translation>(khen thưởng năm, không theo phong trào)</translation>
    </message>
    <message>
        <source>Đề nghị tặng danh hiệu thi đua năm {year}</source>
        <translation>Đề nghị tặng danh hiệu thi đua năm {year}</translation>
    </message>
    <message>
        <source>ví dụ 38/TTr-UBND</source>
        <translation>ví dụ 38/TTr-UBND</translation>
    </message>
    <message>
        <source>Cấp của đơn vị đề nghị</source>
        <translation>Cấp của đơn vị đề nghị</translation>
    </message>
    <message>
        <source>Đơn vị đề nghị:</source>
        <translation>Đơn vị đề nghị:</translation>
    </message>
    <message>
        <source>Trích yếu:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <source>Phong trào:</source>
        <translation>Phong trào:</translation>
    </message>
    <message>
        <source>Số tờ trình:</source>
        <translation>Số tờ trình:</translation>
    </message>
    <message>
        <source>Ngày tờ trình:</source>
        <translation>Ngày tờ trình:</translation>
    </message>
    <message>
        <source>Trình cấp quyết định:</source>
        <translation>Trình cấp quyết định:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Hãy nhập trích yếu của đề nghị.</source>
        <translation>Hãy nhập trích yếu của đề nghị.</translation>
    </message>
    <message>
        <source>Hãy chọn đơn vị đề nghị.</source>
        <translation>Hãy chọn đơn vị đề nghị.</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <source>Tổng điểm</source>
        <translation>Tổng điểm</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Nhận hồ sơ, kết quả</source>
        <translation>Nhận hồ sơ, kết quả</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gói {kind}&lt;/b&gt; số {n} của &lt;b&gt;{producer}&lt;/b&gt;, lập lúc {when}</source>
        <translation>&lt;b&gt;Gói {kind}&lt;/b&gt; số {n} của &lt;b&gt;{producer}&lt;/b&gt;, lập lúc {when}</translation>
    </message>
    <message>
        <source>Chữ ký: {0}</source>
        <translation>Chữ ký: {0}</translation>
    </message>
    <message>
        <source>{unit} · năm {year} · {lines} dòng</source>
        <translation>{unit} · năm {year} · {lines} dòng</translation>
    </message>
    <message>
        <source>{people} người có tên; lần gửi thứ {n}.</source>
        <translation>{people} người có tên; lần gửi thứ {n}.</translation>
    </message>
    <message>
        <source>Trạng thái ở cấp xét: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Trạng thái ở cấp xét: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Lý do trả lại: {0}</source>
        <translation>Lý do trả lại: {0}</translation>
    </message>
    <message>
        <source>Quyết định {0}</source>
        <translation>Quyết định {0}</translation>
    </message>
    <message>
        <source>Giấy tờ đính kèm ({n}):</source>
        <translation>Giấy tờ đính kèm ({n}):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gói này đã được nhận lúc {0}: nhận lại không thay đổi gì.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gói này đã được nhận lúc {0}: nhận lại không thay đổi gì.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Khi nhận:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Khi nhận:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nhận</source>
        <translation>Nhận</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <source>Thêm đối tượng khen thưởng</source>
        <translation>Thêm đối tượng khen thưởng</translation>
    </message>
    <message>
        <source>Sửa đối tượng khen thưởng</source>
        <translation>Sửa đối tượng khen thưởng</translation>
    </message>
    <message>
        <source>không ghi</source>
        <translation>không ghi</translation>
    </message>
    <message>
        <source>ví dụ Chuyên viên Phòng Nội vụ</source>
        <translation>ví dụ Chuyên viên Phòng Nội vụ</translation>
    </message>
    <message>
        <source>Để lập biểu thống kê khen thưởng hằng năm (biểu 0602, 0603): lãnh đạo các cấp, doanh nhân; doanh nghiệp, hợp tác xã</source>
        <translation>Để lập biểu thống kê khen thưởng hằng năm (biểu 0602, 0603): lãnh đạo các cấp, doanh nhân; doanh nghiệp, hợp tác xã</translation>
    </message>
    <message>
        <source>Loại đối tượng:</source>
        <translation>Loại đối tượng:</translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <source>Năm sinh:</source>
        <translation>Năm sinh:</translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>Đơn vị công tác:</source>
        <translation>Đơn vị công tác:</translation>
    </message>
    <message>
        <source>Thuộc nhóm:</source>
        <translation>Thuộc nhóm:</translation>
    </message>
    <message>
        <source>Phân loại thống kê:</source>
        <translation>Phân loại thống kê:</translation>
    </message>
    <message>
        <source>(không thuộc nhóm nào)</source>
        <translation>(không thuộc nhóm nào)</translation>
    </message>
    <message>
        <source>Tên tổ chức:</source>
        <translation>Tên tổ chức:</translation>
    </message>
    <message>
        <source>để trống: chính đơn vị đã chọn</source>
        <translation>để trống: chính đơn vị đã chọn</translation>
    </message>
    <message>
        <source>Tên hộ:</source>
        <translation>Tên hộ:</translation>
    </message>
    <message>
        <source>ví dụ Hộ ông Lê Văn Bảy</source>
        <translation>ví dụ Hộ ông Lê Văn Bảy</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Hãy nhập họ và tên.</source>
        <translation>Hãy nhập họ và tên.</translation>
    </message>
</context>
<context>
    <name>RecognitionDialog</name>
    <message>
        <source>Ghi quyết định công nhận</source>
        <translation>Ghi quyết định công nhận</translation>
    </message>
    <message>
        <source>ví dụ 331/QĐ-UBND</source>
        <translation>ví dụ 331/QĐ-UBND</translation>
    </message>
    <message>
        <source>Năm xã được công nhận đạt chuẩn (thường là năm của quyết định, có khi là năm trước)</source>
        <translation>Năm xã được công nhận đạt chuẩn (thường là năm của quyết định, có khi là năm trước)</translation>
    </message>
    <message>
        <source>ví dụ UBND thành phố Cần Thơ</source>
        <translation>ví dụ UBND thành phố Cần Thơ</translation>
    </message>
    <message>
        <source>Mức công nhận:</source>
        <translation>Mức công nhận:</translation>
    </message>
    <message>
        <source>Số quyết định:</source>
        <translation>Số quyết định:</translation>
    </message>
    <message>
        <source>Ngày quyết định:</source>
        <translation>Ngày quyết định:</translation>
    </message>
    <message>
        <source>Năm đạt chuẩn:</source>
        <translation>Năm đạt chuẩn:</translation>
    </message>
    <message>
        <source>Cơ quan ban hành:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Ngày công bố:</source>
        <translation>Ngày công bố:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Chưa nhập số quyết định.</source>
        <translation>Chưa nhập số quyết định.</translation>
    </message>
    <message>
        <source>Chưa nhập ngày quyết định.</source>
        <translation>Chưa nhập ngày quyết định.</translation>
    </message>
    <message>
        <source>Ngày công bố trước ngày quyết định.</source>
        <translation>Ngày công bố trước ngày quyết định.</translation>
    </message>
</context>
<context>
    <name>RecordedDialog</name>
    <message>
        <source>Ghi quyết định đã ban hành</source>
        <translation>Ghi quyết định đã ban hành</translation>
    </message>
    <message>
        <source>Dùng khi danh sách này đã được khen thưởng theo một quyết định ban hành ở nơi khác hoặc trước khi dùng phần mềm: quyết định được ghi cho cả {n} dòng, không qua trình, Hội đồng, bỏ phiếu. Danh mục khen thưởng áp dụng theo ngày quyết định.</source>
        <translation>Dùng khi danh sách này đã được khen thưởng theo một quyết định ban hành ở nơi khác hoặc trước khi dùng phần mềm: quyết định được ghi cho cả {n} dòng, không qua trình, Hội đồng, bỏ phiếu. Danh mục khen thưởng áp dụng theo ngày quyết định.</translation>
    </message>
    <message>
        <source>ví dụ 125/QĐ-UBND</source>
        <translation>ví dụ 125/QĐ-UBND</translation>
    </message>
    <message>
        <source>để trống: Chủ tịch UBND của cấp quyết định</source>
        <translation>để trống: Chủ tịch UBND của cấp quyết định</translation>
    </message>
    <message>
        <source>Số quyết định:</source>
        <translation>Số quyết định:</translation>
    </message>
    <message>
        <source>Ngày quyết định:</source>
        <translation>Ngày quyết định:</translation>
    </message>
    <message>
        <source>Cơ quan, người quyết định:</source>
        <translation>Cơ quan, người quyết định:</translation>
    </message>
    <message>
        <source>Người ký (nếu biết):</source>
        <translation>Người ký (nếu biết):</translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Hãy nhập số quyết định.</source>
        <translation>Hãy nhập số quyết định.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Đăng ký thi đua năm {0}</source>
        <translation>Đăng ký thi đua năm {0}</translation>
    </message>
    <message>
        <source>ví dụ: Cờ thi đua của UBND thành phố; Tập thể lao động xuất sắc</source>
        <translation>ví dụ: Cờ thi đua của UBND thành phố; Tập thể lao động xuất sắc</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Danh hiệu, hình thức khen thưởng đăng ký:</source>
        <translation>Danh hiệu, hình thức khen thưởng đăng ký:</translation>
    </message>
    <message>
        <source>Đăng ký thi đua</source>
        <translation>Đăng ký thi đua</translation>
    </message>
    <message>
        <source>Năm thi đua:</source>
        <translation>Năm thi đua:</translation>
    </message>
    <message>
        <source>Danh hiệu đăng ký:</source>
        <translation>Danh hiệu đăng ký:</translation>
    </message>
    <message>
        <source>Ngày đăng ký:</source>
        <translation>Ngày đăng ký:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Chưa có danh hiệu nào để đăng ký.</source>
        <translation>Chưa có danh hiệu nào để đăng ký.</translation>
    </message>
    <message>
        <source>Hãy ghi danh hiệu, hình thức khen thưởng đăng ký.</source>
        <translation>Hãy ghi danh hiệu, hình thức khen thưởng đăng ký.</translation>
    </message>
</context>
<context>
    <name>ReportingPanel</name>
    <message>
        <source>Năm {0}: {1}/{2} đơn vị trực thuộc đã gửi gói số liệu.</source>
        <translation>Năm {0}: {1}/{2} đơn vị trực thuộc đã gửi gói số liệu.</translation>
    </message>
    <message>
        <source>Cơ quan này không có đơn vị trực thuộc để theo dõi.</source>
        <translation>Cơ quan này không có đơn vị trực thuộc để theo dõi.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Kết quả thực hiện các chỉ tiêu thi đua</source>
        <translation>Kết quả thực hiện các chỉ tiêu thi đua</translation>
    </message>
    <message>
        <source>Xã, phường, thị trấn &quot;an toàn về ANTT&quot; và &quot;3 không&quot;</source>
        <translation>Xã, phường, thị trấn &quot;an toàn về ANTT&quot; và &quot;3 không&quot;</translation>
    </message>
    <message>
        <source>Kết quả xây dựng nông thôn mới</source>
        <translation>Kết quả xây dựng nông thôn mới</translation>
    </message>
    <message>
        <source>Tổng hợp kết quả công tác thi đua</source>
        <translation>Tổng hợp kết quả công tác thi đua</translation>
    </message>
    <message>
        <source>Tổng hợp tiền thưởng theo các quyết định khen thưởng của năm</source>
        <translation>Tổng hợp tiền thưởng theo các quyết định khen thưởng của năm</translation>
    </message>
    <message>
        <source>Sổ quỹ thi đua, khen thưởng</source>
        <translation>Sổ quỹ thi đua, khen thưởng</translation>
    </message>
    <message>
        <source>Biểu 0601.N/BNV-TĐKT: số phong trào thi đua</source>
        <translation>Biểu 0601.N/BNV-TĐKT: số phong trào thi đua</translation>
    </message>
    <message>
        <source>Biểu 0602.N/BNV-TĐKT: số lượng khen thưởng cấp Nhà nước</source>
        <translation>Biểu 0602.N/BNV-TĐKT: số lượng khen thưởng cấp Nhà nước</translation>
    </message>
    <message>
        <source>Biểu 0603.N/BNV-TĐKT: số lượng khen thưởng cấp bộ, cấp tỉnh</source>
        <translation>Biểu 0603.N/BNV-TĐKT: số lượng khen thưởng cấp bộ, cấp tỉnh</translation>
    </message>
    <message>
        <source>Biểu 0604.N/BNV-TĐKT: số lượng tổ chức làm công tác thi đua, khen thưởng</source>
        <translation>Biểu 0604.N/BNV-TĐKT: số lượng tổ chức làm công tác thi đua, khen thưởng</translation>
    </message>
    <message>
        <source>Biểu 0605.N/BNV-TĐKT: số lượng công chức làm công tác thi đua, khen thưởng</source>
        <translation>Biểu 0605.N/BNV-TĐKT: số lượng công chức làm công tác thi đua, khen thưởng</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Họ và tên người ký</source>
        <translation>Họ và tên người ký</translation>
    </message>
    <message>
        <source>Lập báo cáo</source>
        <translation>Lập báo cáo</translation>
    </message>
    <message>
        <source>Loại báo cáo:</source>
        <translation>Loại báo cáo:</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Phong trào:</source>
        <translation>Phong trào:</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Ngày văn bản:</source>
        <translation>Ngày văn bản:</translation>
    </message>
    <message>
        <source>Xem trước</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Lưu Excel…</source>
        <translation>Lưu Excel…</translation>
    </message>
    <message>
        <source>Lưu Word để sửa…</source>
        <translation>Lưu Word để sửa…</translation>
    </message>
    <message>
        <source>Bản .docx cùng thể thức để sửa câu chữ trước khi ký; bản chính là PDF</source>
        <translation>Bản .docx cùng thể thức để sửa câu chữ trước khi ký; bản chính là PDF</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>In bản xem trước ra máy in (chọn máy in, số bản, trang)</source>
        <translation>In bản xem trước ra máy in (chọn máy in, số bản, trang)</translation>
    </message>
    <message>
        <source>Mở tệp</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <source>Mở tệp vừa lưu bằng chương trình mặc định</source>
        <translation>Mở tệp vừa lưu bằng chương trình mặc định</translation>
    </message>
    <message>
        <source>Mở bản xem trước bằng trình đọc PDF</source>
        <translation>Mở bản xem trước bằng trình đọc PDF</translation>
    </message>
    <message>
        <source>Chọn báo cáo rồi bấm “Xem trước”.</source>
        <translation>Chọn báo cáo rồi bấm “Xem trước”.</translation>
    </message>
    <message>
        <source>Máy này chưa có thành phần xem PDF (PySide6-Pdf): bấm “Xem trước” rồi mở bản xem trước bằng trình đọc PDF của máy.</source>
        <translation>Máy này chưa có thành phần xem PDF (PySide6-Pdf): bấm “Xem trước” rồi mở bản xem trước bằng trình đọc PDF của máy.</translation>
    </message>
    <message>
        <source>Chưa chọn cơ quan sử dụng: bấm “Đổi…” ở góc trên bên phải để chọn.</source>
        <translation>Chưa chọn cơ quan sử dụng: bấm “Đổi…” ở góc trên bên phải để chọn.</translation>
    </message>
    <message>
        <source>Ký: {0}. Thể thức văn bản sửa trong Cài đặt.</source>
        <translation>Ký: {0}. Thể thức văn bản sửa trong Cài đặt.</translation>
    </message>
    <message>
        <source>Tất cả phong trào trong năm</source>
        <translation>Tất cả phong trào trong năm</translation>
    </message>
    <message>
        <source>Chưa lập được báo cáo.</source>
        <translation>Chưa lập được báo cáo.</translation>
    </message>
    <message>
        <source>Đang lập báo cáo…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <source>Bản xem trước: chưa lưu thành tệp.</source>
        <translation>Bản xem trước: chưa lưu thành tệp.</translation>
    </message>
    <message>
        <source>Lựa chọn đã đổi: bấm “Xem trước” để xem và in báo cáo mới.</source>
        <translation>Lựa chọn đã đổi: bấm “Xem trước” để xem và in báo cáo mới.</translation>
    </message>
    <message>
        <source>Bản xem trước đã sẵn sàng.</source>
        <translation>Bản xem trước đã sẵn sàng.</translation>
    </message>
    <message>
        <source>In báo cáo</source>
        <translation>In báo cáo</translation>
    </message>
    <message>
        <source>Đã gửi {0} trang tới máy in.</source>
        <translation>Đã gửi {0} trang tới máy in.</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Văn bản Word (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>Lưu báo cáo</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>Đang lưu báo cáo…</source>
        <translation>Đang lưu báo cáo…</translation>
    </message>
    <message>
        <source>Đã lưu {0}</source>
        <translation>Đã lưu {0}</translation>
    </message>
    <message>
        <source>Đã lưu báo cáo {0}.</source>
        <translation>Đã lưu báo cáo {0}.</translation>
    </message>
</context>
<context>
    <name>ResultGridModel</name>
    <message>
        <source>{code}: {name}
Đơn vị tính: {unit_of_measure}
Nguồn số liệu: {source}</source>
        <translation>{code}: {name}
Đơn vị tính: {unit_of_measure}
Nguồn số liệu: {source}</translation>
    </message>
    <message>
        <source>Chưa lưu — giá trị không hợp lệ: {reason}</source>
        <translation>Chưa lưu — giá trị không hợp lệ: {reason}</translation>
    </message>
    <message>
        <source>⚠ {note}</source>
        <translation>⚠ {note}</translation>
    </message>
    <message>
        <source>Thay đổi chưa lưu: {note}</source>
        <translation>Thay đổi chưa lưu: {note}</translation>
    </message>
    <message>
        <source>Thay đổi chưa lưu</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Chỉ tiêu: {target}</source>
        <translation>Chỉ tiêu: {target}</translation>
    </message>
    <message>
        <source>Chỉ tiêu: chưa giao</source>
        <translation>Chỉ tiêu: chưa giao</translation>
    </message>
    <message>
        <source>Đánh giá: {status}</source>
        <translation>Đánh giá: {status}</translation>
    </message>
    <message>
        <source>Số liệu {source}</source>
        <translation>Số liệu {source}</translation>
    </message>
    <message>
        <source>Giá trị {source}, không nhập tay.</source>
        <translation>Giá trị {source}, không nhập tay.</translation>
    </message>
    <message>
        <source>Do cơ quan mã {code} gửi lên: chỉ xem.</source>
        <translation>Do cơ quan mã {code} gửi lên: chỉ xem.</translation>
    </message>
    <message>
        <source>Đơn vị ngoài phạm vi nhập của cơ quan: chỉ xem.</source>
        <translation>Đơn vị ngoài phạm vi nhập của cơ quan: chỉ xem.</translation>
    </message>
    <message>
        <source>Ghi chú: {note}</source>
        <translation>Ghi chú: {note}</translation>
    </message>
    <message>
        <source>Sửa {count} ô</source>
        <translation>Sửa {count} ô</translation>
    </message>
    <message>
        <source>Sửa 1 ô</source>
        <translation>Sửa 1 ô</translation>
    </message>
</context>
<context>
    <name>ResultGridView</name>
    <message>
        <source>Bộ nhớ tạm không có dữ liệu để dán.</source>
        <translation>Bộ nhớ tạm không có dữ liệu để dán.</translation>
    </message>
    <message>
        <source>Khối dữ liệu dán vào quá lớn.</source>
        <translation>Khối dữ liệu dán vào quá lớn.</translation>
    </message>
    <message>
        <source>Đã dán {count} ô.</source>
        <translation>Đã dán {count} ô.</translation>
    </message>
    <message>
        <source>Đã dán {count} ô; {invalid} ô không hợp lệ (viền đỏ, chưa lưu).</source>
        <translation>Đã dán {count} ô; {invalid} ô không hợp lệ (viền đỏ, chưa lưu).</translation>
    </message>
    <message>
        <source>Đã dán {count} ô; bỏ qua {skipped} ô chỉ xem.</source>
        <translation>Đã dán {count} ô; bỏ qua {skipped} ô chỉ xem.</translation>
    </message>
    <message>
        <source>Đã dán {count} ô; bỏ qua {outside} ô ngoài bảng.</source>
        <translation>Đã dán {count} ô; bỏ qua {outside} ô ngoài bảng.</translation>
    </message>
    <message>
        <source>Đã dán {count} ô; {invalid} ô không hợp lệ (viền đỏ, chưa lưu); bỏ qua {skipped} ô chỉ xem.</source>
        <translation>Đã dán {count} ô; {invalid} ô không hợp lệ (viền đỏ, chưa lưu); bỏ qua {skipped} ô chỉ xem.</translation>
    </message>
    <message>
        <source>Đã dán {count} ô; {invalid} ô không hợp lệ (viền đỏ, chưa lưu); bỏ qua {outside} ô ngoài bảng.</source>
        <translation>Đã dán {count} ô; {invalid} ô không hợp lệ (viền đỏ, chưa lưu); bỏ qua {outside} ô ngoài bảng.</translation>
    </message>
    <message>
        <source>Đã dán {count} ô; bỏ qua {skipped} ô chỉ xem; bỏ qua {outside} ô ngoài bảng.</source>
        <translation>Đã dán {count} ô; bỏ qua {skipped} ô chỉ xem; bỏ qua {outside} ô ngoài bảng.</translation>
    </message>
    <message>
        <source>Đã dán {count} ô; {invalid} ô không hợp lệ (viền đỏ, chưa lưu); bỏ qua {skipped} ô chỉ xem; bỏ qua {outside} ô ngoài bảng.</source>
        <translation>Đã dán {count} ô; {invalid} ô không hợp lệ (viền đỏ, chưa lưu); bỏ qua {skipped} ô chỉ xem; bỏ qua {outside} ô ngoài bảng.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Nhập kết quả</source>
        <translation>Nhập kết quả</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Lưu mọi thay đổi hợp lệ trong một lần (Ctrl+S)</source>
        <translation>Lưu mọi thay đổi hợp lệ trong một lần (Ctrl+S)</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Tải lại</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <source>Mẫu Excel…</source>
        <translation>Mẫu Excel…</translation>
    </message>
    <message>
        <source>Lập tệp Excel mẫu của phong trào và năm này để các đơn vị điền số liệu</source>
        <translation>Lập tệp Excel mẫu của phong trào và năm này để các đơn vị điền số liệu</translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Xem trước rồi nhập số liệu từ tệp Excel (mẫu của ứng dụng hoặc bảng của cơ quan)</source>
        <translation>Xem trước rồi nhập số liệu từ tệp Excel (mẫu của ứng dụng hoặc bảng của cơ quan)</translation>
    </message>
    <message>
        <source>Phong trào:</source>
        <translation>Phong trào:</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Các ô viền đỏ chưa hợp lệ nên chưa lưu; hãy sửa lại.</source>
        <translation>Các ô viền đỏ chưa hợp lệ nên chưa lưu; hãy sửa lại.</translation>
    </message>
    <message>
        <source>Đang lưu kết quả…</source>
        <translation>Đang lưu kết quả…</translation>
    </message>
    <message>
        <source>Đã lưu {saved} ô; xóa {cleared} ô; {invalid} ô không hợp lệ chưa lưu.</source>
        <translation>Đã lưu {saved} ô; xóa {cleared} ô; {invalid} ô không hợp lệ chưa lưu.</translation>
    </message>
    <message>
        <source>Đã lưu {saved} ô; xóa {cleared} ô.</source>
        <translation>Đã lưu {saved} ô; xóa {cleared} ô.</translation>
    </message>
    <message>
        <source>Đã lưu {saved} ô; {invalid} ô không hợp lệ chưa lưu.</source>
        <translation>Đã lưu {saved} ô; {invalid} ô không hợp lệ chưa lưu.</translation>
    </message>
    <message>
        <source>Đã lưu {saved} ô.</source>
        <translation>Đã lưu {saved} ô.</translation>
    </message>
    <message>
        <source>Đã lập mẫu Excel: {0}</source>
        <translation>Đã lập mẫu Excel: {0}</translation>
    </message>
    <message>
        <source>Nhập từ Excel</source>
        <translation>Nhập từ Excel</translation>
    </message>
    <message>
        <source>Bảng đang có thay đổi chưa lưu. Nhập từ Excel sẽ tải lại bảng và bỏ các thay đổi đó. Tiếp tục?</source>
        <translation>Bảng đang có thay đổi chưa lưu. Nhập từ Excel sẽ tải lại bảng và bỏ các thay đổi đó. Tiếp tục?</translation>
    </message>
    <message>
        <source>{0} thay đổi chưa lưu; ⚠ {1} ô có giá trị khác xa chỉ tiêu hoặc số đang lưu (xem chú thích của ô; vẫn lưu được).</source>
        <translation>{0} thay đổi chưa lưu; ⚠ {1} ô có giá trị khác xa chỉ tiêu hoặc số đang lưu (xem chú thích của ô; vẫn lưu được).</translation>
    </message>
    <message>
        <source>{0} thay đổi chưa lưu; {1} ô được làm tròn theo số chữ số thập phân của chỉ tiêu (xem chú thích của ô).</source>
        <translation>{0} thay đổi chưa lưu; {1} ô được làm tròn theo số chữ số thập phân của chỉ tiêu (xem chú thích của ô).</translation>
    </message>
    <message>
        <source>không hợp lệ</source>
        <translation>không hợp lệ</translation>
    </message>
    <message>
        <source>chưa lưu</source>
        <translation>chưa lưu</translation>
    </message>
    <message>
        <source>Ô có góc màu cam: đã sửa nhưng chưa lưu</source>
        <translation>Ô có góc màu cam: đã sửa nhưng chưa lưu</translation>
    </message>
    <message>
        <source>Không có thay đổi chưa lưu.</source>
        <translation>Không có thay đổi chưa lưu.</translation>
    </message>
    <message>
        <source>{0} thay đổi chưa lưu, trong đó {1} ô không hợp lệ.</source>
        <translation>{0} thay đổi chưa lưu, trong đó {1} ô không hợp lệ.</translation>
    </message>
    <message>
        <source>{0} thay đổi chưa lưu.</source>
        <translation>{0} thay đổi chưa lưu.</translation>
    </message>
    <message>
        <source>Thay đổi chưa lưu</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Có {0} ô đã sửa nhưng chưa lưu. {1}: lưu các thay đổi trước?</source>
        <translation>Có {0} ô đã sửa nhưng chưa lưu. {1}: lưu các thay đổi trước?</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Trả lại đề nghị khen thưởng</source>
        <translation>Trả lại đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>ví dụ Thiếu biên bản họp bình xét của đơn vị</source>
        <translation>ví dụ Thiếu biên bản họp bình xét của đơn vị</translation>
    </message>
    <message>
        <source>Trả lại</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Ngày trả lại:</source>
        <translation>Ngày trả lại:</translation>
    </message>
    <message>
        <source>Lý do (bắt buộc):</source>
        <translation>Lý do (bắt buộc):</translation>
    </message>
    <message>
        <source>Hãy nêu lý do trả lại đề nghị (bắt buộc).</source>
        <translation>Hãy nêu lý do trả lại đề nghị (bắt buộc).</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Ghi kết quả xét của Hội đồng Thi đua - Khen thưởng</source>
        <translation>Ghi kết quả xét của Hội đồng Thi đua - Khen thưởng</translation>
    </message>
    <message>
        <source>Ngày họp:</source>
        <translation>Ngày họp:</translation>
    </message>
    <message>
        <source>Số thành viên Hội đồng:</source>
        <translation>Số thành viên Hội đồng:</translation>
    </message>
    <message>
        <source>Số thành viên có mặt:</source>
        <translation>Số thành viên có mặt:</translation>
    </message>
    <message>
        <source>Số phiếu đồng ý (bỏ phiếu kín):</source>
        <translation>Số phiếu đồng ý (bỏ phiếu kín):</translation>
    </message>
    <message>
        <source>Không dòng nào cần bỏ phiếu kín.</source>
        <translation>Không dòng nào cần bỏ phiếu kín.</translation>
    </message>
    <message>
        <source>{n}. {name} — {award}:</source>
        <translation>{n}. {name} — {award}:</translation>
    </message>
    <message>
        <source>Số thành viên có mặt không được lớn hơn số thành viên Hội đồng.</source>
        <translation>Số thành viên có mặt không được lớn hơn số thành viên Hội đồng.</translation>
    </message>
    <message>
        <source>Số phiếu đồng ý không được lớn hơn số thành viên có mặt.</source>
        <translation>Số phiếu đồng ý không được lớn hơn số thành viên có mặt.</translation>
    </message>
</context>
<context>
    <name>RevocationDialog</name>
    <message>
        <source>Ghi quyết định thu hồi</source>
        <translation>Ghi quyết định thu hồi</translation>
    </message>
    <message>
        <source>số quyết định thu hồi</source>
        <translation>số quyết định thu hồi</translation>
    </message>
    <message>
        <source>ví dụ UBND thành phố Cần Thơ</source>
        <translation>ví dụ UBND thành phố Cần Thơ</translation>
    </message>
    <message>
        <source>ví dụ: 6/19 tiêu chí chưa đạt, trong đó có Môi trường</source>
        <translation>ví dụ: 6/19 tiêu chí chưa đạt, trong đó có Môi trường</translation>
    </message>
    <message>
        <source>Thu hồi một mức thì các mức cao hơn đang có cũng bị thu hồi.</source>
        <translation>Thu hồi một mức thì các mức cao hơn đang có cũng bị thu hồi.</translation>
    </message>
    <message>
        <source>Mức bị thu hồi:</source>
        <translation>Mức bị thu hồi:</translation>
    </message>
    <message>
        <source>Số quyết định:</source>
        <translation>Số quyết định:</translation>
    </message>
    <message>
        <source>Ngày thu hồi:</source>
        <translation>Ngày thu hồi:</translation>
    </message>
    <message>
        <source>Cơ quan ban hành:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Lý do:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>Xã chưa có mức công nhận nào để thu hồi.</source>
        <translation>Xã chưa có mức công nhận nào để thu hồi.</translation>
    </message>
    <message>
        <source>Chưa nhập số quyết định thu hồi.</source>
        <translation>Chưa nhập số quyết định thu hồi.</translation>
    </message>
    <message>
        <source>Chưa nhập ngày thu hồi.</source>
        <translation>Chưa nhập ngày thu hồi.</translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <source>Bảng</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>Thêm mới</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Thay thế số liệu tại đây</source>
        <translation>Thay thế số liệu tại đây</translation>
    </message>
    <message>
        <source>Không đổi</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Giữ nguyên</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <source>Nhận lúc</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <source>Loại gói</source>
        <translation>Loại gói</translation>
    </message>
    <message>
        <source>Cơ quan gửi</source>
        <translation>Cơ quan gửi</translation>
    </message>
    <message>
        <source>Số, ngày</source>
        <translation>Số, ngày</translation>
    </message>
    <message>
        <source>Họ tên, tên tập thể</source>
        <translation>Họ tên, tên tập thể</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Chiều</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Trạng thái ở cấp xét</source>
        <translation>Trạng thái ở cấp xét</translation>
    </message>
    <message>
        <source>Lần gửi</source>
        <translation>Lần gửi</translation>
    </message>
    <message>
        <source>Giấy tờ</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Cập nhật</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Gói</source>
        <translation>Gói</translation>
    </message>
    <message>
        <source>Số gói</source>
        <translation>Số gói</translation>
    </message>
    <message>
        <source>Ghi chú, lý do</source>
        <translation>Ghi chú, lý do</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>TT</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Danh hiệu, hình thức</source>
        <translation>Danh hiệu, hình thức</translation>
    </message>
    <message>
        <source>Đột xuất</source>
        <translation>Đột xuất</translation>
    </message>
    <message>
        <source>Phiếu đồng ý</source>
        <translation>Phiếu đồng ý</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Chức vụ, đơn vị</source>
        <translation>Chức vụ, đơn vị</translation>
    </message>
    <message>
        <source>Nhóm</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Thành tích</source>
        <translation>Thành tích</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Cấp quyết định</source>
        <translation>Cấp quyết định</translation>
    </message>
    <message>
        <source>Có thể đề nghị</source>
        <translation>Có thể đề nghị</translation>
    </message>
    <message>
        <source>Căn cứ</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Đã đề nghị</source>
        <translation>Đã đề nghị</translation>
    </message>
    <message>
        <source>Đề nghị</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Đã quyết định</source>
        <translation>Đã quyết định</translation>
    </message>
    <message>
        <source>Tập thể</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Cá nhân</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Hộ gia đình</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Danh hiệu</source>
        <translation>Danh hiệu</translation>
    </message>
    <message>
        <source>Số đề nghị</source>
        <translation>Số đề nghị</translation>
    </message>
    <message>
        <source>Tối đa</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Số thứ tự</source>
        <translation>Số thứ tự</translation>
    </message>
    <message>
        <source>Số dòng</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>Chữ ký</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Người nhập</source>
        <translation>Người nhập</translation>
    </message>
    <message>
        <source>Tệp lưu trong inbox</source>
        <translation>Tệp lưu trong inbox</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Số thứ tự gói</source>
        <translation>Số thứ tự gói</translation>
    </message>
    <message>
        <source>Gói tạo lúc</source>
        <translation>Gói tạo lúc</translation>
    </message>
    <message>
        <source>Số gói đã nhận</source>
        <translation>Số gói đã nhận</translation>
    </message>
    <message>
        <source>Cơ quan</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Dấu vân tay</source>
        <translation>Dấu vân tay</translation>
    </message>
    <message>
        <source>Đăng ký lúc</source>
        <translation>Đăng ký lúc</translation>
    </message>
    <message>
        <source>Người đăng ký</source>
        <translation>Người đăng ký</translation>
    </message>
    <message>
        <source>Sáng kiến</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Tác giả</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Phạm vi</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Hội đồng sáng kiến</source>
        <translation>Hội đồng sáng kiến</translation>
    </message>
    <message>
        <source>Văn bản công nhận</source>
        <translation>Văn bản công nhận</translation>
    </message>
    <message>
        <source>Việc</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Tên tệp</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Ngày đính kèm</source>
        <translation>Ngày đính kèm</translation>
    </message>
    <message>
        <source>Người đính kèm</source>
        <translation>Người đính kèm</translation>
    </message>
    <message>
        <source>Thuộc</source>
        <translation>Thuộc</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Tên phong trào</source>
        <translation>Tên phong trào</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Văn bản phát động</source>
        <translation>Văn bản phát động</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Tên chỉ tiêu</source>
        <translation>Tên chỉ tiêu</translation>
    </message>
    <message>
        <source>Đơn vị tính</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Cách đánh giá</source>
        <translation>Cách đánh giá</translation>
    </message>
    <message>
        <source>Nguồn số liệu</source>
        <translation>Nguồn số liệu</translation>
    </message>
    <message>
        <source>Số lẻ</source>
        <translation>Số lẻ</translation>
    </message>
    <message>
        <source>Đăng ký</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Ngày đăng ký</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <source>Ngày xử lý</source>
        <translation>Ngày xử lý</translation>
    </message>
    <message>
        <source>Lý do trả lại</source>
        <translation>Lý do trả lại</translation>
    </message>
    <message>
        <source>Khóa ngày</source>
        <translation>Khóa ngày</translation>
    </message>
    <message>
        <source>Người khóa</source>
        <translation>Người khóa</translation>
    </message>
    <message>
        <source>Mức</source>
        <translation>Mức</translation>
    </message>
    <message>
        <source>Năm đạt chuẩn</source>
        <translation>Năm đạt chuẩn</translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Số chứng từ</source>
        <translation>Số chứng từ</translation>
    </message>
    <message>
        <source>Mục</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Thu (đồng)</source>
        <translation>Thu (đồng)</translation>
    </message>
    <message>
        <source>Chi (đồng)</source>
        <translation>Chi (đồng)</translation>
    </message>
    <message>
        <source>Tồn quỹ (đồng)</source>
        <translation>Tồn quỹ (đồng)</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Hội đồng tổ chức</source>
        <translation>Hội đồng tổ chức</translation>
    </message>
    <message>
        <source>Trưởng cụm, khối</source>
        <translation>Trưởng cụm, khối</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Giao ước</source>
        <translation>Giao ước</translation>
    </message>
    <message>
        <source>Hạn tự chấm</source>
        <translation>Hạn tự chấm</translation>
    </message>
    <message>
        <source>Hạn chấm chéo</source>
        <translation>Hạn chấm chéo</translation>
    </message>
    <message>
        <source>Công bố</source>
        <translation>Công bố</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Điểm tối đa</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Hạng</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Tự chấm</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <source>Điểm tiêu chí</source>
        <translation>Điểm tiêu chí</translation>
    </message>
    <message>
        <source>Thưởng</source>
        <translation>Thưởng</translation>
    </message>
    <message>
        <source>Trừ</source>
        <translation>Trừ</translation>
    </message>
    <message>
        <source>Tổng điểm</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <source>Tiêu chí cụm sửa điểm</source>
        <translation>Tiêu chí cụm sửa điểm</translation>
    </message>
    <message>
        <source>Thu hồi</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Tổ chức</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Cấp (biểu 0604)</source>
        <translation>Cấp (biểu 0604)</translation>
    </message>
    <message>
        <source>Các năm</source>
        <translation>Các năm</translation>
    </message>
    <message>
        <source>Công chức</source>
        <translation>Công chức</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Trình độ</source>
        <translation>Trình độ</translation>
    </message>
    <message>
        <source>Làm TĐKT</source>
        <translation>Làm TĐKT</translation>
    </message>
    <message>
        <source>Tên mục</source>
        <translation>Tên mục</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <source>Quy định khen thưởng áp dụng theo ngày văn bản</source>
        <translation>Quy định khen thưởng áp dụng theo ngày văn bản</translation>
    </message>
    <message>
        <source>Tờ trình dẫn quy định có hiệu lực vào ngày tờ trình; quyết định dẫn quy định vào ngày quyết định (ghi cố định khi ghi quyết định).</source>
        <translation>Tờ trình dẫn quy định có hiệu lực vào ngày tờ trình; quyết định dẫn quy định vào ngày quyết định (ghi cố định khi ghi quyết định).</translation>
    </message>
    <message>
        <source> — đang áp dụng</source>
        <translation> — đang áp dụng</translation>
    </message>
    <message>
        <source>Căn cứ {0};</source>
        <translation>Căn cứ {0};</translation>
    </message>
    <message>
        <source>Văn bản lập hôm nay dẫn:</source>
        <translation>Văn bản lập hôm nay dẫn:</translation>
    </message>
    <message>
        <source>Người quyết định: {0}.</source>
        <translation>Người quyết định: {0}.</translation>
    </message>
    <message>
        <source>Tiền thưởng tính theo mức lương cơ sở {0}{1}.</source>
        <translation>Tiền thưởng tính theo mức lương cơ sở {0}{1}.</translation>
    </message>
</context>
<context>
    <name>RuralActions</name>
    <message>
        <source>Đã lưu tiêu chí năm {year} của {unit}.</source>
        <translation>Đã lưu tiêu chí năm {year} của {unit}.</translation>
    </message>
    <message>
        <source>Không có thay đổi: tiêu chí năm {year} của {unit}.</source>
        <translation>Không có thay đổi: tiêu chí năm {year} của {unit}.</translation>
    </message>
    <message>
        <source>Đã ghi quyết định {decision}: {unit} đạt chuẩn {level} năm {year}.</source>
        <translation>Đã ghi quyết định {decision}: {unit} đạt chuẩn {level} năm {year}.</translation>
    </message>
    <message>
        <source>Đã thu hồi {levels} của {unit} theo quyết định {decision}.</source>
        <translation>Đã thu hồi {levels} của {unit} theo quyết định {decision}.</translation>
    </message>
    <message>
        <source>Xóa quyết định nhập nhầm</source>
        <translation>Xóa quyết định nhập nhầm</translation>
    </message>
    <message>
        <source>Xóa quyết định {decision} ngày {date} ({level}) của {unit}?

Chỉ dùng khi nhập nhầm; nếu xã bị thu hồi công nhận, hãy dùng “Thu hồi…”. Việc xóa được ghi vào nhật ký.</source>
        <translation>Xóa quyết định {decision} ngày {date} ({level}) của {unit}?

Chỉ dùng khi nhập nhầm; nếu xã bị thu hồi công nhận, hãy dùng “Thu hồi…”. Việc xóa được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>Đã xóa quyết định {decision} của {unit}.</source>
        <translation>Đã xóa quyết định {decision} của {unit}.</translation>
    </message>
    <message>
        <source>Đã ghi kế hoạch năm {year} của {unit}: không có kế hoạch.</source>
        <translation>Đã ghi kế hoạch năm {year} của {unit}: không có kế hoạch.</translation>
    </message>
    <message>
        <source>Đã ghi kế hoạch năm {year} của {unit}: {level}.</source>
        <translation>Đã ghi kế hoạch năm {year} của {unit}: {level}.</translation>
    </message>
</context>
<context>
    <name>RuralPage</name>
    <message>
        <source>Nông thôn mới: xã đạt chuẩn, nâng cao, kiểu mẫu</source>
        <translation>Nông thôn mới: xã đạt chuẩn, nâng cao, kiểu mẫu</translation>
    </message>
    <message>
        <source>Các xã</source>
        <translation>Các xã</translation>
    </message>
    <message>
        <source>Tổng hợp và biểu đồ</source>
        <translation>Tổng hợp và biểu đồ</translation>
    </message>
    <message>
        <source>Lọc theo huyện</source>
        <translation>Lọc theo huyện</translation>
    </message>
    <message>
        <source>Lọc theo mức đạt chuẩn</source>
        <translation>Lọc theo mức đạt chuẩn</translation>
    </message>
    <message>
        <source>Tìm tên hoặc mã xã, gõ không dấu cũng được</source>
        <translation>Tìm tên hoặc mã xã, gõ không dấu cũng được</translation>
    </message>
    <message>
        <source>Tiêu chí…</source>
        <translation>Tiêu chí…</translation>
    </message>
    <message>
        <source>Xem và ghi các tiêu chí của xã trong năm</source>
        <translation>Xem và ghi các tiêu chí của xã trong năm</translation>
    </message>
    <message>
        <source>Công nhận…</source>
        <translation>Công nhận…</translation>
    </message>
    <message>
        <source>Thu hồi…</source>
        <translation>Thu hồi…</translation>
    </message>
    <message>
        <source>Xóa quyết định nhập nhầm</source>
        <translation>Xóa quyết định nhập nhầm</translation>
    </message>
    <message>
        <source>Kế hoạch…</source>
        <translation>Kế hoạch…</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Mẫu Excel để các xã ghi tiêu chí, và nhập tiêu chí từ Excel</source>
        <translation>Mẫu Excel để các xã ghi tiêu chí, và nhập tiêu chí từ Excel</translation>
    </message>
    <message>
        <source>NTM</source>
        <translation>NTM</translation>
    </message>
    <message>
        <source>Mẫu Excel tiêu chí {0}…</source>
        <translation>Mẫu Excel tiêu chí {0}…</translation>
    </message>
    <message>
        <source>Nhập tiêu chí {0} từ Excel…</source>
        <translation>Nhập tiêu chí {0} từ Excel…</translation>
    </message>
    <message>
        <source>Huyện:</source>
        <translation>Huyện:</translation>
    </message>
    <message>
        <source>Mức:</source>
        <translation>Mức:</translation>
    </message>
    <message>
        <source>{scope} · năm {year} · chưa có bộ tiêu chí cho năm này · dữ liệu minh họa</source>
        <translation>{scope} · năm {year} · chưa có bộ tiêu chí cho năm này · dữ liệu minh họa</translation>
    </message>
    <message>
        <source>{scope} · năm {year} · chưa có bộ tiêu chí cho năm này</source>
        <translation>{scope} · năm {year} · chưa có bộ tiêu chí cho năm này</translation>
    </message>
    <message>
        <source>{scope} · năm {year} · bộ tiêu chí giai đoạn {period} · dữ liệu minh họa</source>
        <translation>{scope} · năm {year} · bộ tiêu chí giai đoạn {period} · dữ liệu minh họa</translation>
    </message>
    <message>
        <source>{scope} · năm {year} · bộ tiêu chí giai đoạn {period}</source>
        <translation>{scope} · năm {year} · bộ tiêu chí giai đoạn {period}</translation>
    </message>
    <message>
        <source>, {0} chưa có số liệu.</source>
        <translation>, {0} chưa có số liệu.</translation>
    </message>
    <message>
        <source> Năm {year}: NTM nâng cao mới: &lt;b&gt;{nang_cao}&lt;/b&gt;; NTM kiểu mẫu mới: &lt;b&gt;{kieu_mau}&lt;/b&gt;.</source>
        <translation> Năm {year}: NTM nâng cao mới: &lt;b&gt;{nang_cao}&lt;/b&gt;; NTM kiểu mẫu mới: &lt;b&gt;{kieu_mau}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — chưa có số liệu năm {year}: chưa có tiêu chí, quyết định công nhận hay kế hoạch nào được ghi.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — chưa có số liệu năm {year}: chưa có tiêu chí, quyết định công nhận hay kế hoạch nào được ghi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {level}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {level}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {level}. Còn thiếu cho {next_level}: {missing}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {level}. Còn thiếu cho {next_level}: {missing}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {level}. Còn thiếu cho {next_level}: không (đủ tiêu chí)</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {level}. Còn thiếu cho {next_level}: không (đủ tiêu chí)</translation>
    </message>
    <message>
        <source>Đã lập mẫu Excel: {0}</source>
        <translation>Đã lập mẫu Excel: {0}</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Không có xã nào trong phạm vi (phường, thị trấn không xét NTM).</source>
        <translation>Không có xã nào trong phạm vi (phường, thị trấn không xét NTM).</translation>
    </message>
    <message>
        <source>Chưa có số liệu nông thôn mới năm {0}.</source>
        <translation>Chưa có số liệu nông thôn mới năm {0}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; xã: &lt;b&gt;{1}&lt;/b&gt; NTM kiểu mẫu, &lt;b&gt;{2}&lt;/b&gt; NTM nâng cao, &lt;b&gt;{3}&lt;/b&gt; NTM, {4} chưa đạt chuẩn.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; xã: &lt;b&gt;{1}&lt;/b&gt; NTM kiểu mẫu, &lt;b&gt;{2}&lt;/b&gt; NTM nâng cao, &lt;b&gt;{3}&lt;/b&gt; NTM, {4} chưa đạt chuẩn.</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#9a3412&apos;&gt;⚠ {0} xã thuộc diện xem xét thu hồi.&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#9a3412&apos;&gt;⚠ {0} xã thuộc diện xem xét thu hồi.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Đang hiện {0} trên {1} xã</source>
        <translation>Đang hiện {0} trên {1} xã</translation>
    </message>
    <message>
        <source>Chọn một xã để xem.</source>
        <translation>Chọn một xã để xem.</translation>
    </message>
    <message>
        <source>Tất cả các mức</source>
        <translation>Tất cả các mức</translation>
    </message>
    <message>
        <source>Chưa đạt chuẩn</source>
        <translation>Chưa đạt chuẩn</translation>
    </message>
    <message>
        <source>NTM (chưa nâng cao)</source>
        <translation>NTM (chưa nâng cao)</translation>
    </message>
    <message>
        <source>NTM nâng cao</source>
        <translation>NTM nâng cao</translation>
    </message>
    <message>
        <source>NTM kiểu mẫu</source>
        <translation>NTM kiểu mẫu</translation>
    </message>
    <message>
        <source>Mới công nhận trong năm</source>
        <translation>Mới công nhận trong năm</translation>
    </message>
    <message>
        <source>Có kế hoạch trong năm</source>
        <translation>Có kế hoạch trong năm</translation>
    </message>
    <message>
        <source>Có cảnh báo thu hồi</source>
        <translation>Có cảnh báo thu hồi</translation>
    </message>
</context>
<context>
    <name>RuralSummaryModel</name>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Số xã</source>
        <translation>Số xã</translation>
    </message>
    <message>
        <source>Chưa đạt
chuẩn</source>
        <translation>Chưa đạt
chuẩn</translation>
    </message>
    <message>
        <source>NTM</source>
        <translation>NTM</translation>
    </message>
    <message>
        <source>NTM
nâng cao</source>
        <translation>NTM
nâng cao</translation>
    </message>
    <message>
        <source>NTM
kiểu mẫu</source>
        <translation>NTM
kiểu mẫu</translation>
    </message>
    <message>
        <source>Nâng cao mới trong năm
(kế hoạch, chỉ tiêu)</source>
        <translation>Nâng cao mới trong năm
(kế hoạch, chỉ tiêu)</translation>
    </message>
    <message>
        <source>Kiểu mẫu mới trong năm
(kế hoạch, chỉ tiêu)</source>
        <translation>Kiểu mẫu mới trong năm
(kế hoạch, chỉ tiêu)</translation>
    </message>
    <message>
        <source>Cảnh báo
thu hồi</source>
        <translation>Cảnh báo
thu hồi</translation>
    </message>
    <message>
        <source>{new} / KH {planned} · chỉ tiêu {target}</source>
        <translation>{new} / KH {planned} · chỉ tiêu {target}</translation>
    </message>
    <message>
        <source>{new} / KH {planned}</source>
        <translation>{new} / KH {planned}</translation>
    </message>
    <message>
        <source>{new} · chỉ tiêu {target}</source>
        <translation>{new} · chỉ tiêu {target}</translation>
    </message>
    <message>
        <source>{0} (+{1} chưa có số liệu)</source>
        <translation>{0} (+{1} chưa có số liệu)</translation>
    </message>
    <message>
        <source>Công nhận mới năm: {new}; kế hoạch: {planned} xã, trong đó đạt {achieved}; chỉ tiêu: {target_source}</source>
        <translation>Công nhận mới năm: {new}; kế hoạch: {planned} xã, trong đó đạt {achieved}; chỉ tiêu: {target_source}</translation>
    </message>
</context>
<context>
    <name>RuralSummaryTab</name>
    <message>
        <source>Nhấp đúp để xem các xã của huyện</source>
        <translation>Nhấp đúp để xem các xã của huyện</translation>
    </message>
    <message>
        <source>Số xã theo mức đạt chuẩn cao nhất, năm {0}</source>
        <translation>Số xã theo mức đạt chuẩn cao nhất, năm {0}</translation>
    </message>
    <message>
        <source>Kế hoạch và kết quả công nhận năm {0}</source>
        <translation>Kế hoạch và kết quả công nhận năm {0}</translation>
    </message>
</context>
<context>
    <name>SecurityEditor</name>
    <message>
        <source>An ninh trật tự — {0}</source>
        <translation>An ninh trật tự — {0}</translation>
    </message>
    <message>
        <source>Năm {0}. &lt;b&gt;Kỳ đánh giá: từ {1} đến {2}&lt;/b&gt; (ngày minh chứng phải trong kỳ).</source>
        <translation>Năm {0}. &lt;b&gt;Kỳ đánh giá: từ {1} đến {2}&lt;/b&gt; (ngày minh chứng phải trong kỳ).</translation>
    </message>
    <message>
        <source>&quot;3 không&quot;</source>
        <translation>&quot;3 không&quot;</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Ngày minh chứng</source>
        <translation>Ngày minh chứng</translation>
    </message>
    <message>
        <source>Minh chứng (báo cáo, số liệu…)</source>
        <translation>Minh chứng (báo cáo, số liệu…)</translation>
    </message>
    <message>
        <source>An toàn về an ninh, trật tự</source>
        <translation>An toàn về an ninh, trật tự</translation>
    </message>
    <message>
        <source>Quý I: {0} - {1}</source>
        <translation>Quý I: {0} - {1}</translation>
    </message>
    <message>
        <source>Ngày đăng ký:</source>
        <translation>Ngày đăng ký:</translation>
    </message>
    <message>
        <source>ví dụ 85,5</source>
        <translation>ví dụ 85,5</translation>
    </message>
    <message>
        <source>Khu dân cư, cơ quan… được công nhận (%):</source>
        <translation>Khu dân cư, cơ quan… được công nhận (%):</translation>
    </message>
    <message>
        <source>Kết quả:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>ví dụ 1234/QĐ-UBND</source>
        <translation>ví dụ 1234/QĐ-UBND</translation>
    </message>
    <message>
        <source>ngày</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Quyết định công nhận số:</source>
        <translation>Quyết định công nhận số:</translation>
    </message>
    <message>
        <source>ví dụ UBND quận Ninh Kiều</source>
        <translation>ví dụ UBND quận Ninh Kiều</translation>
    </message>
    <message>
        <source>Cơ quan ban hành:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>An ninh trật tự: &quot;3 không&quot; và an toàn về ANTT</source>
        <translation>An ninh trật tự: &quot;3 không&quot; và an toàn về ANTT</translation>
    </message>
    <message>
        <source>Xã, phường, thị trấn</source>
        <translation>Xã, phường, thị trấn</translation>
    </message>
    <message>
        <source>Tổng hợp theo quận, huyện</source>
        <translation>Tổng hợp theo quận, huyện</translation>
    </message>
    <message>
        <source>Lọc theo quận, huyện</source>
        <translation>Lọc theo quận, huyện</translation>
    </message>
    <message>
        <source>Lọc theo tình trạng</source>
        <translation>Lọc theo tình trạng</translation>
    </message>
    <message>
        <source>Tìm tên hoặc mã, gõ không dấu cũng được</source>
        <translation>Tìm tên hoặc mã, gõ không dấu cũng được</translation>
    </message>
    <message>
        <source>Cập nhật…</source>
        <translation>Cập nhật…</translation>
    </message>
    <message>
        <source>Ghi tình trạng của đơn vị đang chọn</source>
        <translation>Ghi tình trạng của đơn vị đang chọn</translation>
    </message>
    <message>
        <source>Sao chép từ năm trước…</source>
        <translation>Sao chép từ năm trước…</translation>
    </message>
    <message>
        <source>Khu dân cư…</source>
        <translation>Khu dân cư…</translation>
    </message>
    <message>
        <source>Các thôn, ấp, khu vực, tổ dân phố của đơn vị đang chọn và kết quả ANTT</source>
        <translation>Các thôn, ấp, khu vực, tổ dân phố của đơn vị đang chọn và kết quả ANTT</translation>
    </message>
    <message>
        <source>Mẫu Excel…</source>
        <translation>Mẫu Excel…</translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Quận, huyện:</source>
        <translation>Quận, huyện:</translation>
    </message>
    <message>
        <source>Tình trạng:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <source>{scope} · năm {year} · kỳ đánh giá {start} - {end} · chỉ tiêu ≥ {target}% (theo {target_source})</source>
        <translation>{scope} · năm {year} · kỳ đánh giá {start} - {end} · chỉ tiêu ≥ {target}% (theo {target_source})</translation>
    </message>
    <message>
        <source>{scope} · năm {year} · kỳ đánh giá {start} - {end} · chỉ tiêu ≥ {target}%</source>
        <translation>{scope} · năm {year} · kỳ đánh giá {start} - {end} · chỉ tiêu ≥ {target}%</translation>
    </message>
    <message>
        <source>Xã, phường, đặc khu</source>
        <translation>Xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>Đã lập mẫu Excel: {0}</source>
        <translation>Đã lập mẫu Excel: {0}</translation>
    </message>
    <message>
        <source>Đã lưu tình trạng năm {year} của {unit}.</source>
        <translation>Đã lưu tình trạng năm {year} của {unit}.</translation>
    </message>
    <message>
        <source>Đã lưu {unit}.</source>
        <translation>Đã lưu {unit}.</translation>
    </message>
    <message>
        <source>Không có thay đổi: tình trạng năm {year} của {unit}.</source>
        <translation>Không có thay đổi: tình trạng năm {year} của {unit}.</translation>
    </message>
    <message>
        <source>Không có thay đổi: {unit}.</source>
        <translation>Không có thay đổi: {unit}.</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Lập tệp Excel để các xã, phường ghi &quot;3 không&quot;, kết quả an toàn về ANTT và danh sách khu dân cư</source>
        <translation>Lập tệp Excel để các xã, phường ghi &quot;3 không&quot;, kết quả an toàn về ANTT và danh sách khu dân cư</translation>
    </message>
    <message>
        <source>Mẫu &quot;3 không&quot; và an toàn về ANTT…</source>
        <translation>Mẫu &quot;3 không&quot; và an toàn về ANTT…</translation>
    </message>
    <message>
        <source>Mẫu khu dân cư (thôn, ấp, khu vực, tổ dân phố)…</source>
        <translation>Mẫu khu dân cư (thôn, ấp, khu vực, tổ dân phố)…</translation>
    </message>
    <message>
        <source>Xem trước rồi nhập &quot;3 không&quot;, kết quả ANTT hoặc khu dân cư từ tệp Excel</source>
        <translation>Xem trước rồi nhập &quot;3 không&quot;, kết quả ANTT hoặc khu dân cư từ tệp Excel</translation>
    </message>
    <message>
        <source>Nhập &quot;3 không&quot; và an toàn về ANTT…</source>
        <translation>Nhập &quot;3 không&quot; và an toàn về ANTT…</translation>
    </message>
    <message>
        <source>Nhập danh sách khu dân cư…</source>
        <translation>Nhập danh sách khu dân cư…</translation>
    </message>
    <message>
        <source>chưa đánh giá</source>
        <translation>chưa đánh giá</translation>
    </message>
    <message>
        <source>Đang hiện {0} trên {1} đơn vị</source>
        <translation>Đang hiện {0} trên {1} đơn vị</translation>
    </message>
    <message>
        <source>Lấy tình trạng năm trước làm điểm xuất phát cho các đơn vị chưa có số liệu</source>
        <translation>Lấy tình trạng năm trước làm điểm xuất phát cho các đơn vị chưa có số liệu</translation>
    </message>
    <message>
        <source>Đã lưu khu dân cư năm {year} của {unit}:</source>
        <translation>Đã lưu khu dân cư năm {year} của {unit}:</translation>
    </message>
    <message>
        <source>… và {0} thay đổi khác.</source>
        <translation>… và {0} thay đổi khác.</translation>
    </message>
    <message>
        <source>Không có thay đổi: khu dân cư năm {year} của {unit}.</source>
        <translation>Không có thay đổi: khu dân cư năm {year} của {unit}.</translation>
    </message>
    <message>
        <source>Đã lưu khu dân cư của {0}.</source>
        <translation>Đã lưu khu dân cư của {0}.</translation>
    </message>
    <message>
        <source>Sao chép từ năm trước</source>
        <translation>Sao chép từ năm trước</translation>
    </message>
    <message>
        <source>Không có đơn vị nào để sao chép: các đơn vị hoặc đã có số liệu năm {0}, hoặc chưa có số liệu năm {1}.</source>
        <translation>Không có đơn vị nào để sao chép: các đơn vị hoặc đã có số liệu năm {0}, hoặc chưa có số liệu năm {1}.</translation>
    </message>
    <message>
        <source>Lấy tình trạng &quot;3 không&quot; và kết quả ANTT năm {0} làm điểm xuất phát cho {1} đơn vị chưa có số liệu năm {2}?

{3} đơn vị đã có số liệu năm {2} được giữ nguyên. Minh chứng, ngày đăng ký, tỷ lệ công nhận và quyết định không được sao chép; các đơn vị được sao chép được đánh dấu &quot;cần rà soát&quot;.</source>
        <translation>Lấy tình trạng &quot;3 không&quot; và kết quả ANTT năm {0} làm điểm xuất phát cho {1} đơn vị chưa có số liệu năm {2}?

{3} đơn vị đã có số liệu năm {2} được giữ nguyên. Minh chứng, ngày đăng ký, tỷ lệ công nhận và quyết định không được sao chép; các đơn vị được sao chép được đánh dấu &quot;cần rà soát&quot;.</translation>
    </message>
    <message>
        <source>Đang sao chép tình trạng năm trước…</source>
        <translation>Đang sao chép tình trạng năm trước…</translation>
    </message>
    <message>
        <source>Đã sao chép tình trạng năm {0} cho {1} đơn vị (in nghiêng, cần rà soát); giữ nguyên {2} đơn vị đã có số liệu.</source>
        <translation>Đã sao chép tình trạng năm {0} cho {1} đơn vị (in nghiêng, cần rà soát); giữ nguyên {2} đơn vị đã có số liệu.</translation>
    </message>
    <message>
        <source>Tất cả tình trạng</source>
        <translation>Tất cả tình trạng</translation>
    </message>
    <message>
        <source>Đạt cả hai</source>
        <translation>Đạt cả hai</translation>
    </message>
    <message>
        <source>Chưa đạt cả hai</source>
        <translation>Chưa đạt cả hai</translation>
    </message>
    <message>
        <source>Chưa đạt &quot;3 không&quot;</source>
        <translation>Chưa đạt &quot;3 không&quot;</translation>
    </message>
    <message>
        <source>Chưa đạt an toàn ANTT</source>
        <translation>Chưa đạt an toàn ANTT</translation>
    </message>
    <message>
        <source>Còn mục chưa đánh giá</source>
        <translation>Còn mục chưa đánh giá</translation>
    </message>
    <message>
        <source>Mới đạt so với năm trước</source>
        <translation>Mới đạt so với năm trước</translation>
    </message>
    <message>
        <source>Không còn đạt so với năm trước</source>
        <translation>Không còn đạt so với năm trước</translation>
    </message>
    <message>
        <source>Có cảnh báo</source>
        <translation>Có cảnh báo</translation>
    </message>
    <message>
        <source>Chưa có số liệu</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <source>Không có xã, phường, thị trấn nào trong phạm vi năm {year}.</source>
        <translation>Không có xã, phường, thị trấn nào trong phạm vi năm {year}.</translation>
    </message>
    <message>
        <source>Chưa có số liệu năm {year}.</source>
        <translation>Chưa có số liệu năm {year}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{both}/{units}&lt;/b&gt; đơn vị đạt cả hai (&lt;b&gt;{both_share}&lt;/b&gt;): &lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;{status}&lt;/b&gt;&lt;/span&gt; so với chỉ tiêu. &quot;3 không&quot;: {three_khong} ({three_khong_share}); an toàn ANTT: {antt} ({antt_share}).</source>
        <translation>&lt;b&gt;{both}/{units}&lt;/b&gt; đơn vị đạt cả hai (&lt;b&gt;{both_share}&lt;/b&gt;): &lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;{status}&lt;/b&gt;&lt;/span&gt; so với chỉ tiêu. &quot;3 không&quot;: {three_khong} ({three_khong_share}); an toàn ANTT: {antt} ({antt_share}).</translation>
    </message>
    <message>
        <source> Năm {year}: {share}; mới đạt {gained}, không còn đạt {lost}.</source>
        <translation> Năm {year}: {share}; mới đạt {gained}, không còn đạt {lost}.</translation>
    </message>
    <message>
        <source> Còn {count} đơn vị chưa có số liệu.</source>
        <translation> Còn {count} đơn vị chưa có số liệu.</translation>
    </message>
</context>
<context>
    <name>SecurityTableModel</name>
    <message>
        <source>Đơn vị cấp xã</source>
        <translation>Đơn vị cấp xã</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Quận, huyện</source>
        <translation>Quận, huyện</translation>
    </message>
    <message>
        <source>&quot;3 không&quot;</source>
        <translation>&quot;3 không&quot;</translation>
    </message>
    <message>
        <source>An toàn
ANTT</source>
        <translation>An toàn
ANTT</translation>
    </message>
    <message>
        <source>Đạt
cả hai</source>
        <translation>Đạt
cả hai</translation>
    </message>
    <message>
        <source>So với
năm trước</source>
        <translation>So với
năm trước</translation>
    </message>
    <message>
        <source>Ghi nhận</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Chưa đạt, chưa đánh giá, cảnh báo, thay đổi so với năm trước</source>
        <translation>Chưa đạt, chưa đánh giá, cảnh báo, thay đổi so với năm trước</translation>
    </message>
    <message>
        <source>đạt</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>chưa đạt</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>▲ mới đạt</source>
        <translation>▲ mới đạt</translation>
    </message>
    <message>
        <source>▼ không còn đạt</source>
        <translation>▼ không còn đạt</translation>
    </message>
    <message>
        <source>chưa có số liệu</source>
        <translation>chưa có số liệu</translation>
    </message>
    <message>
        <source>chưa đạt: {items}</source>
        <translation>chưa đạt: {items}</translation>
    </message>
    <message>
        <source>chưa đánh giá: {items}</source>
        <translation>chưa đánh giá: {items}</translation>
    </message>
    <message>
        <source>⚠ {count} cảnh báo</source>
        <translation>⚠ {count} cảnh báo</translation>
    </message>
    <message>
        <source>sao chép từ năm trước, cần rà soát</source>
        <translation>sao chép từ năm trước, cần rà soát</translation>
    </message>
    <message>
        <source>Minh chứng: {note}</source>
        <translation>Minh chứng: {note}</translation>
    </message>
    <message>
        <source>Ngày: {date}</source>
        <translation>Ngày: {date}</translation>
    </message>
    <message>
        <source>Kết quả: {result}</source>
        <translation>Kết quả: {result}</translation>
    </message>
    <message>
        <source>Đăng ký ngày {date}</source>
        <translation>Đăng ký ngày {date}</translation>
    </message>
    <message>
        <source>Khu dân cư, cơ quan… được công nhận: {share}</source>
        <translation>Khu dân cư, cơ quan… được công nhận: {share}</translation>
    </message>
    <message>
        <source>Quyết định {number} ngày {date}</source>
        <translation>Quyết định {number} ngày {date}</translation>
    </message>
    <message>
        <source>Quyết định {number}</source>
        <translation>Quyết định {number}</translation>
    </message>
    <message>
        <source>Số liệu do cơ quan mã {code} gửi lên: chỉ xem.</source>
        <translation>Số liệu do cơ quan mã {code} gửi lên: chỉ xem.</translation>
    </message>
    <message>
        <source>{name} — mã {code}</source>
        <translation>{name} — mã {code}</translation>
    </message>
    <message>
        <source>Chưa đạt: {items}</source>
        <translation>Chưa đạt: {items}</translation>
    </message>
    <message>
        <source>Chưa đánh giá: {items}</source>
        <translation>Chưa đánh giá: {items}</translation>
    </message>
    <message>
        <source>So với năm trước: {change}</source>
        <translation>So với năm trước: {change}</translation>
    </message>
    <message>
        <source>Ghi chú: {note}</source>
        <translation>Ghi chú: {note}</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Gửi hồ sơ lên cấp trên</source>
        <translation>Gửi hồ sơ lên cấp trên</translation>
    </message>
    <message>
        <source>Gửi kết quả xét hồ sơ</source>
        <translation>Gửi kết quả xét hồ sơ</translation>
    </message>
    <message>
        <source>{unit} · năm {year} · {lines} dòng</source>
        <translation>{unit} · năm {year} · {lines} dòng</translation>
    </message>
    <message>
        <source>Gửi đến: &lt;b&gt;{receiver}&lt;/b&gt; (mã {code})</source>
        <translation>Gửi đến: &lt;b&gt;{receiver}&lt;/b&gt; (mã {code})</translation>
    </message>
    <message>
        <source>Lần gửi thứ {n}: hồ sơ này thay hồ sơ đã gửi trước (cấp trên xét lại từ đầu).</source>
        <translation>Lần gửi thứ {n}: hồ sơ này thay hồ sơ đã gửi trước (cấp trên xét lại từ đầu).</translation>
    </message>
    <message>
        <source>Gói chứa thông tin cá nhân của {n} người (họ tên, giới tính, năm sinh, chức vụ, đối tượng) và chỉ được gửi đến cơ quan có thẩm quyền xét khen thưởng.</source>
        <translation>Gói chứa thông tin cá nhân của {n} người (họ tên, giới tính, năm sinh, chức vụ, đối tượng) và chỉ được gửi đến cơ quan có thẩm quyền xét khen thưởng.</translation>
    </message>
    <message>
        <source>Trạng thái báo về: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Trạng thái báo về: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Lý do trả lại: {reason}</source>
        <translation>Lý do trả lại: {reason}</translation>
    </message>
    <message>
        <source>Quyết định {0}</source>
        <translation>Quyết định {0}</translation>
    </message>
    <message>
        <source>Người, tập thể có tên trong hồ sơ:</source>
        <translation>Người, tập thể có tên trong hồ sơ:</translation>
    </message>
    <message>
        <source>Giấy tờ đính kèm ({n}):</source>
        <translation>Giấy tờ đính kèm ({n}):</translation>
    </message>
    <message>
        <source>Không có giấy tờ đính kèm.</source>
        <translation>Không có giấy tờ đính kèm.</translation>
    </message>
    <message>
        <source>Lưu gói để gửi…</source>
        <translation>Lưu gói để gửi…</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>Loại gói</source>
        <translation>Loại gói</translation>
    </message>
    <message>
        <source>Số liệu gửi cấp trên</source>
        <translation>Số liệu gửi cấp trên</translation>
    </message>
    <message>
        <source>Định nghĩa gửi cấp dưới (phong trào, chỉ tiêu giao, bộ tiêu chí)</source>
        <translation>Định nghĩa gửi cấp dưới (phong trào, chỉ tiêu giao, bộ tiêu chí)</translation>
    </message>
    <message>
        <source>Phạm vi:</source>
        <translation>Phạm vi:</translation>
    </message>
    <message>
        <source>Ghi gói…</source>
        <translation>Ghi gói…</translation>
    </message>
    <message>
        <source>Mở thư mục chứa gói</source>
        <translation>Mở thư mục chứa gói</translation>
    </message>
    <message>
        <source>Gói số liệu chứa mọi bản ghi của phạm vi trong năm làm việc, cả số liệu cấp dưới đã gửi lên, mỗi bản ghi ghi rõ cơ quan sở hữu. Mỗi gói có số thứ tự tăng dần và được ký bằng khóa của bản cài đặt này; gói sau thay thế gói trước.</source>
        <translation>Gói số liệu chứa mọi bản ghi của phạm vi trong năm làm việc, cả số liệu cấp dưới đã gửi lên, mỗi bản ghi ghi rõ cơ quan sở hữu. Mỗi gói có số thứ tự tăng dần và được ký bằng khóa của bản cài đặt này; gói sau thay thế gói trước.</translation>
    </message>
    <message>
        <source>{0} và các đơn vị trực thuộc, năm {1}</source>
        <translation>{0} và các đơn vị trực thuộc, năm {1}</translation>
    </message>
    <message>
        <source>Chưa chọn cơ quan sử dụng.</source>
        <translation>Chưa chọn cơ quan sử dụng.</translation>
    </message>
    <message>
        <source>Ghi gói dữ liệu</source>
        <translation>Ghi gói dữ liệu</translation>
    </message>
    <message>
        <source>Gói dữ liệu (*.tdkt)</source>
        <translation>Gói dữ liệu (*.tdkt)</translation>
    </message>
    <message>
        <source>Đang ghi gói dữ liệu năm {0}…</source>
        <translation>Đang ghi gói dữ liệu năm {0}…</translation>
    </message>
    <message>
        <source>Đã ghi gói {0} năm {1} của {2}, số thứ tự {3}, {4} dòng: {5}. Đã ký bằng khóa {6}.</source>
        <translation>Đã ghi gói {0} năm {1} của {2}, số thứ tự {3}, {4} dòng: {5}. Đã ký bằng khóa {6}.</translation>
    </message>
    <message>
        <source>Đã ghi gói {0}.</source>
        <translation>Đã ghi gói {0}.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Máy chủ dữ liệu</source>
        <translation>Máy chủ dữ liệu</translation>
    </message>
    <message>
        <source>Nhiều cán bộ của một cơ quan cùng làm việc trên một cơ sở dữ liệu PostgreSQL của tỉnh. Mỗi người đăng nhập bằng tài khoản máy chủ của mình; nhật ký ghi tên tài khoản đó. Bộ phận công nghệ thông tin cung cấp các thông tin dưới đây.</source>
        <translation>Nhiều cán bộ của một cơ quan cùng làm việc trên một cơ sở dữ liệu PostgreSQL của tỉnh. Mỗi người đăng nhập bằng tài khoản máy chủ của mình; nhật ký ghi tên tài khoản đó. Bộ phận công nghệ thông tin cung cấp các thông tin dưới đây.</translation>
    </message>
    <message>
        <source>ví dụ: 10.0.0.5 hoặc csdl.sonv.gov.vn</source>
        <translation>ví dụ: 10.0.0.5 hoặc csdl.sonv.gov.vn</translation>
    </message>
    <message>
        <source>ví dụ: thidua</source>
        <translation>ví dụ: thidua</translation>
    </message>
    <message>
        <source>Ghi nhớ mật khẩu trong kho mật khẩu của hệ điều hành</source>
        <translation>Ghi nhớ mật khẩu trong kho mật khẩu của hệ điều hành</translation>
    </message>
    <message>
        <source>Máy chủ:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <source>Cổng:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Đang dùng máy chủ {0}.</source>
        <translation>Đang dùng máy chủ {0}.</translation>
    </message>
    <message>
        <source>Đang dùng tệp dữ liệu trên máy này.</source>
        <translation>Đang dùng tệp dữ liệu trên máy này.</translation>
    </message>
    <message>
        <source>Thử kết nối</source>
        <translation>Thử kết nối</translation>
    </message>
    <message>
        <source>Lưu và dùng máy chủ này</source>
        <translation>Lưu và dùng máy chủ này</translation>
    </message>
    <message>
        <source>Dùng tệp trên máy này</source>
        <translation>Dùng tệp trên máy này</translation>
    </message>
    <message>
        <source>Đang kết nối {0}…</source>
        <translation>Đang kết nối {0}…</translation>
    </message>
    <message>
        <source>Đã lưu. Từ lần mở ứng dụng sau, máy này làm việc trên máy chủ {0}. Hãy đóng và mở lại ứng dụng.</source>
        <translation>Đã lưu. Từ lần mở ứng dụng sau, máy này làm việc trên máy chủ {0}. Hãy đóng và mở lại ứng dụng.</translation>
    </message>
    <message>
        <source>Từ lần mở ứng dụng sau, máy này làm việc trên tệp dữ liệu của mình ({0}). Số liệu trên máy chủ vẫn giữ nguyên. Hãy đóng và mở lại ứng dụng.</source>
        <translation>Từ lần mở ứng dụng sau, máy này làm việc trên tệp dữ liệu của mình ({0}). Số liệu trên máy chủ vẫn giữ nguyên. Hãy đóng và mở lại ứng dụng.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>Tệp đính kèm chưa có tên.</source>
        <translation>Tệp đính kèm chưa có tên.</translation>
    </message>
    <message>
        <source>Không đính kèm được &quot;{name}&quot;: chỉ nhận tệp {accepted}.</source>
        <translation>Không đính kèm được &quot;{name}&quot;: chỉ nhận tệp {accepted}.</translation>
    </message>
    <message>
        <source>Tệp &quot;{name}&quot; trống (0 byte).</source>
        <translation>Tệp &quot;{name}&quot; trống (0 byte).</translation>
    </message>
    <message>
        <source>Tệp &quot;{name}&quot; quá lớn ({size}); mỗi tệp đính kèm tối đa {limit}. Hãy quét lại với độ phân giải thấp hơn (200-300 dpi) hoặc tách thành nhiều tệp.</source>
        <translation>Tệp &quot;{name}&quot; quá lớn ({size}); mỗi tệp đính kèm tối đa {limit}. Hãy quét lại với độ phân giải thấp hơn (200-300 dpi) hoặc tách thành nhiều tệp.</translation>
    </message>
    <message>
        <source>Tệp &quot;{name}&quot; có đuôi {suffix} nhưng nội dung không phải tệp {kind}: tệp bị hỏng hoặc bị đổi tên.</source>
        <translation>Tệp &quot;{name}&quot; có đuôi {suffix} nhưng nội dung không phải tệp {kind}: tệp bị hỏng hoặc bị đổi tên.</translation>
    </message>
    <message>
        <source>Cả trang, chiều ngang</source>
        <translation>Cả trang, chiều ngang</translation>
    </message>
    <message>
        <source>Cả trang, chiều dọc</source>
        <translation>Cả trang, chiều dọc</translation>
    </message>
    <message>
        <source>Không có mẫu phôi “{code}”; có: {known}.</source>
        <translation>Không có mẫu phôi “{code}”; có: {known}.</translation>
    </message>
    <message>
        <source>{what}: dịch {value} mm, quá {limit} mm. Hãy in trang thử, đo lại độ lệch giữa lưới và phôi.</source>
        <translation>{what}: dịch {value} mm, quá {limit} mm. Hãy in trang thử, đo lại độ lệch giữa lưới và phôi.</translation>
    </message>
    <message>
        <source>{field}, chiều ngang</source>
        <translation>{field}, chiều ngang</translation>
    </message>
    <message>
        <source>{field}, chiều dọc</source>
        <translation>{field}, chiều dọc</translation>
    </message>
    <message>
        <source>{field}: cỡ chữ {size} không hợp lệ (từ {low} đến {high}).</source>
        <translation>{field}: cỡ chữ {size} không hợp lệ (từ {low} đến {high}).</translation>
    </message>
    <message>
        <source>Bảng chấm điểm chưa có tiêu chí nào.</source>
        <translation>Bảng chấm điểm chưa có tiêu chí nào.</translation>
    </message>
    <message>
        <source>Điểm của tiêu chí {code} phải từ 0 đến {limit}; đã nhập {points}.</source>
        <translation>Điểm của tiêu chí {code} phải từ 0 đến {limit}; đã nhập {points}.</translation>
    </message>
    <message>
        <source>Điểm của tiêu chí {code} có nhiều nhất 2 chữ số thập phân.</source>
        <translation>Điểm của tiêu chí {code} có nhiều nhất 2 chữ số thập phân.</translation>
    </message>
    <message>
        <source>Mã tiêu chí “{code}” không hợp lệ: dùng chữ, số, dấu chấm hoặc gạch ngang (ví dụ 1, 1.2, II.3), tối đa 20 ký tự.</source>
        <translation>Mã tiêu chí “{code}” không hợp lệ: dùng chữ, số, dấu chấm hoặc gạch ngang (ví dụ 1, 1.2, II.3), tối đa 20 ký tự.</translation>
    </message>
    <message>
        <source>Mã tiêu chí {code} có hai lần.</source>
        <translation>Mã tiêu chí {code} có hai lần.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} chưa có nội dung.</source>
        <translation>Tiêu chí {code} chưa có nội dung.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} thuộc tiêu chí {parent}, nhưng bảng không có tiêu chí {parent}.</source>
        <translation>Tiêu chí {code} thuộc tiêu chí {parent}, nhưng bảng không có tiêu chí {parent}.</translation>
    </message>
    <message>
        <source>Điểm thưởng, điểm trừ là mục riêng ở cấp đầu của bảng, không nằm trong tiêu chí khác (tiêu chí {code}).</source>
        <translation>Điểm thưởng, điểm trừ là mục riêng ở cấp đầu của bảng, không nằm trong tiêu chí khác (tiêu chí {code}).</translation>
    </message>
    <message>
        <source>Tiêu chí con {code} ({points} điểm) vượt điểm tối đa của tiêu chí {parent} ({limit} điểm).</source>
        <translation>Tiêu chí con {code} ({points} điểm) vượt điểm tối đa của tiêu chí {parent} ({limit} điểm).</translation>
    </message>
    <message>
        <source>Tiêu chí {code} có tiêu chí con: điểm gợi ý từ dữ liệu đặt ở từng tiêu chí con.</source>
        <translation>Tiêu chí {code} có tiêu chí con: điểm gợi ý từ dữ liệu đặt ở từng tiêu chí con.</translation>
    </message>
    <message>
        <source>Điểm trừ {code} không lấy gợi ý từ dữ liệu.</source>
        <translation>Điểm trừ {code} không lấy gợi ý từ dữ liệu.</translation>
    </message>
    <message>
        <source>Các tiêu chí con của {parent} cộng lại {total} điểm, vượt điểm tối đa {limit} của tiêu chí {parent}.</source>
        <translation>Các tiêu chí con của {parent} cộng lại {total} điểm, vượt điểm tối đa {limit} của tiêu chí {parent}.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} nằm ở cấp {depth}: bảng chấm điểm có tối đa {limit} cấp.</source>
        <translation>Tiêu chí {code} nằm ở cấp {depth}: bảng chấm điểm có tối đa {limit} cấp.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} (xét khi bằng điểm) không có trong bảng.</source>
        <translation>Tiêu chí {code} (xét khi bằng điểm) không có trong bảng.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} là điểm trừ: khi bằng điểm, đơn vị ít điểm trừ hơn đã được xếp trên; hãy chọn tiêu chí chấm điểm hoặc điểm thưởng.</source>
        <translation>Tiêu chí {code} là điểm trừ: khi bằng điểm, đơn vị ít điểm trừ hơn đã được xếp trên; hãy chọn tiêu chí chấm điểm hoặc điểm thưởng.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} đã có điểm của thành viên: không thêm tiêu chí con được.</source>
        <translation>Tiêu chí {code} đã có điểm của thành viên: không thêm tiêu chí con được.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} đã có điểm của thành viên: không đổi loại được.</source>
        <translation>Tiêu chí {code} đã có điểm của thành viên: không đổi loại được.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} đã có thành viên được {points} điểm: điểm tối đa không thấp hơn được.</source>
        <translation>Tiêu chí {code} đã có thành viên được {points} điểm: điểm tối đa không thấp hơn được.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} thuộc chính nó (vòng lặp).</source>
        <translation>Tiêu chí {code} thuộc chính nó (vòng lặp).</translation>
    </message>
    <message>
        <source>Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 05/01/2023.</source>
        <translation>Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 05/01/2023.</translation>
    </message>
    <message>
        <source>Ngày không hợp lệ: &quot;{shown}&quot;. {hint}</source>
        <translation>Ngày không hợp lệ: &quot;{shown}&quot;. {hint}</translation>
    </message>
    <message>
        <source>Ngày không hợp lệ: &quot;{shown}&quot; ({reason}). {hint}</source>
        <translation>Ngày không hợp lệ: &quot;{shown}&quot; ({reason}). {hint}</translation>
    </message>
    <message>
        <source>Chưa nhập ngày. {hint}</source>
        <translation>Chưa nhập ngày. {hint}</translation>
    </message>
    <message>
        <source>năm phải gồm 4 chữ số</source>
        <translation>năm phải gồm 4 chữ số</translation>
    </message>
    <message>
        <source>năm phải từ {first} đến {last}</source>
        <translation>năm phải từ {first} đến {last}</translation>
    </message>
    <message>
        <source>không có tháng {month}</source>
        <translation>không có tháng {month}</translation>
    </message>
    <message>
        <source>tháng {month}/{year} không có ngày {day}</source>
        <translation>tháng {month}/{year} không có ngày {day}</translation>
    </message>
    <message>
        <source>{typed} được làm tròn thành {stored} (chỉ tiêu lấy {places}).</source>
        <translation>{typed} được làm tròn thành {stored} (chỉ tiêu lấy {places}).</translation>
    </message>
    <message>
        <source>{count} chữ số thập phân</source>
        <translation>{count} chữ số thập phân</translation>
    </message>
    <message>
        <source>số nguyên, không lấy số lẻ</source>
        <translation>số nguyên, không lấy số lẻ</translation>
    </message>
    <message>
        <source>Giá trị phải là số nguyên.</source>
        <translation>Giá trị phải là số nguyên.</translation>
    </message>
    <message>
        <source>Giá trị {value} nhỏ hơn mức tối thiểu {limit}.</source>
        <translation>Giá trị {value} nhỏ hơn mức tối thiểu {limit}.</translation>
    </message>
    <message>
        <source>Giá trị {value} lớn hơn mức tối đa {limit}.</source>
        <translation>Giá trị {value} lớn hơn mức tối đa {limit}.</translation>
    </message>
    <message>
        <source>Giá trị {value} gấp {times} lần {what} ({reference}): kiểm tra lại số và đơn vị tính.</source>
        <translation>Giá trị {value} gấp {times} lần {what} ({reference}): kiểm tra lại số và đơn vị tính.</translation>
    </message>
    <message>
        <source>Giá trị {value} chưa bằng một phần mười {what} ({reference}): kiểm tra lại số và đơn vị tính.</source>
        <translation>Giá trị {value} chưa bằng một phần mười {what} ({reference}): kiểm tra lại số và đơn vị tính.</translation>
    </message>
    <message>
        <source>Giá trị phải là số nguyên ({unit}).</source>
        <translation>Giá trị phải là số nguyên ({unit}).</translation>
    </message>
    <message>
        <source>chỉ tiêu</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <source>số liệu đang lưu</source>
        <translation>số liệu đang lưu</translation>
    </message>
    <message>
        <source>Chỉ tiêu dạng khoảng cần cả giá trị thấp và giá trị cao.</source>
        <translation>Chỉ tiêu dạng khoảng cần cả giá trị thấp và giá trị cao.</translation>
    </message>
    <message>
        <source>Khoảng chỉ tiêu không hợp lệ: {low} lớn hơn {high}.</source>
        <translation>Khoảng chỉ tiêu không hợp lệ: {low} lớn hơn {high}.</translation>
    </message>
    <message>
        <source>Chỉ tiêu tối thiểu/tối đa chỉ có một giá trị.</source>
        <translation>Chỉ tiêu tối thiểu/tối đa chỉ có một giá trị.</translation>
    </message>
    <message>
        <source>Số tiền &quot;{text}&quot; phải là số đồng chẵn, không có phần lẻ.</source>
        <translation>Số tiền &quot;{text}&quot; phải là số đồng chẵn, không có phần lẻ.</translation>
    </message>
    <message>
        <source>Số tiền phải lớn hơn 0 đồng.</source>
        <translation>Số tiền phải lớn hơn 0 đồng.</translation>
    </message>
    <message>
        <source>Số tiền quá lớn: phải nhỏ hơn 1 triệu tỷ đồng.</source>
        <translation>Số tiền quá lớn: phải nhỏ hơn 1 triệu tỷ đồng.</translation>
    </message>
    <message>
        <source>Số tiền &quot;{text}&quot; không hợp lệ: hãy nhập số đồng chẵn, ví dụ 1.500.000.</source>
        <translation>Số tiền &quot;{text}&quot; không hợp lệ: hãy nhập số đồng chẵn, ví dụ 1.500.000.</translation>
    </message>
    <message>
        <source>Hãy nhập số theo kiểu Việt Nam, ví dụ 9,5 hoặc 43.000.</source>
        <translation>Hãy nhập số theo kiểu Việt Nam, ví dụ 9,5 hoặc 43.000.</translation>
    </message>
    <message>
        <source>Số không hợp lệ: &quot;{shown}&quot;. {hint}</source>
        <translation>Số không hợp lệ: &quot;{shown}&quot;. {hint}</translation>
    </message>
    <message>
        <source>Số không hợp lệ: &quot;{shown}&quot; ({reason}). {hint}</source>
        <translation>Số không hợp lệ: &quot;{shown}&quot; ({reason}). {hint}</translation>
    </message>
    <message>
        <source>Số &quot;{shown}&quot; có ký tự ẩn (không nhìn thấy) ở giữa. Hãy xóa ô rồi gõ lại số.</source>
        <translation>Số &quot;{shown}&quot; có ký tự ẩn (không nhìn thấy) ở giữa. Hãy xóa ô rồi gõ lại số.</translation>
    </message>
    <message>
        <source>Chưa nhập số. {hint}</source>
        <translation>Chưa nhập số. {hint}</translation>
    </message>
    <message>
        <source>dài quá {count} ký tự</source>
        <translation>dài quá {count} ký tự</translation>
    </message>
    <message>
        <source>quá lớn: số liệu phải nhỏ hơn 1 triệu tỷ (10^15)</source>
        <translation>quá lớn: số liệu phải nhỏ hơn 1 triệu tỷ (10^15)</translation>
    </message>
    <message>
        <source>{who} có {count}/{total} tiêu chí {level} chưa đạt (từ {always}% trở lên): thuộc trường hợp xem xét thu hồi quyết định công nhận {level} (QĐ 18/2022/QĐ-TTg).</source>
        <translation>{who} có {count}/{total} tiêu chí {level} chưa đạt (từ {always}% trở lên): thuộc trường hợp xem xét thu hồi quyết định công nhận {level} (QĐ 18/2022/QĐ-TTg).</translation>
    </message>
    <message>
        <source>{who} có {count}/{total} tiêu chí {level} chưa đạt ({band}-{always}%), trong đó có {named}: thuộc trường hợp xem xét thu hồi quyết định công nhận {level} (QĐ 18/2022/QĐ-TTg).</source>
        <translation>{who} có {count}/{total} tiêu chí {level} chưa đạt ({band}-{always}%), trong đó có {named}: thuộc trường hợp xem xét thu hồi quyết định công nhận {level} (QĐ 18/2022/QĐ-TTg).</translation>
    </message>
    <message>
        <source>đạt</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>chưa đạt</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>chưa đánh giá</source>
        <translation>chưa đánh giá</translation>
    </message>
    <message>
        <source>Ngày đăng ký xây dựng đạt chuẩn an toàn về ANTT {day} không thuộc Quý I năm {year} ({first} - {last}).</source>
        <translation>Ngày đăng ký xây dựng đạt chuẩn an toàn về ANTT {day} không thuộc Quý I năm {year} ({first} - {last}).</translation>
    </message>
    <message>
        <source>thôn</source>
        <translation>thôn</translation>
    </message>
    <message>
        <source>ấp</source>
        <translation>ấp</translation>
    </message>
    <message>
        <source>khu vực</source>
        <translation>khu vực</translation>
    </message>
    <message>
        <source>tổ dân phố</source>
        <translation>tổ dân phố</translation>
    </message>
    <message>
        <source>khu phố</source>
        <translation>khu phố</translation>
    </message>
    <message>
        <source>bản</source>
        <translation>bản</translation>
    </message>
    <message>
        <source>khác</source>
        <translation>khác</translation>
    </message>
    <message>
        <source>Kết quả ANTT là đạt nhưng chỉ {share}% khu dân cư, cơ quan, doanh nghiệp, nhà trường được công nhận (cần từ 70% trở lên).</source>
        <translation>Kết quả ANTT là đạt nhưng chỉ {share}% khu dân cư, cơ quan, doanh nghiệp, nhà trường được công nhận (cần từ 70% trở lên).</translation>
    </message>
    <message>
        <source>Đã có quyết định công nhận số {number} nhưng kết quả ANTT đang là &quot;{result}&quot;.</source>
        <translation>Đã có quyết định công nhận số {number} nhưng kết quả ANTT đang là &quot;{result}&quot;.</translation>
    </message>
    <message>
        <source>Ngày {day} ({what}) nằm ngoài kỳ đánh giá năm {year} ({start} - {end}); ngày này thuộc kỳ đánh giá năm {other}.</source>
        <translation>Ngày {day} ({what}) nằm ngoài kỳ đánh giá năm {year} ({start} - {end}); ngày này thuộc kỳ đánh giá năm {other}.</translation>
    </message>
    <message>
        <source>Tỷ lệ khu dân cư, cơ quan được công nhận phải từ 0 đến 100% (đã nhập {value}%).</source>
        <translation>Tỷ lệ khu dân cư, cơ quan được công nhận phải từ 0 đến 100% (đã nhập {value}%).</translation>
    </message>
    <message>
        <source>Quyết định công nhận cần cả số và ngày: chưa có số quyết định.</source>
        <translation>Quyết định công nhận cần cả số và ngày: chưa có số quyết định.</translation>
    </message>
    <message>
        <source>Ngày quyết định công nhận {day} trước khi kỳ đánh giá năm {year} bắt đầu ({start}).</source>
        <translation>Ngày quyết định công nhận {day} trước khi kỳ đánh giá năm {year} bắt đầu ({start}).</translation>
    </message>
    <message>
        <source>Ngày quyết định công nhận {day} trước ngày đăng ký {registered}: không thể công nhận trước khi đăng ký.</source>
        <translation>Ngày quyết định công nhận {day} trước ngày đăng ký {registered}: không thể công nhận trước khi đăng ký.</translation>
    </message>
    <message>
        <source>Loại khu dân cư không hợp lệ: “{text}”. Chọn một trong: {choices}.</source>
        <translation>Loại khu dân cư không hợp lệ: “{text}”. Chọn một trong: {choices}.</translation>
    </message>
    <message>
        <source>Chưa ghi tên khu dân cư.</source>
        <translation>Chưa ghi tên khu dân cư.</translation>
    </message>
    <message>
        <source>Tên khu dân cư dài quá {limit} ký tự.</source>
        <translation>Tên khu dân cư dài quá {limit} ký tự.</translation>
    </message>
    <message>
        <source>Quyết định công nhận cần cả số và ngày: chưa có ngày quyết định.</source>
        <translation>Quyết định công nhận cần cả số và ngày: chưa có ngày quyết định.</translation>
    </message>
    <message>
        <source>Đề nghị #{id} là hồ sơ nhận từ {sender}: chỉ gửi kết quả xét về cho cơ quan đó.</source>
        <translation>Đề nghị #{id} là hồ sơ nhận từ {sender}: chỉ gửi kết quả xét về cho cơ quan đó.</translation>
    </message>
    <message>
        <source>Hồ sơ của đề nghị #{id} đã được {receiver} quyết định: không gửi lại được.</source>
        <translation>Hồ sơ của đề nghị #{id} đã được {receiver} quyết định: không gửi lại được.</translation>
    </message>
    <message>
        <source>Đề nghị #{id} đang ở trạng thái “{status}”: hãy trình đề nghị (có số tờ trình) rồi mới gửi hồ sơ lên cấp trên.</source>
        <translation>Đề nghị #{id} đang ở trạng thái “{status}”: hãy trình đề nghị (có số tờ trình) rồi mới gửi hồ sơ lên cấp trên.</translation>
    </message>
    <message>
        <source>Đề nghị khen thưởng cấp Nhà nước đi qua cấp tỉnh: hãy lập đề nghị trình cấp tỉnh.</source>
        <translation>Đề nghị khen thưởng cấp Nhà nước đi qua cấp tỉnh: hãy lập đề nghị trình cấp tỉnh.</translation>
    </message>
    <message>
        <source>Đề nghị #{id} do {receiver} quyết định, thuộc chính cơ quan này: không cần gửi hồ sơ.</source>
        <translation>Đề nghị #{id} do {receiver} quyết định, thuộc chính cơ quan này: không cần gửi hồ sơ.</translation>
    </message>
    <message>
        <source>{receiver} không còn từ ngày {day} (sắp xếp đơn vị hành chính): hãy trả lại đề nghị và trình cấp tỉnh.</source>
        <translation>{receiver} không còn từ ngày {day} (sắp xếp đơn vị hành chính): hãy trả lại đề nghị và trình cấp tỉnh.</translation>
    </message>
    <message>
        <source>Đề nghị #{id} không phải hồ sơ nhận từ cấp dưới: không có nơi để gửi kết quả.</source>
        <translation>Đề nghị #{id} không phải hồ sơ nhận từ cấp dưới: không có nơi để gửi kết quả.</translation>
    </message>
    <message>
        <source>Không tìm thấy cơ quan gửi hồ sơ (mã {code}) trong danh mục đơn vị.</source>
        <translation>Không tìm thấy cơ quan gửi hồ sơ (mã {code}) trong danh mục đơn vị.</translation>
    </message>
    <message>
        <source>Không còn bản lưu của gói {name} trên máy này (gói do {who} nhập trên máy khác, hoặc thư mục inbox đã bị xóa): hãy lấy lại tệp gói từ nơi gửi.</source>
        <translation>Không còn bản lưu của gói {name} trên máy này (gói do {who} nhập trên máy khác, hoặc thư mục inbox đã bị xóa): hãy lấy lại tệp gói từ nơi gửi.</translation>
    </message>
    <message>
        <source>Không còn lần nhập gói này (có thể dữ liệu đã được khôi phục).</source>
        <translation>Không còn lần nhập gói này (có thể dữ liệu đã được khôi phục).</translation>
    </message>
    <message>
        <source>Quyết định {number} không có bản nào in trên {layout} (đã chọn).</source>
        <translation>Quyết định {number} không có bản nào in trên {layout} (đã chọn).</translation>
    </message>
    <message>
        <source>“{kind}” không phải giấy tờ của hồ sơ khen thưởng: chọn {choices}.</source>
        <translation>“{kind}” không phải giấy tờ của hồ sơ khen thưởng: chọn {choices}.</translation>
    </message>
    <message>
        <source>Một tệp đính vào một dòng hoặc một quyết định, không cả hai.</source>
        <translation>Một tệp đính vào một dòng hoặc một quyết định, không cả hai.</translation>
    </message>
    <message>
        <source>Hồ sơ đề nghị</source>
        <translation>Hồ sơ đề nghị</translation>
    </message>
    <message>
        <source>Dòng {n}: {name}</source>
        <translation>Dòng {n}: {name}</translation>
    </message>
    <message>
        <source>Quyết định số {number}</source>
        <translation>Quyết định số {number}</translation>
    </message>
    <message>
        <source>Dòng #{line} không thuộc đề nghị này.</source>
        <translation>Dòng #{line} không thuộc đề nghị này.</translation>
    </message>
    <message>
        <source>Quyết định #{decision} không thuộc đề nghị này.</source>
        <translation>Quyết định #{decision} không thuộc đề nghị này.</translation>
    </message>
    <message>
        <source>Tệp này đã được đính kèm (tên &quot;{name}&quot;, ngày {day}).</source>
        <translation>Tệp này đã được đính kèm (tên &quot;{name}&quot;, ngày {day}).</translation>
    </message>
    <message>
        <source>Ghi chú dài quá {count} ký tự.</source>
        <translation>Ghi chú dài quá {count} ký tự.</translation>
    </message>
    <message>
        <source>Không còn tệp đính kèm này (có thể đã được gỡ).</source>
        <translation>Không còn tệp đính kèm này (có thể đã được gỡ).</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp &quot;{path}&quot;.</source>
        <translation>Không tìm thấy tệp &quot;{path}&quot;.</translation>
    </message>
    <message>
        <source>Không đọc được tệp &quot;{name}&quot;: {reason}.</source>
        <translation>Không đọc được tệp &quot;{name}&quot;: {reason}.</translation>
    </message>
    <message>
        <source>Không lưu được tệp &quot;{name}&quot; vào thư mục dữ liệu: {reason}.</source>
        <translation>Không lưu được tệp &quot;{name}&quot; vào thư mục dữ liệu: {reason}.</translation>
    </message>
    <message>
        <source>Tệp đính kèm &quot;{name}&quot; đã bị thay đổi trong thư mục dữ liệu (mã kiểm tra không khớp): hãy gỡ và đính kèm lại bản gốc.</source>
        <translation>Tệp đính kèm &quot;{name}&quot; đã bị thay đổi trong thư mục dữ liệu (mã kiểm tra không khớp): hãy gỡ và đính kèm lại bản gốc.</translation>
    </message>
    <message>
        <source>Thiếu tệp đính kèm &quot;{name}&quot; trong thư mục dữ liệu (có thể bị xóa hoặc dữ liệu được khôi phục từ máy khác): hãy đính kèm lại.</source>
        <translation>Thiếu tệp đính kèm &quot;{name}&quot; trong thư mục dữ liệu (có thể bị xóa hoặc dữ liệu được khôi phục từ máy khác): hãy đính kèm lại.</translation>
    </message>
    <message>
        <source>Không chép được tệp đính kèm &quot;{name}&quot;: {reason}.</source>
        <translation>Không chép được tệp đính kèm &quot;{name}&quot;: {reason}.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot;: đã bị thay đổi</source>
        <translation>&quot;{name}&quot;: đã bị thay đổi</translation>
    </message>
    <message>
        <source>&quot;{name}&quot;: thiếu tệp</source>
        <translation>&quot;{name}&quot;: thiếu tệp</translation>
    </message>
    <message>
        <source>&quot;{name}&quot;: {reason}</source>
        <translation>&quot;{name}&quot;: {reason}</translation>
    </message>
    <message>
        <source>Tệp &quot;{name}&quot; đang bị thay đổi.</source>
        <translation>Tệp &quot;{name}&quot; đang bị thay đổi.</translation>
    </message>
    <message>
        <source>Đề nghị #{id} là hồ sơ nhận từ {sender}: cơ quan gửi sửa và gửi lại hồ sơ, ở đây không trình lại.</source>
        <translation>Đề nghị #{id} là hồ sơ nhận từ {sender}: cơ quan gửi sửa và gửi lại hồ sơ, ở đây không trình lại.</translation>
    </message>
    <message>
        <source>Đề nghị #{id} là hồ sơ nhận từ {sender}: nội dung chỉ do cơ quan gửi sửa. Nếu cần sửa, hãy trả lại hồ sơ kèm lý do.</source>
        <translation>Đề nghị #{id} là hồ sơ nhận từ {sender}: nội dung chỉ do cơ quan gửi sửa. Nếu cần sửa, hãy trả lại hồ sơ kèm lý do.</translation>
    </message>
    <message>
        <source>{who} đã sửa đề nghị “{title}” ({time}) sau khi bạn mở nó: chưa lưu thay đổi của bạn. Hãy xem bản mới rồi làm lại.</source>
        <translation>{who} đã sửa đề nghị “{title}” ({time}) sau khi bạn mở nó: chưa lưu thay đổi của bạn. Hãy xem bản mới rồi làm lại.</translation>
    </message>
    <message>
        <source>{who} đã sửa chỉ tiêu năm {year} của {unit} ({time}) sau khi bạn mở biểu mẫu: chưa lưu thay đổi của bạn. Hãy chọn lại đơn vị để xem bản mới rồi sửa tiếp.</source>
        <translation>{who} đã sửa chỉ tiêu năm {year} của {unit} ({time}) sau khi bạn mở biểu mẫu: chưa lưu thay đổi của bạn. Hãy chọn lại đơn vị để xem bản mới rồi sửa tiếp.</translation>
    </message>
    <message>
        <source>Không có phong trào thi đua nào mã &quot;{code}&quot;.</source>
        <translation>Không có phong trào thi đua nào mã &quot;{code}&quot;.</translation>
    </message>
    <message>
        <source>Phong trào &quot;{campaign}&quot; không có chỉ tiêu nào mã &quot;{code}&quot;.</source>
        <translation>Phong trào &quot;{campaign}&quot; không có chỉ tiêu nào mã &quot;{code}&quot;.</translation>
    </message>
    <message>
        <source>Hãy nhập tên phong trào thi đua.</source>
        <translation>Hãy nhập tên phong trào thi đua.</translation>
    </message>
    <message>
        <source>Phong trào &quot;{campaign}&quot; do cơ quan cấp trên (mã {owner}) ban hành nên chỉ xem được, không sửa được tại đây.</source>
        <translation>Phong trào &quot;{campaign}&quot; do cơ quan cấp trên (mã {owner}) ban hành nên chỉ xem được, không sửa được tại đây.</translation>
    </message>
    <message>
        <source>Năm {year} nằm ngoài thời gian của phong trào ({start} - {end}).</source>
        <translation>Năm {year} nằm ngoài thời gian của phong trào ({start} - {end}).</translation>
    </message>
    <message>
        <source>Đã có phong trào mã &quot;{code}&quot;; hãy chọn mã khác.</source>
        <translation>Đã có phong trào mã &quot;{code}&quot;; hãy chọn mã khác.</translation>
    </message>
    <message>
        <source>Phong trào đã có kết quả nên không xóa được; hãy chuyển trạng thái sang &quot;đã tổng kết&quot;.</source>
        <translation>Phong trào đã có kết quả nên không xóa được; hãy chuyển trạng thái sang &quot;đã tổng kết&quot;.</translation>
    </message>
    <message>
        <source>Chỉ tiêu &quot;{name}&quot; đã có {count} kết quả nên không xóa được.</source>
        <translation>Chỉ tiêu &quot;{name}&quot; đã có {count} kết quả nên không xóa được.</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>Ô này đã bị người khác xóa sau khi bảng của bạn được mở: hãy xem lại rồi lưu lại nếu vẫn muốn nhập.</source>
        <translation>Ô này đã bị người khác xóa sau khi bảng của bạn được mở: hãy xem lại rồi lưu lại nếu vẫn muốn nhập.</translation>
    </message>
    <message>
        <source>{who} đã sửa ô này thành {value} lúc {time}, sau khi bảng của bạn được mở: hãy xem giá trị mới rồi lưu lại nếu vẫn muốn thay.</source>
        <translation>{who} đã sửa ô này thành {value} lúc {time}, sau khi bảng của bạn được mở: hãy xem giá trị mới rồi lưu lại nếu vẫn muốn thay.</translation>
    </message>
    <message>
        <source>Chỉ tiêu &quot;{name}&quot; được tính tự động, không nhập tay được.</source>
        <translation>Chỉ tiêu &quot;{name}&quot; được tính tự động, không nhập tay được.</translation>
    </message>
    <message>
        <source>Kết quả của {unit} do cơ quan mã {owner} gửi lên nên chỉ xem được, không sửa tại đây.</source>
        <translation>Kết quả của {unit} do cơ quan mã {owner} gửi lên nên chỉ xem được, không sửa tại đây.</translation>
    </message>
    <message>
        <source>Hãy nhập một giá trị (ví dụ 9,5 hoặc 43.000).</source>
        <translation>Hãy nhập một giá trị (ví dụ 9,5 hoặc 43.000).</translation>
    </message>
    <message>
        <source>{who} đã sửa chỉ tiêu “{indicator}” năm {year} của {unit} thành “{value}” ({time}) sau khi bạn mở bảng giao chỉ tiêu: chưa lưu gì. Hãy đóng bảng, mở lại để xem bản mới rồi nhập lại.</source>
        <translation>{who} đã sửa chỉ tiêu “{indicator}” năm {year} của {unit} thành “{value}” ({time}) sau khi bạn mở bảng giao chỉ tiêu: chưa lưu gì. Hãy đóng bảng, mở lại để xem bản mới rồi nhập lại.</translation>
    </message>
    <message>
        <source>Quyết định {number} chưa khen thưởng dòng nào.</source>
        <translation>Quyết định {number} chưa khen thưởng dòng nào.</translation>
    </message>
    <message>
        <source>Quyết định {number} là khen thưởng cấp Nhà nước: bằng, huy chương, danh hiệu do Trung ương in và gửi về; ứng dụng chỉ in phôi Bằng khen, Giấy khen của Ủy ban nhân dân các cấp.</source>
        <translation>Quyết định {number} là khen thưởng cấp Nhà nước: bằng, huy chương, danh hiệu do Trung ương in và gửi về; ứng dụng chỉ in phôi Bằng khen, Giấy khen của Ủy ban nhân dân các cấp.</translation>
    </message>
    <message>
        <source>Kết quả chấm điểm đã công bố ngày {day}: chỉ xem.</source>
        <translation>Kết quả chấm điểm đã công bố ngày {day}: chỉ xem.</translation>
    </message>
    <message>
        <source>Năm {year} đã khóa sổ: chỉ xem.</source>
        <translation>Năm {year} đã khóa sổ: chỉ xem.</translation>
    </message>
    <message>
        <source>Cụm, khối do Hội đồng TĐKT ngoài phạm vi cơ quan này tổ chức: chỉ xem.</source>
        <translation>Cụm, khối do Hội đồng TĐKT ngoài phạm vi cơ quan này tổ chức: chỉ xem.</translation>
    </message>
    <message>
        <source>Không có cụm, khối thi đua #{id}.</source>
        <translation>Không có cụm, khối thi đua #{id}.</translation>
    </message>
    <message>
        <source>Kết quả chấm điểm của {name} đã công bố ngày {day}: không sửa được nữa.</source>
        <translation>Kết quả chấm điểm của {name} đã công bố ngày {day}: không sửa được nữa.</translation>
    </message>
    <message>
        <source>Hãy nhập mã cụm, khối (tối đa {n} ký tự).</source>
        <translation>Hãy nhập mã cụm, khối (tối đa {n} ký tự).</translation>
    </message>
    <message>
        <source>Hãy nhập tên cụm, khối (tối đa {n} ký tự).</source>
        <translation>Hãy nhập tên cụm, khối (tối đa {n} ký tự).</translation>
    </message>
    <message>
        <source>Số giao ước dài quá {n} ký tự.</source>
        <translation>Số giao ước dài quá {n} ký tự.</translation>
    </message>
    <message>
        <source>Hạn chấm chéo (cụm xét) phải sau hạn tự chấm điểm.</source>
        <translation>Hạn chấm chéo (cụm xét) phải sau hạn tự chấm điểm.</translation>
    </message>
    <message>
        <source>Mỗi năm một cụm, khối có một trưởng và một phó.</source>
        <translation>Mỗi năm một cụm, khối có một trưởng và một phó.</translation>
    </message>
    <message>
        <source>Một đơn vị có hai lần trong danh sách thành viên.</source>
        <translation>Một đơn vị có hai lần trong danh sách thành viên.</translation>
    </message>
    <message>
        <source>Ngày {what} phải trong năm {year}.</source>
        <translation>Ngày {what} phải trong năm {year}.</translation>
    </message>
    <message>
        <source>Năm {year} đã có cụm, khối mã {code}.</source>
        <translation>Năm {year} đã có cụm, khối mã {code}.</translation>
    </message>
    <message>
        <source>{unit} đã có điểm trong cụm, khối này: không bỏ khỏi danh sách được.</source>
        <translation>{unit} đã có điểm trong cụm, khối này: không bỏ khỏi danh sách được.</translation>
    </message>
    <message>
        <source>Nội dung tiêu chí {code} dài quá 500 ký tự.</source>
        <translation>Nội dung tiêu chí {code} dài quá 500 ký tự.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} đã có điểm của thành viên: không bỏ khỏi bảng được.</source>
        <translation>Tiêu chí {code} đã có điểm của thành viên: không bỏ khỏi bảng được.</translation>
    </message>
    <message>
        <source>Chưa có bảng chấm điểm của cụm, khối mã {code} năm trước để chép.</source>
        <translation>Chưa có bảng chấm điểm của cụm, khối mã {code} năm trước để chép.</translation>
    </message>
    <message>
        <source>Thành viên đã chấm điểm theo bảng hiện có: không chép đè.</source>
        <translation>Thành viên đã chấm điểm theo bảng hiện có: không chép đè.</translation>
    </message>
    <message>
        <source>Cụm, khối đã có thành viên: không đổi năm hay loại được.</source>
        <translation>Cụm, khối đã có thành viên: không đổi năm hay loại được.</translation>
    </message>
    <message>
        <source>{unit} không thuộc {council}: thành viên của cụm, khối là đơn vị thuộc cơ quan tổ chức.</source>
        <translation>{unit} không thuộc {council}: thành viên của cụm, khối là đơn vị thuộc cơ quan tổ chức.</translation>
    </message>
    <message>
        <source>{unit} đã là thành viên của {other} năm {year}: mỗi năm một đơn vị thuộc một cụm (khối).</source>
        <translation>{unit} đã là thành viên của {other} năm {year}: mỗi năm một đơn vị thuộc một cụm (khối).</translation>
    </message>
    <message>
        <source>Đề nghị tặng {award} năm {year} cho đơn vị dẫn đầu {name}</source>
        <translation>Đề nghị tặng {award} năm {year} cho đơn vị dẫn đầu {name}</translation>
    </message>
    <message>
        <source>{unit} không phải thành viên của {name}.</source>
        <translation>{unit} không phải thành viên của {name}.</translation>
    </message>
    <message>
        <source>Số vị trí đề nghị phải từ 1.</source>
        <translation>Số vị trí đề nghị phải từ 1.</translation>
    </message>
    <message>
        <source>Xếp thứ {rank} {name} năm {year} với {points} điểm.</source>
        <translation>Xếp thứ {rank} {name} năm {year} với {points} điểm.</translation>
    </message>
    <message>
        <source>Đã quá hạn {stage} ngày {due} của {name}: điểm ngày {day} không được ghi. Nếu Hội đồng gia hạn, hãy sửa hạn trong thông tin cụm, khối trước.</source>
        <translation>Đã quá hạn {stage} ngày {due} của {name}: điểm ngày {day} không được ghi. Nếu Hội đồng gia hạn, hãy sửa hạn trong thông tin cụm, khối trước.</translation>
    </message>
    <message>
        <source>{name} chưa có bảng chấm điểm.</source>
        <translation>{name} chưa có bảng chấm điểm.</translation>
    </message>
    <message>
        <source>Cụm, khối đã chấm chéo điểm của {unit}: không tự chấm lại được.</source>
        <translation>Cụm, khối đã chấm chéo điểm của {unit}: không tự chấm lại được.</translation>
    </message>
    <message>
        <source>Chưa công bố được: {names} chưa có điểm.</source>
        <translation>Chưa công bố được: {names} chưa có điểm.</translation>
    </message>
    <message>
        <source>Ngày công bố phải từ năm {year}.</source>
        <translation>Ngày công bố phải từ năm {year}.</translation>
    </message>
    <message>
        <source>Hãy công bố kết quả chấm điểm của {name} trước khi lập đề nghị.</source>
        <translation>Hãy công bố kết quả chấm điểm của {name} trước khi lập đề nghị.</translation>
    </message>
    <message>
        <source>Danh hiệu, hình thức “{code}” không áp dụng ngày {day}.</source>
        <translation>Danh hiệu, hình thức “{code}” không áp dụng ngày {day}.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} không có trong bảng chấm điểm (hoặc có tiêu chí con: chấm điểm từng tiêu chí con).</source>
        <translation>Tiêu chí {code} không có trong bảng chấm điểm (hoặc có tiêu chí con: chấm điểm từng tiêu chí con).</translation>
    </message>
    <message>
        <source>Tiêu chí {code} của {unit}: cụm chấm {points}, khác điểm tự chấm {own}: hãy ghi lý do.</source>
        <translation>Tiêu chí {code} của {unit}: cụm chấm {points}, khác điểm tự chấm {own}: hãy ghi lý do.</translation>
    </message>
    <message>
        <source>vừa xong</source>
        <translation>vừa xong</translation>
    </message>
    <message>
        <source>Lưu ý: lần này ứng dụng được mở với cơ sở dữ liệu chỉ định bằng {how}; khi còn chỉ định như vậy, địa chỉ đó được dùng thay cho lựa chọn đã lưu ở đây.</source>
        <translation>Lưu ý: lần này ứng dụng được mở với cơ sở dữ liệu chỉ định bằng {how}; khi còn chỉ định như vậy, địa chỉ đó được dùng thay cho lựa chọn đã lưu ở đây.</translation>
    </message>
    <message>
        <source>Không lưu được lựa chọn máy chủ vào thư mục dữ liệu {folder}: {reason}.</source>
        <translation>Không lưu được lựa chọn máy chủ vào thư mục dữ liệu {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Hãy nhập tên hoặc địa chỉ IP của máy chủ.</source>
        <translation>Hãy nhập tên hoặc địa chỉ IP của máy chủ.</translation>
    </message>
    <message>
        <source>Tên máy chủ “{host}” không hợp lệ: chỉ ghi tên hoặc địa chỉ IP.</source>
        <translation>Tên máy chủ “{host}” không hợp lệ: chỉ ghi tên hoặc địa chỉ IP.</translation>
    </message>
    <message>
        <source>Cổng “{port}” không hợp lệ: một số từ 1 đến 65535 (thường là 5432).</source>
        <translation>Cổng “{port}” không hợp lệ: một số từ 1 đến 65535 (thường là 5432).</translation>
    </message>
    <message>
        <source>Hãy nhập tên cơ sở dữ liệu trên máy chủ.</source>
        <translation>Hãy nhập tên cơ sở dữ liệu trên máy chủ.</translation>
    </message>
    <message>
        <source>Hãy nhập tên đăng nhập máy chủ của bạn.</source>
        <translation>Hãy nhập tên đăng nhập máy chủ của bạn.</translation>
    </message>
    <message>
        <source>Kết nối được. Cơ sở dữ liệu của {office}; các thay đổi của bạn được ghi tên {user}.</source>
        <translation>Kết nối được. Cơ sở dữ liệu của {office}; các thay đổi của bạn được ghi tên {user}.</translation>
    </message>
    <message>
        <source>Hãy nhập mật khẩu để ghi nhớ, hoặc bỏ chọn “Ghi nhớ mật khẩu”.</source>
        <translation>Hãy nhập mật khẩu để ghi nhớ, hoặc bỏ chọn “Ghi nhớ mật khẩu”.</translation>
    </message>
    <message>
        <source>Kết nối được; cơ sở dữ liệu chưa chọn cơ quan sử dụng. Các thay đổi của bạn được ghi tên {user}.</source>
        <translation>Kết nối được; cơ sở dữ liệu chưa chọn cơ quan sử dụng. Các thay đổi của bạn được ghi tên {user}.</translation>
    </message>
    <message>
        <source>Hãy nêu lý do mở khóa sổ năm {year}.</source>
        <translation>Hãy nêu lý do mở khóa sổ năm {year}.</translation>
    </message>
    <message>
        <source>Năm {year} đã khóa sổ (ngày {day}, người khóa: {who}); số liệu của năm này không sửa được. Muốn sửa, hãy mở khóa (cần nêu lý do) trong Cài đặt hoặc bằng lệnh unlock.</source>
        <translation>Năm {year} đã khóa sổ (ngày {day}, người khóa: {who}); số liệu của năm này không sửa được. Muốn sửa, hãy mở khóa (cần nêu lý do) trong Cài đặt hoặc bằng lệnh unlock.</translation>
    </message>
    <message>
        <source>Năm không hợp lệ: {year} (phải từ {first} đến {last}).</source>
        <translation>Năm không hợp lệ: {year} (phải từ {first} đến {last}).</translation>
    </message>
    <message>
        <source>Năm {year} đã khóa sổ từ ngày {day} ({who}).</source>
        <translation>Năm {year} đã khóa sổ từ ngày {day} ({who}).</translation>
    </message>
    <message>
        <source>Năm {year} chưa khóa sổ nên không cần mở khóa.</source>
        <translation>Năm {year} chưa khóa sổ nên không cần mở khóa.</translation>
    </message>
    <message>
        <source>{unit} ({code}) không thuộc phạm vi của {office}: bản cài đặt này chỉ nhập số liệu cho các đơn vị trực thuộc.</source>
        <translation>{unit} ({code}) không thuộc phạm vi của {office}: bản cài đặt này chỉ nhập số liệu cho các đơn vị trực thuộc.</translation>
    </message>
    <message>
        <source>Không có đơn vị hành chính nào mã &quot;{code}&quot;.</source>
        <translation>Không có đơn vị hành chính nào mã &quot;{code}&quot;.</translation>
    </message>
    <message>
        <source>{who} đã sửa tiêu chí năm {year} của {unit} ({time}) sau khi bạn mở bảng tiêu chí: chưa lưu thay đổi của bạn. Hãy mở lại để xem bản mới rồi sửa tiếp.</source>
        <translation>{who} đã sửa tiêu chí năm {year} của {unit} ({time}) sau khi bạn mở bảng tiêu chí: chưa lưu thay đổi của bạn. Hãy mở lại để xem bản mới rồi sửa tiếp.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu dùng chung trên máy chủ {where} không khôi phục từ một máy: khi mọi người đã thoát ứng dụng, quản trị viên chạy trên máy chủ: pg_restore --clean --if-exists --no-owner -d TÊN-CƠ-SỞ-DỮ-LIỆU {file}, rồi mở lại ứng dụng. Bản sao lưu nằm trong thư mục {folder}.</source>
        <translation>Cơ sở dữ liệu dùng chung trên máy chủ {where} không khôi phục từ một máy: khi mọi người đã thoát ứng dụng, quản trị viên chạy trên máy chủ: pg_restore --clean --if-exists --no-owner -d TÊN-CƠ-SỞ-DỮ-LIỆU {file}, rồi mở lại ứng dụng. Bản sao lưu nằm trong thư mục {folder}.</translation>
    </message>
    <message>
        <source>Chưa sao lưu được cơ sở dữ liệu trên máy chủ {where}: máy này chưa có công cụ pg_dump (cài gói PostgreSQL client: trên Windows cài PostgreSQL, chọn &apos;Command Line Tools&apos;; trên Debian/Ubuntu: apt-get install postgresql-client).</source>
        <translation>Chưa sao lưu được cơ sở dữ liệu trên máy chủ {where}: máy này chưa có công cụ pg_dump (cài gói PostgreSQL client: trên Windows cài PostgreSQL, chọn &apos;Command Line Tools&apos;; trên Debian/Ubuntu: apt-get install postgresql-client).</translation>
    </message>
    <message>
        <source>Chưa sao lưu được cơ sở dữ liệu trên máy chủ {where}: {detail}</source>
        <translation>Chưa sao lưu được cơ sở dữ liệu trên máy chủ {where}: {detail}</translation>
    </message>
    <message>
        <source>{who} đã sửa tình trạng năm {year} của {unit} ({time}) sau khi bạn mở biểu mẫu: chưa lưu thay đổi của bạn. Hãy mở lại để xem bản mới rồi sửa tiếp.</source>
        <translation>{who} đã sửa tình trạng năm {year} của {unit} ({time}) sau khi bạn mở biểu mẫu: chưa lưu thay đổi của bạn. Hãy mở lại để xem bản mới rồi sửa tiếp.</translation>
    </message>
    <message>
        <source>Người khác</source>
        <translation>Người khác</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Tỷ lệ khu dân cư đạt (%)</source>
        <translation>Tỷ lệ khu dân cư đạt (%)</translation>
    </message>
    <message>
        <source>Không tìm thấy đơn vị “{name}” thuộc {office} trong năm {year}.</source>
        <translation>Không tìm thấy đơn vị “{name}” thuộc {office} trong năm {year}.</translation>
    </message>
    <message>
        <source>{unit} ({code}) không còn từ {day} (sắp xếp đơn vị hành chính): số liệu năm {year} ghi cho đơn vị kế thừa.</source>
        <translation>{unit} ({code}) không còn từ {day} (sắp xếp đơn vị hành chính): số liệu năm {year} ghi cho đơn vị kế thừa.</translation>
    </message>
    <message>
        <source>Kết quả chỉ tiêu — {code} — năm {year}</source>
        <translation>Kết quả chỉ tiêu — {code} — năm {year}</translation>
    </message>
    <message>
        <source>{unit} ({code}) không thuộc phạm vi của {office}.</source>
        <translation>{unit} ({code}) không thuộc phạm vi của {office}.</translation>
    </message>
    <message>
        <source>Tên “{name}” trùng nhiều đơn vị ({codes}): hãy ghi mã đơn vị.</source>
        <translation>Tên “{name}” trùng nhiều đơn vị ({codes}): hãy ghi mã đơn vị.</translation>
    </message>
    <message>
        <source>Phong trào {campaign} không có chỉ tiêu mã “{code}”.</source>
        <translation>Phong trào {campaign} không có chỉ tiêu mã “{code}”.</translation>
    </message>
    <message>
        <source>Chỉ tiêu “{name}” được tính tự động, không nhập từ bảng tính.</source>
        <translation>Chỉ tiêu “{name}” được tính tự động, không nhập từ bảng tính.</translation>
    </message>
    <message>
        <source>Kết quả của {unit} do cơ quan mã {owner} gửi lên: chỉ xem, không sửa tại đây.</source>
        <translation>Kết quả của {unit} do cơ quan mã {owner} gửi lên: chỉ xem, không sửa tại đây.</translation>
    </message>
    <message>
        <source>{unit}, chỉ tiêu {code} đã có giá trị khác ở {other}.</source>
        <translation>{unit}, chỉ tiêu {code} đã có giá trị khác ở {other}.</translation>
    </message>
    <message>
        <source>Trang “{sheet}”, dòng {row}, cột {column}</source>
        <translation>Trang “{sheet}”, dòng {row}, cột {column}</translation>
    </message>
    <message>
        <source>&quot;3 không&quot; và an toàn về an ninh, trật tự</source>
        <translation>&quot;3 không&quot; và an toàn về an ninh, trật tự</translation>
    </message>
    <message>
        <source>&quot;3 không&quot; và an toàn về ANTT — năm {year}</source>
        <translation>&quot;3 không&quot; và an toàn về ANTT — năm {year}</translation>
    </message>
    <message>
        <source>Không có tiêu chí “{code}”.</source>
        <translation>Không có tiêu chí “{code}”.</translation>
    </message>
    <message>
        <source>Số liệu an ninh, trật tự năm {year} của {unit} do cơ quan cấp dưới gửi lên nên chỉ xem được, không sửa tại đây.</source>
        <translation>Số liệu an ninh, trật tự năm {year} của {unit} do cơ quan cấp dưới gửi lên nên chỉ xem được, không sửa tại đây.</translation>
    </message>
    <message>
        <source>{who} đã sửa danh sách khu dân cư năm {year} của {unit} ({time}) sau khi bạn mở: chưa lưu thay đổi của bạn. Hãy mở lại để xem bản mới rồi sửa tiếp.</source>
        <translation>{who} đã sửa danh sách khu dân cư năm {year} của {unit} ({time}) sau khi bạn mở: chưa lưu thay đổi của bạn. Hãy mở lại để xem bản mới rồi sửa tiếp.</translation>
    </message>
    <message>
        <source>Ghi chú dài quá {limit} ký tự.</source>
        <translation>Ghi chú dài quá {limit} ký tự.</translation>
    </message>
    <message>
        <source>{unit} đã có khu dân cư “{name}”.</source>
        <translation>{unit} đã có khu dân cư “{name}”.</translation>
    </message>
    <message>
        <source>{name}: {old} → {new}</source>
        <translation>{name}: {old} → {new}</translation>
    </message>
    <message>
        <source>Thêm “{name}” ({kind}): {status}</source>
        <translation>Thêm “{name}” ({kind}): {status}</translation>
    </message>
    <message>
        <source>Bỏ “{name}” khỏi danh sách</source>
        <translation>Bỏ “{name}” khỏi danh sách</translation>
    </message>
    <message>
        <source>“{name}” không còn từ năm {year}</source>
        <translation>“{name}” không còn từ năm {year}</translation>
    </message>
    <message>
        <source>Đổi tên “{old}” thành “{new}”</source>
        <translation>Đổi tên “{old}” thành “{new}”</translation>
    </message>
    <message>
        <source>{name}: ghi chú</source>
        <translation>{name}: ghi chú</translation>
    </message>
    <message>
        <source>{what} phải là số nguyên: “{text}”.</source>
        <translation>{what} phải là số nguyên: “{text}”.</translation>
    </message>
    <message>
        <source>Đề nghị #{id} — {title}</source>
        <translation>Đề nghị #{id} — {title}</translation>
    </message>
    <message>
        <source>Không có danh hiệu, hình thức “{award}” trong quy định áp dụng cho đề nghị này. Các mã: {known}.</source>
        <translation>Không có danh hiệu, hình thức “{award}” trong quy định áp dụng cho đề nghị này. Các mã: {known}.</translation>
    </message>
    <message>
        <source>Không rõ tiêu chí đạt hay chưa: &quot;{text}&quot;. Ghi “đạt” hoặc “chưa đạt”.</source>
        <translation>Không rõ tiêu chí đạt hay chưa: &quot;{text}&quot;. Ghi “đạt” hoặc “chưa đạt”.</translation>
    </message>
    <message>
        <source>Tiêu chí {set} — năm {year}</source>
        <translation>Tiêu chí {set} — năm {year}</translation>
    </message>
    <message>
        <source>{unit}, {field} đã có giá trị khác ở {other}.</source>
        <translation>{unit}, {field} đã có giá trị khác ở {other}.</translation>
    </message>
    <message>
        <source>Khu dân cư an toàn về ANTT — năm {year}</source>
        <translation>Khu dân cư an toàn về ANTT — năm {year}</translation>
    </message>
    <message>
        <source>Chưa ghi mã hoặc tên xã, phường.</source>
        <translation>Chưa ghi mã hoặc tên xã, phường.</translation>
    </message>
    <message>
        <source>“{name}” đã có ở dòng {row}.</source>
        <translation>“{name}” đã có ở dòng {row}.</translation>
    </message>
    <message>
        <source>Một tiêu chí có hai lần trong danh sách xét khi bằng điểm.</source>
        <translation>Một tiêu chí có hai lần trong danh sách xét khi bằng điểm.</translation>
    </message>
    <message>
        <source>Điểm tối đa của tiêu chí {code} phải lớn hơn 0, không quá {limit}, nhiều nhất 2 chữ số thập phân.</source>
        <translation>Điểm tối đa của tiêu chí {code} phải lớn hơn 0, không quá {limit}, nhiều nhất 2 chữ số thập phân.</translation>
    </message>
    <message>
        <source>{name} do {organiser} tổ chức: chỉ cơ quan đó gửi bảng chấm điểm xuống các thành viên.</source>
        <translation>{name} do {organiser} tổ chức: chỉ cơ quan đó gửi bảng chấm điểm xuống các thành viên.</translation>
    </message>
    <message>
        <source>{name} chưa có thành viên nào.</source>
        <translation>{name} chưa có thành viên nào.</translation>
    </message>
    <message>
        <source>{name} do chính cơ quan này tổ chức: điểm tự chấm của các thành viên đã ở đây, không cần gửi đi.</source>
        <translation>{name} do chính cơ quan này tổ chức: điểm tự chấm của các thành viên đã ở đây, không cần gửi đi.</translation>
    </message>
    <message>
        <source>Kết quả chấm điểm của {name} đã công bố ngày {day}: không gửi điểm tự chấm được nữa.</source>
        <translation>Kết quả chấm điểm của {name} đã công bố ngày {day}: không gửi điểm tự chấm được nữa.</translation>
    </message>
    <message>
        <source>Đã quá hạn tự chấm điểm ngày {due} của {name}: điểm tự chấm không gửi được nữa. Nếu Hội đồng gia hạn, cơ quan tổ chức gửi lại bảng chấm điểm với hạn mới.</source>
        <translation>Đã quá hạn tự chấm điểm ngày {due} của {name}: điểm tự chấm không gửi được nữa. Nếu Hội đồng gia hạn, cơ quan tổ chức gửi lại bảng chấm điểm với hạn mới.</translation>
    </message>
    <message>
        <source>{office} không có đơn vị nào trong {name}.</source>
        <translation>{office} không có đơn vị nào trong {name}.</translation>
    </message>
    <message>
        <source>Chưa có điểm tự chấm nào của {name} để gửi: hãy chấm điểm trước.</source>
        <translation>Chưa có điểm tự chấm nào của {name} để gửi: hãy chấm điểm trước.</translation>
    </message>
    <message>
        <source>các cơ quan có đơn vị thành viên</source>
        <translation>các cơ quan có đơn vị thành viên</translation>
    </message>
    <message>
        <source>Tệp gói phải có đuôi {suffix} (ví dụ {example}{suffix}).</source>
        <translation>Tệp gói phải có đuôi {suffix} (ví dụ {example}{suffix}).</translation>
    </message>
    <message>
        <source>Tệp đính kèm “{name}” thiếu hoặc đã bị thay đổi trong thư mục dữ liệu: hãy gỡ và đính kèm lại bản gốc rồi gửi lại.</source>
        <translation>Tệp đính kèm “{name}” thiếu hoặc đã bị thay đổi trong thư mục dữ liệu: hãy gỡ và đính kèm lại bản gốc rồi gửi lại.</translation>
    </message>
    <message>
        <source>giấy tờ của cụm, khối</source>
        <translation>giấy tờ của cụm, khối</translation>
    </message>
    <message>
        <source>minh chứng của điểm tự chấm</source>
        <translation>minh chứng của điểm tự chấm</translation>
    </message>
    <message>
        <source>“{kind}” không phải {what}: chọn {choices}.</source>
        <translation>“{kind}” không phải {what}: chọn {choices}.</translation>
    </message>
    <message>
        <source>Tiêu chí {code}</source>
        <translation>Tiêu chí {code}</translation>
    </message>
    <message>
        <source>Tiêu chí {code} không có trong bảng chấm điểm (hoặc có tiêu chí con: đính minh chứng vào từng tiêu chí con).</source>
        <translation>Tiêu chí {code} không có trong bảng chấm điểm (hoặc có tiêu chí con: đính minh chứng vào từng tiêu chí con).</translation>
    </message>
    <message>
        <source>Hồ sơ của đề nghị #{id} đã gửi {receiver} ({status}): Hội đồng và quyết định khen thưởng là của cấp đó, kết quả được nhập từ gói kết quả họ gửi về.</source>
        <translation>Hồ sơ của đề nghị #{id} đã gửi {receiver} ({status}): Hội đồng và quyết định khen thưởng là của cấp đó, kết quả được nhập từ gói kết quả họ gửi về.</translation>
    </message>
    <message>
        <source>Hồ sơ của đề nghị #{id} đang ở {receiver} ({status}): không tự rút về được. Nếu cần sửa, hãy đề nghị {receiver} trả lại hồ sơ; nếu gói chưa đến nơi, gửi lại hồ sơ như cũ.</source>
        <translation>Hồ sơ của đề nghị #{id} đang ở {receiver} ({status}): không tự rút về được. Nếu cần sửa, hãy đề nghị {receiver} trả lại hồ sơ; nếu gói chưa đến nơi, gửi lại hồ sơ như cũ.</translation>
    </message>
    <message>
        <source>Đề nghị #{id} là hồ sơ nhận từ {sender}: giấy tờ của đề nghị và các dòng do cơ quan gửi; ở đây chỉ đính kèm vào quyết định.</source>
        <translation>Đề nghị #{id} là hồ sơ nhận từ {sender}: giấy tờ của đề nghị và các dòng do cơ quan gửi; ở đây chỉ đính kèm vào quyết định.</translation>
    </message>
    <message>
        <source>cơ quan mã {code}</source>
        <translation>cơ quan mã {code}</translation>
    </message>
    <message>
        <source>Cụm, khối do {organiser} tổ chức, bảng chấm điểm nhận từ cơ quan đó lúc {when}: ở đây các đơn vị tự chấm điểm rồi gửi lên.</source>
        <translation>Cụm, khối do {organiser} tổ chức, bảng chấm điểm nhận từ cơ quan đó lúc {when}: ở đây các đơn vị tự chấm điểm rồi gửi lên.</translation>
    </message>
    <message>
        <source>{name} do {organiser} tổ chức: thành viên, bảng chấm điểm, chấm chéo và công bố là việc của cơ quan đó (ở đây chỉ tự chấm điểm các đơn vị của mình).</source>
        <translation>{name} do {organiser} tổ chức: thành viên, bảng chấm điểm, chấm chéo và công bố là việc của cơ quan đó (ở đây chỉ tự chấm điểm các đơn vị của mình).</translation>
    </message>
    <message>
        <source>{unit} không thuộc phạm vi của {office}: điểm tự chấm của đơn vị do chính đơn vị ghi và gửi lên {organiser}.</source>
        <translation>{unit} không thuộc phạm vi của {office}: điểm tự chấm của đơn vị do chính đơn vị ghi và gửi lên {organiser}.</translation>
    </message>
    <message>
        <source>Đến hết ngày {due} các đơn vị còn tự chấm điểm: cụm, khối chấm chéo sau hạn đó (điểm ngày {day} chưa được ghi).</source>
        <translation>Đến hết ngày {due} các đơn vị còn tự chấm điểm: cụm, khối chấm chéo sau hạn đó (điểm ngày {day} chưa được ghi).</translation>
    </message>
    <message>
        <source>Các đơn vị còn tự chấm điểm đến hết ngày {due}: chưa công bố được.</source>
        <translation>Các đơn vị còn tự chấm điểm đến hết ngày {due}: chưa công bố được.</translation>
    </message>
    <message>
        <source>Đã lập đề nghị #{id} từ kết quả của {name} cho danh hiệu, hình thức này: hãy sửa đề nghị đó ở trang Khen thưởng.</source>
        <translation>Đã lập đề nghị #{id} từ kết quả của {name} cho danh hiệu, hình thức này: hãy sửa đề nghị đó ở trang Khen thưởng.</translation>
    </message>
    <message>
        <source>Công nhận an toàn về ANTT năm {year}{decision}</source>
        <translation>Công nhận an toàn về ANTT năm {year}{decision}</translation>
    </message>
    <message>
        <source>Chưa đạt an toàn về ANTT năm {year}</source>
        <translation>Chưa đạt an toàn về ANTT năm {year}</translation>
    </message>
    <message>
        <source>Công nhận nông thôn mới (QĐ {number} ngày {day})</source>
        <translation>Công nhận nông thôn mới (QĐ {number} ngày {day})</translation>
    </message>
    <message>
        <source>{met}/{evaluated} chỉ tiêu đạt, vượt năm {year}</source>
        <translation>{met}/{evaluated} chỉ tiêu đạt, vượt năm {year}</translation>
    </message>
    <message>
        <source>Chưa có công nhận nông thôn mới còn hiệu lực</source>
        <translation>Chưa có công nhận nông thôn mới còn hiệu lực</translation>
    </message>
    <message>
        <source>Mã mục thu, chi gồm chữ thường không dấu, chữ số, dấu gạch (tối đa {n} ký tự), ví dụ ngan_sach.</source>
        <translation>Mã mục thu, chi gồm chữ thường không dấu, chữ số, dấu gạch (tối đa {n} ký tự), ví dụ ngan_sach.</translation>
    </message>
    <message>
        <source>Hãy nhập tên mục thu, chi (tối đa {n} ký tự).</source>
        <translation>Hãy nhập tên mục thu, chi (tối đa {n} ký tự).</translation>
    </message>
    <message>
        <source>Đã có mục {kind} &quot;{name}&quot;.</source>
        <translation>Đã có mục {kind} &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>Không có mục &quot;{code}&quot; để thôi dùng.</source>
        <translation>Không có mục &quot;{code}&quot; để thôi dùng.</translation>
    </message>
    <message>
        <source>Sau thay đổi này, số dư quỹ của {unit} sẽ âm {amount} vào ngày {day}: quỹ không đủ tiền để chi. Hãy kiểm tra số tiền, hoặc xác nhận vẫn ghi.</source>
        <translation>Sau thay đổi này, số dư quỹ của {unit} sẽ âm {amount} vào ngày {day}: quỹ không đủ tiền để chi. Hãy kiểm tra số tiền, hoặc xác nhận vẫn ghi.</translation>
    </message>
    <message>
        <source>Không có mục {kind} &quot;{code}&quot;. Chọn một trong: {choices}.</source>
        <translation>Không có mục {kind} &quot;{code}&quot;. Chọn một trong: {choices}.</translation>
    </message>
    <message>
        <source>Không có quyết định khen thưởng #{id}.</source>
        <translation>Không có quyết định khen thưởng #{id}.</translation>
    </message>
    <message>
        <source>Quyết định số {number} khen thưởng theo đề nghị của {proposer}, không thuộc {unit}: quỹ của {unit} không chi tiền thưởng của quyết định này.</source>
        <translation>Quyết định số {number} khen thưởng theo đề nghị của {proposer}, không thuộc {unit}: quỹ của {unit} không chi tiền thưởng của quyết định này.</translation>
    </message>
    <message>
        <source>Hãy nhập số chứng từ (phiếu thu, phiếu chi).</source>
        <translation>Hãy nhập số chứng từ (phiếu thu, phiếu chi).</translation>
    </message>
    <message>
        <source>Số chứng từ dài quá {n} ký tự.</source>
        <translation>Số chứng từ dài quá {n} ký tự.</translation>
    </message>
    <message>
        <source>Nội dung dài quá {n} ký tự.</source>
        <translation>Nội dung dài quá {n} ký tự.</translation>
    </message>
    <message>
        <source>Chỉ khoản chi mới gắn với quyết định khen thưởng.</source>
        <translation>Chỉ khoản chi mới gắn với quyết định khen thưởng.</translation>
    </message>
    <message>
        <source>Mục {kind} &quot;{name}&quot; đã thôi dùng. Chọn một trong: {choices}.</source>
        <translation>Mục {kind} &quot;{name}&quot; đã thôi dùng. Chọn một trong: {choices}.</translation>
    </message>
    <message>
        <source>Không có dòng #{id} trong sổ quỹ.</source>
        <translation>Không có dòng #{id} trong sổ quỹ.</translation>
    </message>
    <message>
        <source>{who} đã sửa chứng từ {number} ({time}) sau khi bạn mở sổ quỹ: chưa xóa. Hãy xem bản mới rồi làm lại.</source>
        <translation>{who} đã sửa chứng từ {number} ({time}) sau khi bạn mở sổ quỹ: chưa xóa. Hãy xem bản mới rồi làm lại.</translation>
    </message>
    <message>
        <source>{who} đã sửa chứng từ {number} ({time}) sau khi bạn mở sổ quỹ: chưa lưu thay đổi của bạn. Hãy xem bản mới rồi làm lại.</source>
        <translation>{who} đã sửa chứng từ {number} ({time}) sau khi bạn mở sổ quỹ: chưa lưu thay đổi của bạn. Hãy xem bản mới rồi làm lại.</translation>
    </message>
    <message>
        <source>Hãy nhập số tiền (đồng), ví dụ 1.500.000.</source>
        <translation>Hãy nhập số tiền (đồng), ví dụ 1.500.000.</translation>
    </message>
    <message>
        <source>Quyết định số {number} không kèm tiền thưởng: hãy nhập số tiền.</source>
        <translation>Quyết định số {number} không kèm tiền thưởng: hãy nhập số tiền.</translation>
    </message>
    <message>
        <source>Tiền thưởng của quyết định số {number} ({total}) đã chi hết.</source>
        <translation>Tiền thưởng của quyết định số {number} ({total}) đã chi hết.</translation>
    </message>
    <message>
        <source>Quyết định số {number} có tổng tiền thưởng {total}, sổ quỹ đã chi {paid}: khoản chi {amount} vượt quá phần còn lại ({left}).</source>
        <translation>Quyết định số {number} có tổng tiền thưởng {total}, sổ quỹ đã chi {paid}: khoản chi {amount} vượt quá phần còn lại ({left}).</translation>
    </message>
    <message>
        <source>Tỷ lệ khu dân cư đạt an toàn về ANTT: {old} → {new}</source>
        <translation>Tỷ lệ khu dân cư đạt an toàn về ANTT: {old} → {new}</translation>
    </message>
    <message>
        <source>thêm “{name}” ở năm {year} thì danh sách các năm sau cũng có nó.</source>
        <translation>thêm “{name}” ở năm {year} thì danh sách các năm sau cũng có nó.</translation>
    </message>
    <message>
        <source>“{name}” là tên một khu dân cư của {unit} đã ghi không còn từ năm {since}: hãy đặt tên khác (tên khu dân cư không trùng nhau, kể cả tên đã thôi dùng).</source>
        <translation>“{name}” là tên một khu dân cư của {unit} đã ghi không còn từ năm {since}: hãy đặt tên khác (tên khu dân cư không trùng nhau, kể cả tên đã thôi dùng).</translation>
    </message>
    <message>
        <source>“{name}” là tên một khu dân cư của {unit} có trong danh sách từ năm {since}: hãy đặt tên khác.</source>
        <translation>“{name}” là tên một khu dân cư của {unit} có trong danh sách từ năm {since}: hãy đặt tên khác.</translation>
    </message>
    <message>
        <source>Khôi phục “{name}” (đã ghi không còn từ năm {since})</source>
        <translation>Khôi phục “{name}” (đã ghi không còn từ năm {since})</translation>
    </message>
    <message>
        <source>“{name}” có từ năm {year} (trước ghi từ năm {since})</source>
        <translation>“{name}” có từ năm {year} (trước ghi từ năm {since})</translation>
    </message>
    <message>
        <source>ghi “{name}” không còn từ năm {year} thì danh sách năm ấy cũng mất nó.</source>
        <translation>ghi “{name}” không còn từ năm {year} thì danh sách năm ấy cũng mất nó.</translation>
    </message>
    <message>
        <source>“{name}” có trong danh sách năm ấy nên không đổi tên, loại được. Nếu khu dân cư đổi từ năm {year}, hãy ghi “{name}” không còn và thêm khu dân cư mới.</source>
        <translation>“{name}” có trong danh sách năm ấy nên không đổi tên, loại được. Nếu khu dân cư đổi từ năm {year}, hãy ghi “{name}” không còn và thêm khu dân cư mới.</translation>
    </message>
    <message>
        <source>“{name}” có hai lần trong danh sách: mỗi khu dân cư một dòng.</source>
        <translation>“{name}” có hai lần trong danh sách: mỗi khu dân cư một dòng.</translation>
    </message>
    <message>
        <source>danh sách năm {year} đã ghi mà không có nó</source>
        <translation>danh sách năm {year} đã ghi mà không có nó</translation>
    </message>
    <message>
        <source>“{name}” được ghi đến hết năm {until}: danh sách năm {later} đã ghi không có nó (nếu vẫn còn, hãy thêm vào danh sách năm {later}).</source>
        <translation>“{name}” được ghi đến hết năm {until}: danh sách năm {later} đã ghi không có nó (nếu vẫn còn, hãy thêm vào danh sách năm {later}).</translation>
    </message>
    <message>
        <source>{words}; {limit}</source>
        <translation>{words}; {limit}</translation>
    </message>
    <message>
        <source>“{name}” đã có kết quả năm {later}: muốn ghi không còn từ năm {year}, hãy xóa kết quả năm {later} trước (đặt về chưa đánh giá, không ghi chú).</source>
        <translation>“{name}” đã có kết quả năm {later}: muốn ghi không còn từ năm {year}, hãy xóa kết quả năm {later} trước (đặt về chưa đánh giá, không ghi chú).</translation>
    </message>
    <message>
        <source>Khu dân cư “{name}” không còn trong danh sách năm {year}.</source>
        <translation>Khu dân cư “{name}” không còn trong danh sách năm {year}.</translation>
    </message>
    <message>
        <source>Năm {locked} đã khóa sổ: {why}</source>
        <translation>Năm {locked} đã khóa sổ: {why}</translation>
    </message>
    <message>
        <source>năm {year} đã khóa sổ</source>
        <translation>năm {year} đã khóa sổ</translation>
    </message>
    <message>
        <source>“{name}” đã ghi là không còn từ năm {since} ({problem}): nếu là khu dân cư khác cùng tên, hãy ghi tên phân biệt; nếu ghi nhầm, hãy thêm lại “{name}” ở danh sách năm {since}.</source>
        <translation>“{name}” đã ghi là không còn từ năm {since} ({problem}): nếu là khu dân cư khác cùng tên, hãy ghi tên phân biệt; nếu ghi nhầm, hãy thêm lại “{name}” ở danh sách năm {since}.</translation>
    </message>
    <message>
        <source>“{name}” có trong danh sách từ năm {since} ({problem}): nếu là khu dân cư khác cùng tên, hãy ghi tên phân biệt.</source>
        <translation>“{name}” có trong danh sách từ năm {since} ({problem}): nếu là khu dân cư khác cùng tên, hãy ghi tên phân biệt.</translation>
    </message>
    <message>
        <source>Năm {year} không có cụm, khối mã {code}.</source>
        <translation>Năm {year} không có cụm, khối mã {code}.</translation>
    </message>
    <message>
        <source>Chấm điểm — {name} — năm {year}</source>
        <translation>Chấm điểm — {name} — năm {year}</translation>
    </message>
    <message>
        <source>{title} ({stage})</source>
        <translation>{title} ({stage})</translation>
    </message>
    <message>
        <source>“{unit}” không phải thành viên của {name}.</source>
        <translation>“{unit}” không phải thành viên của {name}.</translation>
    </message>
    <message>
        <source>Không có tiêu chí chấm điểm mã “{code}” trong bảng của {name}.</source>
        <translation>Không có tiêu chí chấm điểm mã “{code}” trong bảng của {name}.</translation>
    </message>
    <message>
        <source>Dòng {row}: “{name}” không có trong danh sách năm {year} của {unit}; dòng ghi “{said}” được bỏ qua.</source>
        <translation>Dòng {row}: “{name}” không có trong danh sách năm {year} của {unit}; dòng ghi “{said}” được bỏ qua.</translation>
    </message>
    <message>
        <source>{unit}: không tính lại được tỷ lệ khu dân cư đạt ({reason}), nên các dòng của xã, phường này chưa được ghi.</source>
        <translation>{unit}: không tính lại được tỷ lệ khu dân cư đạt ({reason}), nên các dòng của xã, phường này chưa được ghi.</translation>
    </message>
    <message>
        <source>Chỉ tiêu giao — {code} — năm {year}</source>
        <translation>Chỉ tiêu giao — {code} — năm {year}</translation>
    </message>
    <message>
        <source>Chỉ tiêu “{code}” không giao bằng bảng tính được (không có trong phong trào {campaign}, hoặc được tính tự động).</source>
        <translation>Chỉ tiêu “{code}” không giao bằng bảng tính được (không có trong phong trào {campaign}, hoặc được tính tự động).</translation>
    </message>
    <message>
        <source>Máy này không có kho mật khẩu của hệ điều hành nên không ghi nhớ được mật khẩu. Hãy bỏ chọn “Ghi nhớ mật khẩu” và ghi mật khẩu vào tệp mật khẩu của PostgreSQL (PGPASSFILE; trên Windows: %APPDATA%\postgresql\pgpass.conf), hoặc hỏi bộ phận công nghệ thông tin.</source>
        <translation>Máy này không có kho mật khẩu của hệ điều hành nên không ghi nhớ được mật khẩu. Hãy bỏ chọn “Ghi nhớ mật khẩu” và ghi mật khẩu vào tệp mật khẩu của PostgreSQL (PGPASSFILE; trên Windows: %APPDATA%\postgresql\pgpass.conf), hoặc hỏi bộ phận công nghệ thông tin.</translation>
    </message>
    <message>
        <source>Chưa cài thư viện keyring nên không ghi nhớ được mật khẩu: pip install thidua-desktop[server], hoặc bỏ chọn “Ghi nhớ mật khẩu”.</source>
        <translation>Chưa cài thư viện keyring nên không ghi nhớ được mật khẩu: pip install thidua-desktop[server], hoặc bỏ chọn “Ghi nhớ mật khẩu”.</translation>
    </message>
    <message>
        <source>Máy chủ {where} đang chỉ cho đọc (máy chủ dự phòng hoặc đang bảo trì) nên chưa ghi được. Hãy hỏi bộ phận công nghệ thông tin. Thay đổi vừa rồi chưa được lưu.</source>
        <translation>Máy chủ {where} đang chỉ cho đọc (máy chủ dự phòng hoặc đang bảo trì) nên chưa ghi được. Hãy hỏi bộ phận công nghệ thông tin. Thay đổi vừa rồi chưa được lưu.</translation>
    </message>
    <message>
        <source>Tài khoản máy chủ của bạn chưa được cấp quyền trên cơ sở dữ liệu {where}. Hãy nhờ quản trị viên cấp quyền (GRANT) rồi thử lại. Thay đổi vừa rồi chưa được lưu.</source>
        <translation>Tài khoản máy chủ của bạn chưa được cấp quyền trên cơ sở dữ liệu {where}. Hãy nhờ quản trị viên cấp quyền (GRANT) rồi thử lại. Thay đổi vừa rồi chưa được lưu.</translation>
    </message>
    <message>
        <source>Ổ đĩa của máy chủ {where} đã đầy. Hãy báo bộ phận công nghệ thông tin. Thay đổi vừa rồi chưa được lưu; dữ liệu đã có không bị ảnh hưởng.</source>
        <translation>Ổ đĩa của máy chủ {where} đã đầy. Hãy báo bộ phận công nghệ thông tin. Thay đổi vừa rồi chưa được lưu; dữ liệu đã có không bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu trên máy chủ {where} đang bận (cán bộ khác đang ghi). Hãy thử lại sau ít phút. Thay đổi vừa rồi chưa được lưu.</source>
        <translation>Cơ sở dữ liệu trên máy chủ {where} đang bận (cán bộ khác đang ghi). Hãy thử lại sau ít phút. Thay đổi vừa rồi chưa được lưu.</translation>
    </message>
    <message>
        <source>Mất kết nối với máy chủ {where}. Hãy kiểm tra mạng rồi thử lại. Thay đổi vừa rồi chưa được lưu (nếu đang ghi).</source>
        <translation>Mất kết nối với máy chủ {where}. Hãy kiểm tra mạng rồi thử lại. Thay đổi vừa rồi chưa được lưu (nếu đang ghi).</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu trên máy chủ {where} chưa có hoặc ở lược đồ cũ ({revision}); ứng dụng không tự nâng cấp cơ sở dữ liệu dùng chung. Quản trị viên hãy chạy: thidua-desktop --database ĐỊA-CHỈ init</source>
        <translation>Cơ sở dữ liệu trên máy chủ {where} chưa có hoặc ở lược đồ cũ ({revision}); ứng dụng không tự nâng cấp cơ sở dữ liệu dùng chung. Quản trị viên hãy chạy: thidua-desktop --database ĐỊA-CHỈ init</translation>
    </message>
    <message>
        <source>Không kết nối được máy chủ cơ sở dữ liệu {url}: {detail}. Hãy kiểm tra địa chỉ, tên người dùng, mật khẩu và mạng, hoặc hỏi bộ phận công nghệ thông tin.</source>
        <translation>Không kết nối được máy chủ cơ sở dữ liệu {url}: {detail}. Hãy kiểm tra địa chỉ, tên người dùng, mật khẩu và mạng, hoặc hỏi bộ phận công nghệ thông tin.</translation>
    </message>
    <message>
        <source>Chế độ máy chủ chỉ dùng PostgreSQL (địa chỉ bắt đầu bằng postgresql://), không dùng {scheme}.</source>
        <translation>Chế độ máy chủ chỉ dùng PostgreSQL (địa chỉ bắt đầu bằng postgresql://), không dùng {scheme}.</translation>
    </message>
    <message>
        <source>Địa chỉ cơ sở dữ liệu không hợp lệ: {url}. Dạng đúng: postgresql://người-dùng@máy-chủ:5432/tên-cơ-sở-dữ-liệu</source>
        <translation>Địa chỉ cơ sở dữ liệu không hợp lệ: {url}. Dạng đúng: postgresql://người-dùng@máy-chủ:5432/tên-cơ-sở-dữ-liệu</translation>
    </message>
    <message>
        <source>Chế độ máy chủ cần thư viện psycopg, chưa cài trên máy này: pip install thidua-desktop[server] (bản cài đặt Windows đã có sẵn).</source>
        <translation>Chế độ máy chủ cần thư viện psycopg, chưa cài trên máy này: pip install thidua-desktop[server] (bản cài đặt Windows đã có sẵn).</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu trên máy chủ đã có bảng nhưng không phải của ứng dụng này: hãy dùng một cơ sở dữ liệu trống.</source>
        <translation>Cơ sở dữ liệu trên máy chủ đã có bảng nhưng không phải của ứng dụng này: hãy dùng một cơ sở dữ liệu trống.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Cài đặt</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Cơ quan sử dụng</source>
        <translation>Cơ quan sử dụng</translation>
    </message>
    <message>
        <source>Đổi cơ quan, người sử dụng…</source>
        <translation>Đổi cơ quan, người sử dụng…</translation>
    </message>
    <message>
        <source>Cơ quan:</source>
        <translation>Cơ quan:</translation>
    </message>
    <message>
        <source>Cấp:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <source>Người sử dụng:</source>
        <translation>Người sử dụng:</translation>
    </message>
    <message>
        <source>Mã bản cài đặt:</source>
        <translation>Mã bản cài đặt:</translation>
    </message>
    <message>
        <source>Dữ liệu</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Mở thư mục dữ liệu</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Thư mục:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>Máy chủ dữ liệu…</source>
        <translation>Máy chủ dữ liệu…</translation>
    </message>
    <message>
        <source>Nhiều cán bộ cùng làm việc trên cơ sở dữ liệu PostgreSQL của tỉnh</source>
        <translation>Nhiều cán bộ cùng làm việc trên cơ sở dữ liệu PostgreSQL của tỉnh</translation>
    </message>
    <message>
        <source>Giao diện</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện:</source>
        <translation>Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <source>Số liệu luôn hiển thị theo quy ước Việt Nam (1.234,5; ngày dd/MM/yyyy); báo cáo luôn in bằng tiếng Việt.</source>
        <translation>Số liệu luôn hiển thị theo quy ước Việt Nam (1.234,5; ngày dd/MM/yyyy); báo cáo luôn in bằng tiếng Việt.</translation>
    </message>
    <message>
        <source>Phiên bản {0}</source>
        <translation>Phiên bản {0}</translation>
    </message>
    <message>
        <source>Chưa thiết lập</source>
        <translation>Chưa thiết lập</translation>
    </message>
    <message>
        <source>{name} (mã {code})</source>
        <translation>{name} (mã {code})</translation>
    </message>
    <message>
        <source>Đã lưu. Ngôn ngữ mới được dùng từ lần mở ứng dụng sau.</source>
        <translation>Đã lưu. Ngôn ngữ mới được dùng từ lần mở ứng dụng sau.</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Đã lưu lựa chọn. Hãy đóng và mở lại ứng dụng để dùng ngôn ngữ mới.</source>
        <translation>Đã lưu lựa chọn. Hãy đóng và mở lại ứng dụng để dùng ngôn ngữ mới.</translation>
    </message>
</context>
<context>
    <name>ShareChart</name>
    <message>
        <source>Tỷ lệ đạt (%)</source>
        <translation>Tỷ lệ đạt (%)</translation>
    </message>
    <message>
        <source>Chỉ tiêu ≥ {0}%</source>
        <translation>Chỉ tiêu ≥ {0}%</translation>
    </message>
    <message>
        <source>Đạt cả hai (%)</source>
        <translation>Đạt cả hai (%)</translation>
    </message>
    <message>
        <source>Tỷ lệ đơn vị đạt cả hai (%)</source>
        <translation>Tỷ lệ đơn vị đạt cả hai (%)</translation>
    </message>
    <message>
        <source>Tỷ lệ (%)</source>
        <translation>Tỷ lệ (%)</translation>
    </message>
    <message>
        <source>Tỷ lệ đạt cả hai (xanh: đạt chỉ tiêu; cam: dưới chỉ tiêu)</source>
        <translation>Tỷ lệ đạt cả hai (xanh: đạt chỉ tiêu; cam: dưới chỉ tiêu)</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <source>Lưu mẫu Excel</source>
        <translation>Lưu mẫu Excel</translation>
    </message>
    <message>
        <source>Sổ làm việc Excel (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Chọn tệp Excel để nhập</source>
        <translation>Chọn tệp Excel để nhập</translation>
    </message>
    <message>
        <source>Sổ làm việc Excel (*.xlsx *.xlsm)</source>
        <translation>Sổ làm việc Excel (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>Đang đọc tệp Excel…</source>
        <translation>Đang đọc tệp Excel…</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Nhập từ Excel — xem trước</source>
        <translation>Nhập từ Excel — xem trước</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Vị trí</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Bỏ qua các giá trị bị từ chối, nhập phần còn lại</source>
        <translation>Bỏ qua các giá trị bị từ chối, nhập phần còn lại</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Từ chối</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Chuyển mã</source>
        <translation>Chuyển mã</translation>
    </message>
    <message>
        <source>Lưu ý</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Thay đổi: {0} · giữ nguyên: {1} · ô trống (giữ số liệu đã có): {2} · bị từ chối: {3}</source>
        <translation>Thay đổi: {0} · giữ nguyên: {1} · ô trống (giữ số liệu đã có): {2} · bị từ chối: {3}</translation>
    </message>
    <message>
        <source>Đã nhập. Bản sao lưu trước khi nhập: {0}.</source>
        <translation>Đã nhập. Bản sao lưu trước khi nhập: {0}.</translation>
    </message>
    <message>
        <source>Có giá trị bị từ chối: chưa nhập gì. Hãy sửa tệp rồi chọn lại, hoặc bỏ qua các giá trị đó.</source>
        <translation>Có giá trị bị từ chối: chưa nhập gì. Hãy sửa tệp rồi chọn lại, hoặc bỏ qua các giá trị đó.</translation>
    </message>
    <message>
        <source>Chưa thay đổi gì: bấm Nhập để nhập.</source>
        <translation>Chưa thay đổi gì: bấm Nhập để nhập.</translation>
    </message>
    <message>
        <source>Đang nhập từ Excel…</source>
        <translation>Đang nhập từ Excel…</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Sửa công chức</source>
        <translation>Sửa công chức</translation>
    </message>
    <message>
        <source>Thêm công chức làm công tác TĐKT</source>
        <translation>Thêm công chức làm công tác TĐKT</translation>
    </message>
    <message>
        <source>(không ghi)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <source>Năm sinh:</source>
        <translation>Năm sinh:</translation>
    </message>
    <message>
        <source>Trình độ đào tạo:</source>
        <translation>Trình độ đào tạo:</translation>
    </message>
    <message>
        <source>Làm công tác TĐKT từ năm:</source>
        <translation>Làm công tác TĐKT từ năm:</translation>
    </message>
    <message>
        <source>Đến năm:</source>
        <translation>Đến năm:</translation>
    </message>
    <message>
        <source>Thuộc tổ chức:</source>
        <translation>Thuộc tổ chức:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Hãy nhập họ và tên.</source>
        <translation>Hãy nhập họ và tên.</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>Theo danh hiệu, hình thức</source>
        <translation>Theo danh hiệu, hình thức</translation>
    </message>
    <message>
        <source>Theo đơn vị</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <source>Tỷ lệ khống chế và cảnh báo</source>
        <translation>Tỷ lệ khống chế và cảnh báo</translation>
    </message>
    <message>
        <source>&lt;b&gt;{scope}, năm {year}&lt;/b&gt; — {proposed} lượt đề nghị, {decided} đã quyết định. Người lao động trực tiếp: &lt;b&gt;{direct}&lt;/b&gt; ({direct_n}/{individuals} cá nhân được khen). Khen thưởng đột xuất: &lt;b&gt;{ad_hoc}&lt;/b&gt; ({ad_hoc_n} lượt). Áp dụng: {rules}.</source>
        <translation>&lt;b&gt;{scope}, năm {year}&lt;/b&gt; — {proposed} lượt đề nghị, {decided} đã quyết định. Người lao động trực tiếp: &lt;b&gt;{direct}&lt;/b&gt; ({direct_n}/{individuals} cá nhân được khen). Khen thưởng đột xuất: &lt;b&gt;{ad_hoc}&lt;/b&gt; ({ad_hoc_n} lượt). Áp dụng: {rules}.</translation>
    </message>
    <message>
        <source>Không có cảnh báo theo quy định.</source>
        <translation>Không có cảnh báo theo quy định.</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <source>Vượt</source>
        <translation>Vượt</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Chưa có số liệu</source>
        <translation>Chưa có số liệu</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Trình đề nghị khen thưởng</source>
        <translation>Trình đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>ví dụ 38/TTr-UBND</source>
        <translation>ví dụ 38/TTr-UBND</translation>
    </message>
    <message>
        <source>Trình</source>
        <translation>Trình</translation>
    </message>
    <message>
        <source>Ngày trình:</source>
        <translation>Ngày trình:</translation>
    </message>
    <message>
        <source>Số tờ trình:</source>
        <translation>Số tờ trình:</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Quận, huyện</source>
        <translation>Quận, huyện</translation>
    </message>
    <message>
        <source>Số đơn vị</source>
        <translation>Số đơn vị</translation>
    </message>
    <message>
        <source>&quot;3 không&quot;</source>
        <translation>&quot;3 không&quot;</translation>
    </message>
    <message>
        <source>An toàn ANTT</source>
        <translation>An toàn ANTT</translation>
    </message>
    <message>
        <source>Đạt cả hai</source>
        <translation>Đạt cả hai</translation>
    </message>
    <message>
        <source>So với chỉ tiêu</source>
        <translation>So với chỉ tiêu</translation>
    </message>
    <message>
        <source>Năm trước (cả hai)</source>
        <translation>Năm trước (cả hai)</translation>
    </message>
    <message>
        <source>Mới đạt</source>
        <translation>Mới đạt</translation>
    </message>
    <message>
        <source>Không còn đạt</source>
        <translation>Không còn đạt</translation>
    </message>
    <message>
        <source>{recorded} trên {units} đơn vị đã có số liệu</source>
        <translation>{recorded} trên {units} đơn vị đã có số liệu</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Nhấp đúp để xem các đơn vị chưa đạt của quận, huyện</source>
        <translation>Nhấp đúp để xem các đơn vị chưa đạt của quận, huyện</translation>
    </message>
    <message>
        <source>Tỷ lệ xã, phường, thị trấn đạt &quot;3 không&quot; và an toàn ANTT năm {0}</source>
        <translation>Tỷ lệ xã, phường, thị trấn đạt &quot;3 không&quot; và an toàn ANTT năm {0}</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Thuộc tiêu chí</source>
        <translation>Thuộc tiêu chí</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Điểm tối đa</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Gợi ý điểm từ dữ liệu</source>
        <translation>Gợi ý điểm từ dữ liệu</translation>
    </message>
    <message>
        <source>Bảng chấm điểm {name}</source>
        <translation>Bảng chấm điểm {name}</translation>
    </message>
    <message>
        <source>Thêm dòng</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>Xóa dòng</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>ví dụ 2, 1.1</source>
        <translation>ví dụ 2, 1.1</translation>
    </message>
    <message>
        <source>Tiêu chí con ghi mã tiêu chí cha ở cột “Thuộc tiêu chí”; các tiêu chí con cộng lại không vượt điểm tối đa của tiêu chí cha. Điểm thưởng, điểm trừ là mục ở cấp đầu.</source>
        <translation>Tiêu chí con ghi mã tiêu chí cha ở cột “Thuộc tiêu chí”; các tiêu chí con cộng lại không vượt điểm tối đa của tiêu chí cha. Điểm thưởng, điểm trừ là mục ở cấp đầu.</translation>
    </message>
    <message>
        <source>Bằng điểm thì xét theo tiêu chí:</source>
        <translation>Bằng điểm thì xét theo tiêu chí:</translation>
    </message>
    <message>
        <source>(không)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <source>Dòng {n}, điểm tối đa: {reason}</source>
        <translation>Dòng {n}, điểm tối đa: {reason}</translation>
    </message>
</context>
<context>
    <name>TargetGridDialog</name>
    <message>
        <source>Giao chỉ tiêu theo bảng — năm {0}</source>
        <translation>Giao chỉ tiêu theo bảng — năm {0}</translation>
    </message>
    <message>
        <source>khoảng: cận dưới - cận trên</source>
        <translation>khoảng: cận dưới - cận trên</translation>
    </message>
    <message>
        <source>Gõ số kiểu Việt Nam (“5.600”, “9,5”; khoảng: “9,5 - 10”); để trống là không giao. Dán một khối ô từ Excel bằng Ctrl+V; Ctrl+D điền xuống; Ctrl+Z hoàn tác, Ctrl+Y làm lại.</source>
        <translation>Gõ số kiểu Việt Nam (“5.600”, “9,5”; khoảng: “9,5 - 10”); để trống là không giao. Dán một khối ô từ Excel bằng Ctrl+V; Ctrl+D điền xuống; Ctrl+Z hoàn tác, Ctrl+Y làm lại.</translation>
    </message>
    <message>
        <source>Dán từ Excel</source>
        <translation>Dán từ Excel</translation>
    </message>
    <message>
        <source>Điền xuống</source>
        <translation>Điền xuống</translation>
    </message>
    <message>
        <source>Chép ô đầu của vùng chọn xuống các ô bên dưới (Ctrl+D): giao chỉ tiêu chung cho mọi đơn vị.</source>
        <translation>Chép ô đầu của vùng chọn xuống các ô bên dưới (Ctrl+D): giao chỉ tiêu chung cho mọi đơn vị.</translation>
    </message>
    <message>
        <source>Chép từ năm trước</source>
        <translation>Chép từ năm trước</translation>
    </message>
    <message>
        <source>Điền các ô còn trống bằng chỉ tiêu năm {0} ({1}); ô đã có giữ nguyên.</source>
        <translation>Điền các ô còn trống bằng chỉ tiêu năm {0} ({1}); ô đã có giữ nguyên.</translation>
    </message>
    <message>
        <source>Năm {0} không có chỉ tiêu nào của các đơn vị và chỉ tiêu này.</source>
        <translation>Năm {0} không có chỉ tiêu nào của các đơn vị và chỉ tiêu này.</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Đã chép {0} chỉ tiêu năm {1} vào ô còn trống; chưa lưu.</source>
        <translation>Đã chép {0} chỉ tiêu năm {1} vào ô còn trống; chưa lưu.</translation>
    </message>
    <message>
        <source>{0} ô đã sửa, chưa lưu.</source>
        <translation>{0} ô đã sửa, chưa lưu.</translation>
    </message>
    <message>
        <source>Không có thay đổi chưa lưu.</source>
        <translation>Không có thay đổi chưa lưu.</translation>
    </message>
    <message>
        <source>Đã lưu {0} chỉ tiêu.</source>
        <translation>Đã lưu {0} chỉ tiêu.</translation>
    </message>
    <message>
        <source>Chỉ tiêu chưa lưu</source>
        <translation>Chỉ tiêu chưa lưu</translation>
    </message>
    <message>
        <source>Có {0} ô đã sửa nhưng chưa lưu. Lưu trước khi đóng?</source>
        <translation>Có {0} ô đã sửa nhưng chưa lưu. Lưu trước khi đóng?</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Đơn vị tính</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Cách đánh giá</source>
        <translation>Cách đánh giá</translation>
    </message>
    <message>
        <source>Giá trị (cận dưới)</source>
        <translation>Giá trị (cận dưới)</translation>
    </message>
    <message>
        <source>Cận trên</source>
        <translation>Cận trên</translation>
    </message>
    <message>
        <source>Sửa chỉ tiêu {0}</source>
        <translation>Sửa chỉ tiêu {0}</translation>
    </message>
</context>
<context>
    <name>TdktPanel</name>
    <message>
        <source>đến nay</source>
        <translation>đến nay</translation>
    </message>
    <message>
        <source>Năm kết thúc ({until}) không được trước năm bắt đầu ({since}).</source>
        <translation>Năm kết thúc ({until}) không được trước năm bắt đầu ({since}).</translation>
    </message>
    <message>
        <source>Tổ chức, công chức làm công tác thi đua, khen thưởng</source>
        <translation>Tổ chức, công chức làm công tác thi đua, khen thưởng</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Biểu thống kê 0604 và 0605 (Báo cáo › Biểu 0604, 0605) đếm các tổ chức và công chức có trong năm báo cáo: ghi năm bắt đầu và, khi đã thôi, năm kết thúc.</source>
        <translation>Biểu thống kê 0604 và 0605 (Báo cáo › Biểu 0604, 0605) đếm các tổ chức và công chức có trong năm báo cáo: ghi năm bắt đầu và, khi đã thôi, năm kết thúc.</translation>
    </message>
    <message>
        <source>Thêm tổ chức…</source>
        <translation>Thêm tổ chức…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Thêm công chức…</source>
        <translation>Thêm công chức…</translation>
    </message>
    <message>
        <source>Tổ chức (biểu 0604)</source>
        <translation>Tổ chức (biểu 0604)</translation>
    </message>
    <message>
        <source>Công chức (biểu 0605)</source>
        <translation>Công chức (biểu 0605)</translation>
    </message>
    <message>
        <source>Đã lưu tổ chức.</source>
        <translation>Đã lưu tổ chức.</translation>
    </message>
    <message>
        <source>Xóa tổ chức “{name}”? Công chức của tổ chức này vẫn được giữ.</source>
        <translation>Xóa tổ chức “{name}”? Công chức của tổ chức này vẫn được giữ.</translation>
    </message>
    <message>
        <source>Đã xóa tổ chức.</source>
        <translation>Đã xóa tổ chức.</translation>
    </message>
    <message>
        <source>Đã lưu công chức.</source>
        <translation>Đã lưu công chức.</translation>
    </message>
    <message>
        <source>Xóa “{name}” khỏi danh sách công chức làm công tác TĐKT?</source>
        <translation>Xóa “{name}” khỏi danh sách công chức làm công tác TĐKT?</translation>
    </message>
    <message>
        <source>Đã xóa công chức.</source>
        <translation>Đã xóa công chức.</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>Tên đơn vị</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Hết hiệu lực sau ngày {date}</source>
        <translation>Hết hiệu lực sau ngày {date}</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Đơn vị hành chính</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <source>Tìm theo tên hoặc mã — gõ không dấu cũng được, ví dụ: thanh quoi</source>
        <translation>Tìm theo tên hoặc mã — gõ không dấu cũng được, ví dụ: thanh quoi</translation>
    </message>
    <message>
        <source>Các đơn vị có hiệu lực vào ngày này (từ 01/07/2025: tỉnh - xã, không còn cấp huyện; mã của một số đơn vị được dùng lại cho đơn vị khác)</source>
        <translation>Các đơn vị có hiệu lực vào ngày này (từ 01/07/2025: tỉnh - xã, không còn cấp huyện; mã của một số đơn vị được dùng lại cho đơn vị khác)</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>30/06/2025</source>
        <translation>30/06/2025</translation>
    </message>
    <message>
        <source>Ngày cuối cùng của cấp huyện</source>
        <translation>Ngày cuối cùng của cấp huyện</translation>
    </message>
    <message>
        <source>Đơn vị có hiệu lực ngày:</source>
        <translation>Đơn vị có hiệu lực ngày:</translation>
    </message>
    <message>
        <source>Thông tin đơn vị</source>
        <translation>Thông tin đơn vị</translation>
    </message>
    <message>
        <source>Tên đầy đủ:</source>
        <translation>Tên đầy đủ:</translation>
    </message>
    <message>
        <source>Mã đơn vị:</source>
        <translation>Mã đơn vị:</translation>
    </message>
    <message>
        <source>Loại, cấp:</source>
        <translation>Loại, cấp:</translation>
    </message>
    <message>
        <source>Trực thuộc:</source>
        <translation>Trực thuộc:</translation>
    </message>
    <message>
        <source>Hiệu lực:</source>
        <translation>Hiệu lực:</translation>
    </message>
    <message>
        <source>Đơn vị trực thuộc:</source>
        <translation>Đơn vị trực thuộc:</translation>
    </message>
    <message>
        <source>Tiền thân:</source>
        <translation>Tiền thân:</translation>
    </message>
    <message>
        <source>Kế thừa:</source>
        <translation>Kế thừa:</translation>
    </message>
    <message>
        <source>Số liệu qua các năm (của đơn vị và đơn vị tiền thân)</source>
        <translation>Số liệu qua các năm (của đơn vị và đơn vị tiền thân)</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>3 không, ANTT</source>
        <translation>3 không, ANTT</translation>
    </message>
    <message>
        <source>NTM</source>
        <translation>NTM</translation>
    </message>
    <message>
        <source>Đơn vị có số liệu: chính đơn vị hoặc đơn vị tiền thân của nó</source>
        <translation>Đơn vị có số liệu: chính đơn vị hoặc đơn vị tiền thân của nó</translation>
    </message>
    <message>
        <source>Số kết quả chỉ tiêu đã nhập</source>
        <translation>Số kết quả chỉ tiêu đã nhập</translation>
    </message>
    <message>
        <source>“3 không” và an toàn về an ninh, trật tự</source>
        <translation>“3 không” và an toàn về an ninh, trật tự</translation>
    </message>
    <message>
        <source>Quyết định công nhận nông thôn mới trong năm</source>
        <translation>Quyết định công nhận nông thôn mới trong năm</translation>
    </message>
    <message>
        <source>Tìm thấy {0} đơn vị</source>
        <translation>Tìm thấy {0} đơn vị</translation>
    </message>
    <message>
        <source>Không tìm thấy đơn vị nào</source>
        <translation>Không tìm thấy đơn vị nào</translation>
    </message>
    <message>
        <source>Chọn một đơn vị trong cây để xem thông tin.</source>
        <translation>Chọn một đơn vị trong cây để xem thông tin.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>của đơn vị</source>
        <translation>của đơn vị</translation>
    </message>
    <message>
        <source>tiền thân, toàn bộ</source>
        <translation>tiền thân, toàn bộ</translation>
    </message>
    <message>
        <source>tiền thân, một phần</source>
        <translation>tiền thân, một phần</translation>
    </message>
    <message>
        <source>Số liệu qua các năm (của đơn vị và đơn vị tiền thân): {0} dòng</source>
        <translation>Số liệu qua các năm (của đơn vị và đơn vị tiền thân): {0} dòng</translation>
    </message>
    <message>
        <source>Chưa có số liệu của đơn vị và đơn vị tiền thân.</source>
        <translation>Chưa có số liệu của đơn vị và đơn vị tiền thân.</translation>
    </message>
    <message>
        <source>đạt</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>chưa đạt</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>không có</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>toàn bộ</source>
        <translation>toàn bộ</translation>
    </message>
    <message>
        <source>một phần</source>
        <translation>một phần</translation>
    </message>
    <message>
        <source>{name} ({code}), {part}, từ {day}</source>
        <translation>{name} ({code}), {part}, từ {day}</translation>
    </message>
    <message>
        <source> — theo {basis}</source>
        <translation> — theo {basis}</translation>
    </message>
    <message>
        <source> (chưa đối chiếu được với nghị quyết)</source>
        <translation> (chưa đối chiếu được với nghị quyết)</translation>
    </message>
    <message>
        <source>{count} {kind}</source>
        <translation>{count} {kind}</translation>
    </message>
    <message>
        <source>{count} đơn vị {level} ({detail})</source>
        <translation>{count} đơn vị {level} ({detail})</translation>
    </message>
    <message>
        <source>{count} đơn vị {level}</source>
        <translation>{count} đơn vị {level}</translation>
    </message>
    <message>
        <source>Chưa có đơn vị nào.</source>
        <translation>Chưa có đơn vị nào.</translation>
    </message>
    <message>
        <source>từ {start} đến hết {end}</source>
        <translation>từ {start} đến hết {end}</translation>
    </message>
    <message>
        <source>đến hết ngày {end}</source>
        <translation>đến hết ngày {end}</translation>
    </message>
    <message>
        <source>từ ngày {start}</source>
        <translation>từ ngày {start}</translation>
    </message>
    <message>
        <source>không giới hạn</source>
        <translation>không giới hạn</translation>
    </message>
</context>
<context>
    <name>YearOverviewPage</name>
    <message>
        <source>Chưa chọn cơ quan sử dụng: bấm “Đổi…” ở góc trên bên phải để chọn.</source>
        <translation>Chưa chọn cơ quan sử dụng: bấm “Đổi…” ở góc trên bên phải để chọn.</translation>
    </message>
</context>
<context>
    <name>_DelayedProgress</name>
    <message>
        <source>Đang xử lý</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Đang hủy, vui lòng chờ…</source>
        <translation>Đang hủy, vui lòng chờ…</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>_SetPage</name>
    <message>
        <source>Đánh dấu tất cả đạt</source>
        <translation>Đánh dấu tất cả đạt</translation>
    </message>
    <message>
        <source>chưa đánh giá</source>
        <translation>chưa đánh giá</translation>
    </message>
    <message>
        <source>⚑ Tiêu chí nêu tên trong điều kiện thu hồi (QĐ 18/2022/QĐ-TTg).</source>
        <translation>⚑ Tiêu chí nêu tên trong điều kiện thu hồi (QĐ 18/2022/QĐ-TTg).</translation>
    </message>
    <message>
        <source>giá trị (nếu có)</source>
        <translation>giá trị (nếu có)</translation>
    </message>
    <message>
        <source>minh chứng: báo cáo, số liệu…</source>
        <translation>minh chứng: báo cáo, số liệu…</translation>
    </message>
    <message>
        <source>chưa đạt</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Đạt {0}/{1}&lt;/b&gt; · chưa đạt {2} · chưa đánh giá {3}</source>
        <translation>&lt;b&gt;Đạt {0}/{1}&lt;/b&gt; · chưa đạt {2} · chưa đánh giá {3}</translation>
    </message>
</context>
</TS>
