"""The controller: owns the `Session`, runs commands, emits one signal when the frame changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..core.deck import Deck
from ..core.session import Command, Frame, PageCount, Session


class Controller(QObject):
    """Signals: frame_changed(Frame) - only when something on screen changed."""

    frame_changed = Signal(object)

    def __init__(self, deck: Deck, page_count: PageCount | None = None) -> None:
        super().__init__()
        self.session = Session(deck, page_count)

    @property
    def frame(self) -> Frame:
        return self.session.frame

    def _emit_if_changed(self, before: Frame) -> Frame:
        after = self.session.frame
        if after != before:
            self.frame_changed.emit(after)
        return after

    def run(self, command: Command) -> Frame:
        before = self.session.frame
        self.session.run(command)
        return self._emit_if_changed(before)

    def preview(self, index: int) -> Frame:
        before = self.session.frame
        self.session.preview(None if index < 0 else index)
        return self._emit_if_changed(before)

    def set_skipped(self, skipped: frozenset[int]) -> Frame:
        """Slides left out for this patient (the outline's ticks)."""
        before = self.session.frame
        self.session.set_skipped(skipped)
        return self._emit_if_changed(before)

    def load(self, deck: Deck) -> Frame:
        before = self.session.frame
        self.session.load(deck)
        return self._emit_if_changed(before)

    def start(self, deck: Deck, *, private: bool = False) -> Frame:
        """A new deck or visit on its first slide; `private`: the patient screen stays black and the
        console previews the first slide until the doctor shows it (Enter, F5)."""
        before = self.session.frame
        self.session.start(deck, private=private)
        return self._emit_if_changed(before)

    def refresh_pages(self) -> Frame:
        """The patient screen, zoom or theme changed: re-count views and repaint both windows."""
        self.session.refresh_pages()
        self.frame_changed.emit(self.session.frame)
        return self.session.frame
