"""A copy of the demo store holding hostile content for the packs (issue #18).

CJK with embedded Latin and Hangul, emoji (flags, families, a warning sign),
Khmer and Myanmar runs without spaces, a 300-character title.  The texts are
module constants so tests can look for them in the PDFs.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from tests.pack_fixtures import open_demo_copy

HANOI, SOM6 = 2, 4

JAPANESE = "日本はASEANデジタル大臣会合の協力を支持します。"
KOREAN = "支持。대한민국은 ASEAN 디지털 협력을 지지합니다"
EMOJI = "Flags 🇹🇭 🇻🇳 family 👨‍👩‍👧 warning ⚠️ ok"
KHMER = "កម្ពុជាគាំទ្រកិច្ចសហប្រតិបត្តិការឌីជីថលក្នុងតំបន់អាស៊ាន"
MYANMAR = "မြန်မာနိုင်ငံသည်ဒေသတွင်းဒီဂျစ်တယ်ပူးပေါင်းဆောင်ရွက်မှုကိုထောက်ခံသည်"
THAI = "ประเทศไทยสนับสนุนความร่วมมือด้านดิจิทัลในภูมิภาคอาเซียนอย่างเต็มที่"
LAO = "ສປປ ລາວສະໜັບສະໜູນການຮ່ວມມືດ້ານດີຈີຕອນໃນພາກພື້ນອາຊຽນ"
VIETNAMESE = "Việt Nam ủng hộ hợp tác kỹ thuật số trong khu vực ASEAN"
LONG_TITLE = ("Cross-border data flows and digital trade facilitation 🇹🇭 " * 6)[:300]


def hostile_copy(demo_master: Path, folder: Path) -> Any:
    """Services over a demo copy whose first briefed 6th ADGSOM item holds hostile text."""
    from adgsom_desktop.services.agenda_records import ItemFields

    svc = open_demo_copy(demo_master, folder)
    items = [i for i in svc.agenda.items(SOM6) if i.position_status is not None]
    first = items[0]
    pos = svc.positions.get(first.id)
    assert pos is not None
    content = replace(
        pos.content,
        objective=f"{JAPANESE} {KOREAN}",
        points=(JAPANESE, KOREAN, EMOJI, KHMER, MYANMAR, THAI, LAO, VIETNAMESE),
        press_line=f"{KHMER}{MYANMAR}",
    )
    svc.positions.save(first.id, content, expected_version=pos.version_no, reopen_approved=True)
    item = svc.agenda.item(first.id)
    svc.agenda.set_fields(
        first.id,
        ItemFields(
            f"{JAPANESE} {EMOJI}",
            item.purpose,
            item.lead_code,
            item.lead_text,
            item.est_minutes,
            item.description,
        ),
    )
    second = items[1]
    item2 = svc.agenda.item(second.id)
    svc.agenda.set_fields(
        second.id,
        ItemFields(
            LONG_TITLE,
            item2.purpose,
            item2.lead_code,
            item2.lead_text,
            item2.est_minutes,
            item2.description,
        ),
    )
    return svc
