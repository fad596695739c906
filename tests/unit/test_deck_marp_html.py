"""Raw HTML in a slide shows what Marp shows: the elements Marp allows as elements (never their tags
as text), every other tag as text, comments inside HTML neither shown nor speaker notes.

tests/data/marp-extra/html_fragments.json was made with marp-core's own HTML filter
(tests/data/marp-extra/make_html_fragments.py).
"""

import json
from pathlib import Path

import pytest

from counsel_app.core.deck import parse_deck
from counsel_app.core.marp_html import sanitize, shown_details

FRAGMENTS = json.loads((Path(__file__).resolve().parents[1] / "data" / "marp-extra" / "html_fragments.json")
                       .read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("fragment,marp", FRAGMENTS, ids=[f"{i}" for i in range(len(FRAGMENTS))])
def test_raw_html_comes_out_as_marp_core_makes_it(fragment, marp):
    assert sanitize(fragment) == marp


def test_a_div_shows_its_words_and_not_its_tags():
    slide = parse_deck('## Dose\n\n<div class="box">\nTake **one** tablet.\n</div>\n').slides[0]
    assert slide.text == "Dose Take **one** tablet."  # inside an HTML block Markdown is not read, as in Marp
    assert '<div class="box">' in slide.html


def test_a_comment_inside_an_html_block_is_no_note_and_not_shown():
    slide = parse_deck("<div>\n<!-- draft -->\nVisible\n</div>\n\n<!-- real note -->\n").slides[0]
    assert slide.notes == "real note"
    assert "draft" not in slide.html


def test_tags_marp_does_not_allow_are_shown_as_text_not_run():
    slide = parse_deck('<script>alert(1)</script>\n\nhello <iframe src="https://x.org"></iframe> there\n').slides[0]
    assert "<script" not in slide.html and "<iframe" not in slide.html
    assert slide.text == '<script>alert(1)</script> hello <iframe src="https://x.org"></iframe> there'


def test_a_raw_picture_goes_to_the_picture_loader_like_a_markdown_picture():
    slide = parse_deck('hello <img width="9" alt="scan" src="http://x/y.png" onerror="x()"> there\n'
                       '\n![bone](bone.png)\n').slides[0]
    assert slide.images == ("http://x/y.png", "bone.png")  # remote: a placeholder, never fetched
    assert '<img src="http://x/y.png" alt="scan" />' in slide.html


def test_style_blocks_are_hidden_as_in_marp():
    slide = parse_deck("# T\n\n<style>\nh1 { color: red; }\n</style>\n\nText\n").slides[0]
    assert slide.text == "T Text" and "color" not in slide.body


@pytest.mark.parametrize("line,notes", [
    ("<!-- a --> <!-- b -->", "a"),  # a comment line is one hidden block: its first comment is the note
    ("<!-- _class: lead --> <!-- b -->", ""),
    ("Text <!-- a --> and <!-- b -->", "a\n\nb"),  # inside a paragraph each comment is a note
])
def test_which_comments_on_one_line_are_notes(line, notes):
    assert parse_deck(f"# T\n\n{line}\n").slides[0].notes == notes


def test_heading_divider_after_a_ruler_makes_the_empty_slide_marp_makes():
    deck = parse_deck("---\nheadingDivider: 2\n---\n\n## A\n\ntext\n\n---\n\n## B\n")
    assert [s.title for s in deck.slides] == ["A", "", "B"]


def test_details_are_shown_closed_unless_marked_open():
    assert shown_details("<details><summary>Why</summary>\nBecause.\n</details>\n") == "<p>\u25b6 Why</p>\n\n"
    opened = shown_details('<details open class="x"><summary>Why</summary>Because.</details>')
    assert opened == "<p>\u25bc Why</p>\n<div>Because.</div>\n"
    assert shown_details("<details>Hidden</details>", "详细信息") == "<p>\u25b6 详细信息</p>\n"
    assert shown_details("<details opened><summary>A</summary>B</details>") == "<p>\u25b6 A</p>\n"  # not `open`
