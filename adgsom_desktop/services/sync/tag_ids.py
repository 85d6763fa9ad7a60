"""The ids of the ADM tags an import's items name, in one statement (#17).

``item_tags.resolve_tags`` reads the frameworks and then each tag by its own query (an
ORM round trip a tag: ~1 ms of CPU each), and adds an enabling action this store lacks.
When every label parses and names a tag this store already holds (an import's usual
case) the same ids come from one read of the tags by (framework code, code), both
unique (``frameworks.py``); anything else (a label that does not parse, a framework or
a tag not held) returns None and the caller takes ``resolve_tags`` as before, so what is
refused or added is decided in one place.  ``tests/test_sync_item_tags.py`` holds the
two equal.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.models import AdmTag, Framework
from ...domain.tag_text import parse_tag
from ...errors import ValidationError


def held_tag_ids(session: Session, labels: list[str]) -> dict[str, int] | None:
    """Each label's tag id when this store holds every one of them, else None."""
    try:
        parsed = {label: parse_tag(label) for label in labels}
    except ValidationError:
        return None
    frameworks = {fw for fw, _code in parsed.values()}
    codes = {code for _fw, code in parsed.values()}
    rows = session.execute(
        select(Framework.code, AdmTag.code, AdmTag.id)
        .join(Framework, Framework.id == AdmTag.framework_id)
        .where(Framework.code.in_(sorted(frameworks)), AdmTag.code.in_(sorted(codes)))
    )
    held = {(fw, code): tag_id for fw, code, tag_id in rows}
    out = {label: held.get(pair) for label, pair in parsed.items()}
    if any(tag_id is None for tag_id in out.values()):
        return None
    return {label: int(tag_id) for label, tag_id in out.items() if tag_id is not None}
