"""The thin Qt shell: windows, widgets and the one place where signals are wired (app.py)."""
