"""The editor's source-article pane: the sentences behind the slide, what the patient will not see,
a sentence added as a point (button, drop) and undone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication

from counsel_app.core.deck_file import open_for_edit
from counsel_app.core.importer import import_article
from counsel_app.core.source_map import sentence_bullet
from counsel_app.core.themes import theme
from counsel_app.qt.editor_source import UNSEEN_MARK
from counsel_app.qt.editor_window import EditorWindow

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "tests" / "data" / "articles" / "ret_seed_zh.txt"

KNOWN = """---
marp: true
lang: zh-CN
---

## 骨转移很常见

- 骨转移的发生率高达约每10人中有3到4人

<!-- 原文: 在非小细胞肺癌患者中,骨转移的发生率高达30%-40%。今天我们来聊聊这个话题。 -->

---

## 药物全身起效

- 只要血液流经的地方,药物就能到达

<!-- 原文: 关键点来了:这类药物是全身起效的。只要血液流经的地方,药物就能到达。这比单纯加固骨骼的策略更为根本。 -->

---

## 医生自己写的一页

- 按时吃药
"""


def open_editor(qtbot, path: Path) -> EditorWindow:
    window = EditorWindow(open_for_edit(path), lang="en", theme=theme(None), screen=QSize(1280, 720))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def seed(qtbot, tmp_path):
    result = import_article(SEED.read_text(encoding="utf-8"))
    for name, svg in result.pictures.items():
        (tmp_path / name).write_text(svg, encoding="utf-8")
    path = tmp_path / "seed.md"
    path.write_text(result.markdown, encoding="utf-8")
    window = open_editor(qtbot, path)
    yield window
    window._may_close = True


def texts(window: EditorWindow, positions: list[int]) -> list[str]:
    return [window.source.map.sentences[k].text for k in positions]


def item_of(window: EditorWindow, sentence: str):
    return next(i for i in window.source.items() if window.source.map.sentences[i.data(Qt.ItemDataRole.UserRole)].text
                == sentence)


def on_screen(window: EditorWindow, sentence: str) -> bool:
    rect = window.source.list.visualItemRect(item_of(window, sentence))
    return window.source.list.viewport().rect().intersects(rect)


def test_the_sentences_behind_the_slide_are_highlighted_and_follow_it(qtbot, seed):
    assert seed.source.isVisible()
    assert texts(seed, seed.source.highlighted()) == ["RET抑制剂对骨转移的效果好吗?", "—— 同济医院肿瘤外科主任医师为您详解"]
    seed.slides.setCurrentRow(3)
    shown = texts(seed, seed.source.highlighted())
    assert shown[0] == "导语:RET融合阳性肺癌骨转移治疗面临的新选择"
    assert "你知道吗?" not in shown and len(shown) == 7
    last = seed.slides.count() - 1
    seed.slides.setCurrentRow(last)
    shown = texts(seed, seed.source.highlighted())
    assert shown[-1] == "积极检测,规范治疗,科学管理,是应对肺癌骨转移最有力的态度。"
    assert on_screen(seed, shown[0])  # scrolled into view
    assert not on_screen(seed, "你知道吗?")
    seed.slides.setCurrentRow(1)  # a part's title slide: nothing behind it
    assert seed.source.highlighted() == []


def an_unseen_sentence(window: EditorWindow) -> tuple[int, str]:
    """A sentence the patient does not see, behind a slide with room for one more point."""
    for k, s in enumerate(window.source.map.sentences):
        slide = s.behind[0] if s.behind else -1
        if not s.reaches_patient and slide >= 0 and "?" not in s.text and len(s.text) > 15:
            window.slides.setCurrentRow(slide)
            if len(window.fields.bullets.toPlainText().split("\n")) < 4:
                return k, s.text
    raise AssertionError("the imported seed has no unseen sentence to add")


def test_add_as_point_changes_the_slide_and_the_preview_and_undo_removes_it(qtbot, seed):
    k, sentence = an_unseen_sentence(seed)
    item = item_of(seed, sentence)
    assert item.text().startswith(UNSEEN_MARK)
    unseen = seed.source.map.unseen
    assert not seed.source.add.isEnabled()
    lines = seed.fields.bullets.toPlainText().split("\n")
    assert sentence_bullet(sentence, "zh")[:8] not in seed.preview.view.visible_text()
    seed.source.list.setCurrentItem(item)
    seed.source.list.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtTop)
    scrolled = seed.source.list.verticalScrollBar().value()
    assert scrolled > 0
    qtbot.mouseClick(seed.source.add, Qt.MouseButton.LeftButton)
    assert seed.source.list.verticalScrollBar().value() == scrolled  # the article stays where the doctor was reading
    point = sentence_bullet(sentence, "zh")
    words = point[:8]
    after = seed.fields.bullets.toPlainText().split("\n")
    assert after == lines + [point]
    assert words in seed.preview.view.visible_text()
    assert seed.isWindowModified()
    assert seed.source.map.unseen == unseen - 1  # the patient now sees it
    assert not item_of(seed, sentence).text().startswith(UNSEEN_MARK)
    seed.undo()
    assert seed.fields.bullets.toPlainText().split("\n") == lines
    assert seed.source.map.unseen == unseen
    assert not seed.isWindowModified()
    seed.redo()
    assert seed.fields.bullets.toPlainText().split("\n")[-1] == point


def test_a_sentence_dropped_on_the_points_becomes_a_point(qtbot, seed):
    seed.slides.setCurrentRow(2)
    item = item_of(seed, "今天,我们就来深入聊聊这个靶向治疗领域的热点。")
    data = seed.source.list.mimeData([item])
    target = seed.fields.bullets.viewport()
    assert target.acceptDrops()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    events = [QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, buttons, keys),
              QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, buttons, keys)]
    # Qt hands drop events only to the target of a real drag: the pane's filter on the field is called as Qt would
    for event in events:
        assert seed.source.eventFilter(target, event)
        assert event.isAccepted()
    assert seed.fields.bullets.toPlainText().split("\n")[-1] == "我们就来深入聊聊这个靶向治疗领域的热点"
    assert "深入聊聊" in seed.preview.view.visible_text()
    seed.undo()
    assert "深入聊聊" not in seed.fields.bullets.toPlainText()


def test_sentences_the_patient_will_not_see_are_marked_and_counted(qtbot, tmp_path):
    path = tmp_path / "known.md"
    path.write_text(KNOWN, encoding="utf-8")
    window = open_editor(qtbot, path)
    pane = window.source
    marked = [i.text() for i in pane.items() if i.text().startswith(UNSEEN_MARK)]
    assert marked == [f"{UNSEEN_MARK} 今天我们来聊聊这个话题。", f"{UNSEEN_MARK} 这比单纯加固骨骼的策略更为根本。"]
    assert "5 sentences" in pane.count.text() and "will not see 2 of them" in pane.count.text()
    assert "will not see" in item_of(window, "今天我们来聊聊这个话题。").toolTip()
    assert "slide 1" in item_of(window, "在非小细胞肺癌患者中,骨转移的发生率高达30%-40%。").toolTip()
    window._may_close = True


def test_a_deck_without_sources_hides_the_pane(qtbot, tmp_path):
    path = tmp_path / "privacy.md"
    path.write_bytes((REPO / "tests" / "data" / "decks" / "privacy.md").read_bytes())
    window = open_editor(qtbot, path)
    assert not window.source.isVisible()
    assert window.source.items() == []


def test_finding_a_sentence_in_the_article(qtbot, seed):
    seed.source.search.setFocus()
    typed = QInputMethodEvent()  # what a pinyin input method sends when the doctor picks 刹车
    typed.setCommitString("刹车")
    QApplication.sendEvent(seed.source.search, typed)
    assert seed.source.search.text() == "刹车"
    shown = [seed.source.map.sentences[i.data(Qt.ItemDataRole.UserRole)].text
             for i in seed.source.items() if not i.isHidden()]
    assert len(shown) == 2 and all("刹车" in s for s in shown)


def test_the_context_menu_adds_a_sentence_as_a_point(qtbot, seed):
    seed.slides.setCurrentRow(6)
    item = item_of(seed, "关键点来了:这类药物是全身起效的。")
    menu = seed.source.menu_for(item)  # what a right click on the sentence opens
    assert [a.text() for a in menu.actions()] == ["Add as point to this slide", "Copy sentence"]
    menu.actions()[0].trigger()
    assert seed.fields.bullets.toPlainText().split("\n")[-1] == "这类药物是全身起效的"
    menu.close()


def test_what_to_say_shows_only_the_doctors_notes_and_typing_there_keeps_the_articles_words(qtbot, tmp_path):
    path = tmp_path / "known.md"
    path.write_text(KNOWN, encoding="utf-8")
    window = open_editor(qtbot, path)
    window._may_close = True
    notes = window.fields.notes
    assert notes.toPlainText() == ""  # the 原文 note is the article's (the pane below shows it), not what to say
    assert window.source.isVisible()
    notes.setFocus()
    qtbot.keyClicks(notes, "Slowly")
    source = "<!-- 原文: 在非小细胞肺癌患者中,骨转移的发生率高达30%-40%。今天我们来聊聊这个话题。 -->"
    assert f"<!-- Slowly -->\n\n{source}" in window.doc.text  # what to say first, the article's words after it
    assert window.deck.slides[0].notes.startswith("Slowly\n\n原文:")
    notes.selectAll()
    qtbot.keyClick(notes, Qt.Key.Key_Delete)
    assert window.doc.text == KNOWN  # emptied: only the doctor's note went, byte for byte
    window.select(1)
    assert window.fields.notes.toPlainText() == ""


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_what_to_say_points_to_the_source_pane_when_only_the_article_is_in_the_notes(qtbot, tmp_path, qapp, lang):
    """A slide whose notes hold only the article's words (原文:): the empty "what to say" field says
    where those words are; a slide without them keeps the plain hint."""
    from counsel_app.qt.translations import install_translator

    path = tmp_path / "known.md"
    path.write_text(KNOWN, encoding="utf-8")
    install_translator(qapp, lang)
    try:
        window = open_editor(qtbot, path)
        window._may_close = True
        window.select(0)
        assert window.fields.notes.toPlainText() == ""
        with_article = window.fields.notes.placeholderText()
        window.select(2)  # the doctor's own slide: no article behind it
        plain = window.fields.notes.placeholderText()
    finally:
        install_translator(qapp, "en")
    if lang == "zh":
        assert "下方" in with_article and "“原文”" in with_article and plain == "要讲的话（只有您能看到）"
    else:
        assert "“Source article” pane below" in with_article and plain == "What to say (only you see this)"
