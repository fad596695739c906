"""Start a program and watch, from the X server, when its windows appear and are drawn.

    /usr/bin/python3 xwatch.py [--windows 2] [--min-size 1000x500] [--quiet-ms 300] [--timeout 20] -- CMD...

Runs with the system Python and python3-xlib (Debian), not the project's venv: it watches any
program, pdfpc included. Before starting CMD it asks the X server (DISPLAY) for every top-level
window that is mapped, and for each one at least `--min-size` big a DAMAGE object (raw
rectangles): the server then reports every drawing into that window, the background it fills
on mapping included. The clock starts just
before CMD is started (fork/exec). It stops when `--windows` such windows have been drawn into
and the program then draws nothing for `--quiet-ms`, or at `--timeout`; then CMD is terminated.
Prints one line `XWATCH-JSON {...}`: per window its size and position, when it was mapped, when
it was first drawn into, and the last drawing before the quiet gap (all in ms from the start);
and the tail of CMD's output.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import time
from typing import IO

from Xlib import X, display
from Xlib.ext import damage


def _tail(fh: IO[bytes], n: int = 600) -> str:
    fh.seek(0)
    return fh.read().decode(errors="replace")[-n:]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--windows", type=int, default=2)
    ap.add_argument("--min-size", default="1000x500")
    ap.add_argument("--quiet-ms", type=float, default=300)
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
    min_w, min_h = (int(v) for v in args.min_size.split("x"))

    d = display.Display()
    d.set_error_handler(lambda *_: None)  # a window that is gone before we ask about it: not an error here
    if not d.has_extension("DAMAGE"):
        print("XWATCH-JSON " + json.dumps({"error": "the X server has no DAMAGE extension"}))
        return 1
    d.damage_query_version()
    damage_notify = d.query_extension("DAMAGE").first_event + damage.DamageNotifyCode
    root = d.screen().root
    root.change_attributes(event_mask=X.SubstructureNotifyMask)
    d.sync()

    windows: dict[int, dict] = {}
    t0 = time.perf_counter()
    out_file = tempfile.TemporaryFile()
    err_file = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, stdout=out_file, stderr=err_file, start_new_session=True)

    def now() -> float:
        return round(1000 * (time.perf_counter() - t0), 1)

    deadline = time.monotonic() + args.timeout
    last_draw = None
    while time.monotonic() < deadline:
        drawn = [w for w in windows.values() if w["first_draw_ms"] is not None]
        if len(drawn) >= args.windows and last_draw is not None and now() - last_draw >= args.quiet_ms:
            break
        if proc.poll() is not None:
            break
        if not d.pending_events():
            select.select([d.fileno()], [], [], 0.02)
        while d.pending_events():
            ev = d.next_event()
            t = now()
            if ev.type == X.MapNotify and ev.window.id not in windows:
                try:
                    g = ev.window.get_geometry()
                except Exception:  # noqa: BLE001 (the window may be gone already)
                    continue
                if g.width >= min_w and g.height >= min_h:
                    windows[ev.window.id] = {"size": [g.width, g.height], "pos": [g.x, g.y], "mapped_ms": t,
                                             "first_draw_ms": None, "last_draw_ms": None, "draws": 0,
                                             "damage": ev.window.damage_create(damage.DamageReportRawRectangles)}
                    d.flush()
            elif ev.type == damage_notify:
                w = next((w for w in windows.values() if w["damage"] == ev.damage), None)
                if w is not None:
                    w["draws"] += 1
                    w["first_draw_ms"] = w["first_draw_ms"] if w["first_draw_ms"] is not None else t
                    w["last_draw_ms"] = last_draw = t
    timed_out = time.monotonic() >= deadline
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)
    out = {"windows": [{k: v for k, v in w.items() if k != "damage"} for w in windows.values()],
           "timed_out": timed_out, "exit": proc.returncode,
           "stdout": _tail(out_file), "stderr": _tail(err_file)}
    print("XWATCH-JSON " + json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
