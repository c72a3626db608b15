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

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QImage, QTextDocument

from dermacounsel.domain.counselling import Ranked, Recommendations, equal_groups
from dermacounsel.domain.glossary import Gloss, terms_in
from dermacounsel.domain.records import LayerInfo, ProcedureCard
from dermacounsel.reports import common, pages
from dermacounsel.reports.common import Caveat, ClinicHeader

#: how many standings (groups of equals) each section prints: the first few, so that the summary of
#: every concern still fits on two pages (the counselling view lists them all)
SHOWN = {"products": 2, "growth_factors": 1, "cell_derived": 1, "treatments": 1, "procedures": 2, "ingredients": 1}
#: how many of an item's reasons (one per concern it serves, the patient's first concerns first) it prints
REASONS_SHOWN = 1
#: of a row of equals, this many print their reasons (all are named, and all their cautions printed)
EQUALS_EXPLAINED = 2
#: a single concern is printed with the article's words on it; more are named only (the reasons quote them)
CONCERNS_EXPLAINED = 1

STYLE = (
    """
body { font-size: 9.5pt; color: #1d2b36; }
p { margin-top: 5px; margin-bottom: 5px; }
h2 { font-size: 12pt; color: #1f4e5c; margin-top: 8px; margin-bottom: 3px; }
h3 { font-size: 10.5pt; color: #1f4e5c; margin-top: 6px; margin-bottom: 2px; }
p.small { font-size: 8pt; color: #4b5d68; }
span.equal { color: #1f4e5c; font-style: italic; }
span.more { color: #4b5d68; font-style: italic; }
td.plan { border-color: #2b7a8c; }
p.line { color: #4b5d68; margin-top: 12px; }
"""
    + common.STYLE
)

#: the Japanese print font's lines are a tenth taller than the Latin one's, and Japanese runs longer: its
#: lines a little closer keep the summary of all eleven concerns on two pages of Letter too
JAPANESE_STYLE = "p, li, td { line-height: 90%; }"

PICTURE_WIDTH = 390  # document pixels (96 per inch): the skin section beside "what this means for you"


@dataclass(frozen=True)
class DoctorsPlan:
    """What the doctor marked at the desk for this consultation: a formulation, a procedure (names as
    printed, "" for none) and a free note. It lives only in the view for that consultation and in the
    printout: never stored, never logged."""

    product: str = ""
    procedure: str = ""
    note: str = ""

    @property
    def empty(self) -> bool:
        return not (self.product or self.procedure or self.note.strip())


@dataclass(frozen=True)
class SummaryContent:
    """Everything one summary shows.

    Attributes:
        patient: the name typed for this printout only, or "".
        caveat: the article's note that effects vary from person to person, with its source.
        picture: the skin section with the concerns' layers and the procedure's reach, or None.
        meaning: the plain paragraph "what this means for you", sentence by sentence.
        plan: the doctor's suggestion marked at the desk (printed with lines to write on when empty).
    """

    recommendations: Recommendations
    caveat: Caveat
    clinic: ClinicHeader
    printed_on: date
    patient: str = ""
    expectation: str = ""
    glosses: tuple[Gloss, ...] = ()
    picture: QImage | None = None
    meaning: tuple[str, ...] = ()
    plan: DoctorsPlan = DoctorsPlan()


@dataclass(frozen=True)
class Illustration:
    """What the summary's picture shows and says.

    Attributes:
        involved: the layers and structures the concerns involve (keys), outlined in the picture.
        procedure: the procedure whose reach is drawn: the doctor's choice, else the first listed.
        meaning: "what this means for you", sentence by sentence.
    """

    involved: tuple[str, ...]
    procedure: ProcedureCard | None
    meaning: tuple[str, ...]


def illustrate(
    recommendations: Recommendations,
    layers: Sequence[LayerInfo],
    procedures: Sequence[ProcedureCard],
    plan: DoctorsPlan,
    procedure_key: str = "",
) -> Illustration:
    """The picture's layers and procedure and the plain paragraph beside it, from the recommendations,
    the catalogue's layers and procedures, and the doctor's choice (`procedure_key`, "" for none)."""
    english = pages.document_language() == "en"
    # a layer's name mid-sentence, as the explorer's reach_phrase writes it: "the dermis", not "Dermis"
    names = {layer.key: layer.name.lower() if english else layer.name for layer in layers}
    involved: list[str] = []
    for concern in recommendations.concerns:
        involved += [key for key in concern.layer_keys if key in names and key not in involved]
    cards = {card.key: card for card in procedures}
    chosen = cards.get(procedure_key) if procedure_key else None
    listed = next((cards[row.key] for row in recommendations.procedures if row.key in cards), None)
    procedure = chosen or listed
    # the separator of a list within a sentence: "、" in Japanese
    comma = QCoreApplication.translate("consultation_summary", ", ")
    sentences = []
    if involved:
        sentences.append(
            QCoreApplication.translate(
                "consultation_summary", "Your concerns involve: {layers}. They are outlined in the picture."
            ).format(layers=comma.join(names[key] for key in involved))
        )
    if procedure is not None:
        reach = comma.join(dict.fromkeys(r.layer.lower() if english else r.layer for r in procedure.reach))
        if procedure.systemic:
            text = QCoreApplication.translate(
                "consultation_summary", "{procedure} acts through the blood vessels, shaded in the picture."
            )
        elif chosen is not None:
            text = QCoreApplication.translate(
                "consultation_summary",
                "The hatched band shows how deep {procedure}, your doctor's suggestion, reaches: {reach}.",
            )
        else:
            text = QCoreApplication.translate(
                "consultation_summary",
                "The hatched band shows how deep {procedure}, the first procedure listed below, reaches: {reach}.",
            )
        sentences.append(text.format(procedure=procedure.name, reach=reach))
    if plan.product:
        sentences.append(
            QCoreApplication.translate(
                "consultation_summary", "{product} is the formulation your doctor suggests for your concerns."
            ).format(product=plan.product)
        )
    else:
        sentences.append(
            QCoreApplication.translate(
                "consultation_summary",
                "The formulations below come first when the article says more about what they contain for your "
                "concerns, your first concerns counting most. Your doctor suggests which suits you.",
            )
        )
    return Illustration(tuple(involved), procedure, tuple(sentences))


def _items(
    rows: tuple[Ranked, ...],
    count: int,
    noted: Sequence[str] = (),
    key: str = "",
    breaks: frozenset[str] = frozenset(),
    order: str = "",
) -> str:
    """The first `count` standings; a standing shared by several is one row, "equally suited" (with the
    order they are shown in, `order`, where one is given). Each item
    prints its first reasons (its patient's first concerns) and its cautions; what equals share is said once
    for them all, and a caution the summary's notes give in full is not repeated."""
    cells = []
    for number, group in enumerate(equal_groups(rows)[:count]):
        mark = f"{key}-{number}"
        names = "".join(
            _name_paragraph(
                # an item is not split from its cautions (the first stays with the section's heading)
                pages.keep_together(mark, f"<b>{escape(row.name)}</b>")
                if number and not index
                else f"<b>{escape(row.name)}</b>",
                row.name,
            )
            for index, row in enumerate(group)
        )
        if len(group) > 1:
            equal = escape(QCoreApplication.translate("ConsultationSummary", "equally suited"))
            if order:
                equal = escape(QCoreApplication.translate("ConsultationSummary", "equally suited; {order}")).replace(
                    "{order}", escape(order)
                )
            names += f'<p style="margin:0;"><span class="equal">{equal}</span></p>'

        def shared(lists: list[list[str]]) -> list[str]:
            return [item for item in lists[0] if all(item in other for other in lists[1:])]

        reasons = [row.reasons[:REASONS_SHOWN] for row in group]
        cautions = [[c for c in row.cautions if c not in noted] for row in group]
        common_reasons, common_cautions = shared(reasons), shared(cautions)
        mores = {max(0, len(row.reasons) - REASONS_SHOWN) for row in group}
        body = "".join(f"<li>{escape(reason)}</li>" for reason in common_reasons)
        for index, (row, own_reasons, own_cautions) in enumerate(zip(group, reasons, cautions, strict=True)):
            label = (
                escape(QCoreApplication.translate("ConsultationSummary", "{name}: ")).replace(
                    "{name}", f"<b>{escape(row.name)}</b>"
                )
                if len(group) > 1
                else ""
            )
            if index < EQUALS_EXPLAINED:  # the rest of a long row of equals is named, its cautions said
                body += "".join(f"<li>{label}{escape(x)}</li>" for x in own_reasons if x not in common_reasons)
            more = len(row.reasons) - REASONS_SHOWN
            if more > 0 and len(mores) > 1:
                body += f'<li><span class="more">{label}{escape(_more(more))}</span></li>'
            body += "".join(
                f'<li style="color:{common.CAUTION_COLOUR}; font-weight:bold;">⚠ {label}{escape(c)}</li>'
                for c in own_cautions
                if c not in common_cautions
            )
        if len(mores) == 1 and (more := mores.pop()) > 0:
            body += f'<li><span class="more">{escape(_more(more))}</span></li>'
        body += "".join(
            f'<li style="color:{common.CAUTION_COLOUR}; font-weight:bold;">⚠ {escape(c)}</li>' for c in common_cautions
        )
        cells.append(
            f'<table width="100%" cellpadding="2" cellspacing="0"{pages.break_style(mark, breaks)}>'
            f"<tr><td width='22%' valign='top'>{names}</td><td><ul>{body}</ul></td></tr></table>"
        )
    if not cells:
        nothing = QCoreApplication.translate("ConsultationSummary", "Nothing in the catalogue acts on these concerns.")
        return f'<p class="caveat">{escape(nothing)}</p>'
    return "".join(cells)


def _more(count: int) -> str:
    return QCoreApplication.translate("consultation_summary", "and %n more of your concerns", "", count)


def _section(key: str, title: str, body: str, breaks: frozenset[str]) -> str:
    """A section under its heading, the heading kept on the page of its first item."""
    return f"<h2{pages.break_style(key, breaks)}>{pages.keep_together(key, escape(title))}</h2>{body}"


def _plan_html(plan: DoctorsPlan, breaks: frozenset[str]) -> str:
    """ "Your doctor's suggestion": what was marked at the desk, or lines to write it on, and a line for the
    doctor's signature. Kept on one page with the closing notes, so that no page holds only small print."""
    title = QCoreApplication.translate("consultation_summary", "Your doctor's suggestion")
    blank = "________________________________________"
    rows = [
        (
            QCoreApplication.translate("consultation_summary", "Formulation"),
            escape(plan.product) if plan.product else blank,
        ),
        (
            QCoreApplication.translate("consultation_summary", "Procedure"),
            escape(plan.procedure) if plan.procedure else blank,
        ),
    ]
    note = "<br>".join(escape(line) for line in plan.note.strip().splitlines()) if plan.note.strip() else ""
    cells = "".join(f"<tr><td width='22%'><b>{escape(name)}</b></td><td>{value}</td></tr>" for name, value in rows)
    note_label = QCoreApplication.translate("consultation_summary", "Note")
    cells += f"<tr><td width='22%' valign='top'><b>{escape(note_label)}</b></td><td>{note or blank}</td></tr>"
    signature = QCoreApplication.translate("consultation_summary", "Doctor's signature")
    date_label = QCoreApplication.translate("consultation_summary", "Date")
    return (
        f"<h2{pages.break_style('plan', breaks)}>{pages.keep_together('plan', escape(title))}</h2>"
        '<table width="100%" cellpadding="3" cellspacing="0" border="1" '
        f'style="border-color:#2b7a8c; border-style:solid;">{cells}</table>'
        f'<p class="line">{escape(signature)}: ______________________________ &nbsp;&nbsp; '
        f"{escape(date_label)}: ______________</p>"
    )


def summary_html(content: SummaryContent, breaks: frozenset[str] = frozenset()) -> str:
    """The summary's HTML; `breaks` are the marks that start a new page (see `pages.paginate`)."""
    r = content.recommendations
    language = pages.document_language()

    def heading(level: str, text: str) -> str:
        return f"<{level}>{escape(text)}</{level}>"

    parts = [
        "<html><body>",
        common.header_html(content.clinic, content.printed_on, language),
        heading("h2", QCoreApplication.translate("ConsultationSummary", "Your consultation")),
        common.prepared_for_html(content.patient, language),
    ]
    intro = escape(QCoreApplication.translate("ConsultationSummary", "Your concerns, most important first:"))
    if len(r.concerns) <= CONCERNS_EXPLAINED:
        concern = escape(QCoreApplication.translate("ConsultationSummary", "{concern}: {reason}"))
        concerns = "".join(
            "<li>"
            + concern.replace("{concern}", f"<b>{escape(c.name)}</b>").replace(
                "{reason}", f"<i>{escape(c.shown_reason)}</i>"
            )
            + "</li>"
            for c in r.concerns
        )
        parts.append(f"<p>{intro}</p><ol>{concerns}</ol>")
    else:
        named = " · ".join(f"{number}. <b>{escape(c.name)}</b>" for number, c in enumerate(r.concerns, 1))
        parts.append(f"<p>{intro} {named}</p>")
    # the picture and what it means, side by side
    meaning_title = QCoreApplication.translate("consultation_summary", "What this means for you")
    meaning = f"<h3>{escape(meaning_title)}</h3>" + "".join(f"<p>{escape(s)}</p>" for s in content.meaning)
    if content.picture is not None:
        parts.append(
            '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td valign="top" width="{PICTURE_WIDTH}"><img src="picture" width="{PICTURE_WIDTH}"></td>'
            f'<td valign="top" style="padding-left:10px;">{meaning}</td></tr></table>'
        )
    elif content.meaning:
        parts.append(meaning)
    cautions = [(row.name, c) for row in r.products[: SHOWN["products"]] for c in row.cautions]
    parts.append(common.caution_box_html(cautions))
    for unreached in r.unreached:
        note = escape(QCoreApplication.translate("ConsultationSummary", "{concern}: {note}"))
        parts.append(
            "<p>"
            + note.replace("{concern}", f"<b>{escape(unreached.name)}</b>").replace("{note}", escape(unreached.note))
            + "</p>"
        )
    sections = [
        (
            "products",
            QCoreApplication.translate(
                "ConsultationSummary", "Formulations with ingredients the article ties to your concerns"
            ),
            r.products,
        ),
        (
            "growth-factors",
            QCoreApplication.translate("ConsultationSummary", "What the article says about those ingredients"),
            r.growth_factors,
        ),
        (
            "cell-derived",
            QCoreApplication.translate("ConsultationSummary", "Exosomes and stem cells"),
            r.cell_derived,
        ),
        ("treatments", QCoreApplication.translate("ConsultationSummary", "A treatment of its own"), r.treatments),
        (
            "procedures",
            QCoreApplication.translate("ConsultationSummary", "Procedures that deliver the formulation"),
            r.procedures,
        ),
        (
            "ingredients",
            QCoreApplication.translate(
                "ConsultationSummary", "Everyday ingredients the article lists for these concerns"
            ),
            r.ingredients,
        ),
    ]
    shown = {"growth-factors": "growth_factors", "cell-derived": "cell_derived"}
    product_order = (
        QCoreApplication.translate("ConsultationSummary", "shown in the clinic's preferred order")
        if r.preferred
        else QCoreApplication.translate("ConsultationSummary", "alphabetical")
    )
    for key, title, rows in sections:
        if rows or key in ("products", "growth-factors", "procedures"):
            order = product_order if key == "products" else ""
            items = _items(rows, SHOWN[shown.get(key, key)], r.notes, key, breaks, order)
            parts.append(_section(key, title, items, breaks))
    if r.notes:
        notes = "<ul>" + "".join(f"<li>{escape(n)}</li>" for n in r.notes) + "</ul>"
        parts.append(_section("notes", QCoreApplication.translate("ConsultationSummary", "Please note"), notes, breaks))
    if content.expectation:
        parts.append(f"<p><b>{escape(content.expectation)}</b></p>")
    parts.append(_plan_html(content.plan, breaks))
    parts.append(common.caveat_html(content.caveat))
    parts.append(f'<p class="small">{escape(common.symbols_legend())}</p>')
    used = terms_in([re.sub(r"<[^>]+>", " ", "".join(parts))], content.glosses)
    if used:
        parts.append(f'<p class="small">{common.words_used_html(used, language)}</p>')
    parts.append("</body></html>")
    return "".join(parts)


def build_document(content: SummaryContent, breaks: frozenset[str] = frozenset()) -> QTextDocument:
    style = STYLE + (JAPANESE_STYLE if pages.document_language() == "ja" else "")
    document = pages.new_document(style, 9.5, content.clinic.logo)
    if content.picture is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("picture"), content.picture)
    document.setHtml(summary_html(content, breaks))
    return document


def footer_text(content: SummaryContent) -> str:
    return common.page_footer(
        content.clinic,
        QCoreApplication.translate("ConsultationSummary", "consultation summary"),
        common.printed_date(content.printed_on, pages.document_language()),
    )


def printout(content: SummaryContent) -> pages.Printout:
    """The summary laid out for one printing: the print preview paints it, or it is written as a PDF."""
    return pages.Printout(
        build_document(content),
        footer_text(content),
        QCoreApplication.translate("ConsultationSummary", "Consultation summary"),
        arrange=pages.paginated(lambda breaks: summary_html(content, breaks)),
    )


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
    picture: QImage | None = None,
    meaning: Sequence[str] = (),
    plan: DoctorsPlan | None = None,
) -> SummaryContent:
    """A summary's content from the recommendations for the patient's concerns, read by the caller, with
    the article's expectation point and the plain words for the terms it uses; the skin picture and what
    it means (see `meaning_sentences`), and the doctor's suggestion marked at the desk."""
    return SummaryContent(
        recommendations=recommendations,
        caveat=caveat,
        clinic=replace(clinic, logo=pages.printable_logo(clinic.logo)),
        expectation=expectation,
        glosses=tuple(glosses),
        printed_on=printed_on or date.today(),
        patient=patient.strip(),
        picture=picture,
        meaning=tuple(meaning),
        plan=plan or DoctorsPlan(),
    )


#: A name this short is never broken inside (its column widens a little instead): Japanese may break
#: between any two characters, so ヴァイタルインジェクター would otherwise print as ヴァイタルインジェク / ター.
UNBROKEN_NAME = 14


def _name_paragraph(html: str, name: str) -> str:
    """A name in the summary's left column: its own line, kept whole when it is one short word (no space
    to break at: a Japanese name, or a single English word)."""
    whole = " " not in name and len(name) <= UNBROKEN_NAME
    return f'<p style="margin:0;{" white-space:nowrap;" if whole else ""}">{html}</p>'
