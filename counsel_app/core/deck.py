"""The deck model and its Marp-compatible reader.

Owns: `Deck`, `Slide`, `parse_deck(text)` and `load_deck(path)`. Reads decks the way Marp
(marp-cli 4.x) does: YAML front matter, slides split at top-level thematic breaks (and at
headings when `headingDivider` asks), HTML comments as speaker notes unless they are Marp
directives. Uses markdown-it-py, the Python port of the parser Marp is built on, so the
split agrees with Marp by construction. Never writes a file. No Qt.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .backgrounds import background_captions
from .textio import InputError, read_text
from .lang import detect

# Directive names Marp recognises (Marpit, marp-core, marp-cli). A comment with any of these keys
# configures the deck and is not a speaker note.
GLOBAL_DIRECTIVES = frozenset({
    "theme", "style", "headingDivider", "lang", "math", "size",
    "title", "author", "description", "keywords", "url", "image",
})
LOCAL_DIRECTIVES = frozenset({
    "paginate", "header", "footer", "class", "backgroundColor", "backgroundImage",
    "backgroundPosition", "backgroundRepeat", "backgroundSize", "color", "transition",
})
_MAGIC_COMMENTS = (
    re.compile(r"^prettier-ignore(-(start|end))?$"),
    re.compile(r"^markdownlint-((disable|enable).*|capture|restore)$"),
    re.compile(r"^lint (disable|enable|ignore).*$"),
)
_COMMENT = re.compile(r"<!--+\s*([\s\S]*?)\s*--+>")
_YAML_LINE = re.compile(r"^\s*([_$]?[^\s:#'\"{}\[\],&*!|>%@`][^:]*?)\s*:(?:\s+(.*?))?\s*$")
_SURROGATE = re.compile("[\ud800-\udfff]")
TEACH_BACK = re.compile(r"^(?:teach-back|teachback|复述|回授)\s*[:：]\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Slide:
    """One slide. `index` counts from 1; `notes` are the note comments joined by a blank line."""

    index: int
    title: str
    body: str
    notes: str
    html: str
    text: str
    section: str = ""
    images: tuple[str, ...] = ()
    classes: tuple[str, ...] = ()
    comments: tuple[str, ...] = ()

    @property
    def is_part(self) -> bool:
        return "part" in self.classes

    @property
    def teach_back(self) -> tuple[str, ...]:
        """Teach-back questions: note comments written `teach-back: question`."""
        return tuple(TEACH_BACK.sub("", c, count=1).strip() for c in self.comments if TEACH_BACK.match(c))


@dataclass(frozen=True)
class Deck:
    title: str
    lang: str
    slides: tuple[Slide, ...]
    meta: dict = field(default_factory=dict, compare=False, hash=False)
    source: Path | None = None
    version: str = ""  # sha256 of the file's bytes (or of the text), first 12 hex digits
    encoding: str = "utf-8"

    @property
    def base_dir(self) -> Path | None:
        return self.source.parent if self.source is not None else None

    @property
    def sections(self) -> tuple[str, ...]:
        seen: list[str] = []
        for s in self.slides:
            if s.section and s.section not in seen:
                seen.append(s.section)
        return tuple(seen)

    def __len__(self) -> int:
        return len(self.slides)


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True, "breaks": True})
    md.enable(["table", "strikethrough"])
    return md


_MD: MarkdownIt | None = None


def markdown_parser() -> MarkdownIt:
    global _MD
    if _MD is None:
        _MD = _markdown()
    return _MD


def parse_yaml_mapping(text: str) -> dict[str, str] | None:
    """A loose reading of the YAML Marp accepts in directives: `key: value` lines, strings only.

    Returns None when the text is not such a mapping (then a comment is a plain note).
    """
    result: dict[str, str] = {}
    for line in text.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _YAML_LINE.match(line)
        if not m or line[:1].isspace():
            return None
        value = (m.group(2) or "").strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        result[m.group(1)] = value
    return result or None


def _directive_keys(mapping: dict[str, str]) -> dict[str, str]:
    found = {}
    for key, value in mapping.items():
        name = key[1:] if key[:1] in "_$" else key
        if name in GLOBAL_DIRECTIVES or name in LOCAL_DIRECTIVES:
            found[key] = value
    return found


def _split_front_matter(text: str) -> tuple[str, str | None]:
    """(body, front matter text or None). Front matter must open on the very first line."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return text, None
    for i in range(1, len(lines)):
        if lines[i].rstrip() == "---":
            # keep line numbers: blank lines stand in for the front matter
            return "\n" * (i + 1) + "\n".join(lines[i + 1:]), "\n".join(lines[1:i])
    return text, None


@dataclass
class _SlideAcc:
    tokens: list[Token] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    directives: dict[str, str] = field(default_factory=dict)  # what applies to this slide
    carry: dict[str, str] = field(default_factory=dict)  # locals that carry on to later slides


def _comments_in(token: Token) -> list[str]:
    if "-->" not in token.content:
        return []  # an unclosed comment: without this, each "<!--" would scan to the end (quadratic)
    return [m.group(1) for m in _COMMENT.finditer(token.content)]


def _is_comment_block(token: Token) -> bool:
    return token.type in ("html_block", "html_inline") and token.content.lstrip().startswith("<!--")


def _classify(acc: _SlideAcc, content: str, deck_directives: dict[str, str]) -> None:
    stripped = content.strip()
    if any(p.match(stripped) for p in _MAGIC_COMMENTS):
        return
    mapping = parse_yaml_mapping(stripped)
    keys = _directive_keys(mapping) if mapping else {}
    if not keys:
        acc.comments.append(stripped)
        return
    for key, value in keys.items():
        name = key[1:] if key[:1] in "_$" else key
        acc.directives[name] = value
        if name in GLOBAL_DIRECTIVES:
            deck_directives[name] = value
        elif not key.startswith("_"):
            acc.carry[name] = value


def _walk_comments(tokens: list[Token], acc: _SlideAcc, deck_directives: dict[str, str],
                   in_heading: bool = False) -> None:
    previous = None
    for tok in tokens:
        if tok.type in ("html_block", "html_inline"):
            for c in _comments_in(tok):
                if in_heading and c.strip() == "fit":
                    continue  # marp-core: `# Title <!-- fit -->` asks to fit the heading; not a note
                _classify(acc, c, deck_directives)
        if tok.children:
            heading = previous is not None and previous.type == "heading_open"
            _walk_comments(tok.children, acc, deck_directives, heading)
        previous = tok


def _inline_text(tokens: list[Token]) -> str:
    out = []
    for tok in tokens:
        if tok.type in ("text", "code_inline"):
            out.append(tok.content)
        elif tok.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif tok.type == "image":
            out.append(_inline_text(tok.children or []))
        elif tok.children:
            out.append(_inline_text(tok.children))
    return re.sub(r"\s+", " ", "".join(out)).strip()


def _first_heading(tokens: list[Token]) -> str:
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open" and i + 1 < len(tokens) and tokens[i + 1].type == "inline":
            return _inline_text(tokens[i + 1].children or [])
    return ""


def _images(tokens: list[Token]) -> list[str]:
    found = []
    for tok in tokens:
        if tok.type == "image":
            found.append(str(tok.attrs.get("src", "")))
        if tok.children:
            found.extend(_images(tok.children))
    return found


def _safe_tokens(tokens: list[Token]) -> list[Token]:
    """Drop comments; show any other raw HTML as literal text (Marp escapes most HTML too)."""
    out = []
    for tok in tokens:
        if tok.type in ("html_block", "html_inline"):
            if tok.type == "html_block" and _is_comment_block(tok):
                continue  # Marp hides a comment block's whole line, text after `-->` included
            if _is_comment_block(tok) and _COMMENT.sub("", tok.content).strip() == "":
                continue
            if tok.content.lstrip().startswith("<!--") and "-->" not in tok.content:
                continue  # an unclosed comment hides the rest, as in Marp
            visible = _COMMENT.sub("", tok.content)
            if re.fullmatch(r"\s*<br\s*/?>\s*", visible):
                out.append(tok)
                continue
            if tok.type == "html_block":
                para = [Token("paragraph_open", "p", 1), Token("inline", "", 0), Token("paragraph_close", "p", -1)]
                text = Token("text", "", 0)
                text.content = visible.strip()
                para[1].children = [text]
                para[1].content = visible.strip()
                out.extend(para)
            else:
                text = Token("text", "", 0)
                text.content = visible
                out.append(text)
            continue
        if tok.children:
            tok = tok.copy()
            tok.children = _safe_tokens(tok.children)
        out.append(tok)
    return out


def html_to_text(fragment: str) -> str:
    """Visible text of rendered HTML: tags stripped, entities decoded, white space collapsed."""
    no_tags = re.sub(r"<[^>]+>", " ", re.sub(r"<(style|script)\b[\s\S]*?</\1>", "", fragment))
    return re.sub(r"\s+", " ", html.unescape(no_tags)).strip()


def _heading_divider(value: str | None) -> int:
    try:
        n = int(str(value).strip()) if value not in (None, "") else 0
    except ValueError:
        return 0
    return n if 1 <= n <= 6 else 0


def _split_slides(tokens: list[Token], divider: int) -> list[list[Token]]:
    slides: list[list[Token]] = [[]]
    for tok in tokens:
        if tok.level == 0 and tok.type == "hr":
            slides.append([])
            continue
        if (divider and tok.type == "heading_open" and tok.level == 0 and int(tok.tag[1]) <= divider
                and any(not _is_comment_block(t) for t in slides[-1])):
            slides.append([])
        slides[-1].append(tok)
    return slides


def _body_lines(src_lines: list[str], tokens: list[Token]) -> str:
    spans = [t.map for t in tokens if t.map and t.level == 0]
    if not spans:
        return ""
    start, end = min(s[0] for s in spans), max(s[1] for s in spans)
    keep = []
    comment_lines = {ln for t in tokens if t.level == 0 and t.map and _is_comment_block(t)
                     for ln in range(t.map[0], t.map[1])}
    for ln in range(start, end):
        if ln in comment_lines:
            continue
        keep.append(_COMMENT.sub("", src_lines[ln]).rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(keep)).strip("\n")


def parse_deck(text: str, source: Path | None = None, *, version: str = "", encoding: str = "utf-8") -> Deck:
    """Read a deck from text. Never raises for any text; an empty text is one empty slide."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")
    text = _SURROGATE.sub("\ufffd", text)  # only reachable from code, never from a decoded file
    body, fm_text = _split_front_matter(text)
    meta: dict[str, str] = {}
    if fm_text is not None:
        meta.update(parse_yaml_mapping(fm_text) or {})
    md = markdown_parser()
    env: dict = {}
    tokens = md.parse(body, env)
    deck_directives: dict[str, str] = {k.lstrip("$"): v for k, v in meta.items()}
    # headingDivider may also come from a comment anywhere; Marp applies the last one to the whole deck.
    probe = _SlideAcc()
    _walk_comments(tokens, probe, deck_directives)
    divider = _heading_divider(deck_directives.get("headingDivider"))
    src_lines = body.split("\n")

    raw_slides = _split_slides(tokens, divider)
    inherited: dict[str, str] = {}
    section = ""
    slides = []
    for i, toks in enumerate(raw_slides, start=1):
        acc = _SlideAcc(tokens=toks)
        _walk_comments(toks, acc, {})
        inherited.update(acc.carry)
        local = {**inherited, **acc.directives}
        classes = tuple(local.get("class", "").split())
        safe = _safe_tokens(toks)
        rendered = md.renderer.render(safe, md.options, env)
        # Marp shows header and footer directives on the slide: so do we, in the same order.
        if local.get("header"):
            rendered = f'<p class="header">{html.escape(local["header"])}</p>\n' + rendered
        if local.get("footer"):
            rendered += f'<p class="footer">{html.escape(local["footer"])}</p>\n'
        title = _first_heading(toks)
        if "part" in classes and title:
            section = title
        slides.append(Slide(
            index=i,
            title=title,
            body=_body_lines(src_lines, toks),
            notes="\n\n".join(acc.comments),
            html=rendered,
            text=" ".join(filter(None, [*background_captions(rendered), html_to_text(rendered)])),
            section=section,
            images=tuple(_images(toks)),
            classes=classes,
            comments=tuple(acc.comments),
        ))

    title = meta.get("title") or deck_directives.get("title") or next((s.title for s in slides if s.title), "")
    lang = meta.get("lang") or deck_directives.get("lang") or detect(text)
    if not version:
        version = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return Deck(title=title, lang=lang, slides=tuple(slides), meta={**meta, **deck_directives},
                source=source, version=version, encoding=encoding)


def load_deck(path: Path | str) -> Deck:
    """Read a deck file. Raises InputError with a one-sentence message; never writes the file."""
    p = Path(path)
    text, encoding = read_text(p)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    try:
        return parse_deck(text, p.resolve(), version=digest, encoding=encoding)
    except RecursionError:
        raise InputError(p, "the Markdown is nested too deeply to read", "Markdown 嵌套过深, 无法读取") from None
