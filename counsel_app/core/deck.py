"""The deck model and its Marp-compatible reader.

Owns: `Deck`, `Slide`, `parse_deck(text)` and `load_deck(path)`. Reads decks the way Marp
(marp-cli 4.x) does: YAML front matter, slides split at top-level thematic breaks (and at
headings when `headingDivider` asks), HTML comments as speaker notes unless they are Marp
directives (Marpit's comment and `<style>` rules, ported as markdown-it-py rules), raw HTML as
Marp shows it (`marp_html`). Uses markdown-it-py, the Python port of the parser Marp is built
on, so the split agrees with Marp by construction. Never writes a file. No Qt.
"""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .lang import detect
from .textio import InputError, read_text

try:  # CPython's own SHA-256: hashlib would load OpenSSL first (about 5 ms of every start-up)
    from _sha256 import sha256  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # another Python (3.12 renamed it)
    from hashlib import sha256

if TYPE_CHECKING:
    from markdown_it.token import Token
    from markdown_it.utils import EnvType

# markdown-it-py (about 40 ms to import) and the modules on it are imported by the functions that
# parse or render: a deck opened from what was read of it before (core/deck_cache.py) needs none of
# them before its first slide is on screen.

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
_YAML_LINE = re.compile(r"^\s*([_$]?[^\s:#'\"{}\[\],&*!|>%@`][^:]*?)\s*:(?:\s+(.*?))?\s*$")
_SURROGATE = re.compile("[\ud800-\udfff]")
TEACH_BACK = re.compile(r"^(?:teach-back|teachback|复述|回授)\s*[:：]\s*", re.IGNORECASE)


_RENDER_LOCK = threading.Lock()  # a slide is rendered once, whichever thread asks first


class _LazyHtml:
    """A slide's HTML, rendered from its tokens the first time it is asked for (a deck opens without
    rendering slides nobody has looked at yet, nor reading the inline Markdown they alone need);
    then the tokens are let go."""

    __slots__ = ("_tokens", "_env", "_header", "_footer", "_html", "_text")

    def __init__(self, tokens: list[Token], env: EnvType | None = None, header: str = "", footer: str = "",
                 html_: str | None = None) -> None:
        self._tokens: list[Token] = tokens
        self._env: EnvType = env if env is not None else {}
        self._header, self._footer = header, footer
        self._html: str | None = html_
        self._text: str | None = None

    def html(self) -> str:
        with _RENDER_LOCK:
            if self._html is None:
                from .marp_markdown import markdown_parser, parse_deferred_inline

                md = markdown_parser()
                parse_deferred_inline(md, self._tokens, self._env)
                rendered = md.renderer.render(self._tokens, md.options, {})
                # Marp shows header and footer directives on the slide: so do we, in the same order.
                if self._header:
                    rendered = f'<p class="header">{html.escape(self._header)}</p>\n' + rendered
                if self._footer:
                    rendered += f'<p class="footer">{html.escape(self._footer)}</p>\n'
                self._html, self._tokens, self._env = rendered, [], {}
            return self._html

    def text(self) -> str:
        if self._text is None:
            from .backgrounds import background_captions

            rendered = self.html()
            # Marp reads a background picture's leftover alt words (its hidden caption) as text, first
            self._text = " ".join(filter(None, [*background_captions(rendered), html_to_text(rendered)]))
        return self._text


@dataclass(frozen=True)
class Slide:
    """One slide. `index` counts from 1; `notes` are the note comments joined by a blank line.
    `html` (what the slide shows) and `text` (its words) are worked out when first asked for."""

    index: int
    title: str
    body: str
    notes: str
    section: str = ""
    images: tuple[str, ...] = ()
    classes: tuple[str, ...] = ()
    comments: tuple[str, ...] = ()
    rendered: _LazyHtml = field(default_factory=lambda: _LazyHtml([], html_=""), repr=False, compare=False)

    @property
    def html(self) -> str:
        return self.rendered.html()

    @property
    def text(self) -> str:
        return self.rendered.text()

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
    meta: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
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
        if tok.type == "marpit_comment":
            if not (in_heading and tok.content == "fit"):  # marp-core: `# Title <!-- fit -->` fits the heading
                _classify(acc, tok.content, deck_directives)
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
    from .marp_html import sanitize

    found: list[str] = []
    for tok in tokens:
        if tok.type == "image":
            found.append(str(tok.attrs.get("src", "")))
        elif tok.type in ("html_block", "html_inline") and "<" in tok.content:
            sanitize(tok.content, found)  # a raw <img> Marp lets through is a picture too
        if tok.children:
            found.extend(_images(tok.children))
    return found


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
    """Split at top-level rulers, and (Marpit's heading divider) before each heading up to level
    `divider` that has anything shown before it in the deck: after a ruler, that is an empty slide."""
    slides: list[list[Token]] = [[]]
    shown = False
    for tok in tokens:
        if divider and shown and tok.type == "heading_open" and int(tok.tag[1]) <= divider:
            slides.append([])
        shown = shown or not tok.hidden
        if tok.level == 0 and tok.type == "hr":
            slides.append([])
            continue
        slides[-1].append(tok)
    return slides


def _without_comments(line: str) -> str:
    """`COMMENT.sub("", line)` in linear time (the regex rescans to the end for each unclosed "<!--")."""
    out, pos, i, n = [], 0, 0, len(line)
    closed = True  # a "-->" may still follow
    while (i := line.find("<!--", i)) >= 0:
        m = i + 2
        while m < n and line[m] == "-":
            m += 1  # `<!--+` takes every dash it can ...
        j = line.find("-->", m) if closed else -1
        if j >= 0:
            end = j + 3
        elif m < n and line[m] == ">" and m - i >= 6:
            end = m + 1  # ... and gives two back for `--+>` when nothing else closes it: "<!---->"
        else:
            closed = False  # no "-->" from here on: only a "<!---->" can still be a comment
            i = m
            continue
        out.append(line[pos:i])
        pos = i = end
    out.append(line[pos:])
    return "".join(out)


def _body_lines(src_lines: list[str], tokens: list[Token]) -> str:
    spans = [t.map for t in tokens if t.map and t.level == 0]
    if not spans:
        return ""
    start, end = min(s[0] for s in spans), max(s[1] for s in spans)
    keep = []
    comment_lines = {ln for t in tokens if t.level == 0 and t.map and t.type in ("marpit_comment", "marpit_style")
                     for ln in range(t.map[0], t.map[1])}
    for ln in range(start, end):
        if ln in comment_lines:
            continue
        keep.append(_without_comments(src_lines[ln]).rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(keep)).strip("\n")


def parse_deck(text: str, source: Path | None = None, *, version: str = "", encoding: str = "utf-8") -> Deck:
    """Read a deck from text. Never raises for any text; an empty text is one empty slide."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")
    text = _SURROGATE.sub("\ufffd", text)  # only reachable from code, never from a decoded file
    body, fm_text = _split_front_matter(text)
    meta: dict[str, str] = {}
    if fm_text is not None:
        meta.update(parse_yaml_mapping(fm_text) or {})
    from .marp_markdown import LAZY_INLINE, markdown_parser

    md = markdown_parser()
    env: dict[str, object] = {LAZY_INLINE: True}
    tokens = md.parse(body, env)
    deck_directives: dict[str, str] = {k.lstrip("$"): v for k, v in meta.items()}
    if "headingDivider" in body:
        # headingDivider may also come from a comment anywhere; Marp applies the last one to the whole deck.
        _walk_comments(tokens, _SlideAcc(), deck_directives)
    divider = _heading_divider(deck_directives.get("headingDivider"))
    src_lines = body.split("\n")

    raw_slides = _split_slides(tokens, divider)
    inherited: dict[str, str] = {}
    section = ""
    slides = []
    for i, toks in enumerate(raw_slides, start=1):
        acc = _SlideAcc(tokens=toks)
        _walk_comments(toks, acc, deck_directives)  # global directives: the last one in the deck wins
        inherited.update(acc.carry)
        local = {**inherited, **acc.directives}
        classes = tuple(local.get("class", "").split())
        title = _first_heading(toks)
        if "part" in classes and title:
            section = title
        slides.append(Slide(
            index=i,
            title=title,
            body=_body_lines(src_lines, toks),
            notes="\n\n".join(acc.comments),
            section=section,
            images=tuple(_images(toks)),
            classes=classes,
            comments=tuple(acc.comments),
            rendered=_LazyHtml(toks, env, local.get("header", ""), local.get("footer", "")),
        ))

    title = meta.get("title") or deck_directives.get("title") or next((s.title for s in slides if s.title), "")
    lang = meta.get("lang") or deck_directives.get("lang") or detect(text)
    if not version:
        version = sha256(text.encode("utf-8")).hexdigest()[:12]
    return Deck(title=title, lang=lang, slides=tuple(slides), meta={**meta, **deck_directives},
                source=source, version=version, encoding=encoding)


def load_deck(path: Path | str, *, cached: Callable[[str, Path, str], Deck | None] | None = None) -> Deck:
    """Read a deck file. Raises InputError with a one-sentence message; never writes the file.
    `cached(version, source, encoding)`: the deck as read before from the same text, if known
    (core.deck_cache); then the text is not parsed again."""
    p = Path(path)
    text, encoding = read_text(p)
    digest = sha256(text.encode("utf-8")).hexdigest()[:12]
    if cached is not None:
        known = cached(digest, p.resolve(), encoding)
        if known is not None:
            return known
    try:
        return parse_deck(text, p.resolve(), version=digest, encoding=encoding)
    except RecursionError:
        raise InputError(p, "the Markdown is nested too deeply to read", "Markdown 嵌套过深, 无法读取") from None
