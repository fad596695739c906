"""`check`'s findings for one slide of a deck, as the editor lists them under its preview.

Owns `slide_findings(deck, index)`: the slide's own rules (`lint.lint_slide`) and, for decks whose
notes carry the article (`原文:` / `Source:`), the source rules of `source_rules` for this slide: a
bullet that lost a qualifier, a relative change shown as a bare percentage, a bare numbered label,
praise, and warning signs of this slide's notes that no slide of the deck shows. The same findings
`check` gives for that slide (without the screen-fit errors, which the preview shows as views), one per
problem (`one_per_problem`: a relative change is not also "a number patients find hard").
Reading one slide costs one slide; only the warning-sign rule looks at every slide's points: the
slides it applies to are `depends_on_other_slides(deck)`, whose marks the editor works out again
after an edit elsewhere (`warnings_only_in_notes`). No Qt.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .deck import Deck, Slide
from .lang import base
from .lint import Finding, lint_slide, numbers_finding
from .meaning import is_warning
from .sentences import split_line
from .notes import source_passages
from .source_rules import slide_points, slide_source_findings, word_pairs


_LISTED = re.compile(r"numbers patients find hard \((.*?)\): ")  # the numbers of lint's "numbers" finding


@lru_cache(maxsize=4096)
def _points(body: str) -> tuple[str, ...]:
    return tuple(slide_points(Slide(index=0, title="", body=body, notes="")))


@lru_cache(maxsize=2)
def _words_of(points: str) -> frozenset[str]:
    return frozenset(word_pairs(points))


@lru_cache(maxsize=8192)
def _sentence_words(sentence: str) -> frozenset[str]:
    return frozenset(word_pairs(sentence))


@lru_cache(maxsize=8192)
def _warnings_in(comments: tuple[str, ...]) -> tuple[str, ...]:
    """The warning-sign sentences of a slide's article notes (`原文: ...`)."""
    slide = Slide(index=0, title="", body="", notes="", comments=comments)
    return tuple(s for src in source_passages(slide.comments) for s in split_line(src) if is_warning(s))


def shown_words(deck: Deck) -> frozenset[str]:
    """The words every slide's points show (as `check` reads them)."""
    return _words_of("\n".join(b for other in deck.slides for b in _points(other.body)))


def depends_on_other_slides(deck: Deck) -> list[int]:
    """The slides (from 0) whose findings depend on other slides: those whose article notes hold warning
    signs (found only in the notes unless some slide shows their words). Cheap: cached by the notes."""
    return [i for i, s in enumerate(deck.slides) if s.comments and _warnings_in(s.comments)]


def warnings_only_in_notes(deck: Deck, index: int, shown: frozenset[str] | None = None) -> list[Finding]:
    """The "warning-in-notes" findings of slide `index` (`shown`: `shown_words(deck)`, if known)."""
    slide = deck.slides[index]
    warnings = _warnings_in(slide.comments)
    if not warnings:
        return []
    shown = shown_words(deck) if shown is None else shown
    found = []
    for sentence in warnings:
        words = _sentence_words(sentence)
        if words and len(words & shown) * 2 < len(words):
            found.append(Finding(slide.index, "warning", "warning-in-notes",
                                 f'warning signs only in the notes: "{sentence[:30]}": put them on a slide',
                                 f"警示信息只在备注里: “{sentence[:15]}”: 请放到幻灯片上"))
    return found


def _number(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("％", "%")


def one_per_problem(findings: list[Finding]) -> list[Finding]:
    """`findings` with one finding per problem: a number a source finding explains (a relative change
    shown as a bare percentage) is left out of the generic "numbers patients find hard" of its slide
    (that finding goes when it names no other number). `check` and the editor both use this."""
    explained: dict[int, set[str]] = {}
    for f in findings:
        if f.rule == "relative-change":
            explained.setdefault(f.slide, set()).add(_number(f.message_en.split(" is a relative change")[0]))
    if not explained:
        return findings
    out = []
    for f in findings:
        listed = _LISTED.match(f.message_en) if f.rule == "numbers" and f.slide in explained else None
        if listed is not None:
            left = [n for n in listed.group(1).split(", ") if _number(n) not in explained[f.slide]]
            if not left:
                continue
            f = numbers_finding(f.slide, left)
        out.append(f)
    return out


def slide_findings(deck: Deck, index: int) -> list[Finding]:
    """`check`'s findings for slide `index` (from 0) of `deck`."""
    slide = deck.slides[index]
    found = lint_slide(slide, deck.base_dir)
    if not source_passages(slide.comments):
        return found
    return one_per_problem(found + slide_source_findings(slide, base(deck.lang)) + warnings_only_in_notes(deck, index))
