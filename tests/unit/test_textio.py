"""Files from Chinese Windows editors are read without the user choosing an encoding."""

import codecs

import pytest

from counsel_app.core.textio import InputError, read_text

TEXT = "# 骨转移 Bone\n\n<!-- 备注 -->\n"


@pytest.mark.parametrize("data,enc", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
    (TEXT.encode("gb18030"), "gb18030"),
    (TEXT.encode("gbk"), "gb18030"),
    (TEXT.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
])
def test_encodings_are_detected(tmp_path, data, enc):
    f = tmp_path / "deck.md"
    f.write_bytes(data)
    text, found = read_text(f)
    assert text == TEXT
    assert found == enc


@pytest.mark.parametrize("make,words", [
    (lambda p: p, "folder"),
    (lambda p: p / "missing.md", "not found"),
    (lambda p: (p / "bin.md").write_bytes(b"\x7fELF\x00\x01\x02") and p / "bin.md", "binary"),
    (lambda p: (p / "big.md").write_bytes(b"a" * (6 * 1024 * 1024)) and p / "big.md", "larger than"),
    (lambda p: (p / "bad.md").write_bytes(bytes(range(0x80, 0x100)) * 40) and p / "bad.md", "encoding"),
])
def test_unusable_files_give_one_clear_message(tmp_path, make, words):
    target = make(tmp_path)
    with pytest.raises(InputError) as err:
        read_text(target)
    assert words in str(err.value)
    assert str(target) in str(err.value)


def test_large_file_is_refused_without_reading_it_whole(tmp_path):
    import tracemalloc

    f = tmp_path / "huge.md"
    f.write_bytes(b"x" * (20 * 1024 * 1024))
    tracemalloc.start()
    try:
        with pytest.raises(InputError):
            read_text(f)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024
