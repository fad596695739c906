"""The doctor's preferences, changed from the console and remembered: notes and patient text size,
colours, language, the patient screen, the last folder used. A mix-in of `App` (qt/app.py): it
saves through the one SettingsStore and asks the app to apply the new values.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..core.settings_model import Settings
from ..core.themes import THEMES


class Preferences:
    settings: Settings
    store: Any  # SettingsStore
    controller: Any  # Controller
    placer: Any  # Placer
    presenter: Any  # PresenterWindow

    def _apply_settings(self) -> None:
        raise NotImplementedError  # App applies them to its parts

    def _set(self, **changes: Any) -> None:
        self.settings = replace(self.settings, **changes)
        self.store.save(self.settings)
        self._apply_settings()

    def remember_folder(self, folder: Path) -> None:
        self._set(last_folder=str(folder))

    def set_notes_px(self, px: int) -> None:
        self._set(notes_px=max(10, min(80, px)))

    def set_zoom(self, zoom: float) -> None:
        self._set(zoom=round(max(0.5, min(2.0, zoom)), 3))
        self.controller.refresh_pages()

    def set_theme(self, name: str) -> None:
        if name in THEMES:
            self._set(theme=name)
            self.controller.refresh_pages()

    def set_show_source(self, on: bool) -> None:
        self._set(show_source=bool(on))

    def set_lang(self, code: str) -> None:
        self._set(lang=code)
        self.presenter.statusBar().showMessage(QCoreApplication.translate("App", "The language changes the next time counsel starts"), 6000)

    def swap_screens(self) -> None:
        name = self.placer.swap()
        if name:
            self._set(patient_screen=name)

    def choose_patient_screen(self, name: str) -> None:
        self._set(patient_screen=name)
        self.placer.choose_patient(name)

    def set_rehearsal(self, on: bool) -> None:
        self.placer.set_rehearsal(on)

