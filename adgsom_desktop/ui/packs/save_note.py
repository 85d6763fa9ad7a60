"""Why saving a pack builds it again rather than keeping the preview (no Qt: tested alone).

A preview is built as copy 1 with PREVIEW - NOT ISSUED across every page and no
register entry, so its bytes are never an issued copy: saving always builds each copy
with its own marking, reference and audience from the store as it is then.  The note
says so, and names what the user changed since the preview when the two differ.
"""

from __future__ import annotations

from dataclasses import replace

from ...domain.enums import Audience
from ...services.pack_records import PackRequest


def rebuild_note(previewed: PackRequest | None, saved: PackRequest) -> str:
    if previewed is None:
        return "Built for issue (there was no preview)."
    changed = []
    before, after = previewed.audience or Audience.HOD, saved.audience or Audience.HOD
    if before != after:
        changed.append(f"the audience ({before.label} in the preview, {after.label} issued)")
    if previewed.classification != saved.classification:
        was = previewed.classification or "the store's default"
        now = saved.classification or "the store's default"
        changed.append(f"the marking ({was} in the preview, {now} issued)")
    same_rest = replace(previewed, audience=saved.audience, classification=saved.classification)
    if same_rest != saved:
        changed.append("what the pack holds or who gets copies")
    if changed:
        return "Built again, not from the preview: " + "; ".join(changed) + " changed since."
    return (
        "Built again for each copy with its own marking: the preview carried "
        "PREVIEW - NOT ISSUED and copy 1 only."
    )
