"""The console's notes box: read-only text whose layout is made ahead, like the slides' pictures.

A page turn used to give a QPlainTextEdit new text, which it wrapped while painting (1-3 ms, more
when a scroll bar came or went). Here the notes of the slides either side are laid out, and their
first screenful drawn, while the app is idle (`prepare`): a turn only copies pixels.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QEvent, QRect, QRectF, Qt
from PySide6.QtGui import (QAbstractTextDocumentLayout, QPainter, QPaintEvent, QPixmap, QResizeEvent,
                           QTextDocument, QTextOption)
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QWidget

MARGIN = 4  # around the text, as QPlainTextEdit has it
_Key = tuple[str, int, int, str]  # text, width and height of the box, font


class NotesView(QAbstractScrollArea):
    """Shows plain text wrapped to its width; scrolls with the wheel or its scroll bar. Never takes
    the keyboard (page keys belong to the presentation)."""

    def __init__(self, parent: QWidget | None = None, keep: int = 3) -> None:
        super().__init__(parent)
        self._text = ""
        self._key: _Key | None = None  # the text shown, as `_docs` knows it
        self._docs: OrderedDict[_Key, QTextDocument] = OrderedDict()
        # the first screenful of notes laid out ahead, drawn; given up once shown (the window keeps
        # what is on screen): at most the two slides either side, 1.5 MB each
        self._pages: dict[_Key, QPixmap] = {}
        self._laid_out_for = self.size()
        self._keep = keep  # this slide's notes and the ones either side
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # -- what the console calls --------------------------------------------------------
    def setPlainText(self, text: str) -> None:  # noqa: N802 (the name QPlainTextEdit had)
        self._text = text
        self.setAccessibleDescription(text)
        self.verticalScrollBar().setValue(0)
        self._show()

    def toPlainText(self) -> str:  # noqa: N802
        return self._text

    def prepare(self, text: str) -> None:
        """Lay `text` out and draw its first screenful now, at the width it will be shown at, so the
        turn to it only copies pixels (drawing 700 characters of notes took 3 ms inside the turn)."""
        key = self._key_for(text)
        doc = self._doc_for(key)
        if key != self._key and key not in self._pages:
            height = max(1, key[2])
            ratio = self.devicePixelRatioF()
            page = QPixmap(round(doc.textWidth() * ratio), round(height * ratio))
            page.setDevicePixelRatio(ratio)
            page.fill(self.palette().base().color())
            painter = QPainter(page)
            self._draw(painter, doc, QRectF(0, 0, doc.textWidth(), height))
            painter.end()
            self._pages[key] = page

    # -- internals -------------------------------------------------------------------
    def _widths(self) -> tuple[int, int]:
        """The text's width without and with the scroll bar."""
        full = max(1, self.width() - 2 * self.frameWidth())
        # the bar's own width (the style's scroll-bar extent), without asking the style: PySide
        # builds its QStyle class, with all its enums, on first use (10 ms of start-up)
        bar = self.verticalScrollBar().sizeHint().width()
        return full, max(1, full - bar)

    def _key_for(self, text: str) -> _Key:
        return text, self._widths()[0], self.height() - 2 * self.frameWidth(), self.font().key()

    def _doc_for(self, key: _Key) -> QTextDocument:
        """The laid-out text: at full width if it fits the height, else beside the scroll bar."""
        doc = self._docs.pop(key, None)
        if doc is None:
            text, full, height, _font = key
            doc = QTextDocument()
            doc.setDocumentMargin(MARGIN)
            doc.setDefaultFont(self.font())
            option = doc.defaultTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            doc.setDefaultTextOption(option)
            doc.setPlainText(text)
            doc.setTextWidth(full)
            if doc.size().height() > height:  # (size() lays it out now)
                doc.setTextWidth(self._widths()[1])
                doc.size()
        self._docs[key] = doc  # most recently used last
        while len(self._docs) > self._keep:  # the oldest go, never the text on screen
            dropped = next(k for k in self._docs if k != self._key)
            del self._docs[dropped]
            self._pages.pop(dropped, None)
        return doc

    def _draw(self, painter: QPainter, doc: QTextDocument, clip: QRectF) -> None:
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = self.palette()
        context.clip = clip
        painter.setClipRect(clip)
        doc.documentLayout().draw(painter, context)

    def _show(self) -> None:
        self._key = self._key_for(self._text)
        doc = self._doc_for(self._key)
        overflow = doc.textWidth() < self._key[1]
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOn if overflow else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)
        bar = self.verticalScrollBar()
        page = self.viewport().height()
        bar.setRange(0, max(0, round(doc.size().height()) - page))
        bar.setPageStep(page)
        bar.setSingleStep(max(1, self.fontMetrics().height()))
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        """Also called when only the viewport changed (the scroll bar came or went, set by `_show`):
        the text is laid out again only when the box itself has a new size."""
        super().resizeEvent(event)
        if self.size() != self._laid_out_for:
            self._laid_out_for = self.size()
            self._docs.clear()  # laid out for the old size
            self._pages.clear()
            self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._docs.clear()
            self._show()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._pages.clear()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 (Qt override)
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self.viewport())
        top = self.verticalScrollBar().value()
        page = self._pages.pop(self._key, None) if self._key is not None else None
        if page is not None and top == 0:
            painter.drawPixmap(0, 0, page)
            drawn = round(page.width() / page.devicePixelRatio())
            right = QRect(drawn, 0, self.viewport().width() - drawn, self.viewport().height())
            if right.width() > 0:
                painter.fillRect(right, self.palette().base())
        else:
            painter.fillRect(event.rect(), self.palette().base())
            doc = self._docs.get(self._key) if self._key is not None else None
            if doc is not None:
                painter.translate(0, -top)
                self._draw(painter, doc, QRectF(event.rect()).translated(0, top))
        painter.end()
