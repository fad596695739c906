"""Performance report for counsel (issues 8, 15, 16): start-up (also against pdfpc), page turn, auto-fit,
a 1,000-slide deck, memory, the editor's preview after a keystroke.

    python tests/benchmarks/run.py [--runs 5] [--json results.json] [--skip-big]

Starts its own Xvfb with two 1920x1080 monitors side by side (one 3840x1080 screen split by
xrandr), runs every measurement in child processes on it, and prints one table:
figure | budget | median | p95 | met?. A missed budget is reported, not an error: the exit
status is 0 unless a measurement could not be taken (then 1). See README.md beside this file.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
BUNDLED = REPO / "slides" / "ret-bone-metastasis.md"
INPROCESS = HERE / "inprocess.py"
EDITOR = HERE / "editor_keystroke.py"
XWATCH = HERE / "xwatch.py"
SYSTEM_PYTHON = "/usr/bin/python3"  # xwatch.py runs on Debian's python3-xlib, not on the venv
# pdfpc without a window manager cannot go full screen and sees one monitor (GTK ignores xrandr's
# second, output-less monitor): both its windows, presentation at 1920x1080 (its presenter window
# is then 960x540, its default), on the left monitor.
PDFPC_ARGS = ["--windowed=both", "--size=1920:1080"]
MONITORS = (["--setmonitor", "LEFT", "1920/508x1080/286+0+0", "screen"],
            ["--setmonitor", "RIGHT", "1920/508x1080/286+1920+0", "none"])
GROWTH_TOLERANCE_KB = 1024  # "no growth": RSS after pass 2 at most 1 MB above pass 1 (page noise)


class MeasurementError(RuntimeError):
    pass


# -- small statistics ------------------------------------------------------------------------------
def p95(values: list[float]) -> float:
    """Nearest-rank 95th percentile (with 5 samples: the largest)."""
    s = sorted(values)
    return s[max(0, math.ceil(0.95 * len(s)) - 1)]


@dataclass
class Row:
    figure: str
    budget: str
    median: float | None = None
    p95: float | None = None
    unit: str = "ms"
    met: bool | None = None  # None: no budget (a reference figure)
    n: int = 0
    error: str | None = None
    extra: dict = field(default_factory=dict)


# -- Xvfb with two monitors ------------------------------------------------------------------------
class Xvfb:
    """`Xvfb :N -screen 0 3840x1080x24 -noreset` on a free display (-displayfd picks it), two monitors."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        self.display = ""

    def start(self, timeout: float = 10.0) -> str:
        if not shutil.which("Xvfb") or not shutil.which("xrandr"):
            raise MeasurementError("Xvfb and xrandr are needed (Debian: xvfb x11-xserver-utils)")
        rfd, wfd = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(wfd), "-screen", "0", "3840x1080x24", "-noreset", "-nolisten", "tcp"],
            pass_fds=(wfd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(wfd)
        buf = b""
        deadline = time.monotonic() + timeout
        while not buf.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([rfd], [], [], 0.2)
            if ready:
                chunk = os.read(rfd, 64)
                if not chunk:
                    break
                buf += chunk
        os.close(rfd)
        if not buf.strip().isdigit():
            self.stop()
            raise MeasurementError("Xvfb did not start")
        self.display = f":{buf.strip().decode()}"
        env = {**os.environ, "DISPLAY": self.display}
        for args in MONITORS:
            subprocess.run(["xrandr", *args], env=env, check=True, capture_output=True, timeout=10)
        out = subprocess.run(["xrandr", "--listmonitors"], env=env, capture_output=True, text=True,
                             timeout=10).stdout
        if "Monitors: 2" not in out:
            self.stop()
            raise MeasurementError(f"xrandr did not give two monitors: {out!r}")
        return self.display

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None


# -- the 1,000-slide deck ----------------------------------------------------------------------------
def make_big_deck(path: Path, count: int = 1000) -> Path:
    """The bundled deck's slides repeated to `count` slides (parts, pictures, notes, teach-back and
    all), each heading numbered so no two slides are alike; picture paths made absolute."""
    text = BUNDLED.read_text(encoding="utf-8")
    m = re.match(r"(---\n.*?\n---\n)(.*)", text, re.S)
    if not m:
        raise MeasurementError("the bundled deck has no front matter")
    front, body = m.group(1), m.group(2)
    slides = [s.strip("\n") for s in re.split(r"\n---\n", body) if s.strip()]
    assets = (REPO / "assets").as_posix()
    out = []
    for i in range(count):
        s = slides[i % len(slides)].replace("](../assets/", f"]({assets}/")
        s = re.sub(r"^(#{1,6} .*)$", lambda h, n=i + 1: f"{h.group(1)} ({n})", s, count=1, flags=re.M)
        out.append(s)
    path.write_text(front.replace("title: ", f"title: {count} slides — ", 1) + "\n" + "\n\n---\n\n".join(out)
                    + "\n", encoding="utf-8")
    return path


# -- running children --------------------------------------------------------------------------------
def child_env(display: str, tmp: Path, *, bytecode: bool = True) -> dict:
    env = dict(os.environ)
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb",
               XDG_CONFIG_HOME=str(tmp / "config"),  # settings: never the user's own file
               XDG_DATA_HOME=str(tmp / "data"),
               XDG_CACHE_HOME=str(tmp / "cache"),  # decks read before (core/deck_cache.py): never the user's
               XDG_RUNTIME_DIR=str(tmp / "runtime"))
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])])
    env.pop("WAYLAND_DISPLAY", None)
    if bytecode:  # as installed: compiled once (into a private folder, the repo stays untouched)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    else:  # every module compiled from source on every start
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "no-pycache")
    return env


def profile_startup(deck: Path | None, env: dict, timeout: float = 60.0) -> float:
    """One `python -m counsel_app [DECK] --profile-startup`: ms until both windows have painted."""
    cmd = [sys.executable, "-m", "counsel_app", *([str(deck)] if deck else []), "--profile-startup"]
    r = subprocess.run(cmd, env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout)
    times = dict(re.findall(r"^(presenter|patient): first frame painted (\d+) ms", r.stdout, re.M))
    if r.returncode != 0 or set(times) != {"presenter", "patient"}:
        raise MeasurementError(f"--profile-startup (exit {r.returncode}): {r.stdout.strip()} {r.stderr.strip()[-500:]}")
    return float(max(int(v) for v in times.values()))


def inprocess(args: list[str], env: dict, timeout: float) -> dict:
    r = subprocess.run([sys.executable, str(INPROCESS), *args], env=env, cwd=REPO, capture_output=True,
                       text=True, timeout=timeout)
    for line in r.stdout.splitlines():
        if line.startswith("BENCH-JSON "):
            return json.loads(line[len("BENCH-JSON "):])
    raise MeasurementError(f"inprocess.py {args[0]} (exit {r.returncode}): {r.stderr.strip()[-800:]}")


class SessionBus:
    """A D-Bus session bus for the start-up comparison, as on a desktop (pdfpc waits for one)."""

    def __init__(self) -> None:
        self.pid: int | None = None
        self.address = ""

    def start(self) -> str:
        if not shutil.which("dbus-daemon"):
            raise MeasurementError("dbus-daemon is needed for pdfpc (Debian: dbus)")
        out = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
                             capture_output=True, text=True, timeout=10, check=True).stdout.split()
        self.address, self.pid = out[0], int(out[1])
        return self.address

    def stop(self) -> None:
        if self.pid is not None:
            try:
                os.kill(self.pid, 15)
            except ProcessLookupError:
                pass
            self.pid = None


def watch(cmd: list[str], env: dict, timeout: float = 30.0) -> dict:
    """Start `cmd` under xwatch.py: when its two windows were mapped and when they were drawn last
    before the program went quiet for 250 ms (ms from the start; see xwatch.py)."""
    r = subprocess.run([SYSTEM_PYTHON, str(XWATCH), "--windows", "2", "--min-size", "900x500", "--quiet-ms", "250",
                        "--timeout", str(timeout), "--", *cmd], env=env, cwd=REPO, capture_output=True, text=True,
                       timeout=timeout + 15)
    line = next((ln for ln in r.stdout.splitlines() if ln.startswith("XWATCH-JSON ")), None)
    if line is None:
        raise MeasurementError(f"xwatch.py (exit {r.returncode}): {r.stderr.strip()[-500:]}")
    d = json.loads(line[len("XWATCH-JSON "):])
    drawn = [w for w in d.get("windows", []) if w["last_draw_ms"] is not None]
    if d.get("error") or len(drawn) < 2:
        raise MeasurementError(f"{Path(cmd[0]).name}: two windows were not drawn: {d}")
    drawn = drawn[:2]
    return {"mapped": max(w["mapped_ms"] for w in drawn), "painted": max(w["last_draw_ms"] for w in drawn),
            "raw": d}


def pdfpc_rows(env: dict, pdf: Path, runs: int) -> list[Row]:
    """counsel and pdfpc started in turn (interleaved, so both see the same load), each watched from
    the X server by the same method; the ratio is taken per pair."""
    if not shutil.which("pdfpc"):
        raise MeasurementError("pdfpc is not installed (make bench installs pdf-presenter-console)")
    if not os.path.exists(SYSTEM_PYTHON) or subprocess.run([SYSTEM_PYTHON, "-c", "import Xlib"],
                                                             capture_output=True).returncode:
        raise MeasurementError("python3-xlib is needed to watch the windows (make bench installs it)")
    counsel = [sys.executable, "-m", "counsel_app", "--profile-startup"]
    pdfpc = ["pdfpc", *PDFPC_ARGS, str(pdf)]
    watch(counsel, env)  # warm-ups, not counted (pdfpc's first start also starts the a11y bus)
    watch(pdfpc, env)
    c_runs, p_runs = [], []
    for i in range(runs):
        pair = [(counsel, c_runs), (pdfpc, p_runs)]
        for cmd, into in (pair if i % 2 == 0 else pair[::-1]):
            into.append(watch(cmd, env))
    ratio = [c["painted"] / p["painted"] for c, p in zip(c_runs, p_runs)]
    mapped = [c["mapped"] / p["mapped"] for c, p in zip(c_runs, p_runs)]
    cp, pp = [c["painted"] for c in c_runs], [p["painted"] for p in p_runs]
    return [
        Row("Start-up / pdfpc's, both windows painted", "median <= 0.80x", statistics.median(ratio), p95(ratio),
            unit="x", met=statistics.median(ratio) <= 0.80, n=runs, extra={"ratios": ratio}),
        Row("  counsel, both windows painted (X DAMAGE)", "(info)", statistics.median(cp), p95(cp), n=runs,
            extra={"runs": [c["raw"] for c in c_runs]}),
        Row("  pdfpc 4.6, both windows painted (X DAMAGE)", "(info)", statistics.median(pp), p95(pp), n=runs,
            extra={"runs": [p["raw"] for p in p_runs]}),
        Row("  info: both windows mapped, counsel / pdfpc", "(info)", statistics.median(mapped), p95(mapped),
            unit="x", n=runs),
    ]


# -- the measurements --------------------------------------------------------------------------------
def startup_rows(env: dict, nobc_env_factory, big: Path | None, runs: int, fresh_cache_env=None) -> list[Row]:
    rows = []
    profile_startup(None, env)  # warm-up, not counted: bytecode compiled, files in the page cache
    ms = [profile_startup(None, env) for _ in range(runs)]
    rows.append(Row("Start-up, bundled deck (both windows painted)", "median <= 350 ms",
                    statistics.median(ms), p95(ms), met=statistics.median(ms) <= 350, n=runs,
                    extra={"runs": ms}))
    floor = [inprocess(["minimal"], env, 60)["ms"] for _ in range(runs + 1)][1:]
    rows.append(Row("  reference: bare PySide6 window, same machine", "(floor)", statistics.median(floor),
                    p95(floor), n=runs, extra={"runs": floor}))
    nobc = [profile_startup(None, nobc_env_factory()) for _ in range(runs)]
    rows.append(Row("  info: start-up without bytecode cache", "(info)", statistics.median(nobc), p95(nobc),
                    n=runs, extra={"runs": nobc}))
    if big is not None:
        bundled = statistics.median(ms)
        profile_startup(big, env)  # warm-up: also keeps the parsed deck, as any earlier presentation does
        big_ms = [profile_startup(big, env) for _ in range(runs)]
        ratio = statistics.median(big_ms) / bundled
        rows.append(Row("Open a 1,000-slide deck (first frame) / bundled deck's", "median <= 1.25x", ratio,
                        p95(big_ms) / bundled, unit="x", met=ratio <= 1.25, n=runs,
                        extra={"runs": big_ms, "bundled_median": bundled}))
        rows.append(Row("  info: 1,000 slides, first frame", "(info)", statistics.median(big_ms), p95(big_ms),
                        n=runs))
        fresh = [profile_startup(big, fresh_cache_env()) for _ in range(runs)] if fresh_cache_env else [0.0]
        rows.append(Row("  info: 1,000 slides never opened before (no parsed deck kept)", "(info)",
                        statistics.median(fresh), p95(fresh), n=runs, extra={"runs": fresh}))
    return rows


def autofit_rows(env: dict) -> list[Row]:
    """Headline: each slide laid out once (its first layout, as on a cold page turn), the very first
    call of the process left out; info: the same slides laid out again (Qt's font caches warm)."""
    d = inprocess(["autofit", str(BUNDLED), "--rounds", "5"], env, 120)
    first = [s["ms"] for s in d["samples"] if s["round"] == 1]
    again = [s["ms"] for s in d["samples"] if s["round"] > 1]
    return [
        Row("Auto-fit one slide (layout_slide, 1920x1080)", "median <= 2 ms", statistics.median(first), p95(first),
            met=statistics.median(first) <= 2.0, n=len(first), extra={"first_call_ms": d["first_call_ms"]}),
        Row("  info: the same slides laid out again", "(info)", statistics.median(again), p95(again), n=len(again)),
    ]


def editor_rows(env: dict) -> list[Row]:
    """The editor (issue 16): real keys typed into a slide's title until the preview has repainted."""
    r = subprocess.run([sys.executable, str(EDITOR), "--json"], env=env, cwd=REPO, capture_output=True, text=True,
                       timeout=300)
    line = next((ln for ln in r.stdout.splitlines() if ln.startswith("BENCH-JSON ")), None)
    if line is None:
        raise MeasurementError(f"editor_keystroke.py (exit {r.returncode}): {r.stderr.strip()[-800:]}")
    d = json.loads(line[len("BENCH-JSON "):])
    normal, big = d["normal_slide_ms"], d["big_deck_keystroke_ms"]
    return [
        Row("Editor: preview after a keystroke, normal slide", "p95 <= 50 ms", statistics.median(normal), p95(normal),
            met=p95(normal) <= 50.0, n=len(normal)),
        Row("  info: preview after a keystroke, 1,000-slide deck", "(info)", statistics.median(big), p95(big),
            n=len(big)),
        *([Row("  info: slide moved (Alt+Down/Up), 1,000-slide deck", "(info)", statistics.median(d["big_deck_move_ms"]),
               p95(d["big_deck_move_ms"]), n=len(d["big_deck_move_ms"]))] if "big_deck_move_ms" in d else []),
    ]


def turn_rows(label: str, deck: Path, env: dict, tmp: Path, passes: int, timeout: float) -> tuple[list[Row], dict]:
    # 80 ms between presses: quicker than any doctor talks, slow enough for the app's idle-time
    # prefetch (25 ms after a turn) to lay out and draw the neighbouring slides, as in real use.
    d = inprocess(["turns", str(deck), str(tmp / f"settings-{deck.stem}.ini"), "--passes", str(passes),
                   "--gap-ms", "80"], env, timeout)
    if d["patient_screen"] is None:
        raise MeasurementError(f"no patient screen (screens: {d['screens']})")
    if d["failures"] > max(2, len(d["turns"]) // 100):
        raise MeasurementError(f"{d['failures']} page turns were not repainted in time")
    rows = []
    # every turn counts for the budget; "cold" (a slide laid out inside the key press, i.e. the
    # idle-time prefetch had not run) is listed apart when there are any
    for kind, pick in (("all turns", lambda t: True), ("cold", lambda t: t["cold"]),
                       ("warm", lambda t: not t["cold"])):
        ms = [t["ms"] for t in d["turns"] if pick(t)]
        if not ms:
            if kind == "all turns":
                raise MeasurementError(f"no page turns measured ({label})")
            continue
        handler = [t["handler_ms"] for t in d["turns"] if pick(t)]
        rows.append(Row(f"Page turn, {label}, {kind}", "p95 <= 16 ms", statistics.median(ms), p95(ms),
                        met=p95(ms) <= 16.0, n=len(ms),
                        extra={"key_handler_median_ms": statistics.median(handler)}))
    for paced, screens, name in ((False, "patient_ms", "Jump to a slide not drawn ahead, the patient's screen"),
                                 (False, "ms", "Jump to a slide not drawn ahead, both screens"),
                                 (True, "ms", "Jump by a number typed at a doctor's pace (drawn while typing)")):
        # cold: typed number + Enter in one go, nothing drawn ahead (the cold turn the issue means);
        # paced: 150 ms between digits, Enter 250 ms after the last one. The patient's screen is
        # painted first (SlideView.paint_now), then the console's
        picked = [j for j in d.get("jumps", []) if j.get("paced", False) is paced]
        if picked:
            ms, handler = [j[screens] for j in picked], [j["handler_ms"] for j in picked]
            rows.append(Row(f"{name}, {label}", "p95 <= 16 ms", statistics.median(ms), p95(ms), met=p95(ms) <= 16.0,
                            n=len(ms), extra={"key_handler_median_ms": statistics.median(handler)}))
    return rows, d


def memory_rows(d: dict) -> list[Row]:
    rss = d["rss_kb"]
    after2, after1 = rss["after_pass_2"], rss["after_pass_1"]
    growth = after2 - after1
    return [
        Row("RSS, bundled deck, after paging through twice", "<= 150 MB", after2 / 1024, None, unit="MB",
            met=after2 <= 150 * 1024, n=1, extra=rss),
        Row("RSS growth on the second pass", "none (<= 1 MB)", growth / 1024, None, unit="MB",
            met=growth <= GROWTH_TOLERANCE_KB, n=1),
    ]


# -- the report --------------------------------------------------------------------------------------
def fmt(v: float | None, unit: str) -> str:
    if v is None:
        return "-"
    if unit == "x":
        return f"{v:.2f}x"
    return f"{v:.1f} {unit}" if unit == "MB" or v < 100 else f"{v:.0f} {unit}"


def table(rows: list[Row]) -> str:
    head = ("figure", "budget", "median", "p95", "met?")
    lines = [(r.figure, r.budget, fmt(r.median, r.unit) if not r.error else "n/a", fmt(r.p95, r.unit) if not r.error
              else "n/a", "-" if r.met is None and not r.error else ("ERROR" if r.error else ("yes" if r.met else "NO")))
             for r in rows]
    widths = [max(len(x[i]) for x in [head, *lines]) for i in range(5)]
    out = [" | ".join(h.ljust(w) for h, w in zip(head, widths)), "-+-".join("-" * w for w in widths)]
    out += [" | ".join(c.ljust(w) if i < 2 or i == 4 else c.rjust(w) for i, (c, w) in enumerate(zip(x, widths)))
            for x in lines]
    return "\n".join(out)


def run_step(rows: list[Row], name: str, budget: str, fn) -> object:
    """Run one measurement; on failure add an ERROR row and carry on with the others."""
    print(f"... {name}", file=sys.stderr, flush=True)
    try:
        result = fn()
    except (MeasurementError, subprocess.SubprocessError, OSError, KeyError, ValueError) as exc:
        rows.append(Row(name, budget, error=str(exc)))
        return None
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="counsel performance report (issue 8)")
    ap.add_argument("--runs", type=int, default=5, help="start-up runs per figure (default 5)")
    ap.add_argument("--json", type=Path, help="also write every sample to this file")
    ap.add_argument("--skip-big", action="store_true", help="leave out the 1,000-slide deck (quick look)")
    args = ap.parse_args(argv)
    if not sys.platform.startswith("linux"):
        print("run.py needs Linux (Xvfb, /proc)", file=sys.stderr)
        return 1

    rows: list[Row] = []
    raw: dict = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                             "load_before": os.getloadavg()}}
    xvfb = Xvfb()
    bus = SessionBus()
    with tempfile.TemporaryDirectory(prefix="counsel-bench-") as tmpname:
        tmp = Path(tmpname)
        (tmp / "runtime").mkdir(mode=0o700)
        try:
            display = xvfb.start()
            env = child_env(display, tmp)
            nobc = 0

            def nobc_env():
                nonlocal nobc
                nobc += 1
                e = child_env(display, tmp, bytecode=False)
                e["PYTHONPYCACHEPREFIX"] = str(tmp / f"no-pycache-{nobc}")
                return e

            big = None if args.skip_big else make_big_deck(tmp / "deck-1000.md")
            pdf = tmp / "deck.pdf"  # the bundled deck as a PDF, one page a slide, for pdfpc
            got = run_step(rows, "Start-up / pdfpc's", "median <= 0.80x",
                           lambda: (inprocess(["pdf", str(BUNDLED), str(pdf)], env, 120),
                                    pdfpc_rows({**env, "DBUS_SESSION_BUS_ADDRESS": bus.start()}, pdf, args.runs))[1])
            rows.extend(got or [])
            fresh = 0

            def fresh_cache_env():
                nonlocal fresh
                fresh += 1
                return {**env, "XDG_CACHE_HOME": str(tmp / f"cache-fresh-{fresh}")}

            got = run_step(rows, "Start-up", "median <= 350 ms",
                           lambda: startup_rows(env, nobc_env, big, args.runs, fresh_cache_env))
            rows.extend(got or [])
            got = run_step(rows, "Auto-fit one slide", "median <= 2 ms", lambda: autofit_rows(env))
            rows.extend(got or [])
            got = run_step(rows, "Editor: preview after a keystroke", "p95 <= 50 ms", lambda: editor_rows(env))
            rows.extend(got or [])
            got = run_step(rows, "Page turn, bundled deck", "p95 <= 16 ms",
                           lambda: turn_rows("bundled deck", BUNDLED, env, tmp, 2, 300))
            if got:
                rows.extend(got[0])
                raw["turns_bundled"] = got[1]
                rows.extend(memory_rows(got[1]))
                bundled_warm = statistics.median(t["ms"] for t in got[1]["turns"] if not t["cold"])
            if big is not None:
                got = run_step(rows, "Page turn, 1,000 slides", "p95 <= 16 ms",
                               lambda: turn_rows("1,000 slides", big, env, tmp, 1, 900))
                if got:
                    rows.extend(got[0])
                    raw["turns_1000"] = got[1]
                    if "turns_bundled" in raw:
                        big_warm = statistics.median(t["ms"] for t in got[1]["turns"] if not t["cold"])
                        diff = big_warm - bundled_warm
                        rows.append(Row("  longer deck: warm median, 1,000 minus bundled", "<= +1 ms", diff, None,
                                        met=diff <= 1.0, n=1))
        except MeasurementError as exc:
            rows.append(Row("X server with two monitors", "-", error=str(exc)))
        finally:
            bus.stop()
            xvfb.stop()
    raw["machine"]["load_after"] = os.getloadavg()
    raw["rows"] = [r.__dict__ for r in rows]

    order = ["Start-up / pdfpc", "  counsel, both", "  pdfpc", "  info: both windows mapped",
             "Start-up, bundled", "  reference", "  info: start-up", "Page turn, bundled deck, cold",
             "Page turn, bundled deck, warm", "Page turn, 1,000 slides, cold", "Page turn, 1,000 slides, warm",
             "Jump to a slide", "Jump by a number",
             "  longer deck", "Auto-fit", "  info: the same slides", "Open a 1,000", "  info: 1,000 slides, first",
             "  info: 1,000 slides never", "RSS,", "RSS growth", "Editor", "  info: preview after", "  info: slide moved"]
    rows.sort(key=lambda r: next((i for i, o in enumerate(order) if r.figure.startswith(o)), len(order)))
    m = raw["machine"]
    print(f"counsel benchmarks — {m['cpus']} CPUs, Python {m['python']}, load average "
          f"{m['load_before'][0]:.2f} before / {m['load_after'][0]:.2f} after; Xvfb 3840x1080 as two 1920x1080 monitors")
    print(table(rows))
    for r in rows:
        if r.error:
            print(f"ERROR {r.figure}: {r.error}")
        elif "key_handler_median_ms" in r.extra:
            print(f"  ({r.figure}: n={r.n}, key handler alone {r.extra['key_handler_median_ms']:.1f} ms median)")
    if args.json:
        args.json.write_text(json.dumps(raw, indent=1, default=str), encoding="utf-8")
    return 1 if any(r.error for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
