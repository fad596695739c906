"""The thin Qt shell: windows, widgets and the one place where signals are wired (app.py)."""

import sys

import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook, changed below)


def _no_source_reads() -> None:
    """PySide6 reads the whole source of every module imported after it, to see whether the text
    says "PySide6" (for `from __feature__ import ...`, which counsel never uses): about 40 ms and
    4 MB at start. A module that does import `__feature__` is still registered by that import."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        setattr(feature, "_mod_uses_pyside", lambda _module: False)  # noqa: B010 (a private name)


_no_source_reads()
