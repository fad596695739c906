"""The editor with the Chinese interface: its messages (status bar and message boxes) are Chinese,
those made by the core (an edit refused, a picture refused, a save that failed) included."""

from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMessageBox

from counsel_app.core import deck_edit as E
from counsel_app.core.deck_file import open_for_edit
from counsel_app.core.themes import theme
from counsel_app.qt.editor_fields import FieldEdit
from counsel_app.qt.editor_window import EditorWindow
from counsel_app.qt.translations import install_translator

DECK = """---
marp: true
lang: zh-CN
---

## 骨转移

![bg right:40% contain 图](icons.svg)

- 每100人中有30到40人
"""


@pytest.fixture
def chinese(qapp):
    assert install_translator(qapp, "zh")
    yield qapp
    install_translator(qapp, "en")


def english_left(message: str, *allowed: str) -> list[str]:
    """The English words of a message once the file names and the names counsel, Marp are taken out."""
    for word in allowed:
        message = message.replace(word, "")
    return re.findall(r"[A-Za-z]{3,}", message)


def test_the_editors_messages_are_chinese_with_the_chinese_interface(chinese, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "deck"
    folder.mkdir()
    path = folder / "d.md"
    path.write_text(DECK, encoding="utf-8")
    recovery = tmp_path / "recovery"
    window = EditorWindow(open_for_edit(path), lang="zh", theme=theme(None), screen=QSize(1280, 720),
                          recovery=recovery)
    qtbot.addWidget(window)
    window._may_close = True
    said: list[str] = []

    def box(*args, **_kw):
        said.append(args[2])
        return QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(QMessageBox, "warning", box)
    monkeypatch.setattr(QMessageBox, "question", box)
    status: list[str] = []
    window.statusBar().messageChanged.connect(lambda text: text and status.append(text))

    window.edit_field(FieldEdit("caption", "图 50%"))  # a picture setting in the caption: refused
    window.structure(lambda doc: E.delete_slide(doc, 0), 0)  # the last slide: refused
    bad = tmp_path / "scan.png"
    bad.write_text("not a picture", encoding="utf-8")
    monkeypatch.setattr(window, "_ask_picture", lambda: bad)
    window.choose_picture()  # not a picture: refused, nothing copied
    window.edit_field(FieldEdit("title", "骨转移的治疗"))
    path.write_text(DECK + "\n- 别人加的\n", encoding="utf-8")
    assert not window.save()  # changed on disk: asks (cancelled)
    shutil.rmtree(folder)
    assert not window.save()  # the folder is gone: cannot be written (Save as declined)
    window.keep_unsaved()
    folder.mkdir()
    path.write_text(DECK, encoding="utf-8")
    again = EditorWindow(open_for_edit(path), lang="zh", theme=theme(None), recovery=recovery)
    qtbot.addWidget(again)
    again._may_close = True
    monkeypatch.setattr(QMessageBox, "question", box)
    assert not again.offer_recovery()  # the recovery question (declined)

    assert len(status) == 2 and len(said) >= 4, (status, said)
    for message in status + said:
        assert re.search(r"[\u4e00-\u9fff]", message), message
        assert not english_left(message, str(bad), str(path), str(folder), "d.md.bak", "counsel", "Marp"), message
