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


def make(qtbot, tmp_path) -> EditorWindow:
    window = EditorWindow(EditedFile(tmp_path / "d.md", DECK, "utf-8"), lang="en", theme=theme(None),
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
