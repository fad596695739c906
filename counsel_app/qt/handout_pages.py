"""Where the handout's pages break: what follows a slide starts below its pictures, a heading stays
on the page of its text, a slide that fits on a page is not split, the fill-in part starts a
fresh page when it fits on one. Qt's rich text has none of these rules (no CSS `clear`, no
`page-break-after: avoid`): they are made by looking at the layout and adding page breaks.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat, QTextFrameFormat, QTextTable

from .handout_layout import KEEP_TO_END, KEEP_WITH_NEXT, Metrics

def clear_floats(doc: QTextDocument, clears: list[tuple[int, int, QTextBlock]], m: Metrics) -> None:
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


def keep_together(doc: QTextDocument, page_h: float) -> None:
    """Move headings to the page of what follows them, and the fill-in part to a fresh page.

    Qt's rich text has no `page-break-after: avoid`; we look at the layout and put a page break
    before a group that straddles two pages but fits on one, then look again.
    """
    layout = doc.documentLayout()
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]

    def page(y: float) -> int:
        return int(y // page_h)

    def table_between(a: QTextBlock, b: QTextBlock | None) -> QTextTable | None:
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

