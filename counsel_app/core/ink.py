"""The doctor's marks on a slide: pen strokes and the pointer, in normalised slide coordinates. No Qt.

A point is (x, y) with 0..1 across the slide's width and height, so the console's small view and
the patient's full screen draw the same mark at the same place. `InkBook` holds this visit's
strokes per slide view (slide index, view); it belongs to the visit and is never written to the deck.
`Marks` is what a view draws over the slide now.
"""

from __future__ import annotations

from dataclasses import dataclass

Point = tuple[float, float]
InkKey = tuple[int, int]  # (slide index from 0, view of a long slide from 0)

MIN_STEP = 0.002  # points closer than this (of the slide's width) add nothing to a stroke


def clamp(p: Point) -> Point:
    return (min(1.0, max(0.0, p[0])), min(1.0, max(0.0, p[1])))


@dataclass(frozen=True)
class Stroke:
    points: tuple[Point, ...]

    def extended(self, p: Point, min_step: float = MIN_STEP) -> Stroke:
        """This stroke with `p` added (itself when `p` is too close to the last point to matter)."""
        p = clamp(p)
        if self.points:
            x, y = self.points[-1]
            if abs(p[0] - x) < min_step and abs(p[1] - y) < min_step:
                return self
        return Stroke(self.points + (p,))


@dataclass(frozen=True)
class Marks:
    """What a view draws over the slide: finished strokes, the stroke being drawn, the pointer dot."""

    strokes: tuple[Stroke, ...] = ()
    drawing: Stroke | None = None
    pointer: Point | None = None

    @property
    def empty(self) -> bool:
        return not self.strokes and self.drawing is None and self.pointer is None


NO_MARKS = Marks()


class InkBook:
    """This visit's strokes, per slide view. Undo takes back the last stroke of a view; erase all of them."""

    def __init__(self) -> None:
        self._strokes: dict[InkKey, tuple[Stroke, ...]] = {}

    def strokes(self, key: InkKey) -> tuple[Stroke, ...]:
        return self._strokes.get(key, ())

    def add(self, key: InkKey, stroke: Stroke) -> None:
        if stroke.points:
            self._strokes[key] = self.strokes(key) + (stroke,)

    def undo(self, key: InkKey) -> bool:
        """Take back the last stroke on this view; False when there was none."""
        strokes = self.strokes(key)
        if not strokes:
            return False
        self._strokes[key] = strokes[:-1]
        return True

    def erase(self, key: InkKey) -> bool:
        """Take away every stroke on this view; False when there was none."""
        return bool(self._strokes.pop(key, ()))

    def views(self) -> dict[InkKey, tuple[Stroke, ...]]:
        """Every slide view with ink, in deck order (for the handout)."""
        return {key: strokes for key, strokes in sorted(self._strokes.items()) if strokes}

    def __bool__(self) -> bool:
        return any(self._strokes.values())
