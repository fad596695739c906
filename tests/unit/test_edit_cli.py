"""`counsel-app edit DECK`: a file that cannot be edited is one line and exit 2, before any window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("make,words", [
    (lambda d: d / "nope.md", "file not found"),
    (lambda d: (d / "b.md").write_bytes(b"\x00\x01binary") and d / "b.md", "not a text file"),
])
def test_bad_deck_is_one_line_and_exit_2(tmp_path, make, words):
    target = make(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "counsel_app", "edit", str(target)], capture_output=True,
                          text=True, cwd=REPO, timeout=60, env={"COUNSEL_LANG": "en", "PATH": ""})
    assert proc.returncode == 2 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and str(target) in lines[0]


def test_edit_is_a_command_with_help():
    proc = subprocess.run([sys.executable, "-m", "counsel_app", "edit", "--help"], capture_output=True,
                          text=True, cwd=REPO, timeout=60)
    assert proc.returncode == 0 and "DECK" in proc.stdout.upper()
