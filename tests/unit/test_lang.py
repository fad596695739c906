"""core/lang.py: the one rule for languages of tags, texts and the user."""

import pytest

from counsel_app.core.lang import base, detect, is_chinese_text, is_zh, pick, system_lang, text_base


@pytest.mark.parametrize("tag", ["zh", "zh-CN", "zh_TW", "ZH-Hans", "Chinese_China.936", " zh-cn "])
def test_chinese_tags(tag):
    assert is_zh(tag) and base(tag) == "zh"


@pytest.mark.parametrize("tag", ["en", "en-GB", "", None, "de", "C.UTF-8"])
def test_other_tags_are_english(tag):
    assert not is_zh(tag) and base(tag) == "en"


def test_a_fifth_of_ideographs_makes_a_chinese_text():
    # 1 ideograph among 5 letters: exactly the threshold; deck and importer used to disagree here
    assert is_chinese_text("骨abcd") and detect("骨abcd") == "zh-CN"
    assert not is_chinese_text("骨abcde") and detect("骨abcde") == "en"
    assert detect("1234 --- !!") == "en"
    assert detect("㐀㐁 extension A") == "en" and is_chinese_text("㐀㐁骨头 ab")


def test_given_tag_wins_over_the_text():
    assert text_base("en", "全是中文") == "en"
    assert text_base(None, "全是中文") == "zh"
    assert text_base("zh-CN", "all English") == "zh"


def test_pick_never_swaps():
    assert pick("zh-CN", zh="中", en="en") == "中"
    assert pick("en", zh="中", en="en") == "en"


def test_system_lang_order():
    assert system_lang({"COUNSEL_LANG": "en", "LANG": "zh_CN.UTF-8"}) == "en"
    assert system_lang({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}) == "zh"
    assert system_lang({"LANG": "zh_CN.UTF-8"}) == "zh"
