"""`--profile-startup`: time from process start to the first painted frame of each window."""

from __future__ import annotations

from typing import Any

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from ..startup_clock import process_start


class PaintClock(QObject):
    """Notes when each watched widget has finished its first paint."""

    def __init__(self, widgets: dict[str, QObject]) -> None:
        super().__init__()
        self.times: dict[str, float] = {}
        self._names = {id(w): name for name, w in widgets.items()}
        for w in widgets.values():
            w.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            name = self._names.get(id(obj))
            if name and name not in self.times:
                # the paint runs right after this filter returns; stamp it once the event is handled
                QTimer.singleShot(0, lambda n=name: self.times.setdefault(n, time.perf_counter()))
        return False


def profile_startup(app: Any, timeout_s: float = 10.0) -> int:
    """Print the start-up times and exit. Returns the exit status."""
    t0 = process_start()
    watched = {"presenter": app.presenter.current}
    if app.patient.isVisible():
        watched["patient"] = app.patient.view
    clock = PaintClock(watched)
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
