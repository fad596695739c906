"""The take-home handout PDF: real text in the bundled font, no notes, large enough, safe to write.

Reads the PDFs back with poppler-utils (`pdftotext`, `pdffonts`, `pdfinfo`, `pdfimages`), the
way a patient's PDF viewer or a search box would see them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from counsel_app.cli import main
from counsel_app.core import atomic
from counsel_app.core.atomic import ExistsError
from counsel_app.core.deck import parse_deck
from counsel_app.core.handout_model import build_handout
from counsel_app.core.textio import InputError
from counsel_app.qt.handout import render_handout_pdf

SECRET = "NOTE-SECRET-123"
# Noto Sans CJK's ascent + descent, in em: the height pdftotext gives each word's box.
WORD_BOX_EM = 1.448
LONG = "医生会根据您的血压、心率和肾功能来调整药物的剂量，请不要自己加药或者减药，也不要因为感觉好了就停药"
BULLETS = ["每天早晚各量一次血压", "记在本子上带来复诊", "心脏要更用力", "时间长了伤肾", LONG]
ACTIONS = ["每天按时吃药", "少吃盐，多走路"]
SVG = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 500">'
       '<rect x="50" y="50" width="700" height="400" fill="#c00"/></svg>')

DECK = f"""---
title: 高血压管理
lang: zh-CN
---

<!-- _class: lead -->

# 高血压管理

每天量血压，按时吃药

<!-- {SECRET} 标题页 -->

---

<!-- _class: part -->

# 1 什么是高血压

---

## 血压高了会伤害血管

![血管变硬](vessel.svg)

- {BULLETS[2]}
- {BULLETS[3]}

<!-- {SECRET} 要说的话 -->
<!-- teach-back: 请您说说血压高了会怎样? -->

---

<!-- _class: part -->

# 2 在家怎么做

---

## 在家量血压

- {BULLETS[0]}
- {BULLETS[1]}
- {LONG}

<!-- 原文: {SECRET} 原文 -->

---

## 给您的建议

1. {ACTIONS[0]}
2. {ACTIONS[1]}
"""


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (Debian package poppler-utils)")
    return path


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def deck(tmp_path):
    folder = tmp_path / "deck"
    folder.mkdir()
    (folder / "vessel.svg").write_text(SVG, encoding="utf-8")
    path = folder / "deck.md"
    path.write_text(DECK, encoding="utf-8")
    return parse_deck(DECK, path.resolve())


@pytest.fixture
def pdf(qapp, deck, tmp_path):
    return render_handout_pdf(build_handout(deck), tmp_path / "handout.pdf", large_print=False)


@pytest.fixture
def large_pdf(qapp, deck, tmp_path):
    return render_handout_pdf(build_handout(deck), tmp_path / "handout-large.pdf", large_print=True)


def word_heights(path: Path) -> list[tuple[str, float]]:
    """Each word and its box height in points, in reading order, from `pdftotext -bbox`."""
    html = run(need("pdftotext"), "-bbox", str(path), "-")
    return [(m.group(3), float(m.group(2)) - float(m.group(1))) for m in
            re.finditer(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', html)]


def test_every_bullet_is_real_text_exactly_once(pdf):
    text = squash(run(need("pdftotext"), str(pdf), "-"))
    for line in BULLETS + ACTIONS + ["每天量血压，按时吃药", "血压高了会伤害血管", "1什么是高血压"]:
        assert text.count(squash(line)) == 1, line  # Chinese comes back as the same characters, once
    assert text.startswith("高血压管理")  # the title; the page footers repeat it


def test_notes_are_not_in_the_pdf(pdf, deck):
    assert any(SECRET in s.notes for s in deck.slides)
    assert SECRET not in run(need("pdftotext"), str(pdf), "-")
    assert SECRET.encode() not in pdf.read_bytes()
    assert "teach-back" not in run("pdftotext", str(pdf), "-")


def test_fill_in_parts_are_there(pdf):
    text = squash(run(need("pdftotext"), str(pdf), "-"))
    for label in ("疼痛日记 (0 = 不痛, 10 = 能想象的最痛)", "下次复诊", "有问题请联系", "日期", "请您这样做"):
        assert squash(label) in text, label
    assert text.index(squash("每天量血压，按时吃药")) < text.index(squash(BULLETS[2]))  # main message first
    assert text.index(squash(ACTIONS[0])) < text.index(squash(BULLETS[2]))  # then what to do


def test_font_is_the_bundled_one_and_embedded(pdf):
    out = run(need("pdffonts"), str(pdf))
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert rows, out
    names = [r[0] for r in rows]
    assert any("Counsel" in n or "Noto" in n for n in names), out
    # columns: name type... encoding emb sub uni object ID: emb is the 5th from the end
    assert all(r[-5] == "yes" for r in rows), out


def test_page_is_a4_and_short(pdf):
    info = run(need("pdfinfo"), str(pdf))
    assert re.search(r"Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)", info), info
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) <= 2


@pytest.mark.parametrize("large, body_pt", [(False, 14.0), (True, 18.0)])
def test_body_text_is_at_least_the_handout_size(qapp, deck, tmp_path, large, body_pt):
    path = render_handout_pdf(build_handout(deck), tmp_path / "h.pdf", large_print=large)
    words = word_heights(path)
    smallest = min(words, key=lambda w: w[1])
    assert smallest[1] / WORD_BOX_EM >= body_pt * 0.97, smallest  # every word: footers, table cells too
    size = {}
    for word, height in words:
        size.setdefault(word, height / WORD_BOX_EM)  # the first one: the title, not the page footer
    assert size[squash(BULLETS[0])] == pytest.approx(body_pt, abs=0.3)
    assert size["高血压管理"] == pytest.approx(body_pt * 1.4, abs=0.3)  # the title
    assert size["请您这样做"] == pytest.approx(body_pt * 1.25, abs=0.3)  # headings


def test_lines_hold_at_most_40_chinese_characters(pdf, large_pdf):
    for path in (pdf, large_pdf):
        lines = run(need("pdftotext"), str(path), "-").splitlines()
        longest = max(len(squash(line)) for line in lines)
        assert longest <= 40, max(lines, key=lambda s: len(squash(s)))
        assert squash(LONG) in squash("".join(lines))  # the long bullet wrapped, nothing lost


def test_the_picture_is_in_the_pdf_once(pdf):
    rows = [line.split() for line in run(need("pdfimages"), "-list", str(pdf)).splitlines()[2:]]
    assert rows and rows[0][0] == "1", rows  # on the first page
    # Qt draws floating pictures on every page (clipped away where they are not): the same
    # image object each time, so the picture is stored once.
    assert len({(r[10], r[11]) for r in rows}) == 1, rows


def test_shown_limits_the_slides(qapp, deck, tmp_path):
    only = next(s.index for s in deck.slides if s.title == "在家量血压")
    path = render_handout_pdf(build_handout(deck, shown={only}), tmp_path / "shown.pdf")
    text = squash(run(need("pdftotext"), str(path), "-"))
    assert squash(BULLETS[0]) in text and squash(BULLETS[2]) not in text
    assert squash(ACTIONS[0]) in text


def test_existing_file_is_kept_without_overwrite(qapp, deck, tmp_path):
    target = tmp_path / "old.pdf"
    target.write_bytes(b"the old handout")
    handout = build_handout(deck)
    with pytest.raises(ExistsError):
        render_handout_pdf(handout, target)
    assert target.read_bytes() == b"the old handout"
    render_handout_pdf(handout, target, overwrite=True)
    assert target.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck", "old.pdf"]


def test_read_only_folder_is_an_input_error_and_leaves_nothing(qapp, deck, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("this user (root?) can write into a read-only folder")
        with pytest.raises(InputError):
            render_handout_pdf(build_handout(deck), folder / "h.pdf")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_failed_rename_is_an_input_error_and_leaves_no_temp_file(qapp, deck, tmp_path, monkeypatch):
    # The same failure as a read-only folder, at the last step, for users who can write anywhere.
    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(InputError) as info:
        render_handout_pdf(build_handout(deck), tmp_path / "h.pdf")
    assert not isinstance(info.value, ExistsError)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck"]


def test_missing_folder_is_an_input_error(qapp, deck, tmp_path):
    with pytest.raises(InputError):
        render_handout_pdf(build_handout(deck), tmp_path / "no" / "such" / "h.pdf")


def test_cli_writes_the_handout_and_refuses_to_replace_it(qapp, deck, tmp_path, capsys):
    out = tmp_path / "cli.pdf"
    assert main(["handout", str(deck.source), "-o", str(out), "--large-print"]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    first = out.read_bytes()
    assert first.startswith(b"%PDF-")
    assert main(["handout", str(deck.source), "-o", str(out)]) == 2
    assert "exists" in capsys.readouterr().err
    assert out.read_bytes() == first
    assert main(["handout", str(deck.source), "-o", str(out), "--force"]) == 0


def test_cli_missing_deck_is_one_line_exit_2(qapp, tmp_path, capsys):
    assert main(["handout", str(tmp_path / "nope.md"), "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.md" in err
    assert not (tmp_path / "x.pdf").exists()


def test_english_deck_gets_english_labels_and_keeps_its_digits(qapp, tmp_path):
    bullet = 'About 3 to 4 in 10 people say "it helped" - see page 2.'
    deck = parse_deck(f"---\nlang: en\n---\n# Blood pressure\n\n---\n\n## Measure it\n\n- {bullet}\n")
    path = render_handout_pdf(build_handout(deck), tmp_path / "en.pdf", large_print=True)
    text = run(need("pdftotext"), str(path), "-")
    assert "Next visit" in text
    # Digits next to Latin letters used to come out as glyphs without characters: gone from the text.
    assert squash("Pain diary (0 = no pain, 10 = worst pain you can imagine)") in squash(text)
    assert squash(bullet) in squash(text)


@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("name", ["ret-bone-metastasis.md", "ret-bone-metastasis.en.md"])
def test_bundled_deck_handout(qapp, tmp_path, repo, large, name):
    from counsel_app.core.deck import load_deck

    deck = load_deck(repo / "slides" / name)
    path = render_handout_pdf(build_handout(deck), tmp_path / "ret.pdf", large_print=large)
    text = squash(run(need("pdftotext"), str(path), "-"))
    visible = squash(" ".join(s.text for s in deck.slides))
    for slide in deck.slides:
        for line in slide.body.splitlines():
            if line.startswith("- "):
                assert text.count(squash(line[2:])) == 1, line
        for note in slide.comments:  # no sentence of the notes (the doctor's words, the source text)
            for sentence in map(squash, re.split(r"[。？！?!]", note)):
                if len(sentence) >= 12 and sentence not in visible:
                    assert sentence not in text, sentence
    pages = int(re.search(r"Pages:\s+(\d+)", run(need("pdfinfo"), str(path))).group(1))
    assert pages <= (7 if large else 4)  # four A4 pages at 14 pt with the pictures (large print: 18 pt)


def test_cli_runs_without_a_display(deck, tmp_path, repo):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "headless.pdf"
    proc = subprocess.run([sys.executable, "-m", "counsel_app", "handout", str(deck.source), "-o", str(out)],
                          capture_output=True, text=True, cwd=repo, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("written, name", [
    ("骨%20图.svg", "骨 图.svg"),  # percent-encoded space, Chinese name
    ("<骨 图.svg>", "骨 图.svg"),  # an angle-bracket destination with a real space
    ("pic.svg", "pic.svg"),  # the plain name that always worked
])
def test_a_picture_with_a_space_or_chinese_name_is_in_the_pdf(qapp, tmp_path, written, name):
    (tmp_path / name).write_text(SVG, encoding="utf-8")
    text = f"---\nlang: zh-CN\n---\n\n# 骨转移\n\n---\n\n## 药物怎样到达骨头\n\n![药物到骨头]({written})\n\n- 随血液流到骨头\n"
    (tmp_path / "deck.md").write_text(text, encoding="utf-8")
    deck = parse_deck(text, (tmp_path / "deck.md").resolve())
    path = render_handout_pdf(build_handout(deck), tmp_path / "h.pdf")
    rows = [line for line in run(need("pdfimages"), "-list", str(path)).splitlines()[2:] if line.strip()]
    assert rows, f"no picture in the handout for ![...]({written})"
