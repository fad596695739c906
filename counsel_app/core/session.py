"""What is on screen: a pure `Session` that turns commands into immutable `Frame`s.

One source of truth for both windows: the patient view and the presenter console render
frames and keep no slide index of their own. No Qt.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from typing import Callable

from .deck import Deck, Slide


class Command(enum.Enum):
    """Everything a key, a clicker or a menu can ask for."""

    NEXT = "next"
    PREV = "prev"
    FIRST = "first"
    LAST = "last"
    ENTER = "enter"  # next slide, or go to the typed slide number
    BLACK = "black"
    WHITE = "white"
    ESCAPE = "escape"
    START_FIRST = "start_first"
    START_CURRENT = "start_current"
    CONFIRM_PREVIEW = "confirm_preview"
    DIGIT_0 = "digit_0"
    DIGIT_1 = "digit_1"
    DIGIT_2 = "digit_2"
    DIGIT_3 = "digit_3"
    DIGIT_4 = "digit_4"
    DIGIT_5 = "digit_5"
    DIGIT_6 = "digit_6"
    DIGIT_7 = "digit_7"
    DIGIT_8 = "digit_8"
    DIGIT_9 = "digit_9"
    # handled by the shell, not the session
    SWAP_SCREENS = "swap_screens"
    HELP = "help"
    QUIT = "quit"
    NOTES_BIGGER = "notes_bigger"
    NOTES_SMALLER = "notes_smaller"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"
    ZOOM_RESET = "zoom_reset"
    TIMER_PAUSE = "timer_pause"
    TIMER_RESET = "timer_reset"
    OPEN = "open"
    PAIN_SCALE = "pain_scale"
    END_COUNSELLING = "end_counselling"

    @property
    def digit(self) -> int | None:
        return int(self.value[-1]) if self.value.startswith("digit_") else None


NAVIGATION = frozenset({Command.NEXT, Command.PREV, Command.FIRST, Command.LAST, Command.ENTER})


class Blank(enum.Enum):
    NONE = "none"
    BLACK = "black"
    WHITE = "white"


@dataclass(frozen=True)
class Frame:
    """What both windows show. `index` and `preview` count from 0; `page` is the view of a long slide."""

    deck: Deck
    index: int
    page: int = 0
    pages: int = 1
    blank: Blank = Blank.NONE
    preview: int | None = None  # a slide the doctor looks at privately (outline), not yet shown
    typed: str = ""  # digits typed so far for "go to slide"
    pain_scale: bool = False  # the 0-10 scale shown to the patient instead of the slide

    @property
    def slide(self) -> Slide:
        return self.deck.slides[self.index]

    @property
    def next_slide(self) -> Slide | None:
        i = self.index + 1
        return self.deck.slides[i] if i < len(self.deck.slides) else None

    @property
    def position(self) -> str:
        return f"{self.index + 1} / {len(self.deck.slides)}"

    @property
    def continued(self) -> bool:
        return self.page > 0


PageCount = Callable[[int], int]


class Session:
    """Turns commands into frames. `page_count(i)` says into how many views slide i continues."""

    def __init__(self, deck: Deck, page_count: PageCount | None = None) -> None:
        self._page_count = page_count or (lambda _i: 1)
        self.frame = Frame(deck=deck, index=0, pages=self._pages(deck, 0))

    def _pages(self, deck: Deck, index: int) -> int:
        return max(1, int(self._page_count(index))) if deck.slides else 1

    def _at(self, index: int, page: int = 0, **changes) -> Frame:
        deck = self.frame.deck
        index = max(0, min(index, len(deck.slides) - 1))
        pages = self._pages(deck, index)
        page = max(0, min(page, pages - 1))
        return replace(self.frame, index=index, page=page, pages=pages, typed="", **changes)

    def run(self, command: Command) -> Frame:
        """Apply a command; return the new frame (the same object when nothing changed)."""
        f = self.frame
        new = self._apply(f, command)
        if new != f:
            self.frame = new
        return self.frame

    def _apply(self, f: Frame, command: Command) -> Frame:
        last = len(f.deck.slides) - 1
        if command.digit is not None:
            return replace(f, typed=(f.typed + str(command.digit))[-4:])
        if command is Command.ESCAPE:
            return replace(f, blank=Blank.NONE, preview=None, typed="", pain_scale=False)
        if command is Command.BLACK:
            return replace(f, blank=Blank.NONE if f.blank is Blank.BLACK else Blank.BLACK, typed="")
        if command is Command.WHITE:
            return replace(f, blank=Blank.NONE if f.blank is Blank.WHITE else Blank.WHITE, typed="")
        if command is Command.PAIN_SCALE:
            return replace(f, pain_scale=not f.pain_scale, typed="")
        if command is Command.START_FIRST:
            return self._at(0, blank=Blank.NONE, preview=None, pain_scale=False)
        if command is Command.START_CURRENT:
            return self._at(f.index, f.page, blank=Blank.NONE, preview=None, pain_scale=False)
        if command is Command.CONFIRM_PREVIEW:
            if f.preview is None:
                return f
            return self._at(f.preview, blank=Blank.NONE, preview=None, pain_scale=False)
        if command not in NAVIGATION:
            return f
        # Navigation from a blank screen or a private preview first returns to the slide shown.
        moved = dict(blank=Blank.NONE, preview=None, pain_scale=False)
        if command is Command.ENTER and f.preview is not None and not f.typed:
            return self._at(f.preview, **moved)  # Enter shows the previewed slide to the patient
        if command is Command.ENTER and f.typed:
            return self._at(int(f.typed) - 1, **moved)
        if command in (Command.NEXT, Command.ENTER):
            if f.page + 1 < f.pages:
                return self._at(f.index, f.page + 1, **moved)
            return self._at(min(f.index + 1, last), **moved) if f.index < last else replace(f, typed="", **moved)
        if command is Command.PREV:
            if f.page > 0:
                return self._at(f.index, f.page - 1, **moved)
            if f.index == 0:
                return replace(f, typed="", **moved)
            prev = f.index - 1
            return self._at(prev, self._pages(f.deck, prev) - 1, **moved)
        if command is Command.FIRST:
            return self._at(0, **moved)
        return self._at(last, **moved)

    def preview(self, index: int | None) -> Frame:
        """Show slide `index` to the doctor only (outline); the patient keeps the current slide."""
        f = self.frame
        if index is not None:
            index = max(0, min(index, len(f.deck.slides) - 1))
        self.frame = replace(f, preview=None if index == f.index else index)
        return self.frame

    def load(self, deck: Deck) -> Frame:
        """A new or reloaded deck: keep the position where the slide still exists."""
        f = self.frame
        self.frame = Frame(deck=deck, index=0, blank=f.blank)
        self.frame = self._at(min(f.index, max(0, len(deck.slides) - 1)), f.page, blank=f.blank)
        return self.frame

    def refresh_pages(self) -> Frame:
        """Re-ask how many views each slide needs (the patient screen or zoom changed)."""
        f = self.frame
        self.frame = self._at(f.index, f.page, blank=f.blank, preview=f.preview, pain_scale=f.pain_scale)
        return self.frame
