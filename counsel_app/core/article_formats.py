"""Articles in the formats hospitals hand out: plain text / Markdown, Word (.docx) and saved web pages (.html).

Owns `read_article(path) -> str`: the article as the importer's Markdown (`#` headings, `1.` / `-`
points, paragraphs separated by blank lines), so the same article as .md, .docx and .html gives the same
deck. Word: Title and Heading styles are headings, automatic numbering and list styles are points; text
boxes, headers, footers and tables are left out. Web pages (stdlib html.parser): the <article> or <main>
when there is one, else the body; navigation, share buttons, related links, footers, forms, scripts,
styles and comments left out; h1-h4 are headings, li are points. A damaged .docx, a page with no article
text or an unknown format raises InputError (one line, in both languages). Never writes. No Qt.
"""

from __future__ import annotations

import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from .textio import InputError, decode, read_bytes, read_text

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
SUFFIXES = TEXT_SUFFIXES + (".docx", ".html", ".htm")
MAX_DOCX_BYTES = 20 * 1024 * 1024  # pictures make Word files larger than their text


def read_article(path: Path | str) -> str:
    """The article at `path` as Markdown text. Raises InputError."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return read_text(p)[0]
    if suffix == ".docx":
        return docx_markdown(p)
    if suffix in (".html", ".htm"):
        data = read_bytes(p)
        text = html_markdown(decode(data, p)[0])
        if not re.search(r"[^\W_]", text):
            raise InputError(p, "no article text found in this web page", "网页中没有找到文章正文")
        return text
    raise InputError(p, "unknown article format: use .txt, .md, .docx or .html",
                     "无法识别的文章格式: 请使用 .txt、.md、.docx 或 .html 文件")


# --- Word -------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_markdown(path: Path) -> str:
    """A Word document's body as Markdown. Raises InputError when it is damaged or not a .docx."""
    import docx  # python-docx: imported here so `import` of .txt never loads lxml
    from docx.opc.exceptions import PackageNotFoundError

    read_bytes(path, MAX_DOCX_BYTES)  # exists, readable, not too large
    try:
        document = docx.Document(str(path))
        formats = _number_formats(document)
        blocks: list[str] = []
        counters: dict[tuple[str, int], int] = {}
        for para in document.paragraphs:
            text = re.sub(r"\s+", " ", para.text).strip()
            if not text:
                continue
            style = (para.style.name if para.style is not None else "") or ""
            level = _heading_level(style)
            num = para._p.find(f"{_W}pPr/{_W}numPr")
            if level:
                blocks.append("#" * level + " " + text)
            elif num is not None or style.startswith("List"):
                num_id, ilvl = _num_ids(num)
                bullet = formats.get((num_id, ilvl), "bullet" if "Bullet" in style else "decimal") == "bullet"
                if bullet:
                    blocks.append("- " + text)
                else:
                    counters[(num_id, ilvl)] = counters.get((num_id, ilvl), 0) + 1
                    blocks.append(f"{counters[(num_id, ilvl)]}. {text}")
            else:
                blocks.append(text)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, AttributeError) as exc:
        raise InputError(path, f"this Word document is damaged or is not a .docx file ({type(exc).__name__})",
                         "Word 文档已损坏, 或不是 .docx 文件") from None
    if not blocks:
        raise InputError(path, "this Word document has no text", "这个 Word 文档里没有文字")
    return _join(blocks)


def _heading_level(style: str) -> int:
    if style == "Title":
        return 1
    m = re.fullmatch(r"Heading (\d)", style)
    return min(int(m.group(1)) + 1, 6) if m else 0


def _num_ids(num: object) -> tuple[str, int]:
    if num is None:
        return "style", 0
    num_id = num.find(f"{_W}numId")  # type: ignore[attr-defined]
    ilvl = num.find(f"{_W}ilvl")  # type: ignore[attr-defined]
    return (num_id.get(f"{_W}val", "") if num_id is not None else "",
            int(ilvl.get(f"{_W}val", "0")) if ilvl is not None else 0)


def _number_formats(document: object) -> dict[tuple[str, int], str]:
    """(numId, level) -> Word's number format ("decimal", "bullet", ...)."""
    try:
        numbering = document.part.numbering_part.element  # type: ignore[attr-defined]
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    abstract: dict[str, dict[int, str]] = {}
    for an in numbering.findall(f"{_W}abstractNum"):
        levels = {int(lvl.get(f"{_W}ilvl", "0")): (fmt.get(f"{_W}val", "decimal") if (fmt := lvl.find(f"{_W}numFmt")) is not None
                                                    else "decimal") for lvl in an.findall(f"{_W}lvl")}
        abstract[an.get(f"{_W}abstractNumId", "")] = levels
    out: dict[tuple[str, int], str] = {}
    for num in numbering.findall(f"{_W}num"):
        ref = num.find(f"{_W}abstractNumId")
        levels = abstract.get(ref.get(f"{_W}val", "") if ref is not None else "", {})
        for lvl, fmt in levels.items():
            out[(num.get(f"{_W}numId", ""), lvl)] = fmt
    return out


# --- web pages --------------------------------------------------------------------------------

_SKIP_TAGS = {"head", "title", "script", "style", "nav", "header", "footer", "aside", "form", "button", "noscript", "svg", "iframe",
              "template", "select", "figure"}
_SKIP_MARKS = re.compile(r"nav|menu|share|social|related|recommend|footer|breadcrumb|comment|sidebar|advert|banner|cookie"
                         r"|subscribe|toolbar", re.IGNORECASE)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_BLOCKS = {"p", "div", "section", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "dd", "dt", "pre"}


class _ArticleParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_tag = ""
        self.skip_depth = 0
        self.main_depth = 0  # inside <article> / <main>
        self.blocks: list[tuple[bool, str]] = []  # (inside the article or main, Markdown block)
        self.lists: list[list[int]] = []  # per open list: [ordered, count]
        self.prefix = ""
        self.buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth += 1
            return
        marks = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        if tag in _SKIP_TAGS or (tag not in _VOID and tag not in ("body", "html", "main", "article") and _SKIP_MARKS.search(marks)):
            if tag not in _VOID:
                self.skip_tag, self.skip_depth = tag, 1
            return
        if tag in ("article", "main"):
            self.main_depth += 1
        if tag in ("ol", "ul"):
            self.flush()
            self.lists.append([tag == "ol", 0])
        elif tag == "br":
            self.buf.append(" ")
        elif tag in _BLOCKS:
            self.flush()
            if tag in ("h1", "h2", "h3", "h4"):
                self.prefix = "#" * int(tag[1]) + " "
            elif tag == "li" and self.lists:
                self.lists[-1][1] += 1
                ordered, count = self.lists[-1]
                self.prefix = f"{count}. " if ordered else "- "

    def handle_endtag(self, tag: str) -> None:
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth -= 1
            return
        if tag in _BLOCKS or tag in ("ol", "ul"):
            self.flush()
        if tag in ("ol", "ul") and self.lists:
            self.lists.pop()
        if tag in ("article", "main") and self.main_depth:
            self.main_depth -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.buf.append(data)

    def flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.buf)).strip()
        if re.search(r"[^\W_]", text):
            self.blocks.append((self.main_depth > 0, self.prefix + text))
        self.buf, self.prefix = [], ""


def html_markdown(html: str) -> str:
    """A saved web page's article as Markdown (empty when it has none)."""
    parser = _ArticleParser()
    parser.feed(html)
    parser.close()
    parser.flush()
    inside = [b for main, b in parser.blocks if main]
    return _join(inside or [b for _, b in parser.blocks])


def _join(blocks: list[str]) -> str:
    """Blocks one after the other; consecutive points of one list stay together."""
    out: list[str] = []
    for b in blocks:
        point = re.match(r"(?:\d+\.|-) ", b) is not None
        if out and point and re.match(r"(?:\d+\.|-) ", out[-1]):
            out.append(b)
        else:
            out.extend(["", b] if out else [b])
    return "\n".join(out) + "\n"
