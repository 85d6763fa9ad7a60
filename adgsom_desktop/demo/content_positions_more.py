"""Demo content, part 5: briefs for ADGMIN, the partner meetings and the 5th ADGSOM."""

from __future__ import annotations

from datetime import datetime as dt

from ..domain.enums import Authority, PositionStatus, Stance
from .content import PositionSpec, PositionText, Revision, TheirSpec

APPROVED = PositionStatus.APPROVED
REVIEW = PositionStatus.FOR_REVIEW
CONCEDE = Authority.HOD_MAY_CONCEDE
CAPITAL = Authority.REFER_TO_CAPITAL

# -- 6th ADGMIN: adoption of ADM 2026-2030 (the Minister's brief) ----------------------

MIN_ADM2030 = PositionSpec(
    item=("min6", "adm2030"),
    owner_key="th_ia",
    saved_by="thanawat.b",
    saved_at=dt(2026, 1, 13, 12, 30),
    status=REVIEW,
    earlier=(
        Revision(
            "natthida.c",
            dt(2026, 1, 7, 8, 0),
            (
                (
                    "opening",
                    "Adopt ADM 2026-2030 if ADGSOM has endorsed it with anti-scam wording.",
                ),
                (
                    "points",
                    (
                        "ประเทศไทยขอขอบคุณเวียดนามในฐานะประธาน และสำนักเลขาธิการอาเซียน",
                        "ประเทศไทยสนับสนุนการรับรองแผนแม่บทดิจิทัลอาเซียน 2026-2030",
                    ),
                ),
            ),
        ),
    ),
    text=PositionText(
        objective="Ministers adopt the ASEAN Digital Masterplan 2026-2030 as endorsed by the "
        "6th ADGSOM, including the anti-scam wording; the Minister's intervention places "
        "Thailand among the leaders on digital trust and anti-scam cooperation.",
        stance=Stance.SUPPORT,
        opening="Join consensus to adopt ADM 2026-2030 as endorsed by ADGSOM (anti-scam "
        "wording secured on 12 January).",
        fallbacks=(
            "If a Member State reopens the text, support the Chair in keeping the ADGSOM text.",
            "If the adoption slips to a written procedure, insist on a date before 28 February "
            "2026.",
        ),
        red_line="Thailand will not accept removal of the anti-scam wording agreed at ADGSOM.",
        authority=CAPITAL,
        points=(
            "ประเทศไทยขอขอบคุณเวียดนามในฐานะประธาน และสำนักเลขาธิการอาเซียน สำหรับการจัดทำ"
            "แผนแม่บทดิจิทัลอาเซียน 2026-2030 (Thailand thanks Viet Nam as Chair and ASEC for "
            "the ASEAN Digital Masterplan 2026-2030.)",
            "ประเทศไทยสนับสนุนการรับรองแผนแม่บทดิจิทัลอาเซียนฉบับใหม่ ซึ่งจะเป็นกรอบความร่วมมือ"
            "ด้านดิจิทัลของอาเซียนในอีกห้าปีข้างหน้า (Thailand supports adoption: it frames "
            "ASEAN's digital cooperation for the next five years.)",
            "การต่อต้านการหลอกลวงทางออนไลน์เป็นวาระสำคัญของประเทศไทย "
            "เราพร้อมทำงานร่วมกับทุกประเทศสมาชิก (Fighting online scams is a Thai priority; we "
            "stand ready to work with every Member State.)",
            "ประเทศไทยพร้อมเป็นหุ้นส่วนในการพัฒนาทักษะดิจิทัลของเยาวชนอาเซียน (Thailand is ready "
            "to partner on digital skills for ASEAN youth.)",
        ),
        tactical="The Minister speaks in Thai (3 minutes) with simultaneous interpretation: the "
        "interpreter has the English text. Keep to the text; no improvisation on scams or "
        "borders.",
        their=(
            TheirSpec(
                "VN",
                "Adoption by acclamation as the highlight of its hosting.",
                "Support; the Minister congratulates Viet Nam warmly.",
            ),
            TheirSpec("SG", "Emphasis on implementation and KPIs.", "Welcome the M&E framework."),
        ),
        defensive=(
            (
                "(Press) What does ADM 2030 change for Thai citizens?",
                "Faster action against online scams, trusted digital services such as digital "
                "ID, and better digital skills for young people.",
            ),
            (
                "(Press) Will Thailand commit funds?",
                "Thailand contributes expertise and hosts regional activities; details follow "
                "national budget procedures.",
            ),
        ),
        press_line="ประเทศไทยยินดีต่อการรับรองแผนแม่บทดิจิทัลอาเซียน 2026-2030 "
        "ซึ่งให้ความสำคัญกับความเชื่อมั่นทางดิจิทัลและการต่อต้านการหลอกลวงออนไลน์ (Thailand "
        "welcomes the adoption of ADM 2026-2030, which puts digital trust and the fight against "
        "online scams at its heart.)",
        background_releasable="Endorsed by the 6th ADGSOM on 12 January 2026 with the "
        "anti-scam wording proposed by Thailand. See brief 3.2.a of the ADGSOM section.",
        background_nfd="The Minister's office wants a photo opportunity with the Malaysian "
        "Minister after the adoption (joint anti-scam message).",
        tags=("DO3", "DO7", "DO8"),
    ),
)

# -- ADGSOM+Japan: Work Plan 2026 ------------------------------------------------------

JP_WP2026 = PositionSpec(
    item=("jp6", "wp2026"),
    owner_key="th_do3",
    saved_by="warisa.t",
    saved_at=dt(2026, 1, 9, 6, 0),
    status=APPROVED,
    approved_by_key="th_hod",
    approved_at=dt(2026, 1, 10, 1, 40),
    text=PositionText(
        objective="The ASEAN-Japan Digital Work Plan 2026 is endorsed with Thailand's "
        "anti-scam public awareness project included (Thailand lead, Japan co-funding).",
        stance=Stance.SUPPORT,
        opening="Endorse the work plan and present the anti-scam awareness project (item 4.1).",
        fallbacks=(
            "If Japan's funding round is closed, list the project as *under consideration* for "
            "2026.",
            "Move the project to the JWG for technical appraisal with a decision by mid-2026.",
        ),
        red_line="The 2025 commitment (anti-scam awareness, raised at the 5th ADGSOM+Japan) must "
        "not disappear from the record.",
        authority=CONCEDE,
        points=(
            "Thailand thanks Japan for its long-standing support to ASEAN's digital development.",
            "We support the 2026 work plan, in particular cybersecurity capacity building "
            "through the AJCCBC.",
            "Thailand proposes an anti-scam public awareness and capacity-building project, "
            "led by Thailand with Japan's support, as discussed at the 5th ADGSOM+Japan.",
        ),
        tactical="Mr. Morimoto reads prepared text: give Japan's delegation our project note "
        "in advance (done on 9 January).",
        their=(
            TheirSpec(
                "JP",
                "Trusted data flows, AI safety, cybersecurity and submarine cable resilience.",
                "Support the AI safety network in principle; ask for details.",
            ),
            TheirSpec("VN", "Projects hosted in Viet Nam.", "No conflict."),
        ),
        defensive=(
            (
                "Is the anti-scam project duplicating the WG-AS?",
                "No: it implements the WG-AS work plan's awareness strand.",
            ),
        ),
        press_line="Thailand values its partnership with Japan for a secure and trusted digital "
        "ASEAN.",
        background_releasable="2025 work plan endorsed at the 5th ADGSOM+Japan (Bangkok, 15 "
        "January 2025). Japan indicated then that it was open to co-funding an anti-scam "
        "awareness project.",
        background_nfd="Japan's co-funding would come from its ASEAN cooperation fund; JICA "
        "Bangkok has signalled JPY 30 million may be possible.",
        tags=("DO3",),
    ),
)

GC_PHASE2 = PositionSpec(
    item=("gc6", "phase2"),
    owner_key="th_do3",
    saved_by="warisa.t",
    saved_at=dt(2026, 1, 12, 14, 0),
    text=PositionText(
        objective="Phase II approved with at least one AI capacity-building activity hosted in "
        "Thailand.",
        stance=Stance.SUPPORT,
        opening="Support the Phase II proposal; offer to host the AI talent bootcamp in 2026.",
        fallbacks=("Host in 2027 instead.",),
        red_line="",
        authority=CONCEDE,
        points=(
            "Thailand thanks the Republic of Korea for Phase I and supports Phase II.",
            "Thailand offers to host an AI talent bootcamp with depa.",
        ),
        tactical="",
        their=(TheirSpec("KR", "Visibility and co-chairing roles.", "Support."),),
        defensive=(),
        press_line="",
        background_releasable="Phase I (2023-2025) trained about 1,200 officials and start-up "
        "founders across ASEAN.",
        background_nfd="",
    ),
)

# -- 5th ADGSOM (Bangkok, January 2025): earlier positions, approved at the time ------

SOM5_SCAM = PositionSpec(
    item=("som5", "scam"),
    owner_key="th_do1",
    saved_by="natthida.c",
    saved_at=dt(2025, 1, 8, 4, 0),
    status=APPROVED,
    approved_by_key="th_hod",
    approved_at=dt(2025, 1, 9, 3, 0),
    text=PositionText(
        objective="The WG-AS work plan 2025-2026 endorsed, with a Thai-led deliverable: a list "
        "of national anti-scam focal points.",
        stance=Stance.SUPPORT,
        opening="Endorse the work plan and offer to compile the focal-point list by June 2025.",
        fallbacks=("Offer the list by December 2025.",),
        red_line="The focal-point list must be in the work plan.",
        authority=CONCEDE,
        points=(
            "Thailand strongly supports the work plan of the WG-AS.",
            "Thailand offers to compile a list of national anti-scam focal points.",
            "We invite Dialogue Partners to support public awareness campaigns.",
        ),
        tactical="Thailand chairs ADGSOM: these points are delivered by the Alternate HoD from "
        "the Thailand seat, not by the Chair.",
        their=(
            TheirSpec("MY", "Chair the WG-AS; a credible work plan.", "Full support."),
            TheirSpec(
                "MM", "Time to consult capital.", "Accept a later date for Myanmar's focal point."
            ),
        ),
        defensive=(
            (
                "Can Thailand deliver the list by June?",
                "Yes, with ASEC's help; replies depend on Member States.",
            ),
        ),
        press_line="Thailand is committed to regional cooperation against online scams.",
        background_releasable="WG-AS established in 2024; Malaysia chairs.",
        background_nfd="The Minister announced the focal-point list to the Thai press on 6 "
        "January 2025.",
        tags=("DO3",),
    ),
)

SOM5_AI = PositionSpec(
    item=("som5", "ai"),
    owner_key="th_do3",
    saved_by="warisa.t",
    saved_at=dt(2025, 1, 7, 9, 0),
    status=APPROVED,
    approved_by_key="th_hod",
    approved_at=dt(2025, 1, 9, 3, 5),
    text=PositionText(
        objective="The Expanded Guide on Generative AI endorsed for ADGMIN.",
        stance=Stance.SUPPORT,
        opening="Endorse as drafted.",
        fallbacks=("Accept editorial changes proposed by other Member States.",),
        red_line="Guide remains voluntary.",
        authority=CONCEDE,
        points=(
            "Thailand thanks Singapore and supports the Expanded Guide.",
            "ETDA's AI Governance Center will promote the Guide in Thailand.",
        ),
        tactical="",
        their=(TheirSpec("SG", "Endorsement without changes.", "Support."),),
        defensive=(),
        press_line="Thailand supports responsible generative AI in ASEAN.",
        background_releasable="Builds on the ASEAN Guide on AI Governance and Ethics (2024).",
        background_nfd="",
        tags=("DO3", "DO7"),
    ),
)

SOM5_ESIG = PositionSpec(
    item=("som5", "esig"),
    owner_key="th_etda",
    saved_by="pimchanok.l",
    saved_at=dt(2025, 1, 6, 8, 0),
    status=APPROVED,
    approved_by_key="th_hod",
    approved_at=dt(2025, 1, 9, 3, 10),
    earlier=(
        Revision(
            "pimchanok.l",
            dt(2024, 12, 16, 7, 0),
            (("opening", "Propose a study on mutual recognition of electronic signatures."),),
        ),
    ),
    text=PositionText(
        objective="ADGSOM endorses Thailand's proposal for a study on mutual recognition of "
        "electronic signatures and digital ID, led by ETDA, reporting to the 6th ADGSOM.",
        stance=Stance.SUPPORT,
        opening="Propose the study (concept note ADGSOM/2025/DOC.08) with ETDA as lead and a "
        "report to the 6th ADGSOM.",
        fallbacks=(
            "Report to the 6th ADGSOM as an interim report only.",
            "Narrow the scope to electronic signatures only.",
        ),
        red_line="The study must be led by Thailand.",
        authority=CONCEDE,
        points=(
            "Cross-border e-signatures and digital ID are the backbone of digital trade.",
            "Thailand proposes a study on mutual recognition, led by ETDA, with a report to the "
            "6th ADGSOM.",
            "We invite Member States to nominate experts by March 2025.",
        ),
        tactical="Singapore and Malaysia asked for digital ID to be included: accept.",
        their=(
            TheirSpec("SG", "Include digital ID.", "Accept."),
            TheirSpec("MY", "Include digital ID.", "Accept."),
        ),
        defensive=(
            ("Who funds the study?", "ETDA, with in-kind contributions from Member States."),
        ),
        press_line="Thailand leads ASEAN work on trusted electronic signatures and digital ID.",
        background_releasable="Thailand's Electronic Transactions Act B.E. 2544 (2001) and its "
        "digital ID framework.",
        background_nfd="ETDA's procurement for the consultant may slip to mid-2025.",
        tags=("DO6",),
    ),
)

JP5_WP2025 = PositionSpec(
    item=("jp5", "wp2025"),
    owner_key="th_do3",
    saved_by="warisa.t",
    saved_at=dt(2025, 1, 10, 5, 0),
    status=APPROVED,
    approved_by_key="th_hod",
    approved_at=dt(2025, 1, 11, 2, 0),
    text=PositionText(
        objective="2025 work plan endorsed; Japan's interest in an anti-scam awareness project "
        "recorded.",
        stance=Stance.SUPPORT,
        opening="Endorse; float the anti-scam awareness project.",
        fallbacks=(),
        red_line="",
        authority=CONCEDE,
        points=(
            "Thailand supports the 2025 work plan.",
            "We would welcome Japan's support for anti-scam public awareness.",
        ),
        tactical="",
        their=(TheirSpec("JP", "Cybersecurity capacity building.", "Support."),),
        defensive=(),
        press_line="",
        background_releasable="",
        background_nfd="",
        tags=("DO3",),
    ),
)

MORE_POSITIONS: tuple[PositionSpec, ...] = (
    MIN_ADM2030,
    JP_WP2026,
    GC_PHASE2,
    SOM5_SCAM,
    SOM5_AI,
    SOM5_ESIG,
    JP5_WP2025,
)
