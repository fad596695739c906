"""Draw a `Handout` as an A4 PDF the patient takes home, and the `counsel-app handout` command.

Owns the page look: the bundled CJK font at 14 pt (18 pt large print), headings 1.4x / 1.25x,
black on white, left aligned, at most about 40 Chinese characters a line, pictures floating at
the right of their slide's text, a pain diary table, boxes for the next visit and who to call,
page footers.
Text stays real text (QTextDocument painted on a QPdfWriter) with the font embedded. The PDF
is built in memory and written with `write_atomic`, so a failed write never leaves a half file.
Content decisions live in `core.handout_model`; this module only draws.
"""

from __future__ import annotations

import html
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QBrush, QColor, QFont, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter,
    QPdfWriter, QPen, QTextBlock, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument,
    QTextFormat, QTextFrameFormat, QTextLength, QTextListFormat, QTextTable, QTextTableCellFormat,
    QTextTableFormat,
)

from ..core.atomic import write_atomic
from ..core.handout_model import BULLET, NUMBER, PARA, Handout, Picture, build_handout
from .fonts import load_bundled_fonts
from .pictures import load_picture

DPI = 300
MARGIN_MM = 15.0
BODY_PT = 14.0
LARGE_PT = 18.0
H1, H2, H3 = 1.4, 1.25, 1.1  # heading sizes, times the body size
# Line height, percent of the font's own line height, which for Noto Sans CJK is already 1.448 em
# (ascent 1.16 + descent 0.288): 104% gives the 1.5 em of Chinese practice (1.5-1.67).
LINE = 104
HEADING_LINE = 95
MAX_CJK = 40  # characters a line at most
PICTURE_W = 0.38  # a picture floats right, at most this share of the text width ...
PICTURE_MM = 50.0  # ... and at most this height
PICTURE_DPI = 200  # pictures are drawn at this resolution: sharp on paper, small files
BLACK = QColor(0, 0, 0)
# Our own block properties: keep this block on the page of the next one; the diary starts here.
KEEP_WITH_NEXT = QTextFormat.Property.UserProperty + 1
KEEP_TO_END = QTextFormat.Property.UserProperty + 2


@dataclass(frozen=True)
class _Metrics:
    body_pt: float
    px_per_pt: float

    def px(self, pt: float) -> float:
        return pt * self.px_per_pt

    @property
    def em(self) -> float:
        return self.px(self.body_pt)

    def frame(self, px: float) -> float:
        """Device pixels as Qt wants them for block margins, indents, table borders and paddings:
        it reads those as 96 dpi pixels and scales them to the paint device itself."""
        return px * 96 / (self.px_per_pt * 72)


def pdf_font(family: str, pt: float, bold: bool = False) -> QFont:
    font = QFont(family)
    font.setPointSizeF(pt)
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    font.setStyleStrategy(QFont.StyleStrategy.PreferOutline)
    # WORKAROUND: the font's 'locl' feature swaps digits next to Latin letters (and, under a Chinese
    # locale, quotes and dashes) for alternate glyphs that no character maps to. Qt's PDF writer
    # builds the text layer from the character map, so those characters vanish from copy and
    # search ("pain (0 = none" reads "pain ( = none"). The subset is Simplified Chinese only, so
    # without 'locl' every glyph is already the SC shape.
    font.setFeature(QFont.Tag("locl"), 0)
    return font


def _tiny(family: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(pdf_font(family, 1.0))
    return fmt


class _Writer:
    """Appends blocks, lists, pictures and tables to a QTextDocument laid out for the PDF."""

    def __init__(self, doc: QTextDocument, family: str, m: _Metrics, text_width: float) -> None:
        self.doc, self.family, self.m, self.width = doc, family, m, text_width
        self.cursor = QTextCursor(doc)
        self.reuse = True  # the next block goes into the current, empty one (document start, after a table)
        self.pictures = 0  # pictures placed so far (each one a floating frame)
        self.pending: list[Picture] = []
        self.clears: list[tuple[int, int, QTextBlock]] = []  # floats [a, b) must end above this block's end

    def char(self, scale: float = 1.0, bold: bool = False) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFont(pdf_font(self.family, self.m.body_pt * scale, bold))
        fmt.setForeground(QBrush(BLACK))
        return fmt

    def block_format(self, *, before: float = 0.0, after: float = 0.35, line: int = LINE,
                     heading: int = 0, keep: bool = False) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        fmt.setTopMargin(self.m.frame(self.m.em * before))
        fmt.setBottomMargin(self.m.frame(self.m.em * after))
        fmt.setLineHeight(line, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if heading:
            fmt.setHeadingLevel(heading)
        if keep:
            fmt.setProperty(KEEP_WITH_NEXT, True)
        return fmt

    def _new_block(self, fmt: QTextBlockFormat, char: QTextCharFormat) -> None:
        if self.reuse:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(char)
            self.cursor.setCharFormat(char)
            self.reuse = False
        else:
            self.cursor.insertBlock(fmt, char)

    def heading(self, text: str, level: int, *, before: float = 0.9) -> QTextBlock:
        scale = {1: H1, 2: H2}.get(level, H3)
        self._new_block(self.block_format(before=before, after=0.3, line=HEADING_LINE, heading=level, keep=True),
                        self.char(scale, bold=True))
        self.cursor.insertText(text, self.char(scale, bold=True))
        return self.cursor.block()

    def paragraph(self, text: str, *, bold: bool = False, scale: float = 1.0, after: float = 0.35,
                  keep: bool = False) -> None:
        self._new_block(self.block_format(after=after, keep=keep), self.char(scale, bold))
        self.flush_pictures()
        self.cursor.insertText(text, self.char(scale, bold))

    def items(self, texts: list[str], kind: str, *, bold: bool = False) -> None:
        fmt = QTextListFormat()
        fmt.setStyle(QTextListFormat.Style.ListDecimal if kind == NUMBER else QTextListFormat.Style.ListDisc)
        fmt.setIndent(1)
        text_list = None
        for i, text in enumerate(texts):
            self._new_block(self.block_format(after=0.4 if i == len(texts) - 1 else 0.15), self.char(1.0, bold))
            self.flush_pictures()
            self.cursor.insertText(text, self.char(1.0, bold))
            if text_list is None:
                text_list = self.cursor.createList(fmt)
            else:
                text_list.add(self.cursor.block())

    def keep_from(self, block_number: int) -> None:
        """Keep the blocks from `block_number` to the current one on one page (when they fit)."""
        block = self.doc.findBlockByNumber(block_number)
        last = self.cursor.block().blockNumber()
        while block.isValid() and block.blockNumber() < last:
            fmt = block.blockFormat()
            fmt.setProperty(KEEP_WITH_NEXT, True)
            QTextCursor(block).setBlockFormat(fmt)
            block = block.next()

    def picture(self, picture: Picture) -> None:
        """Queue a picture: it floats at the right of the next text block (or gets its own)."""
        self.pending.append(picture)

    def flush_pictures(self, *, own_block: bool = False) -> None:
        if not self.pending:
            return
        if own_block:
            self._new_block(self.block_format(after=0.3, line=100), self.char())
        for picture in self.pending:
            box = QSize(int(self.width * PICTURE_W), int(self.m.px(PICTURE_MM / 25.4 * 72)))
            image = _load_picture(picture.path, box, DPI)
            if image is None:
                continue
            self.pictures += 1
            name = f"handout-picture-{self.pictures}"
            self.doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            # WORKAROUND: QTextImageHandler reads image sizes as 96 dpi pixels and multiplies them
            # by the paint device's dpi / 96: give it our 300 dpi size divided back.
            w = image.width() * DPI / PICTURE_DPI * 96 / DPI
            h = image.height() * DPI / PICTURE_DPI * 96 / DPI
            # Only the HTML importer makes floating images (a QTextImageFormat with CssFloat set by
            # hand crashes the layout), so this one element goes in as HTML.
            self.cursor.insertHtml(f'<img src="{name}" width="{w:.2f}" height="{h:.2f}" '
                                   f'alt="{html.escape(picture.alt)}" style="float: right">')
        self.pending = []

    def spacer(self) -> None:
        self._new_block(self.block_format(after=0, line=100, keep=True), self.char())
        self.cursor.setBlockCharFormat(_tiny(self.family))
        self.cursor.setCharFormat(_tiny(self.family))

    def table(self, rows: int, cols: int, widths: list[float], *, header: bool = False, before: float = 0.2):
        fmt = QTextTableFormat()
        fmt.setBorder(self.m.frame(self.m.px(0.75)))
        fmt.setBorderBrush(QBrush(BLACK))
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBorderCollapse(True)
        fmt.setCellSpacing(0)
        fmt.setCellPadding(0)
        fmt.setMargin(0)
        fmt.setTopMargin(self.m.frame(self.m.em * before))
        fmt.setBottomMargin(self.m.frame(self.m.em * 0.4))
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, w) for w in widths])
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
        if header:
            fmt.setHeaderRowCount(1)
        table = self.cursor.insertTable(rows, cols, fmt)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self.reuse = True
        return table

    def cell(self, table, row: int, col: int, text: str, *, bold: bool = False, center: bool = False,
             tall: float = 0.45, write: float = 0.0, scale: float = 1.0) -> None:
        """Fill a cell; `write` em of space below the text to write in by hand."""
        cell = table.cellAt(row, col)
        cell_fmt = QTextTableCellFormat()
        cell_fmt.setTopPadding(self.m.frame(self.m.em * tall))
        cell_fmt.setBottomPadding(self.m.frame(self.m.em * (tall + write)))
        cell_fmt.setLeftPadding(self.m.frame(self.m.em * (0.1 if center else 0.3)))
        cell_fmt.setRightPadding(self.m.frame(self.m.em * (0.1 if center else 0.3)))
        cell.setFormat(cell_fmt)
        cursor = cell.firstCursorPosition()
        block = self.block_format(after=0)
        if center:
            block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        cursor.setBlockFormat(block)
        cursor.insertText(text, self.char(scale, bold))


def _load_picture(path: Path, box: QSize, dpi: int) -> QImage | None:
    """The picture scaled to fit `box` (device pixels at `dpi`), stored at PICTURE_DPI on white."""
    return load_picture(path, box, scale=PICTURE_DPI / dpi, background=QColor("white"))


def _fill(handout: Handout, w: _Writer) -> None:
    lab = handout.labels
    w.heading(handout.title, 1, before=0)
    if handout.main_message:
        w.paragraph(handout.main_message, bold=True, scale=H3, after=0.2)
    for line in handout.byline:
        w.paragraph(line, after=0.2)
    if handout.actions:
        start = w.heading(lab.actions, 2).blockNumber()
        w.items(list(handout.actions), NUMBER, bold=True)
        w.keep_from(start)
    for section in handout.sections:
        if section.title:
            w.heading(section.title, 2, before=1.0)
        for item in section.items:
            start = w.heading(item.title, 3, before=0.5).blockNumber() if item.title else None
            placed = w.pictures
            for picture in item.pictures:
                w.picture(picture)
            run: list[str] = []
            kind = ""
            for block in item.blocks:
                if block.kind == PARA or block.kind != kind:
                    if run:
                        w.items(run, kind)
                    run = []
                if block.kind == PARA:
                    w.paragraph(block.text)
                    kind = PARA
                else:
                    run.append(block.text)
                    kind = block.kind
            if run:
                w.items(run, kind)
            w.flush_pictures(own_block=True)
            if w.pictures > placed:
                w.clears.append((placed, w.pictures, w.cursor.block()))
            if start is not None:
                w.keep_from(start)  # a slide is one unit: not split across pages when it fits
    if handout.sources:
        start = w.heading(lab.sources, 2, before=1.0).blockNumber()
        w.items(list(handout.sources), BULLET)
        w.keep_from(start)

    # The fill-in part: pain diary, next visit, who to call. One page when it fits.
    start = w.heading(lab.pain_diary, 2, before=1.0)
    fmt = start.blockFormat()
    fmt.setProperty(KEEP_TO_END, True)
    QTextCursor(start).setBlockFormat(fmt)
    w.paragraph(lab.bring, after=0.1, keep=True)
    days = handout.diary_days
    table = w.table(days + 1, 13, [14.0] + [6.2] * 11 + [17.8], header=True)
    w.cell(table, 0, 0, lab.date, bold=True, tall=0.3)
    table.mergeCells(0, 1, 1, 11)
    w.cell(table, 0, 1, lab.score, bold=True, tall=0.3)
    w.cell(table, 0, 12, lab.note, bold=True, tall=0.3)
    for row in range(1, days + 1):
        w.cell(table, row, 0, "", tall=0.45)
        for score in range(11):
            w.cell(table, row, 1 + score, str(score), center=True, tall=0.45)
        w.cell(table, row, 12, "", tall=0.45)
    w.spacer()  # Qt needs a block between two tables: a thin one
    table = w.table(3, 2, [50.0, 50.0], header=True, before=0.6)
    w.cell(table, 0, 0, lab.next_visit, bold=True, tall=0.3, scale=H2)
    w.cell(table, 0, 1, lab.contact, bold=True, tall=0.3, scale=H2)
    for row, (left, right) in enumerate(((lab.when, lab.who), (lab.where, lab.phone)), start=1):
        w.cell(table, row, 0, left, bold=True, tall=0.3, write=1.9)
        w.cell(table, row, 1, right, bold=True, tall=0.3, write=1.9)


def _clear_floats(doc: QTextDocument, clears: list[tuple[int, int, QTextBlock]], m: _Metrics) -> None:
    """Start what follows a slide below that slide's pictures (CSS `clear`, which Qt lacks)."""
    layout = doc.documentLayout()
    for a, b, block in clears:
        floats = sorted((f for f in doc.rootFrame().childFrames()
                         if f.frameFormat().position() != QTextFrameFormat.Position.InFlow),
                        key=lambda f: f.firstPosition())[a:b]
        if not floats:
            continue
        need = max(layout.frameBoundingRect(f).bottom() for f in floats) - layout.blockBoundingRect(block).bottom()
        after = block.next()
        if need <= 0 or not after.isValid():
            continue
        # The next block starts below the pictures, keeping its own space above it. (Qt collapses
        # a bottom margin with the next top margin, so the space goes on one of them: the top.)
        fmt = after.blockFormat()
        fmt.setTopMargin(fmt.topMargin() + m.frame(need))
        QTextCursor(after).setBlockFormat(fmt)
        _relayout(doc)


def _top_blocks(doc: QTextDocument) -> list[QTextBlock]:
    """Blocks of the root frame, in order (not the ones inside table cells)."""
    blocks = []
    block = doc.begin()
    while block.isValid():
        if QTextCursor(block).currentTable() is None:
            blocks.append(block)
        block = block.next()
    return blocks


def _keep_together(doc: QTextDocument, page_h: float) -> None:
    """Move headings to the page of what follows them, and the fill-in part to a fresh page.

    Qt's rich text has no `page-break-after: avoid`; we look at the layout and put a page break
    before a group that straddles two pages but fits on one, then look again.
    """
    layout = doc.documentLayout()
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]

    def page(y: float) -> int:
        return int(y // page_h)

    def table_between(a: QTextBlock, b: QTextBlock | None):
        end = b.position() if b is not None else doc.characterCount()
        return next((t for t in tables if a.position() < t.firstPosition() < end), None)

    for _ in range(500):
        blocks = _top_blocks(doc)
        groups: list[tuple[QTextBlock, float, float]] = []
        end = max([layout.blockBoundingRect(blocks[-1]).bottom()]
                  + [layout.frameBoundingRect(t).bottom() for t in tables])
        for first in blocks:
            if first.blockFormat().boolProperty(KEEP_TO_END):
                groups.append((first, _top(doc, first), end))
        i = 0
        while i < len(blocks):
            first = blocks[i]
            if not first.blockFormat().boolProperty(KEEP_WITH_NEXT):
                i += 1
                continue
            j, bottom = i, None
            while True:
                after = blocks[j + 1] if j + 1 < len(blocks) else None
                table = table_between(blocks[j], after)
                if table is not None:
                    bottom = layout.frameBoundingRect(table).bottom()
                    break
                if after is None:
                    break
                bottom = _bottom(doc, after)
                j += 1
                if not after.blockFormat().boolProperty(KEEP_WITH_NEXT):
                    break
            if bottom is not None:
                groups.append((first, _top(doc, first), bottom))
            i = j + 1
        moved = False
        for first, top, bottom in groups:
            if first.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
                continue
            if page(top) != page(bottom - 1) and bottom - top <= page_h and top % page_h > 1:
                _break_before(first)
                _relayout(doc)
                moved = True
                break
        if not moved:
            moved = _no_gap_at_page_top(doc, blocks, page_h)
        if not moved:
            return


def _no_gap_at_page_top(doc: QTextDocument, blocks: list[QTextBlock], page_h: float) -> bool:
    """A block that a page break pushed down with its margin starts at the top of its page."""
    layout = doc.documentLayout()
    for block in blocks[1:]:
        fmt = block.blockFormat()
        if fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            continue
        top = _top(doc, block)
        before = layout.blockBoundingRect(block.previous()).bottom()
        if int(top // page_h) > int((before - 1) // page_h) and top % page_h > 1:
            _break_before(block)
            _relayout(doc)
            return True
    return False


def _break_before(block: QTextBlock) -> None:
    fmt = block.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    fmt.setTopMargin(0)  # no gap at the top of the new page
    QTextCursor(block).setBlockFormat(fmt)


def _relayout(doc: QTextDocument) -> None:
    # WORKAROUND: after a page break is added, Qt re-lays out the text below it but leaves floating
    # pictures where they were; lay out the whole document again so they follow their text.
    doc.markContentsDirty(0, doc.characterCount())


def _top(doc: QTextDocument, block: QTextBlock) -> float:
    return doc.documentLayout().blockBoundingRect(block).top()


def _bottom(doc: QTextDocument, block: QTextBlock) -> float:
    """Where the first line of what follows a heading ends: keep at least that with the heading."""
    layout = doc.documentLayout()
    rect = layout.blockBoundingRect(block)
    text_layout = block.layout()
    if text_layout is not None and text_layout.lineCount() > 0:
        line = text_layout.lineAt(0)
        return rect.top() + line.y() + line.height()
    return rect.bottom()


def _paint(doc: QTextDocument, writer: QPdfWriter, handout: Handout, m: _Metrics, page_h: float,
           footer_top: float, family: str) -> None:
    pages = max(1, doc.pageCount())
    width = writer.width()
    painter = QPainter(writer)
    footer_font = pdf_font(family, m.body_pt)
    try:
        for n in range(pages):
            if n:
                writer.newPage()
            painter.save()
            painter.translate(0, -n * page_h)
            # WORKAROUND: a line that starts exactly on the page boundary counts as inside a clip
            # rect that ends there: it would be drawn clipped (invisible, but still in the PDF's
            # text, so copy and search find it twice). Shrink the clip by half a pixel each side.
            doc.drawContents(painter, QRectF(0, n * page_h + 0.5, doc.pageSize().width(), page_h - 1.0))
            painter.restore()
            if pages > 1:
                painter.setPen(QPen(BLACK, max(1.0, m.px(0.5))))
                painter.drawLine(0, int(footer_top), width, int(footer_top))
                painter.setFont(footer_font)
                text = f"{handout.title}    {handout.labels.page.format(page=n + 1, pages=pages)}"
                painter.drawText(QRectF(0, footer_top, width, writer.height() - footer_top),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
    finally:
        painter.end()


def _page_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def paint_handout(handout: Handout, device, *, large_print: bool = False) -> None:
    """Lay out and paint the handout on a paged device (QPdfWriter or a QPrinter) set to A4."""
    family = load_bundled_fonts()
    m = _Metrics(LARGE_PT if large_print else BODY_PT, device.resolution() / 72.0)
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.documentLayout().setPaintDevice(device)  # points become device pixels
    doc.setDefaultFont(pdf_font(family, m.body_pt))
    doc.setDocumentMargin(0)
    doc.setIndentWidth(m.frame(m.em * 1.6))
    # A line holds at most MAX_CJK Chinese characters (each one em wide): cap the text width.
    text_width = min(float(device.width()), MAX_CJK * m.em)
    footer_h = m.em * 2.4
    page_h = device.height() - footer_h
    doc.setPageSize(QSizeF(text_width, page_h))

    writer_ = _Writer(doc, family, m, text_width)
    writer_.cursor.beginEditBlock()  # one layout at the end, not one per table cell
    _fill(handout, writer_)
    writer_.cursor.endEditBlock()
    _clear_floats(doc, writer_.clears, m)
    _keep_together(doc, page_h)
    _paint(doc, device, handout, m, page_h, page_h + m.em * 0.8, family)  # ending the painter ends the job
    del writer_, doc  # the document's layout points at the device: drop it first


def pdf_bytes(handout: Handout, *, large_print: bool = False) -> bytes:
    """The handout as PDF bytes: A4, 300 dpi, 15 mm margins, real text with the font embedded."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(_page_layout())
    writer.setTitle(handout.title)
    writer.setCreator("counsel-app")
    paint_handout(handout, writer, large_print=large_print)
    del writer
    data = bytes(buffer.data())
    buffer.close()
    return data


def print_handout(parent, deck, shown: set[int] | None = None, *, large_print: bool = True) -> bool:
    """File > Print handout: the system print dialog (on the doctor's screen), then print."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from ..core.handout_model import build_handout

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_page_layout())
    printer.setDocName(deck.title or "counsel")
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_handout(build_handout(deck, shown=shown), printer, large_print=large_print)
    return True


def render_handout_pdf(handout: Handout, path: Path | str, *, large_print: bool = False,
                       overwrite: bool = False) -> Path:
    """Write the handout PDF to `path`. Raises ExistsError (an InputError) when the file exists
    and overwrite is False, InputError when it cannot be written; never leaves a partial file."""
    return write_atomic(Path(path), pdf_bytes(handout, large_print=large_print), overwrite=overwrite)


def _ensure_gui_app() -> QGuiApplication:
    app = QGuiApplication.instance()
    if app is None:
        if (sys.platform not in ("win32", "darwin") and not os.environ.get("DISPLAY")
                and not os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1] or ["counsel-app"])
    return app


def run_handout(args) -> int:
    """`counsel-app handout DECK -o FILE.pdf [--large-print] [--force]`."""
    from ..core.deck import load_deck
    from ..core.lang import tr

    _app = _ensure_gui_app()  # noqa: F841 (must outlive the rendering)
    deck = load_deck(args.deck)
    handout = build_handout(deck)
    out = render_handout_pdf(handout, args.output, large_print=bool(args.large_print), overwrite=bool(args.force))
    print(tr(f"wrote {out}", f"已写入 {out}"))
    return 0
