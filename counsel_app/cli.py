"""The `counsel-app` command: present a deck (default), or inspect, check, import, handout.

Qt is imported only by the commands that need it, so `inspect`, `check --no-render` and
`import` start fast and work without a display. Every user error is one line and exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__, startup_clock  # noqa: F401 (startup_clock: first, for --profile-startup)
from .core.textio import InputError
from .core.lang import system_lang, tr

COMMANDS = ("inspect", "check", "import", "handout", "present")


def _deck_json(deck) -> dict:
    return {
        "title": deck.title,
        "lang": deck.lang,
        "slides": [
            {"index": s.index, "title": s.title, "notes": s.notes, "text": s.text, "section": s.section}
            for s in deck.slides
        ],
    }


def cmd_inspect(args: argparse.Namespace) -> int:
    from .core.deck import load_deck

    deck = load_deck(args.deck)
    if args.json:
        print(json.dumps(_deck_json(deck), ensure_ascii=False, indent=1))
        return 0
    print(f"{deck.title}  ({deck.lang}, {len(deck.slides)} slides)")
    section = None
    for s in deck.slides:
        if s.section != section and s.section:
            section = s.section
        marker = "#" if s.is_part else " "
        notes = f"  [notes: {len(s.notes)} chars]" if s.notes else ""
        print(f"{marker}{s.index:3d}  {s.title or '(untitled)'}{notes}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from .core.article_formats import read_article
    from .core.atomic import write_atomic
    from .core.importer import import_article

    text = read_article(args.article)
    result = import_article(text)
    write_atomic(args.output, result.markdown.encode("utf-8"), overwrite=args.force)
    if args.json:
        print(result.report.to_json())
    else:
        print(tr(f"wrote {args.output}", f"已写入 {args.output}"))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .check import run_check

    return run_check(args)


def cmd_handout(args: argparse.Namespace) -> int:
    from .qt.handout import run_handout

    return run_handout(args)


def cmd_present(args: argparse.Namespace) -> int:
    # the pure modules first: once PySide6 is imported, its import hook reads every later module's source
    from .core import deck, record, session, settings_model  # noqa: F401
    from .qt.app import run

    return run(args)


def _parser(command: str) -> argparse.ArgumentParser:
    prog = "counsel-app"
    if command == "inspect":
        p = argparse.ArgumentParser(prog=f"{prog} inspect", description="Show how a deck is read.")
        p.add_argument("deck", type=Path)
        p.add_argument("--json", action="store_true", help="print the deck as JSON")
        p.set_defaults(func=cmd_inspect)
    elif command == "check":
        p = argparse.ArgumentParser(prog=f"{prog} check", description="Check a deck against the patient-slide rules.")
        p.add_argument("deck", type=Path)
        p.add_argument("--json", action="store_true", help="print findings as JSON")
        p.add_argument("--screen", action="append", default=[], metavar="WxH",
                       help="patient screen size to check fit on (default 1920x1080 and 1280x720)")
        p.set_defaults(func=cmd_check)
    elif command == "import":
        p = argparse.ArgumentParser(prog=f"{prog} import", description="Turn an article (.txt, .md, .docx, .html) into a counselling deck.")
        p.add_argument("article", type=Path)
        p.add_argument("-o", "--output", type=Path, required=True, help="the deck to write (.md)")
        p.add_argument("--force", action="store_true", help="replace the output file if it exists")
        p.add_argument("--json", action="store_true", help="report what was found as JSON")
        p.set_defaults(func=cmd_import)
    elif command == "handout":
        p = argparse.ArgumentParser(prog=f"{prog} handout", description="Write the take-home handout as PDF.")
        p.add_argument("deck", type=Path)
        p.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
        p.add_argument("--large-print", action="store_true", help="18 pt body text instead of 14 pt")
        p.add_argument("--force", action="store_true", help="replace the output file if it exists")
        p.set_defaults(func=cmd_handout)
    else:
        p = argparse.ArgumentParser(
            prog=prog,
            description="Explain a treatment to a patient: presenter console for the doctor, "
                        "large-print view for the patient.",
            epilog="commands: inspect DECK [--json] | check DECK | import ARTICLE -o DECK.md | "
                   "handout DECK -o FILE.pdf.  Run 'counsel-app COMMAND --help' for more.",
        )
        p.add_argument("--version", action="version", version=f"counsel-app {__version__}")
        p.add_argument("deck", type=Path, nargs="?", help="the deck to present (default: the bundled deck)")
        p.add_argument("--patient-screen", metavar="NAME", help="name of the screen facing the patient")
        p.add_argument("--profile-startup", action="store_true",
                       help="print the time to the first painted frame of each window, then exit")
        p.add_argument("--lang", choices=("zh", "en"), help="interface language")
        p.set_defaults(func=cmd_present)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv[0] if argv and argv[0] in COMMANDS else "present"
    if argv and argv[0] in COMMANDS:
        argv = argv[1:]
    args = _parser(command).parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except InputError as exc:
        print(f"counsel-app: {exc.message(system_lang())}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
