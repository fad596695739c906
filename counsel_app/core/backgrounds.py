"""Marp's image syntax: what an image's alt text asks for, and where background pictures go.

Owns `read_alt(alt) -> ImageOptions` (Marpit's keywords, read as marpit's `image/parse.js` and
`background_image/parse.js` read them), `slide_images(html)` (a slide's pictures with their
options, from the rendered HTML), `Backdrop` (a slide's background pictures: the split side, the
cells side by side or `vertical`, and where the text goes) and `place(...)` (a picture's rectangle
in its cell for `cover`, `contain`/`fit`, `auto`, `N%`, `w:`/`h:`).

Marp's rules followed here (marp-cli 4.x, advanced backgrounds as marp-cli renders them):
- `bg` makes a picture a background: it is not shown inline; its alt text without the keywords is
  a hidden figure caption (never shown, never a caption on the patient screen or the handout).
- Backgrounds fill the whole slide, or with `left`/`right[:N%]` their side (50% unless given) and
  the text moves to the rest. Several backgrounds share their area equally, side by side, or one
  above the other when any of them says `vertical`. Each is centred, `cover` unless it says
  `contain`/`fit`, `auto` (its own size) or `N%` (N% of its cell's width).
- `w:`/`width:`/`h:`/`height:` size a picture in px of Marp's 1280x720 slide (scaled to the
  screen here); other CSS units and `%` are read (consumed) but not applied, as Marp applies no
  `%` to an inline picture. Filter keywords (`blur`, `sepia`, ...) are read and not applied.
Lengths are fractions of the slide or screen pixels as the caller gives them. Pure: no Qt.
"""

from __future__ import annotations

import html as html_mod
import re
from dataclasses import dataclass

MARP_WIDTH = 1280.0  # Marp's default slide is 1280x720: `w:300` is 300 of those pixels
SPLIT_DEFAULT = 50.0

_PERCENT = re.compile(r"^(\d*\.)?\d+%$")
_LENGTH = r"((?:\d*\.)?\d+(?:%|ch|cm|em|ex|in|mm|pc|pt|px)?|auto)"
_WIDTH = re.compile(rf"^w(?:idth)?:{_LENGTH}$")
_HEIGHT = re.compile(rf"^h(?:eight)?:{_LENGTH}$")
_FILTER = re.compile(r"^(?:blur|brightness|contrast|drop-shadow|grayscale|hue-rotate|invert|opacity|saturate|sepia)"
                     r"(?::.+)?$")
_SPLIT = re.compile(r"^(left|right)(?::((?:\d*\.)?\d+)%)?$")
_BG_SIZES = {"auto": "auto", "contain": "contain", "cover": "cover", "fit": "contain"}
_IMG = re.compile(r'<img\s+src="([^"]*)"\s+alt="([^"]*)"(?:\s+title="[^"]*")?\s*/?>')


@dataclass(frozen=True)
class ImageOptions:
    """What an image's alt text says. `alt` is what is left once the keywords are taken out."""

    alt: str = ""
    background: bool = False
    size: str = ""  # background only: "cover", "contain", "auto", "N%" or "" (cover)
    split: str = ""  # background only: "left", "right" or ""
    split_size: float = 0.0  # percent of the slide width; 0: not given (50)
    vertical: bool = False
    horizontal: bool = False
    width: float | None = None  # px of Marp's 1280x720 slide; None: not given, auto or not in px
    height: float | None = None


def _px(value: str) -> float | None:
    if value.endswith("px"):
        value = value[:-2]
    try:
        return float(value)
    except ValueError:
        return None  # auto, %, em, mm, ...: Marp sets it in CSS; we keep the picture's own shape


def read_alt(alt: str) -> ImageOptions:
    """Marpit's reading of an alt text: general keywords first, then (with `bg`) background ones."""
    words = alt.split()
    used = [False] * len(words)
    found: dict[str, object] = {}
    for i, word in enumerate(words):
        if _PERCENT.match(word):
            found["percent"] = word
        elif m := _WIDTH.match(word):
            found["width"] = _px(m.group(1))
        elif m := _HEIGHT.match(word):
            found["height"] = _px(m.group(1))
        elif not _FILTER.match(word):
            continue
        used[i] = True
    background = any(w == "bg" and not used[i] for i, w in enumerate(words))
    if background:
        for i, word in enumerate(words):
            if used[i]:
                continue
            if word in _BG_SIZES:
                found["size"] = _BG_SIZES[word]
            elif m := _SPLIT.match(word):
                found["split"], found["split_size"] = m.group(1), float(m.group(2) or 0)
            elif word in ("vertical", "horizontal"):
                found[word] = True
            elif word != "bg":
                continue
            used[i] = True
    size = str(found.get("percent") or found.get("size") or "")
    return ImageOptions(
        alt=" ".join(w for i, w in enumerate(words) if not used[i]),
        background=background,
        size=size,
        split=str(found.get("split", "")),
        split_size=float(found.get("split_size", 0.0)),  # type: ignore[arg-type]
        vertical=bool(found.get("vertical")),
        horizontal=bool(found.get("horizontal")),
        width=found.get("width"),  # type: ignore[arg-type]
        height=found.get("height"),  # type: ignore[arg-type]
    )


@dataclass(frozen=True)
class SlideImage:
    """One picture of a slide: its destination as written in the HTML and what its alt says."""

    src: str
    options: ImageOptions


def slide_images(html: str) -> list[SlideImage]:
    """A slide's pictures in order, from its rendered HTML (`<img src=... alt=...>`)."""
    return [SlideImage(html_mod.unescape(m.group(1)), read_alt(html_mod.unescape(m.group(2))))
            for m in _IMG.finditer(html)]


def background_captions(html: str) -> list[str]:
    """The hidden figure captions Marp gives background pictures (their alt text without the
    keywords): part of the slide's text as Marp reads it, before the slide's content."""
    return [i.options.alt for i in slide_images(html) if i.options.background and i.options.alt]


def without_backgrounds(html: str) -> str:
    """The slide HTML with its background pictures taken out, and paragraphs left empty by that."""
    out = _IMG.sub(lambda m: "" if read_alt(html_mod.unescape(m.group(2))).background else m.group(0), html)
    return re.sub(r"<p>(?:\s|<br\s*/?>)*</p>\n?", "", out)


Rect = tuple[float, float, float, float]  # x, y, width, height


@dataclass(frozen=True)
class Backdrop:
    """A slide's background pictures and how they share the slide (Marp's advanced backgrounds)."""

    images: tuple[SlideImage, ...] = ()
    split: str = ""  # "left", "right" or "": the last picture that says so decides, as in Marp
    split_size: float = SPLIT_DEFAULT  # percent of the slide width the pictures take when split
    vertical: bool = False

    @classmethod
    def of(cls, images: list[SlideImage]) -> Backdrop:
        bgs = tuple(i for i in images if i.options.background and i.src.strip())  # Marp skips an empty url
        split, size, vertical = "", 0.0, False
        for image in bgs:
            o = image.options
            if o.vertical or o.horizontal:
                vertical = o.vertical
            if o.split:
                split = o.split
            if o.split_size:
                size = o.split_size
        size = min(max(size or SPLIT_DEFAULT, 0.0), 100.0)
        return cls(bgs, split, size, vertical)

    def area(self, w: float, h: float) -> Rect:
        """Where the background pictures go on a w x h slide."""
        if not self.split:
            return (0.0, 0.0, w, h)
        side = w * self.split_size / 100
        return (0.0 if self.split == "left" else w - side, 0.0, side, h)

    def text_area(self, w: float, h: float) -> Rect:
        """Where the slide's text goes (before margins): the whole slide, or the side not split off."""
        if not self.split:
            return (0.0, 0.0, w, h)
        side = w * self.split_size / 100
        return (side if self.split == "left" else 0.0, 0.0, w - side, h)

    def cells(self, w: float, h: float) -> list[Rect]:
        """One cell for each background, sharing the area equally (flex: auto)."""
        x, y, aw, ah = self.area(w, h)
        n = len(self.images)
        if self.vertical:
            return [(x, y + ah * i / n, aw, ah / n) for i in range(n)]
        return [(x + aw * i / n, y, aw / n, ah) for i in range(n)]


def place(options: ImageOptions, picture_w: float, picture_h: float, cell: Rect, scale: float = 1.0) -> Rect:
    """Where a background picture of picture_w x picture_h is drawn in its cell (may overflow the
    cell for `cover`: the caller clips to the cell). `scale` turns Marp's px into screen px."""
    cx, cy, cw, ch = cell
    if picture_w <= 0 or picture_h <= 0:
        return (cx, cy, 0.0, 0.0)
    ratio = picture_w / picture_h
    size = options.size
    width, height = options.width, options.height
    if size not in ("cover", "contain") and (width is not None or height is not None):
        w = width * scale if width is not None else None
        h = height * scale if height is not None else None
        if w is None:
            w = h * ratio  # type: ignore[operator]
        if h is None:
            h = w / ratio
    elif size == "contain":
        k = min(cw / picture_w, ch / picture_h)
        w, h = picture_w * k, picture_h * k
    elif size == "auto":
        w, h = picture_w * scale, picture_h * scale
    elif size.endswith("%"):
        w = cw * float(size[:-1]) / 100
        h = w / ratio
    else:  # cover
        k = max(cw / picture_w, ch / picture_h)
        w, h = picture_w * k, picture_h * k
    return (cx + (cw - w) / 2, cy + (ch - h) / 2, w, h)
