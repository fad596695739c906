"""Slide lines from the article's sentences, trimmed to whole clauses.

Owns `trim(sentence, lang, limit)` (only the sentence's own words: lead-ins and asides dropped,
the best run of clauses within the limit) and `split_in_two` (a line too long for the screen as two
complete lines). Which sentences become bullets: ranking.py. Pure Python (stdlib only), no Qt.
"""

from __future__ import annotations

import re

from .article import QUESTION_END, text_size
from .percentages import rewrite_shares
from .meaning import (
    fact_marks, is_action, is_consequence, is_praise, lost_qualifiers, qualifiers,
    starts_with_connective,
)
from .clause_links import (
    BUT_Y, CONDITION_START, CONTEXT_EN, CONTEXT_ZH, COUNTED_LIST, GROUP_END, IN_FACT, MODAL_START, NOT_X, OPEN_END_ZH,
    PREDICATE_START, SPAN_END_ZH, SUBJECTLESS_ZH, WORRY, leans_on_before, subject_like_en, verb_first_en,
)
from .sentences import has_words

# Slide text limits (the guide warns above ~20 Chinese characters a sentence).
BULLET_LIMIT = {"zh": 20, "en": 15}
TITLE_LIMIT = {"zh": 19, "en": 12}  # leaves room for "（续）" / "(continued)" within the checker's 20 / 15
# Lead-in words that carry no message of their own: dropped from the front of a bullet.
_MARKERS = {
    "所以", "因此", "因而", "例如", "比如", "当然", "但是", "不过", "然而", "另外", "此外", "同时", "首先", "其次",
    "再次", "最后", "第一", "第二", "第三", "第四", "总之", "总的来说", "关键点来了", "导语", "总结", "事实上",
    "其实", "也就是说", "换句话说", "简单来说", "简而言之", "那么", "而且", "并且", "今天", "更重要的是",
    "展望未来", "回到最初的问题", "总结与建议", "建议", "需要注意的是", "需要说明的是", "值得注意的是", "要注意的是",
    "需要提醒的是", "温馨提示", "小贴士", "提示", "问", "答", "note that", "tips", "tip", "q", "a",
    "so", "however", "for example", "for instance", "of course", "also", "first", "second", "third",
    "finally", "in fact", "in short", "today", "then", "but", "and", "still", "in addition", "therefore", "remember", "note",
}


_INLINE_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
# An aside in brackets, dropped when a line is too long; examples ("(如普拉替尼)", "(e.g. ...)") are names
# the patient will hear at the pharmacy and stay.
_ANY_PAREN = re.compile(r"[（(][^（）()]*[)）]")
_PAREN = re.compile(r"[（(](?!如|例如|比如|e\.g\.|such as)[^（）()]*[)）]")
_CLAUSE_SPLIT = re.compile(r"(?<=[，；：;])|(?<=[,:;])(?![0-9])|(?<=\s[-–—])\s|(?<=——)")
# A line opening on a pointer to what came before: it does not stand alone.
DEICTIC = re.compile(r"^(这|那|它|其|此|this|that|these|those|it|they|others)", re.IGNORECASE)


# A number: in digits, or a share in words ("七到八成", "三分之一")
_NUMBER = re.compile(r"\d|[一二两三四五六七八九十半]成|分之[一二三四五六七八九十]")


def has_number(text: str) -> bool:
    return bool(_NUMBER.search(text))


def _unbracketed(pattern: re.Pattern[str], s: str) -> str:
    """`s` without its asides in brackets, and without the spaces they leave ("Your PSA level  usually")."""
    return re.sub(r"\s+([,，.;；:：])", r"\1", re.sub(r"[ \t]{2,}", " ", pattern.sub("", s))).strip()


def clean(s: str) -> str:
    s = _INLINE_LINK.sub(r"\1", s)
    s = _EMPHASIS.sub("", s)
    return s.strip()


def strip_end(s: str) -> str:
    # rstrip, not a regex ending in "+$": that is quadratic on a long run of spaces inside the text
    while True:
        shorter = s.rstrip().rstrip("。.;；,，:：、—–-")
        if shorter == s:
            return s.strip()
        s = shorter


def _clauses(s: str, lang: str) -> list[str]:
    parts = [p for p in _CLAUSE_SPLIT.split(s) if p.strip()]
    if lang == "en":  # "the eyes, the kidneys, and the heart": the items of a list stay together
        merged: list[str] = []
        for p in parts:
            if merged and _LIST_ITEM_EN.match(p) and merged[-1].rstrip().endswith(","):
                merged[-1] += p
            else:
                merged.append(p)
        parts = merged
    return parts or [s]


_LIST_ITEM_EN = re.compile(r"^\s+(?:the|a|an|and|or|his|her|your|their)\s"
                           # "closed with stitches, staples or skin glue": the list's last items, no verb of their own
                           r"|^\s+(?!(?:and|or|but|so|then|if|when|because|while|it|they|you|we|he|she)\b)[a-z-]+"
                           r"(?:\s+[a-z-]+)?\s+(?:or|and)\s+[a-z-]+(?:\s+[a-z-]+)?[.;!?]?\s*$")


def _drop_marker(s: str, lang: str) -> str:
    parts = _clauses(s, lang)
    while len(parts) > 1 and strip_end(parts[0]).strip().lower() in _MARKERS:
        parts = parts[1:]
    s = "".join(parts).strip()
    if lang == "en":
        m = re.match(r"^(so|but|and|also|then|however)\s+", s, re.IGNORECASE)
        if m and len(s) > m.end():
            s = s[m.end():]
            s = s[:1].upper() + s[1:]
    return s


def trim_scored(sentence: str, lang: str, limit: int, *, label: bool = False,
                 first_bonus: float = 0.5) -> tuple[str, float]:
    """A short slide line from one source sentence, and how good a line it is.

    Only the sentence's own words: percentages rewritten, Markdown marks, a leading lead-in
    ("所以", "关键点来了:", "However,") and, when still too long, asides in brackets removed; then
    the best run of whole clauses within the limit (a number in it counts most, then its length;
    a run opening or ending on a circumstance such as "在...中" / "if ..." counts less).
    """
    s = clean(rewrite_shares(sentence, lang))
    if label:
        first = _clauses(s, lang)[0]
        if re.search(r"[:：]$", first) and 2 <= text_size(strip_end(first), lang) <= limit:
            line = strip_end(first)
            return line, 2.0 * text_size(line, lang) / limit
    s = _drop_marker(s, lang)
    s = s.rstrip("。.;；").strip()
    if text_size(s, lang) > limit:  # asides go; examples (names) stay unless the line is too long even for a fact
        shorter = _unbracketed(_PAREN, s)
        if has_words(shorter):
            s = shorter
    if text_size(s, lang) <= limit:
        line = s if QUESTION_END.search(s) else strip_end(s)
        return line, 2.0 * max(text_size(line, lang), limit / 2) / limit
    parts = [_TOPIC_FREQUENCY.sub("", p, count=1) for p in _clauses(s, lang)]
    short = 6 if lang == "zh" else 3
    context = CONTEXT_ZH if lang == "zh" else CONTEXT_EN
    best, best_score, best_i, best_j = parts[0], float("-inf"), 0, 0
    stretch = round(limit * FACT_STRETCH)
    for i in range(len(parts)):
        run = ""
        for j in range(i, len(parts)):
            run += parts[j]
            size = text_size(strip_end(run), lang)
            head = strip_end(parts[i])
            # the drug's names and what it does (not a scene: "对于承重骨(如脊柱、大腿骨)...")
            cap = stretch if "names" in fact_marks(run) and not context.search(head) else limit
            if size > cap and j > i:
                break
            tail = strip_end(parts[j])
            score = 1.5 * has_number(run) + 2.0 * min(size, limit) / limit
            score += first_bonus if i == 0 else 0.0
            if lang == "en" and i > 0 and parts[i].strip()[:1].islower():
                score -= 0.5  # a clause from the middle of a sentence
            if j == i and size < short:
                score -= 2.0
            if context.search(head):
                score -= 3.0 if j == i else 1.5
            if j > i and context.search(tail):
                score -= 1.0
            if any(strip_end(p).lower() in _MARKERS for p in parts[i:j + 1]):
                score -= 1.0
            if starts_with_connective(head, lang):
                score -= 3.0  # leans on the clause before it: not a bullet on its own
            if PREDICATE_START.match(head.strip()) or SUBJECTLESS_ZH.match(head.strip()) \
                    or (lang == "en" and i > 0 and verb_first_en(head) and subject_like_en(parts[i - 1])):
                score -= 2.0  # a predicate without its subject
            elif i > 0 and re.match(r"^(?:需要|应|要)", head.strip()):
                score -= 1.0  # a duty whose subject is in an earlier clause
            if j + 1 < len(parts) and OPEN_END_ZH.search(tail):
                score -= 2.5  # "患者反馈" / "...的效果" with what they say in the next clause
            if j + 1 < len(parts) and MODAL_START.match(parts[j + 1].strip()):
                score -= 2.0  # a subject cut from its predicate
            if is_praise(run) and not has_number(run) and has_number(s):
                score -= 2.0  # "止吐药效果很好": the clause with the number says more ("大约七到八成的患者…")
            if is_consequence(run):
                score += 1.0  # "INR太高, 出血的风险会明显增加": what goes wrong, with its cause
            if re.search(r"[吗呢吧]$", tail):
                score -= 1.5  # a question folded into a statement
            if size > cap:
                score -= 1.5 + (size - cap) / limit * 2
            elif cap > limit:
                score += 1.0  # names the patient will hear at the pharmacy
            if score > best_score:
                best, best_score, best_i, best_j = run, score, i, j
    # a run that leans on the clause after it (a subject, "患者反馈", "一旦...") takes that clause in;
    # one that leans on the clause before it (a connective, a predicate) takes that one in
    k = best_j + 1
    while k < len(parts) and context.search(parts[k].strip()):
        k += 1  # an aside ("such as 5% of your body weight,") between a subject and its predicate
    def next_fits() -> bool:  # the run with the clause after it is still about two lines
        return text_size(strip_end("".join(parts[best_i:best_j + 2])), lang) <= stretch

    # ("一些降压药, 比如普利类和沙坦类, 还能减少尿蛋白": the same subject's "还/也" predicate after the aside)
    if k > best_j + 1 and k < len(parts) and (
            (lang == "en" and (MODAL_START.match(parts[k].strip()) or verb_first_en(parts[k])))
            or (lang == "zh" and re.match(r"^[还也]", parts[k].strip()) and MODAL_START.match(parts[k].strip()[1:]))):
        best_j = k
    while best_j + 1 < len(parts) and (MODAL_START.match(parts[best_j + 1].strip())
                                       or (lang == "en" and verb_first_en(parts[best_j + 1]))
                                       or re.match(r"^(?:都|就|才|也就|叫做|称为|被称为|也叫)", parts[best_j + 1].strip())
                                       or (NOT_X.search(parts[best_j]) and BUT_Y.match(parts[best_j + 1].strip()))
                                       or (WORRY.search(parts[best_j]) and IN_FACT.match(parts[best_j + 1].strip()))
                                       or bool(COUNTED_LIST.search("".join(parts[:best_j + 1])))
                                       or OPEN_END_ZH.search(strip_end(parts[best_j]))
                                       or SPAN_END_ZH.search(strip_end(parts[best_j]))
                                       or (re.search(r"[:：]\s*$", parts[best_j]) and next_fits())
                                       or (best_i == best_j and context.search(strip_end(parts[best_j])))
                                       # "Over five years, for every 100 people who take a statin, [about 5 fewer ...]"
                                       or (lang == "en" and best_j > best_i and context.search(parts[best_j].strip())
                                           and next_fits())):
        best_j += 1
    while best_i > 0 and leans_on_before(parts[best_i].strip(), lang, parts[best_i - 1]):
        best_i -= 1
    if best_j + 2 == len(parts) and text_size(strip_end(parts[-1]), lang) < short:
        best_j += 1  # a last clause too short to stand alone ("..., 更为根本") ends the run before it
    best_i, best_j = _with_facts(parts, best_i, best_j, lang, limit)
    best_i = _with_scope(parts, best_i, lang)
    chosen_i = best_i
    best_i = _with_qualifiers(parts, best_i, "".join(parts[best_i:best_j + 1]), lang)
    while best_i > 0 and leans_on_before(parts[best_i].strip(), lang, parts[best_i - 1]):
        best_i -= 1  # a qualifier's clause may lean on the one before it ("..., 就可以在医生指导下停药")
    if best_i < chosen_i and text_size(strip_end("".join(parts[best_i:best_j + 1])), lang) > stretch:
        # the qualifier's own clauses make a whole statement short enough ("目前...仍有多种药物可以选择"): that one
        own = strip_end("".join(parts[best_i:chosen_i]))
        nxt = parts[chosen_i].strip()
        rest = "".join(parts[chosen_i:best_j + 1])  # what would go: not a name it gives, not a fact the rest lacks
        if short <= text_size(own, lang) <= stretch and not set(fact_marks(rest)) - set(fact_marks(own)) \
                and not re.search(r"这就是|叫做|称为|也叫|\bcalled\b|\bknown as\b", rest) and not context.search(strip_end(parts[chosen_i - 1])) \
                and not OPEN_END_ZH.search(own) and not MODAL_START.match(nxt) and not PREDICATE_START.match(nxt) \
                and not leans_on_before(nxt, lang, parts[chosen_i - 1]) and not starts_with_connective(nxt, lang):
            best_j = chosen_i - 1
    while best_j > best_i and strip_end(parts[best_j]).strip().lower() in _MARKERS:
        best_j -= 1  # "..., 也就是说," ends on a lead-in to what was cut
    best = "".join(parts[best_i:best_j + 1])
    if text_size(strip_end(best), lang) > stretch:
        shorter = _unbracketed(_ANY_PAREN, best)
        best = shorter if has_words(shorter) else best
    line = strip_end(_drop_conjunction(best.strip(), lang))
    if lang == "en" and line[:1].islower():
        line = line[:1].upper() + line[1:]
    return line, best_score - 1.5 * has_number(best)


# "而对于其中约每100人中有1到2人是RET阳性患者, ...": the topic holds a whole frequency statement, which stands alone
_TOPIC_FREQUENCY = re.compile(r"^\s*(?:而|但)?(?:对于|至于)(?=[^，,]*每\d+[^，,]{0,4}中有[^，,]+是)")
# A line may run to this many times the limit to keep a fact of its sentence (about two lines on a slide).
FACT_STRETCH = 2.25


def _with_facts(parts: list[str], i: int, j: int, lang: str, limit: int) -> tuple[int, int]:
    """Clauses i..j widened to take in the clauses around them that carry a fact the run lacks (a drug's
    name, a time, a test, a medicine, an image: "就像...“刹车”"), when the whole still fits about two lines."""
    have = set(fact_marks("".join(parts[i:j + 1])))
    # an image is lost with its clause: "A就像油门, 而B就是刹车" teaches in both halves
    lost = [k for k, p in enumerate(parts) if not i <= k <= j and (set(fact_marks(p)) - have or "image" in fact_marks(p))]
    if not lost:
        return i, j
    lo, hi = min(i, *lost), max(j, *lost)
    if text_size(strip_end("".join(parts[lo:hi + 1])), lang) > round(limit * FACT_STRETCH):
        return i, j
    return lo, hi


# A duty with its scope (an English instruction: the case it answers): the group it is for ("原本就有高血压…的患者, 要继续…, 不要…停用原来的药物") or the condition it
# answers ("如果已经接近下一次服药时间, 就跳过这一次, 按原计划服用下一次"), in an earlier clause of the same statement.
_DUTY_ZH = re.compile(r"^(?:不要|要|应|应该|应当|需要|一定要|务必|最好|千万|可以|请|按)")


_GROUP_EN = re.compile(r"^(?:in|for|among) (?:men|women|people|patients|adults|children|those|anyone)\b", re.IGNORECASE)


def _with_scope(parts: list[str], i: int, lang: str) -> int:
    if lang == "en" and i > 0:
        # "If you miss a dose, take it as soon as you remember": the instruction keeps the case it is for;
        # "In men whose cancer has spread, hormone therapy often controls it": a result keeps whom it is for
        first = max((k + 1 for k in range(i) if re.search(r"[;]\s*$", parts[k])), default=0)
        return next((k for k in range(first, i) if _GROUP_EN.match(parts[k].strip())
                     or (verb_first_en(parts[i]) and CONDITION_START.match(parts[k].strip()))), i)
    if lang != "zh" or i == 0 or not _DUTY_ZH.match(parts[i].strip()):
        return i
    first = max((k + 1 for k in range(i) if re.search(r"[；;]\s*$", parts[k])), default=0)
    for k in range(first, i):
        if GROUP_END.search(parts[k].strip()) or CONDITION_START.match(parts[k].strip()):
            return k
    return i


# "基于目前的证据" says where a claim comes from; its 目前 does not limit the claim.
_SOURCE_OF_CLAIM = re.compile(r"^(?:基于|根据|按照|从现有|according to|based on)", re.IGNORECASE)


def _with_qualifiers(parts: list[str], i: int, run: str, lang: str) -> int:
    """Where `run` (clauses i.. of a sentence) starts once the clauses before it are back in when one of
    them holds a qualifier, scope word or negation ("过去,", "多数患者治疗后,", "in the past,") the run lacks."""
    have = set(qualifiers(run, lang))
    first = max((k + 1 for k in range(i) if re.search(r"[；;]\s*$", parts[k])), default=0)
    for k in range(first, i):  # a clause before a "；" is a statement of its own
        dropped = parts[k]
        if strip_end(dropped).lower() in _MARKERS:
            continue
        if set(qualifiers(dropped, lang)) - have and not _SOURCE_OF_CLAIM.match(dropped.strip()):
            return k
    return i


def _drop_conjunction(s: str, lang: str) -> str:
    if lang == "zh":
        m = re.match(r"^(而且|并且|但是|所以|因此|这是因为|而|但)(?=\S)", s)
        return s[m.end():] if m and text_size(s[m.end():], lang) >= 4 else s
    m = re.match(r"^(and then|and|but|so|then)\s+", s, re.IGNORECASE)
    return s[m.end():] if m and len(s.split()) > 3 else s


def trim(sentence: str, lang: str, limit: int, *, label: bool = False, first_bonus: float = 0.5) -> str:
    return trim_scored(sentence, lang, limit, label=label, first_bonus=first_bonus)[0]


def split_in_two(line: str, source: str, lang: str) -> list[str]:
    """A line too long to read from the screen (over twice the limit) as two lines, each a complete clause run of
    its own ("如果情绪低落持续两周以上…, 请告诉医生" / "心理门诊和病友互助小组都能提供帮助"), cut where the halves are
    most even; [line] when no cut leaves two halves that stand alone and keep their qualifiers."""
    limit = BULLET_LIMIT[lang]
    if text_size(line, lang) <= 2 * limit:
        return [line]
    parts = _clauses(line, lang)
    context = CONTEXT_ZH if lang == "zh" else CONTEXT_EN
    floor = 8 if lang == "zh" else 4
    best: list[str] = [line]
    best_size = text_size(line, lang)
    for k in range(1, len(parts)):
        left, right = strip_end("".join(parts[:k])), strip_end("".join(parts[k:]))
        head, tail = right.strip(), strip_end(parts[k - 1]).strip()
        sizes = (text_size(left, lang), text_size(right, lang))
        if min(sizes) < floor or max(sizes) > 2 * limit or max(sizes) >= best_size:
            continue
        if (starts_with_connective(head, lang) or PREDICATE_START.match(head) or MODAL_START.match(head)
                or SUBJECTLESS_ZH.match(head) or BUT_Y.match(head) or IN_FACT.match(head) or DEICTIC.match(head)
                or leans_on_before(head, lang, parts[k - 1]) or re.search(r"[:：]\s*$", parts[k - 1])
                or context.search(tail) or OPEN_END_ZH.search(tail) or NOT_X.search(left) or WORRY.search(left)
                or COUNTED_LIST.search(left) or re.match(r"^(?:都|就|才|也|还|叫做|称为|必要时)", head)):
            continue
        if lost_qualifiers(right, source, lang) or lost_qualifiers(left, source, lang):
            continue
        if CONDITION_START.match(left) and not is_action(left):
            continue  # "如果情绪低落持续两周以上, 影响到睡眠和生活": a condition without what to do
        best, best_size = [left, right], max(sizes)
    return best

