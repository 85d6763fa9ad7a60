"""Tags of agenda items and projects: elements of a framework, written "ADM2025 DO3".

Typed tags are read by ``domain/tag_text.parse_tag`` (the ADM 2025's "DO3" and
"EA 3.2" still work); here they are found in the store.  An Enabling Action of the
ADM 2025 not yet listed is added under its Desired Outcome (as before frameworks
came); any other unknown element is refused: add it under Frameworks first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import AdmTagKind
from ..domain.models import AdmTag, Framework
from ..domain.tag_text import (
    ADM2025,
    normalise_tag,
    normalise_tags,
    parse_tag,
    split_tags,
    tag_label,
)
from ..errors import ValidationError

MAX_TAGS = 40

__all__ = [
    "MAX_TAGS",
    "known_tags",
    "normalise_tag",
    "normalise_tags",
    "resolve_tags",
    "split_tags",
    "store_tag_ids",
    "tag_labels",
]

_EA = re.compile(r"^EA (\d{1,2})\.")


def resolve_tags(session: Session, labels: Iterable[str]) -> list[AdmTag]:
    """The elements for normalised tags ("ADM2025 DO3"); raises ValidationError."""
    frameworks = {f.code: f for f in session.scalars(select(Framework))}
    out = []
    for label in labels:
        fw_code, code = parse_tag(label)
        fw = frameworks.get(fw_code)
        if fw is None:
            raise ValidationError(
                "Unknown framework {fw_code} in tag {label!r} (known: {frameworks}).",
                "tags",
                fw_code=fw_code,
                label=label,
                frameworks=", ".join(sorted(frameworks)),
            )
        tag = session.scalar(
            select(AdmTag).where(AdmTag.framework_id == fw.id, AdmTag.code == code)
        )
        if tag is None:
            if fw_code != ADM2025 or not code.startswith("EA "):
                raise ValidationError(
                    "Unknown tag {tag}: add it under Frameworks first.",
                    "tags",
                    tag=tag_label(fw_code, code),
                )
            m = _EA.match(code)
            parent = (
                session.scalar(
                    select(AdmTag.id).where(
                        AdmTag.framework_id == fw.id, AdmTag.code == f"DO{int(m.group(1))}"
                    )
                )
                if m
                else None
            )
            tag = AdmTag(
                framework_id=fw.id,
                code=code,
                kind=AdmTagKind.ENABLING_ACTION,
                parent_id=parent,
                title="",
                ord=1000,
            )
            session.add(tag)
            session.flush()
        out.append(tag)
    return out


def tag_labels(tags: Iterable[AdmTag]) -> tuple[str, ...]:
    return tuple(t.label for t in tags)


def known_tags(session: Session) -> list[tuple[str, str]]:
    """(label, title) of every element in the store, framework by framework (completers)."""
    rows = session.execute(
        select(Framework.code, AdmTag.code, AdmTag.title)
        .join(Framework, Framework.id == AdmTag.framework_id)
        .order_by(Framework.ord, AdmTag.ord, AdmTag.code)
    )
    return [(tag_label(fw, code), title) for fw, code, title in rows]


def store_tag_ids(session: Session) -> dict[str, int]:
    """Every element's id by its label ("ADM2025 DO3")."""
    rows = session.execute(
        select(Framework.code, AdmTag.code, AdmTag.id).join(
            Framework, Framework.id == AdmTag.framework_id
        )
    )
    return {tag_label(fw, code): tag_id for fw, code, tag_id in rows}
