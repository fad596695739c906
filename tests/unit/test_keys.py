"""The key map as data: the defaults a clicker and a keyboard rely on, and saved rebindings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counsel_app.core.keys import DEFAULT_KEYS, NO_AUTO_REPEAT, keymap_from_settings
from counsel_app.core.session import Command


def commands_for(keymap: dict[Command, tuple[str, ...]], seq: str) -> list[Command]:
    return [c for c, seqs in keymap.items() if seq in seqs]


# -- the defaults --------------------------------------------------------------------------------

@pytest.mark.parametrize("seq,command", [
    ("PgDown", Command.NEXT), ("Right", Command.NEXT), ("Down", Command.NEXT), ("Space", Command.NEXT),
    ("Return", Command.ENTER), ("Enter", Command.ENTER),
    ("PgUp", Command.PREV), ("Left", Command.PREV), ("Up", Command.PREV), ("Backspace", Command.PREV),
    ("Home", Command.FIRST), ("End", Command.LAST),
    ("B", Command.BLACK), (".", Command.BLACK),
    ("W", Command.WHITE), (",", Command.WHITE),
    ("Esc", Command.ESCAPE),
    ("F5", Command.START_FIRST), ("Shift+F5", Command.START_CURRENT),
    ("Ctrl+Q", Command.QUIT),
    ("S", Command.SWAP_SCREENS),
    ("?", Command.HELP), ("F1", Command.HELP),
])
def test_default_key_runs_its_command(seq, command):
    assert commands_for(DEFAULT_KEYS, seq) == [command]


@pytest.mark.parametrize("d", range(10))
def test_each_digit_key_types_its_digit(d):
    (command,) = commands_for(DEFAULT_KEYS, str(d))
    assert command.digit == d


def test_no_default_key_is_bound_to_two_commands():
    seqs = [s.casefold() for seqs in DEFAULT_KEYS.values() for s in seqs]  # Qt ignores case in key names
    assert len(seqs) == len(set(seqs))


def test_only_ctrl_q_quits():
    assert DEFAULT_KEYS[Command.QUIT] == ("Ctrl+Q",)
    assert Command.QUIT not in commands_for(DEFAULT_KEYS, "Esc") + commands_for(DEFAULT_KEYS, "F5")


@pytest.mark.parametrize("command", [Command.NEXT, Command.PREV, Command.FIRST, Command.LAST, Command.ENTER,
                                     Command.BLACK, Command.WHITE, Command.ESCAPE, Command.QUIT,
                                     Command.HELP, Command.SWAP_SCREENS])
def test_every_everyday_command_has_a_default_key(command):
    assert DEFAULT_KEYS[command]


def test_no_default_key_is_blank():
    assert all(s and s == s.strip() for seqs in DEFAULT_KEYS.values() for s in seqs)


def test_clicker_commands_do_not_auto_repeat():
    assert {Command.NEXT, Command.PREV, Command.BLACK, Command.WHITE} <= NO_AUTO_REPEAT


# -- saved key maps --------------------------------------------------------------------------------

@pytest.mark.parametrize("saved", [None, "", {}])
def test_nothing_saved_gives_the_defaults(saved):
    keys, problems = keymap_from_settings(saved)
    assert keys == DEFAULT_KEYS and problems == []


def test_the_result_is_a_copy_of_the_defaults():
    keys, _ = keymap_from_settings({"next": "F8"})
    keys[Command.PREV] = ()
    assert DEFAULT_KEYS[Command.NEXT][0] == "PgDown" and DEFAULT_KEYS[Command.PREV]


def test_rebinding_a_command_from_text():
    keys, problems = keymap_from_settings({"next": "F8, F9"})
    assert keys[Command.NEXT] == ("F8", "F9") and problems == []


def test_rebinding_a_command_from_a_list():
    keys, problems = keymap_from_settings({"prev": ["F7", " Left "]})
    assert keys[Command.PREV] == ("F7", "Left") and problems == []


def test_rebinding_one_command_keeps_the_others():
    keys, _ = keymap_from_settings({"next": "F8"})
    assert keys[Command.PREV] == DEFAULT_KEYS[Command.PREV]
    assert keys[Command.BLACK] == DEFAULT_KEYS[Command.BLACK]


def test_empty_entries_in_text_are_skipped():
    keys, _ = keymap_from_settings({"next": " PgDown, , Right ,"})
    assert keys[Command.NEXT] == ("PgDown", "Right")


def test_comma_can_be_bound_from_a_list():
    keys, _ = keymap_from_settings({"zoom_out": [","]})
    assert keys[Command.ZOOM_OUT] == (",",) and "," not in keys[Command.WHITE]


def test_a_key_moved_to_another_command_leaves_the_first():
    keys, problems = keymap_from_settings({"black": "B, S"})
    assert keys[Command.BLACK] == ("B", "S")
    assert "S" not in keys[Command.SWAP_SCREENS]
    assert problems == []


def test_a_key_moved_away_leaves_the_first_command_its_other_keys():
    keys, _ = keymap_from_settings({"pain_scale": "Right"})
    assert keys[Command.PAIN_SCALE] == ("Right",)
    assert keys[Command.NEXT] == ("PgDown", "Down", "Space")


def test_a_key_moved_in_lower_case_leaves_the_first_command():
    keys, _ = keymap_from_settings({"next": "b"})
    assert not any(s.casefold() == "b" for s in keys[Command.BLACK])


def test_unknown_commands_are_reported_and_ignored():
    keys, problems = keymap_from_settings({"fly": "F", "next": "F8"})
    assert keys[Command.NEXT] == ("F8",)
    assert len(problems) == 1 and "fly" in problems[0]
    assert not any("F" in seqs for seqs in keys.values())


@pytest.mark.parametrize("value", [5, None, {"a": 1}, ["F8", 3], 2.5])
def test_bad_values_are_reported_and_the_default_kept(value):
    keys, problems = keymap_from_settings({"next": value, "prev": "F7"})
    assert keys[Command.NEXT] == DEFAULT_KEYS[Command.NEXT]
    assert keys[Command.PREV] == ("F7",)
    assert len(problems) == 1 and "next" in problems[0]


@pytest.mark.parametrize("saved", [["next", "F8"], "next=F8", 42, ("F8",)])
def test_a_key_map_that_is_not_a_table_is_reported_and_ignored(saved):
    keys, problems = keymap_from_settings(saved)
    assert keys == DEFAULT_KEYS
    assert problems == ["key map is not a table"]


def test_every_problem_is_reported():
    _, problems = keymap_from_settings({"fly": "F", "swim": "G", "next": 1})
    assert len(problems) == 3


KEYS = st.sampled_from(["B", "S", ".", ",", "Right", "Left", "F5", "F8", "F9", "Ctrl+Q", "Esc", "1"])
SAVED = st.dictionaries(st.sampled_from([c.value for c in Command]),
                        st.lists(KEYS, max_size=4, unique=True), max_size=6)


@settings(database=None, deadline=None)
@given(SAVED)
def test_no_key_is_ever_bound_to_two_commands(saved):
    keys, problems = keymap_from_settings(saved)
    assert problems == []
    seqs = [s for seqs in keys.values() for s in seqs]
    assert len(seqs) == len(set(seqs))


@settings(database=None, deadline=None)
@given(SAVED)
def test_every_key_the_user_set_runs_a_command_the_user_set(saved):
    keys, _ = keymap_from_settings(saved)
    user = {Command(name) for name in saved}
    for seqs in saved.values():
        for s in seqs:
            (command,) = commands_for(keys, s)
            assert command in user


@settings(database=None, deadline=None)
@given(SAVED)
def test_default_keys_nobody_claimed_stay_where_they_were(saved):
    keys, _ = keymap_from_settings(saved)
    claimed = {s for seqs in saved.values() for s in seqs}
    for command, seqs in DEFAULT_KEYS.items():
        if command.value not in saved:
            assert keys[command] == tuple(s for s in seqs if s not in claimed)
