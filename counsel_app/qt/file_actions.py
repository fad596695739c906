"""File dialogs on the doctor's screen: open a deck, import an article, export or print the handout.

Each function asks, writes atomically (counsel_app/core/atomic.py) and returns what it did; an
imported article opens in the editor as an unsaved draft (its Save asks where).
`FileMenu` is the File menu's side of them: where dialogs start (the last folder used, else the
user's Documents, never the program's own folder), and what the visit records (handout given).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

from ..core.deck import Deck
from ..core.textio import InputError

if TYPE_CHECKING:  # the dialogs' classes and the handout's model (markdown-it) are not needed to start
    from PySide6.QtWidgets import QCheckBox

    from ..core.handout_model import Handout

translate = QCoreApplication.translate

# WORKAROUND: Qt 6's file dialog says "&Look in:" and "Files of &type:", but Qt's own Chinese
# translation has only the older "Look in:" / "Files of type:"; our translation carries the new ones.
QT_FILE_DIALOG_LABELS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
                         QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def start_folder(last: str | Path | None) -> Path:
    """Where a file dialog opens: the last folder used if it still exists, else Documents."""
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def ask_deck(window: QWidget, start: Path) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(window, translate("FileActions", "Open deck"), str(start),
                                          translate("FileActions", "Decks (*.md *.markdown *.txt)"))
    return Path(path) if path else None


def ask_article(window: QWidget, start: Path) -> Path | None:
    """Ask for an article to import (nothing is read or written here)."""
    from PySide6.QtWidgets import QFileDialog

    src, _ = QFileDialog.getOpenFileName(window, translate("FileActions", "Import article"), str(start),
                                         translate("FileActions", "Articles (*.txt *.md *.markdown *.docx *.html *.htm)"))
    return Path(src) if src else None


def which_slides(window: QWidget, shown: set[int] | None,
                 marks_box: QCheckBox | None = None) -> set[int] | None | Literal[False]:
    """Ask: all slides, or only those shown in this visit. False when the doctor cancels.
    `marks_box`: a tick shown in the question ("with the doctor's marks"), read by the caller."""
    if not shown:
        return None
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, "counsel", translate("FileActions", "Which slides go into the handout?"),
                      QMessageBox.StandardButton.Cancel, window)
    if marks_box is not None:
        box.setCheckBox(marks_box)
    all_button = box.addButton(translate("FileActions", "All slides"), QMessageBox.ButtonRole.AcceptRole)
    shown_button = box.addButton(translate("FileActions", "Only the slides shown today"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(all_button)
    box.exec()
    if box.clickedButton() is shown_button:
        return shown
    return None if box.clickedButton() is all_button else False


def export_handout(window: QWidget, deck: Deck, shown: set[int] | None, start: Path,
                   marks: Callable[[Handout, Path], Handout] | None = None) -> Path | None:
    """`marks`: this visit has ink; when the doctor keeps the tick, the handout shows the slides
    with the doctor's marks (pictures made in a temporary folder, gone after the export)."""
    from PySide6.QtWidgets import QCheckBox, QFileDialog

    from ..core.handout_model import build_handout
    from .handout import render_handout_pdf

    marks_box = None
    if marks is not None:
        marks_box = QCheckBox(translate("FileActions", "With the doctor's marks (this visit's drawings)"))
        marks_box.setChecked(True)
    chosen = which_slides(window, shown, marks_box)
    if chosen is False:
        return None
    name = f"{deck.source.stem if deck.source else 'handout'}-handout.pdf"
    out, _ = QFileDialog.getSaveFileName(window, translate("FileActions", "Export handout"), str(start / name),
                                         translate("FileActions", "PDF (*.pdf)"))
    if not out:
        return None
    handout = build_handout(deck, shown=chosen)
    with tempfile.TemporaryDirectory(prefix="counsel-marks-") as tmp:
        if marks is not None and marks_box is not None and marks_box.isChecked():
            handout = marks(handout, Path(tmp))
        render_handout_pdf(handout, Path(out), large_print=True, overwrite=True)
    return Path(out)


class FileMenu:
    """File > Open, Import article, Export handout, Print handout for the running app."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def folder(self) -> Path:
        return start_folder(self.app.settings.last_folder)

    def _remember(self, path: Path | None) -> Path | None:
        if path is not None:
            self.app.remember_folder(path.parent)
        return path

    def open_dialog(self) -> None:
        path = self._remember(ask_deck(self.app.presenter, self.folder()))
        if path is not None:
            self.app.open_deck(path)

    def import_dialog(self) -> None:
        """File > Import article: after the unsaved-record question, the article's draft opens in the
        editor, unsaved (the patient screen keeps what it showed); its first Save opens it here."""
        self.app.guard.then(self._import_now)

    def _import_now(self) -> None:
        from ..core.draft import import_draft

        app = self.app
        article = self._remember(ask_article(app.presenter, self.folder()))
        if article is None:
            return
        try:
            draft = import_draft(article)
        except InputError as exc:
            app.tell(exc.message(app.lang))
            return
        app.editing.open_draft(draft)

    def handout_dialog(self) -> None:
        app = self.app
        try:
            marks = app.tools.handout_marks if app.tools.marks.book else None
            out = self._remember(export_handout(app.presenter, app.deck, app.keeper.slides_shown(), self.folder(),
                                                marks))
        except InputError as exc:
            app.tell(exc.message(app.lang))
            return
        if out is not None:
            app.keeper.set_handout_given(True)
            app.presenter.statusBar().showMessage(translate("App", "Handout saved: %1").replace("%1", str(out)), 6000)

    def print_dialog(self) -> None:
        from .handout import print_handout

        shown = which_slides(self.app.presenter, self.app.keeper.slides_shown())
        if shown is not False and print_handout(self.app.presenter, self.app.deck, shown):
            self.app.keeper.set_handout_given(True)


def log_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base or Path.home() / ".local" / "share") / "counsel" / "counsel-app" / "logs"
