"""The key map, shown on the doctor's screen (? or F1): a two-column sheet grouped by task."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

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
        Command.ESCAPE: QT_TRANSLATE_NOOP("KeysDialog", "Leave black/white/preview, pointer or pen"),
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
        Command.NEXT_PATIENT: QT_TRANSLATE_NOOP("KeysDialog", "Next patient: a new visit, a new record"),
        Command.OVERVIEW: QT_TRANSLATE_NOOP("KeysDialog", "All slides as a grid, on this console only"),
        Command.POINTER: QT_TRANSLATE_NOOP("KeysDialog", "Pointer: a dot where the mouse is on the slide"),
        Command.PEN: QT_TRANSLATE_NOOP("KeysDialog", "Pen: draw on the slide"),
        Command.UNDO_STROKE: QT_TRANSLATE_NOOP("KeysDialog", "Take back the last stroke (pen)"),
        Command.ERASE_INK: QT_TRANSLATE_NOOP("KeysDialog", "Erase all ink on this slide"),
        Command.ZOOM_PICTURE: QT_TRANSLATE_NOOP("KeysDialog", "The slide's picture alone, enlarged; also a click on it in the console (again or Esc: back)"),
        Command.EDIT: QT_TRANSLATE_NOOP("KeysDialog", "Edit the deck (the patient screen stays as it is)"),
    }
    GROUPS = (
        (QT_TRANSLATE_NOOP("KeysDialog", "Slides"),
         (Command.NEXT, Command.PREV, Command.FIRST, Command.LAST, Command.ENTER, Command.START_FIRST,
          Command.START_CURRENT, Command.OVERVIEW)),
        (QT_TRANSLATE_NOOP("KeysDialog", "The patient screen"),
         (Command.BLACK, Command.WHITE, Command.PAIN_SCALE, Command.ESCAPE, Command.ZOOM_IN, Command.ZOOM_OUT,
          Command.ZOOM_RESET, Command.ZOOM_PICTURE, Command.SWAP_SCREENS)),
        (QT_TRANSLATE_NOOP("KeysDialog", "Point and draw"),
         (Command.POINTER, Command.PEN, Command.UNDO_STROKE, Command.ERASE_INK)),
        (QT_TRANSLATE_NOOP("KeysDialog", "The visit"),
         (Command.END_COUNSELLING, Command.NEXT_PATIENT, Command.TIMER_PAUSE, Command.TIMER_RESET, Command.OPEN,
          Command.EDIT)),
        (QT_TRANSLATE_NOOP("KeysDialog", "This console"),
         (Command.NOTES_BIGGER, Command.NOTES_SMALLER, Command.HELP, Command.QUIT)),
    )
    DIGITS = QT_TRANSLATE_NOOP("KeysDialog", "Type a number, then Enter: go to that slide; "
                                             "on the pain scale: the patient's answer")

    def __init__(self, actions: dict[Command, QAction], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("keys_dialog")
        self.setWindowTitle(self.tr("Keys"))
        self.rows: list[tuple[str, str]] = []  # (keys, what they do), in the order shown
        columns = QHBoxLayout()
        for half in (self.GROUPS[:2], self.GROUPS[2:]):
            column = QVBoxLayout()
            for title, commands in half:
                column.addWidget(self._group(str(title), [c for c in commands if c in actions], actions))
            column.addStretch(1)
            columns.addLayout(column, 1)
        digits = QLabel(f"<b>0-9</b>&nbsp;&nbsp;{QCoreApplication.translate('KeysDialog', str(self.DIGITS))}")
        digits.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(columns)
        box.addWidget(digits)
        box.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Qt sizes a window by its size hint, which wraps the long lines for a guessed width: at the
        width the sheet gets, it is made as tall as its wrapped lines need (else rows overlap)."""
        super().showEvent(event)
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    def _group(self, title: str, commands: list[Command], actions: dict[Command, QAction]) -> QWidget:
        group = QWidget(self)
        grid = QGridLayout(group)
        heading = QLabel(f"<b>{QCoreApplication.translate('KeysDialog', title)}</b>")
        grid.addWidget(heading, 0, 0, 1, 2)
        for row, command in enumerate(commands, start=1):
            names = (s.toString(QKeySequence.SequenceFormat.NativeText) for s in actions[command].shortcuts())
            keys = ", ".join(dict.fromkeys(names))  # Return and Enter are both "回车" in Chinese: shown once
            does = QCoreApplication.translate("KeysDialog", str(self.LABELS[command]))
            grid.addWidget(QLabel(f"<b>{html.escape(keys)}</b>"), row, 0)
            label = QLabel(does)
            label.setWordWrap(True)
            grid.addWidget(label, row, 1)
            self.rows.append((keys, does))
        grid.setColumnStretch(1, 1)
        return group
