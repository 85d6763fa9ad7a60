"""Demo content, part 6: what happened in the room.

Stances of other delegations (expected, and observed for items already
discussed), session notes of the 5th and 6th ADGSOM (with the languages a Thai
desk officer really meets: English, Thai, Vietnamese, Lao, Khmer, Myanmar),
action items (some carried over from Bangkok, some overdue), outcomes in the
formal language of ASEAN meetings, and our speaking time.
"""

from __future__ import annotations

from datetime import date, datetime

from ..domain.enums import ActionStatus, NoteKind, OutcomeVerb, Stance
from .content import ActionSpec, NoteSpec, OutcomeSpec, SpeakingSpec, StanceSpec

S = Stance.SUPPORT
SA = Stance.SUPPORT_WITH_AMENDMENTS
N = Stance.NEUTRAL
R = Stance.RESERVE

IV = NoteKind.INTERVENTION
PR = NoteKind.PROPOSAL
DE = NoteKind.DECISION
AC = NoteKind.ACTION
RE = NoteKind.REMARK


def h(day: int, hour: int, minute: int) -> datetime:
    """Local time (Hà Nội) in January 2026."""
    return datetime(2026, 1, day, hour, minute)


def b(day: int, hour: int, minute: int) -> datetime:
    """Local time (Bangkok) in January 2025."""
    return datetime(2025, 1, day, hour, minute)


# -- stances (6th ADGSOM) -------------------------------------------------------------


def _st(
    item: str,
    code: str,
    expected: Stance,
    expected_note: str,
    observed: Stance = Stance.UNKNOWN,
    observed_note: str = "",
    at: datetime | None = None,
) -> StanceSpec:
    return StanceSpec(("som6", item), code, expected, expected_note, observed, observed_note, at)


STANCES: tuple[StanceSpec, ...] = (
    # 3.2.a ADM 2026-2030
    _st("adm2030", "VN", S, "Chair: wants adoption without brackets."),
    _st("adm2030", "SG", SA, "Prefers no new text; KPIs matter most."),
    _st("adm2030", "MY", S, "Ally on anti-scam wording."),
    _st("adm2030", "PH", S, "Will support our amendment."),
    _st("adm2030", "ID", S, "Supports; watch for policy-space language."),
    _st("adm2030", "KH", N, "May read the scam amendment as aimed at it."),
    _st("adm2030", "LA", SA, "Phasing and capacity building."),
    _st(
        "adm2030",
        "MM",
        R,
        "Limited instructions; likely to reserve.",
        S,
        "Joined consensus without comment.",
        h(12, 16, 55),
    ),
    _st("adm2030", "BN", S, "Quiet support."),
    _st("adm2030", "TL", SA, "Flexibility as a new Member State."),
    # 4.1 DEFA
    _st("defa", "ID", SA, "Policy space for national data rules."),
    _st("defa", "SG", S, "Wants interoperability pilots."),
    _st("defa", "VN", N, "Process-minded; no strong view."),
    _st("defa", "MY", S, "Supportive.", S, "Supported the matrix.", h(12, 12, 5)),
    _st("defa", "KH", N, "Unknown; little engagement on DEFA so far."),
    _st("defa", "LA", N, "Capacity concerns.", N, "Did not speak.", h(12, 12, 10)),
    # 4.2 WG-DDG
    _st("ddg", "SG", S, "Chairs the WG-DDG."),
    _st("ddg", "VN", N, "New personal data law from 2026."),
    _st("ddg", "ID", SA, "Voluntary participation only."),
    _st(
        "ddg",
        "MY",
        S,
        "Joining the pilot.",
        S,
        "Confirmed participation in the pilot.",
        h(12, 14, 17),
    ),
    _st(
        "ddg",
        "PH",
        S,
        "Joining the pilot.",
        S,
        "Confirmed participation in the pilot.",
        h(12, 14, 19),
    ),
    _st("ddg", "KH", N, "No view yet."),
    _st("ddg", "LA", N, "Will observe the pilot."),
    _st("ddg", "MM", N, "No instructions expected."),
    # 4.3 AI governance
    _st("ai", "SG", S, "Will chair the Working Group."),
    _st("ai", "VN", SA, "Wants the vice-chair too."),
    _st("ai", "LA", S, "Welcomes capacity building."),
    _st("ai", "KH", S, "Supports; has a national AI strategy."),
    _st("ai", "MY", S, "Supportive."),
    _st("ai", "ID", S, "Supportive.", S, "Supported the ToR as amended.", h(12, 14, 49)),
    _st("ai", "PH", S, "Supportive."),
    _st("ai", "MM", N, "No view expected."),
    # 5.1 Anti-scam
    _st("scam", "MY", S, "WG-AS Chair; joint intervention agreed."),
    _st("scam", "SG", SA, "Prefers 'best endeavours' over a firm 24 hours."),
    _st("scam", "KH", SA, "Regional framing; stresses its own crackdowns."),
    _st("scam", "MM", R, "Cannot commit to 24 hours."),
    _st("scam", "PH", S, "Strong support; own anti-scam law."),
    _st("scam", "ID", SA, "'In accordance with national laws'."),
    _st("scam", "LA", S, "Asks for training for focal points."),
    _st("scam", "VN", S, "Chair; wants a deliverable for Ministers."),
    _st("scam", "BN", S, "Supportive.", S, "Supported briefly.", h(12, 15, 38)),
    _st("scam", "TL", S, "Supportive; needs capacity building."),
    # 6 Digital skills
    _st("skills", "PH", S, "Co-presenter."),
    _st("skills", "LA", SA, "Funding and training."),
    _st("skills", "SG", SA, "Voluntary recognition of micro-credentials."),
    _st("skills", "VN", S, "Supportive."),
    _st(
        "skills",
        "MY",
        S,
        "Supportive.",
        S,
        "Supported; offered its digital talent platform.",
        h(13, 9, 22),
    ),
    _st("skills", "KH", S, "Supportive."),
    _st(
        "skills",
        "TL",
        S,
        "Keen on training offers.",
        S,
        "Asked to join the first cohort.",
        h(13, 9, 25),
    ),
    _st("skills", "MM", N, "No view expected."),
)

# -- session notes ----------------------------------------------------------------------


def _n(
    item: str | None,
    at: datetime,
    code: str,
    kind: NoteKind,
    text: str,
    person: str = "",
    observed: Stance | None = None,
) -> NoteSpec:
    return NoteSpec("som6", item, at, code, kind, text, person, observed)


def _n5(
    item: str | None,
    at: datetime,
    code: str,
    kind: NoteKind,
    text: str,
    person: str = "",
    observed: Stance | None = None,
) -> NoteSpec:
    return NoteSpec("som5", item, at, code, kind, text, person, observed)


SOM6_NOTES: tuple[NoteSpec, ...] = (
    # Day 1, 12 January 2026
    _n(
        "open",
        h(12, 9, 2),
        "VN",
        RE,
        'Chair opened in Vietnamese: "Việt Nam hoan nghênh các đoàn đại biểu đến với Hà Nội. '
        'Chúng ta cùng nhau xây dựng một Cộng đồng ASEAN số an toàn và bao trùm." Then '
        "continued in English: ADM 2030 is the centrepiece of the week.",
        "vn_hod",
    ),
    _n(
        "agenda",
        h(12, 9, 22),
        "VN",
        DE,
        "Agenda adopted without amendment (DOC.01). Business arrangements noted: Day 2 ends "
        "12:30; JMS read-through on Day 2 under item 8.2.",
        "vn_hod",
    ),
    _n(
        "adm2025",
        h(12, 9, 27),
        "ASEC",
        IV,
        "Completion report presented: 31 of 37 EAs completed, 4 partly, 2 not started. Lessons: "
        "too many actions without a lead or resources.",
        "asec_head",
    ),
    _n(
        "adm2025",
        h(12, 9, 41),
        "TH",
        IV,
        "HoD delivered points 1-3: thanks; carry over outstanding EAs; corrections on the "
        "e-signature study (started Sept 2025) and the youth survey (all 11 AMS).",
        "th_hod",
    ),
    _n(
        "adm2025",
        h(12, 9, 46),
        "SG",
        IV,
        "Supports. Lessons learned must become measurable KPIs (see 3.2.b).",
        "sg_hod",
        S,
    ),
    _n(
        "adm2025",
        h(12, 9, 49),
        "LA",
        IV,
        "Incomplete actions reflect capacity gaps; asks for capacity building in ADM 2030.",
        "la_hod",
        S,
    ),
    _n(
        "adm2025",
        h(12, 9, 54),
        "VN",
        DE,
        "Completion report endorsed with TH corrections, for noting by ADGMIN.",
    ),
    _n(
        "adm2030",
        h(12, 9, 58),
        "ASEC",
        IV,
        "Rev. 3 presented. Two brackets remain: para. 41 (resourcing) and para. 47 (review cycle).",
        "asec_head",
    ),
    _n(
        "adm2030",
        h(12, 10, 4),
        "TH",
        IV,
        "HoD: supports endorsement; proposed adding 'including online scams and fraud' to the "
        "digital trust outcome; supports a mid-term review in 2028.",
        "th_hod",
    ),
    _n(
        "adm2030",
        h(12, 10, 8),
        "MY",
        IV,
        "Supports the TH amendment on scams; recalled the WG-AS work.",
        "my_hod",
        S,
    ),
    _n(
        "adm2030",
        h(12, 10, 10),
        "PH",
        IV,
        "Supports the TH amendment. Also wants 'youth' named under the skills outcome.",
        "ph_hod",
        S,
    ),
    _n(
        "adm2030",
        h(12, 10, 13),
        "SG",
        IV,
        "Not opposed to naming scams but prefers 'online harms, including scams and fraud'. On "
        "para. 47: annual report plus mid-term review too heavy; prefers MTR with a dashboard.",
        "sg_hod",
        SA,
    ),
    _n(
        "adm2030",
        h(12, 10, 16),
        "KH",
        IV,
        "Can accept a reference to scams if framed as a transnational challenge shared by all "
        "Member States.",
        "kh_hod",
        N,
    ),
    _n(
        "adm2030",
        h(12, 10, 19),
        "LA",
        IV,
        "Asks for phased implementation for less developed Member States; supports Timor-Leste.",
        "la_hod",
        SA,
    ),
    _n(
        "adm2030",
        h(12, 10, 24),
        "VN",
        PR,
        "Chair's compromise: 'online harms, including scams and fraud' in the digital trust "
        "outcome; para. 41: 'supported by Dialogue Partners and other sources, where "
        "available'. Para. 47 to informal consultations at lunch (SG, TH, LA, ASEC).",
        "vn_hod",
    ),
    _n(
        "adm2030",
        h(12, 10, 26),
        "TH",
        RE,
        "ข้อเสนอของประธานยังคงคำว่า scams and fraud ไว้ในตัวแผน อยู่ในกรอบ fallback 1 "
        "หัวหน้าคณะรับได้ ประเทศไทยสนับสนุนร่างแผนแม่บทดิจิทัลอาเซียน 2026-2030 "
        "ตามข้อเสนอของประธาน",
    ),
    _n(
        "adm2030",
        h(12, 10, 28),
        "TH",
        IV,
        "HoD accepted the Chair's compromise on the digital trust outcome and on para. 41.",
        "th_hod",
    ),
    _n(
        "adm_me",
        h(12, 11, 16),
        "ASEC",
        IV,
        "M&E framework presented: 42 KPIs, 17 without an agreed data source.",
        "asec_head",
    ),
    _n(
        "adm_me",
        h(12, 11, 20),
        "SG",
        PR,
        "Proposes a core set of about 20 KPIs with baselines; the rest optional.",
        "sg_hod",
        SA,
    ),
    _n(
        "adm_me",
        h(12, 11, 24),
        "TH",
        IV,
        "HoD supported SG: a core set of about 25; offered NSO and ETDA measurement methods.",
        "th_hod",
    ),
    _n(
        "adm_me",
        h(12, 11, 29),
        "MM",
        IV,
        "Concerned about the reporting burden; will revert after consultations.",
        "mm_hod",
        R,
    ),
    _n(
        "adm_me",
        h(12, 11, 36),
        "VN",
        AC,
        "ASEC to circulate a core set of KPIs by 30 April 2026 for written comments; final set "
        "to the 7th ADGSOM.",
    ),
    _n(
        "defa",
        h(12, 11, 47),
        "ASEC",
        IV,
        "DEFA briefing: ADGSOM's role is the readiness of the digital frameworks DEFA relies "
        "on, not the negotiated text.",
        "asec_officer",
    ),
    _n(
        "defa",
        h(12, 11, 55),
        "ID",
        IV,
        "Readiness matrix acceptable if voluntary and 'without prejudice to national policy "
        "space'.",
        "id_hod",
        SA,
    ),
    _n(
        "defa",
        h(12, 11, 58),
        "TH",
        IV,
        "ETDA for TH: proposed the readiness matrix; offered Thailand's e-signature experience.",
        "th_etda",
    ),
    _n(
        "defa",
        h(12, 12, 10),
        "VN",
        DE,
        "ASEC note noted; ASEC to prepare a voluntary readiness matrix with the working groups "
        "for the 7th ADGSOM, without prejudice to national policy space.",
    ),
    _n(
        "adm2030",
        h(12, 13, 55),
        "TH",
        RE,
        "Lunch consultations (SG, TH, LA, ASEC): landing zone on para. 47 = mid-term review in "
        "2028 plus an online dashboard kept by ASEC; no annual report.",
    ),
    _n(
        "ddg",
        h(12, 14, 2),
        "SG",
        IV,
        "WG-DDG Chair presented the report; six Member States have signed up to the "
        "certification pilot.",
        "sg_ddg",
    ),
    _n(
        "ddg",
        h(12, 14, 12),
        "TH",
        IV,
        "ETDA for TH: endorsed; Thailand will join the pilot from H2 2026 subject to domestic "
        "procedures; ETDA will translate the MCC guide into Thai.",
        "th_etda",
    ),
    _n(
        "ddg",
        h(12, 14, 15),
        "VN",
        IV,
        "Will consider the pilot once its personal data law is in force; no objection to "
        "endorsement.",
        "vn_dg",
        N,
    ),
    _n(
        "ddg",
        h(12, 14, 22),
        "VN",
        DE,
        "WG-DDG report and the MCC Implementation Guide 2026 update endorsed.",
    ),
    _n(
        "ai",
        h(12, 14, 26),
        "SG",
        IV,
        "Presented the ToR of the Working Group on AI Governance; Singapore to chair the first "
        "term.",
        "sg_hod",
    ),
    _n(
        "ai",
        h(12, 14, 38),
        "TH",
        IV,
        "HoD: supports; proposed a capacity-building function; offered to serve as vice-chair "
        "and to host an AIGC workshop.",
        "th_hod",
    ),
    _n(
        "ai",
        h(12, 14, 42),
        "VN",
        IV,
        "Viet Nam also interested in the vice-chair role.",
        "vn_dg",
        SA,
    ),
    _n(
        "ai",
        h(12, 14, 44),
        "LA",
        IV,
        "Supports the capacity-building function proposed by Thailand.",
        "la_hod",
        S,
    ),
    _n(
        "ai",
        h(12, 14, 50),
        "VN",
        PR,
        "Chair: capacity building added as function (d); the vice-chair rotates, Thailand "
        "2026-2027, then Viet Nam.",
        "vn_hod",
    ),
    _n(
        "ai",
        h(12, 14, 52),
        "TH",
        RE,
        "Better than fallback 1: vice-chair secured. แจ้ง ผอ.ธนวัฒน์ ให้รายงานสำนักงานรัฐมนตรี",
    ),
    _n("ai", h(12, 14, 55), "VN", DE, "ToR endorsed as amended, for adoption by ADGMIN."),
    _n(
        "scam",
        h(12, 15, 2),
        "MY",
        IV,
        "WG-AS Chair presented the report and the draft Protocol: focal points, request "
        "template, 24-hour target, half-yearly statistics.",
        "my_hod",
    ),
    _n(
        "scam",
        h(12, 15, 12),
        "TH",
        IV,
        "HoD delivered points 1, 2, 4 and 5 (strong support, 24-hour target, offer to compile "
        "the focal-point list). Point 3 (AOC figures) skipped for time.",
        "th_hod",
    ),
    _n(
        "scam",
        h(12, 15, 17),
        "SG",
        IV,
        "Supports, but the 24 hours must read 'where feasible'; no obligations on platforms "
        "beyond national law.",
        "sg_hod",
        SA,
    ),
    _n(
        "scam",
        h(12, 15, 21),
        "KH",
        IV,
        'Read from its Khmer statement: "កម្ពុជាគាំទ្រកិច្ចសហប្រតិបត្តិការក្នុងតំបន់ '
        'ដើម្បីប្រយុទ្ធប្រឆាំងការបោកប្រាស់តាមប្រព័ន្ធឌីជីថល" (supports regional '
        "cooperation against digital fraud). Stressed Cambodia's crackdowns since 2024; asked "
        "for 'transnational' framing.",
        "kh_hod",
        SA,
    ),
    _n(
        "scam",
        h(12, 15, 26),
        "MM",
        IV,
        "Cannot commit to 24 hours; needs capacity building; will revert on its focal point. "
        'Quoted its statement: "မြန်မာနိုင်ငံသည် ဒီဂျစ်တယ် စွမ်းရည်မြှင့်တင်ရေး '
        'အစီအစဉ်များကို ကြိုဆိုပါသည်" (welcomes digital capacity-building programmes).',
        "mm_hod",
        R,
    ),
    _n(
        "scam",
        h(12, 15, 30),
        "PH",
        IV,
        "Supports; cited the Philippines' anti-scam law; 24 hours is workable.",
        "ph_hod",
        S,
    ),
    _n(
        "scam",
        h(12, 15, 33),
        "ID",
        IV,
        "Supports with 'in accordance with national laws and regulations'.",
        "id_hod",
        SA,
    ),
    _n(
        "scam",
        h(12, 15, 42),
        "VN",
        PR,
        "Chair's text: 'as soon as possible and, where feasible, within 24 hours', 'in "
        "accordance with national laws and regulations'; focal-point list by 30 June 2026, "
        "compiled by Thailand with ASEC.",
        "vn_hod",
    ),
    _n(
        "scam",
        h(12, 15, 45),
        "TH",
        RE,
        "ข้อเสนอประธาน = fallback 1 (HoD may concede) กำหนดส่งรายชื่อ 30 มิ.ย. 2569 ยังอยู่ ผ่าน red line",
    ),
    _n(
        "scam",
        h(12, 15, 47),
        "TH",
        IV,
        "HoD accepted the Chair's text; confirmed Thailand will compile the focal-point list "
        "with ASEC.",
        "th_hod",
    ),
    _n(
        "scam",
        h(12, 15, 50),
        "MM",
        RE,
        "Can go along with the Chair's text; focal point to be confirmed through ASEC by 31 March.",
        "mm_hod",
        SA,
    ),
    _n(
        "scam",
        h(12, 15, 55),
        "VN",
        DE,
        "Protocol agreed as amended, for adoption at ADGMIN; WG-AS tasked to report to the 7th "
        "ADGSOM.",
    ),
    _n(
        "scam",
        h(12, 15, 57),
        "VN",
        AC,
        "TH (with ASEC) to compile and circulate the list of national anti-scam focal points "
        "by 30 June 2026.",
    ),
    _n(
        "cyber",
        h(12, 16, 17),
        "SG",
        IV,
        "ASEAN Regional CERT annual report; drafting of the strategy 2026-2030 to begin.",
        "sg_hod",
    ),
    _n(
        "cyber",
        h(12, 16, 24),
        "TH",
        IV,
        "NCSA for TH: offered to host a regional incident response exercise in Bangkok in 2026.",
        "th_ncsa",
    ),
    _n(
        "cyber",
        h(12, 16, 30),
        "VN",
        DE,
        "Report noted; Thailand's offer welcomed, in coordination with existing drills.",
    ),
    _n(
        "adm2030",
        h(12, 16, 42),
        "VN",
        PR,
        "Chair returned to para. 47: mid-term review in 2028 plus an online dashboard kept by "
        "ASEC (the lunch landing zone).",
        "vn_hod",
    ),
    _n("adm2030", h(12, 16, 45), "SG", IV, "Singapore can accept.", "sg_hod", S),
    _n(
        "adm2030",
        h(12, 16, 55),
        "VN",
        DE,
        "Draft ADM 2026-2030 and its Implementation Plan endorsed as amended, for adoption by "
        "the 6th ADGMIN. No brackets remain.",
    ),
    _n(
        "adm2030",
        h(12, 17, 5),
        "TH",
        RE,
        "สรุปวันแรก: ได้ถ้อยคำเรื่อง scams and fraud ในตัวแผนแม่บท (red line ผ่าน) "
        "รายงานสำนักงานปลัดฯ ภายใน 20:00 น.",
    ),
    # Day 2, 13 January 2026
    _n(
        "skills",
        h(13, 9, 3),
        "PH",
        IV,
        "PH and TH presented the survey: 18,400 respondents; gaps in advanced skills, "
        "rural-urban divide, recognition of micro-credentials.",
        "ph_hod",
    ),
    _n(
        "skills",
        h(13, 9, 8),
        "TH",
        IV,
        "Alternate HoD co-presented; offered depa's Digital Skills programme as a regional module.",
        "th_alt",
    ),
    _n(
        "skills",
        h(13, 9, 14),
        "LA",
        IV,
        'Lao text of its statement: "ສປປ ລາວ ສະໜັບສະໜູນການພັດທະນາທັກສະດິຈິຕອນ '
        'ໃຫ້ແກ່ຊາວໜຸ່ມ" (supports digital skills for youth). Asks for funding and training.',
        "la_hod",
        SA,
    ),
    _n(
        "skills",
        h(13, 9, 20),
        "SG",
        IV,
        "Supports; recognition of micro-credentials must stay voluntary.",
        "sg_hod",
        SA,
    ),
    _n(
        "skills",
        h(13, 9, 27),
        "VN",
        DE,
        "ASEAN Digital Talent Initiative endorsed for adoption at ADGMIN; PH offer to host a "
        "regional youth event in 2026 welcomed.",
    ),
    _n(
        "partners",
        h(13, 9, 33),
        "ASEC",
        IV,
        "Consolidated partner work plans 2026 presented (JP, KR, CN, IN, EU, US, ITU).",
        "asec_officer",
    ),
    _n(
        "partners",
        h(13, 9, 40),
        "TH",
        IV,
        "Alternate HoD welcomed the plans; highlighted the anti-scam awareness project with "
        "Japan and Thailand's offer to host the ITU workshop on child online protection.",
        "th_alt",
    ),
    _n(
        "partners",
        h(13, 10, 5),
        "VN",
        DE,
        "Work plans 2026 endorsed for submission to the ADGMIN+ meetings.",
    ),
    _n("deliverables", h(13, 10, 20), "VN", DE, "The four deliverables agreed."),
    _n("jms", h(13, 10, 32), "VN", IV, "Read-through of the draft JMS rev. 2.", "vn_dg"),
    _n(
        "jms",
        h(13, 10, 41),
        "TH",
        PR,
        "TH tabled its anti-scam paragraph: Ministers welcome the Protocol and task the WG-AS to "
        "report to the 7th ADGMIN.",
        "th_hod",
    ),
    _n(
        "jms",
        h(13, 10, 47),
        "SG",
        IV,
        "Prefers fewer national offers in the JMS; a generic reference would do.",
        "sg_hod",
        SA,
    ),
    _n(
        "jms",
        h(13, 11, 5),
        "VN",
        PR,
        "Host will take in the Thai paragraph ('welcomed the adoption of the Protocol'); rev. 3 "
        "out on 14 January, 18:00.",
        "vn_dg",
    ),
    _n(
        "jms",
        h(13, 11, 20),
        "VN",
        AC,
        "All Member States to send final comments on JMS rev. 3 by 14 January, 21:00.",
    ),
    _n("jms", h(13, 11, 38), "VN", DE, "Draft JMS endorsed ad referendum, subject to rev. 3."),
    _n(
        "next",
        h(13, 11, 45),
        "BN",
        IV,
        "Brunei Darussalam offered to host the 7th ADGSOM and ADGMIN in January 2027 (dates to "
        "be confirmed).",
        "bn_hod",
    ),
    _n("next", h(13, 11, 48), "VN", DE, "Brunei Darussalam's offer welcomed."),
    _n(
        "other",
        h(13, 11, 58),
        "VN",
        RE,
        'Chair closed in Vietnamese: "Xin chân thành cảm ơn các đoàn đại biểu. Việt Nam mong '
        'được đón các Bộ trưởng tại Hà Nội vào ngày 15 tháng 1."',
        "vn_hod",
    ),
)

GC6_NOTES: tuple[NoteSpec, ...] = (
    NoteSpec(
        "gc6",
        "phase1",
        h(13, 16, 25),
        "KR",
        IV,
        "Phase I trained about 1,200 officials and founders; evaluation positive.",
        "kr_hod",
    ),
    NoteSpec(
        "gc6",
        "phase2",
        h(13, 16, 50),
        "KR",
        PR,
        "Phase II (2026-2028) with an AI focus; asks for host offers for AI bootcamps.",
        "kr_hod",
    ),
    NoteSpec(
        "gc6",
        "phase2",
        h(13, 17, 2),
        "TH",
        IV,
        "TH (desk officer) offered an AI talent bootcamp with depa, subject to "
        "confirmation from capital.",
    ),
    NoteSpec(
        "gc6",
        "phase2",
        h(13, 17, 30),
        "ASEC",
        DE,
        "Phase II approved in principle; detailed budget to the next Governing Council.",
        "asec_head",
    ),
)

SOM5_NOTES: tuple[NoteSpec, ...] = (
    _n5(
        "open",
        b(13, 9, 3),
        "TH",
        RE,
        "ประธาน (ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม) กล่าวเปิดการประชุม ต้อนรับคณะผู้แทนทุกประเทศสู่กรุงเทพฯ",
        "th_hod",
    ),
    _n5(
        "adm_tor",
        b(13, 10, 5),
        "ASEC",
        IV,
        "ToR for ADM 2026-2030 presented: consultant hired; drafts in Q2-Q3 2025; endorsement "
        "at the 6th ADGSOM.",
        "asec_head",
    ),
    _n5(
        "adm_tor",
        b(13, 10, 20),
        "SG",
        IV,
        "Wants KPIs designed from the start, not added at the end.",
        "sg_hod",
        SA,
    ),
    _n5("adm_tor", b(13, 10, 40), "TH", DE, "ToR endorsed."),
    _n5("ai", b(13, 11, 10), "SG", IV, "Presented the Expanded Guide on Generative AI.", "sg_hod"),
    _n5("ai", b(13, 11, 35), "TH", DE, "Expanded Guide endorsed for submission to ADGMIN."),
    _n5("scam", b(13, 14, 5), "MY", IV, "WG-AS work plan 2025-2026 presented.", "my_hod"),
    _n5(
        "scam",
        b(13, 14, 15),
        "TH",
        IV,
        "Alternate HoD (from the Thailand seat) offered to compile a list of national anti-scam "
        "focal points by June 2025.",
        "th_alt",
    ),
    _n5(
        "scam",
        b(13, 14, 22),
        "MM",
        IV,
        "Will revert on its focal point after consultations.",
        "mm_hod",
        R,
    ),
    _n5("scam", b(13, 14, 40), "TH", DE, "Work plan endorsed; Thailand's offer welcomed."),
    _n5(
        "esig",
        b(14, 9, 10),
        "TH",
        IV,
        "ETDA presented the concept note for the e-signature mutual recognition study.",
        "th_etda",
    ),
    _n5("esig", b(14, 9, 20), "SG", PR, "Proposes adding digital ID to the scope.", "sg_hod", SA),
    _n5(
        "esig",
        b(14, 9, 35),
        "TH",
        DE,
        "Proposal agreed with digital ID added; ETDA to report to the 6th ADGSOM.",
    ),
    _n5(
        "skills",
        b(14, 10, 0),
        "PH",
        IV,
        "Co-sponsors the youth digital skills survey with Thailand.",
        "ph_hod",
        S,
    ),
    _n5(
        "next",
        b(14, 12, 10),
        "VN",
        IV,
        "Việt Nam sẵn sàng đăng cai ADGSOM và ADGMIN lần thứ 6 tại Hà Nội, tháng 1 năm 2026.",
        "vn_hod",
    ),
)

NOTES: tuple[NoteSpec, ...] = SOM5_NOTES + SOM6_NOTES + GC6_NOTES

# -- action items -----------------------------------------------------------------------

ACTIONS: tuple[ActionSpec, ...] = (
    # carried over from the 5th ADGSOM (Bangkok)
    ActionSpec(
        "Compile and circulate a list of national anti-scam focal points (WG-AS work "
        "plan deliverable). 8 of 11 replies received.",
        "som5",
        "scam",
        "TH",
        "th_do1",
        "MDES International Affairs Division",
        date(2025, 6, 30),
        ActionStatus.IN_PROGRESS,
    ),
    ActionSpec(
        "Carry out the study on mutual recognition of electronic signatures and digital "
        "ID; report to the 6th ADGSOM (final report now due Q2 2026).",
        "som5",
        "esig",
        "TH",
        "th_etda",
        "ETDA",
        date(2025, 12, 31),
        ActionStatus.IN_PROGRESS,
    ),
    ActionSpec(
        "Nominate Myanmar's national anti-scam focal point.",
        "som5",
        "scam",
        "MM",
        "mm_hod",
        "Posts and Telecommunications Department",
        date(2025, 3, 31),
    ),
    ActionSpec(
        "Carry out the regional survey on youth digital skills with the Philippines; "
        "present the results at the 6th ADGSOM.",
        "som5",
        "skills",
        "TH",
        "th_do3",
        "depa",
        date(2025, 11, 30),
        ActionStatus.DONE,
        date(2025, 11, 28),
    ),
    ActionSpec(
        "Circulate the first draft of ADM 2026-2030 for comments.",
        "som5",
        "adm_tor",
        "ASEC",
        "asec_head",
        "ASEAN Secretariat",
        date(2025, 6, 30),
        ActionStatus.DONE,
        date(2025, 6, 27),
    ),
    ActionSpec(
        "Develop with Japan a concept note for an anti-scam public awareness project "
        "for the 2026 work plan.",
        "jp5",
        "wp2025",
        "TH",
        "th_do3",
        "depa / MDES",
        date(2025, 10, 31),
        ActionStatus.DONE,
        date(2025, 10, 30),
    ),
    # from the 6th ADGSOM (Hà Nội)
    ActionSpec(
        "Compile and circulate the list of national anti-scam focal points under the "
        "Protocol, with ASEC.",
        "som6",
        "scam",
        "TH",
        "th_do1",
        "MDES International Affairs Division",
        date(2026, 6, 30),
    ),
    ActionSpec(
        "Confirm Myanmar's anti-scam focal point through ASEC.",
        "som6",
        "scam",
        "MM",
        "mm_hod",
        "",
        date(2026, 3, 31),
    ),
    ActionSpec(
        "Circulate a core set of ADM 2030 KPIs for written comments.",
        "som6",
        "adm_me",
        "ASEC",
        "asec_head",
        "ASEAN Secretariat",
        date(2026, 4, 30),
    ),
    ActionSpec(
        "Prepare a voluntary DEFA readiness matrix with inputs from the working groups "
        "for the 7th ADGSOM.",
        "som6",
        "defa",
        "ASEC",
        "",
        "ASEAN Secretariat",
        date(2026, 10, 31),
    ),
    ActionSpec(
        "Nominate Thailand's members of the Working Group on AI Governance.",
        "som6",
        "ai",
        "TH",
        "th_do3",
        "ETDA AI Governance Center",
        date(2026, 2, 28),
    ),
    ActionSpec(
        "Brief the PDPC on the certification pilot and obtain its board decision.",
        "som6",
        "ddg",
        "TH",
        "th_etda",
        "ETDA / PDPC Office",
        date(2026, 2, 27),
    ),
    ActionSpec(
        "Prepare the concept note for the 2026 regional incident response exercise.",
        "som6",
        "cyber",
        "TH",
        "th_ncsa",
        "NCSA",
        date(2026, 3, 31),
    ),
    ActionSpec(
        "Send Thailand's final comments on JMS rev. 3 to the host secretariat.",
        "som6",
        "jms",
        "TH",
        "th_do2",
        "MDES",
        date(2026, 1, 14),
    ),
    ActionSpec(
        "Report to capital (debrief) on ADGSOM, the partner meetings and ADGMIN.",
        "som6",
        None,
        "TH",
        "th_do1",
        "MDES",
        date(2026, 1, 23),
    ),
)

# -- outcomes ---------------------------------------------------------------------------

V = OutcomeVerb

OUTCOMES: tuple[OutcomeSpec, ...] = (
    # 5th ADGSOM
    OutcomeSpec(
        "som5",
        "adm2025",
        V.NOTED,
        "The Meeting noted the progress report on the "
        "implementation of the ASEAN Digital Masterplan 2025.",
        b(13, 9, 55),
    ),
    OutcomeSpec(
        "som5",
        "adm_tor",
        V.ENDORSED,
        "The Meeting endorsed the Terms of Reference for "
        "the development of the ASEAN Digital Masterplan 2026-2030 and agreed that the "
        "draft be submitted to the 6th ADGSOM for endorsement.",
        b(13, 10, 40),
    ),
    OutcomeSpec(
        "som5",
        "ai",
        V.ENDORSED,
        "The Meeting endorsed the Expanded ASEAN Guide on AI "
        "Governance and Ethics - Generative AI for submission to the 5th ADGMIN.",
        b(13, 11, 35),
    ),
    OutcomeSpec(
        "som5",
        "scam",
        V.ENDORSED,
        "The Meeting endorsed the Work Plan of the ASEAN "
        "Working Group on Anti-Online Scam (2025-2026) and welcomed Thailand's offer to "
        "compile a list of national anti-scam focal points.",
        b(13, 14, 40),
    ),
    OutcomeSpec(
        "som5",
        "esig",
        V.TASKED,
        "The Meeting agreed to Thailand's proposal for a "
        "study on mutual recognition of electronic signatures and digital ID, and "
        "tasked Thailand (ETDA) to report to the 6th ADGSOM.",
        b(14, 9, 35),
    ),
    OutcomeSpec(
        "som5",
        "skills",
        V.WELCOMED,
        "The Meeting welcomed the proposal of Thailand "
        "and the Philippines for a regional survey on youth digital skills.",
        b(14, 10, 5),
    ),
    OutcomeSpec(
        "som5",
        "next",
        V.AGREED,
        "The Meeting welcomed Viet Nam's offer to host the "
        "6th ADGSOM and the 6th ADGMIN in January 2026.",
        b(14, 12, 12),
    ),
    OutcomeSpec(
        "min5",
        "ai",
        V.ENDORSED,
        "The Ministers endorsed the Expanded ASEAN Guide on "
        "AI Governance and Ethics - Generative AI.",
        b(16, 11, 0),
    ),
    OutcomeSpec(
        "min5",
        "jms",
        V.ADOPTED,
        "The Ministers adopted the Joint Media Statement of the 5th ADGMIN.",
        b(16, 16, 40),
    ),
    # 6th ADGSOM
    OutcomeSpec("som6", "agenda", V.ADOPTED, "The Meeting adopted the agenda.", h(12, 9, 22)),
    OutcomeSpec(
        "som6",
        "adm2025",
        V.ENDORSED,
        "The Meeting endorsed the ASEAN Digital "
        "Masterplan 2025 Completion Report, as corrected, for noting by the 6th ADGMIN.",
        h(12, 9, 54),
    ),
    OutcomeSpec(
        "som6",
        "adm2030",
        V.ENDORSED,
        "The Meeting endorsed the ASEAN Digital "
        "Masterplan 2026-2030 and its Implementation Plan, as amended, for adoption by "
        "the 6th ADGMIN.",
        h(12, 16, 55),
    ),
    OutcomeSpec(
        "som6",
        "adm_me",
        V.TASKED,
        "The Meeting tasked the ASEAN Secretariat to "
        "circulate a core set of key performance indicators by 30 April 2026 for "
        "written comments, with a view to finalisation at the 7th ADGSOM.",
        h(12, 11, 36),
    ),
    OutcomeSpec(
        "som6",
        "defa",
        V.NOTED,
        "The Meeting noted the note by the ASEAN Secretariat on "
        "DEFA and the digital sector, and tasked the ASEAN Secretariat to prepare a "
        "voluntary readiness matrix, without prejudice to national policy space.",
        h(12, 12, 10),
    ),
    OutcomeSpec(
        "som6",
        "ddg",
        V.ENDORSED,
        "The Meeting endorsed the Report of the Working Group "
        "on Digital Data Governance and the 2026 update of the ASEAN Model Contractual "
        "Clauses Implementation Guide.",
        h(12, 14, 22),
    ),
    OutcomeSpec(
        "som6",
        "ai",
        V.ENDORSED,
        "The Meeting endorsed the Terms of Reference of the "
        "ASEAN Working Group on AI Governance, as amended, for adoption by the 6th "
        "ADGMIN.",
        h(12, 14, 55),
    ),
    OutcomeSpec(
        "som6",
        "scam",
        V.AGREED,
        "The Meeting agreed the ASEAN Rapid Takedown and "
        "Information-Sharing Protocol, as amended, for adoption by the 6th ADGMIN, and "
        "tasked the Working Group on Anti-Online Scam to report on its implementation "
        "to the 7th ADGSOM.",
        h(12, 15, 55),
    ),
    OutcomeSpec(
        "som6",
        "cyber",
        V.NOTED,
        "The Meeting noted the annual report of the ASEAN "
        "Regional CERT and welcomed Thailand's offer to host a regional incident "
        "response exercise in 2026.",
        h(12, 16, 30),
    ),
    OutcomeSpec(
        "som6",
        "skills",
        V.ENDORSED,
        "The Meeting endorsed the ASEAN Digital Talent "
        "Initiative for adoption by the 6th ADGMIN and welcomed the offer of the "
        "Philippines to host a regional youth event in 2026.",
        h(13, 9, 27),
    ),
    OutcomeSpec(
        "som6",
        "partners",
        V.ENDORSED,
        "The Meeting endorsed the work plans for 2026 with the Dialogue Partners and ITU.",
        h(13, 10, 5),
    ),
    OutcomeSpec(
        "som6",
        "deliverables",
        V.AGREED,
        "The Meeting agreed the list of ADGMIN 2026 deliverables.",
        h(13, 10, 20),
    ),
    OutcomeSpec(
        "som6",
        "jms",
        V.ENDORSED,
        "The Meeting endorsed the draft Joint Media "
        "Statement ad referendum, subject to the host's revision 3.",
        h(13, 11, 38),
    ),
    OutcomeSpec(
        "som6",
        "next",
        V.WELCOMED,
        "The Meeting welcomed the offer of Brunei "
        "Darussalam to host the 7th ADGSOM and the 7th ADGMIN in 2027.",
        h(13, 11, 48),
    ),
)

# -- our speaking time (6th ADGSOM) ----------------------------------------------------

SPEAKING: tuple[SpeakingSpec, ...] = (
    SpeakingSpec("som6", "adm2025", h(12, 9, 40), 150),
    SpeakingSpec("som6", "adm2030", h(12, 10, 3), 210),
    SpeakingSpec("som6", "adm2030", h(12, 10, 27), 45),
    SpeakingSpec("som6", "adm_me", h(12, 11, 23), 70),
    SpeakingSpec("som6", "defa", h(12, 11, 57), 120),
    SpeakingSpec("som6", "ddg", h(12, 14, 11), 125),
    SpeakingSpec("som6", "ai", h(12, 14, 37), 170),
    SpeakingSpec("som6", "scam", h(12, 15, 11), 240),
    SpeakingSpec("som6", "scam", h(12, 15, 46), 60),
    SpeakingSpec("som6", "cyber", h(12, 16, 23), 100),
    SpeakingSpec("som6", "skills", h(13, 9, 7), 180),
    SpeakingSpec("som6", "jms", h(13, 10, 40), 90),
)
