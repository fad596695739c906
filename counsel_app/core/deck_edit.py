"""Edits of a deck as pure operations on its text: fields of one slide, and slides moved, added,
copied or deleted.

Owns the operations on `DeckText` the editor applies (each returns a new `DeckText`; slides not
named keep every character) and `EditError` for an edit that cannot be made. Which slide holds
a part's teach-back question is decided here too. No Qt, never touches a file.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .deck import Deck, _split_front_matter
from .deck_text import DeckText, normalise, parse_tokens, split_deck_text
from .lang import pick
from .slide_fields import is_source_note, read_fields, with_bullets, with_notes, with_picture, with_teach_back, with_title

_ENDS_BLANK = re.compile(r"(^|\r\n|\r|\n)[ \t]*(\r\n|\r|\n)$")


class EditError(ValueError):
    """An edit that cannot be made (the last slide deleted, a slide number out of range); its
    message in the doctor's language: `message(lang)` (str() is the English one)."""

    def __init__(self, en: str, zh: str) -> None:
        super().__init__(en)
        self.en, self.zh = en, zh

    def message(self, lang: str = "en") -> str:
        return pick(lang, zh=self.zh, en=self.en)


def _check(doc: DeckText, *indices: int) -> None:
    for i in indices:
        if not 0 <= i < len(doc):
            raise EditError(f"no slide {i + 1} in a deck of {len(doc)}", f"共 {len(doc)} 页, 没有第 {i + 1} 页")


def _ruler(doc: DeckText) -> str:
    return "---" + doc.newline


def _heading_starts(doc: DeckText, slide: str) -> bool:
    """Whether `slide` opens with a heading that already starts a slide (headingDivider)."""
    if not doc.divider:
        return False
    first = next((t for t in parse_tokens(slide) if not t.hidden and t.level == 0), None)
    return first is not None and first.type == "heading_open" and int(first.tag[1]) <= doc.divider


def _closed(doc: DeckText, slide: str) -> str:
    """A slide's text made to end with a line end and a blank line, so a ruler may follow it."""
    if not slide:
        return slide
    if not slide.endswith(("\n", "\r")):
        slide += doc.newline
    if not _ENDS_BLANK.search(slide):
        slide += doc.newline
    return slide


def _rejoin(doc: DeckText, slides: list[str], changed: set[int]) -> DeckText:
    """`doc` with `slides`; the slides at `changed` positions (and the last one) get separators that
    keep them apart, the others keep theirs."""
    seps = list(doc.seps[:len(slides) - 1])
    while len(seps) < len(slides) - 1:
        seps.append(_ruler(doc))
    for i in sorted(changed):
        if i < len(slides) - 1:
            slides[i] = _closed(doc, slides[i])
        for k in (i - 1, i):
            if 0 <= k < len(seps):
                if _heading_starts(doc, slides[k + 1]):
                    seps[k] = ""  # the heading starts the slide; blank lines before it would join slide k
                    slides[k + 1] = slides[k + 1].lstrip("\r\n")
                else:
                    seps[k] = _ruler(doc)
    if len(slides) > 1 and not slides[0] and not doc.head:
        slides[0] = doc.newline  # a ruler on the first line would open front matter
    return replace(doc, slides=tuple(slides), seps=tuple(seps))


def _expect(doc: DeckText, count: int, first: int = 0, last: int | None = None) -> DeckText:
    """The edit is kept only if Marp reads the new text as `count` slides. Only slides `first` to
    `last` (from 0) changed: the text from the slide before them to the one after is read again
    (each slide starts after a ruler, where nothing before it reaches), else the whole deck."""
    n = len(doc)
    if last is not None and n == count and not doc.divider:
        lo, hi = max(0, first - 1), min(n - 1, last + 1)
        parts = [doc.head] if lo == 0 else []
        for k in range(lo, hi + 1):
            parts += [doc.slides[k], doc.seps[k] if k < n - 1 else ""]
        window = "".join(parts)  # ends with the ruler after slide `hi`: a slide running into it is caught
        local: DeckText | None = split_deck_text(window)
        if lo and _split_front_matter(normalise(window))[1] is not None:
            local = None  # read alone this part would open with front matter: read the whole deck
        if local is not None and not local.divider:
            expected = hi - lo + 1 + (hi < n - 1)
            if len(local) != expected:
                raise EditError(f"the edit would run slides together ({len(local)} instead of {expected})",
                                f"这项修改会让幻灯片连在一起(成为 {len(local)} 页, 而不是 {expected} 页)")
            same = local.slides[:hi - lo + 1] == doc.slides[lo:hi + 1] and local.seps == doc.seps[lo:hi + (hi < n - 1)]
            if same and (not lo or local.head == "") and (lo or local.head == doc.head):
                return doc if lo or local.newline == doc.newline else replace(doc, newline=local.newline)
    new = split_deck_text(doc.text)
    if len(new) != count:
        raise EditError(f"the edit would give {len(new)} slides instead of {count}",
                        f"这项修改会得到 {len(new)} 页, 而不是 {count} 页")
    return new


def set_title(doc: DeckText, index: int, title: str) -> DeckText:
    _check(doc, index)
    new = doc.with_slide(index, with_title(doc.slides[index], title))
    if read_fields(new.slides[index]).title != " ".join(title.split()):
        raise EditError("the title cannot be written as typed on this slide", "标题无法按输入的样子写在此页")
    if doc.divider and index and bool(doc.seps[index - 1]) == _heading_starts(new, new.slides[index]):
        # headingDivider: a heading at the top starts the slide, a ruler before it would add one
        return _expect(_rejoin(new, list(new.slides), {index}), len(doc))
    return new


def set_bullets(doc: DeckText, index: int, bullets: list[str] | tuple[str, ...]) -> DeckText:
    _check(doc, index)
    new = with_bullets(doc.slides[index], bullets)
    if read_fields(new).bullets != tuple(" ".join(b.split()) for b in bullets if b.strip()):
        raise EditError("the bullets cannot be written on this slide", "要点无法写在此页")
    return doc.with_slide(index, new)


def set_notes(doc: DeckText, index: int, notes: str) -> DeckText:
    """What to say on slide `index`: the doctor's notes (the article's `原文:` notes stay as written)."""
    _check(doc, index)
    if any(is_source_note(p) for p in _paragraphs(notes)):
        raise EditError("a note starting with 原文: or Source: is read as the article's words, not as what to say",
                        "以“原文:”或“Source:”开头的备注会被当作文章原文, 而不是要说的话")
    new = with_notes(doc.slides[index], notes)
    if _paragraphs(read_fields(new).notes) != _paragraphs(notes.replace("-->", "-- >")):
        raise EditError("the notes cannot be written on this slide (an unclosed code block or comment)",
                        "备注无法写在此页(有未结束的代码块或注释)")
    return doc.with_slide(index, new)


def set_picture(doc: DeckText, index: int, destination: str, caption: str) -> DeckText:
    """The slide's picture (a paragraph of its own): `destination` relative to the deck; "" removes it."""
    _check(doc, index)
    new = with_picture(doc.slides[index], destination, caption)
    fields = read_fields(new)
    if fields.picture != destination:
        raise EditError("the picture cannot be written on this slide", "图片无法写在此页")
    if destination and fields.caption != " ".join(caption.split()):
        raise EditError("Marp would read a word of this caption as a picture setting (such as 50% or w:300)",
                        "Marp 会把图片说明中的某个词当作图片设置(如 50% 或 w:300)")
    return doc.with_slide(index, new)


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")) if p.strip()]


def teach_back_slide(deck: Deck, index: int) -> int:
    """The slide (from 0) that holds the teach-back question of the part `index` is in: the part's
    slide with a question, else its last slide."""
    slides = deck.slides
    start = max((i for i in range(index + 1) if slides[i].is_part), default=0)
    end = next((i for i in range(index + 1, len(slides)) if slides[i].is_part), len(slides))
    return next((i for i in range(start, end) if slides[i].teach_back), end - 1)


def set_teach_back(doc: DeckText, deck: Deck, index: int, question: str) -> DeckText:
    """Set the question of the part that slide `index` is in (`deck` is `doc` as read)."""
    _check(doc, index)
    at = teach_back_slide(deck, index)
    return doc.with_slide(at, with_teach_back(doc.slides[at], question))


def move_slide(doc: DeckText, source: int, target: int) -> DeckText:
    """Move slide `source` so that it becomes slide `target` (both from 0)."""
    return move_slides(doc, source, source + 1, target)


def move_slides(doc: DeckText, start: int, end: int, target: int) -> DeckText:
    """Move slides `start` to `end - 1` together (a part with its slides) so that the first of them
    becomes slide `target` (all from 0)."""
    count = end - start
    _check(doc, start, end - 1)
    if count < 1 or not 0 <= target <= len(doc) - count:
        raise EditError(f"slides {start + 1}-{end} cannot go to {target + 1} in a deck of {len(doc)}",
                        f"共 {len(doc)} 页, 第 {start + 1}-{end} 页无法移到第 {target + 1} 页")
    if start == target:
        return doc
    slides = list(doc.slides)
    block = slides[start:end]
    del slides[start:end]
    if end == len(doc):
        block[-1] = _closed(doc, block[-1])
    slides[target:target] = block
    changed = set(range(min(start, target), max(end, target + count)))
    return _expect(_rejoin(doc, slides, changed), len(doc), min(changed), max(changed))


def part_end(deck: Deck, index: int) -> int:
    """The slide after the last one of the part that slide `index` opens (itself + 1 when it opens none)."""
    slides = deck.slides
    if not slides[index].is_part:
        return index + 1
    return next((i for i in range(index + 1, len(slides)) if slides[i].is_part), len(slides))


def _insert(doc: DeckText, at: int, slide: str) -> DeckText:
    slides = list(doc.slides)
    seps = list(doc.seps)
    if at == len(slides):
        before = seps[-1] if seps else doc.head
        if slides[-1] or (before and not before.endswith(("\n", "\r"))):
            slides[-1] = _closed(doc, slides[-1] or doc.newline)
        seps.append(_ruler(doc))
    else:
        seps.insert(at, _ruler(doc))
    slides.insert(at, slide)
    new = replace(doc, slides=tuple(slides), seps=tuple(seps))
    return _expect(_rejoin(new, slides, {at}), len(doc) + 1, at - 1, at)


def add_slide(doc: DeckText, after: int, title: str = "") -> DeckText:
    """A new slide after slide `after` (-1: first) with `title` as its heading."""
    nl = doc.newline
    return _insert(doc, after + 1, f"{nl}# {title.strip()}{nl}{nl}" if title.strip() else nl)


def add_part(doc: DeckText, after: int, title: str) -> DeckText:
    """A new part's title slide after slide `after`: the slides after it belong to the new part."""
    nl = doc.newline
    return _insert(doc, after + 1, f"{nl}<!-- _class: part -->{nl}{nl}# {title.strip()}{nl}{nl}")


def duplicate_slide(doc: DeckText, index: int) -> DeckText:
    _check(doc, index)
    return _insert(doc, index + 1, _closed(doc, doc.slides[index]))


def delete_slide(doc: DeckText, index: int) -> DeckText:
    _check(doc, index)
    if len(doc) == 1:
        raise EditError("a deck keeps at least one slide", "幻灯片至少要保留一页")
    slides, seps = list(doc.slides), list(doc.seps)
    del slides[index]
    del seps[index - 1 if index else 0]
    new = replace(doc, slides=tuple(slides), seps=tuple(seps))
    changed = {index} if index < len(slides) and doc.divider else set()
    return _expect(_rejoin(new, slides, changed), len(doc) - 1, index - 1, index)


def add_bullet(doc: DeckText, index: int, bullet: str) -> DeckText:
    """Slide `index` with `bullet` added after its points (the source pane's "Add as point")."""
    _check(doc, index)
    return set_bullets(doc, index, [*read_fields(doc.slides[index]).bullets, bullet])
