"""`check`'s findings for one slide of a deck, as the editor lists them under its preview.

Owns `slide_findings(deck, index)`: the slide's own rules (`lint.lint_slide`) and, for decks whose
notes carry the article (`原文:` / `Source:`), the source rules of `source_rules` for this slide: a
bullet that lost a qualifier, a relative change shown as a bare percentage, a bare numbered label,
praise, and warning signs of this slide's notes that no slide of the deck shows. The same findings
`check` gives for that slide (without the screen-fit errors, which the preview shows as views).
Reading one slide costs one slide; only the warning-sign rule looks at every slide's points. No Qt.
"""

from __future__ import annotations

from functools import lru_cache

from .deck import Deck, Slide
from .lang import base
from .lint import Finding, lint_slide
from .meaning import is_warning
from .sentences import split_line
from .source_rules import _bullets, _pairs, _slide_findings, _sources


@lru_cache(maxsize=4096)
def _points(body: str) -> tuple[str, ...]:
    return tuple(_bullets(Slide(index=0, title="", body=body, notes="")))


@lru_cache(maxsize=2)
def _words_of(points: str) -> frozenset[str]:
    return frozenset(_pairs(points))


def _warnings_only_in_notes(deck: Deck, index: int) -> list[Finding]:
    slide = deck.slides[index]
    warnings = [s for src in _sources(slide) for s in split_line(src) if is_warning(s)]
    if not warnings:
        return []
    shown = _words_of("\n".join(b for other in deck.slides for b in _points(other.body)))  # as `check` reads them
    found = []
    for sentence in warnings:
        words = _pairs(sentence)
        if words and len(words & shown) * 2 < len(words):
            found.append(Finding(slide.index, "warning", "warning-in-notes",
                                 f'warning signs only in the notes: "{sentence[:30]}": put them on a slide',
                                 f"警示信息只在备注里: “{sentence[:15]}”: 请放到幻灯片上"))
    return found


def slide_findings(deck: Deck, index: int) -> list[Finding]:
    """`check`'s findings for slide `index` (from 0) of `deck`."""
    slide = deck.slides[index]
    found = lint_slide(slide, deck.base_dir)
    if not _sources(slide):
        return found
    return found + _slide_findings(slide, base(deck.lang)) + _warnings_only_in_notes(deck, index)
