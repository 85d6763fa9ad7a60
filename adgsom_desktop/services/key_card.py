"""A member's public key as a short signed text (#17): what ``keys export`` writes and
``keys import`` reads, checked by its own signature and fingerprint."""

from __future__ import annotations

import unicodedata

from ..errors import ValidationError
from .sync import crypto

BEGIN = "-----BEGIN ADGSOM MEMBER KEY-----"
END = "-----END ADGSOM MEMBER KEY-----"
_FIELDS = ("name", "person", "delegation", "role", "sign", "box", "fingerprint")


def check_card(text: str) -> tuple[dict[str, str], str]:
    """A member's key text read and checked (its own signature, its fingerprint): its
    fields and the fingerprint of its keys."""
    fields = _parse_key_text(text)
    sign = crypto.unb64(fields["sign"], 32)
    box = crypto.unb64(fields["box"], 32)
    body = "\n".join(f"{name}: {fields[name]}" for name in _FIELDS)
    if not crypto.verify(sign, body.encode("utf-8"), crypto.unb64(fields["signature"], 64)):
        raise ValidationError(
            "This key text was changed after it was made (its signature fails): not imported."
        )
    fp = crypto.fingerprint(sign, box)
    if fp_compact(fp) != fp_compact(fields["fingerprint"]):
        raise ValidationError("This key text's fingerprint does not match its keys: not imported.")
    return fields, fp


def fp_compact(text: str) -> str:
    return "".join(text.split()).lower()


def _parse_key_text(text: str) -> dict[str, str]:
    if not isinstance(text, str) or len(text) > 20_000:
        raise ValidationError("This is not a member key (too long).")
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").split("\n") if ln.strip()]
    if BEGIN not in lines or END not in lines:
        raise ValidationError(
            "This is not a member key (it should start with {begin}).", begin=BEGIN
        )
    inner = lines[lines.index(BEGIN) + 1 : lines.index(END)]
    fields: dict[str, str] = {}
    for line in inner:
        name, sep, value = line.partition(":")
        if not sep:
            raise ValidationError("This member key is not readable (a line without a name).")
        fields[name.strip().lower()] = value.strip()
    missing = [f for f in (*_FIELDS, "signature") if f not in fields]
    if missing:
        raise ValidationError(
            "This member key is not readable (missing: {missing}).", missing=", ".join(missing)
        )
    return fields


def card_text(fields: dict[str, str]) -> str:
    lines = [f"{name}: {fields[name]}" for name in (*_FIELDS, "signature")]
    return "\n".join([BEGIN, *lines, END]) + "\n"


def signed_card(values: dict[str, str], keys: crypto.Unlocked) -> str:
    body = "\n".join(f"{name}: {values[name]}" for name in _FIELDS)
    return card_text({**values, "signature": crypto.b64(keys.sign(body.encode("utf-8")))})


def key_file_name(name: str, fingerprint: str) -> str:
    """A key text's file name: the member's name and the fingerprint's first group
    ("Worawit-Chanthasiri-7ee4.key"), safe on every system."""
    kept = (c if c.isalnum() or unicodedata.category(c).startswith("M") else " " for c in name)
    words = "".join(kept).split()  # a Thai name keeps its vowel and tone marks
    group = fingerprint.split()[0] if fingerprint.split() else ""
    return "-".join([*words, group] if group else words or ["member"]) + ".key"
