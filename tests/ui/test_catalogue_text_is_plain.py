"""Catalogue text is data: with every name, description, caution and citation carrying markup, no widget in
any view renders that markup (a label, a tooltip, a text browser or a table cell)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTextEdit, QWidget

from dermacounsel.services.catalogue import Catalogue
from dermacounsel.ui.app import make_application
from dermacounsel.ui.main_window import MainWindow
from tests.conftest import REPO

#: Appended to every catalogue text. Rendered as markup it would show "SAFE" in bold without its tags,
#: make Qt open /etc/passwd, and end a comment that hides what follows.
HOSTILE = ' <b>SAFE</b><img src="file:///etc/passwd"> $\\foo{$'
TEXT_FIELDS = {
    "name", "title", "citation", "description", "text", "notes", "note", "basis", "reason", "full_name",
    "feature", "action", "meaning", "label", "inference_note", "reading_note", "target_cells",
    "expected_effects",
}  # fmt: skip


def _poisoned(value: Any) -> Any:
    if isinstance(value, str):
        return value + HOSTILE
    if isinstance(value, dict):
        # every language's text; the record of where a translation came from is not a text
        return {language: text if language.endswith("_source") else text + HOSTILE for language, text in value.items()}
    if isinstance(value, list):
        return [_poisoned(item) for item in value]
    return value


def _poison(node: Any, section: str = "") -> Any:
    """Every user-visible text of a catalogue document with HOSTILE appended; keys left alone."""
    if isinstance(node, list):
        return [_poison(item, section) for item in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for name, value in node.items():
        if name in TEXT_FIELDS or (name == "effects" and section == "exosome_origins"):
            out[name] = _poisoned(value) if not isinstance(value, dict) or "source" not in value else _poison(value)
        else:
            out[name] = _poison(value, section or name)
    return out


def hostile_catalogue(folder: Path) -> Path:
    document = json.loads((REPO / "db" / "catalogue.json").read_text(encoding="utf-8"))
    path = folder / "hostile.json"
    path.write_text(json.dumps(_poison(document), ensure_ascii=False), encoding="utf-8")
    return path


def _rendered(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What Qt draws for `text` in a place with this format."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _model_tooltips(view: QAbstractItemView) -> Iterator[str]:
    """Every cell's tooltip (the views' models are tables and lists, none a tree)."""
    model = view.model()
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list widget's model, whose columnCount is private
        columns = 1
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield tip


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(widget description, the text it draws) for every label, tooltip, text browser and item tooltip."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        if widget.toolTip():
            yield f"{where} tooltip", _rendered(widget.toolTip())
        if isinstance(widget, QLabel):
            yield where, _rendered(widget.text(), widget.textFormat())
        elif isinstance(widget, QTextEdit):
            yield where, widget.toPlainText()
        elif isinstance(widget, QAbstractItemView):
            for tip in _model_tooltips(widget):
                yield f"{where} item tooltip", _rendered(tip)


def markup_rendered(root: QWidget) -> tuple[list[str], set[str]]:
    """Widgets that rendered the hostile markup, and those that showed it literally."""
    bad, literal = [], set()
    for where, text in shown_texts(root):
        if text.count("SAFE") != text.count("<b>SAFE</b>") or text.count("passwd") != text.count(
            '<img src="file:///etc/passwd">'
        ):
            bad.append(f"{where}: {text[:160]!r}")
        elif "<b>SAFE</b>" in text:
            literal.add(where)
    return bad, literal


@pytest.fixture
def hostile_window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    database = Catalogue.open(tmp_path / "hostile.sqlite3", seed=hostile_catalogue(tmp_path))
    make_application()
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    database.close()


def _exercise(window: MainWindow, key: str) -> None:
    """Bring up the states of a view where catalogue text is shown: selections, details, a comparison."""
    window.show_view(key)
    view: Any = window.current_view()
    if key == "compare":
        amnio = next(name for name in view.all_names if name.startswith("AmnioGenics"))
        view.set_products([amnio, *[name for name in view.all_names if name != amnio][:2]])
        for row in range(view.model.rowCount()):
            view.table.setCurrentIndex(view.model.index(row, 0))
            if "<b>SAFE</b>" in view.detail.text() or "&lt;b&gt;SAFE" in view.detail.text():
                break
    elif key == "growth-factors":
        view.set_selection([factor.key for factor in view.factors[:3]])
        view.rank_effect(0)
    elif key == "counselling":
        view.set_concerns(list(view.all_concerns)[:3])
    elif key == "explorer":
        view.select_region("dermis")
        view.set_procedure(next(iter(view.procedures)))
    elif key == "ingredients":
        for index in range(view.tabs.count()):
            view.show_tab(index)
    elif key == "procedures":
        view.table.selectColumn(1)


def test_no_view_renders_markup_from_the_catalogue(qtbot, hostile_window: MainWindow) -> None:
    window = hostile_window
    window.set_edit_mode(True)
    shown: set[str] = set()
    for key in window.view_keys():
        _exercise(window, key)
        qtbot.wait(10)
        bad, literal = markup_rendered(window)
        assert not bad, f"view {key!r} renders catalogue markup in:\n" + "\n".join(bad)
        shown |= {f"{key}: {where}" for where in literal}
    # the test saw the hostile text where it matters most: on the patient screen's chips and caution box
    assert "compare: QLabel chipName" in shown and "compare: QLabel cautionBanner" in shown, sorted(shown)
    assert any(where.startswith("compare: QLabel detailLine") for where in shown), sorted(shown)
    assert any(where.startswith("explorer: QTextBrowser") for where in shown), sorted(shown)
    assert len(shown) >= 12, sorted(shown)


def test_the_chart_draws_dollar_signs_as_written(tmp_path: Path) -> None:
    """Mathtext in a name (a malformed `$\\foo{$`, a price "($30) / ($45)") neither crashes the chart nor
    is typeset: every text holding a "$" is drawn as written."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text

    from dermacounsel.charts.radar import RadarChart, Series

    with Catalogue.open(tmp_path / "hostile.sqlite3", seed=hostile_catalogue(tmp_path)) as catalogue:
        scale = catalogue.rating_scale()
        cards = [card for card in catalogue.growth_factor_cards() if card.rated]
    effects = [rating.effect for rating in cards[0].ratings]
    assert all(HOSTILE in effect for effect in effects)
    chart = RadarChart(effects, scale)
    levels = tuple([1] * len(effects))
    chart.show([Series("kit", "Kit ($30) / Kit ($45)" + HOSTILE, levels, "#123456")])
    FigureCanvasAgg(chart.figure).draw()
    # what matplotlib draws for each text: (the characters, whether it typesets them as mathtext)
    drawn = [text._preprocess_math(text.get_text()) for text in chart.figure.findobj(Text) if text.get_text()]
    assert ("Kit ($30) / Kit ($45)" + HOSTILE, False) in drawn
    assert all(not math for _characters, math in drawn)
    unwrapped = [" ".join(characters.split()) for characters, _math in drawn]  # effect names are wrapped
    assert sum(HOSTILE in characters for characters in unwrapped) > len(effects)


def test_the_import_dialog_and_its_refusal_show_names_as_written(qtbot, monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget as Parent

    from dermacounsel.ui import catalogue_files
    from dermacounsel.ui.plain_text import literal

    make_application()
    parent = Parent()
    qtbot.addWidget(parent)
    lines = ["1 added (nothing written)", f"Added: product Zeta{HOSTILE}"]
    dialog = catalogue_files.ImportConfirmation(tmp_path / "x <b>SAFE</b>.json", lines, lines, parent)
    qtbot.addWidget(dialog)
    bad, literal_widgets = markup_rendered(dialog)
    assert not bad and literal_widgets == {"QLabel"}, (bad, literal_widgets)
    # a refusal quoting the file's text goes through `literal`, which a message box shows as written
    message = f"Nothing was changed.\n\nproducts[0].name: duplicate product name 'Zeta{HOSTILE}'"
    assert _rendered(literal(message)).replace("\n", " ").split() == message.replace("\n", " ").split()


def test_chart_and_sheet_draw_a_mathtext_name_as_written(database_path: Path, tmp_path: Path, capsys) -> None:
    """`$\\foo{$` in a product name crashed `chart` and `sheet` (ParseFatalException)."""
    from dermacounsel.cli import main

    data = json.loads((REPO / "db" / "catalogue.json").read_text(encoding="utf-8"))
    name = "Kit $\\foo{$ ($30)"
    data["products"].append(
        {
            "name": name,
            "components": [{"kind": "growth-factor", "name": "EGF", "growth_factor": "EGF"}],
            "source": "article",
        }
    )
    clinic = tmp_path / "clinic.json"
    clinic.write_text(json.dumps(data), encoding="utf-8")
    db = ["--db", str(database_path)]
    assert main([*db, "import", str(clinic)]) == 0
    assert main([*db, "chart", "--product", name, "--out", str(tmp_path / "chart.svg")]) == 0
    assert main([*db, "sheet", "--product", name, "--product", "Benev", "--out", str(tmp_path / "sheet.pdf")]) == 0
    assert "Traceback" not in capsys.readouterr().err
    assert (tmp_path / "chart.svg").stat().st_size > 0 and (tmp_path / "sheet.pdf").stat().st_size > 0


def test_a_gloss_is_shown_on_hover_as_written_and_terms_in_links_are_left_alone() -> None:
    """The glossary is catalogue text: a gloss holding markup is shown literally in its tooltip, and a
    term inside a link or a tag is not touched."""
    from dermacounsel.domain.glossary import glossary
    from dermacounsel.ui.plain_text import glossed_html

    glosses = glossary({"term-x": "Apoptosis: <b>orderly</b> removal & renewal.", "term-y": "ECM: the web."})
    html = glossed_html(
        '<p>Apoptosis and ecm, <a href="x:apoptosis">Apoptosis</a> <i class="ECM">ECMs</i></p>', glosses
    )
    assert '<i class="ECM">ECMs</i>' in html and 'href="x:apoptosis">Apoptosis</a>' in html
    document = QTextDocument()
    document.setHtml(html)
    tips = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            tips.append((fragment.text(), fragment.charFormat().toolTip()))
            iterator += 1
        block = block.next()
    tipped = {text: tip for text, tip in tips if tip}
    assert set(tipped) == {"Apoptosis", "ecm"}
    shown = QTextDocument()
    shown.setHtml(tipped["Apoptosis"])  # Qt's tooltip reads it as rich text: it must draw the characters
    assert shown.toPlainText() == "Apoptosis: <b>orderly</b> removal & renewal"
    assert tipped["ecm"] == "ECM: the web"
