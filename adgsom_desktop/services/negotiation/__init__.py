"""Negotiated text: outcome documents, their revisions, brackets and our amendments.

Pure parts (no store): ``words`` (ICU word breaks), ``parse`` (numbering, kinds,
status marks), ``brackets``, ``align`` (a revision against the previous one),
``docx_read`` / ``docx_write`` (Word in and out, tracked changes included).
Services: ``document_service`` (documents, revisions, paragraphs, status) and
``amendment_service`` (our amendments, export, compilation table).
"""
