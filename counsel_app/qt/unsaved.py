"""The unsaved-record question, asked the same way before anything that would lose the record:
opening another deck, Next patient, quitting. Save / Discard / Cancel; Cancel changes nothing.

The box is window-modal on the doctor's console (never on the patient screen).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Action = Callable[[], None]


class UnsavedGuard:
    """`then(action)`: run `action` now, or after the doctor saved or discarded the unsaved record.

    `save(action)` is given the action to run once the record is saved (it shows the record).
    """

    def __init__(self, window: QWidget, has_unsaved: Callable[[], bool], save: Callable[[Action], None]) -> None:
        self._window = window
        self._has_unsaved = has_unsaved
        self._save = save
        self.question: QMessageBox | None = None

    def then(self, action: Action) -> None:
        if not self._has_unsaved():
            action()
            return
        if self.question is not None and self.question.isVisible():
            return  # already asking: a second Ctrl+O or clicker key does not stack boxes
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, "counsel",
                          QCoreApplication.translate("Unsaved", "The counselling record of this visit is not saved."),
                          buttons.Save | buttons.Discard | buttons.Cancel, self._window)
        box.setInformativeText(QCoreApplication.translate(
            "Unsaved", "Save it first, discard it, or cancel and go on with this visit?"))
        box.setDefaultButton(buttons.Cancel)
        box.setEscapeButton(buttons.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.button(buttons.Save).clicked.connect(lambda: self._save(action))
        box.button(buttons.Discard).clicked.connect(action)
        box.finished.connect(self._forget)
        self.question = box
        box.open()

    def _forget(self, _result: int) -> None:
        self.question = None
