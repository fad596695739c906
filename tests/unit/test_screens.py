"""Which window goes on which monitor: the doctor's console and the full-screen patient view."""

from __future__ import annotations

from counsel_app.core.screens import Placement, ScreenInfo, choose_screens, distinct_screens, swap


def screen(name: str, x: int = 0, y: int = 0, w: int = 1920, h: int = 1080, primary: bool = False) -> ScreenInfo:
    return ScreenInfo(name=name, x=x, y=y, width=w, height=h, primary=primary)


LAPTOP = screen("laptop", 0, 0, 1920, 1080, primary=True)
MONITOR = screen("monitor", 1920, 0, 1280, 720)
BIG = screen("big", 3200, 0, 2560, 1440)


def test_no_screens_places_nothing():
    p = choose_screens([])
    assert p.patient is None and not p.two_screens


def test_one_screen_has_no_patient_view():
    p = choose_screens([LAPTOP])
    assert p == Placement(doctor="laptop", patient=None)
    assert not p.two_screens


def test_two_screens_put_the_patient_on_the_other_one():
    p = choose_screens([LAPTOP, MONITOR])
    assert p == Placement(doctor="laptop", patient="monitor")
    assert p.two_screens


def test_the_doctor_defaults_to_the_primary_screen():
    p = choose_screens([MONITOR, LAPTOP])
    assert p == Placement(doctor="laptop", patient="monitor")


def test_without_a_primary_the_first_screen_is_the_doctors():
    a, b = screen("a", 0), screen("b", 1920)
    assert choose_screens([a, b]) == Placement(doctor="a", patient="b")


def test_the_doctors_current_screen_is_respected():
    p = choose_screens([LAPTOP, MONITOR], doctor="monitor")
    assert p == Placement(doctor="monitor", patient="laptop")


def test_a_doctor_screen_that_is_gone_falls_back_to_the_primary():
    p = choose_screens([MONITOR, LAPTOP], doctor="projector")
    assert p == Placement(doctor="laptop", patient="monitor")


def test_mirrored_screens_count_as_one():
    mirror = screen("mirror", 0, 0, 1920, 1080)
    p = choose_screens([LAPTOP, mirror])
    assert p.patient is None and p.doctor == "laptop"


def test_a_mirror_of_the_doctors_screen_is_never_the_patients():
    mirror = screen("mirror", 0, 0, 1920, 1080)
    p = choose_screens([LAPTOP, mirror, MONITOR], patient="mirror")
    assert p == Placement(doctor="laptop", patient="monitor")


def test_a_doctor_on_a_mirrored_copy_is_named_by_the_kept_copy():
    mirror = screen("mirror", 0, 0, 1920, 1080)
    p = choose_screens([LAPTOP, mirror, MONITOR], doctor="mirror")
    assert p == Placement(doctor="laptop", patient="monitor")


def test_distinct_screens_keep_the_primary_of_a_mirrored_pair():
    copy = screen("copy", 0, 0, 1920, 1080)
    assert [s.name for s in distinct_screens([copy, LAPTOP, MONITOR])] == ["laptop", "monitor"]


def test_distinct_screens_keep_the_first_of_a_mirrored_pair_without_a_primary():
    a, b = screen("a", 5, 5), screen("b", 5, 5)
    assert [s.name for s in distinct_screens([a, b])] == ["a"]


def test_three_screens_put_the_patient_on_the_largest_other():
    p = choose_screens([LAPTOP, MONITOR, BIG])
    assert p == Placement(doctor="laptop", patient="big")


def test_three_equal_screens_put_the_patient_on_the_first_other():
    a, b, c = screen("a", 0, primary=True), screen("b", 1920), screen("c", 3840)
    assert choose_screens([a, b, c]).patient == "b"
    assert choose_screens([a, c, b]).patient == "c"


def test_the_chosen_patient_screen_is_used():
    p = choose_screens([LAPTOP, MONITOR, BIG], patient="monitor")
    assert p == Placement(doctor="laptop", patient="monitor")


def test_a_remembered_patient_screen_that_is_gone_falls_back():
    p = choose_screens([LAPTOP, MONITOR], patient="projector")
    assert p == Placement(doctor="laptop", patient="monitor")


def test_a_remembered_patient_screen_that_is_gone_with_one_screen_left():
    p = choose_screens([LAPTOP], patient="monitor")
    assert p == Placement(doctor="laptop", patient=None)


def test_the_patient_asked_for_on_the_doctors_screen_moves_the_console():
    p = choose_screens([LAPTOP, MONITOR], patient="laptop")
    assert p == Placement(doctor="monitor", patient="laptop")


def test_the_patient_asked_for_on_the_doctors_only_screen_gives_no_patient_view():
    p = choose_screens([LAPTOP], patient="laptop")
    assert p == Placement(doctor="laptop", patient=None)


def test_doctor_and_patient_are_never_the_same_screen():
    screens = [LAPTOP, MONITOR, BIG]
    for doctor in (None, "laptop", "monitor", "big", "gone"):
        for patient in (None, "laptop", "monitor", "big", "gone"):
            p = choose_screens(screens, doctor=doctor, patient=patient)
            assert p.patient is not None and p.patient != p.doctor


def test_swap_exchanges_the_two_screens():
    assert swap(Placement(doctor="laptop", patient="monitor")) == Placement(doctor="monitor", patient="laptop")


def test_swap_twice_is_where_we_started():
    p = Placement(doctor="laptop", patient="monitor")
    assert swap(swap(p)) == p


def test_swap_with_one_screen_changes_nothing():
    p = Placement(doctor="laptop", patient=None)
    assert swap(p) == p


def test_a_swapped_placement_survives_being_placed_again():
    swapped = swap(choose_screens([LAPTOP, MONITOR]))
    again = choose_screens([LAPTOP, MONITOR], doctor=swapped.doctor, patient=swapped.patient)
    assert again == swapped


def test_screen_geometry_is_position_and_size():
    assert MONITOR.geometry == (1920, 0, 1280, 720)
