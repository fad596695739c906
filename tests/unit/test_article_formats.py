"""Word documents and saved web pages import like the same article as text (issue 14 item 7)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from counsel_app.cli import main
from counsel_app.core.article_formats import html_markdown, read_article
from counsel_app.core.importer import import_article
from counsel_app.core.textio import InputError

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


@pytest.mark.parametrize("name", ["asthma_zh", "warfarin_en"])
@pytest.mark.parametrize("suffix", [".docx", ".html"])
def test_the_same_article_as_docx_or_html_gives_the_same_deck(name, suffix):
    as_text = import_article(read_article(ARTICLES / f"{name}.md")).markdown
    other = import_article(read_article(ARTICLES / f"{name}{suffix}")).markdown
    assert other == as_text


@pytest.mark.parametrize("name, left_out", [
    ("asthma_zh.docx", ["Patient education", "第 1 页"]),  # the page header and footer
    ("asthma_zh.html", ["首页", "分享", "相关阅读", "版权所有", "analytics", "广告", "编辑", "健康频道"]),
    ("warfarin_en.html", ["Home", "Share on Facebook", "Related articles", "Privacy", "trackPage", "Health Library"]),
])
def test_page_furniture_is_left_out(name, left_out):
    text = read_article(ARTICLES / name)
    for words in left_out:
        assert words not in text


def test_word_numbering_and_headings_are_read():
    text = read_article(ARTICLES / "warfarin_en.docx")
    assert text.startswith("# Taking Warfarin Safely\n\n## What warfarin is for\n")
    assert "\n1. Take it at the same time: " in text and "\n3. Get help at once: " in text


def test_html_lists_become_points():
    assert html_markdown("<h1>T</h1><ul><li>one thing</li><li>two things</li></ul><p>end.</p>") == \
        "# T\n\n- one thing\n- two things\n\nend.\n"


def _damaged_docx(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<not really word")


@pytest.mark.parametrize("name, content, message", [
    ("bad.docx", b"PK\x03\x04 this is not a zip", "damaged"),
    ("half.docx", None, "damaged"),
    ("empty.html", b"<html><nav>Home</nav><script>x()</script><footer>(c)</footer></html>", "no article text"),
    ("article.pdf", b"%PDF-1.4", "unknown article format"),
])
def test_unusable_input_is_one_clear_line_exit_2_and_nothing_written(tmp_path, capsys, name, content, message):
    src = tmp_path / name
    if content is None:
        _damaged_docx(src)
    else:
        src.write_bytes(content)
    out = tmp_path / "deck.md"
    assert main(["import", str(src), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(src) in err
    assert message in read_error(src)
    assert not out.exists()


def read_error(src: Path) -> str:
    with pytest.raises(InputError) as err:
        read_article(src)
    return err.value.message("en") + " / " + err.value.message("zh")
