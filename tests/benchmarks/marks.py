"""Pointer and pen latency (issue 18): from a mouse event on the console's slide to the patient view
repainted with the dot or the new stroke segment. A report, not a test.

    python tests/benchmarks/marks.py [--moves N]      # starts its own two-monitor Xvfb, prints a table

The child (`--child DECK SETTINGS`) runs the real app (`build()`) under that X server: pointer on (L),
then N mouse moves over the console's current slide (`QTest.mouseMove`), 15 ms apart; then the pen
(D), a press and N moves with the button held. Each sample is timed from just before the mouse event
until the patient view's Paint event has been handled (inprocess.PaintStamps). Budget: p95 <= 16 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]


def child(deck: Path, settings: Path, moves: int) -> dict:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from counsel_app.core.session import Command
    from counsel_app.qt.app import build
    from inprocess import PaintStamps, spin, wait_until

    qapp = QApplication(sys.argv[:1])
    app = build(deck, settings_path=settings)
    wait_until(lambda: app.patient.isVisible() and app.presenter.isVisible())
    spin(500)
    view = app.presenter.current
    r = view.slide_rect()

    def at(i: int, y: float) -> QPoint:
        x = 0.1 + 0.8 * ((i * 7) % 100) / 100  # jumps about, as a hand does
        return QPoint(round(r.x() + x * r.width()), round(r.y() + y * r.height()))

    stamps = PaintStamps({"patient": app.patient.view})
    out: dict[str, list[float]] = {"pointer": [], "pen": []}
    app.dispatch(Command.POINTER)
    for i in range(moves):
        stamps.reset()
        t0 = time.perf_counter()
        QTest.mouseMove(view, at(i, 0.3 + 0.4 * (i % 2)))
        if stamps.wait_all(2000):
            out["pointer"].append((stamps.times["patient"] - t0) * 1000)
        spin(15)
    app.dispatch(Command.PEN)
    QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(0, 0.5))
    spin(50)
    for i in range(moves):
        stamps.reset()
        t0 = time.perf_counter()
        QTest.mouseMove(view, QPoint(round(r.x() + r.width() * (0.1 + 0.8 * i / moves)),
                                     round(r.y() + r.height() * (0.5 + 0.1 * (i % 3)))))
        if stamps.wait_all(2000):
            out["pen"].append((stamps.times["patient"] - t0) * 1000)
        spin(15)
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(0, 0.5))
    app.close()
    qapp.processEvents()
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--moves", type=int, default=200)
    ap.add_argument("--child", nargs=2, metavar=("DECK", "SETTINGS"))
    args = ap.parse_args()
    if args.child:
        print("BENCH-JSON " + json.dumps(child(Path(args.child[0]), Path(args.child[1]), args.moves)), flush=True)
        return 0
    from run import Xvfb, child_env, p95

    deck = HERE.parents[1] / "slides" / "ret-bone-metastasis.md"
    x = Xvfb()
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(x.start(), Path(tmp))
        try:
            r = subprocess.run([sys.executable, __file__, "--moves", str(args.moves), "--child", str(deck),
                                str(Path(tmp) / "s.ini")], env=env, capture_output=True, text=True, timeout=300)
        finally:
            x.stop()
    line = next((ln for ln in r.stdout.splitlines() if ln.startswith("BENCH-JSON ")), None)
    if line is None:
        print(r.stderr[-2000:])
        return 1
    data = json.loads(line[len("BENCH-JSON "):])
    print(f"{'figure':<44} {'budget':<12} {'median':>8} {'p95':>8} {'n':>5}  met?")
    for name, label in (("pointer", "mouse move to the dot on the patient view"),
                        ("pen", "pen stroke segment on the patient view")):
        v = data[name]
        if not v:
            print(f"{label:<44} {'p95 <= 16 ms':<12} {'ERROR: no paint seen':>24}")
            continue
        ok = p95(v) <= 16
        print(f"{label:<44} {'p95 <= 16 ms':<12} {statistics.median(v):>6.2f}ms {p95(v):>6.2f}ms {len(v):>5}  "
              f"{'yes' if ok else 'NO'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
