"""A click on the picture of the console's slide enlarges it for the patient, as Z does; a click
on the text does not; while the pointer or the pen is on, the mouse is theirs."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from counsel_app.core.session import PatientMode, Tool

Key = Qt.Key


def focus_console(app, qtbot):
    app.presenter.activateWindow()
    app.presenter.take_keyboard()
    qtbot.waitUntil(lambda: app.presenter.isActiveWindow())


def on_console(view, point: QPointF) -> QPoint:
    """A point of the patient screen (its pixels) where the console's slide view draws it."""
    layout = view.layout_shown()
    r = view.slide_rect()
    k = r.width() / layout.size.width()
    return QPoint(round(r.x() + point.x() * k), round(r.y() + point.y() * k))


def to_picture_slide(app, qtbot):
    focus_console(app, qtbot)
    while not app.controller.frame.slide.images:
        QTest.keyClick(app.presenter, Key.Key_PageDown)
    view = app.presenter.current
    layout = view.layout_shown()
    [picture] = layout.backdrop
    return view, on_console(view, picture.target.intersected(picture.cell).center()), layout


def test_a_click_on_the_picture_enlarges_it_and_a_second_click_brings_the_slide_back(make_app, qtbot):
    app = make_app()
    view, picture, slide_layout = to_picture_slide(app, qtbot)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=picture)
    assert app.controller.frame.mode is PatientMode.ZOOM
    assert app.patient.view.layout_shown() is not slide_layout
    assert view.layout_shown() is slide_layout  # the doctor still sees the slide, to click again
    assert app.presenter.current_label.text() != "The patient sees"  # it said so over the slide
    assert "enlarged" in app.presenter.current_label.text()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=picture)
    assert app.controller.frame.mode is PatientMode.SLIDE
    assert app.patient.view.layout_shown() is slide_layout
    assert app.presenter.current_label.text() == "The patient sees"
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=picture)
    QTest.keyClick(app.presenter, Key.Key_Escape)
    assert app.controller.frame.mode is PatientMode.SLIDE


def test_a_click_on_the_text_does_not_enlarge_anything(make_app, qtbot):
    app = make_app()
    view, _picture, layout = to_picture_slide(app, qtbot)
    title = layout.content.topLeft() + QPointF(layout.body_px, layout.body_px * 0.6)  # on the title's first letters
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=on_console(view, title))
    assert app.controller.frame.mode is PatientMode.SLIDE
    blank = QPointF(layout.size.width() * 0.01, layout.size.height() * 0.99)  # the margin, no picture
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=on_console(view, blank))
    assert app.controller.frame.mode is PatientMode.SLIDE


def test_with_the_pen_or_the_pointer_on_a_click_on_the_picture_is_theirs(make_app, qtbot):
    app = make_app()
    view, picture, _layout = to_picture_slide(app, qtbot)
    QTest.keyClick(app.presenter, Key.Key_D)
    assert app.controller.frame.tool is Tool.PEN
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=picture)
    assert app.controller.frame.mode is PatientMode.SLIDE
    assert app.patient.view.marks().strokes, "the click was a dot of ink"
    QTest.keyClick(app.presenter, Key.Key_L)
    assert app.controller.frame.tool is Tool.POINTER
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=picture)
    assert app.controller.frame.mode is PatientMode.SLIDE
    QTest.keyClick(app.presenter, Key.Key_L)  # pointer off: the mouse is the doctor's again
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=picture)
    assert app.controller.frame.mode is PatientMode.ZOOM
