"""Which of the four counselling parts each section of an article belongs to.

Owns `PART_TITLES` and `assign_parts(sections, lang)`: keyword scores (heading words count three
times as much as body words) plus a small pull towards the part matching the section's position;
a dynamic programme picks the best assignment that never goes back to an earlier part, so the deck
keeps the article's order. Pure Python (stdlib only), no Qt.
"""

from __future__ import annotations

import re

from .article import Section

PART_TITLES = {
    "zh": ("这是什么病", "治疗怎样起作用", "可以期待什么效果", "怎样管理和照护"),
    "en": ("What the condition is", "How the treatment works", "What to expect", "How to manage care"),
}


_KEYWORDS = {
    0: ("什么是", "是什么", "定义", "概述", "导语", "前言", "引言", "背景", "简介", "介绍", "病因", "症状",
        "诊断", "认识", "了解", "为什么", "what is", "what are", "definition", "overview", "introduction",
        "background", "condition", "disease", "symptom", "symptoms", "cause", "causes",
        "diagnosis", "understanding", "why"),
    1: ("原理", "机制", "作用", "抑制", "起效", "靶向", "怎样起作用", "怎么起作用", "是怎样", "是如何", "方法", "步骤", "怎样做",
        "如何做", "works", "work", "mechanism", "how it", "treatment", "method", "methods", "steps", "step",
        "technique", "how to", "blocks", "inhibit", "inhibits", "action"),
    2: ("效果", "疗效", "数据", "研究", "缓解", "结果", "证据", "获益", "好处", "期待", "预期", "改善", "有效",
        "优势", "生存", "临床试验", "result", "results", "evidence", "expect", "benefit", "benefits",
        "effect", "effects", "outcome", "outcomes", "study", "studies", "data", "improve", "relief", "goal",
        "go wrong", "complication", "complications", "并发症", "带来", "fewer", "falls", "how well"),
    3: ("注意", "管理", "建议", "复查", "副作用", "不良反应", "随访", "监测", "护理", "照护", "饮食", "预防",
        "风险", "就医", "联系医生", "照顾", "当心", "小心", "总结", "记录", "care", "manage", "management", "side effect", "side effects",
        "advice", "tips", "monitor", "follow-up", "check-up", "when to call", "warning", "risk", "safety",
        "diet", "lifestyle", "record", "log", "remember", "looking after", "look after", "at home", "居家", "在家"),
}


_HEADING_WEIGHT = 3.0
_BODY_WEIGHT = 0.5
_BODY_CAP = 4
_POSITION_WEIGHT = 0.4


def _keyword_hits(text: str, part: int) -> int:
    low = text.lower()
    hits = 0
    for kw in _KEYWORDS[part]:
        if kw.isascii():
            hits += len(re.findall(rf"(?<![a-z]){re.escape(kw)}(?![a-z])", low))
        else:
            hits += low.count(kw)
    return hits


def assign_parts(sections: list[Section], lang: str) -> None:
    """Each section's part (0-3), never going back to an earlier part along the article."""
    n = len(sections)
    if not n:
        return
    scores = []
    for i, s in enumerate(sections):
        head = " ".join(h.text(lang) for h in s.headings)
        body = " ".join(b.text(lang) for b in s.body)
        expected = 3 * i / (n - 1) if n > 1 else 0
        row = []
        for p in range(4):
            score = _HEADING_WEIGHT * _keyword_hits(head, p)
            score += _BODY_WEIGHT * min(_keyword_hits(body, p), _BODY_CAP)
            score -= _POSITION_WEIGHT * abs(p - expected)
            row.append(score)
        scores.append(row)
    # best[i][p]: best total for sections 0..i with section i in part p
    best = [[0.0] * 4 for _ in range(n)]
    back = [[0] * 4 for _ in range(n)]
    for p in range(4):
        best[0][p] = scores[0][p]
    for i in range(1, n):
        for p in range(4):
            q = max(range(p + 1), key=lambda k: (best[i - 1][k], -k))
            best[i][p] = best[i - 1][q] + scores[i][p]
            back[i][p] = q
    p = max(range(4), key=lambda k: (best[n - 1][k], -k))
    for i in range(n - 1, -1, -1):
        sections[i].part = p
        p = back[i][p]
