"""The whole app on two screens: placement, one source of truth, and privacy of the notes."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QAbstractButton, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QTextEdit,
                               QTreeWidget)

from counsel_app.core.session import PatientMode, Command


def test_patient_view_is_full_screen_on_the_patient_screen(make_app, privacy_deck):
    app = make_app(privacy_deck)
    assert app.placement.patient == "patient" and app.placement.doctor == "doctor"
    assert app.patient.isVisible() and app.patient.isFullScreen()
    assert app.patient.screen().name() == "patient"
    assert app.patient.geometry().topLeft().x() == 1920
    assert app.presenter.screen().name() == "doctor"


def test_patient_screen_can_be_chosen_by_name_and_swapped(make_app, privacy_deck):
    app = make_app(privacy_deck, patient_screen="doctor")
    assert app.placement.patient == "doctor" and app.patient.screen().name() == "doctor"
    assert app.presenter.screen().name() == "patient"
    app.dispatch(Command.SWAP_SCREENS)
    assert app.placement.patient == "patient" and app.patient.screen().name() == "patient"
    assert app.settings.patient_screen == "patient"  # remembered for next time


def _shown(app):
    return app.patient.view.layout_shown(), app.patient.view._page


def test_both_windows_always_show_the_same_slide(make_app, privacy_deck):
    app = make_app(privacy_deck)
    script = [Command.NEXT, Command.NEXT, Command.PREV, Command.LAST, Command.FIRST, Command.BLACK,
              Command.NEXT, Command.WHITE, Command.ESCAPE, Command.DIGIT_4, Command.ENTER, Command.PREV,
              Command.START_FIRST, Command.NEXT]
    for command in script:
        app.dispatch(command)
        frame = app.controller.frame
        assert app.presenter.current.layout_shown() is app.patient.view.layout_shown()
        assert app.presenter.position.text().startswith(f"{frame.index + 1} /")
        assert app.patient.view.layout_shown().doc.toPlainText() == \
            app.stage.layout(frame.deck, frame.index).doc.toPlainText()


def test_black_and_white_toggle_and_escape_returns(make_app, privacy_deck):
    app = make_app(privacy_deck)
    app.dispatch(Command.BLACK)
    assert app.controller.frame.mode is PatientMode.BLACK and app.patient.visible_text() == ""
    app.dispatch(Command.BLACK)
    assert app.controller.frame.mode is PatientMode.SLIDE and "Welcome" in app.patient.visible_text()
    app.dispatch(Command.WHITE)
    assert app.patient.view._fill == "white"
    app.dispatch(Command.ESCAPE)
    assert app.patient.view._fill is None


def test_outline_previews_privately_until_confirmed(make_app, privacy_deck):
    app = make_app(privacy_deck)
    app.presenter.preview_requested.emit(4)
    assert "Second point" in app.presenter.current.visible_text()
    assert "Welcome" in app.patient.visible_text()  # the patient still sees slide 1
    app.dispatch(Command.ENTER)
    assert "Second point" in app.patient.visible_text()
    assert app.controller.frame.index == 4


def _secrets(deck) -> list[str]:
    found = []
    for s in deck.slides:
        for comment in s.comments:
            found.extend(re.findall(r"SECRET-[A-Z]+-\d", comment))
    return found


def test_notes_never_reach_the_patient_window_in_any_state(make_app, privacy_deck, qtbot):
    app = make_app(privacy_deck)
    secrets = _secrets(app.deck)
    assert len(secrets) == 5
    from counsel_app.core.screens import Placement

    def pain_typed():  # the doctor types the patient's answer on the pain scale
        app.dispatch(Command.PAIN_SCALE)
        app.dispatch(Command.DIGIT_7)

    def pain_entered():
        pain_typed()
        app.dispatch(Command.ENTER)

    def next_patient():
        app.keeper.mark_saved()
        app.dispatch(Command.NEXT_PATIENT)

    def disconnected_banner():  # the console's banner while the patient's monitor is away
        app.placer.placed.emit(Placement(doctor="doctor", patient=None))

    def mouse_at(x, y):
        r = app.presenter.current.slide_rect()
        return QPoint(round(r.x() + x * r.width()), round(r.y() + y * r.height()))

    def pointer():
        app.dispatch(Command.POINTER)
        QTest.mouseMove(app.presenter.current, mouse_at(0.5, 0.5))

    def ink():
        app.dispatch(Command.PEN)
        view = app.presenter.current
        QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, mouse_at(0.2, 0.2))
        QTest.mouseMove(view, mouse_at(0.6, 0.4))
        QTest.mouseRelease(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, mouse_at(0.6, 0.4))

    def skipped():  # a slide unticked for this patient, and the pace line on the console
        app.presenter.outline.items[len(app.deck.slides) - 1].setCheckState(0, Qt.CheckState.Unchecked)
        app.tools.show_pace()

    def overview():
        app.dispatch(Command.OVERVIEW)
        assert app.presenter.overview.isVisible()

    states = [lambda: None, pointer, ink, skipped, overview, lambda: app.dispatch(Command.BLACK), lambda: app.dispatch(Command.WHITE),
              lambda: app.presenter.preview_requested.emit(2), lambda: app.dispatch(Command.PAIN_SCALE),
              pain_typed, pain_entered, next_patient, disconnected_banner,
              lambda: app.dispatch(Command.ZOOM_PICTURE), lambda: app.show_keys(), lambda: app.visit.end_counselling()]
    for i in range(len(app.deck.slides)):
        for enter_state in states:
            app.dispatch(Command.ESCAPE)
            app.dispatch(Command.DIGIT_1 if i == 0 else getattr(Command, f"DIGIT_{i + 1}"))
            app.dispatch(Command.ENTER)
            app.keeper.set_plan("PLAN-SECRET for this patient")
            enter_state()
            text = app.patient.visible_text()
            assert not any(s in text for s in secrets)
            assert "PLAN" not in text and "disconnected" not in text
            assert "left" not in text and "behind" not in text and "ahead" not in text  # no pace
            # the patient window holds one slide view and nothing else a doctor uses (no overview, no outline)
            for kind in (QLabel, QTextEdit, QPlainTextEdit, QTreeWidget, QLineEdit, QAbstractButton, QListWidget):
                assert app.patient.findChildren(kind) == []
            img = app.patient.grab().toImage()
            assert not img.isNull()
            marks = app.patient.view.marks()
            if not app.controller.frame.marks_shown:  # no dot, no ink over black, white, scale or preview
                assert marks.empty
            app.dispatch(Command.ESCAPE)  # tools away, overview closed for the next state
            app.presenter.close_overview()
    # dialogs open on the doctor's screen, never the patient's
    from PySide6.QtWidgets import QApplication, QDialog

    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert dialogs, "the key map dialog should be open"
    for d in dialogs:
        assert d.screen().name() == "doctor"
        d.close()
