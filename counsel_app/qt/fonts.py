"""The bundled font (Counsel Sans SC: Noto Sans CJK SC subset), loaded once per process."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from ..resources import fonts_dir

FAMILY = "Counsel Sans SC"
_loaded: str | None = None


def load_bundled_fonts() -> str:
    """Load Regular and Bold once; return the family. Falls back to the system sans, never raises."""
    global _loaded
    if _loaded is not None:
        return _loaded
    families: set[str] = set()
    for name in ("NotoSansCJKsc-Regular.subset.ttf", "NotoSansCJKsc-Bold.subset.ttf"):
        path = fonts_dir() / name
        if path.is_file():
            fid = QFontDatabase.addApplicationFont(str(path))
            if fid >= 0:
                families.update(QFontDatabase.applicationFontFamilies(fid))
    _loaded = FAMILY if FAMILY in families else QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    return _loaded
