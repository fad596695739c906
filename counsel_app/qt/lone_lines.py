"""Lines left alone on a slide: the title's last line with one or two characters ("骨/头") or one
word, a point's last line with one character ("…这种/药"). The size search avoids them with a
slightly smaller size when one exists (render._without_lone_word); when none does (the text is
at its target size already), `balance` evens out that block's lines instead, as a typesetter
would: "肺癌常会转移到骨/头" becomes "肺癌常会转/移到骨头", on as many lines as before."""

from __future__ import annotations

from typing import Iterator

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument


def lone_blocks(doc: QTextDocument) -> Iterator[QTextBlock]:
    """The blocks whose last line is left alone, in order."""
    block, first = doc.begin(), True
    while block.isValid():
        text = block.text().strip()
        lines = block.layout()
        if text and lines.lineCount() >= 2:
            last = lines.lineAt(lines.lineCount() - 1)
            tail = block.text()[last.textStart():last.textStart() + last.textLength()].strip()
            if first and block.blockFormat().headingLevel() > 0:
                alone = len(tail) <= 2 or (" " not in tail and " " in text)
            else:
                alone = len(tail) <= 1
            if alone:
                yield block
        first = first and not text
        block = block.next()


def lone_line_shrink(doc: QTextDocument) -> float | None:
    """None if no line is left alone; else the factor by which the text would have to shrink for the
    first such block to take one line less (its lines are filled greedily, so shrinking only moves
    text up: the lone line goes only when the block fits on one line fewer)."""
    for block in lone_blocks(doc):
        count, used, room = _measure(block)
        return min(1.0, (count - 1) * room / used) if used > 0 else 1.0
    return None


def balance(doc: QTextDocument) -> None:
    """Narrow each block that leaves a line alone as far as it keeps its number of lines (nothing
    grows, nothing below it moves): its lines come out even, the last one no longer alone. A block
    that cannot be evened out so is left as it was."""
    for block in list(lone_blocks(doc)):
        if QTextCursor(block).currentTable() is None:  # (a narrower cell could widen its column's others)
            _even_out(doc, block)


def _even_out(doc: QTextDocument, block: QTextBlock) -> None:
    count, used, room = _measure(block)
    margin = block.blockFormat().rightMargin()
    height = doc.documentLayout().documentSize().height()
    keeps, more = 0.0, max(0.0, room - used / count)  # narrower than an even share takes a line more
    for _ in range(7):  # the narrowest width that keeps the lines, to 1/128 of the room there is
        middle = (keeps + more) / 2
        if _lines_at(doc, block, margin + middle) == count:
            keeps = middle
        else:
            more = middle
    _lines_at(doc, block, margin + keeps)
    moved = doc.documentLayout().documentSize().height() != height
    if keeps == 0.0 or moved or any(b == block for b in lone_blocks(doc)):
        _lines_at(doc, block, margin)


def _lines_at(doc: QTextDocument, block: QTextBlock, right_margin: float) -> int:
    """The block's number of lines with this right margin (laid out again now, not when painted)."""
    fmt = block.blockFormat()
    fmt.setRightMargin(right_margin)
    QTextCursor(block).setBlockFormat(fmt)
    doc.documentLayout().blockBoundingRect(block)
    return block.layout().lineCount()


def _measure(block: QTextBlock) -> tuple[int, float, float]:
    """(lines, the width their text takes in all, the narrowest line's room)."""
    lines = block.layout()
    count = lines.lineCount()
    used = sum(lines.lineAt(i).naturalTextWidth() for i in range(count))
    return count, used, min(lines.lineAt(i).width() for i in range(count))
