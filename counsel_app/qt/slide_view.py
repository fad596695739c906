"""A widget that paints one view of a slide from a shared layout, scaled to its size, and the
doctor's marks (pointer dot, ink) over it."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPixmap, QRegion
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..core.ink import NO_MARKS, Marks
from ..core.themes import Theme, theme as get_theme
from .marks import InkLayer, changed_rect, paint_marks
from .render import SlideLayout, content_height, paint_layout


def picture_text(layout: SlideLayout) -> str:
    """The layout's text with each picture replaced by what it says (caption, or why it is missing)."""
    text = layout.doc.toPlainText()
    for said in layout.doc.property("counsel_pictures") or []:
        text = text.replace("\ufffc", f"[{said}]", 1)
    return text


def picture_at(layout: SlideLayout, page: int, point: QPointF) -> bool:
    """Whether `point` (in the patient screen's pixels) is on one of the layout's pictures: a
    background picture where it is drawn in its cell, or a picture in the text of view `page`."""
    for picture in layout.backdrop:
        if picture.target.intersected(picture.cell).contains(point):
            return True
    if not layout.content.contains(point) or not 0 <= page < layout.pages:
        return False
    lift = (layout.content.height() - content_height(layout.doc)) / 2 if layout.centred else 0.0
    inside = point - layout.content.topLeft() + QPointF(0, layout.breaks[page] - lift)
    return bool(layout.doc.documentLayout().imageAt(inside))


def _inside(rect: QRectF) -> QRect:
    """The whole pixels that `rect` covers completely."""
    left, top = math.ceil(rect.left()), math.ceil(rect.top())
    return QRect(left, top, max(0, math.floor(rect.right()) - left), max(0, math.floor(rect.bottom()) - top))


class PixmapCache:
    """Finished pictures of slide views, so a page turn only copies pixels.

    Text at patient sizes (70-110 px) is drawn from glyph outlines on every paint; drawing it
    once per view and size keeps turning a page within one frame.
    """

    def __init__(self, limit: int = 3) -> None:  # this slide and the two either side: ~25 MB at 1080p
        self._items: dict[tuple[object, ...], tuple[SlideLayout, QPixmap]] = {}
        self._limit = limit
        self._shown: tuple[object, ...] | None = None  # the picture on screen: never the one dropped

    def get(self, layout: SlideLayout, page: int, size: QSize, ratio: float, theme: Theme,
            *, shown: bool = False) -> QPixmap:
        """The picture of a view, drawn if it is not kept; `shown`: it is the one on screen now."""
        key = (id(layout), page, size.width(), size.height(), ratio, theme.name)
        if shown:
            self._shown = key  # (the picture shown before may be painted over now)
        held = self._items.pop(key, None)  # the entry holds its layout, so the id is never reused
        pix = held[1] if held is not None and held[0] is layout else None
        if pix is None:
            pixels = QSize(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))
            pix = self._oldest_if_full(pixels, ratio) or QPixmap(pixels)
            pix.setDevicePixelRatio(ratio)
            painter = QPainter(pix)
            paint_layout(painter, layout, page, QRectF(0, 0, size.width(), size.height()), theme)
            painter.end()
        self._items[key] = (layout, pix)  # most recently used last
        while len(self._items) > self._limit and (oldest := self._oldest()) is not None:
            self._items.pop(oldest)
        return pix

    def _oldest(self) -> tuple[object, ...] | None:
        """The least recently used picture, other than the one on screen (drawing ahead of a jump
        must not drop it: the window would draw it again when it is next exposed)."""
        return next((key for key in self._items if key != self._shown), None)

    def _oldest_if_full(self, pixels: QSize, ratio: float) -> QPixmap | None:
        """When the cache is full, the picture it would drop next, if it has this size: the new one
        is painted over it (every pixel). A new 1080p picture costs 5 ms more than reusing one: its
        8 MB come fresh from the system (stage._give_back_dropped_pictures), page by page."""
        if len(self._items) < self._limit:
            return None
        oldest = self._oldest()
        if oldest is None:
            return None
        pix = self._items[oldest][1]
        if pix.size() != pixels or pix.devicePixelRatio() != ratio:
            return None
        del self._items[oldest]
        return pix


class SlideView(QWidget):
    """Shows a `SlideLayout` (or black, white, or nothing). Knows nothing of notes or sessions.

    Signals: picture_clicked() - the left button went down on a picture of the slide shown (a
    pen stroke never gets here: the pen takes its presses first)."""

    picture_clicked = Signal()

    def __init__(self, parent: QWidget | None = None, *, frame_colour: str | None = None,
                 pictures: int = 1) -> None:
        super().__init__(parent)
        self._layout: SlideLayout | None = None
        self._page = 0
        self._theme: Theme = get_theme(None)
        self._fill: str | None = None
        self._frame_colour = frame_colour
        self._pixmaps = PixmapCache(pictures)
        self._marks: Marks = NO_MARKS
        self._ink = InkLayer()
        self.painted = False  # whether it has painted once (the first frame comes before drawing ahead)
        self.behind = False  # a new view was given and is not painted yet (drawing ahead waits for it)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def show_layout(self, layout: SlideLayout | None, page: int, theme: Theme, fill: str | None = None) -> None:
        """fill: "black" or "white" paints that colour instead of the slide."""
        if (layout, page, theme, fill) == (self._layout, self._page, self._theme, self._fill):
            return
        self._layout, self._page, self._theme, self._fill = layout, page, theme, fill
        self.behind = True
        self.update()

    def paint_now(self) -> None:
        """Paint a view given and not painted yet at once, and put it on screen (repaint() returns
        when it is there), ahead of other windows' work; nothing if it is hidden or up to date."""
        if self.behind and self.isVisible():
            self.repaint()

    def set_marks(self, marks: Marks) -> None:
        """The pointer dot and ink over the slide; repaints only what changed (never lays out again)."""
        old, self._marks = self._marks, marks
        self._ink.changed(old, marks)
        if self._fill or self._layout is None:
            return
        area = changed_rect(old, marks, self.slide_rect())
        if area is None:
            self.update()
        elif not area.isEmpty():
            self.update(area.toAlignedRect())

    def marks(self) -> Marks:
        return self._marks

    def slide_rect(self) -> QRectF:
        """Where the slide is drawn in this widget."""
        return self._slide_rect(QRectF(self.rect()))

    def prepare(self, layout: SlideLayout, page: int = 0) -> None:
        """Draw a view ahead of time (the slides next to the current one), off the page-turn path."""
        target = self._slide_rect_for(QRectF(self.rect()), layout)
        self._pixmaps.get(layout, page, QSize(round(target.width()), round(target.height())),
                          self.devicePixelRatioF(), self._theme)

    def layout_shown(self) -> SlideLayout | None:
        return self._layout

    def visible_text(self) -> str:
        """What a viewer can read on this widget now (for privacy tests and accessibility)."""
        if self._layout is None or self._fill:
            return ""
        return picture_text(self._layout)

    def picture_at(self, pos: QPointF) -> bool:
        """Whether a point of this widget is on a picture of the slide shown."""
        if self._layout is None or self._fill:
            return False
        rect = self.slide_rect()
        scale = rect.width() / max(1, self._layout.size.width())
        if scale <= 0 or not rect.contains(pos):
            return False
        return picture_at(self._layout, self._page, (pos - rect.topLeft()) / scale)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton and self.picture_at(event.position()):
            self.picture_clicked.emit()
        super().mousePressEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(320, 180)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        self.painted, self.behind = True, False
        painter = QPainter(self)
        rect = QRectF(self.rect())
        target = self._slide_rect(rect)
        # the margins around the slide only: the slide's own pixels are covered below, and filling a
        # 1920x1080 window first costs as much again as copying the slide (a page turn's budget)
        around = QColor("#202020") if self._frame_colour else QColor(self._theme.background)
        margins = QRegion(self.rect()) - QRegion(_inside(target))
        if not margins.isEmpty():
            painter.setClipRegion(margins)
            painter.fillRect(rect, around)
            painter.setClipping(False)
        if self._fill:
            painter.fillRect(target, QColor("#000000" if self._fill == "black" else "#FFFFFF"))
        elif self._layout is not None:
            size = QSize(round(target.width()), round(target.height()))
            painter.drawPixmap(target.topLeft(), self._pixmaps.get(self._layout, self._page, size,
                                                                  self.devicePixelRatioF(), self._theme, shown=True))
            paint_marks(painter, self._marks, target, self._ink, self.devicePixelRatioF())
        else:
            painter.fillRect(target, around)
        if self._frame_colour:
            painter.setPen(QColor(self._frame_colour))
            painter.drawRect(target.adjusted(0, 0, -1, -1))
        painter.end()

    def _slide_rect(self, rect: QRectF) -> QRectF:
        return self._slide_rect_for(rect, self._layout)

    @staticmethod
    def _slide_rect_for(rect: QRectF, layout: SlideLayout | None) -> QRectF:
        if layout is None:
            return rect
        size = layout.size
        scale = min(rect.width() / size.width(), rect.height() / size.height())
        w, h = size.width() * scale, size.height() * scale
        return QRectF(rect.x() + (rect.width() - w) / 2, rect.y() + (rect.height() - h) / 2, w, h)
