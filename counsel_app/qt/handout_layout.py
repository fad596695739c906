"""The handout laid out as one long QTextDocument: what it looks like, before it has pages.

Owns the page look: the bundled CJK font at 14 pt (18 pt large print), headings 1.4x / 1.25x,
black on white, left aligned, at most about 40 Chinese characters a line, pictures floating at
the right of their slide's text, a pain diary table, boxes for the next visit and who to call.
Text stays real text. Content decisions live in `core.handout_model`; page breaks in
`qt.handout_pages`; painting and output in `qt.handout_pdf`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QBrush, QColor, QFont, QImage, QPagedPaintDevice, QTextBlock, QTextBlockFormat, QTextCharFormat,
    QTextCursor, QTextDocument, QTextFormat, QTextFrameFormat, QTextLength, QTextListFormat, QTextTable,
    QTextTableCellFormat, QTextTableFormat,
)

from ..core.handout_model import BULLET, NUMBER, PARA, Handout, Picture
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
# ... and at most this height: a slide's text beside its picture is 3 or 4 lines (25-30 mm), so a
# taller picture only leaves white below the text; at 35 mm the bundled deck's handout is 4 pages, not 5
PICTURE_MM = 35.0
PICTURE_DPI = 200  # pictures are drawn at this resolution: sharp on paper, small files
BLACK = QColor(0, 0, 0)
# Our own block properties: keep this block on the page of the next one; the diary starts here.
KEEP_WITH_NEXT = QTextFormat.Property.UserProperty + 1
KEEP_TO_END = QTextFormat.Property.UserProperty + 2


@dataclass(frozen=True)
class Metrics:
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

    def __init__(self, doc: QTextDocument, family: str, m: Metrics, text_width: float) -> None:
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

    def table(self, rows: int, cols: int, widths: list[float], *, header: bool = False,
              before: float = 0.2) -> QTextTable:
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

    def cell(self, table: QTextTable, row: int, col: int, text: str, *, bold: bool = False, center: bool = False,
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
            title = w.heading(item.title, 3, before=0.5).blockNumber() if item.title else None
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
            if title is not None:
                w.keep_from(title)  # a slide is one unit: not split across pages when it fits
    if handout.sources:
        start = w.heading(lab.sources, 2, before=1.0).blockNumber()
        w.items(list(handout.sources), BULLET)
        w.keep_from(start)

    # The fill-in part: pain diary, next visit, who to call. One page when it fits.
    diary = w.heading(lab.pain_diary, 2, before=1.0)
    fmt = diary.blockFormat()
    fmt.setProperty(KEEP_TO_END, True)
    QTextCursor(diary).setBlockFormat(fmt)
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




@dataclass
class HandoutDocument:
    """A handout laid out for a paged device: the text, its metrics, and the pictures to clear."""

    doc: QTextDocument
    family: str
    metrics: Metrics
    page_h: float  # the text area of one page, device pixels (the footer is below it)
    clears: list[tuple[int, int, QTextBlock]]


def layout_handout(handout: Handout, device: QPagedPaintDevice, resolution: int, *,
                   large_print: bool = False) -> HandoutDocument:
    """Lay the handout out for `device` (A4, at `resolution` dpi), one long page-sized column."""
    family = load_bundled_fonts()
    m = Metrics(LARGE_PT if large_print else BODY_PT, resolution / 72.0)
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.documentLayout().setPaintDevice(device)  # points become device pixels
    doc.setDefaultFont(pdf_font(family, m.body_pt))
    doc.setDocumentMargin(0)
    doc.setIndentWidth(m.frame(m.em * 1.6))
    # A line holds at most MAX_CJK Chinese characters (each one em wide): cap the text width.
    text_width = min(float(device.width()), MAX_CJK * m.em)
    page_h = device.height() - footer_height(m)
    doc.setPageSize(QSizeF(text_width, page_h))

    writer = _Writer(doc, family, m, text_width)
    writer.cursor.beginEditBlock()  # one layout at the end, not one per table cell
    _fill(handout, writer)
    writer.cursor.endEditBlock()
    return HandoutDocument(doc, family, m, page_h, writer.clears)


def footer_height(m: Metrics) -> float:
    return m.em * 2.4
