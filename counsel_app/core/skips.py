"""Skip for this patient: which slide a page turn reaches when some slides are left out. No Qt.

The doctor unticks slides (or a whole part) in the outline for this visit only; page turns,
Home/End and F5 pass over them. Going to a slide by its number still goes there (the doctor
asked for it). The deck is never changed.
"""

from __future__ import annotations

from collections.abc import Collection


def next_shown(index: int, count: int, skipped: Collection[int]) -> int | None:
    """The first slide after `index` that is not skipped, or None at the end."""
    return next((i for i in range(index + 1, count) if i not in skipped), None)


def prev_shown(index: int, skipped: Collection[int]) -> int | None:
    """The last slide before `index` that is not skipped, or None at the start."""
    return next((i for i in range(index - 1, -1, -1) if i not in skipped), None)


def first_shown(count: int, skipped: Collection[int]) -> int:
    """The first slide not skipped (slide 0 when every slide is skipped)."""
    return next((i for i in range(count) if i not in skipped), 0)


def last_shown(count: int, skipped: Collection[int]) -> int:
    """The last slide not skipped (the last slide when every slide is skipped)."""
    return next((i for i in range(count - 1, -1, -1) if i not in skipped), max(0, count - 1))
