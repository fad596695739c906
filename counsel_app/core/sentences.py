"""An article's sentences: line marks stripped, sentence ends found, and the coverage check.

Owns `split_sentences(text)`, `coverage_gaps(article, notes)`, `escape_comment`, `normalize` and
the line-mark patterns (Markdown headings, quotes, bullets, numbered points) the article reader
shares. Pure Python (stdlib only), no Qt.
"""

from __future__ import annotations

import re

_TERMINATORS = "。！？!?"
_CLOSERS = "”’\"'」』）)】》〉"
# Words that end with a '.' without ending the sentence (kept short: "sun." or "mg." end sentences).
_ABBREVIATIONS = {
    "e.g", "i.e", "dr", "mr", "mrs", "ms", "prof", "st", "vs", "fig", "approx", "a.m", "p.m", "u.s",
    "u.k", "jr", "sr", "inc", "ltd", "dept", "cf", "al", "ph.d", "m.d", "vol", "pp", "jan", "feb",
    "apr", "aug", "sept", "oct", "nov", "dec",
}


_LIST_MARKER_ONLY = re.compile(r"\s*(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})")
BLOCKQUOTE = re.compile(r"^\s{0,3}>\s?")
ATX = re.compile(r"^\s{0,3}(#{1,6})(?:\s+|$)")
_ATX_CLOSE = re.compile(r"(?:^|\s+)#+\s*$")
BULLET = re.compile(r"^\s*[-*+•·]\s+(?=\S)")
NUMBERED = re.compile(
    r"^\s*(?:(?P<n1>[0-9]{1,3})(?:[.．](?![0-9])|[、)）])|[（(](?P<n2>[0-9]{1,3})[)）]|(?P<n3>[①-⑳])"
    r"|[（(](?P<n4>[一二三四五六七八九十]{1,3})[)）])\s*(?=\S)")  # "（二）用药：…"


ZH_NUMERAL_HEADING = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*\S")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_ALNUM = re.compile(r"[^\W_]", re.UNICODE)


def has_words(s: str) -> bool:
    return bool(_ALNUM.search(s))


def strip_markup(line: str) -> str:
    """A line without its Markdown line marks (quote, heading, bullet) and surrounding white space."""
    s = line
    while True:
        m = BLOCKQUOTE.match(s)
        if not m:
            break
        s = s[m.end():]
    m = ATX.match(s)
    if m:
        s = _ATX_CLOSE.sub("", s[m.end():])
    else:
        m = BULLET.match(s)
        if m:
            s = s[m.end():]
    return s.strip()


def split_line(line: str) -> list[str]:
    """Sentences of one line (no line breaks inside), each stripped; pieces without words dropped."""
    out: list[str] = []
    start = 0
    scanned, words = 0, False  # line[start:scanned] was looked at for words already (keeps this linear)
    i, n = 0, len(line)
    while i < n:
        ch = line[i]
        end = None
        if ch in _TERMINATORS:
            j = i + 1
            while j < n and (line[j] in _TERMINATORS or line[j] in "…"):
                j += 1
            while j < n and line[j] in _CLOSERS:
                j += 1
            end = j
        elif ch == "." or ch == "．":
            j = i + 1
            while j < n and line[j] == ".":
                j += 1
            while j < n and line[j] in _CLOSERS:
                j += 1
            if j >= n or line[j].isspace():
                if not _is_abbreviation(line, start, i, j):
                    end = j
        if end is not None:
            words = words or has_words(line[scanned:end])
            scanned = end
            if words:
                out.append(line[start:end].strip())
                start, words = end, False
            i = end
            continue
        i += 1
    tail = line[start:].strip()
    if has_words(tail):
        out.append(tail)
    return out


_NEXT_CHAR = re.compile(r"\s*(\S)")


def _is_abbreviation(line: str, start: int, dot: int, after: int) -> bool:
    """True when the '.' at `dot` ends an abbreviation or a list number, not a sentence."""
    if dot - start <= 8 and _LIST_MARKER_ONLY.fullmatch(line, start, dot):
        return True  # "1. " at the start of a point
    before = line[max(start, dot - 40):dot]  # an abbreviation is a short word
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", before)
    if m:
        word = m.group(1).lower().rstrip(".")
        if word in _ABBREVIATIONS:
            return True
    nxt = _NEXT_CHAR.match(line, after)
    rest = nxt.group(1) if nxt else ""
    if m and m.group(1).lower() == "no" and rest[:1].isdigit():
        return True  # "No. 5"
    # a '.' before a lower-case word does not end the sentence
    if rest[:1].islower() and rest[:1].isascii():
        return True
    return False


def split_sentences(text: str) -> list[str]:
    """The article's sentences, in order, each stripped of surrounding white space.

    A line end always ends a sentence. Inside a line: after 。！？!? (with any closing quotes), and
    after '.' followed by white space or the line end, except after abbreviations (e.g., Dr.),
    initials, list numbers ("1. ") and before a lower-case word; decimals (3.5) never split.
    Markdown line marks (#, >, -, *, +) are not part of a sentence; pieces without any letter or
    digit (rules like ---, a lone symbol) are dropped.
    """
    out: list[str] = []
    for line in normalize(text).split("\n"):
        out.extend(split_line(strip_markup(line)))
    return out


def normalize(text: str) -> str:
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")


def escape_comment(text: str) -> str:
    """Text made safe inside an HTML comment: no `-->`."""
    return text.replace("-->", "--&gt;")


def coverage_gaps(article_text: str, notes_text: str) -> list[str]:
    """Sentences of the article not found, in order, in the notes (an empty list: all survived).

    Each sentence is looked for as written, or with `-->` written `--&gt;` or `→` (how notes must
    write it), after the place where the sentence before it was found.
    """
    notes = normalize(notes_text)
    gaps: list[str] = []
    pos = 0
    for sentence in split_sentences(article_text):
        variants = {sentence, escape_comment(sentence), sentence.replace("-->", "→")}
        hits = [(i, len(v)) for v in variants if (i := notes.find(v, pos)) >= 0]
        if not hits:
            gaps.append(sentence)
            continue
        i, length = min(hits)
        pos = i + length
    return gaps
