"""The pure core: decks, sessions, screens, rules. Nothing here imports PySide6."""
