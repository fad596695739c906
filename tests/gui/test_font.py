"""The bundled "Counsel Sans SC" fonts load in Qt and cover every character the slides use."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QRawFont

REPO = Path(__file__).resolve().parents[2]
FONTS = REPO / "assets" / "fonts"
FAMILY = "Counsel Sans SC"
REGULAR = FONTS / "NotoSansCJKsc-Regular.subset.ttf"
BOLD = FONTS / "NotoSansCJKsc-Bold.subset.ttf"
FONT_FILES = {"Regular": REGULAR, "Bold": BOLD}
SLIDES = sorted((REPO / "slides").glob("*.md"))


def gb2312_chars() -> list[str]:
    chars = []
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.append(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def unsupported(raw: QRawFont, text: str) -> list[str]:
    """Each distinct non-whitespace character of *text* the font has no glyph for, as 'c U+XXXX'.

    Pass the code point, not the 1-character str: PySide6 6.12's QChar overload of
    supportsCharacter() gives wrong answers both ways ('Ё', '！' False; '門', '한' True
    for this SC subset), while the uint overload agrees with the font's cmap.
    """
    missing = sorted({ch for ch in text if not ch.isspace() and not raw.supportsCharacter(ord(ch))})
    return [f"{ch!r} U+{ord(ch):04X}" for ch in missing]


@pytest.fixture(scope="module")
def font_ids(qapp):
    ids = {}
    for style, path in FONT_FILES.items():
        assert path.is_file(), f"{path} is missing: run assets/fonts/make_subset.py"
        font_id = QFontDatabase.addApplicationFont(str(path))
        assert font_id != -1, f"Qt could not load {path}"
        ids[style] = font_id
    yield ids
    for font_id in ids.values():
        QFontDatabase.removeApplicationFont(font_id)


@pytest.fixture(scope="module")
def raw_fonts(qapp):
    fonts = {style: QRawFont(str(path), 20) for style, path in FONT_FILES.items()}
    for style, raw in fonts.items():
        assert raw.isValid(), f"QRawFont could not open the {style} font"
    return fonts


@pytest.mark.parametrize("style", FONT_FILES)
def test_font_loads_as_counsel_sans_sc(font_ids, style):
    assert QFontDatabase.applicationFontFamilies(font_ids[style]) == [FAMILY]


def test_one_family_with_regular_and_bold(font_ids):
    styles = QFontDatabase.styles(FAMILY)
    assert "Regular" in styles and "Bold" in styles
    assert QFontDatabase.bold(FAMILY, "Bold")
    assert not QFontDatabase.bold(FAMILY, "Regular")
    assert QFontDatabase.weight(FAMILY, "Bold") >= QFont.Weight.Bold.value
    assert QFontDatabase.weight(FAMILY, "Regular") == QFont.Weight.Normal.value


def test_bold_file_is_a_bold_weight(raw_fonts):
    assert raw_fonts["Bold"].familyName() == FAMILY
    assert raw_fonts["Bold"].weight() >= QFont.Weight.Bold.value
    assert raw_fonts["Regular"].weight() == QFont.Weight.Normal.value


@pytest.mark.parametrize("style", FONT_FILES)
@pytest.mark.parametrize("slide_file", SLIDES, ids=[p.name for p in SLIDES])
def test_every_slide_character_is_in_the_font(raw_fonts, style, slide_file):
    # All of the file, speaker notes and HTML comments too: the presenter console shows notes.
    text = slide_file.read_text(encoding="utf-8-sig")
    missing = unsupported(raw_fonts[style], text)
    assert not missing, (
        f"{slide_file.name}: {len(missing)} characters not in the bundled {style} font "
        f"(add them and re-run assets/fonts/make_subset.py, or reword): {', '.join(missing)}"
    )


@pytest.mark.parametrize("style", FONT_FILES)
def test_gb2312_sample_is_in_the_font(raw_fonts, style):
    chars = gb2312_chars()
    assert len(chars) == 7445
    step = len(chars) / 1000
    sample = "".join(chars[int(i * step)] for i in range(1000))
    assert len(set(sample)) == 1000
    assert unsupported(raw_fonts[style], sample) == []


def test_support_check_rejects_what_is_not_in_the_font(raw_fonts):
    # Guards unsupported() itself: Hangul and emoji are outside this subset.
    assert unsupported(raw_fonts["Regular"], "A한中😀") == ["'한' U+D55C", "'😀' U+1F600"]


@pytest.mark.parametrize("style", FONT_FILES)
def test_common_symbols_are_in_the_font(raw_fonts, style):
    symbols = "≥≤×÷±→←↑↓✓●○■□▶◀…°℃①⑩⑳，。、；：？！“”‘’（）《》【】—～·％"
    assert unsupported(raw_fonts[style], symbols) == []
