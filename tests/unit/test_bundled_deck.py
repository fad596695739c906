"""The bundled deck (slides/ret-bone-metastasis.md and its English twin) keeps the counselling rules.

Pure checks, no Qt: the source article is carried word for word in the notes and in order, patient
slides stay short and free of percentages, fractions and decimals, the four parts come in order with
one teach-back each, every picture exists and is a plain self-contained SVG, and the English deck
matches the Chinese one slide for slide. The article is read from slides/ (a fresh clone has it).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from counsel_app.core.backgrounds import slide_images
from counsel_app.core.deck import load_deck
from counsel_app.core.icon_array import file_name, find_frequencies, icon_array_svg

REPO = Path(__file__).resolve().parents[2]
SLIDES = REPO / "slides"
IMG = REPO / "assets" / "img"
ZH = SLIDES / "ret-bone-metastasis.md"
EN = SLIDES / "ret-bone-metastasis.en.md"
SOURCE = SLIDES / "ret-bone-metastasis.source.txt"

PARTS = ["什么是RET融合", "药物怎样起作用", "可以期待什么效果", "怎样管理和照护"]
PICTURES = ["accelerator-brake.svg", "drug-to-bone.svg", "pain-scale.svg", "pain-scale-tall.svg", "care-calendar.svg",
            "icons-30-40-in-100.svg", "icons-1-2-in-100.svg"]

BULLET = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+\S")
IMAGE_MD = re.compile(r"!\[[^\]]*\]\([^)]*\)")
COMMENT = re.compile(r"<!--([\s\S]*?)-->")
SENTENCE_END = re.compile(r"(?<=[。?!？！])")


@pytest.fixture(scope="module")
def zh():
    return load_deck(ZH)


@pytest.fixture(scope="module")
def en():
    return load_deck(EN)


@pytest.fixture(scope="module")
def article() -> str:
    return SOURCE.read_text(encoding="utf-8")


def article_sentences(text: str) -> list[str]:
    """The article cut at 。?!？！ and at line ends, white space stripped, empty pieces dropped."""
    pieces = []
    for line in text.splitlines():
        pieces.extend(p.strip() for p in SENTENCE_END.split(line))
    return [p for p in pieces if p]


def visible_lines(body: str) -> list[str]:
    """Slide text lines a patient reads: headings, bullets, captions (image syntax removed)."""
    lines = []
    for line in IMAGE_MD.sub("", body).splitlines():
        line = re.sub(r"^\s*(?:#{1,6}\s+|[-*+]\s+|\d{1,9}[.)]\s+)", "", line).strip()
        if line:
            lines.append(line)
    return lines


# (a) -------------------------------------------------------------------------------------------

def test_source_article_is_present_and_not_empty(article):
    assert len(article_sentences(article)) > 50


def test_every_article_sentence_is_in_the_notes_in_order(zh, article):
    notes = "\n\n".join(s.notes for s in zh.slides)
    cursor = 0
    for sentence in article_sentences(article):
        found = notes.find(sentence, cursor)
        assert found >= 0, f"missing or out of order in the notes: {sentence!r}"
        cursor = found + len(sentence)


def test_every_quoted_passage_is_word_for_word_from_the_article(zh, article):
    passages = [c.split(":", 1)[1].strip() for s in zh.slides for c in s.comments if c.startswith("原文:")]
    assert passages
    for passage in passages:
        assert passage in article, f"not verbatim: {passage[:40]!r}"


def test_english_deck_has_a_source_passage_wherever_the_chinese_has_one(zh, en):
    for a, b in zip(zh.slides, en.slides):
        n_zh = sum(c.startswith("原文:") for c in a.comments)
        n_en = sum(c.startswith("Source:") for c in b.comments)
        assert n_zh == n_en, f"slide {a.index}: {n_zh} 原文 vs {n_en} Source"


# (b) -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", [ZH, EN], ids=["zh", "en"])
def test_at_most_three_bullets_and_one_picture_per_slide(path):
    for s in load_deck(path).slides:
        bullets = [ln for ln in s.body.splitlines() if BULLET.match(ln)]
        assert len(bullets) <= 3, f"slide {s.index} has {len(bullets)} bullets"
        assert len(s.images) <= 1, f"slide {s.index} has {len(s.images)} pictures"
        if s.images:
            assert len(bullets) <= 2, f"picture slide {s.index} has {len(bullets)} bullets"


# (c) -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", [ZH, EN], ids=["zh", "en"])
def test_no_percentages_fractions_or_decimals_on_slides(path):
    for s in load_deck(path).slides:
        shown = "\n".join(visible_lines(s.body))
        assert "%" not in shown and "％" not in shown, f"slide {s.index}: percentage"
        assert not re.search(r"\d\s*[/／⁄]\s*\d", shown), f"slide {s.index}: fraction"
        assert not re.search(r"\d[.．·]\d", shown), f"slide {s.index}: decimal"
        assert "分之" not in shown, f"slide {s.index}: fraction in words"
        assert not re.search(r"[½¼¾⅓⅔⅕-⅞]", shown), f"slide {s.index}: fraction sign"


def test_chinese_slide_sentences_are_short(zh):
    for s in zh.slides:
        for line in visible_lines(s.body):
            for sentence in SENTENCE_END.split(line):
                chars = re.sub(r"\s", "", sentence)
                assert len(chars) <= 20, f"slide {s.index}: {sentence!r} has {len(chars)} characters"


def test_english_slide_sentences_are_short(en):
    for s in en.slides:
        for line in visible_lines(s.body):
            for sentence in re.split(r"(?<=[.?!;])\s+", line):
                assert len(sentence.split()) <= 15, f"slide {s.index}: {sentence!r}"


@pytest.mark.parametrize("path", [ZH, EN], ids=["zh", "en"])
def test_no_emphasis_markup_on_slides(path):
    for s in load_deck(path).slides:
        body = IMAGE_MD.sub("", s.body)
        assert not re.search(r"\*\*|__|(?<![\w*])[*_]\w", body), f"slide {s.index}: emphasis"
        assert "<u>" not in body and "<em>" not in body and "<i>" not in body


# (d) -------------------------------------------------------------------------------------------

def test_the_four_parts_come_in_order_with_one_teach_back_each(zh, en):
    parts = [s for s in zh.slides if s.is_part]
    assert [s.title.lstrip("0123456789. ") for s in parts] == PARTS
    assert zh.slides[0].classes == ("lead",)
    part_starts = [s.index for s in parts]
    ends = [i - 1 for i in part_starts[1:]]
    questions = [(s.index, q) for s in zh.slides for q in s.teach_back]
    assert len(questions) == 4
    for (index, question), start in zip(questions, part_starts):
        assert index > start, "a teach-back must come after its part's slides"
        assert question.startswith("请您用自己的话说说") and question.endswith(("?", "？"))
        assert "明白了吗" not in question
    assert [i for i, _ in questions[:3]] == ends, "a teach-back closes each part on its last slide"
    en_questions = [(s.index, q) for s in en.slides for q in s.teach_back]
    assert [i for i, _ in en_questions] == [i for i, _ in questions]
    assert all(q.startswith("In your own words") and q.endswith("?") for _, q in en_questions)


def test_every_other_slide_has_a_level_two_heading_and_notes(zh, en):
    for deck in (zh, en):
        for s in deck.slides:
            assert s.notes.strip(), f"slide {s.index} has no speaker notes"
            if s.index == 1 or s.is_part:
                assert s.body.lstrip().startswith("# "), f"slide {s.index}"
            else:
                assert s.body.lstrip().startswith("## "), f"slide {s.index}"


def test_deck_metadata_and_closing_slides(zh, en):
    assert zh.lang == "zh-CN" and en.lang == "en"
    for deck in (zh, en):
        assert deck.meta.get("marp") == "true" and deck.meta.get("paginate") == "true"
        assert deck.meta.get("theme") == "default"
    assert 16 <= len(zh.slides) <= 22
    summary, source = zh.slides[-2], zh.slides[-1]
    assert "基因检测" in summary.body and "尽早" in summary.body and "复查" in summary.body
    assert "RET抑制剂对骨转移的效果好吗?" in source.body
    assert "同济医院肿瘤外科主任医师" in source.body and "请与您的医生讨论" in source.body


@pytest.mark.parametrize("path", [ZH, EN], ids=["zh", "en"])
def test_comment_text_never_contains_double_hyphens(path):
    raw = path.read_text(encoding="utf-8")
    for body in COMMENT.findall(raw):
        assert "--" not in body, f"'--' inside a comment: {body[:40]!r}"


# (e) -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", [ZH, EN], ids=["zh", "en"])
def test_every_picture_exists_under_assets_img(path):
    deck = load_deck(path)
    found = [img for s in deck.slides for img in s.images]
    assert found
    for img in found:
        target = (path.parent / img).resolve()
        assert target.parent == IMG.resolve(), f"{img} is not in assets/img"
        assert target.is_file(), f"{img} does not exist"


@pytest.mark.parametrize("name", PICTURES)
def test_pictures_are_plain_self_contained_svg(name):
    raw = (IMG / name).read_text(encoding="utf-8")
    root = ET.fromstring(raw)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert len(root.get("viewBox", "").split()) == 4
    tags = {el.tag.split("}")[-1] for el in root.iter()}
    assert not tags & {"script", "style", "image", "foreignObject", "use", "font", "font-face"}
    assert not re.search(r"<!ENTITY|<\?xml-stylesheet|@import", raw)
    for el in root.iter():  # no links out of the file (the xmlns declaration is not an attribute here)
        for key, value in el.attrib.items():
            assert "href" not in key and "url(" not in value and "://" not in value, f"{key}={value}"
    texts = [el.text or "" for el in root.iter() if el.tag.endswith("}text")]
    if name.startswith("pain-scale"):
        assert sorted(int(t) for t in texts) == list(range(11))
    else:
        assert texts == [], "captions go on the slide, not in the picture"


# (f) -------------------------------------------------------------------------------------------

def test_english_deck_matches_slide_for_slide(zh, en):
    assert len(en.slides) == len(zh.slides)
    assert [s.images for s in en.slides] == [s.images for s in zh.slides]
    assert [s.classes for s in en.slides] == [s.classes for s in zh.slides]
    for a, b in zip(zh.slides, en.slides):
        assert a.body.count("\n- ") == b.body.count("\n- "), f"slide {a.index}: bullet count differs"


# (g) pictures beside the text, icon arrays, names a patient hears ----------------------------------

@pytest.mark.parametrize("path", [ZH, EN], ids=["zh", "en"])
def test_every_picture_stands_beside_the_text_as_a_split_background(path):
    for s in load_deck(path).slides:
        for image in slide_images(s.html):
            o = image.options
            assert o.background and o.split and 40 <= o.split_size <= 50 and o.size == "contain", (
                f"slide {s.index}: {image.src} is not beside the text, whole, on 40-50% of the width")


@pytest.mark.parametrize("path", [ZH, EN], ids=["zh", "en"])
def test_each_natural_frequency_slide_shows_its_icon_array_on_one_denominator(path):
    found = []
    for s in load_deck(path).slides:
        shown = "\n".join(visible_lines(s.body))
        for freq in find_frequencies(shown):
            found.append(freq.per)
            name = file_name(freq)
            assert [i.src.rsplit("/", 1)[-1] for i in slide_images(s.html)] == [name], f"slide {s.index}"
            assert (IMG / name).read_text(encoding="utf-8") == icon_array_svg(freq), f"{name} is not up to date"
    assert found == [100, 100], "the two frequencies patients compare use the same denominator"


def test_the_names_patients_hear_at_the_pharmacy_are_on_the_slides(zh, en):
    zh_shown = "\n".join(line for s in zh.slides for line in visible_lines(s.body))
    en_shown = "\n".join(line for s in en.slides for line in visible_lines(s.body))
    for name in ("普拉替尼", "塞普替尼", "双膦酸盐", "地舒单抗"):
        assert name in zh_shown
    for name in ("pralsetinib", "selpercatinib", "bisphosphonate", "denosumab"):
        assert name in en_shown


def test_slide_words_say_what_the_article_says(zh, en):
    """A clinician's corrections (issue 14): 'can be seen', 'curb', reports not a usual course,
    isolated lesions, the caption's colour as drawn."""
    shown = {s.index: "\n".join(visible_lines(s.body)) for s in zh.slides}
    assert "也能看到缩小" in shown[12] and "会缩小" not in shown[12]
    assert "遏制" in shown[10] and "阻止" not in shown[10]
    assert "说" in zh.slides[13].title and "常在" not in shown[14]
    assert "单个病灶" in shown[20]
    assert "橙色油门" in shown[6] and "红色" not in shown[6]
    svg = (IMG / "accelerator-brake.svg").read_text(encoding="utf-8")
    assert "#E65100" in svg  # the pedal is drawn orange
    en_shown = {s.index: "\n".join(visible_lines(s.body)) for s in en.slides}
    assert "Orange" in en_shown[6] and "curbs" in en_shown[10] and "single spot" in en_shown[20]
