"""`check` rules for decks whose notes carry the article's words (`原文:` / `Source:`, as the importer writes).

Owns `source_findings(deck)`: each bullet is read against the source sentence it came from (the note
sentence sharing most of its words) for what a draft must keep: a relative change shown as a bare
percentage ("relative-change"), a qualifier or negation the source had before the bullet's words
("qualifier-lost"), a numbered "label: content" point showing only its label ("bare-label"), praise
on a slide ("praise", info: the doctor may keep it), and, over the whole deck, warning signs only in the notes ("warning-in-notes").
Slides without such notes are left alone. Reads notes only to find sources; findings are about what
the patient sees. Pure Python (stdlib only), no Qt.
"""

from __future__ import annotations

import re

from .deck import Deck, Slide
from .lang import base
from .lint import Finding
from .meaning import is_praise, is_warning, lost_qualifiers
from .notes import source_passages
from .percentages import percentage_kinds
from .sentences import NUMBERED, split_line

_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(.*)$")
_LABEL = re.compile(r"^([^:：。.!?！？]{1,24})[:：]\s*(?=\S)")
_PCT = re.compile(r"[0-9.]+\s*[%％]")


def slide_points(slide: Slide) -> list[str]:
    """The points (list items) of a slide, as text."""
    out = []
    for line in slide.body.split("\n"):
        m = _ITEM.match(line)
        if m:
            out.append(re.sub(r"\\(.)", r"\1", m.group(1)).replace("&lt;", "<").strip())
    return out


def word_pairs(s: str) -> set[str]:
    chars = [c for c in s.lower() if c.isalnum()]
    if any("\u3400" <= c <= "\u9fff" for c in chars):
        return {a + b for a, b in zip(chars, chars[1:])}
    return set(re.findall(r"[a-z0-9]+", s.lower()))


def _source_of(bullet: str, sentences: list[str]) -> str | None:
    """The source sentence sharing most of the bullet's words (at least half of them)."""
    words = word_pairs(bullet)
    if not words or not sentences:
        return None
    best = max(sentences, key=lambda s: len(words & word_pairs(s)))
    return best if len(words & word_pairs(best)) * 2 >= len(words) else None


def slide_source_findings(slide: Slide, lang: str) -> list[Finding]:
    sources = source_passages(slide.comments)
    if not sources:
        return []
    sentences = [s for src in sources for s in split_line(src)]
    n = slide.index
    found: list[Finding] = []
    for bullet in slide_points(slide):
        source = _source_of(bullet, sentences)
        if is_praise(bullet):
            found.append(Finding(n, "info", "praise", f'praise informs no decision: "{bullet[:20]}": show a fact or an action',
                                 f"“{bullet[:12]}”是评价, 不帮助决定: 请换成事实或要做的事"))
        if source is None:
            continue
        kinds = dict(zip(_PCT.findall(source), percentage_kinds(source, lang)))
        for pct in _PCT.findall(bullet):
            if kinds.get(pct) == "relative":
                found.append(Finding(n, "warning", "relative-change",
                                     f"{pct} is a relative change: explain what it means for this patient",
                                     f"{pct} 是相对变化: 请向患者说明这对他意味着什么"))
        lost = lost_qualifiers(bullet, source, lang)
        if lost:
            found.append(Finding(n, "warning", "qualifier-lost",
                                 f'"{bullet[:20]}" lost "{lost[0]}" from its source: put it back',
                                 f"“{bullet[:12]}”丢了原文中的“{lost[0]}”: 请补回"))
        point = NUMBERED.sub("", source, count=1)
        label = _LABEL.match(point)
        if label and bullet.rstrip("：:") == label.group(1).strip():
            found.append(Finding(n, "warning", "bare-label", f'"{bullet}" shows only its label: add what it says',
                                 f"“{bullet}”只有标题: 请写出具体内容"))
    return found


def source_findings(deck: Deck) -> list[Finding]:
    """The source rules over every slide, then warning signs found only in the notes."""
    lang = base(deck.lang)
    found = [f for s in deck.slides for f in slide_source_findings(s, lang)]
    shown = word_pairs("\n".join(b for s in deck.slides for b in slide_points(s)))
    for slide in deck.slides:
        for src in source_passages(slide.comments):
            for sentence in split_line(src):
                words = word_pairs(sentence)
                if is_warning(sentence) and words and len(words & shown) * 2 < len(words):
                    found.append(Finding(slide.index, "warning", "warning-in-notes",
                                         f'warning signs only in the notes: "{sentence[:30]}": put them on a slide',
                                         f"警示信息只在备注里: “{sentence[:15]}”: 请放到幻灯片上"))
    return found
