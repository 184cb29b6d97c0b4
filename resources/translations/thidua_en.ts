<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name></name>
    <message>
        <source>Gói dữ liệu thi đua (*.tdkt)</source>
        <translation>Emulation data package (*.tdkt)</translation>
    </message>
    <message>
        <source>Gửi điểm tự chấm</source>
        <translation>Send self-scores</translation>
    </message>
    <message>
        <source>Gửi bảng chấm điểm</source>
        <translation>Send scoring table</translation>
    </message>
    <message>
        <source>Đã ghi gói số {n}: {name}.</source>
        <translation>Package no. {n} written: {name}.</translation>
    </message>
    <message>
        <source>{name} ({code}), năm {year}.</source>
        <translation>{name} ({code}), year {year}.</translation>
    </message>
    <message>
        <source>Gửi: {who}.</source>
        <translation>To: {who}.</translation>
    </message>
    <message>
        <source>Đơn vị ({n}): {names}.</source>
        <translation>Units ({n}): {names}.</translation>
    </message>
    <message>
        <source>Bảng chấm điểm: {n} tiêu chí.</source>
        <translation>Scoring table: {n} criteria.</translation>
    </message>
    <message>
        <source>Kết quả đã công bố: gửi kèm điểm của các thành viên ({n} dòng).</source>
        <translation>Results published: the members&apos; points are included ({n} lines).</translation>
    </message>
    <message>
        <source>Điểm tự chấm: {n} tiêu chí.</source>
        <translation>Self-scores: {n} criteria.</translation>
    </message>
    <message>
        <source>Tệp đính kèm: {n}.</source>
        <translation>Attached files: {n}.</translation>
    </message>
    <message>
        <source>, tiêu chí {code}</source>
        <translation>, criterion {code}</translation>
    </message>
    <message>
        <source>Nhận gói cụm, khối thi đua</source>
        <translation>Receive an emulation cluster package</translation>
    </message>
    <message>
        <source>Gói này đã được nhận lúc {when}: không thay đổi gì.</source>
        <translation>This package was received at {when}: nothing changes.</translation>
    </message>
    <message>
        <source>Đã nhận gói {name}.</source>
        <translation>Package {name} received.</translation>
    </message>
    <message>
        <source>Gói {kind} số {n} của {producer} ({signature}).</source>
        <translation>Package ({kind}) no. {n} from {producer} ({signature}).</translation>
    </message>
    <message>
        <source>Đơn vị: {names}.</source>
        <translation>Units: {names}.</translation>
    </message>
    <message>
        <source>Tệp đính kèm: {names}.</source>
        <translation>Attached files: {names}.</translation>
    </message>
</context>
<context>
    <name>AreasDialog</name>
    <message>
        <source>Khu dân cư — {0}</source>
        <translation>Residential areas — {0}</translation>
    </message>
    <message>
        <source>Năm {0}. Kỳ đánh giá khu dân cư: từ {1} đến {2} (Thông tư 124/2021/TT-BCA). Xã, phường đạt khi ít nhất {3}% khu dân cư được công nhận.</source>
        <translation>Year {0}. Residential areas are evaluated from {1} to {2} (Circular 124/2021/TT-BCA). A commune or ward meets the standard when at least {3}% of its residential areas are recognised.</translation>
    </message>
    <message>
        <source>Tên khu dân cư</source>
        <translation>Residential area</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Kết quả ANTT</source>
        <translation>Security result</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Thêm khu dân cư</source>
        <translation>Add residential area</translation>
    </message>
    <message>
        <source>Không còn từ năm này</source>
        <translation>No longer exists from this year</translation>
    </message>
    <message>
        <source>Khu dân cư đã sáp nhập, giải thể: vẫn giữ ở các năm trước</source>
        <translation>A merged or dissolved residential area: kept in earlier years</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Không còn từ năm {0}</source>
        <translation>No longer exists from {0}</translation>
    </message>
    <message>
        <source>Dòng {0}: {1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
    <message>
        <source>“{0}” có hai lần (dòng {1} và {2}).</source>
        <translation>“{0}” appears twice (rows {1} and {2}).</translation>
    </message>
    <message>
        <source>Chưa có khu dân cư nào trong năm {0}.</source>
        <translation>No residential areas in {0} yet.</translation>
    </message>
    <message>
        <source>Đạt an toàn về ANTT: {0}/{1} khu dân cư ({2}%).</source>
        <translation>Recognised safe: {0}/{1} residential areas ({2}%).</translation>
    </message>
    <message>
        <source>Dưới mức {0}%.</source>
        <translation>Below {0}%.</translation>
    </message>
    <message>
        <source>Hồ sơ của xã đang ghi {0}%; khi lưu sẽ ghi theo danh sách.</source>
        <translation>The commune&apos;s record says {0}%; saving records the share of this list.</translation>
    </message>
    <message>
        <source>Số liệu do cơ quan cấp dưới gửi lên: chỉ xem.</source>
        <translation>Data sent by a lower office: read-only.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Văn bản, bản quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.odt *.ods);;Mọi tệp (*)</source>
        <translation>Documents and scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.odt *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>Đính kèm tệp…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <source>PDF, bản quét (JPG, PNG, TIFF), Word, Excel; tối đa 50 MB mỗi tệp</source>
        <translation>PDF, scans (JPG, PNG, TIFF), Word, Excel; at most 50 MB per file</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Lưu bản sao…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Gỡ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Tệp mới đính vào hồ sơ, vào một dòng hay một quyết định</source>
        <translation>A new file goes to the dossier, to a line or to a decision</translation>
    </message>
    <message>
        <source>Đính vào:</source>
        <translation>Attach to:</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Chưa có tệp nào. Bấm “Đính kèm tệp…” hoặc kéo thả tệp vào danh sách.</source>
        <translation>No files yet. Click “Attach file…” or drop files on the list.</translation>
    </message>
    <message>
        <source>Chưa có tệp nào.</source>
        <translation>No files yet.</translation>
    </message>
    <message>
        <source>Nhấp đúp để mở.</source>
        <translation>Double-click to open.</translation>
    </message>
    <message>
        <source>Chọn tệp đính kèm</source>
        <translation>Choose files to attach</translation>
    </message>
    <message>
        <source>Đang chép tệp đính kèm…</source>
        <translation>Copying the attached files…</translation>
    </message>
    <message>
        <source>Không đính kèm được</source>
        <translation>Could not attach</translation>
    </message>
    <message>
        <source>Lưu bản sao tệp đính kèm</source>
        <translation>Save a copy of the attachment</translation>
    </message>
    <message>
        <source>Đã lưu {0}.</source>
        <translation>Saved {0}.</translation>
    </message>
    <message>
        <source>Gỡ tệp đính kèm</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>Gỡ “{0}” khỏi danh sách đính kèm?</source>
        <translation>Remove “{0}” from the attachments?</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <source>Mọi thay đổi dữ liệu: ai làm, lúc nào, sửa gì (giá trị cũ → mới), vì sao, từ gói dữ liệu nào.</source>
        <translation>Every data change: who made it, when, what changed (old → new value), why, and from which data package.</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Loại bản ghi</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Đơn vị: tên hoặc mã, gõ không dấu cũng được</source>
        <translation>Unit: name or code (diacritics optional)</translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>đến hết ngày</source>
        <translation>through</translation>
    </message>
    <message>
        <source>Chọn một dòng để xem đầy đủ giá trị cũ và mới.</source>
        <translation>Select a row to see the full old and new values.</translation>
    </message>
    <message>
        <source>Lịch sử bản ghi…</source>
        <translation>Record history…</translation>
    </message>
    <message>
        <source>Mọi thay đổi của bản ghi ở dòng đang chọn, từ khi tạo đến nay</source>
        <translation>Every change to the selected record since it was created</translation>
    </message>
    <message>
        <source>Đang mở dữ liệu…</source>
        <translation>Opening data…</translation>
    </message>
    <message>
        <source>Hiển thị {0} dòng mới nhất; hãy thu hẹp bộ lọc để xem các dòng cũ hơn.</source>
        <translation>Showing the {0} most recent entries; narrow the filter to see older ones.</translation>
    </message>
    <message>
        <source>{0} dòng</source>
        <translation>{0} entry(ies)</translation>
    </message>
    <message>
        <source>Không có dòng nhật ký nào khớp bộ lọc.</source>
        <translation>No log entries match the filter.</translation>
    </message>
    <message>
        <source>Mọi người thực hiện</source>
        <translation>All operators</translation>
    </message>
    <message>
        <source>Mọi loại bản ghi</source>
        <translation>All record types</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Loại bản ghi</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Thay đổi (cũ → mới)</source>
        <translation>Change (old → new)</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Gói dữ liệu</source>
        <translation>Data package</translation>
    </message>
    <message>
        <source>Đơn vị: {name} ({code})</source>
        <translation>Unit: {name} ({code})</translation>
    </message>
    <message>
        <source>Giá trị cũ: {values}</source>
        <translation>Old value: {values}</translation>
    </message>
    <message>
        <source>Giá trị mới: {values}</source>
        <translation>New value: {values}</translation>
    </message>
    <message>
        <source>Lý do: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>Gói dữ liệu: {package}</source>
        <translation>Data package: {package}</translation>
    </message>
</context>
<context>
    <name>AwardedDialog</name>
    <message>
        <source>Ghi đã trao khen thưởng</source>
        <translation>Record the awards as presented</translation>
    </message>
    <message>
        <source>Ngày trao:</source>
        <translation>Presented on:</translation>
    </message>
</context>
<context>
    <name>AwardsActions</name>
    <message>
        <source>Đã thêm đề nghị khen thưởng.</source>
        <translation>Proposal added.</translation>
    </message>
    <message>
        <source>Đã lưu đề nghị khen thưởng.</source>
        <translation>Proposal saved.</translation>
    </message>
    <message>
        <source>Xóa đề nghị</source>
        <translation>Delete proposal</translation>
    </message>
    <message>
        <source>Xóa đề nghị “{title}” và {lines} dòng của nó?</source>
        <translation>Delete the proposal “{title}” and its {lines} line(s)?</translation>
    </message>
    <message>
        <source>Đã xóa đề nghị khen thưởng.</source>
        <translation>Proposal deleted.</translation>
    </message>
    <message>
        <source>Đã lưu dòng đề nghị.</source>
        <translation>Proposal line saved.</translation>
    </message>
    <message>
        <source>Đã xóa dòng {n} khỏi đề nghị.</source>
        <translation>Line {n} removed from the proposal.</translation>
    </message>
    <message>
        <source>Đã trình đề nghị khen thưởng.</source>
        <translation>Proposal submitted.</translation>
    </message>
    <message>
        <source>Đã ghi kết quả xét của Hội đồng Thi đua - Khen thưởng.</source>
        <translation>The Emulation and Commendation Council review has been recorded.</translation>
    </message>
    <message>
        <source>Đã trả lại đề nghị: đề nghị trở về nháp.</source>
        <translation>Proposal returned: it is a draft again.</translation>
    </message>
    <message>
        <source>Đã ghi quyết định {number}.</source>
        <translation>Decision {number} recorded.</translation>
    </message>
    <message>
        <source>Đã ghi quyết định {number} đã ban hành.</source>
        <translation>Recorded decision {number} issued earlier.</translation>
    </message>
    <message>
        <source>Đã ghi đã trao khen thưởng.</source>
        <translation>The awards are recorded as presented.</translation>
    </message>
    <message>
        <source>Biên bản họp Hội đồng xét khen thưởng {year}</source>
        <translation>Council minutes on awards {year}</translation>
    </message>
    <message>
        <source>Phiếu bầu {year}</source>
        <translation>Ballot paper {year}</translation>
    </message>
    <message>
        <source>Báo cáo thành tích {year} - {name}</source>
        <translation>Achievement report {year} - {name}</translation>
    </message>
    <message>
        <source>Quyết định {number} khen thưởng {year}</source>
        <translation>Commendation decision {number} {year}</translation>
    </message>
    <message>
        <source>Tờ trình {number} đề nghị khen thưởng {year}</source>
        <translation>Commendation proposal {number} {year}</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Văn bản Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Lưu văn bản</source>
        <translation>Save document</translation>
    </message>
    <message>
        <source>Đang lập văn bản…</source>
        <translation>Preparing the document…</translation>
    </message>
</context>
<context>
    <name>AwardsModel</name>
    <message>
        <source>đột xuất</source>
        <translation>ad hoc</translation>
    </message>
    <message>
        <source>đã đề nghị</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>{limit} ({percent}% của {base} {base_name})</source>
        <translation>{limit} ({percent}% of {base} {base_name})</translation>
    </message>
    <message>
        <source>vượt tỷ lệ</source>
        <translation>over the quota</translation>
    </message>
    <message>
        <source>trong tỷ lệ</source>
        <translation>within the quota</translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message>
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Khen thưởng</source>
        <translation>Commendation</translation>
    </message>
    <message>
        <source>Đề nghị</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Tra cứu</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Thống kê</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Sổ sáng kiến</source>
        <translation>Initiatives book</translation>
    </message>
    <message>
        <source>Thêm đề nghị…</source>
        <translation>Add proposal…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hồ sơ liên cấp</source>
        <translation>Dossiers between offices</translation>
    </message>
    <message>
        <source>Gửi hồ sơ đề nghị (kèm giấy tờ) lên cấp xét, gửi kết quả xét về cấp dưới, nhận hồ sơ và kết quả, xem hộp hồ sơ với trạng thái từng hồ sơ</source>
        <translation>Send a proposal&apos;s dossier (with its papers) to the deciding level, send the result back down, receive dossiers and results, see the dossier inbox with each dossier&apos;s status</translation>
    </message>
    <message>
        <source>Gửi hồ sơ lên cấp trên…</source>
        <translation>Send the dossier to the higher level…</translation>
    </message>
    <message>
        <source>Gửi kết quả xét về cơ quan gửi…</source>
        <translation>Send the result to the sending office…</translation>
    </message>
    <message>
        <source>Nhận hồ sơ, kết quả…</source>
        <translation>Receive a dossier or result…</translation>
    </message>
    <message>
        <source>Hộp hồ sơ liên cấp…</source>
        <translation>Dossier inbox…</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Thêm người, tập thể…</source>
        <translation>Add person or collective…</translation>
    </message>
    <message>
        <source>Sửa dòng…</source>
        <translation>Edit line…</translation>
    </message>
    <message>
        <source>Xóa dòng</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Trình…</source>
        <translation>Submit…</translation>
    </message>
    <message>
        <source>Ghi kết quả Hội đồng…</source>
        <translation>Record Council review…</translation>
    </message>
    <message>
        <source>Trả lại…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>Quyết định…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <source>Đã trao…</source>
        <translation>Presented…</translation>
    </message>
    <message>
        <source>Ghi QĐ đã có…</source>
        <translation>Record a decision…</translation>
    </message>
    <message>
        <source>Danh sách này đã được khen thưởng theo quyết định ban hành ở nơi khác hoặc trước khi dùng phần mềm: ghi quyết định đó, không qua trình và Hội đồng</source>
        <translation>This list was already awarded by a decision issued elsewhere or before the software was used: record that decision, without submission or council</translation>
    </message>
    <message>
        <source>In tờ trình (PDF)…</source>
        <translation>Print proposal (PDF)…</translation>
    </message>
    <message>
        <source>In quyết định (PDF)…</source>
        <translation>Print decision (PDF)…</translation>
    </message>
    <message>
        <source>Xuất danh sách (Excel)…</source>
        <translation>Export list (Excel)…</translation>
    </message>
    <message>
        <source>Bản Word để sửa</source>
        <translation>Word draft</translation>
    </message>
    <message>
        <source>Tờ trình hoặc quyết định dạng .docx, cùng thể thức, để sửa câu chữ trước khi ký</source>
        <translation>The submission or the decision as .docx, in the same layout, to adjust the wording before signing</translation>
    </message>
    <message>
        <source>Tờ trình (.docx)…</source>
        <translation>Submission (.docx)…</translation>
    </message>
    <message>
        <source>Quyết định (.docx)…</source>
        <translation>Decision (.docx)…</translation>
    </message>
    <message>
        <source>Giấy tờ hồ sơ</source>
        <translation>Dossier papers</translation>
    </message>
    <message>
        <source>Biên bản họp Hội đồng, phiếu bầu, báo cáo thành tích: PDF hoặc Word để sửa; bằng khen, giấy khen in lên phôi</source>
        <translation>Council minutes, ballots, achievement reports: PDF or Word to edit; certificates printed on pre-printed blanks</translation>
    </message>
    <message>
        <source>Biên bản họp Hội đồng</source>
        <translation>Council minutes</translation>
    </message>
    <message>
        <source>Phiếu bầu (bỏ phiếu kín)</source>
        <translation>Ballot paper (secret ballot)</translation>
    </message>
    <message>
        <source>Báo cáo thành tích của dòng đang chọn</source>
        <translation>Achievement report of the chosen line</translation>
    </message>
    <message>
        <source>Bằng khen, giấy khen in lên phôi…</source>
        <translation>Certificates on pre-printed blanks…</translation>
    </message>
    <message>
        <source>Mở tệp vừa lưu</source>
        <translation>Open saved file</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Mẫu danh sách để đơn vị điền, và nhập danh sách vào đề nghị nháp đang chọn</source>
        <translation>A list template for units to fill in, and importing a list into the selected draft proposal</translation>
    </message>
    <message>
        <source>Mẫu danh sách Excel…</source>
        <translation>Excel list template…</translation>
    </message>
    <message>
        <source>Nhập danh sách từ Excel vào đề nghị này…</source>
        <translation>Import a list from Excel into this proposal…</translation>
    </message>
    <message>
        <source>Danh sách đề nghị</source>
        <translation>Nominees</translation>
    </message>
    <message>
        <source>Hồ sơ đính kèm</source>
        <translation>Dossier papers</translation>
    </message>
    <message>
        <source>Năm {year}: đang đọc đề nghị…</source>
        <translation>Year {year}: reading proposals…</translation>
    </message>
    <message>
        <source>Chưa chọn cơ quan sử dụng: bấm “Đổi…” ở góc trên bên phải để chọn.</source>
        <translation>No office chosen yet: click “Change…” at the top right to choose one.</translation>
    </message>
    <message>
        <source>Năm {year} · {office} và các đơn vị trực thuộc · {n} đề nghị</source>
        <translation>Year {year} · {office} and its units · {n} proposal(s)</translation>
    </message>
    <message>
        <source>Đã lập mẫu Excel: {0}</source>
        <translation>Excel template made: {0}</translation>
    </message>
    <message>
        <source>Chọn một đề nghị để xem danh sách và thao tác.</source>
        <translation>Select a proposal to see its list and actions.</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Cảnh báo theo quy định ({n}):&lt;/b&gt;</source>
        <translation>&lt;b&gt;⚠ Rule warnings ({n}):&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hồ sơ đề nghị</source>
        <translation>The proposal</translation>
    </message>
    <message>
        <source>Dòng {n}: {name}</source>
        <translation>Line {n}: {name}</translation>
    </message>
    <message>
        <source>Quyết định số {0}</source>
        <translation>Decision no. {0}</translation>
    </message>
    <message>
        <source>Hồ sơ đính kèm ({0})</source>
        <translation>Dossier papers ({0})</translation>
    </message>
    <message>
        <source>{unit} · Số {number} ngày {day} · trình {level} · Trạng thái: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>{unit} · No. {number} of {day} · to the {level} · Status: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ghi lại quyết định đã ban hành (không qua trình, Hội đồng, bỏ phiếu).</source>
        <translation>Record of a decision issued earlier (no submission, council or ballot).</translation>
    </message>
    <message>
        <source>Hội đồng xét ngày {day}: {present}/{members} thành viên có mặt.</source>
        <translation>Council review on {day}: {present}/{members} member(s) present.</translation>
    </message>
    <message>
        <source>Quyết định {number} ngày {day} của {issuer}, ký: {signer} ({lines} dòng).</source>
        <translation>Decision {number} of {day} by {issuer}, signed by {signer} ({lines} line(s)).</translation>
    </message>
    <message>
        <source>Đã trao ngày {day}.</source>
        <translation>Presented on {day}.</translation>
    </message>
    <message>
        <source>Đã trả lại ngày {day}, lý do: {reason}</source>
        <translation>Returned on {day}, reason: {reason}</translation>
    </message>
    <message>
        <source>Hồ sơ đã gửi {receiver} (lần {n}, lúc {when}) · ở cấp xét: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Dossier sent to {receiver} (time {n}, at {when}) · at the deciding level: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hồ sơ nhận từ {sender} (lần {n}): nội dung do cơ quan gửi sửa và gửi lại; ở đây Hội đồng xét, trả lại hoặc quyết định. Trạng thái: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Dossier received from {sender} (time {n}): its content is corrected and resent by the sender; here the council reviews, returns or decides it. Status: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color: #8a4b00&apos;&gt;chưa gửi kết quả này về cơ quan gửi&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color: #8a4b00&apos;&gt;this result has not been sent to the sender yet&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Đã lưu {name}.</source>
        <translation>Saved {name}.</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Sao lưu và khôi phục</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>Ứng dụng tự sao lưu mỗi ngày một lần khi mở, và trước khi nâng cấp, khôi phục hoặc nhập gói dữ liệu. Giữ lại: 7 bản gần nhất theo ngày, 4 theo tuần, 12 theo tháng; các bản sao an toàn và bản sao thủ công giữ 30 ngày.</source>
        <translation>The application backs up automatically once a day when it opens, and before an upgrade, a restore or a data package import. Kept: the 7 latest daily, 4 weekly and 12 monthly backups; safety and manual backups are kept for 30 days.</translation>
    </message>
    <message>
        <source>Dữ liệu đúng, cho phép nhập gói trở lại</source>
        <translation>Data is correct, allow package imports again</translation>
    </message>
    <message>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Khôi phục bản đã chọn…</source>
        <translation>Restore selected backup…</translation>
    </message>
    <message>
        <source>Khôi phục từ tệp khác…</source>
        <translation>Restore from another file…</translation>
    </message>
    <message>
        <source>Kiểm tra dữ liệu</source>
        <translation>Check data</translation>
    </message>
    <message>
        <source>Mở thư mục sao lưu</source>
        <translation>Open backup folder</translation>
    </message>
    <message>
        <source>Dữ liệu vừa được khôi phục ({0}, từ {1}). Việc nhập gói dữ liệu tạm dừng cho đến khi bạn kiểm tra và xác nhận dữ liệu đúng.</source>
        <translation>The data was just restored ({0}, from {1}). Data package imports are paused until you check the data and confirm it is correct.</translation>
    </message>
    <message>
        <source>Đã sao lưu vào {name} ({size}).</source>
        <translation>Backed up to {name} ({size}).</translation>
    </message>
    <message>
        <source>Đang sao lưu cơ sở dữ liệu…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Bản sao lưu (*.sqlite3 *.db);;Mọi tệp (*)</source>
        <translation>Backups (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu từ {file} ({description})?

Ứng dụng kiểm tra bản sao lưu, lưu lại dữ liệu hiện tại, rồi thay bằng bản này. Sau đó việc nhập gói dữ liệu tạm dừng cho đến khi bạn xác nhận dữ liệu đúng.</source>
        <translation>Restore the data from {file} ({description})?

The application checks the backup, saves the current data, then replaces it with this backup. Data package imports are then paused until you confirm the data is correct.</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu từ {file}?

Ứng dụng kiểm tra bản sao lưu, lưu lại dữ liệu hiện tại, rồi thay bằng bản này. Sau đó việc nhập gói dữ liệu tạm dừng cho đến khi bạn xác nhận dữ liệu đúng.</source>
        <translation>Restore the data from {file}?

The application checks the backup, saves the current data, then replaces it with this backup. Data package imports are then paused until you confirm the data is correct.</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ {source}.</source>
        <translation>Data restored from {source}.</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ {source}. Dữ liệu trước khi khôi phục đã lưu trong {backup}.</source>
        <translation>Data restored from {source}. The data from before the restore was saved in {backup}.</translation>
    </message>
    <message>
        <source>Kiểm tra toàn vẹn: {count}</source>
        <translation>Integrity check: {count}</translation>
    </message>
    <message>
        <source>Kiểm tra toàn vẹn: ổn</source>
        <translation>Integrity check: OK</translation>
    </message>
    <message>
        <source>Kiểm tra khóa ngoại: {count}</source>
        <translation>Foreign key check: {count}</translation>
    </message>
    <message>
        <source>Kiểm tra khóa ngoại: ổn</source>
        <translation>Foreign key check: OK</translation>
    </message>
    <message>
        <source>Tệp đính kèm có vấn đề (hãy đính kèm lại): {0}</source>
        <translation>Attachments with problems (attach them again): {0}</translation>
    </message>
    <message>
        <source>Đang khôi phục dữ liệu…</source>
        <translation>Restoring data…</translation>
    </message>
    <message>
        <source>Đã xác nhận: việc nhập gói dữ liệu được phép trở lại.</source>
        <translation>Confirmed: data package imports are allowed again.</translation>
    </message>
    <message>
        <source>Đang kiểm tra cơ sở dữ liệu…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>Số bản ghi:</source>
        <translation>Record counts:</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <source>Sửa tổ chức</source>
        <translation>Edit body</translation>
    </message>
    <message>
        <source>Thêm tổ chức làm công tác TĐKT</source>
        <translation>Add a body doing emulation and commendation work</translation>
    </message>
    <message>
        <source>ví dụ Phòng Thi đua - Khen thưởng, Sở Nội vụ</source>
        <translation>e.g. Emulation and Commendation Section, Department of Home Affairs</translation>
    </message>
    <message>
        <source>Tên tổ chức:</source>
        <translation>Organisation name:</translation>
    </message>
    <message>
        <source>Cấp (dòng của biểu 0604):</source>
        <translation>Level (row of form 0604):</translation>
    </message>
    <message>
        <source>Từ năm:</source>
        <translation>From year:</translation>
    </message>
    <message>
        <source>Đến năm:</source>
        <translation>Until year:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Hãy nhập tên tổ chức.</source>
        <translation>Enter the name of the body.</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Sửa phong trào thi đua</source>
        <translation>Edit emulation campaign</translation>
    </message>
    <message>
        <source>Thêm phong trào thi đua</source>
        <translation>Add emulation campaign</translation>
    </message>
    <message>
        <source>ví dụ CT10-2023</source>
        <translation>e.g. CT10-2023</translation>
    </message>
    <message>
        <source>ví dụ 10/CT-UBND</source>
        <translation>e.g. 10/CT-UBND</translation>
    </message>
    <message>
        <source>Mã phong trào:</source>
        <translation>Campaign code:</translation>
    </message>
    <message>
        <source>Tên phong trào:</source>
        <translation>Campaign name:</translation>
    </message>
    <message>
        <source>Hình thức:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Chủ đề:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <source>Văn bản phát động — số:</source>
        <translation>Launching document — no.:</translation>
    </message>
    <message>
        <source>ngày:</source>
        <translation>date:</translation>
    </message>
    <message>
        <source>cơ quan ban hành:</source>
        <translation>issued by:</translation>
    </message>
    <message>
        <source>trích yếu:</source>
        <translation>summary:</translation>
    </message>
    <message>
        <source>Bắt đầu:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>Kết thúc:</source>
        <translation>End:</translation>
    </message>
    <message>
        <source>Phạm vi:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Hãy nhập mã phong trào.</source>
        <translation>Enter the campaign code.</translation>
    </message>
    <message>
        <source>Hãy nhập tên phong trào.</source>
        <translation>Enter the campaign name.</translation>
    </message>
    <message>
        <source>Ngày bắt đầu phải trước ngày kết thúc.</source>
        <translation>The start date must be before the end date.</translation>
    </message>
    <message>
        <source>Hãy chọn phạm vi phong trào.</source>
        <translation>Choose the campaign scope.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>{status} (cấp trên)</source>
        <translation>{status} (higher level)</translation>
    </message>
    <message>
        <source>Phong trào thi đua &amp; chỉ tiêu</source>
        <translation>Emulation campaigns &amp; targets</translation>
    </message>
    <message>
        <source>Thêm phong trào…</source>
        <translation>Add campaign…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Giao chỉ tiêu</source>
        <translation>Assign targets</translation>
    </message>
    <message>
        <source>Đăng ký thi đua</source>
        <translation>Emulation registrations</translation>
    </message>
    <message>
        <source>Tên:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Văn bản phát động:</source>
        <translation>Launching document:</translation>
    </message>
    <message>
        <source>Thời gian, hình thức:</source>
        <translation>Period, type:</translation>
    </message>
    <message>
        <source>Phạm vi:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Tệp đính kèm:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <source>Thêm chỉ tiêu…</source>
        <translation>Add target…</translation>
    </message>
    <message>
        <source>Lưu chỉ tiêu</source>
        <translation>Save targets</translation>
    </message>
    <message>
        <source>Giao theo bảng…</source>
        <translation>Assign in a table…</translation>
    </message>
    <message>
        <source>Giao chỉ tiêu cho mọi đơn vị một lần: gõ hoặc dán cả khối từ Excel</source>
        <translation>Assign targets to every unit at once: type or paste a whole block from Excel</translation>
    </message>
    <message>
        <source>Mẫu Excel…</source>
        <translation>Excel template…</translation>
    </message>
    <message>
        <source>Lập tệp Excel để giao chỉ tiêu cho các đơn vị (ghi số hoặc khoảng “9,5 - 10”)</source>
        <translation>Make an Excel workbook to give the units their targets (a number or a range “9,5 - 10”)</translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Xem trước rồi nhập chỉ tiêu giao từ tệp Excel</source>
        <translation>Preview, then import the targets from an Excel file</translation>
    </message>
    <message>
        <source>Gõ số kiểu Việt Nam (&quot;9,5&quot;, &quot;43.000&quot;); để trống là chưa giao chỉ tiêu.</source>
        <translation>Type numbers the Vietnamese way (&quot;9,5&quot;, &quot;43.000&quot;); leave empty for no target.</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Đơn vị được giao:</source>
        <translation>Assigned to:</translation>
    </message>
    <message>
        <source>Đăng ký…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <source>Duyệt</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Trả lại…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>{status} — dữ liệu minh họa</source>
        <translation>{status} — demo data</translation>
    </message>
    <message>
        <source>{status} — do cấp trên ban hành: chỉ xem, không sửa</source>
        <translation>{status} — issued by a higher level: view only, cannot be edited</translation>
    </message>
    <message>
        <source>{status} — do cấp trên ban hành: chỉ xem, không sửa — dữ liệu minh họa</source>
        <translation>{status} — issued by a higher level: view only, cannot be edited — demo data</translation>
    </message>
    <message>
        <source>Năm {0}</source>
        <translation>Year {0}</translation>
    </message>
    <message>
        <source>Chọn đơn vị khác</source>
        <translation>Choosing another unit</translation>
    </message>
    <message>
        <source>Chọn phong trào khác</source>
        <translation>Choosing another campaign</translation>
    </message>
    <message>
        <source>Chỉ tiêu chưa lưu</source>
        <translation>Unsaved targets</translation>
    </message>
    <message>
        <source>Chỉ tiêu của {0} đã sửa nhưng chưa lưu. {1}: lưu trước?</source>
        <translation>The targets of {0} were edited but not saved. {1}: save them first?</translation>
    </message>
    <message>
        <source>Xóa phong trào</source>
        <translation>Delete campaign</translation>
    </message>
    <message>
        <source>Xóa phong trào {0}? Chỉ xóa được khi chưa có kết quả.</source>
        <translation>Delete campaign {0}? A campaign can only be deleted while it has no results.</translation>
    </message>
    <message>
        <source>Xóa chỉ tiêu</source>
        <translation>Delete target</translation>
    </message>
    <message>
        <source>Xóa chỉ tiêu “{0}”?</source>
        <translation>Delete target “{0}”?</translation>
    </message>
    <message>
        <source>Chỉ tiêu chưa hợp lệ</source>
        <translation>Invalid targets</translation>
    </message>
    <message>
        <source>Các ô tô đỏ chưa hợp lệ; di chuột vào để xem lý do.</source>
        <translation>The red cells are invalid; hover over them to see why.</translation>
    </message>
    <message>
        <source>Mở bảng giao chỉ tiêu</source>
        <translation>Opening the target table</translation>
    </message>
    <message>
        <source>Đã lập mẫu Excel: {0}</source>
        <translation>Excel template made: {0}</translation>
    </message>
    <message>
        <source>Nhập chỉ tiêu từ Excel</source>
        <translation>Import targets from Excel</translation>
    </message>
    <message>
        <source>Trả lại đăng ký</source>
        <translation>Return registration</translation>
    </message>
    <message>
        <source>Lý do trả lại (đơn vị sẽ thấy lý do này):</source>
        <translation>Reason for returning (the unit will see it):</translation>
    </message>
</context>
<context>
    <name>CasesDialog</name>
    <message>
        <source>Tạm dừng xét khen thưởng — {name}</source>
        <translation>Awards on hold — {name}</translation>
    </message>
    <message>
        <source>Trong thời gian đang bị xem xét kỷ luật, thanh tra, kiểm tra hoặc có đơn thư khiếu nại, tố cáo đang được xác minh, chưa xét khen thưởng (Nghị định 152/2025/NĐ-CP): đề nghị có cảnh báo và quyết định không gồm dòng của đối tượng.</source>
        <translation>While discipline, an inspection or a complaint is pending, no award is considered (Decree 152/2025/ND-CP): proposals show a warning and a decision leaves the recipient&apos;s line out.</translation>
    </message>
    <message>
        <source>ví dụ số văn bản, nội dung</source>
        <translation>e.g. document number, content</translation>
    </message>
    <message>
        <source>Ghi việc</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Ghi đã kết thúc ngày</source>
        <translation>Record as ended on</translation>
    </message>
    <message>
        <source>Xóa (ghi nhầm)</source>
        <translation>Delete (entered by mistake)</translation>
    </message>
    <message>
        <source>Việc mới:</source>
        <translation>New case:</translation>
    </message>
    <message>
        <source>từ ngày</source>
        <translation>from</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Thu</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Chi</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Đã thôi dùng</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Mục thu, chi của sổ quỹ</source>
        <translation>Fund book categories</translation>
    </message>
    <message>
        <source>Mục thu, chi để chọn khi ghi sổ quỹ thi đua, khen thưởng. Mục đã thôi dùng không còn được chọn cho chứng từ mới; chứng từ đã ghi vẫn giữ mục của mình.</source>
        <translation>Receipt and payment categories to choose when writing the emulation and commendation fund book. A retired category is no longer offered for new vouchers; vouchers already written keep theirs.</translation>
    </message>
    <message>
        <source>Đổi tên…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Thôi dùng</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>tên mục, ví dụ Hội nghị tổng kết</source>
        <translation>category name, e.g. Year-end review meeting</translation>
    </message>
    <message>
        <source>Thêm mục</source>
        <translation>Add category</translation>
    </message>
    <message>
        <source>Mục mới:</source>
        <translation>New category:</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Dùng lại</source>
        <translation>Use again</translation>
    </message>
    <message>
        <source>Đổi tên mục</source>
        <translation>Rename category</translation>
    </message>
    <message>
        <source>Tên mới của mục “{name}”:</source>
        <translation>New name of the category “{name}”:</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>In bằng khen, giấy khen lên phôi</source>
        <translation>Print certificates on pre-printed blanks</translation>
    </message>
    <message>
        <source>Quyết định {number} ngày {day}</source>
        <translation>Decision {number} of {day}</translation>
    </message>
    <message>
        <source>Mỗi lần in một loại phôi: bằng khen khổ A3, giấy khen khổ A4…</source>
        <translation>One kind of blank at a time: A3 merit certificates, A4 commendations…</translation>
    </message>
    <message>
        <source>Quyết định:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Phôi:</source>
        <translation>Blank:</translation>
    </message>
    <message>
        <source>Người, tập thể được in</source>
        <translation>People and collectives to print</translation>
    </message>
    <message>
        <source>Dịch cả trang: ngang</source>
        <translation>Shift the whole page: across</translation>
    </message>
    <message>
        <source>dọc</source>
        <translation>down</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Ngang (mm)</source>
        <translation>Across (mm)</translation>
    </message>
    <message>
        <source>Dọc (mm)</source>
        <translation>Down (mm)</translation>
    </message>
    <message>
        <source>Cỡ chữ</source>
        <translation>Font size</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Số dương dịch sang phải, xuống dưới (mm). In trang thử lên giấy trắng, đặt chồng lên phôi, đo độ lệch theo lưới rồi nhập vào đây. Bỏ chọn “In” cho trường đã in sẵn trên phôi.</source>
        <translation>Positive values move right and down (mm). Print the test page on plain paper, lay it over a blank, measure the offset on the grid and enter it here. Untick “Print” for a field already printed on the blank.</translation>
    </message>
    <message>
        <source>Lưu căn chỉnh</source>
        <translation>Save calibration</translation>
    </message>
    <message>
        <source>Về mặc định</source>
        <translation>Reset to default</translation>
    </message>
    <message>
        <source>Căn chỉnh phôi này (máy in của cơ quan)</source>
        <translation>Calibration of this blank (this office&apos;s printer)</translation>
    </message>
    <message>
        <source>Bản in</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Trang thử có lưới</source>
        <translation>Test page with grid</translation>
    </message>
    <message>
        <source>Xem trước:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <source>Đang lập bản xem trước…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Đang đọc quyết định…</source>
        <translation>Reading the decision…</translation>
    </message>
    <message>
        <source>{name} — {count} bản</source>
        <translation>{name} — {count} copies</translation>
    </message>
    <message>
        <source>Chưa chọn người, tập thể nào để in.</source>
        <translation>Nobody is chosen to print.</translation>
    </message>
    <message>
        <source>Máy này không xem trước được PDF; hãy lưu PDF để xem.</source>
        <translation>This computer cannot preview PDF; save the PDF to view it.</translation>
    </message>
    <message>
        <source>Đã lưu căn chỉnh {name}.</source>
        <translation>Calibration of {name} saved.</translation>
    </message>
    <message>
        <source>{blank} - Quyết định {number}</source>
        <translation>{blank} - Decision {number}</translation>
    </message>
    <message>
        <source>Lưu bằng khen, giấy khen</source>
        <translation>Save certificates</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Đã lưu {pages} trang: {path}</source>
        <translation>Saved {pages} pages: {path}</translation>
    </message>
    <message>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Máy này không in trực tiếp được; hãy lưu PDF rồi in từ trình đọc PDF.</source>
        <translation>This computer cannot print directly; save the PDF and print it from a PDF reader.</translation>
    </message>
    <message>
        <source>In lên phôi: {name}</source>
        <translation>Print on blank: {name}</translation>
    </message>
    <message>
        <source>Đã gửi {0} trang tới máy in.</source>
        <translation>{0} page(s) sent to the printer.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Tiêu chí nông thôn mới — {0}</source>
        <translation>New rural standard criteria — {0}</translation>
    </message>
    <message>
        <source>Năm {0} · mức đạt chuẩn: {1}. Đánh dấu tiêu chí đã đạt; di chuột lên tên tiêu chí để xem các chỉ tiêu.</source>
        <translation>Year {0} · level: {1}. Tick the criteria that are met; hover over a criterion&apos;s name to see its targets.</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Xã ngoài phạm vi: chỉ xem.</source>
        <translation>Commune outside your scope: view only.</translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <source>Sửa cụm, khối thi đua</source>
        <translation>Edit the emulation cluster</translation>
    </message>
    <message>
        <source>Thêm cụm, khối thi đua</source>
        <translation>Add an emulation cluster</translation>
    </message>
    <message>
        <source>ví dụ CUM-01</source>
        <translation>for example CUM-01</translation>
    </message>
    <message>
        <source>số giao ước thi đua, ví dụ 05/GƯTĐ-CTĐ1</source>
        <translation>agreement number, for example 05/GUTD-CTD1</translation>
    </message>
    <message>
        <source>Mã:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Tên:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Hội đồng TĐKT tổ chức:</source>
        <translation>Organising council:</translation>
    </message>
    <message>
        <source>Số giao ước:</source>
        <translation>Agreement number:</translation>
    </message>
    <message>
        <source>Ngày ký giao ước:</source>
        <translation>Agreement signed on:</translation>
    </message>
    <message>
        <source>Thành phần ký:</source>
        <translation>Signatories:</translation>
    </message>
    <message>
        <source>Hạn tự chấm điểm:</source>
        <translation>Self-scoring deadline:</translation>
    </message>
    <message>
        <source>Hạn chấm chéo (cụm xét):</source>
        <translation>Review deadline:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Hãy nhập mã và tên cụm, khối.</source>
        <translation>Enter the cluster&apos;s code and name.</translation>
    </message>
    <message>
        <source>Hãy chọn Hội đồng TĐKT tổ chức.</source>
        <translation>Choose the organising council.</translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Tối đa</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Tự chấm</source>
        <translation>Self-score</translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Cụm chấm</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Lý do sửa điểm</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>Lập đề nghị khen thưởng</source>
        <translation>Make an award proposal</translation>
    </message>
    <message>
        <source>Đề nghị cho các đơn vị xếp hạng từ 1 đến:</source>
        <translation>Propose the units ranked from 1 to:</translation>
    </message>
    <message>
        <source>Cụm, khối thi đua</source>
        <translation>Emulation clusters</translation>
    </message>
    <message>
        <source>Thêm cụm, khối…</source>
        <translation>Add a cluster…</translation>
    </message>
    <message>
        <source>Sửa, giao ước…</source>
        <translation>Edit, agreement…</translation>
    </message>
    <message>
        <source>Thành viên…</source>
        <translation>Members…</translation>
    </message>
    <message>
        <source>Bảng chấm điểm…</source>
        <translation>Scoring table…</translation>
    </message>
    <message>
        <source>Chép bảng năm trước</source>
        <translation>Copy last year&apos;s table</translation>
    </message>
    <message>
        <source>Bảng chấm điểm</source>
        <translation>Scoring table</translation>
    </message>
    <message>
        <source>Chấm điểm</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Xếp hạng</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Mẫu Excel để các đơn vị ghi điểm tự chấm, và nhập điểm từ Excel</source>
        <translation>An Excel template for the members to write their self-scores in, and importing points from Excel</translation>
    </message>
    <message>
        <source>Mẫu Excel chấm điểm…</source>
        <translation>Scoring template (Excel)…</translation>
    </message>
    <message>
        <source>Nhập điểm từ Excel…</source>
        <translation>Import points from Excel…</translation>
    </message>
    <message>
        <source>Điền điểm gợi ý</source>
        <translation>Fill suggested points</translation>
    </message>
    <message>
        <source>Điền vào các ô tự chấm còn trống điểm gợi ý từ dữ liệu của năm (công nhận an toàn về ANTT, nông thôn mới, tỷ lệ chỉ tiêu đạt) cho các tiêu chí có nguồn gợi ý</source>
        <translation>Fill the empty self-score cells with points suggested by the year&apos;s records (security recognition, new-rural recognition, share of targets met) for the criteria that name a source</translation>
    </message>
    <message>
        <source>Lưu điểm tự chấm</source>
        <translation>Save the self-score</translation>
    </message>
    <message>
        <source>Lưu điểm cụm chấm</source>
        <translation>Save the review</translation>
    </message>
    <message>
        <source>Thành viên:</source>
        <translation>Member:</translation>
    </message>
    <message>
        <source>Công bố kết quả…</source>
        <translation>Publish the results…</translation>
    </message>
    <message>
        <source>Lập đề nghị khen thưởng…</source>
        <translation>Make an award proposal…</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Giao ước thi đua, kèm thang điểm</source>
        <translation>Emulation agreement, with the scoring scale</translation>
    </message>
    <message>
        <source>Biên bản họp chấm chéo, xếp hạng</source>
        <translation>Minutes of the review and ranking meeting</translation>
    </message>
    <message>
        <source>Bảng tổng hợp kết quả</source>
        <translation>Summary of results</translation>
    </message>
    <message>
        <source>Phiếu chấm điểm của các thành viên</source>
        <translation>The members&apos; scoring sheets</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Trao đổi</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Gửi bảng chấm điểm xuống các đơn vị thành viên, gửi điểm tự chấm lên cơ quan tổ chức, nhận gói của cụm, khối</source>
        <translation>Send the scoring table down to the member units, send self-scores up to the organising office, receive a cluster&apos;s package</translation>
    </message>
    <message>
        <source>Gửi bảng chấm điểm xuống các thành viên…</source>
        <translation>Send the scoring table to the members…</translation>
    </message>
    <message>
        <source>Gửi điểm tự chấm lên cơ quan tổ chức…</source>
        <translation>Send self-scores to the organising office…</translation>
    </message>
    <message>
        <source>Nhận gói cụm, khối…</source>
        <translation>Receive a cluster package…</translation>
    </message>
    <message>
        <source>Tệp minh chứng</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <source>Tệp minh chứng của thành viên đang chọn ở thẻ Chấm điểm</source>
        <translation>Evidence files of the member chosen on the Scoring tab</translation>
    </message>
    <message>
        <source>Văn bản giao ước</source>
        <translation>Agreement documents</translation>
    </message>
    <message>
        <source>Giao ước thi đua, phiếu chấm điểm của từng thành viên, biên bản họp chấm chéo và bảng tổng hợp kết quả: PDF, Word, Excel</source>
        <translation>The emulation agreement, each member&apos;s scoring sheet, the review meeting&apos;s minutes and the summary of results: PDF, Word, Excel</translation>
    </message>
    <message>
        <source>Năm {year} · {n} cụm, khối thi đua</source>
        <translation>Year {year} · {n} emulation clusters</translation>
    </message>
    <message>
        <source>Chọn một cụm, khối để xem bảng chấm điểm và kết quả.</source>
        <translation>Choose a cluster to see its scoring table and results.</translation>
    </message>
    <message>
        <source>Bằng điểm: xét điểm tiêu chí {codes}, rồi điểm trừ ít hơn.</source>
        <translation>Ties: points of criteria {codes}, then fewer deductions.</translation>
    </message>
    <message>
        <source>Chưa có điểm: {names}.</source>
        <translation>No points yet: {names}.</translation>
    </message>
    <message>
        <source>Đã công bố ngày {day}.</source>
        <translation>Published on {day}.</translation>
    </message>
    <message>
        <source>Hội đồng TĐKT {unit}</source>
        <translation>Council of {unit}</translation>
    </message>
    <message>
        <source>{n} thành viên · bảng chấm điểm {points} điểm (kể cả điểm thưởng)</source>
        <translation>{n} members · scoring table of {points} points (bonus included)</translation>
    </message>
    <message>
        <source>Giao ước thi đua số {number} ngày {day}; ký: {who}</source>
        <translation>Emulation agreement no. {number} of {day}; signed by: {who}</translation>
    </message>
    <message>
        <source>Đã gửi bảng chấm điểm xuống các thành viên lúc {when}.</source>
        <translation>Scoring table sent to the members at {when}.</translation>
    </message>
    <message>
        <source>Tự chấm: {own} · sau chấm chéo: {total} (thưởng {bonus}, trừ {deduction})</source>
        <translation>Self-score: {own} · after review: {total} (bonus {bonus}, deductions {deduction})</translation>
    </message>
    <message>
        <source>đã gửi lên lúc {when}</source>
        <translation>sent up at {when}</translation>
    </message>
    <message>
        <source>nhận gói điểm của đơn vị lúc {when}</source>
        <translation>unit&apos;s score package received at {when}</translation>
    </message>
    <message>
        <source>Đã lưu {name}.</source>
        <translation>Saved {name}.</translation>
    </message>
    <message>
        <source>Đã lưu {n} thành viên.</source>
        <translation>Saved {n} members.</translation>
    </message>
    <message>
        <source>Đã lưu bảng chấm điểm ({n} tiêu chí).</source>
        <translation>Saved the scoring table ({n} criteria).</translation>
    </message>
    <message>
        <source>Đã chép bảng chấm điểm năm trước.</source>
        <translation>Copied last year&apos;s scoring table.</translation>
    </message>
    <message>
        <source>Tiêu chí {code}: {reason}</source>
        <translation>Criterion {code}: {reason}</translation>
    </message>
    <message>
        <source>Đã lưu điểm {stage} của {unit}.</source>
        <translation>Saved the {stage} of {unit}.</translation>
    </message>
    <message>
        <source>cụm chấm</source>
        <translation>review</translation>
    </message>
    <message>
        <source>tự chấm</source>
        <translation>self-score</translation>
    </message>
    <message>
        <source>Đã điền {n} điểm gợi ý: hãy xem lại rồi lưu.</source>
        <translation>Filled {n} suggested points: check them, then save.</translation>
    </message>
    <message>
        <source>Đã lập mẫu Excel: {0}</source>
        <translation>Excel template made: {0}</translation>
    </message>
    <message>
        <source>Bảng tổng hợp chấm điểm {year} - {name}</source>
        <translation>Scoring summary {year} - {name}</translation>
    </message>
    <message>
        <source>Phiếu chấm điểm {year} - {name}</source>
        <translation>Scoring sheets {year} - {name}</translation>
    </message>
    <message>
        <source>Giao ước thi đua {year} - {name}</source>
        <translation>Emulation agreement {year} - {name}</translation>
    </message>
    <message>
        <source>Biên bản họp chấm điểm {year} - {name}</source>
        <translation>Scoring meeting minutes {year} - {name}</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Văn bản Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Lưu văn bản</source>
        <translation>Save document</translation>
    </message>
    <message>
        <source>Đã lưu {0}.</source>
        <translation>Saved {0}.</translation>
    </message>
    <message>
        <source>Công bố kết quả</source>
        <translation>Publish the results</translation>
    </message>
    <message>
        <source>Công bố kết quả chấm điểm của {name}? Sau khi công bố, điểm và bảng chấm điểm năm {year} không sửa được nữa.</source>
        <translation>Publish the scoring results of {name}? Once published, the points and the scoring table of {year} can no longer change.</translation>
    </message>
    <message>
        <source>Đã công bố kết quả chấm điểm.</source>
        <translation>Published the scoring results.</translation>
    </message>
    <message>
        <source>Đã lập đề nghị khen thưởng (nháp) ở trang Khen thưởng.</source>
        <translation>Made a draft award proposal on the Awards page.</translation>
    </message>
</context>
<context>
    <name>CommuneModel</name>
    <message>
        <source>Chưa đạt chuẩn</source>
        <translation>Below standard</translation>
    </message>
    <message>
        <source>NTM</source>
        <translation>NTM</translation>
    </message>
    <message>
        <source>NTM nâng cao</source>
        <translation>Advanced NTM</translation>
    </message>
    <message>
        <source>NTM kiểu mẫu</source>
        <translation>Model NTM</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Huyện</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Tiêu chí
NTM</source>
        <translation>NTM
criteria</translation>
    </message>
    <message>
        <source>Tiêu chí
nâng cao</source>
        <translation>Advanced
criteria</translation>
    </message>
    <message>
        <source>Điều kiện
kiểu mẫu</source>
        <translation>Model
conditions</translation>
    </message>
    <message>
        <source>Kế hoạch
trong năm</source>
        <translation>Plan for
the year</translation>
    </message>
    <message>
        <source>Còn thiếu cho
mức tiếp theo</source>
        <translation>Missing for
the next level</translation>
    </message>
    <message>
        <source>Ghi nhận</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Chưa có số liệu</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <source>(đã đạt mức cao nhất)</source>
        <translation>(highest level reached)</translation>
    </message>
    <message>
        <source>{level}: đủ tiêu chí</source>
        <translation>{level}: all criteria met</translation>
    </message>
    <message>
        <source>{name} — mã {code}</source>
        <translation>{name} — code {code}</translation>
    </message>
    <message>
        <source>{code}. {name} (chưa đánh giá)</source>
        <translation>{code}. {name} (not assessed)</translation>
    </message>
    <message>
        <source>Chưa có quyết định công nhận</source>
        <translation>No recognition decision yet</translation>
    </message>
    <message>
        <source>Kế hoạch năm {year}: {level} (đã đạt)</source>
        <translation>Plan for {year}: {level} (achieved)</translation>
    </message>
    <message>
        <source>Kế hoạch năm {year}: {level} (chưa đạt)</source>
        <translation>Plan for {year}: {level} (not yet achieved)</translation>
    </message>
    <message>
        <source>▲ mới: {level}</source>
        <translation>▲ new: {level}</translation>
    </message>
    <message>
        <source>⚠ xem xét thu hồi</source>
        <translation>⚠ revocation to consider</translation>
    </message>
    <message>
        <source>chưa có tiêu chí năm {year}</source>
        <translation>no criteria for {year}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Đang mở dữ liệu…</source>
        <translation>Opening data…</translation>
    </message>
    <message>
        <source>Chỉ tiêu thi đua</source>
        <translation>Emulation targets</translation>
    </message>
    <message>
        <source>Xem chỉ tiêu →</source>
        <translation>View targets →</translation>
    </message>
    <message>
        <source>An toàn ANTT và &quot;3 không&quot;</source>
        <translation>Safe for security and order (ANTT) and Three No&apos;s</translation>
    </message>
    <message>
        <source>Xem chi tiết →</source>
        <translation>View details →</translation>
    </message>
    <message>
        <source>Nông thôn mới</source>
        <translation>New rural standard</translation>
    </message>
    <message>
        <source>Xem các xã →</source>
        <translation>View communes →</translation>
    </message>
    <message>
        <source>Công nhận mới trong năm</source>
        <translation>New recognitions this year</translation>
    </message>
    <message>
        <source>Lập báo cáo →</source>
        <translation>Make a report →</translation>
    </message>
    <message>
        <source>Các chỉ tiêu được giao</source>
        <translation>Assigned targets</translation>
    </message>
    <message>
        <source>Xếp hạng cụm, khối thi đua</source>
        <translation>Emulation cluster ranking</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Chỉ tiêu giao</source>
        <translation>Assigned target</translation>
    </message>
    <message>
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>đã công bố</source>
        <translation>published</translation>
    </message>
    <message>
        <source>chưa công bố</source>
        <translation>not published</translation>
    </message>
    <message>
        <source>{name}: tổng điểm ({state})</source>
        <translation>{name}: total points ({state})</translation>
    </message>
    <message>
        <source>Chưa chọn cơ quan sử dụng: bấm “Đổi…” ở góc trên bên phải để chọn.</source>
        <translation>No office chosen yet: press “Change…” at the top right to choose one.</translation>
    </message>
    <message>
        <source>Tổng quan năm {0}</source>
        <translation>Overview {0}</translation>
    </message>
    <message>
        <source>{scope} · {campaigns} phong trào thi đua trong năm · số liệu minh họa</source>
        <translation>{scope} · {campaigns} emulation campaigns this year · demo data</translation>
    </message>
    <message>
        <source>{scope} · {campaigns} phong trào thi đua trong năm</source>
        <translation>{scope} · {campaigns} emulation campaigns this year</translation>
    </message>
    <message>
        <source>Các chỉ tiêu được giao cho {0} ({1})</source>
        <translation>Targets assigned to {0} ({1})</translation>
    </message>
    <message>
        <source>chỉ tiêu hoàn thành (vượt mức {0})</source>
        <translation>targets met ({0} exceeded)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;không đạt {1}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{0}&apos;&gt;{1} not met&lt;/span&gt;</translation>
    </message>
    <message>
        <source>chưa có số liệu {0}</source>
        <translation>{0} with no data</translation>
    </message>
    <message>
        <source>Chưa có chỉ tiêu nào được giao năm này.</source>
        <translation>No targets assigned for this year.</translation>
    </message>
    <message>
        <source>{0} xã, phường, thị trấn; chưa có số liệu.</source>
        <translation>{0} commune(s)/wards/townships; no data yet.</translation>
    </message>
    <message>
        <source>{0}/{1} đơn vị đạt cả hai&lt;br&gt;chỉ tiêu ≥ {2}%: &lt;b style=&apos;color:{3}&apos;&gt;{4}&lt;/b&gt;</source>
        <translation>{0}/{1} units meet both&lt;br&gt;target ≥ {2}%: &lt;b style=&apos;color:{3}&apos;&gt;{4}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Không có xã thuộc đối tượng nông thôn mới.</source>
        <translation>No communes fall under the new rural standard.</translation>
    </message>
    <message>
        <source>{0}/{1} xã</source>
        <translation>{0}/{1} commune(s)</translation>
    </message>
    <message>
        <source>đạt chuẩn NTM&lt;br&gt;nâng cao {0} · kiểu mẫu {1}</source>
        <translation>meet the NTM standard&lt;br&gt;advanced {0} · model {1}</translation>
    </message>
    <message>
        <source>{level}: &lt;b&gt;{new}&lt;/b&gt; / {target} &lt;span style=&apos;color:{colour}&apos;&gt;({status})&lt;/span&gt;</source>
        <translation>{level}: &lt;b&gt;{new}&lt;/b&gt; / {target} &lt;span style=&apos;color:{colour}&apos;&gt;({status})&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{0} xã</source>
        <translation>{0} commune(s)</translation>
    </message>
    <message>
        <source>Không có kế hoạch hay chỉ tiêu công nhận mới.</source>
        <translation>No plans or targets for new recognitions.</translation>
    </message>
    <message>
        <source>Chỉ tiêu theo kết quả đánh giá</source>
        <translation>Targets by assessment</translation>
    </message>
    <message>
        <source>Chưa có chỉ tiêu nào được giao năm {0}.</source>
        <translation>No targets assigned for {0}.</translation>
    </message>
    <message>
        <source>Chưa có số liệu &quot;3 không&quot;, ANTT năm {0}.</source>
        <translation>No Three No&apos;s or ANTT data for {0}.</translation>
    </message>
    <message>
        <source>Đạt ANTT và &quot;3 không&quot; (%)</source>
        <translation>Meeting ANTT and Three No&apos;s (%)</translation>
    </message>
    <message>
        <source>&quot;3 không&quot;</source>
        <translation>Three No&apos;s</translation>
    </message>
    <message>
        <source>ANTT</source>
        <translation>ANTT</translation>
    </message>
    <message>
        <source>Cả hai</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Tỷ lệ đơn vị đạt chuẩn (%)</source>
        <translation>Share of units meeting the standard (%)</translation>
    </message>
    <message>
        <source>Tỷ lệ đạt (%)</source>
        <translation>Share met (%)</translation>
    </message>
    <message>
        <source>Không có xã thuộc đối tượng xây dựng nông thôn mới.</source>
        <translation>No communes fall under the new rural standard programme.</translation>
    </message>
    <message>
        <source>Số xã theo mức đạt chuẩn NTM</source>
        <translation>Communes by new rural standard level</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Ghi quyết định khen thưởng</source>
        <translation>Record commendation decision</translation>
    </message>
    <message>
        <source>ví dụ 125/QĐ-UBND</source>
        <translation>e.g. 125/QD-UBND</translation>
    </message>
    <message>
        <source>Chủ tịch</source>
        <translation>Chairman</translation>
    </message>
    <message>
        <source>Số quyết định:</source>
        <translation>Decision number:</translation>
    </message>
    <message>
        <source>Ngày quyết định:</source>
        <translation>Decision date:</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation>Signer position:</translation>
    </message>
    <message>
        <source>Các dòng được khen thưởng trong quyết định này:</source>
        <translation>Lines awarded by this decision:</translation>
    </message>
    <message>
        <source>{n}. {name} — {award}</source>
        <translation>{n}. {name} — {award}</translation>
    </message>
    <message>
        <source>Không khen thưởng được: {why}.</source>
        <translation>Cannot be awarded: {why}.</translation>
    </message>
    <message>
        <source>Hãy nhập số quyết định.</source>
        <translation>Enter the decision number.</translation>
    </message>
    <message>
        <source>Hãy nhập họ tên người ký quyết định.</source>
        <translation>Enter the name of the person signing the decision.</translation>
    </message>
    <message>
        <source>Hãy chọn ít nhất một dòng được khen thưởng.</source>
        <translation>Select at least one line to award.</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <source>vượt</source>
        <translation>exceeded</translation>
    </message>
    <message>
        <source>đạt</source>
        <translation>met</translation>
    </message>
    <message>
        <source>không đạt</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>chưa có số liệu</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>tối thiểu (≥)</source>
        <translation>at least (≥)</translation>
    </message>
    <message>
        <source>tối đa (≤)</source>
        <translation>at most (≤)</translation>
    </message>
    <message>
        <source>khoảng</source>
        <translation>range</translation>
    </message>
    <message>
        <source>thành phố</source>
        <translation>city</translation>
    </message>
    <message>
        <source>tỉnh</source>
        <translation>province</translation>
    </message>
    <message>
        <source>quận</source>
        <translation>urban district</translation>
    </message>
    <message>
        <source>huyện</source>
        <translation>district</translation>
    </message>
    <message>
        <source>thị xã</source>
        <translation>town</translation>
    </message>
    <message>
        <source>phường</source>
        <translation>ward</translation>
    </message>
    <message>
        <source>xã</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>thị trấn</source>
        <translation>township</translation>
    </message>
    <message>
        <source>đặc khu</source>
        <translation>special zone</translation>
    </message>
    <message>
        <source>ấp</source>
        <translation>hamlet</translation>
    </message>
    <message>
        <source>khu vực</source>
        <translation>neighbourhood</translation>
    </message>
    <message>
        <source>cấp tỉnh</source>
        <translation>provincial level</translation>
    </message>
    <message>
        <source>cấp huyện</source>
        <translation>district level</translation>
    </message>
    <message>
        <source>cấp xã</source>
        <translation>commune level</translation>
    </message>
    <message>
        <source>cấp ấp</source>
        <translation>hamlet level</translation>
    </message>
    <message>
        <source>NTM</source>
        <translation>NTM</translation>
    </message>
    <message>
        <source>NTM nâng cao</source>
        <translation>Advanced NTM</translation>
    </message>
    <message>
        <source>NTM kiểu mẫu</source>
        <translation>Model NTM</translation>
    </message>
    <message>
        <source>xã đạt chuẩn nông thôn mới</source>
        <translation>commune meeting the new rural standard (NTM)</translation>
    </message>
    <message>
        <source>xã đạt chuẩn nông thôn mới nâng cao</source>
        <translation>commune meeting the advanced new rural standard (NTM)</translation>
    </message>
    <message>
        <source>xã đạt chuẩn nông thôn mới kiểu mẫu</source>
        <translation>commune meeting the model new rural standard (NTM)</translation>
    </message>
    <message>
        <source>chưa đạt</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>chưa đánh giá</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>thôn</source>
        <translation>village</translation>
    </message>
    <message>
        <source>tổ dân phố</source>
        <translation>residential group</translation>
    </message>
    <message>
        <source>khu phố</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>bản</source>
        <translation>mountain village</translation>
    </message>
    <message>
        <source>mới đạt</source>
        <translation>newly met</translation>
    </message>
    <message>
        <source>không còn đạt</source>
        <translation>no longer met</translation>
    </message>
    <message>
        <source>An toàn về ANTT</source>
        <translation>Safe (ANTT)</translation>
    </message>
    <message>
        <source>thường xuyên</source>
        <translation>regular</translation>
    </message>
    <message>
        <source>chuyên đề (theo đợt)</source>
        <translation>thematic (by phase)</translation>
    </message>
    <message>
        <source>đang soạn</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>đang triển khai</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>đã tổng kết</source>
        <translation>concluded</translation>
    </message>
    <message>
        <source>đã đăng ký</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>đã duyệt</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>trả lại</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>nhập</source>
        <translation>entered</translation>
    </message>
    <message>
        <source>tổng hợp</source>
        <translation>aggregated</translation>
    </message>
    <message>
        <source>tính tự động</source>
        <translation>computed automatically</translation>
    </message>
    <message>
        <source>nhập trực tiếp</source>
        <translation>entered directly</translation>
    </message>
    <message>
        <source>tổng các đơn vị trực thuộc</source>
        <translation>sum of the subordinate units</translation>
    </message>
    <message>
        <source>trung bình các đơn vị trực thuộc</source>
        <translation>mean of the subordinate units</translation>
    </message>
    <message>
        <source>tính từ mục An ninh trật tự</source>
        <translation>computed in Security and order</translation>
    </message>
    <message>
        <source>tính từ mục Nông thôn mới</source>
        <translation>computed in New rural standard</translation>
    </message>
    <message>
        <source>Tỷ lệ xã, phường, thị trấn đạt &quot;an toàn về ANTT&quot; và &quot;3 không&quot; (%)</source>
        <translation>Share of communes, wards and townships safe (ANTT) and meeting Three No&apos;s (%)</translation>
    </message>
    <message>
        <source>Số xã được công nhận mới đạt chuẩn nông thôn mới nâng cao trong năm</source>
        <translation>Communes newly recognised as meeting the advanced new rural standard in the year</translation>
    </message>
    <message>
        <source>Số xã được công nhận mới đạt chuẩn nông thôn mới kiểu mẫu trong năm</source>
        <translation>Communes newly recognised as meeting the model new rural standard in the year</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Nạp danh mục</source>
        <translation>Load reference list</translation>
    </message>
    <message>
        <source>Chuyển sang cơ quan kế thừa</source>
        <translation>Moved to a successor office</translation>
    </message>
    <message>
        <source>Khóa sổ</source>
        <translation>Lock year</translation>
    </message>
    <message>
        <source>Mở khóa sổ</source>
        <translation>Unlock year</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <source>Cho phép nhập gói lại</source>
        <translation>Allow package imports again</translation>
    </message>
    <message>
        <source>Nhập gói dữ liệu</source>
        <translation>Import data package</translation>
    </message>
    <message>
        <source>Nạp dữ liệu minh họa</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>Duyệt</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Trả lại</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Chép từ năm trước</source>
        <translation>Copy from previous year</translation>
    </message>
    <message>
        <source>Thu hồi</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Trình</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Hội đồng xét</source>
        <translation>Council review</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decide</translation>
    </message>
    <message>
        <source>Trao khen thưởng</source>
        <translation>Give award</translation>
    </message>
    <message>
        <source>Ghi quyết định đã ban hành</source>
        <translation>Record an issued decision</translation>
    </message>
    <message>
        <source>Gửi hồ sơ lên cấp trên</source>
        <translation>Send the dossier to the higher level</translation>
    </message>
    <message>
        <source>Nhận hồ sơ từ cấp dưới</source>
        <translation>Dossier received from below</translation>
    </message>
    <message>
        <source>Gửi kết quả xét hồ sơ</source>
        <translation>Send the dossier&apos;s result</translation>
    </message>
    <message>
        <source>Nhận kết quả xét hồ sơ</source>
        <translation>Dossier result received</translation>
    </message>
    <message>
        <source>Đặt thành viên cụm, khối</source>
        <translation>Set the cluster&apos;s members</translation>
    </message>
    <message>
        <source>Đặt bảng chấm điểm</source>
        <translation>Set the scoring table</translation>
    </message>
    <message>
        <source>Chép bảng chấm điểm năm trước</source>
        <translation>Copy last year&apos;s scoring table</translation>
    </message>
    <message>
        <source>Tự chấm điểm</source>
        <translation>Self-scoring</translation>
    </message>
    <message>
        <source>Cụm, khối chấm điểm</source>
        <translation>Cluster review of points</translation>
    </message>
    <message>
        <source>Gửi bảng chấm điểm xuống các thành viên</source>
        <translation>Send the scoring table to the members</translation>
    </message>
    <message>
        <source>Nhận bảng chấm điểm của cụm, khối</source>
        <translation>Receive a cluster&apos;s scoring table</translation>
    </message>
    <message>
        <source>Gửi điểm tự chấm lên</source>
        <translation>Send self-scores up</translation>
    </message>
    <message>
        <source>Nhận điểm tự chấm của thành viên</source>
        <translation>Receive a member&apos;s self-scores</translation>
    </message>
    <message>
        <source>Công bố kết quả chấm điểm</source>
        <translation>Publish the scoring results</translation>
    </message>
    <message>
        <source>Xuất gói dữ liệu</source>
        <translation>Export data package</translation>
    </message>
    <message>
        <source>Nhập gói: thêm</source>
        <translation>Import: added</translation>
    </message>
    <message>
        <source>Nhập gói: sửa</source>
        <translation>Import: changed</translation>
    </message>
    <message>
        <source>Nhập gói: thay số liệu tại đây</source>
        <translation>Import: replaced local data</translation>
    </message>
    <message>
        <source>Nhập gói: xóa</source>
        <translation>Import: deleted</translation>
    </message>
    <message>
        <source>Tin cậy khóa ký của cơ quan gửi</source>
        <translation>Trust a sender&apos;s signing key</translation>
    </message>
    <message>
        <source>Cơ quan sử dụng</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Đơn vị hành chính</source>
        <translation>Administrative unit</translation>
    </message>
    <message>
        <source>Danh mục tham chiếu</source>
        <translation>Reference list</translation>
    </message>
    <message>
        <source>Khóa sổ năm</source>
        <translation>Year lock</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Phong trào thi đua</source>
        <translation>Emulation campaign</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Chỉ tiêu giao</source>
        <translation>Assigned target</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Đăng ký thi đua</source>
        <translation>Emulation registration</translation>
    </message>
    <message>
        <source>&quot;3 không&quot;, an toàn ANTT</source>
        <translation>Three No&apos;s, safe (ANTT)</translation>
    </message>
    <message>
        <source>Tiêu chí &quot;3 không&quot;</source>
        <translation>Three No&apos;s criterion</translation>
    </message>
    <message>
        <source>Khu dân cư</source>
        <translation>Residential area</translation>
    </message>
    <message>
        <source>Nông thôn mới</source>
        <translation>New rural standard</translation>
    </message>
    <message>
        <source>Tiêu chí nông thôn mới</source>
        <translation>New rural standard criteria</translation>
    </message>
    <message>
        <source>Bộ tiêu chí nông thôn mới</source>
        <translation>New rural standard criteria set</translation>
    </message>
    <message>
        <source>Kế hoạch nông thôn mới</source>
        <translation>New rural standard plan</translation>
    </message>
    <message>
        <source>Công nhận nông thôn mới</source>
        <translation>New rural standard recognition</translation>
    </message>
    <message>
        <source>Đối tượng khen thưởng</source>
        <translation>Award recipient</translation>
    </message>
    <message>
        <source>Đề nghị khen thưởng</source>
        <translation>Award proposal</translation>
    </message>
    <message>
        <source>Dòng đề nghị khen thưởng</source>
        <translation>Award proposal line</translation>
    </message>
    <message>
        <source>Quyết định khen thưởng</source>
        <translation>Award decision</translation>
    </message>
    <message>
        <source>Thể thức văn bản</source>
        <translation>Document format</translation>
    </message>
    <message>
        <source>Gói dữ liệu</source>
        <translation>Data package</translation>
    </message>
    <message>
        <source>Khóa ký của cơ quan gửi</source>
        <translation>Sender&apos;s signing key</translation>
    </message>
    <message>
        <source>Dữ liệu thử quy mô lớn</source>
        <translation>Large test data</translation>
    </message>
    <message>
        <source>Tệp đính kèm</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Cụm, khối thi đua</source>
        <translation>Emulation clusters</translation>
    </message>
    <message>
        <source>Căn chỉnh in phôi</source>
        <translation>Certificate blank calibration</translation>
    </message>
    <message>
        <source>Tổ chức làm công tác thi đua, khen thưởng</source>
        <translation>Body doing emulation and commendation work</translation>
    </message>
    <message>
        <source>Công chức làm công tác thi đua, khen thưởng</source>
        <translation>Civil servant doing emulation and commendation work</translation>
    </message>
    <message>
        <source>Sổ quỹ thi đua, khen thưởng</source>
        <translation>Emulation and commendation fund book</translation>
    </message>
    <message>
        <source>Số dư đầu năm của quỹ thi đua, khen thưởng</source>
        <translation>Opening balance of the emulation and commendation fund</translation>
    </message>
    <message>
        <source>Mục thu, chi của quỹ thi đua, khen thưởng</source>
        <translation>Receipt and payment category of the fund</translation>
    </message>
    <message>
        <source>Tạm dừng xét khen thưởng</source>
        <translation>Awards on hold</translation>
    </message>
    <message>
        <source>cấp cơ sở</source>
        <translation>unit level</translation>
    </message>
    <message>
        <source>phạm vi toàn tỉnh</source>
        <translation>province-wide</translation>
    </message>
    <message>
        <source>phạm vi toàn quốc</source>
        <translation>nationwide</translation>
    </message>
    <message>
        <source>đang bị xem xét kỷ luật</source>
        <translation>under disciplinary review</translation>
    </message>
    <message>
        <source>đang bị thanh tra, kiểm tra</source>
        <translation>under inspection</translation>
    </message>
    <message>
        <source>có đơn thư khiếu nại, tố cáo đang được xác minh</source>
        <translation>a complaint or denunciation is being verified</translation>
    </message>
    <message>
        <source>lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên</source>
        <translation>leader at ministry or province level or above</translation>
    </message>
    <message>
        <source>lãnh đạo cấp vụ, sở, ngành và tương đương</source>
        <translation>leader at department level or equivalent</translation>
    </message>
    <message>
        <source>lãnh đạo khác từ phó phòng trở lên</source>
        <translation>other leader from deputy head of section up</translation>
    </message>
    <message>
        <source>doanh nhân</source>
        <translation>businessperson</translation>
    </message>
    <message>
        <source>doanh nghiệp</source>
        <translation>enterprise</translation>
    </message>
    <message>
        <source>hợp tác xã</source>
        <translation>cooperative</translation>
    </message>
    <message>
        <source>Cấp vụ thuộc bộ, ban, ngành, đoàn thể Trung ương</source>
        <translation>Department of a central ministry or body</translation>
    </message>
    <message>
        <source>Cấp phòng, ban hoặc bộ phận thuộc vụ</source>
        <translation>Section or unit of a department</translation>
    </message>
    <message>
        <source>Cấp ban thuộc Sở Nội vụ</source>
        <translation>Board of the provincial Department of Home Affairs</translation>
    </message>
    <message>
        <source>Cấp phòng thuộc Sở Nội vụ</source>
        <translation>Section of the provincial Department of Home Affairs</translation>
    </message>
    <message>
        <source>Sơ cấp</source>
        <translation>Elementary</translation>
    </message>
    <message>
        <source>Trung cấp</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <source>Cao đẳng</source>
        <translation>College</translation>
    </message>
    <message>
        <source>Đại học</source>
        <translation>University</translation>
    </message>
    <message>
        <source>Trên đại học</source>
        <translation>Postgraduate</translation>
    </message>
    <message>
        <source>Cơ quan, người tặng</source>
        <translation>Awarding authority</translation>
    </message>
    <message>
        <source>Danh hiệu, hình thức</source>
        <translation>Title or commendation</translation>
    </message>
    <message>
        <source>Tên người, tập thể được khen</source>
        <translation>Name of the person or collective</translation>
    </message>
    <message>
        <source>Chức vụ, đơn vị</source>
        <translation>Position, workplace</translation>
    </message>
    <message>
        <source>Thành tích</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>Địa danh, ngày tháng</source>
        <translation>Place and date</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Signer&apos;s position</translation>
    </message>
    <message>
        <source>Họ tên người ký</source>
        <translation>Signer&apos;s name</translation>
    </message>
    <message>
        <source>Số, ngày quyết định</source>
        <translation>Decision number and date</translation>
    </message>
    <message>
        <source>Cụm thi đua</source>
        <translation>Emulation cluster</translation>
    </message>
    <message>
        <source>Khối thi đua</source>
        <translation>Emulation block</translation>
    </message>
    <message>
        <source>Trưởng cụm, khối</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Phó cụm, khối</source>
        <translation>Deputy head</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Tiêu chí chấm điểm</source>
        <translation>Scored criterion</translation>
    </message>
    <message>
        <source>Điểm thưởng</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Điểm trừ</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>Công nhận an toàn về ANTT</source>
        <translation>Security and order recognition</translation>
    </message>
    <message>
        <source>Tỷ lệ chỉ tiêu đạt, vượt</source>
        <translation>Share of targets met or exceeded</translation>
    </message>
    <message>
        <source>Văn bản phát động</source>
        <translation>Launching document</translation>
    </message>
    <message>
        <source>Tờ trình</source>
        <translation>Proposal letter</translation>
    </message>
    <message>
        <source>Báo cáo thành tích</source>
        <translation>Achievement report</translation>
    </message>
    <message>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Sáng kiến</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Giao ước thi đua</source>
        <translation>Emulation agreement</translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Đã trình</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Hội đồng TĐKT đã xét</source>
        <translation>Reviewed by the Council</translation>
    </message>
    <message>
        <source>Đã quyết định</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Đã trao</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>Đã quyết định (ghi lại)</source>
        <translation>Decided (recorded)</translation>
    </message>
    <message>
        <source>Gửi lên</source>
        <translation>Sent up</translation>
    </message>
    <message>
        <source>Nhận từ cấp dưới</source>
        <translation>Received from below</translation>
    </message>
    <message>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Đang xét</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Trả lại (nháp)</source>
        <translation>Returned (draft)</translation>
    </message>
    <message>
        <source>tập thể</source>
        <translation>collective</translation>
    </message>
    <message>
        <source>cá nhân</source>
        <translation>individual</translation>
    </message>
    <message>
        <source>hộ gia đình</source>
        <translation>household</translation>
    </message>
    <message>
        <source>thường xuyên (công trạng)</source>
        <translation>regular (merit)</translation>
    </message>
    <message>
        <source>đột xuất</source>
        <translation>ad hoc</translation>
    </message>
    <message>
        <source>theo đợt, chuyên đề</source>
        <translation>campaign, thematic</translation>
    </message>
    <message>
        <source>quá trình cống hiến</source>
        <translation>career contribution</translation>
    </message>
    <message>
        <source>niên hạn</source>
        <translation>length of service</translation>
    </message>
    <message>
        <source>đối ngoại</source>
        <translation>foreign relations</translation>
    </message>
    <message>
        <source>trung ương</source>
        <translation>central level</translation>
    </message>
    <message>
        <source>cán bộ</source>
        <translation>official</translation>
    </message>
    <message>
        <source>công chức</source>
        <translation>civil servant</translation>
    </message>
    <message>
        <source>viên chức</source>
        <translation>public employee</translation>
    </message>
    <message>
        <source>người lao động trực tiếp</source>
        <translation>direct worker</translation>
    </message>
    <message>
        <source>khác</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Lao động tiên tiến</source>
        <translation>Advanced Worker</translation>
    </message>
    <message>
        <source>Chiến sĩ thi đua cơ sở</source>
        <translation>Grassroots Emulation Fighter</translation>
    </message>
    <message>
        <source>Chiến sĩ thi đua thành phố</source>
        <translation>City Emulation Fighter</translation>
    </message>
    <message>
        <source>Chiến sĩ thi đua toàn quốc</source>
        <translation>National Emulation Fighter</translation>
    </message>
    <message>
        <source>Tập thể lao động tiên tiến</source>
        <translation>Advanced Labour Collective</translation>
    </message>
    <message>
        <source>Tập thể lao động xuất sắc</source>
        <translation>Excellent Labour Collective</translation>
    </message>
    <message>
        <source>Cờ thi đua của thành phố</source>
        <translation>City Emulation Flag</translation>
    </message>
    <message>
        <source>Cờ thi đua của Chính phủ</source>
        <translation>Government Emulation Flag</translation>
    </message>
    <message>
        <source>Giấy khen của Chủ tịch UBND cấp xã</source>
        <translation>Certificate of Merit of the Commune People&apos;s Committee Chairman</translation>
    </message>
    <message>
        <source>Giấy khen của Chủ tịch UBND cấp huyện</source>
        <translation>Certificate of Merit of the District People&apos;s Committee Chairman</translation>
    </message>
    <message>
        <source>Bằng khen của Chủ tịch UBND thành phố</source>
        <translation>Certificate of Commendation of the City People&apos;s Committee Chairman</translation>
    </message>
    <message>
        <source>Bằng khen của Thủ tướng Chính phủ</source>
        <translation>Certificate of Commendation of the Prime Minister</translation>
    </message>
    <message>
        <source>Gia đình văn hóa</source>
        <translation>Cultural Family</translation>
    </message>
    <message>
        <source>Ấp, khu vực văn hóa</source>
        <translation>Cultural Hamlet</translation>
    </message>
    <message>
        <source>Xã, phường, thị trấn tiêu biểu</source>
        <translation>Model Commune</translation>
    </message>
    <message>
        <source>Tự động hằng ngày</source>
        <translation>Daily automatic</translation>
    </message>
    <message>
        <source>Sao lưu thủ công</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <source>Trước khi nâng cấp</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <source>Trước khi khôi phục</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>Trước khi nhập gói</source>
        <translation>Before package import</translation>
    </message>
    <message>
        <source>số liệu</source>
        <translation>data</translation>
    </message>
    <message>
        <source>định nghĩa</source>
        <translation>definitions</translation>
    </message>
    <message>
        <source>hồ sơ khen thưởng</source>
        <translation>award dossier</translation>
    </message>
    <message>
        <source>kết quả xét hồ sơ</source>
        <translation>dossier result</translation>
    </message>
    <message>
        <source>bảng chấm điểm cụm, khối thi đua</source>
        <translation>emulation cluster scoring table</translation>
    </message>
    <message>
        <source>điểm tự chấm cụm, khối thi đua</source>
        <translation>emulation cluster self-scores</translation>
    </message>
    <message>
        <source>không có chữ ký</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>chữ ký hợp lệ (khóa đã đăng ký)</source>
        <translation>valid signature (registered key)</translation>
    </message>
    <message>
        <source>chữ ký đúng nhưng khóa của cơ quan gửi chưa được đăng ký ở đây</source>
        <translation>correct signature, but the sending office&apos;s key is not registered here</translation>
    </message>
    <message>
        <source>Kết quả chỉ tiêu</source>
        <translation>Target results</translation>
    </message>
    <message>
        <source>“3 không” và an toàn về ANTT</source>
        <translation>Three No&apos;s and safe (ANTT)</translation>
    </message>
    <message>
        <source>Chỉ tiêu của phong trào</source>
        <translation>Campaign targets</translation>
    </message>
    <message>
        <source>Tiêu chí “3 không”</source>
        <translation>Three No&apos;s criteria</translation>
    </message>
    <message>
        <source>Chỉ tiêu giao (mức phấn đấu)</source>
        <translation>Assigned targets (levels to reach)</translation>
    </message>
</context>
<context>
    <name>DossierFlow</name>
    <message>
        <source>Nhận hồ sơ, kết quả</source>
        <translation>Receive a dossier or result</translation>
    </message>
    <message>
        <source>Gói hồ sơ (*.tdkt)</source>
        <translation>Dossier package (*.tdkt)</translation>
    </message>
    <message>
        <source>Lưu gói để gửi</source>
        <translation>Save the package to send</translation>
    </message>
    <message>
        <source>Đã lưu gói số {n} ({name}) để gửi {receiver}.</source>
        <translation>Saved package no. {n} ({name}) to send to {receiver}.</translation>
    </message>
    <message>
        <source>Đang lập gói hồ sơ…</source>
        <translation>Writing the dossier package…</translation>
    </message>
    <message>
        <source>Đã nhận {kind} của {producer}: {title}.</source>
        <translation>Received the {kind} of {producer}: {title}.</translation>
    </message>
    <message>
        <source>Đang nhận hồ sơ…</source>
        <translation>Receiving the dossier…</translation>
    </message>
</context>
<context>
    <name>DossierInbox</name>
    <message>
        <source>Gửi đi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Nhận về</source>
        <translation>Received</translation>
    </message>
    <message>
        <source> · chưa báo về cơ quan gửi</source>
        <translation> · not yet reported to the sender</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Sửa khoản thu</source>
        <translation>Edit receipt</translation>
    </message>
    <message>
        <source>Sửa khoản chi</source>
        <translation>Edit payment</translation>
    </message>
    <message>
        <source>Thêm khoản thu</source>
        <translation>Add receipt</translation>
    </message>
    <message>
        <source>Thêm khoản chi</source>
        <translation>Add payment</translation>
    </message>
    <message>
        <source>số phiếu thu, ví dụ PT05</source>
        <translation>receipt voucher number, e.g. PT05</translation>
    </message>
    <message>
        <source>số phiếu chi, ví dụ PC12</source>
        <translation>payment voucher number, e.g. PC12</translation>
    </message>
    <message>
        <source>Quyết định khen thưởng có tiền thưởng được chi</source>
        <translation>The award decision whose bonus money this pays</translation>
    </message>
    <message>
        <source>(không gắn quyết định)</source>
        <translation>(no decision)</translation>
    </message>
    <message>
        <source>{number} ngày {day} — còn {left} đồng</source>
        <translation>{number} of {day} — {left} VND left</translation>
    </message>
    <message>
        <source>số đồng, ví dụ 1.500.000</source>
        <translation>amount in VND, e.g. 1.500.000</translation>
    </message>
    <message>
        <source>Số chứng từ:</source>
        <translation>Voucher number:</translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Mục:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Quyết định:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Số tiền (đồng):</source>
        <translation>Amount (VND):</translation>
    </message>
    <message>
        <source>Nội dung:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Chi tiền thưởng theo Quyết định số {number}</source>
        <translation>Bonus money paid under decision {number}</translation>
    </message>
    <message>
        <source>Tiền thưởng của quyết định: {total} đồng; đã chi {paid} đồng.</source>
        <translation>Bonus money of the decision: {total} VND; paid so far: {paid} VND.</translation>
    </message>
    <message>
        <source>Hãy nhập số chứng từ.</source>
        <translation>Enter the voucher number.</translation>
    </message>
    <message>
        <source>Hãy chọn mục thu, chi.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <source>Hãy nhập số tiền (đồng).</source>
        <translation>Enter the amount (VND).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <source>Chưa chọn cơ quan sử dụng cho bản cài đặt này: báo cáo, phạm vi dữ liệu và thể thức văn bản đều theo cơ quan. Chọn cơ quan ngay bây giờ?</source>
        <translation>No office has been chosen for this installation: reports, the data in scope and the document letterhead all depend on it. Choose the office now?</translation>
    </message>
    <message>
        <source>Chưa chọn cơ quan sử dụng</source>
        <translation>No office chosen</translation>
    </message>
    <message>
        <source>Ứng dụng gặp một lỗi chưa lường trước. Dữ liệu đã lưu không bị ảnh hưởng; thao tác vừa rồi có thể chưa hoàn tất.

Nhật ký lỗi: {log}</source>
        <translation>The application ran into an unexpected error. Saved data is not affected; the last operation may not have completed.

Error log: {log}</translation>
    </message>
    <message>
        <source>Ứng dụng gặp một lỗi chưa lường trước. Dữ liệu đã lưu không bị ảnh hưởng; thao tác vừa rồi có thể chưa hoàn tất.</source>
        <translation>The application ran into an unexpected error. Saved data is not affected; the last operation may not have completed.</translation>
    </message>
    <message>
        <source>Lỗi không mong muốn</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Hãy gửi nội dung chi tiết bên dưới cho bộ phận hỗ trợ.</source>
        <translation>Please send the details below to your support team.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Trao đổi dữ liệu</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <source>Gửi và nhận số liệu bằng tệp gói (.tdkt) qua USB hoặc thư điện tử: số liệu gửi lên cấp trên, định nghĩa (phong trào, chỉ tiêu, bộ tiêu chí) gửi xuống cấp dưới. Gói nhận được kiểm tra đầy đủ và xem trước trước khi áp dụng.</source>
        <translation>Send and receive figures as package files (.tdkt) by USB drive or e-mail: figures go up to the higher level, definitions (campaigns, targets, criteria sets) go down to lower levels. A received package is fully checked and previewed before it is applied.</translation>
    </message>
    <message>
        <source>Nhận gói</source>
        <translation>Receive package</translation>
    </message>
    <message>
        <source>Gửi gói</source>
        <translation>Send package</translation>
    </message>
    <message>
        <source>Tình hình gửi số liệu</source>
        <translation>Reporting status</translation>
    </message>
    <message>
        <source>Gói đã nhận</source>
        <translation>Received packages</translation>
    </message>
    <message>
        <source>Khóa ký gói</source>
        <translation>Signing keys</translation>
    </message>
    <message>
        <source>Chọn gói để kiểm tra…</source>
        <translation>Choose a package to check…</translation>
    </message>
    <message>
        <source>Áp dụng</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Nhập gói đã xem trước (sao lưu trước khi nhập)</source>
        <translation>Import the previewed package (backed up first)</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Chi tiết thay đổi và lưu ý sẽ hiện ở đây.</source>
        <translation>Details of the changes and any notes will appear here.</translation>
    </message>
    <message>
        <source>Gói dữ liệu (*.tdkt);;Tất cả các tệp (*)</source>
        <translation>Data packages (*.tdkt);;All files (*)</translation>
    </message>
    <message>
        <source>Đang kiểm tra gói {0}…</source>
        <translation>Checking package {0}…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gói {0} năm {1}&lt;/b&gt; của &lt;b&gt;{2}&lt;/b&gt; ({3}), phạm vi {4} ({5}); số thứ tự {6}, tạo lúc {7}; {8} dòng.&lt;br&gt;Chữ ký: {9}.</source>
        <translation>&lt;b&gt;{0} package for {1}&lt;/b&gt; from &lt;b&gt;{2}&lt;/b&gt; ({3}), scope {4} ({5}); sequence no. {6}, created {7}; {8} row(s).&lt;br&gt;Signature: {9}.</translation>
    </message>
    <message>
        <source>Lưu ý: {warning}</source>
        <translation>Note: {warning}</translation>
    </message>
    <message>
        <source>Chọn gói dữ liệu (giữ Ctrl để chọn nhiều gói)</source>
        <translation>Choose data packages (hold Ctrl to choose several)</translation>
    </message>
    <message>
        <source>Đang kiểm tra {count} gói…</source>
        <translation>Checking {count} package(s)…</translation>
    </message>
    <message>
        <source>{file}: bị từ chối — {reason}</source>
        <translation>{file}: refused — {reason}</translation>
    </message>
    <message>
        <source>trùng với gói {file} ở trên, bỏ qua</source>
        <translation>the same as package {file} above, skipped</translation>
    </message>
    <message>
        <source>đã nhập trước đó, không thay đổi gì</source>
        <translation>imported before, changes nothing</translation>
    </message>
    <message>
        <source>thay đổi {count} dòng</source>
        <translation>changes {count} row(s)</translation>
    </message>
    <message>
        <source>{file}: {producer} ({code}), năm {year} — {outcome}</source>
        <translation>{file}: {producer} ({code}), year {year} — {outcome}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} gói&lt;/b&gt; được kiểm tra cùng nhau: {ok} gói hợp lệ, {bad} gói bị từ chối. Áp dụng sẽ nhập các gói hợp lệ trong một lần (gói của cấp trên trước), với một bản sao lưu trước khi nhập.</source>
        <translation>&lt;b&gt;{count} package(s)&lt;/b&gt; checked together: {ok} valid, {bad} refused. Apply imports the valid packages in one go (higher offices&apos; packages first), with one backup before the import.</translation>
    </message>
    <message>
        <source>Áp dụng sẽ thay đổi {changes} dòng từ {ok} gói (xem bảng và chi tiết dưới).</source>
        <translation>Applying will change {changes} row(s) from {ok} package(s) (see the table and details below).</translation>
    </message>
    <message>
        <source>{bad} gói bị từ chối, sẽ không được nhập (xem lý do dưới).</source>
        <translation>{bad} package(s) refused, they will not be imported (see why below).</translation>
    </message>
    <message>
        <source>Các gói hợp lệ không thay đổi số liệu nào ở đây.</source>
        <translation>The valid packages change no figures here.</translation>
    </message>
    <message>
        <source>Các gói này đã được nhập trước đó: không có gì để nhập.</source>
        <translation>These packages were imported before: there is nothing to import.</translation>
    </message>
    <message>
        <source>Không gói nào nhập được (xem lý do dưới).</source>
        <translation>None of the packages can be imported (see why below).</translation>
    </message>
    <message>
        <source>Gói này đã được nhập lúc {0}: nhập lại không thay đổi gì.</source>
        <translation>This package was already imported on {0}: importing it again changes nothing.</translation>
    </message>
    <message>
        <source>Gói hợp lệ. Áp dụng sẽ thay đổi {0} dòng (xem bảng dưới).</source>
        <translation>The package is valid. Applying it will change {0} row(s) (see the table below).</translation>
    </message>
    <message>
        <source>Gói hợp lệ và không thay đổi số liệu nào ở đây.</source>
        <translation>The package is valid and changes no figures here.</translation>
    </message>
    <message>
        <source>{table}: … và {count} dòng khác</source>
        <translation>{table}: … and {count} more rows</translation>
    </message>
    <message>
        <source>Chọn một hay nhiều gói (.tdkt) nhận được (giữ Ctrl để chọn nhiều gói, ví dụ gói của mọi đơn vị cấp dưới): ứng dụng kiểm tra và cho xem những gì sẽ thay đổi; chưa có gì được ghi cho đến khi bạn bấm “Áp dụng”.</source>
        <translation>Choose one or more received packages (.tdkt) (hold Ctrl to choose several, for example the packages of every unit below): the application checks them and shows what would change; nothing is written until you press “Apply”.</translation>
    </message>
    <message>
        <source>{table}: {count} dòng</source>
        <translation>{table}: {count} row(s)</translation>
    </message>
    <message>
        <source>Gói sẽ thay thế hoặc xóa số liệu đã nhập tại cơ quan này:
{counts}

Ví dụ:
{examples}

Số liệu này sẽ được thay bằng số liệu của gói (có bản sao lưu trước khi nhập). Thay thế?</source>
        <translation>The package would replace or remove figures entered at this office:
{counts}

For example:
{examples}

They will be replaced by the package&apos;s figures (a backup is made before the import). Replace them?</translation>
    </message>
    <message>
        <source>Thay thế số liệu nhập tại đây</source>
        <translation>Replace figures entered here</translation>
    </message>
    <message>
        <source>Gói từ một bản cài đặt khác</source>
        <translation>Package from another installation</translation>
    </message>
    <message>
        <source>{reason}

Chỉ nhận nếu chắc chắn cơ quan gửi đã chuyển sang bản cài đặt mới (đã hỏi lại cơ quan đó). Nhận gói từ bản cài đặt mới?</source>
        <translation>{reason}

Accept it only if you are sure the sending office has moved to a new installation (ask that office). Accept the package from the new installation?</translation>
    </message>
    <message>
        <source>Chưa nhập: số liệu tại đây được giữ nguyên.</source>
        <translation>Not imported: the figures here are kept as they are.</translation>
    </message>
    <message>
        <source>Đã hủy: không có gì thay đổi.</source>
        <translation>Cancelled: nothing changed.</translation>
    </message>
    <message>
        <source>Đang nhập gói {0}…</source>
        <translation>Importing package {0}…</translation>
    </message>
    <message>
        <source>Đang nhập {count} gói…</source>
        <translation>Importing {count} package(s)…</translation>
    </message>
    <message>
        <source>Đã nhập {applied} gói (sao lưu trước khi nhập: {backup}).</source>
        <translation>Imported {applied} package(s) (backup before the import: {backup}).</translation>
    </message>
    <message>
        <source>{skipped} gói đã nhập trước đó hoặc trùng với gói khác: bỏ qua.</source>
        <translation>{skipped} package(s) imported before or repeated: skipped.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} gói&lt;/b&gt; đã được xử lý cùng nhau.</source>
        <translation>&lt;b&gt;{count} package(s)&lt;/b&gt; processed together.</translation>
    </message>
    <message>
        <source>{refused} gói bị từ chối, không thay đổi gì:</source>
        <translation>{refused} package(s) refused, nothing changed by them:</translation>
    </message>
    <message>
        <source>Biên nhận để gửi lại các cơ quan gửi:</source>
        <translation>Receipts to send back to the senders:</translation>
    </message>
    <message>
        <source>Đã nhập {applied} gói.</source>
        <translation>Imported {applied} package(s).</translation>
    </message>
    <message>
        <source>Đã nhập gói. Bản lưu chỉ đọc: {0}.</source>
        <translation>Package imported. Read-only copy: {0}.</translation>
    </message>
    <message>
        <source>Đã nhập gói. Bản lưu chỉ đọc: {0}. Biên nhận để gửi lại cơ quan gửi: {1}.</source>
        <translation>Package imported. Read-only copy: {0}. Receipt to send back to the sending office: {1}.</translation>
    </message>
    <message>
        <source>Đã nhập gói {0}.</source>
        <translation>Imported package {0}.</translation>
    </message>
    <message>
        <source>Gói này đã được nhập trước đó: không có gì thay đổi.</source>
        <translation>This package was imported before: nothing changed.</translation>
    </message>
    <message>
        <source>hợp lệ</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>chưa đăng ký khóa</source>
        <translation>key not registered</translation>
    </message>
    <message>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Chưa gửi</source>
        <translation>Not sent</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FormHistory</name>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Hoàn tác thay đổi vừa làm trên biểu mẫu</source>
        <translation>Undo the last change on the form</translation>
    </message>
    <message>
        <source>Làm lại thay đổi vừa hoàn tác</source>
        <translation>Redo the change just undone</translation>
    </message>
    <message>
        <source>Thay đổi chưa lưu</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Biểu mẫu có thay đổi chưa lưu. Đóng và bỏ các thay đổi?</source>
        <translation>The form has unsaved changes. Close and discard them?</translation>
    </message>
</context>
<context>
    <name>FundPage</name>
    <message>
        <source>Thu</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Chi</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Quỹ thi đua, khen thưởng</source>
        <translation>Emulation and commendation fund</translation>
    </message>
    <message>
        <source>Thêm khoản thu…</source>
        <translation>Add receipt…</translation>
    </message>
    <message>
        <source>Thêm khoản chi…</source>
        <translation>Add payment…</translation>
    </message>
    <message>
        <source>Một khoản chi, có thể chi tiền thưởng của một quyết định khen thưởng</source>
        <translation>A payment, possibly the bonus money of an award decision</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Xóa…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Số dư đầu năm…</source>
        <translation>Opening balance…</translation>
    </message>
    <message>
        <source>Đặt số dư đầu năm cho năm mở sổ hoặc sau quyết toán; để trống thì lấy số dư cuối năm trước</source>
        <translation>Set the opening balance for the year the book starts or after a settlement; left empty, the previous year&apos;s closing balance is carried</translation>
    </message>
    <message>
        <source>Mục thu, chi…</source>
        <translation>Categories…</translation>
    </message>
    <message>
        <source>Thêm, đổi tên hoặc thôi dùng các mục thu, chi của sổ quỹ</source>
        <translation>Add, rename or retire the fund book&apos;s receipt and payment categories</translation>
    </message>
    <message>
        <source>Chưa chọn cơ quan sử dụng: bấm “Đổi…” ở góc trên bên phải để chọn.</source>
        <translation>No office chosen yet: click “Change…” at the top right to choose one.</translation>
    </message>
    <message>
        <source>{unit} · năm {year} · {n} chứng từ</source>
        <translation>{unit} · year {year} · {n} vouchers</translation>
    </message>
    <message>
        <source>đặt cho năm này</source>
        <translation>set for this year</translation>
    </message>
    <message>
        <source>chuyển từ năm trước</source>
        <translation>carried from the previous year</translation>
    </message>
    <message>
        <source>Số dư đầu năm ({source}): {amount} đồng</source>
        <translation>Opening balance ({source}): {amount} VND</translation>
    </message>
    <message>
        <source>Thu trong năm: &lt;b&gt;{receipts}&lt;/b&gt; đồng · Chi trong năm: &lt;b&gt;{payments}&lt;/b&gt; đồng · Số dư cuối năm: &lt;b&gt;{closing}&lt;/b&gt; đồng</source>
        <translation>Receipts this year: &lt;b&gt;{receipts}&lt;/b&gt; VND · Payments this year: &lt;b&gt;{payments}&lt;/b&gt; VND · Closing balance: &lt;b&gt;{closing}&lt;/b&gt; VND</translation>
    </message>
    <message>
        <source>Số dư quỹ sẽ âm</source>
        <translation>The fund&apos;s balance would be negative</translation>
    </message>
    <message>
        <source>Đã ghi chứng từ {number}.</source>
        <translation>Voucher {number} recorded.</translation>
    </message>
    <message>
        <source>Đã sửa chứng từ {number}.</source>
        <translation>Voucher {number} corrected.</translation>
    </message>
    <message>
        <source>Xóa chứng từ {number} ngày {day} ({amount} đồng) khỏi sổ quỹ?</source>
        <translation>Delete voucher {number} of {day} ({amount} VND) from the fund book?</translation>
    </message>
    <message>
        <source>Xóa chứng từ</source>
        <translation>Delete voucher</translation>
    </message>
    <message>
        <source>Đã xóa chứng từ {number}.</source>
        <translation>Voucher {number} deleted.</translation>
    </message>
    <message>
        <source>Đã lưu số dư đầu năm {year}.</source>
        <translation>Opening balance of {year} saved.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Lịch sử bản ghi</source>
        <translation>Record history</translation>
    </message>
    <message>
        <source>{0} {1}: {2} lần thay đổi</source>
        <translation>{0} {1}: {2} change(s)</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Mở thư mục inbox</source>
        <translation>Open inbox folder</translation>
    </message>
    <message>
        <source>Lưu bản sao gói…</source>
        <translation>Save a copy of the package…</translation>
    </message>
    <message>
        <source>Gói đang chọn, nguyên vẹn như khi nhận</source>
        <translation>The selected package, exactly as it was received</translation>
    </message>
    <message>
        <source>Lưu biên nhận…</source>
        <translation>Save the receipt…</translation>
    </message>
    <message>
        <source>Biên nhận của gói đang chọn, để gửi lại cho cơ quan đã gửi gói</source>
        <translation>The receipt of the selected package, to send back to the office that sent it</translation>
    </message>
    <message>
        <source>Lưu bản sao gói dữ liệu</source>
        <translation>Save a copy of the data package</translation>
    </message>
    <message>
        <source>Gói dữ liệu (*.tdkt)</source>
        <translation>Data package (*.tdkt)</translation>
    </message>
    <message>
        <source>Lưu biên nhận</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <source>Biên nhận (*.json)</source>
        <translation>Receipt (*.json)</translation>
    </message>
    <message>
        <source>Đã lưu {0}.</source>
        <translation>Saved {0}.</translation>
    </message>
    <message>
        <source>{0} gói đã nhận; mỗi gói được lưu nguyên vẹn trong cơ sở dữ liệu trên máy chủ (Lưu bản sao gói… để lấy lại tệp từ bất kỳ máy nào).</source>
        <translation>{0} packages received; each is kept intact in the database on the server (Save a copy of the package… gets the file back from any PC).</translation>
    </message>
    <message>
        <source>{0} gói đã nhận; mỗi gói được lưu nguyên vẹn, chỉ đọc, trong {1}.</source>
        <translation>{0} package(s) received; each is kept unchanged and read-only in {1}.</translation>
    </message>
    <message>
        <source>Chưa nhận gói dữ liệu nào.</source>
        <translation>No data packages received yet.</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <source>Hộp hồ sơ liên cấp</source>
        <translation>Dossier inbox</translation>
    </message>
    <message>
        <source>Hành trình của hồ sơ đang chọn:</source>
        <translation>Journey of the selected dossier:</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Mở đề nghị</source>
        <translation>Open the proposal</translation>
    </message>
    <message>
        <source>Nhận hồ sơ, kết quả…</source>
        <translation>Receive a dossier or result…</translation>
    </message>
    <message>
        <source>{sent} hồ sơ gửi lên, {received} hồ sơ nhận từ cấp dưới ({waiting} chưa báo kết quả về cơ quan gửi); mới nhất ở trên.</source>
        <translation>{sent} dossiers sent up, {received} dossiers received from below ({waiting} with a result not yet reported to the sender); newest first.</translation>
    </message>
    <message>
        <source>Lý do trả lại: {0}</source>
        <translation>Reason for return: {0}</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Sửa chỉ tiêu</source>
        <translation>Edit target</translation>
    </message>
    <message>
        <source>Thêm chỉ tiêu</source>
        <translation>Add target</translation>
    </message>
    <message>
        <source>không giới hạn</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>chỉ nhận số nguyên (đếm xã, hộ, người…)</source>
        <translation>whole numbers only (counts of communes, households, people…)</translation>
    </message>
    <message>
        <source>Mã chỉ tiêu:</source>
        <translation>Target code:</translation>
    </message>
    <message>
        <source>Tên chỉ tiêu:</source>
        <translation>Target name:</translation>
    </message>
    <message>
        <source>Đơn vị tính:</source>
        <translation>Unit of measure:</translation>
    </message>
    <message>
        <source>Số chữ số thập phân:</source>
        <translation>Decimal places:</translation>
    </message>
    <message>
        <source>Cách đánh giá:</source>
        <translation>Comparison:</translation>
    </message>
    <message>
        <source>Nguồn số liệu:</source>
        <translation>Data source:</translation>
    </message>
    <message>
        <source>Giá trị tối thiểu:</source>
        <translation>Minimum value:</translation>
    </message>
    <message>
        <source>Giá trị tối đa:</source>
        <translation>Maximum value:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>Sửa sáng kiến</source>
        <translation>Edit initiative</translation>
    </message>
    <message>
        <source>Ghi sáng kiến được công nhận</source>
        <translation>Record a recognised initiative</translation>
    </message>
    <message>
        <source>ví dụ Cải cách hành chính</source>
        <translation>e.g. Administrative reform</translation>
    </message>
    <message>
        <source>ví dụ 05/QĐ-HĐSK</source>
        <translation>e.g. 05/QD-HDSK</translation>
    </message>
    <message>
        <source>Tìm tác giả theo tên (không cần dấu)…</source>
        <translation>Find an author by name (diacritics optional)…</translation>
    </message>
    <message>
        <source>Tìm</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Thêm tác giả</source>
        <translation>Add author</translation>
    </message>
    <message>
        <source>Bỏ tác giả</source>
        <translation>Remove author</translation>
    </message>
    <message>
        <source>Tên sáng kiến:</source>
        <translation>Initiative:</translation>
    </message>
    <message>
        <source>Lĩnh vực:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <source>Năm công nhận:</source>
        <translation>Year recognised:</translation>
    </message>
    <message>
        <source>Phạm vi ảnh hưởng:</source>
        <translation>Reach:</translation>
    </message>
    <message>
        <source>Hội đồng sáng kiến của:</source>
        <translation>Initiatives council of:</translation>
    </message>
    <message>
        <source>Số văn bản công nhận:</source>
        <translation>Recognition document no.:</translation>
    </message>
    <message>
        <source>Ngày văn bản:</source>
        <translation>Document date:</translation>
    </message>
    <message>
        <source>Tác giả:</source>
        <translation>Authors:</translation>
    </message>
    <message>
        <source>Tìm tác giả:</source>
        <translation>Find author:</translation>
    </message>
    <message>
        <source>Hãy nhập tên sáng kiến.</source>
        <translation>Enter the initiative&apos;s title.</translation>
    </message>
    <message>
        <source>Hãy tìm và thêm tác giả của sáng kiến.</source>
        <translation>Find and add the initiative&apos;s authors.</translation>
    </message>
</context>
<context>
    <name>InitiativesTab</name>
    <message>
        <source>Xóa sáng kiến</source>
        <translation>Delete initiative</translation>
    </message>
    <message>
        <source>Sáng kiến, đề tài được Hội đồng sáng kiến công nhận, với tác giả: điều kiện của danh hiệu Chiến sĩ thi đua. Khi đơn vị đã ghi sổ sáng kiến của năm, đề nghị Chiến sĩ thi đua của người chưa có sáng kiến sẽ có cảnh báo.</source>
        <translation>Initiatives and research topics recognised by an initiatives council, with their authors: a condition of the Emulation Fighter titles. Once a unit keeps the book for a year, an Emulation Fighter proposal for someone without an initiative is warned about.</translation>
    </message>
    <message>
        <source>Ghi sáng kiến…</source>
        <translation>Record initiative…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Năm {year}: {count} sáng kiến.</source>
        <translation>{year}: {count} initiatives.</translation>
    </message>
    <message>
        <source>Đã lưu sáng kiến.</source>
        <translation>Initiative saved.</translation>
    </message>
    <message>
        <source>Xóa sáng kiến “{title}”?</source>
        <translation>Delete the initiative “{title}”?</translation>
    </message>
    <message>
        <source>Đã xóa sáng kiến.</source>
        <translation>Initiative deleted.</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <source>Khóa ký gói của bản cài đặt này: đang đọc…</source>
        <translation>Signing key of this installation: reading…</translation>
    </message>
    <message>
        <source>Mỗi gói được ký bằng khóa của bản cài đặt gửi. Khi đã đăng ký khóa của một cơ quan, mọi gói của cơ quan đó phải có chữ ký hợp lệ. Khóa chỉ được đăng ký khi bạn chọn, sau khi đối chiếu dấu vân tay với cơ quan gửi (qua điện thoại).</source>
        <translation>Each package is signed with the key of the installation that sends it. Once an office&apos;s key is registered, every package from that office must carry a valid signature. A key is registered only when you choose to, after checking its fingerprint with the sending office (by phone).</translation>
    </message>
    <message>
        <source>Xuất khóa công khai…</source>
        <translation>Export public key…</translation>
    </message>
    <message>
        <source>Đăng ký khóa của cơ quan khác…</source>
        <translation>Register another office&apos;s key…</translation>
    </message>
    <message>
        <source>Khóa ký gói của {0} ({1}): dấu vân tay &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>Signing key of {0} ({1}): fingerprint &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Xuất khóa công khai</source>
        <translation>Export public key</translation>
    </message>
    <message>
        <source>Tệp khóa (*.json)</source>
        <translation>Key files (*.json)</translation>
    </message>
    <message>
        <source>Đã ghi khóa công khai vào {0}.</source>
        <translation>Public key written to {0}.</translation>
    </message>
    <message>
        <source>Chọn tệp khóa công khai</source>
        <translation>Choose a public key file</translation>
    </message>
    <message>
        <source>Đăng ký khóa</source>
        <translation>Register key</translation>
    </message>
    <message>
        <source>Khóa của {0} ({1}).
Dấu vân tay: {2}

Hãy gọi điện cho cơ quan này để đối chiếu dấu vân tay trước khi đăng ký. Đăng ký khóa này?</source>
        <translation>Key of {0} ({1}).
Fingerprint: {2}

Call this office to check the fingerprint before registering. Register this key?</translation>
    </message>
</context>
<context>
    <name>LetterheadPanel</name>
    <message>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản:</source>
        <translation>Parent agency:</translation>
    </message>
    <message>
        <source>Cơ quan ban hành:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>Mỗi dòng in thành một dòng, chữ in hoa.</source>
        <translation>Each line is printed as one line, in capitals.</translation>
    </message>
    <message>
        <source>Ký hiệu văn bản:</source>
        <translation>Document symbol:</translation>
    </message>
    <message>
        <source>Phần sau “Số: …/”, ví dụ BC-PNV.</source>
        <translation>The part after “No.: …/”, e.g. BC-PNV.</translation>
    </message>
    <message>
        <source>Địa danh:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <source>In trước ngày tháng: “Ninh Kiều, ngày …”.</source>
        <translation>Printed before the date: “Ninh Kieu, date …”.</translation>
    </message>
    <message>
        <source>Thẩm quyền ký:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <source>Ví dụ: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH.</source>
        <translation>E.g. TM. UY BAN NHAN DAN / KT. CHU TICH.</translation>
    </message>
    <message>
        <source>(không có: ký theo chức vụ; ví dụ KT. GIÁM ĐỐC)</source>
        <translation>(none: signed in the title’s own right; e.g. on behalf of the director)</translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation>Signer&apos;s title:</translation>
    </message>
    <message>
        <source>Họ tên người ký:</source>
        <translation>Signer&apos;s full name:</translation>
    </message>
    <message>
        <source>(chưa nhập: để trống chỗ ghi tên)</source>
        <translation>(not entered: the name line is left blank)</translation>
    </message>
    <message>
        <source>Nơi nhận:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <source>Mỗi dòng một nơi nhận; dòng cuối “Lưu: VT, …”.</source>
        <translation>One recipient per line; the last line “Luu: VT, …”.</translation>
    </message>
    <message>
        <source>Thể thức văn bản (báo cáo PDF, Excel)</source>
        <translation>Document format (PDF and Excel reports)</translation>
    </message>
    <message>
        <source>Để trống một mục thì dùng nội dung mặc định (chữ mờ) theo cấp của cơ quan sử dụng. Nội dung được in trên đầu và cuối các báo cáo theo Nghị định 30/2020.</source>
        <translation>Leave a field empty to use the default (greyed text) for the office&apos;s level. These texts are printed at the top and bottom of reports, as Decree 30/2020 requires.</translation>
    </message>
    <message>
        <source>Cơ quan ban hành theo mẫu</source>
        <translation>Issuing body from a template</translation>
    </message>
    <message>
        <source>Điền theo mẫu</source>
        <translation>Fill from template</translation>
    </message>
    <message>
        <source>Điền các mục theo cơ quan đã chọn (chưa lưu cho đến khi bấm Lưu)</source>
        <translation>Fill the fields for the chosen body (not saved until you press Save)</translation>
    </message>
    <message>
        <source>Mẫu có sẵn:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>Lưu thể thức</source>
        <translation>Save format</translation>
    </message>
    <message>
        <source>Dùng mặc định</source>
        <translation>Use defaults</translation>
    </message>
    <message>
        <source>Xóa mọi mục đã sửa (chưa lưu cho đến khi bấm Lưu)</source>
        <translation>Clear every edited field (not saved until you click Save)</translation>
    </message>
    <message>
        <source>Đã điền theo mẫu, chưa lưu.</source>
        <translation>Filled from the template, not saved yet.</translation>
    </message>
    <message>
        <source>Đã lưu thể thức văn bản.</source>
        <translation>Document format saved.</translation>
    </message>
</context>
<context>
    <name>LevelChart</name>
    <message>
        <source>Chưa đạt chuẩn</source>
        <translation>Below standard</translation>
    </message>
    <message>
        <source>NTM</source>
        <translation>NTM</translation>
    </message>
    <message>
        <source>NTM nâng cao</source>
        <translation>Advanced NTM</translation>
    </message>
    <message>
        <source>NTM kiểu mẫu</source>
        <translation>Model NTM</translation>
    </message>
    <message>
        <source>Chưa có số liệu</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Số xã</source>
        <translation>Communes</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>Sửa dòng đề nghị</source>
        <translation>Edit proposal line</translation>
    </message>
    <message>
        <source>Thêm người, tập thể vào đề nghị</source>
        <translation>Add a person or collective to the proposal</translation>
    </message>
    <message>
        <source>Tìm theo tên (không cần dấu)…</source>
        <translation>Search by name (diacritics optional)…</translation>
    </message>
    <message>
        <source>Tìm</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Đối tượng mới…</source>
        <translation>New recipient…</translation>
    </message>
    <message>
        <source>Sửa đối tượng…</source>
        <translation>Edit recipient…</translation>
    </message>
    <message>
        <source>Sửa thông tin của đối tượng đang chọn (chức vụ, nhóm, phân loại thống kê…)</source>
        <translation>Edit the chosen recipient (position, group, statistics class…)</translation>
    </message>
    <message>
        <source>Tạm dừng xét…</source>
        <translation>Hold awards…</translation>
    </message>
    <message>
        <source>Đối tượng đang bị xem xét kỷ luật, thanh tra hoặc có đơn thư khiếu nại, tố cáo: tạm dừng xét khen thưởng</source>
        <translation>The recipient is under discipline or inspection, or a complaint is pending: awards on hold</translation>
    </message>
    <message>
        <source>không ghi</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Tìm đối tượng:</source>
        <translation>Find recipient:</translation>
    </message>
    <message>
        <source>Đã chọn:</source>
        <translation>Selected:</translation>
    </message>
    <message>
        <source>Danh hiệu, hình thức:</source>
        <translation>Title or commendation:</translation>
    </message>
    <message>
        <source>Loại hình:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Tóm tắt thành tích:</source>
        <translation>Achievement summary:</translation>
    </message>
    <message>
        <source>Tổng số thành viên (tập thể):</source>
        <translation>Members (collective):</translation>
    </message>
    <message>
        <source>Số thành viên đạt danh hiệu:</source>
        <translation>Members holding the title:</translation>
    </message>
    <message>
        <source>Không tìm thấy: bấm “Đối tượng mới…”.</source>
        <translation>Nothing found: click “New recipient…”.</translation>
    </message>
    <message>
        <source>Chưa chọn đối tượng: tìm theo tên hoặc thêm mới.</source>
        <translation>No recipient selected: search by name or add a new one.</translation>
    </message>
    <message>
        <source>Hãy chọn người hoặc tập thể được đề nghị.</source>
        <translation>Select the person or collective proposed.</translation>
    </message>
    <message>
        <source>Không có danh hiệu, hình thức nào cho đối tượng này.</source>
        <translation>No title or commendation applies to this recipient.</translation>
    </message>
</context>
<context>
    <name>LookupTab</name>
    <message>
        <source>Tìm người, tập thể theo tên (không cần dấu)…</source>
        <translation>Search people and collectives by name (diacritics optional)…</translation>
    </message>
    <message>
        <source>Đăng ký thi đua…</source>
        <translation>Register for a title…</translation>
    </message>
    <message>
        <source>Ghi danh hiệu thi đua người, tập thể này đăng ký trong năm; đề nghị danh hiệu chưa đăng ký sẽ được nhắc</source>
        <translation>Record the emulation title this person or collective registers for this year; a proposal for a title not registered is flagged</translation>
    </message>
    <message>
        <source>Đối tượng khen thưởng</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Quá trình khen thưởng</source>
        <translation>Commendation history</translation>
    </message>
    <message>
        <source>Đủ điều kiện đề nghị danh hiệu cao hơn năm {next} (theo kết quả đến năm {year})</source>
        <translation>Eligible for a higher title in {next} (on results up to {year})</translation>
    </message>
    <message>
        <source>{n} người, tập thể đủ điều kiện.</source>
        <translation>{n} people or collectives are eligible.</translation>
    </message>
    <message>
        <source>Chưa có ai đủ điều kiện theo các quyết định đã ghi.</source>
        <translation>Nobody is eligible yet on the decisions recorded.</translation>
    </message>
    <message>
        <source>Tìm thấy {n} đối tượng.</source>
        <translation>Found {n} recipient(s).</translation>
    </message>
    <message>
        <source>Đăng ký thi đua: {items}</source>
        <translation>Registered: {items}</translation>
    </message>
    <message>
        <source>Chưa đăng ký thi đua theo tên.</source>
        <translation>No registration by name yet.</translation>
    </message>
    <message>
        <source>Đủ điều kiện đề nghị: {awards}</source>
        <translation>Eligible for: {awards}</translation>
    </message>
    <message>
        <source>Chưa có khen thưởng nào được ghi.</source>
        <translation>No commendation recorded yet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Phong trào &amp; chỉ tiêu</source>
        <translation>Campaigns &amp; targets</translation>
    </message>
    <message>
        <source>Nhập kết quả</source>
        <translation>Enter results</translation>
    </message>
    <message>
        <source>An ninh trật tự</source>
        <translation>Security and order</translation>
    </message>
    <message>
        <source>Nông thôn mới</source>
        <translation>New rural standard</translation>
    </message>
    <message>
        <source>Khen thưởng</source>
        <translation>Commendation</translation>
    </message>
    <message>
        <source>Cụm, khối thi đua</source>
        <translation>Emulation clusters</translation>
    </message>
    <message>
        <source>Quỹ thi đua, khen thưởng</source>
        <translation>Emulation and commendation fund</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Trao đổi dữ liệu</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <source>Nhật ký</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Chức năng này chưa có trong phiên bản hiện tại.</source>
        <translation>This feature is not available in this version.</translation>
    </message>
    <message>
        <source>Đang mở dữ liệu…</source>
        <translation>Opening data…</translation>
    </message>
    <message>
        <source>DỮ LIỆU MINH HỌA</source>
        <translation>DEMO DATA</translation>
    </message>
    <message>
        <source>Các số liệu trong cơ sở dữ liệu này chỉ để minh họa.</source>
        <translation>The figures in this database are for demonstration only.</translation>
    </message>
    <message>
        <source>Năm làm việc</source>
        <translation>Working year</translation>
    </message>
    <message>
        <source>Chưa thiết lập cơ quan sử dụng</source>
        <translation>Office not set up</translation>
    </message>
    <message>
        <source>Đổi…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Đổi cơ quan sử dụng hoặc người sử dụng</source>
        <translation>Change the office or the user</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Chuyển sang năm {0}</source>
        <translation>Switch to {0}</translation>
    </message>
    <message>
        <source>Đã hủy việc mở dữ liệu.</source>
        <translation>Opening the data was cancelled.</translation>
    </message>
    <message>
        <source>Đang chuẩn bị dữ liệu minh họa…</source>
        <translation>Preparing demo data…</translation>
    </message>
    <message>
        <source>Sẵn sàng.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <source>Không mở được dữ liệu.</source>
        <translation>Could not open the data.</translation>
    </message>
    <message>
        <source>Không mở được dữ liệu</source>
        <translation>Could not open the data</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Cơ quan sử dụng: {0} ({1}), người sử dụng: {2}</source>
        <translation>Office: {0} ({1}), user: {2}</translation>
    </message>
    <message>
        <source>{office} đã kết thúc ngày {day}: dữ liệu vẫn xem được; bấm “Đổi…” ở góc trên để chuyển sang cơ quan kế thừa khi sẵn sàng.</source>
        <translation>{office} ended on {day}: its data can still be read; press “Change…” at the top to move to a successor office when you are ready.</translation>
    </message>
    <message>
        <source>Đã chuyển sang {office}; dữ liệu của {former} được giữ làm lịch sử.</source>
        <translation>Moved to {office}; the data of {former} is kept as its history.</translation>
    </message>
    <message>
        <source>Đã lưu cơ quan sử dụng.</source>
        <translation>Office saved.</translation>
    </message>
    <message>
        <source>Đóng chương trình</source>
        <translation>Close the application</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Thành viên {name}</source>
        <translation>Members of {name}</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>(không tham gia)</source>
        <translation>(not a member)</translation>
    </message>
    <message>
        <source>Mỗi cụm, khối có một trưởng cụm.</source>
        <translation>A cluster has one head.</translation>
    </message>
    <message>
        <source>Mỗi cụm, khối có một phó cụm.</source>
        <translation>A cluster has one deputy head.</translation>
    </message>
</context>
<context>
    <name>MoveOfficeDialog</name>
    <message>
        <source>Chuyển sang cơ quan kế thừa</source>
        <translation>Move to a successor office</translation>
    </message>
    <message>
        <source>&lt;b&gt;{office} ({code}) đã kết thúc ngày {day}&lt;/b&gt;: từ 01/07/2025 không còn cấp huyện; công tác thi đua, khen thưởng do tỉnh, thành phố và các xã, phường mới đảm nhận.&lt;br&gt;&lt;br&gt;Chọn cơ quan mà bản cài đặt này phục vụ từ nay. Dữ liệu đã nhập của {office} được giữ nguyên làm lịch sử của cơ quan: không dòng nào bị sửa, đổi mã hay xóa.</source>
        <translation>&lt;b&gt;{office} ({code}) ended on {day}&lt;/b&gt;: since 01/07/2025 there are no districts; emulation and commendation work is done by the provinces and the new communes.&lt;br&gt;&lt;br&gt;Choose the office this installation serves from now on. The data entered by {office} stays as that office&apos;s history: no row is changed, re-keyed or deleted.</translation>
    </message>
    <message>
        <source>{name} ({code}) — {reason}</source>
        <translation>{name} ({code}) — {reason}</translation>
    </message>
    <message>
        <source>Chuyển sang cơ quan đã chọn</source>
        <translation>Move to the chosen office</translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>OpeningDialog</name>
    <message>
        <source>Số dư đầu năm {year}</source>
        <translation>Opening balance of {year}</translation>
    </message>
    <message>
        <source>để trống: lấy số dư cuối năm trước</source>
        <translation>empty: carry the previous year&apos;s closing balance</translation>
    </message>
    <message>
        <source>Số dư (đồng):</source>
        <translation>Balance (VND):</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>PeriodLockPanel</name>
    <message>
        <source>Khóa sổ theo năm</source>
        <translation>Period lock by year</translation>
    </message>
    <message>
        <source>Khi đã gửi báo cáo năm, hãy khóa sổ năm đó: số liệu của năm không sửa được nữa. Muốn sửa thì mở khóa và nêu lý do; mọi lần khóa, mở khóa đều được ghi nhật ký.</source>
        <translation>Once the annual report has been sent, lock that year: its figures can no longer be edited. To edit them, unlock the year and give a reason; every lock and unlock is recorded in the activity log.</translation>
    </message>
    <message>
        <source>Năm cần khóa sổ</source>
        <translation>Year to lock</translation>
    </message>
    <message>
        <source>Khóa sổ năm này…</source>
        <translation>Lock this year…</translation>
    </message>
    <message>
        <source>Mở khóa năm đã chọn…</source>
        <translation>Unlock selected year…</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Khóa sổ năm {0}</source>
        <translation>Lock the year {0}</translation>
    </message>
    <message>
        <source>Khóa sổ năm {0}: số liệu của năm sẽ không sửa được nữa.
Ghi chú (không bắt buộc), ví dụ số công văn đã gửi báo cáo:</source>
        <translation>Lock the year {0}: its figures can no longer be edited.
Note (optional), e.g. the number of the letter that sent the report:</translation>
    </message>
    <message>
        <source>Đã khóa sổ năm {year}.</source>
        <translation>Year {year} locked.</translation>
    </message>
    <message>
        <source>Mở khóa sổ năm {0}</source>
        <translation>Unlock the year {0}</translation>
    </message>
    <message>
        <source>Lý do mở khóa sổ năm {0} (bắt buộc, được ghi vào nhật ký):</source>
        <translation>Reason for unlocking the year {0} (required, recorded in the activity log):</translation>
    </message>
    <message>
        <source>Đã mở khóa sổ năm {year}.</source>
        <translation>Year {year} unlocked.</translation>
    </message>
</context>
<context>
    <name>PlanChart</name>
    <message>
        <source>KH nâng cao</source>
        <translation>Advanced: plan</translation>
    </message>
    <message>
        <source>Đạt nâng cao</source>
        <translation>Advanced: met</translation>
    </message>
    <message>
        <source>KH kiểu mẫu</source>
        <translation>Model: plan</translation>
    </message>
    <message>
        <source>Đạt kiểu mẫu</source>
        <translation>Model: met</translation>
    </message>
    <message>
        <source>Số xã</source>
        <translation>Communes</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Kế hoạch năm {0}</source>
        <translation>Plan for {0}</translation>
    </message>
    <message>
        <source>Không có kế hoạch</source>
        <translation>No plan</translation>
    </message>
    <message>
        <source>Phấn đấu đạt chuẩn:</source>
        <translation>Aim to reach:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Xã đã đạt {0} từ trước năm {1}.</source>
        <translation>The commune already reached {0} before {1}.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Thiết lập cơ quan sử dụng</source>
        <translation>Set up the office</translation>
    </message>
    <message>
        <source>Mỗi bản cài đặt thuộc về một cơ quan. Dữ liệu các đơn vị trong phạm vi cơ quan nhập tại đây thuộc quyền của cơ quan này; dữ liệu nhận từ cấp dưới chỉ để xem.</source>
        <translation>Each installation belongs to one office. Data of the units in the office&apos;s scope entered here is owned by this office; data received from lower levels is view only.</translation>
    </message>
    <message>
        <source>Đổi cơ quan sử dụng hoặc người sử dụng của bản cài đặt này.</source>
        <translation>Change the office or the user of this installation.</translation>
    </message>
    <message>
        <source>Tìm cơ quan: tên hoặc mã, gõ không dấu cũng được</source>
        <translation>Find an office: name or code (diacritics optional)</translation>
    </message>
    <message>
        <source>Ví dụ: Nguyễn Thị Lan</source>
        <translation>E.g. Nguyen Thi Lan</translation>
    </message>
    <message>
        <source>Trên máy chủ dùng chung, người sử dụng là tài khoản đăng nhập máy chủ của bạn; nhật ký ghi tên tài khoản này.</source>
        <translation>On a shared server, the user is your server login; the activity log records that account.</translation>
    </message>
    <message>
        <source>(chưa chọn)</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <source>Cơ quan đã chọn:</source>
        <translation>Chosen office:</translation>
    </message>
    <message>
        <source>Họ tên người sử dụng:</source>
        <translation>User&apos;s full name:</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Xem dữ liệu minh họa với tư cách:</source>
        <translation>View the demonstration data as:</translation>
    </message>
    <message>
        <source>Mã {0}</source>
        <translation>Code {0}</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Sửa đề nghị khen thưởng</source>
        <translation>Edit commendation proposal</translation>
    </message>
    <message>
        <source>Thêm đề nghị khen thưởng</source>
        <translation>Add commendation proposal</translation>
    </message>
    <message>
        <source>(khen thưởng năm, không theo phong trào)</source>
        <translation>(year-end awards, not tied to a campaign)</translation>
    </message>
    <message>
        <source>Đề nghị tặng danh hiệu thi đua năm {year}</source>
        <translation>Proposal of emulation titles for {year}</translation>
    </message>
    <message>
        <source>ví dụ 38/TTr-UBND</source>
        <translation>e.g. 38/TTr-UBND</translation>
    </message>
    <message>
        <source>Cấp của đơn vị đề nghị</source>
        <translation>The proposing unit&apos;s own level</translation>
    </message>
    <message>
        <source>Đơn vị đề nghị:</source>
        <translation>Proposing unit:</translation>
    </message>
    <message>
        <source>Trích yếu:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Phong trào:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>Số tờ trình:</source>
        <translation>Proposal number:</translation>
    </message>
    <message>
        <source>Ngày tờ trình:</source>
        <translation>Proposal date:</translation>
    </message>
    <message>
        <source>Trình cấp quyết định:</source>
        <translation>Deciding level:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Hãy nhập trích yếu của đề nghị.</source>
        <translation>Enter the subject of the proposal.</translation>
    </message>
    <message>
        <source>Hãy chọn đơn vị đề nghị.</source>
        <translation>Select the proposing unit.</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <source>Tổng điểm</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Nhận hồ sơ, kết quả</source>
        <translation>Receive a dossier or result</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gói {kind}&lt;/b&gt; số {n} của &lt;b&gt;{producer}&lt;/b&gt;, lập lúc {when}</source>
        <translation>&lt;b&gt;{kind} package&lt;/b&gt; no. {n} from &lt;b&gt;{producer}&lt;/b&gt;, made at {when}</translation>
    </message>
    <message>
        <source>Chữ ký: {0}</source>
        <translation>Signature: {0}</translation>
    </message>
    <message>
        <source>{unit} · năm {year} · {lines} dòng</source>
        <translation>{unit} · year {year} · {lines} lines</translation>
    </message>
    <message>
        <source>{people} người có tên; lần gửi thứ {n}.</source>
        <translation>{people} people named; sent for time {n}.</translation>
    </message>
    <message>
        <source>Trạng thái ở cấp xét: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Status at the deciding level: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Lý do trả lại: {0}</source>
        <translation>Reason for return: {0}</translation>
    </message>
    <message>
        <source>Quyết định {0}</source>
        <translation>Decision {0}</translation>
    </message>
    <message>
        <source>Giấy tờ đính kèm ({n}):</source>
        <translation>Attached papers ({n}):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gói này đã được nhận lúc {0}: nhận lại không thay đổi gì.&lt;/b&gt;</source>
        <translation>&lt;b&gt;This package was received at {0}: receiving it again changes nothing.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Khi nhận:&lt;/b&gt;</source>
        <translation>&lt;b&gt;On receiving:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nhận</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <source>Thêm đối tượng khen thưởng</source>
        <translation>Add recipient</translation>
    </message>
    <message>
        <source>Sửa đối tượng khen thưởng</source>
        <translation>Edit award recipient</translation>
    </message>
    <message>
        <source>không ghi</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>ví dụ Chuyên viên Phòng Nội vụ</source>
        <translation>e.g. Specialist, Home Affairs Office</translation>
    </message>
    <message>
        <source>Để lập biểu thống kê khen thưởng hằng năm (biểu 0602, 0603): lãnh đạo các cấp, doanh nhân; doanh nghiệp, hợp tác xã</source>
        <translation>For the annual award statistics (forms 0602, 0603): leaders by level, businesspeople; enterprises, cooperatives</translation>
    </message>
    <message>
        <source>Loại đối tượng:</source>
        <translation>Recipient type:</translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>Năm sinh:</source>
        <translation>Year of birth:</translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Đơn vị công tác:</source>
        <translation>Workplace unit:</translation>
    </message>
    <message>
        <source>Thuộc nhóm:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Phân loại thống kê:</source>
        <translation>Statistics class:</translation>
    </message>
    <message>
        <source>(không thuộc nhóm nào)</source>
        <translation>(none of these)</translation>
    </message>
    <message>
        <source>Tên tổ chức:</source>
        <translation>Organisation name:</translation>
    </message>
    <message>
        <source>để trống: chính đơn vị đã chọn</source>
        <translation>leave empty: the selected unit itself</translation>
    </message>
    <message>
        <source>Tên hộ:</source>
        <translation>Household name:</translation>
    </message>
    <message>
        <source>ví dụ Hộ ông Lê Văn Bảy</source>
        <translation>e.g. Household of Mr Le Van Bay</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Hãy nhập họ và tên.</source>
        <translation>Enter the full name.</translation>
    </message>
</context>
<context>
    <name>RecognitionDialog</name>
    <message>
        <source>Ghi quyết định công nhận</source>
        <translation>Record recognition decision</translation>
    </message>
    <message>
        <source>ví dụ 331/QĐ-UBND</source>
        <translation>e.g. 331/QD-UBND</translation>
    </message>
    <message>
        <source>Năm xã được công nhận đạt chuẩn (thường là năm của quyết định, có khi là năm trước)</source>
        <translation>The year the commune is recognised as meeting the standard (usually the year of the decision, sometimes the year before)</translation>
    </message>
    <message>
        <source>ví dụ UBND thành phố Cần Thơ</source>
        <translation>e.g. Can Tho City People&apos;s Committee</translation>
    </message>
    <message>
        <source>Mức công nhận:</source>
        <translation>Recognised level:</translation>
    </message>
    <message>
        <source>Số quyết định:</source>
        <translation>Decision number:</translation>
    </message>
    <message>
        <source>Ngày quyết định:</source>
        <translation>Decision date:</translation>
    </message>
    <message>
        <source>Năm đạt chuẩn:</source>
        <translation>Year reached:</translation>
    </message>
    <message>
        <source>Cơ quan ban hành:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>Ngày công bố:</source>
        <translation>Announcement date:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Chưa nhập số quyết định.</source>
        <translation>The decision number is missing.</translation>
    </message>
    <message>
        <source>Chưa nhập ngày quyết định.</source>
        <translation>The decision date is missing.</translation>
    </message>
    <message>
        <source>Ngày công bố trước ngày quyết định.</source>
        <translation>The announcement date is before the decision date.</translation>
    </message>
</context>
<context>
    <name>RecordedDialog</name>
    <message>
        <source>Ghi quyết định đã ban hành</source>
        <translation>Record an issued decision</translation>
    </message>
    <message>
        <source>Dùng khi danh sách này đã được khen thưởng theo một quyết định ban hành ở nơi khác hoặc trước khi dùng phần mềm: quyết định được ghi cho cả {n} dòng, không qua trình, Hội đồng, bỏ phiếu. Danh mục khen thưởng áp dụng theo ngày quyết định.</source>
        <translation>Use it when this list was already awarded by a decision issued elsewhere or before the software was used: the decision is recorded for all {n} lines, with no submission, council or ballot. The award catalogue in force on the decision&apos;s date applies.</translation>
    </message>
    <message>
        <source>ví dụ 125/QĐ-UBND</source>
        <translation>e.g. 125/QD-UBND</translation>
    </message>
    <message>
        <source>để trống: Chủ tịch UBND của cấp quyết định</source>
        <translation>leave empty: the chair of the deciding level&apos;s People&apos;s Committee</translation>
    </message>
    <message>
        <source>Số quyết định:</source>
        <translation>Decision number:</translation>
    </message>
    <message>
        <source>Ngày quyết định:</source>
        <translation>Decision date:</translation>
    </message>
    <message>
        <source>Cơ quan, người quyết định:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>Người ký (nếu biết):</source>
        <translation>Signed by (if known):</translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation>Signer&apos;s position:</translation>
    </message>
    <message>
        <source>Hãy nhập số quyết định.</source>
        <translation>Enter the decision number.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Đăng ký thi đua năm {0}</source>
        <translation>Emulation registration for {0}</translation>
    </message>
    <message>
        <source>ví dụ: Cờ thi đua của UBND thành phố; Tập thể lao động xuất sắc</source>
        <translation>e.g. City People&apos;s Committee Emulation Flag; Excellent Labour Collective</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Danh hiệu, hình thức khen thưởng đăng ký:</source>
        <translation>Titles and awards registered for:</translation>
    </message>
    <message>
        <source>Đăng ký thi đua</source>
        <translation>Emulation registration</translation>
    </message>
    <message>
        <source>Năm thi đua:</source>
        <translation>Emulation year:</translation>
    </message>
    <message>
        <source>Danh hiệu đăng ký:</source>
        <translation>Title registered for:</translation>
    </message>
    <message>
        <source>Ngày đăng ký:</source>
        <translation>Registration date:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Chưa có danh hiệu nào để đăng ký.</source>
        <translation>No title to register for.</translation>
    </message>
    <message>
        <source>Hãy ghi danh hiệu, hình thức khen thưởng đăng ký.</source>
        <translation>Enter the titles and awards registered for.</translation>
    </message>
</context>
<context>
    <name>ReportingPanel</name>
    <message>
        <source>Năm {0}: {1}/{2} đơn vị trực thuộc đã gửi gói số liệu.</source>
        <translation>{0}: {1}/{2} subordinate units have sent their data package.</translation>
    </message>
    <message>
        <source>Cơ quan này không có đơn vị trực thuộc để theo dõi.</source>
        <translation>This office has no subordinate units to follow.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Kết quả thực hiện các chỉ tiêu thi đua</source>
        <translation>Results against the emulation targets</translation>
    </message>
    <message>
        <source>Xã, phường, thị trấn &quot;an toàn về ANTT&quot; và &quot;3 không&quot;</source>
        <translation>Communes and wards &quot;safe in security and order&quot; and &quot;three nos&quot;</translation>
    </message>
    <message>
        <source>Kết quả xây dựng nông thôn mới</source>
        <translation>New-rural construction results</translation>
    </message>
    <message>
        <source>Tổng hợp kết quả công tác thi đua</source>
        <translation>Summary of the emulation work</translation>
    </message>
    <message>
        <source>Tổng hợp tiền thưởng theo các quyết định khen thưởng của năm</source>
        <translation>Award money of the year&apos;s decisions</translation>
    </message>
    <message>
        <source>Sổ quỹ thi đua, khen thưởng</source>
        <translation>Emulation and commendation fund book</translation>
    </message>
    <message>
        <source>Biểu 0601.N/BNV-TĐKT: số phong trào thi đua</source>
        <translation>Form 0601.N/BNV-TDKT: number of emulation campaigns</translation>
    </message>
    <message>
        <source>Biểu 0602.N/BNV-TĐKT: số lượng khen thưởng cấp Nhà nước</source>
        <translation>Form 0602.N/BNV-TDKT: state-level awards</translation>
    </message>
    <message>
        <source>Biểu 0603.N/BNV-TĐKT: số lượng khen thưởng cấp bộ, cấp tỉnh</source>
        <translation>Form 0603.N/BNV-TDKT: ministry and province-level awards</translation>
    </message>
    <message>
        <source>Biểu 0604.N/BNV-TĐKT: số lượng tổ chức làm công tác thi đua, khen thưởng</source>
        <translation>Form 0604.N/BNV-TDKT: bodies doing emulation and commendation work</translation>
    </message>
    <message>
        <source>Biểu 0605.N/BNV-TĐKT: số lượng công chức làm công tác thi đua, khen thưởng</source>
        <translation>Form 0605.N/BNV-TDKT: civil servants doing emulation and commendation work</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Họ và tên người ký</source>
        <translation>Signer&apos;s full name</translation>
    </message>
    <message>
        <source>Lập báo cáo</source>
        <translation>Make report</translation>
    </message>
    <message>
        <source>Loại báo cáo:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Phong trào:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <source>Ngày văn bản:</source>
        <translation>Document date:</translation>
    </message>
    <message>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Lưu Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <source>Lưu Word để sửa…</source>
        <translation>Save Word draft…</translation>
    </message>
    <message>
        <source>Bản .docx cùng thể thức để sửa câu chữ trước khi ký; bản chính là PDF</source>
        <translation>A .docx in the same layout to adjust the wording before signing; the PDF is the record</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>In bản xem trước ra máy in (chọn máy in, số bản, trang)</source>
        <translation>Print the preview (choose the printer, copies, pages)</translation>
    </message>
    <message>
        <source>Mở tệp</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Mở tệp vừa lưu bằng chương trình mặc định</source>
        <translation>Open the saved file with the default application</translation>
    </message>
    <message>
        <source>Mở bản xem trước bằng trình đọc PDF</source>
        <translation>Open the preview in a PDF reader</translation>
    </message>
    <message>
        <source>Chọn báo cáo rồi bấm “Xem trước”.</source>
        <translation>Choose a report, then click “Preview”.</translation>
    </message>
    <message>
        <source>Máy này chưa có thành phần xem PDF (PySide6-Pdf): bấm “Xem trước” rồi mở bản xem trước bằng trình đọc PDF của máy.</source>
        <translation>This computer has no PDF viewer component (PySide6-Pdf): click “Preview”, then open the preview in the computer&apos;s PDF reader.</translation>
    </message>
    <message>
        <source>Chưa chọn cơ quan sử dụng: bấm “Đổi…” ở góc trên bên phải để chọn.</source>
        <translation>No office chosen yet: press “Change…” at the top right to choose one.</translation>
    </message>
    <message>
        <source>Ký: {0}. Thể thức văn bản sửa trong Cài đặt.</source>
        <translation>Signed: {0}. The document format is edited in Settings.</translation>
    </message>
    <message>
        <source>Tất cả phong trào trong năm</source>
        <translation>All campaigns of the year</translation>
    </message>
    <message>
        <source>Chưa lập được báo cáo.</source>
        <translation>The report could not be made.</translation>
    </message>
    <message>
        <source>Đang lập báo cáo…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>Bản xem trước: chưa lưu thành tệp.</source>
        <translation>Preview: not saved to a file yet.</translation>
    </message>
    <message>
        <source>Lựa chọn đã đổi: bấm “Xem trước” để xem và in báo cáo mới.</source>
        <translation>The choices have changed: click “Preview” to see and print the new report.</translation>
    </message>
    <message>
        <source>Bản xem trước đã sẵn sàng.</source>
        <translation>The preview is ready.</translation>
    </message>
    <message>
        <source>In báo cáo</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>Đã gửi {0} trang tới máy in.</source>
        <translation>{0} page(s) sent to the printer.</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Văn bản Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Lưu báo cáo</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Đang lưu báo cáo…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <source>Đã lưu {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <source>Đã lưu báo cáo {0}.</source>
        <translation>Report saved: {0}.</translation>
    </message>
</context>
<context>
    <name>ResultGridModel</name>
    <message>
        <source>{code}: {name}
Đơn vị tính: {unit_of_measure}
Nguồn số liệu: {source}</source>
        <translation>{code}: {name}
Unit of measure: {unit_of_measure}
Data source: {source}</translation>
    </message>
    <message>
        <source>Chưa lưu — giá trị không hợp lệ: {reason}</source>
        <translation>Not saved — invalid value: {reason}</translation>
    </message>
    <message>
        <source>⚠ {note}</source>
        <translation>⚠ {note}</translation>
    </message>
    <message>
        <source>Thay đổi chưa lưu: {note}</source>
        <translation>Unsaved change: {note}</translation>
    </message>
    <message>
        <source>Thay đổi chưa lưu</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Chỉ tiêu: {target}</source>
        <translation>Target: {target}</translation>
    </message>
    <message>
        <source>Chỉ tiêu: chưa giao</source>
        <translation>Target: not assigned</translation>
    </message>
    <message>
        <source>Đánh giá: {status}</source>
        <translation>Assessment: {status}</translation>
    </message>
    <message>
        <source>Số liệu {source}</source>
        <translation>Figure: {source}</translation>
    </message>
    <message>
        <source>Giá trị {source}, không nhập tay.</source>
        <translation>Value: {source}; not entered by hand.</translation>
    </message>
    <message>
        <source>Do cơ quan mã {code} gửi lên: chỉ xem.</source>
        <translation>Sent up by office {code}: view only.</translation>
    </message>
    <message>
        <source>Đơn vị ngoài phạm vi nhập của cơ quan: chỉ xem.</source>
        <translation>Unit outside the office&apos;s entry scope: view only.</translation>
    </message>
    <message>
        <source>Ghi chú: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>Sửa {count} ô</source>
        <translation>Edit {count} cells</translation>
    </message>
    <message>
        <source>Sửa 1 ô</source>
        <translation>Edit 1 cell</translation>
    </message>
</context>
<context>
    <name>ResultGridView</name>
    <message>
        <source>Bộ nhớ tạm không có dữ liệu để dán.</source>
        <translation>The clipboard has nothing to paste.</translation>
    </message>
    <message>
        <source>Khối dữ liệu dán vào quá lớn.</source>
        <translation>The pasted block is too large.</translation>
    </message>
    <message>
        <source>Đã dán {count} ô.</source>
        <translation>Pasted {count} cell(s).</translation>
    </message>
    <message>
        <source>Đã dán {count} ô; {invalid} ô không hợp lệ (viền đỏ, chưa lưu).</source>
        <translation>Pasted {count} cell(s); {invalid} invalid (red border, not saved).</translation>
    </message>
    <message>
        <source>Đã dán {count} ô; bỏ qua {skipped} ô chỉ xem.</source>
        <translation>Pasted {count} cell(s); skipped {skipped} read-only cell(s).</translation>
    </message>
    <message>
        <source>Đã dán {count} ô; bỏ qua {outside} ô ngoài bảng.</source>
        <translation>Pasted {count} cell(s); skipped {outside} cell(s) outside the table.</translation>
    </message>
    <message>
        <source>Đã dán {count} ô; {invalid} ô không hợp lệ (viền đỏ, chưa lưu); bỏ qua {skipped} ô chỉ xem.</source>
        <translation>Pasted {count} cell(s); {invalid} invalid (red border, not saved); skipped {skipped} read-only cell(s).</translation>
    </message>
    <message>
        <source>Đã dán {count} ô; {invalid} ô không hợp lệ (viền đỏ, chưa lưu); bỏ qua {outside} ô ngoài bảng.</source>
        <translation>Pasted {count} cell(s); {invalid} invalid (red border, not saved); skipped {outside} cell(s) outside the table.</translation>
    </message>
    <message>
        <source>Đã dán {count} ô; bỏ qua {skipped} ô chỉ xem; bỏ qua {outside} ô ngoài bảng.</source>
        <translation>Pasted {count} cell(s); skipped {skipped} read-only cell(s) and {outside} cell(s) outside the table.</translation>
    </message>
    <message>
        <source>Đã dán {count} ô; {invalid} ô không hợp lệ (viền đỏ, chưa lưu); bỏ qua {skipped} ô chỉ xem; bỏ qua {outside} ô ngoài bảng.</source>
        <translation>Pasted {count} cell(s); {invalid} invalid (red border, not saved); skipped {skipped} read-only cell(s) and {outside} cell(s) outside the table.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Nhập kết quả</source>
        <translation>Enter results</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Lưu mọi thay đổi hợp lệ trong một lần (Ctrl+S)</source>
        <translation>Save all valid changes at once (Ctrl+S)</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Tải lại</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Mẫu Excel…</source>
        <translation>Excel template…</translation>
    </message>
    <message>
        <source>Lập tệp Excel mẫu của phong trào và năm này để các đơn vị điền số liệu</source>
        <translation>Make an Excel template of this campaign and year for the units to fill in</translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Xem trước rồi nhập số liệu từ tệp Excel (mẫu của ứng dụng hoặc bảng của cơ quan)</source>
        <translation>Preview, then import figures from an Excel file (the application&apos;s template or an office&apos;s own table)</translation>
    </message>
    <message>
        <source>Phong trào:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Các ô viền đỏ chưa hợp lệ nên chưa lưu; hãy sửa lại.</source>
        <translation>The cells with a red border are invalid and were not saved; please correct them.</translation>
    </message>
    <message>
        <source>Đang lưu kết quả…</source>
        <translation>Saving results…</translation>
    </message>
    <message>
        <source>Đã lưu {saved} ô; xóa {cleared} ô; {invalid} ô không hợp lệ chưa lưu.</source>
        <translation>Saved {saved} cell(s); cleared {cleared}; {invalid} invalid cell(s) not saved.</translation>
    </message>
    <message>
        <source>Đã lưu {saved} ô; xóa {cleared} ô.</source>
        <translation>Saved {saved} cell(s); cleared {cleared}.</translation>
    </message>
    <message>
        <source>Đã lưu {saved} ô; {invalid} ô không hợp lệ chưa lưu.</source>
        <translation>Saved {saved} cell(s); {invalid} invalid cell(s) not saved.</translation>
    </message>
    <message>
        <source>Đã lưu {saved} ô.</source>
        <translation>Saved {saved} cell(s).</translation>
    </message>
    <message>
        <source>Đã lập mẫu Excel: {0}</source>
        <translation>Excel template made: {0}</translation>
    </message>
    <message>
        <source>Nhập từ Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>Bảng đang có thay đổi chưa lưu. Nhập từ Excel sẽ tải lại bảng và bỏ các thay đổi đó. Tiếp tục?</source>
        <translation>The grid has unsaved changes. Importing from Excel reloads the grid and drops them. Continue?</translation>
    </message>
    <message>
        <source>{0} thay đổi chưa lưu; ⚠ {1} ô có giá trị khác xa chỉ tiêu hoặc số đang lưu (xem chú thích của ô; vẫn lưu được).</source>
        <translation>{0} unsaved change(s); ⚠ {1} cell(s) far from the target or the saved figure (see the cell&apos;s tooltip; they can still be saved).</translation>
    </message>
    <message>
        <source>{0} thay đổi chưa lưu; {1} ô được làm tròn theo số chữ số thập phân của chỉ tiêu (xem chú thích của ô).</source>
        <translation>{0} unsaved change(s); {1} cell(s) rounded to the target&apos;s decimals (see the cell&apos;s tooltip).</translation>
    </message>
    <message>
        <source>không hợp lệ</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>chưa lưu</source>
        <translation>unsaved</translation>
    </message>
    <message>
        <source>Ô có góc màu cam: đã sửa nhưng chưa lưu</source>
        <translation>Cells with an orange corner: edited but not saved</translation>
    </message>
    <message>
        <source>Không có thay đổi chưa lưu.</source>
        <translation>No unsaved changes.</translation>
    </message>
    <message>
        <source>{0} thay đổi chưa lưu, trong đó {1} ô không hợp lệ.</source>
        <translation>{0} unsaved change(s), {1} of them invalid.</translation>
    </message>
    <message>
        <source>{0} thay đổi chưa lưu.</source>
        <translation>{0} unsaved change(s).</translation>
    </message>
    <message>
        <source>Thay đổi chưa lưu</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Có {0} ô đã sửa nhưng chưa lưu. {1}: lưu các thay đổi trước?</source>
        <translation>{0} cell(s) edited but not saved. {1}: save the changes first?</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Trả lại đề nghị khen thưởng</source>
        <translation>Return commendation proposal</translation>
    </message>
    <message>
        <source>ví dụ Thiếu biên bản họp bình xét của đơn vị</source>
        <translation>e.g. The unit&apos;s review meeting minutes are missing</translation>
    </message>
    <message>
        <source>Trả lại</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Ngày trả lại:</source>
        <translation>Returned on:</translation>
    </message>
    <message>
        <source>Lý do (bắt buộc):</source>
        <translation>Reason (required):</translation>
    </message>
    <message>
        <source>Hãy nêu lý do trả lại đề nghị (bắt buộc).</source>
        <translation>Give the reason for returning the proposal (required).</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Ghi kết quả xét của Hội đồng Thi đua - Khen thưởng</source>
        <translation>Record the Emulation and Commendation Council review</translation>
    </message>
    <message>
        <source>Ngày họp:</source>
        <translation>Meeting date:</translation>
    </message>
    <message>
        <source>Số thành viên Hội đồng:</source>
        <translation>Council members:</translation>
    </message>
    <message>
        <source>Số thành viên có mặt:</source>
        <translation>Members present:</translation>
    </message>
    <message>
        <source>Số phiếu đồng ý (bỏ phiếu kín):</source>
        <translation>Votes in favour (secret ballot):</translation>
    </message>
    <message>
        <source>Không dòng nào cần bỏ phiếu kín.</source>
        <translation>No line needs a secret ballot.</translation>
    </message>
    <message>
        <source>{n}. {name} — {award}:</source>
        <translation>{n}. {name} — {award}:</translation>
    </message>
    <message>
        <source>Số thành viên có mặt không được lớn hơn số thành viên Hội đồng.</source>
        <translation>Members present cannot exceed the Council members.</translation>
    </message>
    <message>
        <source>Số phiếu đồng ý không được lớn hơn số thành viên có mặt.</source>
        <translation>Votes in favour cannot exceed the members present.</translation>
    </message>
</context>
<context>
    <name>RevocationDialog</name>
    <message>
        <source>Ghi quyết định thu hồi</source>
        <translation>Record revocation decision</translation>
    </message>
    <message>
        <source>số quyết định thu hồi</source>
        <translation>revocation decision number</translation>
    </message>
    <message>
        <source>ví dụ UBND thành phố Cần Thơ</source>
        <translation>e.g. Can Tho City People&apos;s Committee</translation>
    </message>
    <message>
        <source>ví dụ: 6/19 tiêu chí chưa đạt, trong đó có Môi trường</source>
        <translation>e.g. 6/19 criteria not met, including Environment</translation>
    </message>
    <message>
        <source>Thu hồi một mức thì các mức cao hơn đang có cũng bị thu hồi.</source>
        <translation>Revoking a level also revokes any higher level held.</translation>
    </message>
    <message>
        <source>Mức bị thu hồi:</source>
        <translation>Level revoked:</translation>
    </message>
    <message>
        <source>Số quyết định:</source>
        <translation>Decision number:</translation>
    </message>
    <message>
        <source>Ngày thu hồi:</source>
        <translation>Revocation date:</translation>
    </message>
    <message>
        <source>Cơ quan ban hành:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Xã chưa có mức công nhận nào để thu hồi.</source>
        <translation>The commune holds no recognised level to revoke.</translation>
    </message>
    <message>
        <source>Chưa nhập số quyết định thu hồi.</source>
        <translation>The revocation decision number is missing.</translation>
    </message>
    <message>
        <source>Chưa nhập ngày thu hồi.</source>
        <translation>The revocation date is missing.</translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <source>Bảng</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Thêm mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Thay thế số liệu tại đây</source>
        <translation>Replaces data here</translation>
    </message>
    <message>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Giữ nguyên</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Nhận lúc</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Loại gói</source>
        <translation>Package type</translation>
    </message>
    <message>
        <source>Cơ quan gửi</source>
        <translation>Sending office</translation>
    </message>
    <message>
        <source>Số, ngày</source>
        <translation>No., date</translation>
    </message>
    <message>
        <source>Họ tên, tên tập thể</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Chiều</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Trạng thái ở cấp xét</source>
        <translation>Status at the deciding level</translation>
    </message>
    <message>
        <source>Lần gửi</source>
        <translation>Times sent</translation>
    </message>
    <message>
        <source>Giấy tờ</source>
        <translation>Papers</translation>
    </message>
    <message>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Gói</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Số gói</source>
        <translation>Package no.</translation>
    </message>
    <message>
        <source>Ghi chú, lý do</source>
        <translation>Note, reason</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Danh hiệu, hình thức</source>
        <translation>Title or commendation</translation>
    </message>
    <message>
        <source>Đột xuất</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <source>Phiếu đồng ý</source>
        <translation>Votes in favour</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Chức vụ, đơn vị</source>
        <translation>Position, workplace</translation>
    </message>
    <message>
        <source>Nhóm</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Thành tích</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Cấp quyết định</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Có thể đề nghị</source>
        <translation>May be proposed for</translation>
    </message>
    <message>
        <source>Căn cứ</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Đã đề nghị</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Đề nghị</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Đã quyết định</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Tập thể</source>
        <translation>Collectives</translation>
    </message>
    <message>
        <source>Cá nhân</source>
        <translation>Individuals</translation>
    </message>
    <message>
        <source>Hộ gia đình</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Danh hiệu</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Số đề nghị</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Tối đa</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Số thứ tự</source>
        <translation>Sequence no.</translation>
    </message>
    <message>
        <source>Số dòng</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Chữ ký</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Người nhập</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <source>Tệp lưu trong inbox</source>
        <translation>File in the inbox</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Số thứ tự gói</source>
        <translation>Package sequence no.</translation>
    </message>
    <message>
        <source>Gói tạo lúc</source>
        <translation>Package created</translation>
    </message>
    <message>
        <source>Số gói đã nhận</source>
        <translation>Packages received</translation>
    </message>
    <message>
        <source>Cơ quan</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Dấu vân tay</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Đăng ký lúc</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Người đăng ký</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <source>Sáng kiến</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Tác giả</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Phạm vi</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>Hội đồng sáng kiến</source>
        <translation>Initiatives council</translation>
    </message>
    <message>
        <source>Văn bản công nhận</source>
        <translation>Recognition document</translation>
    </message>
    <message>
        <source>Việc</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tên tệp</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Ngày đính kèm</source>
        <translation>Attached on</translation>
    </message>
    <message>
        <source>Người đính kèm</source>
        <translation>Attached by</translation>
    </message>
    <message>
        <source>Thuộc</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Tên phong trào</source>
        <translation>Campaign name</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Văn bản phát động</source>
        <translation>Launching document</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tên chỉ tiêu</source>
        <translation>Target name</translation>
    </message>
    <message>
        <source>Đơn vị tính</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <source>Cách đánh giá</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Nguồn số liệu</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Số lẻ</source>
        <translation>Decimals</translation>
    </message>
    <message>
        <source>Đăng ký</source>
        <translation>Registered for</translation>
    </message>
    <message>
        <source>Ngày đăng ký</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>Ngày xử lý</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Lý do trả lại</source>
        <translation>Reason returned</translation>
    </message>
    <message>
        <source>Khóa ngày</source>
        <translation>Locked on</translation>
    </message>
    <message>
        <source>Người khóa</source>
        <translation>Locked by</translation>
    </message>
    <message>
        <source>Mức</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Năm đạt chuẩn</source>
        <translation>Year reached</translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Số chứng từ</source>
        <translation>Voucher no.</translation>
    </message>
    <message>
        <source>Mục</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Thu (đồng)</source>
        <translation>Receipts (VND)</translation>
    </message>
    <message>
        <source>Chi (đồng)</source>
        <translation>Payments (VND)</translation>
    </message>
    <message>
        <source>Tồn quỹ (đồng)</source>
        <translation>Balance (VND)</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Hội đồng tổ chức</source>
        <translation>Organising council</translation>
    </message>
    <message>
        <source>Trưởng cụm, khối</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Giao ước</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Hạn tự chấm</source>
        <translation>Self-score due</translation>
    </message>
    <message>
        <source>Hạn chấm chéo</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>Công bố</source>
        <translation>Announced</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Điểm tối đa</source>
        <translation>Maximum points</translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Tự chấm</source>
        <translation>Self-score</translation>
    </message>
    <message>
        <source>Điểm tiêu chí</source>
        <translation>Criteria points</translation>
    </message>
    <message>
        <source>Thưởng</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Trừ</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <source>Tổng điểm</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tiêu chí cụm sửa điểm</source>
        <translation>Criteria changed in review</translation>
    </message>
    <message>
        <source>Thu hồi</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Tổ chức</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Cấp (biểu 0604)</source>
        <translation>Level (form 0604)</translation>
    </message>
    <message>
        <source>Các năm</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Công chức</source>
        <translation>Civil servants</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Trình độ</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Làm TĐKT</source>
        <translation>In the work</translation>
    </message>
    <message>
        <source>Tên mục</source>
        <translation>Category</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <source>Quy định khen thưởng áp dụng theo ngày văn bản</source>
        <translation>Commendation rules applied by document date</translation>
    </message>
    <message>
        <source>Tờ trình dẫn quy định có hiệu lực vào ngày tờ trình; quyết định dẫn quy định vào ngày quyết định (ghi cố định khi ghi quyết định).</source>
        <translation>A proposal cites the rules in force on its date; a decision cites the rules in force on the decision date (fixed when the decision is recorded).</translation>
    </message>
    <message>
        <source> — đang áp dụng</source>
        <translation> — in force</translation>
    </message>
    <message>
        <source>Căn cứ {0};</source>
        <translation>Under {0};</translation>
    </message>
    <message>
        <source>Văn bản lập hôm nay dẫn:</source>
        <translation>A document dated today cites:</translation>
    </message>
    <message>
        <source>Người quyết định: {0}.</source>
        <translation>Decided by: {0}.</translation>
    </message>
    <message>
        <source>Tiền thưởng tính theo mức lương cơ sở {0}{1}.</source>
        <translation>Award money is computed from the base salary {0}{1}.</translation>
    </message>
</context>
<context>
    <name>RuralActions</name>
    <message>
        <source>Đã lưu tiêu chí năm {year} của {unit}.</source>
        <translation>Saved the {year} criteria of {unit}.</translation>
    </message>
    <message>
        <source>Không có thay đổi: tiêu chí năm {year} của {unit}.</source>
        <translation>No changes: the {year} criteria of {unit}.</translation>
    </message>
    <message>
        <source>Đã ghi quyết định {decision}: {unit} đạt chuẩn {level} năm {year}.</source>
        <translation>Recorded decision {decision}: {unit} reached {level} in {year}.</translation>
    </message>
    <message>
        <source>Đã thu hồi {levels} của {unit} theo quyết định {decision}.</source>
        <translation>Revoked {levels} of {unit} under decision {decision}.</translation>
    </message>
    <message>
        <source>Xóa quyết định nhập nhầm</source>
        <translation>Delete mistaken decision</translation>
    </message>
    <message>
        <source>Xóa quyết định {decision} ngày {date} ({level}) của {unit}?

Chỉ dùng khi nhập nhầm; nếu xã bị thu hồi công nhận, hãy dùng “Thu hồi…”. Việc xóa được ghi vào nhật ký.</source>
        <translation>Delete decision {decision} of {date} ({level}) for {unit}?

Only for a decision entered by mistake; if the commune&apos;s recognition was revoked, use “Revoke…”. The deletion is recorded in the activity log.</translation>
    </message>
    <message>
        <source>Đã xóa quyết định {decision} của {unit}.</source>
        <translation>Deleted decision {decision} of {unit}.</translation>
    </message>
    <message>
        <source>Đã ghi kế hoạch năm {year} của {unit}: không có kế hoạch.</source>
        <translation>Recorded the {year} plan of {unit}: no plan.</translation>
    </message>
    <message>
        <source>Đã ghi kế hoạch năm {year} của {unit}: {level}.</source>
        <translation>Recorded the {year} plan of {unit}: {level}.</translation>
    </message>
</context>
<context>
    <name>RuralPage</name>
    <message>
        <source>Nông thôn mới: xã đạt chuẩn, nâng cao, kiểu mẫu</source>
        <translation>New rural standard: standard, advanced and model communes</translation>
    </message>
    <message>
        <source>Các xã</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Tổng hợp và biểu đồ</source>
        <translation>Summary and charts</translation>
    </message>
    <message>
        <source>Lọc theo huyện</source>
        <translation>Filter by district</translation>
    </message>
    <message>
        <source>Lọc theo mức đạt chuẩn</source>
        <translation>Filter by level</translation>
    </message>
    <message>
        <source>Tìm tên hoặc mã xã, gõ không dấu cũng được</source>
        <translation>Find a commune by name or code (diacritics optional)</translation>
    </message>
    <message>
        <source>Tiêu chí…</source>
        <translation>Criteria…</translation>
    </message>
    <message>
        <source>Xem và ghi các tiêu chí của xã trong năm</source>
        <translation>View and record the commune&apos;s criteria for the year</translation>
    </message>
    <message>
        <source>Công nhận…</source>
        <translation>Recognise…</translation>
    </message>
    <message>
        <source>Thu hồi…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>Xóa quyết định nhập nhầm</source>
        <translation>Delete mistaken decision</translation>
    </message>
    <message>
        <source>Kế hoạch…</source>
        <translation>Plan…</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Mẫu Excel để các xã ghi tiêu chí, và nhập tiêu chí từ Excel</source>
        <translation>Excel templates for the communes to record the criteria, and importing criteria from Excel</translation>
    </message>
    <message>
        <source>NTM</source>
        <translation>NTM</translation>
    </message>
    <message>
        <source>Mẫu Excel tiêu chí {0}…</source>
        <translation>Excel template of the {0} criteria…</translation>
    </message>
    <message>
        <source>Nhập tiêu chí {0} từ Excel…</source>
        <translation>Import the {0} criteria from Excel…</translation>
    </message>
    <message>
        <source>Huyện:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Mức:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>{scope} · năm {year} · chưa có bộ tiêu chí cho năm này · dữ liệu minh họa</source>
        <translation>{scope} · {year} · no criteria set for this year · demonstration data</translation>
    </message>
    <message>
        <source>{scope} · năm {year} · chưa có bộ tiêu chí cho năm này</source>
        <translation>{scope} · {year} · no criteria set for this year</translation>
    </message>
    <message>
        <source>{scope} · năm {year} · bộ tiêu chí giai đoạn {period} · dữ liệu minh họa</source>
        <translation>{scope} · {year} · criteria set for {period} · demo data</translation>
    </message>
    <message>
        <source>{scope} · năm {year} · bộ tiêu chí giai đoạn {period}</source>
        <translation>{scope} · {year} · criteria set for {period}</translation>
    </message>
    <message>
        <source>, {0} chưa có số liệu.</source>
        <translation>, {0} without data.</translation>
    </message>
    <message>
        <source> Năm {year}: NTM nâng cao mới: &lt;b&gt;{nang_cao}&lt;/b&gt;; NTM kiểu mẫu mới: &lt;b&gt;{kieu_mau}&lt;/b&gt;.</source>
        <translation> In {year}: new advanced NTM: &lt;b&gt;{nang_cao}&lt;/b&gt;; new model NTM: &lt;b&gt;{kieu_mau}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — chưa có số liệu năm {year}: chưa có tiêu chí, quyết định công nhận hay kế hoạch nào được ghi.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — no data for {year}: no criteria, recognition decision or plan has been recorded.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {level}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {level}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {level}. Còn thiếu cho {next_level}: {missing}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {level}. Missing for {next_level}: {missing}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {level}. Còn thiếu cho {next_level}: không (đủ tiêu chí)</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {level}. Missing for {next_level}: nothing (all criteria met)</translation>
    </message>
    <message>
        <source>Đã lập mẫu Excel: {0}</source>
        <translation>Excel template made: {0}</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Không có xã nào trong phạm vi (phường, thị trấn không xét NTM).</source>
        <translation>No communes in scope (wards and townships are not assessed for NTM).</translation>
    </message>
    <message>
        <source>Chưa có số liệu nông thôn mới năm {0}.</source>
        <translation>No new rural standard data for {0}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; xã: &lt;b&gt;{1}&lt;/b&gt; NTM kiểu mẫu, &lt;b&gt;{2}&lt;/b&gt; NTM nâng cao, &lt;b&gt;{3}&lt;/b&gt; NTM, {4} chưa đạt chuẩn.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; communes: &lt;b&gt;{1}&lt;/b&gt; model NTM, &lt;b&gt;{2}&lt;/b&gt; advanced NTM, &lt;b&gt;{3}&lt;/b&gt; NTM, {4} below standard.</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#9a3412&apos;&gt;⚠ {0} xã thuộc diện xem xét thu hồi.&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#9a3412&apos;&gt;⚠ {0} commune(s) to be considered for revocation.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Đang hiện {0} trên {1} xã</source>
        <translation>Showing {0} of {1} commune(s)</translation>
    </message>
    <message>
        <source>Chọn một xã để xem.</source>
        <translation>Select a commune to see its details.</translation>
    </message>
    <message>
        <source>Tất cả các mức</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Chưa đạt chuẩn</source>
        <translation>Below standard</translation>
    </message>
    <message>
        <source>NTM (chưa nâng cao)</source>
        <translation>NTM (not advanced)</translation>
    </message>
    <message>
        <source>NTM nâng cao</source>
        <translation>Advanced NTM</translation>
    </message>
    <message>
        <source>NTM kiểu mẫu</source>
        <translation>Model NTM</translation>
    </message>
    <message>
        <source>Mới công nhận trong năm</source>
        <translation>Newly recognised this year</translation>
    </message>
    <message>
        <source>Có kế hoạch trong năm</source>
        <translation>Planned this year</translation>
    </message>
    <message>
        <source>Có cảnh báo thu hồi</source>
        <translation>Revocation warning</translation>
    </message>
</context>
<context>
    <name>RuralSummaryModel</name>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Số xã</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Chưa đạt
chuẩn</source>
        <translation>Below
standard</translation>
    </message>
    <message>
        <source>NTM</source>
        <translation>NTM</translation>
    </message>
    <message>
        <source>NTM
nâng cao</source>
        <translation>Advanced
NTM</translation>
    </message>
    <message>
        <source>NTM
kiểu mẫu</source>
        <translation>Model
NTM</translation>
    </message>
    <message>
        <source>Nâng cao mới trong năm
(kế hoạch, chỉ tiêu)</source>
        <translation>New advanced this year
(plan, target)</translation>
    </message>
    <message>
        <source>Kiểu mẫu mới trong năm
(kế hoạch, chỉ tiêu)</source>
        <translation>New model this year
(plan, target)</translation>
    </message>
    <message>
        <source>Cảnh báo
thu hồi</source>
        <translation>Revocation
warnings</translation>
    </message>
    <message>
        <source>{new} / KH {planned} · chỉ tiêu {target}</source>
        <translation>{new} / plan {planned} · target {target}</translation>
    </message>
    <message>
        <source>{new} / KH {planned}</source>
        <translation>{new} / plan {planned}</translation>
    </message>
    <message>
        <source>{new} · chỉ tiêu {target}</source>
        <translation>{new} · target {target}</translation>
    </message>
    <message>
        <source>{0} (+{1} chưa có số liệu)</source>
        <translation>{0} (+{1} without data)</translation>
    </message>
    <message>
        <source>Công nhận mới năm: {new}; kế hoạch: {planned} xã, trong đó đạt {achieved}; chỉ tiêu: {target_source}</source>
        <translation>Newly recognised this year: {new}; plan: {planned} commune(s), {achieved} of them achieved; target: {target_source}</translation>
    </message>
</context>
<context>
    <name>RuralSummaryTab</name>
    <message>
        <source>Nhấp đúp để xem các xã của huyện</source>
        <translation>Double-click to see the district&apos;s communes</translation>
    </message>
    <message>
        <source>Số xã theo mức đạt chuẩn cao nhất, năm {0}</source>
        <translation>Communes by highest level reached, {0}</translation>
    </message>
    <message>
        <source>Kế hoạch và kết quả công nhận năm {0}</source>
        <translation>Recognition plans and results, {0}</translation>
    </message>
</context>
<context>
    <name>SecurityEditor</name>
    <message>
        <source>An ninh trật tự — {0}</source>
        <translation>Security and order — {0}</translation>
    </message>
    <message>
        <source>Năm {0}. &lt;b&gt;Kỳ đánh giá: từ {1} đến {2}&lt;/b&gt; (ngày minh chứng phải trong kỳ).</source>
        <translation>Year {0}. &lt;b&gt;Assessment period: {1} to {2}&lt;/b&gt; (evidence dates must fall within it).</translation>
    </message>
    <message>
        <source>&quot;3 không&quot;</source>
        <translation>Three No&apos;s</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ngày minh chứng</source>
        <translation>Evidence date</translation>
    </message>
    <message>
        <source>Minh chứng (báo cáo, số liệu…)</source>
        <translation>Evidence (report, figures…)</translation>
    </message>
    <message>
        <source>An toàn về an ninh, trật tự</source>
        <translation>Safe for security and order</translation>
    </message>
    <message>
        <source>Quý I: {0} - {1}</source>
        <translation>Quarter I: {0} - {1}</translation>
    </message>
    <message>
        <source>Ngày đăng ký:</source>
        <translation>Registration date:</translation>
    </message>
    <message>
        <source>ví dụ 85,5</source>
        <translation>e.g. 85,5</translation>
    </message>
    <message>
        <source>Khu dân cư, cơ quan… được công nhận (%):</source>
        <translation>Residential areas, agencies… recognised (%):</translation>
    </message>
    <message>
        <source>Kết quả:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>ví dụ 1234/QĐ-UBND</source>
        <translation>e.g. 1234/QD-UBND</translation>
    </message>
    <message>
        <source>ngày</source>
        <translation>dated</translation>
    </message>
    <message>
        <source>Quyết định công nhận số:</source>
        <translation>Recognition decision no.:</translation>
    </message>
    <message>
        <source>ví dụ UBND quận Ninh Kiều</source>
        <translation>e.g. Ninh Kieu District People&apos;s Committee</translation>
    </message>
    <message>
        <source>Cơ quan ban hành:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>An ninh trật tự: &quot;3 không&quot; và an toàn về ANTT</source>
        <translation>Security and order: Three No&apos;s and safe for security and order (ANTT)</translation>
    </message>
    <message>
        <source>Xã, phường, thị trấn</source>
        <translation>Communes, wards, townships</translation>
    </message>
    <message>
        <source>Tổng hợp theo quận, huyện</source>
        <translation>Summary by district</translation>
    </message>
    <message>
        <source>Lọc theo quận, huyện</source>
        <translation>Filter by district</translation>
    </message>
    <message>
        <source>Lọc theo tình trạng</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Tìm tên hoặc mã, gõ không dấu cũng được</source>
        <translation>Find by name or code (diacritics optional)</translation>
    </message>
    <message>
        <source>Cập nhật…</source>
        <translation>Update…</translation>
    </message>
    <message>
        <source>Ghi tình trạng của đơn vị đang chọn</source>
        <translation>Record the status of the selected unit</translation>
    </message>
    <message>
        <source>Sao chép từ năm trước…</source>
        <translation>Copy from previous year…</translation>
    </message>
    <message>
        <source>Khu dân cư…</source>
        <translation>Residential areas…</translation>
    </message>
    <message>
        <source>Các thôn, ấp, khu vực, tổ dân phố của đơn vị đang chọn và kết quả ANTT</source>
        <translation>The villages, hamlets, areas and residential groups of the selected unit, with their security results</translation>
    </message>
    <message>
        <source>Mẫu Excel…</source>
        <translation>Excel template…</translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Quận, huyện:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Tình trạng:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>{scope} · năm {year} · kỳ đánh giá {start} - {end} · chỉ tiêu ≥ {target}% (theo {target_source})</source>
        <translation>{scope} · {year} · assessment period {start} - {end} · target ≥ {target}% (per {target_source})</translation>
    </message>
    <message>
        <source>{scope} · năm {year} · kỳ đánh giá {start} - {end} · chỉ tiêu ≥ {target}%</source>
        <translation>{scope} · {year} · assessment period {start} - {end} · target ≥ {target}%</translation>
    </message>
    <message>
        <source>Xã, phường, đặc khu</source>
        <translation>Communes, wards, special zones</translation>
    </message>
    <message>
        <source>Đã lập mẫu Excel: {0}</source>
        <translation>Excel template made: {0}</translation>
    </message>
    <message>
        <source>Đã lưu tình trạng năm {year} của {unit}.</source>
        <translation>Saved the {year} status of {unit}.</translation>
    </message>
    <message>
        <source>Đã lưu {unit}.</source>
        <translation>Saved {unit}.</translation>
    </message>
    <message>
        <source>Không có thay đổi: tình trạng năm {year} của {unit}.</source>
        <translation>No changes: the {year} status of {unit}.</translation>
    </message>
    <message>
        <source>Không có thay đổi: {unit}.</source>
        <translation>No changes: {unit}.</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Lập tệp Excel để các xã, phường ghi &quot;3 không&quot;, kết quả an toàn về ANTT và danh sách khu dân cư</source>
        <translation>Make an Excel workbook for communes and wards to fill in the Three No&apos;s, the security result and their residential areas</translation>
    </message>
    <message>
        <source>Mẫu &quot;3 không&quot; và an toàn về ANTT…</source>
        <translation>Three No&apos;s and security template…</translation>
    </message>
    <message>
        <source>Mẫu khu dân cư (thôn, ấp, khu vực, tổ dân phố)…</source>
        <translation>Residential areas template…</translation>
    </message>
    <message>
        <source>Xem trước rồi nhập &quot;3 không&quot;, kết quả ANTT hoặc khu dân cư từ tệp Excel</source>
        <translation>Preview, then import the Three No&apos;s, security results or residential areas from an Excel workbook</translation>
    </message>
    <message>
        <source>Nhập &quot;3 không&quot; và an toàn về ANTT…</source>
        <translation>Import Three No&apos;s and security…</translation>
    </message>
    <message>
        <source>Nhập danh sách khu dân cư…</source>
        <translation>Import residential areas…</translation>
    </message>
    <message>
        <source>chưa đánh giá</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>Đang hiện {0} trên {1} đơn vị</source>
        <translation>Showing {0} of {1} units</translation>
    </message>
    <message>
        <source>Lấy tình trạng năm trước làm điểm xuất phát cho các đơn vị chưa có số liệu</source>
        <translation>Start the units that have no data from last year&apos;s status</translation>
    </message>
    <message>
        <source>Đã lưu khu dân cư năm {year} của {unit}:</source>
        <translation>Saved the {year} residential areas of {unit}:</translation>
    </message>
    <message>
        <source>… và {0} thay đổi khác.</source>
        <translation>… and {0} more changes.</translation>
    </message>
    <message>
        <source>Không có thay đổi: khu dân cư năm {year} của {unit}.</source>
        <translation>No change: the {year} residential areas of {unit}.</translation>
    </message>
    <message>
        <source>Đã lưu khu dân cư của {0}.</source>
        <translation>Saved the residential areas of {0}.</translation>
    </message>
    <message>
        <source>Sao chép từ năm trước</source>
        <translation>Copy from previous year</translation>
    </message>
    <message>
        <source>Không có đơn vị nào để sao chép: các đơn vị hoặc đã có số liệu năm {0}, hoặc chưa có số liệu năm {1}.</source>
        <translation>No units to copy: every unit either already has data for {0} or has no data for {1}.</translation>
    </message>
    <message>
        <source>Lấy tình trạng &quot;3 không&quot; và kết quả ANTT năm {0} làm điểm xuất phát cho {1} đơn vị chưa có số liệu năm {2}?

{3} đơn vị đã có số liệu năm {2} được giữ nguyên. Minh chứng, ngày đăng ký, tỷ lệ công nhận và quyết định không được sao chép; các đơn vị được sao chép được đánh dấu &quot;cần rà soát&quot;.</source>
        <translation>Use the Three No&apos;s status and ANTT result of {0} as the starting point for {1} units with no data for {2}?

The {3} units that already have data for {2} are left unchanged. Evidence, registration dates, recognised shares and decisions are not copied; the copied units are marked &quot;to review&quot;.</translation>
    </message>
    <message>
        <source>Đang sao chép tình trạng năm trước…</source>
        <translation>Copying last year&apos;s status…</translation>
    </message>
    <message>
        <source>Đã sao chép tình trạng năm {0} cho {1} đơn vị (in nghiêng, cần rà soát); giữ nguyên {2} đơn vị đã có số liệu.</source>
        <translation>Copied the {0} status to {1} units (in italics, to review); left {2} units that already had data unchanged.</translation>
    </message>
    <message>
        <source>Tất cả tình trạng</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Đạt cả hai</source>
        <translation>Both met</translation>
    </message>
    <message>
        <source>Chưa đạt cả hai</source>
        <translation>Not both met</translation>
    </message>
    <message>
        <source>Chưa đạt &quot;3 không&quot;</source>
        <translation>Three No&apos;s not met</translation>
    </message>
    <message>
        <source>Chưa đạt an toàn ANTT</source>
        <translation>ANTT safety not met</translation>
    </message>
    <message>
        <source>Còn mục chưa đánh giá</source>
        <translation>Items not assessed</translation>
    </message>
    <message>
        <source>Mới đạt so với năm trước</source>
        <translation>Newly met since last year</translation>
    </message>
    <message>
        <source>Không còn đạt so với năm trước</source>
        <translation>No longer met since last year</translation>
    </message>
    <message>
        <source>Có cảnh báo</source>
        <translation>With warnings</translation>
    </message>
    <message>
        <source>Chưa có số liệu</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Không có xã, phường, thị trấn nào trong phạm vi năm {year}.</source>
        <translation>No communes, wards or townships in scope for {year}.</translation>
    </message>
    <message>
        <source>Chưa có số liệu năm {year}.</source>
        <translation>No data for {year}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{both}/{units}&lt;/b&gt; đơn vị đạt cả hai (&lt;b&gt;{both_share}&lt;/b&gt;): &lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;{status}&lt;/b&gt;&lt;/span&gt; so với chỉ tiêu. &quot;3 không&quot;: {three_khong} ({three_khong_share}); an toàn ANTT: {antt} ({antt_share}).</source>
        <translation>&lt;b&gt;{both}/{units}&lt;/b&gt; units meet both (&lt;b&gt;{both_share}&lt;/b&gt;): &lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;{status}&lt;/b&gt;&lt;/span&gt; against the target. Three No&apos;s: {three_khong} ({three_khong_share}); safe (ANTT): {antt} ({antt_share}).</translation>
    </message>
    <message>
        <source> Năm {year}: {share}; mới đạt {gained}, không còn đạt {lost}.</source>
        <translation> {year}: {share}; {gained} newly met, {lost} no longer met.</translation>
    </message>
    <message>
        <source> Còn {count} đơn vị chưa có số liệu.</source>
        <translation> {count} units still have no data.</translation>
    </message>
</context>
<context>
    <name>SecurityTableModel</name>
    <message>
        <source>Đơn vị cấp xã</source>
        <translation>Commune-level unit</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Quận, huyện</source>
        <translation>District</translation>
    </message>
    <message>
        <source>&quot;3 không&quot;</source>
        <translation>Three No&apos;s</translation>
    </message>
    <message>
        <source>An toàn
ANTT</source>
        <translation>Safe
(ANTT)</translation>
    </message>
    <message>
        <source>Đạt
cả hai</source>
        <translation>Both
met</translation>
    </message>
    <message>
        <source>So với
năm trước</source>
        <translation>Since
last year</translation>
    </message>
    <message>
        <source>Ghi nhận</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Chưa đạt, chưa đánh giá, cảnh báo, thay đổi so với năm trước</source>
        <translation>Not met, not assessed, warnings, changes since last year</translation>
    </message>
    <message>
        <source>đạt</source>
        <translation>met</translation>
    </message>
    <message>
        <source>chưa đạt</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>▲ mới đạt</source>
        <translation>▲ newly met</translation>
    </message>
    <message>
        <source>▼ không còn đạt</source>
        <translation>▼ no longer met</translation>
    </message>
    <message>
        <source>chưa có số liệu</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>chưa đạt: {items}</source>
        <translation>not met: {items}</translation>
    </message>
    <message>
        <source>chưa đánh giá: {items}</source>
        <translation>not assessed: {items}</translation>
    </message>
    <message>
        <source>⚠ {count} cảnh báo</source>
        <translation>⚠ {count} warning(s)</translation>
    </message>
    <message>
        <source>sao chép từ năm trước, cần rà soát</source>
        <translation>copied from last year, to review</translation>
    </message>
    <message>
        <source>Minh chứng: {note}</source>
        <translation>Evidence: {note}</translation>
    </message>
    <message>
        <source>Ngày: {date}</source>
        <translation>Date: {date}</translation>
    </message>
    <message>
        <source>Kết quả: {result}</source>
        <translation>Result: {result}</translation>
    </message>
    <message>
        <source>Đăng ký ngày {date}</source>
        <translation>Registered on {date}</translation>
    </message>
    <message>
        <source>Khu dân cư, cơ quan… được công nhận: {share}</source>
        <translation>Residential areas, agencies… recognised: {share}</translation>
    </message>
    <message>
        <source>Quyết định {number} ngày {date}</source>
        <translation>Decision {number} of {date}</translation>
    </message>
    <message>
        <source>Quyết định {number}</source>
        <translation>Decision {number}</translation>
    </message>
    <message>
        <source>Số liệu do cơ quan mã {code} gửi lên: chỉ xem.</source>
        <translation>Data sent up by office {code}: view only.</translation>
    </message>
    <message>
        <source>{name} — mã {code}</source>
        <translation>{name} — code {code}</translation>
    </message>
    <message>
        <source>Chưa đạt: {items}</source>
        <translation>Not met: {items}</translation>
    </message>
    <message>
        <source>Chưa đánh giá: {items}</source>
        <translation>Not assessed: {items}</translation>
    </message>
    <message>
        <source>So với năm trước: {change}</source>
        <translation>Since last year: {change}</translation>
    </message>
    <message>
        <source>Ghi chú: {note}</source>
        <translation>Note: {note}</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Gửi hồ sơ lên cấp trên</source>
        <translation>Send the dossier to the higher level</translation>
    </message>
    <message>
        <source>Gửi kết quả xét hồ sơ</source>
        <translation>Send the dossier&apos;s result</translation>
    </message>
    <message>
        <source>{unit} · năm {year} · {lines} dòng</source>
        <translation>{unit} · year {year} · {lines} lines</translation>
    </message>
    <message>
        <source>Gửi đến: &lt;b&gt;{receiver}&lt;/b&gt; (mã {code})</source>
        <translation>To: &lt;b&gt;{receiver}&lt;/b&gt; (code {code})</translation>
    </message>
    <message>
        <source>Lần gửi thứ {n}: hồ sơ này thay hồ sơ đã gửi trước (cấp trên xét lại từ đầu).</source>
        <translation>Sent for time {n}: this dossier replaces the one sent before (the higher level reviews it again from the start).</translation>
    </message>
    <message>
        <source>Gói chứa thông tin cá nhân của {n} người (họ tên, giới tính, năm sinh, chức vụ, đối tượng) và chỉ được gửi đến cơ quan có thẩm quyền xét khen thưởng.</source>
        <translation>The package holds personal data of {n} people (name, gender, year of birth, position, category) and may only be sent to the office competent to decide the awards.</translation>
    </message>
    <message>
        <source>Trạng thái báo về: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Status reported: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Lý do trả lại: {reason}</source>
        <translation>Reason for return: {reason}</translation>
    </message>
    <message>
        <source>Quyết định {0}</source>
        <translation>Decision {0}</translation>
    </message>
    <message>
        <source>Người, tập thể có tên trong hồ sơ:</source>
        <translation>People and collectives named in the dossier:</translation>
    </message>
    <message>
        <source>Giấy tờ đính kèm ({n}):</source>
        <translation>Attached papers ({n}):</translation>
    </message>
    <message>
        <source>Không có giấy tờ đính kèm.</source>
        <translation>No attached papers.</translation>
    </message>
    <message>
        <source>Lưu gói để gửi…</source>
        <translation>Save the package to send…</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>Loại gói</source>
        <translation>Package type</translation>
    </message>
    <message>
        <source>Số liệu gửi cấp trên</source>
        <translation>Figures for the higher level</translation>
    </message>
    <message>
        <source>Định nghĩa gửi cấp dưới (phong trào, chỉ tiêu giao, bộ tiêu chí)</source>
        <translation>Definitions for lower levels (campaigns, assigned targets, criteria sets)</translation>
    </message>
    <message>
        <source>Phạm vi:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Ghi gói…</source>
        <translation>Write package…</translation>
    </message>
    <message>
        <source>Mở thư mục chứa gói</source>
        <translation>Open the package folder</translation>
    </message>
    <message>
        <source>Gói số liệu chứa mọi bản ghi của phạm vi trong năm làm việc, cả số liệu cấp dưới đã gửi lên, mỗi bản ghi ghi rõ cơ quan sở hữu. Mỗi gói có số thứ tự tăng dần và được ký bằng khóa của bản cài đặt này; gói sau thay thế gói trước.</source>
        <translation>A figures package holds every record of the scope for the working year, including figures sent up by lower levels, each record naming the office that owns it. Packages are numbered in sequence and signed with this installation&apos;s key; a later package replaces an earlier one.</translation>
    </message>
    <message>
        <source>{0} và các đơn vị trực thuộc, năm {1}</source>
        <translation>{0} and its subordinate units, {1}</translation>
    </message>
    <message>
        <source>Chưa chọn cơ quan sử dụng.</source>
        <translation>No office chosen.</translation>
    </message>
    <message>
        <source>Ghi gói dữ liệu</source>
        <translation>Write data package</translation>
    </message>
    <message>
        <source>Gói dữ liệu (*.tdkt)</source>
        <translation>Data packages (*.tdkt)</translation>
    </message>
    <message>
        <source>Đang ghi gói dữ liệu năm {0}…</source>
        <translation>Writing the {0} data package…</translation>
    </message>
    <message>
        <source>Đã ghi gói {0} năm {1} của {2}, số thứ tự {3}, {4} dòng: {5}. Đã ký bằng khóa {6}.</source>
        <translation>Wrote the {0} package for {1} of {2}, sequence no. {3}, {4} row(s): {5}. Signed with key {6}.</translation>
    </message>
    <message>
        <source>Đã ghi gói {0}.</source>
        <translation>Wrote package {0}.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Máy chủ dữ liệu</source>
        <translation>Database server</translation>
    </message>
    <message>
        <source>Nhiều cán bộ của một cơ quan cùng làm việc trên một cơ sở dữ liệu PostgreSQL của tỉnh. Mỗi người đăng nhập bằng tài khoản máy chủ của mình; nhật ký ghi tên tài khoản đó. Bộ phận công nghệ thông tin cung cấp các thông tin dưới đây.</source>
        <translation>Several staff of an office work on one PostgreSQL database of the province. Each person signs in with their own server account; the activity log records that account. The IT office provides the details below.</translation>
    </message>
    <message>
        <source>ví dụ: 10.0.0.5 hoặc csdl.sonv.gov.vn</source>
        <translation>e.g. 10.0.0.5 or db.example.gov.vn</translation>
    </message>
    <message>
        <source>ví dụ: thidua</source>
        <translation>e.g. thidua</translation>
    </message>
    <message>
        <source>Ghi nhớ mật khẩu trong kho mật khẩu của hệ điều hành</source>
        <translation>Remember the password in the operating system&apos;s password store</translation>
    </message>
    <message>
        <source>Máy chủ:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Cổng:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Đang dùng máy chủ {0}.</source>
        <translation>Using the server {0}.</translation>
    </message>
    <message>
        <source>Đang dùng tệp dữ liệu trên máy này.</source>
        <translation>Using the data file on this computer.</translation>
    </message>
    <message>
        <source>Thử kết nối</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Lưu và dùng máy chủ này</source>
        <translation>Save and use this server</translation>
    </message>
    <message>
        <source>Dùng tệp trên máy này</source>
        <translation>Use the file on this computer</translation>
    </message>
    <message>
        <source>Đang kết nối {0}…</source>
        <translation>Connecting to {0}…</translation>
    </message>
    <message>
        <source>Đã lưu. Từ lần mở ứng dụng sau, máy này làm việc trên máy chủ {0}. Hãy đóng và mở lại ứng dụng.</source>
        <translation>Saved. From the next start, this computer works on the server {0}. Close and reopen the application.</translation>
    </message>
    <message>
        <source>Từ lần mở ứng dụng sau, máy này làm việc trên tệp dữ liệu của mình ({0}). Số liệu trên máy chủ vẫn giữ nguyên. Hãy đóng và mở lại ứng dụng.</source>
        <translation>From the next start, this computer works on its own data file ({0}). The data on the server stays as it is. Close and reopen the application.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>Tệp đính kèm chưa có tên.</source>
        <translation>The attached file has no name.</translation>
    </message>
    <message>
        <source>Không đính kèm được &quot;{name}&quot;: chỉ nhận tệp {accepted}.</source>
        <translation>Could not attach &quot;{name}&quot;: only {accepted} files are accepted.</translation>
    </message>
    <message>
        <source>Tệp &quot;{name}&quot; trống (0 byte).</source>
        <translation>The file &quot;{name}&quot; is empty (0 bytes).</translation>
    </message>
    <message>
        <source>Tệp &quot;{name}&quot; quá lớn ({size}); mỗi tệp đính kèm tối đa {limit}. Hãy quét lại với độ phân giải thấp hơn (200-300 dpi) hoặc tách thành nhiều tệp.</source>
        <translation>The file &quot;{name}&quot; is too large ({size}); each attachment may be at most {limit}. Scan it again at a lower resolution (200-300 dpi) or split it into several files.</translation>
    </message>
    <message>
        <source>Tệp &quot;{name}&quot; có đuôi {suffix} nhưng nội dung không phải tệp {kind}: tệp bị hỏng hoặc bị đổi tên.</source>
        <translation>The file &quot;{name}&quot; ends in {suffix} but its content is not a {kind} file: it is damaged or was renamed.</translation>
    </message>
    <message>
        <source>Cả trang, chiều ngang</source>
        <translation>Whole page, across</translation>
    </message>
    <message>
        <source>Cả trang, chiều dọc</source>
        <translation>Whole page, down</translation>
    </message>
    <message>
        <source>Không có mẫu phôi “{code}”; có: {known}.</source>
        <translation>There is no blank layout “{code}”; known: {known}.</translation>
    </message>
    <message>
        <source>{what}: dịch {value} mm, quá {limit} mm. Hãy in trang thử, đo lại độ lệch giữa lưới và phôi.</source>
        <translation>{what}: a shift of {value} mm exceeds {limit} mm. Print the test page and measure the offset between grid and blank again.</translation>
    </message>
    <message>
        <source>{field}, chiều ngang</source>
        <translation>{field}, across</translation>
    </message>
    <message>
        <source>{field}, chiều dọc</source>
        <translation>{field}, down</translation>
    </message>
    <message>
        <source>{field}: cỡ chữ {size} không hợp lệ (từ {low} đến {high}).</source>
        <translation>{field}: font size {size} is not valid (from {low} to {high}).</translation>
    </message>
    <message>
        <source>Bảng chấm điểm chưa có tiêu chí nào.</source>
        <translation>The scoring table has no criteria yet.</translation>
    </message>
    <message>
        <source>Điểm của tiêu chí {code} phải từ 0 đến {limit}; đã nhập {points}.</source>
        <translation>The points of criterion {code} must be from 0 to {limit}; {points} was entered.</translation>
    </message>
    <message>
        <source>Điểm của tiêu chí {code} có nhiều nhất 2 chữ số thập phân.</source>
        <translation>The points of criterion {code} have at most 2 decimals.</translation>
    </message>
    <message>
        <source>Mã tiêu chí “{code}” không hợp lệ: dùng chữ, số, dấu chấm hoặc gạch ngang (ví dụ 1, 1.2, II.3), tối đa 20 ký tự.</source>
        <translation>The criterion code “{code}” is not valid: use letters, digits, dots or hyphens (for example 1, 1.2, II.3), at most 20 characters.</translation>
    </message>
    <message>
        <source>Mã tiêu chí {code} có hai lần.</source>
        <translation>The criterion code {code} appears twice.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} chưa có nội dung.</source>
        <translation>Criterion {code} has no content.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} thuộc tiêu chí {parent}, nhưng bảng không có tiêu chí {parent}.</source>
        <translation>Criterion {code} belongs to criterion {parent}, but the table has no criterion {parent}.</translation>
    </message>
    <message>
        <source>Điểm thưởng, điểm trừ là mục riêng ở cấp đầu của bảng, không nằm trong tiêu chí khác (tiêu chí {code}).</source>
        <translation>Bonus and deduction items stand at the top level of the table, not inside another criterion (criterion {code}).</translation>
    </message>
    <message>
        <source>Tiêu chí con {code} ({points} điểm) vượt điểm tối đa của tiêu chí {parent} ({limit} điểm).</source>
        <translation>Sub-item {code} ({points} points) exceeds the maximum of criterion {parent} ({limit} points).</translation>
    </message>
    <message>
        <source>Tiêu chí {code} có tiêu chí con: điểm gợi ý từ dữ liệu đặt ở từng tiêu chí con.</source>
        <translation>Criterion {code} has sub-items: a suggestion source goes on each sub-item.</translation>
    </message>
    <message>
        <source>Điểm trừ {code} không lấy gợi ý từ dữ liệu.</source>
        <translation>Deduction {code} takes no suggestion from the records.</translation>
    </message>
    <message>
        <source>Các tiêu chí con của {parent} cộng lại {total} điểm, vượt điểm tối đa {limit} của tiêu chí {parent}.</source>
        <translation>The sub-items of {parent} add up to {total} points, over the maximum {limit} of criterion {parent}.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} nằm ở cấp {depth}: bảng chấm điểm có tối đa {limit} cấp.</source>
        <translation>Criterion {code} is at level {depth}: a scoring table has at most {limit} levels.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} (xét khi bằng điểm) không có trong bảng.</source>
        <translation>Criterion {code} (for breaking ties) is not in the table.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} là điểm trừ: khi bằng điểm, đơn vị ít điểm trừ hơn đã được xếp trên; hãy chọn tiêu chí chấm điểm hoặc điểm thưởng.</source>
        <translation>Criterion {code} is a deduction: on equal points the unit with fewer deductions already ranks higher; choose a scored criterion or a bonus.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} đã có điểm của thành viên: không thêm tiêu chí con được.</source>
        <translation>Criterion {code} already has members&apos; points: no sub-items can be added.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} đã có điểm của thành viên: không đổi loại được.</source>
        <translation>Criterion {code} already has members&apos; points: its kind cannot change.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} đã có thành viên được {points} điểm: điểm tối đa không thấp hơn được.</source>
        <translation>A member already has {points} points on criterion {code}: its maximum cannot be lower.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} thuộc chính nó (vòng lặp).</source>
        <translation>Criterion {code} belongs to itself (a loop).</translation>
    </message>
    <message>
        <source>Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 05/01/2023.</source>
        <translation>Enter the date as dd/mm/yyyy, e.g. 05/01/2023.</translation>
    </message>
    <message>
        <source>Ngày không hợp lệ: &quot;{shown}&quot;. {hint}</source>
        <translation>Invalid date: &quot;{shown}&quot;. {hint}</translation>
    </message>
    <message>
        <source>Ngày không hợp lệ: &quot;{shown}&quot; ({reason}). {hint}</source>
        <translation>Invalid date: &quot;{shown}&quot; ({reason}). {hint}</translation>
    </message>
    <message>
        <source>Chưa nhập ngày. {hint}</source>
        <translation>No date entered. {hint}</translation>
    </message>
    <message>
        <source>năm phải gồm 4 chữ số</source>
        <translation>the year must have 4 digits</translation>
    </message>
    <message>
        <source>năm phải từ {first} đến {last}</source>
        <translation>the year must be from {first} to {last}</translation>
    </message>
    <message>
        <source>không có tháng {month}</source>
        <translation>there is no month {month}</translation>
    </message>
    <message>
        <source>tháng {month}/{year} không có ngày {day}</source>
        <translation>{month}/{year} has no day {day}</translation>
    </message>
    <message>
        <source>{typed} được làm tròn thành {stored} (chỉ tiêu lấy {places}).</source>
        <translation>{typed} is rounded to {stored} (the indicator takes {places}).</translation>
    </message>
    <message>
        <source>{count} chữ số thập phân</source>
        <translation>{count} decimal place(s)</translation>
    </message>
    <message>
        <source>số nguyên, không lấy số lẻ</source>
        <translation>whole numbers, no decimals</translation>
    </message>
    <message>
        <source>Giá trị phải là số nguyên.</source>
        <translation>The value must be a whole number.</translation>
    </message>
    <message>
        <source>Giá trị {value} nhỏ hơn mức tối thiểu {limit}.</source>
        <translation>The value {value} is below the minimum {limit}.</translation>
    </message>
    <message>
        <source>Giá trị {value} lớn hơn mức tối đa {limit}.</source>
        <translation>The value {value} is above the maximum {limit}.</translation>
    </message>
    <message>
        <source>Giá trị {value} gấp {times} lần {what} ({reference}): kiểm tra lại số và đơn vị tính.</source>
        <translation>The value {value} is {times} times the {what} ({reference}): check the number and the unit of measure.</translation>
    </message>
    <message>
        <source>Giá trị {value} chưa bằng một phần mười {what} ({reference}): kiểm tra lại số và đơn vị tính.</source>
        <translation>The value {value} is less than a tenth of the {what} ({reference}): check the number and the unit of measure.</translation>
    </message>
    <message>
        <source>Giá trị phải là số nguyên ({unit}).</source>
        <translation>The value must be a whole number ({unit}).</translation>
    </message>
    <message>
        <source>chỉ tiêu</source>
        <translation>target</translation>
    </message>
    <message>
        <source>số liệu đang lưu</source>
        <translation>saved value</translation>
    </message>
    <message>
        <source>Chỉ tiêu dạng khoảng cần cả giá trị thấp và giá trị cao.</source>
        <translation>A range target needs both a low and a high value.</translation>
    </message>
    <message>
        <source>Khoảng chỉ tiêu không hợp lệ: {low} lớn hơn {high}.</source>
        <translation>Invalid target range: {low} is greater than {high}.</translation>
    </message>
    <message>
        <source>Chỉ tiêu tối thiểu/tối đa chỉ có một giá trị.</source>
        <translation>A minimum or maximum target has a single value.</translation>
    </message>
    <message>
        <source>Số tiền &quot;{text}&quot; phải là số đồng chẵn, không có phần lẻ.</source>
        <translation>The amount &quot;{text}&quot; must be whole VND, without a fraction.</translation>
    </message>
    <message>
        <source>Số tiền phải lớn hơn 0 đồng.</source>
        <translation>The amount must be more than 0 VND.</translation>
    </message>
    <message>
        <source>Số tiền quá lớn: phải nhỏ hơn 1 triệu tỷ đồng.</source>
        <translation>The amount is too large: it must be less than 10^15 VND.</translation>
    </message>
    <message>
        <source>Số tiền &quot;{text}&quot; không hợp lệ: hãy nhập số đồng chẵn, ví dụ 1.500.000.</source>
        <translation>The amount &quot;{text}&quot; is not valid: enter whole dong, e.g. 1.500.000.</translation>
    </message>
    <message>
        <source>Hãy nhập số theo kiểu Việt Nam, ví dụ 9,5 hoặc 43.000.</source>
        <translation>Enter the number the Vietnamese way, e.g. 9,5 or 43.000.</translation>
    </message>
    <message>
        <source>Số không hợp lệ: &quot;{shown}&quot;. {hint}</source>
        <translation>Invalid number: &quot;{shown}&quot;. {hint}</translation>
    </message>
    <message>
        <source>Số không hợp lệ: &quot;{shown}&quot; ({reason}). {hint}</source>
        <translation>Invalid number: &quot;{shown}&quot; ({reason}). {hint}</translation>
    </message>
    <message>
        <source>Số &quot;{shown}&quot; có ký tự ẩn (không nhìn thấy) ở giữa. Hãy xóa ô rồi gõ lại số.</source>
        <translation>The number &quot;{shown}&quot; has a hidden (invisible) character inside. Clear the cell and type the number again.</translation>
    </message>
    <message>
        <source>Chưa nhập số. {hint}</source>
        <translation>No number entered. {hint}</translation>
    </message>
    <message>
        <source>dài quá {count} ký tự</source>
        <translation>longer than {count} characters</translation>
    </message>
    <message>
        <source>quá lớn: số liệu phải nhỏ hơn 1 triệu tỷ (10^15)</source>
        <translation>too large: figures must be below 10^15</translation>
    </message>
    <message>
        <source>{who} có {count}/{total} tiêu chí {level} chưa đạt (từ {always}% trở lên): thuộc trường hợp xem xét thu hồi quyết định công nhận {level} (QĐ 18/2022/QĐ-TTg).</source>
        <translation>{who} has {count}/{total} {level} criteria not met ({always}% or more): a case for considering revocation of the {level} recognition (Decision 18/2022/QD-TTg).</translation>
    </message>
    <message>
        <source>{who} có {count}/{total} tiêu chí {level} chưa đạt ({band}-{always}%), trong đó có {named}: thuộc trường hợp xem xét thu hồi quyết định công nhận {level} (QĐ 18/2022/QĐ-TTg).</source>
        <translation>{who} has {count}/{total} {level} criteria not met ({band}-{always}%), including {named}: a case for considering revocation of the {level} recognition (Decision 18/2022/QD-TTg).</translation>
    </message>
    <message>
        <source>đạt</source>
        <translation>met</translation>
    </message>
    <message>
        <source>chưa đạt</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>chưa đánh giá</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>Ngày đăng ký xây dựng đạt chuẩn an toàn về ANTT {day} không thuộc Quý I năm {year} ({first} - {last}).</source>
        <translation>The registration date for the security and order standard, {day}, is not in the first quarter of {year} ({first} - {last}).</translation>
    </message>
    <message>
        <source>thôn</source>
        <translation>village</translation>
    </message>
    <message>
        <source>ấp</source>
        <translation>hamlet</translation>
    </message>
    <message>
        <source>khu vực</source>
        <translation>neighbourhood</translation>
    </message>
    <message>
        <source>tổ dân phố</source>
        <translation>residential group</translation>
    </message>
    <message>
        <source>khu phố</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>bản</source>
        <translation>mountain village</translation>
    </message>
    <message>
        <source>khác</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Kết quả ANTT là đạt nhưng chỉ {share}% khu dân cư, cơ quan, doanh nghiệp, nhà trường được công nhận (cần từ 70% trở lên).</source>
        <translation>The security and order result is met, but only {share}% of residential areas, agencies, enterprises and schools are recognised (70% or more is required).</translation>
    </message>
    <message>
        <source>Đã có quyết định công nhận số {number} nhưng kết quả ANTT đang là &quot;{result}&quot;.</source>
        <translation>There is recognition decision {number}, but the security and order result is &quot;{result}&quot;.</translation>
    </message>
    <message>
        <source>Ngày {day} ({what}) nằm ngoài kỳ đánh giá năm {year} ({start} - {end}); ngày này thuộc kỳ đánh giá năm {other}.</source>
        <translation>The date {day} ({what}) is outside the {year} evaluation period ({start} - {end}); it belongs to the {other} evaluation period.</translation>
    </message>
    <message>
        <source>Tỷ lệ khu dân cư, cơ quan được công nhận phải từ 0 đến 100% (đã nhập {value}%).</source>
        <translation>The share of recognised residential areas and agencies must be from 0 to 100% ({value}% entered).</translation>
    </message>
    <message>
        <source>Quyết định công nhận cần cả số và ngày: chưa có số quyết định.</source>
        <translation>A recognition decision needs both its number and its date: the number is missing.</translation>
    </message>
    <message>
        <source>Ngày quyết định công nhận {day} trước khi kỳ đánh giá năm {year} bắt đầu ({start}).</source>
        <translation>The recognition decision date {day} is before the {year} evaluation period starts ({start}).</translation>
    </message>
    <message>
        <source>Ngày quyết định công nhận {day} trước ngày đăng ký {registered}: không thể công nhận trước khi đăng ký.</source>
        <translation>The recognition decision date {day} is before the registration date {registered}: a unit cannot be recognised before it registers.</translation>
    </message>
    <message>
        <source>Loại khu dân cư không hợp lệ: “{text}”. Chọn một trong: {choices}.</source>
        <translation>Not a kind of residential area: “{text}”. Choose one of: {choices}.</translation>
    </message>
    <message>
        <source>Chưa ghi tên khu dân cư.</source>
        <translation>The residential area has no name.</translation>
    </message>
    <message>
        <source>Tên khu dân cư dài quá {limit} ký tự.</source>
        <translation>The residential area&apos;s name is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Quyết định công nhận cần cả số và ngày: chưa có ngày quyết định.</source>
        <translation>A recognition decision needs both its number and its date: the date is missing.</translation>
    </message>
    <message>
        <source>Đề nghị #{id} là hồ sơ nhận từ {sender}: chỉ gửi kết quả xét về cho cơ quan đó.</source>
        <translation>Proposal #{id} is a dossier received from {sender}: only its result is sent back to that office.</translation>
    </message>
    <message>
        <source>Hồ sơ của đề nghị #{id} đã được {receiver} quyết định: không gửi lại được.</source>
        <translation>The dossier of proposal #{id} was decided by {receiver}: it cannot be sent again.</translation>
    </message>
    <message>
        <source>Đề nghị #{id} đang ở trạng thái “{status}”: hãy trình đề nghị (có số tờ trình) rồi mới gửi hồ sơ lên cấp trên.</source>
        <translation>Proposal #{id} is “{status}”: submit it (with the submission&apos;s number) before sending its dossier to the higher level.</translation>
    </message>
    <message>
        <source>Đề nghị khen thưởng cấp Nhà nước đi qua cấp tỉnh: hãy lập đề nghị trình cấp tỉnh.</source>
        <translation>State-level award proposals go through the province: make a proposal to the province.</translation>
    </message>
    <message>
        <source>Đề nghị #{id} do {receiver} quyết định, thuộc chính cơ quan này: không cần gửi hồ sơ.</source>
        <translation>Proposal #{id} is decided by {receiver}, within this office: no dossier needs to be sent.</translation>
    </message>
    <message>
        <source>{receiver} không còn từ ngày {day} (sắp xếp đơn vị hành chính): hãy trả lại đề nghị và trình cấp tỉnh.</source>
        <translation>{receiver} no longer exists from {day} (administrative reorganisation): return the proposal and submit it to the province.</translation>
    </message>
    <message>
        <source>Đề nghị #{id} không phải hồ sơ nhận từ cấp dưới: không có nơi để gửi kết quả.</source>
        <translation>Proposal #{id} is not a dossier received from below: there is nowhere to send a result.</translation>
    </message>
    <message>
        <source>Không tìm thấy cơ quan gửi hồ sơ (mã {code}) trong danh mục đơn vị.</source>
        <translation>The office that sent the dossier (code {code}) is not in the unit list.</translation>
    </message>
    <message>
        <source>Không còn bản lưu của gói {name} trên máy này (gói do {who} nhập trên máy khác, hoặc thư mục inbox đã bị xóa): hãy lấy lại tệp gói từ nơi gửi.</source>
        <translation>This computer no longer has the kept copy of the package {name} (it was imported by {who} on another computer, or the inbox folder was deleted): get the package file again from its sender.</translation>
    </message>
    <message>
        <source>Không còn lần nhập gói này (có thể dữ liệu đã được khôi phục).</source>
        <translation>This import no longer exists (the data may have been restored).</translation>
    </message>
    <message>
        <source>Quyết định {number} không có bản nào in trên {layout} (đã chọn).</source>
        <translation>Decision {number} has no certificate (chosen) printed on {layout}.</translation>
    </message>
    <message>
        <source>“{kind}” không phải giấy tờ của hồ sơ khen thưởng: chọn {choices}.</source>
        <translation>“{kind}” is not a paper of an award dossier: choose {choices}.</translation>
    </message>
    <message>
        <source>Một tệp đính vào một dòng hoặc một quyết định, không cả hai.</source>
        <translation>A file goes to one line or one decision, not both.</translation>
    </message>
    <message>
        <source>Hồ sơ đề nghị</source>
        <translation>The proposal</translation>
    </message>
    <message>
        <source>Dòng {n}: {name}</source>
        <translation>Line {n}: {name}</translation>
    </message>
    <message>
        <source>Quyết định số {number}</source>
        <translation>Decision no. {number}</translation>
    </message>
    <message>
        <source>Dòng #{line} không thuộc đề nghị này.</source>
        <translation>Line #{line} does not belong to this proposal.</translation>
    </message>
    <message>
        <source>Quyết định #{decision} không thuộc đề nghị này.</source>
        <translation>Decision #{decision} does not belong to this proposal.</translation>
    </message>
    <message>
        <source>Tệp này đã được đính kèm (tên &quot;{name}&quot;, ngày {day}).</source>
        <translation>This file is already attached (as &quot;{name}&quot;, on {day}).</translation>
    </message>
    <message>
        <source>Ghi chú dài quá {count} ký tự.</source>
        <translation>The note is longer than {count} characters.</translation>
    </message>
    <message>
        <source>Không còn tệp đính kèm này (có thể đã được gỡ).</source>
        <translation>This attachment no longer exists (it may have been removed).</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp &quot;{path}&quot;.</source>
        <translation>The file &quot;{path}&quot; was not found.</translation>
    </message>
    <message>
        <source>Không đọc được tệp &quot;{name}&quot;: {reason}.</source>
        <translation>Could not read the file &quot;{name}&quot;: {reason}.</translation>
    </message>
    <message>
        <source>Không lưu được tệp &quot;{name}&quot; vào thư mục dữ liệu: {reason}.</source>
        <translation>Could not save the file &quot;{name}&quot; in the data folder: {reason}.</translation>
    </message>
    <message>
        <source>Tệp đính kèm &quot;{name}&quot; đã bị thay đổi trong thư mục dữ liệu (mã kiểm tra không khớp): hãy gỡ và đính kèm lại bản gốc.</source>
        <translation>The attachment &quot;{name}&quot; was changed in the data folder (its checksum does not match): remove it and attach the original again.</translation>
    </message>
    <message>
        <source>Thiếu tệp đính kèm &quot;{name}&quot; trong thư mục dữ liệu (có thể bị xóa hoặc dữ liệu được khôi phục từ máy khác): hãy đính kèm lại.</source>
        <translation>The attachment &quot;{name}&quot; is missing from the data folder (it may have been deleted, or the data was restored from another computer): attach it again.</translation>
    </message>
    <message>
        <source>Không chép được tệp đính kèm &quot;{name}&quot;: {reason}.</source>
        <translation>Could not copy the attachment &quot;{name}&quot;: {reason}.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot;: đã bị thay đổi</source>
        <translation>&quot;{name}&quot;: changed</translation>
    </message>
    <message>
        <source>&quot;{name}&quot;: thiếu tệp</source>
        <translation>&quot;{name}&quot;: file missing</translation>
    </message>
    <message>
        <source>&quot;{name}&quot;: {reason}</source>
        <translation>&quot;{name}&quot;: {reason}</translation>
    </message>
    <message>
        <source>Tệp &quot;{name}&quot; đang bị thay đổi.</source>
        <translation>The file &quot;{name}&quot; is being changed.</translation>
    </message>
    <message>
        <source>Đề nghị #{id} là hồ sơ nhận từ {sender}: cơ quan gửi sửa và gửi lại hồ sơ, ở đây không trình lại.</source>
        <translation>Proposal #{id} is a dossier received from {sender}: the sender corrects and resends it; it is not submitted again here.</translation>
    </message>
    <message>
        <source>Đề nghị #{id} là hồ sơ nhận từ {sender}: nội dung chỉ do cơ quan gửi sửa. Nếu cần sửa, hãy trả lại hồ sơ kèm lý do.</source>
        <translation>Proposal #{id} is a dossier received from {sender}: only the sender changes its content. If it needs correcting, return the dossier with a reason.</translation>
    </message>
    <message>
        <source>{who} đã sửa đề nghị “{title}” ({time}) sau khi bạn mở nó: chưa lưu thay đổi của bạn. Hãy xem bản mới rồi làm lại.</source>
        <translation>{who} changed the proposal “{title}” ({time}) after you opened it: your change was not saved. Look at the new version, then do it again.</translation>
    </message>
    <message>
        <source>{who} đã sửa chỉ tiêu năm {year} của {unit} ({time}) sau khi bạn mở biểu mẫu: chưa lưu thay đổi của bạn. Hãy chọn lại đơn vị để xem bản mới rồi sửa tiếp.</source>
        <translation>{who} changed the {year} targets of {unit} ({time}) after you opened the form: your changes were not saved. Choose the unit again to see the new version, then continue.</translation>
    </message>
    <message>
        <source>Không có phong trào thi đua nào mã &quot;{code}&quot;.</source>
        <translation>There is no emulation campaign with code &quot;{code}&quot;.</translation>
    </message>
    <message>
        <source>Phong trào &quot;{campaign}&quot; không có chỉ tiêu nào mã &quot;{code}&quot;.</source>
        <translation>Campaign &quot;{campaign}&quot; has no indicator with code &quot;{code}&quot;.</translation>
    </message>
    <message>
        <source>Hãy nhập tên phong trào thi đua.</source>
        <translation>Enter the name of the emulation campaign.</translation>
    </message>
    <message>
        <source>Phong trào &quot;{campaign}&quot; do cơ quan cấp trên (mã {owner}) ban hành nên chỉ xem được, không sửa được tại đây.</source>
        <translation>Campaign &quot;{campaign}&quot; was issued by a higher office (code {owner}): it can be viewed but not edited here.</translation>
    </message>
    <message>
        <source>Năm {year} nằm ngoài thời gian của phong trào ({start} - {end}).</source>
        <translation>{year} is outside the campaign period ({start} - {end}).</translation>
    </message>
    <message>
        <source>Đã có phong trào mã &quot;{code}&quot;; hãy chọn mã khác.</source>
        <translation>A campaign with code &quot;{code}&quot; already exists; choose another code.</translation>
    </message>
    <message>
        <source>Phong trào đã có kết quả nên không xóa được; hãy chuyển trạng thái sang &quot;đã tổng kết&quot;.</source>
        <translation>The campaign has results and cannot be deleted; set its status to &quot;closed&quot; instead.</translation>
    </message>
    <message>
        <source>Chỉ tiêu &quot;{name}&quot; đã có {count} kết quả nên không xóa được.</source>
        <translation>Indicator &quot;{name}&quot; has {count} result(s) and cannot be deleted.</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Ô này đã bị người khác xóa sau khi bảng của bạn được mở: hãy xem lại rồi lưu lại nếu vẫn muốn nhập.</source>
        <translation>Someone else cleared this cell after your table was opened: look at it again, then save again if you still want to enter it.</translation>
    </message>
    <message>
        <source>{who} đã sửa ô này thành {value} lúc {time}, sau khi bảng của bạn được mở: hãy xem giá trị mới rồi lưu lại nếu vẫn muốn thay.</source>
        <translation>{who} changed this cell to {value} at {time}, after your table was opened: look at the new value, then save again if you still want to replace it.</translation>
    </message>
    <message>
        <source>Chỉ tiêu &quot;{name}&quot; được tính tự động, không nhập tay được.</source>
        <translation>Indicator &quot;{name}&quot; is computed automatically and cannot be entered by hand.</translation>
    </message>
    <message>
        <source>Kết quả của {unit} do cơ quan mã {owner} gửi lên nên chỉ xem được, không sửa tại đây.</source>
        <translation>The results of {unit} were sent by the office with code {owner}: they can be viewed but not edited here.</translation>
    </message>
    <message>
        <source>Hãy nhập một giá trị (ví dụ 9,5 hoặc 43.000).</source>
        <translation>Enter a value (e.g. 9,5 or 43.000).</translation>
    </message>
    <message>
        <source>{who} đã sửa chỉ tiêu “{indicator}” năm {year} của {unit} thành “{value}” ({time}) sau khi bạn mở bảng giao chỉ tiêu: chưa lưu gì. Hãy đóng bảng, mở lại để xem bản mới rồi nhập lại.</source>
        <translation>{who} changed the {year} target “{indicator}” of {unit} to “{value}” ({time}) after you opened the target table: nothing was saved. Close the table, open it again to see the new version, then enter your values again.</translation>
    </message>
    <message>
        <source>Quyết định {number} chưa khen thưởng dòng nào.</source>
        <translation>Decision {number} awards no line yet.</translation>
    </message>
    <message>
        <source>Quyết định {number} là khen thưởng cấp Nhà nước: bằng, huy chương, danh hiệu do Trung ương in và gửi về; ứng dụng chỉ in phôi Bằng khen, Giấy khen của Ủy ban nhân dân các cấp.</source>
        <translation>Decision {number} is a State-level award: its certificates, medals and titles are printed and sent by the central government; this application prints only the certificates of people&apos;s committees on their blanks.</translation>
    </message>
    <message>
        <source>Kết quả chấm điểm đã công bố ngày {day}: chỉ xem.</source>
        <translation>The scoring results were published on {day}: read only.</translation>
    </message>
    <message>
        <source>Năm {year} đã khóa sổ: chỉ xem.</source>
        <translation>Year {year} is locked: read only.</translation>
    </message>
    <message>
        <source>Cụm, khối do Hội đồng TĐKT ngoài phạm vi cơ quan này tổ chức: chỉ xem.</source>
        <translation>A cluster organised by a council outside this office&apos;s scope: read only.</translation>
    </message>
    <message>
        <source>Không có cụm, khối thi đua #{id}.</source>
        <translation>There is no emulation cluster #{id}.</translation>
    </message>
    <message>
        <source>Kết quả chấm điểm của {name} đã công bố ngày {day}: không sửa được nữa.</source>
        <translation>The scoring results of {name} were published on {day}: they can no longer change.</translation>
    </message>
    <message>
        <source>Hãy nhập mã cụm, khối (tối đa {n} ký tự).</source>
        <translation>Enter the cluster&apos;s code (at most {n} characters).</translation>
    </message>
    <message>
        <source>Hãy nhập tên cụm, khối (tối đa {n} ký tự).</source>
        <translation>Enter the cluster&apos;s name (at most {n} characters).</translation>
    </message>
    <message>
        <source>Số giao ước dài quá {n} ký tự.</source>
        <translation>The agreement number is longer than {n} characters.</translation>
    </message>
    <message>
        <source>Hạn chấm chéo (cụm xét) phải sau hạn tự chấm điểm.</source>
        <translation>The review deadline must come after the self-scoring deadline.</translation>
    </message>
    <message>
        <source>Mỗi năm một cụm, khối có một trưởng và một phó.</source>
        <translation>Each year a cluster has one head and one deputy.</translation>
    </message>
    <message>
        <source>Một đơn vị có hai lần trong danh sách thành viên.</source>
        <translation>A unit appears twice among the members.</translation>
    </message>
    <message>
        <source>Ngày {what} phải trong năm {year}.</source>
        <translation>The date of {what} must fall in {year}.</translation>
    </message>
    <message>
        <source>Năm {year} đã có cụm, khối mã {code}.</source>
        <translation>Year {year} already has a cluster with code {code}.</translation>
    </message>
    <message>
        <source>{unit} đã có điểm trong cụm, khối này: không bỏ khỏi danh sách được.</source>
        <translation>{unit} already has points in this cluster: it cannot be removed.</translation>
    </message>
    <message>
        <source>Nội dung tiêu chí {code} dài quá 500 ký tự.</source>
        <translation>The content of criterion {code} is longer than 500 characters.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} đã có điểm của thành viên: không bỏ khỏi bảng được.</source>
        <translation>Criterion {code} already has members&apos; points: it cannot be removed from the table.</translation>
    </message>
    <message>
        <source>Chưa có bảng chấm điểm của cụm, khối mã {code} năm trước để chép.</source>
        <translation>There is no earlier scoring table of the cluster with code {code} to copy.</translation>
    </message>
    <message>
        <source>Thành viên đã chấm điểm theo bảng hiện có: không chép đè.</source>
        <translation>Members have scored against the present table: it is not overwritten.</translation>
    </message>
    <message>
        <source>Cụm, khối đã có thành viên: không đổi năm hay loại được.</source>
        <translation>The cluster has members: its year or kind cannot change.</translation>
    </message>
    <message>
        <source>{unit} không thuộc {council}: thành viên của cụm, khối là đơn vị thuộc cơ quan tổ chức.</source>
        <translation>{unit} is not under {council}: a cluster&apos;s members are units of the organising office.</translation>
    </message>
    <message>
        <source>{unit} đã là thành viên của {other} năm {year}: mỗi năm một đơn vị thuộc một cụm (khối).</source>
        <translation>{unit} is already a member of {other} in {year}: a unit belongs to one cluster (block) a year.</translation>
    </message>
    <message>
        <source>Đề nghị tặng {award} năm {year} cho đơn vị dẫn đầu {name}</source>
        <translation>Proposal of {award} for {year} to the leading units of {name}</translation>
    </message>
    <message>
        <source>{unit} không phải thành viên của {name}.</source>
        <translation>{unit} is not a member of {name}.</translation>
    </message>
    <message>
        <source>Số vị trí đề nghị phải từ 1.</source>
        <translation>The number of places proposed must be at least 1.</translation>
    </message>
    <message>
        <source>Xếp thứ {rank} {name} năm {year} với {points} điểm.</source>
        <translation>Ranked {rank} in {name} in {year} with {points} points.</translation>
    </message>
    <message>
        <source>Đã quá hạn {stage} ngày {due} của {name}: điểm ngày {day} không được ghi. Nếu Hội đồng gia hạn, hãy sửa hạn trong thông tin cụm, khối trước.</source>
        <translation>The {stage} deadline of {due} of {name} has passed: points of {day} are not recorded. If the council extends it, change the deadline in the cluster&apos;s details first.</translation>
    </message>
    <message>
        <source>{name} chưa có bảng chấm điểm.</source>
        <translation>{name} has no scoring table yet.</translation>
    </message>
    <message>
        <source>Cụm, khối đã chấm chéo điểm của {unit}: không tự chấm lại được.</source>
        <translation>The cluster has reviewed the points of {unit}: it cannot self-score again.</translation>
    </message>
    <message>
        <source>Chưa công bố được: {names} chưa có điểm.</source>
        <translation>Not published: {names} have no points yet.</translation>
    </message>
    <message>
        <source>Ngày công bố phải từ năm {year}.</source>
        <translation>The publication date must be in {year} or later.</translation>
    </message>
    <message>
        <source>Hãy công bố kết quả chấm điểm của {name} trước khi lập đề nghị.</source>
        <translation>Publish the scoring results of {name} before making a proposal.</translation>
    </message>
    <message>
        <source>Danh hiệu, hình thức “{code}” không áp dụng ngày {day}.</source>
        <translation>The title or form “{code}” does not apply on {day}.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} không có trong bảng chấm điểm (hoặc có tiêu chí con: chấm điểm từng tiêu chí con).</source>
        <translation>Criterion {code} is not in the scoring table (or it has sub-items: score each sub-item).</translation>
    </message>
    <message>
        <source>Tiêu chí {code} của {unit}: cụm chấm {points}, khác điểm tự chấm {own}: hãy ghi lý do.</source>
        <translation>Criterion {code} of {unit}: the cluster gives {points}, unlike the self-score {own}: give the reason.</translation>
    </message>
    <message>
        <source>vừa xong</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>Lưu ý: lần này ứng dụng được mở với cơ sở dữ liệu chỉ định bằng {how}; khi còn chỉ định như vậy, địa chỉ đó được dùng thay cho lựa chọn đã lưu ở đây.</source>
        <translation>Note: this time the application was opened with the database named by {how}; while it is named that way, that address is used instead of the choice saved here.</translation>
    </message>
    <message>
        <source>Không lưu được lựa chọn máy chủ vào thư mục dữ liệu {folder}: {reason}.</source>
        <translation>Could not save the server choice in the data folder {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Hãy nhập tên hoặc địa chỉ IP của máy chủ.</source>
        <translation>Enter the server&apos;s name or IP address.</translation>
    </message>
    <message>
        <source>Tên máy chủ “{host}” không hợp lệ: chỉ ghi tên hoặc địa chỉ IP.</source>
        <translation>The server name “{host}” is not valid: write only the name or IP address.</translation>
    </message>
    <message>
        <source>Cổng “{port}” không hợp lệ: một số từ 1 đến 65535 (thường là 5432).</source>
        <translation>The port “{port}” is not valid: a number from 1 to 65535 (usually 5432).</translation>
    </message>
    <message>
        <source>Hãy nhập tên cơ sở dữ liệu trên máy chủ.</source>
        <translation>Enter the name of the database on the server.</translation>
    </message>
    <message>
        <source>Hãy nhập tên đăng nhập máy chủ của bạn.</source>
        <translation>Enter your user name on the server.</translation>
    </message>
    <message>
        <source>Kết nối được. Cơ sở dữ liệu của {office}; các thay đổi của bạn được ghi tên {user}.</source>
        <translation>Connected. The database of {office}; your changes are recorded under {user}.</translation>
    </message>
    <message>
        <source>Hãy nhập mật khẩu để ghi nhớ, hoặc bỏ chọn “Ghi nhớ mật khẩu”.</source>
        <translation>Enter the password to remember, or clear “Remember the password”.</translation>
    </message>
    <message>
        <source>Kết nối được; cơ sở dữ liệu chưa chọn cơ quan sử dụng. Các thay đổi của bạn được ghi tên {user}.</source>
        <translation>Connected; the database has no office chosen yet. Your changes are recorded under {user}.</translation>
    </message>
    <message>
        <source>Hãy nêu lý do mở khóa sổ năm {year}.</source>
        <translation>Give the reason for unlocking {year}.</translation>
    </message>
    <message>
        <source>Năm {year} đã khóa sổ (ngày {day}, người khóa: {who}); số liệu của năm này không sửa được. Muốn sửa, hãy mở khóa (cần nêu lý do) trong Cài đặt hoặc bằng lệnh unlock.</source>
        <translation>{year} is locked (on {day}, by {who}); its data cannot be changed. To change it, unlock the year (a reason is required) in Settings or with the unlock command.</translation>
    </message>
    <message>
        <source>Năm không hợp lệ: {year} (phải từ {first} đến {last}).</source>
        <translation>Invalid year: {year} (must be from {first} to {last}).</translation>
    </message>
    <message>
        <source>Năm {year} đã khóa sổ từ ngày {day} ({who}).</source>
        <translation>{year} has been locked since {day} ({who}).</translation>
    </message>
    <message>
        <source>Năm {year} chưa khóa sổ nên không cần mở khóa.</source>
        <translation>{year} is not locked, so there is nothing to unlock.</translation>
    </message>
    <message>
        <source>{unit} ({code}) không thuộc phạm vi của {office}: bản cài đặt này chỉ nhập số liệu cho các đơn vị trực thuộc.</source>
        <translation>{unit} ({code}) is not within the scope of {office}: this installation enters data only for its own units.</translation>
    </message>
    <message>
        <source>Không có đơn vị hành chính nào mã &quot;{code}&quot;.</source>
        <translation>There is no administrative unit with code &quot;{code}&quot;.</translation>
    </message>
    <message>
        <source>{who} đã sửa tiêu chí năm {year} của {unit} ({time}) sau khi bạn mở bảng tiêu chí: chưa lưu thay đổi của bạn. Hãy mở lại để xem bản mới rồi sửa tiếp.</source>
        <translation>{who} changed the {year} criteria of {unit} ({time}) after you opened the checklist: your changes were not saved. Open it again to see the new version, then continue.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu dùng chung trên máy chủ {where} không khôi phục từ một máy: khi mọi người đã thoát ứng dụng, quản trị viên chạy trên máy chủ: pg_restore --clean --if-exists --no-owner -d TÊN-CƠ-SỞ-DỮ-LIỆU {file}, rồi mở lại ứng dụng. Bản sao lưu nằm trong thư mục {folder}.</source>
        <translation>The shared database on the server {where} is not restored from one computer: when everyone has closed the application, the administrator runs on the server: pg_restore --clean --if-exists --no-owner -d DATABASE-NAME {file}, then opens the application again. The backup is in the folder {folder}.</translation>
    </message>
    <message>
        <source>Chưa sao lưu được cơ sở dữ liệu trên máy chủ {where}: máy này chưa có công cụ pg_dump (cài gói PostgreSQL client: trên Windows cài PostgreSQL, chọn &apos;Command Line Tools&apos;; trên Debian/Ubuntu: apt-get install postgresql-client).</source>
        <translation>Could not back up the database on the server {where}: this computer has no pg_dump tool (install the PostgreSQL client: on Windows install PostgreSQL and choose &apos;Command Line Tools&apos;; on Debian/Ubuntu: apt-get install postgresql-client).</translation>
    </message>
    <message>
        <source>Chưa sao lưu được cơ sở dữ liệu trên máy chủ {where}: {detail}</source>
        <translation>Could not back up the database on the server {where}: {detail}</translation>
    </message>
    <message>
        <source>{who} đã sửa tình trạng năm {year} của {unit} ({time}) sau khi bạn mở biểu mẫu: chưa lưu thay đổi của bạn. Hãy mở lại để xem bản mới rồi sửa tiếp.</source>
        <translation>{who} changed the {year} status of {unit} ({time}) after you opened the form: your changes were not saved. Open it again to see the new version, then continue.</translation>
    </message>
    <message>
        <source>Người khác</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Tỷ lệ khu dân cư đạt (%)</source>
        <translation>Share of areas recognised (%)</translation>
    </message>
    <message>
        <source>Không tìm thấy đơn vị “{name}” thuộc {office} trong năm {year}.</source>
        <translation>No unit “{name}” under {office} in {year}.</translation>
    </message>
    <message>
        <source>{unit} ({code}) không còn từ {day} (sắp xếp đơn vị hành chính): số liệu năm {year} ghi cho đơn vị kế thừa.</source>
        <translation>{unit} ({code}) no longer exists from {day} (administrative reorganisation): record the figures of {year} for its successor.</translation>
    </message>
    <message>
        <source>Kết quả chỉ tiêu — {code} — năm {year}</source>
        <translation>Indicator results — {code} — {year}</translation>
    </message>
    <message>
        <source>{unit} ({code}) không thuộc phạm vi của {office}.</source>
        <translation>{unit} ({code}) is not within the scope of {office}.</translation>
    </message>
    <message>
        <source>Tên “{name}” trùng nhiều đơn vị ({codes}): hãy ghi mã đơn vị.</source>
        <translation>The name “{name}” fits several units ({codes}): write the unit&apos;s code.</translation>
    </message>
    <message>
        <source>Phong trào {campaign} không có chỉ tiêu mã “{code}”.</source>
        <translation>Campaign {campaign} has no indicator with code “{code}”.</translation>
    </message>
    <message>
        <source>Chỉ tiêu “{name}” được tính tự động, không nhập từ bảng tính.</source>
        <translation>Indicator “{name}” is computed automatically; it is not imported from a workbook.</translation>
    </message>
    <message>
        <source>Kết quả của {unit} do cơ quan mã {owner} gửi lên: chỉ xem, không sửa tại đây.</source>
        <translation>The result of {unit} was sent by the office with code {owner}: read-only here.</translation>
    </message>
    <message>
        <source>{unit}, chỉ tiêu {code} đã có giá trị khác ở {other}.</source>
        <translation>{unit}, indicator {code} already has another value at {other}.</translation>
    </message>
    <message>
        <source>Trang “{sheet}”, dòng {row}, cột {column}</source>
        <translation>Sheet “{sheet}”, row {row}, column {column}</translation>
    </message>
    <message>
        <source>&quot;3 không&quot; và an toàn về an ninh, trật tự</source>
        <translation>Three No&apos;s and security and order (ANTT)</translation>
    </message>
    <message>
        <source>&quot;3 không&quot; và an toàn về ANTT — năm {year}</source>
        <translation>Three No&apos;s and ANTT — {year}</translation>
    </message>
    <message>
        <source>Không có tiêu chí “{code}”.</source>
        <translation>There is no criterion “{code}”.</translation>
    </message>
    <message>
        <source>Số liệu an ninh, trật tự năm {year} của {unit} do cơ quan cấp dưới gửi lên nên chỉ xem được, không sửa tại đây.</source>
        <translation>The {year} security data of {unit} was sent by a lower office: it can be viewed but not edited here.</translation>
    </message>
    <message>
        <source>{who} đã sửa danh sách khu dân cư năm {year} của {unit} ({time}) sau khi bạn mở: chưa lưu thay đổi của bạn. Hãy mở lại để xem bản mới rồi sửa tiếp.</source>
        <translation>{who} changed the {year} residential areas of {unit} ({time}) after you opened them: your changes were not saved. Open the list again to see the new version, then continue.</translation>
    </message>
    <message>
        <source>Ghi chú dài quá {limit} ký tự.</source>
        <translation>The note is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>{unit} đã có khu dân cư “{name}”.</source>
        <translation>{unit} already has a residential area “{name}”.</translation>
    </message>
    <message>
        <source>{name}: {old} → {new}</source>
        <translation>{name}: {old} → {new}</translation>
    </message>
    <message>
        <source>Thêm “{name}” ({kind}): {status}</source>
        <translation>Added “{name}” ({kind}): {status}</translation>
    </message>
    <message>
        <source>Bỏ “{name}” khỏi danh sách</source>
        <translation>Removed “{name}” from the list</translation>
    </message>
    <message>
        <source>“{name}” không còn từ năm {year}</source>
        <translation>“{name}” no longer exists from {year}</translation>
    </message>
    <message>
        <source>Đổi tên “{old}” thành “{new}”</source>
        <translation>Renamed “{old}” to “{new}”</translation>
    </message>
    <message>
        <source>{name}: ghi chú</source>
        <translation>{name}: note</translation>
    </message>
    <message>
        <source>{what} phải là số nguyên: “{text}”.</source>
        <translation>{what} must be a whole number: “{text}”.</translation>
    </message>
    <message>
        <source>Đề nghị #{id} — {title}</source>
        <translation>Proposal #{id} — {title}</translation>
    </message>
    <message>
        <source>Không có danh hiệu, hình thức “{award}” trong quy định áp dụng cho đề nghị này. Các mã: {known}.</source>
        <translation>The rules of this proposal have no title or form “{award}”. Codes: {known}.</translation>
    </message>
    <message>
        <source>Không rõ tiêu chí đạt hay chưa: &quot;{text}&quot;. Ghi “đạt” hoặc “chưa đạt”.</source>
        <translation>Unclear whether the criterion is met: &quot;{text}&quot;. Write “met” or “not_met”.</translation>
    </message>
    <message>
        <source>Tiêu chí {set} — năm {year}</source>
        <translation>{set} criteria — {year}</translation>
    </message>
    <message>
        <source>{unit}, {field} đã có giá trị khác ở {other}.</source>
        <translation>{unit}, {field} already has another value at {other}.</translation>
    </message>
    <message>
        <source>Khu dân cư an toàn về ANTT — năm {year}</source>
        <translation>Residential areas recognised safe — {year}</translation>
    </message>
    <message>
        <source>Chưa ghi mã hoặc tên xã, phường.</source>
        <translation>No commune or ward code or name.</translation>
    </message>
    <message>
        <source>“{name}” đã có ở dòng {row}.</source>
        <translation>“{name}” is already on row {row}.</translation>
    </message>
    <message>
        <source>Một tiêu chí có hai lần trong danh sách xét khi bằng điểm.</source>
        <translation>A criterion appears twice among those breaking ties.</translation>
    </message>
    <message>
        <source>Điểm tối đa của tiêu chí {code} phải lớn hơn 0, không quá {limit}, nhiều nhất 2 chữ số thập phân.</source>
        <translation>The maximum points of criterion {code} must be above 0, at most {limit}, with at most 2 decimals.</translation>
    </message>
    <message>
        <source>{name} do {organiser} tổ chức: chỉ cơ quan đó gửi bảng chấm điểm xuống các thành viên.</source>
        <translation>{name} is organised by {organiser}: only that office sends the scoring table to the members.</translation>
    </message>
    <message>
        <source>{name} chưa có thành viên nào.</source>
        <translation>{name} has no members yet.</translation>
    </message>
    <message>
        <source>{name} do chính cơ quan này tổ chức: điểm tự chấm của các thành viên đã ở đây, không cần gửi đi.</source>
        <translation>{name} is organised by this office: the members&apos; self-scores are already here and need not be sent.</translation>
    </message>
    <message>
        <source>Kết quả chấm điểm của {name} đã công bố ngày {day}: không gửi điểm tự chấm được nữa.</source>
        <translation>The scores of {name} were published on {day}: self-scores can no longer be sent.</translation>
    </message>
    <message>
        <source>Đã quá hạn tự chấm điểm ngày {due} của {name}: điểm tự chấm không gửi được nữa. Nếu Hội đồng gia hạn, cơ quan tổ chức gửi lại bảng chấm điểm với hạn mới.</source>
        <translation>The self-scoring deadline of {due} for {name} has passed: self-scores can no longer be sent. If the council extends it, the organising office sends the scoring table again with the new deadline.</translation>
    </message>
    <message>
        <source>{office} không có đơn vị nào trong {name}.</source>
        <translation>{office} has no unit in {name}.</translation>
    </message>
    <message>
        <source>Chưa có điểm tự chấm nào của {name} để gửi: hãy chấm điểm trước.</source>
        <translation>There are no self-scores of {name} to send yet: score first.</translation>
    </message>
    <message>
        <source>các cơ quan có đơn vị thành viên</source>
        <translation>the offices of the member units</translation>
    </message>
    <message>
        <source>Tệp gói phải có đuôi {suffix} (ví dụ {example}{suffix}).</source>
        <translation>The package file must end in {suffix} (for example {example}{suffix}).</translation>
    </message>
    <message>
        <source>Tệp đính kèm “{name}” thiếu hoặc đã bị thay đổi trong thư mục dữ liệu: hãy gỡ và đính kèm lại bản gốc rồi gửi lại.</source>
        <translation>The attached file “{name}” is missing or was changed in the data folder: remove it, attach the original again, then send again.</translation>
    </message>
    <message>
        <source>giấy tờ của cụm, khối</source>
        <translation>a cluster&apos;s document</translation>
    </message>
    <message>
        <source>minh chứng của điểm tự chấm</source>
        <translation>evidence for a self-score</translation>
    </message>
    <message>
        <source>“{kind}” không phải {what}: chọn {choices}.</source>
        <translation>“{kind}” is not {what}: choose {choices}.</translation>
    </message>
    <message>
        <source>Tiêu chí {code}</source>
        <translation>Criterion {code}</translation>
    </message>
    <message>
        <source>Tiêu chí {code} không có trong bảng chấm điểm (hoặc có tiêu chí con: đính minh chứng vào từng tiêu chí con).</source>
        <translation>Criterion {code} is not in the scoring table (or it has sub-criteria: attach evidence to each sub-criterion).</translation>
    </message>
    <message>
        <source>Hồ sơ của đề nghị #{id} đã gửi {receiver} ({status}): Hội đồng và quyết định khen thưởng là của cấp đó, kết quả được nhập từ gói kết quả họ gửi về.</source>
        <translation>The dossier of proposal #{id} was sent to {receiver} ({status}): the council and the award decision are that level&apos;s, and their result is entered from the result package they send back.</translation>
    </message>
    <message>
        <source>Hồ sơ của đề nghị #{id} đang ở {receiver} ({status}): không tự rút về được. Nếu cần sửa, hãy đề nghị {receiver} trả lại hồ sơ; nếu gói chưa đến nơi, gửi lại hồ sơ như cũ.</source>
        <translation>The dossier of proposal #{id} is with {receiver} ({status}): it cannot be withdrawn from here. If it needs correcting, ask {receiver} to return it; if the package never arrived, send the dossier again as it is.</translation>
    </message>
    <message>
        <source>Đề nghị #{id} là hồ sơ nhận từ {sender}: giấy tờ của đề nghị và các dòng do cơ quan gửi; ở đây chỉ đính kèm vào quyết định.</source>
        <translation>Proposal #{id} is a dossier received from {sender}: the papers of the proposal and its lines are the sender&apos;s; here papers are attached to decisions only.</translation>
    </message>
    <message>
        <source>cơ quan mã {code}</source>
        <translation>office code {code}</translation>
    </message>
    <message>
        <source>Cụm, khối do {organiser} tổ chức, bảng chấm điểm nhận từ cơ quan đó lúc {when}: ở đây các đơn vị tự chấm điểm rồi gửi lên.</source>
        <translation>Cluster organised by {organiser}, scoring table received from that office at {when}: here the units score themselves and send their scores up.</translation>
    </message>
    <message>
        <source>{name} do {organiser} tổ chức: thành viên, bảng chấm điểm, chấm chéo và công bố là việc của cơ quan đó (ở đây chỉ tự chấm điểm các đơn vị của mình).</source>
        <translation>{name} is organised by {organiser}: members, scoring table, review and publication belong to that office (here only this office&apos;s units score themselves).</translation>
    </message>
    <message>
        <source>{unit} không thuộc phạm vi của {office}: điểm tự chấm của đơn vị do chính đơn vị ghi và gửi lên {organiser}.</source>
        <translation>{unit} is outside the scope of {office}: a unit&apos;s self-scores are entered by the unit itself and sent to {organiser}.</translation>
    </message>
    <message>
        <source>Đến hết ngày {due} các đơn vị còn tự chấm điểm: cụm, khối chấm chéo sau hạn đó (điểm ngày {day} chưa được ghi).</source>
        <translation>Members self-score until {due}: the cluster reviews after that deadline (the points of {day} are not recorded).</translation>
    </message>
    <message>
        <source>Các đơn vị còn tự chấm điểm đến hết ngày {due}: chưa công bố được.</source>
        <translation>Members self-score until {due}: the results cannot be published yet.</translation>
    </message>
    <message>
        <source>Đã lập đề nghị #{id} từ kết quả của {name} cho danh hiệu, hình thức này: hãy sửa đề nghị đó ở trang Khen thưởng.</source>
        <translation>Proposal #{id} was already made from the results of {name} for this title or form: edit it on the Awards page.</translation>
    </message>
    <message>
        <source>Công nhận an toàn về ANTT năm {year}{decision}</source>
        <translation>Recognised safe for security and order in {year}{decision}</translation>
    </message>
    <message>
        <source>Chưa đạt an toàn về ANTT năm {year}</source>
        <translation>Not recognised safe for security and order in {year}</translation>
    </message>
    <message>
        <source>Công nhận nông thôn mới (QĐ {number} ngày {day})</source>
        <translation>New-rural recognition (decision {number} of {day})</translation>
    </message>
    <message>
        <source>{met}/{evaluated} chỉ tiêu đạt, vượt năm {year}</source>
        <translation>{met}/{evaluated} targets met or exceeded in {year}</translation>
    </message>
    <message>
        <source>Chưa có công nhận nông thôn mới còn hiệu lực</source>
        <translation>No new-rural recognition in force</translation>
    </message>
    <message>
        <source>Mã mục thu, chi gồm chữ thường không dấu, chữ số, dấu gạch (tối đa {n} ký tự), ví dụ ngan_sach.</source>
        <translation>A category code is lowercase letters without diacritics, digits and dashes or underscores (at most {n} characters), e.g. ngan_sach.</translation>
    </message>
    <message>
        <source>Hãy nhập tên mục thu, chi (tối đa {n} ký tự).</source>
        <translation>Enter the category&apos;s name (at most {n} characters).</translation>
    </message>
    <message>
        <source>Đã có mục {kind} &quot;{name}&quot;.</source>
        <translation>The category &quot;{name}&quot; already exists ({kind}).</translation>
    </message>
    <message>
        <source>Không có mục &quot;{code}&quot; để thôi dùng.</source>
        <translation>There is no category &quot;{code}&quot; to retire.</translation>
    </message>
    <message>
        <source>Sau thay đổi này, số dư quỹ của {unit} sẽ âm {amount} vào ngày {day}: quỹ không đủ tiền để chi. Hãy kiểm tra số tiền, hoặc xác nhận vẫn ghi.</source>
        <translation>After this change the fund of {unit} would be {amount} below zero on {day}: the fund does not hold enough money for this payment. Check the amount, or confirm to record it anyway.</translation>
    </message>
    <message>
        <source>Không có mục {kind} &quot;{code}&quot;. Chọn một trong: {choices}.</source>
        <translation>There is no {kind} category &quot;{code}&quot;. Choose one of: {choices}.</translation>
    </message>
    <message>
        <source>Không có quyết định khen thưởng #{id}.</source>
        <translation>There is no award decision #{id}.</translation>
    </message>
    <message>
        <source>Quyết định số {number} khen thưởng theo đề nghị của {proposer}, không thuộc {unit}: quỹ của {unit} không chi tiền thưởng của quyết định này.</source>
        <translation>Decision {number} was made on a proposal of {proposer}, which is not under {unit}: the fund of {unit} does not pay this decision&apos;s bonus money.</translation>
    </message>
    <message>
        <source>Hãy nhập số chứng từ (phiếu thu, phiếu chi).</source>
        <translation>Enter the voucher number (receipt or payment voucher).</translation>
    </message>
    <message>
        <source>Số chứng từ dài quá {n} ký tự.</source>
        <translation>The voucher number is longer than {n} characters.</translation>
    </message>
    <message>
        <source>Nội dung dài quá {n} ký tự.</source>
        <translation>The description is longer than {n} characters.</translation>
    </message>
    <message>
        <source>Chỉ khoản chi mới gắn với quyết định khen thưởng.</source>
        <translation>Only a payment can be linked to an award decision.</translation>
    </message>
    <message>
        <source>Mục {kind} &quot;{name}&quot; đã thôi dùng. Chọn một trong: {choices}.</source>
        <translation>The category &quot;{name}&quot; ({kind}) is retired. Choose one of: {choices}.</translation>
    </message>
    <message>
        <source>Không có dòng #{id} trong sổ quỹ.</source>
        <translation>There is no line #{id} in the fund book.</translation>
    </message>
    <message>
        <source>{who} đã sửa chứng từ {number} ({time}) sau khi bạn mở sổ quỹ: chưa xóa. Hãy xem bản mới rồi làm lại.</source>
        <translation>{who} changed voucher {number} ({time}) after you opened the fund book: nothing was deleted. Look at the new version and try again.</translation>
    </message>
    <message>
        <source>{who} đã sửa chứng từ {number} ({time}) sau khi bạn mở sổ quỹ: chưa lưu thay đổi của bạn. Hãy xem bản mới rồi làm lại.</source>
        <translation>{who} changed voucher {number} ({time}) after you opened the fund book: your change was not saved. Look at the new version and try again.</translation>
    </message>
    <message>
        <source>Hãy nhập số tiền (đồng), ví dụ 1.500.000.</source>
        <translation>Enter the amount (VND), e.g. 1.500.000.</translation>
    </message>
    <message>
        <source>Quyết định số {number} không kèm tiền thưởng: hãy nhập số tiền.</source>
        <translation>Decision {number} carries no bonus money: enter the amount.</translation>
    </message>
    <message>
        <source>Tiền thưởng của quyết định số {number} ({total}) đã chi hết.</source>
        <translation>The bonus money of decision {number} ({total}) has been paid in full.</translation>
    </message>
    <message>
        <source>Quyết định số {number} có tổng tiền thưởng {total}, sổ quỹ đã chi {paid}: khoản chi {amount} vượt quá phần còn lại ({left}).</source>
        <translation>Decision {number} carries {total} in bonus money and the fund has paid {paid}: a payment of {amount} is more than what is left ({left}).</translation>
    </message>
    <message>
        <source>Tỷ lệ khu dân cư đạt an toàn về ANTT: {old} → {new}</source>
        <translation>Share of residential areas recognised as safe for security and order: {old} → {new}</translation>
    </message>
    <message>
        <source>thêm “{name}” ở năm {year} thì danh sách các năm sau cũng có nó.</source>
        <translation>adding “{name}” in {year} would also put it in the lists of the years after.</translation>
    </message>
    <message>
        <source>“{name}” là tên một khu dân cư của {unit} đã ghi không còn từ năm {since}: hãy đặt tên khác (tên khu dân cư không trùng nhau, kể cả tên đã thôi dùng).</source>
        <translation>“{name}” is the name of a residential area of {unit} recorded as no longer existing from {since}: choose another name (area names do not repeat, names no longer used included).</translation>
    </message>
    <message>
        <source>“{name}” là tên một khu dân cư của {unit} có trong danh sách từ năm {since}: hãy đặt tên khác.</source>
        <translation>“{name}” is the name of a residential area of {unit} listed from {since}: choose another name.</translation>
    </message>
    <message>
        <source>Khôi phục “{name}” (đã ghi không còn từ năm {since})</source>
        <translation>Restored “{name}” (recorded as no longer existing from {since})</translation>
    </message>
    <message>
        <source>“{name}” có từ năm {year} (trước ghi từ năm {since})</source>
        <translation>“{name}” exists from {year} (was recorded from {since})</translation>
    </message>
    <message>
        <source>ghi “{name}” không còn từ năm {year} thì danh sách năm ấy cũng mất nó.</source>
        <translation>ending “{name}” from {year} would also remove it from that year&apos;s list.</translation>
    </message>
    <message>
        <source>“{name}” có trong danh sách năm ấy nên không đổi tên, loại được. Nếu khu dân cư đổi từ năm {year}, hãy ghi “{name}” không còn và thêm khu dân cư mới.</source>
        <translation>“{name}” is in that year&apos;s list, so its name and kind cannot change. If the area changed from {year}, mark “{name}” as no longer existing and add a new area.</translation>
    </message>
    <message>
        <source>“{name}” có hai lần trong danh sách: mỗi khu dân cư một dòng.</source>
        <translation>“{name}” appears twice in the list: one row per residential area.</translation>
    </message>
    <message>
        <source>danh sách năm {year} đã ghi mà không có nó</source>
        <translation>the {year} list was recorded without it</translation>
    </message>
    <message>
        <source>“{name}” được ghi đến hết năm {until}: danh sách năm {later} đã ghi không có nó (nếu vẫn còn, hãy thêm vào danh sách năm {later}).</source>
        <translation>“{name}” is recorded until the end of {until}: the {later} list was recorded without it (if it still exists, add it to the {later} list).</translation>
    </message>
    <message>
        <source>{words}; {limit}</source>
        <translation>{words}; {limit}</translation>
    </message>
    <message>
        <source>“{name}” đã có kết quả năm {later}: muốn ghi không còn từ năm {year}, hãy xóa kết quả năm {later} trước (đặt về chưa đánh giá, không ghi chú).</source>
        <translation>“{name}” already has a result for {later}: to mark it as no longer existing from {year}, clear the {later} result first (set it back to not assessed, without a note).</translation>
    </message>
    <message>
        <source>Khu dân cư “{name}” không còn trong danh sách năm {year}.</source>
        <translation>Residential area “{name}” is no longer in the {year} list.</translation>
    </message>
    <message>
        <source>Năm {locked} đã khóa sổ: {why}</source>
        <translation>Year {locked} is locked: {why}</translation>
    </message>
    <message>
        <source>năm {year} đã khóa sổ</source>
        <translation>year {year} is locked</translation>
    </message>
    <message>
        <source>“{name}” đã ghi là không còn từ năm {since} ({problem}): nếu là khu dân cư khác cùng tên, hãy ghi tên phân biệt; nếu ghi nhầm, hãy thêm lại “{name}” ở danh sách năm {since}.</source>
        <translation>“{name}” was recorded as no longer existing from {since} ({problem}): if this is another area with the same name, give it a distinct name; if the ending was a mistake, add “{name}” again in the {since} list.</translation>
    </message>
    <message>
        <source>“{name}” có trong danh sách từ năm {since} ({problem}): nếu là khu dân cư khác cùng tên, hãy ghi tên phân biệt.</source>
        <translation>“{name}” is listed from {since} ({problem}): if this is another area with the same name, give it a distinct name.</translation>
    </message>
    <message>
        <source>Năm {year} không có cụm, khối mã {code}.</source>
        <translation>Year {year} has no cluster with code {code}.</translation>
    </message>
    <message>
        <source>Chấm điểm — {name} — năm {year}</source>
        <translation>Scoring — {name} — {year}</translation>
    </message>
    <message>
        <source>{title} ({stage})</source>
        <translation>{title} ({stage})</translation>
    </message>
    <message>
        <source>“{unit}” không phải thành viên của {name}.</source>
        <translation>“{unit}” is not a member of {name}.</translation>
    </message>
    <message>
        <source>Không có tiêu chí chấm điểm mã “{code}” trong bảng của {name}.</source>
        <translation>There is no scored criterion with code “{code}” in the table of {name}.</translation>
    </message>
    <message>
        <source>Dòng {row}: “{name}” không có trong danh sách năm {year} của {unit}; dòng ghi “{said}” được bỏ qua.</source>
        <translation>Row {row}: “{name}” is not in the {year} list of {unit}; the row saying “{said}” is ignored.</translation>
    </message>
    <message>
        <source>{unit}: không tính lại được tỷ lệ khu dân cư đạt ({reason}), nên các dòng của xã, phường này chưa được ghi.</source>
        <translation>{unit}: the share of recognised areas could not be recalculated ({reason}), so this commune&apos;s rows were not written.</translation>
    </message>
    <message>
        <source>Chỉ tiêu giao — {code} — năm {year}</source>
        <translation>Targets — {code} — {year}</translation>
    </message>
    <message>
        <source>Chỉ tiêu “{code}” không giao bằng bảng tính được (không có trong phong trào {campaign}, hoặc được tính tự động).</source>
        <translation>Indicator “{code}” cannot be given from a workbook (it is not in campaign {campaign}, or it is computed).</translation>
    </message>
    <message>
        <source>Máy này không có kho mật khẩu của hệ điều hành nên không ghi nhớ được mật khẩu. Hãy bỏ chọn “Ghi nhớ mật khẩu” và ghi mật khẩu vào tệp mật khẩu của PostgreSQL (PGPASSFILE; trên Windows: %APPDATA%\postgresql\pgpass.conf), hoặc hỏi bộ phận công nghệ thông tin.</source>
        <translation>This computer has no operating-system password store, so the password cannot be remembered. Clear “Remember the password” and put the password in PostgreSQL&apos;s password file (PGPASSFILE; on Windows: %APPDATA%\postgresql\pgpass.conf), or ask the IT office.</translation>
    </message>
    <message>
        <source>Chưa cài thư viện keyring nên không ghi nhớ được mật khẩu: pip install thidua-desktop[server], hoặc bỏ chọn “Ghi nhớ mật khẩu”.</source>
        <translation>The keyring library is not installed, so the password cannot be remembered: pip install thidua-desktop[server], or clear “Remember the password”.</translation>
    </message>
    <message>
        <source>Máy chủ {where} đang chỉ cho đọc (máy chủ dự phòng hoặc đang bảo trì) nên chưa ghi được. Hãy hỏi bộ phận công nghệ thông tin. Thay đổi vừa rồi chưa được lưu.</source>
        <translation>The server {where} is read-only (a standby server, or under maintenance), so nothing could be written. Ask the IT office. The change was not saved.</translation>
    </message>
    <message>
        <source>Tài khoản máy chủ của bạn chưa được cấp quyền trên cơ sở dữ liệu {where}. Hãy nhờ quản trị viên cấp quyền (GRANT) rồi thử lại. Thay đổi vừa rồi chưa được lưu.</source>
        <translation>Your server account has not been granted rights on the database {where}. Ask the administrator to grant them (GRANT), then try again. The change was not saved.</translation>
    </message>
    <message>
        <source>Ổ đĩa của máy chủ {where} đã đầy. Hãy báo bộ phận công nghệ thông tin. Thay đổi vừa rồi chưa được lưu; dữ liệu đã có không bị ảnh hưởng.</source>
        <translation>The disk of the server {where} is full. Tell the IT office. The change was not saved; existing data is not affected.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu trên máy chủ {where} đang bận (cán bộ khác đang ghi). Hãy thử lại sau ít phút. Thay đổi vừa rồi chưa được lưu.</source>
        <translation>The database on the server {where} is busy (another staff member is writing). Try again in a few minutes. The change was not saved.</translation>
    </message>
    <message>
        <source>Mất kết nối với máy chủ {where}. Hãy kiểm tra mạng rồi thử lại. Thay đổi vừa rồi chưa được lưu (nếu đang ghi).</source>
        <translation>The connection to the server {where} was lost. Check the network, then try again. The change was not saved (if one was being written).</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu trên máy chủ {where} chưa có hoặc ở lược đồ cũ ({revision}); ứng dụng không tự nâng cấp cơ sở dữ liệu dùng chung. Quản trị viên hãy chạy: thidua-desktop --database ĐỊA-CHỈ init</source>
        <translation>The database on the server {where} is empty or at an older schema ({revision}); the application does not upgrade a shared database by itself. The administrator should run: thidua-desktop --database ADDRESS init</translation>
    </message>
    <message>
        <source>Không kết nối được máy chủ cơ sở dữ liệu {url}: {detail}. Hãy kiểm tra địa chỉ, tên người dùng, mật khẩu và mạng, hoặc hỏi bộ phận công nghệ thông tin.</source>
        <translation>Could not connect to the database server {url}: {detail}. Check the address, user name, password and network, or ask the IT office.</translation>
    </message>
    <message>
        <source>Chế độ máy chủ chỉ dùng PostgreSQL (địa chỉ bắt đầu bằng postgresql://), không dùng {scheme}.</source>
        <translation>Server mode uses PostgreSQL only (an address starting with postgresql://), not {scheme}.</translation>
    </message>
    <message>
        <source>Địa chỉ cơ sở dữ liệu không hợp lệ: {url}. Dạng đúng: postgresql://người-dùng@máy-chủ:5432/tên-cơ-sở-dữ-liệu</source>
        <translation>Invalid database address: {url}. The form is: postgresql://user@server:5432/database-name</translation>
    </message>
    <message>
        <source>Chế độ máy chủ cần thư viện psycopg, chưa cài trên máy này: pip install thidua-desktop[server] (bản cài đặt Windows đã có sẵn).</source>
        <translation>Server mode needs the psycopg library, which is not installed on this computer: pip install thidua-desktop[server] (the Windows installer already includes it).</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu trên máy chủ đã có bảng nhưng không phải của ứng dụng này: hãy dùng một cơ sở dữ liệu trống.</source>
        <translation>The database on the server already has tables that are not this application&apos;s: use an empty database.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Cơ quan sử dụng</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Đổi cơ quan, người sử dụng…</source>
        <translation>Change office or user…</translation>
    </message>
    <message>
        <source>Cơ quan:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <source>Cấp:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Người sử dụng:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Mã bản cài đặt:</source>
        <translation>Installation ID:</translation>
    </message>
    <message>
        <source>Dữ liệu</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Mở thư mục dữ liệu</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <source>Thư mục:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Máy chủ dữ liệu…</source>
        <translation>Database server…</translation>
    </message>
    <message>
        <source>Nhiều cán bộ cùng làm việc trên cơ sở dữ liệu PostgreSQL của tỉnh</source>
        <translation>Several staff working on the province&apos;s PostgreSQL database</translation>
    </message>
    <message>
        <source>Giao diện</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source>Số liệu luôn hiển thị theo quy ước Việt Nam (1.234,5; ngày dd/MM/yyyy); báo cáo luôn in bằng tiếng Việt.</source>
        <translation>Numbers always follow the Vietnamese conventions (1.234,5; dates dd/MM/yyyy); reports are always printed in Vietnamese.</translation>
    </message>
    <message>
        <source>Phiên bản {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>Chưa thiết lập</source>
        <translation>Not set up</translation>
    </message>
    <message>
        <source>{name} (mã {code})</source>
        <translation>{name} (code {code})</translation>
    </message>
    <message>
        <source>Đã lưu. Ngôn ngữ mới được dùng từ lần mở ứng dụng sau.</source>
        <translation>Saved. The new language is used from the next time the application opens.</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Đã lưu lựa chọn. Hãy đóng và mở lại ứng dụng để dùng ngôn ngữ mới.</source>
        <translation>Choice saved. Close and reopen the application to use the new language.</translation>
    </message>
</context>
<context>
    <name>ShareChart</name>
    <message>
        <source>Tỷ lệ đạt (%)</source>
        <translation>Share met (%)</translation>
    </message>
    <message>
        <source>Chỉ tiêu ≥ {0}%</source>
        <translation>Target ≥ {0}%</translation>
    </message>
    <message>
        <source>Đạt cả hai (%)</source>
        <translation>Both met (%)</translation>
    </message>
    <message>
        <source>Tỷ lệ đơn vị đạt cả hai (%)</source>
        <translation>Share of units meeting both (%)</translation>
    </message>
    <message>
        <source>Tỷ lệ (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Tỷ lệ đạt cả hai (xanh: đạt chỉ tiêu; cam: dưới chỉ tiêu)</source>
        <translation>Share meeting both (green: target met; orange: below target)</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <source>Lưu mẫu Excel</source>
        <translation>Save the Excel template</translation>
    </message>
    <message>
        <source>Sổ làm việc Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Chọn tệp Excel để nhập</source>
        <translation>Choose the Excel file to import</translation>
    </message>
    <message>
        <source>Sổ làm việc Excel (*.xlsx *.xlsm)</source>
        <translation>Excel workbook (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>Đang đọc tệp Excel…</source>
        <translation>Reading the Excel file…</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Nhập từ Excel — xem trước</source>
        <translation>Import from Excel — preview</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Vị trí</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Bỏ qua các giá trị bị từ chối, nhập phần còn lại</source>
        <translation>Leave out the refused values and import the rest</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Chuyển mã</source>
        <translation>Converted</translation>
    </message>
    <message>
        <source>Lưu ý</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Thay đổi: {0} · giữ nguyên: {1} · ô trống (giữ số liệu đã có): {2} · bị từ chối: {3}</source>
        <translation>Changes: {0} · unchanged: {1} · empty cells (figures kept): {2} · refused: {3}</translation>
    </message>
    <message>
        <source>Đã nhập. Bản sao lưu trước khi nhập: {0}.</source>
        <translation>Imported. Backup made before the import: {0}.</translation>
    </message>
    <message>
        <source>Có giá trị bị từ chối: chưa nhập gì. Hãy sửa tệp rồi chọn lại, hoặc bỏ qua các giá trị đó.</source>
        <translation>Some values are refused: nothing imported. Correct the file and choose it again, or leave those values out.</translation>
    </message>
    <message>
        <source>Chưa thay đổi gì: bấm Nhập để nhập.</source>
        <translation>Nothing changed yet: press Import to import.</translation>
    </message>
    <message>
        <source>Đang nhập từ Excel…</source>
        <translation>Importing from Excel…</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Sửa công chức</source>
        <translation>Edit civil servant</translation>
    </message>
    <message>
        <source>Thêm công chức làm công tác TĐKT</source>
        <translation>Add a civil servant doing emulation and commendation work</translation>
    </message>
    <message>
        <source>(không ghi)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>Năm sinh:</source>
        <translation>Year of birth:</translation>
    </message>
    <message>
        <source>Trình độ đào tạo:</source>
        <translation>Training level:</translation>
    </message>
    <message>
        <source>Làm công tác TĐKT từ năm:</source>
        <translation>In emulation and commendation work since:</translation>
    </message>
    <message>
        <source>Đến năm:</source>
        <translation>Until year:</translation>
    </message>
    <message>
        <source>Thuộc tổ chức:</source>
        <translation>Body:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Hãy nhập họ và tên.</source>
        <translation>Enter the full name.</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>Theo danh hiệu, hình thức</source>
        <translation>By title or commendation</translation>
    </message>
    <message>
        <source>Theo đơn vị</source>
        <translation>By unit</translation>
    </message>
    <message>
        <source>Tỷ lệ khống chế và cảnh báo</source>
        <translation>Quotas and warnings</translation>
    </message>
    <message>
        <source>&lt;b&gt;{scope}, năm {year}&lt;/b&gt; — {proposed} lượt đề nghị, {decided} đã quyết định. Người lao động trực tiếp: &lt;b&gt;{direct}&lt;/b&gt; ({direct_n}/{individuals} cá nhân được khen). Khen thưởng đột xuất: &lt;b&gt;{ad_hoc}&lt;/b&gt; ({ad_hoc_n} lượt). Áp dụng: {rules}.</source>
        <translation>&lt;b&gt;{scope}, year {year}&lt;/b&gt; — {proposed} proposed, {decided} decided. Direct workers: &lt;b&gt;{direct}&lt;/b&gt; ({direct_n}/{individuals} individuals awarded). Ad hoc awards: &lt;b&gt;{ad_hoc}&lt;/b&gt; ({ad_hoc_n}). Rules: {rules}.</translation>
    </message>
    <message>
        <source>Không có cảnh báo theo quy định.</source>
        <translation>No rule warnings.</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <source>Vượt</source>
        <translation>Exceeded</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Chưa có số liệu</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Trình đề nghị khen thưởng</source>
        <translation>Submit commendation proposal</translation>
    </message>
    <message>
        <source>ví dụ 38/TTr-UBND</source>
        <translation>e.g. 38/TTr-UBND</translation>
    </message>
    <message>
        <source>Trình</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Ngày trình:</source>
        <translation>Submitted on:</translation>
    </message>
    <message>
        <source>Số tờ trình:</source>
        <translation>Proposal number:</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Quận, huyện</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Số đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>&quot;3 không&quot;</source>
        <translation>Three No&apos;s</translation>
    </message>
    <message>
        <source>An toàn ANTT</source>
        <translation>Safe (ANTT)</translation>
    </message>
    <message>
        <source>Đạt cả hai</source>
        <translation>Both met</translation>
    </message>
    <message>
        <source>So với chỉ tiêu</source>
        <translation>Against target</translation>
    </message>
    <message>
        <source>Năm trước (cả hai)</source>
        <translation>Last year (both)</translation>
    </message>
    <message>
        <source>Mới đạt</source>
        <translation>Newly met</translation>
    </message>
    <message>
        <source>Không còn đạt</source>
        <translation>No longer met</translation>
    </message>
    <message>
        <source>{recorded} trên {units} đơn vị đã có số liệu</source>
        <translation>{recorded} of {units} units have data</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Nhấp đúp để xem các đơn vị chưa đạt của quận, huyện</source>
        <translation>Double-click to see the district&apos;s units that fall short</translation>
    </message>
    <message>
        <source>Tỷ lệ xã, phường, thị trấn đạt &quot;3 không&quot; và an toàn ANTT năm {0}</source>
        <translation>Share of communes, wards and townships meeting Three No&apos;s and safe for security and order (ANTT), {0}</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Thuộc tiêu chí</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Điểm tối đa</source>
        <translation>Maximum points</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Gợi ý điểm từ dữ liệu</source>
        <translation>Suggested from the records</translation>
    </message>
    <message>
        <source>Bảng chấm điểm {name}</source>
        <translation>Scoring table of {name}</translation>
    </message>
    <message>
        <source>Thêm dòng</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <source>Xóa dòng</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>ví dụ 2, 1.1</source>
        <translation>for example 2, 1.1</translation>
    </message>
    <message>
        <source>Tiêu chí con ghi mã tiêu chí cha ở cột “Thuộc tiêu chí”; các tiêu chí con cộng lại không vượt điểm tối đa của tiêu chí cha. Điểm thưởng, điểm trừ là mục ở cấp đầu.</source>
        <translation>A sub-item names its parent&apos;s code in the “Belongs to” column; sub-items together do not exceed their parent&apos;s maximum. Bonus and deduction items stand at the top level.</translation>
    </message>
    <message>
        <source>Bằng điểm thì xét theo tiêu chí:</source>
        <translation>Ties broken by criteria:</translation>
    </message>
    <message>
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Dòng {n}, điểm tối đa: {reason}</source>
        <translation>Row {n}, maximum points: {reason}</translation>
    </message>
</context>
<context>
    <name>TargetGridDialog</name>
    <message>
        <source>Giao chỉ tiêu theo bảng — năm {0}</source>
        <translation>Assign targets in a table — {0}</translation>
    </message>
    <message>
        <source>khoảng: cận dưới - cận trên</source>
        <translation>range: low - high</translation>
    </message>
    <message>
        <source>Gõ số kiểu Việt Nam (“5.600”, “9,5”; khoảng: “9,5 - 10”); để trống là không giao. Dán một khối ô từ Excel bằng Ctrl+V; Ctrl+D điền xuống; Ctrl+Z hoàn tác, Ctrl+Y làm lại.</source>
        <translation>Type numbers the Vietnamese way (“5.600”, “9,5”; range: “9,5 - 10”); leave empty for no target. Paste a block of cells from Excel with Ctrl+V; Ctrl+D fills down; Ctrl+Z undoes, Ctrl+Y redoes.</translation>
    </message>
    <message>
        <source>Dán từ Excel</source>
        <translation>Paste from Excel</translation>
    </message>
    <message>
        <source>Điền xuống</source>
        <translation>Fill down</translation>
    </message>
    <message>
        <source>Chép ô đầu của vùng chọn xuống các ô bên dưới (Ctrl+D): giao chỉ tiêu chung cho mọi đơn vị.</source>
        <translation>Copy the first cell of the selection into the cells below it (Ctrl+D): the common target for every unit.</translation>
    </message>
    <message>
        <source>Chép từ năm trước</source>
        <translation>Copy from last year</translation>
    </message>
    <message>
        <source>Điền các ô còn trống bằng chỉ tiêu năm {0} ({1}); ô đã có giữ nguyên.</source>
        <translation>Fill the empty cells with the targets of {0} ({1}); cells already filled stay.</translation>
    </message>
    <message>
        <source>Năm {0} không có chỉ tiêu nào của các đơn vị và chỉ tiêu này.</source>
        <translation>{0} has no targets for these units and indicators.</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đã chép {0} chỉ tiêu năm {1} vào ô còn trống; chưa lưu.</source>
        <translation>Copied {0} target(s) of {1} into empty cells; not saved yet.</translation>
    </message>
    <message>
        <source>{0} ô đã sửa, chưa lưu.</source>
        <translation>{0} cell(s) edited, not saved.</translation>
    </message>
    <message>
        <source>Không có thay đổi chưa lưu.</source>
        <translation>No unsaved changes.</translation>
    </message>
    <message>
        <source>Đã lưu {0} chỉ tiêu.</source>
        <translation>{0} target(s) saved.</translation>
    </message>
    <message>
        <source>Chỉ tiêu chưa lưu</source>
        <translation>Unsaved targets</translation>
    </message>
    <message>
        <source>Có {0} ô đã sửa nhưng chưa lưu. Lưu trước khi đóng?</source>
        <translation>{0} cell(s) edited but not saved. Save before closing?</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Đơn vị tính</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <source>Cách đánh giá</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Giá trị (cận dưới)</source>
        <translation>Value (lower bound)</translation>
    </message>
    <message>
        <source>Cận trên</source>
        <translation>Upper bound</translation>
    </message>
    <message>
        <source>Sửa chỉ tiêu {0}</source>
        <translation>Edit target {0}</translation>
    </message>
</context>
<context>
    <name>TdktPanel</name>
    <message>
        <source>đến nay</source>
        <translation>to date</translation>
    </message>
    <message>
        <source>Năm kết thúc ({until}) không được trước năm bắt đầu ({since}).</source>
        <translation>The end year ({until}) may not be before the start year ({since}).</translation>
    </message>
    <message>
        <source>Tổ chức, công chức làm công tác thi đua, khen thưởng</source>
        <translation>Bodies and civil servants doing emulation and commendation work</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Biểu thống kê 0604 và 0605 (Báo cáo › Biểu 0604, 0605) đếm các tổ chức và công chức có trong năm báo cáo: ghi năm bắt đầu và, khi đã thôi, năm kết thúc.</source>
        <translation>Statistics forms 0604 and 0605 (Reports › Form 0604, 0605) count the bodies and civil servants present in the report year: enter the first year and, once they have left, the last year.</translation>
    </message>
    <message>
        <source>Thêm tổ chức…</source>
        <translation>Add body…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Thêm công chức…</source>
        <translation>Add civil servant…</translation>
    </message>
    <message>
        <source>Tổ chức (biểu 0604)</source>
        <translation>Bodies (form 0604)</translation>
    </message>
    <message>
        <source>Công chức (biểu 0605)</source>
        <translation>Civil servants (form 0605)</translation>
    </message>
    <message>
        <source>Đã lưu tổ chức.</source>
        <translation>Body saved.</translation>
    </message>
    <message>
        <source>Xóa tổ chức “{name}”? Công chức của tổ chức này vẫn được giữ.</source>
        <translation>Delete the body “{name}”? Its civil servants are kept.</translation>
    </message>
    <message>
        <source>Đã xóa tổ chức.</source>
        <translation>Body deleted.</translation>
    </message>
    <message>
        <source>Đã lưu công chức.</source>
        <translation>Civil servant saved.</translation>
    </message>
    <message>
        <source>Xóa “{name}” khỏi danh sách công chức làm công tác TĐKT?</source>
        <translation>Remove “{name}” from the civil servants doing emulation and commendation work?</translation>
    </message>
    <message>
        <source>Đã xóa công chức.</source>
        <translation>Civil servant deleted.</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Hết hiệu lực sau ngày {date}</source>
        <translation>No longer valid after {date}</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Đơn vị hành chính</source>
        <translation>Administrative units</translation>
    </message>
    <message>
        <source>Tìm theo tên hoặc mã — gõ không dấu cũng được, ví dụ: thanh quoi</source>
        <translation>Find by name or code — diacritics optional, e.g. thanh quoi</translation>
    </message>
    <message>
        <source>Các đơn vị có hiệu lực vào ngày này (từ 01/07/2025: tỉnh - xã, không còn cấp huyện; mã của một số đơn vị được dùng lại cho đơn vị khác)</source>
        <translation>The units valid on this day (from 01/07/2025: province and commune, no districts; some codes were reused for other units)</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>30/06/2025</source>
        <translation>30/06/2025</translation>
    </message>
    <message>
        <source>Ngày cuối cùng của cấp huyện</source>
        <translation>The last day of the districts</translation>
    </message>
    <message>
        <source>Đơn vị có hiệu lực ngày:</source>
        <translation>Units valid on:</translation>
    </message>
    <message>
        <source>Thông tin đơn vị</source>
        <translation>Unit details</translation>
    </message>
    <message>
        <source>Tên đầy đủ:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Mã đơn vị:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <source>Loại, cấp:</source>
        <translation>Type, level:</translation>
    </message>
    <message>
        <source>Trực thuộc:</source>
        <translation>Parent unit:</translation>
    </message>
    <message>
        <source>Hiệu lực:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <source>Đơn vị trực thuộc:</source>
        <translation>Subordinate units:</translation>
    </message>
    <message>
        <source>Tiền thân:</source>
        <translation>Predecessors:</translation>
    </message>
    <message>
        <source>Kế thừa:</source>
        <translation>Successors:</translation>
    </message>
    <message>
        <source>Số liệu qua các năm (của đơn vị và đơn vị tiền thân)</source>
        <translation>Records by year (the unit&apos;s and its predecessors&apos;)</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>3 không, ANTT</source>
        <translation>Three No&apos;s, ANTT</translation>
    </message>
    <message>
        <source>NTM</source>
        <translation>NTM</translation>
    </message>
    <message>
        <source>Đơn vị có số liệu: chính đơn vị hoặc đơn vị tiền thân của nó</source>
        <translation>Whose records: the unit itself or one of its predecessors</translation>
    </message>
    <message>
        <source>Số kết quả chỉ tiêu đã nhập</source>
        <translation>Number of target results entered</translation>
    </message>
    <message>
        <source>“3 không” và an toàn về an ninh, trật tự</source>
        <translation>Three No&apos;s and safe for security and order (ANTT)</translation>
    </message>
    <message>
        <source>Quyết định công nhận nông thôn mới trong năm</source>
        <translation>New-rural recognition decisions of the year</translation>
    </message>
    <message>
        <source>Tìm thấy {0} đơn vị</source>
        <translation>Found {0} unit(s)</translation>
    </message>
    <message>
        <source>Không tìm thấy đơn vị nào</source>
        <translation>No units found</translation>
    </message>
    <message>
        <source>Chọn một đơn vị trong cây để xem thông tin.</source>
        <translation>Select a unit in the tree to see its details.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>của đơn vị</source>
        <translation>the unit&apos;s own</translation>
    </message>
    <message>
        <source>tiền thân, toàn bộ</source>
        <translation>predecessor, whole</translation>
    </message>
    <message>
        <source>tiền thân, một phần</source>
        <translation>predecessor, part</translation>
    </message>
    <message>
        <source>Số liệu qua các năm (của đơn vị và đơn vị tiền thân): {0} dòng</source>
        <translation>Records by year (the unit&apos;s and its predecessors&apos;): {0} row(s)</translation>
    </message>
    <message>
        <source>Chưa có số liệu của đơn vị và đơn vị tiền thân.</source>
        <translation>No records of the unit or its predecessors yet.</translation>
    </message>
    <message>
        <source>đạt</source>
        <translation>met</translation>
    </message>
    <message>
        <source>chưa đạt</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <source>toàn bộ</source>
        <translation>whole</translation>
    </message>
    <message>
        <source>một phần</source>
        <translation>part</translation>
    </message>
    <message>
        <source>{name} ({code}), {part}, từ {day}</source>
        <translation>{name} ({code}), {part}, from {day}</translation>
    </message>
    <message>
        <source> — theo {basis}</source>
        <translation> — under {basis}</translation>
    </message>
    <message>
        <source> (chưa đối chiếu được với nghị quyết)</source>
        <translation> (not yet checked against the resolution)</translation>
    </message>
    <message>
        <source>{count} {kind}</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <source>{count} đơn vị {level} ({detail})</source>
        <translation>{count} unit(s) at {level} ({detail})</translation>
    </message>
    <message>
        <source>{count} đơn vị {level}</source>
        <translation>{count} unit(s) at {level}</translation>
    </message>
    <message>
        <source>Chưa có đơn vị nào.</source>
        <translation>No units yet.</translation>
    </message>
    <message>
        <source>từ {start} đến hết {end}</source>
        <translation>from {start} through {end}</translation>
    </message>
    <message>
        <source>đến hết ngày {end}</source>
        <translation>through {end}</translation>
    </message>
    <message>
        <source>từ ngày {start}</source>
        <translation>from {start}</translation>
    </message>
    <message>
        <source>không giới hạn</source>
        <translation>no limit</translation>
    </message>
</context>
<context>
    <name>YearOverviewPage</name>
    <message>
        <source>Chưa chọn cơ quan sử dụng: bấm “Đổi…” ở góc trên bên phải để chọn.</source>
        <translation>No office chosen yet: press “Change…” at the top right to choose one.</translation>
    </message>
</context>
<context>
    <name>_DelayedProgress</name>
    <message>
        <source>Đang xử lý</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đang hủy, vui lòng chờ…</source>
        <translation>Cancelling, please wait…</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_SetPage</name>
    <message>
        <source>Đánh dấu tất cả đạt</source>
        <translation>Mark all as met</translation>
    </message>
    <message>
        <source>chưa đánh giá</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>⚑ Tiêu chí nêu tên trong điều kiện thu hồi (QĐ 18/2022/QĐ-TTg).</source>
        <translation>⚑ Criterion named in the revocation conditions (Decision 18/2022/QD-TTg).</translation>
    </message>
    <message>
        <source>giá trị (nếu có)</source>
        <translation>value (if any)</translation>
    </message>
    <message>
        <source>minh chứng: báo cáo, số liệu…</source>
        <translation>evidence: report, figures…</translation>
    </message>
    <message>
        <source>chưa đạt</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>&lt;b&gt;Đạt {0}/{1}&lt;/b&gt; · chưa đạt {2} · chưa đánh giá {3}</source>
        <translation>&lt;b&gt;Met {0}/{1}&lt;/b&gt; · not met {2} · not assessed {3}</translation>
    </message>
</context>
</TS>
