"""Which language: of a text, a deck, the user; and the text to show for it. No Qt.

The one place for the rules: a language tag is Chinese when it starts with "zh" (zh, zh-CN,
zh_TW, ...); a text is Chinese when at least a fifth of its letters are CJK ideographs; the user's
language comes from COUNSEL_LANG, then the usual locale variables. counsel speaks two languages,
so every answer is "zh" or "en" (`base`), except `detect`, which gives the tag a deck carries.
"""

from __future__ import annotations

import locale
import os
from typing import Literal

Base = Literal["zh", "en"]

_CHINESE_SHARE = 0.2  # at least this share of the letters are ideographs: the text is Chinese
_LOCALE_VARS = ("COUNSEL_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


def is_zh(lang: str | None) -> bool:
    """True for any Chinese tag: zh, zh-CN, zh_TW, ZH-Hans, and the locale name Chinese_China."""
    tag = (lang or "").strip().lower()
    return tag.startswith("zh") or tag.startswith("chinese")


def base(lang: str | None) -> Base:
    """The language counsel speaks for this tag: "zh" or "en" (anything not Chinese is English)."""
    return "zh" if is_zh(lang) else "en"


def is_chinese_text(text: str) -> bool:
    # CJK Unified Ideographs with extension A and the compatibility block: what a Chinese text is made
    # of; compared as ranges (twice as fast as a regex, whose character class this wide takes 6-8 ms
    # to compile at every start)
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    cjk = sum(1 for ch in letters if "\u3400" <= ch <= "\u4dbf" or "\u4e00" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff")
    return cjk / len(letters) >= _CHINESE_SHARE


def detect(text: str) -> str:
    """The language tag for a text with none given: "zh-CN" (Simplified Chinese) or "en"."""
    return "zh-CN" if is_chinese_text(text) else "en"


def text_base(lang: str | None, text: str) -> Base:
    """The given tag's language, or the text's own when no tag is given."""
    return base(lang) if lang else base(detect(text))


def system_lang(environ: dict[str, str] | None = None) -> Base:
    """The user's language, from COUNSEL_LANG, then LC_ALL, LC_MESSAGES, LANG, LANGUAGE, then the locale."""
    env = os.environ if environ is None else environ
    for var in _LOCALE_VARS:
        value = env.get(var, "")
        if value:
            return base(value)
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return base(loc)


def pick(lang: str | None, *, zh: str, en: str) -> str:
    """The text for this language; keywords, so the two can never be swapped by their order."""
    return zh if is_zh(lang) else en


def tr(en: str, zh: str, lang: str | None = None) -> str:
    """A command-line message in the user's language (or `lang`)."""
    return pick(lang or system_lang(), zh=zh, en=en)
