"""Percentages rewritten as natural frequencies, and the numbers patients find hard.

Owns: `find_percentages(text)`, `to_natural_frequency(text, lang)` and
`has_numbers_patients_struggle_with(text)` (`is_test_result`: a percentage read off a lab report). Pure Python (stdlib only), no Qt.

The counselling guide asks for no percentages or fractions on patient slides, but "about 3 to 4
in 10 people". The rule for the denominator (ours, chosen to be predictable for the doctor):

* every number a whole multiple of 10 (30%, 30%-40%, 50%)  -> per 10     ("3 to 4 in 10")
* otherwise whole numbers (1%-2%, 25%, 5%-10%)               -> per 100    ("1 to 2 in 100")
* one decimal place (0.5%, 1.5%-2%)                          -> per 1,000  ("5 in 1000")
* two or more decimal places (0.25%)                         -> per 10,000, rounded to 2 places

A range keeps one denominator for both ends. Frequencies a patient compares (on one slide or in one
part of a deck) are written over one denominator, the largest (`same_denominator`): "约每10人中有3到4人"
next to "约每100人中有1到2人" becomes "约每100人中有30到40人", so that one is seen to be 20-40 times rarer. Numbers above 100 are not frequencies (they are
usually relative changes such as "rose by 150%"): they are left alone for a person to reword.
A leading 约/大约/大概/about/approximately/around/roughly is absorbed, because the rewrite
already says 约/about; when the words before say it already ("约为", "将近", "nearly"), the rewrite
does not say it again (never "约约" or "about about"). "30%的患者" becomes "约每10名患者中有3名", "30% of patients" becomes
"about 3 in 10 patients".

This module rewrites every percentage up to 100 ("battery at 20%" would read "about 2 in 10
people"); percentages.py decides which ones are shares of people, and the importer rewrites only those.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .lang import is_zh

__all__ = ["find_percentages", "to_natural_frequency", "has_numbers_patients_struggle_with",
           "natural_frequency", "same_denominator"]

_DIGIT = "0-9０-９"
_NUM = rf"[{_DIGIT}]+(?:[.．][{_DIGIT}]+)?"
_PCT = r"[%％]"
_SEP = r"(?:\s*(?:-|–|—|~|～|〜|至|到)\s*|\s+to\s+)"
_APPROX = r"(?:大约|大概|约|(?:about|approximately|around|roughly)\s+)"
_ZH_NOUN = r"(?P<zhtail>的(?P<zhnoun>患者|病人|人))"
_EN_NOUN = r"(?P<entail>\s+of\s+(?P<ennoun>patients|people|adults|children|women|men)\b)"

PERCENT_RE = re.compile(
    rf"(?P<approx>{_APPROX})?"
    rf"(?<![{_DIGIT}.．])(?P<a>{_NUM})(?:\s*{_PCT})?(?:{_SEP}(?P<b>{_NUM}))?\s*{_PCT}"
    rf"(?:{_ZH_NOUN}|{_EN_NOUN})?",
    re.IGNORECASE,
)

_ZH_NUM = "零〇一二两三四五六七八九十百千万"
STRUGGLE_RE = re.compile(
    "|".join([
        rf"[{_DIGIT}]+(?:[.．][{_DIGIT}]+)?\s*[%％‰]",                      # 30%, 0.5%, 3‰
        rf"百分之[{_ZH_NUM}{_DIGIT}点.]+|千分之[{_ZH_NUM}{_DIGIT}点.]+",     # 百分之三十
        rf"[{_ZH_NUM}{_DIGIT}]+分之[{_ZH_NUM}{_DIGIT}]+",                   # 三分之一
        rf"(?<![{_DIGIT}/])[{_DIGIT}]{{1,3}}\s*/\s*[{_DIGIT}]{{1,3}}(?![{_DIGIT}/])",  # 1/3
        rf"(?<![{_DIGIT}.．])[{_DIGIT}]+[.．][{_DIGIT}]+(?![{_DIGIT}]|[.．][{_DIGIT}])",  # 3.5
        r"\bper\s*cent\b|\bpercent(?:age)?\b",
    ]),
    re.IGNORECASE,
)


def find_percentages(text: str) -> list[re.Match[str]]:
    """Every percentage or percentage range in `text`, as regex matches, left to right.

    Groups: `a` (first number), `b` (second number of a range or None), `approx` (a leading
    约/about, absorbed), `zhnoun` / `ennoun` (a following 的患者 / "of patients", absorbed).
    """
    return list(PERCENT_RE.finditer(text))


def _number(s: str) -> Decimal:
    return Decimal(unicodedata.normalize("NFKC", s))


def natural_frequency(a: str, b: str | None, lang: str, noun: str | None = None, *,
                      approx: bool = True) -> str | None:
    """The natural frequency for a% (or a%-b%), or None when it is not a frequency (> 100).

    `approx=False` leaves out the leading 约/about (the text before it already says so)."""
    try:
        nums = [_number(a)] + ([_number(b)] if b is not None else [])
    except InvalidOperation:
        return None
    if any(n > 100 or n < 0 for n in nums):
        return None
    places = max(max(-int(n.normalize().as_tuple().exponent), 0) for n in nums)
    if places == 0 and all(n % 10 == 0 for n in nums):
        denom, scaled = 10, [n / 10 for n in nums]
    else:
        places = min(places, 2)
        factor = Decimal(10) ** places
        denom = 100 * int(factor)
        scaled = [(n * factor).quantize(Decimal(1), rounding=ROUND_HALF_UP) for n in nums]
    counts = [str(int(x)) for x in scaled]
    if len(counts) == 2 and counts[0] == counts[1]:
        counts = counts[:1]
    if is_zh(lang):
        span = "到".join(counts)
        about = "约" if approx else ""
        if noun in ("患者", "病人"):
            return f"{about}每{denom}名{noun}中有{span}名"
        return f"{about}每{denom}人中有{span}人"
    span = " to ".join(counts)
    about = "about " if approx else ""
    return f"{about}{span} in {denom} {noun.lower() if noun else 'people'}"


# The text before a percentage already says it is approximate: "约为", "将近", "about, ", "nearly".
_APPROX_BEFORE_ZH = re.compile(r"(?:约|近|大概|接近)[为有是占达在]?\s*$")
_APPROX_BEFORE_EN = re.compile(r"\b(?:about|around|approximately|roughly|nearly|almost|some|up to)\W*$", re.IGNORECASE)


def approximate_before(text: str, lang: str) -> bool:
    """Whether `text` (what comes before a number) ends with an approximation of its own."""
    return bool((_APPROX_BEFORE_ZH if is_zh(lang) else _APPROX_BEFORE_EN).search(text))


def to_natural_frequency(text: str, lang: str) -> str:
    """`text` with each percentage (or range) rewritten as a natural frequency in `lang`.

    Numbers above 100% are left as they are (see the module notes).
    """
    zh = is_zh(lang)

    def repl(m: re.Match[str]) -> str:
        own, other = ("zh", "en") if zh else ("en", "zh")
        noun: str | None = m.group(f"{own}noun")
        approx = not approximate_before(text[:m.start()], lang)
        out = natural_frequency(m.group("a"), m.group("b"), lang, noun, approx=approx)
        if out is None:
            return str(m.group(0))
        if m.group(0)[:1].isupper():
            out = out[:1].upper() + out[1:]  # "About 30%" opens a sentence: so does "About 3 in 10"
        return out + (m.group(f"{other}tail") or "")  # the other language's noun stays as written

    return PERCENT_RE.sub(repl, text)


# Everything up to the last clause mark: what is left is the clause a number is in
_UP_TO_CLAUSE = re.compile(r".*[，,；;。！？!?：:（(]", re.S)
# A test result read in percent ("糖化血红蛋白下降1%到1.5%", "HbA1c of 7%"): its number is the one on the report
_TEST_RESULT = re.compile(r"糖化血红蛋白|血氧饱和度|血氧|射血分数|\bHbA1c\b|\bA1c\b|\bSpO2\b|ejection fraction"
                          r"|oxygen saturation", re.IGNORECASE)


def clause_before(text: str, start: int, span: int = 60) -> str:
    """The words of the clause that `text[start:]` is in, before `start` (at most `span` characters)."""
    return _UP_TO_CLAUSE.sub("", text[max(0, start - span):start])


def is_test_result(text: str, start: int) -> bool:
    """Whether the percentage at `start` is a test result: the test is named earlier in its clause."""
    return bool(_TEST_RESULT.search(clause_before(text, start)))


def has_numbers_patients_struggle_with(text: str) -> list[str]:
    """Percentages, fractions (1/3, 三分之一) and decimals (3.5) in `text`, in order, as found. A test
    result in percent is not one of them: the patient reads that number on the report ("糖化血红蛋白7%")."""
    return [m.group(0).strip() for m in STRUGGLE_RE.finditer(text)
            if not (m.group(0).rstrip().endswith(("%", "％")) and is_test_result(text, m.start()))]


# A natural frequency of people as the importer writes it (and as articles often do).
_FREQ_ZH = re.compile(r"每(?P<per>10|100|1000|10000)(?P<who>人|名患者|名病人)中有(?P<a>\d+)(?:到(?P<b>\d+))?(?P<unit>人|名)")
_FREQ_EN = re.compile(r"\b(?P<a>\d+)(?: to (?P<b>\d+))? in (?P<per>10|100|1000|10000)"
                      r"(?= (?:[a-z-]+ ){0,2}(?:people|patients|adults|children|women|men|persons)\b)")


def same_denominator(lines: list[str], lang: str) -> list[str]:
    """`lines` with every natural frequency of people over the largest denominator among them.

    Only when the lines hold frequencies over different denominators, each a divisor of the largest
    ("3 to 4 in 10" and "1 to 2 in 100" -> "30 to 40 in 100"); other numbers are never touched."""
    pattern = _FREQ_ZH if is_zh(lang) else _FREQ_EN
    pers = {int(m.group("per")) for line in lines for m in pattern.finditer(line)}
    if len(pers) < 2:
        return list(lines)
    top = max(pers)

    def scale(m: re.Match[str]) -> str:
        k = top // int(m.group("per"))
        if top % int(m.group("per")):
            return m.group(0)
        a = str(int(m.group("a")) * k)
        b = str(int(m.group("b")) * k) if m.group("b") else None
        if is_zh(lang):
            span = a + (f"到{b}" if b else "")
            return f"每{top}{m.group('who')}中有{span}{m.group('unit')}"
        return a + (f" to {b}" if b else "") + f" in {top}"

    return [pattern.sub(scale, line) for line in lines]
