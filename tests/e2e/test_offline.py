"""Offline, always: no code path opens a network connection, remote content is never loaded,
links are not followed and raw HTML cannot run script on the patient screen."""

from __future__ import annotations

import sys


from counsel_app.cli import main
from counsel_app.core.session import Command

DECK = """---
title: Remote things
lang: en
---

# Remote things

[a site](https://example.com/page) and <https://example.org>

![remote picture](https://example.com/a.png)

<img src="http://example.com/b.png">

<script>fetch('http://example.com/x')</script>

---

## Second

![protocol-relative](//example.com/c.png)

<!-- teach-back: In your own words, what happens next? -->
"""


def test_main_paths_never_touch_the_network(no_network, make_app, tmp_path, capsys):
    deck = tmp_path / "remote.md"
    deck.write_text(DECK, encoding="utf-8")
    app = make_app(deck)
    texts = [app.patient.visible_text()]
    for _ in range(3):
        app.dispatch(Command.NEXT)
        texts.append(app.patient.visible_text())
    app.dispatch(Command.PAIN_SCALE)
    app.dispatch(Command.ESCAPE)
    app.dispatch(Command.END_COUNSELLING)
    app.record_dialog.close()
    assert "Online pictures are not loaded" in texts[0]
    assert "Online pictures are not loaded" in texts[1]
    assert all("fetch(" not in t or "<script>" in t for t in texts)  # shown as text, never run

    article = tmp_path / "article.txt"
    article.write_text("How to rest\n\nSleep well. See https://example.com for more.\n", encoding="utf-8")
    assert main(["check", str(deck)]) == 1  # remote pictures are findings
    assert main(["import", str(article), "-o", str(tmp_path / "new.md")]) == 0
    assert main(["handout", str(deck), "-o", str(tmp_path / "h.pdf")]) == 0
    assert main(["inspect", str(deck), "--json"]) == 0
    capsys.readouterr()
    assert no_network == []
    assert "PySide6.QtNetwork" not in sys.modules


def test_links_on_the_patient_screen_are_text_not_targets(make_app, tmp_path):
    deck = tmp_path / "links.md"
    deck.write_text("## Links\n\n[a site](https://example.com/page)\n", encoding="utf-8")
    app = make_app(deck)
    assert "a site" in app.patient.visible_text()
    # the patient window takes no input at all: no focus, a hidden cursor, nothing clickable
    from PySide6.QtCore import Qt

    assert app.patient.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert app.patient.cursor().shape() == Qt.CursorShape.BlankCursor
