"""Times are stored in UTC and shown in the meeting's own time zone."""

from __future__ import annotations

from datetime import datetime

from adgsom_desktop.domain.timeutil import to_local, to_utc_naive


def test_hanoi_time_whatever_the_laptop_says() -> None:
    utc = datetime(2026, 1, 12, 3, 32)
    local = to_local(utc, "Asia/Ho_Chi_Minh")
    assert (local.hour, local.minute) == (10, 32)
    assert to_utc_naive(datetime(2026, 1, 12, 10, 32), "Asia/Ho_Chi_Minh") == utc


def test_unknown_zone_falls_back_to_the_laptop() -> None:
    utc = datetime(2026, 1, 12, 3, 32)
    assert to_local(utc, "Not/AZone") == to_local(utc, "")
