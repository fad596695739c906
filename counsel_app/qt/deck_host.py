"""The deck being presented: opening a file, watching it, reloading it when it changes on disk.

Never writes the deck. Signals (payload: the new Deck):
  deck_reloaded(Deck)  the same file changed on disk and was read again (position kept)
  failed(str)          a file could not be read: one sentence in the doctor's language
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from ..core.deck import Deck, load_deck
from ..core.deck_cache import kept, lookup, save_cached
from ..core.textio import InputError


class DeckHost(QObject):
    deck_reloaded = Signal(object)
    failed = Signal(str)

    def __init__(self, deck: Deck, lang: str, parent: QObject | None = None, *, cache: Path | None = None) -> None:
        super().__init__(parent)
        self.deck = deck
        self.lang = lang
        self.cache = cache  # decks read before (core.deck_cache); None: read every deck afresh
        self.watcher = QFileSystemWatcher(self)
        self.reload_timer = QTimer(self)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(250)  # editors write in bursts: read once they are done
        self.watcher.fileChanged.connect(lambda _p: self.reload_timer.start())
        self.reload_timer.timeout.connect(self.reload)
        self._watch()

    def open(self, path: Path) -> bool:
        """Read another deck; on failure the current one stays and `failed` says why."""
        try:
            deck = load_deck(path, cached=lookup(self.cache))
        except InputError as exc:
            self.failed.emit(exc.message(self.lang))
            return False
        self.deck = deck
        self._watch()
        return True

    def reload(self) -> None:
        source = self.deck.source
        if source is None:
            return
        if not source.exists():  # an editor that saves by rename: wait for the new file
            self.reload_timer.start()
            return
        try:
            deck = load_deck(source, cached=lookup(self.cache))
        except InputError as exc:
            self.failed.emit(exc.message(self.lang))  # the patient keeps the last good slide
            return
        self.deck = deck
        self._watch()
        self.deck_reloaded.emit(deck)

    def remember(self) -> None:
        """Keep what was read of this deck, so that it opens without parsing next time (when idle:
        every slide's HTML is worked out for it)."""
        if self.cache is not None and self.deck.source is not None and self.deck.version \
                and not kept(self.cache, self.deck.version):
            save_cached(self.cache, self.deck)

    def stop(self) -> None:
        self.reload_timer.stop()
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())

    def _watch(self) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        if self.deck.source is not None and self.deck.source.exists():
            self.watcher.addPath(str(self.deck.source))
