"""What goes on the take-home handout, as plain data: `build_handout(deck) -> Handout`.

Owns the choice of content (main message first, numbered actions, the parts and their slides,
the pain diary and fill-in labels in the deck's language). Speaker notes never enter the model:
it reads only the slide Markdown (`Slide.body`, which has no comments). Pictures are the local
files `core.pictures` finds showable; remote, missing and unreadable ones are left out. No Qt: `counsel_app.qt.handout` draws this as a PDF.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from markdown_it.token import Token

from .deck import Deck, Slide, html_to_text
from .marp_markdown import markdown_parser
from .lang import is_zh
from .backgrounds import read_alt
from .pictures import resolve_picture

# A slide whose title says it gives advice or a summary: its list items are the action steps.
ADVICE = re.compile(r"建议|总结|小结|要点|记住|怎么做|怎样做|advice|summary|remember|what to do|"
                    r"next steps|take[- ]home|key points", re.IGNORECASE)
# A slide that lists where the material came from: kept, at the end of the handout.
SOURCES = re.compile(r"来源|参考|出处|文献|sources?\b|references?\b|citations?\b", re.IGNORECASE)

PARA, BULLET, NUMBER = "para", "bullet", "number"


@dataclass(frozen=True)
class Labels:
    """Fixed words of the handout, in the deck's language."""

    actions: str
    topics: str
    sources: str
    pain_diary: str
    date: str
    score: str
    note: str
    bring: str
    next_visit: str
    when: str
    where: str
    contact: str
    who: str
    phone: str
    page: str  # format string with {page} and {pages}


ZH = Labels(
    actions="请您这样做",
    topics="今天讲了什么",
    sources="资料来源",
    pain_diary="疼痛日记 (0 = 不痛, 10 = 能想象的最痛)",
    date="日期",
    score="疼痛分数 (圈出一个数字)",
    note="备注",
    bring="每天记一次，复诊时带来给医生看。",
    next_visit="下次复诊",
    when="日期和时间",
    where="地点",
    contact="有问题请联系",
    who="医生或护士",
    phone="电话",
    page="第 {page} 页, 共 {pages} 页",
)
EN = Labels(
    actions="What to do",
    topics="What we talked about",
    sources="Sources",
    pain_diary="Pain diary (0 = no pain, 10 = worst pain you can imagine)",
    date="Date",
    score="Pain score (circle one number)",
    note="Notes",
    bring="One line a day. Bring this page to your next visit.",
    next_visit="Next visit",
    when="Date and time",
    where="Place",
    contact="Questions? Please contact",
    who="Doctor or nurse",
    phone="Phone",
    page="Page {page} of {pages}",
)


def labels_for(lang: str) -> Labels:
    return ZH if is_zh(lang) else EN


@dataclass(frozen=True)
class Picture:
    path: Path  # absolute, exists
    alt: str


@dataclass(frozen=True)
class Block:
    kind: str  # PARA, BULLET or NUMBER
    text: str


@dataclass(frozen=True)
class Item:
    """One slide on the handout: its title, its text in order, its pictures."""

    slide: int
    title: str
    blocks: tuple[Block, ...]
    pictures: tuple[Picture, ...] = ()

    @property
    def bullets(self) -> tuple[str, ...]:
        return tuple(b.text for b in self.blocks if b.kind in (BULLET, NUMBER))


@dataclass(frozen=True)
class Section:
    title: str  # the part title; "" for slides before the first part
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Handout:
    title: str
    main_message: str
    byline: tuple[str, ...]
    actions: tuple[str, ...]
    sections: tuple[Section, ...]
    sources: tuple[str, ...]
    lang: str
    labels: Labels
    diary_days: int = 7
    deck_version: str = ""

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(i for s in self.sections for i in s.items)


# --- reading one slide's Markdown -------------------------------------------------------------

def _inline(tokens: list[Token]) -> str:
    """Visible text of inline tokens, without pictures."""
    out = []
    for tok in tokens:
        if tok.type in ("text", "code_inline"):
            out.append(tok.content)
        elif tok.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif tok.type == "html_inline":
            if re.fullmatch(r"\s*<br\s*/?>\s*", tok.content):
                out.append(" ")
            elif not tok.content.lstrip().startswith("<!--"):
                out.append(tok.content)
        elif tok.type == "image":
            continue
        elif tok.children:
            out.append(_inline(tok.children))
    return re.sub(r"\s+", " ", "".join(out)).strip()


def _images(tokens: list[Token]) -> list[tuple[str, str]]:
    found = []
    for tok in tokens:
        if tok.type == "image":
            alt = _inline(tok.children or []) or "".join(c.content for c in tok.children or [])
            found.append((str(tok.attrs.get("src", "")), read_alt(alt).alt))  # Marp's keywords are no caption
        elif tok.children:
            found.extend(_images(tok.children))
    return found


@dataclass
class _Read:
    title: str = ""
    title_level: int = 0
    blocks: list[Block] = field(default_factory=list)
    images: list[tuple[str, str]] = field(default_factory=list)


def _read_slide(slide: Slide) -> _Read:
    tokens = markdown_parser().parse(slide.body)
    result = _Read()
    lists: list[str] = []  # kinds of the open lists
    row: list[str] = []
    for i, tok in enumerate(tokens):
        t = tok.type
        if t == "bullet_list_open":
            lists.append(BULLET)
        elif t == "ordered_list_open":
            lists.append(NUMBER)
        elif t in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif t == "heading_open":
            text = _inline(tokens[i + 1].children or [])
            if not result.title and text == slide.title:
                result.title, result.title_level = text, int(tok.tag[1])
            elif text:
                result.blocks.append(Block(PARA, text))
        elif t == "inline" and tokens[i - 1].type == "paragraph_open":
            result.images.extend(_images(tok.children or []))
            text = _inline(tok.children or [])
            if text:
                result.blocks.append(Block(lists[-1] if lists else PARA, text))
        elif t in ("th_open", "td_open"):
            row.append(_inline(tokens[i + 1].children or []))
        elif t == "tr_close":
            if any(row):
                result.blocks.append(Block(PARA, "  ".join(c for c in row if c)))
            row = []
        elif t in ("fence", "code_block"):
            result.blocks.extend(Block(PARA, ln.strip()) for ln in tok.content.splitlines() if ln.strip())
        elif t == "html_block":
            text = html_to_text(re.sub(r"<!--[\s\S]*?-->", "", tok.content))
            if text:
                result.blocks.append(Block(PARA, text))
    return result


def _picture(src: str, alt: str, base: Path | None) -> Picture | None:
    found = resolve_picture(src, base)
    return Picture(found.path, alt) if found.ok and found.path is not None else None


def _item(slide: Slide, base: Path | None) -> Item:
    read = _read_slide(slide)
    pictures = tuple(pic for src, alt in read.images if (pic := _picture(src, alt, base)) is not None)
    return Item(slide=slide.index, title=slide.title, blocks=tuple(read.blocks), pictures=pictures)


# --- choosing what goes where -------------------------------------------------------------------

def _title_slide(deck: Deck) -> Slide | None:
    if not deck.slides:
        return None
    first = deck.slides[0]
    if first.is_part:
        return None
    if "lead" in first.classes:
        return first
    if first.title and first.title == deck.title and _read_slide(first).title_level == 1:
        return first  # a first slide with the deck's title as its `# heading`
    return None


def _is_advice(slide: Slide) -> bool:
    return bool(slide.title) and not slide.is_part and bool(ADVICE.search(slide.title))


def _is_sources(slide: Slide) -> bool:
    return bool(slide.title) and not slide.is_part and bool(SOURCES.search(slide.title))


def _action_slides(deck: Deck, title_slide: Slide | None) -> list[Slide]:
    content = [s for s in deck.slides if s is not title_slide and not s.is_part and not _is_sources(s)]
    advice = [s for s in content if _is_advice(s)]
    if advice:
        return advice
    # No slide says "advice": numbered steps on the slides of the last part.
    last_part = deck.sections[-1] if deck.sections else ""
    return [s for s in content if s.section == last_part and NUMBER in {b.kind for b in _read_slide(s).blocks}]


def build_handout(deck: Deck, *, shown: set[int] | None = None, lang: str | None = None) -> Handout:
    """The handout for a deck; `shown` (1-based slide indexes) keeps only the slides shown.

    The title, main message, action steps and sources come from the whole deck whatever was
    shown: a handout without its "what to do" is not a handout. Never reads speaker notes.
    """
    lang = lang or deck.lang or "en"
    base = deck.base_dir
    title_slide = _title_slide(deck)

    title = deck.title or (title_slide.title if title_slide else "")
    byline: list[str] = []
    main = (deck.meta.get("description") or "").strip()
    if title_slide is not None:
        paras = [b.text for b in _read_slide(title_slide).blocks]
        if not main and paras:
            main, paras = paras[0], paras[1:]
        byline = paras
    if not main:
        first = next((s.title for s in deck.slides if s.title and not s.is_part and s is not title_slide), "")
        main = "" if first == title else first  # the title already says it

    action_slides = _action_slides(deck, title_slide)
    actions: list[str] = []
    for s in action_slides:
        read = _read_slide(s)
        steps = [b.text for b in read.blocks if b.kind in (BULLET, NUMBER)] or [b.text for b in read.blocks]
        actions.extend(a for a in steps if a not in actions)

    sources: list[str] = []
    sections: list[Section] = []
    current: list[Item] = []
    current_title = ""
    skip = {id(s) for s in action_slides}
    if title_slide is not None:
        skip.add(id(title_slide))
    for s in deck.slides:
        if _is_sources(s):
            sources.extend(b.text for b in _read_slide(s).blocks if b.text not in sources)
            continue
        if s.is_part:
            if current:
                sections.append(Section(current_title, tuple(current)))
            current, current_title = [], s.title
            continue
        if id(s) in skip or (shown is not None and s.index not in shown):
            continue
        item = _item(s, base)
        if item.title or item.blocks or item.pictures:
            current.append(item)
    if current:
        sections.append(Section(current_title, tuple(current)))

    return Handout(title=title, main_message=main, byline=tuple(byline), actions=tuple(actions),
                   sections=tuple(sections), sources=tuple(sources), lang=lang,
                   labels=labels_for(lang), deck_version=deck.version)
