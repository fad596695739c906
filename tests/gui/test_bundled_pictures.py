"""The bundled decks' pictures teach: each stands beside the text and covers at least a quarter of
the patient screen, and the text beside it, Chinese and English, stays at the target size on one view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from counsel_app.core.deck import load_deck
from counsel_app.core.sizing import size_rule
from counsel_app.core.themes import theme
from counsel_app.qt.render import layout_slide
from counsel_app.resources import slides_dir

SCREENS = [QSize(1920, 1080), QSize(1280, 720)]


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("name", ["ret-bone-metastasis.md", "ret-bone-metastasis.en.md"])
def test_each_picture_covers_a_quarter_of_the_screen_beside_large_text(qapp, name, size):
    deck = load_deck(slides_dir() / name)
    rule = size_rule(size.height())
    picture_slides = 0
    for slide in deck.slides:
        layout = layout_slide(slide, deck, size, theme("high-contrast"))
        if not layout.backdrop:
            continue
        picture_slides += 1
        [picture] = layout.backdrop
        shown = picture.target.intersected(picture.cell)
        share = shown.width() * shown.height() / (size.width() * size.height())
        assert share >= 0.25, f"slide {slide.index}: the picture covers {share:.0%} of the screen"
        assert not layout.content.intersects(picture.cell), f"slide {slide.index}: text over the picture"
        assert layout.pages == 1
        assert layout.body_px >= rule.target_px, f"slide {slide.index}: text {layout.body_px}px beside the picture"
        if "icons-" in slide.images[0]:  # an icon array fills its column, so that each figure is large
            assert shown.width() >= 0.95 * picture.cell.width() or shown.height() >= 0.95 * picture.cell.height()
            assert shown.width() >= 0.9 * picture.cell.width() and shown.height() >= 0.9 * picture.cell.height()
    assert picture_slides == 6  # four pictures and two icon arrays
