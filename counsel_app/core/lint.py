"""Patient-slide lint: the rules of guides/counselling.md that can be checked from the deck alone.

Owns `Finding` and `lint_deck(deck, base_dir)`. Looks only at what the patient sees (the slide
body); speaker notes are never linted. Code (inline and blocks) and picture paths are not prose.
Pictures are resolved by `core.pictures` (read, never written). No Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from markdown_it.token import Token

from .backgrounds import slide_images, without_backgrounds
from .deck import Deck, Slide, html_to_text
from .marp_markdown import markdown_parser
from .frequencies import has_numbers_patients_struggle_with
from .lang import pick
from .pictures import Kind, resolve_picture

# "info" is reported but is not a problem with the deck (the exit code of `check` ignores it).
Severity = Literal["error", "warning", "info"]

MAX_BULLETS_OK, MAX_BULLETS_WARN = 3, 5  # 4-5 bullets: warning; 6 or more: error
MAX_ZH_CHARS, MAX_EN_WORDS = 20, 15
# Upper-case words of 4+ letters that are names, not shouting. Words with a digit (HER2) pass anyway.
ACRONYMS = frozenset({
    "RET", "CT", "DNA", "RNA", "NSCLC", "SCLC", "EGFR", "ALK", "KRAS", "BRAF", "MRI", "PET",
    "WHO", "ECOG", "NCCN", "CSCO", "ASCO", "ESMO", "NMPA", "COPD", "RECIST",
})


@dataclass(frozen=True)
class Finding:
    """One problem. `slide` counts from 1; 0 means the whole deck."""

    slide: int
    severity: Severity
    rule: str
    message_en: str
    message_zh: str

    def message(self, lang: str = "en") -> str:
        return pick(lang, zh=self.message_zh, en=self.message_en)


@dataclass
class _Content:
    """What the patient reads on one slide, taken from the Markdown tokens."""

    lines: list[str]  # headings, paragraphs, list items, table cells; split at line breaks
    items: int = 0
    marks: frozenset[str] = frozenset()  # "em", "s", "u"


_UNDERLINE_TAG = re.compile(r"<(?:u|ins)\b", re.IGNORECASE)
_PLUS_UNDERLINE = re.compile(r"\+\+(?=\S).+?(?<=\S)\+\+")


def _content(body: str) -> _Content:
    lines: list[str] = []
    items = 0
    marks: set[str] = set()
    for tok in markdown_parser().parse(body):
        if tok.type == "list_item_open":
            items += 1
        elif tok.type == "inline":
            lines.extend(_inline_lines(tok.children or [], marks))
    lines = [ln for ln in (re.sub(r"\s+", " ", ln).strip() for ln in lines) if ln]
    if any(_PLUS_UNDERLINE.search(ln) for ln in lines):
        marks.add("u")
    return _Content(lines, items, frozenset(marks))


def _inline_lines(children: list[Token], marks: set[str]) -> list[str]:
    lines, current = [], []
    for tok in children:
        if tok.type == "text":
            current.append(tok.content)
        elif tok.type in ("softbreak", "hardbreak"):
            lines.append("".join(current))
            current = []
        elif tok.type in ("code_inline", "image"):
            current.append(" ")  # neither counts as prose
        elif tok.type == "em_open":
            marks.add("em")
        elif tok.type == "s_open":
            marks.add("s")
        elif tok.type == "html_inline" and _UNDERLINE_TAG.match(tok.content):
            marks.add("u")
    lines.append("".join(current))
    return lines


# --- bullets -------------------------------------------------------------------------------

def _bullets(n: int, content: _Content) -> list[Finding]:
    k = content.items
    if k > MAX_BULLETS_WARN:
        return [Finding(n, "error", "bullets", f"{k} bullet points is too many: split the slide, 3 or fewer on each",
                        f"{k} 个要点太多: 请拆成几页, 每页不超过 3 个")]
    if k > MAX_BULLETS_OK:
        return [Finding(n, "warning", "bullets", f"{k} bullet points: keep to 3 or fewer, or split the slide",
                        f"{k} 个要点: 每页最多 3 个, 多的请移到下一页")]
    return []


# --- long sentences ------------------------------------------------------------------------

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*")
_SENTENCE_END = re.compile(r"[。！？!?；;]+|(?<=\.)\s+")


def _sentences(line: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(line) if s.strip()]


def _long_sentences(n: int, content: _Content) -> list[Finding]:
    found = []
    for line in content.lines:
        for s in _sentences(line):
            if _HAN.search(s):
                size = sum(1 for ch in s if ch.isalnum())  # Han characters, letters, digits
                if size > MAX_ZH_CHARS:
                    quote = s[:12] + "…"
                    found.append(Finding(
                        n, "warning", "long-sentence",
                        f'long sentence ({size} characters, aim for {MAX_ZH_CHARS} or fewer): "{quote}": split it',
                        f"句子太长({size} 个字, 建议不超过 {MAX_ZH_CHARS} 个): “{quote}”, 请拆成短句"))
            else:
                words = _WORD.findall(s)
                if len(words) > MAX_EN_WORDS:
                    quote = " ".join(words[:6]) + " …"
                    found.append(Finding(
                        n, "warning", "long-sentence",
                        f'long sentence ({len(words)} words, aim for {MAX_EN_WORDS} or fewer): "{quote}": split it',
                        f"句子太长({len(words)} 个词, 建议不超过 {MAX_EN_WORDS} 个): “{quote}”, 请拆成短句"))
    return found


# --- numbers -------------------------------------------------------------------------------

_FRACTION = re.compile(r"(\d+)\s*/\s*(\d+)")


def _hard_numbers(text: str) -> list[str]:
    """Percentages, fractions and decimals in `text`, once each. 140/90 (a blood pressure, not a
    proper fraction) is allowed."""
    found: list[str] = []
    for hit in has_numbers_patients_struggle_with(text):
        fraction = _FRACTION.fullmatch(hit)
        if fraction and not 0 < int(fraction.group(1)) < int(fraction.group(2)):
            continue
        if hit not in found:
            found.append(hit)
    return found


def numbers_finding(n: int, found: list[str]) -> Finding:
    """The "numbers" finding for slide `n` naming the numbers `found` (its English message lists them
    between the first parentheses, ", " apart: `slide_check.one_per_problem` reads them there)."""
    return Finding(n, "warning", "numbers",
                   f"numbers patients find hard ({', '.join(found)}): say 'about 3 in 10 people' instead",
                   f"患者难以理解的数字({'、'.join(found)}): 请改说“大约每 10 个人中有 3 个”")


def _numbers(n: int, content: _Content) -> list[Finding]:
    found = _hard_numbers("\n".join(content.lines))
    return [numbers_finding(n, found)] if found else []


# --- emphasis ------------------------------------------------------------------------------

def _shouting(text: str) -> list[str]:
    words = []
    for w in re.findall(r"[A-Za-z0-9]+", text):
        if (len(w) >= 4 and w.isupper() and not any(ch.isdigit() for ch in w)
                and w not in ACRONYMS and w not in words):
            words.append(w)
    return words


def _emphasis(n: int, content: _Content) -> list[Finding]:
    found = []
    if "em" in content.marks:
        found.append(Finding(n, "warning", "italic", "italics are hard to read: use bold for emphasis",
                             "斜体不易阅读: 需要强调时请用粗体"))
    if "u" in content.marks:
        found.append(Finding(n, "warning", "underline", "underlined text looks like a link: use bold for emphasis",
                             "下划线容易被当成链接: 需要强调时请用粗体"))
    caps = _shouting("\n".join(content.lines))
    if caps:
        found.append(Finding(n, "warning", "all-caps",
                             f"words in capitals are hard to read ({', '.join(caps)}): write them in normal case",
                             f"全大写的英文单词不易阅读({'、'.join(caps)}): 请用正常大小写"))
    if "s" in content.marks:
        found.append(Finding(n, "warning", "strikethrough", "struck-through text confuses patients: delete it",
                             "删除线会让患者困惑: 请直接删掉这段文字"))
    return found


# --- pictures ------------------------------------------------------------------------------

_SVG_EXTERNAL = re.compile(
    r"""(?:(?<![\w-])(?:xlink:)?href\s*=\s*["']\s*|url\(\s*["']?\s*|@import\s+["']?\s*)(?:https?:|ftp:|file:|//)""",
    re.IGNORECASE)


def _picture(n: int, src: str, base_dir: Path | None) -> list[Finding]:
    found = resolve_picture(src, base_dir)
    if found.kind is Kind.REMOTE:
        return [Finding(n, "error", "image-remote",
                        f"remote images are never loaded: {src}: save the picture next to the deck",
                        f"网络图片永远不会加载: {src}: 请把图片保存在幻灯片文件旁边")]
    if found.kind is Kind.EMBEDDED:
        return [Finding(n, "error", "image-unreadable", "embedded (data:) pictures are not shown: save it as a file",
                        "内嵌(data:)图片不会显示: 请另存为图片文件")]
    if found.kind is Kind.MISSING:
        return [Finding(n, "error", "image-missing", f"picture not found: {src}: check the file name and folder",
                        f"找不到图片: {src}: 请检查文件名和所在文件夹")]
    if found.kind is Kind.UNREADABLE:
        return [Finding(n, "error", "image-unreadable", f"picture cannot be shown ({found.why_en}): {src}",
                        f"图片无法显示({found.why_zh}): {src}")]
    if found.format == "svg" and found.path is not None and _svg_external(found.path):
        return [Finding(n, "warning", "svg-external",
                        f"the SVG uses outside files or links, which are not shown: {src}: embed them",
                        f"SVG 图片引用了外部文件或网址, 这部分不会显示: {src}: 请嵌入到 SVG 中")]
    return []  # LOCAL and fine, or UNRESOLVED: nothing to resolve against (a deck read from text)


def _captions(n: int, slide: Slide) -> list[Finding]:
    """Each inline picture needs a short caption (its alt text, Marp's keywords taken out); a
    background picture needs none (its alt holds Marp's keywords). Text over a whole-slide background
    may be hard to read: a split background keeps the text on plain ground."""
    found: list[Finding] = []
    images = slide_images(slide.html)
    for image in images:
        if not image.options.background and not image.options.alt.strip():
            found.append(Finding(n, "warning", "image-caption",
                                 f"the picture has no caption: say what it shows, ![what it shows]({image.src})",
                                 f"图片没有说明: 请写出图上是什么, ![图上是什么]({image.src})"))
    backgrounds = [i for i in images if i.options.background]
    if backgrounds and not any(i.options.split for i in backgrounds) and html_to_text(without_backgrounds(slide.html)):
        found.append(Finding(n, "warning", "text-over-picture",
                             "text over a background picture can be hard to read: put the picture beside it "
                             "(![bg right](...))",
                             "文字压在背景图上可能看不清: 请把图放在旁边(![bg right](...))"))
    return found


def _svg_external(path: Path) -> bool:
    try:
        return bool(_SVG_EXTERNAL.search(path.read_bytes().decode("utf-8", "replace")))
    except OSError:
        return False


# --- the deck ------------------------------------------------------------------------------

def lint_slide(slide: Slide, base_dir: Path | None) -> list[Finding]:
    content = _content(slide.body)
    n = slide.index
    found = _bullets(n, content) + _long_sentences(n, content) + _numbers(n, content) + _emphasis(n, content)
    for src in slide.images:
        found.extend(_picture(n, src, base_dir))
    return found + _captions(n, slide)


def lint_deck(deck: Deck, base_dir: Path | None) -> list[Finding]:
    """Every finding for the patient slides of `deck`, slide by slide. Relative pictures resolve
    against `base_dir`; with None they are not checked."""
    if not any(s.text.strip() or s.images for s in deck.slides):
        return [Finding(0, "error", "empty-deck", "the deck has no slide with text: nothing to show the patient",
                        "幻灯片里没有任何文字: 没有可以给患者看的内容")]
    from .slide_check import one_per_problem  # these import Finding
    from .source_rules import source_findings  # its rules read the article in the notes

    return one_per_problem([f for s in deck.slides for f in lint_slide(s, base_dir)] + source_findings(deck))
