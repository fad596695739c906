"""Colour themes for the patient view and the handout preview. No Qt.

Every text/background pair must reach 7:1 (WCAG 2.2 AAA); tests compute it from these colours.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    text: str
    heading: str
    muted: str  # captions, header/footer, "continued"
    link: str

    def pairs(self) -> dict[str, tuple[str, str]]:
        return {k: (getattr(self, k), self.background) for k in ("text", "heading", "muted", "link")}


THEMES: dict[str, Theme] = {
    "light": Theme("light", background="#FFFFFF", text="#1A1A1A", heading="#0B3A75", muted="#3D3D3D",
                   link="#0B3A75"),
    "dark": Theme("dark", background="#121417", text="#F2F2F2", heading="#A8D1FF", muted="#D0D0D0",
                  link="#A8D1FF"),
    "contrast": Theme("contrast", background="#000000", text="#FFFFFF", heading="#FFFF00", muted="#FFFFFF",
                      link="#00FFFF"),
}
DEFAULT_THEME = "light"


def _channel(c: int) -> float:
    s = c / 255.0
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def theme(name: str | None) -> Theme:
    return THEMES.get(name or "", THEMES[DEFAULT_THEME])
