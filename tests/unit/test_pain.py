"""The 0-10 pain score: always a number plus a word, in configurable mild/moderate/severe bands."""

from __future__ import annotations

import pytest

from counsel_app.core.pain import band, describe, pain_scale_deck

DEFAULT_BANDS = ["none", "mild", "mild", "mild", "moderate", "moderate", "moderate",
                 "severe", "severe", "severe", "severe"]


@pytest.mark.parametrize("score,expected", list(enumerate(DEFAULT_BANDS)))
def test_default_bands(score, expected):
    assert band(score) == expected


def test_custom_bands_move_the_edges():
    assert [band(s, (2, 5)) for s in range(11)] == [
        "none", "mild", "mild", "moderate", "moderate", "moderate",
        "severe", "severe", "severe", "severe", "severe"]


def test_narrow_custom_bands():
    assert [band(s, (1, 2)) for s in (0, 1, 2, 3, 10)] == ["none", "mild", "moderate", "severe", "severe"]


def test_zero_is_no_pain_whatever_the_bands():
    assert band(0, (1, 9)) == "none"


@pytest.mark.parametrize("score", [-1, 11, 100, -10])
def test_a_score_outside_0_to_10_is_refused(score):
    with pytest.raises(ValueError, match="0-10"):
        band(score)


@pytest.mark.parametrize("score,text", [(0, "0 (不痛)"), (2, "2 (轻度)"), (6, "6 (中度)"), (10, "10 (重度)")])
def test_describe_in_chinese_is_number_and_word(score, text):
    assert describe(score, "zh") == text


@pytest.mark.parametrize("score,text", [(0, "0 (no pain)"), (3, "3 (mild)"), (6, "6 (moderate)"),
                                        (7, "7 (severe)")])
def test_describe_in_english_is_number_and_word(score, text):
    assert describe(score, "en") == text


def test_describe_is_chinese_by_default():
    assert describe(5) == "5 (中度)"


@pytest.mark.parametrize("lang,text", [("zh-CN", "4 (中度)"), ("zh_TW", "4 (中度)"), ("en-GB", "4 (moderate)"),
                                       ("fr", "4 (moderate)")])
def test_describe_follows_the_language_family(lang, text):
    assert describe(4, lang) == text


def test_describe_uses_custom_bands():
    assert describe(4, "en", (4, 8)) == "4 (mild)"
    assert describe(9, "zh", (4, 8)) == "9 (重度)"


def test_describe_refuses_a_score_outside_0_to_10():
    with pytest.raises(ValueError):
        describe(11, "en")


def test_the_patient_scale_shows_anchors_and_bands_in_chinese():
    slide = pain_scale_deck("zh").slides[0]
    assert slide.title == "现在有多痛?"
    assert "0 = 不痛" in slide.text and "10 = 能想象的最痛" in slide.text
    assert "1-3 轻度" in slide.text and "4-6 中度" in slide.text and "7-10 重度" in slide.text


def test_the_patient_scale_follows_custom_bands_in_english():
    deck = pain_scale_deck("en", (2, 5))
    assert len(deck.slides) == 1
    text = deck.slides[0].text
    assert "0 = no pain" in text and "10 = worst pain imaginable" in text
    assert "1-2 mild" in text and "3-5 moderate" in text and "6-10 severe" in text


def test_the_patient_scale_has_its_picture():
    slide = pain_scale_deck("en").slides[0]
    assert len(slide.images) == 1 and slide.images[0].endswith("pain-scale.svg")


def test_the_scale_picture_is_found_when_the_app_is_installed_under_a_folder_with_a_space(tmp_path, monkeypatch):
    from counsel_app import resources
    from counsel_app.core.pictures import resolve_picture

    assets = tmp_path / "Program Files" / "counsel 程序" / "assets"  # a Windows install folder, say
    (assets / "img").mkdir(parents=True)
    (assets / "img" / "pain-scale.svg").write_bytes((resources.assets_dir() / "img" / "pain-scale.svg").read_bytes())
    monkeypatch.setattr(resources, "assets_dir", lambda: assets)
    pain_scale_deck.cache_clear()
    try:
        images = pain_scale_deck("zh").slides[0].images
    finally:
        pain_scale_deck.cache_clear()
    assert len(images) == 1, "the scale's picture is not a Markdown picture at all"
    assert resolve_picture(images[0], None).path == assets / "img" / "pain-scale.svg"
