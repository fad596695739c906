"""Placement on one screen and on mirrored screens, with the real app (a process per layout)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
DECK = HERE.parent / "data" / "decks" / "privacy.md"


def run_layout(tmp_path, screens, *extra):
    cfg = tmp_path / "screens.json"
    cfg.write_text(json.dumps({"screens": screens, "windowFrameMargins": False}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE.parents[1]), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.run([sys.executable, str(HERE / "placement_driver.py"), str(cfg), str(DECK),
                           str(tmp_path / "s.ini"), *extra], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


ONE = [{"name": "only", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96}]
MIRRORED = [{"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
            {"name": "projector", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96}]


@pytest.mark.parametrize("screens", [ONE, MIRRORED], ids=["one-screen", "mirrored"])
def test_without_a_second_screen_the_patient_view_never_covers_the_notes(tmp_path, screens):
    seen = run_layout(tmp_path, screens)
    assert seen["placement"][1] is None
    assert not seen["patient_visible"] and not seen["patient_full_screen"]
    assert seen["presenter_visible"] and seen["console_shows_patient_view"]


def test_one_screen_rehearsal_shows_the_patient_window_beside_the_console(tmp_path):
    seen = run_layout(tmp_path, ONE, "rehearsal")
    assert seen["patient_visible"] and not seen["patient_full_screen"]
    assert not seen["patient_covers_console"]
