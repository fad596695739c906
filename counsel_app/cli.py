"""The `counsel-app` command line: parse the arguments, run one command from `counsel_app.commands`.

Present a deck (default), or inspect, check, import, handout. A command's module is imported only
when it runs, and Qt only by the commands that need it, so `inspect` and `import` start fast and
work without a display. Every user error (an InputError) is one line and exit code 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from . import __version__, startup_clock  # noqa: F401 (startup_clock: first, for --profile-startup)
from .core.textio import InputError
from .core.lang import system_lang

# command -> the module in counsel_app.commands that runs it (imported only when it runs)
MODULES = {"inspect": "inspect", "check": "check", "import": "import_article", "handout": "handout",
           "export": "export", "edit": "edit", "present": "present"}
COMMANDS = tuple(MODULES)


def _run(args: argparse.Namespace) -> int:
    module = importlib.import_module(f".commands.{MODULES[args.command]}", __package__)
    return int(module.run(args) or 0)


def _parser(command: str) -> argparse.ArgumentParser:
    """The parser of one command ("present": the app itself)."""
    prog = "counsel-app"
    if command == "inspect":
        p = argparse.ArgumentParser(prog=f"{prog} inspect", description="Show how a deck is read.")
        p.add_argument("deck", type=Path)
        p.add_argument("--json", action="store_true", help="print the deck as JSON")
        p.set_defaults(command="inspect")
    elif command == "check":
        p = argparse.ArgumentParser(prog=f"{prog} check", description="Check a deck against the patient-slide rules.")
        p.add_argument("deck", type=Path)
        p.add_argument("--json", action="store_true", help="print findings as JSON")
        p.add_argument("--screen", action="append", default=[], metavar="WxH",
                       help="patient screen size to check fit on (default 1920x1080 and 1280x720)")
        p.set_defaults(command="check")
    elif command == "import":
        p = argparse.ArgumentParser(prog=f"{prog} import", description="Turn an article into a counselling deck.")
        p.add_argument("article", type=Path)
        p.add_argument("-o", "--output", type=Path,
                       help="the deck to write (.md); without it the draft opens in the editor, unsaved")
        p.add_argument("--force", action="store_true", help="replace the output file if it exists")
        p.add_argument("--json", action="store_true", help="report what was found as JSON")
        p.add_argument("--lang", choices=("zh", "en"), help="interface language of the editor (without -o)")
        p.set_defaults(command="import")
    elif command == "handout":
        p = argparse.ArgumentParser(prog=f"{prog} handout", description="Write the take-home handout as PDF.")
        p.add_argument("deck", type=Path)
        p.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
        p.add_argument("--large-print", action="store_true", help="18 pt body text instead of 14 pt")
        p.add_argument("--force", action="store_true", help="replace the output file if it exists")
        p.set_defaults(command="handout")
    elif command == "export":
        p = argparse.ArgumentParser(prog=f"{prog} export",
                                    description="Write every patient view as a PNG, as the patient screen draws it.")
        p.add_argument("deck", type=Path)
        p.add_argument("-o", "--output", type=Path, required=True, help="the folder to write (slide-01.png, ...)")
        p.add_argument("--screen", default="1920x1080", metavar="WxH", help="picture size (default 1920x1080)")
        p.add_argument("--theme", default="light", choices=("light", "dark", "high-contrast"), help="patient colours")
        p.add_argument("--force", action="store_true", help="write into the folder if it exists")
        p.add_argument("--sizes", action="store_true",
                       help="also say, for each view, its text size against the target and its pictures' share of the screen")
        p.set_defaults(command="export")
    elif command == "edit":
        p = argparse.ArgumentParser(prog=f"{prog} edit", description="Edit a deck: slides as fields, the patient's view as you type.")
        p.add_argument("deck", type=Path)
        p.add_argument("--lang", choices=("zh", "en"), help="interface language")
        p.set_defaults(command="edit")
    else:
        p = argparse.ArgumentParser(
            prog=prog,
            description="Explain a treatment to a patient: presenter console for the doctor, "
                        "large-print view for the patient.",
            epilog="commands: inspect DECK [--json] | check DECK | edit DECK | import ARTICLE [-o DECK.md] | "
                   "handout DECK -o FILE.pdf.  Run 'counsel-app COMMAND --help' for more.",
        )
        p.add_argument("--version", action="version", version=f"counsel-app {__version__}")
        p.add_argument("deck", type=Path, nargs="?", help="the deck to present (default: the bundled deck)")
        p.add_argument("--patient-screen", metavar="NAME", help="name of the screen facing the patient")
        p.add_argument("--profile-startup", action="store_true",
                       help="print the time to the first painted frame of each window, then exit")
        p.add_argument("--lang", choices=("zh", "en"), help="interface language")
        p.set_defaults(command="present")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv[0] if argv and argv[0] in COMMANDS else "present"
    if argv and argv[0] in COMMANDS:
        argv = argv[1:]
    args = _parser(command).parse_args(argv)
    try:
        return _run(args)
    except InputError as exc:
        print(f"counsel-app: {exc.message(system_lang())}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
