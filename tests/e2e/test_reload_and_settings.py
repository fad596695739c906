"""The deck file is watched and reloaded in place; broken text never reaches the patient;
settings survive damage. The doctor's file is never written."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from counsel_app.core.session import Command


def test_changed_deck_reloads_and_keeps_the_position(make_app, privacy_deck, qtbot):
    app = make_app(privacy_deck)
    app.dispatch(Command.NEXT)
    app.dispatch(Command.NEXT)
    text = privacy_deck.read_text(encoding="utf-8").replace("## First point", "## First point, edited")
    privacy_deck.write_text(text, encoding="utf-8")
    qtbot.waitUntil(lambda: "edited" in app.patient.visible_text(), timeout=5000)
    assert app.controller.frame.index == 2
    assert "edited" in app.presenter.current.visible_text()


def test_broken_deck_on_disk_tells_the_doctor_and_the_patient_keeps_the_slide(make_app, privacy_deck, qtbot):
    app = make_app(privacy_deck)
    app.dispatch(Command.NEXT)
    before = app.patient.visible_text()
    privacy_deck.write_bytes(b"\x00\x01binary garbage\xff\xfe")
    warnings = app.presenter.warnings
    qtbot.waitUntil(lambda: any("not a text file" in warnings.item(i).text() for i in range(warnings.count())),
                    timeout=5000)
    assert app.patient.visible_text() == before
    # and when the doctor fixes it, it comes back
    privacy_deck.write_text("# Fixed deck\n\n---\n\n## Two\n", encoding="utf-8")
    qtbot.waitUntil(lambda: "Two" in app.patient.visible_text(), timeout=5000)


def test_opening_and_presenting_never_write_the_deck(make_app, privacy_deck):
    before = privacy_deck.read_bytes(), privacy_deck.stat().st_mtime_ns
    app = make_app(privacy_deck)
    for c in (Command.NEXT, Command.NEXT, Command.BLACK, Command.LAST, Command.FIRST, Command.ZOOM_IN):
        app.dispatch(c)
    app.host.reload()
    assert (privacy_deck.read_bytes(), privacy_deck.stat().st_mtime_ns) == before


def test_missing_deck_opens_with_a_message_instead_of_a_traceback(make_app, tmp_path):
    app = make_app(tmp_path / "nowhere.md")
    assert any("file not found" in m for m in app.messages)
    assert app.patient.isVisible() or app.placement.patient is None


def test_corrupt_settings_file_gives_defaults_and_a_message(make_app, privacy_deck, tmp_path):
    ini = tmp_path / "settings.ini"
    ini.write_bytes(b"[General]\nzoom=banana\ntheme=\x00\xff\nnotes_px=9999\nkeymap=[[[\nversion=1\n")
    app = make_app(privacy_deck, settings_path=ini)
    assert app.settings.zoom == 1.0 and app.settings.notes_px == 22 and app.settings.theme == "light"
    assert app.messages  # the doctor is told
    app.dispatch(Command.NEXT)
    assert app.controller.frame.index == 1  # and the keys still work


def test_future_settings_file_is_not_trusted(make_app, privacy_deck, tmp_path):
    ini = tmp_path / "settings.ini"
    ini.write_text("[General]\nversion=99\ntheme=dark\n", encoding="utf-8")
    app = make_app(privacy_deck, settings_path=ini)
    assert app.settings.theme == "light"
    assert any("newer version" in m for m in app.messages)


def test_zoom_notes_size_and_theme_are_remembered(make_app, privacy_deck, tmp_path):
    ini = tmp_path / "settings.ini"
    app = make_app(privacy_deck, settings_path=ini)
    body = app.patient.view.layout_shown().body_px
    app.dispatch(Command.NOTES_BIGGER)
    app.set_theme("contrast")
    app.dispatch(Command.DIGIT_3)
    app.dispatch(Command.ENTER)
    app.dispatch(Command.ZOOM_OUT)
    smaller = app.patient.view.layout_shown().body_px
    again = make_app(privacy_deck, settings_path=ini)
    assert again.settings.notes_px == 24 and again.settings.theme == "contrast" and again.settings.zoom < 1
    assert again.presenter.notes.font().pixelSize() == 24
    assert smaller <= body
    QApplication.processEvents()


def test_a_deck_presented_before_opens_without_parsing_and_an_edit_still_shows(make_app, privacy_deck, tmp_path,
                                                                                 monkeypatch, qtbot):
    import counsel_app.core.deck as deck_module

    cache = tmp_path / "cache"
    first = make_app(privacy_deck, deck_cache=cache)
    first.check_deck()  # what the app does when idle after the first frame
    shown = first.patient.visible_text()
    before = privacy_deck.read_bytes(), privacy_deck.stat().st_mtime_ns
    real_parse = deck_module.parse_deck
    parsed = []
    monkeypatch.setattr(deck_module, "parse_deck", lambda *a, **k: parsed.append(1) or real_parse(*a, **k))
    again = make_app(privacy_deck, deck_cache=cache)
    assert not parsed and again.patient.visible_text() == shown
    assert (privacy_deck.read_bytes(), privacy_deck.stat().st_mtime_ns) == before
    # an edit on disk is read afresh, from the text, never from what was kept
    privacy_deck.write_text(privacy_deck.read_text(encoding="utf-8").replace("# ", "# Edited ", 1), encoding="utf-8")
    qtbot.waitUntil(lambda: "Edited" in again.patient.visible_text(), timeout=5000)
    assert parsed
