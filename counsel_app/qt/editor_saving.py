"""The editor's Save, Save as, recovery after a crash and the question before closing (a mix-in of
`EditorWindow`, qt/editor_window.py).

Save writes with `core.deck_file.save` (atomic, one `.bak`); a new draft from an imported article
has no file yet, so its Save asks where (next to the article by default) and then writes the
icon arrays the importer made beside the deck (`core.atomic.write_beside`: never over a file).
Unsaved edits go to a recovery file every few seconds; closing with unsaved edits asks
save / discard / cancel. Strings are in the "EditorWindow" translation context.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace as dc_replace
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from ..core.atomic import ExistsError, write_beside
from ..core.deck_file import ChangedOnDisk, EditedFile, save
from ..core.deck_text import split_deck_text
from ..core.edit_history import History
from ..core.recovery import clear_recovery, read_recovery, write_recovery
from ..core.textio import InputError

translate = QCoreApplication.translate


class EditorSaving:
    file: EditedFile
    history: History
    lang: str
    recovery: Path | None
    question: QMessageBox | None
    _may_close: bool
    _kept: str
    pictures: dict[str, str] | None  # a new draft's icon arrays, written beside it on its first Save
    draft_folder: tempfile.TemporaryDirectory[str] | None  # where those pictures are until then
    _deck: Any
    recovery_timer: Any
    saved: Any
    closed: Any
    doc: Any

    @property
    def window_(self) -> QMainWindow:
        return cast(QMainWindow, self)

    def _start_draft(self, pictures: dict[str, str]) -> None:
        """This deck is an unsaved draft: closing asks, Save asks where; its pictures shown from a
        temporary folder until then."""
        self.pictures = dict(pictures)
        self.draft_folder = tempfile.TemporaryDirectory(prefix="counsel-draft-")
        write_beside(self.draft_folder.name, self.pictures)
        self.history.mark_saved("")  # nothing of it is on disk yet

    def picture_home(self) -> Path:
        """The deck's path as its pictures are found from it (a draft's: its temporary folder)."""
        if self.draft_folder is not None:
            return Path(self.draft_folder.name) / self.file.path.name
        return self.file.path

    @property
    def is_draft(self) -> bool:
        return self.pictures is not None

    def save(self) -> bool:
        """Save (atomic, the old file kept as .bak). False when it could not be written."""
        if self.is_draft:
            return self.save_as()
        try:
            try:
                self.file, written = save(self.file, self.doc.text)
            except ChangedOnDisk as exc:
                if not self._replace_theirs(exc):
                    return False
                self.file, written = save(self.file, self.doc.text, replace_theirs=True)
        except InputError as exc:  # a read-only deck or folder, a full disk: offer another place
            buttons = QMessageBox.StandardButton
            answer = QMessageBox.warning(self.window_, "counsel", self.file_problem(exc) + "\n\n" + translate(
                "EditorWindow", "Save the deck under another name or in another folder?"),
                buttons.Save | buttons.Cancel, buttons.Save)
            return answer == buttons.Save and self.save_as()
        self._saved(written)
        return True

    def save_as(self) -> bool:
        """Save to a file the doctor chooses; the editor goes on with that file."""
        target = self._ask_path()
        if target is None:
            return False
        was_draft = self.is_draft
        if self.recovery is not None:
            clear_recovery(self.recovery, self.file.path)
        try:
            self.file, written = save(dc_replace(self.file, path=target), self.doc.text, replace_theirs=True)
            if self.pictures is not None:
                write_beside(target.parent, self.pictures)  # the icon arrays the draft shows
        except ExistsError as exc:  # the file dialog asked before replacing the deck: this is another file
            buttons = QMessageBox.StandardButton
            answer = QMessageBox.warning(self.window_, "counsel", self.file_problem(exc, translate(
                "EditorWindow", "Save the deck under another name? (To replace that file instead, choose its name "
                "and confirm when you are asked.)")), buttons.Save | buttons.Cancel, buttons.Save)
            return answer == buttons.Save and self.save_as()
        except InputError as exc:
            QMessageBox.warning(self.window_, "counsel", self.file_problem(exc))
            return False
        if self.draft_folder is not None:
            self.pictures = None
            self.draft_folder.cleanup()
            self.draft_folder = None
            self._deck = None  # its pictures are now found beside the saved deck
        self._saved(written or was_draft)
        return True

    def file_problem(self, exc: InputError, what_now: str = "") -> str:
        """Why a file could not be written, for the doctor. The core's "file exists" sentence names
        --force, an option of the command line; here it says what the doctor can do (`what_now`)."""
        if isinstance(exc, ExistsError) and exc.path is not None:
            exists = translate("EditorWindow", "A file named “%1” is already in the folder %2, so nothing "
                               "was written over it.").replace("%2", str(exc.path.parent)).replace("%1", exc.path.name)
            return exists + ("\n\n" + what_now if what_now else "")
        return exc.message(self.lang)

    def _ask_path(self) -> Path | None:
        out, _ = QFileDialog.getSaveFileName(self.window_, translate("EditorWindow", "Save the deck as"),
                                             str(self.file.path), translate("EditorWindow", "Marp decks (*.md)"))
        return Path(out) if out else None

    # -- recovery after a crash --------------------------------------------------------------------
    def keep_unsaved(self) -> None:
        """Write the unsaved edits to the recovery file (nothing when there are none or nothing new)."""
        if self.recovery is None or self.doc.text == self._kept:
            return
        self._kept = self.doc.text
        if self.history.modified:
            write_recovery(self.recovery, self.file.path, self._kept)
        else:
            clear_recovery(self.recovery, self.file.path)

    def offer_recovery(self) -> bool:
        """After a crash: the edits kept last time, if the doctor wants them back (then unsaved here)."""
        if self.recovery is None:
            return False
        kept = read_recovery(self.recovery, self.file.path)
        if kept is None or kept == self.doc.text:
            return False
        if not self._ask_restore():
            clear_recovery(self.recovery, self.file.path)
            return False
        self.history.apply(split_deck_text(kept), 0)
        self.history.seal()
        self._jump(0)
        return True

    def _jump(self, slide: int) -> None:
        raise NotImplementedError  # EditorWindow shows the slide

    def _refresh(self, source_later: bool = False) -> None:
        raise NotImplementedError

    def _ask_restore(self) -> bool:
        buttons = QMessageBox.StandardButton
        return QMessageBox.question(
            self.window_, "counsel", translate(
                "EditorWindow", "This deck has edits that were not saved when counsel last closed. Restore them?"),
            buttons.Yes | buttons.No, buttons.Yes) == buttons.Yes

    def _saved(self, written: bool) -> None:
        if self.recovery is not None:
            clear_recovery(self.recovery, self.file.path)
        self.history.mark_saved()
        self._refresh()
        self.window_.statusBar().showMessage(translate("EditorWindow", "Saved") if written
                                     else translate("EditorWindow", "No changes to save"), 4000)
        if written:
            self.saved.emit(self.file.path)

    def _replace_theirs(self, exc: ChangedOnDisk) -> bool:
        """Ask before writing over a deck another program changed (theirs stays as the .bak)."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.window_, "counsel", exc.message(self.lang) + "\n\n" + translate(
                "EditorWindow", "Save your version anyway? The other version is kept as %1.")
            .replace("%1", self.file.backup.name), buttons.Save | buttons.Cancel, buttons.Cancel)
        return bool(answer == buttons.Save)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self._may_close or not self.history.modified:
            if self.recovery is not None:  # saved or discarded: nothing to recover
                self.recovery_timer.stop()
                clear_recovery(self.recovery, self.file.path)
            if self.draft_folder is not None:
                self.draft_folder.cleanup()
            event.accept()
            self.closed.emit()
            return
        event.ignore()
        if self.question is not None and self.question.isVisible():
            return
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, "counsel",
                          translate("EditorWindow", "The changes to this deck are not saved."),
                          buttons.Save | buttons.Discard | buttons.Cancel, self.window_)
        box.setInformativeText(translate("EditorWindow", "Save them, discard them, or cancel and go on editing?"))
        box.setDefaultButton(buttons.Save)
        box.setEscapeButton(buttons.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.button(buttons.Save).clicked.connect(self._save_and_close)
        box.button(buttons.Discard).clicked.connect(self._close_now)
        self.question = box
        box.open()

    def _save_and_close(self) -> None:
        if self.save():
            self._close_now()

    def _close_now(self) -> None:
        self._may_close = True
        self.window_.close()
