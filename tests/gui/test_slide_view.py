"""One SlideView: draws a layout, black or white, and tells what a viewer can read."""

from PySide6.QtCore import QSize

from counsel_app.core.deck import parse_deck
from counsel_app.core.themes import theme
from counsel_app.qt.render import layout_slide
from counsel_app.qt.slide_view import SlideView

DECK = parse_deck("## Take the tablet\n\n- every morning\n- with water\n")


def test_shows_the_text_and_hides_it_under_black(qtbot):
    view = SlideView()
    qtbot.addWidget(view)
    view.resize(640, 360)
    light = theme("light")
    layout = layout_slide(DECK.slides[0], DECK, QSize(1280, 720), light)
    view.show_layout(layout, 0, light)
    assert "every morning" in view.visible_text()
    img = view.grab().toImage()
    centre = img.pixelColor(320, 180)
    view.show_layout(layout, 0, light, "black")
    assert view.visible_text() == ""
    black = view.grab().toImage()
    assert black.pixelColor(320, 180).lightness() < 10 and centre.lightness() > 200  # the light theme first
    view.show_layout(layout, 0, light, "white")
    assert view.grab().toImage().pixelColor(320, 180).lightness() > 245


def test_nothing_to_show_is_empty(qtbot):
    view = SlideView()
    qtbot.addWidget(view)
    assert view.visible_text() == "" and view.layout_shown() is None
