"""What a sentence of a patient article carries: qualifiers, actions, warnings, praise, a connective start.

Owns the word lists the importer ranks bullets by and `check` tests bullets against, so the two
never disagree: `qualifiers(text)`, `is_action`, `is_warning`, `is_consequence`, `is_praise`, `is_for_doctors`, `starts_with_connective`,
`fact_marks` (what makes a sentence worth a slide: names, times, tests, an image, a key point).
Pure Python (stdlib only), no Qt.
"""

from __future__ import annotations

import re

# Qualifiers, scope and negation: part of the fact (guides/counselling.md). Longest first.
_QUALIFIERS_ZH = ("在医生指导下", "因人而异", "大多数", "大部分", "多数", "少数", "部分", "有的", "有些", "过去", "目前", "可能",
                  "通常", "一般", "往往", "常常", "很多", "个别", "不一定", "没有", "不能", "不要", "不会", "不是", "无需", "不必")
_QUALIFIERS_EN = ("under a doctor's guidance", "differ from person to person", "vary from person to person", "in the past", "most", "some", "few", "many", "may", "might",
                  "usually", "often", "generally", "currently", "not", "no", "never", "rarely", "sometimes")
_QUALIFIER_ZH = re.compile("|".join(map(re.escape, _QUALIFIERS_ZH)))
_QUALIFIER_EN = re.compile(r"\b(?:" + "|".join(map(re.escape, _QUALIFIERS_EN)) + r")\b|n't\b", re.IGNORECASE)

# What the patient must do or avoid.
_ACTION = re.compile(r"务必|一定要|应该|应当|需要|要按|要定期|要马上|不要|别|请|及时|尽早|定期|复查|检测|就诊|联系|遵医嘱|按时|每天|每月|每周"
                     r"|\b(?:must|should|do not|don't|never|always|ask|call|take|check|tell|keep|avoid|make sure|every day|each day)\b",
                     re.IGNORECASE)
# When to get help at once: warning signs and where to go.
_GET_HELP = re.compile(r"立即|立刻|马上(?:来|去|到)?(?:医院|就医|就诊|急诊|拨打|联系|告诉医生|通知)|急诊|尽快就医|及时就医|及时就诊|马上来医院|拨打|(?<![\d/])120(?![\d/])"
                       r"|\b(?:call (?:your|the|a|911|999|112)(?! ?\S* to (?:rearrange|book|change|make|cancel))|emergency|right away"
                       r"|straight away|urgent(?:ly)?|(?<!doses )(?<!tablets )(?<!pills )(?<!both )(?<!all )(?<!two )(?<!them )at once"
                       r"|immediately|seek (?:medical )?help|go to (?:the )?hospital)\b", re.IGNORECASE)
# "Do not stop on your own": a warning to keep on a slide, but no sign to get help at once.
_SELF_STOP = re.compile(r"不要自行|自行停药|自行减量|自己停药|擅自停药|\b(?:do not stop|don't stop)\b", re.IGNORECASE)
# Evaluative words: they inform no decision.
# "有效" praises a treatment ("非常有效", "最有效", "是一种有效的..."), but "有效率" is a share of people,
# "有效收缩" / "有效压制" say how a thing works, "才算有效" defines a result and "保底且有效的手段" says an option exists.
_PRAISE = re.compile(r"高效|核心|令人鼓舞|信心|非常好|非常高|强大|强有力|最有说服力|曙光|理想|神奇|超出很多人的想象|答案是肯定的|革命性|突破性|默默地?守护|定海神针|最有力"
                     r"|经典(?!的?(?:症状|表现|体征))|(?:非常|十分|特别|很|最|极其|相当)(?:有效|安全|成熟|出色|优秀|可靠|先进)|是一种有效的"
                     r"|(?:效果|疗效)(?:非常|十分|特别|很)(?:好|显著|突出|明显)|效果显著|疗效显著|卓越|出色|里程碑|金标准|基石|王牌|利器|法宝"
                     r"|\b(?:remarkable|exciting|excited|transformed|transformative|breakthrough|powerful|amazing|revolutionary|promising"
                     r"|excellent|impressive|outstanding|extraordinary|wonderful|classic|cornerstone|gold standard|game[- ]changer"
                     r"|(?:very|highly|extremely|remarkably) (?:effective|successful|safe)|most effective|dramatic(?:ally)?)\b",
                     re.IGNORECASE)
# A clause that cannot open a bullet: it leans on the clause before it.
_CONNECTIVE_ZH = re.compile(r"^(?:并且|而且|并|而|且|但|却|也|还|就|才|以免|以便|从而|进而|因此|所以|因为|由于|于是|与|和|及(?!时)|以及|或|是(?!否)|直到"
                            r"|具体(?!方法|做法|步骤|来说)(?=可以|要|请|需|会|能|如何|怎样|多少))")  # "具体可以请医生帮您估算": the details of the clause before
# ("While the air goes out, the monitor ..." is a whole sentence: its own clause comes after the comma)
_CONNECTIVE_EN = re.compile(r"^(?:and|but|or|so|which|that|(?:because|while)(?![^,]*,)|whereas|as well as|nor|then)\b",
                            re.IGNORECASE)


# What a patient plans by or will hear again: the kinds of fact a bullet must not lose.
_FACT_MARKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # names given as examples ("(如普拉替尼、塞普替尼)", "(e.g. warfarin)"): what the pharmacy will say
    ("names", re.compile(r"[（(](?:如|例如|比如|e\.g\.|such as)(?!使用|服用|采用|进行|做)[^（）()]+[)）]", re.IGNORECASE)),
    # how soon, how often
    ("time", re.compile(r"几周|几天|几个月|[\d两三四五六七八九十]+\s*(?:天|周|个月|年|小时)|每天|每日|每周|每月|每年|定期|按时"
                        r"|\b(?:within (?:a few )?(?:days|weeks|months)|every (?:day|week|month)|\d+ (?:days|weeks|months)"
                        r"|once a (?:day|week|month)|daily|weekly|monthly)\b", re.IGNORECASE)),
    # tests and check-ups the patient will have
    ("test", re.compile(r"复查|血常规|化验|验血|抽血|肝肾功能|检查|检测|CT|核磁|扫描|监测"
                        r"|\b(?:blood tests?|check-ups?|scans?|tests?|INR|HbA1c)\b", re.IGNORECASE)),
    # medicines by kind
    ("medicine", re.compile(r"止痛药|镇痛药|降压药|降糖药|胰岛素|抗凝药|吸入剂|激素"
                            r"|\b(?:painkillers?|pain medicines?|insulin|inhalers?|steroids?)\b", re.IGNORECASE)),
    # an image that teaches ("就像...", "就是精准的“刹车”", "like a brake")
    ("image", re.compile(r"就像|好比|如同|相当于|像一[把个只块座道]|像给|就是[^，。,；;]{0,6}“[^”]{1,8}”"
                         r"|\b(?:like an? |works like|acts like|as if)\b", re.IGNORECASE)),
    # the article says this one is the point
    ("key", re.compile(r"关键点|关键是|最重要的是|重要的是|请记住|记住|\b(?:key point|the key|remember|most important)\b",
                       re.IGNORECASE)),
)


def fact_marks(text: str) -> list[str]:
    """The kinds of fact `text` carries (names, time, test, medicine, image, key), in a fixed order."""
    return [kind for kind, pattern in _FACT_MARKS if pattern.search(text)]


def qualifiers(text: str, lang: str) -> list[str]:
    """The qualifiers, scope words and negations in `text`, in order (lower case in English)."""
    if lang == "zh":
        return _QUALIFIER_ZH.findall(text)
    return [q.lower() for q in _QUALIFIER_EN.findall(text)]


def is_action(text: str) -> bool:
    return bool(_ACTION.search(text))


def is_warning(text: str) -> bool:
    return bool(_GET_HELP.search(text) or _SELF_STOP.search(text))


def is_get_help(text: str) -> bool:
    """Where to go or whom to call at once (a warning sign's action), not only "do not stop on your own"."""
    return bool(_GET_HELP.search(text))


# What goes wrong when a number is off or a dose missed: "INR太高, 出血的风险会明显增加", "if your INR is too high,
# you may bleed". Ranked with the warnings (it tells the patient why the tests matter), but no sign to get help at once.
_OFF_ZH = r"太高|太低|过高|过低|太多|太少|过多|过少|过量|偏高|偏低|超量|漏服|忘记服"
_HARM_ZH = r"出血|风险[^，,。；;]{0,6}(?:增加|升高|加大|上升|变大)|危险|危及生命|中毒|昏迷|休克|骨折|猝死"
_CONSEQUENCE = re.compile(rf"(?:{_OFF_ZH})[，,]?[^。；;!?！？]{{0,12}}?(?:{_HARM_ZH})"
                          r"|\btoo (?:high|low|much|many)\b[^.;!?]{0,60}?\b(?:bleed(?:ing|s)?|dangerous|danger"
                          r"|risk of [a-z ]{1,30}(?:rises|goes up|increases|is higher)|(?:higher|greater) risk)\b",
                          re.IGNORECASE)


def is_consequence(text: str) -> bool:
    """A number off or a dose wrong, and the harm it brings ("INR太高, 出血的风险会明显增加")."""
    return bool(_CONSEQUENCE.search(text))


# Words meant for colleagues, not the patient: how clinicians judge a treatment ("临床评估…, 病灶控制率是一个硬指标",
# "评价…的效果, 不仅要看片子"), or a slogan ("绝不能单打独斗"). They stay in the notes like praise.
_FOR_DOCTORS = re.compile(r"硬指标|软指标|单打独斗|临床评估|我们强调|评价[^，,。；;]{0,16}(?:效果|疗效)|终点指标|替代终点"
                          r"|\b(?:clinicians|in clinical practice|(?:primary|hard|surrogate) (?:end ?point|outcome)s?"
                          r"|we (?:assess|judge|measure) (?:the )?(?:response|efficacy))\b", re.IGNORECASE)


def is_for_doctors(text: str) -> bool:
    """A remark meant for doctors ("病灶控制率是一个硬指标"), which tells the patient nothing to act on."""
    return bool(_FOR_DOCTORS.search(text))


def is_praise(text: str) -> bool:
    return bool(_PRAISE.search(text))


def starts_with_connective(text: str, lang: str) -> bool:
    return bool((_CONNECTIVE_ZH if lang == "zh" else _CONNECTIVE_EN).match(text.strip()))


def lost_qualifiers(line: str, source: str, lang: str) -> list[str]:
    """Qualifiers of `source` that scope `line` (they come before where the line starts in the source)
    and that the line lacks: "过去, 这类患者..." cut to "这类患者..." loses 过去."""
    start = source.find(line[:4]) if len(line) >= 4 else -1
    if start <= 0:
        return []
    have = set(qualifiers(line, lang))
    scope = re.split(r"[；;]", source[:start])[-1]  # a clause before a "；" is a statement of its own
    return [q for q in qualifiers(scope, lang) if q not in have]
