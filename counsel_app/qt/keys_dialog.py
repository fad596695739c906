"""The key map, shown on the doctor's screen (? or F1)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ..core.session import Command


class KeysDialog(QDialog):
    LABELS = {
        Command.NEXT: "Next slide", Command.PREV: "Previous slide", Command.FIRST: "First slide",
        Command.LAST: "Last slide", Command.ENTER: "Next, or go to the typed slide number",
        Command.BLACK: "Black screen (again: back)", Command.WHITE: "White screen (again: back)",
        Command.ESCAPE: "Leave black/white/preview", Command.START_FIRST: "Start from the first slide",
        Command.START_CURRENT: "Start from this slide", Command.SWAP_SCREENS: "Swap screens",
        Command.HELP: "This list", Command.QUIT: "Quit", Command.NOTES_BIGGER: "Notes larger",
        Command.NOTES_SMALLER: "Notes smaller", Command.ZOOM_IN: "Patient text larger",
        Command.ZOOM_OUT: "Patient text smaller", Command.ZOOM_RESET: "Patient text normal size",
        Command.TIMER_PAUSE: "Pause/continue the timer", Command.TIMER_RESET: "Reset the timer",
        Command.OPEN: "Open a deck", Command.PAIN_SCALE: "Show the pain scale to the patient",
        Command.END_COUNSELLING: "End counselling: summary for the record",
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
            table.setItem(r, 1, QTableWidgetItem(self.tr(self.LABELS[command])))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(table)
        box.addWidget(buttons)
        self.resize(720, 640)
