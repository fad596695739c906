"""The 0-10 pain score: words for a number, and the large scale shown to the patient. No Qt.

Numeric rating scale, eleven numbers, anchors "0 不痛" / "10 能想象的最痛"; bands configurable
(default 1-3 mild, 4-6 moderate, 7-10 severe); always shown as number plus word.
"""

from __future__ import annotations

from functools import lru_cache

from .deck import Deck, parse_deck
from .lang import base, is_zh

WORDS = {
    "zh": {"none": "不痛", "mild": "轻度", "moderate": "中度", "severe": "重度", "worst": "能想象的最痛"},
    "en": {"none": "no pain", "mild": "mild", "moderate": "moderate", "severe": "severe",
           "worst": "worst pain imaginable"},
}


def band(score: int, bands: tuple[int, int] = (3, 6)) -> str:
    """'none', 'mild', 'moderate' or 'severe' for a score 0-10."""
    if not 0 <= score <= 10:
        raise ValueError(f"pain score must be 0-10, not {score}")
    mild_top, moderate_top = bands
    if score == 0:
        return "none"
    if score <= mild_top:
        return "mild"
    if score <= moderate_top:
        return "moderate"
    return "severe"


def describe(score: int, lang: str = "zh", bands: tuple[int, int] = (3, 6)) -> str:
    """'6 (中度)' / '6 (moderate)': a number and a word, never a colour alone."""
    words = WORDS[base(lang)]
    return f"{score} ({words[band(score, bands)]})"


@lru_cache(maxsize=8)
def pain_scale_deck(lang: str, bands: tuple[int, int] = (3, 6)) -> Deck:
    """A one-slide deck with the large 0-10 scale the patient can point at."""
    from ..resources import assets_dir

    zh = is_zh(lang)
    w = WORDS[base(lang)]
    a, b = bands
    img = (assets_dir() / "img" / "pain-scale.svg").as_posix()
    title = "现在有多痛?" if zh else "How much pain do you have now?"
    anchors = f"0 = {w['none']}  ·  10 = {w['worst']}"
    legend = (f"1-{a} {w['mild']}  ·  {a + 1}-{b} {w['moderate']}  ·  {b + 1}-10 {w['severe']}")
    # <...>: the install folder may have spaces in it ("C:/Program Files/...")
    return parse_deck(f"## {title}\n\n![](<{img}>)\n\n{anchors}\n\n{legend}\n")
