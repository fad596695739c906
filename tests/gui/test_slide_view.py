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


def test_a_picture_in_the_text_is_a_picture_to_click_and_the_words_are_not(qtbot, tmp_path):
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QTextImageFormat

    from counsel_app.core.deck import load_deck
    from counsel_app.resources import assets_dir

    (tmp_path / "brake.svg").write_bytes((assets_dir() / "img" / "accelerator-brake.svg").read_bytes())
    (tmp_path / "d.md").write_text("## The brake\n\n![the brake](brake.svg)\n\n- every morning\n", encoding="utf-8")
    deck = load_deck(tmp_path / "d.md")
    light = theme("light")
    layout = layout_slide(deck.slides[0], deck, QSize(1280, 720), light)
    block, image = layout.doc.begin(), None
    while image is None:
        it = block.begin()
        while not it.atEnd() and image is None:
            if it.fragment().charFormat().isImageFormat():
                image = QTextImageFormat(it.fragment().charFormat().toImageFormat())
            it += 1
        block = block if image is not None else block.next()
    box = layout.doc.documentLayout().blockBoundingRect(block)
    on_picture = layout.content.topLeft() + QPointF(image.width() / 2, box.top() + box.height() / 2)
    on_words = layout.content.topLeft() + QPointF(layout.body_px, layout.body_px * 0.6)
    view = SlideView()
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show_layout(layout, 0, light)
    assert view.picture_at(on_picture) and not view.picture_at(on_words)
    with qtbot.waitSignal(view.picture_clicked, timeout=500):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=on_picture.toPoint())
    with qtbot.assertNotEmitted(view.picture_clicked):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=on_words.toPoint())


def test_a_full_picture_cache_paints_a_new_slide_over_its_oldest_picture(qapp):
    """Drawing a slide ahead reuses the memory of the picture it drops (a fresh 1080p picture costs
    5 ms more), and what it shows is the new slide only: nothing of the slide drawn there before."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from counsel_app.qt.render import paint_layout
    from counsel_app.qt.slide_view import PixmapCache

    deck = parse_deck("# Eins\n\nerste Folie\n\n---\n\n# Zwei\n\nzweite\n\n---\n\n# Drei\n\nnoch eine Folie mit Text\n")
    light, size = theme("light"), QSize(640, 360)
    layouts = [layout_slide(s, deck, size, light) for s in deck.slides]
    cache = PixmapCache(limit=2)
    first = cache.get(layouts[0], 0, size, 1.0, light)
    cache.get(layouts[1], 0, size, 1.0, light)
    third = cache.get(layouts[2], 0, size, 1.0, light)  # the cache was full: the first slide's picture goes
    assert third is first
    fresh = QImage(size, QImage.Format.Format_RGB32)
    painter = QPainter(fresh)
    paint_layout(painter, layouts[2], 0, QRectF(0, 0, size.width(), size.height()), light)
    painter.end()
    assert third.toImage().convertToFormat(QImage.Format.Format_RGB32) == fresh
    assert cache.get(layouts[2], 0, size, 1.0, light) is third  # kept, not drawn again
    resized = cache.get(layouts[0], 0, QSize(320, 180), 1.0, light)  # another size: a new picture
    assert resized.size() == QSize(320, 180) and resized is not third


def test_drawing_ahead_never_drops_the_picture_on_screen(qapp):
    """The picture shown stays kept however many slides are drawn ahead (a jump's target drawn while
    the doctor types): an expose of the window copies it, and never draws the slide again."""
    from counsel_app.qt.slide_view import PixmapCache

    deck = parse_deck("\n\n---\n\n".join(f"# Folie {i}\n\nText {i}" for i in range(5)))
    light, size = theme("light"), QSize(320, 180)
    layouts = [layout_slide(s, deck, size, light) for s in deck.slides]
    cache = PixmapCache(limit=3)
    on_screen = cache.get(layouts[0], 0, size, 1.0, light, shown=True)
    for layout in layouts[1:]:  # the oldest picture, yet not the one dropped
        cache.get(layout, 0, size, 1.0, light)
    assert cache.get(layouts[0], 0, size, 1.0, light, shown=True) is on_screen
    newly_shown = cache.get(layouts[1], 0, size, 1.0, light, shown=True)  # a turn: slide 0 may go now
    for layout in layouts[2:]:
        cache.get(layout, 0, size, 1.0, light)
    assert cache.get(layouts[1], 0, size, 1.0, light) is newly_shown
