"""Article importer: a patient article (plain text or Markdown, Chinese or English) -> a draft deck.

Owns `import_article(text, lang=None) -> ImportResult` and the import report; the steps live in
their own modules: sentences.py (sentences, coverage), article.py (title, lead, sections),
parts.py (the four parts), bullets.py (slide lines), ranking.py (which sentences), deck_writer.py (Marp text and notes).
Re-exports `split_sentences`, `coverage_gaps` and `PART_TITLES` for callers. Pure Python, no Qt.

What it does, in order:

1. Reads the article line by line. Markdown line marks (`#` headings, `>` quotes, `-`/`*`/`+`
   bullets) are markup, not words; numbered points ("1. ", "1、", "（1）", "①") keep their number.
   A line with no letter or digit at all (a rule such as `---`, a setext underline) holds no words.
2. Finds the title (the first line that has words: a `#` heading or a short line; when the first
   line is a long paragraph, its first sentence is the title and the paragraph stays in the lead),
   the lead (paragraphs before the first section heading), section headings (Markdown headings;
   in a text without Markdown headings also short lines without sentence-ending punctuation and
   short questions followed by a paragraph, and "一、..." lines), paragraphs and numbered points.
   A text with no heading at all: the first paragraph is the lead, every later paragraph (with
   the points that follow it) a section.
3. Puts the sections into the four counselling parts by keyword scores, heading words counting
   three times as much as body words, plus a small pull towards the part matching the section's
   position; a dynamic programme picks the best assignment that never goes back to an earlier
   part (so the deck keeps the article's order). The title and lead open part 1.
4. Writes a Marp deck: front matter, a title slide, a part slide per part that has content, and
   content slides of at most 3 bullets (more slides rather than fewer facts); a continuation slide is titled from
   its own lines (its points' labels, its first line when a short statement, that line's first clause, or the
   heading with the name its lines share: "常见的副作用：他莫昔芬"), "（续）" only when none fits. A paragraph gives at most
   2 bullets, 3 when it is short (all of it) or long or the third carries a fact; a point gives 1.
   Sentences are ranked by what they tell: warnings and actions first, then numbers and the facts a
   patient plans by (names given as examples, times, tests, medicines, an image such as "就像...刹车",
   what the article calls the key point; what goes wrong when a number is off, "INR太高, 出血的风险会明显增加");
   praise, remarks meant for doctors ("…是一个硬指标"), introductions and questions stay in the notes (a
   number stated before a question is a statement). A line that points at the sentence before it ("It ...",
   "these signs") brings that sentence along; a line over twice the limit becomes two whole lines when it can.
   Each bullet is the source sentence, shares of people rewritten as natural frequencies, trimmed to ~20 Chinese characters / ~15 English words at
   clause boundaries (only the article's words, never new ones); a clause takes along what it leans on
   (core/clause_links.py) and a line may run to about two lines to keep a fact of its sentence.
5. Every slide carries its source word for word in notes, one comment per group (a heading, a
   paragraph, a point): `<!-- 原文: ... -->` / `<!-- Source: ... -->`. Lines of one paragraph are
   joined (space in English, nothing between Chinese characters), so every sentence of the article
   appears in the notes unchanged and in order (`coverage_gaps` checks that). `-->` inside a note
   is written `--&gt;`. The last slide of each part carries a teach-back question built from the
   part's title only. The natural frequencies of one section are written over one denominator.

Limitations: heading detection in plain text is a heuristic (a short list of items with no
punctuation reads as headings); the keyword lists are short and generic; bullets are the article's
clauses, so some read as fragments until the doctor edits them; a sentence hard-wrapped across lines
is one sentence on the slide but two pieces in `split_sentences`. Parts with no section are left
out and the rest numbered 1..n (the report keeps the canonical part number and `shown_as`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .article import UNTITLED, Section, text_size, find_title, read_blocks, split_sections, tables_as_points
from .bullets import BULLET_LIMIT, TITLE_LIMIT, clean, trim
from .ranking import bigrams
from .care_slides import help_slide, is_help_heading, teach_back
from .deck_writer import (
    NOTE_LABEL,
    DraftSlide,
    md_escape,
    note_comment,
    pack_slides,
    section_title,
    section_units,
    yaml_scalar,
)
from .frequencies import same_denominator
from .icon_array import add_icon_arrays
from .import_report import BulletReport, HeadingPlace, ImportReport, PartReport
from .lang import text_base
from .meaning import is_praise, is_warning, lost_qualifiers
from .percentages import percentage_kinds, rewrite_shares
from .parts import PART_TITLES, assign_parts
from .sentences import coverage_gaps, escape_comment, has_words, normalize, split_line, split_sentences

__all__ = ["ImportResult", "ImportReport", "import_article", "split_sentences", "coverage_gaps", "detect_lang",
           "escape_comment", "PART_TITLES"]


def detect_lang(text: str) -> str:
    """'zh' or 'en' (core/lang.py decides)."""
    return text_base(None, text)


def _norm_lang(lang: str | None, text: str) -> str:
    return text_base(lang, text)


@dataclass(frozen=True)
class ImportResult:
    markdown: str
    report: ImportReport
    pictures: dict[str, str] = field(default_factory=dict)  # icon arrays to write next to the deck


def _sources(slide: DraftSlide) -> list[str]:
    """The sentences a slide's bullets were cut from, in order."""
    return [source for _line, _n, source in slide.bullets]


def import_article(text: str, *, lang: str | None = None) -> ImportResult:
    """A draft Marp deck from an article, with a JSON-able report of what went where."""
    text = tables_as_points(normalize(text))  # a table's rows as points, in its words
    lang = _norm_lang(lang, text)
    label = NOTE_LABEL[lang]
    blocks, markdown = read_blocks(text, lang)
    title, title_block, title_from = find_title(blocks, lang)
    if title_block is not None:
        blocks = blocks[1:]
    lead, sections = split_sections(blocks, markdown, lang)
    assign_parts(sections, lang)

    title_shown = clean(rewrite_shares(title, lang))
    if title_from == "first sentence":
        title_shown = trim(title, lang, TITLE_LIMIT[lang], first_bonus=1.0)
    title_shown = title_shown or UNTITLED[lang]
    title_terms = bigrams(title, lang)

    # Part contents: (section, slide title, skip first sentence)
    parts: list[list[tuple[Section, str, bool]]] = [[] for _ in range(4)]
    if lead.body:
        lead_sentences = [s for s in split_line(title) if has_words(s)]
        lead_title = trim(lead_sentences[0], lang, TITLE_LIMIT[lang]) if lead_sentences else title_shown
        if title_from == "first sentence":
            lead_title, skip = section_title(lead, lang)
        else:
            skip = False
        parts[0].append((lead, lead_title or title_shown or UNTITLED[lang], skip))
    for s in sections:
        t, skip = section_title(s, lang)
        parts[s.part].append((s, t or title_shown or UNTITLED[lang], skip))

    chunks = ["---", "marp: true", f"title: {yaml_scalar(title_shown)}",
              f"lang: {'zh-CN' if lang == 'zh' else 'en'}", "---", "", ""]
    title_slide = ["<!-- _class: lead -->", "", f"# {md_escape(title_shown)}", ""]
    if title_block is not None:
        title_slide += [note_comment(label, title_block.text(lang)), ""]
    slides_md = ["\n".join(title_slide).rstrip("\n")]

    report_parts: list[PartReport] = []
    bullets: list[BulletReport] = []
    shown = 0
    for p in range(4):
        if not parts[p]:
            report_parts.append(PartReport(part=p + 1, title=PART_TITLES[lang][p], sections=0, slides=0))
            continue
        shown += 1
        part_slides: list[DraftSlide] = []
        for section, slide_title, skip in parts[p]:
            units = section_units(section, lang, label, title_terms, skip)
            section_slides = pack_slides(slide_title, units, lang)
            _compare_over_one_denominator(section_slides, lang)  # what one heading discusses, compared together
            part_slides.extend(section_slides)
        # the article's own "when to get help" section ("When to call for help"): no second one
        has_own = any(is_warning(s.title) or is_help_heading(s.title) for s in part_slides)
        help_ = help_slide(split_sentences(text), lang, label) if p == 3 and not has_own else None
        if help_ is not None and _sources(help_) not in [_sources(s) for s in part_slides]:
            part_slides.append(help_)  # (not when a slide of the part says just that already)
        question = teach_back(lang, p, [s.title for s in part_slides], help_ is not None or has_own)
        part_slides[-1].comments_after.append(f"<!-- teach-back: {escape_comment(question)} -->")
        slides_md.append(f"<!-- _class: part -->\n\n# {shown}. {PART_TITLES[lang][p]}")
        for slide in part_slides:
            slides_md.append(slide.render())
            bullets += [BulletReport(len(slides_md), line, source, bullet_flags(line, source, lang))
                        for line, _n, source in slide.bullets]
        report_parts.append(PartReport(part=p + 1, title=PART_TITLES[lang][p], shown_as=shown,
                                       sections=len(parts[p]), slides=1 + len(part_slides),
                                       slide_titles=tuple(s.title for s in part_slides)))
    headings = tuple(HeadingPlace(h.text(lang), s.part + 1, PART_TITLES[lang][s.part])
                     for s in sections for h in s.headings)

    markdown_out = "\n".join(chunks) + "\n\n---\n\n".join(slides_md) + "\n"
    report = ImportReport(
        title=title,
        title_from=title_from,
        lang=lang,
        markdown_input=markdown,
        lead_paragraphs=sum(1 for b in lead.body if b.kind == "para"),
        headings=headings,
        sections=len(sections),
        parts=tuple(report_parts),
        slides=len(slides_md),
        bullets=tuple(bullets),
    )
    markdown_out, pictures = add_icon_arrays(markdown_out)
    return ImportResult(markdown=markdown_out, report=report, pictures=pictures)


def _compare_over_one_denominator(slides: list[DraftSlide], lang: str) -> None:
    """The natural frequencies of one section (a heading's slides), which the patient compares, over one denominator."""
    lines = same_denominator([line for s in slides for line, _n, _src in s.bullets], lang)
    for s in slides:
        s.bullets = [(lines.pop(0), n, src) for _line, n, src in s.bullets]


_KIND_FLAG = {"share": "frequency", "relative": "relative-change", "measure": "measure"}


def bullet_flags(line: str, source: str, lang: str) -> tuple[str, ...]:
    """What the doctor should look at in a bullet, compared with the sentence it came from."""
    flags = [_KIND_FLAG[k] for k in dict.fromkeys(percentage_kinds(source, lang))]
    whole = clean(rewrite_shares(source, lang))
    if len(line) < len(whole.rstrip("。.!！;；")) - 1:
        flags.append("cut")
    if lost_qualifiers(line, source, lang):
        flags.append("qualifier-lost")
    if text_size(line, lang) > BULLET_LIMIT[lang]:
        flags.append("long")
    if is_warning(source):
        flags.append("warning")
    if is_praise(line):
        flags.append("praise")
    return tuple(flags)
