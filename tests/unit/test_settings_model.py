"""Settings as checked plain values: a damaged or future file never stops the app."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counsel_app.core.settings_model import SETTINGS_VERSION, Settings, settings_from_raw, settings_to_raw
from counsel_app.core.themes import THEMES


def test_defaults():
    s = Settings()
    assert (s.patient_screen, s.theme, s.lang, s.zoom, s.notes_px) == ("", "light", "", 1.0, 22)
    assert s.keymap == {} and s.recent == () and s.pain_bands == (3, 6)


def test_an_empty_store_gives_the_defaults_quietly():
    assert settings_from_raw({}) == (Settings(), [])


def test_good_values_are_read():
    raw = {"version": 1, "patient_screen": "HDMI-1", "theme": "contrast", "lang": "zh", "zoom": 1.5,
           "notes_px": 30, "keymap": {"next": "F8"}, "recent": ["/a.md", "/b.md"], "pain_bands": [2, 5]}
    s, problems = settings_from_raw(raw)
    assert problems == []
    assert s == Settings(patient_screen="HDMI-1", theme="contrast", lang="zh", zoom=1.5, notes_px=30,
                         keymap={"next": "F8"}, recent=("/a.md", "/b.md"), pain_bands=(2, 5))


def test_values_stored_as_text_are_read():
    # QSettings on some platforms hands everything back as strings
    raw = {"version": "1", "zoom": "1.25", "notes_px": "40", "pain_bands": "2-5", "recent": "/a.md"}
    s, problems = settings_from_raw(raw)
    assert problems == []
    assert (s.zoom, s.notes_px, s.pain_bands, s.recent) == (1.25, 40, (2, 5), ("/a.md",))


def test_pain_bands_as_comma_text():
    s, problems = settings_from_raw({"pain_bands": "4, 7"})
    assert s.pain_bands == (4, 7) and problems == []


def test_missing_and_none_values_keep_the_defaults_quietly():
    s, problems = settings_from_raw({"theme": None, "zoom": None})
    assert s == Settings() and problems == []


def test_only_the_ten_most_recent_files_are_kept():
    s, _ = settings_from_raw({"recent": [f"/deck{i}.md" for i in range(15)]})
    assert s.recent == tuple(f"/deck{i}.md" for i in range(10))


@pytest.mark.parametrize("field,value", [
    ("theme", "neon"), ("theme", 5), ("theme", "Dark"),
    ("lang", "fr"), ("lang", 3),
    ("zoom", "big"), ("zoom", 3.0), ("zoom", 0.1), ("zoom", -1), ("zoom", [1.0]), ("zoom", "nan"), ("zoom", "inf"),
    ("notes_px", "huge"), ("notes_px", 5), ("notes_px", 200), ("notes_px", "22.5"), ("notes_px", {}),
    ("keymap", "next=F8"), ("keymap", ["F8"]), ("keymap", 7),
    ("pain_bands", [6, 3]), ("pain_bands", [3, 3]), ("pain_bands", [0, 6]), ("pain_bands", [3, 10]),
    ("pain_bands", [1, 2, 3]), ("pain_bands", "mild"), ("pain_bands", 5), ("pain_bands", [3]),
    ("pain_bands", ["a", "b"]),
])
def test_a_bad_value_falls_back_to_the_default_with_a_message(field, value):
    s, problems = settings_from_raw({field: value})
    assert getattr(s, field) == getattr(Settings(), field)
    assert len(problems) == 1 and field in problems[0]


def test_one_bad_value_does_not_spoil_the_others():
    s, problems = settings_from_raw({"theme": "neon", "zoom": 1.5, "lang": "en"})
    assert (s.theme, s.zoom, s.lang) == ("light", 1.5, "en")
    assert len(problems) == 1


def test_each_bad_value_is_reported_once():
    _, problems = settings_from_raw({"theme": "neon", "zoom": 9, "notes_px": "x"})
    assert len(problems) == 3 and len(set(problems)) == 3


@pytest.mark.parametrize("version", [SETTINGS_VERSION + 1, str(SETTINGS_VERSION + 1), 99])
def test_a_future_version_gives_the_defaults_and_says_so(version):
    s, problems = settings_from_raw({"version": version, "theme": "dark", "zoom": 1.5})
    assert s == Settings()
    assert len(problems) == 1 and str(version) in problems[0]


@pytest.mark.parametrize("version", [SETTINGS_VERSION, str(SETTINGS_VERSION), 0, ""])
def test_this_or_an_older_version_is_read(version):
    s, problems = settings_from_raw({"version": version, "theme": "dark"})
    assert s.theme == "dark" and problems == []


def test_a_version_that_is_not_a_number_is_reported_and_the_rest_read():
    s, problems = settings_from_raw({"version": "one", "theme": "dark"})
    assert s.theme == "dark"
    assert len(problems) == 1 and "version" in problems[0]


@pytest.mark.parametrize("raw", [None, "theme=dark", ["theme", "dark"], 42])
def test_settings_that_are_not_a_table_give_the_defaults_and_say_so(raw):
    s, problems = settings_from_raw(raw)
    assert s == Settings()
    assert problems == ["settings are not a table"]


def test_unknown_keys_are_ignored():
    s, problems = settings_from_raw({"colour": "red", "theme": "dark"})
    assert s.theme == "dark" and problems == []


def test_round_trip_of_the_defaults():
    assert settings_from_raw(settings_to_raw(Settings())) == (Settings(), [])


def test_raw_settings_are_versioned_and_json():
    raw = settings_to_raw(Settings(recent=("/a.md",), keymap={"next": ["F8"]}))
    assert raw["version"] == SETTINGS_VERSION
    assert json.loads(json.dumps(raw)) == raw


def test_raw_keymap_is_a_copy():
    s = Settings(keymap={"next": "F8"})
    settings_to_raw(s)["keymap"]["prev"] = "F7"
    assert s.keymap == {"next": "F8"}


@st.composite
def valid_settings(draw) -> Settings:
    a = draw(st.integers(1, 8))
    b = draw(st.integers(a + 1, 9))
    return Settings(
        patient_screen=draw(st.text(max_size=20)),
        theme=draw(st.sampled_from(sorted(THEMES))),
        lang=draw(st.sampled_from(["", "zh", "en"])),
        zoom=draw(st.floats(0.5, 2.0, allow_nan=False)),
        notes_px=draw(st.integers(10, 80)),
        keymap=draw(st.dictionaries(st.sampled_from(["next", "prev", "black"]), st.text(max_size=10), max_size=3)),
        recent=tuple(draw(st.lists(st.text(min_size=1, max_size=30), max_size=10))),
        pain_bands=(a, b),
    )


@settings(database=None, deadline=None)
@given(valid_settings())
def test_round_trip_of_any_valid_settings(s):
    assert settings_from_raw(settings_to_raw(s)) == (s, [])
