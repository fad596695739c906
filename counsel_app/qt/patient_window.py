"""The patient's window: frameless, full screen on the second monitor, the current slide only.

It receives finished layouts and never sees notes, the record or any dialog of the doctor's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..core.themes import Theme
from .render import SlideLayout
from .slide_view import SlideView


class PatientWindow(QWidget):
    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("patient")
        self.setWindowTitle("counsel")
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.allow_close = False
        self.view = SlideView(self, pictures=3)  # this slide and the ones either side, drawn ahead
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.view)

    def show_layout(self, layout: SlideLayout | None, page: int, theme: Theme, fill: str | None) -> None:
        self.view.show_layout(layout, page, theme, fill)

    def visible_text(self) -> str:
        return self.view.visible_text()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        # The patient window closes only with the app (Alt+F4 on it must not lose the view).
        if self.allow_close:
            event.accept()
        else:
            event.ignore()
