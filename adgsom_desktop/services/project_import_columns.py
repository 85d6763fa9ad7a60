"""The columns of a project matrix: the fields a column can fill, and the field its header
suggests (``guess_field``) when no mapping was remembered for it.

Part of the project matrix import (``project_import_service`` previews and imports,
``project_import_rows`` reads the cells of the mapped columns).
"""

from __future__ import annotations

import re

from ..domain.text import fold

MAPPING_KEY = "projects.import.columns"  # store setting: {folded header: field}

# Every field a column can fill, with its label (the mapping's choices).
FIELDS: dict[str, str] = {
    "code": "Code",
    "title": "Title",
    "partner_code": "Partner",
    "funder": "Funder",
    "amount": "Amount",
    "currency": "Currency",
    "implementing_body": "Implementing body",
    "start_date": "Start",
    "end_date": "End",
    "phase": "Phase",
    "status": "Status",
    "involvement": "Our involvement",
    "leads": "Lead Member State(s)",
    "outcomes": "Framework outcome(s)",
    "description": "Description",
    "remarks": "Remarks",
    "next_phase": "Next phase proposal",
    "our_stance": "Our stance",
    "our_position": "Our position",
}
IGNORE = ""

# Header words that suggest a field (folded, compared whole, then as a prefix).
_GUESSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "code",
        ("code", "project code", "ref", "ref no", "reference", "project id", "project no", "id"),
    ),
    (
        "title",
        ("title", "project title", "project", "project name", "name", "initiative", "activity"),
    ),
    (
        "partner_code",
        ("partner", "dialogue partner", "dp", "development partner", "partner country"),
    ),
    (
        "funder",
        ("funder", "funding source", "source of funds", "source of funding", "donor", "fund"),
    ),
    ("currency", ("currency", "funding currency", "budget currency")),
    (
        "amount",
        (
            "amount",
            "budget",
            "funding amount",
            "total budget",
            "funding",
            "cost",
            "total cost",
            "funding budget",
        ),
    ),
    (
        "implementing_body",
        (
            "implementing body",
            "implementing agency",
            "implementer",
            "implementing partner",
            "executing agency",
        ),
    ),
    ("start_date", ("start", "start date", "commencement", "from", "begin")),
    ("end_date", ("end", "end date", "completion", "completion date", "to", "until")),
    ("phase", ("phase",)),
    ("status", ("status", "project status", "implementation status")),
    ("involvement", ("our involvement", "involvement", "our role", "our participation")),
    (
        "leads",
        (
            "lead",
            "lead ams",
            "lead member state",
            "lead member states",
            "lead country",
            "lead countries",
            "proponent",
            "proponent ams",
        ),
    ),
    (
        "outcomes",
        (
            "adm",
            "adm outcome",
            "adm outcomes",
            "outcome",
            "outcomes",
            "desired outcome",
            "do",
            "adm 2030",
            "adm 2025",
        ),
    ),
    ("description", ("description", "objective", "objectives", "summary", "scope")),
    (
        "remarks",
        ("remarks", "progress", "comments", "notes", "latest status", "update", "latest update"),
    ),
    ("next_phase", ("next phase", "next phase proposal", "proposal")),
    ("our_stance", ("our stance", "stance")),
    ("our_position", ("our position", "position")),
)


def header_key(header: str) -> str:
    """A header as the mapping remembers it (folded, punctuation as spaces)."""
    return " ".join(re.sub(r"[^\w\s]", " ", fold(header)).split())


def guess_field(header: str) -> str:
    key = header_key(header)
    if not key:
        return IGNORE
    for name, words in _GUESSES:
        if key in words:
            return name
    for name, words in _GUESSES:
        if any(key.startswith(w + " ") for w in words if len(w) > 2):
            return name
    return IGNORE
