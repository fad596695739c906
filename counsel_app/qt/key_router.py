"""Where a key goes: to the presentation, or to the field or dialog the doctor is typing in.

A filter on the widget that has the keyboard decides, before Qt's shortcut map runs (the
ShortcutOverride step; a completion list's keys reach it through its field). It follows the focus
(QApplication.focusChanged) rather than filtering every event of the application, which costs
about a tenth of a second of start-up in Python:
- a dialog, a popup (file-name completion, a combo's list) or any window that is not the console
  or the patient view is open: the key is the dialog's; it never moves the patient's slide;
- a number field is being edited (the pain score): digits, Enter and the editing keys are the
  field's; every other presentation key (PgDn, B, `.`, N, Esc, F5, Ctrl+E, ...) still works;
- a text field is being edited: plain typing is the field's; clicker keys and Ctrl shortcuts are not;
- a widget that keeps some keys for itself (the overview: arrows, digits, Enter, Esc, Tab) has the
  focus: those keys are its; a clicker's PgDn, B or `.` still reach the presentation;
- a command the presentation does not want now (`wanted`: Ctrl+Z outside pen mode) is the widget's;
- anywhere else in the console or the patient view, every presentation key runs its command,
  whatever widget has the focus (Qt's text widgets take Ctrl+E, digits or Enter for themselves).
"""

from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit,
                               QWidget)

from ..core.session import Command

Key = Qt.Key
_EDITING_KEYS = frozenset({Key.Key_Backspace, Key.Key_Delete, Key.Key_Left, Key.Key_Right, Key.Key_Up,
                           Key.Key_Down, Key.Key_Home, Key.Key_End, Key.Key_Return, Key.Key_Enter})
_NUMBER_COMMANDS = frozenset({c for c in Command if c.digit is not None} | {Command.ENTER})
_CLICKER_KEYS = frozenset({Key.Key_PageUp, Key.Key_PageDown, Key.Key_Escape, Key.Key_F5})
_CHORDS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
           | Qt.KeyboardModifier.MetaModifier)


class KeyRouter(QObject):
    """`attach(app)` to the running QApplication; `windows` are the console and the patient view;
    `wanted(command)` says whether the presentation takes that command now."""

    def __init__(self, actions: dict[Command, QAction], windows: Iterable[QWidget],
                 wanted: Callable[[Command], bool] = lambda _c: True) -> None:
        super().__init__()
        self._actions = actions
        self._windows = list(windows)
        self._wanted = wanted
        self._watched: list[QWidget] = []

    def attach(self, app: QApplication) -> None:
        app.focusChanged.connect(self._follow)
        self._follow(None, app.focusWidget())

    def detach(self, app: QApplication) -> None:
        app.focusChanged.disconnect(self._follow)
        self._follow(None, None)

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Watch the widget with the keyboard, and the text field inside it (a spin box's editor gets
        the key before the spin box does)."""
        for widget in self._watched:
            try:
                widget.removeEventFilter(self)
            except RuntimeError:  # already deleted (a closed dialog)
                pass
        self._watched = [] if new is None else [new, *new.findChildren(QLineEdit)]
        for widget in self._watched:
            widget.installEventFilter(self)

    def command_for(self, event: QKeyEvent) -> Command | None:
        combo = event.keyCombination()
        mods = combo.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
        tries = [QKeySequence(combo.key() | mods)]
        if mods & Qt.KeyboardModifier.ShiftModifier:  # "?" and "+" arrive with Shift on most layouts
            tries.append(QKeySequence(combo.key() | (mods & ~Qt.KeyboardModifier.ShiftModifier)))
        for command, action in self._actions.items():
            for shortcut in action.shortcuts():
                if any(t.matches(shortcut) == QKeySequence.SequenceMatch.ExactMatch for t in tries):
                    return command
        return None

    def route(self, event: QKeyEvent) -> str:
        """"presentation": run the command; "widget": the focused field or dialog takes the key;
        "qt": not a presentation key, Qt decides as usual (a dialog's own mnemonics keep working)."""
        command = self.command_for(event)
        if command is None:
            return "qt"
        if self._dialog_open():
            return "widget"
        focus = QApplication.focusWidget()
        if focus is not None and focus.window() not in self._windows:
            return "widget"
        if not self._wanted(command):
            return "widget"
        own: frozenset[Qt.Key] = getattr(focus, "own_keys", frozenset())
        if Key(event.key()) in own and not event.modifiers() & _CHORDS:
            return "widget"
        if _is_number_field(focus):
            editing = command in _NUMBER_COMMANDS or Key(event.key()) in _EDITING_KEYS
            return "widget" if editing else "presentation"
        if _is_text_field(focus):
            chord = bool(event.modifiers() & _CHORDS)
            return "presentation" if chord or Key(event.key()) in _CLICKER_KEYS else "widget"
        return "presentation"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        where = self.route(event)
        if where == "qt":
            return False
        if where == "widget":
            event.accept()  # claimed for the widget: no shortcut runs, the key press goes to the widget
        else:
            event.ignore()  # no widget may claim it: Qt's shortcut map runs the command
        return True

    def _dialog_open(self) -> bool:
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return True
        active = QApplication.activeWindow()
        return active is not None and active not in self._windows


def _is_number_field(w: QWidget | None) -> bool:
    return w is not None and (isinstance(w, QAbstractSpinBox) or isinstance(w.parent(), QAbstractSpinBox))


def _is_text_field(w: QWidget | None) -> bool:
    if isinstance(w, QLineEdit):
        return not w.isReadOnly()
    if isinstance(w, (QTextEdit, QPlainTextEdit)):
        return not w.isReadOnly()
    return False
