"""Speaker notes for the console: what to say first, then the article's source passages. No Qt.

Imported decks carry the article's words in notes written `原文: ...` / `Source: ...`; the
doctor reads what to say first and may fold the source away. A teach-back question
(`teach-back: ...`, `复述: ...`) is shown under the label the console gives it, in the doctor's
language, not as the deck's own keyword.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .deck import TEACH_BACK

# The one rule for a note that carries the article: `原文: ...`, `来源: ...`, `Source: ...`
SOURCE_NOTE = re.compile(r"^\s*(?:原文|来源|Source)\s*[:：]\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Notes:
    say: tuple[str, ...]  # paragraphs of what to say, in deck order
    source: tuple[str, ...]  # the article's passages behind the slide, in deck order

    def text(self, *, with_source: bool, ask_label: str = "teach-back: ") -> str:
        """What to say, with each teach-back question after `ask_label` (the console's word for it)."""
        parts = [TEACH_BACK.sub(lambda _m: ask_label, p, count=1) for p in self.say]
        if with_source:
            parts += self.source
        return "\n\n".join(parts)


def split_notes(notes: str) -> Notes:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", notes) if p.strip()]
    return Notes(say=tuple(p for p in paragraphs if not SOURCE_NOTE.match(p)),
                 source=tuple(p for p in paragraphs if SOURCE_NOTE.match(p)))


def source_passages(comments: tuple[str, ...]) -> list[str]:
    """The article's passages in a slide's comments, without their label (`原文: `), as written."""
    return [SOURCE_NOTE.sub("", c, count=1).strip().replace("--&gt;", "-->") for c in comments if SOURCE_NOTE.match(c)]
