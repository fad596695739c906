"""No data lost: every write is atomic, a failed write keeps the old file, and reading never writes."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from counsel_app.core import atomic
from counsel_app.core.atomic import ExistsError, write_atomic
from counsel_app.core.textio import InputError

REPO = Path(__file__).resolve().parents[2]


def _state(p: Path):
    return p.read_bytes(), p.stat().st_mtime_ns


def test_a_full_disk_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch):
    target = tmp_path / "record.txt"
    target.write_bytes(b"old record")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(InputError) as err:
        write_atomic(target, b"new record" * 1000, overwrite=True)
    assert "No space left" in str(err.value)
    assert target.read_bytes() == b"old record"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["record.txt"]


def test_a_folder_we_may_not_write_gives_a_message_and_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "handout.pdf"
    target.write_bytes(b"%PDF old")

    def denied(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", denied)
    with pytest.raises(InputError) as err:
        write_atomic(target, b"%PDF new", overwrite=True)
    assert "no permission" in str(err.value)
    assert target.read_bytes() == b"%PDF old"


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setpriv") is None, reason="needs root and setpriv")
def test_a_really_read_only_folder_as_a_user_without_override(tmp_path):
    import subprocess
    import sys

    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "deck.md").write_text("# keep me\n", encoding="utf-8")
    folder.chmod(0o555)
    code = ("import sys; from counsel_app.core.atomic import write_atomic; from counsel_app.core.textio import "
            "InputError\ntry:\n write_atomic(sys.argv[1], b'x', overwrite=True)\nexcept InputError as e:\n"
            " print(e); sys.exit(3)")
    proc = subprocess.run(["setpriv", "--inh-caps=-dac_override", "--bounding-set=-dac_override",
                           sys.executable, "-c", code, str(folder / "deck.md")],
                          capture_output=True, text=True, cwd=REPO)
    folder.chmod(0o755)
    assert proc.returncode == 3, proc.stderr
    assert "no permission" in proc.stdout
    assert (folder / "deck.md").read_text(encoding="utf-8") == "# keep me\n"
    assert sorted(p.name for p in folder.iterdir()) == ["deck.md"]


def test_existing_file_is_not_replaced_without_asking_and_keeps_its_permissions(tmp_path):
    target = tmp_path / "deck.md"
    target.write_bytes(b"mine")
    target.chmod(0o640)
    with pytest.raises(ExistsError):
        write_atomic(target, b"theirs")
    assert target.read_bytes() == b"mine"
    write_atomic(target, b"theirs", overwrite=True)
    assert target.read_bytes() == b"theirs" and (target.stat().st_mode & 0o777) == 0o640
