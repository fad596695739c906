"""The handout "with the doctor's marks": each slide view the doctor drew on in this visit, drawn
as a picture with its ink, placed on the handout with that slide.

The pictures are PNG files in a folder the caller owns (a temporary one, removed after the PDF is
written); nothing is written to the deck or kept after the export.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from ..core.handout_model import Handout, Picture, Section
from ..core.ink import InkKey, Marks, Stroke
from ..core.lang import is_zh
from ..core.themes import Theme
from .marks import paint_marks
from .render import SlideLayout, paint_layout


def marked_pictures(views: dict[InkKey, tuple[Stroke, ...]], layout_for: Callable[[int], SlideLayout],
                    theme: Theme, folder: Path, lang: str) -> dict[int, list[Picture]]:
    """{slide number from 1: pictures of its views with the ink}, written as PNG into `folder`."""
    out: dict[int, list[Picture]] = {}
    for (index, page), strokes in views.items():
        layout = layout_for(index)
        img = QImage(layout.size, QImage.Format.Format_RGB32)
        painter = QPainter(img)
        rect = QRectF(0, 0, layout.size.width(), layout.size.height())
        paint_layout(painter, layout, page, rect, theme)
        paint_marks(painter, Marks(strokes=strokes), rect)
        painter.end()
        path = folder / f"slide-{index + 1}-{page + 1}-marks.png"
        img.save(str(path))
        alt = (f"第 {index + 1} 页（医生的标注）" if is_zh(lang) else f"Slide {index + 1} with the doctor's marks")
        out.setdefault(index + 1, []).append(Picture(path=path, alt=alt))
    return out


def with_marks(handout: Handout, pictures: dict[int, list[Picture]]) -> Handout:
    """The handout with each marked slide's pictures first among that slide's pictures."""
    sections = tuple(
        Section(s.title, tuple(replace(i, pictures=tuple(pictures.get(i.slide, ())) + i.pictures) for i in s.items))
        for s in handout.sections)
    return replace(handout, sections=sections)
