"""The console's notes box: the doctor reads the whole of a slide's notes, wrapped to the box, and
a turn to a slide next door shows notes already laid out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from counsel_app.qt.notes_view import NotesView

LONG = "请告诉医生您的疼痛评分。" * 60


def notes_box(qtbot, w=300, h=200) -> NotesView:
    view = NotesView()
    font = QFont(view.font())
    font.setPixelSize(22)
    view.setFont(font)
    view.resize(w, h)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def ink_columns(view: NotesView) -> list[int]:
    """x of the viewport's columns that hold dark pixels (text)."""
    image = view.viewport().grab().toImage()
    cols = []
    for x in range(image.width()):
        if any(QColor(image.pixel(x, y)).lightness() < 128 for y in range(0, image.height(), 2)):
            cols.append(x)
    return cols


def test_long_notes_wrap_inside_the_box_and_scroll_to_their_end(qtbot):
    view = notes_box(qtbot)
    view.setPlainText(LONG)
    bar = view.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0  # more than fits: a scroll bar to read on
    cols = ink_columns(view)
    assert cols and max(cols) < view.viewport().width()  # wrapped, never cut at the right edge
    bar.setValue(bar.maximum())
    assert ink_columns(view)  # the end of the notes is there to read
    view.setPlainText("短")
    assert not view.verticalScrollBar().isVisible() and view.verticalScrollBar().maximum() == 0
    assert view.toPlainText() == "短"


def test_the_notes_box_never_takes_the_keyboard(qtbot):
    view = notes_box(qtbot)
    view.setPlainText(LONG)
    # neither a click nor Tab gives it the keyboard: page keys stay with the presentation
    assert view.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert view.viewport().focusPolicy() == Qt.FocusPolicy.NoFocus


def test_a_larger_notes_font_lays_the_text_out_again(qtbot):
    view = notes_box(qtbot)
    view.setPlainText(LONG)
    small = view.verticalScrollBar().maximum()
    font = QFont(view.font())
    font.setPixelSize(30)
    view.setFont(font)
    assert view.verticalScrollBar().maximum() > small
