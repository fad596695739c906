"""How large the patient's text is, the search for the largest size that fits, and page breaks."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counsel_app.core.sizing import LADDER_STEP, largest_fitting, largest_rung, page_breaks, size_ladder, size_rule

# -- the size rule ---------------------------------------------------------------------------------


def test_1080p_of_unknown_size_aims_for_about_70_px():
    rule = size_rule(1080)
    assert rule.target_px == 70  # 6.5% of 1080


def test_1080p_never_shrinks_below_54_px():
    assert size_rule(1080).floor_px == 54  # 5% of 1080


def test_1080p_grows_a_short_slide_to_at_most_a_tenth_of_the_height():
    assert size_rule(1080).max_px == 108


def test_720p_scales_with_the_height():
    rule = size_rule(720)
    assert (rule.floor_px, rule.target_px, rule.max_px) == (36, 47, 72)


def test_known_physical_size_gives_20_mm_at_2_m():
    rule = size_rule(1080, height_mm=300)  # 3.6 px per mm
    assert rule.target_px == 72


def test_viewing_distance_sets_the_size():
    assert size_rule(1080, height_mm=300, distance_mm=3000).target_px == 108  # 30 mm


def test_a_huge_screen_still_never_goes_below_the_floor():
    rule = size_rule(1080, height_mm=1500)  # 0.72 px per mm: 20 mm would be 14 px
    assert rule.target_px == rule.floor_px == 54


def test_a_small_dense_screen_may_aim_above_a_tenth_and_is_allowed_to():
    rule = size_rule(1080, height_mm=150)  # 7.2 px per mm: 20 mm is 144 px
    assert rule.target_px == 144 and rule.max_px >= 144


@pytest.mark.parametrize("height", [1, 10, 480, 720, 1080, 1440, 2160])
def test_floor_target_and_max_are_in_order(height):
    rule = size_rule(height)
    assert 1 <= rule.floor_px <= rule.target_px <= rule.max_px


def test_zoom_raises_the_maximum():
    assert size_rule(1080, zoom=1.5).max_px == 162
    assert size_rule(1080, zoom=2.0).max_px == 216


def test_zoom_does_not_move_the_floor():
    assert size_rule(1080, zoom=0.5).floor_px == size_rule(1080, zoom=2.0).floor_px == 54


def test_zoom_above_two_counts_as_two():
    assert size_rule(1080, zoom=10).max_px == size_rule(1080, zoom=2.0).max_px


def test_zoom_below_a_half_counts_as_a_half():
    assert size_rule(1080, zoom=0.01).max_px == size_rule(1080, zoom=0.5).max_px


def test_zooming_out_never_takes_the_maximum_below_the_floor():
    rule = size_rule(1080, zoom=0.5)
    assert rule.max_px >= rule.floor_px


def test_a_nonsense_height_still_gives_usable_sizes():
    rule = size_rule(0)
    assert rule.floor_px >= 1 and rule.max_px >= rule.floor_px


# -- largest_fitting -------------------------------------------------------------------------------


def counting(fits):
    calls = []

    def wrapped(size: int) -> bool:
        calls.append(size)
        return fits(size)
    return wrapped, calls


def test_largest_fitting_finds_the_boundary():
    assert largest_fitting(lambda px: px <= 73, 54, 108) == 73


def test_largest_fitting_returns_high_when_everything_fits():
    assert largest_fitting(lambda px: True, 54, 108) == 108


def test_largest_fitting_returns_low_when_only_low_fits():
    assert largest_fitting(lambda px: px <= 54, 54, 108) == 54


def test_largest_fitting_returns_none_when_nothing_fits():
    assert largest_fitting(lambda px: False, 54, 108) is None


def test_largest_fitting_returns_none_for_an_empty_range():
    assert largest_fitting(lambda px: True, 60, 59) is None


def test_largest_fitting_on_a_single_size():
    assert largest_fitting(lambda px: True, 60, 60) == 60
    assert largest_fitting(lambda px: False, 60, 60) is None


@settings(database=None, deadline=None)
@given(low=st.integers(1, 500), span=st.integers(0, 2000), data=st.data())
def test_largest_fitting_matches_the_threshold_of_any_monotone_fit(low, span, data):
    high = low + span
    threshold = data.draw(st.integers(low - 5, high + 5), label="threshold")
    fits, calls = counting(lambda px: px <= threshold)
    expected = None if threshold < low else min(threshold, high)
    assert largest_fitting(fits, low, high) == expected
    # a binary search: each layout costs time, so a resize must not try every size
    assert len(calls) <= 2 + max(1, span).bit_length()
    assert all(low <= c <= high for c in calls)


# -- the size ladder ------------------------------------------------------------------------------


@pytest.mark.parametrize("height", [720, 1080, 2160])
def test_the_ladder_holds_the_floor_the_target_and_the_maximum_in_small_steps(height):
    rule = size_rule(height)
    ladder = size_ladder(rule)
    assert ladder[0] == rule.floor_px and ladder[-1] == rule.max_px and rule.target_px in ladder
    assert list(ladder) == sorted(set(ladder))
    # a step a patient cannot tell from the next: at most 4% (and a pixel of rounding)
    assert all(b <= a * LADDER_STEP + 1 for a, b in zip(ladder, ladder[1:]))
    assert len(ladder) <= 25  # few sizes: glyphs measured for one slide serve the next


def test_the_largest_fitting_rung_is_found_with_or_without_a_guess():
    ladder = size_ladder(size_rule(1080))
    for threshold in range(ladder[0] - 3, ladder[-1] + 3):
        expected = max((px for px in ladder if px <= threshold), default=None)
        for guess in (None, ladder[0], threshold, ladder[-1]):
            assert largest_rung(lambda px, t=threshold: px <= t, ladder, ladder[0], guess) == expected


def test_from_a_right_guess_two_layouts_settle_the_size_and_the_last_one_is_kept():
    ladder = size_ladder(size_rule(1080))
    answer = ladder[8]
    fits, calls = counting(lambda px: px <= answer)
    assert largest_rung(fits, ladder, ladder[0], answer) == answer
    assert calls == [ladder[9], answer]  # the rung above fails, the answer fits: the document stays at it


def test_the_rung_search_never_goes_below_low():
    ladder = size_ladder(size_rule(1080))
    fits, calls = counting(lambda px: px <= ladder[2])
    assert largest_rung(fits, ladder, ladder[5], ladder[10]) is None
    assert all(c >= ladder[5] for c in calls)


# -- page breaks -----------------------------------------------------------------------------------


def test_blocks_that_fit_give_one_view():
    assert page_breaks([0, 40, 80], [40, 80, 100], 100) == [0]


def test_no_blocks_give_one_view():
    assert page_breaks([], [], 100) == [0]


def test_long_content_breaks_at_the_top_of_the_block_that_does_not_fit():
    assert page_breaks([0, 40, 80], [40, 80, 130], 100) == [0, 80]


def test_every_view_starts_at_a_block_top():
    tops = [0, 30, 60, 90, 120, 150, 180]
    bottoms = [30, 60, 90, 120, 150, 180, 210]
    breaks = page_breaks(tops, bottoms, 100)
    assert breaks == [0, 90, 180]
    assert set(breaks) <= set(tops)


def test_a_block_taller_than_a_page_continues_in_page_height_steps():
    assert page_breaks([0], [250], 100) == [0, 100, 200]


def test_a_tall_block_after_others_gets_its_own_view_first():
    assert page_breaks([0, 50], [50, 300], 100) == [0, 50, 150, 250]


def test_content_after_a_tall_block_starts_at_its_own_top():
    assert page_breaks([0, 250], [250, 330], 100) == [0, 100, 200, 250]


def views_cover(breaks: list[float], top: float, bottom: float, page: float) -> bool:
    """Every point of [top, bottom) is inside some view [start, start + page)."""
    at = top
    while at < bottom:
        inside = [s for s in breaks if s <= at < s + page]
        if not inside:
            return False
        at = max(inside) + page
    return True


BLOCKS = st.lists(st.tuples(st.floats(0, 300, allow_nan=False), st.floats(1, 400, allow_nan=False)),
                  max_size=25)


@settings(database=None, deadline=None)
@given(blocks=BLOCKS, page=st.floats(20, 500, allow_nan=False))
def test_every_block_is_shown_somewhere(blocks, page):
    tops, bottoms, y = [], [], 0.0
    for gap, height in blocks:
        tops.append(y + gap)
        bottoms.append(y + gap + height)
        y = bottoms[-1]
    breaks = page_breaks(tops, bottoms, page)
    assert breaks[0] == 0
    assert all(a < b for a, b in zip(breaks, breaks[1:]))
    for top, bottom in zip(tops, bottoms):
        assert any(s <= top < s + page for s in breaks), "a block's top is in no view"
        assert views_cover(breaks, top, bottom, page), "part of a block is in no view"


@settings(database=None, deadline=None)
@given(heights=st.lists(st.integers(1, 99), min_size=1, max_size=30))
def test_blocks_shorter_than_a_page_are_never_cut(heights):
    tops, bottoms, y = [], [], 0
    for h in heights:
        tops.append(y)
        bottoms.append(y + h)
        y += h
    breaks = page_breaks(tops, bottoms, 100)
    assert set(breaks) <= set(tops)
    assert len(breaks) <= math.ceil(y / 100) * 2  # no wasted views: every two views advance more than a page
