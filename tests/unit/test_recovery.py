"""The recovery file: one per deck, read back only for that deck, gone when cleared."""

from __future__ import annotations

from counsel_app.core.recovery import clear_recovery, read_recovery, recovery_path, write_recovery


def test_kept_edits_come_back_for_the_same_deck_only(tmp_path):
    folder = tmp_path / "recovery"
    a, b = tmp_path / "one" / "deck.md", tmp_path / "two" / "deck.md"
    assert read_recovery(folder, a) is None
    write_recovery(folder, a, "# 改过的\r\n")
    assert read_recovery(folder, a) == "# 改过的\r\n"
    assert read_recovery(folder, b) is None and recovery_path(folder, a) != recovery_path(folder, b)
    clear_recovery(folder, a)
    assert read_recovery(folder, a) is None and list(folder.iterdir()) == []


def test_a_folder_that_cannot_be_written_is_not_an_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    write_recovery(blocker / "recovery", tmp_path / "d.md", "text")  # mkdir fails: silently nothing
    assert read_recovery(blocker / "recovery", tmp_path / "d.md") is None
