"""`counsel-app edit DECK.md [--lang zh|en]`: the deck editor on its own, until its window closes.

`editor_app(lang)` starts Qt for an editor without the console (also for `import ARTICLE` without `-o`).
"""

from __future__ import annotations

import argparse
from typing import Any


def editor_app(lang_arg: str | None) -> tuple[Any, str, Any]:
    """The QApplication (with the bundled font and the interface language), the language, and the
    folder for unsaved edits kept from a crash."""
    import sys

    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from ..core.lang import system_lang
    from ..qt.fonts import load_bundled_fonts
    from ..qt.settings import default_path
    from ..qt.translations import install_translator

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("counsel-app")
    qapp.setOrganizationName("counsel")
    font = QFont(load_bundled_fonts())
    font.setPixelSize(16)
    QApplication.setFont(font)
    lang = lang_arg or system_lang()
    install_translator(qapp, lang)
    return qapp, lang, default_path().parent / "recovery"


def run(args: argparse.Namespace) -> int:
    from ..core.deck_file import open_for_edit
    from ..core.themes import theme
    from ..qt.editor_window import EditorWindow

    file = open_for_edit(args.deck)  # a bad file: one line and exit 2, before any window
    qapp, lang, recovery = editor_app(args.lang)
    window = EditorWindow(file, lang=lang, theme=theme(None), recovery=recovery)
    window.show()
    window.offer_recovery()
    return int(qapp.exec())
