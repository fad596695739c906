"""`core.pictures.resolve_picture`: one rule for where a deck's picture is (screen, check, handout)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from counsel_app.core.deck import parse_deck
from counsel_app.core.pictures import Kind, resolve_picture

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
SVG = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>'


@pytest.fixture
def deck_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "deck"
    (folder / "img").mkdir(parents=True)
    (folder / "骨 图.svg").write_text(SVG, encoding="utf-8")
    (folder / "img" / "bone 1.png").write_bytes(PNG)
    (folder / "50%.png").write_bytes(PNG)
    (tmp_path / "shared.png").write_bytes(PNG)
    return folder


@pytest.mark.parametrize("written", [
    "骨 图.svg",  # a space and Chinese, as written
    "骨%20图.svg",  # the space percent-encoded
    "<骨 图.svg>",  # an angle-bracket destination
    "%E9%AA%A8%20%E5%9B%BE.svg",  # as markdown-it hands it over
    "img/../骨 图.svg",
])
def test_a_space_or_chinese_name_is_the_same_local_file(deck_dir, written):
    found = resolve_picture(written, deck_dir)
    assert (found.kind, found.path, found.format) == (Kind.LOCAL, (deck_dir / "骨 图.svg").resolve(), "svg")
    assert found.ok


def test_what_markdown_it_gives_for_a_deck_resolves_to_the_files(deck_dir):
    deck = parse_deck("## 图\n\n![a](骨%20图.svg) ![b](<img/bone 1.png>) ![c](50%.png) ![d](../shared.png)\n",
                      deck_dir / "deck.md")
    paths = [resolve_picture(src, deck.base_dir).path for src in deck.slides[0].images]
    assert paths == [(deck_dir / n).resolve() for n in ("骨 图.svg", "img/bone 1.png", "50%.png", "../shared.png")]
    assert [resolve_picture(src, deck.base_dir).format for src in deck.slides[0].images] == ["svg", "raster", "raster", "raster"]


def test_windows_separators_and_absolute_paths(deck_dir):
    assert resolve_picture("img\\bone 1.png", deck_dir).path == (deck_dir / "img" / "bone 1.png").resolve()
    absolute = resolve_picture(str(deck_dir / "img" / "bone 1.png"), None)  # no folder needed
    assert absolute.kind is Kind.LOCAL
    drive = resolve_picture("C:\\pictures\\x.png", deck_dir)  # a drive letter is not a URL scheme
    assert drive.kind is not Kind.REMOTE and drive.path is not None
    if os.name != "nt":
        assert drive.kind is Kind.MISSING


def test_a_file_url_is_a_local_path(deck_dir):
    url = (deck_dir / "骨 图.svg").resolve().as_uri()  # file:///.../%E9%AA%A8%20%E5%9B%BE.svg
    assert resolve_picture(url, None).path == (deck_dir / "骨 图.svg").resolve()


@pytest.mark.parametrize("src", ["https://example.org/a.png", "http://x/a.png", "HTTPS://X/A.PNG",
                                 "ftp://x/a.png", "//cdn.example.org/a.png", "<https://example.org/a b.png>"])
def test_remote_pictures_are_never_local(deck_dir, src):
    found = resolve_picture(src, deck_dir)
    assert (found.kind, found.path, found.ok) == (Kind.REMOTE, None, False)


def test_data_urls_are_embedded_not_remote(deck_dir):
    assert resolve_picture("data:image/png;base64,AAAA", deck_dir).kind is Kind.EMBEDDED


def test_missing_and_unresolved(deck_dir):
    missing = resolve_picture("img/nope%20x.png", deck_dir)
    assert (missing.kind, missing.path) == (Kind.MISSING, (deck_dir / "img" / "nope x.png").resolve())
    assert resolve_picture("img/bone%201.png", None).kind is Kind.UNRESOLVED  # a deck read from text
    assert resolve_picture("", deck_dir).kind is Kind.MISSING


@pytest.mark.parametrize("name, data, why", [
    ("img", None, "it is a folder"),
    ("empty.png", b"", "the file is empty"),
    ("text.png", b"this is not a picture", "not a picture file"),
    ("broken.svg", b"<html>not svg</html>", "not a picture file"),
])
def test_unreadable_files_say_why_in_both_languages(deck_dir, name, data, why):
    if data is not None:
        (deck_dir / name).write_bytes(data)
    found = resolve_picture(name, deck_dir)
    assert (found.kind, found.ok) == (Kind.UNREADABLE, False)
    assert found.reason("en") == why and found.reason("zh-CN") and found.reason("zh-CN") != why


def test_a_device_is_never_opened(deck_dir):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    assert resolve_picture("/dev/zero", deck_dir).kind is Kind.UNREADABLE  # reading it would never end


def test_the_core_module_loads_no_qt():
    import subprocess
    import sys

    code = ("import sys, counsel_app.core.pictures; "
            "sys.exit(1 if [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))] else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


@pytest.mark.parametrize("src", ["a%00.png", "a\x00.png", "/" + "d/" * 2000 + "x.png", "x" * 300 + ".png"])
def test_impossible_names_are_missing_or_unreadable_never_an_error(deck_dir, src):
    assert resolve_picture(src, deck_dir).kind in (Kind.MISSING, Kind.UNREADABLE)
