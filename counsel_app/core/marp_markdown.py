"""The markdown-it parser as Marp configures it: CommonMark with tables and strikethrough, raw HTML as
marp-core filters it, HTML comments and `<style>` blocks hidden (Marpit's rules, ported as
markdown-it-py rules), and inline Markdown parsed only where the deck reader needs it at once
(the rest when a slide is first shown). `markdown_parser()` is the one instance. No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore, text_join
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

from .marp_html import sanitize

COMMENT = re.compile(r"<!--+\s*([\s\S]*?)\s*--+>")  # an HTML comment and its words

_COMMENT_OPENING = re.compile(r"^<!--")
_STYLE = re.compile(r"<style([\s\S]*?)>([\s\S]*?)</style>", re.IGNORECASE)
_STYLE_OPENING = re.compile(r"^<style(?=(\s|>|$))", re.IGNORECASE)
_STYLE_CLOSING = re.compile(r"</style>", re.IGNORECASE)


def _hidden_block(kind: str, opening: re.Pattern[str], closing: str | re.Pattern[str]) -> Callable[..., bool]:
    """Marpit's block rules for comments and `<style>`: from the opening line to the line that
    closes (or the end of the container), one hidden token; what else is on those lines is hidden too."""
    def rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        pos = state.bMarks[start] + state.tShift[start]
        if state.src[pos:pos + 1] != "<":
            return False  # (most lines: decided without copying the line)
        line = state.src[pos:state.eMarks[start]]
        if not opening.search(line):
            return False
        if silent:
            return True

        def closes(text: str) -> bool:
            return closing in text if isinstance(closing, str) else closing.search(text) is not None
        nxt = start + 1
        if not closes(line):
            while nxt < end:
                if state.sCount[nxt] < state.blkIndent:
                    break
                text = state.src[state.bMarks[nxt] + state.tShift[nxt]:state.eMarks[nxt]]
                nxt += 1
                if closes(text):
                    break
        state.line = nxt
        token = state.push(kind, "", 0)
        token.map = [start, nxt]
        token.markup = state.getLines(start, nxt, state.blkIndent, True)
        token.hidden = True
        if kind == "marpit_comment":  # (an unclosed one: not searched, each "<!--" would scan to the end)
            found = COMMENT.search(token.markup) if "-->" in token.markup else None
            token.content = found.group(1).strip() if found else ""
        else:  # (unclosed: not searched, for the same reason)
            found = _STYLE.search(token.markup) if _STYLE_CLOSING.search(token.markup) else None
            token.content = found.group(2).strip() if found else ""
        return True
    return rule


def _inline_comment(state: StateInline, silent: bool) -> bool:
    """Marpit's inline comment rule, quirks included: the first comment from here on is taken,
    and the position moves on by that comment's length."""
    src, pos = state.src, state.pos
    if pos + 2 >= state.posMax or src[pos] != "<" or src[pos + 1] != "!":
        return False
    last_close: int | None = getattr(state, "_counsel_last_close", None)
    if last_close is None:
        last_close = src.rfind("-->")
        state._counsel_last_close = last_close  # type: ignore[attr-defined]
    if last_close < pos:
        return False  # no comment ends after here (and no quadratic rescans of an unclosed "<!--")
    found = COMMENT.search(src, pos)
    if not found:
        return False
    length = found.end() - found.start()
    if not silent:
        token = state.push("marpit_comment", "", 0)
        token.hidden = True
        token.markup = src[pos:pos + length]
        token.content = found.group(1).strip()
    state.pos += length
    return True


LAZY_INLINE = "counsel_lazy_inline"  # env key: parse inline Markdown only where parse_deck needs it now
_DEFERRED = "counsel_inline_deferred"  # token.meta key: this inline token is not parsed yet


def _inline_now(token: Token, previous: Token | None) -> bool:
    """What a deck needs when it opens: titles (headings), notes and directives (comments, which
    start with "<"), pictures ("![", raw "<img")."""
    return (previous is not None and previous.type == "heading_open") or "<" in token.content \
        or "![" in token.content


def _inline(state: StateCore) -> None:
    """markdown-it's core inline rule; with env[LAZY_INLINE] only the inline content `_inline_now` asks for."""
    lazy = bool(state.env.get(LAZY_INLINE))
    previous = None
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            if lazy and not _inline_now(token, previous):
                token.meta[_DEFERRED] = True
            else:
                state.md.inline.parse(token.content, state.md, state.env, token.children)
        previous = token


def parse_deferred_inline(md: MarkdownIt, tokens: list[Token], env: EnvType) -> None:
    deferred = [t for t in tokens if t.type == "inline" and t.meta.pop(_DEFERRED, False)]
    for token in deferred:
        token.children = []
        md.inline.parse(token.content, md, env, token.children)
    if deferred:
        text_join(StateCore("", md, env, deferred))  # the core rule that runs after inline


def _render_html(self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict,
                 env: EnvType) -> str:
    return sanitize(tokens[idx].content)


def _render_nothing(self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict,
                    env: EnvType) -> str:
    return ""


def _markdown() -> MarkdownIt:
    """CommonMark with tables and strikethrough, and Marpit's reading of comments, `<style>` and raw HTML."""
    md = MarkdownIt("commonmark", {"html": True, "breaks": True})
    md.enable(["table", "strikethrough"])
    md.block.ruler.before("html_block", "marpit_comment", _hidden_block("marpit_comment", _COMMENT_OPENING, "-->"))
    md.block.ruler.before("html_block", "marpit_style_parse",
                          _hidden_block("marpit_style", _STYLE_OPENING, _STYLE_CLOSING))
    md.inline.ruler.before("html_inline", "marpit_inline_comment", _inline_comment)
    md.core.ruler.at("inline", _inline)
    for name in ("html_block", "html_inline"):
        md.add_render_rule(name, _render_html)
    for name in ("marpit_comment", "marpit_style"):
        md.add_render_rule(name, _render_nothing)
    return md


_MD: MarkdownIt | None = None


def markdown_parser() -> MarkdownIt:
    global _MD
    if _MD is None:
        _MD = _markdown()
    return _MD
