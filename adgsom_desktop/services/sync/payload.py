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
from datetime import date, datetime, time
from typing import Any

from ...domain.ids import fits_integer, is_id
from ...domain.position_sections import TEXT_SECTIONS
from ...domain.text import MAX_NOTE, MAX_TEXT, clean_text
from ...errors import ValidationError
from .json_text import json_encoder
from .kinds import LINKS, SPECS, Conv, Kind
from .merge import Incoming
from .revs import canonical_json

_ENCODE = json_encoder(sort_keys=False)

# Bump when a reader of this version could not read what is written.  2: members going to a
# meeting (kind "member") and the meeting's documents (kind "document", their files apart).
# 3: counterparts' interests in items (kind "interest"), points delivered (kind "delivered"),
# stretches of our speaking (kind "speaking").
FORMAT = 3
_HEX32 = re.compile(r"^[0-9a-f]{32}$")
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
    # Not sent: by record key, (content, its canonical text) as the sender's ``advance``
    # wrote it to hash it; ``to_json`` writes a record's content as that text while the
    # record still holds that very object (``collect``).
    texts: Mapping[str, tuple[Any, str]] = field(default_factory=dict, compare=False, repr=False)

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
        head = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
        return f'{head[:-1]},"records":[{",".join(self._records_json())}]}}'.encode()

    def _records_json(self) -> Iterator[str]:
        """Each record as ``[key, kind, scope, rev, gen, ancestry, content(, withheld)]``,
        its content in its canonical text (sorted keys: JSON's objects have no order)."""
        texts = self.texts
        for r in self.records:
            known = texts.get(r.key)
            content = r.content
            text = (
                known[1] if known is not None and known[0] is content else canonical_json(content)
            )
            fields = _ENCODE([r.key, r.kind.value, r.scope, r.rev, r.gen, " ".join(r.ancestry)])
            withheld = "," + _ENCODE(list(r.withheld)) if r.withheld else ""
            yield f"{fields[:-1]},{text}{withheld}]"


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
        store_name=_text(doc.get("store_name", ""), "store name", 300),
        created_at=_text(doc.get("created_at", ""), "created at", 40),
        description=_text(doc.get("description", ""), "description", 2000),
        meetings=tuple(_hex(m, "meeting") for m in _list(doc.get("meetings", []))),
        complete=bool(doc.get("complete", False)),
        records=tuple(out),
        delegations=_delegations(doc.get("delegations", {})),
        signatures=tuple(_signature(s) for s in _list(doc.get("signatures", []))),
        audit=tuple(_audit(a) for a in _list(doc.get("audit", []))),
        sender=_sender(doc.get("sender", {})),
        app_version=_text(doc.get("app_version", ""), "app version", 40),
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
            "authors": read_authors(doc.get("authors", {}), _text),
            "history": read_history(doc.get("history", {}), _text),
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


_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _files(value: Any) -> dict[str, bytes]:
    """The documents' files: each one's bytes must hash to its name, within the size a
    document may have (``attachment_service.MAX_ATTACHMENT_BYTES``)."""
    from ..attachment_service import MAX_ATTACHMENT_BYTES

    if not isinstance(value, dict):
        raise PayloadError("The records are not readable (the files).")
    out: dict[str, bytes] = {}
    for name, text in value.items():
        if not isinstance(name, str) or not _SHA256.match(name) or not isinstance(text, str):
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
    if not isinstance(value, str) or not _HEX32.match(value):
        raise PayloadError("The records are not readable (a bad {what}).", what=what)
    return value


def _text(value: Any, what: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise ValidationError("{what}: expected text", what=what)
    if clean_text(value, what, max_len=limit) != value:
        raise ValidationError("{what}: text not as the app stores it", what=what)
    return value


def _record(raw: Any) -> Incoming:
    if not isinstance(raw, list) or len(raw) not in (7, 8):
        raise ValidationError("not a record")
    key, kind_s, scope, rev, gen, ancestry, content = raw[:7]
    kind = Kind(kind_s)
    withheld: tuple[str, ...] = ()
    if len(raw) == 8:
        from .withhold import check_paths

        if not isinstance(raw[7], list) or not all(isinstance(p, str) for p in raw[7]):
            raise ValidationError("bad withheld fields")
        withheld = check_paths(kind, raw[7])
    if not (gen == 0 or is_id(gen)):  # an INTEGER column (review s33 R6)
        raise ValidationError("bad version")
    ancestors = tuple(str(ancestry).split()) if ancestry else ()
    for value in (key, rev):
        if not isinstance(value, str) or not _HEX32.match(value):
            raise ValidationError("bad key or revision")
    # each ancestor a revision: one match of them all (they hold no spaces once split)
    if ancestors and not _REVS.fullmatch(" ".join(ancestors)):
        raise ValidationError("bad key or revision")
    if not isinstance(scope, str) or not (scope == "people" or _HEX32.match(scope)):
        raise ValidationError("bad scope")
    if content is not None:
        check_content(kind, content)
    return Incoming(key, kind, scope, rev, gen, ancestors, content, withheld)


def _link(value: Any, what: str) -> None:
    if value is not None and (not isinstance(value, str) or not _HEX32.match(value)):
        raise ValidationError("{what}: bad link", what=what)


def _field(kind: Kind, name: str, conv: Conv, column_type: Any, value: Any) -> None:
    if value is None:
        return
    if conv in LINKS:
        _link(value, name)
    elif conv is Conv.CODE:
        _text(value, name, 16)
    elif conv is Conv.ENUM:
        column_type.enum_class(value)  # ValueError if not a member
    elif conv is Conv.DATE:
        date.fromisoformat(value)
    elif conv is Conv.TIME:
        time.fromisoformat(value)
    elif conv is Conv.DATETIME:
        datetime.fromisoformat(value)
    elif isinstance(value, bool):
        if column_type.python_type is not bool:
            raise ValidationError("{name}: unexpected value", name=name)
    elif isinstance(value, int):
        if column_type.python_type is not int or abs(value) > 10**9:
            raise ValidationError("{name}: unexpected number", name=name)
    else:
        _text(value, name, MAX_NOTE if kind is Kind.NOTE else MAX_TEXT)


_FIELDS: dict[Kind, tuple[tuple[str, Conv, Any], ...]] = {}


def _fields(kind: Kind) -> tuple[tuple[str, Conv, Any], ...]:
    """(name, conversion, column type) of each of ``kind``'s fields, looked up once."""
    found = _FIELDS.get(kind)
    if found is None:
        spec = SPECS[kind]
        found = _FIELDS[kind] = tuple(
            (f.name, f.conv, spec.table.c[f.column].type) for f in spec.fields
        )
    return found


def check_content(kind: Kind, content: Any) -> None:
    if not isinstance(content, dict):
        raise ValidationError("content is not a record")
    if kind is Kind.PLACE:
        _link(content.get("item"), "item")
        _link(content.get("parent"), "parent")
        if not fits_integer(content.get("ord")):
            raise ValidationError("place: bad order")
        return
    if kind is Kind.POSITION:
        _check_position(content)
        return
    if kind is Kind.DELIVERED:
        from .delivered_kind import check_delivered

        check_delivered(content)
        return
    for name, conv, column_type in _fields(kind):
        _field(kind, name, conv, column_type, content.get(name))
    if kind is Kind.DOCUMENT:
        if not isinstance(content.get("sha256"), str) or not _SHA256.match(content["sha256"]):
            raise ValidationError("document: bad file hash")
        if content.get("kind") not in ("pdf", "docx"):
            raise ValidationError("document: neither a PDF nor a .docx")
        if content.get("meeting") is None:
            raise ValidationError("document: no meeting")
    if kind is Kind.ITEM:
        if content.get("number") is not None:
            _text(content["number"], "number", 32)
        for doc in content.get("documents") or []:
            if not isinstance(doc, list) or len(doc) != 2:
                raise ValidationError("documents: bad entry")
            _text(doc[0], "document symbol", 200)
            _text(doc[1], "document title")
        for tag in content.get("tags") or []:
            _text(tag, "tag", 100)


def _check_position(content: dict[str, Any]) -> None:
    from ...domain.enums import PositionStatus
    from ..position_records import PositionContent

    _link(content.get("item"), "item")
    PositionStatus(str(content.get("status")))
    brief = content.get("brief")
    if not isinstance(brief, dict):
        raise ValidationError("brief: missing")
    _link(brief.get("owner"), "owner")
    snapshot = {k: v for k, v in brief.items() if k != "owner"}
    parsed = PositionContent.from_snapshot(snapshot)
    for name in TEXT_SECTIONS:  # every text section (domain/position_sections), backgrounds too
        _text(getattr(parsed, name), name)
    for text in (*parsed.fallbacks, *parsed.points):
        _text(text, "brief")
    approval = content.get("approval")
    if approval is not None:
        if not isinstance(approval, dict):
            raise ValidationError("approval: bad")
        _link(approval.get("by"), "approver")
        if approval.get("at") is not None:
            datetime.fromisoformat(approval["at"])


def _delegations(value: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict):
        raise PayloadError("The records are not readable (delegations).")
    out = {}
    for code, info in value.items():
        _text(code, "delegation code", 16)
        if not isinstance(info, dict):
            raise PayloadError("The records are not readable (delegations).")
        out[code] = {
            "name": _text(info.get("name", ""), "delegation name", 200),
            "local_name": _text(info.get("local_name", ""), "delegation name", 200),
            "kind": _text(info.get("kind", "other"), "delegation kind", 32),
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
        "approved_at": _text(value.get("approved_at", ""), "signature", 40),
        "fingerprint": _text(value.get("fingerprint", ""), "signature", 64),
        "signature": _text(value.get("signature", ""), "signature", 128),
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
            "actor": _text(value.get("actor", ""), "actor", 200),
            "action": _text(value.get("action", ""), "action", 40),
            "entity": _text(value.get("entity", ""), "entity", 40),
            "entity_id": entity_id,
            "detail": _text(value.get("detail", ""), "detail", 2000),
            "prev_hash": _text(value.get("prev_hash", ""), "hash", 64),
            "hash": _text(value.get("hash", ""), "hash", 64),
        }
    except (ValueError, ValidationError) as exc:
        raise PayloadError("The records are not readable (an audit entry).") from exc


def _sender(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise PayloadError("The records are not readable (the sender).")
    return {
        "person": value.get("person") if isinstance(value.get("person"), str) else "",
        "name": _text(value.get("name", ""), "sender", 200),
        "fingerprint": _text(value.get("fingerprint", ""), "sender", 64),
    }
