"""A line left alone ("肺癌常会转移到骨/头") that no size at or above the target can mend: the block's
lines are evened out instead, on as many lines as before, at the same size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

import counsel_app.qt.render as render
from counsel_app.core.deck import load_deck
from counsel_app.core.themes import theme
from counsel_app.qt.render import content_height, layout_slide
from counsel_app.resources import slides_dir
from test_fit_bundled import DECKS, lines_left_alone


def lines_of(doc) -> list[list[str]]:
    out, block = [], doc.begin()
    while block.isValid():
        lay, text = block.layout(), block.text()
        out.append([text[lay.lineAt(i).textStart():lay.lineAt(i).textStart() + lay.lineAt(i).textLength()].strip()
                    for i in range(lay.lineCount())])
        block = block.next()
    return out


@pytest.mark.parametrize("deck_name, index, size, mm, expected", [
    # a 508 x 286 mm monitor: the target is 76 px, the title fits at 79 px on two lines, "头" alone
    (DECKS[0], 3, QSize(1920, 1080), 286.0, ["肺癌常会转", "移到骨头"]),
    # a small screen, the text below its target already (it fits no larger): the comma takes the break
    (DECKS[0], 17, QSize(1366, 768), 200.0, ["每月一次护骨药，", "让骨头更结实"]),
    (DECKS[1], 18, QSize(1920, 1080), 340.0, ["Tell us when", "it hurts"]),
])
def test_a_title_no_size_can_keep_whole_is_evened_out_at_its_size(qapp, deck_name, index, size, mm, expected):
    deck = load_deck(slides_dir() / deck_name)
    layout = layout_slide(deck.slides[index - 1], deck, size, theme("light"), height_mm=mm)
    assert lines_left_alone(layout.doc) == []
    assert lines_of(layout.doc)[0] == expected
    # (the size is the one the search found: test_evening_out_changes_no_size... below)
    assert content_height(layout.doc) <= layout.content.height()


@pytest.mark.parametrize("deck_name", DECKS)
def test_evening_out_changes_no_size_no_line_count_and_no_height(qapp, monkeypatch, deck_name):
    """Every slide of both bundled decks on three screens and three monitor heights: with and
    without evening out, the same text size, the same lines in every block, the same height; the
    lines left alone are fewer and never more."""
    deck = load_deck(slides_dir() / deck_name)
    cases = [(s, size, mm) for s in deck.slides for size in (QSize(1920, 1080), QSize(1366, 768), QSize(3840, 2160))
             for mm in (0.0, 200.0, 286.0)]
    evened = [layout_slide(s, deck, size, theme("light"), height_mm=mm) for s, size, mm in cases]
    monkeypatch.setattr(render, "balance", lambda doc: None)
    plain = [layout_slide(s, deck, size, theme("light"), height_mm=mm) for s, size, mm in cases]
    alone_before = alone_after = 0
    for (s, size, mm), a, b in zip(cases, evened, plain, strict=True):
        where = (s.index, size.width(), mm)
        assert a.body_px == b.body_px and a.pages == b.pages, where
        assert [len(lines) for lines in lines_of(a.doc)] == [len(lines) for lines in lines_of(b.doc)], where
        assert content_height(a.doc) == content_height(b.doc), where
        assert len(lines_left_alone(a.doc)) <= len(lines_left_alone(b.doc)), where
        alone_before += len(lines_left_alone(b.doc))
        alone_after += len(lines_left_alone(a.doc))
    assert alone_after < alone_before  # it mends some (and `test_a_title...` shows which)


def test_a_paragraph_is_evened_out_and_a_table_cell_left_as_it_was(qapp):
    """Narrowing a cell would change its column and the cells beside it: cells are left alone."""
    from PySide6.QtGui import QFont, QTextDocument

    from counsel_app.qt.fonts import load_bundled_fonts
    from counsel_app.qt.lone_lines import balance, lone_blocks

    doc = QTextDocument()
    font = QFont(load_bundled_fonts())
    font.setPixelSize(40)
    doc.setDefaultFont(font)
    doc.setHtml('<p>一二三四五六七八九十</p>'
                '<table><tr><td width="330">一二三四五六七八九</td><td>右</td></tr></table>')
    doc.setTextWidth(370)  # nine characters a line: "十" alone; the cell holds eight: "九" alone
    doc.documentLayout().documentSize()
    assert [b.text() for b in lone_blocks(doc)] == ["一二三四五六七八九十", "一二三四五六七八九"]
    balance(doc)
    assert [b.text() for b in lone_blocks(doc)] == ["一二三四五六七八九"]
    assert lines_of(doc)[0] == ["一二三四五", "六七八九十"]
    assert doc.findBlock(doc.toPlainText().index("右")).blockFormat().rightMargin() == 0
    cell = next(b for b in lone_blocks(doc))
    assert cell.blockFormat().rightMargin() == 0 and cell.layout().lineCount() == 2
