"""The app's settings as plain values, checked. No Qt (counsel_app/qt/settings.py stores them).

A damaged, empty or future-version settings file never stops the app: what cannot be read
falls back to the default and is reported once.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any, Callable, TypeVar

from .themes import THEMES

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Settings:
    patient_screen: str = ""  # remembered by name
    theme: str = "light"
    lang: str = ""  # "" follows the system
    zoom: float = 1.0  # patient text, 0.5 .. 2.0
    notes_px: int = 22  # speaker notes size on the doctor's screen
    keymap: dict[str, Any] = field(default_factory=dict)  # as saved: {command name: keys}
    recent: tuple[str, ...] = ()
    pain_bands: tuple[int, int] = (3, 6)  # 1-3 mild, 4-6 moderate, 7-10 severe
    show_source: bool = True  # the article's source passages in the speaker notes (folded when False)
    last_folder: str = ""  # where the doctor last opened or saved a file
    visit_minutes: int = 15  # a visit's planned length when the deck's front matter has no `duration`


_N = TypeVar("_N", int, float)


def _num(value: Any, kind: Callable[[Any], _N], lo: _N, hi: _N) -> _N:
    v = kind(value)
    if not (lo <= v <= hi):
        raise ValueError(value)
    return v


def settings_from_raw(raw: object) -> tuple[Settings, list[str]]:
    """Build Settings from what the store held (strings, lists, anything). Returns (settings, problems)."""
    problems: list[str] = []
    s = Settings()
    if not isinstance(raw, dict):
        return s, ["settings are not a table"]
    version = raw.get("version")
    if version not in (None, ""):
        try:
            if int(str(version)) > SETTINGS_VERSION:
                return s, [f"settings were written by a newer version ({version}); using defaults"]
        except ValueError:
            problems.append("settings version is not a number")
    checks: dict[str, Callable[[Any], object]] = {
        "patient_screen": lambda v: str(v),
        "theme": lambda v: str(v) if str(v) in THEMES else (_ for _ in ()).throw(ValueError(v)),
        "lang": lambda v: str(v) if str(v) in ("", "zh", "en") else (_ for _ in ()).throw(ValueError(v)),
        "zoom": lambda v: _num(v, float, 0.5, 2.0),
        "notes_px": lambda v: _num(v, int, 10, 80),
        "keymap": lambda v: v if isinstance(v, dict) else (_ for _ in ()).throw(ValueError(v)),
        "recent": lambda v: tuple(str(x) for x in (v if isinstance(v, (list, tuple)) else [v]))[:10],
        "pain_bands": lambda v: _bands(v),
        "show_source": lambda v: _flag(v),
        "last_folder": lambda v: str(v),
        "visit_minutes": lambda v: _num(v, int, 1, 240),
    }
    changes: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name not in raw or raw[f.name] is None:
            continue
        try:
            changes[f.name] = checks[f.name](raw[f.name])
        except (ValueError, TypeError):
            problems.append(f"setting {f.name!r} has a value we cannot use; using the default")
    return replace(s, **changes), problems


def _bands(v: Any) -> tuple[int, int]:
    if isinstance(v, str):
        v = [x for x in v.replace("-", ",").split(",") if x.strip()]
    a, b = (int(x) for x in v)
    if not (1 <= a < b < 10):
        raise ValueError(v)
    return (a, b)


def _flag(v: object) -> bool:
    text = str(v).strip().lower()
    if text in ("true", "1", "yes"):
        return True
    if text in ("false", "0", "no"):
        return False
    raise ValueError(v)


def settings_to_raw(s: Settings) -> dict[str, Any]:
    return {"version": SETTINGS_VERSION, "patient_screen": s.patient_screen, "theme": s.theme,
            "lang": s.lang, "zoom": s.zoom, "notes_px": s.notes_px, "keymap": dict(s.keymap),
            "recent": list(s.recent), "pain_bands": list(s.pain_bands),
            "show_source": s.show_source, "last_folder": s.last_folder, "visit_minutes": s.visit_minutes}
