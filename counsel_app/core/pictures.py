"""Where a deck's picture is: the one rule the screen, `check` and the handout share.

`resolve_picture(destination, base_dir) -> PictureSource` takes a Markdown image destination as
written (`骨 图.svg`, `<骨 图.svg>`, `骨%20图.svg`) or as markdown-it gives it (percent-encoded:
`%E9%AA%A8%20%E5%9B%BE.svg`) and says what it is:

- LOCAL: a file that can be shown (a PNG, JPEG, GIF, BMP, TIFF or WebP by its first bytes, or an
  SVG); `path` is absolute, `format` is "raster" or "svg".
- MISSING / UNREADABLE: a local file that is not there, or is a folder, empty, over 30 MB or not a
  picture; `path` says which file, `reason()` why.
- REMOTE: `http:`, `https:`, `ftp:`, `//host/...` or any other URL scheme: never fetched.
- EMBEDDED: a `data:` URL: not shown (save it as a file).
- UNRESOLVED: a relative path with no folder to resolve it against (a deck read from text).

Rules: the destination is percent-decoded once (as a browser, and so Marp, would); relative paths
resolve against the deck's folder, `../` included; `file:` URLs are local paths; a Windows drive
path (`C:\\x.png`) is absolute, never a URL scheme; a backslash is a folder separator (a deck
written on Windows works elsewhere). Reads at most the first 64 KB of a file; never writes.
Pure: no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path, PureWindowsPath
from urllib.parse import unquote

from .lang import pick

MAX_BYTES = 30 * 1024 * 1024  # the screen and the handout refuse larger pictures
HEAD_BYTES = 64 * 1024  # how much of a file is read to tell what it is

_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]+):", re.IGNORECASE)  # two letters or more: C: is a drive
_DRIVE = re.compile(r"^[a-z]:[\\/]", re.IGNORECASE)
_RASTER_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM", b"II*\x00", b"MM\x00*")


class Kind(Enum):
    LOCAL = "local"
    MISSING = "missing"
    UNREADABLE = "unreadable"
    REMOTE = "remote"
    EMBEDDED = "embedded"
    UNRESOLVED = "unresolved"


@dataclass(frozen=True)
class PictureSource:
    """What an image destination points at. `path` is set for LOCAL, MISSING and UNREADABLE."""

    destination: str  # as given
    kind: Kind
    path: Path | None = None
    format: str = ""  # LOCAL only: "raster" or "svg"
    why_en: str = ""  # UNREADABLE only: what is wrong with the file
    why_zh: str = ""

    @property
    def ok(self) -> bool:
        return self.kind is Kind.LOCAL

    def reason(self, lang: str = "en") -> str:
        return pick(lang, zh=self.why_zh, en=self.why_en)


def resolve_picture(destination: str, base_dir: Path | None) -> PictureSource:
    """Resolve one image destination against the deck's folder (None: a deck without a file)."""
    text = destination.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1].strip()
    if not text:
        return PictureSource(destination, Kind.MISSING)
    if text.startswith("//"):
        return PictureSource(destination, Kind.REMOTE)
    scheme = _SCHEME.match(text)
    if scheme and not _DRIVE.match(text):
        name = scheme.group(1).lower()
        if name == "data":
            return PictureSource(destination, Kind.EMBEDDED)
        if name != "file":
            return PictureSource(destination, Kind.REMOTE)
        text = _file_url_path(text)
    path = _local_path(unquote(text), base_dir)
    if path is None:
        return PictureSource(destination, Kind.UNRESOLVED)
    if not path.is_absolute():  # a Windows drive path on another system: never there
        return PictureSource(destination, Kind.MISSING, path)
    return _inspect(destination, path)


def _file_url_path(url: str) -> str:
    """`file:///C:/x.png` -> `C:/x.png`, `file://localhost/home/x.png` -> `/home/x.png`."""
    rest = url[len("file:"):]
    if rest.startswith("//"):
        host, _, rest = rest[2:].partition("/")
        rest = "/" + rest
        if host and host.lower() != "localhost":
            rest = f"//{host}{rest}"  # a network share: \\host\share
    if re.match(r"^/[a-z]:", rest, re.IGNORECASE):
        rest = rest[1:]
    return rest


def _local_path(name: str, base_dir: Path | None) -> Path | None:
    if _DRIVE.match(name) or name.startswith("\\\\"):  # C:\ or \\server\share: absolute on Windows only
        return Path(name) if Path(name).is_absolute() else Path(PureWindowsPath(name).as_posix())
    path = Path(name.replace("\\", "/"))
    if not path.is_absolute():
        if base_dir is None:
            return None
        path = base_dir / path
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):  # a symlink loop, a path too long, a NUL in the name
        return path.absolute()


def _unreadable(destination: str, path: Path, en: str, zh: str) -> PictureSource:
    return PictureSource(destination, Kind.UNREADABLE, path, why_en=en, why_zh=zh)


def _inspect(destination: str, path: Path) -> PictureSource:
    try:
        if not path.exists():
            return PictureSource(destination, Kind.MISSING, path)
        if path.is_dir():
            return _unreadable(destination, path, "it is a folder", "这是文件夹")
        if not path.is_file():  # a device or a pipe: never opened
            return _unreadable(destination, path, "not a picture file", "不是图片文件")
        size = path.stat().st_size
        if size == 0:
            return _unreadable(destination, path, "the file is empty", "文件是空的")
        if size > MAX_BYTES:
            return _unreadable(destination, path, "larger than 30 MB", "文件超过 30 MB")
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
    except (OSError, ValueError):  # ValueError: a NUL in the name
        return _unreadable(destination, path, "the file cannot be opened", "文件无法打开")
    if head.startswith(_RASTER_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return PictureSource(destination, Kind.LOCAL, path, format="raster")
    if b"<svg" in head.lower():
        return PictureSource(destination, Kind.LOCAL, path, format="svg")
    return _unreadable(destination, path, "not a picture file", "不是图片文件")
