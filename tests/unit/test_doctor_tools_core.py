"""Pointer, pen, skip and pace as pure logic: strokes in slide coordinates, page turns that pass
skipped slides, the time left and ahead/behind per part. No Qt."""

from __future__ import annotations

import pytest

from counsel_app.core.deck import parse_deck
from counsel_app.core.ink import InkBook, Marks, Stroke
from counsel_app.core.pace import PaceState, clock_text, pace_at, plan_parts, planned_minutes
from counsel_app.core.session import Command, PatientMode, Session, Tool
from counsel_app.core.skips import first_shown, last_shown, next_shown, prev_shown

DECK = parse_deck("---\nduration: 10\n---\n\n# Start\n\n---\n\n<!-- _class: part -->\n# A\n\n---\n\n# a1\n\n---\n\n"
                  "# a2\n\n---\n\n<!-- _class: part -->\n# B\n\n---\n\n# b1\n")  # 6 slides, parts A and B


# -- skip ------------------------------------------------------------------------------------------

def test_page_turns_pass_over_skipped_slides_both_ways():
    s = Session(DECK)
    s.set_skipped(frozenset({1, 2, 3}))
    assert s.run(Command.NEXT).index == 4
    assert s.run(Command.PREV).index == 0
    assert s.run(Command.LAST).index == 5
    s.set_skipped(frozenset({5}))
    assert s.run(Command.LAST).index == 4
    assert s.run(Command.NEXT).index == 4  # nothing after it is shown: stays


def test_a_skipped_slide_is_still_reached_by_its_number_and_the_slide_shown_stays():
    s = Session(DECK)
    s.run(Command.NEXT)
    s.set_skipped(frozenset({1}))
    assert s.frame.index == 1  # unticking the slide shown does not move the patient's screen
    s.run(Command.DIGIT_3)
    assert s.run(Command.ENTER).index == 2
    s.set_skipped(frozenset({0}))
    assert s.run(Command.START_FIRST).index == 1 and s.run(Command.FIRST).index == 1


def test_skip_helpers_at_the_edges():
    assert next_shown(0, 3, {1, 2}) is None and prev_shown(2, {0, 1}) is None
    assert first_shown(3, {0, 1, 2}) == 0 and last_shown(3, {0, 1, 2}) == 2
    assert first_shown(0, set()) == 0 and last_shown(0, set()) == 0


def test_a_new_visit_forgets_the_skips_and_the_tool():
    s = Session(DECK)
    s.set_skipped(frozenset({2}))
    s.run(Command.PEN)
    f = s.start(DECK)
    assert f.skipped == frozenset() and f.tool is Tool.NONE


# -- tools -----------------------------------------------------------------------------------------

def test_pointer_and_pen_toggle_and_exclude_each_other_and_escape_puts_them_away():
    s = Session(DECK)
    assert s.run(Command.POINTER).tool is Tool.POINTER
    assert s.run(Command.PEN).tool is Tool.PEN
    assert s.run(Command.PEN).tool is Tool.NONE
    s.run(Command.POINTER)
    assert s.run(Command.ESCAPE).tool is Tool.NONE


def test_marks_reach_the_patient_only_over_the_slide_shown():
    s = Session(DECK)
    assert s.frame.marks_shown
    assert not s.run(Command.BLACK).marks_shown
    s.run(Command.BLACK)
    assert not s.run(Command.PAIN_SCALE).marks_shown
    s.run(Command.ESCAPE)
    assert not s.preview(3).marks_shown
    assert s.preview(None).marks_shown and s.frame.mode is PatientMode.SLIDE


def test_a_stroke_keeps_points_in_slide_coordinates_and_drops_jitter():
    st = Stroke(()).extended((0.1, 0.1)).extended((0.1005, 0.1)).extended((0.5, 1.7))
    assert st.points == ((0.1, 0.1), (0.5, 1.0))  # a tiny move adds nothing; off the slide is clamped


def test_ink_belongs_to_its_slide_view_undo_and_erase():
    book = InkBook()
    a, b = Stroke(((0.1, 0.1), (0.2, 0.2))), Stroke(((0.3, 0.3), (0.4, 0.4)))
    book.add((2, 0), a)
    book.add((2, 0), b)
    book.add((3, 0), a)
    book.add((3, 0), Stroke(()))  # a click without a move leaves nothing
    assert book.strokes((2, 0)) == (a, b) and book.strokes((3, 0)) == (a,) and book.strokes((4, 0)) == ()
    assert book.undo((2, 0)) and book.strokes((2, 0)) == (a,)
    assert book.erase((2, 0)) and not book.erase((2, 0)) and not book.undo((2, 0))
    book.add((3, 1), b)  # the second view of a long slide has its own ink
    assert book.views() == {(3, 0): (a,), (3, 1): (b,)} and bool(book)
    assert book.erase((3, 1))
    assert book.erase((3, 0)) and not book
    assert Marks().empty and not Marks(pointer=(0.5, 0.5)).empty


# -- pace ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("meta", "minutes"), [({"duration": "10"}, 10), ({"duration": "20 min"}, 20),
                                               ({}, 15), ({"duration": "soon"}, 15), ({"duration": "0"}, 15)])
def test_planned_minutes_from_front_matter_else_the_setting(meta, minutes):
    assert planned_minutes(meta, 15) == minutes


def test_front_matter_duration_is_read_from_the_deck():
    assert planned_minutes(DECK.meta) == 10


def test_parts_share_the_planned_time_by_their_slides_not_skipped():
    plans = plan_parts(DECK, frozenset(), 12)  # 6 slides: 2 minutes each
    assert [(p.part, p.start_s, p.end_s) for p in plans] == [("", 0, 120), ("A", 120, 480), ("B", 480, 720)]
    plans = plan_parts(DECK, frozenset({2, 3}), 12)  # 4 slides: 3 minutes each
    assert [(p.part, p.end_s - p.start_s) for p in plans] == [("", 180), ("A", 180), ("B", 360)]
    assert plan_parts(DECK, frozenset(range(6)), 12) == ()


def test_ahead_on_time_behind_in_the_part_shown():
    plans = plan_parts(DECK, frozenset(), 12)
    assert pace_at(plans, DECK, 1, 300, 12).state is PaceState.ON_TIME  # part A runs 2:00-8:00
    ahead = pace_at(plans, DECK, 4, 300, 12)  # already in part B (starts 8:00) at 5:00
    assert ahead.state is PaceState.AHEAD and ahead.off_s == 180 and ahead.left_s == 420
    behind = pace_at(plans, DECK, 0, 200, 12)  # still on the opening at 3:20 (planned to 2:00)
    assert behind.state is PaceState.BEHIND and behind.off_s == 80
    over = pace_at(plans, DECK, 5, 800, 12)
    assert over.left_s == -80 and clock_text(over.left_s) == "-1:20" and clock_text(605) == "10:05"


def test_each_part_planned_against_time_spent():
    from counsel_app.core.pace import parts_pace

    plans = plan_parts(DECK, frozenset(), 12)  # opening 2:00, A 6:00, B 4:00
    report = parts_pace(plans, {"": 200.0, "A": 300.0})
    assert [(p.part, p.planned_s, p.spent_s, p.state) for p in report] == [
        ("", 120, 200, PaceState.BEHIND), ("A", 360, 300, PaceState.AHEAD), ("B", 240, 0, PaceState.AHEAD)]
