"""`counsel-app [DECK] [--patient-screen NAME] [--lang zh|en] [--profile-startup]`: the app itself."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    # the pure modules first: once PySide6 is imported, its import hook reads every later module's source
    from ..core import deck, record, session, settings_model  # noqa: F401
    from ..qt.launch import run as run_app

    return int(run_app(args) or 0)
