"""Which window goes on which screen, as geometry. No Qt.

`choose_screens` is the whole placement policy: the patient view goes to a screen that is not
the doctor's; mirrored screens (same geometry) count as one; with one screen there is no
full-screen patient view at all (it would cover the doctor's notes).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ScreenInfo:
    name: str
    x: int
    y: int
    width: int
    height: int
    width_mm: float = 0.0  # physical size, 0 when unknown
    height_mm: float = 0.0
    primary: bool = False

    @property
    def geometry(self) -> tuple[int, int, int, int]:
        return (self.x, self.y, self.width, self.height)


@dataclass(frozen=True)
class Placement:
    """`patient` is None when there is no second screen: the presenter shows a preview instead."""

    doctor: str
    patient: str | None

    @property
    def two_screens(self) -> bool:
        return self.patient is not None


def distinct_screens(screens: list[ScreenInfo]) -> list[ScreenInfo]:
    """Mirrored screens show the same pixels: keep one of each geometry (the primary if any)."""
    by_geometry: dict[tuple[int, int, int, int], ScreenInfo] = {}
    for s in screens:
        kept = by_geometry.get(s.geometry)
        if kept is None or (s.primary and not kept.primary):
            by_geometry[s.geometry] = s
    return [s for s in screens if by_geometry.get(s.geometry) is s]


def choose_screens(screens: list[ScreenInfo], *, doctor: str | None = None,
                   patient: str | None = None) -> Placement:
    """Place the two windows.

    doctor: the screen the doctor's console is on now (or None: the primary screen).
    patient: the screen the doctor chose for the patient (command line, menu, or remembered).
    """
    if not screens:
        return Placement(doctor="", patient=None)
    distinct = distinct_screens(screens)
    names = [s.name for s in distinct]
    doctor_screen = next((s for s in screens if s.name == doctor), None)
    if doctor_screen is None:
        doctor_screen = next((s for s in distinct if s.primary), distinct[0])
    # a mirrored copy of the doctor's screen is the doctor's screen
    doctor_name = next(s.name for s in distinct if s.geometry == doctor_screen.geometry)
    others = [s for s in distinct if s.name != doctor_name]
    if not others:
        return Placement(doctor=doctor_name, patient=None)
    if patient in names and patient != doctor_name:
        return Placement(doctor=doctor_name, patient=patient)
    if patient in names and patient == doctor_name:
        # the doctor asked for the patient view on this screen: the console moves out of the way
        return Placement(doctor=others[0].name, patient=patient)
    # the largest other screen faces the patient
    best = max(others, key=lambda s: (s.width * s.height, -names.index(s.name)))
    return Placement(doctor=doctor_name, patient=best.name)


def swap(placement: Placement) -> Placement:
    if placement.patient is None:
        return placement
    return Placement(doctor=placement.patient, patient=placement.doctor)
