"""Pointer, pen and overview on a real X server (Xvfb) with two monitors, driven by the real mouse
and keyboard (xdotool). Started by test_doctor_tools_xvfb.py in its own process.

Prints one JSON object with what the patient's monitor showed. Usage: xvfb_tools_driver.py DECK SETTINGS [SHOTS]
(SHOTS: a folder to save both monitors as PNG in each state, for a person to look at).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from counsel_app.core.session import Command, Tool
from counsel_app.qt.app import build
from xvfb_driver import pump


def xdo(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, capture_output=True)


def grab(name: str) -> QImage:
    screen = next(s for s in QApplication.screens() if s.name() == name)
    g = screen.geometry()
    return screen.grabWindow(0, 0, 0, g.width(), g.height()).toImage()  # x, y: on that screen


def ink_pixels(img: QImage, step: int = 3) -> list[tuple[int, int]]:
    """Where the red of the pointer and the pen is (the slides themselves have no pure red)."""
    found = []
    for y in range(0, img.height(), step):
        for x in range(0, img.width(), step):
            c = img.pixelColor(x, y)
            if c.red() > 190 and c.green() < 60 and c.blue() < 60:
                found.append((x, y))
    return found


def on_screen(app, x: float, y: float) -> QPoint:
    """The global point over the console's slide at (x, y) of the slide."""
    view = app.presenter.current
    r = view.slide_rect()
    return view.mapToGlobal(QPoint(round(r.x() + x * r.width()), round(r.y() + y * r.height())))


def main() -> int:
    deck, settings = Path(sys.argv[1]), Path(sys.argv[2])
    shots = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    qapp = QApplication(sys.argv[:1])
    app = build(deck, settings_path=settings)
    out: dict[str, object] = {}
    pump(lambda: app.patient.isVisible() and len(QApplication.screens()) == 2 and app.presenter.isVisible())
    # with no window manager (as here), the window Qt activates last gets the keys: the console's
    out["console_has_the_keyboard_at_start"] = pump(lambda: app.presenter.isActiveWindow(), 2.0)
    app.presenter.activateWindow()
    pump(lambda: app.presenter.isActiveWindow())
    app.dispatch(Command.NEXT)
    app.dispatch(Command.NEXT)
    pump(lambda: False, 0.3)

    def shot(name: str) -> None:
        if shots is not None:
            shots.mkdir(parents=True, exist_ok=True)
            grab("LEFT").save(str(shots / f"{name}-doctor.png"))
            grab("RIGHT").save(str(shots / f"{name}-patient.png"))

    out["ink_before"] = len(ink_pixels(grab("RIGHT")))
    # pointer: L on the keyboard, then the real mouse over the console's slide
    xdo("key", "l")
    out["pointer_key"] = pump(lambda: app.controller.frame.tool is Tool.POINTER)
    p = on_screen(app, 0.6, 0.35)
    xdo("mousemove", str(p.x()), str(p.y()))
    pump(lambda: app.patient.view.marks().pointer is not None)
    pump(lambda: False, 0.2)
    dots = ink_pixels(grab("RIGHT"))
    out["dot"] = [sum(d[0] for d in dots) / len(dots) / 1920, sum(d[1] for d in dots) / len(dots) / 1080] if dots else None
    out["dot_pixels"] = len(dots)
    shot("pointer")
    away = app.presenter.notes.mapToGlobal(QPoint(20, 20))
    xdo("mousemove", str(away.x()), str(away.y()))
    pump(lambda: app.patient.view.marks().pointer is None)
    pump(lambda: False, 0.2)
    out["ink_after_leave"] = len(ink_pixels(grab("RIGHT")))

    # pen: D, then press, drag and release the real mouse
    xdo("key", "d")
    out["pen_key"] = pump(lambda: app.controller.frame.tool is Tool.PEN)
    a, b, c = on_screen(app, 0.2, 0.7), on_screen(app, 0.5, 0.8), on_screen(app, 0.8, 0.7)
    xdo("mousemove", str(a.x()), str(a.y()))
    xdo("mousedown", "1")
    for q in (b, c):
        xdo("mousemove", str(q.x()), str(q.y()))
        pump(lambda: False, 0.05)
    xdo("mouseup", "1")
    pump(lambda: len(app.patient.view.marks().strokes) == 1)
    pump(lambda: False, 0.2)
    ink = ink_pixels(grab("RIGHT"))
    out["stroke_pixels"] = len(ink)
    out["stroke_span"] = ([min(x for x, _ in ink) / 1920, max(x for x, _ in ink) / 1920] if ink else None)
    shot("pen")

    # overview: Tab on the keyboard; the patient's monitor must not change
    xdo("key", "Escape")  # the pen away (the ink stays on the slide)
    pump(lambda: app.controller.frame.tool is Tool.NONE)
    pump(lambda: False, 0.2)
    before = grab("RIGHT")
    xdo("key", "Tab")
    out["overview_open"] = pump(lambda: app.presenter.overview.isVisible())
    pump(lambda: False, 0.4)
    after = grab("RIGHT")
    out["patient_unchanged_by_overview"] = before == after
    out["overview_on_doctor_screen"] = app.presenter.overview.screen().name()
    shot("overview")
    xdo("key", "Right")
    xdo("key", "Return")
    out["overview_chose"] = pump(lambda: not app.presenter.overview.isVisible()) and app.controller.frame.index
    # pace: the console's line; nothing of it on the patient's monitor
    app.tools.show_pace()
    pump(lambda: False, 0.3)
    out["pace_text"] = app.presenter.pace.text()
    shot("pace")
    print(json.dumps(out))
    app.close()
    qapp.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
