"""The printed consultation summary for the patient: their concerns in order, the recommended
formulations and procedures with the reasons, cautions, and the article's note that effects vary.

It is composed from records its caller has read from the catalogue; it never reads the catalogue itself.
The patient's name is a parameter of one printout: it is put on the pages and never stored anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtGui import QTextDocument

from dermacounsel.domain.counselling import RULE, Ranked, Recommendations
from dermacounsel.reports import common, pages
from dermacounsel.reports.common import Caveat, ClinicHeader

SHOWN = {"products": 3, "growth_factors": 3, "procedures": 2, "ingredients": 5}

STYLE = (
    """
body { font-family: 'DejaVu Sans'; font-size: 10pt; color: #1d2b36; }
h2 { font-size: 13pt; color: #1f4e5c; margin-top: 12px; margin-bottom: 4px; }
td.score { color: #1f4e5c; font-weight: bold; }
"""
    + common.STYLE
)


@dataclass(frozen=True)
class SummaryContent:
    """Everything one summary shows.

    Attributes:
        patient: the name typed for this printout only, or "".
        caveat: the article's note that effects vary from person to person, with its source.
    """

    recommendations: Recommendations
    caveat: Caveat
    clinic: ClinicHeader
    printed_on: date
    patient: str = ""


def _items(rows: tuple[Ranked, ...], count: int) -> str:
    cells = []
    for row in rows[:count]:
        reasons = "".join(f"<li>{escape(reason)}</li>" for reason in row.reasons)
        cautions = "".join(
            f'<p style="color:{common.CAUTION_COLOUR}; font-weight:bold;">⚠ {escape(c)}</p>' for c in row.cautions
        )
        cells.append(f"<tr><td width='28%'><b>{escape(row.name)}</b></td><td><ul>{reasons}</ul>{cautions}</td></tr>")
    if not cells:
        return '<p class="caveat">Nothing in the catalogue acts on these concerns.</p>'
    return '<table width="100%" cellpadding="4" cellspacing="0">' + "".join(cells) + "</table>"


def summary_html(content: SummaryContent) -> str:
    r = content.recommendations
    parts = [
        "<html><body>",
        common.header_html(content.clinic, content.printed_on),
        "<h2>Your consultation</h2>",
        common.prepared_for_html(content.patient),
    ]
    concerns = "".join(f"<li><b>{escape(c.name)}</b>: <i>{escape(c.reason)}</i></li>" for c in r.concerns)
    parts.append(f"<p>Your concerns, most important first:</p><ol>{concerns}</ol>")
    cautions = [(row.name, caution) for row in r.products[: SHOWN["products"]] for caution in row.cautions]
    parts.append(common.caution_box_html(cautions))
    parts.append("<h2>Formulations that act on them</h2>" + _items(r.products, SHOWN["products"]))
    parts.append("<h2>Growth factors behind them</h2>" + _items(r.growth_factors, SHOWN["growth_factors"]))
    parts.append("<h2>How they can be delivered</h2>" + _items(r.procedures, SHOWN["procedures"]))
    if r.ingredients:
        parts.append("<h2>Helpful everyday ingredients</h2>" + _items(r.ingredients, SHOWN["ingredients"]))
    parts.append(f'<p class="caveat">How these are ranked: {escape(RULE)}</p>')
    parts.append(common.caveat_html(content.caveat))
    parts.append("</body></html>")
    return "".join(parts)


def build_document(content: SummaryContent) -> QTextDocument:
    document = pages.new_document(STYLE, 10, content.clinic.logo)
    document.setHtml(summary_html(content))
    return document


def footer_text(content: SummaryContent) -> str:
    return common.page_footer(content.clinic, "consultation summary", content.printed_on.isoformat())


def printout(content: SummaryContent) -> pages.Printout:
    """The summary laid out for one printing: the print preview paints it, or it is written as a PDF."""
    return pages.Printout(build_document(content), footer_text(content), "Consultation summary")


def write_pdf(content: SummaryContent, paper: str, path: Path) -> int:
    """Write the summary as a PDF atomically; the number of pages."""
    return printout(content).write_pdf(paper, path)


def compose(
    recommendations: Recommendations,
    caveat: Caveat,
    clinic: ClinicHeader,
    patient: str = "",
    printed_on: date | None = None,
) -> SummaryContent:
    """A summary's content from the recommendations for the patient's concerns, read by the caller."""
    return SummaryContent(
        recommendations=recommendations,
        caveat=caveat,
        clinic=clinic,
        printed_on=printed_on or date.today(),
        patient=patient.strip(),
    )
