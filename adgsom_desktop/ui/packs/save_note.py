"""Why saving a pack builds it again rather than keeping the preview (no Qt: tested alone).

A preview is built as copy 1 with PREVIEW - NOT ISSUED across every page and no
register entry, so its bytes are never an issued copy: saving always builds each copy
with its own marking, reference and audience from the store as it is then.  The note
says so, and names what the user changed since the preview when the two differ.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ...domain.enums import Audience
from ...services.pack_records import PackRequest


def _noop(text: str) -> str:
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalogue (lupdate reads the call); translated by ``tr``."""
    return text


def rebuild_note(
    previewed: PackRequest | None, saved: PackRequest, tr: Callable[[str], str] = _noop
) -> str:
    """The note, in the interface's language when ``tr`` translates ("Labels" context)."""
    if previewed is None:
        return tr(QT_TRANSLATE_NOOP("Labels", "Built for issue (there was no preview)."))
    changed = []
    before, after = previewed.audience or Audience.HOD, saved.audience or Audience.HOD
    if before != after:
        changed.append(
            tr(QT_TRANSLATE_NOOP("Labels", "the audience (%1 in the preview, %2 issued)"))
            .replace("%1", tr(before.label))  # i18n: labels
            .replace("%2", tr(after.label))  # i18n: labels
        )
    if previewed.classification != saved.classification:
        default = tr(QT_TRANSLATE_NOOP("Labels", "the store's default"))
        was = previewed.classification or default
        now = saved.classification or default
        changed.append(
            tr(QT_TRANSLATE_NOOP("Labels", "the marking (%1 in the preview, %2 issued)"))
            .replace("%1", was)
            .replace("%2", now)
        )
    same_rest = replace(previewed, audience=saved.audience, classification=saved.classification)
    if same_rest != saved:
        changed.append(tr(QT_TRANSLATE_NOOP("Labels", "what the pack holds or who gets copies")))
    if changed:
        return tr(
            QT_TRANSLATE_NOOP("Labels", "Built again, not from the preview: %1 changed since.")
        ).replace("%1", "; ".join(changed))
    return tr(
        QT_TRANSLATE_NOOP(
            "Labels",
            "Built again for each copy with its own marking: the preview carried "
            "PREVIEW - NOT ISSUED and copy 1 only.",
        )
    )
