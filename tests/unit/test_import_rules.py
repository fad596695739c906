"""Rules the importer learned from articles nobody wrote the code for (issue 14, fresh articles read as the doctor)."""

from __future__ import annotations

import re

import pytest

from counsel_app.core.deck import parse_deck
from counsel_app.core.importer import import_article
from counsel_app.core.meaning import is_consequence, is_praise


def shown_bullets(text: str) -> list[str]:
    deck = parse_deck(import_article(text).markdown)
    return [re.sub(r"\\(.)", r"\1", ln[2:]) for s in deck.slides for ln in s.body.split("\n") if ln.startswith("- ")]


@pytest.mark.parametrize("sentence", [
    "华法林是一种非常经典、有效的抗凝药物,价格便宜,经验丰富。", "这种药非常有效。", "它是最有效的治疗之一。",
    "It is a classic, highly effective medicine.", "The results were impressive.", "Inhalers are the cornerstone of care.",
])
def test_evaluation_of_a_treatment_is_praise(sentence):
    assert is_praise(sentence)


@pytest.mark.parametrize("sentence", [
    "化疗的有效率约为40%。", "房颤时,心房不能有效收缩,血液容易在心房里淤积。", "肿瘤缩小30%以上才算有效。",
    "局部放疗或骨科手术介入仍然是保底且有效的手段。", "发热是肺炎经典的症状。",
])
def test_a_share_a_mechanism_or_a_definition_is_not_praise(sentence):
    assert not is_praise(sentence)


def test_praise_stays_in_the_notes_when_the_paragraph_has_facts():
    text = "写在最后\n\n华法林是一种非常经典、有效的抗凝药物,价格便宜,经验丰富。只要规范服药、定期监测,绝大多数患者都能安全地从中获益。有任何疑问,请随时与您的医生沟通。\n"
    bullets = shown_bullets(text)
    assert bullets and not any("经典" in b for b in bullets)


def test_a_clause_saying_how_long_takes_in_what_it_is_about():
    text = "药物怎样起作用\n\n需要注意的是,华法林起效较慢,一般需要3到5天才能达到稳定效果。\n"
    assert "华法林起效较慢,一般需要3到5天才能达到稳定效果" in shown_bullets(text)


@pytest.mark.parametrize("sentence", ["INR太低,预防血栓的效果不够;INR太高,出血的风险会明显增加。",
                                      "If your INR is too high, you are more likely to have bleeding."])
def test_what_goes_wrong_when_a_number_is_off_is_a_consequence(sentence):
    assert is_consequence(sentence)


def test_a_consequence_warning_reaches_the_slide_with_its_cause():
    text = ("治疗效果如何判断?\n\n我们用一个叫INR的血液指标来判断华法林的剂量是否合适。对大多数房颤患者来说,INR应维持在2.0到3.0之间。"
            "INR太低,预防血栓的效果不够;INR太高,出血的风险会明显增加。刚开始服药时,通常每周要查1到2次INR,稳定后可以每4周查一次。\n")
    assert "INR太高,出血的风险会明显增加" in shown_bullets(text)


def slide_titles(text: str) -> list[str]:
    return [t for p in import_article(text).report.parts for t in p.slide_titles]


def test_a_continuation_slide_opening_on_a_short_statement_is_titled_by_it():
    text = ("乳腺癌的内分泌治疗\n\n内分泌治疗怎样起作用\n\n雌激素会刺激激素受体阳性的癌细胞生长。内分泌治疗就是降低雌激素水平。"
            "\n\n常用的药物大致分为两类。一类是他莫昔芬，它会占住癌细胞上的受体。另一类是来曲唑，它能减少雌激素的生成。\n")
    titles = slide_titles(text)
    assert "常用的药物大致分为两类" in titles and not any(t.endswith("（续）") for t in titles), titles
    bullets = shown_bullets(text)
    assert "常用的药物大致分为两类" not in bullets  # the title, not again a line under it


def test_a_continuation_slide_is_titled_by_the_heading_and_the_name_its_lines_share():
    text = ("乳腺癌的内分泌治疗\n\n常见的副作用\n\n多数副作用比较轻。少数患者会觉得乏力。很多副作用是暂时的。"
            "\n\n服用他莫昔芬的患者，约有一半会出现潮热、出汗，一般在用药后的头几个月最明显。少数患者可能出现月经紊乱。"
            "他莫昔芬会略微增加血栓的风险。\n")
    assert "常见的副作用：他莫昔芬" in slide_titles(text)


def test_a_continuation_slide_keeps_continued_when_nothing_on_it_makes_a_title():
    text = ("靶向治疗\n\n药物怎样起作用\n\n这类药物是全身起效的。骨骼里有丰富的血液供应。药物可以随血流到达骨骼。"
            "\n\n这些药物都是口服的。它们吸收很快。\n")
    assert "药物怎样起作用（续）" in slide_titles(text)


def test_the_seed_draft_titles_most_continuation_slides_by_their_content():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "data" / "articles" / "ret_seed_zh.txt").read_text(encoding="utf-8")
    titles = slide_titles(text)
    assert "RET抑制剂带来的症状改善往往比较迅速" in titles and "务必进行包括RET在内的多基因检测" in titles
    assert sum(t.endswith("（续）") for t in titles) <= 2  # was 4: only where no line makes a title


def test_remarks_meant_for_doctors_stay_in_the_notes():
    text = ("靶向治疗\n\n效果如何\n\n影像学检查上，骨破坏的阴影可能变淡。肿瘤在骨骼里的活动被压制住了。"
            "临床评估RET抑制剂对骨转移的效果，病灶控制率是一个硬指标。效果因人而异。\n\n"
            "注意事项\n\n效果虽好，但绝不能单打独斗。\n1. 联合骨改良药物：每月使用一次双膦酸盐。\n2. 关注疼痛评估：不要强忍疼痛。\n")
    md = import_article(text).markdown
    bullets = shown_bullets(text)
    assert not any("硬指标" in b or "单打独斗" in b for b in bullets), bullets
    assert "病灶控制率是一个硬指标" in md and "单打独斗" in md  # in the notes


def test_a_line_saying_it_brings_the_sentence_that_names_it():
    text = ("Diabetes care\n\nHow the treatment works\n\nTreatment has two parts that work together: daily habits and, "
            "for most people, medicine. Metformin is usually the first medicine; it lowers the amount of sugar the liver "
            "releases. It can lower the HbA1c by about 1% on average. Some newer medicines also protect the heart. "
            "Insulin is not a punishment. Your doctor will choose medicines with you.\n")
    bullets = shown_bullets(text)
    assert "It can lower the HbA1c by about 1% on average" in bullets
    assert any(b.startswith("Metformin is usually the first medicine") for b in bullets), bullets


def test_among_them_takes_in_the_group_it_counts():
    text = "洗手\n\n洗手的好处\n\n举个例子：如果全家有10个人，其中30%的人饭前不洗手，那就是3个人。\n"
    assert any(b.startswith("如果全家有10个人，其中") for b in shown_bullets(text))


def test_a_line_too_long_for_the_screen_becomes_two_complete_lines():
    text = ("乳腺癌的内分泌治疗\n\n心理支持\n\n有的患者会觉得吃药就是在提醒自己生过病。"
            "如果情绪低落持续两周以上，影响到睡眠和生活，请告诉医生，心理门诊和病友互助小组都能提供帮助。\n")
    bullets = shown_bullets(text)
    assert "如果情绪低落持续两周以上，影响到睡眠和生活，请告诉医生" in bullets
    assert "心理门诊和病友互助小组都能提供帮助" in bullets


def test_a_qualifier_that_would_double_a_line_brings_its_own_statement_instead():
    text = ("乳腺癌的内分泌治疗\n\n复发以后\n\n如果在治疗过程中出现复发或转移，也不要灰心。"
            "目前晚期激素受体阳性乳腺癌仍有多种内分泌药物和靶向药物可以选择，很多患者可以在控制病情的同时保持较好的生活质量。\n")
    assert "目前晚期激素受体阳性乳腺癌仍有多种内分泌药物和靶向药物可以选择" in shown_bullets(text)


def test_the_last_items_of_a_list_are_no_line_of_their_own():
    text = ("Wound care\n\nHow does a wound heal?\n\n"
            "After an operation, the cut in your skin is closed with stitches, staples or skin glue.\n")
    bullets = shown_bullets(text)
    assert bullets and not any(b.lower().startswith("staples") for b in bullets), bullets
    assert any(b.endswith("stitches, staples or skin glue") for b in bullets), bullets


def test_a_line_whose_subject_is_it_brings_what_it_is():
    text = ("Wound care\n\nWhen will it look normal?\n\nThe scar will be pink and raised at first. "
            "Over 12 to 18 months it usually fades and flattens. Protect it from the sun during the first year, "
            "because sunburn can make it darker. Some people find that gentle massage with a plain cream helps. "
            "If you have any questions, ask the nurse at your check-up.\n")
    assert "The scar will be pink and raised at first" in shown_bullets(text)


def test_looking_after_a_wound_at_home_is_the_care_part():
    text = ("Wound care\n\nHow does a wound heal?\n\nMost wounds heal over 10 to 14 days.\n\n"
            "What can go wrong?\n\nAbout 3% of people get a wound infection.\n\n"
            "Looking after your wound at home\n\nKeep the dressing dry for 48 hours.\n\n"
            "When will it look normal?\n\nThe scar fades over 12 to 18 months.\n")
    places = {h.heading: h.part for h in import_article(text).report.headings}
    assert places["Looking after your wound at home"] == 4


@pytest.mark.parametrize("sentence, kept", [
    ("原本就有高血压、糖尿病或冠心病的患者，要继续在相关专科规律随访，不要因为在治疗乳腺癌就停用原来的药物。", "原本就有高血压"),
    ("如果当天想起来，可以马上补服；如果已经接近下一次服药时间，就跳过这一次，按原计划服用下一次，不要一次吃两倍的剂量。",
     "如果已经接近下一次服药时间"),
])
def test_a_duty_keeps_whom_or_when_it_is_for(sentence, kept):
    bullets = shown_bullets(f"乳腺癌的内分泌治疗\n\n日常注意\n\n{sentence}\n")
    assert bullets and bullets[0].startswith(kept), bullets


def test_the_details_of_a_clause_do_not_stand_without_it():
    text = ("乳腺癌的内分泌治疗\n\n能获益多少\n\n您个人能从中获益多少，与肿瘤的分期、大小、淋巴结是否转移等因素有关，"
            "具体可以请主治医生帮您估算。\n")
    assert not any(b.startswith("具体") for b in shown_bullets(text))


@pytest.mark.parametrize("sentence, kept", [
    # the message of a time span is in the clause after it
    ("大多数患者在调整剂量的2到4周内，空腹血糖会逐步下降。", "大多数患者在调整剂量的2到4周内，空腹血糖会逐步下降"),
    # "可能是低血糖" names what the signs before it mean: the signs are what the patient must know
    ("如果出现心慌、出冷汗、手抖、头晕、饥饿感，可能是低血糖。", "如果出现心慌、出冷汗、手抖、头晕、饥饿感，可能是低血糖"),
])
def test_a_clause_that_is_only_when_or_only_what_it_means_keeps_the_rest(sentence, kept):
    assert shown_bullets(f"胰岛素笔怎么用\n\n打了胰岛素能期待什么\n\n{sentence}\n") == [kept]


def test_an_instruction_keeps_the_case_it_is_for():
    text = ("Your blood thinner\n\nManaging your care\n\n"
            "If you miss a dose, take it as soon as you remember on the same day. Do not take two doses at once.\n")
    assert "If you miss a dose, take it as soon as you remember on the same day" in shown_bullets(text)


def test_two_doses_at_once_is_no_sign_to_get_help_at_once():
    from counsel_app.core.meaning import is_get_help

    assert not is_get_help("Do not take two doses at once.")
    assert not is_get_help("Never take both tablets at once.")
    assert is_get_help("Call your doctor at once if you faint.")


def test_a_list_split_over_two_slides_keeps_its_points_as_points():
    text = ("Your blood thinner\n\nManaging your care\n\n"
            "- Take every dose. Missing doses leaves you unprotected.\n"
            "- If you miss a dose, take it as soon as you remember on the same day.\n"
            "- Tell every doctor, dentist and pharmacist that you take apixaban.\n"
            "- Do not take aspirin or ibuprofen unless your doctor agrees.\n"
            "- You do not need regular blood tests, unlike warfarin.\n")
    titles = slide_titles(text)
    assert "Managing your care (continued)" in titles, titles
    assert "Do not take aspirin or ibuprofen unless your doctor agrees" in shown_bullets(text)


@pytest.mark.parametrize("heading", ["怎么打、怎么照顾自己", "低血糖要当心"])
def test_looking_after_yourself_and_what_to_beware_of_are_the_care_part(heading):
    text = ("胰岛素笔怎么用\n\n什么是2型糖尿病\n\n2型糖尿病是身体不能很好地利用胰岛素。\n\n"
            "胰岛素是怎么起作用的\n\n胰岛素像一把钥匙，帮血液里的糖进入细胞。\n\n"
            "打了胰岛素能期待什么\n\n研究显示，糖化血红蛋白平均可以下降1%到1.5%。\n\n"
            f"{heading}\n\n每天在固定的时间打，比如每天晚上睡前。\n\n"
            "什么时候要联系医生\n\n连续三天空腹血糖高于10毫摩尔每升，请尽快联系你的医生。\n")
    places = {h.heading: h.part for h in import_article(text).report.headings}
    assert places[heading] == 4, places


def test_a_purpose_clause_is_no_line_without_what_is_done_for_it():
    text = ("碘-131治疗\n\n碘-131是怎样起作用的\n\n甲状腺细胞会主动吸收碘。为了让残留组织“饿着”、更好地吸收碘-131，"
            "治疗前需要低碘饮食，并且停用甲状腺素片或者注射促甲状腺激素。\n")
    bullets = shown_bullets(text)
    assert not any(b.startswith("为了") and "需要" not in b for b in bullets), bullets
    assert any("治疗前需要低碘饮食" in b for b in bullets), bullets


@pytest.mark.parametrize("point, line", [
    # what a colon announces is the point: the foods to leave out
    ("治疗前2到4周开始低碘饮食：不吃海带、紫菜、海鱼、虾皮，改用无碘盐。", "治疗前2到4周开始低碘饮食：不吃海带、紫菜、海鱼、虾皮，改用无碘盐"),
    # a point that warns is kept whole
    ("按医生的要求恢复服用甲状腺素片，不要自行停药。", "按医生的要求恢复服用甲状腺素片，不要自行停药"),
])
def test_a_point_keeps_what_the_patient_must_do_or_not_do(point, line):
    text = f"碘-131治疗\n\n治疗前后要注意什么\n\n1. {point}\n2. 治疗后多喝水、勤排尿。\n"
    deck = parse_deck(import_article(text).markdown)
    points = [re.sub(r"\\(.)", r"\1", re.sub(r"^\d+\\?\.\s*", "", ln)) for s in deck.slides
              for ln in s.body.split("\n") if re.match(r"^\d+\\?\.", ln)]
    assert line in points, points


def test_a_tips_label_is_no_part_of_the_line():
    text = ("Your new knee\n\nLooking after your knee\n\nTips: Do your exercises three times a day. "
            "Keep the wound clean and dry until the stitches are out.\n")
    bullets = shown_bullets(text)
    assert "Do your exercises three times a day" in bullets and not any(b.startswith("Tips") for b in bullets)


def test_a_continuation_slide_is_not_titled_by_an_instructions_verb():
    text = ("Your new knee\n\nLooking after your knee\n\nDo your exercises three times a day. Keep the wound dry. "
            "Use ice packs for 20 minutes.\n\n"
            "1. Straighten your knee fully: push the back of your knee into the bed and hold for 5 seconds.\n"
            "2. Bend your knee as far as you can while sitting, then slowly straighten it.\n"
            "3. Walk a little more each day.\n")
    titles = slide_titles(text)
    assert not any("Straighten" in t for t in titles), titles


def test_an_article_with_its_own_when_to_get_help_section_gets_no_second_one():
    text = ("Your new knee\n\nLooking after your knee\n\nDo your exercises three times a day.\n\n"
            "When to call for help\n\nCall your surgeon's team if the wound becomes red, hot or leaks fluid. "
            "Call 999 at once if you have chest pain or sudden shortness of breath.\n")
    result = import_article(text)
    titles = [t for p in result.report.parts for t in p.slide_titles]
    assert "When to call for help" in titles and "When to get help at once" not in titles, titles
    assert "when to get help at once?" in result.markdown  # the teach-back still asks about it


def test_question_and_answer_labels_are_not_shown():
    text = ("化疗期间恶心呕吐怎么办\n\n问：为什么化疗会引起恶心呕吐？\n\n答：化疗药物会刺激胃肠道。恶心呕吐是化疗最常见的副作用之一。\n")
    assert "为什么化疗会引起恶心呕吐？" in slide_titles(text)
    assert not any(b.startswith("答") for b in shown_bullets(text))


def test_the_clause_with_the_number_wins_over_praise():
    text = ("化疗期间恶心呕吐怎么办\n\n用了止吐药后效果怎样？\n\n现在的止吐药效果很好，大约七到八成的患者可以做到不呕吐或者只是轻微恶心。"
            "如果一种方案效果不好，医生还可以换药或者加药。\n")
    assert "大约七到八成的患者可以做到不呕吐或者只是轻微恶心" in shown_bullets(text)


def test_a_result_is_not_cut_after_who_it_is_for():
    text = ("Statins\n\nWhat to expect\n\nOver five years, for every 100 people with heart disease who take a statin, "
            "about 5 fewer have a heart attack or stroke.\n")
    bullets = shown_bullets(text)
    assert any(b.endswith("about 5 fewer have a heart attack or stroke") for b in bullets), bullets


def test_see_a_doctor_urgently_is_a_sign_to_get_help():
    from counsel_app.core.meaning import is_get_help

    assert is_get_help("Stop taking the statin and see a doctor urgently if you have severe muscle pain.")


def test_an_article_without_headings_keeps_its_definition_and_its_results_part():
    text = ("Statins: questions people often ask\n\n"
            "High cholesterol means there is too much of a fatty substance called LDL cholesterol in your blood. "
            "Over years, it builds up in the walls of your arteries and narrows them. "
            "This raises your risk of a heart attack or stroke. "
            "You usually cannot feel high cholesterol, so a blood test is the only way to know.\n\n"
            "A statin lowers the amount of cholesterol your liver makes. Most people take one tablet a day.\n\n"
            "Within 4 to 6 weeks, your LDL cholesterol usually falls by a third to a half. "
            "You will have a blood test after about 3 months to see how well it is working.\n\n"
            "Most people have no side effects. Do not stop taking your statin without talking to your doctor.\n")
    result = import_article(text)
    assert "High cholesterol means there is too much of a fatty substance called LDL cholesterol in your blood" \
        in shown_bullets(text)
    assert [p.title for p in result.report.parts] == ["What the condition is", "How the treatment works",
                                                      "What to expect", "How to manage care"]


def test_a_result_keeps_what_happens_after_the_time_or_the_step():
    text = ("降压药\n\n效果如何\n\n大多数人开始吃药后2到4周，血压会明显下降。"
            "研究表明，收缩压每降低10毫米汞柱，脑卒中的风险可以降低约三分之一。\n")
    bullets = shown_bullets(text)
    assert "大多数人开始吃药后2到4周，血压会明显下降" in bullets, bullets
    assert any(b.endswith("收缩压每降低10毫米汞柱，脑卒中的风险可以降低约三分之一") for b in bullets), bullets


def test_a_paragraph_opening_on_a_warning_keeps_it_below_the_title_it_gives():
    text = ("降压药，您吃对了吗？\n\n高血压是一种常见病。\n\n"
            "降压药需要长期坚持服用，血压正常了也不能自己停药，因为停药后血压往往会重新升高。"
            "最好每天在同一时间吃药。少吃盐，每天不超过5克。\n")
    assert any("不能自己停药" in b for b in shown_bullets(text))


@pytest.mark.parametrize("table, point", [
    ("| Inhaler | What it does | When to use it |\n|---|---|---|\n"
     "| Blue (reliever) | Opens the airways within minutes | When you are breathless |\n"
     "| Green (preventer) | Keeps the airways open for 24 hours | Once every morning |\n",
     "Blue (reliever): opens the airways within minutes; when you are breathless"),
    ("| 药物 | 怎么吃 |\n| :--- | :---: |\n| 氨氯地平 | 每天早上一次 |\n| 缬沙坦 | 每天一次，饭前饭后都可以 |\n",
     "氨氯地平：每天早上一次"),
])
def test_a_table_becomes_points_the_patient_can_read(table, point):
    zh = "药物" in table
    text = (f"# {'降压药' if zh else 'Your inhalers'}\n\n## {'怎么吃药' if zh else 'How your inhalers work'}\n\n"
            f"{'医生给您开了两种药：' if zh else 'You have two kinds of inhaler:'}\n\n{table}")
    bullets = shown_bullets(text)
    assert point in bullets, bullets
    assert not any("|" in b or "---" in b for b in bullets), bullets


def test_how_a_drug_works_and_what_it_brings_are_their_own_parts():
    text = ("脑卒中后预防再发\n\n什么是缺血性脑卒中\n\n缺血性脑卒中俗称“脑梗”，是脑血管被血栓堵住。\n\n"
            "阿司匹林是怎样预防再发的\n\n阿司匹林能让血小板不容易聚在一起，从而减少血栓形成。\n\n"
            "坚持吃药能带来什么\n\n长期坚持服用阿司匹林，可以使脑卒中再发的风险降低约20%。\n\n"
            "日常怎么做\n\n每天固定时间服用，肠溶片要整片吞下，不要嚼碎。\n")
    places = {h.heading: h.part for h in import_article(text).report.headings}
    assert places["阿司匹林是怎样预防再发的"] == 2 and places["坚持吃药能带来什么"] == 3, places


def test_no_help_slide_repeats_a_slide_that_says_just_that():
    text = ("脑卒中后预防再发\n\n什么是缺血性脑卒中\n\n缺血性脑卒中俗称“脑梗”。\n\n日常注意和护理\n\n①每天固定时间服用。\n②刷牙出血要告诉医生。\n③拔牙前告诉医生。\n④戒烟。\n\n"
            "出现以下情况要马上拨打120：突然一侧手脚无力或麻木、口角歪斜、说话不清。黑便或者呕血，也要立即就医。\n")
    result = import_article(text)
    assert "什么时候要马上求助" not in [t for p in result.report.parts for t in p.slide_titles]
    assert sum(b == "黑便或者呕血，也要立即就医" for b in shown_bullets(text)) == 1
    assert "出现哪些情况要马上来医院" in result.markdown  # the teach-back still asks about them


def test_an_aside_taken_out_leaves_no_double_space_and_a_result_keeps_whom_it_is_for():
    text = ("Hormone therapy\n\nWhat results to expect\n\n"
            "Your PSA level (a blood test for prostate cancer) usually falls within 3 to 6 months. "
            "In men whose cancer has spread, hormone therapy often controls it for 2 to 3 years, sometimes much longer.\n")
    bullets = shown_bullets(text)
    assert "Your PSA level usually falls within 3 to 6 months" in bullets, bullets
    assert any(b.startswith("In men whose cancer has spread, hormone therapy often controls it") for b in bullets), bullets


def test_calling_the_clinic_to_rearrange_is_no_emergency():
    from counsel_app.core.meaning import is_get_help

    assert not is_get_help("If you cannot make your appointment, call the clinic to rearrange it.")
    assert is_get_help("Call your surgeon's team if the wound becomes red.")


def test_points_numbered_in_brackets_are_points():
    text = ("慢性肾脏病\n\n生活中的注意事项\n\n（一）饮食：低盐饮食，每天盐不超过5克。\n（二）用药：不要自行服用止痛药。\n"
            "（三）监测：每天测血压。\n（四）复查：每3到6个月复查一次肾功能。\n")
    titles, deck = slide_titles(text), parse_deck(import_article(text).markdown)
    assert not any("（" in t for t in titles), titles  # no point is a title
    body = "\n".join(s.body for s in deck.slides)
    assert "4. 复查：每3到6个月复查一次肾功能" in body.replace("\\", "") and "（二）" not in body, body


def test_a_subject_keeps_its_also_predicate_after_an_example():
    text = ("慢性肾脏病\n\n治疗的原理\n\n治疗的目标是延缓肾功能继续下降。"
            "一些降压药，比如普利类和沙坦类，还能减少尿蛋白，对肾脏有额外的保护作用。\n")
    assert not any(b.endswith("一些降压药") for b in shown_bullets(text))
    assert any("一些降压药，比如普利类和沙坦类，还能减少尿蛋白" in b for b in shown_bullets(text))
