"""The counselling record as plain text that pastes into any EMR: `to_text(summary, lang)`. No Qt."""

from __future__ import annotations

from .lang import base, is_zh
from .pain import WORDS
from .record import RecordSummary

_LABELS = {
    "title": ("患者教育记录", "Patient education record"),
    "date": ("日期", "Date"),
    "duration": ("时长", "Duration"),
    "minutes": ("{} 分钟", "{} min"),
    "planned": ("（计划 {} 分钟）", " (planned {} min)"),
    "covered": ("已讲页", "Slides covered"),
    "skipped": ("本次跳过", "Skipped for this patient"),
    "material": ("资料", "Material"),
    "version": ("（版本 {}）", " (version {})"),
    "version_file": ("（版本 {}，文件 {}）", " (version {}, file {})"),
    "parts": ("讲解内容", "Parts covered"),
    "slides": ("第 {} 页", "slides {}"),
    "slide": ("第 {} 页", "slide {}"),
    "none_shown": ("无", "none"),
    "teach_back": ("复述评估", "Teach-back"),
    "no_questions": ("本资料无复述问题", "no questions in this material"),
    "result": ("结果", "Result"),
    "pain": ("疼痛评分", "Pain score"),
    "not_taken": ("未评估", "not taken"),
    "handout": ("已发放宣教资料", "Handout given"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "plan": ("计划", "Plan"),
    "no_plan": ("无", "none"),
}


def _ranges(indexes: list[int]) -> str:
    """[2, 3, 4, 6] -> '2-4, 6' (runs kept in the order shown)."""
    runs: list[list[int]] = []
    for i in indexes:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def _clean(text: str) -> str:
    """One line of plain text: no tabs, no control characters."""
    s = text.replace("\t", " ").replace("\r", "")
    return "".join(ch for ch in s if ch == "\n" or ch.isprintable()).strip()


def to_text(summary: RecordSummary, lang: str) -> str:
    """The record as plain text, one line per item, that pastes into any EMR."""
    i = 0 if is_zh(lang) else 1
    L = {k: v[i] for k, v in _LABELS.items()}
    colon = "：" if i == 0 else ": "
    deck = summary.deck

    lines = [L["title"],
             f"{L['date']}{colon}{summary.date.strftime('%Y-%m-%d %H:%M')}",
             f"{L['duration']}{colon}{L['minutes'].format(summary.minutes)}"
             + L["planned"].format(summary.planned_minutes)]
    material = _clean(deck.title)
    if deck.file:
        material += L["version_file"].format(_clean(deck.version), _clean(deck.file))
    elif deck.version:
        material += L["version"].format(_clean(deck.version))
    lines.append(f"{L['material']}{colon}{material}")

    parts = summary.parts
    lines.append(f"{L['parts']}{colon}" + ("" if parts else L["none_shown"]))
    sep = "，" if i == 0 else ", "
    for p in parts:
        which = (L["slide"] if len(p.slides_shown) == 1 else L["slides"]).format(_ranges(list(p.slides_shown)))
        minutes = L["minutes"].format(round(p.seconds / 60, 1))
        lines.append(f"  {_clean(p.part)}{colon}{which}{sep}{minutes}")

    lines.append(f"{L['covered']}{colon}" + (_ranges(list(summary.slides_covered)) or L["none_shown"]))
    if summary.slides_skipped:
        lines.append(f"{L['skipped']}{colon}" + _ranges(list(summary.slides_skipped)))

    teach = summary.teach_back
    lines.append(f"{L['teach_back']}{colon}" + ("" if teach else L["no_questions"]))
    for t in teach:
        question = " ".join(_clean(t.question).split())
        lines.append(f"  {_clean(t.part)}{colon}{question} {L['result']}{colon}{t.result.label(lang)}")

    pain = summary.pain_score
    if pain is not None:
        word = WORDS[base(lang)].get(pain.band, pain.word)
        lines.append(f"{L['pain']}{colon}{pain.score} ({_clean(word)})")
    else:
        lines.append(f"{L['pain']}{colon}{L['not_taken']}")
    lines.append(f"{L['handout']}{colon}{L['yes'] if summary.handout_given else L['no']}")

    plan = [ln.strip() for ln in _clean(summary.plan).split("\n") if ln.strip()]
    if len(plan) <= 1:
        lines.append(f"{L['plan']}{colon}{plan[0] if plan else L['no_plan']}")
    else:
        lines.append(f"{L['plan']}{colon}")
        lines += [f"  {ln}" for ln in plan]
    return "\n".join(ln.rstrip() for ln in lines) + "\n"
