"""The pointer dot and the pen: mouse over the console's slide view becomes marks on both views.

`MarksController` watches the mouse on the console's current slide (an event filter), keeps this
visit's `InkBook` and emits `marks_changed(Marks)`; both slide views paint the marks over the
slide they already drew (`paint_marks`), repainting only the part that changed. The slide is
never laid out again for a mouse move; each view keeps its strokes in an `InkLayer`. Marks go to the patient only while `Frame.marks_shown`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPen, QPixmap

from ..core.ink import NO_MARKS, InkBook, Marks, Point, Stroke
from ..core.session import Frame, Tool

if TYPE_CHECKING:  # slide_view draws the marks: it imports this module
    from .slide_view import SlideView

DOT = 0.022  # the pointer dot's radius, of the slide's height: 4.4% across (at least 2% asked)
PEN = 0.008  # the pen's width, of the slide's height
INK = QColor("#d50000")  # red, with a white rim so it shows on dark pictures and the dark theme
RIM = QColor("#ffffff")


def to_slide(pos: QPointF, rect: QRectF) -> Point | None:
    """A point of the widget in slide coordinates (0..1), or None outside the slide."""
    if rect.width() <= 0 or rect.height() <= 0 or not rect.contains(pos):
        return None
    return ((pos.x() - rect.x()) / rect.width(), (pos.y() - rect.y()) / rect.height())


def _at(p: Point, rect: QRectF) -> QPointF:
    return QPointF(rect.x() + p[0] * rect.width(), rect.y() + p[1] * rect.height())


def dot_rect(p: Point, rect: QRectF) -> QRectF:
    r = DOT * rect.height() + 3
    c = _at(p, rect)
    return QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r)


def segment_rect(a: Point, b: Point, rect: QRectF) -> QRectF:
    pad = PEN * rect.height() + 4
    pa, pb = _at(a, rect), _at(b, rect)
    return QRectF(pa, pb).normalized().adjusted(-pad, -pad, pad, pad)


def finished(old: Marks, new: Marks) -> bool:
    """The stroke being drawn became a finished stroke: nothing changed on screen."""
    return (old.drawing is not None and new.drawing is None and len(new.strokes) == len(old.strokes) + 1
            and new.strokes[-1] is old.drawing and all(a is b for a, b in zip(new.strokes, old.strokes)))


def extends(old: Marks, new: Marks) -> bool:
    """Only the stroke being drawn grew (by the points after the old one's)."""
    if new.strokes is not old.strokes or new.drawing is None:
        return False
    before = old.drawing.points if old.drawing else ()
    return len(new.drawing.points) >= len(before) and new.drawing.points[:len(before)] == before


def changed_rect(old: Marks, new: Marks, rect: QRectF) -> QRectF | None:
    """The part of the view to repaint between two marks, or None for the whole view."""
    area = QRectF()
    if finished(old, new):
        return area
    if new.strokes is not old.strokes:
        return None
    if new.pointer != old.pointer:
        for p in (old.pointer, new.pointer):
            if p is not None:
                area = area.united(dot_rect(p, rect))
    if new.drawing is not old.drawing:
        before = old.drawing.points if old.drawing else ()
        after = new.drawing.points if new.drawing else ()
        if len(after) < len(before) or after[:len(before)] != before:
            return None  # a stroke finished or taken back: the whole view
        tail = after[max(0, len(before) - 1):]
        for a, b in zip(tail, tail[1:] or tail):
            area = area.united(segment_rect(a, b, rect))
    return area


def _paint_strokes(painter: QPainter, strokes: tuple[Stroke, ...], rect: QRectF,
                   rim_from: int = 0, ink_from: int = 0) -> None:
    """Strokes thick and round, red with a white rim: every rim first, then the red over them.
    `rim_from`/`ink_from`: start at that point of a single stroke (adding a segment to the layer)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width = max(2.0, PEN * rect.height())
    for colour, w, start in ((RIM, width * 1.6, rim_from), (INK, width, ink_from)):
        painter.setPen(QPen(colour, w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        for stroke in strokes:
            pts = stroke.points[start:]
            if len(pts) == 1:
                painter.drawPoint(_at(pts[0], rect))
            elif pts:
                path = QPainterPath(_at(pts[0], rect))
                for p in pts[1:]:
                    path.lineTo(_at(p, rect))
                painter.drawPath(path)


class InkLayer:
    """One view's strokes drawn once into a transparent picture of the slide's size: a new segment
    of the stroke being drawn is added to it, so a pen move costs the same on a slide full of ink."""

    def __init__(self) -> None:
        self._pix: QPixmap | None = None

    def changed(self, old: Marks, new: Marks) -> None:
        if self._pix is None or finished(old, new) or (new.strokes is old.strokes and new.drawing is old.drawing):
            return
        if not extends(old, new) or new.drawing is None:
            self._pix = None  # drawn again in full at the next paint
            return
        n = len(old.drawing.points) if old.drawing else 0
        painter = QPainter(self._pix)
        rect = QRectF(0, 0, self._pix.width() / self._pix.devicePixelRatio(),
                      self._pix.height() / self._pix.devicePixelRatio())
        # the new segment's rim, then the red of the last two segments, so the joint stays red
        _paint_strokes(painter, (new.drawing,), rect, rim_from=max(0, n - 1), ink_from=max(0, n - 2))
        painter.end()

    def draw(self, painter: QPainter, marks: Marks, rect: QRectF, ratio: float) -> None:
        strokes = marks.strokes + ((marks.drawing,) if marks.drawing else ())
        if not strokes:
            return
        w, h = max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio))
        if self._pix is None or (self._pix.width(), self._pix.height()) != (w, h):
            self._pix = QPixmap(w, h)
            self._pix.setDevicePixelRatio(ratio)
            self._pix.fill(Qt.GlobalColor.transparent)
            p = QPainter(self._pix)
            _paint_strokes(p, strokes, QRectF(0, 0, rect.width(), rect.height()))
            p.end()
        painter.drawPixmap(rect.topLeft(), self._pix)


def paint_marks(painter: QPainter, marks: Marks, rect: QRectF, layer: InkLayer | None = None,
                ratio: float = 1.0) -> None:
    """The strokes and the pointer dot over the slide at `rect` (strokes from `layer` when given)."""
    if marks.empty:
        return
    painter.save()
    if layer is not None:
        layer.draw(painter, marks, rect, ratio)
    else:
        _paint_strokes(painter, marks.strokes + ((marks.drawing,) if marks.drawing else ()), rect)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if marks.pointer is not None:
        r = DOT * rect.height()
        painter.setPen(QPen(RIM, max(2.0, r * 0.25)))
        painter.setBrush(INK)
        painter.drawEllipse(_at(marks.pointer, rect), r, r)
    painter.restore()


class MarksController(QObject):
    """Signals: marks_changed(Marks) - what both slide views draw over the slide now."""

    marks_changed = Signal(object)

    def __init__(self, view: SlideView) -> None:
        super().__init__()
        self._view = view
        self.book = InkBook()
        self._frame: Frame | None = None
        self._drawing: Stroke | None = None
        self._pointer: Point | None = None
        self.marks: Marks = NO_MARKS
        view.setMouseTracking(True)
        view.installEventFilter(self)

    @property
    def tool(self) -> Tool:
        return self._frame.tool if self._frame is not None else Tool.NONE

    def show_frame(self, frame: Frame) -> None:
        before = self._frame
        if before is None or (before.ink_key, before.tool) != (frame.ink_key, frame.tool):
            self._finish()  # a stroke cut short by a page turn stays on the slide it was drawn on
            if frame.tool is not Tool.POINTER:
                self._pointer = None
        self._frame = frame
        cursor = Qt.CursorShape.ArrowCursor if frame.tool is Tool.NONE else Qt.CursorShape.CrossCursor
        if self._view.cursor().shape() != cursor:
            self._view.setCursor(cursor)
        self._emit()

    def undo(self) -> None:
        """Ctrl+Z in pen mode: take back the last stroke on this slide."""
        if self._frame is not None and self.book.undo(self._frame.ink_key):
            self._emit()

    def erase(self) -> None:
        """E: every stroke on this slide goes."""
        self._drawing = None
        if self._frame is not None and self.book.erase(self._frame.ink_key):
            self._emit()

    def clear(self) -> None:
        """A new visit: no ink anywhere, no dot."""
        self.book = InkBook()
        self._drawing = self._pointer = None
        self._emit()

    def _finish(self) -> None:
        if self._drawing is not None and self._frame is not None:
            self.book.add(self._frame.ink_key, self._drawing)
        self._drawing = None

    def _emit(self) -> None:
        f = self._frame
        marks = NO_MARKS
        if f is not None and f.marks_shown:
            marks = Marks(self.book.strokes(f.ink_key), self._drawing, self._pointer)
        if marks.empty and self.marks.empty:
            return
        self.marks = marks
        self.marks_changed.emit(marks)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        tool = self.tool
        if tool is Tool.NONE or self._frame is None or not self._frame.marks_shown:
            return False
        if kind == QEvent.Type.Leave:
            if self._pointer is not None:
                self._pointer = None
                self._emit()
            return False
        if not isinstance(event, QMouseEvent):
            return False
        rect = self._view.slide_rect()
        p = to_slide(event.position(), rect)
        if tool is Tool.POINTER and kind in (QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress):
            if p != self._pointer:
                self._pointer = p
                self._emit()
            return False
        if tool is Tool.PEN:
            left = event.buttons() & Qt.MouseButton.LeftButton
            if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton and p:
                self._drawing = Stroke((p,))
                self._emit()
                return True
            if kind == QEvent.Type.MouseMove and left and self._drawing is not None:
                grown = self._drawing.extended(to_slide_clamped(event.position(), rect))
                if grown is not self._drawing:
                    self._drawing = grown
                    self._emit()
                return True
            if kind == QEvent.Type.MouseButtonRelease and self._drawing is not None:
                self._finish()
                self._emit()
                return True
        return False


def to_slide_clamped(pos: QPointF, rect: QRectF) -> Point:
    """Like `to_slide`, but a stroke that runs off the slide stays on its edge."""
    w, h = max(rect.width(), 1.0), max(rect.height(), 1.0)
    return (min(1.0, max(0.0, (pos.x() - rect.x()) / w)), min(1.0, max(0.0, (pos.y() - rect.y()) / h)))
