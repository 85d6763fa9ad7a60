<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Saved again meanwhile</source>
        <translation>Đã được lưu lại trong lúc đó</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Go to item</source>
        <translation>Đến mục</translation>
    </message>
    <message>
        <source>Type an item number and press Enter (Ctrl+G)</source>
        <translation>Gõ số mục rồi nhấn Enter (Ctrl+G)</translation>
    </message>
    <message>
        <source>Go to item (Ctrl+G): 4.1</source>
        <translation>Đến mục (Ctrl+G): 4.1</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Thang</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Lập trường ban đầu</translation>
    </message>
    <message>
        <source>Fallback %d</source>
        <translation>Phương án lùi %d</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>Lằn ranh đỏ</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(chưa đặt)</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Thẩm quyền</translation>
    </message>
    <message>
        <source>Defensive Q&amp;A</source>
        <translation>Luận điểm phòng thủ (hỏi - đáp)</translation>
    </message>
    <message>
        <source>The day is outside the event (%s).</source>
        <translation>Ngày này nằm ngoài thời gian của sự kiện (%s).</translation>
    </message>
    <message>
        <source>The %s %s is already in the store: “%s” (%s).</source>
        <translation>%s %s đã có trong kho dữ liệu: “%s” (%s).</translation>
    </message>
    <message>
        <source>It overlaps “%s” (%s %s).</source>
        <translation>Trùng giờ với “%s” (%s %s).</translation>
    </message>
    <message>
        <source>Create an event first: a meeting belongs to an event.</source>
        <translation>Hãy tạo sự kiện trước: mỗi cuộc họp thuộc về một sự kiện.</translation>
    </message>
    <message>
        <source>Choose the dialogue partner of this meeting.</source>
        <translation>Chọn đối tác đối thoại của cuộc họp này.</translation>
    </message>
    <message>
        <source>Give the meeting a title, e.g. “7th ADGSOM”.</source>
        <translation>Đặt tên cho cuộc họp, ví dụ “7th ADGSOM”.</translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation>Cuộc họp không thể kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>Give the start time as well as the end time.</source>
        <translation>Hãy nhập cả giờ bắt đầu lẫn giờ kết thúc.</translation>
    </message>
    <message>
        <source>Event details…</source>
        <translation>Chi tiết sự kiện…</translation>
    </message>
    <message>
        <source>New meeting in this event…</source>
        <translation>Cuộc họp mới trong sự kiện này…</translation>
    </message>
    <message>
        <source>Delete event…</source>
        <translation>Xóa sự kiện…</translation>
    </message>
    <message>
        <source>Meeting details…</source>
        <translation>Chi tiết cuộc họp…</translation>
    </message>
    <message>
        <source>Build the agenda</source>
        <translation>Lập chương trình nghị sự</translation>
    </message>
    <message>
        <source>Open live mode</source>
        <translation>Mở chế độ trực tiếp</translation>
    </message>
    <message>
        <source>Delete meeting…</source>
        <translation>Xóa cuộc họp…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open the position</source>
        <translation>Mở lập trường</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Sự kiện mới…</translation>
    </message>
    <message>
        <source>the event “%s”</source>
        <translation>sự kiện “%s”</translation>
    </message>
    <message>
        <source>the meeting “%s”</source>
        <translation>cuộc họp “%s”</translation>
    </message>
    <message>
        <source>Delete %s?</source>
        <translation>Xóa %s?</translation>
    </message>
    <message>
        <source>With it go: %s.</source>
        <translation>Sẽ xóa cùng: %s.</translation>
    </message>
    <message>
        <source>It holds nothing yet.</source>
        <translation>Chưa có nội dung nào.</translation>
    </message>
    <message>
        <source>The deletion is recorded in the audit log. Ctrl+Z puts it all back.</source>
        <translation>Việc xóa được ghi vào nhật ký kiểm tra. Ctrl+Z khôi phục lại tất cả.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Xóa sự kiện</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Xóa cuộc họp</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Không có gì bị xóa.</translation>
    </message>
    <message>
        <source>Delete event “%s”</source>
        <translation>Xóa sự kiện “%s”</translation>
    </message>
    <message>
        <source>Delete meeting “%s”</source>
        <translation>Xóa cuộc họp “%s”</translation>
    </message>
    <message>
        <source>It now holds %s: delete it with Edit &gt; Delete if you mean to.</source>
        <translation>Hiện có %s: nếu muốn xóa, dùng Sửa &gt; Xóa.</translation>
    </message>
    <message>
        <source>New &amp;event…</source>
        <translation>Sự kiện &amp;mới…</translation>
    </message>
    <message>
        <source>New &amp;meeting…</source>
        <translation>Cuộc &amp;họp mới…</translation>
    </message>
    <message>
        <source>Event or meeting &amp;details…</source>
        <translation>&amp;Chi tiết sự kiện hoặc cuộc họp…</translation>
    </message>
    <message>
        <source>&amp;Delete event or meeting…</source>
        <translation>&amp;Xóa sự kiện hoặc cuộc họp…</translation>
    </message>
    <message>
        <source>Our &amp;delegation…</source>
        <translation>&amp;Đoàn ta…</translation>
    </message>
    <message>
        <source>Meeting &amp;details…</source>
        <translation>&amp;Chi tiết cuộc họp…</translation>
    </message>
    <message>
        <source>Event &amp;details…</source>
        <translation>&amp;Chi tiết sự kiện…</translation>
    </message>
    <message>
        <source>&amp;Delete meeting…</source>
        <translation>&amp;Xóa cuộc họp…</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>&amp;Xóa sự kiện…</translation>
    </message>
    <message>
        <source>New event “%s”</source>
        <translation>Sự kiện mới “%s”</translation>
    </message>
    <message>
        <source>Edit event “%s”</source>
        <translation>Sửa sự kiện “%s”</translation>
    </message>
    <message>
        <source>New meeting “%s”</source>
        <translation>Cuộc họp mới “%s”</translation>
    </message>
    <message>
        <source>Edit meeting “%s”</source>
        <translation>Sửa cuộc họp “%s”</translation>
    </message>
    <message>
        <source>None (tag the item, or link one on its Projects tab).</source>
        <translation>Không có (gắn thẻ cho mục này, hoặc liên kết một dự án trong thẻ Dự án).</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>đã liên kết</translation>
    </message>
    <message>
        <source>shares %s</source>
        <translation>dùng chung với %s</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Nhà tài trợ</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>Implementing body</source>
        <translation>Cơ quan thực hiện</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Our involvement</source>
        <translation>Sự tham gia của ta</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>no position yet</source>
        <translation>chưa có lập trường</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %s</source>
        <translation>Giới thiệu %s</translation>
    </message>
    <message>
        <source>&lt;p&gt;Prepare positions, follow the room and print briefing packs for ASEAN digital meetings (ADGSOM, ADGMIN and related meetings), fully offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chuẩn bị lập trường, theo dõi phòng họp và in bộ tài liệu chuẩn bị cho các hội nghị số ASEAN (ADGSOM, ADGMIN và các cuộc họp liên quan), hoàn toàn ngoại tuyến.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Python %1 · Qt for Python %2</source>
        <translation>Python %1 · Qt for Python %2</translation>
    </message>
    <message>
        <source>Fonts: Noto Sans family, SIL Open Font Licence 1.1.</source>
        <translation>Phông chữ: họ Noto Sans, giấy phép SIL Open Font Licence 1.1.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action item</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Nội dung</translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation>&amp;Đoàn</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Người</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Cơ quan</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Trạng thái</translation>
    </message>
    <message>
        <source>(anyone in the delegation)</source>
        <translation>(bất kỳ ai trong đoàn)</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Hãy ghi việc cần làm.</translation>
    </message>
</context>
<context>
    <name>ActionPrompt</name>
    <message>
        <source>Action item</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(chưa có người phụ trách)</translation>
    </message>
    <message>
        <source>none · 2026-02-15 · 15 Feb · +14 (days) · +2w</source>
        <translation>không · 2026-02-15 · 15 Feb · +14 (ngày) · +2w</translation>
    </message>
    <message>
        <source>Enter saves as shown · Esc goes back to the note</source>
        <translation>Enter lưu như hiển thị · Esc quay lại ghi chép</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>“%s” is not a date: type 2026-02-15, 15 Feb or +14, or leave it empty.</source>
        <translation>“%s” không phải là ngày: hãy gõ 2026-02-15, 15 Feb hoặc +14, hoặc để trống.</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <source>(carried over)</source>
        <translation>(chuyển tiếp)</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Open only</source>
        <translation>Chỉ việc còn mở</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>New action item…</source>
        <translation>Việc cần làm mới…</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Edit the chosen action item</source>
        <translation>Sửa việc cần làm đã chọn</translation>
    </message>
    <message>
        <source>Mark the chosen action item done</source>
        <translation>Đánh dấu việc cần làm đã chọn là xong</translation>
    </message>
    <message>
        <source>Reopen the chosen action item</source>
        <translation>Mở lại việc cần làm đã chọn</translation>
    </message>
    <message>
        <source>Delete the chosen action item</source>
        <translation>Xóa việc cần làm đã chọn</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Enter edits · Ctrl+D done · Ctrl+Shift+D reopen · Delete removes</source>
        <translation>Enter sửa · Ctrl+D xong · Ctrl+Shift+D mở lại · Delete xóa</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>%d action item(s)</source>
        <translation>%d việc cần làm</translation>
    </message>
    <message>
        <source>%d overdue</source>
        <translation>%d việc quá hạn</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>Xóa việc cần làm</translation>
    </message>
    <message>
        <source>Delete this action item for good?</source>
        <translation>Xóa hẳn việc cần làm này?</translation>
    </message>
</context>
<context>
    <name>AddLoginDialog</name>
    <message>
        <source>Give a member a login</source>
        <translation>Cấp tài khoản đăng nhập cho một thành viên</translation>
    </message>
    <message>
        <source>e.g. malee (a-z, 0-9, _)</source>
        <translation>ví dụ malee (a-z, 0-9, _)</translation>
    </message>
    <message>
        <source>Head of delegation: approves briefs</source>
        <translation>Trưởng đoàn: phê duyệt lập trường</translation>
    </message>
    <message>
        <source>Alternate: approves briefs</source>
        <translation>Phó trưởng đoàn: phê duyệt lập trường</translation>
    </message>
    <message>
        <source>Member: writes</source>
        <translation>Thành viên: được ghi</translation>
    </message>
    <message>
        <source>Reader: only reads</source>
        <translation>Người đọc: chỉ đọc</translation>
    </message>
    <message>
        <source>Give the first password to the member in person; it is sent to the server only as a SCRAM hash and never kept by the app.</source>
        <translation>Hãy trao mật khẩu đầu tiên trực tiếp cho thành viên; nó chỉ được gửi tới máy chủ dưới dạng băm SCRAM và ứng dụng không bao giờ lưu giữ.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Người:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Tài khoản:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Nhập lại:</translation>
    </message>
    <message>
        <source>Add the person to our delegation first.</source>
        <translation>Hãy thêm người này vào đoàn ta trước.</translation>
    </message>
    <message>
        <source>The two passwords differ: nothing was changed.</source>
        <translation>Hai mật khẩu không khớp: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Adding the login…</source>
        <translation>Đang thêm tài khoản…</translation>
    </message>
</context>
<context>
    <name>AgendaActions</name>
    <message>
        <source>New item</source>
        <translation>Mục mới</translation>
    </message>
    <message>
        <source>%s sub-item(s)</source>
        <translation>%s mục con</translation>
    </message>
    <message>
        <source>its position and history</source>
        <translation>lập trường và lịch sử của mục</translation>
    </message>
    <message>
        <source>Delete agenda item</source>
        <translation>Xóa mục chương trình</translation>
    </message>
    <message>
        <source>Delete %s with %s? You can undo this with Ctrl+Z.</source>
        <translation>Xóa %s cùng với %s? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> và </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Indent item</source>
        <translation>Thụt lề mục</translation>
    </message>
    <message>
        <source>Outdent item</source>
        <translation>Giảm lề mục</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>Chuyển mục lên</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>Chuyển mục xuống</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Chuyển mục</translation>
    </message>
    <message>
        <source>Copy agenda</source>
        <translation>Sao chép chương trình nghị sự</translation>
    </message>
    <message>
        <source>Import agenda</source>
        <translation>Nhập chương trình nghị sự</translation>
    </message>
</context>
<context>
    <name>AgendaBuilder</name>
    <message>
        <source>Agenda</source>
        <translation>Chương trình nghị sự</translation>
    </message>
    <message>
        <source>The meeting&apos;s agenda items; Alt+Up and Alt+Down move the selected one</source>
        <translation>Các mục chương trình của cuộc họp; Alt+Up và Alt+Down di chuyển mục đã chọn</translation>
    </message>
    <message>
        <source>other agenda item</source>
        <translation>mục khác</translation>
    </message>
    <message>
        <source>other agenda items</source>
        <translation>các mục khác</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <source>Add sub-item</source>
        <translation>Thêm mục con</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Indent →</source>
        <translation>Thụt lề →</translation>
    </message>
    <message>
        <source>← Outdent</source>
        <translation>← Giảm lề</translation>
    </message>
    <message>
        <source>Move up ↑</source>
        <translation>Lên ↑</translation>
    </message>
    <message>
        <source>Move down ↓</source>
        <translation>Xuống ↓</translation>
    </message>
    <message>
        <source>Copy from a meeting…</source>
        <translation>Sao chép từ một cuộc họp…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <source>Delete the chosen item</source>
        <translation>Xóa mục đã chọn</translation>
    </message>
    <message>
        <source>%s items · estimated %s</source>
        <translation>%s mục · ước tính %s</translation>
    </message>
    <message>
        <source>0 min</source>
        <translation>0 phút</translation>
    </message>
    <message>
        <source>No items yet: add one, copy an agenda or import one.</source>
        <translation>Chưa có mục nào: hãy thêm mục, sao chép hoặc nhập một chương trình nghị sự.</translation>
    </message>
    <message>
        <source>Your last change to this item was not saved: %s.</source>
        <translation>Thay đổi gần nhất của bạn ở mục này chưa được lưu: %s.</translation>
    </message>
</context>
<context>
    <name>AgendaCopyDialog</name>
    <message>
        <source>Copy an agenda from another meeting</source>
        <translation>Sao chép chương trình nghị sự từ cuộc họp khác</translation>
    </message>
    <message>
        <source>Meetings to copy from</source>
        <translation>Cuộc họp để sao chép</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>chưa có ngày</translation>
    </message>
    <message>
        <source>Agenda items to copy</source>
        <translation>Các mục chương trình để sao chép</translation>
    </message>
    <message>
        <source>Tick the items to copy into this meeting</source>
        <translation>Đánh dấu các mục để sao chép vào cuộc họp này</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Lập trường</translation>
    </message>
    <message>
        <source>Copy the positions too (each becomes a new draft to review)</source>
        <translation>Sao chép cả lập trường (mỗi lập trường thành một dự thảo mới cần xem xét)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Bản</translation>
    </message>
    <message>
        <source>From meeting:</source>
        <translation>Từ cuộc họp:</translation>
    </message>
    <message>
        <source>Items to copy (untick to leave out):</source>
        <translation>Các mục sẽ sao chép (bỏ chọn để bỏ qua):</translation>
    </message>
    <message>
        <source>Into: &lt;b&gt;%s&lt;/b&gt; (after the items already there)</source>
        <translation>Vào: &lt;b&gt;%s&lt;/b&gt; (sau các mục đã có)</translation>
    </message>
</context>
<context>
    <name>AgendaImportDialog</name>
    <message>
        <source>Import a provisional agenda</source>
        <translation>Nhập chương trình nghị sự tạm thời</translation>
    </message>
    <message>
        <source>Agenda text</source>
        <translation>Văn bản chương trình nghị sự</translation>
    </message>
    <message>
        <source>Paste the agenda as circulated, one item a line</source>
        <translation>Dán chương trình nghị sự như đã được gửi, mỗi dòng một mục</translation>
    </message>
    <message>
        <source>Paste the agenda here, one item per line:

1. Opening of the Meeting
2. Adoption of the Agenda
3. ASEAN Digital Masterplan
    3.1 Draft ADM 2026-2030 (for endorsement)

…or open a Word, PDF or text file.</source>
        <translation>Dán chương trình nghị sự vào đây, mỗi mục một dòng:

1. Opening of the Meeting
2. Adoption of the Agenda
3. ASEAN Digital Masterplan
    3.1 Draft ADM 2026-2030 (for endorsement)

…hoặc mở một tệp Word, PDF hay văn bản.</translation>
    </message>
    <message>
        <source>Open a file (.docx, .pdf, .txt)…</source>
        <translation>Mở tệp (.docx, .pdf, .txt)…</translation>
    </message>
    <message>
        <source>Indent →</source>
        <translation>Thụt lề →</translation>
    </message>
    <message>
        <source>← Outdent</source>
        <translation>← Giảm lề</translation>
    </message>
    <message>
        <source>Item ↔ programme</source>
        <translation>Mục ↔ chương trình</translation>
    </message>
    <message>
        <source>Make the chosen row a programme entry (a break, lunch) or an item again</source>
        <translation>Biến dòng đã chọn thành một mục của chương trình (giải lao, ăn trưa) hoặc trở lại thành mục</translation>
    </message>
    <message>
        <source>Keep the numbers as circulated</source>
        <translation>Giữ số thứ tự như bản đã gửi</translation>
    </message>
    <message>
        <source>Numbers that the structure would not give (e.g. 4(a), 2bis) are fixed by hand.</source>
        <translation>Các số mà cấu trúc không tự tạo (ví dụ 4(a), 2bis) được đặt bằng tay.</translation>
    </message>
    <message>
        <source>Update the agenda as revised</source>
        <translation>Cập nhật chương trình nghị sự theo bản sửa đổi</translation>
    </message>
    <message>
        <source>Items are matched by title, then by number: their briefs, notes and stances stay with them; new items are added.</source>
        <translation>Các mục được đối chiếu theo tên, rồi theo số: lập trường, ghi chép và quan điểm vẫn gắn với mục; các mục mới được thêm vào.</translation>
    </message>
    <message>
        <source>Add after the items there</source>
        <translation>Thêm sau các mục đã có</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Update: %s items, %s new</source>
        <translation>Cập nhật: %s mục, %s mục mới</translation>
    </message>
    <message>
        <source>Preview (nothing is written until you press Import):</source>
        <translation>Xem trước (chưa ghi gì cho đến khi bấm Nhập):</translation>
    </message>
    <message>
        <source>Into: &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>Vào: &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (no agenda yet)</source>
        <translation> (chưa có chương trình nghị sự)</translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation>Đang đọc %s…</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Không đọc được tệp.</translation>
    </message>
    <message>
        <source>Read from %s: %s items, %s programme entries.</source>
        <translation>Đã đọc từ %s: %s mục, %s mục chương trình.</translation>
    </message>
    <message>
        <source>Import %s programme entries</source>
        <translation>Nhập %s mục chương trình</translation>
    </message>
    <message>
        <source>Import %s items</source>
        <translation>Nhập %s mục</translation>
    </message>
    <message>
        <source>Updated: %s.</source>
        <translation>Đã cập nhật: %s.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Lập trường</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>For review</source>
        <translation>Chờ xem xét</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Two items are numbered %s: fix one of them by hand.</source>
        <translation>Hai mục cùng mang số %s: hãy sửa tay một trong hai.</translation>
    </message>
    <message>
        <source>Number fixed by hand</source>
        <translation>Số đặt bằng tay</translation>
    </message>
    <message>
        <source>Numbered automatically from the structure</source>
        <translation>Đánh số tự động theo cấu trúc</translation>
    </message>
    <message>
        <source>ADM: %s</source>
        <translation>ADM: %s</translation>
    </message>
</context>
<context>
    <name>AgendaPresenter</name>
    <message>
        <source>Edit item “%s”</source>
        <translation>Sửa mục “%s”</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <source>Delete item “%s”</source>
        <translation>Xóa mục “%s”</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Our amendment to %s</source>
        <translation>Đề xuất sửa đổi của ta đối với %s</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(không có nội dung)</translation>
    </message>
    <message>
        <source>A new paragraph after this one</source>
        <translation>Một đoạn mới sau đoạn này</translation>
    </message>
    <message>
        <source>(no agenda item)</source>
        <translation>(không có mục chương trình)</translation>
    </message>
    <message>
        <source>What happened to it (accepted as …, rejected by …)</source>
        <translation>Kết cục (được chấp nhận thành …, bị … bác bỏ)</translation>
    </message>
    <message>
        <source>Paragraph now</source>
        <translation>Đoạn hiện tại</translation>
    </message>
    <message>
        <source>&amp;Our text</source>
        <translation>&amp;Văn bản của ta</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Lý do</translation>
    </message>
    <message>
        <source>Agenda &amp;item</source>
        <translation>&amp;Mục chương trình</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Trạng thái</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>Red line on this item: %s</source>
        <translation>Lằn ranh đỏ của mục này: %s</translation>
    </message>
    <message>
        <source>Write the new paragraph we propose.</source>
        <translation>Hãy viết đoạn mới mà ta đề xuất.</translation>
    </message>
    <message>
        <source>Our text is the paragraph as it stands: change some words.</source>
        <translation>Văn bản của ta là đoạn như hiện có: hãy sửa một số từ.</translation>
    </message>
</context>
<context>
    <name>AnnexBox</name>
    <message>
        <source>Meeting documents to append as annexes</source>
        <translation>Tài liệu cuộc họp đính kèm làm phụ lục</translation>
    </message>
    <message>
        <source>No PDF attached to this event&apos;s meetings (a meeting&apos;s Documents tab).</source>
        <translation>Chưa có tệp PDF nào đính kèm các cuộc họp của sự kiện này (thẻ Tài liệu của cuộc họp).</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the position</source>
        <translation>Phê duyệt lập trường</translation>
    </message>
    <message>
        <source>The current version is recorded as approved, with who approved it and when. Later edits return the position to draft; the approved version stays in the history.</source>
        <translation>Phiên bản hiện tại được ghi là đã phê duyệt, cùng người phê duyệt và thời điểm. Các chỉnh sửa sau đó đưa lập trường về dự thảo; phiên bản đã phê duyệt vẫn còn trong lịch sử.</translation>
    </message>
    <message>
        <source>Nobody approves briefs in this store:</source>
        <translation>Không ai phê duyệt lập trường trong kho này:</translation>
    </message>
    <message>
        <source>Only the head of delegation or the alternate approves a brief, and neither is listed in our delegation yet: add them (with their role) first.</source>
        <translation>Chỉ trưởng đoàn hoặc phó trưởng đoàn mới phê duyệt lập trường, và đoàn ta chưa có ai giữ vai trò đó: hãy thêm họ (kèm vai trò) trước.</translation>
    </message>
    <message>
        <source>Only the head of delegation or the alternate approves a brief: you are signed in as neither (or are not in our delegation&apos;s list).</source>
        <translation>Chỉ trưởng đoàn hoặc phó trưởng đoàn mới phê duyệt lập trường: bạn đăng nhập không với vai trò nào trong hai vai trò đó (hoặc không có trong danh sách đoàn ta).</translation>
    </message>
    <message>
        <source>Approval PIN</source>
        <translation>Mã PIN phê duyệt</translation>
    </message>
    <message>
        <source>The approver&apos;s PIN</source>
        <translation>Mã PIN của người phê duyệt</translation>
    </message>
    <message>
        <source>the approver&apos;s own PIN</source>
        <translation>mã PIN riêng của người phê duyệt</translation>
    </message>
    <message>
        <source>Set or change my PIN…</source>
        <translation>Đặt hoặc đổi mã PIN của tôi…</translation>
    </message>
    <message>
        <source>Your key passphrase</source>
        <translation>Cụm mật khẩu khóa của bạn</translation>
    </message>
    <message>
        <source>Signs the approval with your own key</source>
        <translation>Ký phê duyệt bằng khóa của chính bạn</translation>
    </message>
    <message>
        <source>your own key&apos;s passphrase</source>
        <translation>cụm mật khẩu của khóa riêng bạn</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Nobody sent this brief for review: approving it now skips the review (the audit log records that).</source>
        <translation>Chưa ai gửi lập trường này để xem xét: phê duyệt ngay bây giờ là bỏ qua bước xem xét (nhật ký kiểm tra ghi lại điều đó).</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>Không phải ở đây</translation>
    </message>
    <message>
        <source>Their PIN</source>
        <translation>Mã PIN của họ</translation>
    </message>
    <message>
        <source>An approval is the approver&apos;s own act: they type their PIN here. Five wrong PINs in a row make approvals in their name wait a minute; each is recorded in the audit log.</source>
        <translation>Phê duyệt là hành vi của chính người phê duyệt: họ tự nhập mã PIN tại đây. Năm lần nhập sai liên tiếp khiến việc phê duyệt nhân danh họ phải chờ một phút; mỗi lần đều được ghi vào nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>You approve in your own name: your sign-in is your act.</source>
        <translation>Bạn phê duyệt nhân danh chính mình: việc đăng nhập của bạn là hành vi của bạn.</translation>
    </message>
    <message>
        <source>Your own key is in this store: its passphrase signs the approval, so that it arrives approved in the other stores (by anyone&apos;s bundle). Left empty, the approval is not signed and arrives there for review.</source>
        <translation>Khóa riêng của bạn có trong kho này: cụm mật khẩu của nó ký phê duyệt, để phê duyệt đến các kho khác ở trạng thái đã phê duyệt (qua gói của bất kỳ ai). Để trống, phê duyệt không được ký và đến đó ở trạng thái chờ xem xét.</translation>
    </message>
</context>
<context>
    <name>AudienceBox</name>
    <message>
        <source>&lt;b&gt;Includes everything&lt;/b&gt; this document can hold.</source>
        <translation>&lt;b&gt;Gồm mọi nội dung&lt;/b&gt; mà tài liệu này có thể chứa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Includes everything except:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Gồm mọi nội dung, trừ:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Includes only:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Chỉ gồm:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>Marked %1 or higher.</source>
        <translation>Độ mật %1 trở lên.</translation>
    </message>
    <message>
        <source>Includes: %1</source>
        <translation>Gồm: %1</translation>
    </message>
    <message>
        <source>Leaves out: %1</source>
        <translation>Không gồm: %1</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>encrypted with the store&apos;s passphrase</source>
        <translation>được mã hóa bằng cụm mật khẩu của kho dữ liệu</translation>
    </message>
    <message>
        <source>not encrypted, like the store</source>
        <translation>không mã hóa, giống kho dữ liệu</translation>
    </message>
    <message>
        <source>Backups of &lt;b&gt;%s&lt;/b&gt; (%s), in %s</source>
        <translation>Các bản sao lưu của &lt;b&gt;%s&lt;/b&gt; (%s), trong %s</translation>
    </message>
    <message>
        <source>The backups of this store, newest first</source>
        <translation>Các bản sao lưu của kho này, mới nhất trước</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Khôi phục…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Khôi phục từ tệp…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>There are changes that no backup holds yet.</source>
        <translation>Có những thay đổi chưa có trong bản sao lưu nào.</translation>
    </message>
    <message>
        <source>Every change is in a backup.</source>
        <translation>Mọi thay đổi đều đã có trong bản sao lưu.</translation>
    </message>
    <message>
        <source>Backed up at %s (%s).</source>
        <translation>Đã sao lưu lúc %s (%s).</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Đang khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <source>Restored the backup of %s. The state before is in the backup made at %s.</source>
        <translation>Đã khôi phục bản sao lưu lúc %s. Trạng thái trước đó nằm trong bản sao lưu tạo lúc %s.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Đang kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>Xóa bản sao lưu</translation>
    </message>
    <message>
        <source>Delete the backup of %s for good?</source>
        <translation>Xóa hẳn bản sao lưu lúc %s?</translation>
    </message>
    <message>
        <source>Deleted the backup of %s.</source>
        <translation>Đã xóa bản sao lưu lúc %s.</translation>
    </message>
    <message>
        <source>Wait until the backup or restore has finished.</source>
        <translation>Hãy chờ việc sao lưu hoặc khôi phục hoàn tất.</translation>
    </message>
</context>
<context>
    <name>BriefSaving</name>
    <message>
        <source>%s is too long (%s characters; at most %s)</source>
        <translation>%s quá dài (%s ký tự; tối đa %s)</translation>
    </message>
    <message>
        <source>%s, and only that is not saved; your other edits are saved</source>
        <translation>%s, và chỉ phần đó chưa được lưu; các chỉnh sửa khác của bạn đã được lưu</translation>
    </message>
    <message>
        <source>ADM tags</source>
        <translation>Thẻ ADM</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>lập trường</translation>
    </message>
    <message>
        <source>Edit %s</source>
        <translation>Sửa %s</translation>
    </message>
</context>
<context>
    <name>BriefWordDialog</name>
    <message>
        <source>Export brief as Word</source>
        <translation>Xuất lập trường thành Word</translation>
    </message>
    <message>
        <source>The item&apos;s brief as a Word document, for colleagues who edit in Word: only the parts its audience may read, the classification, reference and copy mark in every page&apos;s header and footer. Each copy is entered in the distribution register.</source>
        <translation>Lập trường của mục dưới dạng văn bản Word, dành cho đồng nghiệp biên tập bằng Word: chỉ gồm các phần đối tượng đọc được phép đọc, có độ mật, số tham chiếu và dấu bản ở đầu trang và chân trang mỗi trang. Mỗi bản được ghi vào sổ phân phối.</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(không nêu tên ai)</translation>
    </message>
    <message>
        <source>Item (%1)</source>
        <translation>Mục (%1)</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Cho</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Người phát hành</translation>
    </message>
    <message>
        <source>Printed in</source>
        <translation>In bằng</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Save as Word…</source>
        <translation>Lưu thành Word…</translation>
    </message>
</context>
<context>
    <name>BringBackDialog</name>
    <message>
        <source>Bring back</source>
        <translation>Đưa về</translation>
    </message>
    <message>
        <source>only if the server asks</source>
        <translation>chỉ khi máy chủ yêu cầu</translation>
    </message>
    <message>
        <source>Sign-in password</source>
        <translation>Mật khẩu đăng nhập</translation>
    </message>
    <message>
        <source>Your password on the team store&apos;s server: used to connect, never stored</source>
        <translation>Mật khẩu của bạn trên máy chủ của kho dữ liệu nhóm: chỉ dùng để kết nối, không bao giờ được lưu</translation>
    </message>
    <message>
        <source>Your sign-in password:</source>
        <translation>Mật khẩu đăng nhập của bạn:</translation>
    </message>
    <message>
        <source>What came each way</source>
        <translation>Những gì đã chuyển theo mỗi chiều</translation>
    </message>
    <message>
        <source>Records changed</source>
        <translation>Các bản ghi đã thay đổi</translation>
    </message>
    <message>
        <source>Settle the conflicts…</source>
        <translation>Giải quyết xung đột…</translation>
    </message>
    <message>
        <source>Into the team store: %s</source>
        <translation>Vào kho dữ liệu chung: %s</translation>
    </message>
    <message>
        <source>Into this trip copy: %s</source>
        <translation>Vào bản sao mang đi này: %s</translation>
    </message>
    <message>
        <source>Into the team store (%s)</source>
        <translation>Vào kho dữ liệu nhóm (%s)</translation>
    </message>
    <message>
        <source>Into this trip copy (%s)</source>
        <translation>Vào bản sao chuyến đi này (%s)</translation>
    </message>
    <message>
        <source>Brought back. Changed on both sides this time: %s.</source>
        <translation>Đã mang về. Thay đổi ở cả hai phía lần này: %s.</translation>
    </message>
    <message>
        <source>Brought back.</source>
        <translation>Đã mang về.</translation>
    </message>
    <message>
        <source>Conflicts open in all: %s, kept on both sides to settle.</source>
        <translation>Tổng số xung đột còn mở: %s, được giữ ở cả hai phía để giải quyết.</translation>
    </message>
    <message>
        <source>Brought back, except what is named above: settle it and bring it back again.</source>
        <translation>Đã đưa về, trừ những mục nêu ở trên: hãy giải quyết rồi đưa về lại.</translation>
    </message>
    <message>
        <source>Brought back. An item moved on both sides keeps one place, said above.</source>
        <translation>Đã mang về. Mục được chuyển ở cả hai bên giữ một vị trí, như nêu ở trên.</translation>
    </message>
    <message>
        <source>Brought back: both stores hold every change.</source>
        <translation>Đã đưa về: cả hai kho đều có mọi thay đổi.</translation>
    </message>
    <message>
        <source>The team store refused the sign-in of %s: the password is wrong, or none was given. Type your sign-in password (the one you connect to the team store with) and bring it back again. Nothing was changed.</source>
        <translation>Kho dữ liệu nhóm đã từ chối đăng nhập của %s: mật khẩu sai hoặc chưa được nhập. Hãy nhập mật khẩu đăng nhập của bạn (mật khẩu bạn dùng để kết nối với kho dữ liệu nhóm) rồi mang về lại. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Not brought back: %s</source>
        <translation>Chưa đưa về: %s</translation>
    </message>
    <message>
        <source>Cancelled. A direction already merged stays merged; bring it back again to finish (a merge done twice changes nothing more).</source>
        <translation>Đã hủy. Chiều đã hợp nhất vẫn giữ nguyên; hãy đưa về lần nữa để hoàn tất (hợp nhất hai lần không thay đổi gì thêm).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; is a trip copy of &lt;b&gt;%s&lt;/b&gt;.&lt;br&gt;Bringing it back merges what changed on this laptop into the team store, then what changed there into this copy. What only one side changed is taken; what both changed is kept on both sides as a conflict to settle. %s</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; là bản sao mang đi của &lt;b&gt;%s&lt;/b&gt;.&lt;br&gt;Đưa về sẽ hợp nhất những gì đã thay đổi trên máy này vào kho dữ liệu chung, rồi những gì đã thay đổi ở đó vào bản sao này. Thay đổi chỉ ở một bên thì được lấy; thay đổi ở cả hai bên được giữ ở cả hai phía như một xung đột cần giải quyết. %s</translation>
    </message>
    <message>
        <source>This copy is backed up first; the team store on the server is backed up by its administrator, not by this app.</source>
        <translation>Bản sao này được sao lưu trước; kho dữ liệu chung trên máy chủ do quản trị viên của nó sao lưu, không phải ứng dụng này.</translation>
    </message>
    <message>
        <source>Each store is backed up first.</source>
        <translation>Mỗi kho được sao lưu trước.</translation>
    </message>
</context>
<context>
    <name>BuildBar</name>
    <message>
        <source>Cancel build</source>
        <translation>Hủy tạo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open the saved PDF in the system&apos;s viewer</source>
        <translation>Mở tệp PDF đã lưu bằng trình xem của hệ thống</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Hiện trong thư mục</translation>
    </message>
    <message>
        <source>Open the first of %s files</source>
        <translation>Mở tệp đầu tiên trong %s tệp</translation>
    </message>
</context>
<context>
    <name>BundleFeature</name>
    <message>
        <source>Send a &amp;bundle…</source>
        <translation>Gửi &amp;gói trao đổi…</translation>
    </message>
    <message>
        <source>Open a b&amp;undle…</source>
        <translation>Mở gói tra&amp;o đổi…</translation>
    </message>
    <message>
        <source>Changed on both sides…</source>
        <translation>Thay đổi ở cả hai bên…</translation>
    </message>
    <message>
        <source>Members&apos; &amp;keys…</source>
        <translation>&amp;Khóa của thành viên…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Đang ghi gói trao đổi…</translation>
    </message>
    <message>
        <source>Wrote %s (%s KiB): %s, %s records, for %s (%s).</source>
        <translation>Đã ghi %s (%s KiB): %s, %s bản ghi, cho %s (%s).</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>Đã ghi gói trao đổi</translation>
    </message>
    <message>
        <source>Bundle not written</source>
        <translation>Chưa ghi gói trao đổi</translation>
    </message>
</context>
<context>
    <name>BundleOpenDialog</name>
    <message>
        <source>Open a bundle: %s</source>
        <translation>Mở gói trao đổi: %s</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Đang kiểm tra gói trao đổi…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>Show what it changes</source>
        <translation>Xem những gì sẽ thay đổi</translation>
    </message>
    <message>
        <source>Changes in the bundle</source>
        <translation>Các thay đổi trong gói</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Settle the conflicts…</source>
        <translation>Giải quyết xung đột…</translation>
    </message>
    <message>
        <source>sealed under a passphrase</source>
        <translation>được niêm phong bằng cụm mật khẩu</translation>
    </message>
    <message>
        <source>The bundle&apos;s passphrase</source>
        <translation>Cụm mật khẩu của gói trao đổi</translation>
    </message>
    <message>
        <source>for %s</source>
        <translation>cho %s</translation>
    </message>
    <message>
        <source>%s&apos;s key passphrase</source>
        <translation>Cụm mật khẩu khóa của %s</translation>
    </message>
    <message>
        <source>Signed by %s (key %s), %s. The signature is good: not changed since.</source>
        <translation>Được ký bởi %s (khóa %s), %s. Chữ ký hợp lệ: không bị thay đổi từ đó.</translation>
    </message>
    <message>
        <source>This bundle is signed by a key this store does not know (fingerprint %s). If it is a member&apos;s, compare the fingerprint with them, then import their public key (Tools &gt; Members&apos; keys… &gt; Import a key…). Nothing was changed.</source>
        <translation>Gói trao đổi này được ký bằng một khoá mà kho dữ liệu này không biết (dấu vân tay %s). Nếu đó là khoá của một thành viên, hãy đối chiếu dấu vân tay với họ, rồi nhập khoá công khai của họ (Công cụ &gt; Khóa của thành viên… &gt; Nhập một khóa…). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Refused: %s</source>
        <translation>Bị từ chối: %s</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Opening the bundle and comparing it with this store…</source>
        <translation>Đang mở gói trao đổi và so sánh với kho dữ liệu này…</translation>
    </message>
    <message>
        <source>It would change (nothing written yet): %s</source>
        <translation>Sẽ thay đổi (chưa ghi gì): %s</translation>
    </message>
    <message>
        <source>• left out: %s</source>
        <translation>• không gồm: %s</translation>
    </message>
    <message>
        <source>Importing (a backup first)…</source>
        <translation>Đang nhập (sao lưu trước)…</translation>
    </message>
    <message>
        <source>Not imported: %s</source>
        <translation>Chưa nhập: %s</translation>
    </message>
    <message>
        <source>Imported: %s</source>
        <translation>Đã nhập: %s</translation>
    </message>
    <message>
        <source>This file is a member&apos;s key, not a bundle: compare its fingerprint with them, then import it (Tools &gt; Members&apos; keys… &gt; Import a key…). Nothing was changed.</source>
        <translation>Tệp này là khoá của một thành viên, không phải gói trao đổi: hãy đối chiếu dấu vân tay với họ, rồi nhập khoá (Công cụ &gt; Khóa của thành viên… &gt; Nhập một khóa…). Không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>BundleSendDialog</name>
    <message>
        <source>Send a bundle</source>
        <translation>Gửi gói trao đổi</translation>
    </message>
    <message>
        <source>One file for a member of the delegation, for when there is no connection: signed with your key and encrypted for them (or under a passphrase you give them another way). They see what it changes before anything is written.</source>
        <translation>Một tệp cho một thành viên của đoàn khi không có kết nối: ký bằng khóa của bạn và mã hóa cho người nhận (hoặc bằng một cụm mật khẩu bạn báo cho họ theo cách khác). Họ xem được những gì sẽ thay đổi trước khi có gì được ghi.</translation>
    </message>
    <message>
        <source>your key&apos;s passphrase</source>
        <translation>cụm mật khẩu khóa của bạn</translation>
    </message>
    <message>
        <source>Anyone with a passphrase I choose</source>
        <translation>Bất kỳ ai có cụm mật khẩu tôi chọn</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>The passphrase that protects the bundle</source>
        <translation>Cụm mật khẩu bảo vệ gói</translation>
    </message>
    <message>
        <source>the bundle&apos;s passphrase</source>
        <translation>cụm mật khẩu của gói trao đổi</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <source>repeat it</source>
        <translation>nhập lại</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Tệp gói</translation>
    </message>
    <message>
        <source>Where the bundle is saved</source>
        <translation>Nơi lưu gói</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>What goes</source>
        <translation>Nội dung gửi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Your key&apos;s passphrase</source>
        <translation>Cụm mật khẩu khóa của bạn</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Cho</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>Cụm mật khẩu gói trao đổi</translation>
    </message>
    <message>
        <source>Who may read it</source>
        <translation>Ai được đọc</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Write the bundle</source>
        <translation>Ghi gói trao đổi</translation>
    </message>
    <message>
        <source>No member has a key in this store yet: make yours first (Members&apos; keys).</source>
        <translation>Chưa thành viên nào có khóa trong kho này: hãy tạo khóa của bạn trước (Khóa của thành viên).</translation>
    </message>
    <message>
        <source>Left out (only the head of delegation reads them): %s.</source>
        <translation>Không gồm (chỉ trưởng đoàn đọc): %s.</translation>
    </message>
    <message>
        <source>Everything of the parts chosen, the red lines included.</source>
        <translation>Toàn bộ các phần đã chọn, kể cả các lằn ranh đỏ.</translation>
    </message>
    <message>
        <source>%s is a folder: give a file name.</source>
        <translation>%s là một thư mục: hãy đặt tên tệp.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Thay thế tệp?</translation>
    </message>
    <message>
        <source>%s already exists in %s. Replace it with this bundle?</source>
        <translation>%s đã có trong %s. Thay thế bằng gói này?</translation>
    </message>
    <message>
        <source>Choose a meeting.</source>
        <translation>Hãy chọn một cuộc họp.</translation>
    </message>
    <message>
        <source>Choose at least one part to send.</source>
        <translation>Hãy chọn ít nhất một phần để gửi.</translation>
    </message>
    <message>
        <source>Give your key&apos;s passphrase: the bundle is signed with your key.</source>
        <translation>Hãy nhập cụm mật khẩu khóa của bạn: gói trao đổi được ký bằng khóa của bạn.</translation>
    </message>
    <message>
        <source>Give the bundle a passphrase (and tell it to them another way).</source>
        <translation>Hãy đặt cụm mật khẩu cho gói trao đổi (và báo cho họ theo cách khác).</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp.</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Hãy chọn nơi lưu gói trao đổi.</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>CaptureBox</name>
    <message>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <source>0 None</source>
        <translation>0 Không</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Sửa đổi</translation>
    </message>
    <message>
        <source>No stance (Alt+0)</source>
        <translation>Không có quan điểm (Alt+0)</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Nội dung phát biểu</translation>
    </message>
    <message>
        <source>Enter saves the note; Ctrl+Enter saves it as an action item</source>
        <translation>Enter lưu ghi chú; Ctrl+Enter lưu thành việc cần làm</translation>
    </message>
    <message>
        <source>What was said. Enter saves.</source>
        <translation>Nội dung phát biểu. Enter để lưu.</translation>
    </message>
    <message>
        <source>Notes on this item</source>
        <translation>Ghi chép về mục này</translation>
    </message>
    <message>
        <source>→ no delegation matches</source>
        <translation>→ không có đoàn nào khớp</translation>
    </message>
</context>
<context>
    <name>CarryForwardDialog</name>
    <message>
        <source>Carry forward a brief to %s</source>
        <translation>Chuyển lập trường sang %s</translation>
    </message>
    <message>
        <source>Earlier briefs</source>
        <translation>Các lập trường trước</translation>
    </message>
    <message>
        <source>Briefs on the same subject at earlier meetings</source>
        <translation>Lập trường cùng chủ đề ở các cuộc họp trước</translation>
    </message>
    <message>
        <source>this item follows on from it</source>
        <translation>mục này tiếp nối mục đó</translation>
    </message>
    <message>
        <source>similar title (%s%%)</source>
        <translation>tiêu đề tương tự (%s%%)</translation>
    </message>
    <message>
        <source>This brief</source>
        <translation>Lập trường này</translation>
    </message>
    <message>
        <source>Earlier brief</source>
        <translation>Lập trường trước</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now, on this item&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hiện tại, ở mục này&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No brief yet.</source>
        <translation>Chưa có lập trường.</translation>
    </message>
    <message>
        <source>Start from this brief</source>
        <translation>Bắt đầu từ lập trường này</translation>
    </message>
    <message>
        <source>No earlier brief was found: no item of an earlier meeting has a position on this item or one with a similar title.</source>
        <translation>Không tìm thấy lập trường trước đó: không có mục nào của các cuộc họp trước có lập trường về mục này hoặc có tiêu đề tương tự.</translation>
    </message>
    <message>
        <source>The brief becomes a new draft version here; what was here stays in the history.</source>
        <translation>Lập trường trở thành một phiên bản dự thảo mới ở đây; nội dung cũ vẫn còn trong lịch sử.</translation>
    </message>
    <message>
        <source>(version %1, %2)</source>
        <translation>(phiên bản %1, %2)</translation>
    </message>
    <message>
        <source>Replace the brief on this item with the one from %s? The current brief stays in the history (version %s).</source>
        <translation>Thay lập trường của mục này bằng lập trường từ %s? Lập trường hiện tại vẫn còn trong lịch sử (phiên bản %s).</translation>
    </message>
    <message>
        <source>It is approved: this returns it to draft.</source>
        <translation>Bản này đã được phê duyệt: thao tác này đưa nó về dự thảo.</translation>
    </message>
    <message>
        <source>Carry forward</source>
        <translation>Chuyển tiếp</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <source>Carry forward a brief</source>
        <translation>Chuyển tiếp một lập trường</translation>
    </message>
</context>
<context>
    <name>CellEditor</name>
    <message>
        <source>why (optional)</source>
        <translation>lý do (không bắt buộc)</translation>
    </message>
    <message>
        <source>what they said (optional)</source>
        <translation>họ đã nói gì (không bắt buộc)</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Quan sát được</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Người khác đã lưu trong lúc đó</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Phần</translation>
    </message>
    <message>
        <source>Merged (edit it)</source>
        <translation>Đã hợp nhất (hãy sửa)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;%s&apos;&gt;underlined&lt;/span&gt;: only in yours · &lt;span style=&apos;%s&apos;&gt;struck&lt;/span&gt;: only in theirs. Both versions stay in the history whatever you choose.</source>
        <translation>&lt;span style=&apos;%s&apos;&gt;gạch dưới&lt;/span&gt;: chỉ có trong bản của bạn · &lt;span style=&apos;%s&apos;&gt;gạch ngang&lt;/span&gt;: chỉ có trong bản của họ. Cả hai phiên bản vẫn được lưu trong lịch sử dù bạn chọn thế nào.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Giữ bản của tôi</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Lấy bản của họ</translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation>Lưu văn bản đã hợp nhất</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Keep your text on screen, unsaved, and decide later</source>
        <translation>Giữ văn bản của bạn trên màn hình, chưa lưu, và quyết định sau</translation>
    </message>
    <message>
        <source>{0}: yours</source>
        <translation>{0}: của bạn</translation>
    </message>
    <message>
        <source>{0}: theirs</source>
        <translation>{0}: của họ</translation>
    </message>
    <message>
        <source>{0}: merged</source>
        <translation>{0}: đã hợp nhất</translation>
    </message>
    <message>
        <source>{0}: keep</source>
        <translation>{0}: giữ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Của bạn</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Của họ</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Changed on both sides</source>
        <translation>Thay đổi ở cả hai bên</translation>
    </message>
    <message>
        <source>These records were changed here and elsewhere since the two copies last met. Nothing was overwritten: ours stays until you choose, and both versions stay in the history. Settle them now or later.</source>
        <translation>Các bản ghi này đã bị thay đổi ở đây và ở nơi khác kể từ lần cuối hai bản gặp nhau. Không có gì bị ghi đè: bản của ta được giữ cho đến khi bạn chọn, và cả hai phiên bản vẫn còn trong lịch sử. Hãy giải quyết ngay hoặc để sau.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Records changed both here and in the bundle</source>
        <translation>Các bản ghi đã thay đổi cả ở đây và trong gói</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Đang so sánh</translation>
    </message>
    <message>
        <source>Comparing the two versions</source>
        <translation>Đang so sánh hai phiên bản</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>Đặt cạnh nhau…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) open.</source>
        <translation>
            <numerusform>Còn %n xung đột chưa giải quyết.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Không còn xung đột nào.</translation>
    </message>
    <message>
        <source>Comparing the two versions of %s…</source>
        <translation>Đang so sánh hai phiên bản của %s…</translation>
    </message>
    <message>
        <source>Changed on both sides: %s</source>
        <translation>Thay đổi ở cả hai bên: %s</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>CounterpartsWindow</name>
    <message>
        <source>Counterparts</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Search counterparts</source>
        <translation>Tìm đối tác</translation>
    </message>
    <message>
        <source>Find by name, title, agency or delegation</source>
        <translation>Tìm theo tên, chức danh, cơ quan hoặc đoàn</translation>
    </message>
    <message>
        <source>New counterpart</source>
        <translation>Đối tác mới</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Personality note: style, priorities, what works</source>
        <translation>Ghi chú về tính cách: phong cách, ưu tiên, điều hiệu quả</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Đạt ngày</translation>
    </message>
    <message>
        <source>Date we last met</source>
        <translation>Ngày gặp lần cuối</translation>
    </message>
    <message>
        <source>where (e.g. 5th ADGSOM, coffee break)</source>
        <translation>ở đâu (ví dụ 5th ADGSOM, giờ giải lao)</translation>
    </message>
    <message>
        <source>Where we last met</source>
        <translation>Nơi gặp lần cuối</translation>
    </message>
    <message>
        <source>What they said when we last met</source>
        <translation>Họ đã nói gì lần gặp gần nhất</translation>
    </message>
    <message>
        <source>other counterpart</source>
        <translation>đối tác khác</translation>
    </message>
    <message>
        <source>other counterparts</source>
        <translation>các đối tác khác</translation>
    </message>
    <message>
        <source>why they care (optional)</source>
        <translation>vì sao họ quan tâm (không bắt buộc)</translation>
    </message>
    <message>
        <source>Why they care</source>
        <translation>Lý do họ quan tâm</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Bỏ liên kết</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Đoàn</translation>
    </message>
    <message>
        <source>Personality note</source>
        <translation>Ghi chú về tính cách</translation>
    </message>
    <message>
        <source>Last met</source>
        <translation>Gặp lần cuối</translation>
    </message>
    <message>
        <source>What they last said</source>
        <translation>Điều họ nói gần nhất</translation>
    </message>
    <message>
        <source>Items they care about</source>
        <translation>Các mục họ quan tâm</translation>
    </message>
    <message>
        <source>Link an item</source>
        <translation>Liên kết một mục</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 mục</translation>
    </message>
    <message>
        <source>%s items</source>
        <translation>%s mục</translation>
    </message>
    <message>
        <source>Delete counterpart</source>
        <translation>Xóa đối tác</translation>
    </message>
    <message>
        <source>Delete %s and their links to items?</source>
        <translation>Xóa %s và các liên kết của họ với các mục?</translation>
    </message>
    <message>
        <source>Edits not saved</source>
        <translation>Chỉnh sửa chưa được lưu</translation>
    </message>
    <message>
        <source>Some edits to counterparts could not be saved (%s). Close and lose them?</source>
        <translation>Một số chỉnh sửa về đối tác không lưu được (%s). Đóng và bỏ chúng?</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Đóng và bỏ</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>  — gap: no project</source>
        <translation>  — thiếu: không có dự án</translation>
    </message>
    <message>
        <source>%s: %d project(s) with %s</source>
        <translation>%s: %d dự án với %s</translation>
    </message>
    <message>
        <source>%s: no project with %s</source>
        <translation>%s: không có dự án với %s</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Coverage of the ADM</source>
        <translation>Mức bao phủ ADM</translation>
    </message>
    <message>
        <source>Which ADM outcomes and actions the projects serve</source>
        <translation>Các kết quả và hành động ADM mà các dự án phục vụ</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Khung</translation>
    </message>
    <message>
        <source>Outcomes with no project (gaps to raise): %s</source>
        <translation>Các kết quả chưa có dự án (khoảng trống cần nêu): %s</translation>
    </message>
    <message>
        <source>Every outcome has at least one project.</source>
        <translation>Mọi kết quả đều có ít nhất một dự án.</translation>
    </message>
</context>
<context>
    <name>DamagedStoreFeature</name>
    <message>
        <source>Save a &amp;readable copy…</source>
        <translation>Lưu một bản sao đọc &amp;được…</translation>
    </message>
    <message>
        <source>Write every row that can still be read to a new store</source>
        <translation>Ghi mọi dòng còn đọc được vào một kho mới</translation>
    </message>
    <message>
        <source>Damaged store</source>
        <translation>Kho dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>Save a readable copy…</source>
        <translation>Lưu một bản sao đọc được…</translation>
    </message>
    <message>
        <source>Read-only: a reader&apos;s sign-in</source>
        <translation>Chỉ đọc: đăng nhập với vai trò người đọc</translation>
    </message>
    <message>
        <source>Damaged store: read-only. %s is damaged (%s): nothing you type is saved to it. Read and copy what you still can, and save a readable copy: a new store with every row that can still be read.</source>
        <translation>Kho dữ liệu bị hỏng: chỉ đọc. %s bị hỏng (%s): những gì bạn gõ sẽ không được lưu vào đó. Hãy đọc và sao chép những gì còn có thể, rồi lưu một bản sao đọc được: một kho mới với mọi dòng còn đọc được.</translation>
    </message>
    <message>
        <source>Damaged store: read-only</source>
        <translation>Kho dữ liệu bị hỏng: chỉ đọc</translation>
    </message>
    <message>
        <source>%s already exists: choose a new file for the copy.</source>
        <translation>%s đã tồn tại: hãy chọn một tệp mới cho bản sao.</translation>
    </message>
    <message>
        <source>Save a readable copy</source>
        <translation>Lưu một bản sao đọc được</translation>
    </message>
    <message>
        <source>Copying what can still be read…</source>
        <translation>Đang sao chép những gì còn đọc được…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancelled: no copy was written.</source>
        <translation>Đã hủy: không bản sao nào được ghi.</translation>
    </message>
</context>
<context>
    <name>DetailArea</name>
    <message>
        <source>Select a meeting or an agenda item on the left.</source>
        <translation>Hãy chọn một cuộc họp hoặc một mục chương trình ở bên trái.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
</context>
<context>
    <name>DetailTab</name>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Chương trình nghị sự</translation>
    </message>
    <message>
        <source>Stance map</source>
        <translation>Bản đồ quan điểm</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Lập trường</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chép</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Dự án</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Attach a document</source>
        <translation>Đính kèm tài liệu</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Ký hiệu tài liệu</translation>
    </message>
    <message>
        <source>The document&apos;s symbol (e.g. ADGSOM/2027/DOC.04), or leave it empty:</source>
        <translation>Ký hiệu của tài liệu (ví dụ ADGSOM/2027/DOC.04), hoặc để trống:</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>The documents attached here</source>
        <translation>Các tài liệu đính kèm ở đây</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>&amp;Attach a document…</source>
        <translation>Đính &amp;kèm tài liệu…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Gỡ bỏ</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting&apos;s documents, kept in the store (encrypted with it). An item&apos;s document references find the document of the same symbol.</source>
        <translation>Tài liệu của cuộc họp, lưu trong kho dữ liệu (được mã hóa cùng kho). Tham chiếu tài liệu của một mục sẽ tìm tài liệu cùng ký hiệu.</translation>
    </message>
    <message>
        <source>Documents of this item (attached to it, or named by its references).</source>
        <translation>Tài liệu của mục này (đính kèm, hoặc được nêu trong tham chiếu của mục).</translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation>Đang đọc %s…</translation>
    </message>
    <message>
        <source>Attached %s.</source>
        <translation>Đã đính kèm %s.</translation>
    </message>
    <message>
        <source>No program on this computer opens %s.</source>
        <translation>Không có chương trình nào trên máy này mở được %s.</translation>
    </message>
    <message>
        <source>Removed %s.</source>
        <translation>Đã gỡ bỏ %s.</translation>
    </message>
</context>
<context>
    <name>DroppedPanel</name>
    <message>
        <source>No longer on the agenda (kept unless ticked)</source>
        <translation>Không còn trong chương trình nghị sự (được giữ trừ khi đánh dấu)</translation>
    </message>
    <message>
        <source> (has a brief)</source>
        <translation> (có lập trường)</translation>
    </message>
    <message>
        <source>Delete %s %s%s</source>
        <translation>Xóa %s %s%s</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>  overdue</source>
        <translation>  quá hạn</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>Reports due</source>
        <translation>Báo cáo đến hạn</translation>
    </message>
    <message>
        <source>Due before the %s (%s), and overdue:</source>
        <translation>Hạn trước %s (%s), và quá hạn:</translation>
    </message>
    <message>
        <source>No meeting ahead in this store: due by %s, and overdue:</source>
        <translation>Không có cuộc họp sắp tới trong kho này: hạn đến %s, và quá hạn:</translation>
    </message>
    <message>
        <source>nothing.</source>
        <translation>không có.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>the disk is full. Free some space, then try again</source>
        <translation>ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi thử lại</translation>
    </message>
    <message>
        <source>the disk could not be written (is it full, or was the drive removed?). Free some space or reconnect the drive, then try again</source>
        <translation>không ghi được vào ổ đĩa (ổ đầy, hay ổ đã bị rút ra?). Hãy giải phóng dung lượng hoặc cắm lại ổ, rồi thử lại</translation>
    </message>
    <message>
        <source>the store cannot be written: its drive or its file is read-only. Make it writable, then try again</source>
        <translation>không ghi được kho dữ liệu: ổ đĩa hoặc tệp chỉ cho phép đọc. Hãy cho phép ghi rồi thử lại</translation>
    </message>
    <message>
        <source>the store is busy: another program is writing to it. Try again in a moment</source>
        <translation>kho dữ liệu đang bận: một chương trình khác đang ghi vào. Hãy thử lại sau giây lát</translation>
    </message>
    <message>
        <source>the team store&apos;s server cannot be reached (is the network up, is the server running?). Try again when it is back</source>
        <translation>không kết nối được máy chủ của kho dữ liệu chung (mạng có hoạt động không, máy chủ có đang chạy không?). Hãy thử lại khi máy chủ hoạt động trở lại</translation>
    </message>
    <message>
        <source>the connection to the team store&apos;s server was lost (the server restarted, or the session was ended): nothing of it was saved. Try again</source>
        <translation>mất kết nối với máy chủ của kho dữ liệu chung (máy chủ khởi động lại, hoặc phiên làm việc đã bị kết thúc): chưa có gì được lưu. Hãy thử lại</translation>
    </message>
    <message>
        <source>the team store&apos;s server accepts no writes now (a read-only copy, or it is in maintenance). Try again later</source>
        <translation>máy chủ của kho dữ liệu chung hiện không nhận ghi (bản sao chỉ đọc, hoặc đang bảo trì). Hãy thử lại sau</translation>
    </message>
    <message>
        <source>the team store&apos;s server refused the sign-in: check the user name and password</source>
        <translation>máy chủ của kho dữ liệu chung từ chối đăng nhập: hãy kiểm tra tên người dùng và mật khẩu</translation>
    </message>
    <message>
        <source>the team store&apos;s server does not allow it for your sign-in</source>
        <translation>máy chủ của kho dữ liệu chung không cho phép tài khoản của bạn làm việc này</translation>
    </message>
    <message>
        <source>an unexpected error ({kind}); details are in the log</source>
        <translation>lỗi không lường trước ({kind}); chi tiết có trong nhật ký</translation>
    </message>
    <message>
        <source>No store named: give a file or a postgresql:// address.</source>
        <translation>Chưa nêu kho dữ liệu: hãy chỉ ra một tệp hoặc một địa chỉ postgresql://.</translation>
    </message>
    <message>
        <source>{scheme}:// is not a kind of store: give a file, or a team store&apos;s postgresql://user@host/database address.</source>
        <translation>{scheme}:// không phải là một loại kho dữ liệu: hãy chỉ ra một tệp, hoặc địa chỉ postgresql://user@host/database của kho dữ liệu chung.</translation>
    </message>
    <message>
        <source>{text} names no database: write postgresql://user@host/database.</source>
        <translation>{text} không nêu cơ sở dữ liệu: hãy viết postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>{text} names no server: write postgresql://user@host/database.</source>
        <translation>{text} không nêu máy chủ: hãy viết postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation>Hãy nhập tên hoặc địa chỉ của máy chủ.</translation>
    </message>
    <message>
        <source>Give the database of the team store.</source>
        <translation>Hãy nhập cơ sở dữ liệu của kho dữ liệu chung.</translation>
    </message>
    <message>
        <source>A port is 1 to 65535, not {fields_port}.</source>
        <translation>Cổng phải từ 1 đến 65535, không phải {fields_port}.</translation>
    </message>
    <message>
        <source>No TLS mode {fields_tls!r}.</source>
        <translation>Không có chế độ TLS {fields_tls!r}.</translation>
    </message>
    <message>
        <source>Checking the server&apos;s certificate needs the CA file your administrator gave you (the authority that signed it).</source>
        <translation>Kiểm tra chứng chỉ của máy chủ cần tệp CA do quản trị viên cung cấp (cơ quan đã ký chứng chỉ).</translation>
    </message>
    <message>
        <source>The passphrase must be text.</source>
        <translation>Cụm mật khẩu phải là văn bản.</translation>
    </message>
    <message>
        <source>The passphrase ends with a carriage return (a Windows line end): it could never be typed again. Give it without the line end.</source>
        <translation>Cụm mật khẩu kết thúc bằng ký tự xuống dòng (kiểu Windows): không bao giờ gõ lại được. Hãy nhập mà không có ký tự xuống dòng.</translation>
    </message>
    <message>
        <source>The passphrase holds a character that cannot be typed again reliably (a control character or an invalid one).</source>
        <translation>Cụm mật khẩu chứa một ký tự không thể gõ lại chắc chắn (ký tự điều khiển hoặc ký tự không hợp lệ).</translation>
    </message>
    <message>
        <source>The passphrase needs at least {min_passphrase} characters.</source>
        <translation>Cụm mật khẩu cần ít nhất {min_passphrase} ký tự.</translation>
    </message>
    <message>
        <source>The passphrase cannot be only spaces.</source>
        <translation>Cụm mật khẩu không thể chỉ gồm khoảng trắng.</translation>
    </message>
    <message>
        <source>The passphrase is too long (at most {max_passphrase} characters).</source>
        <translation>Cụm mật khẩu quá dài (tối đa {max_passphrase} ký tự).</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Cụm mật khẩu mới giống cụm mật khẩu hiện tại.</translation>
    </message>
    <message>
        <source>{raw!r} is not an ADM tag: write the framework, then the code (e.g. ADM2030 O3), or DO1-DO8 / EA n.n for the ADM 2025.</source>
        <translation>{raw!r} không phải là thẻ ADM: hãy viết khung, rồi đến mã (ví dụ ADM2030 O3), hoặc DO1-DO8 / EA n.n cho ADM 2025.</translation>
    </message>
    <message>
        <source>{text!r} is not a framework code (letters and digits, e.g. ADM2030).</source>
        <translation>{text!r} không phải là mã khung (chữ và số, ví dụ ADM2030).</translation>
    </message>
    <message>
        <source>{text!r} is not an ADM 2025 tag (use DO1-DO8 or EA n.n).</source>
        <translation>{text!r} không phải là thẻ ADM 2025 (dùng DO1-DO8 hoặc EA n.n).</translation>
    </message>
    <message>
        <source>{text!r} is not an element code (up to {max_code} letters, digits, dots or dashes, e.g. O3 or A3.1).</source>
        <translation>{text!r} không phải là mã thành phần (tối đa {max_code} chữ, số, dấu chấm hoặc gạch ngang, ví dụ O3 hoặc A3.1).</translation>
    </message>
    <message>
        <source>At most {limit} tags per item.</source>
        <translation>Tối đa {limit} thẻ cho mỗi mục.</translation>
    </message>
    <message>
        <source>{text!r}: a Desired Outcome is DO1 to DO8.</source>
        <translation>{text!r}: Desired Outcome là từ DO1 đến DO8.</translation>
    </message>
    <message>
        <source>{field_name}: expected text.</source>
        <translation>{field_name}: cần là văn bản.</translation>
    </message>
    <message>
        <source>{field_name}: the text holds an invalid character (a lone surrogate) and was not saved. Retype or paste it again from the source.</source>
        <translation>{field_name}: văn bản chứa một ký tự không hợp lệ (surrogate đơn lẻ) và chưa được lưu. Hãy gõ lại hoặc dán lại từ nguồn.</translation>
    </message>
    <message>
        <source>{field_name}: the text holds control characters and was not saved.</source>
        <translation>{field_name}: văn bản chứa ký tự điều khiển và chưa được lưu.</translation>
    </message>
    <message>
        <source>{field_name}: the text is too long ({count_value:,} characters; at most {max_len:,}). Nothing was saved.</source>
        <translation>{field_name}: văn bản quá dài ({count_value:,} ký tự; tối đa {max_len:,}). Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>{field_name} cannot be empty.</source>
        <translation>{field_name} không được để trống.</translation>
    </message>
    <message>
        <source>The due date {due} is before the meeting ({start}): type a date on or after {start}, or leave it empty. Nothing was saved.</source>
        <translation>Hạn {due} trước cuộc họp ({start}): hãy nhập một ngày từ {start} trở đi, hoặc để trống. Chưa lưu gì.</translation>
    </message>
    <message>
        <source>The due date {due} is more than {years} years ahead (the latest is {latest}): type a nearer date, or leave it empty. Nothing was saved.</source>
        <translation>Hạn {due} xa hơn {years} năm tới (muộn nhất là {latest}): hãy nhập một ngày gần hơn, hoặc để trống. Chưa lưu gì.</translation>
    </message>
    <message>
        <source>Say what is to be done: the action is empty.</source>
        <translation>Hãy nêu việc phải làm: việc cần làm đang để trống.</translation>
    </message>
    <message>
        <source>Meeting {meeting_id} no longer exists.</source>
        <translation>Cuộc họp {meeting_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>The owner&apos;s delegation does not exist.</source>
        <translation>Đoàn của người phụ trách không tồn tại.</translation>
    </message>
    <message>
        <source>Action item {action_id} no longer exists.</source>
        <translation>Việc cần làm {action_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>Note {note_id} no longer exists.</source>
        <translation>Ghi chép {note_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>The agenda item no longer exists.</source>
        <translation>Mục chương trình không còn tồn tại.</translation>
    </message>
    <message>
        <source>The owner is not a known person.</source>
        <translation>Người phụ trách không phải là người đã biết.</translation>
    </message>
    <message>
        <source>The owner is not in that delegation.</source>
        <translation>Người phụ trách không thuộc đoàn đó.</translation>
    </message>
    <message>
        <source>Meeting {flt_meeting_id} no longer exists.</source>
        <translation>Cuộc họp {flt_meeting_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>The agenda item is not on that meeting&apos;s agenda.</source>
        <translation>Mục chương trình không có trong chương trình nghị sự của cuộc họp đó.</translation>
    </message>
    <message>
        <source>{name} is an old Word 97-2003 document (.doc). Open it in Word and save it as a .docx, then import that.</source>
        <translation>{name} là tài liệu Word 97-2003 cũ (.doc). Hãy mở trong Word và lưu thành .docx, rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>{name} is not a Word .docx file. Choose a .docx, or import plain text instead.</source>
        <translation>{name} không phải là tệp Word .docx. Hãy chọn một tệp .docx, hoặc nhập văn bản thuần thay thế.</translation>
    </message>
    <message>
        <source>{name} is password-protected. Open it in Word, remove the password (File &gt; Info &gt; Protect Document) and save a copy, then import that copy.</source>
        <translation>{name} được bảo vệ bằng mật khẩu. Hãy mở trong Word, gỡ mật khẩu (File &gt; Info &gt; Protect Document) và lưu một bản sao, rồi nhập bản sao đó.</translation>
    </message>
    <message>
        <source>{path_name} cannot be read as a Word document ({exc_name}). Nothing was imported.</source>
        <translation>Không đọc được {path_name} dưới dạng tài liệu Word ({exc_name}). Chưa nhập gì.</translation>
    </message>
    <message>
        <source>{path_name} cannot be read as a Word document (it may be damaged, or another kind of file). Nothing was imported. ({exc_name})</source>
        <translation>Không đọc được {path_name} dưới dạng tài liệu Word (có thể tệp bị hỏng, hoặc là loại tệp khác). Chưa nhập gì. ({exc_name})</translation>
    </message>
    <message>
        <source>{path_name} is not UTF-8 text. Save it as UTF-8 (Unicode) text and try again.</source>
        <translation>{path_name} không phải là văn bản UTF-8. Hãy lưu dưới dạng văn bản UTF-8 (Unicode) rồi thử lại.</translation>
    </message>
    <message>
        <source>{path_name} is not a text file. Choose a .txt file, or a .docx for Word.</source>
        <translation>{path_name} không phải là tệp văn bản. Hãy chọn một tệp .txt, hoặc .docx cho Word.</translation>
    </message>
    <message>
        <source>{path_name} does not exist.</source>
        <translation>{path_name} không tồn tại.</translation>
    </message>
    <message>
        <source>{path_name} is a folder, not a file.</source>
        <translation>{path_name} là một thư mục, không phải tệp.</translation>
    </message>
    <message>
        <source>{path_name} cannot be read (no permission).</source>
        <translation>Không đọc được {path_name} (không có quyền).</translation>
    </message>
    <message>
        <source>There is nothing to import: no line was chosen.</source>
        <translation>Không có gì để nhập: chưa chọn dòng nào.</translation>
    </message>
    <message>
        <source>The parent item is not on this agenda.</source>
        <translation>Mục cha không có trong chương trình nghị sự này.</translation>
    </message>
    <message>
        <source>The meeting of this agenda no longer exists.</source>
        <translation>Cuộc họp của chương trình nghị sự này không còn tồn tại.</translation>
    </message>
    <message>
        <source>No agenda items were found in {source}. Paste or choose the agenda itself: one item per line, numbered (1, 2, 2.1 ...) or indented.</source>
        <translation>Không tìm thấy mục chương trình nào trong {source}. Hãy dán hoặc chọn chính chương trình nghị sự: mỗi mục một dòng, có đánh số (1, 2, 2.1 ...) hoặc thụt lề.</translation>
    </message>
    <message>
        <source>{path_name} is not a PDF file. Choose a .pdf, .docx or .txt.</source>
        <translation>{path_name} không phải là tệp PDF. Hãy chọn tệp .pdf, .docx hoặc .txt.</translation>
    </message>
    <message>
        <source>{path_name} holds no text: it looks like a scanned image. Ask the Secretariat for the Word or text version, or run the PDF through text recognition (OCR) first. Nothing was imported.</source>
        <translation>{path_name} không chứa văn bản: có vẻ là ảnh quét. Hãy xin Ban Thư ký bản Word hoặc bản văn bản, hoặc cho PDF qua nhận dạng ký tự (OCR) trước. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>{path_name} cannot be read as a PDF ({exc_name}). Nothing was imported.</source>
        <translation>Không đọc được {path_name} dưới dạng PDF ({exc_name}). Chưa nhập gì.</translation>
    </message>
    <message>
        <source>{path_name} cannot be read as a PDF (it may be damaged). Nothing was imported. ({exc})</source>
        <translation>Không đọc được {path_name} dưới dạng PDF (có thể tệp bị hỏng). Chưa nhập gì. ({exc})</translation>
    </message>
    <message>
        <source>{path_name} is protected by a password. Open it, save a copy without the password, and import that copy.</source>
        <translation>{path_name} được bảo vệ bằng mật khẩu. Hãy mở tệp, lưu một bản sao không có mật khẩu, rồi nhập bản sao đó.</translation>
    </message>
    <message>
        <source>Agenda item {item_id} no longer exists.</source>
        <translation>Mục chương trình {item_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>Choose another meeting to copy the agenda from.</source>
        <translation>Hãy chọn một cuộc họp khác để sao chép chương trình nghị sự.</translation>
    </message>
    <message>
        <source>This item cannot be indented: there is no item above it at the same level.</source>
        <translation>Không thể thụt lề mục này: không có mục nào cùng cấp ở phía trên.</translation>
    </message>
    <message>
        <source>This item is already at the top level.</source>
        <translation>Mục này đã ở cấp cao nhất.</translation>
    </message>
    <message>
        <source>The item is already first.</source>
        <translation>Mục này đã ở đầu tiên.</translation>
    </message>
    <message>
        <source>The item is already last.</source>
        <translation>Mục này đã ở cuối cùng.</translation>
    </message>
    <message>
        <source>Delete items of one agenda at a time.</source>
        <translation>Hãy xoá các mục của từng chương trình nghị sự một.</translation>
    </message>
    <message>
        <source>The meeting of these items no longer exists.</source>
        <translation>Cuộc họp của các mục này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Choose at least one item to copy.</source>
        <translation>Hãy chọn ít nhất một mục để sao chép.</translation>
    </message>
    <message>
        <source>That meeting has no agenda to copy.</source>
        <translation>Cuộc họp đó không có chương trình nghị sự để sao chép.</translation>
    </message>
    <message>
        <source>No delegation with code {code}.</source>
        <translation>Không có đoàn nào mang mã {code}.</translation>
    </message>
    <message>
        <source>Estimated time must be between 0 and 1440 minutes.</source>
        <translation>Thời gian ước tính phải từ 0 đến 1440 phút.</translation>
    </message>
    <message>
        <source>At most {max_documents} documents per item.</source>
        <translation>Tối đa {max_documents} tài liệu cho mỗi mục.</translation>
    </message>
    <message>
        <source>Another item of this agenda is already numbered {number}. Choose another number, or let it be numbered automatically.</source>
        <translation>Một mục khác của chương trình nghị sự này đã mang số {number}. Hãy chọn số khác, hoặc để đánh số tự động.</translation>
    </message>
    <message>
        <source>The new parent item is on another agenda.</source>
        <translation>Mục cha mới thuộc một chương trình nghị sự khác.</translation>
    </message>
    <message>
        <source>An item cannot go under itself or its own sub-items.</source>
        <translation>Một mục không thể nằm dưới chính nó hoặc các mục con của nó.</translation>
    </message>
    <message>
        <source>This is a trip copy of the team store {team}: briefs are approved there, by the approver signed in, never here, so an approval PIN set here would not be used. Nothing was changed.</source>
        <translation>Đây là bản sao mang đi của kho dữ liệu chung {team}: lập trường được phê duyệt tại đó, bởi người phê duyệt đã đăng nhập, không bao giờ tại đây, nên mã PIN phê duyệt đặt tại đây sẽ không được dùng. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>No person {person_id} in the store.</source>
        <translation>Không có người {person_id} trong kho dữ liệu.</translation>
    </message>
    <message>
        <source>{person_full_name} is not a member of our own delegation: only our own people approve briefs, so only they have an approval PIN.</source>
        <translation>{person_full_name} không phải thành viên của đoàn ta: chỉ người của ta mới phê duyệt lập trường, nên chỉ họ có mã PIN phê duyệt.</translation>
    </message>
    <message>
        <source>{person_name}&apos;s role in our delegation is {role}: only the head of delegation and the alternate approve briefs, so only they have an approval PIN. Nothing was changed.</source>
        <translation>Vai trò của {person_name} trong đoàn ta là {role}: chỉ trưởng đoàn và phó trưởng đoàn mới phê duyệt lập trường, nên chỉ họ có mã PIN phê duyệt. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Wrong PIN for {person_full_name}: nothing was changed ({left} more tries before a {wait_total_seconds}-second wait).</source>
        <translation>Mã PIN của {person_full_name} sai: không có gì thay đổi (còn {left} lần thử trước khi phải chờ {wait_total_seconds} giây).</translation>
    </message>
    <message>
        <source>An approval PIN has {min_pin} to {max_pin} characters: nothing was changed.</source>
        <translation>Mã PIN phê duyệt có từ {min_pin} đến {max_pin} ký tự: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>An approval PIN is not only spaces: nothing was changed.</source>
        <translation>Mã PIN phê duyệt không thể chỉ gồm khoảng trắng: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>You are signed in as {signed_name}: you set only your own approval PIN.</source>
        <translation>Bạn đăng nhập với tên {signed_name}: bạn chỉ đặt được mã PIN phê duyệt của chính mình.</translation>
    </message>
    <message>
        <source>Too many wrong PINs for {person_full_name}: try again in {wait} seconds. Nothing was changed.</source>
        <translation>Quá nhiều lần nhập sai mã PIN của {person_full_name}: hãy thử lại sau {wait} giây. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Wrong PIN for {person_full_name}, {max_failures} times in a row: approvals in their name wait {seconds} seconds. Nothing was changed.</source>
        <translation>Mã PIN của {person_full_name} sai {max_failures} lần liên tiếp: việc phê duyệt dưới tên người này phải chờ {seconds} giây. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Wrong PIN for {person_full_name}: nothing was changed (1 more try before a {wait_total_seconds}-second wait).</source>
        <translation>Mã PIN của {person_full_name} sai: không có gì thay đổi (còn 1 lần thử trước khi phải chờ {wait_total_seconds} giây).</translation>
    </message>
    <message>
        <source>{person_full_name} has no approval PIN yet: they set their own (Approve dialog: Set or change my PIN…) before approving. Nothing was approved.</source>
        <translation>{person_full_name} chưa có mã PIN phê duyệt: người này tự đặt mã của mình (hộp thoại Phê duyệt: Đặt hoặc đổi mã PIN của tôi…) trước khi phê duyệt. Chưa phê duyệt gì.</translation>
    </message>
    <message>
        <source>{name} is not a PDF or a Word (.docx) file: only those are attached to a meeting. Nothing was attached.</source>
        <translation>{name} không phải là tệp PDF hay Word (.docx): chỉ những tệp đó mới được đính kèm vào cuộc họp. Chưa đính kèm gì.</translation>
    </message>
    <message>
        <source>{path_name} is not a file that can be read. Nothing was attached.</source>
        <translation>{path_name} không phải là tệp đọc được. Chưa đính kèm gì.</translation>
    </message>
    <message>
        <source>{path_name} is {size}; a document attached to a meeting is at most {max_attachment_bytes}. Nothing was attached.</source>
        <translation>{path_name} có dung lượng {size}; tài liệu đính kèm cuộc họp tối đa {max_attachment_bytes}. Chưa đính kèm gì.</translation>
    </message>
    <message>
        <source>{path_name} is empty. Nothing was attached.</source>
        <translation>{path_name} trống. Chưa đính kèm gì.</translation>
    </message>
    <message>
        <source>Document {document_id} no longer exists.</source>
        <translation>Tài liệu {document_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>{name} is a password-protected PDF: save it without the password first. Nothing was attached.</source>
        <translation>{name} là tệp PDF có mật khẩu: hãy lưu lại không có mật khẩu trước. Chưa đính kèm gì.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a PDF (it is damaged or incomplete). Nothing was attached.</source>
        <translation>Không đọc được {name} dưới dạng PDF (tệp bị hỏng hoặc không đầy đủ). Chưa đính kèm gì.</translation>
    </message>
    <message>
        <source>This meeting holds {count} documents already, the most a meeting takes. Remove one first. Nothing was attached.</source>
        <translation>Cuộc họp này đã có {count} tài liệu, mức tối đa cho một cuộc họp. Hãy gỡ bớt một tài liệu trước. Chưa đính kèm gì.</translation>
    </message>
    <message>
        <source>That item is not on this meeting&apos;s agenda.</source>
        <translation>Mục đó không có trong chương trình nghị sự của cuộc họp này.</translation>
    </message>
    <message>
        <source>{path_name} is not a backup of this store.</source>
        <translation>{path_name} không phải là bản sao lưu của kho dữ liệu này.</translation>
    </message>
    <message>
        <source>The backup could not be put in place: {exc}.</source>
        <translation>Không đặt được bản sao lưu vào chỗ: {exc}.</translation>
    </message>
    <message>
        <source>The backup could not be put in place: {why}. Nothing was changed.</source>
        <translation>Không đặt được bản sao lưu vào chỗ: {why}. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The backup could not be written: {exc}</source>
        <translation>Không ghi được bản sao lưu: {exc}</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Người khác</translation>
    </message>
    <message>
        <source>Their change to {sections} is merged in already; only the sections both of you changed are shown, and your choice applies to them only.</source>
        <translation>Thay đổi của họ ở {sections} đã được gộp vào; chỉ hiển thị các mục mà cả hai bên cùng sửa, và lựa chọn của bạn chỉ áp dụng cho các mục đó.</translation>
    </message>
    <message>
        <source>{target} already exists: nothing was written. Choose another file, or say that it is replaced (bundle export --force).</source>
        <translation>{target} đã tồn tại: không ghi gì cả. Hãy chọn tệp khác, hoặc cho biết là thay thế nó (bundle export --force).</translation>
    </message>
    <message>
        <source>Choose a recipient member, or a passphrase for the bundle.</source>
        <translation>Hãy chọn một thành viên nhận, hoặc một cụm mật khẩu cho gói trao đổi.</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents name another sender than its signature: refused.</source>
        <translation>Nội dung của gói trao đổi nêu một người gửi khác với chữ ký: bị từ chối.</translation>
    </message>
    <message>
        <source>This file is too large to be a bundle ({size:,} bytes).</source>
        <translation>Tệp này quá lớn để là một gói trao đổi ({size:,} byte).</translation>
    </message>
    <message>
        <source>There is no file {p}.</source>
        <translation>Không có tệp {p}.</translation>
    </message>
    <message>
        <source>{p} is a folder, not a bundle.</source>
        <translation>{p} là một thư mục, không phải gói trao đổi.</translation>
    </message>
    <message>
        <source>{p} cannot be read (permission denied).</source>
        <translation>Không đọc được {p} (không có quyền).</translation>
    </message>
    <message>
        <source>The sender&apos;s private key is not in this store.</source>
        <translation>Khoá riêng của người gửi không có trong kho dữ liệu này.</translation>
    </message>
    <message>
        <source>The recipient is not a member this store knows.</source>
        <translation>Người nhận không phải là thành viên mà kho dữ liệu này biết.</translation>
    </message>
    <message>
        <source>This bundle is signed by a key this store does not know (fingerprint {sender_fingerprint}): refused. If it is a member&apos;s, import their public key first (keys import), after comparing the fingerprint with them.</source>
        <translation>Gói trao đổi này được ký bằng một khoá mà kho dữ liệu này không biết (dấu vân tay {sender_fingerprint}): bị từ chối. Nếu đó là khoá của một thành viên, hãy nhập khoá công khai của họ trước (keys import), sau khi đối chiếu dấu vân tay với họ.</translation>
    </message>
    <message>
        <source>The bundle&apos;s sender keys do not match the member&apos;s known keys: refused.</source>
        <translation>Các khoá người gửi của gói trao đổi không khớp với khoá đã biết của thành viên: bị từ chối.</translation>
    </message>
    <message>
        <source>This bundle is {who}, whose private key is not in this store: it cannot be opened here. Nothing was changed.</source>
        <translation>Gói trao đổi này là {who}, mà khoá riêng không có trong kho dữ liệu này: không mở được ở đây. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>This bundle is sealed under a passphrase: give it.</source>
        <translation>Gói trao đổi này được niêm phong bằng cụm mật khẩu: hãy nhập cụm mật khẩu.</translation>
    </message>
    <message>
        <source>Give {seen_for_member}&apos;s key passphrase to open it.</source>
        <translation>Hãy nhập cụm mật khẩu khoá của {seen_for_member} để mở.</translation>
    </message>
    <message>
        <source>The bundle could not be written: {reason}</source>
        <translation>Không ghi được gói trao đổi: {reason}</translation>
    </message>
    <message>
        <source>Choose an earlier item to carry forward from.</source>
        <translation>Hãy chọn một mục trước đó để chuyển tiếp từ đó.</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>Mục này không còn tồn tại.</translation>
    </message>
    <message>
        <source>That item has no position to carry forward.</source>
        <translation>Mục đó không có lập trường để chuyển tiếp.</translation>
    </message>
    <message>
        <source>head</source>
        <translation>trưởng đoàn</translation>
    </message>
    <message>
        <source>alternate</source>
        <translation>phó trưởng đoàn</translation>
    </message>
    <message>
        <source>member</source>
        <translation>thành viên</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>người đọc</translation>
    </message>
    <message>
        <source>You can read this team store but not change it (your role: {role}). Ask the head of delegation for a member&apos;s sign-in.</source>
        <translation>Bạn có thể đọc kho dữ liệu chung này nhưng không thể thay đổi (vai trò của bạn: {role}). Hãy đề nghị trưởng đoàn cấp cho bạn một tài khoản thành viên.</translation>
    </message>
    <message>
        <source>The store is closed: nothing was saved.</source>
        <translation>Kho dữ liệu đã đóng: chưa lưu gì.</translation>
    </message>
    <message>
        <source>Person {person_id} no longer exists.</source>
        <translation>Người {person_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>This counterpart is not linked to that item.</source>
        <translation>Đối tác này không được liên kết với mục đó.</translation>
    </message>
    <message>
        <source>Choose the person&apos;s delegation.</source>
        <translation>Hãy chọn đoàn của người này.</translation>
    </message>
    <message>
        <source>A delegation with code {code} already exists.</source>
        <translation>Đã có một đoàn mang mã {code}.</translation>
    </message>
    <message>
        <source>Event {event_id} no longer exists.</source>
        <translation>Sự kiện {event_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>Event {f_event_id} no longer exists.</source>
        <translation>Sự kiện {f_event_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>{what}: {value} is not a plausible year.</source>
        <translation>{what}: {value} không phải là một năm hợp lý.</translation>
    </message>
    <message>
        <source>The framework ends before it starts.</source>
        <translation>Khung kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>No framework {code}.</source>
        <translation>Không có khung {code}.</translation>
    </message>
    <message>
        <source>There is already a framework {code}.</source>
        <translation>Đã có khung {code}.</translation>
    </message>
    <message>
        <source>A framework cannot sit under itself.</source>
        <translation>Một khung không thể nằm dưới chính nó.</translation>
    </message>
    <message>
        <source>Framework {framework_id} no longer exists.</source>
        <translation>Khung {framework_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>{fw_code} already has {code}.</source>
        <translation>{fw_code} đã có {code}.</translation>
    </message>
    <message>
        <source>An element cannot sit under itself.</source>
        <translation>Một thành phần không thể nằm dưới chính nó.</translation>
    </message>
    <message>
        <source>Element {element_id} no longer exists.</source>
        <translation>Thành phần {element_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>{name} is {size}; an import takes at most {max_file_bytes}. Nothing was read.</source>
        <translation>{name} có dung lượng {size}; mỗi lần nhập tối đa {max_file_bytes}. Chưa đọc gì.</translation>
    </message>
    <message>
        <source>{name} has {lines:,} lines; an import takes at most {max_paragraphs:,}. Nothing was read.</source>
        <translation>{name} có {lines:,} dòng; mỗi lần nhập tối đa {max_paragraphs:,}. Chưa đọc gì.</translation>
    </message>
    <message>
        <source>{name} has {rows:,} {what}; an import takes at most {max_spreadsheet_rows:,}. Nothing was read.</source>
        <translation>{name} có {rows:,} {what}; mỗi lần nhập tối đa {max_spreadsheet_rows:,}. Chưa đọc gì.</translation>
    </message>
    <message>
        <source>{name} has {pages:,} pages; an import takes at most {max_pdf_pages:,}. Nothing was read.</source>
        <translation>{name} có {pages:,} trang; mỗi lần nhập tối đa {max_pdf_pages:,}. Chưa đọc gì.</translation>
    </message>
    <message>
        <source>{name} holds more than {max_xml_bytes} of text; an import takes at most {max_xml_bytes}. Nothing was read.</source>
        <translation>{name} chứa hơn {max_xml_bytes} văn bản; mỗi lần nhập tối đa {max_xml_bytes}. Chưa đọc gì.</translation>
    </message>
    <message>
        <source>{name} has more than {max_paragraphs:,} lines of text; an import takes at most {max_paragraphs:,}. Nothing was read.</source>
        <translation>{name} có hơn {max_paragraphs:,} dòng văn bản; mỗi lần nhập tối đa {max_paragraphs:,}. Chưa đọc gì.</translation>
    </message>
    <message>
        <source>{name} holds {declared} of XML once unpacked; an import takes at most {max_xml_bytes}. Nothing was read.</source>
        <translation>{name} chứa {declared} XML khi giải nén; mỗi lần nhập tối đa {max_xml_bytes}. Chưa đọc gì.</translation>
    </message>
    <message>
        <source>{name} has {count:,} paragraphs and table rows; an import takes at most {max_paragraphs:,}. Nothing was read.</source>
        <translation>{name} có {count:,} đoạn văn và hàng bảng; mỗi lần nhập tối đa {max_paragraphs:,}. Chưa đọc gì.</translation>
    </message>
    <message>
        <source>{name} holds more than {max_xml_bytes} of XML once unpacked. Nothing was read.</source>
        <translation>{name} chứa hơn {max_xml_bytes} XML khi giải nén. Chưa đọc gì.</translation>
    </message>
    <message>
        <source>Unknown tag {label}. Nothing was imported.</source>
        <translation>Thẻ {label} không xác định. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>{what}: it names {kind} {key}, which is not in the bundle.</source>
        <translation>{what}: nêu {kind} {key}, không có trong gói trao đổi.</translation>
    </message>
    <message>
        <source>{what}: no delegation with code {code} ({label}).</source>
        <translation>{what}: không có đoàn nào mang mã {code} ({label}).</translation>
    </message>
    <message>
        <source>{kind} {k!r}: keys must be whole numbers.</source>
        <translation>{kind} {k!r}: khoá phải là số nguyên.</translation>
    </message>
    <message>
        <source>{kind} {k}: the key is used twice in the bundle.</source>
        <translation>{kind} {k}: khoá được dùng hai lần trong gói trao đổi.</translation>
    </message>
    <message>
        <source>{what}: it names no {kind}.</source>
        <translation>{what}: không nêu {kind} nào.</translation>
    </message>
    <message>
        <source>{w}: it ends before it starts.</source>
        <translation>{w}: kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>{w}: the estimated time is not plausible.</source>
        <translation>{w}: thời gian ước tính không hợp lý.</translation>
    </message>
    <message>
        <source>{w}: the item has two positions in the bundle.</source>
        <translation>{w}: mục này có hai lập trường trong gói trao đổi.</translation>
    </message>
    <message>
        <source>{w}: it names no delegation.</source>
        <translation>{w}: không nêu đoàn nào.</translation>
    </message>
    <message>
        <source>{w}: given twice in the bundle.</source>
        <translation>{w}: xuất hiện hai lần trong gói trao đổi.</translation>
    </message>
    <message>
        <source>{w}: its agenda item is not on its meeting&apos;s agenda.</source>
        <translation>{w}: mục chương trình của nó không có trong chương trình nghị sự của cuộc họp.</translation>
    </message>
    <message>
        <source>{w}: the note is empty.</source>
        <translation>{w}: ghi chép trống.</translation>
    </message>
    <message>
        <source>{what}: {exc}</source>
        <translation>{what}: {exc}</translation>
    </message>
    <message>
        <source>{what}: {exc} Nothing was imported.</source>
        <translation>{what}: {exc} Chưa nhập gì.</translation>
    </message>
    <message>
        <source>{w}: its parent is on another agenda.</source>
        <translation>{w}: mục cha của nó thuộc chương trình nghị sự khác.</translation>
    </message>
    <message>
        <source>{w}: {exc} Nothing was imported.</source>
        <translation>{w}: {exc} Chưa nhập gì.</translation>
    </message>
    <message>
        <source>Agenda item {start}: its parents form a loop.</source>
        <translation>Mục chương trình {start}: các mục cha của nó tạo thành vòng lặp.</translation>
    </message>
    <message>
        <source>Copies must be between 1 and {max_copies}.</source>
        <translation>Số bản phải từ 1 đến {max_copies}.</translation>
    </message>
    <message>
        <source>A watermark prints the recipient&apos;s name: name the recipients first.</source>
        <translation>Hình mờ in tên người nhận: hãy nêu người nhận trước.</translation>
    </message>
    <message>
        <source>{value!r} is not one member of our delegation (our members: {names}).</source>
        <translation>{value!r} không khớp với thành viên nào của đoàn ta (thành viên của ta: {names}).</translation>
    </message>
    <message>
        <source>{value!r} is not exactly one member of our delegation (our members: {names}).</source>
        <translation>{value!r} khớp với nhiều hơn một thành viên của đoàn ta (thành viên của ta: {names}).</translation>
    </message>
    <message>
        <source>The issuer is a member of our delegation; {issuer_id} is not one (our members: {names}).</source>
        <translation>Người phát hành là một thành viên của đoàn ta; {issuer_id} không phải (thành viên của ta: {names}).</translation>
    </message>
    <message>
        <source>Unknown framework {fw_code} in tag {label!r} (known: {frameworks}).</source>
        <translation>Khung {fw_code} không xác định trong thẻ {label!r} (đã biết: {frameworks}).</translation>
    </message>
    <message>
        <source>Unknown tag {tag}: add it under Frameworks first.</source>
        <translation>Thẻ {tag} không xác định: hãy thêm vào mục Khung trước.</translation>
    </message>
    <message>
        <source>This is not a member key (too long).</source>
        <translation>Đây không phải là khoá thành viên (quá dài).</translation>
    </message>
    <message>
        <source>This is not a member key (it should start with {begin}).</source>
        <translation>Đây không phải là khoá thành viên (phải bắt đầu bằng {begin}).</translation>
    </message>
    <message>
        <source>This member key is not readable (missing: {missing}).</source>
        <translation>Không đọc được khoá thành viên này (thiếu: {missing}).</translation>
    </message>
    <message>
        <source>No member key matches {text!r} (known: {known}).</source>
        <translation>Không có khoá thành viên nào khớp với {text!r} (đã biết: {known}).</translation>
    </message>
    <message>
        <source>A key is made for a member of our own delegation; choose one of them.</source>
        <translation>Khoá được tạo cho một thành viên của đoàn ta; hãy chọn một người trong số đó.</translation>
    </message>
    <message>
        <source>This key text was changed after it was made (its signature fails): not imported.</source>
        <translation>Văn bản khoá này đã bị thay đổi sau khi tạo (chữ ký không hợp lệ): không được nhập.</translation>
    </message>
    <message>
        <source>This is not {person_full_name}&apos;s store: they approve in their own store, and their approval arrives here signed by their key in a bundle.</source>
        <translation>Đây không phải kho của {person_full_name}: họ phê duyệt trong kho của chính họ, và phê duyệt của họ đến đây trong một gói, được ký bằng khóa của họ.</translation>
    </message>
    <message>
        <source>{reason} Nothing was changed.</source>
        <translation>{reason} Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>This store is {owner_name}&apos;s (their own key is here): make {person_full_name}&apos;s key in {person_full_name}&apos;s own store. Nothing was done.</source>
        <translation>Kho này là của {owner_name} (khóa riêng của họ ở đây): hãy tạo khóa của {person_full_name} trong kho của chính {person_full_name}. Không có gì được thực hiện.</translation>
    </message>
    <message>
        <source>This key text&apos;s fingerprint does not match its keys: not imported.</source>
        <translation>Dấu vân tay của văn bản khoá này không khớp với các khoá của nó: không được nhập.</translation>
    </message>
    <message>
        <source>This key text names no member (a bad person id): not imported.</source>
        <translation>Văn bản khoá này không nêu thành viên nào (mã người sai): không được nhập.</translation>
    </message>
    <message>
        <source>This key is of a member of {code}, not of ours ({ours}): not imported.</source>
        <translation>Khoá này của một thành viên thuộc {code}, không phải của ta ({ours}): không được nhập.</translation>
    </message>
    <message>
        <source>This store has no delegation {code}: not imported.</source>
        <translation>Kho dữ liệu này không có đoàn {code}: không được nhập.</translation>
    </message>
    <message>
        <source>This member key is not readable (a line without a name).</source>
        <translation>Không đọc được khoá thành viên này (một dòng không có tên).</translation>
    </message>
    <message>
        <source>Member key {key_id} no longer exists.</source>
        <translation>Khoá thành viên {key_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>{person_full_name} already has a key in this store.</source>
        <translation>{person_full_name} đã có khoá trong kho dữ liệu này.</translation>
    </message>
    <message>
        <source>You are signed in as {signed_name}: you make only your own key here. Nothing was changed.</source>
        <translation>Bạn đăng nhập với tư cách {signed_name}: ở đây bạn chỉ tạo khóa của chính mình. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>This store knows {person_full_name}&apos;s public key (fingerprint {fingerprint}): their own key is made in their own store, not here. Nothing was done.</source>
        <translation>Kho dữ liệu này đã biết khoá công khai của {person_full_name} (dấu vân tay {fingerprint}): khoá riêng của họ được tạo trong kho dữ liệu của chính họ, không phải ở đây. Không có gì được thực hiện.</translation>
    </message>
    <message>
        <source>This member&apos;s private key is not in this store.</source>
        <translation>Khoá riêng của thành viên này không có trong kho dữ liệu này.</translation>
    </message>
    <message>
        <source>No record has that number: records are numbered from 1 to 2147483647. Nothing was changed.</source>
        <translation>Không có bản ghi nào mang số này: bản ghi được đánh số từ 1 đến 2147483647. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>This bundle is sealed to a key this store does not know (the keys whose private part is here: {own_keys}): ask {sender} to send it to one of them. Nothing was changed.</source>
        <translation>Gói trao đổi này được niêm phong cho một khoá mà kho dữ liệu này không biết (các khoá có phần riêng ở đây: {own_keys}): hãy nhờ {sender} gửi tới một trong các khoá đó. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>This bundle is sealed to a key this store does not know, and this store holds no member&apos;s private key: ask {sender} to send it to the store that holds yours. Nothing was changed.</source>
        <translation>Gói trao đổi này được niêm phong cho một khoá mà kho dữ liệu này không biết, và kho dữ liệu này không giữ khoá riêng của thành viên nào: hãy nhờ {sender} gửi tới kho dữ liệu giữ khoá của bạn. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>A team store on a server is not encrypted with a passphrase (its server and its members&apos; logins protect it): copy to it without one.</source>
        <translation>Kho dữ liệu chung trên máy chủ không được mã hoá bằng cụm mật khẩu (máy chủ và tài khoản đăng nhập của các thành viên bảo vệ nó): hãy sao chép vào đó mà không dùng cụm mật khẩu.</translation>
    </message>
    <message>
        <source>Signed in as {member}, a copy can hold only your own private key: give your own person with --for, or leave it out. Nothing was written.</source>
        <translation>Bạn đăng nhập với tư cách {member}, nên bản sao chỉ có thể giữ khoá riêng của chính bạn: hãy ghi chính bạn với --for, hoặc bỏ tuỳ chọn đó. Không có gì được ghi.</translation>
    </message>
    <message>
        <source>This is {key_name}&apos;s key: signed in as {signed_name}, you use only your own key here. Nothing was changed.</source>
        <translation>Đây là khoá của {key_name}: bạn đăng nhập với tư cách {signed_name}, ở đây bạn chỉ dùng khoá của chính mình. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Only the head of delegation or the store&apos;s owner adds a key in another person&apos;s name: this key is {key_name}&apos;s, and you are signed in as {signed_name}. Send it to the head to import. Nothing was changed.</source>
        <translation>Chỉ trưởng đoàn hoặc chủ sở hữu kho dữ liệu mới thêm một khoá đứng tên người khác: khoá này là của {key_name}, còn bạn đăng nhập với tên {signed_name}. Hãy gửi khoá cho trưởng đoàn để nhập. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The key could not be saved: {reason}</source>
        <translation>Không lưu được khoá: {reason}</translation>
    </message>
    <message>
        <source>This brief is not approved: there is no approval to sign.</source>
        <translation>Lập trường này chưa được phê duyệt: không có phê duyệt nào để ký.</translation>
    </message>
    <message>
        <source>This brief&apos;s approver is no longer in this store.</source>
        <translation>Người phê duyệt lập trường này không còn trong kho dữ liệu này.</translation>
    </message>
    <message>
        <source>{approver_full_name} has no key in this store: make one first (keys create).</source>
        <translation>{approver_full_name} chưa có khoá trong kho dữ liệu này: hãy tạo trước (keys create).</translation>
    </message>
    <message>
        <source>This point to make no longer exists (the brief was changed): reload the item.</source>
        <translation>Điểm cần nêu này không còn tồn tại (lập trường đã thay đổi): hãy tải lại mục.</translation>
    </message>
    <message>
        <source>The agenda item is not on this meeting&apos;s agenda.</source>
        <translation>Mục chương trình không có trong chương trình nghị sự của cuộc họp này.</translation>
    </message>
    <message>
        <source>This event has no Ministers&apos; meeting: create it (File &gt; New meeting…) first.</source>
        <translation>Sự kiện này không có cuộc họp Bộ trưởng: hãy tạo trước (Tệp &gt; Cuộc họp mới…).</translation>
    </message>
    <message>
        <source>No outcome of this meeting is marked for the Ministers&apos; consideration yet.</source>
        <translation>Chưa có kết quả nào của cuộc họp này được đánh dấu để các Bộ trưởng xem xét.</translation>
    </message>
    <message>
        <source>Outcome {outcome_id} no longer exists.</source>
        <translation>Kết quả {outcome_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>Meeting {som_meeting_id} no longer exists.</source>
        <translation>Cuộc họp {som_meeting_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>“{doc_title}” already says this ({current_label}): nothing new to write.</source>
        <translation>“{doc_title}” đã ghi như vậy ({current_label}): không có gì mới để viết.</translation>
    </message>
    <message>
        <source>Say what the Ministers decide: the text of the decision is empty.</source>
        <translation>Hãy nêu điều các Bộ trưởng quyết định: nội dung quyết định đang trống.</translation>
    </message>
    <message>
        <source>{action!r} is not what Ministers do ({choices}).</source>
        <translation>{action!r} không phải là việc các Bộ trưởng làm ({choices}).</translation>
    </message>
    <message>
        <source>That agenda item of the Ministers no longer exists.</source>
        <translation>Mục chương trình đó của các Bộ trưởng không còn tồn tại.</translation>
    </message>
    <message>
        <source>{target} is not on a Ministers&apos; meeting agenda.</source>
        <translation>{target} không có trong chương trình nghị sự của cuộc họp Bộ trưởng.</translation>
    </message>
    <message>
        <source>The document has no revision yet: import one first.</source>
        <translation>Tài liệu chưa có bản sửa đổi nào: hãy nhập một bản trước.</translation>
    </message>
    <message>
        <source>Say which delegation is ours first (View &gt; Our delegation): our amendments are tracked changes in its name.</source>
        <translation>Hãy nêu trước đoàn nào là đoàn ta (Xem &gt; Đoàn ta): các đề xuất sửa đổi của ta là thay đổi được theo dõi dưới tên đoàn đó.</translation>
    </message>
    <message>
        <source>{state!r} is not an amendment state ({choices}).</source>
        <translation>{state!r} không phải là một trạng thái của đề xuất sửa đổi ({choices}).</translation>
    </message>
    <message>
        <source>A heading is not negotiated: amend a paragraph under it.</source>
        <translation>Tiêu đề không được đàm phán: hãy sửa đổi một đoạn bên dưới nó.</translation>
    </message>
    <message>
        <source>Write the new paragraph we propose: the text is empty.</source>
        <translation>Hãy viết đoạn mới mà ta đề xuất: văn bản đang trống.</translation>
    </message>
    <message>
        <source>Our text is the paragraph as it stands: change some words (or leave it empty to propose deleting the paragraph).</source>
        <translation>Văn bản của ta giống đoạn hiện có: hãy thay đổi vài từ (hoặc để trống để đề xuất xoá đoạn).</translation>
    </message>
    <message>
        <source>The agenda item linked to the amendment no longer exists.</source>
        <translation>Mục chương trình liên kết với đề xuất sửa đổi không còn tồn tại.</translation>
    </message>
    <message>
        <source>Amendment {amendment_id} no longer exists.</source>
        <translation>Đề xuất sửa đổi {amendment_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>Revision {revision_id} no longer exists.</source>
        <translation>Bản sửa đổi {revision_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>{source_name} does not look like a revision of “{title}” ({last}): {why}. Nothing was imported. If it is another document, import it as a new one.</source>
        <translation>{source_name} có vẻ không phải là bản sửa đổi của “{title}” ({last}): {why}. Chưa nhập gì. Nếu đó là tài liệu khác, hãy nhập như một tài liệu mới.</translation>
    </message>
    <message>
        <source>{kind!r} is not a kind of outcome document ({choices}).</source>
        <translation>{kind!r} không phải là một loại tài liệu kết quả ({choices}).</translation>
    </message>
    <message>
        <source>“{doc_title}” belongs to the {other_title}, not to this meeting: nothing was imported.</source>
        <translation>“{doc_title}” thuộc về {other_title}, không thuộc cuộc họp này: chưa nhập gì.</translation>
    </message>
    <message>
        <source>No revision {missing!r} of this document (its revisions: {known}).</source>
        <translation>Tài liệu này không có bản sửa đổi {missing!r} (các bản sửa đổi: {known}).</translation>
    </message>
    <message>
        <source>{old_label} is not older than {new_label}: give the older one first.</source>
        <translation>{old_label} không cũ hơn {new_label}: hãy nêu bản cũ hơn trước.</translation>
    </message>
    <message>
        <source>{source_name} is the file already imported as {prev_label}: nothing was imported.</source>
        <translation>{source_name} là tệp đã được nhập dưới tên {prev_label}: chưa nhập gì.</translation>
    </message>
    <message>
        <source>“{document}” already has a revision labelled {wanted}: nothing was imported. Give the new one another label.</source>
        <translation>“{document}” đã có một bản sửa đổi mang nhãn {wanted}: chưa nhập gì. Hãy đặt nhãn khác cho bản mới.</translation>
    </message>
    <message>
        <source>{status!r} is not a paragraph status ({choices}).</source>
        <translation>{status!r} không phải là trạng thái của đoạn ({choices}).</translation>
    </message>
    <message>
        <source>Those paragraphs belong to different revisions.</source>
        <translation>Các đoạn đó thuộc các bản sửa đổi khác nhau.</translation>
    </message>
    <message>
        <source>Only the newest revision ({newest_label}) can be removed; {rev_label} has later revisions.</source>
        <translation>Chỉ có thể gỡ bản sửa đổi mới nhất ({newest_label}); {rev_label} đã có các bản sửa đổi sau.</translation>
    </message>
    <message>
        <source>{ours} of our amendments were written on {rev_label}: move or delete them first.</source>
        <translation>{ours} đề xuất sửa đổi của ta được viết trên {rev_label}: hãy chuyển hoặc xoá chúng trước.</translation>
    </message>
    <message>
        <source>That agenda item is not on this meeting&apos;s agenda.</source>
        <translation>Mục chương trình đó không có trong chương trình nghị sự của cuộc họp này.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a Word document ({exc_name}). Nothing was imported.</source>
        <translation>Không đọc được {name} dưới dạng tài liệu Word ({exc_name}). Chưa nhập gì.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a Word document (it may be damaged, or another kind of file). Nothing was imported. ({exc_name})</source>
        <translation>Không đọc được {name} dưới dạng tài liệu Word (có thể tệp bị hỏng, hoặc là loại tệp khác). Chưa nhập gì. ({exc_name})</translation>
    </message>
    <message>
        <source>There is no folder {target_parent}: nothing was written.</source>
        <translation>Không có thư mục {target_parent}: chưa ghi gì.</translation>
    </message>
    <message>
        <source>{target_name}: the export is a Word file; give a name ending in .docx.</source>
        <translation>{target_name}: tệp xuất là tệp Word; hãy đặt tên có đuôi .docx.</translation>
    </message>
    <message>
        <source>The pasted text is empty: there is nothing to import.</source>
        <translation>Văn bản được dán đang trống: không có gì để nhập.</translation>
    </message>
    <message>
        <source>No paragraph was found in the text: nothing to import.</source>
        <translation>Không tìm thấy đoạn nào trong văn bản: không có gì để nhập.</translation>
    </message>
    <message>
        <source>{path_name} cannot be read: {reason}.</source>
        <translation>Không đọc được {path_name}: {reason}.</translation>
    </message>
    <message>
        <source>{path_name} is neither a Word .docx nor UTF-8 text. Save it as .docx or as UTF-8 text and import that.</source>
        <translation>{path_name} không phải Word .docx cũng không phải văn bản UTF-8. Hãy lưu thành .docx hoặc văn bản UTF-8 rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Outcome document {document_id} no longer exists.</source>
        <translation>Tài liệu kết quả {document_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>Paragraph {paragraph_id} no longer exists.</source>
        <translation>Đoạn {paragraph_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>A heading has no brackets to lift.</source>
        <translation>Tiêu đề không có ngoặc để gỡ.</translation>
    </message>
    <message>
        <source>Delegation {delegation_id} no longer exists.</source>
        <translation>Đoàn {delegation_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>The note is empty: type what was said before saving.</source>
        <translation>Ghi chép đang trống: hãy gõ nội dung đã được phát biểu trước khi lưu.</translation>
    </message>
    <message>
        <source>The speaker&apos;s delegation does not exist.</source>
        <translation>Đoàn của người phát biểu không tồn tại.</translation>
    </message>
    <message>
        <source>The speaker does not exist.</source>
        <translation>Người phát biểu không tồn tại.</translation>
    </message>
    <message>
        <source>The speaker is not in that delegation.</source>
        <translation>Người phát biểu không thuộc đoàn đó.</translation>
    </message>
    <message>
        <source>Say what the meeting decided: the outcome text is empty.</source>
        <translation>Hãy nêu điều cuộc họp đã quyết định: nội dung kết quả đang trống.</translation>
    </message>
    <message>
        <source>{verb!r} is not an outcome verb ({choices}).</source>
        <translation>{verb!r} không phải là động từ kết quả ({choices}).</translation>
    </message>
    <message>
        <source>The note this outcome comes from no longer exists.</source>
        <translation>Ghi chép làm nguồn của kết quả này không còn tồn tại.</translation>
    </message>
    <message>
        <source>There is no issued pack {issue_id} in the register.</source>
        <translation>Không có bộ tài liệu đã phát hành {issue_id} trong sổ đăng ký.</translation>
    </message>
    <message>
        <source>No position has changed since {base_reference} was issued: no addendum is needed.</source>
        <translation>Không có lập trường nào thay đổi kể từ khi phát hành {base_reference}: không cần phụ lục bổ sung.</translation>
    </message>
    <message>
        <source>Nothing that {audience_label} may read has changed since {base_reference} was issued: no addendum is needed.</source>
        <translation>Không có nội dung nào mà {audience_label} được đọc thay đổi kể từ khi ban hành {base_reference}: không cần phụ lục bổ sung.</translation>
    </message>
    <message>
        <source>A pack appends at most {max_annexes} documents ({count_ids} chosen).</source>
        <translation>Một bộ tài liệu đính kèm tối đa {max_annexes} tài liệu (đã chọn {count_ids}).</translation>
    </message>
    <message>
        <source>A document is chosen twice as an annex.</source>
        <translation>Một tài liệu được chọn hai lần làm phụ lục.</translation>
    </message>
    <message>
        <source>Document {doc_id} no longer exists.</source>
        <translation>Tài liệu {doc_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>{label} is attached to a meeting of another event: a pack appends only its own event&apos;s documents.</source>
        <translation>{label} được đính kèm vào một cuộc họp của sự kiện khác: bộ tài liệu chỉ đính kèm tài liệu của chính sự kiện đó.</translation>
    </message>
    <message>
        <source>{label} is a Word file: only PDF documents are appended to a pack (save it as PDF and attach that).</source>
        <translation>{label} là tệp Word: chỉ tài liệu PDF mới được gắn vào bộ tài liệu (hãy lưu thành PDF rồi đính kèm tệp đó).</translation>
    </message>
    <message>
        <source>The chosen annexes come to more than {max_annex_bytes}: choose fewer.</source>
        <translation>Các phụ lục đã chọn vượt quá {max_annex_bytes}: hãy chọn ít hơn.</translation>
    </message>
    <message>
        <source>There is no event {event_id} in this store.</source>
        <translation>Không có sự kiện {event_id} trong kho dữ liệu này.</translation>
    </message>
    <message>
        <source>Item {stray} is not on the agenda of the chosen meetings.</source>
        <translation>Mục {stray} không có trong chương trình nghị sự của các cuộc họp đã chọn.</translation>
    </message>
    <message>
        <source>{out} is a folder: give a file name ending in {suffix}.</source>
        <translation>{out} là một thư mục: hãy đặt tên tệp có đuôi {suffix}.</translation>
    </message>
    <message>
        <source>The folder {out_parent} does not exist.</source>
        <translation>Thư mục {out_parent} không tồn tại.</translation>
    </message>
    <message>
        <source>Could not write {where}: {reason}. Nothing was issued and no existing file was changed.</source>
        <translation>Không ghi được {where}: {reason}. Chưa phát hành gì và không tệp hiện có nào bị thay đổi.</translation>
    </message>
    <message>
        <source>{out_name} does not end in {suffix}: the file written is {kind}. Give a name such as {out_stem}{suffix}.</source>
        <translation>{out_name} không có đuôi {suffix}: tệp được ghi là {kind}. Hãy đặt tên như {out_stem}{suffix}.</translation>
    </message>
    <message>
        <source>Meeting {stray} is not part of event {event_id} ({event_title}).</source>
        <translation>Cuộc họp {stray} không thuộc sự kiện {event_id} ({event_title}).</translation>
    </message>
    <message>
        <source>{reference} was issued meanwhile (by another member?): nothing was recorded. Issue it again: it takes the next free number.</source>
        <translation>{reference} đã được ban hành trong lúc này (bởi thành viên khác?): không có gì được ghi lại. Hãy ban hành lại: sẽ lấy số trống tiếp theo.</translation>
    </message>
    <message>
        <source>{r_reference} was issued by another member meanwhile: nothing was recorded. Prepare the addendum again (it takes the next number).</source>
        <translation>{r_reference} đã được một thành viên khác phát hành trong lúc đó: chưa ghi nhận gì. Hãy chuẩn bị lại phụ lục bổ sung (nó sẽ nhận số tiếp theo).</translation>
    </message>
    <message>
        <source>{r_reference} was issued by another member meanwhile: nothing was recorded. Issue the pack again (it takes the next reference).</source>
        <translation>{r_reference} đã được một thành viên khác phát hành trong lúc đó: chưa ghi nhận gì. Hãy phát hành lại bộ tài liệu (nó sẽ nhận số tham chiếu tiếp theo).</translation>
    </message>
    <message>
        <source>{reference} was already issued (issue {issue_id}, for {audience_reader}): each issue takes a number of its own. Give another reference, or leave it empty for the next free one ({next_free}). Nothing was built.</source>
        <translation>{reference} đã được ban hành (lần ban hành {issue_id}, cho {audience_reader}): mỗi lần ban hành có số riêng. Hãy nhập số hiệu khác, hoặc để trống để lấy số trống tiếp theo ({next_free}). Không có gì được tạo.</translation>
    </message>
    <message>
        <source>An addendum cannot be marked {cls}: the pack it adds to is {base}. Mark it {base} or higher ({choices}).</source>
        <translation>Phụ lục bổ sung không thể mang độ mật {cls}: bộ tài liệu mà nó bổ sung có độ mật {base}. Hãy đặt {base} hoặc cao hơn ({choices}).</translation>
    </message>
    <message>
        <source>{cls} is not one of this store&apos;s classifications: {choices} (Settings change the list).</source>
        <translation>{cls} không phải là một độ mật của kho dữ liệu này: {choices} (đổi danh sách trong Cài đặt).</translation>
    </message>
    <message>
        <source>{what} for {reader} cannot be marked {cls}: this store issues it at {minimum} or higher ({choices}). Mark it higher, choose another audience, or change the minimum in Settings.</source>
        <translation>{what} cho {reader} không thể mang độ mật {cls}: kho dữ liệu này phát hành ở mức {minimum} hoặc cao hơn ({choices}). Hãy đặt cao hơn, chọn đối tượng đọc khác, hoặc đổi mức tối thiểu trong Cài đặt.</translation>
    </message>
    <message>
        <source>Notes per item must be between 0 and {max_notes_per_item:,}.</source>
        <translation>Số ghi chép cho mỗi mục phải từ 0 đến {max_notes_per_item:,}.</translation>
    </message>
    <message>
        <source>There is no event {r_event_id} in this store.</source>
        <translation>Không có sự kiện {r_event_id} trong kho dữ liệu này.</translation>
    </message>
    <message>
        <source>A pack for {reader} cannot hold {refused}. Its sections: {allowed}.</source>
        <translation>Bộ tài liệu cho {reader} không thể chứa {refused}. Các phần của nó: {allowed}.</translation>
    </message>
    <message>
        <source>Choose at least one section for the pack.</source>
        <translation>Hãy chọn ít nhất một phần cho bộ tài liệu.</translation>
    </message>
    <message>
        <source>There is no issued pack {base_issue} in the register.</source>
        <translation>Không có bộ tài liệu đã phát hành {base_issue} trong sổ đăng ký.</translation>
    </message>
    <message>
        <source>Issue {base_issue} ({issue_reference}) is a meeting report: an addendum is to a briefing pack.</source>
        <translation>Bản phát hành {base_issue} ({issue_reference}) là báo cáo cuộc họp: phụ lục bổ sung chỉ dành cho bộ tài liệu chuẩn bị.</translation>
    </message>
    <message>
        <source>An addendum keeps its pack&apos;s audience: {issue_reference} was issued for {audience_reader}, not {audience_reader2}.</source>
        <translation>Phụ lục bổ sung giữ đối tượng đọc của bộ tài liệu: {issue_reference} được phát hành cho {audience_reader}, không phải {audience_reader2}.</translation>
    </message>
    <message>
        <source>A pack for {audience_label} holds no annexes: the meeting documents are appended only with the list of annexes. Nothing was built.</source>
        <translation>Bộ tài liệu cho {audience_label} không có phụ lục: tài liệu cuộc họp chỉ được gắn kèm khi có danh sách phụ lục. Chưa tạo gì.</translation>
    </message>
    <message>
        <source>This position was changed elsewhere since you opened it (now version {p_version_no}). Reload it before saving.</source>
        <translation>Lập trường này đã được sửa ở nơi khác từ khi bạn mở (hiện là phiên bản {p_version_no}). Hãy tải lại trước khi lưu.</translation>
    </message>
    <message>
        <source>This position was approved (version {p_approved_version_no}, by {value}). Editing it returns it to draft; the approved version stays in the history.</source>
        <translation>Lập trường này đã được phê duyệt (phiên bản {p_approved_version_no}, bởi {value}). Sửa nó sẽ đưa về dự thảo; phiên bản đã phê duyệt vẫn nằm trong lịch sử.</translation>
    </message>
    <message>
        <source>Version {version_no} of this position does not exist.</source>
        <translation>Phiên bản {version_no} của lập trường này không tồn tại.</translation>
    </message>
    <message>
        <source>No delegation with code {t_delegation_code}.</source>
        <translation>Không có đoàn nào mang mã {t_delegation_code}.</translation>
    </message>
    <message>
        <source>Putting the approval back is an approval again: it needs the approver&apos;s own PIN (Approve…). Nothing was changed.</source>
        <translation>Khôi phục phê duyệt là phê duyệt lại: cần mã PIN của chính người phê duyệt (Phê duyệt…). Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>This item has no position to restore.</source>
        <translation>Mục này không có lập trường để khôi phục.</translation>
    </message>
    <message>
        <source>Write the position first: there is nothing to submit yet.</source>
        <translation>Hãy viết lập trường trước: chưa có gì để gửi.</translation>
    </message>
    <message>
        <source>The brief was saved again since this step: it cannot be undone or redone any more. Change its status with the buttons.</source>
        <translation>Lập trường đã được lưu lại sau bước này: không thể hoàn tác hay làm lại nữa. Hãy đổi trạng thái bằng các nút.</translation>
    </message>
    <message>
        <source>Putting the approval back is an approval again, in the approver&apos;s own name: you are signed in as {signed_name}. Nothing was changed.</source>
        <translation>Khôi phục phê duyệt là phê duyệt lại, dưới tên chính người phê duyệt: bạn đăng nhập với tên {signed_name}. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>This item no longer has a position.</source>
        <translation>Mục này không còn lập trường.</translation>
    </message>
    <message>
        <source>There is no position on this item to approve yet.</source>
        <translation>Mục này chưa có lập trường để phê duyệt.</translation>
    </message>
    <message>
        <source>Choose who approves the position.</source>
        <translation>Hãy chọn người phê duyệt lập trường.</translation>
    </message>
    <message>
        <source>The position is already {status_label}.</source>
        <translation>Lập trường đã ở trạng thái {status_label}.</translation>
    </message>
    <message>
        <source>An approved position goes back to draft before review.</source>
        <translation>Lập trường đã phê duyệt phải trở về dự thảo trước khi xem xét.</translation>
    </message>
    <message>
        <source>This is a trip copy of the team store {team}: an approval made here could not be brought back (the team store takes an approval only from the approver signed in to it). Nothing was approved. Send the brief for review here, and approve it in the team store once the copy is back.</source>
        <translation>Đây là bản sao mang đi của kho dữ liệu chung {team}: một phê duyệt thực hiện tại đây không thể mang về (kho dữ liệu chung chỉ nhận phê duyệt từ người phê duyệt đã đăng nhập vào kho đó). Chưa có gì được phê duyệt. Hãy gửi lập trường để xem xét tại đây, và phê duyệt trong kho dữ liệu chung khi bản sao đã được mang về.</translation>
    </message>
    <message>
        <source>Only the head of delegation or the alternate approves a brief: you are signed in as {signed_name} ({signed_role}).</source>
        <translation>Chỉ trưởng đoàn hoặc phó trưởng đoàn mới phê duyệt lập trường: bạn đăng nhập với tên {signed_name} ({signed_role}).</translation>
    </message>
    <message>
        <source>An approval is your own act: you are signed in as {signed_name}, so you approve in your own name; another approver signs in to approve.</source>
        <translation>Phê duyệt là hành vi của chính bạn: bạn đăng nhập với tên {signed_name}, nên bạn phê duyệt dưới tên mình; người phê duyệt khác phải đăng nhập để phê duyệt.</translation>
    </message>
    <message>
        <source>This position is already approved (version {p_approved_version_no}).</source>
        <translation>Lập trường này đã được phê duyệt (phiên bản {p_approved_version_no}).</translation>
    </message>
    <message>
        <source>Set our delegation (View &gt; Our delegation) before approving positions.</source>
        <translation>Hãy đặt đoàn ta (Xem &gt; Đoàn ta) trước khi phê duyệt lập trường.</translation>
    </message>
    <message>
        <source>A position is approved by a member of our own delegation ({ours}); choose one of them.</source>
        <translation>Lập trường được một thành viên của đoàn ta ({ours}) phê duyệt; hãy chọn một người trong số đó.</translation>
    </message>
    <message>
        <source>Only the head of delegation or the alternate approves a brief: {person_name}&apos;s role in our delegation is {role}. Nothing was approved.</source>
        <translation>Chỉ trưởng đoàn hoặc phó trưởng đoàn mới phê duyệt lập trường: vai trò của {person_name} trong đoàn ta là {role}. Chưa có gì được phê duyệt.</translation>
    </message>
    <message>
        <source>The approver has no key of their own in this store: there is nothing to sign the approval with. Nothing was approved.</source>
        <translation>Người phê duyệt không có khóa riêng trong kho này: không có gì để ký phê duyệt. Không có gì được phê duyệt.</translation>
    </message>
    <message>
        <source>Give the start time as well as the end time.</source>
        <translation>Hãy nhập cả giờ bắt đầu lẫn giờ kết thúc.</translation>
    </message>
    <message>
        <source>“{label}” cannot end before it starts.</source>
        <translation>“{label}” không thể kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>A meeting&apos;s programme holds at most {max_entries} entries.</source>
        <translation>Chương trình của một cuộc họp có tối đa {max_entries} mục.</translation>
    </message>
    <message>
        <source>Programme entry {entry_id} no longer exists.</source>
        <translation>Mục chương trình {entry_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>The mapping does not match the file&apos;s columns.</source>
        <translation>Cách ánh xạ không khớp với các cột của tệp.</translation>
    </message>
    <message>
        <source>{name}: no column holds the project code (the headers read were: {headers}). Map one column to Code; projects are matched by their code. Nothing was imported.</source>
        <translation>{name}: không có cột nào chứa mã dự án (các tiêu đề đọc được: {headers}). Hãy ánh xạ một cột vào Mã; dự án được đối chiếu theo mã. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>Two columns are mapped to {fields}.</source>
        <translation>Hai cột được ánh xạ vào {fields}.</translation>
    </message>
    <message>
        <source>{v!r} is not a field (choose from {fields}).</source>
        <translation>{v!r} không phải là một trường (chọn trong {fields}).</translation>
    </message>
    <message>
        <source>The file has no column {k!r}.</source>
        <translation>Tệp không có cột {k!r}.</translation>
    </message>
    <message>
        <source>{name} was not imported; nothing was written:
- {problems}</source>
        <translation>{name} chưa được nhập; chưa ghi gì:
- {problems}</translation>
    </message>
    <message>
        <source>{name} was not imported; nothing was written:
- {problems}
- and {more} more</source>
        <translation>{name} chưa được nhập; chưa ghi gì:
- {problems}
- và {more} lỗi khác</translation>
    </message>
    <message>
        <source>No delegation or partner with code {value}.</source>
        <translation>Không có đoàn hay đối tác nào mang mã {value}.</translation>
    </message>
    <message>
        <source>No Member State with code {unknown}.</source>
        <translation>Không có quốc gia thành viên nào mang mã {unknown}.</translation>
    </message>
    <message>
        <source>Row {row_no}: the new project {code} has no title. Nothing was imported.</source>
        <translation>Hàng {row_no}: dự án mới {code} không có tên. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>{name} is empty. Nothing was read.</source>
        <translation>{name} trống. Chưa đọc gì.</translation>
    </message>
    <message>
        <source>{name} is an old Excel 97-2003 workbook (.xls). Open it in Excel and save it as .xlsx (or .csv), then import that.</source>
        <translation>{name} là sổ tính Excel 97-2003 cũ (.xls). Hãy mở trong Excel và lưu thành .xlsx (hoặc .csv), rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet: choose an .xlsx workbook or a .csv file.</source>
        <translation>{name} không phải là bảng tính: hãy chọn một sổ tính .xlsx hoặc một tệp .csv.</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet: no row has two columns or more.</source>
        <translation>{name} không phải là bảng tính: không hàng nào có từ hai cột trở lên.</translation>
    </message>
    <message>
        <source>{name} holds no rows. Nothing was read.</source>
        <translation>{name} không có hàng nào. Chưa đọc gì.</translation>
    </message>
    <message>
        <source>{name}: no header row found in the first {header_search} rows (a row naming the columns: Code, Title, Partner...).</source>
        <translation>{name}: không tìm thấy hàng tiêu đề trong {header_search} hàng đầu (một hàng nêu tên các cột: Code, Title, Partner...).</translation>
    </message>
    <message>
        <source>{name} is password-protected. Open it in Excel, remove the password and save a copy, then import that copy.</source>
        <translation>{name} được bảo vệ bằng mật khẩu. Hãy mở trong Excel, gỡ mật khẩu và lưu một bản sao, rồi nhập bản sao đó.</translation>
    </message>
    <message>
        <source>{name} is damaged: it cannot be opened as a workbook.</source>
        <translation>{name} bị hỏng: không mở được dưới dạng sổ tính.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a workbook ({exc}).</source>
        <translation>Không đọc được {name} dưới dạng sổ tính ({exc}).</translation>
    </message>
    <message>
        <source>{name} is not a text .csv file (its characters cannot be read). Save it from Excel as &apos;CSV UTF-8&apos;.</source>
        <translation>{name} không phải là tệp văn bản .csv (không đọc được các ký tự). Hãy lưu từ Excel dưới dạng &apos;CSV UTF-8&apos;.</translation>
    </message>
    <message>
        <source>{name} is not a readable .csv file ({exc}).</source>
        <translation>{name} không phải là tệp .csv đọc được ({exc}).</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx). Choose an .xlsx or a .csv file.</source>
        <translation>{name} không phải là sổ tính Excel (.xlsx). Hãy chọn tệp .xlsx hoặc .csv.</translation>
    </message>
    <message>
        <source>Project {project_id} no longer exists.</source>
        <translation>Dự án {project_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>Say which meeting reviewed the project.</source>
        <translation>Hãy nêu cuộc họp đã xem xét dự án.</translation>
    </message>
    <message>
        <source>No framework {framework_code}.</source>
        <translation>Không có khung {framework_code}.</translation>
    </message>
    <message>
        <source>There is already a project {f_code}.</source>
        <translation>Đã có dự án {f_code}.</translation>
    </message>
    <message>
        <source>Progress entry {progress_id} no longer exists.</source>
        <translation>Mục tiến độ {progress_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>Meeting {e_meeting_id} no longer exists.</source>
        <translation>Cuộc họp {e_meeting_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>{meeting_title} already has a progress entry on this project: edit that one.</source>
        <translation>{meeting_title} đã có một mục tiến độ cho dự án này: hãy sửa mục đó.</translation>
    </message>
    <message>
        <source>A project needs a code.</source>
        <translation>Dự án cần có mã.</translation>
    </message>
    <message>
        <source>Amount {text!r} is not a plausible amount.</source>
        <translation>Số tiền {text!r} không phải là một số tiền hợp lý.</translation>
    </message>
    <message>
        <source>{what} ends ({end_isoformat}) before it starts ({start_isoformat}).</source>
        <translation>{what} kết thúc ({end_isoformat}) trước khi bắt đầu ({start_isoformat}).</translation>
    </message>
    <message>
        <source>Currency {f_currency!r}: use a three-letter code (USD).</source>
        <translation>Tiền tệ {f_currency!r}: hãy dùng mã ba chữ cái (USD).</translation>
    </message>
    <message>
        <source>Amount {text!r} is not a number.</source>
        <translation>Số tiền {text!r} không phải là một số.</translation>
    </message>
    <message>
        <source>{what}: {d_isoformat} is not a plausible date.</source>
        <translation>{what}: {d_isoformat} không phải là một ngày hợp lý.</translation>
    </message>
    <message>
        <source>At most {max_list} {name} per project.</source>
        <translation>Tối đa {max_list} {name} cho mỗi dự án.</translation>
    </message>
    <message>
        <source>There is no meeting {meeting_id} in this store.</source>
        <translation>Không có cuộc họp {meeting_id} trong kho dữ liệu này.</translation>
    </message>
    <message>
        <source>Unknown report kind {request_kind!r}: use capital or outcomes.</source>
        <translation>Loại báo cáo không xác định {request_kind!r}: hãy dùng capital hoặc outcomes.</translation>
    </message>
    <message>
        <source>A Word copy is saved to a file: give its name.</source>
        <translation>Bản Word được lưu vào một tệp: hãy đặt tên cho nó.</translation>
    </message>
    <message>
        <source>Unknown format {request!r}: use pdf or docx.</source>
        <translation>Định dạng không xác định {request!r}: hãy dùng pdf hoặc docx.</translation>
    </message>
    <message>
        <source>A Word copy is saved to a file, not printed.</source>
        <translation>Bản Word được lưu vào một tệp, không được in.</translation>
    </message>
    <message>
        <source>This store is not encrypted: encrypt it first.</source>
        <translation>Kho dữ liệu này chưa được mã hoá: hãy mã hoá trước.</translation>
    </message>
    <message>
        <source>This store is already encrypted.</source>
        <translation>Kho dữ liệu này đã được mã hoá.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: {exc}.</source>
        <translation>Không đổi được cụm mật khẩu: {exc}.</translation>
    </message>
    <message>
        <source>The store could not be encrypted: {exc}.</source>
        <translation>Không mã hoá được kho dữ liệu: {exc}.</translation>
    </message>
    <message>
        <source>Keep at least one classification.</source>
        <translation>Hãy giữ lại ít nhất một độ mật.</translation>
    </message>
    <message>
        <source>{value} is not one of the classifications: {choices}</source>
        <translation>{value} không phải là một trong các độ mật: {choices}</translation>
    </message>
    <message>
        <source>{d_code} has asked for the floor already: number {n} in the list.</source>
        <translation>{d_code} đã xin phát biểu: số {n} trong danh sách.</translation>
    </message>
    <message>
        <source>Type the delegation that asks for the floor: its code (VN) or its name.</source>
        <translation>Hãy gõ đoàn xin phát biểu: mã (VN) hoặc tên.</translation>
    </message>
    <message>
        <source>That is not a delegation ({count_text:,} characters): type its code (VN) or its name.</source>
        <translation>Đó không phải là một đoàn ({count_text:,} ký tự): hãy gõ mã (VN) hoặc tên.</translation>
    </message>
    <message>
        <source>{d_code} has the floor now.</source>
        <translation>{d_code} đang phát biểu.</translation>
    </message>
    <message>
        <source>This delegation has asked for the floor already: it is in the list.</source>
        <translation>Đoàn này đã xin phát biểu: đã có trong danh sách.</translation>
    </message>
    <message>
        <source>This request for the floor is no longer in the list.</source>
        <translation>Yêu cầu phát biểu này không còn trong danh sách.</translation>
    </message>
    <message>
        <source>{d_code} has the floor now: end its turn (Next speaker) instead.</source>
        <translation>{d_code} đang phát biểu: hãy kết thúc lượt của đoàn này (Người phát biểu tiếp theo).</translation>
    </message>
    <message>
        <source>{d_code} is no longer waiting for the floor.</source>
        <translation>{d_code} không còn chờ phát biểu.</translation>
    </message>
    <message>
        <source>Nobody has asked for the floor: add a delegation to the list first.</source>
        <translation>Chưa ai xin phát biểu: hãy thêm một đoàn vào danh sách trước.</translation>
    </message>
    <message>
        <source>This delegation is no longer in the store.</source>
        <translation>Đoàn này không còn trong kho dữ liệu.</translation>
    </message>
    <message>
        <source>No delegation matches “{text}”: type its code (VN) or its name.</source>
        <translation>Không có đoàn nào khớp với “{text}”: hãy gõ mã (VN) hoặc tên.</translation>
    </message>
    <message>
        <source>“{text}” could be {codes}: type the code.</source>
        <translation>“{text}” có thể là {codes}: hãy gõ mã.</translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>Cuộc họp không còn tồn tại.</translation>
    </message>
    <message>
        <source>Our own stance is part of our position: set it in the position editor.</source>
        <translation>Quan điểm của ta là một phần của lập trường: hãy đặt trong trình soạn lập trường.</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>Sự kiện không thể kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>Unknown time zone “{text_timezone}”: use an IANA name such as Asia/Ho_Chi_Minh.</source>
        <translation>Múi giờ không xác định “{text_timezone}”: hãy dùng tên IANA như Asia/Ho_Chi_Minh.</translation>
    </message>
    <message>
        <source>The meeting number must be between 1 and 999.</source>
        <translation>Số của cuộc họp phải từ 1 đến 999.</translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation>Cuộc họp không thể kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>Nothing to put back.</source>
        <translation>Không có gì để đặt lại.</translation>
    </message>
    <message>
        <source>The event of “{deleted_label}” no longer exists: the meeting cannot be put back.</source>
        <translation>Sự kiện của “{deleted_label}” không còn tồn tại: không thể khôi phục cuộc họp.</translation>
    </message>
    <message>
        <source>The delegation of {deleted_label} no longer exists.</source>
        <translation>Đoàn của {deleted_label} không còn tồn tại.</translation>
    </message>
    <message>
        <source>{p_full_name} is already first.</source>
        <translation>{p_full_name} đã ở đầu tiên.</translation>
    </message>
    <message>
        <source>{p_full_name} is already last.</source>
        <translation>{p_full_name} đã ở cuối cùng.</translation>
    </message>
    <message>
        <source>The brief on {item} is approved in {origin} by {who}, but the team store records an approval only from the approver signed in to it: the brief here stays as it is (its text is the same).</source>
        <translation>Lập trường về {item} được {who} phê duyệt trong {origin}, nhưng kho dữ liệu chung chỉ ghi nhận phê duyệt của người phê duyệt đã đăng nhập vào đó: lập trường ở đây giữ nguyên (nội dung giống nhau).</translation>
    </message>
    <message>
        <source>The approval of the brief on {item} in {origin} is not signed by its approver&apos;s key: the brief here stays as it is (its text is the same).</source>
        <translation>Việc phê duyệt lập trường về {item} trong {origin} không được ký bằng khóa của người phê duyệt: lập trường ở đây giữ nguyên (nội dung giống nhau).</translation>
    </message>
    <message>
        <source>The brief on {item} comes in for review: {how}, but the team store records an approval only from the approver signed in to it. {who} approves it signed in to the team store.</source>
        <translation>Lập trường về {item} được nhận ở trạng thái chờ xem xét: {how}, nhưng kho dữ liệu chung chỉ ghi nhận phê duyệt của người phê duyệt đã đăng nhập vào đó. {who} hãy phê duyệt khi đăng nhập vào kho dữ liệu chung.</translation>
    </message>
    <message>
        <source>{who} approved it (signed by {who}&apos;s key, checked)</source>
        <translation>{who} đã phê duyệt (ký bằng khóa của {who}, đã kiểm tra)</translation>
    </message>
    <message>
        <source>it is approved in {origin} in the name of {who}</source>
        <translation>được phê duyệt trong {origin} nhân danh {who}</translation>
    </message>
    <message>
        <source>A key is not readable (wrong size).</source>
        <translation>Không đọc được một khoá (sai kích thước).</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents are too large or not whole: refused.</source>
        <translation>Nội dung của gói trao đổi quá lớn hoặc không đầy đủ: bị từ chối.</translation>
    </message>
    <message>
        <source>A key is not readable.</source>
        <translation>Không đọc được một khoá.</translation>
    </message>
    <message>
        <source>This file is not an ADGSOM exchange bundle.</source>
        <translation>Tệp này không phải là gói trao đổi ADGSOM.</translation>
    </message>
    <message>
        <source>The file is cut short (truncated: {count_data:,} bytes): it is not a whole bundle.</source>
        <translation>Tệp bị cắt ngắn (chỉ còn {count_data:,} byte): không phải là một gói trao đổi nguyên vẹn.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of ADGSOM Desktop (bundle format {fmt}; this version reads format {format}). Update the app to open it.</source>
        <translation>Gói trao đổi này được tạo bởi phiên bản ADGSOM Desktop mới hơn (định dạng gói {fmt}; phiên bản này đọc định dạng {format}). Hãy cập nhật ứng dụng để mở.</translation>
    </message>
    <message>
        <source>The file is cut short (truncated: {count_data:,} of {expected:,} bytes): copy it again from its source.</source>
        <translation>Tệp bị cắt ngắn (chỉ còn {count_data:,} trên {expected:,} byte): hãy sao chép lại từ nguồn.</translation>
    </message>
    <message>
        <source>The file has bytes after the bundle&apos;s end: it was changed. Refused.</source>
        <translation>Tệp có dữ liệu sau điểm kết thúc của gói: tệp đã bị thay đổi. Bị từ chối.</translation>
    </message>
    <message>
        <source>The bundle was changed after it was signed (or damaged on the way): refused, nothing was changed. Ask the sender for it again.</source>
        <translation>Gói trao đổi đã bị thay đổi sau khi ký (hoặc bị hỏng trên đường): bị từ chối, không có gì thay đổi. Hãy xin người gửi gửi lại.</translation>
    </message>
    <message>
        <source>This bundle asks for an unreasonable passphrase setting: refused.</source>
        <translation>Gói trao đổi này yêu cầu một thiết lập cụm mật khẩu bất hợp lý: bị từ chối.</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents are not readable.</source>
        <translation>Không đọc được nội dung của gói trao đổi.</translation>
    </message>
    <message>
        <source>The file is cut short (truncated): it is not a whole bundle.</source>
        <translation>Tệp bị cắt ngắn: không phải là một gói trao đổi nguyên vẹn.</translation>
    </message>
    <message>
        <source>The bundle cannot be opened with this key: refused.</source>
        <translation>Không mở được gói trao đổi bằng khoá này: bị từ chối.</translation>
    </message>
    <message>
        <source>point delivered: bad item</source>
        <translation>điểm đã phát biểu: mục không hợp lệ</translation>
    </message>
    <message>
        <source>point delivered: bad text</source>
        <translation>điểm đã phát biểu: văn bản không hợp lệ</translation>
    </message>
    <message>
        <source>point delivered: no time</source>
        <translation>điểm đã phát biểu: không có thời gian</translation>
    </message>
    <message>
        <source>The sender&apos;s audit log in this file does not verify (entry {e}): refused, nothing was changed.</source>
        <translation>Nhật ký kiểm toán của người gửi trong tệp này không được xác minh (mục {e}): bị từ chối, không có gì thay đổi.</translation>
    </message>
    <message>
        <source>the trip copy {name}</source>
        <translation>bản sao mang đi {name}</translation>
    </message>
    <message>
        <source>The records are not readable (not a document).</source>
        <translation>Không đọc được các bản ghi (không phải một tài liệu).</translation>
    </message>
    <message>
        <source>The records are not readable (no format version).</source>
        <translation>Không đọc được các bản ghi (không có phiên bản định dạng).</translation>
    </message>
    <message>
        <source>These records were written by a newer version of ADGSOM Desktop (format {fmt}; this version reads format {format}). Update the app, then import again.</source>
        <translation>Các bản ghi này được viết bởi phiên bản ADGSOM Desktop mới hơn (định dạng {fmt}; phiên bản này đọc định dạng {format}). Hãy cập nhật ứng dụng rồi nhập lại.</translation>
    </message>
    <message>
        <source>The records are not readable (no list of records).</source>
        <translation>Không đọc được các bản ghi (không có danh sách bản ghi).</translation>
    </message>
    <message>
        <source>The records are not readable (the audit entries held).</source>
        <translation>Không đọc được các bản ghi (các mục nhật ký kiểm toán đang giữ).</translation>
    </message>
    <message>
        <source>The records are not readable (the files).</source>
        <translation>Không đọc được các bản ghi (các tệp).</translation>
    </message>
    <message>
        <source>The records are not readable (a list was expected).</source>
        <translation>Không đọc được các bản ghi (cần một danh sách).</translation>
    </message>
    <message>
        <source>The records are not readable (a bad {what}).</source>
        <translation>Không đọc được các bản ghi ({what} sai).</translation>
    </message>
    <message>
        <source>{what}: expected text</source>
        <translation>{what}: cần là văn bản</translation>
    </message>
    <message>
        <source>{what}: text not as the app stores it</source>
        <translation>{what}: văn bản không ở dạng ứng dụng lưu trữ</translation>
    </message>
    <message>
        <source>not a record</source>
        <translation>không phải một bản ghi</translation>
    </message>
    <message>
        <source>bad version</source>
        <translation>phiên bản sai</translation>
    </message>
    <message>
        <source>bad scope</source>
        <translation>phạm vi sai</translation>
    </message>
    <message>
        <source>{what}: bad link</source>
        <translation>{what}: liên kết sai</translation>
    </message>
    <message>
        <source>content is not a record</source>
        <translation>nội dung không phải một bản ghi</translation>
    </message>
    <message>
        <source>brief: missing</source>
        <translation>lập trường: thiếu</translation>
    </message>
    <message>
        <source>The records are not readable (delegations).</source>
        <translation>Không đọc được các bản ghi (các đoàn).</translation>
    </message>
    <message>
        <source>The records are not readable (a signature).</source>
        <translation>Không đọc được các bản ghi (một chữ ký).</translation>
    </message>
    <message>
        <source>The records are not readable (an audit entry).</source>
        <translation>Không đọc được các bản ghi (một mục nhật ký kiểm toán).</translation>
    </message>
    <message>
        <source>The records are not readable (the sender).</source>
        <translation>Không đọc được các bản ghi (người gửi).</translation>
    </message>
    <message>
        <source>The records are not readable ({class_name}).</source>
        <translation>Không đọc được các bản ghi ({class_name}).</translation>
    </message>
    <message>
        <source>A document&apos;s file is missing from the records.</source>
        <translation>Tệp của một tài liệu bị thiếu trong các bản ghi.</translation>
    </message>
    <message>
        <source>The records are not readable (the briefs&apos; history).</source>
        <translation>Không đọc được các bản ghi (lịch sử của các lập trường).</translation>
    </message>
    <message>
        <source>The records are not readable (an unknown audience).</source>
        <translation>Không đọc được các bản ghi (một đối tượng đọc không xác định).</translation>
    </message>
    <message>
        <source>The records are not readable (a file).</source>
        <translation>Không đọc được các bản ghi (một tệp).</translation>
    </message>
    <message>
        <source>A document&apos;s file in the records is too large.</source>
        <translation>Tệp của một tài liệu trong các bản ghi quá lớn.</translation>
    </message>
    <message>
        <source>A document&apos;s file was changed: it does not match its record.</source>
        <translation>Tệp của một tài liệu đã bị thay đổi: không khớp với bản ghi của nó.</translation>
    </message>
    <message>
        <source>bad withheld fields</source>
        <translation>các trường giữ lại sai</translation>
    </message>
    <message>
        <source>bad key or revision</source>
        <translation>khoá hoặc bản sửa đổi sai</translation>
    </message>
    <message>
        <source>place: bad order</source>
        <translation>vị trí: thứ tự sai</translation>
    </message>
    <message>
        <source>document: bad file hash</source>
        <translation>tài liệu: mã băm của tệp sai</translation>
    </message>
    <message>
        <source>document: neither a PDF nor a .docx</source>
        <translation>tài liệu: không phải PDF cũng không phải .docx</translation>
    </message>
    <message>
        <source>document: no meeting</source>
        <translation>tài liệu: không có cuộc họp</translation>
    </message>
    <message>
        <source>approval: bad</source>
        <translation>phê duyệt: sai</translation>
    </message>
    <message>
        <source>Record {n} is not valid: {exc}</source>
        <translation>Bản ghi {n} không hợp lệ: {exc}</translation>
    </message>
    <message>
        <source>documents: bad entry</source>
        <translation>tài liệu: mục sai</translation>
    </message>
    <message>
        <source>{name}: unexpected value</source>
        <translation>{name}: giá trị không mong đợi</translation>
    </message>
    <message>
        <source>{name}: unexpected number</source>
        <translation>{name}: số không mong đợi</translation>
    </message>
    <message>
        <source>This file is not a backup of an ADGSOM team store.</source>
        <translation>Tệp này không phải là bản sao lưu của một kho dữ liệu chung ADGSOM.</translation>
    </message>
    <message>
        <source>The backup is cut short (truncated): it is not whole.</source>
        <translation>Bản sao lưu bị cắt ngắn: không nguyên vẹn.</translation>
    </message>
    <message>
        <source>This backup asks for an unreasonable passphrase setting: refused.</source>
        <translation>Bản sao lưu này yêu cầu một thiết lập cụm mật khẩu bất hợp lý: bị từ chối.</translation>
    </message>
    <message>
        <source>The backup is damaged (a frame of an impossible size).</source>
        <translation>Bản sao lưu bị hỏng (một khung có kích thước không thể có).</translation>
    </message>
    <message>
        <source>The backup has bytes after its end: it was changed. Refused.</source>
        <translation>Bản sao lưu có dữ liệu sau điểm kết thúc: đã bị thay đổi. Bị từ chối.</translation>
    </message>
    <message>
        <source>The backup&apos;s description is not readable: refused.</source>
        <translation>Không đọc được phần mô tả của bản sao lưu: bị từ chối.</translation>
    </message>
    <message>
        <source>The backup was changed or damaged (a frame fails its check): nothing was restored from it.</source>
        <translation>Bản sao lưu đã bị thay đổi hoặc bị hỏng (một khung không qua kiểm tra): không khôi phục gì từ nó.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this backup (or its beginning is damaged): nothing was changed.</source>
        <translation>Sai cụm mật khẩu cho bản sao lưu này (hoặc phần đầu bị hỏng): không có gì thay đổi.</translation>
    </message>
    <message>
        <source>A bundle travels between members of the delegation: it is not for {wanted_label}. Issue them a pack of that audience instead.</source>
        <translation>Gói trao đổi được chuyển giữa các thành viên của đoàn: không dành cho {wanted_label}. Hãy phát hành cho họ một bộ tài liệu theo đối tượng đọc đó.</translation>
    </message>
    <message>
        <source>A bundle for {who} holds what the delegation&apos;s pack holds: it cannot carry what only the head of delegation may read (the not-for-disclosure background, personality notes). Send it to the head, or choose the delegation.</source>
        <translation>Gói trao đổi cho {who} chứa những gì bộ tài liệu của đoàn chứa: nó không thể mang những gì chỉ trưởng đoàn được đọc (thông tin nền không được tiết lộ, ghi chú về nhân vật). Hãy gửi cho trưởng đoàn, hoặc chọn đoàn.</translation>
    </message>
    <message>
        <source>Unknown audience {asked!r}.</source>
        <translation>Đối tượng đọc không xác định {asked!r}.</translation>
    </message>
    <message>
        <source>unknown withheld field {p!r}</source>
        <translation>trường giữ lại không xác định {p!r}</translation>
    </message>
    <message>
        <source>Choose a meeting to send.</source>
        <translation>Hãy chọn một cuộc họp để gửi.</translation>
    </message>
    <message>
        <source>Meeting {missing} no longer exists.</source>
        <translation>Cuộc họp {missing} không còn tồn tại.</translation>
    </message>
    <message>
        <source>Conflict {conflict_id} no longer exists.</source>
        <translation>Xung đột {conflict_id} không còn tồn tại.</translation>
    </message>
    <message>
        <source>This conflict is no longer open.</source>
        <translation>Xung đột này không còn mở.</translation>
    </message>
    <message>
        <source>This record is no longer in this store: the conflict cannot be settled here.</source>
        <translation>Bản ghi này không còn trong kho dữ liệu này: không thể giải quyết xung đột ở đây.</translation>
    </message>
    <message>
        <source>An item chosen is not on the meeting&apos;s agenda.</source>
        <translation>Một mục đã chọn không có trong chương trình nghị sự của cuộc họp.</translation>
    </message>
    <message>
        <source>The bundle is damaged (its header was changed on the way): refused, nothing was changed. Ask the sender for it again.</source>
        <translation>Gói trao đổi bị hỏng (phần đầu của nó đã bị thay đổi trên đường truyền): bị từ chối, không có gì bị thay đổi. Hãy đề nghị người gửi gửi lại.</translation>
    </message>
    <message>
        <source>{verb}: {text}</source>
        <translation>{verb}: {text}</translation>
    </message>
    <message>
        <source>now {place} ({store} kept its place; your move to {mine} is lost)</source>
        <translation>nay là {place} ({store} giữ vị trí của mình; việc bạn chuyển sang {mine} bị mất)</translation>
    </message>
    <message>
        <source>{item}: stays {place} (your place; the other side&apos;s was {theirs}).</source>
        <translation>{item}: vẫn là {place} (vị trí của bên ta; của bên kia là {theirs}).</translation>
    </message>
    <message>
        <source>{item}: {store} kept its place, {place}; your move to {theirs} is lost.</source>
        <translation>{item}: {store} giữ vị trí của mình, {place}; việc bạn chuyển sang {theirs} bị mất.</translation>
    </message>
    <message>
        <source>now {place} (the other side&apos;s place; yours was {mine})</source>
        <translation>nay là {place} (vị trí của bên kia; của bên ta trước đó là {mine})</translation>
    </message>
    <message>
        <source>now {place}, your place ({store}&apos;s move to {mine} is lost)</source>
        <translation>nay là {place}, vị trí của bạn (việc {store} chuyển sang {mine} bị mất)</translation>
    </message>
    <message>
        <source>Only the sections both sides changed are shown. Whatever you choose, the others keep the change one side made: {ours} from ours; {theirs} from theirs.</source>
        <translation>Chỉ hiển thị các mục mà cả hai bên cùng sửa. Dù bạn chọn thế nào, các mục khác vẫn giữ thay đổi của bên đã sửa: {ours} từ bên ta; {theirs} từ bên họ.</translation>
    </message>
    <message>
        <source>This backup is for a team store (a postgresql:// address).</source>
        <translation>Bản sao lưu này dành cho một kho dữ liệu chung (địa chỉ postgresql://).</translation>
    </message>
    <message>
        <source>{dest} already exists: choose another name (nothing was written).</source>
        <translation>{dest} đã tồn tại: hãy chọn tên khác (chưa ghi gì).</translation>
    </message>
    <message>
        <source>There is no folder {dest_parent} to write the backup in.</source>
        <translation>Không có thư mục {dest_parent} để ghi bản sao lưu vào.</translation>
    </message>
    <message>
        <source>A team store is backed up by its owner (the login that created it): a member&apos;s login may not read the other members&apos; sealed keys, so its backup would lose them. Nothing was written.</source>
        <translation>Kho dữ liệu chung do chủ sở hữu kho sao lưu (tài khoản đăng nhập đã tạo kho): tài khoản của một thành viên không được đọc các khóa đã niêm phong của những thành viên khác, nên bản sao lưu của tài khoản đó sẽ thiếu chúng. Không có gì được ghi.</translation>
    </message>
    <message>
        <source>Nothing was restored: the database {locator_display} is not empty ({relations} tables and other objects). Restore into a new, empty database (createdb).</source>
        <translation>Chưa khôi phục gì: cơ sở dữ liệu {locator_display} không trống ({relations} bảng và đối tượng khác). Hãy khôi phục vào một cơ sở dữ liệu mới, trống (createdb).</translation>
    </message>
    <message>
        <source>This restore is for a team store (a postgresql:// address).</source>
        <translation>Lần khôi phục này dành cho một kho dữ liệu chung (địa chỉ postgresql://).</translation>
    </message>
    <message>
        <source>pg_dump wrote nothing for {locator_display}.</source>
        <translation>pg_dump không ghi được gì cho {locator_display}.</translation>
    </message>
    <message>
        <source>The backup could not be written to {dest}: {reason}</source>
        <translation>Không ghi được bản sao lưu vào {dest}: {reason}</translation>
    </message>
    <message>
        <source>There is no file {source}.</source>
        <translation>Không có tệp {source}.</translation>
    </message>
    <message>
        <source>{source} could not be read: {reason}</source>
        <translation>Không đọc được {source}: {reason}</translation>
    </message>
    <message>
        <source>{what} is only for a team store on a server: members sign in there with logins of their own. {locator_display} is a store file on this computer (its passphrase protects it).</source>
        <translation>{what} chỉ dành cho một kho dữ liệu chung trên máy chủ: các thành viên đăng nhập ở đó bằng tài khoản riêng. {locator_display} là một tệp kho dữ liệu trên máy tính này (được bảo vệ bằng cụm mật khẩu).</translation>
    </message>
    <message>
        <source>Only the head of delegation or the store&apos;s owner adds and removes members; you are signed in as {signed_name} ({signed_role}).</source>
        <translation>Chỉ trưởng đoàn hoặc chủ sở hữu kho dữ liệu mới thêm và gỡ thành viên; bạn đăng nhập với tên {signed_name} ({signed_role}).</translation>
    </message>
    <message>
        <source>No team role {role!r}: choose {team_roles}.</source>
        <translation>Không có vai trò nhóm {role!r}: hãy chọn {team_roles}.</translation>
    </message>
    <message>
        <source>A login is {login_rule}: {login!r} is not.</source>
        <translation>Tên đăng nhập phải là {login_rule}: {login!r} thì không.</translation>
    </message>
    <message>
        <source>A member&apos;s password has at least {min_password} characters.</source>
        <translation>Mật khẩu của thành viên có ít nhất {min_password} ký tự.</translation>
    </message>
    <message>
        <source>{person_full_name} is not a member of our delegation: only our own people sign in to the store.</source>
        <translation>{person_full_name} không phải thành viên của đoàn ta: chỉ người của ta mới đăng nhập vào kho dữ liệu.</translation>
    </message>
    <message>
        <source>{who} is already a member ({taken_login}): remove it first.</source>
        <translation>{who} đã là thành viên ({taken_login}): hãy gỡ trước.</translation>
    </message>
    <message>
        <source>No member signs in as {login!r} in this store.</source>
        <translation>Không có thành viên nào đăng nhập với tên {login!r} trong kho dữ liệu này.</translation>
    </message>
    <message>
        <source>That login</source>
        <translation>Tên đăng nhập đó</translation>
    </message>
    <message>
        <source>A member key from {origin} does not match its own signed text: nothing was changed.</source>
        <translation>Một khóa thành viên từ {origin} không khớp với văn bản đã ký của chính nó: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>import the revision and enter the amendments in the team store (the copy shows them read-only)</source>
        <translation>hãy nhập bản sửa đổi và ghi các đề xuất sửa đổi vào kho dữ liệu chung (bản sao chỉ hiển thị ở chế độ chỉ đọc)</translation>
    </message>
    <message>
        <source>enter them in the team store (the copy shows them read-only)</source>
        <translation>hãy ghi chúng vào kho dữ liệu chung (bản sao chỉ hiển thị ở chế độ chỉ đọc)</translation>
    </message>
    <message>
        <source>NOT brought back: changes to {part} on this laptop{detail}. A trip copy does not bring this part back: {where}.</source>
        <translation>KHÔNG được đưa về: các thay đổi về {part} trên máy này{detail}. Bản sao mang đi không đưa phần này về: {where}.</translation>
    </message>
    <message>
        <source>this trip copy</source>
        <translation>bản sao chuyến đi này</translation>
    </message>
    <message>
        <source>{person_full_name} signed in as {taken_login} until that login was removed: a person keeps one login for good, so that no other login reads their private key or approval PIN, nor approves in their name. Add {taken_login} again for them, with a new password. Nothing was changed.</source>
        <translation>{person_full_name} đã đăng nhập bằng tài khoản {taken_login} cho đến khi tài khoản đó bị gỡ: mỗi người chỉ giữ một tài khoản đăng nhập mãi mãi, để không tài khoản nào khác đọc được khoá riêng hay mã PIN phê duyệt của họ, hoặc phê duyệt nhân danh họ. Hãy thêm lại tài khoản {taken_login} cho họ, với mật khẩu mới. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>{person_full_name} is already a member, signed in as {taken_login}: a person keeps one login for good. Nothing was changed.</source>
        <translation>{person_full_name} đã là thành viên, đăng nhập bằng tài khoản {taken_login}: mỗi người chỉ giữ một tài khoản đăng nhập mãi mãi. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>{target} already exists: choose a new file for the trip copy.</source>
        <translation>{target} đã tồn tại: hãy chọn một tệp mới cho bản sao mang đi.</translation>
    </message>
    <message>
        <source>This event has no meetings: there is nothing to take.</source>
        <translation>Sự kiện này không có cuộc họp nào: không có gì để mang đi.</translation>
    </message>
    <message>
        <source>This store is not a trip copy: there is nothing to bring back.</source>
        <translation>Kho dữ liệu này không phải là bản sao mang đi: không có gì để mang về.</translation>
    </message>
    <message>
        <source>Reading the event from the team store…</source>
        <translation>Đang đọc sự kiện từ kho dữ liệu chung…</translation>
    </message>
    <message>
        <source>Creating the trip copy ({count:,} records)…</source>
        <translation>Đang tạo bản sao mang đi ({count:,} bản ghi)…</translation>
    </message>
    <message>
        <source>Connecting to {store}…</source>
        <translation>Đang kết nối tới {store}…</translation>
    </message>
    <message>
        <source>{info_locator} is not the team store this trip copy was taken from (another store is there now): nothing was changed.</source>
        <translation>{info_locator} không phải là kho dữ liệu chung mà bản sao mang đi này được lấy từ đó (hiện có một kho khác ở đó): không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The trip copy and its team store are the same store.</source>
        <translation>Bản sao mang đi và kho dữ liệu chung của nó là cùng một kho.</translation>
    </message>
    <message>
        <source>Writing {count:,} records into the trip copy…</source>
        <translation>Đang ghi {count:,} bản ghi vào bản sao mang đi…</translation>
    </message>
    <message>
        <source>Trip copy ready.</source>
        <translation>Bản sao mang đi đã sẵn sàng.</translation>
    </message>
    <message>
        <source>NOT brought back: a key made on the trip copy for {member}. Compare its fingerprint with {member} and import it with keys import.</source>
        <translation>KHÔNG được đưa về: một khoá được tạo trên bản sao mang đi cho {member}. Hãy đối chiếu dấu vân tay với {member} rồi nhập nó bằng keys import.</translation>
    </message>
    <message>
        <source>Reading what changed on this laptop…</source>
        <translation>Đang đọc những gì đã thay đổi trên máy tính này…</translation>
    </message>
    <message>
        <source>Merging {count:,} records into the team store…</source>
        <translation>Đang hợp nhất {count:,} bản ghi vào kho dữ liệu chung…</translation>
    </message>
    <message>
        <source>Reading what changed in the team store…</source>
        <translation>Đang đọc những gì đã thay đổi trong kho dữ liệu chung…</translation>
    </message>
    <message>
        <source>Merging {count:,} records into this trip copy…</source>
        <translation>Đang hợp nhất {count:,} bản ghi vào bản sao mang đi này…</translation>
    </message>
    <message>
        <source>{comment} (version {number} in {store})</source>
        <translation>{comment} (phiên bản {number} trong {store})</translation>
    </message>
    <message>
        <source>version {number} in {store}</source>
        <translation>phiên bản {number} trong {store}</translation>
    </message>
    <message>
        <source>merged when {origin} was brought back</source>
        <translation>hợp nhất khi {origin} được đưa về</translation>
    </message>
    <message>
        <source>restored from v{number}</source>
        <translation>khôi phục từ phiên bản {number}</translation>
    </message>
    <message>
        <source>kept over {by}, saved meanwhile</source>
        <translation>giữ thay cho {by}, được lưu trong lúc đó</translation>
    </message>
    <message>
        <source>not kept: it met {by}</source>
        <translation>không được giữ: trùng với {by}</translation>
    </message>
    <message>
        <source>took {by} over version {yours}</source>
        <translation>lấy {by} thay cho phiên bản {yours}</translation>
    </message>
    <message>
        <source>kept version {yours} over {by} where both changed, merged elsewhere</source>
        <translation>giữ phiên bản {yours} thay cho {by} ở chỗ cả hai bên đã thay đổi, phần còn lại được hợp nhất</translation>
    </message>
    <message>
        <source>merged by hand: version {yours} with {by}</source>
        <translation>hợp nhất thủ công: phiên bản {yours} với {by}</translation>
    </message>
    <message>
        <source>merged with {by} ({sections})</source>
        <translation>hợp nhất với {by} ({sections})</translation>
    </message>
    <message>
        <source>merged with {by}</source>
        <translation>hợp nhất với {by}</translation>
    </message>
    <message>
        <source>their version ({origin})</source>
        <translation>phiên bản của bên kia ({origin})</translation>
    </message>
    <message>
        <source>version {number} by {who}</source>
        <translation>phiên bản {number} của {who}</translation>
    </message>
    <message>
        <source>first version written by the check</source>
        <translation>phiên bản đầu tiên do bước kiểm tra ghi</translation>
    </message>
    <message>
        <source>Person {missing} no longer exists. Nothing was changed.</source>
        <translation>Người {missing} không còn tồn tại. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>{others} is not a member of our delegation: only our members are assigned to meetings. Nothing was changed.</source>
        <translation>{others} không phải thành viên của đoàn ta: chỉ thành viên của ta mới được phân công vào cuộc họp. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>{clash_text}: one person cannot be at two meetings at once. Nothing was changed.</source>
        <translation>{clash_text}: một người không thể dự hai cuộc họp cùng lúc. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Item {item_id} has no brief for {audience_reader}.</source>
        <translation>Mục {item_id} không có lập trường cho {audience_reader}.</translation>
    </message>
    <message>
        <source>There is no agenda item {item_id} in this store.</source>
        <translation>Không có mục chương trình {item_id} trong kho dữ liệu này.</translation>
    </message>
    <message>
        <source>{what} is only for a store file on this computer, not for this store ({display}).</source>
        <translation>{what} chỉ dành cho một tệp kho dữ liệu trên máy tính này, không dành cho kho này ({display}).</translation>
    </message>
    <message>
        <source>{what} is only for a store file on this computer, not for a team store on a server ({display}). The server keeps it: ask its administrator (a team store&apos;s backup is a sealed pg_dump archive: adgsom-desktop backup --store URL; its access is the server&apos;s sign-in).</source>
        <translation>{what} chỉ dành cho một tệp kho dữ liệu trên máy tính này, không dành cho kho dữ liệu chung trên máy chủ ({display}). Máy chủ giữ việc đó: hãy hỏi quản trị viên (bản sao lưu của kho dữ liệu chung là một tệp lưu trữ pg_dump được niêm phong: adgsom-desktop backup --store URL; quyền truy cập là đăng nhập của máy chủ).</translation>
    </message>
    <message>
        <source>The store holds rows that point at each other in a circle.</source>
        <translation>Kho dữ liệu chứa các hàng trỏ vào nhau thành vòng tròn.</translation>
    </message>
    <message>
        <source>The store changed while it was copied: nothing was written.</source>
        <translation>Kho dữ liệu đã thay đổi trong khi sao chép: chưa ghi gì.</translation>
    </message>
    <message>
        <source>The {table} rows could not be copied ({why}): nothing was written to {destination_display}.</source>
        <translation>Không sao chép được các hàng {table} ({why}): chưa ghi gì vào {destination_display}.</translation>
    </message>
    <message>
        <source>{name} was not found: install PostgreSQL&apos;s client tools (Debian/Ubuntu: postgresql-client), or set {env_bin} to the folder holding {name}.</source>
        <translation>Không tìm thấy {name}: hãy cài công cụ máy khách của PostgreSQL (Debian/Ubuntu: postgresql-client), hoặc đặt {env_bin} là thư mục chứa {name}.</translation>
    </message>
    <message>
        <source>pg_dump could not read {locator_display}: {error}</source>
        <translation>pg_dump không đọc được {locator_display}: {error}</translation>
    </message>
    <message>
        <source>The archive could not be restored into {locator_display} (nothing was restored): {error}</source>
        <translation>Không khôi phục được tệp lưu trữ vào {locator_display} (chưa khôi phục gì): {error}</translation>
    </message>
    <message>
        <source>Could not connect to {display}: {exc}</source>
        <translation>Không kết nối được tới {display}: {exc}</translation>
    </message>
    <message>
        <source>The team store at {display} could not be opened{said}.</source>
        <translation>Không mở được kho dữ liệu chung tại {display}{said}.</translation>
    </message>
    <message>
        <source>The team store at {display} needs an upgrade for this version of the app that only its owner may run: ask your administrator to open it once with the owner&apos;s sign-in. Nothing was changed.</source>
        <translation>Kho dữ liệu chung tại {display} cần một bản nâng cấp cho phiên bản ứng dụng này mà chỉ chủ sở hữu kho được chạy: hãy nhờ quản trị viên mở kho một lần bằng tài khoản đăng nhập của chủ sở hữu. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is made out for another host name: connect with the name it was issued for</source>
        <translation>chứng chỉ của máy chủ được cấp cho một tên máy khác: hãy kết nối bằng tên mà nó được cấp</translation>
    </message>
    <message>
        <source>the CA file given (sslrootcert) cannot be read: check its path</source>
        <translation>không đọc được tệp CA đã cho (sslrootcert): hãy kiểm tra đường dẫn</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be verified with the CA file given (sslrootcert): ask your administrator for the right one</source>
        <translation>không xác minh được chứng chỉ của máy chủ bằng tệp CA đã cho (sslrootcert): hãy xin quản trị viên tệp đúng</translation>
    </message>
    <message>
        <source>the server does not take encrypted (TLS) connections, and this address requires them (sslmode)</source>
        <translation>máy chủ không nhận kết nối mã hoá (TLS), trong khi địa chỉ này yêu cầu (sslmode)</translation>
    </message>
    <message>
        <source>the encrypted (TLS) connection failed</source>
        <translation>kết nối mã hoá (TLS) thất bại</translation>
    </message>
    <message>
        <source> (the server said: {said})</source>
        <translation> (máy chủ báo: {said})</translation>
    </message>
    <message>
        <source>No connection to {display}: {tls}{said}. Nothing was sent.</source>
        <translation>Không có kết nối tới {display}: {tls}{said}. Chưa gửi gì.</translation>
    </message>
    <message>
        <source>The server refused the sign-in to {display}{said}. Check the user name, and the password in PGPASSWORD or ~/.pgpass.</source>
        <translation>Máy chủ từ chối đăng nhập vào {display}{said}. Hãy kiểm tra tên người dùng, và mật khẩu trong PGPASSWORD hoặc ~/.pgpass.</translation>
    </message>
    <message>
        <source>No team store could be reached at {display}{said}. Is the server running, and the network up?</source>
        <translation>Không kết nối được kho dữ liệu chung tại {display}{said}. Máy chủ có đang chạy, và mạng có hoạt động không?</translation>
    </message>
    <message>
        <source>The team store at {display} needs an upgrade for this version of the app that only its owner may run: ask its owner ({owner}) or your administrator to open it once with the owner&apos;s sign-in. Nothing was changed.</source>
        <translation>Kho dữ liệu chung tại {display} cần một bản nâng cấp cho phiên bản ứng dụng này mà chỉ chủ sở hữu kho được chạy: hãy nhờ chủ sở hữu ({owner}) hoặc quản trị viên mở kho một lần bằng tài khoản đăng nhập của chủ sở hữu. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The team store at {locator_display} reports damaged data ({damaged}): nothing more is written from this app. Ask the server&apos;s administrator to restore it.</source>
        <translation>Kho dữ liệu chung tại {locator_display} báo dữ liệu bị hỏng ({damaged}): ứng dụng này không ghi thêm gì. Hãy đề nghị quản trị viên máy chủ khôi phục.</translation>
    </message>
    <message>
        <source>{locator_display} holds no ADGSOM Desktop store. Create one in an empty database: adgsom-desktop team init --store {locator_display}</source>
        <translation>{locator_display} không chứa kho dữ liệu ADGSOM Desktop nào. Hãy tạo trong một cơ sở dữ liệu trống: adgsom-desktop team init --store {locator_display}</translation>
    </message>
    <message>
        <source>The team store at {locator_display} was written by a newer version of ADGSOM Desktop (schema {revision}): update the app to open it.</source>
        <translation>Kho dữ liệu chung tại {locator_display} được ghi bởi phiên bản ADGSOM Desktop mới hơn (lược đồ {revision}): hãy cập nhật ứng dụng để mở.</translation>
    </message>
    <message>
        <source>{locator_display} holds tables that are not an ADGSOM Desktop store: they were left as they are.</source>
        <translation>{locator_display} chứa các bảng không thuộc kho dữ liệu ADGSOM Desktop: chúng được giữ nguyên.</translation>
    </message>
    <message>
        <source>The links between the copied rows could not be made consistent.</source>
        <translation>Không thể làm cho liên kết giữa các hàng đã sao chép nhất quán.</translation>
    </message>
    <message>
        <source>{out} already exists: choose a new file for the readable copy.</source>
        <translation>{out} đã tồn tại: hãy chọn một tệp mới cho bản sao đọc được.</translation>
    </message>
    <message>
        <source>The readable copy fails its integrity check ({rows}): not kept.</source>
        <translation>Bản sao đọc được không qua kiểm tra toàn vẹn ({rows}): không được giữ lại.</translation>
    </message>
    <message>
        <source>The readable copy has broken links between its rows: not kept.</source>
        <translation>Bản sao đọc được có liên kết hỏng giữa các hàng: không được giữ lại.</translation>
    </message>
    <message>
        <source>{out} appeared while the copy was being made: nothing was written.</source>
        <translation>{out} xuất hiện trong khi đang tạo bản sao: chưa ghi gì.</translation>
    </message>
    <message>
        <source>The readable copy could not be written: {exc}.</source>
        <translation>Không ghi được bản sao đọc được: {exc}.</translation>
    </message>
    <message>
        <source>No store at {path}.</source>
        <translation>Không có kho dữ liệu tại {path}.</translation>
    </message>
    <message>
        <source>{path_name} is a database of another application, not an ADGSOM Desktop store: nothing was copied.</source>
        <translation>{path_name} là cơ sở dữ liệu của một ứng dụng khác, không phải kho dữ liệu ADGSOM Desktop: chưa sao chép gì.</translation>
    </message>
    <message>
        <source>{path_name} is damaged beyond reading: its list of tables cannot be read ({exc}). Nothing can be copied from it; restore a backup.</source>
        <translation>{path_name} bị hỏng đến mức không đọc được: không đọc được danh sách bảng ({exc}). Không sao chép được gì từ nó; hãy khôi phục một bản sao lưu.</translation>
    </message>
    <message>
        <source>Wrong passphrase for {path_name}.</source>
        <translation>Sai cụm mật khẩu cho {path_name}.</translation>
    </message>
    <message>
        <source>{path_name} cannot be opened: {exc}.</source>
        <translation>Không mở được {path_name}: {exc}.</translation>
    </message>
    <message>
        <source>{path_name} is damaged: part of it cannot be read ({damaged}). Nothing more is written to it (no save, no backup, no audit entry).</source>
        <translation>{path_name} bị hỏng: một phần không đọc được ({damaged}). Không ghi thêm gì vào đó (không lưu, không sao lưu, không ghi nhật ký kiểm toán).</translation>
    </message>
    <message>
        <source>Team members sign in to a team store on a server; {locator_display} is a store file on this computer (its passphrase protects it).</source>
        <translation>Thành viên nhóm đăng nhập vào một kho dữ liệu chung trên máy chủ; {locator_display} là một tệp kho dữ liệu trên máy tính này (được bảo vệ bằng cụm mật khẩu).</translation>
    </message>
    <message>
        <source>{path_name} is damaged: part of it cannot be read ({found_damage}). It was written by an older version of ADGSOM Desktop (schema {found_revision}) and needs an upgrade to open, but damaged data is never upgraded: the file was not changed. Restore a good backup, or save a readable copy (adgsom-desktop salvage).</source>
        <translation>{path_name} bị hỏng: một phần không đọc được ({found_damage}). Tệp được ghi bởi phiên bản ADGSOM Desktop cũ hơn (lược đồ {found_revision}) và cần nâng cấp để mở, nhưng dữ liệu hỏng không bao giờ được nâng cấp: tệp không bị thay đổi. Hãy khôi phục một bản sao lưu tốt, hoặc lưu một bản sao đọc được (adgsom-desktop salvage).</translation>
    </message>
    <message>
        <source>{path} is a link to {target}, which does not exist: choose another name (the link was left as it is).</source>
        <translation>{path} là liên kết tới {target}, không tồn tại: hãy chọn tên khác (liên kết được giữ nguyên).</translation>
    </message>
    <message>
        <source>{path} already exists: choose another name.</source>
        <translation>{path} đã tồn tại: hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>The name {name}… is too long: a store&apos;s name may have at most {max_name_bytes} bytes (its backups folder and side files add to it).</source>
        <translation>Tên {name}… quá dài: tên kho dữ liệu tối đa {max_name_bytes} byte (thư mục sao lưu và các tệp đi kèm làm dài thêm).</translation>
    </message>
    <message>
        <source>Cannot create the folder {path_parent}: {exc_strerror}.</source>
        <translation>Không tạo được thư mục {path_parent}: {exc_strerror}.</translation>
    </message>
    <message>
        <source>{path} appeared while the store was being created.</source>
        <translation>{path} xuất hiện trong khi đang tạo kho dữ liệu.</translation>
    </message>
    <message>
        <source>Could not create {path_name}: {exc}.</source>
        <translation>Không tạo được {path_name}: {exc}.</translation>
    </message>
    <message>
        <source>{store_name} is being opened and closed elsewhere: try again.</source>
        <translation>{store_name} đang được mở và đóng ở nơi khác: hãy thử lại.</translation>
    </message>
    <message>
        <source>{store_name} is already open in another ADGSOM Desktop window or process. Close it there first.</source>
        <translation>{store_name} đang mở trong một cửa sổ hoặc tiến trình ADGSOM Desktop khác. Hãy đóng ở đó trước.</translation>
    </message>
    <message>
        <source>Cannot lock {store_name}: {exc_strerror}.</source>
        <translation>Không khoá được {store_name}: {exc_strerror}.</translation>
    </message>
    <message>
        <source>The passphrase change was committed but could not be finished now ({why}): it is finished the next time the store is opened. Close the store and open it again.</source>
        <translation>Việc đổi cụm mật khẩu đã được ghi nhận nhưng chưa hoàn tất được lúc này ({why}): nó sẽ hoàn tất lần tới khi mở kho dữ liệu. Hãy đóng kho dữ liệu rồi mở lại.</translation>
    </message>
    <message>
        <source>The encryption was committed but could not be finished now ({why}): it is finished the next time the store is opened. Close the store and open it again.</source>
        <translation>Việc mã hoá đã được ghi nhận nhưng chưa hoàn tất được lúc này ({why}): nó sẽ hoàn tất lần tới khi mở kho dữ liệu. Hãy đóng kho dữ liệu rồi mở lại.</translation>
    </message>
    <message>
        <source>The re-keyed copy of {path_name} differs.</source>
        <translation>Bản sao đã đổi khoá của {path_name} khác biệt.</translation>
    </message>
    <message>
        <source>The store is not encrypted.</source>
        <translation>Kho dữ liệu chưa được mã hoá.</translation>
    </message>
    <message>
        <source>The current passphrase is not correct. Nothing changed.</source>
        <translation>Cụm mật khẩu hiện tại không đúng. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>This store is already encrypted: change its passphrase instead.</source>
        <translation>Kho dữ liệu này đã được mã hoá: hãy đổi cụm mật khẩu thay vào đó.</translation>
    </message>
    <message>
        <source>The backup {source_name} could not be encrypted ({exc}): nothing was changed, the store and its backups are still plain. The backup may be damaged: delete it (Tools &gt; Backups), then encrypt again.</source>
        <translation>Không mã hoá được bản sao lưu {source_name} ({exc}): không có gì thay đổi, kho dữ liệu và các bản sao lưu vẫn chưa mã hoá. Bản sao lưu có thể bị hỏng: hãy xoá nó (Công cụ &gt; Sao lưu), rồi mã hoá lại.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: {why}. Nothing was changed: the current passphrase still opens the store and its backups.</source>
        <translation>Không đổi được cụm mật khẩu: {why}. Không có gì thay đổi: cụm mật khẩu hiện tại vẫn mở được kho dữ liệu và các bản sao lưu.</translation>
    </message>
    <message>
        <source>The store could not be encrypted: {why}. Nothing was changed: the store and its backups are still plain.</source>
        <translation>Không mã hoá được kho dữ liệu: {why}. Không có gì thay đổi: kho dữ liệu và các bản sao lưu vẫn chưa mã hoá.</translation>
    </message>
    <message>
        <source>The re-keyed copy differs from the store; nothing changed.</source>
        <translation>Bản sao đã đổi khoá khác với kho dữ liệu; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The encrypted copy differs from the store; nothing was changed.</source>
        <translation>Bản sao đã mã hoá khác với kho dữ liệu; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>{path_name} is not an ADGSOM Desktop store (not a database file).</source>
        <translation>{path_name} không phải là kho dữ liệu ADGSOM Desktop (không phải tệp cơ sở dữ liệu).</translation>
    </message>
    <message>
        <source>{name} is damaged: part of it cannot be read ({detail}).</source>
        <translation>{name} bị hỏng: một phần không đọc được ({detail}).</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>một ảnh PNG</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>một tài liệu PDF</translation>
    </message>
    <message>
        <source>a ZIP archive (such as a Word or Excel file)</source>
        <translation>một tệp nén ZIP (như tệp Word hoặc Excel)</translation>
    </message>
    <message>
        <source>an older Office document</source>
        <translation>một tài liệu Office cũ</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>một ảnh JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>một ảnh GIF</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>một tài liệu RTF</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>một tệp văn bản</translation>
    </message>
    <message>
        <source>{path_name} is empty: it is not an ADGSOM Desktop store.</source>
        <translation>{path_name} trống: không phải là kho dữ liệu ADGSOM Desktop.</translation>
    </message>
    <message>
        <source>{path_name} is not an ADGSOM Desktop store: it is {what}.</source>
        <translation>{path_name} không phải là kho dữ liệu ADGSOM Desktop: đó là {what}.</translation>
    </message>
    <message>
        <source>{path_name} is encrypted (or not a store): enter its passphrase.</source>
        <translation>{path_name} đã được mã hoá (hoặc không phải kho dữ liệu): hãy nhập cụm mật khẩu.</translation>
    </message>
    <message>
        <source>{path_name} is truncated: it is not a complete store.</source>
        <translation>{path_name} bị cắt cụt: không phải là một kho dữ liệu hoàn chỉnh.</translation>
    </message>
    <message>
        <source>{path_name} has a damaged header: it cannot be opened.</source>
        <translation>{path_name} có phần đầu bị hỏng: không mở được.</translation>
    </message>
    <message>
        <source>{path_name} is truncated ({size:,} of {expected_size:,} bytes): it is not a complete store. Restore it from a backup.</source>
        <translation>{path_name} bị cắt cụt ({size:,} trên {expected_size:,} byte): không phải là một kho dữ liệu hoàn chỉnh. Hãy khôi phục từ một bản sao lưu.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a store file.</source>
        <translation>{path} là một thư mục, không phải tệp kho dữ liệu.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device or a pipe): not a store.</source>
        <translation>{path} không phải là một tệp thông thường (thiết bị hoặc ống dẫn): không phải kho dữ liệu.</translation>
    </message>
    <message>
        <source>{path_name} was written by a newer version of ADGSOM Desktop (schema {revision}). Update the app to open it; the file was not changed.</source>
        <translation>{path_name} được ghi bởi phiên bản ADGSOM Desktop mới hơn (lược đồ {revision}). Hãy cập nhật ứng dụng để mở; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The folder {folder} is not writable: the store cannot be opened for editing there. Copy it to a writable folder.</source>
        <translation>Thư mục {folder} không ghi được: không thể mở kho dữ liệu để chỉnh sửa ở đó. Hãy sao chép sang một thư mục ghi được.</translation>
    </message>
    <message>
        <source>{path_name} is read-only: it cannot be opened for editing.</source>
        <translation>{path_name} chỉ cho phép đọc: không mở được để chỉnh sửa.</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied.</source>
        <translation>Không đọc được {path}: không có quyền.</translation>
    </message>
    <message>
        <source>{path_name} is a database of another application, not an ADGSOM Desktop store.</source>
        <translation>{path_name} là cơ sở dữ liệu của một ứng dụng khác, không phải kho dữ liệu ADGSOM Desktop.</translation>
    </message>
    <message>
        <source>{path_name} is not an ADGSOM Desktop store.</source>
        <translation>{path_name} không phải là kho dữ liệu ADGSOM Desktop.</translation>
    </message>
    <message>
        <source>Wrong passphrase for {path_name} (or the file is not a store).</source>
        <translation>Sai cụm mật khẩu cho {path_name} (hoặc tệp không phải kho dữ liệu).</translation>
    </message>
    <message>
        <source>The passphrase could not be checked against {path_name} or an encrypted backup of it, and the backup is not encrypted: the store would be left unencrypted, so nothing was changed. Enter the store&apos;s passphrase, or choose an encrypted backup.</source>
        <translation>Không kiểm tra được cụm mật khẩu với {path_name} hay một bản sao lưu đã mã hoá của nó, và bản sao lưu chưa mã hoá: kho dữ liệu sẽ bị để không mã hoá, nên không có gì thay đổi. Hãy nhập cụm mật khẩu của kho dữ liệu, hoặc chọn một bản sao lưu đã mã hoá.</translation>
    </message>
    <message>
        <source>No backup at {source}.</source>
        <translation>Không có bản sao lưu tại {source}.</translation>
    </message>
    <message>
        <source>{path_name} is encrypted (or its first page is lost) and the backup {source_name} is not: enter the store&apos;s passphrase, so that the restored copy is encrypted with it. Nothing was changed.</source>
        <translation>{path_name} đã được mã hoá (hoặc mất trang đầu) còn bản sao lưu {source_name} thì không: hãy nhập cụm mật khẩu của kho dữ liệu, để bản khôi phục được mã hoá bằng nó. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the backup {source_name}.</source>
        <translation>Sai cụm mật khẩu cho bản sao lưu {source_name}.</translation>
    </message>
    <message>
        <source>The backup {source_name} is damaged: {exc}.</source>
        <translation>Bản sao lưu {source_name} bị hỏng: {exc}.</translation>
    </message>
    <message>
        <source>{source_name} was made under another passphrase: enter that passphrase.</source>
        <translation>{source_name} được tạo với một cụm mật khẩu khác: hãy nhập cụm mật khẩu đó.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {exc}.</source>
        <translation>Không khôi phục được bản sao lưu: {exc}.</translation>
    </message>
    <message>
        <source>The store is damaged: part of it cannot be read. Nothing was overwritten.

Use Tools &gt; Check database: it offers the newest good backup.</source>
        <translation>Kho dữ liệu bị hỏng: một phần không đọc được. Không có gì bị ghi đè.

Hãy dùng Công cụ &gt; Kiểm tra cơ sở dữ liệu: nó đề xuất bản sao lưu tốt mới nhất.</translation>
    </message>
    <message>
        <source>Not saved: %1.

Nothing saved before was lost.</source>
        <translation>Chưa lưu: %1.

Không mất gì đã lưu trước đó.</translation>
    </message>
    <message>
        <source>Something went wrong (%1).

Nothing you saved before was lost. Details are in %2.</source>
        <translation>Đã xảy ra lỗi (%1).

Không mất gì bạn đã lưu trước đó. Chi tiết có trong %2.</translation>
    </message>
    <message>
        <source>This is a trip copy: cooperation projects are changed in the team store (their progress, links to items and imports too); the copy shows them as they were when it was taken or last brought back. Nothing was changed.</source>
        <translation>Đây là bản sao mang đi: dự án hợp tác chỉ được thay đổi trong kho dữ liệu chung (cả tiến độ, liên kết với các mục và việc nhập); bản sao hiển thị chúng như lúc được mang đi hoặc lần đưa về gần nhất. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>This is a trip copy: negotiated texts are changed in the team store (import the revision, enter our amendments and the paragraphs&apos; states there); the copy shows them as they were when it was taken or last brought back. Nothing was changed.</source>
        <translation>Đây là bản sao mang đi: văn bản đàm phán chỉ được thay đổi trong kho dữ liệu chung (nhập bản sửa đổi, ghi đề xuất sửa đổi của ta và trạng thái các đoạn tại đó); bản sao hiển thị chúng như lúc được mang đi hoặc lần đưa về gần nhất. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>for {member}</source>
        <translation>dành cho {member}</translation>
    </message>
    <message>
        <source>A point delivered was not ticked here: the brief no longer has the point “{point}” (it was reworded or removed). Tick it again after settling the brief.</source>
        <translation>Một điểm đã phát biểu không được đánh dấu ở đây: lập trường không còn điểm “{point}” (đã được sửa lời hoặc bị xóa). Hãy đánh dấu lại sau khi giải quyết lập trường.</translation>
    </message>
    <message>
        <source>an item</source>
        <translation>một mục</translation>
    </message>
    <message>
        <source>The approval of the brief on {item} is not signed by its approver&apos;s key: the brief comes in for review, not approved.</source>
        <translation>Việc phê duyệt lập trường về {item} không được ký bằng khóa của người phê duyệt: lập trường được nhận ở trạng thái chờ xem xét, không phải đã phê duyệt.</translation>
    </message>
    <message>
        <source>The approved brief on {item} was edited elsewhere: it returns to draft (both versions are kept).</source>
        <translation>Lập trường đã phê duyệt về {item} đã được sửa ở nơi khác: lập trường trở về dự thảo (giữ lại cả hai phiên bản).</translation>
    </message>
    <message>
        <source>its event is not in this store</source>
        <translation>sự kiện của nó không có trong kho dữ liệu này</translation>
    </message>
    <message>
        <source>its meeting is not in this store</source>
        <translation>cuộc họp của nó không có trong kho dữ liệu này</translation>
    </message>
    <message>
        <source>its item is not in this store</source>
        <translation>mục của nó không có trong kho dữ liệu này</translation>
    </message>
    <message>
        <source>{clash}: not added to {meeting} from {origin} (one person cannot be at two meetings at once). Change who goes to one of them, then bring it back or import it again.</source>
        <translation>{clash}: không được thêm vào {meeting} từ {origin} (một người không thể dự hai cuộc họp cùng lúc). Hãy đổi người tham dự một trong hai cuộc họp, rồi mang về hoặc nhập lại.</translation>
    </message>
    <message>
        <source>{count} {kind}</source>
        <translation>{count} {kind}</translation>
    </message>
    <message>
        <source>an item not in this store</source>
        <translation>một mục không có trong kho dữ liệu này</translation>
    </message>
    <message>
        <source>sub-item {number} of {item}</source>
        <translation>mục con thứ {number} của {item}</translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message>
        <source>item {number} of the agenda</source>
        <translation>mục thứ {number} của chương trình nghị sự</translation>
    </message>
    <message>
        <source>Nothing new: this store already holds everything in it.</source>
        <translation>Không có gì mới: kho dữ liệu này đã có mọi thứ trong đó.</translation>
    </message>
    <message>
        <source>Nothing new taken.</source>
        <translation>Không nhận thêm gì mới.</translation>
    </message>
    <message>
        <source>now {place}</source>
        <translation>nay là {place}</translation>
    </message>
    <message>
        <source>{action}: {what}</source>
        <translation>{action}: {what}</translation>
    </message>
    <message>
        <source>entered in the register: 1 issue printed on the trip</source>
        <translation>đã ghi vào sổ đăng ký: 1 bản phát hành đã in trong chuyến đi</translation>
    </message>
    <message>
        <source>entered in the register: {n} issues printed on the trip</source>
        <translation>đã ghi vào sổ đăng ký: {n} bản phát hành đã in trong chuyến đi</translation>
    </message>
    <message>
        <source>The {record} was changed here and in {origin} since the two last met. Nothing was overwritten: keep ours, take theirs, or merge them. Both versions stay in the history.</source>
        <translation>{record} đã được thay đổi ở đây và ở {origin} kể từ lần hai bên khớp nhau gần nhất. Không có gì bị ghi đè: giữ bản của ta, lấy bản của họ, hoặc hợp nhất. Cả hai phiên bản vẫn còn trong lịch sử.</translation>
    </message>
    <message>
        <source>“{record}” was changed here and in {origin} since the two last met. Nothing was overwritten: keep ours, take theirs, or merge them. Both versions stay in the history.</source>
        <translation>“{record}” đã được thay đổi ở đây và ở {origin} kể từ lần hai bên khớp nhau gần nhất. Không có gì bị ghi đè: giữ bản của ta, lấy bản của họ, hoặc hợp nhất. Cả hai phiên bản vẫn còn trong lịch sử.</translation>
    </message>
    <message>
        <source>A {kind} changed on both sides</source>
        <translation>Một {kind} thay đổi ở cả hai phía</translation>
    </message>
    <message>
        <source>Ours (this store)</source>
        <translation>Của ta (kho dữ liệu này)</translation>
    </message>
    <message>
        <source>Theirs ({origin})</source>
        <translation>Của họ ({origin})</translation>
    </message>
    <message>
        <source>negotiated texts (documents, revisions, brackets, our amendments)</source>
        <translation>văn bản đàm phán (tài liệu, bản sửa đổi, ngoặc vuông, đề xuất sửa đổi của ta)</translation>
    </message>
    <message>
        <source>cooperation projects (and their links to agenda items)</source>
        <translation>dự án hợp tác (và liên kết của chúng với các mục chương trình)</translation>
    </message>
    <message>
        <source>events and meetings that are not part of the trip</source>
        <translation>các sự kiện và cuộc họp không thuộc chuyến đi</translation>
    </message>
    <message>
        <source>a trip copy brings back its own event (and the meetings it builds on) only: enter them in the team store</source>
        <translation>bản sao mang đi chỉ đưa về sự kiện của chính nó (và các cuộc họp mà nó dựa trên): hãy ghi chúng vào kho dữ liệu chung</translation>
    </message>
    <message>
        <source>{sender}&apos;s bundle of {when}</source>
        <translation>gói trao đổi của {sender} lúc {when}</translation>
    </message>
    <message>
        <source>{sections} from {side}</source>
        <translation>{sections} từ {side}</translation>
    </message>
    <message>
        <source>changed on both sides: {sections}</source>
        <translation>thay đổi ở cả hai phía: {sections}</translation>
    </message>
    <message>
        <source>item {number} “{title}” ({meeting})</source>
        <translation>mục {number} “{title}” ({meeting})</translation>
    </message>
    <message>
        <source>item “{title}” ({meeting})</source>
        <translation>mục “{title}” ({meeting})</translation>
    </message>
    <message>
        <source>here</source>
        <translation>đây</translation>
    </message>
    <message>
        <source>Wrong passphrase for {who}&apos;s key. Nothing was changed.</source>
        <translation>Sai cụm mật khẩu cho khoá của {who}. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>This file is a member&apos;s key, not a bundle: compare its fingerprint with them, then import it (keys import). Nothing was changed.</source>
        <translation>Tệp này là khoá của một thành viên, không phải gói trao đổi: hãy đối chiếu dấu vân tay với họ, rồi nhập khoá (keys import). Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>negotiated texts</source>
        <translation>văn bản đàm phán</translation>
    </message>
    <message>
        <source>cooperation projects</source>
        <translation>dự án hợp tác</translation>
    </message>
    <message>
        <source>brief on {item}</source>
        <translation>lập trường về {item}</translation>
    </message>
    <message>
        <source>{delegation} on {item}</source>
        <translation>{delegation} về {item}</translation>
    </message>
    <message>
        <source>{person} goes to {meeting}</source>
        <translation>{person} dự {meeting}</translation>
    </message>
    <message>
        <source>our speaking from {when}</source>
        <translation>phần phát biểu của ta từ {when}</translation>
    </message>
    <message>
        <source>delivered: {text}</source>
        <translation>đã nêu: {text}</translation>
    </message>
    <message>
        <source>{person} on {item}</source>
        <translation>{person} về {item}</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>một thành viên</translation>
    </message>
    <message>
        <source>the meeting</source>
        <translation>cuộc họp</translation>
    </message>
    <message>
        <source>a counterpart</source>
        <translation>một đối tác</translation>
    </message>
    <message>
        <source>refreshed from the team store (read only here): {what}</source>
        <translation>đã làm mới từ kho dữ liệu chung (chỉ đọc ở đây): {what}</translation>
    </message>
    <message>
        <source>the team store</source>
        <translation>kho dữ liệu chung</translation>
    </message>
    <message>
        <source>This bundle is sealed to {member}&apos;s key {fingerprint}; this store holds only {member}&apos;s other key, {own_fingerprint}: ask the sender to send it to that key. Nothing was changed.</source>
        <translation>Gói trao đổi này được niêm phong cho khoá {fingerprint} của {member}; kho dữ liệu này chỉ giữ khoá khác của {member}, {own_fingerprint}: hãy nhờ người gửi gửi tới khoá đó. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>{text!r} matches several members ({key_names}): give more of the name or the fingerprint.</source>
        <translation>{text!r} khớp với nhiều thành viên ({key_names}): hãy nhập thêm tên hoặc dấu vân tay.</translation>
    </message>
    <message>
        <source>{member} has {count} keys here: give the fingerprint ({key_list}).</source>
        <translation>{member} có {count} khoá ở đây: hãy nhập dấu vân tay ({key_list}).</translation>
    </message>
    <message>
        <source>public key, imported: a bundle sealed to it opens in the store where it was made</source>
        <translation>khoá công khai, được nhập: gói trao đổi niêm phong cho khoá này mở được ở kho dữ liệu nơi khoá được tạo</translation>
    </message>
    <message>
        <source>{fingerprint}: {place}</source>
        <translation>{fingerprint}: {place}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <source>your own key, kept in this store: signs and opens here</source>
        <translation>khoá riêng của bạn, giữ trong kho dữ liệu này: ký và mở tại đây</translation>
    </message>
    <message>
        <source>{member}&apos;s own key, kept in this store: signs and opens here with {member}&apos;s key passphrase</source>
        <translation>khoá riêng của {member}, giữ trong kho dữ liệu này: ký và mở tại đây bằng cụm mật khẩu khoá của {member}</translation>
    </message>
    <message>
        <source>{member}&apos;s key, kept in this store: a bundle sealed to it opens here, signed in as {member}</source>
        <translation>khoá của {member}, giữ trong kho dữ liệu này: gói trao đổi niêm phong cho khoá này mở được tại đây khi đăng nhập với tư cách {member}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>{target} already exists: nothing was written. Choose another file, or say that it is replaced (keys export --force).</source>
        <translation>{target} đã tồn tại: không ghi gì cả. Hãy chọn tệp khác, hoặc cho biết là thay thế nó (keys export --force).</translation>
    </message>
    <message>
        <source>Wrong passphrase for this bundle (the passphrase it was sealed under, not a key&apos;s): nothing was changed.</source>
        <translation>Sai cụm mật khẩu cho gói trao đổi này (cụm mật khẩu dùng để niêm phong gói, không phải của khoá): không có gì thay đổi.</translation>
    </message>
    <message>
        <source>the trip copy {series} of {taker} ({name})</source>
        <translation>bản sao mang đi {series} của {taker} ({name})</translation>
    </message>
    <message>
        <source>the trip copy {series} ({name})</source>
        <translation>bản sao mang đi {series} ({name})</translation>
    </message>
    <message>
        <source>{origin}; newer than the one from {older}</source>
        <translation>{origin}; mới hơn xung đột từ {older}</translation>
    </message>
    <message>
        <source>{count:,} negotiated text ({names}) with its revisions and our amendments (import a revision, enter our amendments and the paragraphs&apos; states in the team store)</source>
        <translation>{count:,} văn bản đàm phán ({names}) cùng các bản sửa đổi và đề xuất sửa đổi của ta (nhập bản sửa đổi, ghi đề xuất sửa đổi của ta và trạng thái các đoạn trong kho dữ liệu chung)</translation>
    </message>
    <message>
        <source>{count:,} negotiated texts ({names}) with their revisions and our amendments (import a revision, enter our amendments and the paragraphs&apos; states in the team store)</source>
        <translation>{count:,} văn bản đàm phán ({names}) cùng các bản sửa đổi và đề xuất sửa đổi của ta (nhập bản sửa đổi, ghi đề xuất sửa đổi của ta và trạng thái các đoạn trong kho dữ liệu chung)</translation>
    </message>
    <message>
        <source>{count:,} cooperation project with its progress and links to items</source>
        <translation>{count:,} dự án hợp tác cùng tiến độ và liên kết tới các mục</translation>
    </message>
    <message>
        <source>{count:,} cooperation projects with their progress and links to items</source>
        <translation>{count:,} dự án hợp tác cùng tiến độ và liên kết tới các mục</translation>
    </message>
    <message>
        <source>and {count:,} more</source>
        <translation>và {count:,} mục khác</translation>
    </message>
    <message>
        <source>from {origin}</source>
        <translation>từ {origin}</translation>
    </message>
    <message>
        <source>1 control character was removed.</source>
        <translation>Đã bỏ 1 ký tự điều khiển.</translation>
    </message>
    <message>
        <source>{count} control characters were removed.</source>
        <translation>Đã bỏ {count} ký tự điều khiển.</translation>
    </message>
    <message>
        <source>1 line before the first numbered item looks like a heading and is left out (tick it to import it).</source>
        <translation>1 dòng trước mục đánh số đầu tiên trông như tiêu đề nên được bỏ qua (đánh dấu để nhập dòng đó).</translation>
    </message>
    <message>
        <source>{count} lines before the first numbered item look like headings and are left out (tick them to import them).</source>
        <translation>{count} dòng trước mục đánh số đầu tiên trông như tiêu đề nên được bỏ qua (đánh dấu để nhập các dòng đó).</translation>
    </message>
    <message>
        <source>This does not look like an agenda of this meeting: none of its {count} lines matches an item on the agenda and none is numbered. Nothing was imported. To add the lines anyway, choose “Add after the items there” (command line: --mode append).</source>
        <translation>Đây không giống chương trình nghị sự của cuộc họp này: không dòng nào trong {count} dòng khớp với một mục của chương trình và không dòng nào được đánh số. Chưa nhập gì. Để vẫn thêm các dòng này, hãy chọn “Thêm sau các mục đã có” (dòng lệnh: --mode append).</translation>
    </message>
    <message>
        <source>This does not look like an agenda of this meeting: its one line matches no item on the agenda and is not numbered. Nothing was imported. To add the line anyway, choose “Add after the items there” (command line: --mode append).</source>
        <translation>Đây không giống chương trình nghị sự của cuộc họp này: dòng duy nhất của nó không khớp với mục nào của chương trình và không được đánh số. Chưa nhập gì. Để vẫn thêm dòng này, hãy chọn “Thêm sau các mục đã có” (dòng lệnh: --mode append).</translation>
    </message>
    <message>
        <source>{items} and {projects}</source>
        <translation>{items} và {projects}</translation>
    </message>
    <message>
        <source>1 agenda item</source>
        <translation>1 mục chương trình</translation>
    </message>
    <message>
        <source>{count} agenda items</source>
        <translation>{count} mục chương trình</translation>
    </message>
    <message>
        <source>1 project</source>
        <translation>1 dự án</translation>
    </message>
    <message>
        <source>{count} projects</source>
        <translation>{count} dự án</translation>
    </message>
    <message>
        <source>{t_label} tags {uses}: take it off them first.</source>
        <translation>{t_label} đang gắn cho {uses}: hãy gỡ khỏi chúng trước.</translation>
    </message>
    <message>
        <source>merged when {origin} was brought back: {merged}</source>
        <translation>hợp nhất khi {origin} được đưa về: {merged}</translation>
    </message>
    <message>
        <source>merged with {origin}: {merged}</source>
        <translation>hợp nhất với {origin}: {merged}</translation>
    </message>
    <message>
        <source>The database {locator_display} is not empty (1 table: {shown}): a team store is created only in an empty database. Create one (createdb) or choose another.</source>
        <translation>Cơ sở dữ liệu {locator_display} không trống (1 bảng: {shown}): kho dữ liệu chung chỉ được tạo trong một cơ sở dữ liệu trống. Hãy tạo mới (createdb) hoặc chọn cơ sở khác.</translation>
    </message>
    <message>
        <source>The database {locator_display} is not empty ({count_tables} tables: {shown}): a team store is created only in an empty database. Create one (createdb) or choose another.</source>
        <translation>Cơ sở dữ liệu {locator_display} không trống ({count_tables} bảng: {shown}): kho dữ liệu chung chỉ được tạo trong một cơ sở dữ liệu trống. Hãy tạo mới (createdb) hoặc chọn cơ sở khác.</translation>
    </message>
    <message>
        <source>Nothing was restored: 1 session is connected to {locator_display}: {who}. Ask them to close the store first.</source>
        <translation>Chưa khôi phục gì: có 1 phiên đang kết nối tới {locator_display}: {who}. Hãy đề nghị họ đóng kho dữ liệu trước.</translation>
    </message>
    <message>
        <source>Nothing was restored: {count_connected} sessions are connected to {locator_display}: {who}. Ask them to close the store first.</source>
        <translation>Chưa khôi phục gì: có {count_connected} phiên đang kết nối tới {locator_display}: {who}. Hãy đề nghị họ đóng kho dữ liệu trước.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Sự kiện mới</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Chi tiết sự kiện</translation>
    </message>
    <message>
        <source>An event is a meeting week in one city, such as “6th ADGMIN and related meetings, Hà Nội”. Its meetings, steering brief and logistics go into the briefing pack.</source>
        <translation>Một sự kiện là một tuần họp tại một thành phố, như “6th ADGMIN and related meetings, Hà Nội”. Các cuộc họp, định hướng chỉ đạo và hậu cần của nó được đưa vào bộ tài liệu chuẩn bị.</translation>
    </message>
    <message>
        <source>6th ADGMIN and related meetings</source>
        <translation>6th ADGMIN and related meetings</translation>
    </message>
    <message>
        <source>ADGMIN 6, Hà Nội (lists and page headers)</source>
        <translation>ADGMIN 6, Hà Nội (danh sách và đầu trang)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(chưa đặt)</translation>
    </message>
    <message>
        <source>Hà Nội</source>
        <translation>Hà Nội</translation>
    </message>
    <message>
        <source>to be confirmed</source>
        <translation>chờ xác nhận</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Overall objectives and handling for the week: what we want to come home with, the line on sensitive items, who speaks when</source>
        <translation>Mục tiêu chung và cách xử lý trong tuần: điều ta muốn đạt được, đường lối với các mục nhạy cảm, ai phát biểu khi nào</translation>
    </message>
    <message>
        <source>Venue, hotel, transport, accreditation, delegation office, contacts</source>
        <translation>Địa điểm, khách sạn, đi lại, đăng ký, văn phòng đoàn, liên lạc</translation>
    </message>
    <message>
        <source>Steering brief</source>
        <translation>Định hướng chỉ đạo</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ngày đầu</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ngày cuối</translation>
    </message>
    <message>
        <source>The head of delegation&apos;s guidance for the whole event</source>
        <translation>Chỉ đạo của trưởng đoàn cho toàn bộ sự kiện</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Hậu cần</translation>
    </message>
    <message>
        <source>Travel, venue, hotel and contacts</source>
        <translation>Đi lại, địa điểm, khách sạn và liên lạc</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Short title:</source>
        <translation>Tên ngắn:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Nước chủ nhà:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Thành phố:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Quốc gia:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Múi giờ:</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Tạo sự kiện</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Without a time zone, times are shown in this laptop&apos;s time.</source>
        <translation>Nếu không có múi giờ, thời gian được hiển thị theo giờ của máy này.</translation>
    </message>
    <message>
        <source>%s. The times of the meetings and of the notes taken in the room are shown in this zone.</source>
        <translation>%s. Giờ của các cuộc họp và của các ghi chép trong phòng họp được hiển thị theo múi giờ này.</translation>
    </message>
    <message>
        <source>Not a known time zone: choose one from the list.</source>
        <translation>Không phải múi giờ đã biết: hãy chọn trong danh sách.</translation>
    </message>
    <message>
        <source>Give the event a title, e.g. “6th ADGMIN and related meetings”.</source>
        <translation>Đặt tên cho sự kiện, ví dụ “6th ADGMIN and related meetings”.</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>Sự kiện không thể kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>An event of more than two months? Check the dates (one meeting week is one event).</source>
        <translation>Một sự kiện dài hơn hai tháng? Hãy kiểm tra ngày (mỗi tuần họp là một sự kiện).</translation>
    </message>
    <message>
        <source>“%s” is not a time zone: choose one from the list, e.g. Asia/Ho_Chi_Minh.</source>
        <translation>“%s” không phải là múi giờ: hãy chọn trong danh sách, ví dụ Asia/Ho_Chi_Minh.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Open store</source>
        <translation>Mở kho dữ liệu</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Kho dữ liệu mới</translation>
    </message>
    <message>
        <source>Save as Word</source>
        <translation>Lưu thành Word</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Khôi phục từ tệp</translation>
    </message>
    <message>
        <source>Import an agenda</source>
        <translation>Nhập chương trình nghị sự</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Lưu gói trao đổi</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>Mở gói trao đổi</translation>
    </message>
</context>
<context>
    <name>FrameworksDialog</name>
    <message>
        <source>Frameworks</source>
        <translation>Khung</translation>
    </message>
    <message>
        <source>The frameworks and their outcomes and actions</source>
        <translation>Các khung cùng kết quả và hành động của chúng</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>&amp;Thêm mới</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Thuộc</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Khung</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(cấp cao nhất)</translation>
    </message>
</context>
<context>
    <name>GuiRunner</name>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Guide</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <source>The parts of the guide</source>
        <translation>Các phần của hướng dẫn</translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message>
        <source>The agenda&apos;s header</source>
        <translation>Phần đầu của chương trình nghị sự</translation>
    </message>
    <message>
        <source>Update the meeting</source>
        <translation>Cập nhật cuộc họp</translation>
    </message>
    <message>
        <source>Marking: &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>Độ mật: &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>%s: in the store %s, on the agenda &lt;b&gt;“%s”&lt;/b&gt;</source>
        <translation>%s: trong kho %s, trong chương trình &lt;b&gt;“%s”&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Title, venue and dates agree with the meeting.</source>
        <translation>Tiêu đề, địa điểm và ngày khớp với cuộc họp.</translation>
    </message>
</context>
<context>
    <name>HeldConflicts</name>
    <message>
        <source>In the store (version %s)</source>
        <translation>Trong kho dữ liệu (phiên bản %s)</translation>
    </message>
    <message>
        <source>In the store</source>
        <translation>Trong kho dữ liệu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Yours (kept offline)</source>
        <translation>Của bạn (giữ khi ngoại tuyến)</translation>
    </message>
    <message>
        <source>You corrected this note while the team store&apos;s server could not be reached; meanwhile it was changed: %s Keep yours, take theirs, or merge them.</source>
        <translation>Bạn đã sửa ghi chú này khi không kết nối được máy chủ của kho dữ liệu nhóm; trong lúc đó nó đã bị thay đổi: %s Giữ bản của bạn, lấy bản của họ, hoặc gộp lại.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a project matrix</source>
        <translation>Nhập bảng dự án</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Tệp để nhập</translation>
    </message>
    <message>
        <source>An .xlsx workbook or a .csv file from the Secretariat</source>
        <translation>Một tệp .xlsx hoặc .csv của Ban Thư ký</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Các cột của tệp</translation>
    </message>
    <message>
        <source>Which field each column of the file fills</source>
        <translation>Mỗi cột của tệp điền vào trường nào</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Các hàng để nhập</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Điều sẽ xảy ra</translation>
    </message>
    <message>
        <source>Title / changes</source>
        <translation>Tiêu đề / thay đổi</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation>Đang đọc %s…</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>thay đổi</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <source>%d new, %d changed, %d unchanged. Nothing is written until Import.</source>
        <translation>%d mới, %d thay đổi, %d không đổi. Chưa ghi gì cho đến khi bấm Nhập.</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(không có tiêu đề)</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(bỏ qua)</translation>
    </message>
    <message>
        <source>Backing up the store, then importing…</source>
        <translation>Đang sao lưu kho dữ liệu, rồi nhập…</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>đã thay đổi</translation>
    </message>
    <message>
        <source>Imported: %d new, %d changed, %d unchanged. The changes are listed above and kept with the import.</source>
        <translation>Đã nhập: %d mới, %d thay đổi, %d không đổi. Các thay đổi được liệt kê ở trên và lưu cùng lần nhập.</translation>
    </message>
</context>
<context>
    <name>ImportTextDialog</name>
    <message>
        <source>Import a revision of an outcome document</source>
        <translation>Nhập bản sửa đổi của một văn kiện kết quả</translation>
    </message>
    <message>
        <source>A new document</source>
        <translation>Một văn kiện mới</translation>
    </message>
    <message>
        <source>New revision of: %s</source>
        <translation>Bản sửa đổi mới của: %s</translation>
    </message>
    <message>
        <source>From the text when left empty</source>
        <translation>Lấy từ văn bản khi để trống</translation>
    </message>
    <message>
        <source>&quot;Rev. 3&quot;; from the text when left empty</source>
        <translation>&quot;Rev. 3&quot;; lấy từ văn bản khi để trống</translation>
    </message>
    <message>
        <source>Open a Word or text file…</source>
        <translation>Mở tệp Word hoặc văn bản…</translation>
    </message>
    <message>
        <source>Text to import</source>
        <translation>Văn bản để nhập</translation>
    </message>
    <message>
        <source>Paste the text under negotiation</source>
        <translation>Dán văn bản đang đàm phán</translation>
    </message>
    <message>
        <source>…or paste the text here, one paragraph per line</source>
        <translation>…hoặc dán văn bản vào đây, mỗi đoạn một dòng</translation>
    </message>
    <message>
        <source>Paragraphs as read</source>
        <translation>Các đoạn đã đọc</translation>
    </message>
    <message>
        <source>Para.</source>
        <translation>Đoạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>From the previous revision</source>
        <translation>Từ bản sửa đổi trước</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Văn kiện</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tiêu đề</translation>
    </message>
    <message>
        <source>&amp;Revision</source>
        <translation>&amp;Bản sửa đổi</translation>
    </message>
    <message>
        <source>Import a revision</source>
        <translation>Nhập một bản sửa đổi</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>văn bản đã dán</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Đang đọc…</translation>
    </message>
    <message>
        <source>It could not be read.</source>
        <translation>Không đọc được.</translation>
    </message>
    <message>
        <source>Open a file or paste the text to see what will be imported.</source>
        <translation>Mở một tệp hoặc dán văn bản để xem những gì sẽ được nhập.</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>đã chuyển</translation>
    </message>
    <message>
        <source>(was %s)</source>
        <translation>(trước là %s)</translation>
    </message>
    <message>
        <source>a new document</source>
        <translation>một văn kiện mới</translation>
    </message>
    <message>
        <source>%s as %s: %s paragraphs; %s.</source>
        <translation>%s thành %s: %s đoạn; %s.</translation>
    </message>
    <message>
        <source>%s paragraph(s) of the previous revision are gone.</source>
        <translation>%s đoạn của bản sửa đổi trước không còn.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Không có gì được nhập.</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Title of the agenda item (required)</source>
        <translation>Tiêu đề của mục chương trình (bắt buộc)</translation>
    </message>
    <message>
        <source>Fix the number by hand:</source>
        <translation>Đặt số bằng tay:</translation>
    </message>
    <message>
        <source>e.g. 2bis</source>
        <translation>ví dụ 2bis</translation>
    </message>
    <message>
        <source>Lead, in words</source>
        <translation>Chủ trì, bằng chữ</translation>
    </message>
    <message>
        <source>Who leads the item when it is not one delegation, e.g. ASEC with Japan</source>
        <translation>Ai chủ trì mục khi không phải một đoàn, ví dụ ASEC với Nhật Bản</translation>
    </message>
    <message>
        <source>or in words, e.g. ASEC with Japan</source>
        <translation>hoặc bằng chữ, ví dụ ASEC with Japan</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>ADM tags, e.g. DO3, EA 3.2</source>
        <translation>Thẻ ADM, ví dụ DO3, EA 3.2</translation>
    </message>
    <message>
        <source>Notes on the item (optional)</source>
        <translation>Ghi chú về mục (không bắt buộc)</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Ký hiệu tài liệu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Thêm tài liệu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tiêu đề</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Mục đích</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Estimated &amp;time</source>
        <translation>&amp;Thời gian ước tính</translation>
    </message>
    <message>
        <source>ADM ta&amp;gs</source>
        <translation>&amp;Thẻ ADM</translation>
    </message>
    <message>
        <source>Reference documents</source>
        <translation>Tài liệu tham chiếu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>— no lead —</source>
        <translation>— không có chủ trì —</translation>
    </message>
</context>
<context>
    <name>ItemPanels</name>
    <message>
        <source>No item numbered “%s” on this agenda.</source>
        <translation>Không có mục nào mang số “%s” trong chương trình này.</translation>
    </message>
    <message>
        <source>There is no point %d on this item.</source>
        <translation>Mục này không có điểm %d.</translation>
    </message>
    <message>
        <source>Outcomes belong to an agenda item: this meeting has none.</source>
        <translation>Kết quả thuộc về một mục chương trình: cuộc họp này chưa có mục nào.</translation>
    </message>
    <message>
        <source>Outcome recorded.</source>
        <translation>Đã ghi kết quả.</translation>
    </message>
    <message>
        <source>The speaking timer has been running since %s (F9 stops it).</source>
        <translation>Đồng hồ phát biểu đang chạy từ %s (F9 để dừng).</translation>
    </message>
</context>
<context>
    <name>ItemProjectsView</name>
    <message>
        <source>Projects this item concerns</source>
        <translation>Các dự án liên quan đến mục này</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Liên kết</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Bỏ liên kết</translation>
    </message>
    <message>
        <source>Also concerns:</source>
        <translation>Cũng liên quan:</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>đã liên kết</translation>
    </message>
    <message>
        <source>shares %s</source>
        <translation>dùng chung với %s</translation>
    </message>
    <message>
        <source>Last decision: %s</source>
        <translation>Quyết định gần nhất: %s</translation>
    </message>
    <message>
        <source>Projects this item concerns: %d</source>
        <translation>Dự án liên quan đến mục này: %d</translation>
    </message>
    <message>
        <source>No project concerns this item yet (tag it, or link one).</source>
        <translation>Chưa có dự án nào liên quan đến mục này (hãy gắn thẻ, hoặc liên kết một dự án).</translation>
    </message>
    <message>
        <source>That project comes through a shared tag: change the item&apos;s tags instead.</source>
        <translation>Dự án đó đến qua một thẻ dùng chung: hãy đổi thẻ của mục thay vào đó.</translation>
    </message>
    <message>
        <source>Why the projects cannot be changed here</source>
        <translation>Vì sao không thể thay đổi các dự án ở đây</translation>
    </message>
</context>
<context>
    <name>KeptNotes</name>
    <message>
        <source>%s Unsaved correction: %s</source>
        <translation>%s Sửa chưa lưu: %s</translation>
    </message>
    <message>
        <source>%s Unsaved %s: %s</source>
        <translation>%s Chưa lưu %s: %s</translation>
    </message>
    <message>
        <source>Kept on this computer while the team store&apos;s server cannot be reached; written as soon as it answers again.</source>
        <translation>Được giữ trên máy này trong lúc không kết nối được máy chủ của kho dữ liệu nhóm; sẽ được ghi ngay khi máy chủ trả lời lại.</translation>
    </message>
    <message>
        <source>Notes not saved yet</source>
        <translation>Ghi chép chưa lưu</translation>
    </message>
    <message>
        <source>%s Not saved yet, kept on this computer: %s</source>
        <translation>%s Chưa lưu, đang giữ trên máy này: %s</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Members&apos; keys</source>
        <translation>Khóa của thành viên</translation>
    </message>
    <message>
        <source>Bundles are signed by their sender&apos;s key and opened with their recipient&apos;s. Send your public key to the others; before importing theirs, compare its fingerprint with them by phone or in person.</source>
        <translation>Gói trao đổi được ký bằng khóa của người gửi và mở bằng khóa của người nhận. Hãy gửi khóa công khai của bạn cho những người khác; trước khi nhập khóa của họ, hãy đối chiếu dấu vân tay khóa với họ qua điện thoại hoặc trực tiếp.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Make my key…</source>
        <translation>Tạo khóa của tôi…</translation>
    </message>
    <message>
        <source>Save public key…</source>
        <translation>Lưu khóa công khai…</translation>
    </message>
    <message>
        <source>Import a key…</source>
        <translation>Nhập một khóa…</translation>
    </message>
    <message>
        <source>Making the key…</source>
        <translation>Đang tạo khóa…</translation>
    </message>
    <message>
        <source>Made a key for %s: fingerprint %s.</source>
        <translation>Đã tạo khóa cho %s: dấu vân tay %s.</translation>
    </message>
    <message>
        <source>Save public key</source>
        <translation>Lưu khóa công khai</translation>
    </message>
    <message>
        <source>Saved %s&apos;s public key to %s.</source>
        <translation>Đã lưu khóa công khai của %s vào %s.</translation>
    </message>
    <message>
        <source>Import a key</source>
        <translation>Nhập một khóa</translation>
    </message>
    <message>
        <source>Not imported: %s</source>
        <translation>Chưa nhập: %s</translation>
    </message>
    <message>
        <source>Knows %s&apos;s key: fingerprint %s. Compare it with them.</source>
        <translation>Đã có khóa của %s: dấu vân tay %s. Hãy đối chiếu với họ.</translation>
    </message>
    <message>
        <source>You have your key already (fingerprint %s): it signs and opens here.</source>
        <translation>Bạn đã có khóa của mình (dấu vân tay %s): khóa này ký và mở ở đây.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>In the store</source>
        <translation>Trong kho</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Their version from</source>
        <translation>Phiên bản của họ từ</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Agenda and programme</source>
        <translation>Chương trình nghị sự và lịch trình</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Lập trường</translation>
    </message>
    <message>
        <source>Stances</source>
        <translation>Quan điểm</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>ADGSOM Desktop stores (*.adgsom);;All files (*)</source>
        <translation>Kho dữ liệu ADGSOM Desktop (*.adgsom);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Tài liệu PDF (*.pdf);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Tài liệu Word (*.docx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>ADGSOM Desktop backups (*.adgsom-backup *.adgsom);;All files (*)</source>
        <translation>Bản sao lưu ADGSOM Desktop (*.adgsom-backup *.adgsom);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Agendas (*.docx *.pdf *.txt *.text *.md);;Word documents (*.docx);;PDF files (*.pdf);;Text files (*.txt);;All files (*)</source>
        <translation>Chương trình nghị sự (*.docx *.pdf *.txt *.text *.md);;Tài liệu Word (*.docx);;Tệp PDF (*.pdf);;Tệp văn bản (*.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>ADGSOM exchange bundles (*.adgsom-bundle);;All files (*)</source>
        <translation>Gói trao đổi ADGSOM (*.adgsom-bundle);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>Quốc gia thành viên</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Ban Thư ký</translation>
    </message>
    <message>
        <source>Dialogue partner</source>
        <translation>Đối tác đối thoại</translation>
    </message>
    <message>
        <source>International org</source>
        <translation>Tổ chức quốc tế</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Quan sát viên</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>Phó trưởng đoàn</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Cố vấn</translation>
    </message>
    <message>
        <source>Desk officer</source>
        <translation>Cán bộ phụ trách</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Phiên dịch</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Liên lạc viên</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Senior officials (ADGSOM)</source>
        <translation>Quan chức cao cấp (ADGSOM)</translation>
    </message>
    <message>
        <source>Ministers (ADGMIN)</source>
        <translation>Bộ trưởng (ADGMIN)</translation>
    </message>
    <message>
        <source>With a dialogue partner</source>
        <translation>Với đối tác đối thoại</translation>
    </message>
    <message>
        <source>Joint Working Group</source>
        <translation>Nhóm công tác chung</translation>
    </message>
    <message>
        <source>Governing Council</source>
        <translation>Hội đồng điều hành</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Nhóm công tác</translation>
    </message>
    <message>
        <source>Regulators&apos; council (ATRC)</source>
        <translation>Hội đồng các cơ quan quản lý (ATRC)</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Phiên toàn thể</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Phiên kín</translation>
    </message>
    <message>
        <source>Retreat</source>
        <translation>Phiên hẹp (retreat)</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Kết hợp trực tiếp và trực tuyến</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Để thông tin</translation>
    </message>
    <message>
        <source>For discussion</source>
        <translation>Để thảo luận</translation>
    </message>
    <message>
        <source>For endorsement</source>
        <translation>Để tán thành</translation>
    </message>
    <message>
        <source>For decision</source>
        <translation>Để quyết định</translation>
    </message>
    <message>
        <source>For adoption</source>
        <translation>Để thông qua</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Giải lao</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Bữa ăn</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <source>Bilaterals</source>
        <translation>Gặp song phương</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Nghi lễ</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Ủng hộ</translation>
    </message>
    <message>
        <source>Support with amendments</source>
        <translation>Ủng hộ có sửa đổi</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Trung lập</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Bảo lưu</translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation>Phản đối</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Chưa rõ</translation>
    </message>
    <message>
        <source>HoD may concede</source>
        <translation>Trưởng đoàn có thể nhân nhượng</translation>
    </message>
    <message>
        <source>Refer to capital</source>
        <translation>Xin ý kiến trong nước</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>For review</source>
        <translation>Chờ xem xét</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Phát biểu</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Đã bỏ</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Welcomed</source>
        <translation>Hoan nghênh</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Tán thành</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Nhất trí</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Thông qua</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Hoãn lại</translation>
    </message>
    <message>
        <source>Tasked</source>
        <translation>Giao nhiệm vụ</translation>
    </message>
    <message>
        <source>Desired outcome</source>
        <translation>Kết quả mong muốn</translation>
    </message>
    <message>
        <source>Enabling action</source>
        <translation>Hành động hỗ trợ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Masterplan</source>
        <translation>Kế hoạch tổng thể</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Kế hoạch công tác</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đã đề xuất</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Đang triển khai</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Đã gia hạn</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Bên tham gia</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bên thụ hưởng</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mốc</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Brief for the Head of Delegation</source>
        <translation>Bộ tài liệu chuẩn bị cho Trưởng đoàn</translation>
    </message>
    <message>
        <source>For the Head of Delegation</source>
        <translation>Dành cho Trưởng đoàn</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Đoàn</translation>
    </message>
    <message>
        <source>Brief for the delegation</source>
        <translation>Bộ tài liệu chuẩn bị cho đoàn</translation>
    </message>
    <message>
        <source>For the members of the delegation</source>
        <translation>Dành cho các thành viên của đoàn</translation>
    </message>
    <message>
        <source>Other agencies</source>
        <translation>Các cơ quan khác</translation>
    </message>
    <message>
        <source>Brief for other agencies</source>
        <translation>Bộ tài liệu chuẩn bị cho các cơ quan khác</translation>
    </message>
    <message>
        <source>For other agencies</source>
        <translation>Dành cho các cơ quan khác</translation>
    </message>
    <message>
        <source>Public lines</source>
        <translation>Thông điệp công khai</translation>
    </message>
    <message>
        <source>Public lines: what may be said in public</source>
        <translation>Thông điệp công khai: những gì có thể nói công khai</translation>
    </message>
    <message>
        <source>Report of the meeting</source>
        <translation>Báo cáo cuộc họp</translation>
    </message>
    <message>
        <source>Joint statement</source>
        <translation>Tuyên bố chung</translation>
    </message>
    <message>
        <source>Joint media statement</source>
        <translation>Thông cáo báo chí chung</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Kế hoạch thực hiện</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Đề mục</translation>
    </message>
    <message>
        <source>Preambular</source>
        <translation>Phần mở đầu</translation>
    </message>
    <message>
        <source>Operative</source>
        <translation>Phần quyết định</translation>
    </message>
    <message>
        <source>Table row</source>
        <translation>Dòng bảng</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Agreed ad ref</source>
        <translation>Đã thống nhất ad ref</translation>
    </message>
    <message>
        <source>Bracketed</source>
        <translation>Còn trong ngoặc</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Lần đầu</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Đã sửa lời</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Đã tách</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Đã gộp</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>To table</source>
        <translation>Sẽ đưa ra</translation>
    </message>
    <message>
        <source>Tabled</source>
        <translation>Đã đưa ra</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Được chấp nhận</translation>
    </message>
    <message>
        <source>Accepted with changes</source>
        <translation>Được chấp nhận có sửa đổi</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị bác bỏ</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Đã bỏ ngoặc</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation>Tán thành</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Thông qua</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Giao nhiệm vụ</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Quan điểm</translation>
    </message>
    <message>
        <source>Opening position</source>
        <translation>Lập trường ban đầu</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>Phương án lùi</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>Lằn ranh đỏ</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Thẩm quyền</translation>
    </message>
    <message>
        <source>Points to make</source>
        <translation>Các điểm cần nêu</translation>
    </message>
    <message>
        <source>Tactical arguments</source>
        <translation>Lập luận chiến thuật</translation>
    </message>
    <message>
        <source>Their objectives</source>
        <translation>Mục tiêu của các bên</translation>
    </message>
    <message>
        <source>Defensive lines</source>
        <translation>Luận điểm phòng thủ</translation>
    </message>
    <message>
        <source>Press line</source>
        <translation>Thông điệp báo chí</translation>
    </message>
    <message>
        <source>Background (releasable)</source>
        <translation>Thông tin nền (được phép tiết lộ)</translation>
    </message>
    <message>
        <source>Background (not for disclosure)</source>
        <translation>Thông tin nền (không được tiết lộ)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Their objectives and our response</source>
        <translation>Mục tiêu của các bên và cách ta đáp lại</translation>
    </message>
    <message>
        <source>Defensive lines and Q&amp;A</source>
        <translation>Luận điểm phòng thủ và hỏi - đáp</translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation>Trang bìa</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Danh sách phân phối</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <source>Steering brief</source>
        <translation>Định hướng chỉ đạo</translation>
    </message>
    <message>
        <source>Programme and logistics</source>
        <translation>Chương trình và hậu cần</translation>
    </message>
    <message>
        <source>Agenda of each meeting</source>
        <translation>Chương trình nghị sự của từng cuộc họp</translation>
    </message>
    <message>
        <source>Cooperation with partners</source>
        <translation>Hợp tác với các đối tác</translation>
    </message>
    <message>
        <source>Item briefs</source>
        <translation>Lập trường theo từng mục</translation>
    </message>
    <message>
        <source>Negotiated texts: our amendments</source>
        <translation>Văn bản đàm phán: đề xuất sửa đổi của ta</translation>
    </message>
    <message>
        <source>Stance map</source>
        <translation>Bản đồ quan điểm</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Việc cần làm còn mở</translation>
    </message>
    <message>
        <source>Personality notes</source>
        <translation>Ghi chú về tính cách</translation>
    </message>
    <message>
        <source>List of annexes</source>
        <translation>Danh mục phụ lục</translation>
    </message>
    <message>
        <source>Return receipt</source>
        <translation>Phiếu xác nhận hoàn trả</translation>
    </message>
    <message>
        <source>Cover: title, event, reference, classification, audience, copy</source>
        <translation>Bìa: tiêu đề, sự kiện, số tham chiếu, độ mật, đối tượng đọc, bản số</translation>
    </message>
    <message>
        <source>Distribution list: who holds which copy</source>
        <translation>Danh sách phân phối: ai giữ bản nào</translation>
    </message>
    <message>
        <source>Steering brief (objectives and handling for the event)</source>
        <translation>Định hướng chỉ đạo (mục tiêu và cách xử lý cho sự kiện)</translation>
    </message>
    <message>
        <source>Programme, timetable and logistics</source>
        <translation>Chương trình, lịch thời gian và hậu cần</translation>
    </message>
    <message>
        <source>Cooperation with partners: status of projects (table and timeline), the projects an item concerns</source>
        <translation>Hợp tác với các đối tác: tình trạng các dự án (bảng và dòng thời gian), các dự án liên quan đến một mục</translation>
    </message>
    <message>
        <source>Cooperation with partners: proposals for the next phase and our stance on each</source>
        <translation>Hợp tác với các đối tác: đề xuất cho giai đoạn tới và quan điểm của ta về từng đề xuất</translation>
    </message>
    <message>
        <source>Cooperation with partners: our position on a proposal (conditions, reasons)</source>
        <translation>Hợp tác với các đối tác: lập trường của ta về một đề xuất (điều kiện, lý do)</translation>
    </message>
    <message>
        <source>Item brief: number, title, meeting</source>
        <translation>Lập trường theo mục: số, tiêu đề, cuộc họp</translation>
    </message>
    <message>
        <source>Item details: purpose, lead, time, ADM tags, documents, description</source>
        <translation>Chi tiết mục: mục đích, chủ trì, thời gian, thẻ ADM, tài liệu, mô tả</translation>
    </message>
    <message>
        <source>Position status, approval and clearance (prepared, sent for review, approved by, with dates)</source>
        <translation>Trạng thái lập trường, phê duyệt và thông qua (người soạn, người gửi xem xét, người phê duyệt, kèm ngày)</translation>
    </message>
    <message>
        <source>Our stance</source>
        <translation>Quan điểm của ta</translation>
    </message>
    <message>
        <source>Fallbacks (the ladder)</source>
        <translation>Phương án lùi (thang lập trường)</translation>
    </message>
    <message>
        <source>Authority to concede</source>
        <translation>Thẩm quyền nhân nhượng</translation>
    </message>
    <message>
        <source>Their objectives and our response per delegation</source>
        <translation>Mục tiêu của các bên và cách ta đáp lại từng đoàn</translation>
    </message>
    <message>
        <source>Defensive lines (Q&amp;A)</source>
        <translation>Luận điểm phòng thủ (hỏi - đáp)</translation>
    </message>
    <message>
        <source>Background not for disclosure</source>
        <translation>Thông tin nền không được tiết lộ</translation>
    </message>
    <message>
        <source>Stances of other delegations on the item</source>
        <translation>Quan điểm của các đoàn khác về mục này</translation>
    </message>
    <message>
        <source>Our counterparts on the item and their interest</source>
        <translation>Các đối tác về mục này và mối quan tâm của họ</translation>
    </message>
    <message>
        <source>Past notes on the item (what was said)</source>
        <translation>Ghi chép trước đây về mục (những gì đã nói)</translation>
    </message>
    <message>
        <source>Our internal remarks (notes of kind Remark)</source>
        <translation>Nhận xét nội bộ của ta (ghi chép loại Nhận xét)</translation>
    </message>
    <message>
        <source>Past outcomes on the item</source>
        <translation>Kết quả trước đây về mục</translation>
    </message>
    <message>
        <source>Ministers&apos; item: the SOM outcomes it builds on</source>
        <translation>Mục của Bộ trưởng: các kết quả SOM làm cơ sở</translation>
    </message>
    <message>
        <source>Addendum: what changed since the pack, items withdrawn</source>
        <translation>Phụ lục bổ sung: những gì đã thay đổi kể từ bộ tài liệu, các mục bị rút</translation>
    </message>
    <message>
        <source>Negotiated texts: paragraph, current text, our amendment, its state</source>
        <translation>Văn bản đàm phán: đoạn, văn bản hiện tại, đề xuất sửa đổi của ta, trạng thái</translation>
    </message>
    <message>
        <source>Negotiated texts: the reason for each amendment, its item</source>
        <translation>Văn bản đàm phán: lý do của từng đề xuất sửa đổi, mục liên quan</translation>
    </message>
    <message>
        <source>Stance map (items x delegations)</source>
        <translation>Bản đồ quan điểm (mục x đoàn)</translation>
    </message>
    <message>
        <source>Personality notes on counterparts</source>
        <translation>Ghi chú về tính cách của các đối tác</translation>
    </message>
    <message>
        <source>List of annexes (reference documents)</source>
        <translation>Danh mục phụ lục (tài liệu tham chiếu)</translation>
    </message>
    <message>
        <source>Return or destruction receipt of the copy</source>
        <translation>Phiếu xác nhận hoàn trả hoặc tiêu hủy bản</translation>
    </message>
    <message>
        <source>Meeting, event, date, venue, chair, who prepared it</source>
        <translation>Cuộc họp, sự kiện, ngày, địa điểm, chủ tọa, người soạn</translation>
    </message>
    <message>
        <source>Decision on each item</source>
        <translation>Quyết định về từng mục</translation>
    </message>
    <message>
        <source>What happened (proposals, decisions, remarks in order)</source>
        <translation>Diễn biến (đề xuất, quyết định, nhận xét theo thứ tự)</translation>
    </message>
    <message>
        <source>What we said</source>
        <translation>Những gì ta đã nói</translation>
    </message>
    <message>
        <source>Our points to make that were delivered</source>
        <translation>Các điểm cần nêu của ta đã được nêu</translation>
    </message>
    <message>
        <source>Our points to make not delivered</source>
        <translation>Các điểm cần nêu của ta chưa được nêu</translation>
    </message>
    <message>
        <source>What others said</source>
        <translation>Những gì các bên khác đã nói</translation>
    </message>
    <message>
        <source>Stances of others</source>
        <translation>Quan điểm của các bên khác</translation>
    </message>
    <message>
        <source>Follow-up for our agencies</source>
        <translation>Việc tiếp theo cho các cơ quan của ta</translation>
    </message>
    <message>
        <source>Action items for others</source>
        <translation>Việc cần làm của các bên khác</translation>
    </message>
    <message>
        <source>Our speaking time</source>
        <translation>Thời gian phát biểu của ta</translation>
    </message>
    <message>
        <source>The outcomes of each item, in the formal verbs</source>
        <translation>Kết quả của từng mục, theo các động từ chính thức</translation>
    </message>
    <message>
        <source>For the Ministers: what the Meeting recommends</source>
        <translation>Trình Bộ trưởng: những gì Hội nghị khuyến nghị</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Bộ tài liệu chuẩn bị</translation>
    </message>
    <message>
        <source>Report to capital</source>
        <translation>Báo cáo về trong nước</translation>
    </message>
    <message>
        <source>Outcome summary</source>
        <translation>Tóm tắt kết quả</translation>
    </message>
    <message>
        <source>Item brief (Word)</source>
        <translation>Lập trường theo mục (Word)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Nhà tài trợ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Đơn vị tiền</translation>
    </message>
    <message>
        <source>Implementing body</source>
        <translation>Cơ quan thực hiện</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Our involvement</source>
        <translation>Sự tham gia của ta</translation>
    </message>
    <message>
        <source>Lead Member State(s)</source>
        <translation>Quốc gia thành viên chủ trì</translation>
    </message>
    <message>
        <source>Framework outcome(s)</source>
        <translation>Kết quả theo khung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>Next phase proposal</source>
        <translation>Đề xuất cho giai đoạn tới</translation>
    </message>
    <message>
        <source>Our position</source>
        <translation>Lập trường của ta</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>tạo thủ công</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>tự động</translation>
    </message>
    <message>
        <source>before an upgrade of the app</source>
        <translation>trước khi nâng cấp ứng dụng</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>đã cập nhật</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <source>back (an edit beat a deletion)</source>
        <translation>khôi phục (một chỉnh sửa thắng một lần xóa)</translation>
    </message>
    <message>
        <source>merged: both sides&apos; changes kept</source>
        <translation>đã hợp nhất: giữ thay đổi của cả hai phía</translation>
    </message>
    <message>
        <source>changed on both sides: conflict kept</source>
        <translation>thay đổi ở cả hai phía: giữ lại xung đột</translation>
    </message>
    <message>
        <source>kept (ours was edited; their deletion loses)</source>
        <translation>giữ lại (bản của ta đã được sửa; việc xóa của họ không được áp dụng)</translation>
    </message>
    <message>
        <source>event</source>
        <translation>sự kiện</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>cuộc họp</translation>
    </message>
    <message>
        <source>person</source>
        <translation>người</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>mục chương trình</translation>
    </message>
    <message>
        <source>item&apos;s place</source>
        <translation>vị trí của mục</translation>
    </message>
    <message>
        <source>programme entry</source>
        <translation>mục trong chương trình</translation>
    </message>
    <message>
        <source>member going</source>
        <translation>thành viên tham dự</translation>
    </message>
    <message>
        <source>document</source>
        <translation>tài liệu</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>lập trường</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>quan điểm</translation>
    </message>
    <message>
        <source>point delivered</source>
        <translation>điểm đã phát biểu</translation>
    </message>
    <message>
        <source>counterpart&apos;s interest</source>
        <translation>mối quan tâm của đối tác</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ghi chép</translation>
    </message>
    <message>
        <source>stretch of our speaking</source>
        <translation>lượt phát biểu của ta</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>kết quả</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>việc cần làm</translation>
    </message>
    <message>
        <source>Meeting documents (*.pdf *.docx);;All files (*)</source>
        <translation>Tài liệu cuộc họp (*.pdf *.docx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Của ta</translation>
    </message>
    <message>
        <source>F5/F6/F7/F8 paragraph agreed / ad ref / bracketed / pending · Ctrl+Shift+↓/↑ paragraph · Ctrl+Shift+N next open · Ctrl+Shift+U lifted / Ctrl+Shift+K kept its bracket (speaker box)</source>
        <translation>F5/F6/F7/F8 đoạn đã thống nhất / ad ref / còn trong ngoặc / đang chờ · Ctrl+Shift+↓/↑ đoạn · Ctrl+Shift+N đoạn mở tiếp theo · Ctrl+Shift+U bỏ ngoặc / Ctrl+Shift+K giữ ngoặc (ô người phát biểu)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Bản</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Đối tượng đọc</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ngày phát hành</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người phát hành</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Built for issue (there was no preview).</source>
        <translation>Được tạo để phát hành (không có bản xem trước).</translation>
    </message>
    <message>
        <source>the audience (%1 in the preview, %2 issued)</source>
        <translation>đối tượng đọc (%1 trong bản xem trước, %2 khi phát hành)</translation>
    </message>
    <message>
        <source>the store&apos;s default</source>
        <translation>mặc định của kho dữ liệu</translation>
    </message>
    <message>
        <source>the marking (%1 in the preview, %2 issued)</source>
        <translation>độ mật (%1 trong bản xem trước, %2 khi phát hành)</translation>
    </message>
    <message>
        <source>what the pack holds or who gets copies</source>
        <translation>nội dung bộ tài liệu hoặc người nhận bản</translation>
    </message>
    <message>
        <source>Built again, not from the preview: %1 changed since.</source>
        <translation>Được tạo lại, không dùng bản xem trước: %1 đã thay đổi kể từ đó.</translation>
    </message>
    <message>
        <source>Built again for each copy with its own marking: the preview carried PREVIEW - NOT ISSUED and copy 1 only.</source>
        <translation>Được tạo lại cho từng bản với độ mật riêng: bản xem trước mang dòng PREVIEW - NOT ISSUED và chỉ có bản số 1.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Nêu tại</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Enter save · Shift+Enter new line · Ctrl+Enter save as action item (owner, due) · Up then F2 correct a note (F2 alone: the newest) · Ctrl+1…5 kind · Ctrl+M mandate · F12 hide the mandate now · Alt+S/A/N/R/O stance (Alt+0 none) · Alt+1…9 tick point · F9 speaking timer · Alt+↓/↑ next/previous item · Ctrl+G go to item · Ctrl+R outcome · Ctrl+T action from last note · Ctrl+K search · F11 full screen · Ctrl+W close</source>
        <translation>Enter lưu · Shift+Enter xuống dòng · Ctrl+Enter lưu thành việc cần làm (người phụ trách, hạn) · Lên rồi F2 sửa một ghi chép (chỉ F2: ghi chép mới nhất) · Ctrl+1…5 loại · Ctrl+M thẩm quyền được giao · F12 ẩn ngay thẩm quyền · Alt+S/A/N/R/O quan điểm (Alt+0 không) · Alt+1…9 đánh dấu điểm · F9 đồng hồ phát biểu · Alt+↓/↑ mục sau/trước · Ctrl+G đến mục · Ctrl+R kết quả · Ctrl+T việc cần làm từ ghi chép cuối · Ctrl+K tìm kiếm · F11 toàn màn hình · Ctrl+W đóng</translation>
    </message>
    <message>
        <source>Enter save · Ctrl+Enter action item · Up/F2 correct a note · Ctrl+M mandate · F12 hide the mandate · F9 timer · Alt+↓/↑ item · Ctrl+K search · all keys: point here</source>
        <translation>Enter lưu · Ctrl+Enter việc cần làm · Lên/F2 sửa ghi chép · Ctrl+M thẩm quyền · F12 ẩn thẩm quyền · F9 đồng hồ · Alt+↓/↑ mục · Ctrl+K tìm · mọi phím tắt: trỏ vào đây</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Mục chương trình</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Lập trường</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Thời điểm tạo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Matrices (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
        <translation>Bảng (*.xlsx *.csv);;Sổ tính Excel (*.xlsx);;Tệp CSV (*.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>%s items</source>
        <translation>%s mục</translation>
    </message>
    <message>
        <source>The paragraph is deleted:</source>
        <translation>Đoạn này bị xóa:</translation>
    </message>
    <message>
        <source>Brackets</source>
        <translation>Ngoặc</translation>
    </message>
    <message>
        <source>Proposals in tracked changes</source>
        <translation>Đề xuất dưới dạng thay đổi được theo dõi</translation>
    </message>
    <message>
        <source>Our amendments</source>
        <translation>Đề xuất sửa đổi của ta</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(không có chức danh)</translation>
    </message>
    <message>
        <source>None linked yet (View &gt; Counterparts).</source>
        <translation>Chưa liên kết ai (Xem &gt; Đối tác).</translation>
    </message>
    <message>
        <source>Lead: %s</source>
        <translation>Chủ trì: %s</translation>
    </message>
    <message>
        <source>Observed stances</source>
        <translation>Quan điểm quan sát được</translation>
    </message>
    <message>
        <source>Outcomes (Ctrl+R records)</source>
        <translation>Kết quả (Ctrl+R để ghi)</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Chưa có.</translation>
    </message>
    <message>
        <source>No mandate drafted for this item.</source>
        <translation>Chưa soạn thẩm quyền được giao cho mục này.</translation>
    </message>
    <message>
        <source>brief v%d, %s</source>
        <translation>lập trường bản %d, %s</translation>
    </message>
    <message>
        <source>Action items on this item</source>
        <translation>Việc cần làm của mục này</translation>
    </message>
    <message>
        <source>Builds on</source>
        <translation>Dựa trên</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>Last met</source>
        <translation>Gặp lần cuối</translation>
    </message>
    <message>
        <source>Last said</source>
        <translation>Lần nói gần nhất</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Kho dữ liệu</translation>
    </message>
    <message>
        <source>None (tag the item, or link one on its Projects tab).</source>
        <translation>Không có (hãy gắn thẻ cho mục, hoặc liên kết một dự án ở thẻ Dự án của nó).</translation>
    </message>
    <message>
        <source>Milestones and deliverables</source>
        <translation>Các mốc và sản phẩm</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Đầu mối</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Giai đoạn tới</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Các mục chương trình</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>No project chosen.</source>
        <translation>Chưa chọn dự án nào.</translation>
    </message>
    <message>
        <source>events</source>
        <translation>sự kiện</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>cuộc họp</translation>
    </message>
    <message>
        <source>people</source>
        <translation>người</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>mục chương trình</translation>
    </message>
    <message>
        <source>items&apos; places</source>
        <translation>vị trí của mục</translation>
    </message>
    <message>
        <source>programme entries</source>
        <translation>mục trong chương trình</translation>
    </message>
    <message>
        <source>members going</source>
        <translation>thành viên tham dự</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>tài liệu</translation>
    </message>
    <message>
        <source>briefs</source>
        <translation>lập trường</translation>
    </message>
    <message>
        <source>stances</source>
        <translation>quan điểm</translation>
    </message>
    <message>
        <source>points delivered</source>
        <translation>điểm đã phát biểu</translation>
    </message>
    <message>
        <source>counterparts&apos; interests</source>
        <translation>mối quan tâm của đối tác</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>ghi chép</translation>
    </message>
    <message>
        <source>stretches of our speaking</source>
        <translation>lượt phát biểu của ta</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>kết quả</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>việc cần làm</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>The headings, labels and dates; what you wrote stays as written</source>
        <translation>Tiêu đề, nhãn và ngày tháng; những gì bạn viết được giữ nguyên</translation>
    </message>
    <message>
        <source>Printed in</source>
        <translation>In bằng</translation>
    </message>
    <message>
        <source>Years in the Buddhist Era (พ.ศ.)</source>
        <translation>Năm theo Phật lịch (พ.ศ.)</translation>
    </message>
</context>
<context>
    <name>LineEdit</name>
    <message>
        <source>Paste refused</source>
        <translation>Không dán được</translation>
    </message>
</context>
<context>
    <name>LiveKeys</name>
    <message>
        <source>Next item</source>
        <translation>Mục tiếp theo</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Mục trước</translation>
    </message>
    <message>
        <source>Go to an item by its number</source>
        <translation>Đến một mục theo số</translation>
    </message>
    <message>
        <source>Kind of note: %1</source>
        <translation>Loại ghi chép: %1</translation>
    </message>
    <message>
        <source>Stance of the speaker: %1</source>
        <translation>Quan điểm của người phát biểu: %1</translation>
    </message>
    <message>
        <source>No stance</source>
        <translation>Không có quan điểm</translation>
    </message>
    <message>
        <source>Tick point to make %1</source>
        <translation>Đánh dấu điểm cần nêu %1</translation>
    </message>
    <message>
        <source>Fold or unfold the mandate</source>
        <translation>Thu gọn hoặc mở rộng thẩm quyền được giao</translation>
    </message>
    <message>
        <source>Hide the mandate now (and show it again)</source>
        <translation>Ẩn ngay thẩm quyền được giao (và hiện lại)</translation>
    </message>
    <message>
        <source>Correct a note (the newest, or the chosen)</source>
        <translation>Sửa ghi chép (mới nhất, hoặc ghi chép đã chọn)</translation>
    </message>
    <message>
        <source>Start or stop the speaking timer</source>
        <translation>Bắt đầu hoặc dừng đồng hồ phát biểu</translation>
    </message>
    <message>
        <source>Record the outcome of the item</source>
        <translation>Ghi kết quả của mục</translation>
    </message>
    <message>
        <source>Action item from the last note</source>
        <translation>Việc cần làm từ ghi chép cuối</translation>
    </message>
    <message>
        <source>Search the notes and briefs</source>
        <translation>Tìm trong ghi chép và lập trường</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Toàn màn hình</translation>
    </message>
    <message>
        <source>Close live mode</source>
        <translation>Đóng chế độ trực tiếp</translation>
    </message>
    <message>
        <source>Mark the paragraph: %1</source>
        <translation>Đánh dấu đoạn: %1</translation>
    </message>
    <message>
        <source>Next paragraph of the text</source>
        <translation>Đoạn tiếp theo của văn bản</translation>
    </message>
    <message>
        <source>Previous paragraph of the text</source>
        <translation>Đoạn trước của văn bản</translation>
    </message>
    <message>
        <source>Next open paragraph</source>
        <translation>Đoạn còn mở tiếp theo</translation>
    </message>
    <message>
        <source>Brackets lifted on the paragraph</source>
        <translation>Đã bỏ ngoặc ở đoạn</translation>
    </message>
    <message>
        <source>Brackets kept on the paragraph</source>
        <translation>Vẫn giữ ngoặc ở đoạn</translation>
    </message>
    <message>
        <source>Next speaker from the list</source>
        <translation>Người phát biểu tiếp theo trong danh sách</translation>
    </message>
    <message>
        <source>Add a delegation asking for the floor</source>
        <translation>Thêm đoàn xin phát biểu</translation>
    </message>
</context>
<context>
    <name>LivePresenter</name>
    <message>
        <source>Type what was said first: an empty note is not saved.</source>
        <translation>Hãy gõ nội dung phát biểu trước: ghi chép trống không được lưu.</translation>
    </message>
    <message>
        <source>No delegation or person matches “%s”. Correct it, or press Enter again to save the note with that name in its text.</source>
        <translation>Không có đoàn hay người nào khớp với “%s”. Hãy sửa lại, hoặc bấm Enter lần nữa để lưu ghi chép với tên đó trong nội dung.</translation>
    </message>
    <message>
        <source>A stance needs a speaker and an agenda item: choose who spoke, or Alt+0.</source>
        <translation>Một quan điểm cần người phát biểu và mục chương trình: hãy chọn ai đã phát biểu, hoặc Alt+0.</translation>
    </message>
    <message>
        <source>Save a note first: Ctrl+T makes an action item of the last note.</source>
        <translation>Hãy lưu một ghi chép trước: Ctrl+T tạo việc cần làm từ ghi chép cuối.</translation>
    </message>
    <message>
        <source>Action item created: %s</source>
        <translation>Đã tạo việc cần làm: %s</translation>
    </message>
</context>
<context>
    <name>LiveSearch</name>
    <message>
        <source>Item %s is the current item.</source>
        <translation>Mục %s là mục hiện tại.</translation>
    </message>
    <message>
        <source>“%s” is shown in the main window (behind this one).</source>
        <translation>“%s” được hiển thị ở cửa sổ chính (phía sau cửa sổ này).</translation>
    </message>
</context>
<context>
    <name>LiveText</name>
    <message>
        <source>No paragraph is still bracketed or pending.</source>
        <translation>Không còn đoạn nào trong ngoặc hoặc đang chờ.</translation>
    </message>
    <message>
        <source>%s: %s.</source>
        <translation>%s: %s.</translation>
    </message>
    <message>
        <source>Type who lifted or kept the bracket in the speaker box first.</source>
        <translation>Hãy gõ ai đã bỏ hoặc giữ ngoặc vào ô người phát biểu trước.</translation>
    </message>
</context>
<context>
    <name>LiveWindow</name>
    <message>
        <source>Live: %s</source>
        <translation>Trực tiếp: %s</translation>
    </message>
    <message>
        <source>Not saved yet: the note is still in the box.</source>
        <translation>Chưa lưu: ghi chép vẫn còn trong ô.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Saved %s.</source>
        <translation>Đã lưu %s.</translation>
    </message>
    <message>
        <source>Action item created.</source>
        <translation>Đã tạo việc cần làm.</translation>
    </message>
    <message>
        <source>Offline: kept on this computer (%s unsaved); written when the server is back.</source>
        <translation>Ngoại tuyến: đã giữ trên máy này (%s thay đổi chưa lưu); sẽ ghi khi máy chủ hoạt động lại.</translation>
    </message>
    <message>
        <source>This meeting has no agenda yet: notes go to the meeting.</source>
        <translation>Cuộc họp này chưa có chương trình: ghi chép được gắn với cuộc họp.</translation>
    </message>
    <message>
        <source>Item %d of %d</source>
        <translation>Mục %d/%d</translation>
    </message>
    <message>
        <source>Lead: %s</source>
        <translation>Chủ trì: %s</translation>
    </message>
    <message>
        <source>%d min</source>
        <translation>%d phút</translation>
    </message>
    <message>
        <source>Close live mode and lose the note?</source>
        <translation>Đóng chế độ trực tiếp và bỏ ghi chép?</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Đóng và bỏ</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Sai cụm mật khẩu. Hãy thử lại.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Wait %d seconds, then try again.</source>
        <translation>Sai cụm mật khẩu. Hãy chờ %d giây rồi thử lại.</translation>
    </message>
    <message>
        <source>The passphrase could not be checked: %s</source>
        <translation>Không kiểm tra được cụm mật khẩu: %s</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <source>ADGSOM Desktop is locked</source>
        <translation>ADGSOM Desktop đang bị khóa</translation>
    </message>
    <message>
        <source>Enter the passphrase of %s to unlock.</source>
        <translation>Nhập cụm mật khẩu của %s để mở khóa.</translation>
    </message>
    <message>
        <source>%s is not encrypted: anyone who copies the file can read it. Encrypt it (File &gt; Encrypt this store) to require a passphrase here.</source>
        <translation>%s không được mã hóa: ai sao chép tệp cũng đọc được. Hãy mã hóa (Tệp &gt; Mã hóa kho dữ liệu này) để yêu cầu cụm mật khẩu tại đây.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Hãy nhập cụm mật khẩu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Close this store anyway and lose them?</source>
        <translation>Vẫn đóng kho dữ liệu này và bỏ chúng?</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Đóng và bỏ</translation>
    </message>
    <message>
        <source>%s — trip copy of %s — %s</source>
        <translation>%s — bản sao mang đi của %s — %s</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>Chưa mở kho dữ liệu nào</translation>
    </message>
    <message>
        <source>Team store: </source>
        <translation>Kho dữ liệu chung: </translation>
    </message>
    <message>
        <source>head</source>
        <translation>trưởng đoàn</translation>
    </message>
    <message>
        <source>alternate</source>
        <translation>phó trưởng đoàn</translation>
    </message>
    <message>
        <source>member</source>
        <translation>thành viên</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>người đọc</translation>
    </message>
    <message>
        <source> · signed in as %s (%s)</source>
        <translation> · đăng nhập với tư cách %s (%s)</translation>
    </message>
    <message>
        <source> · trip copy of %s</source>
        <translation> · bản sao mang đi của %s</translation>
    </message>
    <message>
        <source>Our delegation: %s</source>
        <translation>Đoàn ta: %s</translation>
    </message>
    <message>
        <source>Our delegation not set</source>
        <translation>Chưa đặt đoàn ta</translation>
    </message>
    <message>
        <source>Quit and lose them?</source>
        <translation>Thoát và bỏ chúng?</translation>
    </message>
</context>
<context>
    <name>MakeKeyDialog</name>
    <message>
        <source>Make my key</source>
        <translation>Tạo khóa của tôi</translation>
    </message>
    <message>
        <source>Your own passphrase, not the store&apos;s: it unlocks your key to sign and open bundles. Nobody else needs it.</source>
        <translation>Cụm mật khẩu của riêng bạn, không phải của kho: nó mở khóa của bạn để ký và mở các gói trao đổi. Không ai khác cần đến nó.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Nhập lại</translation>
    </message>
</context>
<context>
    <name>MandatePanel</name>
    <message>
        <source>Mandate (Ctrl+M)</source>
        <translation>Thẩm quyền được giao (Ctrl+M)</translation>
    </message>
    <message>
        <source>Show (F12)</source>
        <translation>Hiện (F12)</translation>
    </message>
    <message>
        <source>Hide now (F12)</source>
        <translation>Ẩn ngay (F12)</translation>
    </message>
    <message>
        <source>Mandate hidden. Capture goes on; F12 shows it again.</source>
        <translation>Đã ẩn thẩm quyền được giao. Việc ghi chép vẫn tiếp tục; F12 hiện lại.</translation>
    </message>
    <message>
        <source>Collapse the mandate (Ctrl+M)</source>
        <translation>Thu gọn thẩm quyền được giao (Ctrl+M)</translation>
    </message>
    <message>
        <source>Show the mandate (Ctrl+M)</source>
        <translation>Hiện thẩm quyền được giao (Ctrl+M)</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Thẩm quyền được giao</translation>
    </message>
</context>
<context>
    <name>MarkupEdit</name>
    <message>
        <source>The pasted text is too long for this field (%s characters; at most %s). Nothing was pasted; paste a shorter extract.</source>
        <translation>Văn bản dán vào quá dài cho ô này (%s ký tự; tối đa %s). Không có gì được dán; hãy dán một đoạn ngắn hơn.</translation>
    </message>
    <message>
        <source>Paste refused</source>
        <translation>Không dán được</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Cuộc họp mới</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>Chi tiết cuộc họp</translation>
    </message>
    <message>
        <source>(choose the partner)</source>
        <translation>(chọn đối tác)</translation>
    </message>
    <message>
        <source>Meeting number</source>
        <translation>Số cuộc họp</translation>
    </message>
    <message>
        <source>The meeting&apos;s number in its series, e.g. 6 for the 6th ADGSOM</source>
        <translation>Số của cuộc họp trong chuỗi, ví dụ 6 cho ADGSOM lần thứ 6</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>shown in lists, e.g. 6th ADGSOM</source>
        <translation>hiển thị trong danh sách, ví dụ 6th ADGSOM</translation>
    </message>
    <message>
        <source>Untick while the day is not yet known</source>
        <translation>Bỏ chọn khi chưa biết ngày</translation>
    </message>
    <message>
        <source>until</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Tick for a meeting over several days</source>
        <translation>Chọn cho cuộc họp kéo dài nhiều ngày</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Day 2, side events, seating (1 + 3), who attends for us, dress code</source>
        <translation>Ngày 2, sự kiện bên lề, chỗ ngồi (1 + 3), ai dự cho ta, trang phục</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Sự kiện:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Đối tác:</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Chuỗi:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Short title:</source>
        <translation>Tên ngắn:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Giờ:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Chủ tọa:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Hình thức:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Create meeting</source>
        <translation>Tạo cuộc họp</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>local time: %s%s, %s</source>
        <translation>giờ địa phương: %s%s, %s</translation>
    </message>
    <message>
        <source>local time (the event has no time zone)</source>
        <translation>giờ địa phương (sự kiện không có múi giờ)</translation>
    </message>
    <message>
        <source>last in the store: %s (%s)</source>
        <translation>gần nhất trong kho: %s (%s)</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>chưa có ngày</translation>
    </message>
    <message>
        <source>first %s meeting in this store</source>
        <translation>cuộc họp %s đầu tiên trong kho này</translation>
    </message>
    <message>
        <source>a series links the same meeting across years (carry-over)</source>
        <translation>chuỗi liên kết cùng một cuộc họp qua các năm (chuyển tiếp)</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Our members at %s</source>
        <translation>Thành viên của ta tại %s</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Tick the members who attend this meeting</source>
        <translation>Đánh dấu các thành viên dự cuộc họp này</translation>
    </message>
    <message>
        <source>Tick who of our delegation goes to this meeting.</source>
        <translation>Đánh dấu những ai của đoàn ta dự cuộc họp này.</translation>
    </message>
    <message>
        <source>Our delegation has no members yet: add them under View &gt; Our delegation.</source>
        <translation>Đoàn ta chưa có thành viên: hãy thêm ở Xem &gt; Đoàn ta.</translation>
    </message>
</context>
<context>
    <name>MinistersDialog</name>
    <message>
        <source>For the Ministers&apos; consideration</source>
        <translation>Trình Bộ trưởng xem xét</translation>
    </message>
    <message>
        <source>the ASEAN Digital Masterplan 2026-2030</source>
        <translation>Kế hoạch tổng thể số ASEAN 2026-2030</translation>
    </message>
    <message>
        <source>(no item of the Ministers&apos; agenda)</source>
        <translation>(không có mục nào trong chương trình của Bộ trưởng)</translation>
    </message>
    <message>
        <source>The SOM&apos;s outcome</source>
        <translation>Kết quả của SOM</translation>
    </message>
    <message>
        <source>The Ministers</source>
        <translation>Các Bộ trưởng</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Nội dung</translation>
    </message>
    <message>
        <source>On their &amp;item</source>
        <translation>Ở &amp;mục của họ</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Say what the Ministers decide.</source>
        <translation>Hãy ghi điều các Bộ trưởng quyết định.</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>For review</source>
        <translation>Chờ xem xét</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>✎ %s has it open</source>
        <translation>✎ %s đang mở</translation>
    </message>
    <message>
        <source>Meetings and agenda</source>
        <translation>Cuộc họp và chương trình</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Lập trường</translation>
    </message>
    <message>
        <source>Lead: %s</source>
        <translation>Chủ trì: %s</translation>
    </message>
    <message>
        <source>Position: %s</source>
        <translation>Lập trường: %s</translation>
    </message>
    <message>
        <source>Open in the position editor now: %s</source>
        <translation>Đang mở trong trình soạn lập trường: %s</translation>
    </message>
    <message>
        <source>Chair: %s</source>
        <translation>Chủ tọa: %s</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <source>Filter meetings and agenda items</source>
        <translation>Lọc cuộc họp và mục chương trình</translation>
    </message>
    <message>
        <source>Shows only the meetings and agenda items whose title holds the text typed</source>
        <translation>Chỉ hiện các cuộc họp và mục chương trình có tiêu đề chứa văn bản đã gõ</translation>
    </message>
    <message>
        <source>Meetings and agenda</source>
        <translation>Cuộc họp và chương trình</translation>
    </message>
    <message>
        <source>Events, their meetings and agenda items, with the state of each brief</source>
        <translation>Các sự kiện, cuộc họp và mục chương trình, cùng trạng thái của từng lập trường</translation>
    </message>
</context>
<context>
    <name>NewStoreDialog</name>
    <message>
        <source>New store</source>
        <translation>Kho dữ liệu mới</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Tệp kho</translation>
    </message>
    <message>
        <source>Where the new store is saved</source>
        <translation>Nơi lưu kho mới</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>(choose later)</source>
        <translation>(chọn sau)</translation>
    </message>
    <message>
        <source>Our delegation:</source>
        <translation>Đoàn ta:</translation>
    </message>
    <message>
        <source>e.g. Delegation store 2026</source>
        <translation>ví dụ Kho dữ liệu của đoàn 2026</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase (recommended)</source>
        <translation>Mã hóa bằng cụm mật khẩu (khuyên dùng)</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Cụm mật khẩu:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Nhập lại:</translation>
    </message>
    <message>
        <source>Positions and red lines are sensitive. There is no way to recover a forgotten passphrase: keep it safe.</source>
        <translation>Lập trường và lằn ranh đỏ là thông tin nhạy cảm. Không có cách nào khôi phục cụm mật khẩu đã quên: hãy giữ nó cẩn thận.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <source>Choose where to save the store.</source>
        <translation>Hãy chọn nơi lưu kho dữ liệu.</translation>
    </message>
    <message>
        <source>A file with that name already exists: choose another name.</source>
        <translation>Đã có tệp mang tên này: hãy chọn tên khác.</translation>
    </message>
</context>
<context>
    <name>NoteCorrection</name>
    <message>
        <source>No note on this item yet.</source>
        <translation>Mục này chưa có ghi chép.</translation>
    </message>
    <message>
        <source>↑↓ choose a note · F2 or Enter corrects it · Esc back</source>
        <translation>↑↓ chọn ghi chép · F2 hoặc Enter để sửa · Esc quay lại</translation>
    </message>
    <message>
        <source>Found: the chosen note in the list (F2 corrects it).</source>
        <translation>Đã tìm thấy: ghi chép được chọn trong danh sách (F2 để sửa).</translation>
    </message>
    <message>
        <source>This note is kept on this computer, not saved yet: correct it once it is written.</source>
        <translation>Ghi chép này đang được giữ trên máy này, chưa lưu: hãy sửa sau khi nó được ghi.</translation>
    </message>
    <message>
        <source>No note on this item to correct yet.</source>
        <translation>Mục này chưa có ghi chép nào để sửa.</translation>
    </message>
    <message>
        <source>Correct the note of %s</source>
        <translation>Sửa ghi chép của %s</translation>
    </message>
    <message>
        <source>Offline: the correction is kept on this computer (%s unsaved); written when the server is back.</source>
        <translation>Ngoại tuyến: bản sửa được giữ trên máy này (%s chưa lưu); sẽ được ghi khi máy chủ hoạt động trở lại.</translation>
    </message>
    <message>
        <source>Note corrected (the earlier text stays in its history).</source>
        <translation>Đã sửa ghi chép (văn bản cũ vẫn còn trong lịch sử).</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit note</source>
        <translation>Sửa ghi chép</translation>
    </message>
    <message>
        <source>(no item)</source>
        <translation>(không có mục)</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>(không có người phát biểu)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Nội dung</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Mục</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>Người &amp;phát biểu</translation>
    </message>
    <message>
        <source>Observed &amp;stance</source>
        <translation>&amp;Quan điểm quan sát được</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Các phiên bản trước</translation>
    </message>
    <message>
        <source>A note cannot be empty (delete it instead).</source>
        <translation>Ghi chép không được để trống (hãy xóa nó thay vào đó).</translation>
    </message>
</context>
<context>
    <name>NotesTableModel</name>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Người phát biểu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Quan điểm</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (đã sửa)</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Every kind</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>Every speaker</source>
        <translation>Mọi người phát biểu</translation>
    </message>
    <message>
        <source>Live mode</source>
        <translation>Chế độ trực tiếp</translation>
    </message>
    <message>
        <source>Notes of the meeting</source>
        <translation>Ghi chú của cuộc họp</translation>
    </message>
    <message>
        <source>Edit the chosen note</source>
        <translation>Sửa ghi chú đã chọn</translation>
    </message>
    <message>
        <source>Make an action item of the chosen note</source>
        <translation>Tạo việc cần làm từ ghi chú đã chọn</translation>
    </message>
    <message>
        <source>Hide the chosen note</source>
        <translation>Ẩn ghi chú đã chọn</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Người phát biểu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Enter edits (history kept) · Ctrl+T action item · Delete hides a note</source>
        <translation>Enter sửa (giữ lịch sử) · Ctrl+T việc cần làm · Delete ẩn ghi chép</translation>
    </message>
    <message>
        <source>Every item</source>
        <translation>Mọi mục</translation>
    </message>
    <message>
        <source>%s note(s)</source>
        <translation>%s ghi chép</translation>
    </message>
    <message>
        <source>Offline: the correction is kept on this computer (%s unsaved); written when the server is back.</source>
        <translation>Ngoại tuyến: bản sửa được giữ trên máy này (%s chưa lưu); sẽ được ghi khi máy chủ hoạt động trở lại.</translation>
    </message>
    <message>
        <source>Action item created: %s</source>
        <translation>Đã tạo việc cần làm: %s</translation>
    </message>
    <message>
        <source>Hide note</source>
        <translation>Ẩn ghi chép</translation>
    </message>
    <message>
        <source>Hide this note from lists and search? Its history stays in the store.</source>
        <translation>Ẩn ghi chép này khỏi danh sách và tìm kiếm? Lịch sử của nó vẫn còn trong kho.</translation>
    </message>
</context>
<context>
    <name>OurDelegationBanner</name>
    <message>
        <source>Set as our delegation</source>
        <translation>Đặt làm đoàn ta</translation>
    </message>
    <message>
        <source>Choose the delegation this store works for. Its members stay listed under %s (as counterparts) if you change it.</source>
        <translation>Chọn đoàn mà kho dữ liệu này phục vụ. Nếu bạn đổi, các thành viên vẫn được liệt kê dưới %s (như đối tác).</translation>
    </message>
    <message>
        <source>This store does not say which delegation is ours yet. Choose it: our members approve positions and own the briefs, and the stance map shows our own column first.</source>
        <translation>Kho dữ liệu này chưa cho biết đoàn nào là đoàn ta. Hãy chọn: các thành viên của ta chịu trách nhiệm và phê duyệt lập trường, và bản đồ quan điểm hiện cột của ta trước tiên.</translation>
    </message>
</context>
<context>
    <name>OurDelegationWindow</name>
    <message>
        <source>Our delegation</source>
        <translation>Đoàn ta</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Đổi…</translation>
    </message>
    <message>
        <source>Members of our delegation</source>
        <translation>Thành viên đoàn ta</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Gỡ bỏ…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Earlier in protocol order</source>
        <translation>Trước theo thứ tự lễ tân</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Later in protocol order</source>
        <translation>Sau theo thứ tự lễ tân</translation>
    </message>
    <message>
        <source>Which meetings they attend, languages, what they need in the pack</source>
        <translation>Dự những cuộc họp nào, ngôn ngữ, cần gì trong bộ tài liệu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Sign-in logins…</source>
        <translation>Tài khoản đăng nhập…</translation>
    </message>
    <message>
        <source>Change our delegation</source>
        <translation>Đổi đoàn ta</translation>
    </message>
    <message>
        <source>Our delegation becomes %s. The %s members listed under %s stay there, as counterparts. Change it?</source>
        <translation>Đoàn ta sẽ là %s. %s thành viên được liệt kê dưới %s vẫn ở đó, như đối tác. Đổi chứ?</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>%s — our delegation</source>
        <translation>%s — đoàn ta</translation>
    </message>
    <message>
        <source>Our delegation is not set</source>
        <translation>Chưa đặt đoàn ta</translation>
    </message>
    <message>
        <source>No members yet. Add the head of delegation and the aides.</source>
        <translation>Chưa có thành viên. Hãy thêm trưởng đoàn và các cán bộ.</translation>
    </message>
    <message>
        <source>%s members. No head of delegation listed: positions are usually approved by the head of delegation.</source>
        <translation>%s thành viên. Chưa có trưởng đoàn: lập trường thường do trưởng đoàn phê duyệt.</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 thành viên</translation>
    </message>
    <message>
        <source>%s members</source>
        <translation>%s thành viên</translation>
    </message>
    <message>
        <source>head of delegation: %s</source>
        <translation>trưởng đoàn: %s</translation>
    </message>
    <message>
        <source>New member: type the name; it is saved as you type.</source>
        <translation>Thành viên mới: gõ tên; tên được lưu ngay khi gõ.</translation>
    </message>
    <message>
        <source>Type the member&apos;s name to save them.</source>
        <translation>Gõ tên thành viên để lưu.</translation>
    </message>
    <message>
        <source>Saved. Add the next member, or close this window.</source>
        <translation>Đã lưu. Thêm thành viên tiếp theo, hoặc đóng cửa sổ này.</translation>
    </message>
    <message>
        <source>Remove %s from our delegation?</source>
        <translation>Gỡ %s khỏi đoàn ta?</translation>
    </message>
    <message>
        <source>They are named in %s. Those will no longer name them (the approved versions stay in the history).</source>
        <translation>Họ được nêu tên trong %s. Những nơi đó sẽ không nêu tên họ nữa (các phiên bản đã phê duyệt vẫn còn trong lịch sử).</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z in the main window.</source>
        <translation>Có thể hoàn tác bằng Ctrl+Z ở cửa sổ chính.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Gỡ thành viên</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
</context>
<context>
    <name>OutboxNotice</name>
    <message>
        <source>Changes kept on this computer in an earlier session are sealed with a sign-in password, and this sign-in used none. They stay on this computer, unread, until you sign in with that password.</source>
        <translation>Các thay đổi được giữ trên máy này từ phiên trước đã được niêm phong bằng mật khẩu đăng nhập, nhưng lần đăng nhập này không dùng mật khẩu. Chúng vẫn nằm trên máy này, chưa được đọc, cho đến khi bạn đăng nhập bằng mật khẩu đó.</translation>
    </message>
    <message>
        <source>Changes kept on this computer while the team store&apos;s server could not be reached could not be opened: they were sealed with another sign-in password, or the file was changed.</source>
        <translation>Không mở được các thay đổi được giữ trên máy này trong lúc không kết nối được máy chủ của kho dữ liệu nhóm: chúng được niêm phong bằng một mật khẩu đăng nhập khác, hoặc tệp đã bị thay đổi.</translation>
    </message>
    <message>
        <source>Changes kept on this computer while the team store&apos;s server could not be reached could not be read: the file is damaged or cut short.</source>
        <translation>Không đọc được các thay đổi được giữ trên máy này trong lúc không kết nối được máy chủ của kho dữ liệu nhóm: tệp bị hỏng hoặc bị cắt cụt.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the file is kept as %s.</source>
        <translation>Không có gì bị xóa: tệp được giữ lại dưới tên %s.</translation>
    </message>
    <message>
        <source>Kept changes not opened</source>
        <translation>Chưa mở được các thay đổi đã giữ</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>%s changes wait for the team store&apos;s server. This sign-in used no password to seal them on this computer, so they are kept in memory only and are lost if you close the store now.</source>
        <translation>%s thay đổi đang chờ máy chủ của kho dữ liệu nhóm. Lần đăng nhập này không dùng mật khẩu để niêm phong chúng trên máy này, nên chúng chỉ được giữ trong bộ nhớ và sẽ mất nếu bạn đóng kho dữ liệu bây giờ.</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Đóng và bỏ chúng</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>The Meeting endorsed …</source>
        <translation>Hội nghị tán thành …</translation>
    </message>
    <message>
        <source>&amp;Verb</source>
        <translation>&amp;Động từ</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Nội dung</translation>
    </message>
    <message>
        <source>Type what the meeting decided.</source>
        <translation>Hãy gõ điều cuộc họp đã quyết định.</translation>
    </message>
</context>
<context>
    <name>OutcomesPanel</name>
    <message>
        <source>None yet.</source>
        <translation>Chưa có.</translation>
    </message>
</context>
<context>
    <name>OutcomesView</name>
    <message>
        <source>Outcomes of the item</source>
        <translation>Kết quả của mục</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>Ghi kết quả…</translation>
    </message>
    <message>
        <source>For the Ministers… (Ctrl+M)</source>
        <translation>Trình Bộ trưởng… (Ctrl+M)</translation>
    </message>
    <message>
        <source>Record an outcome</source>
        <translation>Ghi một kết quả</translation>
    </message>
    <message>
        <source>Edit the chosen outcome</source>
        <translation>Sửa kết quả đã chọn</translation>
    </message>
    <message>
        <source>Move the chosen outcome up</source>
        <translation>Chuyển kết quả đã chọn lên</translation>
    </message>
    <message>
        <source>Move the chosen outcome down</source>
        <translation>Chuyển kết quả đã chọn xuống</translation>
    </message>
    <message>
        <source>Delete the chosen outcome</source>
        <translation>Xóa kết quả đã chọn</translation>
    </message>
    <message>
        <source>For the Ministers…</source>
        <translation>Trình Bộ trưởng…</translation>
    </message>
    <message>
        <source>Ins or Ctrl+R records · Enter edits · Ctrl+↑/↓ reorders · Delete removes · Ctrl+M for the Ministers</source>
        <translation>Ins hoặc Ctrl+R ghi · Enter sửa · Ctrl+↑/↓ sắp xếp · Delete xóa · Ctrl+M trình Bộ trưởng</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Mục này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Outcomes on %s</source>
        <translation>Kết quả về %s</translation>
    </message>
    <message>
        <source>For the Ministers: %s</source>
        <translation>Trình Bộ trưởng: %s</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>Delete outcome</source>
        <translation>Xóa kết quả</translation>
    </message>
    <message>
        <source>Delete this outcome for good?</source>
        <translation>Xóa hẳn kết quả này?</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Host: %s</source>
        <translation>Nước chủ nhà: %s</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ tọa</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Số mục</translation>
    </message>
    <message>
        <source>Steering brief</source>
        <translation>Định hướng chỉ đạo</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Hậu cần</translation>
    </message>
    <message>
        <source>Event details…</source>
        <translation>Chi tiết sự kiện…</translation>
    </message>
    <message>
        <source>Add a meeting…</source>
        <translation>Thêm cuộc họp…</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>No meetings yet:</source>
        <translation>Chưa có cuộc họp nào:</translation>
    </message>
    <message>
        <source>add the first meeting…</source>
        <translation>thêm cuộc họp đầu tiên…</translation>
    </message>
    <message>
        <source>Meeting details…</source>
        <translation>Chi tiết cuộc họp…</translation>
    </message>
    <message>
        <source>Agenda…</source>
        <translation>Chương trình nghị sự…</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Chủ tọa:</translation>
    </message>
    <message>
        <source>Dialogue partner:</source>
        <translation>Đối tác đối thoại:</translation>
    </message>
    <message>
        <source>No agenda items yet:</source>
        <translation>Chưa có mục chương trình nào:</translation>
    </message>
    <message>
        <source>build the agenda…</source>
        <translation>lập chương trình nghị sự…</translation>
    </message>
    <message>
        <source>No position drafted yet.</source>
        <translation>Chưa soạn thảo lập trường.</translation>
    </message>
    <message>
        <source>Stance:</source>
        <translation>Quan điểm:</translation>
    </message>
    <message>
        <source>version %s</source>
        <translation>phiên bản %s</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Points to make</source>
        <translation>Các điểm cần nêu</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Chương trình nghị sự</translation>
    </message>
    <message>
        <source>%s min</source>
        <translation>%s phút</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Lập trường</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Lead: %s</source>
        <translation>Chủ trì: %s</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Our position</source>
        <translation>Lập trường của ta</translation>
    </message>
    <message>
        <source> by %s, %s</source>
        <translation> bởi %s, %s</translation>
    </message>
    <message>
        <source>Notes from the room (%s)</source>
        <translation>Ghi chép trong phòng họp (%s)</translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message>
        <source>Authority to move down the ladder:</source>
        <translation>Thẩm quyền lùi theo thang lập trường:</translation>
    </message>
    <message>
        <source>Q:</source>
        <translation>H:</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>Đ:</translation>
    </message>
    <message>
        <source>Addendum:</source>
        <translation>Phụ lục bổ sung:</translation>
    </message>
    <message>
        <source>1 earlier note on this item not printed</source>
        <translation>1 ghi chép trước đó về mục này không được in</translation>
    </message>
    <message>
        <source>%s earlier notes on this item not printed</source>
        <translation>%s ghi chép trước đó về mục này không được in</translation>
    </message>
    <message>
        <source>: this pack prints the last %s per item (Notes in the app hold them all).</source>
        <translation>: bộ tài liệu này chỉ in %s ghi chép gần nhất cho mỗi mục (mục Ghi chép trong ứng dụng lưu tất cả).</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Our stance</source>
        <translation>Quan điểm của ta</translation>
    </message>
    <message>
        <source>Opening position</source>
        <translation>Lập trường ban đầu</translation>
    </message>
    <message>
        <source>Fallbacks (in order)</source>
        <translation>Phương án lùi (theo thứ tự)</translation>
    </message>
    <message>
        <source>RED LINE (minimum acceptable)</source>
        <translation>LẰN RANH ĐỎ (mức tối thiểu chấp nhận được)</translation>
    </message>
    <message>
        <source>Position ladder</source>
        <translation>Thang lập trường</translation>
    </message>
    <message>
        <source>Points to make</source>
        <translation>Các điểm cần nêu</translation>
    </message>
    <message>
        <source>Tactical arguments (use only if the discussion turns that way)</source>
        <translation>Lập luận chiến thuật (chỉ dùng khi cuộc thảo luận rẽ theo hướng đó)</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Đoàn</translation>
    </message>
    <message>
        <source>Their objective</source>
        <translation>Mục tiêu của họ</translation>
    </message>
    <message>
        <source>Our response</source>
        <translation>Cách ta đáp lại</translation>
    </message>
    <message>
        <source>Several</source>
        <translation>Nhiều bên</translation>
    </message>
    <message>
        <source>Their objectives and our response</source>
        <translation>Mục tiêu của các bên và cách ta đáp lại</translation>
    </message>
    <message>
        <source>Defensive lines (Q&amp;A)</source>
        <translation>Luận điểm phòng thủ (hỏi - đáp)</translation>
    </message>
    <message>
        <source>Press line</source>
        <translation>Thông điệp báo chí</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Thông tin nền</translation>
    </message>
    <message>
        <source>Item %s</source>
        <translation>Mục %s</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>%s min</source>
        <translation>%s phút</translation>
    </message>
    <message>
        <source>ADM tags</source>
        <translation>Thẻ ADM</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Lập trường</translation>
    </message>
    <message>
        <source>No position recorded for this item.</source>
        <translation>Chưa ghi nhận lập trường cho mục này.</translation>
    </message>
    <message>
        <source>Builds on</source>
        <translation>Dựa trên</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Quan sát được</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Mối quan tâm</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Người phát biểu</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Nội dung phát biểu</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Quan điểm</translation>
    </message>
    <message>
        <source>Past notes and outcomes on this item</source>
        <translation>Ghi chép và kết quả trước đây về mục này</translation>
    </message>
    <message>
        <source>Annex %s</source>
        <translation>Phụ lục %s</translation>
    </message>
    <message>
        <source>Ref. %s</source>
        <translation>Số tham chiếu %s</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Biên nhận</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <source>S support - S+A support with amendments - N neutral - R reserve - O oppose - ? not known. The stance observed in the room is shown where recorded; otherwise the expected stance, in brackets.</source>
        <translation>S ủng hộ - S+A ủng hộ có sửa đổi - N trung lập - R bảo lưu - O phản đối - ? chưa rõ. Quan điểm ghi nhận tại phòng họp được nêu khi có; nếu không, quan điểm dự kiến được nêu trong ngoặc.</translation>
    </message>
    <message>
        <source>Copy %1 of %2</source>
        <translation>Bản số %1/%2</translation>
    </message>
    <message>
        <source>%1 - issued to %2</source>
        <translation>%1 - cấp cho %2</translation>
    </message>
    <message>
        <source>ADDENDUM No. %s</source>
        <translation>PHỤ LỤC BỔ SUNG SỐ %s</translation>
    </message>
    <message>
        <source>Brief No. %s</source>
        <translation>Bộ tài liệu chuẩn bị số %s</translation>
    </message>
    <message>
        <source>Addendum to %s</source>
        <translation>Phụ lục bổ sung của %s</translation>
    </message>
    <message>
        <source>by %s</source>
        <translation>bởi %s</translation>
    </message>
    <message>
        <source>Issued %s</source>
        <translation>Đã phát hành %s</translation>
    </message>
    <message>
        <source>This brief is the property of the delegation. Do not copy it or pass it on. Return it to the delegation secretary at the end of the meeting.</source>
        <translation>Bộ tài liệu chuẩn bị này là tài sản của đoàn. Không sao chép hoặc chuyển cho người khác. Hãy hoàn trả thư ký đoàn khi kết thúc cuộc họp.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <source>Programme and logistics</source>
        <translation>Chương trình và hậu cần</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Phút</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>item %s</source>
        <translation>mục %s</translation>
    </message>
    <message>
        <source>Cover: %s</source>
        <translation>Bìa: %s</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Hậu cần</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>%s - agenda</source>
        <translation>%s - chương trình nghị sự</translation>
    </message>
    <message>
        <source>No agenda recorded yet.</source>
        <translation>Chưa ghi nhận chương trình nghị sự.</translation>
    </message>
    <message>
        <source>Stance map</source>
        <translation>Bản đồ quan điểm</translation>
    </message>
    <message>
        <source>No stance of another delegation is recorded for the items in this pack; our stance on each item is in its brief.</source>
        <translation>Chưa ghi nhận quan điểm của đoàn nào khác về các mục trong bộ tài liệu này; quan điểm của đoàn ta về từng mục nằm trong lập trường của mục đó.</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Đoàn ta</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Việc cần làm còn mở</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>Không có việc cần làm nào còn mở.</translation>
    </message>
    <message>
        <source>Personality notes</source>
        <translation>Ghi chú về tính cách</translation>
    </message>
    <message>
        <source>Last met:</source>
        <translation>Gặp lần cuối:</translation>
    </message>
    <message>
        <source>Last said:</source>
        <translation>Lần nói gần nhất:</translation>
    </message>
    <message>
        <source>List of annexes</source>
        <translation>Danh mục phụ lục</translation>
    </message>
    <message>
        <source>No reference documents are recorded for the items in this pack.</source>
        <translation>Chưa ghi nhận tài liệu tham khảo nào cho các mục trong bộ tài liệu này.</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Phụ lục</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>For items</source>
        <translation>Cho các mục</translation>
    </message>
    <message>
        <source>Item briefs</source>
        <translation>Lập trường theo từng mục</translation>
    </message>
    <message>
        <source>Changed item briefs</source>
        <translation>Lập trường theo mục đã thay đổi</translation>
    </message>
    <message>
        <source>Items withdrawn since the pack</source>
        <translation>Các mục bị rút kể từ bộ tài liệu</translation>
    </message>
    <message>
        <source>Cooperation programmes</source>
        <translation>Các chương trình hợp tác</translation>
    </message>
    <message>
        <source>For the %s</source>
        <translation>Cho %s</translation>
    </message>
    <message>
        <source>Steering brief</source>
        <translation>Định hướng chỉ đạo</translation>
    </message>
    <message>
        <source>No steering brief recorded.</source>
        <translation>Chưa ghi nhận định hướng chỉ đạo.</translation>
    </message>
    <message>
        <source>Agendas</source>
        <translation>Chương trình nghị sự</translation>
    </message>
    <message>
        <source>Nothing was selected for this pack.</source>
        <translation>Chưa chọn nội dung nào cho bộ tài liệu này.</translation>
    </message>
    <message>
        <source>%s pages</source>
        <translation>%s trang</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 trang</translation>
    </message>
    <message>
        <source>This copy has %s, this cover included.</source>
        <translation>Bản này có %s, kể cả trang bìa này.</translation>
    </message>
    <message>
        <source>This issue has 1 numbered copy, issued to the person named.</source>
        <translation>Lần phát hành này có 1 bản đánh số, cấp cho người được ghi tên.</translation>
    </message>
    <message>
        <source>This issue has 1 numbered copy, not issued by name.</source>
        <translation>Lần phát hành này có 1 bản đánh số, không cấp theo tên.</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Danh sách phân phối</translation>
    </message>
    <message>
        <source>No copy of this issue is recorded.</source>
        <translation>Chưa ghi nhận bản nào của lần phát hành này.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Không ghi tên</translation>
    </message>
    <message>
        <source>This issue has %s numbered copies, each issued to the person named.</source>
        <translation>Lần phát hành này có %s bản đánh số, mỗi bản cấp cho người được ghi tên.</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>không ghi tên</translation>
    </message>
    <message>
        <source>position changed since %s</source>
        <translation>lập trường đã thay đổi kể từ %s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>(printed version %s, now version %s)</source>
        <translation>(bản in phiên bản %s, hiện nay phiên bản %s)</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>đã cập nhật</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút</translation>
    </message>
    <message>
        <source>the pack</source>
        <translation>bộ tài liệu</translation>
    </message>
    <message>
        <source>Changed since %s (marked by a bar in the margin):</source>
        <translation>Thay đổi so với %s (đánh dấu bằng vạch ở lề):</translation>
    </message>
    <message>
        <source>and %s more: see the contents.</source>
        <translation>và %s mục khác: xem mục lục.</translation>
    </message>
    <message>
        <source>This issue has %s numbered copies, not issued by name.</source>
        <translation>Lần phát hành này có %s bản đánh số, không cấp theo tên.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Bản</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Cấp cho</translation>
    </message>
    <message>
        <source>The delegation secretary keeps the register of these copies; every holder returns the receipt at the end of the copy.</source>
        <translation>Thư ký đoàn giữ sổ đăng ký các bản này; mỗi người giữ bản gửi lại phiếu xác nhận ở cuối bản.</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Người soạn</translation>
    </message>
    <message>
        <source>Sent for review by</source>
        <translation>Người gửi xem xét</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Thông qua</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>DỰ THẢO</translation>
    </message>
    <message>
        <source>the position on this item is not approved: do not use it as an agreed line.</source>
        <translation>lập trường về mục này chưa được phê duyệt: không dùng như lập trường đã thống nhất.</translation>
    </message>
    <message>
        <source>Addendum %s</source>
        <translation>Phụ lục bổ sung %s</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Số tham chiếu</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Returned to the delegation secretary</source>
        <translation>Đã trả lại thư ký đoàn</translation>
    </message>
    <message>
        <source>Destroyed by</source>
        <translation>Người tiêu hủy</translation>
    </message>
    <message>
        <source>Destruction witnessed by</source>
        <translation>Người chứng kiến tiêu hủy</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Receipt: return or destruction of this copy</source>
        <translation>Biên nhận: trả lại hoặc tiêu hủy bản này</translation>
    </message>
    <message>
        <source>Receipt (return or destruction)</source>
        <translation>Biên nhận (trả lại hoặc tiêu hủy)</translation>
    </message>
    <message>
        <source>Return this copy, with this page signed, to the delegation secretary at the end of the meeting, or destroy it as its classification requires and hand in this page signed by a witness. The secretary records the return or the destruction against the copy in the distribution register.</source>
        <translation>Trả lại bản này, kèm trang này đã ký, cho thư ký đoàn khi kết thúc cuộc họp, hoặc tiêu hủy theo yêu cầu của độ mật và nộp trang này có chữ ký của người chứng kiến. Thư ký ghi việc trả lại hoặc tiêu hủy vào sổ phân phối theo số bản.</translation>
    </message>
    <message>
        <source>No amendment of ours on this document.</source>
        <translation>Đoàn ta không có đề xuất sửa đổi nào cho văn bản này.</translation>
    </message>
    <message>
        <source>Para.</source>
        <translation>Đoạn</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Văn bản hiện tại</translation>
    </message>
    <message>
        <source>Our proposal</source>
        <translation>Đề xuất của đoàn ta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Negotiated texts: our amendments</source>
        <translation>Văn bản đàm phán: đề xuất sửa đổi của đoàn ta</translation>
    </message>
    <message>
        <source>Report to capital: %1</source>
        <translation>Báo cáo về trong nước: %1</translation>
    </message>
    <message>
        <source>Outcomes of the %1</source>
        <translation>Kết quả của %1</translation>
    </message>
    <message>
        <source>Consolidated outcomes of the %1 (%2 outcomes on %3 items), for submission to the Ministers&apos; meeting.</source>
        <translation>Tổng hợp kết quả của %1 (%2 kết quả trên %3 mục), để trình cuộc họp Bộ trưởng.</translation>
    </message>
    <message>
        <source> (agenda item %1)</source>
        <translation> (mục chương trình %1)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, người lập: %2</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>No decision recorded.</source>
        <translation>Chưa ghi nhận quyết định.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <source>What we said</source>
        <translation>Phát biểu của đoàn ta</translation>
    </message>
    <message>
        <source>Our points to make</source>
        <translation>Các điểm cần nêu của đoàn ta</translation>
    </message>
    <message>
        <source>What others said</source>
        <translation>Phát biểu của các đoàn khác</translation>
    </message>
    <message>
        <source>Stances of others</source>
        <translation>Quan điểm của các đoàn khác</translation>
    </message>
    <message>
        <source>Follow-up for our agencies</source>
        <translation>Việc tiếp theo cho các cơ quan của ta</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Lập</translation>
    </message>
    <message>
        <source>Our speaking time</source>
        <translation>Thời gian phát biểu của đoàn ta</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dành cho</translation>
    </message>
    <message>
        <source>The outcomes are not in the copy for %s.</source>
        <translation>Kết quả không có trong bản dành cho %s.</translation>
    </message>
    <message>
        <source>No outcome has been recorded for this meeting yet.</source>
        <translation>Chưa ghi nhận kết quả nào cho cuộc họp này.</translation>
    </message>
    <message>
        <source>For the Ministers</source>
        <translation>Trình các Bộ trưởng</translation>
    </message>
    <message>
        <source>The Meeting recommends that the Ministers:</source>
        <translation>Cuộc họp khuyến nghị các Bộ trưởng:</translation>
    </message>
    <message>
        <source>Action items for others</source>
        <translation>Việc cần làm của các bên khác</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Rà soát gần nhất</translation>
    </message>
    <message>
        <source>Cooperation tracker: report to capital</source>
        <translation>Theo dõi hợp tác: báo cáo về trong nước</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 với vai trò %2</translation>
    </message>
    <message>
        <source>before the %1 (%2)</source>
        <translation>trước %1 (%2)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>trước ngày %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 đến %2</translation>
    </message>
    <message>
        <source>Project ends</source>
        <translation>Kết thúc dự án</translation>
    </message>
    <message>
        <source>Our involvement</source>
        <translation>Sự tham gia của ta</translation>
    </message>
    <message>
        <source>Delegation of %s</source>
        <translation>Đoàn %s</translation>
    </message>
    <message>
        <source>PREVIEW - NOT ISSUED</source>
        <translation>BẢN XEM TRƯỚC - CHƯA PHÁT HÀNH</translation>
    </message>
    <message>
        <source>version %s</source>
        <translation>phiên bản %s</translation>
    </message>
    <message>
        <source>approved by %s on %s</source>
        <translation>đã được %s phê duyệt, %s</translation>
    </message>
    <message>
        <source>approved by %s</source>
        <translation>đã được %s phê duyệt</translation>
    </message>
    <message>
        <source>approved on %s</source>
        <translation>được phê duyệt %s</translation>
    </message>
    <message>
        <source>no partner</source>
        <translation>không có đối tác</translation>
    </message>
    <message>
        <source>(new project)</source>
        <translation>(dự án mới)</translation>
    </message>
    <message>
        <source>new after %s</source>
        <translation>đoạn mới sau %s</translation>
    </message>
    <message>
        <source>%s of %s (no longer in %s)</source>
        <translation>%s của %s (không còn trong %s)</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Our position</source>
        <translation>Lập trường của đoàn ta</translation>
    </message>
    <message>
        <source>Our involvement: %s</source>
        <translation>Sự tham gia của ta: %s</translation>
    </message>
    <message>
        <source>Cooperation with %s: status of projects</source>
        <translation>Hợp tác với %s: tình trạng các dự án</translation>
    </message>
    <message>
        <source>No project with %s is in the tracker.</source>
        <translation>Không có dự án nào với %s trong hệ thống theo dõi.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>our position</source>
        <translation>lập trường của đoàn ta</translation>
    </message>
    <message>
        <source>our stance</source>
        <translation>quan điểm của đoàn ta</translation>
    </message>
    <message>
        <source>Proposals for the next phase: %s</source>
        <translation>Đề xuất cho giai đoạn tới: %s</translation>
    </message>
    <message>
        <source>Cooperation with %1: proposals for the next phase, %2</source>
        <translation>Hợp tác với %1: đề xuất cho giai đoạn tới, %2</translation>
    </message>
    <message>
        <source>No proposal for a next phase is recorded.</source>
        <translation>Chưa ghi nhận đề xuất nào cho giai đoạn tới.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Gap: no project</source>
        <translation>Khoảng trống: chưa có dự án</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Coverage: %s</source>
        <translation>Mức độ bao phủ: %s</translation>
    </message>
    <message>
        <source>Projects (not dropped) serving each outcome, by partner.</source>
        <translation>Các dự án (chưa huỷ) phục vụ từng kết quả, theo đối tác.</translation>
    </message>
    <message>
        <source>Outcomes with no project, to raise: %s.</source>
        <translation>Các kết quả chưa có dự án, cần nêu: %s.</translation>
    </message>
    <message>
        <source>Every outcome has at least one project.</source>
        <translation>Mọi kết quả đều có ít nhất một dự án.</translation>
    </message>
    <message>
        <source>Due %s</source>
        <translation>Đến hạn %s</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Không có việc nào đến hạn.</translation>
    </message>
    <message>
        <source>Cooperation tracker</source>
        <translation>Theo dõi hợp tác</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>mốc</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đã đạt</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <source>%1 and %2 overlap on %3, %4.</source>
        <translation>%1 và %2 trùng giờ vào %3, %4.</translation>
    </message>
    <message>
        <source>%1 and %2 overlap on %3, %4: %5 cannot be at both.</source>
        <translation>%1 và %2 trùng giờ vào %3, %4: %5 không thể dự cả hai.</translation>
    </message>
    <message>
        <source>(overlaps)</source>
        <translation>(trùng giờ)</translation>
    </message>
    <message>
        <source>The week at a glance</source>
        <translation>Tóm tắt tuần họp</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Đã nêu</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Chưa nêu</translation>
    </message>
    <message>
        <source>Issued for: %s</source>
        <translation>Phát hành cho: %s</translation>
    </message>
    <message>
        <source>Negotiated texts: %s</source>
        <translation>Văn bản đàm phán: %s</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Đoạn</translation>
    </message>
    <message>
        <source>Authority to move down the ladder</source>
        <translation>Thẩm quyền lùi theo thang lập trường</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>H</translation>
    </message>
    <message>
        <source>A</source>
        <translation>Đ</translation>
    </message>
    <message>
        <source>: this brief holds the last %s (Notes in the app hold them all).</source>
        <translation>: lập trường này chỉ có %s ghi chép gần nhất (mục Ghi chép trong ứng dụng lưu tất cả).</translation>
    </message>
    <message>
        <source>BACKGROUND - NOT FOR DISCLOSURE</source>
        <translation>THÔNG TIN NỀN - KHÔNG ĐƯỢC TIẾT LỘ</translation>
    </message>
    <message>
        <source>Stances of other delegations</source>
        <translation>Quan điểm của các đoàn khác</translation>
    </message>
    <message>
        <source>Our counterparts on this item</source>
        <translation>Các đối tác của ta về mục này</translation>
    </message>
    <message>
        <source>%1 projects: %2</source>
        <translation>%1 dự án: %2</translation>
    </message>
    <message>
        <source>%1 project: %2</source>
        <translation>%1 dự án: %2</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation>Bộ tài liệu chuẩn bị</translation>
    </message>
    <message>
        <source>Meetings and items in the pack</source>
        <translation>Các cuộc họp và mục trong bộ tài liệu chuẩn bị</translation>
    </message>
    <message>
        <source>A ticked meeting is in the pack; a ticked item gets a brief</source>
        <translation>Cuộc họp được đánh dấu có trong bộ tài liệu; mục được đánh dấu có lập trường riêng</translation>
    </message>
    <message>
        <source>Meetings in the pack, items briefed</source>
        <translation>Các cuộc họp trong bộ tài liệu, các mục có lập trường</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Lập trường</translation>
    </message>
    <message>
        <source>A ticked meeting is in the pack (programme, agenda); a ticked item gets a brief.</source>
        <translation>Cuộc họp được chọn nằm trong bộ tài liệu (chương trình, chương trình nghị sự); mục được chọn có lập trường riêng.</translation>
    </message>
    <message>
        <source>Items with content</source>
        <translation>Các mục có nội dung</translation>
    </message>
    <message>
        <source>Brief the items with a position, stances, notes or outcomes (the default)</source>
        <translation>Soạn lập trường cho các mục có lập trường, quan điểm, ghi chép hoặc kết quả (mặc định)</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Mọi mục</translation>
    </message>
    <message>
        <source>No briefs</source>
        <translation>Không có lập trường theo mục</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Các phần</translation>
    </message>
    <message>
        <source>Named on the cover and as the PDF&apos;s author; remembered for this store.</source>
        <translation>Ghi trên bìa và là tác giả của tệp PDF; được ghi nhớ cho kho này.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Phát hành</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Cho</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Brief reference</source>
        <translation>Số tham chiếu bộ tài liệu chuẩn bị</translation>
    </message>
    <message>
        <source>The pack&apos;s headings, labels and dates; what you wrote stays as written</source>
        <translation>Tiêu đề, nhãn và ngày tháng của bộ tài liệu; những gì bạn viết được giữ nguyên</translation>
    </message>
    <message>
        <source>Years in the Buddhist Era (พ.ศ.)</source>
        <translation>Năm theo Phật lịch (พ.ศ.)</translation>
    </message>
    <message>
        <source>Printed in</source>
        <translation>In bằng</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Người phát hành</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Each brief prints the last notes taken on its item, up to this number, and says how many earlier ones it leaves out.</source>
        <translation>Mỗi lập trường in các ghi chép gần nhất của mục, tối đa đến số này, và cho biết đã bỏ qua bao nhiêu ghi chép trước đó.</translation>
    </message>
    <message>
        <source>Past notes per item</source>
        <translation>Ghi chép trước đây mỗi mục</translation>
    </message>
    <message>
        <source>v%d</source>
        <translation>bản %d</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(không nêu tên ai)</translation>
    </message>
    <message>
        <source>New pack</source>
        <translation>Bộ tài liệu mới</translation>
    </message>
    <message>
        <source>Addendum to %s</source>
        <translation>Phụ lục bổ sung của %s</translation>
    </message>
    <message>
        <source>The choice changed: Preview again to see the pack.</source>
        <translation>Lựa chọn đã thay đổi: bấm Xem trước lần nữa để xem bộ tài liệu.</translation>
    </message>
    <message>
        <source>(the pack&apos;s reference/Add.N)</source>
        <translation>(số tham chiếu của bộ tài liệu/Add.N)</translation>
    </message>
    <message>
        <source>Not in a pack for %1</source>
        <translation>Không có trong bộ tài liệu cho %1</translation>
    </message>
    <message>
        <source>This event has no meetings yet.</source>
        <translation>Sự kiện này chưa có cuộc họp nào.</translation>
    </message>
    <message>
        <source>Tick at least one meeting for the pack.</source>
        <translation>Hãy chọn ít nhất một cuộc họp cho bộ tài liệu.</translation>
    </message>
</context>
<context>
    <name>ParagraphModel</name>
    <message>
        <source>Para.</source>
        <translation>Đoạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>[ ]</source>
        <translation>[ ]</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Của ta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
</context>
<context>
    <name>PassphraseChangeDialog</name>
    <message>
        <source>Encrypt the store</source>
        <translation>Mã hóa kho dữ liệu</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Đổi cụm mật khẩu</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; is stored as plain SQLite: anyone who copies the file can read every position and red line. Encrypting it rewrites the store and its backups under a passphrase; the plain copies are overwritten.</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; được lưu dạng SQLite thường: ai sao chép tệp cũng đọc được mọi lập trường và lằn ranh đỏ. Mã hóa sẽ ghi lại kho và các bản sao lưu dưới một cụm mật khẩu; các bản thường bị ghi đè.</translation>
    </message>
    <message>
        <source>Every page of &lt;b&gt;%s&lt;/b&gt; and of its backups is re-encrypted under the new passphrase. A backup made under an older passphrase elsewhere keeps it.</source>
        <translation>Mọi trang của &lt;b&gt;%s&lt;/b&gt; và các bản sao lưu của nó được mã hóa lại bằng cụm mật khẩu mới. Bản sao lưu tạo ở nơi khác với cụm mật khẩu cũ vẫn giữ cụm cũ.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Cụm mật khẩu hiện tại:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Cụm mật khẩu mới:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Nhập lại:</translation>
    </message>
    <message>
        <source>Use several words, at least 8 characters. There is no way to recover a forgotten passphrase: keep it safe.</source>
        <translation>Hãy dùng nhiều từ, ít nhất 8 ký tự. Không có cách nào khôi phục cụm mật khẩu đã quên: hãy giữ nó cẩn thận.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Mã hóa</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Hãy nhập cụm mật khẩu hiện tại.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted store</source>
        <translation>Kho dữ liệu được mã hóa</translation>
    </message>
    <message>
        <source>Enter the passphrase of &lt;b&gt;%s&lt;/b&gt;:</source>
        <translation>Nhập cụm mật khẩu của &lt;b&gt;%s&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Choose what the pack holds, then Preview.</source>
        <translation>Chọn nội dung bộ tài liệu, rồi bấm Xem trước.</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Trang </translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Thu nhỏ (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Phóng to (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Cả trang</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>Không thể hiển thị tệp PDF này.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>of %s</source>
        <translation>/ %s</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>About this person</source>
        <translation>Về người này</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>H.E. Mr., Dr., Ms.</source>
        <translation>Ngài, TS., Bà</translation>
    </message>
    <message>
        <source>e.g. ดร.พงศ์ศักดิ์ รัตนวิชัย, Nguyễn Văn An</source>
        <translation>ví dụ ดร.พงศ์ศักดิ์ รัตนวิชัย, Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Danh xưng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Tên bằng chữ viết gốc</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Có vẻ không phải là địa chỉ email.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Change the approval PIN</source>
        <translation>Đổi mã PIN phê duyệt</translation>
    </message>
    <message>
        <source>Set an approval PIN</source>
        <translation>Đặt mã PIN phê duyệt</translation>
    </message>
    <message>
        <source>%s changes their approval PIN: the old one first, then the new one twice.</source>
        <translation>%s đổi mã PIN phê duyệt của mình: mã cũ trước, rồi mã mới hai lần.</translation>
    </message>
    <message>
        <source>%s sets their own approval PIN: at least 6 characters, typed twice. Only they should know it: approving a brief in their name asks for it.</source>
        <translation>%s đặt mã PIN phê duyệt của mình: ít nhất 6 ký tự, nhập hai lần. Chỉ người đó được biết: phê duyệt một lập trường nhân danh họ sẽ yêu cầu mã này.</translation>
    </message>
    <message>
        <source>Old PIN:</source>
        <translation>Mã PIN cũ:</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>Mã PIN mới:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Nhập lại:</translation>
    </message>
    <message>
        <source>The two new PINs differ: nothing was changed.</source>
        <translation>Hai mã PIN mới không khớp: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>PlainTextEdit</name>
    <message>
        <source>Paste refused</source>
        <translation>Không dán được</translation>
    </message>
</context>
<context>
    <name>PointsPanel</name>
    <message>
        <source>No points to make on this item.</source>
        <translation>Mục này không có điểm cần nêu.</translation>
    </message>
    <message>
        <source>Our points to make (Alt+1…9 ticks)</source>
        <translation>Các điểm cần nêu của ta (Alt+1…9 đánh dấu)</translation>
    </message>
</context>
<context>
    <name>PositionDisplay</name>
    <message>
        <source>✓ delivered %s</source>
        <translation>✓ đã nêu %s</translation>
    </message>
    <message>
        <source>None linked yet (View &gt; Counterparts).</source>
        <translation>Chưa liên kết ai (Xem &gt; Đối tác).</translation>
    </message>
    <message>
        <source>No position yet</source>
        <translation>Chưa có lập trường</translation>
    </message>
    <message>
        <source>You can read this team store but not change it (your role: reader). Ask the head of delegation for a member&apos;s sign-in.</source>
        <translation>Bạn có thể đọc kho dữ liệu chung này nhưng không thể thay đổi (vai trò của bạn: người đọc). Hãy đề nghị trưởng đoàn cấp cho bạn một tài khoản thành viên.</translation>
    </message>
    <message>
        <source>○ Offline: kept on this computer, not saved yet; written when the server is back</source>
        <translation>○ Ngoại tuyến: đang giữ trên máy này, chưa lưu; sẽ được ghi khi máy chủ hoạt động trở lại</translation>
    </message>
    <message>
        <source>Saved · version %s · merged with %s&apos;s change to %s</source>
        <translation>Đã lưu · phiên bản %s · đã gộp với thay đổi của %s ở %s</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>người khác</translation>
    </message>
    <message>
        <source>Saved · version %s · %s</source>
        <translation>Đã lưu · phiên bản %s · %s</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Chưa ghi gì</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s approved this brief meanwhile&lt;/b&gt; (version %s). Your text is on screen but not saved: reopen the brief as a draft with your text (the approved version stays in the history), or discard your text.</source>
        <translation>&lt;b&gt;%s đã phê duyệt lập trường này trong lúc đó&lt;/b&gt; (phiên bản %s). Văn bản của bạn ở trên màn hình nhưng chưa lưu: mở lại lập trường thành dự thảo với văn bản của bạn (phiên bản đã phê duyệt vẫn còn trong lịch sử), hoặc bỏ văn bản của bạn.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s saved this brief meanwhile&lt;/b&gt; (version %s). Your text is on screen but not saved: Compare… to keep yours, take theirs or merge them. Both stay in the history.</source>
        <translation>&lt;b&gt;%s đã lưu lập trường này trong lúc đó&lt;/b&gt; (phiên bản %s). Văn bản của bạn ở trên màn hình nhưng chưa lưu: So sánh… để giữ bản của bạn, lấy bản của họ hoặc hợp nhất. Cả hai đều còn trong lịch sử.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Một người</translation>
    </message>
    <message>
        <source>This position was changed elsewhere while you were editing. Your last edits are still on screen but not saved: Reload to see the saved version.</source>
        <translation>Lập trường này đã bị thay đổi ở nơi khác trong khi bạn sửa. Các chỉnh sửa gần nhất của bạn vẫn ở trên màn hình nhưng chưa lưu: Tải lại để xem bản đã lưu.</translation>
    </message>
    <message>
        <source>Approved by &lt;b&gt;%s&lt;/b&gt; %s (version %s). Read-only: Edit… to change it.</source>
        <translation>Được phê duyệt bởi &lt;b&gt;%s&lt;/b&gt; %s (phiên bản %s). Chỉ đọc: Sửa… để thay đổi.</translation>
    </message>
    <message>
        <source>Edited after approval: version %s was approved by %s; it stays in the history.</source>
        <translation>Đã sửa sau khi phê duyệt: phiên bản %s được %s phê duyệt; nó vẫn còn trong lịch sử.</translation>
    </message>
</context>
<context>
    <name>PositionEditor</name>
    <message>
        <source>brief on another item</source>
        <translation>lập trường về một mục khác</translation>
    </message>
    <message>
        <source>briefs on other items</source>
        <translation>lập trường về các mục khác</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Gửi xem xét</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Phê duyệt…</translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation>Trở về dự thảo</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Lịch sử…</translation>
    </message>
    <message>
        <source>Carry forward…</source>
        <translation>Chuyển tiếp…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>So sánh…</translation>
    </message>
    <message>
        <source>Both versions side by side: keep yours, take theirs or merge them</source>
        <translation>Hai phiên bản cạnh nhau: giữ bản của bạn, lấy bản của họ hoặc hợp nhất</translation>
    </message>
    <message>
        <source>Reopen as draft with my text</source>
        <translation>Mở lại thành dự thảo với văn bản của tôi</translation>
    </message>
    <message>
        <source>Discard my text</source>
        <translation>Bỏ văn bản của tôi</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Đậm (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Nghiêng (Ctrl+I)</translation>
    </message>
    <message>
        <source>Bullet list (Ctrl+Shift+8)</source>
        <translation>Danh sách gạch đầu dòng (Ctrl+Shift+8)</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Mục này không còn tồn tại.</translation>
    </message>
    <message>
        <source>%s saved this brief meanwhile (see above)</source>
        <translation>%s đã lưu lập trường này trong lúc đó (xem ở trên)</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>người khác</translation>
    </message>
    <message>
        <source>%s approved this brief meanwhile (see above)</source>
        <translation>%s đã phê duyệt lập trường này trong lúc đó (xem ở trên)</translation>
    </message>
    <message>
        <source>Your edits to this brief are not saved yet (%s). Nothing else was done.</source>
        <translation>Các chỉnh sửa của bạn cho lập trường này chưa được lưu (%s). Không làm gì thêm.</translation>
    </message>
</context>
<context>
    <name>PositionForm</name>
    <message>
        <source>What success looks like: concrete and testable</source>
        <translation>Thành công trông như thế nào: cụ thể và kiểm chứng được</translation>
    </message>
    <message>
        <source>e.g. DO3, EA 3.2</source>
        <translation>ví dụ DO3, EA 3.2</translation>
    </message>
    <message>
        <source>Where we start</source>
        <translation>Điểm xuất phát của ta</translation>
    </message>
    <message>
        <source>A fallback, in order</source>
        <translation>Một phương án lùi, theo thứ tự</translation>
    </message>
    <message>
        <source>Add a fallback</source>
        <translation>Thêm phương án lùi</translation>
    </message>
    <message>
        <source>Fallback {n}</source>
        <translation>Phương án lùi {n}</translation>
    </message>
    <message>
        <source>The minimum acceptable</source>
        <translation>Mức tối thiểu chấp nhận được</translation>
    </message>
    <message>
        <source>A point to make</source>
        <translation>Một điểm cần nêu</translation>
    </message>
    <message>
        <source>Add a point</source>
        <translation>Thêm một điểm</translation>
    </message>
    <message>
        <source>Point {n}</source>
        <translation>Điểm {n}</translation>
    </message>
    <message>
        <source>Only if the discussion turns that way</source>
        <translation>Chỉ khi cuộc thảo luận rẽ theo hướng đó</translation>
    </message>
    <message>
        <source>Add a delegation</source>
        <translation>Thêm một đoàn</translation>
    </message>
    <message>
        <source>Their objective {n}</source>
        <translation>Mục tiêu của họ {n}</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Thêm một câu hỏi</translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation>Câu hỏi {n}</translation>
    </message>
    <message>
        <source>What we say to the press</source>
        <translation>Điều ta nói với báo chí</translation>
    </message>
    <message>
        <source>Facts that may be shared</source>
        <translation>Các dữ kiện có thể chia sẻ</translation>
    </message>
    <message>
        <source>For our delegation only</source>
        <translation>Chỉ dành cho đoàn ta</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Quan điểm</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Thẩm quyền</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>ADM tags</source>
        <translation>Thẻ ADM</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Lập trường ban đầu</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>Phương án lùi</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>Lằn ranh đỏ</translation>
    </message>
    <message>
        <source>NOT FOR DISCLOSURE — left out of packs for a wider circle</source>
        <translation>KHÔNG ĐƯỢC TIẾT LỘ — bị bỏ khỏi bộ tài liệu cho phạm vi rộng hơn</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Thẩm quyền được giao</translation>
    </message>
    <message>
        <source>Position ladder</source>
        <translation>Thang lập trường</translation>
    </message>
    <message>
        <source>Points to make</source>
        <translation>Các điểm cần nêu</translation>
    </message>
    <message>
        <source>Tactical arguments</source>
        <translation>Lập luận chiến thuật</translation>
    </message>
    <message>
        <source>Their objectives and our response</source>
        <translation>Mục tiêu của các bên và cách ta đáp lại</translation>
    </message>
    <message>
        <source>Defensive lines and Q&amp;A</source>
        <translation>Luận điểm phòng thủ và hỏi - đáp</translation>
    </message>
    <message>
        <source>Press line</source>
        <translation>Thông điệp báo chí</translation>
    </message>
    <message>
        <source>Background (releasable)</source>
        <translation>Thông tin nền (được phép tiết lộ)</translation>
    </message>
    <message>
        <source>Background (not for disclosure)</source>
        <translation>Thông tin nền (không được tiết lộ)</translation>
    </message>
    <message>
        <source>Counterparts who care about this item</source>
        <translation>Các đối tác quan tâm đến mục này</translation>
    </message>
    <message>
        <source>Projects this item concerns</source>
        <translation>Các dự án liên quan đến mục này</translation>
    </message>
    <message>
        <source>Who in our delegation holds this brief</source>
        <translation>Ai trong đoàn ta phụ trách lập trường này</translation>
    </message>
    <message>
        <source>Codes of the ADM outcomes and actions this item serves, separated by commas</source>
        <translation>Mã các kết quả và hành động ADM mà mục này phục vụ, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>— not assigned —</source>
        <translation>— chưa giao —</translation>
    </message>
    <message>
        <source>(someone no longer listed)</source>
        <translation>(người không còn trong danh sách)</translation>
    </message>
</context>
<context>
    <name>PositionHistoryDialog</name>
    <message>
        <source>History of the position on %s</source>
        <translation>Lịch sử lập trường về %s</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Không có khác biệt.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <source>Formatting changed (bold, italic or bullets).</source>
        <translation>Định dạng đã thay đổi (đậm, nghiêng hoặc gạch đầu dòng).</translation>
    </message>
    <message>
        <source>ADM tags</source>
        <translation>Thẻ ADM</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Các phiên bản</translation>
    </message>
    <message>
        <source>Every saved version of the brief, newest first</source>
        <translation>Mọi phiên bản đã lưu của lập trường, mới nhất trước</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>So sánh với</translation>
    </message>
    <message>
        <source>The version compared with the older one</source>
        <translation>Phiên bản được so sánh với bản cũ hơn</translation>
    </message>
    <message>
        <source>Show unchanged sections</source>
        <translation>Hiện các phần không thay đổi</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>What changed between the two versions</source>
        <translation>Những gì đã thay đổi giữa hai phiên bản</translation>
    </message>
    <message>
        <source>&lt;del&gt;Removed&lt;/del&gt; text is struck through; &lt;ins&gt;added&lt;/ins&gt; text is underlined.</source>
        <translation>Văn bản &lt;del&gt;bị xóa&lt;/del&gt; được gạch ngang; văn bản &lt;ins&gt;được thêm&lt;/ins&gt; được gạch dưới.</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>Khôi phục phiên bản này…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>with</source>
        <translation>với</translation>
    </message>
    <message>
        <source>Version %s</source>
        <translation>Phiên bản %s</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (hiện tại)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>(before sign-in)</source>
        <translation>(trước khi đăng nhập)</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>không ghi tên</translation>
    </message>
    <message>
        <source>nothing (before version 1)</source>
        <translation>không có (trước phiên bản 1)</translation>
    </message>
    <message>
        <source>version %s</source>
        <translation>phiên bản %s</translation>
    </message>
    <message>
        <source>Restore version %s…</source>
        <translation>Khôi phục phiên bản %s…</translation>
    </message>
    <message>
        <source>Restore version %s? It becomes the current version (a new version %s); every version stays in the history.</source>
        <translation>Khôi phục phiên bản %s? Nó trở thành phiên bản hiện tại (phiên bản mới %s); mọi phiên bản vẫn còn trong lịch sử.</translation>
    </message>
    <message>
        <source>The position is approved: restoring returns it to draft.</source>
        <translation>Lập trường đã được phê duyệt: khôi phục sẽ đưa nó về dự thảo.</translation>
    </message>
    <message>
        <source>Restore a version</source>
        <translation>Khôi phục một phiên bản</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Restore version %s</source>
        <translation>Khôi phục phiên bản %s</translation>
    </message>
</context>
<context>
    <name>PositionPresenter</name>
    <message>
        <source>%s (item %s)</source>
        <translation>%s (mục %s)</translation>
    </message>
    <message>
        <source>Not done: putting the approval back is an approval again, and it needs the approver&apos;s own PIN.</source>
        <translation>Chưa thực hiện: khôi phục phê duyệt là phê duyệt lại, và cần mã PIN riêng của người phê duyệt.</translation>
    </message>
</context>
<context>
    <name>PositionSteps</name>
    <message>
        <source>submit for review</source>
        <translation>gửi xem xét</translation>
    </message>
    <message>
        <source>return to draft</source>
        <translation>trở về dự thảo</translation>
    </message>
    <message>
        <source>Approve without your signature</source>
        <translation>Phê duyệt không có chữ ký của bạn</translation>
    </message>
    <message>
        <source>No key passphrase: the approval is not signed by your key, so it arrives in the other stores for review, not approved. Approve unsigned?</source>
        <translation>Không có cụm mật khẩu của khóa: phê duyệt không được ký bằng khóa của bạn, nên đến các kho khác ở trạng thái chờ xem xét, không phải đã phê duyệt. Phê duyệt không ký?</translation>
    </message>
    <message>
        <source>Approve unsigned</source>
        <translation>Phê duyệt không ký</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>phê duyệt</translation>
    </message>
    <message>
        <source>Approve the position again</source>
        <translation>Phê duyệt lại lập trường</translation>
    </message>
    <message>
        <source>Your edits to this brief are not saved yet (%s). Nothing else was done.</source>
        <translation>Các chỉnh sửa của bạn cho lập trường này chưa được lưu (%s). Không làm gì thêm.</translation>
    </message>
    <message>
        <source>Edit an approved position</source>
        <translation>Sửa một lập trường đã phê duyệt</translation>
    </message>
    <message>
        <source>This position was approved by %s (version %s). Editing it returns it to draft for a new approval; the approved version stays in the history. Edit it?</source>
        <translation>Lập trường này đã được %s phê duyệt (phiên bản %s). Sửa sẽ đưa nó về dự thảo để phê duyệt lại; phiên bản đã phê duyệt vẫn còn trong lịch sử. Sửa chứ?</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
</context>
<context>
    <name>PresenceLabel</name>
    <message>
        <source>%s has this brief open</source>
        <translation>%s đang mở lập trường này</translation>
    </message>
    <message>
        <source>%s and %s have this brief open</source>
        <translation>%s và %s đang mở lập trường này</translation>
    </message>
    <message>
        <source>Saving the same part as them: the second save is shown as a conflict.</source>
        <translation>Nếu cùng lưu một phần với họ: lần lưu thứ hai được hiển thị là xung đột.</translation>
    </message>
</context>
<context>
    <name>PreviewTree</name>
    <message>
        <source>Agenda as read</source>
        <translation>Chương trình nghị sự đã đọc</translation>
    </message>
    <message>
        <source>The items read from the text, with their numbers and levels</source>
        <translation>Các mục đọc từ văn bản, cùng số và cấp của chúng</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>updates %s</source>
        <translation>cập nhật %s</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>The sessions of the meeting, one a row</source>
        <translation>Các phiên của cuộc họp, mỗi hàng một phiên</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Breaks, lunch, the group photo, bilateral slots: local time (24 h, e.g. 10:30). An agenda import fills this in; the pack&apos;s programme page prints it.</source>
        <translation>Giải lao, ăn trưa, chụp ảnh chung, các khung gặp song phương: giờ địa phương (24 giờ, ví dụ 10:30). Nhập chương trình nghị sự sẽ điền phần này; trang chương trình của bộ tài liệu in nó ra.</translation>
    </message>
    <message>
        <source>e.g. Coffee break</source>
        <translation>ví dụ Giải lao</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>ngày đầu</translation>
    </message>
    <message>
        <source>row %s</source>
        <translation>dòng %s</translation>
    </message>
    <message>
        <source>Programme, %s: write times as 10:30.</source>
        <translation>Chương trình, %s: hãy viết giờ dạng 10:30.</translation>
    </message>
    <message>
        <source>Programme, row %s: say what it is (e.g. Coffee break).</source>
        <translation>Chương trình, dòng %s: hãy ghi đó là gì (ví dụ Giải lao).</translation>
    </message>
    <message>
        <source>Programme, %s: give the start time as well.</source>
        <translation>Chương trình, %s: hãy nhập cả giờ bắt đầu.</translation>
    </message>
    <message>
        <source>Programme, %s: it cannot end before it starts.</source>
        <translation>Chương trình, %s: không thể kết thúc trước khi bắt đầu.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Progress entry</source>
        <translation>Mục tiến độ</translation>
    </message>
    <message>
        <source>(a meeting not in this store: name it below)</source>
        <translation>(một cuộc họp không có trong kho này: ghi tên bên dưới)</translation>
    </message>
    <message>
        <source>e.g. 5th ASEAN-Japan JWG</source>
        <translation>ví dụ 5th ASEAN-Japan JWG</translation>
    </message>
    <message>
        <source>known</source>
        <translation>đã biết</translation>
    </message>
    <message>
        <source>Date of the review</source>
        <translation>Ngày rà soát</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(không đổi)</translation>
    </message>
    <message>
        <source>Reviewed at</source>
        <translation>Được xem xét tại</translation>
    </message>
    <message>
        <source>Meeting&apos;s name</source>
        <translation>Tên cuộc họp</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Status after the review</source>
        <translation>Trạng thái sau xem xét</translation>
    </message>
    <message>
        <source>Progress reported</source>
        <translation>Tiến độ được báo cáo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Choose the meeting that reviewed the project, or name it.</source>
        <translation>Hãy chọn cuộc họp đã xem xét dự án, hoặc ghi tên nó.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Dự án mới</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>known</source>
        <translation>đã biết</translation>
    </message>
    <message>
        <source>e.g. ADM2030 O3, ADM2025 DO3</source>
        <translation>ví dụ ADM2030 O3, ADM2025 DO3</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Mã</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tiêu đề</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>Đối &amp;tác</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Nhà tài trợ</translation>
    </message>
    <message>
        <source>Amount, currency</source>
        <translation>Số tiền, đơn vị tiền</translation>
    </message>
    <message>
        <source>Implementing body</source>
        <translation>Cơ quan thực hiện</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Đơn vị tiền</translation>
    </message>
    <message>
        <source>Three letters, e.g. USD</source>
        <translation>Ba chữ cái, ví dụ USD</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Trạng thái</translation>
    </message>
    <message>
        <source>Our involvement</source>
        <translation>Sự tham gia của ta</translation>
    </message>
    <message>
        <source>Lead Member State(s)</source>
        <translation>Quốc gia thành viên chủ trì</translation>
    </message>
    <message>
        <source>Framework outcome(s)</source>
        <translation>Kết quả theo khung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Milestone or deliverable</source>
        <translation>Mốc hoặc sản phẩm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>Hạn (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Đạt ngày</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Các mốc</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Đầu mối</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Focal points, documents</source>
        <translation>Đầu mối, tài liệu</translation>
    </message>
    <message>
        <source>(no position yet)</source>
        <translation>(chưa có lập trường)</translation>
    </message>
    <message>
        <source>Proposal for the next phase</source>
        <translation>Đề xuất cho giai đoạn tới</translation>
    </message>
    <message>
        <source>Our stance</source>
        <translation>Quan điểm của ta</translation>
    </message>
    <message>
        <source>Our position</source>
        <translation>Lập trường của ta</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Giai đoạn tới</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>A project needs a code.</source>
        <translation>Dự án cần có mã.</translation>
    </message>
    <message>
        <source>A project needs a title.</source>
        <translation>Dự án cần có tiêu đề.</translation>
    </message>
    <message>
        <source>A date in a list is not a date (write 2026-03-31): %s</source>
        <translation>Một ngày trong danh sách không phải là ngày (hãy viết 2026-03-31): %s</translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <source>Project details</source>
        <translation>Chi tiết dự án</translation>
    </message>
    <message>
        <source>Reviews (one per meeting; double-click to edit)</source>
        <translation>Các lần xem xét (mỗi cuộc họp một lần; nhấp đúp để sửa)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Các lần rà soát</translation>
    </message>
    <message>
        <source>One per meeting; Enter or a double-click edits one</source>
        <translation>Mỗi cuộc họp một lần; Enter hoặc nhấp đúp để sửa</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Add &amp;review…</source>
        <translation>Thêm lần &amp;xem xét…</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Xóa lần xem xét</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Xóa dự án</translation>
    </message>
    <message>
        <source>Delete %s and its %d review(s)?</source>
        <translation>Xóa %s và %d lần xem xét của nó?</translation>
    </message>
</context>
<context>
    <name>QARow</name>
    <message>
        <source>Question or challenge</source>
        <translation>Câu hỏi hoặc chất vấn</translation>
    </message>
    <message>
        <source>Our line</source>
        <translation>Trả lời của ta</translation>
    </message>
    <message>
        <source>Q:</source>
        <translation>H:</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>Đ:</translation>
    </message>
    <message>
        <source>Our line on question {0}</source>
        <translation>Trả lời của ta cho câu hỏi {0}</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có cho &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Kh&amp;ông cho tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>This is a trip copy: negotiated texts are changed in the team store; each Bring back refreshes them here. Read, export and print them as they are.</source>
        <translation>Đây là bản sao mang đi: văn bản đàm phán chỉ được thay đổi trong kho dữ liệu chung; mỗi lần Đưa về sẽ cập nhật chúng tại đây. Hãy đọc, xuất và in chúng như hiện có.</translation>
    </message>
    <message>
        <source>This is a trip copy: cooperation projects are changed in the team store; each Bring back refreshes them here. Read them and print their reports as they are.</source>
        <translation>Đây là bản sao mang đi: dự án hợp tác chỉ được thay đổi trong kho dữ liệu chung; mỗi lần Đưa về sẽ cập nhật chúng tại đây. Hãy đọc và in báo cáo như hiện có.</translation>
    </message>
</context>
<context>
    <name>RecipientsBox</name>
    <message>
        <source>One name per line: one numbered copy each</source>
        <translation>Mỗi dòng một tên: mỗi tên một bản có đánh số</translation>
    </message>
    <message>
        <source>Our delegation</source>
        <translation>Đoàn ta</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Recipient&apos;s name as a watermark</source>
        <translation>Tên người nhận làm hình mờ</translation>
    </message>
    <message>
        <source>All copies in one PDF file</source>
        <translation>Mọi bản trong một tệp PDF</translation>
    </message>
    <message>
        <source>Unnamed copies</source>
        <translation>Các bản không ghi tên</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Distribution register</source>
        <translation>Sổ phân phối</translation>
    </message>
    <message>
        <source>Pack register</source>
        <translation>Sổ đăng ký bộ tài liệu</translation>
    </message>
    <message>
        <source>Every pack printed: who received each copy</source>
        <translation>Mọi bộ tài liệu đã in: ai nhận từng bản</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>1 copy</source>
        <translation>1 bản</translation>
    </message>
    <message>
        <source>%d copies</source>
        <translation>%d bản</translation>
    </message>
    <message>
        <source>1 issue</source>
        <translation>1 lần phát hành</translation>
    </message>
    <message>
        <source>%d issues</source>
        <translation>%d lần phát hành</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Meeting report</source>
        <translation>Báo cáo cuộc họp</translation>
    </message>
    <message>
        <source>Report to capital</source>
        <translation>Báo cáo về trong nước</translation>
    </message>
    <message>
        <source>Outcome summary (for the Ministers)</source>
        <translation>Tóm tắt kết quả (trình Bộ trưởng)</translation>
    </message>
    <message>
        <source>Automatic: delegation/year/RC-meeting</source>
        <translation>Tự động: đoàn/năm/RC-cuộc họp</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Cho</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Số tham chiếu</translation>
    </message>
    <message>
        <source>Printed in</source>
        <translation>In bằng</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word (.docx), for colleagues who edit it</source>
        <translation>Word (.docx), dành cho đồng nghiệp cần biên tập</translation>
    </message>
    <message>
        <source>The same headings, the same parts for the audience, the classification, reference and copy mark in every page&apos;s header and footer. Each copy is entered in the distribution register.</source>
        <translation>Cùng các đề mục, cùng các phần dành cho đối tượng đọc, có độ mật, số tham chiếu và dấu bản ở đầu trang và chân trang mỗi trang. Mỗi bản được ghi vào sổ phân phối.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Choose the meeting and the report, then Preview.</source>
        <translation>Chọn cuộc họp và báo cáo, rồi bấm Xem trước.</translation>
    </message>
    <message>
        <source>Save as Word…</source>
        <translation>Lưu thành Word…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>The preview shows the PDF: the Word copy holds the same headings and text.</source>
        <translation>Bản xem trước hiển thị bản PDF: bản Word có cùng các đề mục và nội dung.</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>Intervention</source>
        <translation>Phát biểu</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Ủng hộ</translation>
    </message>
    <message>
        <source>Support with amendments</source>
        <translation>Ủng hộ có sửa đổi</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Trung lập</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Bảo lưu</translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation>Phản đối</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Chưa rõ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Đã bỏ</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Welcomed</source>
        <translation>Hoan nghênh</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Tán thành</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Nhất trí</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Thông qua</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Hoãn lại</translation>
    </message>
    <message>
        <source>Tasked</source>
        <translation>Giao nhiệm vụ</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Row {n}</source>
        <translation>Hàng {n}</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Chuyển lên (Alt+Up)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Chuyển xuống (Alt+Down)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Gỡ bỏ {0}</translation>
    </message>
</context>
<context>
    <name>SalvageResultDialog</name>
    <message>
        <source>Readable copy saved</source>
        <translation>Đã lưu bản sao đọc được</translation>
    </message>
    <message>
        <source>%s rows were copied to %s. %s rows could not be read or were left out (below). %s was not changed.</source>
        <translation>Đã sao chép %s dòng sang %s. %s dòng không đọc được hoặc bị bỏ qua (bên dưới). %s không bị thay đổi.</translation>
    </message>
    <message>
        <source>Every readable row (%s) was copied to %s. %s was not changed.</source>
        <translation>Mọi dòng đọc được (%s) đã được sao chép sang %s. %s không bị thay đổi.</translation>
    </message>
    <message>
        <source>The copy passed SQLite&apos;s integrity check; its search index was rebuilt.</source>
        <translation>Bản sao đã qua kiểm tra toàn vẹn của SQLite; chỉ mục tìm kiếm của nó đã được dựng lại.</translation>
    </message>
    <message>
        <source>It is encrypted with the same passphrase.</source>
        <translation>Nó được mã hóa bằng cùng cụm mật khẩu.</translation>
    </message>
    <message>
        <source>What was recovered</source>
        <translation>Những gì đã khôi phục</translation>
    </message>
    <message>
        <source>Each table of the damaged store and the rows read back</source>
        <translation>Từng bảng của kho bị hỏng và các hàng đọc lại được</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Không sao chép</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Open the copy</source>
        <translation>Mở bản sao</translation>
    </message>
    <message>
        <source>rows lost: unknown (the table cannot be read)</source>
        <translation>số dòng mất: không rõ (không đọc được bảng)</translation>
    </message>
    <message>
        <source>%s on damaged pages</source>
        <translation>%s trên các trang bị hỏng</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>tối đa</translation>
    </message>
    <message>
        <source>%s rebuilt from their saved versions</source>
        <translation>%s được dựng lại từ các phiên bản đã lưu</translation>
    </message>
    <message>
        <source>%s kept with damaged text (shown as �)</source>
        <translation>%s được giữ với văn bản bị hỏng (hiển thị là �)</translation>
    </message>
    <message>
        <source>%s with unreadable values</source>
        <translation>%s có giá trị không đọc được</translation>
    </message>
    <message>
        <source>%s whose parent was lost</source>
        <translation>%s mất bản ghi cha</translation>
    </message>
    <message>
        <source>%s links to lost rows cleared</source>
        <translation>%s liên kết tới các dòng bị mất đã được xóa</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>Not saved: %s.</source>
        <translation>Chưa lưu: %s.</translation>
    </message>
    <message>
        <source>Your text is kept here and will be saved as soon as possible.</source>
        <translation>Văn bản của bạn được giữ ở đây và sẽ được lưu sớm nhất có thể.</translation>
    </message>
    <message>
        <source>Your text is kept here.</source>
        <translation>Văn bản của bạn được giữ ở đây.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Đã lưu %s</translation>
    </message>
    <message>
        <source>Also not saved yet: %s %s.</source>
        <translation>Cũng chưa lưu: %s %s.</translation>
    </message>
    <message>
        <source>Not saved yet: %s %s — %s. Kept, and saved as soon as possible.</source>
        <translation>Chưa lưu: %s %s — %s. Được giữ lại và sẽ lưu sớm nhất có thể.</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>chưa thử</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>chưa lưu</translation>
    </message>
    <message>
        <source>Some of your edits could not be saved: %s.</source>
        <translation>Một số chỉnh sửa của bạn không lưu được: %s.</translation>
    </message>
    <message>
        <source>They are still on screen. %s</source>
        <translation>Chúng vẫn ở trên màn hình. %s</translation>
    </message>
    <message>
        <source>Edits not saved</source>
        <translation>Chỉnh sửa chưa được lưu</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>merged with %s&apos;s change to %s</source>
        <translation>đã gộp với thay đổi của %s ở %s</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>người khác</translation>
    </message>
    <message>
        <source>Your brief kept offline is saved: %s.</source>
        <translation>Lập trường giữ lại khi ngoại tuyến đã được lưu: %s.</translation>
    </message>
    <message>
        <source>Offline: 1 unsaved change · retrying</source>
        <translation>Ngoại tuyến: 1 thay đổi chưa lưu · đang thử lại</translation>
    </message>
    <message>
        <source>Offline: %s unsaved changes · retrying</source>
        <translation>Ngoại tuyến: %s thay đổi chưa lưu · đang thử lại</translation>
    </message>
    <message>
        <source>The team store&apos;s server cannot be reached. Your changes are kept on this computer and written, in order, as soon as it answers again.</source>
        <translation>Không kết nối được máy chủ của kho dữ liệu nhóm. Các thay đổi của bạn được giữ trên máy này và sẽ được ghi theo thứ tự ngay khi máy chủ phản hồi.</translation>
    </message>
    <message>
        <source>This sign-in used no password to seal them with: they are kept in memory only, so keep the app open until they are written.</source>
        <translation>Lần đăng nhập này không dùng mật khẩu để niêm phong chúng: chúng chỉ được giữ trong bộ nhớ, vì vậy hãy để ứng dụng mở cho đến khi chúng được ghi.</translation>
    </message>
    <message>
        <source>%s unsaved changes in conflict</source>
        <translation>%s thay đổi chưa lưu bị xung đột</translation>
    </message>
    <message>
        <source>Someone else changed these notes meanwhile: choose what to keep.</source>
        <translation>Trong lúc đó người khác đã sửa các ghi chú này: hãy chọn bản cần giữ.</translation>
    </message>
    <message>
        <source>Not saved: see the editor</source>
        <translation>Chưa lưu: xem trình soạn thảo</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Có thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>All changes saved %s</source>
        <translation>Đã lưu mọi thay đổi %s</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>What you typed here is not saved (%s). Close and lose it?</source>
        <translation>Những gì bạn gõ ở đây chưa được lưu (%s). Đóng và bỏ?</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Đóng và bỏ</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Searches notes, briefs, agenda items and texts</source>
        <translation>Tìm trong ghi chú, lập trường, mục chương trình và văn bản</translation>
    </message>
    <message>
        <source>Search notes, items, positions, people, actions, outcomes (any script)</source>
        <translation>Tìm ghi chép, mục, lập trường, người, việc cần làm, kết quả (mọi chữ viết)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <source>Enter opens the chosen result</source>
        <translation>Enter mở kết quả đã chọn</translation>
    </message>
    <message>
        <source>Type a few letters. Enter opens the hit; ↑/↓ move; Esc closes.</source>
        <translation>Gõ vài chữ cái. Enter mở kết quả; ↑/↓ di chuyển; Esc đóng.</translation>
    </message>
    <message>
        <source>Type a few letters to search.</source>
        <translation>Gõ vài chữ cái để tìm.</translation>
    </message>
    <message>
        <source>%d result(s) in %.0f ms</source>
        <translation>%d kết quả trong %.0f ms</translation>
    </message>
    <message>
        <source>(the best %d; add a word to narrow)</source>
        <translation>(%d kết quả tốt nhất; thêm một từ để thu hẹp)</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Không có kết quả.</translation>
    </message>
    <message>
        <source>No matches. Try fewer or shorter words.</source>
        <translation>Không có kết quả. Hãy thử ít từ hơn hoặc từ ngắn hơn.</translation>
    </message>
    <message>
        <source>The search could not run: %s</source>
        <translation>Không tìm được: %s</translation>
    </message>
</context>
<context>
    <name>SecurityFeature</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Khóa</translation>
    </message>
    <message>
        <source>Encrypt this store…</source>
        <translation>Mã hóa kho dữ liệu này…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>&amp;Kiểm tra nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Lock and backups &amp;settings…</source>
        <translation>&amp;Cài đặt khóa và sao lưu…</translation>
    </message>
    <message>
        <source>An operation was interrupted</source>
        <translation>Một thao tác đã bị gián đoạn</translation>
    </message>
    <message>
        <source>The audit log was cut</source>
        <translation>Nhật ký kiểm tra đã bị cắt</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Đổi cụm &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Encrypt this store…</source>
        <translation>&amp;Mã hóa kho dữ liệu này…</translation>
    </message>
    <message>
        <source>The demo store stays plain (Help &gt; Reset the demo store rewrites it). Create your own store with File &gt; New store: it is encrypted by default.</source>
        <translation>Kho dữ liệu mẫu không được mã hóa (Trợ giúp &gt; Đặt lại kho dữ liệu mẫu sẽ ghi lại nó). Hãy tạo kho của riêng bạn bằng Tệp &gt; Kho dữ liệu mới: nó được mã hóa theo mặc định.</translation>
    </message>
    <message>
        <source>Encrypt this store</source>
        <translation>Mã hóa kho dữ liệu này</translation>
    </message>
    <message>
        <source>Encrypting the store…</source>
        <translation>Đang mã hóa kho dữ liệu…</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Đang đổi cụm mật khẩu…</translation>
    </message>
    <message>
        <source>The store is now encrypted.</source>
        <translation>Kho dữ liệu đã được mã hóa.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Đã đổi cụm mật khẩu.</translation>
    </message>
    <message>
        <source>%d backup(s) were re-encrypted with it.</source>
        <translation>%d bản sao lưu đã được mã hóa lại bằng cụm này.</translation>
    </message>
    <message>
        <source>%d backup(s) under another passphrase were left as they were.</source>
        <translation>%d bản sao lưu dùng cụm mật khẩu khác được giữ nguyên.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>Backed up automatically at %s</source>
        <translation>Đã tự động sao lưu lúc %s</translation>
    </message>
    <message>
        <source>The automatic backup failed: %s</source>
        <translation>Sao lưu tự động thất bại: %s</translation>
    </message>
    <message>
        <source>The audit log is intact: %s entries, hash chain verified.</source>
        <translation>Nhật ký kiểm tra còn nguyên vẹn: %s mục, chuỗi băm đã được xác minh.</translation>
    </message>
    <message>
        <source>The audit log was changed outside the app:</source>
        <translation>Nhật ký kiểm tra đã bị thay đổi bên ngoài ứng dụng:</translation>
    </message>
    <message>
        <source>A backup made before the change still holds the original entries (Tools &gt; Backups).</source>
        <translation>Một bản sao lưu tạo trước thay đổi vẫn giữ các mục gốc (Công cụ &gt; Sao lưu).</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Đang kiểm tra cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Fixed: %s</source>
        <translation>Đã sửa: %s</translation>
    </message>
    <message>
        <source>Problem: %s</source>
        <translation>Vấn đề: %s</translation>
    </message>
    <message>
        <source>The store is healthy.</source>
        <translation>Kho dữ liệu ở tình trạng tốt.</translation>
    </message>
    <message>
        <source>The store is healthy again: %d fix(es) made.</source>
        <translation>Kho dữ liệu đã tốt trở lại: đã sửa %d lỗi.</translation>
    </message>
    <message>
        <source>Problems found.</source>
        <translation>Phát hiện vấn đề.</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Restore the newest backup (%s)? The current state is backed up first.</source>
        <translation>Khôi phục bản sao lưu mới nhất (%s)? Trạng thái hiện tại được sao lưu trước.</translation>
    </message>
    <message>
        <source>The store is damaged</source>
        <translation>Kho dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>It stays open read-only: read and copy what you still can; nothing is saved to it. File &gt; Save a readable copy… writes every row that can still be read to a new store.</source>
        <translation>Kho vẫn mở ở chế độ chỉ đọc: hãy đọc và sao chép những gì còn có thể; không có gì được lưu vào đó. Tệp &gt; Lưu một bản sao đọc được… ghi mọi dòng còn đọc được vào một kho mới.</translation>
    </message>
    <message>
        <source>It opens read-only: read what you still can; nothing is saved to it. File &gt; Save a readable copy… writes every row that can still be read to a new store.</source>
        <translation>Kho mở ở chế độ chỉ đọc: hãy đọc những gì còn có thể; không có gì được lưu vào đó. Tệp &gt; Lưu một bản sao đọc được… ghi mọi dòng còn đọc được vào một kho mới.</translation>
    </message>
    <message>
        <source>There is no backup of this store beside it.</source>
        <translation>Không có bản sao lưu nào của kho này bên cạnh nó.</translation>
    </message>
    <message>
        <source>Enter it to look for a good backup.</source>
        <translation>Hãy nhập để tìm một bản sao lưu còn tốt.</translation>
    </message>
    <message>
        <source>Looking for a good backup…</source>
        <translation>Đang tìm một bản sao lưu còn tốt…</translation>
    </message>
    <message>
        <source>No backup of it passes the integrity check.</source>
        <translation>Không bản sao lưu nào qua được kiểm tra toàn vẹn.</translation>
    </message>
    <message>
        <source>%s is damaged:</source>
        <translation>%s bị hỏng:</translation>
    </message>
    <message>
        <source>%s cannot be opened:</source>
        <translation>Không mở được %s:</translation>
    </message>
    <message>
        <source>The newest good backup is from %s. Put it in place? The damaged file is kept beside it (renamed), never overwritten.</source>
        <translation>Bản sao lưu tốt mới nhất là từ %s. Đặt nó vào chỗ? Tệp bị hỏng được giữ bên cạnh (đổi tên), không bao giờ bị ghi đè.</translation>
    </message>
    <message>
        <source>No: the damaged store opens read-only, to read what can still be read and save a readable copy.</source>
        <translation>Không: kho bị hỏng mở ở chế độ chỉ đọc, để đọc những gì còn đọc được và lưu một bản sao đọc được.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Đang khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <source>The backup from %s is in place. The damaged file is kept as %s.</source>
        <translation>Bản sao lưu từ %s đã được đặt vào chỗ. Tệp bị hỏng được giữ là %s.</translation>
    </message>
</context>
<context>
    <name>SecuritySettingsDialog</name>
    <message>
        <source>Lock and backups</source>
        <translation>Khóa và sao lưu</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Không bao giờ</translation>
    </message>
    <message>
        <source>Lock after being idle for:</source>
        <translation>Khóa sau khi không dùng trong:</translation>
    </message>
    <message>
        <source>Back up changes every:</source>
        <translation>Sao lưu thay đổi mỗi:</translation>
    </message>
    <message>
        <source>Idle time counts while the laptop sleeps. Lock now with Ctrl+L. Automatic backups are made only when something changed; the newest 16, one a day for two weeks and one a week for two months are kept.</source>
        <translation>Thời gian không dùng được tính cả khi máy ngủ. Khóa ngay bằng Ctrl+L. Sao lưu tự động chỉ được tạo khi có thay đổi; giữ 16 bản mới nhất, mỗi ngày một bản trong hai tuần và mỗi tuần một bản trong hai tháng.</translation>
    </message>
    <message>
        <source>The window will never lock by itself.</source>
        <translation>Cửa sổ sẽ không bao giờ tự khóa.</translation>
    </message>
    <message>
        <source>No automatic backups: back up by hand (Tools &gt; Backups).</source>
        <translation>Không sao lưu tự động: hãy sao lưu bằng tay (Công cụ &gt; Sao lưu).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>This store (shared with everyone who opens it)</source>
        <translation>Kho dữ liệu này (dùng chung với mọi người mở nó)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(chưa đặt)</translation>
    </message>
    <message>
        <source>Our delegation:</source>
        <translation>Đoàn ta:</translation>
    </message>
    <message>
        <source>Classifications
(one per line):</source>
        <translation>Các độ mật
(mỗi dòng một mức):</translation>
    </message>
    <message>
        <source>Default classification:</source>
        <translation>Độ mật mặc định:</translation>
    </message>
    <message>
        <source>Packs and reports for this audience are never marked lower</source>
        <translation>Bộ tài liệu và báo cáo cho đối tượng này không bao giờ được đánh dấu thấp hơn</translation>
    </message>
    <message>
        <source>Lowest marking for %1:</source>
        <translation>Độ mật thấp nhất cho %1:</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Interface font size:</source>
        <translation>Cỡ chữ giao diện:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Độ tương phản cao</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Màu sắc:</translation>
    </message>
    <message>
        <source>Your name, as recorded in history</source>
        <translation>Tên của bạn, như được ghi trong lịch sử</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Tên của bạn:</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>Ngôn ngữ của hệ thống (%1)</translation>
    </message>
    <message>
        <source>Menus, dialogs and dates; OK offers to start the app again in it</source>
        <translation>Menu, hộp thoại và ngày tháng; nhấn OK để được đề nghị khởi động lại ứng dụng bằng ngôn ngữ đó</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <source>A new language takes effect when ADGSOM Desktop starts again: OK offers to restart it now.</source>
        <translation>Ngôn ngữ mới có hiệu lực khi ADGSOM Desktop khởi động lại: nhấn OK để được đề nghị khởi động lại ngay.</translation>
    </message>
    <message>
        <source>Keep at least one classification.</source>
        <translation>Hãy giữ ít nhất một độ mật.</translation>
    </message>
    <message>
        <source>A classification is at most 60 characters.</source>
        <translation>Một độ mật dài tối đa 60 ký tự.</translation>
    </message>
</context>
<context>
    <name>ShellCommands</name>
    <message>
        <source>Checking the database…</source>
        <translation>Đang kiểm tra cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>The store is healthy.</source>
        <translation>Kho dữ liệu ở tình trạng tốt.</translation>
    </message>
    <message>
        <source>Problems found.</source>
        <translation>Phát hiện vấn đề.</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Team store: several people write at once</source>
        <translation>Kho dữ liệu chung: nhiều người ghi cùng lúc</translation>
    </message>
    <message>
        <source>Encrypted: %s</source>
        <translation>Mã hóa: %s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Schema: %s · %s</source>
        <translation>Lược đồ: %s · %s</translation>
    </message>
    <message>
        <source>Store information</source>
        <translation>Thông tin kho dữ liệu</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>team store</source>
        <translation>kho dữ liệu chung</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Filter: a command or a key</source>
        <translation>Lọc: một lệnh hoặc một phím</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Lọc phím tắt</translation>
    </message>
    <message>
        <source>Shows only the commands whose name or key holds the text typed</source>
        <translation>Chỉ hiện các lệnh có tên hoặc phím chứa văn bản đã gõ</translation>
    </message>
    <message>
        <source>Each command and its keys</source>
        <translation>Từng lệnh và các phím của nó</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Khóa</translation>
    </message>
</context>
<context>
    <name>SpeakerField</name>
    <message>
        <source>Speaker</source>
        <translation>Người phát biểu</translation>
    </message>
    <message>
        <source>The delegation speaking: a code or a few letters</source>
        <translation>Đoàn đang phát biểu: một mã hoặc vài chữ cái</translation>
    </message>
    <message>
        <source>Speaker: VN, viet, Thai, ສປປ…</source>
        <translation>Người phát biểu: VN, viet, Thai, ສປປ…</translation>
    </message>
</context>
<context>
    <name>SpeakersQueue</name>
    <message>
        <source>Speakers (F3, F4)</source>
        <translation>Người phát biểu (F3, F4)</translation>
    </message>
    <message>
        <source>List of speakers. F3: add the delegation that asks for the floor · F4: next</source>
        <translation>Danh sách phát biểu. F3: thêm đoàn xin phát biểu · F4: người tiếp theo</translation>
    </message>
    <message>
        <source>Delegation asking for the floor</source>
        <translation>Đoàn xin phát biểu</translation>
    </message>
    <message>
        <source>A code or a few letters; Enter adds it to the list of speakers</source>
        <translation>Một mã hoặc vài chữ cái; Enter thêm vào danh sách phát biểu</translation>
    </message>
    <message>
        <source>The delegation that asks for the floor: a code or a few letters</source>
        <translation>Đoàn xin phát biểu: một mã hoặc vài chữ cái</translation>
    </message>
    <message>
        <source>VN, viet, ไทย…</source>
        <translation>VN, viet, ไทย…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Add the delegation typed to the list (Enter)</source>
        <translation>Thêm đoàn vừa gõ vào danh sách (Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>F4: the first waiting has the floor and is the speaker of the next note</source>
        <translation>F4: người đầu tiên đang chờ được phát biểu và là người phát biểu của ghi chép tiếp theo</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Rút tên</translation>
    </message>
    <message>
        <source>Take the chosen delegation off the list (Del)</source>
        <translation>Rút đoàn đã chọn khỏi danh sách (Del)</translation>
    </message>
    <message>
        <source>End turn</source>
        <translation>Kết thúc lượt</translation>
    </message>
    <message>
        <source>The speaker has finished; nobody is called yet</source>
        <translation>Người phát biểu đã xong; chưa mời ai</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>Danh sách phát biểu</translation>
    </message>
    <message>
        <source>In the order they asked for the floor; F4 gives the floor to the next</source>
        <translation>Theo thứ tự xin phát biểu; F4 mời người tiếp theo</translation>
    </message>
    <message>
        <source>(us)</source>
        <translation>(ta)</translation>
    </message>
    <message>
        <source>nobody waiting</source>
        <translation>không ai chờ</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>Không ai đang phát biểu</translation>
    </message>
    <message>
        <source>On the floor: %s</source>
        <translation>Đang phát biểu: %s</translation>
    </message>
    <message>
        <source>%s asked for the floor.</source>
        <translation>%s xin phát biểu.</translation>
    </message>
    <message>
        <source>Turn ended; nobody else is waiting.</source>
        <translation>Đã kết thúc lượt; không còn ai chờ.</translation>
    </message>
    <message>
        <source>%s has the floor.</source>
        <translation>%s được phát biểu.</translation>
    </message>
    <message>
        <source>Choose the delegation to take off the list first.</source>
        <translation>Hãy chọn đoàn cần rút khỏi danh sách trước.</translation>
    </message>
    <message>
        <source>%s is off the list.</source>
        <translation>%s đã được rút khỏi danh sách.</translation>
    </message>
    <message>
        <source>%s&apos;s turn ended.</source>
        <translation>Lượt của %s đã kết thúc.</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <source>Support</source>
        <translation>Ủng hộ</translation>
    </message>
    <message>
        <source>Support with amendments</source>
        <translation>Ủng hộ có sửa đổi</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Trung lập</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Bảo lưu</translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation>Phản đối</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Chưa rõ</translation>
    </message>
</context>
<context>
    <name>StanceDelegate</name>
    <message>
        <source>exp</source>
        <translation>dk</translation>
    </message>
    <message>
        <source>obs</source>
        <translation>qs</translation>
    </message>
</context>
<context>
    <name>StanceMapView</name>
    <message>
        <source>cell</source>
        <translation>ô</translation>
    </message>
    <message>
        <source>cells</source>
        <translation>ô</translation>
    </message>
    <message>
        <source>Stance map</source>
        <translation>Bản đồ quan điểm</translation>
    </message>
    <message>
        <source>Each delegation&apos;s stance on each agenda item</source>
        <translation>Quan điểm của từng đoàn về từng mục chương trình</translation>
    </message>
    <message>
        <source>Top half &lt;b&gt;exp&lt;/b&gt;: expected · bottom half &lt;b&gt;obs&lt;/b&gt;: observed in the room · ✎ a note · keys 1-5, 0 set the expected stance (Ctrl+key: observed)</source>
        <translation>Nửa trên &lt;b&gt;dk&lt;/b&gt;: dự kiến · nửa dưới &lt;b&gt;qs&lt;/b&gt;: quan sát được trong phòng họp · ✎ có ghi chép · phím 1-5, 0 đặt quan điểm dự kiến (Ctrl+phím: quan sát được)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <source>This meeting: %s</source>
        <translation>Cuộc họp này: %s</translation>
    </message>
    <message>
        <source>Another meeting: %s</source>
        <translation>Cuộc họp khác: %s</translation>
    </message>
    <message>
        <source>All meetings of this event</source>
        <translation>Mọi cuộc họp của sự kiện này</translation>
    </message>
    <message>
        <source>Edit stance</source>
        <translation>Sửa quan điểm</translation>
    </message>
</context>
<context>
    <name>StanceModel</name>
    <message>
        <source>%s
(us)</source>
        <translation>%s
(ta)</translation>
    </message>
    <message>
        <source>Our: %s</source>
        <translation>Của ta: %s</translation>
    </message>
    <message>
        <source>NOT SAVED YET (see above the map)</source>
        <translation>CHƯA LƯU (xem phía trên bản đồ)</translation>
    </message>
    <message>
        <source>%s — our stance (from our position): %s</source>
        <translation>%s — quan điểm của ta (theo lập trường của ta): %s</translation>
    </message>
    <message>
        <source>Expected: %s</source>
        <translation>Dự kiến: %s</translation>
    </message>
    <message>
        <source>Observed: %s</source>
        <translation>Quan sát được: %s</translation>
    </message>
    <message>
        <source>   (noted %s)</source>
        <translation>   (ghi nhận %s)</translation>
    </message>
    <message>
        <source>Double-click or F2 to edit; keys 1-5, 0 set the expected stance.</source>
        <translation>Nhấp đúp hoặc F2 để sửa; phím 1-5, 0 đặt quan điểm dự kiến.</translation>
    </message>
</context>
<context>
    <name>StancesPanel</name>
    <message>
        <source>None yet.</source>
        <translation>Chưa có.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;This store has no event yet&lt;/h2&gt;</source>
        <translation>&lt;h2 style=&apos;margin:0&apos;&gt;Kho dữ liệu này chưa có sự kiện nào&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>An event is a meeting week in one city, such as “6th ADGMIN and related meetings, Hà Nội”. It holds the meetings of the week (ADGSOM, ADGMIN, meetings with dialogue partners), each with its agenda and our positions.</source>
        <translation>Một sự kiện là một tuần họp tại một thành phố, như “6th ADGMIN and related meetings, Hà Nội”. Nó gồm các cuộc họp trong tuần (ADGSOM, ADGMIN, các cuộc họp với đối tác đối thoại), mỗi cuộc họp có chương trình nghị sự và lập trường của ta.</translation>
    </message>
    <message>
        <source>Set our delegation…</source>
        <translation>Đặt đoàn ta…</translation>
    </message>
    <message>
        <source>Add our members…</source>
        <translation>Thêm thành viên của ta…</translation>
    </message>
    <message>
        <source>Create your first event…</source>
        <translation>Tạo sự kiện đầu tiên…</translation>
    </message>
    <message>
        <source>Then add the meetings of the event (File &gt; New meeting…, Ctrl+Shift+M, or right-click the event on the left), build each agenda and draft the positions.</source>
        <translation>Sau đó thêm các cuộc họp của sự kiện (Tệp &gt; Cuộc họp mới…, Ctrl+Shift+M, hoặc nhấp phải vào sự kiện ở bên trái), lập chương trình nghị sự của từng cuộc họp và soạn thảo lập trường.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Our delegation&lt;/b&gt;&lt;br&gt;Not set yet: say which delegation this store works for.</source>
        <translation>&lt;b&gt;Đoàn ta&lt;/b&gt;&lt;br&gt;Chưa đặt: hãy cho biết kho này phục vụ đoàn nào.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Our delegation&lt;/b&gt;&lt;br&gt;%s</source>
        <translation>&lt;b&gt;Đoàn ta&lt;/b&gt;&lt;br&gt;%s</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Đổi…</translation>
    </message>
    <message>
        <source>head of delegation: %s</source>
        <translation>trưởng đoàn: %s</translation>
    </message>
    <message>
        <source>no head of delegation listed yet</source>
        <translation>chưa có trưởng đoàn</translation>
    </message>
    <message>
        <source>&lt;b&gt;Our members&lt;/b&gt;&lt;br&gt;%s listed · %s</source>
        <translation>&lt;b&gt;Thành viên của ta&lt;/b&gt;&lt;br&gt;%s người · %s</translation>
    </message>
    <message>
        <source>Our delegation…</source>
        <translation>Đoàn ta…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Our members&lt;/b&gt;&lt;br&gt;The head of delegation approves positions; the aides own the briefs.</source>
        <translation>&lt;b&gt;Thành viên của ta&lt;/b&gt;&lt;br&gt;Trưởng đoàn phê duyệt lập trường; các cán bộ chịu trách nhiệm từng lập trường.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The first event&lt;/b&gt;&lt;br&gt;Its title, city, dates and time zone; the steering brief and logistics can come later.</source>
        <translation>&lt;b&gt;Sự kiện đầu tiên&lt;/b&gt;&lt;br&gt;Tiêu đề, thành phố, ngày và múi giờ; định hướng chỉ đạo và hậu cần có thể bổ sung sau.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>For review</source>
        <translation>Chờ xem xét</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
</context>
<context>
    <name>StoreController</name>
    <message>
        <source>Opening %s read-only…</source>
        <translation>Đang mở %s ở chế độ chỉ đọc…</translation>
    </message>
    <message>
        <source>Opening %s…</source>
        <translation>Đang mở %s…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Sai cụm mật khẩu. Hãy thử lại.</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>Không mở được kho dữ liệu</translation>
    </message>
    <message>
        <source>Creating %s…</source>
        <translation>Đang tạo %s…</translation>
    </message>
    <message>
        <source>Preparing the demo store…</source>
        <translation>Đang chuẩn bị kho dữ liệu mẫu…</translation>
    </message>
    <message>
        <source>The store is damaged</source>
        <translation>Kho dữ liệu bị hỏng</translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <source>Take offline</source>
        <translation>Mang đi ngoại tuyến</translation>
    </message>
    <message>
        <source>Copy one event of %s to this laptop, to work without a connection at the venue. Bring it back later (File &gt; Bring back…): what changed on either side is merged, and what both changed is kept as a conflict to settle.</source>
        <translation>Sao chép một sự kiện của %s sang máy này, để làm việc không cần kết nối tại nơi họp. Đưa về sau (Tệp &gt; Đưa về…): những gì thay đổi ở một bên được hợp nhất, những gì cả hai bên thay đổi được giữ như một xung đột cần giải quyết.</translation>
    </message>
    <message>
        <source>Trip copy file</source>
        <translation>Tệp bản sao chuyến đi</translation>
    </message>
    <message>
        <source>Where the copy for the trip is saved</source>
        <translation>Nơi lưu bản sao cho chuyến đi</translation>
    </message>
    <message>
        <source>The new store file on this laptop</source>
        <translation>Tệp kho dữ liệu mới trên máy này</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>Encrypt the trip copy with a passphrase</source>
        <translation>Mã hóa bản sao mang đi bằng cụm mật khẩu</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Nhập lại</translation>
    </message>
    <message>
        <source>Open the trip copy</source>
        <translation>Mở bản sao mang đi</translation>
    </message>
    <message>
        <source>Trip copy - %s.adgsom</source>
        <translation>Bản sao chuyến đi - %s.adgsom</translation>
    </message>
    <message>
        <source>Save the trip copy as</source>
        <translation>Lưu bản sao mang đi thành</translation>
    </message>
    <message>
        <source>ADGSOM store (*.adgsom)</source>
        <translation>Kho dữ liệu ADGSOM (*.adgsom)</translation>
    </message>
    <message>
        <source>This store holds no event to take.</source>
        <translation>Kho này không có sự kiện nào để mang đi.</translation>
    </message>
    <message>
        <source>Choose where to save the trip copy.</source>
        <translation>Hãy chọn nơi lưu bản sao mang đi.</translation>
    </message>
    <message>
        <source>%s already exists: choose a new file for the trip copy.</source>
        <translation>%s đã tồn tại: hãy chọn một tệp mới cho bản sao mang đi.</translation>
    </message>
    <message>
        <source>Give the trip copy a passphrase (twice).</source>
        <translation>Hãy đặt cụm mật khẩu cho bản sao mang đi (hai lần).</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp.</translation>
    </message>
    <message numerus="yes">
        <source>Took %s to %s: %n meeting(s), %s records. Open it to work offline; bring it back with File &gt; Bring back… once connected.</source>
        <translation>
            <numerusform>Đã mang %s sang %s: %n cuộc họp, %s bản ghi. Hãy mở nó để làm việc ngoại tuyến; đưa về bằng Tệp &gt; Đưa về… khi có kết nối.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %s: only the head of delegation and the alternate read them; the team store keeps them as they are.</source>
        <translation>Không gồm: %s: chỉ trưởng đoàn và người thay thế đọc; kho dữ liệu chung giữ nguyên chúng.</translation>
    </message>
    <message>
        <source>Read only on the trip copy (changed in the team store, refreshed on each Bring back):</source>
        <translation>Chỉ đọc trên bản sao mang đi (thay đổi trong kho dữ liệu chung, được cập nhật mỗi lần Đưa về):</translation>
    </message>
    <message>
        <source>Not taken: %s No file was left behind.</source>
        <translation>Chưa mang đi: %s Không để lại tệp nào.</translation>
    </message>
    <message>
        <source>Cancelled: no trip copy was made.</source>
        <translation>Đã hủy: không tạo bản sao mang đi.</translation>
    </message>
</context>
<context>
    <name>TeamMembersDialog</name>
    <message>
        <source>Sign-in logins of the team store</source>
        <translation>Tài khoản đăng nhập của kho dữ liệu chung</translation>
    </message>
    <message>
        <source>Each member of our delegation signs in to the team store with a login of their own; the server keeps the rules: the head and the alternate approve, a member writes, a reader only reads, nobody rewrites the audit log.</source>
        <translation>Mỗi thành viên của đoàn ta đăng nhập vào kho dữ liệu chung bằng tài khoản riêng; máy chủ giữ các quy tắc: trưởng đoàn và phó trưởng đoàn phê duyệt, thành viên được ghi, người đọc chỉ đọc, không ai viết lại nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>Signed in as %s (%s).</source>
        <translation>Đã đăng nhập với tư cách %s (%s).</translation>
    </message>
    <message>
        <source>Signed in as the store&apos;s owner (its administrator).</source>
        <translation>Đã đăng nhập với tư cách chủ sở hữu kho (quản trị viên).</translation>
    </message>
    <message>
        <source>Only the head or the store&apos;s owner changes logins.</source>
        <translation>Chỉ trưởng đoàn hoặc chủ sở hữu kho mới thay đổi được tài khoản.</translation>
    </message>
    <message>
        <source>Sign-in logins</source>
        <translation>Tài khoản đăng nhập</translation>
    </message>
    <message>
        <source>Each login, its role and person</source>
        <translation>Từng tài khoản đăng nhập, vai trò và người</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Add a login…</source>
        <translation>Thêm tài khoản…</translation>
    </message>
    <message>
        <source>Remove the login…</source>
        <translation>Gỡ tài khoản…</translation>
    </message>
    <message>
        <source>removed %s</source>
        <translation>đã gỡ %s</translation>
    </message>
    <message>
        <source>Choose a member&apos;s login (not a removed one) first.</source>
        <translation>Hãy chọn tài khoản của một thành viên (chưa bị gỡ) trước.</translation>
    </message>
    <message>
        <source>Remove a login</source>
        <translation>Gỡ một tài khoản</translation>
    </message>
    <message>
        <source>%s stops signing in at once and their open sessions end. Their name stays in the history. Remove the login?</source>
        <translation>%s không đăng nhập được nữa ngay lập tức và các phiên đang mở kết thúc. Tên của họ vẫn còn trong lịch sử. Gỡ tài khoản?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Đang gỡ…</translation>
    </message>
    <message>
        <source>%s can no longer sign in, but their open sessions could not be ended from here: they last until they disconnect.</source>
        <translation>%s không thể đăng nhập nữa, nhưng không kết thúc được các phiên đang mở từ đây: chúng kéo dài cho đến khi ngắt kết nối.</translation>
    </message>
</context>
<context>
    <name>TeamStoreDialog</name>
    <message>
        <source>Connect to a team store</source>
        <translation>Kết nối kho dữ liệu chung</translation>
    </message>
    <message>
        <source>A team store lives on a PostgreSQL server: the aide who drafts, the head who approves and the note-taker work on the same briefs at once. Fill in what your administrator gave you.</source>
        <translation>Kho dữ liệu chung nằm trên một máy chủ PostgreSQL: người soạn thảo, trưởng đoàn phê duyệt và người ghi chép cùng lúc làm việc trên cùng các lập trường. Hãy điền thông tin quản trị viên đã cung cấp.</translation>
    </message>
    <message>
        <source>e.g. store.mfa.example</source>
        <translation>ví dụ store.mfa.example</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>The team store server&apos;s name or address</source>
        <translation>Tên hoặc địa chỉ máy chủ của kho dữ liệu nhóm</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>The server&apos;s port (PostgreSQL: 5432)</source>
        <translation>Cổng của máy chủ (PostgreSQL: 5432)</translation>
    </message>
    <message>
        <source>e.g. th_adgsom</source>
        <translation>ví dụ th_adgsom</translation>
    </message>
    <message>
        <source>your own login, e.g. somchai</source>
        <translation>tên đăng nhập của bạn, ví dụ somchai</translation>
    </message>
    <message>
        <source>only if the server asks</source>
        <translation>chỉ khi máy chủ yêu cầu</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (default)</source>
        <translation>Mã hóa khi máy chủ hỗ trợ (mặc định)</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Luôn mã hóa</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate checked</source>
        <translation>Mã hóa, kiểm tra chứng chỉ của máy chủ</translation>
    </message>
    <message>
        <source>Encrypted, the certificate and the server&apos;s name checked (safest)</source>
        <translation>Mã hóa, kiểm tra chứng chỉ và tên máy chủ (an toàn nhất)</translation>
    </message>
    <message>
        <source>Not encrypted (only on this computer)</source>
        <translation>Không mã hóa (chỉ trên máy này)</translation>
    </message>
    <message>
        <source>the CA file (.crt, .pem)</source>
        <translation>tệp CA (.crt, .pem)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>The password is used to connect and is never stored: without one, the server&apos;s own means apply (PGPASSWORD, ~/.pgpass). The rest is remembered for next time.</source>
        <translation>Mật khẩu chỉ dùng để kết nối và không bao giờ được lưu: nếu để trống, máy chủ dùng cách riêng (PGPASSWORD, ~/.pgpass). Các thông tin còn lại được ghi nhớ cho lần sau.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>Member (login):</source>
        <translation>Thành viên (đăng nhập):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Mã hóa:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Tệp CA:</translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation>Tệp CA</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Chứng chỉ (*.crt *.pem *.cer);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>There is no CA file at %s: choose the one your administrator gave you.</source>
        <translation>Không có tệp CA tại %s: hãy chọn tệp quản trị viên đã cung cấp.</translation>
    </message>
</context>
<context>
    <name>TextEntry</name>
    <message>
        <source>1 invisible control character was removed from the pasted text.</source>
        <translation>1 ký tự điều khiển vô hình đã bị loại khỏi văn bản dán vào.</translation>
    </message>
    <message>
        <source>%s invisible control characters were removed from the pasted text.</source>
        <translation>%s ký tự điều khiển vô hình đã bị loại khỏi văn bản dán vào.</translation>
    </message>
    <message>
        <source>The pasted text is too long for this field (%s characters; at most %s). Nothing was pasted and the field is as it was; paste a shorter extract.</source>
        <translation>Văn bản dán vào quá dài cho ô này (%s ký tự; tối đa %s). Không có gì được dán và ô vẫn như cũ; hãy dán một đoạn ngắn hơn.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>moved</source>
        <translation>đã chuyển</translation>
    </message>
    <message>
        <source>was %s</source>
        <translation>trước là %s</translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation>đánh số lại</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>đã sửa lời</translation>
    </message>
    <message>
        <source>split</source>
        <translation>đã tách</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>đã gộp</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
</context>
<context>
    <name>TextsActions</name>
    <message>
        <source>Export with our changes</source>
        <translation>Xuất kèm các thay đổi của ta</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Which amendment?</source>
        <translation>Đề xuất sửa đổi nào?</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Của ta</translation>
    </message>
    <message>
        <source>Delete our amendment</source>
        <translation>Xóa đề xuất sửa đổi của ta</translation>
    </message>
    <message>
        <source>Delete our amendment to %s? (To keep a record of it, set it to withdrawn.)</source>
        <translation>Xóa đề xuất sửa đổi của ta đối với %s? (Để giữ hồ sơ về nó, hãy đặt thành đã rút.)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Wrote %s: %s of our amendments as tracked changes by our delegation.</source>
        <translation>Đã ghi %s: %s đề xuất sửa đổi của ta dưới dạng thay đổi được theo dõi của đoàn ta.</translation>
    </message>
    <message>
        <source>Left out: %s</source>
        <translation>Không gồm: %s</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Compilation table</source>
        <translation>Bảng tổng hợp</translation>
    </message>
    <message>
        <source>Wrote %s (%s pages).</source>
        <translation>Đã ghi %s (%s trang).</translation>
    </message>
    <message>
        <source>The recommendations are %s of document %s on the Ministers&apos; meeting (its Texts tab).</source>
        <translation>Các khuyến nghị là %s của văn kiện %s tại cuộc họp Bộ trưởng (thẻ Văn bản của nó).</translation>
    </message>
    <message>
        <source>For the Ministers</source>
        <translation>Trình Bộ trưởng</translation>
    </message>
</context>
<context>
    <name>TextsView</name>
    <message>
        <source>Import revision…</source>
        <translation>Nhập bản sửa đổi…</translation>
    </message>
    <message>
        <source>Export with our changes…</source>
        <translation>Xuất kèm các thay đổi của ta…</translation>
    </message>
    <message>
        <source>Compilation table…</source>
        <translation>Bảng tổng hợp…</translation>
    </message>
    <message>
        <source>For the Ministers…</source>
        <translation>Trình Bộ trưởng…</translation>
    </message>
    <message>
        <source>The outcomes marked for the Ministers&apos; consideration, as a document of the Ministers&apos; meeting: one entry per decision they take</source>
        <translation>Các kết quả được đánh dấu trình Bộ trưởng xem xét, thành một văn kiện của cuộc họp Bộ trưởng: mỗi quyết định của họ một mục</translation>
    </message>
    <message>
        <source>All paragraphs</source>
        <translation>Mọi đoạn</translation>
    </message>
    <message>
        <source>With our amendments</source>
        <translation>Có đề xuất sửa đổi của ta</translation>
    </message>
    <message>
        <source>Changed since the previous revision</source>
        <translation>Thay đổi kể từ bản sửa đổi trước</translation>
    </message>
    <message>
        <source>Paragraphs of the text</source>
        <translation>Các đoạn của văn bản</translation>
    </message>
    <message>
        <source>Each paragraph of the text under negotiation, with its state</source>
        <translation>Từng đoạn của văn bản đang đàm phán, cùng trạng thái</translation>
    </message>
    <message>
        <source>Paragraph history</source>
        <translation>Lịch sử đoạn</translation>
    </message>
    <message>
        <source>The chosen paragraph, its amendments and who proposed them</source>
        <translation>Đoạn đã chọn, các đề xuất sửa đổi và ai đề xuất</translation>
    </message>
    <message>
        <source>No outcome document yet. Import the draft the Secretariat circulated (a Word file or pasted text) with Import revision…</source>
        <translation>Chưa có văn kiện kết quả. Hãy nhập bản dự thảo Ban Thư ký đã gửi (tệp Word hoặc văn bản dán) bằng Nhập bản sửa đổi…</translation>
    </message>
    <message>
        <source>Propose amendment… (Ins)</source>
        <translation>Đề xuất sửa đổi… (Ins)</translation>
    </message>
    <message>
        <source>Edit ours… (F2)</source>
        <translation>Sửa của ta… (F2)</translation>
    </message>
    <message>
        <source>Mark the chosen paragraph: %s</source>
        <translation>Đánh dấu đoạn đã chọn: %s</translation>
    </message>
    <message>
        <source>Propose our amendment to the chosen paragraph</source>
        <translation>Đề xuất sửa đổi của ta cho đoạn đã chọn</translation>
    </message>
    <message>
        <source>Edit our amendment</source>
        <translation>Sửa đề xuất sửa đổi của ta</translation>
    </message>
    <message>
        <source>Delete our amendment</source>
        <translation>Xóa đề xuất sửa đổi của ta</translation>
    </message>
    <message>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
    <message>
        <source>%s of ours to table or tabled</source>
        <translation>%s đề xuất của ta sẽ đưa ra hoặc đã đưa ra</translation>
    </message>
    <message>
        <source>Since %s</source>
        <translation>Từ %s</translation>
    </message>
    <message>
        <source>same words</source>
        <translation>cùng lời</translation>
    </message>
    <message>
        <source>Why the texts cannot be changed here</source>
        <translation>Vì sao không thể thay đổi văn bản tại đây</translation>
    </message>
</context>
<context>
    <name>TheirRow</name>
    <message>
        <source>All / several</source>
        <translation>Tất cả / nhiều bên</translation>
    </message>
    <message>
        <source>What they will want</source>
        <translation>Điều họ sẽ muốn</translation>
    </message>
    <message>
        <source>Our response</source>
        <translation>Cách ta đáp lại</translation>
    </message>
    <message>
        <source>Their objective</source>
        <translation>Mục tiêu của họ</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Đoàn</translation>
    </message>
    <message>
        <source>Whose objective this is</source>
        <translation>Mục tiêu này của ai</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source> (met %s)</source>
        <translation> (gặp %s)</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Our speaking time (F9 start/stop)</source>
        <translation>Thời gian phát biểu của ta (F9 bắt đầu/dừng)</translation>
    </message>
    <message>
        <source>● Speaking</source>
        <translation>● Đang phát biểu</translation>
    </message>
    <message>
        <source>Not speaking · this item so far</source>
        <translation>Không phát biểu · mục này đến giờ</translation>
    </message>
    <message>
        <source>This item %s · meeting %s · %d intervention(s)</source>
        <translation>Mục này %s · cuộc họp %s · %d lượt phát biểu</translation>
    </message>
</context>
<context>
    <name>TrackerReportDialog</name>
    <message>
        <source>Tracker report to capital</source>
        <translation>Báo cáo theo dõi về trong nước</translation>
    </message>
    <message>
        <source>Every project with its status, our involvement, what is due and the timeline, as a PDF for capital.</source>
        <translation>Mọi dự án với tình trạng, sự tham gia của ta, các hạn sắp tới và tiến trình, thành tệp PDF gửi về trong nước.</translation>
    </message>
    <message>
        <source>Printed in</source>
        <translation>In bằng</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>Choose where to write the report</source>
        <translation>Chọn nơi lưu báo cáo</translation>
    </message>
</context>
<context>
    <name>TrackerWindow</name>
    <message>
        <source>Cooperation tracker</source>
        <translation>Theo dõi hợp tác</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>Dự án &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Import matrix…</source>
        <translation>&amp;Nhập bảng…</translation>
    </message>
    <message>
        <source>&amp;Report to capital…</source>
        <translation>&amp;Báo cáo về trong nước…</translation>
    </message>
    <message>
        <source>&amp;Frameworks…</source>
        <translation>&amp;Khung…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Live (approved, ongoing, extended)</source>
        <translation>Đang hiệu lực (đã phê duyệt, đang triển khai, đã gia hạn)</translation>
    </message>
    <message>
        <source>Any involvement</source>
        <translation>Mọi mức tham gia</translation>
    </message>
    <message>
        <source>Ours: %s</source>
        <translation>Của ta: %s</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>An open milestone or the end falls before the next meeting</source>
        <translation>Một mốc còn mở hoặc ngày kết thúc rơi trước cuộc họp tới</translation>
    </message>
    <message>
        <source>Search projects</source>
        <translation>Tìm dự án</translation>
    </message>
    <message>
        <source>Shows only the projects whose title, partner or tag holds the text typed</source>
        <translation>Chỉ hiện các dự án có tiêu đề, đối tác hoặc thẻ chứa văn bản đã gõ</translation>
    </message>
    <message>
        <source>Search code, title, partner, funder…</source>
        <translation>Tìm mã, tiêu đề, đối tác, nhà tài trợ…</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Mức bao phủ</translation>
    </message>
    <message>
        <source>Due before the next meeting</source>
        <translation>Đến hạn trước cuộc họp tới</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>Mọi đối tác</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Mọi kết quả</translation>
    </message>
    <message>
        <source>%d of %d projects</source>
        <translation>%d trên %d dự án</translation>
    </message>
</context>
<context>
    <name>TripFeature</name>
    <message>
        <source>Take &amp;offline…</source>
        <translation>Mang đi ngoại &amp;tuyến…</translation>
    </message>
    <message>
        <source>Bring bac&amp;k…</source>
        <translation>Đưa &amp;về…</translation>
    </message>
    <message>
        <source>Taking an event offline…</source>
        <translation>Đang mang một sự kiện đi ngoại tuyến…</translation>
    </message>
    <message>
        <source>Bringing a trip copy back…</source>
        <translation>Đang đưa bản sao mang đi về…</translation>
    </message>
    <message>
        <source>This store is not a trip copy: there is nothing to bring back. Take an event offline from the team store first (File &gt; Take offline…).</source>
        <translation>Kho này không phải là bản sao mang đi: không có gì để đưa về. Hãy mang một sự kiện đi từ kho dữ liệu chung trước (Tệp &gt; Mang đi ngoại tuyến…).</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Đưa về</translation>
    </message>
</context>
<context>
    <name>UndoHub</name>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Week plan</source>
        <translation>Kế hoạch tuần</translation>
    </message>
    <message>
        <source>Who of our delegation is in which meeting, each day of the week</source>
        <translation>Ai trong đoàn ta dự cuộc họp nào, mỗi ngày trong tuần</translation>
    </message>
    <message>
        <source>%s · no time given</source>
        <translation>%s · chưa có giờ</translation>
    </message>
</context>
<context>
    <name>WeekWindow</name>
    <message>
        <source>The week at a glance</source>
        <translation>Toàn cảnh tuần họp</translation>
    </message>
    <message>
        <source>Our &amp;members…</source>
        <translation>&amp;Thành viên của ta…</translation>
    </message>
    <message>
        <source>&amp;Open the meeting</source>
        <translation>&amp;Mở cuộc họp</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Sự kiện:</translation>
    </message>
    <message>
        <source>No event yet: create one with File &gt; New event.</source>
        <translation>Chưa có sự kiện: hãy tạo bằng Tệp &gt; Sự kiện mới.</translation>
    </message>
    <message>
        <source>This event has no meetings with a day yet.</source>
        <translation>Sự kiện này chưa có cuộc họp nào có ngày.</translation>
    </message>
    <message>
        <source>No day yet: %s.</source>
        <translation>Chưa có ngày: %s.</translation>
    </message>
    <message>
        <source>Paler blocks take their hours from the meeting&apos;s agenda and programme.</source>
        <translation>Các khối nhạt lấy giờ từ chương trình nghị sự và lịch trình của cuộc họp.</translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation>Mở cuộc họp</translation>
    </message>
    <message>
        <source>Our members…</source>
        <translation>Thành viên của ta…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Positions, live notes and briefing packs for your delegation at ADGSOM, ADGMIN and related meetings. Everything stays on this laptop.</source>
        <translation>Lập trường, ghi chép trực tiếp và bộ tài liệu chuẩn bị cho đoàn của bạn tại ADGSOM, ADGMIN và các cuộc họp liên quan. Mọi thứ đều ở trên máy này.</translation>
    </message>
    <message>
        <source>Open the demo store</source>
        <translation>Mở kho dữ liệu mẫu</translation>
    </message>
    <message>
        <source>New store…</source>
        <translation>Kho dữ liệu mới…</translation>
    </message>
    <message>
        <source>Open store…</source>
        <translation>Mở kho dữ liệu…</translation>
    </message>
    <message>
        <source>Team store…</source>
        <translation>Kho dữ liệu chung…</translation>
    </message>
    <message>
        <source>Open a team store on a PostgreSQL server</source>
        <translation>Mở một kho dữ liệu chung trên máy chủ PostgreSQL</translation>
    </message>
    <message>
        <source>Recent stores</source>
        <translation>Kho dữ liệu gần đây</translation>
    </message>
    <message>
        <source>team store</source>
        <translation>kho dữ liệu chung</translation>
    </message>
</context>
<context>
    <name>WhatsNewDialog</name>
    <message>
        <source>What&apos;s new</source>
        <translation>Có gì mới</translation>
    </message>
</context>
<context>
    <name>_HtmlPage</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Links open the record they name</source>
        <translation>Liên kết mở bản ghi mà chúng nêu</translation>
    </message>
</context>
<context>
    <name>_Optional</name>
    <message>
        <source>{0} known</source>
        <translation>Đã biết {0}</translation>
    </message>
</context>
<context>
    <name>_Running</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancelling at the next step…</source>
        <translation>Đang hủy ở bước tiếp theo…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Đang bắt đầu…</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>A build is already running.</source>
        <translation>Đang có một lần tạo chạy.</translation>
    </message>
    <message>
        <source>Nothing was issued.</source>
        <translation>Không có gì được phát hành.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or registered.</source>
        <translation>Đã hủy: không có gì được ghi hay đăng ký.</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Đang tạo bản xem trước…</translation>
    </message>
    <message>
        <source>preview of copy 1, not issued</source>
        <translation>bản xem trước của bản số 1, chưa phát hành</translation>
    </message>
    <message>
        <source>Save the pack as PDF</source>
        <translation>Lưu bộ tài liệu thành PDF</translation>
    </message>
    <message>
        <source>Pack issued</source>
        <translation>Đã phát hành bộ tài liệu</translation>
    </message>
    <message>
        <source>Print the pack</source>
        <translation>In bộ tài liệu</translation>
    </message>
    <message>
        <source>Pack printed</source>
        <translation>Đã in bộ tài liệu</translation>
    </message>
    <message>
        <source>issued: %s</source>
        <translation>đã phát hành: %s</translation>
    </message>
    <message>
        <source>Issued %s</source>
        <translation>Đã phát hành %s</translation>
    </message>
    <message>
        <source>%1: %2 issued and recorded in the distribution register.

%3</source>
        <translation>%1: %2 đã phát hành và được ghi vào sổ phân phối.

%3</translation>
    </message>
    <message>
        <source>Building the copies…</source>
        <translation>Đang tạo các bản…</translation>
    </message>
    <message>
        <source>Writing the Word copies…</source>
        <translation>Đang ghi các bản Word…</translation>
    </message>
    <message>
        <source>Printed %s</source>
        <translation>Đã in %s</translation>
    </message>
    <message>
        <source>%1: %2 (%3) sent to %4 and recorded in the register.</source>
        <translation>%1: %2 (%3) đã gửi tới %4 và được ghi vào sổ.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 trang</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 trang</translation>
    </message>
    <message>
        <source>Building the copies for printing…</source>
        <translation>Đang tạo các bản để in…</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>xem trước</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Đang tạo báo cáo…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>Save the report as Word</source>
        <translation>Lưu báo cáo thành Word</translation>
    </message>
    <message>
        <source>Report issued</source>
        <translation>Đã phát hành báo cáo</translation>
    </message>
    <message>
        <source>Save the brief as Word</source>
        <translation>Lưu lập trường thành Word</translation>
    </message>
    <message>
        <source>Brief issued</source>
        <translation>Đã phát hành lập trường</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>In báo cáo</translation>
    </message>
    <message>
        <source>Report printed</source>
        <translation>Đã in báo cáo</translation>
    </message>
    <message>
        <source>Save the register</source>
        <translation>Lưu sổ</translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation>In sổ</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
</context>
<context>
    <name>self.w</name>
    <message>
        <source>The new language applies when ADGSOM Desktop starts again.</source>
        <translation>Ngôn ngữ mới được áp dụng khi ADGSOM Desktop khởi động lại.</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Đổi ngôn ngữ</translation>
    </message>
    <message>
        <source>Start ADGSOM Desktop again now, in %1?</source>
        <translation>Khởi động lại ADGSOM Desktop ngay bằng %1?</translation>
    </message>
    <message>
        <source>Your work is saved as you type; you are asked first about anything not saved. Otherwise the new language applies at the next start.</source>
        <translation>Công việc được lưu ngay khi bạn gõ; nếu còn nội dung chưa lưu, bạn sẽ được hỏi trước. Nếu không, ngôn ngữ mới áp dụng ở lần khởi động sau.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Khởi động lại ngay</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Add an event before building a pack.</source>
        <translation>Hãy thêm một sự kiện trước khi tạo bộ tài liệu.</translation>
    </message>
    <message>
        <source>Add a meeting first.</source>
        <translation>Hãy thêm một cuộc họp trước.</translation>
    </message>
    <message>
        <source>Select an agenda item (or its meeting) first: its brief is exported.</source>
        <translation>Vui lòng chọn trước một mục chương trình (hoặc cuộc họp của mục đó): lập trường của mục đó sẽ được xuất.</translation>
    </message>
    <message>
        <source>&amp;Undo %s</source>
        <translation>&amp;Hoàn tác %s</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo %s</source>
        <translation>&amp;Làm lại %s</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Undone: %s</source>
        <translation>Đã hoàn tác: %s</translation>
    </message>
    <message>
        <source>Redone: %s</source>
        <translation>Đã làm lại: %s</translation>
    </message>
    <message>
        <source>Deleting “%s”…</source>
        <translation>Đang xóa “%s”…</translation>
    </message>
    <message>
        <source>Putting back “%s”…</source>
        <translation>Đang đặt lại “%s”…</translation>
    </message>
    <message>
        <source>Remove member “%s”</source>
        <translation>Gỡ thành viên “%s”</translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>Kho dữ liệu &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Mở kho dữ liệu…</translation>
    </message>
    <message>
        <source>Connect to a &amp;team store…</source>
        <translation>Kết nối &amp;kho dữ liệu chung…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>Open the &amp;demo store</source>
        <translation>Mở kho dữ liệu &amp;mẫu</translation>
    </message>
    <message>
        <source>&amp;Close store</source>
        <translation>Đón&amp;g kho dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Go to &amp;agenda filter</source>
        <translation>Đến bộ lọc &amp;chương trình</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Chữ &amp;lớn hơn</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Chữ &amp;nhỏ hơn</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Store &amp;information</source>
        <translation>&amp;Thông tin kho dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <source>&amp;About %s</source>
        <translation>&amp;Giới thiệu %s</translation>
    </message>
    <message>
        <source>&amp;Reset the demo store</source>
        <translation>Đặt &amp;lại kho dữ liệu mẫu</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Hướng dẫn</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Có gì mới</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>1 copy</source>
        <translation>1 bản</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation>%1 bản</translation>
    </message>
    <message>
        <source>The store holds %1 and %2 newer than this backup: restoring replaces them.</source>
        <translation>Kho có %1 và %2 mới hơn bản sao lưu này: khôi phục sẽ thay thế chúng.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n ghi chép</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n lập trường</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace everything in the store by the backup of %s?</source>
        <translation>Thay toàn bộ kho bằng bản sao lưu lúc %s?</translation>
    </message>
    <message>
        <source>The current state is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Trạng thái hiện tại được sao lưu trước, nên có thể hoàn tác bằng cách khôi phục bản đó.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Briefing &amp;pack…</source>
        <translation>&amp;Bộ tài liệu chuẩn bị…</translation>
    </message>
    <message>
        <source>Report to &amp;capital…</source>
        <translation>Báo cáo về trong &amp;nước…</translation>
    </message>
    <message>
        <source>&amp;Outcome summary…</source>
        <translation>&amp;Tóm tắt kết quả…</translation>
    </message>
    <message>
        <source>Export brief as &amp;Word…</source>
        <translation>Xuất lập trường thành &amp;Word…</translation>
    </message>
    <message>
        <source>Distribution &amp;register…</source>
        <translation>Sổ &amp;phân phối…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Counterparts…</source>
        <translation>Đối &amp;tác…</translation>
    </message>
    <message>
        <source>&amp;Search everywhere…</source>
        <translation>&amp;Tìm ở mọi nơi…</translation>
    </message>
    <message>
        <source>&amp;Live mode for this meeting</source>
        <translation>Chế độ trực &amp;tiếp cho cuộc họp này</translation>
    </message>
    <message>
        <source>&amp;Action items</source>
        <translation>&amp;Việc cần làm</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>This note is no longer in the store.</source>
        <translation>Ghi chép này không còn trong kho.</translation>
    </message>
    <message>
        <source>Select a meeting or one of its agenda items first, then start live mode.</source>
        <translation>Hãy chọn một cuộc họp hoặc một mục của nó trước, rồi bắt đầu chế độ trực tiếp.</translation>
    </message>
    <message>
        <source>Live mode</source>
        <translation>Chế độ trực tiếp</translation>
    </message>
    <message>
        <source>A meeting belongs to an event: create the event first (File &gt; New event…, Ctrl+Shift+N).</source>
        <translation>Một cuộc họp thuộc về một sự kiện: hãy tạo sự kiện trước (Tệp &gt; Sự kiện mới…, Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Cuộc họp mới</translation>
    </message>
    <message>
        <source>Tracker report to capital</source>
        <translation>Báo cáo theo dõi về trong nước</translation>
    </message>
    <message>
        <source>%d page(s) written to %s</source>
        <translation>Đã ghi %d trang vào %s</translation>
    </message>
    <message>
        <source>Tracker report</source>
        <translation>Báo cáo theo dõi</translation>
    </message>
    <message>
        <source>Cooperation &amp;tracker…</source>
        <translation>Theo dõi &amp;hợp tác…</translation>
    </message>
    <message>
        <source>The &amp;week at a glance…</source>
        <translation>&amp;Toàn cảnh tuần họp…</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Cửa sổ chính</translation>
    </message>
</context>
</TS>
