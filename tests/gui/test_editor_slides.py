"""The editor's slides list: small pictures of each slide drawn as the patient sees it, grouped under
their part, drawn lazily on a long deck, dragged to move slides and whole parts, marked where
`check` finds a problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPixmap

from counsel_app.core.deck import load_deck, parse_deck
from counsel_app.core.deck_file import EditedFile, open_for_edit
from counsel_app.core.themes import theme
from counsel_app.qt.editor_slides import INDENT
from counsel_app.qt.editor_window import EditorWindow
from counsel_app.qt.render import layout_slide, paint_layout

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def deck(tmp_path) -> Path:
    path = tmp_path / "privacy.md"
    path.write_bytes((REPO / "tests" / "data" / "decks" / "privacy.md").read_bytes())
    return path


def make_editor(qtbot, file: EditedFile, size: QSize | None = None) -> EditorWindow:
    window = EditorWindow(file, lang="en", theme=theme(None), screen=size or QSize(1280, 720))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def editor(qtbot, deck):
    window = make_editor(qtbot, open_for_edit(deck))
    yield window
    window._may_close = True


def titles(window: EditorWindow) -> list[str]:
    return [s.title for s in window.deck.slides]


def test_each_row_shows_the_slide_as_the_patient_screen_draws_it(qtbot, editor):
    slides = editor.slides
    qtbot.waitUntil(lambda: slides.drawn >= set(range(slides.count())))
    for row in (0, 2):  # the title slide (not in a part) and a slide inside "Part one" (indented)
        shown = slides.item(row).icon().pixmap(slides.iconSize()).toImage()
        x = INDENT if row == 2 else 0
        expected = QPixmap(slides.thumb)
        painter = QPainter(expected)
        layout = layout_slide(editor.deck.slides[row], editor.deck, QSize(1280, 720), theme(None))
        paint_layout(painter, layout, 0, QRectF(0, 0, slides.thumb.width(), slides.thumb.height()), theme(None))
        painter.end()
        inner = shown.copy(x + 1, 1, slides.thumb.width() - 2, slides.thumb.height() - 2)
        want = expected.toImage().convertToFormat(inner.format())
        assert inner == want.copy(1, 1, slides.thumb.width() - 2, slides.thumb.height() - 2)
        colours = {inner.pixel(px, py) for px in range(0, inner.width(), 3) for py in range(0, inner.height(), 3)}
        assert len(colours) > 3  # words on a slide, not a plain placeholder


def test_slides_are_grouped_under_their_part(qtbot, editor):
    slides = editor.slides
    parts = [i for i in range(slides.count()) if slides.item(i).font().bold()]
    assert parts == [1, 3]
    assert all(slides.item(i).background().color() != QColor(0, 0, 0, 255) for i in parts)
    assert "Part one" in slides.item(2).toolTip() and "Part two" in slides.item(4).toolTip()
    qtbot.waitUntil(lambda: 2 in slides.drawn and 1 in slides.drawn)
    member = slides.item(2).icon().pixmap(slides.iconSize()).toImage()
    heading = slides.item(1).icon().pixmap(slides.iconSize()).toImage()
    assert member.pixelColor(INDENT // 2, 20).alpha() == 0 and heading.pixelColor(INDENT // 2, 20).alpha() == 255


def test_a_slide_dragged_below_another_parts_heading_joins_that_part(qtbot, editor):
    assert editor.deck.slides[2].section == "Part one"
    assert editor.slides.model().moveRow(QModelIndex(), 2, QModelIndex(), 5)  # to the end, under "Part two"
    qtbot.waitUntil(lambda: titles(editor)[-1] == "First point")
    assert editor.deck.slides[4].section == "Part two" and editor.index == 4
    assert "Part two" in editor.slides.item(4).toolTip()


def test_a_parts_heading_dragged_takes_its_slides_and_lands_between_parts(qtbot, editor):
    before = titles(editor)
    assert before == ["Welcome", "Part one", "First point", "Part two", "Second point"]
    # "Part two" dropped in the middle of part one: the whole part goes before part one, not inside it
    assert editor.slides.model().moveRow(QModelIndex(), 3, QModelIndex(), 2)
    qtbot.waitUntil(lambda: titles(editor) != before)
    assert titles(editor) == ["Welcome", "Part two", "Second point", "Part one", "First point"]
    assert editor.deck.slides[4].section == "Part one" and editor.deck.slides[2].section == "Part two"
    assert editor.index == 1 and editor.fields.title.text() == "Part two"
    editor.commands["undo"].trigger()
    assert titles(editor) == before


def test_add_part_puts_a_new_heading_that_takes_the_slides_after_it(qtbot, editor):
    editor.slides.setCurrentRow(1)
    editor.commands["add_part"].trigger()
    assert titles(editor)[2] == "New part" and editor.slides.item(2).font().bold() and editor.index == 2
    assert editor.deck.slides[3].title == "First point" and editor.deck.slides[3].section == "New part"
    assert "New part" in editor.slides.item(3).toolTip()


def test_a_slide_with_a_check_finding_is_marked_and_its_tooltip_says_why(qtbot, editor):
    slides = editor.slides
    qtbot.waitUntil(lambda: len(slides.marked) == slides.count())
    assert not any("!" in slides.item(i).text() for i in range(slides.count()))
    editor.slides.setCurrentRow(2)
    editor.fields.bullets.setPlainText("one\ntwo\nthree\nfour\nfive")
    assert slides.item(2).text().startswith("3. ! ")
    assert "bullet points" in slides.item(2).toolTip()


def test_a_thousand_slide_deck_draws_only_the_rows_on_screen_then_those_scrolled_to(qtbot, tmp_path):
    text = "\n\n---\n\n".join(f"## Slide {i}\n\n- point {i}" for i in range(1, 1001)) + "\n"
    window = make_editor(qtbot, EditedFile(tmp_path / "big.md", text, "utf-8"))
    slides = window.slides
    qtbot.waitUntil(lambda: not slides.filler.isActive(), timeout=20000)
    assert 0 < len(slides.drawn) < 60 and 999 not in slides.drawn
    assert len(slides.marked) == 1000  # every row's marks, even far down
    slides.scrollToItem(slides.item(990))
    qtbot.waitUntil(lambda: 990 in slides.drawn, timeout=5000)
    assert len(slides.drawn) < 120
    window._may_close = True


def test_a_slide_typed_in_gets_its_new_picture_when_the_doctor_pauses(qtbot, editor):
    slides = editor.slides
    qtbot.waitUntil(lambda: 2 in slides.drawn)
    before = slides.item(2).icon().pixmap(slides.iconSize()).toImage()
    editor.slides.setCurrentRow(2)
    editor.fields.title.setText("")
    editor.fields.title.textEdited.emit("")  # the title typed away
    qtbot.waitUntil(lambda: slides.item(2).icon().pixmap(slides.iconSize()).toImage() != before, timeout=3000)
    assert parse_deck(editor.doc.text).slides[2].title == ""
    assert load_deck(editor.file.path).slides[2].title == "First point"  # nothing saved



def test_typing_a_parts_title_renames_it_over_its_slides_at_once(qtbot, editor):
    slides = editor.slides
    editor.slides.setCurrentRow(3)
    editor.fields.bullets.setFocus()
    qtbot.waitUntil(lambda: len(slides.marked) == slides.count())
    editor.select(4)
    editor.fields.bullets.setPlainText("one\ntwo\nthree\nfour\nfive")  # "Second point" gets a mark
    assert slides.item(4).text().startswith("5. ! ")
    editor.select(3)
    field = editor.fields.title
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "After surgery")
    assert slides.item(3).text() == "4. \u25a0 After surgery"
    assert "After surgery \u203a Second point" in slides.item(4).toolTip()  # no wait for the list to be rebuilt
    assert slides.item(4).text().startswith("5. ! ")  # its mark stays
    assert "Part one" in slides.item(2).toolTip()


def test_a_long_title_is_shown_whole_on_lines_beside_its_picture_with_the_mark_first(qtbot, editor):
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFontMetrics

    slides = editor.slides
    long_title = "RET抑制剂对肺癌骨转移的效果好吗？同济医院肿瘤外科主任医师为您详解"
    editor.select(2)
    editor.fields.bullets.setPlainText("one\ntwo\nthree\nfour\nfive")
    editor.fields.title.setText(long_title)
    editor.fields.title.textEdited.emit(long_title)
    item = slides.item(2)
    assert item.text().startswith("3. ! ") and item.text().endswith(long_title)
    assert long_title in item.toolTip()
    assert slides.width() <= 440 and slides.wordWrap()
    row = slides.visualItemRect(item)
    room = row.width() - slides.iconSize().width() - 12
    needed = QFontMetrics(item.font()).boundingRect(QRect(0, 0, room, 1000), Qt.TextFlag.TextWordWrap, item.text())
    assert needed.height() <= row.height()  # wrapped on a few lines, nothing cut with "…"
    handle = editor.centralWidget()
    handle.moveSplitter(600, 1)
    assert slides.width() > 500  # the list is widened by its splitter


def test_a_part_dropped_inside_itself_stays_and_the_list_shows_the_decks_order(qtbot, editor):
    before = titles(editor)
    assert editor.slides.model().moveRow(QModelIndex(), 1, QModelIndex(), 3)  # "Part one" onto its own slide
    qtbot.wait(50)
    assert titles(editor) == before
    shown = [editor.slides.item(i).text() for i in range(editor.slides.count())]
    assert shown == [f"{i + 1}. " + ("\u25a0 " if i in (1, 3) else "") + t for i, t in enumerate(before)]
