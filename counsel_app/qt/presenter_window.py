"""The doctor's console: current slide as the patient sees it, next slide, notes, timer, clock,
position and part, an outline to preview privately, the deck's warnings and teach-back.

It renders frames it is given and emits what the doctor asks for; app.py wires it.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QListWidget, QMainWindow,
                               QSplitter, QVBoxLayout, QWidget)

from ..core.deck import Deck
from ..core.notes import split_notes
from ..core.session import Frame, PatientMode
from ..core.themes import Theme
from .notes_view import NotesView
from .outline import Outline
from .slide_view import SlideView
from .stage import FrameLayouts
from .touch_bar import TouchBar

if TYPE_CHECKING:
    from .overview import Overview

BANNER = "QLabel { color: #ffffff; background: %s; padding: 4px 10px; font-size: 20px; }"


class PresenterWindow(QMainWindow):
    """Signals: preview_requested(int) (0-based, -1 to stop), confirm_requested(), close_requested(),
    deck_dropped(str) (a file dropped on the console), show_source_changed(bool),
    skips_changed(frozenset[int]) (slides left out for this patient), overview_chosen(int) and
    overview_closed() (the overview's own; the overview's highlighted slide is a preview_requested)."""

    preview_requested = Signal(int)
    overview_chosen = Signal(int)
    overview_closed = Signal()
    deck_dropped = Signal(str)
    confirm_requested = Signal()
    close_requested = Signal()
    show_source_changed = Signal(bool)
    skips_changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("presenter")
        self.setWindowTitle("counsel")
        self._deck: Deck | None = None
        self._notes_px = 22
        self.allow_close = False

        self.position = QLabel()
        self.part = QLabel()
        self.state = QLabel()
        self.timer = QLabel("00:00")
        self.clock = QLabel()
        for w in (self.position, self.timer, self.clock):
            f = w.font()
            f.setPixelSize(28)
            f.setBold(True)
            w.setFont(f)
        f = self.part.font()
        f.setPixelSize(22)
        self.part.setFont(f)
        self.state.setStyleSheet(BANNER % "#b3261e")
        self.state.hide()
        self.screen_banner = QLabel(self.tr("The patient screen is disconnected: nothing is shown to the patient. "
                                            "The patient view comes back when the monitor is plugged in again."))
        self.screen_banner.setObjectName("screen_banner")
        self.screen_banner.setWordWrap(True)
        self.screen_banner.setStyleSheet(BANNER % "#8a4b00")
        self.screen_banner.hide()
        self.pace = QLabel()
        self.pace.setObjectName("pace")
        self.pace.hide()
        self.zoom = QLabel()
        self.zoom.setObjectName("zoom")
        self.zoom.setToolTip(self.tr("Patient text size (+ / - / Ctrl+0)"))
        self._connected = True
        self._rehearsal = False
        self._show_source = True
        self._notes_of: str | None = None
        self._previewing = False
        self._instead: PatientMode | None = None  # the patient sees this instead of the slide drawn here

        self.current = SlideView(frame_colour="#5a9bd5", pictures=3)
        self.next = SlideView(frame_colour="#888888", pictures=3)
        self.next_label = QLabel(self.tr("Next"))
        self.current_label = QLabel(self.tr("The patient sees"))
        self.notes = NotesView()  # read-only; laid out ahead for the slides either side
        self.notes.setObjectName("notes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.source_toggle = QCheckBox(self.tr("Show the article's source text"))
        self.source_toggle.setObjectName("show_source")
        self.source_toggle.setChecked(True)
        self.source_toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click must not take the clicker's keys
        self.outline = Outline()
        self.outline.setToolTip(self.tr("Untick a slide or a part to leave it out for this patient"))
        self._zoom_room = ""  # the zoom label's longest text its width was kept for
        self._overview: Overview | None = None  # made the first time it opens (not needed to start)
        self.touch = TouchBar()
        self.warnings = QListWidget()
        self.warnings.setObjectName("warnings")
        self.warnings.setMaximumHeight(160)
        self.warnings.setWordWrap(True)  # a long finding wraps instead of being cut
        self.warnings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_panel = QVBoxLayout()  # teach-back and pain score go here (app.py adds them)

        top = QHBoxLayout()
        top.addWidget(self.position)
        top.addSpacing(16)
        top.addWidget(self.part, 1)
        top.addWidget(self.state)
        top.addSpacing(16)
        top.addWidget(self.zoom)
        top.addSpacing(16)
        top.addWidget(self.pace)
        top.addSpacing(16)
        top.addWidget(self.timer)
        top.addSpacing(16)
        top.addWidget(self.clock)

        left = QVBoxLayout()
        left.addWidget(self.current_label)
        left.addWidget(self.current, 1)
        left.addWidget(self.touch)
        right = QVBoxLayout()
        right.addWidget(self.next_label)
        right.addWidget(self.next, 1)
        notes_row = QHBoxLayout()
        notes_row.addWidget(QLabel(self.tr("Notes")))
        notes_row.addStretch(1)
        notes_row.addWidget(self.source_toggle)
        right.addLayout(notes_row)
        right.addWidget(self.notes, 2)
        right_w = QWidget()
        right_w.setLayout(right)
        left_w = QWidget()
        left_w.setLayout(left)

        outline_box = QVBoxLayout()
        outline_box.addWidget(QLabel(self.tr("Outline")))
        outline_box.addWidget(self.outline, 1)
        outline_box.addLayout(self.side_panel)
        outline_box.addWidget(QLabel(self.tr("Deck check")))
        outline_box.addWidget(self.warnings)
        outline_w = QWidget()
        outline_w.setLayout(outline_box)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(outline_w)
        split.addWidget(left_w)
        split.addWidget(right_w)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setStretchFactor(2, 3)
        split.setSizes([300, 900, 600])

        root = QVBoxLayout()
        root.addWidget(self.screen_banner)
        root.addLayout(top)
        root.addWidget(split, 1)
        self._root = root  # the overview goes below the split, hidden, when first made
        self.split = split
        central = QWidget()
        central.setLayout(root)
        self.setCentralWidget(central)

        self.setAcceptDrops(True)
        self.outline.preview_requested.connect(self.preview_requested)
        self.outline.show_requested.connect(self._outline_activated)
        self.outline.skips_changed.connect(self.skips_changed)
        self.source_toggle.toggled.connect(self._source_toggled)
        self.set_notes_px(self._notes_px)
        self.update_clock()

    # -- what app.py calls ------------------------------------------------------------
    def set_deck(self, deck: Deck) -> None:
        self._deck = deck
        count = len(deck.slides)
        self.position.setText("8" * len(str(count)) + f" / {count}")  # room for the widest number
        _keep_width(self.position)
        self.outline.set_deck(deck, self.tr("(untitled)"))
        self.setWindowTitle(f"{deck.title} — counsel" if deck.title else "counsel")

    def show_frame(self, frame: Frame, layouts: FrameLayouts, theme: Theme) -> None:
        """The console for one frame: the slide the doctor looks at (the preview, if any) as the patient sees it."""
        deck = frame.deck
        looking = frame.looking
        slide = deck.slides[looking]
        fill = layouts.fill if frame.preview is None else None
        self.current.show_layout(layouts.current, layouts.current_page, theme, fill)
        self.next.show_layout(layouts.upcoming, 0, theme)
        self.position.setText(f"{looking + 1} / {len(deck.slides)}")  # its room was kept in set_deck
        self.part.setText(slide.section)
        if self._notes_of != slide.notes:
            self._notes_of = slide.notes
            self._show_notes()
        states = []
        if frame.preview is not None:
            if frame.mode.shows_slide:
                states.append(self.tr("PREVIEW - the patient still sees slide %1; Enter shows this one")
                              .replace("%1", str(frame.index + 1)))
            else:
                states.append(self.tr("PREVIEW - not shown to the patient; Enter shows this one"))
        states += {PatientMode.BLACK: [self.tr("Patient screen is BLACK")],
                   PatientMode.WHITE: [self.tr("Patient screen is WHITE")],
                   PatientMode.PAIN_SCALE: [self.tr("Patient sees the pain scale: type the answer (0-10), Enter")],
                   PatientMode.ZOOM: [self.tr("Patient sees the picture enlarged (Z, a click on it or Esc: back)")],
                   }.get(frame.mode, [])
        if frame.page > 0 or frame.pages > 1:
            states.append(self.tr("continued %1/%2").replace("%1", str(frame.page + 1)).replace("%2", str(frame.pages)))
        if frame.typed:
            label = self.tr("Pain score: %1") if frame.mode is PatientMode.PAIN_SCALE else self.tr("Go to slide: %1")
            states.append(label.replace("%1", frame.typed))
        self.state.setText("  ·  ".join(states))
        self.state.setVisible(bool(states))
        self._previewing = frame.preview is not None
        self._instead = frame.mode if frame.mode in (PatientMode.ZOOM, PatientMode.PAIN_SCALE) else None
        self._label_current()
        self.outline.select(looking)
        self.outline.set_skipped(frame.skipped)

    def set_patient_connected(self, connected: bool, rehearsal: bool = False) -> None:
        """Without a patient screen the console says so at once, in a banner over everything."""
        self._connected, self._rehearsal = connected, rehearsal
        self.screen_banner.setVisible(not connected and not rehearsal)
        self._label_current()

    def set_zoom(self, zoom: float, as_large_as_fits: bool) -> None:
        text = self.tr("Patient text %1%").replace("%1", str(round(zoom * 100)))
        longest = text + " " + self.tr("(this slide: as large as it fits)")
        if longest != self._zoom_room:  # the hint comes and goes with the slide: room for it, once a zoom
            self._zoom_room = longest
            self.zoom.setText(longest)
            _keep_width(self.zoom)
        self.zoom.setText(longest if as_large_as_fits else text)

    def set_show_source(self, on: bool) -> None:
        self._show_source = bool(on)
        self.source_toggle.blockSignals(True)
        self.source_toggle.setChecked(self._show_source)
        self.source_toggle.blockSignals(False)
        self._show_notes()

    def take_keyboard(self) -> None:
        """Give the keyboard back to the presentation (after a field was edited)."""
        self.activateWindow()
        self.current.setFocus()

    def set_warnings(self, lines: list[str]) -> None:
        self.warnings.clear()
        self.warnings.addItems(lines or [self.tr("No problems found")])

    def set_notes_px(self, px: int) -> None:
        self._notes_px = px
        f = QFont(self.notes.font())
        f.setPixelSize(px)
        self.notes.setFont(f)

    def set_timer_text(self, text: str, running: bool) -> None:
        self.timer.setText(text if running else f"{text} ‖")

    def update_clock(self) -> None:
        self.clock.setText(time.strftime("%H:%M"))

    # -- internals -------------------------------------------------------------------
    def _label_current(self) -> None:
        if self._previewing:
            text = self.tr("Preview (not shown)")
        elif not self._connected and not self._rehearsal:
            text = self.tr("The patient would see (patient screen disconnected)")
        elif self._instead is PatientMode.ZOOM:
            text = self.tr("The slide (the patient sees its picture enlarged)")
        elif self._instead is PatientMode.PAIN_SCALE:
            text = self.tr("The slide (the patient sees the pain scale)")
        else:
            text = self.tr("The patient sees")
        self.current_label.setText(text)

    def _show_notes(self) -> None:
        self.notes.setPlainText(self._notes_text(self._notes_of))

    def _notes_text(self, notes: str | None) -> str:
        return split_notes(notes or "").text(with_source=self._show_source,
                                             ask_label=self.tr("Teach-back question: "))

    def prepare_notes(self, notes: str | None) -> None:
        """Lay out a slide's notes ahead of a turn to it (when idle)."""
        self.notes.prepare(self._notes_text(notes))

    def _source_toggled(self, on: bool) -> None:
        self._show_source = on
        self._show_notes()
        self.show_source_changed.emit(on)

    def _outline_activated(self, index: int) -> None:
        self.preview_requested.emit(index)
        self.confirm_requested.emit()

    # -- the overview: every slide as a grid, in place of the console's slides (never the patient's) --
    @property
    def overview(self) -> Overview:
        if self._overview is None:
            from .overview import Overview

            self._overview = Overview()
            self._overview.hide()
            self._root.addWidget(self._overview, 1)
            self._overview.chosen.connect(self.overview_chosen)
            self._overview.highlighted.connect(self.preview_requested)  # drawn ahead while the doctor looks
            self._overview.closed.connect(self.overview_closed)
        return self._overview

    def overview_open(self) -> bool:
        return self._overview is not None and self._overview.isVisible()

    def open_overview(self) -> None:
        """The grid in place of the console's slides, with the keyboard: its arrows, digits and Enter
        must not reach the presentation from the patient view, had that window the keyboard (Tab pressed
        there, a click on it)."""
        self.split.hide()
        self.overview.show()
        self.activateWindow()
        self.overview.setFocus()

    def close_overview(self) -> None:
        if self.overview_open():
            self.overview.hide()
            self.split.show()
            self.take_keyboard()

    def set_pace(self, text: str, colour: str | None) -> None:
        """Time left and ahead/behind; `colour` the background (None: no pace shown)."""
        if text != self.pace.text():
            self.pace.setText(text)
            _keep_width(self.pace)
        style = BANNER % colour if colour else ""
        if style != self.pace.styleSheet():  # a style sheet costs a re-polish: only when the colour changes
            self.pace.setStyleSheet(style)
        self.pace.setVisible(bool(text))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.deck_dropped.emit(path)

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        local = [u.toLocalFile() for u in urls if u.isLocalFile()]
        return local[0] if len(local) == 1 else None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.allow_close:
            event.accept()
            return
        event.ignore()
        self.close_requested.emit()


def _keep_width(label: QLabel) -> None:
    """The top bar's labels never narrow: a label whose text got shorter (slide 10 -> 9, the zoom
    hint gone, ahead -> behind) would move its neighbours and lay the bar out again inside a turn."""
    width = label.sizeHint().width()
    if width > label.minimumWidth():
        label.setMinimumWidth(width)
