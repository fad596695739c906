"""Raw HTML in a deck, shown the way Marp shows it.

Owns `sanitize(fragment)`: marp-core (4.x) lets a fixed list of harmless elements through with a
few attributes each and shows every other tag as text; comments inside HTML vanish. This is a
port of what marp-core does with the js-xss filter (its tag scanner, attribute scanner and
allowlist), so a slide shows the same words in counsel as in Marp. One deliberate difference:
a raw `<img>` comes out as `<img src=".." alt="..">` like a Markdown picture, so that it goes
through counsel's picture loader (sizes, placeholders, no network) like any other. Pure: no Qt.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

_GLOBAL = ("class", "dir", "lang", "title")
_URL = "url"  # http(s) only, or a relative address
_URL_IMG = "url-img"  # http(s), data:image/, or a relative address
_SRCSET = "srcset"
_DIR = "dir"


def _attrs(*names: str, **checked: str) -> dict[str, str]:
    return {**{n: "" for n in names}, **checked}


_G = _attrs(*_GLOBAL[:3], title="", dir=_DIR)
_ALIGN = ("align", "valign")

# marp-core's default allowlist (`Marp.html`): element -> {attribute: how its value is checked}
ALLOWED: dict[str, dict[str, str]] = {
    **{t: _G for t in (
        "abbr", "address", "article", "aside", "b", "bdi", "bdo", "big", "br", "caption", "center", "cite",
        "code", "dd", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "i", "kbd", "mark", "nav", "p", "picture", "pre", "rp", "rt", "ruby", "s", "section", "small",
        "span", "sub", "summary", "sup", "strong", "strike", "u", "ul", "wbr")},
    "a": {**_G, **_attrs("name", "rel", "target", href=_URL)},
    "audio": {**_G, **_attrs("autoplay", "controls", "loop", "muted", "preload", src=_URL)},
    "blockquote": {**_G, "cite": _URL},
    "col": {**_G, **_attrs(*_ALIGN, "span", "width")},
    "colgroup": {**_G, **_attrs(*_ALIGN, "span", "width")},
    "del": {**_G, **_attrs("datetime", cite=_URL)},
    "details": {**_G, "open": ""},
    "img": {**_G, **_attrs("align", "alt", "decoding", "height", "loading", "width", src=_URL_IMG,
                           srcset=_SRCSET)},
    "ins": {**_G, **_attrs("datetime", cite=_URL)},
    "li": {**_G, **_attrs("type", "value")},
    "ol": {**_G, **_attrs("reversed", "start", "type")},
    "q": {**_G, "cite": _URL},
    "source": _attrs("height", "media", "sizes", "type", "width", src=_URL_IMG, srcset=_SRCSET),
    "table": {**_G, **_attrs("width", "border", *_ALIGN)},
    "tbody": {**_G, **_attrs(*_ALIGN)},
    "td": {**_G, **_attrs("width", "rowspan", "colspan", *_ALIGN)},
    "tfoot": {**_G, **_attrs(*_ALIGN)},
    "th": {**_G, **_attrs("width", "rowspan", "colspan", *_ALIGN)},
    "thead": {**_G, **_attrs(*_ALIGN)},
    "time": {**_G, "datetime": ""},
    "tr": {**_G, **_attrs("rowspan", *_ALIGN)},
    "video": {**_G, **_attrs("autoplay", "controls", "loop", "muted", "playsinline", "preload", "height",
                             "width", poster=_URL_IMG, src=_URL)},
}
VOID = frozenset({"area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link",
                  "meta", "param", "source", "track", "wbr"})

_SPACE = re.compile(r"\s")
_ILLEGAL_ATTR_NAME = re.compile(r"[^a-zA-Z0-9\\_:.-]")
_NUMERIC_ENTITY = re.compile(r"&#([a-zA-Z0-9]*);?", re.IGNORECASE)


def _escape(text: str) -> str:
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _strip_comments(fragment: str) -> str:
    out, pos = [], 0
    while pos < len(fragment):
        i = fragment.find("<!--", pos)
        if i < 0:
            out.append(fragment[pos:])
            break
        out.append(fragment[pos:i])
        j = fragment.find("-->", i)
        if j < 0:
            break  # an unclosed comment hides the rest
        pos = j + 3
    return "".join(out)


def _space_index(s: str) -> int:
    m = _SPACE.search(s)
    return m.start() if m else -1


def _tag_name(tag: str) -> str:
    i = _space_index(tag)
    name = (tag[1:-1] if i < 0 else tag[1:i + 1]).strip().lower()
    if name.startswith("/"):
        name = name[1:]
    if name.endswith("/"):
        name = name[:-1]
    return name


def _url_check(schemes: tuple[str, ...]) -> Callable[[str], str]:
    def check(value: str) -> str:
        if ":" not in value:
            return value
        low = value.strip().lower()
        scheme = low.split(":", 1)[0]
        for s in schemes:
            if scheme == s or (":" in s and low.startswith(s)):
                return value
        return ""
    return check


_url = _url_check(("http", "https"))
_url_img = _url_check(("http", "https", "data:image/"))


def _checked(kind: str, value: str) -> str:
    if kind == _URL:
        return _url(value)
    if kind == _URL_IMG:
        return _url_img(value)
    if kind == _SRCSET:
        return value if all(_url_img(part) for part in value.split(",")) else ""
    if kind == _DIR:
        return value.lower() if value.lower() in ("rtl", "ltr", "auto") else ""
    return value


def _friendly(value: str) -> str:
    """js-xss friendlyAttrValue: entities a browser would decode, control characters to spaces."""
    value = value.replace("&quot;", '"')

    def numeric(m: re.Match[str]) -> str:
        code = m.group(1)
        try:
            n = int(code[1:], 16) if code[:1] in "xX" else int(code, 10)
            return chr(n & 0xFFFF) if n & 0xFFFF not in range(0xD800, 0xE000) else "\ufffd"
        except ValueError:
            return "\x00"  # JS: String.fromCharCode(NaN), then a control character (below)
    value = _NUMERIC_ENTITY.sub(numeric, value)
    value = re.sub(r"&colon;?", ":", value, flags=re.IGNORECASE)
    value = re.sub(r"&newline;?", " ", value, flags=re.IGNORECASE)
    return "".join(" " if ord(c) < 32 else c for c in value).strip()


def _parse_attrs(text: str, on_attr: Callable[[str, str], str | None]) -> str:
    """js-xss parseAttr, step for step (its quirks included)."""
    out: list[str] = []
    last_pos = 0
    last_mark: int | None = 0
    name: str | None = None

    def add(n: str, value: str = "") -> None:
        n = _ILLEGAL_ATTR_NAME.sub("", n.strip()).lower()
        if n:
            ret = on_attr(n, value)
            if ret:
                out.append(ret)

    i = 0
    while i < len(text):
        c = text[i]
        if name is None and c == "=":
            name = text[last_pos:i]
            last_pos = i + 1
            last_mark = last_pos if text[last_pos:last_pos + 1] in ('"', "'") else _next_quote(text, i + 1)
            i += 1
            continue
        if name is not None and i == last_mark:
            j = text.find(c, i + 1)
            if j < 0:
                break
            add(name, text[last_mark + 1:j].strip())
            name = None
            i = j + 1
            last_pos = i
            continue
        if c.isspace():
            text = _SPACE.sub(" ", text)
            if name is None:
                eq = _next_equal(text, i)
                if eq == -1:
                    add(text[last_pos:i].strip())
                    last_pos = i + 1
                    i += 1
                    continue
                if eq is None:
                    break  # JS: i = NaN ends the scan
                i = eq
                continue
            if _before_equal(text, i - 1) == -1:
                add(name, _unquote(text[last_pos:i].strip()))
                name = None
                last_pos = i + 1
            i += 1
            continue
        i += 1
    if last_pos < len(text):
        if name is None:
            add(text[last_pos:])
        else:
            add(name, _unquote(text[last_pos:].strip()))
    return " ".join(out).strip()


def _next_equal(s: str, i: int) -> int | None:
    for k in range(i, len(s)):
        if s[k] == " ":
            continue
        return k if s[k] == "=" else -1
    return None


def _next_quote(s: str, i: int) -> int | None:
    for k in range(i, len(s)):
        if s[k] == " ":
            continue
        return k if s[k] in "'\"" else -1
    return None


def _before_equal(s: str, i: int) -> int | None:
    for k in range(i, 0, -1):
        if s[k] == " ":
            continue
        return k if s[k] == "=" else -1
    return None


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text if text not in ('"', "'") else ""


def _element(tag: str, raw: str, closing: bool, images: list[str] | None) -> str:
    if tag not in ALLOWED:
        return _escape(raw)
    if closing:
        if tag == "img":
            return ""  # Marp: an empty <img /> that shows nothing; here: no picture to load
        return f"<{tag} />" if tag in VOID else f"</{tag}>"  # marp-core's XHTML pass turns </br> into <br />
    i = _space_index(raw)
    if i < 0:
        attr_text, self_closing = "", raw[-2:-1] == "/"
    else:
        attr_text = raw[i + 1:-1].strip()
        self_closing = attr_text.endswith("/")
        if self_closing:
            attr_text = attr_text[:-1].strip()
    allowed = ALLOWED[tag]
    values: dict[str, str] = {}

    def on_attr(name: str, value: str) -> str | None:
        if name not in allowed:
            return None
        value = _checked(allowed[name], _friendly(value))
        values.setdefault(name, value)
        value = value.replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
        return f'{name}="{value}"' if value else name

    attrs = _parse_attrs(attr_text, on_attr)
    if tag == "img":  # counsel: the form a Markdown picture has, for the picture loader
        src, alt, title = (html.unescape(values.get(k, "")) for k in ("src", "alt", "title"))
        if images is not None:
            images.append(src)
        title = f' title="{_attr(title)}"' if title else ""
        return f'<img src="{_attr(src)}" alt="{_attr(alt)}"{title} />'
    end = " />" if tag in VOID or self_closing else ">"
    return f"<{tag}{' ' + attrs if attrs else ''}{end}"


def _attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


def sanitize(fragment: str, images: list[str] | None = None) -> str:
    """`fragment` (raw HTML from a deck) as Marp shows it; the `src` of each picture is added to `images`."""
    text = _strip_comments(fragment)
    out: list[str] = []
    last = 0
    start: int | None = None
    quote: str | None = None
    n = len(text)
    pos = 0
    while pos < n:
        c = text[pos]
        if start is None:
            if c == "<":
                start = pos
        elif quote is None:
            if c == "<":
                out.append(_escape(text[last:pos]))
                start = last = pos
            elif c == ">" or pos == n - 1:
                out.append(_escape(text[last:start]))
                raw = text[start:pos + 1]
                out.append(_element(_tag_name(raw), raw, raw.startswith("</"), images))
                last, start = pos + 1, None
            elif c in "\"'":
                k = pos - 1
                while k >= 0 and (text[k].isspace() or text[k] == "="):
                    if text[k] == "=":
                        quote = c
                        break
                    k -= 1
        elif c == quote:
            quote = None
        pos += 1
    if last < n:
        out.append(_escape(text[last:]))
    return "".join(out)


# a <details> with no <details> inside it (nested ones are taken from the inside out)
_DETAILS = re.compile(r"<details\b([^>]*)>((?:(?!<details\b).)*?)</details\s*>", re.S | re.I)
_SUMMARY = re.compile(r"<summary\b[^>]*>(.*?)</summary\s*>", re.S | re.I)
_OPEN = re.compile(r"""(?:^|\s)open(?:\s|=|$)""", re.I)
CLOSED_MARK, OPEN_MARK = "\u25b6", "\u25bc"  # the browser's disclosure triangles


def shown_details(rendered: str, untitled: str = "Details") -> str:
    """Slide HTML with each `<details>` as a browser draws it (Marp's slides are web pages): a closed
    one shows only its summary after a ▶, an open one (`<details open>`) a ▼ before its summary and
    then the rest. No summary: `untitled` takes its place, as the browser's own word does."""
    while True:
        replaced = _DETAILS.sub(lambda m: _details(m, untitled), rendered)
        if replaced == rendered:
            return rendered
        rendered = replaced


def _details(m: re.Match[str], untitled: str) -> str:
    attrs, inner = m.group(1), m.group(2)
    summary = _SUMMARY.search(inner)
    title = summary.group(1).strip() if summary else html.escape(untitled)
    if not _OPEN.search(attrs):
        return f"<p>{CLOSED_MARK} {title}</p>\n"
    rest = (inner[:summary.start()] + inner[summary.end():]) if summary else inner
    return f"<p>{OPEN_MARK} {title}</p>\n<div>{rest}</div>\n"
