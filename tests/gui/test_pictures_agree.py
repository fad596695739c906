"""The screen, `check` and the handout agree on every picture: shown on one, shown on all three."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from counsel_app.core.deck import parse_deck
from counsel_app.core.handout_model import build_handout
from counsel_app.core.lint import lint_deck
from counsel_app.core.themes import theme
from counsel_app.qt.render import layout_slide
from counsel_app.qt.slide_view import picture_text

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 50"><rect width="80" height="50" fill="#c00"/></svg>'


@pytest.mark.parametrize("written, shown", [
    ("骨%20图.svg", True),
    ("<骨 图.svg>", True),
    ("img\\骨%20图.svg", True),  # written on Windows
    ("img/../骨%20图.svg", True),
    ("不存在.svg", False),
    ("https://example.org/骨.svg", False),
    ("data:image/png;base64,AAAA", False),
])
def test_screen_check_and_handout_agree(qapp, tmp_path, written, shown):
    (tmp_path / "img").mkdir()
    for folder in (tmp_path, tmp_path / "img"):
        (folder / "骨 图.svg").write_text(SVG, encoding="utf-8")
    deck = parse_deck(f"## 药物怎样到达骨头\n\n![药物到骨头]({written})\n", tmp_path / "deck.md")
    assert len(deck.slides[0].images) == 1  # Markdown reads it as a picture
    on_screen = "[药物到骨头]" in picture_text(layout_slide(deck.slides[0], deck, QSize(1280, 720), theme("light")))
    passes_check = lint_deck(deck, deck.base_dir) == []
    on_handout = bool(build_handout(deck).items[0].pictures)
    assert (on_screen, passes_check, on_handout) == (shown, shown, shown)
