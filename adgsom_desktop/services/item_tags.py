"""ADM tags of agenda items: "DO3" (a Desired Outcome) and "EA 3.2" (an Enabling Action)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import AdmTagKind
from ..domain.models import AdmTag
from ..errors import ValidationError

_TAG = re.compile(r"^(DO|EA)\s*(\d{1,2}(?:\.\d{1,2})?)$")
MAX_TAGS = 40


def normalise_tag(text: str) -> str:
    """ "do3" -> "DO3", "ea3.2" -> "EA 3.2"; anything else is refused."""
    m = _TAG.match(text.strip().upper())
    if not m:
        raise ValidationError(
            f"{text.strip()!r} is not an ADM tag (use DO1-DO8 or EA n.n).", "tags"
        )
    if m.group(1) == "DO":
        if "." in m.group(2):
            raise ValidationError(f"{text.strip()!r}: a Desired Outcome is DO1 to DO8.", "tags")
        return f"DO{int(m.group(2))}"
    return f"EA {m.group(2)}"


def normalise_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Each tag normalised, duplicates dropped, order kept (raises ValidationError)."""
    out = tuple(dict.fromkeys(normalise_tag(t) for t in tags if t.strip()))
    if len(out) > MAX_TAGS:
        raise ValidationError(f"At most {MAX_TAGS} ADM tags per item.", "tags")
    return out


def split_tags(text: str) -> list[str]:
    """ "DO3, EA 3.2; do8" -> ["DO3", "EA 3.2", "do8"] (as typed in one field)."""
    return [t for t in re.split(r"[,;\n]+", text) if t.strip()]


def resolve_tags(session: Session, codes: Iterable[str]) -> list[AdmTag]:
    """The tag rows for normalised codes; an unknown Enabling Action is created."""
    out = []
    for code in codes:
        tag = session.get(AdmTag, code)
        if tag is None:
            if not code.startswith("EA "):
                raise ValidationError(f"Unknown ADM tag {code} (use DO1 to DO8).", "tags")
            tag = AdmTag(code=code, kind=AdmTagKind.ENABLING_ACTION, title="", ord=1000)
            session.add(tag)
            session.flush()
        out.append(tag)
    return out


def known_tags(session: Session) -> list[tuple[str, str]]:
    """(code, title) of every tag in the store, Desired Outcomes first (for completers)."""
    rows = session.execute(select(AdmTag.code, AdmTag.title).order_by(AdmTag.ord, AdmTag.code))
    return [(code, title) for code, title in rows]
