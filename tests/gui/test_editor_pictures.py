"""A background picture in the editor: the caption field holds only the words for the patient; Marp's
layout keywords (`bg right:40% contain`) stay as written when the caption is typed or a picture chosen."""

from __future__ import annotations

from pathlib import Path

import pytest

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


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_picture_name_already_taken_says_what_to_do_in_the_app(qtbot, tmp_path, monkeypatch, qapp, lang):
    """The core's "file exists" sentence names --force (the command line); the editor says what the
    doctor can do instead, in the interface's language."""
    import hashlib

    from PySide6.QtWidgets import QMessageBox

    from counsel_app.qt.translations import install_translator

    path = tmp_path / "d.md"
    path.write_text(DECK, encoding="utf-8")
    picture = tmp_path / "scan.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    taken = tmp_path / "d-pictures" / f"scan-{hashlib.sha256(picture.read_bytes()).hexdigest()[:8]}.png"
    taken.parent.mkdir()
    taken.write_bytes(b"another picture of the same name")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **_k: shown.append(args[2]))
    install_translator(qapp, lang)
    try:
        window = make(qtbot, path)
        window.select(1)
        monkeypatch.setattr(window, "_ask_picture", lambda: picture)
        window.fields.choose_picture.click()
    finally:
        install_translator(qapp, "en")
    assert len(shown) == 1 and taken.name in shown[0] and "--force" not in shown[0]
    if lang == "zh":
        assert "已有" in shown[0] and "换一张图片" in shown[0]
    else:
        assert "already in the folder" in shown[0] and "Choose another picture" in shown[0]
    assert taken.read_bytes() == b"another picture of the same name"  # nothing written over it
    assert "scan-" not in window.doc.slides[1]
