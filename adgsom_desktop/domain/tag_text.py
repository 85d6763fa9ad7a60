"""Reading and writing framework tags as text: "ADM2025 DO3", "ADM2030 O3", "ADWP2026 2.1".

A tag names its framework, then the element's code inside it.  The ADM 2025's own
forms, "DO3" and "EA 3.2", are still read (they were the only tags before the
frameworks came, and they are that masterplan's vocabulary): they mean the ADM 2025.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..errors import ValidationError

ADM2025 = "ADM2025"
ADM2030 = "ADM2030"
MAX_CODE = 16

_LEGACY = re.compile(r"^(DO|EA)\s*(\d{1,2}(?:\.\d{1,2})?)$")
_ELEMENT = re.compile(r"^[A-Z0-9][A-Z0-9 .\-]*$")
_FRAMEWORK = re.compile(r"^[A-Z][A-Z0-9\-]{1,15}$")


def normalise_framework_code(text: str) -> str:
    code = "".join(text.split()).upper()
    if not _FRAMEWORK.match(code):
        raise ValidationError(
            "{text!r} is not a framework code (letters and digits, e.g. ADM2030).",
            "code",
            text=text.strip(),
        )
    return code


def normalise_adm2025(text: str) -> str:
    """ "do3" -> "DO3", "ea3.2" -> "EA 3.2"; anything else is refused."""
    m = _LEGACY.match(text.strip().upper())
    if not m:
        raise ValidationError(
            "{text!r} is not an ADM 2025 tag (use DO1-DO8 or EA n.n).", "tags", text=text.strip()
        )
    if m.group(1) == "DO":
        if "." in m.group(2):
            raise ValidationError(
                "{text!r}: a Desired Outcome is DO1 to DO8.", "tags", text=text.strip()
            )
        return f"DO{int(m.group(2))}"
    return f"EA {m.group(2)}"


def normalise_element_code(framework: str, text: str) -> str:
    if framework == ADM2025:
        return normalise_adm2025(text)
    code = " ".join(text.split()).upper()
    if not code or len(code) > MAX_CODE or not _ELEMENT.match(code):
        raise ValidationError(
            "{text!r} is not an element code (up to {max_code} letters, digits, "
            "dots or dashes, e.g. O3 or A3.1).",
            "tags",
            text=text.strip(),
            max_code=MAX_CODE,
        )
    return code


def parse_tag(text: str) -> tuple[str, str]:
    """(framework code, element code) of a typed tag; raises ValidationError.

    "ADM2030 O3", "adm2030:o3" and "ADM 2030 O3" read as ("ADM2030", "O3");
    "DO3" and "ea3.2" as ("ADM2025", "DO3") and ("ADM2025", "EA 3.2").  Whether the
    store knows the framework and the element is the service's to check.
    """
    raw = text.strip()
    if _LEGACY.match(raw.upper()):
        return ADM2025, normalise_adm2025(raw)
    tokens = [t for t in re.split(r"[\s:/]+", raw.upper()) if t]
    if len(tokens) >= 3 and tokens[0].isalpha() and tokens[1].isdigit():
        tokens = [tokens[0] + tokens[1], *tokens[2:]]  # "ADM 2030 O3"
    if len(tokens) >= 2 and _FRAMEWORK.match(tokens[0]) and any(c.isdigit() for c in tokens[0]):
        framework = tokens[0]
        return framework, normalise_element_code(framework, " ".join(tokens[1:]))
    raise ValidationError(
        "{raw!r} is not an ADM tag: write the framework, then the code (e.g. ADM2030 O3), "
        "or DO1-DO8 / EA n.n for the ADM 2025.",
        "tags",
        raw=raw,
    )


def normalise_tag(text: str) -> str:
    """A typed tag as it is written everywhere ("do3" -> "ADM2025 DO3")."""
    return tag_label(*parse_tag(text))


def normalise_tags(tags: Iterable[str], limit: int = 40) -> tuple[str, ...]:
    """Each tag normalised, duplicates dropped, order kept (raises ValidationError)."""
    out = tuple(dict.fromkeys(normalise_tag(t) for t in tags if t.strip()))
    if len(out) > limit:
        raise ValidationError("At most {limit} tags per item.", "tags", limit=limit)
    return out


def tag_label(framework: str, code: str) -> str:
    return f"{framework} {code}"


def qualify_legacy(tag: str) -> str:
    """A tag saved before frameworks existed ("DO3") as it reads now ("ADM2025 DO3")."""
    if _LEGACY.match(tag.strip().upper()):
        return tag_label(ADM2025, normalise_adm2025(tag))
    return tag


def split_tags(text: str) -> list[str]:
    """ "ADM2025 DO3, EA 3.2; do8" -> ["ADM2025 DO3", "EA 3.2", "do8"] (one field)."""
    return [t for t in re.split(r"[,;\n]+", text) if t.strip()]
