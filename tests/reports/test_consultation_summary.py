"""The consultation summary composed from plain records, with no catalogue at all: what it prints, the
shared header, caution box and caveat, catalogue and clinic text escaped, and the PDF read back."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from dermacounsel.domain.counselling import Concern, Ranked, Recommendations
from dermacounsel.reports import common, consultation_summary
from dermacounsel.reports.common import Caveat, ClinicHeader

CAVEAT = Caveat("Effects vary from person to person.", "The article, section 4")
CLINIC = ClinicHeader("Smart <Skin> Clinic", "1-2-3 Ginza\n\nTokyo & Co", "")


def recommendations() -> Recommendations:
    concern = Concern("sagging", "Sagging", (), (), (), (), "skin <loses> firmness")
    product = Ranked("Benev", "Benev", 5, ["FGF ◎ collagen"], ("Not during pregnancy",))
    return Recommendations(
        concerns=(concern,),
        growth_factors=(Ranked("FGF", "FGF", 4, ["collagen"]),),
        products=(product,),
        ingredients=(),
        procedures=(Ranked("dermapen", "Dermapen", 2, ["reaches the dermis"]),),
    )


def summary(patient: str = "Aiko Test") -> consultation_summary.SummaryContent:
    return consultation_summary.compose(recommendations(), CAVEAT, CLINIC, patient, date(2026, 12, 1))


def test_the_summary_is_composed_from_records_and_escapes_their_text() -> None:
    html = consultation_summary.summary_html(summary())
    assert "<h1>Smart &lt;Skin&gt; Clinic</h1>" in html
    assert '<p class="address">1-2-3 Ginza<br>Tokyo &amp; Co</p>' in html  # blank lines dropped
    assert "1 December 2026" in html
    assert "Prepared for <b>Aiko Test</b>" in html
    assert "skin &lt;loses&gt; firmness" in html
    assert "⚠ Benev: Not during pregnancy" in html  # in the caution box
    assert common.caveat_html(CAVEAT) in html
    assert "Helpful everyday ingredients" not in html  # none recommended
    assert consultation_summary.footer_text(summary()) == "Smart <Skin> Clinic · consultation summary · 1 December 2026"


def test_without_a_patient_or_clinic_name_the_summary_says_dermacounsel() -> None:
    content = consultation_summary.compose(recommendations(), CAVEAT, ClinicHeader(), " ", date(2026, 12, 1))
    html = consultation_summary.summary_html(content)
    assert content.patient == "" and "Prepared for" not in html
    assert "<h1>DermaCounsel</h1>" in html
    assert consultation_summary.footer_text(content).startswith("DermaCounsel · ")


def test_no_cautions_no_caution_box() -> None:
    assert common.caution_box_html([]) == ""
    assert "border-color:#9b1c1c" in common.caution_box_html([("REJURAN", "Salmon allergy")])


def test_the_summary_pdf(qapp, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    pages = consultation_summary.write_pdf(summary(), "letter", out)
    reader = PdfReader(out)
    assert len(reader.pages) == pages == 1
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert reader.metadata is not None and reader.metadata.title == "Consultation summary"
    text = " ".join(unicodedata.normalize("NFKC", reader.pages[0].extract_text()).split())  # ﬀ as ff
    for expected in ("Aiko Test", "Sagging", "Benev", "Dermapen", CAVEAT.text, "Page 1 of 1"):
        assert expected in text, expected


def _lines_of(document, text: str) -> int:  # type: ignore[no-untyped-def]
    """How many lines the paragraph `text` is laid out on, in a document one A4 page wide."""
    document.setTextWidth(523)  # A4 less its margins, in points
    document.size()  # laid out
    block = document.begin()
    while block.isValid():
        if block.text() == text:
            return block.layout().lineCount()
        block = block.next()
    raise AssertionError(f"{text!r} is not a paragraph of the summary")


def test_a_short_name_is_never_broken_inside_its_column(qapp) -> None:  # type: ignore[no-untyped-def]
    """Japanese may break between any two characters: a procedure named ヴァイタルインジェクター printed as
    ヴァイタルインジェク / ター in the summary's narrow name column. A one-word name stays whole (the column
    widens); a long name of several words still wraps at its spaces."""
    long_name = "A procedure with a name of many words that cannot fit"
    concern = Concern("sagging", "Sagging", (), (), (), (), "skin loses firmness")
    equals = tuple(
        Ranked(key, name, 2, ["reaches the dermis"])
        for key, name in (("dermapen", "ダーマペン"), ("vital", "ヴァイタルインジェクタープロ"), ("long", long_name))
    )
    content = consultation_summary.compose(
        Recommendations(concerns=(concern,), growth_factors=(), products=(), ingredients=(), procedures=equals),
        CAVEAT,
        CLINIC,
        "",
        date(2026, 12, 1),
    )
    document = consultation_summary.build_document(content)
    assert _lines_of(document, "ヴァイタルインジェクタープロ") == 1
    assert _lines_of(document, "ダーマペン") == 1
    assert _lines_of(document, long_name) > 1


def test_the_doctors_suggestion_is_printed_and_stored_nowhere(
    database_path: Path, tmp_path: Path, monkeypatch, capsys
) -> None:
    """`advise --out` with the plan marked at the desk: the chosen formulation and procedure (ranked
    options, by key or name) and the note (from standard input, after the name's line) are printed under
    "Your doctor's suggestion" with a line for the signature, beside the skin picture; the catalogue and
    the settings are unchanged, and neither the note nor the name reaches any file but the PDF."""
    import hashlib
    import io
    import os

    from dermacounsel.cli import main

    before = hashlib.sha256(database_path.read_bytes()).hexdigest()
    out = tmp_path / "summary.pdf"
    monkeypatch.setattr("sys.stdin", io.StringIO("Aiko Private\nThree sessions, a month apart\n"))
    args = ["--db", str(database_path), "advise", "--concern", "deep-wrinkles", "--concern", "dryness"]
    plan = ["--plan-product", "Benev", "--plan-procedure", "dermapen", "--patient", "-", "--note", "-"]
    assert main([*args, *plan, "--out", str(out)]) == 0
    reader = PdfReader(out)
    assert len(reader.pages) <= 2
    flat = " ".join(" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in reader.pages)
    for expected in (
        "Aiko Private",
        "Your doctor's suggestion",
        "Three sessions, a month apart",
        "Doctor's signature",
        "Benev is the formulation your doctor suggests for your concerns.",
        "Dermapen, your doctor's suggestion, reaches",
        "What this means for you",
    ):
        assert expected in flat, expected
    assert any(page.images for page in reader.pages)  # the skin section
    assert hashlib.sha256(database_path.read_bytes()).hexdigest() == before
    for file in Path(os.environ["XDG_CONFIG_HOME"]).rglob("*"):
        if file.is_file():
            content = file.read_text(encoding="utf-8", errors="replace")
            assert "Three sessions" not in content and "Aiko Private" not in content, file
    # a product that is not among the options for these concerns is refused, naming them
    capsys.readouterr()
    assert main([*args, "--plan-product", "Botox", "--out", str(tmp_path / "no.pdf")]) == 1
    error = capsys.readouterr().err
    assert "--plan-product:" in error and "Benev" in error and "Traceback" not in error
    assert not (tmp_path / "no.pdf").exists()


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_all_eleven_concerns_print_on_two_pages_with_nothing_about_the_translation(
    database_path: Path, tmp_path: Path, english_afterwards: None, lang: str, paper: str
) -> None:
    """The summary of every concern, with a patient's name, stays within two pages in both languages on
    both papers; PRP + FGF's caution is printed without the note on how the article's table was read,
    and English names the concerns' layers in lower case mid-sentence."""
    from dermacounsel.cli import main
    from dermacounsel.storage import queries as reference
    from dermacounsel.storage.database import open_database

    database = open_database(database_path)
    with database.reading() as session:
        concerns = [c.key for c in reference.concerns(session)]
        prp_fgf = reference.statement(session, "prp-fgf-treatment", lang)
    database.close()
    assert len(concerns) == 11
    out = tmp_path / "summary.pdf"
    args = ["--db", str(database_path), "advise", "--lang", lang, *sum((["--concern", c] for c in concerns), [])]
    assert main([*args, "--patient", "山田 花子", "--paper", paper, "--out", str(out)]) == 0
    reader = PdfReader(out)
    assert len(reader.pages) <= 2
    text = "".join("".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in reader.pages)
    assert "".join(unicodedata.normalize("NFKC", prp_fgf).split()) in text  # the caution is printed, whole
    for provenance in ("translation", "翻訳", "DECODING"):
        assert provenance not in text
    if lang == "en":
        assert "Yourconcernsinvolve:epidermis,dermis," in text
        assert "Dermis" not in text.replace("dermis", "")
