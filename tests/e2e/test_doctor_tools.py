"""Pointer, pen, overview, skip, pace and touch buttons in the whole app, with real mouse and key
events on the console; what the patient window shows is checked on its own pixels and marks."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from counsel_app.core.session import Command, PatientMode, Tool

Key = Qt.Key


def focus_console(app, qtbot):
    app.presenter.activateWindow()
    app.presenter.take_keyboard()
    qtbot.waitUntil(lambda: app.presenter.isActiveWindow())


def at(view, x: float, y: float) -> QPoint:
    """A point of a slide view at (x, y) of its slide (0..1)."""
    r = view.slide_rect()
    return QPoint(round(r.x() + x * r.width()), round(r.y() + y * r.height()))


def is_ink(colour: QColor) -> bool:
    return colour.red() > 180 and colour.green() < 80 and colour.blue() < 80


def patient_pixel(app, x: float, y: float) -> QColor:
    img = app.patient.view.grab().toImage()
    return img.pixelColor(at(app.patient.view, x, y))


def draw(qtbot, view, points):
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=at(view, *points[0]))
    for p in points[1:]:
        QTest.mouseMove(view, at(view, *p))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=at(view, *points[-1]))


# -- pointer ---------------------------------------------------------------------------------------

def test_pointer_dot_follows_the_mouse_on_the_patient_view_and_leaves_with_it(make_app, privacy_deck, qtbot):
    app = make_app(privacy_deck)
    focus_console(app, qtbot)
    view = app.presenter.current
    QTest.mouseMove(view, at(view, 0.5, 0.5))
    assert app.patient.view.marks().pointer is None  # no pointer until L
    QTest.keyClick(app.presenter, Key.Key_L)
    assert app.controller.frame.tool is Tool.POINTER
    QTest.mouseMove(view, at(view, 0.7, 0.4))
    qtbot.waitUntil(lambda: app.patient.view.marks().pointer is not None)
    x, y = app.patient.view.marks().pointer
    assert abs(x - 0.7) < 0.01 and abs(y - 0.4) < 0.01
    assert is_ink(patient_pixel(app, 0.7, 0.4)) and not is_ink(patient_pixel(app, 0.3, 0.8))
    # the dot is at least 2% of the patient screen's height across: ink 1.05% above and below its centre
    assert is_ink(patient_pixel(app, 0.7, 0.4 + 0.0105)) and is_ink(patient_pixel(app, 0.7, 0.4 - 0.0105))
    assert app.patient.view.slide_rect().height() == app.patient.height()  # the slide fills the screen's height
    QTest.mouseMove(app.presenter.notes, QPoint(5, 5))  # the mouse leaves the slide view
    qtbot.waitUntil(lambda: app.patient.view.marks().pointer is None)
    assert not is_ink(patient_pixel(app, 0.7, 0.4))
    QTest.keyClick(app.presenter, Key.Key_L)
    assert app.controller.frame.tool is Tool.NONE


def test_no_dot_over_black_or_while_previewing(make_app, privacy_deck, qtbot):
    app = make_app(privacy_deck)
    view = app.presenter.current
    app.dispatch(Command.POINTER)
    app.dispatch(Command.BLACK)
    QTest.mouseMove(view, at(view, 0.5, 0.5))
    assert app.patient.view.marks().empty
    app.dispatch(Command.BLACK)
    app.presenter.preview_requested.emit(3)
    QTest.mouseMove(view, at(view, 0.4, 0.4))
    assert app.patient.view.marks().empty and "Welcome" in app.patient.visible_text()


# -- pen -------------------------------------------------------------------------------------------

def test_pen_strokes_appear_on_the_patient_view_undo_erase_and_stay_with_their_slide(make_app, privacy_deck, qtbot):
    app = make_app(privacy_deck)
    focus_console(app, qtbot)
    view = app.presenter.current
    QTest.keyClick(app.presenter, Key.Key_D)
    assert app.controller.frame.tool is Tool.PEN
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=at(view, 0.2, 0.5))
    QTest.mouseMove(view, at(view, 0.5, 0.5))
    # while it is being drawn, the patient already sees it
    qtbot.waitUntil(lambda: app.patient.view.marks().drawing is not None)
    assert is_ink(patient_pixel(app, 0.35, 0.5))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=at(view, 0.5, 0.5))
    assert len(app.patient.view.marks().strokes) == 1
    draw(qtbot, view, [(0.2, 0.8), (0.4, 0.8), (0.6, 0.8)])
    assert len(app.patient.view.marks().strokes) == 2 and is_ink(patient_pixel(app, 0.5, 0.8))
    QTest.keyClick(app.presenter, Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the last stroke
    assert len(app.patient.view.marks().strokes) == 1 and not is_ink(patient_pixel(app, 0.5, 0.8))
    QTest.keyClick(app.presenter, Key.Key_PageDown)
    assert app.patient.view.marks().empty  # the next slide has no ink
    QTest.keyClick(app.presenter, Key.Key_PageUp)
    assert len(app.patient.view.marks().strokes) == 1  # back on the slide: its ink comes back
    QTest.keyClick(app.presenter, Key.Key_E)
    assert app.patient.view.marks().empty and not is_ink(patient_pixel(app, 0.35, 0.5))


def test_a_stroke_cut_short_by_a_page_turn_stays_on_its_slide(make_app, privacy_deck, qtbot):
    app = make_app(privacy_deck)
    view = app.presenter.current
    app.dispatch(Command.PEN)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=at(view, 0.2, 0.5))
    QTest.mouseMove(view, at(view, 0.6, 0.5))
    app.dispatch(Command.NEXT)  # the clicker turns the page while the doctor draws
    assert app.patient.view.marks().empty
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=at(view, 0.6, 0.5))
    assert app.patient.view.marks().empty
    app.dispatch(Command.PREV)
    assert len(app.patient.view.marks().strokes) == 1


def test_ink_is_never_written_to_the_deck(make_app, privacy_deck, qtbot):
    before = privacy_deck.read_bytes()
    app = make_app(privacy_deck)
    view = app.presenter.current
    app.dispatch(Command.PEN)
    draw(qtbot, view, [(0.1, 0.1), (0.9, 0.9)])
    app.dispatch(Command.NEXT)
    assert privacy_deck.read_bytes() == before


def test_ctrl_z_outside_pen_mode_is_the_text_fields(make_app, privacy_deck, qtbot):
    app = make_app(privacy_deck)
    focus_console(app, qtbot)
    view = app.presenter.current
    app.dispatch(Command.PEN)
    draw(qtbot, view, [(0.1, 0.1), (0.9, 0.9)])
    app.dispatch(Command.PEN)  # pen off: Ctrl+Z leaves the ink alone
    QTest.keyClick(app.presenter, Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(app.patient.view.marks().strokes) == 1
    assert app.router.route(_ctrl_z()) == "widget"
    app.dispatch(Command.PEN)
    assert app.router.route(_ctrl_z()) == "presentation"


def _ctrl_z():
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.ShortcutOverride, Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


# -- overview --------------------------------------------------------------------------------------

def test_overview_on_the_console_only_arrows_number_enter_escape(make_app, privacy_deck, qtbot):
    app = make_app(privacy_deck)
    focus_console(app, qtbot)
    patient_before = app.patient.view.grab().toImage()
    QTest.keyClick(app.presenter, Key.Key_Tab)
    overview = app.presenter.overview
    qtbot.waitUntil(lambda: overview.isVisible() and overview.hasFocus())
    assert overview.count() == len(app.deck.slides) and overview.currentRow() == 0
    qtbot.waitUntil(lambda: not overview._todo)  # every small picture drawn, a few at a time
    icon = overview.item(4).icon().pixmap(overview.iconSize()).toImage()
    assert icon.pixelColor(icon.width() // 2, 2).name() != "#d0d0d0"  # a slide, not the grey stand-in
    assert app.patient.view.grab().toImage() == patient_before  # the patient's screen did not change
    QTest.keyClick(overview, Key.Key_Right)
    assert overview.currentRow() == 1 and app.controller.frame.index == 0  # arrows move the choice only
    QTest.keyClick(overview, Key.Key_4)
    assert overview.currentRow() == 3
    QTest.keyClick(overview, Key.Key_Return)
    assert not overview.isVisible() and app.controller.frame.index == 3
    assert "Part two" in app.patient.visible_text()
    QTest.keyClick(app.presenter, Key.Key_Tab)
    qtbot.waitUntil(overview.hasFocus)
    QTest.keyClick(overview, Key.Key_Left)
    QTest.keyClick(overview, Key.Key_Escape)
    assert not overview.isVisible() and app.controller.frame.index == 3
    assert app.presenter.split.isVisible()


def test_the_overview_takes_the_keyboard_from_the_patient_view(make_app, privacy_deck, qtbot):
    """Tab pressed while the patient view had the keyboard (a click on it): the overview opens on the
    console with the keyboard, so the next arrow moves its choice, never the patient's slide."""
    from PySide6.QtWidgets import QApplication

    app = make_app(privacy_deck)
    if not app.patient.isVisible():
        pytest.skip("no patient screen in this layout")
    app.patient.activateWindow()
    qtbot.waitUntil(app.patient.isActiveWindow)
    QTest.keyClick(app.patient, Key.Key_Tab)
    overview = app.presenter.overview
    qtbot.waitUntil(lambda: overview.isVisible() and app.presenter.isActiveWindow())
    keyboard = QApplication.focusWidget() or QApplication.activeWindow()
    QTest.keyClick(keyboard, Key.Key_Right)  # where a real key goes
    assert app.controller.frame.index == 0 and overview.currentRow() == 1


def test_clicker_keys_still_work_while_the_overview_is_open(make_app, privacy_deck, qtbot):
    app = make_app(privacy_deck)
    focus_console(app, qtbot)
    QTest.keyClick(app.presenter, Key.Key_Tab)
    overview = app.presenter.overview
    qtbot.waitUntil(overview.hasFocus)
    QTest.keyClick(overview, Key.Key_PageDown)
    assert app.controller.frame.index == 1
    assert overview.currentRow() == 1  # the grid marks the slide the patient sees now, for Enter
    QTest.keyClick(overview, Key.Key_Return)
    assert app.controller.frame.index == 1 and not overview.isVisible()  # not back to the old slide
    QTest.keyClick(app.presenter, Key.Key_Tab)
    qtbot.waitUntil(overview.hasFocus)
    QTest.keyClick(overview, Key.Key_B)
    assert app.controller.frame.mode is PatientMode.BLACK
    QTest.keyClick(overview, Key.Key_Tab)
    assert not overview.isVisible()


# -- skip ------------------------------------------------------------------------------------------

def click_tick(qtbot, tree, item):
    """Click an outline row's tick box with the mouse."""
    from PySide6.QtWidgets import QStyle

    rect = tree.visualItemRect(item)
    box = tree.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + box // 2 + 3, rect.center().y()))


def test_unticked_slides_and_parts_are_passed_over_greyed_and_recorded(make_app, privacy_deck, qtbot):
    app = make_app(privacy_deck)
    focus_console(app, qtbot)
    items = app.presenter.outline.items
    qtbot.waitExposed(app.presenter.outline)
    click_tick(qtbot, app.presenter.outline, items[1])  # the whole of part one (slides 2-3)
    assert app.controller.frame.skipped == frozenset({1, 2})
    assert app.controller.frame.preview is None  # a tick is not a click to look at the slide
    qtbot.mouseClick(app.presenter.outline.viewport(), Qt.MouseButton.LeftButton,
                     pos=app.presenter.outline.visualItemRect(items[4]).center())
    assert app.controller.frame.preview == 4  # a click on the title still previews
    app.dispatch(Command.ESCAPE)
    assert items[2].checkState(0) == Qt.CheckState.Unchecked
    assert items[2].foreground(0).color().name() == "#8a8a8a"
    assert "Part two" in app.presenter.next.visible_text()  # "next" on the console is the next slide shown
    QTest.keyClick(app.presenter, Key.Key_PageDown)
    assert app.controller.frame.index == 3 and "Part two" in app.patient.visible_text()
    QTest.keyClick(app.presenter, Key.Key_PageUp)
    assert app.controller.frame.index == 0
    click_tick(qtbot, app.presenter.outline, items[2])  # one slide of the part back in
    assert app.controller.frame.skipped == frozenset({1})  # the part's title slide stays out
    QTest.keyClick(app.presenter, Key.Key_PageDown)
    assert app.controller.frame.index == 2
    click_tick(qtbot, app.presenter.outline, items[4])  # the last slide
    focus_console(app, qtbot)
    QTest.keyClick(app.presenter, Key.Key_End)
    assert app.controller.frame.index == 3  # End: the last slide not skipped
    summary = app.keeper.summary()
    assert summary.slides_covered == (1, 3, 4) and summary.slides_skipped == (2, 5)
    assert items[4].foreground(0).color().name() == "#8a8a8a" and items[3].checkState(0) == Qt.CheckState.Checked
    assert "SECRET" not in app.patient.visible_text()


# -- pace ------------------------------------------------------------------------------------------

def test_pace_shows_time_left_and_behind_on_the_console_and_the_record_keeps_the_plan(make_app, tmp_path, qtbot):
    deck = tmp_path / "d.md"
    deck.write_text("---\nduration: 10\nlang: en\n---\n\n# Hello\n\n---\n\n<!-- _class: part -->\n# One\n\n---\n\n"
                    "# More\n\n---\n\n<!-- _class: part -->\n# Two\n\n---\n\n# Last\n", encoding="utf-8")
    now = [1000.0]
    app = make_app(deck, clock=lambda: now[0])
    assert app.tools.minutes == 10 and app.keeper.summary().planned_minutes == 10
    app.tools.show_pace()
    assert app.presenter.pace.isVisible() and "10:00 left" in app.presenter.pace.text()
    assert "on time" in app.presenter.pace.text()
    now[0] += 5 * 60  # five minutes on the opening slide (planned: 2)
    app.tools.show_pace()
    assert "5:00 left" in app.presenter.pace.text() and "3:00 behind" in app.presenter.pace.text()
    assert "b3261e" in app.presenter.pace.styleSheet()
    tip = app.presenter.pace.toolTip()  # every part, planned against the time spent so far
    assert "Introduction: planned 2:00, so far 5:00 (behind)" in tip and "One: planned 4:00, so far 0:00 (ahead)" in tip
    app.dispatch(Command.LAST)
    app.tools.show_pace()
    assert "ahead" in app.presenter.pace.text()  # part two was planned from 6:00
    assert "left" not in app.patient.visible_text() and "ahead" not in app.patient.visible_text()
    now[0] += 6 * 60
    app.tools.show_pace()
    assert "1:00 over" in app.presenter.pace.text()
    summary = app.keeper.summary()
    assert summary.planned_minutes == 10 and summary.minutes == 11.0


def test_without_duration_the_setting_is_the_plan(make_app, privacy_deck, tmp_path):
    from counsel_app.core.settings_model import Settings
    from counsel_app.qt.settings import SettingsStore

    assert make_app(privacy_deck).tools.minutes == 15
    SettingsStore(tmp_path / "twenty.ini").save(Settings(visit_minutes=20))
    app = make_app(privacy_deck, settings_path=tmp_path / "twenty.ini")
    assert app.tools.minutes == 20 and app.keeper.summary().planned_minutes == 20
    assert "20:00 left" in app.presenter.pace.text()


# -- touch -----------------------------------------------------------------------------------------

def test_touch_buttons_are_at_least_9_mm_and_turn_and_black(make_app, privacy_deck, qtbot):
    app = make_app(privacy_deck)
    touch = app.presenter.touch
    screen = app.presenter.screen()
    dpi = max(screen.physicalDotsPerInch(), screen.logicalDotsPerInch())
    for button in (touch.prev, touch.next, touch.black):
        assert min(button.width(), button.height()) / dpi * 25.4 >= 9.0
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.mouseClick(touch.next, Qt.MouseButton.LeftButton)
    assert app.controller.frame.index == 1
    qtbot.mouseClick(touch.prev, Qt.MouseButton.LeftButton)
    assert app.controller.frame.index == 0
    qtbot.mouseClick(touch.black, Qt.MouseButton.LeftButton)
    assert app.controller.frame.mode is PatientMode.BLACK and app.patient.visible_text() == ""


# -- the visit -------------------------------------------------------------------------------------

def test_next_patient_clears_ink_skips_overview_and_pace(make_app, privacy_deck, qtbot):
    now = [1000.0]
    app = make_app(privacy_deck, clock=lambda: now[0])
    view = app.presenter.current
    app.dispatch(Command.PEN)
    draw(qtbot, view, [(0.1, 0.1), (0.9, 0.9)])
    app.presenter.outline.items[3].setCheckState(0, Qt.CheckState.Unchecked)
    now[0] += 20 * 60
    app.tools.show_pace()
    assert "over" in app.presenter.pace.text()
    app.dispatch(Command.OVERVIEW)
    app.keeper.mark_saved()
    app.dispatch(Command.NEXT_PATIENT)
    frame = app.controller.frame
    assert frame.skipped == frozenset() and frame.tool is Tool.NONE
    assert app.patient.view.marks().empty and not app.tools.marks.book
    assert all(it.checkState(0) == Qt.CheckState.Checked for it in app.presenter.outline.items.values())
    assert not app.presenter.overview.isVisible()
    assert "15:00 left" in app.presenter.pace.text() and "on time" in app.presenter.pace.text()
    assert app.keeper.summary().slides_skipped == ()
    app.dispatch(Command.PEN)
    assert app.patient.view.marks().empty  # the last patient's ink does not come back


# -- the handout with the doctor's marks -------------------------------------------------------------

def test_export_handout_with_the_doctors_marks(make_app, privacy_deck, qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QFileDialog

    from counsel_app.qt import file_actions, handout

    app = make_app(privacy_deck)
    app.dispatch(Command.NEXT)
    app.dispatch(Command.NEXT)  # slide 3, "First point"
    app.dispatch(Command.PEN)
    draw(qtbot, app.presenter.current, [(0.2, 0.6), (0.5, 0.7), (0.8, 0.6)])
    answers = {"tick": True}

    def which(_window, _shown, box=None):
        assert box is not None and box.isChecked()  # offered, and ticked unless the doctor unticks it
        box.setChecked(answers["tick"])
        return None  # all slides

    seen = []
    real_render = handout.render_handout_pdf

    def render(model, path, **kw):
        marked = [(i.slide, p) for i in model.items for p in i.pictures if "marks" in p.path.name]
        red = 0
        for _slide, picture in marked:  # the picture exists while the PDF is written
            img = QImage(str(picture.path))
            red += sum(1 for y in range(0, img.height(), 4) for x in range(0, img.width(), 4)
                       if is_ink(img.pixelColor(x, y)))
        seen.append(([s for s, _ in marked], red, [p.path for _s, p in marked]))
        return real_render(model, path, **kw)

    monkeypatch.setattr(file_actions, "which_slides", which)
    monkeypatch.setattr(handout, "render_handout_pdf", render)
    out = tmp_path / "h.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(out), "")))
    app.files.handout_dialog()
    slides, red, paths = seen[-1]
    assert slides == [3] and red > 20
    assert not any(p.exists() for p in paths)  # the pictures went with the export
    with_marks = out.read_bytes()
    assert b"/Subtype /Image" in with_marks
    answers["tick"] = False
    app.files.handout_dialog()
    assert seen[-1][0] == [] and b"/Subtype /Image" not in out.read_bytes()


def test_no_marks_question_without_ink(make_app, privacy_deck, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from counsel_app.qt import file_actions

    app = make_app(privacy_deck)
    boxes = []
    monkeypatch.setattr(file_actions, "which_slides", lambda _w, _s, box=None: boxes.append(box))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(tmp_path / "h.pdf"), "")))
    app.files.handout_dialog()
    assert boxes == [None]


def test_ink_drawn_segment_by_segment_looks_like_the_stroke_drawn_whole(make_app, privacy_deck, qtbot):
    from counsel_app.qt.marks import InkLayer

    app = make_app(privacy_deck)
    app.dispatch(Command.PEN)
    view = app.presenter.current
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=at(view, 0.1, 0.5))
    for i in range(1, 30):
        QTest.mouseMove(view, at(view, 0.1 + 0.027 * i, 0.5 + 0.15 * ((i % 4) - 1.5) / 1.5))
    patient = app.patient.view
    drawn = patient.grab().toImage()  # while the stroke is drawn: from the layer, segment by segment
    patient._ink = InkLayer()  # forget the layer: the same marks drawn whole
    whole = patient.grab().toImage()
    differ = sum(1 for y in range(0, drawn.height(), 2) for x in range(0, drawn.width(), 2)
                 if is_ink(drawn.pixelColor(x, y)) != is_ink(whole.pixelColor(x, y)))
    inked = sum(1 for y in range(0, whole.height(), 2) for x in range(0, whole.width(), 2)
                if is_ink(whole.pixelColor(x, y)))
    assert inked > 100 and differ <= inked * 0.02
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=at(view, 0.9, 0.5))


def test_overview_double_click_shows_that_slide(make_app, privacy_deck, qtbot):
    app = make_app(privacy_deck)
    app.dispatch(Command.OVERVIEW)
    overview = app.presenter.overview
    qtbot.waitUntil(lambda: overview.isVisible() and overview.visualItemRect(overview.item(4)).isValid())
    qtbot.waitExposed(overview)
    rect = overview.visualItemRect(overview.item(4))
    # a double click as a mouse sends it: press, release, double-click (QTest's alone has no press)
    qtbot.mouseClick(overview.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert overview.currentRow() == 4 and overview.isVisible()  # one click only chooses
    qtbot.mouseDClick(overview.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not overview.isVisible() and app.controller.frame.index == 4


def test_a_clickers_laser_key_can_be_bound_to_the_pointer(make_app, privacy_deck, qtbot, tmp_path):
    from counsel_app.core.settings_model import Settings
    from counsel_app.qt.settings import SettingsStore

    SettingsStore(tmp_path / "laser.ini").save(Settings(keymap={"pointer": "F7, L"}))
    app = make_app(privacy_deck, settings_path=tmp_path / "laser.ini")
    focus_console(app, qtbot)
    QTest.keyClick(app.presenter, Key.Key_F7)
    assert app.controller.frame.tool is Tool.POINTER
