"""A slide's picture as the doctor sees it: the caption field holds only the words for the patient,
never Marp's keywords (`bg right:40% contain`, `w:200`, ...), and those keywords keep their
characters when the caption is edited or another picture is chosen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from counsel_app.core import deck_edit as E
from counsel_app.core.backgrounds import read_alt
from counsel_app.core.deck_text import split_deck_text
from counsel_app.core.slide_fields import read_fields, with_picture

REPO = Path(__file__).resolve().parents[2]
DECKS = sorted(p for p in [*(REPO / "tests" / "data").rglob("*.md"), *(REPO / "slides").glob("*.md")])

BG = "## 骨转移\n\n![bg right:40% contain 100个小人，30个涂满](x.svg)\n\n- 要点\n"
TWO = ("## 骨转移\n\n![bg right:40% contain](icons-30-40-in-100.svg)\n![bg right:40% contain](icons-1-2-in-100.svg)\n\n"
       "- 要点\n")


def test_the_caption_of_a_background_picture_is_only_its_words():
    f = read_fields(BG)
    assert (f.picture, f.caption) == ("x.svg", "100个小人，30个涂满")
    assert read_fields("![w:300 h:200 一张图](a.png)\n").caption == "一张图"


def test_editing_the_caption_keeps_the_keywords_byte_for_byte():
    new = with_picture(BG, "x.svg", "一百人中三十人")
    assert new == BG.replace("100个小人，30个涂满", "一百人中三十人")
    assert with_picture(BG, "x.svg", "") == BG.replace(" 100个小人，30个涂满", "")
    assert with_picture(with_picture(BG, "x.svg", ""), "x.svg", "又写上") == BG.replace("100个小人，30个涂满", "又写上")
    odd = "![bg  left:33%   说明   fit](<my pic.png> \"title (1)\")\n"
    assert with_picture(odd, "my pic.png", "新说明") == odd.replace("说明  ", "新说明  ", 1)


def test_a_new_picture_keeps_the_slides_layout_keywords():
    new = with_picture(BG, "deck-pictures/bone.png", "骨")
    assert "![bg right:40% contain 骨](deck-pictures/bone.png)" in new
    options = read_alt("bg right:40% contain 骨")
    assert (options.background, options.split, options.split_size, options.size) == (True, "right", 40.0, "contain")


def test_background_pictures_one_a_line_are_the_slides_picture():
    f = read_fields(TWO)
    assert (f.picture, f.caption) == ("icons-30-40-in-100.svg", "")
    captioned = with_picture(TWO, f.picture, "每100人中30到40人")
    assert captioned == TWO.replace("contain](icons-30", "contain 每100人中30到40人](icons-30")
    removed = with_picture(TWO, "", "")
    assert removed == TWO.replace("![bg right:40% contain](icons-30-40-in-100.svg)\n", "")
    assert read_fields(removed).picture == "icons-1-2-in-100.svg"


@pytest.mark.parametrize("path", DECKS, ids=lambda p: str(p.relative_to(REPO)))
def test_every_picture_in_the_repo_round_trips_and_keeps_its_keywords(path):
    doc = split_deck_text(path.read_text(encoding="utf-8-sig", errors="replace"))
    for i, slide in enumerate(doc.slides):
        f = read_fields(slide)
        if not f.picture:
            continue
        try:
            same = E.set_picture(doc, i, f.picture, f.caption)
        except E.EditError:
            continue
        assert same.slides[i] == slide
        renamed = E.set_picture(doc, i, f.picture, "新的说明")
        assert read_fields(renamed.slides[i]).caption == "新的说明"
        keywords = [[w for w in alt.split() if w not in read_alt(alt).alt.split()]
                    for alt in re.findall(r"!\[([^\]]*)\]", slide)]
        assert keywords == [[w for w in alt.split() if w not in read_alt(alt).alt.split()]
                            for alt in re.findall(r"!\[([^\]]*)\]", renamed.slides[i])]


def test_a_caption_word_marp_would_take_as_a_setting_is_refused_not_written():
    doc = split_deck_text("# T\n\n---\n\n" + BG)
    with pytest.raises(E.EditError):
        E.set_picture(doc, 1, "x.svg", "50% of people")  # Marp would size the picture at 50%
    assert read_fields(E.set_picture(doc, 1, "x.svg", "half of people").slides[1]).caption == "half of people"


@pytest.mark.parametrize("line", ["![x](a b.png)", '![x](<my pic.png> "t")', "![x](y(1).png)", "![](x.png)",
                                  '![bg right:40% contain 字](a.svg "title")', "![x](a.png \"open)", "![x](a.png"])
def test_the_editor_finds_a_picture_exactly_where_markdown_it_does(line):
    # the caption field edits the alt text of what the deck reader (and Marp) reads as a picture
    from markdown_it import MarkdownIt

    from counsel_app.core.picture_syntax import image_span

    tokens = MarkdownIt("commonmark").parseInline(line)[0].children or []
    assert (image_span(line) is not None) == any(t.type == "image" for t in tokens)
