"""The counselling record: time per part, teach-back, pain score, plan, and the EMR text."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from counsel_app.core.deck import load_deck, parse_deck
from counsel_app.core.record import (DeckInfo, PainScore, RecordKeeper, TeachBackEntry, TeachBackResult,
                                     part_label, teach_back_questions)
from counsel_app.core.record_text import to_text
from counsel_app.core.session import Command, Session

REPO = Path(__file__).resolve().parents[2]
T0 = 1_741_080_000.0  # any fixed instant

ZH_DECK = """---
title: 测试资料
lang: zh-CN
---

# 开场页

---

<!-- _class: part -->

# 1 第一部分

---

## 第一部分内容

<!-- teach-back: 请您用自己的话说说第一部分? -->

---

<!-- _class: part -->

# 2 第二部分

---

## 第二部分内容

<!-- 医生备注: 这段备注不能进入记录 -->
<!-- teach-back: 请您说说第二部分? -->
<!-- teach-back: 还有什么要注意? -->

---

<!-- _class: part -->

# 3 第三部分
"""
EN_DECK = ZH_DECK.replace("lang: zh-CN", "lang: en")


class FakeClock:
    def __init__(self, t: float = T0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t

    def tick(self, seconds: float) -> None:
        self.t += seconds


@pytest.fixture
def deck():
    return parse_deck(ZH_DECK, Path("/somewhere/private/folder/demo.md"))


def keeper_for(deck):
    clock = FakeClock()
    return RecordKeeper(deck, clock=clock), Session(deck), clock


def show(keeper, session, clock, command=None, after=0.0):
    clock.tick(after)
    keeper.frame_shown(session.run(command) if command else session.frame)


def walk(keeper, session, clock, seconds):
    """Show slide 1, then NEXT after each of `seconds` (the last slide stays on)."""
    show(keeper, session, clock)
    for s in seconds:
        show(keeper, session, clock, Command.NEXT, s)


# -- time ---------------------------------------------------------------------------------

def test_times_add_up_when_nothing_was_blanked(deck):
    k, s, c = keeper_for(deck)
    walk(k, s, c, [10, 20, 30, 40, 50])
    c.tick(60)
    summary = k.summary()
    assert summary.seconds == 210
    assert summary.minutes == 3.5
    assert sum(p.seconds for p in summary.parts) == summary.seconds


def test_fractional_seconds_still_add_up(deck):
    k, s, c = keeper_for(deck)
    walk(k, s, c, [10.4, 10.4, 10.4, 10.4, 10.4])
    c.tick(10.4)
    summary = k.summary()
    assert sum(p.seconds for p in summary.parts) == summary.seconds == 62


def test_parts_and_slides_shown_in_order_first_seen(deck):
    k, s, c = keeper_for(deck)
    walk(k, s, c, [5, 10, 20, 30])  # slides 1..5
    show(k, s, c, Command.PREV, 40)  # 40 s on 5, back to 4 (part 2's title)
    show(k, s, c, Command.PREV, 50)  # 50 s on 4, back to 3 (part 1)
    c.tick(5)
    parts = k.summary().parts
    assert [p.part for p in parts] == ["开场", "1 第一部分", "2 第二部分"]
    assert [p.slides_shown for p in parts] == [(1,), (2, 3), (4, 5)]
    assert [p.seconds for p in parts] == [5, 10 + 20 + 5, 30 + 40 + 50]


def test_introduction_is_named_in_the_decks_language():
    assert part_label("", "zh-CN") == "开场"
    assert part_label("", "en") == "Introduction"
    assert part_label("2 Part", "en") == "2 Part"
    k, s, c = keeper_for(parse_deck(EN_DECK))
    walk(k, s, c, [])
    assert k.summary().parts[0].part == "Introduction"


def test_blank_time_counts_in_total_but_not_on_slides(deck):
    k, s, c = keeper_for(deck)
    show(k, s, c)
    show(k, s, c, Command.BLACK, 30)  # 30 s on slide 1, then black
    show(k, s, c, Command.BLACK, 100)  # 100 s black, then back to slide 1
    show(k, s, c, Command.WHITE, 10)
    show(k, s, c, Command.NEXT, 20)  # 20 s white, then slide 2
    c.tick(5)
    summary = k.summary()
    assert summary.seconds == 30 + 100 + 10 + 20 + 5
    assert [p.seconds for p in summary.parts] == [40, 5]
    assert sum(p.seconds for p in summary.parts) < summary.seconds


def test_a_slide_only_shown_blanked_is_not_shown(deck):
    k, s, c = keeper_for(deck)
    show(k, s, c)
    show(k, s, c, Command.BLACK, 10)
    k.frame_shown(replace(s.frame, index=3))  # black screen while on slide 4
    c.tick(10)
    assert [p.slides_shown for p in k.summary().parts] == [(1,)]


def test_pain_scale_time_is_paused(deck):
    k, s, c = keeper_for(deck)
    show(k, s, c)
    show(k, s, c, Command.PAIN_SCALE, 10)
    show(k, s, c, Command.PAIN_SCALE, 45)
    c.tick(5)
    summary = k.summary()
    assert summary.parts[0].seconds == 15
    assert summary.seconds == 60


def test_a_preview_does_not_change_what_the_patient_sees(deck):
    k, s, c = keeper_for(deck)
    show(k, s, c)
    c.tick(10)
    k.frame_shown(s.preview(4))  # the doctor looks at slide 5 privately
    c.tick(20)
    parts = k.summary().parts
    assert [p.slides_shown for p in parts] == [(1,)]
    assert parts[0].seconds == 30


def test_summary_now_does_not_change_the_keeper(deck):
    k, s, c = keeper_for(deck)
    show(k, s, c)
    assert k.summary(now=T0 + 90).seconds == 90
    assert k.summary(now=T0 + 30).seconds == 30


def test_a_clock_set_back_never_makes_time_negative(deck):
    k, s, c = keeper_for(deck)
    show(k, s, c)
    show(k, s, c, Command.NEXT, -500)
    c.tick(10)
    summary = k.summary()
    assert summary.seconds == 10
    assert all(p.seconds >= 0 for p in summary.parts)


def test_date_is_the_local_start_time(deck):
    k, s, c = keeper_for(deck)
    c.tick(100)  # opened, then the patient screen starts later
    show(k, s, c)
    assert k.summary().date == datetime.fromtimestamp(T0 + 100).replace(microsecond=0)
    assert k.summary().to_json()["date"] == datetime.fromtimestamp(T0 + 100).isoformat(timespec="seconds")


def test_reloading_the_deck_keeps_what_was_recorded(deck):
    k, s, c = keeper_for(deck)
    walk(k, s, c, [10, 10])
    k.set_teach_back("1 第一部分", "请您用自己的话说说第一部分?", TeachBackResult.CORRECT)
    k.set_pain(4)
    new = parse_deck(ZH_DECK.replace("第一部分?", "第一部分在讲什么?"))
    k.load_deck(new)
    s.load(new)
    show(k, s, c, Command.NEXT, 10)
    c.tick(10)
    summary = k.summary()
    assert summary.deck.version == new.version
    assert [p.slides_shown for p in summary.parts] == [(1,), (2, 3), (4,)]
    assert summary.pain_score.score == 4
    rows = {(t.part, t.question): t.result for t in summary.teach_back}
    assert rows[("1 第一部分", "请您用自己的话说说第一部分?")] is TeachBackResult.CORRECT  # kept though the question changed
    assert rows[("1 第一部分", "请您用自己的话说说第一部分在讲什么?")] is TeachBackResult.NOT_ASSESSED


# -- teach-back, pain ------------------------------------------------------------------------

def test_teach_back_questions_per_part(deck):
    assert teach_back_questions(deck) == {
        "1 第一部分": ("请您用自己的话说说第一部分?",),
        "2 第二部分": ("请您说说第二部分?", "还有什么要注意?"),
    }


def test_teach_back_rows_cover_every_part_with_questions(deck):
    k, _s, _c = keeper_for(deck)
    k.set_teach_back("2 第二部分", "还有什么要注意?", TeachBackResult.NEEDS_REINFORCEMENT)
    rows = k.summary().teach_back
    assert [(r.part, r.question, r.result, r.result_label) for r in rows] == [
        ("1 第一部分", "请您用自己的话说说第一部分?", TeachBackResult.NOT_ASSESSED, "未评估"),
        ("2 第二部分", "请您说说第二部分?", TeachBackResult.NOT_ASSESSED, "未评估"),
        ("2 第二部分", "还有什么要注意?", TeachBackResult.NEEDS_REINFORCEMENT, "需要加强"),
    ]
    assert k.results("2 第二部分") == {"还有什么要注意?": TeachBackResult.NEEDS_REINFORCEMENT}
    assert k.results("1 第一部分") == {}


@pytest.mark.parametrize("result, zh, en", [
    (TeachBackResult.CORRECT, "正确", "correct"),
    (TeachBackResult.CORRECT_AFTER_REEXPLAINING, "再次讲解后正确", "correct after re-explaining"),
    (TeachBackResult.NEEDS_REINFORCEMENT, "需要加强", "needs reinforcement"),
    (TeachBackResult.NOT_ASSESSED, "未评估", "not assessed"),
    (TeachBackResult.DECLINED, "拒绝回答", "declined"),
])
def test_result_labels(result, zh, en):
    assert result.label("zh-CN") == zh
    assert result.label("en") == en


def test_teach_back_entry_is_a_frozen_payload():
    entry = TeachBackEntry("1 第一部分", "问?", TeachBackResult.CORRECT)
    with pytest.raises(AttributeError):
        entry.part = "x"


def test_pain_score_has_number_and_word(deck):
    k, _s, _c = keeper_for(deck)
    assert k.summary().pain_score is None
    k.set_pain(6)
    assert k.summary().pain_score == PainScore(score=6, word="中度", band="moderate")
    k.set_bands((2, 5))
    assert k.summary().pain_score.word == "重度"
    k.set_pain(None)
    assert k.summary().pain_score is None
    with pytest.raises(ValueError):
        k.set_pain(11)


# -- has_unsaved --------------------------------------------------------------------------

def test_just_opening_and_one_slide_is_nothing_to_save(deck):
    k, s, c = keeper_for(deck)
    assert not k.has_unsaved()
    show(k, s, c)
    show(k, s, c, Command.BLACK, 60)
    show(k, s, c, Command.BLACK, 60)
    assert not k.has_unsaved()
    show(k, s, c, Command.NEXT, 5)
    assert k.has_unsaved()


@pytest.mark.parametrize("record", [
    lambda k: k.set_teach_back("1 第一部分", "请您用自己的话说说第一部分?", TeachBackResult.DECLINED),
    lambda k: k.set_pain(0),
    lambda k: k.set_plan("两周后复诊"),
    lambda k: k.set_handout_given(True),
])
def test_anything_recorded_is_unsaved_until_saved(deck, record):
    k, _s, _c = keeper_for(deck)
    record(k)
    assert k.has_unsaved()
    k.mark_saved()
    assert not k.has_unsaved()
    record(k)  # the same again changes nothing
    assert not k.has_unsaved()


def test_a_new_slide_after_saving_is_unsaved_again(deck):
    k, s, c = keeper_for(deck)
    walk(k, s, c, [10])
    k.mark_saved()
    show(k, s, c, Command.PREV, 10)  # back to a slide already in the record
    assert not k.has_unsaved()
    show(k, s, c, Command.LAST, 10)
    assert k.has_unsaved()


# -- the summary and its text ------------------------------------------------------------

def full_record(deck_text: str = ZH_DECK):
    deck = parse_deck(deck_text, Path("/home/doctor/private/demo.md"), version="abc123def456")
    k, s, c = keeper_for(deck)
    walk(k, s, c, [30, 60, 90, 120])
    show(k, s, c, Command.BLACK, 40)
    c.tick(20)
    k.set_teach_back("1 第一部分", "请您用自己的话说说第一部分?", TeachBackResult.CORRECT)
    k.set_teach_back("2 第二部分", "请您说说第二部分?", TeachBackResult.CORRECT_AFTER_REEXPLAINING)
    k.set_pain(6)
    k.set_handout_given(True)
    k.set_plan("两周后复诊\n每天记录疼痛")
    return k.summary()


def test_summary_has_every_field_and_is_json():
    summary = full_record()
    data = summary.to_json()
    assert set(data) >= {"date", "minutes", "deck", "parts", "teach_back", "pain_score",
                         "handout_given", "plan"}
    assert summary.deck == DeckInfo(title="测试资料", version="abc123def456", file="demo.md")
    assert summary.minutes == 6.0
    assert isinstance(summary.minutes, float)
    assert summary.handout_given is True
    assert summary.plan == "两周后复诊\n每天记录疼痛"
    for p in data["parts"]:
        assert set(p) == {"part", "slides_shown", "seconds"}
        assert isinstance(p["seconds"], int)
    for t in data["teach_back"]:
        assert set(t) == {"part", "question", "result", "result_label"}
    assert json.loads(json.dumps(data)) == data


def test_summary_is_frozen():
    with pytest.raises(AttributeError):
        full_record().plan = "changed"  # type: ignore[misc]


# The JSON file's format before the summary was typed: the same keys, order and value types.
OLD_JSON = {
    "date": datetime.fromtimestamp(T0).isoformat(timespec="seconds"),
    "minutes": 6.0,
    "seconds": 360,
    "deck": {"title": "测试资料", "version": "abc123def456", "file": "demo.md"},
    "parts": [
        {"part": "开场", "slides_shown": [1], "seconds": 30},
        {"part": "1 第一部分", "slides_shown": [2, 3], "seconds": 150},
        {"part": "2 第二部分", "slides_shown": [4, 5], "seconds": 160},
    ],
    "teach_back": [
        {"part": "1 第一部分", "question": "请您用自己的话说说第一部分?", "result": "correct",
         "result_label": "正确"},
        {"part": "2 第二部分", "question": "请您说说第二部分?", "result": "correct_after_reexplaining",
         "result_label": "再次讲解后正确"},
        {"part": "2 第二部分", "question": "还有什么要注意?", "result": "not_assessed",
         "result_label": "未评估"},
    ],
    "pain_score": {"score": 6, "word": "中度", "band": "moderate"},
    "handout_given": True,
    "plan": "两周后复诊\n每天记录疼痛",
}


NEW_KEYS = ["planned_minutes", "slides_covered", "slides_skipped"]  # issue 18: added after the old ones


def test_to_json_is_the_old_shape_with_the_pace_and_skip_keys_after_it():
    # compared as JSON text: key order and 6.0 vs 6 count, which == on dicts would not see
    data = full_record().to_json()
    assert list(data)[len(OLD_JSON):] == NEW_KEYS
    old = {k: v for k, v in data.items() if k not in NEW_KEYS}
    assert json.dumps(old, ensure_ascii=False, indent=2) == json.dumps(OLD_JSON, ensure_ascii=False, indent=2)
    k, _s, _c = keeper_for(parse_deck("# 只有一页\n\n内容\n"))
    assert json.dumps(k.summary(now=T0).to_json(), ensure_ascii=False) == json.dumps({
        "date": datetime.fromtimestamp(T0).isoformat(timespec="seconds"), "minutes": 0.0, "seconds": 0,
        "deck": {"title": "只有一页", "version": k.summary().deck.version, "file": ""},
        "parts": [], "teach_back": [], "pain_score": None, "handout_given": False, "plan": "",
        "planned_minutes": 15, "slides_covered": [], "slides_skipped": [],
    }, ensure_ascii=False)


def test_summary_holds_no_notes_and_no_path():
    dumped = json.dumps(full_record().to_json(), ensure_ascii=False)
    assert "医生备注" not in dumped and "不能进入记录" not in dumped
    assert "/home/doctor" not in dumped and "private" not in dumped


def test_text_in_chinese_has_every_field():
    summary = full_record()
    text = to_text(summary, "zh")
    for expected in ["患者教育记录", "日期：" + summary.date.strftime("%Y-%m-%d"), "时长：6.0 分钟",
                     "资料：测试资料（版本 abc123def456，文件 demo.md）", "讲解内容：",
                     "开场：第 1 页，0.5 分钟", "1 第一部分：第 2-3 页，2.5 分钟",
                     "2 第二部分：第 4-5 页，2.7 分钟",
                     "复述评估：", "请您用自己的话说说第一部分? 结果：正确",
                     "请您说说第二部分? 结果：再次讲解后正确", "还有什么要注意? 结果：未评估",
                     "疼痛评分：6 (中度)", "已发放宣教资料：是", "计划：", "  两周后复诊", "  每天记录疼痛"]:
        assert expected in text, expected


def test_text_in_english_has_every_field():
    summary = full_record(EN_DECK)
    text = to_text(summary, "en")
    for expected in ["Patient education record", "Date: " + summary.date.strftime("%Y-%m-%d"), "Duration: 6.0 min",
                     "Material: 测试资料 (version abc123def456, file demo.md)", "Parts covered:",
                     "Introduction: slide 1, 0.5 min", "2 第二部分: slides 4-5, 2.7 min",
                     "Teach-back:", "Result: correct", "Result: correct after re-explaining",
                     "Result: not assessed", "Pain score: 6 (moderate)", "Handout given: yes",
                     "Plan:", "  两周后复诊"]:
        assert expected in text, expected


def test_text_is_plain_one_line_per_item():
    text = to_text(full_record(), "zh")
    assert "\t" not in text and "<" not in text and "**" not in text and "#" not in text
    assert all(line == line.rstrip() for line in text.splitlines())


def test_text_of_an_empty_record():
    k, _s, _c = keeper_for(parse_deck("# 只有一页\n\n内容\n"))
    zh = to_text(k.summary(), "zh")
    assert "疼痛评分：未评估" in zh and "已发放宣教资料：否" in zh and "计划：无" in zh
    assert "讲解内容：无" in zh and "复述评估：本资料无复述问题" in zh
    en = to_text(k.summary(), "en")
    assert "Pain score: not taken" in en and "Handout given: no" in en and "Plan: none" in en


def test_the_bundled_deck_gives_a_row_for_each_of_its_four_parts():
    deck = load_deck(REPO / "slides" / "ret-bone-metastasis.md")
    k, s, c = keeper_for(deck)
    walk(k, s, c, [20] * (len(deck) - 1))
    summary = k.summary()
    assert len({t.part for t in summary.teach_back}) == 4
    assert summary.deck.file == "ret-bone-metastasis.md"
    assert sum(p.seconds for p in summary.parts) == summary.seconds
    assert [i for p in summary.parts for i in p.slides_shown] == list(range(1, len(deck) + 1))


def test_record_keeps_planned_and_actual_minutes_and_covered_and_skipped_slides(deck):
    k, s, c = keeper_for(deck)
    k.set_planned_minutes(10)
    skipped = frozenset({1, 2})  # slides 2 and 3 left out for this patient
    s.set_skipped(skipped)
    k.set_skipped(skipped)
    walk(k, s, c, [60, 60])  # slides 1, 4, 5
    c.tick(60)
    summary = k.summary()
    assert (summary.planned_minutes, summary.minutes) == (10, 3.0)
    assert summary.slides_covered == (1, 4, 5) and summary.slides_skipped == (2, 3)
    data = summary.to_json()
    assert (data["planned_minutes"], data["slides_covered"], data["slides_skipped"]) == (10, [1, 4, 5], [2, 3])
    zh, en = to_text(summary, "zh"), to_text(summary, "en")
    assert "时长：3.0 分钟（计划 10 分钟）" in zh and "已讲页：1, 4-5" in zh and "本次跳过：2-3" in zh
    assert "Duration: 3.0 min (planned 10 min)" in en and "Skipped for this patient: 2-3" in en


def test_a_skipped_slide_shown_anyway_counts_as_covered(deck):
    k, s, c = keeper_for(deck)
    k.set_skipped(frozenset({1}))
    walk(k, s, c, [10])  # the session here does not skip: slide 2 is shown
    assert k.summary().slides_covered == (1, 2) and k.summary().slides_skipped == ()
    assert "Skipped" not in to_text(k.summary(), "en")
