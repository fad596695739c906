"""The console's outline: every slide under its part; click previews privately, double-click or
Enter shows; the tick boxes leave slides (or a whole part) out for this patient.

Unticking a part unticks its title slide and all its slides; a slide can then be ticked back alone.
Signals: preview_requested(int), show_requested(int) (0-based), skips_changed(frozenset[int]).
The ticks show the frame's `skipped` (set_skipped); the outline keeps no slide state of its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from ..core.deck import Deck

_ROLE = Qt.ItemDataRole.UserRole
_GREY = QBrush(QColor("#8a8a8a"))


class Outline(QTreeWidget):
    preview_requested = Signal(int)
    show_requested = Signal(int)
    skips_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)  # one line each: a long deck is laid out without measuring every row
        self.setObjectName("outline")
        self.items: dict[int, QTreeWidgetItem] = {}
        self._skipped: frozenset[int] = frozenset()
        self._tick_clicked = False  # this click was on a tick box: no preview
        self.setAutoScroll(False)  # `select` scrolls, a page at a time (not a row at every turn)
        self._scroll_to: tuple[QTreeWidgetItem, QAbstractItemView.ScrollHint] | None = None
        self._scroll_timer = QTimer(self, singleShot=True, interval=40)  # see _scroll
        self._scroll_timer.timeout.connect(self._scroll)
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._activated)
        self.itemChanged.connect(self._ticked)

    def set_deck(self, deck: Deck, untitled: str) -> None:
        self.blockSignals(True)
        self.clear()
        self._scroll_to = None  # its item is gone
        self.items = {}
        self._skipped = frozenset()
        parent: QTreeWidgetItem | None = None
        top: list[QTreeWidgetItem] = []  # the tree is built apart and added at once (one model update)
        flags = QTreeWidgetItem().flags() | Qt.ItemFlag.ItemIsUserCheckable
        for s in deck.slides:
            label = f"{s.index}. " + (s.title or untitled)
            item = QTreeWidgetItem([label])
            item.setToolTip(0, label)  # a title cut by the column's width shows in full
            item.setData(0, _ROLE, s.index - 1)
            item.setFlags(flags)
            item.setCheckState(0, Qt.CheckState.Checked)
            self.items[s.index - 1] = item
            if s.is_part:
                parent = item
                f = item.font(0)
                f.setBold(True)
                item.setFont(0, f)
                top.append(item)
            elif parent is not None:
                parent.addChild(item)
            else:
                top.append(item)
        self.addTopLevelItems(top)
        self.expandAll()
        self.blockSignals(False)

    def set_skipped(self, skipped: frozenset[int]) -> None:
        """Tick every slide but the skipped ones, and grey those."""
        if skipped == self._skipped:
            return
        self._skipped = skipped
        self.blockSignals(True)
        for index, item in self.items.items():
            item.setCheckState(0, Qt.CheckState.Unchecked if index in skipped else Qt.CheckState.Checked)
            item.setForeground(0, _GREY if index in skipped else QBrush())
        self.blockSignals(False)

    def select(self, index: int) -> None:
        """Mark the slide the doctor looks at. When it is out of sight the list scrolls a page, so the
        slide is at the top going forward (at the bottom going back): in a long deck the next thirty
        turns need no scrolling, where following row by row redrew the whole list at every turn.
        The scroll waits for the turn's frame (see _scroll)."""
        item = self.items.get(index)
        if item is not None and self.currentItem() is not item:
            before = self.currentItem()
            forward = before is None or int(before.data(0, _ROLE)) < index
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)
            if not self.viewport().rect().contains(self.visualItemRect(item)):
                self._scroll_to = (item, self.ScrollHint.PositionAtTop if forward else self.ScrollHint.PositionAtBottom)
                self._scroll_timer.start()

    def _scroll(self) -> None:
        """The scroll `select` asked for, 40 ms later: after the turn's frame is painted (a scrolled
        list is drawn whole, 8 ms for every row's tick box and the scroll bar, and the patient's slide
        comes first), and once for a run of quick presses."""
        if self._scroll_to is not None:
            item, hint = self._scroll_to
            self._scroll_to = None
            self.scrollToItem(item, hint)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self._tick_clicked = False
        super().mousePressEvent(event)

    def _ticked(self, item: QTreeWidgetItem, _col: int) -> None:
        self._tick_clicked = True
        if item.childCount():  # a part's box: its slides follow (one can be ticked back on its own)
            self.blockSignals(True)
            for i in range(item.childCount()):
                child = item.child(i)
                if child is not None:
                    child.setCheckState(0, item.checkState(0))
            self.blockSignals(False)
        skipped = frozenset(i for i, it in self.items.items() if it.checkState(0) == Qt.CheckState.Unchecked)
        if skipped != self._skipped:
            self._skipped = skipped
            self.blockSignals(True)
            for index, item in self.items.items():
                item.setForeground(0, _GREY if index in skipped else QBrush())
            self.blockSignals(False)
            self.skips_changed.emit(skipped)

    def _clicked(self, item: QTreeWidgetItem, _col: int) -> None:
        if self._tick_clicked:  # unticking a slide is not asking to look at it
            self._tick_clicked = False
            return
        self.preview_requested.emit(int(item.data(0, _ROLE)))

    def _activated(self, item: QTreeWidgetItem, _col: int) -> None:
        self.show_requested.emit(int(item.data(0, _ROLE)))
