"""A deck's text cut into slides exactly where Marp cuts it, with every character kept.

Owns `DeckText` (front matter, one text span per slide, the separators between them) and
`split_deck_text(text)`. Joining the parts gives back the text character for character
(comments, directives, spacing, CRLF or LF), so an edit to one slide leaves every other slide's
text as it was. Uses the reader of `deck.py` (markdown-it tokens, front matter, headingDivider),
so the spans agree with `parse_deck`. Never reads or writes files. No Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from markdown_it.token import Token

from .deck import _heading_divider, _SlideAcc, _split_front_matter, _walk_comments, parse_yaml_mapping
from .marp_markdown import markdown_parser

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
_NEWLINE = re.compile(r"\r\n|\r|\n")


def normalise(text: str) -> str:
    """The text as `parse_deck` reads it: LF line ends, no leading BOM, no NUL (line numbers unchanged)."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")


def line_starts(text: str) -> list[int]:
    """Offset of each line's first character (a text with n line ends has n + 1 lines)."""
    starts = [0]
    starts.extend(m.end() for m in _NEWLINE.finditer(text))
    return starts


def newline_of(text: str) -> str:
    m = _NEWLINE.search(text)
    return m.group(0) if m else "\n"


def parse_tokens(text: str) -> list[Token]:
    """markdown-it tokens of a text as the deck reader sees it (line numbers are the text's own)."""
    return markdown_parser().parse(normalise(text), {})


@dataclass(frozen=True)
class DeckText:
    """The deck's text as parts: `head + slides[0] + seps[0] + slides[1] + ... + slides[-1]`.

    `seps[i]` is the ruler line between slide i and i + 1 (with its line end), or "" where a
    heading starts the next slide (headingDivider). `divider` is that heading level (0: none).
    """

    head: str
    slides: tuple[str, ...]
    seps: tuple[str, ...]
    newline: str = "\n"
    divider: int = 0

    @property
    def text(self) -> str:
        out = [self.head]
        for i, s in enumerate(self.slides):
            if i:
                out.append(self.seps[i - 1])
            out.append(s)
        return "".join(out)

    def __len__(self) -> int:
        return len(self.slides)

    def with_slide(self, index: int, text: str) -> DeckText:
        """This deck with slide `index` (from 0) replaced by `text`."""
        slides = list(self.slides)
        slides[index] = text
        return replace(self, slides=tuple(slides))


def _divider(meta_text: str | None, tokens: list[Token]) -> int:
    directives = {k.lstrip("$"): v for k, v in (parse_yaml_mapping(meta_text or "") or {}).items()}
    _walk_comments(tokens, _SlideAcc(), directives)
    return _heading_divider(directives.get("headingDivider"))


def _closing_line(norm: str) -> int:
    lines = norm.split("\n")
    return next(i for i in range(1, len(lines)) if lines[i].rstrip() == "---")


def split_deck_text(text: str) -> DeckText:
    """Cut `text` where `parse_deck` cuts it into slides. Never raises; `.text` gives `text` back."""
    body, fm_text = _split_front_matter(normalise(text))
    tokens = markdown_parser().parse(body, {})
    divider = _divider(fm_text, tokens)
    starts = line_starts(text)

    def offset(line: int) -> int:
        return starts[line] if line < len(starts) else len(text)

    head_end = 0
    if fm_text is not None:  # the front matter's lines (blank in `body`) up to its closing ruler
        closing = _closing_line(normalise(text))
        head_end = offset(closing + 1)
    cuts: list[tuple[int, int]] = []  # (start, end) of each separator
    shown = False
    for tok in tokens:
        if divider and shown and tok.type == "heading_open" and int(tok.tag[1]) <= divider and tok.map:
            at = offset(tok.map[0])
            cuts.append((at, at))
        shown = shown or not tok.hidden
        if tok.level == 0 and tok.type == "hr" and tok.map:
            cuts.append((offset(tok.map[0]), offset(tok.map[1])))
    slides, seps = [], []
    pos = head_end
    for start, end in cuts:
        slides.append(text[pos:start])
        seps.append(text[start:end])
        pos = end
    slides.append(text[pos:])
    return DeckText(head=text[:head_end], slides=tuple(slides), seps=tuple(seps),
                    newline=newline_of(text), divider=divider)
