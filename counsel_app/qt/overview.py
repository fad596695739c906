"""The overview: every slide of the deck as a grid of small pictures, on the doctor's console only.

Arrows (and Home/End) move, typing a number picks that slide, Enter (or a double-click) shows the
chosen slide to the patient, Esc or Tab closes. The patient keeps the current slide meanwhile.
Signals: chosen(int) (0-based), closed().
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
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
        self.itemDoubleClicked.connect(lambda item: self.chosen.emit(self.row(item)))  # Enter: keyPressEvent

    def show_slides(self, pictures: list[QPixmap], titles: list[str], current: int) -> None:
        """One item per slide, `current` selected."""
        self.clear()
        self.typed = ""
        for i, (pix, title) in enumerate(zip(pictures, titles)):
            item = QListWidgetItem(QIcon(pix), f"{i + 1}. {title}")
            item.setToolTip(item.text())
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.addItem(item)
        self.setCurrentRow(max(0, min(current, self.count() - 1)))

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
