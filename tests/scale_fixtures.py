"""A quick bulk store for the room's scale tests: 100,000 notes over 2,000 agenda items.

Rows go in by SQLAlchemy Core ``executemany`` with the search triggers dropped,
then the index is rebuilt once (FACTS: ~6x a raw load instead of ~27x with
triggers). Half the notes sit on one meeting, the worst case for its Notes tab.
Deterministic (seeded), so a failing scale test can be rerun on the same data.
(#7's benchmark generator is separate; this one only serves the room's tests
and ``benchmarks/search_as_you_type.py``.)
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from adgsom_desktop.domain.enums import MeetingKind, NoteKind, Purpose
from adgsom_desktop.domain.models import AgendaItem, Delegation, Event, Meeting, Note
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.storage import search_index

PHRASES = (
    "supports the draft framework and proposes an amendment on capacity building",
    "requests more time to consult capital on the data governance annex",
    "Việt Nam hoan nghênh dự thảo kế hoạch tổng thể số ASEAN",
    "ประเทศไทยสนับสนุนกรอบการกำกับดูแลข้อมูลดิจิทัลของอาเซียน",
    "ສປປ ລາວ ສະໜັບສະໜູນແຜນແມ່ບົດດິຈິຕອນອາຊຽນ",
    "កម្ពុជាគាំទ្រផែនការមេឌីជីថលអាស៊ាន",
    "မြန်မာနိုင်ငံသည် ဒီဂျစ်တယ်စီးပွားရေး မူဘောင်ကို ထောက်ခံသည်",
    "raised cross-border data flows and the model contractual clauses",
    "noted the progress on the anti-scam working group and the hotline pilot",
    "welcomed the offer to host the cybersecurity exercise in Đà Nẵng",
    "asked the Secretariat to circulate the revised terms of reference",
    "stressed interoperability of digital identity and e-signatures",
)
SPEAKERS = ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL", "ASEC")
KINDS = tuple(NoteKind)


@dataclass(frozen=True)
class ScaleStore:
    path: Path
    big_meeting_id: int  # holds half the notes
    meeting_ids: tuple[int, ...]
    notes: int
    items: int


def build_scale_store(
    path: Path, *, notes: int = 100_000, items: int = 2_000, meetings: int = 10, seed: int = 7
) -> ScaleStore:
    rng = random.Random(seed)
    store = create_store(path, our_delegation_code="TH", title="Scale test store")
    try:
        with store.write() as s:
            conn = s.connection()
            search_index.drop_triggers(conn)
            codes = dict(s.execute(select(Delegation.code, Delegation.id)).all())
            speaker_ids = [codes[c] for c in SPEAKERS]
            event_key = conn.execute(
                insert(Event).values(title="Scale event", short_title="Scale")
            ).inserted_primary_key
            assert event_key is not None
            event_id = event_key[0]
            conn.execute(
                insert(Meeting),
                [
                    {
                        "event_id": event_id,
                        "kind": MeetingKind.SOM,
                        "title": f"Scale meeting {n + 1}",
                        "short_title": f"Meeting {n + 1}",
                        "series": "SCALE",
                        "date": date(2026, 1, 1) + timedelta(days=n),
                        "ord": n,
                    }
                    for n in range(meetings)
                ],
            )
            meeting_ids = tuple(
                s.scalars(
                    select(Meeting.id).where(Meeting.event_id == event_id).order_by(Meeting.ord)
                )
            )
            per_meeting = items // meetings
            conn.execute(
                insert(AgendaItem),
                [
                    {
                        "meeting_id": m,
                        "parent_id": None,
                        "ord": k,
                        "number": str(k + 1),
                        "number_fixed": False,
                        "title": f"Agenda item {k + 1}: {PHRASES[k % len(PHRASES)][:60]}",
                        "purpose": Purpose.DISCUSSION,
                        "lead_text": "",
                        "description": "",
                    }
                    for m in meeting_ids
                    for k in range(per_meeting)
                ],
            )
            item_ids: dict[int, list[int]] = {m: [] for m in meeting_ids}
            for item_id, meeting_id in s.execute(select(AgendaItem.id, AgendaItem.meeting_id)):
                item_ids[meeting_id].append(item_id)
            big = meeting_ids[0]
            start = datetime(2026, 1, 1, 1, 0)
            rows = []
            for n in range(notes):
                meeting_id = big if n % 2 == 0 else meeting_ids[1 + n % (meetings - 1)]
                text = f"{rng.choice(SPEAKERS)} {rng.choice(PHRASES)}; {rng.choice(PHRASES)} (#{n})"
                rows.append(
                    {
                        "meeting_id": meeting_id,
                        "item_id": rng.choice(item_ids[meeting_id]),
                        "taken_at": start + timedelta(seconds=7 * n),
                        "speaker_delegation_id": rng.choice(speaker_ids),
                        "kind": KINDS[n % len(KINDS)],
                        "text": text,
                        "version_no": 1,
                    }
                )
            for chunk in range(0, len(rows), 20_000):
                conn.execute(insert(Note), rows[chunk : chunk + 20_000])
            search_index.rebuild(conn)
            search_index.create_triggers(conn)
    finally:
        store.close()
    return ScaleStore(path, big, meeting_ids, notes, items)
