"""Frame to layouts, in one place: what the patient sees, what the doctor looks at, what comes next.

Owns the layout cache and the patient screen's size; knows nothing of windows or the record.
The rule for the patient screen lives here (`Stage.shown`) and in `PatientMode`: the slide shown,
or the pain scale, or nothing under a black/white fill. Never a preview, never notes. The console's
slides are `Stage.layouts`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Callable

from PySide6.QtCore import QSize

from ..core.deck import Deck, parse_deck
from ..core.pain import pain_scale_deck
from ..core.pictures import resolve_picture
from ..core.session import Frame, PatientMode
from ..core.skips import next_shown, prev_shown
from ..core.themes import Theme
from ..core.sizing import size_rule
from .render import LayoutCache, SlideLayout
from .slide_view import SlideView

REHEARSAL_SIZE = QSize(1920, 1080)  # the patient screen we lay out for when there is none

# (size in pixels, physical height in mm or 0 when unknown) of the patient screen
ScreenSize = Callable[[], tuple[QSize, float]]


@dataclass(frozen=True)
class FrameLayouts:
    """The console's slides (the patient's is `Stage.shown`): current, the slide the doctor looks
    at (the preview, if any), under the patient screen's `fill`, if any; upcoming: the slide after it."""

    fill: str | None
    current: SlideLayout
    current_page: int
    upcoming: SlideLayout | None


class Stage:
    """Lays out slides for the patient screen at its size, theme and zoom, and caches them."""

    def __init__(self, screen_size: ScreenSize) -> None:
        self.cache = LayoutCache()
        self._screen_size = screen_size
        self.theme: Theme | None = None
        self.zoom = 1.0
        self.pain_lang = "zh"
        self.pain_bands = (3, 6)

    def layout(self, deck: Deck, index: int) -> SlideLayout:
        assert self.theme is not None, "Stage.theme is set before the first layout"
        size, mm = self._screen_size()
        return self.cache.get(deck, index, size, self.theme, self.zoom, mm)

    def pages(self, deck: Deck, index: int) -> int:
        return self.layout(deck, index).pages

    def shown(self, frame: Frame) -> tuple[SlideLayout, int]:
        """What the patient screen shows under `frame.mode.fill`, if any: the slide shown (or its
        picture enlarged, or the pain scale), and which of its views."""
        if frame.mode is PatientMode.PAIN_SCALE:
            return self._pain_layout(), 0
        zoomed = self._zoom_layout(frame.deck, frame.index) if frame.mode is PatientMode.ZOOM else None
        return (zoomed, 0) if zoomed is not None else (self.layout(frame.deck, frame.index), frame.page)

    def layouts(self, frame: Frame) -> FrameLayouts:
        deck = frame.deck
        looking = frame.looking
        current = self.layout(deck, looking)
        after = next_shown(looking, len(deck.slides), frame.skipped)  # a slide left out is not "next"
        upcoming = self.layout(deck, after) if after is not None else None
        return FrameLayouts(fill=frame.mode.fill, current=current,
                            current_page=frame.page if frame.preview is None else 0, upcoming=upcoming)

    def as_large_as_fits(self, deck: Deck, index: int) -> bool:
        """True when the slide is smaller than the zoom asks for: `+` cannot make it larger."""
        size, mm = self._screen_size()
        return self.layout(deck, index).body_px < size_rule(size.height(), mm, self.zoom).max_px

    def prefetch(self, frame: Frame, patient: SlideView | None, current: SlideView,
                 upcoming: SlideView) -> list[Callable[[], object]]:
        """The steps that lay out and draw the slides either side of the one shown, ahead of a turn,
        most needed first (the next slide, on every view it will be on). Each step is one layout or
        one picture, so the caller can run them one at a time when idle and a key press or a paint
        never waits for more than one. When Enter would jump (a slide number typed, a slide
        previewed), that slide is drawn ahead instead."""
        _give_back_dropped_pictures()
        deck = frame.deck
        target = _jump_target(frame)
        plan: tuple[tuple[int | None, tuple[SlideView | None, ...]], ...]  # (slide, views it will be on)
        if target is not None:
            # a slide number typed, or one previewed: Enter will show it, and the one after it in the
            # preview. Only those: drawing the neighbours too would push their pictures out. (A slide
            # previewed on the console is drawn there already, unless the overview hides it.)
            following = next_shown(target, len(deck.slides), frame.skipped)
            plan = ((target, (patient, current)), (following, (upcoming,)))
        else:
            # forward, the next slide and the one after it in the preview; back, the slide before,
            # and this one in the preview (its size differs from the console's current view, so the
            # picture drawn there does not serve)
            after, before = _either_side(frame)
            after2 = next_shown(after, len(deck.slides), frame.skipped) if after is not None else None
            plan = ((after, (patient, current)), (after2, (upcoming,)), (before, (patient, current)),
                    (frame.index if before is not None else None, (upcoming,)), (after, (upcoming,)))
        steps: list[Callable[[], object]] = []
        for i, views in plan:
            if i is None:
                continue
            steps.append(partial(self.layout, deck, i))
            steps += [partial(self._draw_ahead, view, deck, i) for view in views if view is not None]
        return steps

    @staticmethod
    def neighbours(frame: Frame) -> list[int]:
        """The slides the next key goes to: the one Enter jumps to, else the next shown and the one before."""
        target = _jump_target(frame)
        return [target] if target is not None else [i for i in _either_side(frame) if i is not None]

    def _draw_ahead(self, view: SlideView, deck: Deck, index: int) -> None:
        view.prepare(self.layout(deck, index))

    def _zoom_layout(self, deck: Deck, index: int) -> SlideLayout | None:
        """The slide's first picture alone, as large as the screen allows (Marp's `bg contain`)."""
        images = deck.slides[index].images
        if not images:
            return None
        found = resolve_picture(images[0], deck.base_dir)
        if not found.ok or found.path is None:
            return None
        assert self.theme is not None
        size, _mm = self._screen_size()
        return self.cache.get(_picture_deck(found.path.as_posix()), 0, size, self.theme, 1.0)

    def _pain_layout(self) -> SlideLayout:
        assert self.theme is not None
        size, _mm = self._screen_size()
        deck = pain_scale_deck(self.pain_lang, self.pain_bands)
        return self.cache.get(deck, 0, size, self.theme, self.zoom)

    def clear(self) -> None:
        self.cache.clear()


def _jump_target(frame: Frame) -> int | None:
    """The slide Enter would jump to (a number typed, a slide previewed), if it is not the one shown."""
    target = frame.enter_goes_to
    return target if target is not None and target != frame.index else None


def _either_side(frame: Frame) -> tuple[int | None, int | None]:
    """The next slide shown and the one before (slides left out are passed over), if any."""
    return next_shown(frame.index, len(frame.deck.slides), frame.skipped), prev_shown(frame.index, frame.skipped)


@lru_cache(maxsize=1)
def _give_back_dropped_pictures() -> None:
    """Pictures drawn ahead (2-8 MB each) come and go with every turn. glibc's malloc keeps such a
    block in its heap once one has been freed (its threshold for mapping large blocks on their own
    grows), and the heap does not shrink: 15-20 MB more resident memory after paging a deck. A fixed
    threshold gives each picture back to the system when it is dropped. Once, at the first prefetch."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        ctypes.CDLL("libc.so.6").mallopt(-3, 128 * 1024)  # M_MMAP_THRESHOLD: 128 kB, and fixed
    except (OSError, AttributeError):
        pass  # not glibc: its malloc has its own rules


@lru_cache(maxsize=8)
def _picture_deck(path: str) -> Deck:
    """A one-slide deck of one picture filling the screen (the same path gives the same deck: cached layouts)."""
    return parse_deck(f"![bg contain](<{path}>)\n")
