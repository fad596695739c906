"""Save: atomic, one .bak of the previous version, the file's own encoding, nothing written when unchanged."""

from __future__ import annotations

import codecs

import pytest

from counsel_app.core.deck_file import open_for_edit, save
from counsel_app.core.textio import InputError


def test_save_keeps_encoding_bom_and_crlf_and_one_backup(tmp_path):
    deck = tmp_path / "骨 deck.md"
    old = codecs.BOM_UTF16_LE + "# 标题\r\n\r\n- 一\r\n".encode("utf-16-le")
    deck.write_bytes(old)
    f = open_for_edit(deck)
    assert f.encoding == "utf-16-le" and f.text == "# 标题\r\n\r\n- 一\r\n"
    f, written = save(f, f.text.replace("标题", "新标题"))
    assert written
    assert deck.read_bytes() == codecs.BOM_UTF16_LE + "# 新标题\r\n\r\n- 一\r\n".encode("utf-16-le")
    assert f.backup.read_bytes() == old
    f, _ = save(f, f.text + "- 二\r\n")
    assert f.backup.read_bytes() == codecs.BOM_UTF16_LE + "# 新标题\r\n\r\n- 一\r\n".encode("utf-16-le")  # one .bak: the last version
    assert sorted(p.name for p in tmp_path.iterdir()) == ["骨 deck.md", "骨 deck.md.bak"]


def test_gb18030_deck_stays_gb18030(tmp_path):
    deck = tmp_path / "gb.md"
    deck.write_bytes("# 骨转移\n".encode("gb18030"))
    f = open_for_edit(deck)
    save(f, "# 骨转移和疼痛\n")
    assert deck.read_bytes() == "# 骨转移和疼痛\n".encode("gb18030")


def test_unchanged_text_writes_nothing(tmp_path):
    deck = tmp_path / "d.md"
    deck.write_bytes(b"\xef\xbb\xbf# A\n")
    f = open_for_edit(deck)
    assert f.bom == codecs.BOM_UTF8
    _, written = save(f, f.text)
    assert not written and not f.backup.exists()


def test_a_failed_write_leaves_the_deck_as_it_was(tmp_path, monkeypatch):
    deck = tmp_path / "d.md"
    deck.write_bytes(b"# A\n")
    f = open_for_edit(deck)

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr("os.fsync", broken)
    with pytest.raises(InputError):
        save(f, "# B\n")
    assert deck.read_bytes() == b"# A\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_bad_files_give_the_doctor_a_sentence(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        open_for_edit(tmp_path / "missing.md")
    (tmp_path / "bin.md").write_bytes(b"\x00\x01")
    with pytest.raises(InputError, match="not a text file"):
        open_for_edit(tmp_path / "bin.md")


def test_a_deck_changed_by_another_program_is_not_overwritten_unasked(tmp_path):
    from counsel_app.core.deck_file import ChangedOnDisk

    deck = tmp_path / "d.md"
    deck.write_bytes(b"# A\n")
    f = open_for_edit(deck)
    deck.write_bytes(b"# Theirs\n")
    with pytest.raises(ChangedOnDisk):
        save(f, "# Mine\n")
    assert deck.read_bytes() == b"# Theirs\n"
    f, written = save(f, "# Mine\n", replace_theirs=True)
    assert written and deck.read_bytes() == b"# Mine\n" and f.backup.read_bytes() == b"# Theirs\n"
    f, _ = save(f, "# Mine again\n")  # after a save, what is on disk is ours again
    assert deck.read_bytes() == b"# Mine again\n"
