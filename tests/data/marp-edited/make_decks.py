"""Write each edited deck of recipes.py here, then ask Marp how it reads them (expected.json).

Run from the repository root: python3 tests/data/marp-edited/make_decks.py ../shared/tools/marp-oracle/marp-oracle
"""

import json
import subprocess
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path[:0] = [str(here), str(here.parents[2])]
from recipes import RECIPES, edited_bytes  # noqa: E402

out = {"_about": "What Marp itself (marp-cli 4.5.1 via ../shared/tools/marp-oracle) reads in decks saved by "
                 "counsel's editor (recipes.py)."}
for name in RECIPES:
    (here / name).write_bytes(edited_bytes(name))
    data = json.loads(subprocess.run([sys.argv[1], str(here / name)], capture_output=True, text=True,
                                     check=True).stdout)
    out[name] = {k: data[k] for k in ("slides", "notes", "titles", "text", "classes")}
(here / "expected.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
