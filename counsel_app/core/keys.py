"""The key map as data: which key sequences run which command. No Qt.

Key names are Qt's portable text (`QKeySequence.fromString`), so settings files stay readable.
"""

from __future__ import annotations

from .session import Command

DEFAULT_KEYS: dict[Command, tuple[str, ...]] = {
    Command.NEXT: ("PgDown", "Right", "Down", "Space"),
    Command.ENTER: ("Return", "Enter"),
    Command.PREV: ("PgUp", "Left", "Up", "Backspace"),
    Command.FIRST: ("Home",),
    Command.LAST: ("End",),
    Command.BLACK: ("B", "."),
    Command.WHITE: ("W", ","),
    Command.ESCAPE: ("Esc",),
    Command.START_FIRST: ("F5",),
    Command.START_CURRENT: ("Shift+F5",),
    Command.SWAP_SCREENS: ("S",),
    Command.HELP: ("?", "Shift+?", "F1"),  # WORKAROUND: some layouts report ? with Shift held
    Command.QUIT: ("Ctrl+Q",),
    Command.NOTES_BIGGER: ("Ctrl+]",),
    Command.NOTES_SMALLER: ("Ctrl+[",),
    Command.ZOOM_IN: ("+", "="),
    Command.ZOOM_OUT: ("-",),
    Command.ZOOM_RESET: ("Ctrl+0",),
    Command.TIMER_PAUSE: ("P",),
    Command.TIMER_RESET: ("R",),
    Command.OPEN: ("Ctrl+O",),
    Command.PAIN_SCALE: ("N",),
    Command.END_COUNSELLING: ("Ctrl+E",),
    Command.NEXT_PATIENT: ("Ctrl+N",),
    Command.POINTER: ("L",),  # a clicker's laser button that sends a key can be bound here
    Command.PEN: ("D",),
    Command.UNDO_STROKE: ("Ctrl+Z",),  # only in pen mode; elsewhere Ctrl+Z is the text field's
    Command.ERASE_INK: ("E",),
    Command.OVERVIEW: ("Tab",),
    Command.ZOOM_PICTURE: ("Z",),
    Command.EDIT: ("F2",),
    **{getattr(Command, f"DIGIT_{d}"): (str(d),) for d in range(10)},
}

# Holding a clicker button must not race through the deck.
NO_AUTO_REPEAT = frozenset({Command.NEXT, Command.PREV, Command.ENTER, Command.FIRST, Command.LAST,
                            Command.BLACK, Command.WHITE, Command.SWAP_SCREENS, Command.POINTER,
                            Command.PEN, Command.ERASE_INK, Command.OVERVIEW})


def keymap_from_settings(saved: object) -> tuple[dict[Command, tuple[str, ...]], list[str]]:
    """Merge a saved key map ({"next": "PgDown, Right", ...}) over the defaults.

    Returns the map and a list of problems (unknown commands, non-text values); bad entries are
    ignored so a damaged settings file never takes the keys away.
    """
    keys = dict(DEFAULT_KEYS)
    problems: list[str] = []
    if saved in (None, ""):
        return keys, problems
    if not isinstance(saved, dict):
        return keys, ["key map is not a table"]
    by_name = {c.value: c for c in Command}
    for name, value in saved.items():
        command = by_name.get(str(name))
        if command is None:
            problems.append(f"unknown command {name!r}")
            continue
        if isinstance(value, str):
            seqs = tuple(s.strip() for s in value.split(",") if s.strip())
        elif isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
            seqs = tuple(v.strip() for v in value if v.strip())
        else:
            problems.append(f"bad keys for {name!r}")
            continue
        keys[command] = seqs
    # a key bound to two commands goes to the one the user set (Qt reads "b" and "B" as one key)
    seen: dict[str, Command] = {}
    for command, seqs in keys.items():
        for s in seqs:
            seen.setdefault(_norm(s), command)
    for user_cmd in (c for c in (by_name.get(str(n)) for n in saved) if c is not None):
        for s in keys[user_cmd]:
            seen[_norm(s)] = user_cmd
    keys = {c: tuple(s for s in seqs if seen.get(_norm(s)) is c) for c, seqs in keys.items()}
    return keys, problems


def _norm(seq: str) -> str:
    """Compare key names as Qt does: case and spacing do not matter ("ctrl+q" is "Ctrl+Q")."""
    return seq.replace(" ", "").lower()
