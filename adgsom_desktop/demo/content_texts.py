"""Demo: negotiated texts, their revisions, our amendments and their fate.

Two outcome documents of the 6th ADGSOM, each in rev. 2 and rev. 3, written
as Word files by the demo writer and imported through the service like any
circulated draft: the ADM 2026-2030 Implementation Plan
(``content_texts_plan.py``) and the draft Joint Media Statement of the 6th
ADGMIN (here).  Rev. 3 of the statement carries delegations' comments as
tracked changes (``{+SG: added+}``, ``{-SG: deleted-}``) and brackets.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from ..domain.enums import AmendmentState, OutcomeDocKind, ParagraphStatus


@dataclass(frozen=True)
class Para:
    key: str
    text: str  # {+XX: inserted+} / {-XX: deleted-}: tracked changes by delegation XX
    status_mark: str = ""  # "(Agreed ad ref)" as the Secretariat marks it


@dataclass(frozen=True)
class Row:
    key: str
    cells: tuple[str, ...]


Item = Para | Row


@dataclass(frozen=True)
class Section:
    heading: str
    items: tuple[Item, ...]

    def get(self, key: str) -> Para:
        found = next(i for i in self.items if i.key == key)
        assert isinstance(found, Para)
        return found

    def replace(self, key: str, *new: Item) -> Section:
        out: list[Item] = []
        for i in self.items:
            out.extend(new if i.key == key else (i,))
        return replace(self, items=tuple(out))

    def without(self, key: str) -> Section:
        return replace(self, items=tuple(i for i in self.items if i.key != key))

    def marked(self, mark: str, *keys: str) -> Section:
        return replace(
            self,
            items=tuple(
                replace(i, status_mark=mark) if isinstance(i, Para) and i.key in keys else i
                for i in self.items
            ),
        )


# Authors of tracked changes, as Word records them on the delegations' laptops.
AUTHORS = {
    "SG": "Singapore (IMDA)",
    "MY": "Malaysia - MCMC",
    "PH": "DICT Philippines",
    "VN": "Viet Nam (MIC)",
}


@dataclass(frozen=True)
class RevisionSpec:
    label: str
    file_name: str
    sections: tuple[Section, ...]
    circulated: datetime


@dataclass(frozen=True)
class AmendmentSpec:
    on: str  # revision label it was written on
    para: str  # paragraph key
    text: str  # our text for the paragraph (or the new paragraph)
    rationale: str
    item: str  # item key (som6)
    state: AmendmentState
    note: str = ""
    new_paragraph: bool = False


@dataclass(frozen=True)
class StatusSpec:
    on: str
    para: str
    status: ParagraphStatus
    note: str = ""


@dataclass(frozen=True)
class DocumentSpec:
    meeting_key: str
    item_key: str
    kind: OutcomeDocKind
    title: str
    symbol: str
    revisions: tuple[RevisionSpec, ...]
    amendments: tuple[AmendmentSpec, ...]
    statuses: tuple[StatusSpec, ...] = ()
    all_agreed_on: str = ""  # every paragraph of this revision agreed (then ``statuses``)


# -- the draft Joint Media Statement of the 6th ADGMIN -------------------------------

JMS_TITLE = "Draft Joint Media Statement of the 6th ASEAN Digital Ministers' Meeting"

_JMS2 = (
    Section(
        "JOINT MEDIA STATEMENT OF THE SIXTH ASEAN DIGITAL MINISTERS' MEETING",
        (
            Para(
                "held",
                "The Sixth ASEAN Digital Ministers' Meeting (6th ADGMIN) and its related meetings "
                "with Dialogue Partners were held on 15-16 January 2026 in Hà Nội, Viet Nam, "
                "chaired by the Minister of Science and Technology of Viet Nam.",
            ),
            Para(
                "adm2030",
                "The Ministers adopted the ASEAN Digital Masterplan 2026-2030 and its "
                "Implementation Plan, which set out ASEAN's digital agenda for the next five "
                "years.",
            ),
            Para(
                "adm2025",
                "The Ministers noted the completion report of the ASEAN Digital Masterplan 2025 "
                "and thanked the lead shepherds of its enabling actions.",
            ),
            Para(
                "data",
                "The Ministers welcomed the progress in digital data governance, including the "
                "2026 update of the Implementation Guide for the ASEAN Model Contractual Clauses "
                "and the pilot certification for cross-border data flows.",
            ),
            Para(
                "ai",
                "The Ministers endorsed the Terms of Reference of the ASEAN Working Group on AI "
                "Governance and tasked it to support Member States in implementing the ASEAN "
                "Guide on AI Governance and Ethics.",
            ),
            Para(
                "trust",
                "The Ministers underlined the importance of digital trust. They committed to "
                "strengthen cooperation against online harms, including scams and fraud, and to "
                "protect consumers online.",
            ),
            Para(
                "cert",
                "The Ministers welcomed the annual report of the ASEAN Regional CERT and the joint "
                "incident response exercises held every year.",
            ),
            Para(
                "offers",
                "The Ministers welcomed the offers of Member States to host capacity-building "
                "activities in 2026.",
            ),
            Para(
                "skills",
                "The Ministers launched the ASEAN Digital Talent Initiative to prepare the young "
                "workforce for the digital economy.",
            ),
            Para(
                "inclusion",
                "The Ministers encouraged the digital inclusion of older persons, women and "
                "persons with disabilities.",
            ),
            Para(
                "defa",
                "The Ministers looked forward to the conclusion of the negotiations on the ASEAN "
                "Digital Economy Framework Agreement and to its implementation.",
            ),
            Para(
                "spectrum",
                "The Ministers noted the work of the ASEAN Telecommunications Regulators' Council "
                "on spectrum for 5G and 6G and on the resilience of submarine cables.",
            ),
            Para(
                "japan",
                "The Ministers welcomed the ASEAN-Japan Digital Work Plan 2026 adopted at the 6th "
                "ADGMIN+Japan.",
            ),
            Para(
                "korea",
                "The Ministers welcomed the ASEAN-Korea Digital Work Plan 2026 adopted at the 6th "
                "ADGMIN+ROK.",
            ),
            Para(
                "others",
                "The Ministers appreciated the cooperation with China, India, the European Union, "
                "the United States and the ITU.",
            ),
            Para(
                "next",
                "The Ministers agreed to convene the 7th ADGMIN in Brunei Darussalam in January "
                "2027.",
            ),
            Para(
                "thanks",
                "The Ministers expressed their appreciation to the Government and people of Viet "
                "Nam for the warm hospitality and the excellent arrangements of the Meeting.",
            ),
        ),
    ),
)

_AD_REF = "(Agreed ad ref)"


def _jms3() -> tuple[Section, ...]:
    (body,) = _JMS2
    body = (
        body.replace(
            "data",
            Para(
                "data",
                "The Ministers welcomed the progress in digital data governance, including the "
                "2026 update of the Implementation Guide for the ASEAN Model Contractual Clauses "
                "and the pilot certification for cross-border data flows{+MY: , and encouraged "
                "Member States to join it+}.",
            ),
        )
        .replace(
            "ai",
            Para(
                "ai",
                "The Ministers endorsed the Terms of Reference of the ASEAN Working Group on AI "
                "Governance, which [shall / should] support Member States in implementing the "
                "ASEAN Guide on AI Governance and Ethics and its Expanded Guide on Generative AI.",
            ),
        )
        # the digital trust paragraph split; our anti-scam paragraph taken in after it
        .replace(
            "trust",
            Para("trust", "The Ministers underlined the importance of digital trust."),
            Para(
                "trust2",
                "They committed to strengthen cooperation against online harms, including scams "
                "and fraud, and to protect consumers online.",
            ),
            Para(
                "scam",
                "The Ministers welcomed the adoption of the ASEAN Rapid Takedown and "
                "Information-Sharing Protocol and tasked the ASEAN Working Group on Anti-Online "
                "Scam to report on its implementation to the 7th ADGMIN.",
            ),
        )
        .replace(
            "cert",
            Para(
                "cert",
                "The Ministers welcomed the annual report of the ASEAN Regional CERT and the joint "
                "incident response exercises {-SG: held every year-}{+SG: held regularly, in "
                "coordination with existing drills+}.",
            ),
        )
        .replace(
            "offers",
            Para(
                "offers",
                "The Ministers welcomed [TH: Thailand's offer to host a regional cyber incident "
                "response exercise in Bangkok in 2026][SG: the offers of Member States to host "
                "capacity-building activities in 2026].",
            ),
        )
        .replace(
            "skills",
            Para(
                "skills",
                "The Ministers launched the ASEAN Digital Talent Initiative to prepare the young "
                "workforce {+PH: and the youth of ASEAN +}for the digital economy.",
            ),
        )
        # Japan and Korea in one paragraph
        .replace(
            "japan",
            Para(
                "japan",
                "The Ministers welcomed the ASEAN-Japan and ASEAN-Korea Digital Work Plans 2026 "
                "adopted at the 6th ADGMIN+Japan and the 6th ADGMIN+ROK.",
            ),
        )
        .without("korea")
        # thanks before the next meeting
        .without("next")
        .replace("thanks", body.get("thanks"), body.get("next"))
    )
    agreed = (
        "held", "adm2030", "adm2025", "trust", "trust2", "scam", "inclusion", "defa",
        "spectrum", "japan", "others", "thanks", "next",
    )  # fmt: skip
    return (body.marked(_AD_REF, *agreed),)


JMS = DocumentSpec(
    meeting_key="som6",
    item_key="jms",
    kind=OutcomeDocKind.JOINT_MEDIA_STATEMENT,
    title=JMS_TITLE,
    symbol="ADGSOM/2026/DOC.18",
    revisions=(
        RevisionSpec("Rev. 2", "ADGSOM-2026-DOC18-JMS-rev2.docx", _JMS2, datetime(2026, 1, 8, 9)),
        RevisionSpec(
            "Rev. 3", "ADGSOM-2026-DOC18-JMS-rev3.docx", _jms3(), datetime(2026, 1, 14, 18)
        ),
    ),
    amendments=(
        AmendmentSpec(
            "Rev. 2",
            "trust",
            "The Ministers welcomed the adoption of the ASEAN Rapid Takedown and "
            "Information-Sharing Protocol and tasked the ASEAN Working Group on Anti-Online Scam "
            "to report on its implementation to the 7th ADGMIN.",
            "Anti-scam cooperation is the Ministers' main new deliverable (item 5.1); a JMS "
            "silent on scams is our red line.",
            "jms",
            AmendmentState.ACCEPTED,
            "Taken in by the host in rev. 3 (new paragraph after the digital trust paragraph).",
            new_paragraph=True,
        ),
        AmendmentSpec(
            "Rev. 2",
            "ai",
            "The Ministers endorsed the Terms of Reference of the ASEAN Working Group on AI "
            "Governance and tasked it to support Member States in implementing the ASEAN Guide "
            "on AI Governance and Ethics, and welcomed Thailand's offer to host an AI "
            "capacity-building workshop in 2026.",
            "Recognition of Thailand's offer under item 4.3.",
            "ai",
            AmendmentState.WITHDRAWN,
            "Withdrawn at the read-through (13 Jan): Singapore wants fewer national offers; "
            "folded into our text on the offers paragraph.",
        ),
        AmendmentSpec(
            "Rev. 3",
            "offers",
            "The Ministers welcomed the offers of Member States to host capacity-building "
            "activities in 2026, including Thailand's offer to host a regional cyber incident "
            "response exercise in Bangkok.",
            "Bridges the two bracketed options: Singapore's generic reference, with our offer "
            "named once (fallback agreed with the HoD).",
            "cyber",
            AmendmentState.TO_TABLE,
        ),
        AmendmentSpec(
            "Rev. 3",
            "ai",
            "The Ministers endorsed the Terms of Reference of the ASEAN Working Group on AI "
            "Governance, which will support Member States in implementing the ASEAN Guide on AI "
            "Governance and Ethics and its Expanded Guide on Generative AI.",
            '"will" reads as a commitment without the legal weight of "shall"; both camps can '
            "accept it.",
            "ai",
            AmendmentState.TABLED,
            "Sent to the host secretariat with our final comments, 14 Jan 20:40.",
        ),
    ),
)


def documents() -> tuple[DocumentSpec, ...]:
    from .content_texts_plan import PLAN

    return (PLAN, JMS)
