"""Icon arrays: "about 3 to 4 in 10 people" drawn as ten person figures, three filled, one outlined.

Owns `find_frequencies(text)` (the natural frequencies a slide says), `icon_array_svg(freq)` (the
picture, plain SVG that Marp shows too), `file_name(freq)` (the same number gives the same file)
and `add_icon_arrays(markdown)` (a draft's frequency slides get their pictures beside the text).
No Qt, no words in the picture: the slide's text carries the number.

The picture (the counselling guide's rules for numbers): 10 figures in two rows of 5, or 100 in rows of 10;
the low count solid, the rest of a range drawn with a thick outline, the others a thin grey
outline. The three kinds differ in fill and stroke, not only in colour, so they read for
colour-blind patients; navy and grey are at least 3:1 against white (8.6:1 and 4.5:1).
A frequency per 5, 20, 25 or 50 is drawn on 10 or 100 figures with the same proportion;
one that cannot be (per 3, per 1,000) gets no picture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FILLED = "#1B4F9C"  # navy: 8.6:1 on white
EMPTY = "#767676"  # grey: 4.5:1 on white
_NUMBER = r"([0-9]+)"
_ZH = re.compile(rf"每\s*{_NUMBER}\s*(?:个|名|位)?[\u4e00-\u9fff]{{0,4}}?中(?:有|约有|大约有)?\s*{_NUMBER}"
                 rf"(?:\s*(?:到|至|-|–|~|～)\s*{_NUMBER})?")
_EN = re.compile(rf"\b{_NUMBER}(?:\s*(?:to|-|–)\s*{_NUMBER})?\s+(?:out\s+)?(?:in|of)\s+(?:every\s+)?{_NUMBER}\b"
                 r"(?=\s+(?:people|patients|adults|children|women|men|persons)\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Frequency:
    """`low` (to `high`) in `per`: the numbers as the slide says them."""

    low: int
    high: int
    per: int

    def scaled(self) -> Frequency | None:
        """The same proportion on 10 or 100 figures, or None when it cannot be drawn exactly."""
        for figures in (10, 100):
            if self.per <= figures and figures % self.per == 0:
                k = figures // self.per
                return Frequency(self.low * k, self.high * k, figures)
        return None


def find_frequencies(text: str) -> list[Frequency]:
    """Every natural frequency in a slide's text, in order ("约每10人中有3到4人", "about 1 in 5 people")."""
    found: list[tuple[int, Frequency]] = []
    for m in _ZH.finditer(text):
        per, low, high = int(m.group(1)), int(m.group(2)), int(m.group(3) or m.group(2))
        found.append((m.start(), Frequency(low, high, per)))
    for m in _EN.finditer(text):
        low, high, per = int(m.group(1)), int(m.group(2) or m.group(1)), int(m.group(3))
        found.append((m.start(), Frequency(low, high, per)))
    return [f for _pos, f in sorted(found, key=lambda p: p[0]) if 0 <= f.low <= f.high <= f.per > 0]


def file_name(freq: Frequency) -> str:
    span = f"{freq.low}" if freq.low == freq.high else f"{freq.low}-{freq.high}"
    return f"icons-{span}-in-{freq.per}.svg"


CELL_W, CELL_H = 71.0, 100.0  # one figure's cell: ten of them across, ten down, fill a 40% column of a 16:9 screen
EDGE = 20.0  # white around the figures: none touches the edge of the screen


def _person(x: float, y: float, kind: str) -> str:
    """One figure in its cell: a head and a rounded body, as wide as a figure stays a figure."""
    w, h = CELL_W, CELL_H
    cx, half = x + w / 2, w * 0.3
    top, bottom = y + h * 0.36, y + h * 0.94
    body = (f"M {cx - half:.1f} {bottom:.1f} L {cx - half:.1f} {top + half * 0.8:.1f} "
            f"Q {cx - half:.1f} {top:.1f} {cx:.1f} {top:.1f} "
            f"Q {cx + half:.1f} {top:.1f} {cx + half:.1f} {top + half * 0.8:.1f} "
            f"L {cx + half:.1f} {bottom:.1f} Z")
    if kind == "filled":
        style = f'fill="{FILLED}"'
    elif kind == "range":
        style = f'fill="#FFFFFF" stroke="{FILLED}" stroke-width="6"'
    else:
        style = f'fill="#FFFFFF" stroke="{EMPTY}" stroke-width="2.5"'
    return (f'<circle cx="{cx:.1f}" cy="{y + h * 0.2:.1f}" r="{h * 0.12:.1f}" {style}/>'
            f'<path d="{body}" {style}/>')


def grid(figures: int) -> tuple[int, int]:
    """(columns, rows): 10 figures in two rows of 5, 100 in ten rows of 10. Either picture is as
    large as it can be in the 40% column beside the text (10x1 would be a thin strip there)."""
    return (5, 2) if figures == 10 else (10, figures // 10)


def icon_array_svg(freq: Frequency) -> str | None:
    """The picture for one frequency, or None when it cannot be drawn on 10 or 100 figures."""
    scaled = freq.scaled()
    if scaled is None:
        return None
    cols, rows = grid(scaled.per)
    width, height = cols * CELL_W + 2 * EDGE, rows * CELL_H + 2 * EDGE
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
             f'width="{width:.0f}" height="{height:.0f}">',
             f"<!-- {freq.low}{'' if freq.low == freq.high else '-' + str(freq.high)} in {freq.per}: "
             "solid = the number, thick outline = the rest of the range, thin grey = the others -->",
             f'<rect width="{width:.0f}" height="{height:.0f}" fill="#FFFFFF"/>']
    for i in range(scaled.per):
        kind = "filled" if i < scaled.low else "range" if i < scaled.high else "empty"
        row, col = divmod(i, cols)
        parts.append(_person(EDGE + col * CELL_W, EDGE + row * CELL_H, kind))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def add_icon_arrays(markdown: str) -> tuple[str, dict[str, str]]:
    """Put an icon array beside the text of every draft slide whose points say a natural frequency.

    The picture goes right under the slide's `##` title as `![bg right:40% contain](icons-...svg)`
    (Marp's split background: the text keeps the rest of the screen). Returns the new Markdown and
    the pictures to write next to the deck, {file name: SVG}. Slides without a heading are left alone.
    """
    lines = markdown.split("\n")
    pictures: dict[str, str] = {}
    out: list[str] = []
    slide: list[str] = []

    def flush() -> None:
        heading = next((i for i, ln in enumerate(slide) if ln.startswith("## ")), None)
        if heading is not None:
            wanted: list[str] = []
            for ln in slide:
                if not ln.startswith("- "):
                    continue
                for freq in find_frequencies(ln):
                    svg = icon_array_svg(freq)
                    if svg is not None and file_name(freq) not in wanted:
                        pictures[file_name(freq)] = svg
                        wanted.append(file_name(freq))
            if wanted:
                slide[heading + 1:heading + 1] = ["", *(f"![bg right:40% contain]({name})" for name in wanted)]
        out.extend(slide)
        slide.clear()

    for ln in lines:
        if ln.strip() == "---":
            flush()
            out.append(ln)
        else:
            slide.append(ln)
    flush()
    return "\n".join(out), pictures
