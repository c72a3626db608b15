"""The printed comparison sheet, read back from the PDF: every product, component, caution, the
patient's name, the paper size; and nothing about the patient stored."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from dermacounsel.cli import main
from dermacounsel.storage import queries as reference
from dermacounsel.storage.database import open_database

PATIENT = "Hanako Yamada-Test"


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """Words joined by single spaces, words a table cell broke after a hyphen joined again, and typographic
    ligatures (ﬂ) read as their letters."""
    return re.sub(r"-\s+", "-", " ".join(unicodedata.normalize("NFKC", text).split()))


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_sheet_has_every_product_component_caution_and_the_patient(
    database_path: Path, tmp_path: Path, paper: str, size: tuple[int, int]
) -> None:
    out = tmp_path / "sheet.pdf"
    names = ["Benev", "AmnioGenics", "Premium Cell", "REJURAN"]
    args = [
        "--db",
        str(database_path),
        "sheet",
        *sum((["--product", n] for n in names), []),
        "--patient",
        PATIENT,
        "--paper",
        paper,
        "--out",
        str(out),
    ]
    assert main(args) == 0
    reader = PdfReader(out)
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size
    text = flat(pdf_text(out))
    assert PATIENT in text
    database = open_database(database_path)
    with database.reading() as session:
        details = reference.product_details(session, names)
        caveat = reference.statement(session, "individual-variation")
    database.close()
    for detail in details:
        assert detail.name in text
        for component in detail.components:
            assert flat(component.name) in text, component.name
        for caution in detail.cautions:
            assert flat(caution) in text
    assert flat(caveat) in text
    assert f"Page 1 of {len(reader.pages)}" in text
    assert "not listed by the article" in text and "absent" not in text
    # EGF, in Benev and Premium Cell only, is marked as in some of them, and the key says what ◐ means
    assert "EGF ◐ in some" in text and "◐ in some of them" in text
    # a caution that names its product is printed without the name before it as well
    assert "⚠ After AmnioGenics treatment" in text and "AmnioGenics: After AmnioGenics" not in text
    assert "Words used here" in text and "long chains of DNA building blocks" in text  # Polynucleotides


def test_printing_with_a_patient_name_stores_nothing(database_path: Path, tmp_path: Path) -> None:
    before = hashlib.sha256(database_path.read_bytes()).hexdigest()
    out = tmp_path / "sheet.pdf"
    assert (
        main(
            [
                "--db",
                str(database_path),
                "sheet",
                "--product",
                "Benev",
                "--product",
                "Babyskin",
                "--patient",
                PATIENT,
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert hashlib.sha256(database_path.read_bytes()).hexdigest() == before
    config = Path(os.environ["XDG_CONFIG_HOME"])
    for file in config.rglob("*"):
        if file.is_file():
            assert PATIENT not in file.read_text(encoding="utf-8", errors="replace"), file
    assert PATIENT not in "".join(p.name for p in tmp_path.rglob("*"))


def test_sheet_refuses_too_few_or_unknown_products(database_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "sheet.pdf"
    assert main(["--db", str(database_path), "sheet", "--product", "Benev", "--out", str(out)]) == 1
    assert "two to four different products (got 1)" in capsys.readouterr().err
    assert (
        main(["--db", str(database_path), "sheet", "--product", "benev", "--product", "Botox", "--out", str(out)]) == 1
    )
    assert "unknown product 'Botox'; valid: benev (Benev), babyskin (Babyskin)" in capsys.readouterr().err
    assert not out.exists()


def test_clinic_settings_head_the_sheet(database_path: Path, tmp_path: Path, qapp) -> None:
    from dermacounsel.ui.app import make_application
    from dermacounsel.ui.settings import ClinicSettings

    make_application()
    ClinicSettings(name="Smart Skin Clinic", address="1-2-3 Ginza\nTokyo", paper="letter").save()
    out = tmp_path / "sheet.pdf"
    assert (
        main(["--db", str(database_path), "sheet", "--product", "Benev", "--product", "REJURAN", "--out", str(out)])
        == 0
    )
    text = flat(pdf_text(out))
    assert "Smart Skin Clinic" in text and "1-2-3 Ginza" in text
    assert round(float(PdfReader(out).pages[0].mediabox.width)) == 612  # the clinic's paper


def test_the_clinics_logo_is_printed(database_path: Path, tmp_path: Path, qapp) -> None:
    from PySide6.QtGui import QColor, QImage

    from dermacounsel.ui.app import make_application
    from dermacounsel.ui.settings import ClinicSettings

    make_application()

    def images(out: Path) -> int:
        return sum(len(page.images) for page in PdfReader(out).pages)

    plain = tmp_path / "plain.pdf"
    assert (
        main(["--db", str(database_path), "sheet", "--product", "Benev", "--product", "REJURAN", "--out", str(plain)])
        == 0
    )
    logo = QImage(300, 120, QImage.Format.Format_RGB32)
    logo.fill(QColor("#2b7a8c"))
    logo_path = tmp_path / "logo.png"
    logo.save(str(logo_path))
    ClinicSettings(name="Clinic", logo=str(logo_path)).save()
    with_logo = tmp_path / "logo.pdf"
    assert (
        main(
            ["--db", str(database_path), "sheet", "--product", "Benev", "--product", "REJURAN", "--out", str(with_logo)]
        )
        == 0
    )
    assert images(with_logo) == images(plain) + 1


def test_a_moved_logo_is_left_out_with_a_warning(database_path: Path, tmp_path: Path, capsys) -> None:
    """A logo moved since it was chosen printed as a broken-image icon, without a word."""
    from PySide6.QtGui import QColor, QImage

    from dermacounsel.cli import main
    from dermacounsel.ui.app import make_application
    from dermacounsel.ui.settings import ClinicSettings

    make_application()
    logo = tmp_path / "logo.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(logo))
    ClinicSettings(name="Clinic", address="", logo=str(logo)).save()
    logo.unlink()  # the clinic's IT moved it
    out = tmp_path / "sheet.pdf"
    assert (
        main(["--db", str(database_path), "sheet", "--product", "Benev", "--product", "REJURAN", "--out", str(out)])
        == 0
    )
    error = capsys.readouterr().err
    assert f"warning: the clinic logo is left out ({logo}: no such file)" in error
    from dermacounsel.reports import comparison_sheet
    from dermacounsel.reports.common import Caveat, ClinicHeader
    from dermacounsel.services.catalogue import Catalogue

    with Catalogue.open(database_path) as catalogue:
        keys = ["benev", "rejuran"]
        content = comparison_sheet.compose(
            details=catalogue.product_details(keys),
            links=catalogue.product_links(keys=keys),
            cards=catalogue.growth_factor_cards(),
            every_product=catalogue.product_names(),
            scale=catalogue.rating_scale(),
            caveat=Caveat(*catalogue.caveat()),
            clinic=ClinicHeader("Clinic", "", str(logo)),
        )
    assert content.clinic.logo == ""  # so no <img> for a broken-image icon
    assert 'src="logo"' not in comparison_sheet.build_document(content).toHtml()


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_pair_of_products_fits_one_page(
    database_path: Path, tmp_path: Path, english_afterwards: None, lang: str, paper: str
) -> None:
    """Two products' sheet, the radar and the closing caveat included, on one page: every pair of the
    bundled catalogue's products, with a patient's name, in both languages and on both papers."""
    from itertools import combinations

    database = open_database(database_path)
    with database.reading() as session:
        names = [p.name for p in reference.product_details(session)]
    database.close()
    assert len(names) == 5
    pages = {}
    for pair in combinations(names, 2):
        out = tmp_path / f"{'-'.join(pair)}.pdf"
        products = sum((["--product", n] for n in pair), [])
        args = ["--db", str(database_path), "sheet", "--lang", lang, *products, "--patient", "山田 花子"]
        assert main([*args, "--paper", paper, "--out", str(out)]) == 0
        pages[pair] = len(PdfReader(out).pages)
    assert pages == dict.fromkeys(pages, 1)
