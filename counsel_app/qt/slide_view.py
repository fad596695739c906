"""A widget that paints one view of a slide from a shared layout, scaled to its size."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..core.themes import Theme, theme as get_theme
from .render import SlideLayout, paint_layout


class SlideView(QWidget):
    """Shows a `SlideLayout` (or black, white, or nothing). Knows nothing of notes or sessions."""

    def __init__(self, parent: QWidget | None = None, *, frame_colour: str | None = None) -> None:
        super().__init__(parent)
        self._layout: SlideLayout | None = None
        self._page = 0
        self._theme: Theme = get_theme(None)
        self._fill: str | None = None
        self._frame_colour = frame_colour
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def show_layout(self, layout: SlideLayout | None, page: int, theme: Theme, fill: str | None = None) -> None:
        """fill: "black" or "white" paints that colour instead of the slide."""
        if (layout, page, theme, fill) == (self._layout, self._page, self._theme, self._fill):
            return
        self._layout, self._page, self._theme, self._fill = layout, page, theme, fill
        self.update()

    def layout_shown(self) -> SlideLayout | None:
        return self._layout

    def visible_text(self) -> str:
        """What a viewer can read on this widget now (for privacy tests and accessibility)."""
        if self._layout is None or self._fill:
            return ""
        return self._layout.doc.toPlainText()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(320, 180)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        rect = QRectF(self.rect())
        painter.fillRect(rect, QColor("#202020") if self._frame_colour else QColor(self._theme.background))
        if self._fill:
            painter.fillRect(self._slide_rect(rect), QColor("#000000" if self._fill == "black" else "#FFFFFF"))
        elif self._layout is not None:
            paint_layout(painter, self._layout, self._page, self._slide_rect(rect), self._theme)
        if self._frame_colour:
            painter.setPen(QColor(self._frame_colour))
            painter.drawRect(self._slide_rect(rect).adjusted(0, 0, -1, -1))
        painter.end()

    def _slide_rect(self, rect: QRectF) -> QRectF:
        if self._layout is None:
            return rect
        size = self._layout.size
        scale = min(rect.width() / size.width(), rect.height() / size.height())
        w, h = size.width() * scale, size.height() * scale
        return QRectF(rect.x() + (rect.width() - w) / 2, rect.y() + (rect.height() - h) / 2, w, h)
