"""Undo and redo over a deck's edits: a list of immutable `DeckText` states.

Owns `History`: `apply` records a new state (typing in one field makes one step: consecutive
edits with the same `key` are merged until `seal`), `undo`/`redo` move through the states, and
`modified` says whether the text differs from what was last saved. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from .deck_text import DeckText


@dataclass(frozen=True)
class Step:
    doc: DeckText
    slide: int  # the slide (from 0) to show when this step is undone or redone
    key: str = ""


class History:
    def __init__(self, doc: DeckText, limit: int = 500) -> None:
        self._steps = [Step(doc, 0)]
        self._at = 0
        self._open_key = ""
        self._limit = limit
        self._saved_text = doc.text

    @property
    def doc(self) -> DeckText:
        return self._steps[self._at].doc

    @property
    def can_undo(self) -> bool:
        return self._at > 0

    @property
    def can_redo(self) -> bool:
        return self._at < len(self._steps) - 1

    @property
    def modified(self) -> bool:
        return self.doc.text != self._saved_text

    def apply(self, doc: DeckText, slide: int, key: str = "") -> None:
        """Record `doc` as the new state. A `key` equal to the last step's merges into that step."""
        if doc == self.doc:
            return
        del self._steps[self._at + 1:]
        if key and key == self._open_key and self._at > 0:
            self._steps[self._at] = Step(doc, slide, key)
        else:
            self._steps.append(Step(doc, slide, key))
            if len(self._steps) > self._limit:
                del self._steps[0]
            self._at = len(self._steps) - 1
        self._open_key = key

    def seal(self) -> None:
        """The next edit starts a new step, even in the same field."""
        self._open_key = ""

    def undo(self) -> int:
        """Go back one step; returns the slide that step changed (to show it)."""
        slide = self._steps[self._at].slide
        if self.can_undo:
            self._at -= 1
        self._open_key = ""
        return slide

    def redo(self) -> int:
        """Go forward one step; returns the slide that step changed."""
        if self.can_redo:
            self._at += 1
        self._open_key = ""
        return self._steps[self._at].slide

    def mark_saved(self, text: str | None = None) -> None:
        self._saved_text = self.doc.text if text is None else text
