"""An inline picture's Markdown as written on a line: where its alt text and destination are, and an
alt text's caption words replaced while Marp's keywords keep their characters.

Owns `image_span(line)` (the first `![alt](destination "title")` of a line: its alt text's and its
parenthesis' positions, nested brackets, escapes and <angle> destinations understood) and
`alt_with_caption(alt, caption)`: the keywords `backgrounds.read_alt` knows (`bg`, `left`/`right[:N%]`,
`contain`/`cover`/`fit`/`auto`/`N%`, `w:`/`h:`/`width:`/`height:`, filters, `vertical`) stay as written,
the other words are the caption. Used by `slide_fields.with_picture`. No Qt.
"""

from __future__ import annotations

import re

from markdown_it.helpers import parseLinkDestination, parseLinkTitle

from .backgrounds import read_alt


def _is_keyword(word: str, background: bool) -> bool:
    """Whether Marp reads `word` of an alt text as a keyword (bg, right:40%, contain, w:200, ...)."""
    return not read_alt(("bg " if background else "") + word).alt


def alt_with_caption(alt: str, caption: str) -> str:
    """`alt` (an image's alt text as written) with its caption words replaced by `caption`: Marp's
    keywords keep their characters and places; keywords that stood between caption words follow it."""
    options = read_alt(alt)
    if options.alt == caption:
        return alt
    background = options.background
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", alt)]
    said = [(a, b) for a, b in words if not _is_keyword(alt[a:b], background)]
    if not said:
        return alt + (" " if alt.strip() and caption and not alt[-1:].isspace() else "") + caption
    start, end = said[0][0], said[-1][1]
    inner = [alt[a:b] for a, b in words if start <= a < end and _is_keyword(alt[a:b], background)]
    middle = " ".join(w for w in (caption, *inner) if w)
    before, after = alt[:start], alt[end:]
    if not middle:
        return before.rstrip() + (" " if before.strip() and after.strip() else "") + after.lstrip()
    return before + middle + after


def _bracket_end(line: str, at: int) -> int:
    """The index of the `]` closing the `[` before `at` (nested brackets, escapes), or -1."""
    depth = 0
    while at < len(line):
        c = line[at]
        if c == "\\":
            at += 2
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            if not depth:
                return at
            depth -= 1
        at += 1
    return -1


def _paren_end(line: str, at: int) -> int:
    """The index of the `)` closing the `(` before `at`, read as CommonMark (and so Marp) reads a
    link's destination and title (markdown-it's own helpers), or -1."""
    n = len(line)
    at = _skip_spaces(line, at)
    dest = parseLinkDestination(line, at, n)
    if dest.ok:
        at = _skip_spaces(line, dest.pos)
        title = parseLinkTitle(line, at, n)
        if title.ok and title.pos > at:
            at = _skip_spaces(line, title.pos)
    return at if at < n and line[at] == ")" else -1


def _skip_spaces(line: str, at: int) -> int:
    while at < len(line) and line[at] in " \t":
        at += 1
    return at


def image_span(line: str) -> tuple[int, int, int, int] | None:
    """Where the first inline picture `![alt](destination)` of `line` keeps its alt text and its
    parenthesis: (alt start, alt end, "(" + 1, ")"); None when it is written otherwise."""
    at = line.find("![")
    while at > 0 and line[at - 1] == "\\":
        at = line.find("![", at + 1)
    if at < 0:
        return None
    alt_end = _bracket_end(line, at + 2)
    if alt_end < 0 or line[alt_end + 1:alt_end + 2] != "(":
        return None
    close = _paren_end(line, alt_end + 2)
    return None if close < 0 else (at + 2, alt_end, alt_end + 2, close)
