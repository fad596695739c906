"""`counsel-app import ARTICLE -o DECK.md [--force] [--json]`: an article (.txt .md .docx .html)
turned into a deck. No Qt."""

from __future__ import annotations

import argparse

from ..core.lang import tr


def cmd_import(args: argparse.Namespace) -> int:
    from ..core.article_formats import read_article
    from ..core.atomic import write_atomic, write_beside
    from ..core.importer import import_article

    text = read_article(args.article)
    result = import_article(text)
    write_atomic(args.output, result.markdown.encode("utf-8"), overwrite=args.force)
    write_beside(args.output.resolve().parent, result.pictures)  # the icon arrays the draft shows
    if args.json:
        print(result.report.to_json())
    else:
        print(tr(f"wrote {args.output}", f"已写入 {args.output}"))
    return 0


run = cmd_import
