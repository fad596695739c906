"""Shared test set-up: Qt runs offscreen on two fake screens; the repo's paths."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

# Before anything imports Qt: with no display and no platform, Qt aborts the whole process.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("COUNSEL_LANG", "en")

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"

# The screens every GUI test sees: the doctor's 1920x1080 on the left, the patient's 1280x720 right.
TWO_SCREENS = {
    "screens": [
        {"name": "doctor", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
        {"name": "patient", "x": 1920, "y": 0, "width": 1280, "height": 720, "logicalDpi": 96},
    ],
    "windowFrameMargins": False,
}


@pytest.fixture(scope="session")
def two_screens_config(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("screens") / "screens.json"
    path.write_text(json.dumps(TWO_SCREENS), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def qapp_args(two_screens_config):
    return ["counsel-tests", "-platform", f"offscreen:configfile={two_screens_config}"]


@pytest.fixture
def repo() -> Path:
    return REPO
