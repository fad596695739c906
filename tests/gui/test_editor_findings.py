"""`check`'s findings under the editor's preview: a click puts the cursor in the field it is about."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from counsel_app.core.deck_file import EditedFile
from counsel_app.core.themes import theme
from counsel_app.qt.editor_window import EditorWindow

DECK = """# Welcome

---

## Bone pain

- Rest helps
- About 35% of people feel better
- Ask for help

---

## A picture

![a bone scan](missing-scan.png)
"""


def make(qtbot, tmp_path, text: str = DECK) -> EditorWindow:
    window = EditorWindow(EditedFile(tmp_path / "d.md", text, "utf-8"), lang="en", theme=theme(None),
                          screen=QSize(1280, 720))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window._may_close = True
    return window


def click_finding(qtbot, window: EditorWindow, words: str) -> None:
    found = window.preview.findings
    row = next(i for i in range(found.count()) if words in found.item(i).text())
    rect = found.visualItemRect(found.item(row))
    qtbot.mouseClick(found.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_finding_about_a_point_selects_that_point(qtbot, tmp_path):
    window = make(qtbot, tmp_path)
    window.slides.setCurrentRow(1)
    window.fields.title.setFocus()
    click_finding(qtbot, window, "35%")
    assert QApplication.focusWidget() is window.fields.bullets
    assert window.fields.bullets.textCursor().selectedText() == "About 35% of people feel better"


def test_a_finding_about_the_title_puts_the_cursor_in_the_title(qtbot, tmp_path):
    window = make(qtbot, tmp_path)
    window.slides.setCurrentRow(1)
    window.fields.title.setText("BONE PAIN")
    window.fields.title.textEdited.emit("BONE PAIN")
    window.fields.notes.setFocus()
    click_finding(qtbot, window, "capitals")
    assert QApplication.focusWidget() is window.fields.title and window.fields.title.selectedText() == "BONE PAIN"


def test_a_missing_picture_leads_to_choosing_one(qtbot, tmp_path):
    window = make(qtbot, tmp_path)
    window.slides.setCurrentRow(2)
    window.fields.title.setFocus()
    click_finding(qtbot, window, "picture not found")
    assert QApplication.focusWidget() is window.fields.choose_picture
    found = window.preview.findings
    assert all(found.item(i).text().startswith("! ") for i in range(found.count()))


SOURCED = """---
lang: en
---

## Your medicine

- It lowers the risk of a stroke by 30%
- the pain goes away within a week
- Take it every morning

<!-- Source: Compared with no treatment, it lowers the risk of a stroke by 30%. In most cases, the pain goes away within a week. Take it every morning. If you have chest pain, call 911 at once. -->

---

## Next

- Come back in a month
"""


def test_the_source_articles_findings_are_listed_and_lead_to_their_field(qtbot, tmp_path):
    window = make(qtbot, tmp_path, SOURCED)
    found = window.preview.findings
    texts = [found.item(i).text() for i in range(found.count())]
    assert any("30% is a relative change" in t for t in texts)
    assert any('lost "most"' in t for t in texts)
    assert any("warning signs only in the notes" in t for t in texts)
    click_finding(qtbot, window, 'lost "most"')
    assert window.fields.bullets.hasFocus()
    assert window.fields.bullets.textCursor().selectedText() == "the pain goes away within a week"
    click_finding(qtbot, window, "warning signs only in the notes")
    assert window.fields.bullets.hasFocus()  # a warning sign goes on the slide, among the points
    qtbot.waitUntil(lambda: 0 in window.slides.marked)
    assert window.slides.item(0).text().startswith("1. ! ")
    assert "relative change" in window.slides.item(0).toolTip()
    window.fields.bullets.setPlainText("It lowers the risk of a stroke by 30%\nIn most cases the pain goes away within a week\n"
                                       "If you have chest pain, call 911 at once")
    texts = [found.item(i).text() for i in range(found.count())]
    assert not any("lost" in t or "only in the notes" in t for t in texts)


WARNING_ELSEWHERE = """---
lang: en
---

## Your medicine

- Take it every morning

<!-- Source: Take it every morning. If you have chest pain, call 911 at once. -->

---

## Next

- Come back in a month
"""


def test_a_warning_put_on_another_slide_clears_the_mark_of_the_slide_not_viewed(qtbot, tmp_path):
    window = make(qtbot, tmp_path, WARNING_ELSEWHERE)
    rows = window.slides
    qtbot.waitUntil(lambda: {0, 1} <= rows.marked)
    assert rows.item(0).text().startswith("1. ! ") and "warning signs only in the notes" in rows.item(0).toolTip()
    window.select(1)  # the doctor puts the warning on the next slide, never visiting the first
    field = window.fields.bullets
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClicks(field, "If you have chest pain, call 911 at once")
    assert window.index == 1
    qtbot.waitUntil(lambda: rows.item(0).text() == "1. Your medicine")  # once the doctor pauses
    assert "warning" not in rows.item(0).toolTip()
    window.undo()  # the warning taken off the slide again: the mark is back
    assert window.index == 1 and rows.item(0).text().startswith("1. ! ")
    window.redo()
    assert rows.item(0).text() == "1. Your medicine"
    window.commands["delete"].trigger()  # the slide showing the warning deleted
    assert rows.item(0).text().startswith("1. ! ")
