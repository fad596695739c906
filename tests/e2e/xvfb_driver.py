"""Run the real app on a real X server (Xvfb) with two monitors and unplug/replug the patient's.

Started by test_hotplug_xvfb.py in its own process (Qt's platform is fixed per process).
Prints one JSON object with what it saw. Usage: xvfb_driver.py DECK SETTINGS ROUNDS
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from counsel_app.core.session import Command
from counsel_app.qt.app import build

RIGHT = ["xrandr", "--setmonitor", "RIGHT", "1920/508x1080/286+1920+0", "none"]


def pump(condition, timeout: float = 5.0) -> bool:
    """Process events until condition() holds (no sleeping in the dark: we wait on the app itself)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        # a short event loop: it wakes for X events and timers, and returns within 20 ms
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()
        if condition():
            return True
    return condition()


def state(app) -> dict:
    p = app.patient
    doctor = app.presenter.screen().geometry()
    g = p.geometry()
    return {
        "screens": [s.name() for s in QApplication.screens()],
        "patient_visible": p.isVisible(),
        "patient_screen": p.screen().name() if p.screen() else None,
        "patient_full_screen": p.isFullScreen(),
        "patient_on_doctor_screen": p.isVisible() and doctor.intersects(g),
        "patient_geometry": [g.x(), g.y(), g.width(), g.height()],
        "slide": app.controller.frame.index,
        "patient_text_is_current": p.isHidden() or app.patient.view.layout_shown() is app.stage.layout(
            app.controller.frame.deck, app.controller.frame.index),
    }


def main() -> int:
    deck, settings, rounds = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    qapp = QApplication(sys.argv[:1])
    app = build(deck, settings_path=settings)
    out = {"start": None, "unplugged": [], "replugged": []}
    pump(lambda: app.patient.isVisible() and len(QApplication.screens()) == 2)
    out["start"] = state(app)
    for i in range(rounds):
        subprocess.run(["xrandr", "--delmonitor", "RIGHT"], check=True, capture_output=True)
        pump(lambda: len(QApplication.screens()) == 1 and not app.patient.isVisible())
        app.dispatch(Command.NEXT)
        pump(lambda: False, 0.05)
        out["unplugged"].append(state(app))
        subprocess.run(RIGHT, check=True, capture_output=True)
        pump(lambda: len(QApplication.screens()) == 2 and app.patient.isVisible()
             and app.patient.screen().name() == "RIGHT" and app.patient.isFullScreen())
        app.dispatch(Command.NEXT if i % 2 else Command.PREV)
        pump(lambda: False, 0.05)
        out["replugged"].append(state(app))
    print(json.dumps(out))
    app.close()
    QTimer.singleShot(0, qapp.quit)
    qapp.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
