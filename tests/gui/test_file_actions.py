"""File dialogs: where they start, what they return, what they write (nothing on cancel)."""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMainWindow

from counsel_app.qt import file_actions


def test_start_folder_is_the_last_folder_else_documents(tmp_path):
    assert file_actions.start_folder(tmp_path) == tmp_path
    assert file_actions.start_folder(tmp_path / "gone") == file_actions.documents_folder()
    assert file_actions.start_folder("") == file_actions.documents_folder()


def test_import_asks_for_the_article_only(qtbot, tmp_path, monkeypatch):
    window = QMainWindow()
    qtbot.addWidget(window)
    article = tmp_path / "a.txt"
    article.write_text("Walking after surgery\n\nWalk a little every day.\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(article), "")))
    assert file_actions.ask_article(window, tmp_path) == article
    assert list(tmp_path.iterdir()) == [article]  # the draft is written only when the editor saves it


def test_cancelling_writes_nothing(qtbot, tmp_path, monkeypatch):
    window = QMainWindow()
    qtbot.addWidget(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: ("", "")))
    assert file_actions.ask_article(window, tmp_path) is None
    assert file_actions.ask_deck(window, tmp_path) is None
    assert list(tmp_path.iterdir()) == []


def test_which_slides_without_shown_slides_means_all(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    assert file_actions.which_slides(window, set()) is None


def test_log_folder_is_under_counsel():
    assert file_actions.log_folder().parts[-3:] == ("counsel", "counsel-app", "logs")
    assert isinstance(file_actions.log_folder(), Path)
