"""The doctor's aids during a visit: pointer and pen (marks), the overview, skips and pace.

Owns the `MarksController` and the pace line; reads the frame (one source of truth) and asks
the controller to change it. Everything here belongs to the visit: `start_visit()` clears the
ink, closes the overview and sets the planned length (skips go with the session's new frame).
Nothing of this reaches the patient window except the marks, and those only over the slide.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject

from ..core.deck import Deck
from ..core.pace import PaceState, PartPlan, clock_text, pace_at, parts_pace, plan_parts, planned_minutes
from ..core.record import RecordKeeper, part_label
from ..core.session import Command, Frame, Tool
from ..core.themes import Theme
from ..core.themes import theme as get_theme
from .controller import Controller
from .marks import MarksController
from .presenter_window import PresenterWindow
from .stage import Stage

if TYPE_CHECKING:
    from ..core.handout_model import Handout  # markdown-it and the handout's model: not at start-up

PACE_COLOURS = {PaceState.AHEAD: "#1565c0", PaceState.ON_TIME: "#2e7d32", PaceState.BEHIND: "#b3261e"}


class DoctorTools(QObject):
    def __init__(self, presenter: PresenterWindow, controller: Controller,
                 stage: Stage, elapsed: Callable[[], float], keeper: Callable[[], RecordKeeper]) -> None:
        super().__init__()
        self._presenter = presenter
        self._controller = controller
        self._stage = stage
        self._elapsed = elapsed
        self._keeper = keeper
        self.minutes = 15
        self._looking = 0  # the slide on the console when the last frame was shown
        self._planned_for: tuple[tuple[Deck, frozenset[int], int], tuple[PartPlan, ...]] | None = None
        self.marks = MarksController(presenter.current)  # app.py's wire() shows its marks on both views

    @property
    def frame(self) -> Frame:
        return self._controller.frame

    def handlers(self, theme: Callable[[], Theme]) -> dict[Command, Callable[[], None]]:
        """The commands these aids answer (the app's dispatch table takes them in)."""
        return {Command.UNDO_STROKE: self.undo, Command.ERASE_INK: self.erase,
                Command.OVERVIEW: lambda: self.toggle_overview(theme())}

    def wants(self, command: Command) -> bool:
        """Ctrl+Z is the pen's undo only in pen mode; elsewhere it stays the text field's (key router)."""
        return command is not Command.UNDO_STROKE or self.frame.tool is Tool.PEN

    # -- the visit -------------------------------------------------------------------------------
    def start_visit(self, deck: Deck, default_minutes: int) -> None:
        self.minutes = planned_minutes(deck.meta, default_minutes)
        self._keeper().set_planned_minutes(self.minutes)
        self.marks.clear()
        self._presenter.close_overview()
        self.show_frame(self.frame)

    def show_frame(self, frame: Frame) -> None:
        if self._presenter.overview_open() and frame.looking != self._looking:  # the clicker turned the page
            self._presenter.overview.setCurrentRow(frame.looking)  # (B or a pen stroke leave the doctor's choice alone)
        self._looking = frame.looking
        self.marks.show_frame(frame)
        self._keeper().set_skipped(frame.skipped)
        self.show_pace(details=False)  # the per-part tooltip follows with the clock's tick

    def set_skipped(self, skipped: frozenset[int]) -> None:
        self._controller.set_skipped(skipped)

    # -- pen ---------------------------------------------------------------------------------------
    def undo(self) -> None:
        if self.frame.tool is Tool.PEN:
            self.marks.undo()

    def erase(self) -> None:
        self.marks.erase()

    def handout_marks(self, handout: Handout, folder: Path) -> Handout:
        """The handout with this visit's ink on its slides (black on white, as printed)."""
        from .handout_ink import marked_pictures, with_marks

        deck = self.frame.deck
        pictures = marked_pictures(self.marks.book.views(), lambda i: self._stage.layout(deck, i),
                                   get_theme("light"), folder, handout.lang)
        return with_marks(handout, pictures)

    # -- overview ------------------------------------------------------------------------------
    def toggle_overview(self, theme: Theme) -> None:
        from .overview import thumbnail

        if self._presenter.overview_open():
            self.close_overview()
            return
        f = self.frame
        deck = f.deck
        titles = [s.title or "" for s in deck.slides]
        self._presenter.open_overview()
        self._presenter.overview.show_slides(
            titles, f.looking, lambda i: thumbnail(self._stage.layout(deck, i), theme, i in f.skipped))

    def close_overview(self) -> None:
        """Esc or Tab in the overview: the slide it had chosen is no longer previewed."""
        if self._presenter.overview_open():
            self._presenter.close_overview()
            self._controller.preview(-1)

    def overview_chosen(self, index: int) -> None:
        """Enter in the overview: that slide goes to the patient."""
        self._presenter.close_overview()
        self._controller.preview(index)
        self._controller.run(Command.CONFIRM_PREVIEW)

    # -- pace ----------------------------------------------------------------------------------
    def _plans(self, f: Frame) -> tuple[PartPlan, ...]:
        key = (f.deck, f.skipped, self.minutes)
        if self._planned_for is None or self._planned_for[0] != key:
            self._planned_for = (key, plan_parts(f.deck, f.skipped, self.minutes))
        return self._planned_for[1]

    def show_pace(self, details: bool = True) -> None:
        """The pace line (time left, this part ahead/behind); `details`: also every part in its tooltip."""
        f = self.frame
        plans = self._plans(f)
        pace = pace_at(plans, f.deck, f.index, self._elapsed(), self.minutes)
        p = self._presenter
        left = (self.tr("%1 left").replace("%1", clock_text(pace.left_s)) if pace.left_s >= 0
                else self.tr("%1 over").replace("%1", clock_text(-pace.left_s)))
        word = {PaceState.AHEAD: self.tr("this part: %1 ahead"), PaceState.ON_TIME: self.tr("this part: on time"),
                PaceState.BEHIND: self.tr("this part: %1 behind")}[pace.state]
        text = f"{left} · {word.replace('%1', clock_text(pace.off_s))}"
        p.set_pace(text, PACE_COLOURS[pace.state])
        if not details:
            return
        lines = [self.tr("Planned visit: %1 min (front matter 'duration', else the setting)")
                 .replace("%1", str(self.minutes))]
        words = {PaceState.AHEAD: self.tr("ahead"), PaceState.ON_TIME: self.tr("on time"),
                 PaceState.BEHIND: self.tr("behind")}
        for part in parts_pace(plans, self._keeper().seconds_by_part()):  # every part, planned against spent
            lines.append(self.tr("%1: planned %2, so far %3 (%4)").replace("%1", part_label(part.part, f.deck.lang))
                         .replace("%2", clock_text(part.planned_s)).replace("%3", clock_text(part.spent_s))
                         .replace("%4", words[part.state]))
        p.pace.setToolTip("\n".join(lines))
