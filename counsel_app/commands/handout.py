"""`counsel-app handout DECK -o FILE.pdf [--large-print] [--force]`: the take-home handout as PDF.

Needs Qt (a QGuiApplication, offscreen when there is no display), imported inside `run`.
"""

from __future__ import annotations

import argparse

from ..core.deck import load_deck
from ..core.handout_model import build_handout
from ..core.lang import tr


def run(args: argparse.Namespace) -> int:
    from ..qt.handout import render_handout_pdf
    from ..qt.headless import ensure_gui_app

    _app = ensure_gui_app()  # noqa: F841 (must outlive the rendering)
    deck = load_deck(args.deck)
    handout = build_handout(deck)
    out = render_handout_pdf(handout, args.output, large_print=bool(args.large_print), overwrite=bool(args.force))
    print(tr(f"wrote {out}", f"已写入 {out}"))
    return 0
