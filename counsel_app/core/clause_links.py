"""Which clauses of a sentence lean on which: what a slide line cut from a sentence must take along.

Owns the patterns the bullet trimmer (bullets.py) reads clauses by: scenes (`CONTEXT_ZH`, `CONTEXT_EN`), a
predicate without its subject, a subject or a topic without its predicate (`OPEN_END_ZH`, `GROUP_END`), "not X
but Y", a worry and its answer, a counted list, and `leans_on_before(run, lang, before)`. Pure Python, no Qt.
"""

from __future__ import annotations

import re

from .article import text_size
from .meaning import starts_with_connective

# Clauses that set a scene (when, where, if) rather than say the message.
CONTEXT_ZH = re.compile(r"^(以及|或者|例如|比如|在|对于|对|为了|如果|一旦|只要|即使|当|随着|由于|虽然|尽管|通过|针对|面对|过去|相比|从|基于|根据)"
                         r"|(之后|以后|(?<!前)后|时|的时候|(?:检查|片子|图像|影像|扫描|报告)(?:[（(][^（）()]*[)）])?上)$|^.{0,8}(之中|中|之前|以前|前|来说|看)$")


CONTEXT_EN = re.compile(r"^(if|when|in|for|after|before|although|because|while|as|during|with|based on|according to"
                         r"|e\.g\.|i\.e\.|for example|such as)(?![a-z])",
                         re.IGNORECASE)
# A clause that continues the clause before it with its predicate ("..., 能像一把钥匙").
PREDICATE_START = re.compile(r"^(?:可使|能使|使|能|会|可以|将|就|都|才|是|可能是|多半是|说的|指的|can|will|is|are|was|were|may|must|should)(?![a-z])")
# The predicate of a subject in the clause before ("RET抑制剂的口服小分子, 能像一把钥匙").
MODAL_START = re.compile(r"^(?:可使|能使|能够|能|会|可以|还能|还可以|也能|也可以|将|往往|通常|常常|一般都|说的|指的|can|will|may|often|usually|also)(?![a-z])")
# A clause that ends where its object or predicate should follow: a reporting verb, or a topic "...的效果".
OPEN_END_ZH = re.compile(r"(?:反馈|表示|认为|发现|指出|显示|表明|证明|的效果|的作用|的关键|的问题|的方法|的原因|相比|相比较"
                          r"|多少|多大|如何|怎样|能不能|会不会|是不是|有没有|是否\S{0,4}|的患者|的病人|的人"
                          r"|太高|太低|过高|过低|太多|太少|过多|过少)$"
                          r"|能不能|会不会|是不是|有没有|(?:就像|像一|好比|如同)[^，,；;]{1,12}$")
# A span of time the message happens within or after, or a step it follows, with the message in the next clause
# ("大多数患者在调整剂量的2到4周内, 空腹血糖会逐步下降")
SPAN_END_ZH = re.compile(r"(?:天|周|个月|月|年|小时|分钟)(?:之|以)?内$"
                         # "大多数人开始吃药后2到4周, [血压会明显下降]"; "收缩压每降低10毫米汞柱, [脑卒中的风险…]"
                         r"|(?:后|以后|之后)[\d一二三四五六七八九十两几]+(?:\s*(?:到|至|-|~)\s*[\d一二三四五六七八九十两几]+)?"
                         r"\s*(?:天|周|个月|月|年)$|每(?:降低|下降|减少|增加|升高|增高)[^，,；;]{1,12}$")
# "并非X, 而是Y" / "not X but Y": the second half is the message
NOT_X = re.compile(r"并非|不是|不要|\bnot\b", re.IGNORECASE)
BUT_Y = re.compile(r"^(?:而是|而应|而要|but rather|but instead)", re.IGNORECASE)
# "很多患者担心X, 其实Y": Y is the message; "请记住三句话: A, B, C": every item
WORRY = re.compile(r"担心|以为|误以为|害怕|\b(?:worry|worried|think|believe)\b", re.IGNORECASE)
IN_FACT = re.compile(r"^(?:其实|事实上|实际上|in fact|actually)", re.IGNORECASE)
COUNTED_LIST = re.compile(r"[两二三四五六七八九几]+(?:句话|件事|点|个方面|个要点)[:：]")
SUBJECTLESS_ZH = re.compile(r"^(?:可使|能使|可以使|使得|可以|能够)")


# Words that open an English clause without being its verb: a clause opening on any other lower-case word
# in the middle of a sentence is a verb whose subject came before ("The cuff fills with air, squeezes the arm").
NOT_A_VERB_EN = frozenset(
    "the a an this that these those it they he she we you i in on at for with by from to of as if when while because "
    "and or but so which who whom whose where after before during since until although though unless then also not no "
    "all some many most each every your my our their his her its about around over under one two three such even only "
    "just very more less much few other another both either neither any there here what how why whether up down out "
    "into onto within without between among per than like near".split())


ADVERBIAL_EN = frozenset(
    "in on at for with by from to of as if when while because after before during since until although though unless "
    "over under within without throughout across once then so but and or also".split())


def subject_like_en(clause: str) -> bool:
    """A clause that may be the subject of the verb after it: not a phrase of time, place or condition."""
    m = re.match(r"^([A-Za-z]+)\b", clause.strip())
    return m is not None and m.group(1).lower() not in ADVERBIAL_EN and not CONTEXT_EN.search(clause.strip())


def verb_first_en(clause: str) -> bool:
    m = re.match(r"^([a-z]+)\b", clause.strip())
    return m is not None and m.group(1) not in NOT_A_VERB_EN


# A rate with no owner ("发生率约为1%"), or a frequency whose group is in the clause before ("服用X的患者, 约有30%...")
OWNERLESS_ZH = re.compile(r"^(?:发生率|发病率|比例|几率|概率|有效率|风险)")
EMBEDDED_Q = re.compile(r"能不能|会不会|是不是|有没有")  # "X能不能发挥作用, 取决于..." is the subject of what follows
GROUP_END = re.compile(r"(?:患者|病人|的人|女性|男性|儿童|老人)(?:之?中)?[，,]?$")  # "吸烟的人中, 约有15%..."
# A duty ("最好...", "要...") whose subject is the short clause before it ("有生育计划的患者, 最好...")
ADVERB_START = re.compile(r"^(?:往往|通常|常常|一般都|大多)")
# How long or how much, with no subject: "华法林起效较慢, 一般需要3到5天才能达到稳定效果" (what needs 3-5 days?)
QUANTITY_PREDICATE_ZH = re.compile(r"^(?:一般|通常|往往|大约|约|大概|平均|至少|最多)?(?:还)?(?:需要|需|要|得|可以|会|能)?"
                                   r"(?:[\d一两二三四五六七八九十几数半]+(?:\s*(?:到|至|-|~|～)\s*[\d一两二三四五六七八九十几]+)?\s*(?:天|周|个月|月|年|小时|分钟|次)"
                                   r"|几天|几周|几个月)")
CONDITION_START = re.compile(r"^(?:如果|若|假如|一旦|当|万一|if\b|when\b|once\b)", re.IGNORECASE)
DUTY_START = re.compile(r"^(?:最好|应该|应当|需要|要|一定要|务必)")


def leans_on_before(run: str, lang: str, before: str = "") -> bool:
    """A run that needs the clause before it: it opens on a connective or on a predicate with no subject,
    on a rate with no owner, after its group ("服用X的患者, 血脂...") or a subject that is a question, or on a
    duty whose subject is a short clause before."""
    if starts_with_connective(run, lang) or PREDICATE_START.match(run) or SUBJECTLESS_ZH.match(run):
        return True
    if lang == "en":  # "The cuff fills with air, squeezes the arm" (not "Over years, high blood sugar ...")
        return verb_first_en(run) and subject_like_en(before)
    if not before:
        return False
    before = before.strip()
    if re.match(r"^(?:其中|其余|剩下的)", run):
        return True  # "如果全家有10个人, 其中30%的人...": the group is in the clause before
    if QUANTITY_PREDICATE_ZH.match(run) and not CONTEXT_ZH.search(before) and text_size(before, lang) <= 12:
        return True  # "..., 一般需要3到5天才能...": the clause before says what takes that long
    if ADVERB_START.match(run) or (DUTY_START.match(run) and CONDITION_START.match(before)):
        return True  # "..., 往往能明显缓解"; "如果有...病史, 一定要主动告诉医生"
    return bool(OWNERLESS_ZH.match(run) or GROUP_END.search(before) or EMBEDDED_Q.search(before)
                or (DUTY_START.match(run) and text_size(before, lang) <= 10 and not re.search(r"\d", before)
                    and not CONTEXT_ZH.search(before) and not re.match(r"^(?:尤其|特别|包括)", before)))
