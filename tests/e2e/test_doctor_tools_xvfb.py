"""Pointer, pen and overview on a real X server with two monitors, with the real mouse and keyboard
(xdotool): the dot and the stroke are found in the patient monitor's pixels, and opening the
overview leaves the patient monitor's pixels unchanged."""

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


def test_pointer_pen_and_overview_on_two_real_monitors(xvfb, tmp_path):  # noqa: F811
    if shutil.which("xdotool") is None:
        pytest.skip("xdotool is needed to move the real mouse (make test installs it on Debian)")
    deck = HERE.parents[1] / "slides" / "ret-bone-metastasis.md"
    proc = subprocess.run([sys.executable, str(HERE / "xvfb_tools_driver.py"), str(deck), str(tmp_path / "s.ini")],
                          env={**xvfb, "COUNSEL_LANG": "zh"}, capture_output=True, text=True, timeout=120,
                          cwd=HERE.parents[1])
    assert proc.returncode == 0, proc.stderr[-3000:]
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen["console_has_the_keyboard_at_start"]  # not the patient view: the doctor's keys go to the console
    assert seen["ink_before"] == 0  # the slide itself has none of the ink's red
    assert seen["pointer_key"] and seen["dot_pixels"] > 20
    x, y = seen["dot"]
    assert abs(x - 0.6) < 0.02 and abs(y - 0.35) < 0.02  # where the mouse was on the console's slide
    assert seen["ink_after_leave"] == 0  # the mouse left the slide: the dot went
    assert seen["pen_key"] and seen["stroke_pixels"] > 200
    left, right = seen["stroke_span"]
    assert abs(left - 0.2) < 0.02 and abs(right - 0.8) < 0.02
    assert seen["overview_open"] and seen["overview_on_doctor_screen"] == "LEFT"
    assert seen["patient_unchanged_by_overview"]
    assert seen["overview_chose"] == 3  # Right, Enter: slide 4 went to the patient
