"""The take-home handout, drawn: the public face of `handout_layout` (the text laid out),
`handout_pages` (page breaks) and `handout_pdf` (painting, PDF, printing), and the
`counsel-app handout` command.

Callers import from here: `render_handout_pdf`, `pdf_bytes`, `print_handout`, `paint_handout`.
"""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from ..core.handout_model import build_handout
from .handout_pdf import page_layout, paint_handout, pdf_bytes, print_handout, render_handout_pdf

__all__ = ["page_layout", "paint_handout", "pdf_bytes", "print_handout", "render_handout_pdf", "run_handout"]


def _ensure_gui_app() -> QCoreApplication:
    app = QGuiApplication.instance()
    if app is None:
        if (sys.platform not in ("win32", "darwin") and not os.environ.get("DISPLAY")
                and not os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1] or ["counsel-app"])
    return app


def run_handout(args: argparse.Namespace) -> int:
    """`counsel-app handout DECK -o FILE.pdf [--large-print] [--force]`."""
    from ..core.deck import load_deck
    from ..core.lang import tr

    _app = _ensure_gui_app()  # noqa: F841 (must outlive the rendering)
    deck = load_deck(args.deck)
    handout = build_handout(deck)
    out = render_handout_pdf(handout, args.output, large_print=bool(args.large_print), overwrite=bool(args.force))
    print(tr(f"wrote {out}", f"已写入 {out}"))
    return 0
