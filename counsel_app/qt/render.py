"""Lay out one slide for a patient screen: the largest text that fits, pictures, and the views
a long slide continues on. The patient view and the presenter's previews share these layouts,
so the doctor sees exactly what the patient sees.
"""

from __future__ import annotations

import html as html_mod
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QUrl
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTextDocument

from ..core.backgrounds import MARP_WIDTH, Backdrop, read_alt, slide_images, without_backgrounds
from ..core.deck import Deck, Slide
from ..core.lang import pick
from ..core.marp_html import shown_details
from ..core.pictures import resolve_picture
from ..core.sizing import largest_rung, line_height_percent, page_breaks, size_ladder, size_rule
from ..core.themes import Theme
from .fonts import load_bundled_fonts
from .glyphs import draw_text, hide_text
from .lone_lines import balance, lone_line_shrink
from .backdrop import PlacedPicture, lay_backdrop, missing_label, paint_backdrop, placeholder
from .pictures import load_picture

MARGIN = 0.05  # of the screen, each side
INDENT = 1.4  # a list's indent, in text sizes: bullets stay inside the slide at any size
IMAGE_SCALES = (0.42, 0.34, 0.27, 0.2)  # share of the screen height a picture may take, tried in turn
_IMG = re.compile(r'<img\s+src="([^"]*)"\s+alt="([^"]*)"(?:\s+title="[^"]*")?\s*/?>')


# how a slide was fitted: "title" (one line, centred), "body" or "pages" (more than one view at the
# floor size); the share of the screen height its pictures may take; the text size in px
Fit = tuple[str, float, int]


@dataclass(frozen=True)
class SlideLayout:
    """A laid-out slide. `breaks` are the y offsets where each view starts (one view: [0.0])."""

    doc: QTextDocument
    size: QSize  # the patient screen this was laid out for
    content: QRectF  # where the text goes on that screen
    body_px: int
    floor_px: int
    breaks: tuple[float, ...]
    centred: bool = False  # title and part slides sit in the middle of the screen, as Marp's lead class
    backdrop: tuple[PlacedPicture, ...] = ()  # background pictures (`![bg](x)`), drawn behind the text
    image_scale: float = IMAGE_SCALES[0]  # the share of the screen height its pictures could take

    @property
    def fit(self) -> Fit:
        """How it was fitted: the same slide on the same screen lays out again without a search."""
        kind = "title" if self.centred else "pages" if self.overflows else "body"
        return kind, self.image_scale, self.body_px

    @property
    def pages(self) -> int:
        return len(self.breaks)

    @property
    def overflows(self) -> bool:
        return len(self.breaks) > 1


def _style(theme: Theme) -> str:
    return (
        f"body {{ color: {theme.text}; }}"
        f"h1, h2, h3 {{ color: {theme.heading}; font-weight: 700; margin-top: 0; }}"
        f"p, li, h1, h2, h3, td, th {{ line-height: {line_height_percent()}%; }}"
        f"p.header, p.footer, p.caption {{ color: {theme.muted}; }}"
        f"a {{ color: {theme.link}; text-decoration: none; }}"
        "em { font-style: normal; } u { text-decoration: none; }"
        "table { border-collapse: collapse; }"
        "code, pre { font-family: 'Counsel Sans SC'; }"
    )


@lru_cache(maxsize=64)
def _picture(path: str, max_w: int, max_h: int) -> QImage | None:
    """A local picture scaled to fit max_w x max_h (cached: slides are laid out again on resize)."""
    return load_picture(Path(path), QSize(max_w, max_h))


def _prepare_html(slide: Slide, base_dir: Path | None, doc: QTextDocument, box: QSize, theme: Theme,
                  lang: str, image_scale: float, screen_w: int) -> str:
    """Slide HTML with pictures sized for the screen; a picture `core.pictures` does not find
showable (remote, missing, unreadable), or that Qt cannot load, gets a placeholder. Background
pictures are left out (they are drawn behind the text); `w:`/`h:` size a picture as in Marp."""
    seen: list[str] = []  # what each picture says, in order: its caption, or why it is missing
    shrink = image_scale / IMAGE_SCALES[0]  # asked sizes shrink as the automatic ones do

    def image(match: re.Match[str]) -> str:
        src, options = html_mod.unescape(match.group(1)), read_alt(html_mod.unescape(match.group(2)))
        max_w, max_h = box.width(), int(box.height() * image_scale / (1 - 2 * MARGIN))
        asked = _asked_size(options.width, options.height, screen_w * shrink, box)
        found = resolve_picture(src, base_dir)
        picture = None
        if found.ok:
            picture = _picture(str(found.path), *(asked or (max_w, max_h)))
        if picture is None:
            label = missing_label(found.kind, lang)
            picture = placeholder(min(max_w, max_h * 2), max_h // 2, label, theme)
            seen.append(label)
        else:
            seen.append(options.alt)
        width, height = picture.width(), picture.height()
        if asked is not None and options.width is not None and options.height is not None:
            width, height = asked  # both asked: the picture takes that shape, as a browser draws it
        key = QUrl(f"counsel-img:{len(seen)}")
        doc.addResource(QTextDocument.ResourceType.ImageResource, key, picture)
        return f'<img src="{key.toString()}" width="{width}" height="{height}" alt="{html_mod.escape(options.alt)}">'

    body = _IMG.sub(image, shown_details(without_backgrounds(slide.html), pick(lang, zh="详细信息", en="Details")))
    doc.setProperty("counsel_pictures", seen)
    # a picture on its own line takes its own height, not 1.5 lines of it
    body = re.sub(r"<p>(\s*<img [^>]*>\s*)</p>", r'<p style="line-height: 100%">\1</p>', body)
    body = re.sub(r"<(/?)h[4-6]>", r"<\1h3>", body)  # every heading at least 1.2x the body text
    if slide.is_part or "lead" in slide.classes:
        body = re.sub(r"<(/?)h[23]>", r"<\1h1>", body, count=2)
    return f"<html><body>{body}</body></html>"


def _asked_size(width: float | None, height: float | None, screen_w: float, box: QSize) -> tuple[int, int] | None:
    """`w:`/`h:` in Marp's px turned into screen px (None when neither is asked), at most the text box."""
    if width is None and height is None:
        return None
    k = screen_w / MARP_WIDTH
    w = round(width * k) if width is not None else box.width()
    h = round(height * k) if height is not None else box.height()
    return max(1, min(w, box.width())), max(1, min(h, box.height()))


def layout_slide(slide: Slide, deck: Deck, screen: QSize, theme: Theme, *, zoom: float = 1.0,
                 height_mm: float = 0.0, fitted: Fit | None = None) -> SlideLayout:
    """Lay out `slide` for a patient screen of `screen` pixels at the largest size that fits.

    Pictures shrink (down to a fifth of the screen height) before text goes below its floor;
    what still does not fit continues on further views. Background pictures (`![bg](x)`) keep
    their place: a split one takes its side, and the text fits in the rest. `fitted`: how the
    same slide on the same screen was fitted before (`SlideLayout.fit`), so no search is needed.
    """
    family = load_bundled_fonts()
    w, h = max(screen.width(), 64), max(screen.height(), 48)
    images = slide_images(slide.html)
    backdrop = Backdrop.of(images)
    tx, ty, tw, th = backdrop.text_area(w, h)
    # beside a split picture the text keeps half a margin on the picture's side: the picture's edge frames it
    left = w * MARGIN / (2 if backdrop.split == "left" else 1)
    right = w * MARGIN / (2 if backdrop.split == "right" else 1)
    content = QRectF(tx + left, ty + h * MARGIN, max(tw - left - right, 16.0), th - 2 * h * MARGIN)
    rule = size_rule(h, height_mm, zoom)
    pictures = lay_backdrop(backdrop, deck.base_dir, QSize(w, h), theme, deck.lang) if backdrop.images else ()
    ladder = size_ladder(rule)

    def done(doc: QTextDocument, fit: Fit) -> SlideLayout:
        kind, _scale, px = fit
        _set_size(doc, px)
        if kind != "title":
            balance(doc)  # a line still left alone at this size: that block's lines evened out
        breaks = _breaks(doc, content.height()) if kind == "pages" else (0.0,)
        return SlideLayout(doc=doc, size=QSize(w, h), content=content, body_px=px, floor_px=rule.floor_px,
                           breaks=breaks, centred=kind == "title", backdrop=pictures, image_scale=fit[1])

    if fitted is not None:  # laid out before: the size is known, one layout instead of a search
        return done(_document(slide, deck, content, theme, family, fitted[1], w, fitted[2]), fitted)
    if slide.is_part or "lead" in slide.classes:
        # a title slide's heading is 2x the body: it grows only as far as it stays on one line
        kind: tuple[object, ...] = ("title", rule)
        doc = _document(slide, deck, content, theme, family, IMAGE_SCALES[0], w, _start(kind, ladder))
        best = _Probe(doc, content.height(), title=True).search(ladder, rule.floor_px, kind)
        if best is not None:
            return done(doc, ("title", IMAGE_SCALES[0], best))
    scales = IMAGE_SCALES if any(not i.options.background for i in images) else IMAGE_SCALES[:1]
    probes: dict[float, _Probe] = {}
    # Text at the target size matters more than a large picture: pictures shrink first, and only
    # then may text go below the target, down to the floor.
    for low in dict.fromkeys((rule.target_px, rule.floor_px)):
        for scale in scales:
            kind = ("body", rule, scale)
            probe = probes.get(scale) or probes.setdefault(scale, _Probe(
                _document(slide, deck, content, theme, family, scale, w, _start(kind, ladder)), content.height()))
            best = probe.search(ladder, low, kind)
            if best is not None:
                return done(probe.doc, ("body", scale, _without_lone_word(probe, ladder, best, rule.target_px)))
    return done(probes[scales[-1]].doc, ("pages", scales[-1], rule.floor_px))


def _breaks(doc: QTextDocument, height: float) -> tuple[float, ...]:
    """Where each view of a slide too long for one screen starts."""
    layout = doc.documentLayout()
    tops, bottoms = [], []
    block = doc.begin()
    while block.isValid():
        r = layout.blockBoundingRect(block)
        tops.append(r.top())
        bottoms.append(r.bottom())
        block = block.next()
    return tuple(page_breaks(tops, bottoms, height))


def _document(slide: Slide, deck: Deck, content: QRectF, theme: Theme, family: str, image_scale: float,
              screen_w: int, px: int) -> QTextDocument:
    """The slide as a document, laid out once: at `px`, the size the search tries first."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultStyleSheet(_style(theme))
    font = QFont(family)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    font.setPixelSize(px)
    doc.setDefaultFont(font)
    doc.setIndentWidth(px * INDENT)
    doc.setUndoRedoEnabled(False)
    doc.setHtml(_prepare_html(slide, deck.base_dir, doc, content.size().toSize(), theme, deck.lang, image_scale,
                              screen_w))
    hide_text(doc, QColor(theme.text))  # paint_layout draws it (glyphs.py)
    doc.setTextWidth(content.width())
    return doc


def _set_size(doc: QTextDocument, px: int) -> None:
    f = doc.defaultFont()
    if f.pixelSize() == px:
        return  # laid out at this size already (the search usually ends on the size it keeps)
    f.setPixelSize(px)
    doc.setDefaultFont(f)
    doc.setIndentWidth(px * INDENT)


def _title_on_one_line(doc: QTextDocument) -> bool:
    block = doc.begin()
    while block.isValid() and not block.text().strip():
        block = block.next()
    return not block.isValid() or block.layout().lineCount() <= 1


def _without_lone_word(probe: "_Probe", ladder: tuple[int, ...], best: int, low: int, steps: int = 8) -> int:
    """`best`, or the largest of the few rungs below it (never below `low`, the target) at which no
    line is left alone (`lone_lines.lone_line_shrink`); `best` if none does. The rungs the lone block's widths
    rule out are skipped (from one rung above where they point): each size tried costs a layout and,
    the first time, Qt's font engines."""
    _set_size(probe.doc, best)
    shrink = lone_line_shrink(probe.doc)
    if shrink is None:
        return best
    below = [s for s in reversed(ladder) if low <= s < best][:steps]
    ruled_out = [s for s in below if s > best * shrink]
    for px in below[max(0, len(ruled_out) - 1):]:
        if probe.fits(px):
            _set_size(probe.doc, px)
            if lone_line_shrink(probe.doc) is None:
                return px
    _set_size(probe.doc, best)
    return best


def content_height(doc: QTextDocument) -> float:
    """Where the last line ends (the document's own size adds the last block's bottom margin)."""
    return doc.documentLayout().blockBoundingRect(doc.lastBlock()).bottom()


# the size the last slide took, per screen rule and kind of slide: where the next search starts
_recent: dict[tuple[object, ...], int] = {}


def _start(kind: tuple[object, ...], ladder: tuple[int, ...]) -> int:
    return _recent.get(kind, ladder[len(ladder) // 2])


class _Probe:
    """Lays out one document at sizes asked for and remembers whether it fitted at each."""

    def __init__(self, doc: QTextDocument, height: float, *, title: bool = False) -> None:
        self.doc, self.height, self.title = doc, height, title
        self.heights: dict[int, float] = {}
        self.fitted: dict[int, bool] = {}

    def fits(self, px: int) -> bool:
        if px not in self.fitted:
            _set_size(self.doc, px)
            self.heights[px] = content_height(self.doc)
            self.fitted[px] = self.heights[px] <= self.height and (not self.title or _title_on_one_line(self.doc))
        return self.fitted[px]

    def search(self, ladder: tuple[int, ...], low: int, kind: tuple[object, ...]) -> int | None:
        """The largest size of `ladder` from `low` up that fits. The first layout is at the size the
        last such slide took; the text's area grows with the square of its size, which says where to
        look next."""
        first = _start(kind, ladder)
        guess = None
        if low <= first <= ladder[-1]:
            fitted, used = self.fits(first), self.heights[first]
            guess = int(first * (self.height / used) ** 0.5) if used > 0 else first
            if fitted and self.title:
                guess = max(guess, first)
        best = largest_rung(self.fits, ladder, low, guess)
        if best is not None:
            _recent[kind] = best
        return best


def paint_layout(painter: QPainter, layout: SlideLayout, page: int, target: QRectF, theme: Theme) -> None:
    """Paint view `page` of a layout into `target` (scaled to keep the patient screen's shape)."""
    painter.save()
    painter.fillRect(target, QColor(theme.background))
    scale = min(target.width() / layout.size.width(), target.height() / layout.size.height())
    dx = target.x() + (target.width() - layout.size.width() * scale) / 2
    dy = target.y() + (target.height() - layout.size.height() * scale) / 2
    painter.translate(dx, dy)
    painter.scale(scale, scale)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    paint_backdrop(painter, layout.backdrop)
    page = max(0, min(page, layout.pages - 1))
    start = layout.breaks[page]
    end = layout.breaks[page + 1] if page + 1 < layout.pages else start + layout.content.height()
    lift = (layout.content.height() - content_height(layout.doc)) / 2 if layout.centred else 0.0
    painter.translate(layout.content.x(), layout.content.y() + lift - start)
    clip = QRectF(0, start, layout.content.width(), end - start)
    painter.setClipRect(clip)
    layout.doc.drawContents(painter, clip)  # all but the text: bullets, pictures, rules
    draw_text(painter, layout.doc, clip)
    painter.restore()


class LayoutCache:
    """Layouts by (slide, screen size, theme, zoom), so page turns reuse the work. Beyond the last
    `limit` layouts, how each slide was fitted is kept (a few bytes each): a slide laid out before
    and dropped takes one layout again, not a search (a jump back, the outline)."""

    def __init__(self, limit: int = 32, fits: int = 20_000) -> None:
        self._items: dict[tuple[object, ...], SlideLayout] = {}
        self._fits: dict[tuple[object, ...], Fit] = {}
        self._limit, self._fits_limit = limit, fits

    def get(self, deck: Deck, index: int, screen: QSize, theme: Theme, zoom: float,
            height_mm: float = 0.0) -> SlideLayout:
        key = (deck.version, id(deck), index, screen.width(), screen.height(), theme.name, round(zoom, 3),
               round(height_mm, 1))
        hit = self._items.get(key)
        if hit is None:
            hit = layout_slide(deck.slides[index], deck, screen, theme, zoom=zoom, height_mm=height_mm,
                               fitted=self._fits.get(key))
            if len(self._items) >= self._limit:
                self._items.pop(next(iter(self._items)))
            self._items[key] = hit
            if key not in self._fits:
                if len(self._fits) >= self._fits_limit:
                    self._fits.pop(next(iter(self._fits)))
                self._fits[key] = hit.fit
        return hit

    def clear(self) -> None:
        self._items.clear()
        self._fits.clear()


def overflowing_slides(deck: Deck, width: int, height: int) -> list[int]:
    """Slides (1-based) that do not fit a width x height patient screen even at the floor size."""
    from ..core.themes import theme as get_theme

    t = get_theme("light")
    return [s.index for s in deck.slides if layout_slide(s, deck, QSize(width, height), t).overflows]
