"""Start-up (issue 15): `counsel-app` as the doctor starts it, in a process of its own (offscreen).

A deck presented before opens from what was read of it (core/deck_cache.py), so the first frame
needs neither the Markdown parser nor the handout's modules; Python's collector, off while the
windows are built, works again once they have painted. (How fast: tests/benchmarks, not here.)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

START = """
import gc, sys
from counsel_app.cli import main
status = main(["--profile-startup"])
print("LOADED", [m for m in ("markdown_it", "counsel_app.core.handout_model") if m in sys.modules])
print("COLLECTOR", gc.isenabled(), gc.get_freeze_count() > 0)
sys.exit(status)
"""


def start(tmp_path: Path) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_DATA_HOME": str(tmp_path / "data")}
    r = subprocess.run([sys.executable, "-c", START], cwd=REPO, env=env, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "presenter: first frame painted" in r.stdout
    return r.stdout


def test_a_deck_presented_before_opens_without_the_markdown_parser(tmp_path):
    first = start(tmp_path)  # never opened: read with the parser, and kept
    assert "LOADED ['markdown_it'" in first
    assert list((tmp_path / "cache").rglob("*.json")), "the deck was not kept"
    again = start(tmp_path)
    assert "LOADED []" in again


def test_the_collector_works_again_once_the_windows_have_painted(tmp_path):
    assert "COLLECTOR True True" in start(tmp_path)


def test_a_deck_kept_by_an_older_counsel_is_kept_again(tmp_path, monkeypatch, qapp):
    """After an update, the first start reads the deck afresh and keeps it: the next opens without parsing."""
    import counsel_app.core.deck as deck_module
    import counsel_app.core.deck_cache as deck_cache
    from counsel_app.core.deck import load_deck
    from counsel_app.qt.deck_host import DeckHost
    from counsel_app.resources import default_deck

    with monkeypatch.context() as older:
        older.setattr(deck_cache, "_reader_version", lambda: "counsel-deck-0-older")
        deck_cache.save_cached(tmp_path, load_deck(default_deck()))
    host = DeckHost(load_deck(default_deck(), cached=deck_cache.lookup(tmp_path)), "en", cache=tmp_path)
    host.remember()  # as on closing, or after the deck check
    host.stop()

    def parse(*_a, **_k):
        raise AssertionError("parsed again")

    monkeypatch.setattr(deck_module, "parse_deck", parse)
    assert load_deck(default_deck(), cached=deck_cache.lookup(tmp_path)).slides


REAL_START = """
import sys
from PySide6.QtCore import QTimer
import counsel_app.qt.profile as profile
from counsel_app.cli import main

real = profile.first_frame_watch

def watch(app, then):  # the doctor quits as soon as both windows are on screen
    def then_quit():
        then()
        QTimer.singleShot(0, app._quit_now)
    return real(app, then_quit)

profile.first_frame_watch = watch
sys.exit(main([]))
"""


def test_the_support_log_is_written_once_the_windows_are_on_screen(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_DATA_HOME": str(tmp_path / "data")}
    r = subprocess.run([sys.executable, "-c", REAL_START], cwd=REPO, env=env, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    logs = list((tmp_path / "data").rglob("counsel-app.log"))
    assert logs, "no support log"
    text = logs[0].read_text(encoding="utf-8")
    assert "counsel-app " in text and "screens: " in text
