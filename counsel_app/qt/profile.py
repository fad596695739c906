"""`--profile-startup`: time from process start to the first painted frame of each window; and
`first_frame_watch`: what runs once both windows have painted their first frame."""

from __future__ import annotations

from typing import Any, Callable

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from ..startup_clock import process_start


class PaintClock(QObject):
    """Notes when each watched widget has finished its first paint."""

    def __init__(self, widgets: dict[str, QObject], then: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.times: dict[str, float] = {}
        self._names = {id(w): name for name, w in widgets.items()}
        self._widgets = list(widgets.values())
        self._then = then  # called once, when every widget has painted
        for w in self._widgets:
            w.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            name = self._names.get(id(obj))
            if name and name not in self.times:
                # the paint runs right after this filter returns; stamp it once the event is handled
                QTimer.singleShot(0, lambda n=name: self._stamp(n))
        return False

    def _stamp(self, name: str) -> None:
        self.times.setdefault(name, time.perf_counter())
        if len(self.times) == len(self._names):
            for w in self._widgets:
                w.removeEventFilter(self)
            then, self._then = self._then, None
            if then is not None:
                then()


def watched_views(app: Any) -> dict[str, QObject]:
    """The views whose first paint is the first frame: the console's slide, and the patient's when shown."""
    watched: dict[str, QObject] = {"presenter": app.presenter.current}
    if app.patient.isVisible():
        watched["patient"] = app.patient.view
    return watched


def first_frame_watch(app: Any, then: Callable[[], None]) -> PaintClock:
    """Run `then` once both windows have painted their first frame (keep the returned watch alive)."""
    return PaintClock(watched_views(app), then)


def profile_startup(app: Any, timeout_s: float = 10.0, then: Callable[[], None] | None = None) -> int:
    """Print the start-up times and exit (`then` runs once both have painted, as in a real start).
    Returns the exit status."""
    t0 = process_start()
    watched = watched_views(app)
    clock = PaintClock(watched, then)
    qapp = QApplication.instance()
    assert qapp is not None
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(app.quit)
    deadline.start(int(timeout_s * 1000))
    poll = QTimer()
    poll.timeout.connect(lambda: app.quit() if len(clock.times) == len(watched) else None)
    poll.start(1)
    qapp.exec()
    for name in watched:
        if name in clock.times:
            print(f"{name}: first frame painted {1000 * (clock.times[name] - t0):.0f} ms after process start")
        else:
            print(f"{name}: not painted within {timeout_s:.0f} s")
    if "patient" not in watched:
        print("patient: no second screen; patient view not shown")
    app.close()
    return 0 if len(clock.times) == len(watched) else 1
