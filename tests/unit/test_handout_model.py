"""What goes on the take-home handout: `build_handout` (pure, no Qt)."""

from pathlib import Path

from counsel_app.core.deck import load_deck, parse_deck
from counsel_app.core.handout_model import EN, ZH, build_handout

REPO = Path(__file__).resolve().parents[2]
SECRET = "NOTE-SECRET-123"

DECK = f"""---
title: 高血压管理
lang: zh-CN
---

<!-- _class: lead -->

# 高血压管理

每天量血压，按时吃药

王医生

<!-- {SECRET} 标题页的备注 -->

---

<!-- _class: part -->

# 1 什么是高血压

<!-- {SECRET} part -->

---

## 血压高了会伤害血管

![血管](pic.svg)

![网上的图](https://example.org/x.png)

![不存在的图](missing.png)

- 心脏要更用力
- 时间长了伤肾

<!-- {SECRET} 要说的话 -->
<!-- teach-back: 请您说说 {SECRET} -->

---

<!-- _class: part -->

# 2 怎么办

---

## 在家量血压

- 每天早晚各一次
- 记在本子上

---

## 给您的建议

1. 每天按时吃药
2. 少吃盐

<!-- {SECRET} advice notes -->

---

## 资料来源

- 《高血压指南》
"""


def make(tmp_path: Path, text: str = DECK):
    (tmp_path / "pic.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>',
                                      encoding="utf-8")
    path = tmp_path / "deck.md"
    path.write_text(text, encoding="utf-8")
    return load_deck(path)


def test_notes_never_reach_the_handout(tmp_path):
    deck = make(tmp_path)
    assert any(SECRET in s.notes for s in deck.slides)  # the deck has them ...
    handout = build_handout(deck)
    assert SECRET not in repr(handout)  # ... the handout has none, anywhere


def test_title_main_message_first_and_byline(tmp_path):
    handout = build_handout(make(tmp_path))
    assert handout.title == "高血压管理"
    assert handout.main_message == "每天量血压，按时吃药"
    assert handout.byline == ("王医生",)


def test_description_is_the_main_message_when_given(tmp_path):
    text = DECK.replace("lang: zh-CN\n", "lang: zh-CN\ndescription: 血压控制好, 中风少\n")
    handout = build_handout(make(tmp_path, text))
    assert handout.main_message == "血压控制好, 中风少"
    assert handout.byline == ("每天量血压，按时吃药", "王医生")


def test_without_a_title_slide_the_first_slide_title_is_the_message():
    deck = parse_deck("---\ntitle: 生活方式\n---\n\n## 少吃盐\n\n- 每天不超过5克\n\n---\n\n## 多走路\n")
    handout = build_handout(deck)
    assert (handout.title, handout.main_message) == ("生活方式", "少吃盐")
    assert [i.title for i in handout.items] == ["少吃盐", "多走路"]  # a content slide stays content
    untitled = build_handout(parse_deck("## 少吃盐\n\n- 每天不超过5克\n"))
    assert (untitled.title, untitled.main_message) == ("少吃盐", "")  # said once, not twice
    assert untitled.items[0].bullets == ("每天不超过5克",)


def test_sections_items_and_bullets(tmp_path):
    handout = build_handout(make(tmp_path))
    assert [s.title for s in handout.sections] == ["1 什么是高血压", "2 怎么办"]
    first, = handout.sections[0].items
    assert first.title == "血压高了会伤害血管"
    assert first.bullets == ("心脏要更用力", "时间长了伤肾")
    assert [i.title for i in handout.sections[1].items] == ["在家量血压"]  # advice is not repeated


def test_actions_come_from_the_advice_slide(tmp_path):
    handout = build_handout(make(tmp_path))
    assert handout.actions == ("每天按时吃药", "少吃盐")


def test_english_summary_slide_gives_the_actions():
    deck = parse_deck("# Care\n\n---\n\n## Pills\n\n- Take them\n\n---\n\n## Summary\n\n- Walk daily\n- Eat less salt\n")
    assert build_handout(deck).actions == ("Walk daily", "Eat less salt")


def test_without_an_advice_title_numbered_steps_of_the_last_part_are_the_actions():
    deck = parse_deck("<!-- _class: part -->\n\n# Part A\n\n---\n\n## Facts\n\n- one\n\n---\n\n"
                      "<!-- _class: part -->\n\n# Part B\n\n---\n\n## At home\n\n1. Rest\n2. Drink water\n")
    handout = build_handout(deck)
    assert handout.actions == ("Rest", "Drink water")
    assert [i.title for i in handout.items] == ["Facts"]


def test_shown_keeps_only_the_slides_shown(tmp_path):
    deck = make(tmp_path)
    handout = build_handout(deck, shown={3})
    assert [i.slide for i in handout.items] == [3]
    assert [s.title for s in handout.sections] == ["1 什么是高血压"]  # an empty part is left out
    assert handout.actions == ("每天按时吃药", "少吃盐")  # what to do is always on the handout
    assert build_handout(deck, shown=set()).items == ()


def test_pictures_are_absolute_existing_local_files(tmp_path):
    item = build_handout(make(tmp_path)).items[0]
    assert [p.path for p in item.pictures] == [(tmp_path / "pic.svg").resolve()]
    assert item.pictures[0].alt == "血管"


def test_pictures_need_a_known_folder():
    deck = parse_deck("## A\n\n![x](pic.svg)\n")
    assert build_handout(deck).items[0].pictures == ()


def test_sources_go_last_not_into_the_sections(tmp_path):
    handout = build_handout(make(tmp_path))
    assert handout.sources == ("《高血压指南》",)
    assert "资料来源" not in [i.title for i in handout.items]


def test_labels_follow_the_deck_language(tmp_path):
    handout = build_handout(make(tmp_path))
    assert handout.labels is ZH
    assert handout.labels.pain_diary == "疼痛日记 (0 = 不痛, 10 = 能想象的最痛)"
    assert (handout.labels.next_visit, handout.labels.contact) == ("下次复诊", "有问题请联系")
    assert build_handout(parse_deck("---\nlang: en\n---\n# A\n")).labels is EN
    assert build_handout(make(tmp_path), lang="en").labels is EN


def test_paragraphs_and_tables_keep_their_text():
    deck = parse_deck("## 吃药\n\n饭后吃。\n\n| 药 | 时间 |\n|---|---|\n| 甲 | 早上 |\n\n> 不要自己停药\n")
    texts = [b.text for b in build_handout(deck).items[0].blocks]
    assert texts == ["饭后吃。", "药  时间", "甲  早上", "不要自己停药"]


def test_bundled_deck_every_bullet_is_on_the_handout():
    deck = load_deck(REPO / "slides" / "ret-bone-metastasis.md")
    handout = build_handout(deck)
    assert len(handout.actions) == 3
    on_handout = {b for i in handout.items for b in i.bullets} | set(handout.actions) | set(handout.sources)
    for slide in deck.slides:
        for line in slide.body.splitlines():
            if line.startswith("- "):
                assert line[2:].strip() in on_handout, line
    assert all(p.path.is_file() for i in handout.items for p in i.pictures)
    assert sum(len(i.pictures) for i in handout.items) == 6  # four pictures, two icon arrays


def test_pictures_with_spaces_and_chinese_names_are_found(tmp_path):
    (tmp_path / "骨 图.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>', encoding="utf-8")
    deck = make(tmp_path, "## 骨\n\n![药物到骨头](骨%20图.svg)\n\n![药物到骨头](<骨 图.svg>)\n")
    pictures = build_handout(deck).items[0].pictures
    assert [p.path for p in pictures] == [(tmp_path / "骨 图.svg").resolve()] * 2


def test_background_pictures_are_on_the_handout_and_their_keywords_are_no_caption(tmp_path):
    (tmp_path / "pic.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 5"/>', encoding="utf-8")
    (tmp_path / "d.md").write_text("## 油门\n\n![bg right:40% contain 卡住的油门](pic.svg)\n\n橙色油门被卡住。\n\n---\n\n"
                                   "## 刹车\n\n![bg left](pic.svg)\n\n- 刹车踩下\n", encoding="utf-8")
    items = build_handout(load_deck(tmp_path / "d.md")).items
    assert [[(p.path.name, p.alt) for p in i.pictures] for i in items] == [[("pic.svg", "卡住的油门")], [("pic.svg", "")]]
    assert [b.text for b in items[0].blocks] == ["橙色油门被卡住。"]  # the caption stays text; no keyword is text
