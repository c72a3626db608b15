"""The explorer's side panel: what a region is and what acts there, as HTML with links to other views."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dermacounsel.domain.anatomy import Band
from dermacounsel.domain.explorer import RegionReport
from dermacounsel.domain.glossary import Gloss, terms_in
from dermacounsel.domain.scale import RatingScale
from dermacounsel.ui import provenance
from dermacounsel.ui.plain_text import glossed_html

LINK_SCHEME = "dermacounsel"

# Marked here, translated where they are shown: the module is imported once, and the language can change.
EXTENT_WORDS: dict[str, str] = {
    "whole": QT_TRANSLATE_NOOP("explorer", "reaches it"),
    "upper": QT_TRANSLATE_NOOP("explorer", "reaches its top part (and everything above)"),
    "central": QT_TRANSLATE_NOOP("explorer", "reaches it down to its middle (and everything above)"),
    "systemic": QT_TRANSLATE_NOOP("explorer", "acts through the whole body; the article names it for exosomes only"),
}

STYLE = """
h2 { color: #1f4e5c; margin-bottom: 2px; }
h3 { color: #1f4e5c; margin-top: 14px; margin-bottom: 4px; }
p.part { color: #4b5d68; margin-top: 0; }
p.small, span.small, p.count { color: #4b5d68; font-size: small; }
span.symbol { color: #1f4e5c; font-size: large; }
span.inferred { color: #7a4b00; font-size: small; }
p.caution { color: #9b1c1c; font-weight: bold; }
a { color: #1f6f82; text-decoration: none; font-weight: 600; }
span.term { text-decoration: underline; color: #1f5f70; }
"""


PRODUCTS_MATCHED: str = QT_TRANSLATE_NOOP(
    "explorer",
    "Products are matched by the components the article lists for them (main components, often ending in "
    "“etc.”); the article names no product for a region.",
)


def link(path: str, text: str) -> str:
    return f'<a href="{LINK_SCHEME}:{escape(path)}">{escape(text)}</a>'


def inferred_mark(inferred: bool) -> str:
    inferred_text = QCoreApplication.translate("explorer", "inferred")
    return f' <span class="inferred">({escape(inferred_text)})</span>' if inferred else ""


MORE_LINK = "explorer/more"
LESS_LINK = "explorer/less"


def region_html(
    report: RegionReport,
    scale: RatingScale,
    band: Band | None,
    glosses: Sequence[Gloss] = (),
    more: bool = True,
) -> str:
    """The panel for one region, in plain words for patients; the glossary's terms it uses are explained
    at its end. Without `more`, only what matters most: what it is, what acts there and what reaches it,
    with a "More" link to the measurements, the reasons behind each entry and the words explained."""
    html = _region_html(report, scale, band, glosses)
    if more:
        return html + "<p>" + link(LESS_LINK, QCoreApplication.translate("explorer", "Show less")) + "</p>"
    # the short form: every paragraph in small type (notes, measurements, reasons) and the glossary left out
    short = re.sub(r'<p class="small">.*?</p>', "", html, flags=re.S)
    short = re.sub(r'<br><span class="small">.*?</span>', "", short, flags=re.S)
    words = QCoreApplication.translate("explorer", "Words used here")
    short = short.split(f"<h3>{escape(words)}</h3>")[0]
    badge = provenance.badge_html(f"{report.region.source.title}. {report.region.source.citation}")
    more_text = QCoreApplication.translate("explorer", "More: sizes, reasons and the words explained")
    return short + "<p>" + link(MORE_LINK, more_text) + "</p>" + badge


def _region_html(report: RegionReport, scale: RatingScale, band: Band | None, glosses: Sequence[Gloss]) -> str:
    region, layer = report.region, report.layer
    separator = QCoreApplication.translate("explorer", ", ")  # 、 in Japanese
    parts = [f"<h2>{escape(region.name)}</h2>"]
    if region is not layer:
        layer_link = link("explorer/region/" + layer.key, layer.name.lower())
        part_of_the_text = QCoreApplication.translate("explorer", "Part of the")
        parts.append(f'<p class="part">{escape(part_of_the_text)} {layer_link}</p>')
    parts.append(f"<p>{escape(region.description)}</p>")
    if region.thickness_mm is not None:
        low, high = region.thickness_mm
        note = region.thickness_note or QCoreApplication.translate(
            "explorer", "About {low} to {high} mm thick."
        ).format(low=low, high=high)
        source = f" ({escape(region.thickness_source.citation)})" if region.thickness_source else ""
        parts.append(f'<p class="small">{escape(note)}{source}</p>')
    if band is not None and band.top_mm is not None and band.bottom_mm is not None and region is layer:
        parts.append(
            '<p class="small">'
            + escape(
                QCoreApplication.translate(
                    "explorer", "Drawn {top:.2f} to {bottom:.2f} mm below the surface, at typical thickness."
                ).format(top=band.top_mm, bottom=band.bottom_mm)
            )
            + "</p>"
        )
    if report.structures:
        names = separator.join(link("explorer/region/" + s.key, s.name) for s in report.structures)
        contains_text = QCoreApplication.translate("explorer", "{label}:").format(
            label=QCoreApplication.translate("explorer", "Contains")
        )
        parts.append(f"<p><b>{escape(contains_text)}</b> {names}</p>")

    growth_factors_acting_text = QCoreApplication.translate("explorer", "Growth factors acting here")
    parts.append(f"<h3>{escape(growth_factors_acting_text)}</h3>")
    if report.region.effect_key and report.growth_factors:
        effect = next(
            (r.effect for f in report.growth_factors for r in f.ratings if r.effect_key == report.region.effect_key), ""
        )
        note = QCoreApplication.translate("explorer", "Rated by the article on {effect}, strongest first.").format(
            effect=effect.lower()
        )
        parts.append(f'<p class="small">{escape(note)}</p>')
    if report.growth_factors:
        rows = []
        for factor in report.growth_factors:
            ratings = "<br>".join(
                f'<span class="symbol">{escape(scale.symbol(r.level))}</span> {escape(r.effect)}'
                for r in factor.ratings
            )
            basis = (
                inferred_mark(factor.inferred)
                if factor.rated_on or not factor.reason
                else f'<br><span class="small">{escape(factor.reason)}</span>{inferred_mark(factor.inferred)}'
            )
            rows.append(
                f'<tr><td width="78">{link("growth-factors/factor/" + factor.key, factor.name)}</td>'
                f"<td>{ratings}{basis}</td></tr>"
            )
        parts.append('<table cellspacing="0" cellpadding="4">' + "".join(rows) + "</table>")
        if report.effects_note:
            parts.append(f'<p class="small">{escape(report.effects_note)}</p>')
    else:
        the_article_names_text = QCoreApplication.translate("explorer", "The article names none here.")
        parts.append(f'<p class="small">{escape(the_article_names_text)}</p>')

    if report.cell_derived:
        cell_derived_ingredients_text = QCoreApplication.translate("explorer", "Cell-derived ingredients")
        parts.append(f"<h3>{escape(cell_derived_ingredients_text)}</h3><ul>")
        for group in report.cell_derived:
            target = "ingredients/exosomes" if group.key == "exosomes" else "ingredients/stem-cells"
            parts.append(
                f'<li>{link(target, group.name)}<br><span class="small">{escape(group.basis)}</span>'
                f"{inferred_mark(group.inferred)}</li>"
            )
        parts.append("</ul>")
    if report.functional:
        functional_ingredients_text = QCoreApplication.translate("explorer", "Functional ingredients")
        parts.append(f"<h3>{escape(functional_ingredients_text)}</h3><ul>")
        for group in report.functional:
            members = separator.join(group.members)
            parts.append(
                f"<li>{link('ingredients/functional/' + group.key, group.name)}: {escape(members)}<br>"
                f'<span class="small">{escape(group.basis)}</span>{inferred_mark(group.inferred)}</li>'
            )
        parts.append("</ul>")

    products_acting_here_text = QCoreApplication.translate("explorer", "Products acting here")
    parts.append(f"<h3>{escape(products_acting_here_text)}</h3>")
    if report.products:
        parts.append("<ul>")
        for product in report.products:
            parts.append(f"<li><b>{escape(product.name)}</b>: {escape(separator.join(product.via))}")
            for caution in product.cautions:
                parts.append(f'<p class="caution">⚠ {escape(caution)}</p>')
            parts.append("</li>")
        parts.append("</ul>")
        if report.more_products:
            more = QCoreApplication.translate("explorer", "…and {count:,} more products in the catalogue.").format(
                count=report.more_products
            )
            parts.append(f'<p class="count">{escape(more)}</p>')
    else:
        no_product_lists_text = QCoreApplication.translate("explorer", "No product lists a component acting here.")
        parts.append(f'<p class="small">{escape(no_product_lists_text)}</p>')
    products_matched_text = QCoreApplication.translate("explorer", PRODUCTS_MATCHED)
    parts.append(f'<p class="small">{escape(products_matched_text)}</p>')

    procedures_that_reach_text = QCoreApplication.translate("explorer", "Procedures that reach this depth")
    parts.append(f"<h3>{escape(procedures_that_reach_text)}</h3>")
    if report.procedures:
        parts.append("<ul>")
        for procedure in report.procedures:
            extent_text = QCoreApplication.translate("explorer", EXTENT_WORDS[procedure.extent])
            parts.append(
                f"<li>{link('procedures/procedure/' + procedure.key, procedure.name)} {escape(extent_text)}</li>"
            )
        parts.append("</ul>")
    if not any(p.extent != "systemic" for p in report.procedures):
        unreached = QCoreApplication.translate(
            "explorer",
            "None of the article's needle procedures reaches this depth, so nothing applied or injected reaches "
            "it; the IV drip is named by the article for exosomes only.",
        )
        parts.append(f'<p class="caution">{escape(unreached)}</p>')
    used = terms_in([re.sub(r"<[^>]+>", " ", "".join(parts))], glosses)
    parts = [glossed_html("".join(parts), glosses)]  # each term explains itself on hover, and at the end
    if used:
        words_used_here_text = QCoreApplication.translate("explorer", "Words used here")
        parts.append(f"<h3>{escape(words_used_here_text)}</h3>")
        parts += [f'<p class="small"><b>{escape(g.term)}</b>: {escape(g.plain)}</p>' for g in used]
    parts.append(provenance.badge_html(f"{region.source.title}. {region.source.citation}"))
    return "".join(parts)


def keyboard_hint() -> str:
    """How to move through the drawing by keyboard: told to screen readers, not printed on the patient's
    screen (the Help menu's shortcuts list it too)."""
    return QCoreApplication.translate(
        "explorer", "Keyboard: Tab or the arrow keys move between regions, Enter selects, Escape clears."
    )


def welcome_html(scale: RatingScale) -> str:
    """The panel before anything is selected: how to use the drawing, and the rating symbols."""
    steps = "".join(
        f'<li><span class="symbol">{escape(step.symbol)}</span> {escape(step.meaning)}</li>' for step in scale.steps
    )
    click = QCoreApplication.translate(
        "explorer",
        "Click a layer or a structure in the drawing, or a name beside it, to see what it is and which growth "
        "factors, ingredients, products and procedures act there.",
    )
    explore_the_skin_text = QCoreApplication.translate("explorer", "Explore the skin")
    choose_a_procedure_text = QCoreApplication.translate(
        "explorer", "Choose a procedure above the drawing to see how deep it reaches."
    )
    how_the_article_text = QCoreApplication.translate("explorer", "How the article rates growth factors")
    return (
        f"<h2>{escape(explore_the_skin_text)}</h2>"
        f"<p>{escape(click)}</p>"
        f"<p>{escape(choose_a_procedure_text)}</p>"
        f"<h3>{escape(how_the_article_text)}</h3><ul>{steps}</ul>"
    )
