"""Demo content: the two events (Bangkok 2025, Hanoi 2026) and their meetings.

Pure data, no I/O; the record types are in ``content``.
"""

from __future__ import annotations

from datetime import date, time

from ..domain.enums import (
    MeetingFormat,
    MeetingKind,
)
from .content import EventSpec, MeetingSpec

# -- events ---------------------------------------------------------------------

HANOI_BRIEF = """\
**Overall objective.** Thailand leaves Hanoi with the **ASEAN Digital Masterplan 2026-2030 \
(ADM 2030)** adopted by Ministers, with our four priorities visible in its Implementation Plan: \
(1) regional action against online scams and fraud, (2) trusted digital services (digital ID and \
e-signature interoperability), (3) responsible AI with capacity building for the less advanced \
Member States, and (4) digital skills for youth and the young workforce.

**Handling for the week**
- **6th ADGSOM (12-13 Jan)** is where the substance is settled. HoD (PS MDES) speaks on items \
3.2, 5.1 and 8; advisers take 4.2 (ETDA) and 5.2 (NCSA). Aim to close every bracket at \
ADGSOM: nothing we care about should go to Ministers still open.
- **Anti-scam (item 5.1)** is our flagship. Push the cross-border **rapid takedown and \
information-sharing protocol** and a regional hotline contact list; accept voluntary language if \
needed, but not the loss of the 2026 timeline. Keep it technical: *no naming of countries* in \
the room.
- **ADM 2030**: support Viet Nam's Chair and ASEC. Amendments only where they change \
commitments (KPIs, resourcing). Do not reopen agreed text for drafting preferences.
- **Dialogue partners (14 Jan)**: welcome the 2026 work plans; steer Japan and the Republic of \
Korea towards scam prevention and AI capacity building; confirm Thailand's hosting offer for the \
ITU regional workshop (Q3 2026). The ASEAN-Japan JWG and the ASEAN-Korea Governing Council \
(13 Jan afternoon, Room 2.2) are covered by the desk officers.
- **6th ADGMIN (15-16 Jan)**: the Minister's intervention (3 minutes) on ADM 2030 and \
anti-scam; the Joint Media Statement must carry the anti-scam paragraph. Bilateral requests in \
hand: Viet Nam (host), Japan, Singapore; Cambodia only if it asks (see brief 5.1).

**Continuity.** Two actions from the 5th ADGSOM (Bangkok) are still open under our name: \
the anti-scam focal-point list (8 of 11 replies) and the e-signature and digital ID mutual \
recognition study (late: final report now due in Q2 2026). Report progress honestly. The youth \
digital skills survey was delivered in November and is presented under item 6.

**Reporting.** Desk officers send a one-page daily summary to the Permanent Secretary's office \
by 20:00 Hanoi time (same as Bangkok); the full report to capital within 5 working days after \
ADGMIN. Nothing classified goes over the hotel Wi-Fi: use the embassy line."""

HANOI_LOGISTICS = """\
**Venue.** National Convention Center (NCC, *Trung tâm Hội nghị Quốc gia*), Thăng Long \
Boulevard, Hà Nội. ADGSOM and ADGMIN in **Plenary Hall 1**; partner meetings in **Room 1.5**; \
JWG and Governing Council in **Room 2.2**. Delegation seating: 1 + 3 at the table, 4 behind.

**Hotel.** JW Marriott Hotel Hanoi (5 minutes on foot from the NCC). Check-in 11 January, \
check-out 17 January. Room list held by the embassy liaison.

**Delegation office.** Hotel room 1208 (printer, shredder, lockable cabinet). Printed briefs \
stay in the office or with their holder; use the secure-waste bag, never the meeting-room bins.

**Transport**
- Arrival: TG 560 BKK-HAN, 11 Jan, 12:05 local; host shuttle from Nội Bài (about 45 minutes).
- Host shuttles hotel-NCC every 15 minutes from 07:30; one embassy car on call for the HoD.
- Departure: TG 565 HAN-BKK, 17 Jan, 13:55 local.

**Security passes.** Collect at the accreditation desk in the hotel lobby, 11 Jan from 14:00 \
(passport required). Passes are colour-coded: *red* HoD and alternate (plenary and ministerial \
lounge), *blue* delegates, *green* interpreters. Wear them at all times inside the NCC.

**Contacts** (numbers are placeholders until confirmed)
- Royal Thai Embassy, Hà Nội, duty officer: +84 24 0000 0000
- Embassy liaison (Mr. Sittichok Manee): +84 90 000 0000
- Host secretariat desk, NCC: +84 24 0000 0001
- Delegation office (hotel ext.): 1208
- Delegation chat group: LINE "TH-ADGMIN6"

**Dress.** Lounge suit for meetings; ADGMIN gala dinner 15 Jan: national dress or lounge suit."""

BANGKOK_BRIEF = """\
**Overall objective.** As Chair, Thailand delivers a smooth 5th ADGMIN: the **Expanded ASEAN \
Guide on AI Governance and Ethics (Generative AI)** endorsed, the **ASEAN Working Group on \
Anti-Online Scam** given a work plan, and the drafting of ADM 2026-2030 launched with a clear \
timeline.

**Handling**
- The Chair stays neutral on substance; our national positions are voiced by the Alternate \
HoD from the Thailand seat.
- Close every item with a recorded outcome; send unfinished drafting to the inter-sessional \
process with a date, not to "other matters".
- Offer to coordinate the anti-scam focal points list (a Thailand deliverable for 2025)."""

BANGKOK_LOGISTICS = """\
**Venue.** Queen Sirikit National Convention Center (QSNCC), Bangkok: Plenary Hall 1 and \
Meeting Room B2.

**Chair's office.** Room B2-05 at the QSNCC; the secretariat team sits with ASEC.

**Contacts.** MDES International Affairs Division hotline: +66 2 000 0000 (placeholder)."""

EVENTS: tuple[EventSpec, ...] = (
    EventSpec(
        key="bkk2025",
        title="5th ADGMIN and related meetings",
        short_title="ADGMIN 5, Bangkok",
        city="Bangkok",
        country="Thailand",
        host_code="TH",
        start_date=date(2025, 1, 13),
        end_date=date(2025, 1, 17),
        timezone="Asia/Bangkok",
        steering_brief=BANGKOK_BRIEF,
        logistics=BANGKOK_LOGISTICS,
    ),
    EventSpec(
        key="hanoi2026",
        title="6th ADGMIN and related meetings",
        short_title="ADGMIN 6, Hà Nội",
        city="Hà Nội",
        country="Viet Nam",
        host_code="VN",
        start_date=date(2026, 1, 12),
        end_date=date(2026, 1, 16),
        timezone="Asia/Ho_Chi_Minh",
        steering_brief=HANOI_BRIEF,
        logistics=HANOI_LOGISTICS,
    ),
)

# -- meetings -------------------------------------------------------------------

NCC = "National Convention Center, Hà Nội"
QSNCC = "Queen Sirikit National Convention Center, Bangkok"
VN_CHAIR = "Dr. Vũ Hoàng Phong, Deputy Minister of Science and Technology, Viet Nam"

MEETINGS: tuple[MeetingSpec, ...] = (
    # 2025, Bangkok
    MeetingSpec(
        key="som5",
        event_key="bkk2025",
        kind=MeetingKind.SOM,
        title="5th ASEAN Digital Senior Officials' Meeting (ADGSOM)",
        short_title="5th ADGSOM",
        end_date=date(2025, 1, 14),
        series="ADGSOM",
        sequence_no=5,
        partner_code="",
        date=date(2025, 1, 13),
        start_time=time(9, 0),
        end_time=time(17, 30),
        venue=f"Plenary Hall 1, {QSNCC}",
        chair="Dr. Pongsak Rattanavichai, Permanent Secretary, Ministry of Digital Economy "
        "and Society, Thailand",
        notes="Day 2 on 14 January 2025, 09:00-12:30. Thailand in the Chair.",
    ),
    MeetingSpec(
        key="jp5",
        event_key="bkk2025",
        kind=MeetingKind.DIALOGUE_PARTNER,
        title="5th ADGSOM+Japan Consultation",
        short_title="ADGSOM+Japan",
        series="ADGSOM+JP",
        sequence_no=5,
        partner_code="JP",
        date=date(2025, 1, 15),
        start_time=time(9, 0),
        end_time=time(10, 30),
        venue=f"Meeting Room B2, {QSNCC}",
        chair="Co-chaired by Thailand and Japan",
    ),
    MeetingSpec(
        key="min5",
        event_key="bkk2025",
        kind=MeetingKind.MINISTERS,
        title="5th ASEAN Digital Ministers' Meeting (ADGMIN)",
        short_title="5th ADGMIN",
        end_date=date(2025, 1, 17),
        series="ADGMIN",
        sequence_no=5,
        partner_code="",
        date=date(2025, 1, 16),
        start_time=time(9, 30),
        end_time=time(17, 0),
        venue=f"Plenary Hall 1, {QSNCC}",
        chair="Minister of Digital Economy and Society, Thailand",
        notes="Day 2 on 17 January 2025: ADGMIN+ meetings with dialogue partners.",
    ),
    # 2026, Hanoi
    MeetingSpec(
        key="som6",
        event_key="hanoi2026",
        kind=MeetingKind.SOM,
        title="6th ASEAN Digital Senior Officials' Meeting (ADGSOM)",
        short_title="6th ADGSOM",
        end_date=date(2026, 1, 13),
        series="ADGSOM",
        sequence_no=6,
        partner_code="",
        date=date(2026, 1, 12),
        start_time=time(9, 0),
        end_time=time(17, 30),
        venue=f"Plenary Hall 1, {NCC}",
        chair=VN_CHAIR,
        notes="Day 2 on 13 January, 09:00-12:30 (items 6 to 10). Preparatory SOM Leaders' "
        "breakfast 12 January, 07:45, Lotus Room (HoD only). Delegation seating 1 + 3.",
    ),
    MeetingSpec(
        key="jwg6",
        event_key="hanoi2026",
        kind=MeetingKind.JWG,
        title="ASEAN-Japan Digital Joint Working Group",
        short_title="ASEAN-Japan JWG",
        series="JWG-JP",
        sequence_no=None,
        partner_code="JP",
        date=date(2026, 1, 13),
        start_time=time(14, 0),
        end_time=time(16, 0),
        venue=f"Room 2.2, {NCC}",
        chair="Co-chaired by Viet Nam (ASEAN Coordinator) and Japan",
        format=MeetingFormat.CLOSED,
        notes="Officials' level; desk officers attend for Thailand (HoD not required).",
    ),
    MeetingSpec(
        key="gc6",
        event_key="hanoi2026",
        kind=MeetingKind.GOVERNING_COUNCIL,
        title="ASEAN-Republic of Korea Digital Innovation Programme: Governing Council",
        short_title="ASEAN-ROK Governing Council",
        series="GC-KR",
        sequence_no=3,
        partner_code="KR",
        date=date(2026, 1, 13),
        start_time=time(16, 15),
        end_time=time(17, 45),
        venue=f"Room 2.2, {NCC}",
        chair="Co-chaired by the Republic of Korea and the ASEAN Secretariat",
        format=MeetingFormat.CLOSED,
        notes="Reviews the 2025 project results; considers proposals for Phase II (2026-2028).",
    ),
    MeetingSpec(
        key="jp6",
        event_key="hanoi2026",
        kind=MeetingKind.DIALOGUE_PARTNER,
        title="6th ADGSOM+Japan Consultation",
        short_title="ADGSOM+Japan",
        series="ADGSOM+JP",
        sequence_no=6,
        partner_code="JP",
        date=date(2026, 1, 14),
        start_time=time(9, 0),
        end_time=time(10, 15),
        venue=f"Room 1.5, {NCC}",
        chair="Co-chaired by Viet Nam and Japan",
    ),
    MeetingSpec(
        key="kr6",
        event_key="hanoi2026",
        kind=MeetingKind.DIALOGUE_PARTNER,
        title="6th ADGSOM+Republic of Korea Consultation",
        short_title="ADGSOM+ROK",
        series="ADGSOM+KR",
        sequence_no=6,
        partner_code="KR",
        date=date(2026, 1, 14),
        start_time=time(10, 30),
        end_time=time(11, 45),
        venue=f"Room 1.5, {NCC}",
        chair="Co-chaired by Viet Nam and the Republic of Korea",
    ),
    MeetingSpec(
        key="itu6",
        event_key="hanoi2026",
        kind=MeetingKind.DIALOGUE_PARTNER,
        title="ADGSOM+ITU Dialogue",
        series="ADGSOM+ITU",
        sequence_no=None,
        partner_code="ITU",
        date=date(2026, 1, 14),
        start_time=time(13, 30),
        end_time=time(14, 45),
        venue=f"Room 1.5, {NCC}",
        chair="Co-chaired by Viet Nam and ITU",
        format=MeetingFormat.HYBRID,
        notes="ITU Regional Office for Asia and the Pacific joins on site; Geneva online.",
    ),
    MeetingSpec(
        key="eu6",
        event_key="hanoi2026",
        kind=MeetingKind.DIALOGUE_PARTNER,
        title="3rd ADGSOM+EU Digital Dialogue",
        short_title="ADGSOM+EU",
        series="ADGSOM+EU",
        sequence_no=3,
        partner_code="EU",
        date=date(2026, 1, 14),
        start_time=time(15, 0),
        end_time=time(16, 30),
        venue=f"Room 1.5, {NCC}",
        chair="Co-chaired by Viet Nam and the European Union",
    ),
    MeetingSpec(
        key="min6",
        event_key="hanoi2026",
        kind=MeetingKind.MINISTERS,
        title="6th ASEAN Digital Ministers' Meeting (ADGMIN)",
        short_title="6th ADGMIN",
        end_date=date(2026, 1, 16),
        series="ADGMIN",
        sequence_no=6,
        partner_code="",
        date=date(2026, 1, 15),
        start_time=time(9, 30),
        end_time=time(17, 0),
        venue=f"Plenary Hall 1, {NCC}",
        chair="Minister of Science and Technology, Viet Nam",
        notes="Day 2 on 16 January: ADGMIN+ meetings with dialogue partners (morning), "
        "adoption of the Joint Media Statement and closing (11:30). Ministers' retreat 15 "
        "January, 12:00-13:30 (Minister + 1).",
    ),
)
