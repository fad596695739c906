"""Puts the console and the patient view on their screens, and again when a monitor comes or goes.

The choice itself is pure (`core/screens.choose_screens`); this applies it. The patient view is
hidden the moment its monitor goes away: it never lands on the doctor's screen.

Signals: placed(Placement) after every placement (the console shows whether the patient screen
is connected).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from ..core.screens import Placement, choose_screens, swap
from .screens import find_screen, put_full_screen, put_on, screen_infos


class Placer(QObject):
    placed = Signal(object)

    def __init__(self, presenter: QWidget, patient: QWidget, requested_patient: str | None) -> None:
        super().__init__()
        self.presenter = presenter
        self.patient = patient
        self.placement = Placement(doctor="", patient=None)
        self.requested_patient = requested_patient or None
        self.rehearsal = False  # one screen: the patient window beside the console
        self.done = False  # until the screens are known, a slide counts as one view (no layout yet)

    def patient_size(self) -> tuple[QSize, float] | None:
        """The patient screen's size in pixels and its height in mm (0 when unknown); None without one."""
        screen = find_screen(self.placement.patient)
        if screen is None:
            return None
        return screen.geometry().size(), float(screen.physicalSize().height())

    def place(self) -> None:
        current = self.presenter.screen().name() if self.presenter.isVisible() and self.presenter.screen() else None
        if self.placement.doctor and find_screen(self.placement.doctor):
            current = self.placement.doctor
        self.placement = choose_screens(screen_infos(), doctor=current, patient=self.requested_patient)
        self.done = True
        doctor = find_screen(self.placement.doctor)
        patient = find_screen(self.placement.patient)
        if patient is not None:
            put_full_screen(self.patient, patient)
        else:
            self.patient.hide()  # never full screen over the doctor's notes
        if doctor is not None:
            put_on(self.presenter, doctor)
        if patient is None and self.rehearsal and doctor is not None:
            g = doctor.availableGeometry()
            self.patient.setScreen(doctor)
            self.patient.setGeometry(g.x() + g.width() // 2, g.y() + g.height() // 2, g.width() // 2, g.height() // 2)
            self.patient.showNormal()
            self.patient.raise_()  # over the console's corner, not hidden under it
        self.placed.emit(self.placement)

    def swap(self) -> str | None:
        """Swap the screens; returns the patient screen's name to remember, if any."""
        self.placement = swap(self.placement)
        if self.placement.patient:
            self.requested_patient = self.placement.patient
        self.place()
        return self.placement.patient

    def choose_patient(self, name: str) -> None:
        self.requested_patient = name
        self.place()

    def set_rehearsal(self, on: bool) -> None:
        self.rehearsal = bool(on)
        self.place()

    def screen_removed(self, screen: QScreen) -> None:
        name = screen.name()  # read now: Qt deletes the QScreen right after this signal
        if name == self.placement.patient:
            self.patient.hide()  # at once: it must not land on the doctor's screen
            self.placement = Placement(doctor=self.placement.doctor, patient=None)
            self.placed.emit(self.placement)  # the console says so at once
        QTimer.singleShot(0, self.presenter, self.place)

    def screen_added(self, _screen: QScreen) -> None:
        QTimer.singleShot(0, self.presenter, self.place)

    def connect_screens(self) -> None:
        gui = _gui()
        gui.screenAdded.connect(self.screen_added)
        gui.screenRemoved.connect(self.screen_removed)

    def disconnect_screens(self) -> None:
        gui = _gui()
        for signal, slot in ((gui.screenAdded, self.screen_added), (gui.screenRemoved, self.screen_removed)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass


def _gui() -> QGuiApplication:
    gui = QGuiApplication.instance()
    assert isinstance(gui, QGuiApplication)
    return gui
