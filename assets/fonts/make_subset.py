#!/usr/bin/env python3
"""Build the bundled "Counsel Sans SC" fonts from Noto Sans CJK SC.

Run with any Python that has fontTools (>= 4.40):

    python assets/fonts/make_subset.py

Input:  the Simplified-Chinese face of Noto Sans CJK.  Separate SC .otf files
        (NotoSansCJKsc-Regular.otf / -Bold.otf) are preferred when present;
        otherwise the face whose family is "Noto Sans CJK SC" is taken out of
        Debian's NotoSansCJK-{Regular,Bold}.ttc (package fonts-noto-cjk).
        --source-dir DIR overrides where to look.
Output: assets/fonts/NotoSansCJKsc-{Regular,Bold}.subset.ttf next to this script, with TrueType
        (quadratic) outlines: FreeType draws them in about half the time of the source's CFF
        outlines, which is most of what fitting a slide's text costs (issue 15); the shapes
        differ from the CFF ones by at most 1/1000 em.

The character set is all of GB2312, ASCII, common punctuation and symbols, plus
every character in slides/*.md, slides/*.txt and (if the folder exists)
$COUNSEL_SEEDS_DIR/*.txt (default /work/shared/seeds).  The family is renamed
"Counsel Sans SC" so it never clashes with an installed Noto.  The output is
deterministic: the same inputs give byte-identical files.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_SOURCE_DIRS = [
    Path("/usr/share/fonts/opentype/noto"),
    Path("/usr/share/fonts/opentype/noto-cjk"),
    Path("/usr/share/fonts/noto-cjk"),
    Path("/usr/share/fonts/google-noto-cjk"),
]
SEEDS_DIR = Path(os.environ.get("COUNSEL_SEEDS_DIR", "/work/shared/seeds"))

SOURCE_FAMILY = "Noto Sans CJK SC"
FAMILY = "Counsel Sans SC"
PS_FAMILY = "CounselSansSC"
STYLES = ("Regular", "Bold")

# Layout: only what Qt/HarfBuzz needs for horizontal text plus vertical forms.
LAYOUT_FEATURES = ["kern", "vert", "locl"]
# Keep only the default and Simplified-Chinese (ZHS) language systems, so that a
# Japanese/Korean/Traditional locale can never switch 'locl' to non-SC shapes.
LAYOUT_SCRIPTS = [
    "DFLT",
    "latn.dflt", "latn.ZHS",
    "hani.dflt", "hani.ZHS",
    "kana.dflt", "kana.ZHS",
]
# Name IDs kept from the source (copyright, version, trademark, manufacturer,
# designer, description, URLs, licence); 1-4, 6 are rewritten below.
KEEP_NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]

EXTRA_SYMBOLS = (
    "≥≤≠≈×÷±∞√∑%‰°℃℉µ№™®©§¶"
    "→←↑↓↔↕⇒⇐⇔"
    "✓✗●○◎◉■□▪▫▲△▼▽▶▷◀◁◆◇★☆♀♂※"
    "…·•—–～〜"
)


def gb2312_chars() -> set[str]:
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def text_file_chars() -> tuple[set[str], list[Path]]:
    files = sorted(REPO.glob("slides/*.md")) + sorted(REPO.glob("slides/*.txt"))
    if SEEDS_DIR.is_dir():
        files += sorted(SEEDS_DIR.glob("*.txt"))
    chars: set[str] = set()
    for path in files:
        chars |= set(path.read_text(encoding="utf-8-sig"))
    return chars, files


def wanted_codepoints() -> tuple[set[int], set[int], list[Path]]:
    """All code points to keep, the ones asked for one by one, and the text files read."""
    chars = gb2312_chars()
    chars |= {chr(c) for c in range(0x20, 0x7F)}  # printable ASCII
    chars |= {chr(c) for c in range(0xA0, 0xC0)}  # Latin-1 punctuation and signs
    chars |= {chr(c) for c in range(0x2000, 0x2070)}  # General Punctuation
    chars |= {chr(c) for c in range(0x3000, 0x3040)}  # CJK Symbols and Punctuation
    chars |= {chr(c) for c in range(0xFF00, 0xFFF0)}  # Halfwidth and Fullwidth Forms
    chars |= {chr(c) for c in range(0x2460, 0x2474)}  # ① .. ⑳
    file_chars, files = text_file_chars()
    # Range sweeps above may hit code points Noto lacks; only these are worth a warning.
    explicit = {ord(c) for c in set(EXTRA_SYMBOLS) | file_chars if not c.isspace()}
    chars |= set(EXTRA_SYMBOLS) | file_chars
    keep = {ord(c) for c in chars if ord(c) >= 0x20 and not (0x7F <= ord(c) < 0xA0)}
    return keep, explicit & keep, files


def find_source(style: str, source_dirs: list[Path]) -> tuple[Path, int]:
    """Return (path, fontNumber) of the Noto Sans CJK SC face for *style*."""
    for d in source_dirs:
        for name in (f"NotoSansCJKsc-{style}.otf", f"NotoSansSC-{style}.otf"):
            if (d / name).is_file():
                return d / name, -1
    for d in source_dirs:
        ttc = d / f"NotoSansCJK-{style}.ttc"
        if ttc.is_file():
            coll = TTCollection(str(ttc), lazy=True)
            for i, face in enumerate(coll.fonts):
                name = face["name"]
                if name.getDebugName(1) == SOURCE_FAMILY and name.getDebugName(2) == style:
                    return ttc, i
            raise SystemExit(f"{ttc}: no face named {SOURCE_FAMILY!r} {style}")
    raise SystemExit(f"Noto Sans CJK SC {style} not found in {[str(d) for d in source_dirs]}")


def rename(font: TTFont, style: str) -> None:
    ps_name = f"{PS_FAMILY}-{style}"
    full = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    version = font["head"].fontRevision
    name = font["name"]
    # Drop every family/style/unique/full/PostScript/typographic name, in every
    # language (Noto also carries zh-CN ones), then write ours.
    name.names = [n for n in name.names if n.nameID not in (1, 2, 3, 4, 6, 16, 17, 21, 22)]
    for name_id, value in (
        (1, FAMILY),
        (2, style),
        (3, f"{version:.3f};COUNSEL;{ps_name}"),
        (4, full),
        (6, ps_name),
    ):
        name.setName(value, name_id, 3, 1, 0x409)
    name.names.sort(key=lambda n: (n.platformID, n.platEncID, n.langID, n.nameID))

    # The CFF table keeps its own names (in a TTC it is shared and says "JP").
    cff = font["CFF "].cff
    old_ps = cff.fontNames[0]
    cff.fontNames = [ps_name]
    top = cff.topDictIndex[0]
    top.FullName = full
    top.FamilyName = FAMILY
    top.Weight = style
    if hasattr(top, "FDArray"):
        for fd in top.FDArray:
            if getattr(fd, "FontName", "").startswith(old_ps):
                fd.FontName = ps_name + fd.FontName[len(old_ps):]

    # Regular/Bold style linking so Qt sees one family with two weights.
    os2 = font["OS/2"]
    head = font["head"]
    bold = style == "Bold"
    os2.usWeightClass = 700 if bold else 400
    os2.fsSelection &= ~((1 << 0) | (1 << 5) | (1 << 6))  # italic, bold, regular
    os2.fsSelection |= (1 << 5) if bold else (1 << 6)
    head.macStyle = (head.macStyle & ~0b11) | (1 if bold else 0)


def build(style: str, codepoints: set[int], explicit: set[int], source_dirs: list[Path],
          out_dir: Path) -> Path:
    src, number = find_source(style, source_dirs)
    font = TTFont(str(src), fontNumber=number, recalcTimestamp=False, lazy=False)
    available = set(font.getBestCmap())
    missing = sorted(explicit - available)

    opts = subset.Options()
    opts.layout_features = LAYOUT_FEATURES
    opts.layout_scripts = LAYOUT_SCRIPTS
    opts.hinting = False
    opts.desubroutinize = False
    opts.name_IDs = KEEP_NAME_IDS
    opts.name_languages = [0x0409]
    opts.name_legacy = False
    opts.notdef_outline = True
    opts.glyph_names = False
    opts.recalc_timestamp = False
    opts.drop_tables += ["DSIG"]
    sub = subset.Subsetter(options=opts)
    sub.populate(unicodes=sorted(codepoints))
    sub.subset(font)
    rename(font, style)

    to_truetype(font)
    buf = io.BytesIO()
    font.save(buf)
    out = out_dir / f"NotoSansCJKsc-{style}.subset.ttf"
    out.write_bytes(buf.getvalue())
    size = out.stat().st_size
    print(
        f"{out.relative_to(REPO) if out.is_relative_to(REPO) else out}: "
        f"{font['maxp'].numGlyphs} glyphs, {len(font.getBestCmap())} code points, "
        f"{size:,} bytes ({size / 2**20:.2f} MiB)  [from {src}"
        f"{'' if number < 0 else f' #{number}'}]"
    )
    if missing:
        print(
            f"  warning: {len(missing)} characters from the symbol list or text files are not in "
            "the source font and will fall back to another font: "
            + " ".join(f"{chr(c)}(U+{c:04X})" for c in missing[:40])
            + (" ..." if len(missing) > 40 else "")
        )
    return out


def to_truetype(font: TTFont, max_err: float = 1.0) -> None:
    """CFF outlines to TrueType ones (cubic to quadratic within `max_err` font units), as
    fontTools' own otf2ttf snippet does; metrics and every other table stay."""
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyf[name] = pen.glyph()
    for name in order:
        glyf[name].recalcBounds(glyf)
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    post = font["post"]
    post.formatType, post.extraNames, post.mapping, post.glyphOrder = 2.0, [], {}, order
    font["head"].glyphDataFormat = 0
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font.sfntVersion = "\000\001\000\000"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source-dir", type=Path, action="append",
                    help="folder holding NotoSansCJK-*.ttc or NotoSansCJKsc-*.otf (repeatable)")
    ap.add_argument("--out-dir", type=Path, default=HERE)
    args = ap.parse_args(argv)

    codepoints, explicit, files = wanted_codepoints()
    print(f"{len(codepoints)} code points requested "
          f"({len(files)} text files: {', '.join(p.name for p in files) or 'none'})")
    for style in STYLES:
        build(style, codepoints, explicit, args.source_dir or DEFAULT_SOURCE_DIRS, args.out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
