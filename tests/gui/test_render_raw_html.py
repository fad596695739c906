"""Raw HTML on the patient screen: what Marp shows, never the tags of the elements Marp allows."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSize

from counsel_app.core.deck import load_deck
from counsel_app.core.themes import theme
from counsel_app.qt.render import layout_slide
from counsel_app.qt.slide_view import picture_text



DECK = Path(__file__).resolve().parents[1] / "data" / "marp-extra" / "35_html_blocks.md"


def test_html_blocks_show_their_words_on_the_patient_screen_and_no_tags(qapp):
    deck = load_deck(DECK)
    shown = []
    for slide in deck.slides:
        text = layout_slide(slide, deck, QSize(1280, 720), theme("light")).doc.toPlainText()
        assert not re.search(r"</?(div|pre|details|summary|span|b|br)\b", text), text
        shown.append(" ".join(text.split()))
    assert "Inside a div, **not markdown**." in shown[0]
    assert "line one" in shown[1] and "indented bold" in shown[1]
    assert "More about dosing" in shown[2] and "Twice a day" not in shown[2]  # closed, as a browser draws it
    assert "inside the div" not in shown[3] and "Visible text." in shown[3]
    assert "Bold inside div" in shown[4] and "span text" in shown[4]


def test_a_raw_remote_picture_is_a_placeholder_and_never_fetched(qapp, tmp_path):
    path = tmp_path / "deck.md"
    path.write_text('## Scan\n\n<img src="https://example.com/scan.png" alt="scan">\n', encoding="utf-8")
    deck = load_deck(path)
    layout = layout_slide(deck.slides[0], deck, QSize(1280, 720), theme("light"))
    assert "[Online pictures are not loaded]" in picture_text(layout)


DETAILS = DECK.parent / "42_details.md"


def test_a_closed_details_shows_only_its_summary_and_an_open_one_everything(qapp):
    """Marp's slides are web pages: a closed <details> shows its summary after a triangle, nothing else."""
    deck = load_deck(DETAILS)
    shown = [" ".join(layout_slide(s, deck, QSize(1280, 720), theme("light")).doc.toPlainText().split())
             for s in deck.slides]
    assert shown[0] == "Closed details \u25b6 When to take it"
    assert shown[1] == "Open details \u25bc Side effects Tiredness and a dry mouth."
    assert shown[2] == "Details without a summary \u25b6 Details"
    assert shown[3] == "Nested details \u25bc Outer Shown text. \u25b6 Inner"
    assert "Twice a day" in deck.slides[0].text  # still the slide's words (check, search), as in Marp
