"""`counsel-app check`: exit codes, the text and JSON reports, the doctor's language, the fit check.

The Qt fit check is replaced by a fake here (unit tests load no Qt); one test covers the case
where the layout module cannot be imported at all.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from counsel_app.commands import check
from counsel_app.cli import main

REPO = Path(__file__).resolve().parents[2]
CLEAN = "# 骨转移\n\n癌细胞跑到了骨头里。\n\n<!-- 约 30% 的病人: notes are not linted -->\n"
REAL_CHECKER = check._overflow_checker
FINDINGS = "# 好\n\n---\n\n# 效果\n\n有效率 30%\n\n- 一\n- 二\n- 三\n- 四\n"


@pytest.fixture(autouse=True)
def fit_calls(monkeypatch) -> list[tuple[int, int]]:
    """A fake layout where everything fits; records the screen sizes it was asked about."""
    calls: list[tuple[int, int]] = []

    def overflowing(deck, width, height):
        calls.append((width, height))
        return []

    monkeypatch.setattr(check, "_overflow_checker", lambda: overflowing)
    monkeypatch.setenv("COUNSEL_LANG", "en")
    return calls


@pytest.fixture
def deck(tmp_path):
    def write(text: str) -> str:
        path = tmp_path / "deck.md"
        path.write_text(text, encoding="utf-8")
        return str(path)
    return write


def test_clean_deck_exits_0(deck, capsys, fit_calls):
    assert main(["check", deck(CLEAN)]) == 0
    assert capsys.readouterr().out.strip() == "no problems found"
    assert fit_calls == [(1920, 1080), (1280, 720)]


def test_deck_with_findings_exits_1_and_names_the_slide(deck, capsys):
    assert main(["check", deck(FINDINGS)]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith("slide 2: warning: ")
    assert any("30%" in ln for ln in lines)
    assert lines[-1] == "0 errors, 2 warnings"


def test_missing_file_exits_2_with_one_line(tmp_path, capsys):
    missing = tmp_path / "nope.md"
    assert main(["check", str(missing)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and "file not found" in err and str(missing) in err


@pytest.mark.parametrize("screen", ["1920", "axb", "0x0", "1920x1080x2", "99999x1080"])
def test_malformed_screen_exits_2_with_one_line(deck, capsys, screen):
    assert main(["check", deck(CLEAN), "--screen", screen]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "1920x1080" in err


def test_json_report_shape(deck, capsys):
    path = deck(FINDINGS)
    assert main(["check", path, "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"deck", "findings", "errors", "warnings"}
    assert data["deck"] == path and data["errors"] == 0 and data["warnings"] == 2
    assert {f["rule"] for f in data["findings"]} == {"numbers", "bullets"}
    for f in data["findings"]:
        assert set(f) == {"slide", "severity", "rule", "message"} and f["slide"] == 2


def test_messages_follow_the_doctors_language(deck, capsys, monkeypatch):
    monkeypatch.setenv("COUNSEL_LANG", "zh")
    assert main(["check", deck(FINDINGS)]) == 1
    out = capsys.readouterr().out
    assert "第 2 页: 警告: " in out and "大约每 10 个人中有 3 个" in out and "warning" not in out
    assert main(["check", deck(FINDINGS), "--json"]) == 1
    messages = [f["message"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert messages[0].startswith("4 个要点") and messages[1].startswith("患者难以理解的数字")


def test_overflow_is_an_error_per_screen(deck, capsys, monkeypatch, fit_calls):
    monkeypatch.setattr(check, "_overflow_checker",
                        lambda: lambda d, w, h: fit_calls.append((w, h)) or ([1] if w < 1000 else []))
    assert main(["check", deck(CLEAN), "--screen", "800x600", "--screen", "1920x1080"]) == 1
    assert fit_calls == [(800, 600), (1920, 1080)]
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines == ["slide 1: error: slide 1 does not fit on a 800x600 screen at the smallest allowed size: split it",
                     "1 errors, 0 warnings"]


def test_without_the_layout_module_fit_is_unchecked_info_and_exit_stays_0(deck, capsys, monkeypatch):
    monkeypatch.setattr(check, "_overflow_checker", REAL_CHECKER)
    monkeypatch.setitem(sys.modules, "counsel_app.qt.fit", None)  # importing it raises ImportError
    assert main(["check", deck(CLEAN), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["findings"] == [{"slide": 0, "severity": "info", "rule": "fit-unchecked",
                                 "message": data["findings"][0]["message"]}]
    assert data["errors"] == 0 and data["warnings"] == 0


def test_an_empty_deck_is_an_error(deck, capsys):
    assert main(["check", deck("<!-- only a note -->\n")]) == 1
    assert capsys.readouterr().out.startswith("deck: error: ")


def test_importing_the_check_loads_no_qt():
    code = ("import sys, counsel_app.commands.check; "
            "sys.exit(1 if [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))] else 0)")
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO).returncode == 0
