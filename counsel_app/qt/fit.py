"""Fit checks for tools without a window (the deck checker): a Qt GUI app offscreen if needed."""

from __future__ import annotations

import os
import sys

from ..core.deck import Deck


def ensure_gui_app():
    """A QGuiApplication for layout work; offscreen when there is no display."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["counsel-app"])
    return app


def overflowing_slides(deck: Deck, width: int, height: int) -> list[int]:
    """Slides (1-based) that do not fit a width x height patient screen even at the floor size."""
    ensure_gui_app()
    from .render import overflowing_slides as _overflowing

    return _overflowing(deck, width, height)
