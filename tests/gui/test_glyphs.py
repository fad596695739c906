"""Slide text drawn glyph by glyph (qt/glyphs.py) looks as Qt itself draws it: at the patient's size
(from outlines), scaled down on the console (from Qt's glyph pictures), in every colour of the slide,
and sharp on a scaled screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from counsel_app.core.deck import load_deck
from counsel_app.core.themes import theme
from counsel_app.qt.glyphs import INK, restyle
from counsel_app.qt.render import layout_slide, paint_layout
from counsel_app.resources import slides_dir


def _qt_drawn(layout, page: int, size: QSize, light) -> QImage:
    """The same slide with Qt drawing the text itself: each fragment's colour given back."""
    doc = layout.doc.clone()
    restyle(doc, lambda fmt: fmt.setForeground(fmt.property(INK)))
    doc.setTextWidth(layout.doc.textWidth())
    return _painted(type(layout)(**{**layout.__dict__, "doc": doc}), page, size, light)


def _painted(layout, page: int, size: QSize, light) -> QImage:
    image = QImage(size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_layout(painter, layout, page, QRectF(0, 0, size.width(), size.height()), light)
    painter.end()
    return image


def _ink(image: QImage, background: QColor) -> tuple[int, list[int]]:
    """How many pixels (every second column) differ from the background: in all, and row by row."""
    bg = background.rgb()
    rows = [sum(1 for x in range(0, image.width(), 2) if image.pixel(x, y) != bg) for y in range(image.height())]
    return sum(rows), rows


@pytest.mark.parametrize("size", [QSize(1920, 1080), QSize(960, 540)], ids=["patient", "console"])
def test_slide_text_from_glyph_pictures_matches_qt(qapp, size):
    deck = load_deck(slides_dir() / "ret-bone-metastasis.md")
    light = theme("light")
    for index in (0, 2, 5):
        layout = layout_slide(deck.slides[index], deck, QSize(1920, 1080), light)
        ours, qts = _painted(layout, 0, size, light), _qt_drawn(layout, 0, size, light)
        total_ours, rows_ours = _ink(ours, QColor(light.background))
        total_qt, rows_qt = _ink(qts, QColor(light.background))
        assert total_ours > 1000, f"slide {index + 1}: no text drawn"
        assert abs(total_ours - total_qt) <= 0.01 * total_qt, f"slide {index + 1}: {total_ours} vs {total_qt}"
        # the same lines at the same heights: ink row by row within a pixel's shift
        moved = sum(abs(a - b) for a, b in zip(rows_ours, rows_qt, strict=True))
        assert moved <= 0.02 * total_qt, f"slide {index + 1}: rows differ by {moved} of {total_qt}"
        # the same pixels but for the shade of some edge pixels (each glyph is filled on its own)
        diffs = [abs((ours.pixel(x, y) & 0xFF) - (qts.pixel(x, y) & 0xFF))
                 for y in range(0, size.height(), 2) for x in range(0, size.width(), 2)]
        assert sum(diffs) / len(diffs) < 1.5, f"slide {index + 1}: mean grey difference"
        assert sum(1 for d in diffs if d > 100) <= len(diffs) // 2000, f"slide {index + 1}: pixels that differ"


def test_slide_text_is_sharp_on_a_scaled_screen(qapp):
    """On a screen scaled 200% (common on Windows), a slide drawn into a picture of twice the pixels
    is drawn as at full size: small text from glyph pictures made at the device's pixels, not blown up."""
    deck = load_deck(slides_dir() / "ret-bone-metastasis.md")
    light = theme("light")
    layout = layout_slide(deck.slides[2], deck, QSize(1920, 1080), light)
    for logical in (QSize(960, 540), QSize(480, 270)):  # large text, and text under 64 px on the device
        device = QSize(logical.width() * 2, logical.height() * 2)
        full = _painted(layout, 0, device, light)
        scaled = QImage(device, QImage.Format.Format_RGB32)
        scaled.setDevicePixelRatio(2.0)
        painter = QPainter(scaled)
        paint_layout(painter, layout, 0, QRectF(0, 0, logical.width(), logical.height()), light)
        painter.end()
        diff = sum(abs((full.pixel(x, y) & 0xFF) - (scaled.pixel(x, y) & 0xFF))
                   for y in range(0, device.height(), 3) for x in range(0, device.width(), 3))
        assert diff / ((device.height() // 3) * (device.width() // 3)) < 1.0, logical
