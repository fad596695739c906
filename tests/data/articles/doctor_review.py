"""The corpus drafts read as the doctor who presents them (issue 14: "count the bullets you would present unchanged").

    python tests/data/articles/doctor_review.py

Imports every .txt/.md article here (the .docx/.html copies give the same decks) and counts the bullets of
`import --json` (numbered points and the help slide's lines included). A bullet is counted as changed when it
is in REVIEW below (read by a person, with the reason) or when it is too long to read from the screen: over
twice the slide limit (40 Chinese characters / 30 English words) and not a warning sign, which stays whole.
Prints the changed bullets and the share presented unchanged.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from counsel_app.core.article import text_size  # noqa: E402
from counsel_app.core.article_formats import read_article  # noqa: E402
from counsel_app.core.importer import import_article  # noqa: E402
from counsel_app.core.meaning import is_warning  # noqa: E402

REVIEW = {  # (article, start of the bullet): why the presenting doctor would change it
    ("ret_seed_zh.txt", "过去,面对肺癌骨转移,我们的武器库"):
        "'我们的武器库' is the doctor's metaphor; would say '过去主要靠放疗、双膦酸盐类药物和止痛药'",
    ("breast_endocrine_long_zh.txt", "在乳腺癌患者中，约每10名患者中"):
        "'患者' twice; would write '乳腺癌患者中约每10名有7名…'",
    ("breast_endocrine_long_zh.txt", "病理报告上的“ER阳性”"):
        "'这件事' points at the sentence before",
    ("breast_endocrine_long_zh.txt", "对于复发风险很高的部分患者"):
        "too long, and the drug's name (阿贝西利) was dropped for length",
    ("breast_endocrine_long_zh.txt", "很多患者换药后症状会减轻"):
        "'换药' needs the clause before it (what to change to)",
    ("breast_endocrine_long_zh.txt", "对于年轻患者来说，生育是一个绕不开的话题"):
        "an introduction, no fact",
    ("handwashing_md_zh.md", "如果全家有10个人，其中约每10人中有3人"):
        "a worked example: '10个人' then '约每10人中有3人' says ten twice; would keep the article's '其中30%的人…那就是3个人'",
    ("warfarin_zh.txt", "刚开始服药时,通常每周要查1到2次INR"):
        "'稳定后可以每4周查一次' was cut; the patient plans by it",
}
# Fixed since the review of 2026-11-28 (no longer on a slide as they were): remarks for doctors ('病灶控制率是一个硬指标',
# '不仅要看片子', '单打独斗') stay in the notes; 'these signs' and 'It' (metformin) now follow the sentence they point at;
# '其中' takes in its group; '如果情绪低落…' is two lines, each whole; '具体可以请主治医生帮您估算' gave way to what it
# details ('您个人能从中获益多少, 与…因素有关'); '不要…停用原来的药物' and '按原计划服用下一次' keep whom and when they are for.


def main() -> int:
    total = changed = 0
    for path in sorted(HERE.iterdir()):
        if path.suffix not in (".txt", ".md"):
            continue
        report = import_article(read_article(path)).report
        limit = 40 if report.lang == "zh" else 30
        for b in report.bullets:
            total += 1
            why = next((w for (name, start), w in REVIEW.items() if name == path.name and b.text.startswith(start)), None)
            size = text_size(b.text, report.lang)
            if why is None and size > limit and not is_warning(b.source):
                why = f"too long to read from the screen ({size} {'characters' if report.lang == 'zh' else 'words'})"
            if why:
                changed += 1
                print(f"- {path.name}: {b.text} -- {why}")
    print(f"presented unchanged: {total - changed} of {total} bullets ({100 * (total - changed) / total:.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
