"""The editor's bottom pane: the article behind the deck, so the doctor sees what the patient will not.

Owns `SourcePane` (a dock at the bottom of the editor): the article's sentences in order, rebuilt
from the deck's `原文:` / `Source:` notes by `core.source_map` (the import does not record the
article's file); the sentences behind the current slide highlighted and scrolled into view when the
slide changes; sentences whose words reach no patient slide grey, marked ○, with a tooltip and a
count. A sentence becomes a point of the current slide (the importer's rules, `sentence_bullet`)
with the button, the context menu, or by dragging it onto the slide's fields or preview.
Signal: `bullet_requested(str)`: the point's Markdown, for the editor to add through its undo
history. Hidden for decks whose notes carry no source. Knows nothing of files, undo, or the patient screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QMimeData, QObject, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMenu, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from ..core.deck import Deck
from ..core.source_map import SourceMap, sentence_bullet, source_map

POINT_MIME = "application/x-counsel-point"  # a sentence dragged from the article: the point it makes
UNSEEN_MARK = "\u25cb"  # ○ before a sentence the patient will not see
_SENTENCE = Qt.ItemDataRole.UserRole  # an item's sentence (its position in the map); None for a paragraph gap
_BEHIND = QColor("#fff1a8")  # behind the slide shown
_UNSEEN = QColor("#8a8a8a")


class _SentenceList(QListWidget):
    """The article's sentences; dragging one carries the point it makes (and the sentence as text)."""

    def __init__(self, pane: SourcePane) -> None:
        super().__init__()
        self._pane = pane

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802 (Qt override)
        data = QMimeData()
        sentences = [i.data(_SENTENCE) for i in items if i.data(_SENTENCE) is not None]
        if sentences:
            data.setData(POINT_MIME, self._pane.point(sentences[0]).encode("utf-8"))
            data.setText(self._pane.map.sentences[sentences[0]].text)
        return data


class SourcePane(QDockWidget):
    """Signal: bullet_requested(str), the point (Markdown) to add to the current slide."""

    bullet_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Source article"), parent)
        self.setObjectName("source_article")
        self.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.map = SourceMap((), "zh")
        self._deck: Deck | None = None
        self.index = -1  # the slide shown (from 0)
        self.count = QLabel()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find in the article"))
        self.search.setClearButtonEnabled(True)
        self.add = QPushButton(self.tr("Add as point to this slide"))
        self.add.setToolTip(self.tr("The selected sentence becomes a point of this slide, shortened as the "
                                    "importer does. You can also drag a sentence onto the slide."))
        self.add.setEnabled(False)
        self.list = _SentenceList(self)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        behind = self.tr("behind this slide")
        legend = QLabel(f'<span style="background:{_BEHIND.name()}">&nbsp;{behind}&nbsp;</span>')
        top = QHBoxLayout()
        top.addWidget(legend)
        top.addWidget(self.count, 1)
        top.addWidget(self.search)
        top.addWidget(self.add)
        body = QWidget()
        box = QVBoxLayout(body)
        box.setContentsMargins(4, 0, 4, 4)
        box.addLayout(top)
        box.addWidget(self.list)
        self.setWidget(body)
        self.add.clicked.connect(self.add_selected)
        self.list.itemSelectionChanged.connect(lambda: self.add.setEnabled(self.selected() is not None))
        self.list.customContextMenuRequested.connect(self._menu)
        self.search.textChanged.connect(self._filter)
        self.setVisible(False)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(900, 230)

    # -- showing -----------------------------------------------------------------------------------
    def show_deck(self, deck: Deck, index: int) -> None:
        """The article behind `deck`, slide `index` (from 0) shown: its sentences highlighted and, when
        the slide changed, scrolled into view. Hidden when no note of the deck carries a source."""
        if deck is not self._deck:
            self._deck = deck
            new = source_map(deck)
            if new != self.map:
                same_text = [(s.text, s.paragraph) for s in new.sentences] == \
                    [(s.text, s.paragraph) for s in self.map.sentences]
                self.map = new
                if not same_text:
                    self._fill()
                self._mark()  # what the patient sees changes as the doctor types: the list stays where it is
            self.setVisible(bool(self.map.sentences))
        moved = index != self.index
        self.index = index
        self._highlight(scroll=moved)

    def _fill(self) -> None:
        """The article's sentences, one item each, a small gap between paragraphs (scrolled as before)."""
        chosen, scrolled = self.selected(), self.list.verticalScrollBar().value()
        self.list.clear()
        paragraph = None
        for k, s in enumerate(self.map.sentences):
            if paragraph is not None and s.paragraph != paragraph:
                gap = QListWidgetItem()
                gap.setFlags(Qt.ItemFlag.NoItemFlags)
                gap.setSizeHint(QSize(10, 8))
                self.list.addItem(gap)
            paragraph = s.paragraph
            item = QListWidgetItem()
            item.setData(_SENTENCE, k)
            self.list.addItem(item)
            item.setSelected(k == chosen)
        self.list.verticalScrollBar().setValue(scrolled)
        self._filter(self.search.text())

    def _mark(self) -> None:
        """Each sentence the patient will not see grey, italic and marked, with a tooltip; the count."""
        for item in self.items():
            s = self.map.sentences[item.data(_SENTENCE)]
            if item.text() == s.text and s.reaches_patient and item.toolTip().endswith(
                    ", ".join(str(i + 1) for i in s.shown_on)):
                continue  # unchanged
            font = item.font()
            font.setItalic(not s.reaches_patient)
            item.setFont(font)
            if s.reaches_patient:
                item.setText(s.text)
                item.setForeground(QBrush())
                slides = ", ".join(str(i + 1) for i in s.shown_on)
                item.setToolTip(self.tr("The patient sees this on slide %1").replace("%1", slides))
            else:
                item.setText(f"{UNSEEN_MARK} {s.text}")
                item.setForeground(QBrush(_UNSEEN))
                item.setToolTip(self.tr("The patient will not see this sentence: no slide shows its words"))
        self.count.setText(self.tr("%1 sentences in the article; the patient will not see %2 of them (%3)")
                           .replace("%1", str(len(self.map.sentences))).replace("%2", str(self.map.unseen))
                           .replace("%3", UNSEEN_MARK))

    def items(self) -> list[QListWidgetItem]:
        """The sentences' items, in article order (paragraph gaps left out)."""
        out = [self.list.item(r) for r in range(self.list.count())]
        return [i for i in out if i.data(_SENTENCE) is not None]

    def highlighted(self) -> list[int]:
        """The sentences (positions in the article) shown as behind the current slide."""
        return [i.data(_SENTENCE) for i in self.items() if i.background().color() == _BEHIND]

    def _highlight(self, *, scroll: bool) -> None:
        behind = set(self.map.behind(self.index))
        shown = []
        for item in self.items():
            on = item.data(_SENTENCE) in behind
            if on != (item.background().color() == _BEHIND):  # an item changed makes the list lay out again
                item.setBackground(QBrush(_BEHIND) if on else QBrush())
            if on:
                shown.append(item)
        if scroll and shown:
            self.list.scrollToItem(shown[-1], QAbstractItemView.ScrollHint.EnsureVisible)
            self.list.scrollToItem(shown[0], QAbstractItemView.ScrollHint.EnsureVisible)

    def _filter(self, text: str) -> None:
        words = text.strip().lower()
        for r in range(self.list.count()):
            item = self.list.item(r)
            k = item.data(_SENTENCE)
            hide = bool(words) and (k is None or words not in self.map.sentences[k].text.lower())
            item.setHidden(hide)

    # -- adding a sentence as a point --------------------------------------------------------------
    def selected(self) -> int | None:
        items = [i for i in self.list.selectedItems() if i.data(_SENTENCE) is not None]
        return items[0].data(_SENTENCE) if items else None

    def point(self, sentence: int) -> str:
        """The point sentence `sentence` makes (the importer's rules)."""
        return sentence_bullet(self.map.sentences[sentence].text, self.map.lang)

    def add_selected(self) -> None:
        k = self.selected()
        if k is not None:
            self.bullet_requested.emit(self.point(k))

    def _menu(self, pos: object) -> None:
        item = self.list.itemAt(pos)  # type: ignore[call-overload]
        if item is not None and item.data(_SENTENCE) is not None:
            self.menu_for(item).popup(self.list.viewport().mapToGlobal(pos))  # type: ignore[call-overload]

    def menu_for(self, item: QListWidgetItem) -> QMenu:
        """The right-click menu of a sentence (which it selects)."""
        self.list.setCurrentItem(item)
        sentence = self.map.sentences[item.data(_SENTENCE)].text
        menu = QMenu(self.list)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("Add as point to this slide"), self.add_selected)
        menu.addAction(self.tr("Copy sentence"), lambda: QGuiApplication.clipboard().setText(sentence))
        return menu

    def accept_drops_on(self, *widgets: QWidget) -> None:
        """A sentence dropped on these widgets (and the text fields in them) becomes a point of the slide."""
        for widget in widgets:
            targets: list[QWidget] = [widget]
            targets += [f for f in widget.findChildren(QLineEdit)]
            targets += [f.viewport() for f in widget.findChildren(QPlainTextEdit)]
            for target in targets:
                target.setAcceptDrops(True)
                target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            assert isinstance(event, (QDragEnterEvent, QDropEvent))
            if not event.mimeData().hasFormat(POINT_MIME):
                return False
            event.acceptProposedAction()
            if kind == QEvent.Type.Drop:
                self.bullet_requested.emit(bytes(event.mimeData().data(POINT_MIME).data()).decode("utf-8"))
            return True
        return False
