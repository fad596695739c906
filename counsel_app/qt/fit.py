"""Fit checks for tools without a window (the deck checker): a Qt GUI app offscreen if needed."""

from __future__ import annotations

from ..core.deck import Deck
from .headless import ensure_gui_app


def overflowing_slides(deck: Deck, width: int, height: int) -> list[int]:
    """Slides (1-based) that do not fit a width x height patient screen even at the floor size."""
    ensure_gui_app()
    from .render import overflowing_slides as _overflowing

    return _overflowing(deck, width, height)
