"""The Chinese interface: the .ts is complete, the shipped .qm matches it, and the translators
switch the console between Chinese and English. Every test leaves the app in English."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMainWindow

from counsel_app.core.session import Command
from counsel_app.qt import translations
from counsel_app.qt.translations import I18N_DIR, install_translator

REPO = Path(__file__).resolve().parents[2]
TS = I18N_DIR / "counsel_zh_CN.ts"
QM = I18N_DIR / "counsel_zh_CN.qm"
UPDATE_HOW = "update them as counsel_app/i18n/README.md says (lupdate, translate, lrelease)"


def ts_messages(path: Path = TS) -> list[tuple[str, str, str, str | None, ET.Element]]:
    """(context, source, disambiguation comment, translation, <translation>) of the live messages."""
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr.get("type") in ("obsolete", "vanished"):
                continue
            out.append((name, msg.findtext("source"), msg.findtext("comment") or "", tr.text, tr))
    return out


@pytest.fixture
def english(qapp):
    """Starts and ends in English, whatever the test installs."""
    install_translator(qapp, "en")
    yield qapp
    install_translator(qapp, "en")
    assert QCoreApplication.translate("PresenterWindow", "Next") == "Next"


@pytest.fixture
def chinese(english):
    assert install_translator(english, "zh")
    return english


# -- the files -------------------------------------------------------------------------------
def test_every_message_has_a_finished_chinese_translation():
    messages = ts_messages()
    assert len(messages) > 50
    unfinished = [(c, s) for c, s, _, text, tr in messages if not (text or "").strip() or tr.get("type")]
    assert not unfinished, f"not translated in {TS.name}: {unfinished}"


def test_translations_keep_placeholders_shortcuts_and_file_patterns():
    for context, source, _, text, _ in ts_messages():
        where = f"{context}/{source!r} -> {text!r}"
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), where
        assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), where
        assert re.findall(r"\(\*\.[^)]*\)", source) == re.findall(r"\(\*\.[^)]*\)", text), where


def test_the_shipped_qm_has_exactly_the_translations_of_the_ts():
    """The .qm is built output we ship; it must not lag behind the .ts (whatever the file times say)."""
    assert QM.is_file(), f"{QM} is missing: {UPDATE_HOW}"
    qm = QTranslator()
    assert qm.load(str(QM))
    stale = [(c, s) for c, s, comment, text, _ in ts_messages() if qm.translate(c, s, comment or None) != text]
    assert not stale, f"{QM.name} is older than {TS.name} for {stale}: {UPDATE_HOW}"


def _lupdate() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    return str(beside) if beside.exists() else shutil.which("pyside6-lupdate")


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate not installed")
def test_the_ts_has_every_string_of_the_interface(tmp_path):
    """A new self.tr(...) in counsel_app/qt needs its Chinese before it ships."""
    fresh = tmp_path / "fresh_zh_CN.ts"
    sources = sorted(str(p) for p in (REPO / "counsel_app" / "qt").glob("*.py"))
    subprocess.run([_lupdate(), *sources, "-ts", str(fresh), "-locations", "none", "-silent"],
                   check=True, capture_output=True, timeout=120)
    wanted = {(c, s, k) for c, s, k, _, _ in ts_messages(fresh)}
    have = {(c, s, k) for c, s, k, _, _ in ts_messages()}
    assert not wanted - have, f"new strings not in {TS.name}: {sorted(wanted - have)}: {UPDATE_HOW}"


# -- the translators --------------------------------------------------------------------------
def test_chinese_translator_translates_and_is_idempotent(english):
    assert install_translator(english, "zh")
    assert QCoreApplication.translate("PresenterWindow", "Next") == "下一页"
    assert QCoreApplication.translate("Menus", "End counselling...") == "结束宣教…"
    count = len(translations._installed)
    assert install_translator(english, "zh")
    assert install_translator(english, "zh_CN")
    assert len(translations._installed) == count


def test_english_removes_the_translators(chinese):
    assert install_translator(chinese, "en") is False
    assert translations._installed == []
    assert QCoreApplication.translate("PresenterWindow", "Next") == "Next"
    assert install_translator(chinese, "en") is False


def test_presenter_window_built_after_installing_is_chinese(chinese, qtbot):
    from counsel_app.qt.presenter_window import PresenterWindow

    window = PresenterWindow()
    qtbot.addWidget(window)
    assert window.next_label.text() == "下一页"
    assert window.current_label.text() == "患者看到的画面"
    window.set_warnings([])
    assert window.warnings.item(0).text() == "未发现问题"


def test_presenter_window_is_english_again_after_en(chinese, qtbot):
    from counsel_app.qt.presenter_window import PresenterWindow

    install_translator(chinese, "en")
    window = PresenterWindow()
    qtbot.addWidget(window)
    assert window.next_label.text() == "Next"
    assert window.current_label.text() == "The patient sees"


def _actions(parent) -> dict[Command, QAction]:
    return {c: QAction(c.value, parent) for c in Command}


def test_keys_dialog_labels_are_chinese(chinese, qtbot):
    from counsel_app.qt.keys_dialog import KeysDialog

    parent = QMainWindow()
    qtbot.addWidget(parent)
    dialog = KeysDialog(_actions(parent), parent)
    does = {d for _keys, d in dialog.rows}
    assert {"下一页", "黑屏（再按一次恢复）", "结束宣教：生成记录摘要", "下一位患者：新的就诊，新的记录"} <= does
    headings = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"<b>翻页</b>", "<b>患者屏幕</b>", "<b>本次就诊</b>"} <= headings
    assert dialog.windowTitle() == "快捷键"


def test_menus_are_chinese(chinese, qtbot):
    from counsel_app.qt.menus import build_menus

    window = QMainWindow()
    qtbot.addWidget(window)
    actions = _actions(window)
    stub = SimpleNamespace(settings=SimpleNamespace(theme="light"), placement=SimpleNamespace(patient=None),
                           files=SimpleNamespace(import_dialog=lambda: None, handout_dialog=lambda: None,
                                                 print_dialog=lambda: None),
                           set_theme=lambda _n: None, choose_patient_screen=lambda _n: None,
                           set_rehearsal=lambda _on: None, set_lang=lambda _c: None)
    menus = build_menus(window, actions, stub)
    assert menus["file"].title() == "文件(&F)"
    assert actions[Command.END_COUNSELLING].text() == "结束宣教…"
    assert actions[Command.BLACK].text() == "黑屏"


@pytest.mark.skipif(not QTranslator().load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                    reason="Qt's own Chinese translation is not installed")
def test_standard_buttons_are_chinese_too(chinese, qtbot):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {b.text() for b in box.buttons()}
    assert "取消" in texts and "Cancel" not in texts


def test_file_dialogs_are_fully_chinese(chinese, qtbot):
    """Qt's own translation lacks Qt 6's "&Look in:" and "Files of &type:"; ours carries them."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(None, "t", "", "Decks (*.md)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [re.sub(r"\(&\w\)", "", label.text()) for label in dialog.findChildren(QLabel)]  # mnemonics aside
    assert labels and all(not any(c.isascii() and c.isalpha() for c in t) for t in labels), labels


def test_keys_sheet_names_return_and_enter_once_in_chinese(chinese, qtbot):
    """Qt calls both Return and Enter "回车" in Chinese: the sheet shows the name once, both keys work."""
    from counsel_app.core.keys import DEFAULT_KEYS
    from counsel_app.qt.keys_dialog import KeysDialog
    from counsel_app.qt.menus import make_actions

    parent = QMainWindow()
    qtbot.addWidget(parent)
    actions = make_actions(DEFAULT_KEYS, parent)
    assert len(actions[Command.ENTER].shortcuts()) == 2
    dialog = KeysDialog(actions, parent)
    for keys, does in dialog.rows:
        names = keys.split(", ")
        assert len(names) == len(set(names)), (keys, does)
    enter = next(k for k, d in dialog.rows if d == QCoreApplication.translate("KeysDialog", "Next, or go to the typed slide number"))
    assert enter.count("回车") <= 1 and enter


def _menu_stub(lang: str = "") -> SimpleNamespace:
    chosen: list[str] = []
    stub = SimpleNamespace(settings=SimpleNamespace(theme="light", lang=lang), placement=SimpleNamespace(patient=None),
                           files=SimpleNamespace(import_dialog=lambda: None, handout_dialog=lambda: None,
                                                 print_dialog=lambda: None),
                           set_theme=lambda _n: None, choose_patient_screen=lambda _n: None,
                           set_rehearsal=lambda _on: None, set_lang=chosen.append, chosen=chosen)
    return stub


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_language_menu_ticks_the_current_language(english, qtbot, lang):
    from counsel_app.qt.menus import build_menus

    install_translator(english, lang)
    window = QMainWindow()
    qtbot.addWidget(window)
    stub = _menu_stub("zh")
    build_menus(window, _actions(window), stub)
    langs = {a.objectName(): a for a in window.findChildren(QAction) if a.objectName().startswith("lang-")}
    assert set(langs) == {"lang-system", "lang-zh", "lang-en"}
    assert all(a.isCheckable() for a in langs.values())
    assert [n for n, a in langs.items() if a.isChecked()] == ["lang-zh"]
    langs["lang-en"].trigger()  # switching: the tick moves, only one is ticked
    assert stub.chosen == ["en"]
    assert [n for n, a in langs.items() if a.isChecked()] == ["lang-en"]


_ALLOWED_HALF_WIDTH = re.compile(r"\(&\w\)|\(\*\.[^)]*\)")  # accelerators "(&F)" and file patterns "(*.md)"


def test_chinese_translations_use_chinese_ellipsis_and_brackets():
    """Chinese UI text uses "…" and full-width （）; the English source strings stay as they are."""
    bad = []
    for context, source, _, text, _ in ts_messages():
        text = text or ""
        if not re.search(r"[\u4e00-\u9fff]", text):
            continue
        rest = _ALLOWED_HALF_WIDTH.sub("", text)
        if "..." in text or "(" in rest or ")" in rest:
            bad.append((context, source, text))
    assert not bad, f"Chinese translations with '...' or half-width brackets: {bad}"


def test_the_consoles_notes_label_a_teach_back_question_in_chinese(chinese, qtbot):
    from PySide6.QtCore import QSize

    from counsel_app.core.deck import parse_deck
    from counsel_app.core.session import Session
    from counsel_app.core.themes import theme
    from counsel_app.qt.presenter_window import PresenterWindow
    from counsel_app.qt.stage import Stage

    deck = parse_deck("# 欢迎\n\n<!-- 先问好 -->\n\n<!-- teach-back: 回家后每天要做哪几件事? -->\n")
    window = PresenterWindow()
    qtbot.addWidget(window)
    window.set_deck(deck)
    frame = Session(deck).frame
    stage = Stage(lambda: (QSize(1280, 720), 0.0))
    stage.theme = theme("light")
    window.show_frame(frame, stage.layouts(frame), theme("light"))
    assert window.notes.toPlainText() == "先问好\n\n复述确认问题：回家后每天要做哪几件事?"
    assert "teach-back" not in window.notes.toPlainText()
