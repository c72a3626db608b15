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
from PySide6.QtGui import QImage, QTextCursor, QTextDocument, QTextFormat

from dermacounsel.domain.comparison import GROUPS, SHARED, UNIQUE, Comparison
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
h2 { font-size: 13pt; color: #1f4e5c; margin-top: 10px; margin-bottom: 4px; }
td.group { background-color: #e9f0f2; font-weight: bold; color: #1f4e5c; }
th { background-color: #2b7a8c; color: white; }
td.shared { background-color: #e3f1ee; }
td.unique { background-color: #fbf0d9; }
td.absent { color: #8a99a3; }
"""
    + common.STYLE
)


#: the radar's resolution on paper: sharp at the width it is printed (430 px of a 96-dpi page)
RADAR_DPI = 160


def radar_image(
    profiles: Sequence[Profile], colours: dict[str, str], effect_names: Sequence[str], scale: RatingScale
) -> QImage | None:
    """The products' radar for the sheet (matplotlib, on a plain Figure), as an image.

    Taken as raw pixels, not PNG: the PDF compresses images itself, so encoding a PNG only to decode it
    again cost ~45 ms of every sheet."""
    from dermacounsel.charts.profile_series import series_for
    from dermacounsel.charts.radar import RadarChart

    series = series_for(profiles, colours)
    if not series:
        return None
    from dermacounsel.reports.radar_words import radar_wording

    chart = RadarChart(effect_names, scale, **radar_wording())
    chart.show(series)
    buffer = io.BytesIO()
    chart.figure.savefig(buffer, format="rgba", dpi=RADAR_DPI, facecolor="white")
    width, height = (round(inches * RADAR_DPI) for inches in chart.figure.get_size_inches())
    pixels = buffer.getvalue()
    if len(pixels) != width * height * 4:
        raise RuntimeError(f"the radar came out as {len(pixels):,} bytes, not {width}×{height} pixels")
    return QImage(pixels, width, height, width * 4, QImage.Format.Format_RGBA8888).copy()


def sheet_html(content: SheetContent) -> str:
    comparison = content.comparison
    language = pages.document_language()
    names = [product.name for product in comparison.products]
    parts = ["<html><body>", common.header_html(content.clinic, content.printed_on, language)]
    title = QCoreApplication.translate("ComparisonSheet", "Product comparison: {products}")
    parts.append(f"<h2>{escape(title.format(products=common.listing(names, language)))}</h2>")
    parts.append(common.prepared_for_html(content.patient, language))
    parts.append(common.caution_box_html([(p.name, c) for p in comparison.products for c in p.cautions]))
    # the comparison table
    width = 100 // (len(names) + 1)
    head = "".join(f'<th width="{width}%">{escape(name)}</th>' for name in names)
    component = escape(QCoreApplication.translate("ComparisonSheet", "Component"))
    table = [
        '<table width="100%" cellpadding="5" cellspacing="0" border="1" style="border-color:#c9d5da; '
        f'border-style:solid; margin-top:8px;"><tr><th width="{width}%" align="left">'
        f"{component}</th>{head}</tr>"
    ]
    span = len(names) + 1
    headings = group_headings()
    open_row = QCoreApplication.translate("ComparisonSheet", "others, not named (“etc.”)")
    more = QCoreApplication.translate("ComparisonSheet", "more listed")
    absent = QCoreApplication.translate("ComparisonSheet", "not listed by the article")
    marks = {
        SHARED: " " + QCoreApplication.translate("ComparisonSheet", "● in all"),
        UNIQUE: " " + QCoreApplication.translate("ComparisonSheet", "◆ only one"),
    }
    for group, heading in GROUPS:
        group_rows = comparison.rows_in(group)
        if not group_rows:
            continue
        table.append(f'<tr><td class="group" colspan="{span}">{escape(headings.get(group, heading))}</td></tr>')
        for row in group_rows:
            label = open_row if row.open_list else row.label
            mark = marks.get(row.mark, "")
            css = {SHARED: "shared", UNIQUE: "unique"}.get(row.mark, "")
            cells = "".join(
                f'<td class="{css}">✓ {escape(cell.text if not row.open_list else more)}</td>'
                if cell.text is not None
                else f'<td class="absent">{escape(absent)}</td>'
                for cell in row.cells
            )
            table.append(f'<tr><td class="{css}">{escape(label)}<small>{mark}</small></td>{cells}</tr>')
    about = QCoreApplication.translate("ComparisonSheet", "About the products")
    table.append(f'<tr><td class="group" colspan="{span}">{escape(about)}</td></tr>')
    unknown = escape(QCoreApplication.translate("ComparisonSheet", "not known"))
    makers = "".join(f"<td>{escape(p.maker) if p.maker else f'<i>{unknown}</i>'}</td>" for p in comparison.products)
    maker = escape(QCoreApplication.translate("ComparisonSheet", "Maker"))
    table.append(f"<tr><td>{maker}</td>{makers}</tr>")
    titles = {p.source.title for p in comparison.products}
    if len(titles) > 1:
        sources = "".join(f"<td><small>{escape(p.source.title)}</small></td>" for p in comparison.products)
        source = escape(QCoreApplication.translate("ComparisonSheet", "Source"))
        table.append(f"<tr><td>{source}</td>{sources}</tr>")
    table.append("</table>")
    parts.extend(table)
    key = QCoreApplication.translate(
        "ComparisonSheet",
        "● in all the products compared · ◆ in only one of them · “etc.”: the article names examples, not "
        "every component.",
    )
    if len(titles) == 1:
        shared_source = QCoreApplication.translate("ComparisonSheet", "Source: {source}.")
        key += " " + shared_source.format(source=titles.pop())
    parts.append(f'<p class="caveat">{escape(key)}</p>')
    parts.append(f"<h2>{escape(profiles_heading())}</h2>")
    if content.radar is not None:
        parts.append('<p align="center"><img src="radar" width="430"></p>')
    parts.append("<ul>" + "".join(f"<li>{escape(s)}</li>" for s in content.summaries) + "</ul>")
    profile_rule = QCoreApplication.translate(
        "ComparisonSheet",
        "Profiles take, for each effect, the strongest rating among the rated growth factors a product lists "
        "(◎ very powerful, ○ powerful, △ limited, ー none).",
    )
    parts.append(f'<p class="caveat">{escape(profile_rule)}</p>')
    parts.append(common.caveat_html(content.caveat))
    used = terms_in([re.sub(r"<[^>]+>", " ", "".join(parts))], content.glosses)
    if used:
        parts.append(f'<p class="caveat">{common.words_used_html(used, language)}</p>')
    parts.append("</body></html>")
    return "".join(parts)


def build_document(content: SheetContent) -> QTextDocument:
    document = pages.new_document(STYLE, 9.5, content.clinic.logo)
    if content.radar is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("radar"), content.radar)
    document.setHtml(sheet_html(content))
    return document


def _keep_with_next(document: QTextDocument, page_height: float, heading: str) -> None:
    """Start `heading` on a new page if it and the block after it (the radar) would straddle a page
    break; otherwise leave the flow alone, so short sheets stay short."""
    block = document.begin()
    while block.isValid() and block.text() != heading:
        block = block.next()
    if not block.isValid():
        return
    layout = document.documentLayout()
    top = layout.blockBoundingRect(block).top()
    following = block.next()
    bottom = layout.blockBoundingRect(following if following.isValid() else block).bottom()
    page_top = (top // page_height) * page_height
    if bottom > page_top + page_height:
        text_format = block.blockFormat()
        text_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).setBlockFormat(text_format)


def footer_text(content: SheetContent) -> str:
    printed = QCoreApplication.translate("ComparisonSheet", "printed on {date} with DermaCounsel")
    return common.page_footer(
        content.clinic, printed.format(date=common.printed_date(content.printed_on, pages.document_language()))
    )


def printout(content: SheetContent) -> pages.Printout:
    """The sheet laid out for one printing: the print preview paints it, or it is written as a PDF."""
    names = common.listing([p.name for p in content.comparison.products], pages.document_language())
    heading = profiles_heading()
    return pages.Printout(
        build_document(content),
        footer_text(content),
        QCoreApplication.translate("ComparisonSheet", "Product comparison: {products}").format(products=names),
        arrange=lambda document, height: _keep_with_next(document, height, heading),
    )


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
        summaries=tuple(summary(d, p, effect_names) for d, p in zip(details, profiles, strict=True)),
        radar=radar_image(profiles, colours(cards, every_product), effect_names, scale),
        caveat=caveat,
        clinic=replace(clinic, logo=pages.printable_logo(clinic.logo)),
        printed_on=printed_on or date.today(),
        patient=patient.strip(),
        glosses=tuple(glosses),
    )
