"""Whatever file a doctor opens, the pure readers give a deck or one clear error, never a traceback.

Hypothesis feeds the deck parser, the byte decoder, the article importer and the lint rules random
Unicode and Markdown-shaped noise (separators, fences, comments, deep nesting, 100k-character
lines, NUL bytes). Budgets come from tests/hypothesis_profiles.py (COUNSEL_HYPOTHESIS_PROFILE).
Lone surrogates cannot come from a file (decode() is strict), so the noise has none; parse_deck
still takes them (random Unicode below), as code may hand it any str.
"""

from __future__ import annotations

import codecs
import json
import re
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis_profiles import PURE

from counsel_app.core.deck import Deck, load_deck, parse_deck
from counsel_app.core.importer import coverage_gaps, import_article
from counsel_app.core.lint import Finding, lint_deck
from counsel_app.core.marp_html import ALLOWED as MARP_ALLOWED
from counsel_app.core.textio import InputError, decode, read_text

# --- strategies ----------------------------------------------------------------------------------

FRAGMENTS = (
    "---", "***", "___", "```", "~~~", "<!--", "-->", "#", "## ", "###### ", "- ", "* ", "+ ", "1. ", "2) ",
    ">", "> ", "|", "| a | b |\n|---|---|\n| 1 | 2 |", "![x](", "![", "](", ")", "[", "]", "[site](", "\n",
    "\n\n", "\n---\n", " ", "    ", "\t", "<", "&", "&#0;", "&amp;", "<br>", "<script>", "</script>",
    '<img src="', '"', "'", "<style>", "<u>", "++", "~~", "*", "_", "`", "\\", "\x00", "\r", "\r\n", "\ufeff",
    "marp: true", "headingDivider: 2", "_class: part", "class: lead", "header: H", "footer: F",
    "teach-back: ", "复述：", ":", "：", "。", "！", "？", ". ", "30%", "1/3", "0.5", "SHOUT", "RET",
    "什么是骨转移", "癌细胞跑到了骨头里", "Take one pill a day", "https://example.com/a.png", "data:",
    "file:///etc/passwd", "%00", "%20", "../", "\u202e", "\u200b", "🙂", "\U0010FFFF",
)
_fragment = st.sampled_from(FRAGMENTS)
_CODE_POINT = st.characters(min_codepoint=0, max_codepoint=0x10FFFF)  # surrogates included
# any code point a file can give (no surrogates: see the module docstring)
_unicode = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=("Cs",)),
                   max_size=40)
# "> > > > ..." and "- - - - ..." and friends, repeated up to 500 times
_nested = st.builds(lambda unit, n, tail: unit * n + tail,
                    st.sampled_from(["> ", "- ", "  - ", "* ", "1. ", "> - ", "    ", "<!-- ", "[", "*", "`",
                                     "#", "<div>", "**", "![](", "|"]),
                    st.integers(1, 500), st.sampled_from(["", "x", "text 文字", "\n", "-->"]))
# One very long line an example (100k-character lines are the explicit @examples below; random
# ones stop at 20k so that the CI budget stays minutes, not hours: inside "![x](" a long line is
# a long URL, and markdown-it normalises it in about a second). Runs of "<!--" without "-->" are
# left out: deck.py's comment regex is quadratic in them (see the report: a benchmark's job).
LONG_UNITS = ["a", "中", "word ", "*", "_", "`", "|", " ", "-", "#", ">", ")", "&", "\x00", "。", "🙂", "\\"]
_long_line = st.builds(lambda unit, n: unit * n, st.sampled_from(LONG_UNITS), st.integers(1_000, 20_000))
_piece = st.one_of(_fragment, _fragment, _fragment, _unicode, _nested)
NOISE = st.builds(lambda pieces, long, at: "".join(pieces[:at] + [long] + pieces[at:]),
                  st.lists(_piece, max_size=30), st.one_of(st.just(""), _long_line), st.integers(0, 30))

# tags a rendered slide may hold: the ones Markdown itself produces, and raw HTML Marp lets through
# (any other raw tag is shown as text)
MARKDOWN_TAGS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em", "strong", "s", "code", "pre",
    "blockquote", "a", "img", "br", "hr", "table", "thead", "tbody", "tr", "th", "td",
}) | frozenset(MARP_ALLOWED)


def _assert_deck(deck: Deck) -> None:
    assert isinstance(deck, Deck)
    assert len(deck.slides) >= 1
    assert [s.index for s in deck.slides] == list(range(1, len(deck.slides) + 1))
    assert re.fullmatch(r"[0-9a-f]{12}", deck.version)
    for s in deck.slides:
        tags = {t.lower() for t in re.findall(r"</?([A-Za-z][A-Za-z0-9]*)", s.html)}
        assert tags <= MARKDOWN_TAGS, f"raw HTML Marp escapes reached slide {s.index}: {tags - MARKDOWN_TAGS}"
        assert "\x00" not in s.html and "\x00" not in s.text and "\x00" not in s.notes


# --- parse_deck ------------------------------------------------------------------------------------

@PURE
@given(NOISE)
@example("")
@example("\x00" * 1000)
@example("> " * 500 + "deep")
@example("- " * 500 + "deep")
@example("<!--" + "x" * 100_000)
@example("# " + "中" * 100_000 + "\n\n- " + "word " * 20_000)
@example("![x](" + "a" * 100_000 + ")")
@example("*" * 100_000 + "\n\n" + "\x00" * 100_000 + "\n\n" + "`" * 100_000)
@example("---\n" * 500)
@example("```\n" + "---\n" * 50)
@example("<script>fetch('http://x')</script>\n\n<img src=\"http://example.com/b.png\">")
def test_parse_deck_reads_any_text_as_a_deck(text):
    _assert_deck(parse_deck(text))


@PURE
@given(st.text(_CODE_POINT, max_size=400))
def test_parse_deck_reads_random_unicode_as_a_deck(text):
    _assert_deck(parse_deck(text))


def test_a_thousand_slide_deck_has_a_thousand_slides(tmp_path):
    text = "\n\n---\n\n".join(f"# Slide {i}\n\n- point {i}\n\n<!-- note {i} -->" for i in range(1, 1001))
    f = tmp_path / "big.md"
    f.write_text(text, encoding="utf-8")
    deck = load_deck(f)
    assert len(deck.slides) == 1000
    assert deck.slides[0].title == "Slide 1" and deck.slides[-1].title == "Slide 1000"
    assert deck.slides[499].notes == "note 500"


# --- decode / read_text ------------------------------------------------------------------------------

_ENCODINGS = {"utf-8", "gb18030", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"}
_BOMS = [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE]
_encoded = st.builds(lambda s, enc: s.encode(enc, "replace"),
                     st.text(max_size=200), st.sampled_from(["utf-8", "gbk", "gb18030", "utf-16-le", "big5", "latin-1"]))
_BYTES = st.one_of(
    st.binary(max_size=2000),
    st.builds(lambda bom, body: bom + body, st.sampled_from(_BOMS), st.binary(max_size=500)),
    st.builds(lambda bom, body: bom + body, st.sampled_from(_BOMS), _encoded),
    st.lists(_encoded, max_size=4).map(b"".join),
)


def _decoded_or_refused(data: bytes, path: Path | None) -> tuple[str, str] | InputError:
    try:
        return decode(data, path)
    except InputError as exc:
        return exc


@PURE
@given(_BYTES)
@example(b"\xff\xfe\x00")  # a UTF-16 BOM and half a character
@example(codecs.BOM_UTF8 + b"\xc3")
@example(bytes(range(256)))
def test_decode_gives_text_or_one_clear_error(data):
    got = _decoded_or_refused(data, Path("deck.md"))
    if isinstance(got, InputError):
        assert got.problem and got.problem_zh
        assert str(got).startswith("deck.md: ")  # names the file
        assert "\n" not in got.message("en") and "\n" not in got.message("zh")
    else:
        text, enc = got
        assert isinstance(text, str) and enc in _ENCODINGS
        assert "\r" not in text  # line ends are normalised


@PURE
@given(st.text(st.characters(min_codepoint=1, max_codepoint=0x10FFFF, blacklist_categories=("Cs",)), max_size=300))
def test_utf8_text_always_comes_back_as_written(text):
    got, enc = decode(text.encode("utf-8"))
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):  # its UTF-8 bytes are the BOM
        expected = expected[1:]
    assert (got, enc) == (expected, "utf-8")


_ZH_TEXT = st.text(st.sampled_from("骨转移癌细胞跑到了头里疼痛吃药每天一次医生护士复查，。！？"), min_size=2, max_size=200)


@PURE
@given(_ZH_TEXT, _ZH_TEXT)
@example("你好，医生。" * 20, "这是另一半。" * 20)
def test_half_utf8_half_gbk_is_text_or_a_clear_error(tmp_path_factory, first, second):
    data = first.encode("utf-8") + second.encode("gbk")
    f = tmp_path_factory.mktemp("mixed") / "mixed.md"
    f.write_bytes(data)
    try:
        text, enc = read_text(f)
    except InputError as exc:
        assert "encoding" in str(exc) and str(f) in str(exc)
        with pytest.raises(InputError):
            load_deck(f)
    else:
        assert enc in ("utf-8", "gb18030") and text
        _assert_deck(load_deck(f))


def test_a_20_mb_file_is_refused_without_reading_it_whole(tmp_path):
    f = tmp_path / "huge.md"
    with f.open("wb") as fh:
        fh.write(b"# a deck\n\n" + b"- point\n" * 1000)
        fh.truncate(20 * 1024 * 1024)
    for reader in (read_text, load_deck):
        tracemalloc.start()
        try:
            with pytest.raises(InputError, match="larger than") as err:
                reader(f)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert str(f) in str(err.value)
        assert peak < 8 * 1024 * 1024, f"{reader.__name__} held {peak / 2**20:.1f} MB"


# --- import_article ---------------------------------------------------------------------------------

def _notes(markdown: str) -> str:
    return "\n\n".join(s.notes for s in parse_deck(markdown).slides)


@PURE
@given(NOISE)
@example("<!-- -->\n-->\n<!--")
@example("# \n\n---\n\n#\n")
def test_import_article_never_raises(text):
    result = import_article(text)
    json.loads(result.report.to_json())
    assert result.markdown.startswith("---\nmarp: true\n")
    _assert_deck(parse_deck(result.markdown))


_ZH_SENTENCE = st.text(st.sampled_from("骨转移癌细胞跑到了头里疼痛吃药每天一次医生护士复查血压高低心脏RET123"),
                       min_size=1, max_size=25)
_EN_SENTENCE = st.lists(st.sampled_from(["take", "one", "pill", "a", "day", "Blood", "pressure", "is", "high",
                                         "the", "doctor", "will", "check", "RET", "it", "3", "10"]),
                        min_size=1, max_size=18).map(" ".join)
_END = st.sampled_from(["。", "！", "？", ".", "!", "?", "；"])
_SENT = st.tuples(st.one_of(_ZH_SENTENCE, _EN_SENTENCE), _END).map("".join)
_LINE_MARK = st.sampled_from(["", "", "", "# ", "## ", "- ", "* ", "> ", "1. ", "2、", "（3）", "①", "一、"])
_PARAGRAPH = st.tuples(_LINE_MARK, st.lists(_SENT, min_size=1, max_size=4).map(" ".join)).map("".join)
ARTICLE = st.lists(st.tuples(_PARAGRAPH, st.sampled_from(["\n", "\n\n", "\r\n", "\n\n---\n\n"])),
                   min_size=1, max_size=12).map(lambda xs: "".join(p + sep for p, sep in xs))


@PURE
@given(ARTICLE)
def test_every_sentence_of_a_sentence_shaped_article_is_in_the_notes(text):
    result = import_article(text)
    assert coverage_gaps(text, _notes(result.markdown)) == []


# --- lint_deck ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def picture_dir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("pictures")
    (d / "empty.png").write_bytes(b"")
    (d / "folder.png").mkdir()
    (d / "ok.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    (d / "text.png").write_text("not a picture")
    (d / "ext.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><image href="http://example.com/x.png"/></svg>')
    (d / "bad.svg").write_bytes(b"<svg \xff\xfe")
    return d


_SRC = st.one_of(
    st.sampled_from(["ok.png", "empty.png", "folder.png", "text.png", "ext.svg", "bad.svg", "missing.png",
                     "a%00.png", "%2e%2e/%2e%2e/etc/passwd", "/etc/passwd", "/dev/null", "../", ".", "",
                     "x" * 300 + ".png", "/" + "d/" * 2000 + "x.png", "file:///etc/passwd", "//host/a.png",
                     "https://example.com/a.png", "data:image/png;base64,AAAA", "C:\\x.png", "%E4%B8%AD.png"]),
    st.text(st.characters(min_codepoint=32, max_codepoint=0x10FFFF, exclude_characters="()<> \n",
                          exclude_categories=["Cs"]), max_size=30),
)
_IMAGE = st.builds(lambda alt, src: f"![{alt}]({src})", st.sampled_from(["", "x", "图"]), _SRC)
LINT_NOISE = st.lists(st.one_of(_piece, _IMAGE, _IMAGE), max_size=20).map("".join)


@PURE
@given(LINT_NOISE)
@example("")
@example("![x](folder.png)\n\n![y](a%00.png)")
def test_lint_deck_never_raises(picture_dir, text):
    deck = parse_deck(text)
    for base in (None, picture_dir):
        found = lint_deck(deck, base)
        assert isinstance(found, list)
        for f in found:
            assert isinstance(f, Finding)
            assert f.severity in ("error", "warning", "info")
            assert 0 <= f.slide <= len(deck.slides)
            assert f.message_en and f.message_zh and f.rule
