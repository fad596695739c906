"""More conformance cases, and the bundled decks, checked against what Marp itself makes of them.

tests/data/marp-extra/expected.json was made with ../shared/tools/marp-oracle (marp-cli 4.5.1).
The bundled decks are compared as they are now: when they change, run the oracle again
(see tests/data/marp-extra/README.md).
"""

import json
from pathlib import Path

import pytest

from counsel_app.core.deck import load_deck

HERE = Path(__file__).resolve().parents[1] / "data" / "marp-extra"
REPO = Path(__file__).resolve().parents[2]
EXPECTED = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
DECKS = sorted(k for k in EXPECTED if not k.startswith("_"))


@pytest.mark.parametrize("name", DECKS)
def test_agrees_with_marp(name):
    deck = load_deck(HERE / name)
    want = EXPECTED[name]
    assert len(deck.slides) == want["slides"]
    assert [s.notes for s in deck.slides] == want["notes"]
    assert [s.title for s in deck.slides] == want["titles"]
    assert [s.text for s in deck.slides] == want["text"]
    assert [" ".join(s.classes) for s in deck.slides] == want["classes"]


@pytest.mark.parametrize("copy,bundled", [("40_bundled_zh.md", "ret-bone-metastasis.md"),
                                          ("41_bundled_en.md", "ret-bone-metastasis.en.md")])
def test_the_conformance_copy_is_the_bundled_deck(copy, bundled):
    assert (HERE / copy).read_bytes() == (REPO / "slides" / bundled).read_bytes(), (
        "the bundled deck changed: copy it here and run the marp-oracle again")
