"""Demo: the 6th ADGSOM's outcomes marked for the Ministers' consideration, in the words
the Ministers take them, on the 6th ADGMIN's agenda items."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.enums import MinistersAction as A


@dataclass(frozen=True)
class MarkSpec:
    som_item: str  # key of the 6th ADGSOM's item (its first outcome is marked)
    action: A
    text: str
    min_item: str  # key of the 6th ADGMIN's item


MARKS: tuple[MarkSpec, ...] = (
    MarkSpec(
        "adm2025",
        A.NOTE,
        "the completion of the ASEAN Digital Masterplan 2025 and its Completion Report",
        "adm2025",
    ),
    MarkSpec(
        "adm2030",
        A.ADOPT,
        "the ASEAN Digital Masterplan 2026-2030 and its Implementation Plan",
        "adm2030",
    ),
    MarkSpec(
        "adm_me",
        A.TASK,
        "ADGSOM to finalise the key performance indicators of the ASEAN Digital Masterplan "
        "2026-2030 by the 7th ADGSOM",
        "adm2030",
    ),
    MarkSpec(
        "ai",
        A.ADOPT,
        "the Terms of Reference of the ASEAN Working Group on AI Governance",
        "deliverables",
    ),
    MarkSpec(
        "scam",
        A.ADOPT,
        "the ASEAN Rapid Takedown and Information-Sharing Protocol",
        "deliverables",
    ),
    MarkSpec("skills", A.ENDORSE, "the ASEAN Digital Talent Initiative", "deliverables"),
    MarkSpec(
        "partners",
        A.NOTE,
        "the work plans for 2026 with the Dialogue Partners and the ITU",
        "partners",
    ),
    MarkSpec("jms", A.ADOPT, "the Joint Media Statement of the 6th ADGMIN", "jms"),
    MarkSpec(
        "next",
        A.NOTE,
        "the offer of Brunei Darussalam to host the 7th ADGMIN in January 2027",
        "next",
    ),
)
