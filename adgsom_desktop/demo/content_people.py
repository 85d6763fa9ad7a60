"""Demo content, part 2: our delegation (Thailand) and counterparts.

Every person here is fictional; titles and agencies follow the real shape of
the delegations.  Phone numbers and e-mail addresses are placeholders.
"""

from __future__ import annotations

from datetime import date

from ..domain.enums import MemberRole
from .content import InterestSpec, PersonSpec

H = MemberRole.HEAD
ALT = MemberRole.ALTERNATE
ADV = MemberRole.ADVISER
DO = MemberRole.DESK_OFFICER

MDES = "Ministry of Digital Economy and Society (MDES)"
BKK5 = "5th ADGSOM, Bangkok"

# -- our delegation ---------------------------------------------------------------

OUR_MEMBERS: tuple[PersonSpec, ...] = (
    PersonSpec(
        key="th_min",
        delegation_code="TH",
        full_name="Worawit Chanthasiri",
        local_name="วรวิทย์ จันทศิริ",
        honorific="H.E. Mr.",
        title="Minister of Digital Economy and Society (head of delegation at ADGMIN)",
        agency=MDES,
        role=H,
        email="minister.office@example.go.th",
        bio="Joins for the 6th ADGMIN (15-16 January) only. Prefers a one-page note per item "
        "and a 3-minute speaking text in Thai; the interpreter works from the English "
        "version.",
    ),
    PersonSpec(
        key="th_hod",
        delegation_code="TH",
        full_name="Pongsak Rattanavichai",
        local_name="ดร.พงศ์ศักดิ์ รัตนวิชัย",
        honorific="Dr.",
        title="Permanent Secretary (head of delegation at ADGSOM)",
        agency=MDES,
        role=H,
        email="ps.office@example.go.th",
        phone="+66 2 000 0001",
        bio="Chaired the 5th ADGSOM in Bangkok. Approves all positions for ADGSOM. Decides "
        "on the spot on fallbacks marked *HoD may concede*; anything marked *refer to "
        "capital* goes to the Minister's office through the embassy line.",
    ),
    PersonSpec(
        key="th_alt",
        delegation_code="TH",
        full_name="Kanittha Srisuwan",
        local_name="นางกนิษฐา ศรีสุวรรณ",
        honorific="Mrs.",
        title="Deputy Permanent Secretary (alternate head of delegation)",
        agency=MDES,
        role=ALT,
        email="kanittha.s@example.go.th",
        phone="+66 81 000 0002",
    ),
    PersonSpec(
        key="th_ia",
        delegation_code="TH",
        full_name="Thanawat Boonmee",
        local_name="นายธนวัฒน์ บุญมี",
        honorific="Mr.",
        title="Director, International Affairs Division, Office of the Permanent Secretary",
        agency=MDES,
        role=ADV,
        email="thanawat.b@example.go.th",
        phone="+66 81 000 0003",
    ),
    PersonSpec(
        key="th_etda",
        delegation_code="TH",
        full_name="Pimchanok Laohapan",
        local_name="นางสาวพิมพ์ชนก เลาหพันธ์",
        honorific="Ms.",
        title="Senior Executive Vice President (digital standards and data governance)",
        agency="Electronic Transactions Development Agency (ETDA)",
        role=ADV,
        email="pimchanok.l@example.or.th",
        phone="+66 81 000 0004",
    ),
    PersonSpec(
        key="th_ncsa",
        delegation_code="TH",
        full_name="Anucha Kraisorn",
        local_name="นาวาอากาศเอก ดร.อนุชา ไกรสร",
        honorific="Gp Capt Dr.",
        title="Deputy Secretary-General",
        agency="National Cyber Security Agency (NCSA)",
        role=ADV,
        email="anucha.k@example.go.th",
    ),
    PersonSpec(
        key="th_police",
        delegation_code="TH",
        full_name="Ekkachai Suwannarat",
        local_name="พ.ต.อ.เอกชัย สุวรรณรัตน์",
        honorific="Pol. Col.",
        title="Deputy Commander, Cyber Crime Investigation Bureau (CCIB)",
        agency="Royal Thai Police",
        role=ADV,
        email="ekkachai.s@example.go.th",
        bio="Technical adviser on the anti-scam item (5.1). Can brief on takedown volumes and "
        "cross-border cases; he does not speak in the plenary.",
    ),
    PersonSpec(
        key="th_do1",
        delegation_code="TH",
        full_name="Natthida Chaiyaporn",
        local_name="นางสาวณัฐธิดา ชัยพร",
        honorific="Ms.",
        title="Foreign Relations Officer, Professional Level (pack coordinator)",
        agency=MDES,
        role=DO,
        email="natthida.c@example.go.th",
        phone="+66 89 000 0005",
    ),
    PersonSpec(
        key="th_do2",
        delegation_code="TH",
        full_name="Krit Saengthong",
        local_name="นายกฤษณ์ แสงทอง",
        honorific="Mr.",
        title="Foreign Relations Officer (note-taker, ADGSOM plenary)",
        agency=MDES,
        role=DO,
        email="krit.s@example.go.th",
        phone="+66 89 000 0006",
    ),
    PersonSpec(
        key="th_do3",
        delegation_code="TH",
        full_name="Warisa Thammasiri",
        local_name="นางสาววริศา ธรรมศิริ",
        honorific="Ms.",
        title="Policy Analyst (partner meetings, JWG and Governing Council)",
        agency="Digital Economy Promotion Agency (depa)",
        role=DO,
        email="warisa.t@example.or.th",
        phone="+66 89 000 0007",
    ),
    PersonSpec(
        key="th_int",
        delegation_code="TH",
        full_name="Ornanong Phetcharat",
        local_name="นางสาวอรอนงค์ เพ็ชรรัตน์",
        honorific="Ms.",
        title="Interpreter (Thai-English)",
        agency=MDES,
        role=MemberRole.INTERPRETER,
        bio="Receives the releasable pack only (no not-for-disclosure background).",
    ),
    PersonSpec(
        key="th_liaison",
        delegation_code="TH",
        full_name="Sittichok Manee",
        local_name="นายสิทธิโชค มณี",
        honorific="Mr.",
        title="First Secretary, Royal Thai Embassy, Hà Nội (liaison officer)",
        agency="Ministry of Foreign Affairs",
        role=MemberRole.LIAISON,
        phone="+84 90 000 0000",
    ),
)

# -- counterparts ----------------------------------------------------------------

COUNTERPARTS: tuple[PersonSpec, ...] = (
    PersonSpec(
        key="vn_hod",
        delegation_code="VN",
        full_name="Vũ Hoàng Phong",
        local_name="Vũ Hoàng Phong",
        honorific="Dr.",
        title="Deputy Minister of Science and Technology; Chair of the 6th ADGSOM",
        agency="Ministry of Science and Technology (MOST), Viet Nam",
        role=H,
        bio="An engineer by training who spent ten years in the telecoms industry before "
        "government. As Chair he wants the **ADM 2026-2030** adopted in Hà Nội as the "
        "signature outcome of Viet Nam's hosting and will resist reopening agreed text. "
        "Direct and time-conscious: he cuts long interventions politely. Speaks good English; "
        "opens and closes in Vietnamese. Responds well to early, private signals of support.",
        last_met=date(2025, 10, 22),
        last_met_where="ADGSOM Leaders' inter-sessional video call",
        last_said='"Hà Nội must adopt ADM 2030 - we cannot go to Ministers with brackets."',
    ),
    PersonSpec(
        key="vn_dg",
        delegation_code="VN",
        full_name="Trịnh Ngọc Diệp",
        local_name="Trịnh Ngọc Diệp",
        honorific="Ms.",
        title="Director-General, Department of International Cooperation",
        agency="Ministry of Science and Technology (MOST), Viet Nam",
        role=ALT,
        bio="Runs the host secretariat and holds the pen on the Joint Media Statement. "
        "Meticulous about process; the person to see for late amendments. Studied in "
        "Australia; informal and approachable outside the room.",
        last_met=date(2025, 11, 18),
        last_met_where="Preparatory meeting for the 6th ADGMIN (virtual)",
        last_said="Asked Thailand for anti-scam wording for the JMS by 5 January.",
    ),
    PersonSpec(
        key="la_hod",
        delegation_code="LA",
        full_name="Soulivong Phommachanh",
        local_name="ທ່ານ ສຸລິວົງ ພົມມະຈັນ",
        honorific="Mr.",
        title="Director-General, Department of Digital Economy",
        agency="Ministry of Technology and Communications (MTC), Lao PDR",
        role=H,
        bio="Long-serving official, respected for his patience. Lao PDR's priorities are rural "
        "connectivity and capacity building; he will ask that new commitments come with "
        "funding and technical assistance. Speaks Thai well and appreciates an informal word "
        "in Thai or Lao before the session. Rarely opposes in the room; reservations come "
        "through ASEC afterwards.",
        last_met=date(2025, 1, 13),
        last_met_where=BKK5,
        last_said='"ADM 2030 targets must be realistic for all Member States."',
    ),
    PersonSpec(
        key="kh_hod",
        delegation_code="KH",
        full_name="Keo Sambath",
        local_name="ឯកឧត្តម កែវ សម្បត្តិ",
        honorific="H.E. Mr.",
        title="Secretary of State",
        agency="Ministry of Post and Telecommunications (MPTC), Cambodia",
        role=H,
        bio="Articulate and well prepared; holds a doctorate in telecoms policy from France. "
        "Champions Cambodia's digital government work and the Digital Economy and Society "
        "Policy Framework. On online scams he stresses Cambodia's own enforcement effort and "
        "reacts strongly to any suggestion that the problem is national rather than "
        "regional. Keep exchanges with him technical and forward-looking.",
        last_met=date(2025, 1, 14),
        last_met_where=BKK5,
        last_said='"Scams are a transnational crime; every Member State is both victim and '
        'part of the solution."',
    ),
    PersonSpec(
        key="mm_hod",
        delegation_code="MM",
        full_name="U Kyaw Zin Htet",
        local_name="ဦးကျော်ဇင်ထက်",
        honorific="",
        title="Director General, Posts and Telecommunications Department",
        agency="Ministry of Transport and Communications, Myanmar",
        role=H,
        bio="Attends with a small delegation and limited instructions; often reserves and "
        "confirms later through ASEC. Technically able and courteous. Interested in telecom "
        "fraud controls (SIM registration) and in capacity-building offers.",
        last_met=date(2025, 1, 13),
        last_met_where=BKK5,
        last_said="Will revert on the anti-scam focal point after consultations in Nay Pyi Taw.",
    ),
    PersonSpec(
        key="id_hod",
        delegation_code="ID",
        full_name="Ratna Kusumawardhani",
        honorific="Dr.",
        title="Director General of Digital Ecosystem",
        agency="Ministry of Communication and Digital Affairs (Komdigi), Indonesia",
        role=H,
        bio="Economist; previously with the trade ministry's DEFA team, so she links the "
        "digital track with DEFA implementation. Firm on policy space for national data "
        "rules; favours voluntary frameworks. Good ally on digital skills and on MSMEs.",
        last_met=date(2025, 9, 4),
        last_met_where="Bilateral call on DEFA coherence",
        last_said="\"DEFA implementation needs ADGSOM's frameworks to be ready, not just "
        'endorsed."',
    ),
    PersonSpec(
        key="sg_hod",
        delegation_code="SG",
        full_name="Marcus Lim Jun Hao",
        honorific="Mr.",
        title="Deputy Secretary (Technology and Governance)",
        agency="Ministry of Digital Development and Information (MDDI), Singapore",
        role=H,
        bio="Sharp, concise, well briefed on every text. Leads on AI governance and digital "
        "trust; pushes for interoperable, light-touch frameworks and for measurable KPIs in "
        "ADM 2030. Will support anti-scam cooperation but wary of binding information "
        "sharing. Values early bilateral contact and a clear ask.",
        last_met=date(2025, 1, 14),
        last_met_where=BKK5,
        last_said='"KPIs we cannot measure are not KPIs."',
    ),
    PersonSpec(
        key="sg_ddg",
        delegation_code="SG",
        full_name="Cheryl Ong Mei Ling",
        honorific="Ms.",
        title="Director (International Data Policy); Chair of the Working Group on Digital "
        "Data Governance",
        agency="Infocomm Media Development Authority (IMDA), Singapore",
        role=ADV,
        bio="Chairs the WG-DDG. Pragmatic drafter; keen on the cross-border data flows "
        "certification pilot and on more Member States using the ASEAN Model Contractual "
        "Clauses.",
        last_met=date(2025, 6, 10),
        last_met_where="WG-DDG meeting, Singapore",
    ),
    PersonSpec(
        key="my_hod",
        delegation_code="MY",
        full_name="Nurul Aina binti Ismail",
        honorific="Puan",
        title="Deputy Secretary-General (Digital Policy and Governance)",
        agency="Ministry of Digital, Malaysia",
        role=H,
        bio="Leads Malaysia on the Working Group on Anti-Online Scam, which Malaysia chairs. "
        "A natural ally on the rapid-takedown protocol; wants Malaysia's National Scam "
        "Response Centre model cited. Warm, consensus-minded, likes joint interventions.",
        last_met=date(2025, 11, 27),
        last_met_where="WG on Anti-Online Scam, Kuala Lumpur",
        last_said='"A joint TH-MY paper would carry the room on the takedown protocol."',
    ),
    PersonSpec(
        key="ph_hod",
        delegation_code="PH",
        full_name="Jose Ramon Villareal",
        honorific="Usec.",
        title="Undersecretary for Digital Infrastructure and Inclusion",
        agency="Department of Information and Communications Technology (DICT), Philippines",
        role=H,
        bio="Energetic speaker who likes youth and digital-skills initiatives and will ask "
        "for the Philippines to host a regional youth event. Supports anti-scam cooperation "
        "(the Philippines passed its own anti-scam law). Sometimes runs over time.",
        last_met=date(2025, 1, 14),
        last_met_where=BKK5,
    ),
    PersonSpec(
        key="bn_hod",
        delegation_code="BN",
        full_name="Noraini binti Haji Osman",
        honorific="Dayang Hajah",
        title="Permanent Secretary (Infocommunications)",
        agency="Ministry of Transport and Infocommunications (MTIC), Brunei Darussalam",
        role=H,
        bio="Quiet, consensus-oriented; rarely intervenes except on process. Brunei "
        "Darussalam is next in line to host (7th ADGMIN, 2027): she will want an early "
        "decision on dates.",
        last_met=date(2025, 1, 13),
        last_met_where=BKK5,
    ),
    PersonSpec(
        key="tl_hod",
        delegation_code="TL",
        full_name="Agostinho Ximenes da Costa",
        honorific="Mr.",
        title="Director-General for Communications",
        agency="Ministry of Transport and Communications, Timor-Leste",
        role=H,
        bio="Timor-Leste's first ADGSOM as a full Member State. Keen on capacity building "
        "and on a realistic phasing of ADM 2030 commitments. Welcomes offers of technical "
        "help; Thailand's ETDA training offer was well received.",
        last_met=date(2025, 10, 27),
        last_met_where="ASEAN Summit side event, Kuala Lumpur",
    ),
    PersonSpec(
        key="asec_head",
        delegation_code="ASEC",
        full_name="Dewi Anggraini Putri",
        honorific="Ms.",
        title="Head, Digital Economy Division, ASEAN Economic Community Department",
        agency="ASEAN Secretariat",
        role=H,
        bio="Holds the pen on the ADM 2025 completion report and the draft ADM 2026-2030. "
        "Knows every delegation's sensitivities; a good source on where the text will land. "
        "Prefers amendments in writing, in track changes, before the session.",
        last_met=date(2025, 12, 3),
        last_met_where="Courtesy call, ASEAN Secretariat, Jakarta",
        last_said="The completion report rates 31 of 37 Enabling Actions completed.",
    ),
    PersonSpec(
        key="asec_officer",
        delegation_code="ASEC",
        full_name="Rizal Firmansyah",
        honorific="Mr.",
        title="Senior Officer, Digital Economy Division",
        agency="ASEAN Secretariat",
        role=DO,
    ),
    PersonSpec(
        key="jp_hod",
        delegation_code="JP",
        full_name="Takeshi Morimoto",
        local_name="森本 健",
        honorific="Mr.",
        title="Vice-Minister for Policy Coordination (International Affairs)",
        agency="Ministry of Internal Affairs and Communications (MIC), Japan",
        role=H,
        bio="Careful and formal; reads prepared text. Japan's priorities for 2026: trusted "
        "data flows, AI safety, cybersecurity capacity building (AJCCBC) and submarine cable "
        "resilience. Appreciates specific project ideas with a named Thai agency behind them.",
        last_met=date(2025, 1, 15),
        last_met_where="5th ADGSOM+Japan, Bangkok",
        last_said="Open to co-funding an anti-scam awareness project in 2026.",
    ),
    PersonSpec(
        key="kr_hod",
        delegation_code="KR",
        full_name="Park Ji-hoon",
        local_name="박지훈",
        honorific="Dr.",
        title="Director General for International Cooperation",
        agency="Ministry of Science and ICT (MSIT), Republic of Korea",
        role=H,
        bio="Former researcher in AI policy. Korea proposes a Phase II of its digital "
        "innovation programme (2026-2028) with an AI focus; he will seek co-chairing roles "
        "and visibility. Friendly and direct.",
        last_met=date(2025, 1, 15),
        last_met_where="5th ADGSOM+ROK, Bangkok",
    ),
    PersonSpec(
        key="itu_rd",
        delegation_code="ITU",
        full_name="Anjali Raman",
        honorific="Ms.",
        title="Regional Director for Asia and the Pacific",
        agency="International Telecommunication Union (ITU), Bangkok regional office",
        role=H,
        bio="Based in Bangkok, so an easy contact for the MDES team. Focus on meaningful "
        "connectivity, digital skills and cybersecurity readiness. Looking for a host for a "
        "regional workshop in 2026.",
        last_met=date(2025, 12, 9),
        last_met_where="Meeting at MDES, Bangkok",
        last_said="Would welcome Thailand hosting the 2026 regional workshop on child online "
        "protection.",
    ),
    PersonSpec(
        key="eu_hou",
        delegation_code="EU",
        full_name="Lukas Brandt",
        honorific="Mr.",
        title="Head of Unit, International Relations",
        agency="European Commission, DG CONNECT",
        role=H,
        bio="Promotes the EU-ASEAN digital partnership and regulatory dialogue (data, AI "
        "Act, platforms). Will propose a 2026 workshop on AI regulation. Precise; follows "
        "up every meeting with a written summary.",
        last_met=date(2025, 1, 15),
        last_met_where="2nd ADGSOM+EU Digital Dialogue, Bangkok",
    ),
)

PEOPLE: tuple[PersonSpec, ...] = OUR_MEMBERS + COUNTERPARTS

# Counterparts who care about an item (shown in the item's brief).
INTERESTS: tuple[InterestSpec, ...] = (
    InterestSpec(
        "vn_hod",
        ("som6", "adm2030"),
        "Chair: wants ADM 2030 endorsed without brackets; signature outcome of Viet Nam's hosting.",
    ),
    InterestSpec("asec_head", ("som6", "adm2025"), "Author of the completion report."),
    InterestSpec(
        "asec_head", ("som6", "adm2030"), "Holds the pen on the draft and the Implementation Plan."
    ),
    InterestSpec("sg_hod", ("som6", "adm_me"), "Insists on measurable KPIs."),
    InterestSpec("sg_hod", ("som6", "ai"), "Singapore leads on AI governance."),
    InterestSpec("sg_ddg", ("som6", "ddg"), "Chairs the WG-DDG."),
    InterestSpec("id_hod", ("som6", "defa"), "Links DEFA implementation and ADGSOM work."),
    InterestSpec("my_hod", ("som6", "scam"), "Malaysia chairs the WG on Anti-Online Scam."),
    InterestSpec("kh_hod", ("som6", "scam"), "Sensitive: Cambodia's enforcement record."),
    InterestSpec("mm_hod", ("som6", "scam"), "SIM registration and telecom fraud controls."),
    InterestSpec("ph_hod", ("som6", "skills"), "Wants to host a regional youth event."),
    InterestSpec("la_hod", ("som6", "skills"), "Capacity building and funding for LA."),
    InterestSpec("la_hod", ("som6", "adm2030"), "Realistic targets for all AMS."),
    InterestSpec("tl_hod", ("som6", "adm2030"), "Phasing of commitments for Timor-Leste."),
    InterestSpec("vn_dg", ("som6", "jms"), "Holds the pen on the Joint Media Statement."),
    InterestSpec("bn_hod", ("som6", "next"), "Next host (2027)."),
    InterestSpec("jp_hod", ("jp6", "wp2026"), "Japan's 2026 work plan."),
    InterestSpec("kr_hod", ("gc6", "phase2"), "Proposes Phase II with an AI focus."),
    InterestSpec("itu_rd", ("itu6", "projects"), "Seeks a host for the 2026 workshop."),
    InterestSpec("eu_hou", ("eu6", "ai_reg"), "Proposes an AI regulation workshop."),
)
