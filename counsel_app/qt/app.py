"""The composition root: builds the parts, wires every signal in `wire()`, runs a visit.

Tests call `build(...)` and never `exec()`; `run(args)` is the command line's entry.
The parts: DeckHost (the file), Controller (what is on screen), Stage (frame to layouts),
Placer (screens), RecordKeeper (this visit's record), KeyRouter (where keys go), the two windows.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, QSize, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ..core.deck import Deck, load_deck, parse_deck
from ..core.deck_cache import lookup
from ..core.keys import keymap_from_settings
from ..core.lang import system_lang
from ..core.record import teach_back_questions
from ..core.session import Command, Frame, Tool
from ..core.settings_model import Settings
from ..core.textio import InputError
from ..core.themes import Theme
from ..core.themes import theme as get_theme
from ..resources import default_deck
from . import file_actions
from .controller import Controller
from .deck_host import DeckHost
from .editor_launch import EditorLauncher
from .key_router import KeyRouter
from .errors import tell
from .menus import build_menus, make_actions
from .patient_window import PatientWindow
from .placer import Placer
from .preferences import Preferences
from .presenter_window import PresenterWindow
from .settings import SettingsStore
from .stage import REHEARSAL_SIZE, Stage
from .teach_back_panel import TeachBackPanel
from .tools import DoctorTools
from .visit import Visit

log = logging.getLogger("counsel")


def qapp() -> QApplication:
    """The running QApplication (build() needs one)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "create a QApplication before build()"
    return app


class App(Preferences, QObject):
    """Holds the parts of a running counsel. Build it with `build()`."""

    def __init__(self, deck: Deck, store: SettingsStore, *, patient_screen: str | None = None,
                 lang: str | None = None, clock: Callable[[], float] | None = None,
                 deck_cache: Path | None = None) -> None:
        super().__init__()
        self.store = store
        self.settings: Settings = store.load()
        self.lang = lang or self.settings.lang or system_lang()
        self.host = DeckHost(deck, self.lang, self, cache=deck_cache)
        self.presenter = PresenterWindow()
        self.patient = PatientWindow()
        self.placer = Placer(self.presenter, self.patient, patient_screen or self.settings.patient_screen)
        self.stage = Stage(self.patient_size)
        self.controller = Controller(deck, lambda i: self.stage.pages(self.deck, i) if self.placer.done else 1)
        self.visit = Visit(self.presenter, deck, self.settings.pain_bands, clock)
        self.files = file_actions.FileMenu(self)
        self.editing = EditorLauncher(self)  # F2: the deck editor
        self.teach_back = TeachBackPanel()
        self.presenter.side_panel.addWidget(self.teach_back)
        self.messages: list[str] = list(store.problems)
        keymap, problems = keymap_from_settings(self.settings.keymap)
        self.messages.extend(problems)
        self.actions = make_actions(keymap, self.presenter)
        self.tools = DoctorTools(self.presenter, self.controller, self.stage,
                                 lambda: self.stopwatch.elapsed(), lambda: self.keeper)
        self.router = KeyRouter(self.actions, (self.presenter, self.patient), wanted=self.tools.wants)
        self.check_timer = QTimer(self, singleShot=True)
        self.prefetch_timer = QTimer(self, singleShot=True, interval=25)
        self.prefetch_steps: list[Callable[[], object]] | None = None  # what is left to draw ahead
        self.prefetch_waits = 0  # times drawing ahead waited for the frame to be painted
        self.tick = QTimer(self, interval=500)
        self.handlers: dict[Command, Callable[[], None]] = {
            Command.SWAP_SCREENS: self.swap_screens, Command.HELP: self.show_keys, Command.QUIT: self.quit,
            Command.NOTES_BIGGER: lambda: self.set_notes_px(self.settings.notes_px + 2),
            Command.NOTES_SMALLER: lambda: self.set_notes_px(self.settings.notes_px - 2),
            Command.ZOOM_IN: lambda: self.set_zoom(self.settings.zoom * 1.1),
            Command.ZOOM_OUT: lambda: self.set_zoom(self.settings.zoom / 1.1),
            Command.ZOOM_RESET: lambda: self.set_zoom(1.0),
            Command.TIMER_PAUSE: lambda: self.change_timer(self.stopwatch.toggle),
            Command.TIMER_RESET: lambda: self.change_timer(self.stopwatch.reset),
            Command.OPEN: self.files.open_dialog, Command.END_COUNSELLING: lambda: self.visit.end_counselling(),
            Command.NEXT_PATIENT: lambda: self.guard.then(self.next_patient),
            Command.ENTER: self.enter, Command.EDIT: self.editing.open, **self.tools.handlers(lambda: self.theme),
        }
        self._apply_settings()

    # -- derived values ----------------------------------------------------------------------
    @property
    def deck(self) -> Deck:
        return self.host.deck

    @property
    def placement(self) -> Any:
        return self.placer.placement

    @property
    def theme(self) -> Theme:
        return get_theme(self.settings.theme)

    # this visit's parts, by the names the rest of the app and the tests use
    keeper = property(lambda self: self.visit.keeper)
    stopwatch = property(lambda self: self.visit.stopwatch)
    guard = property(lambda self: self.visit.guard)
    record_dialog = property(lambda self: self.visit.record_dialog)

    def patient_size(self) -> tuple[QSize, float]:
        return self.placer.patient_size() or (REHEARSAL_SIZE, 0.0)

    # -- rendering: both windows from one frame ------------------------------------------------
    def show_frame(self, frame: Frame) -> None:
        """The patient's screen gets the frame's slide; `show_console` paints it, after the frame's
        other slots (the new slide's ink among them)."""
        shown, page = self.stage.shown(frame)
        self.patient.show_layout(shown, page, self.theme, frame.mode.fill)

    def show_console(self, frame: Frame) -> None:
        """The patient's screen first: its new slide is on screen before the console's slide, next
        slide and notes are laid out and drawn (a jump to a slide not drawn ahead: 15-20 ms sooner)."""
        self.patient.view.paint_now()
        layouts = self.stage.layouts(frame)
        self.presenter.show_frame(frame, layouts, self.theme)
        self.presenter.set_zoom(self.settings.zoom, self.stage.as_large_as_fits(frame.deck, frame.index))
        self.show_visit(frame)
        self.prefetch_steps = None  # ahead of this frame, not the last one
        self.prefetch_waits = 0
        self.prefetch_timer.start(25)

    def show_visit(self, frame: Frame | None = None) -> None:
        """The console's teach-back and pain score read this visit's record: one source of truth."""
        frame = frame or self.controller.frame
        part = frame.deck.slides[frame.looking].section
        self.teach_back.show_part(part, teach_back_questions(frame.deck).get(part, ()), self.keeper.results(part))
        self.teach_back.set_pain(self.keeper.pain)

    def _frame_pending(self) -> bool:
        """Whether a window has yet to paint the frame just shown. The first frame is always waited
        for; a later one for at most 8 x 25 ms (a minimised window may never paint)."""
        views = [v for v in (self.presenter.current, self.presenter.next, self.patient.view) if v.isVisible()]
        # (the next-slide preview may sit in a pane folded to nothing, where it never paints)
        if not all(view.painted for view in views if view is not self.presenter.next):
            return True
        return self.prefetch_waits < 8 and any(view.behind for view in views)

    def prefetch(self) -> None:
        """After a turn: draw the slides either side ahead of time, one step (a layout or a picture)
        at a time, each when the event loop is idle, so a key press never waits behind all of it."""
        if self._frame_pending():
            self.prefetch_waits += 1
            self.prefetch_timer.start(25)  # this frame first: drawing ahead would only delay it
            return
        if self.prefetch_steps is None:
            patient = self.patient.view if self.patient.isVisible() else None  # 8 MB a picture at 1080p
            frame = self.controller.frame
            # the notes first: a fraction of a millisecond each, where a picture takes 5-15
            self.prefetch_steps = [partial(self.presenter.prepare_notes, frame.deck.slides[i].notes)
                                   for i in self.stage.neighbours(frame)]
            self.prefetch_steps += self.stage.prefetch(frame, patient, self.presenter.current, self.presenter.next)
        if self.prefetch_steps:
            self.prefetch_steps.pop(0)()
        if self.prefetch_steps:
            self.prefetch_timer.start(0)

    # -- commands -----------------------------------------------------------------------------
    def dispatch(self, command: Command) -> None:
        self.teach_back.commit_typing()  # a pain score typed without Enter is recorded before anything moves
        handler = self.handlers.get(command)
        if handler is not None:
            handler()
        else:
            self.controller.run(command)

    def picture_clicked(self) -> None:
        """The picture of the console's slide clicked: the patient sees it enlarged (a click again:
        back), as Z does; not while the pointer or the pen has the mouse."""
        if self.controller.frame.tool is Tool.NONE:
            self.controller.run(Command.ZOOM_PICTURE)

    def enter(self) -> None:
        """Enter: on the pain scale, the patient's typed answer is the pain score; else navigation."""
        answer = self.controller.frame.pain_answer
        if answer is not None:
            self.keeper.set_pain(answer)
            self.presenter.statusBar().showMessage(self.teach_back.describe_pain(answer), 4000)
        self.controller.run(Command.ENTER)
        self.show_visit()

    def _apply_settings(self) -> None:
        s = self.settings
        self.stage.theme, self.stage.zoom = self.theme, s.zoom
        self.stage.pain_lang, self.stage.pain_bands = self.deck.lang, s.pain_bands
        self.teach_back.set_lang(self.deck.lang)
        self.teach_back.set_bands(s.pain_bands)
        self.presenter.set_notes_px(s.notes_px)
        self.presenter.set_show_source(s.show_source)

    # -- screens -------------------------------------------------------------------------------
    def placed(self) -> None:
        self.presenter.set_patient_connected(self.placement.patient is not None, self.placer.rehearsal)
        if self.placer.done:
            self.controller.refresh_pages()

    # -- decks and visits ------------------------------------------------------------------------
    def open_deck(self, path: Path, *, private: bool = False) -> None:
        """Open another deck: asks first when this visit's record is unsaved; a new visit on slide 1."""
        def open_it() -> None:
            if self.host.open(path):
                self.next_patient(private=private)

        self.guard.then(open_it)

    def deck_reloaded(self, deck: Deck) -> None:
        self.stage.clear()
        self.keeper.load_deck(deck)
        self.presenter.set_deck(deck)
        self.controller.load(deck)
        self.controller.refresh_pages()
        self.presenter.statusBar().showMessage(self.tr("Deck reloaded"), 4000)
        self.check_deck()

    def next_patient(self, *, private: bool = False) -> None:
        """A new visit: nothing of the last patient stays on either screen or in the record."""
        deck = self.deck
        self._apply_settings()
        self.presenter.set_deck(deck)
        self.visit.start(deck, self.settings.pain_bands)
        self.controller.start(deck, private=private)
        self.tools.start_visit(deck, self.settings.visit_minutes)
        self.keeper.frame_shown(self.controller.frame)
        self.show_time()
        self.show_visit()
        self.check_timer.start(0)

    def check_deck(self) -> None:
        from ..core.lint import lint_deck

        self.presenter.set_warnings([f"{f.slide}: {f.message(self.lang)}" if f.slide else f.message(self.lang)
                                     for f in lint_deck(self.deck, self.deck.base_dir) if f.severity != "info"])
        self.host.remember()  # the check has read every slide: keep the deck for a quick open next time

    # -- around ----------------------------------------------------------------------------------
    def show_keys(self) -> None:
        from .keys_dialog import KeysDialog

        KeysDialog(self.actions, self.presenter).open()

    def tell(self, message: str) -> None:
        tell(self.presenter, message)

    def deck_failed(self, message: str) -> None:
        self.presenter.set_warnings([message])
        self.presenter.statusBar().showMessage(message)
        self.tell(message)

    def change_timer(self, change: Callable[[], None]) -> None:
        change()
        self.show_time()

    def show_time(self) -> None:
        self.presenter.set_timer_text(self.stopwatch.text(), self.stopwatch.running)
        self.presenter.update_clock()

    def close(self) -> None:
        """Take this app apart (tests build many in one process)."""
        self.router.detach(qapp())
        self.placer.disconnect_screens()
        for timer in (self.tick, self.prefetch_timer, self.check_timer):
            timer.stop()
        self.host.stop()
        self.host.remember()
        for window in (self.patient, self.presenter):
            window.allow_close = True
            window.close()
            window.deleteLater()

    def quit(self) -> None:
        """Quit, asking first when this visit's record is unsaved (the windows refuse any other close)."""
        self.guard.then(self._quit_now)

    def _quit_now(self) -> None:
        self.patient.allow_close = self.presenter.allow_close = True
        QApplication.quit()

    def start(self) -> None:
        self.placer.place()
        self.presenter.take_keyboard()  # the doctor's keys go to the console first, not the patient view
        self.next_patient()
        self.tick.start()
        for m in self.messages:
            self.presenter.statusBar().showMessage(m, 8000)
        self.check_timer.start(800)  # after both windows have painted their first frame


def wire(app: App) -> None:
    """Every signal of the app, in one place."""
    app.controller.frame_changed.connect(app.show_frame)
    app.controller.frame_changed.connect(lambda f: app.keeper.frame_shown(f))
    app.controller.frame_changed.connect(lambda _f: app.visit.refresh_record())
    app.controller.frame_changed.connect(app.tools.show_frame)
    app.controller.frame_changed.connect(app.show_console)  # last: the patient's screen painted, then the console
    app.tools.marks.marks_changed.connect(app.presenter.current.set_marks)
    app.tools.marks.marks_changed.connect(app.patient.view.set_marks)
    app.presenter.skips_changed.connect(app.tools.set_skipped)
    app.presenter.overview_chosen.connect(app.tools.overview_chosen)
    app.presenter.overview_closed.connect(app.tools.close_overview)
    app.presenter.touch.pressed.connect(app.dispatch)
    app.presenter.current.picture_clicked.connect(app.picture_clicked)
    app.teach_back.teach_back_recorded.connect(lambda e: app.keeper.set_teach_back(e.part, e.question, e.result))
    app.teach_back.pain_recorded.connect(lambda score: app.keeper.set_pain(score))
    app.teach_back.editing_done.connect(app.presenter.take_keyboard)
    for command, action in app.actions.items():
        action.triggered.connect(lambda _checked=False, c=command: app.dispatch(c))
    app.presenter.preview_requested.connect(app.controller.preview)
    app.presenter.confirm_requested.connect(lambda: app.controller.run(Command.CONFIRM_PREVIEW))
    app.presenter.close_requested.connect(app.quit)
    app.presenter.deck_dropped.connect(lambda path: app.open_deck(Path(path)))
    app.presenter.show_source_changed.connect(app.set_show_source)
    app.host.deck_reloaded.connect(app.deck_reloaded)
    app.host.failed.connect(app.deck_failed)
    app.placer.placed.connect(lambda _p: app.placed())
    app.placer.connect_screens()
    app.tick.timeout.connect(app.show_time)
    app.tick.timeout.connect(app.tools.show_pace)
    app.prefetch_timer.timeout.connect(app.prefetch)
    app.check_timer.timeout.connect(app.check_deck)
    app.router.attach(qapp())
    build_menus(app.presenter, app.actions, app)


def build(deck_path: Path | None = None, *, settings_path: Path | None = None,
          patient_screen: str | None = None, lang: str | None = None,
          clock: Callable[[], float] | None = None, deck_cache: Path | None = None) -> App:
    """Build and wire the whole app on the running QApplication; windows placed and shown.
    `deck_cache`: a folder for decks read before (they open without parsing); None: none kept."""
    from .fonts import load_bundled_fonts
    from .translations import install_translator

    ui_font = QFont(load_bundled_fonts())  # the console too: Chinese notes must not depend on system fonts
    ui_font.setPixelSize(16)
    QApplication.setFont(ui_font)
    store = SettingsStore(settings_path)
    lang = lang or store.load().lang or system_lang()
    problems = []
    try:
        deck = load_deck(deck_path or default_deck(), cached=lookup(deck_cache))
    except InputError as exc:
        problems.append(exc.message(lang))
        deck = parse_deck(f"# counsel\n\n{exc.message(lang)}\n")
    install_translator(qapp(), lang)
    app = App(deck, store, patient_screen=patient_screen, lang=lang, clock=clock, deck_cache=deck_cache)
    app.messages.extend(problems)
    wire(app)
    app.start()
    return app
