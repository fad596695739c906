"""The editor's left pane: every slide as a small picture, grouped under its part, with `check`'s marks.

Owns `SlidesList`: one row per slide (a part's title slide is a shaded, bold heading; the slides of
a part are indented under it), each with a thumbnail drawn by the patient view's own code
(`render.layout_slide` + `paint_layout`) and a `!` when `check` finds a problem on it (the findings
in its tooltip). Thumbnails are drawn only for rows on screen, a few at a time when the event loop
is idle, and cached by the slide's text; marks are worked out the same way for every row (those that
depend on other slides, warning signs only in the notes, again after an edit that can change them). So a
1,000-slide deck opens at once and typing never waits for the list. Rows are dragged to move
slides (the window turns the drop into an edit). Knows nothing of files or undo.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from ..core.deck import Deck
from ..core.lint import Finding
from ..core.slide_check import depends_on_other_slides, shown_words, slide_findings, warnings_only_in_notes
from ..core.themes import Theme
from .render import layout_slide, paint_layout

THUMB_WIDTH = 128
INDENT = 18  # a part's slides sit this far right of the part's heading
PART_BACKGROUND = "#e3ebf6"
CACHE_LIMIT = 400  # thumbnails kept (about 40 KB each)
PER_TICK = 3  # thumbnails drawn per idle moment


class SlidesList(QListWidget):
    def __init__(self, screen: QSize, theme: Theme, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen_size, self.theme, self.lang = screen, theme, lang
        height = max(1, round(THUMB_WIDTH * screen.height() / max(1, screen.width())))
        self.thumb = QSize(THUMB_WIDTH, height)
        self.setIconSize(QSize(INDENT + THUMB_WIDTH, height))
        self.setUniformItemSizes(True)
        self.setMinimumWidth(300)  # thumbnail and a title of a few Chinese characters a line
        self.setWordWrap(True)  # a long title on two or three lines beside its picture (the tooltip has it whole)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)  # drag a slide to move it
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.deck: Deck | None = None
        self.keys: tuple[str, ...] = ()
        self.pictures: OrderedDict[tuple[str, str, bool], QPixmap] = OrderedDict()
        self.findings: dict[tuple[str, str, bool], list[Finding]] = {}
        self.drawn: set[int] = set()  # rows showing their own thumbnail
        self.marked: set[int] = set()  # rows whose marks are worked out
        self._blank: dict[bool, QIcon] = {}
        self.filler = QTimer(self, interval=0)
        self.filler.timeout.connect(self._fill_some)
        self.stale: set[int] = set()  # rows typed in: drawn again once the doctor pauses
        self.redraw_timer = QTimer(self, singleShot=True, interval=400)
        self.redraw_timer.timeout.connect(self._redraw_stale)
        self.others_stale = False  # an edit may have changed the marks of slides that depend on others
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.filler.start())
        self.dragged = False  # Qt moved a row itself (a drag): the rows no longer follow the deck's order
        self.model().rowsMoved.connect(lambda *_a: setattr(self, "dragged", True))

    # -- the deck ----------------------------------------------------------------------------------
    def show_deck(self, deck: Deck, keys: Sequence[str], current: int) -> None:
        """One row per slide of `deck`; `keys[i]` is slide i's text (what its picture is cached by).
        Rows of slides whose text did not change are kept (a slide moved, added or deleted in a long
        deck redraws only the rows around it, renumbers the rest)."""
        old_keys, old_deck = self.keys, self.deck
        self.deck, self.keys = deck, tuple(keys)
        self.blockSignals(True)
        n_old, n_new = self.count(), len(deck.slides)
        head = tail = 0
        if old_deck is None or n_old != len(old_keys) or n_old != len(old_deck.slides) or self.dragged:
            self.dragged = False
            self.clear()
            self.drawn, self.marked, self.stale = set(), set(), set()
            n_old = 0
        else:
            def same(i: int, j: int) -> bool:
                assert old_deck is not None
                return old_keys[i] == self.keys[j] and old_deck.slides[i].classes == deck.slides[j].classes
            while head < min(n_old, n_new) and same(head, head):
                head += 1
            while tail < min(n_old, n_new) - head and same(n_old - 1 - tail, n_new - 1 - tail):
                tail += 1
            shift = n_new - n_old

            def keep(rows: set[int]) -> set[int]:
                return {r + shift if r >= n_old - tail else r for r in rows if r < head or r >= n_old - tail}
            self.drawn, self.marked, self.stale = keep(self.drawn), keep(self.marked), keep(self.stale)
        for _ in range(n_old - tail - head):
            self.takeItem(head)
        for i in range(head, n_new - tail):
            self.insertItem(i, self._new_item(deck.slides[i].is_part))
        for i in range(head, n_new):
            kept = i >= n_new - tail
            if kept and self._indented(i) != self._indented_in(old_deck, i - n_new + n_old):
                self.drawn.discard(i)  # its picture moves right or left: it joined or left a part
                kept = False
            self._show_row(i, keep_picture=kept and i in self.drawn)
        self.setCurrentRow(current)
        self.blockSignals(False)
        self.others_stale = False
        self._recheck_others()  # a slide added, moved or deleted may show (or hide) another's warning signs
        self.filler.start()

    def _new_item(self, is_part: bool) -> QListWidgetItem:
        item = QListWidgetItem()
        if is_part:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            item.setBackground(QBrush(QColor(PART_BACKGROUND)))
        return item

    def update_slide(self, deck: Deck, keys: Sequence[str], index: int, findings: list[Finding] | None = None) -> None:
        """Slide `index` changed (typing): its label and marks now (`findings`: `check`'s, if known),
        its picture when the doctor pauses. A part's title typed: its slides' rows follow at once."""
        old = self.deck
        self.deck, self.keys = deck, tuple(keys)
        if findings is not None:
            self.findings[self._key(index)] = findings
        self.marked.discard(index)
        self._mark(index)
        self.stale.add(index)
        self.redraw_timer.start()
        self._show_row(index, keep_picture=True)
        if old is not None and len(old.slides) == len(deck.slides) and (
                old.slides[index].body != deck.slides[index].body
                or old.slides[index].comments != deck.slides[index].comments):
            self.others_stale = True  # its points may show (or no longer show) another slide's warning signs:
            # those slides' marks are worked out again when the doctor pauses (with the pictures)
        if old is not None and len(old.slides) == len(deck.slides):
            for i in range(index + 1, len(deck.slides)):  # the slides of this part: their tooltips name it
                if deck.slides[i].section == old.slides[i].section:
                    break
                self._show_row(i, keep_picture=True)

    def _recheck_others(self, skip: int = -1) -> None:
        """The marks of the slides whose findings depend on other slides (warning signs only in the
        notes, `slide_check.depends_on_other_slides`), worked out again; the other rows keep theirs."""
        assert self.deck is not None
        dependent = [i for i in depends_on_other_slides(self.deck) if i != skip and i < self.count()]
        if not dependent:
            return
        shown = shown_words(self.deck)
        for i in dependent:
            key = self._key(i)
            old = self.findings.get(key)
            if old is None:
                continue  # not worked out yet: it will be, from this deck
            new = [f for f in old if f.rule != "warning-in-notes"] + warnings_only_in_notes(self.deck, i, shown)
            if new != old:
                self.findings[key] = new
                if i in self.marked:
                    self._show_row(i, keep_picture=True)

    def _redraw_stale(self) -> None:
        if self.others_stale and self.deck is not None:
            self.others_stale = False
            self._recheck_others(self.currentRow())
        for i in self.stale:
            if i < self.count():
                self._show_row(i)
        self.stale.clear()
        self.filler.start()

    def set_theme(self, theme: Theme) -> None:
        if theme != self.theme:
            self.theme = theme
            self.pictures.clear()
            self.drawn.clear()
            self.filler.start()

    def _key(self, index: int) -> tuple[str, str, bool]:
        """What a row's picture and marks depend on: the slide's text, its classes, whether it is indented."""
        assert self.deck is not None
        return (self.keys[index] if index < len(self.keys) else "", " ".join(self.deck.slides[index].classes),
                self._indented(index))

    def findings_of(self, index: int) -> list[Finding] | None:
        """`check`'s findings for slide `index`, or None while not yet worked out."""
        return self.findings.get(self._key(index)) if index in self.marked else None

    # -- one row -----------------------------------------------------------------------------------
    def _show_row(self, index: int, keep_picture: bool = False) -> None:
        assert self.deck is not None
        item = self.item(index)
        if item is None:
            return
        slide = self.deck.slides[index]
        found = [f for f in self.findings_of(index) or [] if f.severity != "info"]
        title = slide.title or self.tr("(no title)")
        # the mark first, so that a long title (wrapped, cut at the third line) never hides it
        item.setText(f"{index + 1}. " + ("! " if found else "") + (f"\u25a0 {title}" if slide.is_part else title))
        tip = title if not slide.section or slide.is_part else f"{slide.section} \u203a {title}"
        item.setToolTip("\n".join([tip, *(f"! {f.message(self.lang)}" for f in found)]))
        if keep_picture:
            return
        key = self._key(index)
        if key in self.pictures:
            self.pictures.move_to_end(key)
            item.setIcon(QIcon(self.pictures[key]))
            self.drawn.add(index)
        else:
            item.setIcon(self._placeholder(self._indented(index)))
            self.drawn.discard(index)

    def _indented(self, index: int) -> bool:
        assert self.deck is not None
        return self._indented_in(self.deck, index)

    @staticmethod
    def _indented_in(deck: Deck | None, index: int) -> bool:
        if deck is None or not 0 <= index < len(deck.slides):
            return False
        slide = deck.slides[index]
        return bool(slide.section) and not slide.is_part

    def _placeholder(self, indented: bool) -> QIcon:
        if indented not in self._blank:
            pix = QPixmap(self.iconSize())
            pix.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pix)
            painter.fillRect(QRectF(INDENT if indented else 0, 0, self.thumb.width(), self.thumb.height()),
                             QColor("#d8d8d8"))
            painter.end()
            self._blank[indented] = QIcon(pix)
        return self._blank[indented]

    def thumbnail(self, index: int) -> QPixmap:
        """Slide `index` small, as the patient screen draws it (the first view of a long slide)."""
        assert self.deck is not None
        layout = layout_slide(self.deck.slides[index], self.deck, self.screen_size, self.theme)
        pix = QPixmap(self.iconSize())
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        x = INDENT if self._indented(index) else 0
        paint_layout(painter, layout, 0, QRectF(x, 0, self.thumb.width(), self.thumb.height()), self.theme)
        painter.setPen(QColor("#888888"))  # a white slide on the white list still has an edge
        painter.drawRect(x, 0, self.thumb.width() - 1, self.thumb.height() - 1)
        painter.end()
        return pix

    # -- a few at a time, when idle ----------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.filler.start()  # rows that came on screen

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.filler.start()

    def visible_rows(self) -> range:
        if self.count() == 0:
            return range(0)
        top = self.indexAt(self.viewport().rect().topLeft())
        bottom = self.indexAt(self.viewport().rect().bottomLeft())
        first = top.row() if top.isValid() else 0
        last = bottom.row() if bottom.isValid() else self.count() - 1
        return range(max(0, first - 2), min(self.count(), last + 3))

    def _mark(self, index: int) -> None:
        assert self.deck is not None
        key = self._key(index)
        if key not in self.findings:
            if len(self.findings) > 4 * max(CACHE_LIMIT, self.count()):
                self.findings.clear()
            self.findings[key] = slide_findings(self.deck, index)
        self.marked.add(index)

    def _fill_some(self) -> None:
        if self.deck is None or not self.isVisible():
            self.filler.stop()
            return
        todo = [i for i in self.visible_rows() if i not in self.drawn][:PER_TICK]
        for i in todo:
            key = self._key(i)
            if key not in self.pictures:
                self.pictures[key] = self.thumbnail(i)
                while len(self.pictures) > CACHE_LIMIT:
                    self.pictures.popitem(last=False)
            self.drawn.add(i)
            self._mark(i)
            self._show_row(i)
        if todo:
            return
        unmarked = [i for i in range(self.count()) if i not in self.marked][:PER_TICK * 8]
        for i in unmarked:  # then every row's marks, so a problem far down the deck is marked too
            self._mark(i)
            self._show_row(i)
        if not unmarked:
            self.filler.stop()
