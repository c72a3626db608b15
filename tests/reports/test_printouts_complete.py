"""Every printout is whole: every selection of two, three and four of the five products on A4 and Letter
(50 comparison sheets), and consultation summaries for single, paired and all concerns, read back from
the PDF with pypdf: every section, product, summary and closing note is there, on sensible pages (no page
carrying only a footnote, the radar stored losslessly), and the summary stays within two pages.

One catalogue and one application for all of them, composed through the same functions the views and
the CLI use, so that the 50 sheets take seconds."""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from dermacounsel.reports import comparison_sheet, consultation_summary, pages
from dermacounsel.reports.common import Caveat, ClinicHeader
from dermacounsel.services.catalogue import Catalogue

PAPERS = ("a4", "letter")


def flat(text: str) -> str:
    """Words joined by single spaces, a word a line broke after its hyphen joined again, ligatures as
    their letters: text as a reader of the page sees it, whatever the line breaks."""
    return re.sub(r"-\s+", "-", " ".join(unicodedata.normalize("NFKC", text).split()))


def page_texts(reader: PdfReader) -> list[str]:
    return [flat(page.extract_text()) for page in reader.pages]


def images(reader: PdfReader) -> list[tuple[str, int]]:
    """(filter, width) of every image the pages draw, read from their resources (page.images would parse
    every content stream again, which is most of this test's time)."""
    found = []
    for page in reader.pages:
        resources = page.get("/Resources")
        objects = resources.get_object().get("/XObject") if resources is not None else None
        for reference in (objects.get_object() if objects is not None else {}).values():
            image = reference.get_object()
            if image.get("/Subtype") == "/Image":
                found.append((str(image.get("/Filter")), int(image["/Width"])))
    return found


@dataclass(frozen=True)
class Printouts:
    """What the tests print, read from one catalogue (then closed)."""

    sheets: dict[tuple[str, ...], comparison_sheet.SheetContent]
    summaries: dict[tuple[str, ...], consultation_summary.SummaryContent]
    caveat: Caveat


@pytest.fixture(scope="module")
def printouts(tmp_path_factory: pytest.TempPathFactory, qapp) -> Printouts:
    from dermacounsel.storage.database import open_database

    path = tmp_path_factory.mktemp("printouts") / "catalogue.sqlite3"
    open_database(path).close()
    with Catalogue.open(path) as catalogue:
        keys = [p.key for p in catalogue.products()]
        assert len(keys) == 5
        selections = [c for size in (2, 3, 4) for c in itertools.combinations(keys, size)]
        sheets = {selection: sheet_content(catalogue, list(selection)) for selection in selections}
        concerns = [c.key for c in catalogue.concerns()]
        assert len(concerns) == 11
        chosen = [(c,) for c in concerns] + list(itertools.pairwise([*concerns, concerns[0]])) + [tuple(concerns)]
        summaries = {keys: summary_content(catalogue, list(keys)) for keys in chosen}
        return Printouts(sheets, summaries, Caveat(*catalogue.caveat()))


def summary_content(catalogue: Catalogue, concerns: list[str]) -> consultation_summary.SummaryContent:
    """A summary as the counselling view prints it, with the skin picture and no plan marked."""
    from dermacounsel.ui.skin_picture import summary_content as printed_summary

    clinic = ClinicHeader("Smart Skin Clinic", "1-2-3 Ginza, Tokyo")
    plan = consultation_summary.DoctorsPlan()
    return printed_summary(catalogue, catalogue.recommendations(concerns), clinic, "Aiko Test", plan)


def sheet_content(catalogue: Catalogue, keys: list[str]) -> comparison_sheet.SheetContent:
    return comparison_sheet.compose(
        details=catalogue.product_details(keys),
        links=catalogue.product_links(keys=keys),
        cards=catalogue.growth_factor_cards(),
        every_product=catalogue.product_names(),
        scale=catalogue.rating_scale(),
        caveat=Caveat(*catalogue.caveat()),
        clinic=ClinicHeader("Smart Skin Clinic", "1-2-3 Ginza, Tokyo"),
        patient="Aiko Test",
        glosses=catalogue.glossary(),
    )


def test_every_comparison_sheet_is_whole(printouts: Printouts, tmp_path: Path) -> None:
    assert len(printouts.sheets) == 25
    caveat = printouts.caveat
    problems: list[str] = []
    for selection, content in printouts.sheets.items():
        for paper in PAPERS:
            out = tmp_path / f"{'+'.join(selection)}-{paper}.pdf"
            what = f"{' + '.join(selection)} on {paper}"
            printout = comparison_sheet.printout(content)
            count = printout.write_pdf(paper, out)
            split = pages.split_mark(printout.document, printout.document.pageSize().height())
            if split is not None:  # a group heading or the profiles' heading parted from what follows it
                problems.append(f"{what}: {split} split by a page break")
            reader = PdfReader(out)
            texts = page_texts(reader)
            text = " ".join(texts)
            expected = [
                "Product comparison",
                "Aiko Test",
                comparison_sheet.profiles_heading(),
                caveat.text,
                "● in all the products compared",
                "◎ very powerful",
                "Words used here",
                f"Page {count} of {count}",
            ]
            expected += [p.name for p in content.comparison.products]
            expected += list(content.summaries)
            expected += [row.label for row in content.comparison.rows if not row.open_list]
            problems += [f"{what}: {flat(e)!r} missing" for e in expected if flat(e) not in text]
            # every page carries the table or the profiles, never only small print
            for number, page in enumerate(texts, 1):
                if "Component" not in page and flat(comparison_sheet.profiles_heading()) not in page:
                    problems.append(f"{what}: page {number} holds neither the table nor the profiles")
            if len(selection) == 2 and count != 1:
                problems.append(f"{what}: {count} pages for two products")
            drawn = images(reader)
            if not drawn or any(kind == "/DCTDecode" for kind, _ in drawn):
                problems.append(f"{what}: radar stored as {drawn}")
            elif max(width for _, width in drawn) < 200 * comparison_sheet.RADAR_INCHES[0]:  # ≥ 200 ppi printed
                problems.append(f"{what}: radar only {drawn} px wide")
    assert not problems, "\n".join(problems)


def test_every_consultation_summary_is_whole_on_two_pages(printouts: Printouts, tmp_path: Path) -> None:
    """Single concerns, neighbouring pairs (alternately on A4 and Letter) and all eleven (on both)."""
    problems: list[str] = []
    runs = [(keys, PAPERS[index % 2]) for index, keys in enumerate(printouts.summaries) if len(keys) < 11]
    every = next(keys for keys in printouts.summaries if len(keys) == 11)
    runs += [(every, paper) for paper in PAPERS]
    for keys, paper in runs:
        content = printouts.summaries[keys]
        r = content.recommendations
        out = tmp_path / f"{len(keys)}-{keys[0]}-{paper}.pdf"
        what = f"summary of {' + '.join(keys)} on {paper}"
        printout = consultation_summary.printout(content)
        count = printout.write_pdf(paper, out)
        split = pages.split_mark(printout.document, printout.document.pageSize().height())
        if split is not None:  # a heading at the foot of a page, or an item parted from its cautions
            problems.append(f"{what}: {split} split by a page break")
        reader = PdfReader(out)
        texts = page_texts(reader)
        text = " ".join(texts)
        if count > 2:
            problems.append(f"{what}: {count} pages")
        expected = [
            "Your consultation",
            "Aiko Test",
            "What this means for you",
            *content.meaning,
            "Formulations with ingredients the article ties to your concerns",
            "Procedures that deliver the formulation",
            "Your doctor's suggestion",
            "Doctor's signature",
            printouts.caveat.text,
            "◎ very powerful · ○ powerful · △ limited · ー none",
            f"Page {count} of {count}",
        ]
        expected += [c.name for c in r.concerns]
        expected += [u.note for u in r.unreached] + list(r.notes)
        expected += [rows[0].name for rows in (r.products, r.growth_factors, r.procedures, r.ingredients) if rows]
        problems += [f"{what}: {flat(e)!r} missing" for e in expected if flat(e) not in text]
        # how the project read the article stays on the doctor's screens (the PRP + FGF caution says its
        # column is inferred, no more: why is the growth factor's inference note)
        banned_words = ("machine translation", "lost in translation", "DECODING", "stars were lost", "points")
        for banned in (*banned_words, "multiplied", "Not known"):
            if banned in text:
                problems.append(f"{what}: prints {banned!r}")
        drawn = images(reader)
        if not drawn or any(kind == "/DCTDecode" for kind, _ in drawn):
            problems.append(f"{what}: picture stored as {drawn}")
        for number, page in enumerate(texts, 1):  # a page of its own holds a section, not only small print
            if number > 1 and not any(
                flat(h) in page
                for h in (
                    "Your doctor's suggestion",
                    "Procedures",
                    "Formulations",
                    "What the article says",
                    "Everyday",
                    "Please note",
                    "Exosomes",
                    "A treatment",
                )
            ):
                problems.append(f"{what}: page {number} holds no section")
    assert not problems, "\n".join(problems)
