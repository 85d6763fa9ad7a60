"""Where meetings happen: host countries, cities and their IANA time zones.

An event's time zone decides how every time of the week is shown (a note taken
at 09:05 in Hà Nội reads 09:05 whatever the laptop's clock says), so the event
dialog proposes one from the host and the city.  Indonesia spans three zones:
a meeting in Bali is on Asia/Makassar time, not Jakarta's.
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import cache
from zoneinfo import available_timezones

from .text import fold
from .timeutil import zone

# The zone of each delegation's capital (or seat), by delegation code.
HOST_ZONES: dict[str, str] = {
    "BN": "Asia/Brunei",
    "KH": "Asia/Phnom_Penh",
    "ID": "Asia/Jakarta",
    "LA": "Asia/Vientiane",
    "MY": "Asia/Kuala_Lumpur",
    "MM": "Asia/Yangon",
    "PH": "Asia/Manila",
    "SG": "Asia/Singapore",
    "TH": "Asia/Bangkok",
    "TL": "Asia/Dili",
    "VN": "Asia/Ho_Chi_Minh",
    "ASEC": "Asia/Jakarta",
    "AU": "Australia/Sydney",
    "CA": "America/Toronto",
    "CN": "Asia/Shanghai",
    "EU": "Europe/Brussels",
    "IN": "Asia/Kolkata",
    "JP": "Asia/Tokyo",
    "KR": "Asia/Seoul",
    "NZ": "Pacific/Auckland",
    "RU": "Europe/Moscow",
    "UK": "Europe/London",
    "US": "America/New_York",
    "ITU": "Europe/Zurich",
}

# The country to write when a delegation hosts (where its name is not a country's).
HOST_COUNTRIES: dict[str, str] = {"ASEC": "Indonesia", "ITU": "Switzerland", "EU": "Belgium"}

# Cities that ASEAN digital meetings have been or may be held in, with their zone.
CITY_ZONES: dict[str, str] = {
    # Brunei Darussalam
    "Bandar Seri Begawan": "Asia/Brunei",
    # Cambodia
    "Phnom Penh": "Asia/Phnom_Penh",
    "Siem Reap": "Asia/Phnom_Penh",
    "Sihanoukville": "Asia/Phnom_Penh",
    # Indonesia (three zones)
    "Jakarta": "Asia/Jakarta",
    "Bandung": "Asia/Jakarta",
    "Yogyakarta": "Asia/Jakarta",
    "Surabaya": "Asia/Jakarta",
    "Medan": "Asia/Jakarta",
    "Batam": "Asia/Jakarta",
    "Bali": "Asia/Makassar",
    "Denpasar": "Asia/Makassar",
    "Nusa Dua": "Asia/Makassar",
    "Labuan Bajo": "Asia/Makassar",
    "Makassar": "Asia/Makassar",
    "Lombok": "Asia/Makassar",
    "Mataram": "Asia/Makassar",
    "Manado": "Asia/Makassar",
    "Jayapura": "Asia/Jayapura",
    # Lao PDR
    "Vientiane": "Asia/Vientiane",
    "Luang Prabang": "Asia/Vientiane",
    # Malaysia
    "Kuala Lumpur": "Asia/Kuala_Lumpur",
    "Putrajaya": "Asia/Kuala_Lumpur",
    "Penang": "Asia/Kuala_Lumpur",
    "George Town": "Asia/Kuala_Lumpur",
    "Langkawi": "Asia/Kuala_Lumpur",
    "Malacca": "Asia/Kuala_Lumpur",
    "Kota Kinabalu": "Asia/Kuching",
    "Kuching": "Asia/Kuching",
    # Myanmar
    "Yangon": "Asia/Yangon",
    "Nay Pyi Taw": "Asia/Yangon",
    "Naypyidaw": "Asia/Yangon",
    "Mandalay": "Asia/Yangon",
    # Philippines
    "Manila": "Asia/Manila",
    "Pasay": "Asia/Manila",
    "Makati": "Asia/Manila",
    "Cebu": "Asia/Manila",
    "Boracay": "Asia/Manila",
    "Clark": "Asia/Manila",
    # Singapore
    "Singapore": "Asia/Singapore",
    # Thailand
    "Bangkok": "Asia/Bangkok",
    "Chiang Mai": "Asia/Bangkok",
    "Phuket": "Asia/Bangkok",
    "Pattaya": "Asia/Bangkok",
    "Hua Hin": "Asia/Bangkok",
    "Krabi": "Asia/Bangkok",
    "กรุงเทพมหานคร": "Asia/Bangkok",
    "กรุงเทพฯ": "Asia/Bangkok",
    # Timor-Leste
    "Dili": "Asia/Dili",
    # Viet Nam (folded: "Ha Noi", "Hanoi" and "Hà Nội" all match)
    "Hà Nội": "Asia/Ho_Chi_Minh",
    "Hanoi": "Asia/Ho_Chi_Minh",
    "Đà Nẵng": "Asia/Ho_Chi_Minh",
    "Danang": "Asia/Ho_Chi_Minh",
    "Hồ Chí Minh City": "Asia/Ho_Chi_Minh",
    "Ho Chi Minh": "Asia/Ho_Chi_Minh",
    "Saigon": "Asia/Ho_Chi_Minh",
    "Hạ Long": "Asia/Ho_Chi_Minh",
    "Hội An": "Asia/Ho_Chi_Minh",
    "Nha Trang": "Asia/Ho_Chi_Minh",
    "Phú Quốc": "Asia/Ho_Chi_Minh",
    "Huế": "Asia/Ho_Chi_Minh",
    # Partners' capitals and seats
    "Tokyo": "Asia/Tokyo",
    "Seoul": "Asia/Seoul",
    "Beijing": "Asia/Shanghai",
    "New Delhi": "Asia/Kolkata",
    "Brussels": "Europe/Brussels",
    "Geneva": "Europe/Zurich",
    "London": "Europe/London",
    "Washington": "America/New_York",
    "Canberra": "Australia/Sydney",
    "Wellington": "Pacific/Auckland",
    "Ottawa": "America/Toronto",
    "Moscow": "Europe/Moscow",
}


def _key(text: str) -> str:
    return " ".join(fold(text).replace("-", " ").split())


_CITY_KEYS = {_key(city): tz for city, tz in CITY_ZONES.items()}


def suggest_timezone(host_code: str = "", city: str = "") -> str:
    """The zone of the city if it is known, else of the host's capital, else ''."""
    key = _key(city)
    if key:
        if key in _CITY_KEYS:
            return _CITY_KEYS[key]
        # "Bali, Nusa Dua" or "National Convention Center, Hà Nội": any known part.
        for part in (p for p in city.replace(";", ",").split(",") if p.strip()):
            found = _CITY_KEYS.get(_key(part))
            if found:
                return found
    return HOST_ZONES.get(host_code.strip().upper(), "")


@cache
def timezone_names() -> tuple[str, ...]:
    """Every IANA zone name known here, the zones of the region first, then the rest A-Z."""
    names = {
        n for n in available_timezones() if "/" in n and not n.startswith(("Etc/", "SystemV/"))
    }
    first = list(dict.fromkeys(z for z in HOST_ZONES.values() if z in names))
    first += sorted({z for z in CITY_ZONES.values() if z in names} - set(first))
    return tuple(first + sorted(names - set(first)))


def is_timezone(name: str) -> bool:
    return bool(name) and zone(name) is not None


def utc_offset(name: str, on: date | None = None) -> str:
    """'UTC+07:00' for the zone on that day ('' for an unknown zone)."""
    tz = zone(name)
    if tz is None:
        return ""
    offset = datetime.combine(on or date.today(), time(12), tz).utcoffset()
    if offset is None:  # pragma: no cover - zoneinfo always answers
        return ""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"
