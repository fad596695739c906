"""`counsel-app import`: the deck is written and `--json` prints the import report."""

from __future__ import annotations

import json
from pathlib import Path

from counsel_app.cli import main

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def test_import_json_prints_the_report(tmp_path, capsys):
    out = tmp_path / "deck.md"
    assert main(["import", str(ARTICLES / "ret_seed_zh.txt"), "-o", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert out.read_text(encoding="utf-8").startswith("---\nmarp: true\n")
    assert report["lang"] == "zh" and report["title"].startswith("RET抑制剂对骨转移的效果好吗")
    assert [p["part"] for p in report["parts"]] == [1, 2, 3, 4]
    assert report["headings"][0]["part"] == 1
