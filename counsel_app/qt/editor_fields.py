"""The editor's middle pane: one slide as the fields a doctor fills in.

Owns `SlideFieldsPanel`: title, bullets (one a line), what to say, the part's teach-back question.
Signal: `field_edited(FieldEdit)` when the doctor changes a field (never when the editor shows a
slide). Plain Qt text fields, so input methods (Chinese pinyin, ...) work as everywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from ..core.slide_fields import SlideFields


_UNDO_KEYS = ("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y")


@dataclass(frozen=True)
class FieldEdit:
    field: str  # "title", "bullets", "notes", "teach_back", "caption", or "picture" ("": remove it)
    value: str


class SlideFieldsPanel(QWidget):
    """Signals: field_edited(FieldEdit); picture_requested() (the doctor wants to choose a picture file)."""

    field_edited = Signal(object)
    picture_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._showing = False
        self.title = QLineEdit()
        self.bullets = QPlainTextEdit()
        self.bullets.setPlaceholderText(self.tr("One point a line; three at most is best"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What to say (only you see this)"))
        self.teach_back = QLineEdit()
        self.teach_back.setPlaceholderText(self.tr("A question for the patient at the end of this part"))
        self.picture = QLineEdit()
        self.picture.setReadOnly(True)
        self.picture.setPlaceholderText(self.tr("No picture"))
        self.choose_picture = QPushButton(self.tr("Choose picture..."))
        self.remove_picture = QPushButton(self.tr("Remove"))
        self.caption = QLineEdit()
        self.caption.setPlaceholderText(self.tr("What the picture shows, in words"))
        picture_row = QHBoxLayout()
        for widget in (self.picture, self.choose_picture, self.remove_picture):
            picture_row.addWidget(widget)
        self.bullet_hint = QLabel()
        self.bullet_hint.setWordWrap(True)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: the fields get the width
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Points"), self.bullets)
        form.addRow("", self.bullet_hint)
        form.addRow(self.tr("Picture"), picture_row)
        form.addRow(self.tr("Caption"), self.caption)
        form.addRow(self.tr("What to say"), self.notes)
        form.addRow(self.tr("Teach-back question (this part)"), self.teach_back)
        self.choose_picture.clicked.connect(self.picture_requested.emit)
        self.remove_picture.clicked.connect(lambda: self._edited("picture", ""))
        self.caption.textEdited.connect(lambda text: self._edited("caption", text))
        for field in (self.title, self.bullets, self.notes, self.teach_back, self.caption):
            field.installEventFilter(self)
        self.title.textEdited.connect(lambda text: self._edited("title", text))
        self.teach_back.textEdited.connect(lambda text: self._edited("teach_back", text))
        self.bullets.textChanged.connect(lambda: self._edited("bullets", self.bullets.toPlainText()))
        self.notes.textChanged.connect(lambda: self._edited("notes", self.notes.toPlainText()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y go to the editor's undo (the whole deck), not the field's own."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            combo = QKeySequence(event.keyCombination())
            if any(combo.matches(QKeySequence(k)) == QKeySequence.SequenceMatch.ExactMatch for k in _UNDO_KEYS):
                event.ignore()
                return True
        return False

    def _edited(self, field: str, value: str) -> None:
        if field == "bullets":
            self._hint(value)
        if not self._showing:
            self.field_edited.emit(FieldEdit(field, value))

    def _hint(self, value: str) -> None:
        n = len([line for line in value.split("\n") if line.strip()])
        self.bullet_hint.setText(self.tr("%1 points: the patient may not take in more than three")
                                 .replace("%1", str(n)) if n > 3 else "")

    def focus_field(self, field: str, line: int = -1) -> None:
        """Put the cursor in `field` ("title", "bullets", "notes", "picture", "caption"); for the points,
        `line` (from 0) is selected, so the doctor can retype it."""
        widget = {"title": self.title, "bullets": self.bullets, "notes": self.notes, "caption": self.caption,
                  "teach_back": self.teach_back, "picture": self.choose_picture}.get(field, self.bullets)
        if field == "caption" and not self.caption.isEnabled():
            widget = self.choose_picture
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if widget is self.bullets and line >= 0:
            block = self.bullets.document().findBlockByNumber(min(line, self.bullets.document().blockCount() - 1))
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            self.bullets.setTextCursor(cursor)
            self.bullets.ensureCursorVisible()
        elif isinstance(widget, QLineEdit):
            widget.selectAll()

    def show_fields(self, fields: SlideFields, teach_back: str, article_words: bool = False) -> None:
        """Show a slide's fields; a field that already says this keeps its cursor. `article_words`: the
        slide's notes carry the article's words (原文:/Source:), which the source pane shows, not this field."""
        self._showing = True
        try:
            self.notes.setPlaceholderText(
                self.tr("What to say (only you see this). The article's words for this slide are in the "
                        "“Source article” pane below.") if article_words
                else self.tr("What to say (only you see this)"))
            self.remove_picture.setEnabled(bool(fields.picture))
            self.caption.setEnabled(bool(fields.picture))
            for line, text in ((self.title, fields.title), (self.teach_back, teach_back), (self.picture, fields.picture),
                               (self.caption, fields.caption)):
                if line.text() != text:
                    line.setText(text)
            for box, text in ((self.bullets, "\n".join(fields.bullets)), (self.notes, fields.notes)):
                if box.toPlainText() != text:
                    box.setPlainText(text)
            self._hint(self.bullets.toPlainText())
        finally:
            self._showing = False
