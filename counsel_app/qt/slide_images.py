"""Every patient view of a deck as a picture, drawn exactly as the patient screen draws it.

`slide_images(deck, size, theme)` lays each slide out with the patient view's rules (auto-fit,
continuation views) and paints it with the same `paint_layout`; the names are `slide-01.png`,
and a slide's further views `slide-01-2.png`, ... Used by `counsel-app export`.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPainter

from ..core.deck import Deck
from ..core.themes import Theme
from .render import layout_slide, paint_layout


def slide_images(deck: Deck, size: QSize, theme: Theme) -> list[tuple[str, QImage]]:
    width = max(2, len(str(len(deck.slides))))
    out: list[tuple[str, QImage]] = []
    for number, slide in enumerate(deck.slides, start=1):
        layout = layout_slide(slide, deck, size, theme)
        for page in range(layout.pages):
            image = QImage(size, QImage.Format.Format_RGB32)
            painter = QPainter(image)
            paint_layout(painter, layout, page, QRectF(0, 0, size.width(), size.height()), theme)
            painter.end()
            name = f"slide-{number:0{width}d}" + (f"-{page + 1}" if page else "") + ".png"
            out.append((name, image))
    return out
