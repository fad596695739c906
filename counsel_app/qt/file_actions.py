"""File > Import article, Export handout, Print handout: dialogs on the doctor's screen only.

Every write is atomic (counsel_app/core/atomic.py); the system save dialog asks before replacing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow

from ..core.atomic import write_atomic
from ..core.textio import InputError


def import_article(window: QMainWindow, start: Path, lang: str) -> Path | None:
    """Ask for an article, write the deck next to it (asking where), return the deck path."""
    src, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate("FileActions", "Import article"), str(start),
                                         QCoreApplication.translate("FileActions", "Articles (*.txt *.md *.markdown *.docx *.html *.htm)"))
    if not src:
        return None
    from ..core.article_formats import read_article
    from ..core.importer import import_article as convert

    text = read_article(src)
    result = convert(text)
    suggested = str(Path(src).with_suffix(".deck.md"))
    out, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("FileActions", "Save the new deck"), suggested,
                                         QCoreApplication.translate("FileActions", "Decks (*.md)"))
    if not out:
        return None
    write_atomic(out, result.markdown.encode("utf-8"), overwrite=True)  # the dialog asked already
    return Path(out)


def which_slides(window: QMainWindow, shown: set[int] | None) -> set[int] | None | bool:
    """Ask: all slides, or only those shown in this session. False when the doctor cancels."""
    from PySide6.QtWidgets import QMessageBox

    if not shown:
        return None
    box = QMessageBox(QMessageBox.Icon.Question, "counsel", QCoreApplication.translate("FileActions", "Which slides go into the handout?"),
                      QMessageBox.StandardButton.Cancel, window)
    all_button = box.addButton(QCoreApplication.translate("FileActions", "All slides"), QMessageBox.ButtonRole.AcceptRole)
    shown_button = box.addButton(QCoreApplication.translate("FileActions", "Only the slides shown today"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(all_button)
    box.exec()
    if box.clickedButton() is shown_button:
        return shown
    return None if box.clickedButton() is all_button else False


def export_handout(window: QMainWindow, deck, shown: set[int] | None, start: Path) -> Path | None:
    from ..core.handout_model import build_handout
    from .handout import render_handout_pdf

    shown = which_slides(window, shown)
    if shown is False:
        return None

    suggested = str(start / f"{(deck.source.stem if deck.source else 'handout')}-handout.pdf")
    out, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("FileActions", "Export handout"), suggested, QCoreApplication.translate("FileActions", "PDF (*.pdf)"))
    if not out:
        return None
    render_handout_pdf(build_handout(deck, shown=shown), Path(out), large_print=True, overwrite=True)
    return Path(out)


__all__ = ["import_article", "export_handout", "InputError", "write_atomic"]
