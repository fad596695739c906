"""Qt screens as plain `ScreenInfo`, and putting a window on a screen."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from ..core.screens import ScreenInfo


def screen_infos() -> list[ScreenInfo]:
    primary = QGuiApplication.primaryScreen()
    infos = []
    for s in QGuiApplication.screens():
        g = s.geometry()
        mm = s.physicalSize()
        infos.append(ScreenInfo(name=s.name(), x=g.x(), y=g.y(), width=g.width(), height=g.height(),
                                width_mm=mm.width(), height_mm=mm.height(), primary=s is primary))
    return infos


def find_screen(name: str | None) -> QScreen | None:
    for s in QGuiApplication.screens():
        if s.name() == name:
            return s
    return None


def put_full_screen(window: QWidget, screen: QScreen) -> None:
    """setScreen, then the geometry (without it the window stays on the first screen), then full screen."""
    window.setScreen(screen)
    if window.windowHandle() is None:
        window.create()
    window.windowHandle().setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()


def put_on(window: QWidget, screen: QScreen) -> None:
    """A normal window, maximised on `screen`."""
    window.setScreen(screen)
    if window.windowHandle() is None:
        window.create()
    window.windowHandle().setScreen(screen)
    if window.isFullScreen():
        window.showNormal()
    window.setGeometry(screen.availableGeometry())
    window.showMaximized()
