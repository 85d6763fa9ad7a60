"""What travels: the records of a scope with their revisions, as one JSON document.

``Payload`` is the same for a trip's return and an exchange bundle (``bundle.py`` seals
it in a signed, encrypted file).  ``decode`` checks everything before anyone uses it:
the format version, every record's kind, key, revision and content (each field of the
type its kind says, text by the store's own rules), the audit entries and signatures.
A payload that fails is refused whole, with what is wrong.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ...domain.ids import fits_integer, is_id
from ...errors import ValidationError
from .content_checks import HEX32, SHA256, check_content, checked_text
from .json_text import json_encoder
from .kinds import Kind
from .merge import Incoming
from .revs import canonical_json

_ENCODE = json_encoder(sort_keys=False)
_PLAIN_FIELDS = re.compile(r"[0-9A-Za-z ]*")  # written in JSON as they are (``to_json``)

# Bump when a reader of this version could not read what is written.  2: members going to a
# meeting (kind "member") and the meeting's documents (kind "document", their files apart).
# 3: counterparts' interests in items (kind "interest"), points delivered (kind "delivered"),
# stretches of our speaking (kind "speaking").
FORMAT = 3
_REVS = re.compile(r"(?:[0-9a-f]{32} )*[0-9a-f]{32}")
MAX_RECORDS = 2_000_000


class PayloadError(ValidationError):
    """The records cannot be read: nothing was changed."""


@dataclass(frozen=True)
class Payload:
    store_id: str
    store_name: str
    created_at: str
    description: str
    meetings: tuple[str, ...]  # the meetings it covers (their UUIDs)
    complete: bool  # whole meetings: deletions are in it too
    records: tuple[Incoming, ...]
    delegations: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    signatures: tuple[Mapping[str, Any], ...] = ()
    audit: tuple[Mapping[str, Any], ...] = ()
    sender: Mapping[str, Any] = field(default_factory=dict)  # person, name, fingerprint
    app_version: str = ""
    format: int = FORMAT
    audience: str = "hod"  # who may read it (``withhold``); records name what is withheld
    # The files of the meeting's documents it carries, by their SHA-256 (checked at decode).
    files: Mapping[str, bytes] = field(default_factory=dict)
    # A bundle's acknowledgment (review s32 H16): for each other store whose audit log the
    # sender holds, how far it holds it without a gap (entries 1..N).  The recipient sends
    # the sender its entries after that, so a lost or replaced bundle costs nothing.
    # None: not said (a bundle of an earlier version, a trip's payload).
    audit_held: Mapping[str, int] | None = None
    # Each brief's current author and time, and (a trip) its earlier versions, by item UUID
    # (``brief_history``, review s32 H3).
    authors: Mapping[str, Any] = field(default_factory=dict)
    history: Mapping[str, Any] = field(default_factory=dict)
    # Not sent: by record key, (content, its canonical text in UTF-8) as the sender's
    # ``advance`` made it to hash it; ``to_json`` writes a record's content as that text
    # while the record still holds that very object (``collect``).
    texts: Mapping[str, tuple[Any, bytes]] = field(default_factory=dict, compare=False, repr=False)

    def to_json(self) -> bytes:
        doc = {
            "format": self.format,
            "app_version": self.app_version,
            "store_id": self.store_id,
            "store_name": self.store_name,
            "created_at": self.created_at,
            "description": self.description,
            "sender": dict(self.sender),
            "meetings": list(self.meetings),
            "complete": self.complete,
            "audience": self.audience,
            "delegations": {k: dict(v) for k, v in self.delegations.items()},
            "signatures": [dict(s) for s in self.signatures],
            "audit": [dict(a) for a in self.audit],
            "files": {k: base64.b64encode(v).decode("ascii") for k, v in self.files.items()},
            **({} if self.audit_held is None else {"audit_held": dict(self.audit_held)}),
            **({"authors": dict(self.authors)} if self.authors else {}),
            **({"history": dict(self.history)} if self.history else {}),
        }
        head = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))[:-1].encode("utf-8")
        return b"".join((head, b',"records":[', b",".join(self._records_json()), b"]}"))

    def _records_json(self) -> Iterator[bytes]:
        """Each record as ``[key, kind, scope, rev, gen, ancestry, content(, withheld)]``
        in UTF-8, its content in its canonical text (sorted keys: JSON's objects have no
        order).  Bytes, record by record: most are ASCII, which encodes at no cost."""
        texts = self.texts
        plain = _PLAIN_FIELDS.fullmatch
        for r in self.records:
            known = texts.get(r.key)
            content = r.content
            text = (
                known[1]
                if known is not None and known[0] is content
                else canonical_json(content).encode("utf-8")
            )
            ancestry = " ".join(r.ancestry)
            if type(r.gen) is int and plain(r.key + r.scope + r.rev + ancestry):
                # letters, digits and spaces (hexadecimal revisions): JSON as they are
                head = f'["{r.key}","{r.kind.value}","{r.scope}","{r.rev}",{r.gen},"{ancestry}"'
            else:
                head = _ENCODE([r.key, r.kind.value, r.scope, r.rev, r.gen, ancestry])[:-1]
            withheld = b"," + _ENCODE(list(r.withheld)).encode("utf-8") if r.withheld else b""
            yield b"".join((head.encode("utf-8"), b",", text, withheld, b"]"))


def decode(data: bytes) -> Payload:
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise PayloadError(
            "The records are not readable ({class_name}).", class_name=exc.__class__.__name__
        ) from exc
    if not isinstance(doc, dict):
        raise PayloadError("The records are not readable (not a document).")
    fmt = doc.get("format")
    if not isinstance(fmt, int) or fmt < 1:
        raise PayloadError("The records are not readable (no format version).")
    if fmt > FORMAT:
        raise PayloadError(
            "These records were written by a newer version of ADGSOM Desktop (format {fmt}; "
            "this version reads format {format}). Update the app, then import again.",
            fmt=fmt,
            format=FORMAT,
        )
    records = doc.get("records")
    if not isinstance(records, list) or len(records) > MAX_RECORDS:
        raise PayloadError("The records are not readable (no list of records).")
    out = []
    for n, raw in enumerate(records, 1):
        try:
            out.append(_record(raw))
        except (ValidationError, ValueError, TypeError, KeyError) as exc:
            raise PayloadError("Record {n} is not valid: {exc}", n=n, exc=exc) from exc
    files = _files(doc.get("files", {}))
    for rec in out:
        if (
            rec.kind is Kind.DOCUMENT
            and rec.content is not None
            and rec.content.get("sha256") not in files
        ):
            raise PayloadError("A document's file is missing from the records.")
    return Payload(
        store_id=_hex(doc.get("store_id"), "store id"),
        store_name=checked_text(doc.get("store_name", ""), "store name", 300),
        created_at=checked_text(doc.get("created_at", ""), "created at", 40),
        description=checked_text(doc.get("description", ""), "description", 2000),
        meetings=tuple(_hex(m, "meeting") for m in _list(doc.get("meetings", []))),
        complete=bool(doc.get("complete", False)),
        records=tuple(out),
        delegations=_delegations(doc.get("delegations", {})),
        signatures=tuple(_signature(s) for s in _list(doc.get("signatures", []))),
        audit=tuple(_audit(a) for a in _list(doc.get("audit", []))),
        sender=_sender(doc.get("sender", {})),
        app_version=checked_text(doc.get("app_version", ""), "app version", 40),
        format=fmt,
        audience=_audience(doc.get("audience", "hod")),
        files=files,
        audit_held=_held(doc["audit_held"]) if "audit_held" in doc else None,
        **_briefs_history(doc),
    )


def _briefs_history(doc: dict[str, Any]) -> dict[str, Any]:
    from .brief_history import read_authors, read_history

    try:
        return {
            "authors": read_authors(doc.get("authors", {}), checked_text),
            "history": read_history(doc.get("history", {}), checked_text),
        }
    except (ValidationError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise PayloadError("The records are not readable (the briefs' history).") from exc


def _held(value: Any) -> dict[str, int]:
    if not isinstance(value, dict) or len(value) > 10_000:
        raise PayloadError("The records are not readable (the audit entries held).")
    out = {}
    for origin, n in value.items():
        if not (n == 0 or is_id(n)):  # entries 1..n: n an audit entry's id, or none
            raise PayloadError("The records are not readable (the audit entries held).")
        out[_hex(origin, "store id")] = n
    return out


def _audience(value: Any) -> str:
    from ...domain.enums import Audience

    try:
        return Audience(value).value
    except ValueError as exc:
        raise PayloadError("The records are not readable (an unknown audience).") from exc


# -- pieces ---------------------------------------------------------------------------------


def _files(value: Any) -> dict[str, bytes]:
    """The documents' files: each one's bytes must hash to its name, within the size a
    document may have (``attachment_service.MAX_ATTACHMENT_BYTES``)."""
    from ..attachment_service import MAX_ATTACHMENT_BYTES

    if not isinstance(value, dict):
        raise PayloadError("The records are not readable (the files).")
    out: dict[str, bytes] = {}
    for name, text in value.items():
        if not isinstance(name, str) or not SHA256.match(name) or not isinstance(text, str):
            raise PayloadError("The records are not readable (a file).")
        if len(text) > (MAX_ATTACHMENT_BYTES // 3 + 1) * 4:
            raise PayloadError("A document's file in the records is too large.")
        try:
            data = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise PayloadError("The records are not readable (a file).") from exc
        if hashlib.sha256(data).hexdigest() != name:
            raise PayloadError("A document's file was changed: it does not match its record.")
        out[name] = data
    return out


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise PayloadError("The records are not readable (a list was expected).")
    return value


def _hex(value: Any, what: str) -> str:
    if not isinstance(value, str) or not HEX32.match(value):
        raise PayloadError("The records are not readable (a bad {what}).", what=what)
    return value


_KIND_OF = {k.value: k for k in Kind}


def _record(raw: Any) -> Incoming:
    if not isinstance(raw, list) or len(raw) not in (7, 8):
        raise ValidationError("not a record")
    key, kind_s, scope, rev, gen, ancestry, content = raw[:7]
    kind = (type(kind_s) is str and _KIND_OF.get(kind_s)) or Kind(kind_s)
    withheld: tuple[str, ...] = ()
    if len(raw) == 8:
        from .withhold import check_paths

        if not isinstance(raw[7], list) or not all(isinstance(p, str) for p in raw[7]):
            raise ValidationError("bad withheld fields")
        withheld = check_paths(kind, raw[7])
    if not (gen == 0 or is_id(gen)):  # an INTEGER column (review s33 R6)
        raise ValidationError("bad version")
    ancestors = tuple(str(ancestry).split()) if ancestry else ()
    hex32 = HEX32.match
    if not (type(key) is str and hex32(key) and type(rev) is str and hex32(rev)):
        for value in (key, rev):  # (a subclass of str would pass)
            if not isinstance(value, str) or not hex32(value):
                raise ValidationError("bad key or revision")
    # each ancestor a revision: one match of them all (they hold no spaces once split)
    if ancestors and not _REVS.fullmatch(" ".join(ancestors)):
        raise ValidationError("bad key or revision")
    if not isinstance(scope, str) or not (scope == "people" or HEX32.match(scope)):
        raise ValidationError("bad scope")
    if content is not None:
        check_content(kind, content)
    return Incoming(key, kind, scope, rev, gen, ancestors, content, withheld)


def _delegations(value: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict):
        raise PayloadError("The records are not readable (delegations).")
    out = {}
    for code, info in value.items():
        checked_text(code, "delegation code", 16)
        if not isinstance(info, dict):
            raise PayloadError("The records are not readable (delegations).")
        out[code] = {
            "name": checked_text(info.get("name", ""), "delegation name", 200),
            "local_name": checked_text(info.get("local_name", ""), "delegation name", 200),
            "kind": checked_text(info.get("kind", "other"), "delegation kind", 32),
            "ord": _order(info.get("ord", 0)),
        }
    return out


def _order(value: Any) -> int:
    """A delegation's place in lists: a whole number an INTEGER column holds."""
    if not fits_integer(value):
        raise PayloadError("The records are not readable (delegations).")
    return int(value)


def _signature(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise PayloadError("The records are not readable (a signature).")
    return {
        "position": _hex(value.get("position"), "signature"),
        "content_hash": _hex(value.get("content_hash"), "signature"),
        "approver": _hex(value.get("approver"), "signature"),
        "approved_at": checked_text(value.get("approved_at", ""), "signature", 40),
        "fingerprint": checked_text(value.get("fingerprint", ""), "signature", 64),
        "signature": checked_text(value.get("signature", ""), "signature", 128),
    }


def _audit(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise PayloadError("The records are not readable (an audit entry).")
    entry_id = value.get("id")
    if not is_id(entry_id):  # kept in an INTEGER column: ids from a file (review s33 R6)
        raise PayloadError("The records are not readable (an audit entry).")
    try:
        datetime.fromisoformat(str(value.get("at")))
        entity_id = value.get("entity_id")
        if entity_id is not None and not fits_integer(entity_id):
            raise ValueError
        return {
            "id": entry_id,
            "at": str(value.get("at")),
            "actor": checked_text(value.get("actor", ""), "actor", 200),
            "action": checked_text(value.get("action", ""), "action", 40),
            "entity": checked_text(value.get("entity", ""), "entity", 40),
            "entity_id": entity_id,
            "detail": checked_text(value.get("detail", ""), "detail", 2000),
            "prev_hash": checked_text(value.get("prev_hash", ""), "hash", 64),
            "hash": checked_text(value.get("hash", ""), "hash", 64),
        }
    except (ValueError, ValidationError) as exc:
        raise PayloadError("The records are not readable (an audit entry).") from exc


def _sender(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise PayloadError("The records are not readable (the sender).")
    return {
        "person": value.get("person") if isinstance(value.get("person"), str) else "",
        "name": checked_text(value.get("name", ""), "sender", 200),
        "fingerprint": checked_text(value.get("fingerprint", ""), "sender", 64),
    }
