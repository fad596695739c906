"""Background pictures on a patient screen (Marp's `![bg ...](x)`): loaded once per layout, drawn
in their cells behind the text. Where each goes is decided by `core.backgrounds`; which file a
picture is, by `core.pictures.resolve_picture`. Also owns the placeholder a missing picture gets.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QTransform

from ..core.backgrounds import MARP_WIDTH, Backdrop, place
from ..core.lang import is_zh
from ..core.pictures import Kind, resolve_picture
from ..core.themes import Theme
from .fonts import load_bundled_fonts
from .pictures import load_picture, picture_size


@dataclass(frozen=True)
class PlacedPicture:
    """A background picture ready to draw: `cell` clips it, `target` is where it is drawn."""

    cell: QRectF
    target: QRectF
    image: QImage


def placeholder(width: int, height: int, label: str, theme: Theme) -> QImage:
    """A dashed box saying why a picture is not shown."""
    img = QImage(max(width, 8), max(height, 8), QImage.Format.Format_ARGB32)
    img.fill(QColor(theme.background))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(theme.muted))
    pen.setWidth(max(2, height // 60))
    pen.setStyle(Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.drawRect(QRectF(pen.width(), pen.width(), img.width() - 2 * pen.width(), img.height() - 2 * pen.width()))
    f = QFont(load_bundled_fonts())
    f.setPixelSize(max(10, height // 10))
    p.setFont(f)
    p.drawText(img.rect(), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), label)
    p.end()
    return img


def missing_label(kind: Kind, lang: str) -> str:
    zh = is_zh(lang)
    if kind is Kind.REMOTE:
        return "网络图片不会加载" if zh else "Online pictures are not loaded"
    return "图片无法显示" if zh else "Picture not available"


@lru_cache(maxsize=32)
def _scaled_picture(path: str, w: int, h: int) -> QImage | None:
    """The picture drawn at w x h (its shape kept unless both sides were asked for)."""
    image = load_picture(Path(path), QSize(w, h))
    if image is not None and (image.width(), image.height()) != (w, h):
        image = image.scaled(w, h, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return image


def lay_backdrop(backdrop: Backdrop, base_dir: Path | None, screen: QSize, theme: Theme,
                 lang: str) -> tuple[PlacedPicture, ...]:
    """Every background picture of a slide, placed on a screen of `screen` pixels."""
    w, h = float(screen.width()), float(screen.height())
    placed = []
    for image, (cx, cy, cw, ch) in zip(backdrop.images, backdrop.cells(w, h)):
        cell = QRectF(cx, cy, cw, ch)
        found = resolve_picture(image.src, base_dir)
        size = picture_size(found.path) if found.ok and found.path is not None else None
        picture = None
        if size is not None:
            x, y, tw, th = place(image.options, size.width(), size.height(), (cx, cy, cw, ch), w / MARP_WIDTH)
            if tw < 1 or th < 1:
                continue  # asked to be nothing (w:0): nothing is drawn, as in Marp
            # never more pixels than twice the screen: a larger picture is drawn enlarged, and
            # what lies outside its cell is clipped anyway
            k = min(1.0, 2 * w / tw, 2 * h / th)
            picture = _scaled_picture(str(found.path), max(1, round(tw * k)), max(1, round(th * k)))
            target = QRectF(x, y, tw, th)
        if picture is None:
            side = int(min(cw, ch * 2) * 0.8)
            picture = placeholder(side, side // 2, missing_label(found.kind, lang), theme)
            target = QRectF(cx + (cw - picture.width()) / 2, cy + (ch - picture.height()) / 2,
                            picture.width(), picture.height())
        placed.append(PlacedPicture(cell, target, picture))
    return tuple(placed)


def paint_backdrop(painter: QPainter, pictures: tuple[PlacedPicture, ...]) -> None:
    """Draw the background pictures, each clipped to its cell (a `cover` picture overflows it).

    On the patient's screen (drawn at its own size) a picture made for its place is drawn pixel for
    pixel, though its place is a fraction of a pixel off its size (768 x 1064.96 for 768 x 1065):
    Qt would resample it, smoothly, for that fraction (4 ms against 0.3 ms for that picture)."""
    unscaled = painter.worldTransform().type().value <= QTransform.TransformationType.TxTranslate.value
    for p in pictures:
        painter.save()
        painter.setClipRect(p.cell)
        if unscaled and abs(p.target.width() - p.image.width()) < 1 and abs(p.target.height() - p.image.height()) < 1:
            painter.drawImage(p.target.topLeft(), p.image)
        else:
            painter.drawImage(p.target, p.image)
        painter.restore()
