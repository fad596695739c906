"""Any deck lays out for the patient screen: no exception, text never below its floor, pictures inside it.

Hypothesis builds random decks (headings, bullets, tables, code, long words, Chinese and English,
pictures that are fine, huge, broken, missing or online) and lays every slide out at 1280x720 with
`layout_slide`. Budget: `QT` from tests/hypothesis_profiles.py. The single bad-picture files
(corrupt PNG/JPEG, empty file, external-reference SVG, nested-<g> SVG) are in test_bad_pictures.py;
here are the ones it does not have: a valid 400-megapixel PNG, an SVG claiming 100000x100000
pixels, an XML entity bomb, and pictures written with a title.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis_profiles import QT
from PySide6.QtCore import QSize
from PySide6.QtGui import QTextDocument

from counsel_app.core.deck import parse_deck
from counsel_app.core.themes import theme
from counsel_app.qt.render import content_height, layout_slide
from counsel_app.qt.slide_view import picture_text

SCREEN = QSize(1280, 720)


def _png(width: int, height: int) -> bytes:
    """A valid 1-bit PNG: all its rows are really there, compressed to almost nothing."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    row = b"\x00" + b"\x55" * ((width + 7) // 8)
    compressor = zlib.compressobj(9)
    idat = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


PICTURES = {
    "ok.png": _png(400, 200),
    "photo.png": _png(3000, 2000),  # larger than the screen: must be scaled down
    "huge.png": _png(20000, 20000),  # valid, 400 megapixels: 1.6 GB if decoded
    "corrupt.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    "empty.png": b"",
    "wide.svg": (b'<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="100000" '
                 b'viewBox="0 0 100000 100000"><rect width="50000" height="50000" fill="blue"/></svg>'),
    "laughs.svg": (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
                   + b"".join(b'<!ENTITY %c "&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;">' % ((c,) + (c - 1,) * 10)
                              for c in range(ord("b"), ord("k")))
                   + b']><svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><text>&j;</text></svg>'),
}
READER_COMPLAINTS = pytest.mark.qt_log_ignore("libpng", "Invalid", "Unsupported", "Could not", "Corrupt",
                                              "entity", "Entity")


@pytest.fixture(scope="module")
def picture_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("render-pictures")
    for name, data in PICTURES.items():
        (folder / name).write_bytes(data)
    return folder


def _resources(layout) -> list:
    """The picture resources the slide shows, in order (placeholders included)."""
    shown = layout.doc.property("counsel_pictures") or []
    return [layout.doc.resource(QTextDocument.ResourceType.ImageResource, f"counsel-img:{i}")
            for i in range(1, len(shown) + 1)]


def _check_layout(layout) -> None:
    assert layout.floor_px <= layout.body_px
    assert layout.breaks[0] == 0.0 and list(layout.breaks) == sorted(set(layout.breaks))
    if not layout.overflows:
        assert content_height(layout.doc) <= layout.content.height() + 0.5
    for image in _resources(layout):
        assert image is not None and not image.isNull()
        assert image.width() <= SCREEN.width() and image.height() <= SCREEN.height()


# --- random decks ------------------------------------------------------------------------------------

_WORD = st.sampled_from(["take", "one", "pill", "every", "morning", "blood", "pressure", "Antidisestablishment",
                         "骨转移", "癌细胞", "每天", "吃药", "一次", "医生", "30%", "RET", "🙂", "**bold**",
                         "`code`", "[link](https://example.com)", "<script>fetch('x')</script>", "&amp;"])
_TEXT = st.lists(_WORD, min_size=1, max_size=25).map(" ".join)
_SRC = st.sampled_from(["ok.png", "photo.png", "huge.png", "corrupt.png", "empty.png", "wide.svg", "laughs.svg",
                        "missing.png", "https://example.com/a.png", "//example.com/b.png", "file:///etc/passwd",
                        "../../etc/passwd", "data:image/png;base64,AAAA"])
_BLOCK = st.one_of(
    st.builds(lambda level, t: "#" * level + " " + t, st.integers(1, 6), _TEXT),
    _TEXT,
    st.lists(st.builds(lambda mark, t: mark + t, st.sampled_from(["- ", "* ", "1. ", "  - ", "> "]), _TEXT),
             min_size=1, max_size=8).map("\n".join),
    st.builds(lambda alt, src: f"![{alt}]({src})", st.sampled_from(["", "caption", "图"]), _SRC),
    st.builds(lambda a, b: f"| {a} | {b} |\n|---|---|\n| {b} | {a} |", _TEXT, _TEXT),
    st.builds(lambda t: f"```\n{t}\n```", _TEXT),
    st.builds(lambda n: "x" * n, st.integers(50, 3000)),  # one unbreakable word
    st.sampled_from(["<!-- _class: lead -->", "<!-- _class: part -->", "<!-- note: not shown -->", "---"]),
)
DECK = st.lists(_BLOCK, min_size=1, max_size=12).map("\n\n".join)


@READER_COMPLAINTS
@QT
@given(DECK)
@example("")
@example("![a](ok.png)\n\n![b](photo.png)\n\n![c](huge.png)\n\n![d](https://example.com/a.png)\n\n![e](wide.svg)")
@example("# " + "很长的标题" * 200)
@example("- " + "\n- ".join(["point"] * 60))
def test_any_deck_lays_out_on_the_patient_screen(qapp, picture_dir, text):
    deck = parse_deck(text, picture_dir / "deck.md")
    for slide in deck.slides:
        layout = layout_slide(slide, deck, SCREEN, theme("light"))
        _check_layout(layout)
        said = picture_text(layout)
        assert "<script" not in layout.doc.toHtml()  # raw HTML reaches the screen as text, never as markup
        for src in slide.images:
            if src.startswith(("https:", "//")):
                assert "[Online pictures are not loaded]" in said


# --- pictures the other module does not have -----------------------------------------------------------

@READER_COMPLAINTS
@pytest.mark.parametrize("name, shows", [
    ("huge.png", "[Picture not available]"),  # refused from its header, never decoded
    ("photo.png", "[caption]"),  # shown, scaled into the slide
    ("wide.svg", "[caption]"),  # drawn at the slide's size, not at 100000x100000
    ("laughs.svg", None),  # either: the point is that it ends, within the screen
])
def test_big_pictures_are_refused_or_scaled_to_the_screen(qapp, picture_dir, name, shows):
    deck = parse_deck(f"## Picture\n\n![caption]({name})\n\nText under it.\n", picture_dir / "deck.md")
    layout = layout_slide(deck.slides[0], deck, SCREEN, theme("light"))
    _check_layout(layout)
    said = picture_text(layout)
    assert "Text under it." in said and not layout.overflows
    assert ("[caption]" in said or "[Picture not available]" in said) if shows is None else shows in said
    assert len(_resources(layout)) == 1


def test_a_local_picture_with_a_title_is_shown_like_any_other(qapp, picture_dir):
    deck = parse_deck('## Picture\n\n![caption](ok.png "The pill")\n', picture_dir / "deck.md")
    layout = layout_slide(deck.slides[0], deck, SCREEN, theme("light"))
    assert "[caption]" in picture_text(layout)
    assert len(_resources(layout)) == 1


def test_an_online_picture_with_a_title_says_it_is_not_loaded(qapp, picture_dir):
    deck = parse_deck('## Picture\n\n![caption](https://example.com/a.png "The pill")\n', picture_dir / "deck.md")
    layout = layout_slide(deck.slides[0], deck, SCREEN, theme("light"))
    assert "[Online pictures are not loaded]" in picture_text(layout)
