"""The handout on paper: painting the laid-out handout page by page with footers, and where it goes
(PDF bytes, a PDF file written atomically, the system printer).

The PDF is built in memory and written with `write_atomic`, so a failed write never leaves a half
file. Layout lives in `qt.handout_layout`, page breaks in `qt.handout_pages`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from ..core.atomic import write_atomic
from ..core.deck import Deck
from ..core.handout_model import Handout, build_handout
from .handout_layout import BLACK, DPI, MARGIN_MM, HandoutDocument, layout_handout, pdf_font
from .handout_pages import clear_floats, keep_together

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    PagedDevice = QPdfWriter | QPrinter


def page_layout() -> QPageLayout:
    """A4 portrait with 15 mm margins: the PDF and the printer alike."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def _paint(laid: HandoutDocument, device: PagedDevice, handout: Handout) -> None:
    doc, m, page_h = laid.doc, laid.metrics, laid.page_h
    footer_top = page_h + m.em * 0.8
    pages = max(1, doc.pageCount())
    width = device.width()
    painter = QPainter(device)
    footer_font = pdf_font(laid.family, m.body_pt)
    try:
        for n in range(pages):
            if n:
                device.newPage()
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
                painter.drawText(QRectF(0, footer_top, width, device.height() - footer_top),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
    finally:
        painter.end()


def paint_handout(handout: Handout, device: PagedDevice, *, large_print: bool = False) -> None:
    """Lay out and paint the handout on a paged device (QPdfWriter or a QPrinter) set to A4."""
    laid = layout_handout(handout, device, device.resolution(), large_print=large_print)
    clear_floats(laid.doc, laid.clears, laid.metrics)
    keep_together(laid.doc, laid.page_h)
    _paint(laid, device, handout)  # ending the painter ends the job
    del laid  # the document's layout points at the device: drop it first


def pdf_bytes(handout: Handout, *, large_print: bool = False) -> bytes:
    """The handout as PDF bytes: A4, 300 dpi, 15 mm margins, real text with the font embedded."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(page_layout())
    writer.setTitle(handout.title)
    writer.setCreator("counsel-app")
    paint_handout(handout, writer, large_print=large_print)
    del writer
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def print_handout(parent: QWidget | None, deck: Deck, shown: set[int] | None = None, *,
                  large_print: bool = True) -> bool:
    """File > Print handout: the system print dialog (on the doctor's screen), then print."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
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
