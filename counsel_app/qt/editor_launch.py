"""F2 / File > Edit deck on the console: opens the editor on the deck being presented.

Owns `EditorLauncher`: one editor window at a time (F2 again brings it to the front), at the patient
screen's size and colours. While the doctor edits, the patient screen keeps what it showed (the editor
is a window of its own: no key typed in it reaches the presentation); after a save the console
reloads the deck in place.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.textio import InputError

if TYPE_CHECKING:
    from .editor_window import EditorWindow


class EditorLauncher:
    def __init__(self, app: Any) -> None:
        self._app = app  # the App: deck, lang, theme, patient_size(), host, presenter, tell()
        self.window: EditorWindow | None = None

    def open(self) -> None:
        if self.window is not None:
            self.window.activateWindow()
            return
        from .editor_window import open_editor  # not at start-up: only when the doctor edits

        app = self._app
        if app.deck.source is None:
            return
        try:
            self.window = open_editor(app.deck.source, lang=app.lang, theme=app.theme, screen=app.patient_size()[0],
                                      recovery=Path(app.store.path).parent / "recovery", parent=app.presenter)
        except InputError as exc:
            app.tell(exc.message(app.lang))
            return
        self.window.saved.connect(lambda _path: app.host.reload())
        self.window.closed.connect(self._forget)

    def _forget(self) -> None:
        self.window = None
