"""Every patient view of a deck as a picture, drawn exactly as the patient screen draws it.

`slide_images(deck, size, theme)` lays each slide out with the patient view's rules (auto-fit,
continuation views) and paints it with the same `paint_layout`; the names are `slide-01.png`,
and a slide's further views `slide-01-2.png`, ... `view_sizes(...)` says for the same views how
large the text is against the target and how much of the screen the pictures cover (`--sizes`).
Used by `counsel-app export`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPainter

from ..core.deck import Deck
from ..core.sizing import size_rule
from ..core.themes import Theme
from .render import SlideLayout, layout_slide, paint_layout


@dataclass(frozen=True)
class ViewSize:
    """One exported view: its file name, its body text in px against the target, and the share of
    the screen its background pictures cover (0 to 1; what lies outside a picture's cell is clipped)."""

    name: str
    text_px: int
    target_px: int
    picture_share: float


def _views(deck: Deck, size: QSize, theme: Theme) -> Iterator[tuple[str, SlideLayout, int]]:
    width = max(2, len(str(len(deck.slides))))
    for number, slide in enumerate(deck.slides, start=1):
        layout = layout_slide(slide, deck, size, theme)
        for page in range(layout.pages):
            yield f"slide-{number:0{width}d}" + (f"-{page + 1}" if page else "") + ".png", layout, page


def slide_images(deck: Deck, size: QSize, theme: Theme) -> list[tuple[str, QImage]]:
    out: list[tuple[str, QImage]] = []
    for name, layout, page in _views(deck, size, theme):
        image = QImage(size, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        paint_layout(painter, layout, page, QRectF(0, 0, size.width(), size.height()), theme)
        painter.end()
        out.append((name, image))
    return out


def view_sizes(deck: Deck, size: QSize, theme: Theme) -> list[ViewSize]:
    target = size_rule(size.height()).target_px
    area = max(1, size.width() * size.height())
    out = []
    for name, layout, _page in _views(deck, size, theme):
        shown = [p.target.intersected(p.cell) for p in layout.backdrop]
        share = sum(r.width() * r.height() for r in shown) / area
        out.append(ViewSize(name, layout.body_px, target, share))
    return out
