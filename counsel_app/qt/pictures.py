"""Loading a deck's picture for the screen or for paper: scaled to a box, never too large to hold.

Returns None for anything that cannot be shown (missing, empty, over 30 MB, over 100 megapixels,
unreadable); the caller shows a placeholder. Which file a picture is, and whether it is remote,
is decided by `core.pictures.resolve_picture`: only its LOCAL results get here.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLoggingCategory, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

from ..core.pictures import MAX_BYTES  # one size limit for check, the screen and the handout

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer  # QtSvg is loaded with the first SVG picture, not at start-up

MAX_PIXELS = 100_000_000  # a 20000x20000 picture would take 1.6 GB decoded


def _svg(path: Path) -> QSvgRenderer | None:
    """An SVG renderer for a readable picture file, else None."""
    from PySide6.QtSvg import QSvgRenderer

    _quiet_svg_warnings()
    renderer = QSvgRenderer(str(path))
    return renderer if renderer.isValid() else None


def _svg_size(renderer: QSvgRenderer) -> QSize:
    """An SVG's own size; one without any is drawn at 800x500."""
    size = renderer.defaultSize()
    return size if not size.isEmpty() else QSize(800, 500)


def _readable(path: Path) -> bool:
    try:
        return path.is_file() and 0 < path.stat().st_size <= MAX_BYTES
    except OSError:
        return False


def load_picture(path: Path, box: QSize, *, scale: float = 1.0, background: QColor | None = None) -> QImage | None:
    """The picture fitted into `box`, stored at `scale` times that size; `background` fills transparency."""
    if not _readable(path):
        return None
    if path.suffix.lower() == ".svg":
        renderer = _svg(path)
        if renderer is None:
            return None
        size = _svg_size(renderer)
        image = QImage(_scaled(size, box, scale), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(background if background is not None else Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        return image
    reader = QImageReader(str(path))
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PIXELS:
        return None
    reader.setScaledSize(_scaled(size, box, scale))
    image = reader.read()
    if image.isNull():
        return None
    if background is None:
        return image
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(background)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


_QUIETED = False


def _quiet_svg_warnings() -> None:
    """A broken SVG becomes a placeholder; Qt's own warning would only reach a log.

    setFilterRules replaces all rules, so it is set once; counsel sets no other logging rules.
    """
    global _QUIETED
    if not _QUIETED:
        QLoggingCategory.setFilterRules("qt.svg.warning=false")
        _QUIETED = True


def _scaled(size: QSize, box: QSize, scale: float) -> QSize:
    fitted = size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
    return QSize(max(1, round(fitted.width() * scale)), max(1, round(fitted.height() * scale)))


def picture_size(path: Path) -> QSize | None:
    """A picture's own size (an SVG's default size), without decoding it; None if it cannot be read.
    Kept per version of the file (its size and time): a slide laid out again does not read its
    pictures again (an SVG is parsed whole for its size: 1-3 ms, inside a jump to a slide)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    size = _picture_size(str(path), stat.st_size, stat.st_mtime_ns)
    return QSize(size) if size is not None else None  # a copy: a QSize can be changed in place


@lru_cache(maxsize=128)
def _picture_size(name: str, _bytes: int, _mtime_ns: int) -> QSize | None:
    path = Path(name)
    if not _readable(path):
        return None
    if path.suffix.lower() == ".svg":
        renderer = _svg(path)
        return _svg_size(renderer) if renderer is not None else None
    size = QImageReader(name).size()
    return size if size.isValid() and not size.isEmpty() else None
