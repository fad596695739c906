"""The side-column panel where the doctor marks teach-back results and the 0-10 pain score.

Shows the current part's teach-back questions, each with a result chooser, and the pain score
with its word. It only emits what the doctor chose; app.py hands that to the RecordKeeper.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QSizePolicy, QSpinBox,
                               QVBoxLayout, QWidget)

from ..core.pain import describe
from ..core.record import TeachBackEntry, TeachBackResult, part_label

NOT_TAKEN = -1  # the spin box's special value: no pain score taken
RESULTS = (TeachBackResult.CORRECT, TeachBackResult.CORRECT_AFTER_REEXPLAINING,
           TeachBackResult.NEEDS_REINFORCEMENT, TeachBackResult.NOT_ASSESSED, TeachBackResult.DECLINED)


class PainBox(QSpinBox):
    """The 0-10 box: clicking into it selects what it shows, so typing "6" replaces "not taken"
    instead of being appended to it (and rejected)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lineEdit().installEventFilter(self)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        QTimer.singleShot(0, self.selectAll)  # after the click has placed the cursor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """A click into the box while it has the keyboard already: "not taken" is selected too."""
        if (watched is self.lineEdit() and event.type() == QEvent.Type.MouseButtonRelease
                and self.value() == self.minimum() and self.lineEdit().text() == self.specialValueText()):
            QTimer.singleShot(0, self.selectAll)
        return super().eventFilter(watched, event)


class TeachBackPanel(QWidget):
    """Signals: teach_back_recorded(TeachBackEntry), pain_recorded(int | None),
    editing_done() (Enter in the pain box: the keyboard goes back to the presentation)."""

    teach_back_recorded = Signal(object)
    pain_recorded = Signal(object)
    editing_done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teach_back_panel")
        self._lang = "zh"
        self._bands = (3, 6)
        self._part = ""
        self._questions: tuple[str, ...] = ()
        self.combos: list[QComboBox] = []
        self.question_labels: list[QLabel] = []
        self._pool: list[tuple[QLabel, QComboBox]] = []  # question rows, shown as many as the part has

        self.heading = QLabel(self.tr("Teach-back"))
        f = self.heading.font()
        f.setBold(True)
        self.heading.setFont(f)
        self.part_label = QLabel()
        self.part_label.setWordWrap(True)
        self.empty_label = QLabel(self.tr("No teach-back question in this part."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("QLabel { color: palette(mid); }")
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(4)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        self.pain_spin = PainBox()
        self.pain_spin.setRange(NOT_TAKEN, 10)
        self.pain_spin.setSpecialValueText(self.tr("not taken"))
        self.pain_spin.setValue(NOT_TAKEN)
        self.pain_spin.setAccessibleName(self.tr("Pain score 0 to 10"))
        self.pain_spin.setKeyboardTracking(False)  # typing "10" records 10, not 1 then 10
        self.pain_word = QLabel()
        self.pain_word.setMinimumWidth(80)
        self.pain_word.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        pain_row = QHBoxLayout()
        pain_row.addWidget(QLabel(self.tr("Pain (0-10)")))
        pain_row.addWidget(self.pain_spin)
        pain_row.addWidget(self.pain_word, 1)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 4)
        box.setSpacing(4)
        box.addWidget(self.heading)
        box.addWidget(self.part_label)
        box.addLayout(self._rows)
        box.addWidget(self.empty_label)
        box.addWidget(line)
        box.addLayout(pain_row)
        box.addStretch(1)  # the room kept for a part with more questions stays below, not between rows

        self.pain_spin.valueChanged.connect(self._pain_changed)
        self.pain_spin.lineEdit().returnPressed.connect(self._pain_entered)
        self.setMaximumWidth(420)
        self.show_part("", (), {})

    # -- what app.py calls -------------------------------------------------------------
    def show_part(self, part: str, questions: tuple[str, ...], results: dict[str, TeachBackResult]) -> None:
        """Show one part's questions, each set to its recorded result (NOT_ASSESSED if none)."""
        shown = (self._lang, part, tuple(questions),
                 tuple(results.get(q, TeachBackResult.NOT_ASSESSED) for q in questions))
        if shown == getattr(self, "_shown", None):
            return  # the same part on the next slide: nothing to rebuild (a page turn stays cheap)
        self._shown = shown
        self._part, self._questions = part, tuple(questions)
        self.part_label.setText(part_label(part, self._lang))
        # rows are kept and reused: a part change only sets texts (building combo boxes took 6-8 ms)
        while len(self._pool) < len(self._questions):
            self._pool.append(self._new_row(len(self._pool)))
        for i, (label, combo) in enumerate(self._pool):
            wanted = i < len(self._questions)
            if wanted:
                label.setText(self._questions[i])
                combo.blockSignals(True)
                combo.setCurrentIndex(RESULTS.index(results.get(self._questions[i], TeachBackResult.NOT_ASSESSED)))
                combo.blockSignals(False)
            label.setVisible(wanted)
            combo.setVisible(wanted)
        self.question_labels = [label for label, _ in self._pool[:len(self._questions)]]
        self.combos = [combo for _, combo in self._pool[:len(self._questions)]]
        self.empty_label.setVisible(not self._questions)
        # never shrink: a part with fewer or shorter questions leaves the panel as tall as it was, so
        # the outline above it keeps its size and a page turn into that part lays out nothing else
        needed = self.heightForWidth(self.width()) if self.hasHeightForWidth() else -1
        needed = max(needed, self.sizeHint().height())
        if needed > self.minimumHeight():
            self.setMinimumHeight(needed)

    def set_lang(self, lang: str) -> None:
        """The deck's language: result names and the pain word follow it."""
        self._lang = lang
        results = {q: c.currentData() for q, c in zip(self._questions, self.combos, strict=True)}
        for _, combo in self._pool:
            for i, r in enumerate(RESULTS):
                combo.setItemText(i, r.label(lang))
        self.show_part(self._part, self._questions, results)
        self._show_pain_word()

    def set_bands(self, bands: tuple[int, int]) -> None:
        self._bands = (int(bands[0]), int(bands[1]))
        self._show_pain_word()

    def set_pain(self, score: int | None) -> None:
        """Show a score without emitting pain_recorded (e.g. after a deck reload)."""
        value = NOT_TAKEN if score is None else score
        if value != self.pain_spin.value() or self.pain_spin.lineEdit().isModified():
            # (the same score at every page turn: setting it again would repaint the box each time)
            self.pain_spin.blockSignals(True)
            self.pain_spin.setValue(value)  # (and the typed text is no longer "modified")
            self.pain_spin.blockSignals(False)
        self._show_pain_word()

    def commit_typing(self) -> None:
        """A score typed but not yet confirmed with Enter counts once the presentation moves on (as when
        the box loses the keyboard): the clicker must not wipe it from the box and the record."""
        if self.pain_spin.lineEdit().isModified():  # else nothing was typed (and nothing to repaint)
            self.pain_spin.interpretText()

    def describe_pain(self, score: int) -> str:
        return describe(score, self._lang, self._bands)

    def pain(self) -> int | None:
        v = self.pain_spin.value()
        return None if v == NOT_TAKEN else v

    # -- internals ---------------------------------------------------------------------
    def _new_row(self, row: int) -> tuple[QLabel, QComboBox]:
        label = QLabel()
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Teach-back result"))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for r in RESULTS:
            combo.addItem(r.label(self._lang), r)
        combo.currentIndexChanged.connect(lambda i, row=row: self._result_changed(self._questions[row], i))
        self._rows.addWidget(label)
        self._rows.addWidget(combo)
        return label, combo

    def _result_changed(self, question: str, index: int) -> None:
        if 0 <= index < len(RESULTS):
            self.teach_back_recorded.emit(TeachBackEntry(self._part, question, RESULTS[index]))

    def _pain_entered(self) -> None:
        self.pain_spin.interpretText()
        self.pain_spin.clearFocus()
        self.editing_done.emit()

    def _pain_changed(self, _value: int) -> None:
        self._show_pain_word()
        self.pain_recorded.emit(self.pain())

    def _show_pain_word(self) -> None:
        score = self.pain()
        self.pain_word.setText("" if score is None else describe(score, self._lang, self._bands))
