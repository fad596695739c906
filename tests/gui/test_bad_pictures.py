"""Pictures that cannot or must not be shown: a placeholder on the slide, never a crash or a hang."""

from __future__ import annotations

import struct
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis_profiles import QT
from PySide6.QtCore import QSize

from counsel_app.core.deck import parse_deck
from counsel_app.core.themes import theme
from counsel_app.qt.render import layout_slide
from counsel_app.qt.slide_view import picture_text


def _png(width: int, height: int, body: bytes | None = None) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    idat = body if body is not None else zlib.compress(b"\x00" * 16)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


BAD = {
    "huge.png": _png(20000, 20000),  # claims 400 megapixels in a tiny file
    "corrupt.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    "corrupt.jpg": b"\xff\xd8\xff\xe0" + b"\x00garbage" * 50,
    "empty.png": b"",
    "external.svg": (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
                     b'viewBox="0 0 100 100"><image href="http://example.com/x.png" width="100" height="100"/>'
                     b'<image xlink:href="file:///etc/passwd" width="10" height="10"/><rect width="50" '
                     b'height="50" fill="red"/></svg>'),
    "bomb.svg": (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100000 100000">' + b"<g>" * 2000
                 + b'<rect width="1" height="1"/>' + b"</g>" * 2000 + b"</svg>"),
    "notsvg.svg": b"<html>not a picture</html>",
}


# Qt's image readers say what is wrong with these files on stderr; the slide shows a placeholder.
READER_COMPLAINTS = pytest.mark.qt_log_ignore("Corrupt JPEG", "JPEG datastream", "Too many nested nodes",
                                              "Premature end of JPEG", "Not a JPEG", "libpng", "Invalid",
                                              "Unsupported", "Could not")


@READER_COMPLAINTS
@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_picture_gives_a_placeholder_or_a_picture_and_the_slide_still_fits(qapp, tmp_path, name):
    (tmp_path / name).write_bytes(BAD[name])
    deck = parse_deck(f"## Picture\n\n![caption]({name})\n\nText under it.\n", tmp_path / "deck.md")
    layout = layout_slide(deck.slides[0], deck, QSize(1280, 720), theme("light"))
    said = picture_text(layout)
    assert "Text under it." in said
    assert "[caption]" in said or "[Picture not available]" in said
    assert not layout.overflows
    img = layout.doc.resource(layout.doc.ResourceType.ImageResource, "counsel-img:1")
    assert img is not None and img.width() <= 1280 and img.height() <= 720


def test_a_missing_picture_says_so(qapp, tmp_path):
    deck = parse_deck("![caption](nowhere.png)\n", tmp_path / "deck.md")
    layout = layout_slide(deck.slides[0], deck, QSize(1280, 720), theme("light"))
    assert "[Picture not available]" in picture_text(layout)


@READER_COMPLAINTS
@QT
@given(st.binary(max_size=2000), st.sampled_from([".png", ".jpg", ".svg", ".gif", ".bmp"]))
def test_random_bytes_as_a_picture_never_crash(qapp, tmp_path_factory, data, suffix):
    folder = tmp_path_factory.mktemp("pics")
    (folder / f"p{suffix}").write_bytes(data)
    deck = parse_deck(f"![x](p{suffix})\n\nwords\n", folder / "deck.md")
    layout = layout_slide(deck.slides[0], deck, QSize(640, 360), theme("dark"))
    assert "words" in picture_text(layout)
