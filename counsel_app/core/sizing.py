"""How large patient text must be, and the search for the largest size that fits. No Qt.

Rules (../shared/guides/counselling.md): body text at least distance/100 high (2 m -> 20 mm);
when the physical size is unknown, 6.5% of the screen height; shrinking to fit stops at 5% of
the screen height; what does not fit there continues on the next view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

VIEWING_DISTANCE_MM = 2000.0
TITLE_RATIO = 1.3  # titles at least 1.2x body: we use 1.3
LINE_HEIGHT = 1.6  # line pitch in em: at least 1.5 (Chinese practice 1.5-1.67)
# The bundled font's own line height in em (Noto Sans CJK: ascent 1.16 + descent 0.288). Qt's rich
# text reads `line-height: N%` as a share of that, not of the em: 150% there was a 2.2 em pitch.
FONT_LINE_EM = 1.448
FLOOR_RATIO = 0.05
DEFAULT_RATIO = 0.065
MAX_RATIO = 0.10  # a short slide grows up to this, no further (it stays a slide, not a poster)
CAP_HEIGHT_TO_EM = 1.0  # we treat the font's pixel size as the text height (ISO 9241-3 uses em)
# Sizes a slide may take are 4% apart (a step nobody reads at two metres): a search needs fewer
# layouts, and slides share sizes, so the glyphs Qt has measured for one slide serve the next.
LADDER_STEP = 1.04


def line_height_percent() -> int:
    """The CSS line-height Qt's rich text needs for a pitch of LINE_HEIGHT em."""
    return round(LINE_HEIGHT / FONT_LINE_EM * 100)


@dataclass(frozen=True)
class SizeRule:
    target_px: int  # the size we aim for
    floor_px: int  # never below
    max_px: int  # never above (before the doctor's zoom)


def size_rule(height_px: int, height_mm: float = 0.0, zoom: float = 1.0,
              distance_mm: float = VIEWING_DISTANCE_MM) -> SizeRule:
    """Body text sizes for a patient screen `height_px` tall (and `height_mm` when known)."""
    height_px = max(1, int(height_px))
    floor = max(1, round(height_px * FLOOR_RATIO))
    if height_mm > 0:
        px_per_mm = height_px / height_mm
        target = round(distance_mm / 100.0 * px_per_mm)
    else:
        target = round(height_px * DEFAULT_RATIO)
    target = max(target, floor)
    zoom = min(max(zoom, 0.5), 2.0)
    top = max(round(max(target, height_px * MAX_RATIO) * zoom), floor)
    return SizeRule(target_px=target, floor_px=floor, max_px=top)


def size_ladder(rule: SizeRule, step: float = LADDER_STEP) -> tuple[int, ...]:
    """The sizes a slide may take under `rule`, ascending: the floor, the target, the maximum, and
    sizes `step` apart from the target up and down between them."""
    sizes = {rule.floor_px, rule.target_px, rule.max_px}
    for direction in (step, 1 / step):
        px = float(rule.target_px)
        while rule.floor_px < px < rule.max_px or px == rule.target_px:
            sizes.add(round(px))
            px *= direction
    return tuple(sorted(s for s in sizes if rule.floor_px <= s <= rule.max_px))


def largest_rung(fits: Callable[[int], bool], ladder: tuple[int, ...], low: int, guess: int | None = None,
                 ) -> int | None:
    """The largest size of `ladder` not below `low` for which fits(size) holds (fits is monotone), else
    None. `guess` (a size) is where the answer probably is: the rung above it is tried first, so that
    the search usually ends on the size that fits (the caller's document is left at that size)."""
    start = next((i for i, px in enumerate(ladder) if px >= low), len(ladder))
    if guess is not None:
        at = max((i for i, px in enumerate(ladder) if px <= guess), default=0)
        guess = min(at + 1, len(ladder) - 1)
    best = largest_fitting(lambda i: fits(ladder[i]), start, len(ladder) - 1, guess)
    return None if best is None else ladder[best]


def largest_fitting(fits: Callable[[int], bool], low: int, high: int, guess: int | None = None) -> int | None:
    """The largest size in [low, high] for which fits(size) holds (fits is monotone), else None.

    With a good `guess` it needs three or four calls instead of eight: it gallops from the guess
    towards the boundary, then bisects what is left.
    """
    if high < low:
        return None
    if guess is None or not low <= guess <= high:
        if not fits(low):
            return None
        if fits(high):
            return high
        lo, hi = low, high  # fits(lo) and not fits(hi)
    elif fits(guess):
        lo, step = guess, 1
        while True:  # gallop up until a size does not fit
            probe = min(lo + step, high)
            if probe == lo:
                return lo  # lo == high
            if not fits(probe):
                hi = probe
                break
            lo, step = probe, step * 2
    else:
        hi, step = guess, 1
        while True:  # gallop down until a size fits
            probe = max(hi - step, low)
            if fits(probe):
                lo = probe
                break
            if probe == low:
                return None
            hi, step = probe, step * 2
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid
    return lo


def page_breaks(block_tops: list[float], block_bottoms: list[float], page_height: float) -> list[float]:
    """Offsets where each view of a long slide starts, always at the top of a block.

    A block taller than a page gets a view of its own and continues on the next one.
    """
    starts = [0.0]
    for top, bottom in zip(block_tops, block_bottoms):
        start = starts[-1]
        if bottom - start <= page_height:
            continue
        if top > start:
            starts.append(top)
            start = top
        while bottom - start > page_height:
            start += page_height
            starts.append(start)
    return starts
