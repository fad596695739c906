"""The article behind a deck, rebuilt from its notes: each source sentence, the slides it is behind,
and whether the patient sees its words.

Imported decks carry the article's paragraphs in notes written `原文: ...` / `Source: ...` (the
importer does not record the article's file, and the doctor may have moved it), so the article is
rebuilt from the notes: each paragraph once, in the order of the slides it is first behind, cut
into sentences as the importer cuts them. A sentence reaches the patient when a line the patient
sees (title, point, paragraph) came from it: the line shares at least half of its words (Chinese:
character pairs) with the sentence, its shares of people read as natural frequencies as the
importer writes them; a line is matched first against the sentences behind its own slide, then
against the whole article. `sentence_bullet` makes a slide point of one sentence by the importer's
rules (numbers, qualifiers, warnings kept whole). Pure Python, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .bullets import BULLET_LIMIT, clean, trim
from .ranking import bigrams, point_line, rank_sentences
from .deck import Deck
from .deck_writer import md_escape
from .lang import Base, base
from .notes import source_passages
from .percentages import rewrite_shares
from .sentences import NUMBERED, split_line, strip_markup

_PICTURE_LINE = re.compile(r"^!\[[^\]]*\]\([^)]*\)$")
_ESCAPED = re.compile(r"\\(.)")
_OWN, _ELSEWHERE = 0.5, 2 / 3  # the share of words a line and a sentence behind its slide / elsewhere have in common


@dataclass(frozen=True)
class SourceSentence:
    text: str
    paragraph: int  # which paragraph of the rebuilt article (from 0)
    behind: tuple[int, ...]  # the slides (from 0) whose notes carry it
    shown_on: tuple[int, ...]  # the slides (from 0) where the patient sees a line made from it

    @property
    def reaches_patient(self) -> bool:
        return bool(self.shown_on)


@dataclass(frozen=True)
class SourceMap:
    sentences: tuple[SourceSentence, ...]
    lang: Base

    def behind(self, slide: int) -> tuple[int, ...]:
        """The sentences (their positions) behind slide `slide` (from 0), in article order."""
        return tuple(i for i, s in enumerate(self.sentences) if slide in s.behind)

    @property
    def unseen(self) -> int:
        """How many sentences reach no patient slide."""
        return sum(not s.reaches_patient for s in self.sentences)


def patient_lines(body: str) -> list[str]:
    """The lines of a slide the patient reads (heading, points, paragraphs), as plain text."""
    out = []
    for raw in body.split("\n"):
        line = strip_markup(raw)
        m = NUMBERED.match(line)
        if m:
            line = line[m.end():]
        if _PICTURE_LINE.match(line):
            continue
        line = clean(_ESCAPED.sub(r"\1", line).replace("&lt;", "<"))
        if line:
            out.append(line)
    return out


@lru_cache(maxsize=8192)
def _sentences(paragraph: str, lang: Base) -> tuple[tuple[str, frozenset[str]], ...]:
    """A source paragraph's sentences, each with its words: character pairs (Chinese) or longer
    words (English), of the sentence as written and with shares of people as natural frequencies
    (kept: a deck is read again at each keystroke, its paragraphs seldom change)."""
    return tuple((s, frozenset(bigrams(s, lang) | bigrams(rewrite_shares(s, lang), lang)))
                 for s in split_line(" ".join(paragraph.split())))


def _from(line: frozenset[str], candidates: list[int], words: tuple[frozenset[str], ...], share: float, least: int) -> set[int]:
    """The sentences among `candidates` a line shows: the one it was cut from (sharing most of its
    words, at least `share` of them) and any whose own words are mostly in the line (`share` of them)."""
    shared = {k: c for k in candidates if (c := len(line & words[k])) >= least}
    found = {k for k, c in shared.items() if c >= share * len(words[k])}
    if shared:
        best = max(shared, key=lambda k: shared[k])
        if shared[best] >= share * len(line):
            found.add(best)
    return found


def _elsewhere(line: frozenset[str], index: dict[str, list[int]]) -> list[int]:
    """Every sentence that may share `_ELSEWHERE` of the line's words: those holding one of its rarest
    words (one that lacks all of them shares too few)."""
    rare = sorted((w for w in line if w in index), key=lambda w: len(index[w]))[:int(len(line) * (1 - _ELSEWHERE)) + 1]
    return sorted({k for w in rare for k in index[w]})


@lru_cache(maxsize=16)
def _article(paragraphs: tuple[str, ...], lang: Base) -> tuple[tuple[str, ...], tuple[int, ...],
                                                              tuple[frozenset[str], ...], dict[str, list[int]]]:
    """The article's sentences, the paragraph of each, their words, and which sentences hold each word
    (kept: the paragraphs stay the same while the doctor types on a slide)."""
    texts: list[str] = []
    para_of: list[int] = []
    words: list[frozenset[str]] = []
    for p, text in enumerate(paragraphs):
        for sentence, sentence_words in _sentences(text, lang):
            texts.append(sentence)
            para_of.append(p)
            words.append(sentence_words)
    index: dict[str, list[int]] = {}
    for k, sentence_words in enumerate(words):
        for w in sentence_words:
            index.setdefault(w, []).append(k)
    return tuple(texts), tuple(para_of), tuple(words), index


@lru_cache(maxsize=8192)
def _line_words(body: str, lang: Base) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(bigrams(line, lang)) for line in patient_lines(body))


class _Paragraphs(tuple[str, ...]):
    """The article's paragraphs as a cache key hashed once (not again for each slide of a long deck)."""

    def __init__(self, _paragraphs: tuple[str, ...]) -> None:
        self._hash = tuple.__hash__(self)

    def __hash__(self) -> int:
        return self._hash


@lru_cache(maxsize=8192)
def _shown(body: str, own: tuple[int, ...], paragraphs: tuple[str, ...], lang: Base) -> tuple[int, ...]:
    """The sentences whose words a slide shows (`own`: the sentences behind it), in article order
    (kept: a keystroke changes one slide)."""
    _texts, _para_of, words, index = _article(paragraphs, lang)
    found: set[int] = set()
    for ws in _line_words(body, lang):
        line = _from(ws, list(own), words, _OWN, 1)
        if not line and ws:  # a line from a sentence behind another slide: a closer match is asked for
            line = _from(ws, _elsewhere(ws, index), words, _ELSEWHERE, 3)
        found |= line
    return tuple(sorted(found))


def source_map(deck: Deck) -> SourceMap:
    """The article behind `deck`: every source sentence with its slides. Empty when no note carries one."""
    lang = base(deck.lang)
    paragraphs: dict[str, int] = {}
    behind: dict[int, list[int]] = {}  # paragraph -> slides
    for n, slide in enumerate(deck.slides):
        for text in source_passages(slide.comments):
            p = paragraphs.setdefault(text, len(paragraphs))
            if n not in behind.setdefault(p, []):
                behind[p].append(n)
    texts, para_of, _words, _index = _article(tuple(paragraphs), lang)
    if not texts:
        return SourceMap((), lang)
    own: dict[int, list[int]] = {}  # slide -> its sentences
    for k, p in enumerate(para_of):
        for n in behind[p]:
            own.setdefault(n, []).append(k)
    shown: dict[int, list[int]] = {}
    article = _Paragraphs(tuple(paragraphs))
    for n, slide in enumerate(deck.slides):
        for k in _shown(slide.body, tuple(own.get(n, ())), article, lang):
            shown.setdefault(k, []).append(n)
    return SourceMap(tuple(SourceSentence(t, para_of[k], tuple(behind[para_of[k]]), tuple(shown.get(k, ())))
                           for k, t in enumerate(texts)), lang)


def sentence_bullet(sentence: str, lang: str) -> str:
    """A slide point made of one source sentence by the importer's rules (shares of people as natural
    frequencies, the qualifiers kept, warning signs whole, a numbered point as "label：content"),
    written as Markdown that shows it as it reads."""
    b = base(lang)
    text = " ".join(sentence.split())
    m = NUMBERED.match(text)
    if m:
        line = point_line(text[m.end():], b, set())
    else:
        ranked = rank_sentences([text], set(), b)
        line = ranked[0][1] if ranked else trim(text, b, BULLET_LIMIT[b])
    return md_escape(line or clean(text))
