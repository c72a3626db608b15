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
from dermacounsel.storage.database import CatalogueDatabase
from dermacounsel.ui.compare_view import ExportPdfDialog, PrintOptionsDialog
from dermacounsel.ui.counsel_view import CounselView


@pytest.fixture
def view(show, database: CatalogueDatabase) -> CounselView:
    return show(CounselView(database), 1280, 800)


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
    assert view.panels["growth_factors"].toPlainText().startswith("1. IGF-1")
    view.chosen.setCurrentRow(1)
    qtbot.mouseClick(view.up, Qt.MouseButton.LeftButton)
    assert view.concerns() == ["deep-wrinkles", "hair-thinning"]
    assert view.panels["growth_factors"].toPlainText().startswith("1. PRP + FGF")
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


def test_summary_pdf_with_a_patient_name_stores_nothing(view, database_path: Path, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(PrintOptionsDialog, "ask", classmethod(lambda cls, paper, parent=None: ("Aiko Test", "a4")))
    monkeypatch.setattr(ExportPdfDialog, "ask", classmethod(lambda cls, parent, suggested: target))
    before = hashlib.sha256(database_path.read_bytes()).hexdigest()
    view.set_concerns(["sagging", "redness"])
    view.export_pdf()
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    for expected in ("Aiko Test", "Sagging", "Redness", "Benev", "Dermapen", "varies from person to person"):
        assert expected in text, expected
    view.database.close()
    assert hashlib.sha256(database_path.read_bytes()).hexdigest() == before


def test_advise_command_text_json_and_pdf(database_path: Path, tmp_path: Path, capsys) -> None:
    assert main(["--db", str(database_path), "advise", "--concern", "hair-thinning", "--concern", "dryness"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Concerns, most important first: Thinning hair, Dryness")
    assert "Growth factors:\n  1. IGF-1" in out
    assert main(["--db", str(database_path), "advise", "--concern", "deep-wrinkles", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["concerns", "growth_factors", "products", "ingredients", "procedures"]
    assert data["growth_factors"][0]["key"] in ("FGF", "PRP+FGF")
    assert all(item["reasons"] and item["score"] > 0 for key in list(data)[1:] for item in data[key])
    out_pdf = tmp_path / "summary.pdf"
    assert (
        main(
            ["--db", str(database_path), "advise", "--concern", "scars", "--patient", "Ken Test", "--out", str(out_pdf)]
        )
        == 0
    )
    assert "Ken Test" in " ".join(PdfReader(out_pdf).pages[0].extract_text().split())


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
