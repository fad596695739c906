"""The presenter's elapsed-time clock, driven by a fake clock (no sleeping)."""

from __future__ import annotations

import pytest

from counsel_app.core.stopwatch import Stopwatch


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def watch(clock) -> Stopwatch:
    return Stopwatch(clock)


def test_a_new_stopwatch_is_stopped_at_zero(watch, clock):
    clock.advance(50)
    assert not watch.running and watch.elapsed() == 0 and watch.text() == "00:00"


def test_a_started_stopwatch_counts(watch, clock):
    watch.start()
    clock.advance(65)
    assert watch.running and watch.elapsed() == 65 and watch.text() == "01:05"


def test_starting_again_does_not_restart(watch, clock):
    watch.start()
    clock.advance(30)
    watch.start()
    clock.advance(10)
    assert watch.elapsed() == 40


def test_pause_stops_the_count(watch, clock):
    watch.start()
    clock.advance(30)
    watch.pause()
    clock.advance(100)
    assert not watch.running and watch.elapsed() == 30


def test_pausing_twice_changes_nothing(watch, clock):
    watch.start()
    clock.advance(30)
    watch.pause()
    clock.advance(5)
    watch.pause()
    assert watch.elapsed() == 30


def test_pause_before_start_changes_nothing(watch, clock):
    watch.pause()
    clock.advance(5)
    assert not watch.running and watch.elapsed() == 0


def test_start_after_pause_resumes_the_count(watch, clock):
    watch.start()
    clock.advance(30)
    watch.pause()
    clock.advance(100)
    watch.start()
    clock.advance(15)
    assert watch.elapsed() == 45


def test_toggle_starts_and_pauses(watch, clock):
    watch.toggle()
    assert watch.running
    clock.advance(20)
    watch.toggle()
    assert not watch.running
    clock.advance(20)
    assert watch.elapsed() == 20
    watch.toggle()
    clock.advance(1)
    assert watch.running and watch.elapsed() == 21


def test_reset_while_running_starts_again_from_zero(watch, clock):
    watch.start()
    clock.advance(90)
    watch.reset()
    assert watch.running and watch.elapsed() == 0
    clock.advance(7)
    assert watch.elapsed() == 7


def test_reset_while_paused_stays_paused_at_zero(watch, clock):
    watch.start()
    clock.advance(90)
    watch.pause()
    watch.reset()
    clock.advance(10)
    assert not watch.running and watch.elapsed() == 0 and watch.text() == "00:00"


def test_reset_forgets_time_banked_before_a_pause(watch, clock):
    watch.start()
    clock.advance(40)
    watch.pause()
    watch.start()
    clock.advance(5)
    watch.reset()
    clock.advance(3)
    assert watch.elapsed() == 3


@pytest.mark.parametrize("seconds,text", [
    (0, "00:00"), (9, "00:09"), (59.9, "00:59"), (60, "01:00"), (605, "10:05"), (3599, "59:59"),
    (3600, "1:00:00"), (3723, "1:02:03"), (36000, "10:00:00"), (90061, "25:01:01"),
])
def test_text_is_mm_ss_then_h_mm_ss(watch, clock, seconds, text):
    watch.start()
    clock.advance(seconds)
    assert watch.text() == text

