"""The console alone: it renders the frame it is given and says what the patient sees."""

from PySide6.QtCore import QSize

from counsel_app.core.deck import parse_deck
from counsel_app.core.session import Command, PatientMode, Session
from counsel_app.core.themes import theme
from counsel_app.qt.presenter_window import PresenterWindow
from counsel_app.qt.stage import Stage

DECK = parse_deck("---\ntitle: T\n---\n\n# Welcome\n\n<!-- Source: the article. -->\n\n<!-- say hello -->\n\n---\n\n"
                  "<!-- _class: part -->\n# What it is\n\n---\n\n## A long slide title that will not fit in a narrow outline\n")


def console(qtbot):
    window = PresenterWindow()
    qtbot.addWidget(window)
    window.set_deck(DECK)
    stage = Stage(lambda: (QSize(1280, 720), 0.0))
    stage.theme = theme("light")
    return window, stage


def show(window, stage, frame):
    window.show_frame(frame, stage.layouts(frame), theme("light"))


def test_position_part_notes_and_states(qtbot):
    window, stage = console(qtbot)
    session = Session(DECK)
    show(window, stage, session.frame)
    assert window.position.text() == "1 / 3"
    assert window.notes.toPlainText() == "say hello\n\nSource: the article."  # what to say first
    assert window.state.isHidden()
    show(window, stage, session.run(Command.BLACK))
    assert "BLACK" in window.state.text() and window.current.visible_text() == ""
    show(window, stage, session.run(Command.PAIN_SCALE))
    assert session.frame.mode is PatientMode.PAIN_SCALE and "pain scale" in window.state.text()
    show(window, stage, session.run(Command.DIGIT_7))
    assert "Pain score: 7" in window.state.text()
    show(window, stage, session.run(Command.ESCAPE))
    show(window, stage, session.run(Command.DIGIT_3))
    assert "Go to slide: 3" in window.state.text()


def test_a_private_preview_is_labelled(qtbot):
    window, stage = console(qtbot)
    session = Session(DECK)
    show(window, stage, session.preview(2))
    assert window.current_label.text() == "Preview (not shown)" and "PREVIEW" in window.state.text()
    assert window.position.text() == "3 / 3"


def test_disconnected_banner_and_zoom_label(qtbot):
    window, stage = console(qtbot)
    show(window, stage, Session(DECK).frame)
    window.set_patient_connected(False)
    assert not window.screen_banner.isHidden() and "disconnected" in window.current_label.text()
    window.set_patient_connected(False, rehearsal=True)  # one screen, rehearsing: nothing is wrong
    assert window.screen_banner.isHidden()
    window.set_patient_connected(True)
    assert window.current_label.text() == "The patient sees"
    window.set_zoom(1.21, True)
    assert window.zoom.text() == "Patient text 121% (this slide: as large as it fits)"


def test_outline_items_carry_their_full_title(qtbot):
    window, _stage = console(qtbot)
    part = window.outline.topLevelItem(1)
    child = part.child(0)
    assert child.toolTip(0) == "3. A long slide title that will not fit in a narrow outline"


def test_source_toggle_folds_the_source_and_says_so(qtbot):
    window, stage = console(qtbot)
    show(window, stage, Session(DECK).frame)
    with qtbot.waitSignal(window.show_source_changed) as blocker:
        window.source_toggle.click()
    assert blocker.args == [False] and window.notes.toPlainText() == "say hello"


def test_a_teach_back_question_in_the_notes_is_labelled_in_the_doctors_words(qtbot):
    deck = parse_deck("# Welcome\n\n<!-- say hello -->\n\n<!-- teach-back: What will you do at home? -->\n")
    window = PresenterWindow()
    qtbot.addWidget(window)
    window.set_deck(deck)
    stage = Stage(lambda: (QSize(1280, 720), 0.0))
    stage.theme = theme("light")
    window.show_frame(Session(deck).frame, stage.layouts(Session(deck).frame), theme("light"))
    assert window.notes.toPlainText() == "say hello\n\nTeach-back question: What will you do at home?"
