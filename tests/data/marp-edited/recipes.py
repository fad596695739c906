"""Decks saved by the editor: a source deck and the edits a doctor makes, as pure operations.

`make_decks.py` writes each result here; `expected.json` is what Marp (the marp-oracle) reads in
them; tests/unit/test_marp_edited.py checks that the editor still writes these bytes and that
counsel reads them as Marp does.
"""

from __future__ import annotations

from pathlib import Path

from counsel_app.core import deck_edit as E
from counsel_app.core.deck import parse_deck
from counsel_app.core.deck_file import open_for_edit
from counsel_app.core.deck_text import DeckText, split_deck_text

REPO = Path(__file__).resolve().parents[3]


def _bundled(doc: DeckText) -> DeckText:
    doc = E.set_title(doc, 2, "肺癌常转移到骨头")
    doc = E.set_bullets(doc, 2, ["每10人中约3到4人", "会骨痛", "易骨折", "第四点"])
    doc = E.set_notes(doc, 2, "慢慢说。\n\n你知道吗? --> 不是注释结束")
    doc = E.set_teach_back(doc, parse_deck(doc.text), 3, "请您说说, RET融合是什么?")
    doc = E.move_slide(doc, 4, 1)
    doc = E.duplicate_slide(doc, 7)
    doc = E.delete_slide(doc, len(doc) - 1)
    doc = E.add_part(doc, 10, "新的部分")
    return E.add_slide(doc, 11, "新的一页")


def _privacy(doc: DeckText) -> DeckText:
    doc = E.set_title(doc, 0, "")
    doc = E.set_notes(doc, 1, "")
    doc = E.set_bullets(doc, 2, [])
    doc = E.move_slide(doc, len(doc) - 1, 0)
    return E.add_slide(doc, len(doc) - 1, "At the end")


def _crlf(doc: DeckText) -> DeckText:
    doc = E.set_title(doc, 1, "Changed, CRLF kept")
    doc = E.set_notes(doc, 1, "two\nlines")
    return E.move_slide(doc, 0, len(doc) - 1)


def _directives(doc: DeckText) -> DeckText:
    doc = E.set_notes(doc, 0, "new note")
    doc = E.set_title(doc, 1, "Moved")
    return E.move_slide(doc, 1, len(doc) - 1)


def _divider(doc: DeckText) -> DeckText:
    doc = E.set_title(doc, 1, "Part A renamed")
    return E.add_slide(doc, 1, "Added")


RECIPES = {
    "50_bundled_zh.md": ("slides/ret-bone-metastasis.md", _bundled),
    "51_privacy.md": ("tests/data/decks/privacy.md", _privacy),
    "52_crlf.md": ("tests/data/marp/09_crlf.md", _crlf),
    "53_directives.md": ("tests/data/marp/07_directives.md", _directives),
    "54_heading_divider.md": ("tests/data/marp-extra/30_heading_divider.md", _divider),
}


def edited_bytes(name: str) -> bytes:
    source, recipe = RECIPES[name]
    file = open_for_edit(REPO / source)
    return file.encode(recipe(split_deck_text(file.text)).text)
