<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Saved again meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to item (Ctrl+G): 4.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(ยังไม่ได้กำหนด)</translation>
    </message>
    <message>
        <source>Defensive Q&amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day is outside the event (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %s %s is already in the store: “%s” (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It overlaps “%s” (%s %s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an event first: a meeting belongs to an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the dialogue partner of this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the meeting a title, e.g. “7th ADGSOM”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the start time as well as the end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting in this event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open live mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With it go: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deletion is recorded in the audit log. Ctrl+Z puts it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It now holds %s: delete it with Edit &gt; Delete if you mean to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event or meeting &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete event or meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our &amp;delegation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no position yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Prepare positions, follow the room and print briefing packs for ASEAN digital meetings (ADGSOM, ADGMIN and related meetings), fully offline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python %1 · Qt for Python %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#5a6270&apos;&gt;Fonts: Noto Sans family, SIL Open Font Licence 1.1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(anyone in the delegation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPrompt</name>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none · 2026-02-15 · 15 Feb · +14 (days) · +2w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves as shown · Esc goes back to the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%s” is not a date: type 2026-02-15, 15 Feb or +14, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(carried over)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter edits · Ctrl+D done · Ctrl+Shift+D reopen · Delete removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d action item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this action item for good?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaActions</name>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s sub-item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its position and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %s with %s? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdent item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaBuilder</name>
    <message>
        <source>other agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sub-item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up ↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy from a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s items · estimated %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items yet: add one, copy an agenda or import one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last change to this item was not saved: %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaCopyDialog</name>
    <message>
        <source>Copy an agenda from another meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the positions too (each becomes a new draft to review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to copy (untick to leave out):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into: &lt;b&gt;%s&lt;/b&gt; (after the items already there)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaImportDialog</name>
    <message>
        <source>Import a provisional agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the agenda here, one item per line:

1. Opening of the Meeting
2. Adoption of the Agenda
3. ASEAN Digital Masterplan
    3.1 Draft ADM 2026-2030 (for endorsement)

…or open a Word, PDF or text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file (.docx, .pdf, .txt)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item ↔ programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the chosen row a programme entry (a break, lunch) or an item again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the numbers as circulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers that the structure would not give (e.g. 4(a), 2bis) are fixed by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the agenda as revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items are matched by title, then by number: their briefs, notes and stances stay with them; new items are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add after the items there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update: %s items, %s new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (nothing is written until you press Import):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into: &lt;b&gt;%s&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no agenda yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from %s: %s items, %s programme entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %s programme entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %s items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two items are numbered %s: fix one of them by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number fixed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered automatically from the structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADM: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPresenter</name>
    <message>
        <source>Edit item “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete item “%s”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Our amendment to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new paragraph after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no agenda item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to it (accepted as …, rejected by …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Our text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda &amp;item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red line on this item: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the new paragraph we propose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our text is the paragraph as it stands: change some words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnexBox</name>
    <message>
        <source>Meeting documents to append as annexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF attached to this event&apos;s meetings (a meeting&apos;s Documents tab).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current version is recorded as approved, with who approved it and when. Later edits return the position to draft; the approved version stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member of our delegation is listed yet: add them (with their role) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as a member who is not in our delegation&apos;s list: ask the head to add you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approver&apos;s own PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or change my PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approval is the approver&apos;s own act: they type their PIN here. Five wrong PINs in a row make approvals in their name wait a minute; each is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You approve in your own name: your sign-in is your act.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceBox</name>
    <message>
        <source>&lt;b&gt;Includes everything&lt;/b&gt; this document can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Includes everything except:&lt;/b&gt; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Includes only:&lt;/b&gt; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked %1 or higher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves out: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted with the store&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted, like the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of &lt;b&gt;%s&lt;/b&gt; (%s), in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are changes that no backup holds yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is in a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up at %s (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of %s. The state before is in the backup made at %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the backup of %s for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the backup of %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the backup or restore has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BringBackDialog</name>
    <message>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; is a trip copy of &lt;b&gt;%s&lt;/b&gt;.&lt;br&gt;Bringing it back merges what changed on this laptop into the team store, then what changed there into this copy. What only one side changed is taken; what both changed is kept on both sides as a conflict to settle. Each store is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the team store: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into this trip copy: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought back. Changed on both sides: %s, kept on both sides to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought back: both stores hold every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not brought back: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. A direction already merged stays merged; bring it back again to finish (a merge done twice changes nothing more).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildBar</name>
    <message>
        <source>Cancel build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the saved PDF in the system&apos;s viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the first of %s files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleFeature</name>
    <message>
        <source>Send a &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a b&amp;undle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members&apos; &amp;keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %s (%s KiB): %s, %s records, for %s (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleOpenDialog</name>
    <message>
        <source>Open a bundle: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed under a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s&apos;s key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %s (key %s), %s. The signature is good: not changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the bundle and comparing it with this store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It would change (nothing written yet): %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• left out: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing (a backup first)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleSendDialog</name>
    <message>
        <source>Send a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file for a member of the delegation, for when there is no connection: signed with your key and encrypted for them (or under a passphrase you give them another way). They see what it changes before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your key&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with a passphrase I choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has a key in this store yet: make yours first (Members&apos; keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out (only the head of delegation reads them): %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything of the parts chosen, the red lines included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one part to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your key&apos;s passphrase: the bundle is signed with your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the bundle a passphrase (and tell it to them another way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureBox</name>
    <message>
        <source>0 None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stance (Alt+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said. Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ no delegation matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarryForwardDialog</name>
    <message>
        <source>Carry forward a brief to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this item follows on from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar title (%s%%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Now, on this item&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No brief yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from this brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier brief was found: no item of an earlier meeting has a position on this item or one with a similar title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brief becomes a new draft version here; what was here stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(version %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the brief on this item with the one from %s? The current brief stays in the history (version %s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is approved: this returns it to draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry forward a brief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellEditor</name>
    <message>
        <source>why (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what they said (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged (edit it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;%s&apos;&gt;underlined&lt;/span&gt;: only in yours · &lt;span style=&apos;%s&apos;&gt;struck&lt;/span&gt;: only in theirs. Both versions stay in the history whatever you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your text on screen, unsaved, and decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records were changed here and elsewhere since the two copies last met. Nothing was overwritten: ours stays until you choose, and both versions stay in the history. Settle them now or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) open.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterpartsWindow</name>
    <message>
        <source>Counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by name, title, agency or delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personality note: style, priorities, what works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where (e.g. 5th ADGSOM, coffee break)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said when we last met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why they care (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personality note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they last said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items they care about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %s and their links to items?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some edits to counterparts could not be saved (%s). Close and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>  — gap: no project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: %d project(s) with %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: no project with %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes with no project (gaps to raise): %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every outcome has at least one project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedStoreFeature</name>
    <message>
        <source>Save a &amp;readable copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every row that can still be read to a new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a readable copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged store: read-only. %s is damaged (%s): nothing you type is saved to it. Read and copy what you still can, and save a readable copy: a new store with every row that can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged store: read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s already exists: choose a new file for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a readable copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying what can still be read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no copy was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailArea</name>
    <message>
        <source>Select a meeting or an agenda item on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Attach a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s symbol (e.g. ADGSOM/2027/DOC.04), or leave it empty:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach a document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting&apos;s documents, kept in the store (encrypted with it). An item&apos;s document references find the document of the same symbol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of this item (attached to it, or named by its references).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DroppedPanel</name>
    <message>
        <source>No longer on the agenda (kept unless ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (has a brief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %s %s%s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>Due before the %s (%s), and overdue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting ahead in this store: due by %s, and overdue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event is a meeting week in one city, such as “6th ADGMIN and related meetings, Hà Nội”. Its meetings, steering brief and logistics go into the briefing pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6th ADGMIN and related meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADGMIN 6, Hà Nội (lists and page headers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(ยังไม่ได้กำหนด)</translation>
    </message>
    <message>
        <source>Hà Nội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall objectives and handling for the week: what we want to come home with, the line on sensitive items, who speaks when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue, hotel, transport, accreditation, delegation office, contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steering brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a time zone, times are shown in this laptop&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s. The times of the meetings and of the notes taken in the room are shown in this zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a known time zone: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the event a title, e.g. “6th ADGMIN and related meetings”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event of more than two months? Check the dates (one meeting week is one event).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%s” is not a time zone: choose one from the list, e.g. Asia/Ho_Chi_Minh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworksDialog</name>
    <message>
        <source>Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiRunner</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message>
        <source>The agenda&apos;s header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking: &lt;b&gt;%s&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: in the store %s, on the agenda &lt;b&gt;“%s”&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, venue and dates agree with the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a project matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An .xlsx workbook or a .csv file from the Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title / changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d new, %d changed, %d unchanged. Nothing is written until Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the store, then importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %d new, %d changed, %d unchanged. The changes are listed above and kept with the import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTextDialog</name>
    <message>
        <source>Import a revision of an outcome document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New revision of: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the text when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Rev. 3&quot;; from the text when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Word or text file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or paste the text here, one paragraph per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Para.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the previous revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file or paste the text to see what will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(was %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s as %s: %s paragraphs; %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s paragraph(s) of the previous revision are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Title of the agenda item (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the number by hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or in words, e.g. ASEC with Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADM tags, e.g. DO3, EA 3.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the item (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADM ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no lead —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPanels</name>
    <message>
        <source>No item numbered “%s” on this agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no point %d on this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes belong to an agenda item: this meeting has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaking timer has been running since %s (F9 stops it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemProjectsView</name>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also concerns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last decision: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects this item concerns: %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project concerns this item yet (tag it, or link one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That project comes through a shared tag: change the item&apos;s tags instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Members&apos; keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles are signed by their sender&apos;s key and opened with their recipient&apos;s. Send your public key to the others; before importing theirs, compare its fingerprint with them by phone or in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make my key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save public key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own key: signs and opens here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a key for %s: fingerprint %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %s&apos;s public key to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knows %s&apos;s key: fingerprint %s. Compare it with them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda and programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADGSOM Desktop stores (*.adgsom);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADGSOM Desktop backups (*.adgsom-backup *.adgsom);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agendas (*.docx *.pdf *.txt *.text *.md);;Word documents (*.docx);;PDF files (*.pdf);;Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADGSOM exchange bundles (*.adgsom-bundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogue partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior officials (ADGSOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministers (ADGMIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a dialogue partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint Working Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governing Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulators&apos; council (ATRC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retreat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For endorsement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilaterals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support with amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HoD may concede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcomed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masterplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief for the Head of Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief for the delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief for other agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint media statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preambular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed ad ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bracketed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted with changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tactical arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defensive lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background (releasable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background (not for disclosure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their objectives and our response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defensive lines and Q&amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steering brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme and logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda of each meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation with partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item briefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiated texts: our amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personality notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of annexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover: title, event, reference, classification, audience, copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution list: who holds which copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steering brief (objectives and handling for the event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme, timetable and logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation with partners: status of projects (table and timeline), the projects an item concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation with partners: proposals for the next phase and our stance on each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation with partners: our position on a proposal (conditions, reasons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item brief: number, title, meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item details: purpose, lead, time, ADM tags, documents, description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position status, approval and clearance (prepared, cleared, approved by, with dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallbacks (the ladder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority to concede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their objectives and our response per delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defensive lines (Q&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background not for disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stances of other delegations on the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our counterparts on the item and their interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past notes on the item (what was said)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our internal remarks (notes of kind Remark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past outcomes on the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministers&apos; item: the SOM outcomes it builds on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum: what changed since the pack, items withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiated texts: paragraph, current text, our amendment, its state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiated texts: the reason for each amendment, its item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance map (items x delegations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personality notes on counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of annexes (reference documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return or destruction receipt of the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting, event, date, venue, chair, who prepared it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision on each item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (proposals, decisions, remarks in order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our points to make that were delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our points to make not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What others said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stances of others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up for our agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our speaking time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcomes of each item, in the formal verbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the Ministers: what the Meeting recommends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item brief (Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Member State(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework outcome(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next phase proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting documents (*.pdf *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5/F6/F7/F8 paragraph agreed / ad ref / bracketed / pending · Ctrl+Shift+↓/↑ paragraph · Ctrl+Shift+N next open · Ctrl+Shift+U lifted / Ctrl+Shift+K kept its bracket (speaker box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built for issue (there was no preview).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audience (%1 in the preview, %2 issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the marking (%1 in the preview, %2 issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the pack holds or who gets copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built again, not from the preview: %1 changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built again for each copy with its own marking: the preview carried PREVIEW - NOT ISSUED and copy 1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter save · Shift+Enter new line · Ctrl+Enter save as action item (owner, due) · Up then F2 correct a note (F2 alone: the newest) · Ctrl+1…5 kind · Ctrl+M mandate · F12 hide the mandate now · Alt+S/A/N/R/O stance (Alt+0 none) · Alt+1…9 tick point · F9 speaking timer · Alt+↓/↑ next/previous item · Ctrl+G go to item · Ctrl+R outcome · Ctrl+T action from last note · Ctrl+K search · F11 full screen · Ctrl+W close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter save · Ctrl+Enter action item · Up/F2 correct a note · Ctrl+M mandate · F12 hide the mandate · F9 timer · Alt+↓/↑ item · Ctrl+K search · all keys: point here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrices (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineEdit</name>
    <message>
        <source>Paste refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LivePresenter</name>
    <message>
        <source>Type what was said first: an empty note is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delegation or person matches “%s”. Correct it, or press Enter again to save the note with that name in its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stance needs a speaker and an agenda item: choose who spoke, or Alt+0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a note first: Ctrl+T makes an action item of the last note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item created: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveSearch</name>
    <message>
        <source>Item %s is the current item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%s” is shown in the main window (behind this one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveText</name>
    <message>
        <source>No paragraph is still bracketed or pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type who lifted or kept the bracket in the speaker box first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveWindow</name>
    <message>
        <source>Live: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: the note is still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting has no agenda yet: notes go to the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %d of %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close live mode and lose the note?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Wait %d seconds, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be checked: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <source>ADGSOM Desktop is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of %s to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is not encrypted: anyone who copies the file can read it. Encrypt it (File &gt; Encrypt this store) to require a passphrase here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Close this store anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team store: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · signed in as %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our delegation: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our delegation not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MakeKeyDialog</name>
    <message>
        <source>Make my key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own passphrase, not the store&apos;s: it unlocks your key to sign and open bundles. Nobody else needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MandatePanel</name>
    <message>
        <source>Mandate (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide now (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate hidden. Capture goes on; F12 shows it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse the mandate (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the mandate (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkupEdit</name>
    <message>
        <source>The pasted text is too long for this field (%s characters; at most %s). Nothing was pasted; paste a shorter extract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown in lists, e.g. 6th ADGSOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick while the day is not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick for a meeting over several days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day 2, side events, seating (1 + 3), who attends for us, dress code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local time: %s%s, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local time (the event has no time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last in the store: %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first %s meeting in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a series links the same meeting across years (carry-over)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Our members at %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick who of our delegation goes to this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our delegation has no members yet: add them under View &gt; Our delegation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinistersDialog</name>
    <message>
        <source>For the Ministers&apos; consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ASEAN Digital Masterplan 2026-2030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no item of the Ministers&apos; agenda)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOM&apos;s outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ministers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On their &amp;item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the Ministers decide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings and agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <source>Filter meetings and agenda items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewStoreDialog</name>
    <message>
        <source>New store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our delegation:</source>
        <translation>คณะผู้แทนของเรา:</translation>
    </message>
    <message>
        <source>e.g. Delegation store 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt with a passphrase (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions and red lines are sensitive. There is no way to recover a forgotten passphrase: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with that name already exists: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteCorrection</name>
    <message>
        <source>No note on this item yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ choose a note · F2 or Enter corrects it · Esc back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: the chosen note in the list (F2 corrects it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note on this item to correct yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the note of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note corrected (the earlier text stays in its history).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed &amp;stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note cannot be empty (delete it instead).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter edits (history kept) · Ctrl+T action item · Delete hides a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s note(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item created: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this note from lists and search? Its history stays in the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OurDelegationWindow</name>
    <message>
        <source>Our delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as our delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier in protocol order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later in protocol order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which meetings they attend, languages, what they need in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the delegation this store works for. Its members stay listed under %s (as counterparts) if you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store does not say which delegation is ours yet. Choose it: our members approve positions and own the briefs, and the stance map shows our own column first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change our delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our delegation becomes %s. The %s members listed under %s stay there, as counterparts. Change it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s — our delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our delegation is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet. Add the head of delegation and the aides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s members. No head of delegation listed: positions are usually approved by the head of delegation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head of delegation: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member: type the name; it is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the member&apos;s name to save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Add the next member, or close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %s from our delegation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are named in %s. Those will no longer name them (the approved versions stay in the history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z in the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Meeting endorsed …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what the meeting decided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesView</name>
    <message>
        <source>Record outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the Ministers… (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ins or Ctrl+R records · Enter edits · Ctrl+↑/↓ reorders · Delete removes · Ctrl+M for the Ministers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes on %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the Ministers: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this outcome for good?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings in the pack, items briefed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticked meeting is in the pack (programme, agenda); a ticked item gets a brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items with content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief the items with a position, stances, notes or outcomes (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No briefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named on the cover and as the PDF&apos;s author; remembered for this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each brief prints the last notes taken on its item, up to this number, and says how many earlier ones it leaves out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past notes per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice changed: Preview again to see the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the pack&apos;s reference/Add.N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a pack for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event has no meetings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one meeting for the pack.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParagraphModel</name>
    <message>
        <source>Para.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseChangeDialog</name>
    <message>
        <source>Encrypt the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; is stored as plain SQLite: anyone who copies the file can read every position and red line. Encrypting it rewrites the store and its backups under a passphrase; the plain copies are overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page of &lt;b&gt;%s&lt;/b&gt; and of its backups is re-encrypted under the new passphrase. A backup made under an older passphrase elsewhere keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use several words, at least 8 characters. There is no way to recover a forgotten passphrase: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of &lt;b&gt;%s&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Choose what the pack holds, then Preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>of %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>H.E. Mr., Dr., Ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ดร.พงศ์ศักดิ์ รัตนวิชัย, Nguyễn Văn An</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Change the approval PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an approval PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s changes their approval PIN: the old one first, then the new one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s sets their own approval PIN: at least 6 characters, typed twice. Only they should know it: approving a brief in their name asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new PINs differ: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainTextEdit</name>
    <message>
        <source>Paste refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointsPanel</name>
    <message>
        <source>No points to make on this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our points to make (Alt+1…9 ticks)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionEditor</name>
    <message>
        <source>brief on another item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefs on other items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry forward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions side by side: keep yours, take theirs or merge them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullet list (Ctrl+Shift+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ delivered %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%s saved this brief meanwhile&lt;/b&gt; (version %s). Your text is on screen but not saved: Compare… to keep yours, take theirs or merge them. Both stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This position was changed elsewhere while you were editing. Your last edits are still on screen but not saved: Reload to see the saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by &lt;b&gt;%s&lt;/b&gt; %s (version %s). Read-only: Edit… to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited after approval: version %s was approved by %s; it stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved · version %s · %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits to this brief are not saved yet (%s). Nothing else was done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionForm</name>
    <message>
        <source>What success looks like: concrete and testable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DO3, EA 3.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where we start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fallback, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the discussion turns that way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we say to the press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts that may be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For our delegation only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADM tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT FOR DISCLOSURE — left out of packs for a wider circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tactical arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their objectives and our response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defensive lines and Q&amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background (releasable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background (not for disclosure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparts who care about this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects this item concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not assigned —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(someone no longer listed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionHistoryDialog</name>
    <message>
        <source>History of the position on %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting changed (bold, italic or bullets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show unchanged sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;del&gt;Removed&lt;/del&gt; text is struck through; &lt;ins&gt;added&lt;/ins&gt; text is underlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(before sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (before version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version %s? It becomes the current version (a new version %s); every version stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position is approved: restoring returns it to draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionPresenter</name>
    <message>
        <source>ADM tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (item %s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionSteps</name>
    <message>
        <source>submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits to this brief are not saved yet (%s). Nothing else was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit an approved position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This position was approved by %s (version %s). Editing it returns it to draft for a new approval; the approved version stays in the history. Edit it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewTree</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updates %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks, lunch, the group photo, bilateral slots: local time (24 h, e.g. 10:30). An agenda import fills this in; the pack&apos;s programme page prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Coffee break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme, %s: write times as 10:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme, row %s: say what it is (e.g. Coffee break).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme, %s: give the start time as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme, %s: it cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Progress entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a meeting not in this store: name it below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5th ASEAN-Japan JWG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status after the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the meeting that reviewed the project, or name it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ADM2030 O3, ADM2025 DO3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Member State(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework outcome(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone or deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal points, documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no position yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal for the next phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date in a list is not a date (write 2026-03-31): %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <source>Reviews (one per meeting; double-click to edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %s and its %d review(s)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QARow</name>
    <message>
        <source>Question or challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientsBox</name>
    <message>
        <source>One name per line: one numbered copy each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s name as a watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All copies in one PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed copies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Distribution register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d issues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Meeting report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome summary (for the Ministers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: delegation/year/RC-meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the meeting and the report, then Preview.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support with amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcomed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalvageResultDialog</name>
    <message>
        <source>Readable copy saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s rows were copied to %s. %s rows could not be read or were left out (below). %s was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every readable row (%s) was copied to %s. %s was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy passed SQLite&apos;s integrity check; its search index was rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is encrypted with the same passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows lost: unknown (the table cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s on damaged pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s rebuilt from their saved versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s kept with damaged text (shown as �)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s with unreadable values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s whose parent was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s links to lost rows cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>Not saved: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text is kept here and will be saved as soon as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also not saved yet: %s %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: %s %s — %s. Kept, and saved as soon as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your edits could not be saved: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are still on screen. %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed here is not saved (%s). Close and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes, items, positions, people, actions, outcomes (any script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters. Enter opens the hit; ↑/↓ move; Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d result(s) in %.0f ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the best %d; add a word to narrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches. Try fewer or shorter words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search could not run: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityFeature</name>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt this store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock and backups &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operation was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt this store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo store stays plain (Help &gt; Reset the demo store rewrites it). Create your own store with File &gt; New store: it is encrypted by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is now encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d backup(s) were re-encrypted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d backup(s) under another passphrase were left as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up automatically at %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is intact: %s entries, hash chain verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was changed outside the app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup made before the change still holds the original entries (Tools &gt; Backups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is healthy again: %d fix(es) made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest backup (%s)? The current state is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays open read-only: read and copy what you still can; nothing is saved to it. File &gt; Save a readable copy… writes every row that can still be read to a new store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens read-only: read what you still can; nothing is saved to it. File &gt; Save a readable copy… writes every row that can still be read to a new store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of this store beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it to look for a good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a good backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of it passes the integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is damaged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s cannot be opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is from %s. Put it in place? The damaged file is kept beside it (renamed), never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: the damaged store opens read-only, to read what can still be read and save a readable copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup from %s is in place. The damaged file is kept as %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecuritySettingsDialog</name>
    <message>
        <source>Lock and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after being idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up changes every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle time counts while the laptop sleeps. Lock now with Ctrl+L. Automatic backups are made only when something changed; the newest 16, one a day for two weeks and one a week for two months are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window will never lock by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backups: back up by hand (Tools &gt; Backups).</source>
        <translation type="unfinished"></translation>
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
        <source>Menus, dialogs and dates; takes effect at the next start</source>
        <translation>เมนู กล่องโต้ตอบ และวันที่ มีผลเมื่อเปิดโปรแกรมครั้งถัดไป</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ภาษา:</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team store: several people write at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: %s · %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerField</name>
    <message>
        <source>Speaker: VN, viet, Thai, ສປປ…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakersQueue</name>
    <message>
        <source>Speakers (F3, F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of speakers. F3: add the delegation that asks for the floor · F4: next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation that asks for the floor: a code or a few letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VN, viet, ไทย…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the delegation typed to the list (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F4: the first waiting has the floor and is the speaker of the next note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the chosen delegation off the list (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker has finished; nobody is called yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(us)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the floor: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s asked for the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn ended; nobody else is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s has the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the delegation to take off the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s&apos;s turn ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support with amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StanceDelegate</name>
    <message>
        <source>exp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StanceMapView</name>
    <message>
        <source>cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top half &lt;b&gt;exp&lt;/b&gt;: expected · bottom half &lt;b&gt;obs&lt;/b&gt;: observed in the room · ✎ a note · keys 1-5, 0 set the expected stance (Ctrl+key: observed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another meeting: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All meetings of this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit stance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StanceModel</name>
    <message>
        <source>%s
(us)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SAVED YET (see above the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s — our stance (from our position): %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   (noted %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or F2 to edit; keys 1-5, 0 set the expected stance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;This store has no event yet&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event is a meeting week in one city, such as “6th ADGMIN and related meetings, Hà Nội”. It holds the meetings of the week (ADGSOM, ADGMIN, meetings with dialogue partners), each with its agenda and our positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set our delegation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add our members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your first event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then add the meetings of the event (File &gt; New meeting…, Ctrl+Shift+M, or right-click the event on the left), build each agenda and draft the positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Our delegation&lt;/b&gt;&lt;br&gt;Not set yet: say which delegation this store works for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Our delegation&lt;/b&gt;&lt;br&gt;%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head of delegation: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no head of delegation listed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Our members&lt;/b&gt;&lt;br&gt;%s listed · %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our delegation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Our members&lt;/b&gt;&lt;br&gt;The head of delegation approves positions; the aides own the briefs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The first event&lt;/b&gt;&lt;br&gt;Its title, city, dates and time zone; the steering brief and logistics can come later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreController</name>
    <message>
        <source>Opening %s read-only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <source>Take offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy one event of %s to this laptop, to work without a connection at the venue. Bring it back later (File &gt; Bring back…): what changed on either side is merged, and what both changed is kept as a conflict to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new store file on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the trip copy with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the trip copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the trip copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADGSOM store (*.adgsom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store holds no event to take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the trip copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s already exists: choose a new file for the trip copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the trip copy a passphrase (twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took %s to %s: %s meeting(s), %s records. Open it to work offline; bring it back with File &gt; Bring back… once connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken: %s No file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no trip copy was made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamStoreDialog</name>
    <message>
        <source>Open a team store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team store lives on a PostgreSQL server: the aide who drafts, the head who approves and the note-taker work on the same briefs at once. Give its address, as your administrator wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example postgresql://somchai@store.mfa.example/th_adgsom. The password is used to connect and never remembered: without one, the server&apos;s own means apply (PGPASSWORD, ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a file, not a server: open a store file with File &gt; Open store…. A team store&apos;s address starts with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextEntry</name>
    <message>
        <source>1 invisible control character was removed from the pasted text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s invisible control characters were removed from the pasted text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text is too long for this field (%s characters; at most %s). Nothing was pasted and the field is as it was; paste a shorter extract.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextsActions</name>
    <message>
        <source>Export with our changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which amendment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete our amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete our amendment to %s? (To keep a record of it, set it to withdrawn.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %s: %s of our amendments as tracked changes by our delegation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compilation table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %s (%s pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommendations are %s of document %s on the Ministers&apos; meeting (its Texts tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the Ministers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextsView</name>
    <message>
        <source>Import revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export with our changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compilation table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the Ministers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcomes marked for the Ministers&apos; consideration, as a document of the Ministers&apos; meeting: one entry per decision they take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With our amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the previous revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome document yet. Import the draft the Secretariat circulated (a Word file or pasted text) with Import revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose amendment… (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ours… (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s of ours to table or tabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheirRow</name>
    <message>
        <source>All / several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they will want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their objective</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source> (met %s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Our speaking time (F9 start/stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not speaking · this item so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item %s · meeting %s · %d intervention(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerWindow</name>
    <message>
        <source>Cooperation tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report to capital…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frameworks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live (approved, ongoing, extended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open milestone or the end falls before the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code, title, partner, funder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due before the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d of %d projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TripFeature</name>
    <message>
        <source>Take &amp;offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring bac&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking an event offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing a trip copy back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is not a trip copy: there is nothing to bring back. Take an event offline from the team store first (File &gt; Take offline…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoHub</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>%s · no time given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekWindow</name>
    <message>
        <source>The week at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our &amp;members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event yet: create one with File &gt; New event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event has no meetings with a day yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No day yet: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paler blocks take their hours from the meeting&apos;s agenda and programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our members…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Positions, live notes and briefing packs for your delegation at ADGSOM, ADGMIN and related meetings. Everything stays on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a team store on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Running</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling at the next step…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>A build is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview of copy 1, not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pack as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 issued and recorded in the distribution register.

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3) sent to %4 and recorded in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the copies for printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.w</name>
    <message>
        <source>The new language applies when ADGSOM Desktop starts again.</source>
        <translation>ภาษาใหม่จะมีผลเมื่อเปิด ADGSOM Desktop อีกครั้ง</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Add an event before building a pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%s”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting back “%s”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member “%s”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;team store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;agenda filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &amp;information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset the demo store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store holds %1 and %2 newer than this backup: restoring replaces them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Replace everything in the store by the backup of %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current state is backed up first, so this can be undone by restoring that backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Briefing &amp;pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to &amp;capital…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution &amp;register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counterparts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search everywhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live mode for this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a meeting or one of its agenda items first, then start live mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting belongs to an event: create the event first (File &gt; New event…, Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker report to capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d page(s) written to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation &amp;tracker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;week at a glance…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
