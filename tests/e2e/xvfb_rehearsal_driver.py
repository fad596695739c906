"""Rehearsal (the patient window beside the console on one screen) when the patient's monitor is
unplugged, on a real X server (Xvfb) with two monitors. Started by test_hotplug_xvfb.py.

Prints one JSON object: whether the doctor's monitor shows the patient window where it was put.
Usage: xvfb_rehearsal_driver.py DECK SETTINGS
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from counsel_app.qt.app import build
from xvfb_driver import pump


def share_alike(a: QImage, b: QImage, step: int = 7) -> float:
    """The share of sampled pixels that are the same in both pictures (same size)."""
    same = total = 0
    for y in range(0, min(a.height(), b.height()), step):
        for x in range(0, min(a.width(), b.width()), step):
            total += 1
            same += a.pixel(x, y) == b.pixel(x, y)
    return same / total if total else 0.0


def main() -> int:
    deck, settings = Path(sys.argv[1]), Path(sys.argv[2])
    qapp = QApplication(sys.argv[:1])
    app = build(deck, settings_path=settings)
    pump(lambda: app.patient.isVisible() and len(QApplication.screens()) == 2 and app.presenter.isVisible())
    app.placer.set_rehearsal(True)  # View > Patient window beside the console (one screen)
    pump(lambda: False, 0.3)
    subprocess.run(["xrandr", "--delmonitor", "RIGHT"], check=True, capture_output=True)
    pump(lambda: len(QApplication.screens()) == 1 and app.patient.isVisible() and not app.patient.isFullScreen())
    pump(lambda: False, 0.5)
    g = app.patient.geometry()
    screen = QApplication.screens()[0]
    shown = screen.grabWindow(0, g.x(), g.y(), g.width(), g.height()).toImage().convertToFormat(QImage.Format.Format_RGB32)
    own = app.patient.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    print(json.dumps({"patient_visible": app.patient.isVisible(), "geometry": [g.x(), g.y(), g.width(), g.height()],
                      "on_screen_share": share_alike(shown, own)}))
    app.close()
    qapp.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
