"""An imported article's draft deck before it is saved: where it goes by default, and its pictures.

Owns `Draft` (the deck's text, the place Save suggests, the icon arrays that go beside it) and
`import_draft(article)`. Nothing is written here: the editor writes the deck and its pictures on
Save. The suggested place is next to the article and never an existing file. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Draft:
    path: Path  # where Save suggests writing it: next to the article, a name not yet taken
    text: str
    pictures: dict[str, str] = field(default_factory=dict)  # file name -> SVG text, written beside the deck
    report_json: str = ""  # the import report (`import --json`)


def draft_path(article: Path) -> Path:
    """`ARTICLE-stem.md` beside the article; `stem-2.md`, `stem-3.md`, ... when that name is taken
    (the article itself may be a .md file)."""
    article = Path(article)
    candidate = article.with_name(article.stem + ".md")
    n = 2
    while candidate.exists() or candidate == article:
        candidate = article.with_name(f"{article.stem}-{n}.md")
        n += 1
    return candidate


def import_draft(article: Path | str) -> Draft:
    """The article read and imported (the importer's rules). Raises InputError when it cannot be read."""
    from .article_formats import read_article
    from .importer import import_article

    result = import_article(read_article(article))
    return Draft(draft_path(Path(article)), result.markdown, dict(result.pictures), result.report.to_json())
