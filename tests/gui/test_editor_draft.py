"""An imported article's draft in the editor: nothing written until Save; Save asks where (beside the
article, never over a file without asking) and writes the draft's icon arrays beside it.
`counsel-app import ARTICLE` without -o opens it so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from counsel_app.core.deck import load_deck
from counsel_app.core.draft import import_draft
from counsel_app.core.themes import theme
from counsel_app.qt.editor_window import EditorWindow, open_draft

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "home_bp_en.txt"
    path.write_bytes((ARTICLES / "home_bp_en.txt").read_bytes())
    return path


def open_it(qtbot, article: Path) -> EditorWindow:
    window = open_draft(import_draft(article), lang="en", theme=theme(None))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def test_the_draft_is_shown_unsaved_and_nothing_is_written(qtbot, article, tmp_path):
    window = open_it(qtbot, article)
    assert window.isWindowModified() and "new draft" in window.windowTitle()
    assert window.file.path == tmp_path / "home_bp_en.md"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home_bp_en.txt"]
    icons = [i for i, s in enumerate(window.deck.slides) if any("icons-" in src for src in s.images)]
    assert icons  # the importer's icon array is on a slide, and the preview finds it before Save
    window.select(icons[0])
    messages = [window.preview.findings.item(i).text() for i in range(window.preview.findings.count())]
    assert not any("not found" in m for m in messages)
    window._may_close = True


def test_save_asks_where_beside_the_article_and_writes_the_pictures(qtbot, article, tmp_path, monkeypatch):
    asked = []

    def save_dialog(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return suggested, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    (tmp_path / "icons-2-in-10.svg").write_text("<svg>the doctor's own</svg>", encoding="utf-8")
    window = open_it(qtbot, article)
    with qtbot.waitSignal(window.saved):
        window.commands["save"].trigger()  # Ctrl+S on a draft: Save as
    deck = tmp_path / "home_bp_en.md"
    assert asked == [str(deck)]
    assert load_deck(deck).title and not window.isWindowModified() and "new draft" not in window.windowTitle()
    pictures = sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".svg")
    assert pictures == ["icons-2-in-10.svg"]
    assert (tmp_path / "icons-2-in-10.svg").read_text(encoding="utf-8") == "<svg>the doctor's own</svg>"  # kept
    window.commands["save"].trigger()  # saved once: Save writes in place, no question
    assert asked == [str(deck)]
    window._may_close = True


def test_the_suggested_name_never_is_an_existing_file(qtbot, article, tmp_path, monkeypatch):
    (tmp_path / "home_bp_en.md").write_text("# the doctor's other deck\n", encoding="utf-8")
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda _p, _t, suggested, _f: asked.append(suggested) or ("", "")))
    window = open_it(qtbot, article)
    window.commands["save"].trigger()  # cancelled: nothing written
    assert asked == [str(tmp_path / "home_bp_en-2.md")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home_bp_en.md", "home_bp_en.txt"]
    assert window.isWindowModified()
    window._may_close = True


def test_closing_an_unsaved_draft_asks(qtbot, article, tmp_path):
    window = open_it(qtbot, article)
    window.close()
    assert window.question is not None and window.question.isVisible() and window.isVisible()
    with qtbot.waitSignal(window.closed):
        window.question.button(QMessageBox.StandardButton.Discard).click()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home_bp_en.txt"]


def test_import_without_output_opens_the_editor_on_the_draft(qtbot, article, tmp_path, monkeypatch):
    from counsel_app.cli import main

    seen = []

    def run_loop(*_args):
        seen.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, EditorWindow) and w.isVisible())
        return 0

    monkeypatch.setattr(QApplication, "exec", run_loop)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert main(["import", str(article), "--lang", "en"]) == 0
    assert len(seen) == 1 and seen[0].is_draft and seen[0].file.path == tmp_path / "home_bp_en.md"
    assert "blood pressure" in seen[0].doc.text.lower()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "config") == ["home_bp_en.txt"]
    seen[0]._may_close = True
    seen[0].close()


def test_import_without_output_of_a_bad_article_says_so_and_opens_nothing(tmp_path, capsys):
    from counsel_app.cli import main

    assert main(["import", str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt" in capsys.readouterr().err


def test_choosing_a_picture_for_a_draft_saves_it_first_so_the_picture_has_a_place(qtbot, article, tmp_path,
                                                                                  monkeypatch):
    from PySide6.QtGui import QColor, QImage

    picture = tmp_path / "elsewhere" / "scan.png"
    picture.parent.mkdir()
    image = QImage(32, 24, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    window = open_it(qtbot, article)
    monkeypatch.setattr(window, "_ask_picture", lambda: picture)
    monkeypatch.setattr(window, "_ask_path", lambda: None)  # the doctor cancels the Save: no picture, nothing written
    window.fields.choose_picture.click()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere", "home_bp_en.txt"]
    monkeypatch.setattr(window, "_ask_path", lambda: tmp_path / "bp.md")
    window.fields.choose_picture.click()
    assert (tmp_path / "bp.md").exists() and not window.is_draft
    assert [p.name for p in (tmp_path / "bp-pictures").iterdir()] and window.fields.picture.text().startswith("bp-pictures/")
    window._may_close = True


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_name_already_taken_while_saving_offers_another_name_not_force(qtbot, article, tmp_path, monkeypatch,
                                                                          qapp, lang):
    """The core's "use --force" is for the command line: Save as says what the doctor can do and
    offers to save under another name."""
    from counsel_app.core.atomic import write_atomic
    from counsel_app.qt import editor_saving
    from counsel_app.qt.translations import install_translator

    taken = tmp_path / "icons-taken.svg"
    taken.write_text("<svg/>", encoding="utf-8")
    real_write_beside = editor_saving.write_beside

    def write_beside(folder, files):  # another program put a file of that name there just now
        if Path(folder) == tmp_path:
            write_atomic(taken, b"<svg>new</svg>")
        return real_write_beside(folder, files)

    monkeypatch.setattr(editor_saving, "write_beside", write_beside)
    targets = iter([str(tmp_path / "first.md"), ""])  # then the doctor cancels the second Save as
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (next(targets), "")))
    shown = []

    def warning(_parent, _title, text, *_a):
        shown.append(text)
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    install_translator(qapp, lang)
    try:
        window = open_it(qtbot, article)
        assert not window.save_as()
    finally:
        install_translator(qapp, "en")
    assert len(shown) == 1 and "icons-taken.svg" in shown[0] and "--force" not in shown[0]
    if lang == "zh":
        assert "另存为其他名称" in shown[0]
    else:
        assert "under another name" in shown[0]
    assert taken.read_text(encoding="utf-8") == "<svg/>"
    window._may_close = True
