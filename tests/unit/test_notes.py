"""Speaker notes on the console: what to say first, source passages after and foldable."""

from counsel_app.core.notes import split_notes


def test_what_to_say_comes_first_and_source_after():
    notes = split_notes("原文: 文章的第一句。\n\n请用手指着图说明。\n\n原文：第二段。\n\nSay this too.")
    assert notes.say == ("请用手指着图说明。", "Say this too.")
    assert notes.source == ("原文: 文章的第一句。", "原文：第二段。")
    assert notes.text(with_source=True) == "请用手指着图说明。\n\nSay this too.\n\n原文: 文章的第一句。\n\n原文：第二段。"


def test_folded_source_hides_only_the_source():
    notes = split_notes("Source: The article says so.\n\nPoint at the picture.")
    assert notes.text(with_source=False) == "Point at the picture."


def test_notes_without_source_are_unchanged():
    assert split_notes("Line one\nline two\n\nNext").text(with_source=False) == "Line one\nline two\n\nNext"
