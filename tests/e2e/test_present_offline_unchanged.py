"""What test_offline.py and test_no_writes.py leave out: presenting a deck writes nothing next to it,
and pictures that point outside (SVG references, a picture with a title) open no connection.

The socket guard sees only Python's sockets; Qt's C++ code would go past it. So the second test
also asserts that Qt's network library was never mapped into the process: without it, no Qt class
can open a connection.
"""

from __future__ import annotations

import sys
from pathlib import Path


from counsel_app.cli import main
from counsel_app.core.session import Command

DECK = """---
title: Outside references
lang: en
---

# Outside references

![svg with references](outside.svg)

![titled online picture](https://example.com/t.png "A title")

---

## Local titled picture

![local titled](outside.svg "A title")

<!-- teach-back: In your own words, what happens next? -->

---

## Last

Plain words.
"""

SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100">'
       b'<image href="http://example.com/x.png" width="50" height="50"/>'
       b'<image xlink:href="file:///etc/passwd" width="50" height="50"/>'
       b'<use xlink:href="https://example.com/sprite.svg#a"/>'
       b'<style>@import url("https://example.com/s.css");</style>'
       b'<rect width="40" height="40" fill="green"/></svg>')


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def _qt_network_mapped() -> bool:
    try:
        maps = Path("/proc/self/maps").read_text()
    except OSError:  # not Linux: the Python-level check below still runs
        return False
    return "libQt6Network" in maps


def _present_everything(app) -> list[str]:
    """Page through every slide and view, show the pain scale, open the record: what a session does."""
    seen = [app.patient.visible_text()]
    app.dispatch(Command.FIRST)
    for _ in range(len(app.deck.slides) + 2):
        app.dispatch(Command.NEXT)
        seen.append(app.patient.visible_text())
    app.dispatch(Command.PAIN_SCALE)
    seen.append(app.patient.visible_text())
    app.dispatch(Command.PAIN_SCALE)
    app.dispatch(Command.END_COUNSELLING)
    app.record_dialog.close()
    return seen


def test_presenting_a_deck_leaves_its_folder_exactly_as_it_was(make_app, tmp_path, qapp):
    folder = tmp_path / "decks"
    folder.mkdir()
    deck = folder / "deck.md"
    deck.write_text(DECK, encoding="utf-8")
    (folder / "outside.svg").write_bytes(SVG)
    before = _snapshot(folder)
    app = make_app(deck, settings_path=tmp_path / "settings.ini")
    _present_everything(app)
    app.check_deck()
    qapp.processEvents()
    assert _snapshot(folder) == before  # no temp, lock, backup or record file next to the deck


def test_pictures_that_point_outside_open_no_connection(no_network, make_app, tmp_path, capsys):
    deck = tmp_path / "deck.md"
    deck.write_text(DECK, encoding="utf-8")
    (tmp_path / "outside.svg").write_bytes(SVG)
    app = make_app(deck)
    seen = _present_everything(app)
    assert "[svg with references]" in seen[0]  # the SVG itself is drawn (its outside parts are not)
    assert main(["check", str(deck)]) == 1  # svg-external and image-remote are findings
    assert main(["handout", str(deck), "-o", str(tmp_path / "h.pdf")]) == 0
    capsys.readouterr()
    assert no_network == []
    assert "PySide6.QtNetwork" not in sys.modules
    assert not _qt_network_mapped()
