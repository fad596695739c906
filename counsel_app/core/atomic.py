"""Writing files without losing data: temp file in the same folder, fsync, rename into place.

Every file the app writes goes through `write_atomic`. No Qt.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .textio import InputError


class ExistsError(InputError):
    """The target exists and the caller did not say it may be replaced."""


def _mode_for(p: Path) -> int:
    """The replaced file's permissions, or what a normal new file gets (mkstemp would give 0600)."""
    try:
        return p.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: Path | str, data: bytes, *, overwrite: bool = False) -> Path:
    """Write data to path atomically. A failed write leaves any old file as it was."""
    p = Path(path)
    if p.exists() and not overwrite:
        raise ExistsError(p, "the file already exists (use --force to replace it)",
                          "文件已存在(如要替换请加 --force)")
    if p.is_dir():
        raise InputError(p, "this is a folder, not a file", "这是文件夹, 不是文件")
    folder = p.parent if str(p.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=folder)
        os.chmod(tmp_name, _mode_for(p))
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, p)
        tmp_name = None
    except FileNotFoundError:
        raise InputError(p, "the folder does not exist", "文件夹不存在") from None
    except PermissionError:
        raise InputError(p, "no permission to write here", "没有在此处写入的权限") from None
    except OSError as exc:
        raise InputError(p, f"could not write the file ({exc.strerror or exc})",
                         f"无法写入文件({exc.strerror or exc})") from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    return p


def write_beside(folder: Path | str, files: dict[str, str]) -> list[Path]:
    """Write pictures that belong with a deck (an import's icon arrays) into its folder.

    The same name always holds the same picture, so a file already there is left as it is (a doctor's
    own version is never replaced). Returns the files written.
    """
    written = []
    for name, text in files.items():
        path = Path(folder) / name
        if not path.exists():
            written.append(write_atomic(path, text.encode("utf-8"), overwrite=False))
    return written
