"""`counsel-app import ARTICLE [-o DECK.md [--force]] [--json] [--lang zh|en]`: an article (.txt .md
.docx .html) turned into a deck. With `-o`: written there (no Qt). Without: the draft opens in the
editor, unsaved; its Save asks where (next to the article by default)."""

from __future__ import annotations

import argparse

from ..core.lang import tr


def cmd_import(args: argparse.Namespace) -> int:
    if args.output is None:
        return edit_draft(args)
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


def edit_draft(args: argparse.Namespace) -> int:
    """The draft in the editor until its window closes; nothing is written until the doctor saves."""
    from ..core.draft import import_draft
    from ..core.themes import theme
    from ..qt.editor_window import open_draft
    from .edit import editor_app

    draft = import_draft(args.article)  # an article that cannot be read: one line and exit 2, no window
    if args.json:
        print(draft.report_json)
    qapp, lang, recovery = editor_app(getattr(args, "lang", None))
    window = open_draft(draft, lang=lang, theme=theme(None), recovery=recovery)
    window.offer_recovery()
    return int(qapp.exec())


run = cmd_import
