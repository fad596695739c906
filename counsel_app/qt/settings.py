"""The one module that touches QSettings: an INI file in the user's config folder.

Everything else receives a plain `Settings`. A damaged or future file gives defaults and a message.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from ..core.settings_model import Settings, settings_from_raw, settings_to_raw


def default_path() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base or Path.home() / ".config") / "counsel" / "counsel-app.ini"


class SettingsStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.problems: list[str] = []

    def _qsettings(self) -> QSettings:
        return QSettings(str(self.path), QSettings.Format.IniFormat)

    def load(self) -> Settings:
        self.problems = []
        try:
            qs = self._qsettings()
            if qs.status() != QSettings.Status.NoError:
                self.problems.append("the settings file is damaged; using defaults")
                return Settings()
            raw = {}
            for key in qs.allKeys():
                value = qs.value(key)
                if key == "keymap" and isinstance(value, str):
                    try:
                        value = json.loads(value)
                    except ValueError:
                        self.problems.append("the saved key map is damaged; using the default keys")
                        continue
                raw[key] = value
        except Exception as exc:  # noqa: BLE001 - any failure here must fall back to defaults
            self.problems.append(f"the settings could not be read ({exc}); using defaults")
            return Settings()
        settings, problems = settings_from_raw(raw)
        self.problems.extend(problems)
        return settings

    def save(self, settings: Settings) -> None:
        """QSettings writes through a temporary file and renames it into place (atomic)."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            qs = self._qsettings()
            qs.setAtomicSyncRequired(True)
            qs.clear()
            for key, value in settings_to_raw(settings).items():
                qs.setValue(key, json.dumps(value) if key == "keymap" else value)
            qs.sync()
            if qs.status() != QSettings.Status.NoError:
                self.problems.append("the settings could not be saved")
        except OSError as exc:
            self.problems.append(f"the settings could not be saved ({exc})")
