"""Teach-back, pain score and the counselling record inside the running app."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QSpinBox

from counsel_app.core.record import TeachBackResult
from counsel_app.core.session import Command


def _go(app, number: int) -> None:
    for digit in str(number):
        app.dispatch(getattr(Command, f"DIGIT_{digit}"))
    app.dispatch(Command.ENTER)


def test_teach_back_of_the_current_part_is_offered_and_recorded(make_app, privacy_deck):
    app = make_app(privacy_deck)
    _go(app, 3)  # "First point" in "Part one", which has a teach-back question
    combos = app.teach_back.findChildren(QComboBox)
    assert combos, "the current part's question should be shown with result choices"
    combo = combos[0]
    values = [combo.itemData(i) for i in range(combo.count())]
    target = next(i for i, v in enumerate(values) if v in (TeachBackResult.CORRECT_AFTER_REEXPLAINING,
                                                         TeachBackResult.CORRECT_AFTER_REEXPLAINING.value))
    combo.setCurrentIndex(target)
    rows = app.keeper.summary().teach_back
    assert any(r.part == "Part one" and r.result is TeachBackResult.CORRECT_AFTER_REEXPLAINING for r in rows)


def test_pain_score_is_recorded_and_the_scale_can_be_shown_to_the_patient(make_app, privacy_deck):
    app = make_app(privacy_deck)
    spin = app.teach_back.findChildren(QSpinBox)[0]
    spin.setValue(6)
    assert app.keeper.summary().pain_score.score == 6
    app.dispatch(Command.PAIN_SCALE)
    assert "0" in app.patient.visible_text() and "10" in app.patient.visible_text()
    app.dispatch(Command.PAIN_SCALE)
    assert "Welcome" in app.patient.visible_text()


def test_end_counselling_opens_the_record_on_the_doctors_screen_only(make_app, privacy_deck, tmp_path):
    app = make_app(privacy_deck)
    app.dispatch(Command.NEXT)
    app.dispatch(Command.NEXT)
    app.dispatch(Command.END_COUNSELLING)
    dialog = app.record_dialog
    assert isinstance(dialog, QDialog) and dialog.isVisible()
    assert dialog.screen().name() == "doctor"
    assert "Privacy test deck" in dialog.text()
    assert "Privacy test deck" not in app.patient.visible_text()
    assert list(tmp_path.glob("*.txt")) == [] and list(tmp_path.glob("*.json")) == []  # nothing written yet
    assert app.keeper.has_unsaved()
    assert dialog.save_json(tmp_path / "record.json")
    assert not app.keeper.has_unsaved()
    dialog.close()


def test_quit_asks_only_when_the_record_is_unsaved(make_app, privacy_deck, monkeypatch):
    app = make_app(privacy_deck)
    quits = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(1)))
    app.dispatch(Command.QUIT)
    assert quits == [1] and app.guard.question is None  # nothing recorded: quits at once
    quits.clear()
    app.dispatch(Command.NEXT)
    app.dispatch(Command.NEXT)
    app.dispatch(Command.QUIT)
    question = app.guard.question
    assert quits == [] and question is not None and question.isVisible()
    assert question.screen().name() == "doctor"
    question.button(question.StandardButton.Cancel).click()
    assert quits == [] and app.keeper.has_unsaved()  # cancel: the visit goes on
    app.dispatch(Command.QUIT)
    app.guard.question.button(question.StandardButton.Discard).click()
    assert quits == [1]


def test_pages_turned_while_the_record_is_open_are_in_the_record(make_app, privacy_deck, tmp_path):
    """The clicker still turns pages while the record dialog is open: the record shown and saved is
    the visit as it is then, with the doctor's own line kept."""
    import json

    app = make_app(privacy_deck)
    _go(app, 2)  # "Part one"
    app.dispatch(Command.END_COUNSELLING)
    dialog = app.record_dialog
    assert "Part two" not in dialog.text()
    dialog.text_edit.setPlainText(dialog.text() + "Daughter present.\n")
    for _ in range(3):  # on to "Part two" with the dialog open
        app.dispatch(Command.NEXT)
    assert app.controller.frame.slide.section == "Part two"
    assert "Part two" in dialog.text()  # the record shown follows the visit
    assert dialog.save_text(tmp_path / "r.txt") and dialog.save_json(tmp_path / "r.json")
    saved = (tmp_path / "r.txt").read_text(encoding="utf-8")
    assert "Part two" in saved and "Daughter present." in saved
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert "Part two" in [p["part"] for p in data["parts"]] and "Part two" in data["text"]
    dialog.close()
