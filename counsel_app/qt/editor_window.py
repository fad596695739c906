"""The deck editor: slides on the left, the slide's fields in the middle, the patient's view right.

Owns `EditorWindow`: applies the doctor's edits (pure operations of `core.deck_edit`) through an
undo history; a slide or a whole part dragged in the list is moved; a finding clicked under the
preview puts the cursor in the field it is about. Saving, recovery and the question before closing
are its mix-in `EditorSaving` (qt/editor_saving.py). Signals: `saved(Path)` after a save wrote the
file, `closed()` when the window has closed. Never touches the patient screen.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QWidget

from ..core import deck_edit as E
from ..core.deck import Deck, parse_deck
from ..core.deck_file import EditedFile
from ..core.deck_splice import splice_slide, splice_slides
from ..core.draft import Draft
from ..core.deck_text import DeckText, split_deck_text
from ..core.edit_history import History
from ..core.finding_places import finding_place
from ..core.lint import Finding
from ..core.notes import split_notes
from ..core.slide_check import slide_findings
from ..core.slide_fields import read_fields
from ..core.textio import InputError
from ..core.themes import Theme
from .editor_fields import FieldEdit, SlideFieldsPanel
from .editor_preview import EditorPreview
from .editor_saving import EditorSaving
from .editor_slides import SlidesList
from .editor_source import SourcePane


LARGE_DECK = 200  # slides: above this, the source pane's marks follow typing once the doctor pauses (the preview
# follows every key: after a keystroke only the typed slide is read again, tests/benchmarks/editor_keystroke.py)


class EditorWindow(EditorSaving, QMainWindow):
    """Signals: saved(Path), closed(). `pictures`: the deck is a new draft (not on disk yet) and these
    pictures go beside it when it is first saved."""

    saved = Signal(object)
    closed = Signal()

    def __init__(self, file: EditedFile, *, lang: str, theme: Theme, screen: QSize | None = None,
                 recovery: Path | None = None, parent: QWidget | None = None,
                 pictures: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self.lang = lang
        self.history = History(split_deck_text(file.text))
        self.index = 0
        self._deck: tuple[DeckText, Deck] | None = None  # the text as last read, and the deck read from it
        self.question: QMessageBox | None = None
        self._may_close = False
        self.pictures: dict[str, str] | None = None
        self.draft_folder: tempfile.TemporaryDirectory[str] | None = None
        if pictures is not None:
            self._start_draft(pictures)
        self.refresh_timer = QTimer(self, singleShot=True, interval=300)  # the source pane of a large deck
        self.refresh_timer.timeout.connect(self._show_source)
        self.recovery = recovery  # folder for unsaved edits (None: none kept)
        self._kept = file.text
        self.recovery_timer = QTimer(self, interval=5000)  # unsaved edits kept every 5 s
        self.recovery_timer.timeout.connect(self.keep_unsaved)
        self.slides = SlidesList(screen or QSize(1920, 1080), theme, lang)
        self.fields = SlideFieldsPanel()
        self.preview = EditorPreview(screen or QSize(1920, 1080), theme, lang)  # no patient screen: 1080p
        split = QSplitter(Qt.Orientation.Horizontal)
        for widget, stretch in ((self.slides, 1), (self.fields, 2), (self.preview, 2)):
            split.addWidget(widget)
            split.setStretchFactor(split.count() - 1, stretch)
        split.setChildrenCollapsible(False)
        split.setSizes([420, 540, 540])  # the slides list wide enough for a title on two lines; dragged wider at will
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
        self.preview.finding_chosen.connect(self.go_to_finding)
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
        """The deck as it stands, read as the patient view reads it (after typing in one slide, only
        that slide is read again when that gives the same deck: `core.deck_splice`)."""
        doc = self.doc
        if self._deck is None or (self._deck[0] is not doc and self._deck[0] != doc):
            source = self.picture_home().resolve()
            spliced = None
            if self._deck is not None:
                old_deck, old_doc = self._deck[1], self._deck[0]
                spliced = splice_slide(old_deck, old_doc, doc, source) or splice_slides(old_deck, old_doc, doc, source)
            self._deck = (doc, spliced or parse_deck(doc.text, source))
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
    def _fill_list(self) -> None:
        self.slides.show_deck(self.deck, self.doc.slides, self.index)

    def _dragged(self, _parent: QModelIndex | QPersistentModelIndex, start: int, _end: int,
                 _dest: QModelIndex | QPersistentModelIndex, row: int) -> None:
        """A slide dragged in the list: the same move as Alt+Up/Down, through undo (refused: put back).
        A part's title slide takes its slides with it, to the start or end of another part."""
        end = E.part_end(self.deck, start)
        if end - start > 1:
            bounds = [0, *(i for i, s in enumerate(self.deck.slides) if s.is_part), len(self.doc)]
            row = max(b for b in bounds if b <= row) if row < start else min(b for b in bounds if b >= row)
        target = row if row < start else row - (end - start)
        if start < row < end:  # dropped inside itself
            target = start

        def move() -> None:
            self.index = start
            self.structure(lambda d: E.move_slides(d, start, end, target), target)
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
                                read_fields(self.doc.slides[tb_slide]).teach_back,
                                article_words=bool(split_notes(self.deck.slides[self.index].notes).source))
        self.preview.reset_page()
        self._refresh()

    def _show_source(self) -> None:
        self.source.show_deck(self.deck, self.index)

    def _refresh(self, source_later: bool = False) -> None:
        deck = self.deck
        findings = slide_findings(deck, self.index)
        self.preview.show_slide(deck, self.index, findings)
        if source_later:  # which sentences the patient sees, over 1,000 slides: once the doctor pauses
            self.refresh_timer.start()
        else:
            self.refresh_timer.stop()
            self.source.show_deck(deck, self.index)
        self.slides.update_slide(deck, self.doc.slides, self.index, findings)
        title = self.tr("Edit: %1 (new draft, not saved yet)") if self.is_draft else self.tr("Edit: %1")
        self.setWindowTitle(title.replace("%1", self.file.path.name) + "[*]")
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
                                         .replace("%1", exc.message(self.lang)), 6000)
            return
        self.history.apply(new, i, key="" if edit.field == "picture" else f"{edit.field}:{i}")
        if edit.field == "picture":
            self.select(i)  # the picture's name and caption fields follow
        self._refresh(source_later=len(self.doc) > LARGE_DECK)

    def choose_picture(self) -> None:
        """A picture file for this slide, copied into the deck's picture folder (a bad file: nothing copied)."""
        if self.is_draft and not self.save():  # the picture is copied beside the deck: the deck needs its place first
            return
        source = self._ask_picture()
        if source is None:
            return
        from ..core.picture_copy import copy_picture

        try:
            destination = copy_picture(source, self.file.path)
        except InputError as exc:
            QMessageBox.warning(self, "counsel", self.file_problem(exc, self.tr(
                "Choose another picture, or rename or move the file that is there, then try again.")))
            return
        self.history.seal()
        self.edit_field(FieldEdit("picture", destination))

    def go_to_finding(self, finding: Finding) -> None:
        """A finding clicked under the preview: the cursor goes to the field (or point) it is about."""
        place = finding_place(finding, read_fields(self.doc.slides[self.index]))
        self.fields.focus_field(place.field, place.line)

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
            self.statusBar().showMessage(self.tr("This change cannot be made: %1").replace("%1", exc.message(self.lang)), 6000)
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


def open_draft(draft: Draft, *, lang: str, theme: Theme, screen: QSize | None = None,
               recovery: Path | None = None, parent: QWidget | None = None) -> EditorWindow:
    """The editor on a new draft imported from an article (`core.draft.import_draft`), shown and
    unsaved: Save asks where (next to the article by default) and writes its pictures beside it."""
    window = EditorWindow(EditedFile(draft.path, draft.text, "utf-8"), lang=lang, theme=theme, screen=screen,
                          recovery=recovery, parent=parent, pictures=draft.pictures)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    window.activateWindow()
    return window
