"""End of counselling: the record as editable plain text, the plan, and the export buttons.

Nothing is written until the doctor presses Save; every write goes through write_atomic.
Shown on the doctor's screen only (its parent is the presenter console). The clicker still turns
pages while it is open: `refresh()` (called when the visit changes, and before every copy or save)
brings the record up to the visit as it is then, keeping the doctor's own edits of the text.
"""

from __future__ import annotations

import json
import difflib
from dataclasses import replace
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QCheckBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from ..core.atomic import write_atomic
from ..core.record import RecordSummary
from ..core.record_text import to_text
from ..core.textio import InputError
from .file_actions import documents_folder  # Documents, else home: never the program's own folder


class RecordDialog(QDialog):
    """Signals: saved(str) (the path written), plan_changed(str), handout_changed(bool)."""

    saved = Signal(str)
    plan_changed = Signal(str)
    handout_changed = Signal(bool)

    def __init__(self, summary: RecordSummary, lang: str, parent: QWidget | None = None,
                 source: Callable[[], RecordSummary] | None = None) -> None:
        """`source`: the visit's summary as it is now (the record follows it); None: `summary` stays."""
        super().__init__(parent)
        self.setObjectName("record_dialog")
        self.setWindowTitle(self.tr("Counselling record"))
        self._summary = summary
        self._lang = lang
        self._source = source
        self._generated = to_text(self._summary, lang)

        self.text_edit = QPlainTextEdit(self._generated)
        self.text_edit.setObjectName("record_text")
        self.text_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.plan_edit = QPlainTextEdit(self._summary.plan)
        self.plan_edit.setObjectName("plan")
        self.plan_edit.setPlaceholderText(self.tr("Plan: next visit, tests, who to call ..."))
        self.plan_edit.setMaximumHeight(90)
        self.plan_edit.setTabChangesFocus(True)
        self.handout = QCheckBox(self.tr("Handout given"))
        self.handout.setChecked(self._summary.handout_given)
        self.hint = QLabel(self.tr("The record text was edited by hand, so the plan and handout lines in it were not updated."))
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.stale_hint = QLabel(self.tr("The record text was edited by hand, so what happened later in the visit "
                                         "(slides, teach-back, pain score) could not be put into it; the saved JSON has it."))
        self.stale_hint.setWordWrap(True)
        self.stale_hint.hide()

        self.copy_button = QPushButton(self.tr("Copy to clipboard"))
        self.text_button = QPushButton(self.tr("Save as text..."))
        self.json_button = QPushButton(self.tr("Save as JSON..."))
        self.close_button = QPushButton(self.tr("Close"))
        self.copy_button.setDefault(True)
        buttons = QHBoxLayout()
        for b in (self.copy_button, self.text_button, self.json_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        box = QVBoxLayout(self)
        box.addWidget(QLabel(self.tr("Plan")))
        box.addWidget(self.plan_edit)
        box.addWidget(self.handout)
        box.addWidget(QLabel(self.tr("Record (plain text, edit freely before copying or saving)")))
        box.addWidget(self.hint)
        box.addWidget(self.stale_hint)
        box.addWidget(self.text_edit, 1)
        box.addLayout(buttons)

        self.plan_edit.textChanged.connect(self._plan_edited)
        self.handout.toggled.connect(self._handout_toggled)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.text_button.clicked.connect(self._ask_save_text)
        self.json_button.clicked.connect(self._ask_save_json)
        self.close_button.clicked.connect(self.reject)
        self.resize(760, 700)

    # -- what callers and tests use ----------------------------------------------------
    def summary(self) -> RecordSummary:
        """The summary with the plan and handout flag as edited here."""
        return self._summary

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def refresh(self) -> None:
        """The visit changed (a page turned, a pain score): the record follows, the doctor's edits kept."""
        if self._source is None:
            return
        summary = replace(self._source(), plan=self._summary.plan, handout_given=self._summary.handout_given)
        self._summary = summary
        new = to_text(summary, self._lang)
        if new == self._generated:
            return
        merged = _merge(self._generated, new, self.text())
        self._generated = new
        if merged is None:
            self.stale_hint.show()
        else:
            self._set_text(merged)

    def copy_to_clipboard(self) -> None:
        self.refresh()
        QGuiApplication.clipboard().setText(self.text())

    def save_text(self, path: str | Path) -> bool:
        self.refresh()
        text = self.text()
        return self._write(path, (text if text.endswith("\n") else text + "\n").encode("utf-8"))

    def save_json(self, path: str | Path) -> bool:
        """The record's data, with the text exactly as the doctor left it in the box."""
        self.refresh()
        text = self.text()
        record = {**self._summary.to_json(), "text": text, "text_edited": text != self._generated}
        data = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
        return self._write(path, data.encode("utf-8"))

    # -- internals ---------------------------------------------------------------------
    def _write(self, path: str | Path, data: bytes) -> bool:
        try:
            written = write_atomic(path, data, overwrite=True)  # the file dialog asked before replacing
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), exc.message(self._lang))
            return False
        self.saved.emit(str(written))
        return True

    def _ask_save_text(self) -> None:
        path = self._ask_path(".txt", self.tr("Text files (*.txt)"))
        if path:
            self.save_text(path)

    def _ask_save_json(self) -> None:
        path = self._ask_path(".json", self.tr("JSON files (*.json)"))
        if path:
            self.save_json(path)

    def _ask_path(self, suffix: str, filter_text: str) -> str:
        stamp = self._summary.date.strftime("%Y%m%d-%H%M")
        start = str(documents_folder() / f"counselling-record-{stamp}{suffix}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the record"), start, filter_text)
        return path

    def _plan_edited(self) -> None:
        self._summary = replace(self._summary, plan=self.plan_edit.toPlainText())
        self._regenerate()
        self.plan_changed.emit(self._summary.plan)

    def _handout_toggled(self, checked: bool) -> None:
        self._summary = replace(self._summary, handout_given=checked)
        self._regenerate()
        self.handout_changed.emit(checked)

    def _regenerate(self) -> None:
        """Put the new plan and handout lines into the text, keeping the doctor's own edits.

        to_text writes handout and plan last, so the part that changed is a tail of the old
        text; when that tail is still in the box exactly once, only it is replaced.
        """
        new = to_text(self._summary, self._lang)
        old_lines, new_lines = self._generated.split("\n"), new.split("\n")
        k = 0
        while k < min(len(old_lines), len(new_lines)) and old_lines[k] == new_lines[k]:
            k += 1
        old_tail, new_tail = "\n".join(old_lines[k:]), "\n".join(new_lines[k:])
        current = self.text()
        self._generated = new
        if current.count(old_tail) == 1 and old_tail:
            self._set_text(current.replace(old_tail, new_tail))
            self.hint.hide()
        elif old_tail != new_tail:
            self.hint.show()

    def _set_text(self, text: str) -> None:
        bar = self.text_edit.verticalScrollBar()
        pos = bar.value()
        self.text_edit.setPlainText(text)
        bar.setValue(pos)



def _merge(old: str, new: str, current: str) -> str | None:
    """Put the change from `old` to `new` (both generated) into `current` (the box, maybe edited by
    hand): each changed run of lines, with a line of context, replaced where it is found exactly once.
    None when a change cannot be placed (the doctor edited right there)."""
    if current == old:
        return new
    old_lines, new_lines = old.split("\n"), new.split("\n")
    for tag, i1, i2, j1, j2 in reversed(difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False).get_opcodes()):
        if tag == "equal":
            continue
        lo = max(i1 - 1, 0)  # one line before as context, so an insertion has something to stand on
        before = "\n".join(old_lines[lo:i2])
        after = "\n".join(old_lines[lo:i1] + new_lines[j1:j2])
        if not before or current.count(before) != 1:
            return None
        current = current.replace(before, after)
    return current
