"""The printed consultation summary for the patient: their concerns in order, the recommended
formulations and procedures with the reasons (equals shown as equals, never with scores), cautions, what
nothing can reach, the article's expectation point and its note that effects vary.

It is composed from records its caller has read from the catalogue; it never reads the catalogue itself.
The patient's name is a parameter of one printout: it is put on the pages and never stored anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtGui import QTextDocument

from dermacounsel.domain.counselling import Ranked, Recommendations, equal_groups
from dermacounsel.domain.glossary import Gloss, terms_in
from dermacounsel.reports import common, pages
from dermacounsel.reports.common import Caveat, ClinicHeader

#: how many standings (groups of equals) each section prints
SHOWN = {"products": 3, "growth_factors": 3, "cell_derived": 2, "treatments": 1, "procedures": 2, "ingredients": 3}

STYLE = (
    """
body { font-family: 'DejaVu Sans'; font-size: 10pt; color: #1d2b36; }
h2 { font-size: 13pt; color: #1f4e5c; margin-top: 12px; margin-bottom: 4px; }
p.small { font-size: 8.5pt; color: #4b5d68; }
span.equal { color: #1f4e5c; font-style: italic; }
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
    expectation: str = ""
    glosses: tuple[Gloss, ...] = ()


def _items(rows: tuple[Ranked, ...], count: int, order: str = "alphabetical") -> str:
    """The first `count` standings; a standing shared by several is one row, "equally suited", with the
    order they are shown in (`order`)."""
    cells = []
    for group in equal_groups(rows)[:count]:
        names = "<br>".join(f"<b>{escape(row.name)}</b>" for row in group)
        if len(group) > 1:
            names += f'<br><span class="equal">equally suited; {escape(order)}</span>'
        body = ""
        shared = [c for c in group[0].cautions if all(c in row.cautions for row in group)]
        for row in group:
            label = f"<b>{escape(row.name)}</b>: " if len(group) > 1 else ""
            body += "".join(f"<li>{label}{escape(reason)}</li>" for reason in row.reasons)
            body += "".join(
                f'<li style="color:{common.CAUTION_COLOUR}; font-weight:bold;">⚠ {label}{escape(c)}</li>'
                for c in row.cautions
                if c not in shared
            )
        body += "".join(
            f'<li style="color:{common.CAUTION_COLOUR}; font-weight:bold;">⚠ {escape(c)}</li>' for c in shared
        )
        cells.append(f"<tr><td width='24%' valign='top'>{names}</td><td><ul>{body}</ul></td></tr>")
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
    concerns = "".join(f"<li><b>{escape(c.name)}</b>: <i>{escape(c.shown_reason)}</i></li>" for c in r.concerns)
    parts.append(f"<p>Your concerns, most important first:</p><ol>{concerns}</ol>")
    cautions = [(row.name, c) for row in r.products[: SHOWN["products"]] for c in row.cautions]
    parts.append(common.caution_box_html(cautions))
    for unreached in r.unreached:
        parts.append(f"<p><b>{escape(unreached.name)}:</b> {escape(unreached.note)}</p>")
    parts.append("<h2>Formulations with ingredients the article ties to your concerns</h2>")
    product_order = "shown in the clinic's preferred order" if r.preferred else "alphabetical"
    parts.append(_items(r.products, SHOWN["products"], product_order))
    parts.append("<h2>What the article says about those ingredients</h2>")
    parts.append(_items(r.growth_factors, SHOWN["growth_factors"]))
    if r.cell_derived:
        parts.append("<h3>Exosomes and stem cells</h3>" + _items(r.cell_derived, SHOWN["cell_derived"]))
    if r.treatments:
        parts.append("<h2>A treatment of its own</h2>" + _items(r.treatments, SHOWN["treatments"]))
    parts.append("<h2>Procedures that deliver the formulation</h2>" + _items(r.procedures, SHOWN["procedures"]))
    if r.ingredients:
        parts.append(
            "<h2>Everyday ingredients the article lists for these concerns</h2>"
            + _items(r.ingredients, SHOWN["ingredients"])
        )
    if r.notes:
        parts.append("<h2>Please note</h2><ul>" + "".join(f"<li>{escape(n)}</li>" for n in r.notes) + "</ul>")
    if content.expectation:
        parts.append(f"<p><b>{escape(content.expectation)}</b></p>")
    parts.append(f'<p class="small">How these are listed: {escape(r.rule)}</p>')
    parts.append(common.caveat_html(content.caveat))
    used = terms_in([re.sub(r"<[^>]+>", " ", "".join(parts))], content.glosses)
    if used:
        words = "; ".join(f"<b>{escape(g.term)}</b>: {escape(g.plain)}" for g in used)
        parts.append(f'<p class="small">Words used here — {words}.</p>')
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
    expectation: str = "",
    glosses: Sequence[Gloss] = (),
) -> SummaryContent:
    """A summary's content from the recommendations for the patient's concerns, read by the caller, with
    the article's expectation point and the plain words for the terms it uses."""
    return SummaryContent(
        recommendations=recommendations,
        caveat=caveat,
        clinic=replace(clinic, logo=pages.printable_logo(clinic.logo)),
        expectation=expectation,
        glosses=tuple(glosses),
        printed_on=printed_on or date.today(),
        patient=patient.strip(),
    )
