"""Support logs: rotating files in the user's data folder with versions, screens and errors.

Nothing about the patient is ever logged: no notes, no record, no plan, no teach-back answers.
No Qt.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
from pathlib import Path

from . import __version__

LOG_NAME = "counsel-app.log"


def setup_logging(folder: Path) -> Path | None:
    """Log to folder/counsel-app.log (1 MB x 3 files). Returns the file, or None if it cannot be written."""
    log = logging.getLogger("counsel")
    log.setLevel(logging.INFO)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(folder / LOG_NAME, maxBytes=1_000_000, backupCount=3,
                                                       encoding="utf-8")
    except OSError:
        return None  # a read-only profile must not stop the consultation
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    for old in list(log.handlers):
        if isinstance(old, logging.handlers.RotatingFileHandler):
            log.removeHandler(old)
            old.close()
    log.addHandler(handler)
    log.info("counsel-app %s, Python %s, %s", __version__, sys.version.split()[0], platform.platform())
    return folder / LOG_NAME
