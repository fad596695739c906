"""`counsel-app inspect DECK [--json]`: how a deck is read (title, language, slides, notes). No Qt."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..core.deck import Deck, load_deck


def deck_json(deck: Deck) -> dict[str, Any]:
    return {
        "title": deck.title,
        "lang": deck.lang,
        "slides": [
            {"index": s.index, "title": s.title, "notes": s.notes, "text": s.text, "section": s.section}
            for s in deck.slides
        ],
    }


def run(args: argparse.Namespace) -> int:
    deck = load_deck(args.deck)
    if args.json:
        print(json.dumps(deck_json(deck), ensure_ascii=False, indent=1))
        return 0
    print(f"{deck.title}  ({deck.lang}, {len(deck.slides)} slides)")
    section = None
    for s in deck.slides:
        if s.section != section and s.section:
            section = s.section
        marker = "#" if s.is_part else " "
        notes = f"  [notes: {len(s.notes)} chars]" if s.notes else ""
        print(f"{marker}{s.index:3d}  {s.title or '(untitled)'}{notes}")
    return 0
