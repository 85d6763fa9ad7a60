"""``python -m benchmarks.bundle_profile`` keeps working (#17): at the tiny size, one run,
every phase measured, the import's parts inside the import (no timing asserted)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.mark.slow
def test_the_bundle_profile_measures_every_phase(tmp_path: Path) -> None:
    from benchmarks.bundle_profile import PARTS, profile

    lines: list[str] = []
    medians = profile("tiny", 1, tmp_path / "data", log=lines.append)
    assert set(medians) == {"export", "open", "import"} | {label for _m, _a, label in PARTS}
    assert all(v > 0 for v in medians.values()), medians
    assert sum(v for k, v in medians.items() if k.startswith("import: ")) <= medians["import"]
    assert len(lines) == 2 and "(warm-up)" in lines[0] and "records" in lines[1]
