"""Decks saved by the editor are read by Marp as counsel reads them (tests/data/marp-edited, made with
../shared/tools/marp-oracle), and the editor still writes exactly those bytes."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from counsel_app.core.deck import load_deck

HERE = Path(__file__).resolve().parents[1] / "data" / "marp-edited"
EXPECTED = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
NAMES = sorted(k for k in EXPECTED if not k.startswith("_"))


def recipes():
    spec = importlib.util.spec_from_file_location("marp_edited_recipes", HERE / "recipes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", NAMES)
def test_the_editor_still_writes_these_bytes(name):
    assert recipes().edited_bytes(name) == (HERE / name).read_bytes(), (
        "the editor writes something else now: run tests/data/marp-edited/make_decks.py with the marp-oracle")


@pytest.mark.parametrize("name", NAMES)
def test_marp_reads_the_saved_deck_as_counsel_does(name):
    deck = load_deck(HERE / name)
    want = EXPECTED[name]
    assert len(deck.slides) == want["slides"]
    assert [s.notes for s in deck.slides] == want["notes"]
    assert [s.title for s in deck.slides] == want["titles"]
    assert [s.text for s in deck.slides] == want["text"]
    assert [" ".join(s.classes) for s in deck.slides] == want["classes"]


def test_the_edits_are_in_the_saved_decks():
    zh = load_deck(HERE / "50_bundled_zh.md")
    assert any(s.title == "肺癌常转移到骨头" for s in zh.slides)
    assert any("不是注释结束" in s.notes for s in zh.slides)
    assert any(s.is_part and s.title == "新的部分" for s in zh.slides)
    crlf = (HERE / "52_crlf.md").read_bytes()
    assert b"Changed, CRLF kept\r\n" in crlf and crlf.count(b"\n") == crlf.count(b"\r\n")
