"""Clear, in a document's data, every part its audience may not read (``audiences.PARTS``).

The services call these right after gathering, before anything is rendered:
what an audience may not read never reaches the PDF builder (nor a preview).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

from ..domain.enums import Audience
from .audiences import CAPITAL, OUTCOMES, PACK, parts, sections_for
from .pack_model import PackData, ReportData

T = TypeVar("T")

_STEP = re.compile(r"^(\w+)(\[\]|\[(\w+)=([^\]]*)\])?$")


def _default(obj: Any, name: str) -> Any:
    for f in dataclasses.fields(obj):
        if f.name == name:
            if f.default is not dataclasses.MISSING:
                return f.default
            if f.default_factory is not dataclasses.MISSING:
                return f.default_factory()
            raise ValueError(f"{type(obj).__name__}.{name} has no empty value to clear it to")
    raise ValueError(f"{type(obj).__name__} has no field {name!r}")


def clear(obj: T, path: str) -> T:
    """``obj`` with the field at ``path`` emptied (see ``audiences.Part``)."""
    head, _, rest = path.partition(".")
    step = _STEP.match(head)
    if step is None:
        raise ValueError(f"bad field path {path!r}")
    name, many, key, value = step.groups()
    current = getattr(obj, name)
    if many is None and not rest:
        new = _default(obj, name)
    elif current is None:  # nothing there (a block without proposals): nothing to clear
        new = None
    elif many is None:
        new = clear(current, rest)
    elif key is not None and not rest:  # drop the elements whose ``key`` is ``value``
        new = tuple(x for x in current if str(getattr(x, key)) != value)
    else:
        new = tuple(clear(x, rest) for x in current) if rest else ()
    return dataclasses.replace(obj, **{name: new})  # type: ignore[type-var]


def _apply(data: T, document: str, audience: Audience) -> T:
    for p in parts(document):
        if not p.allows(audience):
            for path in p.fields:
                data = clear(data, path)
    return data


def redact_pack(data: PackData, audience: Audience) -> PackData:
    """The pack (or addendum) as ``audience`` may read it; sections it may not have dropped."""
    allowed = set(sections_for(audience))
    data = _apply(data, PACK, audience)
    return dataclasses.replace(
        data, audience=audience, sections=tuple(s for s in data.sections if s in allowed)
    )


def redact_report(data: ReportData, audience: Audience) -> ReportData:
    document = OUTCOMES if data.kind == "outcomes" else CAPITAL
    return dataclasses.replace(_apply(data, document, audience), audience=audience)
