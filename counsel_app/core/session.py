"""What is on screen: a pure `Session` that turns commands into immutable `Frame`s.

One source of truth for both windows: the patient view and the presenter console render
frames and keep no slide index of their own. No Qt.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from typing import Callable

from .deck import Deck, Slide
from .skips import first_shown, last_shown, next_shown, prev_shown


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
    POINTER = "pointer"  # the mouse over the console's slide shows a dot to the patient
    PEN = "pen"  # drawing on the console's slide draws on the patient's
    UNDO_STROKE = "undo_stroke"
    ERASE_INK = "erase_ink"
    OVERVIEW = "overview"  # all slides as a grid, on the console only
    ZOOM_PICTURE = "zoom_picture"  # the slide's picture alone, as large as the patient screen allows
    EDIT = "edit"

    @property
    def digit(self) -> int | None:
        return int(self.value[-1]) if self.value.startswith("digit_") else None


NAVIGATION = frozenset({Command.NEXT, Command.PREV, Command.FIRST, Command.LAST, Command.ENTER})


class PatientMode(enum.Enum):
    """What the patient screen shows: the slide, or instead of it a black or white screen, the pain
    scale, or the slide's picture alone and enlarged.

    The one rule for "what the patient sees" (the windows, the console's state line, the doctor's
    marks and the record's time all ask the mode).
    """

    SLIDE = "slide"
    BLACK = "black"
    WHITE = "white"
    PAIN_SCALE = "pain_scale"
    ZOOM = "zoom"

    @property
    def shows_slide(self) -> bool:
        """The patient sees the current slide as laid out (the pointer and ink belong over it)."""
        return self is PatientMode.SLIDE

    @property
    def counts_for_slide(self) -> bool:
        """Time in this mode counts for the current slide in the record (its picture enlarged is the slide)."""
        return self in (PatientMode.SLIDE, PatientMode.ZOOM)

    @property
    def fill(self) -> str | None:
        """The colour the whole patient screen is filled with, if any."""
        return self.value if self in (PatientMode.BLACK, PatientMode.WHITE) else None

    def toggled(self, mode: PatientMode) -> PatientMode:
        """Pressing the key of `mode` again goes back to the slide."""
        return PatientMode.SLIDE if self is mode else mode


class Tool(enum.Enum):
    """What the mouse over the console's slide does: nothing, the pointer dot, or the pen.

    The patient sees the dot and the ink only over the slide (never over black, white, the pain
    scale, or while the doctor previews another slide)."""

    NONE = "none"
    POINTER = "pointer"
    PEN = "pen"


_TOOLS = {Command.POINTER: Tool.POINTER, Command.PEN: Tool.PEN}

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
    tool: Tool = Tool.NONE
    skipped: frozenset[int] = frozenset()  # slides left out for this patient (0-based); page turns pass them

    @property
    def slide(self) -> Slide:
        return self.deck.slides[self.index]

    @property
    def next_slide(self) -> Slide | None:
        """The slide the next page turn shows (slides left out for this patient are passed over)."""
        i = next_shown(self.index, len(self.deck.slides), self.skipped)
        return self.deck.slides[i] if i is not None else None

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
    def marks_shown(self) -> bool:
        """The pointer dot and the ink are on the patient's screen (and drawn on the console's slide)."""
        return self.mode.shows_slide and self.preview is None

    @property
    def ink_key(self) -> tuple[int, int]:
        """The slide view ink belongs to: (slide index, view)."""
        return (self.index, self.page)

    @property
    def enter_goes_to(self) -> int | None:
        """The slide Enter would show the patient, when it is not the next one: the typed number, or
        the slide previewed privately (so it can be drawn ahead while the doctor types or looks)."""
        if self.preview is not None and not self.typed:
            return self.preview  # (over the pain scale too)
        if self.mode is PatientMode.PAIN_SCALE or not self.typed:
            return None  # digits on the pain scale are the patient's answer
        return max(0, min(int(self.typed) - 1, len(self.deck.slides) - 1))

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
        slide = PatientMode.SLIDE
        if command.digit is not None:
            return replace(f, typed=(f.typed + str(command.digit))[-4:])
        if command is Command.ESCAPE:
            return replace(f, mode=slide, preview=None, typed="", tool=Tool.NONE)
        if command in _TOOLS:
            tool = _TOOLS[command]
            return replace(f, tool=Tool.NONE if f.tool is tool else tool)
        if command in _TOGGLES:
            return replace(f, mode=f.mode.toggled(_TOGGLES[command]), typed="")
        if command is Command.ZOOM_PICTURE:  # only a slide with a picture has one to enlarge
            wanted = f.mode is PatientMode.ZOOM or (bool(f.slide.images) and f.preview is None)
            return replace(f, mode=f.mode.toggled(PatientMode.ZOOM), typed="") if wanted else f
        count = len(f.deck.slides)
        if command is Command.START_FIRST:
            return self._at(first_shown(count, f.skipped))
        if command is Command.START_CURRENT:
            return self._at(f.index, f.page)
        if command is Command.CONFIRM_PREVIEW:
            return f if f.preview is None else self._at(f.preview)
        if command not in NAVIGATION:
            return f
        if f.preview is not None and f.mode.fill is not None and command in (Command.NEXT, Command.PREV):
            # The doctor reviews privately while the patient screen is blank (an imported draft):
            # page turns move the preview, nothing reaches the patient until Enter.
            step = next_shown(f.preview, count, f.skipped) if command is Command.NEXT else prev_shown(f.preview, f.skipped)
            return f if step is None else replace(f, preview=step, typed="")
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
            after = next_shown(f.index, count, f.skipped)
            return self._at(after) if after is not None else replace(f, typed="", mode=slide, preview=None)
        if command is Command.PREV:
            if f.page > 0:
                return self._at(f.index, f.page - 1)
            before = prev_shown(f.index, f.skipped)
            if before is None:
                return replace(f, typed="", mode=slide, preview=None)
            return self._at(before, self._pages(f.deck, before) - 1)
        if command is Command.FIRST:
            return self._at(first_shown(count, f.skipped))
        return self._at(last_shown(count, f.skipped))

    def preview(self, index: int | None) -> Frame:
        """Show slide `index` to the doctor only (outline); the patient keeps the current slide."""
        f = self.frame
        if index is not None:
            index = max(0, min(index, len(f.deck.slides) - 1))
        self.frame = replace(f, preview=None if index == f.index else index)
        return self.frame

    def set_skipped(self, skipped: frozenset[int]) -> Frame:
        """Leave these slides (0-based) out of page turns for this visit; the slide shown stays."""
        f = self.frame
        self.frame = replace(f, skipped=frozenset(i for i in skipped if 0 <= i < len(f.deck.slides)))
        return self.frame

    def load(self, deck: Deck) -> Frame:
        """The same deck changed on disk: keep the position (and what the patient sees) where the slide still exists.

        A private preview stays too (an imported draft saved again while the patient screen is black:
        the doctor goes on reviewing it)."""
        f = self.frame
        last = max(0, len(deck.slides) - 1)
        self.frame = Frame(deck=deck, index=0, mode=f.mode, tool=f.tool,
                           skipped=frozenset(i for i in f.skipped if i < len(deck.slides)))
        self.frame = self._at(min(f.index, last), f.page, mode=f.mode,
                              preview=None if f.preview is None else min(f.preview, last))
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
