"""After a turn, the slides either side are laid out and drawn ahead, a step at a time when idle:
the next turn only shows pictures already made."""

from __future__ import annotations

import counsel_app.qt.render as render
from counsel_app.core.session import Command


def _counting(monkeypatch) -> list:
    calls: list = []
    real = render.layout_slide

    def layout_slide(slide, *args, **kwargs):
        calls.append(slide.index)
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
    app.prefetch()  # the first step only: a layout or a picture, then back to the event loop
    left = len(app.prefetch_steps)
    assert left > 2
    app.dispatch(Command.NEXT)  # a turn before drawing ahead was done: ahead of the new slide now
    assert app.prefetch_steps is None
    qtbot.waitUntil(lambda: app.prefetch_steps == [], timeout=10_000)
