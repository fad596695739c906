"""The interface language: Qt translators for Chinese, none for English (the source strings).

counsel_zh_CN.qm is built from counsel_app/i18n/counsel_zh_CN.ts (see counsel_app/i18n/README.md).
Qt's own qtbase_zh_CN.qm, shipped with the PySide6 wheels, makes the standard buttons and the
file dialogs Chinese too. Install before the windows are built: widgets read their text once.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from ..core.lang import base

log = logging.getLogger("counsel")
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"

# Qt does not own installed translators: they must stay alive as long as they are installed.
_installed: list[QTranslator] = []
_installed_lang: str | None = None


def _load(name: str, folder: str | Path) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(name, str(folder)):
        return translator
    return None


def remove_translators(app: QCoreApplication) -> None:
    """Back to the English source strings."""
    global _installed_lang
    while _installed:
        app.removeTranslator(_installed.pop())
    _installed_lang = None


def install_translator(app: QCoreApplication, lang: str) -> bool:
    """Install the translators for `lang` ("zh" or "en"); True if a translation of counsel is installed.

    "en" (or any other language) removes what was installed. Calling again with the same
    language does nothing.
    """
    global _installed_lang
    lang = base(lang)
    if lang == _installed_lang and _installed:
        return True
    remove_translators(app)
    if lang != "zh":
        return False
    own = _load("counsel_zh_CN", I18N_DIR)
    if own is None:
        log.warning("no Chinese translation found in %s; the interface stays in English", I18N_DIR)
        return False
    translators = [own]
    qt_base = _load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if qt_base is not None:
        translators.append(qt_base)
    else:
        log.info("Qt's own Chinese translation (qtbase_zh_CN) not found; standard buttons stay in English")
    for translator in translators:
        if app.installTranslator(translator):
            _installed.append(translator)
    _installed_lang = lang
    return bool(_installed)


__all__ = ["install_translator", "remove_translators", "I18N_DIR"]
