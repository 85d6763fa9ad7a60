"""Demo content, part 4: Thailand's briefs for the 6th ADGSOM (the heart of the pack).

Each brief has every section of a negotiating mandate (README: Prepare positions).  Some were
saved several times (``earlier`` holds what changed between versions), some are
approved by the head of delegation, some are still in review or in draft.
"""

from __future__ import annotations

from datetime import datetime as dt

from ..domain.enums import Authority, PositionStatus, Stance
from .content import PositionSpec, PositionText, Revision, TheirSpec

APPROVED = PositionStatus.APPROVED
REVIEW = PositionStatus.FOR_REVIEW
CONCEDE = Authority.HOD_MAY_CONCEDE
CAPITAL = Authority.REFER_TO_CAPITAL

# -- 3.1 ADM 2025 completion report ---------------------------------------------------

ADM2025 = PositionSpec(
    item=("som6", "adm2025"),
    owner_key="th_do1",
    saved_by="natthida.c",
    saved_at=dt(2025, 12, 22, 3, 40),
    status=APPROVED,
    approved_by_key="th_hod",
    approved_at=dt(2026, 1, 8, 2, 15),
    delivered=(
        (0, dt(2026, 1, 12, 9, 41)),
        (1, dt(2026, 1, 12, 9, 42)),
        (2, dt(2026, 1, 12, 9, 43)),
    ),
    earlier=(
        Revision(
            "natthida.c",
            dt(2025, 12, 2, 8, 5),
            (
                ("red_line", ""),
                ("defensive", ()),
            ),
        ),
    ),
    text=PositionText(
        objective="The Meeting endorses the ADM 2025 Completion Report for noting by ADGMIN, "
        "with Thailand's deliverables recorded accurately and the lessons-learned chapter "
        "carried into the ADM 2026-2030 Implementation Plan.",
        stance=Stance.SUPPORT,
        opening="Endorse the report as drafted, with two factual corrections on Thailand's "
        "deliverables read into the record.",
        fallbacks=(
            "Accept the report unchanged, with our corrections recorded in the Meeting's "
            "report instead of the text.",
            "Accept the report as drafted and send the corrections to ASEC in writing within "
            "two weeks.",
        ),
        red_line="The report must not record the e-signature and digital ID mutual "
        "recognition study as *not started*: it began in September 2025 and the inception "
        "report was circulated on 28 November.",
        authority=CONCEDE,
        points=(
            "Thailand thanks ASEC and the consultant for a thorough and candid completion report.",
            "We welcome that **31 of 37 Enabling Actions** are completed. The outstanding "
            "actions should be carried into the ADM 2026-2030 Implementation Plan, not dropped.",
            "Two factual corrections: the e-signature and digital ID mutual recognition study "
            "started in September 2025 (inception report circulated 28 November); the youth "
            "digital skills survey covered all eleven Member States.",
            "The lessons learned (fewer, measurable actions, each with a lead and resources) "
            "should shape the monitoring framework under item 3.2.b.",
        ),
        tactical="If others press for a more flattering tone, argue that a candid report "
        "strengthens the case for partner funding under ADM 2030.\n\n"
        "If ASEC resists the correction on the study, offer the inception report (ETDA has "
        "copies on USB) rather than argue over the rating.",
        their=(
            TheirSpec(
                "ASEC",
                "Keep the text unchanged to avoid another round of comments before ADGMIN.",
                "Accept corrections through the Meeting's report; factual points only.",
            ),
            TheirSpec(
                "LA",
                "Show capacity gaps as the main reason for incomplete actions.",
                "Support: it echoes our call for capacity building in ADM 2030.",
            ),
            TheirSpec(
                "SG",
                "Use the report to argue for measurable KPIs in ADM 2030.",
                "Agree, and link to item 3.2.b.",
            ),
        ),
        defensive=(
            (
                "Why is Thailand's e-signature study late?",
                "Its scope was widened to digital ID at Member States' request; the final report "
                "is due in the second quarter of 2026.",
            ),
            (
                "Will Thailand lead any of the carried-over actions?",
                "We are ready to keep co-leading the anti-scam and digital skills actions; any new "
                "lead role needs approval in capital.",
            ),
        ),
        press_line="Thailand welcomes the completion of the ASEAN Digital Masterplan 2025, "
        "which has strengthened digital trust, skills and connectivity across ASEAN.",
        background_releasable="ADM 2025 was adopted at the 1st ADGMIN in January 2021 with "
        "8 Desired Outcomes and 37 Enabling Actions. ASEC's completion report "
        "(ADGSOM/2026/DOC.03) rates 31 actions completed, 4 partly completed and 2 not "
        "started.\n\n"
        "- Thailand led or co-led: the e-signature and digital ID study (DO6), the youth "
        "digital skills survey (DO7), anti-scam cooperation (DO3).\n"
        "- Last progress report: 5th ADGSOM, Bangkok, January 2025.",
        background_nfd="ETDA's inception report was two months late because of a procurement "
        "delay: do not go into detail in the room. The Minister wants the study presented as "
        "a Thai success at ADGMIN.",
        tags=("DO3", "DO6", "DO7"),
    ),
)

# -- 3.2.a Draft ADM 2026-2030 -----------------------------------------------------

ADM2030_TEXT = PositionText(
    objective="ADGSOM endorses the draft ADM 2026-2030 and its Implementation Plan for "
    "adoption by the 6th ADGMIN, with:\n\n"
    "- **online scams and fraud** named explicitly under the digital trust outcome of the "
    "masterplan itself;\n"
    "- the two bracketed paragraphs of the Implementation Plan (resourcing, para. 41; review "
    "cycle, para. 47) closed in language Thailand can accept.",
    stance=Stance.SUPPORT_WITH_AMENDMENTS,
    opening='Endorse with two amendments: add "including online scams and fraud" to the '
    "digital trust outcome (our non-paper of 19 December), and a mid-term review in 2028 with "
    "a light annual progress report.",
    fallbacks=(
        "Accept anti-scam wording merged into the broader digital trust action, provided "
        '"online scams and fraud" is named.',
        "Accept a mid-term review only (no annual report) if ASEC keeps an online progress "
        "dashboard.",
        "Accept the Chair's compromise on resourcing (\"to be supported by Dialogue Partners "
        'and other sources, where available") instead of our "dedicated funding" wording.',
    ),
    red_line="Online scams and fraud must be named in the masterplan text itself, not only in "
    "the Implementation Plan. Thailand cannot join consensus on a masterplan that is silent on "
    "scams.",
    authority=CAPITAL,
    points=(
        "Thailand congratulates Viet Nam as Chair and ASEC on a forward-looking draft, and "
        "supports its endorsement for adoption by Ministers.",
        "Online scams have become the most visible digital harm for our people. ADM 2030 "
        "should name them under the digital trust outcome: our proposal adds four words to an "
        "existing sentence.",
        "We support a **mid-term review in 2028**, so that the plan can adjust to new "
        "technologies such as generative AI.",
        "On resourcing, we can work with the Chair's text; what matters is that each action has "
        "a lead and a realistic budget line.",
        "Thailand stands ready to co-lead actions on digital trust, anti-scam cooperation and "
        "digital skills.",
    ),
    tactical="If the Chair resists reopening the masterplan text, stress that our amendment "
    'adds four words ("including online scams and fraud") and was tabled in writing within '
    "the deadline.\n\n"
    "Malaysia and the Philippines support: they agreed to speak right after us.\n\n"
    "If Singapore argues that scams belong in the WG-AS only, reply that ADM 2030 frames every "
    "working group's mandate for five years.",
    their=(
        TheirSpec(
            "VN",
            "Adopt ADM 2030 in Hà Nội without brackets, as the signature outcome of its hosting.",
            "Support the Chair publicly; our amendment is small and "
            "helps close the digital trust chapter.",
        ),
        TheirSpec(
            "SG",
            "Keep the masterplan high-level, with measurable KPIs in the M&E "
            "framework and no new funding commitments.",
            "Agree on KPIs (item 3.2.b); our amendment is wording, not money.",
        ),
        TheirSpec(
            "LA",
            "Capacity building and phased implementation for less developed Member States.",
            "Support; offer joint wording with Lao PDR and Timor-Leste on phasing.",
        ),
        TheirSpec(
            "MY",
            "Stronger anti-scam language (Malaysia chairs the WG-AS).",
            "Natural ally: coordinate a joint intervention.",
        ),
    ),
    defensive=(
        (
            "Does Thailand want to reopen text agreed at the last inter-sessional meeting?",
            "No. Our amendment adds four words to an existing sentence and was tabled in writing "
            "on 19 December, within the deadline.",
        ),
        (
            "Will Thailand fund the anti-scam actions?",
            "Thailand will contribute in kind: hosting, experts from the police Cyber Crime "
            "Investigation Bureau and our anti-scam operations centre, and training. Financial "
            "contributions are decided in capital.",
        ),
        (
            "Why not leave scams to the Working Group on Anti-Online Scam?",
            "The Working Group needs a mandate anchored in the masterplan for the next five years.",
        ),
    ),
    press_line="Thailand welcomes the ASEAN Digital Masterplan 2026-2030, which sets a shared "
    "path to a secure, inclusive and innovative digital ASEAN, including stronger joint action "
    "against online scams.",
    background_releasable="ADM 2026-2030 succeeds ADM 2025. ASEC has drafted it since early "
    "2025 with a consultant, through three rounds of comments; rev. 3 was circulated on 15 "
    "December 2025 (ADGSOM/2026/DOC.04, DOC.05).\n\n"
    "Two brackets remain in the Implementation Plan:\n"
    '- para. 41, resourcing ("dedicated funding" vs. "where available");\n'
    "- para. 47, review cycle (annual report, mid-term review, or both).",
    background_nfd="The Minister has instructed that anti-scam wording be secured: it is a "
    "national priority (ศูนย์ปฏิบัติการต่อต้านอาชญากรรมออนไลน์, AOC 1441). Singapore told our "
    "desk officer privately that it will not block but prefers no new text at this stage. "
    "Cambodia may read the amendment as aimed at it: keep the framing regional.",
    tags=("DO3", "DO7", "DO8", "EA 3.3"),
)

ADM2030 = PositionSpec(
    item=("som6", "adm2030"),
    owner_key="th_ia",
    saved_by="natthida.c",
    saved_at=dt(2026, 1, 6, 9, 20),
    status=REVIEW,
    delivered=(
        (0, dt(2026, 1, 12, 10, 4)),
        (1, dt(2026, 1, 12, 10, 5)),
        (2, dt(2026, 1, 12, 10, 6)),
    ),
    earlier=(
        Revision(
            "natthida.c",
            dt(2025, 11, 20, 7, 30),
            (
                (
                    "opening",
                    'Endorse with one amendment: add "including online scams and fraud" '
                    "to the digital trust outcome.",
                ),
                (
                    "fallbacks",
                    (
                        "Accept anti-scam wording in the Implementation Plan only.",
                        "Accept the Chair's compromise on resourcing.",
                    ),
                ),
                ("red_line", "Anti-scam wording in the Implementation Plan at least."),
                ("authority", CONCEDE),
                ("defensive", ()),
            ),
        ),
        Revision("thanawat.b", dt(2025, 12, 19, 10, 0), (("points", ADM2030_TEXT.points[:4]),)),
    ),
    text=ADM2030_TEXT,
)

# -- 3.2.b M&E framework --------------------------------------------------------------

ADM_ME = PositionSpec(
    item=("som6", "adm_me"),
    owner_key="th_do2",
    saved_by="krit.s",
    saved_at=dt(2026, 1, 5, 4, 0),
    text=PositionText(
        objective="A monitoring framework with **no more than 25 KPIs**, each with a baseline, "
        "a data source that exists today and a named lead; ASEC reports against it every year.",
        stance=Stance.SUPPORT_WITH_AMENDMENTS,
        opening="Support the framework; propose cutting the KPI list from 42 to about 25, "
        "dropping indicators without an existing data source.",
        fallbacks=(
            "Keep all KPIs but mark those without a data source as *to be developed by 2027*.",
            "Endorse the framework as drafted and ask ASEC to propose a shorter core set to the "
            "7th ADGSOM.",
        ),
        red_line="No KPI that requires Thailand to collect new national statistics without "
        "resources (e.g. household surveys outside the National Statistical Office's plan).",
        authority=CONCEDE,
        points=(
            "Thailand supports a results framework for ADM 2030 and thanks ASEC for the draft.",
            "Fewer, measurable indicators will serve us better: we suggest a core set of about "
            "25, each with a baseline and an existing data source.",
            "Thailand's National Statistical Office and ETDA can share methods for measuring "
            "e-commerce and digital ID use.",
        ),
        tactical="Singapore will argue the same point: let it lead and support briefly. If Lao "
        "PDR or Myanmar worry about reporting burdens, the shorter list is the answer.",
        their=(
            TheirSpec("SG", "Measurable KPIs with baselines.", "Support; same objective."),
            TheirSpec(
                "ASEC",
                "Keep the full list to reflect every action line.",
                "Suggest a core set plus optional indicators.",
            ),
        ),
        defensive=(
            (
                "Can Thailand report on all proposed KPIs?",
                "On most. For the digital skills indicators we rely on the labour force survey, "
                "which changes method in 2026.",
            ),
        ),
        press_line="Thailand supports a clear, measurable framework to track the ASEAN Digital "
        "Masterplan 2026-2030.",
        background_releasable="Draft M&E framework (ADGSOM/2026/DOC.06): 42 KPIs across the "
        "outcome areas; 17 have no agreed data source.",
        background_nfd="NSO has told MDES informally it cannot fund new ICT household survey "
        "modules before fiscal year 2028.",
        tags=("DO5", "DO7"),
    ),
)

# -- 4.1 DEFA --------------------------------------------------------------------------

DEFA = PositionSpec(
    item=("som6", "defa"),
    owner_key="th_etda",
    saved_by="pimchanok.l",
    saved_at=dt(2026, 1, 7, 6, 45),
    status=REVIEW,
    earlier=(
        Revision(
            "warisa.t",
            dt(2025, 12, 11, 8, 10),
            (
                ("opening", "Support ASEC's note."),
                ("their", ()),
            ),
        ),
    ),
    text=PositionText(
        objective="ADGSOM agrees a short list of digital-sector frameworks that DEFA "
        "implementation will rely on (data governance, e-signature and digital ID, "
        "cybersecurity, online safety) and asks its working groups to report readiness to the "
        "7th ADGSOM, without any ADGSOM language that pre-empts the trade negotiators.",
        stance=Stance.SUPPORT,
        opening="Support ASEC's note and propose a DEFA readiness matrix, maintained by ASEC "
        "with the working groups and reported to each ADGSOM.",
        fallbacks=(
            "Accept an informal ASEC stocktake instead of a formal matrix.",
            "Note the ASEC note and ask to be kept informed through the liaison with the trade "
            "track (AECC).",
        ),
        red_line="No ADGSOM text that interprets DEFA obligations (for example on data "
        "localisation or source code): that is for the trade track and Thailand's Department "
        "of Trade Negotiations.",
        authority=CONCEDE,
        points=(
            "Thailand welcomes the progress on DEFA and ASEC's note on its digital aspects.",
            "DEFA will deliver only if the frameworks behind it are ready: interoperable "
            "e-signatures and digital ID, trusted data flows, cybersecurity and consumer "
            "protection online.",
            "We propose a simple readiness matrix, maintained by ASEC with the working groups "
            "and reported to each ADGSOM.",
            "ETDA is ready to share Thailand's experience with e-signature and digital ID "
            "interoperability.",
        ),
        tactical="If Indonesia asks for policy-space wording, agree: the matrix is a stocktake, "
        "not a commitment.\n\n"
        "If anyone asks for ADGSOM views on DEFA chapters, decline: *this is for the AECC; our "
        "role is to make sure the digital frameworks are ready.*",
        their=(
            TheirSpec(
                "ID",
                "Implementation readiness and policy space for national data rules.",
                "Compatible; present the matrix as voluntary.",
            ),
            TheirSpec(
                "SG",
                "Fast interoperability pilots (e-invoicing, digital trade documents).",
                "Support pilots; offer ETDA as a partner for e-signature.",
            ),
            TheirSpec(
                "ASEC",
                "Avoid new reporting burdens.",
                "The matrix replaces ad hoc requests: one table, updated twice a year.",
            ),
        ),
        defensive=(
            (
                "What is Thailand's position on DEFA's data provisions?",
                "They are negotiated in the trade track; we will not comment here.",
            ),
            (
                "Is Thailand ready to implement DEFA?",
                "Thailand's Electronic Transactions Act and digital ID framework already match "
                "the main digital provisions; we are ready to share our experience.",
            ),
        ),
        press_line="Thailand supports close coordination between the digital and trade tracks "
        "so that DEFA brings real benefits to ASEAN businesses and consumers.",
        background_releasable="DEFA negotiations were launched in September 2023 under the "
        "ASEAN Economic Ministers. ASEC's note (ADGSOM/2026/DOC.07) maps DEFA chapters to "
        "ADGSOM frameworks:\n\n"
        "- cross-border data flows: ASEAN Data Management Framework, Model Contractual Clauses;\n"
        "- digital ID and e-signatures: the mutual recognition study led by Thailand;\n"
        "- cybersecurity and online safety: ASEAN Regional CERT, WG-AS.",
        background_nfd="The Department of Trade Negotiations (Ministry of Commerce) asked MDES "
        "not to take positions on data localisation at ADGSOM. Indonesia's HoD came from its "
        "DEFA team and may test us on data provisions.",
        tags=("DO6", "EA 6.1"),
    ),
)

# -- 4.2 WG-DDG ------------------------------------------------------------------------

DDG = PositionSpec(
    item=("som6", "ddg"),
    owner_key="th_etda",
    saved_by="pimchanok.l",
    saved_at=dt(2026, 1, 5, 10, 30),
    status=APPROVED,
    approved_by_key="th_hod",
    approved_at=dt(2026, 1, 8, 2, 20),
    delivered=((0, dt(2026, 1, 12, 14, 12)), (1, dt(2026, 1, 12, 14, 13))),
    earlier=(
        Revision(
            "pimchanok.l",
            dt(2025, 12, 15, 9, 0),
            (("opening", "Endorse both documents; say that Thailand is considering the pilot."),),
        ),
    ),
    text=PositionText(
        objective="The Meeting endorses the WG-DDG report and the 2026 update of the MCC "
        "Implementation Guide, and Thailand joins the cross-border data flows certification "
        "pilot with a start in the second half of 2026.",
        stance=Stance.SUPPORT,
        opening="Endorse both documents and announce Thailand's participation in the "
        "certification pilot from the third quarter of 2026.",
        fallbacks=(
            'If the timeline is contested, participation "subject to domestic procedures" '
            "with no date.",
            "Endorse the report, note the pilot, and confirm participation in writing after "
            "consulting the PDPC.",
        ),
        red_line="No commitment that would require amending the Personal Data Protection Act "
        "B.E. 2562 (2019): participation is voluntary and within PDPC rules.",
        authority=CONCEDE,
        points=(
            "Thailand thanks Singapore for chairing the WG-DDG and endorses its report.",
            "We welcome the 2026 update of the MCC Implementation Guide; Thai companies use the "
            "MCCs, and ETDA will translate the guide into Thai.",
            "Thailand intends to join the certification pilot from the second half of 2026, "
            "subject to domestic procedures.",
            "We encourage alignment of the pilot with other regional schemes, to spare "
            "businesses double certification.",
        ),
        tactical="If Viet Nam is cautious about the pilot, do not push: the pilot is voluntary "
        "and a small first group is fine. Avoid any debate on data localisation (see brief "
        "4.1).",
        their=(
            TheirSpec(
                "SG",
                "Sign up as many Member States as possible for the pilot.",
                "Support; Thailand joins from Q3 2026, subject to the PDPC.",
            ),
            TheirSpec(
                "VN",
                "Caution: its new personal data law takes effect in 2026.",
                "Respect that; the pilot is voluntary.",
            ),
            TheirSpec("ID", "Voluntary participation only.", "Agree."),
        ),
        defensive=(
            (
                "Does the pilot bind Thailand to allow all cross-border transfers?",
                "No. It certifies organisations' practices; the transfer rules of the PDPA stay "
                "fully in force.",
            ),
            (
                "Has the PDPC agreed?",
                "The PDPC has been consulted and supports participation in principle; the formal "
                "decision follows domestic procedures.",
            ),
        ),
        press_line="Thailand supports trusted cross-border data flows in ASEAN and looks "
        "forward to joining the regional certification pilot.",
        background_releasable="The ASEAN Data Management Framework and the ASEAN Model "
        "Contractual Clauses were endorsed at the 1st ADGMIN (January 2021). The WG-DDG, "
        "chaired by Singapore, reports to ADGSOM (ADGSOM/2026/DOC.08, DOC.09).",
        background_nfd="The PDPC board decides in February 2026: until then the HoD cannot "
        'commit to a date beyond "second half of 2026". ETDA and the PDPC disagree on who '
        "leads the pilot domestically: do not raise it.",
        tags=("DO6", "EA 6.2"),
    ),
)

# -- 4.3 AI governance ---------------------------------------------------------------

AI = PositionSpec(
    item=("som6", "ai"),
    owner_key="th_do3",
    saved_by="warisa.t",
    saved_at=dt(2026, 1, 2, 7, 15),
    status=APPROVED,
    approved_by_key="th_hod",
    approved_at=dt(2026, 1, 8, 2, 25),
    delivered=(
        (0, dt(2026, 1, 12, 14, 38)),
        (2, dt(2026, 1, 12, 14, 39)),
        (3, dt(2026, 1, 12, 14, 40)),
    ),
    earlier=(
        Revision(
            "warisa.t",
            dt(2025, 12, 10, 4, 0),
            (
                (
                    "fallbacks",
                    (
                        "Endorse the ToR as drafted; raise capacity building in the first "
                        "work plan.",
                    ),
                ),
                (
                    "points",
                    (
                        "Thailand thanks Singapore for leading the Guide and the Expanded Guide on "
                        "Generative AI.",
                        "We support a Working Group on AI Governance.",
                    ),
                ),
            ),
        ),
    ),
    text=PositionText(
        objective="A Working Group on AI Governance established with terms of reference that "
        "include capacity building for Member States with less developed AI governance, and "
        "Thailand as vice-chair (or lead of the capacity-building workstream) for 2026-2027.",
        stance=Stance.SUPPORT_WITH_AMENDMENTS,
        opening="Endorse the ToR with an added capacity-building function and a rotating "
        "vice-chair; Thailand offers to serve as the first vice-chair.",
        fallbacks=(
            "Drop the vice-chair; ask for Thailand to lead the capacity-building workstream.",
            "Endorse the ToR as drafted; raise capacity building in the first work plan.",
        ),
        red_line="The ToR must not give the Working Group a mandate to develop binding regional "
        "AI rules: its outputs remain voluntary guidance.",
        authority=CONCEDE,
        points=(
            "Thailand thanks Singapore for leading the ASEAN Guide on AI Governance and Ethics "
            "and the Expanded Guide on Generative AI, which inform Thailand's national "
            "guidelines.",
            "We support a Working Group on AI Governance to help Member States put the guides "
            "into practice.",
            "We propose adding **capacity building** as a core function, so that every Member "
            "State can apply the guides.",
            "Thailand is ready to serve as vice-chair and to host the first capacity-building "
            "workshop through ETDA's AI Governance Center (AIGC).",
            "On generative AI, we encourage work on deepfakes used in scams, linked to item 5.1.",
        ),
        tactical="If Viet Nam also seeks the vice-chair, propose a rotation (Thailand "
        "2026-2027, Viet Nam 2028-2029) rather than compete in the room.\n\n"
        "Cambodia, Lao PDR and Myanmar benefit from the capacity-building amendment: ask for "
        "their support in the coffee break before the item.",
        their=(
            TheirSpec(
                "SG",
                "Chair the Working Group; keep it light and practical.",
                "Support Singapore as Chair; a Thai vice-chair complements it.",
            ),
            TheirSpec("VN", "Visibility; may also want the vice-chair.", "Propose a rotation."),
            TheirSpec(
                "LA",
                "Capacity building and training.",
                "Our amendment serves this; ask for support.",
            ),
        ),
        defensive=(
            (
                "Does Thailand have the capacity to serve as vice-chair?",
                "Yes: ETDA's AI Governance Center will provide the support, as it did for the "
                "national AI governance guidelines.",
            ),
            (
                "Is Thailand preparing binding AI legislation?",
                "A draft AI law has been under public consultation in Thailand; regionally we "
                "support voluntary, interoperable guidance.",
            ),
        ),
        press_line="Thailand supports practical, inclusive cooperation on AI governance in "
        "ASEAN, so that every Member State can benefit from AI safely.",
        background_releasable="The ASEAN Guide on AI Governance and Ethics was endorsed at the "
        "4th ADGMIN (Singapore, February 2024); the Expanded Guide on Generative AI at the 5th "
        "ADGMIN (Bangkok, January 2025). Draft ToR of the Working Group: ADGSOM/2026/DOC.10.",
        background_nfd="Viet Nam told us informally that it also wants the vice-chair; the "
        "Minister would accept a rotation. The budget for the AIGC workshop (THB 2.5 million) "
        "is not yet approved by the Budget Bureau.",
        tags=("DO3", "DO7", "EA 3.4"),
    ),
)

# -- 5.1 Anti-scam ---------------------------------------------------------------------

SCAM_TEXT = PositionText(
    objective="ADGSOM agrees the Rapid Takedown and Information-Sharing Protocol as an ADGMIN "
    "deliverable, with:\n\n"
    "- a **24-hour target** for acting on takedown requests (scam websites, accounts, phone "
    "numbers);\n"
    "- a regional list of national focal points by **June 2026**;\n"
    "- a first implementation report to the 7th ADGSOM.",
    stance=Stance.SUPPORT,
    opening="Adopt the draft Protocol as tabled by the WG-AS Chair, including the 24-hour "
    "target and the June 2026 focal-point list.",
    fallbacks=(
        'Replace "within 24 hours" by "as soon as possible and, where feasible, within 24 '
        'hours". (HoD may concede.)',
        'Make the Protocol voluntary ("Member States are encouraged to ...") while keeping the '
        "focal-point list and the June 2026 date. (HoD may concede.)",
        "Endorse the Protocol in principle and task the WG-AS to finalise it by written "
        "procedure before 30 April 2026. (**Refer to capital first.**)",
    ),
    red_line="No deferral without a date. The focal-point list and a dated 2026 work programme "
    'must be agreed in Hà Nội; "further study" with no timeline is unacceptable.',
    authority=CAPITAL,
    points=(
        "Thailand thanks Malaysia for its leadership of the WG-AS and strongly supports the "
        "draft Protocol.",
        "Online scams cost our people dearly and erode trust in the digital economy. Criminals "
        "move across borders in minutes; our cooperation must move as fast.",
        "Thailand's anti-scam operations centre (AOC 1441) handles hundreds of thousands of "
        "reports a year; cross-border requests remain the slowest part of the chain.",
        "A **24-hour target** for takedown requests and a single list of national focal points "
        "would make the greatest practical difference.",
        "Thailand offers to compile and maintain the focal-point list with ASEC, building on "
        "the work started after the 5th ADGSOM.",
        "We welcome partners' support, including Japan's offer on public awareness, and propose "
        "that the WG-AS report to the 7th ADGSOM.",
    ),
    tactical="Speak immediately after Malaysia (agreed with Puan Nurul Aina on 9 January).\n\n"
    "- If Myanmar or Cambodia cite capacity constraints, offer training by the CCIB and ETDA, "
    "not pressure.\n"
    "- Never name countries or scam locations in the room.\n"
    '- If Singapore objects to a binding "24 hours", move to fallback 1 at once: the number '
    "matters more than the verb.",
    their=(
        TheirSpec(
            "MY",
            "The Protocol adopted as the WG-AS Chair's deliverable.",
            "Full support; joint intervention.",
        ),
        TheirSpec(
            "SG",
            'No binding obligations on platforms and telecom operators; prefers "best endeavours".',
            "Fallback 1 answers this.",
        ),
        TheirSpec(
            "KH",
            "Avoid any suggestion that scam compounds are a national problem; "
            "highlight its own crackdowns.",
            "Acknowledge Cambodia's efforts explicitly; regional framing only.",
        ),
        TheirSpec(
            "MM",
            "Cannot commit to 24 hours; limited capacity in border areas.",
            'Offer capacity building; accept "where feasible".',
        ),
    ),
    defensive=(
        (
            "Is Thailand pointing at its neighbours?",
            "No. Scams are a transnational crime that harms every Member State. The Protocol is "
            "about the speed of cooperation, not blame.",
        ),
        (
            "Does Thailand intend further unilateral measures at its borders?",
            "Thailand acts within its own territory under its own laws. Regionally we prefer "
            "cooperation, which is why we support this Protocol.",
        ),
        (
            "What will a 24-hour target cost operators?",
            "Major platforms already act within 24 hours on domestic requests; the Protocol "
            "extends the same speed to cross-border requests through national focal points.",
        ),
    ),
    press_line="Thailand calls for faster regional cooperation to take down scam websites, "
    "accounts and phone numbers, and welcomes ASEAN's new Protocol as a concrete step to "
    "protect our people online.",
    background_releasable="The ASEAN Working Group on Anti-Online Scam (WG-AS) was set up in "
    "2024 under ADGSOM; Malaysia chairs. Its 2025-2026 work plan was endorsed at the 5th "
    "ADGSOM (Bangkok). The draft Protocol (ADGSOM/2026/DOC.12) covers:\n\n"
    "- national focal points;\n"
    "- a common request template;\n"
    "- target response times;\n"
    "- half-yearly statistics to the WG-AS.",
    background_nfd="**Not for disclosure.** After the 2025 border tensions, working-level "
    "relations with Cambodia remain sensitive: keep the discussion technical, no reference to "
    "the border, no bilateral on this item unless Cambodia asks.\n\n"
    "Police estimates of the share of cross-border scam calls to Thai numbers must not be used "
    "in the room.\n\n"
    "ข้อสั่งการของรัฐมนตรี: ต้องได้ข้อตกลงเรื่องรายชื่อผู้ประสานงาน (focal points) "
    "ภายในการประชุมครั้งนี้",
    tags=("DO3", "EA 3.3"),
)

SCAM = PositionSpec(
    item=("som6", "scam"),
    owner_key="th_do1",
    saved_by="natthida.c",
    saved_at=dt(2026, 1, 9, 11, 5),
    status=APPROVED,
    approved_by_key="th_hod",
    approved_at=dt(2026, 1, 10, 1, 30),
    delivered=(
        (0, dt(2026, 1, 12, 15, 12)),
        (1, dt(2026, 1, 12, 15, 13)),
        (3, dt(2026, 1, 12, 15, 14)),
        (4, dt(2026, 1, 12, 15, 15)),
    ),
    earlier=(
        Revision(
            "krit.s",
            dt(2025, 11, 25, 6, 0),
            (
                ("fallbacks", SCAM_TEXT.fallbacks[:2]),
                ("defensive", SCAM_TEXT.defensive[:1]),
                ("tactical", "Coordinate with Malaysia before the session."),
            ),
        ),
        Revision(
            "natthida.c",
            dt(2025, 12, 18, 8, 45),
            (
                (
                    "tactical",
                    "Coordinate with Malaysia before the session.\n\n"
                    "- Never name countries or scam locations in the room.",
                ),
            ),
        ),
    ),
    text=SCAM_TEXT,
)

# -- 5.2 Cybersecurity ---------------------------------------------------------------

CYBER = PositionSpec(
    item=("som6", "cyber"),
    owner_key="th_ncsa",
    saved_by="anucha.k",
    saved_at=dt(2026, 1, 4, 2, 50),
    status=APPROVED,
    approved_by_key="th_hod",
    approved_at=dt(2026, 1, 8, 2, 30),
    text=PositionText(
        objective="The Meeting notes the ASEAN Regional CERT annual report, welcomes work on a "
        "cybersecurity cooperation strategy for 2026-2030, and records Thailand's offer to host "
        "a regional incident response exercise in 2026.",
        stance=Stance.SUPPORT,
        opening="Welcome the report and the strategy; announce the offer to host the 2026 "
        "regional exercise in Bangkok (NCSA).",
        fallbacks=(
            "If the exercise is already assigned, offer to co-host or to provide the scenario "
            "team.",
            "Offer the exercise for 2027 instead.",
        ),
        red_line="No commitment to share national incident data beyond what the NCSA may "
        "share under the Cybersecurity Act B.E. 2562 (2019).",
        authority=CONCEDE,
        points=(
            "Thailand welcomes the annual report of the ASEAN Regional CERT and thanks "
            "Singapore and Malaysia.",
            "Scams and ransomware increasingly overlap; we encourage the CERT community to "
            "work closely with the WG-AS.",
            "Thailand offers to host a regional incident response exercise in 2026, organised "
            "by the National Cyber Security Agency.",
        ),
        tactical="Keep it short: this item is for information. If Singapore suggests merging "
        "the exercise with an existing drill, accept and ask for a Thai scenario module.",
        their=(
            TheirSpec(
                "SG",
                "Keep the Regional CERT lean; build on existing drills.",
                "Offer our exercise as part of the existing series.",
            ),
            TheirSpec("MY", "Visibility for Malaysia's co-lead role.", "Thank Malaysia by name."),
        ),
        defensive=(
            (
                "Will Thailand share incident data through the Regional CERT?",
                "Within the limits of the Cybersecurity Act, yes: the NCSA already exchanges "
                "indicators of compromise with ASEAN CERTs.",
            ),
            (
                "Who pays for the exercise?",
                "The NCSA covers the venue and local costs; participants' travel follows the usual "
                "ASEAN practice.",
            ),
        ),
        press_line="Thailand is committed to a secure and resilient digital ASEAN and will "
        "host a regional cyber incident response exercise in 2026.",
        background_releasable="ASEAN Regional CERT annual report 2025: ADGSOM/2026/DOC.13. The "
        "NCSA (established under the Cybersecurity Act B.E. 2562) is Thailand's national CERT "
        "coordinator (ThaiCERT).",
        background_nfd="The NCSA's 2026 budget line for the exercise is THB 4 million; the "
        "Bureau of the Budget has not confirmed it. Do not give a date.",
        tags=("DO3", "EA 3.1"),
    ),
)

# -- 6 Digital skills and youth ------------------------------------------------------

SKILLS = PositionSpec(
    item=("som6", "skills"),
    owner_key="th_do3",
    saved_by="warisa.t",
    saved_at=dt(2026, 1, 11, 13, 30),
    status=PositionStatus.DRAFT,
    text=PositionText(
        objective="ADGSOM endorses the ASEAN Digital Talent Initiative for adoption at ADGMIN, "
        "building on the Thailand-Philippines youth digital skills survey, with depa named as a "
        "partner for the youth digital skills track.",
        stance=Stance.SUPPORT,
        opening="Endorse the initiative; present the survey results jointly with the "
        "Philippines; offer depa's Digital Skills programme as a regional module.",
        fallbacks=(
            "If funding is unclear, endorse the initiative as a framework and let partners fund "
            "modules.",
            "Endorse the survey report only and develop the initiative for the 7th ADGSOM.",
        ),
        red_line="No new financial contribution from Thailand beyond depa's in-kind "
        "contribution already approved for 2026.",
        authority=CONCEDE,
        points=(
            "Thailand and the Philippines thank all Member States for their contributions to the "
            "youth digital skills survey.",
            "Three findings stand out: the gap in advanced skills, the rural-urban divide, and "
            "the need for recognised micro-credentials.",
            "Thailand supports the ASEAN Digital Talent Initiative and offers depa's Digital "
            "Skills programme as a regional module.",
            "We welcome the Philippines' offer to host a regional youth event.",
        ),
        tactical="Let the Philippines present first (agreed). If Lao PDR asks for funding "
        "guarantees, point to the Japan and ROK work plans under item 7.",
        their=(
            TheirSpec(
                "PH",
                "Lead the initiative and host a youth event.",
                "Support; co-presenting the survey.",
            ),
            TheirSpec(
                "LA",
                "Funding and training for less developed Member States.",
                "Support partner funding under item 7.",
            ),
        ),
        defensive=(
            (
                "Why did the survey take longer than planned?",
                "We extended it to cover all eleven Member States, including Timor-Leste.",
            ),
        ),
        press_line="Thailand supports ASEAN's young people in gaining the digital skills they "
        "need for the jobs of tomorrow.",
        background_releasable="The regional survey (ADGSOM/2026/DOC.14) covered 11 Member "
        "States and 18,400 respondents aged 15-29. It was proposed by Thailand at the 5th "
        "ADGSOM and carried out with the Philippines.",
        background_nfd="depa's in-kind contribution (THB 3 million) is approved; anything "
        "more needs Cabinet approval.",
        tags=("DO7", "DO8", "EA 7.2"),
    ),
)

# -- 8.2 Joint Media Statement --------------------------------------------------------

JMS_TEXT = PositionText(
    objective="The draft Joint Media Statement of the 6th ADGMIN carries (a) a stand-alone "
    "paragraph on anti-scam cooperation welcoming the Protocol, and (b) recognition of "
    "Thailand's offers (regional cyber exercise, AI capacity-building workshop).",
    stance=Stance.SUPPORT_WITH_AMENDMENTS,
    opening="Table our paragraph on anti-scam cooperation (text below) as a new paragraph after "
    "the digital trust paragraph.\n\n"
    '*"The Ministers welcomed the adoption of the ASEAN Rapid Takedown and Information-Sharing '
    "Protocol and tasked the ASEAN Working Group on Anti-Online Scam to report on its "
    'implementation to the 7th ADGMIN."*',
    fallbacks=(
        'Merge our text into the digital trust paragraph, keeping "Protocol" and "report to '
        'the 7th ADGMIN".',
        'Accept "welcomed the progress of the ASEAN Working Group on Anti-Online Scam, '
        'including on the Protocol".',
    ),
    red_line="The JMS must mention anti-scam cooperation. A JMS silent on scams: refer to capital.",
    authority=CAPITAL,
    points=(
        "Thailand thanks Viet Nam for a well-balanced draft.",
        "We propose one paragraph on anti-scam cooperation, in line with the outcome of item "
        "5.1; our text has been sent to the host secretariat.",
        "We would be grateful if Thailand's offers under items 4.3 and 5.2 were reflected.",
    ),
    tactical="The host holds the pen (Ms. Trịnh Ngọc Diệp): send text in writing early and "
    "agree it bilaterally before the read-through.",
    their=(
        TheirSpec(
            "VN",
            "A short JMS, finalised at ADGSOM without reopening at ADGMIN.",
            "Agree; that is why we table our text now.",
        ),
        TheirSpec(
            "SG",
            "Avoid long lists of national offers.",
            "Accept a generic reference to Member States' offers if needed.",
        ),
    ),
    defensive=(
        (
            "Why a separate paragraph for scams?",
            "It is the most visible digital harm for our citizens and the Ministers' main new "
            "deliverable this year.",
        ),
    ),
    press_line="(Follows the JMS once adopted.)",
    background_releasable="Draft JMS rev. 2 (ADGSOM/2026/DOC.18), circulated by the host on "
    "8 January 2026.",
    background_nfd="The Minister will quote the JMS paragraph in his press conference in "
    "Bangkok on 19 January.",
    tags=("DO3",),
)

JMS = PositionSpec(
    item=("som6", "jms"),
    owner_key="th_do2",
    saved_by="krit.s",
    saved_at=dt(2026, 1, 12, 13, 5),
    status=PositionStatus.DRAFT,
    earlier=(
        Revision(
            "krit.s",
            dt(2026, 1, 8, 9, 0),
            (
                ("opening", "Await the host's draft before tabling text."),
                ("fallbacks", ()),
            ),
        ),
        Revision("natthida.c", dt(2026, 1, 11, 12, 40), (("fallbacks", JMS_TEXT.fallbacks[:1]),)),
    ),
    text=JMS_TEXT,
)

# -- light briefs ----------------------------------------------------------------------

AGENDA_SOM6 = PositionSpec(
    item=("som6", "agenda"),
    owner_key="th_do2",
    saved_by="krit.s",
    saved_at=dt(2025, 12, 20, 3, 0),
    status=APPROVED,
    approved_by_key="th_hod",
    approved_at=dt(2026, 1, 8, 2, 10),
    text=PositionText(
        objective="Agenda adopted as circulated.",
        stance=Stance.SUPPORT,
        opening="Adopt the provisional agenda.",
        fallbacks=(),
        red_line="",
        authority=CONCEDE,
        points=("Thailand supports the adoption of the provisional agenda.",),
        tactical="",
        their=(),
        defensive=(),
        press_line="",
        background_releasable="Provisional agenda: ADGSOM/2026/DOC.01.",
        background_nfd="",
    ),
)

NEXT_SOM6 = PositionSpec(
    item=("som6", "next"),
    owner_key="th_do2",
    saved_by="krit.s",
    saved_at=dt(2026, 1, 10, 2, 0),
    text=PositionText(
        objective="Note Brunei Darussalam's offer to host the 7th ADGSOM and ADGMIN in 2027.",
        stance=Stance.SUPPORT,
        opening="Welcome Brunei Darussalam's offer.",
        fallbacks=(),
        red_line="",
        authority=CONCEDE,
        points=("Thailand thanks Brunei Darussalam and looks forward to the 7th ADGMIN.",),
        tactical="",
        their=(TheirSpec("BN", "Early agreement on dates (January 2027).", "Support."),),
        defensive=(),
        press_line="",
        background_releasable="Chairmanship of ADGMIN rotates in alphabetical order.",
        background_nfd="",
    ),
)

SOM6_POSITIONS: tuple[PositionSpec, ...] = (
    AGENDA_SOM6,
    ADM2025,
    ADM2030,
    ADM_ME,
    DEFA,
    DDG,
    AI,
    SCAM,
    CYBER,
    SKILLS,
    JMS,
    NEXT_SOM6,
)
