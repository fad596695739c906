"""Every key in the command table, pressed for real, runs its command; a clicker is a keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from counsel_app.core.keys import DEFAULT_KEYS
from counsel_app.core.session import Command

PAIRS = [(c, s) for c, seqs in DEFAULT_KEYS.items() for s in seqs]


def press(widget, seq: str) -> None:
    combo = QKeySequence(seq)[0]
    key, mods = combo.key(), combo.keyboardModifiers()
    QTest.keyClick(widget, key, mods)


@pytest.mark.parametrize("command,seq", PAIRS, ids=[f"{c.value}:{s}" for c, s in PAIRS])
def test_key_runs_its_command(make_app, privacy_deck, qtbot, monkeypatch, command, seq):
    app = make_app(privacy_deck)
    if command is Command.UNDO_STROKE:
        app.controller.run(Command.PEN)  # Ctrl+Z is the pen's only in pen mode (else a text field's undo)
    ran = []
    monkeypatch.setattr(app, "dispatch", lambda c: ran.append(c))
    # reconnect: the actions call app.dispatch through a lambda looking it up at call time
    app.presenter.activateWindow()
    qtbot.waitUntil(lambda: app.presenter.isActiveWindow())
    press(app.presenter.notes, seq)
    assert ran == [command]


def test_clicker_pages_both_windows_and_blacks_out(make_app, privacy_deck, qtbot):
    app = make_app(privacy_deck)
    app.presenter.activateWindow()
    qtbot.waitUntil(lambda: app.presenter.isActiveWindow())
    QTest.keyClick(app.presenter, Qt.Key.Key_PageDown)
    assert app.controller.frame.index == 1
    QTest.keyClick(app.presenter, Qt.Key.Key_Period)
    assert app.patient.view._fill == "black"
    QTest.keyClick(app.presenter, Qt.Key.Key_Period)
    assert app.patient.view._fill is None
    QTest.keyClick(app.presenter, Qt.Key.Key_3)
    QTest.keyClick(app.presenter, Qt.Key.Key_Return)
    assert app.controller.frame.index == 2
    QTest.keyClick(app.presenter, Qt.Key.Key_Escape)
    QTest.keyClick(app.presenter, Qt.Key.Key_F5)
    assert app.controller.frame.index == 0 and app.presenter.isVisible()  # Esc and F5 never quit


def test_navigation_keys_do_not_auto_repeat(make_app, privacy_deck):
    app = make_app(privacy_deck)
    for command in (Command.NEXT, Command.PREV, Command.BLACK):
        assert not app.actions[command].autoRepeat()


def test_question_mark_typed_with_shift_opens_the_key_map(make_app, privacy_deck, qtbot, monkeypatch):
    app = make_app(privacy_deck)
    ran = []
    monkeypatch.setattr(app, "dispatch", lambda c: ran.append(c))
    app.presenter.activateWindow()
    qtbot.waitUntil(lambda: app.presenter.isActiveWindow())
    QTest.keyClick(app.presenter.notes, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    assert ran == [Command.HELP]
