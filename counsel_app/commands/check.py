"""`counsel-app check DECK [--json] [--screen WxH ...]`: a deck against the patient-slide rules.

Owns the command's screen sizes, the fit findings, the report (text or JSON) and the exit code:
0 nothing to fix, 1 any error or warning, 2 unusable input (an InputError the CLI turns into one
line). "info" findings are reported but never change the exit code: `fit-unchecked` is one, when
the layout module cannot be loaded. Qt is imported only by the fit check, lazily.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from ..core.deck import Deck, load_deck
from ..core.lint import Finding, lint_deck
from ..core.textio import InputError
from ..core.lang import system_lang, tr

DEFAULT_SCREENS = ("1920x1080", "1280x720")
_SCREEN = re.compile(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*")
_MIN_SIDE, _MAX_SIDE = 100, 16384

Overflow = Callable[[Deck, int, int], list[int]]


def parse_screen(text: str) -> tuple[int, int]:
    """"1920x1080" -> (1920, 1080). Raises InputError for anything else."""
    m = _SCREEN.fullmatch(text)
    if not m or not all(_MIN_SIDE <= int(v) <= _MAX_SIDE for v in m.groups()):
        raise InputError(None, f"--screen {text!r} is not a screen size like 1920x1080",
                         f"--screen {text!r} 不是屏幕尺寸, 应写成 1920x1080 这样")
    return int(m.group(1)), int(m.group(2))


def _overflow_checker() -> Overflow | None:
    """The Qt layout's `overflowing_slides`, or None when it cannot be loaded."""
    try:
        from ..qt.fit import overflowing_slides
    except ImportError:
        return None
    return overflowing_slides


def _unchecked() -> Finding:
    return Finding(0, "info", "fit-unchecked",
                   "did not check whether the slides fit on screen (the layout module is not available)",
                   "未检查幻灯片能否在屏幕上放下(排版模块不可用)")


def fit_findings(deck: Deck, screens: Sequence[tuple[int, int]]) -> list[Finding]:
    """An error for each slide that does not fit a screen even at the smallest allowed text size."""
    overflowing = _overflow_checker()
    if overflowing is None:
        return [_unchecked()]
    found = []
    try:
        for w, h in screens:
            for n in overflowing(deck, w, h):
                found.append(Finding(
                    n, "error", "overflow",
                    f"slide {n} does not fit on a {w}x{h} screen at the smallest allowed size: split it",
                    f"第 {n} 页在 {w}x{h} 的屏幕上用最小允许字号也放不下: 请拆分"))
    except ImportError:  # PySide6 itself missing: the layout module loads it lazily
        return [_unchecked()]
    return found


def _line(f: Finding, lang: str) -> str:
    where = tr(f"slide {f.slide}", f"第 {f.slide} 页", lang) if f.slide else tr("deck", "整套幻灯片", lang)
    severity = {"error": tr("error", "错误", lang), "warning": tr("warning", "警告", lang),
                "info": tr("info", "提示", lang)}[f.severity]
    return f"{where}: {severity}: {f.message(lang)}"


def _count(findings: list[Finding], severity: str) -> int:
    return sum(1 for f in findings if f.severity == severity)


def report(deck_path: Path, findings: list[Finding], as_json: bool, lang: str) -> str:
    errors, warnings = _count(findings, "error"), _count(findings, "warning")
    if as_json:
        return json.dumps({
            "deck": str(deck_path),
            "findings": [{"slide": f.slide, "severity": f.severity, "rule": f.rule, "message": f.message(lang)}
                         for f in findings],
            "errors": errors,
            "warnings": warnings,
        }, ensure_ascii=False, indent=1)
    lines = [_line(f, lang) for f in findings]
    if errors or warnings:
        lines.append(tr(f"{errors} errors, {warnings} warnings", f"{errors} 个错误, {warnings} 个警告", lang))
    else:
        lines.append(tr("no problems found", "未发现问题", lang))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Run the check and print the report. Returns the exit code; raises InputError for bad input."""
    screens = [parse_screen(s) for s in (args.screen or DEFAULT_SCREENS)]
    deck = load_deck(args.deck)
    findings = lint_deck(deck, deck.base_dir)
    if not any(f.rule == "empty-deck" for f in findings):
        findings += fit_findings(deck, screens)
    findings.sort(key=lambda f: f.slide)  # stable: each slide's findings keep their order
    print(report(args.deck, findings, args.json, system_lang()))
    return 1 if any(f.severity in ("error", "warning") for f in findings) else 0
