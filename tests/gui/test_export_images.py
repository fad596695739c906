"""`counsel-app export`: every patient view as a PNG, written as a whole or not at all."""

from pathlib import Path

from PySide6.QtGui import QImage

from counsel_app.cli import main

REPO = Path(__file__).resolve().parents[2]
DECK = REPO / "slides" / "ret-bone-metastasis.md"


def test_every_slide_is_a_png_of_the_screen_size(qapp, tmp_path, capsys):
    out = tmp_path / "pictures"
    assert main(["export", str(DECK), "-o", str(out), "--screen", "1280x720"]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names[0] == "slide-01.png" and len(names) == 22
    image = QImage(str(out / "slide-06.png"))
    assert (image.width(), image.height()) == (1280, 720)
    assert "22" in capsys.readouterr().out


def test_long_slides_continue_on_numbered_views(qapp, tmp_path):
    deck = tmp_path / "long.md"
    deck.write_text("# One\n\n---\n\n## Long\n\n" + "\n".join(f"- point number {i} with several words" for i in range(14))
                    + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["export", str(deck), "-o", str(out)]) == 0
    names = {p.name for p in out.iterdir()}
    assert {"slide-01.png", "slide-02.png", "slide-02-2.png"} <= names
    assert names == {"slide-01.png", "slide-02.png", *(f"slide-02-{k}.png" for k in range(2, len(names)))}


def test_themes_change_the_picture(qapp, tmp_path):
    for name in ("light", "high-contrast"):
        assert main(["export", str(DECK), "-o", str(tmp_path / name), "--theme", name]) == 0
    light, contrast = (QImage(str(tmp_path / n / "slide-01.png")) for n in ("light", "high-contrast"))
    assert light.pixelColor(5, 5) != contrast.pixelColor(5, 5)


def test_an_existing_folder_only_with_force_and_other_files_stay(qapp, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "mine.txt").write_text("keep", encoding="utf-8")
    assert main(["export", str(DECK), "-o", str(out)]) == 2
    assert "--force" in capsys.readouterr().err and sorted(p.name for p in out.iterdir()) == ["mine.txt"]
    assert main(["export", str(DECK), "-o", str(out), "--force"]) == 0
    assert (out / "mine.txt").read_text(encoding="utf-8") == "keep" and (out / "slide-22.png").exists()


def test_a_bad_deck_or_size_writes_nothing(qapp, tmp_path, capsys):
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\x00\xff\x00binary")
    assert main(["export", str(bad), "-o", str(tmp_path / "out")]) == 2
    assert main(["export", str(DECK), "-o", str(tmp_path / "out"), "--screen", "huge"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.md"]


def test_sizes_says_each_views_text_against_the_target_and_its_pictures_share(qapp, tmp_path, capsys):
    assert main(["export", str(DECK), "-o", str(tmp_path / "out"), "--screen", "1280x720", "--sizes"]) == 0
    lines = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("slide-")]
    assert len(lines) == 22 and all("(target 47)" in ln or "（目标 47）" in ln for ln in lines)
    pictured = [ln.split()[0] for ln in lines if "%" in ln]
    assert pictured == ["slide-03.png", "slide-04.png", "slide-06.png", "slide-09.png", "slide-16.png", "slide-18.png"]
