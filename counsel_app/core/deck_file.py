"""A deck file opened for editing: its exact text, how it was encoded, and Save.

Owns `EditedFile` (path, encoding, byte-order mark, the text as on disk with its own line ends),
`open_for_edit(path)` and `save(file, text)`: atomic, keeps the previous version as one
`DECK.md.bak` beside the deck, and writes nothing when the bytes would not change. Reading goes
through `textio.decode` (the same size limit, encodings and messages as presenting). No Qt.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, replace
from pathlib import Path

from .atomic import write_atomic
from .textio import MAX_BYTES, InputError, decode

_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class ChangedOnDisk(InputError):
    """The deck on disk is no longer what the editor opened (another program changed it)."""


@dataclass(frozen=True)
class EditedFile:
    path: Path
    text: str  # as on disk: CRLF stays CRLF, without the byte-order mark
    encoding: str
    bom: bytes = b""

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.encoding)

    @property
    def backup(self) -> Path:
        return self.path.with_name(self.path.name + ".bak")


def _read_bytes(p: Path) -> bytes:
    try:
        if p.is_dir():
            raise InputError(p, "this is a folder, not a file", "这是文件夹, 不是文件")
        with p.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError(p, "file not found", "找不到文件") from None
    except PermissionError:
        raise InputError(p, "no permission to read this file", "没有读取此文件的权限") from None
    except OSError as exc:
        raise InputError(p, f"cannot read the file ({exc.strerror or exc})",
                         f"无法读取文件({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise InputError(p, "the file is larger than 5 MB, too large for a deck", "文件超过 5 MB, 作为幻灯片文件太大")
    return data


def open_for_edit(path: Path | str) -> EditedFile:
    """Read a deck for editing. Raises InputError (one sentence for the doctor)."""
    p = Path(path)
    data = _read_bytes(p)
    _, encoding = decode(data, p)  # the same checks and encodings as presenting
    bom = next((b for b in _BOMS if data.startswith(b) and decode(b, p)[1] == encoding), b"")
    return EditedFile(path=p, text=data[len(bom):].decode(encoding), encoding=encoding, bom=bom)


def save(file: EditedFile, text: str, *, replace_theirs: bool = False) -> tuple[EditedFile, bool]:
    """Write `text` to the deck atomically, the old file kept as `.bak`. Returns the file as now
    saved and whether anything was written (nothing when the bytes on disk are already these).
    Raises ChangedOnDisk when the file is not what was opened, unless `replace_theirs`."""
    data = file.encode(text)
    try:
        old = file.path.read_bytes()
    except FileNotFoundError:
        old = None
    except OSError as exc:
        raise InputError(file.path, f"cannot read the file ({exc.strerror or exc})",
                         f"无法读取文件({exc.strerror or exc})") from None
    if old == data:
        return replace(file, text=text), False
    if old is not None and old != file.encode(file.text) and not replace_theirs:
        raise ChangedOnDisk(file.path, "the deck was changed by another program since it was opened",
                            "打开之后, 幻灯片文件已被其他程序修改")
    if old is not None:
        write_atomic(file.backup, old, overwrite=True)
    write_atomic(file.path, data, overwrite=True)
    return replace(file, text=text), True
