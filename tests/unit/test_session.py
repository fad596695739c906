"""The session: what both windows show after each key, clicker press or outline click."""

from __future__ import annotations

import dataclasses

import pytest

from counsel_app.core.deck import parse_deck
from counsel_app.core.session import PatientMode, Command, Frame, Session

SHELL_COMMANDS = [Command.SWAP_SCREENS, Command.HELP, Command.QUIT, Command.NOTES_BIGGER,
                  Command.NOTES_SMALLER, Command.ZOOM_IN, Command.ZOOM_OUT, Command.ZOOM_RESET,
                  Command.TIMER_PAUSE, Command.TIMER_RESET, Command.OPEN, Command.END_COUNSELLING]


def make_deck(n: int, prefix: str = "S"):
    return parse_deck("\n\n---\n\n".join(f"# {prefix}{i}\n\nbody {i}" for i in range(1, n + 1)))


def digit(d: int) -> Command:
    return getattr(Command, f"DIGIT_{d}")


def type_number(session: Session, number: str) -> None:
    for ch in number:
        session.run(digit(int(ch)))


def at(n: int = 5, index: int = 0, page_count=None) -> Session:
    s = Session(make_deck(n), page_count)
    while s.frame.index < index:  # lands on the first page of slide `index`
        s.run(Command.NEXT)
    return s


# -- a new session ---------------------------------------------------------------------------

def test_a_new_session_shows_the_first_slide_plainly():
    f = Session(make_deck(3)).frame
    assert (f.index, f.page, f.pages) == (0, 0, 1)
    assert f.slide.title == "S1" and f.next_slide.title == "S2"
    assert f.mode is PatientMode.SLIDE and f.preview is None and f.typed == "" and f.mode is not PatientMode.PAIN_SCALE
    assert f.position == "1 / 3"


# -- next / previous / first / last ------------------------------------------------------------

def test_next_moves_one_slide_forward():
    s = at(5)
    f = s.run(Command.NEXT)
    assert f.index == 1 and f.slide.title == "S2" and f.position == "2 / 5"


def test_next_on_the_last_slide_stays_there():
    s = at(3, index=2)
    f = s.run(Command.NEXT)
    assert f.index == 2 and f.next_slide is None


def test_prev_moves_one_slide_back():
    s = at(5, index=3)
    assert s.run(Command.PREV).index == 2


def test_prev_on_the_first_slide_stays_there():
    s = at(5)
    assert s.run(Command.PREV).index == 0


def test_last_goes_to_the_last_slide_and_first_comes_back():
    s = at(5, index=1)
    assert s.run(Command.LAST).index == 4
    assert s.run(Command.FIRST).index == 0


def test_last_on_the_last_slide_and_first_on_the_first_change_nothing():
    s = at(4)
    before = s.frame
    assert s.run(Command.FIRST) is before
    s.run(Command.LAST)
    before = s.frame
    assert s.run(Command.LAST) is before


def test_enter_without_typed_digits_is_next():
    s = at(5, index=1)
    assert s.run(Command.ENTER).index == 2


def test_enter_on_the_last_slide_stays_there():
    s = at(3, index=2)
    assert s.run(Command.ENTER).index == 2


def test_a_one_slide_deck_goes_nowhere():
    s = at(1)
    for command in (Command.NEXT, Command.PREV, Command.FIRST, Command.LAST, Command.ENTER):
        assert s.run(command).index == 0


# -- typing a slide number -----------------------------------------------------------------------

def test_digits_then_enter_go_to_that_slide():
    s = at(20)
    type_number(s, "12")
    assert s.frame.typed == "12" and s.frame.index == 0  # typing alone moves nothing
    f = s.run(Command.ENTER)
    assert f.index == 11 and f.typed == ""


def test_a_number_past_the_end_goes_to_the_last_slide():
    s = at(5)
    type_number(s, "99")
    assert s.run(Command.ENTER).index == 4


def test_zero_goes_to_the_first_slide():
    s = at(5, index=3)
    type_number(s, "0")
    assert s.run(Command.ENTER).index == 0


@pytest.mark.parametrize("typed, goes_to", [("12", 11), ("99", 19), ("0", 0), ("3", 2)])
def test_the_slide_enter_will_show_is_known_while_the_number_is_typed(typed, goes_to):
    """So the app can draw that slide ahead while the doctor types (a jump then only shows it)."""
    s = at(20)
    assert s.frame.enter_goes_to is None  # Enter alone is the next slide: drawn ahead anyway
    type_number(s, typed)
    assert s.frame.enter_goes_to == goes_to
    assert s.run(Command.ENTER).index == goes_to


def test_the_slide_enter_will_show_is_the_preview_and_never_a_pain_answer():
    s = at(20)
    s.preview(7)
    assert s.frame.enter_goes_to == 7 and s.run(Command.ENTER).index == 7
    s.run(Command.PAIN_SCALE)
    type_number(s, "5")  # the patient's score, not a slide number
    assert s.frame.enter_goes_to is None
    s.run(Command.ENTER)
    s.run(Command.PAIN_SCALE)
    s.preview(3)  # a slide previewed while the patient sees the scale: Enter shows it
    assert s.frame.enter_goes_to == 3 and s.run(Command.ENTER).index == 3


def test_typed_number_keeps_the_last_four_digits():
    s = at(5)
    type_number(s, "12345")
    assert s.frame.typed == "2345"


def test_typed_number_goes_to_slide_and_page_zero_of_a_long_slide():
    s = at(5, index=4, page_count=lambda i: 3)
    s.run(Command.NEXT)  # page 2 of slide 5
    type_number(s, "2")
    f = s.run(Command.ENTER)
    assert (f.index, f.page, f.pages) == (1, 0, 3)


@pytest.mark.parametrize("command", [Command.NEXT, Command.PREV, Command.FIRST, Command.LAST,
                                     Command.BLACK, Command.WHITE, Command.ESCAPE,
                                     Command.START_FIRST, Command.START_CURRENT])
def test_other_commands_clear_typed_digits(command):
    s = at(5, index=2)
    type_number(s, "4")
    assert s.run(command).typed == ""


def test_after_cleared_digits_enter_is_plain_next():
    s = at(9, index=2)
    type_number(s, "7")
    s.run(Command.BLACK)
    s.run(Command.BLACK)
    assert s.run(Command.ENTER).index == 3


def test_pain_scale_clears_typed_digits():
    s = at(5, index=0)
    type_number(s, "3")
    s.run(Command.PAIN_SCALE)
    assert s.frame.typed == ""


def test_digits_typed_on_a_black_screen_keep_it_black_until_enter():
    s = at(5)
    s.run(Command.BLACK)
    type_number(s, "4")
    assert s.frame.mode is PatientMode.BLACK
    f = s.run(Command.ENTER)
    assert f.index == 3 and f.mode is PatientMode.SLIDE


# -- black, white, escape --------------------------------------------------------------------------

def test_black_toggles_a_black_screen():
    s = at(3)
    assert s.run(Command.BLACK).mode is PatientMode.BLACK
    assert s.run(Command.BLACK).mode is PatientMode.SLIDE


def test_white_toggles_a_white_screen():
    s = at(3)
    assert s.run(Command.WHITE).mode is PatientMode.WHITE
    assert s.run(Command.WHITE).mode is PatientMode.SLIDE


def test_black_and_white_replace_each_other():
    s = at(3)
    s.run(Command.BLACK)
    assert s.run(Command.WHITE).mode is PatientMode.WHITE
    assert s.run(Command.BLACK).mode is PatientMode.BLACK


def test_blanking_keeps_the_slide():
    s = at(5, index=2)
    assert s.run(Command.BLACK).index == 2


@pytest.mark.parametrize("blank", [Command.BLACK, Command.WHITE])
def test_escape_clears_a_blank_screen_on_the_same_slide(blank):
    s = at(5, index=2)
    s.run(blank)
    f = s.run(Command.ESCAPE)
    assert f.mode is PatientMode.SLIDE and f.index == 2


def test_escape_clears_a_preview_and_keeps_the_shown_slide():
    s = at(5, index=1)
    s.preview(3)
    f = s.run(Command.ESCAPE)
    assert f.preview is None and f.index == 1


def test_escape_clears_the_pain_scale():
    s = at(5, index=1)
    s.run(Command.PAIN_SCALE)
    f = s.run(Command.ESCAPE)
    assert f.mode is not PatientMode.PAIN_SCALE and f.index == 1


def test_escape_clears_everything_at_once():
    s = at(5, index=1)
    s.run(Command.WHITE)
    s.run(Command.PAIN_SCALE)
    s.preview(4)
    type_number(s, "3")
    f = s.run(Command.ESCAPE)
    assert (f.mode, f.preview, f.typed, (f.mode is PatientMode.PAIN_SCALE), f.index) == (PatientMode.SLIDE, None, "", False, 1)


def test_escape_on_a_plain_slide_changes_nothing():
    s = at(5, index=2)
    before = s.frame
    assert s.run(Command.ESCAPE) is before


def test_session_has_no_way_to_quit():
    s = at(5, index=2)
    assert not any("quit" in name.lower() or "close" in name.lower() for name in dir(s))
    before = s.frame
    assert s.run(Command.QUIT) is before  # the shell handles quitting (Ctrl+Q), never the session


@pytest.mark.parametrize("command", SHELL_COMMANDS, ids=lambda c: c.value)
def test_shell_commands_leave_the_frame_alone(command):
    s = at(5, index=2)
    s.run(Command.BLACK)
    before = s.frame
    assert s.run(command) is before


# -- the pain scale ----------------------------------------------------------------------------------

def test_pain_scale_toggles_over_the_slide():
    s = at(5, index=2)
    f = s.run(Command.PAIN_SCALE)
    assert (f.mode is PatientMode.PAIN_SCALE) and f.index == 2
    assert s.run(Command.PAIN_SCALE).mode is not PatientMode.PAIN_SCALE


def test_navigation_hides_the_pain_scale():
    s = at(5, index=2)
    s.run(Command.PAIN_SCALE)
    f = s.run(Command.NEXT)
    assert f.mode is not PatientMode.PAIN_SCALE and f.index == 3


# -- starting the show ---------------------------------------------------------------------------

def test_start_first_shows_slide_one_plainly():
    s = at(5, index=3)
    s.run(Command.BLACK)
    s.run(Command.PAIN_SCALE)
    s.preview(1)
    f = s.run(Command.START_FIRST)
    assert (f.index, f.page, f.mode, f.preview, (f.mode is PatientMode.PAIN_SCALE)) == (0, 0, PatientMode.SLIDE, None, False)


def test_start_current_shows_the_current_slide_and_page_plainly():
    s = at(5, index=3, page_count=lambda i: 2)
    s.run(Command.NEXT)  # page 1 of slide 4
    s.run(Command.WHITE)
    s.preview(0)
    f = s.run(Command.START_CURRENT)
    assert (f.index, f.page, f.mode, f.preview) == (3, 1, PatientMode.SLIDE, None)


# -- the doctor's private preview ---------------------------------------------------------------

def test_preview_keeps_the_shown_slide():
    s = at(5, index=1)
    f = s.preview(3)
    assert f.preview == 3 and f.index == 1 and f.slide.title == "S2"


def test_preview_of_the_shown_slide_is_no_preview():
    s = at(5, index=1)
    s.preview(3)
    assert s.preview(1).preview is None


def test_preview_none_ends_the_preview():
    s = at(5, index=1)
    s.preview(3)
    assert s.preview(None).preview is None


def test_preview_past_the_end_is_clamped_to_the_last_slide():
    s = at(5)
    assert s.preview(42).preview == 4


def test_enter_shows_the_previewed_slide():
    s = at(5, index=1)
    s.preview(3)
    f = s.run(Command.ENTER)
    assert f.index == 3 and f.preview is None


def test_confirm_preview_shows_the_previewed_slide():
    s = at(5, index=1)
    s.preview(3)
    f = s.run(Command.CONFIRM_PREVIEW)
    assert f.index == 3 and f.preview is None and f.page == 0


def test_confirm_preview_without_a_preview_changes_nothing():
    s = at(5, index=1)
    before = s.frame
    assert s.run(Command.CONFIRM_PREVIEW) is before


@pytest.mark.parametrize("show", [Command.ENTER, Command.CONFIRM_PREVIEW])
def test_showing_a_preview_lifts_a_black_screen(show):
    s = at(5)
    s.run(Command.BLACK)
    s.preview(2)
    f = s.run(show)
    assert f.index == 2 and f.mode is PatientMode.SLIDE


def test_enter_shows_the_preview_over_the_pain_scale():
    s = at(5)
    s.run(Command.PAIN_SCALE)
    s.preview(2)
    f = s.run(Command.ENTER)
    assert f.index == 2 and f.mode is not PatientMode.PAIN_SCALE


def test_confirm_preview_shows_the_slide_over_the_pain_scale():
    s = at(5)
    s.run(Command.PAIN_SCALE)
    s.preview(2)
    f = s.run(Command.CONFIRM_PREVIEW)
    assert f.index == 2 and f.mode is not PatientMode.PAIN_SCALE


def test_next_during_a_preview_moves_from_the_shown_slide():
    s = at(6, index=1)
    s.preview(4)
    f = s.run(Command.NEXT)
    assert f.index == 2 and f.preview is None


# -- navigating away from a blank screen -------------------------------------------------------

@pytest.mark.parametrize("command,index", [(Command.NEXT, 3), (Command.PREV, 1),
                                           (Command.FIRST, 0), (Command.LAST, 4)])
def test_navigation_from_black_shows_a_slide_again(command, index):
    s = at(5, index=2)
    s.run(Command.BLACK)
    f = s.run(command)
    assert f.mode is PatientMode.SLIDE and f.index == index


@pytest.mark.parametrize("command", [Command.NEXT, Command.PREV])
def test_navigation_from_black_at_either_end_lifts_the_black(command):
    s = at(1)
    s.run(Command.BLACK)
    f = s.run(command)
    assert f.mode is PatientMode.SLIDE and f.index == 0


def test_navigation_from_white_shows_a_slide_again():
    s = at(5, index=2)
    s.run(Command.WHITE)
    assert s.run(Command.NEXT).mode is PatientMode.SLIDE


# -- slides that continue over several views ----------------------------------------------------

def pages_of(counts: dict[int, int]):
    return lambda i: counts.get(i, 1)


def test_a_long_slide_reports_its_page_count():
    s = at(4, page_count=pages_of({0: 3}))
    assert s.frame.pages == 3 and s.frame.page == 0 and not s.frame.continued


def test_next_walks_the_pages_of_a_long_slide_then_the_next_slide():
    s = at(4, page_count=pages_of({1: 3}))
    steps = [s.run(Command.NEXT) for _ in range(4)]
    assert [(f.index, f.page) for f in steps] == [(1, 0), (1, 1), (1, 2), (2, 0)]
    assert [f.continued for f in steps] == [False, True, True, False]
    assert steps[1].pages == 3 and steps[3].pages == 1


def test_prev_goes_to_the_last_page_of_the_previous_slide():
    s = at(4, index=2, page_count=pages_of({1: 3}))
    f = s.run(Command.PREV)
    assert (f.index, f.page, f.pages) == (1, 2, 3)


def test_prev_walks_back_through_the_pages():
    s = at(4, index=2, page_count=pages_of({1: 3}))
    steps = [s.run(Command.PREV) for _ in range(4)]
    assert [(f.index, f.page) for f in steps] == [(1, 2), (1, 1), (1, 0), (0, 0)]


def test_next_on_the_last_page_of_the_last_slide_stays():
    s = at(2, index=1, page_count=pages_of({1: 2}))
    s.run(Command.NEXT)
    before = s.frame
    assert (before.index, before.page) == (1, 1)
    assert s.run(Command.NEXT) is before


def test_first_and_last_go_to_the_first_page():
    s = at(3, page_count=lambda i: 3)
    f = s.run(Command.LAST)
    assert (f.index, f.page) == (2, 0)
    s.run(Command.NEXT)
    f = s.run(Command.FIRST)
    assert (f.index, f.page) == (0, 0)


def test_a_page_count_below_one_counts_as_one():
    s = at(3, page_count=lambda i: 0)
    assert s.frame.pages == 1
    assert s.run(Command.NEXT).index == 1


def test_refresh_pages_keeps_the_page_inside_a_shorter_slide():
    counts = {0: 3}
    s = at(3, page_count=pages_of(counts))
    s.run(Command.NEXT)
    s.run(Command.NEXT)
    assert s.frame.page == 2
    counts[0] = 2  # the patient screen grew: the slide now needs two views
    f = s.refresh_pages()
    assert (f.index, f.page, f.pages) == (0, 1, 2)


@pytest.mark.parametrize("key,mode", [(Command.BLACK, PatientMode.BLACK), (Command.PAIN_SCALE, PatientMode.PAIN_SCALE)])
def test_refresh_pages_keeps_the_patient_mode_and_preview(key, mode):
    s = at(4, index=1)
    s.run(key)
    s.preview(3)
    f = s.refresh_pages()
    assert (f.mode, f.preview, f.index) == (mode, 3, 1)


def test_one_mode_at_a_time_the_last_key_wins():
    s = at(4, index=1)
    s.run(Command.BLACK)
    assert s.run(Command.PAIN_SCALE).mode is PatientMode.PAIN_SCALE
    assert s.run(Command.WHITE).mode is PatientMode.WHITE


# -- frames ---------------------------------------------------------------------------------------

def test_run_returns_the_same_frame_object_when_nothing_changed():
    s = at(3, index=2)
    before = s.frame
    after = s.run(Command.NEXT)
    assert after is before and s.frame is before


def test_run_returns_a_new_frame_and_leaves_the_old_one_as_it_was():
    s = at(3)
    before = s.frame
    after = s.run(Command.NEXT)
    assert after is not before and after is s.frame
    assert before.index == 0 and after.index == 1


def test_frames_are_immutable():
    f = at(3).frame
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.index = 2  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.mode = PatientMode.BLACK  # type: ignore[misc]


def test_frames_with_the_same_content_are_equal():
    d = make_deck(3)
    assert Frame(deck=d, index=1) == Frame(deck=d, index=1)
    assert Frame(deck=d, index=1) != Frame(deck=d, index=1, mode=PatientMode.BLACK)


# -- loading a deck ------------------------------------------------------------------------------

def test_load_keeps_the_position_when_the_slide_still_exists():
    s = at(5, index=2)
    f = s.load(make_deck(6, prefix="New"))
    assert f.index == 2 and f.slide.title == "New3" and f.position == "3 / 6"


def test_load_of_a_shorter_deck_goes_to_its_last_slide():
    s = at(8, index=6)
    f = s.load(make_deck(3, prefix="New"))
    assert f.index == 2 and f.slide.title == "New3" and f.next_slide is None


def test_load_keeps_the_doctors_preview_and_forgets_typed_digits():
    s = at(5, index=1)
    s.preview(4)
    type_number(s, "3")
    f = s.load(make_deck(5, prefix="New"))
    assert f.preview == 4 and f.index == 1 and f.typed == ""
    assert s.load(make_deck(3, prefix="Short")).preview == 2  # a shorter deck: its last slide


def test_load_keeps_a_private_new_deck_private():
    s = at(5, index=0)
    s.start(make_deck(4, prefix="Draft"), private=True)
    f = s.load(make_deck(4, prefix="Saved"))
    assert f.mode is PatientMode.BLACK and f.preview == 0 and f.looking == 0


def test_load_keeps_a_black_screen_black():
    s = at(5, index=1)
    s.run(Command.BLACK)
    assert s.load(make_deck(5, prefix="New")).mode is PatientMode.BLACK


def test_load_clamps_the_page_to_the_new_page_count():
    counts = {1: 3}
    s = at(4, index=1, page_count=pages_of(counts))
    s.run(Command.NEXT)
    s.run(Command.NEXT)
    counts[1] = 2
    f = s.load(make_deck(4, prefix="New"))
    assert (f.index, f.page, f.pages) == (1, 1, 2)


def test_start_goes_to_the_first_slide_shown_to_the_patient():
    s = at(5, index=3)
    s.run(Command.PAIN_SCALE)
    s.preview(4)
    type_number(s, "2")
    f = s.start(make_deck(3, prefix="New"))
    assert (f.index, f.mode, f.preview, f.typed, f.slide.title) == (0, PatientMode.SLIDE, None, "", "New1")


# -- the patient's answer on the pain scale ------------------------------------------------------

def test_typed_answer_on_the_pain_scale_is_the_score_not_a_slide():
    s = at(12, index=2)
    s.run(Command.PAIN_SCALE)
    type_number(s, "7")
    assert s.frame.pain_answer == 7
    f = s.run(Command.ENTER)
    assert (f.index, f.mode, f.typed) == (2, PatientMode.SLIDE, "")


@pytest.mark.parametrize("typed,answer", [("0", 0), ("10", 10), ("11", None), ("99", None)])
def test_pain_answers_are_0_to_10(typed, answer):
    s = at(12, index=2)
    s.run(Command.PAIN_SCALE)
    type_number(s, typed)
    assert s.frame.pain_answer == answer


def test_an_answer_off_the_scale_keeps_the_scale_up():
    s = at(12, index=2)
    s.run(Command.PAIN_SCALE)
    type_number(s, "12")
    f = s.run(Command.ENTER)
    assert (f.index, f.mode, f.typed) == (2, PatientMode.PAIN_SCALE, "")


def test_digits_on_a_slide_are_no_pain_answer():
    s = at(12, index=2)
    type_number(s, "7")
    assert s.frame.pain_answer is None
    assert s.run(Command.ENTER).index == 6


def test_after_load_navigation_uses_the_new_deck():
    s = at(2, index=1)
    s.load(make_deck(4, prefix="New"))
    assert s.run(Command.NEXT).slide.title == "New3"


# -- commands -----------------------------------------------------------------------------------

def test_digit_commands_know_their_digit():
    assert [digit(d).digit for d in range(10)] == list(range(10))
    assert Command.NEXT.digit is None and Command.ENTER.digit is None


# -- a picture enlarged ------------------------------------------------------------------------------

def test_z_enlarges_the_slides_picture_and_z_or_esc_go_back():
    s = Session(parse_deck("# No picture\n\n---\n\n## With\n\n![油门和刹车](pic.svg)\n\n- text\n"))
    assert s.run(Command.ZOOM_PICTURE).mode is PatientMode.SLIDE  # nothing to enlarge on slide 1
    s.run(Command.NEXT)
    assert s.run(Command.ZOOM_PICTURE).mode is PatientMode.ZOOM
    assert s.run(Command.ZOOM_PICTURE).mode is PatientMode.SLIDE
    s.run(Command.ZOOM_PICTURE)
    assert s.run(Command.ESCAPE).mode is PatientMode.SLIDE
    s.run(Command.ZOOM_PICTURE)
    f = s.run(Command.PREV)
    assert (f.index, f.mode) == (0, PatientMode.SLIDE)  # a page turn returns to the slides


def test_zoomed_time_counts_for_the_slide_but_marks_are_hidden():
    assert PatientMode.ZOOM.counts_for_slide and not PatientMode.ZOOM.shows_slide
    assert not PatientMode.BLACK.counts_for_slide and PatientMode.SLIDE.counts_for_slide


def test_page_turns_while_reviewing_a_private_deck_move_only_the_doctors_preview():
    """The clicker on an unreviewed draft showed its slide 2 to the patient at once."""
    s = at(5, index=0)
    s.start(make_deck(4, prefix="Draft"), private=True)
    f = s.run(Command.NEXT)
    assert f.mode is PatientMode.BLACK and f.preview == 1 and f.index == 0 and f.looking == 1
    f = s.run(Command.NEXT)
    f = s.run(Command.PREV)
    assert f.mode is PatientMode.BLACK and f.preview == 1
    assert s.run(Command.PREV).preview == 0 and s.run(Command.PREV).preview == 0  # stays on the first
    s.run(Command.NEXT)
    f = s.run(Command.ENTER)  # Enter shows the slide the doctor reviewed
    assert f.mode is PatientMode.SLIDE and f.index == 1 and f.preview is None


def test_next_from_a_black_screen_without_a_preview_still_shows_the_next_slide():
    s = at(5, index=1)
    s.run(Command.BLACK)
    f = s.run(Command.NEXT)
    assert f.mode is PatientMode.SLIDE and f.index == 2
