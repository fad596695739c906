"""The command actions (one per command, with its keys) and the presenter's menu bar built from them,
plus a few choices (theme, screen, language)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from ..core.keys import NO_AUTO_REPEAT
from ..core.session import Command
from ..core.themes import THEMES

translate = QCoreApplication.translate  # lupdate reads translate("Menus", "...")


def make_actions(keymap: dict[Command, tuple[str, ...]], window: QWidget) -> dict[Command, QAction]:
    """One action per command, with its keys; they work whichever window of the app is active."""
    actions = {}
    for command, seqs in keymap.items():
        action = QAction(command.value, window)
        action.setShortcuts([QKeySequence(s) for s in seqs])
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.setAutoRepeat(command not in NO_AUTO_REPEAT)
        window.addAction(action)
        actions[command] = action
    return actions


def build_menus(window: QMainWindow, actions: dict[Command, QAction], app: Any) -> dict[str, QMenu]:
    """Menus for the doctor; `app` gives set_theme, choose_patient_screen, set_rehearsal, set_lang."""
    bar = window.menuBar()
    labels = {
        Command.OPEN: translate("Menus", "Open deck..."),
        Command.END_COUNSELLING: translate("Menus", "End counselling..."),
        Command.NEXT_PATIENT: translate("Menus", "Next patient"),
        Command.EDIT: translate("Menus", "Edit deck..."),
        Command.QUIT: translate("Menus", "Quit"),
        Command.SWAP_SCREENS: translate("Menus", "Swap screens"),
        Command.ZOOM_IN: translate("Menus", "Patient text larger"),
        Command.ZOOM_OUT: translate("Menus", "Patient text smaller"),
        Command.ZOOM_RESET: translate("Menus", "Patient text normal size"),
        Command.NOTES_BIGGER: translate("Menus", "Notes larger"),
        Command.NOTES_SMALLER: translate("Menus", "Notes smaller"),
        Command.BLACK: translate("Menus", "Black screen"),
        Command.WHITE: translate("Menus", "White screen"),
        Command.PAIN_SCALE: translate("Menus", "Show pain scale to patient"),
        Command.TIMER_PAUSE: translate("Menus", "Pause timer"),
        Command.TIMER_RESET: translate("Menus", "Reset timer"),
        Command.HELP: translate("Menus", "Keys..."),
        Command.START_FIRST: translate("Menus", "Start from the beginning"),
        Command.START_CURRENT: translate("Menus", "Start from this slide"),
        Command.OVERVIEW: translate("Menus", "Overview of all slides (console only)"),
        Command.ZOOM_PICTURE: translate("Menus", "Enlarge the slide's picture"),
        Command.POINTER: translate("Menus", "Pointer"),
        Command.PEN: translate("Menus", "Pen"),
        Command.UNDO_STROKE: translate("Menus", "Undo last stroke"),
        Command.ERASE_INK: translate("Menus", "Erase ink on this slide"),
    }
    for command, text in labels.items():
        if command in actions:
            actions[command].setText(text)
    menus: dict[str, QMenu] = {}

    file_menu = bar.addMenu(translate("Menus", "&File"))
    file_menu.addAction(actions[Command.OPEN])
    file_menu.addAction(actions[Command.EDIT])
    import_action = file_menu.addAction(translate("Menus", "Import article..."))
    import_action.triggered.connect(app.files.import_dialog)
    handout_action = file_menu.addAction(translate("Menus", "Export handout (PDF)..."))
    handout_action.triggered.connect(app.files.handout_dialog)
    print_action = file_menu.addAction(translate("Menus", "Print handout..."))
    print_action.triggered.connect(app.files.print_dialog)
    file_menu.addSeparator()
    file_menu.addAction(actions[Command.END_COUNSELLING])
    file_menu.addAction(actions[Command.NEXT_PATIENT])
    file_menu.addSeparator()
    file_menu.addAction(actions[Command.QUIT])
    menus["file"] = file_menu

    show = bar.addMenu(translate("Menus", "&Present"))
    for c in (Command.START_FIRST, Command.START_CURRENT, Command.BLACK, Command.WHITE, Command.PAIN_SCALE,
              Command.ZOOM_PICTURE, Command.TIMER_PAUSE, Command.TIMER_RESET, None, Command.OVERVIEW, Command.POINTER, Command.PEN,
              Command.UNDO_STROKE, Command.ERASE_INK):
        if c is None:
            show.addSeparator()
        elif c in actions:
            show.addAction(actions[c])
    menus["present"] = show

    view = bar.addMenu(translate("Menus", "&View"))
    for c in (Command.ZOOM_IN, Command.ZOOM_OUT, Command.ZOOM_RESET, Command.NOTES_BIGGER, Command.NOTES_SMALLER):
        view.addAction(actions[c])
    view.addSeparator()
    theme_menu = view.addMenu(translate("Menus", "Patient colours"))
    group = QActionGroup(window)
    names = {"light": translate("Menus", "Light"), "dark": translate("Menus", "Dark"),
             "contrast": translate("Menus", "High contrast")}
    for name in THEMES:
        a = theme_menu.addAction(names.get(name, name))
        a.setCheckable(True)
        a.setChecked(app.settings.theme == name)
        a.setObjectName(f"theme-{name}")
        group.addAction(a)
        a.triggered.connect(lambda _c=False, n=name: app.set_theme(n))
    screen_menu = view.addMenu(translate("Menus", "Patient screen"))
    screen_menu.aboutToShow.connect(lambda: _fill_screens(screen_menu, app))
    view.addAction(actions[Command.SWAP_SCREENS])
    rehearsal = view.addAction(translate("Menus", "Patient window beside the console (one screen)"))
    rehearsal.setCheckable(True)
    rehearsal.toggled.connect(app.set_rehearsal)
    lang_menu = view.addMenu(translate("Menus", "Language / 语言"))
    lang_group = QActionGroup(window)  # exclusive: the language in the settings is ticked
    for code, label in (("", translate("Menus", "Follow the system")), ("zh", "中文"), ("en", "English")):
        a = lang_menu.addAction(label)
        a.setCheckable(True)
        a.setChecked(getattr(app.settings, "lang", "") == code)
        a.setObjectName(f"lang-{code or 'system'}")
        lang_group.addAction(a)
        a.triggered.connect(lambda _c=False, c=code: app.set_lang(c))
    menus["view"] = view

    help_menu = bar.addMenu(translate("Menus", "&Help"))
    help_menu.addAction(actions[Command.HELP])
    menus["help"] = help_menu
    return menus


def _fill_screens(menu: QMenu, app: Any) -> None:
    menu.clear()
    for screen in QGuiApplication.screens():
        g = screen.geometry()
        a = menu.addAction(f"{screen.name()}  ({g.width()}x{g.height()})")
        a.setCheckable(True)
        a.setChecked(screen.name() == app.placement.patient)
        name = screen.name()
        a.triggered.connect(lambda _c=False, n=name: app.choose_patient_screen(n))
