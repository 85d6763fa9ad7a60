"""Reference data every new store starts with (README: Events, meetings and our delegation): delegations and ADM tags."""

from __future__ import annotations

from dataclasses import dataclass

from .enums import DelegationKind


@dataclass(frozen=True)
class DelegationSeed:
    code: str
    name: str
    local_name: str
    aliases: str
    kind: DelegationKind


MS = DelegationKind.MEMBER_STATE
DP = DelegationKind.DIALOGUE_PARTNER

# The 11 Member States in ASEAN's alphabetical order, then ASEC, partners, bodies.
DELEGATIONS: tuple[DelegationSeed, ...] = (
    DelegationSeed("BN", "Brunei Darussalam", "Negara Brunei Darussalam", "Brunei", MS),
    DelegationSeed("KH", "Cambodia", "កម្ពុជា", "Kingdom of Cambodia, Kampuchea", MS),
    DelegationSeed("ID", "Indonesia", "Indonesia", "Republic of Indonesia, RI", MS),
    DelegationSeed("LA", "Lao PDR", "ສປປ ລາວ", "Laos, Lao, ລາວ", MS),
    DelegationSeed("MY", "Malaysia", "Malaysia", "", MS),
    DelegationSeed("MM", "Myanmar", "မြန်မာ", "Burma", MS),
    DelegationSeed("PH", "Philippines", "Pilipinas", "The Philippines", MS),
    DelegationSeed("SG", "Singapore", "Singapura", "", MS),
    DelegationSeed("TH", "Thailand", "ประเทศไทย", "Thai, ไทย", MS),
    DelegationSeed("TL", "Timor-Leste", "Timor-Leste", "East Timor", MS),
    DelegationSeed("VN", "Viet Nam", "Việt Nam", "Vietnam", MS),
    DelegationSeed("ASEC", "ASEAN Secretariat", "", "Secretariat", DelegationKind.SECRETARIAT),
    DelegationSeed("AU", "Australia", "", "", DP),
    DelegationSeed("CA", "Canada", "", "", DP),
    DelegationSeed("CN", "China", "", "People's Republic of China, PRC", DP),
    DelegationSeed("EU", "European Union", "", "", DP),
    DelegationSeed("IN", "India", "", "", DP),
    DelegationSeed("JP", "Japan", "", "", DP),
    DelegationSeed("KR", "Republic of Korea", "", "Korea, ROK", DP),
    DelegationSeed("NZ", "New Zealand", "", "", DP),
    DelegationSeed("RU", "Russia", "", "Russian Federation", DP),
    DelegationSeed("UK", "United Kingdom", "", "UK, Britain", DP),
    DelegationSeed("US", "United States", "", "USA, United States of America", DP),
    DelegationSeed(
        "ITU", "International Telecommunication Union", "", "", DelegationKind.INTERNATIONAL_ORG
    ),
)

# ASEAN Digital Masterplan 2025: the eight Desired Outcomes.  Enabling Actions
# ("EA 3.2") are added by users as items are tagged with them.
DESIRED_OUTCOMES: tuple[tuple[str, str], ...] = (
    ("DO1", "Actions prioritised to speed ASEAN's recovery from COVID-19"),
    ("DO2", "Better quality and coverage of fixed and mobile broadband infrastructure"),
    ("DO3", "Trusted digital services, and consumers protected from harm"),
    ("DO4", "A sustainable, competitive market for the supply of digital services"),
    ("DO5", "Better quality and wider use of e-government services"),
    ("DO6", "Digital services that connect businesses and facilitate cross-border trade"),
    ("DO7", "More capacity for businesses and people to take part in the digital economy"),
    ("DO8", "A digitally inclusive society in ASEAN"),
)

DEFAULT_CLASSIFICATIONS: tuple[str, ...] = (
    "UNCLASSIFIED",
    "RESTRICTED",
    "CONFIDENTIAL",
    "SECRET",
)


@dataclass(frozen=True)
class FrameworkSeed:
    code: str
    title: str
    kind: str  # FrameworkKind value
    parent: str  # a work plan's masterplan
    start_year: int
    end_year: int


# The frameworks a new store starts with (migration 0006 seeds the same).
FRAMEWORKS: tuple[FrameworkSeed, ...] = (
    FrameworkSeed("ADM2025", "ASEAN Digital Masterplan 2025", "masterplan", "", 2021, 2025),
    FrameworkSeed("ADM2030", "ASEAN Digital Masterplan 2026-2030", "masterplan", "", 2026, 2030),
    FrameworkSeed("ADWP2026", "ASEAN Digital Work Plan 2026", "work_plan", "ADM2030", 2026, 2026),
)

# The ADM 2026-2030's outcomes as drafted for the 6th ADGMIN: editable (Frameworks),
# since the final text is adopted at that meeting.
ADM2030_OUTCOMES: tuple[tuple[str, str], ...] = (
    ("O1", "Harmonised digital policies and regulatory frameworks across ASEAN"),
    ("O2", "Meaningful connectivity for all, and digital divides narrowed"),
    ("O3", "Innovation and the responsible use of emerging technologies, including AI"),
    ("O4", "A safe, secure and resilient digital ASEAN"),
    ("O5", "Digital skills for people, youth and the young workforce"),
    ("O6", "Trusted digital government and cross-border digital services"),
)
