"""A percentage becomes "about 3 in 10 people" only when it is a share of people (issue 14)."""

from __future__ import annotations

import pytest

from counsel_app.core.percentages import percentage_kinds, rewrite_shares


@pytest.mark.parametrize("text, lang, want", [
    # relative changes keep the article's number
    ("可使复发风险降低35%", "zh", "可使复发风险降低35%"),
    ("肿瘤缩小30%以上才算有效", "zh", "肿瘤缩小30%以上才算有效"),
    ("reduces the risk of fracture by 30%", "en", "reduces the risk of fracture by 30%"),
    ("a 25% lower risk of a second stroke", "en", "a 25% lower risk of a second stroke"),
    # concentrations keep the article's number
    ("脑脊液中的药物浓度可达血液中的60%", "zh", "脑脊液中的药物浓度可达血液中的60%"),
    ("blood levels reach 60%", "en", "blood levels reach 60%"),
    # shares of people become natural frequencies, never "约约"
    ("5年生存率约为20%", "zh", "5年生存率约为每10人中有2人"),
    ("骨转移的发生率高达30%-40%", "zh", "骨转移的发生率高达约每10人中有3到4人"),
    ("约30%的患者会好转", "zh", "约每10名患者中有3名会好转"),
    ("About 20% of people feel nervous", "en", "About 2 in 10 people feel nervous"),
    ("in about 40% of older adults", "en", "in about 4 in 10 older adults"),
    ("吸烟的人中，约有15%会患上慢阻肺", "zh", "吸烟的人中，约每100人中有15人会患上慢阻肺"),  # never "约有每100人中有"
])
def test_only_shares_of_people_become_frequencies(text, lang, want):
    assert rewrite_shares(text, lang) == want


def test_kinds_in_order():
    text = "有效率约60%，复发风险降低35%，药物浓度为血液中的20%。"
    assert percentage_kinds(text, "zh") == ["share", "relative", "measure"]
