"""Ask Marp (through the marp-oracle tool) how it reads each deck here; write expected.json."""

import json
import subprocess
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
oracle = sys.argv[1]
out = {"_about": "What Marp itself (marp-cli 4.5.1 via ../shared/tools/marp-oracle) makes of each deck in "
                 "this folder; 40/41 are copies of the bundled decks."}
for deck in sorted(here.glob("*.md")):
    if deck.name == "README.md":
        continue
    data = json.loads(subprocess.run([oracle, str(deck)], capture_output=True, text=True, check=True).stdout)
    out[deck.name] = {k: data[k] for k in ("slides", "notes", "titles", "text", "classes")}
(here / "expected.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
