"""A background picture in the editor: the caption field holds only the words for the patient; Marp's
layout keywords (`bg right:40% contain`) stay as written when the caption is typed or a picture chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage

from counsel_app.core.deck_file import open_for_edit
from counsel_app.core.themes import theme
from counsel_app.qt.editor_window import EditorWindow

DECK = """---
marp: true
---

# Welcome

---

## 骨转移

![bg right:40% contain 100个小人，30个涂满](icons.svg)

- 每100人中有30到40人

<!-- 说这个 -->
"""


def make(qtbot, path: Path) -> EditorWindow:
    window = EditorWindow(open_for_edit(path), lang="zh", theme=theme(None), screen=QSize(1280, 720))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window._may_close = True
    return window


def test_the_caption_field_shows_and_edits_only_the_caption_words(qtbot, tmp_path):
    path = tmp_path / "d.md"
    path.write_text(DECK, encoding="utf-8")
    window = make(qtbot, path)
    window.select(1)
    assert window.fields.picture.text() == "icons.svg"
    assert window.fields.caption.text() == "100个小人，30个涂满"
    window.fields.caption.setFocus()
    window.fields.caption.selectAll()
    qtbot.keyClick(window.fields.caption, Qt.Key.Key_Delete)
    qtbot.keyClicks(window.fields.caption, "30 in 100")
    assert window.doc.text == DECK.replace("100个小人，30个涂满", "30 in 100")
    window.fields.caption.selectAll()
    qtbot.keyClick(window.fields.caption, Qt.Key.Key_Delete)
    assert window.doc.text == DECK.replace(" 100个小人，30个涂满", "")
    assert window.deck.slides[1].images == ("icons.svg",)
    window.commands["undo"].trigger()
    assert window.doc.text == DECK and window.fields.caption.text() == "100个小人，30个涂满"


def test_a_new_picture_keeps_the_slides_layout(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "d.md"
    path.write_text(DECK, encoding="utf-8")
    picture = tmp_path / "elsewhere" / "scan.png"
    picture.parent.mkdir()
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    window = make(qtbot, path)
    window.select(1)
    monkeypatch.setattr(window, "_ask_picture", lambda: picture)
    window.fields.choose_picture.click()
    name = window.fields.picture.text()
    assert name.startswith("d-pictures/") and window.fields.caption.text() == "100个小人，30个涂满"
    assert f"![bg right:40% contain 100个小人，30个涂满]({name})" in window.doc.slides[1]
    assert window.doc.slides[0] == "\n# Welcome\n\n"  # the other slide as it was
