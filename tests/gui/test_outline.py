"""The console's outline in a long deck: the slide the doctor is on is always in sight, and the list
moves a page at a time, not a row at every turn (the whole list redrawn at every page turn)."""

from __future__ import annotations

from counsel_app.core.deck import parse_deck
from counsel_app.qt.outline import Outline

LONG = parse_deck("\n\n---\n\n".join(f"# Slide {n}" for n in range(1, 201)))


def outline(qtbot) -> Outline:
    view = Outline()
    view.set_deck(LONG, "(untitled)")
    view.resize(300, 400)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def in_sight(view: Outline, index: int) -> bool:
    return view.viewport().rect().contains(view.visualItemRect(view.items[index]))


def test_paging_forward_and_back_keeps_the_slide_in_sight_and_scrolls_a_page_at_a_time(qtbot):
    view = outline(qtbot)
    bar = view.verticalScrollBar()
    moves, last = 0, bar.value()
    for index in [*range(200), *range(198, -1, -1)]:
        view.select(index)
        qtbot.waitUntil(lambda index=index: in_sight(view, index), timeout=1000)
        assert view.currentItem() is view.items[index]
        if bar.value() != last:
            moves, last = moves + 1, bar.value()
    rows = view.viewport().height() // view.visualItemRect(view.items[0]).height()
    assert rows > 5
    assert moves <= 2 * (200 // (rows - 1) + 1)  # a page at a time (row by row: about 2 x 190)


def test_a_jump_far_away_shows_the_slide_once_the_frame_is_painted(qtbot):
    """The list scrolls right after the turn's frame, not inside it: the whole list is drawn again
    when it scrolls (8 ms), and the patient's slide is painted first."""
    view = outline(qtbot)
    view.select(150)
    assert view.currentItem() is view.items[150] and not in_sight(view, 150)
    qtbot.waitUntil(lambda: in_sight(view, 150), timeout=1000)
    view.select(3)
    view.select(2)  # two jumps before the list had scrolled: it scrolls to the last
    qtbot.waitUntil(lambda: in_sight(view, 2), timeout=1000)
    view.set_deck(LONG, "(untitled)")  # a deck read again while a scroll was due: nothing breaks
    view.select(180)
    view.set_deck(LONG, "(untitled)")
    qtbot.wait(20)
