"""The counselling view through pytest-qt, the advise command and the printed summary."""

from __future__ import annotations

import hashlib
import json
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
    assert view.result is None and "Add the patient" in view.panels["products"].toPlainText()
    hair = next(item for item in concern_rows(view) if item.text() == "Thinning hair")
    view.available.setCurrentItem(hair)
    qtbot.keyClick(view.available, Qt.Key.Key_Return)
    assert view.concerns() == ["hair-thinning"]
    assert "Thinning hair" not in [item.text() for item in concern_rows(view)]
    view.add_concern("deep-wrinkles")
    assert view.panels["growth_factors"].toPlainText().startswith("Growth factors\n1. IGF-1\n")
    view.chosen.setCurrentRow(1)
    qtbot.mouseClick(view.up, Qt.MouseButton.LeftButton)
    assert view.concerns() == ["deep-wrinkles", "hair-thinning"]
    # FGF and PDGF: one sentence of the article each for deep wrinkles, shown as the tie they are
    assert view.panels["growth_factors"].toPlainText().startswith("Growth factors\n1. FGF · PDGF — equally suited")
    qtbot.mouseClick(view.remove, Qt.MouseButton.LeftButton)
    assert len(view.concerns()) == 1


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
    assert "1. Benev · Premium Cell · REJURAN — equally suited" in view.panels["products"].toPlainText()
    view.set_concerns(["fine-lines", "redness"])
    products = view.panels["products"].toPlainText()
    assert "score" not in products and "count" not in products
    assert "named by the article" not in products
    assert "lists, among others, EGF" in products
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
    assert list(data) == ["concerns", *ranked, "unreached", "notes"]
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
