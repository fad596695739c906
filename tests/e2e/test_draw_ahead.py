"""After a turn, the slides either side are laid out and drawn ahead, a step at a time when idle:
the next turn only shows pictures already made."""

from __future__ import annotations

import counsel_app.qt.render as render
from counsel_app.core.session import Command


def _counting(monkeypatch, calls: list | None = None, tag=lambda index: index) -> list:
    """Every slide laid out from now on, as `tag(slide.index)`, appended to `calls`."""
    calls = [] if calls is None else calls
    real = render.layout_slide

    def layout_slide(slide, *args, **kwargs):
        calls.append(tag(slide.index))
        return real(slide, *args, **kwargs)

    monkeypatch.setattr(render, "layout_slide", layout_slide)
    return calls


def test_the_next_turn_needs_no_layout_once_the_app_was_idle(make_app, qtbot, monkeypatch):
    app = make_app()
    app.dispatch(Command.NEXT)
    qtbot.waitUntil(lambda: app.prefetch_steps == [], timeout=10_000)
    calls = _counting(monkeypatch)
    for command in (Command.NEXT, Command.NEXT, Command.NEXT, Command.PREV):
        app.dispatch(command)
        assert calls == []  # laid out ahead
        qtbot.waitUntil(lambda: app.prefetch_steps == [], timeout=10_000)
        calls.clear()


def test_drawing_ahead_goes_one_step_at_a_time_and_starts_again_for_a_new_frame(make_app, qtbot):
    app = make_app()
    qtbot.waitUntil(lambda: app.prefetch_steps == [], timeout=10_000)
    app.dispatch(Command.NEXT)
    app.prefetch()  # the new slide is not on screen yet: drawing ahead waits (it would delay that frame)
    assert app.prefetch_steps is None
    for view in (app.presenter.current, app.presenter.next, app.patient.view):
        if view.isVisible():
            view.repaint()
    app.prefetch()  # the first step only: a layout or a picture, then back to the event loop
    left = len(app.prefetch_steps)
    assert left > 2
    app.dispatch(Command.NEXT)  # a turn before drawing ahead was done: ahead of the new slide now
    assert app.prefetch_steps is None
    qtbot.waitUntil(lambda: app.prefetch_steps == [], timeout=10_000)


def test_a_turn_either_way_shows_pictures_drawn_ahead_on_every_view(make_app, qtbot, monkeypatch):
    """Forward and back, the patient view, the console's slide and its next-slide preview only copy
    pictures made while idle: none is drawn during the turn (the preview's size differs from the
    console's, so the slide going back into the preview needs its own picture)."""
    import counsel_app.qt.slide_view as slide_view

    app = make_app()
    views = [app.presenter.current, app.presenter.next] + ([app.patient.view] if app.patient.isVisible() else [])
    for command in (Command.NEXT, Command.NEXT):
        app.dispatch(command)
        for view in views:
            view.repaint()
        qtbot.waitUntil(lambda: app.prefetch_steps == [], timeout=10_000)
    drawn: list = []
    real = slide_view.paint_layout
    monkeypatch.setattr(slide_view, "paint_layout", lambda *a, **k: (drawn.append(a[1]), real(*a, **k)))
    for command in (Command.NEXT, Command.PREV, Command.PREV):
        drawn.clear()  # what was drawn ahead while idle
        app.dispatch(command)
        for view in views:
            view.repaint()
        assert drawn == [], f"drawn during the turn ({command.name})"
        qtbot.waitUntil(lambda: app.prefetch_steps == [], timeout=10_000)


def test_a_turn_shows_notes_laid_out_while_idle(make_app, qtbot, monkeypatch):
    """The notes of the slides either side are wrapped and drawn ahead too: a turn lays out and draws
    no text in the notes box."""
    from PySide6.QtGui import QTextDocument

    app = make_app()
    app.dispatch(Command.NEXT)
    qtbot.waitUntil(lambda: app.prefetch_steps == [], timeout=10_000)
    made: list = []
    real = QTextDocument.setPlainText
    monkeypatch.setattr(QTextDocument, "setPlainText", lambda doc, text: (made.append(text), real(doc, text)))
    from counsel_app.qt.notes_view import NotesView

    drawn: list = []
    real_draw = NotesView._draw
    monkeypatch.setattr(NotesView, "_draw", lambda self, *a: (drawn.append(1), real_draw(self, *a)))
    for command in (Command.NEXT, Command.PREV, Command.PREV):
        made.clear()
        drawn.clear()
        app.dispatch(command)
        app.presenter.notes.viewport().repaint()
        assert made == [], f"notes laid out during the turn ({command.name})"
        assert drawn == [], f"notes drawn during the turn ({command.name}): only a picture made ahead is copied"
        qtbot.waitUntil(lambda: app.prefetch_steps == [], timeout=10_000)


def test_the_console_keeps_its_shape_when_the_teach_back_part_changes(make_app, qtbot):
    """The teach-back panel grows for a part with more to ask but never shrinks back: going back to a
    part with less (the title slide has no question) leaves the outline above it where it was; the
    top bar's labels keep their places whether or not the slide is as large as it fits. A turn between
    parts moves nothing on the doctor's screen and lays out nothing else."""
    app = make_app()
    app.presenter.resize(1600, 900)
    app.presenter.show()
    qtbot.waitExposed(app.presenter)
    outline = app.presenter.outline
    count = len(app.deck.slides)
    for _ in range(count - 1):  # once through every part
        app.dispatch(Command.NEXT)
        qtbot.wait(1)
    heights, top_bar = set(), set()
    for command in [Command.PREV] * (count - 1) + [Command.NEXT] * (count - 1):
        app.dispatch(command)
        qtbot.wait(1)
        heights.add(outline.height())
        top_bar.add((app.presenter.part.geometry().getRect(), app.presenter.zoom.geometry().getRect()))
    assert len(heights) == 1, sorted(heights)
    assert len(top_bar) == 1, sorted(top_bar)  # the part and zoom labels stay where they are


def test_drawing_ahead_waits_for_the_first_frame(make_app, qtbot, monkeypatch):
    """At start-up nothing is drawn ahead before both windows show their first slide: a picture drawn
    ahead takes 15-30 ms, and the first frame would wait for it."""
    import counsel_app.qt.slide_view as slide_view

    drawn: list = []
    real = slide_view.paint_layout
    monkeypatch.setattr(slide_view, "paint_layout", lambda *a, **k: (drawn.append(a[1]), real(*a, **k)))
    app = make_app()
    assert not app.presenter.current.painted
    app.prefetch()  # as if its timer fired before the windows were painted
    assert drawn == [] and app.prefetch_steps is None
    qtbot.waitUntil(lambda: app.presenter.current.painted, timeout=5_000)
    qtbot.waitUntil(lambda: app.prefetch_steps == [], timeout=10_000)
    assert drawn  # then the slides either side are drawn ahead as usual


def test_a_turn_within_a_part_leaves_the_teach_back_panel_alone(make_app, qtbot):
    """The teach-back rows and the pain score are the same on the next slide of a part: nothing of the
    panel is painted again (a turn repaints only what changed)."""
    from PySide6.QtCore import QEvent, QObject

    app = make_app()
    app.presenter.show()
    qtbot.waitExposed(app.presenter)
    app.dispatch(Command.NEXT)  # into the first part, the score taken
    app.teach_back.pain_spin.setValue(4)
    qtbot.wait(50)
    panel_widgets = [app.teach_back, *app.teach_back.findChildren(QObject)]
    painted: list[str] = []

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.Paint:
                painted.append(type(obj).__name__)
            return False

    watch = Watch()
    for w in [*panel_widgets, app.presenter.current]:
        w.installEventFilter(watch)
    part = app.deck.slides[app.controller.frame.index].section
    assert app.deck.slides[app.controller.frame.index + 1].section == part
    app.dispatch(Command.NEXT)
    qtbot.waitUntil(lambda: "SlideView" in painted, timeout=5_000)  # the turn was painted
    qtbot.wait(50)
    assert painted == ["SlideView"], painted
    assert app.teach_back.pain_spin.value() == 4


def _turn_draws(app, monkeypatch, command: Command) -> tuple[list, list]:
    """(slides laid out, views drawn) while `command` is handled and both windows paint it."""
    import counsel_app.qt.slide_view as slide_view

    laid_out = _counting(monkeypatch)
    drawn: list = []
    real = slide_view.paint_layout
    monkeypatch.setattr(slide_view, "paint_layout", lambda *a, **k: (drawn.append(a[1]), real(*a, **k)))
    app.dispatch(command)
    for view in (app.presenter.current, app.presenter.next, app.patient.view):
        if view.isVisible():
            view.repaint()
    return laid_out, drawn


def test_a_slide_number_typed_is_drawn_ahead_so_enter_only_shows_it(make_app, qtbot, monkeypatch):
    """While the doctor types "1", "8" the app draws slide 18 (and the slide after it, for the
    preview); Enter then shows pictures already made, on both screens: a jump as fast as a turn.
    The picture on screen stays kept meanwhile."""
    app = make_app()
    qtbot.waitUntil(lambda: app.prefetch_steps == [], timeout=10_000)
    assert len(app.deck.slides) > 18
    for digit in (Command.DIGIT_1, Command.DIGIT_8):
        app.dispatch(digit)
        qtbot.waitUntil(lambda: app.prefetch_steps == [], timeout=10_000)
    laid_out, drawn = _turn_draws(app, monkeypatch, Command.ENTER)
    assert app.controller.frame.index == 17
    assert app.patient.view.layout_shown() is app.stage.layout(app.deck, 17)
    assert laid_out == [] and drawn == [], (laid_out, drawn)
    qtbot.waitUntil(lambda: app.prefetch_steps == [], timeout=10_000)
    laid_out, drawn = _turn_draws(app, monkeypatch, Command.PREV)  # and the slides around it are ahead again
    assert drawn == []


def test_a_slide_previewed_in_the_outline_is_drawn_for_the_patient_before_it_is_shown(make_app, qtbot,
                                                                                       monkeypatch):
    app = make_app()
    qtbot.waitUntil(lambda: app.prefetch_steps == [], timeout=10_000)
    app.presenter.preview_requested.emit(9)  # a click on the outline: the doctor alone sees slide 10
    assert app.controller.frame.preview == 9
    qtbot.waitUntil(lambda: app.prefetch_steps == [], timeout=10_000)
    laid_out, drawn = _turn_draws(app, monkeypatch, Command.ENTER)
    assert app.controller.frame.index == 9 and app.controller.frame.preview is None
    assert laid_out == [] and drawn == [], (laid_out, drawn)


def test_the_slide_chosen_in_the_overview_is_drawn_ahead_and_esc_forgets_it(make_app, qtbot, monkeypatch):
    """Arrows in the overview (Tab) move its choice: that slide is previewed for the doctor (the top
    bar says so, the patient keeps the slide) and drawn ahead on every view, so Enter only shows
    pictures already made. Esc closes the overview and the preview with it."""
    import counsel_app.qt.slide_view as slide_view
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    app = make_app()
    qtbot.waitUntil(lambda: app.prefetch_steps == [], timeout=10_000)
    shown = app.patient.view.layout_shown()
    app.dispatch(Command.OVERVIEW)
    overview = app.presenter.overview
    qtbot.waitUntil(overview.isVisible)
    for _ in range(5):
        QTest.keyClick(overview, Qt.Key.Key_Right)
    assert app.controller.frame.preview == 5 and app.controller.frame.index == 0
    assert app.patient.view.layout_shown() is shown  # nothing of the choice reaches the patient
    assert "PREVIEW" in app.presenter.state.text()
    qtbot.waitUntil(lambda: app.prefetch_steps == [], timeout=10_000)
    laid_out = _counting(monkeypatch)
    drawn: list = []
    real = slide_view.paint_layout
    monkeypatch.setattr(slide_view, "paint_layout", lambda *a, **k: (drawn.append(a[1]), real(*a, **k)))
    QTest.keyClick(overview, Qt.Key.Key_Return)
    for view in (app.presenter.current, app.presenter.next, app.patient.view):
        if view.isVisible():
            view.repaint()
    assert app.controller.frame.index == 5 and not overview.isVisible()
    assert laid_out == [] and drawn == [], (laid_out, drawn)
    app.dispatch(Command.OVERVIEW)
    qtbot.waitUntil(overview.isVisible)
    QTest.keyClick(overview, Qt.Key.Key_Left)
    assert app.controller.frame.preview == 4
    QTest.keyClick(overview, Qt.Key.Key_Escape)
    assert app.controller.frame.preview is None and app.controller.frame.index == 5


class _Paints:
    """The order in which views paint and slides are laid out, and what each view held when it painted."""

    def __init__(self, views: dict, monkeypatch) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.events: list[tuple[str, object]] = []
        names = {id(v): n for n, v in views.items()}
        events = self.events

        class _Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 (Qt override)
                if event.type() == QEvent.Type.Paint and id(obj) in names:
                    events.append((names[id(obj)], obj.marks()))
                return False

        self._filter = _Filter()
        for view in views.values():
            view.installEventFilter(self._filter)
        _counting(monkeypatch, events, lambda index: ("layout", index))

    def first(self, name: str) -> int:
        return next(i for i, (n, _m) in enumerate(self.events) if n == name)


def test_a_jump_puts_the_patients_slide_on_screen_before_the_console_is_laid_out(make_app, qtbot, monkeypatch):
    """A slide number typed and Enter at once (nothing drawn ahead): within the key press, the patient's
    screen is painted with the new slide before the console's next slide is laid out and before the
    console paints; the console follows in the same key press."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    app = make_app()
    qtbot.waitUntil(lambda: app.prefetch_steps == [], timeout=10_000)
    paints = _Paints({"patient": app.patient.view, "console": app.presenter.current,
                      "next": app.presenter.next}, monkeypatch)
    QTest.keyClicks(app.presenter, "15")
    QTest.keyClick(app.presenter, Qt.Key.Key_Return)  # no event loop in between: nothing drawn ahead
    assert app.controller.frame.index == 14
    # (Slide.index counts from 1) a cold jump: slide 15 and the one after it are laid out in the key press
    assert ("layout", 15) in paints.events and ("layout", 16) in paints.events
    patient = paints.first("patient")  # painted inside the key press (repaint: on screen when it returns)
    assert paints.events.index(("layout", 15)) < patient < paints.events.index(("layout", 16))
    qtbot.waitUntil(lambda: not app.presenter.current.behind and not app.presenter.next.behind, timeout=5_000)
    assert patient < paints.first("console") and patient < paints.first("next")
    assert app.patient.view.layout_shown() is app.presenter.current.layout_shown()


def test_the_patients_screen_never_shows_one_slides_ink_on_the_next(make_app, privacy_deck, qtbot, monkeypatch):
    """The patient's screen is painted before the console, but after the new slide's ink is known:
    its first paint of the next slide has no stroke of the slide before, and going back shows the stroke."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    app = make_app(privacy_deck)
    qtbot.waitUntil(lambda: app.prefetch_steps == [], timeout=10_000)  # both windows on screen
    app.dispatch(Command.PEN)
    view = app.presenter.current
    r = view.slide_rect()
    start, end = (QPoint(round(r.x() + x * r.width()), round(r.center().y())) for x in (0.2, 0.6))
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)
    assert len(app.patient.view.marks().strokes) == 1
    paints = _Paints({"patient": app.patient.view}, monkeypatch)
    app.dispatch(Command.NEXT)
    assert paints.events[paints.first("patient")][1].empty  # (painted within the turn, no ink)
    paints.events.clear()
    app.dispatch(Command.PREV)
    assert len(paints.events[paints.first("patient")][1].strokes) == 1
