"""One patient's visit: its record, its timer, the record dialog and the unsaved-record question.

`start()` begins a new visit and leaves nothing of the last one; everything the console shows
about the visit (teach-back, pain score, time) is read from here.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import QWidget

from ..core.deck import Deck
from ..core.record import RecordKeeper
from ..core.stopwatch import Stopwatch
from .unsaved import UnsavedGuard


class Visit:
    def __init__(self, window: QWidget, deck: Deck, bands: tuple[int, int],
                 clock: Callable[[], float] | None = None) -> None:
        self._window = window
        self._clock = clock
        self._bands = bands
        self.keeper = self._keeper(deck)
        self.stopwatch = Stopwatch(clock) if clock else Stopwatch()
        self.guard = UnsavedGuard(window, lambda: self.keeper.has_unsaved(), self.end_counselling)
        self.record_dialog: Any = None

    def _keeper(self, deck: Deck) -> RecordKeeper:
        kw: dict[str, Any] = {"clock": self._clock} if self._clock else {}
        return RecordKeeper(deck, bands=self._bands, **kw)

    def start(self, deck: Deck, bands: tuple[int, int]) -> None:
        """A new visit: a new record, the timer from zero, the last visit's record dialog closed."""
        if self.record_dialog is not None:
            self.record_dialog.close()
            self.record_dialog = None
        self._bands = bands
        self.keeper = self._keeper(deck)
        self.stopwatch.reset()
        self.stopwatch.start()

    def refresh_record(self) -> None:
        """The visit changed while the record dialog is open: the record shown follows."""
        if self.record_dialog is not None and self.record_dialog.isVisible():
            self.record_dialog.refresh()

    def end_counselling(self, after_save: Callable[[], None] | None = None) -> None:
        """The summary for the medical record, on the doctor's screen; nothing is written until saved.

        `after_save`: asked "save first?", go on with what was asked once the record is saved.
        """
        from .record_dialog import RecordDialog

        keeper = self.keeper
        dialog = RecordDialog(keeper.summary(), keeper.lang, self._window, source=keeper.summary)
        dialog.plan_changed.connect(keeper.set_plan)
        dialog.handout_changed.connect(keeper.set_handout_given)
        dialog.saved.connect(lambda _path: keeper.mark_saved())
        if after_save is not None:
            def go_on(_path: str) -> None:
                dialog.accept()
                after_save()

            dialog.saved.connect(go_on)
        self.record_dialog = dialog
        dialog.open()
