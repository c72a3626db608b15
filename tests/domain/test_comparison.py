"""Shared and unique rows over every pair and triple of the five products, and hand-checked cases."""

from __future__ import annotations

from itertools import combinations

import pytest

from dermacounsel.domain.comparison import SHARED, SOME, UNIQUE, compare, summary
from dermacounsel.domain.profiles import product_profile
from dermacounsel.storage import queries as reference
from dermacounsel.storage.database import CatalogueDatabase


@pytest.fixture
def details(database: CatalogueDatabase):
    with database.reading() as session:
        return {d.name: d for d in reference.product_details(session)}


def identity(component) -> tuple[str, str]:
    return (component.link_kind, component.link_key) if component.link_kind else ("name", component.name.casefold())


@pytest.mark.parametrize("size", [2, 3])
def test_marks_follow_presence_for_every_pair_and_triple(details, size: int) -> None:
    for names in combinations(details, size):
        products = [details[name] for name in names]
        comparison = compare(products)
        for row in comparison.rows:
            present = row.present_in
            expected = SHARED if present == size else UNIQUE if present == 1 else SOME
            assert row.mark == expected, (names, row.label)
        # every component of every product appears in exactly one row, in its product's column
        for column, product in enumerate(products):
            for component in product.components:
                rows = [
                    r
                    for r in comparison.rows
                    if not r.open_list
                    and r.cells[column].component is not None
                    and identity(r.cells[column].component) == identity(component)
                ]
                assert len(rows) == 1, (names, product.name, component.name)
        assert all(row.mark != SHARED for row in comparison.differences())


def test_benev_and_rejuran(details) -> None:
    comparison = compare([details["Benev"], details["REJURAN"]])
    marks = {row.label: row.mark for row in comparison.rows}
    assert marks["EGF"] == SHARED and marks["Hyaluronic acid"] == SHARED and marks["etc."] == SHARED
    for unique in (
        "FGF",
        "Peptides",
        "Vitamins",
        "Mesenchymal stem cell-derived culture fluid",
        "Polynucleotides derived from salmon DNA",
    ):
        assert marks[unique] == UNIQUE, unique
    assert [row.label for row in comparison.differences()] == [
        "FGF",
        "Mesenchymal stem cell-derived culture fluid",
        "Polynucleotides derived from salmon DNA",
        "Peptides",
        "Vitamins",
    ]


def test_bfgf_and_fgf_are_one_row(details) -> None:
    comparison = compare([details["Benev"], details["Premium Cell"]])
    fgf = next(row for row in comparison.rows if row.label == "FGF")
    assert [cell.text for cell in fgf.cells] == ["FGF", "bFGF"] and fgf.mark == SHARED
    assert fgf.link_kind == "growth_factor" and fgf.link_key == "FGF"


def test_groups_are_in_order_and_absences_are_explicit(details) -> None:
    comparison = compare([details["Babyskin"], details["AmnioGenics"]])
    groups = [row.group for row in comparison.rows]
    assert groups == sorted(groups, key=["growth-factor", "stem-cell", "exosome", "other", "functional"].index)
    igf2 = next(row for row in comparison.rows if row.label == "IGF-2")
    assert [cell.present for cell in igf2.cells] == [True, False]


def test_summaries_are_built_from_the_catalogue(database: CatalogueDatabase, details) -> None:
    with database.reading() as session:
        cards = reference.growth_factor_cards(session)
        links = {p.name: p for p in reference.product_links(session)}
    keys = [r.effect_key for r in cards[0].ratings]
    names = [r.effect for r in cards[0].ratings]
    for name, detail in details.items():
        text = summary(detail, product_profile(links[name], cards, keys), names)
        assert text.startswith(f"{name} combines growth factors (")
        for component in detail.components:
            if component.kind != "growth-factor":
                assert component.name[1:] in text, (name, component.name)
    rejuran = summary(details["REJURAN"], product_profile(links["REJURAN"], cards, keys), names)
    assert rejuran == (
        "REJURAN combines growth factors (EGF and others), polynucleotides derived from salmon DNA and hyaluronic "
        "acid. Its rated growth factors act most on cell proliferation and differentiation and wound healing."
    )
