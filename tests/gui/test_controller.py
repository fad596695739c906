"""The controller emits frame_changed only when something on screen changed."""

from counsel_app.core.deck import parse_deck
from counsel_app.core.session import Command, PatientMode
from counsel_app.qt.controller import Controller

DECK = parse_deck("# One\n\n---\n\n# Two\n\n---\n\n# Three\n")


def test_emits_once_per_change_and_never_for_nothing(qtbot):
    c = Controller(DECK)
    with qtbot.waitSignal(c.frame_changed) as blocker:
        c.run(Command.NEXT)
    assert blocker.args[0].index == 1
    with qtbot.assertNotEmitted(c.frame_changed):
        c.run(Command.CONFIRM_PREVIEW)  # nothing previewed: nothing changes
        c.preview(1)  # previewing the slide shown is no preview
        c.run(Command.HELP)  # not the session's command


def test_last_slide_next_emits_nothing(qtbot):
    c = Controller(DECK)
    c.run(Command.LAST)
    with qtbot.assertNotEmitted(c.frame_changed):
        c.run(Command.NEXT)


def test_start_privately_blacks_the_patient_and_previews_slide_one(qtbot):
    c = Controller(DECK)
    c.run(Command.LAST)
    with qtbot.waitSignal(c.frame_changed):
        frame = c.start(DECK, private=True)
    assert (frame.index, frame.preview, frame.mode) == (0, 0, PatientMode.BLACK)
    frame = c.run(Command.ENTER)
    assert (frame.index, frame.preview, frame.mode) == (0, None, PatientMode.SLIDE)
