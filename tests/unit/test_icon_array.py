"""Icon arrays for natural frequencies: which numbers, which picture, which file."""

import re

import pytest

from counsel_app.core.icon_array import EMPTY, FILLED, Frequency, file_name, find_frequencies, icon_array_svg


@pytest.mark.parametrize("text,want", [
    ("约每10个病人中有3到4人会骨转移", [Frequency(3, 4, 10)]),
    ("约每100个病人中有1到2人是这种", [Frequency(1, 2, 100)]),
    ("约每10名患者中有3名", [Frequency(3, 3, 10)]),
    ("about 3 to 4 in 10 people get bone metastases", [Frequency(3, 4, 10)]),
    ("About 1 in 5 patients; 2 in 100 people", [Frequency(1, 1, 5), Frequency(2, 2, 100)]),
    ("take 2 in 10 minutes", []),  # not people
    ("每天吃1片", []),
])
def test_finds_the_frequencies_a_slide_says(text, want):
    assert find_frequencies(text) == want


def _kinds(svg):
    circles = re.findall(r"<circle [^>]*/>", svg)
    return [("filled" if f'fill="{FILLED}"' in c else "range" if f'stroke="{FILLED}"' in c else "empty")
            for c in circles]


def test_ten_figures_low_filled_range_outlined_rest_grey():
    kinds = _kinds(icon_array_svg(Frequency(3, 4, 10)))
    assert kinds == ["filled"] * 3 + ["range"] + ["empty"] * 6


def test_ten_figures_stand_in_two_rows_of_five_to_be_large_beside_the_text():
    svg = icon_array_svg(Frequency(3, 4, 10))
    centres = re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)"', svg)
    assert len({x for x, _y in centres}) == 5 and len({y for _x, y in centres}) == 2
    assert [y for _x, y in centres[:5]] == [centres[0][1]] * 5  # the filled ones first, in the top row
    width, height = (float(v) for v in re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg).groups())
    assert 1.2 < width / height < 2.5


def test_per_100_is_a_ten_by_ten_grid():
    svg = icon_array_svg(Frequency(1, 2, 100))
    kinds = _kinds(svg)
    assert len(kinds) == 100 and kinds[:2] == ["filled", "range"] and set(kinds[2:]) == {"empty"}
    ys = sorted({float(y) for y in re.findall(r'<circle cx="[\d.]+" cy="([\d.]+)"', svg)})
    assert len(ys) == 10
    width, height = (float(v) for v in re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg).groups())
    assert 0.68 < width / height < 0.74, "as tall and wide as a 40% column of a 16:9 screen: the figures fill it"


def test_per_5_is_drawn_on_10_and_per_3_not_at_all():
    assert _kinds(icon_array_svg(Frequency(1, 1, 5))).count("filled") == 2
    assert icon_array_svg(Frequency(1, 1, 3)) is None
    assert icon_array_svg(Frequency(5, 5, 1000)) is None


def test_no_words_in_the_picture_and_colours_read_on_white():
    svg = icon_array_svg(Frequency(3, 4, 10))
    assert "<text" not in svg
    assert _contrast(FILLED, "#FFFFFF") >= 3 and _contrast(EMPTY, "#FFFFFF") >= 3


def test_same_number_same_file():
    assert file_name(Frequency(3, 4, 10)) == file_name(Frequency(3, 4, 10)) == "icons-3-4-in-10.svg"
    assert file_name(Frequency(1, 1, 5)) == "icons-1-in-5.svg"
    assert icon_array_svg(Frequency(3, 4, 10)) == icon_array_svg(Frequency(3, 4, 10))


def _contrast(a, b):
    def lum(h):
        c = [int(h[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        c = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_a_draft_slide_saying_a_frequency_gets_its_picture_beside_the_text():
    from counsel_app.core.icon_array import add_icon_arrays

    draft = ("---\ntitle: x\n---\n\n# T\n\n---\n\n## 骨转移\n\n- 约每10名患者中有3到4名会发生骨转移\n- 可能骨痛\n\n"
             "---\n\n## 没有数字\n\n- 每天喝水\n")
    out, pictures = add_icon_arrays(draft)
    assert pictures == {"icons-3-4-in-10.svg": icon_array_svg(Frequency(3, 4, 10))}
    assert "## 骨转移\n\n![bg right:40% contain](icons-3-4-in-10.svg)\n\n- 约每10名" in out
    assert out.count("![bg") == 1 and out.replace("\n![bg right:40% contain](icons-3-4-in-10.svg)\n", "") == draft


def test_the_importer_draws_every_frequency_of_the_corpus(tmp_path):
    from pathlib import Path

    from counsel_app.core.deck import parse_deck
    from counsel_app.core.importer import import_article
    from counsel_app.core.textio import read_text

    articles = Path(__file__).resolve().parents[1] / "data" / "articles"
    drawn = 0
    for path in sorted(articles.glob("*.txt")):
        result = import_article(read_text(path)[0])
        deck = parse_deck(result.markdown)
        for slide in deck.slides:
            for freq in find_frequencies(slide.text):
                if freq.scaled() is not None:
                    assert file_name(freq) in slide.images, (path.name, slide.title)
                    assert file_name(freq) in result.pictures
                    drawn += 1
    assert drawn >= 3
