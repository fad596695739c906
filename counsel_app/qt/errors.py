"""The last line of defence: an unexpected error is logged, the doctor is told in one sentence on
their own screen, and the presentation keeps running."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger("counsel")


class ErrorReporter(QObject):
    def __init__(self, parent_window: QWidget, lang: str) -> None:
        super().__init__(parent_window)
        self._window = parent_window
        self._lang = lang
        self._box: QMessageBox | None = None
        self.count = 0

    def report(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        self.count += 1
        log.error("unexpected error: %s", "".join(traceback.format_exception(exc_type, exc, tb)))
        if self._box is not None and self._box.isVisible():
            return  # one message at a time; the rest are in the log
        text = (self.tr("Something went wrong (%1). The presentation goes on; the details are in the log.")
                .replace("%1", exc_type.__name__))
        box = QMessageBox(QMessageBox.Icon.Warning, "counsel", text, QMessageBox.StandardButton.Ok, self._window)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.open()
        self._box = box

    def install(self) -> None:
        sys.excepthook = self.report


def tell(window: QWidget, message: str) -> None:
    """A message for the doctor, on the doctor's screen (never the patient's); it does not block."""
    log.info("message shown: %s", message)
    box = QMessageBox(QMessageBox.Icon.Warning, "counsel", message, QMessageBox.StandardButton.Ok, window)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
