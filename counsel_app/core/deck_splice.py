"""A deck read again after one slide's text changed, without reading every other slide (typing in
the editor: the preview of a 1,000-slide deck must not wait for the whole deck).

Owns `splice_slide(old, old_doc, new_doc, source)`: the `Deck` that `parse_deck(new_doc.text, source)`
gives, built from `old` (the deck as read before) and the changed slide read on its own, or None
when that shortcut could differ from reading the whole deck. It is taken only when the slide read
on its own was read the same way inside the deck (nothing inherited from earlier slides shows on
it), its directives did not change (so later slides inherit what they did), it cannot run into the
next slide (an unclosed block), and the deck has no link reference definitions (they reach across
slides) and no heading divider. And `splice_slides(...)` for slides moved, added, copied or deleted:
the slides whose text is unchanged are kept (renumbered, their part followed), the new texts are
read on their own; taken only when no slide carries a directive (`class:`, `header:`, a global one:
where a slide stands would then change how others read). Tests compare both with `parse_deck` over
every deck. No Qt.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from dataclasses import replace
from pathlib import Path

from .deck import GLOBAL_DIRECTIVES, LOCAL_DIRECTIVES, Deck, Slide, _SlideAcc, _walk_comments, parse_deck
from .deck_text import DeckText, normalise, parse_tokens
from .lang import detect

_REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:", re.MULTILINE)
_PROBE = "\n\n---\n\n# counsel-probe\n"
_NAMES = "|".join(sorted(GLOBAL_DIRECTIVES | LOCAL_DIRECTIVES))
# a directive that reaches other slides (`_class:` reaches only its own); conservative: a false hit reads the whole deck
_CARRIED = re.compile(rf"(?:^|<!--)[ \t]*\$?(?:{_NAMES})[ \t]*:", re.MULTILINE)


def _signature(slide_text: str) -> tuple[object, ...]:
    acc = _SlideAcc()
    deck_directives: dict[str, str] = {}
    _walk_comments(parse_tokens(slide_text), acc, deck_directives)
    return sorted(acc.directives.items()), sorted(acc.carry.items()), sorted(deck_directives.items())


def _same_reading(a: Slide, b: Slide) -> bool:
    return (a.title, a.body, a.notes, a.images, a.classes, a.comments, a.html) == \
        (b.title, b.body, b.notes, b.images, b.classes, b.comments, b.html)


def _changed_slide(old_doc: DeckText, new_doc: DeckText) -> int | None:
    if (old_doc.head, old_doc.seps, old_doc.divider) != (new_doc.head, new_doc.seps, new_doc.divider):
        return None
    if len(old_doc) != len(new_doc):
        return None
    changed = [i for i, (a, b) in enumerate(zip(old_doc.slides, new_doc.slides)) if a is not b and a != b]
    return changed[0] if len(changed) == 1 else None


@lru_cache(maxsize=8192)
def _refers(text: str) -> bool:
    """Whether a slide's text defines a link reference (which reaches every slide)."""
    return bool(_REFERENCE.search(text))


@lru_cache(maxsize=8192)
def _reaches(text: str) -> bool:
    """Whether a slide's text holds what reaches other slides: a directive that carries on or a link
    reference definition (a false yes only costs reading the whole deck)."""
    return bool(_CARRIED.search(text)) or _refers(text)


def splice_slide(old: Deck, old_doc: DeckText, new_doc: DeckText, source: Path | None) -> Deck | None:
    """`parse_deck(new_doc.text, source)` when only one slide's text differs from `old_doc` (which
    `old` was read from, with the same `source`), or None (then read the whole deck)."""
    i = _changed_slide(old_doc, new_doc)
    if i is None or old_doc.divider or len(old.slides) != len(old_doc) or old.source != source:
        return None
    before, after = old_doc.slides[i], new_doc.slides[i]
    if _refers(old_doc.head) or any(_refers(t) for t in old_doc.slides) or _refers(after) or \
            _signature(before) != _signature(after):
        return None
    alone_old = parse_deck(old_doc.head + before, source)
    probe = parse_deck(new_doc.head + after + _PROBE, source)
    if len(alone_old.slides) != 1 or len(probe.slides) != 2 or probe.slides[1].title != "counsel-probe":
        return None  # the slide would run into the next one (an unclosed block)
    if not _same_reading(alone_old.slides[0], old.slides[i]):
        return None  # something from earlier slides shows on it (an inherited class, header, ...)
    alone_new = parse_deck(new_doc.head + after, source)
    if len(alone_new.slides) != 1:
        return None
    fresh = alone_new.slides[0]
    slides = list(old.slides)
    inherited = slides[i - 1].section if i else ""
    section = fresh.title if fresh.is_part and fresh.title else inherited
    slides[i] = replace(fresh, index=i + 1, section=section)
    for j in range(i + 1, len(slides)):  # the slides of this part follow its title
        if slides[j].is_part and slides[j].title:
            break
        if slides[j].section != section:
            slides[j] = replace(slides[j], section=section)
    text = new_doc.text
    meta = old.meta  # the directives did not change: a title or language they give stays
    title = old.title if meta.get("title") else next((s.title for s in slides if s.title), "")
    lang = old.lang if meta.get("lang") else detect(normalise(text))
    return replace(old, title=title, lang=lang, slides=tuple(slides),
                   version=hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:12])


def _alone(head: str, text: str, source: Path | None) -> Slide | None:
    """`text` read as a slide of its own (the deck's front matter before it), or None when it would
    run into a slide after it."""
    probe = parse_deck(head + text + _PROBE, source)
    if len(probe.slides) != 2 or probe.slides[1].title != "counsel-probe":
        return None
    alone = parse_deck(head + text, source)
    return alone.slides[0] if len(alone.slides) == 1 else None


def splice_slides(old: Deck, old_doc: DeckText, new_doc: DeckText, source: Path | None) -> Deck | None:
    """`parse_deck(new_doc.text, source)` after slides were moved, added, copied or deleted (or
    several changed), built from `old` (read from `old_doc` with `source`), or None (then read the
    whole deck)."""
    if (old_doc.head, old_doc.divider, new_doc.divider) != (new_doc.head, 0, 0) or old.source != source:
        return None
    if len(old.slides) != len(old_doc):
        return None
    n_old, n_new = len(old_doc), len(new_doc)
    head = 0  # slides before the change: the same text at the same place
    while head < min(n_old, n_new) and old_doc.slides[head] == new_doc.slides[head]:
        head += 1
    tail = 0  # and after it
    while tail < min(n_old, n_new) - head and old_doc.slides[n_old - 1 - tail] == new_doc.slides[n_new - 1 - tail]:
        tail += 1
    if any(_reaches(t) for t in old_doc.slides):
        return None
    known = {t: old.slides[j] for j, t in enumerate(old_doc.slides[head:n_old - tail], start=head)}
    fresh = [t for t in dict.fromkeys(new_doc.slides[head:n_new - tail]) if t not in known]
    if len(fresh) > max(8, n_new // 10):
        return None  # most of the deck is new: reading it whole is as quick
    for text in fresh:
        slide = _alone(new_doc.head, text, source) if not _reaches(text) else None
        if slide is None:
            return None
        known[text] = slide
    slides = list(old.slides[:head])
    section = slides[-1].section if slides else ""
    for i in range(head, n_new):
        slide = old.slides[i - n_new + n_old] if i >= n_new - tail else known[new_doc.slides[i]]
        if slide.is_part and slide.title:
            section = slide.title
        if slide.index != i + 1 or slide.section != section:
            slide = replace(slide, index=i + 1, section=section)
        slides.append(slide)
    text = new_doc.text
    meta = old.meta
    title = old.title if meta.get("title") else next((s.title for s in slides if s.title), "")
    lang = old.lang if meta.get("lang") else detect(normalise(text))
    return replace(old, title=title, lang=lang, slides=tuple(slides),
                   version=hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:12])
