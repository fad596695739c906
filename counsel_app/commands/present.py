"""`counsel-app [DECK] [--patient-screen NAME] [--lang zh|en] [--profile-startup]`: the app itself."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    import gc

    # Start-up makes some 30,000 objects that live as long as the app (modules, classes, widgets):
    # Python's collector would walk them some 55 times (about 20 ms) before the first frame. It runs
    # again once both windows have painted (qt/launch.py), with those set aside for good (gc.freeze).
    gc.disable()
    # the pure modules first: once PySide6 is imported, its import hook reads every later module's source
    from ..core import deck, record, session, settings_model  # noqa: F401
    from ..qt.launch import run as run_app

    return int(run_app(args) or 0)
