"""The pure core never loads Qt: it runs in tests without a QApplication and on any machine."""

import subprocess
import sys
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[2] / "counsel_app"
PURE = sorted(
    ["counsel_app.cli", "counsel_app.core.lang", "counsel_app.resources"]
    + [f"counsel_app.core.{p.stem}" for p in (PKG / "core").glob("*.py") if p.stem != "__init__"]
)


@pytest.mark.parametrize("module", PURE)
def test_importing_loads_no_pyside6(module):
    code = (f"import sys, importlib; importlib.import_module({module!r}); "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]; "
            "print(bad); sys.exit(1 if bad else 0)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=PKG.parent)
    assert proc.returncode == 0, proc.stdout + proc.stderr
