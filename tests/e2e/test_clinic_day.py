"""A clinic day: one visit at a time, keys that always reach the presentation, dialogs that never
move the patient's slide. Real key events where the keys are the subject."""

from __future__ import annotations

import json

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from counsel_app.core.record import TeachBackResult
from counsel_app.core.record_text import to_text
from counsel_app.core.session import Command, PatientMode

Key = Qt.Key


def focus_console(app, qtbot):
    app.presenter.activateWindow()
    qtbot.waitUntil(lambda: app.presenter.isActiveWindow())


def type_keys(widget, *keys):
    for key in keys:
        QTest.keyClick(widget, key)


def answer(app, qtbot, button):
    """Answer the unsaved-record question with one of its buttons."""
    qtbot.waitUntil(lambda: app.guard.question is not None and app.guard.question.isVisible())
    app.guard.question.button(button).click()


def a_visit(app, *, pain=6, plan="Review in 2 weeks"):
    """What a doctor does in one visit: pages, teach-back, pain, plan, handout tick."""
    for _ in range(3):
        app.dispatch(Command.NEXT)
    part = app.controller.frame.slide.section
    app.keeper.set_teach_back(part, "Q?", TeachBackResult.CORRECT)
    app.teach_back.pain_spin.setValue(pain)
    app.keeper.set_plan(plan)
    app.keeper.set_handout_given(True)


# -- one visit at a time -------------------------------------------------------------------------

def test_next_patient_asks_then_clears_everything_of_the_last_visit(make_app, privacy_deck, qtbot):
    app = make_app(privacy_deck)
    a_visit(app)
    app.dispatch(Command.BLACK)
    app.controller.preview(4)
    app.dispatch(Command.NEXT_PATIENT)
    answer(app, qtbot, QMessageBox.StandardButton.Cancel)  # cancel: nothing changes
    assert app.keeper.pain == 6 and app.keeper.has_unsaved()
    app.dispatch(Command.NEXT_PATIENT)
    answer(app, qtbot, QMessageBox.StandardButton.Discard)
    frame = app.controller.frame
    assert (frame.index, frame.mode, frame.preview, frame.typed) == (0, PatientMode.SLIDE, None, "")
    summary = app.keeper.summary()
    assert summary.pain_score is None and summary.plan == "" and not summary.handout_given
    assert all(t.result is TeachBackResult.NOT_ASSESSED for t in summary.teach_back)
    assert [p.slides_shown for p in summary.parts] == [(1,)]
    assert app.teach_back.pain() is None and app.teach_back.pain_word.text() == ""
    assert app.presenter.timer.text().startswith("00:0")
    assert not app.keeper.has_unsaved()
    assert "Welcome" in app.patient.visible_text()


def test_saving_first_then_next_patient(make_app, privacy_deck, qtbot, tmp_path, monkeypatch):
    app = make_app(privacy_deck)
    a_visit(app)
    out = tmp_path / "visit1.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    app.dispatch(Command.NEXT_PATIENT)
    answer(app, qtbot, QMessageBox.StandardButton.Save)
    assert app.record_dialog is not None and app.keeper.pain == 6  # the record to save, nothing cleared yet
    app.record_dialog.text_button.click()
    assert "Review in 2 weeks" in out.read_text(encoding="utf-8")
    assert app.keeper.pain is None and app.controller.frame.index == 0  # saved: the next visit began


def test_opening_a_deck_asks_about_the_unsaved_record(make_app, privacy_deck, qtbot, tmp_path):
    other = tmp_path / "other.md"
    other.write_text("# Other deck\n\n---\n\n## Two\n\n---\n\n## Three\n", encoding="utf-8")
    app = make_app(privacy_deck)
    a_visit(app)
    app.presenter.deck_dropped.emit(str(other))  # drag and drop on the console
    answer(app, qtbot, QMessageBox.StandardButton.Cancel)
    assert app.deck.source == privacy_deck.resolve() and app.keeper.pain == 6  # kept as it was
    app.open_deck(other)
    answer(app, qtbot, QMessageBox.StandardButton.Discard)
    assert app.deck.title == "Other deck" and app.keeper.pain is None


def test_a_different_deck_starts_on_its_first_slide(make_app, privacy_deck, tmp_path):
    other = tmp_path / "other.md"
    other.write_text("\n\n---\n\n".join(f"# Other {i}" for i in range(1, 8)) + "\n", encoding="utf-8")
    app = make_app(privacy_deck)
    for _ in range(4):
        app.dispatch(Command.NEXT)
    app.keeper.mark_saved()
    app.open_deck(other)
    assert app.controller.frame.index == 0 and "Other 1" in app.patient.visible_text()


def test_reopening_the_deck_leaves_no_stale_pain_score(make_app, privacy_deck, qtbot):
    app = make_app(privacy_deck)
    app.teach_back.pain_spin.setValue(6)
    assert app.keeper.pain == 6
    app.open_deck(privacy_deck)
    answer(app, qtbot, QMessageBox.StandardButton.Discard)
    assert app.teach_back.pain() is None and app.keeper.pain is None  # console and record agree
    app.teach_back.pain_spin.setValue(6)
    assert app.keeper.pain == 6


def test_visit_time_starts_with_the_visit_not_the_program(make_app, privacy_deck, qtbot):
    now = [1000.0]
    app = make_app(privacy_deck, clock=lambda: now[0])
    now[0] += 600  # ten minutes between the program's start and the next patient
    app.next_patient()
    now[0] += 60
    summary = app.keeper.summary()
    assert summary.seconds == 60


def test_json_record_keeps_the_doctors_edited_text(make_app, privacy_deck, tmp_path):
    app = make_app(privacy_deck)
    a_visit(app)
    app.dispatch(Command.END_COUNSELLING)
    dialog = app.record_dialog
    dialog.text_edit.setPlainText(dialog.text() + "Doctor's own line: patient's daughter present.\n")
    assert dialog.save_json(tmp_path / "r.json")
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert "Doctor's own line: patient's daughter present." in data["text"] and data["text_edited"] is True
    dialog.close()


# -- keys always reach the presentation ------------------------------------------------------------

def test_after_typing_a_pain_score_the_clicker_works_again(make_app, qtbot):
    app = make_app()  # the bundled deck: 22 slides
    focus_console(app, qtbot)
    spin = app.teach_back.pain_spin
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    spin.lineEdit().selectAll()
    type_keys(QApplication.focusWidget(), Key.Key_6, Key.Key_Return)
    assert app.keeper.pain == 6 and not spin.hasFocus()  # Enter confirms and gives the keyboard back
    type_keys(QApplication.focusWidget() or app.presenter, Key.Key_1, Key.Key_2, Key.Key_Return)
    assert app.controller.frame.index == 11  # "12 Enter": slide 12
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    for key, check in ((Key.Key_B, lambda: app.controller.frame.mode is PatientMode.BLACK),
                       (Key.Key_Period, lambda: app.controller.frame.mode is PatientMode.SLIDE),
                       (Key.Key_N, lambda: app.controller.frame.mode is PatientMode.PAIN_SCALE),
                       (Key.Key_Escape, lambda: app.controller.frame.mode is PatientMode.SLIDE),
                       (Key.Key_PageDown, lambda: app.controller.frame.index == 12)):
        QTest.keyClick(spin.lineEdit(), key)
        assert check(), key
    assert app.keeper.pain == 6  # the keys did not change the score


def test_a_pain_score_typed_without_enter_is_kept_when_the_clicker_turns_the_page(make_app, qtbot):
    """The doctor types 5 in the pain box and presses the clicker: the box showed "not taken" again
    and the record had no score."""
    app = make_app()
    focus_console(app, qtbot)
    spin = app.teach_back.pain_spin
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    spin.lineEdit().selectAll()
    QTest.keyClick(spin.lineEdit(), Key.Key_5)
    QTest.keyClick(spin.lineEdit(), Key.Key_PageDown)
    assert app.controller.frame.index == 1
    assert app.keeper.pain == 5 and spin.text() == "5" and app.teach_back.pain() == 5
    spin.lineEdit().selectAll()
    QTest.keyClick(spin.lineEdit(), Key.Key_8)
    QTest.keyClick(spin.lineEdit(), Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # the record at once
    qtbot.waitUntil(lambda: app.record_dialog is not None and app.record_dialog.isVisible())
    assert app.keeper.pain == 8 and app.record_dialog.summary().pain_score.score == 8
    app.record_dialog.close()


def test_ctrl_e_ends_counselling_from_a_text_field(make_app, privacy_deck, qtbot):
    app = make_app(privacy_deck)
    focus_console(app, qtbot)
    spin = app.teach_back.pain_spin
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    QTest.keyClick(spin.lineEdit(), Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: app.record_dialog is not None and app.record_dialog.isVisible())
    app.record_dialog.close()


def test_the_patient_answers_on_the_pain_scale(make_app, qtbot):
    app = make_app()
    focus_console(app, qtbot)
    for _ in range(3):
        QTest.keyClick(app.presenter, Key.Key_PageDown)
    type_keys(app.presenter, Key.Key_N)
    assert "pain scale" in app.presenter.current_label.text()  # not "The patient sees" over the slide
    type_keys(app.presenter, Key.Key_7, Key.Key_Return)
    frame = app.controller.frame
    assert app.keeper.pain == 7 and app.teach_back.pain() == 7
    assert app.presenter.current_label.text() == "The patient sees"
    assert frame.index == 3 and frame.mode is PatientMode.SLIDE  # no jump to slide 7
    type_keys(app.presenter, Key.Key_N, Key.Key_1, Key.Key_2, Key.Key_Return)
    assert app.controller.frame.mode is PatientMode.PAIN_SCALE and app.keeper.pain == 7  # 12: not on the scale


def test_pain_scale_numbers_are_at_least_body_text_size(make_app):
    import re

    from counsel_app.resources import assets_dir

    svg = (assets_dir() / "img" / "pain-scale.svg").read_text(encoding="utf-8")
    view_h = float(re.search(r'viewBox="0 0 [\d.]+ ([\d.]+)"', svg).group(1))
    smallest_digit = min(float(x) for x in re.findall(r'font-size="([\d.]+)"', svg))
    app = make_app()
    body = min(app.stage.layout(app.deck, i).body_px for i in range(len(app.deck.slides)))
    app.dispatch(Command.PAIN_SCALE)
    scale = app.patient.view.layout_shown()
    pictures = [f.toImageFormat() for f in _image_formats(scale.doc)]
    assert len(pictures) == 1
    digit_px = pictures[0].height() * smallest_digit / view_h
    assert digit_px >= body, (digit_px, body)


def _image_formats(doc):
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                yield fmt
            it += 1
        block = block.next()


# -- keys in a dialog: the dialog's, except the clicker's page keys ---------------------------------

# the offscreen platform cannot raise windows or grab the keyboard for the completion list
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_keys_in_a_file_dialog_stay_in_it_but_the_clickers_page_keys(make_app, privacy_deck, qtbot, tmp_path):
    (tmp_path / "deck-a.md").write_text("# a\n", encoding="utf-8")
    (tmp_path / "deck-b.md").write_text("# b\n", encoding="utf-8")
    app = make_app(privacy_deck)
    app.dispatch(Command.NEXT)
    dialog = QFileDialog(app.presenter, "Open deck", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.open()
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is dialog)
    field = QApplication.focusWidget()
    QTest.keyClick(field, Key.Key_PageDown)  # the clicker: the next slide, the file name untouched
    assert app.controller.frame.index == 2 and field.text() == "" and dialog.isVisible()
    QTest.keyClick(field, Key.Key_PageUp)
    assert app.controller.frame.index == 1
    QTest.keyClicks(field, "deck")  # the completion list opens
    for key in (Key.Key_Down, Key.Key_Return, Key.Key_B, Key.Key_Period, Key.Key_Escape):
        QTest.keyClick(QApplication.focusWidget() or field, key)
        assert app.controller.frame.index == 1 and app.controller.frame.mode is PatientMode.SLIDE, key
    dialog.close()


def test_the_clicker_turns_pages_while_the_record_dialog_is_open_and_never_types_in_it(make_app, privacy_deck,
                                                                                         qtbot):
    app = make_app(privacy_deck)
    focus_console(app, qtbot)
    app.dispatch(Command.END_COUNSELLING)
    dialog = app.record_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.plan_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.plan_edit)
    QTest.keyClicks(dialog.plan_edit, "Back in 2 weeks.")  # digits, "." and "b" are the plan's
    text = dialog.text()
    for key, index in ((Key.Key_PageDown, 1), (Key.Key_PageDown, 2), (Key.Key_PageUp, 1)):
        QTest.keyClick(dialog.plan_edit, key)
        assert app.controller.frame.index == index, key
    assert dialog.plan_edit.toPlainText() == "Back in 2 weeks."
    # nothing typed into the record: it is the visit as it is now (the pages turned are in it)
    assert dialog.text() != text and dialog.text() == to_text(dialog.summary(), app.keeper.lang)
    assert dialog.plan_edit.textCursor().position() == len("Back in 2 weeks.")  # the page keys did not move it
    assert app.controller.frame.mode is PatientMode.SLIDE and dialog.isVisible()
    assert "Back in 2 weeks." in app.keeper.summary().plan
    dialog.text_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text_edit)
    QTest.keyClick(dialog.text_edit, Key.Key_PageDown)  # in the record text too
    assert app.controller.frame.index == 2 and dialog.text() == to_text(dialog.summary(), app.keeper.lang)
    files = QFileDialog(dialog, "Save the record")  # Save as...: a dialog of the record dialog
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.open()
    qtbot.waitUntil(files.isVisible)
    files.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is files)
    name = QApplication.focusWidget()
    QTest.keyClick(name, Key.Key_PageDown)
    assert app.controller.frame.index == 3 and files.isVisible()
    files.close()
    dialog.close()


def test_an_imported_draft_opens_privately(make_app, privacy_deck, qtbot, tmp_path, monkeypatch):
    article = tmp_path / "article.txt"
    article.write_text("Walking after surgery\n\nWalk a little every day. Stop if you feel dizzy.\n", encoding="utf-8")
    draft = tmp_path / "article.deck.md"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(article), "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(draft), "")))
    app = make_app(privacy_deck)
    app.files.import_dialog()  # the draft opens in the editor, unsaved
    assert app.editing.window is not None and app.deck.source == privacy_deck.resolve()
    app.editing.window.commands["save"].trigger()  # Save asks where: the console opens it
    frame = app.controller.frame
    assert app.deck.source == draft.resolve()
    assert frame.mode is PatientMode.BLACK and app.patient.visible_text() == ""  # the patient sees nothing of it
    assert frame.preview == 0 and "Walking" in app.presenter.current.visible_text()  # the doctor reviews it
    app.dispatch(Command.ENTER)
    assert "Walking" in app.patient.visible_text()
    app.editing.window.close()


# -- the console tells the doctor what is going on ----------------------------------------------------

def test_zoom_is_shown_and_says_when_a_slide_cannot_grow(make_app, privacy_deck):
    app = make_app(privacy_deck)
    assert app.presenter.zoom.text().startswith("Patient text 100%")
    app.dispatch(Command.ZOOM_IN)
    assert app.presenter.zoom.text().startswith("Patient text 110%")
    app.dispatch(Command.ZOOM_RESET)
    long = "\n\n---\n\n## Long\n\n" + "\n".join(f"- point number {i} with several words" for i in range(9)) + "\n"
    privacy_deck.write_text(privacy_deck.read_text(encoding="utf-8").replace("---\n\n## First point", long[2:] + "\n---\n\n## First point", 1),
                            encoding="utf-8")
    app.host.reload()
    app.controller.run(Command.FIRST)
    while "Long" not in app.controller.frame.slide.title:
        app.dispatch(Command.NEXT)
    assert "as large as it fits" in app.presenter.zoom.text()


def test_outline_titles_have_tooltips_and_warnings_wrap(make_app, privacy_deck):
    app = make_app(privacy_deck)
    item = app.presenter.outline.topLevelItem(0)
    assert item.toolTip(0) == item.text(0)
    assert app.presenter.warnings.wordWrap()


def test_source_passages_in_notes_fold_and_the_choice_is_remembered(make_app, tmp_path):
    deck = tmp_path / "d.md"
    deck.write_text("# One\n\n<!-- 原文: 文章的话。 -->\n\n<!-- 先说这句。 -->\n", encoding="utf-8")
    app = make_app(deck)
    assert app.presenter.notes.toPlainText() == "先说这句。\n\n原文: 文章的话。"
    app.presenter.source_toggle.click()
    assert app.presenter.notes.toPlainText() == "先说这句。"
    assert app.store.load().show_source is False


def test_save_dialogs_start_in_documents_or_the_last_folder(make_app, privacy_deck, tmp_path, monkeypatch):
    from counsel_app.qt import file_actions

    app = make_app(privacy_deck)
    assert app.files.folder() == file_actions.documents_folder()
    seen = []

    def fake_save(_parent, _title, start, _filter):
        seen.append(start)
        return str(tmp_path / "out" / "h.pdf"), ""

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    monkeypatch.setattr(file_actions, "which_slides", lambda *_a: None)
    app.files.handout_dialog()
    app.files.handout_dialog()
    assert seen[0].startswith(str(file_actions.documents_folder()))
    assert seen[1].startswith(str(tmp_path / "out"))
    assert "counsel_app" not in seen[0]


def test_disconnected_patient_screen_banner(make_app, privacy_deck):
    from counsel_app.core.screens import Placement

    app = make_app(privacy_deck)
    assert app.presenter.screen_banner.isHidden()
    app.placer.placement = Placement(doctor="doctor", patient=None)
    app.placer.placed.emit(app.placer.placement)
    assert app.presenter.screen_banner.isVisibleTo(app.presenter)
    assert "disconnected" in app.presenter.current_label.text()


def test_key_sheet_is_grouped_in_two_columns_without_scrolling(make_app, privacy_deck, qtbot):
    from PySide6.QtWidgets import QAbstractScrollArea

    from counsel_app.qt.keys_dialog import KeysDialog

    app = make_app(privacy_deck)
    dialog = KeysDialog(app.actions, app.presenter)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.findChildren(QAbstractScrollArea)
    assert dialog.sizeHint().height() <= 1000 and dialog.sizeHint().width() <= 1800
    assert ("Ctrl+N", "Next patient: a new visit, a new record") in dialog.rows


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_line_of_the_key_sheet_is_cut_off(make_app, privacy_deck, qtbot, lang):
    """The long lines wrap; the sheet was sized for fewer lines, so wrapped rows overlapped."""
    from PySide6.QtWidgets import QLabel

    from counsel_app.qt.keys_dialog import KeysDialog
    from counsel_app.qt.translations import install_translator

    app = make_app(privacy_deck)
    install_translator(QApplication.instance(), lang)
    try:
        dialog = KeysDialog(app.actions, app.presenter)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        cut = [label.text() for label in dialog.findChildren(QLabel)
               if label.wordWrap() and label.height() < label.heightForWidth(label.width())]
        assert cut == []
    finally:
        install_translator(QApplication.instance(), "en")


def test_a_clinic_morning_three_visits_each_record_its_own(make_app, qtbot, tmp_path, monkeypatch):
    app = make_app()
    focus_console(app, qtbot)
    records = []
    for n, (pain, plan) in enumerate(((3, "PLAN-ONE"), (7, "PLAN-TWO"), (None, "PLAN-THREE"))):
        for _ in range(4 + n):
            QTest.keyClick(app.presenter, Key.Key_PageDown)
        part = app.controller.frame.slide.section
        app.keeper.set_teach_back(part, f"Q{n}", TeachBackResult.CORRECT)
        if pain is not None:
            type_keys(app.presenter, Key.Key_N, getattr(Key, f"Key_{pain}"), Key.Key_Return)
        app.keeper.set_plan(plan)
        out = tmp_path / f"visit{n}.json"
        app.dispatch(Command.END_COUNSELLING)
        assert app.record_dialog.save_json(out)
        app.record_dialog.close()
        records.append(json.loads(out.read_text(encoding="utf-8")))
        QTest.keyClick(app.presenter, Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Next patient
        assert app.guard.question is None  # saved: no question
        assert app.controller.frame.index == 0
    assert [r["plan"] for r in records] == ["PLAN-ONE", "PLAN-TWO", "PLAN-THREE"]
    assert [r["pain_score"] and r["pain_score"]["score"] for r in records] == [3, 7, None]
    for n, r in enumerate(records):
        questions = {t["question"] for t in r["teach_back"] if t["result"] == "correct"}
        assert questions == {f"Q{n}"}
        others = {f"PLAN-{w}" for w in ("ONE", "TWO", "THREE")} - {r["plan"]}
        assert not any(o in r["text"] for o in others)
    QTimer.singleShot(0, lambda: None)


def test_a_text_field_on_the_console_types_letters_but_the_clicker_still_pages(make_app, privacy_deck, qtbot):
    from PySide6.QtWidgets import QLineEdit

    app = make_app(privacy_deck)
    field = QLineEdit()
    app.presenter.side_panel.addWidget(field)  # e.g. a search box in a later console
    focus_console(app, qtbot)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    QTest.keyClicks(field, "bone 12")
    assert field.text() == "bone 12" and app.controller.frame.mode is PatientMode.SLIDE
    assert app.controller.frame.index == 0 and app.controller.frame.typed == ""
    QTest.keyClick(field, Key.Key_PageDown)
    assert app.controller.frame.index == 1
    QTest.keyClick(field, Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: app.record_dialog is not None and app.record_dialog.isVisible())
    app.record_dialog.close()


def test_z_shows_the_picture_alone_as_large_as_the_screen_allows(make_app, qtbot):
    app = make_app()
    focus_console(app, qtbot)
    while not app.controller.frame.slide.images or "icons-" in app.controller.frame.slide.images[0]:
        QTest.keyClick(app.presenter, Key.Key_PageDown)  # a picture beside the text, not an icon array
    index = app.controller.frame.index
    slide_layout = app.patient.view.layout_shown()
    QTest.keyClick(app.presenter, Key.Key_Z)
    zoomed = app.patient.view.layout_shown()
    assert app.controller.frame.mode is PatientMode.ZOOM and zoomed is not slide_layout
    assert zoomed.backdrop, "the picture is drawn as the whole screen's background"
    shown = zoomed.backdrop[0].target.intersected(zoomed.backdrop[0].cell)
    screen = zoomed.size
    # as large as its shape allows: it spans the whole width or the whole height of the patient screen
    assert shown.width() >= screen.width() - 1 or shown.height() >= screen.height() - 1
    before = slide_layout.backdrop[0].target.intersected(slide_layout.backdrop[0].cell)
    assert shown.width() * shown.height() > before.width() * before.height()
    assert "Z" in app.presenter.state.text() and app.patient.visible_text() == ""
    QTest.keyClick(app.presenter, Key.Key_Escape)
    assert app.patient.view.layout_shown() is slide_layout and app.controller.frame.index == index
    assert index + 1 in app.keeper.slides_shown()


def test_clicking_into_the_pain_box_and_typing_replaces_not_taken(make_app, qtbot):
    from PySide6.QtCore import QPoint

    app = make_app()
    focus_console(app, qtbot)
    edit = app.teach_back.pain_spin.lineEdit()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 4, edit.height() // 2))
    qtbot.waitUntil(lambda: edit.selectedText() == edit.text())  # the click selects "not taken"
    type_keys(edit, Key.Key_6, Key.Key_Return)
    assert app.keeper.pain == 6 and app.teach_back.pain() == 6
