"""Printing uses the same layout as the PDF: print to a PDF printer and read it back."""

import shutil
import subprocess

import pytest
from PySide6.QtPrintSupport import QPrinter

from counsel_app.core.deck import load_deck
from counsel_app.core.handout_model import build_handout
from counsel_app.qt.handout import page_layout, paint_handout
from counsel_app.resources import slides_dir


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is needed")
def test_printing_the_bundled_handout_prints_its_text_and_no_notes(qapp, tmp_path):
    deck = load_deck(slides_dir() / "ret-bone-metastasis.md")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(page_layout())
    paint_handout(build_handout(deck, shown={1, 3, 4}), printer, large_print=True)
    text = subprocess.run(["pdftotext", str(tmp_path / "printed.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout.replace(" ", "").replace("\n", "")
    assert "肺癌常会转移到骨头" in text  # slide 3, shown
    assert "药物随着血液到达骨头" not in text  # slide 9, not shown
    assert "原文" not in text  # notes never printed
