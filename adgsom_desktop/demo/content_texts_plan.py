"""Demo: the draft ADM 2026-2030 Implementation Plan (ADGSOM/2026/DOC.05), rev. 2 and rev. 3.

Rev. 2 was circulated in November 2025, rev. 3 on 15 December 2025.  Between
them the Secretariat split, merged, moved and reworded paragraphs and added new
ones, so the two brackets the briefs speak of sit at paras. 39 and 45 in rev. 2
and at paras. 41 and 47 in rev. 3.  Paragraphs are numbered through the
document; the enabling actions are a table in the annex.
"""

from __future__ import annotations

from datetime import datetime

from ..domain.enums import AmendmentState, OutcomeDocKind, ParagraphStatus
from .content_texts import AmendmentSpec, DocumentSpec, Para, RevisionSpec, Row, Section, StatusSpec

TITLE = "Draft ASEAN Digital Masterplan 2026-2030: Implementation Plan"

_INTRO = (
    "The ASEAN Digital Masterplan 2026-2030 (ADM 2030) sets out the vision of ASEAN as a "
    "leading digital community and economic bloc, powered by secure and transformative "
    "digital services, technologies and ecosystem."
)

REV2: tuple[Section, ...] = (
    Section(
        "I. INTRODUCTION",
        (
            Para("intro", _INTRO),
            Para(
                "mandate",
                "This Implementation Plan was prepared by the ASEAN Secretariat pursuant to the "
                "mandate of the 5th ADGMIN held in Bangkok in January 2025, which tasked ADGSOM "
                "to develop the successor to the ASEAN Digital Masterplan 2025.",
            ),
            Para(
                "lessons",
                "It builds on the lessons of the ADM 2025 completion report, in particular the "
                "need for fewer and better-defined enabling actions, each with a lead and a "
                "realistic timeline.",
            ),
            Para(
                "scope",
                "The Plan covers the period 2026 to 2030 and applies to the work of ADGSOM, its "
                "working groups and the ASEAN Telecommunications Regulators' Council.",
            ),
            Para(
                "coherence",
                "The Plan is coherent with the ASEAN Community Vision 2045, the AEC Strategic "
                "Plan 2026-2030 and the Digital Economy Framework Agreement.",
            ),
            Para(
                "structure",
                "Part II recalls the desired outcomes; Part III lists the enabling actions; Parts "
                "IV to VI set out implementation, resourcing and review.",
            ),
        ),
    ),
    Section(
        "II. VISION AND DESIRED OUTCOMES",
        (
            Para(
                "do1",
                "Desired Outcome 1: actions that speed up recovery and growth through digital "
                "technologies and services.",
            ),
            Para(
                "do2",
                "Desired Outcome 2: increased quality and coverage of fixed and mobile broadband "
                "infrastructure, including in remote and rural areas.",
            ),
            Para(
                "do3",
                "Desired Outcome 3: the delivery of trusted digital services and the prevention of "
                "consumer harm. Member States will strengthen cooperation on data protection, "
                "cybersecurity and consumer protection online.",
            ),
            Para(
                "do4",
                "Desired Outcome 4: a sustainable, competitive market for the supply of digital "
                "services.",
            ),
            Para(
                "do5",
                "Desired Outcome 5: increased quality and use of e-government services.",
            ),
            Para(
                "do6",
                "Desired Outcome 6: digital services to connect business and to facilitate "
                "cross-border trade, including digital identity and electronic signatures.",
            ),
            Para(
                "do7",
                "Desired Outcome 7: increased capability for business and people to participate in "
                "the digital economy.",
            ),
            Para(
                "do8",
                "Desired Outcome 8: a digitally inclusive society in ASEAN.",
            ),
            Para(
                "kpi",
                "Each desired outcome is measured by the key performance indicators of the "
                "monitoring and evaluation framework (ADGSOM/2026/DOC.06).",
            ),
            Para(
                "phasing",
                "Actions are phased to take into account the different levels of digital "
                "development of Member States.",
            ),
        ),
    ),
    Section(
        "III. ENABLING ACTIONS BY DESIRED OUTCOME",
        (
            Para(
                "ea_growth",
                "Under Desired Outcome 1, Member States will promote the adoption of digital "
                "technologies by micro, small and medium enterprises, with the support of "
                "Dialogue Partners.",
            ),
            Para(
                "ea_cables",
                "Under Desired Outcome 2, Member States will cooperate on the resilience of "
                "submarine cables and landing stations, and on the harmonisation of spectrum for "
                "5G and 6G.",
            ),
            Para(
                "ea_trust",
                "Under Desired Outcome 3, Member States will develop a regional framework for "
                "digital trust, covering online harms and consumer protection.",
            ),
            Para(
                "ea_cert",
                "The ASEAN Regional CERT will coordinate joint incident response exercises among "
                "national CERTs every year.",
            ),
            Para(
                "ea_data",
                "The Working Group on Digital Data Governance will maintain the ASEAN Model "
                "Contractual Clauses and pilot a certification for cross-border data flows.",
            ),
            Para(
                "ea_ai",
                "Member States will implement the ASEAN Guide on AI Governance and Ethics.",
            ),
            Para(
                "ea_market",
                "Under Desired Outcome 4, regulators will exchange practices on competition in "
                "digital markets and on the treatment of over-the-top services.",
            ),
            Para(
                "ea_egov",
                "Under Desired Outcome 5, Member States will share practices on digital public "
                "infrastructure and whole-of-government platforms.",
            ),
            Para(
                "ea_id",
                "Under Desired Outcome 6, Member States will study the mutual recognition of "
                "digital identity and electronic signatures.",
            ),
            Para(
                "ea_trade",
                "They will also support the paperless exchange of trade documents through the "
                "ASEAN Single Window.",
            ),
            Para(
                "ea_skills",
                "Under Desired Outcome 7, Member States will launch the ASEAN Digital Talent "
                "Initiative for the young workforce.",
            ),
            Para(
                "ea_survey",
                "The regional survey on youth digital skills will be repeated in 2028 to measure "
                "progress.",
            ),
            Para(
                "ea_inclusion",
                "Under Desired Outcome 8, Member States will promote digital inclusion of older "
                "persons, women and persons with disabilities.",
            ),
            Para(
                "ea_green",
                "Member States will promote green data centres and the reduction of electronic "
                "waste.",
            ),
            Para(
                "ea_pqc",
                "A readiness study on post-quantum cryptography will be conducted by 2027.",
            ),
            Para(
                "ea_index",
                "The ASEAN Digital Index will be published every two years.",
            ),
        ),
    ),
    Section(
        "IV. IMPLEMENTATION ARRANGEMENTS",
        (
            Para(
                "impl_som",
                "ADGSOM oversees the implementation of the Plan and reports to the ADGMIN every "
                "year.",
            ),
            Para(
                "impl_leads",
                "Each enabling action has one or more lead shepherds among the Member States, "
                "listed in the Annex.",
            ),
            Para(
                "impl_asec",
                "The ASEAN Secretariat supports the lead shepherds and keeps the list of actions "
                "up to date.",
            ),
            Para(
                "impl_sectors",
                "Actions that concern other sectoral bodies are carried out in coordination with "
                "them through the ASEAN Secretariat.",
            ),
            Para(
                "impl_partners",
                "Dialogue Partners, the private sector and academia are invited to contribute to "
                "the actions through the ADGSOM+ and ADGMIN+ meetings.",
            ),
            Para(
                "impl_rules",
                "New actions may be added by ADGSOM by consensus.",
            ),
        ),
    ),
    Section(
        "V. RESOURCING",
        (
            Para(
                "resourcing",
                "Implementation of the Plan shall be supported by [TH: dedicated funding lines "
                "under the ASEAN Digital Fund][SG: existing resources of Member States and "
                "Dialogue Partners, where available].",
            ),
            Para(
                "fund",
                "The ASEAN Digital Fund will continue to finance regional projects selected by "
                "ADGSOM each year.",
            ),
            Para(
                "in_kind",
                "Member States may contribute in kind, including by hosting events and providing "
                "experts.",
            ),
            Para(
                "partners_fund",
                "Projects with Dialogue Partners follow the guidelines of each cooperation fund.",
            ),
            Para(
                "proposals",
                "Project proposals are submitted through the ASEAN Secretariat by 30 June of each "
                "year.",
            ),
        ),
    ),
    Section(
        "VI. MONITORING, REVIEW AND EVALUATION",
        (
            Para(
                "me",
                "Progress is measured against the key performance indicators of the monitoring "
                "and evaluation framework.",
            ),
            Para(
                "review",
                "ADGSOM will review the Plan through [an annual progress report][a mid-term "
                "review in 2028].",
            ),
            Para(
                "final_eval",
                "A final evaluation will be carried out in 2030 to inform the successor plan.",
            ),
            Para(
                "report_min",
                "The results of the reviews are reported to the ADGMIN.",
            ),
            Para(
                "update",
                "The Annex may be updated by ADGSOM without reopening the Plan.",
            ),
        ),
    ),
    Section(
        "VII. FINAL PROVISIONS",
        (
            Para(
                "entry",
                "This Plan takes effect upon its adoption by the ADGMIN.",
            ),
            Para(
                "language",
                "This Plan is done in the English language.",
            ),
        ),
    ),
    Section(
        "ANNEX: ENABLING ACTIONS, LEADS AND TIMELINES",
        (
            Row("row_head", ("Action", "Enabling action", "Lead", "Timeline")),
            Row(
                "row_31", ("EA 3.1", "Regional framework for digital trust", "TH, MY", "2026-2027")
            ),
            Row("row_32", ("EA 3.2", "Joint incident response exercises", "SG", "Every year")),
            Row("row_33", ("EA 3.3", "Anti-scam cooperation", "MY, TH", "2026-2030")),
            Row("row_61", ("EA 6.1", "Digital identity study", "TH", "2026-2027")),
            Row("row_71", ("EA 7.1", "ASEAN Digital Talent Initiative", "PH, TH", "2026-2028")),
            Row("row_81", ("EA 8.1", "Digital inclusion programme", "VN", "2026-2030")),
        ),
    ),
)


def _rev3() -> tuple[Section, ...]:
    intro, do, ea, impl, res, me, final, annex = REV2
    return (
        intro.replace(
            "lessons",
            Para(
                "lessons",
                "It builds on the lessons of the ADM 2025 completion report, in particular the "
                "need for fewer and better-defined enabling actions, each with a lead shepherd, "
                "a realistic timeline and an indicator.",
            ),
        ),
        # DO3 split in two; our anti-scam wording taken in (as Singapore worded it).
        do.replace(
            "do3",
            Para(
                "do3",
                "Desired Outcome 3: the delivery of trusted digital services and the prevention of "
                "consumer harm, including online harms such as scams and fraud.",
            ),
            Para(
                "do3b",
                "Member States will strengthen cooperation on data protection, cybersecurity and "
                "consumer protection online.",
            ),
        ),
        # generative AI added after the AI guide; CERT exercises moved to implementation;
        # ID study and trade documents merged.
        ea.replace(
            "ea_ai",
            Para(
                "ea_ai",
                "Member States will implement the ASEAN Guide on AI Governance and Ethics and its "
                "Expanded Guide on Generative AI.",
            ),
            Para(
                "ea_genai",
                "A Working Group on AI Governance will be established to coordinate the work on "
                "generative AI, subject to the adoption of its terms of reference.",
            ),
        )
        .without("ea_cert")
        .replace(
            "ea_id",
            Para(
                "ea_id",
                "Under Desired Outcome 6, Member States will study the mutual recognition of "
                "digital identity and electronic signatures, and support the paperless exchange "
                "of trade documents through the ASEAN Single Window.",
            ),
        )
        .without("ea_trade"),
        impl.replace(
            "impl_asec",
            impl.get("impl_asec"),
            Para(
                "ea_cert",
                "The ASEAN Regional CERT will coordinate joint incident response exercises among "
                "national CERTs every year, in coordination with existing drills.",
            ),
            Para(
                "impl_dashboard",
                "The ASEAN Secretariat will keep an online dashboard of the progress of each "
                "action, open to all Member States.",
            ),
        ),
        res,
        me.replace(
            "final_eval",
            Para(
                "final_eval",
                "A final evaluation will be carried out in 2030 to inform the successor to this "
                "Plan.",
            ),
        ),
        final,
        annex.replace(
            "row_33",
            Row(
                "row_33",
                (
                    "EA 3.3",
                    "Anti-scam cooperation, incl. Rapid Takedown Protocol",
                    "MY, TH",
                    "2026-2030",
                ),
            ),
        ),
    )


REV3: tuple[Section, ...] = _rev3()


PLAN = DocumentSpec(
    meeting_key="som6",
    item_key="adm2030",
    kind=OutcomeDocKind.IMPLEMENTATION_PLAN,
    title=TITLE,
    symbol="ADGSOM/2026/DOC.05",
    revisions=(
        RevisionSpec(
            "Rev. 2", "ADGSOM-2026-DOC05-ADM-IP-rev2.docx", REV2, datetime(2025, 11, 14, 10)
        ),
        RevisionSpec(
            "Rev. 3", "ADGSOM-2026-DOC05-ADM-IP-rev3.docx", REV3, datetime(2025, 12, 15, 10)
        ),
    ),
    amendments=(
        AmendmentSpec(
            "Rev. 2",
            "do3",
            "Desired Outcome 3: the delivery of trusted digital services and the prevention of "
            "consumer harm, including online scams and fraud. Member States will strengthen "
            "cooperation on data protection, cybersecurity and consumer protection online.",
            "Our red line: online scams and fraud named in ADM 2030 (non-paper of 19 December).",
            "adm2030",
            AmendmentState.ACCEPTED_WITH_CHANGES,
            'Rev. 3: "including online harms such as scams and fraud" (Singapore\'s wording); '
            "acceptable under our first fallback.",
        ),
        AmendmentSpec(
            "Rev. 2",
            "ea_cert",
            "The ASEAN Regional CERT will coordinate joint incident response exercises among "
            "national CERTs every year, starting with an exercise hosted by Thailand in Bangkok "
            "in 2026.",
            "Thailand's offer (NCSA) to host the regional exercise.",
            "cyber",
            AmendmentState.REJECTED,
            "No national offers in the Plan (Singapore, supported by the Chair); the offer is "
            "welcomed in the report of the meeting instead.",
        ),
        AmendmentSpec(
            "Rev. 3",
            "resourcing",
            "Implementation of the Plan shall be supported by the ASEAN Digital Fund, Dialogue "
            "Partners and other sources, where available.",
            "The Chair's compromise (our third fallback): every action keeps a lead and a budget "
            "line, without new funding commitments.",
            "adm2030",
            AmendmentState.ACCEPTED,
            "Agreed at the 6th ADGSOM, 12 January, 16:55.",
        ),
        AmendmentSpec(
            "Rev. 3",
            "review",
            "ADGSOM will review the Plan through a mid-term review in 2028, with a light annual "
            "progress report.",
            "Our opening position: a mid-term review in 2028 lets the Plan adjust to new "
            "technologies such as generative AI.",
            "adm2030",
            AmendmentState.ACCEPTED_WITH_CHANGES,
            "The Chair's landing zone: a mid-term review in 2028 and an online dashboard kept "
            "by ASEC instead of the annual report.",
        ),
    ),
    all_agreed_on="Rev. 3",
    statuses=(
        StatusSpec(
            "Rev. 3",
            "resourcing",
            ParagraphStatus.AGREED,
            "Bracket lifted on the Chair's text (\"the ASEAN Digital Fund, Dialogue Partners and "
            'other sources, where available"), 12 Jan 16:55.',
        ),
        StatusSpec(
            "Rev. 3",
            "review",
            ParagraphStatus.AGREED,
            "Bracket lifted: mid-term review in 2028 plus an online dashboard kept by ASEC; "
            "Singapore could accept (12 Jan 16:45).",
        ),
    ),
)
