"""The deck editor, driven by typing as a doctor would: the preview follows, undo, save, the unsaved question."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QMessageBox

from counsel_app.core.deck import load_deck
from counsel_app.core.deck_file import open_for_edit
from counsel_app.core.themes import theme
from counsel_app.qt.editor_window import EditorWindow

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def deck(tmp_path) -> Path:
    path = tmp_path / "privacy.md"
    path.write_bytes((REPO / "tests" / "data" / "decks" / "privacy.md").read_bytes())
    return path


@pytest.fixture
def editor(qtbot, deck):
    window = EditorWindow(open_for_edit(deck), lang="en", theme=theme(None), screen=QSize(1280, 720))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window._may_close = True


def preview_text(window: EditorWindow) -> str:
    return window.preview.view.visible_text()


def type_title(qtbot, window: EditorWindow, text: str) -> None:
    field = window.fields.title
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def test_typing_a_title_updates_the_patients_view_and_the_list(qtbot, editor, deck):
    editor.slides.setCurrentRow(1)
    old = load_deck(deck).slides[1].title
    assert old in preview_text(editor)
    type_title(qtbot, editor, "Your data stays here")
    assert "Your data stays here" in preview_text(editor)
    assert old not in preview_text(editor)
    assert "Your data stays here" in editor.slides.item(1).text()
    assert editor.isWindowModified()
    assert deck.read_bytes() == (REPO / "tests" / "data" / "decks" / "privacy.md").read_bytes()  # nothing saved yet


def test_typing_a_fourth_point_is_allowed_and_warned(qtbot, editor):
    editor.slides.setCurrentRow(1)
    box = editor.fields.bullets
    box.setFocus()
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    for line in ("one", "two", "three", "four"):
        qtbot.keyClicks(box, line)
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert editor.deck.slides[1].body.count("- ") == 4
    assert [b for b in ("one", "two", "three", "four") if b in preview_text(editor)] == ["one", "two", "three", "four"]
    assert "4 points" in editor.fields.bullet_hint.text()


def test_undo_takes_back_the_typing_in_one_step_and_redo_brings_it_again(qtbot, editor, deck):
    editor.slides.setCurrentRow(1)
    old = load_deck(deck).slides[1].title
    type_title(qtbot, editor, "Changed")
    qtbot.keyClick(editor.fields.title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.fields.title.text() == old and old in preview_text(editor)
    assert not editor.isWindowModified()
    qtbot.keyClick(editor.fields.title, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.fields.title.text() == "Changed" and "Changed" in preview_text(editor)


def test_ctrl_s_saves_atomically_with_a_backup(qtbot, editor, deck):
    original = deck.read_bytes()
    editor.slides.setCurrentRow(2)
    type_title(qtbot, editor, "Saved title")
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor.fields.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert load_deck(deck).slides[2].title == "Saved title"
    assert deck.with_name("privacy.md.bak").read_bytes() == original
    assert not editor.isWindowModified()
    assert sorted(p.name for p in deck.parent.iterdir()) == ["privacy.md", "privacy.md.bak"]  # no temp file left


def test_closing_with_unsaved_edits_asks_and_cancel_keeps_editing(qtbot, editor, deck):
    original = deck.read_bytes()
    type_title(qtbot, editor, "Not yet saved")
    editor.close()
    box = editor.question
    assert box is not None and box.isVisible() and editor.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert editor.isVisible() and editor.fields.title.text() == "Not yet saved"
    editor.close()
    with qtbot.waitSignal(editor.closed):
        editor.question.button(QMessageBox.StandardButton.Discard).click()
    assert not editor.isVisible() and deck.read_bytes() == original


def test_save_from_the_question_writes_then_closes(qtbot, editor, deck):
    type_title(qtbot, editor, "Saved on close")
    editor.close()
    with qtbot.waitSignal(editor.closed):
        editor.question.button(QMessageBox.StandardButton.Save).click()
    assert load_deck(deck).slides[0].title == "Saved on close"


def test_slides_added_moved_and_deleted_from_the_menu(qtbot, editor, deck):
    n = len(load_deck(deck).slides)
    editor.slides.setCurrentRow(0)
    editor.commands["add"].trigger()
    assert editor.slides.count() == n + 1 and editor.index == 1
    type_title(qtbot, editor, "Brand new")
    editor.commands["down"].trigger()
    assert editor.deck.slides[2].title == "Brand new" and editor.index == 2
    editor.commands["delete"].trigger()
    assert editor.slides.count() == n and "Brand new" not in [s.title for s in editor.deck.slides]
    editor.commands["undo"].trigger()
    assert editor.slides.count() == n + 1


def test_findings_for_this_slide_are_listed(qtbot, editor):
    editor.slides.setCurrentRow(1)
    type_title(qtbot, editor, "THIS IS SHOUTING AT THE PATIENT")
    findings = [editor.preview.findings.item(i).text() for i in range(editor.preview.findings.count())]
    assert findings and findings != ["No problems found"]


def test_a_large_deck_previews_every_key_and_moves_without_reading_the_whole_deck(qtbot, tmp_path, monkeypatch):
    slides = "\n\n---\n\n".join(f"## Slide {i}\n\n- point {i}" for i in range(1, 1001))
    path = tmp_path / "big.md"
    path.write_text(slides + "\n", encoding="utf-8")
    window = EditorWindow(open_for_edit(path), lang="en", theme=theme(None))
    qtbot.addWidget(window)
    window.slides.setCurrentRow(500)
    read_whole = []
    monkeypatch.setattr("counsel_app.qt.editor_window.parse_deck", lambda *a, **k: read_whole.append(a))
    type_title(qtbot, window, "Typed fast")
    assert window.isWindowModified() and window.doc.slides[500] == "\n## Typed fast\n\n- point 501\n\n"
    assert "Typed fast" in preview_text(window)  # at once: only the typed slide is read again
    assert "Typed fast" in window.slides.item(500).text()
    window.commands["down"].trigger()
    assert window.index == 501 and window.deck.slides[501].title == "Typed fast"
    assert window.slides.item(501).text() == "502. Typed fast" and window.slides.item(500).text() == "501. Slide 502"
    window.commands["delete"].trigger()
    window.commands["duplicate"].trigger()
    window.commands["add"].trigger()
    assert [s.title for s in window.deck.slides[499:503]] == ["Slide 500", "Slide 502", "Slide 502", "New slide"]
    assert not read_whole
    window._may_close = True


def test_a_deck_changed_on_disk_is_not_overwritten_without_asking(qtbot, editor, deck, monkeypatch):
    type_title(qtbot, editor, "Mine")
    deck.write_bytes(b"# Theirs\n")
    asked = []
    monkeypatch.setattr(editor, "_replace_theirs", lambda exc: asked.append(str(exc)) or False)
    qtbot.keyClick(editor.fields.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked and deck.read_bytes() == b"# Theirs\n" and editor.isWindowModified()
    monkeypatch.setattr(editor, "_replace_theirs", lambda exc: True)
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor.fields.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert load_deck(deck).slides[0].title == "Mine"
    assert deck.with_name("privacy.md.bak").read_bytes() == b"# Theirs\n"


def test_a_slide_dragged_in_the_list_moves_in_the_deck_and_undo_puts_it_back(qtbot, editor, deck):
    from PySide6.QtCore import QModelIndex

    titles = [s.title for s in load_deck(deck).slides]
    assert editor.slides.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)  # what a drop does
    qtbot.waitUntil(lambda: [s.title for s in editor.deck.slides] == [titles[2], *titles[:2], *titles[3:]])
    assert editor.slides.item(0).text().startswith("1. ") and titles[2] in editor.slides.item(0).text()
    assert editor.index == 0 and editor.fields.title.text() == titles[2]
    editor.commands["undo"].trigger()
    assert [s.title for s in editor.deck.slides] == titles


def test_save_as_writes_a_new_deck_and_leaves_the_original(qtbot, editor, deck, monkeypatch):
    original = deck.read_bytes()
    other = deck.with_name("copy for patient B.md")
    monkeypatch.setattr(editor, "_ask_path", lambda: other)
    type_title(qtbot, editor, "For patient B")
    with qtbot.waitSignal(editor.saved):
        editor.commands["save_as"].trigger()
    assert deck.read_bytes() == original
    assert load_deck(other).slides[0].title == "For patient B"
    assert not editor.isWindowModified() and editor.file.path == other and "copy for patient B" in editor.windowTitle()


def test_chinese_from_an_input_method_reaches_the_slide(qtbot, editor):
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    editor.slides.setCurrentRow(2)
    field = editor.fields.notes
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    composing = QInputMethodEvent("fei'ai", [])  # pinyin being composed: not yet text
    QApplication.sendEvent(field, composing)
    commit = QInputMethodEvent("", [])
    commit.setCommitString("肺癌会转移到骨头")
    QApplication.sendEvent(field, commit)
    assert editor.deck.slides[2].notes == "肺癌会转移到骨头\n\nteach-back: SECRET-TB-1 In your own words, what is it?"


def test_edits_kept_before_a_crash_are_offered_at_the_next_start(qtbot, deck, tmp_path, monkeypatch):
    folder = tmp_path / "recovery"
    first = EditorWindow(open_for_edit(deck), lang="en", theme=theme(None), recovery=folder)
    qtbot.addWidget(first)
    first.show()
    type_title(qtbot, first, "Typed before the crash")
    first.recovery_timer.timeout.emit()  # the 5-second timer
    first.recovery_timer.stop()
    first._may_close = True  # the crash: no save, no question, the recovery file stays
    original = deck.read_bytes()
    second = EditorWindow(open_for_edit(deck), lang="en", theme=theme(None), recovery=folder)
    qtbot.addWidget(second)
    monkeypatch.setattr(second, "_ask_restore", lambda: True)
    assert second.offer_recovery()
    assert second.deck.slides[0].title == "Typed before the crash" and second.isWindowModified()
    assert deck.read_bytes() == original  # still only in the editor until Save
    with qtbot.waitSignal(second.saved):
        second.commands["save"].trigger()
    assert list(folder.iterdir()) == []  # saved: nothing left to recover
    third = EditorWindow(open_for_edit(deck), lang="en", theme=theme(None), recovery=folder)
    qtbot.addWidget(third)
    assert not third.offer_recovery()
    for window in (second, third):
        window._may_close = True


def test_a_chosen_picture_is_copied_beside_the_deck_and_shown(qtbot, editor, deck, tmp_path, monkeypatch):
    from PySide6.QtGui import QColor, QImage

    from counsel_app.core.deck_file import open_for_edit as reopen

    picture = tmp_path / "elsewhere" / "bone scan.png"
    picture.parent.mkdir()
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    editor.slides.setCurrentRow(2)
    monkeypatch.setattr(editor, "_ask_picture", lambda: picture)
    qtbot.mouseClick(editor.fields.choose_picture, Qt.MouseButton.LeftButton)
    copied = sorted((deck.parent / "privacy-pictures").iterdir())
    assert len(copied) == 1 and copied[0].read_bytes() == picture.read_bytes()
    assert editor.fields.picture.text() == f"privacy-pictures/{copied[0].name}"
    assert editor.preview.layout_shown is not None and "\ufffc" in editor.preview.layout_shown.doc.toPlainText()
    editor.fields.caption.setFocus()
    qtbot.keyClicks(editor.fields.caption, "The scan")
    editor.commands["save"].trigger()
    slide = load_deck(deck).slides[2]
    assert slide.images == (f"privacy-pictures/{copied[0].name}",) and "![The scan](" in slide.body
    assert reopen(deck).text.count("![The scan]") == 1


def test_a_picture_that_cannot_be_read_says_so_and_copies_nothing(qtbot, editor, deck, tmp_path, monkeypatch):
    bad = tmp_path / "notes.png"
    bad.write_text("not a picture")
    said = []
    monkeypatch.setattr(editor, "_ask_picture", lambda: bad)
    monkeypatch.setattr("counsel_app.qt.editor_window.QMessageBox.warning", lambda *a, **k: said.append(a[2]))
    editor.fields.choose_picture.click()
    assert said and "not a picture" in said[0] and "nothing was copied" in said[0]
    assert not (deck.parent / "privacy-pictures").exists() and not editor.history.modified
