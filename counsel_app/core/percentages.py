"""What a percentage in an article measures, and the rewrite of those that are shares of people.

Owns `percentage_kinds(text, lang)` and `rewrite_shares(text, lang)`. A natural frequency
("about 3 in 10 people") is only for a share of people: "30%的患者", "发生率30%", "30% of adults".
A relative change ("风险降低35%", "reduces the risk by 30%"), a size or threshold ("缩小30%以上"), a
concentration or dose ("浓度可达血液中的60%") keeps the article's number: only the doctor can say
what it means for this patient. A percentage with no sign either way keeps its number too.
Pure Python (stdlib only), no Qt.
"""

from __future__ import annotations

import re
from typing import Literal

from .frequencies import PERCENT_RE, approximate_before, clause_before, is_test_result, natural_frequency
from .lang import is_zh

Kind = Literal["share", "relative", "measure"]

_ZH_RELATIVE = re.compile(r"(降低|减少|下降|提高|增加|上升|升高|缩小|增大|减轻|改善|延长|缩短|提升|降|减|增|升)"
                          r"(了|约|大约|近|将近|达|高达|至少|超过|到|至)?\s*$")
_ZH_MEASURE = re.compile(r"浓度|剂量|密度|体积|直径|含量|饱和度|血液中的|的水平")
_ZH_SHARE_AFTER = re.compile(r"\s*(?:以上|以下|左右)?(?:的)?(?:患者|病人|人|人群|病例|孩子|儿童|老人|女性|男性)")
_ZH_SHARE_BEFORE = re.compile(r"(发生率|发病率|患病率|比例|有效率|缓解率|生存率|控制率|治愈率|复发率|死亡率|阳性率|占|患者中|人中|病人中)")
_ZH_AMONG = re.compile(r"(?:人|患者|病人|儿童|女性|男性)(?:之)?中[，,]?\s*(?:约|大约|将近|近)?(?:有|占)?\s*$")
# "服用X的患者, 约有30%会...": the group is the subject of the clause before
_ZH_GROUP_BEFORE = re.compile(r"(?:患者|病人|的人|女性|男性|儿童)[，,]\s*(?:约|大约|将近|近)?[有占]\s*$")
_ZH_HAS_BEFORE = re.compile(r"(约|大约)?[有占]\s*$")
_EN_RELATIVE_BEFORE = re.compile(r"\bby\s+(?:about|around|nearly|up to|approximately|roughly|some|at least|over)?\s*$"
                                 r"|\b(?:reduc|lower|cut|increas|rais|shrink|shrank|improv|drop|fall|fell|rise|rose)\w*"
                                 r"(?:\s+\w+){0,4}\s+(?:about|around|nearly|up to|approximately|roughly|at least|over)?\s*$",
                                 re.IGNORECASE)
_EN_RELATIVE_AFTER = re.compile(r"\s*(?:lower|higher|less|more|fewer|greater|smaller|larger|reduction|increase|decrease"
                                r"|drop|rise|improvement|relative)\b", re.IGNORECASE)
_EN_MEASURE = re.compile(r"\b(?:concentration|dose|dosage|density|volume|saturation|level|levels|of the blood|in the blood)\b",
                         re.IGNORECASE)
_EN_SHARE_AFTER = re.compile(r"\s+of\s+(?:all\s+|the\s+)?(?:\w+\s+){0,2}(?:patients|people|adults|children|women|men|those|"
                             r"persons|cases|participants|smokers|users|survivors)\b", re.IGNORECASE)
_EN_GROUP_AFTER = re.compile(r"\s+of\s+((?:all\s+)?(?:[a-z-]+\s+){0,2}(?:patients|people|adults|children|women|men|"
                             r"persons|participants|smokers|users|survivors))\b")
_EN_SHARE_BEFORE = re.compile(r"\b(?:rate|rates|incidence|prevalence|proportion|survival|response|patients|people|adults)\b",
                              re.IGNORECASE)


def _kind(text: str, m: re.Match[str], zh: bool) -> Kind:
    before = text[max(0, m.start() - 60):m.start()]
    clause = clause_before(text, m.start())
    after = text[m.end():m.end() + 40]
    if is_test_result(text, m.start()):
        return "measure"  # a change of a test result in percent is in its own unit, not a relative change
    if zh:
        if _ZH_RELATIVE.search(clause):
            return "relative"
        if _ZH_MEASURE.search(clause):
            return "measure"
        if m.group("zhnoun") or _ZH_SHARE_AFTER.match(after) or _ZH_SHARE_BEFORE.search(clause) \
                or _ZH_AMONG.search(before[-20:]) or _ZH_GROUP_BEFORE.search(before[-30:]):
            return "share"
        return "measure"
    if _EN_RELATIVE_BEFORE.search(clause) or _EN_RELATIVE_AFTER.match(after):
        return "relative"
    if _EN_MEASURE.search(clause):
        return "measure"
    if m.group("ennoun") or _EN_SHARE_AFTER.match(after) or _EN_SHARE_BEFORE.search(clause):
        return "share"
    return "measure"


def percentage_kinds(text: str, lang: str) -> list[Kind]:
    """The kind of each percentage in `text`, left to right."""
    zh = is_zh(lang)
    return [_kind(text, m, zh) for m in PERCENT_RE.finditer(text)]


def rewrite_shares(text: str, lang: str) -> str:
    """`text` with each share of people written as a natural frequency; every other percentage as written."""
    zh = is_zh(lang)
    own, other = ("zh", "en") if zh else ("en", "zh")
    out: list[str] = []
    pos = 0
    for m in PERCENT_RE.finditer(text):
        if m.start() < pos or _kind(text, m, zh) != "share":
            continue
        noun: str | None = m.group(f"{own}noun")
        end = m.end()
        tail = m.group(f"{other}tail") or ""
        if not zh and noun is None and (group := _EN_GROUP_AFTER.match(text, m.end())):
            noun, end = group.group(1), group.end()  # "40% of older adults" -> "4 in 10 older adults"
        start = m.start()
        lead_in = _ZH_HAS_BEFORE.search(text, pos, start) if zh else None
        if lead_in:  # "约有15%会患上" -> "约每100人中有15人会患上", never "约有每100人中有15人"
            start = lead_in.start()
        approx = bool(lead_in and lead_in.group(1)) or not approximate_before(text[:start], lang)
        freq = natural_frequency(m.group("a"), m.group("b"), lang, noun, approx=approx)
        if freq is None:
            continue
        if m.group(0)[:1].isupper():
            freq = freq[:1].upper() + freq[1:]
        if lead_in and "占" in lead_in.group(0) and noun is None and text.startswith("的", end):
            freq, end = freq + "是", end + 1  # "约占1%-2%的RET阳性患者" -> "约每100人中有1到2人是RET阳性患者"
        out.append(text[pos:start] + freq + tail)
        pos = end
    out.append(text[pos:])
    return "".join(out)
