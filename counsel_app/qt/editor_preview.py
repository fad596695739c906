"""The editor's right pane: this slide as the patient will see it, and `check`'s findings for it.

Owns `EditorPreview`: lays the slide out with `render.layout_slide`, the same code as the patient
view, at the patient screen's size (continuation views included: "view 1 of 2"), and lists the
findings it is given (`core.slide_check`: the source article's too) in the doctor's language; a click
on one emits `finding_chosen(Finding)` (the window puts the cursor in the field it is about). Knows
nothing of files or undo.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ..core.deck import Deck
from ..core.lint import Finding
from ..core.themes import Theme
from .render import SlideLayout, layout_slide
from .slide_view import SlideView


class EditorPreview(QWidget):
    """Signal: finding_chosen(Finding) when the doctor clicks a finding."""

    finding_chosen = Signal(object)

    def __init__(self, screen: QSize, theme: Theme, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen_size, self.theme, self.lang = screen, theme, lang
        self.layout_shown: SlideLayout | None = None
        self.page = 0
        self.view = SlideView(frame_colour="#888888")
        self.view.setMinimumSize(320, 180)
        self.caption = QLabel()
        self.earlier = QPushButton("<")
        self.later = QPushButton(">")
        for button, step in ((self.earlier, -1), (self.later, 1)):
            button.setFixedWidth(40)
            button.clicked.connect(lambda _c=False, s=step: self.turn(s))
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setCursor(Qt.CursorShape.PointingHandCursor)
        self.findings.itemClicked.connect(self._clicked)
        self.findings.itemActivated.connect(self._clicked)  # Enter on a finding chosen with the keys
        title = QLabel(self.tr("What the patient will see (%1 x %2)")
                       .replace("%1", str(screen.width())).replace("%2", str(screen.height())))
        pages = QHBoxLayout()
        pages.addWidget(self.earlier)
        pages.addWidget(self.caption, 1, Qt.AlignmentFlag.AlignCenter)
        pages.addWidget(self.later)
        box = QVBoxLayout(self)
        box.addWidget(title)
        box.addWidget(self.view, 3)
        box.addLayout(pages)
        box.addWidget(QLabel(self.tr("Check (click a finding to go to its field)")))
        box.addWidget(self.findings, 1)

    def show_slide(self, deck: Deck, index: int, findings: list[Finding]) -> None:
        """Lay out slide `index` (from 0) of `deck` and show it with its findings."""
        self.layout_shown = layout_slide(deck.slides[index], deck, self.screen_size, self.theme)
        self.page = min(self.page, self.layout_shown.pages - 1)
        self._show_page()
        self.findings.clear()
        for f in findings:
            item = QListWidgetItem(("! " if f.severity != "info" else "") + f.message(self.lang))
            item.setData(Qt.ItemDataRole.UserRole, f)
            self.findings.addItem(item)
        if not findings:
            self.findings.addItem(self.tr("No problems found"))

    def _clicked(self, item: QListWidgetItem) -> None:
        finding = item.data(Qt.ItemDataRole.UserRole)
        if finding is not None:
            self.finding_chosen.emit(finding)

    def turn(self, step: int) -> None:
        if self.layout_shown is not None:
            self.page = max(0, min(self.layout_shown.pages - 1, self.page + step))
            self._show_page()

    def reset_page(self) -> None:
        self.page = 0

    def _show_page(self) -> None:
        assert self.layout_shown is not None
        pages = self.layout_shown.pages
        self.view.show_layout(self.layout_shown, self.page, self.theme)
        self.caption.setText(self.tr("view %1 of %2").replace("%1", str(self.page + 1)).replace("%2", str(pages))
                             if pages > 1 else self.tr("fits on one view"))
        self.earlier.setEnabled(self.page > 0)
        self.later.setEnabled(self.page < pages - 1)
