"""Guard against a Qt binding that loses references to None (PySide6 6.12.0 on Python 3.11).

Such a binding crashes the app ("deallocating None") after some thousand page turns: in a
clinic room that is a consultation lost. Python 3.12+ makes None immortal, so it cannot happen there.
"""

import sys

import pytest
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_qt_calls_keep_the_reference_count_of_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(2000):
        label.setText(str(i))
        label.update()
    assert abs(sys.getrefcount(None) - before) < 200
