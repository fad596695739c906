"""The editor's preview after a keystroke (issue 16): a report, not a test.

    python tests/benchmarks/editor_keystroke.py          # offscreen; about 10 s
    python tests/benchmarks/editor_keystroke.py --json   # one line `BENCH-JSON {...}` (run.py's row)

Real key events typed into a slide's title (`QTest.keyClick`), timed from just before the key until
the preview (laid out at 1920x1080 by the patient view's code) has repainted. Prints median and p95
(nearest rank) for a normal slide of the bundled deck, against the budget p95 <= 50 ms, the same on a
1,000-slide deck (the preview follows every key there too: only the typed slide is read again), and
a slide moved with Alt+Down / Alt+Up in that deck, timed until the preview has repainted.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from counsel_app.core.deck_file import EditedFile  # noqa: E402
from counsel_app.core.themes import theme  # noqa: E402
from counsel_app.qt.editor_window import EditorWindow  # noqa: E402


def keystrokes(text: str, slide: int, n: int = 60) -> list[float]:
    window = EditorWindow(EditedFile(REPO / "bench.md", text, "utf-8"), lang="en", theme=theme(None))
    window.show()
    QApplication.processEvents()
    window.select(slide)
    field = window.fields.title
    field.setFocus()
    field.end(False)
    times = []
    for i in range(n):
        start = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_A if i % 2 == 0 else Qt.Key.Key_Backspace)
        window.preview.view.repaint()
        times.append((time.perf_counter() - start) * 1000)
    window._may_close = True
    window.close()
    return times[5:]  # the first keys pay for fonts of new sizes


def moves(text: str, slide: int, n: int = 20) -> list[float]:
    window = EditorWindow(EditedFile(REPO / "bench.md", text, "utf-8"), lang="en", theme=theme(None))
    window.show()
    QApplication.processEvents()
    window.select(slide)
    times = []
    for i in range(n):
        start = time.perf_counter()
        QTest.keyClick(window, Qt.Key.Key_Down if i % 2 == 0 else Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        window.preview.view.repaint()
        times.append((time.perf_counter() - start) * 1000)
    window._may_close = True
    window.close()
    return times[2:]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * 95 // 100) - 1)]


def main() -> int:
    QApplication.instance() or QApplication(sys.argv[:1])
    bundled = (REPO / "slides" / "ret-bone-metastasis.md").read_text(encoding="utf-8")
    front, body = bundled.split("\n---\n", 1)
    big = front + "\n---\n" + "\n---\n".join([body] * 46)
    rows = [("preview after a keystroke, bundled slide 3", keystrokes(bundled, 2), 50.0),
            ("preview after a keystroke, 1,000-slide deck", keystrokes(big, 500), None),
            ("slide moved (Alt+Down/Up), 1,000-slide deck", moves(big, 500), None)]
    if "--json" in sys.argv[1:]:
        print("BENCH-JSON " + json.dumps({"normal_slide_ms": rows[0][1], "big_deck_keystroke_ms": rows[1][1],
                                          "big_deck_move_ms": rows[2][1]}))
        return 0
    print(f"{'figure':55} {'budget':>10} {'median':>8} {'p95':>8}  met?")
    for name, values, budget in rows:
        met = "" if budget is None else ("yes" if p95(values) <= budget else "NO")
        limit = "-" if budget is None else f"p95<={budget:.0f}ms"
        print(f"{name:55} {limit:>10} {statistics.median(values):7.1f}ms {p95(values):7.1f}ms  {met}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
