<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Saved again meanwhile</source>
        <translation>บันทึกซ้ำในระหว่างนั้นแล้ว</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Go to item</source>
        <translation>ไปที่ระเบียบวาระ</translation>
    </message>
    <message>
        <source>Type an item number and press Enter (Ctrl+G)</source>
        <translation>พิมพ์หมายเลขระเบียบวาระแล้วกด Enter (Ctrl+G)</translation>
    </message>
    <message>
        <source>Go to item (Ctrl+G): 4.1</source>
        <translation>ไปยังระเบียบวาระ (Ctrl+G): 4.1</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>ลำดับขั้น</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>ท่าทีเริ่มต้น</translation>
    </message>
    <message>
        <source>Fallback %d</source>
        <translation>ท่าทีสำรอง %d</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>เส้นต้องห้าม</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(ยังไม่ได้กำหนด)</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>อำนาจตัดสินใจ</translation>
    </message>
    <message>
        <source>Defensive Q&amp;A</source>
        <translation>ประเด็นตั้งรับ (ถาม-ตอบ)</translation>
    </message>
    <message>
        <source>The day is outside the event (%s).</source>
        <translation>วันที่อยู่นอกช่วงงานประชุม (%s)</translation>
    </message>
    <message>
        <source>The %s %s is already in the store: “%s” (%s).</source>
        <translation>%s %s มีอยู่ในคลังข้อมูลแล้ว: “%s” (%s)</translation>
    </message>
    <message>
        <source>It overlaps “%s” (%s %s).</source>
        <translation>ซ้อนทับกับ “%s” (%s %s)</translation>
    </message>
    <message>
        <source>Create an event first: a meeting belongs to an event.</source>
        <translation>สร้างงานประชุมก่อน: การประชุมต้องอยู่ในงานประชุม</translation>
    </message>
    <message>
        <source>Choose the dialogue partner of this meeting.</source>
        <translation>เลือกประเทศคู่เจรจาของการประชุมนี้</translation>
    </message>
    <message>
        <source>Give the meeting a title, e.g. “7th ADGSOM”.</source>
        <translation>ตั้งชื่อการประชุม เช่น “7th ADGSOM”</translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation>การประชุมจะสิ้นสุดก่อนเริ่มไม่ได้</translation>
    </message>
    <message>
        <source>Give the start time as well as the end time.</source>
        <translation>ระบุเวลาเริ่มด้วย นอกเหนือจากเวลาสิ้นสุด</translation>
    </message>
    <message>
        <source>Event details…</source>
        <translation>รายละเอียดงานประชุม…</translation>
    </message>
    <message>
        <source>New meeting in this event…</source>
        <translation>การประชุมใหม่ในงานประชุมนี้…</translation>
    </message>
    <message>
        <source>Delete event…</source>
        <translation>ลบงานประชุม…</translation>
    </message>
    <message>
        <source>Meeting details…</source>
        <translation>รายละเอียดการประชุม…</translation>
    </message>
    <message>
        <source>Build the agenda</source>
        <translation>จัดทำระเบียบวาระการประชุม</translation>
    </message>
    <message>
        <source>Open live mode</source>
        <translation>เปิดโหมดห้องประชุม</translation>
    </message>
    <message>
        <source>Delete meeting…</source>
        <translation>ลบการประชุม…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Open the position</source>
        <translation>เปิดท่าที</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>งานประชุมใหม่…</translation>
    </message>
    <message>
        <source>the event “%s”</source>
        <translation>งานประชุม “%s”</translation>
    </message>
    <message>
        <source>the meeting “%s”</source>
        <translation>การประชุม “%s”</translation>
    </message>
    <message>
        <source>Delete %s?</source>
        <translation>ลบ%s หรือไม่</translation>
    </message>
    <message>
        <source>With it go: %s.</source>
        <translation>สิ่งที่จะถูกลบไปด้วย: %s</translation>
    </message>
    <message>
        <source>It holds nothing yet.</source>
        <translation>ยังไม่มีข้อมูลใด</translation>
    </message>
    <message>
        <source>The deletion is recorded in the audit log. Ctrl+Z puts it all back.</source>
        <translation>การลบจะถูกบันทึกในบันทึกการตรวจสอบ กด Ctrl+Z เพื่อเรียกคืนทั้งหมด</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>ลบงานประชุม</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>ลบการประชุม</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>ไม่มีสิ่งใดถูกลบ</translation>
    </message>
    <message>
        <source>Delete event “%s”</source>
        <translation>ลบงานประชุม “%s”</translation>
    </message>
    <message>
        <source>Delete meeting “%s”</source>
        <translation>ลบการประชุม “%s”</translation>
    </message>
    <message>
        <source>It now holds %s: delete it with Edit &gt; Delete if you mean to.</source>
        <translation>ขณะนี้มี %s: หากต้องการลบ ให้ใช้ แก้ไข &gt; ลบ</translation>
    </message>
    <message>
        <source>New &amp;event…</source>
        <translation>งานประชุมใหม่(&amp;E)…</translation>
    </message>
    <message>
        <source>New &amp;meeting…</source>
        <translation>การประชุมใหม่(&amp;M)…</translation>
    </message>
    <message>
        <source>Event or meeting &amp;details…</source>
        <translation>รายละเอียดงานประชุมหรือการประชุม(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Delete event or meeting…</source>
        <translation>ลบงานประชุมหรือการประชุม(&amp;D)…</translation>
    </message>
    <message>
        <source>Our &amp;delegation…</source>
        <translation>คณะผู้แทนของเรา(&amp;D)…</translation>
    </message>
    <message>
        <source>Meeting &amp;details…</source>
        <translation>รายละเอียดการประชุม(&amp;D)…</translation>
    </message>
    <message>
        <source>Event &amp;details…</source>
        <translation>รายละเอียดงานประชุม(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Delete meeting…</source>
        <translation>ลบการประชุม(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>ลบงานประชุม(&amp;D)…</translation>
    </message>
    <message>
        <source>New event “%s”</source>
        <translation>งานประชุมใหม่ “%s”</translation>
    </message>
    <message>
        <source>Edit event “%s”</source>
        <translation>แก้ไขงานประชุม “%s”</translation>
    </message>
    <message>
        <source>New meeting “%s”</source>
        <translation>การประชุมใหม่ “%s”</translation>
    </message>
    <message>
        <source>Edit meeting “%s”</source>
        <translation>แก้ไขการประชุม “%s”</translation>
    </message>
    <message>
        <source>None (tag the item, or link one on its Projects tab).</source>
        <translation>ไม่มี (ติดแท็กระเบียบวาระนี้ หรือเชื่อมโยงโครงการในแท็บโครงการ)</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>เชื่อมโยงแล้ว</translation>
    </message>
    <message>
        <source>shares %s</source>
        <translation>ใช้ร่วมกับ %s</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>หุ้นส่วน</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>ผู้ให้ทุน</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>เงินทุน</translation>
    </message>
    <message>
        <source>Implementing body</source>
        <translation>หน่วยงานดำเนินการ</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>ผู้นำเรื่อง</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>ระยะ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Our involvement</source>
        <translation>บทบาทของเรา</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>ผลการประชุม</translation>
    </message>
    <message>
        <source>no position yet</source>
        <translation>ยังไม่มีท่าที</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %s</source>
        <translation>เกี่ยวกับ %s</translation>
    </message>
    <message>
        <source>&lt;p&gt;Prepare positions, follow the room and print briefing packs for ASEAN digital meetings (ADGSOM, ADGMIN and related meetings), fully offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;เตรียมท่าที ติดตามการประชุม และพิมพ์แฟ้มบรีฟสำหรับการประชุมด้านดิจิทัลของอาเซียน (ADGSOM, ADGMIN และการประชุมที่เกี่ยวข้อง) โดยไม่ต้องเชื่อมต่ออินเทอร์เน็ต&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Python %1 · Qt for Python %2</source>
        <translation>Python %1 · Qt for Python %2</translation>
    </message>
    <message>
        <source>Fonts: Noto Sans family, SIL Open Font Licence 1.1.</source>
        <translation>แบบอักษร: ตระกูล Noto Sans สัญญาอนุญาต SIL Open Font Licence 1.1</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action item</source>
        <translation>เรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>เรื่อง(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation>คณะผู้แทน(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>บุคคล(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>หน่วยงาน(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>สถานะ(&amp;S)</translation>
    </message>
    <message>
        <source>(anyone in the delegation)</source>
        <translation>(ผู้ใดก็ได้ในคณะผู้แทน)</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>ระบุสิ่งที่ต้องดำเนินการ</translation>
    </message>
</context>
<context>
    <name>ActionPrompt</name>
    <message>
        <source>Action item</source>
        <translation>เรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(ไม่มีผู้รับผิดชอบ)</translation>
    </message>
    <message>
        <source>none · 2026-02-15 · 15 Feb · +14 (days) · +2w</source>
        <translation>ไม่มี · 2026-02-15 · 15 Feb · +14 (วัน) · +2w</translation>
    </message>
    <message>
        <source>Enter saves as shown · Esc goes back to the note</source>
        <translation>Enter บันทึกตามที่แสดง · Esc กลับไปที่บันทึก</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>“%s” is not a date: type 2026-02-15, 15 Feb or +14, or leave it empty.</source>
        <translation>“%s” ไม่ใช่วันที่: พิมพ์ 2026-02-15, 15 Feb หรือ +14 หรือเว้นว่างไว้</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <source>(carried over)</source>
        <translation>(ยกมา)</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Open only</source>
        <translation>เฉพาะที่ยังค้าง</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <source>New action item…</source>
        <translation>เรื่องที่ต้องดำเนินการใหม่…</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>เรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <source>Edit the chosen action item</source>
        <translation>แก้ไขเรื่องที่ต้องดำเนินการที่เลือก</translation>
    </message>
    <message>
        <source>Mark the chosen action item done</source>
        <translation>ทำเครื่องหมายว่าเรื่องที่ต้องดำเนินการที่เลือกเสร็จแล้ว</translation>
    </message>
    <message>
        <source>Reopen the chosen action item</source>
        <translation>เปิดเรื่องที่ต้องดำเนินการที่เลือกอีกครั้ง</translation>
    </message>
    <message>
        <source>Delete the chosen action item</source>
        <translation>ลบเรื่องที่ต้องดำเนินการที่เลือก</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Enter edits · Ctrl+D done · Ctrl+Shift+D reopen · Delete removes</source>
        <translation>Enter แก้ไข · Ctrl+D เสร็จแล้ว · Ctrl+Shift+D เปิดใหม่ · Delete ลบ</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>ทุกคน</translation>
    </message>
    <message>
        <source>%d action item(s)</source>
        <translation>เรื่องที่ต้องดำเนินการ %d เรื่อง</translation>
    </message>
    <message>
        <source>%d overdue</source>
        <translation>เลยกำหนด %d เรื่อง</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>ลบเรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <source>Delete this action item for good?</source>
        <translation>ลบเรื่องที่ต้องดำเนินการนี้อย่างถาวรหรือไม่</translation>
    </message>
</context>
<context>
    <name>AddLoginDialog</name>
    <message>
        <source>Give a member a login</source>
        <translation>ให้สมาชิกมีบัญชีเข้าใช้</translation>
    </message>
    <message>
        <source>e.g. malee (a-z, 0-9, _)</source>
        <translation>เช่น malee (a-z, 0-9, _)</translation>
    </message>
    <message>
        <source>Head of delegation: approves briefs</source>
        <translation>หัวหน้าคณะผู้แทน: อนุมัติท่าที</translation>
    </message>
    <message>
        <source>Alternate: approves briefs</source>
        <translation>ผู้แทนสำรอง: อนุมัติท่าที</translation>
    </message>
    <message>
        <source>Member: writes</source>
        <translation>สมาชิก: เขียนได้</translation>
    </message>
    <message>
        <source>Reader: only reads</source>
        <translation>ผู้อ่าน: อ่านได้อย่างเดียว</translation>
    </message>
    <message>
        <source>Give the first password to the member in person; it is sent to the server only as a SCRAM hash and never kept by the app.</source>
        <translation>มอบรหัสผ่านแรกให้สมาชิกด้วยตนเอง รหัสผ่านจะส่งไปยังเซิร์ฟเวอร์เป็นแฮช SCRAM เท่านั้น และโปรแกรมไม่เก็บไว้</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>บุคคล:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>บัญชีเข้าใช้:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>บทบาท:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>รหัสผ่าน:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>พิมพ์ซ้ำ:</translation>
    </message>
    <message>
        <source>Add the person to our delegation first.</source>
        <translation>เพิ่มบุคคลนี้ในคณะผู้แทนของเราก่อน</translation>
    </message>
    <message>
        <source>The two passwords differ: nothing was changed.</source>
        <translation>รหัสผ่านทั้งสองไม่ตรงกัน: ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Adding the login…</source>
        <translation>กำลังเพิ่มบัญชีเข้าใช้…</translation>
    </message>
</context>
<context>
    <name>AgendaActions</name>
    <message>
        <source>New item</source>
        <translation>ระเบียบวาระใหม่</translation>
    </message>
    <message>
        <source>%s sub-item(s)</source>
        <translation>ระเบียบวาระย่อย %s รายการ</translation>
    </message>
    <message>
        <source>its position and history</source>
        <translation>ท่าทีและประวัติของระเบียบวาระ</translation>
    </message>
    <message>
        <source>Delete agenda item</source>
        <translation>ลบระเบียบวาระ</translation>
    </message>
    <message>
        <source>Delete %s with %s? You can undo this with Ctrl+Z.</source>
        <translation>ลบ %s พร้อม %s หรือไม่ เรียกคืนได้ด้วย Ctrl+Z</translation>
    </message>
    <message>
        <source> and </source>
        <translation> และ </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Indent item</source>
        <translation>เลื่อนระเบียบวาระเข้า</translation>
    </message>
    <message>
        <source>Outdent item</source>
        <translation>เลื่อนระเบียบวาระออก</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>ย้ายระเบียบวาระขึ้น</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>ย้ายระเบียบวาระลง</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>ย้ายระเบียบวาระ</translation>
    </message>
    <message>
        <source>Copy agenda</source>
        <translation>คัดลอกระเบียบวาระการประชุม</translation>
    </message>
    <message>
        <source>Import agenda</source>
        <translation>นำเข้าระเบียบวาระการประชุม</translation>
    </message>
</context>
<context>
    <name>AgendaBuilder</name>
    <message>
        <source>Agenda</source>
        <translation>ระเบียบวาระการประชุม</translation>
    </message>
    <message>
        <source>The meeting&apos;s agenda items; Alt+Up and Alt+Down move the selected one</source>
        <translation>ระเบียบวาระของการประชุม กด Alt+Up และ Alt+Down เพื่อย้ายระเบียบวาระที่เลือก</translation>
    </message>
    <message>
        <source>other agenda item</source>
        <translation>ระเบียบวาระอื่น</translation>
    </message>
    <message>
        <source>other agenda items</source>
        <translation>ระเบียบวาระอื่น</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>เพิ่มระเบียบวาระ</translation>
    </message>
    <message>
        <source>Add sub-item</source>
        <translation>เพิ่มระเบียบวาระย่อย</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Indent →</source>
        <translation>เลื่อนเข้า →</translation>
    </message>
    <message>
        <source>← Outdent</source>
        <translation>← เลื่อนออก</translation>
    </message>
    <message>
        <source>Move up ↑</source>
        <translation>ขึ้น ↑</translation>
    </message>
    <message>
        <source>Move down ↓</source>
        <translation>ลง ↓</translation>
    </message>
    <message>
        <source>Copy from a meeting…</source>
        <translation>คัดลอกจากการประชุม…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>นำเข้า…</translation>
    </message>
    <message>
        <source>Delete the chosen item</source>
        <translation>ลบระเบียบวาระที่เลือก</translation>
    </message>
    <message>
        <source>%s items · estimated %s</source>
        <translation>%s ระเบียบวาระ · ประมาณ %s</translation>
    </message>
    <message>
        <source>0 min</source>
        <translation>0 นาที</translation>
    </message>
    <message>
        <source>No items yet: add one, copy an agenda or import one.</source>
        <translation>ยังไม่มีระเบียบวาระ: เพิ่มระเบียบวาระ คัดลอก หรือนำเข้าระเบียบวาระการประชุม</translation>
    </message>
    <message>
        <source>Your last change to this item was not saved: %s.</source>
        <translation>การแก้ไขครั้งล่าสุดของคุณในระเบียบวาระนี้ยังไม่ได้บันทึก: %s</translation>
    </message>
</context>
<context>
    <name>AgendaCopyDialog</name>
    <message>
        <source>Copy an agenda from another meeting</source>
        <translation>คัดลอกระเบียบวาระการประชุมจากการประชุมอื่น</translation>
    </message>
    <message>
        <source>Meetings to copy from</source>
        <translation>การประชุมที่จะคัดลอกมา</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>ยังไม่กำหนดวัน</translation>
    </message>
    <message>
        <source>Agenda items to copy</source>
        <translation>ระเบียบวาระที่จะคัดลอก</translation>
    </message>
    <message>
        <source>Tick the items to copy into this meeting</source>
        <translation>เลือกระเบียบวาระที่จะคัดลอกมายังการประชุมนี้</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ท่าที</translation>
    </message>
    <message>
        <source>Copy the positions too (each becomes a new draft to review)</source>
        <translation>คัดลอกท่าทีด้วย (แต่ละท่าทีจะเป็นร่างใหม่ที่ต้องตรวจ)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>สำเนา</translation>
    </message>
    <message>
        <source>From meeting:</source>
        <translation>จากการประชุม:</translation>
    </message>
    <message>
        <source>Items to copy (untick to leave out):</source>
        <translation>ระเบียบวาระที่จะคัดลอก (เอาเครื่องหมายออกเพื่อข้าม):</translation>
    </message>
    <message>
        <source>Into: &lt;b&gt;%s&lt;/b&gt; (after the items already there)</source>
        <translation>ไปยัง: &lt;b&gt;%s&lt;/b&gt; (ต่อจากระเบียบวาระที่มีอยู่)</translation>
    </message>
</context>
<context>
    <name>AgendaImportDialog</name>
    <message>
        <source>Import a provisional agenda</source>
        <translation>นำเข้าระเบียบวาระการประชุมฉบับร่าง</translation>
    </message>
    <message>
        <source>Agenda text</source>
        <translation>ข้อความระเบียบวาระการประชุม</translation>
    </message>
    <message>
        <source>Paste the agenda as circulated, one item a line</source>
        <translation>วางระเบียบวาระการประชุมตามที่เวียนมา บรรทัดละหนึ่งระเบียบวาระ</translation>
    </message>
    <message>
        <source>Paste the agenda here, one item per line:

1. Opening of the Meeting
2. Adoption of the Agenda
3. ASEAN Digital Masterplan
    3.1 Draft ADM 2026-2030 (for endorsement)

…or open a Word, PDF or text file.</source>
        <translation>วางระเบียบวาระการประชุมที่นี่ บรรทัดละหนึ่งระเบียบวาระ:

1. Opening of the Meeting
2. Adoption of the Agenda
3. ASEAN Digital Masterplan
    3.1 Draft ADM 2026-2030 (for endorsement)

…หรือเปิดไฟล์ Word, PDF หรือไฟล์ข้อความ</translation>
    </message>
    <message>
        <source>Open a file (.docx, .pdf, .txt)…</source>
        <translation>เปิดไฟล์ (.docx, .pdf, .txt)…</translation>
    </message>
    <message>
        <source>Indent →</source>
        <translation>เลื่อนเข้า →</translation>
    </message>
    <message>
        <source>← Outdent</source>
        <translation>← เลื่อนออก</translation>
    </message>
    <message>
        <source>Item ↔ programme</source>
        <translation>ระเบียบวาระ ↔ กำหนดการ</translation>
    </message>
    <message>
        <source>Make the chosen row a programme entry (a break, lunch) or an item again</source>
        <translation>ทำให้แถวที่เลือกเป็นรายการในกำหนดการ (พักรับประทานอาหารว่าง อาหารกลางวัน) หรือกลับเป็นระเบียบวาระ</translation>
    </message>
    <message>
        <source>Keep the numbers as circulated</source>
        <translation>คงหมายเลขตามที่เวียน</translation>
    </message>
    <message>
        <source>Numbers that the structure would not give (e.g. 4(a), 2bis) are fixed by hand.</source>
        <translation>หมายเลขที่โครงสร้างไม่ได้กำหนดให้ (เช่น 4(a), 2bis) จะกำหนดด้วยมือ</translation>
    </message>
    <message>
        <source>Update the agenda as revised</source>
        <translation>ปรับระเบียบวาระการประชุมตามฉบับแก้ไข</translation>
    </message>
    <message>
        <source>Items are matched by title, then by number: their briefs, notes and stances stay with them; new items are added.</source>
        <translation>ระเบียบวาระจะจับคู่ตามชื่อ แล้วตามหมายเลข: ท่าที บันทึก และจุดยืนยังคงอยู่กับระเบียบวาระเดิม ระเบียบวาระใหม่จะถูกเพิ่ม</translation>
    </message>
    <message>
        <source>Add after the items there</source>
        <translation>เพิ่มต่อจากระเบียบวาระที่มีอยู่</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Update: %s items, %s new</source>
        <translation>ปรับปรุง: %s ระเบียบวาระ ใหม่ %s</translation>
    </message>
    <message>
        <source>Preview (nothing is written until you press Import):</source>
        <translation>ตัวอย่าง (ยังไม่มีการเขียนข้อมูลจนกว่าจะกด นำเข้า):</translation>
    </message>
    <message>
        <source>Into: &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>ไปยัง: &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (no agenda yet)</source>
        <translation> (ยังไม่มีระเบียบวาระการประชุม)</translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation>กำลังอ่าน %s…</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>ไม่สามารถอ่านไฟล์ได้</translation>
    </message>
    <message>
        <source>Read from %s: %s items, %s programme entries.</source>
        <translation>อ่านจาก %s: %s ระเบียบวาระ รายการในกำหนดการ %s รายการ</translation>
    </message>
    <message>
        <source>Import %s programme entries</source>
        <translation>นำเข้ารายการในกำหนดการ %s รายการ</translation>
    </message>
    <message>
        <source>Import %s items</source>
        <translation>นำเข้า %s ระเบียบวาระ</translation>
    </message>
    <message>
        <source>Updated: %s.</source>
        <translation>ปรับปรุงแล้ว: %s</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>ประเภทวาระ</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>ผู้นำเรื่อง</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ท่าที</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <source>For review</source>
        <translation>รอตรวจ</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Two items are numbered %s: fix one of them by hand.</source>
        <translation>มีสองระเบียบวาระที่ใช้หมายเลข %s: แก้ไขหมายเลขของระเบียบวาระหนึ่งด้วยมือ</translation>
    </message>
    <message>
        <source>Number fixed by hand</source>
        <translation>หมายเลขที่กำหนดด้วยมือ</translation>
    </message>
    <message>
        <source>Numbered automatically from the structure</source>
        <translation>หมายเลขอัตโนมัติตามโครงสร้าง</translation>
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
        <translation>แก้ไขระเบียบวาระ “%s”</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>เพิ่มระเบียบวาระ</translation>
    </message>
    <message>
        <source>Delete item “%s”</source>
        <translation>ลบระเบียบวาระ “%s”</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Our amendment to %s</source>
        <translation>ข้อเสนอแก้ไขของเราต่อ %s</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(ไม่มีข้อความ)</translation>
    </message>
    <message>
        <source>A new paragraph after this one</source>
        <translation>ย่อหน้าใหม่ต่อจากย่อหน้านี้</translation>
    </message>
    <message>
        <source>(no agenda item)</source>
        <translation>(ไม่มีระเบียบวาระ)</translation>
    </message>
    <message>
        <source>What happened to it (accepted as …, rejected by …)</source>
        <translation>ผลที่เกิดขึ้น (รับโดยปรับเป็น … / ปฏิเสธโดย …)</translation>
    </message>
    <message>
        <source>Paragraph now</source>
        <translation>ย่อหน้าปัจจุบัน</translation>
    </message>
    <message>
        <source>&amp;Our text</source>
        <translation>ข้อความของเรา(&amp;O)</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>เหตุผล(&amp;R)</translation>
    </message>
    <message>
        <source>Agenda &amp;item</source>
        <translation>ระเบียบวาระ(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>สถานะ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>หมายเหตุ(&amp;N)</translation>
    </message>
    <message>
        <source>Red line on this item: %s</source>
        <translation>เส้นต้องห้ามของระเบียบวาระนี้: %s</translation>
    </message>
    <message>
        <source>Write the new paragraph we propose.</source>
        <translation>เขียนย่อหน้าใหม่ที่เราเสนอ</translation>
    </message>
    <message>
        <source>Our text is the paragraph as it stands: change some words.</source>
        <translation>ข้อความของเราคือย่อหน้าตามที่เป็นอยู่: แก้ไขถ้อยคำบางส่วน</translation>
    </message>
</context>
<context>
    <name>AnnexBox</name>
    <message>
        <source>Meeting documents to append as annexes</source>
        <translation>เอกสารการประชุมที่จะแนบเป็นภาคผนวก</translation>
    </message>
    <message>
        <source>No PDF attached to this event&apos;s meetings (a meeting&apos;s Documents tab).</source>
        <translation>ไม่มี PDF แนบกับการประชุมในงานประชุมนี้ (แท็บเอกสารของการประชุม)</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the position</source>
        <translation>อนุมัติท่าที</translation>
    </message>
    <message>
        <source>The current version is recorded as approved, with who approved it and when. Later edits return the position to draft; the approved version stays in the history.</source>
        <translation>ฉบับปัจจุบันจะถูกบันทึกว่าอนุมัติแล้ว พร้อมผู้อนุมัติและเวลา การแก้ไขภายหลังจะทำให้ท่าทีกลับเป็นร่าง ส่วนฉบับที่อนุมัติแล้วยังคงอยู่ในประวัติ</translation>
    </message>
    <message>
        <source>Nobody approves briefs in this store:</source>
        <translation>ไม่มีผู้ใดอนุมัติท่าทีในคลังข้อมูลนี้:</translation>
    </message>
    <message>
        <source>Only the head of delegation or the alternate approves a brief, and neither is listed in our delegation yet: add them (with their role) first.</source>
        <translation>เฉพาะหัวหน้าคณะผู้แทนหรือผู้แทนสำรองเท่านั้นที่อนุมัติท่าทีได้ และยังไม่มีรายชื่อทั้งสองในคณะผู้แทนของเรา: เพิ่มรายชื่อ (พร้อมบทบาท) ก่อน</translation>
    </message>
    <message>
        <source>Only the head of delegation or the alternate approves a brief: you are signed in as neither (or are not in our delegation&apos;s list).</source>
        <translation>เฉพาะหัวหน้าคณะผู้แทนหรือผู้แทนสำรองเท่านั้นที่อนุมัติท่าทีได้: คุณลงชื่อเข้าใช้ในฐานะอื่น (หรือไม่อยู่ในรายชื่อคณะผู้แทนของเรา)</translation>
    </message>
    <message>
        <source>Approval PIN</source>
        <translation>PIN สำหรับการอนุมัติ</translation>
    </message>
    <message>
        <source>The approver&apos;s PIN</source>
        <translation>PIN ของผู้อนุมัติ</translation>
    </message>
    <message>
        <source>the approver&apos;s own PIN</source>
        <translation>PIN ของผู้อนุมัติเอง</translation>
    </message>
    <message>
        <source>Set or change my PIN…</source>
        <translation>ตั้งหรือเปลี่ยน PIN ของฉัน…</translation>
    </message>
    <message>
        <source>Your key passphrase</source>
        <translation>วลีรหัสผ่านของกุญแจของคุณ</translation>
    </message>
    <message>
        <source>Signs the approval with your own key</source>
        <translation>ลงนามการอนุมัติด้วยกุญแจของคุณเอง</translation>
    </message>
    <message>
        <source>your own key&apos;s passphrase</source>
        <translation>วลีรหัสผ่านของกุญแจของคุณเอง</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>อนุมัติ</translation>
    </message>
    <message>
        <source>Nobody sent this brief for review: approving it now skips the review (the audit log records that).</source>
        <translation>ยังไม่มีผู้ใดส่งท่าทีนี้ให้ตรวจ: การอนุมัติตอนนี้จะข้ามขั้นตอนการตรวจ (บันทึกการตรวจสอบจะบันทึกไว้)</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>อนุมัติโดย</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>ไม่ใช่ที่นี่</translation>
    </message>
    <message>
        <source>Their PIN</source>
        <translation>PIN ของผู้อนุมัติ</translation>
    </message>
    <message>
        <source>An approval is the approver&apos;s own act: they type their PIN here. Five wrong PINs in a row make approvals in their name wait a minute; each is recorded in the audit log.</source>
        <translation>การอนุมัติเป็นการกระทำของผู้อนุมัติเอง: ผู้อนุมัติพิมพ์ PIN ของตนที่นี่ หากใส่ PIN ผิดห้าครั้งติดกัน การอนุมัติในนามผู้นั้นต้องรอหนึ่งนาที และทุกครั้งจะถูกบันทึกในบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>You approve in your own name: your sign-in is your act.</source>
        <translation>คุณอนุมัติในนามของคุณเอง: การลงชื่อเข้าใช้ของคุณถือเป็นการกระทำของคุณ</translation>
    </message>
    <message>
        <source>Your own key is in this store: its passphrase signs the approval, so that it arrives approved in the other stores (by anyone&apos;s bundle). Left empty, the approval is not signed and arrives there for review.</source>
        <translation>กุญแจของคุณเองอยู่ในคลังข้อมูลนี้: วลีรหัสผ่านของกุญแจจะลงนามการอนุมัติ เพื่อให้การอนุมัติไปถึงคลังข้อมูลอื่นในสถานะอนุมัติแล้ว (ไม่ว่าใครจะส่งชุดข้อมูล) หากเว้นว่างไว้ การอนุมัติจะไม่ได้รับการลงนามและไปถึงที่นั่นในสถานะรอตรวจทาน</translation>
    </message>
</context>
<context>
    <name>AudienceBox</name>
    <message>
        <source>&lt;b&gt;Includes everything&lt;/b&gt; this document can hold.</source>
        <translation>&lt;b&gt;รวมทุกส่วน&lt;/b&gt; ที่เอกสารนี้มีได้</translation>
    </message>
    <message>
        <source>&lt;b&gt;Includes everything except:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;รวมทุกส่วน ยกเว้น:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Includes only:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;รวมเฉพาะ:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Marked %1 or higher.</source>
        <translation>ชั้นความลับ %1 หรือสูงกว่า</translation>
    </message>
    <message>
        <source>Includes: %1</source>
        <translation>รวม: %1</translation>
    </message>
    <message>
        <source>Leaves out: %1</source>
        <translation>ไม่รวม: %1</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <source>encrypted with the store&apos;s passphrase</source>
        <translation>เข้ารหัสด้วยวลีรหัสผ่านของคลังข้อมูล</translation>
    </message>
    <message>
        <source>not encrypted, like the store</source>
        <translation>ไม่เข้ารหัส เช่นเดียวกับคลังข้อมูล</translation>
    </message>
    <message>
        <source>Backups of &lt;b&gt;%s&lt;/b&gt; (%s), in %s</source>
        <translation>สำรองข้อมูลของ &lt;b&gt;%s&lt;/b&gt; (%s) ใน %s</translation>
    </message>
    <message>
        <source>The backups of this store, newest first</source>
        <translation>ข้อมูลสำรองของคลังข้อมูลนี้ ล่าสุดอยู่บนสุด</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>สำรองข้อมูลเดี๋ยวนี้</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>กู้คืน…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>กู้คืนจากไฟล์…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>There are changes that no backup holds yet.</source>
        <translation>มีการเปลี่ยนแปลงที่ยังไม่มีในข้อมูลสำรองใด</translation>
    </message>
    <message>
        <source>Every change is in a backup.</source>
        <translation>การเปลี่ยนแปลงทั้งหมดอยู่ในข้อมูลสำรองแล้ว</translation>
    </message>
    <message>
        <source>Backed up at %s (%s).</source>
        <translation>สำรองข้อมูลเมื่อ %s (%s)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>กำลังสำรองข้อมูล…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>กำลังกู้คืนข้อมูลสำรอง…</translation>
    </message>
    <message>
        <source>Restored the backup of %s. The state before is in the backup made at %s.</source>
        <translation>กู้คืนข้อมูลสำรองของ %s แล้ว สถานะก่อนหน้าอยู่ในข้อมูลสำรองที่ทำเมื่อ %s</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>กำลังตรวจสอบข้อมูลสำรอง…</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>ลบข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Delete the backup of %s for good?</source>
        <translation>ลบข้อมูลสำรองของ %s อย่างถาวรหรือไม่</translation>
    </message>
    <message>
        <source>Deleted the backup of %s.</source>
        <translation>ลบข้อมูลสำรองของ %s แล้ว</translation>
    </message>
    <message>
        <source>Wait until the backup or restore has finished.</source>
        <translation>รอจนกว่าการสำรองหรือการกู้คืนข้อมูลจะเสร็จสิ้น</translation>
    </message>
</context>
<context>
    <name>BriefSaving</name>
    <message>
        <source>%s is too long (%s characters; at most %s)</source>
        <translation>%s ยาวเกินไป (%s อักขระ; ไม่เกิน %s)</translation>
    </message>
    <message>
        <source>%s, and only that is not saved; your other edits are saved</source>
        <translation>%s และเฉพาะส่วนนี้เท่านั้นที่ยังไม่ได้บันทึก ส่วนที่แก้ไขอื่น ๆ บันทึกแล้ว</translation>
    </message>
    <message>
        <source>ADM tags</source>
        <translation>แท็ก ADM</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>ท่าที</translation>
    </message>
    <message>
        <source>Edit %s</source>
        <translation>แก้ไข %s</translation>
    </message>
</context>
<context>
    <name>BriefWordDialog</name>
    <message>
        <source>Export brief as Word</source>
        <translation>ส่งออกท่าทีเป็น Word</translation>
    </message>
    <message>
        <source>The item&apos;s brief as a Word document, for colleagues who edit in Word: only the parts its audience may read, the classification, reference and copy mark in every page&apos;s header and footer. Each copy is entered in the distribution register.</source>
        <translation>ท่าทีของระเบียบวาระในรูปแบบเอกสาร Word สำหรับผู้ร่วมงานที่แก้ไขใน Word: เฉพาะส่วนที่กลุ่มผู้อ่านอ่านได้ พร้อมชั้นความลับ เลขที่อ้างอิง และเครื่องหมายสำเนาที่หัวกระดาษและท้ายกระดาษทุกหน้า สำเนาทุกฉบับบันทึกในทะเบียนการแจกจ่าย</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(ไม่ระบุชื่อ)</translation>
    </message>
    <message>
        <source>Item (%1)</source>
        <translation>ระเบียบวาระ (%1)</translation>
    </message>
    <message>
        <source>For</source>
        <translation>สำหรับ</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>ชั้นความลับ</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>ออกโดย</translation>
    </message>
    <message>
        <source>Printed in</source>
        <translation>พิมพ์เป็นภาษา</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>ผู้รับ</translation>
    </message>
    <message>
        <source>Save as Word…</source>
        <translation>บันทึกเป็น Word…</translation>
    </message>
</context>
<context>
    <name>BringBackDialog</name>
    <message>
        <source>Bring back</source>
        <translation>นำกลับ</translation>
    </message>
    <message>
        <source>only if the server asks</source>
        <translation>เฉพาะเมื่อเซิร์ฟเวอร์ขอ</translation>
    </message>
    <message>
        <source>Sign-in password</source>
        <translation>รหัสผ่านสำหรับลงชื่อเข้าใช้</translation>
    </message>
    <message>
        <source>Your password on the team store&apos;s server: used to connect, never stored</source>
        <translation>รหัสผ่านของคุณบนเซิร์ฟเวอร์ของคลังข้อมูลกลาง: ใช้เพื่อเชื่อมต่อเท่านั้น ไม่มีการจัดเก็บ</translation>
    </message>
    <message>
        <source>Your sign-in password:</source>
        <translation>รหัสผ่านสำหรับลงชื่อเข้าใช้ของคุณ:</translation>
    </message>
    <message>
        <source>What came each way</source>
        <translation>สิ่งที่ส่งมาในแต่ละทิศทาง</translation>
    </message>
    <message>
        <source>Records changed</source>
        <translation>ระเบียนที่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Settle the conflicts…</source>
        <translation>ยุติข้อขัดแย้ง…</translation>
    </message>
    <message>
        <source>Into the team store: %s</source>
        <translation>เข้าสู่คลังข้อมูลกลาง: %s</translation>
    </message>
    <message>
        <source>Into this trip copy: %s</source>
        <translation>เข้าสู่สำเนาสำหรับเดินทางนี้: %s</translation>
    </message>
    <message>
        <source>Into the team store (%s)</source>
        <translation>เข้าสู่คลังข้อมูลกลาง (%s)</translation>
    </message>
    <message>
        <source>Into this trip copy (%s)</source>
        <translation>เข้าสู่สำเนาสำหรับเดินทางนี้ (%s)</translation>
    </message>
    <message>
        <source>Brought back. Changed on both sides this time: %s.</source>
        <translation>นำกลับแล้ว เปลี่ยนทั้งสองฝั่งในครั้งนี้: %s</translation>
    </message>
    <message>
        <source>Brought back.</source>
        <translation>นำกลับแล้ว</translation>
    </message>
    <message>
        <source>Conflicts open in all: %s, kept on both sides to settle.</source>
        <translation>ข้อขัดแย้งที่ยังค้างทั้งหมด: %s รายการ เก็บไว้ทั้งสองฝั่งเพื่อยุติ</translation>
    </message>
    <message>
        <source>Brought back, except what is named above: settle it and bring it back again.</source>
        <translation>นำกลับแล้ว ยกเว้นรายการที่ระบุไว้ข้างต้น: ยุติเรื่องนั้นแล้วนำกลับอีกครั้ง</translation>
    </message>
    <message>
        <source>Brought back. An item moved on both sides keeps one place, said above.</source>
        <translation>นำกลับแล้ว ระเบียบวาระที่ถูกย้ายทั้งสองฝั่งคงไว้ตำแหน่งเดียว ตามที่ระบุไว้ข้างต้น</translation>
    </message>
    <message>
        <source>Brought back: both stores hold every change.</source>
        <translation>นำกลับแล้ว: คลังข้อมูลทั้งสองมีการเปลี่ยนแปลงครบทุกรายการ</translation>
    </message>
    <message>
        <source>The team store refused the sign-in of %s: the password is wrong, or none was given. Type your sign-in password (the one you connect to the team store with) and bring it back again. Nothing was changed.</source>
        <translation>คลังข้อมูลกลางปฏิเสธการลงชื่อเข้าใช้ของ %s: รหัสผ่านไม่ถูกต้อง หรือไม่ได้ระบุรหัสผ่าน พิมพ์รหัสผ่านสำหรับลงชื่อเข้าใช้ของคุณ (รหัสเดียวกับที่ใช้เชื่อมต่อคลังข้อมูลกลาง) แล้วนำกลับอีกครั้ง ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Not brought back: %s</source>
        <translation>ไม่ได้นำกลับ: %s</translation>
    </message>
    <message>
        <source>Cancelled. A direction already merged stays merged; bring it back again to finish (a merge done twice changes nothing more).</source>
        <translation>ยกเลิกแล้ว ทิศทางที่รวมแล้วยังคงรวมอยู่ ให้นำกลับอีกครั้งเพื่อทำให้เสร็จ (การรวมซ้ำจะไม่เปลี่ยนแปลงอะไรเพิ่ม)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; is a trip copy of &lt;b&gt;%s&lt;/b&gt;.&lt;br&gt;Bringing it back merges what changed on this laptop into the team store, then what changed there into this copy. What only one side changed is taken; what both changed is kept on both sides as a conflict to settle. %s</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; เป็นสำเนาสำหรับเดินทางของ &lt;b&gt;%s&lt;/b&gt;&lt;br&gt;การนำกลับจะรวมสิ่งที่เปลี่ยนบนเครื่องนี้เข้าสู่คลังข้อมูลกลาง แล้วรวมสิ่งที่เปลี่ยนที่นั่นเข้าสู่สำเนานี้ สิ่งที่เปลี่ยนเพียงฝั่งเดียวจะถูกนำมาใช้ สิ่งที่เปลี่ยนทั้งสองฝั่งจะถูกเก็บไว้ทั้งสองฝั่งเป็นข้อขัดแย้งที่ต้องยุติ %s</translation>
    </message>
    <message>
        <source>This copy is backed up first; the team store on the server is backed up by its administrator, not by this app.</source>
        <translation>สำเนานี้จะถูกสำรองก่อน ส่วนคลังข้อมูลกลางบนเซิร์ฟเวอร์สำรองโดยผู้ดูแลระบบ ไม่ใช่โดยแอปนี้</translation>
    </message>
    <message>
        <source>Each store is backed up first.</source>
        <translation>คลังข้อมูลแต่ละแห่งจะถูกสำรองก่อน</translation>
    </message>
</context>
<context>
    <name>BuildBar</name>
    <message>
        <source>Cancel build</source>
        <translation>ยกเลิกการจัดทำ</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>บันทึกเป็น PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Open the saved PDF in the system&apos;s viewer</source>
        <translation>เปิด PDF ที่บันทึกไว้ด้วยโปรแกรมดูของระบบ</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>แสดงในโฟลเดอร์</translation>
    </message>
    <message>
        <source>Open the first of %s files</source>
        <translation>เปิดไฟล์แรกจาก %s ไฟล์</translation>
    </message>
</context>
<context>
    <name>BundleFeature</name>
    <message>
        <source>Send a &amp;bundle…</source>
        <translation>ส่งชุดข้อมูลแลกเปลี่ยน(&amp;B)…</translation>
    </message>
    <message>
        <source>Open a b&amp;undle…</source>
        <translation>เปิดชุดข้อมูลแลกเปลี่ยน(&amp;U)…</translation>
    </message>
    <message>
        <source>Changed on both sides…</source>
        <translation>เปลี่ยนทั้งสองฝั่ง…</translation>
    </message>
    <message>
        <source>Members&apos; &amp;keys…</source>
        <translation>กุญแจของสมาชิก(&amp;K)…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>กำลังเขียนชุดข้อมูลแลกเปลี่ยน…</translation>
    </message>
    <message>
        <source>Wrote %s (%s KiB): %s, %s records, for %s (%s).</source>
        <translation>เขียน %s (%s KiB) แล้ว: %s %s ระเบียน สำหรับ %s (%s)</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>เขียนชุดข้อมูลแลกเปลี่ยนแล้ว</translation>
    </message>
    <message>
        <source>Bundle not written</source>
        <translation>ไม่ได้เขียนชุดข้อมูลแลกเปลี่ยน</translation>
    </message>
</context>
<context>
    <name>BundleOpenDialog</name>
    <message>
        <source>Open a bundle: %s</source>
        <translation>เปิดชุดข้อมูลแลกเปลี่ยน: %s</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>กำลังตรวจสอบชุดข้อมูลแลกเปลี่ยน…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Show what it changes</source>
        <translation>แสดงสิ่งที่จะเปลี่ยน</translation>
    </message>
    <message>
        <source>Changes in the bundle</source>
        <translation>การเปลี่ยนแปลงในชุดข้อมูลแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Settle the conflicts…</source>
        <translation>ยุติข้อขัดแย้ง…</translation>
    </message>
    <message>
        <source>sealed under a passphrase</source>
        <translation>ปิดผนึกด้วยวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>The bundle&apos;s passphrase</source>
        <translation>วลีรหัสผ่านของชุดข้อมูลแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>for %s</source>
        <translation>สำหรับ %s</translation>
    </message>
    <message>
        <source>%s&apos;s key passphrase</source>
        <translation>วลีรหัสผ่านกุญแจของ %s</translation>
    </message>
    <message>
        <source>Signed by %s (key %s), %s. The signature is good: not changed since.</source>
        <translation>ลงนามโดย %s (กุญแจ %s) %s ลายมือชื่อถูกต้อง: ไม่มีการเปลี่ยนแปลงตั้งแต่นั้น</translation>
    </message>
    <message>
        <source>This bundle is signed by a key this store does not know (fingerprint %s). If it is a member&apos;s, compare the fingerprint with them, then import their public key (Tools &gt; Members&apos; keys… &gt; Import a key…). Nothing was changed.</source>
        <translation>ชุดข้อมูลแลกเปลี่ยนนี้ลงนามด้วยกุญแจที่คลังข้อมูลนี้ไม่รู้จัก (ลายนิ้วมือ %s) หากเป็นกุญแจของสมาชิก โปรดเทียบลายนิ้วมือกับบุคคลนั้น แล้วนำเข้ากุญแจสาธารณะของบุคคลนั้น (เครื่องมือ &gt; กุญแจของสมาชิก… &gt; นำเข้ากุญแจ…) ไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <source>Refused: %s</source>
        <translation>ปฏิเสธ: %s</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Opening the bundle and comparing it with this store…</source>
        <translation>กำลังเปิดชุดข้อมูลแลกเปลี่ยนและเปรียบเทียบกับคลังข้อมูลนี้…</translation>
    </message>
    <message>
        <source>It would change (nothing written yet): %s</source>
        <translation>สิ่งที่จะเปลี่ยน (ยังไม่ได้เขียนข้อมูล): %s</translation>
    </message>
    <message>
        <source>• left out: %s</source>
        <translation>• ไม่รวม: %s</translation>
    </message>
    <message>
        <source>Importing (a backup first)…</source>
        <translation>กำลังนำเข้า (สำรองข้อมูลก่อน)…</translation>
    </message>
    <message>
        <source>Not imported: %s</source>
        <translation>ไม่ได้นำเข้า: %s</translation>
    </message>
    <message>
        <source>Imported: %s</source>
        <translation>นำเข้าแล้ว: %s</translation>
    </message>
    <message>
        <source>This file is a member&apos;s key, not a bundle: compare its fingerprint with them, then import it (Tools &gt; Members&apos; keys… &gt; Import a key…). Nothing was changed.</source>
        <translation>ไฟล์นี้เป็นกุญแจของสมาชิก ไม่ใช่ชุดข้อมูลแลกเปลี่ยน: โปรดเทียบลายนิ้วมือกับบุคคลนั้น แล้วนำเข้ากุญแจ (เครื่องมือ &gt; กุญแจของสมาชิก… &gt; นำเข้ากุญแจ…) ไม่มีสิ่งใดถูกเปลี่ยน</translation>
    </message>
</context>
<context>
    <name>BundleSendDialog</name>
    <message>
        <source>Send a bundle</source>
        <translation>ส่งชุดข้อมูลแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>One file for a member of the delegation, for when there is no connection: signed with your key and encrypted for them (or under a passphrase you give them another way). They see what it changes before anything is written.</source>
        <translation>ไฟล์เดียวสำหรับสมาชิกของคณะผู้แทนเมื่อไม่มีการเชื่อมต่อ: ลงนามด้วยกุญแจของคุณและเข้ารหัสสำหรับผู้รับ (หรือด้วยวลีรหัสผ่านที่คุณแจ้งผู้รับทางอื่น) ผู้รับจะเห็นสิ่งที่จะเปลี่ยนก่อนที่จะมีการเขียนข้อมูล</translation>
    </message>
    <message>
        <source>your key&apos;s passphrase</source>
        <translation>วลีรหัสผ่านกุญแจของคุณ</translation>
    </message>
    <message>
        <source>Anyone with a passphrase I choose</source>
        <translation>ผู้ใดก็ได้ที่มีวลีรหัสผ่านที่ฉันเลือก</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>The passphrase that protects the bundle</source>
        <translation>วลีรหัสผ่านที่ปกป้องชุดข้อมูลแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>the bundle&apos;s passphrase</source>
        <translation>วลีรหัสผ่านของชุดข้อมูลแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>วลีรหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
        <source>repeat it</source>
        <translation>พิมพ์ซ้ำ</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>ไฟล์ชุดข้อมูลแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>Where the bundle is saved</source>
        <translation>ตำแหน่งที่บันทึกชุดข้อมูลแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>What goes</source>
        <translation>สิ่งที่ส่ง</translation>
    </message>
    <message>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>Your key&apos;s passphrase</source>
        <translation>วลีรหัสผ่านกุญแจของคุณ</translation>
    </message>
    <message>
        <source>For</source>
        <translation>สำหรับ</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>วลีรหัสผ่านชุดข้อมูลแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>Who may read it</source>
        <translation>ผู้ที่อ่านได้</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <source>Write the bundle</source>
        <translation>เขียนชุดข้อมูลแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>No member has a key in this store yet: make yours first (Members&apos; keys).</source>
        <translation>ยังไม่มีสมาชิกคนใดมีกุญแจในคลังข้อมูลนี้: สร้างกุญแจของคุณก่อน (กุญแจของสมาชิก)</translation>
    </message>
    <message>
        <source>Left out (only the head of delegation reads them): %s.</source>
        <translation>ไม่รวม (เฉพาะหัวหน้าคณะผู้แทนอ่าน): %s</translation>
    </message>
    <message>
        <source>Everything of the parts chosen, the red lines included.</source>
        <translation>ทุกอย่างของส่วนที่เลือก รวมทั้งเส้นต้องห้าม</translation>
    </message>
    <message>
        <source>%s is a folder: give a file name.</source>
        <translation>%s เป็นโฟลเดอร์: ระบุชื่อไฟล์</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>แทนที่ไฟล์หรือไม่</translation>
    </message>
    <message>
        <source>%s already exists in %s. Replace it with this bundle?</source>
        <translation>มี %s อยู่แล้วใน %s จะแทนที่ด้วยชุดข้อมูลนี้หรือไม่</translation>
    </message>
    <message>
        <source>Choose a meeting.</source>
        <translation>เลือกการประชุม</translation>
    </message>
    <message>
        <source>Choose at least one part to send.</source>
        <translation>เลือกส่วนที่จะส่งอย่างน้อยหนึ่งส่วน</translation>
    </message>
    <message>
        <source>Give your key&apos;s passphrase: the bundle is signed with your key.</source>
        <translation>ใส่วลีรหัสผ่านกุญแจของคุณ: ชุดข้อมูลแลกเปลี่ยนจะลงนามด้วยกุญแจของคุณ</translation>
    </message>
    <message>
        <source>Give the bundle a passphrase (and tell it to them another way).</source>
        <translation>กำหนดวลีรหัสผ่านให้ชุดข้อมูลแลกเปลี่ยน (และแจ้งผู้รับทางอื่น)</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>วลีรหัสผ่านทั้งสองไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>เลือกที่บันทึกชุดข้อมูลแลกเปลี่ยน</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
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
        <translation>0 ไม่มี</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>No stance (Alt+0)</source>
        <translation>ไม่มีจุดยืน (Alt+0)</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>สิ่งที่กล่าว</translation>
    </message>
    <message>
        <source>Enter saves the note; Ctrl+Enter saves it as an action item</source>
        <translation>Enter บันทึกบันทึกย่อ Ctrl+Enter บันทึกเป็นเรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <source>What was said. Enter saves.</source>
        <translation>สิ่งที่กล่าว Enter เพื่อบันทึก</translation>
    </message>
    <message>
        <source>Notes on this item</source>
        <translation>บันทึกของระเบียบวาระนี้</translation>
    </message>
    <message>
        <source>→ no delegation matches</source>
        <translation>→ ไม่มีคณะผู้แทนที่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>CarryForwardDialog</name>
    <message>
        <source>Carry forward a brief to %s</source>
        <translation>ยกท่าทีไปยัง %s</translation>
    </message>
    <message>
        <source>Earlier briefs</source>
        <translation>ท่าทีก่อนหน้า</translation>
    </message>
    <message>
        <source>Briefs on the same subject at earlier meetings</source>
        <translation>ท่าทีในเรื่องเดียวกันในการประชุมก่อนหน้า</translation>
    </message>
    <message>
        <source>this item follows on from it</source>
        <translation>ระเบียบวาระนี้ต่อเนื่องจากระเบียบวาระนั้น</translation>
    </message>
    <message>
        <source>similar title (%s%%)</source>
        <translation>ชื่อเรื่องคล้ายกัน (%s%%)</translation>
    </message>
    <message>
        <source>This brief</source>
        <translation>ท่าทีนี้</translation>
    </message>
    <message>
        <source>Earlier brief</source>
        <translation>ท่าทีก่อนหน้า</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now, on this item&lt;/b&gt;</source>
        <translation>&lt;b&gt;ขณะนี้ ในระเบียบวาระนี้&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No brief yet.</source>
        <translation>ยังไม่มีท่าที</translation>
    </message>
    <message>
        <source>Start from this brief</source>
        <translation>เริ่มจากท่าทีนี้</translation>
    </message>
    <message>
        <source>No earlier brief was found: no item of an earlier meeting has a position on this item or one with a similar title.</source>
        <translation>ไม่พบท่าทีก่อนหน้า: ไม่มีระเบียบวาระของการประชุมก่อนหน้าที่มีท่าทีในเรื่องนี้หรือมีชื่อเรื่องคล้ายกัน</translation>
    </message>
    <message>
        <source>The brief becomes a new draft version here; what was here stays in the history.</source>
        <translation>ท่าทีจะกลายเป็นฉบับร่างใหม่ที่นี่ ส่วนที่มีอยู่เดิมยังคงอยู่ในประวัติ</translation>
    </message>
    <message>
        <source>(version %1, %2)</source>
        <translation>(ฉบับที่ %1, %2)</translation>
    </message>
    <message>
        <source>Replace the brief on this item with the one from %s? The current brief stays in the history (version %s).</source>
        <translation>แทนที่ท่าทีของระเบียบวาระนี้ด้วยท่าทีจาก %s หรือไม่ ท่าทีปัจจุบันยังคงอยู่ในประวัติ (ฉบับที่ %s)</translation>
    </message>
    <message>
        <source>It is approved: this returns it to draft.</source>
        <translation>ท่าทีนี้อนุมัติแล้ว: การดำเนินการนี้จะทำให้กลับเป็นร่าง</translation>
    </message>
    <message>
        <source>Carry forward</source>
        <translation>ยกไปใช้ต่อ</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>แทนที่</translation>
    </message>
    <message>
        <source>Carry forward a brief</source>
        <translation>ยกท่าทีไปใช้ต่อ</translation>
    </message>
</context>
<context>
    <name>CellEditor</name>
    <message>
        <source>why (optional)</source>
        <translation>เหตุผล (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>what they said (optional)</source>
        <translation>สิ่งที่เขากล่าว (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>ที่คาดไว้</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>ที่สังเกตได้</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>ผู้อื่นบันทึกในระหว่างนั้นแล้ว</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>ส่วน</translation>
    </message>
    <message>
        <source>Merged (edit it)</source>
        <translation>รวมแล้ว (แก้ไขได้)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;%s&apos;&gt;underlined&lt;/span&gt;: only in yours · &lt;span style=&apos;%s&apos;&gt;struck&lt;/span&gt;: only in theirs. Both versions stay in the history whatever you choose.</source>
        <translation>&lt;span style=&apos;%s&apos;&gt;ขีดเส้นใต้&lt;/span&gt;: มีเฉพาะในของคุณ · &lt;span style=&apos;%s&apos;&gt;ขีดฆ่า&lt;/span&gt;: มีเฉพาะในของอีกฝ่าย ทั้งสองฉบับยังคงอยู่ในประวัติไม่ว่าคุณจะเลือกแบบใด</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>ใช้ของฉัน</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>ใช้ของอีกฝ่าย</translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation>บันทึกข้อความที่รวมแล้ว</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ไม่ใช่ตอนนี้</translation>
    </message>
    <message>
        <source>Keep your text on screen, unsaved, and decide later</source>
        <translation>เก็บข้อความของคุณไว้บนหน้าจอโดยยังไม่บันทึก และตัดสินใจภายหลัง</translation>
    </message>
    <message>
        <source>{0}: yours</source>
        <translation>{0}: ของคุณ</translation>
    </message>
    <message>
        <source>{0}: theirs</source>
        <translation>{0}: ของอีกฝ่าย</translation>
    </message>
    <message>
        <source>{0}: merged</source>
        <translation>{0}: รวมแล้ว</translation>
    </message>
    <message>
        <source>{0}: keep</source>
        <translation>{0}: เก็บไว้</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>ของคุณ</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>ของอีกฝ่าย</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Changed on both sides</source>
        <translation>เปลี่ยนทั้งสองฝั่ง</translation>
    </message>
    <message>
        <source>These records were changed here and elsewhere since the two copies last met. Nothing was overwritten: ours stays until you choose, and both versions stay in the history. Settle them now or later.</source>
        <translation>ระเบียนเหล่านี้ถูกเปลี่ยนทั้งที่นี่และที่อื่นนับตั้งแต่สำเนาทั้งสองรวมกันครั้งล่าสุด ไม่มีสิ่งใดถูกเขียนทับ: ของเรายังคงอยู่จนกว่าคุณจะเลือก และทั้งสองฉบับยังคงอยู่ในประวัติ ยุติได้ทั้งตอนนี้หรือภายหลัง</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ความขัดแย้ง</translation>
    </message>
    <message>
        <source>Records changed both here and in the bundle</source>
        <translation>ระเบียนที่ถูกเปลี่ยนทั้งที่นี่และในชุดข้อมูลแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>กำลังเปรียบเทียบ</translation>
    </message>
    <message>
        <source>Comparing the two versions</source>
        <translation>กำลังเปรียบเทียบสองฉบับ</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>เทียบกัน…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>ภายหลัง</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) open.</source>
        <translation>
            <numerusform>ข้อขัดแย้งที่ยังค้างอยู่ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>ไม่มีข้อขัดแย้งค้างอยู่</translation>
    </message>
    <message>
        <source>Comparing the two versions of %s…</source>
        <translation>กำลังเปรียบเทียบสองฉบับของ %s…</translation>
    </message>
    <message>
        <source>Changed on both sides: %s</source>
        <translation>เปลี่ยนทั้งสองฝั่ง: %s</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
</context>
<context>
    <name>CounterpartsWindow</name>
    <message>
        <source>Counterparts</source>
        <translation>ผู้แทนฝ่ายอื่น</translation>
    </message>
    <message>
        <source>Search counterparts</source>
        <translation>ค้นหาผู้แทนฝ่ายอื่น</translation>
    </message>
    <message>
        <source>Find by name, title, agency or delegation</source>
        <translation>ค้นหาตามชื่อ ตำแหน่ง หน่วยงาน หรือคณะผู้แทน</translation>
    </message>
    <message>
        <source>New counterpart</source>
        <translation>ผู้แทนฝ่ายอื่นรายใหม่</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Personality note: style, priorities, what works</source>
        <translation>บันทึกบุคลิกภาพ: ลักษณะ สิ่งที่ให้ความสำคัญ สิ่งที่ได้ผล</translation>
    </message>
    <message>
        <source>on</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>บรรลุเมื่อ</translation>
    </message>
    <message>
        <source>Date we last met</source>
        <translation>วันที่พบกันครั้งล่าสุด</translation>
    </message>
    <message>
        <source>where (e.g. 5th ADGSOM, coffee break)</source>
        <translation>สถานที่ (เช่น 5th ADGSOM ช่วงพักรับประทานอาหารว่าง)</translation>
    </message>
    <message>
        <source>Where we last met</source>
        <translation>สถานที่พบกันครั้งล่าสุด</translation>
    </message>
    <message>
        <source>What they said when we last met</source>
        <translation>สิ่งที่เขากล่าวเมื่อพบกันครั้งล่าสุด</translation>
    </message>
    <message>
        <source>other counterpart</source>
        <translation>ผู้แทนฝ่ายอื่น</translation>
    </message>
    <message>
        <source>other counterparts</source>
        <translation>ผู้แทนฝ่ายอื่น</translation>
    </message>
    <message>
        <source>why they care (optional)</source>
        <translation>เหตุที่เขาสนใจ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Why they care</source>
        <translation>เหตุที่เขาสนใจ</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>ไม่บังคับ</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>เชื่อมโยง</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>ยกเลิกการเชื่อมโยง</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>คณะผู้แทน</translation>
    </message>
    <message>
        <source>Personality note</source>
        <translation>บันทึกบุคลิกภาพ</translation>
    </message>
    <message>
        <source>Last met</source>
        <translation>พบกันครั้งล่าสุด</translation>
    </message>
    <message>
        <source>What they last said</source>
        <translation>สิ่งที่กล่าวครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Items they care about</source>
        <translation>ระเบียบวาระที่เขาสนใจ</translation>
    </message>
    <message>
        <source>Link an item</source>
        <translation>เชื่อมโยงระเบียบวาระ</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 ระเบียบวาระ</translation>
    </message>
    <message>
        <source>%s items</source>
        <translation>%s ระเบียบวาระ</translation>
    </message>
    <message>
        <source>Delete counterpart</source>
        <translation>ลบผู้แทนฝ่ายอื่น</translation>
    </message>
    <message>
        <source>Delete %s and their links to items?</source>
        <translation>ลบ %s และการเชื่อมโยงกับระเบียบวาระหรือไม่</translation>
    </message>
    <message>
        <source>Edits not saved</source>
        <translation>ยังไม่ได้บันทึกการแก้ไข</translation>
    </message>
    <message>
        <source>Some edits to counterparts could not be saved (%s). Close and lose them?</source>
        <translation>การแก้ไขข้อมูลผู้แทนฝ่ายอื่นบางส่วนบันทึกไม่ได้ (%s) ปิดและทิ้งการแก้ไขหรือไม่</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>ปิดและทิ้งการแก้ไข</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>  — gap: no project</source>
        <translation>  — ช่องว่าง: ไม่มีโครงการ</translation>
    </message>
    <message>
        <source>%s: %d project(s) with %s</source>
        <translation>%s: %d โครงการกับ %s</translation>
    </message>
    <message>
        <source>%s: no project with %s</source>
        <translation>%s: ไม่มีโครงการกับ %s</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Coverage of the ADM</source>
        <translation>ความครอบคลุมของ ADM</translation>
    </message>
    <message>
        <source>Which ADM outcomes and actions the projects serve</source>
        <translation>ผลลัพธ์และการดำเนินการของ ADM ที่โครงการรองรับ</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>กรอบ</translation>
    </message>
    <message>
        <source>Outcomes with no project (gaps to raise): %s</source>
        <translation>ผลลัพธ์ที่ไม่มีโครงการ (ช่องว่างที่ควรหยิบยก): %s</translation>
    </message>
    <message>
        <source>Every outcome has at least one project.</source>
        <translation>ทุกผลลัพธ์มีโครงการอย่างน้อยหนึ่งโครงการ</translation>
    </message>
</context>
<context>
    <name>DamagedStoreFeature</name>
    <message>
        <source>Save a &amp;readable copy…</source>
        <translation>บันทึกสำเนาที่อ่านได้(&amp;R)…</translation>
    </message>
    <message>
        <source>Write every row that can still be read to a new store</source>
        <translation>เขียนทุกแถวที่ยังอ่านได้ลงในคลังข้อมูลใหม่</translation>
    </message>
    <message>
        <source>Damaged store</source>
        <translation>คลังข้อมูลเสียหาย</translation>
    </message>
    <message>
        <source>Save a readable copy…</source>
        <translation>บันทึกสำเนาที่อ่านได้…</translation>
    </message>
    <message>
        <source>Read-only: a reader&apos;s sign-in</source>
        <translation>อ่านอย่างเดียว: ลงชื่อเข้าใช้ในฐานะผู้อ่าน</translation>
    </message>
    <message>
        <source>Damaged store: read-only. %s is damaged (%s): nothing you type is saved to it. Read and copy what you still can, and save a readable copy: a new store with every row that can still be read.</source>
        <translation>คลังข้อมูลเสียหาย: อ่านได้อย่างเดียว %s เสียหาย (%s): สิ่งที่คุณพิมพ์จะไม่ถูกบันทึก อ่านและคัดลอกสิ่งที่ยังทำได้ และบันทึกสำเนาที่อ่านได้: คลังข้อมูลใหม่ที่มีทุกแถวที่ยังอ่านได้</translation>
    </message>
    <message>
        <source>Damaged store: read-only</source>
        <translation>คลังข้อมูลเสียหาย: อ่านได้อย่างเดียว</translation>
    </message>
    <message>
        <source>%s already exists: choose a new file for the copy.</source>
        <translation>มี %s อยู่แล้ว: เลือกไฟล์ใหม่สำหรับสำเนา</translation>
    </message>
    <message>
        <source>Save a readable copy</source>
        <translation>บันทึกสำเนาที่อ่านได้</translation>
    </message>
    <message>
        <source>Copying what can still be read…</source>
        <translation>กำลังคัดลอกสิ่งที่ยังอ่านได้…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Cancelled: no copy was written.</source>
        <translation>ยกเลิกแล้ว: ไม่มีการเขียนสำเนา</translation>
    </message>
</context>
<context>
    <name>DetailArea</name>
    <message>
        <source>Select a meeting or an agenda item on the left.</source>
        <translation>เลือกการประชุมหรือระเบียบวาระทางซ้าย</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>ภาพรวม</translation>
    </message>
</context>
<context>
    <name>DetailTab</name>
    <message>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>ร่างข้อความ</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>ระเบียบวาระการประชุม</translation>
    </message>
    <message>
        <source>Stance map</source>
        <translation>แผนผังจุดยืน</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ท่าที</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>เรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>ผลการประชุม</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>โครงการ</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Attach a document</source>
        <translation>แนบเอกสาร</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>สัญลักษณ์เอกสาร</translation>
    </message>
    <message>
        <source>The document&apos;s symbol (e.g. ADGSOM/2027/DOC.04), or leave it empty:</source>
        <translation>สัญลักษณ์ของเอกสาร (เช่น ADGSOM/2027/DOC.04) หรือเว้นว่างไว้:</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>The documents attached here</source>
        <translation>เอกสารที่แนบไว้ที่นี่</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>&amp;Attach a document…</source>
        <translation>แนบเอกสาร(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>นำออก(&amp;R)</translation>
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
            <numerusform>%n หน้า</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting&apos;s documents, kept in the store (encrypted with it). An item&apos;s document references find the document of the same symbol.</source>
        <translation>เอกสารของการประชุมที่เก็บในคลังข้อมูล (เข้ารหัสไปพร้อมกัน) การอ้างอิงเอกสารของระเบียบวาระจะพบเอกสารที่มีสัญลักษณ์เดียวกัน</translation>
    </message>
    <message>
        <source>Documents of this item (attached to it, or named by its references).</source>
        <translation>เอกสารของระเบียบวาระนี้ (ที่แนบไว้ หรือที่อ้างถึงในการอ้างอิง)</translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation>กำลังอ่าน %s…</translation>
    </message>
    <message>
        <source>Attached %s.</source>
        <translation>แนบ %s แล้ว</translation>
    </message>
    <message>
        <source>No program on this computer opens %s.</source>
        <translation>ไม่มีโปรแกรมในเครื่องนี้ที่เปิด %s ได้</translation>
    </message>
    <message>
        <source>Removed %s.</source>
        <translation>นำ %s ออกแล้ว</translation>
    </message>
</context>
<context>
    <name>DroppedPanel</name>
    <message>
        <source>No longer on the agenda (kept unless ticked)</source>
        <translation>ไม่อยู่ในระเบียบวาระการประชุมแล้ว (เก็บไว้เว้นแต่ทำเครื่องหมาย)</translation>
    </message>
    <message>
        <source> (has a brief)</source>
        <translation> (มีท่าที)</translation>
    </message>
    <message>
        <source>Delete %s %s%s</source>
        <translation>ลบ %s %s%s</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>หุ้นส่วน</translation>
    </message>
    <message>
        <source>What</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>  overdue</source>
        <translation>  เลยกำหนด</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>Reports due</source>
        <translation>รายงานที่ถึงกำหนด</translation>
    </message>
    <message>
        <source>Due before the %s (%s), and overdue:</source>
        <translation>กำหนดเสร็จก่อน %s (%s) และที่เลยกำหนด:</translation>
    </message>
    <message>
        <source>No meeting ahead in this store: due by %s, and overdue:</source>
        <translation>ไม่มีการประชุมที่จะมาถึงในคลังข้อมูลนี้: กำหนดเสร็จภายใน %s และที่เลยกำหนด:</translation>
    </message>
    <message>
        <source>nothing.</source>
        <translation>ไม่มี</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>the disk is full. Free some space, then try again</source>
        <translation>ดิสก์เต็ม โปรดเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>the disk could not be written (is it full, or was the drive removed?). Free some space or reconnect the drive, then try again</source>
        <translation>เขียนข้อมูลลงดิสก์ไม่ได้ (ดิสก์เต็มหรือไดรฟ์ถูกถอดออกหรือไม่) โปรดเพิ่มพื้นที่ว่างหรือเชื่อมต่อไดรฟ์อีกครั้ง แล้วลองใหม่</translation>
    </message>
    <message>
        <source>the store cannot be written: its drive or its file is read-only. Make it writable, then try again</source>
        <translation>เขียนคลังข้อมูลไม่ได้: ไดรฟ์หรือไฟล์เป็นแบบอ่านอย่างเดียว โปรดทำให้เขียนได้แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>the store is busy: another program is writing to it. Try again in a moment</source>
        <translation>คลังข้อมูลกำลังไม่ว่าง: มีโปรแกรมอื่นกำลังเขียนอยู่ โปรดลองอีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <source>the team store&apos;s server cannot be reached (is the network up, is the server running?). Try again when it is back</source>
        <translation>ติดต่อเซิร์ฟเวอร์ของคลังข้อมูลกลางไม่ได้ (เครือข่ายใช้งานได้หรือไม่ เซิร์ฟเวอร์ทำงานอยู่หรือไม่) โปรดลองอีกครั้งเมื่อกลับมาใช้งานได้</translation>
    </message>
    <message>
        <source>the connection to the team store&apos;s server was lost (the server restarted, or the session was ended): nothing of it was saved. Try again</source>
        <translation>การเชื่อมต่อกับเซิร์ฟเวอร์ของคลังข้อมูลกลางขาดหาย (เซิร์ฟเวอร์เริ่มทำงานใหม่ หรือเซสชันถูกยุติ): ไม่มีสิ่งใดถูกบันทึก โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <source>the team store&apos;s server accepts no writes now (a read-only copy, or it is in maintenance). Try again later</source>
        <translation>ขณะนี้เซิร์ฟเวอร์ของคลังข้อมูลกลางไม่รับการเขียน (เป็นสำเนาอ่านอย่างเดียว หรืออยู่ระหว่างบำรุงรักษา) โปรดลองอีกครั้งภายหลัง</translation>
    </message>
    <message>
        <source>the team store&apos;s server refused the sign-in: check the user name and password</source>
        <translation>เซิร์ฟเวอร์ของคลังข้อมูลกลางปฏิเสธการลงชื่อเข้าใช้: โปรดตรวจสอบชื่อผู้ใช้และรหัสผ่าน</translation>
    </message>
    <message>
        <source>the team store&apos;s server does not allow it for your sign-in</source>
        <translation>เซิร์ฟเวอร์ของคลังข้อมูลกลางไม่อนุญาตให้บัญชีของท่านทำสิ่งนี้</translation>
    </message>
    <message>
        <source>an unexpected error ({kind}); details are in the log</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด ({kind}) รายละเอียดอยู่ในบันทึกระบบ</translation>
    </message>
    <message>
        <source>No store named: give a file or a postgresql:// address.</source>
        <translation>ไม่ได้ระบุคลังข้อมูล: โปรดระบุไฟล์หรือที่อยู่ postgresql://</translation>
    </message>
    <message>
        <source>{scheme}:// is not a kind of store: give a file, or a team store&apos;s postgresql://user@host/database address.</source>
        <translation>{scheme}:// ไม่ใช่ชนิดของคลังข้อมูล: โปรดระบุไฟล์ หรือที่อยู่ postgresql://user@host/database ของคลังข้อมูลกลาง</translation>
    </message>
    <message>
        <source>{text} names no database: write postgresql://user@host/database.</source>
        <translation>{text} ไม่ได้ระบุฐานข้อมูล: โปรดเขียน postgresql://user@host/database</translation>
    </message>
    <message>
        <source>{text} names no server: write postgresql://user@host/database.</source>
        <translation>{text} ไม่ได้ระบุเซิร์ฟเวอร์: โปรดเขียน postgresql://user@host/database</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation>โปรดระบุชื่อหรือที่อยู่ของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Give the database of the team store.</source>
        <translation>โปรดระบุฐานข้อมูลของคลังข้อมูลกลาง</translation>
    </message>
    <message>
        <source>A port is 1 to 65535, not {fields_port}.</source>
        <translation>พอร์ตต้องอยู่ระหว่าง 1 ถึง 65535 ไม่ใช่ {fields_port}</translation>
    </message>
    <message>
        <source>No TLS mode {fields_tls!r}.</source>
        <translation>ไม่มีโหมด TLS {fields_tls!r}</translation>
    </message>
    <message>
        <source>Checking the server&apos;s certificate needs the CA file your administrator gave you (the authority that signed it).</source>
        <translation>การตรวจสอบใบรับรองของเซิร์ฟเวอร์ต้องใช้ไฟล์ CA ที่ผู้ดูแลระบบให้ไว้ (หน่วยงานที่ลงนามใบรับรอง)</translation>
    </message>
    <message>
        <source>The passphrase must be text.</source>
        <translation>วลีรหัสผ่านต้องเป็นข้อความ</translation>
    </message>
    <message>
        <source>The passphrase ends with a carriage return (a Windows line end): it could never be typed again. Give it without the line end.</source>
        <translation>วลีรหัสผ่านลงท้ายด้วยอักขระขึ้นบรรทัด (การขึ้นบรรทัดแบบ Windows) ซึ่งจะพิมพ์ซ้ำไม่ได้ โปรดระบุโดยไม่มีการขึ้นบรรทัด</translation>
    </message>
    <message>
        <source>The passphrase holds a character that cannot be typed again reliably (a control character or an invalid one).</source>
        <translation>วลีรหัสผ่านมีอักขระที่พิมพ์ซ้ำได้ไม่แน่นอน (อักขระควบคุมหรืออักขระที่ไม่ถูกต้อง)</translation>
    </message>
    <message>
        <source>The passphrase needs at least {min_passphrase} characters.</source>
        <translation>วลีรหัสผ่านต้องมีอย่างน้อย {min_passphrase} อักขระ</translation>
    </message>
    <message>
        <source>The passphrase cannot be only spaces.</source>
        <translation>วลีรหัสผ่านต้องไม่เป็นช่องว่างล้วน</translation>
    </message>
    <message>
        <source>The passphrase is too long (at most {max_passphrase} characters).</source>
        <translation>วลีรหัสผ่านยาวเกินไป (ไม่เกิน {max_passphrase} อักขระ)</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>วลีรหัสผ่านทั้งสองไม่ตรงกัน</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>วลีรหัสผ่านใหม่เหมือนกับวลีรหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <source>{raw!r} is not an ADM tag: write the framework, then the code (e.g. ADM2030 O3), or DO1-DO8 / EA n.n for the ADM 2025.</source>
        <translation>{raw!r} ไม่ใช่แท็ก ADM: โปรดเขียนกรอบงานแล้วตามด้วยรหัส (เช่น ADM2030 O3) หรือ DO1-DO8 / EA n.n สำหรับ ADM 2025</translation>
    </message>
    <message>
        <source>{text!r} is not a framework code (letters and digits, e.g. ADM2030).</source>
        <translation>{text!r} ไม่ใช่รหัสกรอบงาน (ตัวอักษรและตัวเลข เช่น ADM2030)</translation>
    </message>
    <message>
        <source>{text!r} is not an ADM 2025 tag (use DO1-DO8 or EA n.n).</source>
        <translation>{text!r} ไม่ใช่แท็ก ADM 2025 (ใช้ DO1-DO8 หรือ EA n.n)</translation>
    </message>
    <message>
        <source>{text!r} is not an element code (up to {max_code} letters, digits, dots or dashes, e.g. O3 or A3.1).</source>
        <translation>{text!r} ไม่ใช่รหัสองค์ประกอบ (ตัวอักษร ตัวเลข จุด หรือขีด ไม่เกิน {max_code} ตัว เช่น O3 หรือ A3.1)</translation>
    </message>
    <message>
        <source>At most {limit} tags per item.</source>
        <translation>ระเบียบวาระหนึ่งมีแท็กได้ไม่เกิน {limit} แท็ก</translation>
    </message>
    <message>
        <source>{text!r}: a Desired Outcome is DO1 to DO8.</source>
        <translation>{text!r}: Desired Outcome ต้องเป็น DO1 ถึง DO8</translation>
    </message>
    <message>
        <source>{field_name}: expected text.</source>
        <translation>{field_name}: ต้องเป็นข้อความ</translation>
    </message>
    <message>
        <source>{field_name}: the text holds an invalid character (a lone surrogate) and was not saved. Retype or paste it again from the source.</source>
        <translation>{field_name}: ข้อความมีอักขระที่ไม่ถูกต้อง (surrogate เดี่ยว) และไม่ได้บันทึก โปรดพิมพ์ใหม่หรือวางอีกครั้งจากต้นฉบับ</translation>
    </message>
    <message>
        <source>{field_name}: the text holds control characters and was not saved.</source>
        <translation>{field_name}: ข้อความมีอักขระควบคุมและไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>{field_name}: the text is too long ({count_value:,} characters; at most {max_len:,}). Nothing was saved.</source>
        <translation>{field_name}: ข้อความยาวเกินไป ({count_value:,} อักขระ ไม่เกิน {max_len:,}) ไม่มีสิ่งใดถูกบันทึก</translation>
    </message>
    <message>
        <source>{field_name} cannot be empty.</source>
        <translation>{field_name} ต้องไม่ว่างเปล่า</translation>
    </message>
    <message>
        <source>The due date {due} is before the meeting ({start}): type a date on or after {start}, or leave it empty. Nothing was saved.</source>
        <translation>วันครบกำหนด {due} อยู่ก่อนการประชุม ({start}): พิมพ์วันที่ตั้งแต่ {start} เป็นต้นไป หรือเว้นว่างไว้ ยังไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>The due date {due} is more than {years} years ahead (the latest is {latest}): type a nearer date, or leave it empty. Nothing was saved.</source>
        <translation>วันครบกำหนด {due} ไกลเกิน {years} ปีข้างหน้า (ช้าที่สุดคือ {latest}): พิมพ์วันที่ที่ใกล้กว่านี้ หรือเว้นว่างไว้ ยังไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>Say what is to be done: the action is empty.</source>
        <translation>โปรดระบุสิ่งที่ต้องทำ: เรื่องที่ต้องดำเนินการว่างเปล่า</translation>
    </message>
    <message>
        <source>Meeting {meeting_id} no longer exists.</source>
        <translation>การประชุม {meeting_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>The owner&apos;s delegation does not exist.</source>
        <translation>คณะผู้แทนของผู้รับผิดชอบไม่มีอยู่</translation>
    </message>
    <message>
        <source>Action item {action_id} no longer exists.</source>
        <translation>เรื่องที่ต้องดำเนินการ {action_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Note {note_id} no longer exists.</source>
        <translation>บันทึก {note_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>The agenda item no longer exists.</source>
        <translation>ระเบียบวาระนี้ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>The owner is not a known person.</source>
        <translation>ผู้รับผิดชอบไม่ใช่บุคคลที่รู้จัก</translation>
    </message>
    <message>
        <source>The owner is not in that delegation.</source>
        <translation>ผู้รับผิดชอบไม่ได้อยู่ในคณะผู้แทนนั้น</translation>
    </message>
    <message>
        <source>Meeting {flt_meeting_id} no longer exists.</source>
        <translation>การประชุม {flt_meeting_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>The agenda item is not on that meeting&apos;s agenda.</source>
        <translation>ระเบียบวาระนี้ไม่ได้อยู่ในระเบียบวาระการประชุมของการประชุมนั้น</translation>
    </message>
    <message>
        <source>{name} is an old Word 97-2003 document (.doc). Open it in Word and save it as a .docx, then import that.</source>
        <translation>{name} เป็นเอกสาร Word 97-2003 แบบเก่า (.doc) โปรดเปิดใน Word แล้วบันทึกเป็น .docx จากนั้นจึงนำเข้าไฟล์นั้น</translation>
    </message>
    <message>
        <source>{name} is not a Word .docx file. Choose a .docx, or import plain text instead.</source>
        <translation>{name} ไม่ใช่ไฟล์ Word .docx โปรดเลือกไฟล์ .docx หรือนำเข้าข้อความธรรมดาแทน</translation>
    </message>
    <message>
        <source>{name} is password-protected. Open it in Word, remove the password (File &gt; Info &gt; Protect Document) and save a copy, then import that copy.</source>
        <translation>{name} มีการป้องกันด้วยรหัสผ่าน โปรดเปิดใน Word เอารหัสผ่านออก (File &gt; Info &gt; Protect Document) แล้วบันทึกสำเนา จากนั้นจึงนำเข้าสำเนานั้น</translation>
    </message>
    <message>
        <source>{path_name} cannot be read as a Word document ({exc_name}). Nothing was imported.</source>
        <translation>อ่าน {path_name} เป็นเอกสาร Word ไม่ได้ ({exc_name}) ไม่มีสิ่งใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>{path_name} cannot be read as a Word document (it may be damaged, or another kind of file). Nothing was imported. ({exc_name})</source>
        <translation>อ่าน {path_name} เป็นเอกสาร Word ไม่ได้ (ไฟล์อาจเสียหาย หรือเป็นไฟล์ชนิดอื่น) ไม่มีสิ่งใดถูกนำเข้า ({exc_name})</translation>
    </message>
    <message>
        <source>{path_name} is not UTF-8 text. Save it as UTF-8 (Unicode) text and try again.</source>
        <translation>{path_name} ไม่ใช่ข้อความ UTF-8 โปรดบันทึกเป็นข้อความ UTF-8 (Unicode) แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>{path_name} is not a text file. Choose a .txt file, or a .docx for Word.</source>
        <translation>{path_name} ไม่ใช่ไฟล์ข้อความ โปรดเลือกไฟล์ .txt หรือ .docx สำหรับ Word</translation>
    </message>
    <message>
        <source>{path_name} does not exist.</source>
        <translation>ไม่มี {path_name}</translation>
    </message>
    <message>
        <source>{path_name} is a folder, not a file.</source>
        <translation>{path_name} เป็นโฟลเดอร์ ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <source>{path_name} cannot be read (no permission).</source>
        <translation>อ่าน {path_name} ไม่ได้ (ไม่มีสิทธิ์)</translation>
    </message>
    <message>
        <source>There is nothing to import: no line was chosen.</source>
        <translation>ไม่มีสิ่งที่จะนำเข้า: ไม่ได้เลือกบรรทัดใด</translation>
    </message>
    <message>
        <source>The parent item is not on this agenda.</source>
        <translation>ระเบียบวาระหลักไม่ได้อยู่ในระเบียบวาระการประชุมนี้</translation>
    </message>
    <message>
        <source>The meeting of this agenda no longer exists.</source>
        <translation>การประชุมของระเบียบวาระการประชุมนี้ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>No agenda items were found in {source}. Paste or choose the agenda itself: one item per line, numbered (1, 2, 2.1 ...) or indented.</source>
        <translation>ไม่พบระเบียบวาระใดใน {source} โปรดวางหรือเลือกระเบียบวาระการประชุมโดยตรง: หนึ่งระเบียบวาระต่อหนึ่งบรรทัด มีเลขกำกับ (1, 2, 2.1 ...) หรือย่อหน้า</translation>
    </message>
    <message>
        <source>{path_name} is not a PDF file. Choose a .pdf, .docx or .txt.</source>
        <translation>{path_name} ไม่ใช่ไฟล์ PDF โปรดเลือกไฟล์ .pdf, .docx หรือ .txt</translation>
    </message>
    <message>
        <source>{path_name} holds no text: it looks like a scanned image. Ask the Secretariat for the Word or text version, or run the PDF through text recognition (OCR) first. Nothing was imported.</source>
        <translation>{path_name} ไม่มีข้อความ: ดูเหมือนเป็นภาพสแกน โปรดขอฉบับ Word หรือฉบับข้อความจากสำนักเลขาธิการ หรือนำ PDF ไปผ่านการรู้จำข้อความ (OCR) ก่อน ไม่มีสิ่งใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>{path_name} cannot be read as a PDF ({exc_name}). Nothing was imported.</source>
        <translation>อ่าน {path_name} เป็น PDF ไม่ได้ ({exc_name}) ไม่มีสิ่งใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>{path_name} cannot be read as a PDF (it may be damaged). Nothing was imported. ({exc})</source>
        <translation>อ่าน {path_name} เป็น PDF ไม่ได้ (ไฟล์อาจเสียหาย) ไม่มีสิ่งใดถูกนำเข้า ({exc})</translation>
    </message>
    <message>
        <source>{path_name} is protected by a password. Open it, save a copy without the password, and import that copy.</source>
        <translation>{path_name} มีการป้องกันด้วยรหัสผ่าน โปรดเปิดไฟล์ บันทึกสำเนาที่ไม่มีรหัสผ่าน แล้วนำเข้าสำเนานั้น</translation>
    </message>
    <message>
        <source>Agenda item {item_id} no longer exists.</source>
        <translation>ระเบียบวาระ {item_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Choose another meeting to copy the agenda from.</source>
        <translation>โปรดเลือกการประชุมอื่นเพื่อคัดลอกระเบียบวาระการประชุมมา</translation>
    </message>
    <message>
        <source>This item cannot be indented: there is no item above it at the same level.</source>
        <translation>ย่อหน้าระเบียบวาระนี้ไม่ได้: ไม่มีระเบียบวาระในระดับเดียวกันอยู่ด้านบน</translation>
    </message>
    <message>
        <source>This item is already at the top level.</source>
        <translation>ระเบียบวาระนี้อยู่ในระดับบนสุดแล้ว</translation>
    </message>
    <message>
        <source>The item is already first.</source>
        <translation>ระเบียบวาระนี้อยู่ลำดับแรกแล้ว</translation>
    </message>
    <message>
        <source>The item is already last.</source>
        <translation>ระเบียบวาระนี้อยู่ลำดับสุดท้ายแล้ว</translation>
    </message>
    <message>
        <source>Delete items of one agenda at a time.</source>
        <translation>โปรดลบระเบียบวาระทีละระเบียบวาระการประชุม</translation>
    </message>
    <message>
        <source>The meeting of these items no longer exists.</source>
        <translation>การประชุมของระเบียบวาระเหล่านี้ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Choose at least one item to copy.</source>
        <translation>โปรดเลือกอย่างน้อยหนึ่งระเบียบวาระเพื่อคัดลอก</translation>
    </message>
    <message>
        <source>That meeting has no agenda to copy.</source>
        <translation>การประชุมนั้นไม่มีระเบียบวาระการประชุมให้คัดลอก</translation>
    </message>
    <message>
        <source>No delegation with code {code}.</source>
        <translation>ไม่มีคณะผู้แทนรหัส {code}</translation>
    </message>
    <message>
        <source>Estimated time must be between 0 and 1440 minutes.</source>
        <translation>เวลาโดยประมาณต้องอยู่ระหว่าง 0 ถึง 1440 นาที</translation>
    </message>
    <message>
        <source>At most {max_documents} documents per item.</source>
        <translation>ระเบียบวาระหนึ่งมีเอกสารได้ไม่เกิน {max_documents} ฉบับ</translation>
    </message>
    <message>
        <source>Another item of this agenda is already numbered {number}. Choose another number, or let it be numbered automatically.</source>
        <translation>มีระเบียบวาระอื่นในระเบียบวาระการประชุมนี้ใช้หมายเลข {number} แล้ว โปรดเลือกหมายเลขอื่น หรือให้ระบบกำหนดหมายเลขเอง</translation>
    </message>
    <message>
        <source>The new parent item is on another agenda.</source>
        <translation>ระเบียบวาระหลักใหม่อยู่ในระเบียบวาระการประชุมอื่น</translation>
    </message>
    <message>
        <source>An item cannot go under itself or its own sub-items.</source>
        <translation>ระเบียบวาระไม่สามารถอยู่ใต้ตัวเองหรือระเบียบวาระย่อยของตัวเองได้</translation>
    </message>
    <message>
        <source>This is a trip copy of the team store {team}: briefs are approved there, by the approver signed in, never here, so an approval PIN set here would not be used. Nothing was changed.</source>
        <translation>นี่คือสำเนาเดินทางของคลังข้อมูลกลาง {team}: ท่าทีได้รับการอนุมัติที่คลังนั้นโดยผู้อนุมัติที่ลงชื่อเข้าใช้ ไม่ใช่ที่นี่ รหัส PIN อนุมัติที่ตั้งที่นี่จึงไม่ถูกใช้ ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>No person {person_id} in the store.</source>
        <translation>ไม่มีบุคคล {person_id} ในคลังข้อมูล</translation>
    </message>
    <message>
        <source>{person_full_name} is not a member of our own delegation: only our own people approve briefs, so only they have an approval PIN.</source>
        <translation>{person_full_name} ไม่ใช่สมาชิกคณะผู้แทนของเรา: มีเพียงบุคคลของเราที่อนุมัติท่าที จึงมีเพียงพวกเขาที่มี PIN อนุมัติ</translation>
    </message>
    <message>
        <source>{person_name}&apos;s role in our delegation is {role}: only the head of delegation and the alternate approve briefs, so only they have an approval PIN. Nothing was changed.</source>
        <translation>บทบาทของ {person_name} ในคณะผู้แทนของเราคือ {role}: เฉพาะหัวหน้าคณะผู้แทนและผู้แทนสำรองเท่านั้นที่อนุมัติท่าที จึงมีเพียงสองคนนี้ที่มี PIN สำหรับอนุมัติ ไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <source>Wrong PIN for {person_full_name}: nothing was changed ({left} more tries before a {wait_total_seconds}-second wait).</source>
        <translation>PIN ของ {person_full_name} ไม่ถูกต้อง: ไม่มีสิ่งใดถูกเปลี่ยน (ลองได้อีก {left} ครั้งก่อนต้องรอ {wait_total_seconds} วินาที)</translation>
    </message>
    <message>
        <source>An approval PIN has {min_pin} to {max_pin} characters: nothing was changed.</source>
        <translation>PIN อนุมัติมี {min_pin} ถึง {max_pin} อักขระ: ไม่มีสิ่งใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>An approval PIN is not only spaces: nothing was changed.</source>
        <translation>PIN อนุมัติต้องไม่เป็นช่องว่างล้วน: ไม่มีสิ่งใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>You are signed in as {signed_name}: you set only your own approval PIN.</source>
        <translation>ท่านลงชื่อเข้าใช้ในนาม {signed_name}: ท่านตั้งได้เฉพาะ PIN อนุมัติของตนเอง</translation>
    </message>
    <message>
        <source>Too many wrong PINs for {person_full_name}: try again in {wait} seconds. Nothing was changed.</source>
        <translation>PIN ของ {person_full_name} ผิดหลายครั้งเกินไป: โปรดลองอีกครั้งใน {wait} วินาที ไม่มีสิ่งใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>Wrong PIN for {person_full_name}, {max_failures} times in a row: approvals in their name wait {seconds} seconds. Nothing was changed.</source>
        <translation>PIN ของ {person_full_name} ผิด {max_failures} ครั้งติดต่อกัน: การอนุมัติในนามของบุคคลนี้ต้องรอ {seconds} วินาที ไม่มีสิ่งใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>Wrong PIN for {person_full_name}: nothing was changed (1 more try before a {wait_total_seconds}-second wait).</source>
        <translation>PIN ของ {person_full_name} ไม่ถูกต้อง: ไม่มีสิ่งใดถูกเปลี่ยน (ลองได้อีก 1 ครั้งก่อนต้องรอ {wait_total_seconds} วินาที)</translation>
    </message>
    <message>
        <source>{person_full_name} has no approval PIN yet: they set their own (Approve dialog: Set or change my PIN…) before approving. Nothing was approved.</source>
        <translation>{person_full_name} ยังไม่มี PIN อนุมัติ: บุคคลนี้ต้องตั้ง PIN ของตนเองก่อน (หน้าต่างอนุมัติ: ตั้งหรือเปลี่ยน PIN ของฉัน…) จึงจะอนุมัติได้ ไม่มีสิ่งใดได้รับการอนุมัติ</translation>
    </message>
    <message>
        <source>{name} is not a PDF or a Word (.docx) file: only those are attached to a meeting. Nothing was attached.</source>
        <translation>{name} ไม่ใช่ไฟล์ PDF หรือ Word (.docx): แนบกับการประชุมได้เฉพาะไฟล์ชนิดนี้ ไม่มีสิ่งใดถูกแนบ</translation>
    </message>
    <message>
        <source>{path_name} is not a file that can be read. Nothing was attached.</source>
        <translation>{path_name} ไม่ใช่ไฟล์ที่อ่านได้ ไม่มีสิ่งใดถูกแนบ</translation>
    </message>
    <message>
        <source>{path_name} is {size}; a document attached to a meeting is at most {max_attachment_bytes}. Nothing was attached.</source>
        <translation>{path_name} มีขนาด {size} เอกสารที่แนบกับการประชุมมีขนาดได้ไม่เกิน {max_attachment_bytes} ไม่มีสิ่งใดถูกแนบ</translation>
    </message>
    <message>
        <source>{path_name} is empty. Nothing was attached.</source>
        <translation>{path_name} ว่างเปล่า ไม่มีสิ่งใดถูกแนบ</translation>
    </message>
    <message>
        <source>Document {document_id} no longer exists.</source>
        <translation>เอกสาร {document_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>{name} is a password-protected PDF: save it without the password first. Nothing was attached.</source>
        <translation>{name} เป็น PDF ที่ป้องกันด้วยรหัสผ่าน: โปรดบันทึกโดยไม่มีรหัสผ่านก่อน ไม่มีสิ่งใดถูกแนบ</translation>
    </message>
    <message>
        <source>{name} cannot be read as a PDF (it is damaged or incomplete). Nothing was attached.</source>
        <translation>อ่าน {name} เป็น PDF ไม่ได้ (ไฟล์เสียหายหรือไม่สมบูรณ์) ไม่มีสิ่งใดถูกแนบ</translation>
    </message>
    <message>
        <source>This meeting holds {count} documents already, the most a meeting takes. Remove one first. Nothing was attached.</source>
        <translation>การประชุมนี้มีเอกสาร {count} ฉบับแล้ว ซึ่งเป็นจำนวนสูงสุด โปรดนำออกหนึ่งฉบับก่อน ไม่มีสิ่งใดถูกแนบ</translation>
    </message>
    <message>
        <source>That item is not on this meeting&apos;s agenda.</source>
        <translation>ระเบียบวาระนั้นไม่ได้อยู่ในระเบียบวาระการประชุมของการประชุมนี้</translation>
    </message>
    <message>
        <source>{path_name} is not a backup of this store.</source>
        <translation>{path_name} ไม่ใช่สำรองข้อมูลของคลังข้อมูลนี้</translation>
    </message>
    <message>
        <source>The backup could not be put in place: {exc}.</source>
        <translation>นำสำรองข้อมูลเข้าที่ไม่ได้: {exc}</translation>
    </message>
    <message>
        <source>The backup could not be put in place: {why}. Nothing was changed.</source>
        <translation>นำสำรองข้อมูลเข้าที่ไม่ได้: {why} ไม่มีสิ่งใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>The backup could not be written: {exc}</source>
        <translation>เขียนสำรองข้อมูลไม่ได้: {exc}</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>บุคคลอื่น</translation>
    </message>
    <message>
        <source>Their change to {sections} is merged in already; only the sections both of you changed are shown, and your choice applies to them only.</source>
        <translation>การแก้ไขของอีกฝ่ายใน {sections} รวมเข้าไว้แล้ว แสดงเฉพาะส่วนที่ทั้งสองฝ่ายแก้ไข และตัวเลือกของคุณมีผลกับส่วนเหล่านั้นเท่านั้น</translation>
    </message>
    <message>
        <source>{target} already exists: nothing was written. Choose another file, or say that it is replaced (bundle export --force).</source>
        <translation>มี {target} อยู่แล้ว: ไม่ได้เขียนสิ่งใด เลือกไฟล์อื่น หรือระบุว่าให้แทนที่ (bundle export --force)</translation>
    </message>
    <message>
        <source>Choose a recipient member, or a passphrase for the bundle.</source>
        <translation>โปรดเลือกสมาชิกผู้รับ หรือวลีรหัสผ่านสำหรับชุดข้อมูลแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents name another sender than its signature: refused.</source>
        <translation>เนื้อหาของชุดข้อมูลแลกเปลี่ยนระบุผู้ส่งไม่ตรงกับลายมือชื่อ: ปฏิเสธ</translation>
    </message>
    <message>
        <source>This file is too large to be a bundle ({size:,} bytes).</source>
        <translation>ไฟล์นี้ใหญ่เกินกว่าจะเป็นชุดข้อมูลแลกเปลี่ยน ({size:,} ไบต์)</translation>
    </message>
    <message>
        <source>There is no file {p}.</source>
        <translation>ไม่มีไฟล์ {p}</translation>
    </message>
    <message>
        <source>{p} is a folder, not a bundle.</source>
        <translation>{p} เป็นโฟลเดอร์ ไม่ใช่ชุดข้อมูลแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>{p} cannot be read (permission denied).</source>
        <translation>อ่าน {p} ไม่ได้ (ไม่มีสิทธิ์)</translation>
    </message>
    <message>
        <source>The sender&apos;s private key is not in this store.</source>
        <translation>กุญแจส่วนตัวของผู้ส่งไม่อยู่ในคลังข้อมูลนี้</translation>
    </message>
    <message>
        <source>The recipient is not a member this store knows.</source>
        <translation>ผู้รับไม่ใช่สมาชิกที่คลังข้อมูลนี้รู้จัก</translation>
    </message>
    <message>
        <source>This bundle is signed by a key this store does not know (fingerprint {sender_fingerprint}): refused. If it is a member&apos;s, import their public key first (keys import), after comparing the fingerprint with them.</source>
        <translation>ชุดข้อมูลแลกเปลี่ยนนี้ลงนามด้วยกุญแจที่คลังข้อมูลนี้ไม่รู้จัก (ลายนิ้วมือ {sender_fingerprint}): ปฏิเสธ หากเป็นกุญแจของสมาชิก โปรดนำเข้ากุญแจสาธารณะของบุคคลนั้นก่อน (keys import) หลังจากเทียบลายนิ้วมือกับบุคคลนั้นแล้ว</translation>
    </message>
    <message>
        <source>The bundle&apos;s sender keys do not match the member&apos;s known keys: refused.</source>
        <translation>กุญแจผู้ส่งของชุดข้อมูลแลกเปลี่ยนไม่ตรงกับกุญแจที่รู้จักของสมาชิก: ปฏิเสธ</translation>
    </message>
    <message>
        <source>This bundle is {who}, whose private key is not in this store: it cannot be opened here. Nothing was changed.</source>
        <translation>ชุดข้อมูลแลกเปลี่ยนนี้เป็นของ {who} ซึ่งกุญแจส่วนตัวไม่อยู่ในคลังข้อมูลนี้: เปิดที่นี่ไม่ได้ ไม่มีสิ่งใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>This bundle is sealed under a passphrase: give it.</source>
        <translation>ชุดข้อมูลแลกเปลี่ยนนี้ปิดผนึกด้วยวลีรหัสผ่าน: โปรดระบุวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Give {seen_for_member}&apos;s key passphrase to open it.</source>
        <translation>โปรดระบุวลีรหัสผ่านกุญแจของ {seen_for_member} เพื่อเปิด</translation>
    </message>
    <message>
        <source>The bundle could not be written: {reason}</source>
        <translation>เขียนชุดข้อมูลแลกเปลี่ยนไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>Choose an earlier item to carry forward from.</source>
        <translation>โปรดเลือกระเบียบวาระก่อนหน้าที่จะยกท่าทีมา</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>ระเบียบวาระนี้ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>That item has no position to carry forward.</source>
        <translation>ระเบียบวาระนั้นไม่มีท่าทีให้ยกมา</translation>
    </message>
    <message>
        <source>head</source>
        <translation>หัวหน้าคณะผู้แทน</translation>
    </message>
    <message>
        <source>alternate</source>
        <translation>ผู้แทนสำรอง</translation>
    </message>
    <message>
        <source>member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>ผู้อ่าน</translation>
    </message>
    <message>
        <source>You can read this team store but not change it (your role: {role}). Ask the head of delegation for a member&apos;s sign-in.</source>
        <translation>คุณอ่านคลังข้อมูลกลางนี้ได้แต่แก้ไขไม่ได้ (บทบาทของคุณ: {role}) โปรดขอบัญชีลงชื่อเข้าใช้ของสมาชิกจากหัวหน้าคณะผู้แทน</translation>
    </message>
    <message>
        <source>The store is closed: nothing was saved.</source>
        <translation>คลังข้อมูลปิดอยู่: ไม่มีสิ่งใดถูกบันทึก</translation>
    </message>
    <message>
        <source>Person {person_id} no longer exists.</source>
        <translation>บุคคล {person_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>This counterpart is not linked to that item.</source>
        <translation>ผู้แทนฝ่ายอื่นรายนี้ไม่ได้เชื่อมโยงกับระเบียบวาระนั้น</translation>
    </message>
    <message>
        <source>Choose the person&apos;s delegation.</source>
        <translation>โปรดเลือกคณะผู้แทนของบุคคลนี้</translation>
    </message>
    <message>
        <source>A delegation with code {code} already exists.</source>
        <translation>มีคณะผู้แทนรหัส {code} อยู่แล้ว</translation>
    </message>
    <message>
        <source>Event {event_id} no longer exists.</source>
        <translation>งานประชุม {event_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Event {f_event_id} no longer exists.</source>
        <translation>งานประชุม {f_event_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>{what}: {value} is not a plausible year.</source>
        <translation>{what}: {value} ไม่ใช่ปีที่เป็นไปได้</translation>
    </message>
    <message>
        <source>The framework ends before it starts.</source>
        <translation>กรอบงานสิ้นสุดก่อนเริ่มต้น</translation>
    </message>
    <message>
        <source>No framework {code}.</source>
        <translation>ไม่มีกรอบงาน {code}</translation>
    </message>
    <message>
        <source>There is already a framework {code}.</source>
        <translation>มีกรอบงาน {code} อยู่แล้ว</translation>
    </message>
    <message>
        <source>A framework cannot sit under itself.</source>
        <translation>กรอบงานไม่สามารถอยู่ใต้ตัวเองได้</translation>
    </message>
    <message>
        <source>Framework {framework_id} no longer exists.</source>
        <translation>กรอบงาน {framework_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>{fw_code} already has {code}.</source>
        <translation>{fw_code} มี {code} อยู่แล้ว</translation>
    </message>
    <message>
        <source>An element cannot sit under itself.</source>
        <translation>องค์ประกอบไม่สามารถอยู่ใต้ตัวเองได้</translation>
    </message>
    <message>
        <source>Element {element_id} no longer exists.</source>
        <translation>องค์ประกอบ {element_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>{name} is {size}; an import takes at most {max_file_bytes}. Nothing was read.</source>
        <translation>{name} มีขนาด {size} การนำเข้ารับได้ไม่เกิน {max_file_bytes} ไม่ได้อ่านสิ่งใด</translation>
    </message>
    <message>
        <source>{name} has {lines:,} lines; an import takes at most {max_paragraphs:,}. Nothing was read.</source>
        <translation>{name} มี {lines:,} บรรทัด การนำเข้ารับได้ไม่เกิน {max_paragraphs:,} ไม่ได้อ่านสิ่งใด</translation>
    </message>
    <message>
        <source>{name} has {rows:,} {what}; an import takes at most {max_spreadsheet_rows:,}. Nothing was read.</source>
        <translation>{name} มี {rows:,} {what} การนำเข้ารับได้ไม่เกิน {max_spreadsheet_rows:,} ไม่ได้อ่านสิ่งใด</translation>
    </message>
    <message>
        <source>{name} has {pages:,} pages; an import takes at most {max_pdf_pages:,}. Nothing was read.</source>
        <translation>{name} มี {pages:,} หน้า การนำเข้ารับได้ไม่เกิน {max_pdf_pages:,} ไม่ได้อ่านสิ่งใด</translation>
    </message>
    <message>
        <source>{name} holds more than {max_xml_bytes} of text; an import takes at most {max_xml_bytes}. Nothing was read.</source>
        <translation>{name} มีข้อความมากกว่า {max_xml_bytes} การนำเข้ารับได้ไม่เกิน {max_xml_bytes} ไม่ได้อ่านสิ่งใด</translation>
    </message>
    <message>
        <source>{name} has more than {max_paragraphs:,} lines of text; an import takes at most {max_paragraphs:,}. Nothing was read.</source>
        <translation>{name} มีข้อความมากกว่า {max_paragraphs:,} บรรทัด การนำเข้ารับได้ไม่เกิน {max_paragraphs:,} ไม่ได้อ่านสิ่งใด</translation>
    </message>
    <message>
        <source>{name} holds {declared} of XML once unpacked; an import takes at most {max_xml_bytes}. Nothing was read.</source>
        <translation>{name} มี XML {declared} เมื่อแตกไฟล์ การนำเข้ารับได้ไม่เกิน {max_xml_bytes} ไม่ได้อ่านสิ่งใด</translation>
    </message>
    <message>
        <source>{name} has {count:,} paragraphs and table rows; an import takes at most {max_paragraphs:,}. Nothing was read.</source>
        <translation>{name} มีย่อหน้าและแถวตาราง {count:,} รายการ การนำเข้ารับได้ไม่เกิน {max_paragraphs:,} ไม่ได้อ่านสิ่งใด</translation>
    </message>
    <message>
        <source>{name} holds more than {max_xml_bytes} of XML once unpacked. Nothing was read.</source>
        <translation>{name} มี XML มากกว่า {max_xml_bytes} เมื่อแตกไฟล์ ไม่ได้อ่านสิ่งใด</translation>
    </message>
    <message>
        <source>Unknown tag {label}. Nothing was imported.</source>
        <translation>ไม่รู้จักแท็ก {label} ไม่มีสิ่งใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>{what}: it names {kind} {key}, which is not in the bundle.</source>
        <translation>{what}: อ้างถึง{kind} {key} ซึ่งไม่อยู่ในชุดข้อมูลแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>{what}: no delegation with code {code} ({label}).</source>
        <translation>{what}: ไม่มีคณะผู้แทนรหัส {code} ({label})</translation>
    </message>
    <message>
        <source>{kind} {k!r}: keys must be whole numbers.</source>
        <translation>{kind} {k!r}: คีย์ต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <source>{kind} {k}: the key is used twice in the bundle.</source>
        <translation>{kind} {k}: คีย์ถูกใช้สองครั้งในชุดข้อมูลแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>{what}: it names no {kind}.</source>
        <translation>{what}: ไม่ได้ระบุ{kind}</translation>
    </message>
    <message>
        <source>{w}: it ends before it starts.</source>
        <translation>{w}: สิ้นสุดก่อนเริ่มต้น</translation>
    </message>
    <message>
        <source>{w}: the estimated time is not plausible.</source>
        <translation>{w}: เวลาโดยประมาณไม่สมเหตุสมผล</translation>
    </message>
    <message>
        <source>{w}: the item has two positions in the bundle.</source>
        <translation>{w}: ระเบียบวาระนี้มีท่าทีสองรายการในชุดข้อมูลแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>{w}: it names no delegation.</source>
        <translation>{w}: ไม่ได้ระบุคณะผู้แทน</translation>
    </message>
    <message>
        <source>{w}: given twice in the bundle.</source>
        <translation>{w}: มีซ้ำสองครั้งในชุดข้อมูลแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>{w}: its agenda item is not on its meeting&apos;s agenda.</source>
        <translation>{w}: ระเบียบวาระของรายการนี้ไม่ได้อยู่ในระเบียบวาระการประชุมของการประชุม</translation>
    </message>
    <message>
        <source>{w}: the note is empty.</source>
        <translation>{w}: บันทึกว่างเปล่า</translation>
    </message>
    <message>
        <source>{what}: {exc}</source>
        <translation>{what}: {exc}</translation>
    </message>
    <message>
        <source>{what}: {exc} Nothing was imported.</source>
        <translation>{what}: {exc} ไม่มีสิ่งใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>{w}: its parent is on another agenda.</source>
        <translation>{w}: ระเบียบวาระหลักอยู่ในระเบียบวาระการประชุมอื่น</translation>
    </message>
    <message>
        <source>{w}: {exc} Nothing was imported.</source>
        <translation>{w}: {exc} ไม่มีสิ่งใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>Agenda item {start}: its parents form a loop.</source>
        <translation>ระเบียบวาระ {start}: ระเบียบวาระหลักวนกลับเป็นวงซ้ำ</translation>
    </message>
    <message>
        <source>Copies must be between 1 and {max_copies}.</source>
        <translation>จำนวนสำเนาต้องอยู่ระหว่าง 1 ถึง {max_copies}</translation>
    </message>
    <message>
        <source>A watermark prints the recipient&apos;s name: name the recipients first.</source>
        <translation>ลายน้ำพิมพ์ชื่อผู้รับ: โปรดระบุผู้รับก่อน</translation>
    </message>
    <message>
        <source>{value!r} is not one member of our delegation (our members: {names}).</source>
        <translation>{value!r} ไม่ตรงกับสมาชิกคนใดของคณะผู้แทนของเรา (สมาชิกของเรา: {names})</translation>
    </message>
    <message>
        <source>{value!r} is not exactly one member of our delegation (our members: {names}).</source>
        <translation>{value!r} ตรงกับสมาชิกของคณะผู้แทนของเรามากกว่าหนึ่งคน (สมาชิกของเรา: {names})</translation>
    </message>
    <message>
        <source>The issuer is a member of our delegation; {issuer_id} is not one (our members: {names}).</source>
        <translation>ผู้ออกเอกสารต้องเป็นสมาชิกคณะผู้แทนของเรา {issuer_id} ไม่ใช่สมาชิก (สมาชิกของเรา: {names})</translation>
    </message>
    <message>
        <source>Unknown framework {fw_code} in tag {label!r} (known: {frameworks}).</source>
        <translation>ไม่รู้จักกรอบงาน {fw_code} ในแท็ก {label!r} (ที่รู้จัก: {frameworks})</translation>
    </message>
    <message>
        <source>Unknown tag {tag}: add it under Frameworks first.</source>
        <translation>ไม่รู้จักแท็ก {tag}: โปรดเพิ่มในกรอบงานก่อน</translation>
    </message>
    <message>
        <source>This is not a member key (too long).</source>
        <translation>นี่ไม่ใช่กุญแจสมาชิก (ยาวเกินไป)</translation>
    </message>
    <message>
        <source>This is not a member key (it should start with {begin}).</source>
        <translation>นี่ไม่ใช่กุญแจสมาชิก (ควรขึ้นต้นด้วย {begin})</translation>
    </message>
    <message>
        <source>This member key is not readable (missing: {missing}).</source>
        <translation>อ่านกุญแจสมาชิกนี้ไม่ได้ (ขาด: {missing})</translation>
    </message>
    <message>
        <source>No member key matches {text!r} (known: {known}).</source>
        <translation>ไม่มีกุญแจสมาชิกที่ตรงกับ {text!r} (ที่รู้จัก: {known})</translation>
    </message>
    <message>
        <source>A key is made for a member of our own delegation; choose one of them.</source>
        <translation>กุญแจสร้างขึ้นสำหรับสมาชิกคณะผู้แทนของเราเท่านั้น โปรดเลือกหนึ่งในนั้น</translation>
    </message>
    <message>
        <source>This key text was changed after it was made (its signature fails): not imported.</source>
        <translation>ข้อความกุญแจนี้ถูกแก้ไขหลังจากสร้าง (ลายมือชื่อไม่ผ่าน): ไม่ได้นำเข้า</translation>
    </message>
    <message>
        <source>This is not {person_full_name}&apos;s store: they approve in their own store, and their approval arrives here signed by their key in a bundle.</source>
        <translation>นี่ไม่ใช่คลังข้อมูลของ {person_full_name}: บุคคลนั้นอนุมัติในคลังข้อมูลของตนเอง และการอนุมัติจะมาถึงที่นี่ในชุดข้อมูล โดยลงนามด้วยกุญแจของบุคคลนั้น</translation>
    </message>
    <message>
        <source>{reason} Nothing was changed.</source>
        <translation>{reason} ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>This store is {owner_name}&apos;s (their own key is here): make {person_full_name}&apos;s key in {person_full_name}&apos;s own store. Nothing was done.</source>
        <translation>คลังข้อมูลนี้เป็นของ {owner_name} (กุญแจของบุคคลนั้นเองอยู่ที่นี่): สร้างกุญแจของ {person_full_name} ในคลังข้อมูลของ {person_full_name} เอง ไม่มีการดำเนินการใด</translation>
    </message>
    <message>
        <source>This key text&apos;s fingerprint does not match its keys: not imported.</source>
        <translation>ลายนิ้วมือของข้อความกุญแจนี้ไม่ตรงกับกุญแจ: ไม่ได้นำเข้า</translation>
    </message>
    <message>
        <source>This key text names no member (a bad person id): not imported.</source>
        <translation>ข้อความกุญแจนี้ไม่ได้ระบุสมาชิก (รหัสบุคคลไม่ถูกต้อง): ไม่ได้นำเข้า</translation>
    </message>
    <message>
        <source>This key is of a member of {code}, not of ours ({ours}): not imported.</source>
        <translation>กุญแจนี้เป็นของสมาชิกของ {code} ไม่ใช่ของเรา ({ours}): ไม่ได้นำเข้า</translation>
    </message>
    <message>
        <source>This store has no delegation {code}: not imported.</source>
        <translation>คลังข้อมูลนี้ไม่มีคณะผู้แทน {code}: ไม่ได้นำเข้า</translation>
    </message>
    <message>
        <source>This member key is not readable (a line without a name).</source>
        <translation>อ่านกุญแจสมาชิกนี้ไม่ได้ (มีบรรทัดที่ไม่มีชื่อ)</translation>
    </message>
    <message>
        <source>Member key {key_id} no longer exists.</source>
        <translation>กุญแจสมาชิก {key_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>{person_full_name} already has a key in this store.</source>
        <translation>{person_full_name} มีกุญแจในคลังข้อมูลนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>You are signed in as {signed_name}: you make only your own key here. Nothing was changed.</source>
        <translation>คุณลงชื่อเข้าใช้ในนาม {signed_name}: คุณสร้างได้เฉพาะกุญแจของตนเองที่นี่ ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>This store knows {person_full_name}&apos;s public key (fingerprint {fingerprint}): their own key is made in their own store, not here. Nothing was done.</source>
        <translation>คลังข้อมูลนี้รู้จักกุญแจสาธารณะของ {person_full_name} แล้ว (ลายนิ้วมือ {fingerprint}): กุญแจของบุคคลนั้นต้องสร้างในคลังข้อมูลของบุคคลนั้นเอง ไม่ใช่ที่นี่ ไม่มีการดำเนินการใด</translation>
    </message>
    <message>
        <source>This member&apos;s private key is not in this store.</source>
        <translation>กุญแจส่วนตัวของสมาชิกรายนี้ไม่อยู่ในคลังข้อมูลนี้</translation>
    </message>
    <message>
        <source>No record has that number: records are numbered from 1 to 2147483647. Nothing was changed.</source>
        <translation>ไม่มีระเบียนใดมีหมายเลขนี้: ระเบียนมีหมายเลขตั้งแต่ 1 ถึง 2147483647 ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>This bundle is sealed to a key this store does not know (the keys whose private part is here: {own_keys}): ask {sender} to send it to one of them. Nothing was changed.</source>
        <translation>ชุดข้อมูลแลกเปลี่ยนนี้ปิดผนึกถึงกุญแจที่คลังข้อมูลนี้ไม่รู้จัก (กุญแจซึ่งมีกุญแจส่วนตัวอยู่ที่นี่: {own_keys}): โปรดขอให้ {sender} ส่งถึงกุญแจดอกใดดอกหนึ่งในนั้น ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>This bundle is sealed to a key this store does not know, and this store holds no member&apos;s private key: ask {sender} to send it to the store that holds yours. Nothing was changed.</source>
        <translation>ชุดข้อมูลแลกเปลี่ยนนี้ปิดผนึกถึงกุญแจที่คลังข้อมูลนี้ไม่รู้จัก และคลังข้อมูลนี้ไม่มีกุญแจส่วนตัวของสมาชิกคนใด: โปรดขอให้ {sender} ส่งไปยังคลังข้อมูลที่มีกุญแจของคุณ ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>A team store on a server is not encrypted with a passphrase (its server and its members&apos; logins protect it): copy to it without one.</source>
        <translation>คลังข้อมูลกลางบนเซิร์ฟเวอร์ไม่ได้เข้ารหัสด้วยวลีรหัสผ่าน (เซิร์ฟเวอร์และบัญชีของสมาชิกแต่ละคนเป็นผู้ป้องกัน): ให้คัดลอกไปโดยไม่ใช้วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Signed in as {member}, a copy can hold only your own private key: give your own person with --for, or leave it out. Nothing was written.</source>
        <translation>คุณลงชื่อเข้าใช้ในนาม {member} สำเนาจึงเก็บได้เฉพาะกุญแจส่วนตัวของคุณเอง: ระบุตัวคุณเองด้วย --for หรือไม่ต้องระบุ ไม่มีสิ่งใดถูกเขียน</translation>
    </message>
    <message>
        <source>This is {key_name}&apos;s key: signed in as {signed_name}, you use only your own key here. Nothing was changed.</source>
        <translation>นี่คือกุญแจของ {key_name}: คุณลงชื่อเข้าใช้ในนาม {signed_name} จึงใช้ได้เฉพาะกุญแจของตนเองที่นี่ ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>Only the head of delegation or the store&apos;s owner adds a key in another person&apos;s name: this key is {key_name}&apos;s, and you are signed in as {signed_name}. Send it to the head to import. Nothing was changed.</source>
        <translation>เฉพาะหัวหน้าคณะผู้แทนหรือเจ้าของคลังข้อมูลเท่านั้นที่เพิ่มกุญแจในนามของบุคคลอื่นได้: กุญแจนี้เป็นของ {key_name} และท่านลงชื่อเข้าใช้ในนาม {signed_name} โปรดส่งกุญแจนี้ให้หัวหน้าคณะผู้แทนเป็นผู้นำเข้า ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>The key could not be saved: {reason}</source>
        <translation>บันทึกกุญแจไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>This brief is not approved: there is no approval to sign.</source>
        <translation>ท่าทีนี้ยังไม่ได้รับอนุมัติ: ไม่มีการอนุมัติให้ลงนาม</translation>
    </message>
    <message>
        <source>This brief&apos;s approver is no longer in this store.</source>
        <translation>ผู้อนุมัติท่าทีนี้ไม่อยู่ในคลังข้อมูลนี้แล้ว</translation>
    </message>
    <message>
        <source>{approver_full_name} has no key in this store: make one first (keys create).</source>
        <translation>{approver_full_name} ไม่มีกุญแจในคลังข้อมูลนี้: โปรดสร้างก่อน (keys create)</translation>
    </message>
    <message>
        <source>This point to make no longer exists (the brief was changed): reload the item.</source>
        <translation>ประเด็นที่จะกล่าวนี้ไม่มีอยู่แล้ว (ท่าทีถูกแก้ไข): โปรดโหลดระเบียบวาระใหม่</translation>
    </message>
    <message>
        <source>The agenda item is not on this meeting&apos;s agenda.</source>
        <translation>ระเบียบวาระนี้ไม่ได้อยู่ในระเบียบวาระการประชุมของการประชุมนี้</translation>
    </message>
    <message>
        <source>This event has no Ministers&apos; meeting: create it (File &gt; New meeting…) first.</source>
        <translation>งานประชุมนี้ไม่มีการประชุมรัฐมนตรี: โปรดสร้างก่อน (ไฟล์ &gt; การประชุมใหม่…)</translation>
    </message>
    <message>
        <source>No outcome of this meeting is marked for the Ministers&apos; consideration yet.</source>
        <translation>ยังไม่มีผลการประชุมใดของการประชุมนี้ที่ระบุให้รัฐมนตรีพิจารณา</translation>
    </message>
    <message>
        <source>Outcome {outcome_id} no longer exists.</source>
        <translation>ผลการประชุม {outcome_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Meeting {som_meeting_id} no longer exists.</source>
        <translation>การประชุม {som_meeting_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>“{doc_title}” already says this ({current_label}): nothing new to write.</source>
        <translation>“{doc_title}” ระบุเช่นนี้อยู่แล้ว ({current_label}): ไม่มีสิ่งใหม่ที่จะเขียน</translation>
    </message>
    <message>
        <source>Say what the Ministers decide: the text of the decision is empty.</source>
        <translation>โปรดระบุสิ่งที่รัฐมนตรีตัดสินใจ: ข้อความของข้อตัดสินใจว่างเปล่า</translation>
    </message>
    <message>
        <source>{action!r} is not what Ministers do ({choices}).</source>
        <translation>{action!r} ไม่ใช่สิ่งที่รัฐมนตรีดำเนินการ ({choices})</translation>
    </message>
    <message>
        <source>That agenda item of the Ministers no longer exists.</source>
        <translation>ระเบียบวาระนั้นของรัฐมนตรีไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>{target} is not on a Ministers&apos; meeting agenda.</source>
        <translation>{target} ไม่ได้อยู่ในระเบียบวาระการประชุมรัฐมนตรี</translation>
    </message>
    <message>
        <source>The document has no revision yet: import one first.</source>
        <translation>เอกสารนี้ยังไม่มีฉบับแก้ไข: โปรดนำเข้าหนึ่งฉบับก่อน</translation>
    </message>
    <message>
        <source>Say which delegation is ours first (View &gt; Our delegation): our amendments are tracked changes in its name.</source>
        <translation>โปรดระบุก่อนว่าคณะผู้แทนใดเป็นของเรา (มุมมอง &gt; คณะผู้แทนของเรา): ข้อเสนอแก้ไขของเราเป็นการติดตามการเปลี่ยนแปลงในนามคณะผู้แทนนั้น</translation>
    </message>
    <message>
        <source>{state!r} is not an amendment state ({choices}).</source>
        <translation>{state!r} ไม่ใช่สถานะของข้อเสนอแก้ไข ({choices})</translation>
    </message>
    <message>
        <source>A heading is not negotiated: amend a paragraph under it.</source>
        <translation>หัวข้อไม่ได้เป็นส่วนที่เจรจา: โปรดเสนอแก้ไขย่อหน้าที่อยู่ใต้หัวข้อ</translation>
    </message>
    <message>
        <source>Write the new paragraph we propose: the text is empty.</source>
        <translation>โปรดเขียนย่อหน้าใหม่ที่เราเสนอ: ข้อความว่างเปล่า</translation>
    </message>
    <message>
        <source>Our text is the paragraph as it stands: change some words (or leave it empty to propose deleting the paragraph).</source>
        <translation>ข้อความของเราเหมือนย่อหน้าเดิม: โปรดเปลี่ยนถ้อยคำบางส่วน (หรือเว้นว่างเพื่อเสนอให้ลบย่อหน้า)</translation>
    </message>
    <message>
        <source>The agenda item linked to the amendment no longer exists.</source>
        <translation>ระเบียบวาระที่เชื่อมโยงกับข้อเสนอแก้ไขไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Amendment {amendment_id} no longer exists.</source>
        <translation>ข้อเสนอแก้ไข {amendment_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Revision {revision_id} no longer exists.</source>
        <translation>ฉบับแก้ไข {revision_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>{source_name} does not look like a revision of “{title}” ({last}): {why}. Nothing was imported. If it is another document, import it as a new one.</source>
        <translation>{source_name} ดูไม่เหมือนฉบับแก้ไขของ “{title}” ({last}): {why} ไม่มีสิ่งใดถูกนำเข้า หากเป็นเอกสารอื่น โปรดนำเข้าเป็นเอกสารใหม่</translation>
    </message>
    <message>
        <source>{kind!r} is not a kind of outcome document ({choices}).</source>
        <translation>{kind!r} ไม่ใช่ชนิดของเอกสารผลการประชุม ({choices})</translation>
    </message>
    <message>
        <source>“{doc_title}” belongs to the {other_title}, not to this meeting: nothing was imported.</source>
        <translation>“{doc_title}” เป็นของ {other_title} ไม่ใช่ของการประชุมนี้: ไม่มีสิ่งใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>No revision {missing!r} of this document (its revisions: {known}).</source>
        <translation>เอกสารนี้ไม่มีฉบับแก้ไข {missing!r} (ฉบับแก้ไขที่มี: {known})</translation>
    </message>
    <message>
        <source>{old_label} is not older than {new_label}: give the older one first.</source>
        <translation>{old_label} ไม่ได้เก่ากว่า {new_label}: โปรดระบุฉบับที่เก่ากว่าก่อน</translation>
    </message>
    <message>
        <source>{source_name} is the file already imported as {prev_label}: nothing was imported.</source>
        <translation>{source_name} เป็นไฟล์ที่นำเข้าไว้แล้วในชื่อ {prev_label}: ไม่มีสิ่งใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>“{document}” already has a revision labelled {wanted}: nothing was imported. Give the new one another label.</source>
        <translation>“{document}” มีฉบับแก้ไขที่ชื่อ {wanted} อยู่แล้ว: ไม่มีสิ่งใดถูกนำเข้า โปรดตั้งชื่ออื่นให้ฉบับใหม่</translation>
    </message>
    <message>
        <source>{status!r} is not a paragraph status ({choices}).</source>
        <translation>{status!r} ไม่ใช่สถานะของย่อหน้า ({choices})</translation>
    </message>
    <message>
        <source>Those paragraphs belong to different revisions.</source>
        <translation>ย่อหน้าเหล่านั้นอยู่คนละฉบับแก้ไข</translation>
    </message>
    <message>
        <source>Only the newest revision ({newest_label}) can be removed; {rev_label} has later revisions.</source>
        <translation>นำออกได้เฉพาะฉบับแก้ไขล่าสุด ({newest_label}) เท่านั้น {rev_label} มีฉบับแก้ไขที่ใหม่กว่า</translation>
    </message>
    <message>
        <source>{ours} of our amendments were written on {rev_label}: move or delete them first.</source>
        <translation>ข้อเสนอแก้ไขของเรา {ours} รายการเขียนไว้บน {rev_label}: โปรดย้ายหรือลบก่อน</translation>
    </message>
    <message>
        <source>That agenda item is not on this meeting&apos;s agenda.</source>
        <translation>ระเบียบวาระนั้นไม่ได้อยู่ในระเบียบวาระการประชุมของการประชุมนี้</translation>
    </message>
    <message>
        <source>{name} cannot be read as a Word document ({exc_name}). Nothing was imported.</source>
        <translation>อ่าน {name} เป็นเอกสาร Word ไม่ได้ ({exc_name}) ไม่มีสิ่งใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>{name} cannot be read as a Word document (it may be damaged, or another kind of file). Nothing was imported. ({exc_name})</source>
        <translation>อ่าน {name} เป็นเอกสาร Word ไม่ได้ (ไฟล์อาจเสียหาย หรือเป็นไฟล์ชนิดอื่น) ไม่มีสิ่งใดถูกนำเข้า ({exc_name})</translation>
    </message>
    <message>
        <source>There is no folder {target_parent}: nothing was written.</source>
        <translation>ไม่มีโฟลเดอร์ {target_parent}: ไม่มีสิ่งใดถูกเขียน</translation>
    </message>
    <message>
        <source>{target_name}: the export is a Word file; give a name ending in .docx.</source>
        <translation>{target_name}: ไฟล์ส่งออกเป็นไฟล์ Word โปรดตั้งชื่อที่ลงท้ายด้วย .docx</translation>
    </message>
    <message>
        <source>The pasted text is empty: there is nothing to import.</source>
        <translation>ข้อความที่วางว่างเปล่า: ไม่มีสิ่งที่จะนำเข้า</translation>
    </message>
    <message>
        <source>No paragraph was found in the text: nothing to import.</source>
        <translation>ไม่พบย่อหน้าในข้อความ: ไม่มีสิ่งที่จะนำเข้า</translation>
    </message>
    <message>
        <source>{path_name} cannot be read: {reason}.</source>
        <translation>อ่าน {path_name} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>{path_name} is neither a Word .docx nor UTF-8 text. Save it as .docx or as UTF-8 text and import that.</source>
        <translation>{path_name} ไม่ใช่ทั้ง Word .docx และข้อความ UTF-8 โปรดบันทึกเป็น .docx หรือข้อความ UTF-8 แล้วนำเข้าไฟล์นั้น</translation>
    </message>
    <message>
        <source>Outcome document {document_id} no longer exists.</source>
        <translation>เอกสารผลการประชุม {document_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Paragraph {paragraph_id} no longer exists.</source>
        <translation>ย่อหน้า {paragraph_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>A heading has no brackets to lift.</source>
        <translation>หัวข้อไม่มีวงเล็บให้ถอด</translation>
    </message>
    <message>
        <source>Delegation {delegation_id} no longer exists.</source>
        <translation>คณะผู้แทน {delegation_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>The note is empty: type what was said before saving.</source>
        <translation>บันทึกว่างเปล่า: โปรดพิมพ์สิ่งที่มีการกล่าวก่อนบันทึก</translation>
    </message>
    <message>
        <source>The speaker&apos;s delegation does not exist.</source>
        <translation>คณะผู้แทนของผู้กล่าวไม่มีอยู่</translation>
    </message>
    <message>
        <source>The speaker does not exist.</source>
        <translation>ผู้กล่าวไม่มีอยู่</translation>
    </message>
    <message>
        <source>The speaker is not in that delegation.</source>
        <translation>ผู้กล่าวไม่ได้อยู่ในคณะผู้แทนนั้น</translation>
    </message>
    <message>
        <source>Say what the meeting decided: the outcome text is empty.</source>
        <translation>โปรดระบุสิ่งที่ที่ประชุมตัดสินใจ: ข้อความผลการประชุมว่างเปล่า</translation>
    </message>
    <message>
        <source>{verb!r} is not an outcome verb ({choices}).</source>
        <translation>{verb!r} ไม่ใช่คำกริยาของผลการประชุม ({choices})</translation>
    </message>
    <message>
        <source>The note this outcome comes from no longer exists.</source>
        <translation>บันทึกที่เป็นที่มาของผลการประชุมนี้ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>There is no issued pack {issue_id} in the register.</source>
        <translation>ไม่มีแฟ้มบรีฟที่ออกแล้ว {issue_id} ในทะเบียน</translation>
    </message>
    <message>
        <source>No position has changed since {base_reference} was issued: no addendum is needed.</source>
        <translation>ไม่มีท่าทีใดเปลี่ยนแปลงนับตั้งแต่ออก {base_reference}: ไม่จำเป็นต้องมีเอกสารเพิ่มเติม</translation>
    </message>
    <message>
        <source>Nothing that {audience_label} may read has changed since {base_reference} was issued: no addendum is needed.</source>
        <translation>ไม่มีสิ่งใดที่ {audience_label} อ่านได้เปลี่ยนแปลงนับตั้งแต่ออก {base_reference}: ไม่จำเป็นต้องมีเอกสารเพิ่มเติม</translation>
    </message>
    <message>
        <source>A pack appends at most {max_annexes} documents ({count_ids} chosen).</source>
        <translation>แฟ้มบรีฟแนบเอกสารได้ไม่เกิน {max_annexes} ฉบับ (เลือกไว้ {count_ids} ฉบับ)</translation>
    </message>
    <message>
        <source>A document is chosen twice as an annex.</source>
        <translation>มีเอกสารถูกเลือกเป็นภาคผนวกสองครั้ง</translation>
    </message>
    <message>
        <source>Document {doc_id} no longer exists.</source>
        <translation>เอกสาร {doc_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>{label} is attached to a meeting of another event: a pack appends only its own event&apos;s documents.</source>
        <translation>{label} แนบอยู่กับการประชุมของงานประชุมอื่น: แฟ้มบรีฟแนบได้เฉพาะเอกสารของงานประชุมของตนเอง</translation>
    </message>
    <message>
        <source>{label} is a Word file: only PDF documents are appended to a pack (save it as PDF and attach that).</source>
        <translation>{label} เป็นไฟล์ Word: แฟ้มบรีฟแนบได้เฉพาะเอกสาร PDF (โปรดบันทึกเป็น PDF แล้วแนบไฟล์นั้น)</translation>
    </message>
    <message>
        <source>The chosen annexes come to more than {max_annex_bytes}: choose fewer.</source>
        <translation>ภาคผนวกที่เลือกมีขนาดรวมเกิน {max_annex_bytes}: โปรดเลือกให้น้อยลง</translation>
    </message>
    <message>
        <source>There is no event {event_id} in this store.</source>
        <translation>ไม่มีงานประชุม {event_id} ในคลังข้อมูลนี้</translation>
    </message>
    <message>
        <source>Item {stray} is not on the agenda of the chosen meetings.</source>
        <translation>ระเบียบวาระ {stray} ไม่ได้อยู่ในระเบียบวาระการประชุมของการประชุมที่เลือก</translation>
    </message>
    <message>
        <source>{out} is a folder: give a file name ending in {suffix}.</source>
        <translation>{out} เป็นโฟลเดอร์: โปรดระบุชื่อไฟล์ที่ลงท้ายด้วย {suffix}</translation>
    </message>
    <message>
        <source>The folder {out_parent} does not exist.</source>
        <translation>ไม่มีโฟลเดอร์ {out_parent}</translation>
    </message>
    <message>
        <source>Could not write {where}: {reason}. Nothing was issued and no existing file was changed.</source>
        <translation>เขียน {where} ไม่ได้: {reason} ไม่มีสิ่งใดถูกออกและไม่มีไฟล์เดิมใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>{out_name} does not end in {suffix}: the file written is {kind}. Give a name such as {out_stem}{suffix}.</source>
        <translation>{out_name} ไม่ได้ลงท้ายด้วย {suffix}: ไฟล์ที่เขียนเป็น {kind} โปรดตั้งชื่อเช่น {out_stem}{suffix}</translation>
    </message>
    <message>
        <source>Meeting {stray} is not part of event {event_id} ({event_title}).</source>
        <translation>การประชุม {stray} ไม่ได้เป็นส่วนหนึ่งของงานประชุม {event_id} ({event_title})</translation>
    </message>
    <message>
        <source>{reference} was issued meanwhile (by another member?): nothing was recorded. Issue it again: it takes the next free number.</source>
        <translation>{reference} ถูกออกไปแล้วในระหว่างนี้ (โดยสมาชิกคนอื่น?): ไม่มีการบันทึกใด ๆ ออกอีกครั้ง: จะใช้หมายเลขว่างถัดไป</translation>
    </message>
    <message>
        <source>{r_reference} was issued by another member meanwhile: nothing was recorded. Prepare the addendum again (it takes the next number).</source>
        <translation>{r_reference} ถูกออกโดยสมาชิกคนอื่นในระหว่างนี้: ไม่มีสิ่งใดถูกบันทึก โปรดจัดทำเอกสารเพิ่มเติมอีกครั้ง (จะได้เลขถัดไป)</translation>
    </message>
    <message>
        <source>{r_reference} was issued by another member meanwhile: nothing was recorded. Issue the pack again (it takes the next reference).</source>
        <translation>{r_reference} ถูกออกโดยสมาชิกคนอื่นในระหว่างนี้: ไม่มีสิ่งใดถูกบันทึก โปรดออกแฟ้มบรีฟอีกครั้ง (จะได้เลขอ้างอิงถัดไป)</translation>
    </message>
    <message>
        <source>{reference} was already issued (issue {issue_id}, for {audience_reader}): each issue takes a number of its own. Give another reference, or leave it empty for the next free one ({next_free}). Nothing was built.</source>
        <translation>{reference} ถูกออกไปแล้ว (ฉบับที่ออก {issue_id} สำหรับ {audience_reader}): การออกแต่ละครั้งใช้หมายเลขของตนเอง ให้ใช้เลขอ้างอิงอื่น หรือเว้นว่างไว้เพื่อใช้หมายเลขว่างถัดไป ({next_free}) ไม่มีการสร้างเอกสาร</translation>
    </message>
    <message>
        <source>An addendum cannot be marked {cls}: the pack it adds to is {base}. Mark it {base} or higher ({choices}).</source>
        <translation>เอกสารเพิ่มเติมจะกำหนดชั้นความลับ {cls} ไม่ได้: แฟ้มบรีฟที่เพิ่มเติมมีชั้นความลับ {base} โปรดกำหนดเป็น {base} หรือสูงกว่า ({choices})</translation>
    </message>
    <message>
        <source>{cls} is not one of this store&apos;s classifications: {choices} (Settings change the list).</source>
        <translation>{cls} ไม่ใช่ชั้นความลับของคลังข้อมูลนี้: {choices} (แก้ไขรายการได้ในการตั้งค่า)</translation>
    </message>
    <message>
        <source>{what} for {reader} cannot be marked {cls}: this store issues it at {minimum} or higher ({choices}). Mark it higher, choose another audience, or change the minimum in Settings.</source>
        <translation>{what}สำหรับ{reader} จะกำหนดชั้นความลับ {cls} ไม่ได้: คลังข้อมูลนี้ออกที่ระดับ {minimum} หรือสูงกว่า ({choices}) โปรดกำหนดให้สูงขึ้น เลือกกลุ่มผู้อ่านอื่น หรือเปลี่ยนระดับต่ำสุดในการตั้งค่า</translation>
    </message>
    <message>
        <source>Notes per item must be between 0 and {max_notes_per_item:,}.</source>
        <translation>จำนวนบันทึกต่อระเบียบวาระต้องอยู่ระหว่าง 0 ถึง {max_notes_per_item:,}</translation>
    </message>
    <message>
        <source>There is no event {r_event_id} in this store.</source>
        <translation>ไม่มีงานประชุม {r_event_id} ในคลังข้อมูลนี้</translation>
    </message>
    <message>
        <source>A pack for {reader} cannot hold {refused}. Its sections: {allowed}.</source>
        <translation>แฟ้มบรีฟสำหรับ{reader}จะมี{refused}ไม่ได้ ส่วนที่มีได้: {allowed}</translation>
    </message>
    <message>
        <source>Choose at least one section for the pack.</source>
        <translation>โปรดเลือกอย่างน้อยหนึ่งส่วนสำหรับแฟ้มบรีฟ</translation>
    </message>
    <message>
        <source>There is no issued pack {base_issue} in the register.</source>
        <translation>ไม่มีแฟ้มบรีฟที่ออกแล้ว {base_issue} ในทะเบียน</translation>
    </message>
    <message>
        <source>Issue {base_issue} ({issue_reference}) is a meeting report: an addendum is to a briefing pack.</source>
        <translation>รายการ {base_issue} ({issue_reference}) เป็นรายงานการประชุม: เอกสารเพิ่มเติมใช้กับแฟ้มบรีฟเท่านั้น</translation>
    </message>
    <message>
        <source>An addendum keeps its pack&apos;s audience: {issue_reference} was issued for {audience_reader}, not {audience_reader2}.</source>
        <translation>เอกสารเพิ่มเติมใช้กลุ่มผู้อ่านเดียวกับแฟ้มบรีฟ: {issue_reference} ออกสำหรับ{audience_reader} ไม่ใช่{audience_reader2}</translation>
    </message>
    <message>
        <source>A pack for {audience_label} holds no annexes: the meeting documents are appended only with the list of annexes. Nothing was built.</source>
        <translation>แฟ้มบรีฟสำหรับ{audience_label}ไม่มีภาคผนวก: เอกสารการประชุมจะแนบเฉพาะเมื่อมีรายการภาคผนวก ไม่ได้สร้างสิ่งใด</translation>
    </message>
    <message>
        <source>This position was changed elsewhere since you opened it (now version {p_version_no}). Reload it before saving.</source>
        <translation>ท่าทีนี้ถูกแก้ไขที่อื่นตั้งแต่ท่านเปิด (ขณะนี้เป็นฉบับที่ {p_version_no}) โปรดโหลดใหม่ก่อนบันทึก</translation>
    </message>
    <message>
        <source>This position was approved (version {p_approved_version_no}, by {value}). Editing it returns it to draft; the approved version stays in the history.</source>
        <translation>ท่าทีนี้ได้รับอนุมัติแล้ว (ฉบับที่ {p_approved_version_no} โดย {value}) การแก้ไขจะทำให้กลับเป็นร่าง ฉบับที่อนุมัติยังคงอยู่ในประวัติ</translation>
    </message>
    <message>
        <source>Version {version_no} of this position does not exist.</source>
        <translation>ไม่มีท่าทีฉบับที่ {version_no}</translation>
    </message>
    <message>
        <source>No delegation with code {t_delegation_code}.</source>
        <translation>ไม่มีคณะผู้แทนรหัส {t_delegation_code}</translation>
    </message>
    <message>
        <source>Putting the approval back is an approval again: it needs the approver&apos;s own PIN (Approve…). Nothing was changed.</source>
        <translation>การคืนสถานะอนุมัติคือการอนุมัติอีกครั้ง: ต้องใช้ PIN ของผู้อนุมัติเอง (อนุมัติ…) ไม่มีสิ่งใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>This item has no position to restore.</source>
        <translation>ระเบียบวาระนี้ไม่มีท่าทีให้กู้คืน</translation>
    </message>
    <message>
        <source>Write the position first: there is nothing to submit yet.</source>
        <translation>โปรดเขียนท่าทีก่อน: ยังไม่มีสิ่งใดให้ส่ง</translation>
    </message>
    <message>
        <source>The brief was saved again since this step: it cannot be undone or redone any more. Change its status with the buttons.</source>
        <translation>ท่าทีถูกบันทึกอีกครั้งหลังขั้นตอนนี้: ยกเลิกหรือทำซ้ำไม่ได้อีกแล้ว โปรดเปลี่ยนสถานะด้วยปุ่ม</translation>
    </message>
    <message>
        <source>Putting the approval back is an approval again, in the approver&apos;s own name: you are signed in as {signed_name}. Nothing was changed.</source>
        <translation>การคืนสถานะอนุมัติคือการอนุมัติอีกครั้งในนามของผู้อนุมัติเอง: ท่านลงชื่อเข้าใช้ในนาม {signed_name} ไม่มีสิ่งใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>This item no longer has a position.</source>
        <translation>ระเบียบวาระนี้ไม่มีท่าทีแล้ว</translation>
    </message>
    <message>
        <source>There is no position on this item to approve yet.</source>
        <translation>ระเบียบวาระนี้ยังไม่มีท่าทีให้อนุมัติ</translation>
    </message>
    <message>
        <source>Choose who approves the position.</source>
        <translation>โปรดเลือกผู้อนุมัติท่าที</translation>
    </message>
    <message>
        <source>The position is already {status_label}.</source>
        <translation>ท่าทีนี้อยู่ในสถานะ{status_label}แล้ว</translation>
    </message>
    <message>
        <source>An approved position goes back to draft before review.</source>
        <translation>ท่าทีที่อนุมัติแล้วต้องกลับเป็นร่างก่อนส่งตรวจ</translation>
    </message>
    <message>
        <source>This is a trip copy of the team store {team}: an approval made here could not be brought back (the team store takes an approval only from the approver signed in to it). Nothing was approved. Send the brief for review here, and approve it in the team store once the copy is back.</source>
        <translation>นี่คือสำเนาเดินทางของคลังข้อมูลกลาง {team}: การอนุมัติที่ทำที่นี่จะนำกลับไม่ได้ (คลังข้อมูลกลางรับการอนุมัติจากผู้อนุมัติที่ลงชื่อเข้าใช้คลังนั้นเท่านั้น) ยังไม่มีการอนุมัติใด ๆ ส่งท่าทีให้ตรวจที่นี่ แล้วอนุมัติในคลังข้อมูลกลางเมื่อนำสำเนากลับแล้ว</translation>
    </message>
    <message>
        <source>Only the head of delegation or the alternate approves a brief: you are signed in as {signed_name} ({signed_role}).</source>
        <translation>เฉพาะหัวหน้าคณะผู้แทนหรือผู้แทนสำรองเท่านั้นที่อนุมัติท่าที: ท่านลงชื่อเข้าใช้ในนาม {signed_name} ({signed_role})</translation>
    </message>
    <message>
        <source>An approval is your own act: you are signed in as {signed_name}, so you approve in your own name; another approver signs in to approve.</source>
        <translation>การอนุมัติเป็นการกระทำของท่านเอง: ท่านลงชื่อเข้าใช้ในนาม {signed_name} จึงอนุมัติในนามของท่านเอง ผู้อนุมัติคนอื่นต้องลงชื่อเข้าใช้เพื่ออนุมัติ</translation>
    </message>
    <message>
        <source>This position is already approved (version {p_approved_version_no}).</source>
        <translation>ท่าทีนี้ได้รับอนุมัติแล้ว (ฉบับที่ {p_approved_version_no})</translation>
    </message>
    <message>
        <source>Set our delegation (View &gt; Our delegation) before approving positions.</source>
        <translation>โปรดกำหนดคณะผู้แทนของเรา (มุมมอง &gt; คณะผู้แทนของเรา) ก่อนอนุมัติท่าที</translation>
    </message>
    <message>
        <source>A position is approved by a member of our own delegation ({ours}); choose one of them.</source>
        <translation>ท่าทีต้องได้รับอนุมัติโดยสมาชิกคณะผู้แทนของเรา ({ours}) โปรดเลือกหนึ่งในนั้น</translation>
    </message>
    <message>
        <source>Only the head of delegation or the alternate approves a brief: {person_name}&apos;s role in our delegation is {role}. Nothing was approved.</source>
        <translation>เฉพาะหัวหน้าคณะผู้แทนหรือผู้แทนสำรองเท่านั้นที่อนุมัติท่าทีได้: บทบาทของ {person_name} ในคณะผู้แทนของเราคือ {role} ไม่มีการอนุมัติใด</translation>
    </message>
    <message>
        <source>The approver has no key of their own in this store: there is nothing to sign the approval with. Nothing was approved.</source>
        <translation>ผู้อนุมัติไม่มีกุญแจของตนเองในคลังข้อมูลนี้: ไม่มีสิ่งใดใช้ลงนามการอนุมัติได้ ไม่มีการอนุมัติใด</translation>
    </message>
    <message>
        <source>Give the start time as well as the end time.</source>
        <translation>โปรดระบุทั้งเวลาเริ่มและเวลาสิ้นสุด</translation>
    </message>
    <message>
        <source>“{label}” cannot end before it starts.</source>
        <translation>“{label}” จะสิ้นสุดก่อนเริ่มต้นไม่ได้</translation>
    </message>
    <message>
        <source>A meeting&apos;s programme holds at most {max_entries} entries.</source>
        <translation>กำหนดการของการประชุมมีได้ไม่เกิน {max_entries} รายการ</translation>
    </message>
    <message>
        <source>Programme entry {entry_id} no longer exists.</source>
        <translation>รายการกำหนดการ {entry_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>The mapping does not match the file&apos;s columns.</source>
        <translation>การจับคู่ไม่ตรงกับคอลัมน์ของไฟล์</translation>
    </message>
    <message>
        <source>{name}: no column holds the project code (the headers read were: {headers}). Map one column to Code; projects are matched by their code. Nothing was imported.</source>
        <translation>{name}: ไม่มีคอลัมน์ที่เป็นรหัสโครงการ (หัวคอลัมน์ที่อ่านได้: {headers}) โปรดจับคู่หนึ่งคอลัมน์กับ Code เพราะโครงการจับคู่ด้วยรหัส ไม่มีสิ่งใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>Two columns are mapped to {fields}.</source>
        <translation>มีสองคอลัมน์ที่จับคู่กับ {fields}</translation>
    </message>
    <message>
        <source>{v!r} is not a field (choose from {fields}).</source>
        <translation>{v!r} ไม่ใช่ฟิลด์ (เลือกจาก {fields})</translation>
    </message>
    <message>
        <source>The file has no column {k!r}.</source>
        <translation>ไฟล์ไม่มีคอลัมน์ {k!r}</translation>
    </message>
    <message>
        <source>{name} was not imported; nothing was written:
- {problems}</source>
        <translation>{name} ไม่ได้ถูกนำเข้า ไม่มีสิ่งใดถูกเขียน:
- {problems}</translation>
    </message>
    <message>
        <source>{name} was not imported; nothing was written:
- {problems}
- and {more} more</source>
        <translation>{name} ไม่ได้ถูกนำเข้า ไม่มีสิ่งใดถูกเขียน:
- {problems}
- และอีก {more} รายการ</translation>
    </message>
    <message>
        <source>No delegation or partner with code {value}.</source>
        <translation>ไม่มีคณะผู้แทนหรือคู่เจรจารหัส {value}</translation>
    </message>
    <message>
        <source>No Member State with code {unknown}.</source>
        <translation>ไม่มีประเทศสมาชิกรหัส {unknown}</translation>
    </message>
    <message>
        <source>Row {row_no}: the new project {code} has no title. Nothing was imported.</source>
        <translation>แถว {row_no}: โครงการใหม่ {code} ไม่มีชื่อ ไม่มีสิ่งใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>{name} is empty. Nothing was read.</source>
        <translation>{name} ว่างเปล่า ไม่ได้อ่านสิ่งใด</translation>
    </message>
    <message>
        <source>{name} is an old Excel 97-2003 workbook (.xls). Open it in Excel and save it as .xlsx (or .csv), then import that.</source>
        <translation>{name} เป็นเวิร์กบุ๊ก Excel 97-2003 แบบเก่า (.xls) โปรดเปิดใน Excel แล้วบันทึกเป็น .xlsx (หรือ .csv) จากนั้นจึงนำเข้าไฟล์นั้น</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet: choose an .xlsx workbook or a .csv file.</source>
        <translation>{name} ไม่ใช่สเปรดชีต: โปรดเลือกเวิร์กบุ๊ก .xlsx หรือไฟล์ .csv</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet: no row has two columns or more.</source>
        <translation>{name} ไม่ใช่สเปรดชีต: ไม่มีแถวใดมีสองคอลัมน์ขึ้นไป</translation>
    </message>
    <message>
        <source>{name} holds no rows. Nothing was read.</source>
        <translation>{name} ไม่มีแถวข้อมูล ไม่ได้อ่านสิ่งใด</translation>
    </message>
    <message>
        <source>{name}: no header row found in the first {header_search} rows (a row naming the columns: Code, Title, Partner...).</source>
        <translation>{name}: ไม่พบแถวหัวคอลัมน์ใน {header_search} แถวแรก (แถวที่ระบุชื่อคอลัมน์: Code, Title, Partner...)</translation>
    </message>
    <message>
        <source>{name} is password-protected. Open it in Excel, remove the password and save a copy, then import that copy.</source>
        <translation>{name} มีการป้องกันด้วยรหัสผ่าน โปรดเปิดใน Excel เอารหัสผ่านออกแล้วบันทึกสำเนา จากนั้นจึงนำเข้าสำเนานั้น</translation>
    </message>
    <message>
        <source>{name} is damaged: it cannot be opened as a workbook.</source>
        <translation>{name} เสียหาย: เปิดเป็นเวิร์กบุ๊กไม่ได้</translation>
    </message>
    <message>
        <source>{name} cannot be read as a workbook ({exc}).</source>
        <translation>อ่าน {name} เป็นเวิร์กบุ๊กไม่ได้ ({exc})</translation>
    </message>
    <message>
        <source>{name} is not a text .csv file (its characters cannot be read). Save it from Excel as &apos;CSV UTF-8&apos;.</source>
        <translation>{name} ไม่ใช่ไฟล์ข้อความ .csv (อ่านอักขระไม่ได้) โปรดบันทึกจาก Excel เป็น &apos;CSV UTF-8&apos;</translation>
    </message>
    <message>
        <source>{name} is not a readable .csv file ({exc}).</source>
        <translation>{name} ไม่ใช่ไฟล์ .csv ที่อ่านได้ ({exc})</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx). Choose an .xlsx or a .csv file.</source>
        <translation>{name} ไม่ใช่เวิร์กบุ๊ก Excel (.xlsx) โปรดเลือกไฟล์ .xlsx หรือ .csv</translation>
    </message>
    <message>
        <source>Project {project_id} no longer exists.</source>
        <translation>โครงการ {project_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Say which meeting reviewed the project.</source>
        <translation>โปรดระบุการประชุมที่ทบทวนโครงการ</translation>
    </message>
    <message>
        <source>No framework {framework_code}.</source>
        <translation>ไม่มีกรอบงาน {framework_code}</translation>
    </message>
    <message>
        <source>There is already a project {f_code}.</source>
        <translation>มีโครงการ {f_code} อยู่แล้ว</translation>
    </message>
    <message>
        <source>Progress entry {progress_id} no longer exists.</source>
        <translation>รายการความคืบหน้า {progress_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Meeting {e_meeting_id} no longer exists.</source>
        <translation>การประชุม {e_meeting_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>{meeting_title} already has a progress entry on this project: edit that one.</source>
        <translation>{meeting_title} มีรายการความคืบหน้าของโครงการนี้อยู่แล้ว: โปรดแก้ไขรายการนั้น</translation>
    </message>
    <message>
        <source>A project needs a code.</source>
        <translation>โครงการต้องมีรหัส</translation>
    </message>
    <message>
        <source>Amount {text!r} is not a plausible amount.</source>
        <translation>จำนวนเงิน {text!r} ไม่ใช่จำนวนที่สมเหตุสมผล</translation>
    </message>
    <message>
        <source>{what} ends ({end_isoformat}) before it starts ({start_isoformat}).</source>
        <translation>{what} สิ้นสุด ({end_isoformat}) ก่อนเริ่มต้น ({start_isoformat})</translation>
    </message>
    <message>
        <source>Currency {f_currency!r}: use a three-letter code (USD).</source>
        <translation>สกุลเงิน {f_currency!r}: โปรดใช้รหัสสามตัวอักษร (USD)</translation>
    </message>
    <message>
        <source>Amount {text!r} is not a number.</source>
        <translation>จำนวนเงิน {text!r} ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <source>{what}: {d_isoformat} is not a plausible date.</source>
        <translation>{what}: {d_isoformat} ไม่ใช่วันที่ที่เป็นไปได้</translation>
    </message>
    <message>
        <source>At most {max_list} {name} per project.</source>
        <translation>{name} ต่อโครงการมีได้ไม่เกิน {max_list} รายการ</translation>
    </message>
    <message>
        <source>There is no meeting {meeting_id} in this store.</source>
        <translation>ไม่มีการประชุม {meeting_id} ในคลังข้อมูลนี้</translation>
    </message>
    <message>
        <source>Unknown report kind {request_kind!r}: use capital or outcomes.</source>
        <translation>ไม่รู้จักชนิดรายงาน {request_kind!r}: โปรดใช้ capital หรือ outcomes</translation>
    </message>
    <message>
        <source>A Word copy is saved to a file: give its name.</source>
        <translation>สำเนา Word บันทึกลงไฟล์: โปรดระบุชื่อไฟล์</translation>
    </message>
    <message>
        <source>Unknown format {request!r}: use pdf or docx.</source>
        <translation>ไม่รู้จักรูปแบบ {request!r}: โปรดใช้ pdf หรือ docx</translation>
    </message>
    <message>
        <source>A Word copy is saved to a file, not printed.</source>
        <translation>สำเนา Word บันทึกลงไฟล์ ไม่ได้พิมพ์</translation>
    </message>
    <message>
        <source>This store is not encrypted: encrypt it first.</source>
        <translation>คลังข้อมูลนี้ไม่ได้เข้ารหัส: โปรดเข้ารหัสก่อน</translation>
    </message>
    <message>
        <source>This store is already encrypted.</source>
        <translation>คลังข้อมูลนี้เข้ารหัสอยู่แล้ว</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: {exc}.</source>
        <translation>เปลี่ยนวลีรหัสผ่านไม่ได้: {exc}</translation>
    </message>
    <message>
        <source>The store could not be encrypted: {exc}.</source>
        <translation>เข้ารหัสคลังข้อมูลไม่ได้: {exc}</translation>
    </message>
    <message>
        <source>Keep at least one classification.</source>
        <translation>โปรดคงไว้อย่างน้อยหนึ่งชั้นความลับ</translation>
    </message>
    <message>
        <source>{value} is not one of the classifications: {choices}</source>
        <translation>{value} ไม่ใช่ชั้นความลับที่มี: {choices}</translation>
    </message>
    <message>
        <source>{d_code} has asked for the floor already: number {n} in the list.</source>
        <translation>{d_code} ขอพูดไว้แล้ว: ลำดับที่ {n} ในรายชื่อ</translation>
    </message>
    <message>
        <source>Type the delegation that asks for the floor: its code (VN) or its name.</source>
        <translation>โปรดพิมพ์คณะผู้แทนที่ขอพูด: รหัส (VN) หรือชื่อ</translation>
    </message>
    <message>
        <source>That is not a delegation ({count_text:,} characters): type its code (VN) or its name.</source>
        <translation>นั่นไม่ใช่คณะผู้แทน ({count_text:,} อักขระ): โปรดพิมพ์รหัส (VN) หรือชื่อ</translation>
    </message>
    <message>
        <source>{d_code} has the floor now.</source>
        <translation>ขณะนี้ {d_code} กำลังพูด</translation>
    </message>
    <message>
        <source>This delegation has asked for the floor already: it is in the list.</source>
        <translation>คณะผู้แทนนี้ขอพูดไว้แล้ว: อยู่ในรายชื่อแล้ว</translation>
    </message>
    <message>
        <source>This request for the floor is no longer in the list.</source>
        <translation>คำขอพูดนี้ไม่อยู่ในรายชื่อแล้ว</translation>
    </message>
    <message>
        <source>{d_code} has the floor now: end its turn (Next speaker) instead.</source>
        <translation>ขณะนี้ {d_code} กำลังพูด: โปรดจบการกล่าว (ผู้กล่าวคนถัดไป) แทน</translation>
    </message>
    <message>
        <source>{d_code} is no longer waiting for the floor.</source>
        <translation>{d_code} ไม่ได้รอพูดแล้ว</translation>
    </message>
    <message>
        <source>Nobody has asked for the floor: add a delegation to the list first.</source>
        <translation>ยังไม่มีผู้ใดขอพูด: โปรดเพิ่มคณะผู้แทนในรายชื่อก่อน</translation>
    </message>
    <message>
        <source>This delegation is no longer in the store.</source>
        <translation>คณะผู้แทนนี้ไม่อยู่ในคลังข้อมูลแล้ว</translation>
    </message>
    <message>
        <source>No delegation matches “{text}”: type its code (VN) or its name.</source>
        <translation>ไม่มีคณะผู้แทนที่ตรงกับ “{text}”: โปรดพิมพ์รหัส (VN) หรือชื่อ</translation>
    </message>
    <message>
        <source>“{text}” could be {codes}: type the code.</source>
        <translation>“{text}” อาจเป็น {codes}: โปรดพิมพ์รหัส</translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>การประชุมนี้ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Our own stance is part of our position: set it in the position editor.</source>
        <translation>จุดยืนของเราเป็นส่วนหนึ่งของท่าที: โปรดกำหนดในตัวแก้ไขท่าที</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>งานประชุมจะสิ้นสุดก่อนเริ่มต้นไม่ได้</translation>
    </message>
    <message>
        <source>Unknown time zone “{text_timezone}”: use an IANA name such as Asia/Ho_Chi_Minh.</source>
        <translation>ไม่รู้จักเขตเวลา “{text_timezone}”: โปรดใช้ชื่อ IANA เช่น Asia/Bangkok</translation>
    </message>
    <message>
        <source>The meeting number must be between 1 and 999.</source>
        <translation>หมายเลขการประชุมต้องอยู่ระหว่าง 1 ถึง 999</translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation>การประชุมจะสิ้นสุดก่อนเริ่มต้นไม่ได้</translation>
    </message>
    <message>
        <source>Nothing to put back.</source>
        <translation>ไม่มีสิ่งใดให้นำกลับคืน</translation>
    </message>
    <message>
        <source>The event of “{deleted_label}” no longer exists: the meeting cannot be put back.</source>
        <translation>งานประชุมของ “{deleted_label}” ไม่มีอยู่แล้ว: นำการประชุมกลับคืนไม่ได้</translation>
    </message>
    <message>
        <source>The delegation of {deleted_label} no longer exists.</source>
        <translation>คณะผู้แทนของ {deleted_label} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>{p_full_name} is already first.</source>
        <translation>{p_full_name} อยู่ลำดับแรกแล้ว</translation>
    </message>
    <message>
        <source>{p_full_name} is already last.</source>
        <translation>{p_full_name} อยู่ลำดับสุดท้ายแล้ว</translation>
    </message>
    <message>
        <source>The brief on {item} is approved in {origin} by {who}, but the team store records an approval only from the approver signed in to it: the brief here stays as it is (its text is the same).</source>
        <translation>ท่าทีเรื่อง {item} ได้รับการอนุมัติใน {origin} โดย {who} แต่คลังข้อมูลกลางบันทึกการอนุมัติเฉพาะจากผู้อนุมัติที่ลงชื่อเข้าใช้คลังข้อมูลกลางเท่านั้น: ท่าทีที่นี่คงเดิม (ข้อความเหมือนกัน)</translation>
    </message>
    <message>
        <source>The approval of the brief on {item} in {origin} is not signed by its approver&apos;s key: the brief here stays as it is (its text is the same).</source>
        <translation>การอนุมัติท่าทีเรื่อง {item} ใน {origin} ไม่ได้ลงนามด้วยกุญแจของผู้อนุมัติ: ท่าทีที่นี่คงเดิม (ข้อความเหมือนกัน)</translation>
    </message>
    <message>
        <source>The brief on {item} comes in for review: {how}, but the team store records an approval only from the approver signed in to it. {who} approves it signed in to the team store.</source>
        <translation>ท่าทีเรื่อง {item} เข้ามาในสถานะรอตรวจ: {how} แต่คลังข้อมูลกลางบันทึกการอนุมัติเฉพาะจากผู้อนุมัติที่ลงชื่อเข้าใช้คลังข้อมูลกลางเท่านั้น ให้ {who} อนุมัติโดยลงชื่อเข้าใช้คลังข้อมูลกลาง</translation>
    </message>
    <message>
        <source>{who} approved it (signed by {who}&apos;s key, checked)</source>
        <translation>{who} อนุมัติแล้ว (ลงนามด้วยกุญแจของ {who} ตรวจสอบแล้ว)</translation>
    </message>
    <message>
        <source>it is approved in {origin} in the name of {who}</source>
        <translation>ได้รับการอนุมัติใน {origin} ในนามของ {who}</translation>
    </message>
    <message>
        <source>A key is not readable (wrong size).</source>
        <translation>อ่านกุญแจไม่ได้ (ขนาดไม่ถูกต้อง)</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents are too large or not whole: refused.</source>
        <translation>เนื้อหาของชุดข้อมูลแลกเปลี่ยนใหญ่เกินไปหรือไม่สมบูรณ์: ปฏิเสธ</translation>
    </message>
    <message>
        <source>A key is not readable.</source>
        <translation>อ่านกุญแจไม่ได้</translation>
    </message>
    <message>
        <source>This file is not an ADGSOM exchange bundle.</source>
        <translation>ไฟล์นี้ไม่ใช่ชุดข้อมูลแลกเปลี่ยนของ ADGSOM</translation>
    </message>
    <message>
        <source>The file is cut short (truncated: {count_data:,} bytes): it is not a whole bundle.</source>
        <translation>ไฟล์ถูกตัดสั้น (ถูกตัดทอน: {count_data:,} ไบต์): ไม่ใช่ชุดข้อมูลแลกเปลี่ยนที่สมบูรณ์</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of ADGSOM Desktop (bundle format {fmt}; this version reads format {format}). Update the app to open it.</source>
        <translation>ชุดข้อมูลแลกเปลี่ยนนี้สร้างโดย ADGSOM Desktop รุ่นที่ใหม่กว่า (รูปแบบ {fmt} รุ่นนี้อ่านรูปแบบ {format}) โปรดอัปเดตแอปเพื่อเปิด</translation>
    </message>
    <message>
        <source>The file is cut short (truncated: {count_data:,} of {expected:,} bytes): copy it again from its source.</source>
        <translation>ไฟล์ถูกตัดสั้น (ถูกตัดทอน: {count_data:,} จาก {expected:,} ไบต์): โปรดคัดลอกอีกครั้งจากต้นทาง</translation>
    </message>
    <message>
        <source>The file has bytes after the bundle&apos;s end: it was changed. Refused.</source>
        <translation>ไฟล์มีข้อมูลต่อท้ายหลังจุดสิ้นสุดของชุดข้อมูลแลกเปลี่ยน: ไฟล์ถูกแก้ไข ปฏิเสธ</translation>
    </message>
    <message>
        <source>The bundle was changed after it was signed (or damaged on the way): refused, nothing was changed. Ask the sender for it again.</source>
        <translation>ชุดข้อมูลแลกเปลี่ยนถูกแก้ไขหลังลงนาม (หรือเสียหายระหว่างทาง): ปฏิเสธ ไม่มีสิ่งใดถูกเปลี่ยน โปรดขอจากผู้ส่งอีกครั้ง</translation>
    </message>
    <message>
        <source>This bundle asks for an unreasonable passphrase setting: refused.</source>
        <translation>ชุดข้อมูลแลกเปลี่ยนนี้ขอการตั้งค่าวลีรหัสผ่านที่ไม่สมเหตุสมผล: ปฏิเสธ</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents are not readable.</source>
        <translation>อ่านเนื้อหาของชุดข้อมูลแลกเปลี่ยนไม่ได้</translation>
    </message>
    <message>
        <source>The file is cut short (truncated): it is not a whole bundle.</source>
        <translation>ไฟล์ถูกตัดสั้น (ถูกตัดทอน): ไม่ใช่ชุดข้อมูลแลกเปลี่ยนที่สมบูรณ์</translation>
    </message>
    <message>
        <source>The bundle cannot be opened with this key: refused.</source>
        <translation>เปิดชุดข้อมูลแลกเปลี่ยนด้วยกุญแจนี้ไม่ได้: ปฏิเสธ</translation>
    </message>
    <message>
        <source>point delivered: bad item</source>
        <translation>ประเด็นที่กล่าวแล้ว: วาระไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>point delivered: bad text</source>
        <translation>ประเด็นที่กล่าวแล้ว: ข้อความไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>point delivered: no time</source>
        <translation>ประเด็นที่กล่าวแล้ว: ไม่มีเวลา</translation>
    </message>
    <message>
        <source>The sender&apos;s audit log in this file does not verify (entry {e}): refused, nothing was changed.</source>
        <translation>บันทึกการตรวจสอบของผู้ส่งในไฟล์นี้ตรวจสอบไม่ผ่าน (รายการ {e}): ปฏิเสธ ไม่มีสิ่งใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>the trip copy {name}</source>
        <translation>สำเนาสำหรับเดินทาง {name}</translation>
    </message>
    <message>
        <source>The records are not readable (not a document).</source>
        <translation>อ่านระเบียนไม่ได้ (ไม่ใช่เอกสาร)</translation>
    </message>
    <message>
        <source>The records are not readable (no format version).</source>
        <translation>อ่านระเบียนไม่ได้ (ไม่มีรุ่นของรูปแบบ)</translation>
    </message>
    <message>
        <source>These records were written by a newer version of ADGSOM Desktop (format {fmt}; this version reads format {format}). Update the app, then import again.</source>
        <translation>ระเบียนเหล่านี้เขียนโดย ADGSOM Desktop รุ่นที่ใหม่กว่า (รูปแบบ {fmt} รุ่นนี้อ่านรูปแบบ {format}) โปรดอัปเดตแอปแล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>The records are not readable (no list of records).</source>
        <translation>อ่านระเบียนไม่ได้ (ไม่มีรายการระเบียน)</translation>
    </message>
    <message>
        <source>The records are not readable (the audit entries held).</source>
        <translation>อ่านระเบียนไม่ได้ (รายการบันทึกการตรวจสอบที่มีอยู่)</translation>
    </message>
    <message>
        <source>The records are not readable (the files).</source>
        <translation>อ่านระเบียนไม่ได้ (ไฟล์)</translation>
    </message>
    <message>
        <source>The records are not readable (a list was expected).</source>
        <translation>อ่านระเบียนไม่ได้ (ต้องเป็นรายการ)</translation>
    </message>
    <message>
        <source>The records are not readable (a bad {what}).</source>
        <translation>อ่านระเบียนไม่ได้ ({what} ไม่ถูกต้อง)</translation>
    </message>
    <message>
        <source>{what}: expected text</source>
        <translation>{what}: ต้องเป็นข้อความ</translation>
    </message>
    <message>
        <source>{what}: text not as the app stores it</source>
        <translation>{what}: ข้อความไม่อยู่ในรูปแบบที่แอปจัดเก็บ</translation>
    </message>
    <message>
        <source>not a record</source>
        <translation>ไม่ใช่ระเบียน</translation>
    </message>
    <message>
        <source>bad version</source>
        <translation>รุ่นไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>bad scope</source>
        <translation>ขอบเขตไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>{what}: bad link</source>
        <translation>{what}: การเชื่อมโยงไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>content is not a record</source>
        <translation>เนื้อหาไม่ใช่ระเบียน</translation>
    </message>
    <message>
        <source>brief: missing</source>
        <translation>ท่าที: ขาดหายไป</translation>
    </message>
    <message>
        <source>The records are not readable (delegations).</source>
        <translation>อ่านระเบียนไม่ได้ (คณะผู้แทน)</translation>
    </message>
    <message>
        <source>The records are not readable (a signature).</source>
        <translation>อ่านระเบียนไม่ได้ (ลายมือชื่อ)</translation>
    </message>
    <message>
        <source>The records are not readable (an audit entry).</source>
        <translation>อ่านระเบียนไม่ได้ (รายการบันทึกการตรวจสอบ)</translation>
    </message>
    <message>
        <source>The records are not readable (the sender).</source>
        <translation>อ่านระเบียนไม่ได้ (ผู้ส่ง)</translation>
    </message>
    <message>
        <source>The records are not readable ({class_name}).</source>
        <translation>อ่านระเบียนไม่ได้ ({class_name})</translation>
    </message>
    <message>
        <source>A document&apos;s file is missing from the records.</source>
        <translation>ไฟล์ของเอกสารหนึ่งขาดหายไปจากระเบียน</translation>
    </message>
    <message>
        <source>The records are not readable (the briefs&apos; history).</source>
        <translation>อ่านระเบียนไม่ได้ (ประวัติของท่าที)</translation>
    </message>
    <message>
        <source>The records are not readable (an unknown audience).</source>
        <translation>อ่านระเบียนไม่ได้ (กลุ่มผู้อ่านที่ไม่รู้จัก)</translation>
    </message>
    <message>
        <source>The records are not readable (a file).</source>
        <translation>อ่านระเบียนไม่ได้ (ไฟล์หนึ่ง)</translation>
    </message>
    <message>
        <source>A document&apos;s file in the records is too large.</source>
        <translation>ไฟล์ของเอกสารหนึ่งในระเบียนมีขนาดใหญ่เกินไป</translation>
    </message>
    <message>
        <source>A document&apos;s file was changed: it does not match its record.</source>
        <translation>ไฟล์ของเอกสารหนึ่งถูกแก้ไข: ไม่ตรงกับระเบียน</translation>
    </message>
    <message>
        <source>bad withheld fields</source>
        <translation>ฟิลด์ที่ระงับไว้ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>bad key or revision</source>
        <translation>คีย์หรือฉบับแก้ไขไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>place: bad order</source>
        <translation>ตำแหน่ง: ลำดับไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>document: bad file hash</source>
        <translation>เอกสาร: ค่าแฮชของไฟล์ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>document: neither a PDF nor a .docx</source>
        <translation>เอกสาร: ไม่ใช่ทั้ง PDF และ .docx</translation>
    </message>
    <message>
        <source>document: no meeting</source>
        <translation>เอกสาร: ไม่มีการประชุม</translation>
    </message>
    <message>
        <source>approval: bad</source>
        <translation>การอนุมัติ: ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Record {n} is not valid: {exc}</source>
        <translation>ระเบียน {n} ไม่ถูกต้อง: {exc}</translation>
    </message>
    <message>
        <source>documents: bad entry</source>
        <translation>เอกสาร: รายการไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>{name}: unexpected value</source>
        <translation>{name}: ค่าที่ไม่คาดคิด</translation>
    </message>
    <message>
        <source>{name}: unexpected number</source>
        <translation>{name}: ตัวเลขที่ไม่คาดคิด</translation>
    </message>
    <message>
        <source>This file is not a backup of an ADGSOM team store.</source>
        <translation>ไฟล์นี้ไม่ใช่สำรองข้อมูลของคลังข้อมูลกลาง ADGSOM</translation>
    </message>
    <message>
        <source>The backup is cut short (truncated): it is not whole.</source>
        <translation>สำรองข้อมูลถูกตัดสั้น (ถูกตัดทอน): ไม่สมบูรณ์</translation>
    </message>
    <message>
        <source>This backup asks for an unreasonable passphrase setting: refused.</source>
        <translation>สำรองข้อมูลนี้ขอการตั้งค่าวลีรหัสผ่านที่ไม่สมเหตุสมผล: ปฏิเสธ</translation>
    </message>
    <message>
        <source>The backup is damaged (a frame of an impossible size).</source>
        <translation>สำรองข้อมูลเสียหาย (เฟรมมีขนาดที่เป็นไปไม่ได้)</translation>
    </message>
    <message>
        <source>The backup has bytes after its end: it was changed. Refused.</source>
        <translation>สำรองข้อมูลมีข้อมูลต่อท้ายหลังจุดสิ้นสุด: ไฟล์ถูกแก้ไข ปฏิเสธ</translation>
    </message>
    <message>
        <source>The backup&apos;s description is not readable: refused.</source>
        <translation>อ่านคำอธิบายของสำรองข้อมูลไม่ได้: ปฏิเสธ</translation>
    </message>
    <message>
        <source>The backup was changed or damaged (a frame fails its check): nothing was restored from it.</source>
        <translation>สำรองข้อมูลถูกแก้ไขหรือเสียหาย (เฟรมหนึ่งตรวจสอบไม่ผ่าน): ไม่ได้กู้คืนสิ่งใดจากไฟล์นี้</translation>
    </message>
    <message>
        <source>Wrong passphrase for this backup (or its beginning is damaged): nothing was changed.</source>
        <translation>วลีรหัสผ่านของสำรองข้อมูลนี้ไม่ถูกต้อง (หรือส่วนต้นของไฟล์เสียหาย): ไม่มีสิ่งใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>A bundle travels between members of the delegation: it is not for {wanted_label}. Issue them a pack of that audience instead.</source>
        <translation>ชุดข้อมูลแลกเปลี่ยนใช้ส่งระหว่างสมาชิกของคณะผู้แทน: ไม่ได้มีไว้สำหรับ{wanted_label} โปรดออกแฟ้มบรีฟสำหรับกลุ่มผู้อ่านนั้นแทน</translation>
    </message>
    <message>
        <source>A bundle for {who} holds what the delegation&apos;s pack holds: it cannot carry what only the head of delegation may read (the not-for-disclosure background, personality notes). Send it to the head, or choose the delegation.</source>
        <translation>ชุดข้อมูลแลกเปลี่ยนสำหรับ {who} มีเนื้อหาเท่ากับแฟ้มบรีฟของคณะผู้แทน: จะมีสิ่งที่เฉพาะหัวหน้าคณะผู้แทนอ่านได้ไม่ได้ (ข้อมูลภูมิหลังที่ห้ามเปิดเผย บันทึกประวัติบุคคล) โปรดส่งให้หัวหน้าคณะผู้แทน หรือเลือกคณะผู้แทน</translation>
    </message>
    <message>
        <source>Unknown audience {asked!r}.</source>
        <translation>ไม่รู้จักกลุ่มผู้อ่าน {asked!r}</translation>
    </message>
    <message>
        <source>unknown withheld field {p!r}</source>
        <translation>ไม่รู้จักฟิลด์ที่ระงับไว้ {p!r}</translation>
    </message>
    <message>
        <source>Choose a meeting to send.</source>
        <translation>โปรดเลือกการประชุมที่จะส่ง</translation>
    </message>
    <message>
        <source>Meeting {missing} no longer exists.</source>
        <translation>การประชุม {missing} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Conflict {conflict_id} no longer exists.</source>
        <translation>ข้อขัดแย้ง {conflict_id} ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>This conflict is no longer open.</source>
        <translation>ข้อขัดแย้งนี้ไม่ได้เปิดอยู่แล้ว</translation>
    </message>
    <message>
        <source>This record is no longer in this store: the conflict cannot be settled here.</source>
        <translation>ระเบียนนี้ไม่อยู่ในคลังข้อมูลนี้แล้ว: แก้ข้อขัดแย้งที่นี่ไม่ได้</translation>
    </message>
    <message>
        <source>An item chosen is not on the meeting&apos;s agenda.</source>
        <translation>มีระเบียบวาระที่เลือกไม่ได้อยู่ในระเบียบวาระการประชุมของการประชุม</translation>
    </message>
    <message>
        <source>The bundle is damaged (its header was changed on the way): refused, nothing was changed. Ask the sender for it again.</source>
        <translation>ชุดข้อมูลแลกเปลี่ยนเสียหาย (ส่วนหัวถูกเปลี่ยนระหว่างทาง): ปฏิเสธ ไม่มีการเปลี่ยนแปลงใด โปรดขอให้ผู้ส่งส่งมาใหม่</translation>
    </message>
    <message>
        <source>{verb}: {text}</source>
        <translation>{verb}: {text}</translation>
    </message>
    <message>
        <source>now {place} ({store} kept its place; your move to {mine} is lost)</source>
        <translation>ตอนนี้เป็น{place} ({store}คงตำแหน่งเดิมไว้ การย้ายของคุณไปเป็น{mine} ไม่ถูกนำไปใช้)</translation>
    </message>
    <message>
        <source>{item}: stays {place} (your place; the other side&apos;s was {theirs}).</source>
        <translation>{item}: ยังคงเป็น{place} (ตำแหน่งของฝ่ายเรา; ของอีกฝ่ายเป็น{theirs})</translation>
    </message>
    <message>
        <source>{item}: {store} kept its place, {place}; your move to {theirs} is lost.</source>
        <translation>{item}: {store}คงตำแหน่งเดิมไว้ คือ{place} การย้ายของคุณไปเป็น{theirs} ไม่ถูกนำไปใช้</translation>
    </message>
    <message>
        <source>now {place} (the other side&apos;s place; yours was {mine})</source>
        <translation>ตอนนี้เป็น{place} (ตำแหน่งของอีกฝ่าย; ของฝ่ายเราเดิมเป็น{mine})</translation>
    </message>
    <message>
        <source>now {place}, your place ({store}&apos;s move to {mine} is lost)</source>
        <translation>ตอนนี้เป็น{place} ตามตำแหน่งของคุณ (การย้ายของ{store}ไปเป็น{mine} ไม่ถูกนำไปใช้)</translation>
    </message>
    <message>
        <source>Only the sections both sides changed are shown. Whatever you choose, the others keep the change one side made: {ours} from ours; {theirs} from theirs.</source>
        <translation>แสดงเฉพาะส่วนที่ทั้งสองฝ่ายแก้ไข ไม่ว่าคุณจะเลือกอย่างไร ส่วนอื่นจะคงการแก้ไขของฝ่ายที่แก้ไว้: {ours} จากฝ่ายเรา; {theirs} จากอีกฝ่าย</translation>
    </message>
    <message>
        <source>This backup is for a team store (a postgresql:// address).</source>
        <translation>สำรองข้อมูลนี้เป็นของคลังข้อมูลกลาง (ที่อยู่ postgresql://)</translation>
    </message>
    <message>
        <source>{dest} already exists: choose another name (nothing was written).</source>
        <translation>มี {dest} อยู่แล้ว: โปรดเลือกชื่ออื่น (ไม่มีสิ่งใดถูกเขียน)</translation>
    </message>
    <message>
        <source>There is no folder {dest_parent} to write the backup in.</source>
        <translation>ไม่มีโฟลเดอร์ {dest_parent} สำหรับเขียนสำรองข้อมูล</translation>
    </message>
    <message>
        <source>A team store is backed up by its owner (the login that created it): a member&apos;s login may not read the other members&apos; sealed keys, so its backup would lose them. Nothing was written.</source>
        <translation>คลังข้อมูลกลางสำรองข้อมูลโดยเจ้าของคลังข้อมูล (บัญชีเข้าใช้ที่สร้างคลังนี้): บัญชีเข้าใช้ของสมาชิกอ่านกุญแจที่ปิดผนึกของสมาชิกคนอื่นไม่ได้ สำรองข้อมูลของบัญชีนั้นจึงจะขาดกุญแจเหล่านั้น ไม่ได้เขียนสิ่งใด</translation>
    </message>
    <message>
        <source>Nothing was restored: the database {locator_display} is not empty ({relations} tables and other objects). Restore into a new, empty database (createdb).</source>
        <translation>ไม่ได้กู้คืนสิ่งใด: ฐานข้อมูล {locator_display} ไม่ว่างเปล่า (มีตารางและออบเจ็กต์อื่น {relations} รายการ) โปรดกู้คืนลงในฐานข้อมูลใหม่ที่ว่างเปล่า (createdb)</translation>
    </message>
    <message>
        <source>This restore is for a team store (a postgresql:// address).</source>
        <translation>การกู้คืนนี้เป็นของคลังข้อมูลกลาง (ที่อยู่ postgresql://)</translation>
    </message>
    <message>
        <source>pg_dump wrote nothing for {locator_display}.</source>
        <translation>pg_dump ไม่ได้เขียนสิ่งใดสำหรับ {locator_display}</translation>
    </message>
    <message>
        <source>The backup could not be written to {dest}: {reason}</source>
        <translation>เขียนสำรองข้อมูลลงใน {dest} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>There is no file {source}.</source>
        <translation>ไม่มีไฟล์ {source}</translation>
    </message>
    <message>
        <source>{source} could not be read: {reason}</source>
        <translation>อ่าน {source} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>{what} is only for a team store on a server: members sign in there with logins of their own. {locator_display} is a store file on this computer (its passphrase protects it).</source>
        <translation>{what} ใช้ได้เฉพาะกับคลังข้อมูลกลางบนเซิร์ฟเวอร์: สมาชิกลงชื่อเข้าใช้ที่นั่นด้วยบัญชีของตนเอง {locator_display} เป็นไฟล์คลังข้อมูลในคอมพิวเตอร์เครื่องนี้ (ป้องกันด้วยวลีรหัสผ่าน)</translation>
    </message>
    <message>
        <source>Only the head of delegation or the store&apos;s owner adds and removes members; you are signed in as {signed_name} ({signed_role}).</source>
        <translation>เฉพาะหัวหน้าคณะผู้แทนหรือเจ้าของคลังข้อมูลเท่านั้นที่เพิ่มและนำสมาชิกออกได้ ท่านลงชื่อเข้าใช้ในนาม {signed_name} ({signed_role})</translation>
    </message>
    <message>
        <source>No team role {role!r}: choose {team_roles}.</source>
        <translation>ไม่มีบทบาททีม {role!r}: โปรดเลือก {team_roles}</translation>
    </message>
    <message>
        <source>A login is {login_rule}: {login!r} is not.</source>
        <translation>ชื่อบัญชีต้อง{login_rule}: {login!r} ไม่เป็นไปตามนั้น</translation>
    </message>
    <message>
        <source>A member&apos;s password has at least {min_password} characters.</source>
        <translation>รหัสผ่านของสมาชิกต้องมีอย่างน้อย {min_password} อักขระ</translation>
    </message>
    <message>
        <source>{person_full_name} is not a member of our delegation: only our own people sign in to the store.</source>
        <translation>{person_full_name} ไม่ใช่สมาชิกคณะผู้แทนของเรา: เฉพาะบุคคลของเราเท่านั้นที่ลงชื่อเข้าใช้คลังข้อมูล</translation>
    </message>
    <message>
        <source>{who} is already a member ({taken_login}): remove it first.</source>
        <translation>{who} เป็นสมาชิกอยู่แล้ว ({taken_login}): โปรดนำออกก่อน</translation>
    </message>
    <message>
        <source>No member signs in as {login!r} in this store.</source>
        <translation>ไม่มีสมาชิกที่ลงชื่อเข้าใช้ในนาม {login!r} ในคลังข้อมูลนี้</translation>
    </message>
    <message>
        <source>That login</source>
        <translation>ชื่อบัญชีนั้น</translation>
    </message>
    <message>
        <source>A member key from {origin} does not match its own signed text: nothing was changed.</source>
        <translation>กุญแจของสมาชิกจาก {origin} ไม่ตรงกับข้อความที่ลงนามของกุญแจนั้นเอง: ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>import the revision and enter the amendments in the team store (the copy shows them read-only)</source>
        <translation>นำเข้าฉบับแก้ไขและบันทึกข้อเสนอแก้ไขในคลังข้อมูลกลาง (สำเนานี้แสดงแบบอ่านอย่างเดียว)</translation>
    </message>
    <message>
        <source>enter them in the team store (the copy shows them read-only)</source>
        <translation>บันทึกในคลังข้อมูลกลาง (สำเนานี้แสดงแบบอ่านอย่างเดียว)</translation>
    </message>
    <message>
        <source>NOT brought back: changes to {part} on this laptop{detail}. A trip copy does not bring this part back: {where}.</source>
        <translation>ไม่ได้นำกลับ: การเปลี่ยนแปลง{part}บนเครื่องนี้{detail} สำเนาสำหรับเดินทางไม่นำส่วนนี้กลับ: {where}</translation>
    </message>
    <message>
        <source>this trip copy</source>
        <translation>สำเนาสำหรับเดินทางนี้</translation>
    </message>
    <message>
        <source>{person_full_name} signed in as {taken_login} until that login was removed: a person keeps one login for good, so that no other login reads their private key or approval PIN, nor approves in their name. Add {taken_login} again for them, with a new password. Nothing was changed.</source>
        <translation>{person_full_name} เคยลงชื่อเข้าใช้ด้วยบัญชี {taken_login} จนกระทั่งบัญชีนั้นถูกนำออก: แต่ละบุคคลมีบัญชีเข้าใช้เพียงบัญชีเดียวตลอดไป เพื่อไม่ให้บัญชีอื่นอ่านกุญแจส่วนตัวหรือ PIN อนุมัติของบุคคลนั้น หรืออนุมัติในนามของบุคคลนั้นได้ โปรดเพิ่มบัญชี {taken_login} ให้บุคคลนั้นอีกครั้งพร้อมรหัสผ่านใหม่ ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>{person_full_name} is already a member, signed in as {taken_login}: a person keeps one login for good. Nothing was changed.</source>
        <translation>{person_full_name} เป็นสมาชิกอยู่แล้ว โดยลงชื่อเข้าใช้ด้วยบัญชี {taken_login}: แต่ละบุคคลมีบัญชีเข้าใช้เพียงบัญชีเดียวตลอดไป ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>{target} already exists: choose a new file for the trip copy.</source>
        <translation>มี {target} อยู่แล้ว: โปรดเลือกไฟล์ใหม่สำหรับสำเนาเดินทาง</translation>
    </message>
    <message>
        <source>This event has no meetings: there is nothing to take.</source>
        <translation>งานประชุมนี้ไม่มีการประชุม: ไม่มีสิ่งใดให้นำไป</translation>
    </message>
    <message>
        <source>This store is not a trip copy: there is nothing to bring back.</source>
        <translation>คลังข้อมูลนี้ไม่ใช่สำเนาเดินทาง: ไม่มีสิ่งใดให้นำกลับ</translation>
    </message>
    <message>
        <source>Reading the event from the team store…</source>
        <translation>กำลังอ่านงานประชุมจากคลังข้อมูลกลาง…</translation>
    </message>
    <message>
        <source>Creating the trip copy ({count:,} records)…</source>
        <translation>กำลังสร้างสำเนาเดินทาง ({count:,} ระเบียน)…</translation>
    </message>
    <message>
        <source>Connecting to {store}…</source>
        <translation>กำลังเชื่อมต่อกับ {store}…</translation>
    </message>
    <message>
        <source>{info_locator} is not the team store this trip copy was taken from (another store is there now): nothing was changed.</source>
        <translation>{info_locator} ไม่ใช่คลังข้อมูลกลางที่ใช้ทำสำเนาเดินทางนี้ (ขณะนี้มีคลังข้อมูลอื่นอยู่ที่นั่น): ไม่มีสิ่งใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>The trip copy and its team store are the same store.</source>
        <translation>สำเนาเดินทางและคลังข้อมูลกลางเป็นคลังข้อมูลเดียวกัน</translation>
    </message>
    <message>
        <source>Writing {count:,} records into the trip copy…</source>
        <translation>กำลังเขียน {count:,} ระเบียนลงในสำเนาเดินทาง…</translation>
    </message>
    <message>
        <source>Trip copy ready.</source>
        <translation>สำเนาเดินทางพร้อมแล้ว</translation>
    </message>
    <message>
        <source>NOT brought back: a key made on the trip copy for {member}. Compare its fingerprint with {member} and import it with keys import.</source>
        <translation>ไม่ได้นำกลับ: กุญแจที่สร้างบนสำเนาสำหรับเดินทางสำหรับ {member} โปรดเทียบลายนิ้วมือกับ {member} แล้วนำเข้าด้วย keys import</translation>
    </message>
    <message>
        <source>Reading what changed on this laptop…</source>
        <translation>กำลังอ่านสิ่งที่เปลี่ยนบนแล็ปท็อปเครื่องนี้…</translation>
    </message>
    <message>
        <source>Merging {count:,} records into the team store…</source>
        <translation>กำลังผสาน {count:,} ระเบียนเข้าคลังข้อมูลกลาง…</translation>
    </message>
    <message>
        <source>Reading what changed in the team store…</source>
        <translation>กำลังอ่านสิ่งที่เปลี่ยนในคลังข้อมูลกลาง…</translation>
    </message>
    <message>
        <source>Merging {count:,} records into this trip copy…</source>
        <translation>กำลังผสาน {count:,} ระเบียนเข้าสำเนาเดินทางนี้…</translation>
    </message>
    <message>
        <source>{comment} (version {number} in {store})</source>
        <translation>{comment} (ฉบับที่ {number} ใน{store})</translation>
    </message>
    <message>
        <source>version {number} in {store}</source>
        <translation>ฉบับที่ {number} ใน{store}</translation>
    </message>
    <message>
        <source>merged when {origin} was brought back</source>
        <translation>ผสานเมื่อนำ{origin}กลับ</translation>
    </message>
    <message>
        <source>restored from v{number}</source>
        <translation>กู้คืนจากฉบับที่ {number}</translation>
    </message>
    <message>
        <source>kept over {by}, saved meanwhile</source>
        <translation>เก็บไว้แทน{by} ที่บันทึกในระหว่างนั้น</translation>
    </message>
    <message>
        <source>not kept: it met {by}</source>
        <translation>ไม่ได้เก็บไว้: ชนกับ{by}</translation>
    </message>
    <message>
        <source>took {by} over version {yours}</source>
        <translation>ใช้{by} แทนฉบับที่ {yours}</translation>
    </message>
    <message>
        <source>kept version {yours} over {by} where both changed, merged elsewhere</source>
        <translation>เก็บฉบับที่ {yours} แทน{by} ในส่วนที่ทั้งสองฝั่งเปลี่ยน ส่วนอื่นผสานแล้ว</translation>
    </message>
    <message>
        <source>merged by hand: version {yours} with {by}</source>
        <translation>ผสานด้วยมือ: ฉบับที่ {yours} กับ{by}</translation>
    </message>
    <message>
        <source>merged with {by} ({sections})</source>
        <translation>ผสานกับ{by} ({sections})</translation>
    </message>
    <message>
        <source>merged with {by}</source>
        <translation>ผสานกับ{by}</translation>
    </message>
    <message>
        <source>their version ({origin})</source>
        <translation>ฉบับของอีกฝ่าย ({origin})</translation>
    </message>
    <message>
        <source>version {number} by {who}</source>
        <translation>ฉบับที่ {number} โดย {who}</translation>
    </message>
    <message>
        <source>first version written by the check</source>
        <translation>ฉบับแรกที่การตรวจสอบเขียนไว้</translation>
    </message>
    <message>
        <source>Person {missing} no longer exists. Nothing was changed.</source>
        <translation>บุคคล {missing} ไม่มีอยู่แล้ว ไม่มีสิ่งใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>{others} is not a member of our delegation: only our members are assigned to meetings. Nothing was changed.</source>
        <translation>{others} ไม่ใช่สมาชิกคณะผู้แทนของเรา: มอบหมายการประชุมได้เฉพาะสมาชิกของเรา ไม่มีสิ่งใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>{clash_text}: one person cannot be at two meetings at once. Nothing was changed.</source>
        <translation>{clash_text}: บุคคลหนึ่งเข้าร่วมสองการประชุมในเวลาเดียวกันไม่ได้ ไม่มีสิ่งใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>Item {item_id} has no brief for {audience_reader}.</source>
        <translation>ระเบียบวาระ {item_id} ไม่มีท่าทีสำหรับ{audience_reader}</translation>
    </message>
    <message>
        <source>There is no agenda item {item_id} in this store.</source>
        <translation>ไม่มีระเบียบวาระ {item_id} ในคลังข้อมูลนี้</translation>
    </message>
    <message>
        <source>{what} is only for a store file on this computer, not for this store ({display}).</source>
        <translation>{what} ใช้ได้เฉพาะกับไฟล์คลังข้อมูลในคอมพิวเตอร์เครื่องนี้ ไม่ใช่คลังข้อมูลนี้ ({display})</translation>
    </message>
    <message>
        <source>{what} is only for a store file on this computer, not for a team store on a server ({display}). The server keeps it: ask its administrator (a team store&apos;s backup is a sealed pg_dump archive: adgsom-desktop backup --store URL; its access is the server&apos;s sign-in).</source>
        <translation>{what} ใช้ได้เฉพาะกับไฟล์คลังข้อมูลในคอมพิวเตอร์เครื่องนี้ ไม่ใช่คลังข้อมูลกลางบนเซิร์ฟเวอร์ ({display}) เซิร์ฟเวอร์เป็นผู้ดูแล: โปรดติดต่อผู้ดูแลระบบ (สำรองข้อมูลของคลังข้อมูลกลางเป็นไฟล์ pg_dump ที่ปิดผนึก: adgsom-desktop backup --store URL การเข้าถึงใช้การลงชื่อเข้าใช้ของเซิร์ฟเวอร์)</translation>
    </message>
    <message>
        <source>The store holds rows that point at each other in a circle.</source>
        <translation>คลังข้อมูลมีแถวที่อ้างอิงกันเป็นวงกลม</translation>
    </message>
    <message>
        <source>The store changed while it was copied: nothing was written.</source>
        <translation>คลังข้อมูลเปลี่ยนแปลงระหว่างการคัดลอก: ไม่มีสิ่งใดถูกเขียน</translation>
    </message>
    <message>
        <source>The {table} rows could not be copied ({why}): nothing was written to {destination_display}.</source>
        <translation>คัดลอกแถว {table} ไม่ได้ ({why}): ไม่มีสิ่งใดถูกเขียนลงใน {destination_display}</translation>
    </message>
    <message>
        <source>{name} was not found: install PostgreSQL&apos;s client tools (Debian/Ubuntu: postgresql-client), or set {env_bin} to the folder holding {name}.</source>
        <translation>ไม่พบ {name}: โปรดติดตั้งเครื่องมือไคลเอนต์ของ PostgreSQL (Debian/Ubuntu: postgresql-client) หรือตั้ง {env_bin} เป็นโฟลเดอร์ที่มี {name}</translation>
    </message>
    <message>
        <source>pg_dump could not read {locator_display}: {error}</source>
        <translation>pg_dump อ่าน {locator_display} ไม่ได้: {error}</translation>
    </message>
    <message>
        <source>The archive could not be restored into {locator_display} (nothing was restored): {error}</source>
        <translation>กู้คืนไฟล์เก็บถาวรลงใน {locator_display} ไม่ได้ (ไม่ได้กู้คืนสิ่งใด): {error}</translation>
    </message>
    <message>
        <source>Could not connect to {display}: {exc}</source>
        <translation>เชื่อมต่อกับ {display} ไม่ได้: {exc}</translation>
    </message>
    <message>
        <source>The team store at {display} could not be opened{said}.</source>
        <translation>เปิดคลังข้อมูลกลางที่ {display} ไม่ได้{said}</translation>
    </message>
    <message>
        <source>The team store at {display} needs an upgrade for this version of the app that only its owner may run: ask your administrator to open it once with the owner&apos;s sign-in. Nothing was changed.</source>
        <translation>คลังข้อมูลกลางที่ {display} ต้องได้รับการปรับรุ่นสำหรับแอปรุ่นนี้ ซึ่งเจ้าของคลังข้อมูลเท่านั้นทำได้: โปรดขอให้ผู้ดูแลระบบเปิดคลังนี้หนึ่งครั้งด้วยบัญชีเข้าใช้ของเจ้าของ ไม่ได้เปลี่ยนแปลงสิ่งใด</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is made out for another host name: connect with the name it was issued for</source>
        <translation>ใบรับรองของเซิร์ฟเวอร์ออกให้ชื่อโฮสต์อื่น: โปรดเชื่อมต่อด้วยชื่อที่ระบุในใบรับรอง</translation>
    </message>
    <message>
        <source>the CA file given (sslrootcert) cannot be read: check its path</source>
        <translation>อ่านไฟล์ CA ที่ระบุ (sslrootcert) ไม่ได้: โปรดตรวจสอบพาธ</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be verified with the CA file given (sslrootcert): ask your administrator for the right one</source>
        <translation>ตรวจสอบใบรับรองของเซิร์ฟเวอร์ด้วยไฟล์ CA ที่ระบุ (sslrootcert) ไม่ได้: โปรดขอไฟล์ที่ถูกต้องจากผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>the server does not take encrypted (TLS) connections, and this address requires them (sslmode)</source>
        <translation>เซิร์ฟเวอร์ไม่รับการเชื่อมต่อแบบเข้ารหัส (TLS) แต่ที่อยู่นี้กำหนดให้ต้องใช้ (sslmode)</translation>
    </message>
    <message>
        <source>the encrypted (TLS) connection failed</source>
        <translation>การเชื่อมต่อแบบเข้ารหัส (TLS) ล้มเหลว</translation>
    </message>
    <message>
        <source> (the server said: {said})</source>
        <translation> (เซิร์ฟเวอร์แจ้งว่า: {said})</translation>
    </message>
    <message>
        <source>No connection to {display}: {tls}{said}. Nothing was sent.</source>
        <translation>ไม่มีการเชื่อมต่อกับ {display}: {tls}{said} ไม่มีสิ่งใดถูกส่ง</translation>
    </message>
    <message>
        <source>The server refused the sign-in to {display}{said}. Check the user name, and the password in PGPASSWORD or ~/.pgpass.</source>
        <translation>เซิร์ฟเวอร์ปฏิเสธการลงชื่อเข้าใช้ {display}{said} โปรดตรวจสอบชื่อผู้ใช้ และรหัสผ่านใน PGPASSWORD หรือ ~/.pgpass</translation>
    </message>
    <message>
        <source>No team store could be reached at {display}{said}. Is the server running, and the network up?</source>
        <translation>ติดต่อคลังข้อมูลกลางที่ {display} ไม่ได้{said} เซิร์ฟเวอร์ทำงานอยู่และเครือข่ายใช้งานได้หรือไม่</translation>
    </message>
    <message>
        <source>The team store at {display} needs an upgrade for this version of the app that only its owner may run: ask its owner ({owner}) or your administrator to open it once with the owner&apos;s sign-in. Nothing was changed.</source>
        <translation>คลังข้อมูลกลางที่ {display} ต้องได้รับการปรับรุ่นสำหรับแอปรุ่นนี้ ซึ่งเจ้าของคลังข้อมูลเท่านั้นทำได้: โปรดขอให้เจ้าของ ({owner}) หรือผู้ดูแลระบบเปิดคลังนี้หนึ่งครั้งด้วยบัญชีเข้าใช้ของเจ้าของ ไม่ได้เปลี่ยนแปลงสิ่งใด</translation>
    </message>
    <message>
        <source>The team store at {locator_display} reports damaged data ({damaged}): nothing more is written from this app. Ask the server&apos;s administrator to restore it.</source>
        <translation>คลังข้อมูลกลางที่ {locator_display} รายงานว่าข้อมูลเสียหาย ({damaged}): แอปนี้จะไม่เขียนสิ่งใดอีก โปรดขอให้ผู้ดูแลเซิร์ฟเวอร์กู้คืน</translation>
    </message>
    <message>
        <source>{locator_display} holds no ADGSOM Desktop store. Create one in an empty database: adgsom-desktop team init --store {locator_display}</source>
        <translation>{locator_display} ไม่มีคลังข้อมูลของ ADGSOM Desktop โปรดสร้างในฐานข้อมูลว่าง: adgsom-desktop team init --store {locator_display}</translation>
    </message>
    <message>
        <source>The team store at {locator_display} was written by a newer version of ADGSOM Desktop (schema {revision}): update the app to open it.</source>
        <translation>คลังข้อมูลกลางที่ {locator_display} เขียนโดย ADGSOM Desktop รุ่นที่ใหม่กว่า (schema {revision}): โปรดอัปเดตแอปเพื่อเปิด</translation>
    </message>
    <message>
        <source>{locator_display} holds tables that are not an ADGSOM Desktop store: they were left as they are.</source>
        <translation>{locator_display} มีตารางที่ไม่ใช่คลังข้อมูลของ ADGSOM Desktop: ตารางเหล่านั้นคงไว้ตามเดิม</translation>
    </message>
    <message>
        <source>The links between the copied rows could not be made consistent.</source>
        <translation>ทำให้การเชื่อมโยงระหว่างแถวที่คัดลอกสอดคล้องกันไม่ได้</translation>
    </message>
    <message>
        <source>{out} already exists: choose a new file for the readable copy.</source>
        <translation>มี {out} อยู่แล้ว: โปรดเลือกไฟล์ใหม่สำหรับสำเนาที่อ่านได้</translation>
    </message>
    <message>
        <source>The readable copy fails its integrity check ({rows}): not kept.</source>
        <translation>สำเนาที่อ่านได้ตรวจสอบความสมบูรณ์ไม่ผ่าน ({rows}): ไม่ได้เก็บไว้</translation>
    </message>
    <message>
        <source>The readable copy has broken links between its rows: not kept.</source>
        <translation>สำเนาที่อ่านได้มีการเชื่อมโยงระหว่างแถวที่เสียหาย: ไม่ได้เก็บไว้</translation>
    </message>
    <message>
        <source>{out} appeared while the copy was being made: nothing was written.</source>
        <translation>{out} ปรากฏขึ้นระหว่างการทำสำเนา: ไม่มีสิ่งใดถูกเขียน</translation>
    </message>
    <message>
        <source>The readable copy could not be written: {exc}.</source>
        <translation>เขียนสำเนาที่อ่านได้ไม่ได้: {exc}</translation>
    </message>
    <message>
        <source>No store at {path}.</source>
        <translation>ไม่มีคลังข้อมูลที่ {path}</translation>
    </message>
    <message>
        <source>{path_name} is a database of another application, not an ADGSOM Desktop store: nothing was copied.</source>
        <translation>{path_name} เป็นฐานข้อมูลของแอปพลิเคชันอื่น ไม่ใช่คลังข้อมูลของ ADGSOM Desktop: ไม่ได้คัดลอกสิ่งใด</translation>
    </message>
    <message>
        <source>{path_name} is damaged beyond reading: its list of tables cannot be read ({exc}). Nothing can be copied from it; restore a backup.</source>
        <translation>{path_name} เสียหายจนอ่านไม่ได้: อ่านรายการตารางไม่ได้ ({exc}) คัดลอกสิ่งใดจากไฟล์นี้ไม่ได้ โปรดกู้คืนจากสำรองข้อมูล</translation>
    </message>
    <message>
        <source>Wrong passphrase for {path_name}.</source>
        <translation>วลีรหัสผ่านของ {path_name} ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>{path_name} cannot be opened: {exc}.</source>
        <translation>เปิด {path_name} ไม่ได้: {exc}</translation>
    </message>
    <message>
        <source>{path_name} is damaged: part of it cannot be read ({damaged}). Nothing more is written to it (no save, no backup, no audit entry).</source>
        <translation>{path_name} เสียหาย: อ่านบางส่วนไม่ได้ ({damaged}) จะไม่มีการเขียนสิ่งใดลงไปอีก (ไม่บันทึก ไม่สำรองข้อมูล ไม่ลงบันทึกการตรวจสอบ)</translation>
    </message>
    <message>
        <source>Team members sign in to a team store on a server; {locator_display} is a store file on this computer (its passphrase protects it).</source>
        <translation>สมาชิกทีมลงชื่อเข้าใช้คลังข้อมูลกลางบนเซิร์ฟเวอร์ {locator_display} เป็นไฟล์คลังข้อมูลในคอมพิวเตอร์เครื่องนี้ (ป้องกันด้วยวลีรหัสผ่าน)</translation>
    </message>
    <message>
        <source>{path_name} is damaged: part of it cannot be read ({found_damage}). It was written by an older version of ADGSOM Desktop (schema {found_revision}) and needs an upgrade to open, but damaged data is never upgraded: the file was not changed. Restore a good backup, or save a readable copy (adgsom-desktop salvage).</source>
        <translation>{path_name} เสียหาย: อ่านบางส่วนไม่ได้ ({found_damage}) ไฟล์นี้เขียนโดย ADGSOM Desktop รุ่นที่เก่ากว่า (schema {found_revision}) และต้องอัปเกรดก่อนเปิด แต่ข้อมูลที่เสียหายจะไม่ถูกอัปเกรด: ไฟล์ไม่ได้ถูกเปลี่ยน โปรดกู้คืนจากสำรองข้อมูลที่ดี หรือบันทึกสำเนาที่อ่านได้ (adgsom-desktop salvage)</translation>
    </message>
    <message>
        <source>{path} is a link to {target}, which does not exist: choose another name (the link was left as it is).</source>
        <translation>{path} เป็นลิงก์ไปยัง {target} ซึ่งไม่มีอยู่: โปรดเลือกชื่ออื่น (ลิงก์คงไว้ตามเดิม)</translation>
    </message>
    <message>
        <source>{path} already exists: choose another name.</source>
        <translation>มี {path} อยู่แล้ว: โปรดเลือกชื่ออื่น</translation>
    </message>
    <message>
        <source>The name {name}… is too long: a store&apos;s name may have at most {max_name_bytes} bytes (its backups folder and side files add to it).</source>
        <translation>ชื่อ {name}… ยาวเกินไป: ชื่อคลังข้อมูลมีได้ไม่เกิน {max_name_bytes} ไบต์ (โฟลเดอร์สำรองข้อมูลและไฟล์ประกอบจะเพิ่มความยาว)</translation>
    </message>
    <message>
        <source>Cannot create the folder {path_parent}: {exc_strerror}.</source>
        <translation>สร้างโฟลเดอร์ {path_parent} ไม่ได้: {exc_strerror}</translation>
    </message>
    <message>
        <source>{path} appeared while the store was being created.</source>
        <translation>{path} ปรากฏขึ้นระหว่างการสร้างคลังข้อมูล</translation>
    </message>
    <message>
        <source>Could not create {path_name}: {exc}.</source>
        <translation>สร้าง {path_name} ไม่ได้: {exc}</translation>
    </message>
    <message>
        <source>{store_name} is being opened and closed elsewhere: try again.</source>
        <translation>{store_name} กำลังถูกเปิดและปิดที่อื่น: โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <source>{store_name} is already open in another ADGSOM Desktop window or process. Close it there first.</source>
        <translation>{store_name} เปิดอยู่แล้วในหน้าต่างหรือโปรเซสอื่นของ ADGSOM Desktop โปรดปิดที่นั่นก่อน</translation>
    </message>
    <message>
        <source>Cannot lock {store_name}: {exc_strerror}.</source>
        <translation>ล็อก {store_name} ไม่ได้: {exc_strerror}</translation>
    </message>
    <message>
        <source>The passphrase change was committed but could not be finished now ({why}): it is finished the next time the store is opened. Close the store and open it again.</source>
        <translation>การเปลี่ยนวลีรหัสผ่านได้รับการยืนยันแล้วแต่ยังทำให้เสร็จไม่ได้ในตอนนี้ ({why}): จะเสร็จสิ้นเมื่อเปิดคลังข้อมูลครั้งถัดไป โปรดปิดคลังข้อมูลแล้วเปิดอีกครั้ง</translation>
    </message>
    <message>
        <source>The encryption was committed but could not be finished now ({why}): it is finished the next time the store is opened. Close the store and open it again.</source>
        <translation>การเข้ารหัสได้รับการยืนยันแล้วแต่ยังทำให้เสร็จไม่ได้ในตอนนี้ ({why}): จะเสร็จสิ้นเมื่อเปิดคลังข้อมูลครั้งถัดไป โปรดปิดคลังข้อมูลแล้วเปิดอีกครั้ง</translation>
    </message>
    <message>
        <source>The re-keyed copy of {path_name} differs.</source>
        <translation>สำเนาที่เปลี่ยนกุญแจของ {path_name} ไม่ตรงกัน</translation>
    </message>
    <message>
        <source>The store is not encrypted.</source>
        <translation>คลังข้อมูลไม่ได้เข้ารหัส</translation>
    </message>
    <message>
        <source>The current passphrase is not correct. Nothing changed.</source>
        <translation>วลีรหัสผ่านปัจจุบันไม่ถูกต้อง ไม่มีสิ่งใดเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>This store is already encrypted: change its passphrase instead.</source>
        <translation>คลังข้อมูลนี้เข้ารหัสอยู่แล้ว: โปรดเปลี่ยนวลีรหัสผ่านแทน</translation>
    </message>
    <message>
        <source>The backup {source_name} could not be encrypted ({exc}): nothing was changed, the store and its backups are still plain. The backup may be damaged: delete it (Tools &gt; Backups), then encrypt again.</source>
        <translation>เข้ารหัสสำรองข้อมูล {source_name} ไม่ได้ ({exc}): ไม่มีสิ่งใดถูกเปลี่ยน คลังข้อมูลและสำรองข้อมูลยังไม่เข้ารหัส สำรองข้อมูลอาจเสียหาย: โปรดลบ (เครื่องมือ &gt; สำรองข้อมูล) แล้วเข้ารหัสอีกครั้ง</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: {why}. Nothing was changed: the current passphrase still opens the store and its backups.</source>
        <translation>เปลี่ยนวลีรหัสผ่านไม่ได้: {why} ไม่มีสิ่งใดถูกเปลี่ยน: วลีรหัสผ่านปัจจุบันยังเปิดคลังข้อมูลและสำรองข้อมูลได้</translation>
    </message>
    <message>
        <source>The store could not be encrypted: {why}. Nothing was changed: the store and its backups are still plain.</source>
        <translation>เข้ารหัสคลังข้อมูลไม่ได้: {why} ไม่มีสิ่งใดถูกเปลี่ยน: คลังข้อมูลและสำรองข้อมูลยังไม่เข้ารหัส</translation>
    </message>
    <message>
        <source>The re-keyed copy differs from the store; nothing changed.</source>
        <translation>สำเนาที่เปลี่ยนกุญแจไม่ตรงกับคลังข้อมูล ไม่มีสิ่งใดเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The encrypted copy differs from the store; nothing was changed.</source>
        <translation>สำเนาที่เข้ารหัสไม่ตรงกับคลังข้อมูล ไม่มีสิ่งใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>{path_name} is not an ADGSOM Desktop store (not a database file).</source>
        <translation>{path_name} ไม่ใช่คลังข้อมูลของ ADGSOM Desktop (ไม่ใช่ไฟล์ฐานข้อมูล)</translation>
    </message>
    <message>
        <source>{name} is damaged: part of it cannot be read ({detail}).</source>
        <translation>{name} เสียหาย: อ่านบางส่วนไม่ได้ ({detail})</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>ภาพ PNG</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>เอกสาร PDF</translation>
    </message>
    <message>
        <source>a ZIP archive (such as a Word or Excel file)</source>
        <translation>ไฟล์บีบอัด ZIP (เช่น ไฟล์ Word หรือ Excel)</translation>
    </message>
    <message>
        <source>an older Office document</source>
        <translation>เอกสาร Office แบบเก่า</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ภาพ JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ภาพ GIF</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>เอกสาร RTF</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>ไฟล์ข้อความ</translation>
    </message>
    <message>
        <source>{path_name} is empty: it is not an ADGSOM Desktop store.</source>
        <translation>{path_name} ว่างเปล่า: ไม่ใช่คลังข้อมูลของ ADGSOM Desktop</translation>
    </message>
    <message>
        <source>{path_name} is not an ADGSOM Desktop store: it is {what}.</source>
        <translation>{path_name} ไม่ใช่คลังข้อมูลของ ADGSOM Desktop: เป็น {what}</translation>
    </message>
    <message>
        <source>{path_name} is encrypted (or not a store): enter its passphrase.</source>
        <translation>{path_name} เข้ารหัสไว้ (หรือไม่ใช่คลังข้อมูล): โปรดป้อนวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>{path_name} is truncated: it is not a complete store.</source>
        <translation>{path_name} ถูกตัดทอน: ไม่ใช่คลังข้อมูลที่สมบูรณ์</translation>
    </message>
    <message>
        <source>{path_name} has a damaged header: it cannot be opened.</source>
        <translation>{path_name} มีส่วนหัวที่เสียหาย: เปิดไม่ได้</translation>
    </message>
    <message>
        <source>{path_name} is truncated ({size:,} of {expected_size:,} bytes): it is not a complete store. Restore it from a backup.</source>
        <translation>{path_name} ถูกตัดทอน ({size:,} จาก {expected_size:,} ไบต์): ไม่ใช่คลังข้อมูลที่สมบูรณ์ โปรดกู้คืนจากสำรองข้อมูล</translation>
    </message>
    <message>
        <source>{path} is a folder, not a store file.</source>
        <translation>{path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์คลังข้อมูล</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device or a pipe): not a store.</source>
        <translation>{path} ไม่ใช่ไฟล์ปกติ (เป็นอุปกรณ์หรือไปป์): ไม่ใช่คลังข้อมูล</translation>
    </message>
    <message>
        <source>{path_name} was written by a newer version of ADGSOM Desktop (schema {revision}). Update the app to open it; the file was not changed.</source>
        <translation>{path_name} เขียนโดย ADGSOM Desktop รุ่นที่ใหม่กว่า (schema {revision}) โปรดอัปเดตแอปเพื่อเปิด ไฟล์ไม่ได้ถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>The folder {folder} is not writable: the store cannot be opened for editing there. Copy it to a writable folder.</source>
        <translation>โฟลเดอร์ {folder} เขียนไม่ได้: เปิดคลังข้อมูลเพื่อแก้ไขที่นั่นไม่ได้ โปรดคัดลอกไปยังโฟลเดอร์ที่เขียนได้</translation>
    </message>
    <message>
        <source>{path_name} is read-only: it cannot be opened for editing.</source>
        <translation>{path_name} เป็นแบบอ่านอย่างเดียว: เปิดเพื่อแก้ไขไม่ได้</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied.</source>
        <translation>อ่าน {path} ไม่ได้: ไม่มีสิทธิ์</translation>
    </message>
    <message>
        <source>{path_name} is a database of another application, not an ADGSOM Desktop store.</source>
        <translation>{path_name} เป็นฐานข้อมูลของแอปพลิเคชันอื่น ไม่ใช่คลังข้อมูลของ ADGSOM Desktop</translation>
    </message>
    <message>
        <source>{path_name} is not an ADGSOM Desktop store.</source>
        <translation>{path_name} ไม่ใช่คลังข้อมูลของ ADGSOM Desktop</translation>
    </message>
    <message>
        <source>Wrong passphrase for {path_name} (or the file is not a store).</source>
        <translation>วลีรหัสผ่านของ {path_name} ไม่ถูกต้อง (หรือไฟล์ไม่ใช่คลังข้อมูล)</translation>
    </message>
    <message>
        <source>The passphrase could not be checked against {path_name} or an encrypted backup of it, and the backup is not encrypted: the store would be left unencrypted, so nothing was changed. Enter the store&apos;s passphrase, or choose an encrypted backup.</source>
        <translation>ตรวจสอบวลีรหัสผ่านกับ {path_name} หรือสำรองข้อมูลที่เข้ารหัสของไฟล์นี้ไม่ได้ และสำรองข้อมูลไม่ได้เข้ารหัส: คลังข้อมูลจะไม่ถูกเข้ารหัส จึงไม่มีสิ่งใดถูกเปลี่ยน โปรดป้อนวลีรหัสผ่านของคลังข้อมูล หรือเลือกสำรองข้อมูลที่เข้ารหัส</translation>
    </message>
    <message>
        <source>No backup at {source}.</source>
        <translation>ไม่มีสำรองข้อมูลที่ {source}</translation>
    </message>
    <message>
        <source>{path_name} is encrypted (or its first page is lost) and the backup {source_name} is not: enter the store&apos;s passphrase, so that the restored copy is encrypted with it. Nothing was changed.</source>
        <translation>{path_name} เข้ารหัสไว้ (หรือหน้าแรกสูญหาย) แต่สำรองข้อมูล {source_name} ไม่ได้เข้ารหัส: โปรดป้อนวลีรหัสผ่านของคลังข้อมูล เพื่อให้สำเนาที่กู้คืนเข้ารหัสด้วยวลีรหัสผ่านนั้น ไม่มีสิ่งใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>Wrong passphrase for the backup {source_name}.</source>
        <translation>วลีรหัสผ่านของสำรองข้อมูล {source_name} ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The backup {source_name} is damaged: {exc}.</source>
        <translation>สำรองข้อมูล {source_name} เสียหาย: {exc}</translation>
    </message>
    <message>
        <source>{source_name} was made under another passphrase: enter that passphrase.</source>
        <translation>{source_name} ทำขึ้นด้วยวลีรหัสผ่านอื่น: โปรดป้อนวลีรหัสผ่านนั้น</translation>
    </message>
    <message>
        <source>The backup could not be restored: {exc}.</source>
        <translation>กู้คืนสำรองข้อมูลไม่ได้: {exc}</translation>
    </message>
    <message>
        <source>The store is damaged: part of it cannot be read. Nothing was overwritten.

Use Tools &gt; Check database: it offers the newest good backup.</source>
        <translation>คลังข้อมูลเสียหาย: อ่านบางส่วนไม่ได้ ไม่มีสิ่งใดถูกเขียนทับ

โปรดใช้ เครื่องมือ &gt; ตรวจสอบฐานข้อมูล ซึ่งจะเสนอสำรองข้อมูลที่ดีล่าสุด</translation>
    </message>
    <message>
        <source>Not saved: %1.

Nothing saved before was lost.</source>
        <translation>ไม่ได้บันทึก: %1

สิ่งที่บันทึกไว้ก่อนหน้านี้ไม่สูญหาย</translation>
    </message>
    <message>
        <source>Something went wrong (%1).

Nothing you saved before was lost. Details are in %2.</source>
        <translation>เกิดข้อผิดพลาด (%1)

สิ่งที่ท่านบันทึกไว้ก่อนหน้านี้ไม่สูญหาย รายละเอียดอยู่ใน %2</translation>
    </message>
    <message>
        <source>This is a trip copy: cooperation projects are changed in the team store (their progress, links to items and imports too); the copy shows them as they were when it was taken or last brought back. Nothing was changed.</source>
        <translation>นี่คือสำเนาสำหรับเดินทาง: โครงการความร่วมมือเปลี่ยนแปลงได้ที่คลังข้อมูลกลางเท่านั้น (รวมถึงความคืบหน้า การเชื่อมโยงกับวาระ และการนำเข้า) สำเนานี้แสดงตามที่เป็นเมื่อนำออกมาหรือนำกลับครั้งล่าสุด ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>This is a trip copy: negotiated texts are changed in the team store (import the revision, enter our amendments and the paragraphs&apos; states there); the copy shows them as they were when it was taken or last brought back. Nothing was changed.</source>
        <translation>นี่คือสำเนาสำหรับเดินทาง: ร่างข้อความเจรจาเปลี่ยนแปลงได้ที่คลังข้อมูลกลางเท่านั้น (นำเข้าฉบับแก้ไข บันทึกข้อเสนอแก้ไขของเราและสถานะของแต่ละย่อหน้าที่นั่น) สำเนานี้แสดงตามที่เป็นเมื่อนำออกมาหรือนำกลับครั้งล่าสุด ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>for {member}</source>
        <translation>{member}</translation>
    </message>
    <message>
        <source>A point delivered was not ticked here: the brief no longer has the point “{point}” (it was reworded or removed). Tick it again after settling the brief.</source>
        <translation>ประเด็นที่กล่าวแล้วไม่ได้ถูกทำเครื่องหมายที่นี่: ท่าทีไม่มีประเด็น “{point}” แล้ว (ถูกปรับถ้อยคำหรือถูกลบ) ทำเครื่องหมายอีกครั้งหลังจากยุติข้อขัดแย้งของท่าทีแล้ว</translation>
    </message>
    <message>
        <source>an item</source>
        <translation>ระเบียบวาระหนึ่ง</translation>
    </message>
    <message>
        <source>The approval of the brief on {item} is not signed by its approver&apos;s key: the brief comes in for review, not approved.</source>
        <translation>การอนุมัติท่าทีเรื่อง {item} ไม่ได้ลงนามด้วยกุญแจของผู้อนุมัติ: ท่าทีนี้เข้ามาในสถานะรอตรวจ ไม่ใช่อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>The approved brief on {item} was edited elsewhere: it returns to draft (both versions are kept).</source>
        <translation>ท่าทีที่อนุมัติแล้วเรื่อง {item} ถูกแก้ไขที่อื่น: ท่าทีนี้กลับเป็นร่าง (เก็บไว้ทั้งสองฉบับ)</translation>
    </message>
    <message>
        <source>its event is not in this store</source>
        <translation>งานประชุมของรายการนี้ไม่มีอยู่ในคลังข้อมูลนี้</translation>
    </message>
    <message>
        <source>its meeting is not in this store</source>
        <translation>การประชุมของรายการนี้ไม่มีอยู่ในคลังข้อมูลนี้</translation>
    </message>
    <message>
        <source>its item is not in this store</source>
        <translation>ระเบียบวาระของรายการนี้ไม่มีอยู่ในคลังข้อมูลนี้</translation>
    </message>
    <message>
        <source>{clash}: not added to {meeting} from {origin} (one person cannot be at two meetings at once). Change who goes to one of them, then bring it back or import it again.</source>
        <translation>{clash}: ไม่ได้เพิ่มเข้า {meeting} จาก {origin} (บุคคลหนึ่งเข้าร่วมสองการประชุมในเวลาเดียวกันไม่ได้) เปลี่ยนผู้เข้าร่วมการประชุมหนึ่งในนั้น แล้วนำกลับหรือนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>{count} {kind}</source>
        <translation>{kind} {count} รายการ</translation>
    </message>
    <message>
        <source>an item not in this store</source>
        <translation>ระเบียบวาระที่ไม่มีอยู่ในคลังข้อมูลนี้</translation>
    </message>
    <message>
        <source>sub-item {number} of {item}</source>
        <translation>ระเบียบวาระย่อยที่ {number} ของ {item}</translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}</translation>
    </message>
    <message>
        <source>item {number} of the agenda</source>
        <translation>ระเบียบวาระที่ {number}</translation>
    </message>
    <message>
        <source>Nothing new: this store already holds everything in it.</source>
        <translation>ไม่มีอะไรใหม่: คลังข้อมูลนี้มีทุกอย่างในนั้นอยู่แล้ว</translation>
    </message>
    <message>
        <source>Nothing new taken.</source>
        <translation>ไม่ได้รับสิ่งใหม่</translation>
    </message>
    <message>
        <source>now {place}</source>
        <translation>ตอนนี้เป็น{place}</translation>
    </message>
    <message>
        <source>{action}: {what}</source>
        <translation>{action}: {what}</translation>
    </message>
    <message>
        <source>entered in the register: 1 issue printed on the trip</source>
        <translation>บันทึกลงทะเบียนแล้ว: ฉบับที่พิมพ์ระหว่างเดินทาง 1 รายการ</translation>
    </message>
    <message>
        <source>entered in the register: {n} issues printed on the trip</source>
        <translation>บันทึกลงทะเบียนแล้ว: ฉบับที่พิมพ์ระหว่างเดินทาง {n} รายการ</translation>
    </message>
    <message>
        <source>The {record} was changed here and in {origin} since the two last met. Nothing was overwritten: keep ours, take theirs, or merge them. Both versions stay in the history.</source>
        <translation>{record} ถูกเปลี่ยนทั้งที่นี่และใน {origin} ตั้งแต่ทั้งสองฝั่งตรงกันครั้งล่าสุด ไม่มีสิ่งใดถูกเขียนทับ: เก็บของเรา รับของอีกฝ่าย หรือรวมทั้งสอง ทั้งสองฉบับยังอยู่ในประวัติ</translation>
    </message>
    <message>
        <source>“{record}” was changed here and in {origin} since the two last met. Nothing was overwritten: keep ours, take theirs, or merge them. Both versions stay in the history.</source>
        <translation>“{record}” ถูกเปลี่ยนทั้งที่นี่และใน {origin} ตั้งแต่ทั้งสองฝั่งตรงกันครั้งล่าสุด ไม่มีสิ่งใดถูกเขียนทับ: เก็บของเรา รับของอีกฝ่าย หรือรวมทั้งสอง ทั้งสองฉบับยังอยู่ในประวัติ</translation>
    </message>
    <message>
        <source>A {kind} changed on both sides</source>
        <translation>{kind}ที่เปลี่ยนทั้งสองฝั่ง</translation>
    </message>
    <message>
        <source>Ours (this store)</source>
        <translation>ของเรา (คลังข้อมูลนี้)</translation>
    </message>
    <message>
        <source>Theirs ({origin})</source>
        <translation>ของอีกฝ่าย ({origin})</translation>
    </message>
    <message>
        <source>negotiated texts (documents, revisions, brackets, our amendments)</source>
        <translation>ร่างข้อความเจรจา (เอกสาร ฉบับแก้ไข วงเล็บ ข้อเสนอแก้ไขของเรา)</translation>
    </message>
    <message>
        <source>cooperation projects (and their links to agenda items)</source>
        <translation>โครงการความร่วมมือ (และการเชื่อมโยงกับระเบียบวาระ)</translation>
    </message>
    <message>
        <source>events and meetings that are not part of the trip</source>
        <translation>งานประชุมและการประชุมที่ไม่ได้เป็นส่วนหนึ่งของการเดินทาง</translation>
    </message>
    <message>
        <source>a trip copy brings back its own event (and the meetings it builds on) only: enter them in the team store</source>
        <translation>สำเนาสำหรับเดินทางนำกลับเฉพาะงานประชุมของตนเอง (และการประชุมที่ต่อยอดจากกัน) เท่านั้น: บันทึกในคลังข้อมูลกลาง</translation>
    </message>
    <message>
        <source>{sender}&apos;s bundle of {when}</source>
        <translation>ชุดข้อมูลแลกเปลี่ยนของ {sender} เมื่อ {when}</translation>
    </message>
    <message>
        <source>{sections} from {side}</source>
        <translation>{sections} จาก{side}</translation>
    </message>
    <message>
        <source>changed on both sides: {sections}</source>
        <translation>เปลี่ยนทั้งสองฝั่ง: {sections}</translation>
    </message>
    <message>
        <source>item {number} “{title}” ({meeting})</source>
        <translation>ระเบียบวาระ {number} “{title}” ({meeting})</translation>
    </message>
    <message>
        <source>item “{title}” ({meeting})</source>
        <translation>ระเบียบวาระ “{title}” ({meeting})</translation>
    </message>
    <message>
        <source>here</source>
        <translation>ที่นี่</translation>
    </message>
    <message>
        <source>Wrong passphrase for {who}&apos;s key. Nothing was changed.</source>
        <translation>วลีรหัสผ่านของกุญแจของ {who} ไม่ถูกต้อง ไม่มีสิ่งใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>This file is a member&apos;s key, not a bundle: compare its fingerprint with them, then import it (keys import). Nothing was changed.</source>
        <translation>ไฟล์นี้เป็นกุญแจของสมาชิก ไม่ใช่ชุดข้อมูลแลกเปลี่ยน: โปรดเทียบลายนิ้วมือกับบุคคลนั้น แล้วนำเข้ากุญแจ (keys import) ไม่มีสิ่งใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>negotiated texts</source>
        <translation>ร่างข้อความเจรจา</translation>
    </message>
    <message>
        <source>cooperation projects</source>
        <translation>โครงการความร่วมมือ</translation>
    </message>
    <message>
        <source>brief on {item}</source>
        <translation>ท่าทีของ{item}</translation>
    </message>
    <message>
        <source>{delegation} on {item}</source>
        <translation>{delegation} ใน{item}</translation>
    </message>
    <message>
        <source>{person} goes to {meeting}</source>
        <translation>{person} เข้าร่วม {meeting}</translation>
    </message>
    <message>
        <source>our speaking from {when}</source>
        <translation>การกล่าวของเราตั้งแต่ {when}</translation>
    </message>
    <message>
        <source>delivered: {text}</source>
        <translation>กล่าวแล้ว: {text}</translation>
    </message>
    <message>
        <source>{person} on {item}</source>
        <translation>{person} ใน{item}</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>สมาชิกคนหนึ่ง</translation>
    </message>
    <message>
        <source>the meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>a counterpart</source>
        <translation>ผู้แทนฝ่ายอื่นคนหนึ่ง</translation>
    </message>
    <message>
        <source>refreshed from the team store (read only here): {what}</source>
        <translation>ปรับปรุงจากคลังข้อมูลกลางแล้ว (อ่านอย่างเดียวที่นี่): {what}</translation>
    </message>
    <message>
        <source>the team store</source>
        <translation>คลังข้อมูลกลาง</translation>
    </message>
    <message>
        <source>This bundle is sealed to {member}&apos;s key {fingerprint}; this store holds only {member}&apos;s other key, {own_fingerprint}: ask the sender to send it to that key. Nothing was changed.</source>
        <translation>ชุดข้อมูลแลกเปลี่ยนนี้ปิดผนึกถึงกุญแจ {fingerprint} ของ {member}; คลังข้อมูลนี้มีเพียงกุญแจอีกดอกของ {member} คือ {own_fingerprint}: โปรดขอให้ผู้ส่งส่งถึงกุญแจดอกนั้น ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>{text!r} matches several members ({key_names}): give more of the name or the fingerprint.</source>
        <translation>{text!r} ตรงกับสมาชิกหลายคน ({key_names}): โปรดระบุชื่อให้มากขึ้นหรือระบุลายนิ้วมือ</translation>
    </message>
    <message>
        <source>{member} has {count} keys here: give the fingerprint ({key_list}).</source>
        <translation>{member} มีกุญแจ {count} ดอกที่นี่: โปรดระบุลายนิ้วมือ ({key_list})</translation>
    </message>
    <message>
        <source>public key, imported: a bundle sealed to it opens in the store where it was made</source>
        <translation>กุญแจสาธารณะที่นำเข้า: ชุดข้อมูลแลกเปลี่ยนที่ปิดผนึกถึงกุญแจนี้เปิดได้ในคลังข้อมูลที่สร้างกุญแจนี้</translation>
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
        <translation>กุญแจของคุณเอง เก็บในคลังข้อมูลนี้: ลงนามและเปิดที่นี่</translation>
    </message>
    <message>
        <source>{member}&apos;s own key, kept in this store: signs and opens here with {member}&apos;s key passphrase</source>
        <translation>กุญแจของ {member} เอง เก็บในคลังข้อมูลนี้: ลงนามและเปิดที่นี่ด้วยวลีรหัสผ่านกุญแจของ {member}</translation>
    </message>
    <message>
        <source>{member}&apos;s key, kept in this store: a bundle sealed to it opens here, signed in as {member}</source>
        <translation>กุญแจของ {member} เก็บในคลังข้อมูลนี้: ชุดข้อมูลแลกเปลี่ยนที่ปิดผนึกถึงกุญแจนี้เปิดได้ที่นี่ เมื่อลงชื่อเข้าใช้ในนาม {member}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ยังไม่มี</translation>
    </message>
    <message>
        <source>{target} already exists: nothing was written. Choose another file, or say that it is replaced (keys export --force).</source>
        <translation>มี {target} อยู่แล้ว: ไม่ได้เขียนสิ่งใด เลือกไฟล์อื่น หรือระบุว่าให้แทนที่ (keys export --force)</translation>
    </message>
    <message>
        <source>Wrong passphrase for this bundle (the passphrase it was sealed under, not a key&apos;s): nothing was changed.</source>
        <translation>วลีรหัสผ่านของชุดข้อมูลแลกเปลี่ยนนี้ไม่ถูกต้อง (วลีรหัสผ่านที่ใช้ปิดผนึกชุดข้อมูลนี้ ไม่ใช่วลีรหัสผ่านของกุญแจ): ไม่มีสิ่งใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>the trip copy {series} of {taker} ({name})</source>
        <translation>สำเนาสำหรับเดินทาง {series} ของ {taker} ({name})</translation>
    </message>
    <message>
        <source>the trip copy {series} ({name})</source>
        <translation>สำเนาสำหรับเดินทาง {series} ({name})</translation>
    </message>
    <message>
        <source>{origin}; newer than the one from {older}</source>
        <translation>{origin} ใหม่กว่ารายการจาก{older}</translation>
    </message>
    <message>
        <source>{count:,} negotiated text ({names}) with its revisions and our amendments (import a revision, enter our amendments and the paragraphs&apos; states in the team store)</source>
        <translation>ร่างข้อความเจรจา {count:,} ฉบับ ({names}) พร้อมฉบับแก้ไขและข้อเสนอแก้ไขของเรา (นำเข้าฉบับแก้ไข บันทึกข้อเสนอแก้ไขของเราและสถานะของแต่ละย่อหน้าที่คลังข้อมูลกลาง)</translation>
    </message>
    <message>
        <source>{count:,} negotiated texts ({names}) with their revisions and our amendments (import a revision, enter our amendments and the paragraphs&apos; states in the team store)</source>
        <translation>ร่างข้อความเจรจา {count:,} ฉบับ ({names}) พร้อมฉบับแก้ไขและข้อเสนอแก้ไขของเรา (นำเข้าฉบับแก้ไข บันทึกข้อเสนอแก้ไขของเราและสถานะของแต่ละย่อหน้าที่คลังข้อมูลกลาง)</translation>
    </message>
    <message>
        <source>{count:,} cooperation project with its progress and links to items</source>
        <translation>โครงการความร่วมมือ {count:,} โครงการ พร้อมความคืบหน้าและการเชื่อมโยงกับระเบียบวาระ</translation>
    </message>
    <message>
        <source>{count:,} cooperation projects with their progress and links to items</source>
        <translation>โครงการความร่วมมือ {count:,} โครงการ พร้อมความคืบหน้าและการเชื่อมโยงกับระเบียบวาระ</translation>
    </message>
    <message>
        <source>and {count:,} more</source>
        <translation>และอีก {count:,} รายการ</translation>
    </message>
    <message>
        <source>from {origin}</source>
        <translation>จาก{origin}</translation>
    </message>
    <message>
        <source>1 control character was removed.</source>
        <translation>นำอักขระควบคุมออก 1 ตัวแล้ว</translation>
    </message>
    <message>
        <source>{count} control characters were removed.</source>
        <translation>นำอักขระควบคุมออก {count} ตัวแล้ว</translation>
    </message>
    <message>
        <source>1 line before the first numbered item looks like a heading and is left out (tick it to import it).</source>
        <translation>1 บรรทัดก่อนรายการแรกที่มีหมายเลขดูเหมือนหัวข้อ จึงไม่ได้นำเข้า (ทำเครื่องหมายถูกเพื่อนำเข้า)</translation>
    </message>
    <message>
        <source>{count} lines before the first numbered item look like headings and are left out (tick them to import them).</source>
        <translation>{count} บรรทัดก่อนรายการแรกที่มีหมายเลขดูเหมือนหัวข้อ จึงไม่ได้นำเข้า (ทำเครื่องหมายถูกเพื่อนำเข้า)</translation>
    </message>
    <message>
        <source>This does not look like an agenda of this meeting: none of its {count} lines matches an item on the agenda and none is numbered. Nothing was imported. To add the lines anyway, choose “Add after the items there” (command line: --mode append).</source>
        <translation>ไฟล์นี้ดูไม่เหมือนระเบียบวาระของการประชุมนี้: ไม่มีบรรทัดใดใน {count} บรรทัดที่ตรงกับระเบียบวาระที่มีอยู่ และไม่มีบรรทัดใดมีหมายเลข ยังไม่ได้นำเข้าสิ่งใด หากต้องการเพิ่มบรรทัดเหล่านี้อยู่ดี ให้เลือก “เพิ่มต่อจากระเบียบวาระที่มีอยู่” (บรรทัดคำสั่ง: --mode append)</translation>
    </message>
    <message>
        <source>This does not look like an agenda of this meeting: its one line matches no item on the agenda and is not numbered. Nothing was imported. To add the line anyway, choose “Add after the items there” (command line: --mode append).</source>
        <translation>ไฟล์นี้ดูไม่เหมือนระเบียบวาระของการประชุมนี้: บรรทัดเดียวในไฟล์ไม่ตรงกับระเบียบวาระที่มีอยู่ และไม่มีหมายเลข ยังไม่ได้นำเข้าสิ่งใด หากต้องการเพิ่มบรรทัดนี้อยู่ดี ให้เลือก “เพิ่มต่อจากระเบียบวาระที่มีอยู่” (บรรทัดคำสั่ง: --mode append)</translation>
    </message>
    <message>
        <source>{items} and {projects}</source>
        <translation>{items} และ{projects}</translation>
    </message>
    <message>
        <source>1 agenda item</source>
        <translation>ระเบียบวาระ 1 รายการ</translation>
    </message>
    <message>
        <source>{count} agenda items</source>
        <translation>ระเบียบวาระ {count} รายการ</translation>
    </message>
    <message>
        <source>1 project</source>
        <translation>โครงการ 1 โครงการ</translation>
    </message>
    <message>
        <source>{count} projects</source>
        <translation>โครงการ {count} โครงการ</translation>
    </message>
    <message>
        <source>{t_label} tags {uses}: take it off them first.</source>
        <translation>{t_label} ติดแท็กอยู่กับ{uses}: โปรดนำออกจากรายการเหล่านั้นก่อน</translation>
    </message>
    <message>
        <source>merged when {origin} was brought back: {merged}</source>
        <translation>ผสานเมื่อนำ{origin}กลับ: {merged}</translation>
    </message>
    <message>
        <source>merged with {origin}: {merged}</source>
        <translation>ผสานกับ{origin}: {merged}</translation>
    </message>
    <message>
        <source>The database {locator_display} is not empty (1 table: {shown}): a team store is created only in an empty database. Create one (createdb) or choose another.</source>
        <translation>ฐานข้อมูล {locator_display} ไม่ว่างเปล่า (1 ตาราง: {shown}): คลังข้อมูลกลางสร้างได้เฉพาะในฐานข้อมูลว่าง โปรดสร้างใหม่ (createdb) หรือเลือกฐานข้อมูลอื่น</translation>
    </message>
    <message>
        <source>The database {locator_display} is not empty ({count_tables} tables: {shown}): a team store is created only in an empty database. Create one (createdb) or choose another.</source>
        <translation>ฐานข้อมูล {locator_display} ไม่ว่างเปล่า ({count_tables} ตาราง: {shown}): คลังข้อมูลกลางสร้างได้เฉพาะในฐานข้อมูลว่าง โปรดสร้างใหม่ (createdb) หรือเลือกฐานข้อมูลอื่น</translation>
    </message>
    <message>
        <source>Nothing was restored: 1 session is connected to {locator_display}: {who}. Ask them to close the store first.</source>
        <translation>ไม่ได้กู้คืนสิ่งใด: มี 1 เซสชันเชื่อมต่อกับ {locator_display}: {who} โปรดขอให้ปิดคลังข้อมูลก่อน</translation>
    </message>
    <message>
        <source>Nothing was restored: {count_connected} sessions are connected to {locator_display}: {who}. Ask them to close the store first.</source>
        <translation>ไม่ได้กู้คืนสิ่งใด: มี {count_connected} เซสชันเชื่อมต่อกับ {locator_display}: {who} โปรดขอให้ปิดคลังข้อมูลก่อน</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>งานประชุมใหม่</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>รายละเอียดงานประชุม</translation>
    </message>
    <message>
        <source>An event is a meeting week in one city, such as “6th ADGMIN and related meetings, Hà Nội”. Its meetings, steering brief and logistics go into the briefing pack.</source>
        <translation>งานประชุมคือสัปดาห์การประชุมในเมืองหนึ่ง เช่น “6th ADGMIN and related meetings, Hà Nội” การประชุม แนวทางการประชุม และข้อมูลการเดินทางของงานประชุมจะอยู่ในแฟ้มบรีฟ</translation>
    </message>
    <message>
        <source>6th ADGMIN and related meetings</source>
        <translation>6th ADGMIN and related meetings</translation>
    </message>
    <message>
        <source>ADGMIN 6, Hà Nội (lists and page headers)</source>
        <translation>ADGMIN 6, Hà Nội (รายการและหัวกระดาษ)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(ยังไม่ได้กำหนด)</translation>
    </message>
    <message>
        <source>Hà Nội</source>
        <translation>Hà Nội</translation>
    </message>
    <message>
        <source>to be confirmed</source>
        <translation>รอยืนยัน</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Overall objectives and handling for the week: what we want to come home with, the line on sensitive items, who speaks when</source>
        <translation>วัตถุประสงค์โดยรวมและแนวทางของสัปดาห์: สิ่งที่ต้องการได้กลับไป ท่าทีในระเบียบวาระที่อ่อนไหว ใครกล่าวเมื่อใด</translation>
    </message>
    <message>
        <source>Venue, hotel, transport, accreditation, delegation office, contacts</source>
        <translation>สถานที่ประชุม โรงแรม การเดินทาง การลงทะเบียน สำนักงานคณะผู้แทน ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Steering brief</source>
        <translation>แนวทางการประชุม</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>วันแรก</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>วันสุดท้าย</translation>
    </message>
    <message>
        <source>The head of delegation&apos;s guidance for the whole event</source>
        <translation>แนวทางของหัวหน้าคณะผู้แทนสำหรับงานประชุมทั้งหมด</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>ข้อมูลการเดินทางและสถานที่</translation>
    </message>
    <message>
        <source>Travel, venue, hotel and contacts</source>
        <translation>การเดินทาง สถานที่ โรงแรม และผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>ชื่อเรื่อง:</translation>
    </message>
    <message>
        <source>Short title:</source>
        <translation>ชื่อย่อ:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>เจ้าภาพ:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>เมือง:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>ประเทศ:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>วันที่:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>เขตเวลา:</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>สร้างงานประชุม</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Without a time zone, times are shown in this laptop&apos;s time.</source>
        <translation>หากไม่มีเขตเวลา เวลาจะแสดงตามเวลาของเครื่องนี้</translation>
    </message>
    <message>
        <source>%s. The times of the meetings and of the notes taken in the room are shown in this zone.</source>
        <translation>%s เวลาของการประชุมและของบันทึกที่จดในห้องประชุมจะแสดงตามเขตเวลานี้</translation>
    </message>
    <message>
        <source>Not a known time zone: choose one from the list.</source>
        <translation>ไม่ใช่เขตเวลาที่รู้จัก: เลือกจากรายการ</translation>
    </message>
    <message>
        <source>Give the event a title, e.g. “6th ADGMIN and related meetings”.</source>
        <translation>ตั้งชื่องานประชุม เช่น “6th ADGMIN and related meetings”</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>งานประชุมจะสิ้นสุดก่อนเริ่มไม่ได้</translation>
    </message>
    <message>
        <source>An event of more than two months? Check the dates (one meeting week is one event).</source>
        <translation>งานประชุมยาวเกินสองเดือนหรือ ตรวจสอบวันที่ (สัปดาห์การประชุมหนึ่งสัปดาห์คือหนึ่งงานประชุม)</translation>
    </message>
    <message>
        <source>“%s” is not a time zone: choose one from the list, e.g. Asia/Ho_Chi_Minh.</source>
        <translation>“%s” ไม่ใช่เขตเวลา: เลือกจากรายการ เช่น Asia/Bangkok</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Open store</source>
        <translation>เปิดคลังข้อมูล</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>คลังข้อมูลใหม่</translation>
    </message>
    <message>
        <source>Save as Word</source>
        <translation>บันทึกเป็น Word</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>กู้คืนจากไฟล์</translation>
    </message>
    <message>
        <source>Import an agenda</source>
        <translation>นำเข้าระเบียบวาระการประชุม</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>บันทึกชุดข้อมูลแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>เปิดชุดข้อมูลแลกเปลี่ยน</translation>
    </message>
</context>
<context>
    <name>FrameworksDialog</name>
    <message>
        <source>Frameworks</source>
        <translation>กรอบ</translation>
    </message>
    <message>
        <source>The frameworks and their outcomes and actions</source>
        <translation>กรอบและผลลัพธ์และการดำเนินการของกรอบ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>เพิ่มเป็นรายการใหม่(&amp;A)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>ภายใต้</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>กรอบ</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(ระดับบนสุด)</translation>
    </message>
</context>
<context>
    <name>GuiRunner</name>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Guide</source>
        <translation>คู่มือ</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>สารบัญ</translation>
    </message>
    <message>
        <source>The parts of the guide</source>
        <translation>ส่วนต่าง ๆ ของคู่มือ</translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message>
        <source>The agenda&apos;s header</source>
        <translation>ส่วนหัวของระเบียบวาระการประชุม</translation>
    </message>
    <message>
        <source>Update the meeting</source>
        <translation>ปรับปรุงการประชุม</translation>
    </message>
    <message>
        <source>Marking: &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>ชั้นความลับ: &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>%s: in the store %s, on the agenda &lt;b&gt;“%s”&lt;/b&gt;</source>
        <translation>%s: ในคลังข้อมูล %s ในระเบียบวาระการประชุม &lt;b&gt;“%s”&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Title, venue and dates agree with the meeting.</source>
        <translation>ชื่อเรื่อง สถานที่ และวันที่ตรงกับการประชุม</translation>
    </message>
</context>
<context>
    <name>HeldConflicts</name>
    <message>
        <source>In the store (version %s)</source>
        <translation>ในที่เก็บข้อมูล (ฉบับที่ %s)</translation>
    </message>
    <message>
        <source>In the store</source>
        <translation>ในที่เก็บข้อมูล</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Yours (kept offline)</source>
        <translation>ของคุณ (เก็บไว้ขณะออฟไลน์)</translation>
    </message>
    <message>
        <source>You corrected this note while the team store&apos;s server could not be reached; meanwhile it was changed: %s Keep yours, take theirs, or merge them.</source>
        <translation>คุณแก้ไขบันทึกนี้ขณะที่เชื่อมต่อเซิร์ฟเวอร์ของที่เก็บข้อมูลทีมไม่ได้ ระหว่างนั้นมีการเปลี่ยนแปลง: %s เลือกเก็บของคุณ รับของผู้อื่น หรือรวมเข้าด้วยกัน</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a project matrix</source>
        <translation>นำเข้าตารางโครงการ</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>ไฟล์ที่จะนำเข้า</translation>
    </message>
    <message>
        <source>An .xlsx workbook or a .csv file from the Secretariat</source>
        <translation>ไฟล์ .xlsx หรือ .csv จากสำนักเลขาธิการอาเซียน</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>เลือก(&amp;C)…</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>คอลัมน์ของไฟล์</translation>
    </message>
    <message>
        <source>Which field each column of the file fills</source>
        <translation>ช่องข้อมูลที่แต่ละคอลัมน์ของไฟล์เติม</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>คอลัมน์ในไฟล์</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>แถวที่จะนำเข้า</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>ผลที่จะเกิดขึ้น</translation>
    </message>
    <message>
        <source>Title / changes</source>
        <translation>ชื่อเรื่อง / การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>นำเข้า(&amp;I)</translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation>กำลังอ่าน %s…</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>%d new, %d changed, %d unchanged. Nothing is written until Import.</source>
        <translation>ใหม่ %d เปลี่ยนแปลง %d ไม่เปลี่ยนแปลง %d ยังไม่มีการเขียนข้อมูลจนกว่าจะกด นำเข้า</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(ไม่มีหัวคอลัมน์)</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ไม่ใช้)</translation>
    </message>
    <message>
        <source>Backing up the store, then importing…</source>
        <translation>กำลังสำรองคลังข้อมูล แล้วนำเข้า…</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>เปลี่ยนแปลงแล้ว</translation>
    </message>
    <message>
        <source>Imported: %d new, %d changed, %d unchanged. The changes are listed above and kept with the import.</source>
        <translation>นำเข้าแล้ว: ใหม่ %d เปลี่ยนแปลง %d ไม่เปลี่ยนแปลง %d การเปลี่ยนแปลงแสดงไว้ข้างบนและเก็บไว้กับการนำเข้า</translation>
    </message>
</context>
<context>
    <name>ImportTextDialog</name>
    <message>
        <source>Import a revision of an outcome document</source>
        <translation>นำเข้าฉบับแก้ไขของเอกสารผลการประชุม</translation>
    </message>
    <message>
        <source>A new document</source>
        <translation>เอกสารใหม่</translation>
    </message>
    <message>
        <source>New revision of: %s</source>
        <translation>ฉบับแก้ไขใหม่ของ: %s</translation>
    </message>
    <message>
        <source>From the text when left empty</source>
        <translation>ใช้จากข้อความเมื่อเว้นว่าง</translation>
    </message>
    <message>
        <source>&quot;Rev. 3&quot;; from the text when left empty</source>
        <translation>&quot;Rev. 3&quot; ใช้จากข้อความเมื่อเว้นว่าง</translation>
    </message>
    <message>
        <source>Open a Word or text file…</source>
        <translation>เปิดไฟล์ Word หรือไฟล์ข้อความ…</translation>
    </message>
    <message>
        <source>Text to import</source>
        <translation>ข้อความที่จะนำเข้า</translation>
    </message>
    <message>
        <source>Paste the text under negotiation</source>
        <translation>วางข้อความที่กำลังเจรจา</translation>
    </message>
    <message>
        <source>…or paste the text here, one paragraph per line</source>
        <translation>…หรือวางข้อความที่นี่ บรรทัดละหนึ่งย่อหน้า</translation>
    </message>
    <message>
        <source>Paragraphs as read</source>
        <translation>ย่อหน้าที่อ่านได้</translation>
    </message>
    <message>
        <source>Para.</source>
        <translation>ย่อหน้า</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>From the previous revision</source>
        <translation>จากฉบับแก้ไขก่อนหน้า</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>เอกสาร(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ประเภท(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ชื่อเรื่อง(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Revision</source>
        <translation>ฉบับแก้ไข(&amp;R)</translation>
    </message>
    <message>
        <source>Import a revision</source>
        <translation>นำเข้าฉบับแก้ไข</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>ข้อความที่วาง</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>กำลังอ่าน…</translation>
    </message>
    <message>
        <source>It could not be read.</source>
        <translation>อ่านไม่ได้</translation>
    </message>
    <message>
        <source>Open a file or paste the text to see what will be imported.</source>
        <translation>เปิดไฟล์หรือวางข้อความเพื่อดูสิ่งที่จะนำเข้า</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>ย้ายแล้ว</translation>
    </message>
    <message>
        <source>(was %s)</source>
        <translation>(เดิม %s)</translation>
    </message>
    <message>
        <source>a new document</source>
        <translation>เอกสารใหม่</translation>
    </message>
    <message>
        <source>%s as %s: %s paragraphs; %s.</source>
        <translation>%s เป็น %s: %s ย่อหน้า %s</translation>
    </message>
    <message>
        <source>%s paragraph(s) of the previous revision are gone.</source>
        <translation>ย่อหน้าของฉบับแก้ไขก่อนหน้า %s ย่อหน้าหายไป</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>กำลังนำเข้า…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>ไม่มีสิ่งใดถูกนำเข้า</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Title of the agenda item (required)</source>
        <translation>ชื่อเรื่องของระเบียบวาระ (ต้องระบุ)</translation>
    </message>
    <message>
        <source>Fix the number by hand:</source>
        <translation>กำหนดหมายเลขด้วยมือ:</translation>
    </message>
    <message>
        <source>e.g. 2bis</source>
        <translation>เช่น 2bis</translation>
    </message>
    <message>
        <source>Lead, in words</source>
        <translation>ผู้นำเรื่อง เป็นคำ</translation>
    </message>
    <message>
        <source>Who leads the item when it is not one delegation, e.g. ASEC with Japan</source>
        <translation>ผู้นำเรื่องเมื่อไม่ใช่คณะผู้แทนเดียว เช่น ASEC with Japan</translation>
    </message>
    <message>
        <source>or in words, e.g. ASEC with Japan</source>
        <translation>หรือเป็นคำ เช่น ASEC with Japan</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ยังไม่กำหนด</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>ADM tags, e.g. DO3, EA 3.2</source>
        <translation>แท็ก ADM เช่น DO3, EA 3.2</translation>
    </message>
    <message>
        <source>Notes on the item (optional)</source>
        <translation>หมายเหตุของระเบียบวาระ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>สัญลักษณ์เอกสาร</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>เพิ่มเอกสาร</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ชื่อเรื่อง(&amp;T)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>หมายเลข</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>ประเภทวาระ(&amp;P)</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>ผู้นำเรื่อง</translation>
    </message>
    <message>
        <source>Estimated &amp;time</source>
        <translation>เวลาโดยประมาณ(&amp;T)</translation>
    </message>
    <message>
        <source>ADM ta&amp;gs</source>
        <translation>แท็ก ADM(&amp;G)</translation>
    </message>
    <message>
        <source>Reference documents</source>
        <translation>เอกสารอ้างอิง</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>— no lead —</source>
        <translation>— ไม่มีผู้นำเรื่อง —</translation>
    </message>
</context>
<context>
    <name>ItemPanels</name>
    <message>
        <source>No item numbered “%s” on this agenda.</source>
        <translation>ไม่มีระเบียบวาระหมายเลข “%s” ในระเบียบวาระการประชุมนี้</translation>
    </message>
    <message>
        <source>There is no point %d on this item.</source>
        <translation>ระเบียบวาระนี้ไม่มีประเด็นที่ %d</translation>
    </message>
    <message>
        <source>Outcomes belong to an agenda item: this meeting has none.</source>
        <translation>ผลการประชุมต้องอยู่ภายใต้ระเบียบวาระ: การประชุมนี้ไม่มีระเบียบวาระ</translation>
    </message>
    <message>
        <source>Outcome recorded.</source>
        <translation>บันทึกผลการประชุมแล้ว</translation>
    </message>
    <message>
        <source>The speaking timer has been running since %s (F9 stops it).</source>
        <translation>ตัวจับเวลาการกล่าวเริ่มตั้งแต่ %s (กด F9 เพื่อหยุด)</translation>
    </message>
</context>
<context>
    <name>ItemProjectsView</name>
    <message>
        <source>Projects this item concerns</source>
        <translation>โครงการที่เกี่ยวข้องกับระเบียบวาระนี้</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>เชื่อมโยง(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>ยกเลิกการเชื่อมโยง(&amp;U)</translation>
    </message>
    <message>
        <source>Also concerns:</source>
        <translation>เกี่ยวข้องกับ:</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>เชื่อมโยงแล้ว</translation>
    </message>
    <message>
        <source>shares %s</source>
        <translation>ใช้ร่วมกับ %s</translation>
    </message>
    <message>
        <source>Last decision: %s</source>
        <translation>การตัดสินใจล่าสุด: %s</translation>
    </message>
    <message>
        <source>Projects this item concerns: %d</source>
        <translation>โครงการที่เกี่ยวข้องกับระเบียบวาระนี้: %d</translation>
    </message>
    <message>
        <source>No project concerns this item yet (tag it, or link one).</source>
        <translation>ยังไม่มีโครงการที่เกี่ยวข้องกับระเบียบวาระนี้ (ติดแท็ก หรือเชื่อมโยงโครงการ)</translation>
    </message>
    <message>
        <source>That project comes through a shared tag: change the item&apos;s tags instead.</source>
        <translation>โครงการนั้นเชื่อมโยงผ่านแท็กที่ใช้ร่วมกัน: ให้เปลี่ยนแท็กของระเบียบวาระแทน</translation>
    </message>
    <message>
        <source>Why the projects cannot be changed here</source>
        <translation>เหตุใดจึงเปลี่ยนโครงการที่นี่ไม่ได้</translation>
    </message>
</context>
<context>
    <name>KeptNotes</name>
    <message>
        <source>%s Unsaved correction: %s</source>
        <translation>%s การแก้ไขที่ยังไม่ได้บันทึก: %s</translation>
    </message>
    <message>
        <source>%s Unsaved %s: %s</source>
        <translation>%s ยังไม่ได้บันทึก %s: %s</translation>
    </message>
    <message>
        <source>Kept on this computer while the team store&apos;s server cannot be reached; written as soon as it answers again.</source>
        <translation>เก็บไว้ในเครื่องนี้ระหว่างที่เชื่อมต่อเซิร์ฟเวอร์ของที่เก็บข้อมูลทีมไม่ได้ และจะบันทึกทันทีที่เซิร์ฟเวอร์ตอบกลับ</translation>
    </message>
    <message>
        <source>Notes not saved yet</source>
        <translation>บันทึกที่ยังไม่ได้บันทึกลงที่เก็บข้อมูล</translation>
    </message>
    <message>
        <source>%s Not saved yet, kept on this computer: %s</source>
        <translation>%s ยังไม่ได้บันทึก เก็บไว้ในเครื่องนี้: %s รายการ</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Members&apos; keys</source>
        <translation>กุญแจของสมาชิก</translation>
    </message>
    <message>
        <source>Bundles are signed by their sender&apos;s key and opened with their recipient&apos;s. Send your public key to the others; before importing theirs, compare its fingerprint with them by phone or in person.</source>
        <translation>ชุดข้อมูลแลกเปลี่ยนลงนามด้วยกุญแจของผู้ส่งและเปิดด้วยกุญแจของผู้รับ ส่งกุญแจสาธารณะของคุณให้ผู้อื่น ก่อนนำเข้ากุญแจของผู้อื่น ให้เทียบลายนิ้วมือกุญแจกับเจ้าของทางโทรศัพท์หรือเมื่อพบกัน</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>กุญแจ</translation>
    </message>
    <message>
        <source>Make my key…</source>
        <translation>สร้างกุญแจของฉัน…</translation>
    </message>
    <message>
        <source>Save public key…</source>
        <translation>บันทึกกุญแจสาธารณะ…</translation>
    </message>
    <message>
        <source>Import a key…</source>
        <translation>นำเข้ากุญแจ…</translation>
    </message>
    <message>
        <source>Making the key…</source>
        <translation>กำลังสร้างกุญแจ…</translation>
    </message>
    <message>
        <source>Made a key for %s: fingerprint %s.</source>
        <translation>สร้างกุญแจสำหรับ %s แล้ว: ลายนิ้วมือ %s</translation>
    </message>
    <message>
        <source>Save public key</source>
        <translation>บันทึกกุญแจสาธารณะ</translation>
    </message>
    <message>
        <source>Saved %s&apos;s public key to %s.</source>
        <translation>บันทึกกุญแจสาธารณะของ %s ไปยัง %s แล้ว</translation>
    </message>
    <message>
        <source>Import a key</source>
        <translation>นำเข้ากุญแจ</translation>
    </message>
    <message>
        <source>Not imported: %s</source>
        <translation>ไม่ได้นำเข้า: %s</translation>
    </message>
    <message>
        <source>Knows %s&apos;s key: fingerprint %s. Compare it with them.</source>
        <translation>รู้จักกุญแจของ %s แล้ว: ลายนิ้วมือ %s เทียบกับเจ้าของ</translation>
    </message>
    <message>
        <source>You have your key already (fingerprint %s): it signs and opens here.</source>
        <translation>คุณมีกุญแจของคุณแล้ว (ลายนิ้วมือ %s): ใช้ลงนามและเปิดที่นี่</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>ประเภทวาระ</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>ผู้นำเรื่อง</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>In the store</source>
        <translation>ในคลังข้อมูล</translation>
    </message>
    <message>
        <source>What</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <source>Their version from</source>
        <translation>ฉบับของอีกฝ่ายจาก</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>พบเมื่อ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Agenda and programme</source>
        <translation>ระเบียบวาระการประชุมและกำหนดการ</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>ท่าที</translation>
    </message>
    <message>
        <source>Stances</source>
        <translation>จุดยืน</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>ผลการประชุม</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>เรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <source>ADGSOM Desktop stores (*.adgsom);;All files (*)</source>
        <translation>คลังข้อมูล ADGSOM Desktop (*.adgsom);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>เอกสาร PDF (*.pdf);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>เอกสาร Word (*.docx);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>ADGSOM Desktop backups (*.adgsom-backup *.adgsom);;All files (*)</source>
        <translation>ข้อมูลสำรอง ADGSOM Desktop (*.adgsom-backup *.adgsom);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Agendas (*.docx *.pdf *.txt *.text *.md);;Word documents (*.docx);;PDF files (*.pdf);;Text files (*.txt);;All files (*)</source>
        <translation>ระเบียบวาระการประชุม (*.docx *.pdf *.txt *.text *.md);;เอกสาร Word (*.docx);;ไฟล์ PDF (*.pdf);;ไฟล์ข้อความ (*.txt);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>ADGSOM exchange bundles (*.adgsom-bundle);;All files (*)</source>
        <translation>ชุดข้อมูลแลกเปลี่ยน ADGSOM (*.adgsom-bundle);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>ประเทศสมาชิก</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>สำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>Dialogue partner</source>
        <translation>ประเทศคู่เจรจา</translation>
    </message>
    <message>
        <source>International org</source>
        <translation>องค์การระหว่างประเทศ</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>ผู้สังเกตการณ์</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>หัวหน้าคณะผู้แทน</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>ผู้แทนสำรอง</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>ที่ปรึกษา</translation>
    </message>
    <message>
        <source>Desk officer</source>
        <translation>เจ้าหน้าที่ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>ล่าม</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>เจ้าหน้าที่ประสานงาน</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Senior officials (ADGSOM)</source>
        <translation>เจ้าหน้าที่อาวุโส (ADGSOM)</translation>
    </message>
    <message>
        <source>Ministers (ADGMIN)</source>
        <translation>รัฐมนตรี (ADGMIN)</translation>
    </message>
    <message>
        <source>With a dialogue partner</source>
        <translation>กับประเทศคู่เจรจา</translation>
    </message>
    <message>
        <source>Joint Working Group</source>
        <translation>คณะทำงานร่วม</translation>
    </message>
    <message>
        <source>Governing Council</source>
        <translation>คณะมนตรีกำกับ</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>คณะทำงาน</translation>
    </message>
    <message>
        <source>Regulators&apos; council (ATRC)</source>
        <translation>คณะมนตรีหน่วยงานกำกับดูแล (ATRC)</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>การประชุมเต็มคณะ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>การประชุมปิด</translation>
    </message>
    <message>
        <source>Retreat</source>
        <translation>การประชุมแบบรีทรีต</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>แบบผสม</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>แบบออนไลน์</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>เพื่อทราบ</translation>
    </message>
    <message>
        <source>For discussion</source>
        <translation>เพื่อหารือ</translation>
    </message>
    <message>
        <source>For endorsement</source>
        <translation>เพื่อให้ความเห็นชอบ</translation>
    </message>
    <message>
        <source>For decision</source>
        <translation>เพื่อพิจารณาตัดสินใจ</translation>
    </message>
    <message>
        <source>For adoption</source>
        <translation>เพื่อรับรอง</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>พัก</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>อาหาร</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>ถ่ายภาพ</translation>
    </message>
    <message>
        <source>Bilaterals</source>
        <translation>การหารือทวิภาคี</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>พิธีการ</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>ลงทะเบียน</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>สนับสนุน</translation>
    </message>
    <message>
        <source>Support with amendments</source>
        <translation>สนับสนุนโดยมีข้อแก้ไข</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>เป็นกลาง</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>สงวนท่าที</translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation>คัดค้าน</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>HoD may concede</source>
        <translation>หัวหน้าคณะผู้แทนอาจยอมได้</translation>
    </message>
    <message>
        <source>Refer to capital</source>
        <translation>ขอรับคำสั่งจากเมืองหลวง</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <source>For review</source>
        <translation>รอตรวจ</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>การกล่าวถ้อยแถลง</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>ข้อเสนอ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>การตัดสินใจ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>ข้อสังเกต</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>รับทราบ</translation>
    </message>
    <message>
        <source>Welcomed</source>
        <translation>ยินดี</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>ให้ความเห็นชอบ</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>เห็นชอบ</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>รับรอง</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>เลื่อนการพิจารณา</translation>
    </message>
    <message>
        <source>Tasked</source>
        <translation>มอบหมาย</translation>
    </message>
    <message>
        <source>Desired outcome</source>
        <translation>ผลลัพธ์ที่พึงประสงค์</translation>
    </message>
    <message>
        <source>Enabling action</source>
        <translation>การดำเนินการสนับสนุน</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Masterplan</source>
        <translation>แผนแม่บท</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>แผนงาน</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>เสนอแล้ว</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>เสร็จสมบูรณ์</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>ขยายเวลา</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>ผู้รับประโยชน์</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>หมุดหมาย</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>ผลผลิต</translation>
    </message>
    <message>
        <source>Brief for the Head of Delegation</source>
        <translation>แฟ้มบรีฟสำหรับหัวหน้าคณะผู้แทน</translation>
    </message>
    <message>
        <source>For the Head of Delegation</source>
        <translation>สำหรับหัวหน้าคณะผู้แทน</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>คณะผู้แทน</translation>
    </message>
    <message>
        <source>Brief for the delegation</source>
        <translation>แฟ้มบรีฟสำหรับคณะผู้แทน</translation>
    </message>
    <message>
        <source>For the members of the delegation</source>
        <translation>สำหรับสมาชิกคณะผู้แทน</translation>
    </message>
    <message>
        <source>Other agencies</source>
        <translation>หน่วยงานอื่น</translation>
    </message>
    <message>
        <source>Brief for other agencies</source>
        <translation>แฟ้มบรีฟสำหรับหน่วยงานอื่น</translation>
    </message>
    <message>
        <source>For other agencies</source>
        <translation>สำหรับหน่วยงานอื่น</translation>
    </message>
    <message>
        <source>Public lines</source>
        <translation>ประเด็นสำหรับสาธารณะ</translation>
    </message>
    <message>
        <source>Public lines: what may be said in public</source>
        <translation>ประเด็นสำหรับสาธารณะ: สิ่งที่กล่าวต่อสาธารณะได้</translation>
    </message>
    <message>
        <source>Report of the meeting</source>
        <translation>รายงานการประชุม</translation>
    </message>
    <message>
        <source>Joint statement</source>
        <translation>แถลงการณ์ร่วม</translation>
    </message>
    <message>
        <source>Joint media statement</source>
        <translation>แถลงข่าวร่วม</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>แผนการดำเนินงาน</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <source>Preambular</source>
        <translation>อารัมภบท</translation>
    </message>
    <message>
        <source>Operative</source>
        <translation>บทปฏิบัติการ</translation>
    </message>
    <message>
        <source>Table row</source>
        <translation>แถวตาราง</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Agreed ad ref</source>
        <translation>ตกลงแล้ว ad ref</translation>
    </message>
    <message>
        <source>Bracketed</source>
        <translation>ติดวงเล็บ</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>รอพิจารณา</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>ลบแล้ว</translation>
    </message>
    <message>
        <source>First</source>
        <translation>ฉบับแรก</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>ปรับถ้อยคำ</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>แยก</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>To table</source>
        <translation>รอเสนอ</translation>
    </message>
    <message>
        <source>Tabled</source>
        <translation>เสนอแล้ว</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>ได้รับการยอมรับ</translation>
    </message>
    <message>
        <source>Accepted with changes</source>
        <translation>ได้รับการยอมรับโดยมีการแก้ไข</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>ถอนแล้ว</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>ยกเลิกวงเล็บแล้ว</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation>ให้ความเห็นชอบ</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>รับรอง</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>มอบหมาย</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>จุดยืน</translation>
    </message>
    <message>
        <source>Opening position</source>
        <translation>ท่าทีเริ่มต้น</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>ท่าทีสำรอง</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>เส้นต้องห้าม</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>อำนาจตัดสินใจ</translation>
    </message>
    <message>
        <source>Points to make</source>
        <translation>ประเด็นที่จะกล่าว</translation>
    </message>
    <message>
        <source>Tactical arguments</source>
        <translation>ข้อโต้แย้งเชิงกลยุทธ์</translation>
    </message>
    <message>
        <source>Their objectives</source>
        <translation>วัตถุประสงค์ของฝ่ายอื่น</translation>
    </message>
    <message>
        <source>Defensive lines</source>
        <translation>ประเด็นตั้งรับ</translation>
    </message>
    <message>
        <source>Press line</source>
        <translation>ประเด็นสื่อมวลชน</translation>
    </message>
    <message>
        <source>Background (releasable)</source>
        <translation>ข้อมูลภูมิหลัง (เปิดเผยได้)</translation>
    </message>
    <message>
        <source>Background (not for disclosure)</source>
        <translation>ข้อมูลภูมิหลัง (ห้ามเปิดเผย)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Their objectives and our response</source>
        <translation>วัตถุประสงค์ของฝ่ายอื่นและการตอบสนองของเรา</translation>
    </message>
    <message>
        <source>Defensive lines and Q&amp;A</source>
        <translation>ประเด็นตั้งรับและถาม-ตอบ</translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation>หน้าปก</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>รายชื่อผู้รับ</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>สารบัญ</translation>
    </message>
    <message>
        <source>Steering brief</source>
        <translation>แนวทางการประชุม</translation>
    </message>
    <message>
        <source>Programme and logistics</source>
        <translation>กำหนดการและข้อมูลการเดินทาง</translation>
    </message>
    <message>
        <source>Agenda of each meeting</source>
        <translation>ระเบียบวาระของแต่ละการประชุม</translation>
    </message>
    <message>
        <source>Cooperation with partners</source>
        <translation>ความร่วมมือกับหุ้นส่วน</translation>
    </message>
    <message>
        <source>Item briefs</source>
        <translation>ท่าทีรายระเบียบวาระ</translation>
    </message>
    <message>
        <source>Negotiated texts: our amendments</source>
        <translation>ร่างข้อความเจรจา: ข้อเสนอแก้ไขของเรา</translation>
    </message>
    <message>
        <source>Stance map</source>
        <translation>แผนผังจุดยืน</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>เรื่องที่ต้องดำเนินการที่ยังค้าง</translation>
    </message>
    <message>
        <source>Personality notes</source>
        <translation>บันทึกบุคลิกภาพ</translation>
    </message>
    <message>
        <source>List of annexes</source>
        <translation>รายการภาคผนวก</translation>
    </message>
    <message>
        <source>Return receipt</source>
        <translation>ใบตอบรับการส่งคืน</translation>
    </message>
    <message>
        <source>Cover: title, event, reference, classification, audience, copy</source>
        <translation>ปก: ชื่อเรื่อง งานประชุม เลขที่อ้างอิง ชั้นความลับ กลุ่มผู้อ่าน สำเนา</translation>
    </message>
    <message>
        <source>Distribution list: who holds which copy</source>
        <translation>รายชื่อผู้รับ: ใครถือสำเนาใด</translation>
    </message>
    <message>
        <source>Steering brief (objectives and handling for the event)</source>
        <translation>แนวทางการประชุม (วัตถุประสงค์และแนวทางสำหรับงานประชุม)</translation>
    </message>
    <message>
        <source>Programme, timetable and logistics</source>
        <translation>กำหนดการ ตารางเวลา และข้อมูลการเดินทาง</translation>
    </message>
    <message>
        <source>Cooperation with partners: status of projects (table and timeline), the projects an item concerns</source>
        <translation>ความร่วมมือกับหุ้นส่วน: สถานะของโครงการ (ตารางและลำดับเวลา) โครงการที่เกี่ยวข้องกับระเบียบวาระ</translation>
    </message>
    <message>
        <source>Cooperation with partners: proposals for the next phase and our stance on each</source>
        <translation>ความร่วมมือกับหุ้นส่วน: ข้อเสนอสำหรับระยะถัดไปและจุดยืนของเราต่อแต่ละข้อเสนอ</translation>
    </message>
    <message>
        <source>Cooperation with partners: our position on a proposal (conditions, reasons)</source>
        <translation>ความร่วมมือกับหุ้นส่วน: ท่าทีของเราต่อข้อเสนอ (เงื่อนไข เหตุผล)</translation>
    </message>
    <message>
        <source>Item brief: number, title, meeting</source>
        <translation>ท่าทีรายระเบียบวาระ: หมายเลข ชื่อเรื่อง การประชุม</translation>
    </message>
    <message>
        <source>Item details: purpose, lead, time, ADM tags, documents, description</source>
        <translation>รายละเอียดระเบียบวาระ: ประเภทวาระ ผู้นำเรื่อง เวลา แท็ก ADM เอกสาร คำอธิบาย</translation>
    </message>
    <message>
        <source>Position status, approval and clearance (prepared, sent for review, approved by, with dates)</source>
        <translation>สถานะของท่าที การอนุมัติ และการตรวจ (ผู้จัดทำ ผู้ส่งให้ตรวจ ผู้อนุมัติ พร้อมวันที่)</translation>
    </message>
    <message>
        <source>Our stance</source>
        <translation>จุดยืนของเรา</translation>
    </message>
    <message>
        <source>Fallbacks (the ladder)</source>
        <translation>ท่าทีสำรอง (ลำดับขั้น)</translation>
    </message>
    <message>
        <source>Authority to concede</source>
        <translation>อำนาจในการยอม</translation>
    </message>
    <message>
        <source>Their objectives and our response per delegation</source>
        <translation>วัตถุประสงค์ของฝ่ายอื่นและการตอบสนองของเราต่อแต่ละคณะผู้แทน</translation>
    </message>
    <message>
        <source>Defensive lines (Q&amp;A)</source>
        <translation>ประเด็นตั้งรับ (ถาม-ตอบ)</translation>
    </message>
    <message>
        <source>Background not for disclosure</source>
        <translation>ข้อมูลภูมิหลังที่ห้ามเปิดเผย</translation>
    </message>
    <message>
        <source>Stances of other delegations on the item</source>
        <translation>จุดยืนของคณะผู้แทนอื่นในระเบียบวาระนี้</translation>
    </message>
    <message>
        <source>Our counterparts on the item and their interest</source>
        <translation>ผู้แทนฝ่ายอื่นในระเบียบวาระนี้และความสนใจของเขา</translation>
    </message>
    <message>
        <source>Past notes on the item (what was said)</source>
        <translation>บันทึกที่ผ่านมาของระเบียบวาระ (สิ่งที่กล่าวไว้)</translation>
    </message>
    <message>
        <source>Our internal remarks (notes of kind Remark)</source>
        <translation>ข้อสังเกตภายในของเรา (บันทึกประเภทข้อสังเกต)</translation>
    </message>
    <message>
        <source>Past outcomes on the item</source>
        <translation>ผลการประชุมที่ผ่านมาของระเบียบวาระ</translation>
    </message>
    <message>
        <source>Ministers&apos; item: the SOM outcomes it builds on</source>
        <translation>ระเบียบวาระของรัฐมนตรี: ผลการประชุม SOM ที่ต่อยอด</translation>
    </message>
    <message>
        <source>Addendum: what changed since the pack, items withdrawn</source>
        <translation>เอกสารเพิ่มเติม: สิ่งที่เปลี่ยนไปตั้งแต่แฟ้มบรีฟ ระเบียบวาระที่ถอนออก</translation>
    </message>
    <message>
        <source>Negotiated texts: paragraph, current text, our amendment, its state</source>
        <translation>ร่างข้อความเจรจา: ย่อหน้า ข้อความปัจจุบัน ข้อเสนอแก้ไขของเรา สถานะ</translation>
    </message>
    <message>
        <source>Negotiated texts: the reason for each amendment, its item</source>
        <translation>ร่างข้อความเจรจา: เหตุผลของแต่ละข้อเสนอแก้ไข ระเบียบวาระที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Stance map (items x delegations)</source>
        <translation>แผนผังจุดยืน (ระเบียบวาระ x คณะผู้แทน)</translation>
    </message>
    <message>
        <source>Personality notes on counterparts</source>
        <translation>บันทึกบุคลิกภาพของผู้แทนฝ่ายอื่น</translation>
    </message>
    <message>
        <source>List of annexes (reference documents)</source>
        <translation>รายการภาคผนวก (เอกสารอ้างอิง)</translation>
    </message>
    <message>
        <source>Return or destruction receipt of the copy</source>
        <translation>ใบตอบรับการส่งคืนหรือการทำลายสำเนา</translation>
    </message>
    <message>
        <source>Meeting, event, date, venue, chair, who prepared it</source>
        <translation>การประชุม งานประชุม วันที่ สถานที่ ประธาน ผู้จัดทำ</translation>
    </message>
    <message>
        <source>Decision on each item</source>
        <translation>การตัดสินใจในแต่ละระเบียบวาระ</translation>
    </message>
    <message>
        <source>What happened (proposals, decisions, remarks in order)</source>
        <translation>สิ่งที่เกิดขึ้น (ข้อเสนอ การตัดสินใจ ข้อสังเกต ตามลำดับ)</translation>
    </message>
    <message>
        <source>What we said</source>
        <translation>สิ่งที่เรากล่าว</translation>
    </message>
    <message>
        <source>Our points to make that were delivered</source>
        <translation>ประเด็นที่จะกล่าวของเราที่ได้กล่าวแล้ว</translation>
    </message>
    <message>
        <source>Our points to make not delivered</source>
        <translation>ประเด็นที่จะกล่าวของเราที่ยังไม่ได้กล่าว</translation>
    </message>
    <message>
        <source>What others said</source>
        <translation>สิ่งที่ฝ่ายอื่นกล่าว</translation>
    </message>
    <message>
        <source>Stances of others</source>
        <translation>จุดยืนของฝ่ายอื่น</translation>
    </message>
    <message>
        <source>Follow-up for our agencies</source>
        <translation>การติดตามผลสำหรับหน่วยงานของเรา</translation>
    </message>
    <message>
        <source>Action items for others</source>
        <translation>เรื่องที่ต้องดำเนินการของฝ่ายอื่น</translation>
    </message>
    <message>
        <source>Our speaking time</source>
        <translation>เวลาการกล่าวของเรา</translation>
    </message>
    <message>
        <source>The outcomes of each item, in the formal verbs</source>
        <translation>ผลการประชุมของแต่ละระเบียบวาระ ด้วยถ้อยคำทางการ</translation>
    </message>
    <message>
        <source>For the Ministers: what the Meeting recommends</source>
        <translation>สำหรับรัฐมนตรี: สิ่งที่ที่ประชุมเสนอแนะ</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>แฟ้มบรีฟ</translation>
    </message>
    <message>
        <source>Report to capital</source>
        <translation>รายงานถึงเมืองหลวง</translation>
    </message>
    <message>
        <source>Outcome summary</source>
        <translation>สรุปผลการประชุม</translation>
    </message>
    <message>
        <source>Item brief (Word)</source>
        <translation>ท่าทีรายระเบียบวาระ (Word)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>หุ้นส่วน</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>ผู้ให้ทุน</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Implementing body</source>
        <translation>หน่วยงานดำเนินการ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>End</source>
        <translation>สิ้นสุด</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>ระยะ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Our involvement</source>
        <translation>บทบาทของเรา</translation>
    </message>
    <message>
        <source>Lead Member State(s)</source>
        <translation>ประเทศสมาชิกผู้นำเรื่อง</translation>
    </message>
    <message>
        <source>Framework outcome(s)</source>
        <translation>ผลลัพธ์ตามกรอบ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>ข้อสังเกต</translation>
    </message>
    <message>
        <source>Next phase proposal</source>
        <translation>ข้อเสนอสำหรับระยะถัดไป</translation>
    </message>
    <message>
        <source>Our position</source>
        <translation>ท่าทีของเรา</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>ทำด้วยมือ</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>อัตโนมัติ</translation>
    </message>
    <message>
        <source>before an upgrade of the app</source>
        <translation>ก่อนการปรับรุ่นโปรแกรม</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>ปรับปรุงแล้ว</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>ลบแล้ว</translation>
    </message>
    <message>
        <source>back (an edit beat a deletion)</source>
        <translation>กลับมา (การแก้ไขชนะการลบ)</translation>
    </message>
    <message>
        <source>merged: both sides&apos; changes kept</source>
        <translation>รวมแล้ว: เก็บการเปลี่ยนแปลงของทั้งสองฝั่ง</translation>
    </message>
    <message>
        <source>changed on both sides: conflict kept</source>
        <translation>เปลี่ยนทั้งสองฝั่ง: เก็บข้อขัดแย้งไว้</translation>
    </message>
    <message>
        <source>kept (ours was edited; their deletion loses)</source>
        <translation>เก็บไว้ (ฝั่งเราแก้ไขแล้ว การลบของอีกฝั่งจึงไม่มีผล)</translation>
    </message>
    <message>
        <source>event</source>
        <translation>งานประชุม</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>item&apos;s place</source>
        <translation>ตำแหน่งของระเบียบวาระ</translation>
    </message>
    <message>
        <source>programme entry</source>
        <translation>รายการในกำหนดการ</translation>
    </message>
    <message>
        <source>member going</source>
        <translation>สมาชิกที่เข้าร่วม</translation>
    </message>
    <message>
        <source>document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>ท่าที</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>จุดยืน</translation>
    </message>
    <message>
        <source>point delivered</source>
        <translation>ประเด็นที่กล่าวแล้ว</translation>
    </message>
    <message>
        <source>counterpart&apos;s interest</source>
        <translation>ความสนใจของผู้แทนฝ่ายอื่น</translation>
    </message>
    <message>
        <source>note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>stretch of our speaking</source>
        <translation>ช่วงที่เรากล่าว</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>ผลการประชุม</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>เรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <source>Meeting documents (*.pdf *.docx);;All files (*)</source>
        <translation>เอกสารการประชุม (*.pdf *.docx);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>ของเรา</translation>
    </message>
    <message>
        <source>F5/F6/F7/F8 paragraph agreed / ad ref / bracketed / pending · Ctrl+Shift+↓/↑ paragraph · Ctrl+Shift+N next open · Ctrl+Shift+U lifted / Ctrl+Shift+K kept its bracket (speaker box)</source>
        <translation>F5/F6/F7/F8 ย่อหน้า ตกลงแล้ว / ad ref / ติดวงเล็บ / รอพิจารณา · Ctrl+Shift+↓/↑ ย่อหน้า · Ctrl+Shift+N ย่อหน้าที่ยังเปิดถัดไป · Ctrl+Shift+U ยกเลิกวงเล็บ / Ctrl+Shift+K ยังติดวงเล็บ (ช่องผู้กล่าว)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>สำเนา</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>ผู้รับ</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>กลุ่มผู้อ่าน</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>ชั้นความลับ</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>ออกเมื่อ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Built for issue (there was no preview).</source>
        <translation>จัดทำเพื่อออกใช้ (ไม่มีตัวอย่างก่อน)</translation>
    </message>
    <message>
        <source>the audience (%1 in the preview, %2 issued)</source>
        <translation>กลุ่มผู้อ่าน (%1 ในตัวอย่าง, %2 เมื่อออกใช้)</translation>
    </message>
    <message>
        <source>the store&apos;s default</source>
        <translation>ค่าตั้งต้นของคลังข้อมูล</translation>
    </message>
    <message>
        <source>the marking (%1 in the preview, %2 issued)</source>
        <translation>ชั้นความลับ (%1 ในตัวอย่าง, %2 เมื่อออกใช้)</translation>
    </message>
    <message>
        <source>what the pack holds or who gets copies</source>
        <translation>เนื้อหาในแฟ้มบรีฟหรือผู้ที่ได้รับสำเนา</translation>
    </message>
    <message>
        <source>Built again, not from the preview: %1 changed since.</source>
        <translation>จัดทำใหม่ ไม่ได้ใช้ตัวอย่าง: %1 เปลี่ยนไปตั้งแต่นั้น</translation>
    </message>
    <message>
        <source>Built again for each copy with its own marking: the preview carried PREVIEW - NOT ISSUED and copy 1 only.</source>
        <translation>จัดทำใหม่สำหรับแต่ละสำเนาพร้อมชั้นความลับของตน: ตัวอย่างมีข้อความ PREVIEW - NOT ISSUED และมีเฉพาะสำเนาที่ 1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>ยกขึ้นที่</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>Enter save · Shift+Enter new line · Ctrl+Enter save as action item (owner, due) · Up then F2 correct a note (F2 alone: the newest) · Ctrl+1…5 kind · Ctrl+M mandate · F12 hide the mandate now · Alt+S/A/N/R/O stance (Alt+0 none) · Alt+1…9 tick point · F9 speaking timer · Alt+↓/↑ next/previous item · Ctrl+G go to item · Ctrl+R outcome · Ctrl+T action from last note · Ctrl+K search · F11 full screen · Ctrl+W close</source>
        <translation>Enter บันทึก · Shift+Enter ขึ้นบรรทัดใหม่ · Ctrl+Enter บันทึกเป็นเรื่องที่ต้องดำเนินการ (ผู้รับผิดชอบ กำหนดเสร็จ) · ขึ้น แล้ว F2 แก้ไขบันทึก (F2 อย่างเดียว: บันทึกล่าสุด) · Ctrl+1…5 ประเภท · Ctrl+M กรอบอำนาจ · F12 ซ่อนกรอบอำนาจทันที · Alt+S/A/N/R/O จุดยืน (Alt+0 ไม่มี) · Alt+1…9 ทำเครื่องหมายประเด็น · F9 ตัวจับเวลาการกล่าว · Alt+↓/↑ ระเบียบวาระถัดไป/ก่อนหน้า · Ctrl+G ไปยังระเบียบวาระ · Ctrl+R ผลการประชุม · Ctrl+T เรื่องที่ต้องดำเนินการจากบันทึกล่าสุด · Ctrl+K ค้นหา · F11 เต็มจอ · Ctrl+W ปิด</translation>
    </message>
    <message>
        <source>Enter save · Ctrl+Enter action item · Up/F2 correct a note · Ctrl+M mandate · F12 hide the mandate · F9 timer · Alt+↓/↑ item · Ctrl+K search · all keys: point here</source>
        <translation>Enter บันทึก · Ctrl+Enter เรื่องที่ต้องดำเนินการ · ขึ้น/F2 แก้ไขบันทึก · Ctrl+M กรอบอำนาจ · F12 ซ่อนกรอบอำนาจ · F9 ตัวจับเวลา · Alt+↓/↑ ระเบียบวาระ · Ctrl+K ค้นหา · ปุ่มทั้งหมด: ชี้ที่นี่</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ท่าที</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>เรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>งานประชุม</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>ทำเมื่อ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Matrices (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
        <translation>ตาราง (*.xlsx *.csv);;สมุดงาน Excel (*.xlsx);;ไฟล์ CSV (*.csv);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>%s items</source>
        <translation>%s ระเบียบวาระ</translation>
    </message>
    <message>
        <source>The paragraph is deleted:</source>
        <translation>ย่อหน้าถูกลบ:</translation>
    </message>
    <message>
        <source>Brackets</source>
        <translation>วงเล็บ</translation>
    </message>
    <message>
        <source>Proposals in tracked changes</source>
        <translation>ข้อเสนอในรูปการแก้ไขแบบติดตาม</translation>
    </message>
    <message>
        <source>Our amendments</source>
        <translation>ข้อเสนอแก้ไขของเรา</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ไม่มีตำแหน่ง)</translation>
    </message>
    <message>
        <source>None linked yet (View &gt; Counterparts).</source>
        <translation>ยังไม่มีการเชื่อมโยง (มุมมอง &gt; ผู้แทนฝ่ายอื่น)</translation>
    </message>
    <message>
        <source>Lead: %s</source>
        <translation>ผู้นำเรื่อง: %s</translation>
    </message>
    <message>
        <source>Observed stances</source>
        <translation>จุดยืนที่สังเกตได้</translation>
    </message>
    <message>
        <source>Outcomes (Ctrl+R records)</source>
        <translation>ผลการประชุม (Ctrl+R บันทึก)</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>ยังไม่มี</translation>
    </message>
    <message>
        <source>No mandate drafted for this item.</source>
        <translation>ยังไม่มีการร่างกรอบอำนาจสำหรับระเบียบวาระนี้</translation>
    </message>
    <message>
        <source>brief v%d, %s</source>
        <translation>ท่าทีฉบับที่ %d, %s</translation>
    </message>
    <message>
        <source>Action items on this item</source>
        <translation>เรื่องที่ต้องดำเนินการในระเบียบวาระนี้</translation>
    </message>
    <message>
        <source>Builds on</source>
        <translation>ต่อยอดจาก</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Last met</source>
        <translation>พบกันครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Last said</source>
        <translation>สิ่งที่กล่าวครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>คลังข้อมูล</translation>
    </message>
    <message>
        <source>None (tag the item, or link one on its Projects tab).</source>
        <translation>ไม่มี (ติดแท็กระเบียบวาระ หรือเชื่อมโยงโครงการในแท็บโครงการ)</translation>
    </message>
    <message>
        <source>Milestones and deliverables</source>
        <translation>หมุดหมายและผลผลิต</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>ระยะถัดไป</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>met</source>
        <translation>บรรลุ</translation>
    </message>
    <message>
        <source>No project chosen.</source>
        <translation>ยังไม่ได้เลือกโครงการ</translation>
    </message>
    <message>
        <source>events</source>
        <translation>งานประชุม</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>people</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>items&apos; places</source>
        <translation>ตำแหน่งของระเบียบวาระ</translation>
    </message>
    <message>
        <source>programme entries</source>
        <translation>รายการในกำหนดการ</translation>
    </message>
    <message>
        <source>members going</source>
        <translation>สมาชิกที่เข้าร่วม</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>briefs</source>
        <translation>ท่าที</translation>
    </message>
    <message>
        <source>stances</source>
        <translation>จุดยืน</translation>
    </message>
    <message>
        <source>points delivered</source>
        <translation>ประเด็นที่กล่าวแล้ว</translation>
    </message>
    <message>
        <source>counterparts&apos; interests</source>
        <translation>ความสนใจของผู้แทนฝ่ายอื่น</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>stretches of our speaking</source>
        <translation>ช่วงที่เรากล่าว</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>ผลการประชุม</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>เรื่องที่ต้องดำเนินการ</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>The headings, labels and dates; what you wrote stays as written</source>
        <translation>หัวข้อ ป้ายกำกับ และวันที่ ส่วนข้อความที่ท่านเขียนคงไว้ตามเดิม</translation>
    </message>
    <message>
        <source>Printed in</source>
        <translation>พิมพ์เป็นภาษา</translation>
    </message>
    <message>
        <source>Years in the Buddhist Era (พ.ศ.)</source>
        <translation>ปีเป็นพุทธศักราช (พ.ศ.)</translation>
    </message>
</context>
<context>
    <name>LineEdit</name>
    <message>
        <source>Paste refused</source>
        <translation>ไม่รับการวาง</translation>
    </message>
</context>
<context>
    <name>LiveKeys</name>
    <message>
        <source>Next item</source>
        <translation>ระเบียบวาระถัดไป</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>ระเบียบวาระก่อนหน้า</translation>
    </message>
    <message>
        <source>Go to an item by its number</source>
        <translation>ไปยังระเบียบวาระตามหมายเลข</translation>
    </message>
    <message>
        <source>Kind of note: %1</source>
        <translation>ประเภทบันทึก: %1</translation>
    </message>
    <message>
        <source>Stance of the speaker: %1</source>
        <translation>จุดยืนของผู้กล่าว: %1</translation>
    </message>
    <message>
        <source>No stance</source>
        <translation>ไม่ระบุจุดยืน</translation>
    </message>
    <message>
        <source>Tick point to make %1</source>
        <translation>ทำเครื่องหมายประเด็นที่จะกล่าวข้อ %1</translation>
    </message>
    <message>
        <source>Fold or unfold the mandate</source>
        <translation>ย่อหรือขยายกรอบอำนาจ</translation>
    </message>
    <message>
        <source>Hide the mandate now (and show it again)</source>
        <translation>ซ่อนกรอบอำนาจทันที (และแสดงอีกครั้ง)</translation>
    </message>
    <message>
        <source>Correct a note (the newest, or the chosen)</source>
        <translation>แก้ไขบันทึก (ล่าสุด หรือที่เลือก)</translation>
    </message>
    <message>
        <source>Start or stop the speaking timer</source>
        <translation>เริ่มหรือหยุดตัวจับเวลาการกล่าว</translation>
    </message>
    <message>
        <source>Record the outcome of the item</source>
        <translation>บันทึกผลการประชุมของระเบียบวาระ</translation>
    </message>
    <message>
        <source>Action item from the last note</source>
        <translation>สร้างเรื่องที่ต้องดำเนินการจากบันทึกล่าสุด</translation>
    </message>
    <message>
        <source>Search the notes and briefs</source>
        <translation>ค้นหาบันทึกและท่าที</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>เต็มหน้าจอ</translation>
    </message>
    <message>
        <source>Close live mode</source>
        <translation>ปิดโหมดห้องประชุม</translation>
    </message>
    <message>
        <source>Mark the paragraph: %1</source>
        <translation>ทำเครื่องหมายย่อหน้า: %1</translation>
    </message>
    <message>
        <source>Next paragraph of the text</source>
        <translation>ย่อหน้าถัดไปของข้อความ</translation>
    </message>
    <message>
        <source>Previous paragraph of the text</source>
        <translation>ย่อหน้าก่อนหน้าของข้อความ</translation>
    </message>
    <message>
        <source>Next open paragraph</source>
        <translation>ย่อหน้าถัดไปที่ยังไม่ตกลง</translation>
    </message>
    <message>
        <source>Brackets lifted on the paragraph</source>
        <translation>ยกเลิกวงเล็บในย่อหน้า</translation>
    </message>
    <message>
        <source>Brackets kept on the paragraph</source>
        <translation>คงวงเล็บในย่อหน้า</translation>
    </message>
    <message>
        <source>Next speaker from the list</source>
        <translation>ผู้กล่าวคนถัดไปจากรายชื่อ</translation>
    </message>
    <message>
        <source>Add a delegation asking for the floor</source>
        <translation>เพิ่มคณะผู้แทนที่ขอกล่าว</translation>
    </message>
</context>
<context>
    <name>LivePresenter</name>
    <message>
        <source>Type what was said first: an empty note is not saved.</source>
        <translation>พิมพ์สิ่งที่กล่าวก่อน: บันทึกว่างจะไม่ถูกบันทึก</translation>
    </message>
    <message>
        <source>No delegation or person matches “%s”. Correct it, or press Enter again to save the note with that name in its text.</source>
        <translation>ไม่มีคณะผู้แทนหรือบุคคลที่ตรงกับ “%s” แก้ไข หรือกด Enter อีกครั้งเพื่อบันทึกโดยมีชื่อนั้นอยู่ในข้อความ</translation>
    </message>
    <message>
        <source>A stance needs a speaker and an agenda item: choose who spoke, or Alt+0.</source>
        <translation>จุดยืนต้องมีผู้กล่าวและระเบียบวาระ: เลือกผู้กล่าว หรือกด Alt+0</translation>
    </message>
    <message>
        <source>Save a note first: Ctrl+T makes an action item of the last note.</source>
        <translation>บันทึกก่อน: Ctrl+T สร้างเรื่องที่ต้องดำเนินการจากบันทึกล่าสุด</translation>
    </message>
    <message>
        <source>Action item created: %s</source>
        <translation>สร้างเรื่องที่ต้องดำเนินการแล้ว: %s</translation>
    </message>
</context>
<context>
    <name>LiveSearch</name>
    <message>
        <source>Item %s is the current item.</source>
        <translation>ระเบียบวาระ %s เป็นระเบียบวาระปัจจุบัน</translation>
    </message>
    <message>
        <source>“%s” is shown in the main window (behind this one).</source>
        <translation>“%s” แสดงอยู่ในหน้าต่างหลัก (อยู่ด้านหลังหน้าต่างนี้)</translation>
    </message>
</context>
<context>
    <name>LiveText</name>
    <message>
        <source>No paragraph is still bracketed or pending.</source>
        <translation>ไม่มีย่อหน้าที่ยังติดวงเล็บหรือรอพิจารณา</translation>
    </message>
    <message>
        <source>%s: %s.</source>
        <translation>%s: %s</translation>
    </message>
    <message>
        <source>Type who lifted or kept the bracket in the speaker box first.</source>
        <translation>พิมพ์ชื่อผู้ยกเลิกหรือคงวงเล็บในช่องผู้กล่าวก่อน</translation>
    </message>
</context>
<context>
    <name>LiveWindow</name>
    <message>
        <source>Live: %s</source>
        <translation>ระหว่างประชุม: %s</translation>
    </message>
    <message>
        <source>Not saved yet: the note is still in the box.</source>
        <translation>ยังไม่ได้บันทึก: บันทึกยังอยู่ในช่อง</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Saved %s.</source>
        <translation>บันทึกเมื่อ %s</translation>
    </message>
    <message>
        <source>Action item created.</source>
        <translation>สร้างเรื่องที่ต้องดำเนินการแล้ว</translation>
    </message>
    <message>
        <source>Offline: kept on this computer (%s unsaved); written when the server is back.</source>
        <translation>ออฟไลน์: เก็บไว้ในเครื่องนี้ (ยังไม่บันทึก %s รายการ) จะบันทึกเมื่อเซิร์ฟเวอร์กลับมา</translation>
    </message>
    <message>
        <source>This meeting has no agenda yet: notes go to the meeting.</source>
        <translation>การประชุมนี้ยังไม่มีระเบียบวาระ: บันทึกจะอยู่กับการประชุม</translation>
    </message>
    <message>
        <source>Item %d of %d</source>
        <translation>ระเบียบวาระ %d จาก %d</translation>
    </message>
    <message>
        <source>Lead: %s</source>
        <translation>ผู้นำเรื่อง: %s</translation>
    </message>
    <message>
        <source>%d min</source>
        <translation>%d นาที</translation>
    </message>
    <message>
        <source>Close live mode and lose the note?</source>
        <translation>ปิดโหมดห้องประชุมและทิ้งบันทึกหรือไม่</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>ปิดและทิ้ง</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>วลีรหัสผ่านไม่ถูกต้อง ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Wrong passphrase. Wait %d seconds, then try again.</source>
        <translation>วลีรหัสผ่านไม่ถูกต้อง รอ %d วินาที แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The passphrase could not be checked: %s</source>
        <translation>ตรวจสอบวลีรหัสผ่านไม่ได้: %s</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <source>ADGSOM Desktop is locked</source>
        <translation>ADGSOM Desktop ถูกล็อก</translation>
    </message>
    <message>
        <source>Enter the passphrase of %s to unlock.</source>
        <translation>ใส่วลีรหัสผ่านของ %s เพื่อปลดล็อก</translation>
    </message>
    <message>
        <source>%s is not encrypted: anyone who copies the file can read it. Encrypt it (File &gt; Encrypt this store) to require a passphrase here.</source>
        <translation>%s ไม่ได้เข้ารหัส: ผู้ใดที่คัดลอกไฟล์ก็อ่านได้ เข้ารหัส (ไฟล์ &gt; เข้ารหัสคลังข้อมูลนี้) เพื่อให้ต้องใช้วลีรหัสผ่านที่นี่</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>กำลังตรวจสอบ…</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>ใส่วลีรหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Close this store anyway and lose them?</source>
        <translation>ปิดคลังข้อมูลนี้ต่อไปและทิ้งการแก้ไขหรือไม่</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>ปิดและทิ้งการแก้ไข</translation>
    </message>
    <message>
        <source>%s — trip copy of %s — %s</source>
        <translation>%s — สำเนาเดินทางของ %s — %s</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>ไม่มีคลังข้อมูลที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Team store: </source>
        <translation>คลังข้อมูลกลาง: </translation>
    </message>
    <message>
        <source>head</source>
        <translation>หัวหน้าคณะผู้แทน</translation>
    </message>
    <message>
        <source>alternate</source>
        <translation>ผู้แทนสำรอง</translation>
    </message>
    <message>
        <source>member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>ผู้อ่าน</translation>
    </message>
    <message>
        <source> · signed in as %s (%s)</source>
        <translation> · ลงชื่อเข้าใช้ในฐานะ %s (%s)</translation>
    </message>
    <message>
        <source> · trip copy of %s</source>
        <translation> · สำเนาเดินทางของ %s</translation>
    </message>
    <message>
        <source>Our delegation: %s</source>
        <translation>คณะผู้แทนของเรา: %s</translation>
    </message>
    <message>
        <source>Our delegation not set</source>
        <translation>ยังไม่ได้กำหนดคณะผู้แทนของเรา</translation>
    </message>
    <message>
        <source>Quit and lose them?</source>
        <translation>ออกจากโปรแกรมและทิ้งการแก้ไขหรือไม่</translation>
    </message>
</context>
<context>
    <name>MakeKeyDialog</name>
    <message>
        <source>Make my key</source>
        <translation>สร้างกุญแจของฉัน</translation>
    </message>
    <message>
        <source>Your own passphrase, not the store&apos;s: it unlocks your key to sign and open bundles. Nobody else needs it.</source>
        <translation>วลีรหัสผ่านของคุณเอง ไม่ใช่ของคลังข้อมูล: ใช้ปลดล็อกกุญแจของคุณเพื่อลงนามและเปิดชุดข้อมูลแลกเปลี่ยน ไม่มีผู้อื่นต้องใช้</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>พิมพ์ซ้ำ</translation>
    </message>
</context>
<context>
    <name>MandatePanel</name>
    <message>
        <source>Mandate (Ctrl+M)</source>
        <translation>กรอบอำนาจ (Ctrl+M)</translation>
    </message>
    <message>
        <source>Show (F12)</source>
        <translation>แสดง (F12)</translation>
    </message>
    <message>
        <source>Hide now (F12)</source>
        <translation>ซ่อนทันที (F12)</translation>
    </message>
    <message>
        <source>Mandate hidden. Capture goes on; F12 shows it again.</source>
        <translation>ซ่อนกรอบอำนาจแล้ว การจดบันทึกดำเนินต่อ กด F12 เพื่อแสดงอีกครั้ง</translation>
    </message>
    <message>
        <source>Collapse the mandate (Ctrl+M)</source>
        <translation>ย่อกรอบอำนาจ (Ctrl+M)</translation>
    </message>
    <message>
        <source>Show the mandate (Ctrl+M)</source>
        <translation>แสดงกรอบอำนาจ (Ctrl+M)</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>กรอบอำนาจ</translation>
    </message>
</context>
<context>
    <name>MarkupEdit</name>
    <message>
        <source>The pasted text is too long for this field (%s characters; at most %s). Nothing was pasted; paste a shorter extract.</source>
        <translation>ข้อความที่วางยาวเกินไปสำหรับช่องนี้ (%s ตัวอักษร ไม่เกิน %s) ไม่มีการวาง ให้วางข้อความที่สั้นกว่านี้</translation>
    </message>
    <message>
        <source>Paste refused</source>
        <translation>ไม่รับการวาง</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>การประชุมใหม่</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>รายละเอียดการประชุม</translation>
    </message>
    <message>
        <source>(choose the partner)</source>
        <translation>(เลือกประเทศคู่เจรจา)</translation>
    </message>
    <message>
        <source>Meeting number</source>
        <translation>หมายเลขการประชุม</translation>
    </message>
    <message>
        <source>The meeting&apos;s number in its series, e.g. 6 for the 6th ADGSOM</source>
        <translation>หมายเลขของการประชุมในชุด เช่น 6 สำหรับ ADGSOM ครั้งที่ 6</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>shown in lists, e.g. 6th ADGSOM</source>
        <translation>แสดงในรายการ เช่น 6th ADGSOM</translation>
    </message>
    <message>
        <source>Untick while the day is not yet known</source>
        <translation>เอาเครื่องหมายออกหากยังไม่ทราบวัน</translation>
    </message>
    <message>
        <source>until</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Tick for a meeting over several days</source>
        <translation>ทำเครื่องหมายสำหรับการประชุมหลายวัน</translation>
    </message>
    <message>
        <source>from</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>วัน</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Day 2, side events, seating (1 + 3), who attends for us, dress code</source>
        <translation>วันที่ 2 กิจกรรมคู่ขนาน ที่นั่ง (1 + 3) ผู้เข้าร่วมฝ่ายเรา การแต่งกาย</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>งานประชุม:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>ประเภท:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>ประเทศคู่เจรจา:</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>ชุดการประชุม:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>ชื่อเรื่อง:</translation>
    </message>
    <message>
        <source>Short title:</source>
        <translation>ชื่อย่อ:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>วัน:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>เวลา:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>สถานที่:</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>ประธาน:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>รูปแบบ:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <source>Create meeting</source>
        <translation>สร้างการประชุม</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>กำหนดการ</translation>
    </message>
    <message>
        <source>local time: %s%s, %s</source>
        <translation>เวลาท้องถิ่น: %s%s, %s</translation>
    </message>
    <message>
        <source>local time (the event has no time zone)</source>
        <translation>เวลาท้องถิ่น (งานประชุมไม่มีเขตเวลา)</translation>
    </message>
    <message>
        <source>last in the store: %s (%s)</source>
        <translation>ครั้งล่าสุดในคลังข้อมูล: %s (%s)</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>ยังไม่กำหนดวัน</translation>
    </message>
    <message>
        <source>first %s meeting in this store</source>
        <translation>การประชุม %s ครั้งแรกในคลังข้อมูลนี้</translation>
    </message>
    <message>
        <source>a series links the same meeting across years (carry-over)</source>
        <translation>ชุดการประชุมเชื่อมโยงการประชุมเดียวกันข้ามปี (ยกต่อ)</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Our members at %s</source>
        <translation>สมาชิกของเราที่ %s</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Tick the members who attend this meeting</source>
        <translation>เลือกสมาชิกที่เข้าร่วมการประชุมนี้</translation>
    </message>
    <message>
        <source>Tick who of our delegation goes to this meeting.</source>
        <translation>ทำเครื่องหมายผู้ที่จะเข้าร่วมการประชุมนี้จากคณะผู้แทนของเรา</translation>
    </message>
    <message>
        <source>Our delegation has no members yet: add them under View &gt; Our delegation.</source>
        <translation>คณะผู้แทนของเรายังไม่มีสมาชิก: เพิ่มได้ที่ มุมมอง &gt; คณะผู้แทนของเรา</translation>
    </message>
</context>
<context>
    <name>MinistersDialog</name>
    <message>
        <source>For the Ministers&apos; consideration</source>
        <translation>เพื่อการพิจารณาของรัฐมนตรี</translation>
    </message>
    <message>
        <source>the ASEAN Digital Masterplan 2026-2030</source>
        <translation>ASEAN Digital Masterplan 2026-2030</translation>
    </message>
    <message>
        <source>(no item of the Ministers&apos; agenda)</source>
        <translation>(ไม่มีระเบียบวาระในวาระของรัฐมนตรี)</translation>
    </message>
    <message>
        <source>The SOM&apos;s outcome</source>
        <translation>ผลการประชุม SOM</translation>
    </message>
    <message>
        <source>The Ministers</source>
        <translation>รัฐมนตรี</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>เรื่อง(&amp;W)</translation>
    </message>
    <message>
        <source>On their &amp;item</source>
        <translation>ในระเบียบวาระของรัฐมนตรี(&amp;I)</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>ถ้อยคำ</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Say what the Ministers decide.</source>
        <translation>ระบุสิ่งที่รัฐมนตรีตัดสิน</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <source>For review</source>
        <translation>รอตรวจ</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>✎ %s has it open</source>
        <translation>✎ %s เปิดอยู่</translation>
    </message>
    <message>
        <source>Meetings and agenda</source>
        <translation>การประชุมและระเบียบวาระ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ท่าที</translation>
    </message>
    <message>
        <source>Lead: %s</source>
        <translation>ผู้นำเรื่อง: %s</translation>
    </message>
    <message>
        <source>Position: %s</source>
        <translation>ท่าที: %s</translation>
    </message>
    <message>
        <source>Open in the position editor now: %s</source>
        <translation>กำลังเปิดในตัวแก้ไขท่าทีอยู่ขณะนี้: %s</translation>
    </message>
    <message>
        <source>Chair: %s</source>
        <translation>ประธาน: %s</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <source>Filter meetings and agenda items</source>
        <translation>กรองการประชุมและระเบียบวาระ</translation>
    </message>
    <message>
        <source>Shows only the meetings and agenda items whose title holds the text typed</source>
        <translation>แสดงเฉพาะการประชุมและระเบียบวาระที่ชื่อมีข้อความที่พิมพ์</translation>
    </message>
    <message>
        <source>Meetings and agenda</source>
        <translation>การประชุมและระเบียบวาระ</translation>
    </message>
    <message>
        <source>Events, their meetings and agenda items, with the state of each brief</source>
        <translation>งานประชุม การประชุม และระเบียบวาระ พร้อมสถานะของแต่ละท่าที</translation>
    </message>
</context>
<context>
    <name>NewStoreDialog</name>
    <message>
        <source>New store</source>
        <translation>คลังข้อมูลใหม่</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>ไฟล์คลังข้อมูล</translation>
    </message>
    <message>
        <source>Where the new store is saved</source>
        <translation>ตำแหน่งที่บันทึกคลังข้อมูลใหม่</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>เลือกดู…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ไฟล์:</translation>
    </message>
    <message>
        <source>(choose later)</source>
        <translation>(เลือกภายหลัง)</translation>
    </message>
    <message>
        <source>Our delegation:</source>
        <translation>คณะผู้แทนของเรา:</translation>
    </message>
    <message>
        <source>e.g. Delegation store 2026</source>
        <translation>เช่น คลังข้อมูลคณะผู้แทน 2026</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>ชื่อเรื่อง:</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase (recommended)</source>
        <translation>เข้ารหัสด้วยวลีรหัสผ่าน (แนะนำ)</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>วลีรหัสผ่าน:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>พิมพ์ซ้ำ:</translation>
    </message>
    <message>
        <source>Positions and red lines are sensitive. There is no way to recover a forgotten passphrase: keep it safe.</source>
        <translation>ท่าทีและเส้นต้องห้ามเป็นข้อมูลอ่อนไหว ไม่มีวิธีกู้คืนวลีรหัสผ่านที่ลืม: เก็บรักษาไว้ให้ดี</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <source>Choose where to save the store.</source>
        <translation>เลือกที่บันทึกคลังข้อมูล</translation>
    </message>
    <message>
        <source>A file with that name already exists: choose another name.</source>
        <translation>มีไฟล์ชื่อนี้อยู่แล้ว: เลือกชื่ออื่น</translation>
    </message>
</context>
<context>
    <name>NoteCorrection</name>
    <message>
        <source>No note on this item yet.</source>
        <translation>ระเบียบวาระนี้ยังไม่มีบันทึก</translation>
    </message>
    <message>
        <source>↑↓ choose a note · F2 or Enter corrects it · Esc back</source>
        <translation>↑↓ เลือกบันทึก · F2 หรือ Enter แก้ไข · Esc กลับ</translation>
    </message>
    <message>
        <source>Found: the chosen note in the list (F2 corrects it).</source>
        <translation>พบแล้ว: บันทึกที่เลือกในรายการ (F2 เพื่อแก้ไข)</translation>
    </message>
    <message>
        <source>This note is kept on this computer, not saved yet: correct it once it is written.</source>
        <translation>บันทึกนี้เก็บไว้ในเครื่องนี้และยังไม่ได้บันทึก แก้ไขได้เมื่อบันทึกแล้ว</translation>
    </message>
    <message>
        <source>No note on this item to correct yet.</source>
        <translation>ระเบียบวาระนี้ยังไม่มีบันทึกให้แก้ไข</translation>
    </message>
    <message>
        <source>Correct the note of %s</source>
        <translation>แก้ไขบันทึกของ %s</translation>
    </message>
    <message>
        <source>Offline: the correction is kept on this computer (%s unsaved); written when the server is back.</source>
        <translation>ออฟไลน์: เก็บการแก้ไขไว้ในเครื่องนี้ (ยังไม่ได้บันทึก %s รายการ) และจะบันทึกเมื่อเซิร์ฟเวอร์กลับมา</translation>
    </message>
    <message>
        <source>Note corrected (the earlier text stays in its history).</source>
        <translation>แก้ไขบันทึกแล้ว (ข้อความเดิมยังอยู่ในประวัติ)</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit note</source>
        <translation>แก้ไขบันทึก</translation>
    </message>
    <message>
        <source>(no item)</source>
        <translation>(ไม่มีระเบียบวาระ)</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>(ไม่มีผู้กล่าว)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(ไม่ได้บันทึก)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>ข้อความ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ประเภท(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>ระเบียบวาระ(&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>ผู้กล่าว(&amp;P)</translation>
    </message>
    <message>
        <source>Observed &amp;stance</source>
        <translation>จุดยืนที่สังเกตได้(&amp;S)</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>ฉบับก่อนหน้า</translation>
    </message>
    <message>
        <source>A note cannot be empty (delete it instead).</source>
        <translation>บันทึกว่างไม่ได้ (ให้ลบแทน)</translation>
    </message>
</context>
<context>
    <name>NotesTableModel</name>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>ผู้กล่าว</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>จุดยืน</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (แก้ไขแล้ว)</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Every kind</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <source>Every speaker</source>
        <translation>ผู้กล่าวทุกคน</translation>
    </message>
    <message>
        <source>Live mode</source>
        <translation>โหมดห้องประชุม</translation>
    </message>
    <message>
        <source>Notes of the meeting</source>
        <translation>บันทึกของการประชุม</translation>
    </message>
    <message>
        <source>Edit the chosen note</source>
        <translation>แก้ไขบันทึกที่เลือก</translation>
    </message>
    <message>
        <source>Make an action item of the chosen note</source>
        <translation>สร้างเรื่องที่ต้องดำเนินการจากบันทึกที่เลือก</translation>
    </message>
    <message>
        <source>Hide the chosen note</source>
        <translation>ซ่อนบันทึกที่เลือก</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>ผู้กล่าว</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Enter edits (history kept) · Ctrl+T action item · Delete hides a note</source>
        <translation>Enter แก้ไข (เก็บประวัติ) · Ctrl+T เรื่องที่ต้องดำเนินการ · Delete ซ่อนบันทึก</translation>
    </message>
    <message>
        <source>Every item</source>
        <translation>ทุกระเบียบวาระ</translation>
    </message>
    <message>
        <source>%s note(s)</source>
        <translation>%s บันทึก</translation>
    </message>
    <message>
        <source>Offline: the correction is kept on this computer (%s unsaved); written when the server is back.</source>
        <translation>ออฟไลน์: เก็บการแก้ไขไว้ในเครื่องนี้ (ยังไม่ได้บันทึก %s รายการ) และจะบันทึกเมื่อเซิร์ฟเวอร์กลับมา</translation>
    </message>
    <message>
        <source>Action item created: %s</source>
        <translation>สร้างเรื่องที่ต้องดำเนินการแล้ว: %s</translation>
    </message>
    <message>
        <source>Hide note</source>
        <translation>ซ่อนบันทึก</translation>
    </message>
    <message>
        <source>Hide this note from lists and search? Its history stays in the store.</source>
        <translation>ซ่อนบันทึกนี้จากรายการและการค้นหาหรือไม่ ประวัติของบันทึกยังอยู่ในคลังข้อมูล</translation>
    </message>
</context>
<context>
    <name>OurDelegationBanner</name>
    <message>
        <source>Set as our delegation</source>
        <translation>ตั้งเป็นคณะผู้แทนของเรา</translation>
    </message>
    <message>
        <source>Choose the delegation this store works for. Its members stay listed under %s (as counterparts) if you change it.</source>
        <translation>เลือกคณะผู้แทนที่คลังข้อมูลนี้ทำงานให้ สมาชิกจะยังอยู่ในรายการภายใต้ %s (ในฐานะผู้แทนฝ่ายอื่น) หากคุณเปลี่ยน</translation>
    </message>
    <message>
        <source>This store does not say which delegation is ours yet. Choose it: our members approve positions and own the briefs, and the stance map shows our own column first.</source>
        <translation>คลังข้อมูลนี้ยังไม่ได้ระบุว่าคณะผู้แทนใดเป็นของเรา เลือกคณะผู้แทน: สมาชิกของเรารับผิดชอบและอนุมัติท่าที และแผนผังจุดยืนจะแสดงคอลัมน์ของเราก่อน</translation>
    </message>
</context>
<context>
    <name>OurDelegationWindow</name>
    <message>
        <source>Our delegation</source>
        <translation>คณะผู้แทนของเรา</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>เปลี่ยน…</translation>
    </message>
    <message>
        <source>Members of our delegation</source>
        <translation>สมาชิกคณะผู้แทนของเรา</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>เพิ่มสมาชิก</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>นำออก…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>ขึ้น</translation>
    </message>
    <message>
        <source>Earlier in protocol order</source>
        <translation>ก่อนตามลำดับพิธีการ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>ลง</translation>
    </message>
    <message>
        <source>Later in protocol order</source>
        <translation>หลังตามลำดับพิธีการ</translation>
    </message>
    <message>
        <source>Which meetings they attend, languages, what they need in the pack</source>
        <translation>การประชุมที่เข้าร่วม ภาษา สิ่งที่ต้องการในแฟ้มบรีฟ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Sign-in logins…</source>
        <translation>บัญชีเข้าใช้…</translation>
    </message>
    <message>
        <source>Change our delegation</source>
        <translation>เปลี่ยนคณะผู้แทนของเรา</translation>
    </message>
    <message>
        <source>Our delegation becomes %s. The %s members listed under %s stay there, as counterparts. Change it?</source>
        <translation>คณะผู้แทนของเราจะเป็น %s สมาชิก %s คนที่อยู่ภายใต้ %s จะยังอยู่ที่นั่นในฐานะผู้แทนฝ่ายอื่น เปลี่ยนหรือไม่</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>%s — our delegation</source>
        <translation>%s — คณะผู้แทนของเรา</translation>
    </message>
    <message>
        <source>Our delegation is not set</source>
        <translation>ยังไม่ได้กำหนดคณะผู้แทนของเรา</translation>
    </message>
    <message>
        <source>No members yet. Add the head of delegation and the aides.</source>
        <translation>ยังไม่มีสมาชิก เพิ่มหัวหน้าคณะผู้แทนและเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>%s members. No head of delegation listed: positions are usually approved by the head of delegation.</source>
        <translation>สมาชิก %s คน ไม่มีรายชื่อหัวหน้าคณะผู้แทน: โดยปกติท่าทีจะได้รับการอนุมัติจากหัวหน้าคณะผู้แทน</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>สมาชิก 1 คน</translation>
    </message>
    <message>
        <source>%s members</source>
        <translation>สมาชิก %s คน</translation>
    </message>
    <message>
        <source>head of delegation: %s</source>
        <translation>หัวหน้าคณะผู้แทน: %s</translation>
    </message>
    <message>
        <source>New member: type the name; it is saved as you type.</source>
        <translation>สมาชิกใหม่: พิมพ์ชื่อ ระบบจะบันทึกขณะพิมพ์</translation>
    </message>
    <message>
        <source>Type the member&apos;s name to save them.</source>
        <translation>พิมพ์ชื่อสมาชิกเพื่อบันทึก</translation>
    </message>
    <message>
        <source>Saved. Add the next member, or close this window.</source>
        <translation>บันทึกแล้ว เพิ่มสมาชิกคนถัดไป หรือปิดหน้าต่างนี้</translation>
    </message>
    <message>
        <source>Remove %s from our delegation?</source>
        <translation>นำ %s ออกจากคณะผู้แทนของเราหรือไม่</translation>
    </message>
    <message>
        <source>They are named in %s. Those will no longer name them (the approved versions stay in the history).</source>
        <translation>มีการระบุชื่อผู้นี้ใน %s ซึ่งจะไม่ระบุชื่อผู้นี้อีก (ฉบับที่อนุมัติแล้วยังอยู่ในประวัติ)</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z in the main window.</source>
        <translation>เรียกคืนได้ด้วย Ctrl+Z ในหน้าต่างหลัก</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>นำสมาชิกออก</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
</context>
<context>
    <name>OutboxNotice</name>
    <message>
        <source>Changes kept on this computer in an earlier session are sealed with a sign-in password, and this sign-in used none. They stay on this computer, unread, until you sign in with that password.</source>
        <translation>การเปลี่ยนแปลงที่เก็บไว้ในเครื่องนี้จากรอบการใช้งานก่อนถูกปิดผนึกด้วยรหัสผ่านสำหรับเข้าระบบ แต่การเข้าระบบครั้งนี้ไม่ได้ใช้รหัสผ่าน การเปลี่ยนแปลงเหล่านั้นจะยังอยู่ในเครื่องนี้โดยไม่ถูกเปิดอ่าน จนกว่าคุณจะเข้าระบบด้วยรหัสผ่านนั้น</translation>
    </message>
    <message>
        <source>Changes kept on this computer while the team store&apos;s server could not be reached could not be opened: they were sealed with another sign-in password, or the file was changed.</source>
        <translation>เปิดการเปลี่ยนแปลงที่เก็บไว้ในเครื่องนี้ระหว่างที่เชื่อมต่อเซิร์ฟเวอร์ของที่เก็บข้อมูลทีมไม่ได้ไม่ได้ เพราะถูกปิดผนึกด้วยรหัสผ่านเข้าระบบอื่น หรือไฟล์ถูกแก้ไข</translation>
    </message>
    <message>
        <source>Changes kept on this computer while the team store&apos;s server could not be reached could not be read: the file is damaged or cut short.</source>
        <translation>อ่านการเปลี่ยนแปลงที่เก็บไว้ในเครื่องนี้ระหว่างที่เชื่อมต่อเซิร์ฟเวอร์ของที่เก็บข้อมูลทีมไม่ได้ไม่ได้ เพราะไฟล์เสียหายหรือขาดหายไปบางส่วน</translation>
    </message>
    <message>
        <source>Nothing was deleted: the file is kept as %s.</source>
        <translation>ไม่มีสิ่งใดถูกลบ ไฟล์ถูกเก็บไว้เป็น %s</translation>
    </message>
    <message>
        <source>Kept changes not opened</source>
        <translation>ไม่ได้เปิดการเปลี่ยนแปลงที่เก็บไว้</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>การเปลี่ยนแปลงที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>%s changes wait for the team store&apos;s server. This sign-in used no password to seal them on this computer, so they are kept in memory only and are lost if you close the store now.</source>
        <translation>มีการเปลี่ยนแปลง %s รายการรอเซิร์ฟเวอร์ของที่เก็บข้อมูลทีม การเข้าระบบครั้งนี้ไม่ได้ใช้รหัสผ่านที่จะปิดผนึกไว้ในเครื่องนี้ จึงเก็บไว้ในหน่วยความจำเท่านั้น และจะสูญหายหากคุณปิดที่เก็บข้อมูลตอนนี้</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>ปิดและทิ้งการแก้ไข</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcome</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>The Meeting endorsed …</source>
        <translation>ที่ประชุมให้ความเห็นชอบ …</translation>
    </message>
    <message>
        <source>&amp;Verb</source>
        <translation>กริยา(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>ข้อความ(&amp;T)</translation>
    </message>
    <message>
        <source>Type what the meeting decided.</source>
        <translation>พิมพ์สิ่งที่ที่ประชุมตัดสิน</translation>
    </message>
</context>
<context>
    <name>OutcomesPanel</name>
    <message>
        <source>None yet.</source>
        <translation>ยังไม่มี</translation>
    </message>
</context>
<context>
    <name>OutcomesView</name>
    <message>
        <source>Outcomes of the item</source>
        <translation>ผลการประชุมของระเบียบวาระ</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>บันทึกผลการประชุม…</translation>
    </message>
    <message>
        <source>For the Ministers… (Ctrl+M)</source>
        <translation>สำหรับรัฐมนตรี… (Ctrl+M)</translation>
    </message>
    <message>
        <source>Record an outcome</source>
        <translation>บันทึกผลการประชุม</translation>
    </message>
    <message>
        <source>Edit the chosen outcome</source>
        <translation>แก้ไขผลการประชุมที่เลือก</translation>
    </message>
    <message>
        <source>Move the chosen outcome up</source>
        <translation>เลื่อนผลการประชุมที่เลือกขึ้น</translation>
    </message>
    <message>
        <source>Move the chosen outcome down</source>
        <translation>เลื่อนผลการประชุมที่เลือกลง</translation>
    </message>
    <message>
        <source>Delete the chosen outcome</source>
        <translation>ลบผลการประชุมที่เลือก</translation>
    </message>
    <message>
        <source>For the Ministers…</source>
        <translation>สำหรับรัฐมนตรี…</translation>
    </message>
    <message>
        <source>Ins or Ctrl+R records · Enter edits · Ctrl+↑/↓ reorders · Delete removes · Ctrl+M for the Ministers</source>
        <translation>Ins หรือ Ctrl+R บันทึก · Enter แก้ไข · Ctrl+↑/↓ จัดลำดับ · Delete ลบ · Ctrl+M สำหรับรัฐมนตรี</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>ระเบียบวาระนี้ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Outcomes on %s</source>
        <translation>ผลการประชุมของ %s</translation>
    </message>
    <message>
        <source>For the Ministers: %s</source>
        <translation>สำหรับรัฐมนตรี: %s</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Delete outcome</source>
        <translation>ลบผลการประชุม</translation>
    </message>
    <message>
        <source>Delete this outcome for good?</source>
        <translation>ลบผลการประชุมนี้อย่างถาวรหรือไม่</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Host: %s</source>
        <translation>เจ้าภาพ: %s</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>ประธาน</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>Steering brief</source>
        <translation>แนวทางการประชุม</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>ข้อมูลการเดินทางและสถานที่</translation>
    </message>
    <message>
        <source>Event details…</source>
        <translation>รายละเอียดงานประชุม…</translation>
    </message>
    <message>
        <source>Add a meeting…</source>
        <translation>เพิ่มการประชุม…</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>กำหนดการ</translation>
    </message>
    <message>
        <source>No meetings yet:</source>
        <translation>ยังไม่มีการประชุม:</translation>
    </message>
    <message>
        <source>add the first meeting…</source>
        <translation>เพิ่มการประชุมแรก…</translation>
    </message>
    <message>
        <source>Meeting details…</source>
        <translation>รายละเอียดการประชุม…</translation>
    </message>
    <message>
        <source>Agenda…</source>
        <translation>ระเบียบวาระการประชุม…</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>ประธาน:</translation>
    </message>
    <message>
        <source>Dialogue partner:</source>
        <translation>ประเทศคู่เจรจา:</translation>
    </message>
    <message>
        <source>No agenda items yet:</source>
        <translation>ยังไม่มีระเบียบวาระ:</translation>
    </message>
    <message>
        <source>build the agenda…</source>
        <translation>จัดทำระเบียบวาระการประชุม…</translation>
    </message>
    <message>
        <source>No position drafted yet.</source>
        <translation>ยังไม่มีการร่างท่าที</translation>
    </message>
    <message>
        <source>Stance:</source>
        <translation>จุดยืน:</translation>
    </message>
    <message>
        <source>version %s</source>
        <translation>ฉบับที่ %s</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Points to make</source>
        <translation>ประเด็นที่จะกล่าว</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>ระเบียบวาระการประชุม</translation>
    </message>
    <message>
        <source>%s min</source>
        <translation>%s นาที</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>ประเภทวาระ</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>ผู้นำเรื่อง</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ท่าที</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Lead: %s</source>
        <translation>ผู้นำเรื่อง: %s</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Our position</source>
        <translation>ท่าทีของเรา</translation>
    </message>
    <message>
        <source> by %s, %s</source>
        <translation> โดย %s, %s</translation>
    </message>
    <message>
        <source>Notes from the room (%s)</source>
        <translation>บันทึกจากห้องประชุม (%s)</translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message>
        <source>Authority to move down the ladder:</source>
        <translation>อำนาจในการลดระดับท่าที:</translation>
    </message>
    <message>
        <source>Q:</source>
        <translation>ถาม:</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>ตอบ:</translation>
    </message>
    <message>
        <source>Addendum:</source>
        <translation>เอกสารเพิ่มเติม:</translation>
    </message>
    <message>
        <source>1 earlier note on this item not printed</source>
        <translation>ไม่ได้พิมพ์บันทึกก่อนหน้า 1 รายการของระเบียบวาระนี้</translation>
    </message>
    <message>
        <source>%s earlier notes on this item not printed</source>
        <translation>ไม่ได้พิมพ์บันทึกก่อนหน้า %s รายการของระเบียบวาระนี้</translation>
    </message>
    <message>
        <source>: this pack prints the last %s per item (Notes in the app hold them all).</source>
        <translation>: แฟ้มบรีฟนี้พิมพ์เฉพาะบันทึกล่าสุด %s รายการต่อระเบียบวาระ (บันทึกทั้งหมดอยู่ในหน้าบันทึกของแอป)</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Our stance</source>
        <translation>จุดยืนของเรา</translation>
    </message>
    <message>
        <source>Opening position</source>
        <translation>ท่าทีเริ่มต้น</translation>
    </message>
    <message>
        <source>Fallbacks (in order)</source>
        <translation>ท่าทีสำรอง (ตามลำดับ)</translation>
    </message>
    <message>
        <source>RED LINE (minimum acceptable)</source>
        <translation>เส้นต้องห้าม (ขั้นต่ำที่ยอมรับได้)</translation>
    </message>
    <message>
        <source>Position ladder</source>
        <translation>ลำดับขั้นท่าที</translation>
    </message>
    <message>
        <source>Points to make</source>
        <translation>ประเด็นที่จะกล่าว</translation>
    </message>
    <message>
        <source>Tactical arguments (use only if the discussion turns that way)</source>
        <translation>ข้อโต้แย้งเชิงกลยุทธ์ (ใช้เฉพาะเมื่อการหารือเป็นไปในทางนั้น)</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>คณะผู้แทน</translation>
    </message>
    <message>
        <source>Their objective</source>
        <translation>วัตถุประสงค์ของอีกฝ่าย</translation>
    </message>
    <message>
        <source>Our response</source>
        <translation>การตอบสนองของเรา</translation>
    </message>
    <message>
        <source>Several</source>
        <translation>หลายฝ่าย</translation>
    </message>
    <message>
        <source>Their objectives and our response</source>
        <translation>วัตถุประสงค์ของฝ่ายอื่นและการตอบสนองของเรา</translation>
    </message>
    <message>
        <source>Defensive lines (Q&amp;A)</source>
        <translation>ประเด็นตั้งรับ (ถาม-ตอบ)</translation>
    </message>
    <message>
        <source>Press line</source>
        <translation>ประเด็นสื่อมวลชน</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>ข้อมูลภูมิหลัง</translation>
    </message>
    <message>
        <source>Item %s</source>
        <translation>ระเบียบวาระที่ %s</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>ประเภทวาระ</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>ผู้นำเรื่อง</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>%s min</source>
        <translation>%s นาที</translation>
    </message>
    <message>
        <source>ADM tags</source>
        <translation>แท็ก ADM</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ท่าที</translation>
    </message>
    <message>
        <source>No position recorded for this item.</source>
        <translation>ไม่มีการบันทึกท่าทีสำหรับระเบียบวาระนี้</translation>
    </message>
    <message>
        <source>Builds on</source>
        <translation>ต่อยอดจาก</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>ที่คาดไว้</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>ที่สังเกตได้</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>ความสนใจ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>ผู้กล่าว</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>สิ่งที่กล่าว</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>จุดยืน</translation>
    </message>
    <message>
        <source>Past notes and outcomes on this item</source>
        <translation>บันทึกและผลการประชุมที่ผ่านมาของระเบียบวาระนี้</translation>
    </message>
    <message>
        <source>Annex %s</source>
        <translation>ภาคผนวก %s</translation>
    </message>
    <message>
        <source>Ref. %s</source>
        <translation>เลขที่อ้างอิง %s</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>ใบรับ</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>หน้า %1 จาก %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>หน้า %1</translation>
    </message>
    <message>
        <source>S support - S+A support with amendments - N neutral - R reserve - O oppose - ? not known. The stance observed in the room is shown where recorded; otherwise the expected stance, in brackets.</source>
        <translation>S สนับสนุน - S+A สนับสนุนโดยมีข้อแก้ไข - N เป็นกลาง - R สงวนท่าที - O คัดค้าน - ? ไม่ทราบ จุดยืนที่สังเกตได้ในห้องประชุมแสดงไว้เมื่อมีการบันทึก มิฉะนั้นแสดงจุดยืนที่คาดการณ์ไว้ในวงเล็บ</translation>
    </message>
    <message>
        <source>Copy %1 of %2</source>
        <translation>สำเนาที่ %1 จาก %2</translation>
    </message>
    <message>
        <source>%1 - issued to %2</source>
        <translation>%1 - มอบให้ %2</translation>
    </message>
    <message>
        <source>ADDENDUM No. %s</source>
        <translation>เอกสารเพิ่มเติมฉบับที่ %s</translation>
    </message>
    <message>
        <source>Brief No. %s</source>
        <translation>แฟ้มบรีฟเลขที่ %s</translation>
    </message>
    <message>
        <source>Addendum to %s</source>
        <translation>เอกสารเพิ่มเติมของ %s</translation>
    </message>
    <message>
        <source>by %s</source>
        <translation>โดย %s</translation>
    </message>
    <message>
        <source>Issued %s</source>
        <translation>ออกแล้ว %s</translation>
    </message>
    <message>
        <source>This brief is the property of the delegation. Do not copy it or pass it on. Return it to the delegation secretary at the end of the meeting.</source>
        <translation>แฟ้มบรีฟนี้เป็นทรัพย์สินของคณะผู้แทน ห้ามทำสำเนาหรือส่งต่อ โปรดส่งคืนเลขานุการคณะผู้แทนเมื่อเสร็จสิ้นการประชุม</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>สารบัญ</translation>
    </message>
    <message>
        <source>Programme and logistics</source>
        <translation>กำหนดการและข้อมูลการเดินทาง</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>ประธาน</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>รูปแบบ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>นาที</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>เรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ที่มา</translation>
    </message>
    <message>
        <source>item %s</source>
        <translation>ระเบียบวาระ %s</translation>
    </message>
    <message>
        <source>Cover: %s</source>
        <translation>ปก: %s</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>การเดินทางและการจัดการ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>วัน</translation>
    </message>
    <message>
        <source>%s - agenda</source>
        <translation>%s - ระเบียบวาระการประชุม</translation>
    </message>
    <message>
        <source>No agenda recorded yet.</source>
        <translation>ยังไม่มีการบันทึกระเบียบวาระการประชุม</translation>
    </message>
    <message>
        <source>Stance map</source>
        <translation>แผนผังจุดยืน</translation>
    </message>
    <message>
        <source>No stance of another delegation is recorded for the items in this pack; our stance on each item is in its brief.</source>
        <translation>ไม่มีการบันทึกจุดยืนของคณะผู้แทนอื่นสำหรับระเบียบวาระในแฟ้มบรีฟนี้ จุดยืนของเราในแต่ละระเบียบวาระอยู่ในท่าทีของระเบียบวาระนั้น</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>ของเรา</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>เรื่องที่ต้องดำเนินการที่ยังค้าง</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>ไม่มีเรื่องที่ต้องดำเนินการที่ยังค้าง</translation>
    </message>
    <message>
        <source>Personality notes</source>
        <translation>บันทึกบุคลิกภาพ</translation>
    </message>
    <message>
        <source>Last met:</source>
        <translation>พบกันครั้งล่าสุด:</translation>
    </message>
    <message>
        <source>Last said:</source>
        <translation>สิ่งที่กล่าวครั้งล่าสุด:</translation>
    </message>
    <message>
        <source>List of annexes</source>
        <translation>รายการภาคผนวก</translation>
    </message>
    <message>
        <source>No reference documents are recorded for the items in this pack.</source>
        <translation>ไม่มีการบันทึกเอกสารอ้างอิงสำหรับระเบียบวาระในแฟ้มบรีฟนี้</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>ภาคผนวก</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>สัญลักษณ์</translation>
    </message>
    <message>
        <source>For items</source>
        <translation>สำหรับระเบียบวาระ</translation>
    </message>
    <message>
        <source>Item briefs</source>
        <translation>ท่าทีรายระเบียบวาระ</translation>
    </message>
    <message>
        <source>Changed item briefs</source>
        <translation>ท่าทีรายระเบียบวาระที่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Items withdrawn since the pack</source>
        <translation>ระเบียบวาระที่ถอนออกตั้งแต่แฟ้มบรีฟ</translation>
    </message>
    <message>
        <source>Cooperation programmes</source>
        <translation>แผนงานความร่วมมือ</translation>
    </message>
    <message>
        <source>For the %s</source>
        <translation>สำหรับ %s</translation>
    </message>
    <message>
        <source>Steering brief</source>
        <translation>แนวทางการประชุม</translation>
    </message>
    <message>
        <source>No steering brief recorded.</source>
        <translation>ยังไม่มีการบันทึกแนวทางการประชุม</translation>
    </message>
    <message>
        <source>Agendas</source>
        <translation>ระเบียบวาระการประชุม</translation>
    </message>
    <message>
        <source>Nothing was selected for this pack.</source>
        <translation>ไม่มีการเลือกเนื้อหาสำหรับแฟ้มบรีฟนี้</translation>
    </message>
    <message>
        <source>%s pages</source>
        <translation>%s หน้า</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 หน้า</translation>
    </message>
    <message>
        <source>This copy has %s, this cover included.</source>
        <translation>สำเนานี้มี %s รวมหน้าปกนี้</translation>
    </message>
    <message>
        <source>This issue has 1 numbered copy, issued to the person named.</source>
        <translation>การออกครั้งนี้มีสำเนาที่มีหมายเลข 1 ฉบับ มอบให้ผู้ที่ระบุชื่อ</translation>
    </message>
    <message>
        <source>This issue has 1 numbered copy, not issued by name.</source>
        <translation>การออกครั้งนี้มีสำเนาที่มีหมายเลข 1 ฉบับ ไม่ได้ระบุชื่อผู้รับ</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>รายชื่อผู้รับ</translation>
    </message>
    <message>
        <source>No copy of this issue is recorded.</source>
        <translation>ไม่มีการบันทึกสำเนาของการออกครั้งนี้</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 จาก %2</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>ไม่ระบุชื่อ</translation>
    </message>
    <message>
        <source>This issue has %s numbered copies, each issued to the person named.</source>
        <translation>การออกครั้งนี้มีสำเนาที่มีหมายเลข %s ฉบับ แต่ละฉบับมอบให้ผู้ที่ระบุชื่อ</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>ไม่ระบุชื่อ</translation>
    </message>
    <message>
        <source>position changed since %s</source>
        <translation>ท่าทีเปลี่ยนแปลงนับตั้งแต่ %s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>(printed version %s, now version %s)</source>
        <translation>(ฉบับที่พิมพ์ %s ปัจจุบันฉบับ %s)</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>ปรับปรุงแล้ว</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>ถอนออกแล้ว</translation>
    </message>
    <message>
        <source>the pack</source>
        <translation>แฟ้มบรีฟ</translation>
    </message>
    <message>
        <source>Changed since %s (marked by a bar in the margin):</source>
        <translation>เปลี่ยนแปลงจาก %s (มีแถบทำเครื่องหมายที่ขอบกระดาษ):</translation>
    </message>
    <message>
        <source>and %s more: see the contents.</source>
        <translation>และอีก %s รายการ: ดูสารบัญ</translation>
    </message>
    <message>
        <source>This issue has %s numbered copies, not issued by name.</source>
        <translation>การออกครั้งนี้มีสำเนาที่มีหมายเลข %s ฉบับ ไม่ได้ระบุชื่อผู้รับ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>สำเนา</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>มอบให้</translation>
    </message>
    <message>
        <source>The delegation secretary keeps the register of these copies; every holder returns the receipt at the end of the copy.</source>
        <translation>เลขานุการคณะผู้แทนเก็บทะเบียนสำเนาเหล่านี้ ผู้ถือสำเนาทุกคนส่งคืนใบตอบรับที่ท้ายสำเนา</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>จัดทำโดย</translation>
    </message>
    <message>
        <source>Sent for review by</source>
        <translation>ส่งให้ตรวจโดย</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>อนุมัติโดย</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>การตรวจและอนุมัติ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <source>the position on this item is not approved: do not use it as an agreed line.</source>
        <translation>ท่าทีในระเบียบวาระนี้ยังไม่ได้รับอนุมัติ: อย่าใช้เป็นแนวทางที่ตกลงแล้ว</translation>
    </message>
    <message>
        <source>Addendum %s</source>
        <translation>เอกสารเพิ่มเติม %s</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>งานประชุม</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>เลขที่อ้างอิง</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>ชั้นความลับ</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>จำนวนหน้า</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>ผู้รับ</translation>
    </message>
    <message>
        <source>Returned to the delegation secretary</source>
        <translation>ส่งคืนเลขานุการคณะผู้แทน</translation>
    </message>
    <message>
        <source>Destroyed by</source>
        <translation>ผู้ทำลาย</translation>
    </message>
    <message>
        <source>Destruction witnessed by</source>
        <translation>พยานการทำลาย</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>ลายมือชื่อ</translation>
    </message>
    <message>
        <source>Receipt: return or destruction of this copy</source>
        <translation>ใบรับ: การส่งคืนหรือการทำลายสำเนานี้</translation>
    </message>
    <message>
        <source>Receipt (return or destruction)</source>
        <translation>ใบรับ (ส่งคืนหรือทำลาย)</translation>
    </message>
    <message>
        <source>Return this copy, with this page signed, to the delegation secretary at the end of the meeting, or destroy it as its classification requires and hand in this page signed by a witness. The secretary records the return or the destruction against the copy in the distribution register.</source>
        <translation>ส่งคืนสำเนานี้พร้อมหน้านี้ที่ลงนามแล้วแก่เลขานุการคณะผู้แทนเมื่อการประชุมสิ้นสุด หรือทำลายตามที่ชั้นความลับกำหนด และส่งหน้านี้ที่พยานลงนามแล้ว เลขานุการบันทึกการส่งคืนหรือการทำลายไว้กับสำเนาในทะเบียนการแจกจ่าย</translation>
    </message>
    <message>
        <source>No amendment of ours on this document.</source>
        <translation>เราไม่มีข้อเสนอแก้ไขในเอกสารนี้</translation>
    </message>
    <message>
        <source>Para.</source>
        <translation>ย่อหน้า</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>ข้อความปัจจุบัน</translation>
    </message>
    <message>
        <source>Our proposal</source>
        <translation>ข้อเสนอของเรา</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Negotiated texts: our amendments</source>
        <translation>ร่างข้อความเจรจา: ข้อเสนอแก้ไขของเรา</translation>
    </message>
    <message>
        <source>Report to capital: %1</source>
        <translation>รายงานถึงเมืองหลวง: %1</translation>
    </message>
    <message>
        <source>Outcomes of the %1</source>
        <translation>ผลการประชุม %1</translation>
    </message>
    <message>
        <source>Consolidated outcomes of the %1 (%2 outcomes on %3 items), for submission to the Ministers&apos; meeting.</source>
        <translation>ผลการประชุม %1 ฉบับรวม (ผลการประชุม %2 รายการ ใน %3 ระเบียบวาระ) เพื่อเสนอต่อที่ประชุมรัฐมนตรี</translation>
    </message>
    <message>
        <source> (agenda item %1)</source>
        <translation> (ระเบียบวาระที่ %1)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 โดย %2</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>ข้อตัดสินใจ</translation>
    </message>
    <message>
        <source>No decision recorded.</source>
        <translation>ไม่มีการบันทึกข้อตัดสินใจ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>สิ่งที่เกิดขึ้น</translation>
    </message>
    <message>
        <source>What we said</source>
        <translation>สิ่งที่เรากล่าว</translation>
    </message>
    <message>
        <source>Our points to make</source>
        <translation>ประเด็นที่จะกล่าวของเรา</translation>
    </message>
    <message>
        <source>What others said</source>
        <translation>สิ่งที่ฝ่ายอื่นกล่าว</translation>
    </message>
    <message>
        <source>Stances of others</source>
        <translation>จุดยืนของฝ่ายอื่น</translation>
    </message>
    <message>
        <source>Follow-up for our agencies</source>
        <translation>การติดตามผลสำหรับหน่วยงานของเรา</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>จัดทำ</translation>
    </message>
    <message>
        <source>Our speaking time</source>
        <translation>เวลาการกล่าวของเรา</translation>
    </message>
    <message>
        <source>For</source>
        <translation>สำหรับ</translation>
    </message>
    <message>
        <source>The outcomes are not in the copy for %s.</source>
        <translation>ผลการประชุมไม่อยู่ในสำเนาสำหรับ %s</translation>
    </message>
    <message>
        <source>No outcome has been recorded for this meeting yet.</source>
        <translation>ยังไม่มีการบันทึกผลการประชุมสำหรับการประชุมนี้</translation>
    </message>
    <message>
        <source>For the Ministers</source>
        <translation>สำหรับรัฐมนตรี</translation>
    </message>
    <message>
        <source>The Meeting recommends that the Ministers:</source>
        <translation>ที่ประชุมเสนอแนะให้รัฐมนตรี:</translation>
    </message>
    <message>
        <source>Action items for others</source>
        <translation>เรื่องที่ต้องดำเนินการของฝ่ายอื่น</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>แหล่งเงินทุน</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>ทบทวนล่าสุด</translation>
    </message>
    <message>
        <source>Cooperation tracker: report to capital</source>
        <translation>ระบบติดตามความร่วมมือ: รายงานถึงเมืองหลวง</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 ในฐานะ%2</translation>
    </message>
    <message>
        <source>before the %1 (%2)</source>
        <translation>ก่อน %1 (%2)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>ภายใน %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ถึง %2</translation>
    </message>
    <message>
        <source>Project ends</source>
        <translation>สิ้นสุดโครงการ</translation>
    </message>
    <message>
        <source>Our involvement</source>
        <translation>การมีส่วนร่วมของเรา</translation>
    </message>
    <message>
        <source>Delegation of %s</source>
        <translation>คณะผู้แทน %s</translation>
    </message>
    <message>
        <source>PREVIEW - NOT ISSUED</source>
        <translation>ตัวอย่าง - ยังไม่ได้ออก</translation>
    </message>
    <message>
        <source>version %s</source>
        <translation>ฉบับที่ %s</translation>
    </message>
    <message>
        <source>approved by %s on %s</source>
        <translation>อนุมัติโดย %s เมื่อ %s</translation>
    </message>
    <message>
        <source>approved by %s</source>
        <translation>อนุมัติโดย %s</translation>
    </message>
    <message>
        <source>approved on %s</source>
        <translation>อนุมัติเมื่อ %s</translation>
    </message>
    <message>
        <source>no partner</source>
        <translation>ไม่มีคู่ร่วมมือ</translation>
    </message>
    <message>
        <source>(new project)</source>
        <translation>(โครงการใหม่)</translation>
    </message>
    <message>
        <source>new after %s</source>
        <translation>ย่อหน้าใหม่ต่อจาก %s</translation>
    </message>
    <message>
        <source>%s of %s (no longer in %s)</source>
        <translation>%s ของ %s (ไม่มีแล้วใน %s)</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>ข้อเสนอ</translation>
    </message>
    <message>
        <source>Our position</source>
        <translation>ท่าทีของเรา</translation>
    </message>
    <message>
        <source>Our involvement: %s</source>
        <translation>การมีส่วนร่วมของเรา: %s</translation>
    </message>
    <message>
        <source>Cooperation with %s: status of projects</source>
        <translation>ความร่วมมือกับ %s: สถานะของโครงการ</translation>
    </message>
    <message>
        <source>No project with %s is in the tracker.</source>
        <translation>ไม่มีโครงการกับ %s ในระบบติดตาม</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ลำดับเวลา</translation>
    </message>
    <message>
        <source>our position</source>
        <translation>ท่าทีของเรา</translation>
    </message>
    <message>
        <source>our stance</source>
        <translation>จุดยืนของเรา</translation>
    </message>
    <message>
        <source>Proposals for the next phase: %s</source>
        <translation>ข้อเสนอสำหรับระยะต่อไป: %s</translation>
    </message>
    <message>
        <source>Cooperation with %1: proposals for the next phase, %2</source>
        <translation>ความร่วมมือกับ %1: ข้อเสนอสำหรับระยะต่อไป, %2</translation>
    </message>
    <message>
        <source>No proposal for a next phase is recorded.</source>
        <translation>ไม่มีการบันทึกข้อเสนอสำหรับระยะต่อไป</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>All</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Gap: no project</source>
        <translation>ช่องว่าง: ไม่มีโครงการ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>Coverage: %s</source>
        <translation>ความครอบคลุม: %s</translation>
    </message>
    <message>
        <source>Projects (not dropped) serving each outcome, by partner.</source>
        <translation>โครงการ (ที่ไม่ได้ยกเลิก) ที่สนับสนุนผลลัพธ์แต่ละข้อ แยกตามคู่เจรจา</translation>
    </message>
    <message>
        <source>Outcomes with no project, to raise: %s.</source>
        <translation>ผลลัพธ์ที่ยังไม่มีโครงการ ควรหยิบยก: %s</translation>
    </message>
    <message>
        <source>Every outcome has at least one project.</source>
        <translation>ผลลัพธ์ทุกข้อมีโครงการอย่างน้อยหนึ่งโครงการ</translation>
    </message>
    <message>
        <source>Due %s</source>
        <translation>กำหนดเสร็จ %s</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>ไม่มีเรื่องถึงกำหนด</translation>
    </message>
    <message>
        <source>Cooperation tracker</source>
        <translation>ระบบติดตามความร่วมมือ</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>หมุดหมาย</translation>
    </message>
    <message>
        <source>met</source>
        <translation>บรรลุแล้ว</translation>
    </message>
    <message>
        <source>today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>%1 and %2 overlap on %3, %4.</source>
        <translation>%1 และ %2 มีเวลาทับซ้อนกันใน%3 เวลา %4</translation>
    </message>
    <message>
        <source>%1 and %2 overlap on %3, %4: %5 cannot be at both.</source>
        <translation>%1 และ %2 มีเวลาทับซ้อนกันใน%3 เวลา %4: %5 ไม่สามารถเข้าร่วมทั้งสองการประชุมได้</translation>
    </message>
    <message>
        <source>(overlaps)</source>
        <translation>(ทับซ้อน)</translation>
    </message>
    <message>
        <source>The week at a glance</source>
        <translation>สัปดาห์โดยสังเขป</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>กล่าวแล้ว</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>ยังไม่ได้กล่าว</translation>
    </message>
    <message>
        <source>Issued for: %s</source>
        <translation>จัดทำสำหรับ: %s</translation>
    </message>
    <message>
        <source>Negotiated texts: %s</source>
        <translation>ร่างข้อความเจรจา: %s</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>ย่อหน้า</translation>
    </message>
    <message>
        <source>Authority to move down the ladder</source>
        <translation>อำนาจตัดสินใจในการลดลำดับขั้นท่าที</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>ถาม</translation>
    </message>
    <message>
        <source>A</source>
        <translation>ตอบ</translation>
    </message>
    <message>
        <source>: this brief holds the last %s (Notes in the app hold them all).</source>
        <translation>: ท่าทีนี้มีเฉพาะบันทึกล่าสุด %s รายการ (บันทึกทั้งหมดอยู่ในหน้าบันทึกของแอป)</translation>
    </message>
    <message>
        <source>BACKGROUND - NOT FOR DISCLOSURE</source>
        <translation>ข้อมูลภูมิหลัง - ห้ามเปิดเผย</translation>
    </message>
    <message>
        <source>Stances of other delegations</source>
        <translation>จุดยืนของคณะผู้แทนอื่น</translation>
    </message>
    <message>
        <source>Our counterparts on this item</source>
        <translation>ผู้แทนฝ่ายอื่นในระเบียบวาระนี้</translation>
    </message>
    <message>
        <source>%1 projects: %2</source>
        <translation>%1 โครงการ: %2</translation>
    </message>
    <message>
        <source>%1 project: %2</source>
        <translation>%1 โครงการ: %2</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation>แฟ้มบรีฟ</translation>
    </message>
    <message>
        <source>Meetings and items in the pack</source>
        <translation>การประชุมและระเบียบวาระในแฟ้มบรีฟ</translation>
    </message>
    <message>
        <source>A ticked meeting is in the pack; a ticked item gets a brief</source>
        <translation>การประชุมที่เลือกจะอยู่ในแฟ้มบรีฟ ระเบียบวาระที่เลือกจะมีท่าที</translation>
    </message>
    <message>
        <source>Meetings in the pack, items briefed</source>
        <translation>การประชุมในแฟ้มบรีฟ ระเบียบวาระที่มีท่าที</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ท่าที</translation>
    </message>
    <message>
        <source>A ticked meeting is in the pack (programme, agenda); a ticked item gets a brief.</source>
        <translation>การประชุมที่ทำเครื่องหมายจะอยู่ในแฟ้มบรีฟ (กำหนดการ ระเบียบวาระ) ระเบียบวาระที่ทำเครื่องหมายจะมีท่าที</translation>
    </message>
    <message>
        <source>Items with content</source>
        <translation>ระเบียบวาระที่มีเนื้อหา</translation>
    </message>
    <message>
        <source>Brief the items with a position, stances, notes or outcomes (the default)</source>
        <translation>จัดทำท่าทีของระเบียบวาระที่มีท่าที จุดยืน บันทึก หรือผลการประชุม (ค่าตั้งต้น)</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>ทุกระเบียบวาระ</translation>
    </message>
    <message>
        <source>No briefs</source>
        <translation>ไม่มีท่าที</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>ส่วนต่าง ๆ</translation>
    </message>
    <message>
        <source>Named on the cover and as the PDF&apos;s author; remembered for this store.</source>
        <translation>ระบุบนปกและเป็นผู้จัดทำของ PDF จดจำไว้สำหรับคลังข้อมูลนี้</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>งานประชุม</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>การออก</translation>
    </message>
    <message>
        <source>For</source>
        <translation>สำหรับ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Brief reference</source>
        <translation>เลขที่อ้างอิงของแฟ้มบรีฟ</translation>
    </message>
    <message>
        <source>The pack&apos;s headings, labels and dates; what you wrote stays as written</source>
        <translation>หัวข้อ ป้ายกำกับ และวันที่ในแฟ้มบรีฟ ส่วนข้อความที่คุณเขียนจะคงไว้ตามเดิม</translation>
    </message>
    <message>
        <source>Years in the Buddhist Era (พ.ศ.)</source>
        <translation>ปีเป็นพุทธศักราช (พ.ศ.)</translation>
    </message>
    <message>
        <source>Printed in</source>
        <translation>พิมพ์เป็นภาษา</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>ออกโดย</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>ชั้นความลับ</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>ผู้รับ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Each brief prints the last notes taken on its item, up to this number, and says how many earlier ones it leaves out.</source>
        <translation>ท่าทีแต่ละฉบับพิมพ์บันทึกล่าสุดของระเบียบวาระไม่เกินจำนวนนี้ และระบุจำนวนบันทึกก่อนหน้าที่ไม่ได้พิมพ์</translation>
    </message>
    <message>
        <source>Past notes per item</source>
        <translation>บันทึกที่ผ่านมาต่อระเบียบวาระ</translation>
    </message>
    <message>
        <source>v%d</source>
        <translation>ฉบับ %d</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(ไม่ระบุชื่อ)</translation>
    </message>
    <message>
        <source>New pack</source>
        <translation>แฟ้มบรีฟใหม่</translation>
    </message>
    <message>
        <source>Addendum to %s</source>
        <translation>เอกสารเพิ่มเติมของ %s</translation>
    </message>
    <message>
        <source>The choice changed: Preview again to see the pack.</source>
        <translation>ตัวเลือกเปลี่ยนไป: กด ตัวอย่าง อีกครั้งเพื่อดูแฟ้มบรีฟ</translation>
    </message>
    <message>
        <source>(the pack&apos;s reference/Add.N)</source>
        <translation>(เลขที่อ้างอิงของแฟ้มบรีฟ/Add.N)</translation>
    </message>
    <message>
        <source>Not in a pack for %1</source>
        <translation>ไม่อยู่ในแฟ้มบรีฟสำหรับ %1</translation>
    </message>
    <message>
        <source>This event has no meetings yet.</source>
        <translation>งานประชุมนี้ยังไม่มีการประชุม</translation>
    </message>
    <message>
        <source>Tick at least one meeting for the pack.</source>
        <translation>ทำเครื่องหมายการประชุมอย่างน้อยหนึ่งการประชุมสำหรับแฟ้มบรีฟ</translation>
    </message>
</context>
<context>
    <name>ParagraphModel</name>
    <message>
        <source>Para.</source>
        <translation>ย่อหน้า</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>[ ]</source>
        <translation>[ ]</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>ของเรา</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ข้อความ</translation>
    </message>
</context>
<context>
    <name>PassphraseChangeDialog</name>
    <message>
        <source>Encrypt the store</source>
        <translation>เข้ารหัสคลังข้อมูล</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>เปลี่ยนวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; is stored as plain SQLite: anyone who copies the file can read every position and red line. Encrypting it rewrites the store and its backups under a passphrase; the plain copies are overwritten.</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; เก็บเป็น SQLite แบบไม่เข้ารหัส: ผู้ใดที่คัดลอกไฟล์ก็อ่านท่าทีและเส้นต้องห้ามได้ทั้งหมด การเข้ารหัสจะเขียนคลังข้อมูลและข้อมูลสำรองใหม่ด้วยวลีรหัสผ่าน และเขียนทับสำเนาที่ไม่เข้ารหัส</translation>
    </message>
    <message>
        <source>Every page of &lt;b&gt;%s&lt;/b&gt; and of its backups is re-encrypted under the new passphrase. A backup made under an older passphrase elsewhere keeps it.</source>
        <translation>ทุกหน้าของ &lt;b&gt;%s&lt;/b&gt; และข้อมูลสำรองจะถูกเข้ารหัสใหม่ด้วยวลีรหัสผ่านใหม่ ข้อมูลสำรองที่ทำไว้ที่อื่นด้วยวลีรหัสผ่านเก่ายังใช้วลีรหัสผ่านเดิม</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>วลีรหัสผ่านปัจจุบัน:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>วลีรหัสผ่านใหม่:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>พิมพ์ซ้ำ:</translation>
    </message>
    <message>
        <source>Use several words, at least 8 characters. There is no way to recover a forgotten passphrase: keep it safe.</source>
        <translation>ใช้หลายคำ อย่างน้อย 8 ตัวอักษร ไม่มีวิธีกู้คืนวลีรหัสผ่านที่ลืม: เก็บรักษาไว้ให้ดี</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>เข้ารหัส</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>ใส่วลีรหัสผ่านปัจจุบัน</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted store</source>
        <translation>คลังข้อมูลที่เข้ารหัส</translation>
    </message>
    <message>
        <source>Enter the passphrase of &lt;b&gt;%s&lt;/b&gt;:</source>
        <translation>ใส่วลีรหัสผ่านของ &lt;b&gt;%s&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Choose what the pack holds, then Preview.</source>
        <translation>เลือกเนื้อหาของแฟ้มบรีฟ แล้วกด ตัวอย่าง</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>หน้า </translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>ย่อ (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>ขยาย (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>พอดีความกว้าง</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>ทั้งหน้า</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>ไม่สามารถแสดง PDF นี้ได้</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n หน้า</numerusform>
        </translation>
    </message>
    <message>
        <source>of %s</source>
        <translation>จาก %s</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>About this person</source>
        <translation>เกี่ยวกับบุคคลนี้</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>H.E. Mr., Dr., Ms.</source>
        <translation>ฯพณฯ นาย ดร. นางสาว</translation>
    </message>
    <message>
        <source>e.g. ดร.พงศ์ศักดิ์ รัตนวิชัย, Nguyễn Văn An</source>
        <translation>เช่น ดร.พงศ์ศักดิ์ รัตนวิชัย, Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>คำนำหน้า</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>ชื่อในอักษรของตน</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>ดูไม่เหมือนที่อยู่อีเมล</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Change the approval PIN</source>
        <translation>เปลี่ยน PIN สำหรับอนุมัติ</translation>
    </message>
    <message>
        <source>Set an approval PIN</source>
        <translation>ตั้ง PIN สำหรับอนุมัติ</translation>
    </message>
    <message>
        <source>%s changes their approval PIN: the old one first, then the new one twice.</source>
        <translation>%s เปลี่ยน PIN สำหรับอนุมัติของตน: ใส่ PIN เดิมก่อน แล้วใส่ PIN ใหม่สองครั้ง</translation>
    </message>
    <message>
        <source>%s sets their own approval PIN: at least 6 characters, typed twice. Only they should know it: approving a brief in their name asks for it.</source>
        <translation>%s ตั้ง PIN สำหรับอนุมัติของตน: อย่างน้อย 6 ตัวอักษร พิมพ์สองครั้ง ควรมีเพียงผู้นั้นที่รู้: การอนุมัติท่าทีในนามผู้นั้นจะขอ PIN นี้</translation>
    </message>
    <message>
        <source>Old PIN:</source>
        <translation>PIN เดิม:</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>PIN ใหม่:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>พิมพ์ซ้ำ:</translation>
    </message>
    <message>
        <source>The two new PINs differ: nothing was changed.</source>
        <translation>PIN ใหม่ทั้งสองไม่ตรงกัน: ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
</context>
<context>
    <name>PlainTextEdit</name>
    <message>
        <source>Paste refused</source>
        <translation>ไม่รับการวาง</translation>
    </message>
</context>
<context>
    <name>PointsPanel</name>
    <message>
        <source>No points to make on this item.</source>
        <translation>ระเบียบวาระนี้ไม่มีประเด็นที่จะกล่าว</translation>
    </message>
    <message>
        <source>Our points to make (Alt+1…9 ticks)</source>
        <translation>ประเด็นที่จะกล่าวของเรา (Alt+1…9 ทำเครื่องหมาย)</translation>
    </message>
</context>
<context>
    <name>PositionDisplay</name>
    <message>
        <source>✓ delivered %s</source>
        <translation>✓ กล่าวแล้ว %s</translation>
    </message>
    <message>
        <source>None linked yet (View &gt; Counterparts).</source>
        <translation>ยังไม่มีการเชื่อมโยง (มุมมอง &gt; ผู้แทนฝ่ายอื่น)</translation>
    </message>
    <message>
        <source>No position yet</source>
        <translation>ยังไม่มีท่าที</translation>
    </message>
    <message>
        <source>You can read this team store but not change it (your role: reader). Ask the head of delegation for a member&apos;s sign-in.</source>
        <translation>คุณอ่านคลังข้อมูลกลางนี้ได้แต่แก้ไขไม่ได้ (บทบาทของคุณ: ผู้อ่าน) โปรดขอบัญชีลงชื่อเข้าใช้ของสมาชิกจากหัวหน้าคณะผู้แทน</translation>
    </message>
    <message>
        <source>○ Offline: kept on this computer, not saved yet; written when the server is back</source>
        <translation>○ ออฟไลน์: เก็บไว้ในเครื่องนี้ ยังไม่ได้บันทึก จะบันทึกเมื่อเซิร์ฟเวอร์กลับมา</translation>
    </message>
    <message>
        <source>Saved · version %s · merged with %s&apos;s change to %s</source>
        <translation>บันทึกแล้ว · ฉบับที่ %s · รวมกับการแก้ไขของ %s ใน %s</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>บุคคลอื่น</translation>
    </message>
    <message>
        <source>Saved · version %s · %s</source>
        <translation>บันทึกแล้ว · ฉบับที่ %s · %s</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>ยังไม่มีการเขียนข้อมูล</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s approved this brief meanwhile&lt;/b&gt; (version %s). Your text is on screen but not saved: reopen the brief as a draft with your text (the approved version stays in the history), or discard your text.</source>
        <translation>&lt;b&gt;%s อนุมัติท่าทีนี้ในระหว่างนั้น&lt;/b&gt; (ฉบับที่ %s) ข้อความของคุณอยู่บนหน้าจอแต่ยังไม่ได้บันทึก: เปิดท่าทีใหม่เป็นร่างพร้อมข้อความของคุณ (ฉบับที่อนุมัติยังอยู่ในประวัติ) หรือทิ้งข้อความของคุณ</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s saved this brief meanwhile&lt;/b&gt; (version %s). Your text is on screen but not saved: Compare… to keep yours, take theirs or merge them. Both stay in the history.</source>
        <translation>&lt;b&gt;%s บันทึกท่าทีนี้ในระหว่างนั้น&lt;/b&gt; (ฉบับที่ %s) ข้อความของคุณอยู่บนหน้าจอแต่ยังไม่ได้บันทึก: กด เปรียบเทียบ… เพื่อใช้ของคุณ ใช้ของอีกฝ่าย หรือรวมกัน ทั้งสองฉบับยังอยู่ในประวัติ</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>มีผู้หนึ่ง</translation>
    </message>
    <message>
        <source>This position was changed elsewhere while you were editing. Your last edits are still on screen but not saved: Reload to see the saved version.</source>
        <translation>ท่าทีนี้ถูกเปลี่ยนที่อื่นระหว่างที่คุณแก้ไข การแก้ไขล่าสุดของคุณยังอยู่บนหน้าจอแต่ยังไม่ได้บันทึก: กด โหลดใหม่ เพื่อดูฉบับที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Approved by &lt;b&gt;%s&lt;/b&gt; %s (version %s). Read-only: Edit… to change it.</source>
        <translation>อนุมัติโดย &lt;b&gt;%s&lt;/b&gt; %s (ฉบับที่ %s) อ่านได้อย่างเดียว: กด แก้ไข… เพื่อเปลี่ยน</translation>
    </message>
    <message>
        <source>Edited after approval: version %s was approved by %s; it stays in the history.</source>
        <translation>แก้ไขหลังอนุมัติ: ฉบับที่ %s อนุมัติโดย %s และยังอยู่ในประวัติ</translation>
    </message>
</context>
<context>
    <name>PositionEditor</name>
    <message>
        <source>brief on another item</source>
        <translation>ท่าทีของระเบียบวาระอื่น</translation>
    </message>
    <message>
        <source>briefs on other items</source>
        <translation>ท่าทีของระเบียบวาระอื่น</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>ส่งให้ตรวจ</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>อนุมัติ…</translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation>กลับเป็นร่าง</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>ประวัติ…</translation>
    </message>
    <message>
        <source>Carry forward…</source>
        <translation>ยกไปใช้ต่อ…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>โหลดใหม่</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>เปรียบเทียบ…</translation>
    </message>
    <message>
        <source>Both versions side by side: keep yours, take theirs or merge them</source>
        <translation>เทียบสองฉบับ: ใช้ของคุณ ใช้ของอีกฝ่าย หรือรวมกัน</translation>
    </message>
    <message>
        <source>Reopen as draft with my text</source>
        <translation>เปิดใหม่เป็นร่างพร้อมข้อความของฉัน</translation>
    </message>
    <message>
        <source>Discard my text</source>
        <translation>ทิ้งข้อความของฉัน</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>ตัวหนา (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>ตัวเอียง (Ctrl+I)</translation>
    </message>
    <message>
        <source>Bullet list (Ctrl+Shift+8)</source>
        <translation>รายการสัญลักษณ์ (Ctrl+Shift+8)</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>ระเบียบวาระนี้ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>%s saved this brief meanwhile (see above)</source>
        <translation>%s บันทึกท่าทีนี้ไปแล้วในระหว่างนั้น (ดูด้านบน)</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>บุคคลอื่น</translation>
    </message>
    <message>
        <source>%s approved this brief meanwhile (see above)</source>
        <translation>%s อนุมัติท่าทีนี้ในระหว่างนั้น (ดูด้านบน)</translation>
    </message>
    <message>
        <source>Your edits to this brief are not saved yet (%s). Nothing else was done.</source>
        <translation>การแก้ไขท่าทีนี้ของคุณยังไม่ได้บันทึก (%s) ไม่มีการดำเนินการอื่น</translation>
    </message>
</context>
<context>
    <name>PositionForm</name>
    <message>
        <source>What success looks like: concrete and testable</source>
        <translation>ความสำเร็จเป็นอย่างไร: ชัดเจนและตรวจสอบได้</translation>
    </message>
    <message>
        <source>e.g. DO3, EA 3.2</source>
        <translation>เช่น DO3, EA 3.2</translation>
    </message>
    <message>
        <source>Where we start</source>
        <translation>จุดเริ่มต้นของเรา</translation>
    </message>
    <message>
        <source>A fallback, in order</source>
        <translation>ท่าทีสำรองตามลำดับ</translation>
    </message>
    <message>
        <source>Add a fallback</source>
        <translation>เพิ่มท่าทีสำรอง</translation>
    </message>
    <message>
        <source>Fallback {n}</source>
        <translation>ท่าทีสำรอง {n}</translation>
    </message>
    <message>
        <source>The minimum acceptable</source>
        <translation>ขั้นต่ำที่ยอมรับได้</translation>
    </message>
    <message>
        <source>A point to make</source>
        <translation>ประเด็นที่จะกล่าว</translation>
    </message>
    <message>
        <source>Add a point</source>
        <translation>เพิ่มประเด็น</translation>
    </message>
    <message>
        <source>Point {n}</source>
        <translation>ประเด็น {n}</translation>
    </message>
    <message>
        <source>Only if the discussion turns that way</source>
        <translation>ใช้เฉพาะเมื่อการหารือเป็นไปในทางนั้น</translation>
    </message>
    <message>
        <source>Add a delegation</source>
        <translation>เพิ่มคณะผู้แทน</translation>
    </message>
    <message>
        <source>Their objective {n}</source>
        <translation>วัตถุประสงค์ของอีกฝ่าย {n}</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>เพิ่มคำถาม</translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation>คำถาม {n}</translation>
    </message>
    <message>
        <source>What we say to the press</source>
        <translation>สิ่งที่เราแจ้งสื่อมวลชน</translation>
    </message>
    <message>
        <source>Facts that may be shared</source>
        <translation>ข้อเท็จจริงที่เปิดเผยได้</translation>
    </message>
    <message>
        <source>For our delegation only</source>
        <translation>สำหรับคณะผู้แทนของเราเท่านั้น</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>จุดยืน</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>อำนาจตัดสินใจ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>ADM tags</source>
        <translation>แท็ก ADM</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>ท่าทีเริ่มต้น</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>ท่าทีสำรอง</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>เส้นต้องห้าม</translation>
    </message>
    <message>
        <source>NOT FOR DISCLOSURE — left out of packs for a wider circle</source>
        <translation>ห้ามเปิดเผย — ไม่รวมในแฟ้มบรีฟสำหรับผู้อ่านวงกว้าง</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>กรอบอำนาจ</translation>
    </message>
    <message>
        <source>Position ladder</source>
        <translation>ลำดับขั้นท่าที</translation>
    </message>
    <message>
        <source>Points to make</source>
        <translation>ประเด็นที่จะกล่าว</translation>
    </message>
    <message>
        <source>Tactical arguments</source>
        <translation>ข้อโต้แย้งเชิงกลยุทธ์</translation>
    </message>
    <message>
        <source>Their objectives and our response</source>
        <translation>วัตถุประสงค์ของฝ่ายอื่นและการตอบสนองของเรา</translation>
    </message>
    <message>
        <source>Defensive lines and Q&amp;A</source>
        <translation>ประเด็นตั้งรับและถาม-ตอบ</translation>
    </message>
    <message>
        <source>Press line</source>
        <translation>ประเด็นสื่อมวลชน</translation>
    </message>
    <message>
        <source>Background (releasable)</source>
        <translation>ข้อมูลภูมิหลัง (เปิดเผยได้)</translation>
    </message>
    <message>
        <source>Background (not for disclosure)</source>
        <translation>ข้อมูลภูมิหลัง (ห้ามเปิดเผย)</translation>
    </message>
    <message>
        <source>Counterparts who care about this item</source>
        <translation>ผู้แทนฝ่ายอื่นที่สนใจระเบียบวาระนี้</translation>
    </message>
    <message>
        <source>Projects this item concerns</source>
        <translation>โครงการที่เกี่ยวข้องกับระเบียบวาระนี้</translation>
    </message>
    <message>
        <source>Who in our delegation holds this brief</source>
        <translation>ผู้ที่รับผิดชอบท่าทีนี้ในคณะผู้แทนของเรา</translation>
    </message>
    <message>
        <source>Codes of the ADM outcomes and actions this item serves, separated by commas</source>
        <translation>รหัสผลลัพธ์และการดำเนินการของ ADM ที่ระเบียบวาระนี้รองรับ คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <source>— not assigned —</source>
        <translation>— ยังไม่มอบหมาย —</translation>
    </message>
    <message>
        <source>(someone no longer listed)</source>
        <translation>(ผู้ที่ไม่อยู่ในรายชื่อแล้ว)</translation>
    </message>
</context>
<context>
    <name>PositionHistoryDialog</name>
    <message>
        <source>History of the position on %s</source>
        <translation>ประวัติของท่าทีใน %s</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>ไม่มีความแตกต่าง</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Formatting changed (bold, italic or bullets).</source>
        <translation>รูปแบบเปลี่ยนไป (ตัวหนา ตัวเอียง หรือรายการสัญลักษณ์)</translation>
    </message>
    <message>
        <source>ADM tags</source>
        <translation>แท็ก ADM</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>ฉบับ</translation>
    </message>
    <message>
        <source>Every saved version of the brief, newest first</source>
        <translation>ทุกฉบับที่บันทึกของท่าที ล่าสุดอยู่บนสุด</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>เปรียบเทียบกับ</translation>
    </message>
    <message>
        <source>The version compared with the older one</source>
        <translation>ฉบับที่นำมาเปรียบเทียบกับฉบับที่เก่ากว่า</translation>
    </message>
    <message>
        <source>Show unchanged sections</source>
        <translation>แสดงส่วนที่ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>What changed between the two versions</source>
        <translation>สิ่งที่เปลี่ยนระหว่างสองฉบับ</translation>
    </message>
    <message>
        <source>&lt;del&gt;Removed&lt;/del&gt; text is struck through; &lt;ins&gt;added&lt;/ins&gt; text is underlined.</source>
        <translation>ข้อความที่&lt;del&gt;ถูกลบ&lt;/del&gt;จะขีดฆ่า ข้อความที่&lt;ins&gt;เพิ่ม&lt;/ins&gt;จะขีดเส้นใต้</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>กู้คืนฉบับนี้…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>เปรียบเทียบ</translation>
    </message>
    <message>
        <source>with</source>
        <translation>กับ</translation>
    </message>
    <message>
        <source>Version %s</source>
        <translation>ฉบับที่ %s</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (ปัจจุบัน)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>(before sign-in)</source>
        <translation>(ก่อนลงชื่อเข้าใช้)</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>ไม่ระบุชื่อ</translation>
    </message>
    <message>
        <source>nothing (before version 1)</source>
        <translation>ไม่มี (ก่อนฉบับที่ 1)</translation>
    </message>
    <message>
        <source>version %s</source>
        <translation>ฉบับที่ %s</translation>
    </message>
    <message>
        <source>Restore version %s…</source>
        <translation>กู้คืนฉบับที่ %s…</translation>
    </message>
    <message>
        <source>Restore version %s? It becomes the current version (a new version %s); every version stays in the history.</source>
        <translation>กู้คืนฉบับที่ %s หรือไม่ ฉบับนี้จะกลายเป็นฉบับปัจจุบัน (ฉบับใหม่ที่ %s) ทุกฉบับยังคงอยู่ในประวัติ</translation>
    </message>
    <message>
        <source>The position is approved: restoring returns it to draft.</source>
        <translation>ท่าทีนี้อนุมัติแล้ว: การกู้คืนจะทำให้กลับเป็นร่าง</translation>
    </message>
    <message>
        <source>Restore a version</source>
        <translation>กู้คืนฉบับ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <source>Restore version %s</source>
        <translation>กู้คืนฉบับที่ %s</translation>
    </message>
</context>
<context>
    <name>PositionPresenter</name>
    <message>
        <source>%s (item %s)</source>
        <translation>%s (ระเบียบวาระ %s)</translation>
    </message>
    <message>
        <source>Not done: putting the approval back is an approval again, and it needs the approver&apos;s own PIN.</source>
        <translation>ไม่ได้ดำเนินการ: การคืนการอนุมัติคือการอนุมัติอีกครั้ง และต้องใช้ PIN ของผู้อนุมัติเอง</translation>
    </message>
</context>
<context>
    <name>PositionSteps</name>
    <message>
        <source>submit for review</source>
        <translation>ส่งให้ตรวจ</translation>
    </message>
    <message>
        <source>return to draft</source>
        <translation>กลับเป็นร่าง</translation>
    </message>
    <message>
        <source>Approve without your signature</source>
        <translation>อนุมัติโดยไม่มีลายมือชื่อของคุณ</translation>
    </message>
    <message>
        <source>No key passphrase: the approval is not signed by your key, so it arrives in the other stores for review, not approved. Approve unsigned?</source>
        <translation>ไม่มีวลีรหัสผ่านของกุญแจ: การอนุมัติจะไม่ได้รับการลงนามด้วยกุญแจของคุณ จึงไปถึงคลังข้อมูลอื่นในสถานะรอตรวจทาน ไม่ใช่อนุมัติแล้ว อนุมัติโดยไม่ลงนามหรือไม่?</translation>
    </message>
    <message>
        <source>Approve unsigned</source>
        <translation>อนุมัติโดยไม่ลงนาม</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>การอนุมัติ</translation>
    </message>
    <message>
        <source>Approve the position again</source>
        <translation>อนุมัติท่าทีอีกครั้ง</translation>
    </message>
    <message>
        <source>Your edits to this brief are not saved yet (%s). Nothing else was done.</source>
        <translation>การแก้ไขท่าทีนี้ของคุณยังไม่ได้บันทึก (%s) ไม่มีการดำเนินการอื่น</translation>
    </message>
    <message>
        <source>Edit an approved position</source>
        <translation>แก้ไขท่าทีที่อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>This position was approved by %s (version %s). Editing it returns it to draft for a new approval; the approved version stays in the history. Edit it?</source>
        <translation>ท่าทีนี้อนุมัติโดย %s (ฉบับที่ %s) การแก้ไขจะทำให้กลับเป็นร่างเพื่อรอการอนุมัติใหม่ ฉบับที่อนุมัติแล้วยังคงอยู่ในประวัติ แก้ไขหรือไม่</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>แก้ไข</translation>
    </message>
</context>
<context>
    <name>PresenceLabel</name>
    <message>
        <source>%s has this brief open</source>
        <translation>%s เปิดท่าทีนี้อยู่</translation>
    </message>
    <message>
        <source>%s and %s have this brief open</source>
        <translation>%s และ %s เปิดท่าทีนี้อยู่</translation>
    </message>
    <message>
        <source>Saving the same part as them: the second save is shown as a conflict.</source>
        <translation>หากบันทึกส่วนเดียวกันกับพวกเขา การบันทึกครั้งที่สองจะแสดงเป็นข้อขัดแย้ง</translation>
    </message>
</context>
<context>
    <name>PreviewTree</name>
    <message>
        <source>Agenda as read</source>
        <translation>ระเบียบวาระการประชุมที่อ่านได้</translation>
    </message>
    <message>
        <source>The items read from the text, with their numbers and levels</source>
        <translation>ระเบียบวาระที่อ่านจากข้อความ พร้อมหมายเลขและระดับ</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>updates %s</source>
        <translation>ปรับปรุง %s</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Programme</source>
        <translation>กำหนดการ</translation>
    </message>
    <message>
        <source>The sessions of the meeting, one a row</source>
        <translation>ช่วงต่าง ๆ ของการประชุม แถวละหนึ่งช่วง</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>วัน</translation>
    </message>
    <message>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>What</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>เพิ่มรายการ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Breaks, lunch, the group photo, bilateral slots: local time (24 h, e.g. 10:30). An agenda import fills this in; the pack&apos;s programme page prints it.</source>
        <translation>พักรับประทานอาหารว่าง อาหารกลางวัน ถ่ายภาพหมู่ ช่วงหารือทวิภาคี: เวลาท้องถิ่น (24 ชม. เช่น 10:30) การนำเข้าระเบียบวาระจะกรอกส่วนนี้ให้ หน้ากำหนดการของแฟ้มบรีฟจะพิมพ์ส่วนนี้</translation>
    </message>
    <message>
        <source>e.g. Coffee break</source>
        <translation>เช่น พักรับประทานอาหารว่าง</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>วันแรก</translation>
    </message>
    <message>
        <source>row %s</source>
        <translation>แถว %s</translation>
    </message>
    <message>
        <source>Programme, %s: write times as 10:30.</source>
        <translation>กำหนดการ %s: เขียนเวลาเป็น 10:30</translation>
    </message>
    <message>
        <source>Programme, row %s: say what it is (e.g. Coffee break).</source>
        <translation>กำหนดการ แถว %s: ระบุว่าเป็นอะไร (เช่น พักรับประทานอาหารว่าง)</translation>
    </message>
    <message>
        <source>Programme, %s: give the start time as well.</source>
        <translation>กำหนดการ %s: ระบุเวลาเริ่มด้วย</translation>
    </message>
    <message>
        <source>Programme, %s: it cannot end before it starts.</source>
        <translation>กำหนดการ %s: สิ้นสุดก่อนเริ่มไม่ได้</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Progress entry</source>
        <translation>รายการความคืบหน้า</translation>
    </message>
    <message>
        <source>(a meeting not in this store: name it below)</source>
        <translation>(การประชุมที่ไม่อยู่ในคลังข้อมูลนี้: ระบุชื่อด้านล่าง)</translation>
    </message>
    <message>
        <source>e.g. 5th ASEAN-Japan JWG</source>
        <translation>เช่น 5th ASEAN-Japan JWG</translation>
    </message>
    <message>
        <source>known</source>
        <translation>ที่รู้จัก</translation>
    </message>
    <message>
        <source>Date of the review</source>
        <translation>วันที่ทบทวน</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(ไม่เปลี่ยนแปลง)</translation>
    </message>
    <message>
        <source>Reviewed at</source>
        <translation>ทบทวนที่</translation>
    </message>
    <message>
        <source>Meeting&apos;s name</source>
        <translation>ชื่อการประชุม</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Status after the review</source>
        <translation>สถานะหลังการทบทวน</translation>
    </message>
    <message>
        <source>Progress reported</source>
        <translation>ความคืบหน้าที่รายงาน</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>การตัดสินใจ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Choose the meeting that reviewed the project, or name it.</source>
        <translation>เลือกการประชุมที่ทบทวนโครงการ หรือระบุชื่อ</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>โครงการใหม่</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>known</source>
        <translation>ที่รู้จัก</translation>
    </message>
    <message>
        <source>e.g. ADM2030 O3, ADM2025 DO3</source>
        <translation>เช่น ADM2030 O3, ADM2025 DO3</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>รหัส(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ชื่อเรื่อง(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>หุ้นส่วน(&amp;P)</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>ผู้ให้ทุน</translation>
    </message>
    <message>
        <source>Amount, currency</source>
        <translation>จำนวนเงิน สกุลเงิน</translation>
    </message>
    <message>
        <source>Implementing body</source>
        <translation>หน่วยงานดำเนินการ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Three letters, e.g. USD</source>
        <translation>อักษรสามตัว เช่น USD</translation>
    </message>
    <message>
        <source>End</source>
        <translation>สิ้นสุด</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>ระยะ</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>สถานะ(&amp;S)</translation>
    </message>
    <message>
        <source>Our involvement</source>
        <translation>บทบาทของเรา</translation>
    </message>
    <message>
        <source>Lead Member State(s)</source>
        <translation>ประเทศสมาชิกผู้นำเรื่อง</translation>
    </message>
    <message>
        <source>Framework outcome(s)</source>
        <translation>ผลลัพธ์ตามกรอบ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>ข้อสังเกต</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Milestone or deliverable</source>
        <translation>หมุดหมายหรือผลผลิต</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>กำหนดเสร็จ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>บรรลุเมื่อ</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>หมุดหมาย</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>สัญลักษณ์</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Focal points, documents</source>
        <translation>ผู้ประสานงาน เอกสาร</translation>
    </message>
    <message>
        <source>(no position yet)</source>
        <translation>(ยังไม่มีท่าที)</translation>
    </message>
    <message>
        <source>Proposal for the next phase</source>
        <translation>ข้อเสนอสำหรับระยะถัดไป</translation>
    </message>
    <message>
        <source>Our stance</source>
        <translation>จุดยืนของเรา</translation>
    </message>
    <message>
        <source>Our position</source>
        <translation>ท่าทีของเรา</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>ระยะถัดไป</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>A project needs a code.</source>
        <translation>โครงการต้องมีรหัส</translation>
    </message>
    <message>
        <source>A project needs a title.</source>
        <translation>โครงการต้องมีชื่อเรื่อง</translation>
    </message>
    <message>
        <source>A date in a list is not a date (write 2026-03-31): %s</source>
        <translation>วันที่ในรายการไม่ใช่วันที่ (เขียนเป็น 2026-03-31): %s</translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <source>Project details</source>
        <translation>รายละเอียดโครงการ</translation>
    </message>
    <message>
        <source>Reviews (one per meeting; double-click to edit)</source>
        <translation>การทบทวน (หนึ่งรายการต่อการประชุม ดับเบิลคลิกเพื่อแก้ไข)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>การทบทวน</translation>
    </message>
    <message>
        <source>One per meeting; Enter or a double-click edits one</source>
        <translation>หนึ่งรายการต่อการประชุม กด Enter หรือดับเบิลคลิกเพื่อแก้ไข</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>แก้ไข(&amp;E)…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Add &amp;review…</source>
        <translation>เพิ่มการทบทวน(&amp;R)…</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>ลบการทบทวน</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>ลบโครงการ</translation>
    </message>
    <message>
        <source>Delete %s and its %d review(s)?</source>
        <translation>ลบ %s และการทบทวน %d รายการหรือไม่</translation>
    </message>
</context>
<context>
    <name>QARow</name>
    <message>
        <source>Question or challenge</source>
        <translation>คำถามหรือข้อท้วงติง</translation>
    </message>
    <message>
        <source>Our line</source>
        <translation>ท่าทีของเรา</translation>
    </message>
    <message>
        <source>Q:</source>
        <translation>ถาม:</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>ตอบ:</translation>
    </message>
    <message>
        <source>Our line on question {0}</source>
        <translation>ท่าทีของเราต่อคำถาม {0}</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>ตกลง(&amp;O)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ใช่ทั้งหมด(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ไม่ทั้งหมด(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ยุติ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองใหม่</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ปิด(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>ยกเลิก(&amp;C)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ทิ้ง</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>ปิดโดยไม่บันทึก</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>คืนค่าตั้งต้น</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>This is a trip copy: negotiated texts are changed in the team store; each Bring back refreshes them here. Read, export and print them as they are.</source>
        <translation>นี่คือสำเนาสำหรับเดินทาง: ร่างข้อความเจรจาเปลี่ยนแปลงได้ที่คลังข้อมูลกลางเท่านั้น และทุกครั้งที่นำกลับจะปรับให้เป็นปัจจุบันที่นี่ อ่าน ส่งออก และพิมพ์ได้ตามที่เป็นอยู่</translation>
    </message>
    <message>
        <source>This is a trip copy: cooperation projects are changed in the team store; each Bring back refreshes them here. Read them and print their reports as they are.</source>
        <translation>นี่คือสำเนาสำหรับเดินทาง: โครงการความร่วมมือเปลี่ยนแปลงได้ที่คลังข้อมูลกลางเท่านั้น และทุกครั้งที่นำกลับจะปรับให้เป็นปัจจุบันที่นี่ อ่านและพิมพ์รายงานได้ตามที่เป็นอยู่</translation>
    </message>
</context>
<context>
    <name>RecipientsBox</name>
    <message>
        <source>One name per line: one numbered copy each</source>
        <translation>หนึ่งชื่อต่อบรรทัด: หนึ่งสำเนาที่มีหมายเลขต่อชื่อ</translation>
    </message>
    <message>
        <source>Our delegation</source>
        <translation>คณะผู้แทนของเรา</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>ผู้รับ</translation>
    </message>
    <message>
        <source>Recipient&apos;s name as a watermark</source>
        <translation>ชื่อผู้รับเป็นลายน้ำ</translation>
    </message>
    <message>
        <source>All copies in one PDF file</source>
        <translation>ทุกสำเนาในไฟล์ PDF เดียว</translation>
    </message>
    <message>
        <source>Unnamed copies</source>
        <translation>สำเนาที่ไม่ระบุชื่อ</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Distribution register</source>
        <translation>ทะเบียนการแจกจ่าย</translation>
    </message>
    <message>
        <source>Pack register</source>
        <translation>ทะเบียนแฟ้มบรีฟ</translation>
    </message>
    <message>
        <source>Every pack printed: who received each copy</source>
        <translation>แฟ้มบรีฟทุกชุดที่พิมพ์: ผู้ที่ได้รับแต่ละสำเนา</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>บันทึกเป็น PDF…</translation>
    </message>
    <message>
        <source>1 copy</source>
        <translation>1 สำเนา</translation>
    </message>
    <message>
        <source>%d copies</source>
        <translation>%d สำเนา</translation>
    </message>
    <message>
        <source>1 issue</source>
        <translation>ออก 1 ครั้ง</translation>
    </message>
    <message>
        <source>%d issues</source>
        <translation>ออก %d ครั้ง</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Meeting report</source>
        <translation>รายงานการประชุม</translation>
    </message>
    <message>
        <source>Report to capital</source>
        <translation>รายงานถึงเมืองหลวง</translation>
    </message>
    <message>
        <source>Outcome summary (for the Ministers)</source>
        <translation>สรุปผลการประชุม (สำหรับรัฐมนตรี)</translation>
    </message>
    <message>
        <source>Automatic: delegation/year/RC-meeting</source>
        <translation>อัตโนมัติ: คณะผู้แทน/ปี/RC-การประชุม</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>For</source>
        <translation>สำหรับ</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>ชั้นความลับ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>เลขที่อ้างอิง</translation>
    </message>
    <message>
        <source>Printed in</source>
        <translation>พิมพ์เป็นภาษา</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word (.docx), for colleagues who edit it</source>
        <translation>Word (.docx) สำหรับผู้ร่วมงานที่จะแก้ไข</translation>
    </message>
    <message>
        <source>The same headings, the same parts for the audience, the classification, reference and copy mark in every page&apos;s header and footer. Each copy is entered in the distribution register.</source>
        <translation>หัวข้อเดียวกัน ส่วนเดียวกันสำหรับกลุ่มผู้อ่าน พร้อมชั้นความลับ เลขที่อ้างอิง และเครื่องหมายสำเนาที่หัวกระดาษและท้ายกระดาษทุกหน้า สำเนาทุกฉบับบันทึกในทะเบียนการแจกจ่าย</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>รูปแบบ</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>ผู้รับ</translation>
    </message>
    <message>
        <source>Choose the meeting and the report, then Preview.</source>
        <translation>เลือกการประชุมและรายงาน แล้วกด ตัวอย่าง</translation>
    </message>
    <message>
        <source>Save as Word…</source>
        <translation>บันทึกเป็น Word…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>บันทึกเป็น PDF…</translation>
    </message>
    <message>
        <source>The preview shows the PDF: the Word copy holds the same headings and text.</source>
        <translation>ตัวอย่างแสดงฉบับ PDF ฉบับ Word มีหัวข้อและข้อความเดียวกัน</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>Intervention</source>
        <translation>การกล่าวถ้อยแถลง</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>ข้อเสนอ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>การตัดสินใจ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>ข้อสังเกต</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>สนับสนุน</translation>
    </message>
    <message>
        <source>Support with amendments</source>
        <translation>สนับสนุนโดยมีข้อแก้ไข</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>เป็นกลาง</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>สงวนท่าที</translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation>คัดค้าน</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>รับทราบ</translation>
    </message>
    <message>
        <source>Welcomed</source>
        <translation>ยินดี</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>ให้ความเห็นชอบ</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>เห็นชอบ</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>รับรอง</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>เลื่อนการพิจารณา</translation>
    </message>
    <message>
        <source>Tasked</source>
        <translation>มอบหมาย</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Row {n}</source>
        <translation>แถว {n}</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>ย้ายขึ้น (Alt+Up)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>ย้ายลง (Alt+Down)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>นำ {0} ออก</translation>
    </message>
</context>
<context>
    <name>SalvageResultDialog</name>
    <message>
        <source>Readable copy saved</source>
        <translation>บันทึกสำเนาที่อ่านได้แล้ว</translation>
    </message>
    <message>
        <source>%s rows were copied to %s. %s rows could not be read or were left out (below). %s was not changed.</source>
        <translation>คัดลอก %s แถวไปยัง %s แล้ว %s แถวอ่านไม่ได้หรือถูกข้ามไป (ด้านล่าง) %s ไม่ได้ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Every readable row (%s) was copied to %s. %s was not changed.</source>
        <translation>คัดลอกทุกแถวที่อ่านได้ (%s) ไปยัง %s แล้ว %s ไม่ได้ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The copy passed SQLite&apos;s integrity check; its search index was rebuilt.</source>
        <translation>สำเนาผ่านการตรวจความสมบูรณ์ของ SQLite และสร้างดัชนีการค้นหาใหม่แล้ว</translation>
    </message>
    <message>
        <source>It is encrypted with the same passphrase.</source>
        <translation>เข้ารหัสด้วยวลีรหัสผ่านเดียวกัน</translation>
    </message>
    <message>
        <source>What was recovered</source>
        <translation>สิ่งที่กู้คืนได้</translation>
    </message>
    <message>
        <source>Each table of the damaged store and the rows read back</source>
        <translation>แต่ละตารางของคลังข้อมูลที่เสียหายและแถวที่อ่านกลับมาได้</translation>
    </message>
    <message>
        <source>What</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>คัดลอกแล้ว</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>ไม่ได้คัดลอก</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Open the copy</source>
        <translation>เปิดสำเนา</translation>
    </message>
    <message>
        <source>rows lost: unknown (the table cannot be read)</source>
        <translation>แถวที่สูญหาย: ไม่ทราบ (อ่านตารางไม่ได้)</translation>
    </message>
    <message>
        <source>%s on damaged pages</source>
        <translation>%s อยู่ในหน้าที่เสียหาย</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>ไม่เกิน</translation>
    </message>
    <message>
        <source>%s rebuilt from their saved versions</source>
        <translation>%s สร้างใหม่จากฉบับที่บันทึกไว้</translation>
    </message>
    <message>
        <source>%s kept with damaged text (shown as �)</source>
        <translation>%s เก็บไว้พร้อมข้อความที่เสียหาย (แสดงเป็น �)</translation>
    </message>
    <message>
        <source>%s with unreadable values</source>
        <translation>%s มีค่าที่อ่านไม่ได้</translation>
    </message>
    <message>
        <source>%s whose parent was lost</source>
        <translation>%s ที่ระเบียนแม่สูญหาย</translation>
    </message>
    <message>
        <source>%s links to lost rows cleared</source>
        <translation>%s ลิงก์ไปยังแถวที่สูญหายถูกล้างแล้ว</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>Not saved: %s.</source>
        <translation>ยังไม่ได้บันทึก: %s</translation>
    </message>
    <message>
        <source>Your text is kept here and will be saved as soon as possible.</source>
        <translation>ข้อความของคุณเก็บไว้ที่นี่ และจะบันทึกโดยเร็วที่สุด</translation>
    </message>
    <message>
        <source>Your text is kept here.</source>
        <translation>ข้อความของคุณเก็บไว้ที่นี่</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>การเปลี่ยนแปลงที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>บันทึกเมื่อ %s</translation>
    </message>
    <message>
        <source>Also not saved yet: %s %s.</source>
        <translation>ที่ยังไม่ได้บันทึกเช่นกัน: %s %s</translation>
    </message>
    <message>
        <source>Not saved yet: %s %s — %s. Kept, and saved as soon as possible.</source>
        <translation>ยังไม่ได้บันทึก: %s %s — %s เก็บไว้และจะบันทึกโดยเร็วที่สุด</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>ยังไม่ได้ลอง</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Some of your edits could not be saved: %s.</source>
        <translation>การแก้ไขบางส่วนของคุณบันทึกไม่ได้: %s</translation>
    </message>
    <message>
        <source>They are still on screen. %s</source>
        <translation>การแก้ไขยังอยู่บนหน้าจอ %s</translation>
    </message>
    <message>
        <source>Edits not saved</source>
        <translation>ยังไม่ได้บันทึกการแก้ไข</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>merged with %s&apos;s change to %s</source>
        <translation>รวมกับการแก้ไขของ %s ใน %s</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>บุคคลอื่น</translation>
    </message>
    <message>
        <source>Your brief kept offline is saved: %s.</source>
        <translation>บันทึกท่าทีที่เก็บไว้ขณะออฟไลน์แล้ว: %s</translation>
    </message>
    <message>
        <source>Offline: 1 unsaved change · retrying</source>
        <translation>ออฟไลน์: 1 การเปลี่ยนแปลงที่ยังไม่บันทึก · กำลังลองใหม่</translation>
    </message>
    <message>
        <source>Offline: %s unsaved changes · retrying</source>
        <translation>ออฟไลน์: %s การเปลี่ยนแปลงที่ยังไม่บันทึก · กำลังลองใหม่</translation>
    </message>
    <message>
        <source>The team store&apos;s server cannot be reached. Your changes are kept on this computer and written, in order, as soon as it answers again.</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ของที่เก็บข้อมูลทีมไม่ได้ การเปลี่ยนแปลงของคุณถูกเก็บไว้ในเครื่องนี้ และจะบันทึกตามลำดับทันทีที่เซิร์ฟเวอร์ตอบกลับ</translation>
    </message>
    <message>
        <source>This sign-in used no password to seal them with: they are kept in memory only, so keep the app open until they are written.</source>
        <translation>การเข้าระบบครั้งนี้ไม่ได้ใช้รหัสผ่านที่จะปิดผนึกไว้ จึงเก็บไว้ในหน่วยความจำเท่านั้น โปรดเปิดแอปไว้จนกว่าจะบันทึกเสร็จ</translation>
    </message>
    <message>
        <source>%s unsaved changes in conflict</source>
        <translation>%s การเปลี่ยนแปลงที่ยังไม่บันทึกขัดแย้งกัน</translation>
    </message>
    <message>
        <source>Someone else changed these notes meanwhile: choose what to keep.</source>
        <translation>ระหว่างนั้นมีผู้อื่นแก้ไขบันทึกเหล่านี้: เลือกสิ่งที่จะเก็บไว้</translation>
    </message>
    <message>
        <source>Not saved: see the editor</source>
        <translation>ยังไม่ได้บันทึก: ดูที่ตัวแก้ไข</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>มีการเปลี่ยนแปลงที่ยังไม่บันทึก</translation>
    </message>
    <message>
        <source>All changes saved %s</source>
        <translation>บันทึกการเปลี่ยนแปลงทั้งหมดแล้ว %s</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <source>Not saved</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>What you typed here is not saved (%s). Close and lose it?</source>
        <translation>สิ่งที่คุณพิมพ์ที่นี่ยังไม่ได้บันทึก (%s) ปิดและทิ้งหรือไม่</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>ปิดและทิ้ง</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Searches notes, briefs, agenda items and texts</source>
        <translation>ค้นหาบันทึก ท่าที ระเบียบวาระ และข้อความ</translation>
    </message>
    <message>
        <source>Search notes, items, positions, people, actions, outcomes (any script)</source>
        <translation>ค้นหาบันทึก ระเบียบวาระ ท่าที บุคคล เรื่องที่ต้องดำเนินการ ผลการประชุม (ทุกอักษร)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>ทุกอย่าง</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>ผลการค้นหา</translation>
    </message>
    <message>
        <source>Enter opens the chosen result</source>
        <translation>Enter เปิดผลลัพธ์ที่เลือก</translation>
    </message>
    <message>
        <source>Type a few letters. Enter opens the hit; ↑/↓ move; Esc closes.</source>
        <translation>พิมพ์ตัวอักษรสองสามตัว Enter เปิดผลที่พบ ↑/↓ เลื่อน Esc ปิด</translation>
    </message>
    <message>
        <source>Type a few letters to search.</source>
        <translation>พิมพ์ตัวอักษรสองสามตัวเพื่อค้นหา</translation>
    </message>
    <message>
        <source>%d result(s) in %.0f ms</source>
        <translation>พบ %d รายการใน %.0f มิลลิวินาที</translation>
    </message>
    <message>
        <source>(the best %d; add a word to narrow)</source>
        <translation>(ดีที่สุด %d รายการ เพิ่มคำเพื่อจำกัดผล)</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>ไม่พบ</translation>
    </message>
    <message>
        <source>No matches. Try fewer or shorter words.</source>
        <translation>ไม่พบ ลองใช้คำน้อยลงหรือสั้นลง</translation>
    </message>
    <message>
        <source>The search could not run: %s</source>
        <translation>ค้นหาไม่ได้: %s</translation>
    </message>
</context>
<context>
    <name>SecurityFeature</name>
    <message>
        <source>&amp;Lock</source>
        <translation>ล็อก(&amp;L)</translation>
    </message>
    <message>
        <source>Encrypt this store…</source>
        <translation>เข้ารหัสคลังข้อมูลนี้…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>สำรองข้อมูล(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>ตรวจสอบบันทึกการตรวจสอบ(&amp;V)</translation>
    </message>
    <message>
        <source>Lock and backups &amp;settings…</source>
        <translation>การตั้งค่าการล็อกและการสำรองข้อมูล(&amp;S)…</translation>
    </message>
    <message>
        <source>An operation was interrupted</source>
        <translation>การดำเนินการถูกขัดจังหวะ</translation>
    </message>
    <message>
        <source>The audit log was cut</source>
        <translation>บันทึกการตรวจสอบถูกตัด</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>เปลี่ยนวลีรหัสผ่าน(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Encrypt this store…</source>
        <translation>เข้ารหัสคลังข้อมูลนี้(&amp;E)…</translation>
    </message>
    <message>
        <source>The demo store stays plain (Help &gt; Reset the demo store rewrites it). Create your own store with File &gt; New store: it is encrypted by default.</source>
        <translation>คลังข้อมูลตัวอย่างไม่เข้ารหัส (วิธีใช้ &gt; รีเซ็ตคลังข้อมูลตัวอย่าง จะเขียนใหม่) สร้างคลังข้อมูลของคุณเองด้วย ไฟล์ &gt; คลังข้อมูลใหม่: จะเข้ารหัสโดยค่าตั้งต้น</translation>
    </message>
    <message>
        <source>Encrypt this store</source>
        <translation>เข้ารหัสคลังข้อมูลนี้</translation>
    </message>
    <message>
        <source>Encrypting the store…</source>
        <translation>กำลังเข้ารหัสคลังข้อมูล…</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>กำลังเปลี่ยนวลีรหัสผ่าน…</translation>
    </message>
    <message>
        <source>The store is now encrypted.</source>
        <translation>คลังข้อมูลเข้ารหัสแล้ว</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>เปลี่ยนวลีรหัสผ่านแล้ว</translation>
    </message>
    <message>
        <source>%d backup(s) were re-encrypted with it.</source>
        <translation>ข้อมูลสำรอง %d รายการถูกเข้ารหัสใหม่ด้วยวลีรหัสผ่านนี้</translation>
    </message>
    <message>
        <source>%d backup(s) under another passphrase were left as they were.</source>
        <translation>ข้อมูลสำรอง %d รายการที่ใช้วลีรหัสผ่านอื่นยังคงเดิม</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Backed up automatically at %s</source>
        <translation>สำรองข้อมูลอัตโนมัติเมื่อ %s</translation>
    </message>
    <message>
        <source>The automatic backup failed: %s</source>
        <translation>การสำรองข้อมูลอัตโนมัติล้มเหลว: %s</translation>
    </message>
    <message>
        <source>The audit log is intact: %s entries, hash chain verified.</source>
        <translation>บันทึกการตรวจสอบสมบูรณ์: %s รายการ ตรวจสอบสายแฮชแล้ว</translation>
    </message>
    <message>
        <source>The audit log was changed outside the app:</source>
        <translation>บันทึกการตรวจสอบถูกเปลี่ยนจากภายนอกโปรแกรม:</translation>
    </message>
    <message>
        <source>A backup made before the change still holds the original entries (Tools &gt; Backups).</source>
        <translation>ข้อมูลสำรองที่ทำก่อนการเปลี่ยนแปลงยังมีรายการเดิมอยู่ (เครื่องมือ &gt; สำรองข้อมูล)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>บันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>กำลังตรวจสอบฐานข้อมูล…</translation>
    </message>
    <message>
        <source>Fixed: %s</source>
        <translation>แก้ไขแล้ว: %s</translation>
    </message>
    <message>
        <source>Problem: %s</source>
        <translation>ปัญหา: %s</translation>
    </message>
    <message>
        <source>The store is healthy.</source>
        <translation>คลังข้อมูลอยู่ในสภาพดี</translation>
    </message>
    <message>
        <source>The store is healthy again: %d fix(es) made.</source>
        <translation>คลังข้อมูลกลับมาอยู่ในสภาพดี: แก้ไข %d รายการ</translation>
    </message>
    <message>
        <source>Problems found.</source>
        <translation>พบปัญหา</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>ตรวจสอบฐานข้อมูล</translation>
    </message>
    <message>
        <source>Restore the newest backup (%s)? The current state is backed up first.</source>
        <translation>กู้คืนข้อมูลสำรองล่าสุด (%s) หรือไม่ สถานะปัจจุบันจะถูกสำรองก่อน</translation>
    </message>
    <message>
        <source>The store is damaged</source>
        <translation>คลังข้อมูลเสียหาย</translation>
    </message>
    <message>
        <source>It stays open read-only: read and copy what you still can; nothing is saved to it. File &gt; Save a readable copy… writes every row that can still be read to a new store.</source>
        <translation>คลังข้อมูลยังเปิดอยู่แบบอ่านได้อย่างเดียว: อ่านและคัดลอกสิ่งที่ยังทำได้ ไม่มีสิ่งใดถูกบันทึกลงไป ไฟล์ &gt; บันทึกสำเนาที่อ่านได้… จะเขียนทุกแถวที่ยังอ่านได้ลงในคลังข้อมูลใหม่</translation>
    </message>
    <message>
        <source>It opens read-only: read what you still can; nothing is saved to it. File &gt; Save a readable copy… writes every row that can still be read to a new store.</source>
        <translation>คลังข้อมูลเปิดแบบอ่านได้อย่างเดียว: อ่านสิ่งที่ยังทำได้ ไม่มีสิ่งใดถูกบันทึกลงไป ไฟล์ &gt; บันทึกสำเนาที่อ่านได้… จะเขียนทุกแถวที่ยังอ่านได้ลงในคลังข้อมูลใหม่</translation>
    </message>
    <message>
        <source>There is no backup of this store beside it.</source>
        <translation>ไม่มีข้อมูลสำรองของคลังข้อมูลนี้อยู่ข้างกัน</translation>
    </message>
    <message>
        <source>Enter it to look for a good backup.</source>
        <translation>ใส่วลีรหัสผ่านเพื่อค้นหาข้อมูลสำรองที่ใช้ได้</translation>
    </message>
    <message>
        <source>Looking for a good backup…</source>
        <translation>กำลังค้นหาข้อมูลสำรองที่ใช้ได้…</translation>
    </message>
    <message>
        <source>No backup of it passes the integrity check.</source>
        <translation>ไม่มีข้อมูลสำรองใดผ่านการตรวจความสมบูรณ์</translation>
    </message>
    <message>
        <source>%s is damaged:</source>
        <translation>%s เสียหาย:</translation>
    </message>
    <message>
        <source>%s cannot be opened:</source>
        <translation>เปิด %s ไม่ได้:</translation>
    </message>
    <message>
        <source>The newest good backup is from %s. Put it in place? The damaged file is kept beside it (renamed), never overwritten.</source>
        <translation>ข้อมูลสำรองที่ใช้ได้ล่าสุดมาจาก %s นำมาแทนที่หรือไม่ ไฟล์ที่เสียหายจะเก็บไว้ข้างกัน (เปลี่ยนชื่อ) และไม่ถูกเขียนทับ</translation>
    </message>
    <message>
        <source>No: the damaged store opens read-only, to read what can still be read and save a readable copy.</source>
        <translation>ไม่: เปิดคลังข้อมูลที่เสียหายแบบอ่านได้อย่างเดียว เพื่ออ่านสิ่งที่ยังอ่านได้และบันทึกสำเนาที่อ่านได้</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>กำลังกู้คืนข้อมูลสำรอง…</translation>
    </message>
    <message>
        <source>The backup from %s is in place. The damaged file is kept as %s.</source>
        <translation>นำข้อมูลสำรองจาก %s มาแทนที่แล้ว ไฟล์ที่เสียหายเก็บไว้เป็น %s</translation>
    </message>
</context>
<context>
    <name>SecuritySettingsDialog</name>
    <message>
        <source>Lock and backups</source>
        <translation>การล็อกและการสำรองข้อมูล</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>ไม่เลย</translation>
    </message>
    <message>
        <source>Lock after being idle for:</source>
        <translation>ล็อกเมื่อไม่มีการใช้งานเป็นเวลา:</translation>
    </message>
    <message>
        <source>Back up changes every:</source>
        <translation>สำรองการเปลี่ยนแปลงทุก:</translation>
    </message>
    <message>
        <source>Idle time counts while the laptop sleeps. Lock now with Ctrl+L. Automatic backups are made only when something changed; the newest 16, one a day for two weeks and one a week for two months are kept.</source>
        <translation>เวลาที่ไม่มีการใช้งานนับรวมขณะเครื่องพักหน้าจอ ล็อกทันทีด้วย Ctrl+L การสำรองข้อมูลอัตโนมัติจะทำเมื่อมีการเปลี่ยนแปลงเท่านั้น เก็บ 16 รายการล่าสุด วันละหนึ่งรายการเป็นเวลาสองสัปดาห์ และสัปดาห์ละหนึ่งรายการเป็นเวลาสองเดือน</translation>
    </message>
    <message>
        <source>The window will never lock by itself.</source>
        <translation>หน้าต่างจะไม่ล็อกเอง</translation>
    </message>
    <message>
        <source>No automatic backups: back up by hand (Tools &gt; Backups).</source>
        <translation>ไม่มีการสำรองข้อมูลอัตโนมัติ: สำรองด้วยมือ (เครื่องมือ &gt; สำรองข้อมูล)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>This store (shared with everyone who opens it)</source>
        <translation>คลังข้อมูลนี้ (ใช้ร่วมกับทุกคนที่เปิด)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(ยังไม่ได้กำหนด)</translation>
    </message>
    <message>
        <source>Our delegation:</source>
        <translation>คณะผู้แทนของเรา:</translation>
    </message>
    <message>
        <source>Classifications
(one per line):</source>
        <translation>ชั้นความลับ
(บรรทัดละหนึ่งชั้น):</translation>
    </message>
    <message>
        <source>Default classification:</source>
        <translation>ชั้นความลับตั้งต้น:</translation>
    </message>
    <message>
        <source>Packs and reports for this audience are never marked lower</source>
        <translation>แฟ้มบรีฟและรายงานสำหรับกลุ่มผู้อ่านนี้จะไม่ถูกกำหนดชั้นความลับต่ำกว่านี้</translation>
    </message>
    <message>
        <source>Lowest marking for %1:</source>
        <translation>ชั้นความลับต่ำสุดสำหรับ %1:</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>เครื่องนี้</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> พอยต์</translation>
    </message>
    <message>
        <source>Interface font size:</source>
        <translation>ขนาดตัวอักษรของหน้าจอ:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>สว่าง</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>มืด</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>คอนทราสต์สูง</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>สี:</translation>
    </message>
    <message>
        <source>Your name, as recorded in history</source>
        <translation>ชื่อของคุณ ตามที่บันทึกในประวัติ</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>ชื่อของคุณ:</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>ภาษาของระบบ (%1)</translation>
    </message>
    <message>
        <source>Menus, dialogs and dates; OK offers to start the app again in it</source>
        <translation>เมนู กล่องโต้ตอบ และวันที่ เมื่อกดตกลง ระบบจะเสนอให้เริ่มโปรแกรมใหม่ในภาษานั้น</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ภาษา:</translation>
    </message>
    <message>
        <source>A new language takes effect when ADGSOM Desktop starts again: OK offers to restart it now.</source>
        <translation>ภาษาใหม่จะมีผลเมื่อเริ่ม ADGSOM Desktop ใหม่: กดตกลงเพื่อเลือกเริ่มใหม่ทันที</translation>
    </message>
    <message>
        <source>Keep at least one classification.</source>
        <translation>ต้องมีชั้นความลับอย่างน้อยหนึ่งชั้น</translation>
    </message>
    <message>
        <source>A classification is at most 60 characters.</source>
        <translation>ชั้นความลับยาวได้ไม่เกิน 60 ตัวอักษร</translation>
    </message>
</context>
<context>
    <name>ShellCommands</name>
    <message>
        <source>Checking the database…</source>
        <translation>กำลังตรวจสอบฐานข้อมูล…</translation>
    </message>
    <message>
        <source>The store is healthy.</source>
        <translation>คลังข้อมูลอยู่ในสภาพดี</translation>
    </message>
    <message>
        <source>Problems found.</source>
        <translation>พบปัญหา</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>ตรวจสอบฐานข้อมูล</translation>
    </message>
    <message>
        <source>Team store: several people write at once</source>
        <translation>คลังข้อมูลกลาง: หลายคนเขียนพร้อมกัน</translation>
    </message>
    <message>
        <source>Encrypted: %s</source>
        <translation>เข้ารหัส: %s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ไม่</translation>
    </message>
    <message>
        <source>Schema: %s · %s</source>
        <translation>โครงสร้างข้อมูล: %s · %s</translation>
    </message>
    <message>
        <source>Store information</source>
        <translation>ข้อมูลคลังข้อมูล</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>team store</source>
        <translation>คลังข้อมูลกลาง</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด</translation>
    </message>
    <message>
        <source>Filter: a command or a key</source>
        <translation>กรอง: คำสั่งหรือแป้น</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>กรองแป้นพิมพ์ลัด</translation>
    </message>
    <message>
        <source>Shows only the commands whose name or key holds the text typed</source>
        <translation>แสดงเฉพาะคำสั่งที่ชื่อหรือแป้นมีข้อความที่พิมพ์</translation>
    </message>
    <message>
        <source>Each command and its keys</source>
        <translation>แต่ละคำสั่งและแป้นของคำสั่ง</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>คำสั่ง</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>กุญแจ</translation>
    </message>
</context>
<context>
    <name>SpeakerField</name>
    <message>
        <source>Speaker</source>
        <translation>ผู้กล่าว</translation>
    </message>
    <message>
        <source>The delegation speaking: a code or a few letters</source>
        <translation>คณะผู้แทนที่กำลังกล่าว: รหัสหรืออักษรสองสามตัว</translation>
    </message>
    <message>
        <source>Speaker: VN, viet, Thai, ສປປ…</source>
        <translation>ผู้กล่าว: VN, viet, Thai, ສປປ…</translation>
    </message>
</context>
<context>
    <name>SpeakersQueue</name>
    <message>
        <source>Speakers (F3, F4)</source>
        <translation>ผู้กล่าว (F3, F4)</translation>
    </message>
    <message>
        <source>List of speakers. F3: add the delegation that asks for the floor · F4: next</source>
        <translation>รายชื่อผู้กล่าว F3: เพิ่มคณะผู้แทนที่ขอใช้สิทธิกล่าว · F4: ถัดไป</translation>
    </message>
    <message>
        <source>Delegation asking for the floor</source>
        <translation>คณะผู้แทนที่ขอใช้สิทธิกล่าว</translation>
    </message>
    <message>
        <source>A code or a few letters; Enter adds it to the list of speakers</source>
        <translation>รหัสหรืออักษรสองสามตัว กด Enter เพื่อเพิ่มในรายชื่อผู้กล่าว</translation>
    </message>
    <message>
        <source>The delegation that asks for the floor: a code or a few letters</source>
        <translation>คณะผู้แทนที่ขอใช้สิทธิกล่าว: รหัสหรือตัวอักษรสองสามตัว</translation>
    </message>
    <message>
        <source>VN, viet, ไทย…</source>
        <translation>VN, viet, ไทย…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Add the delegation typed to the list (Enter)</source>
        <translation>เพิ่มคณะผู้แทนที่พิมพ์ลงในรายการ (Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <source>F4: the first waiting has the floor and is the speaker of the next note</source>
        <translation>F4: ผู้ที่รอเป็นคนแรกได้สิทธิกล่าวและเป็นผู้กล่าวของบันทึกถัดไป</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>ถอนชื่อ</translation>
    </message>
    <message>
        <source>Take the chosen delegation off the list (Del)</source>
        <translation>นำคณะผู้แทนที่เลือกออกจากรายการ (Del)</translation>
    </message>
    <message>
        <source>End turn</source>
        <translation>จบการกล่าว</translation>
    </message>
    <message>
        <source>The speaker has finished; nobody is called yet</source>
        <translation>ผู้กล่าวกล่าวจบแล้ว ยังไม่มีผู้ใดได้รับเชิญ</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>รายชื่อผู้กล่าว</translation>
    </message>
    <message>
        <source>In the order they asked for the floor; F4 gives the floor to the next</source>
        <translation>ตามลำดับการขอใช้สิทธิกล่าว F4 ให้ผู้ถัดไปกล่าว</translation>
    </message>
    <message>
        <source>(us)</source>
        <translation>(เรา)</translation>
    </message>
    <message>
        <source>nobody waiting</source>
        <translation>ไม่มีผู้รอ</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>ไม่มีผู้ใดกำลังกล่าว</translation>
    </message>
    <message>
        <source>On the floor: %s</source>
        <translation>กำลังกล่าว: %s</translation>
    </message>
    <message>
        <source>%s asked for the floor.</source>
        <translation>%s ขอใช้สิทธิกล่าว</translation>
    </message>
    <message>
        <source>Turn ended; nobody else is waiting.</source>
        <translation>จบการกล่าวแล้ว ไม่มีผู้อื่นรออยู่</translation>
    </message>
    <message>
        <source>%s has the floor.</source>
        <translation>%s ได้สิทธิกล่าว</translation>
    </message>
    <message>
        <source>Choose the delegation to take off the list first.</source>
        <translation>เลือกคณะผู้แทนที่จะนำออกจากรายการก่อน</translation>
    </message>
    <message>
        <source>%s is off the list.</source>
        <translation>%s ถูกนำออกจากรายการแล้ว</translation>
    </message>
    <message>
        <source>%s&apos;s turn ended.</source>
        <translation>%s จบการกล่าวแล้ว</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <source>Support</source>
        <translation>สนับสนุน</translation>
    </message>
    <message>
        <source>Support with amendments</source>
        <translation>สนับสนุนโดยมีข้อแก้ไข</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>เป็นกลาง</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>สงวนท่าที</translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation>คัดค้าน</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
</context>
<context>
    <name>StanceDelegate</name>
    <message>
        <source>exp</source>
        <translation>คาด</translation>
    </message>
    <message>
        <source>obs</source>
        <translation>จริง</translation>
    </message>
</context>
<context>
    <name>StanceMapView</name>
    <message>
        <source>cell</source>
        <translation>ช่อง</translation>
    </message>
    <message>
        <source>cells</source>
        <translation>ช่อง</translation>
    </message>
    <message>
        <source>Stance map</source>
        <translation>แผนผังจุดยืน</translation>
    </message>
    <message>
        <source>Each delegation&apos;s stance on each agenda item</source>
        <translation>จุดยืนของแต่ละคณะผู้แทนต่อแต่ละระเบียบวาระ</translation>
    </message>
    <message>
        <source>Top half &lt;b&gt;exp&lt;/b&gt;: expected · bottom half &lt;b&gt;obs&lt;/b&gt;: observed in the room · ✎ a note · keys 1-5, 0 set the expected stance (Ctrl+key: observed)</source>
        <translation>ครึ่งบน &lt;b&gt;คาด&lt;/b&gt;: ที่คาดไว้ · ครึ่งล่าง &lt;b&gt;จริง&lt;/b&gt;: ที่สังเกตได้ในห้องประชุม · ✎ มีบันทึก · ปุ่ม 1-5, 0 ตั้งจุดยืนที่คาดไว้ (Ctrl+ปุ่ม: ที่สังเกตได้)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>This meeting: %s</source>
        <translation>การประชุมนี้: %s</translation>
    </message>
    <message>
        <source>Another meeting: %s</source>
        <translation>การประชุมอื่น: %s</translation>
    </message>
    <message>
        <source>All meetings of this event</source>
        <translation>ทุกการประชุมของงานประชุมนี้</translation>
    </message>
    <message>
        <source>Edit stance</source>
        <translation>แก้ไขจุดยืน</translation>
    </message>
</context>
<context>
    <name>StanceModel</name>
    <message>
        <source>%s
(us)</source>
        <translation>%s
(เรา)</translation>
    </message>
    <message>
        <source>Our: %s</source>
        <translation>ของเรา: %s</translation>
    </message>
    <message>
        <source>NOT SAVED YET (see above the map)</source>
        <translation>ยังไม่ได้บันทึก (ดูเหนือแผนผัง)</translation>
    </message>
    <message>
        <source>%s — our stance (from our position): %s</source>
        <translation>%s — จุดยืนของเรา (จากท่าทีของเรา): %s</translation>
    </message>
    <message>
        <source>Expected: %s</source>
        <translation>ที่คาดไว้: %s</translation>
    </message>
    <message>
        <source>Observed: %s</source>
        <translation>ที่สังเกตได้: %s</translation>
    </message>
    <message>
        <source>   (noted %s)</source>
        <translation>   (บันทึกเมื่อ %s)</translation>
    </message>
    <message>
        <source>Double-click or F2 to edit; keys 1-5, 0 set the expected stance.</source>
        <translation>ดับเบิลคลิกหรือ F2 เพื่อแก้ไข ปุ่ม 1-5, 0 ตั้งจุดยืนที่คาดไว้</translation>
    </message>
</context>
<context>
    <name>StancesPanel</name>
    <message>
        <source>None yet.</source>
        <translation>ยังไม่มี</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;This store has no event yet&lt;/h2&gt;</source>
        <translation>&lt;h2 style=&apos;margin:0&apos;&gt;คลังข้อมูลนี้ยังไม่มีงานประชุม&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>An event is a meeting week in one city, such as “6th ADGMIN and related meetings, Hà Nội”. It holds the meetings of the week (ADGSOM, ADGMIN, meetings with dialogue partners), each with its agenda and our positions.</source>
        <translation>งานประชุมคือสัปดาห์การประชุมในเมืองหนึ่ง เช่น “6th ADGMIN and related meetings, Hà Nội” ประกอบด้วยการประชุมในสัปดาห์นั้น (ADGSOM, ADGMIN, การประชุมกับประเทศคู่เจรจา) แต่ละการประชุมมีระเบียบวาระและท่าทีของเรา</translation>
    </message>
    <message>
        <source>Set our delegation…</source>
        <translation>กำหนดคณะผู้แทนของเรา…</translation>
    </message>
    <message>
        <source>Add our members…</source>
        <translation>เพิ่มสมาชิกของเรา…</translation>
    </message>
    <message>
        <source>Create your first event…</source>
        <translation>สร้างงานประชุมแรก…</translation>
    </message>
    <message>
        <source>Then add the meetings of the event (File &gt; New meeting…, Ctrl+Shift+M, or right-click the event on the left), build each agenda and draft the positions.</source>
        <translation>จากนั้นเพิ่มการประชุมของงานประชุม (ไฟล์ &gt; การประชุมใหม่…, Ctrl+Shift+M หรือคลิกขวาที่งานประชุมทางซ้าย) จัดทำระเบียบวาระของแต่ละการประชุม และร่างท่าที</translation>
    </message>
    <message>
        <source>&lt;b&gt;Our delegation&lt;/b&gt;&lt;br&gt;Not set yet: say which delegation this store works for.</source>
        <translation>&lt;b&gt;คณะผู้แทนของเรา&lt;/b&gt;&lt;br&gt;ยังไม่ได้กำหนด: ระบุว่าคลังข้อมูลนี้ทำงานให้คณะผู้แทนใด</translation>
    </message>
    <message>
        <source>&lt;b&gt;Our delegation&lt;/b&gt;&lt;br&gt;%s</source>
        <translation>&lt;b&gt;คณะผู้แทนของเรา&lt;/b&gt;&lt;br&gt;%s</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>เปลี่ยน…</translation>
    </message>
    <message>
        <source>head of delegation: %s</source>
        <translation>หัวหน้าคณะผู้แทน: %s</translation>
    </message>
    <message>
        <source>no head of delegation listed yet</source>
        <translation>ยังไม่มีรายชื่อหัวหน้าคณะผู้แทน</translation>
    </message>
    <message>
        <source>&lt;b&gt;Our members&lt;/b&gt;&lt;br&gt;%s listed · %s</source>
        <translation>&lt;b&gt;สมาชิกของเรา&lt;/b&gt;&lt;br&gt;มีรายชื่อ %s คน · %s</translation>
    </message>
    <message>
        <source>Our delegation…</source>
        <translation>คณะผู้แทนของเรา…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Our members&lt;/b&gt;&lt;br&gt;The head of delegation approves positions; the aides own the briefs.</source>
        <translation>&lt;b&gt;สมาชิกของเรา&lt;/b&gt;&lt;br&gt;หัวหน้าคณะผู้แทนอนุมัติท่าที เจ้าหน้าที่รับผิดชอบท่าทีแต่ละเรื่อง</translation>
    </message>
    <message>
        <source>&lt;b&gt;The first event&lt;/b&gt;&lt;br&gt;Its title, city, dates and time zone; the steering brief and logistics can come later.</source>
        <translation>&lt;b&gt;งานประชุมแรก&lt;/b&gt;&lt;br&gt;ชื่อเรื่อง เมือง วันที่ และเขตเวลา ส่วนแนวทางการประชุมและข้อมูลการเดินทางเพิ่มภายหลังได้</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <source>For review</source>
        <translation>รอตรวจ</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
</context>
<context>
    <name>StoreController</name>
    <message>
        <source>Opening %s read-only…</source>
        <translation>กำลังเปิด %s แบบอ่านได้อย่างเดียว…</translation>
    </message>
    <message>
        <source>Opening %s…</source>
        <translation>กำลังเปิด %s…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>วลีรหัสผ่านไม่ถูกต้อง ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>เปิดคลังข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>Creating %s…</source>
        <translation>กำลังสร้าง %s…</translation>
    </message>
    <message>
        <source>Preparing the demo store…</source>
        <translation>กำลังเตรียมคลังข้อมูลตัวอย่าง…</translation>
    </message>
    <message>
        <source>The store is damaged</source>
        <translation>คลังข้อมูลเสียหาย</translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <source>Take offline</source>
        <translation>นำออกไปใช้แบบออฟไลน์</translation>
    </message>
    <message>
        <source>Copy one event of %s to this laptop, to work without a connection at the venue. Bring it back later (File &gt; Bring back…): what changed on either side is merged, and what both changed is kept as a conflict to settle.</source>
        <translation>คัดลอกงานประชุมหนึ่งงานของ %s มายังเครื่องนี้ เพื่อทำงานโดยไม่ต้องเชื่อมต่อที่สถานที่ประชุม นำกลับภายหลัง (ไฟล์ &gt; นำกลับ…): สิ่งที่เปลี่ยนฝั่งใดฝั่งหนึ่งจะถูกรวม และสิ่งที่เปลี่ยนทั้งสองฝั่งจะเก็บไว้เป็นข้อขัดแย้งที่ต้องยุติ</translation>
    </message>
    <message>
        <source>Trip copy file</source>
        <translation>ไฟล์สำเนาสำหรับการเดินทาง</translation>
    </message>
    <message>
        <source>Where the copy for the trip is saved</source>
        <translation>ตำแหน่งที่บันทึกสำเนาสำหรับการเดินทาง</translation>
    </message>
    <message>
        <source>The new store file on this laptop</source>
        <translation>ไฟล์คลังข้อมูลใหม่บนเครื่องนี้</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>เลือกดู…</translation>
    </message>
    <message>
        <source>Encrypt the trip copy with a passphrase</source>
        <translation>เข้ารหัสสำเนาสำหรับเดินทางด้วยวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>งานประชุม</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>พิมพ์ซ้ำ</translation>
    </message>
    <message>
        <source>Open the trip copy</source>
        <translation>เปิดสำเนาสำหรับเดินทาง</translation>
    </message>
    <message>
        <source>Trip copy - %s.adgsom</source>
        <translation>สำเนาสำหรับการเดินทาง - %s.adgsom</translation>
    </message>
    <message>
        <source>Save the trip copy as</source>
        <translation>บันทึกสำเนาสำหรับเดินทางเป็น</translation>
    </message>
    <message>
        <source>ADGSOM store (*.adgsom)</source>
        <translation>คลังข้อมูล ADGSOM (*.adgsom)</translation>
    </message>
    <message>
        <source>This store holds no event to take.</source>
        <translation>คลังข้อมูลนี้ไม่มีงานประชุมให้นำออกไป</translation>
    </message>
    <message>
        <source>Choose where to save the trip copy.</source>
        <translation>เลือกที่บันทึกสำเนาสำหรับเดินทาง</translation>
    </message>
    <message>
        <source>%s already exists: choose a new file for the trip copy.</source>
        <translation>มี %s อยู่แล้ว: เลือกไฟล์ใหม่สำหรับสำเนาสำหรับเดินทาง</translation>
    </message>
    <message>
        <source>Give the trip copy a passphrase (twice).</source>
        <translation>กำหนดวลีรหัสผ่านให้สำเนาสำหรับเดินทาง (สองครั้ง)</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>วลีรหัสผ่านทั้งสองไม่ตรงกัน</translation>
    </message>
    <message numerus="yes">
        <source>Took %s to %s: %n meeting(s), %s records. Open it to work offline; bring it back with File &gt; Bring back… once connected.</source>
        <translation>
            <numerusform>นำ %s ไปยัง %s แล้ว: %n การประชุม %s ระเบียน เปิดเพื่อทำงานแบบออฟไลน์ นำกลับด้วย ไฟล์ &gt; นำกลับ… เมื่อเชื่อมต่อได้</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %s: only the head of delegation and the alternate read them; the team store keeps them as they are.</source>
        <translation>ไม่รวม: %s: เฉพาะหัวหน้าคณะผู้แทนและผู้แทนสำรองอ่านได้ คลังข้อมูลกลางยังคงเก็บไว้ตามเดิม</translation>
    </message>
    <message>
        <source>Read only on the trip copy (changed in the team store, refreshed on each Bring back):</source>
        <translation>อ่านได้อย่างเดียวในสำเนาสำหรับเดินทาง (เปลี่ยนแปลงที่คลังข้อมูลกลาง และปรับให้เป็นปัจจุบันทุกครั้งที่นำกลับ):</translation>
    </message>
    <message>
        <source>Not taken: %s No file was left behind.</source>
        <translation>ไม่ได้นำออกไป: %s ไม่มีไฟล์ตกค้าง</translation>
    </message>
    <message>
        <source>Cancelled: no trip copy was made.</source>
        <translation>ยกเลิกแล้ว: ไม่ได้สร้างสำเนาสำหรับเดินทาง</translation>
    </message>
</context>
<context>
    <name>TeamMembersDialog</name>
    <message>
        <source>Sign-in logins of the team store</source>
        <translation>บัญชีเข้าใช้ของคลังข้อมูลกลาง</translation>
    </message>
    <message>
        <source>Each member of our delegation signs in to the team store with a login of their own; the server keeps the rules: the head and the alternate approve, a member writes, a reader only reads, nobody rewrites the audit log.</source>
        <translation>สมาชิกแต่ละคนของคณะผู้แทนของเราลงชื่อเข้าใช้คลังข้อมูลกลางด้วยบัญชีของตนเอง เซิร์ฟเวอร์เป็นผู้รักษากฎ: หัวหน้าคณะผู้แทนและผู้แทนสำรองอนุมัติ สมาชิกเขียนได้ ผู้อ่านอ่านได้อย่างเดียว และไม่มีผู้ใดเขียนบันทึกการตรวจสอบใหม่ได้</translation>
    </message>
    <message>
        <source>Signed in as %s (%s).</source>
        <translation>ลงชื่อเข้าใช้ในฐานะ %s (%s)</translation>
    </message>
    <message>
        <source>Signed in as the store&apos;s owner (its administrator).</source>
        <translation>ลงชื่อเข้าใช้ในฐานะเจ้าของคลังข้อมูล (ผู้ดูแลระบบ)</translation>
    </message>
    <message>
        <source>Only the head or the store&apos;s owner changes logins.</source>
        <translation>เฉพาะหัวหน้าคณะผู้แทนหรือเจ้าของคลังข้อมูลที่เปลี่ยนบัญชีเข้าใช้ได้</translation>
    </message>
    <message>
        <source>Sign-in logins</source>
        <translation>บัญชีเข้าใช้</translation>
    </message>
    <message>
        <source>Each login, its role and person</source>
        <translation>แต่ละบัญชีลงชื่อเข้าใช้ บทบาท และบุคคล</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>บัญชีเข้าใช้</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>Add a login…</source>
        <translation>เพิ่มบัญชีเข้าใช้…</translation>
    </message>
    <message>
        <source>Remove the login…</source>
        <translation>นำบัญชีเข้าใช้ออก…</translation>
    </message>
    <message>
        <source>removed %s</source>
        <translation>นำออกเมื่อ %s</translation>
    </message>
    <message>
        <source>Choose a member&apos;s login (not a removed one) first.</source>
        <translation>เลือกบัญชีเข้าใช้ของสมาชิก (ที่ยังไม่ถูกนำออก) ก่อน</translation>
    </message>
    <message>
        <source>Remove a login</source>
        <translation>นำบัญชีเข้าใช้ออก</translation>
    </message>
    <message>
        <source>%s stops signing in at once and their open sessions end. Their name stays in the history. Remove the login?</source>
        <translation>%s จะลงชื่อเข้าใช้ไม่ได้ทันทีและเซสชันที่เปิดอยู่จะสิ้นสุด ชื่อยังคงอยู่ในประวัติ นำบัญชีเข้าใช้ออกหรือไม่</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>กำลังนำออก…</translation>
    </message>
    <message>
        <source>%s can no longer sign in, but their open sessions could not be ended from here: they last until they disconnect.</source>
        <translation>%s ลงชื่อเข้าใช้ไม่ได้อีก แต่ไม่สามารถยุติเซสชันที่เปิดอยู่จากที่นี่: เซสชันจะคงอยู่จนกว่าจะตัดการเชื่อมต่อ</translation>
    </message>
</context>
<context>
    <name>TeamStoreDialog</name>
    <message>
        <source>Connect to a team store</source>
        <translation>เชื่อมต่อคลังข้อมูลกลาง</translation>
    </message>
    <message>
        <source>A team store lives on a PostgreSQL server: the aide who drafts, the head who approves and the note-taker work on the same briefs at once. Fill in what your administrator gave you.</source>
        <translation>คลังข้อมูลกลางอยู่บนเซิร์ฟเวอร์ PostgreSQL: ผู้ช่วยที่ร่าง หัวหน้าที่อนุมัติ และผู้จดบันทึกทำงานบนท่าทีเดียวกันได้พร้อมกัน กรอกข้อมูลที่ผู้ดูแลระบบของคุณให้มา</translation>
    </message>
    <message>
        <source>e.g. store.mfa.example</source>
        <translation>เช่น store.mfa.example</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>The team store server&apos;s name or address</source>
        <translation>ชื่อหรือที่อยู่ของเซิร์ฟเวอร์คลังข้อมูลของทีม</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>พอร์ต</translation>
    </message>
    <message>
        <source>The server&apos;s port (PostgreSQL: 5432)</source>
        <translation>พอร์ตของเซิร์ฟเวอร์ (PostgreSQL: 5432)</translation>
    </message>
    <message>
        <source>e.g. th_adgsom</source>
        <translation>เช่น th_adgsom</translation>
    </message>
    <message>
        <source>your own login, e.g. somchai</source>
        <translation>ชื่อเข้าระบบของคุณเอง เช่น somchai</translation>
    </message>
    <message>
        <source>only if the server asks</source>
        <translation>เฉพาะเมื่อเซิร์ฟเวอร์ขอ</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (default)</source>
        <translation>เข้ารหัสเมื่อเซิร์ฟเวอร์รองรับ (ค่าเริ่มต้น)</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>เข้ารหัสเสมอ</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate checked</source>
        <translation>เข้ารหัส และตรวจใบรับรองของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Encrypted, the certificate and the server&apos;s name checked (safest)</source>
        <translation>เข้ารหัส ตรวจใบรับรองและชื่อเซิร์ฟเวอร์ (ปลอดภัยที่สุด)</translation>
    </message>
    <message>
        <source>Not encrypted (only on this computer)</source>
        <translation>ไม่เข้ารหัส (เฉพาะบนเครื่องนี้)</translation>
    </message>
    <message>
        <source>the CA file (.crt, .pem)</source>
        <translation>ไฟล์ CA (.crt, .pem)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>The password is used to connect and is never stored: without one, the server&apos;s own means apply (PGPASSWORD, ~/.pgpass). The rest is remembered for next time.</source>
        <translation>รหัสผ่านใช้เพื่อเชื่อมต่อเท่านั้นและไม่ถูกเก็บไว้: หากไม่ระบุ จะใช้วิธีของเซิร์ฟเวอร์เอง (PGPASSWORD, ~/.pgpass) ข้อมูลอื่นจะถูกจำไว้สำหรับครั้งต่อไป</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>เชื่อมต่อ</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>พอร์ต:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>เซิร์ฟเวอร์:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>ฐานข้อมูล:</translation>
    </message>
    <message>
        <source>Member (login):</source>
        <translation>สมาชิก (ชื่อเข้าระบบ):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>รหัสผ่าน:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>การเข้ารหัส:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>ไฟล์ CA:</translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation>ไฟล์ CA</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>ใบรับรอง (*.crt *.pem *.cer);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>There is no CA file at %s: choose the one your administrator gave you.</source>
        <translation>ไม่พบไฟล์ CA ที่ %s: เลือกไฟล์ที่ผู้ดูแลระบบของคุณให้มา</translation>
    </message>
</context>
<context>
    <name>TextEntry</name>
    <message>
        <source>1 invisible control character was removed from the pasted text.</source>
        <translation>อักขระควบคุมที่มองไม่เห็น 1 ตัวถูกนำออกจากข้อความที่วาง</translation>
    </message>
    <message>
        <source>%s invisible control characters were removed from the pasted text.</source>
        <translation>อักขระควบคุมที่มองไม่เห็น %s ตัวถูกนำออกจากข้อความที่วาง</translation>
    </message>
    <message>
        <source>The pasted text is too long for this field (%s characters; at most %s). Nothing was pasted and the field is as it was; paste a shorter extract.</source>
        <translation>ข้อความที่วางยาวเกินไปสำหรับช่องนี้ (%s ตัวอักษร ไม่เกิน %s) ไม่มีการวางและช่องยังคงเดิม ให้วางข้อความที่สั้นกว่านี้</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>moved</source>
        <translation>ย้ายแล้ว</translation>
    </message>
    <message>
        <source>was %s</source>
        <translation>เดิมคือ %s</translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation>เปลี่ยนหมายเลข</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>ปรับถ้อยคำ</translation>
    </message>
    <message>
        <source>split</source>
        <translation>แยก</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ไม่เปลี่ยนแปลง</translation>
    </message>
</context>
<context>
    <name>TextsActions</name>
    <message>
        <source>Export with our changes</source>
        <translation>ส่งออกพร้อมการแก้ไขของเรา</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>เอกสาร Word (*.docx)</translation>
    </message>
    <message>
        <source>Which amendment?</source>
        <translation>ข้อเสนอแก้ไขใด</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>ของเรา</translation>
    </message>
    <message>
        <source>Delete our amendment</source>
        <translation>ลบข้อเสนอแก้ไขของเรา</translation>
    </message>
    <message>
        <source>Delete our amendment to %s? (To keep a record of it, set it to withdrawn.)</source>
        <translation>ลบข้อเสนอแก้ไขของเราต่อ %s หรือไม่ (หากต้องการเก็บบันทึกไว้ ให้ตั้งเป็น ถอนแล้ว)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Wrote %s: %s of our amendments as tracked changes by our delegation.</source>
        <translation>เขียน %s แล้ว: ข้อเสนอแก้ไขของเรา %s รายการเป็นการแก้ไขแบบติดตามโดยคณะผู้แทนของเรา</translation>
    </message>
    <message>
        <source>Left out: %s</source>
        <translation>ไม่รวม: %s</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>Compilation table</source>
        <translation>ตารางรวบรวม</translation>
    </message>
    <message>
        <source>Wrote %s (%s pages).</source>
        <translation>เขียน %s แล้ว (%s หน้า)</translation>
    </message>
    <message>
        <source>The recommendations are %s of document %s on the Ministers&apos; meeting (its Texts tab).</source>
        <translation>ข้อเสนอแนะคือ %s ของเอกสาร %s ในการประชุมรัฐมนตรี (แท็บข้อความ)</translation>
    </message>
    <message>
        <source>For the Ministers</source>
        <translation>สำหรับรัฐมนตรี</translation>
    </message>
</context>
<context>
    <name>TextsView</name>
    <message>
        <source>Import revision…</source>
        <translation>นำเข้าฉบับแก้ไข…</translation>
    </message>
    <message>
        <source>Export with our changes…</source>
        <translation>ส่งออกพร้อมการแก้ไขของเรา…</translation>
    </message>
    <message>
        <source>Compilation table…</source>
        <translation>ตารางรวบรวม…</translation>
    </message>
    <message>
        <source>For the Ministers…</source>
        <translation>สำหรับรัฐมนตรี…</translation>
    </message>
    <message>
        <source>The outcomes marked for the Ministers&apos; consideration, as a document of the Ministers&apos; meeting: one entry per decision they take</source>
        <translation>ผลการประชุมที่ทำเครื่องหมายเพื่อการพิจารณาของรัฐมนตรี เป็นเอกสารของการประชุมรัฐมนตรี: หนึ่งรายการต่อการตัดสินใจหนึ่งเรื่อง</translation>
    </message>
    <message>
        <source>All paragraphs</source>
        <translation>ทุกย่อหน้า</translation>
    </message>
    <message>
        <source>With our amendments</source>
        <translation>ที่มีข้อเสนอแก้ไขของเรา</translation>
    </message>
    <message>
        <source>Changed since the previous revision</source>
        <translation>ที่เปลี่ยนไปตั้งแต่ฉบับแก้ไขก่อนหน้า</translation>
    </message>
    <message>
        <source>Paragraphs of the text</source>
        <translation>ย่อหน้าของข้อความ</translation>
    </message>
    <message>
        <source>Each paragraph of the text under negotiation, with its state</source>
        <translation>แต่ละย่อหน้าของข้อความที่กำลังเจรจา พร้อมสถานะ</translation>
    </message>
    <message>
        <source>Paragraph history</source>
        <translation>ประวัติของย่อหน้า</translation>
    </message>
    <message>
        <source>The chosen paragraph, its amendments and who proposed them</source>
        <translation>ย่อหน้าที่เลือก ข้อแก้ไข และผู้เสนอ</translation>
    </message>
    <message>
        <source>No outcome document yet. Import the draft the Secretariat circulated (a Word file or pasted text) with Import revision…</source>
        <translation>ยังไม่มีเอกสารผลการประชุม นำเข้าร่างที่สำนักเลขาธิการเวียน (ไฟล์ Word หรือข้อความที่วาง) ด้วย นำเข้าฉบับแก้ไข…</translation>
    </message>
    <message>
        <source>Propose amendment… (Ins)</source>
        <translation>เสนอข้อแก้ไข… (Ins)</translation>
    </message>
    <message>
        <source>Edit ours… (F2)</source>
        <translation>แก้ไขของเรา… (F2)</translation>
    </message>
    <message>
        <source>Mark the chosen paragraph: %s</source>
        <translation>ทำเครื่องหมายย่อหน้าที่เลือก: %s</translation>
    </message>
    <message>
        <source>Propose our amendment to the chosen paragraph</source>
        <translation>เสนอข้อแก้ไขของเราต่อย่อหน้าที่เลือก</translation>
    </message>
    <message>
        <source>Edit our amendment</source>
        <translation>แก้ไขข้อแก้ไขของเรา</translation>
    </message>
    <message>
        <source>Delete our amendment</source>
        <translation>ลบข้อเสนอแก้ไขของเรา</translation>
    </message>
    <message>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
    <message>
        <source>%s of ours to table or tabled</source>
        <translation>ข้อเสนอแก้ไขของเรา %s รายการที่รอเสนอหรือเสนอแล้ว</translation>
    </message>
    <message>
        <source>Since %s</source>
        <translation>ตั้งแต่ %s</translation>
    </message>
    <message>
        <source>same words</source>
        <translation>ถ้อยคำเดิม</translation>
    </message>
    <message>
        <source>Why the texts cannot be changed here</source>
        <translation>เหตุที่เปลี่ยนแปลงร่างข้อความที่นี่ไม่ได้</translation>
    </message>
</context>
<context>
    <name>TheirRow</name>
    <message>
        <source>All / several</source>
        <translation>ทั้งหมด / หลายฝ่าย</translation>
    </message>
    <message>
        <source>What they will want</source>
        <translation>สิ่งที่อีกฝ่ายต้องการ</translation>
    </message>
    <message>
        <source>Our response</source>
        <translation>การตอบสนองของเรา</translation>
    </message>
    <message>
        <source>Their objective</source>
        <translation>วัตถุประสงค์ของอีกฝ่าย</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>คณะผู้แทน</translation>
    </message>
    <message>
        <source>Whose objective this is</source>
        <translation>วัตถุประสงค์นี้เป็นของใคร</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source> (met %s)</source>
        <translation> (พบเมื่อ %s)</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Our speaking time (F9 start/stop)</source>
        <translation>เวลาการกล่าวของเรา (F9 เริ่ม/หยุด)</translation>
    </message>
    <message>
        <source>● Speaking</source>
        <translation>● กำลังกล่าว</translation>
    </message>
    <message>
        <source>Not speaking · this item so far</source>
        <translation>ไม่ได้กล่าว · ระเบียบวาระนี้จนถึงตอนนี้</translation>
    </message>
    <message>
        <source>This item %s · meeting %s · %d intervention(s)</source>
        <translation>ระเบียบวาระนี้ %s · การประชุม %s · กล่าว %d ครั้ง</translation>
    </message>
</context>
<context>
    <name>TrackerReportDialog</name>
    <message>
        <source>Tracker report to capital</source>
        <translation>รายงานการติดตามถึงเมืองหลวง</translation>
    </message>
    <message>
        <source>Every project with its status, our involvement, what is due and the timeline, as a PDF for capital.</source>
        <translation>โครงการทั้งหมดพร้อมสถานะ การมีส่วนร่วมของเรา กำหนดที่ต้องดำเนินการ และลำดับเวลา เป็นไฟล์ PDF สำหรับเมืองหลวง</translation>
    </message>
    <message>
        <source>Printed in</source>
        <translation>พิมพ์เป็นภาษา</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>บันทึกเป็น PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>บันทึกเป็น PDF</translation>
    </message>
    <message>
        <source>Choose where to write the report</source>
        <translation>เลือกตำแหน่งที่จะบันทึกรายงาน</translation>
    </message>
</context>
<context>
    <name>TrackerWindow</name>
    <message>
        <source>Cooperation tracker</source>
        <translation>ระบบติดตามความร่วมมือ</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>โครงการใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import matrix…</source>
        <translation>นำเข้าตาราง(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Report to capital…</source>
        <translation>รายงานถึงเมืองหลวง(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Frameworks…</source>
        <translation>กรอบ(&amp;F)…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>Live (approved, ongoing, extended)</source>
        <translation>ดำเนินอยู่ (อนุมัติแล้ว กำลังดำเนินการ ขยายเวลา)</translation>
    </message>
    <message>
        <source>Any involvement</source>
        <translation>ทุกบทบาท</translation>
    </message>
    <message>
        <source>Ours: %s</source>
        <translation>ของเรา: %s</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>ใกล้กำหนด</translation>
    </message>
    <message>
        <source>An open milestone or the end falls before the next meeting</source>
        <translation>มีหมุดหมายที่ยังค้างหรือวันสิ้นสุดก่อนการประชุมครั้งถัดไป</translation>
    </message>
    <message>
        <source>Search projects</source>
        <translation>ค้นหาโครงการ</translation>
    </message>
    <message>
        <source>Shows only the projects whose title, partner or tag holds the text typed</source>
        <translation>แสดงเฉพาะโครงการที่ชื่อ คู่เจรจา หรือแท็กมีข้อความที่พิมพ์</translation>
    </message>
    <message>
        <source>Search code, title, partner, funder…</source>
        <translation>ค้นหารหัส ชื่อเรื่อง หุ้นส่วน ผู้ให้ทุน…</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ลำดับเวลา</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>ความครอบคลุม</translation>
    </message>
    <message>
        <source>Due before the next meeting</source>
        <translation>กำหนดเสร็จก่อนการประชุมครั้งถัดไป</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>ทุกหุ้นส่วน</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>ทุกผลลัพธ์</translation>
    </message>
    <message>
        <source>%d of %d projects</source>
        <translation>%d จาก %d โครงการ</translation>
    </message>
</context>
<context>
    <name>TripFeature</name>
    <message>
        <source>Take &amp;offline…</source>
        <translation>นำออกไปใช้แบบออฟไลน์(&amp;O)…</translation>
    </message>
    <message>
        <source>Bring bac&amp;k…</source>
        <translation>นำกลับ(&amp;K)…</translation>
    </message>
    <message>
        <source>Taking an event offline…</source>
        <translation>กำลังนำงานประชุมออกไปใช้แบบออฟไลน์…</translation>
    </message>
    <message>
        <source>Bringing a trip copy back…</source>
        <translation>กำลังนำสำเนาสำหรับเดินทางกลับ…</translation>
    </message>
    <message>
        <source>This store is not a trip copy: there is nothing to bring back. Take an event offline from the team store first (File &gt; Take offline…).</source>
        <translation>คลังข้อมูลนี้ไม่ใช่สำเนาสำหรับเดินทาง: ไม่มีสิ่งใดให้นำกลับ นำงานประชุมออกไปจากคลังข้อมูลกลางก่อน (ไฟล์ &gt; นำออกไปใช้แบบออฟไลน์…)</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>นำกลับ</translation>
    </message>
</context>
<context>
    <name>UndoHub</name>
    <message>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Week plan</source>
        <translation>แผนประจำสัปดาห์</translation>
    </message>
    <message>
        <source>Who of our delegation is in which meeting, each day of the week</source>
        <translation>ใครในคณะผู้แทนของเราอยู่ในการประชุมใด ในแต่ละวันของสัปดาห์</translation>
    </message>
    <message>
        <source>%s · no time given</source>
        <translation>%s · ไม่ระบุเวลา</translation>
    </message>
</context>
<context>
    <name>WeekWindow</name>
    <message>
        <source>The week at a glance</source>
        <translation>สัปดาห์โดยสังเขป</translation>
    </message>
    <message>
        <source>Our &amp;members…</source>
        <translation>สมาชิกของเรา(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Open the meeting</source>
        <translation>เปิดการประชุม(&amp;O)</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>งานประชุม:</translation>
    </message>
    <message>
        <source>No event yet: create one with File &gt; New event.</source>
        <translation>ยังไม่มีงานประชุม: สร้างด้วย ไฟล์ &gt; งานประชุมใหม่</translation>
    </message>
    <message>
        <source>This event has no meetings with a day yet.</source>
        <translation>งานประชุมนี้ยังไม่มีการประชุมที่กำหนดวัน</translation>
    </message>
    <message>
        <source>No day yet: %s.</source>
        <translation>ยังไม่กำหนดวัน: %s</translation>
    </message>
    <message>
        <source>Paler blocks take their hours from the meeting&apos;s agenda and programme.</source>
        <translation>ช่องสีจางใช้เวลาจากระเบียบวาระและกำหนดการของการประชุม</translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation>เปิดการประชุม</translation>
    </message>
    <message>
        <source>Our members…</source>
        <translation>สมาชิกของเรา…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Positions, live notes and briefing packs for your delegation at ADGSOM, ADGMIN and related meetings. Everything stays on this laptop.</source>
        <translation>ท่าที บันทึกระหว่างประชุม และแฟ้มบรีฟสำหรับคณะผู้แทนของคุณในการประชุม ADGSOM, ADGMIN และการประชุมที่เกี่ยวข้อง ข้อมูลทั้งหมดอยู่บนเครื่องนี้</translation>
    </message>
    <message>
        <source>Open the demo store</source>
        <translation>เปิดคลังข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <source>New store…</source>
        <translation>คลังข้อมูลใหม่…</translation>
    </message>
    <message>
        <source>Open store…</source>
        <translation>เปิดคลังข้อมูล…</translation>
    </message>
    <message>
        <source>Team store…</source>
        <translation>คลังข้อมูลกลาง…</translation>
    </message>
    <message>
        <source>Open a team store on a PostgreSQL server</source>
        <translation>เปิดคลังข้อมูลกลางบนเซิร์ฟเวอร์ PostgreSQL</translation>
    </message>
    <message>
        <source>Recent stores</source>
        <translation>คลังข้อมูลล่าสุด</translation>
    </message>
    <message>
        <source>team store</source>
        <translation>คลังข้อมูลกลาง</translation>
    </message>
</context>
<context>
    <name>WhatsNewDialog</name>
    <message>
        <source>What&apos;s new</source>
        <translation>มีอะไรใหม่</translation>
    </message>
</context>
<context>
    <name>_HtmlPage</name>
    <message>
        <source>Overview</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <source>Links open the record they name</source>
        <translation>ลิงก์จะเปิดระเบียนที่ระบุ</translation>
    </message>
</context>
<context>
    <name>_Optional</name>
    <message>
        <source>{0} known</source>
        <translation>ทราบ{0}แล้ว</translation>
    </message>
</context>
<context>
    <name>_Running</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Cancelling at the next step…</source>
        <translation>กำลังยกเลิกในขั้นถัดไป…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>กำลังเริ่ม…</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>A build is already running.</source>
        <translation>กำลังจัดทำอยู่แล้ว</translation>
    </message>
    <message>
        <source>Nothing was issued.</source>
        <translation>ไม่มีการออกเอกสาร</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or registered.</source>
        <translation>ยกเลิกแล้ว: ไม่มีการเขียนหรือลงทะเบียน</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>กำลังจัดทำตัวอย่าง…</translation>
    </message>
    <message>
        <source>preview of copy 1, not issued</source>
        <translation>ตัวอย่างของสำเนาที่ 1 ยังไม่ออกใช้</translation>
    </message>
    <message>
        <source>Save the pack as PDF</source>
        <translation>บันทึกแฟ้มบรีฟเป็น PDF</translation>
    </message>
    <message>
        <source>Pack issued</source>
        <translation>ออกแฟ้มบรีฟแล้ว</translation>
    </message>
    <message>
        <source>Print the pack</source>
        <translation>พิมพ์แฟ้มบรีฟ</translation>
    </message>
    <message>
        <source>Pack printed</source>
        <translation>พิมพ์แฟ้มบรีฟแล้ว</translation>
    </message>
    <message>
        <source>issued: %s</source>
        <translation>ออกแล้ว: %s</translation>
    </message>
    <message>
        <source>Issued %s</source>
        <translation>ออกแล้ว %s</translation>
    </message>
    <message>
        <source>%1: %2 issued and recorded in the distribution register.

%3</source>
        <translation>%1: %2 ออกแล้วและบันทึกในทะเบียนการแจกจ่าย

%3</translation>
    </message>
    <message>
        <source>Building the copies…</source>
        <translation>กำลังจัดทำสำเนา…</translation>
    </message>
    <message>
        <source>Writing the Word copies…</source>
        <translation>กำลังเขียนสำเนา Word…</translation>
    </message>
    <message>
        <source>Printed %s</source>
        <translation>พิมพ์แล้ว %s</translation>
    </message>
    <message>
        <source>%1: %2 (%3) sent to %4 and recorded in the register.</source>
        <translation>%1: %2 (%3) ส่งไปยัง %4 และบันทึกในทะเบียนแล้ว</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 หน้า</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 หน้า</translation>
    </message>
    <message>
        <source>Building the copies for printing…</source>
        <translation>กำลังจัดทำสำเนาสำหรับพิมพ์…</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>กำลังจัดทำรายงาน…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>บันทึกรายงาน</translation>
    </message>
    <message>
        <source>Save the report as Word</source>
        <translation>บันทึกรายงานเป็น Word</translation>
    </message>
    <message>
        <source>Report issued</source>
        <translation>ออกรายงานแล้ว</translation>
    </message>
    <message>
        <source>Save the brief as Word</source>
        <translation>บันทึกท่าทีเป็น Word</translation>
    </message>
    <message>
        <source>Brief issued</source>
        <translation>ออกเอกสารท่าทีแล้ว</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>พิมพ์รายงาน</translation>
    </message>
    <message>
        <source>Report printed</source>
        <translation>พิมพ์รายงานแล้ว</translation>
    </message>
    <message>
        <source>Save the register</source>
        <translation>บันทึกทะเบียน</translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation>พิมพ์ทะเบียน</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
</context>
<context>
    <name>self.w</name>
    <message>
        <source>The new language applies when ADGSOM Desktop starts again.</source>
        <translation>ภาษาใหม่จะมีผลเมื่อเปิด ADGSOM Desktop อีกครั้ง</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>เปลี่ยนภาษา</translation>
    </message>
    <message>
        <source>Start ADGSOM Desktop again now, in %1?</source>
        <translation>เริ่ม ADGSOM Desktop ใหม่ตอนนี้ในภาษา %1 หรือไม่</translation>
    </message>
    <message>
        <source>Your work is saved as you type; you are asked first about anything not saved. Otherwise the new language applies at the next start.</source>
        <translation>งานของคุณถูกบันทึกขณะพิมพ์ หากมีสิ่งที่ยังไม่ได้บันทึก ระบบจะถามก่อน มิฉะนั้นภาษาใหม่จะมีผลเมื่อเริ่มโปรแกรมครั้งถัดไป</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>เริ่มใหม่ตอนนี้</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>ภายหลัง</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Add an event before building a pack.</source>
        <translation>เพิ่มงานประชุมก่อนจัดทำแฟ้มบรีฟ</translation>
    </message>
    <message>
        <source>Add a meeting first.</source>
        <translation>เพิ่มการประชุมก่อน</translation>
    </message>
    <message>
        <source>Select an agenda item (or its meeting) first: its brief is exported.</source>
        <translation>โปรดเลือกระเบียบวาระ (หรือการประชุมของระเบียบวาระนั้น) ก่อน ระบบจะส่งออกท่าทีของระเบียบวาระนั้น</translation>
    </message>
    <message>
        <source>&amp;Undo %s</source>
        <translation>เลิกทำ %s(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %s</source>
        <translation>ทำซ้ำ %s(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>Undone: %s</source>
        <translation>เลิกทำแล้ว: %s</translation>
    </message>
    <message>
        <source>Redone: %s</source>
        <translation>ทำซ้ำแล้ว: %s</translation>
    </message>
    <message>
        <source>Deleting “%s”…</source>
        <translation>กำลังลบ “%s”…</translation>
    </message>
    <message>
        <source>Putting back “%s”…</source>
        <translation>กำลังนำ “%s” กลับคืน…</translation>
    </message>
    <message>
        <source>Remove member “%s”</source>
        <translation>นำสมาชิก “%s” ออก</translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>คลังข้อมูลใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>เปิดคลังข้อมูล(&amp;O)…</translation>
    </message>
    <message>
        <source>Connect to a &amp;team store…</source>
        <translation>เชื่อมต่อ&amp;คลังข้อมูลกลาง…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>เปิดล่าสุด(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;demo store</source>
        <translation>เปิดคลังข้อมูลตัวอย่าง(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close store</source>
        <translation>ปิดคลังข้อมูล(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>การตั้งค่า(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>Go to &amp;agenda filter</source>
        <translation>ไปยังตัวกรองระเบียบวาระ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>ตัวอักษรใหญ่ขึ้น(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>ตัวอักษรเล็กลง(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>เครื่องมือ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>ตรวจสอบฐานข้อมูล(&amp;C)</translation>
    </message>
    <message>
        <source>Store &amp;information</source>
        <translation>ข้อมูลคลังข้อมูล(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>วิธีใช้(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About %s</source>
        <translation>เกี่ยวกับ %s(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reset the demo store</source>
        <translation>รีเซ็ตคลังข้อมูลตัวอย่าง(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>คู่มือ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>มีอะไรใหม่(&amp;W)</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>1 copy</source>
        <translation>1 สำเนา</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation>%1 สำเนา</translation>
    </message>
    <message>
        <source>The store holds %1 and %2 newer than this backup: restoring replaces them.</source>
        <translation>คลังข้อมูลมี %1 และ %2 ที่ใหม่กว่าข้อมูลสำรองนี้: การกู้คืนจะแทนที่ข้อมูลเหล่านั้น</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n บันทึก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n ท่าที</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace everything in the store by the backup of %s?</source>
        <translation>แทนที่ทุกอย่างในคลังข้อมูลด้วยข้อมูลสำรองของ %s หรือไม่</translation>
    </message>
    <message>
        <source>The current state is backed up first, so this can be undone by restoring that backup.</source>
        <translation>สถานะปัจจุบันจะถูกสำรองก่อน จึงเลิกทำได้ด้วยการกู้คืนข้อมูลสำรองนั้น</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Briefing &amp;pack…</source>
        <translation>แฟ้มบรีฟ(&amp;P)…</translation>
    </message>
    <message>
        <source>Report to &amp;capital…</source>
        <translation>รายงานถึงเมืองหลวง(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Outcome summary…</source>
        <translation>สรุปผลการประชุม(&amp;O)…</translation>
    </message>
    <message>
        <source>Export brief as &amp;Word…</source>
        <translation>ส่งออกท่าทีเป็น &amp;Word…</translation>
    </message>
    <message>
        <source>Distribution &amp;register…</source>
        <translation>ทะเบียนการแจกจ่าย(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Counterparts…</source>
        <translation>ผู้แทนฝ่ายอื่น(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Search everywhere…</source>
        <translation>ค้นหาทุกที่(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Live mode for this meeting</source>
        <translation>โหมดห้องประชุมสำหรับการประชุมนี้(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Action items</source>
        <translation>เรื่องที่ต้องดำเนินการ(&amp;A)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>เรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <source>This note is no longer in the store.</source>
        <translation>บันทึกนี้ไม่อยู่ในคลังข้อมูลแล้ว</translation>
    </message>
    <message>
        <source>Select a meeting or one of its agenda items first, then start live mode.</source>
        <translation>เลือกการประชุมหรือระเบียบวาระของการประชุมก่อน แล้วเริ่มโหมดห้องประชุม</translation>
    </message>
    <message>
        <source>Live mode</source>
        <translation>โหมดห้องประชุม</translation>
    </message>
    <message>
        <source>A meeting belongs to an event: create the event first (File &gt; New event…, Ctrl+Shift+N).</source>
        <translation>การประชุมต้องอยู่ในงานประชุม: สร้างงานประชุมก่อน (ไฟล์ &gt; งานประชุมใหม่…, Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>การประชุมใหม่</translation>
    </message>
    <message>
        <source>Tracker report to capital</source>
        <translation>รายงานการติดตามถึงเมืองหลวง</translation>
    </message>
    <message>
        <source>%d page(s) written to %s</source>
        <translation>เขียน %d หน้าไปยัง %s แล้ว</translation>
    </message>
    <message>
        <source>Tracker report</source>
        <translation>รายงานการติดตาม</translation>
    </message>
    <message>
        <source>Cooperation &amp;tracker…</source>
        <translation>ระบบติดตามความร่วมมือ(&amp;T)…</translation>
    </message>
    <message>
        <source>The &amp;week at a glance…</source>
        <translation>สัปดาห์โดยสังเขป(&amp;W)…</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>หน้าต่างหลัก</translation>
    </message>
</context>
</TS>
