"""The structure of an article: blocks (headings, paragraphs, points), the title, the lead and sections.

Owns `Block`, `Section`, `read_blocks(text, lang)`, `find_title(blocks, lang)` and
`split_sections(blocks, markdown, lang)`. Markdown headings are marked; in plain text short lines
without sentence-ending punctuation, short questions followed by a paragraph and "一、..." lines
are read as headings; an article with no heading at all gives one section per later paragraph.
Pure Python (stdlib only), no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .sentences import (ATX, BLOCKQUOTE, BULLET, CJK, NUMBERED, ZH_NUMERAL_HEADING, has_words, normalize, split_line,
                        strip_markup)

UNTITLED = {"zh": "未命名", "en": "Untitled"}
# A plain-text line is short enough to be a heading (zh characters / en words).
_HEADING_LIMIT = {"zh": 40, "en": 12}
# A first line longer than this is a paragraph, not a title.
_TITLE_LINE_LIMIT = {"zh": 60, "en": 20}


@dataclass
class _Block:
    kind: str  # "heading" | "para" | "item"
    lines: list[str]
    number: int | None = None  # a numbered point's number
    ordered: bool = False
    atx: bool = False

    def text(self, lang: str) -> str:
        """The block's words on one line: lines joined as the paragraph reads."""
        out = ""
        for line in self.lines:
            if not out:
                out = line
            elif lang == "zh" and not (out[-1].isascii() and line[0].isascii()):
                out += line
            else:
                out += " " + line
        return out


@dataclass
class Section:
    headings: list[_Block] = field(default_factory=list)
    body: list[_Block] = field(default_factory=list)
    part: int = 0
    title: str = ""


_TERMINAL_END = re.compile(r"[。.!！;；…]['\"”’」』）)]*$")
_CLAUSE_END = re.compile(r"[,，、:：]$")
QUESTION_END = re.compile(r"[?？]['\"”’」』）)]*$")


def text_size(s: str, lang: str) -> int:
    """Chinese: characters, letters and digits (punctuation is free, as in the deck checker);
    English: words."""
    if lang == "zh":
        return sum(1 for ch in s if ch.isalnum())
    return len(s.split())


def _item_number(m: re.Match[str]) -> int | None:
    if m.group("n1") or m.group("n2"):
        return int(m.group("n1") or m.group("n2"))
    if m.group("n3"):
        return ord(m.group("n3")) - ord("①") + 1
    if m.group("n4"):
        return _zh_number(m.group("n4"))
    return None


def _zh_number(numeral: str) -> int:
    """一 .. 九十九 as a number: 四 4, 十 10, 十二 12, 二十 20, 二十三 23."""
    digit = {d: v for v, d in enumerate("一二三四五六七八九", 1)}
    tens, ten, units = numeral.rpartition("十")
    return (digit.get(tens, 1) if ten else 0) * 10 + digit.get(units, 0)


_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")


def tables_as_points(text: str) -> str:
    """Markdown tables (`| a | b |` rows under a header and a `|---|---|` rule) as points a patient can read
    from a slide, in the table's words: each row one point, "first cell: the other cells; in turn". The
    header row names the columns and goes. Everything else unchanged. (A table on a patient slide is cut to
    fit, or shown as its pipes.)"""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _TABLE_ROW.match(lines[i]) is None or i + 1 >= len(lines) or not _TABLE_RULE.match(lines[i + 1]):
            out.append(lines[i])
            i += 1
            continue
        out.append("")
        i += 2
        while i < len(lines) and (row := _TABLE_ROW.match(lines[i])) is not None:
            cells = [c.strip() for c in row.group(1).split("|") if c.strip()]
            zh = any(CJK.match(ch) for ch in lines[i])
            rest = ("；" if zh else "; ").join(c if zh or c[1:2].isupper() else c[:1].lower() + c[1:] for c in cells[1:])
            point = f"{cells[0]}{'：' if zh else ': '}{rest}" if rest else cells[0] if cells else ""
            if point:
                out.append("- " + (point if _TERMINAL_END.search(point) else point + ("。" if zh else ".")))
            i += 1
        out.append("")
    return "\n".join(out)


def _read_lines(text: str) -> list[tuple[str, str]]:
    """(kind, words) per line: kind is blank / atx / bullet / numbered / setext / line."""
    out = []
    for raw in normalize(text).split("\n"):
        quoted = raw
        while (q := BLOCKQUOTE.match(quoted)) is not None:
            quoted = quoted[q.end():]
        words = strip_markup(raw)
        if not has_words(words):
            kind = "setext" if re.fullmatch(r"\s{0,3}(=+|-+)\s*", quoted) else "blank"
            out.append((kind, ""))
        elif ATX.match(quoted):
            out.append(("atx", words))
        elif BULLET.match(quoted):
            out.append(("bullet", words))
        elif NUMBERED.match(words):
            out.append(("numbered", words))
        else:
            out.append(("line", words))
    return out


def _is_heading_candidate(words: str, lang: str) -> bool:
    if ZH_NUMERAL_HEADING.match(words) and text_size(words, lang) <= _HEADING_LIMIT[lang]:
        return True
    if text_size(words, lang) > _HEADING_LIMIT[lang]:
        return False
    if len(split_line(words)) != 1 or _TERMINAL_END.search(words) or _CLAUSE_END.search(words):
        return False
    return True


def read_blocks(text: str, lang: str) -> tuple[list[_Block], bool]:
    """The article's blocks, and whether it is Markdown (has `#` or setext headings)."""
    lines = _read_lines(text)
    markdown = any(k == "atx" for k, _ in lines) or any(
        k == "setext" and i > 0 and lines[i - 1][0] == "line" for i, (k, _) in enumerate(lines))
    blocks: list[_Block] = []
    prev_kind = "blank"
    for kind, words in lines:
        if kind == "blank":
            prev_kind = kind
            continue
        if kind == "setext":
            last = blocks[-1] if blocks else None
            if prev_kind == "line" and last is not None and last.kind == "para" and len(last.lines) == 1:
                last.kind, last.atx = "heading", True
            prev_kind = "blank"
            continue
        if kind == "atx":
            blocks.append(_Block("heading", [words], atx=True))
        elif kind in ("bullet", "numbered"):
            m = NUMBERED.match(words) if kind == "numbered" else None
            blocks.append(_Block("item", [words], number=_item_number(m) if m else None, ordered=bool(m)))
        else:
            last = blocks[-1] if blocks else None
            if last is not None and prev_kind in ("line", "bullet", "numbered") and last.kind in ("para", "item") \
                    and _continues(last.lines[-1], words, lang, markdown, last.kind):
                last.lines.append(words)
            else:
                blocks.append(_Block("para", [words]))
        prev_kind = kind
    return blocks, markdown


def _continues(prev: str, line: str, lang: str, markdown: bool, kind: str) -> bool:
    """Whether `line` carries on the paragraph (or point) whose last line is `prev`."""
    if ZH_NUMERAL_HEADING.match(line):
        return False
    if _TERMINAL_END.search(prev) or QUESTION_END.search(prev):
        return False  # one paragraph a line, as text pasted from a web page or a word processor
    if _CLAUSE_END.search(prev) or (markdown and kind == "para"):
        return True  # a line broken in mid-sentence (Markdown headings are marked, so no guessing)
    return lang == "en" and line[:1].islower()


def find_title(blocks: list[_Block], lang: str) -> tuple[str, _Block | None, str]:
    """(title, block consumed as the title or None, how it was found)."""
    if not blocks:
        return UNTITLED[lang], None, "none"
    first = blocks[0]
    line = first.lines[0]
    short = len(first.lines) == 1 and text_size(line, lang) <= _TITLE_LINE_LIMIT[lang]
    # a title does not read like a paragraph: not several sentences ending in a full stop
    prose = _TERMINAL_END.search(line) and len(split_line(line)) > 1
    if first.kind == "heading" or (short and not prose):
        return line, first, "first line"
    sentences = split_line(line)
    return (sentences[0] if sentences else line), None, "first sentence"


def split_sections(blocks: list[_Block], markdown: bool, lang: str) -> tuple[Section, list[Section]]:
    """(lead, sections). Headings are marked in place first."""
    if not markdown:
        for i, b in enumerate(blocks):
            if b.kind != "para" or len(b.lines) != 1 or not _is_heading_candidate(b.lines[0], lang):
                continue
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if nxt is None:
                continue
            if QUESTION_END.search(b.lines[0]) and nxt.kind == "heading":
                continue
            b.kind = "heading"
    else:
        for b in blocks:
            if b.kind == "para" and len(b.lines) == 1 and ZH_NUMERAL_HEADING.match(b.lines[0]) \
                    and text_size(b.lines[0], lang) <= _HEADING_LIMIT[lang]:
                b.kind = "heading"
    lead = Section()
    sections: list[Section] = []
    has_headings = any(b.kind == "heading" for b in blocks)
    current = lead
    for b in blocks:
        if b.kind == "heading":
            if current is lead or current.body:
                current = Section()
                sections.append(current)
            current.headings.append(b)
        elif not has_headings and b.kind == "para" and (lead.body or current is not lead):
            current = Section(body=[b])
            sections.append(current)
        else:
            current.body.append(b)
    return lead, sections
