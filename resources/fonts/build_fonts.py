"""Build the app's PDF fonts: Noto Sans merged with Noto Sans Thai, Lao, Khmer and Myanmar.

reportlab has no font fallback: a paragraph's font must hold every glyph of
its text, and the Noto script fonts hold no Latin letters or digits.  So each
face of "ADGSOM Sans" is one font made with fontTools' merger from the Noto
faces (all are 1000 units per em):

    ADGSOMSans-Regular.ttf     NotoSans-Regular     + Thai/Lao/Khmer/Myanmar Regular
    ADGSOMSans-Bold.ttf        NotoSans-Bold        + Thai/Lao/Khmer/Myanmar Bold
    ADGSOMSans-Italic.ttf      NotoSans-Italic      + Thai/Lao/Khmer/Myanmar Regular
    ADGSOMSans-BoldItalic.ttf  NotoSans-BoldItalic  + Thai/Lao/Khmer/Myanmar Bold

(the four scripts have no italic; their upright glyphs sit in the italic
faces).  The vertical metrics are widened to the tallest script so that
stacked Myanmar and Khmer clusters are never clipped.

The generated TTFs are committed; rerun this script (needs fontTools and
Debian's ``fonts-noto-core``) only to refresh them:

    python resources/fonts/build_fonts.py [--source /usr/share/fonts/truetype/noto]

Two fallback faces cover the names of counterparts from the Plus Three
partners (no empty boxes): the reports switch to them, character by
character, for what ADGSOM Sans lacks:

    ADGSOMSans-CJK.ttf     Droid Sans Fallback (kana, CJK ideographs), subset
    ADGSOMSans-Hangul.ttf  Nanum Gothic (Hangul), subset

(Debian: ``fonts-droid-fallback``, ``fonts-nanum``).  ADGSOM Sans and the
Hangul face are under the SIL Open Font License 1.1 (``OFL.txt``); the CJK
face under the Apache License 2.0 (``LICENSE-Apache-2.0.txt``).

A third fallback draws emoji and symbols in one colour (reportlab cannot use the
colour Noto emoji font):

    ADGSOMSans-Symbols.ttf  Symbola (George Douros), symbol and emoji blocks, subset

(Debian: ``fonts-symbola``; its licence, ``Symbola-LICENSE.txt``: "free for any
use; they may be opened, edited, modified, regenerated, packaged and
redistributed").
"""

from __future__ import annotations

import argparse
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCE = Path("/usr/share/fonts/truetype/noto")
FAMILY = "ADGSOM Sans"
SCRIPTS = ("Thai", "Lao", "Khmer", "Myanmar")

FACES = {
    # face: (Latin source, script weight, is bold, is italic)
    "Regular": ("NotoSans-Regular.ttf", "Regular", False, False),
    "Bold": ("NotoSans-Bold.ttf", "Bold", True, False),
    "Italic": ("NotoSans-Italic.ttf", "Regular", False, True),
    "BoldItalic": ("NotoSans-BoldItalic.ttf", "Bold", True, True),
}


def _set_names(font: object, face: str) -> None:
    name_table = font["name"]  # type: ignore[index]
    style = {"BoldItalic": "Bold Italic"}.get(face, face)
    ps_name = f"ADGSOMSans-{face}"
    values = {
        1: FAMILY,
        2: style,
        3: f"{ps_name};merged-noto",
        4: f"{FAMILY} {style}" if style != "Regular" else FAMILY,
        6: ps_name,
        16: FAMILY,
        17: style,
    }
    # Drop every name record that might still carry a Noto name, then write ours.
    name_table.names = [n for n in name_table.names if n.nameID not in values]
    for name_id, value in values.items():
        name_table.setName(value, name_id, 3, 1, 0x409)
        name_table.setName(value, name_id, 1, 0, 0)


def build_face(source: Path, face: str, out_dir: Path) -> Path:
    from fontTools import merge
    from fontTools.ttLib import TTFont

    latin, weight, _bold, _italic = FACES[face]
    paths = [str(source / latin)] + [str(source / f"NotoSans{s}-{weight}.ttf") for s in SCRIPTS]
    for p in paths:
        if not Path(p).exists():
            raise SystemExit(f"missing source font {p} (apt-get install fonts-noto-core)")
    merger = merge.Merger(options=merge.Options(drop_tables=["vhea", "vmtx"]))
    font = merger.merge(paths)

    # Vertical metrics: the tallest and deepest of the inputs (Myanmar stacks high).
    tops, bottoms = [], []
    for p in paths:
        src = TTFont(p, lazy=True)
        tops.append(src["hhea"].ascent)
        bottoms.append(src["hhea"].descent)
        tops.append(src["OS/2"].usWinAscent)
        bottoms.append(-src["OS/2"].usWinDescent)
    ascent, descent = max(tops), min(bottoms)
    font["hhea"].ascent = ascent
    font["hhea"].descent = descent
    os2 = font["OS/2"]
    os2.usWinAscent = ascent
    os2.usWinDescent = -descent
    _set_names(font, face)
    out = out_dir / f"ADGSOMSans-{face}.ttf"
    font.save(str(out))
    return out


FALLBACKS = {
    # face: (source file, Unicode ranges kept)
    "CJK": (
        Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
        [(0x3000, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF)],
    ),
    "Hangul": (
        Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"),
        [(0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7AF)],
    ),
    "Symbols": (
        Path("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"),
        [
            (0x2100, 0x214F),  # letterlike symbols
            (0x2190, 0x21FF),  # arrows
            (0x2300, 0x23FF),  # technical (watch, hourglass)
            (0x2460, 0x24FF),  # enclosed alphanumerics
            (0x25A0, 0x27BF),  # shapes, miscellaneous symbols, dingbats
            (0x2900, 0x297F),  # arrows
            (0x2B00, 0x2BFF),  # arrows, stars
            (0x1F000, 0x1F2FF),  # mahjong, cards, enclosed alphanumerics (regional indicators)
            (0x1F300, 0x1FAFF),  # emoji
        ],
    ),
}


def build_fallback(face: str, out_dir: Path) -> Path:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    source, ranges = FALLBACKS[face]
    if not source.exists():
        raise SystemExit(
            f"missing source font {source} "
            "(apt-get install fonts-droid-fallback fonts-nanum fonts-symbola)"
        )
    font = TTFont(str(source))
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.layout_features = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[c for a, b in ranges for c in range(a, b + 1)])
    subsetter.subset(font)
    family = f"{FAMILY} {face}"
    ps_name = f"ADGSOMSans-{face}"
    name_table = font["name"]
    name_table.names = [n for n in name_table.names if n.nameID not in (1, 2, 3, 4, 6, 16, 17)]
    for name_id, value in {
        1: family,
        2: "Regular",
        3: f"{ps_name};subset",
        4: family,
        6: ps_name,
    }.items():
        name_table.setName(value, name_id, 3, 1, 0x409)
        name_table.setName(value, name_id, 1, 0, 0)
    out = out_dir / f"{ps_name}.ttf"
    font.save(str(out))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--only", choices=sorted(FALLBACKS), help="build only this fallback face")
    args = parser.parse_args(argv)
    for face in FACES if not args.only else []:
        path = build_face(args.source, face, args.out)
        print(f"{path.name}: {path.stat().st_size:,} bytes")
    for face in FALLBACKS if not args.only else [args.only]:
        path = build_fallback(face, args.out)
        print(f"{path.name}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
