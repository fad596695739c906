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
from .textio import InputError, decode, read_bytes

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


def open_for_edit(path: Path | str) -> EditedFile:
    """Read a deck for editing. Raises InputError (one sentence for the doctor)."""
    p = Path(path)
    data = read_bytes(p)
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
