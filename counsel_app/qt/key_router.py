"""Where a key goes: to the presentation, or to the field or dialog the doctor is typing in.

A filter on the widget that has the keyboard decides, before Qt's shortcut map runs (the
ShortcutOverride step; a completion list's keys reach it through its field). It follows the focus
(QApplication.focusChanged) rather than filtering every event of the application, which costs
about a tenth of a second of start-up in Python:
- a dialog, a popup (file-name completion, a combo's list) or any window that is not the console
  or the patient view is open: the key is the dialog's; it never moves the patient's slide, except
  a clicker's page keys (PgUp/PgDn) in a dialog of the console (the record, a file dialog, a
  question): they turn the page and never reach the dialog (the doctor talks on while it is open);
- a number field is being edited (the pain score): digits, Enter and the editing keys are the
  field's; every other presentation key (PgDn, B, `.`, N, Esc, F5, Ctrl+E, ...) still works;
- a text field is being edited: plain typing is the field's; clicker keys and Ctrl shortcuts are not;
- a widget that keeps some keys for itself (the overview: arrows, digits, Enter, Esc, Tab) has the
  focus: those keys are its; a clicker's PgDn, B or `.` still reach the presentation;
- a command the presentation does not want now (`wanted`: Ctrl+Z outside pen mode) is the widget's;
- anywhere else in the console or the patient view, every presentation key runs its command,
  whatever widget has the focus (Qt's text widgets take Ctrl+E, digits or Enter for themselves).
Qt runs no shortcut while a modal dialog is open or while no window of the app is active (a dialog
just closed with no window manager to give the console the keyboard back): then the router runs
the command itself and the key goes nowhere else.
"""

from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QDialog, QLineEdit, QPlainTextEdit,
                               QTextEdit, QWidget)

from ..core.session import Command

Key = Qt.Key
_EDITING_KEYS = frozenset({Key.Key_Backspace, Key.Key_Delete, Key.Key_Left, Key.Key_Right, Key.Key_Up,
                           Key.Key_Down, Key.Key_Home, Key.Key_End, Key.Key_Return, Key.Key_Enter})
_NUMBER_COMMANDS = frozenset({c for c in Command if c.digit is not None} | {Command.ENTER})
_CLICKER_KEYS = frozenset({Key.Key_PageUp, Key.Key_PageDown, Key.Key_Escape, Key.Key_F5})
_PAGE_KEYS = frozenset({Key.Key_PageUp, Key.Key_PageDown})  # a clicker's next / previous
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
        self._windows = []  # nothing of this app is watched any more
        self._follow(None, None)

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Watch the widget with the keyboard, and the text field inside it (a spin box's editor gets
        the key before the spin box does)."""
        for widget in self._watched:
            try:
                widget.removeEventFilter(self)
            except RuntimeError:  # already deleted (a closed dialog)
                pass
        if new is None:  # no window of the app is active: a key still reaches a console window's focus
            self._watched = [w.focusWidget() or w for w in self._windows]
        else:
            self._watched = [new, *new.findChildren(QLineEdit)]
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

    def route(self, event: QKeyEvent, target: QObject | None = None) -> str:
        """"presentation": run the command (Qt's shortcut does); "here": run the command, the router
        does it (Qt would not: a modal dialog, or no active window); "widget": the focused field or
        dialog takes the key; "qt": not a presentation key, Qt decides as usual (a dialog's own
        mnemonics keep working). `target`: the widget the key is sent to."""
        command = self.command_for(event)
        if command is None:
            return "qt"
        if self._dialog_open():
            page_key = Key(event.key()) in _PAGE_KEYS and not event.modifiers() & _CHORDS
            return "here" if page_key and self._console_dialog() else "widget"
        focus = QApplication.focusWidget()
        if focus is None and QApplication.activeWindow() is None:
            if not self._wanted(command) or not isinstance(target, QWidget) or target.window() not in self._windows:
                return "widget"
            return "here" if _route_in_field(target, event, command) == "presentation" else "widget"
        if focus is not None and focus.window() not in self._windows:
            return "widget"
        if not self._wanted(command):
            return "widget"
        return _route_in_field(focus, event, command)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not isinstance(event, QKeyEvent):
            return False
        where = self.route(event, watched)
        if kind == QEvent.Type.KeyPress:
            if where != "here":
                return False
            command = self.command_for(event)
            assert command is not None
            action = self._actions[command]
            if not event.isAutoRepeat() or action.autoRepeat():
                action.trigger()
            return True  # run here; the dialog or field never sees the key
        if where == "qt":
            return False
        if where in ("widget", "here"):
            event.accept()  # claimed: no shortcut runs, the key press comes (to the widget, or back here)
        else:
            event.ignore()  # no widget may claim it: Qt's shortcut map runs the command
        return True

    def _dialog_open(self) -> bool:
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return True
        active = QApplication.activeWindow()
        return active is not None and active not in self._windows

    def _console_dialog(self) -> bool:
        """The dialog with the keyboard is one of the console's, or a dialog of one of its dialogs (the
        record's file dialog); not the editor's, not another window's."""
        dialog = QApplication.activeModalWidget() or QApplication.activeWindow()
        while isinstance(dialog, QDialog):
            parent = dialog.parentWidget()
            if parent is None:
                return False
            if parent.window() in self._windows:
                return True
            dialog = parent.window()
        return False


def _route_in_field(focus: QWidget | None, event: QKeyEvent, command: Command) -> str:
    """A presentation key in a console window: the widget with the keyboard may keep it."""
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


def _is_number_field(w: QWidget | None) -> bool:
    return w is not None and (isinstance(w, QAbstractSpinBox) or isinstance(w.parent(), QAbstractSpinBox))


def _is_text_field(w: QWidget | None) -> bool:
    if isinstance(w, QLineEdit):
        return not w.isReadOnly()
    if isinstance(w, (QTextEdit, QPlainTextEdit)):
        return not w.isReadOnly()
    return False
