"""The counselling record: what the patient was shown, for how long, and what the doctor noted.

Owns `TeachBackResult`, `TeachBackEntry`, `RecordKeeper` (fed every frame the patient sees) and
`to_text` (plain text for any EMR). Holds nothing about the patient that the doctor did not
type, and none of the notes text. Never writes a file (the record dialog exports). No Qt.
"""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from .deck import Deck
from .lang import base, is_zh
from .pain import WORDS, band
from .session import Frame


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

    # -- what the app feeds in ----------------------------------------------------------
    def frame_shown(self, frame: Frame) -> None:
        now = self._clock()
        self._bank(now)
        if self._start is None:
            self._start = now
        self._watching = None
        slides = frame.deck.slides
        if frame.mode.shows_slide and 0 <= frame.index < len(slides):
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

    def summary(self, now: float | None = None) -> dict:
        """The record as JSON-able data (see the counselling guide for the fields)."""
        now = self._clock() if now is None else now
        lang = self._deck.lang
        seconds, paused = self._times(now)
        total = sum(seconds.values()) + paused

        parts: dict[str, dict] = {}
        for (section, index), secs in seconds.items():
            p = parts.setdefault(section, {"part": part_label(section, lang), "slides_shown": [], "_s": 0.0})
            if index not in p["slides_shown"]:
                p["slides_shown"].append(index)
            p["_s"] += secs
        rounded = _round_keeping_sum([p.pop("_s") for p in parts.values()])
        for p, secs in zip(parts.values(), rounded):
            p["seconds"] = secs

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
            pain = {"score": self._pain, "word": WORDS[base(lang)][which], "band": which}
        started = self._start if self._start is not None else self._opened
        source = self._deck.source
        return {
            "date": datetime.fromtimestamp(started).isoformat(timespec="seconds"),
            "minutes": round(total / 60, 1),
            "seconds": round(total),
            "deck": {"title": self._deck.title, "version": self._deck.version,
                     "file": source.name if source is not None else ""},
            "parts": list(parts.values()),
            "teach_back": teach,
            "pain_score": pain,
            "handout_given": self._handout,
            "plan": self._plan,
        }

    def _teach_row(self, part: str, question: str, lang: str) -> dict:
        result = self._teach.get((part, question), TeachBackResult.NOT_ASSESSED)
        return {"part": part_label(part, lang), "question": question,
                "result": result.value, "result_label": result.label(lang)}


def _round_keeping_sum(values: list[float]) -> list[int]:
    """Whole seconds that add up to the rounded total (largest remainder)."""
    target = round(sum(values))
    floors = [int(v) for v in values]
    order = sorted(range(len(values)), key=lambda i: values[i] - floors[i], reverse=True)
    for i in order[:max(0, target - sum(floors))]:
        floors[i] += 1
    return floors


# -- plain text for the medical record ---------------------------------------------------
_LABELS = {
    "title": ("患者教育记录", "Patient education record"),
    "date": ("日期", "Date"),
    "duration": ("时长", "Duration"),
    "minutes": ("{} 分钟", "{} min"),
    "material": ("资料", "Material"),
    "version": ("（版本 {}）", " (version {})"),
    "version_file": ("（版本 {}，文件 {}）", " (version {}, file {})"),
    "parts": ("讲解内容", "Parts covered"),
    "slides": ("第 {} 页", "slides {}"),
    "slide": ("第 {} 页", "slide {}"),
    "none_shown": ("无", "none"),
    "teach_back": ("复述评估", "Teach-back"),
    "no_questions": ("本资料无复述问题", "no questions in this material"),
    "result": ("结果", "Result"),
    "pain": ("疼痛评分", "Pain score"),
    "not_taken": ("未评估", "not taken"),
    "handout": ("已发放宣教资料", "Handout given"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "plan": ("计划", "Plan"),
    "no_plan": ("无", "none"),
}


def _ranges(indexes: list[int]) -> str:
    """[2, 3, 4, 6] -> '2-4, 6' (runs kept in the order shown)."""
    runs: list[list[int]] = []
    for i in indexes:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def _clean(text: object) -> str:
    """One line of plain text: no tabs, no control characters."""
    s = str(text if text is not None else "").replace("\t", " ").replace("\r", "")
    return "".join(ch for ch in s if ch == "\n" or ch.isprintable()).strip()


def _date(value: str) -> str:
    try:
        return datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return _clean(value)


def to_text(summary: dict, lang: str) -> str:
    """The record as plain text, one line per item, that pastes into any EMR."""
    i = 0 if is_zh(lang) else 1
    L = {k: v[i] for k, v in _LABELS.items()}
    colon = "：" if i == 0 else ": "
    deck = summary.get("deck") or {}

    lines = [L["title"],
             f"{L['date']}{colon}{_date(summary.get('date', ''))}",
             f"{L['duration']}{colon}{L['minutes'].format(summary.get('minutes', 0))}"]
    material = _clean(deck.get("title", ""))
    if deck.get("file"):
        material += L["version_file"].format(_clean(deck.get("version", "")), _clean(deck["file"]))
    elif deck.get("version"):
        material += L["version"].format(_clean(deck["version"]))
    lines.append(f"{L['material']}{colon}{material}")

    parts = summary.get("parts") or []
    lines.append(f"{L['parts']}{colon}" + ("" if parts else L["none_shown"]))
    sep = "，" if i == 0 else ", "
    for p in parts:
        shown = list(p.get("slides_shown") or [])
        which = (L["slide"] if len(shown) == 1 else L["slides"]).format(_ranges(shown))
        minutes = L["minutes"].format(round(p.get("seconds", 0) / 60, 1))
        lines.append(f"  {_clean(p.get('part', ''))}{colon}{which}{sep}{minutes}")

    teach = summary.get("teach_back") or []
    lines.append(f"{L['teach_back']}{colon}" + ("" if teach else L["no_questions"]))
    for t in teach:
        try:
            label = TeachBackResult(t.get("result")).label(lang)
        except ValueError:
            label = _clean(t.get("result_label", t.get("result", "")))
        question = " ".join(_clean(t.get("question", "")).split())
        lines.append(f"  {_clean(t.get('part', ''))}{colon}{question} {L['result']}{colon}{label}")

    pain = summary.get("pain_score")
    if pain:
        word = WORDS[base(lang)].get(pain.get("band", ""), pain.get("word", ""))
        lines.append(f"{L['pain']}{colon}{pain.get('score')} ({_clean(word)})")
    else:
        lines.append(f"{L['pain']}{colon}{L['not_taken']}")
    lines.append(f"{L['handout']}{colon}{L['yes'] if summary.get('handout_given') else L['no']}")

    plan = [ln.strip() for ln in _clean(summary.get("plan", "")).split("\n") if ln.strip()]
    if len(plan) <= 1:
        lines.append(f"{L['plan']}{colon}{plan[0] if plan else L['no_plan']}")
    else:
        lines.append(f"{L['plan']}{colon}")
        lines += [f"  {ln}" for ln in plan]
    return "\n".join(ln.rstrip() for ln in lines) + "\n"
