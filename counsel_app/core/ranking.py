"""Which sentences of a paragraph become bullets, the most telling first (`rank_sentences`), and the
slide line of a list's point (`point_line`). Lines are cut by bullets.trim_scored. Pure Python, no Qt.
"""

from __future__ import annotations

import re

from .article import QUESTION_END, text_size
from .bullets import BULLET_LIMIT, DEICTIC, FACT_STRETCH, clean, has_number, strip_end, trim, trim_scored
from .meaning import fact_marks, is_action, is_consequence, is_for_doctors, is_praise, is_warning
from .percentages import rewrite_shares
from .sentences import CJK, has_words, split_line

# Sentences of this kind introduce rather than inform: they stay in the notes and never become bullets.
_META = re.compile(r"今天|我们来|我们就来|你知道|本文|这篇|本篇|本指南|本手册|说说|下面|小编|聊聊|要理解|得先明白|先来了解"
                   r"|let's|this article|this guide|this leaflet|this page|today|we will|read on",
                   re.IGNORECASE)


def bigrams(s: str, lang: str) -> set[str]:
    s = s.lower()
    if lang == "zh":
        chars = [c for c in s if CJK.match(c) or c.isalnum()]
        return {a + b for a, b in zip(chars, chars[1:])}
    return {w for w in re.findall(r"[a-z0-9]+", s) if len(w) > 3}


_VARIES = re.compile(r"因人而异|个体差异|differ from person to person|vary from person to person|results differ", re.IGNORECASE)
_WHEN = re.compile(r"几周|几天|几个月|每天|每日|每周|每月|每年|定期|按时|within (?:a few )?(?:days|weeks|months)|every (?:day|week|month)",
                   re.IGNORECASE)
# A definition: "High cholesterol means ...", "骨转移是指 ..."
_DEFINES = re.compile(r"^[^,，。.;；]{2,30}?(?:\bmeans\b|\brefers to\b|\bis (?:a|an|when)\b|是指|指的是|是一种|是一类)")
_EXPLAINS_BEFORE = re.compile(r"^(?:这是因为|这意味着|这就像|这说明|这比|this means|this is because|this is better than)",
                              re.IGNORECASE)


def _whole(sentence: str, lang: str) -> str:
    """A sentence as a slide line, uncut: a warning's signs are its point."""
    return strip_end(clean(rewrite_shares(sentence, lang)))


def rank_sentences(sentences: list[str], context_terms: set[str], lang: str) -> list[tuple[int, str]]:
    """(index, slide line) of the sentences that may become bullets, the most telling first.

    Questions and lead-ins ("今天我们来聊聊") never; a number, words shared with the heading and a
    line that reads well on its own count for a sentence.
    """
    scored = []
    for i, s in enumerate(sentences):
        stated = s
        if QUESTION_END.search(s):
            # "其中约占1%-2%的患者, 一个关键问题摆在了面前: ...好吗?": the number before the colon is a statement
            head = re.split(r"[:：]", s)[0]
            if head == s or not re.search(r"\d", head):
                continue
            stated = head
        if text_size(clean(stated), lang) < (4 if lang == "zh" else 2):
            continue
        line, quality = trim_scored(stated, lang, BULLET_LIMIT[lang])
        if is_warning(s):
            line = _whole(s, lang)  # warning signs are kept whole
        if not has_words(line):
            continue
        score = 2.0 * has_number(s) + quality
        score += min(len(bigrams(s, lang) & context_terms), 4) * 0.25
        marks = fact_marks(line)
        score += 0.75 * len(set(marks) - {"time"}) + 1.5 * ("key" in fact_marks(s))  # names, tests, an image
        size = text_size(line, lang)
        if size > round(BULLET_LIMIT[lang] * FACT_STRETCH):
            score -= 2.0  # no clause short enough: a last resort
        elif size > BULLET_LIMIT[lang] and not marks:
            score -= 0.75  # long to keep its meaning ("并非X, 而是Y", a subject with its predicate)
        if _META.search(s) and not is_warning(s):
            continue  # "today we talk about ...": for the notes, not the slide
        score -= 0.5 * bool(DEICTIC.search(line))
        score += 3.0 * is_warning(s) + 1.0 * is_action(s)  # warnings and actions first
        score += 2.5 * (is_consequence(line) and not is_warning(s))  # what goes wrong when a number is off
        if is_praise(line) or is_for_doctors(s):
            score -= 6.0  # praise and remarks for doctors inform no decision: a bullet only when nothing else is there
        score += 1.0 * bool(_WHEN.search(line))  # how soon, how often: facts a patient plans by
        score += 1.5 * bool(_VARIES.search(line))  # "效果因人而异": what to expect is not a promise
        score += 2.0 * bool(_DEFINES.match(s))  # what a thing is: the condition part's first message
        if _EXPLAINS_BEFORE.match(line):
            score -= 1.0  # "这是因为..." explains the sentence before it
        score -= 0.1 * i
        scored.append((score, i, line))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return [(i, line) for _, i, line in scored]


_LABEL = re.compile(r"^([^:：。.!?！？]{1,24})[:：]\s*(?=\S)")


def point_line(point: str, lang: str, context_terms: set[str]) -> str:
    """The slide line of a numbered or bulleted point: "label：content" when the point is a short label
    followed by its content (the content's most telling sentence, warnings first), else its first sentence."""
    m = _LABEL.match(clean(point))
    if m and text_size(m.group(1), lang) <= (12 if lang == "zh" else 6):
        label = strip_end(m.group(1))
        sentences = split_line(clean(point)[m.end():])
        ranked = rank_sentences(sentences, context_terms, lang)
        if ranked and label:
            # its first sentence says what the label means, unless a later one is a warning
            i, content = next(((i, c) for i, c in ranked if is_warning(sentences[i])), ranked[0])
            if not is_warning(sentences[i]):
                i, content = next(((k, c) for k, c in ranked if k == 0), (i, content))
            whole = strip_end(sentences[i])
            if is_warning(whole) or text_size(whole, lang) <= BULLET_LIMIT[lang] + 8:
                content = whole  # warning signs are kept whole; so is a sentence a little over the limit
            return f"{label}：{content}" if lang == "zh" else f"{label}: {content}"
    first = (split_line(point) or [point])[0]
    if is_warning(first) and text_size(_whole(first, lang), lang) <= round(BULLET_LIMIT[lang] * FACT_STRETCH):
        return _whole(first, lang)  # "按医生的要求恢复服用甲状腺素片，不要自行停药": a warning is kept whole
    return trim(first, lang, BULLET_LIMIT[lang], first_bonus=1.5)


def is_informative(sentence: str) -> bool:
    """A number, an action, a warning or a fact a patient plans by: worth a third bullet from one paragraph."""
    return has_number(sentence) or is_action(sentence) or is_warning(sentence) or is_consequence(sentence) \
        or bool(fact_marks(sentence))
