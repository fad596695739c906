"""Unexpected errors are logged and told in one sentence; logs hold nothing about the patient."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMainWindow, QMessageBox

from counsel_app.logs import setup_logging
from counsel_app.qt.errors import ErrorReporter


def test_an_unexpected_error_is_logged_and_told_in_one_sentence(qtbot, tmp_path):
    log_file = setup_logging(tmp_path)
    window = QMainWindow()
    qtbot.addWidget(window)
    reporter = ErrorReporter(window, "en")
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        reporter.report(type(exc), exc, exc.__traceback__)
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert "ZeroDivisionError" in boxes[0].text() and "goes on" in boxes[0].text()
    assert "\n" not in boxes[0].text()
    for h in logging.getLogger("counsel").handlers:
        h.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "ZeroDivisionError" in text and "Traceback" in text
    # a second error while the message is open does not stack messages in front of the doctor
    reporter.report(ValueError, ValueError("x"), None)
    assert len([b for b in window.findChildren(QMessageBox) if b.isVisible()]) == 1
    assert reporter.count == 2


def test_logs_rotate_and_say_versions(tmp_path):
    log_file = setup_logging(tmp_path)
    log = logging.getLogger("counsel")
    for _ in range(12000):
        log.info("x" * 100)
    for h in log.handlers:
        h.flush()
    assert log_file.stat().st_size <= 1_000_000
    assert (tmp_path / "counsel-app.log.1").exists()
    assert not (tmp_path / "counsel-app.log.4").exists()


def test_an_unwritable_log_folder_does_not_stop_the_app(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert setup_logging(blocker / "logs") is None


def test_presenting_logs_nothing_about_the_patient(make_app, privacy_deck, tmp_path):
    log_file = setup_logging(tmp_path / "logs")
    app = make_app(privacy_deck)
    from counsel_app.core.session import Command

    for _ in range(5):
        app.dispatch(Command.NEXT)
    app.keeper.set_plan("PLAN-SECRET follow-up in 2 weeks")
    app.keeper.set_pain(7)
    app.tell("a message")
    for h in logging.getLogger("counsel").handlers:
        h.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "SECRET" not in text and "PLAN" not in text
