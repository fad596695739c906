"""The editor's findings for one slide are `check`'s for that slide, source-article rules included."""

from __future__ import annotations

from pathlib import Path

import pytest

from counsel_app.core.deck import parse_deck
from counsel_app.core.importer import import_article
from counsel_app.core.article_formats import read_article
from counsel_app.core.lint import lint_deck
from counsel_app.core.slide_check import slide_findings

REPO = Path(__file__).resolve().parents[2]
DECKS = sorted(p for p in [*(REPO / "tests" / "data").rglob("*.md"), *(REPO / "slides").glob("*.md")])
ARTICLES = sorted(p for p in (REPO / "tests" / "data" / "articles").glob("*.txt"))


def agree(deck) -> int:
    whole = sorted((f.slide, f.rule, f.message_en) for f in lint_deck(deck, deck.base_dir) if f.rule != "empty-deck")
    each = sorted((f.slide, f.rule, f.message_en) for i in range(len(deck.slides)) for f in slide_findings(deck, i))
    assert each == whole
    return sum(f[1] in ("relative-change", "qualifier-lost", "bare-label", "warning-in-notes", "praise") for f in each)


@pytest.mark.parametrize("path", DECKS, ids=lambda p: str(p.relative_to(REPO)))
def test_each_slides_findings_are_checks_for_that_slide(path):
    agree(parse_deck(path.read_bytes().decode("utf-8-sig", errors="replace"), path.resolve()))


def test_imported_drafts_get_the_source_rules_slide_by_slide(tmp_path):
    source_rules = 0
    for article in ARTICLES:
        draft = tmp_path / (article.stem + ".md")
        draft.write_text(import_article(read_article(article)).markdown, encoding="utf-8")
        source_rules += agree(parse_deck(draft.read_text(encoding="utf-8"), draft))
    assert source_rules >= 3


ONE_NUMBER = """---
lang: en
---

## Your medicine

- It lowers the risk of a stroke by 30%
- About 1/3 of people feel tired at first

<!-- Source: Compared with no treatment, it lowers the risk of a stroke by 30%. About 1/3 of people feel tired at first. -->
"""


def test_a_number_a_source_finding_explains_is_not_found_twice(tmp_path):
    deck = parse_deck(ONE_NUMBER, tmp_path / "d.md")
    found = [(f.rule, f.message_en) for f in slide_findings(deck, 0)]
    assert ("relative-change", "30% is a relative change: explain what it means for this patient") in found
    numbers = [m for rule, m in found if rule == "numbers"]
    assert numbers == ["numbers patients find hard (1/3): say 'about 3 in 10 people' instead"]  # not 30% again
    agree(deck)  # `check` says the same
    alone = parse_deck(ONE_NUMBER.replace("- About 1/3 of people feel tired at first\n", ""), tmp_path / "d.md")
    assert [f.rule for f in slide_findings(alone, 0) if "30%" in f.message_en] == ["relative-change"]
    assert [f.rule for f in lint_deck(alone, None) if "30%" in f.message_en] == ["relative-change"]


def test_counsel_app_check_names_the_relative_change_once(tmp_path, capsys, monkeypatch):
    from counsel_app.cli import main
    from counsel_app.commands import check

    monkeypatch.setattr(check, "_overflow_checker", lambda: lambda deck, width, height: [])  # no Qt layout here
    monkeypatch.setenv("COUNSEL_LANG", "en")
    path = tmp_path / "d.md"
    path.write_text(ONE_NUMBER, encoding="utf-8")
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert out.count("30%") == 1 and "30% is a relative change" in out and "hard (1/3)" in out
