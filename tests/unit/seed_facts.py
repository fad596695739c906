"""The facts of the seed article (tests/data/articles/ret_seed_zh.txt) a patient must see on a slide.

Our list, made from the article with the bundled hand-made deck (slides/ret-bone-metastasis.md) as
the reference; each fact is found by any of its patterns in a slide's title or body (never notes).
"""

from __future__ import annotations

import re

SEED_FACTS: tuple[tuple[str, str], ...] = (
    ("bone metastasis is common: 3-4 in 10", r"每10人中有3到4人|每100[名个病]*人中有30到40人"),
    ("RET fusion is rare: 1-2 in 100", r"每100[名人]?.{0,4}中有1到2"),
    ("bone pain and fracture risk", r"骨痛|骨折风险"),
    ("past treatments eased symptoms, did not control the tumour", r"缓解症状|治标不治本"),
    ("RET inhibitor works like a brake", r"刹车"),
    ("the drug names", r"普拉替尼|塞普替尼"),
    ("it works throughout the body", r"全身起效|全身"),
    ("it reaches the bone through the blood", r"血液"),
    ("it acts on the bone lesions directly", r"直接作用|直接攻击|直接抑制"),
    ("lesions seen shrinking or less dense", r"缩小或密度降低|变淡"),
    ("results differ from person to person", r"因人而异"),
    ("pain often eases within weeks", r"几周内"),
    ("less need for strong pain medicine", r"不依赖大剂量的止痛药|止痛药"),
    ("a monthly bone-protecting drug", r"每月使用一次|双膦酸盐或地舒单抗"),
    ("pain is scored; do not endure pain", r"不要强忍疼痛|疼痛评分"),
    ("side effects: liver enzymes, blood pressure", r"肝酶|高血压"),
    ("regular blood tests", r"定期复查|血常规"),
    ("local radiotherapy or surgery still helps", r"局部放疗|骨科手术"),
    ("gene testing including RET after diagnosis", r"基因检测"),
)


def facts_on_slides(slide_texts: list[str]) -> list[str]:
    """The names of the facts found in the slides' titles and bodies."""
    text = "\n".join(slide_texts)
    return [name for name, pattern in SEED_FACTS if re.search(pattern, text)]
