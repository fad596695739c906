"""The doctor's console: current slide as the patient sees it, next slide, notes, timer, clock,
position and part, an outline to preview privately, the deck's warnings and teach-back.

It renders frames it is given and emits what the doctor asks for; app.py wires it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QMainWindow, QPlainTextEdit,
                               QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ..core.deck import Deck
from ..core.session import Blank, Frame
from ..core.themes import Theme
from .render import SlideLayout
from .slide_view import SlideView


class PresenterWindow(QMainWindow):
    """Signals: preview_requested(int) (0-based, -1 to stop), confirm_requested(), close_requested(),
    deck_dropped(str) (a file dropped on the console)."""

    preview_requested = Signal(int)
    deck_dropped = Signal(str)
    confirm_requested = Signal()
    close_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("presenter")
        self.setWindowTitle("counsel")
        self._deck: Deck | None = None
        self._outline_items: dict[int, QTreeWidgetItem] = {}
        self._notes_px = 22
        self.allow_close = False

        self.position = QLabel()
        self.part = QLabel()
        self.state = QLabel()
        self.timer = QLabel("00:00")
        self.clock = QLabel()
        for w in (self.position, self.timer, self.clock):
            f = w.font()
            f.setPixelSize(28)
            f.setBold(True)
            w.setFont(f)
        f = self.part.font()
        f.setPixelSize(22)
        self.part.setFont(f)
        self.state.setStyleSheet("QLabel { color: #ffffff; background: #b3261e; padding: 4px 10px; font-size: 20px; }")
        self.state.hide()

        self.current = SlideView(frame_colour="#5a9bd5", pictures=3)
        self.next = SlideView(frame_colour="#888888", pictures=3)
        self.next_label = QLabel(self.tr("Next"))
        self.current_label = QLabel(self.tr("The patient sees"))
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setObjectName("notes")
        self.outline = QTreeWidget()
        self.outline.setHeaderHidden(True)
        self.outline.setObjectName("outline")
        self.warnings = QListWidget()
        self.warnings.setObjectName("warnings")
        self.warnings.setMaximumHeight(110)
        self.side_panel = QVBoxLayout()  # teach-back and pain score go here (app.py adds them)

        top = QHBoxLayout()
        top.addWidget(self.position)
        top.addSpacing(16)
        top.addWidget(self.part, 1)
        top.addWidget(self.state)
        top.addSpacing(16)
        top.addWidget(self.timer)
        top.addSpacing(16)
        top.addWidget(self.clock)

        left = QVBoxLayout()
        left.addWidget(self.current_label)
        left.addWidget(self.current, 1)
        right = QVBoxLayout()
        right.addWidget(self.next_label)
        right.addWidget(self.next, 1)
        notes_label = QLabel(self.tr("Notes"))
        right.addWidget(notes_label)
        right.addWidget(self.notes, 2)
        right_w = QWidget()
        right_w.setLayout(right)
        left_w = QWidget()
        left_w.setLayout(left)

        outline_box = QVBoxLayout()
        outline_box.addWidget(QLabel(self.tr("Outline")))
        outline_box.addWidget(self.outline, 1)
        outline_box.addLayout(self.side_panel)
        outline_box.addWidget(QLabel(self.tr("Deck check")))
        outline_box.addWidget(self.warnings)
        outline_w = QWidget()
        outline_w.setLayout(outline_box)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(outline_w)
        split.addWidget(left_w)
        split.addWidget(right_w)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setStretchFactor(2, 3)
        split.setSizes([300, 900, 600])

        root = QVBoxLayout()
        root.addLayout(top)
        root.addWidget(split, 1)
        central = QWidget()
        central.setLayout(root)
        self.setCentralWidget(central)

        self.setAcceptDrops(True)
        self.outline.itemClicked.connect(self._outline_clicked)
        self.outline.itemActivated.connect(self._outline_activated)
        self.set_notes_px(self._notes_px)
        self.update_clock()

    # -- what app.py calls ------------------------------------------------------------
    def set_deck(self, deck: Deck) -> None:
        self._deck = deck
        self.outline.clear()
        self._outline_items: dict[int, QTreeWidgetItem] = {}
        parent: QTreeWidgetItem | None = None
        for s in deck.slides:
            label = f"{s.index}. " + (s.title or self.tr("(untitled)"))
            item = QTreeWidgetItem([label])
            item.setData(0, Qt.ItemDataRole.UserRole, s.index - 1)
            self._outline_items[s.index - 1] = item
            if s.is_part:
                parent = item
                f = item.font(0)
                f.setBold(True)
                item.setFont(0, f)
                self.outline.addTopLevelItem(item)
            elif parent is not None:
                parent.addChild(item)
            else:
                self.outline.addTopLevelItem(item)
        self.outline.expandAll()
        self.setWindowTitle(f"{deck.title} — counsel" if deck.title else "counsel")

    def show_frame(self, frame: Frame, current: SlideLayout, upcoming: SlideLayout | None,
                   shown: SlideLayout, theme: Theme) -> None:
        """current: the slide the doctor looks at (the preview, if any); shown: what the patient sees."""
        deck = frame.deck
        looking = frame.preview if frame.preview is not None else frame.index
        slide = deck.slides[looking]
        page = frame.page if frame.preview is None else 0
        fill = None if frame.blank is Blank.NONE or frame.preview is not None else frame.blank.value
        self.current.show_layout(current, page, theme, fill)
        self.next.show_layout(upcoming, 0, theme)
        self.position.setText(f"{looking + 1} / {len(deck.slides)}")
        self.part.setText(slide.section)
        self.notes.setPlainText(slide.notes)
        states = []
        if frame.preview is not None:
            states.append(self.tr("PREVIEW - the patient still sees slide %1; Enter shows this one")
                          .replace("%1", str(frame.index + 1)))
        if frame.blank is Blank.BLACK:
            states.append(self.tr("Patient screen is BLACK"))
        elif frame.blank is Blank.WHITE:
            states.append(self.tr("Patient screen is WHITE"))
        if frame.pain_scale:
            states.append(self.tr("Patient sees the pain scale"))
        if frame.page > 0 or frame.pages > 1:
            states.append(self.tr("continued %1/%2").replace("%1", str(frame.page + 1)).replace("%2", str(frame.pages)))
        if frame.typed:
            states.append(self.tr("Go to slide: %1").replace("%1", frame.typed))
        self.state.setText("  ·  ".join(states))
        self.state.setVisible(bool(states))
        self.current_label.setText(self.tr("Preview (not shown)") if frame.preview is not None
                                   else self.tr("The patient sees"))
        self._select_in_outline(looking)

    def set_warnings(self, lines: list[str]) -> None:
        self.warnings.clear()
        self.warnings.addItems(lines or [self.tr("No problems found")])

    def set_notes_px(self, px: int) -> None:
        self._notes_px = px
        f = QFont(self.notes.font())
        f.setPixelSize(px)
        self.notes.setFont(f)

    def set_timer_text(self, text: str, running: bool) -> None:
        self.timer.setText(text if running else f"{text} ‖")

    def update_clock(self) -> None:
        self.clock.setText(time.strftime("%H:%M"))

    # -- internals -------------------------------------------------------------------
    def _select_in_outline(self, index: int) -> None:
        item = self._outline_items.get(index)
        if item is not None and self.outline.currentItem() is not item:
            self.outline.blockSignals(True)
            self.outline.setCurrentItem(item)
            self.outline.blockSignals(False)

    def _outline_clicked(self, item: QTreeWidgetItem, _col: int) -> None:
        self.preview_requested.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def _outline_activated(self, item: QTreeWidgetItem, _col: int) -> None:
        self.preview_requested.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))
        self.confirm_requested.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.deck_dropped.emit(path)

    @staticmethod
    def _dropped_file(event) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        local = [u.toLocalFile() for u in urls if u.isLocalFile()]
        return local[0] if len(local) == 1 else None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.allow_close:
            event.accept()
            return
        event.ignore()
        self.close_requested.emit()
