"""Decks read before, kept as what the reader made of them: a long deck opens without parsing.

The key is the file's text (its sha256, `Deck.version`) and the reader's own version, so an edited
file or a newer counsel reads the deck afresh. One JSON file a deck in a cache folder the caller
gives (the doctor's deck is never written); anything unreadable there is ignored. Pure: no Qt.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from .atomic import write_atomic
from .deck import Deck, Slide, _LazyHtml
from .textio import InputError

FORMAT = "counsel-deck-1"
KEEP = 8  # decks kept; the oldest go first
_FIELDS = ("index", "title", "body", "notes", "section", "images", "classes", "comments")


@lru_cache(maxsize=1)
def _markdown_it_version() -> str:
    """markdown-it-py's version, read from its package file without importing it (the import takes
    about 40 ms, and a deck opened from the cache needs no parser)."""
    from importlib.util import find_spec

    try:
        spec = find_spec("markdown_it")
        if spec is not None and spec.origin:
            found = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", Path(spec.origin).read_text(encoding="utf-8"),
                              re.MULTILINE)
            if found:
                return found.group(1)
    except (OSError, ValueError, ImportError):
        pass
    if getattr(sys, "frozen", False):  # an application bundle: its parser changes only with the bundle
        try:
            return f"bundle-{int(Path(sys.executable).stat().st_mtime)}"
        except OSError:
            pass
    import markdown_it  # no readable package file: ask the module itself

    return str(getattr(markdown_it, "__version__", "?"))


def _reader_version() -> str:
    from .. import __version__

    return f"{FORMAT}-{__version__}-{_markdown_it_version()}"


def cache_file(folder: Path, deck_version: str) -> Path:
    """Where a deck is kept: named by its text and by the reader, so that what an older counsel kept
    is replaced (the next start opens without parsing) rather than read afresh at every start."""
    return Path(folder) / f"{deck_version}.{re.sub(r'[^A-Za-z0-9.-]+', '_', _reader_version())}.json"


def kept(folder: Path, deck_version: str) -> bool:
    """Whether this reader has kept the deck with this text."""
    return cache_file(folder, deck_version).exists()


def load_cached(folder: Path, deck_version: str, source: Path, encoding: str) -> Deck | None:
    """The deck as read before from the same text, or None (never read, or the cache is unusable)."""
    try:
        data = json.loads(cache_file(folder, deck_version).read_text(encoding="utf-8"))
        if data.get("reader") != _reader_version() or data.get("version") != deck_version:
            return None
        slides = tuple(_slide(s) for s in data["slides"])
        meta = {str(k): str(v) for k, v in data["meta"].items()}
        return Deck(title=str(data["title"]), lang=str(data["lang"]), slides=slides, meta=meta, source=source,
                    version=deck_version, encoding=encoding)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def lookup(folder: Path | None) -> Callable[[str, Path, str], Deck | None] | None:
    """What `load_deck(path, cached=...)` asks before parsing: the deck from `folder` (None: no cache)."""
    if folder is None:
        return None
    return lambda deck_version, source, encoding: load_cached(folder, deck_version, source, encoding)


def _slide(d: dict[str, Any]) -> Slide:
    tuples = {k: tuple(str(x) for x in d[k]) for k in ("images", "classes", "comments")}
    return Slide(index=int(d["index"]), title=str(d["title"]), body=str(d["body"]), notes=str(d["notes"]),
                 section=str(d["section"]), rendered=_LazyHtml([], html_=str(d["html"])), **tuples)


def save_cached(folder: Path, deck: Deck) -> bool:
    """Keep what the reader made of `deck` (every slide's HTML is worked out now). False if not written."""
    if not deck.version:
        return False
    data = {"reader": _reader_version(), "version": deck.version, "title": deck.title, "lang": deck.lang,
            "meta": dict(deck.meta),
            "slides": [{**{k: getattr(s, k) for k in _FIELDS}, "html": s.html} for s in deck.slides]}
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
        write_atomic(cache_file(folder, deck.version), json.dumps(data, ensure_ascii=False).encode("utf-8"),
                     overwrite=True)
        kept = sorted(Path(folder).glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[KEEP:]:
            old.unlink()
    except (OSError, InputError):
        return False
    return True
