"""Draft slides as Marp Markdown: bullets from sections, at most 3 a slide, the source in the notes.

Owns `DraftSlide` (renders itself), `section_units` (what each heading, paragraph and run of
points gives a slide), `pack_slides` (units into slides), `section_title`, `note_comment` and the
Markdown/YAML escaping. Pure Python (stdlib only), no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .article import QUESTION_END, Section, text_size
from .bullets import TITLE_LIMIT, bigrams, is_informative, point_line, rank_sentences, trim
from .meaning import is_praise
from .sentences import NUMBERED, escape_comment, has_words, split_line

# The teach-back question of each part: an open question in plain words, made from the part title.


NOTE_LABEL = {"zh": "原文", "en": "Source"}
_CONTINUED = {"zh": "（续）", "en": " (continued)"}
_MAX_BULLETS = 3
_BULLETS_PER_PARAGRAPH = 2
_LONG_PARAGRAPH = 5  # sentences: such a paragraph may give a third bullet


def md_escape(s: str) -> str:
    """Slide text that Markdown shows as written (and that can never open a comment or a rule)."""
    s = s.replace("\\", "\\\\").replace("<", "&lt;")
    s = re.sub(r"([*_`\[\]$~|])", r"\\\1", s)
    if re.match(r"^(#|>|[-+=])", s):
        s = "\\" + s
    m = re.match(r"^(\d+)([.)])", s)
    if m:
        s = m.group(1) + "\\" + s[m.end(1):]
    return s


def note_comment(label: str, text: str) -> str:
    return f"<!-- {label}: {escape_comment(text)} -->"


Bullet = tuple[str, "int | None", str]  # (slide line, the point's number or None, the source it was cut from)
Item = tuple["Bullet | None", str]  # a point: its bullet (None when it gives none) and its note


@dataclass
class DraftSlide:
    title: str
    bullets: list[Bullet] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    comments_after: list[str] = field(default_factory=list)

    def render(self) -> str:
        out = [f"## {md_escape(self.title)}", ""]
        if self.bullets:
            prev_ordered: bool | None = None
            prev_number: int | None = None
            delim = "."
            for text, number, _source in self.bullets:
                ordered = number is not None
                if prev_ordered is not None and ordered != prev_ordered:
                    out.append("")
                if number is not None and prev_number is not None and number <= prev_number:
                    delim = ")" if delim == "." else "."  # numbering starts again: a new list
                out.append(f"{number}{delim} {md_escape(text)}" if ordered else f"- {md_escape(text)}")
                prev_ordered, prev_number = ordered, (number if ordered else None)
            out.append("")
        for note in self.notes + self.comments_after:
            out.extend([note, ""])
        return "\n".join(out).rstrip("\n")




@dataclass
class Unit:
    """What one block gives a slide: bullets and notes; `items` when it is a run of points."""

    bullets: list[Bullet] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    items: list[Item] | None = None


def section_units(section: Section, lang: str, label: str, title_terms: set[str], skip_first: bool) -> list[Unit]:
    """The units of a section, in order: a heading gives notes only, a paragraph at most 2 bullets,
    a run of consecutive points one bullet each (kept together as one unit)."""
    units = [Unit(notes=[note_comment(label, h.text(lang))]) for h in section.headings]
    terms = set(title_terms)
    for h in section.headings:
        terms |= bigrams(h.text(lang), lang)
    for bi, block in enumerate(section.body):
        text = block.text(lang)
        note = note_comment(label, text)
        if block.kind == "item":
            m = NUMBERED.match(text)
            line = point_line(text[m.end():] if m else text, lang, terms)
            ok = has_words(line)
            bullet = (line, block.number if block.ordered else None, text) if ok else None
            run = units[-1].items if units else None
            if run is None:
                run = []
                units.append(Unit(items=run))
            run.append((bullet, note))
            continue
        sentences = split_line(text)
        if skip_first and bi == 0 and len(sentences) > 1:
            sentences = sentences[1:]
        chosen: list[tuple[int, str]] = []
        for i, line in rank_sentences(sentences, terms, lang):
            if line in [c for _, c in chosen] or (chosen and is_praise(line)):
                continue  # praise is a bullet only when a paragraph has nothing else
            room = len(chosen) < _MAX_BULLETS and (is_informative(sentences[i]) or len(sentences) >= _LONG_PARAGRAPH
                                                   or len(sentences) <= _MAX_BULLETS)  # a short paragraph: all of it
            if len(chosen) < _BULLETS_PER_PARAGRAPH or room:
                chosen.append((i, line))
        units.append(Unit(bullets=[(line, None, sentences[i]) for i, line in sorted(chosen)], notes=[note]))
    if any(not is_praise(b[0]) for u in units for b in u.bullets):  # praise only when the section has nothing else
        for u in units:
            u.bullets = [b for b in u.bullets if not is_praise(b[0])]
    return units


def _chunks(items: list[Item], size_limit: int) -> list[list[Item]]:
    """`items` cut into the fewest pieces of at most `size_limit`, as even as possible."""
    if not items:
        return []
    pieces = -(-len(items) // size_limit)
    base, extra = divmod(len(items), pieces)
    out, k = [], 0
    for p in range(pieces):
        size = base + (1 if p < extra else 0)
        out.append(items[k:k + size])
        k += size
    return out


def pack_slides(title: str, units: list[Unit], lang: str) -> list[DraftSlide]:
    """Units into slides of at most 3 bullets. A paragraph's bullets stay together; a run of points
    shares the current slide only when at least two of them fit there, and is otherwise cut evenly."""
    slides = [DraftSlide(title)]

    def new_slide() -> DraftSlide:
        slides.append(DraftSlide(title + _CONTINUED[lang]))
        return slides[-1]

    for unit in units:
        cur = slides[-1]
        if unit.items is None:
            if unit.bullets and cur.bullets and len(cur.bullets) + len(unit.bullets) > _MAX_BULLETS:
                cur = new_slide()
            cur.bullets.extend(unit.bullets[:_MAX_BULLETS])
            cur.notes.extend(unit.notes)
            continue
        items = list(unit.items)
        counted = [it for it in items if it[0] is not None]
        room = _MAX_BULLETS - len(cur.bullets)
        if cur.bullets and len(counted) > room:
            if room >= 2:
                # fill the current slide with the first `room` points, the rest go on evenly
                taken, k = 0, 0
                while k < len(items) and (items[k][0] is None or taken < room):
                    taken += items[k][0] is not None
                    k += 1
                    if taken == room:
                        break
                _add_items(cur, items[:k])
                items = items[k:]
                counted = [it for it in items if it[0] is not None]
            if counted:
                cur = new_slide()
        pieces = _chunks(counted, _MAX_BULLETS)
        k = 0
        for pi, piece in enumerate(pieces):
            if pi:
                cur = new_slide()
            last = piece[-1]
            end = next(j for j in range(k, len(items)) if items[j] is last) + 1
            if pi == len(pieces) - 1:
                end = len(items)
            _add_items(cur, items[k:end])
            k = end
        if k < len(items):
            _add_items(cur, items[k:])
    for slide in slides[1:]:
        slide.title = _title_from_points(slide, lang) or slide.title
    return slides


_POINT_LABEL = re.compile(r"^([^:：。.!?！？]{1,24})[:：]")


def _title_from_points(slide: DraftSlide, lang: str) -> str | None:
    """A continuation slide of "label: content" points is titled by its labels ("警惕和管理副作用、局部治疗仍有价值")
    when they fit a title, rather than "（续）"."""
    labels = [m.group(1).strip() for text, _n, _s in slide.bullets if (m := _POINT_LABEL.match(text))]
    if not labels or len(labels) != len(slide.bullets):
        return None
    title = ("、" if lang == "zh" else " / ").join(labels)
    return title if text_size(title, lang) <= TITLE_LIMIT[lang] + 1 else None


def _add_items(slide: DraftSlide, items: list[Item]) -> None:
    for bullet, note in items:
        if bullet is not None:
            slide.bullets.append(bullet)
        slide.notes.append(note)


def section_title(section: Section, lang: str) -> tuple[str, bool]:
    """(slide title, whether it was taken from the first sentence of the first paragraph)."""
    if section.headings:
        return trim(section.headings[-1].text(lang), lang, TITLE_LIMIT[lang], first_bonus=1.0), False
    for block in section.body:
        sentences = [s for s in split_line(block.text(lang)) if not QUESTION_END.search(s)]
        if sentences:
            return trim(sentences[0], lang, TITLE_LIMIT[lang], first_bonus=1.0), block.kind == "para"
    return "", False


def yaml_scalar(s: str) -> str:
    if '"' not in s and "\\" not in s:
        return f'"{s}"'
    return "'" + s.replace("'", "''") + "'"
