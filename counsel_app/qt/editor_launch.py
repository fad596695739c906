"""F2 / File > Edit deck and File > Import article on the console: the editor on the deck being
presented, or on an imported article's draft.

Owns `EditorLauncher`: one editor window at a time (F2 again brings it to the front), at the patient
screen's size and colours. While the doctor edits, the patient screen keeps what it showed (the editor
is a window of its own: no key typed in it reaches the presentation); after a save the console
reloads the deck in place. A draft's first Save opens the new deck on the console, privately (the
unsaved-record question was asked before the import).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ..core.textio import InputError

if TYPE_CHECKING:
    from ..core.draft import Draft
    from .editor_window import EditorWindow


class EditorLauncher:
    def __init__(self, app: Any) -> None:
        self._app = app  # the App: deck, lang, theme, patient_size(), host, presenter, tell(), next_patient()
        self.window: EditorWindow | None = None
        self._draft_shown = True  # the draft being edited is on the console already

    def _options(self) -> dict[str, Any]:
        app = self._app
        return {"lang": app.lang, "theme": app.theme, "screen": app.patient_size()[0],
                "recovery": Path(app.store.path).parent / "recovery", "parent": app.presenter}

    def _busy(self) -> bool:
        if self.window is None:
            return False
        self.window.activateWindow()
        return True

    def open(self) -> None:
        if self._busy():
            return
        from .editor_window import open_editor  # not at start-up: only when the doctor edits

        app = self._app
        if app.deck.source is None:
            return
        try:
            self.window = open_editor(app.deck.source, **self._options())
        except InputError as exc:
            app.tell(exc.message(app.lang))
            return
        self.window.select(app.controller.frame.looking)  # the slide the doctor is on
        self.window.saved.connect(lambda _path: app.host.reload())
        self.window.closed.connect(self._forget)

    def open_draft(self, draft: Draft) -> None:
        """The editor on an imported article's draft (an editor already open: it comes to the front
        and says to close it first)."""
        if self._busy():
            assert self.window is not None
            self.window.statusBar().showMessage(QCoreApplication.translate(
                "EditorLauncher", "Close this editor first, then import the article again."), 8000)
            return
        from .editor_window import open_draft

        self.window = open_draft(draft, **self._options())
        self.window.offer_recovery()  # this article's draft was being edited when counsel last closed
        self._draft_shown = False
        self.window.saved.connect(self._draft_saved)
        self.window.closed.connect(self._forget)

    def _draft_saved(self, path: Path) -> None:
        app = self._app
        if app.deck.source is not None and Path(path).resolve() == app.deck.source:
            app.host.reload()
        elif not self._draft_shown and app.host.open(Path(path)):
            self._draft_shown = True
            app.next_patient(private=True)  # an unreviewed draft: the doctor sees it first

    def _forget(self) -> None:
        self.window = None
