"""The clicker around dialogs on a real X server without a window manager, with real key presses:
a page key turns the page while the record dialog is open, and once a dialog closes the console
has the keyboard again (no click needed to give it back)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from test_hotplug_xvfb import xvfb  # noqa: F401 (the fixture: Xvfb with LEFT and RIGHT monitors)

pytestmark = pytest.mark.xvfb
HERE = Path(__file__).resolve().parent


def test_the_clicker_works_while_a_dialog_is_open_and_after_it_closed(xvfb, tmp_path):  # noqa: F811
    if shutil.which("xdotool") is None:
        pytest.skip("xdotool is needed to press real keys (make test installs it on Debian)")
    deck = HERE.parents[1] / "tests" / "data" / "decks" / "privacy.md"
    proc = subprocess.run([sys.executable, str(HERE / "xvfb_dialog_keys_driver.py"), str(deck), str(tmp_path / "s.ini")],
                          env=xvfb, capture_output=True, text=True, timeout=120, cwd=HERE.parents[1])
    assert proc.returncode == 0, proc.stderr[-3000:]
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    in_dialog = seen["next_in_record_dialog"]
    assert in_dialog["slide"] == 1 and in_dialog["dialog_open"] and in_dialog["plan_unchanged"]
    assert seen["record_dialog_closed"]
    assert seen["next_after_record_dialog"]["slide"] == 2  # the dialog closed: the clicker still works
    assert seen["question_asked"]
    assert seen["black_after_question"]["mode"] == "black" and seen["black_after_question"]["patient"] == ""
