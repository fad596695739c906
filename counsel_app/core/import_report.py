"""The import report: what the importer found in an article and where it put it, as frozen data.

Owns `ImportReport` (with `to_dict()` / `to_json()` for `counsel-app import --json`) and its
parts: `HeadingPlace`, `PartReport`, `BulletReport`. Pure Python (stdlib only), no Qt.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class HeadingPlace:
    """A heading of the article and the counselling part (1-4) it went to."""

    heading: str
    part: int
    part_title: str


@dataclass(frozen=True)
class PartReport:
    """One of the four parts: `shown_as` is its number in the deck (None when it has no content)."""

    part: int
    title: str
    sections: int
    slides: int
    shown_as: int | None = None
    slide_titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class BulletReport:
    """A bullet on a patient slide, the source sentence it was cut from, and what the doctor should check.

    `slide` counts from 1 as `check` does. Flags: "frequency" (a share of people rewritten as a natural
    frequency), "relative-change" / "measure" (a percentage kept as written), "cut" (a clause of a longer
    sentence), "long" (no clause stands alone: the whole sentence), "warning" (what to watch for or do).
    """

    slide: int
    text: str
    source: str
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportReport:
    title: str
    title_from: str  # "first line" | "first sentence" | "none"
    lang: str  # "zh" | "en"
    markdown_input: bool
    lead_paragraphs: int
    headings: tuple[HeadingPlace, ...]
    sections: int
    parts: tuple[PartReport, ...]
    slides: int
    bullets: tuple[BulletReport, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain dicts and lists, as `json` writes them."""
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1)
