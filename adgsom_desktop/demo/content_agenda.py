"""Demo content, part 3: the agenda of every meeting (hierarchical, numbered by the app)."""

from __future__ import annotations

from ..domain.enums import Purpose
from .content import AgendaSpec, ItemSpec

INFO = Purpose.INFORMATION
DISC = Purpose.DISCUSSION
ENDO = Purpose.ENDORSEMENT
DEC = Purpose.DECISION
ADOP = Purpose.ADOPTION


def _doc(n: int, title: str, year: int = 2026, body: str = "ADGSOM") -> tuple[str, str]:
    return (f"{body}/{year}/DOC.{n:02d}", title)


# -- 2025, Bangkok ----------------------------------------------------------------

SOM5 = AgendaSpec(
    "som5",
    (
        ItemSpec("open", "Opening of the Meeting", INFO, "TH", "Chair (Thailand)", 15),
        ItemSpec(
            "agenda",
            "Adoption of the Agenda and Business Arrangements",
            ADOP,
            "TH",
            "",
            5,
            documents=(_doc(1, "Provisional Agenda", 2025),),
        ),
        ItemSpec(
            "adm",
            "ASEAN Digital Masterplan",
            DISC,
            "ASEC",
            "",
            None,
            children=(
                ItemSpec(
                    "adm2025",
                    "Implementation of the ASEAN Digital Masterplan 2025: progress report",
                    INFO,
                    "ASEC",
                    "",
                    25,
                    documents=(_doc(3, "ADM 2025 Progress Report (as at December 2024)", 2025),),
                ),
                ItemSpec(
                    "adm_tor",
                    "Development of the ASEAN Digital Masterplan 2026-2030: terms "
                    "of reference and timeline",
                    ENDO,
                    "ASEC",
                    "ASEC with the consultant",
                    40,
                    description="Terms of reference for the successor masterplan; drafting "
                    "through 2025 for adoption at the 6th ADGMIN.",
                    documents=(_doc(4, "Draft Terms of Reference for ADM 2026-2030", 2025),),
                ),
            ),
        ),
        ItemSpec(
            "ai",
            "Expanded ASEAN Guide on AI Governance and Ethics: Generative AI",
            ENDO,
            "SG",
            "",
            30,
            documents=(
                _doc(
                    5,
                    "Draft Expanded ASEAN Guide on AI Governance and Ethics - Generative AI",
                    2025,
                ),
            ),
        ),
        ItemSpec(
            "safety",
            "Digital safety and security",
            DISC,
            "",
            "",
            None,
            children=(
                ItemSpec(
                    "scam",
                    "Work Plan of the ASEAN Working Group on Anti-Online Scam (2025-2026)",
                    ENDO,
                    "MY",
                    "",
                    35,
                    documents=(_doc(6, "Draft Work Plan of the WG-AS", 2025),),
                ),
                ItemSpec(
                    "cyber",
                    "ASEAN Regional CERT: operational update",
                    INFO,
                    "SG",
                    "Singapore and Malaysia",
                    15,
                ),
            ),
        ),
        ItemSpec(
            "ddg",
            "Digital Data Governance: implementation of the ASEAN Model Contractual Clauses",
            INFO,
            "SG",
            "WG-DDG Chair (Singapore)",
            20,
            documents=(_doc(7, "Report of the Working Group on Digital Data Governance", 2025),),
        ),
        ItemSpec(
            "esig",
            "Proposal for a study on mutual recognition of electronic signatures and digital ID",
            ENDO,
            "TH",
            "Thailand (ETDA)",
            20,
            documents=(_doc(8, "Concept note by Thailand", 2025),),
        ),
        ItemSpec(
            "skills",
            "Digital skills for youth: regional survey proposal",
            ENDO,
            "TH",
            "Thailand and the Philippines",
            15,
        ),
        ItemSpec(
            "adgmin",
            "Preparations for the 5th ADGMIN",
            DEC,
            "TH",
            "",
            30,
            documents=(_doc(9, "Draft Joint Media Statement of the 5th ADGMIN", 2025),),
        ),
        ItemSpec("next", "Date and Venue of the 6th ADGSOM", DEC, "VN", "", 5),
    ),
)

JP5 = AgendaSpec(
    "jp5",
    (
        ItemSpec("agenda", "Adoption of the Agenda", ADOP, "", "Co-chairs", 5),
        ItemSpec(
            "wp2025",
            "ASEAN-Japan Digital Work Plan 2025",
            ENDO,
            "JP",
            "",
            40,
            documents=(("ADGSOM+JP/2025/DOC.02", "Draft ASEAN-Japan Digital Work Plan 2025"),),
        ),
        ItemSpec("other", "Other Matters", INFO, "", "", 10),
    ),
)

MIN5 = AgendaSpec(
    "min5",
    (
        ItemSpec("agenda", "Adoption of the Agenda", ADOP, "TH", "", 5),
        ItemSpec("report", "Report of the 5th ADGSOM", ENDO, "TH", "ADGSOM Chair", 20),
        ItemSpec(
            "ai",
            "Endorsement of the Expanded ASEAN Guide on AI Governance and Ethics - Generative AI",
            ENDO,
            "SG",
            "",
            15,
        ),
        ItemSpec("jms", "Adoption of the Joint Media Statement", ADOP, "TH", "", 15),
    ),
)

# -- 2026, Hanoi ------------------------------------------------------------------

SOM6 = AgendaSpec(
    "som6",
    (
        ItemSpec(
            "open",
            "Opening of the Meeting",
            INFO,
            "VN",
            "Chair (Viet Nam)",
            15,
            description="Welcome remarks by the Chair; remarks by the Deputy Secretary-"
            "General of ASEAN for the ASEAN Economic Community.",
        ),
        ItemSpec(
            "agenda",
            "Adoption of the Agenda and Business Arrangements",
            ADOP,
            "VN",
            "",
            5,
            documents=(_doc(1, "Provisional Agenda"), _doc(2, "Business Arrangements")),
        ),
        ItemSpec(
            "adm",
            "ASEAN Digital Masterplan",
            DISC,
            "ASEC",
            "",
            None,
            children=(
                ItemSpec(
                    "adm2025",
                    "ASEAN Digital Masterplan 2025: final review and completion report",
                    ENDO,
                    "ASEC",
                    "",
                    30,
                    description="Completion report on the 8 Desired Outcomes and 37 Enabling "
                    "Actions, with lessons learned for the successor plan.",
                    documents=(_doc(3, "ADM 2025 Completion Report"),),
                    source=("som5", "adm2025"),
                ),
                ItemSpec(
                    "adm2030p",
                    "ASEAN Digital Masterplan 2026-2030",
                    ENDO,
                    "ASEC",
                    "",
                    None,
                    source=("som5", "adm_tor"),
                    children=(
                        ItemSpec(
                            "adm2030",
                            "Draft ASEAN Digital Masterplan 2026-2030 and its Implementation Plan",
                            ENDO,
                            "ASEC",
                            "ASEC and Viet Nam (Chair)",
                            60,
                            description="For endorsement and submission to the 6th ADGMIN for "
                            "adoption. Two brackets remain in the Implementation Plan "
                            "(resourcing; review cycle).",
                            documents=(
                                _doc(4, "Draft ASEAN Digital Masterplan 2026-2030 (rev. 3)"),
                                _doc(5, "Draft ADM 2026-2030 Implementation Plan"),
                            ),
                        ),
                        ItemSpec(
                            "adm_me",
                            "Monitoring and evaluation framework and key performance indicators",
                            DISC,
                            "ASEC",
                            "",
                            30,
                            documents=(_doc(6, "Draft ADM 2026-2030 M&E Framework"),),
                        ),
                    ),
                ),
            ),
        ),
        ItemSpec(
            "frameworks",
            "Regional frameworks and policy harmonisation",
            DISC,
            "",
            "",
            None,
            children=(
                ItemSpec(
                    "defa",
                    "ASEAN Digital Economy Framework Agreement (DEFA): digital "
                    "aspects and implementation readiness",
                    DISC,
                    "ASEC",
                    "ASEC (AECC track briefing)",
                    30,
                    documents=(_doc(7, "Note by ASEC on DEFA and the digital sector"),),
                ),
                ItemSpec(
                    "ddg",
                    "Report of the Working Group on Digital Data Governance",
                    ENDO,
                    "SG",
                    "WG-DDG Chair (Singapore)",
                    25,
                    description="Includes the cross-border data flows certification pilot and "
                    "the updated Implementation Guide for the ASEAN Model Contractual Clauses.",
                    documents=(
                        _doc(8, "Report of the 6th WG-DDG"),
                        _doc(9, "ASEAN MCC Implementation Guide, 2026 update"),
                    ),
                    source=("som5", "ddg"),
                ),
                ItemSpec(
                    "ai",
                    "ASEAN Guide on AI Governance and Ethics and the Expanded Guide on "
                    "Generative AI: implementation and proposed Working Group on AI Governance",
                    ENDO,
                    "SG",
                    "",
                    30,
                    documents=(
                        _doc(10, "Draft Terms of Reference, ASEAN Working Group on AI Governance"),
                    ),
                    source=("som5", "ai"),
                ),
            ),
        ),
        ItemSpec(
            "safety",
            "Digital safety, security and resilience",
            DISC,
            "",
            "",
            None,
            children=(
                ItemSpec(
                    "scam",
                    "Anti-scam and online fraud cooperation: report of the Working "
                    "Group on Anti-Online Scam and draft Rapid Takedown and Information-Sharing "
                    "Protocol",
                    DEC,
                    "MY",
                    "WG-AS Chair (Malaysia)",
                    45,
                    documents=(
                        _doc(11, "Report of the WG on Anti-Online Scam"),
                        _doc(12, "Draft ASEAN Rapid Takedown and Information-Sharing Protocol"),
                    ),
                    source=("som5", "scam"),
                ),
                ItemSpec(
                    "cyber",
                    "Cybersecurity: ASEAN Regional CERT and the cybersecurity "
                    "cooperation strategy 2026-2030",
                    INFO,
                    "SG",
                    "Singapore and Malaysia",
                    20,
                    documents=(_doc(13, "ASEAN Regional CERT: annual report 2025"),),
                    source=("som5", "cyber"),
                ),
            ),
        ),
        ItemSpec(
            "skills",
            "Digital skills, youth and the young workforce",
            ENDO,
            "PH",
            "Philippines with Thailand",
            25,
            description="Results of the regional youth digital skills survey (Thailand, the "
            "Philippines) and the proposed ASEAN Digital Talent Initiative.",
            documents=(_doc(14, "Regional Survey on Youth Digital Skills: summary report"),),
            source=("som5", "skills"),
        ),
        ItemSpec(
            "partners",
            "Cooperation with Dialogue Partners and ITU: work plans and projects for 2026",
            ENDO,
            "ASEC",
            "",
            40,
            documents=(
                _doc(
                    15,
                    "Consolidated partner work plans 2026 (Japan, ROK, China, India, EU, US, ITU)",
                ),
                _doc(16, "Project proposals under the ASEAN digital cooperation funds"),
            ),
        ),
        ItemSpec(
            "adgmin",
            "Preparations for the 6th ADGMIN",
            DEC,
            "VN",
            "",
            None,
            children=(
                ItemSpec(
                    "deliverables",
                    "ADGMIN 2026 deliverables",
                    DEC,
                    "VN",
                    "",
                    20,
                    documents=(_doc(17, "List of proposed ADGMIN deliverables"),),
                ),
                ItemSpec(
                    "jms",
                    "Draft Joint Media Statement of the 6th ADGMIN",
                    ENDO,
                    "VN",
                    "",
                    40,
                    documents=(_doc(18, "Draft Joint Media Statement (rev. 2)"),),
                ),
            ),
        ),
        ItemSpec(
            "next", "Date and Venue of the 7th ADGSOM and ADGMIN", DEC, "BN", "Brunei Darussalam", 5
        ),
        ItemSpec("other", "Other Matters", INFO, "", "", 10),
    ),
)

MIN6 = AgendaSpec(
    "min6",
    (
        ItemSpec("open", "Opening Ceremony and Keynote Address", INFO, "VN", "Host", 30),
        ItemSpec(
            "agenda",
            "Adoption of the Agenda",
            ADOP,
            "VN",
            "",
            5,
            documents=(("ADGMIN/2026/DOC.01", "Provisional Agenda"),),
        ),
        ItemSpec(
            "report",
            "Report of the 6th ADGSOM",
            ENDO,
            "VN",
            "ADGSOM Chair",
            20,
            documents=(("ADGMIN/2026/DOC.02", "Report of the 6th ADGSOM"),),
        ),
        ItemSpec(
            "adm",
            "ASEAN Digital Masterplan",
            DISC,
            "ASEC",
            "",
            None,
            children=(
                ItemSpec(
                    "adm2025",
                    "Completion of the ASEAN Digital Masterplan 2025",
                    INFO,
                    "ASEC",
                    "",
                    10,
                ),
                ItemSpec(
                    "adm2030",
                    "Adoption of the ASEAN Digital Masterplan 2026-2030",
                    ADOP,
                    "VN",
                    "",
                    30,
                    documents=(("ADGMIN/2026/DOC.03", "ASEAN Digital Masterplan 2026-2030"),),
                ),
            ),
        ),
        ItemSpec(
            "deliverables",
            "ADGMIN 2026 deliverables",
            ENDO,
            "VN",
            "",
            30,
            description="Rapid Takedown and Information-Sharing Protocol; ToR of the "
            "Working Group on AI Governance; ASEAN Digital Talent Initiative.",
        ),
        ItemSpec(
            "partners",
            "Cooperation with Dialogue Partners (ADGMIN+ meetings)",
            INFO,
            "ASEC",
            "",
            15,
        ),
        ItemSpec(
            "jms",
            "Adoption of the Joint Media Statement",
            ADOP,
            "VN",
            "",
            20,
            documents=(("ADGMIN/2026/DOC.05", "Draft Joint Media Statement"),),
        ),
        ItemSpec("next", "Date and Venue of the 7th ADGMIN", DEC, "BN", "", 5),
        ItemSpec("other", "Other Matters", INFO, "", "", 10),
    ),
)

JP6 = AgendaSpec(
    "jp6",
    (
        ItemSpec("open", "Opening Remarks by the Co-Chairs", INFO, "", "Viet Nam and Japan", 10),
        ItemSpec("agenda", "Adoption of the Agenda", ADOP, "", "", 5),
        ItemSpec(
            "review",
            "Review of ASEAN-Japan digital cooperation in 2025",
            INFO,
            "JP",
            "",
            15,
            documents=(("ADGSOM+JP/2026/DOC.03", "Progress report 2025"),),
        ),
        ItemSpec(
            "wp2026",
            "ASEAN-Japan Digital Work Plan 2026",
            ENDO,
            "JP",
            "",
            30,
            documents=(("ADGSOM+JP/2026/DOC.04", "Draft ASEAN-Japan Digital Work Plan 2026"),),
            source=("jp5", "wp2025"),
            children=(
                ItemSpec(
                    "scam_proj",
                    "Proposed project: anti-scam public awareness and capacity building",
                    ENDO,
                    "TH",
                    "Thailand with Japan",
                    10,
                ),
                ItemSpec(
                    "ai_safety",
                    "Proposed project: AI safety evaluation network",
                    DISC,
                    "JP",
                    "",
                    10,
                ),
            ),
        ),
        ItemSpec("other", "Other Matters", INFO, "", "", 5),
        ItemSpec("close", "Closing Remarks", INFO, "", "Co-chairs", 5),
    ),
)

KR6 = AgendaSpec(
    "kr6",
    (
        ItemSpec("open", "Opening Remarks by the Co-Chairs", INFO, "", "Viet Nam and ROK", 10),
        ItemSpec("agenda", "Adoption of the Agenda", ADOP, "", "", 5),
        ItemSpec(
            "progress", "Progress of ASEAN-ROK digital cooperation projects", INFO, "KR", "", 20
        ),
        ItemSpec(
            "wp2026",
            "ASEAN-ROK Digital Work Plan 2026",
            ENDO,
            "KR",
            "",
            25,
            documents=(("ADGSOM+KR/2026/DOC.04", "Draft ASEAN-ROK Digital Work Plan 2026"),),
        ),
        ItemSpec("ai_talent", "ASEAN-Korea AI talent programme: proposal", DISC, "KR", "", 10),
        ItemSpec("other", "Other Matters", INFO, "", "", 5),
    ),
)

ITU6 = AgendaSpec(
    "itu6",
    (
        ItemSpec("open", "Opening Remarks", INFO, "", "Viet Nam and ITU", 10),
        ItemSpec("agenda", "Adoption of the Agenda", ADOP, "", "", 5),
        ItemSpec(
            "regional",
            "ITU regional initiatives for Asia and the Pacific (2026-2029)",
            INFO,
            "ITU",
            "",
            15,
        ),
        ItemSpec(
            "projects",
            "ASEAN-ITU projects for 2026",
            ENDO,
            "ITU",
            "",
            30,
            children=(
                ItemSpec(
                    "cop",
                    "Regional workshop on child online protection",
                    ENDO,
                    "ITU",
                    "ITU; host to be confirmed (Thailand offered)",
                    10,
                ),
                ItemSpec(
                    "connect", "Measuring meaningful connectivity in ASEAN", ENDO, "ITU", "", 10
                ),
            ),
        ),
        ItemSpec("other", "Other Matters", INFO, "", "", 5),
    ),
)

EU6 = AgendaSpec(
    "eu6",
    (
        ItemSpec("open", "Opening Remarks", INFO, "", "Viet Nam and the EU", 10),
        ItemSpec("agenda", "Adoption of the Agenda", ADOP, "", "", 5),
        ItemSpec("partnership", "EU-ASEAN digital partnership: update", INFO, "EU", "", 15),
        ItemSpec("ai_reg", "Regulatory dialogue: AI regulation and governance", DISC, "EU", "", 20),
        ItemSpec("data_cyber", "Data flows and cybersecurity cooperation", DISC, "EU", "", 20),
        ItemSpec("wp2026", "ASEAN-EU digital cooperation activities 2026", ENDO, "EU", "", 15),
        ItemSpec("other", "Other Matters", INFO, "", "", 5),
    ),
)

JWG6 = AgendaSpec(
    "jwg6",
    (
        ItemSpec("agenda", "Adoption of the Agenda", ADOP, "", "Co-chairs", 5),
        ItemSpec("review", "Review of 2025 projects", INFO, "JP", "", 30),
        ItemSpec(
            "proposals",
            "Project proposals for 2026",
            DISC,
            "",
            "",
            None,
            children=(
                ItemSpec(
                    "ajccbc",
                    "Cybersecurity capacity building (AJCCBC) programme 2026",
                    ENDO,
                    "JP",
                    "",
                    20,
                ),
                ItemSpec("dfft", "Trusted data flows pilot", DISC, "JP", "", 20),
            ),
        ),
        ItemSpec("other", "Other Matters", INFO, "", "", 10),
    ),
)

GC6 = AgendaSpec(
    "gc6",
    (
        ItemSpec("agenda", "Adoption of the Agenda", ADOP, "", "Co-chairs", 5),
        ItemSpec("phase1", "Phase I results (2023-2025)", INFO, "KR", "", 25),
        ItemSpec(
            "phase2",
            "Proposal for Phase II (2026-2028)",
            DEC,
            "KR",
            "",
            35,
            documents=(("GC-KR/2026/DOC.03", "Phase II proposal and budget"),),
        ),
        ItemSpec("governance", "Budget and governance arrangements", DEC, "ASEC", "", 15),
        ItemSpec("other", "Other Matters", INFO, "", "", 5),
    ),
)

AGENDAS: tuple[AgendaSpec, ...] = (SOM5, JP5, MIN5, SOM6, JWG6, GC6, JP6, KR6, ITU6, EU6, MIN6)
