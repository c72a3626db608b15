"""The consultation summary composed from plain records, with no catalogue at all: what it prints, the
shared header, caution box and caveat, catalogue and clinic text escaped, and the PDF read back."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

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
