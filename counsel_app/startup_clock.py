"""When this process started, as seen from `time.perf_counter()`. No Qt; imported first by the CLI."""

from __future__ import annotations

import os
import sys
import time

IMPORTED_AT = time.perf_counter()


def process_start() -> float:
    """perf_counter() value of the moment the OS started this process (best effort).

    Linux: from /proc (10 ms resolution); elsewhere: when this module was imported.
    """
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/self/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
            start_ticks = int(fields[19])
            ticks = os.sysconf("SC_CLK_TCK")
            boot_now = time.clock_gettime(time.CLOCK_BOOTTIME)
            age = boot_now - start_ticks / ticks
            return time.perf_counter() - age
        except (OSError, ValueError, IndexError, AttributeError):
            pass
    return IMPORTED_AT
