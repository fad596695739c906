"""Keep the display awake while presenting, where the platform allows (no network, ever)."""

from __future__ import annotations

import shutil
import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QWidget

_ES_CONTINUOUS = 0x80000000
_ES_SYSTEM_REQUIRED = 0x00000001
_ES_DISPLAY_REQUIRED = 0x00000002


def keep_awake(window: QWidget, on: bool) -> str:
    """Stop the screen saver and display sleep (Windows API; xdg-screensaver on Linux).

    Returns how it was done ("windows", "xdg-screensaver", or "unsupported").
    """
    if sys.platform == "win32":
        import ctypes

        flags = _ES_CONTINUOUS | (_ES_DISPLAY_REQUIRED | _ES_SYSTEM_REQUIRED if on else 0)
        ctypes.windll.kernel32.SetThreadExecutionState(flags)
        return "windows"
    tool = shutil.which("xdg-screensaver")
    if tool and sys.platform.startswith("linux") and window.windowHandle() is not None:
        QProcess.startDetached(tool, ["suspend" if on else "resume", str(int(window.winId()))])
        return "xdg-screensaver"
    return "unsupported"
