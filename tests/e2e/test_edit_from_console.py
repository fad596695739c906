"""F2 on the console: the deck in the editor; the patient screen keeps its slide while the doctor
types; after Save the console presents the new version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counsel_app.core.session import Command


def test_f2_edits_while_the_patient_keeps_the_slide_and_save_reloads(make_app, privacy_deck, qtbot):
    app = make_app(privacy_deck)
    app.dispatch(Command.NEXT)
    app.dispatch(Command.NEXT)
    shown = app.patient.visible_text()
    app.actions[Command.EDIT].trigger()
    editor = app.editing.window
    assert editor is not None
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.slides.setCurrentRow(2)
    field = editor.fields.title
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, "Edited while presenting. B")  # "B" and "." are console keys: they stay in the field
    qtbot.keyClick(field, Qt.Key.Key_PageDown)
    assert app.patient.visible_text() == shown and app.controller.frame.index == 2
    assert "Edited while presenting" in editor.preview.view.visible_text()
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Edited while presenting" in app.patient.visible_text(), timeout=5000)
    assert app.controller.frame.index == 2
    app.actions[Command.EDIT].trigger()  # F2 again: the same editor, not a second one
    assert app.editing.window is editor
    editor.close()
    qtbot.waitUntil(lambda: app.editing.window is None)
    QApplication.processEvents()
