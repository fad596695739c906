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
    NEXT_PATIENT = "next_patient"
    EDIT = "edit"

    @property
    def digit(self) -> int | None:
        return int(self.value[-1]) if self.value.startswith("digit_") else None


NAVIGATION = frozenset({Command.NEXT, Command.PREV, Command.FIRST, Command.LAST, Command.ENTER})


class PatientMode(enum.Enum):
    """What the patient screen shows: the slide, or instead of it a black or white screen or the pain scale.

    The one rule for "what the patient sees" (the windows, the console's state line and the
    record's time all ask the mode; later modes such as a zoomed picture join here).
    """

    SLIDE = "slide"
    BLACK = "black"
    WHITE = "white"
    PAIN_SCALE = "pain_scale"

    @property
    def shows_slide(self) -> bool:
        """The patient sees the current slide (time on it counts for that slide in the record)."""
        return self is PatientMode.SLIDE

    @property
    def fill(self) -> str | None:
        """The colour the whole patient screen is filled with, if any."""
        return self.value if self in (PatientMode.BLACK, PatientMode.WHITE) else None

    def toggled(self, mode: PatientMode) -> PatientMode:
        """Pressing the key of `mode` again goes back to the slide."""
        return PatientMode.SLIDE if self is mode else mode


_TOGGLES = {Command.BLACK: PatientMode.BLACK, Command.WHITE: PatientMode.WHITE,
            Command.PAIN_SCALE: PatientMode.PAIN_SCALE}


@dataclass(frozen=True)
class Frame:
    """What both windows show. `index` and `preview` count from 0; `page` is the view of a long slide."""

    deck: Deck
    index: int
    page: int = 0
    pages: int = 1
    mode: PatientMode = PatientMode.SLIDE
    preview: int | None = None  # a slide the doctor looks at privately (outline), not yet shown
    typed: str = ""  # digits typed so far: "go to slide", or the patient's answer on the pain scale

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

    @property
    def pain_answer(self) -> int | None:
        """The score typed while the pain scale is shown (0-10), if any."""
        if self.mode is not PatientMode.PAIN_SCALE or not self.typed:
            return None
        score = int(self.typed)
        return score if 0 <= score <= 10 else None

    @property
    def looking(self) -> int:
        """The slide on the doctor's console: the private preview, else the slide shown."""
        return self.preview if self.preview is not None else self.index


PageCount = Callable[[int], int]


class Session:
    """Turns commands into frames. `page_count(i)` says into how many views slide i continues."""

    def __init__(self, deck: Deck, page_count: PageCount | None = None) -> None:
        self._page_count = page_count or (lambda _i: 1)
        self.frame = Frame(deck=deck, index=0, pages=self._pages(deck, 0))

    def _pages(self, deck: Deck, index: int) -> int:
        return max(1, int(self._page_count(index))) if deck.slides else 1

    def _at(self, index: int, page: int = 0, *, mode: PatientMode = PatientMode.SLIDE,
            preview: int | None = None) -> Frame:
        """Slide `index` (view `page`) on the patient screen; by default shown, nothing previewed or typed."""
        deck = self.frame.deck
        index = max(0, min(index, len(deck.slides) - 1))
        pages = self._pages(deck, index)
        page = max(0, min(page, pages - 1))
        return replace(self.frame, index=index, page=page, pages=pages, typed="", mode=mode, preview=preview)

    def run(self, command: Command) -> Frame:
        """Apply a command; return the new frame (the same object when nothing changed)."""
        f = self.frame
        new = self._apply(f, command)
        if new != f:
            self.frame = new
        return self.frame

    def _apply(self, f: Frame, command: Command) -> Frame:
        last = len(f.deck.slides) - 1
        slide = PatientMode.SLIDE
        if command.digit is not None:
            return replace(f, typed=(f.typed + str(command.digit))[-4:])
        if command is Command.ESCAPE:
            return replace(f, mode=slide, preview=None, typed="")
        if command in _TOGGLES:
            return replace(f, mode=f.mode.toggled(_TOGGLES[command]), typed="")
        if command is Command.START_FIRST:
            return self._at(0)
        if command is Command.START_CURRENT:
            return self._at(f.index, f.page)
        if command is Command.CONFIRM_PREVIEW:
            return f if f.preview is None else self._at(f.preview)
        if command not in NAVIGATION:
            return f
        # Navigation from a blank screen or a private preview first returns to the slide shown.
        if command is Command.ENTER and f.preview is not None and not f.typed:
            return self._at(f.preview)  # Enter shows the previewed slide to the patient
        if command is Command.ENTER and f.mode is PatientMode.PAIN_SCALE:
            # the patient's answer (typed) is taken by the caller from `pain_answer` before this;
            # a number off the scale leaves the scale up for another try
            if f.typed and f.pain_answer is None:
                return replace(f, typed="")
            return replace(f, mode=slide, typed="")
        if command is Command.ENTER and f.typed:
            return self._at(int(f.typed) - 1)
        if command in (Command.NEXT, Command.ENTER):
            if f.page + 1 < f.pages:
                return self._at(f.index, f.page + 1)
            return self._at(min(f.index + 1, last)) if f.index < last else replace(f, typed="", mode=slide, preview=None)
        if command is Command.PREV:
            if f.page > 0:
                return self._at(f.index, f.page - 1)
            if f.index == 0:
                return replace(f, typed="", mode=slide, preview=None)
            prev = f.index - 1
            return self._at(prev, self._pages(f.deck, prev) - 1)
        if command is Command.FIRST:
            return self._at(0)
        return self._at(last)

    def preview(self, index: int | None) -> Frame:
        """Show slide `index` to the doctor only (outline); the patient keeps the current slide."""
        f = self.frame
        if index is not None:
            index = max(0, min(index, len(f.deck.slides) - 1))
        self.frame = replace(f, preview=None if index == f.index else index)
        return self.frame

    def load(self, deck: Deck) -> Frame:
        """The same deck changed on disk: keep the position (and what the patient sees) where the slide still exists."""
        f = self.frame
        self.frame = Frame(deck=deck, index=0, mode=f.mode)
        self.frame = self._at(min(f.index, max(0, len(deck.slides) - 1)), f.page, mode=f.mode)
        return self.frame

    def start(self, deck: Deck, *, private: bool = False) -> Frame:
        """A new deck or a new visit: the first slide, shown to the patient, nothing typed or previewed.

        `private` (an unreviewed draft): the patient screen is black and the doctor previews slide 1.
        """
        self.frame = Frame(deck=deck, index=0)
        self.frame = self._at(0)
        if private:
            self.frame = replace(self.frame, mode=PatientMode.BLACK, preview=0)
        return self.frame

    def refresh_pages(self) -> Frame:
        """Re-ask how many views each slide needs (the patient screen or zoom changed)."""
        f = self.frame
        self.frame = self._at(f.index, f.page, mode=f.mode, preview=f.preview)
        return self.frame
