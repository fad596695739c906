"""Unsaved edits kept safe from a crash: one recovery file per deck in the user's own folder.

Owns where a deck's recovery file is (named by a hash of the deck's full path, so two decks never
share one), writing it (atomically, UTF-8, with the deck's path on the first line), reading it
back and removing it. Never touches the deck itself. No Qt.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .atomic import write_atomic
from .textio import InputError

_HEADER = "counsel-recovery 1 "


def recovery_path(folder: Path, deck: Path) -> Path:
    digest = hashlib.sha256(str(deck.resolve()).encode("utf-8")).hexdigest()[:16]
    return folder / f"{deck.stem[:40]}-{digest}.md.recovery"


def write_recovery(folder: Path, deck: Path, text: str) -> None:
    """Keep `text` (the deck as edited, not saved) for `deck`. A failure is silent: the editor goes on."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(recovery_path(folder, deck), (_HEADER + str(deck.resolve()) + "\n" + text).encode("utf-8"),
                     overwrite=True)
    except (OSError, InputError):
        pass


def read_recovery(folder: Path, deck: Path) -> str | None:
    """The edits kept for `deck` by an editor that did not close, or None."""
    try:
        data = recovery_path(folder, deck).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    first, _, text = data.partition("\n")
    return text if first == _HEADER + str(deck.resolve()) else None


def clear_recovery(folder: Path, deck: Path) -> None:
    try:
        recovery_path(folder, deck).unlink()
    except OSError:
        pass
