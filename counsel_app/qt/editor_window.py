"""The deck editor: slides on the left, the slide's fields in the middle, the patient's view right.

Owns `EditorWindow`: applies the doctor's edits (pure operations of `core.deck_edit`) through an
undo history, saves with `core.deck_file.save` (atomic, one `.bak`), and asks save / discard /
cancel before closing with unsaved edits. Signals: `saved(Path)` after a save wrote the file,
`closed()` when the window has closed. Never touches the patient screen.
"""

from __future__ import annotations

from dataclasses import replace as dc_replace
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QSplitter, QWidget

from ..core import deck_edit as E
from ..core.deck import Deck, parse_deck
from ..core.deck_file import ChangedOnDisk, EditedFile, save
from ..core.deck_text import DeckText, split_deck_text
from ..core.edit_history import History
from ..core.lint import lint_slide
from ..core.recovery import clear_recovery, read_recovery, write_recovery
from ..core.slide_fields import read_fields
from ..core.textio import InputError
from ..core.themes import Theme
from .editor_fields import FieldEdit, SlideFieldsPanel
from .editor_preview import EditorPreview
from .editor_source import SourcePane


LARGE_DECK = 200  # slides: above this, the preview follows typing once the doctor pauses (reading 1,000 slides: ~0.3 s)


class EditorWindow(QMainWindow):
    """Signals: saved(Path), closed()."""

    saved = Signal(object)
    closed = Signal()

    def __init__(self, file: EditedFile, *, lang: str, theme: Theme, screen: QSize | None = None,
                 recovery: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self.lang = lang
        self.history = History(split_deck_text(file.text))
        self.index = 0
        self._deck: tuple[str, Deck] | None = None
        self.question: QMessageBox | None = None
        self._may_close = False
        self.refresh_timer = QTimer(self, singleShot=True, interval=300)
        self.refresh_timer.timeout.connect(self._refresh)
        self.recovery = recovery  # folder for unsaved edits (None: none kept)
        self._kept = file.text
        self.recovery_timer = QTimer(self, interval=5000)  # unsaved edits kept every 5 s
        self.recovery_timer.timeout.connect(self.keep_unsaved)
        self.slides = QListWidget()
        self.slides.setMinimumWidth(300)
        self.slides.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)  # drag a slide to move it
        self.fields = SlideFieldsPanel()
        self.preview = EditorPreview(screen or QSize(1920, 1080), theme, lang)  # no patient screen: 1080p
        split = QSplitter(Qt.Orientation.Horizontal)
        for widget, stretch in ((self.slides, 1), (self.fields, 2), (self.preview, 2)):
            split.addWidget(widget)
            split.setStretchFactor(split.count() - 1, stretch)
        self.setCentralWidget(split)
        self.commands = self._make_actions()
        self.fields.field_edited.connect(self.edit_field)
        self.fields.picture_requested.connect(self.choose_picture)
        self.slides.currentRowChanged.connect(self._row_changed)
        self.slides.model().rowsMoved.connect(self._dragged)
        self.source = SourcePane(self)  # bottom: the article behind the slides (decks whose notes carry 原文/Source)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.source)
        self.source.bullet_requested.connect(
            lambda point: self.structure(lambda d: E.add_bullet(d, self.index, point), self.index))
        self.source.accept_drops_on(self.fields, self.preview)
        self.resize(1500, 850)
        self._fill_list()
        self.select(0)
        if recovery is not None:
            self.recovery_timer.start()

    # -- the deck as it stands ---------------------------------------------------------------------
    @property
    def doc(self) -> DeckText:
        return self.history.doc

    @property
    def deck(self) -> Deck:
        text = self.doc.text
        if self._deck is None or self._deck[0] != text:
            self._deck = (text, parse_deck(text, self.file.path.resolve()))
        return self._deck[1]

    def _make_actions(self) -> dict[str, QAction]:
        specs: list[tuple[str, str, tuple[str, ...], Callable[[], object]]] = [
            ("save", self.tr("&Save"), ("Ctrl+S",), self.save),
            ("save_as", self.tr("Save &as..."), ("Ctrl+Shift+S",), self.save_as),
            ("close", self.tr("&Close editor"), ("Ctrl+W",), self.close),
            ("undo", self.tr("&Undo"), ("Ctrl+Z",), self.undo),
            ("redo", self.tr("&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), self.redo),
            ("add", self.tr("&Add slide"), ("Ctrl+Return",), lambda: self.structure(
                lambda d: E.add_slide(d, self.index, self.tr("New slide")), self.index + 1)),
            ("duplicate", self.tr("D&uplicate slide"), ("Ctrl+D",), lambda: self.structure(
                lambda d: E.duplicate_slide(d, self.index), self.index + 1)),
            ("delete", self.tr("&Delete slide"), ("Ctrl+Shift+Delete",), lambda: self.structure(
                lambda d: E.delete_slide(d, self.index), max(0, self.index - 1))),
            ("add_part", self.tr("Add &part"), (), lambda: self.structure(
                lambda d: E.add_part(d, self.index, self.tr("New part")), self.index + 1)),
            ("up", self.tr("Move slide &up"), ("Alt+Up",), lambda: self.structure(
                lambda d: E.move_slide(d, self.index, self.index - 1), self.index - 1)),
            ("down", self.tr("Move slide do&wn"), ("Alt+Down",), lambda: self.structure(
                lambda d: E.move_slide(d, self.index, self.index + 1), self.index + 1)),
        ]
        actions = {}
        menus = {"file": self.menuBar().addMenu(self.tr("&File")), "edit": self.menuBar().addMenu(self.tr("&Edit")),
                 "slide": self.menuBar().addMenu(self.tr("&Slide"))}
        for name, text, keys, run in specs:
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(lambda _c=False, r=run: r())
            menu = "file" if name in ("save", "save_as", "close") else "edit" if name in ("undo", "redo") else "slide"
            menus[menu].addAction(action)
            actions[name] = action
        return actions

    # -- showing -----------------------------------------------------------------------------------
    def _label(self, i: int) -> str:
        slide = self.deck.slides[i]
        mark = "  !" if any(f.severity != "info" for f in lint_slide(slide, self.deck.base_dir)) else ""
        title = slide.title or self.tr("(no title)")
        return f"{i + 1}. {title}{mark}" if not slide.is_part else f"{i + 1}. \u25a0 {title}{mark}"

    def _fill_list(self) -> None:
        self.slides.blockSignals(True)
        self.slides.clear()
        for i in range(len(self.deck.slides)):
            item = QListWidgetItem(self._label(i))
            if self.deck.slides[i].is_part:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.slides.addItem(item)
        self.slides.setCurrentRow(self.index)
        self.slides.blockSignals(False)

    def _dragged(self, _parent: QModelIndex | QPersistentModelIndex, start: int, _end: int,
                 _dest: QModelIndex | QPersistentModelIndex, row: int) -> None:
        """A slide dragged in the list: the same move as Alt+Up/Down, through undo (refused: put back)."""
        target = row if row < start else row - 1

        def move() -> None:
            self.index = start
            self.structure(lambda d: E.move_slide(d, start, target), target)
        QTimer.singleShot(0, self, move)  # after the drop: the list is rebuilt, not while Qt is still moving the row

    def _row_changed(self, row: int) -> None:
        if row >= 0 and row != self.index:
            self.history.seal()
            self.select(row)

    def select(self, index: int) -> None:
        """Show slide `index` (from 0): its fields and what the patient will see."""
        self.index = max(0, min(index, len(self.doc) - 1))
        if self.slides.currentRow() != self.index:
            self.slides.blockSignals(True)
            self.slides.setCurrentRow(self.index)
            self.slides.blockSignals(False)
        tb_slide = E.teach_back_slide(self.deck, self.index)
        self.fields.show_fields(read_fields(self.doc.slides[self.index]),
                                read_fields(self.doc.slides[tb_slide]).teach_back)
        self.preview.reset_page()
        self._refresh()

    def _refresh(self) -> None:
        self.refresh_timer.stop()
        deck = self.deck
        self.preview.show_slide(deck, self.index, lint_slide(deck.slides[self.index], deck.base_dir))
        self.source.show_deck(deck, self.index)
        item = self.slides.item(self.index)
        if item is not None:
            item.setText(self._label(self.index))
        self.setWindowTitle(self.tr("Edit: %1").replace("%1", self.file.path.name) + "[*]")
        self.setWindowModified(self.history.modified)
        self.commands["undo"].setEnabled(self.history.can_undo)
        self.commands["redo"].setEnabled(self.history.can_redo)

    # -- editing -----------------------------------------------------------------------------------
    def edit_field(self, edit: FieldEdit) -> None:
        i = self.index
        try:
            if edit.field == "title":
                new = E.set_title(self.doc, i, edit.value)
            elif edit.field == "bullets":
                new = E.set_bullets(self.doc, i, edit.value.split("\n"))
            elif edit.field == "notes":
                new = E.set_notes(self.doc, i, edit.value)
            elif edit.field == "caption":
                new = E.set_picture(self.doc, i, read_fields(self.doc.slides[i]).picture, edit.value)
            elif edit.field == "picture":
                new = E.set_picture(self.doc, i, edit.value, self.fields.caption.text())
            else:
                new = E.set_teach_back(self.doc, self.deck, i, edit.value)
        except E.EditError as exc:
            self.statusBar().showMessage(self.tr("This change cannot be written on this slide: %1")
                                         .replace("%1", str(exc)), 6000)
            return
        self.history.apply(new, i, key="" if edit.field == "picture" else f"{edit.field}:{i}")
        if edit.field == "picture":
            self.select(i)  # the picture's name and caption fields follow
        if len(self.doc) > LARGE_DECK:
            self.setWindowModified(True)
            self.refresh_timer.start()  # typing stays quick; the preview follows when the doctor pauses
        else:
            self._refresh()

    def choose_picture(self) -> None:
        """A picture file for this slide, copied into the deck's picture folder (a bad file: nothing copied)."""
        source = self._ask_picture()
        if source is None:
            return
        from ..core.picture_copy import copy_picture

        try:
            destination = copy_picture(source, self.file.path)
        except InputError as exc:
            QMessageBox.warning(self, "counsel", exc.message(self.lang))
            return
        self.history.seal()
        self.edit_field(FieldEdit("picture", destination))

    def _ask_picture(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        out, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a picture"), str(self.file.path.parent),
                                             self.tr("Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)"))
        return Path(out) if out else None

    def structure(self, change: Callable[[DeckText], DeckText], then: int) -> None:
        """A change of the slides themselves (add, copy, delete, move), then show slide `then`."""
        try:
            new = change(self.doc)
        except E.EditError as exc:
            self.statusBar().showMessage(self.tr("This change cannot be made: %1").replace("%1", str(exc)), 6000)
            self._fill_list()  # a refused drag puts the slide back where it is
            return
        self.history.seal()
        self.history.apply(new, then)
        self.history.seal()
        self.index = then
        self._fill_list()
        self.select(then)

    def undo(self) -> None:
        self._jump(self.history.undo())

    def redo(self) -> None:
        self._jump(self.history.redo())

    def _jump(self, slide: int) -> None:
        self.index = min(slide, len(self.doc) - 1)
        self._fill_list()
        self.select(self.index)

    # -- saving and closing ------------------------------------------------------------------------
    def save(self) -> bool:
        """Save (atomic, the old file kept as .bak). False when it could not be written."""
        try:
            try:
                self.file, written = save(self.file, self.doc.text)
            except ChangedOnDisk as exc:
                if not self._replace_theirs(exc):
                    return False
                self.file, written = save(self.file, self.doc.text, replace_theirs=True)
        except InputError as exc:  # a read-only deck or folder, a full disk: offer another place
            buttons = QMessageBox.StandardButton
            answer = QMessageBox.warning(self, "counsel", exc.message(self.lang) + "\n\n" + self.tr(
                "Save the deck under another name or in another folder?"), buttons.Save | buttons.Cancel, buttons.Save)
            return answer == buttons.Save and self.save_as()
        self._saved(written)
        return True

    def save_as(self) -> bool:
        """Save to a file the doctor chooses; the editor goes on with that file."""
        target = self._ask_path()
        if target is None:
            return False
        if self.recovery is not None:
            clear_recovery(self.recovery, self.file.path)
        try:
            self.file, written = save(dc_replace(self.file, path=target), self.doc.text, replace_theirs=True)
        except InputError as exc:
            QMessageBox.warning(self, "counsel", exc.message(self.lang))
            return False
        self._saved(written)
        return True

    def _ask_path(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        out, _ = QFileDialog.getSaveFileName(self, self.tr("Save the deck as"), str(self.file.path),
                                             self.tr("Marp decks (*.md)"))
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
        self._fill_list()
        self.select(0)
        return True

    def _ask_restore(self) -> bool:
        buttons = QMessageBox.StandardButton
        return QMessageBox.question(
            self, "counsel", self.tr("This deck has edits that were not saved when counsel last closed. Restore them?"),
            buttons.Yes | buttons.No, buttons.Yes) == buttons.Yes

    def _saved(self, written: bool) -> None:
        if self.recovery is not None:
            clear_recovery(self.recovery, self.file.path)
        self.history.mark_saved()
        self._refresh()
        self.statusBar().showMessage(self.tr("Saved") if written else self.tr("No changes to save"), 4000)
        if written:
            self.saved.emit(self.file.path)

    def _replace_theirs(self, exc: ChangedOnDisk) -> bool:
        """Ask before writing over a deck another program changed (theirs stays as the .bak)."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, "counsel", exc.message(self.lang) + "\n\n" + self.tr(
                "Save your version anyway? The other version is kept as %1.").replace("%1", self.file.backup.name),
            buttons.Save | buttons.Cancel, buttons.Cancel)
        return answer == buttons.Save

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self._may_close or not self.history.modified:
            if self.recovery is not None:  # saved or discarded: nothing to recover
                self.recovery_timer.stop()
                clear_recovery(self.recovery, self.file.path)
            event.accept()
            self.closed.emit()
            return
        event.ignore()
        if self.question is not None and self.question.isVisible():
            return
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, "counsel", self.tr("The changes to this deck are not saved."),
                          buttons.Save | buttons.Discard | buttons.Cancel, self)
        box.setInformativeText(self.tr("Save them, discard them, or cancel and go on editing?"))
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
        self.close()


def open_editor(path: Path, *, lang: str, theme: Theme, screen: QSize | None = None,
                recovery: Path | None = None, parent: QWidget | None = None) -> EditorWindow:
    """The editor on the deck at `path`, shown. Raises InputError when the file cannot be read."""
    from ..core.deck_file import open_for_edit

    window = EditorWindow(open_for_edit(path), lang=lang, theme=theme, screen=screen, recovery=recovery,
                          parent=parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    window.activateWindow()
    window.offer_recovery()
    return window
