"""Colour themes: every text colour on its background reaches 7:1 (WCAG 2.2 AAA)."""

from __future__ import annotations

import pytest

from counsel_app.core.themes import DEFAULT_THEME, THEMES, contrast, luminance, theme

PAIRS = [(name, role, fg, bg) for name, t in THEMES.items() for role, (fg, bg) in t.pairs().items()]


@pytest.mark.parametrize("name,role,fg,bg", PAIRS, ids=[f"{n}-{r}" for n, r, _, _ in PAIRS])
def test_every_text_colour_reaches_7_to_1(name, role, fg, bg):
    assert contrast(fg, bg) >= 7.0, f"{name} {role} {fg} on {bg}"


def test_every_theme_checks_all_its_text_roles():
    for t in THEMES.values():
        assert set(t.pairs()) == {"text", "heading", "muted", "link"}
        assert all(bg == t.background for _, bg in t.pairs().values())


def test_a_high_contrast_theme_exists():
    assert any(min(contrast(fg, bg) for fg, bg in t.pairs().values()) >= 15 for t in THEMES.values())


def test_themes_are_listed_under_their_own_names():
    assert all(t.name == name for name, t in THEMES.items())
    assert DEFAULT_THEME in THEMES


def test_black_on_white_is_21_to_1():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)


def test_contrast_does_not_depend_on_the_order():
    assert contrast("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert contrast("#0B3A75", "#FFFFFF") == pytest.approx(contrast("#FFFFFF", "#0B3A75"))


@pytest.mark.parametrize("colour", ["#000000", "#FFFFFF", "#777777", "#0B3A75"])
def test_a_colour_on_itself_is_1_to_1(colour):
    assert contrast(colour, colour) == pytest.approx(1.0)


def test_known_grey_on_white_matches_wcag():
    # WCAG's own example: #777777 on white is just under 4.5:1
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


def test_colour_case_and_hash_do_not_matter():
    assert luminance("#ffffff") == luminance("FFFFFF") == pytest.approx(1.0)


def test_no_name_gives_the_default_theme():
    assert theme(None) is THEMES[DEFAULT_THEME]
    assert theme("") is THEMES[DEFAULT_THEME]


def test_an_unknown_name_gives_the_default_theme():
    assert theme("nonsense") is THEMES[DEFAULT_THEME]


@pytest.mark.parametrize("name", sorted(THEMES))
def test_a_known_name_gives_that_theme(name):
    assert theme(name).name == name
