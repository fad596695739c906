"""The `counsel-app` commands, one module each: `run(args) -> int` (the exit code).

inspect, check, import (`import_article`), handout, present. `counsel_app.cli` only parses the
arguments and calls one of these. Each module imports Qt, if at all, only inside `run`, so the
commands without a window start fast and work without a display. A user error is an
`InputError`, which the CLI prints as one line with exit code 2.
"""
