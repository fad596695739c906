"""File > Import article, Export handout, Print handout: dialogs on the doctor's screen only.

Every write is atomic (counsel_app/core/atomic.py); the system save dialog asks before replacing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMainWindow

from ..core.atomic import write_atomic
from ..core.textio import InputError, read_text


def import_article(window: QMainWindow, start: Path, lang: str) -> Path | None:
    """Ask for an article, write the deck next to it (asking where), return the deck path."""
    src, _ = QFileDialog.getOpenFileName(window, window.tr("Import article"), str(start),
                                         window.tr("Articles (*.txt *.md *.markdown)"))
    if not src:
        return None
    from ..core.importer import import_article as convert

    text, _enc = read_text(src)
    result = convert(text)
    suggested = str(Path(src).with_suffix(".deck.md"))
    out, _ = QFileDialog.getSaveFileName(window, window.tr("Save the new deck"), suggested,
                                         window.tr("Decks (*.md)"))
    if not out:
        return None
    write_atomic(out, result.markdown.encode("utf-8"), overwrite=True)  # the dialog asked already
    return Path(out)


def export_handout(window: QMainWindow, deck, shown: set[int] | None, start: Path) -> Path | None:
    from ..core.handout_model import build_handout
    from .handout import render_handout_pdf

    suggested = str(start / f"{(deck.source.stem if deck.source else 'handout')}-handout.pdf")
    out, _ = QFileDialog.getSaveFileName(window, window.tr("Export handout"), suggested, window.tr("PDF (*.pdf)"))
    if not out:
        return None
    render_handout_pdf(build_handout(deck, shown=shown), Path(out), large_print=True, overwrite=True)
    return Path(out)


__all__ = ["import_article", "export_handout", "InputError", "write_atomic"]
