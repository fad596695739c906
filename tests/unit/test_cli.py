"""`counsel-app inspect`, `--version`, and the one-line errors a doctor or IT sees."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from counsel_app import __version__
from counsel_app.cli import main

REPO = Path(__file__).resolve().parents[2]
MARP = REPO / "tests" / "data" / "marp"


def run_cli(*args, env_extra=None):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "counsel_app", *map(str, args)],
                          capture_output=True, text=True, cwd=REPO, env=env, timeout=60)


def test_inspect_json_matches_the_deck(capsys):
    assert main(["inspect", str(MARP / "01_frontmatter_marp.md"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "高血压管理"
    assert [s["index"] for s in data["slides"]] == [1, 2, 3]
    assert data["slides"][1] == {"index": 2, "title": "诊断标准", "notes": "Emphasise home BP readings.",
                                 "text": "诊断标准 诊室血压 ≥ 140/90 mmHg 家庭血压 ≥ 135/85 mmHg", "section": ""}


def test_inspect_outline_is_readable(capsys):
    assert main(["inspect", str(MARP / "01_frontmatter_marp.md")]) == 0
    out = capsys.readouterr().out
    assert "3 slides" in out and "诊断标准" in out


def test_version_and_help():
    proc = run_cli("--version")
    assert proc.returncode == 0 and __version__ in proc.stdout
    proc = run_cli("--help")
    assert proc.returncode == 0 and "inspect" in proc.stdout and "Traceback" not in proc.stderr


@pytest.mark.parametrize("setup,words", [
    (lambda d: d / "nope.md", "file not found"),
    (lambda d: d, "folder"),
    (lambda d: (d / "b.md").write_bytes(b"\x00\x01\x02binary") and d / "b.md", "not a text file"),
    (lambda d: (d / "big.md").write_bytes(b"#" * (6 * 1024 * 1024)) and d / "big.md", "larger than"),
])
def test_bad_input_is_one_line_exit_2_and_no_traceback(tmp_path, setup, words):
    target = setup(tmp_path)
    proc = run_cli("inspect", target, "--json")
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and str(target) in lines[0]


def test_messages_follow_the_doctors_language(tmp_path):
    proc = run_cli("inspect", tmp_path / "nope.md", env_extra={"COUNSEL_LANG": "zh_CN.UTF-8"})
    assert proc.returncode == 2 and "找不到文件" in proc.stderr


def test_broken_front_matter_and_unclosed_things_still_read(tmp_path):
    deck = tmp_path / "broken.md"
    deck.write_text("---\ntitle: [unclosed\n: : :\n---\n# A\n\n<!-- never closed\n\n```\nno end", encoding="utf-8")
    proc = run_cli("inspect", deck, "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["slides"][0]["title"] == "A"


def test_inspect_never_writes_the_deck(tmp_path):
    deck = tmp_path / "d.md"
    deck.write_bytes((MARP / "07_directives.md").read_bytes())
    before = deck.read_bytes(), deck.stat().st_mtime_ns
    os.chmod(deck, 0o444)
    assert run_cli("inspect", deck, "--json").returncode == 0
    assert (deck.read_bytes(), deck.stat().st_mtime_ns) == before


def test_import_writes_the_icon_arrays_beside_the_draft_and_never_replaces_one(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("骨转移\n\n肺癌患者中，约30%-40%的患者会发生骨转移。\n", encoding="utf-8")
    (tmp_path / "out").mkdir()
    mine = tmp_path / "out" / "icons-3-4-in-10.svg"
    assert main(["import", str(article), "-o", str(tmp_path / "out" / "a.md")]) == 0
    assert "<svg" in mine.read_text(encoding="utf-8") and "icons-3-4-in-10.svg" in (tmp_path / "out" / "a.md").read_text(encoding="utf-8")
    mine.write_text("<svg>the doctor's own</svg>", encoding="utf-8")
    assert main(["import", str(article), "-o", str(tmp_path / "out" / "b.md")]) == 0
    assert mine.read_text(encoding="utf-8") == "<svg>the doctor's own</svg>"
