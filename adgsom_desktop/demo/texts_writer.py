"""Write the demo's negotiated texts: each revision as a Word file, imported through the
service (as a delegate imports a circulated draft), then our amendments and their fate,
and the paragraphs agreed in the room."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Protocol

from ..services.container import Services
from ..services.negotiation.docx_write import DELETE, INSERT, SAME, OutParagraph, Run, build_docx
from ..services.negotiation.records import ImportSource
from .content import ItemRef
from .content_texts import AUTHORS, DocumentSpec, Para, RevisionSpec, Row, documents

_CHANGE = re.compile(r"\{([+-])([A-Z]{2,5}): (.*?)[+-]\}", re.DOTALL)


class _Ids(Protocol):
    meetings: dict[str, int]
    items: dict[ItemRef, int]


def runs(text: str) -> tuple[Run, ...]:
    """'a {+SG: b+} c' -> plain, inserted by Singapore, plain."""
    out: list[Run] = []
    at = 0
    for m in _CHANGE.finditer(text):
        if m.start() > at:
            out.append(Run(text[at : m.start()]))
        kind = INSERT if m.group(1) == "+" else DELETE
        out.append(Run(m.group(3), kind, AUTHORS.get(m.group(2), m.group(2))))
        at = m.end()
    if at < len(text):
        out.append(Run(text[at:]))
    return tuple(out) or (Run("", SAME),)


def _walk(rev: RevisionSpec) -> Iterator[tuple[str, Para | Row | None, str]]:
    """(key, item, number) in document order; headings have key ''."""
    n = 0
    for section in rev.sections:
        yield "", None, ""
        for item in section.items:
            if isinstance(item, Para):
                n += 1
                yield item.key, item, str(n)
            else:
                yield item.key, item, ""


def revision_docx(doc: DocumentSpec, rev: RevisionSpec) -> bytes:
    paras: list[OutParagraph] = []
    sections = iter(rev.sections)
    for key, item, number in _walk(rev):
        if item is None:
            paras.append(OutParagraph("", (Run(next(sections).heading),), heading=True))
        elif isinstance(item, Row):
            paras.append(OutParagraph("", (), cells=item.cells))
        else:
            text = item.text + (f" {item.status_mark}" if item.status_mark else "")
            paras.append(OutParagraph(number, runs(text)))
        del key
    return build_docx(
        f"{doc.title} ({rev.label})", "", paras, author="ASEAN Secretariat", when=rev.circulated
    )


def _ords(rev: RevisionSpec) -> dict[str, int]:
    """Paragraph key -> its place in the imported revision (the title comes first)."""
    return {key: k + 1 for k, (key, _item, _n) in enumerate(_walk(rev)) if key}


def write_texts(services: Services, ids: _Ids) -> None:
    actor = services.ctx.actor
    services.ctx.actor = "krit.s"
    try:
        for doc in documents():
            _write_document(services, ids, doc)
    finally:
        services.ctx.actor = actor


def _write_document(services: Services, ids: _Ids, doc: DocumentSpec) -> None:
    meeting_id = ids.meetings[doc.meeting_key]
    doc_id: int | None = None
    paragraph_ids: dict[str, dict[str, int]] = {}
    for rev in doc.revisions:
        rec = services.texts.import_revision(
            meeting_id,
            ImportSource(rev.file_name, data=revision_docx(doc, rev)),
            kind=doc.kind,
            document_id=doc_id,
            label=rev.label,
            title=doc.title,
            symbol=doc.symbol,
            item_id=ids.items[(doc.meeting_key, doc.item_key)],
        )
        doc_id = rec.document_id
        paras = services.texts.paragraphs(rec.id)
        paragraph_ids[rev.label] = {key: paras[k].id for key, k in _ords(rev).items()}
        for a in doc.amendments:
            if a.on != rev.label:
                continue
            made = services.amendments.propose(
                paragraph_ids[rev.label][a.para],
                a.text,
                rationale=a.rationale,
                item_id=ids.items[(doc.meeting_key, a.item)],
                new_paragraph=a.new_paragraph,
            )
            if a.state is not made.state or a.note:
                services.amendments.set_state(made.id, a.state, a.note)
    if doc.all_agreed_on:
        from ..domain.enums import ParagraphStatus

        services.texts.set_status_many(
            list(paragraph_ids[doc.all_agreed_on].values()),
            ParagraphStatus.AGREED,
            "Endorsed at the 6th ADGSOM.",
        )
    for st in doc.statuses:
        services.texts.set_status(paragraph_ids[st.on][st.para], st.status, st.note)


def write_ministers(services: Services, ids: _Ids) -> None:
    """The SOM's outcomes marked for the Ministers (after the outcomes are written)."""
    from .content_ministers import MARKS

    for m in MARKS:
        item_id = ids.items[("som6", m.som_item)]
        outcome = services.outcomes.for_item(item_id)[0]
        services.ministers.mark(
            outcome.id,
            for_ministers=True,
            action=m.action,
            text=m.text,
            ministers_item_id=ids.items[("min6", m.min_item)],
        )
    # consolidated for the ADGMIN, as an outcome document of its own
    services.ministers.to_document(ids.meetings["som6"])
