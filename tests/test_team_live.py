"""The live team view's measurement keeps working (#16 item 1): two apps on one team
store; B's bus hears every one of A's note edits through the change feed, A hears none
of its own (no timing asserted: ``python -m benchmarks.team_live`` measures)."""

from __future__ import annotations

from benchmarks import team_live


def test_another_app_hears_each_edit_and_the_writer_no_echo(team_url: str) -> None:
    delays, echoes = team_live.app_delays(team_url, 5)
    assert len(delays) == 5 and all(d >= 0 for d in delays)
    assert echoes == 0
