"""Build the real app on an offscreen screen layout given as JSON; print where the windows went.

Usage: placement_driver.py SCREENS_JSON DECK SETTINGS [rehearsal]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from counsel_app.qt.app import build


def main() -> int:
    layout, deck, settings = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    qapp = QApplication([sys.argv[0], "-platform", f"offscreen:configfile={layout}"])
    app = build(deck, settings_path=settings)
    if "rehearsal" in sys.argv[4:]:
        app.set_rehearsal(True)
    qapp.processEvents()
    p, d = app.patient, app.presenter
    print(json.dumps({
        "placement": [app.placement.doctor, app.placement.patient],
        "patient_visible": p.isVisible(),
        "patient_full_screen": p.isFullScreen(),
        "patient_covers_console": p.isVisible() and p.geometry().contains(d.geometry()),
        "presenter_visible": d.isVisible(),
        "presenter_screen": d.screen().name(),
        "console_shows_patient_view": "Welcome" in d.current.visible_text(),
    }))
    app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
