"""Reading, checking and importing never write the doctor's files (the checker lays slides out in Qt)."""

from __future__ import annotations

from pathlib import Path

from counsel_app.cli import main

REPO = Path(__file__).resolve().parents[2]


def _state(p: Path):
    return p.read_bytes(), p.stat().st_mtime_ns


def test_reading_checking_and_importing_never_write_the_doctors_files(qapp, tmp_path, capsys):
    deck = tmp_path / "deck.md"
    deck.write_bytes((REPO / "slides" / "ret-bone-metastasis.md").read_bytes())
    article = tmp_path / "article.txt"
    article.write_bytes((REPO / "slides" / "ret-bone-metastasis.source.txt").read_bytes())
    before = _state(deck), _state(article)
    assert main(["inspect", str(deck), "--json"]) == 0
    assert main(["check", str(deck)]) == 1  # the copy has no pictures beside it: findings, no writes
    assert main(["import", str(article), "-o", str(tmp_path / "new.md")]) == 0
    assert main(["import", str(article), "-o", str(deck)]) == 2  # never over an existing deck without --force
    capsys.readouterr()
    assert (_state(deck), _state(article)) == before
