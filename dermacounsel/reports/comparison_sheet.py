"""The printed comparison sheet: a QTextDocument of the comparison, radar and cautions, laid out on A4 or
Letter pages with a header and page numbers, for the print preview and for PDF export.

It is composed from records its caller has read from the catalogue; it never reads the catalogue itself.
The patient's name is a parameter of one printout: it is put on the pages and never stored anywhere.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QImage, QTextDocument

from dermacounsel.domain.comparison import GROUPS, SHARED, SOME, UNIQUE, Comparison
from dermacounsel.domain.glossary import Gloss, terms_in
from dermacounsel.domain.profiles import Profile
from dermacounsel.domain.records import GrowthFactorCard, ProductDetail, ProductLinks
from dermacounsel.domain.scale import RatingScale
from dermacounsel.reports import common, pages
from dermacounsel.reports.common import Caveat, ClinicHeader


def profiles_heading() -> str:
    return QCoreApplication.translate("ComparisonSheet", "Profiles drawn from the growth factors each product lists")


def group_headings() -> dict[str, str]:
    """The comparison's groups of components (domain.comparison.GROUPS) as the sheet heads them."""
    return {
        "growth-factor": QCoreApplication.translate("ComparisonSheet", "Growth factors"),
        "stem-cell": QCoreApplication.translate("ComparisonSheet", "Stem cell or culture components"),
        "exosome": QCoreApplication.translate("ComparisonSheet", "Exosomes"),
        "other": QCoreApplication.translate("ComparisonSheet", "Other actives"),
        "functional": QCoreApplication.translate("ComparisonSheet", "Functional ingredients"),
    }


@dataclass(frozen=True)
class SheetContent:
    """Everything one printout shows.

    Attributes:
        patient: the name typed for this printout only, or "".
        summaries: one plain sentence per product, in the comparison's order.
        radar: the products' radar as an image, or None when none can be drawn.
        caveat: the article's note that effects vary from person to person, with its source.
    """

    comparison: Comparison
    summaries: tuple[str, ...]
    radar: QImage | None
    caveat: Caveat
    clinic: ClinicHeader
    printed_on: date
    patient: str = ""
    glosses: tuple[Gloss, ...] = ()


STYLE = (
    """
body { font-size: 9.5pt; color: #1d2b36; }
h2 { font-size: 13pt; color: #1f4e5c; margin-top: 6px; margin-bottom: 3px; }
p.words { color: #4b5d68; font-size: 8pt; margin-top: 2px; margin-bottom: 2px; }
p.caveat { margin-top: 4px; margin-bottom: 4px; }
td.group { background-color: #e9f0f2; font-weight: bold; color: #1f4e5c; }
th { background-color: #2b7a8c; color: white; }
td { font-size: 9pt; line-height: 90%; }
td.side { line-height: 90%; }
ul { margin-top: 2px; margin-bottom: 4px; }
td.shared { background-color: #e3f1ee; }
td.unique { background-color: #fbf0d9; }
td.absent { color: #8a99a3; }
"""
    + common.STYLE
)


#: Japanese runs longer and its font's lines are taller: its table and summaries a half point smaller
#: keep two products' sheet on one page of Letter too
JAPANESE_STYLE = "td { font-size: 8.5pt; }"


#: the radar as printed: its size on paper (inches, so that its type prints at the sizes the chart
#: sets) and its resolution (lossless in the PDF, sharp at print resolution)
RADAR_INCHES = (3.2, 2.75)
RADAR_DPI = 240
#: the summaries' bullets indented this far (the document's pixels), not Qt's 40: in the narrow column
#: beside the radar every pixel is a character more a line, and two products' sheet fits on one page
SUMMARY_INDENT = 14
#: the radar's printed width in the document's pixels (96 per inch)
RADAR_WIDTH = round(RADAR_INCHES[0] * 96)


def radar_image(
    profiles: Sequence[Profile], colours: dict[str, str], effect_names: Sequence[str], scale: RatingScale
) -> QImage | None:
    """The products' radar for the sheet (matplotlib, on a plain Figure), as an image.

    Taken as raw pixels, not PNG: the PDF compresses images itself (losslessly: see `pages.paint_pages`),
    so encoding a PNG only to decode it again cost ~45 ms of every sheet."""
    from dermacounsel.charts.profile_series import series_for
    from dermacounsel.charts.radar import RadarChart

    series = series_for(profiles, colours)
    if not series:
        return None
    from dermacounsel.reports.radar_words import radar_wording

    chart = RadarChart(effect_names, scale, compact=True, **radar_wording())  # symbols explained beside it
    chart.figure.set_size_inches(*RADAR_INCHES)
    chart.show(series)
    buffer = io.BytesIO()
    chart.figure.savefig(buffer, format="rgba", dpi=RADAR_DPI, facecolor="white")
    width, height = (round(inches * RADAR_DPI) for inches in chart.figure.get_size_inches())
    pixels = buffer.getvalue()
    if len(pixels) != width * height * 4:
        raise RuntimeError(f"the radar came out as {len(pixels):,} bytes, not {width}×{height} pixels")
    return QImage(pixels, width, height, width * 4, QImage.Format.Format_RGBA8888).convertToFormat(
        QImage.Format.Format_RGB32
    )


TABLE = (
    '<table width="100%" cellpadding="1" cellspacing="0" border="1"{brk} '
    'style="border-color:#c9d5da; border-style:solid; margin-top:0px; margin-bottom:0px;">'
)


#: where the plain words for the terms used go: in the column beside the radar, under the summaries
#: (free where the summaries are shorter than the radar), or across the page under both (shorter where
#: the summaries beside the radar are the longer already, as two products' in Japanese can be)
WORDS_BESIDE, WORDS_BELOW = "beside", "below"


def sheet_html(content: SheetContent, breaks: frozenset[str] = frozenset(), words_at: str = WORDS_BESIDE) -> str:
    """The sheet's HTML; `breaks` are the marks that start a new page (see `pages.paginate`), `words_at`
    where the plain words go (WORDS_BESIDE or WORDS_BELOW)."""
    comparison = content.comparison
    language = pages.document_language()
    names = [product.name for product in comparison.products]
    parts = ["<html><body>", common.header_html(content.clinic, content.printed_on, language)]
    title = QCoreApplication.translate("ComparisonSheet", "Product comparison: {products}")
    parts.append(f"<h2>{escape(title.format(products=common.listing(names, language)))}</h2>")
    parts.append(common.prepared_for_html(content.patient, language))
    parts.append(common.caution_box_html([(p.name, c) for p in comparison.products for c in p.cautions]))
    # the comparison table: one table per group, so that a group moves to the next page whole, under the
    # column headings (a table's <thead> is also repeated on every page it continues on)
    width = 100 // (len(names) + 1)
    head = "".join(f'<th width="{width}%">{escape(name)}</th>' for name in names)
    component = escape(QCoreApplication.translate("ComparisonSheet", "Component"))
    header = f'<thead><tr><th width="{width}%" align="left">{component}</th>{head}</tr></thead>'
    span = len(names) + 1
    headings = group_headings()
    open_row = QCoreApplication.translate("ComparisonSheet", "others, not named (“etc.”)")
    more = QCoreApplication.translate("ComparisonSheet", "more listed")
    absent = QCoreApplication.translate("ComparisonSheet", "not listed by the article")
    marks = {
        SHARED: " " + QCoreApplication.translate("ComparisonSheet", "● in all"),
        UNIQUE: " " + QCoreApplication.translate("ComparisonSheet", "◆ only one"),
        SOME: " " + QCoreApplication.translate("ComparisonSheet", "◐ in some"),
    }
    groups: list[tuple[str, str, list[str]]] = []
    for group in GROUPS:
        group_rows = comparison.rows_in(group)
        if not group_rows:
            continue
        rows = []
        for row in group_rows:
            label = open_row if row.open_list else row.label
            mark = marks.get(row.mark, "")
            css = {SHARED: "shared", UNIQUE: "unique"}.get(row.mark, "")
            cells = "".join(
                f'<td class="{css}" width="{width}%">✓ {escape(cell.text if not row.open_list else more)}</td>'
                if cell.text is not None
                else f'<td class="absent" width="{width}%">{escape(absent)}</td>'
                for cell in row.cells
            )
            rows.append(f'<tr><td class="{css}" width="{width}%">{escape(label)}<small>{mark}</small></td>{cells}</tr>')
        groups.append((f"group-{group}", headings[group], rows))
    if any(p.maker for p in comparison.products):  # "Maker: not known" for every product says nothing
        makers = "".join(f'<td width="{width}%">{escape(p.maker)}</td>' for p in comparison.products)
        about = QCoreApplication.translate("ComparisonSheet", "About the products")
        maker = escape(QCoreApplication.translate("ComparisonSheet", "Maker"))
        groups.append(("group-about", about, [f'<tr><td width="{width}%">{maker}</td>{makers}</tr>']))
    for index, (key, heading, rows) in enumerate(groups):
        starts_page = key in breaks
        parts.append(TABLE.format(brk=pages.break_style(key, breaks)))
        if index == 0 or starts_page:
            parts.append(header)
        parts.append(f'<tr><td class="group" colspan="{span}">{pages.keep_together(key, escape(heading))}</td></tr>')
        parts.extend(rows)
        parts.append("</table>")
    # "in some" only where it can happen: of two products, a component is in both or in one
    key_text = (
        QCoreApplication.translate(
            "ComparisonSheet",
            "● in all the products compared · ◐ in some of them · ◆ in only one of them · “etc.”: the article "
            "names examples, not every component.",
        )
        if len(names) > 2
        else QCoreApplication.translate(
            "ComparisonSheet",
            "● in all the products compared · ◆ in only one of them · “etc.”: the article names examples, not "
            "every component.",
        )
    )
    parts.append(f'<p class="caveat">{escape(key_text)}</p>')
    # the profiles: the radar beside the products' summaries, kept on one page with the closing notes
    heading = pages.keep_together("profiles", escape(profiles_heading()))
    parts.append(f"<h2{pages.break_style('profiles', breaks)}>{heading}</h2>")
    summaries = "<ul>" + "".join(f"<li>{escape(s)}</li>" for s in content.summaries) + "</ul>"
    legend = f'<p class="caveat">{escape(common.symbols_key())}</p>'
    # the plain words for the terms used go beside the radar too, under the summaries, or under both
    # (`words_at`: `arrange` keeps the shorter), so that the sheet of two products fits on one page
    used = terms_in(
        [re.sub(r"<[^>]+>", " ", "".join(parts) + summaries + escape(content.caveat.text))], content.glosses
    )
    words = f'<p class="words">{common.words_used_html(used, language)}</p>' if used else ""
    if content.radar is not None:
        beside = words if words_at == WORDS_BESIDE else ""
        parts.append(
            '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td valign="top" width="{RADAR_WIDTH}"><img src="radar" width="{RADAR_WIDTH}"></td>'
            f'<td class="side" valign="top">{summaries}{legend}{beside}</td></tr></table>'
        )
        if not beside:
            parts.append(words)
    else:
        parts.append(summaries + legend + words)
    parts.append(common.caveat_html(content.caveat))
    parts.append("</body></html>")
    return "".join(parts)


def build_document(content: SheetContent, breaks: frozenset[str] = frozenset()) -> QTextDocument:
    style = STYLE + (JAPANESE_STYLE if pages.document_language() == "ja" else "")
    document = pages.new_document(style, 9.5, content.clinic.logo)
    document.setIndentWidth(SUMMARY_INDENT)
    if content.radar is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("radar"), content.radar)
    document.setHtml(sheet_html(content, breaks))
    return document


def footer_text(content: SheetContent) -> str:
    printed = QCoreApplication.translate("ComparisonSheet", "printed on {date} with DermaCounsel")
    return common.page_footer(
        content.clinic, printed.format(date=common.printed_date(content.printed_on, pages.document_language()))
    )


def printout(content: SheetContent) -> pages.Printout:
    """The sheet laid out for one printing: the print preview paints it, or it is written as a PDF."""
    names = common.listing([p.name for p in content.comparison.products], pages.document_language())
    return pages.Printout(
        build_document(content),
        footer_text(content),
        QCoreApplication.translate("ComparisonSheet", "Product comparison: {products}").format(products=names),
        arrange=arrange(content),
    )


def arrange(content: SheetContent) -> pages.Arrange:
    """Lay the sheet out with its plain words beside the radar and under it, and keep the layout that
    takes fewer pages, else the shorter one (beside when they are equal)."""

    def lay_out(document: QTextDocument, page_height: float) -> None:
        def laid_out(words_at: str) -> tuple[int, float]:
            pages.paginate(document, page_height, lambda breaks: sheet_html(content, breaks, words_at))
            return document.pageCount(), document.size().height()

        if laid_out(WORDS_BESIDE) <= laid_out(WORDS_BELOW):
            laid_out(WORDS_BESIDE)

    return lay_out


def write_pdf(content: SheetContent, paper: str, path: Path) -> int:
    """Write the sheet as a PDF atomically; the number of pages."""
    return printout(content).write_pdf(paper, path)


def compose(
    details: Sequence[ProductDetail],
    links: Sequence[ProductLinks],
    cards: Sequence[GrowthFactorCard],
    every_product: Sequence[str],
    scale: RatingScale,
    caveat: Caveat,
    clinic: ClinicHeader,
    patient: str = "",
    printed_on: date | None = None,
    glosses: Sequence[Gloss] = (),
) -> SheetContent:
    """A sheet's content for the products of `details`, in that order, from records read by the caller.

    `links` holds each compared product's links (by name), `cards` every growth factor, and
    `every_product` every product's name, so that each product has the colour it has on screen."""
    from dermacounsel.charts.profile_series import colours
    from dermacounsel.domain.comparison import compare, summary
    from dermacounsel.domain.profiles import product_profile

    links_of = {p.name: p for p in links}
    rated = next(card for card in cards if card.rated)
    effect_keys = [r.effect_key for r in rated.ratings]
    effect_names = [r.effect for r in rated.ratings]
    profiles = [product_profile(links_of[d.name], cards, effect_keys) for d in details]
    return SheetContent(
        comparison=compare(details),
        summaries=tuple(
            summary(d, p, effect_names, pages.document_language()) for d, p in zip(details, profiles, strict=True)
        ),
        radar=radar_image(profiles, colours(cards, every_product), effect_names, scale),
        caveat=caveat,
        clinic=replace(clinic, logo=pages.printable_logo(clinic.logo)),
        printed_on=printed_on or date.today(),
        patient=patient.strip(),
        glosses=tuple(glosses),
    )
