"""The take-home handout, drawn: the public face of `handout_layout` (the text laid out),
`handout_pages` (page breaks) and `handout_pdf` (painting, PDF, printing).

Callers import from here: `render_handout_pdf`, `pdf_bytes`, `print_handout`, `paint_handout`.
"""

from __future__ import annotations

from .handout_pdf import page_layout, paint_handout, pdf_bytes, print_handout, render_handout_pdf

__all__ = ["page_layout", "paint_handout", "pdf_bytes", "print_handout", "render_handout_pdf"]
