"""Where the bundled decks and assets live, in a source checkout and in an installed wheel."""

from __future__ import annotations

import sys
from pathlib import Path

_REPO = Path(__file__).resolve().parent.parent


def _locate(name: str) -> Path:
    if getattr(sys, "frozen", False):  # PyInstaller bundle: packaging/counsel-app.spec puts them here
        return Path(sys._MEIPASS) / "counsel_app" / name  # type: ignore[attr-defined]  # set by PyInstaller
    here = _REPO / name
    if here.is_dir() and (_REPO / "counsel_app").is_dir() and (_REPO / "pyproject.toml").is_file():
        return here
    import importlib.util

    spec = importlib.util.find_spec(f"counsel_app.{name}")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return here


def slides_dir() -> Path:
    return _locate("slides")


def assets_dir() -> Path:
    return _locate("assets")


def default_deck() -> Path:
    return slides_dir() / "ret-bone-metastasis.md"


def fonts_dir() -> Path:
    return assets_dir() / "fonts"
