"""Unplug and replug the patient's monitor on a real X server (Xvfb + xrandr monitors).

The patient view hides at once when its monitor goes (it never lands on the doctor's screen)
and returns, full screen, on the current slide when the monitor comes back.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.xvfb
HERE = Path(__file__).resolve().parent
ROUNDS = int(os.environ.get("COUNSEL_HOTPLUG_ROUNDS", "20"))


@pytest.fixture
def xvfb():
    if shutil.which("Xvfb") is None or shutil.which("xrandr") is None:
        pytest.skip("Xvfb and xrandr are needed (make test installs them on Debian)")
    # -displayfd: Xvfb picks a free display itself and says which, so runs side by side never collide
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "3840x1080x24", "-noreset",
                             "-nolisten", "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            pass_fds=(write_fd,))
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as said:
            n = said.readline().strip()  # written once the server accepts clients
        if not n:
            pytest.fail("Xvfb did not start")
        repo = str(HERE.parents[1])
        env = {**os.environ, "DISPLAY": f":{n}", "QT_QPA_PLATFORM": "xcb",
               "PYTHONPATH": os.pathsep.join(filter(None, [repo, os.environ.get("PYTHONPATH")]))}
        subprocess.run(["xrandr", "--setmonitor", "LEFT", "1920/508x1080/286+0+0", "screen"], env=env, check=True,
                       capture_output=True)
        subprocess.run(["xrandr", "--setmonitor", "RIGHT", "1920/508x1080/286+1920+0", "none"], env=env, check=True,
                       capture_output=True)
        yield env
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_unplug_hides_patient_view_and_replug_brings_it_back(xvfb, tmp_path):
    deck = Path(__file__).resolve().parents[1] / "data" / "decks" / "privacy.md"
    proc = subprocess.run([sys.executable, str(HERE / "xvfb_driver.py"), str(deck), str(tmp_path / "s.ini"), str(ROUNDS)],
                          env=xvfb, capture_output=True, text=True, timeout=120, cwd=HERE.parents[1])
    assert proc.returncode == 0, proc.stderr[-3000:]
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    start = seen["start"]
    assert start["screens"] == ["LEFT", "RIGHT"]
    assert start["patient_visible"] and start["patient_screen"] == "RIGHT" and start["patient_full_screen"]
    assert not start["patient_on_doctor_screen"]
    assert len(seen["unplugged"]) == len(seen["replugged"]) == ROUNDS
    for gone in seen["unplugged"]:
        assert gone["screens"] == ["LEFT"]
        assert not gone["patient_visible"]
        assert not gone["patient_on_doctor_screen"]
    for back in seen["replugged"]:
        assert back["patient_visible"] and back["patient_screen"] == "RIGHT" and back["patient_full_screen"]
        assert back["patient_geometry"] == [1920, 0, 1920, 1080]
        assert back["patient_text_is_current"]


def test_rehearsal_window_is_seen_over_the_console_after_the_patient_monitor_goes(xvfb, tmp_path):
    """It was put beside the console but stayed under it (the full-screen console covered it)."""
    deck = Path(__file__).resolve().parents[1] / "data" / "decks" / "privacy.md"
    proc = subprocess.run([sys.executable, str(HERE / "xvfb_rehearsal_driver.py"), str(deck), str(tmp_path / "s.ini")],
                          env=xvfb, capture_output=True, text=True, timeout=120, cwd=HERE.parents[1])
    assert proc.returncode == 0, proc.stderr[-3000:]
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen["patient_visible"] and seen["geometry"] == [960, 540, 960, 540]
    assert seen["on_screen_share"] > 0.95  # the doctor's monitor shows it there
