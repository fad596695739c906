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
    assert editor.index == 2 and editor.slides.currentRow() == 2  # on the slide the console shows
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


def test_file_import_article_asks_about_the_record_then_edits_the_draft_while_the_patient_keeps_the_slide(
        make_app, privacy_deck, qtbot, tmp_path, monkeypatch):
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from counsel_app.core.session import PatientMode

    article = tmp_path / "walking.txt"
    article.write_text("Walking after surgery\n\nWalk a little every day. Stop if you feel dizzy.\n", encoding="utf-8")
    asked_article = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: asked_article.append(1) or (str(article), "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda _p, _t, suggested, _f: (suggested, "")))
    app = make_app(privacy_deck)
    app.dispatch(Command.NEXT)
    app.keeper.set_pain(4)  # this visit's record is not saved
    shown = app.patient.visible_text()
    app.files.import_dialog()
    question = app.guard.question
    assert question is not None and question.isVisible() and not asked_article  # the record first
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert not asked_article and app.editing.window is None
    app.files.import_dialog()
    app.guard.question.button(QMessageBox.StandardButton.Discard).click()
    editor = app.editing.window
    assert asked_article and editor is not None and editor.is_draft
    qtbot.waitExposed(editor)
    assert "Walking" in editor.preview.view.visible_text()
    assert app.patient.visible_text() == shown and app.deck.source == privacy_deck.resolve()  # the patient keeps it
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".md") == ["privacy.md"]  # nothing written
    editor.commands["save"].trigger()  # asks where: beside the article
    saved = tmp_path / "walking.md"
    assert saved.exists() and app.deck.source == saved.resolve()
    assert app.controller.frame.mode is PatientMode.BLACK  # the doctor reviews the new deck first
    assert "Walking" in app.presenter.current.visible_text()
    editor.fields.title.setText("Walking every day")
    editor.fields.title.textEdited.emit("Walking every day")
    editor.commands["save"].trigger()  # saved again: the console reloads it in place
    qtbot.waitUntil(lambda: app.deck.slides[0].title == "Walking every day", timeout=5000)
    assert Path(app.deck.source) == saved.resolve()
    editor.close()
    qtbot.waitUntil(lambda: app.editing.window is None)


def test_a_reload_while_the_new_deck_is_private_keeps_the_doctors_preview(make_app, privacy_deck, qtbot, tmp_path,
                                                                          monkeypatch):
    """Reviewer's report: after a reload in private mode the console's preview went black."""
    from PySide6.QtWidgets import QFileDialog

    from counsel_app.core.session import PatientMode

    article = tmp_path / "walking.txt"
    article.write_text("Walking after surgery\n\nWalk a little every day. Stop if you feel dizzy.\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(article), "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda _p, _t, suggested, _f: (suggested, "")))
    app = make_app(privacy_deck)
    app.files.import_dialog()
    editor = app.editing.window
    editor.commands["save"].trigger()  # the new deck on the console, privately
    assert app.controller.frame.mode is PatientMode.BLACK and app.controller.frame.preview == 0
    editor.fields.title.setText("Walking every day")
    editor.fields.title.textEdited.emit("Walking every day")
    editor.commands["save"].trigger()  # saved again: reloaded in place
    qtbot.waitUntil(lambda: app.deck.slides[0].title == "Walking every day", timeout=5000)
    frame = app.controller.frame
    assert frame.mode is PatientMode.BLACK and app.patient.visible_text() == ""  # still nothing for the patient
    assert frame.preview == 0 and "Walking every day" in app.presenter.current.visible_text()  # the doctor still sees it
    app.dispatch(Command.ENTER)  # and Enter still shows it
    assert "Walking every day" in app.patient.visible_text()
    editor.close()
    qtbot.waitUntil(lambda: app.editing.window is None)


def test_a_reload_keeps_the_slide_the_doctor_previews_in_the_outline(make_app, privacy_deck, qtbot):
    app = make_app(privacy_deck)
    app.dispatch(Command.NEXT)
    app.controller.preview(2)  # a click in the outline: the doctor looks ahead, the patient keeps slide 2
    looking = app.presenter.current.visible_text()
    privacy_deck.write_text(privacy_deck.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    app.host.reload()
    frame = app.controller.frame
    assert frame.index == 1 and frame.preview == 2
    assert app.presenter.current.visible_text() == looking


def test_the_clicker_pages_through_a_private_new_deck_on_the_console_only(make_app, privacy_deck, qtbot, tmp_path,
                                                                           monkeypatch):
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QFileDialog

    from counsel_app.core.session import PatientMode

    article = tmp_path / "walking.txt"
    article.write_text("Walking after surgery\n\nWalking\n\nWalk a little every day.\n\nDizziness\n\n"
                       "Stop if you feel dizzy.\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(article), "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda _p, _t, suggested, _f: (suggested, "")))
    app = make_app(privacy_deck)
    app.files.import_dialog()
    editor = app.editing.window
    editor.commands["save"].trigger()
    editor.close()
    qtbot.waitUntil(lambda: app.editing.window is None)
    assert len(app.deck.slides) > 2
    app.presenter.activateWindow()
    qtbot.waitUntil(app.presenter.isActiveWindow)
    QTest.keyClick(app.presenter, Qt.Key.Key_PageDown)
    frame = app.controller.frame
    assert frame.mode is PatientMode.BLACK and app.patient.visible_text() == ""  # nothing reached the patient
    assert frame.preview == 1 and app.deck.slides[1].title in app.presenter.current.visible_text()
    QTest.keyClick(app.presenter, Qt.Key.Key_Return)  # Enter: this slide to the patient
    assert app.controller.frame.index == 1 and app.deck.slides[1].title in app.patient.visible_text()
