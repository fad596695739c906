"""The doctor's language for messages outside the GUI (command line). No Qt."""

from __future__ import annotations

import locale
import os


def system_lang() -> str:
    """'zh' or 'en', from COUNSEL_LANG, then the usual locale variables."""
    for var in ("COUNSEL_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "zh" if loc.lower().startswith("zh") or loc.lower().startswith("chinese") else "en"


def tr(en: str, zh: str, lang: str | None = None) -> str:
    return zh if (lang or system_lang()) == "zh" else en
