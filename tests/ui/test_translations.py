"""The Japanese translation of the interface: complete, current, compiled, found by pyside6-lupdate, and
installed together with Qt's own."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from dermacounsel.ui import language

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "dermacounsel"
TRANSLATIONS = REPO / "resources" / "translations"
TS = TRANSLATIONS / "dermacounsel_ja.ts"
QM = TRANSLATIONS / "dermacounsel_ja.qm"
TOOLS = Path(sys.executable).parent
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# Calls that put text on screen: a literal with letters given to one of them bypasses translation.
TEXT_SETTERS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "setStatusTip",
    "setTitle",
    "setAccessibleName",
    "showMessage",
    "setLabelText",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolButton",
}
NOT_WORDS = {"DermaCounsel", "acid", "depth", "Language / 言語"}  # the name; probes; the bilingual switch


def tool(name: str) -> str:
    found = TOOLS / name
    return str(found) if found.exists() else (shutil.which(name) or pytest.fail(f"{name} is not installed"))


def python_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def call_name(node: ast.Call) -> str | None:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def test_lupdate_finds_no_new_unfinished_or_obsolete_entry(tmp_path: Path) -> None:
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    run = subprocess.run(
        [tool("pyside6-lupdate"), *map(str, python_files()), "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "(0 new and" in run.stdout, run.stdout
    states = [(context, m.findtext("source"), m.find("translation").get("type")) for context, m in messages(copy)]
    assert states, "lupdate found no strings"
    unfinished = [(c, s) for c, s, state in states if state in ("unfinished", "obsolete", "vanished")]
    assert not unfinished, f"{len(unfinished)} entries need a translation or are gone from the code: {unfinished}"
    # a plural message (numerus="yes") holds its text in <numerusform> children, one per plural form
    empty = [
        (c, m.findtext("source"))
        for c, m in messages(copy)
        if not "".join(m.find("translation").itertext()).strip()
        or any(not (form.text or "").strip() for form in m.iter("numerusform"))
    ]
    assert not empty


def test_every_translation_keeps_its_placeholders() -> None:
    for context, message in messages(TS):
        source, translation = message.findtext("source") or "", message.findtext("translation") or ""
        placeholders = sorted(re.findall(r"\{[^}]*\}", source))
        assert placeholders == sorted(re.findall(r"\{[^}]*\}", translation)), (context, source)
        assert source.count("&") == translation.count("&"), (context, source)  # the menus' mnemonics


def test_the_compiled_qm_matches_the_ts(tmp_path: Path) -> None:
    compiled = tmp_path / QM.name
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(compiled)], capture_output=True, check=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on the .ts and commit the .qm"


def test_lupdate_can_see_every_translated_literal() -> None:
    """lupdate reads no f-string: a tr() inside one is never offered for translation. And every literal
    handed to tr/translate is one that lupdate extracted."""
    found = {m.findtext("source") for _context, m in messages(TS)}
    hidden, missing = [], []
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                hidden += [
                    f"{path.name}:{sub.lineno}"
                    for sub in ast.walk(node)
                    if isinstance(sub, ast.Call) and call_name(sub) in ("tr", "translate")
                ]
            if isinstance(node, ast.Call) and call_name(node) in TRANSLATING and node.args:
                text = node.args[0] if call_name(node) in ("tr", "QT_TR_NOOP") else node.args[-1]
                if isinstance(node.func, ast.Attribute) and node.func.attr == "translate" and len(node.args) != 2:
                    continue  # QPainter.translate(x, y)
                if isinstance(text, ast.Constant) and isinstance(text.value, str) and text.value not in found:
                    missing.append(f"{path.name}:{node.lineno} {text.value!r}")
    assert not hidden, f"tr() inside an f-string, invisible to lupdate: {hidden}"
    assert not missing, missing


def test_no_widget_text_is_set_from_an_untranslated_literal() -> None:
    raw = []
    for path in python_files():
        if "ui" not in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and call_name(node) in TEXT_SETTERS and node.args:
                first = node.args[0]
                parts = first.values if isinstance(first, ast.JoinedStr) else [first]
                for part in parts:
                    if isinstance(part, ast.Constant) and isinstance(part.value, str):
                        words = re.sub(r"<[^>]*>", "", part.value)
                        if re.search(r"[A-Za-z]{2,}", words) and words.strip() not in NOT_WORDS:
                            raw.append(f"{path.name}:{node.lineno} {part.value!r}")
    assert not raw, raw


def test_japanese_installs_the_apps_and_qts_own_translations(japanese: None) -> None:
    assert QCoreApplication.translate("MainWindow", "&File") == "ファイル(&F)"
    assert QCoreApplication.translate("views", "Compare") == "比較"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"  # Qt's own dialogs
    language.install_translators("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_wheel_ships_the_compiled_translation() -> None:
    # resources/ is force-included into the wheel as dermacounsel/resources (pyproject.toml)
    assert Path(language.translations_dir(), QM.name).is_file()


def test_the_main_window_switches_to_japanese_and_back_live(qtbot, catalogue) -> None:  # type: ignore[no-untyped-def]
    from dermacounsel.ui.main_window import MainWindow

    window = MainWindow(catalogue)
    qtbot.addWidget(window)
    window.show()
    window.show_view("compare")
    try:
        window.language_switch.setCurrentIndex(window.language_switch.findData("ja"))
        assert window.language == "ja" and catalogue.language == "ja"
        assert language.chosen_language() == "ja"  # remembered
        assert [action.text() for action in window.menuBar().actions()][0] == "ファイル(&F)"
        assert window.navigation.item(window.view_keys().index("compare")).text() == "比較"
        assert window.current_view_key() == "compare" and window.current_view().isVisible()
        assert "ベネブ" in catalogue.product_names()
        window.set_language("en")
        assert [action.text() for action in window.menuBar().actions()][0] == "&File"
        assert "ベネブ" not in catalogue.product_names()
    finally:
        language.install_translators("en")
        language.remember_language("en")


#: Kana, kanji, Japanese punctuation and full-width forms: what an ASCII colon must not follow in Japanese.
JAPANESE_CHARACTER = r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uffef]"


def ascii_colons_after_japanese(text: str) -> list[str]:
    return re.findall(JAPANESE_CHARACTER + r"[)）」』]?\s*:", text)


def test_ascii_colon_after_japanese_is_found() -> None:
    assert ascii_colons_after_japanese("主な特徴: ヒアルロン酸") and ascii_colons_after_japanese("エラー:")
    assert not ascii_colons_after_japanese("主な特徴：ヒアルロン酸") and not ascii_colons_after_japanese(
        "{prog}: エラー"
    )


def test_no_japanese_translation_puts_an_ascii_colon_after_japanese() -> None:
    """A Japanese label ends in the full-width "：" with no space after it ("主な特徴：", not "主な特徴: ")."""
    found = []
    for context, message in messages(TS):
        for text in ["".join(message.find("translation").itertext())]:
            found += [(context, message.findtext("source"), hit) for hit in ascii_colons_after_japanese(text)]
    assert not found, found


def test_no_japanese_phrasing_template_puts_an_ascii_colon_after_japanese() -> None:
    from dermacounsel.domain.phrasing import TEMPLATES

    found = [(key, text) for key, text in TEMPLATES["ja"].items() if ascii_colons_after_japanese(text)]
    assert not found, found


def test_a_label_and_its_text_are_joined_by_the_languages_own_colon(japanese: None) -> None:
    assert language.label_colon() == "："
    language.install_translators("en")
    assert language.label_colon() == ": "
