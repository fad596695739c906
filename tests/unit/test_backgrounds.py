"""Marp's image keywords (core/backgrounds.py): what an alt text asks for and where backgrounds go.

Each expectation is Marpit's own reading (src/markdown/image/parse.js,
src/markdown/background_image/*.js, src/postcss/advanced_background.js in marp-team/marpit).
"""

from __future__ import annotations

import pytest

from counsel_app.core.backgrounds import (
    Backdrop, ImageOptions, SlideImage, background_captions, place, read_alt, slide_images, without_backgrounds,
)
from counsel_app.core.deck import parse_deck


def test_bg_keywords_are_taken_out_of_the_alt_and_never_left_as_a_caption():
    o = read_alt("bg right:40% contain 卡住的油门")
    assert o.background and o.split == "right" and o.split_size == 40.0 and o.size == "contain"
    assert o.alt == "卡住的油门"
    assert read_alt("bg left fit").alt == ""
    assert read_alt("bg fit").size == "contain"  # Deckset's word for contain
    assert read_alt("bg vertical").vertical


def test_background_keywords_mean_nothing_without_bg():
    o = read_alt("right:40% contain a picture")
    assert not o.background and o.split == "" and o.size == ""
    assert o.alt == "right:40% contain a picture"  # an inline picture keeps these words in its alt


def test_size_and_filter_keywords_are_read_on_any_picture():
    o = read_alt("w:300 h:200 the accelerator")
    assert (o.width, o.height, o.alt) == (300.0, 200.0, "the accelerator")
    assert read_alt("width:640px").width == 640.0
    assert read_alt("height:100").height == 100.0
    assert read_alt("w:50% x").width is None and read_alt("w:50% x").alt == "x"  # read, not applied
    assert read_alt("blur sepia:50% grayscale x").alt == "x"
    assert read_alt("150% bg").size == "150%"


def test_a_percentage_wins_over_a_size_word_as_in_marpit():
    assert read_alt("bg contain 30%").size == "30%"


def test_split_side_takes_its_share_and_the_text_the_rest():
    d = Backdrop.of([SlideImage("a.svg", read_alt("bg right:40%"))])
    assert d.area(1000, 500) == (600.0, 0.0, 400.0, 500.0)
    assert d.text_area(1000, 500) == (0.0, 0.0, 600.0, 500.0)
    left = Backdrop.of([SlideImage("a.svg", read_alt("bg left"))])
    assert left.area(1000, 500) == (0.0, 0.0, 500.0, 500.0)
    assert left.text_area(1000, 500) == (500.0, 0.0, 500.0, 500.0)


def test_a_plain_background_fills_the_slide_and_leaves_the_text_where_it_was():
    d = Backdrop.of([SlideImage("a.svg", read_alt("bg"))])
    assert d.cells(1000, 500) == [(0.0, 0.0, 1000.0, 500.0)]
    assert d.text_area(1000, 500) == (0.0, 0.0, 1000.0, 500.0)


def test_several_backgrounds_share_the_area_side_by_side_or_vertically():
    three = Backdrop.of([SlideImage(f"{i}.svg", read_alt("bg")) for i in range(3)])
    assert [c[2] for c in three.cells(900, 500)] == [300.0, 300.0, 300.0]
    assert [c[0] for c in three.cells(900, 500)] == [0.0, 300.0, 600.0]
    vertical = Backdrop.of([SlideImage("a", read_alt("bg vertical")), SlideImage("b", read_alt("bg"))])
    assert vertical.cells(900, 500) == [(0.0, 0.0, 900.0, 250.0), (0.0, 250.0, 900.0, 250.0)]
    split = Backdrop.of([SlideImage("a", read_alt("bg right")), SlideImage("b", read_alt("bg"))])
    assert split.cells(1000, 500) == [(500.0, 0.0, 250.0, 500.0), (750.0, 0.0, 250.0, 500.0)]


def test_inline_pictures_are_not_backgrounds():
    d = Backdrop.of([SlideImage("a.svg", read_alt("a picture"))])
    assert d.images == () and d.text_area(800, 600) == (0.0, 0.0, 800.0, 600.0)


@pytest.mark.parametrize("alt,expected", [
    ("bg", (-100.0, 0.0, 1200.0, 600.0)),  # cover (the default): fills the cell, cropped at the sides
    ("bg cover", (-100.0, 0.0, 1200.0, 600.0)),
    ("bg contain", (0.0, 50.0, 1000.0, 500.0)),  # whole picture, centred
    ("bg fit", (0.0, 50.0, 1000.0, 500.0)),
    ("bg auto", (300.0, 200.0, 400.0, 200.0)),  # its own size (Marp px, scale 1)
    ("bg 50%", (250.0, 175.0, 500.0, 250.0)),  # half the cell's width
    ("bg w:200", (400.0, 250.0, 200.0, 100.0)),
    ("bg h:300", (200.0, 150.0, 600.0, 300.0)),
    ("bg contain w:200", (0.0, 50.0, 1000.0, 500.0)),  # contain and cover ignore w/h, as in Marp
])
def test_where_a_background_is_drawn_in_its_cell(alt, expected):
    assert place(read_alt(alt), 400, 200, (0.0, 0.0, 1000.0, 600.0)) == expected


def test_background_pictures_leave_the_slide_html_and_empty_paragraphs_go_with_them():
    deck = parse_deck("## T\n\n![bg right](a.svg)\n\ntext ![bg](b.svg) more\n\n![inline](c.svg)\n")
    html = deck.slides[0].html
    out = without_backgrounds(html)
    assert "a.svg" not in out and "b.svg" not in out and "c.svg" in out
    assert "<p></p>" not in out and "text" in out
    assert [i.src for i in slide_images(html)] == ["a.svg", "b.svg", "c.svg"]


def test_a_slide_text_has_the_background_captions_first_as_marp_reads_it():
    deck = parse_deck("## Title\n\n![bg right:40% contain 卡住的油门](a.svg)\n\nbody\n")
    assert background_captions(deck.slides[0].html) == ["卡住的油门"]
    assert deck.slides[0].text == "卡住的油门 Title body"
    assert parse_deck("## Title\n\n![bg left](a.svg)\n").slides[0].text == "Title"


def test_options_default_to_an_inline_picture():
    assert read_alt("") == ImageOptions()


def test_a_background_with_an_empty_url_is_hidden_and_takes_no_place():
    html = parse_deck("![bg left](<>)\n\n## T\n").slides[0].html
    assert [i.options.background for i in slide_images(html)] == [True]
    assert Backdrop.of(slide_images(html)) == Backdrop() and "<img" not in without_backgrounds(html)
