"""Article importer: a patient article (plain text or Markdown, Chinese or English) -> a draft deck.

Owns: `import_article(text, lang=None) -> ImportResult`, `split_sentences(text)` and
`coverage_gaps(article_text, notes_text)`. Pure Python (stdlib only), no Qt.

What it does, in order:

1. Reads the article line by line. Markdown line marks (`#` headings, `>` quotes, `-`/`*`/`+`
   bullets) are markup, not words; numbered points ("1. ", "1、", "（1）", "①") keep their number.
   A line with no letter or digit at all (a rule such as `---`, a setext underline) holds no words.
2. Finds the title (the first line that has words: a `#` heading or a short line; when the first
   line is a long paragraph, its first sentence is the title and the paragraph stays in the lead),
   the lead (paragraphs before the first section heading), section headings (Markdown headings;
   in a text without Markdown headings also short lines without sentence-ending punctuation and
   short questions followed by a paragraph, and "一、..." lines), paragraphs and numbered points.
   A text with no heading at all: the first paragraph is the lead, every later paragraph (with
   the points that follow it) a section.
3. Puts the sections into the four counselling parts by keyword scores, heading words counting
   three times as much as body words, plus a small pull towards the part matching the section's
   position; a dynamic programme picks the best assignment that never goes back to an earlier
   part (so the deck keeps the article's order). The title and lead open part 1.
4. Writes a Marp deck: front matter, a title slide, a part slide per part that has content, and
   content slides of at most 3 bullets. A paragraph gives at most 2 bullets (its most telling
   statements; questions never become bullets), a point gives 1. Each bullet is the source
   sentence, percentages rewritten as natural frequencies, trimmed to ~20 Chinese characters /
   ~15 English words at clause boundaries (only the article's words, never new ones).
5. Every slide carries its source word for word in notes, one comment per group (a heading, a
   paragraph, a point): `<!-- 原文: ... -->` / `<!-- Source: ... -->`. Lines of one paragraph are
   joined (space in English, nothing between Chinese characters), so every sentence of the article
   appears in the notes unchanged and in order (`coverage_gaps` checks that). `-->` inside a note
   is written `--&gt;`. The last slide of each part carries a teach-back question built from the
   part's title only.

Limitations: heading detection in plain text is a heuristic (a short list of items with no
punctuation reads as headings); the keyword lists are short and generic; bullets are the article's
clauses, so some read as fragments until the doctor edits them; a sentence hard-wrapped across lines
is one sentence on the slide but two pieces in `split_sentences`. Parts with no section are left
out and the rest numbered 1..n (the report keeps the canonical part number and `shown_as`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .frequencies import to_natural_frequency
from .lang import text_base

__all__ = ["ImportResult", "import_article", "split_sentences", "coverage_gaps", "detect_lang",
           "escape_comment", "PART_TITLES"]

PART_TITLES = {
    "zh": ("这是什么病", "治疗怎样起作用", "可以期待什么效果", "怎样管理和照护"),
    "en": ("What the condition is", "How the treatment works", "What to expect", "How to manage care"),
}
# The teach-back question of each part: an open question in plain words, made from the part title.
_TEACH_BACK = {
    "zh": tuple(f"请您用自己的话说说, {t}?" for t in PART_TITLES["zh"]),
    "en": ("In your own words, what is the condition?", "In your own words, how does the treatment work?",
           "In your own words, what can you expect?", "In your own words, how will you manage your care?"),
}
_NOTE_LABEL = {"zh": "原文", "en": "Source"}
_CONTINUED = {"zh": "（续）", "en": " (continued)"}
_UNTITLED = {"zh": "未命名", "en": "Untitled"}

# Slide text limits (the guide warns above ~20 Chinese characters a sentence).
_BULLET_LIMIT = {"zh": 20, "en": 15}
_TITLE_LIMIT = {"zh": 19, "en": 12}  # leaves room for "（续）" / "(continued)" within the checker's 20 / 15
# A plain-text line is short enough to be a heading (zh characters / en words).
_HEADING_LIMIT = {"zh": 40, "en": 12}
# A first line longer than this is a paragraph, not a title.
_TITLE_LINE_LIMIT = {"zh": 60, "en": 20}
_MAX_BULLETS = 3
_BULLETS_PER_PARAGRAPH = 2

_KEYWORDS = {
    0: ("什么是", "是什么", "定义", "概述", "导语", "前言", "引言", "背景", "简介", "介绍", "病因", "症状",
        "诊断", "认识", "了解", "为什么", "what is", "what are", "definition", "overview", "introduction",
        "background", "condition", "disease", "symptom", "symptoms", "cause", "causes",
        "diagnosis", "understanding", "why"),
    1: ("原理", "机制", "作用", "抑制", "起效", "靶向", "怎样起作用", "怎么起作用", "方法", "步骤", "怎样做",
        "如何做", "works", "work", "mechanism", "how it", "treatment", "method", "methods", "steps", "step",
        "technique", "how to", "blocks", "inhibit", "inhibits", "action"),
    2: ("效果", "疗效", "数据", "研究", "缓解", "结果", "证据", "获益", "好处", "期待", "预期", "改善", "有效",
        "优势", "生存", "临床试验", "result", "results", "evidence", "expect", "benefit", "benefits",
        "effect", "effects", "outcome", "outcomes", "study", "studies", "data", "improve", "relief", "goal"),
    3: ("注意", "管理", "建议", "复查", "副作用", "不良反应", "随访", "监测", "护理", "照护", "饮食", "预防",
        "风险", "就医", "总结", "记录", "care", "manage", "management", "side effect", "side effects",
        "advice", "tips", "monitor", "follow-up", "check-up", "when to call", "warning", "risk", "safety",
        "diet", "lifestyle", "record", "log", "remember"),
}
_HEADING_WEIGHT = 3.0
_BODY_WEIGHT = 0.5
_BODY_CAP = 4
_POSITION_WEIGHT = 0.4

# Lead-in words that carry no message of their own: dropped from the front of a bullet.
_MARKERS = {
    "所以", "因此", "因而", "例如", "比如", "当然", "但是", "不过", "然而", "另外", "此外", "同时", "首先", "其次",
    "再次", "最后", "第一", "第二", "第三", "第四", "总之", "总的来说", "关键点来了", "导语", "总结", "事实上",
    "其实", "也就是说", "换句话说", "简单来说", "简而言之", "那么", "而且", "并且", "今天", "更重要的是",
    "展望未来", "回到最初的问题", "总结与建议", "建议",
    "so", "however", "for example", "for instance", "of course", "also", "first", "second", "third",
    "finally", "in fact", "in short", "today", "then", "but", "and", "still", "in addition", "therefore", "remember", "note",
}
# Sentences of this kind introduce rather than inform: they stay in the notes and never become bullets.
_META = re.compile(r"今天|我们来|我们就来|你知道|本文|这篇|本篇|说说|下面|小编|聊聊|let's|this article|today|we will|read on",
                   re.IGNORECASE)

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_ALNUM = re.compile(r"[^\W_]", re.UNICODE)

# ---------------------------------------------------------------------------------------------
# Sentences


_TERMINATORS = "。！？!?"
_CLOSERS = "”’\"'」』）)】》〉"
# Words that end with a '.' without ending the sentence (kept short: "sun." or "mg." end sentences).
_ABBREVIATIONS = {
    "e.g", "i.e", "dr", "mr", "mrs", "ms", "prof", "st", "vs", "fig", "approx", "a.m", "p.m", "u.s",
    "u.k", "jr", "sr", "inc", "ltd", "dept", "cf", "al", "ph.d", "m.d", "vol", "pp", "jan", "feb",
    "apr", "aug", "sept", "oct", "nov", "dec",
}
_LIST_MARKER_ONLY = re.compile(r"\s*(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})")
_BLOCKQUOTE = re.compile(r"^\s{0,3}>\s?")
_ATX = re.compile(r"^\s{0,3}(#{1,6})(?:\s+|$)")
_ATX_CLOSE = re.compile(r"(?:^|\s+)#+\s*$")
_BULLET = re.compile(r"^\s*[-*+•·]\s+(?=\S)")
_NUMBERED = re.compile(
    r"^\s*(?:(?P<n1>[0-9]{1,3})(?:[.．](?![0-9])|[、)）])|[（(](?P<n2>[0-9]{1,3})[)）]|(?P<n3>[①-⑳]))\s*(?=\S)")
_ZH_NUMERAL_HEADING = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*\S")


def _has_words(s: str) -> bool:
    return bool(_ALNUM.search(s))


def _strip_markup(line: str) -> str:
    """A line without its Markdown line marks (quote, heading, bullet) and surrounding white space."""
    s = line
    while True:
        m = _BLOCKQUOTE.match(s)
        if not m:
            break
        s = s[m.end():]
    m = _ATX.match(s)
    if m:
        s = _ATX_CLOSE.sub("", s[m.end():])
    else:
        m = _BULLET.match(s)
        if m:
            s = s[m.end():]
    return s.strip()


def _split_line(line: str) -> list[str]:
    """Sentences of one line (no line breaks inside), each stripped; pieces without words dropped."""
    out: list[str] = []
    start = 0
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
            piece = line[start:end].strip()
            if _has_words(piece):
                out.append(piece)
                start = end
            i = end
            continue
        i += 1
    tail = line[start:].strip()
    if _has_words(tail):
        out.append(tail)
    return out


def _is_abbreviation(line: str, start: int, dot: int, after: int) -> bool:
    """True when the '.' at `dot` ends an abbreviation or a list number, not a sentence."""
    before = line[start:dot]
    if _LIST_MARKER_ONLY.fullmatch(before):
        return True  # "1. " at the start of a point
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", before)
    if m:
        word = m.group(1).lower().rstrip(".")
        if word in _ABBREVIATIONS:
            return True
    rest = line[after:].lstrip()
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
    for line in _normalize(text).split("\n"):
        out.extend(_split_line(_strip_markup(line)))
    return out


def _normalize(text: str) -> str:
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")


def escape_comment(text: str) -> str:
    """Text made safe inside an HTML comment: no `-->`."""
    return text.replace("-->", "--&gt;")


def coverage_gaps(article_text: str, notes_text: str) -> list[str]:
    """Sentences of the article not found, in order, in the notes (an empty list: all survived).

    Each sentence is looked for as written, or with `-->` written `--&gt;` or `→` (how notes must
    write it), after the place where the sentence before it was found.
    """
    notes = _normalize(notes_text)
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


def detect_lang(text: str) -> str:
    """'zh' or 'en' (core/lang.py decides)."""
    return text_base(None, text)


def _norm_lang(lang: str | None, text: str) -> str:
    return text_base(lang, text)


# ---------------------------------------------------------------------------------------------
# Blocks


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
class _Section:
    headings: list[_Block] = field(default_factory=list)
    body: list[_Block] = field(default_factory=list)
    part: int = 0
    title: str = ""


_TERMINAL_END = re.compile(r"[。.!！;；…]['\"”’」』）)]*$")
_CLAUSE_END = re.compile(r"[,，、:：]$")
_QUESTION_END = re.compile(r"[?？]['\"”’」』）)]*$")


def _size(s: str, lang: str) -> int:
    """Chinese: characters, letters and digits (punctuation is free, as in the deck checker);
    English: words."""
    if lang == "zh":
        return sum(1 for ch in s if ch.isalnum())
    return len(s.split())


def _item_number(m: re.Match) -> int | None:
    if m.group("n1") or m.group("n2"):
        return int(m.group("n1") or m.group("n2"))
    if m.group("n3"):
        return ord(m.group("n3")) - ord("①") + 1
    return None


def _read_lines(text: str) -> list[tuple[str, str]]:
    """(kind, words) per line: kind is blank / atx / bullet / numbered / setext / line."""
    out = []
    for raw in _normalize(text).split("\n"):
        quoted = raw
        while _BLOCKQUOTE.match(quoted):
            quoted = quoted[_BLOCKQUOTE.match(quoted).end():]
        words = _strip_markup(raw)
        if not _has_words(words):
            kind = "setext" if re.fullmatch(r"\s{0,3}(=+|-+)\s*", quoted) else "blank"
            out.append((kind, ""))
        elif _ATX.match(quoted):
            out.append(("atx", words))
        elif _BULLET.match(quoted):
            out.append(("bullet", words))
        elif _NUMBERED.match(words):
            out.append(("numbered", words))
        else:
            out.append(("line", words))
    return out


def _is_heading_candidate(words: str, lang: str) -> bool:
    if _ZH_NUMERAL_HEADING.match(words) and _size(words, lang) <= _HEADING_LIMIT[lang]:
        return True
    if _size(words, lang) > _HEADING_LIMIT[lang]:
        return False
    if len(_split_line(words)) != 1 or _TERMINAL_END.search(words) or _CLAUSE_END.search(words):
        return False
    return True


def _blocks(text: str, lang: str) -> tuple[list[_Block], bool]:
    """The article's blocks, and whether it is Markdown (has `#` or setext headings)."""
    lines = _read_lines(text)
    markdown = any(k == "atx" for k, _ in lines) or any(
        k == "setext" and i > 0 and lines[i - 1][0] == "line" for i, (k, _) in enumerate(lines))
    blocks: list[_Block] = []
    prev_kind = "blank"
    for i, (kind, words) in enumerate(lines):
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
            m = _NUMBERED.match(words) if kind == "numbered" else None
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
    if _ZH_NUMERAL_HEADING.match(line):
        return False
    if _TERMINAL_END.search(prev) or _QUESTION_END.search(prev):
        return False  # one paragraph a line, as text pasted from a web page or a word processor
    if _CLAUSE_END.search(prev) or (markdown and kind == "para"):
        return True  # a line broken in mid-sentence (Markdown headings are marked, so no guessing)
    return lang == "en" and line[:1].islower()


# ---------------------------------------------------------------------------------------------
# Structure


def _find_title(blocks: list[_Block], lang: str) -> tuple[str, _Block | None, str]:
    """(title, block consumed as the title or None, how it was found)."""
    if not blocks:
        return _UNTITLED[lang], None, "none"
    first = blocks[0]
    line = first.lines[0]
    short = len(first.lines) == 1 and _size(line, lang) <= _TITLE_LINE_LIMIT[lang]
    # a title does not read like a paragraph: not several sentences ending in a full stop
    prose = _TERMINAL_END.search(line) and len(_split_line(line)) > 1
    if first.kind == "heading" or (short and not prose):
        return line, first, "first line"
    sentences = _split_line(line)
    return (sentences[0] if sentences else line), None, "first sentence"


def _sections(blocks: list[_Block], markdown: bool, lang: str) -> tuple[_Section, list[_Section]]:
    """(lead, sections). Headings are marked in place first."""
    if not markdown:
        for i, b in enumerate(blocks):
            if b.kind != "para" or len(b.lines) != 1 or not _is_heading_candidate(b.lines[0], lang):
                continue
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if nxt is None:
                continue
            if _QUESTION_END.search(b.lines[0]) and nxt.kind == "heading":
                continue
            b.kind = "heading"
    else:
        for b in blocks:
            if b.kind == "para" and len(b.lines) == 1 and _ZH_NUMERAL_HEADING.match(b.lines[0]) \
                    and _size(b.lines[0], lang) <= _HEADING_LIMIT[lang]:
                b.kind = "heading"
    lead = _Section()
    sections: list[_Section] = []
    has_headings = any(b.kind == "heading" for b in blocks)
    current = lead
    for b in blocks:
        if b.kind == "heading":
            if current is lead or current.body:
                current = _Section()
                sections.append(current)
            current.headings.append(b)
        elif not has_headings and b.kind == "para" and (lead.body or current is not lead):
            current = _Section(body=[b])
            sections.append(current)
        else:
            current.body.append(b)
    return lead, sections


def _keyword_hits(text: str, part: int) -> int:
    low = text.lower()
    hits = 0
    for kw in _KEYWORDS[part]:
        if kw.isascii():
            hits += len(re.findall(rf"(?<![a-z]){re.escape(kw)}(?![a-z])", low))
        else:
            hits += low.count(kw)
    return hits


def _assign_parts(sections: list[_Section], lang: str) -> None:
    """Each section's part (0-3), never going back to an earlier part along the article."""
    n = len(sections)
    if not n:
        return
    scores = []
    for i, s in enumerate(sections):
        head = " ".join(h.text(lang) for h in s.headings)
        body = " ".join(b.text(lang) for b in s.body)
        expected = 3 * i / (n - 1) if n > 1 else 0
        row = []
        for p in range(4):
            score = _HEADING_WEIGHT * _keyword_hits(head, p)
            score += _BODY_WEIGHT * min(_keyword_hits(body, p), _BODY_CAP)
            score -= _POSITION_WEIGHT * abs(p - expected)
            row.append(score)
        scores.append(row)
    # best[i][p]: best total for sections 0..i with section i in part p
    best = [[0.0] * 4 for _ in range(n)]
    back = [[0] * 4 for _ in range(n)]
    for p in range(4):
        best[0][p] = scores[0][p]
    for i in range(1, n):
        for p in range(4):
            q = max(range(p + 1), key=lambda k: (best[i - 1][k], -k))
            best[i][p] = best[i - 1][q] + scores[i][p]
            back[i][p] = q
    p = max(range(4), key=lambda k: (best[n - 1][k], -k))
    for i in range(n - 1, -1, -1):
        sections[i].part = p
        p = back[i][p]


# ---------------------------------------------------------------------------------------------
# Slide text


_INLINE_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
_PAREN = re.compile(r"[（(][^（）()]*[)）]")
_CLAUSE_SPLIT = re.compile(r"(?<=[，；：;])|(?<=[,:;])(?![0-9])|(?<=\s[-–—])\s|(?<=——)")
# Clauses that set a scene (when, where, if) rather than say the message.
_CONTEXT_ZH = re.compile(r"^(以及|或者|在|对于|对|如果|一旦|只要|即使|当|随着|由于|虽然|尽管|通过|针对|面对|过去|相比|从|基于|根据)"
                         r"|(之后|以后|(?<!前)后|时|的时候)$|^.{0,8}(之中|中|之前|以前|前|来说|看)$")
_CONTEXT_EN = re.compile(r"^(if|when|in|for|after|before|although|because|while|as|during|with|based on|according to"
                         r"|e\.g\.|i\.e\.|for example|such as)(?![a-z])",
                         re.IGNORECASE)


def _clean(s: str) -> str:
    s = _INLINE_LINK.sub(r"\1", s)
    s = _EMPHASIS.sub("", s)
    return s.strip()


def _strip_end(s: str) -> str:
    return re.sub(r"[\s。.;；,，:：、—–-]+$", "", s).strip()


def _clauses(s: str, lang: str) -> list[str]:
    parts = [p for p in _CLAUSE_SPLIT.split(s) if p.strip()]
    return parts or [s]


def _drop_marker(s: str, lang: str) -> str:
    parts = _clauses(s, lang)
    while len(parts) > 1 and _strip_end(parts[0]).strip().lower() in _MARKERS:
        parts = parts[1:]
    s = "".join(parts).strip()
    if lang == "en":
        m = re.match(r"^(so|but|and|also|then|however)\s+", s, re.IGNORECASE)
        if m and len(s) > m.end():
            s = s[m.end():]
            s = s[:1].upper() + s[1:]
    return s


def _trim_scored(sentence: str, lang: str, limit: int, *, label: bool = False,
                 first_bonus: float = 0.5) -> tuple[str, float]:
    """A short slide line from one source sentence, and how good a line it is.

    Only the sentence's own words: percentages rewritten, Markdown marks, a leading lead-in
    ("所以", "关键点来了:", "However,") and, when still too long, asides in brackets removed; then
    the best run of whole clauses within the limit (a number in it counts most, then its length;
    a run opening or ending on a circumstance such as "在...中" / "if ..." counts less).
    """
    s = _clean(to_natural_frequency(sentence, lang))
    if label:
        first = _clauses(s, lang)[0]
        if re.search(r"[:：]$", first) and 2 <= _size(_strip_end(first), lang) <= limit:
            line = _strip_end(first)
            return line, 2.0 * _size(line, lang) / limit
    s = _drop_marker(s, lang)
    s = re.sub(r"[。.;；]+$", "", s).strip()
    if _size(s, lang) > limit:
        shorter = _PAREN.sub("", s).strip()
        if _has_words(shorter):
            s = shorter
    if _size(s, lang) <= limit:
        line = s if _QUESTION_END.search(s) else _strip_end(s)
        return line, 2.0 * max(_size(line, lang), limit / 2) / limit
    parts = _clauses(s, lang)
    short = 6 if lang == "zh" else 3
    context = _CONTEXT_ZH if lang == "zh" else _CONTEXT_EN
    best, best_score = parts[0], float("-inf")
    for i in range(len(parts)):
        run = ""
        for j in range(i, len(parts)):
            run += parts[j]
            size = _size(_strip_end(run), lang)
            if size > limit and j > i:
                break
            head, tail = _strip_end(parts[i]), _strip_end(parts[j])
            score = 1.5 * bool(re.search(r"\d", run)) + 2.0 * min(size, limit) / limit
            score += first_bonus if i == 0 else 0.0
            if lang == "en" and i > 0 and parts[i].strip()[:1].islower():
                score -= 0.5  # a clause from the middle of a sentence
            if j == i and size < short:
                score -= 2.0
            if context.search(head):
                score -= 3.0 if j == i else 1.5
            if j > i and context.search(tail):
                score -= 1.0
            if any(_strip_end(p).lower() in _MARKERS for p in parts[i:j + 1]):
                score -= 1.0
            if re.search(r"[吗呢吧]$", tail):
                score -= 1.5  # a question folded into a statement
            if size > limit:
                score -= 1.5 + (size - limit) / limit * 2
            if score > best_score:
                best, best_score = run, score
    line = _strip_end(_drop_conjunction(best.strip(), lang))
    if lang == "en" and line[:1].islower():
        line = line[:1].upper() + line[1:]
    return line, best_score - 1.5 * bool(re.search(r"\d", best))


def _drop_conjunction(s: str, lang: str) -> str:
    if lang == "zh":
        m = re.match(r"^(而且|并且|但是|所以|因此|而|但)(?=\S)", s)
        return s[m.end():] if m and _size(s[m.end():], lang) >= 4 else s
    m = re.match(r"^(and then|and|but|so|then)\s+", s, re.IGNORECASE)
    return s[m.end():] if m and len(s.split()) > 3 else s


def _trim(sentence: str, lang: str, limit: int, *, label: bool = False, first_bonus: float = 0.5) -> str:
    return _trim_scored(sentence, lang, limit, label=label, first_bonus=first_bonus)[0]


def _bigrams(s: str, lang: str) -> set[str]:
    s = s.lower()
    if lang == "zh":
        chars = [c for c in s if _CJK.match(c) or c.isalnum()]
        return {a + b for a, b in zip(chars, chars[1:])}
    return {w for w in re.findall(r"[a-z0-9]+", s) if len(w) > 3}


_DEICTIC = re.compile(r"^(这|那|它|其|此|this|that|these|those|it|they)", re.IGNORECASE)


def _rank(sentences: list[str], context_terms: set[str], lang: str) -> list[tuple[int, str]]:
    """(index, slide line) of the sentences that may become bullets, the most telling first.

    Questions and lead-ins ("今天我们来聊聊") never; a number, words shared with the heading and a
    line that reads well on its own count for a sentence.
    """
    scored = []
    for i, s in enumerate(sentences):
        if _QUESTION_END.search(s) or _size(_clean(s), lang) < (4 if lang == "zh" else 2):
            continue
        line, quality = _trim_scored(s, lang, _BULLET_LIMIT[lang])
        if not _has_words(line) or "%" in line or "％" in line:
            continue
        score = 2.0 * bool(re.search(r"\d", s)) + quality
        score += min(len(_bigrams(s, lang) & context_terms), 4) * 0.25
        if _size(line, lang) > _BULLET_LIMIT[lang]:
            score -= 2.0  # no clause short enough: a last resort
        if _META.search(s):
            continue  # "today we talk about ...": for the notes, not the slide
        score -= 0.5 * bool(_DEICTIC.search(line))
        score -= 0.1 * i
        scored.append((score, i, line))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return [(i, line) for _, i, line in scored]


def _md_escape(s: str) -> str:
    """Slide text that Markdown shows as written (and that can never open a comment or a rule)."""
    s = s.replace("\\", "\\\\").replace("<", "&lt;")
    s = re.sub(r"([*_`\[\]$~|])", r"\\\1", s)
    if re.match(r"^(#|>|[-+=])", s):
        s = "\\" + s
    m = re.match(r"^(\d+)([.)])", s)
    if m:
        s = m.group(1) + "\\" + s[m.end(1):]
    return s


def _note(label: str, text: str) -> str:
    return f"<!-- {label}: {escape_comment(text)} -->"


# ---------------------------------------------------------------------------------------------
# Deck


@dataclass(frozen=True)
class ImportResult:
    markdown: str
    report: dict


@dataclass
class _Slide:
    title: str
    bullets: list[tuple[str, int | None]] = field(default_factory=list)  # (text, number or None)
    notes: list[str] = field(default_factory=list)
    comments_after: list[str] = field(default_factory=list)

    def render(self) -> str:
        out = [f"## {_md_escape(self.title)}", ""]
        if self.bullets:
            prev_ordered, prev_number, delim = None, None, "."
            for text, number in self.bullets:
                ordered = number is not None
                if prev_ordered is not None and ordered != prev_ordered:
                    out.append("")
                if ordered and prev_number is not None and number <= prev_number:
                    delim = ")" if delim == "." else "."  # numbering starts again: a new list
                out.append(f"{number}{delim} {_md_escape(text)}" if ordered else f"- {_md_escape(text)}")
                prev_ordered, prev_number = ordered, (number if ordered else None)
            out.append("")
        for note in self.notes + self.comments_after:
            out.extend([note, ""])
        return "\n".join(out).rstrip("\n")


Bullet = tuple[str, "int | None"]  # (slide line, the point's number or None)


@dataclass
class _Unit:
    """What one block gives a slide: bullets and notes; `items` when it is a run of points."""

    bullets: list[Bullet] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    items: list[tuple[Bullet | None, str]] | None = None


def _units(section: _Section, lang: str, label: str, title_terms: set[str], skip_first: bool) -> list[_Unit]:
    """The units of a section, in order: a heading gives notes only, a paragraph at most 2 bullets,
    a run of consecutive points one bullet each (kept together as one unit)."""
    units = [_Unit(notes=[_note(label, h.text(lang))]) for h in section.headings]
    terms = set(title_terms)
    for h in section.headings:
        terms |= _bigrams(h.text(lang), lang)
    for bi, block in enumerate(section.body):
        text = block.text(lang)
        note = _note(label, text)
        if block.kind == "item":
            m = _NUMBERED.match(text)
            rest = text[m.end():] if m else text
            first = (_split_line(rest) or [rest])[0]
            line = _trim(first, lang, _BULLET_LIMIT[lang], label=True, first_bonus=1.5)
            ok = _has_words(line) and "%" not in line and "％" not in line
            bullet = (line, block.number if block.ordered else None) if ok else None
            if not units or units[-1].items is None:
                units.append(_Unit(items=[]))
            units[-1].items.append((bullet, note))
            continue
        sentences = _split_line(text)
        if skip_first and bi == 0 and len(sentences) > 1:
            sentences = sentences[1:]
        chosen: list[tuple[int, str]] = []
        for i, line in _rank(sentences, terms, lang):
            if line not in [c for _, c in chosen]:
                chosen.append((i, line))
            if len(chosen) == _BULLETS_PER_PARAGRAPH:
                break
        units.append(_Unit(bullets=[(line, None) for _, line in sorted(chosen)], notes=[note]))
    return units


def _chunks(items: list, size_limit: int) -> list[list]:
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


def _pack(title: str, units: list[_Unit], lang: str) -> list[_Slide]:
    """Units into slides of at most 3 bullets. A paragraph's bullets stay together; a run of points
    shares the current slide only when at least two of them fit there, and is otherwise cut evenly."""
    slides = [_Slide(title)]

    def new_slide() -> _Slide:
        slides.append(_Slide(title + _CONTINUED[lang]))
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
    return slides


def _add_items(slide: _Slide, items: list) -> None:
    for bullet, note in items:
        if bullet is not None:
            slide.bullets.append(bullet)
        slide.notes.append(note)


def _section_title(section: _Section, lang: str) -> tuple[str, bool]:
    """(slide title, whether it was taken from the first sentence of the first paragraph)."""
    if section.headings:
        return _trim(section.headings[-1].text(lang), lang, _TITLE_LIMIT[lang], first_bonus=1.0), False
    for block in section.body:
        sentences = [s for s in _split_line(block.text(lang)) if not _QUESTION_END.search(s)]
        if sentences:
            return _trim(sentences[0], lang, _TITLE_LIMIT[lang], first_bonus=1.0), block.kind == "para"
    return "", False


def _yaml_scalar(s: str) -> str:
    if '"' not in s and "\\" not in s:
        return f'"{s}"'
    return "'" + s.replace("'", "''") + "'"


def import_article(text: str, *, lang: str | None = None) -> ImportResult:
    """A draft Marp deck from an article, with a JSON-able report of what went where."""
    text = _normalize(text)
    lang = _norm_lang(lang, text)
    label = _NOTE_LABEL[lang]
    blocks, markdown = _blocks(text, lang)
    title, title_block, title_from = _find_title(blocks, lang)
    if title_block is not None:
        blocks = blocks[1:]
    lead, sections = _sections(blocks, markdown, lang)
    _assign_parts(sections, lang)

    title_shown = _clean(to_natural_frequency(title, lang))
    if title_from == "first sentence":
        title_shown = _trim(title, lang, _TITLE_LIMIT[lang], first_bonus=1.0)
    title_shown = title_shown or _UNTITLED[lang]
    title_terms = _bigrams(title, lang)

    # Part contents: (section, slide title, skip first sentence)
    parts: list[list[tuple[_Section, str, bool]]] = [[] for _ in range(4)]
    if lead.body:
        lead_sentences = [s for s in _split_line(title) if _has_words(s)]
        lead_title = _trim(lead_sentences[0], lang, _TITLE_LIMIT[lang]) if lead_sentences else title_shown
        if title_from == "first sentence":
            lead_title, skip = _section_title(lead, lang)
        else:
            skip = False
        parts[0].append((lead, lead_title or title_shown or _UNTITLED[lang], skip))
    for s in sections:
        t, skip = _section_title(s, lang)
        parts[s.part].append((s, t or title_shown or _UNTITLED[lang], skip))

    chunks = ["---", "marp: true", f"title: {_yaml_scalar(title_shown)}",
              f"lang: {'zh-CN' if lang == 'zh' else 'en'}", "---", "", ""]
    title_slide = ["<!-- _class: lead -->", "", f"# {_md_escape(title_shown)}", ""]
    if title_block is not None:
        title_slide += [_note(label, title_block.text(lang)), ""]
    slides_md = ["\n".join(title_slide).rstrip("\n")]

    report_parts = []
    headings_report = []
    shown = 0
    for p in range(4):
        if not parts[p]:
            report_parts.append({"part": p + 1, "title": PART_TITLES[lang][p], "sections": 0, "slides": 0})
            continue
        shown += 1
        part_slides: list[_Slide] = []
        for section, slide_title, skip in parts[p]:
            units = _units(section, lang, label, title_terms, skip)
            part_slides.extend(_pack(slide_title, units, lang))
        part_slides[-1].comments_after.append(f"<!-- teach-back: {_TEACH_BACK[lang][p]} -->")
        slides_md.append(f"<!-- _class: part -->\n\n# {shown}. {PART_TITLES[lang][p]}")
        slides_md.extend(s.render() for s in part_slides)
        report_parts.append({"part": p + 1, "title": PART_TITLES[lang][p], "shown_as": shown,
                             "sections": len(parts[p]), "slides": 1 + len(part_slides),
                             "slide_titles": [s.title for s in part_slides]})
    for s in sections:
        for h in s.headings:
            headings_report.append({"heading": h.text(lang), "part": s.part + 1,
                                    "part_title": PART_TITLES[lang][s.part]})

    markdown_out = "\n".join(chunks) + "\n\n---\n\n".join(slides_md) + "\n"
    report = {
        "title": title,
        "title_from": title_from,
        "lang": lang,
        "markdown_input": markdown,
        "lead_paragraphs": sum(1 for b in lead.body if b.kind == "para"),
        "headings": headings_report,
        "sections": len(sections),
        "parts": report_parts,
        "slides": len(slides_md),
    }
    return ImportResult(markdown=markdown_out, report=report)
