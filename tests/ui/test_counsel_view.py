"""The counselling view through pytest-qt, the advise command and the printed summary."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from dermacounsel.cli import main
from dermacounsel.services.catalogue import Catalogue
from dermacounsel.storage.database import CatalogueDatabase
from dermacounsel.ui.counsel_view import CounselView
from dermacounsel.ui.printing import ExportPdfDialog, PrintOptionsDialog, PrintPreview


@pytest.fixture
def view(show, database: CatalogueDatabase) -> CounselView:
    return show(CounselView(Catalogue(database)), 1280, 800)


def concern_rows(view: CounselView):
    return [view.available.item(r) for r in range(view.available.count())]


def test_picking_and_ordering_concerns_reranks(qtbot, view) -> None:
    assert view.result is None and "Add the patient's concerns" in view.panels["products"].toPlainText()
    # said once, not the same sentence in four empty boxes
    assert sum("Add the patient" in panel.toPlainText() for panel in view.panels.values()) == 1
    hair = next(item for item in concern_rows(view) if item.text() == "Thinning hair")
    view.available.setCurrentItem(hair)
    qtbot.keyClick(view.available, Qt.Key.Key_Return)
    assert view.concerns() == ["hair-thinning"]
    assert hair.checkState() == Qt.CheckState.Checked  # it stays where it was, ticked
    view.add_concern("deep-wrinkles")
    assert view.panels["growth_factors"].toPlainText().startswith("Growth factors\n1. IGF-1\n")
    view.chosen.setCurrentRow(1)
    qtbot.mouseClick(view.up, Qt.MouseButton.LeftButton)
    assert view.concerns() == ["deep-wrinkles", "hair-thinning"]
    # FGF and PDGF: one sentence of the article each for deep wrinkles, shown as the tie they are
    assert (
        view.panels["growth_factors"]
        .toPlainText()
        .startswith("Growth factors\n1. FGF · PDGF — equally suited; alphabetical")
    )
    qtbot.mouseClick(view.remove, Qt.MouseButton.LeftButton)
    assert len(view.concerns()) == 1


def test_a_click_ticks_a_concern_and_the_list_never_moves_under_the_pointer(qtbot, view) -> None:
    names = [item.text() for item in concern_rows(view)]
    places = [view.available.visualItemRect(item) for item in concern_rows(view)]
    picked = []
    for row in (3, 4, 0):  # clicking one after another where the names are shown
        item = view.available.item(row)
        qtbot.mouseClick(view.available.viewport(), Qt.MouseButton.LeftButton, pos=places[row].center())
        picked.append(item.data(Qt.ItemDataRole.UserRole))
        assert [i.text() for i in concern_rows(view)] == names
        assert [view.available.visualItemRect(i) for i in concern_rows(view)] == places
    assert view.concerns() == picked
    qtbot.mouseClick(view.available.viewport(), Qt.MouseButton.LeftButton, pos=places[4].center())
    assert view.concerns() == [picked[0], picked[2]]  # a second click unticks it


def test_results_are_one_scrolling_column_without_inner_scroll_bars(qtbot, view) -> None:
    view.set_concerns(["fine-lines", "sagging", "dryness"])
    qtbot.wait(50)
    for key, panel in view.panels.items():
        assert panel.verticalScrollBar().maximum() == 0, key  # its whole text shows
        assert panel.isVisible()
    holder = view.results.widget()
    tops = [panel.mapTo(holder, panel.rect().topLeft()).y() for panel in view.panels.values()]
    assert tops == sorted(tops)  # one under the other
    assert view.results.verticalScrollBar().maximum() > 0  # the column scrolls as a whole
    assert holder.layout().indexOf(view.why) < holder.layout().count() - 1  # room after it: plan_slot


def test_results_link_to_their_views(qtbot, view) -> None:
    view.set_concerns(["deep-wrinkles"])
    html = view.panels["products"].toHtml()
    assert 'href="app:compare/products/Benev|Premium%20Cell|AmnioGenics"' in html or "compare/products/" in html
    with qtbot.waitSignal(view.navigate) as followed:
        view.panels["growth_factors"].anchorClicked.emit(
            __import__("PySide6.QtCore").QtCore.QUrl("app:growth-factors/factor/FGF")
        )
    assert followed.args == ["growth-factors/factor/FGF"]
    assert "How they are ranked:" in view.rule.text()


def test_patient_screen_shows_no_scores_and_the_doctor_can_open_the_why(qtbot, view) -> None:
    view.set_concerns(["fine-lines"])
    assert "1. Benev · Premium Cell · REJURAN — equally suited; alphabetical" in view.panels["products"].toPlainText()
    view.set_concerns(["fine-lines", "redness"])
    products = view.panels["products"].toPlainText()
    assert "score" not in products and "count" not in products
    assert "named by the article" not in products
    # the product's listing and the article's words: two sentences, the words quoted, the app's links marked
    assert "Fine lines: it lists EGF, among others. The article says of EGF: “Thicker" in products
    assert "; A" not in products and "; An" not in products
    assert "(Linked to this concern by this app, not by the article.)" in products
    procedures = view.panels["procedures"].toPlainText()
    assert "IV drip" not in procedures and "Redness:" not in procedures
    assert "not a treatment for redness" in procedures
    notes = view.notes.text()
    assert "exosomes only" in notes and "varies from person to person" in notes and "take time to show" in notes
    view.why.setChecked(True)
    assert "count" in view.panels["products"].toPlainText() and "In detail:" in view.rule.text()


def test_facial_lift_is_said_plainly_and_prp_fgf_is_marked(qtbot, view) -> None:
    view.set_concerns(["facial-lift", "pores"])
    procedures = view.panels["procedures"].toPlainText()
    assert "None of the article's procedures reaches the muscle layer" in procedures
    assert "Babyskin" not in view.panels["products"].toPlainText()
    cell = view.panels["growth_factors"].toPlainText()
    assert "PRP + FGF (inferred)" in cell and "own blood" in cell


def test_summary_pdf_with_a_patient_name_stores_nothing(view, database_path: Path, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "summary.pdf"
    titles = []
    monkeypatch.setattr(
        PrintOptionsDialog,
        "ask",
        classmethod(lambda cls, paper, title, parent=None: titles.append(title) or ("Aiko Test", "a4")),
    )
    monkeypatch.setattr(
        ExportPdfDialog,
        "ask",
        classmethod(lambda cls, parent, suggested, title: titles.append((title, suggested)) or target),
    )
    before = hashlib.sha256(database_path.read_bytes()).hexdigest()
    view.set_concerns(["sagging", "redness"])
    view.export_pdf()
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    for expected in ("Aiko Test", "Sagging", "Redness", "Benev", "Dermapen", "varies from person to person"):
        assert expected in text, expected
    assert titles == [
        "Export the consultation summary as PDF",
        ("Export the consultation summary as PDF", "consultation-summary.pdf"),
    ]
    view.catalogue.close()
    assert hashlib.sha256(database_path.read_bytes()).hexdigest() == before


def test_print_previews_the_summary_under_its_own_title(qtbot, view, tmp_path: Path, monkeypatch) -> None:
    asked, opened = [], []
    monkeypatch.setattr(
        PrintOptionsDialog,
        "ask",
        classmethod(lambda cls, paper, title, parent=None: asked.append(title) or ("", paper)),
    )
    monkeypatch.setattr(
        PrintPreview,
        "open",
        classmethod(lambda cls, printer, paint, parent, title: opened.append((printer, paint, title))),
    )
    view.set_concerns(["deep-wrinkles"])
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)  # Ctrl+P: tests/ui/test_keyboard.py
    assert asked == ["Print the consultation summary"]
    [(printer, paint, title)] = opened
    assert title == "Print preview: consultation summary"
    printer.setOutputFormat(printer.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = paint(printer)
    reader = PdfReader(tmp_path / "printed.pdf")
    assert len(reader.pages) == pages >= 1
    assert "Your consultation" in " ".join(reader.pages[0].extract_text().split())


def test_advise_command_text_json_and_pdf(database_path: Path, tmp_path: Path, capsys) -> None:
    assert main(["--db", str(database_path), "advise", "--concern", "hair-thinning", "--concern", "dryness"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Concerns, most important first: Thinning hair, Dryness")
    assert "Growth factors:\n  1. IGF-1\n" in out and "  2. EGF\n" in out  # thinning hair counts twice
    assert "score" not in out
    assert "What to expect:" in out and "varies from person to person" in out
    assert main(["--db", str(database_path), "advise", "--concern", "deep-wrinkles", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    ranked = ["growth_factors", "cell_derived", "treatments", "products", "ingredients", "procedures"]
    assert list(data) == ["concerns", *ranked, "unreached", "notes", "edited_by_clinic", "equals_ordered"]
    assert {item["key"] for item in data["growth_factors"] if item["standing"] == 1} == {"FGF", "PDGF"}
    assert all(item["reasons"] and item["score"] > 0 for key in ranked for item in data[key])
    assert data["treatments"][0]["inferred"] and data["treatments"][0]["name"] == "PRP + FGF (inferred)"
    assert "iv-drip" not in [item["key"] for item in data["procedures"]]
    out_pdf = tmp_path / "summary.pdf"
    assert (
        main(
            ["--db", str(database_path), "advise", "--concern", "scars", "--patient", "Ken Test", "--out", str(out_pdf)]
        )
        == 0
    )
    assert "Ken Test" in " ".join(PdfReader(out_pdf).pages[0].extract_text().split())


def test_printed_summary_says_what_nothing_reaches_the_expectation_and_no_scores(
    view, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "lift.pdf"
    monkeypatch.setattr(PrintOptionsDialog, "ask", classmethod(lambda cls, paper, title, parent=None: ("", "a4")))
    monkeypatch.setattr(ExportPdfDialog, "ask", classmethod(lambda cls, parent, suggested, title: target))
    view.set_concerns(["facial-lift", "redness", "texture"])
    view.export_pdf()
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    for expected in (
        "nothing here is recommended for a facial lift",
        "not a treatment for redness",
        "exosomes only",
        "What to expect: functional ingredients act at once but wear o",  # "ﬀ" is one glyph in the PDF
        "varies from person to person",
        "equally suited",
        "Clinic's note",
        "Words used here",
    ):
        assert expected in text, expected
    assert "score" not in text.lower() and "IV drip reaches" not in text and "Babyskin" not in text


def test_advise_refuses_unknown_concerns_in_one_line(database_path: Path, capsys) -> None:
    assert main(["--db", str(database_path), "advise", "--concern", "wrinkles"]) == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith(
        "dermacounsel: error: unknown concern 'wrinkles' (did you mean 'deep-wrinkles'?); valid: fine-lines, "
    )
    assert len(error.splitlines()) == 1


def test_render_counsel(database_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "counsel.png"
    assert (
        main(
            [
                "--db",
                str(database_path),
                "render",
                "counsel",
                "--concern",
                "texture",
                "--concern",
                "pores",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert QImage(str(out)).size().toTuple() == (1280, 800)


def test_the_plan_marked_at_the_desk_is_printed_and_forgotten(qtbot, view, tmp_path: Path, monkeypatch) -> None:
    """The doctor picks a formulation and a procedure from the ranked options and types a note; the PDF
    prints them as "Your doctor's suggestion"; nothing of it reaches the settings, and a new consultation
    (the concerns cleared) starts without it."""
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(PrintOptionsDialog, "ask", classmethod(lambda cls, paper, title, parent=None: ("", "a4")))
    monkeypatch.setattr(ExportPdfDialog, "ask", classmethod(lambda cls, parent, suggested, title: target))
    view.set_concerns(["deep-wrinkles", "dryness"])
    picker = view.plan
    offered = [picker.product.itemText(i) for i in range(1, picker.product.count())]
    assert offered == [row.name for row in view.result.products]  # the ranked options, in order
    picker.product.setCurrentIndex(offered.index("REJURAN") + 1)
    picker.procedure.setCurrentIndex(picker.procedure.findData("vital-injector"))
    qtbot.keyClicks(picker.note, "Two sessions, four weeks apart")
    view.set_concerns(["deep-wrinkles", "dryness", "pores"])  # a choice still offered stays chosen
    assert picker.product.currentText() == "REJURAN"
    view.export_pdf()
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    for expected in (
        "Your doctor's suggestion",
        "REJURAN",
        "Vital Injector, your doctor's suggestion, reaches",
        "Two sessions, four weeks apart",
        "Doctor's signature",
    ):
        assert expected in text, expected
    for file in Path(os.environ["XDG_CONFIG_HOME"]).rglob("*"):
        if file.is_file():
            assert "four weeks" not in file.read_text(encoding="utf-8", errors="replace"), file
    view.set_concerns([])
    assert picker.plan()[0].empty and picker.product.count() == 1


def test_the_clinics_preferred_order_from_settings_orders_equals_everywhere(
    qtbot, view, database_path: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    """Settings offers the order equally suited products are shown in (alphabetical, or the clinic's,
    reordered with ▲ ▼), remembered; counselling, its printout and advise follow it and say which rule
    they used."""
    from dermacounsel.ui.settings import ClinicSettings, SettingsDialog

    view.set_concerns(["fine-lines"])
    assert "1. Benev · Premium Cell · REJURAN — equally suited; alphabetical" in view.panels["products"].toPlainText()
    assert "in alphabetical order" in view.rule.text()
    names = ["Benev", "Babyskin", "AmnioGenics", "Premium Cell", "REJURAN"]
    keys = ["benev", "babyskin", "amniogenics", "premium-cell", "rejuran"]
    dialog = SettingsDialog(ClinicSettings.load(), names, None, keys)
    qtbot.addWidget(dialog)
    assert dialog.order_rule.currentData() == "alphabetical" and not dialog.order.isEnabled()
    dialog.order_rule.setCurrentIndex(dialog.order_rule.findData("preferred"))
    assert dialog.order.isEnabled()
    dialog.order.setCurrentRow(4)  # REJURAN to the top
    for _ in range(4):
        qtbot.mouseClick(dialog.order_up, Qt.MouseButton.LeftButton)
    dialog.result_settings().save()
    assert ClinicSettings.load().preferred_order == ["rejuran", "benev", "babyskin", "amniogenics", "premium-cell"]
    view.refresh()
    products = view.panels["products"].toPlainText()
    assert "1. REJURAN · Benev · Premium Cell — equally suited; shown in the clinic's preferred order" in products
    assert "products in the clinic's preferred order (REJURAN, Benev, Babyskin, AmnioGenics, Premium Cell)" in (
        view.rule.text()
    )
    target = tmp_path / "ordered.pdf"
    monkeypatch.setattr(PrintOptionsDialog, "ask", classmethod(lambda cls, paper, title, parent=None: ("", "a4")))
    monkeypatch.setattr(ExportPdfDialog, "ask", classmethod(lambda cls, parent, suggested, title: target))
    view.export_pdf()
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert "REJURAN Benev Premium Cell equally suited; shown in the clinic's preferred order" in text
    assert "How these are listed" not in text  # the rule is for the screen; the sheet says "equally suited"
    # advise follows the setting, --order overrides it, and alphabetical is said as such
    capsys.readouterr()
    assert main(["--db", str(database_path), "advise", "--concern", "fine-lines", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [p["name"] for p in data["products"][:3]] == ["REJURAN", "Benev", "Premium Cell"]
    assert data["equals_ordered"]["preferred"][0] == "REJURAN"
    assert main(["--db", str(database_path), "advise", "--concern", "fine-lines", "--order", "premium-cell,Benev"]) == 0
    out = capsys.readouterr().out
    assert "1. Premium Cell · Benev · REJURAN — equally suited; shown in the clinic's preferred order" in out
    assert main(["--db", str(database_path), "advise", "--concern", "fine-lines", "--order", "alphabetical"]) == 0
    out = capsys.readouterr().out
    assert "1. Benev · Premium Cell · REJURAN — equally suited; alphabetical" in out and "in alphabetical order" in out
    assert main(["--db", str(database_path), "advise", "--concern", "fine-lines", "--order", "Benevv"]) == 1
    assert capsys.readouterr().err.strip().startswith("dermacounsel: error: --order: unknown product 'Benevv'")


def hover_tip(qtbot, panel, word: str) -> str:
    """The tooltip Qt's text control shows when the pointer rests on `word` in a text panel (the first place
    it occurs): the tooltip of the character under that point of the viewport."""
    from PySide6.QtGui import QTextCursor

    at = panel.toPlainText().find(word)
    assert at >= 0, word
    cursor = QTextCursor(panel.document())
    cursor.setPosition(at + len(word) // 2)
    panel.setTextCursor(cursor)
    panel.ensureCursorVisible()  # scrolled into view, where the pointer can rest on it
    point = panel.cursorRect(cursor).center()
    under = panel.cursorForPosition(point)
    under.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor)
    assert under.selectedText() and under.selectedText() in word
    return under.charFormat().toolTip()


def test_each_technical_term_explains_itself_on_hover(qtbot, view) -> None:
    """Not a tooltip for a whole panel: the term under the pointer shows its own plain words."""
    view.set_concerns(["fine-lines", "redness"])
    procedures = view.panels["procedures"]
    assert hover_tip(qtbot, procedures, "downtime").startswith("Downtime: the days after a treatment")
    assert procedures.toolTip() == ""
    assert hover_tip(qtbot, procedures, "Dermapen") == ""  # not a glossary term


@pytest.mark.parametrize("size", [(1146, 680), (1060, 640)])
def test_every_concern_name_is_shown_whole_beside_its_tick_box(qtbot, show, database, size) -> None:
    """'Dullness and pigment …' at 1366×768: a name that fitted the full row width was given one line,
    then painted beside the tick box, in less room, and cut. Each row is as tall as its wrapped name."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    view = show(CounselView(Catalogue(database)), *size)
    view.set_concerns(["deep-wrinkles", "dullness-spots"])
    qtbot.wait(50)
    for listing in (view.available, view.chosen):
        metrics = listing.fontMetrics()
        for row in range(listing.count()):
            index = listing.model().index(row, 0)
            option = QStyleOptionViewItem()
            option.initFrom(listing.viewport())
            listing.itemDelegate().initStyleOption(option, index)
            option.rect, option.widget, option.font = listing.visualRect(index), listing, listing.font()
            room = listing.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, listing)
            margin = listing.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, listing) + 1
            wrapped = QRect(0, 0, room.width() - 2 * margin, 100_000)
            needed = metrics.boundingRect(wrapped, int(Qt.TextFlag.TextWordWrap), option.text).height()
            assert needed <= room.height(), f"{option.text!r} needs {needed} px, has {room.height()}"


def test_a_statement_serving_two_concerns_is_shown_once_per_product(view) -> None:
    """Issue 15: FGF's sentence serves deep wrinkles and sagging; each product names both concerns before it,
    rather than quoting the same sentence twice, one under the other."""
    view.set_concerns(["deep-wrinkles", "sagging"])
    lines = view.panels["products"].toPlainText().split("\n")
    both = [line for line in lines if line.startswith("Deep wrinkles and nasolabial folds · Sagging: it lists")]
    assert len(both) >= 2  # Benev's FGF and Premium Cell's bFGF, at least
    assert all("The article says of FGF: “Skin becomes plumper" in line for line in both)
    assert not [line for line in lines if line.startswith("Sagging:") and "Skin becomes plumper" in line]
    assert not [line for line in lines if "; A" in line or "; An" in line]
