"""Reading text files that doctors give us: size limit, BOMs, UTF-8, UTF-16 and GB18030.

Owns the one way the app turns bytes from disk into text. Never writes. No Qt.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from .lang import pick

MAX_BYTES = 5 * 1024 * 1024  # a deck or article larger than this is not a patient handout


class InputError(Exception):
    """A file we cannot use. The message is one sentence for the doctor, naming the file."""

    def __init__(self, path: Path | str | None, problem: str, zh: str | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self.problem = problem
        self.problem_zh = zh or problem
        name = str(self.path) if self.path is not None else "input"
        super().__init__(f"{name}: {problem}")

    def message(self, lang: str = "en") -> str:
        name = str(self.path) if self.path is not None else ""
        problem = pick(lang, zh=self.problem_zh, en=self.problem)
        return f"{name}: {problem}" if name else problem


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, path: Path | str | None = None) -> tuple[str, str]:
    """Return (text, encoding) with line ends normalised to LF. Raises InputError."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc)
            except UnicodeDecodeError:
                raise InputError(path, f"the file says it is {enc.upper()} but is damaged",
                                 f"文件标明是 {enc.upper()} 编码, 但内容已损坏") from None
            return _normalise(text), enc
    if b"\x00" in data:
        raise InputError(path, "this is not a text file (it contains binary data)",
                         "这不是文本文件(含有二进制数据)")
    for enc in ("utf-8", "gb18030"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "gb18030" and not _plausible_gb(text):
            break
        return _normalise(text), enc
    raise InputError(path, "the text encoding is not recognised (save it as UTF-8)",
                     "无法识别文本编码(请另存为 UTF-8)")


def _plausible_gb(text: str) -> bool:
    """GB18030 decodes almost any bytes; accept it only when the result is mostly real text."""
    if not text:
        return True
    ok = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
              or "\uff00" <= ch <= "\uffef" or ord(ch) < 128)
    return ok / len(text) > 0.98 and cjk / len(text) > 0.9


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path | str, max_bytes: int = MAX_BYTES) -> tuple[str, str]:
    """Read a text file for the doctor: (text, encoding). Never reads more than max_bytes + 1."""
    p = Path(path)
    return decode(read_bytes(p, max_bytes), p)


def read_bytes(p: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """A doctor's file as bytes, or one clear InputError (missing, a folder, unreadable, too large)."""
    try:
        if p.is_dir():
            raise InputError(p, "this is a folder, not a file", "这是文件夹, 不是文件")
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(p, "file not found", "找不到文件") from None
    except PermissionError:
        raise InputError(p, "no permission to read this file", "没有读取此文件的权限") from None
    except OSError as exc:
        raise InputError(p, f"cannot read the file ({exc.strerror or exc})",
                         f"无法读取文件({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        mb = max_bytes // (1024 * 1024)
        raise InputError(p, f"the file is larger than {mb} MB, too large for a deck",
                         f"文件超过 {mb} MB, 作为幻灯片文件太大")
    return data
