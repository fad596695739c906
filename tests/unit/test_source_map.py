"""The article behind a deck, rebuilt from its `原文:` / `Source:` notes (core/source_map.py)."""

from __future__ import annotations

import re

from pathlib import Path

from counsel_app.core import deck_edit as E
from counsel_app.core.deck import parse_deck
from counsel_app.core.deck_text import split_deck_text
from counsel_app.core.importer import import_article
from counsel_app.core.slide_fields import read_fields
from counsel_app.core.source_map import patient_lines, sentence_bullet, source_map

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"

# Five source sentences; the patient sees the words of three: "今天..." and "这比..." reach no slide.
KNOWN = """---
marp: true
lang: zh-CN
---

## 骨转移很常见

- 骨转移的发生率高达约每10人中有3到4人

<!-- 原文: 在非小细胞肺癌患者中,骨转移的发生率高达30%-40%。今天我们来聊聊这个话题。 -->

---

## 药物全身起效

- 只要血液流经的地方,药物就能到达

<!-- 原文: 关键点来了:这类药物是全身起效的。只要血液流经的地方,药物就能到达。这比单纯加固骨骼的策略更为根本。 -->

---

## 医生自己写的一页

- 按时吃药

<!-- 这一页没有原文 -->
"""


def test_sentences_in_order_with_the_slides_they_are_behind() -> None:
    m = source_map(parse_deck(KNOWN))
    assert [s.text for s in m.sentences] == [
        "在非小细胞肺癌患者中,骨转移的发生率高达30%-40%。", "今天我们来聊聊这个话题。",
        "关键点来了:这类药物是全身起效的。", "只要血液流经的地方,药物就能到达。", "这比单纯加固骨骼的策略更为根本。"]
    assert m.behind(0) == (0, 1)
    assert m.behind(1) == (2, 3, 4)
    assert m.behind(2) == ()
    assert [s.paragraph for s in m.sentences] == [0, 0, 1, 1, 1]


def test_sentences_that_reach_no_patient_slide_are_counted() -> None:
    m = source_map(parse_deck(KNOWN))
    assert m.unseen == 2
    assert [s.text for s in m.sentences if not s.reaches_patient] == ["今天我们来聊聊这个话题。", "这比单纯加固骨骼的策略更为根本。"]
    # the share of people reaches the patient as a natural frequency; the title carries a sentence too
    assert m.sentences[0].shown_on == (0,)
    assert m.sentences[2].shown_on == (1,)


def test_a_point_on_a_slide_without_sources_still_reaches_its_sentence() -> None:
    doc = E.add_bullet(split_deck_text(KNOWN), 2, "这比单纯加固骨骼的策略更为根本")
    m = source_map(parse_deck(doc.text))
    assert m.unseen == 1
    assert m.sentences[4].shown_on == (2,)


def test_a_deck_without_sources_has_no_article() -> None:
    m = source_map(parse_deck("# 标题\n\n- 一点\n\n<!-- 要说的话 -->\n"))
    assert m.sentences == ()
    assert m.unseen == 0


def test_a_paragraph_behind_two_slides_is_listed_once() -> None:
    doc = E.duplicate_slide(split_deck_text(KNOWN), 0)
    m = source_map(parse_deck(doc.text))
    assert len(m.sentences) == 5
    assert m.sentences[0].behind == (0, 1)


def test_english_sources_and_a_generic_part_title_reach_nothing() -> None:
    deck = """---
lang: en
---

<!-- _class: part -->

# 1. What is it

---

## Bone metastases

- About 3 in 10 patients get them

<!-- Source: About 30% of patients get bone metastases. What is it like to live with them? -->
"""
    m = source_map(parse_deck(deck))
    assert [s.reaches_patient for s in m.sentences] == [True, False]


def test_the_seed_article_part_titles_do_not_count_as_the_article() -> None:
    md = import_article((ARTICLES / "ret_seed_zh.txt").read_text(encoding="utf-8")).markdown
    m = source_map(parse_deck(md))
    assert len(m.sentences) == 67
    assert m.unseen == 31  # off the slides since issue 14: a slogan ("...最有力的态度"), remarks for doctors ("硬指标", "单打独斗")
    parts = [n for n, s in enumerate(parse_deck(md).slides) if s.is_part]
    assert not any(set(s.shown_on) & set(parts) for s in m.sentences)


_FREQUENCY = re.compile(r"每(\d+)人中有(\d+)(?:到(\d+))?人")


def _same_share(text: str) -> str:
    # '每10人中有3到4人' and '每100人中有30到40人' are one share (the importer puts a part's
    # frequencies over one denominator)
    def share(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return "/".join(f"{int(v) / n:.2f}" for v in m.groups()[1:] if v)
    return _FREQUENCY.sub(share, text)


def test_a_sentence_becomes_the_bullet_the_importer_would_make() -> None:
    # every point of the imported seed draft is what sentence_bullet makes of a sentence behind its
    # slide (up to the denominator of a natural frequency)
    md = import_article((ARTICLES / "ret_seed_zh.txt").read_text(encoding="utf-8")).markdown
    m, doc = source_map(parse_deck(md)), split_deck_text(md)
    for n in range(len(doc)):
        made = {_same_share(sentence_bullet(m.sentences[k].text, m.lang)) for k in m.behind(n)}
        for bullet in read_fields(doc.slides[n]).bullets:
            assert _same_share(bullet) in made, (n, bullet)


def test_sentence_bullet_rules_numbers_qualifiers_points_and_markdown() -> None:
    # the group a share is counted in stays with it (issue 14: scope kept)
    assert sentence_bullet("在非小细胞肺癌患者中,骨转移的发生率高达30%-40%。", "zh-CN") == \
        "在非小细胞肺癌患者中,骨转移的发生率高达约每10人中有3到4人"
    assert "可能" in sentence_bullet("骨转移患者本身可能血钙水平有波动,也需要监测。", "zh")
    assert sentence_bullet("2. 关注疼痛评估:医生会定期使用疼痛评分量表来量化你的感受。", "zh") == \
        "关注疼痛评估：医生会定期使用疼痛评分量表来量化你的感受"
    assert sentence_bullet("About 30% of patients get bone metastases.", "en") == "About 3 in 10 patients get bone metastases"
    assert sentence_bullet("Take 2 tablets [daily] <with food>.", "en") == "Take 2 tablets \\[daily\\] &lt;with food>"
    # a question the importer would not make a point of still gives the doctor a line
    assert sentence_bullet("这意味着什么?", "zh") == "这意味着什么?"


def test_patient_lines_are_what_the_slide_shows() -> None:
    body = "## 标题\n\n![bg right](x.svg)\n\n1. 第一\\[点\\]\n- 第二 &lt;点\n\n段落"
    assert patient_lines(body) == ["标题", "第一[点]", "第二 <点", "段落"]


def test_add_bullet_appends_to_the_slide_and_keeps_the_others() -> None:
    doc = split_deck_text(KNOWN)
    new = E.add_bullet(doc, 1, "这类药物是全身起效的")
    assert read_fields(new.slides[1]).bullets == ("只要血液流经的地方,药物就能到达", "这类药物是全身起效的")
    assert new.slides[0] == doc.slides[0] and new.slides[2] == doc.slides[2]
    slide = E.add_bullet(split_deck_text("# 空\n"), 0, "一点")
    assert read_fields(slide.slides[0]).bullets == ("一点",)
