"""A picture the doctor chooses, copied into the deck's own picture folder under a safe name.

Owns `picture_folder(deck)` (`<deck name>-pictures/` beside the deck) and `copy_picture(source,
deck)`: checks the file with `pictures.resolve_picture` (the rule the screen and `check` use), copies
it (atomically, never over another file) and returns the destination to write in the slide, relative
to the deck. A file that cannot be shown raises InputError and nothing is copied. No Qt.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .atomic import write_atomic
from .pictures import resolve_picture
from .textio import InputError

_EXTENSIONS = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".svg"}


def picture_folder(deck: Path) -> Path:
    return deck.parent / f"{deck.stem}-pictures"


def _safe_name(source: Path, data: bytes, svg: bool) -> str:
    stem = re.sub(r"[^a-z0-9]+", "-", source.stem.lower()).strip("-")[:40] or "picture"
    suffix = source.suffix.lower() if source.suffix.lower() in _EXTENSIONS else (".svg" if svg else ".img")
    return f"{stem}-{hashlib.sha256(data).hexdigest()[:8]}{suffix}"


def copy_picture(source: Path, deck: Path) -> str:
    """Copy `source` next to `deck`; the destination as written in the slide (`deck-pictures/x-1a2b3c4d.png`)."""
    found = resolve_picture(str(source.absolute()), deck.parent)
    if not found.ok or found.path is None:
        why_en = found.reason("en") or "file not found"
        why_zh = found.reason("zh") or "找不到文件"
        raise InputError(source, f"this picture cannot be used ({why_en}); nothing was copied",
                         f"这张图片无法使用({why_zh}); 没有复制任何文件")
    folder = picture_folder(deck)
    try:
        data = found.path.read_bytes()
    except OSError:
        raise InputError(source, "the picture cannot be read; nothing was copied", "图片无法读取; 没有复制任何文件") from None
    target = folder / _safe_name(found.path, data, found.format == "svg")
    if not (target.exists() and target.read_bytes() == data):
        try:
            folder.mkdir(exist_ok=True)
        except OSError:
            raise InputError(folder, "the picture folder cannot be made here", "无法在此处建立图片文件夹") from None
        write_atomic(target, data, overwrite=False)
    return f"{folder.name}/{target.name}"
