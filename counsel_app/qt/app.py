"""The composition root: builds the objects, wires every signal in `wire()`, places the windows.

Tests call `build(...)` and never `exec()`; `run(args)` is the command line's entry.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ..core.deck import Deck, load_deck, parse_deck
from ..core.keys import NO_AUTO_REPEAT, keymap_from_settings
from ..core.screens import Placement, choose_screens, swap
from ..core.session import Command, Frame
from ..core.settings_model import Settings
from ..core.stopwatch import Stopwatch
from ..core.textio import InputError
from ..core.themes import THEMES, theme as get_theme
from ..resources import default_deck
from ..core.record import RecordKeeper, teach_back_questions
from .controller import Controller
from .teach_back_panel import TeachBackPanel
from .menus import build_menus
from .patient_window import PatientWindow
from .presenter_window import PresenterWindow
from .render import LayoutCache
from .screens import find_screen, put_full_screen, put_on, screen_infos
from .settings import SettingsStore

log = logging.getLogger("counsel")
REHEARSAL_SIZE = QSize(1920, 1080)  # the patient screen we lay out for when there is none


def _ui_lang(settings: Settings, override: str | None) -> str:
    from ..core.lang import system_lang

    return override or settings.lang or system_lang()


class App(QObject):
    """Holds the parts of a running counsel. Build it with `build()`."""

    def __init__(self, deck: Deck, store: SettingsStore, *, patient_screen: str | None = None,
                 lang: str | None = None, clock=None) -> None:
        super().__init__()
        self.store = store
        self.settings = store.load()
        self.lang = _ui_lang(self.settings, lang)
        self.deck = deck
        self.cache = LayoutCache()
        self.stopwatch = Stopwatch(clock) if clock else Stopwatch()
        self.placement = Placement(doctor="", patient=None)
        self.requested_patient = patient_screen or self.settings.patient_screen or None
        self.rehearsal = False  # one screen: show the patient window beside the console
        self.placed = False  # until the screens are known, a slide counts as one view (no layout yet)
        self.controller = Controller(deck, self._page_count)
        self.presenter = PresenterWindow()
        self.patient = PatientWindow()
        self.keeper = RecordKeeper(deck, bands=self.settings.pain_bands)
        self.teach_back = TeachBackPanel()
        self.teach_back.set_lang(deck.lang)
        self.teach_back.set_bands(self.settings.pain_bands)
        self.presenter.side_panel.addWidget(self.teach_back)
        self.record_dialog = None
        self.quit_question = None
        self.actions: dict[Command, QAction] = {}
        self.watcher = QFileSystemWatcher(self)
        self.reload_timer = QTimer(self)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(250)
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.prefetch_timer = QTimer(self)
        self.prefetch_timer.setSingleShot(True)
        self.prefetch_timer.setInterval(25)
        self._questions_for: tuple[Deck | None, dict] = (None, {})
        self.tick = QTimer(self)
        self.tick.setInterval(500)
        self.messages: list[str] = list(store.problems)
        self.presenter.set_notes_px(self.settings.notes_px)
        self.presenter.set_deck(deck)
        self._make_actions()
        self._watch(deck)

    # -- derived values ----------------------------------------------------------------
    @property
    def theme(self):
        return get_theme(self.settings.theme)

    def patient_size(self) -> tuple[QSize, float]:
        screen = find_screen(self.placement.patient)
        if screen is None:
            return REHEARSAL_SIZE, 0.0
        return screen.geometry().size(), float(screen.physicalSize().height())

    def _layout(self, index: int):
        size, mm = self.patient_size()
        return self.cache.get(self.controller.frame.deck if hasattr(self, "controller") else self.deck,
                              index, size, self.theme, self.settings.zoom, mm)

    def _page_count(self, index: int) -> int:
        if not self.placed:
            return 1
        size, mm = self.patient_size()
        return self.cache.get(self.deck, index, size, self.theme, self.settings.zoom, mm).pages

    # -- rendering: both windows from one frame --------------------------------------------
    def show_frame(self, frame: Frame) -> None:
        size, mm = self.patient_size()
        get = lambda i: self.cache.get(frame.deck, i, size, self.theme, self.settings.zoom, mm)  # noqa: E731
        shown = self._pain_layout(size) if frame.pain_scale else get(frame.index)
        looking = frame.preview if frame.preview is not None else frame.index
        current = shown if looking == frame.index else get(looking)
        upcoming = get(looking + 1) if looking + 1 < len(frame.deck.slides) else None
        fill = None if frame.blank.value == "none" else frame.blank.value
        self.patient.show_layout(shown, 0 if frame.pain_scale else frame.page, self.theme, fill)
        self.presenter.show_frame(frame, current, upcoming, shown, self.theme)
        part = frame.deck.slides[looking].section
        self.teach_back.show_part(part, self._questions(frame.deck).get(part, ()), self.keeper.results(part))
        self.prefetch_timer.start()

    def _questions(self, deck: Deck) -> dict[str, tuple[str, ...]]:
        if self._questions_for[0] is not deck:
            self._questions_for = (deck, teach_back_questions(deck))
        return self._questions_for[1]

    def prefetch(self) -> None:
        """After a turn, when the event loop is idle: lay out and draw the slides either side."""
        frame = self.controller.frame
        size, mm = self.patient_size()
        last = len(frame.deck.slides) - 1
        for i in (frame.index + 1, frame.index + 2, frame.index - 1):
            if 0 <= i <= last:
                layout = self.cache.get(frame.deck, i, size, self.theme, self.settings.zoom, mm)
                if i != frame.index + 2:
                    if self.patient.isVisible():  # 8 MB a picture at 1080p: the neighbours only
                        self.patient.view.prepare(layout)
                    self.presenter.current.prepare(layout)
                if i != frame.index - 1:
                    self.presenter.next.prepare(layout)

    def _pain_layout(self, size: QSize):
        from ..core.pain import pain_scale_deck

        deck = pain_scale_deck(self.deck.lang, self.settings.pain_bands)
        return self.cache.get(deck, 0, size, self.theme, self.settings.zoom)

    # -- commands ----------------------------------------------------------------------------
    def _make_actions(self) -> None:
        keymap, problems = keymap_from_settings(self.settings.keymap)
        self.messages.extend(problems)
        for command, seqs in keymap.items():
            action = QAction(command.value, self.presenter)
            action.setShortcuts([QKeySequence(s) for s in seqs])
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.setAutoRepeat(command not in NO_AUTO_REPEAT)
            self.presenter.addAction(action)
            self.actions[command] = action

    def dispatch(self, command: Command) -> None:
        if command is Command.SWAP_SCREENS:
            self.placement = swap(self.placement)
            if self.placement.patient:
                self.requested_patient = self.placement.patient
                self.settings = replace(self.settings, patient_screen=self.placement.patient)
                self.store.save(self.settings)
            self.place_windows()
        elif command is Command.HELP:
            self.show_keys()
        elif command is Command.QUIT:
            self.quit()
        elif command in (Command.NOTES_BIGGER, Command.NOTES_SMALLER):
            step = 2 if command is Command.NOTES_BIGGER else -2
            self._set(notes_px=max(10, min(80, self.settings.notes_px + step)))
            self.presenter.set_notes_px(self.settings.notes_px)
        elif command in (Command.ZOOM_IN, Command.ZOOM_OUT, Command.ZOOM_RESET):
            zoom = 1.0 if command is Command.ZOOM_RESET else self.settings.zoom * (1.1 if command is Command.ZOOM_IN else 1 / 1.1)
            self._set(zoom=round(max(0.5, min(2.0, zoom)), 3))
            self.controller.refresh_pages()
        elif command is Command.TIMER_PAUSE:
            self.stopwatch.toggle()
            self._tick()
        elif command is Command.TIMER_RESET:
            self.stopwatch.reset()
            self._tick()
        elif command is Command.OPEN:
            self.open_dialog()
        elif command is Command.END_COUNSELLING:
            self.end_counselling()
        else:
            self.controller.run(command)

    def _set(self, **changes) -> None:
        self.settings = replace(self.settings, **changes)
        self.store.save(self.settings)

    def set_theme(self, name: str) -> None:
        if name in THEMES:
            self._set(theme=name)
            self.controller.refresh_pages()

    # -- screens ----------------------------------------------------------------------------
    def place_windows(self) -> None:
        infos = screen_infos()
        current = self.presenter.screen().name() if self.presenter.isVisible() and self.presenter.screen() else None
        if self.placement.doctor and find_screen(self.placement.doctor):
            current = self.placement.doctor
        self.placement = choose_screens(infos, doctor=current, patient=self.requested_patient)
        self.placed = True
        doctor = find_screen(self.placement.doctor)
        patient = find_screen(self.placement.patient)
        if patient is not None:
            put_full_screen(self.patient, patient)
        else:
            self.patient.hide()  # never full screen over the doctor's notes
        if doctor is not None:
            put_on(self.presenter, doctor)
        if patient is None and self.rehearsal and doctor is not None:
            g = doctor.availableGeometry()
            self.patient.setScreen(doctor)
            self.patient.setGeometry(g.x() + g.width() // 2, g.y() + g.height() // 2, g.width() // 2, g.height() // 2)
            self.patient.showNormal()
        self.controller.refresh_pages()

    def screen_removed(self, screen) -> None:
        name = screen.name()  # read now: Qt deletes the QScreen right after this signal
        if name == self.placement.patient:
            self.patient.hide()  # at once: it must not land on the doctor's screen
            self.placement = Placement(doctor=self.placement.doctor, patient=None)
        QTimer.singleShot(0, self.presenter, self.place_windows)

    def screen_added(self, _screen) -> None:
        QTimer.singleShot(0, self.presenter, self.place_windows)

    # -- decks ---------------------------------------------------------------------------------
    def _watch(self, deck: Deck) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        if deck.source is not None and deck.source.exists():
            self.watcher.addPath(str(deck.source))

    def open_deck(self, path: Path) -> bool:
        try:
            deck = load_deck(path)
        except InputError as exc:
            self.tell(exc.message(self.lang))
            return False
        self.deck = deck
        self.cache.clear()
        self.keeper = RecordKeeper(deck, bands=self.settings.pain_bands)  # a new deck: a new conversation
        self.teach_back.set_lang(deck.lang)
        self.presenter.set_deck(deck)
        self._watch(deck)
        self.controller.load(deck)
        self.controller.refresh_pages()
        self.check_timer.start(0)
        return True

    def reload_deck(self) -> None:
        source = self.deck.source
        if source is None:
            return
        if not source.exists():  # an editor that saves by rename: wait for the new file
            self.reload_timer.start()
            return
        try:
            deck = load_deck(source)
        except InputError as exc:
            self.presenter.set_warnings([exc.message(self.lang)])
            self.presenter.statusBar().showMessage(exc.message(self.lang))
            return  # the patient keeps the last good slide
        self.deck = deck
        self.cache.clear()
        self.keeper.load_deck(deck)
        self.presenter.set_deck(deck)
        self._watch(deck)
        self.controller.load(deck)
        self.controller.refresh_pages()
        self.presenter.statusBar().showMessage(self.tr("Deck reloaded"), 4000)
        self.check_deck()

    def open_dialog(self) -> None:
        start = str(self.deck.source.parent) if self.deck.source else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self.presenter, self.tr("Open deck"), start,
                                              self.tr("Decks (*.md *.markdown *.txt)"))
        if path:
            self.open_deck(Path(path))

    def check_deck(self) -> None:
        try:
            from ..core.lint import lint_deck
        except ImportError:
            return
        lines = []
        for f in lint_deck(self.deck, self.deck.base_dir):
            if f.severity == "info":
                continue
            where = f"{f.slide}: " if f.slide else ""
            lines.append(f"{where}{f.message(self.lang)}")
        self.presenter.set_warnings(lines)

    def end_counselling(self) -> None:
        """The summary for the medical record, on the doctor's screen; nothing is written until saved."""
        from .record_dialog import RecordDialog

        dialog = RecordDialog(self.keeper.summary(), self.deck.lang, self.presenter)
        dialog.saved.connect(lambda _path: self.keeper.mark_saved())
        dialog.plan_changed.connect(self.keeper.set_plan)
        dialog.handout_changed.connect(self.keeper.set_handout_given)
        self.record_dialog = dialog
        dialog.open()

    def import_dialog(self) -> None:
        from .file_actions import import_article

        start = self.deck.source.parent if self.deck.source else Path.home()
        try:
            deck_path = import_article(self.presenter, start, self.lang)
        except InputError as exc:
            self.tell(exc.message(self.lang))
            return
        if deck_path is not None:
            self.open_deck(deck_path)

    def handout_dialog(self) -> None:
        from .file_actions import export_handout

        start = self.deck.source.parent if self.deck.source else Path.home()
        shown = {i for p in self.keeper.summary()["parts"] for i in p["slides_shown"]}
        try:
            out = export_handout(self.presenter, self.deck, shown, start)
        except InputError as exc:
            self.tell(exc.message(self.lang))
            return
        if out is not None:
            self.keeper.set_handout_given(True)
            self.presenter.statusBar().showMessage(self.tr("Handout saved: %1").replace("%1", str(out)), 6000)

    def print_dialog(self) -> None:
        from .file_actions import which_slides
        from .handout import print_handout

        shown = which_slides(self.presenter, {i for p in self.keeper.summary()["parts"] for i in p["slides_shown"]})
        if shown is not False and print_handout(self.presenter, self.deck, shown):
            self.keeper.set_handout_given(True)

    def set_rehearsal(self, on: bool) -> None:
        self.rehearsal = bool(on)
        self.place_windows()

    def choose_patient_screen(self, name: str) -> None:
        self.requested_patient = name
        self._set(patient_screen=name)
        self.place_windows()

    def set_lang(self, code: str) -> None:
        self._set(lang=code)
        self.presenter.statusBar().showMessage(
            self.tr("The language changes the next time counsel starts"), 6000)

    # -- around ---------------------------------------------------------------------------------
    def show_keys(self) -> None:
        from .keys_dialog import KeysDialog

        KeysDialog(self.actions, self.presenter).open()

    def tell(self, message: str) -> None:
        """A message for the doctor, on the doctor's screen (never the patient's)."""
        log.info("message shown: %s", message)
        box = QMessageBox(QMessageBox.Icon.Warning, "counsel", message, QMessageBox.StandardButton.Ok, self.presenter)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()

    def _tick(self) -> None:
        self.presenter.set_timer_text(self.stopwatch.text(), self.stopwatch.running)
        self.presenter.update_clock()

    def close(self) -> None:
        """Take this app apart (tests build many in one process)."""
        gui = QGuiApplication.instance()
        for signal, slot in ((gui.screenAdded, self.screen_added), (gui.screenRemoved, self.screen_removed)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self.tick.stop()
        self.reload_timer.stop()
        self.prefetch_timer.stop()
        self.check_timer.stop()
        self.patient.allow_close = True
        self.presenter.allow_close = True
        self.patient.close()
        self.presenter.close()
        self.patient.deleteLater()
        self.presenter.deleteLater()

    def quit(self, ask: bool = True) -> None:
        """Quit (the windows refuse any other close: Qt 6 asks them before it quits).

        Asks first only when the counselling record has something unsaved.
        """
        if ask and self.keeper.has_unsaved():
            box = QMessageBox(QMessageBox.Icon.Question, "counsel",
                              self.tr("The counselling record is not saved. Quit anyway?"),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.presenter)
            box.setDefaultButton(QMessageBox.StandardButton.No)
            box.button(QMessageBox.StandardButton.Yes).clicked.connect(lambda: self.quit(ask=False))
            box.open()
            self.quit_question = box
            return
        self.patient.allow_close = True
        self.presenter.allow_close = True
        QApplication.quit()

    def start(self) -> None:
        self.place_windows()
        self.show_frame(self.controller.frame)
        self.keeper.frame_shown(self.controller.frame)
        self.stopwatch.start()
        self.tick.start()
        self._tick()
        for m in self.messages:
            self.presenter.statusBar().showMessage(m, 8000)
        self.check_timer.start(800)  # after both windows have painted their first frame


def wire(app: App) -> None:
    """Every signal of the app, in one place."""
    app.controller.frame_changed.connect(app.show_frame)
    app.controller.frame_changed.connect(lambda f: app.keeper.frame_shown(f))
    app.teach_back.teach_back_recorded.connect(lambda e: app.keeper.set_teach_back(e.part, e.question, e.result))
    app.teach_back.pain_recorded.connect(lambda score: app.keeper.set_pain(score))
    for command, action in app.actions.items():
        action.triggered.connect(lambda _checked=False, c=command: app.dispatch(c))
    app.presenter.preview_requested.connect(app.controller.preview)
    app.presenter.confirm_requested.connect(lambda: app.controller.run(Command.CONFIRM_PREVIEW))
    app.presenter.close_requested.connect(app.quit)
    app.presenter.deck_dropped.connect(lambda path: app.open_deck(Path(path)))
    gui = QGuiApplication.instance()
    gui.screenAdded.connect(app.screen_added)
    gui.screenRemoved.connect(app.screen_removed)
    app.watcher.fileChanged.connect(lambda _p: app.reload_timer.start())
    app.reload_timer.timeout.connect(app.reload_deck)
    app.tick.timeout.connect(app._tick)
    app.prefetch_timer.timeout.connect(app.prefetch)
    app.check_timer.timeout.connect(app.check_deck)
    build_menus(app.presenter, app.actions, app)


def build(deck_path: Path | None = None, *, settings_path: Path | None = None,
          patient_screen: str | None = None, lang: str | None = None, clock=None) -> App:
    """Build and wire the whole app on the running QApplication; windows placed and shown."""
    from .fonts import load_bundled_fonts

    family = load_bundled_fonts()
    ui_font = QFont(family)  # the console too: Chinese notes and outline must not depend on system fonts
    ui_font.setPixelSize(16)
    QApplication.setFont(ui_font)
    problems = []
    try:
        deck = load_deck(deck_path or default_deck())
    except InputError as exc:
        problems.append(exc.message(lang or "en"))
        deck = parse_deck(f"# counsel\n\n{exc.message(lang or 'en')}\n")
    from .translations import install_translator

    store = SettingsStore(settings_path)
    lang = _ui_lang(store.load(), lang)
    install_translator(QApplication.instance(), lang)
    app = App(deck, store, patient_screen=patient_screen, lang=lang, clock=clock)
    app.messages.extend(problems)
    wire(app)
    app.start()
    return app


def log_folder() -> Path:
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base or Path.home() / ".local" / "share") / "counsel" / "counsel-app" / "logs"


def run(args) -> int:
    """`counsel-app [DECK]`: present until the doctor quits."""
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    qapp.setApplicationName("counsel-app")
    qapp.setOrganizationName("counsel")
    profiling = getattr(args, "profile_startup", False)
    app = build(args.deck, patient_screen=args.patient_screen, lang=args.lang)
    if profiling:
        from .profile import profile_startup

        return profile_startup(app)
    from ..logs import setup_logging
    from .awake import keep_awake
    from .errors import ErrorReporter

    setup_logging(log_folder())
    log.info("screens: %s; patient view on %s", ", ".join(
        f"{s.name()} {s.geometry().width()}x{s.geometry().height()}" for s in QGuiApplication.screens()),
        app.placement.patient or "none")
    ErrorReporter(app.presenter, app.lang).install()
    keep_awake(app.patient, True)
    try:
        return qapp.exec()
    finally:
        keep_awake(app.patient, False)
