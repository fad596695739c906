"""A chosen picture is copied into the deck's own folder under a safe name; a bad one copies nothing."""

from __future__ import annotations

import pytest

from counsel_app.core.picture_copy import copy_picture, picture_folder
from counsel_app.core.pictures import resolve_picture
from counsel_app.core.textio import InputError

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def test_copied_beside_the_deck_under_a_safe_name(tmp_path):
    deck = tmp_path / "deck.md"
    elsewhere = tmp_path / "downloads" / "骨 扫描 (1).PNG"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(PNG)
    dest = copy_picture(elsewhere, deck)
    assert dest.startswith("deck-pictures/") and dest.endswith(".png") and " " not in dest
    assert (tmp_path / dest).read_bytes() == PNG
    assert resolve_picture(dest, deck.parent).ok  # the screen, check and the handout find it
    assert copy_picture(elsewhere, deck) == dest and len(list(picture_folder(deck).iterdir())) == 1


@pytest.mark.parametrize("content,words", [(b"not a picture", "not a picture"), (b"", "empty")])
def test_a_picture_that_cannot_be_shown_copies_nothing(tmp_path, content, words):
    bad = tmp_path / "bad.png"
    bad.write_bytes(content)
    with pytest.raises(InputError, match=words):
        copy_picture(bad, tmp_path / "deck.md")
    assert not picture_folder(tmp_path / "deck.md").exists()
    with pytest.raises(InputError, match="nothing was copied"):
        copy_picture(tmp_path / "missing.png", tmp_path / "deck.md")
