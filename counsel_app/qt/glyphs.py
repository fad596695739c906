"""Slide text drawn glyph by glyph: large text four to five times faster than Qt draws it, same pixels.

Qt draws text larger than 64 px (most patient text) from the glyphs' outlines, a line at a time: it
joins a line's outlines into one path and fills that, and the filling costs grow with the length of
the line (290 us a glyph at 80 px). Filling each glyph's outline on its own gives the same pixels
(the same outlines, the same rasteriser) for 60 us. A 1080p slide not drawn ahead (a jump, the
outline) took 15-30 ms of text; drawing ahead took as long, and a page turn could wait behind it.

So slide documents are built with their text transparent (`hide_text`: Qt skips transparent text
and still draws everything else: bullets, pictures, rules, backgrounds), each fragment keeping its
colour in a property, and `draw_text` draws what Qt laid out, at its places: glyphs larger than 64 px
on the device from their outlines (the last hundred or so kept), smaller ones as Qt draws them
(`drawGlyphRun`, from Qt's own cache of glyph pictures).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (QColor, QGlyphRun, QPainter, QPainterPath, QRawFont, QTextBlock, QTextCharFormat,
                           QTextCursor, QTextDocument, QTransform)

INK = QTextCharFormat.Property.UserProperty + 1  # a fragment's own colour, kept while it is transparent
CACHED_LIMIT = 64  # px on the device: Qt keeps pictures of glyphs up to this size and draws them fast
_CLEAR = QColor(0, 0, 0, 0)


def hide_text(doc: QTextDocument, default: QColor) -> None:
    """Make every fragment's text transparent (Qt then draws nothing of it), keeping its colour in
    INK. Call before the document is laid out: only colours change, never the layout."""

    def hide(fmt: QTextCharFormat) -> None:
        brush = fmt.foreground()
        fmt.setProperty(INK, brush.color() if brush.style() != Qt.BrushStyle.NoBrush else default)
        fmt.setForeground(_CLEAR)

    restyle(doc, hide)


def restyle(doc: QTextDocument, change: Callable[[QTextCharFormat], None]) -> None:
    """Apply `change` to the character format of every fragment of the document."""
    cursor = QTextCursor(doc)
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            it += 1
            fmt = frag.charFormat()
            change(fmt)
            cursor.setPosition(frag.position())
            cursor.setPosition(frag.position() + frag.length(), QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(fmt)
        block = block.next()


class _Outlines:
    """Glyph outlines by (font, glyph) at one size (REFERENCE px), scaled to any size when filled:
    the outlines are unhinted, so a scaled one is the outline at that size. The most recently used
    are kept: each takes some kB (a deck uses hundreds of glyphs; 150 MB is the budget for all)."""

    REFERENCE = 100.0

    def __init__(self, limit: int = 128) -> None:
        self._items: OrderedDict[tuple[object, ...], QPainterPath] = OrderedDict()
        self._fonts: dict[tuple[object, ...], QRawFont] = {}
        self._limit = limit

    def get(self, raw: QRawFont, glyph: int) -> QPainterPath:
        font = (raw.familyName(), raw.styleName(), raw.weight())
        key = (font, glyph)
        path = self._items.get(key)
        if path is not None:
            self._items.move_to_end(key)
            return path
        reference = self._fonts.get(font)
        if reference is None:
            reference = self._fonts[font] = QRawFont(raw)
            reference.setPixelSize(self.REFERENCE)
        path = self._items[key] = reference.pathForGlyph(glyph)
        path.setFillRule(Qt.FillRule.WindingFill)  # as Qt fills text: overlapping strokes stay filled
        if len(self._items) > self._limit:
            self._items.popitem(last=False)
        return path


_outlines = _Outlines()


def draw_text(painter: QPainter, doc: QTextDocument, clip: QRectF) -> None:
    """Draw the text of a document made with `hide_text`, in document coordinates (as
    QTextDocument.drawContents does), with underlines and strike-outs. Blocks outside `clip` are
    passed over."""
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0  # 1.25-2 on scaled screens
    scale = painter.worldTransform().m22() * ratio  # paint_layout translates and scales only
    layout = doc.documentLayout()
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        if rect.bottom() >= clip.top() and rect.top() <= clip.bottom() and block.length() > 1:
            _draw_block(painter, block, rect.topLeft(), scale)
        block = block.next()
    painter.restore()


def _draw_block(painter: QPainter, block: QTextBlock, origin: QPointF, scale: float) -> None:
    lines = block.layout()
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        it += 1
        ink = frag.charFormat().property(INK)
        if not isinstance(ink, QColor):
            continue  # not hidden: Qt drew it
        for run in lines.glyphRuns(frag.position() - block.position(), frag.length()):
            raw = run.rawFont()
            if raw.pixelSize() * scale <= CACHED_LIMIT:
                painter.setPen(ink)
                painter.drawGlyphRun(origin, run)
                painter.setPen(Qt.PenStyle.NoPen)
            else:
                base = painter.worldTransform()
                k = raw.pixelSize() / _Outlines.REFERENCE
                for glyph, at in zip(run.glyphIndexes(), run.positions(), strict=True):
                    painter.setWorldTransform(QTransform(k, 0, 0, k, origin.x() + at.x(), origin.y() + at.y()) * base)
                    painter.fillPath(_outlines.get(raw, glyph), ink)
                painter.setWorldTransform(base)
            if run.underline() or run.strikeOut():
                _lines(painter, run, raw, origin, ink)


def _lines(painter: QPainter, run: QGlyphRun, raw: QRawFont, origin: QPointF, ink: QColor) -> None:
    """A run's underline or strike-out, in its colour and the font's line thickness."""
    positions = run.positions()
    if not positions:
        return
    left = origin.x() + positions[0].x()
    right = origin.x() + positions[-1].x() + raw.advancesForGlyphIndexes(run.glyphIndexes()[-1:])[0].x()
    base = origin.y() + positions[0].y()
    thickness = max(1.0, raw.lineThickness())
    if run.underline():
        painter.fillRect(QRectF(left, base + raw.underlinePosition(), right - left, thickness), ink)
    if run.strikeOut():
        painter.fillRect(QRectF(left, base - raw.xHeight() / 2, right - left, thickness), ink)
