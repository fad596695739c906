"""The teach-back and pain score panel in the doctor's side column."""

from __future__ import annotations

import pytest

from counsel_app.core.record import TeachBackEntry, TeachBackResult
from counsel_app.qt.teach_back_panel import NOT_TAKEN, TeachBackPanel

PART = "2 药物怎样起作用"
QUESTIONS = ("请您用自己的话说说, 这个药是怎样到达骨头并起作用的?", "您会怎样记住吃药的时间?")


@pytest.fixture
def panel(qtbot):
    p = TeachBackPanel()
    qtbot.addWidget(p)
    p.set_lang("zh-CN")
    p.show_part(PART, QUESTIONS, {QUESTIONS[1]: TeachBackResult.DECLINED})
    p.resize(300, 400)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_shows_the_parts_questions_word_wrapped_with_their_results(panel):
    assert panel.part_label.text() == PART
    assert [lab.text() for lab in panel.question_labels] == list(QUESTIONS)
    assert all(lab.wordWrap() and lab.isVisible() for lab in panel.question_labels)
    assert [c.count() for c in panel.combos] == [5, 5]
    assert [panel.combos[0].itemText(i) for i in range(5)] == [
        "正确", "再次讲解后正确", "需要加强", "未评估", "拒绝回答"]
    assert [c.currentData() for c in panel.combos] == [TeachBackResult.NOT_ASSESSED, TeachBackResult.DECLINED]
    assert not panel.empty_label.isVisible()


def test_choosing_a_result_emits_an_entry(panel, qtbot):
    with qtbot.waitSignal(panel.teach_back_recorded) as blocker:
        panel.combos[0].setCurrentIndex(1)
    assert blocker.args == [TeachBackEntry(PART, QUESTIONS[0], TeachBackResult.CORRECT_AFTER_REEXPLAINING)]


def test_showing_a_part_emits_nothing(panel, qtbot):
    with qtbot.assertNotEmitted(panel.teach_back_recorded), qtbot.assertNotEmitted(panel.pain_recorded):
        panel.show_part("1 什么是RET融合", ("问题一?",), {"问题一?": TeachBackResult.CORRECT})
        panel.set_lang("en")
        panel.set_pain(3)
    assert panel.combos[0].currentText() == "correct"
    assert len(panel.question_labels) == 1


def test_a_part_without_questions_says_so(panel):
    panel.show_part("", (), {})
    assert panel.combos == []
    assert panel.part_label.text() == "开场"
    assert panel.empty_label.isVisible()


def test_pain_score_is_number_and_word_in_the_deck_language(panel, qtbot):
    assert panel.pain_spin.value() == NOT_TAKEN
    assert panel.pain_spin.text() == "not taken"
    assert panel.pain() is None
    with qtbot.waitSignal(panel.pain_recorded) as blocker:
        panel.pain_spin.setValue(6)
    assert blocker.args == [6]
    assert panel.pain_word.text() == "6 (中度)"
    panel.set_bands((2, 5))
    assert panel.pain_word.text() == "6 (重度)"
    panel.set_lang("en")
    assert panel.pain_word.text() == "6 (severe)"
    with qtbot.waitSignal(panel.pain_recorded) as blocker:
        panel.pain_spin.setValue(NOT_TAKEN)
    assert blocker.args == [None]
    assert panel.pain_word.text() == ""


def test_fits_a_300_px_column(panel):
    assert panel.minimumSizeHint().width() <= 300


def test_a_click_into_the_pain_box_that_has_the_keyboard_already_still_lets_a_score_be_typed(panel, qtbot):
    """A second click put the cursor after "not taken", and the typed digit was refused."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    panel.show()
    qtbot.waitExposed(panel)
    spin = panel.pain_spin
    edit = spin.lineEdit()
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    qtbot.wait(20)
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 3, edit.height() // 2))
    qtbot.wait(20)
    with qtbot.waitSignal(panel.pain_recorded) as got:
        QTest.keyClick(edit, Qt.Key.Key_6)
        QTest.keyClick(edit, Qt.Key.Key_Return)
    assert got.args == [6] and spin.text() == "6"
