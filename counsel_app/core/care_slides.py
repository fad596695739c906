"""The slides a part ends with: "when to get help at once" and the teach-back question built from the part.

Owns `help_slide(sentences, lang, label)` (the article's warning-sign sentences on one patient slide;
`is_help_heading`: the article has its own)
and `teach_back(lang, part, titles, has_help)` (one open question in plain words about this part's own
slides, never "明白了吗?"). Pure Python (stdlib only), no Qt.
"""

from __future__ import annotations

import re

from .article import text_size
from .bullets import BULLET_LIMIT, clean, trim
from .deck_writer import DraftSlide, note_comment
from .meaning import is_get_help
from .sentences import NUMBERED, has_words

_TERMINAL = re.compile(r"[。.!！;；:：]['\"”’」』）)]*$")
HELP_TITLE = {"zh": "什么时候要马上求助", "en": "When to get help at once"}
_MAX_HELP = 3
# A heading that is itself about when to get help ("When to call for help", "何时就医")
_HELP_HEADING = re.compile(r"\bwhen to (?:call|get|seek|phone|contact)\b|\b(?:call|get|seek) (?:for )?(?:medical )?help\b"
                           r"|何时就医|何时就诊|什么时候(?:要|应|需要)?(?:马上|立即|及时)?(?:就医|就诊|去医院|来医院|看急诊|求助|求救)"
                           r"|紧急情况", re.IGNORECASE)


def is_help_heading(title: str) -> bool:
    return bool(_HELP_HEADING.search(title))


def help_slide(sentences: list[str], lang: str, label: str) -> DraftSlide | None:
    """A slide with the article's warning signs and where to go (at most 3 bullets), or None when the
    article names none. Each bullet's sentence is in the notes again, so the doctor sees the source."""
    chosen: list[str] = []
    for s in sentences:
        # a sentence, not a heading; not one that points at a list on another slide ("出现下面任何一种情况，请尽快就医：")
        if is_get_help(s) and s not in chosen and _TERMINAL.search(s) and not re.search(r"[:：]\s*$", s):
            chosen.append(s)
    if not chosen:
        return None
    slide = DraftSlide(HELP_TITLE[lang])
    for s in chosen[:_MAX_HELP]:
        line = _warning_line(s, lang)
        if has_words(line):
            slide.bullets.append((line, None, s))
            slide.notes.append(note_comment(label, s))
    return slide if slide.bullets else None


def _warning_line(sentence: str, lang: str) -> str:
    """The warning sentence whole (its signs are the point), without a point's number or label."""
    m = NUMBERED.match(sentence)
    s = sentence[m.end():] if m else sentence
    label = re.match(r"^[^:：。.!?！？]{1,24}[:：]\s*(?=\S)", s)
    if label and text_size(label.group(0), lang) <= (12 if lang == "zh" else 6):
        s = s[label.end():]
    s = clean(s).rstrip("。.!！;；").strip()
    if text_size(s, lang) > 2 * BULLET_LIMIT[lang]:
        return trim(s, lang, BULLET_LIMIT[lang] + 6)
    return s[:1].upper() + s[1:] if lang == "en" else s


def teach_back(lang: str, part: int, titles: list[str], has_help: bool) -> str:
    """An open question about this part, made from its first slide title (and its actions in part 4)."""
    topic = next((t.rstrip("?？") for t in titles if t), "")
    if lang == "zh":
        if part == 3:
            more = ", 出现哪些情况要马上来医院?" if has_help else "?"
            return f"请您用自己的话说说, 回家后要做哪几件事{more}"
        return f"请您用自己的话说说, “{topic}”是什么意思?" if topic else "请您用自己的话说说, 刚才讲了什么?"
    if part == 3:
        more = ", and when to get help at once?" if has_help else "?"
        return f"In your own words, what will you do at home{more}"
    return f"In your own words, what does “{topic}” mean for you?" if topic else "In your own words, what did we just cover?"
