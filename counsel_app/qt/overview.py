"""The overview: every slide of the deck as a grid of small pictures, on the doctor's console only.

Arrows (and Home/End) move, typing a number picks that slide, Enter (or a double-click) shows the
chosen slide to the patient, Esc or Tab closes. The patient keeps the current slide meanwhile.
Signals: chosen(int) (0-based), closed(), highlighted(int) (the choice moved: app.py previews it for the
doctor, so the slide is drawn ahead and Enter shows it at once).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHideEvent, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from ..core.themes import Theme
from .render import SlideLayout, paint_layout

Key = Qt.Key
THUMB = QSize(288, 162)
_DIGITS = {getattr(Key, f"Key_{d}"): str(d) for d in range(10)}
# the keys the overview keeps while it has the keyboard (the key router asks); a clicker's PgDn, B, `.`
# still reach the presentation
OWN_KEYS = frozenset({Key.Key_Left, Key.Key_Right, Key.Key_Up, Key.Key_Down, Key.Key_Home, Key.Key_End,
                      Key.Key_Return, Key.Key_Enter, Key.Key_Escape, Key.Key_Tab, Key.Key_Backspace,
                      *_DIGITS})


def thumbnail(layout: SlideLayout, theme: Theme, skipped: bool) -> QPixmap:
    pix = QPixmap(THUMB)
    painter = QPainter(pix)
    paint_layout(painter, layout, 0, QRectF(0, 0, THUMB.width(), THUMB.height()), theme)
    if skipped:  # left out for this patient: greyed, as in the outline
        painter.fillRect(QRectF(0, 0, THUMB.width(), THUMB.height()), QColor(128, 128, 128, 170))
    painter.setPen(QColor("#888888"))  # a white slide on the white list still has an edge
    painter.drawRect(0, 0, THUMB.width() - 1, THUMB.height() - 1)
    painter.end()
    return pix


class Overview(QListWidget):
    chosen = Signal(int)
    closed = Signal()
    highlighted = Signal(int)
    own_keys = OWN_KEYS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWrapping(True)
        self.setUniformItemSizes(True)
        self.setIconSize(THUMB)
        self.setSpacing(12)
        self.setStyleSheet("QListWidget { font-size: 18px; } "
                           "QListWidget::item:selected { background: #5a9bd5; color: white; }")
        self.typed = ""
        self._picture: Callable[[int], QPixmap] | None = None
        self._todo: list[int] = []
        # pictures are drawn a few at a time when the event loop is idle, those near the current slide
        # first: a long deck opens at once and the keys never wait
        self._filler = QTimer(self, interval=0)
        self._filler.timeout.connect(self._fill_some)
        self.itemDoubleClicked.connect(lambda item: self.chosen.emit(self.row(item)))  # Enter: keyPressEvent
        self.currentRowChanged.connect(lambda row: self.highlighted.emit(row) if row >= 0 and self.isVisible() else None)

    def show_slides(self, titles: list[str], current: int, picture: Callable[[int], QPixmap]) -> None:
        """One item per slide, `current` selected; `picture(i)` draws slide i small."""
        self.clear()
        self.typed = ""
        blank = QPixmap(THUMB)
        blank.fill(QColor("#d0d0d0"))
        for i, title in enumerate(titles):
            item = QListWidgetItem(QIcon(blank), f"{i + 1}. {title}")
            item.setToolTip(item.text())
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.addItem(item)
        current = max(0, min(current, self.count() - 1))
        self.setCurrentRow(current)
        near = list(range(max(0, current - 12), min(self.count(), current + 25)))
        first = set(near)
        self._todo = near + [i for i in range(self.count()) if i not in first]
        self._picture = picture
        self._fill_some()
        self._filler.start()

    def _fill_some(self, n: int = 6) -> None:
        for _ in range(n):
            if not self._todo or self._picture is None:
                self._filler.stop()
                return
            i = self._todo.pop(0)
            item = self.item(i)
            if item is not None:
                item.setIcon(QIcon(self._picture(i)))

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self._filler.stop()
        self._todo = []
        super().hideEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = Key(event.key())
        if key in _DIGITS:
            self.typed = (self.typed + _DIGITS[key])[-4:]
            wanted = int(self.typed) - 1
            if 0 <= wanted < self.count():
                self.setCurrentRow(wanted)
        elif key == Key.Key_Backspace:
            self.typed = self.typed[:-1]
        elif key in (Key.Key_Return, Key.Key_Enter):
            if self.currentRow() >= 0:
                self.chosen.emit(self.currentRow())
        elif key in (Key.Key_Escape, Key.Key_Tab):
            self.closed.emit()
        else:
            self.typed = ""
            super().keyPressEvent(event)

    def focusNextPrevChild(self, _next: bool) -> bool:  # noqa: N802 (Qt override)
        return False  # Tab closes the overview instead of moving the focus away
