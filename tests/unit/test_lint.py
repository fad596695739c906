"""The patient-slide lint rules (counsel_app.core.lint): each rule fires on a bad slide, not on a good one."""

from __future__ import annotations

from pathlib import Path

import pytest

from counsel_app.core.deck import parse_deck
from counsel_app.core.lint import Finding, lint_deck

REPO = Path(__file__).resolve().parents[2]
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def lint(text: str, base_dir: Path | None = None) -> list[Finding]:
    return lint_deck(parse_deck(text), base_dir)


def rules_on(findings: list[Finding], slide: int) -> list[str]:
    return [f.rule for f in findings if f.slide == slide]


def two_slides(good: str, bad: str) -> str:
    return f"{good}\n\n---\n\n{bad}\n"


def test_a_clean_deck_has_no_findings():
    text = ("# 什么是骨转移\n\n癌细胞跑到了骨头里。\n\n- 骨头会痛\n- 容易骨折\n\n"
            "<!-- 注释里的数字不算: 30% -->\n\n---\n\n# What the drug does\n\n**It stops the signal.**\n")
    assert lint(text) == []


def test_every_finding_has_both_languages():
    found = lint(two_slides("# ok", "# 30% *x*\n\n- a\n- b\n- c\n- d\n- e\n- f"))
    assert found
    for f in found:
        assert f.severity in ("error", "warning") and f.message_en and f.message_zh
        assert f.message("zh") == f.message_zh and f.message("en") == f.message_en


@pytest.mark.parametrize("items,severity", [(3, None), (4, "warning"), (5, "warning"), (6, "error")])
def test_bullets(items, severity):
    bad = "# 要点\n\n" + "\n".join(f"- 第{i}点" for i in range(items))
    found = [f for f in lint(two_slides("# 好\n\n- 一\n- 二", bad)) if f.rule == "bullets"]
    assert [(f.slide, f.severity) for f in found] == ([(2, severity)] if severity else [])


def test_bullets_count_nested_and_numbered_items():
    bad = "# 步骤\n\n1. 一\n   - 甲\n   - 乙\n2. 二"
    assert rules_on(lint(two_slides("# 好", bad)), 2) == ["bullets"]


def test_long_chinese_sentence():
    bad = "# 药\n\n这种靶向药物能够通过血液循环到达全身各处的骨转移病灶并发挥作用。"
    good = "# 药\n\n药随血液流到骨头。药能到达病灶！"
    found = lint(two_slides(good, bad))
    assert rules_on(found, 1) == [] and rules_on(found, 2) == ["long-sentence"]
    assert "31 个字" in found[0].message_zh  # 31 characters counted, the 。 not


def test_chinese_sentences_end_at_line_and_bullet_ends():
    lines = "# 药\n\n" + "\n".join(["药随血液流到骨头里的病灶"] * 3)  # 12 characters a line, no 。
    bullets = "# 药\n\n" + "\n".join(["- 药随血液流到骨头里的病灶"] * 3)
    assert lint(two_slides(lines, bullets)) == []


def test_a_long_heading_is_a_long_sentence():
    found = lint("# RET抑制剂对肺癌骨转移病人的骨头疼痛到底有没有明显的效果呢")
    assert rules_on(found, 1) == ["long-sentence"]


def test_long_english_sentence():
    bad = "# Drug\n\nThis medicine travels with the blood to every part of the body, including the bones where the cancer has spread."
    good = "# Drug\n\nThe medicine travels in the blood. It reaches the bones."
    found = lint(two_slides(good, bad))
    assert rules_on(found, 1) == [] and rules_on(found, 2) == ["long-sentence"]


@pytest.mark.parametrize("number", ["30%", "12.5 %", "百分之三十", "1/3", "三分之一", "0.5", "3‰"])
def test_numbers_patients_struggle_with(number):
    found = lint(two_slides("# 效果\n\n大约每 10 个人中有 3 个有效", f"# 效果\n\n有效的人约 {number} 倍"))
    assert rules_on(found, 1) == [] and rules_on(found, 2) == ["numbers"]
    assert number in found[0].message_en


@pytest.mark.parametrize("text", [
    "# 血压\n\n诊室血压 ≥ 140/90 mmHg",  # a blood pressure, not a fraction
    "# 文件\n\n输入 `dose=0.5` 即可",  # inline code
    "# 代码\n\n```\nrate = 30%\n```",  # a code block
    "# 图\n\n![骨头](img/v1.5/bone-30%.png)",  # a picture path
    "# 好\n\n<!-- 有效率约 30%, 即 1/3 -->",  # a note
])
def test_numbers_in_code_paths_and_notes_are_ignored(text):
    assert "numbers" not in rules_on(lint(text), 1)


@pytest.mark.parametrize("text", [
    "# 效果\n\n合理使用基础胰岛素，糖化血红蛋白平均可以下降1%到1.5%",
    "# Your diabetes\n\nAim for an HbA1c of 6.5% or lower",
])
def test_a_test_result_in_percent_is_no_number_to_reword(text):
    """The patient reads "糖化血红蛋白 7%" on the report: "about 3 in 10 people" would be wrong advice."""
    from counsel_app.core.percentages import percentage_kinds

    assert "numbers" not in rules_on(lint(text), 1)
    assert "numbers" in rules_on(lint(text.replace("糖化血红蛋白", "有效率").replace("HbA1c of", "success rate of")), 1)
    assert set(percentage_kinds(text, "zh" if "效果" in text else "en")) == {"measure"}  # not "relative": no finding


def test_notes_are_never_linted():
    note = "<!-- THIS NOTE HAS 30% AND *ITALICS* AND A VERY LONG SENTENCE THAT GOES ON AND ON AND ON FOR MANY MANY WORDS -->"
    assert lint(f"# 好\n\n药能到达骨头。\n\n{note}") == []


@pytest.mark.parametrize("bad,rule", [
    ("药能 *到达* 骨头", "italic"),
    ("药能 _到达_ 骨头", "italic"),
    ("药能 <u>到达</u> 骨头", "underline"),
    ("药能 ++到达++ 骨头", "underline"),
    ("药能 ~~到达~~ 骨头", "strikethrough"),
    ("Take it EVERY day", "all-caps"),
])
def test_emphasis(bad, rule):
    found = lint(two_slides("# 好\n\n药能 **到达** 骨头", f"# 坏\n\n{bad}"))
    assert rules_on(found, 1) == [] and rules_on(found, 2) == [rule]


def test_acronyms_and_words_with_digits_are_not_shouting():
    assert lint("# RET, EGFR, NSCLC, ALK, DNA, MRI, PET, CT\n\nHER2 and ROS1 and COVID19") == []


def test_remote_images_are_errors(tmp_path):
    (tmp_path / "ok.png").write_bytes(PNG)
    for src in ("https://example.org/a.png", "http://x/a.png", "ftp://x/a.png", "//cdn.example.org/a.png"):
        found = lint(two_slides("# 好\n\n![图](ok.png)", f"# 坏\n\n![图]({src})"), tmp_path)
        assert [(f.slide, f.severity, f.rule) for f in found] == [(2, "error", "image-remote")]
        assert "remote images are never loaded" in found[0].message_en


def test_missing_image_resolves_against_base_dir(tmp_path):
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "bone.png").write_bytes(PNG)
    (tmp_path / "img" / "骨头 1.png").write_bytes(PNG)
    good = "# 好\n\n![骨](img/bone.png) ![骨](<img/骨头 1.png>)"
    found = lint(two_slides(good, "# 坏\n\n![骨](img/nope.png)"), tmp_path)
    assert [(f.slide, f.severity, f.rule) for f in found] == [(2, "error", "image-missing")]
    assert "img/nope.png" in found[0].message_en


def test_relative_images_are_not_checked_without_base_dir():
    assert lint("# 好\n\n![骨](img/nope.png)", None) == []


@pytest.mark.parametrize("name,data", [
    ("empty.png", b""),
    ("text.png", b"this is not a picture"),
    ("broken.svg", b"<html>not svg</html>"),
    ("folder.png", None),
])
def test_unreadable_images_are_errors(tmp_path, name, data):
    if data is None:
        (tmp_path / name).mkdir()
    else:
        (tmp_path / name).write_bytes(data)
    (tmp_path / "ok.svg").write_text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')
    found = lint(two_slides("# 好\n\n![图](ok.svg)", f"# 坏\n\n![图]({name})"), tmp_path)
    assert [(f.slide, f.severity, f.rule) for f in found] == [(2, "error", "image-unreadable")]


@pytest.mark.parametrize("ref", [
    '<image href="https://example.org/x.png"/>',
    '<image xlink:href="file:///etc/x.png"/>',
    "<style>@import 'http://example.org/x.css';</style>",
])
def test_svg_with_external_resources_is_a_warning(tmp_path, ref):
    head = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
    (tmp_path / "ok.svg").write_text(head + '<image href="data:image/png;base64,AAAA"/><use href="#a"/></svg>')
    (tmp_path / "bad.svg").write_text(head + ref + "</svg>")
    found = lint(two_slides("# 好\n\n![图](ok.svg)", "# 坏\n\n![图](bad.svg)"), tmp_path)
    assert [(f.slide, f.severity, f.rule) for f in found] == [(2, "warning", "svg-external")]


@pytest.mark.parametrize("text", ["", "---\ntitle: x\n---\n", "<!-- only a note -->\n\n---\n\n"])
def test_an_empty_deck_is_an_error(text):
    assert [(f.slide, f.severity, f.rule) for f in lint(text)] == [(0, "error", "empty-deck")]


def test_the_bundled_decks_are_clean():
    from counsel_app.core.deck import load_deck

    for path in sorted((REPO / "slides").glob("ret-bone-metastasis*.md")):
        deck = load_deck(path)
        # "info" findings (praise on a slide, issue 14) are advice, not problems; item 9 of issue 14 reworks this deck
        assert [f for f in lint_deck(deck, deck.base_dir) if f.severity != "info"] == [], path.name


def test_an_inline_picture_needs_a_caption_and_marp_keywords_are_not_one(tmp_path):
    (tmp_path / "p.png").write_bytes(PNG)
    found = lint(two_slides("# 好\n\n![骨头里的药](p.png)", "# 坏\n\n![](p.png)\n\n---\n\n# 也坏\n\n![w:300 h:200](p.png)"),
                 tmp_path)
    assert [(f.slide, f.rule) for f in found] == [(2, "image-caption"), (3, "image-caption")]


def test_a_background_picture_needs_no_caption_and_is_resolved_like_any_picture(tmp_path):
    (tmp_path / "p.png").write_bytes(PNG)
    assert lint("# 图在右边\n\n![bg right:40%](p.png)\n\n- 一句话", tmp_path) == []
    found = lint("# 图在左边\n\n![bg left](nope.png)\n\n- 一句话", tmp_path)
    assert [(f.rule, f.severity) for f in found] == [("image-missing", "error")]


def test_text_over_a_whole_slide_background_is_a_warning_beside_it_is_not(tmp_path):
    (tmp_path / "p.png").write_bytes(PNG)
    found = lint(two_slides("![bg left](p.png)\n\n# 图在旁边", "![bg](p.png)\n\n# 字压在图上"), tmp_path)
    assert [(f.slide, f.rule) for f in found] == [(2, "text-over-picture")]
    assert lint("![bg 油门的图](p.png)", tmp_path) == []  # a picture alone: nothing to read over it
