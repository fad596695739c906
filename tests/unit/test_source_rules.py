"""`check` reads a bullet against its source in the notes (issue 14 item 8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from counsel_app.core.article_formats import read_article
from counsel_app.core.deck import parse_deck
from counsel_app.core.importer import import_article
from counsel_app.core.lint import lint_deck

DATA = Path(__file__).resolve().parents[1] / "data"
SOURCE_RULES = {"relative-change", "qualifier-lost", "bare-label", "praise", "warning-in-notes"}


def rules(markdown: str) -> list[tuple[int, str]]:
    return [(f.slide, f.rule) for f in lint_deck(parse_deck(markdown), None) if f.rule in SOURCE_RULES]


def test_each_rule_on_a_hand_made_deck():
    got = rules((DATA / "decks" / "source_rules_zh.md").read_text(encoding="utf-8"))
    assert got == [(1, "relative-change"), (1, "qualifier-lost"), (1, "praise"), (2, "bare-label"), (2, "warning-in-notes")]


def test_a_bullet_that_keeps_its_source_is_fine():
    deck = ("---\nlang: en\n---\n\n## Care\n\n1. Get help at once: if you vomit blood, call 911 right away\n\n"
            "<!-- Source: 1. Get help at once: if you vomit blood, call 911 right away. -->\n")
    assert rules(deck) == []


def test_decks_without_source_notes_are_left_alone():
    deck = "---\nlang: zh-CN\n---\n\n## 注意\n\n- 风险降低35%\n- 这是高效、核心的治疗\n\n<!-- 请医生补充 -->\n"
    assert rules(deck) == []


@pytest.mark.parametrize("name", ["asthma_zh.md", "warfarin_en.md", "copd_zh.txt", "heart_failure_zh.txt",
                                  "fracture_en.txt", "pain_home_en.txt", "tumour_response_zh.txt"])
def test_imported_corpus_drafts_pass_the_source_rules_but_relative_changes(name):
    md = import_article(read_article(DATA / "articles" / name)).markdown
    assert {rule for _, rule in rules(md)} <= {"relative-change"}


def test_a_source_note_written_laiyuan_is_read_as_the_console_and_the_editor_read_it():
    # one rule for a note that carries the article (core/notes.SOURCE_NOTE): `来源:` as well as `原文:`
    deck = (DATA / "decks" / "source_rules_zh.md").read_text(encoding="utf-8")
    assert "原文:" in deck or "原文：" in deck
    assert rules(deck.replace("原文:", "来源:").replace("原文：", "来源：")) == rules(deck) != []
