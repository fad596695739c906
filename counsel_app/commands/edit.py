"""`counsel-app edit DECK.md [--lang zh|en]`: the deck editor on its own, until its window closes."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    import sys

    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from ..core.deck_file import open_for_edit
    from ..core.lang import system_lang
    from ..core.themes import theme
    from ..qt.editor_window import EditorWindow
    from ..qt.fonts import load_bundled_fonts
    from ..qt.translations import install_translator

    file = open_for_edit(args.deck)  # a bad file: one line and exit 2, before any window
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("counsel-app")
    qapp.setOrganizationName("counsel")
    font = QFont(load_bundled_fonts())
    font.setPixelSize(16)
    QApplication.setFont(font)
    lang = args.lang or system_lang()
    install_translator(qapp, lang)
    from ..qt.settings import default_path

    window = EditorWindow(file, lang=lang, theme=theme(None), recovery=default_path().parent / "recovery")
    window.show()
    window.offer_recovery()
    return int(qapp.exec())
