"""Draft slides as Marp Markdown: bullets from sections, at most 3 a slide, the source in the notes.

Owns `DraftSlide` (renders itself), `section_units` (what each heading, paragraph and run of
points gives a slide), `pack_slides` (units into slides), `section_title`, `note_comment` and the
Markdown/YAML escaping. Pure Python (stdlib only), no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .article import QUESTION_END, Section, text_size
from .bullets import TITLE_LIMIT, split_in_two, trim
from .ranking import bigrams, is_informative, point_line, rank_sentences
from .clause_links import BUT_Y, CONTEXT_EN, CONTEXT_ZH, GROUP_END, MODAL_START, NOT_X, OPEN_END_ZH, leans_on_before
from .meaning import is_for_doctors, is_praise, is_warning, starts_with_connective
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
    opens_on_point: bool = False  # its first bullet is a point of a list: a point is never the slide's title

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
        ranked = rank_sentences(sentences, terms, lang)
        for i, line in ranked:
            if line in [c for _, c in chosen] or (chosen and (is_praise(line) or is_for_doctors(sentences[i]))):
                continue  # praise and remarks for doctors are a bullet only when a paragraph has nothing else
            room = len(chosen) < _MAX_BULLETS and (is_informative(sentences[i]) or len(sentences) >= _LONG_PARAGRAPH
                                                   or len(sentences) <= _MAX_BULLETS)  # a short paragraph: all of it
            if len(chosen) < _BULLETS_PER_PARAGRAPH or room:
                chosen.append((i, line))
        _with_referents(chosen, ranked, sentences)
        lines: list[Bullet] = []
        for n, (i, line) in enumerate(sorted(chosen)):  # a line too long to read from the screen as two, room allowing
            halves = [line] if is_warning(sentences[i]) else split_in_two(line, sentences[i], lang)
            if len(lines) + len(halves) + len(chosen) - n - 1 > _MAX_BULLETS:
                halves = [line]
            lines += [(h, None, sentences[i]) for h in halves]
        units.append(Unit(bullets=lines, notes=[note]))

    def remark(b: Bullet) -> bool:
        return is_praise(b[0]) or (b[1] is None and is_for_doctors(b[2]))

    points = [b for u in units for b, _note in (u.items or []) if b is not None]
    if points or any(not remark(b) for u in units for b in u.bullets):  # praise only when the section has nothing else
        for u in units:
            u.bullets = [b for b in u.bullets if not remark(b)]
    return units


# A line that points at the sentence before it: "It can lower the HbA1c..." (metformin), "If you have any of these
# signs, ..." (the signs), "其中...", "说的就是这件事".
_POINTER = re.compile(r"^(?:it|they|these|those|this|others)\b|^(?:[A-Za-z0-9-]+\s+){1,5}(?:it|they|them)\b|^(?:它|它们|其中)|\b(?:these|those) "
                      r"(?:signs|symptoms|changes|problems|medicines|steps)\b|这件事|这种情况|这些症状|上述", re.IGNORECASE)


def _with_referents(chosen: list[tuple[int, str]], ranked: list[tuple[int, str]], sentences: list[str]) -> None:
    """A chosen line that points at the sentence before it brings that sentence along (in place of the least telling
    other line when the slide is full), so the patient sees what "it" or "these signs" are."""
    lines = dict(ranked)
    order = [i for i, _ in ranked]
    for _ in range(_MAX_BULLETS):
        have = {k for k, _ in chosen}
        need = next((i - 1 for i, line in sorted(chosen) if _POINTER.search(line) and i - 1 in lines
                     and i - 1 not in have and not is_praise(lines[i - 1]) and not is_for_doctors(sentences[i - 1])), None)
        if need is None:
            return
        if len(chosen) >= _MAX_BULLETS:
            pointing = {i for i, line in chosen if _POINTER.search(line)}
            spare = [k for k in reversed(order) if k in have and k not in pointing and k + 1 not in pointing
                     and not is_warning(sentences[k])]
            if not spare:
                return
            chosen.remove(next(c for c in chosen if c[0] == spare[0]))
        chosen.append((need, lines[need]))


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
        slide.title = (_title_from_points(slide, lang) or _title_from_content(slide, title, lang)
                       or _title_with_topic(slide, title, lang) or slide.title)
    return slides


_POINT_LABEL = re.compile(r"^([^:：。.!?！？]{1,24})[:：]")
# What a title cannot be: a pointer to something off the slide, a scene or condition, a number of people (its
# picture goes with a bullet), a subject without its predicate, a "not X" whose "but Y" follows.
_NOT_A_TITLE = re.compile(r"^(?:这|那|它|其|此|除了|另一|一类|首先|然后|接着|最后|再|第[一二三四五六七八九十]"
                          r"|this|that|these|those|it|they|others|another|first|then|next|finally)"
                          r"|(?:之前|以前|之后|以后|后|时|期间|之中)$"
                          r"|每\d+\S{0,3}中有|\bin \d+ (?:people|adults|women|men|children|patients)\b", re.IGNORECASE)


def _title_line(line: str, heading: str, lang: str) -> bool:
    size = text_size(line, lang)
    if not (5 if lang == "zh" else 3) <= size <= TITLE_LIMIT[lang] or line.strip() == heading.strip():
        return False
    context = CONTEXT_ZH if lang == "zh" else CONTEXT_EN
    return not (_NOT_A_TITLE.search(line) or context.search(line) or starts_with_connective(line, lang)
                or is_warning(line) or is_praise(line) or QUESTION_END.search(line) or OPEN_END_ZH.search(line)
                or GROUP_END.search(line) or (lang == "en" and line.rstrip().endswith(",")))


_PLAIN_WORDS = frozenset("患者 病人 医生 治疗 药物 服用 可能 出现 一些 如果 需要 可以 进行 情况 时间 this that with have your about "
                         "there their which other people patients doctor treatment".split())


def _title_with_topic(slide: DraftSlide, heading: str, lang: str) -> str | None:
    """The heading's own words and what this slide is about: the longest term (3-8 characters / a word) that two
    of its lines share and the heading lacks ("常见的副作用：他莫昔芬"); None when no such term or too long."""
    lines = [b[0] for b in slide.bullets]
    if len(lines) < 2:
        return None
    base = heading.rstrip("?？ ")
    if lang == "zh":
        found = ""
        for size in range(8, 2, -1):
            for k in range(len(lines[0]) - size + 1):
                term = lines[0][k:k + size]
                if CJK_RUN.fullmatch(term) and term not in base \
                        and not any(w in term for w in ("的", "是", "在", "了", "和", "会", "有", *_PLAIN_WORDS)) \
                        and any(term in other for other in lines[1:]) \
                        and not any(wider in other for other in lines[1:]  # a piece of a longer shared run ("者术后")
                                    for wider in (lines[0][max(k - 1, 0):k + size], lines[0][k:k + size + 1])
                                    if wider != term and any(w in wider for w in _PLAIN_WORDS)):
                    found = term
                    break
            if found:
                break
        title = f"{base}：{found}" if found else ""
    else:
        # not the line's first word: an instruction's verb ("Straighten your knee" / "slowly straighten it")
        first = lines[0].lstrip()
        words = [m.group(0) for m in re.finditer(r"[A-Za-z][A-Za-z-]{4,}", first) if m.start() > 0
                 and m.group(0).lower() not in _PLAIN_WORDS and m.group(0).lower() not in base.lower()
                 and any(re.search(rf"\b{re.escape(m.group(0))}\b", o, re.IGNORECASE) for o in lines[1:])]
        title = f"{base}: {words[0]}" if words else ""
    return title if title and text_size(title, lang) <= TITLE_LIMIT[lang] + 1 else None


CJK_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+")


def _title_from_content(slide: DraftSlide, heading: str, lang: str) -> str | None:
    """A continuation slide's own title, in the article's words: its first line when that is a short statement
    ("常用的药物大致分为两类", "效果因人而异": it leaves the bullets for the title), else that line's first
    clause when it is a statement of its own ("内分泌治疗的时间比较长"); None when neither fits ("（续）")."""
    if not slide.bullets or slide.bullets[0][1] is not None or slide.opens_on_point:
        return None  # a point ("Do not take aspirin unless your doctor agrees") stays a point, numbered or not
    first = slide.bullets[0][0]
    if len(slide.bullets) >= 2 and _title_line(first, heading, lang):
        slide.bullets = slide.bullets[1:]
        return first
    clauses = re.split(r"(?<=[，,；;])", first)
    if len(clauses) < 2:
        return None
    head = clauses[0].rstrip("，,；; ")
    after = clauses[1].strip()
    if NOT_X.search(head) or BUT_Y.match(after) or leans_on_before(after, lang, head) or MODAL_START.match(after):
        return None  # "家属不要简单地说..., 而应..."; "..., 就可能重新长出来": the clause needs what follows
    return head if _title_line(head, heading, lang) else None


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
            slide.opens_on_point = slide.opens_on_point or not slide.bullets
            slide.bullets.append(bullet)
        slide.notes.append(note)


def section_title(section: Section, lang: str) -> tuple[str, bool]:
    """(slide title, whether it was taken from the first sentence of the first paragraph)."""
    if section.headings:
        return trim(section.headings[-1].text(lang), lang, TITLE_LIMIT[lang], first_bonus=1.0), False
    for block in section.body:
        sentences = [s for s in split_line(block.text(lang)) if not QUESTION_END.search(s)]
        if sentences:
            # a warning in it ("…, 血压正常了也不能自己停药") is shown whole below the title, not cut to it
            return trim(sentences[0], lang, TITLE_LIMIT[lang], first_bonus=1.0), \
                block.kind == "para" and not is_warning(sentences[0])
    return "", False


def yaml_scalar(s: str) -> str:
    if '"' not in s and "\\" not in s:
        return f'"{s}"'
    return "'" + s.replace("'", "''") + "'"
