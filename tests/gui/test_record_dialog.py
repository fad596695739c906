"""The end-of-counselling record dialog: editable text, plan, copy and save."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from counsel_app.core.deck import load_deck
from counsel_app.core.record import RecordKeeper, TeachBackResult, teach_back_questions
from counsel_app.core.record_text import to_text
from counsel_app.core.session import Command, Session

REPO = Path(__file__).resolve().parents[2]
FIELDS = {"date", "minutes", "deck", "parts", "teach_back", "pain_score", "handout_given", "plan"}


@pytest.fixture
def summary():
    deck = load_deck(REPO / "slides" / "ret-bone-metastasis.md")
    t = [1_741_080_000.0]
    keeper = RecordKeeper(deck, clock=lambda: t[0])
    session = Session(deck)
    keeper.frame_shown(session.frame)
    for _ in range(6):
        t[0] += 45
        keeper.frame_shown(session.run(Command.NEXT))
    part, questions = next(iter(teach_back_questions(deck).items()))
    keeper.set_teach_back(part, questions[0], TeachBackResult.CORRECT)
    keeper.set_pain(6)
    t[0] += 30
    return keeper.summary()


@pytest.fixture
def dialog(qtbot, summary, tmp_path, monkeypatch):
    from counsel_app.qt.record_dialog import RecordDialog

    monkeypatch.chdir(tmp_path)
    d = RecordDialog(summary, "zh-CN")
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_opening_writes_nothing(dialog, tmp_path):
    assert list(tmp_path.iterdir()) == []


def test_text_is_prefilled_and_editable(dialog, summary):
    assert dialog.text() == to_text(summary, "zh-CN")
    assert not dialog.text_edit.isReadOnly()
    assert "疼痛评分：6 (中度)" in dialog.text()


def test_plan_and_handout_update_the_text_and_the_summary(dialog, qtbot):
    with qtbot.waitSignal(dialog.plan_changed) as blocker:
        dialog.plan_edit.setPlainText("两周后复诊")
    assert blocker.args == ["两周后复诊"]
    assert "计划：两周后复诊" in dialog.text()
    assert dialog.summary().plan == "两周后复诊"
    dialog.handout.setChecked(True)
    assert "已发放宣教资料：是" in dialog.text()
    assert dialog.summary().handout_given is True


def test_the_doctors_own_edits_survive_a_plan_change(dialog):
    dialog.text_edit.setPlainText(dialog.text().replace("患者教育记录", "患者教育记录 (门诊 3 诊室)"))
    dialog.plan_edit.setPlainText("一个月后复查 CT")
    assert dialog.text().startswith("患者教育记录 (门诊 3 诊室)")
    assert "计划：一个月后复查 CT" in dialog.text()
    assert not dialog.hint.isVisible()


def test_save_text_writes_the_edited_text(dialog, tmp_path, qtbot):
    dialog.text_edit.setPlainText("患者教育记录\n医生补充的一行")
    target = tmp_path / "record.txt"
    with qtbot.waitSignal(dialog.saved) as blocker:
        assert dialog.save_text(target)
    assert blocker.args == [str(target)]
    assert target.read_text(encoding="utf-8") == "患者教育记录\n医生补充的一行\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["record.txt"]  # no temp file left


def test_save_json_has_every_field_with_the_edits(dialog, tmp_path, qtbot, summary):
    dialog.plan_edit.setPlainText("两周后复诊\n每天记疼痛日记")
    dialog.handout.setChecked(True)
    target = tmp_path / "record.json"
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save_json(target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert set(data) >= FIELDS
    assert data["plan"] == "两周后复诊\n每天记疼痛日记"
    assert data["handout_given"] is True
    assert data["pain_score"] == summary.to_json()["pain_score"]
    assert data["parts"] == summary.to_json()["parts"]
    assert list(data) == [*summary.to_json(), "text", "text_edited"]
    assert data["text"] == dialog.text() and data["text_edited"] is False
    assert data["deck"]["file"] == "ret-bone-metastasis.md"


def test_saving_replaces_a_file_the_doctor_chose_to_replace(dialog, tmp_path):
    target = tmp_path / "record.txt"
    target.write_text("old", encoding="utf-8")
    assert dialog.save_text(target)
    assert target.read_text(encoding="utf-8").startswith("患者教育记录")


def test_a_failed_save_shows_the_reason_and_emits_nothing(dialog, tmp_path, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    with qtbot.assertNotEmitted(dialog.saved):
        assert not dialog.save_text(tmp_path / "missing-folder" / "record.txt")
    assert len(shown) == 1 and "文件夹不存在" in shown[0]


def test_copy_puts_the_text_on_the_clipboard(dialog):
    dialog.text_edit.setPlainText(dialog.text() + "补充")
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.text()


def test_the_save_button_asks_for_a_path_then_saves(dialog, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "chosen.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.json_button.click()
    assert json.loads(target.read_text(encoding="utf-8"))["deck"]["title"] == "RET抑制剂与骨转移"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))  # cancelled
    dialog.text_button.click()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chosen.json"]


def test_a_hand_edited_plan_line_is_left_alone_with_a_hint(dialog):
    edited = dialog.text().replace("计划：无", "计划：已口头交代")
    dialog.text_edit.setPlainText(edited)
    dialog.plan_edit.setPlainText("两周后复诊")
    assert dialog.text() == edited
    assert dialog.hint.isVisible()
    assert dialog.summary().plan == "两周后复诊"


def test_save_starts_in_an_existing_folder_of_the_doctors_not_the_programs(dialog, tmp_path, monkeypatch):
    """Without a Documents folder the file dialog used to open in the program's working folder."""
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _kind: str(home / "Documents"))  # not made yet
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _w, _t, start, _f: asked.append(start) or ("", ""))
    dialog.text_button.click()
    assert Path(asked[0]).parent == home and Path(asked[0]).name.startswith("counselling-record-")


def test_the_record_follows_the_visit_and_a_line_the_doctor_rewrote_is_left_with_a_hint(qtbot, tmp_path):
    """Pages turned while the dialog is open come into the record; where the doctor rewrote the very
    line that changed, the text stays theirs and a hint says the later visit is only in the JSON."""
    from counsel_app.qt.record_dialog import RecordDialog

    deck = load_deck(REPO / "slides" / "ret-bone-metastasis.md")
    t = [1_741_080_000.0]
    keeper = RecordKeeper(deck, clock=lambda: t[0])
    session = Session(deck)
    keeper.frame_shown(session.frame)
    dialog = RecordDialog(keeper.summary(), "en", source=keeper.summary)
    qtbot.addWidget(dialog)
    dialog.show()
    covered = next(line for line in dialog.text().split("\n") if line.startswith("Slides covered"))
    dialog.text_edit.setPlainText("Seen with his wife.\n" + dialog.text())
    keeper.frame_shown(session.run(Command.NEXT))
    dialog.refresh()
    assert dialog.text().startswith("Seen with his wife.\n") and "Slides covered: 1-2" in dialog.text()
    assert not dialog.stale_hint.isVisible()
    dialog.text_edit.setPlainText(dialog.text().replace("Slides covered: 1-2", "Slides covered: title and one more"))
    keeper.frame_shown(session.run(Command.NEXT))
    assert dialog.save_json(tmp_path / "r.json")
    assert "Slides covered: title and one more" in dialog.text() and dialog.stale_hint.isVisible()
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["slides_covered"] == [1, 2, 3] and data["text_edited"] is True
    assert covered == "Slides covered: 1"
