"""The distribution register as a landscape PDF (which copy went to whom, with file hashes)."""

from __future__ import annotations

import io

from reportlab.platypus import NextPageTemplate, Spacer

from .document import MarkedDocTemplate, ProgressFn
from .pack_model import Marking, RegisterData, reference_label
from .styles import para, xml
from .tables import grid


def render_register(data: RegisterData, on_progress: ProgressFn | None = None) -> bytes:
    buf = io.BytesIO()
    marking = Marking(classification=data.classification, footer_title="Distribution register")
    doc = MarkedDocTemplate(buf, marking, title=data.title, on_progress=on_progress)
    doc.pageTemplates.sort(key=lambda t: t.id != "landscape")
    w = doc.landscape_width
    story: list[object] = [NextPageTemplate("landscape"), para(data.title, "h1")]
    story.append(para(f"Printed {data.printed_on}. {len(data.rows)} copies recorded.", "small"))
    story.append(Spacer(1, 6))
    if data.rows:
        rows = []
        for r in data.rows:
            ref = reference_label(r.reference, r.addendum_no)
            rows.append(
                [
                    xml(f"<i>{_e(r.document)}</i><br/><b>{_e(ref)}</b><br/>{_e(r.title)}", "cell"),
                    f"{r.copy_no} of {r.copies_total}",
                    r.recipient or "-",
                    f"{r.audience}\n".strip(),
                    r.classification,
                    xml(f"{_e(r.issued_at)}<br/>{_e(r.issued_by)}", "cell"),
                    xml(f"{_e(r.file_name)}<br/><font size=6.5>{r.sha256}</font>", "cell"),
                ]
            )
        story.append(
            grid(
                ["Document", "Copy", "Recipient", "Audience", "Class.", "Issued", "File / SHA-256"],
                rows,
                [w * x for x in (0.17, 0.06, 0.14, 0.12, 0.11, 0.12, 0.28)],
            )
        )
    else:
        story.append(para("No copy has been issued yet.", "body"))
    doc.multiBuild(story)
    return buf.getvalue()


def _e(text: str) -> str:
    from .styles import esc

    return esc(text)
