"""Start the app for real: the QApplication, logs, the error reporter, the display kept awake, exec()."""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from .app import build
from .file_actions import log_folder

log = logging.getLogger("counsel")


def deck_cache_folder() -> Path | None:
    """Where decks read before are kept (core.deck_cache): the user's cache folder, e.g.
    ~/.cache/counsel/counsel-app/decks. None when there is none."""
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(folder) / "decks" if folder else None


def after_first_frame() -> None:
    """Both windows are on screen: Python's collector works again (commands/present.py turned it off).
    One collection now (~20 ms, nothing is drawn: what reading the deck left behind goes), then what
    start-up made is left out of every later one (modules, classes, widgets: they live as long as the
    app), so those stay short while slides turn."""
    gc.collect()
    gc.freeze()
    gc.enable()


def run(args: Any) -> int:
    """`counsel-app [DECK]`: present until the doctor quits."""
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    qapp.setApplicationName("counsel-app")
    qapp.setOrganizationName("counsel")
    app = build(args.deck, patient_screen=args.patient_screen, lang=args.lang, deck_cache=deck_cache_folder())
    from .profile import first_frame_watch, profile_startup

    if getattr(args, "profile_startup", False):
        return profile_startup(app, then=after_first_frame)
    from .errors import ErrorReporter

    ErrorReporter(app.presenter, app.lang).install()
    awake = []

    def settle() -> None:
        """After the first frame: the support log (its modules take ~0.1 s to import and set up:
        until then an error goes to stderr, and to the doctor as always) and the display kept awake."""
        after_first_frame()
        from ..logs import setup_logging
        from .awake import keep_awake

        setup_logging(log_folder())
        log.info("screens: %s; patient view on %s", ", ".join(
            f"{s.name()} {s.geometry().width()}x{s.geometry().height()}" for s in QGuiApplication.screens()),
            app.placement.patient or "none")
        keep_awake(app.patient, True)
        awake.append(keep_awake)

    _first_frame = first_frame_watch(app, settle)  # held here until it has run
    try:
        return qapp.exec()
    finally:
        for keep_awake in awake:
            keep_awake(app.patient, False)
