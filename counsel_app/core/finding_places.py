"""Which field of a slide a `check` finding is about: the title, one point, the picture.

Owns `FieldPlace` and `finding_place(finding, fields)`. Rules about words are run again on the
title and on each point alone: the first that gives the same rule is the place. Picture rules point
at the picture (or its caption), source rules at the point they quote; warning signs found only in
the article's notes at the points (that is where they belong).
Used by the editor to move the cursor where the doctor can fix what was found. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lint import MAX_BULLETS_OK, Finding, _content, _emphasis, _long_sentences, _numbers
from .slide_fields import SlideFields

_WORD_RULES = {"long-sentence": _long_sentences, "numbers": _numbers, "italic": _emphasis, "underline": _emphasis,
               "all-caps": _emphasis, "strikethrough": _emphasis}
_QUOTING_RULES = ("praise", "qualifier-lost", "bare-label", "relative-change")


@dataclass(frozen=True)
class FieldPlace:
    field: str  # "title", "bullets", "notes", "picture", "caption"
    line: int = -1  # for "bullets": which point (from 0); -1: the field as a whole


def _gives(rule: str, text: str) -> bool:
    check = _WORD_RULES[rule]
    return any(f.rule == rule for f in check(0, _content(text)))


def _quoted(finding: Finding, bullets: tuple[str, ...]) -> int:
    """The point a source finding quotes (its first words, or its percentage), -1 if none."""
    for i, bullet in enumerate(bullets):
        for n in (20, 12):
            if f'"{bullet[:n]}"' in finding.message_en or f"“{bullet[:n]}”" in finding.message_zh:
                return i
    pct = finding.message_en.split(" is a relative change")[0]
    return next((i for i, b in enumerate(bullets) if finding.rule == "relative-change" and pct in b), -1)


def finding_place(finding: Finding, fields: SlideFields) -> FieldPlace:
    """Where on the slide `finding` points (the points, as a whole, when nothing better is known)."""
    rule = finding.rule
    if rule.startswith("image-") or rule in ("svg-external", "text-over-picture"):
        return FieldPlace("caption" if rule == "image-caption" and fields.picture else "picture")
    if rule == "warning-in-notes":  # in the article's words (not in the notes field): the points are where it goes
        return FieldPlace("bullets")
    if rule == "bullets":
        return FieldPlace("bullets", MAX_BULLETS_OK if len(fields.bullets) > MAX_BULLETS_OK else -1)
    if rule in _WORD_RULES:
        if fields.title and _gives(rule, "# " + fields.title):
            return FieldPlace("title")
        line = next((i for i, b in enumerate(fields.bullets) if _gives(rule, b)), -1)
        if line >= 0 or fields.bullets or not fields.title:
            return FieldPlace("bullets", line)
        return FieldPlace("title")
    if rule in _QUOTING_RULES:
        return FieldPlace("bullets", _quoted(finding, fields.bullets))
    return FieldPlace("bullets" if fields.bullets else "title")
