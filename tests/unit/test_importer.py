"""The article importer: every sentence survives in the notes, slides follow the counselling rules."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counsel_app.core.deck import parse_deck
from counsel_app.core.importer import (
    PART_TITLES,
    ImportResult,
    coverage_gaps,
    detect_lang,
    import_article,
    split_sentences,
)
from counsel_app.core.percentages import rewrite_shares
from counsel_app.core.frequencies import same_denominator

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
SEED = ARTICLES / "ret_seed_zh.txt"
ALL = sorted(p.name for p in ARTICLES.iterdir() if p.suffix in (".txt", ".md"))


def read(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


def notes_of(deck) -> str:
    return "\n\n".join(s.notes for s in deck.slides)


def bullets_of(slide) -> list[str]:
    return [ln for ln in slide.body.split("\n") if re.match(r"^\s*(?:[-*+]|\d+[.)])\s", ln)]


def unescape(md: str) -> str:
    return re.sub(r"\\(.)", r"\1", md.replace("&lt;", "<"))


def part_indexes(deck) -> list[int]:
    return [i for i, s in enumerate(deck.slides) if s.is_part]


def check_rules(text: str, result: ImportResult) -> None:
    """The rules every imported deck obeys."""
    deck = parse_deck(result.markdown)
    lang = result.report.lang
    assert coverage_gaps(text, notes_of(deck)) == []
    # front matter and the title slide
    assert result.markdown.startswith("---\nmarp: true\n")
    assert deck.lang == ("zh-CN" if lang == "zh" else "en")
    assert deck.slides[0].classes == ("lead",)
    # no thematic break inside a slide: every '---' line is a slide separator or the front matter
    assert sum(1 for ln in result.markdown.split("\n") if ln.strip() in ("---", "***", "___")) == 2 + len(deck) - 1
    assert len(deck) == result.report.slides
    # no '-->' inside a comment: every comment closes where it should
    for body in re.findall(r"<!--(.*?)-->", result.markdown, flags=re.S):
        assert "<!--" not in body and "\n" not in body
    parts = part_indexes(deck)
    assert parts, "at least one part"
    # parts appear in the canonical order, numbered 1..n
    titles = [deck.slides[i].title for i in parts]
    canonical = [PART_TITLES[lang].index(t.split(". ", 1)[1]) for t in titles]
    assert canonical == sorted(set(canonical))
    assert [t.split(".")[0] for t in titles] == [str(i + 1) for i in range(len(titles))]
    ends = parts[1:] + [len(deck)]
    for start, end in zip(parts, ends):
        assert end - start >= 2, "every part has content"
        for s in deck.slides[start + 1:end - 1]:
            assert s.teach_back == ()
        (question,) = deck.slides[end - 1].teach_back
        assert question.endswith(("?", "？"))
        assert ("请您用自己的话说说" if lang == "zh" else "In your own words") in question
    kept = rewrite_shares(text, lang)  # shares of people as frequencies, other percentages as written
    for top in (100, 1000):  # and over the larger denominator of a part's other frequencies
        kept += "\n" + same_denominator([kept, f"每{top}人中有1人" if lang == "zh" else f"1 in {top} people"], lang)[0]
    source_words = kept.lower()
    source_words += "\n" + re.sub(r"[（(][^（）()]*[)）]", "", source_words)  # asides may be cut from a bullet
    for s in deck.slides[1:]:
        assert not s.is_part or not bullets_of(s)
        if s.is_part:
            continue
        assert s.title
        assert len(bullets_of(s)) <= 3
        words = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s.body)  # a picture's Marp keywords (right:40%) are no words
        for pct in re.findall(r"[0-9.]+\s*[%％]", words + s.title):
            assert pct in kept, f"{pct} on a slide: only a percentage that is not a share of people stays"
        assert s.notes, "every content slide carries its source"
        for line in bullets_of(s):
            words = unescape(re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", line)).lower()
            # only the article's own words: every word (en) / character pair (zh) is in the article
            if lang == "en":
                pieces = re.findall(r"[a-z0-9']+", words)
            else:  # a point's "label：content" joins two runs of the article's words
                pieces = []
                for run in words.split("："):
                    chars = [c for c in run if c.isalnum()]
                    pieces += [a + b for a, b in zip(chars, chars[1:])]
            compact = "".join(c for c in source_words if c.isalnum()) if lang == "zh" else source_words
            for piece in pieces:
                assert piece in compact, (piece, line)


# --- the seed article -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text(encoding="utf-8")
    return text, import_article(text)


def test_seed_copy_is_the_shared_seed():
    # The copy of /work/shared/seeds/000_9003309d8335a305.txt (compared byte for byte when it was
    # copied); its digest is kept here so an edit to the copy cannot go unnoticed on any machine.
    digest = hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert digest == "fcf830acd6953943681a504fe13d097623a13b0f404546e6c28986bc6c9ba39f"


def test_seed_every_sentence_is_in_the_notes_in_order(seed):
    text, result = seed
    deck = parse_deck(result.markdown)
    assert coverage_gaps(text, notes_of(deck)) == []
    assert len(split_sentences(text)) > 60


def test_seed_has_the_four_parts_in_order(seed):
    _text, result = seed
    deck = parse_deck(result.markdown)
    titles = [deck.slides[i].title for i in part_indexes(deck)]
    assert titles == ["1. 这是什么病", "2. 治疗怎样起作用", "3. 可以期待什么效果", "4. 怎样管理和照护"]
    assert [p.part for p in result.report.parts] == [1, 2, 3, 4]


def test_seed_slide_rules(seed):
    text, result = seed
    check_rules(text, result)
    deck = parse_deck(result.markdown)
    assert max(len(bullets_of(s)) for s in deck.slides) <= 3
    for s in deck.slides:
        assert "%" not in re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s.body)  # picture keywords (right:40%) aside
    assert "约每100人中有30到40人" in result.markdown  # 30%-40% on a slide, over 100 as 1%-2% next to it


def test_seed_teach_back_after_each_part(seed):
    _text, result = seed
    deck = parse_deck(result.markdown)
    parts = part_indexes(deck)
    lasts = [i - 1 for i in parts[1:]] + [len(deck) - 1]
    questions = [deck.slides[i].teach_back[0] for i in lasts]
    firsts = [deck.slides[i + 1].title.rstrip("?？") for i in parts]
    # about this part's own content: its first slide's title; what to do at home after the care part
    assert questions[:3] == [f"请您用自己的话说说, “{t}”是什么意思?" for t in firsts[:3]]
    assert questions[3] == "请您用自己的话说说, 回家后要做哪几件事?"
    assert sum(len(s.teach_back) for s in deck.slides) == 4


def test_seed_title_is_the_first_line(seed):
    text, result = seed
    first = text.split("\n")[0].strip()
    assert result.report.title == first
    deck = parse_deck(result.markdown)
    assert deck.title == first and deck.slides[0].title == first
    assert deck.slides[0].notes == f"原文: {first}"


def test_seed_headings_go_to_sensible_parts(seed):
    _text, result = seed
    report = result.report
    assert json.loads(report.to_json())["headings"][0]["part"] == 1  # JSON-able
    assert report.lang == "zh" and report.lead_paragraphs == 1
    got = [(h.heading[:6], h.part) for h in report.headings]
    assert got == [("导语:RET", 1), ("RET抑制剂", 2), ("RET抑制剂", 3), ("相比传统治疗", 3),
                   ("临床实践中,", 4), ("总结与建议:", 4)]
    assert [h.part for h in report.headings] == sorted(h.part for h in report.headings)


def test_seed_numbered_points_stay_a_list(seed):
    _text, result = seed
    for n, label in enumerate(["联合骨改良药物", "关注疼痛评估", "警惕和管理副作用", "局部治疗仍有价值"], start=1):
        line = next(ln for ln in result.markdown.split("\n") if ln.startswith(f"{n}. {label}"))
        assert line.startswith(f"{n}. {label}：") and len(line) > len(f"{n}. {label}：") + 6  # the label and its content


def test_bundled_hand_curated_deck_keeps_every_sentence():
    slides = Path(__file__).resolve().parents[2] / "slides"
    source = slides / "ret-bone-metastasis.source.txt"
    deck_path = slides / "ret-bone-metastasis.md"
    if not (source.exists() and deck_path.exists()):
        pytest.skip("no bundled deck")
    deck = parse_deck(deck_path.read_text(encoding="utf-8"))
    assert coverage_gaps(source.read_text(encoding="utf-8"), notes_of(deck)) == []


# --- the other articles -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ALL)
def test_every_article_obeys_the_rules(name):
    text = read(name)
    check_rules(text, import_article(text))


def test_markdown_headings_article():
    text = read("handwashing_md_zh.md")
    result = import_article(text)
    assert result.report.title == "勤洗手，少生病"
    assert result.report.markdown_input is True
    assert [(h.heading, h.part) for h in result.report.headings] == [
        ("什么是手卫生", 1), ("洗手的方法", 2), ("洗手能带来什么好处", 3), ("日常注意事项", 4)]
    deck = parse_deck(result.markdown)
    assert "## 洗手的方法" in result.markdown
    assert "原文: ## " not in result.markdown  # heading marks are markup, not words
    bodies = "\n".join(s.body for s in deck.slides)
    # a share of people, on the slide as a frequency, with the group "其中" points at
    assert "- 如果全家有10个人，其中约每10人中有3人饭前不洗手" in bodies
    assert "其中30%的人饭前不洗手" in notes_of(deck)  # and as written in the notes


def test_article_without_headings():
    text = read("home_bp_paragraphs_zh.txt")
    result = import_article(text)
    report = result.report
    assert report.headings == () and report.lead_paragraphs == 1
    assert report.title_from == "first sentence"
    assert report.title == split_sentences(text)[0]
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    assert report.sections == len(paragraphs) - 1
    deck = parse_deck(result.markdown)
    assert len(part_indexes(deck)) == 4  # the paragraphs spread over the parts, in order


def test_english_article():
    text = read("home_bp_en.txt")
    result = import_article(text)
    assert result.report.lang == "en"
    assert result.report.title == "Checking Your Blood Pressure at Home"
    deck = parse_deck(result.markdown)
    assert [deck.slides[i].title for i in part_indexes(deck)] == [
        f"{n}. {t}" for n, t in enumerate(PART_TITLES["en"], start=1)]
    assert all(c.startswith(("Source: ", "teach-back: ")) for s in deck.slides for c in s.comments)
    assert "if 20% of people in a waiting room feel nervous" in notes_of(deck)  # the source as written
    assert not any("20%" in s.body for s in deck.slides)
    heads = {h.heading: h.part for h in result.report.headings}
    assert heads["What is blood pressure?"] == 1 and heads["How the monitor works"] == 2
    assert heads["What results to expect"] == 3 and heads["How to manage your readings"] == 4


def test_a_share_of_people_on_a_slide_is_a_natural_frequency():
    text = "Nerves at the clinic\n\nAbout 20% of people feel nervous at the clinic.\n"
    deck = parse_deck(import_article(text).markdown)
    bodies = "\n".join(s.body for s in deck.slides)
    assert "- About 2 in 10 people feel nervous at the clinic" in bodies
    assert "Source: About 20% of people feel nervous at the clinic." in notes_of(deck)


def test_numbered_lists_article():
    text = read("lists_zh.txt")
    result = import_article(text)
    md = result.markdown
    for n, step in enumerate(["先用肥皂和清水把自己的手洗干净", "用干净的纱布按压伤口止血"], start=1):
        assert f"\n{n}. {step}\n" in md
    assert "\n1. 每天检查一次伤口，敷料湿了或脏了就要更换\n" in md  # 1、 style
    assert "伤口很深" in md and "被动物咬伤" in md  # （1） and ① style
    assert "什么时候要去看医生？" in [h.heading for h in result.report.headings]


# --- the rules on awkward input -------------------------------------------------------------------


def test_comment_closers_and_rules_in_the_article_are_made_safe():
    text = ("A test title\n\nThe arrow --> points on. Keep going.\n\n---\n\n***\n\n"
            "Second part\nMore text here --> and there.\n")
    result = import_article(text)
    check_rules(text, result)
    deck = parse_deck(result.markdown)
    assert "--&gt;" in notes_of(deck)


def test_the_language_can_be_forced():
    text = read("handwashing_md_zh.md")
    result = import_article(text, lang="en")
    assert result.report.lang == "en" and "<!-- Source: " in result.markdown
    assert import_article(text, lang="zh-CN").report.lang == "zh"


@pytest.mark.parametrize("text", ["", "   \n\n", "---\n***\n", "一", "?", "# \n\n## \n", "<!-- x -->"])
def test_empty_and_tiny_inputs_do_not_raise(text):
    result = import_article(text)
    deck = parse_deck(result.markdown)
    assert coverage_gaps(text, notes_of(deck)) == []


def test_detect_lang():
    assert detect_lang("RET抑制剂对骨转移的效果好吗") == "zh"
    assert detect_lang("Wash your hands often") == "en"
    assert detect_lang("") == "en"


# --- sentences and coverage ----------------------------------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("你知道吗?在肺癌患者中。一旦发生！好", ["你知道吗?", "在肺癌患者中。", "一旦发生！", "好"]),
    ("他说：“好。”然后走了。", ["他说：“好。”", "然后走了。"]),
    ("第一行\n第二行。", ["第一行", "第二行。"]),
    ("Take 3.5 mg daily. Then rest.", ["Take 3.5 mg daily.", "Then rest."]),
    ("Ask Dr. Lee, e.g. at the clinic. Done!", ["Ask Dr. Lee, e.g. at the clinic.", "Done!"]),
    ("1. Wash your hands. 2. Dry them.", ["1. Wash your hands.", "2. Dry them."]),
    ("## A heading\n\n- a bullet\n> quoted. Text", ["A heading", "a bullet", "quoted.", "Text"]),
    ("---\n***\n\n", []),
    ("Is it safe? Yes.", ["Is it safe?", "Yes."]),
    ("Vitamin D. It helps.", ["Vitamin D.", "It helps."]),
])
def test_split_sentences(text, want):
    assert split_sentences(text) == want


def test_coverage_gaps_finds_missing_and_out_of_order_sentences():
    article = "一。二。三。"
    assert coverage_gaps(article, "原文: 一。二。三。") == []
    assert coverage_gaps(article, "原文: 一。三。") == ["二。"]
    assert coverage_gaps(article, "三。二。一。") == ["二。", "三。"]
    assert coverage_gaps("a --> b.", "Source: a --&gt; b.") == []
    assert coverage_gaps("a --> b.", "Source: a → b.") == []


# --- property: any text made of sentences ----------------------------------------------------------

_ZH = st.text(alphabet="的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞RET0123456789%",
               min_size=1, max_size=30)
_EN_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEF0123456789'-", min_size=1, max_size=9)
_EN = st.lists(_EN_WORD, min_size=1, max_size=20).map(" ".join)
_END = st.sampled_from(["。", "！", "？", "?", "!", ".", "", ",", "；", "…", "。”", ". ", " -->", "%"])
_PREFIX = st.sampled_from(["", "", "", "# ", "## ", "1. ", "2、", "（3）", "①", "- ", "> ", "一、", "* "])
_SENTENCE = st.tuples(_PREFIX, st.one_of(_ZH, _EN), _END).map("".join)
_LINE = st.lists(_SENTENCE, min_size=1, max_size=4).map(lambda xs: "".join(xs))
_SEP = st.sampled_from(["\n", "\n", "\n\n", "\r\n", "\n\n---\n\n", "\n   \n"])
_ARTICLE = st.lists(st.tuples(_LINE, _SEP), min_size=1, max_size=14).map(
    lambda xs: "".join(a + b for a, b in xs))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ARTICLE)
def test_property_every_sentence_survives(text):
    result = import_article(text)
    json.loads(result.report.to_json())
    deck = parse_deck(result.markdown)
    assert coverage_gaps(text, notes_of(deck)) == []
    for s in deck.slides:
        assert len(bullets_of(s)) <= 3
    assert sum(1 for ln in result.markdown.split("\n") if ln.strip() in ("---", "***", "___")) == 2 + len(deck) - 1


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_property_any_text_never_raises(text):
    result = import_article(text)
    deck = parse_deck(result.markdown)
    assert coverage_gaps(text, notes_of(deck)) == []


def test_a_relative_change_keeps_its_number_on_the_slide():
    text = "骨保护药物\n\n双膦酸盐可使骨折风险降低35%。\n"
    deck = parse_deck(import_article(text).markdown)
    bodies = "\n".join(s.body for s in deck.slides)
    assert "双膦酸盐可使骨折风险降低35%" in bodies
    assert "每100" not in bodies


def test_a_numbered_label_point_shows_its_content_with_the_warning_signs():
    text = ("肺炎的居家护理\n\n出院后还要注意以下几点。\n"
            "1. 按时服药：抗生素要吃完整个疗程，不要自行停药。\n"
            "2. 及时复诊：出现发热、呼吸困难或咯血，要马上来医院。\n")
    md = import_article(text).markdown
    assert "\n2. 及时复诊：出现发热、呼吸困难或咯血，要马上来医院\n" in md
    assert "不要自行停药" in "\n".join(s.body for s in parse_deck(md).slides)


@pytest.mark.parametrize("sentence, kept", [
    ("过去，这类患者主要靠化疗来控制病情，副作用较大，很多人难以坚持下去。", "过去"),
    ("多数患者治疗后，咳嗽可以明显减轻，生活质量也会随之慢慢提高。", "多数患者"),
])
def test_a_bullet_cut_from_a_sentence_keeps_its_qualifier(sentence, kept):
    md = import_article(f"治疗简介\n\n{sentence}\n").markdown
    bullets = [ln for ln in md.split("\n") if ln.startswith("- ")]
    assert bullets and all(kept in b for b in bullets), bullets


def test_seed_facts_a_patient_must_see_reach_the_slides(seed):
    from seed_facts import SEED_FACTS, facts_on_slides

    _text, result = seed
    deck = parse_deck(result.markdown)
    found = facts_on_slides([s.title + "\n" + s.body for s in deck.slides])
    # the importer before issue 14 showed 8 of these 19, 12 before fact marks; the target is 15.
    # all 19: "3-4 in 10" is on the slide as "每100人中有30到40人" (over 100, as "1 to 2 in 100" next to it)
    assert len(found) == len(SEED_FACTS), [name for name, _ in SEED_FACTS if name not in found]


@pytest.mark.parametrize("paragraph, bullet", [
    # an image in two halves stays whole: the treatment is the brake
    ("过去主要靠化疗。RET基因融合就像给癌细胞装了一个“加速引擎”,而RET抑制剂就是精准的“刹车”。",
     "RET基因融合就像给癌细胞装了一个“加速引擎”,而RET抑制剂就是精准的“刹车”"),
    # the names the patient will hear at the pharmacy stay with the clause that says what the drug does
    ("RET抑制剂(如普拉替尼、塞普替尼)的口服小分子,能像一把特制的钥匙,牢牢锁住这个异常的信号开关。",
     "RET抑制剂(如普拉替尼、塞普替尼)的口服小分子,能像一把特制的钥匙,牢牢锁住这个异常的信号开关"),
    # how soon and how much less medicine: facts the patient plans by
    ("很多患者在用药几周内就反馈,身体里的“钝痛”或“刺痛感”明显减轻了,甚至可以不依赖大剂量的止痛药了。",
     "很多患者在用药几周内就反馈,身体里的“钝痛”或“刺痛感”明显减轻了,甚至可以不依赖大剂量的止痛药了"),
    # a share of people stated before a question is a statement
    ("而对于其中约占1%-2%的RET融合阳性肺癌患者,一个关键问题摆在了面前:RET抑制剂对骨转移的效果好吗?",
     "其中约每100人中有1到2人是RET融合阳性肺癌患者"),
])
def test_a_fact_the_patient_needs_reaches_a_slide(paragraph, bullet):
    md = import_article(f"药物怎样起作用\n\n{paragraph}\n").markdown
    assert bullet in [unescape(ln[2:]) for ln in md.split("\n") if ln.startswith("- ")]


def test_warning_signs_get_their_own_slide_at_the_end_of_the_care_part():
    text = ("哮喘的日常管理\n\n什么是哮喘\n哮喘是气道的慢性炎症。\n\n日常注意事项\n每天按时使用吸入药物。"
            "如果出现说话困难、嘴唇发紫，要立即拨打120。\n")
    deck = parse_deck(import_article(text).markdown)
    last = deck.slides[-1]
    assert last.title == "什么时候要马上求助"
    assert "如果出现说话困难、嘴唇发紫，要立即拨打120" in last.body
    assert last.teach_back == ("请您用自己的话说说, 回家后要做哪几件事, 出现哪些情况要马上来医院?",)


def test_the_report_lists_every_bullet_with_its_source_and_flags():
    text = "骨保护药物\n\n双膦酸盐可使骨折风险降低35%。约30%的患者会出现轻微发热，通常两三天内自行消退，不需要特别处理。\n"
    result = import_article(text)
    deck = parse_deck(result.markdown)
    on_slides = [unescape(ln[2:]) for s in deck.slides for ln in bullets_of(s)]
    assert [b.text for b in result.report.bullets] == on_slides
    by_text = {b.text: b for b in result.report.bullets}
    relative = by_text["双膦酸盐可使骨折风险降低35%"]
    assert relative.source == "双膦酸盐可使骨折风险降低35%。" and "relative-change" in relative.flags
    share = next(b for b in result.report.bullets if "frequency" in b.flags)
    assert share.source.startswith("约30%的患者") and "约每10名患者中有3名" in share.text
    assert deck.slides[share.slide - 1].body.count(share.text) == 1
    assert json.loads(result.report.to_json())["bullets"][0]["flags"]


def test_a_continuation_slide_of_points_is_titled_by_their_labels(seed):
    _text, result = seed
    titles = [t for p in result.report.parts for t in p.slide_titles]
    # points 1-2 open the section's own slide (its remarks for doctors stay in the notes); 3-4 go on
    assert "警惕和管理副作用、局部治疗仍有价值" in titles
    assert not any(t.startswith("临床实践中") and t.endswith("（续）") for t in titles)


@pytest.mark.parametrize("sentence, bullet", [
    # a subject keeps its predicate across an aside; a list keeps its items
    ("Losing even a small amount of weight, such as 5% of your body weight, often improves blood sugar.",
     "Losing even a small amount of weight, such as 5% of your body weight, often improves blood sugar"),
    ("Over years, high blood sugar can damage the eyes, the kidneys, the nerves of the feet and the heart.",
     "High blood sugar can damage the eyes, the kidneys, the nerves of the feet and the heart"),
    # a verb in a series keeps its subject; a subject keeps its verb across an aside
    ("The cuff fills with air, squeezes the arm for a moment, and then slowly lets the air out.",
     "The cuff fills with air, squeezes the arm for a moment, and then slowly lets the air out"),
    ("Readings taken at home, in a calm and familiar place, add to the readings taken at the clinic.",
     "Readings taken at home, in a calm and familiar place, add to the readings taken at the clinic"),
])
def test_an_english_bullet_is_a_complete_clause(sentence, bullet):
    md = import_article(f"Diabetes care\n\n{sentence}\n").markdown
    assert f"\n- {bullet}\n" in md


@pytest.mark.parametrize("text, shown, not_shown", [
    # Chinese: "3 to 4 in 10" next to "1 to 2 in 100" hides that one is 20-40 times rarer
    ("骨转移\n\n在肺癌患者中，骨转移的发生率高达30%-40%。其中约占1%-2%的患者是RET融合阳性。\n",
     ["约每100人中有30到40人", "约每100名患者中有1到2名"], ["每10人中有3到4人"]),
    # English, in one part on two slides
    ("Falls\n\nWhat a fall means\n\nAbout 30% of older adults fall each year.\n\nAbout 1% of older adults break a hip.\n",
     ["About 30 in 100 older adults fall each year", "About 1 in 100 older adults break a hip"], ["3 in 10"]),
    # a relative change next to a share of people: only the share is a frequency, its denominator its own
    ("Falls\n\nAbout 30% of older adults fall each year. Exercise can reduce falls by 25%.\n",
     ["About 3 in 10 older adults fall each year", "by 25%"], ["30 in 100"]),
])
def test_frequencies_a_patient_compares_have_one_denominator(text, shown, not_shown):
    deck = parse_deck(import_article(text).markdown)
    bodies = "\n".join(unescape(s.body) for s in deck.slides)
    for line in shown:
        assert line in bodies
    for line in not_shown:
        assert line not in bodies


@pytest.mark.parametrize("sentence, bullet", [
    # the group a share is counted in stays with it ("15 in 100 smokers", not "15 in 100 people")
    ("吸烟的人中，约有15%会患上慢阻肺，而且多数人早期没有明显症状。", "吸烟的人中，约每100人中有15人会患上慢阻肺"),
    ("服用芳香化酶抑制剂的患者，约有30%会出现关节疼痛或僵硬，早晨起床时尤其明显。",
     "服用芳香化酶抑制剂的患者，约每10人中有3人会出现关节疼痛或僵硬"),
    # the group of a finding stays with it
    ("服用芳香化酶抑制剂的患者，血脂可能会有一些升高，这与雌激素水平下降有关。", "服用芳香化酶抑制剂的患者，血脂可能会有一些升高"),
])
def test_a_chinese_bullet_keeps_the_group_it_speaks_of(sentence, bullet):
    md = import_article(f"治疗简介\n\n{sentence}\n").markdown
    assert any(unescape(ln[2:]).startswith(bullet) for ln in md.split("\n") if ln.startswith("- ")), md


def test_the_help_slide_has_only_signs_to_get_help_at_once():
    text = ("Home care\n\nWhat it is\n\nBlood pressure is written as two numbers, for example 120/80.\n\n"
            "Your care at home\n\n1. Do not stop on your own: talk to your doctor before you stop or change the dose.\n"
            "2. Get help at once: if you have chest pain, seek medical help immediately.\n")
    deck = parse_deck(import_article(text).markdown)
    last = deck.slides[-1]
    assert last.title == "When to get help at once"
    assert bullets_of(last) == ["- If you have chest pain, seek medical help immediately"]
