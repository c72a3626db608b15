"""The printed consultation summary for the patient: their concerns in order, the recommended
formulations and procedures with the reasons (equals shown as equals, never with scores), cautions, what
nothing can reach, the article's expectation point and its note that effects vary.

The patient's name is a parameter of one printout: it is put on the pages and never stored anywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice, QTextDocument

from dermacounsel.domain.counselling import RULE, Ranked, Recommendations, equal_groups
from dermacounsel.domain.glossary import Gloss, terms_in
from dermacounsel.reports import pages

#: how many standings (groups of equals) each section prints
SHOWN = {"products": 3, "growth_factors": 3, "cell_derived": 2, "treatments": 1, "procedures": 2, "ingredients": 3}

STYLE = """
body { font-family: 'DejaVu Sans'; font-size: 10pt; color: #1d2b36; }
h1 { font-size: 17pt; color: #1f4e5c; margin: 0; }
h2 { font-size: 13pt; color: #1f4e5c; margin-top: 12px; margin-bottom: 4px; }
p.address, p.meta, p.small { color: #4b5d68; }
p.small { font-size: 8.5pt; }
span.equal { color: #1f4e5c; font-style: italic; }
"""


@dataclass(frozen=True)
class SummaryContent:
    recommendations: Recommendations
    caveat: str
    caveat_source: str
    clinic_name: str
    clinic_address: str
    clinic_logo: str
    printed_on: date
    patient: str = ""
    expectation: str = ""
    glosses: tuple[Gloss, ...] = ()


def _items(rows: tuple[Ranked, ...], count: int) -> str:
    """The first `count` standings; a standing shared by several is one row, "equally suited"."""
    cells = []
    for group in equal_groups(rows)[:count]:
        names = "<br>".join(f"<b>{escape(row.name)}</b>" for row in group)
        if len(group) > 1:
            names += '<br><span class="equal">equally suited</span>'
        body = ""
        shared = [c for c in group[0].cautions if all(c in row.cautions for row in group)]
        for row in group:
            label = f"<b>{escape(row.name)}</b>: " if len(group) > 1 else ""
            body += "".join(f"<li>{label}{escape(reason)}</li>" for reason in row.reasons)
            body += "".join(
                f'<li style="color:#9b1c1c; font-weight:bold;">⚠ {label}{escape(c)}</li>'
                for c in row.cautions
                if c not in shared
            )
        body += "".join(f'<li style="color:#9b1c1c; font-weight:bold;">⚠ {escape(c)}</li>' for c in shared)
        cells.append(f"<tr><td width='24%' valign='top'>{names}</td><td><ul>{body}</ul></td></tr>")
    if not cells:
        return '<p class="small">Nothing in the catalogue acts on these concerns.</p>'
    return '<table width="100%" cellpadding="4" cellspacing="0">' + "".join(cells) + "</table>"


def summary_html(content: SummaryContent) -> str:
    r = content.recommendations
    logo = '<img src="logo" height="64">' if content.clinic_logo else ""
    address = "<br>".join(escape(line) for line in content.clinic_address.splitlines() if line.strip())
    parts = [
        "<html><body>",
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td><h1>{escape(content.clinic_name or "DermaCounsel")}</h1><p class="address">{address}</p></td>'
        f'<td align="right" valign="top">{logo}<p class="meta">{content.printed_on.strftime("%d %B %Y")}</p></td>'
        "</tr></table><hr>",
        "<h2>Your consultation</h2>",
    ]
    if content.patient:
        parts.append(f"<p>Prepared for <b>{escape(content.patient)}</b></p>")
    concerns = "".join(f"<li><b>{escape(c.name)}</b>: <i>{escape(c.reason)}</i></li>" for c in r.concerns)
    parts.append(f"<p>Your concerns, most important first:</p><ol>{concerns}</ol>")
    cautions = [(row.name, c) for row in r.products[: SHOWN["products"]] for c in row.cautions]
    if cautions:
        rows = "".join(
            f'<tr><td style="color:#9b1c1c; font-weight:bold;">⚠ {escape(n)}: {escape(c)}</td></tr>'
            for n, c in cautions
        )
        parts.append(
            '<table width="100%" cellpadding="8" cellspacing="0" border="1" '
            f'style="border-color:#9b1c1c; border-style:solid;">{rows}</table>'
        )
    for unreached in r.unreached:
        parts.append(f"<p><b>{escape(unreached.name)}:</b> {escape(unreached.note)}</p>")
    parts.append("<h2>Formulations with ingredients the article ties to your concerns</h2>")
    parts.append(_items(r.products, SHOWN["products"]))
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
    parts.append(f'<p class="small">How these are listed: {escape(RULE)}</p>')
    parts.append(f"<p><b>{escape(content.caveat)}</b></p>")
    parts.append(f'<p class="small">Source: {escape(content.caveat_source)}</p>')
    used = terms_in([re.sub(r"<[^>]+>", " ", "".join(parts))], content.glosses)
    if used:
        words = "; ".join(f"<b>{escape(g.term)}</b>: {escape(g.plain)}" for g in used)
        parts.append(f'<p class="small">Words used here — {words}.</p>')
    parts.append("</body></html>")
    return "".join(parts)


def build_document(content: SummaryContent) -> QTextDocument:
    document = pages.new_document(STYLE, 10, content.clinic_logo)
    document.setHtml(summary_html(content))
    return document


def footer_text(content: SummaryContent) -> str:
    return f"{content.clinic_name or 'DermaCounsel'} · consultation summary · {content.printed_on.isoformat()}"


def paint_pages(document: QTextDocument, device: QPagedPaintDevice, footer: str) -> int:
    return pages.paint_pages(document, device, footer)


def write_pdf(content: SummaryContent, paper: str, path: Path) -> int:
    return pages.write_pdf(build_document(content), footer_text(content), paper, path, "Consultation summary")


def compose(
    session: object,
    concern_keys: list[str],
    clinic_name: str = "",
    clinic_address: str = "",
    clinic_logo: str = "",
    patient: str = "",
    printed_on: date | None = None,
) -> SummaryContent:
    from dermacounsel.storage import reference
    from dermacounsel.storage.models import Statement

    recommendations = reference.recommendations(session, concern_keys)  # type: ignore[arg-type]
    caveat_row = session.query(Statement).filter_by(key="individual-variation").one_or_none()  # type: ignore[attr-defined]
    return SummaryContent(
        recommendations=recommendations,
        caveat=reference.statement(session, "individual-variation"),  # type: ignore[arg-type]
        caveat_source=caveat_row.source.citation if caveat_row is not None else "",
        expectation=reference.statement(session, "expectation"),  # type: ignore[arg-type]
        glosses=reference.glossary(session),  # type: ignore[arg-type]
        clinic_name=clinic_name,
        clinic_address=clinic_address,
        clinic_logo=clinic_logo,
        printed_on=printed_on or date.today(),
        patient=patient.strip(),
    )
