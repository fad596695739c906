"""Previous / black / next buttons under the console's slide, large enough for a finger on a touch
screen (at least 9 mm, measured on the console's screen). They run the same commands as the keys.

Signals: pressed(Command).
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ..core.session import Command

TARGET_MM = 9.0


def min_px(dpi: float, mm: float = TARGET_MM) -> int:
    """Pixels for `mm` at `dpi` dots per inch (at least 48: Qt's logical DPI can understate)."""
    return max(48, math.ceil(mm / 25.4 * dpi))


class TouchBar(QWidget):
    pressed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("touch_bar")
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        self.prev = QPushButton("◀  " + self.tr("Previous"))
        self.black = QPushButton(self.tr("Black"))
        self.next = QPushButton(self.tr("Next") + "  ▶")
        for button, command, stretch in ((self.prev, Command.PREV, 2), (self.black, Command.BLACK, 1),
                                         (self.next, Command.NEXT, 3)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a tap must not take the clicker's keys
            button.setObjectName(f"touch_{command.value}")
            f = button.font()
            f.setPixelSize(20)
            button.setFont(f)
            button.clicked.connect(lambda _c=False, c=command: self.pressed.emit(c))
            box.addWidget(button, stretch)
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Every button at least 9 mm high and wide on the screen the console is on."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        dpi = max(screen.physicalDotsPerInch(), screen.logicalDotsPerInch()) if screen else 96.0
        px = min_px(dpi)
        for button in (self.prev, self.black, self.next):
            button.setMinimumSize(px, px)
