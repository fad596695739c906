"""The in-process measurements of tests/benchmarks/run.py; one mode per child process.

Run under an X server with two monitors (run.py starts one) with QT_QPA_PLATFORM=xcb:

    inprocess.py turns DECK SETTINGS_INI [--passes N]   page turns by real key presses, and RSS; in a deck
                                                         of more than 60 slides also 2 x 40 jumps (number + Enter)
    inprocess.py autofit [DECK] [--rounds N]             layout_slide at 1920x1080, per slide
    inprocess.py minimal                                 process start to a bare QWidget's first paint
    inprocess.py pdf DECK OUT.pdf                        the deck as a 16:9 PDF, one page a slide (for pdfpc)

Prints one line `BENCH-JSON {...}` (times in ms, memory in kB). Not a pytest file.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def process_start() -> float:
    """perf_counter() value of the moment the OS started this process (Linux /proc, 10 ms ticks)."""
    with open("/proc/self/stat", "rb") as fh:
        fields = fh.read().rsplit(b")", 1)[1].split()
    age = time.clock_gettime(time.CLOCK_BOOTTIME) - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    return time.perf_counter() - age


def rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def emit(data: dict) -> None:
    print("BENCH-JSON " + json.dumps(data), flush=True)


# -- waiting without sleeping in the dark ------------------------------------------------------
def spin(ms: int) -> None:
    """Run the event loop for `ms` milliseconds (never processEvents(flags, maxtime))."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition, timeout_s: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        spin(10)
    return condition()


class PaintStamps:
    """An event filter: for each watched widget, the time its next paint was handled.

    The Paint event is caught here; the stamp is taken by a zero-timer, i.e. once the event loop
    is back, after the paint (and the backing store flush that follows it) is done. A view painted
    at once by the app (`SlideView.paint_now`: the patient's screen, before the console's work) is
    stamped when that call returns: repaint() paints and flushes before it returns, and the
    event loop is only back after the rest of the key press.
    """

    def __init__(self, widgets: dict):
        from PySide6.QtCore import QEvent, QObject, QTimer

        stamps = self

        class _Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 (Qt override)
                if event.type() == QEvent.Type.Paint:
                    name = stamps.names.get(id(obj))
                    if name is not None and name not in stamps.times:
                        QTimer.singleShot(0, lambda n=name: stamps._stamp(n))
                return False

        self.names = {id(w): n for n, w in widgets.items()}
        self.times: dict[str, float] = {}
        self.loop = None
        self._filter = _Filter()
        for name, w in widgets.items():
            w.installEventFilter(self._filter)
            if callable(getattr(w, "paint_now", None)):
                self._time_paint_now(name, w)

    def _time_paint_now(self, name: str, view) -> None:
        real = view.paint_now

        def timed() -> None:
            behind = view.behind
            real()
            if behind and not view.behind:  # it painted (and flushed) in this call
                self.times.setdefault(name, time.perf_counter())

        view.paint_now = timed  # the app looks the method up on the instance

    def _stamp(self, name: str) -> None:
        self.times.setdefault(name, time.perf_counter())
        if self.loop is not None and len(self.times) == len(self.names):
            self.loop.quit()

    def reset(self) -> None:
        self.times = {}

    def wait_all(self, timeout_ms: int = 5000) -> bool:
        from PySide6.QtCore import QEventLoop, QTimer

        if len(self.times) < len(self.names):
            self.loop = QEventLoop()
            guard = QTimer()
            guard.setSingleShot(True)
            guard.timeout.connect(self.loop.quit)
            guard.start(timeout_ms)
            self.loop.exec()
            guard.stop()
            self.loop = None
        return len(self.times) == len(self.names)


# -- modes ---------------------------------------------------------------------------------------
def mode_turns(deck: Path, settings: Path, passes: int, gap_ms: int, jump_count: int = 40) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    import counsel_app.qt.render as render
    from counsel_app.qt.app import build

    layouts = [0]
    real_layout = render.layout_slide

    def counting_layout(*args, **kwargs):  # LayoutCache.get looks the name up in render's globals
        layouts[0] += 1
        return real_layout(*args, **kwargs)

    render.layout_slide = counting_layout

    qapp = QApplication([sys.argv[0]])
    qapp.setApplicationName("counsel-bench")
    app = build(deck, settings_path=settings)
    screens = [s.name() for s in QApplication.screens()]
    ok = wait_until(lambda: app.patient.isVisible() and app.presenter.isVisible()
                    and app.patient.view.layout_shown() is not None)
    if not ok:
        raise SystemExit(f"windows not shown (screens: {screens})")
    app.presenter.activateWindow()
    wait_until(lambda: app.presenter.isActiveWindow(), 2.0)
    spin(500)  # start-up work (deck check, first paints, clock) is over
    n = len(app.controller.frame.deck.slides)
    stamps = PaintStamps({"presenter": app.presenter.current, "next": app.presenter.next,
                          "patient": app.patient.view})
    rss = {"after_start": rss_kb()}
    turns = []  # (pass, direction, from_index, ms, cold, split)
    failures = 0
    for p in range(passes):
        for direction, key in (("forward", Qt.Key.Key_PageDown), ("back", Qt.Key.Key_PageUp)):
            for _ in range(n - 1):
                before_index = app.controller.frame.index
                before_layouts = layouts[0]
                stamps.reset()
                t0 = time.perf_counter()
                QTest.keyClick(app.presenter, key)
                t_handled = time.perf_counter()  # shortcut ran: frame, layouts, widgets updated
                if not stamps.wait_all():
                    failures += 1
                    continue
                t1 = max(stamps.times.values())
                if app.controller.frame.index == before_index:
                    failures += 1
                turns.append({"pass": p + 1, "dir": direction, "from": before_index,
                              "ms": 1000 * (t1 - t0), "handler_ms": 1000 * (t_handled - t0),
                              "cold": layouts[0] > before_layouts})
                spin(gap_ms)
        spin(300)
        rss[f"after_pass_{p + 1}"] = rss_kb()
    # jumps by typed number + Enter, to a slide far from any drawn ahead. "cold": the digits and Enter
    # in one go, so nothing could be drawn ahead (as End, or a number typed faster than anyone types);
    # "paced": as a doctor types, 150 ms between keys, Enter 250 ms after the last digit
    jumps = []
    rng = random.Random(15)
    for paced in (False, True):
        for _ in range(jump_count if n > 60 else 0):
            target = rng.randrange(n)
            if abs(target - app.controller.frame.index) < 5:
                continue
            spin(gap_ms)  # drawing ahead around the current slide is done; the target is not among it
            if paced:
                for digit in str(target + 1):
                    QTest.keyClick(app.presenter, digit)
                    spin(150)
                spin(100)
            else:
                QTest.keyClicks(app.presenter, str(target + 1))
            before_layouts = layouts[0]
            stamps.reset()
            t0 = time.perf_counter()
            QTest.keyClick(app.presenter, Qt.Key.Key_Return)
            t_handled = time.perf_counter()
            if not stamps.wait_all() or app.controller.frame.index != target:
                failures += 1
                continue
            jumps.append({"to": target, "ms": 1000 * (max(stamps.times.values()) - t0), "paced": paced,
                          "patient_ms": 1000 * (stamps.times["patient"] - t0),
                          "handler_ms": 1000 * (t_handled - t0), "laid_out": layouts[0] > before_layouts})
    app.patient.allow_close = app.presenter.allow_close = True
    return {"slides": n, "screens": screens, "patient_screen": app.placement.patient,
            "turns": turns, "jumps": jumps, "failures": failures, "rss_kb": rss, "layouts": layouts[0]}


def mode_autofit(deck_path: Path | None, rounds: int) -> dict:
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from counsel_app.core.deck import load_deck
    from counsel_app.core.themes import theme
    from counsel_app.qt.render import layout_slide
    from counsel_app.resources import default_deck

    QApplication([sys.argv[0]])
    deck = load_deck(deck_path or default_deck())
    size, t = QSize(1920, 1080), theme(None)
    samples = []  # (round, slide index, ms); the very first call is left out
    first_ms = None
    for r in range(rounds):
        for s in deck.slides:
            t0 = time.perf_counter()
            layout_slide(s, deck, size, t)
            ms = 1000 * (time.perf_counter() - t0)
            if first_ms is None:
                first_ms = ms
                continue
            samples.append({"round": r + 1, "slide": s.index, "ms": ms, "images": len(s.images)})
    return {"slides": len(deck.slides), "first_call_ms": first_ms, "samples": samples}


def mode_minimal() -> dict:
    """The floor: a bare PySide6 process showing one painted widget, timed like --profile-startup."""
    t0 = process_start()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    qapp = QApplication([sys.argv[0]])
    w = QWidget()
    w.resize(800, 600)
    done = {}

    class F(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and not done:
                QTimer.singleShot(0, lambda: (done.setdefault("t", time.perf_counter()), qapp.quit()))
            return False

    f = F()
    w.installEventFilter(f)
    w.show()
    QTimer.singleShot(10_000, qapp.quit)
    qapp.exec()
    if "t" not in done:
        raise SystemExit("minimal window not painted")
    return {"ms": 1000 * (done["t"] - t0)}


def mode_pdf(deck_path: Path, out: Path) -> dict:
    """The deck as slides exported to PDF (as from Marp): one 1280x720 page a slide, each laid out
    by counsel's own render code (text, pictures), so pdfpc shows the same slides counsel does."""
    from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, QSizeF
    from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter
    from PySide6.QtWidgets import QApplication

    from counsel_app.core.deck import load_deck
    from counsel_app.core.themes import theme
    from counsel_app.qt.render import layout_slide

    QApplication([sys.argv[0]])
    deck = load_deck(deck_path)
    size, t = QSize(1280, 720), theme("light")
    writer = QPdfWriter(str(out))
    writer.setResolution(96)
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(1280 * 0.75, 720 * 0.75), QPageSize.Unit.Point, "16:9"),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter(writer)
    for i, slide in enumerate(deck.slides):
        if i:
            writer.newPage()
        layout = layout_slide(slide, deck, size, t)
        painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor(t.background))
        painter.save()
        painter.translate(QPointF(layout.content.left(), layout.content.top()))
        layout.doc.drawContents(painter, QRectF(0, 0, layout.content.width(), layout.content.height()))
        painter.restore()
    painter.end()
    return {"pages": len(deck.slides), "bytes": out.stat().st_size}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="mode", required=True)
    t = sub.add_parser("turns")
    t.add_argument("deck", type=Path)
    t.add_argument("settings", type=Path)
    t.add_argument("--passes", type=int, default=2)
    t.add_argument("--gap-ms", type=int, default=15, help="idle time between key presses")
    a = sub.add_parser("autofit")
    a.add_argument("deck", type=Path, nargs="?")
    a.add_argument("--rounds", type=int, default=5)
    sub.add_parser("minimal")
    pdf = sub.add_parser("pdf")
    pdf.add_argument("deck", type=Path)
    pdf.add_argument("out", type=Path)
    args = ap.parse_args(argv)
    if args.mode == "turns":
        out = mode_turns(args.deck, args.settings, args.passes, args.gap_ms)
    elif args.mode == "autofit":
        out = mode_autofit(args.deck, args.rounds)
    elif args.mode == "pdf":
        out = mode_pdf(args.deck, args.out)
    else:
        out = mode_minimal()
    emit(out)
    sys.stdout.flush()
    os._exit(0)  # skip Qt teardown: nothing left to measure


if __name__ == "__main__":
    sys.exit(main())
