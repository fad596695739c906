"""The counselling record: what the patient was shown, for how long, and what the doctor noted.

Owns `TeachBackResult`, `TeachBackEntry`, `RecordKeeper` (fed every frame the patient sees) and
the `RecordSummary` it gives (`to_json()` is the JSON file's data; `record_text.to_text` the EMR
text). Holds nothing about the patient that the doctor did not type, and none of the notes text.
Never writes a file (the record dialog exports). No Qt.
"""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from .deck import Deck
from .lang import base, is_zh
from .pain import WORDS, band
from .session import Frame

if TYPE_CHECKING:
    from datetime import datetime


class TeachBackResult(enum.Enum):
    CORRECT = "correct"
    CORRECT_AFTER_REEXPLAINING = "correct_after_reexplaining"
    NEEDS_REINFORCEMENT = "needs_reinforcement"
    NOT_ASSESSED = "not_assessed"
    DECLINED = "declined"

    def label(self, lang: str = "zh") -> str:
        return _RESULT_LABELS[self][0 if is_zh(lang) else 1]


_RESULT_LABELS = {
    TeachBackResult.CORRECT: ("正确", "correct"),
    TeachBackResult.CORRECT_AFTER_REEXPLAINING: ("再次讲解后正确", "correct after re-explaining"),
    TeachBackResult.NEEDS_REINFORCEMENT: ("需要加强", "needs reinforcement"),
    TeachBackResult.NOT_ASSESSED: ("未评估", "not assessed"),
    TeachBackResult.DECLINED: ("拒绝回答", "declined"),
}


@dataclass(frozen=True)
class TeachBackEntry:
    """One teach-back result; `part` is the section title ("" before the first part)."""

    part: str
    question: str
    result: TeachBackResult


@dataclass(frozen=True)
class DeckInfo:
    """The material shown: its title, version (content hash) and file name (never its folder)."""

    title: str
    version: str
    file: str


@dataclass(frozen=True)
class PartTime:
    """One part covered: its label, the slides shown (numbered from 1, in the order first shown)
    and whole seconds on them."""

    part: str
    slides_shown: tuple[int, ...]
    seconds: int


@dataclass(frozen=True)
class TeachBackRow:
    """One teach-back question and its result; `result_label` is in the deck's language."""

    part: str
    question: str
    result: TeachBackResult
    result_label: str


@dataclass(frozen=True)
class PainScore:
    """The 0-10 score with its band ('none', 'mild', 'moderate', 'severe') and that band's word."""

    score: int
    word: str
    band: str


@dataclass(frozen=True)
class RecordSummary:
    """The record of one visit (see the counselling guide for the fields).

    `date` is when the patient first saw a slide, to the second; `seconds` the whole visit
    (paused time included) and `minutes` the same to a tenth.
    """

    date: datetime
    minutes: float
    seconds: int
    deck: DeckInfo
    parts: tuple[PartTime, ...]
    teach_back: tuple[TeachBackRow, ...]
    pain_score: PainScore | None
    handout_given: bool
    plan: str
    planned_minutes: int = 15  # the visit's planned length (deck's `duration`, else the setting)
    slides_covered: tuple[int, ...] = ()  # numbered from 1, in deck order
    slides_skipped: tuple[int, ...] = ()  # left out for this patient and never shown

    def to_json(self) -> dict[str, Any]:
        """The JSON-able form; its keys, their order and value types are the saved file's format."""
        pain = self.pain_score
        return {
            "date": self.date.isoformat(timespec="seconds"),
            "minutes": self.minutes,
            "seconds": self.seconds,
            "deck": {"title": self.deck.title, "version": self.deck.version, "file": self.deck.file},
            "parts": [{"part": p.part, "slides_shown": list(p.slides_shown), "seconds": p.seconds}
                      for p in self.parts],
            "teach_back": [{"part": t.part, "question": t.question, "result": t.result.value,
                            "result_label": t.result_label} for t in self.teach_back],
            "pain_score": (None if pain is None else
                           {"score": pain.score, "word": pain.word, "band": pain.band}),
            "handout_given": self.handout_given,
            "plan": self.plan,
            "planned_minutes": self.planned_minutes,
            "slides_covered": list(self.slides_covered),
            "slides_skipped": list(self.slides_skipped),
        }


def part_label(part: str, lang: str) -> str:
    """The part's title; slides before the first part are the introduction."""
    return part or ("开场" if is_zh(lang) else "Introduction")


_asked: list[tuple[Deck, dict[str, tuple[str, ...]]]] = []  # the last few decks asked about


def teach_back_questions(deck: Deck) -> dict[str, tuple[str, ...]]:
    """Every part that has teach-back questions, in deck order: {section: questions}.

    Remembered for the last few decks: a page turn asks again and must not walk the deck.
    """
    for known, questions in _asked:
        if known is deck:
            return questions
    found: dict[str, list[str]] = {}
    for slide in deck.slides:
        for q in slide.teach_back:
            qs = found.setdefault(slide.section, [])
            if q and q not in qs:
                qs.append(q)
    questions = {part: tuple(qs) for part, qs in found.items() if qs}
    _asked[:] = [(deck, questions), *_asked[:3]]
    return questions


class RecordKeeper:
    """Attributes the patient's time to the slide on the patient screen; keeps the doctor's entries.

    Time while the screen is black or white, or shows the pain scale, counts as paused: in the
    total minutes, not on any slide. A private preview changes nothing the patient sees.
    """

    def __init__(self, deck: Deck, clock: Callable[[], float] = time.time,
                 bands: tuple[int, int] = (3, 6)) -> None:
        self._deck = deck
        self._clock = clock
        self._bands = bands
        self._opened = clock()
        self._start: float | None = None
        self._last: float | None = None
        self._watching: tuple[str, int] | None = None  # (section, slide index) on screen now
        self._seconds: dict[tuple[str, int], float] = {}  # in the order first shown
        self._paused = 0.0
        self._teach: dict[tuple[str, str], TeachBackResult] = {}
        self._pain: int | None = None
        self._handout = False
        self._plan = ""
        self._dirty = False
        self._planned = 15
        self._skipped: frozenset[int] = frozenset()  # 0-based, as the session keeps them

    # -- what the app feeds in ----------------------------------------------------------
    def frame_shown(self, frame: Frame) -> None:
        now = self._clock()
        self._bank(now)
        if self._start is None:
            self._start = now
        self._watching = None
        slides = frame.deck.slides
        if frame.mode.counts_for_slide and 0 <= frame.index < len(slides):
            slide = slides[frame.index]
            key = (slide.section, slide.index)
            if key not in self._seconds:
                self._seconds[key] = 0.0
                if len(self._seconds) >= 2:
                    self._dirty = True
            self._watching = key

    def load_deck(self, deck: Deck) -> None:
        """The deck was reloaded or replaced: keep everything recorded so far."""
        self._deck = deck

    def set_bands(self, bands: tuple[int, int]) -> None:
        self._bands = bands

    def set_teach_back(self, part: str, question: str, result: TeachBackResult) -> None:
        key = (part, question)
        if self._teach.get(key, TeachBackResult.NOT_ASSESSED) is not result:
            self._dirty = True
        self._teach[key] = result

    def set_pain(self, score: int | None) -> None:
        if score is not None and not 0 <= score <= 10:
            raise ValueError(f"pain score must be 0-10 or None, not {score}")
        self._dirty |= score != self._pain
        self._pain = score

    def set_handout_given(self, given: bool) -> None:
        self._dirty |= bool(given) != self._handout
        self._handout = bool(given)

    def set_plan(self, text: str) -> None:
        self._dirty |= text != self._plan
        self._plan = text

    def set_planned_minutes(self, minutes: int) -> None:
        self._planned = minutes

    def set_skipped(self, skipped: frozenset[int]) -> None:
        """The slides (0-based) left out for this patient."""
        self._skipped = frozenset(skipped)

    def mark_saved(self) -> None:
        self._dirty = False

    def has_unsaved(self) -> bool:
        return self._dirty

    @property
    def lang(self) -> str:
        return self._deck.lang

    @property
    def pain(self) -> int | None:
        return self._pain

    def slides_shown(self) -> set[int]:
        """The slides (numbered from 1) the patient has seen in this visit."""
        return {index for _section, index in self._seconds}

    def seconds_by_part(self) -> dict[str, float]:
        """Seconds the patient has seen each part's slides so far ({section: seconds}), for the pace."""
        seconds, _paused = self._times(self._clock())
        out: dict[str, float] = {}
        for (section, _index), secs in seconds.items():
            out[section] = out.get(section, 0.0) + secs
        return out

    def results(self, part: str) -> dict[str, TeachBackResult]:
        """The results recorded so far for one part: {question: result}."""
        return {q: r for (p, q), r in self._teach.items() if p == part}

    # -- what comes out -----------------------------------------------------------------
    def _bank(self, now: float) -> None:
        if self._last is not None:
            dt = max(0.0, now - self._last)  # a clock set back never makes time negative
            if self._watching is not None:
                self._seconds[self._watching] += dt
            else:
                self._paused += dt
        self._last = now

    def _times(self, now: float) -> tuple[dict[tuple[str, int], float], float]:
        seconds, paused = dict(self._seconds), self._paused
        if self._last is not None:
            dt = max(0.0, now - self._last)
            if self._watching is not None:
                seconds[self._watching] += dt
            else:
                paused += dt
        return seconds, paused

    def summary(self, now: float | None = None) -> RecordSummary:
        """The record so far; `now` (default: the clock) ends the current slide's time."""
        now = self._clock() if now is None else now
        lang = self._deck.lang
        seconds, paused = self._times(now)
        total = sum(seconds.values()) + paused

        shown: dict[str, list[int]] = {}  # {section: slides}, parts in the order first shown
        part_seconds: dict[str, float] = {}
        for (section, index), secs in seconds.items():
            slides = shown.setdefault(section, [])
            if index not in slides:
                slides.append(index)
            part_seconds[section] = part_seconds.get(section, 0.0) + secs
        rounded = _round_keeping_sum(list(part_seconds.values()))
        parts = tuple(PartTime(part_label(section, lang), tuple(slides), secs)
                      for (section, slides), secs in zip(shown.items(), rounded))

        teach = []
        listed = set()
        for part, questions in teach_back_questions(self._deck).items():
            for q in questions:
                teach.append(self._teach_row(part, q, lang))
                listed.add((part, q))
        teach += [self._teach_row(p, q, lang) for (p, q) in self._teach if (p, q) not in listed]

        pain = None
        if self._pain is not None:
            which = band(self._pain, self._bands)
            pain = PainScore(self._pain, WORDS[base(lang)][which], which)
        started = self._start if self._start is not None else self._opened
        source = self._deck.source
        return RecordSummary(
            date=_date(started).replace(microsecond=0),
            minutes=round(total / 60, 1),
            seconds=round(total),
            deck=DeckInfo(self._deck.title, self._deck.version, source.name if source is not None else ""),
            parts=parts,
            teach_back=tuple(teach),
            pain_score=pain,
            handout_given=self._handout,
            plan=self._plan,
            planned_minutes=self._planned,
            slides_covered=tuple(sorted(self.slides_shown())),
            slides_skipped=tuple(sorted(i + 1 for i in self._skipped
                                        if i + 1 not in self.slides_shown() and i < len(self._deck.slides))),
        )

    def _teach_row(self, part: str, question: str, lang: str) -> TeachBackRow:
        result = self._teach.get((part, question), TeachBackResult.NOT_ASSESSED)
        return TeachBackRow(part_label(part, lang), question, result, result.label(lang))


def _round_keeping_sum(values: list[float]) -> list[int]:
    """Whole seconds that add up to the rounded total (largest remainder)."""
    target = round(sum(values))
    floors = [int(v) for v in values]
    order = sorted(range(len(values)), key=lambda i: values[i] - floors[i], reverse=True)
    for i in order[:max(0, target - sum(floors))]:
        floors[i] += 1
    return floors


def _date(timestamp: float) -> datetime:
    from datetime import datetime  # only for a summary: not on the way to the first frame

    return datetime.fromtimestamp(timestamp)
