"""`counsel-app export DECK -o DIR [--screen WxH] [--theme light|dark|high-contrast] [--force] [--sizes]`:
every patient view as a PNG, exactly as the patient screen draws it (for messaging apps,
printing, or a hospital's own systems). With --sizes, one line a view: its text size in px against
the target for that screen, and the share of the screen its pictures cover.

The folder is written as a whole: the pictures go into a new folder beside it that is renamed into
place, so a bad deck or a full disk leaves nothing behind. An existing folder is filled only with
--force (its other files stay; slide pictures of the same names are replaced).
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from pathlib import Path

from ..core.deck import load_deck
from ..core.lang import tr
from ..core.textio import InputError
from ..core.themes import THEMES

THEME_NAMES = {"light": "light", "dark": "dark", "high-contrast": "contrast", "contrast": "contrast"}


def parse_screen(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().replace("×", "x").split("x"))
    except ValueError:
        w = h = 0
    if not (320 <= w <= 7680 and 240 <= h <= 4320):
        raise InputError(Path(text), "is not a screen size such as 1920x1080", "不是屏幕尺寸（例如 1920x1080）")
    return w, h


def run(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if out.exists() and not out.is_dir():
        raise InputError(out, "exists and is not a folder", "已存在且不是文件夹")
    if out.is_dir() and not args.force:
        raise InputError(out, "exists; add --force to write into it", "已存在；加 --force 才写入")
    w, h = parse_screen(args.screen)
    chosen = THEMES[THEME_NAMES[args.theme]]
    deck = load_deck(args.deck)

    from PySide6.QtCore import QSize

    from ..qt.headless import ensure_gui_app
    from ..qt.slide_images import slide_images, view_sizes

    _app = ensure_gui_app()  # noqa: F841 (must outlive the painting)
    images = slide_images(deck, QSize(w, h), chosen)
    parent = out.resolve().parent
    if not parent.is_dir():
        raise InputError(parent, "is not a folder", "不是文件夹")
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=parent))
    except OSError as exc:
        raise InputError(parent, f"cannot be written ({exc.strerror})", "无法写入") from None
    try:
        for name, image in images:
            if not image.save(str(staging / name), "PNG"):  # type: ignore[call-overload]  # the stubs say bytes; PySide6 takes str
                raise InputError(staging / name, "could not be written (disk full?)", "无法写入（磁盘已满？）")
        if out.is_dir():
            for name, _image in images:
                os.replace(staging / name, out / name)
        else:
            os.replace(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    print(tr(f"wrote {len(images)} pictures to {out}", f"已写入 {len(images)} 张图片到 {out}"))
    if args.sizes:
        for v in view_sizes(deck, QSize(w, h), chosen):
            picture = tr(f"  pictures {v.picture_share:.0%} of the screen", f"  图片占屏幕 {v.picture_share:.0%}") \
                if v.picture_share else ""
            print(tr(f"{v.name}  text {v.text_px} px (target {v.target_px})", f"{v.name}  文字 {v.text_px} 像素（目标 {v.target_px}）")
                  + picture)
    return 0


