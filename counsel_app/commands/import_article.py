"""`counsel-app import ARTICLE -o DECK.md [--force] [--json]`: an article turned into a deck. No Qt."""

from __future__ import annotations

import argparse
import json

from ..core.lang import tr


def cmd_import(args: argparse.Namespace) -> int:
    from ..core.atomic import write_atomic
    from ..core.importer import import_article
    from ..core.textio import read_text

    text, _enc = read_text(args.article)
    result = import_article(text)
    write_atomic(args.output, result.markdown.encode("utf-8"), overwrite=args.force)
    if args.json:
        print(json.dumps(result.report, ensure_ascii=False, indent=1))
    else:
        print(tr(f"wrote {args.output}", f"已写入 {args.output}"))
    return 0


run = cmd_import
