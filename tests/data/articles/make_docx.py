"""Writes asthma_zh.docx and warfarin_en.docx from their .md twins (run once; the .docx files are committed).

Title and Heading 1 styles for the headings, Word's automatic numbering (List Number) for the points, a
page header and footer that must not reach the deck.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent


def write(md_name: str) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "患者教育资料 Patient education"
    document.sections[0].footer.paragraphs[0].text = "第 1 页 Page 1"
    for line in (HERE / md_name).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if line.startswith("# "):
            document.add_paragraph(line[2:], style="Title")
        elif line.startswith("## "):
            document.add_paragraph(line[3:], style="Heading 1")
        elif m := re.match(r"\d+\. ", line):
            document.add_paragraph(line[m.end():], style="List Number")
        else:
            document.add_paragraph(line)
    document.save(str(HERE / md_name.replace(".md", ".docx")))


if __name__ == "__main__":
    for name in ("asthma_zh.md", "warfarin_en.md"):
        write(name)
