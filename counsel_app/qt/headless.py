"""A QGuiApplication for commands without a window (check's fit test, the handout): offscreen
when there is no display, so they run on a server or over ssh."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication


def ensure_gui_app() -> QCoreApplication:
    """The running application, or a new QGuiApplication (offscreen on Linux and BSD without a display)."""
    app = QGuiApplication.instance()
    if app is None:
        if (sys.platform not in ("win32", "darwin") and not os.environ.get("DISPLAY")
                and not os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1] or ["counsel-app"])
    return app
