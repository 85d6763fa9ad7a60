"""Words and sentences the data generator draws from (English, Vietnamese, Thai, Khmer).

Realistic for search: an ordinary term ("data protection", "submarine cable",
a Thai or Khmer word) matches a small share of notes; function words ("the",
"and") match most of them, which is the search's worst case.
"""

from __future__ import annotations

TOPICS = (
    "personal data protection",
    "cross-border data flows",
    "the ASEAN Data Management Framework",
    "Model Contractual Clauses",
    "digital skills for youth",
    "submarine cable resilience",
    "5G spectrum harmonisation",
    "responsible AI governance",
    "generative AI guidelines",
    "online scams and fraud",
    "CERT-to-CERT cooperation",
    "critical information infrastructure",
    "e-government services",
    "digital identity interoperability",
    "cross-border digital payments",
    "rural broadband coverage",
    "child online protection",
    "misinformation and deepfakes",
    "the Digital Economy Framework Agreement",
    "green data centres",
    "quantum-safe cryptography",
    "smart city pilots",
    "satellite connectivity for remote islands",
    "the ASEAN Digital Masterplan 2026-2030",
    "the ADM 2025 mid-term review",
    "digital inclusion of persons with disabilities",
    "MSME digitalisation",
    "mobile roaming charges",
    "spam and SIM registration",
    "cybersecurity capacity building",
    "the ASEAN Digital Fund budget",
    "open RAN trials",
    "trusted digital services",
    "consumer protection online",
    "the regional CERT",
    "digital trade facilitation",
    "AI sandboxes",
    "data centre energy efficiency",
    "the ASEAN-Japan ICT work plan",
    "the ASEAN-Korea digital innovation programme",
    "the ASEAN-EU digital dialogue",
    "the ITU regional initiatives",
    "emergency telecommunications",
    "digital literacy for older persons",
    "telecommunication tariffs",
    "interoperable e-signatures",
)

CITIES = (
    "Hà Nội",
    "Bangkok",
    "Phnom Penh",
    "Vientiane",
    "Kuala Lumpur",
    "Singapore",
    "Jakarta",
    "Manila",
    "Bandar Seri Begawan",
    "Nay Pyi Taw",
    "Dili",
    "Đà Nẵng",
    "Siem Reap",
    "Luang Prabang",
    "Cebu",
    "Penang",
    "Chiang Mai",
    "Bali",
)
COUNTRY_OF = {
    "Hà Nội": "Viet Nam",
    "Đà Nẵng": "Viet Nam",
    "Bangkok": "Thailand",
    "Chiang Mai": "Thailand",
    "Phnom Penh": "Cambodia",
    "Siem Reap": "Cambodia",
    "Vientiane": "Lao PDR",
    "Luang Prabang": "Lao PDR",
    "Kuala Lumpur": "Malaysia",
    "Penang": "Malaysia",
    "Singapore": "Singapore",
    "Jakarta": "Indonesia",
    "Bali": "Indonesia",
    "Manila": "Philippines",
    "Cebu": "Philippines",
    "Bandar Seri Begawan": "Brunei Darussalam",
    "Nay Pyi Taw": "Myanmar",
    "Dili": "Timor-Leste",
}
HOST_CODE = {
    "Viet Nam": "VN",
    "Thailand": "TH",
    "Cambodia": "KH",
    "Lao PDR": "LA",
    "Malaysia": "MY",
    "Singapore": "SG",
    "Indonesia": "ID",
    "Philippines": "PH",
    "Brunei Darussalam": "BN",
    "Myanmar": "MM",
    "Timor-Leste": "TL",
}
MEMBER_STATES = ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN")
PARTNERS = ("AU", "CA", "CN", "EU", "IN", "JP", "KR", "NZ", "RU", "UK", "US", "ITU")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# {D}, {D2}: delegations; {T}, {T2}: topics; {N}: a number; {M}: a month; {C}: a city.
EN_SENTENCES = (
    "{D} thanked the Chair and the ASEAN Secretariat for the preparation of the paper on {T}.",
    "{D} supported the draft on {T}, subject to minor editorial amendments to paragraph {N}.",
    "{D} proposed to add a reference to {T2} in the operative part of the text.",
    "{D} asked whether the budget for {T} could be phased over two years instead of one.",
    "{D} noted that national consultations on {T} were still ongoing and reserved its position until {M}.",
    "The Chair summarised that the Meeting endorsed the work plan on {T} and tasked the Secretariat to circulate a revised text by {M}.",
    "Our HoD delivered points 1 and {N} on {T}; no reaction from the floor.",
    "{D} raised concerns about the cost of compliance with {T} for MSMEs and asked for a longer transition period.",
    "{D} shared its experience with a national pilot on {T} covering {N} provinces.",
    "Corridor talk: {D} may accept our fallback on {T} if {D2} does.",
    "Several delegations welcomed the progress on {T}; {D} asked for a clear timeline with milestones.",
    "ASEC clarified that the revised document supersedes the earlier draft circulated in {M}.",
    "{D} suggested aligning the work on {T} with Desired Outcome {N} of the ADM.",
    "{D} informed the Meeting that it will host a workshop on {T} in {C} in {M}.",
    "Follow up with capital on {T} before the ministers meet.",
    "{D} did not object but asked that its comments on {T} be reflected in the record of the meeting.",
    "{D} questioned the legal basis for {T} and preferred a non-binding guideline.",
    "{D} and {D2} co-sponsored a proposal on {T}; most Member States supported it in principle.",
    "The dialogue partner offered technical assistance on {T} for CLMV countries.",
    "{D} stressed that {T} must respect national sovereignty and domestic legislation.",
    "{D} requested the Secretariat to compile national practices on {T} before the next meeting.",
    "The Meeting agreed to defer the decision on {T} to the next ADGSOM.",
    "Interpretation problems during the discussion of {T}; check the record against our notes.",
    "{D} offered to lead the study on {T} with support from {D2}.",
    "{D} reported {N} per cent growth in the use of {T} since the last meeting.",
    "{D} recalled the commitment made at the last ADGMIN on {T} and asked where it stood.",
    "No consensus on {T}: {D} and {D2} could not accept the wording on financial contributions.",
    "{D} circulated a non-paper on {T}; we need a copy for capital.",
    "Our position on {T} was well received; {D} asked for bilateral talks on the margins.",
    "{D} highlighted the link between {T} and {T2}.",
)

VI_TOPICS = (
    "quản trị dữ liệu số",
    "an ninh mạng",
    "trí tuệ nhân tạo",
    "kinh tế số",
    "chính phủ điện tử",
    "hạ tầng băng rộng",
    "lừa đảo trực tuyến",
    "kỹ năng số cho thanh niên",
)
VI_SENTENCES = (
    "Việt Nam ủng hộ dự thảo về {V} và đề nghị bổ sung một đoạn về hợp tác khu vực.",
    "Đoàn Việt Nam cảm ơn Chủ tịch và Ban Thư ký ASEAN đã chuẩn bị tài liệu về {V}.",
    "Chúng tôi đề nghị Ban Thư ký gửi bản sửa đổi trước cuộc họp tiếp theo.",
    "Việt Nam sẵn sàng chia sẻ kinh nghiệm về chuyển đổi số quốc gia và {V}.",
    "Cần thêm thời gian tham vấn các bộ, ngành liên quan về {V}.",
    "Đề nghị làm rõ nguồn kinh phí cho chương trình về {V}.",
    "Hà Nội sẽ đăng cai hội thảo khu vực về {V} trong năm tới.",
    "Việt Nam hoan nghênh sáng kiến về {V} và mong muốn tham gia tích cực.",
    "Đà Nẵng được đề xuất là địa điểm thử nghiệm thành phố thông minh.",
    "Chúng tôi lưu ý rằng {V} phải phù hợp với pháp luật quốc gia.",
)

TH_TOPICS = (
    "การคุ้มครองข้อมูลส่วนบุคคล",
    "ความมั่นคงปลอดภัยไซเบอร์",
    "ปัญญาประดิษฐ์",
    "เศรษฐกิจดิจิทัล",
    "การหลอกลวงทางออนไลน์",
    "ทักษะดิจิทัล",
)
TH_SENTENCES = (
    "ประเทศไทยสนับสนุนร่างเอกสารว่าด้วย{H} และขอให้เพิ่มถ้อยคำเรื่องความร่วมมือระดับภูมิภาค",
    "คณะผู้แทนไทยขอขอบคุณประธานและสำนักเลขาธิการอาเซียนสำหรับเอกสารเรื่อง{H}",
    "ขอให้สำนักเลขาธิการเวียนเอกสารฉบับแก้ไขภายในสองสัปดาห์",
    "ต้องหารือกับหน่วยงานในประเทศเรื่อง{H}ก่อนให้ความเห็นชอบ",
    "ประเด็นงบประมาณยังไม่ชัดเจน ต้องรายงานกลับไปยังกรุงเทพฯ",
    "สิงคโปร์และมาเลเซียเห็นด้วยกับข้อเสนอของไทยเรื่อง{H}",
    "หัวหน้าคณะผู้แทนกล่าวถ้อยแถลงตามประเด็นที่เตรียมไว้ครบถ้วน",
)

KM_SENTENCES = (
    "កម្ពុជាគាំទ្រកិច្ចសហប្រតិបត្តិការក្នុងតំបន់ ដើម្បីប្រយុទ្ធប្រឆាំងការបោកប្រាស់តាមប្រព័ន្ធឌីជីថល",
    "កម្ពុជាសូមថ្លែងអំណរគុណដល់ប្រធាន និងលេខាធិការដ្ឋានអាស៊ាន",
    "យើងត្រូវការពេលវេលាបន្ថែម ដើម្បីពិគ្រោះយោបល់ជាមួយក្រសួងពាក់ព័ន្ធ",
    "កម្ពុជាគាំទ្រផែនការមេឌីជីថលអាស៊ាន ២០២៦-២០៣០",
    "សន្តិសុខតាមប្រព័ន្ធអ៊ីនធឺណិត និងការការពារទិន្នន័យផ្ទាល់ខ្លួន គឺជាអាទិភាពរបស់យើង",
)

ITEM_TITLES = (
    "Report of the ASEAN Secretariat on {T}",
    "Progress report on {T}",
    "Proposal on {T}",
    "Draft guidelines on {T}",
    "Work plan on {T}",
    "Update from the Working Group on {T}",
    "Study on {T}: terms of reference",
    "Project proposal: {T}",
    "Cooperation with dialogue partners on {T}",
    "Budget for {T}",
)
FIXED_ITEMS = (
    "Opening remarks",
    "Adoption of the agenda",
    "Other matters",
    "Date and venue of the next meeting",
)

OBJECTIVES = (
    "Secure endorsement of the text on {T} without new financial commitments for Member States.",
    "Keep the review of {T} voluntary and led by Member States.",
    "Obtain a reference to our national pilot on {T} in the outcome document.",
    "Defer a decision on {T} until national consultations are complete.",
)
OPENINGS = (
    "Support the draft on {T} as circulated, with the amendment in paragraph {N}.",
    "Welcome the proposal on {T} and offer to co-lead the follow-up study.",
    "Express general support for {T} while reserving on the budget annex.",
)
FALLBACKS = (
    "Accept a phased timeline for {T} over two years.",
    "Accept the text if the financial annex is moved to a separate decision.",
    "Agree to a pilot on {T} limited to volunteering Member States.",
    "Accept softer language ('encourage' instead of 'shall').",
)
RED_LINES = (
    "No binding obligation on {T} that requires new domestic legislation.",
    "No assessed contributions beyond the current ASEAN Digital Fund share.",
    "No transfer of enforcement powers to a regional body.",
)
POINTS = (
    "Thank the Chair and the Secretariat for the paper on {T}.",
    "Our country has made progress on {T}: {N} agencies now share a common platform.",
    "Stress that capacity building must precede new commitments on {T}.",
    "Propose that the Secretariat compile national practices on {T}.",
    "Offer to host a regional workshop on {T} next year.",
    "Support close cooperation with dialogue partners on {T}.",
    "Recall the ADGMIN decision of last year on {T}.",
)
TACTICAL = (
    "If {D} pushes for a binding instrument on {T}, point to the cost for CLMV countries.",
    "Work with {D} and {D2} on the margins; they share our concerns on the budget.",
)
THEIR_OBJECTIVES = (
    "Wants a binding regional instrument on {T}.",
    "Wants the Secretariat to host a new unit for {T}.",
    "Seeks more time for domestic consultations on {T}.",
    "Wants its national standard on {T} adopted as the regional one.",
)
RESPONSES = (
    "Acknowledge the ambition; propose a voluntary guideline first.",
    "Support in principle; ask for a costed proposal.",
    "Agree to more time if the timeline is fixed in the record.",
)
QUESTIONS = (
    "Why does our country not support a binding instrument on {T}?",
    "What is our national budget for {T}?",
    "Will our country host the next meeting on {T}?",
)
ANSWERS = (
    "We support the goal and prefer a step-by-step approach that every Member State can follow.",
    "National funding is decided in our annual budget cycle; we do not pre-empt it here.",
    "We are considering it and will inform the Secretariat in due course.",
)
PRESS_LINES = (
    "Our country welcomed regional progress on {T} and will continue to contribute actively.",
    "The Meeting agreed to strengthen cooperation on {T} for the benefit of all ASEAN citizens.",
)
BACKGROUND = (
    "The item follows the decision of the last ADGMIN to review {T}. {D} circulated a first draft in {M}; "
    "comments were received from {N} Member States.",
    "A regional study on {T} was completed with support from a dialogue partner; it recommends "
    "a phased approach over three years.",
)
BACKGROUND_NFD = (
    "Capital is divided on {T}: the ministry supports, the regulator has reservations. "
    "Do not disclose the national budget figure.",
    "{D} told us bilaterally it will oppose any new assessed contribution.",
)
ACTIONS = (
    "Circulate the revised draft on {T} to Member States.",
    "Send national comments on {T} to the Secretariat.",
    "Consult the regulator on {T} and report back to the HoD.",
    "Prepare a non-paper on {T} for the next ADGSOM.",
    "Nominate a focal point for {T}.",
)
OUTCOMES = (
    "The Meeting noted the report on {T}.",
    "The Meeting endorsed the work plan on {T} for submission to ADGMIN.",
    "The Meeting agreed to revise the draft on {T} and tasked the Secretariat to circulate it.",
    "The Meeting deferred the proposal on {T} to the next ADGSOM.",
)
AGENCIES = (
    "Ministry of Digital Economy",
    "Telecommunications Regulator",
    "National Cyber Security Agency",
    "Personal Data Protection Office",
    "Ministry of Foreign Affairs",
)
