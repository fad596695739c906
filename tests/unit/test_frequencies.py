"""Percentages become natural frequencies ("about 3 in 10 people"); hard numbers are found."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counsel_app.core.frequencies import (
    find_percentages,
    has_numbers_patients_struggle_with,
    natural_frequency,
    to_natural_frequency,
)


@pytest.mark.parametrize("text, zh, en", [
    ("30%-40%", "约每10人中有3到4人", "about 3 to 4 in 10 people"),
    ("1%-2%", "约每100人中有1到2人", "about 1 to 2 in 100 people"),
    ("25%", "约每100人中有25人", "about 25 in 100 people"),
    ("0.5%", "约每1000人中有5人", "about 5 in 1000 people"),
    ("10%", "约每10人中有1人", "about 1 in 10 people"),
    ("5%–10%", "约每100人中有5到10人", "about 5 to 10 in 100 people"),
    ("1.5%-2%", "约每1000人中有15到20人", "about 15 to 20 in 1000 people"),
    ("0.25%", "约每10000人中有25人", "about 25 in 10000 people"),
    ("30.0%", "约每10人中有3人", "about 3 in 10 people"),
])
def test_examples_in_both_languages(text, zh, en):
    assert to_natural_frequency(text, "zh") == zh
    assert to_natural_frequency(text, "zh-CN") == zh
    assert to_natural_frequency(text, "en") == en


@pytest.mark.parametrize("text", [
    "30%-40%", "30%～40%", "30%~40%", "30%至40%", "30%到40%", "30%–40%", "30%—40%",
    "30-40%", "30～40%", "30 至 40%", "３０％～４０％", "30％-40％", "30% to 40%",
])
def test_range_spellings(text):
    assert to_natural_frequency(text, "zh") == "约每10人中有3到4人"


def test_denominator_rule_tens_only_when_every_number_is_a_multiple_of_ten():
    assert to_natural_frequency("20%-30%", "en") == "about 2 to 3 in 10 people"
    assert to_natural_frequency("20%-25%", "en") == "about 20 to 25 in 100 people"  # one denominator
    assert to_natural_frequency("0.5%-1%", "en") == "about 5 to 10 in 1000 people"


def test_in_a_sentence_and_with_a_leading_about():
    s = "在非小细胞肺癌患者中,骨转移的发生率高达30%-40%。"
    assert to_natural_frequency(s, "zh") == "在非小细胞肺癌患者中,骨转移的发生率高达约每10人中有3到4人。"
    assert to_natural_frequency("约30%的患者会好转", "zh") == "约每10名患者中有3名会好转"
    assert to_natural_frequency("大约30%的人", "zh") == "约每10人中有3人"
    assert to_natural_frequency("About 30% of patients", "en") == "About 3 in 10 patients"
    assert to_natural_frequency("roughly 1% of people", "en") == "about 1 in 100 people"


def test_the_other_languages_noun_is_kept():
    assert to_natural_frequency("30% of patients", "zh") == "约每10人中有3人 of patients"
    assert to_natural_frequency("30%的患者", "en") == "about 3 in 10 people的患者"


def test_not_frequencies_are_left_alone():
    assert to_natural_frequency("rose by 150%", "en") == "rose by 150%"
    assert to_natural_frequency("no numbers here", "en") == "no numbers here"
    assert to_natural_frequency("version 1.2.3 and 3.5 mg", "en") == "version 1.2.3 and 3.5 mg"
    assert natural_frequency("150", None, "en") is None


def test_find_percentages_gives_matches_with_groups():
    found = find_percentages("A: 30%-40%, B: 2%, C: 0.5％.")
    assert [m.group(0) for m in found] == ["30%-40%", "2%", "0.5％"]
    assert (found[0].group("a"), found[0].group("b")) == ("30", "40")
    assert found[1].group("b") is None
    assert found[0].start() == 3


def test_hard_numbers_found_in_order():
    text = "有效率30%, 约三分之一的人, 1/3 的人, 剂量 3.5 mg, 百分之三十, 3‰, 12.5 %"
    assert has_numbers_patients_struggle_with(text) == ["30%", "三分之一", "1/3", "3.5", "百分之三十", "3‰", "12.5 %"]


@pytest.mark.parametrize("text", ["每10人中有3人", "2024/05/01", "version 1.2.3", "1. 第一步", "3 in 10 people"])
def test_plain_numbers_are_not_hard(text):
    assert has_numbers_patients_struggle_with(text) == []


@given(st.integers(0, 100), st.integers(0, 100), st.sampled_from(["-", "～", "至", "–", "~"]))
def test_every_range_up_to_100_becomes_a_percent_free_frequency(a, b, sep):
    lo, hi = sorted((a, b))
    for lang in ("zh", "en"):
        out = to_natural_frequency(f"有{lo}%{sep}{hi}%的时候", lang)
        assert "%" not in out and "％" not in out
        nums = [int(n) for n in re.findall(r"\d+", out)]
        denom = 10 if lo % 10 == 0 and hi % 10 == 0 else 100
        assert denom in nums
        assert all(n <= denom for n in nums)


@given(st.text(max_size=80))
def test_never_raises(text):
    to_natural_frequency(text, "zh")
    to_natural_frequency(text, "en")
    has_numbers_patients_struggle_with(text)


@pytest.mark.parametrize("text, lang, want", [
    ("5年生存率约为20%", "zh", "5年生存率约为每10人中有2人"),
    ("约有30%的患者", "zh", "约有每10名患者中有3名"),
    ("大约是30%", "zh", "大约是每10人中有3人"),
    ("约 20%", "zh", "约 每10人中有2人"),
    ("将近20%的人", "zh", "将近每10人中有2人"),
    ("survival of about, 20%", "en", "survival of about, 2 in 10 people"),
    ("rate was up to 20%", "en", "rate was up to 2 in 10 people"),
    ("nearly 20% of adults", "en", "nearly 2 in 10 adults"),
])
def test_an_approximation_already_in_the_text_is_not_said_twice(text, lang, want):
    out = to_natural_frequency(text, lang)
    assert "约约" not in out and "约为约" not in out and "约有约" not in out
    assert not re.search(r"\b(about|around|nearly)\W+about\b", out)
    assert out == want
