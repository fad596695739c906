"""Visit length and pace: the planned minutes, the time left, and whether the doctor is ahead of or
behind the plan in the part being shown (pdfpc's pace idea). For the console only. No Qt.

The planned time is shared over the slides the patient will see (skipped slides get none), so a
part's planned window is proportional to its number of slides. Inside that window the doctor is on
time; before it, ahead; after it, behind.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from .deck import Deck

DEFAULT_MINUTES = 15
TOLERANCE_S = 30.0  # within half a minute of the plan counts as on time


def planned_minutes(meta: Mapping[str, object], default: int = DEFAULT_MINUTES) -> int:
    """The front matter's `duration: 15` (minutes, 1-240), else `default`."""
    raw = str(meta.get("duration", "")).strip().lower().removesuffix("min").strip()
    try:
        minutes = int(float(raw))
    except ValueError:
        return default
    return minutes if 1 <= minutes <= 240 else default


class PaceState(enum.Enum):
    AHEAD = "ahead"
    ON_TIME = "on_time"
    BEHIND = "behind"


@dataclass(frozen=True)
class PartPlan:
    """One part's planned window, in seconds from the start of the visit."""

    part: str
    slides: tuple[int, ...]  # 0-based, the ones not skipped
    start_s: float
    end_s: float


@dataclass(frozen=True)
class Pace:
    """`left_s` may be negative (over time); `off_s` is how far outside the part's window (0 inside)."""

    planned_s: int
    left_s: int
    part: str
    state: PaceState
    off_s: int


def plan_parts(deck: Deck, skipped: Collection[int], minutes: int) -> tuple[PartPlan, ...]:
    """Each part's window: the planned time shared by the slides not skipped, parts in deck order."""
    kept = [s for s in deck.slides if s.index - 1 not in skipped]
    if not kept:
        return ()
    per_slide = minutes * 60.0 / len(kept)
    groups: dict[str, list[int]] = {}
    for s in kept:
        groups.setdefault(s.section, []).append(s.index - 1)
    plans, t = [], 0.0
    for part, slides in groups.items():
        plans.append(PartPlan(part, tuple(slides), t, t + per_slide * len(slides)))
        t += per_slide * len(slides)
    return tuple(plans)


def pace_at(plans: tuple[PartPlan, ...], deck: Deck, index: int, elapsed_s: float, minutes: int) -> Pace:
    """Where the doctor stands at `elapsed_s` seconds into the visit, with slide `index` shown."""
    planned = minutes * 60
    left = round(planned - elapsed_s)
    part = deck.slides[index].section if 0 <= index < len(deck.slides) else ""
    window = next((p for p in plans if p.part == part), None)
    if window is None:  # a skipped slide shown on purpose: judge by the whole visit
        state = PaceState.BEHIND if left < -TOLERANCE_S else PaceState.ON_TIME
        return Pace(planned, left, part, state, max(0, -left))
    if elapsed_s < window.start_s - TOLERANCE_S:
        return Pace(planned, left, part, PaceState.AHEAD, round(window.start_s - elapsed_s))
    if elapsed_s > window.end_s + TOLERANCE_S:
        return Pace(planned, left, part, PaceState.BEHIND, round(elapsed_s - window.end_s))
    return Pace(planned, left, part, PaceState.ON_TIME, 0)


def clock_text(seconds: int) -> str:
    """'12:05', or '-1:30' when over."""
    sign = "-" if seconds < 0 else ""
    s = abs(seconds)
    return f"{sign}{s // 60}:{s % 60:02d}"


@dataclass(frozen=True)
class PartPace:
    """One part's planned minutes against the time spent on it so far (seconds)."""

    part: str
    planned_s: int
    spent_s: int

    @property
    def state(self) -> PaceState:
        if self.spent_s > self.planned_s + TOLERANCE_S:
            return PaceState.BEHIND
        return PaceState.ON_TIME if self.spent_s >= self.planned_s - TOLERANCE_S else PaceState.AHEAD


def parts_pace(plans: tuple[PartPlan, ...], spent: Mapping[str, float]) -> tuple[PartPace, ...]:
    """Every planned part with the time spent on it (`spent`: {part: seconds}, as the record counts)."""
    return tuple(PartPace(p.part, round(p.end_s - p.start_s), round(spent.get(p.part, 0.0))) for p in plans)
