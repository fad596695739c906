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
