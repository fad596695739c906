"""Hypothesis budgets for the property tests: a fixed, repeatable one for CI and a long one by hand.

    COUNSEL_HYPOTHESIS_PROFILE=ci    (default) derandomized: the same inputs on every run
    COUNSEL_HYPOTHESIS_PROFILE=long  5000 examples a property, fresh random inputs each run

Property test modules import `PURE` (cheap, pure-Python targets) and `QT` (targets that lay out
Qt documents, each example costing milliseconds) and decorate with them. Nothing here calls
`settings.load_profile`: that would change the settings of every other module that happens to be
collected after this one; the decorators apply the chosen profile to our own tests only.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

PROFILE_ENV = "COUNSEL_HYPOTHESIS_PROFILE"

_COMMON = dict(
    deadline=None,  # time belongs in tests/benchmarks, not in a pass/fail property
    database=None,  # nothing written into the shared working tree (.hypothesis/)
    print_blob=True,  # a failure prints the @reproduce_failure line
    # Our strategies build 100k-character lines and 500-deep nesting on purpose.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)

settings.register_profile("ci", max_examples=80, derandomize=True, **_COMMON)
settings.register_profile("long", max_examples=5000, derandomize=False, **_COMMON)

# Rendering a slide costs about a hundred times a parse: a Qt property runs this share of the budget.
_QT_SHARE = {"ci": 20, "long": 750}

NAME = os.environ.get(PROFILE_ENV, "ci")
if NAME not in _QT_SHARE:
    raise RuntimeError(f"{PROFILE_ENV}={NAME!r}: choose one of {', '.join(_QT_SHARE)}")

PROFILE = settings.get_profile(NAME)
PURE = settings(PROFILE)
QT = settings(PROFILE, max_examples=_QT_SHARE[NAME])
