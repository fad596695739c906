"""The clicker and the keyboard around dialogs on a real X server (Xvfb, no window manager), with real
key presses (xdotool). Started by test_dialog_keys_xvfb.py in its own process.

Prints one JSON object with the slide and the patient screen after each step. Usage: DRIVER DECK SETTINGS
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from counsel_app.qt.app import build
from xvfb_driver import pump


def xdo(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, capture_output=True)


def main() -> int:
    deck, settings = Path(sys.argv[1]), Path(sys.argv[2])
    qapp = QApplication(sys.argv[:1])
    app = build(deck, settings_path=settings)
    pump(lambda: app.patient.isVisible() and len(QApplication.screens()) == 2 and app.presenter.isVisible())
    app.presenter.activateWindow()
    pump(lambda: app.presenter.isActiveWindow())
    over = app.presenter.notes.mapToGlobal(QPoint(40, 40))  # the doctor's mouse rests on the console
    xdo("mousemove", str(over.x()), str(over.y()))
    out: dict[str, object] = {}

    def now() -> dict[str, object]:
        f = app.controller.frame
        return {"slide": f.index, "mode": f.mode.value, "patient": app.patient.visible_text()}

    def key(name: str, until=lambda: False, timeout: float = 3.0) -> None:
        xdo("key", name)
        pump(until, timeout)
        pump(lambda: False, 0.1)

    key("ctrl+e", lambda: app.record_dialog is not None and app.record_dialog.isVisible())
    dialog = app.record_dialog
    pump(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is dialog)
    plan_before = dialog.plan_edit.toPlainText()
    key("Next", lambda: app.controller.frame.index == 1)
    out["next_in_record_dialog"] = {**now(), "dialog_open": dialog.isVisible(),
                                    "plan_unchanged": dialog.plan_edit.toPlainText() == plan_before}
    key("Escape", lambda: not dialog.isVisible())
    out["record_dialog_closed"] = not dialog.isVisible()
    key("Next", lambda: app.controller.frame.index == 2)
    out["next_after_record_dialog"] = now()
    key("ctrl+n", lambda: app.guard.question is not None and app.guard.question.isVisible())
    question = app.guard.question
    out["question_asked"] = question is not None and question.isVisible()
    key("Escape", lambda: question is None or not question.isVisible())
    key("b", lambda: app.controller.frame.mode.value == "black")
    out["black_after_question"] = now()
    print(json.dumps(out))
    app.close()
    qapp.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
