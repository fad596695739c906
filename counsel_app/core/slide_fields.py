"""One slide's text as the fields a doctor edits, and each field written back into that text.

Owns `SlideFields` (title, bullets, what to say, teach-back question) read from one slide's
Markdown, and `with_title`, `with_bullets`, `with_notes`, `with_teach_back`: each returns the
slide's text with only the lines of that field changed (the rest keeps every character, its
line ends included). What to say is the doctor's own notes: the article's words an import keeps in
notes (`原文: ...` / `Source: ...`, shown by the source pane) are not part of it and never change;
notes written where there were none go before them (what to say first, as the console shows it). Fields hold the Markdown of the text (`**bold**` stays `**bold**`). A picture's
caption is its alt text without Marp's keywords (`bg right:40% contain` stay as written: picture_syntax).
No Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from markdown_it.token import Token

from .backgrounds import read_alt
from .deck import _MAGIC_COMMENTS, GLOBAL_DIRECTIVES, LOCAL_DIRECTIVES, TEACH_BACK, _without_comments, parse_yaml_mapping
from .deck_text import line_starts, newline_of, parse_tokens
from .notes import SOURCE_NOTE
from .picture_syntax import alt_with_caption, image_span

_ATX = re.compile(r"^(\s*(?:>\s?)*#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_ITEM = re.compile(r"^(\s*)([-*+]|\d{1,9}[.)])")
_INLINE_COMMENT = re.compile(r"<!--[\s\S]*?-->")


@dataclass(frozen=True)
class SlideFields:
    title: str
    bullets: tuple[str, ...]
    notes: str  # what to say: the note comments (not teach-back, not the article's `原文:`), one paragraph each
    teach_back: str  # the first teach-back question on this slide, "" if none
    picture: str = ""  # the destination of the slide's picture (a paragraph that is only a picture)
    caption: str = ""  # its text for the patient who cannot see it (the image's alt text)


def _is_directive(content: str) -> bool:
    stripped = content.strip()
    if any(p.match(stripped) for p in _MAGIC_COMMENTS):
        return True
    mapping = parse_yaml_mapping(stripped) or {}
    return any((k[1:] if k[:1] in "_$" else k) in GLOBAL_DIRECTIVES | LOCAL_DIRECTIVES for k in mapping)


def _comments(tokens: list[Token]) -> list[Token]:
    """Block comments at the top level of the slide (what a doctor's notes are written as)."""
    return [t for t in tokens if t.type == "marpit_comment" and t.level == 0 and t.map]


def _notes(tokens: list[Token]) -> list[Token]:
    """Every note comment: what to say and the article's words (`原文: ...`)."""
    return [t for t in _comments(tokens) if not _is_directive(t.content) and not TEACH_BACK.match(t.content)]


def is_source_note(text: str) -> bool:
    """Whether a note is the article's words an import keeps (`原文: ...`, `Source: ...`), not what to say."""
    return bool(SOURCE_NOTE.match(text.strip()))


def _said(tokens: list[Token]) -> list[Token]:
    """The doctor's own notes: what to say (not the article's words)."""
    return [t for t in _notes(tokens) if not is_source_note(t.content)]


def _teach_backs(tokens: list[Token]) -> list[Token]:
    return [t for t in _comments(tokens) if TEACH_BACK.match(t.content)]


def _heading(tokens: list[Token]) -> int | None:
    return next((i for i, t in enumerate(tokens) if t.type == "heading_open" and t.map), None)


def _list(tokens: list[Token]) -> int | None:
    return next((i for i, t in enumerate(tokens)
                 if t.type in ("bullet_list_open", "ordered_list_open") and t.level == 0 and t.map), None)


def _items(tokens: list[Token], start: int) -> list[str]:
    """The text of each item of the list opening at `start` (its first paragraph, on one line)."""
    items, depth = [], 0
    for tok in tokens[start + 1:]:
        if tok.type.endswith("_list_open"):
            depth += 1
        elif tok.type.endswith("_list_close"):
            if depth == 0:
                break
            depth -= 1
        elif tok.type == "list_item_open" and depth == 0:
            items.append("")
        elif tok.type == "inline" and depth == 0 and items and not items[-1]:
            items[-1] = " ".join(line.strip() for line in tok.content.split("\n"))
    return items


def _picture(tokens: list[Token]) -> int | None:
    """The first top-level paragraph that holds nothing but pictures (one a line, as background
    pictures often are): its first picture is the slide's picture."""
    for i, tok in enumerate(tokens):
        if tok.type == "paragraph_open" and tok.level == 0 and tok.map and i + 1 < len(tokens):
            kids = [k for k in tokens[i + 1].children or []
                    if not (k.type == "text" and not k.content.strip()) and k.type != "softbreak"]
            if kids and all(k.type == "image" for k in kids):
                return i
    return None


def _pictures_in(tokens: list[Token], p: int) -> list[Token]:
    return [k for k in tokens[p + 1].children or [] if k.type == "image"]


def _picture_of(tokens: list[Token]) -> tuple[str, str]:
    p = _picture(tokens)
    if p is None:
        return "", ""
    image = _pictures_in(tokens, p)[0]
    alt = "".join(k.content for k in image.children or [])
    return unquote(str(image.attrs.get("src", ""))), read_alt(alt).alt


def read_fields(slide: str) -> SlideFields:
    tokens = parse_tokens(slide)
    h = _heading(tokens)
    title = ""
    if h is not None and h + 1 < len(tokens):
        title = " ".join(_without_comments(tokens[h + 1].content).split())
    li = _list(tokens)
    bullets = tuple(_items(tokens, li)) if li is not None else ()
    notes = "\n\n".join(t.content.strip() for t in _said(tokens))
    tb = _teach_backs(tokens)
    teach_back = TEACH_BACK.sub("", tb[0].content.strip(), count=1).strip() if tb else ""
    picture, caption = _picture_of(tokens)
    return SlideFields(title=title, bullets=bullets, notes=notes, teach_back=teach_back, picture=picture,
                       caption=caption)


# -- writing -------------------------------------------------------------------------------------

def _splice(slide: str, first: int, end: int, new_lines: list[str], *, gap: bool = False) -> str:
    """Replace lines [first, end) of `slide` with `new_lines` (each given its line end). With `gap`
    the new lines are kept apart from what surrounds them by a blank line."""
    nl = newline_of(slide)
    starts = line_starts(slide)

    def at(line: int) -> int:
        return starts[line] if line < len(starts) else len(slide)
    before, after = slide[:at(first)], slide[at(end):]
    if new_lines and before and not before.endswith(("\n", "\r")):
        before += nl
    block = "".join(line + nl for line in new_lines)
    if gap and new_lines:
        if before.strip() and not re.search(r"(\r\n|\r|\n)[ \t]*(\r\n|\r|\n)$", before):
            block = nl + block
        if after.strip() and not re.match(r"[ \t]*(\r\n|\r|\n)", after):
            block += nl
    return before + block + after


def _drop_blank_after(slide: str, line: int) -> int:
    """`line` or, when that line is blank, the line after it (removing a block takes one blank line with it)."""
    lines = normalise_lines(slide)
    return line + 1 if line < len(lines) and not lines[line].strip() else line


def normalise_lines(slide: str) -> list[str]:
    return slide.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _first_visible(tokens: list[Token]) -> int | None:
    return next((t.map[0] for t in tokens if t.level == 0 and t.map and not t.hidden), None)


def _content_end(slide: str) -> int:
    """The line after the slide's last non-blank line."""
    lines = normalise_lines(slide)
    end = len(lines)
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    return end


def with_title(slide: str, title: str) -> str:
    title = _one_line(title)
    tokens = parse_tokens(slide)
    h = _heading(tokens)
    lines = normalise_lines(slide)
    if h is not None:
        tok = tokens[h]
        assert tok.map is not None
        first, end = tok.map
        comments = "".join(" " + c for c in _INLINE_COMMENT.findall(tokens[h + 1].content)) if h + 1 < len(tokens) else ""
        m = _ATX.match(lines[first]) if tok.markup.startswith("#") else None
        if m:  # emptied, the heading stays (`##`): typing a title again keeps its level and place
            return _splice(slide, first, first + 1, [f"{m.group(1)} {title}{comments}".rstrip()])
        if not title:
            return _splice(slide, first, _drop_blank_after(slide, end), [])
        # a setext heading: its text lines become the title, its underline stays
        return _splice(slide, first, end - 1, [title + comments])
    if not title:
        return slide
    at = _first_visible(tokens)
    if at is None:
        at = _content_end(slide)
    return _splice(slide, at, at, [f"# {title}"], gap=True)


def with_bullets(slide: str, bullets: list[str] | tuple[str, ...]) -> str:
    items = [_one_line(b) for b in bullets if b.strip()]
    tokens = parse_tokens(slide)
    li = _list(tokens)
    if li is not None:
        tok = tokens[li]
        assert tok.map is not None
        first, end = tok.map
        lines = normalise_lines(slide)
        while end > first + 1 and not lines[end - 1].strip():
            end -= 1
        if not items:
            return _splice(slide, first, _drop_blank_after(slide, end), [])
        m = _ITEM.match(lines[first])
        indent, marker = (m.group(1), m.group(2)) if m else ("", "-")
        if marker[0].isdigit():
            number, close = int(marker[:-1]), marker[-1]
            return _splice(slide, first, end, [f"{indent}{number + i}{close} {b}" for i, b in enumerate(items)])
        return _splice(slide, first, end, [f"{indent}{marker} {b}" for b in items])
    if not items:
        return slide
    h = _heading(tokens)
    hmap = tokens[h].map if h is not None else None
    if hmap is not None and tokens[h].level == 0:  # type: ignore[index]
        at = hmap[1]
    else:
        notes = _notes(tokens) + _teach_backs(tokens)
        at = min((t.map[0] for t in notes if t.map), default=_content_end(slide))
    return _splice(slide, at, at, [f"- {b}" for b in items], gap=True)


def with_picture(slide: str, destination: str, caption: str) -> str:
    """The slide's picture set to `destination` with `caption` (its words for the patient; Marp's
    keywords already in its alt text, such as `bg right:40% contain`, stay as written); "" removes it."""
    caption = _one_line(caption).replace("[", "\\[").replace("]", "\\]")
    dest = f"<{destination}>" if re.search(r"[\s()<>]", destination) else destination
    tokens = parse_tokens(slide)
    p = _picture(tokens)
    if p is not None:
        pmap = tokens[p].map
        assert pmap is not None
        lines = normalise_lines(slide)
        several = len(_pictures_in(tokens, p)) > 1
        for n in range(pmap[0], pmap[1]):
            span = image_span(lines[n])
            if span is None:
                continue
            alt_start, alt_end, open_, close = span
            row = lines[n]
            if not destination:
                if several and not (row[:alt_start - 2] + row[close + 1:]).strip():
                    return _splice(slide, n, n + 1, [])  # the other pictures of the paragraph stay
                if several:
                    break
                return _splice(slide, pmap[0], _drop_blank_after(slide, pmap[1]), [])
            old_alt = row[alt_start:alt_end]
            new_dest = row[open_:close] if destination == _picture_of(tokens)[0] else dest
            new = row[:alt_start] + alt_with_caption(old_alt, caption) + row[alt_end:open_] + new_dest + row[close:]
            return _splice(slide, n, n + 1, [new])
        if several:
            return slide  # written in a way not changed here (set_picture refuses it)
        alt = "".join(k.content for k in _pictures_in(tokens, p)[0].children or [])
        block = [f"![{alt_with_caption(alt, caption)}]({dest})"] if destination else []
        return _splice(slide, pmap[0], pmap[1] if block else _drop_blank_after(slide, pmap[1]), block)
    block = [f"![{caption}]({dest})"] if destination else []
    if not block:
        return slide
    li = _list(tokens)
    h = _heading(tokens)
    anchor = tokens[li].map if li is not None else tokens[h].map if h is not None and tokens[h].level == 0 else None
    if anchor is not None:
        lines = normalise_lines(slide)
        end = anchor[1]
        while end > anchor[0] + 1 and not lines[end - 1].strip():
            end -= 1
        return _splice(slide, end, end, block, gap=True)
    notes = _notes(tokens) + _teach_backs(tokens)
    at = min((t.map[0] for t in notes if t.map), default=_content_end(slide))
    return _splice(slide, at, at, block, gap=True)


def _comment_lines(text: str, prefix: str = "") -> list[str]:
    text = text.strip().replace("-->", "-- >")
    lines = text.split("\n")
    if len(lines) == 1:
        return [f"<!-- {prefix}{text} -->"]
    return ["<!--", prefix + lines[0], *lines[1:], "-->"]


def _replace_comments(slide: str, old: list[Token], new_blocks: list[list[str]], before: int | None = None) -> str:
    """Remove the block comments `old` and put `new_blocks` where the first of them was (else at line
    `before`, else at the end)."""
    tokens = parse_tokens(slide)
    at = old[0].map[0] if old and old[0].map else before if before is not None else _content_end(slide)
    out = slide
    for tok in reversed(old):
        assert tok.map is not None
        first, end = tok.map
        out = _splice(out, first, _drop_blank_after(out, end) if tok is not old[0] or not new_blocks else end, [])
    del tokens
    if not new_blocks:
        return out
    nl_join: list[str] = []
    for i, block in enumerate(new_blocks):
        if i:
            nl_join.append("")
        nl_join.extend(block)
    return _splice(out, at, at, nl_join, gap=True)


def with_notes(slide: str, notes: str) -> str:
    paragraphs = [p.strip() for p in re.split(r"\n[ \t]*\n", notes.replace("\r\n", "\n")) if p.strip()]
    tokens = parse_tokens(slide)
    # what to say comes before the article's words and the question (where there was none)
    after = [t.map[0] for t in _notes(tokens) + _teach_backs(tokens) if t.map and t not in _said(tokens)]
    return _replace_comments(slide, _said(tokens), [_comment_lines(p) for p in paragraphs],
                             min(after) if after else None)


def with_teach_back(slide: str, question: str) -> str:
    question = _one_line(question)
    tokens = parse_tokens(slide)
    old = _teach_backs(tokens)[:1]
    return _replace_comments(slide, old, [_comment_lines(question, "teach-back: ")] if question else [])
