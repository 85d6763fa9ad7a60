"""Reference data every new store starts with (DOMAIN.md): delegations and ADM tags."""

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
