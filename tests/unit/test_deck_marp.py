"""Our reading of a deck agrees with Marp's (marp-cli 4.5.1) on the conformance decks."""

import json
from pathlib import Path

import pytest

from counsel_app.core.deck import load_deck, parse_deck

MARP = Path(__file__).resolve().parents[1] / "data" / "marp"
EXPECTED = json.loads((MARP / "expected.json").read_text(encoding="utf-8"))
DECKS = sorted(k for k in EXPECTED if not k.startswith("_"))


@pytest.mark.parametrize("name", DECKS)
def test_slide_count_notes_titles_and_text_agree_with_marp(name):
    deck = load_deck(MARP / name)
    want = EXPECTED[name]
    assert len(deck.slides) == want["slides"]
    assert [s.notes for s in deck.slides] == want["notes"]
    assert [s.title for s in deck.slides] == want["titles"]
    assert [s.text for s in deck.slides] == want["text"]


def test_heading_divider_splits_at_headings_but_not_before_the_first():
    deck = parse_deck("---\nheadingDivider: 2\n---\n\n# Deck\n\nintro\n\n## A\n\ntext\n\n### detail\n\n## B\n")
    assert [s.title for s in deck.slides] == ["Deck", "A", "B"]


def test_heading_divider_from_a_comment_applies_to_the_whole_deck():
    deck = parse_deck("# One\n\n## Two\n\n<!-- headingDivider: 2 -->\n")
    assert [s.title for s in deck.slides] == ["One", "Two"]


def test_all_thematic_break_styles_split_but_not_inside_code():
    deck = parse_deck("A\n\n***\n\nB\n\n___\n\nC\n\n- - -\n\nD\n\n```\n---\n```\n")
    assert [s.text for s in deck.slides] == ["A", "B", "C", "D ---"]


def test_part_slides_set_the_section_of_the_slides_that_follow():
    deck = parse_deck("# Title\n\n---\n\n<!-- _class: part -->\n# What RET is\n\n---\n\n## Detail\n\n"
                      "---\n\n<!-- _class: part -->\n# How it works\n\n---\n\n## More\n")
    assert [s.section for s in deck.slides] == ["", "What RET is", "What RET is", "How it works", "How it works"]
    assert [s.is_part for s in deck.slides] == [False, True, False, True, False]
    assert deck.sections == ("What RET is", "How it works")


def test_spot_class_applies_to_one_slide_and_class_carries_on():
    deck = parse_deck("<!-- _class: lead -->\n# A\n\n---\n\n# B\n\n<!-- class: invert -->\n\n---\n\n# C\n")
    assert [s.classes for s in deck.slides] == [("lead",), ("invert",), ("invert",)]


def test_teach_back_questions_are_notes_marp_shows_and_we_find():
    deck = parse_deck("## Slide\n\n<!-- say this -->\n<!-- teach-back: In your own words, how does it work? -->\n")
    slide = deck.slides[0]
    assert "In your own words" in slide.notes  # Marp still shows it as a note
    assert slide.teach_back == ("In your own words, how does it work?",)


def test_images_are_listed_as_written_and_remote_ones_kept_for_a_placeholder():
    deck = parse_deck("![bone](../assets/img/bone.svg)\n\n![x](https://example.org/a.png)\n")
    assert deck.slides[0].images == ("../assets/img/bone.svg", "https://example.org/a.png")


def test_raw_html_marp_does_not_allow_is_shown_as_text_not_run():
    deck = parse_deck('<script>alert(1)</script>\n\nhello <img src="http://x/y.png"> there\n')
    html = deck.slides[0].html
    assert "<script" not in html and "&lt;script&gt;" in html
    assert deck.slides[0].images == ("http://x/y.png",)  # Marp shows this picture; ours is a placeholder


def test_body_keeps_markdown_without_the_comments():
    deck = parse_deck("## T\n\n- a <!-- hidden -->\n- b\n\n<!-- note\nmore -->\n")
    body = deck.slides[0].body
    assert "- a" in body and "- b" in body and "hidden" not in body and "note" not in body


def test_any_text_parses_without_raising():
    for text in ["", "\x00\x00", "<!--", "---", "---\n---", "```", "> " * 500 + "x", "- " * 300 + "x"]:
        parse_deck(text)
