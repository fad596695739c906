"""The presenter's elapsed-time clock, with pause and reset. The clock is injected. No Qt."""

from __future__ import annotations

import time
from typing import Callable


class Stopwatch:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._started: float | None = None
        self._banked = 0.0

    @property
    def running(self) -> bool:
        return self._started is not None

    def start(self) -> None:
        if self._started is None:
            self._started = self._clock()

    def pause(self) -> None:
        if self._started is not None:
            self._banked += self._clock() - self._started
            self._started = None

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        self._banked = 0.0
        self._started = self._clock() if self._started is not None else None

    def elapsed(self) -> float:
        live = self._clock() - self._started if self._started is not None else 0.0
        return self._banked + live

    def text(self) -> str:
        s = int(self.elapsed())
        return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60:02d}:{s % 60:02d}"
