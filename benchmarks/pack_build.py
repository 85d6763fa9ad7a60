"""Benchmark: a 200+ page briefing pack with contents, against plain reportlab.

Both sides build the same story from the demo store's 6th ADGMIN event (item
briefs repeated until the pack passes 200 pages), with a contents page, in
memory, timed side by side (alternating runs, median):

- pack: the app's builder (``render_pack``): ICU word breaks for Thai, Lao,
  Khmer and Myanmar, run-by-run shaping of mixed-font words, classification,
  reference, copy mark and "Page N of M" on every page, watermark, PDF
  bookmarks, and passes until the page count is stable;
- plain: reportlab's ``BaseDocTemplate.multiBuild`` of the same flowables
  (the app's ``ScriptParagraph`` with shaping on), with the same page templates
  but no decorations and no bookmarks, and breaks at spaces only, as reportlab
  breaks lines by itself.

In the harness (``python -m benchmarks.run``) this module provides two cases on
the same data.  ``pack_200``: the app side is ``render_pack`` (what
``PackService.issue`` and ``preview`` call after ``prepare``), the floor the
plain ``multiBuild``.  Profiled, most of the floor's time goes to reportlab's
``shapeFragWord`` on long Thai and Khmer runs that hold no space (the app cuts
them at ICU word breaks first), so that ratio says how the app compares with
reportlab left alone on this text, not what the app's own work costs.
``pack_200_same_breaks`` gives the floor the app's word breaks too: its ratio is
the cost of what the app adds (decorations, bookmarks, the passes until the page
count is stable).  On its own: ``python -m benchmarks.pack_build [--runs 3]
[--min-pages 200]`` prints both medians and the ratio (the target is at most 1.3).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import statistics
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from .harness import Case, Env, Run, Side

PACK_PAGES = 200  # at the full size; smaller sizes (the smoke run) build a few pages


def demo_pack_data(folder: Path, min_pages: int, max_items: int | None = None) -> Any:
    from adgsom_desktop.demo.writer import write_demo
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.services.pack_records import PackRequest

    path = folder / "demo.adgsom"
    write_demo(path)
    svc = Services.open(path, actor="benchmark")
    try:
        everything = tuple(i.id for m in svc.packs.choices(2).meetings for i in m.items)
        if max_items is not None:  # the smoke run: a few briefs are enough to run the path
            everything = everything[:max_items]
        _r, data, _c = svc.packs.prepare(
            PackRequest(event_id=2, item_ids=everything, reference="BENCH/1")
        )
    finally:
        svc.close()
    # Estimate pages per brief with one build, then repeat the briefs to pass min_pages.
    pages = _pack(data)[1]
    factor = max(1, -(-min_pages * len(data.briefs) // max(1, pages * len(data.briefs))))
    while True:
        briefs = tuple(
            replace(b, item_id=b.item_id + 100_000 * k) for k in range(factor) for b in data.briefs
        )
        scaled = replace(data, briefs=briefs)
        if _pack(scaled)[1] >= min_pages:
            return scaled
        factor += 1


def _marking() -> Any:
    from adgsom_desktop.reports.pack_model import CopyMark, Marking

    return Marking(
        classification="RESTRICTED",
        reference="BENCH/1",
        copy=CopyMark(1, 1, "Dr. Pongsak Rattanavichai"),
        watermark="Dr. Pongsak Rattanavichai",
        footer_title="6th ADGMIN and related meetings",
    )


def _pack(data: Any) -> tuple[float, int]:
    from adgsom_desktop.reports.pack_builder import render_pack

    start = time.perf_counter()
    result = render_pack(data, [_marking()])[0]
    return time.perf_counter() - start, result.pages


def _plain(data: Any, script_breaks: bool = False) -> tuple[float, int]:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from adgsom_desktop.reports import page_geometry as document
    from adgsom_desktop.reports.pack_builder import _story
    from adgsom_desktop.reports.paragraph import ScriptParagraph

    class PlainDoc(BaseDocTemplate):  # type: ignore[misc]
        def afterFlowable(self, flowable: Any) -> None:
            if getattr(flowable, "in_toc", False):
                self.canv.bookmarkPage(flowable.bookmark_key)
                self.notify(
                    "TOCEntry",
                    (flowable.toc_level, flowable.toc_text, self.page, flowable.bookmark_key),
                )

    start = time.perf_counter()
    ScriptParagraph.script_breaks = script_breaks
    try:
        story = _story(data, _marking())
        buf = io.BytesIO()
        doc = PlainDoc(buf, pagesize=A4, invariant=1)
        mx, mt, mb = document.MARGIN_X, document.MARGIN_TOP, document.MARGIN_BOTTOM
        pw, ph = A4
        lw, lh = landscape(A4)
        doc.addPageTemplates(
            [
                PageTemplate("cover", [Frame(mx, mb, pw - 2 * mx, ph - mt - mb)], pagesize=A4),
                PageTemplate("portrait", [Frame(mx, mb, pw - 2 * mx, ph - mt - mb)], pagesize=A4),
                PageTemplate(
                    "landscape",
                    [Frame(mx, mb, lw - 2 * mx, lh - mt - mb)],
                    pagesize=landscape(A4),
                ),
            ]
        )
        doc.multiBuild(story)
    finally:
        ScriptParagraph.script_breaks = True
    return time.perf_counter() - start, int(doc.page)


def _harness_data(env: Env) -> Any:
    """The scaled demo pack (built once per case: both sides share it)."""
    if "pack_data" not in env.cache:
        from adgsom_desktop.reports.fonts import register_fonts

        register_fonts()
        folder = Path(tempfile.mkdtemp(prefix="pack-", dir=env.work))  # one per case
        full = env.sizes.name == "full"
        data = demo_pack_data(folder, PACK_PAGES if full else 2, None if full else 2)
        env.cache["pack_data"] = data
        env.log(f"  pack: {len(data.briefs)} item briefs, {_pack(data)[1]} pages")
    return env.cache["pack_data"]


def _harness_side(label: str, build: Any) -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        data = _harness_data(env)

        def run() -> float:
            seconds, pages = build(data)
            if pages < 2:
                raise RuntimeError(f"the pack has {pages} page(s)")
            return float(seconds) * 1000

        yield run

    return Side(label, factory)


CASES = [
    Case(
        name="pack_200",
        title="A 200-page pack with contents",
        unit="ms",
        goal=1.3,
        floor=_harness_side(
            "plain reportlab: BaseDocTemplate.multiBuild of the same story (same page "
            "templates and flowables; shaping on, breaks at spaces only, no decorations, "
            "no bookmarks)",
            lambda data: _plain(data),
        ),
        app=_harness_side(
            "render_pack (PackService's builder): script word breaks, mixed-font shaping, "
            "classification, reference, copy mark, 'Page N of M', watermark, bookmarks",
            lambda data: _pack(data),
        ),
        how="the demo store's 6th ADGMIN item briefs repeated past 200 pages, with contents, "
        "in memory",
    ),
    Case(
        name="pack_200_same_breaks",
        title="The same pack, the floor given the app's word breaks",
        unit="ms",
        goal=1.3,
        floor=_harness_side(
            "plain reportlab: multiBuild of the same story with the app's ICU word breaks "
            "(no decorations, no bookmarks)",
            lambda data: _plain(data, script_breaks=True),
        ),
        app=_harness_side(
            "render_pack, as above",
            lambda data: _pack(data),
        ),
        how="the pack_200 data; the ratio is the cost of what the app adds: decorations, "
        "bookmarks, passes until the page count is stable",
    ),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--min-pages", type=int, default=200)
    args = parser.parse_args(argv)
    from adgsom_desktop.reports.fonts import register_fonts

    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        data = demo_pack_data(Path(tmp), args.min_pages)
    ours: list[float] = []
    plain: list[float] = []
    same: list[float] = []
    pages = plain_pages = 0
    for _ in range(args.runs):
        t, plain_pages = _plain(data)
        plain.append(t)
        t, pages = _pack(data)
        ours.append(t)
        same.append(_plain(data, script_breaks=True)[0])
    a, b, c = statistics.median(ours), statistics.median(plain), statistics.median(same)
    print(f"item briefs: {len(data.briefs)}; pages: pack {pages}, plain {plain_pages}")
    print(f"plain reportlab multiBuild:          {b:.2f} s (median of {args.runs})")
    print(f"the same with the app's word breaks: {c:.2f} s (median of {args.runs})")
    print(f"pack builder:                        {a:.2f} s (median of {args.runs})")
    print(f"ratio to plain: {a / b:.2f}; to the same breaks: {a / c:.2f} (target <= 1.30)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
