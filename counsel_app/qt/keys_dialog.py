"""The key map, shown on the doctor's screen (? or F1)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ..core.session import Command


class KeysDialog(QDialog):
    LABELS = {
        Command.NEXT: QT_TRANSLATE_NOOP("KeysDialog", "Next slide"),
        Command.PREV: QT_TRANSLATE_NOOP("KeysDialog", "Previous slide"),
        Command.FIRST: QT_TRANSLATE_NOOP("KeysDialog", "First slide"),
        Command.LAST: QT_TRANSLATE_NOOP("KeysDialog", "Last slide"),
        Command.ENTER: QT_TRANSLATE_NOOP("KeysDialog", "Next, or go to the typed slide number"),
        Command.BLACK: QT_TRANSLATE_NOOP("KeysDialog", "Black screen (again: back)"),
        Command.WHITE: QT_TRANSLATE_NOOP("KeysDialog", "White screen (again: back)"),
        Command.ESCAPE: QT_TRANSLATE_NOOP("KeysDialog", "Leave black/white/preview"),
        Command.START_FIRST: QT_TRANSLATE_NOOP("KeysDialog", "Start from the first slide"),
        Command.START_CURRENT: QT_TRANSLATE_NOOP("KeysDialog", "Start from this slide"),
        Command.SWAP_SCREENS: QT_TRANSLATE_NOOP("KeysDialog", "Swap screens"),
        Command.HELP: QT_TRANSLATE_NOOP("KeysDialog", "This list"),
        Command.QUIT: QT_TRANSLATE_NOOP("KeysDialog", "Quit"),
        Command.NOTES_BIGGER: QT_TRANSLATE_NOOP("KeysDialog", "Notes larger"),
        Command.NOTES_SMALLER: QT_TRANSLATE_NOOP("KeysDialog", "Notes smaller"),
        Command.ZOOM_IN: QT_TRANSLATE_NOOP("KeysDialog", "Patient text larger"),
        Command.ZOOM_OUT: QT_TRANSLATE_NOOP("KeysDialog", "Patient text smaller"),
        Command.ZOOM_RESET: QT_TRANSLATE_NOOP("KeysDialog", "Patient text normal size"),
        Command.TIMER_PAUSE: QT_TRANSLATE_NOOP("KeysDialog", "Pause/continue the timer"),
        Command.TIMER_RESET: QT_TRANSLATE_NOOP("KeysDialog", "Reset the timer"),
        Command.OPEN: QT_TRANSLATE_NOOP("KeysDialog", "Open a deck"),
        Command.PAIN_SCALE: QT_TRANSLATE_NOOP("KeysDialog", "Show the pain scale to the patient"),
        Command.END_COUNSELLING: QT_TRANSLATE_NOOP("KeysDialog", "End counselling: summary for the record"),
    }

    def __init__(self, actions: dict[Command, QAction], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keys"))
        rows = [(c, a) for c, a in actions.items() if c in self.LABELS]
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        for r, (command, action) in enumerate(rows):
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
            table.setItem(r, 0, QTableWidgetItem(keys))
            table.setItem(r, 1, QTableWidgetItem(QCoreApplication.translate("KeysDialog", self.LABELS[command])))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(table)
        box.addWidget(buttons)
        self.resize(720, 640)
