"""Marp's image syntax on the patient screen: where background pictures and the text go."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from counsel_app.core.deck import load_deck
from counsel_app.core.sizing import size_rule
from counsel_app.core.themes import theme
from counsel_app.qt.render import content_height, layout_slide, paint_layout

FULL_HD = QSize(1920, 1080)
RED = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}">' \
      '<rect width="{w}" height="{h}" fill="#CC0000"/></svg>'


def deck_with(tmp_path: Path, body: str, pictures: dict[str, tuple[int, int]] | None = None):
    for name, (w, h) in (pictures or {"p.svg": (800, 500)}).items():
        (tmp_path / name).write_text(RED.format(w=w, h=h), encoding="utf-8")
    (tmp_path / "deck.md").write_text(body, encoding="utf-8")
    return load_deck(tmp_path / "deck.md")


def rect(r: QRectF) -> tuple[int, int, int, int]:
    return round(r.x()), round(r.y()), round(r.width()), round(r.height())


def paint(layout) -> QImage:
    img = QImage(layout.size, QImage.Format.Format_RGB32)
    p = QPainter(img)
    paint_layout(p, layout, 0, QRectF(0, 0, layout.size.width(), layout.size.height()), theme("light"))
    p.end()
    return img


def test_split_right_40_the_picture_fills_its_side_and_the_text_fits_the_rest_at_the_target(qapp, tmp_path):
    deck = deck_with(tmp_path, "## 油门卡住了\n\n![bg right:40% contain 卡住的油门](p.svg)\n\n- 癌细胞一直加速\n")
    layout = layout_slide(deck.slides[0], deck, FULL_HD, theme("light"))
    [picture] = layout.backdrop
    assert rect(picture.cell) == (1152, 0, 768, 1080)
    assert rect(picture.target) == (1152, 300, 768, 480)  # 800x500 contained in its side, centred
    assert layout.content.right() <= 1152 - 48  # the text stays out of the picture's side, half a margin off it
    assert rect(layout.content) == (96, 54, 1008, 972)
    assert layout.body_px >= size_rule(1080).target_px
    text = layout.doc.toPlainText()
    assert "bg" not in text and "卡住的油门" not in text and "40%" not in text  # keywords and alt never shown
    img = paint(layout)
    assert QColor(img.pixel(1536, 540)).name() == "#cc0000"  # the picture is drawn there
    assert QColor(img.pixel(1536, 200)).name() != "#cc0000"  # contain: not above it


def test_split_left_moves_the_text_to_the_right(qapp, tmp_path):
    deck = deck_with(tmp_path, "![bg left](p.svg)\n\n## Left\n\nText on the right.\n")
    layout = layout_slide(deck.slides[0], deck, QSize(1280, 720), theme("light"))
    assert rect(layout.backdrop[0].cell) == (0, 0, 640, 720)
    assert rect(layout.backdrop[0].target) == (-256, 0, 1152, 720)  # cover: fills the half, cropped
    assert layout.content.left() >= 640
    img = paint(layout)
    assert QColor(img.pixel(5, 5)).name() == "#cc0000" and QColor(img.pixel(660, 5)).name() != "#cc0000"


def test_a_full_background_lies_behind_the_text(qapp, tmp_path):
    deck = deck_with(tmp_path, "![bg](p.svg)\n\n## Over the picture\n")
    layout = layout_slide(deck.slides[0], deck, FULL_HD, theme("light"))
    assert rect(layout.backdrop[0].cell) == (0, 0, 1920, 1080)
    assert rect(layout.content) == (96, 54, 1728, 972)
    assert QColor(paint(layout).pixel(1900, 1060)).name() == "#cc0000"


def test_three_backgrounds_side_by_side_and_two_vertical(qapp, tmp_path):
    deck = deck_with(tmp_path, "![bg](p.svg)\n![bg](p.svg)\n![bg](p.svg)\n\n## Three\n\n---\n\n"
                     "![bg vertical](p.svg)\n![bg](p.svg)\n\n## Two\n")
    three = layout_slide(deck.slides[0], deck, FULL_HD, theme("light"))
    assert [rect(p.cell) for p in three.backdrop] == [(0, 0, 640, 1080), (640, 0, 640, 1080), (1280, 0, 640, 1080)]
    two = layout_slide(deck.slides[1], deck, FULL_HD, theme("light"))
    assert [rect(p.cell) for p in two.backdrop] == [(0, 0, 1920, 540), (0, 540, 1920, 540)]


@pytest.mark.parametrize("alt,size", [
    ("w:300 h:200", (450, 300)),  # Marp's px on a 1280-wide slide, scaled to 1920
    ("w:300", (450, 281)),  # the other side follows the picture's shape
    ("height:100px", (240, 150)),
])
def test_size_keywords_size_an_inline_picture_as_marp_does(qapp, tmp_path, alt, size):
    deck = deck_with(tmp_path, f"## Sizes\n\n![{alt} a caption](p.svg)\n\nshort text\n")
    layout = layout_slide(deck.slides[0], deck, FULL_HD, theme("light"))
    html = layout.doc.toHtml()
    assert f'width="{size[0]}"' in html and f'height="{size[1]}"' in html
    assert layout.doc.property("counsel_pictures") == ["a caption"]  # keywords are not its caption


def test_a_missing_background_gets_a_placeholder_in_its_cell(qapp, tmp_path):
    deck = deck_with(tmp_path, "## T\n\n![bg right](gone.svg)\n\ntext\n")
    layout = layout_slide(deck.slides[0], deck, FULL_HD, theme("light"))
    [picture] = layout.backdrop
    assert picture.cell.contains(picture.target)


def test_split_text_auto_fits_in_its_side_and_continues_when_too_long(qapp, tmp_path):
    lines = "\n".join(f"- 第{i}条很长的说明文字，用来测试续页显示" for i in range(12))
    deck = deck_with(tmp_path, f"## 很长\n\n![bg left:50%](p.svg)\n\n{lines}\n")
    layout = layout_slide(deck.slides[0], deck, FULL_HD, theme("light"))
    assert layout.content.left() >= 960 and layout.content.width() <= 960
    assert layout.body_px >= size_rule(1080).floor_px
    assert layout.overflows or content_height(layout.doc) <= layout.content.height()


def test_a_background_far_larger_than_the_screen_is_still_drawn_and_never_held_at_full_size(qapp, tmp_path):
    deck = deck_with(tmp_path, "![bg 900%](p.svg)\n\n## Huge\n\n---\n\n![bg w:0](p.svg)\n\n## Nothing\n")
    layout = layout_slide(deck.slides[0], deck, FULL_HD, theme("light"))
    [picture] = layout.backdrop
    assert rect(picture.target)[2] == 17280  # 900% of the cell's width, centred and clipped
    assert picture.image.width() <= 2 * 1920
    assert QColor(paint(layout).pixel(960, 540)).name() == "#cc0000"
    assert layout_slide(deck.slides[1], deck, FULL_HD, theme("light")).backdrop == ()


def test_a_picture_made_for_its_place_is_drawn_pixel_for_pixel_on_the_patient_screen(qapp):
    """The bundled icon array beside its text: its place is 768 x 1064.96, its picture 768 x 1065.
    On the patient's screen the picture's own pixels are shown (Qt would resample the whole picture
    for that fraction of a pixel, smoothing every edge); only the fraction is cut off by its cell."""
    from counsel_app.resources import default_deck

    deck = load_deck(default_deck())
    slide = next(s for s in deck.slides if any("icons-30-40" in i for i in s.images))
    layout = layout_slide(slide, deck, FULL_HD, theme("light"))
    [picture] = layout.backdrop
    assert picture.target.size() != QRectF(picture.image.rect()).size()  # a fraction of a pixel apart
    assert abs(picture.target.height() - picture.image.height()) < 1
    painted = paint(layout)
    expected = QImage(picture.image.size(), QImage.Format.Format_RGB32)
    expected.fill(QColor(theme("light").background))
    p = QPainter(expected)
    p.drawImage(0, 0, picture.image)
    p.end()
    left, top = round(picture.target.x()), round(picture.target.y())
    cell = picture.cell.toAlignedRect()
    differ = [(x, y) for y in range(0, expected.height(), 3) for x in range(0, expected.width(), 3)
              if cell.contains(left + x, top + y) and painted.pixel(left + x, top + y) != expected.pixel(x, y)]
    assert differ == [], f"{len(differ)} pixels resampled, e.g. {differ[:3]}"


def test_a_slide_laid_out_again_does_not_read_its_picture_again_unless_the_file_changed(qapp, tmp_path, monkeypatch):
    """A jump back to a slide lays it out again (its layout was dropped): its picture's size is known
    from before, so the SVG is not parsed again; a picture file replaced on disk is read afresh."""
    import os

    import counsel_app.qt.pictures as pictures

    deck = deck_with(tmp_path, "## 油门\n\n![bg right contain](p.svg)\n\n- 一直加速\n")
    parsed: list[str] = []
    real = pictures._svg
    monkeypatch.setattr(pictures, "_svg", lambda path: (parsed.append(path.name), real(path))[1])
    first = layout_slide(deck.slides[0], deck, FULL_HD, theme("light"))
    assert rect(first.backdrop[0].target) == (960, 240, 960, 600)  # 800x500 contained in its half
    parsed.clear()
    again = layout_slide(deck.slides[0], deck, FULL_HD, theme("light"))
    assert rect(again.backdrop[0].target) == rect(first.backdrop[0].target)
    assert parsed == []  # neither its size nor its pixels read again
    picture = tmp_path / "p.svg"
    picture.write_text(RED.format(w=500, h=500), encoding="utf-8")  # a square one, with a new time
    later = picture.stat().st_mtime_ns + 2_000_000_000
    os.utime(picture, ns=(later, later))
    replaced = layout_slide(deck.slides[0], deck, FULL_HD, theme("light"))
    assert rect(replaced.backdrop[0].target) == (960, 60, 960, 960)
    assert "p.svg" in parsed
