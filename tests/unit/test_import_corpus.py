"""The importer's drafts over our corpus of patient articles (issue 14 "done when"), each measure a test.

tests/data/articles: eight articles written for these tests (zh and en; asthma and warfarin also as
.docx and .html), each with shares of people and relative changes, hedged sentences, numbered
"label: content" care points with warning signs and evaluative sentences; diabetes_long_en.txt is a long one (about 4,400
characters), breast_endocrine_long_zh.txt the longest (about 5,000 characters, drug names in examples, a share said of
the group before it, a worry and its answer, a counted list, questions as headings); warfarin_zh.txt and wound_care_en.txt fresh
articles imported before the code knew them; plus the older ones.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from counsel_app.core.article_formats import read_article
from counsel_app.core.deck import parse_deck
from counsel_app.core.importer import coverage_gaps, import_article, split_sentences
from counsel_app.core.meaning import is_warning, lost_qualifiers, starts_with_connective
from counsel_app.core.percentages import percentage_kinds

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
CORPUS = sorted(p.name for p in ARTICLES.iterdir() if p.suffix in (".txt", ".md", ".docx", ".html"))
NEW = ["asthma_zh.md", "warfarin_en.md", "copd_zh.txt", "tumour_response_zh.txt", "fracture_en.txt",
       "pain_home_en.txt", "heart_failure_zh.txt", "diabetes_long_en.txt", "breast_endocrine_long_zh.txt",
       "warfarin_zh.txt", "wound_care_en.txt"]
_LABEL = re.compile(r"^(?:\d+\.\s*)?([^:：。.!?！？]{1,24})[:：]\s*\S")


def imported(name: str):
    text = read_article(ARTICLES / name)
    result = import_article(text)
    return text, result, parse_deck(result.markdown)


def slide_text(deck) -> str:
    return "\n".join(s.title + "\n" + re.sub(r"\\(.)", r"\1", s.body) for s in deck.slides)


@pytest.mark.parametrize("name", CORPUS)
def test_every_sentence_is_in_the_notes_in_order(name):
    text, _result, deck = imported(name)
    assert coverage_gaps(text, "\n\n".join(s.notes for s in deck.slides)) == []


_FREQUENCY = re.compile(r"每\d+(?:人|名\w{1,2})中有|\bin \d+ [a-z]")


@pytest.mark.parametrize("name", CORPUS)
def test_no_percentage_that_is_not_a_share_of_people_is_converted(name):
    _text, result, _deck = imported(name)
    for b in result.report.bullets:
        made = len(_FREQUENCY.findall(b.text)) - len(_FREQUENCY.findall(b.source))  # frequencies the importer wrote
        shares = percentage_kinds(b.source, result.report.lang).count("share")
        assert made <= shares, (b.text, b.source)
    assert "约约" not in result.markdown and "about about" not in result.markdown.lower()


@pytest.mark.parametrize("name", NEW)
def test_the_corpus_relative_changes_keep_their_numbers(name):
    text, result, deck = imported(name)
    shown = slide_text(deck)
    for sentence in split_sentences(text):
        for kind, pct in zip(percentage_kinds(sentence, result.report.lang), re.findall(r"[0-9.]+\s*[%％]", sentence)):
            if kind == "relative" and any(b.source == sentence for b in result.report.bullets):
                assert pct in shown, (pct, sentence)


@pytest.mark.parametrize("name", CORPUS)
def test_no_qualifier_lost_from_a_sentence_cut_to_a_bullet(name):
    _text, result, _deck = imported(name)
    lang = result.report.lang
    for b in result.report.bullets:
        assert lost_qualifiers(b.text, b.source, lang) == [], (b.text, b.source)
        assert "qualifier-lost" not in b.flags


@pytest.mark.parametrize("name", CORPUS)
def test_no_numbered_point_is_a_bare_label(name):
    _text, result, _deck = imported(name)
    for b in result.report.bullets:
        m = _LABEL.match(b.source)
        if m and re.match(r"\d+\.", b.source.strip()):
            assert len(b.text) > len(m.group(1)) + 4, (b.text, b.source)


@pytest.mark.parametrize("name", CORPUS)
def test_every_warning_sign_sentence_reaches_a_patient_slide(name):
    text, result, deck = imported(name)
    sources = "\n".join(b.source for b in result.report.bullets)
    titles = {s.title for s in deck.slides}
    for sentence in split_sentences(text):
        if is_warning(sentence):
            assert sentence in sources or sentence in titles, sentence


@pytest.mark.parametrize("name", CORPUS)
def test_no_bullet_opens_on_a_connective(name):
    _text, result, _deck = imported(name)
    for b in result.report.bullets:
        assert not starts_with_connective(b.text, result.report.lang), b.text


@pytest.mark.parametrize("name, expected", [
    ("asthma_zh.md", ["在儿童中，哮喘的患病率约为每10人中有1人", "规律使用吸入激素，可使急性发作的风险降低约50%",
                      "多数患者规律用药几周后，夜间咳醒的次数明显减少",
                      "3. 及时就医：出现说话困难、嘴唇发紫或吸入急救药后仍不缓解，要立即拨打120"]),
    ("warfarin_en.md", ["About 1 in 100 people taking it have a serious bleed each year",
                        "It can reduce the risk of stroke by about 60% in people with atrial fibrillation",
                        "In the past, many patients stopped it because the tests felt like a burden"]),
    ("copd_zh.txt", ["坚持呼吸训练和步行锻炼，可使再次住院的风险降低30%", "过去，这类患者主要靠药物来控制症状，活动越来越少",
                     "3. 及时复诊：出现发热、呼吸困难加重或咯血，要马上来医院"]),
    ("tumour_response_zh.txt", ["肿瘤缩小30%以上才算有效", "脑脊液中的药物浓度可达血液中的60%", "化疗的有效率约为每10人中有4人",
                                "如果体温超过38.5度，要立即到急诊就诊"]),
    ("fracture_en.txt", ["About 5 in 10 women over 50 will break a bone because of it",
                         "they reduce the risk of a hip fracture by 30%"]),
    ("diabetes_long_en.txt", ["About 1 in 10 adults have diabetes, and many of them do not know it yet",
                              "It can lower the HbA1c by about 1% on average",
                              "Seek medical help immediately if you have chest pain, sudden weakness on one side of the body, "
                              "or trouble speaking"]),
    ("breast_endocrine_long_zh.txt", [
        "约每10名患者中有7名肿瘤是激素受体阳性的",  # "..., 也就是说" no longer ends it
        "乳腺细胞表面有一些专门“接收”雌激素和孕激素的结构，叫做激素受体",  # the name it defines
        "另一类是芳香化酶抑制剂（如来曲唑、阿那曲唑、依西美坦），它能减少绝经后女性体内雌激素的生成",  # the names stay
        "对于绝经前、复发风险较高的患者，医生有时还会加用卵巢功能抑制",  # who: kept
        "每4周或每12周在腹部皮下注射一次",  # too long for one line: how often, a line of its own
        "如果有异常阴道出血、子宫肌瘤或者血栓病史，一定要主动告诉医生",  # the action with its condition
        "坚持服用他莫昔芬5年，可使乳腺癌复发的风险降低约40%，死亡风险降低约30%",  # relative changes as written
        "服用芳香化酶抑制剂的患者，约每100人中有30人会出现关节疼痛或僵硬",  # a share said of the group before it
        "他莫昔芬会略微增加子宫内膜病变和血栓的风险，发生率约为每100人中有1人左右",
        "内分泌治疗能不能发挥作用，很大程度上取决于能不能坚持",
        "很多患者担心豆制品含有植物雌激素，其实正常食用豆浆、豆腐等日常豆制品是安全的",  # the worry and its answer
        "家属不要简单地说“忍一忍就过去了”，而应鼓励她把这些情况告诉医生",
        "6. 及时就医：如果出现阴道异常出血、一侧小腿突然肿痛、胸痛或突然气短，要立即就医或拨打120",
        "请记住三句话：按时吃药不随便停，定期复查不拖延，身体不适早沟通",  # every item of a counted list
    ]),
    ("warfarin_zh.txt", [  # a fresh article imported by the lead, read as the doctor
        "华法林起效较慢,一般需要3到5天才能达到稳定效果",  # what takes 3-5 days
        "INR太高,出血的风险会明显增加",  # what goes wrong when the number is off
        "5. 警惕出血：如果出现牙龈出血、皮肤大片瘀斑、黑便、尿液发红,要及时就诊;如果出现剧烈头痛、呕吐或说话不清,要立即拨打120",
    ]),
    ("wound_care_en.txt", [  # a fresh article written after the code, read as the doctor
        "About 3 in 100 people get a wound infection after surgery",
        "Stopping smoking before surgery can reduce the risk of wound problems by about 50%",
        "The scar will be pink and raised at first",  # what "it" is in the lines under it
        "Over 12 to 18 months it usually fades and flattens",
    ]),
    ("heart_failure_zh.txt", ["一些药物可使死亡风险降低20%到30%", "大多数患者按时服药后，气短和腿肿会逐渐减轻",
                              "如果3天内体重增加超过2公斤，或夜里憋醒不能平躺，要立即联系医生或去急诊"]),
])
def test_expected_lines_on_the_slides(name, expected):
    _text, _result, deck = imported(name)
    shown = slide_text(deck)
    for line in expected:
        assert line in shown, line


@pytest.mark.parametrize("name, praise", [
    ("asthma_zh.md", "令人鼓舞"), ("copd_zh.txt", "令人鼓舞"), ("warfarin_en.md", "remarkable"), ("fracture_en.txt", "exciting"),
    ("diabetes_long_en.txt", "remarkable success"), ("breast_endocrine_long_zh.txt", "定海神针"),
    ("breast_endocrine_long_zh.txt", "最核心的治疗手段"), ("breast_endocrine_long_zh.txt", "默默地守护"),
    ("warfarin_zh.txt", "非常经典、有效"), ("wound_care_en.txt", "remarkable"),
])
def test_praise_stays_in_the_notes(name, praise):
    _text, _result, deck = imported(name)
    assert praise not in "\n".join(s.title + s.body for s in deck.slides)
    assert praise in "\n".join(s.notes for s in deck.slides)
